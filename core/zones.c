/* zones.c -- splits a document into body and non-body zones (furniture, comment policy, notes). */
#include <stdlib.h>
#include <string.h>

#include "detect.h"
#include "engine.h"
#include "html.h"
#include "lexicon.h"
#include "segment.h"

/*
 * The unit of a zone is a line, or a paragraph of text whose line breaks were
 * flattened into runs of spaces. A line that wraps in the middle of a
 * sentence continues its unit; in flattened text an editor's note or a
 * correction notice opens a unit of its own at its sentence, and so does a
 * credit line that ends the document ("X contributed to this report.").
 *
 * Each unit is classified on its own: cue phrases from the zone vocabularies
 * (boilerplate.txt, zone_cues.txt, correction.txt: zone=, at=, max=, tail=),
 * the shape of the line (a label, a headline without a full stop, a row of
 * bullets) and where it stands (first line, last lines, second half). Then
 * block rules carry a kind to neighbours: a "Related:" heading over the
 * headlines under it, a headline over the "Read more" under it, comment
 * guidelines that start in the second half over the rest of the document, a
 * row of bullets over whatever furniture it sits in. Consecutive units of one
 * kind make one zone, and a unit's zone runs from the start of its line to
 * the start of the next unit, so it holds its trailing newline.
 *
 * The costly error is cutting reporting out of the body, so every rule asks
 * for a cue AND a shape, and the rules that need no cue (title, byline,
 * biography) need a strict shape and a position.
 */

typedef struct zunit {
	uint32_t s;       /* first byte of its zone */
	uint32_t tok0, tok1;
	uint32_t kind;
	uint32_t flags;
	uint32_t words;
	uint32_t figures; /* of its words, the numbers */
} zunit;

enum {
	U_HEADLINE = 1 << 0,  /* does not end with a full stop or an exclamation */
	U_ALONE = 1 << 1,     /* the cue is the whole unit ("Related:", "Read more") */
	U_TAIL = 1 << 2,      /* its cue carries tail=1 */
	U_LINE = 1 << 3,      /* begins a line */
	U_ENDS_LINE = 1 << 4, /* a line break follows it */
	U_QUOTE = 1 << 5,     /* holds a quotation mark */
	U_HEADING = 1 << 6,   /* its cue opens it and a colon ends it ("More from the Herald:") */
	U_OWN = 1 << 7 /* the page's by its own words ("All rights reserved"), not by where it stands */
};

#define KIND_INHERIT ZONE_COUNT
#define DEFAULT_MAX_WORDS 16

typedef struct zctx {
	crd_doc *d;
	const lex_set *ls;
	int lex[3];          /* boilerplate, zone_cues, correction (-1 when absent) */
	int lex_roles;       /* zone_cues again, for role=1 */
	int lex_disc;        /* disclaimer */
	int lex_cue;         /* attribution_cue */
	uint32_t author;     /* the surname of the first byline, or UINT32_MAX */
	size_t mi;           /* match cursor */
} zctx;

typedef struct zcue {
	int zone;
	int any;             /* at=any */
	int max;
	int free_shape;
	int tail;
	int line; /* line=1: only on a line of its own */
	int dash; /* dash=1: only after a dash that opens its unit */
} zcue;

static char tchar(const crd_doc *d, const tok *t)
{
	return d->view.fold[t->fs];
}

static int is_word(const tok *t)
{
	return t->kind == TOK_WORD || t->kind == TOK_NUM;
}

/* Bullets, brackets, dashes and quotes that may open a line before its cue. */
static uint32_t first_content(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	while (t0 < t1 && !is_word(&d->toks.v[t0]))
		t0++;
	return t0;
}

static int ends_like_sentence(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	uint32_t i = t1;
	while (i > t0) {
		const tok *t = &d->toks.v[i - 1];
		if (t->kind == TOK_PUNCT && (t->flags & TF_QUOTE || tchar(d, t) == ')' || tchar(d, t) == ']')) {
			i--;
			continue;
		}
		return t->kind == TOK_PUNCT && (tchar(d, t) == '.' || tchar(d, t) == '!');
	}
	return 0;
}

/* Whether the words of [t0, t1) are written in title case: of the words of
 * four letters or more, at least three, and four in five of them,
 * capitalised ("You Won't Believe What This Senator Just Said!"). */
static int title_cased(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	uint32_t long_words = 0, caps = 0;
	for (uint32_t i = t0; i < t1; i++) {
		const tok *t = &d->toks.v[i];
		if (t->kind != TOK_WORD || t->e - t->s < 4)
			continue;
		long_words++;
		caps += (t->flags & TF_CAP) != 0;
	}
	return caps >= 3 && caps * 5 >= long_words * 4;
}

static int read_cue(const zctx *z, const lex_match *m, zcue *c)
{
	int which = -1;
	for (int k = 0; k < 3; k++)
		if (z->lex[k] >= 0 && m->lexicon == (uint16_t)z->lex[k])
			which = k;
	if (which < 0)
		return 0;
	const char *zone = lex_phrase_attr(z->ls, m->phrase, "zone");
	if (!zone)
		return 0;
	c->zone = zone_lookup(zone);
	if (c->zone <= ZONE_BODY)
		return 0;
	const char *at = lex_phrase_attr(z->ls, m->phrase, "at");
	const char *max = lex_phrase_attr(z->ls, m->phrase, "max");
	const char *tail = lex_phrase_attr(z->ls, m->phrase, "tail");
	const char *line = lex_phrase_attr(z->ls, m->phrase, "line");
	const char *dash = lex_phrase_attr(z->ls, m->phrase, "dash");
	c->any = at && strcmp(at, "any") == 0;
	c->free_shape = at && (c->any || strcmp(at, "free") == 0);
	c->max = max ? atoi(max) : DEFAULT_MAX_WORDS;
	c->tail = tail && strcmp(tail, "1") == 0;
	c->line = line && strcmp(line, "1") == 0;
	c->dash = dash && strcmp(dash, "1") == 0;
	return 1;
}

/* A cue reads as a label when a colon, bar or dash follows it, when it ends
 * its unit, when it is written in capitals, or when its unit is a headline. */
static int label_shape(const crd_doc *d, const lex_match *m, uint32_t u1, int headline)
{
	if (m->tok1 >= u1 || headline)
		return 1;
	const tok *n = &d->toks.v[m->tok1];
	if (n->kind == TOK_PUNCT || n->kind == TOK_SYM) {
		char c = tchar(d, n);
		if (c == ':' || c == '|' || c == '>' || c == '-' || (unsigned char)c == 0xc2)
			return 1;
	}
	for (uint32_t i = m->tok0; i < m->tok1; i++)
		if (is_word(&d->toks.v[i]) && !(d->toks.v[i].flags & TF_UPPER))
			return 0;
	return 1;
}

static uint32_t count_words(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	uint32_t n = 0;
	for (uint32_t i = t0; i < t1; i++)
		n += is_word(&d->toks.v[i]);
	return n;
}

/* The token after the e-mail address or handle that starts at token i
 * ("jdoe@herald.example", "@jdoe"): a run of touching tokens that holds
 * '@'. i when none starts there. */
static uint32_t address_end(const crd_doc *d, uint32_t i, uint32_t t1)
{
	uint32_t k = i;
	int at = 0;
	while (k < t1 && k < i + 12 && (k == i || !(d->toks.v[k].flags & TF_SPACE))) {
		at |= d->toks.v[k].kind == TOK_SYM && tchar(d, &d->toks.v[k]) == '@';
		k++;
	}
	return at ? k : i;
}

/* "By Jane Doe", "By JANE DOE, Associated Press", "By Jane Doe and John Roe |
 * Reuters", "by Jane Doe | KXYZ Staff", "By Jane Doe | jdoe@herald.example",
 * "By: Jane Doe - Reporter", "By Jane Doe, Lagos | May 3, 2025 | 3 min read":
 * By, then capitalised words, name particles and addresses only, a date's
 * clock time ("at 6:15 p.m."), and the time the page says its reading takes
 * at the end. */
static int byline_shape(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	static const char *const particles[] = { "and", "of", "de", "da", "del", "der", "van", "von",
		                                 "la", "le", "bin", "al", "y" };
	static const char *const minutes[] = { "min", "mins", "minute", "minutes" };
	static const char *const meridiem[] = { "am", "pm", "a.m.", "p.m.", "a.m", "p.m" };
	/* a kind of piece may name itself before "by": "Guest opinion by Hal
	 * Dietrich", "Commentary by ...", "Story by ..." */
	static const char *const kinds[] = { "guest", "opinion", "column", "commentary", "analysis",
		                             "essay", "story",   "text",   "words",      "review" };
	uint32_t f = first_content(d, t0, t1);
	for (uint32_t k = 0; k < 2 && f + 1 < t1 && DOC_TOK_IN(d, f, kinds); k++)
		f++;
	uint32_t n = f + 1;
	if (f + 1 >= t1 || !doc_tok_is(d, &d->toks.v[f], "by"))
		return 0;
	if (doc_tok_mark(d, &d->toks.v[n], ':'))
		n++; /* "By: Jane Doe" */
	if (n + 1 < t1 && doc_tok_is(d, &d->toks.v[n], "the") && (d->toks.v[n + 1].flags & TF_CAP))
		n++; /* a desk's byline: "By the Ledger Data Team" */
	if (t1 >= n + 3 && doc_tok_is(d, &d->toks.v[t1 - 1], "read") && DOC_TOK_IN(d, t1 - 2, minutes) &&
	    d->toks.v[t1 - 3].kind == TOK_NUM)
		t1 -= 3; /* "| 3 min read" */
	if (n >= t1 || !(d->toks.v[n].flags & TF_CAP) || count_words(d, f, t1) > 10)
		return 0;
	for (uint32_t i = n; i < t1; i++) {
		const tok *t = &d->toks.v[i];
		uint32_t a = address_end(d, i, t1);
		if (a > i) {
			i = a - 1;
			continue;
		}
		int num_before = i > n && d->toks.v[i - 1].kind == TOK_NUM;
		if (t->kind == TOK_PUNCT) {
			char c = tchar(d, t);
			if (c == ':' && num_before && i + 1 < t1 && (d->toks.v[i + 1].flags & TF_DIGIT))
				continue;
			if (c != ',' && c != '|' && c != '-' && c != '.' && c != '/' && c != '&' && c != '@' &&
			    c != '(' && c != ')')
				return 0;
			continue;
		}
		if (t->flags & TF_CAP || t->kind == TOK_NUM || t->kind == TOK_SYM)
			continue;
		if ((doc_tok_is(d, t, "at") && i + 1 < t1 && d->toks.v[i + 1].kind == TOK_NUM) ||
		    (t->flags & TF_DIGIT) || (num_before && DOC_TOK_IN(d, i, meridiem)))
			continue; /* "at 6:15AM", "6:15 a.m." */
		int ok = 0;
		for (size_t k = 0; k < CRD_ARRAY_LEN(particles) && !ok; k++)
			ok = doc_tok_is(d, t, particles[k]);
		if (!ok)
			return 0;
	}
	return 1;
}

/* Whether token f, capitalised, is the label of a page's date: "Posted",
 * "Published", "Updated". */
static int posted_label(const crd_doc *d, uint32_t f)
{
	if (f >= d->toks.n)
		return 0;
	const tok *w = &d->toks.v[f];
	return (w->flags & TF_CAP) &&
	       (doc_tok_is(d, w, "posted") || doc_tok_is(d, w, "published") || doc_tok_is(d, w, "updated"));
}

static int when_token(const crd_doc *d, uint32_t i);

/* A publishing system's line of dates and author: "Posted on September 14,
 * 2025 by Jane Doe", "Published 3:42 PM EDT Mar 13, 2016", "Updated
 * Tuesday", "Posted at 7:05 AM, Aug 22, 2026 and last updated 2:18 PM, Aug
 * 22, 2026". Short, led by the verb, with no sentence end: a sentence that
 * opens with "Published" ends in a full stop. The figures and month names
 * of its times do not count against its length. */
static int posted_shape(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	uint32_t f = first_content(d, t0, t1), words = 0;
	for (uint32_t i = f; i < t1 && words <= 16; i++)
		words += is_word(&d->toks.v[i]) && !when_token(d, i);
	if (f + 1 >= t1 || !(d->toks.v[f].flags & TF_CAP) || words > 16 || count_words(d, f, t1) > 32)
		return 0;
	const tok *w = &d->toks.v[f];
	if (!posted_label(d, f) && !(doc_tok_is(d, w, "last") && doc_tok_is(d, w + 1, "updated")))
		return 0;
	const tok *end = &d->toks.v[t1 - 1];
	return !doc_tok_mark(d, end, '.') && !doc_tok_mark(d, end, '!') && !doc_tok_mark(d, end, '?') &&
	       !doc_tok_mark(d, end, ':');
}

/* Whether token t names a month or a weekday, in full or cut short ("June",
 * "Sept.", "Tue"). */
static int date_word(const crd_doc *d, const tok *t)
{
	int abbr;
	return doc_tok_month(d, t, &abbr) || doc_tok_weekday(d, t, &abbr);
}

/* Whether token t may stand in the time or date of an update notice: a
 * number, "5:40" (a colon between figures), "p.m.", "at", "on", a month or
 * weekday, a time zone ("ET", "GMT"), or a comma, full stop, slash or
 * bracket between them. */
static int when_token(const crd_doc *d, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	if (t->kind == TOK_NUM || (t->flags & TF_DIGIT))
		return 1;
	if (t->kind == TOK_PUNCT) {
		char c = tchar(d, t);
		if (c == ':') /* "9:30", "9:30pm" */
			return i > 0 && i + 1 < d->toks.n && d->toks.v[i - 1].kind == TOK_NUM &&
			       (d->toks.v[i + 1].flags & TF_DIGIT) && !(d->toks.v[i + 1].flags & TF_SPACE);
		return c == ',' || c == '.' || c == '/' || c == '(' || c == ')';
	}
	if (t->kind != TOK_WORD)
		return 0;
	if ((t->flags & TF_UPPER) && t->fe - t->fs <= 4)
		return 1;
	return date_word(d, t) || doc_tok_clock(d, t);
}

/* Whether token i is a spaced dash, bar or bullet, which parts a date from
 * its time: "Fri, 08 Nov, 2024 - 14:20", "5 May 2024 \u2022 9:30pm". */
static int when_separator(const crd_doc *d, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	const unsigned char *s = (const unsigned char *)d->text + t->s;
	size_t n = t->e - t->s;
	if (is_word(t) || !(t->flags & TF_SPACE) || i + 1 >= d->toks.n ||
	    !(d->toks.v[i + 1].flags & TF_SPACE))
		return 0;
	return (n == 1 && (s[0] == '-' || s[0] == '|')) ||
	       (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x93 || s[2] == 0x94 || s[2] == 0xA2)) ||
	       (n == 2 && s[0] == 0xC2 && s[1] == 0xB7);
}

/* A line that is only a date or a time: "June 12, 2016", "Tuesday, Dec. 8,
 * 2015 3:40 p.m. ET", "Mon Jun 10 2024 - 18:45", with the publishing
 * system's words between them ("Oct. 2, 2026 Updated 10:40 a.m.",
 * "Published June 3, 2025 | Updated June 4", "Nov 20, 2026 Updated 2 hrs
 * ago"). */
static int date_line(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	static const char *const ages[] = { "min",  "mins",  "minute", "minutes", "hr",   "hrs",
		                            "hour", "hours", "day",    "days",    "week", "weeks" };
	int named = 0;
	if (count_words(d, t0, t1) > 10)
		return 0;
	for (uint32_t i = t0; i < t1; i++) {
		const tok *t = &d->toks.v[i];
		if (doc_tok_is(d, t, "updated") || doc_tok_is(d, t, "published") || doc_tok_is(d, t, "posted"))
			continue;
		/* an age after the date: "Nov 20, 2026 Updated 2 hrs ago" */
		if (i > t0 && d->toks.v[i - 1].kind == TOK_NUM && i + 1 < t1 &&
		    doc_tok_is(d, &d->toks.v[i + 1], "ago") && DOC_TOK_IN(d, i, ages)) {
			i++;
			continue;
		}
		if (!when_token(d, i) && !(i > t0 && when_separator(d, i)))
			return 0;
		named |= date_word(d, &d->toks.v[i]);
		/* or a date in figures with slashes: "09/14/2025" */
		named |= i + 4 < t1 && d->toks.v[i].kind == TOK_NUM &&
		         doc_tok_mark(d, &d->toks.v[i + 1], '/') && d->toks.v[i + 2].kind == TOK_NUM &&
		         doc_tok_mark(d, &d->toks.v[i + 3], '/') && d->toks.v[i + 4].kind == TOK_NUM;
	}
	return named;
}

/* An update notice: "UPDATE, 5:40 p.m.: Police revised ...", "Update (June
 * 3): ...", "Updated at 3 p.m. with comments from the mayor.", "Updated to
 * include the court's ruling." The word opens the line, a time or date may
 * follow, then a colon or a dash; or "Updated" goes on with "with" or "to"
 * and a verb of editing. A report's "Updated figures show ..." or "Updates
 * to the law take effect ..." has neither. */
static int update_shape(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	static const char *const edits[] = { "include", "reflect", "add",   "correct",
		                             "clarify", "note",    "remove" };
	uint32_t f = first_content(d, t0, t1);
	if (f + 1 >= t1 || !(d->toks.v[f].flags & TF_CAP))
		return 0;
	const tok *w = &d->toks.v[f];
	int past = doc_tok_is(d, w, "updated");
	if (!past && !doc_tok_is(d, w, "update") && !doc_tok_is(d, w, "updates"))
		return 0;
	uint32_t k = f + 1;
	while (k < t1 && k < f + 12 && when_token(d, k))
		k++;
	if (k >= t1)
		return 0;
	const tok *t = &d->toks.v[k];
	if (doc_tok_mark(d, t, ':') || doc_tok_mark(d, t, '-')) {
		/* a notice after the label, not a timestamp ("Updated: March 3, 2016") */
		for (uint32_t i = k + 1; i < t1; i++)
			if (is_word(&d->toks.v[i]) && !when_token(d, i))
				return 1;
		return 0;
	}
	if (!past)
		return 0;
	if (doc_tok_is(d, t, "with"))
		return 1;
	return doc_tok_is(d, t, "to") && k + 1 < t1 && DOC_TOK_IN(d, k + 1, edits);
}

/* "Jane Doe and John Roe |27.06.2024 - Update : 27.06.2024": an agency's
 * byline without "By": names, a bar, then dates and the word "Update" only.
 * The agency alone in capitals stands for the names ("WIRE | Updated: Dec
 * 12, 2024, 18:42 IST"), and a slash for the bar ("Coast Valley Herald /
 * 05:20 AM May 3, 2025"). */
static int names_bar_shape(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	static const char *const notes[] = { "update", "updated", "published", "posted" };
	uint32_t f = first_content(d, t0, t1), i = f, names = 0, upper = 0;
	int num = 0;
	for (; i < t1 && !(d->toks.v[i].kind == TOK_SYM && tchar(d, &d->toks.v[i]) == '|') &&
	       !doc_tok_mark(d, &d->toks.v[i], '/');
	     i++) {
		const tok *t = &d->toks.v[i];
		if (t->kind == TOK_WORD && (t->flags & TF_CAP)) {
			names++;
			upper += (t->flags & TF_UPPER) && t->e - t->s >= 2;
		} else if (!doc_tok_is(d, t, "and") && !doc_tok_mark(d, t, ',')) {
			return 0;
		}
	}
	if ((names < 2 && upper == 0) || names > 8 || i + 1 >= t1)
		return 0;
	for (i++; i < t1; i++) {
		const tok *t = &d->toks.v[i];
		num |= t->kind == TOK_NUM;
		if (!when_token(d, i) && !doc_tok_mark(d, t, '-') && !doc_tok_mark(d, t, ':') &&
		    !(t->kind == TOK_SYM && tchar(d, t) == '|') && !DOC_TOK_IN(d, i, notes))
			return 0;
	}
	return num;
}

/* Whether token i separates the fields of a line of page data: a bar, a
 * bullet or a middle dot ("Politics | October 20, 2025", "Local \u2022 Oct.
 * 16"). */
static int field_separator(const crd_doc *d, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	const char *x = d->text + t->s;
	size_t n = t->e - t->s;
	if (t->kind == TOK_WORD || t->kind == TOK_NUM)
		return 0;
	return (n == 1 && x[0] == '|') || (n == 3 && memcmp(x, "\xe2\x80\xa2", 3) == 0) ||
	       (n == 2 && memcmp(x, "\xc2\xb7", 2) == 0);
}

/* The kind of the field [t0, t1) of a line of page data: 2 a date or time,
 * with "Updated:" or "Published" before it or not ("October 20, 2025",
 * "Updated: June 2, 2025"), or a byline ("By Natural Cures Daily
 * Editors"); 1 a label of a few capitalised words ("Health & Wellness",
 * "The National Sentinel", "Politics"); 0 anything else. */
static int page_field(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	static const char *const notes[] = { "updated", "published", "posted", "last" };
	uint32_t f = first_content(d, t0, t1), k = f, words = 0;
	if (f >= t1)
		return 0;
	while (k < t1 && (DOC_TOK_IN(d, k, notes) || doc_tok_mark(d, &d->toks.v[k], ':')))
		k++;
	if (k < t1 && date_line(d, k, t1))
		return 2;
	if (byline_shape(d, f, t1))
		return 2;
	for (uint32_t i = f; i < t1; i++) {
		const tok *t = &d->toks.v[i];
		if (t->kind == TOK_WORD && ((t->flags & TF_CAP) || doc_tok_is(d, t, "of") ||
		                            doc_tok_is(d, t, "and") || doc_tok_is(d, t, "the"))) {
			words++;
			continue;
		}
		if (t->kind == TOK_SYM && tchar(d, t) == '&')
			continue;
		return 0;
	}
	return words >= 1 && words <= 5;
}

/* The fields of the line [t0, t1) split by bars or bullets: how many, when
 * each is a page_field() of some kind, else 0; *dated says whether one is
 * a date or a byline. */
static uint32_t line_fields(const crd_doc *d, uint32_t t0, uint32_t t1, int *dated)
{
	uint32_t a = t0, fields = 0;
	*dated = 0;
	for (uint32_t i = t0; i <= t1; i++) {
		if (i < t1 && !field_separator(d, i))
			continue;
		int k = page_field(d, a, i);
		if (k == 0)
			return 0;
		*dated |= k == 2;
		fields++;
		a = i + 1;
	}
	return fields;
}

/* A line of page data in fields, under a headline: "Health & Wellness | By
 * Natural Cures Daily Editors | Updated: June 2, 2025", "The National
 * Sentinel | Politics | October 20, 2025", "The Daily Lark \u2022 Local
 * \u2022 Oct. 16, 2025". Two fields or more, each a date, a byline or a
 * short label, and at least one a date or a byline. */
static int fields_byline(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	int dated;
	return count_words(d, t0, t1) <= 24 && line_fields(d, t0, t1, &dated) >= 2 && dated;
}

/* A page's counter of its comments or shares on a line of its own: "47
 * comments", "1.2K Shares", "View 47 comments", "Comments (47)". */
static int counter_line(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	static const char *const things[] = { "comment", "comments", "response",  "responses", "reply",
		                              "replies", "reaction", "reactions", "share",     "shares" };
	static const char *const verbs[] = { "view", "show", "see", "read", "all" };
	uint32_t f = first_content(d, t0, t1), num = 0, thing = 0;
	if (f >= t1 || count_words(d, f, t1) > 4)
		return 0;
	for (uint32_t i = f; i < t1; i++) {
		const tok *t = &d->toks.v[i];
		if (t->kind == TOK_NUM || (t->flags & TF_DIGIT))
			num++;
		else if (DOC_TOK_IN(d, i, things))
			thing++;
		else if (!DOC_TOK_IN(d, i, verbs) && !doc_tok_mark(d, t, '(') && !doc_tok_mark(d, t, ')'))
			return 0;
	}
	return num == 1 && thing == 1;
}

/* A row of a page's links: "Sponsored Content | Privacy | Terms", "About
 * Us \u2022 Contact \u2022 Advertise". Three fields or more, each a label of a
 * few capitalised words, one of them a link every site's footer has. A
 * label in such a row names a link, not the article ("Sponsored Content"
 * there labels nothing). */
static int link_row(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	static const char *const footer[] = { "privacy",   "terms",       "contact",      "about",
		                              "advertise", "advertising", "cookies",      "cookie",
		                              "sitemap",   "careers",     "accessibility" };
	int dated;
	if (count_words(d, t0, t1) > 30 || line_fields(d, t0, t1, &dated) < 3 || dated)
		return 0;
	for (uint32_t k = t0; k < t1; k++)
		if (DOC_TOK_IN(d, k, footer))
			return 1;
	return 0;
}

/* A page's trail of sections over its article, opening with "Home":
 * "Home > Tech > Reviews", "Home / Business / Markets", "Home » News".
 * Short labels, each after an arrow or a slash. */
static int breadcrumb(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	if (t1 < t0 + 3 || !doc_tok_is(d, &d->toks.v[t0], "home") || !(d->toks.v[t0].flags & TF_CAP) ||
	    count_words(d, t0, t1) > 10)
		return 0;
	uint32_t arrows = 0;
	for (uint32_t i = t0 + 1; i < t1; i++) {
		const tok *t = &d->toks.v[i];
		const char *x = d->text + t->s;
		size_t n = t->e - t->s;
		if (is_word(t)) {
			if (!(t->flags & (TF_CAP | TF_UPPER)) && !doc_tok_is(d, t, "and") &&
			    !doc_tok_is(d, t, "&"))
				return 0; /* labels, not a sentence */
			continue;
		}
		if ((n == 1 && (x[0] == '>' || x[0] == '/')) || (n == 2 && memcmp(x, "\xc2\xbb", 2) == 0) ||
		    (n == 3 && memcmp(x, "\xe2\x80\xba", 3) == 0))
			arrows++;
		else if (!(n == 1 && x[0] == '&'))
			return 0;
	}
	return arrows >= 1;
}

/* Whether token i opens a line: after a line break, or after a gap of two
 * spaces or more, which is a line break flattened (a page's text copied
 * with its lines run together), unless a field's separator stands on
 * either side of the gap ("Privacy  |  Terms"). */
static int line_edge(const crd_doc *d, uint32_t i)
{
	return i == 0 || i >= d->toks.n || (d->toks.v[i].flags & (TF_NEWLINE | TF_PARA)) ||
	       (d->toks.v[i].s - d->toks.v[i - 1].e >= 2 && !field_separator(d, i) &&
	        !field_separator(d, i - 1));
}

/* detect.h: whether token i stands in a line that is a row of a page's
 * links. */
int det_link_row(const crd_doc *d, uint32_t i)
{
	uint32_t a = i, b = i + 1;
	while (a > 0 && i - a < 40 && !line_edge(d, a))
		a--;
	while (b < d->toks.n && b - i < 40 && !line_edge(d, b))
		b++;
	if (!line_edge(d, a) || !line_edge(d, b))
		return 0;
	return link_row(d, a, b);
}

/* "June 27, 2024 10:14 AM 3 min read", "5 min read": the time a page says
 * its reading takes, after its date. */
static int read_time_line(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	static const char *const minutes[] = { "min", "mins", "minute", "minutes" };
	if (t1 < t0 + 3 || count_words(d, t0, t1) > 14 || !doc_tok_is(d, &d->toks.v[t1 - 1], "read") ||
	    !DOC_TOK_IN(d, t1 - 2, minutes) || d->toks.v[t1 - 3].kind != TOK_NUM)
		return 0;
	for (uint32_t i = t0; i + 3 < t1; i++)
		if (!when_token(d, i))
			return 0;
	return 1;
}

/* A copyright line that opens with the sign U+00A9 or "(c)": "(c) 2024 The
 * Daily Ledger". The sign is no word for a lexicon phrase to hold
 * ("Copyright 2024 ..." is one in boilerplate.txt). */
static int copyright_sign(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	const tok *t = &d->toks.v[t0];
	if (t->kind == TOK_SYM && t->e - t->s == 2 && memcmp(d->text + t->s, "\xc2\xa9", 2) == 0)
		return t0 + 1 < t1;
	return t0 + 3 < t1 && doc_tok_mark(d, t, '(') && doc_tok_is(d, t + 1, "c") &&
	       doc_tok_mark(d, t + 2, ')');
}

/* An encyclopedia's note or reference that a caret opens, the link back to
 * where it is cited ("^ Doe, Jane (1999). A History. p. 4."). */
static int caret_note(const crd_doc *d, const zunit *x)
{
	const tok *t = &d->toks.v[x->tok0];
	return (t->kind == TOK_SYM || t->kind == TOK_PUNCT) && t->e - t->s == 1 && d->text[t->s] == '^' &&
	       x->words >= 1;
}

/* "- Elsa Vinter." or "-- Reuters" closing a report: a dash and a name. */
static int signoff_shape(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	if (t0 >= t1 || !doc_tok_mark(d, &d->toks.v[t0], '-'))
		return 0;
	uint32_t f = first_content(d, t0, t1);
	uint32_t words = 0;
	for (uint32_t i = f; i < t1; i++) {
		const tok *t = &d->toks.v[i];
		if (is_word(t)) {
			if (!(t->flags & TF_CAP))
				return 0;
			words++;
		} else if (!doc_tok_mark(d, t, '.') && !doc_tok_mark(d, t, ',')) {
			return 0;
		}
	}
	return words >= 1 && words <= 4;
}

/* A letter's signature on a line of its own under the letter: a name of two
 * to four capitalised words, a comma, then a town or a role and a town, with
 * no mark at its end ("Jane Doe, Springfield", "Rev. Sarah Whitfield,
 * director, Dalton Food Pantry"); not a sentence ("John Smith, a spokesman,
 * declined."). */
static int letter_signature(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	uint32_t f = first_content(d, t0, t1), names = 0, words = 0, i = f;
	for (; i < t1 && !doc_tok_mark(d, &d->toks.v[i], ','); i++) {
		const tok *t = &d->toks.v[i];
		if (is_word(t) && (t->flags & TF_CAP) && !(t->flags & TF_UPPER))
			names++;
		else if (!doc_tok_mark(d, t, '.'))
			return 0;
	}
	if (names < 2 || names > 4 || i >= t1)
		return 0;
	const tok *last = &d->toks.v[t1 - 1];
	if (doc_tok_mark(d, last, '.') || doc_tok_mark(d, last, '!') || doc_tok_mark(d, last, '?') ||
	    doc_tok_mark(d, last, ':') || doc_tok_mark(d, last, ','))
		return 0;
	for (i++; i < t1; i++) {
		const tok *t = &d->toks.v[i];
		if (is_word(t))
			words++;
		else if (!doc_tok_mark(d, t, ',') && !doc_tok_mark(d, t, '.') && !doc_tok_mark(d, t, '-'))
			return 0;
	}
	/* the town closes it: "..., Dalton Food Pantry", "..., West Dalton";
	 * not a company's suffix ("About Acme Robotics, Inc.") */
	return words >= 1 && words <= 8 && (last->flags & TF_CAP) && !(last->flags & TF_ABBREV);
}

/* A sign-off of initials that closes a wire story ("M.N", "AH", "PTI SPK
 * NP", "bur-al/rmb"): up to four short words in capitals, or short codes
 * in lower case joined by a slash, and nothing else. */
static int initials_shape(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	uint32_t words = 0, upper = 0, slash = 0;
	for (uint32_t i = t0; i < t1; i++) {
		const tok *t = &d->toks.v[i];
		if (t->kind == TOK_WORD) {
			if (t->e - t->s > 6)
				return 0;
			words++;
			if ((t->flags & TF_UPPER) || ((t->flags & TF_CAP) && t->e - t->s == 1))
				upper++;
			else if (t->flags & TF_CAP)
				return 0;
		} else if (doc_tok_mark(d, t, '/')) {
			slash++;
		} else if (!doc_tok_mark(d, t, '.') && !doc_tok_mark(d, t, '-')) {
			return 0;
		}
	}
	return words >= 1 && words <= 4 && (upper == words || (upper == 0 && slash > 0));
}

/* Whether a role=1 phrase of zone_cues.txt starts at token i. */
static int role_at(const zctx *z, uint32_t i, size_t mi)
{
	const crd_doc *d = z->d;
	for (size_t j = mi; j < d->matches.n && d->matches.v[j].tok0 <= i; j++) {
		const lex_match *m = &d->matches.v[j];
		if (m->tok0 == i && m->lexicon == (uint16_t)z->lex_roles &&
		    lex_phrase_attr(z->ls, m->phrase, "role"))
			return 1;
	}
	return 0;
}

/* "Gabriel Doe is senior media editor at ...", "Jane Roe is a co-host of ...",
 * "John Poe covers politics for ...": a name, is/was, and a newsroom job
 * within a few words; or a name and covers/writes ... for. */
/* The token after the name that opens [t0, t1) (up to five capitalised
 * words and initials: "Gabriel Doe", "Jane Q. Roe"), or t1 when none does
 * or nothing follows it. */
static uint32_t opening_name_end(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	uint32_t i = first_content(d, t0, t1), names = 0;
	while (i < t1 && names < 5 && (d->toks.v[i].flags & TF_CAP) && is_word(&d->toks.v[i])) {
		i++;
		names++;
		if (i < t1 && (d->toks.v[i].flags & TF_ABBREV))
			i++; /* an initial with its dot */
	}
	return names == 0 ? t1 : i;
}

static int bio_shape(const zctx *z, uint32_t t0, uint32_t t1, size_t mi)
{
	const crd_doc *d = z->d;
	uint32_t i = opening_name_end(d, t0, t1);
	if (i >= t1)
		return 0;
	const tok *v = &d->toks.v[i];
	/* the perfect says the same of a longer career: "Ed Lind has covered
	 * city politics for the Harbor Times since 2009." */
	if ((doc_tok_is(d, v, "has") || doc_tok_is(d, v, "had")) && i + 1 < t1 &&
	    (doc_tok_is(d, &d->toks.v[i + 1], "covered") || doc_tok_is(d, &d->toks.v[i + 1], "written") ||
	     doc_tok_is(d, &d->toks.v[i + 1], "reported"))) {
		/* and names the outlet: "for the Harbor Times", not "Acme has
		 * reported a loss for the quarter" */
		for (uint32_t k = i + 2; k + 1 < t1 && k < i + 10; k++) {
			if (!doc_tok_is(d, &d->toks.v[k], "for") && !doc_tok_is(d, &d->toks.v[k], "at"))
				continue;
			uint32_t o = k + 1;
			if (o + 1 < t1 && doc_tok_is(d, &d->toks.v[o], "the"))
				o++;
			return (d->toks.v[o].flags & TF_CAP) && is_word(&d->toks.v[o]);
		}
		return 0;
	}
	if (doc_tok_is(d, v, "covers") || doc_tok_is(d, v, "writes")) {
		for (uint32_t k = i + 1; k < t1 && k < i + 9; k++)
			if (doc_tok_is(d, &d->toks.v[k], "for") || doc_tok_is(d, &d->toks.v[k], "at"))
				return 1;
		/* a tagline of a full name and a beat, short ("Jane Doe covers
		 * infectious diseases.") */
		return count_words(d, t0, i) >= 2 && count_words(d, t0, t1) <= 16;
	}
	if (!doc_tok_is(d, v, "is") && !doc_tok_is(d, v, "was"))
		return 0;
	while (mi < d->matches.n && d->matches.v[mi].tok0 <= i)
		mi++;
	for (uint32_t k = i + 1; k < t1 && k < i + 8; k++) {
		if (d->toks.v[k].kind == TOK_PUNCT && !doc_tok_mark(d, &d->toks.v[k], '-'))
			return 0;
		/* the matches from the cursor are sorted by start */
		size_t mj = mi;
		while (mj < d->matches.n && d->matches.v[mj].tok0 < k)
			mj++;
		if (role_at(z, k, mj))
			return 1;
	}
	return 0;
}

/* The last capitalised word of a byline ("By Jane Doe" -> "Doe"), or
 * UINT32_MAX. */
static uint32_t byline_surname(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	uint32_t last = UINT32_MAX;
	for (uint32_t i = t0 + 1; i < t1; i++)
		if (is_word(&d->toks.v[i]) && (d->toks.v[i].flags & TF_CAP))
			last = i;
	return last;
}

/* The surname after "by" in a posting line ("Posted December 1, 2026 by
 * Grace Albrecht" -> "Albrecht"), or UINT32_MAX when no name follows one. */
static uint32_t posted_author(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	for (uint32_t k = t0; k + 1 < t1; k++)
		if (doc_tok_is(d, &d->toks.v[k], "by"))
			return byline_surname(d, k, t1);
	return UINT32_MAX;
}

/* "Thomas Hale is a retired teacher ...", closing a piece that "By Thomas
 * Hale" opened: the byline's author described, whatever the job. */
static int author_shape(const crd_doc *d, uint32_t t0, uint32_t t1, uint32_t surname)
{
	if (surname == UINT32_MAX)
		return 0;
	const tok *sn = &d->toks.v[surname];
	uint32_t i = opening_name_end(d, t0, t1);
	if (i >= t1 || !(doc_tok_is(d, &d->toks.v[i], "is") || doc_tok_is(d, &d->toks.v[i], "was")))
		return 0;
	const tok *t = &d->toks.v[i - 1];
	return t->fe - t->fs == sn->fe - sn->fs &&
	       memcmp(d->view.fold + t->fs, d->view.fold + sn->fs, t->fe - t->fs) == 0;
}

/* "Follow Jane Doe on Twitter @jdoe": an author's profile link. */
static int follow_shape(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	uint32_t f = first_content(d, t0, t1);
	if (f >= t1 || !doc_tok_is(d, &d->toks.v[f], "follow"))
		return 0;
	for (uint32_t k = f + 1; k + 1 < t1 && k < f + 8; k++)
		if (doc_tok_is(d, &d->toks.v[k], "on") &&
		    (doc_tok_is(d, &d->toks.v[k + 1], "twitter") || doc_tok_is(d, &d->toks.v[k + 1], "facebook") ||
		     doc_tok_is(d, &d->toks.v[k + 1], "instagram")))
			return 1;
	return 0;
}

/* "Contact Jane Doe at jdoe@herald.example or 555-0142", "Email John Roe
 * at jroe@herald.example": a writer's contact line, a verb of getting in
 * touch, a capitalised name and an address after "at". */
static int contact_shape(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	static const char *const verbs[] = { "contact", "email", "e-mail", "reach", "write" };
	uint32_t f = first_content(d, t0, t1);
	if (f + 3 >= t1 || !DOC_TOK_IN(d, f, verbs) || count_words(d, t0, t1) > 20)
		return 0;
	uint32_t k = f + 1;
	if (doc_tok_is(d, &d->toks.v[k], "to"))
		k++; /* "Write to Jane Doe at ..." */
	uint32_t n0 = k;
	while (k < t1 && k < n0 + 4 && (d->toks.v[k].flags & TF_CAP) && d->toks.v[k].kind == TOK_WORD)
		k++;
	return k > n0 && k + 1 < t1 && doc_tok_is(d, &d->toks.v[k], "at") &&
	       address_end(d, k + 1, t1) > k + 1;
}

/* ASCII letters and digits of s, folded, compared as a prefix: whether the
 * unit's text is the title (or its first part), whatever the punctuation. */
static int same_title(const char *u, size_t un, const char *title)
{
	size_t i = 0, j = 0, n = 0, tn = strlen(title);
	for (;;) {
		while (i < un && !((unsigned char)u[i] < 0x80 && ((u[i] | 32) >= 'a' && (u[i] | 32) <= 'z')) &&
		       !(u[i] >= '0' && u[i] <= '9'))
			i++;
		while (j < tn &&
		       !((unsigned char)title[j] < 0x80 && ((title[j] | 32) >= 'a' && (title[j] | 32) <= 'z')) &&
		       !(title[j] >= '0' && title[j] <= '9'))
			j++;
		if (i >= un)
			return n >= 8;  /* the unit is the title or its first part */
		if (j >= tn)
			return 0;
		if ((u[i] | 32) != (title[j] | 32))
			return 0;
		i++;
		j++;
		n++;
	}
}

/* Whether unit x, of more than 16 words, is a long headline, as
 * hyperpartisan and clickbait pages write them ("Mayor Says City Budget Will
 * Cut Library Hours and Close Two Pools This Summer Despite Protests From
 * Parents"): up to 200 bytes, in title case, or one sentence that ends on a
 * word with no mark at all. A first paragraph of report that lost its full
 * stop or ends with a question in quotation marks is none. */
static int long_headline(const crd_doc *d, const zunit *x, uint32_t bytes)
{
	if (x->words > 40 || bytes > 200)
		return 0;
	if (title_cased(d, x->tok0, x->tok1))
		return 1;
	if (!is_word(&d->toks.v[x->tok1 - 1]))
		return 0;
	for (uint32_t i = x->tok0 + 1; i < x->tok1; i++)
		if (d->toks.v[i].flags & TF_SENT)
			return 0;
	return 1;
}

/* When the document's title (given, or read from a page's metadata) is a
 * line a little below the first, the short lines above it are what a page
 * prints over its headline: the site's name, a menu, a section label. They
 * become the page's zone and the headline's unit is returned; otherwise f.
 * Only lines of at most 16 words may stand above: a paragraph of report
 * before the title means the title is not the headline. */
static size_t headline_under_masthead(const crd_doc *d, zunit *u, size_t n, size_t f)
{
	if (!d->title)
		return f;
	for (size_t g = f; g < n && g < f + 6; g++) {
		const zunit *x = &u[g];
		if (x->kind == KIND_INHERIT)
			continue;
		if (x->kind == ZONE_BODY && (x->flags & U_ENDS_LINE) && x->words <= 40) {
			uint32_t s = d->toks.v[x->tok0].s, e = d->toks.v[x->tok1 - 1].e;
			if (same_title(d->text + s, e - s, d->title)) {
				for (size_t k = f; k < g; k++)
					if (u[k].kind == ZONE_BODY)
						u[k].kind = ZONE_PAGE;
				return g;
			}
		}
		if (!(x->flags & U_ENDS_LINE) || x->words > 16)
			break;
	}
	return f;
}

/* Whether unit x opens an <h1> of a web page. */
static int opens_heading(const crd_doc *d, const zunit *x)
{
	const html_text *h = d->page;
	if (!h)
		return 0;
	uint32_t s = d->toks.v[x->tok0].s;
	for (size_t r = 0; r < h->nroles && h->roles[r].s <= s; r++)
		if (h->roles[r].kind == HTML_ROLE_HEADING && h->roles[r].s == s)
			return 1;
	return 0;
}

/* A web page's headline is its first <h1> in the article, whatever its
 * <title> says ("Storm floods the coast road | The Herald" over "Storm
 * floods the coast road, cutting off two towns"): the unit of the first
 * such heading a little below f, when only short lines with no sentence
 * end (a section label, a kicker) stand above it, which become the page's
 * zone; otherwise f. */
static size_t headline_in_heading(const crd_doc *d, zunit *u, size_t n, size_t f)
{
	for (size_t g = f; g < n && g < f + 6; g++) {
		const zunit *x = &u[g];
		if (x->kind == KIND_INHERIT)
			continue;
		if (x->kind == ZONE_BODY && x->words <= 40 && opens_heading(d, x)) {
			for (size_t k = f; k < g; k++)
				if (u[k].kind == ZONE_BODY)
					u[k].kind = ZONE_PAGE;
			return g;
		}
		if (!(x->flags & U_ENDS_LINE) || !(x->flags & U_HEADLINE) || x->words > 10)
			break;
	}
	return f;
}

/* Whether every word of unit u is a share cue or a handle ("Facebook
 * Twitter Pinterest", "Share Tweet Email", "Twitter: @jdoe"). */
static int share_row(const zctx *z, const zunit *u)
{
	const crd_doc *d = z->d;
	uint32_t covered = 0, until = u->tok0;
	for (size_t j = z->mi; j < d->matches.n && d->matches.v[j].tok0 < u->tok1; j++) {
		const lex_match *m = &d->matches.v[j];
		zcue c;
		if (m->tok0 < until || m->tok1 > u->tok1 || !read_cue(z, m, &c) || c.zone != ZONE_SHARE)
			continue;
		covered += count_words(d, m->tok0, m->tok1);
		until = m->tok1;
	}
	for (uint32_t i = u->tok0 + 1; i < u->tok1; i++) {
		const tok *p = &d->toks.v[i - 1];
		if (is_word(&d->toks.v[i]) && !(d->toks.v[i].flags & TF_SPACE) && p->kind == TOK_SYM &&
		    (tchar(d, p) == '@' || tchar(d, p) == '#'))
			covered++;
	}
	return covered >= u->words;
}

/* Whether a source is said to have written or spoken unit u after a comma
 * ("Share this article with anyone who doubts the figures, the activist told
 * followers.", "Sign up for the program closed in March, the bank said."):
 * a strong verb of saying within six words after the comma that follows
 * token from. Prompt words in a source's mouth are the report's sentence. */
static int said_after_comma(const zctx *z, const zunit *u, uint32_t from)
{
	const crd_doc *d = z->d;
	if (z->lex_cue < 0 || !ends_like_sentence(d, u->tok0, u->tok1))
		return 0;
	uint32_t comma = 0;
	for (size_t j = z->mi; j < d->matches.n && d->matches.v[j].tok0 < u->tok1; j++) {
		const lex_match *m = &d->matches.v[j];
		if (m->tok0 <= from || m->lexicon != (uint16_t)z->lex_cue)
			continue;
		const char *strength = lex_phrase_attr(z->ls, m->phrase, "strength");
		if (!strength || strcmp(strength, "strong") != 0)
			continue;
		if (comma < from)
			comma = from;
		uint32_t words = 0;
		for (uint32_t k = m->tok0; k > comma && words <= 6; k--) {
			const tok *t = &d->toks.v[k - 1];
			if (doc_tok_mark(d, t, ','))
				return 1;
			if (t->kind == TOK_PUNCT && !(t->flags & TF_QUOTE))
				break;
			words += is_word(t);
		}
	}
	return 0;
}

/* Whether unit u, an update notice by its shape, is a live report's entry:
 * its words after the label tell who said or told what ("UPDATE 4:55 p.m.:
 * Police Chief Dana Cole said three people were killed."). A live page
 * stamps each new report so, and its sources are the report's; a note on
 * the editing has no speaker ("UPDATE 1 - Adds minister's comment",
 * "UPDATE, 5:40 p.m.: This story has been updated."). */
static int update_reports(const zctx *z, const zunit *u)
{
	const crd_doc *d = z->d;
	if (z->lex_cue < 0)
		return 0;
	for (size_t j = z->mi; j < d->matches.n && d->matches.v[j].tok0 < u->tok1; j++) {
		const lex_match *m = &d->matches.v[j];
		if (m->tok0 <= u->tok0 || m->lexicon != (uint16_t)z->lex_cue)
			continue;
		const char *lemma = lex_phrase_attr(z->ls, m->phrase, "lemma");
		if (lemma && (strcmp(lemma, "say") == 0 || strcmp(lemma, "tell") == 0))
			return 1;
	}
	return 0;
}

/* Whether every word of [t0, t1) is written in capitals. */
static int all_capitals(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	for (uint32_t i = t0; i < t1; i++)
		if (d->toks.v[i].kind == TOK_WORD && !(d->toks.v[i].flags & TF_UPPER) &&
		    !(d->toks.v[i].e - d->toks.v[i].s == 1 && (d->toks.v[i].flags & TF_CAP)))
			return 0;
	return 1;
}

/* Whether [t0, t1) is a name of one to four capitalised words, "the"
 * before them ("TechPulse", "the Coast Valley Herald"): the site a heading
 * names in a line of its own ("More from TechPulse"). */
static int site_name(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	uint32_t words = 0;
	for (uint32_t i = t0; i < t1; i++) {
		const tok *t = &d->toks.v[i];
		if (!is_word(t) || (!(t->flags & TF_CAP) && !(i == t0 && doc_tok_is(d, t, "the"))))
			return 0;
		words++;
	}
	return words >= 1 && words <= 4;
}

/* The token after a "from" at t0 ("Most read from the Herald"), else t0. */
static uint32_t after_from(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	return t0 + 1 < t1 && doc_tok_is(d, &d->toks.v[t0], "from") ? t0 + 1 : t0;
}

/* Whether [t0, t1) after a label is one headline or prompt: no sentence
 * starts in it after its first word. */
static int one_headline(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	for (uint32_t i = first_content(d, t0, t1) + 1; i < t1; i++)
		if (d->toks.v[i].flags & TF_SENT)
			return 0;
	return 1;
}

/* The best cue of unit u: a cue that opens it wins over one inside it. */
static int unit_cue(zctx *z, zunit *u, zcue *best)
{
	crd_doc *d = z->d;
	uint32_t f = first_content(d, u->tok0, u->tok1);
	int found = 0, headline = (u->flags & U_HEADLINE) != 0;
	while (z->mi < d->matches.n && d->matches.v[z->mi].tok0 < u->tok0)
		z->mi++;
	for (size_t j = z->mi; j < d->matches.n && d->matches.v[j].tok0 < u->tok1; j++) {
		const lex_match *m = &d->matches.v[j];
		zcue c;
		if (m->tok1 > u->tok1 || !read_cue(z, m, &c))
			continue;
		if (!c.any && m->tok0 != f)
			continue;
		/* the figures of a credit line's date and time do not count
		 * against its length: "Source: Wire | 2026-11-03 17:42:10 |
		 * Editor: Jane Doe" */
		uint32_t words = c.zone == ZONE_BYLINE ? u->words - u->figures : u->words;
		if (c.max > 0 && words > (uint32_t)c.max &&
		    !(c.zone == ZONE_SHARE && u->words <= 12 && share_row(z, u)))
			continue; /* "Share: Facebook X WhatsApp Telegram Email" is a row of buttons */
		if (!c.free_shape && !label_shape(d, m, u->tok1, headline))
			continue;
		if (c.line && !((u->flags & U_LINE) && ((u->flags & U_ENDS_LINE) || u->tok1 == d->toks.n)))
			continue; /* "Watch:" over a video, not "Watch: At that point, ..." in a paragraph */
		if (c.dash && !doc_tok_mark(d, &d->toks.v[u->tok0], '-'))
			continue; /* "--With assistance from Jane Doe.", not "With assistance from the UN,
			             ..." */
		if (c.line && !one_headline(d, m->tok1, u->tok1))
			continue; /* "Read this: She wrote a piece on it. He writes:" */
		if (c.zone == ZONE_SHARE && m->tok1 - m->tok0 == 1 && !share_row(z, u))
			continue; /* "Twitter" alone is a share button, "Twitter and ... ?" a heading */
		if (c.zone != ZONE_EDITOR_NOTE && c.zone != ZONE_BYLINE && c.zone != ZONE_AUTHOR_BIO &&
		    said_after_comma(z, u, m->tok1))
			continue;
		int start = m->tok0 == f;
		if (found && (!start || found == 2))
			continue; /* keep the first opening cue, else the first cue */
		*best = c;
		found = start ? 2 : 1;
		if (start && first_content(d, m->tok1, u->tok1) >= u->tok1)
			u->flags |= U_ALONE;
		else if (start && u->words <= 8 &&
		         (doc_tok_mark(d, &d->toks.v[u->tok1 - 1], ':') ||
		          ((u->flags & U_LINE) && (u->flags & U_HEADLINE) &&
		           (all_capitals(d, u->tok0, u->tok1) ||
		            ((u->flags & U_ENDS_LINE) &&
		             site_name(d, after_from(d, m->tok1, u->tok1), u->tok1))))))
			u->flags |= U_HEADING; /* "More from the Herald:", "MORE FROM THE HERALD", "Most Read
			                          from the Herald" */
	}
	return found;
}

/* A short paragraph near the end that says whose views these are not ("The
 * views expressed in this article are solely those of the author"): the
 * publisher's note, not the report. need=meta phrases do not count alone. */
static int views_disclaimer(const zctx *z, const zunit *u, size_t mi)
{
	const crd_doc *d = z->d;
	if (z->lex_disc < 0)
		return 0;
	while (mi < d->matches.n && d->matches.v[mi].tok0 < u->tok0)
		mi++;
	for (size_t j = mi; j < d->matches.n && d->matches.v[j].tok0 < u->tok1; j++) {
		const lex_match *m = &d->matches.v[j];
		if (m->lexicon != (uint16_t)z->lex_disc)
			continue;
		const char *kind = lex_phrase_attr(z->ls, m->phrase, "kind");
		const char *need = lex_phrase_attr(z->ls, m->phrase, "need");
		if (kind && strcmp(kind, "views") == 0 &&
		    (!need || (strcmp(need, "meta") == 0 && det_meta_sentence(d, m->tok0))))
			return 1; /* "The views expressed are his own." */
	}
	return 0;
}

/* A short paragraph in which the page says it may earn from what readers
 * buy through its links ("If you buy something through our links, we may
 * earn a commission."): the publisher's note, wherever it stands. The page
 * speaks of itself in the first person; "Brokers may earn a commission on
 * each sale" is reporting. */
static int affiliate_note(const zctx *z, const zunit *u, size_t mi)
{
	static const char *const we[] = { "we", "our", "us" };
	const crd_doc *d = z->d;
	if (z->lex_disc < 0)
		return 0;
	int found = 0;
	while (mi < d->matches.n && d->matches.v[mi].tok0 < u->tok0)
		mi++;
	for (size_t j = mi; j < d->matches.n && d->matches.v[j].tok0 < u->tok1 && !found; j++) {
		const lex_match *m = &d->matches.v[j];
		if (m->lexicon != (uint16_t)z->lex_disc)
			continue;
		const char *kind = lex_phrase_attr(z->ls, m->phrase, "kind");
		found = kind && strcmp(kind, "affiliate") == 0 && !lex_phrase_attr(z->ls, m->phrase, "need");
	}
	for (uint32_t i = u->tok0; found && i < u->tok1; i++)
		if (DOC_TOK_IN(d, i, we))
			return 1;
	return 0;
}

/* Whether a phrase of places.txt covers tokens [a, b) exactly ("New Delhi",
 * "Washington, D.C.", "Bangladesh"). */
static int known_place(const crd_doc *d, uint32_t a, uint32_t b)
{
	int lex = engine_lexicon(d->engine, "places");
	return lex >= 0 && a < b && lex_has_match(d, lex, a, b, NULL);
}

/* A day written as an ordinal, in a date after a city's comma: "6th",
 * "21st", "2nd", "3rd" ("ABU DHABI, 6th November, 2026 (Wire) --"). */
static int ordinal_day(const crd_doc *d, const tok *t)
{
	const char *f = d->view.fold + t->fs;
	size_t n = t->fe - t->fs;
	if (t->kind != TOK_WORD || n < 3 || n > 4 || f[0] < '0' || f[0] > '9' ||
	    (n == 4 && (f[1] < '0' || f[1] > '9')))
		return 0;
	const char *e = f + n - 2;
	return memcmp(e, "st", 2) == 0 || memcmp(e, "nd", 2) == 0 || memcmp(e, "rd", 2) == 0 ||
	       memcmp(e, "th", 2) == 0;
}

/* A US state's postal code after a city: two capital letters ("IN", "SC"). */
static int postal_code(const tok *t)
{
	return t->kind == TOK_WORD && (t->flags & TF_UPPER) && t->e - t->s == 2;
}

/* Whether token t is a kicker that a page prints before a dash over a
 * headline or a report ("EXCLUSIVE -", "BREAKING -", "R.I.P. -"): a word of
 * emphatic_caps.txt or a label of the same kind, where a dateline has its
 * city. */
static int kicker_word(const crd_doc *d, uint32_t t)
{
	static const char *const labels[] = { "r.i.p.",   "rip",      "video",      "update",    "updated",
		                              "opinion",  "analysis", "developing", "live",      "leaked",
		                              "revealed", "busted",   "exposed",    "confirmed", "photos" };
	int lex = engine_lexicon(d->engine, "emphatic_caps");
	if (DOC_TOK_IN(d, t, labels))
		return 1;
	return lex >= 0 && lex_has_match(d, lex, t, t + 1, NULL);
}

/* The wire of a press release between dashes after its city, and the date
 * after it: "BOSTON--(BUSINESS WIRE)--Nov. 5, 2026-- Acme Corp. today ...".
 * Token i is the "("; returns the token that starts the report, or 0. */
static uint32_t wire_after_dash(const crd_doc *d, uint32_t i, uint32_t t1)
{
	uint32_t k = i + 1;
	while (k < t1 && k < i + 5 && d->toks.v[k].kind == TOK_WORD && (d->toks.v[k].flags & TF_UPPER))
		k++;
	if (k == i + 1 || k + 1 >= t1 || !doc_tok_mark(d, &d->toks.v[k], ')') ||
	    !doc_tok_mark(d, &d->toks.v[k + 1], '-'))
		return 0;
	k++;
	while (k < t1 && doc_tok_mark(d, &d->toks.v[k], '-'))
		k++;
	uint32_t e = k;
	int dated = 0;
	while (e < t1 && e < k + 8 && !doc_tok_mark(d, &d->toks.v[e], '-')) {
		const tok *w = &d->toks.v[e];
		if (w->kind == TOK_WORD && date_word(d, w))
			dated = 1;
		else if (w->kind != TOK_NUM && !doc_tok_mark(d, w, ',') && !doc_tok_mark(d, w, '.'))
			return 0;
		e++;
	}
	if (!dated)
		return 0;
	while (e < t1 && doc_tok_mark(d, &d->toks.v[e], '-'))
		e++;
	return e > k && e < t1 && (d->toks.v[e].flags & TF_CAP) ? e : 0;
}

/* "WASHINGTON (Reuters) -", "KIEV, UKRAINE (Wire) -", "PARADISE, NV -",
 * "(CNN)", "BEIRUT, LEBANON (10:30 P.M.) -", "KYIV/MOSCOW, June 3 (Reuters)
 * -", "MOSCOW, June 12. /TASS/. ", "PITTSBURGH, March 4, 2026 /PRNewswire/
 * --", "BOSTON--(BUSINESS WIRE)--Nov. 5, 2026--": returns the token that starts the report
 * after the dateline, or 0 when the unit does not open with one. A city
 * written as usual needs a known place or a postal code before the dash
 * ("Washington, D.C. -", "Cox's Bazar, Bangladesh -", "Charleston, SC -"),
 * and a colon after the city ("NEW DELHI:") needs capitals and a known
 * place, where "BREAKING:" or "UPDATE:" is none. A line of cities in
 * capitals with a slash between them ("GAZA CITY / ANKARA"), or a city in
 * capitals and its date ("NORRVIK, 16 January 2026"), is a dateline of its
 * own. */
static uint32_t dateline_end(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	/* upper: the words before the first comma (the city) are in capitals;
	 * after it a state or a date may be written as usual ("Ore.", "Dec. 8").
	 * slash: cities joined by a slash ("KYIV/MOSCOW"); agency: the agency
	 * between slashes, which a full stop follows ("/TASS/."). */
	uint32_t i = t0, place = 0, paren = 0, comma = 0, slash = 0, agency = 0, dated = 0;
	int upper = 1;
	while (i < t1 && i < t0 + (dated ? 10 : 8)) { /* "AUSTIN, Texas, Jan. 8, 2026 /PRNewswire/" */
		const tok *t = &d->toks.v[i];
		if (t->kind == TOK_WORD && (t->flags & (TF_CAP | TF_UPPER))) {
			place++;
			if (!comma && !(t->flags & TF_UPPER))
				upper = 0;
			dated |= comma && date_word(d, t);
		} else if (place && !comma && t->kind == TOK_WORD && doc_tok_is(d, t, "'s") && i > t0 &&
		           !(t->flags & TF_SPACE)) {
			/* "COX'S BAZAR" */
		} else if (doc_tok_mark(d, t, '/') && place && !comma && i + 1 < t1 &&
		           (d->toks.v[i + 1].flags & TF_UPPER)) {
			slash = 1; /* "KYIV/MOSCOW", "GAZA CITY / ANKARA" */
		} else if (doc_tok_mark(d, t, ',') && place) {
			if (!comma)
				comma = i;
		} else if (!((doc_tok_mark(d, t, ',') || doc_tok_mark(d, t, '.')) && place) &&
		           !(t->kind == TOK_NUM && place) && !(comma && ordinal_day(d, t))) {
			break;
		}
		i++;
	}
	if (i < t1 &&
	    (doc_tok_mark(d, &d->toks.v[i], '(') || (place && doc_tok_mark(d, &d->toks.v[i], '/')))) {
		char close = doc_tok_mark(d, &d->toks.v[i], '(') ? ')' : '/';
		uint32_t k = i + 1;
		while (k < t1 && k < i + 8 && !doc_tok_mark(d, &d->toks.v[k], close))
			k++;
		if (k >= t1 || !doc_tok_mark(d, &d->toks.v[k], close) || k == i + 1)
			return 0;
		/* an agency or a state, or the time of a wire ("(10:30 P.M.)") */
		const tok *a = &d->toks.v[i + 1];
		if (!(a->flags & TF_CAP) && !(close == ')' && a->kind == TOK_NUM && k > i + 2))
			return 0;
		paren = 1;
		agency = close == '/';
		/* a colon after the agency of a dated dateline, or of a known
		 * city in capitals: "ISLAMABAD, Nov 7 (Wire): The minister";
		 * not a speaker's label in a transcript ("JANE DOE (Host): Good
		 * evening") */
		if (!agency && k + 2 < t1 && doc_tok_mark(d, &d->toks.v[k + 1], ':') &&
		    (d->toks.v[k + 2].flags & TF_CAP) && place &&
		    (dated || (upper && known_place(d, t0, comma ? comma : i))))
			return k + 2;
		i = k + 1;
		if (agency) {
			if (i + 1 < t1 && doc_tok_mark(d, &d->toks.v[i], '.') && (a->flags & TF_UPPER) &&
			    (d->toks.v[i + 1].flags & TF_CAP))
				return i + 1; /* "MOSCOW, June 12. /TASS/. Russian forces ..." */
			/* a press release's wire after its date, before a dash:
			 * "PITTSBURGH, March 4, 2026 /PRNewswire/ -- Acme Corp. today
			 * announced" (the dash is read below) */
			if (!dated || i >= t1 || !doc_tok_mark(d, &d->toks.v[i], '-'))
				return 0;
		}
	}
	if (place == 0 && !paren)
		return 0;
	if (place == 1 && !paren && !comma && kicker_word(d, t0))
		return 0; /* "EXCLUSIVE - Senator Quits" */
	if (slash && upper && !paren && !comma && i >= t1)
		return t1; /* "GAZA CITY / ANKARA" over the report */
	if (upper && dated && !paren && comma && i >= t1)
		return t1; /* "NORRVIK, 16 January 2026" over the report */
	if (upper && !paren && !comma && !slash && place <= 3 && i >= t1 && t1 > t0 &&
	    (d->toks.v[t1 - 1].flags & TF_UPPER) && known_place(d, t0, t1))
		return t1; /* "ANKARA" alone on the line over the report */
	/* "Washington -" alone could be a sentence; want capitals, an agency,
	 * or a known place that the city's comma leads to */
	if (place > 0 && !upper && !paren &&
	    !(comma && (known_place(d, comma + 1, i) || known_place(d, t0, i))) &&
	    !(comma && i == comma + 2 && postal_code(&d->toks.v[comma + 1])))
		return 0;
	if (!paren && upper && place && i + 1 < t1 && doc_tok_mark(d, &d->toks.v[i], ':') &&
	    (d->toks.v[i + 1].flags & TF_CAP) && known_place(d, t0, comma ? comma : i))
		return i + 1; /* "NEW DELHI: The camp grew." */
	while (i < t1 && doc_tok_mark(d, &d->toks.v[i], '-'))
		i++;
	if (i == t0)
		return 0;
	const tok *p = &d->toks.v[i - 1];
	/* "Pune, Aug 22 (Wire) Police have ...": a city, a date and the agency
	 * in brackets need no dash */
	if (paren && dated && doc_tok_mark(d, p, ')') && i < t1 && is_word(&d->toks.v[i]) &&
	    (d->toks.v[i].flags & TF_CAP))
		return i;
	if (!doc_tok_mark(d, p, '-') && !(place == 0 && paren))
		return 0;
	if (!paren && upper && place && !comma && i < t1 && doc_tok_mark(d, &d->toks.v[i], '('))
		return wire_after_dash(d, i, t1);
	if (i >= t1)
		return doc_tok_mark(d, p, '-') && upper && place ? t1 : 0; /* a line of its own */
	if (!(d->toks.v[i].flags & TF_CAP) && !(d->toks.v[i].kind == TOK_PUNCT && (d->toks.v[i].flags & TF_QUOTE)))
		return 0;
	return i;
}

/* The line under a byline that names the writer's outlet or job ("Knox
 * County Courier", "Correspondent", "Staff Writer"): a few capitalised
 * words, with no sentence end, that are no dateline and no place. */
static int outlet_line(const crd_doc *d, const zunit *x)
{
	if (!(x->flags & U_LINE) || !(x->flags & U_HEADLINE) || x->words == 0 || x->words > 5)
		return 0;
	for (uint32_t i = x->tok0; i < x->tok1; i++) {
		const tok *t = &d->toks.v[i];
		if (t->kind == TOK_NUM ||
		    (t->kind == TOK_WORD && !(t->flags & TF_CAP) && !doc_tok_is(d, t, "of") &&
		     !doc_tok_is(d, t, "the") && !doc_tok_is(d, t, "and")))
			return 0;
		if (t->kind == TOK_PUNCT && !doc_tok_mark(d, t, '-') && !doc_tok_mark(d, t, ',') &&
		    !doc_tok_mark(d, t, '.'))
			return 0;
	}
	uint32_t f = first_content(d, x->tok0, x->tok1);
	return !dateline_end(d, x->tok0, x->tok1) && !known_place(d, f, x->tok1);
}

/* Start of the line that token t opens. The walk is over the folded view,
 * where every kind of line break (LF, CR, CR LF, U+2028, U+2029, U+0085) is
 * one '\n': looking for '\n' in the input would run past a lone CR into the
 * previous line, and zones would overlap. */
static uint32_t line_start(const crd_doc *d, const tok *t)
{
	uint32_t f = t->fs;
	while (f > 0 && d->view.fold[f - 1] != '\n')
		f--;
	return d->view.map[f];
}

/* Whether an editor's note or a correction notice opens the sentence at
 * token i (after an opening bracket): then it becomes a unit of its own. */
static int note_opens(zctx *z, uint32_t i, size_t *cursor)
{
	crd_doc *d = z->d;
	uint32_t f = i;
	while (f < d->toks.n && f < i + 2 && d->toks.v[f].kind == TOK_PUNCT &&
	       (doc_tok_mark(d, &d->toks.v[f], '(') || doc_tok_mark(d, &d->toks.v[f], '[') ||
	        doc_tok_mark(d, &d->toks.v[f], '-')))
		f++;
	while (*cursor < d->matches.n && d->matches.v[*cursor].tok0 < f)
		(*cursor)++;
	for (size_t j = *cursor; j < d->matches.n && d->matches.v[j].tok0 == f; j++) {
		const lex_match *m = &d->matches.v[j];
		zcue c;
		if (!read_cue(z, m, &c) || c.zone != ZONE_EDITOR_NOTE)
			continue;
		if (c.free_shape)
			return 1; /* "Editor's note", "This story has been corrected" */
		if (m->tok1 < d->toks.n &&
		    (doc_tok_mark(d, &d->toks.v[m->tok1], ':') || doc_tok_mark(d, &d->toks.v[m->tok1], '(')))
			return 1;
	}
	return 0;
}

/* The last sentence of the document, when it is a credit line such as "ABC
 * News' Jane Doe contributed to this report.": the token it starts at, or 0. */
static uint32_t credit_sentence(zctx *z)
{
	crd_doc *d = z->d;
	if (d->sents.n < 2)
		return 0;
	const seg_sentence *s = &d->sents.v[d->sents.n - 1];
	if (count_words(d, s->tok0, s->tok1) > 40)
		return 0;
	size_t j = d->matches.n;
	while (j > 0 && d->matches.v[j - 1].tok0 >= s->tok0)
		j--;
	for (; j < d->matches.n; j++) {
		zcue c;
		if (d->matches.v[j].tok1 <= s->tok1 && read_cue(z, &d->matches.v[j], &c) &&
		    c.zone == ZONE_BYLINE && c.any)
			return s->tok0;
	}
	return 0;
}

/* Whether the page's disclaimer of views opens the sentence at token i near
 * the end of a flattened paragraph ("... on camera.  The views expressed in
 * this article are solely those of their author ..."): a unit of its own. */
static int views_open(zctx *z, uint32_t i, size_t *cursor)
{
	crd_doc *d = z->d;
	if (z->lex_disc < 0 || (uint64_t)d->toks.v[i].s * 10 < (uint64_t)d->len * 7)
		return 0;
	while (*cursor < d->matches.n && d->matches.v[*cursor].tok0 < i)
		(*cursor)++;
	for (size_t j = *cursor; j < d->matches.n && d->matches.v[j].tok0 == i; j++) {
		const lex_match *m = &d->matches.v[j];
		const char *kind = lex_phrase_attr(z->ls, m->phrase, "kind");
		if (m->lexicon == (uint16_t)z->lex_disc && kind && strcmp(kind, "views") == 0)
			return 1;
	}
	return 0;
}

/* Whether a wire's credit or contact line opens the sentence at token i in
 * the last 60% of a flattened paragraph ("... last year. --With assistance
 * from Jane Doe. To contact the reporter on this story: ..."): a dash=1
 * byline cue after the dash that opens the sentence, or a biography's cue
 * that opens it. The sentence becomes a unit of its own, which the cue
 * classifies. */
static int credit_opens(zctx *z, uint32_t i, size_t *cursor)
{
	crd_doc *d = z->d;
	if ((uint64_t)d->toks.v[i].s * 10 < (uint64_t)d->len * 4)
		return 0;
	uint32_t f = i;
	while (f < d->toks.n && f < i + 2 && doc_tok_mark(d, &d->toks.v[f], '-'))
		f++;
	while (*cursor < d->matches.n && d->matches.v[*cursor].tok0 < f)
		(*cursor)++;
	for (size_t j = *cursor; j < d->matches.n && d->matches.v[j].tok0 == f; j++) {
		zcue c;
		if (!read_cue(z, &d->matches.v[j], &c))
			continue;
		if ((c.zone == ZONE_BYLINE && c.dash && f > i) ||
		    (c.zone == ZONE_AUTHOR_BIO && c.free_shape && !c.any))
			return 1;
	}
	return 0;
}

/* Whether a prompt to the reader opens the last sentence of a paragraph in
 * the second half at token i ("Maps are at the county's site. Sign up for
 * our breaking news alerts."): a cue of the share zone that needs no label
 * shape. The sentence becomes a unit of its own, which the cue classifies. */
static int prompt_opens(zctx *z, uint32_t i, size_t *cursor)
{
	crd_doc *d = z->d;
	const tok *t = &d->toks.v[i];
	if (!(t->flags & TF_SENT) || (uint64_t)t->s * 2 < (uint64_t)d->len || t->sent >= d->sents.n)
		return 0;
	const seg_sentence *s = &d->sents.v[t->sent];
	if (s->tok1 < d->toks.n && !(d->toks.v[s->tok1].flags & (TF_NEWLINE | TF_PARA)))
		return 0;
	while (*cursor < d->matches.n && d->matches.v[*cursor].tok0 < i)
		(*cursor)++;
	for (size_t j = *cursor; j < d->matches.n && d->matches.v[j].tok0 == i; j++) {
		zcue c;
		if (read_cue(z, &d->matches.v[j], &c) && c.zone == ZONE_SHARE && c.free_shape)
			return 1;
	}
	return 0;
}

/* Where an editor's note that opens at token i ends when the report goes on
 * in the same paragraph: after its closing bracket ("(EDITOR'S NOTE: ...)
 * A video of ..."), or, for a long unbracketed paragraph, after its first
 * sentence. 0 when the note runs to the end of its paragraph. */
static uint32_t end_of_note(const crd_doc *d, uint32_t i)
{
	size_t nt = d->toks.n;
	uint32_t k = i, words = 0;
	char open = 0;
	if (doc_tok_mark(d, &d->toks.v[i], '(') || doc_tok_mark(d, &d->toks.v[i], '['))
		open = tchar(d, &d->toks.v[i]);
	for (k = i + 1; k < nt && k < i + 400; k++) {
		const tok *t = &d->toks.v[k];
		if ((t->flags & TF_PARA) || ((t->flags & TF_NEWLINE) && (t->flags & TF_SENT)))
			return 0;
		if (open && doc_tok_mark(d, t, open == '(' ? ')' : ']'))
			return k + 1 < nt && !(d->toks.v[k + 1].flags & (TF_PARA | TF_NEWLINE)) ? k + 1 : 0;
		words += is_word(t);
		if (!open && words > 120)
			break;
	}
	if (open || k >= nt || k >= i + 400)
		return 0;
	/* A long paragraph: the note is its first sentence. */
	uint32_t s = d->toks.v[i].sent;
	return s + 1 < d->sents.n ? d->sents.v[s + 1].tok0 : 0;
}

/* ---- a related-link headline run into the report ------------------------
 *
 * Where a page's line breaks were flattened, "RELATED: Ames, Brill court
 * farm voters for very different reasons Hale continued her county tour
 * ..." is one sentence: the headline has no full stop of its own. The
 * headline ends where a sentence visibly starts: a gap of two spaces, a
 * closing bracket round the label, an opening double quotation mark before a
 * capital ('... nationalism "Four times, ..."'), or a capitalised word that
 * opens sentences ("... 3 firefighters hurt The blaze"). Failing those, the
 * first capitalised phrase after a lower-case word that is no preposition,
 * article or conjunction, where the phrase goes on as a subject ("...
 * arson suspect Detectives have", "... arsons Ames's campaign
 * manager"): headlines keep their names after verbs and prepositions. */

#define HEADLINE_MAX_WORDS 24

/* Words a name in a headline follows ("warns farmers against tariffs"). */
static const char *const name_before[] = {
	"of",     "in",      "on", "at",   "to",   "for",  "from", "by",   "with",  "against",
	"about",  "and",     "or", "the",  "a",    "an",   "vs",   "over", "into",  "after",
	"before", "between", "as", "than", "amid", "near", "via",  "like", "under",
};

/* An opening double quotation mark before a capital, after a word. */
static int opening_quote(const crd_doc *d, uint32_t k)
{
	const tok *t = &d->toks.v[k];
	if (!(t->flags & TF_QUOTE) || tchar(d, t) != '"' || !(t->flags & TF_SPACE) || k + 1 >= d->toks.n)
		return 0;
	const tok *n = &d->toks.v[k + 1];
	return !(n->flags & TF_SPACE) && (n->flags & TF_CAP) && is_word(n);
}

/* Whether token p, before a capital, ends a headline's words: a lower-case
 * word, a number, or a closing quotation mark. */
static int headline_word(const crd_doc *d, const tok *p)
{
	if (p->kind == TOK_NUM)
		return 1;
	if (p->kind == TOK_WORD)
		return !(p->flags & TF_CAP);
	return (p->flags & TF_QUOTE) != 0;
}

/* Whether the word before token k is a verb that takes k as its object:
 * after "not", "to" or a negated auxiliary ("did not address Tuesday's
 * shooting", "don't back Delgado"). */
static int object_of_verb(const crd_doc *d, uint32_t k)
{
	if (k < 2)
		return 0;
	const tok *v = &d->toks.v[k - 2];
	uint32_t n = v->fe - v->fs;
	const char *f = d->view.fold + v->fs;
	return doc_tok_is(d, v, "not") || doc_tok_is(d, v, "never") || doc_tok_is(d, v, "to") ||
	       (v->kind == TOK_WORD && n >= 4 && memcmp(f + n - 3, "n't", 3) == 0);
}

/* The token after the headline that follows the label ending at token h
 * (the colon), in sentence s that the label opens. Returns s's end when the
 * headline is the whole sentence, 0 when its end cannot be told. */
static uint32_t headline_end(const crd_doc *d, uint32_t h, const seg_sentence *s, int bracket)
{
	uint32_t weak = 0, words = 0;
	for (uint32_t k = h + 1; k < s->tok1; k++) {
		const tok *t = &d->toks.v[k], *p = &d->toks.v[k - 1];
		if (t->flags & (TF_NEWLINE | TF_PARA))
			return 0;
		if (bracket) {
			if (doc_tok_mark(d, t, bracket == '[' ? ']' : ')'))
				return k + 1 < s->tok1 ? k + 1 : s->tok1;
			if (words > HEADLINE_MAX_WORDS)
				return 0;
			words += is_word(t);
			continue;
		}
		if (words >= 2 && t->s - p->e >= 2)
			return k;
		if (words >= 2 && opening_quote(d, k) && is_word(p))
			return k;
		if (words >= 2 && is_word(t) && (t->flags & TF_CAP) && headline_word(d, p)) {
			if (seg_is_clause_opener(d->view.fold + t->fs, t->fe - t->fs))
				return k;
			if (!weak && words >= 3 && !object_of_verb(d, k) &&
			    !(p->kind == TOK_WORD && DOC_TOK_IN(d, k - 1, name_before))) {
				uint32_t r = k;
				while (r < s->tok1 && is_word(&d->toks.v[r]) && (d->toks.v[r].flags & TF_CAP))
					r++;
				const tok *a = r < s->tok1 ? &d->toks.v[r] : NULL;
				if (a && ((a->kind == TOK_WORD && !(a->flags & TF_CAP)) ||
				          doc_tok_mark(d, a, ',') || doc_tok_is(d, a, "'s")))
					weak = k;
			}
		}
		if (is_word(t) && ++words > HEADLINE_MAX_WORDS)
			return weak;
	}
	/* The sentence ended first. A headline has no full stop, so one there
	 * means a sentence of report ran on from it: it ends at the weak
	 * candidate, or where cannot be told. "?", "!" or no mark at all end a
	 * headline that is the whole sentence. */
	return doc_tok_mark(d, &d->toks.v[s->tok1 - 1], '.') ? weak : s->tok1;
}

/* Marks the related-link labels that open a sentence of flattened text, and
 * the ends of their headlines, with TF_BREAK, and splits the sentences there.
 * Runs before the units are built, so that the headline is a unit of its own
 * and no detector reads a phrase across its end. */
static int split_related(zctx *z)
{
	crd_doc *d = z->d;
	size_t mi = 0, marked = 0;
	for (size_t si = 0; si < d->sents.n; si++) {
		const seg_sentence *s = &d->sents.v[si];
		uint32_t f = s->tok0;
		int bracket = 0;
		if (doc_tok_mark(d, &d->toks.v[f], '[') || doc_tok_mark(d, &d->toks.v[f], '('))
			bracket = tchar(d, &d->toks.v[f++]);
		while (mi < d->matches.n && d->matches.v[mi].tok0 < f)
			mi++;
		for (size_t j = mi; j < d->matches.n && d->matches.v[j].tok0 == f; j++) {
			const lex_match *m = &d->matches.v[j];
			zcue c;
			if (m->tok1 >= s->tok1 || !doc_tok_mark(d, &d->toks.v[m->tok1], ':') ||
			    !read_cue(z, m, &c) || c.zone != ZONE_RELATED_LINK || c.line)
				continue;
			uint32_t e = headline_end(d, m->tok1, s, bracket);
			if (e == 0)
				break;
			/* the headline's unit opens at the label and closes at e */
			d->toks.v[s->tok0].flags |= TF_BREAK;
			if (e < d->toks.n)
				d->toks.v[e].flags |= TF_BREAK;
			marked += e < s->tok1;
			break;
		}
	}
	return marked ? seg_split(d) : 0;
}

/* Whether token i opens a line that is a byline in lower case ("by Jane
 * Doe" under a headline): the segmenter reads a line that opens in lower
 * case as the previous line's sentence going on. */
static int lower_byline(const crd_doc *d, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	if (!(t->flags & TF_NEWLINE) || (t->flags & TF_CAP) || !doc_tok_is(d, t, "by"))
		return 0;
	uint32_t e = i + 1;
	while (e < d->toks.n && e < i + 24 && !(d->toks.v[e].flags & TF_NEWLINE))
		e++;
	return (e == d->toks.n || (d->toks.v[e].flags & TF_NEWLINE)) && byline_shape(d, i, e);
}

static int build_units(zctx *z, zunit **out, size_t *nout)
{
	crd_doc *d = z->d;
	size_t nt = d->toks.n;
	size_t words = sizeof(zunit) / sizeof(uint32_t);
	d->scratch.n = 0;
	if (vec_reserve((void **)&d->scratch.v, &d->scratch.cap, (nt + 2) * words, sizeof(uint32_t)) != 0)
		return -1;
	zunit *u = (zunit *)(void *)d->scratch.v;
	size_t n = 0, cursor = 0;
	uint32_t credit = credit_sentence(z), note_end = 0;
	size_t dcursor = 0, pcursor = 0, ccursor = 0;
	for (uint32_t i = 0; i < nt; i++) {
		const tok *t = &d->toks.v[i];
		int open = i == 0 || (t->flags & (TF_PARA | TF_BREAK)) ||
		           ((t->flags & TF_NEWLINE) && (t->flags & TF_SENT));
		if (!open && (t->flags & TF_SENT))
			open = (credit && i == credit) || note_opens(z, i, &cursor) ||
			       credit_opens(z, i, &ccursor);
		/* A gap of two spaces or more is a flattened line break, even
		 * after a link without a full stop. */
		if (!open && ((t->flags & TF_SENT) || (i > 0 && t->s - d->toks.v[i - 1].e >= 2)))
			open = views_open(z, i, &dcursor);
		if (!open)
			open = prompt_opens(z, i, &pcursor);
		if (!open && i == note_end)
			open = 1;
		if (!open && lower_byline(d, i))
			open = 1;
		if (!open)
			continue;
		if ((t->flags & TF_SENT) && i >= note_end && note_opens(z, i, &cursor))
			note_end = end_of_note(d, i);
		if (n > 0)
			u[n - 1].tok1 = i;
		zunit *x = &u[n++];
		memset(x, 0, sizeof *x);
		x->tok0 = i;
		x->kind = ZONE_BODY;
		if (i == 0) {
			x->s = 0;
		} else if (t->flags & TF_NEWLINE) {
			x->s = line_start(d, t);
			x->flags |= U_LINE;
			u[n - 2].flags |= U_ENDS_LINE;
		} else {
			x->s = t->s;
		}
	}
	if (n > 0)
		u[n - 1].tok1 = (uint32_t)nt;
	for (size_t k = 0; k < n; k++) {
		u[k].words = count_words(d, u[k].tok0, u[k].tok1);
		if (!ends_like_sentence(d, u[k].tok0, u[k].tok1))
			u[k].flags |= U_HEADLINE;
		for (uint32_t i = u[k].tok0; i < u[k].tok1; i++)
			u[k].figures += d->toks.v[i].kind == TOK_NUM;
		for (uint32_t i = u[k].tok0; i < u[k].tok1; i++)
			if (d->toks.v[i].flags & TF_QUOTE) {
				u[k].flags |= U_QUOTE;
				break;
			}
	}
	if (n > 0)
		u[0].flags |= U_LINE;
	*out = u;
	*nout = n;
	return 0;
}

/* Whether unit x lies outside the article a web page marks (its <article>
 * or <main>): the site's header, sidebars and footer. */
static int outside_main(const crd_doc *d, const zunit *x)
{
	const html_text *h = d->page;
	return h && h->main_e > h->main_s && (x->s < h->main_s || x->s >= h->main_e);
}

/* The units whose text a page's markup names as a caption, a byline or
 * related links (<figcaption>, class="byline", <aside class="related">)
 * take that zone, when nothing else was found in them. */
/* The longest text, in bytes, an element named a byline holds and still
 * is one. */
#define BYLINE_ROLE_MAX 300

static void page_roles(const crd_doc *d, zunit *u, size_t n)
{
	static const int zone_of_role[] = { [HTML_ROLE_CAPTION] = ZONE_PAGE,
		                            [HTML_ROLE_BYLINE] = ZONE_BYLINE,
		                            [HTML_ROLE_RELATED] = ZONE_RELATED_LINK,
		                            [HTML_ROLE_HEADING] = ZONE_BODY };
	const html_text *h = d->page;
	if (!h || h->nroles == 0)
		return;
	size_t r = 0;
	for (size_t k = 0; k < n && r < h->nroles; k++) {
		if (u[k].kind != ZONE_BODY && u[k].kind != ZONE_PAGE)
			continue;
		uint32_t s = d->toks.v[u[k].tok0].s;
		while (r < h->nroles && h->roles[r].e <= s)
			r++;
		/* a byline is a line: a long element a class calls one holds more */
		if (r < h->nroles && h->roles[r].s <= s && h->roles[r].kind != HTML_ROLE_HEADING &&
		    !(h->roles[r].kind == HTML_ROLE_BYLINE &&
		      h->roles[r].e - h->roles[r].s > BYLINE_ROLE_MAX))
			u[k].kind = (uint32_t)zone_of_role[h->roles[r].kind];
	}
}

/* Whether unit x opens with a dateline over the report: a line of a
 * dateline alone ("WASHINGTON -"), or one before a sentence. Before words
 * with no full stop at their end the capitals and the dash are a kicker over
 * a headline ("SHOCK - Senator Quits Over Donor Probe"). */
static int dateline_opens_report(const crd_doc *d, const zunit *x)
{
	uint32_t e = dateline_end(d, x->tok0, x->tok1);
	return e != 0 && (e >= x->tok1 || !(x->flags & U_HEADLINE));
}

static int job_under_byline(const zctx *z, const zunit *x);

/* The last unit of a line of two to thirty words that opens at unit g and
 * stands right over a byline, or SIZE_MAX: a headline, whatever marks end
 * its sentences, as opinion pages write them ("We shouldn't fear AI in the
 * classroom. We should fear ignoring it." over "By Priya Raman"). */
static size_t line_over_byline(const zunit *u, size_t n, size_t g)
{
	if (g >= n || u[g].kind != ZONE_BODY || !(u[g].flags & U_LINE))
		return SIZE_MAX;
	size_t h = g;
	uint32_t words = u[g].words;
	while (!(u[h].flags & U_ENDS_LINE) && h + 1 < n && h < g + 2) {
		h++;
		if (u[h].kind != ZONE_BODY)
			return SIZE_MAX;
		words += u[h].words;
	}
	if (!(u[h].flags & U_ENDS_LINE) || words < 2 || words > 30)
		return SIZE_MAX;
	size_t b = h + 1;
	while (b < n && u[b].kind == KIND_INHERIT)
		b++;
	return b < n && u[b].kind == ZONE_BYLINE ? h : SIZE_MAX;
}

/* A section's label on a line of its own above a plain text's headline:
 * "NBA" over "Reed scores 31 as Falcons hold off Comets", "OBITUARY" over
 * "Evelyn Marie Castellano (1938-2025)", "INVESTIGATIONS", "POLITICS |
 * FACT CHECK" or "Business" over a headline. A label of one capitalised
 * word, or of two to four words in capitals, with no mark at its end; then
 * a line of four to sixteen words (more than the label's) that reads as a
 * headline, with more text under it: that line is the headline (returned),
 * the label the page's. Otherwise f. A short headline over its deck
 * ("Senator Quits" over "Smith cites his health in a surprise move") is no
 * label: words in title case are a label only alone. */
static size_t headline_under_label(const crd_doc *d, zunit *u, size_t n, size_t f)
{
	if (f >= n || u[f].kind != ZONE_BODY)
		return f;
	const zunit *l = &u[f];
	const unsigned line = U_LINE | U_ENDS_LINE | U_HEADLINE;
	const tok *end = &d->toks.v[l->tok1 - 1];
	if ((l->flags & line) != line || l->words < 1 || l->words > 4 || doc_tok_mark(d, end, ':') ||
	    doc_tok_mark(d, end, ',') || doc_tok_mark(d, end, '?'))
		return f;
	for (uint32_t i = l->tok0; i < l->tok1; i++) {
		const tok *t = &d->toks.v[i];
		if (t->kind == TOK_WORD && !(t->flags & (l->words == 1 ? TF_CAP : TF_UPPER)))
			return f;
	}
	size_t g = f + 1;
	while (g < n && u[g].kind == KIND_INHERIT)
		g++;
	if (g + 1 >= n)
		return f;
	const zunit *x = &u[g];
	if (x->kind != ZONE_BODY || (x->flags & (U_LINE | U_ENDS_LINE)) != (U_LINE | U_ENDS_LINE) ||
	    x->words < 4 || x->words <= l->words || x->words > 16 ||
	    !((x->flags & U_HEADLINE) || title_cased(d, x->tok0, x->tok1)) ||
	    doc_tok_mark(d, &d->toks.v[x->tok1 - 1], ':') || doc_tok_mark(d, &d->toks.v[x->tok1 - 1], ',') ||
	    dateline_opens_report(d, x)) {
		/* a headline of full sentences over the byline: "OPINION" over
		 * "We shouldn't fear AI. We should fear ignoring it." over "By ..." */
		size_t h = line_over_byline(u, n, g);
		if (h == SIZE_MAX || dateline_opens_report(d, x))
			return f;
		for (size_t k = g; k <= h; k++)
			u[k].kind = ZONE_TITLE;
	}
	u[f].kind = ZONE_PAGE;
	return g;
}

static void classify(zctx *z, zunit *u, size_t n)
{
	crd_doc *d = z->d;
	uint32_t len = (uint32_t)d->len;
	uint32_t author = UINT32_MAX;
	size_t byline = SIZE_MAX, prev = SIZE_MAX; /* the last "By" line, the last unit with words */
	for (size_t k = 0; k < n; k++) {
		zunit *x = &u[k];
		if (x->words == 0) {
			x->kind = KIND_INHERIT;
			continue;
		}
		if (k > 0 && u[k - 1].kind != KIND_INHERIT)
			prev = k - 1;
		int tail = (uint64_t)x->s * 10 >= (uint64_t)len * 4; /* in the last 60% */
		int last = k + 3 >= n;
		size_t mi = z->mi;
		zcue c;
		if (unit_cue(z, x, &c)) {
			int ok = 1;
			/* Comments, credits and biographies close a page; the same
			 * words inside the report are reporting. */
			if ((c.zone == ZONE_COMMENT_POLICY || c.zone == ZONE_AUTHOR_BIO) && !tail)
				ok = 0;
			if (c.zone == ZONE_BYLINE && c.any && !last && !tail)
				ok = 0;
			if (ok) {
				x->kind = (uint32_t)c.zone;
				if (c.tail)
					x->flags |= U_TAIL;
				if (c.zone == ZONE_PAGE)
					x->flags |= U_OWN;
				continue;
			}
		}
		if (x->words <= 60 && ((tail && views_disclaimer(z, x, mi)) || affiliate_note(z, x, mi))) {
			x->kind = ZONE_EDITOR_NOTE;
		} else if ((x->flags & U_LINE) && x->words <= 60 && update_shape(d, x->tok0, x->tok1) &&
		           !update_reports(z, x)) {
			x->kind = ZONE_EDITOR_NOTE;
		} else if ((x->flags & U_LINE) && x->words <= 16 && copyright_sign(d, x->tok0, x->tok1)) {
			x->kind = ZONE_PAGE;
			x->flags |= U_OWN;
		} else if ((x->flags & U_LINE) && byline_shape(d, x->tok0, x->tok1)) {
			x->kind = ZONE_BYLINE;
			if (author == UINT32_MAX)
				author = byline_surname(d, x->tok0, x->tok1);
			byline = k;
		} else if ((x->flags & U_LINE) && (posted_shape(d, x->tok0, x->tok1) ||
		                                   (!tail && (names_bar_shape(d, x->tok0, x->tok1) ||
		                                              fields_byline(d, x->tok0, x->tok1))))) {
			x->kind = ZONE_BYLINE;
			if (author == UINT32_MAX)
				author = posted_author(d, x->tok0, x->tok1);
		} else if (byline != SIZE_MAX && prev == byline &&
		           (outlet_line(d, x) || job_under_byline(z, x))) {
			x->kind = ZONE_BYLINE; /* "By Jane Doe" over "Knox County Courier" */
		} else if ((x->flags & U_LINE) && tail && caret_note(d, x)) {
			x->kind = ZONE_PAGE;
		} else if ((x->flags & U_LINE) && read_time_line(d, x->tok0, x->tok1)) {
			x->kind = ZONE_PAGE;
		} else if ((x->flags & U_LINE) && (x->flags & U_ENDS_LINE || k + 1 == n) &&
		           link_row(d, x->tok0, x->tok1)) {
			x->kind = ZONE_PAGE;
			x->flags |= U_OWN;
		} else if ((x->flags & U_LINE) && (x->flags & U_ENDS_LINE || k + 1 == n) &&
		           counter_line(d, x->tok0, x->tok1)) {
			x->kind = ZONE_PAGE;
		} else if ((x->flags & U_LINE) && (x->flags & U_ENDS_LINE) &&
		           breadcrumb(d, x->tok0, x->tok1)) {
			x->kind = ZONE_PAGE;
		} else if ((x->flags & U_LINE) && (x->flags & U_ENDS_LINE) && prev != SIZE_MAX &&
		           u[prev].kind == ZONE_BODY && (u[prev].flags & U_ENDS_LINE) &&
		           !(u[prev].flags & U_HEADLINE) && !(d->toks.v[u[prev].tok1 - 1].flags & TF_QUOTE) &&
		           letter_signature(d, x->tok0, x->tok1) &&
		           !(k + 1 < n && u[k + 1].words > 0 &&
		             letter_signature(d, u[k + 1].tok0, u[k + 1].tok1))) {
			/* a letter over its writer's name and town; not the first of a
			 * list of names and roles ("Sherman Bolt, former congressman
			 * from New York" over "Connie Marlowe, former ...") */
			x->kind = ZONE_BYLINE;
		} else if (k + 1 == n &&
		           (signoff_shape(d, x->tok0, x->tok1) ||
		            ((x->flags & U_LINE) && initials_shape(d, x->tok0, x->tok1))) &&
		           !(doc_tok_mark(d, &d->toks.v[x->tok0], '-') && prev != SIZE_MAX &&
		             doc_tok_mark(d, &d->toks.v[u[prev].tok0], '-'))) {
			/* not the last item of a list whose lines open with a dash:
			 * "- Vaccination" over "- NHS" */
			x->kind = ZONE_BYLINE;
		}
	}
	z->author = author;
	/* The title: a first line that is the document's title, or reads as a
	 * headline (short, and with no full stop or in title case, which
	 * clickbait ends with "!" and some archives with a full stop) with
	 * more text under it. */
	size_t f = 0;
	while (f < n && (u[f].kind == KIND_INHERIT || outside_main(d, &u[f]) ||
	                 (u[f].kind == ZONE_PAGE && breadcrumb(d, u[f].tok0, u[f].tok1))))
		f++; /* and over a trail of sections: "Home > Tech > Reviews" */
	size_t g = headline_under_masthead(d, u, n, f);
	if (g == f)
		g = headline_in_heading(d, u, n, f);
	if (g == f && !d->page && !d->title)
		g = headline_under_label(d, u, n, f);
	f = g;
	if (f < n && u[f].kind == ZONE_BODY && (u[f].flags & U_ENDS_LINE) && f + 1 < n &&
	    !dateline_opens_report(d, &u[f])) {
		const zunit *x = &u[f];
		uint32_t s = d->toks.v[x->tok0].s, e = d->toks.v[x->tok1 - 1].e;
		if ((d->title && x->words <= 40 && same_title(d->text + s, e - s, d->title)) ||
		    (x->words >= 2 && x->words <= 40 && opens_heading(d, x)) ||
		    (((x->flags & U_HEADLINE) || title_cased(d, x->tok0, x->tok1)) && x->words >= 2 &&
		     (x->words <= 16 || long_headline(d, x, e - s)) &&
		     !doc_tok_mark(d, &d->toks.v[x->tok1 - 1], ':') &&
		     !doc_tok_mark(d, &d->toks.v[x->tok1 - 1], ',')))
			u[f].kind = ZONE_TITLE;
	}
	if (f < n && u[f].kind == ZONE_BODY && !dateline_opens_report(d, &u[f])) {
		size_t h = line_over_byline(u, n, f);
		for (size_t k = f; h != SIZE_MAX && k <= h; k++)
			u[k].kind = ZONE_TITLE;
	}
	/* Around a page's article, what is not furniture of a known kind is
	 * the page's own. */
	for (size_t k = 0; k < n; k++)
		if (u[k].kind == ZONE_BODY && outside_main(d, &u[k]))
			u[k].kind = ZONE_PAGE;
	page_roles(d, u, n);
}

/* A line of a list of notes or references: it opens with a caret, a
 * number and a full stop or bracket, or a number in square brackets ("^
 * Doe, Jane (1999). A History. p. 4.", "1. Doe, Jane ...", "[2] Roe ..."). */
static int citation_line(const crd_doc *d, const zunit *x)
{
	const tok *t = &d->toks.v[x->tok0];
	if (!(x->flags & U_LINE) || x->words > 80 || x->tok0 + 2 >= x->tok1)
		return 0;
	if (caret_note(d, x))
		return 1;
	if (t->kind == TOK_NUM)
		return doc_tok_mark(d, t + 1, '.') || doc_tok_mark(d, t + 1, ')');
	return doc_tok_mark(d, t, '[') && t[1].kind == TOK_NUM && doc_tok_mark(d, t + 2, ']');
}

static void propagate(crd_doc *d, zunit *u, size_t n)
{
	uint32_t len = (uint32_t)d->len;
	for (size_t k = 0; k < n; k++) {
		zunit *x = &u[k];
		if (!(x->flags & (U_ALONE | U_HEADING)))
			continue;
		/* "Related:", "Read more:", "More from the Herald:" over the
		 * headlines listed under it. */
		if (x->kind == ZONE_RELATED_LINK) {
			size_t j = k + 1;
			for (; j < n && j < k + 13; j++) {
				zunit *y = &u[j];
				if (y->kind == KIND_INHERIT || y->kind == ZONE_RELATED_LINK)
					continue; /* an item that is a link on its own: "- Photos: ..." */
				if (y->kind != ZONE_BODY || !(y->flags & U_HEADLINE) || y->words > 20 ||
				    !(y->flags & U_LINE))
					break;
				y->kind = ZONE_RELATED_LINK;
			}
			/* A headline line just above a bare "Read more". */
			if ((x->flags & U_ALONE) && x->words <= 3 && k > 0) {
				zunit *p = &u[k - 1];
				if (p->kind == ZONE_BODY && (p->flags & U_HEADLINE) && (p->flags & U_LINE) &&
				    (p->flags & U_ENDS_LINE) && p->words <= 25)
					p->kind = ZONE_RELATED_LINK;
			}
		}
		/* A heading of the page's own near the end over the lines under
		 * it that are no sentences: "For further information, please
		 * contact:" over a name, a job and an address; "Tags:" over
		 * the tags; and so a heading of the writers' contacts ("To
		 * contact the reporter on this story:") over their addresses. */
		if (((x->kind == ZONE_PAGE && (x->flags & U_ALONE)) || x->kind == ZONE_AUTHOR_BIO) &&
		    (uint64_t)x->s * 2 >= len && doc_tok_mark(d, &d->toks.v[x->tok1 - 1], ':')) {
			for (size_t j = k + 1, m = 0; j < n && m < 4; j++) {
				if (u[j].kind == KIND_INHERIT)
					continue;
				if (u[j].kind != ZONE_BODY || !(u[j].flags & U_LINE) ||
				    !(u[j].flags & U_HEADLINE) || u[j].words > 25)
					break;
				u[j].kind = x->kind;
				m++;
			}
		} else if (x->kind == ZONE_PAGE && (x->flags & U_ALONE) && (x->flags & U_LINE) &&
		           (x->flags & U_ENDS_LINE)) {
			/* A heading of its own line with no colon over a list that
			 * closes the page: "Explore more on these topics" over tags
			 * of a few words each, "References" over the citations. The
			 * list runs to the end or to other furniture; report after it
			 * makes the heading a heading of the report's. */
			size_t j = k + 1;
			for (; j < n; j++)
				if (u[j].kind != KIND_INHERIT &&
				    (u[j].kind != ZONE_BODY || !(u[j].flags & U_LINE) ||
				     !((u[j].flags & U_HEADLINE && u[j].words <= 5) ||
				       citation_line(d, &u[j]))))
					break;
			if (j == n || u[j].kind != ZONE_BODY)
				for (size_t i = k + 1; i < j; i++)
					if (u[i].kind == ZONE_BODY)
						u[i].kind = ZONE_PAGE;
		}
		/* An advert's label over the advert's own line: "ADVERTISEMENT"
		 * over "Seniors Are Ditching Their Hearing Aids For This $19
		 * Gadget", a headline in title case with no full stop. */
		if (x->kind == ZONE_ADVERT && (x->flags & U_ALONE) && k + 1 < n) {
			zunit *y = &u[k + 1];
			if (y->kind == ZONE_BODY && (y->flags & U_LINE) && (y->flags & U_ENDS_LINE) &&
			    (y->flags & U_HEADLINE) && y->words >= 3 && y->words <= 20 &&
			    title_cased(d, y->tok0, y->tok1))
				y->kind = ZONE_ADVERT;
		}
		/* A "CORRECTION:" heading near the end over the notice under it. */
		if (x->kind == ZONE_EDITOR_NOTE && (x->flags & U_ALONE) && (uint64_t)x->s * 2 >= len) {
			for (size_t j = k + 1, m = 0; j < n && m < 3; j++) {
				if (u[j].kind == KIND_INHERIT)
					continue;
				if (u[j].kind != ZONE_BODY || u[j].words > 100)
					break;
				u[j].kind = ZONE_EDITOR_NOTE;
				m++;
			}
		} else if (x->kind == ZONE_EDITOR_NOTE && (x->flags & U_ALONE) && x->tok1 > x->tok0 &&
		           doc_tok_mark(d, &d->toks.v[x->tok1 - 1], ':')) {
			/* An "Editor's note:" heading over the report: the
			 * paragraph under it is the note ("Editor's Note:\nThis is
			 * an editorial of the paper."), and the report follows. */
			size_t j = k + 1;
			while (j < n && u[j].kind == KIND_INHERIT)
				j++;
			if (j < n && u[j].kind == ZONE_BODY && u[j].words <= 80)
				u[j].kind = ZONE_EDITOR_NOTE;
		}
	}
	/* Comment guidelines that start in the second half run to the end,
	 * or to the page's footer ("(c) 2025 The Herald"). */
	for (size_t k = 0; k < n; k++) {
		if (u[k].kind == ZONE_COMMENT_POLICY && (u[k].flags & U_TAIL) && (uint64_t)u[k].s * 2 >= len) {
			for (size_t j = k + 1; j < n && !(u[j].flags & U_OWN); j++)
				u[j].kind = ZONE_COMMENT_POLICY;
			break;
		}
	}
}

/* Whether every quotation of unit [t0, t1) names a work, after "of", "book",
 * "novel", "memoir", "titled", "called" or "podcast" ("the author of \"The Night
 * Shift\"", "host of the podcast \"City Desk\""): a biography may name its
 * author's books, while a unit that quotes someone ("\"It was hard,\" she said")
 * is the report's. */
static int quotes_name_works(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	static const char *const before[] = {
		"of", "book", "novel", "memoir", "titled", "called", "podcast"
	};
	int open = 0;
	for (uint32_t i = t0; i < t1; i++) {
		const tok *t = &d->toks.v[i];
		if (!(t->flags & TF_QUOTE))
			continue;
		if (tchar(d, t) != '"')
			return 0;
		open = !open;
		if (open && !(i > t0 && DOC_TOK_IN(d, i - 1, before)))
			return 0;
	}
	return !open;
}

/* The author's biography closes the report: one of its last three units
 * before the furniture that ends the page (related links, share rows,
 * comments), so a list of headlines under "Jane Doe is a climate reporter
 * based in Miami." does not make it the report's. */
static void closing_bio(zctx *z, zunit *u, size_t n)
{
	crd_doc *d = z->d;
	uint32_t len = (uint32_t)d->len;
	size_t r = n, mi = 0;
	while (r > 0 && u[r - 1].kind != ZONE_BODY)
		r--;
	for (size_t k = r >= 3 ? r - 3 : 0; k < r; k++) {
		zunit *x = &u[k];
		if (x->kind != ZONE_BODY || x->words > 60 ||
		    ((x->flags & U_QUOTE) && !quotes_name_works(d, x->tok0, x->tok1)))
			continue;
		while (mi < d->matches.n && d->matches.v[mi].tok0 < x->tok0)
			mi++;
		int tail = (uint64_t)x->s * 10 >= (uint64_t)len * 4; /* in the last 60% */
		if (bio_shape(z, x->tok0, x->tok1, mi) || follow_shape(d, x->tok0, x->tok1) ||
		    contact_shape(d, x->tok0, x->tok1) ||
		    (tail && author_shape(d, x->tok0, x->tok1, z->author)))
			x->kind = ZONE_AUTHOR_BIO;
	}
}

/* Whether the word at token i is also a word of [b0, b1), folded. */
static int word_in_range(const crd_doc *d, uint32_t i, uint32_t b0, uint32_t b1)
{
	const tok *t = &d->toks.v[i];
	for (uint32_t k = b0; k < b1; k++) {
		const tok *b = &d->toks.v[k];
		if (b->kind == TOK_WORD && b->fe - b->fs == t->fe - t->fs &&
		    memcmp(d->view.fold + b->fs, d->view.fold + t->fs, t->fe - t->fs) == 0)
			return 1;
	}
	return 0;
}

/* The author's biography may also open the piece, under the byline and its
 * date ("By Priya Raman and Dan Osei" over "Priya Raman is an associate
 * professor of education at Westbrook University."): the first unit of the
 * report, when it opens with "NAME is/was" and both the given name and the
 * surname are in the byline, so "By Mary Johnson" over "Boyd Johnson is
 * facing ..." stays the report. */
static void opening_bio(zctx *z, zunit *u, size_t n)
{
	crd_doc *d = z->d;
	size_t b = 0;
	while (b < n && b < 8 && u[b].kind != ZONE_BYLINE)
		b++;
	if (b >= n || b >= 8)
		return;
	uint32_t b0 = u[b].tok0, b1 = u[b].tok1;
	for (size_t k = b + 1; k < n && k < b + 4; k++) {
		zunit *x = &u[k];
		if (x->words == 0 || x->kind == ZONE_BYLINE)
			continue;
		if (x->kind != ZONE_BODY || x->words > 60 ||
		    ((x->flags & U_QUOTE) && !quotes_name_works(d, x->tok0, x->tok1)))
			return;
		uint32_t i = opening_name_end(d, x->tok0, x->tok1);
		if (i >= x->tok1 || i < x->tok0 + 2 ||
		    !(doc_tok_is(d, &d->toks.v[i], "is") || doc_tok_is(d, &d->toks.v[i], "was")))
			return;
		if (word_in_range(d, i - 1, b0, b1) && word_in_range(d, i - 2, b0, b1))
			x->kind = ZONE_AUTHOR_BIO;
		return;
	}
}

/* The first token of a newsroom job (a role=1 phrase of zone_cues.txt)
 * that ends at token e, in [t0, e) ("Political editor", "Senior
 * reporter"), or e. */
static uint32_t job_ending_at(const zctx *z, uint32_t t0, uint32_t e)
{
	const crd_doc *d = z->d;
	for (size_t j = lex_first_match(d, t0); j < d->matches.n && d->matches.v[j].tok0 < e; j++) {
		const lex_match *m = &d->matches.v[j];
		if (m->tok1 == e && m->lexicon == (uint16_t)z->lex_roles &&
		    lex_phrase_attr(z->ls, m->phrase, "role"))
			return m->tok0;
	}
	return e;
}

/* The first token of a newsroom job that ends unit x, or x's end. */
static uint32_t job_at_end(const zctx *z, const zunit *x)
{
	return job_ending_at(z, x->tok0, x->tok1);
}

/* The line under a byline that gives the writer's job in words of any
 * case, perhaps with the outlet after a comma ("Local democracy reporter",
 * "Education correspondent, BBC News", "Health editor"): a few words with
 * no figure and no sentence end, the job ending them or the comma. */
static int job_under_byline(const zctx *z, const zunit *x)
{
	const crd_doc *d = z->d;
	if (!(x->flags & U_LINE) || !(x->flags & U_HEADLINE) || x->words == 0 || x->words > 6 ||
	    !(d->toks.v[x->tok0].flags & TF_CAP))
		return 0;
	uint32_t e = x->tok1;
	for (uint32_t i = x->tok0; i < x->tok1; i++) {
		const tok *t = &d->toks.v[i];
		if (t->kind == TOK_NUM || (t->kind != TOK_WORD && !doc_tok_mark(d, t, ',')))
			return 0;
		if (doc_tok_mark(d, t, ',') && e == x->tok1)
			e = i; /* the outlet after it: capitalised words */
		else if (e < x->tok1 && t->kind == TOK_WORD && !(t->flags & TF_CAP))
			return 0;
	}
	return e > x->tok0 && job_ending_at(z, x->tok0, e) < e;
}

/* A line of a newsroom job alone under a name ("Political reporter",
 * "Senior Political Correspondent"): up to four words, capitalised or a
 * job, and a job at the end. */
static int job_line(const zctx *z, const zunit *x)
{
	const crd_doc *d = z->d;
	if (!(x->flags & U_LINE) || !(x->flags & U_HEADLINE) || x->words == 0 || x->words > 4)
		return 0;
	uint32_t job = job_at_end(z, x);
	if (job >= x->tok1 || !(d->toks.v[x->tok0].flags & TF_CAP))
		return 0;
	for (uint32_t i = x->tok0; i < job; i++)
		if (d->toks.v[i].kind != TOK_WORD || !(d->toks.v[i].flags & TF_CAP))
			return 0;
	return 1;
}

/* A line of a name only: two to six capitalised words, initials and name
 * particles, perhaps a comma before a job ("Jane Q. Doe", "Jane Doe, Staff
 * Writer"), and no place. */
static int name_line(const zctx *z, const zunit *x)
{
	static const char *const particles[] = { "de", "da", "del", "der", "van", "von", "bin", "al" };
	const crd_doc *d = z->d;
	if (!(x->flags & U_LINE) || !(x->flags & U_ENDS_LINE) || x->words < 2 || x->words > 12)
		return 0;
	uint32_t f = first_content(d, x->tok0, x->tok1), job = job_at_end(z, x), joins = 0;
	for (uint32_t i = f; i < x->tok1; i++) {
		const tok *t = &d->toks.v[i];
		if (t->kind == TOK_WORD) {
			/* several writers joined: "Jane Doe, John Roe, and Ann Lee" */
			if (doc_tok_is(d, t, "and") && i > f && i + 1 < x->tok1 &&
			    (d->toks.v[i + 1].flags & TF_CAP)) {
				joins++;
				continue;
			}
			if (!(t->flags & TF_CAP) && !DOC_TOK_IN(d, i, particles) && i < job)
				return 0;
		} else if (!doc_tok_mark(d, t, ',') &&
		           !(doc_tok_mark(d, t, '.') &&
		             ((t->flags & TF_ABBREV) ||
		              (i > f && d->toks.v[i - 1].e - d->toks.v[i - 1].s == 1)))) {
			return 0; /* a comma, or the dot of an initial */
		}
	}
	if (x->words > 6 + 6 * (joins > 0))
		return 0; /* one name has at most six words */
	return !known_place(d, f, x->tok1) && !dateline_end(d, x->tok0, x->tok1);
}

/* The units around unit k past those that inherit a zone: *p one past the
 * unit before (0 when none), *q the unit after (n when none). */
static void neighbours(const zunit *u, size_t n, size_t k, size_t *p, size_t *q)
{
	*p = k;
	*q = k + 1;
	while (*p > 0 && u[*p - 1].kind == KIND_INHERIT)
		(*p)--;
	while (*q < n && u[*q].kind == KIND_INHERIT)
		(*q)++;
}

/* A name alone between the title and the byline's line of dates is the
 * byline's name ("Jane Doe" over "Published 3 May 2025 | 10:14", or over
 * "3 May 2025"): a writer's name that a page sets apart from its "By". A
 * capitalised line under a title with the report under it may be a
 * standfirst and stays. */
static void byline_names(const zctx *z, zunit *u, size_t n)
{
	const crd_doc *d = z->d;
	for (size_t k = 1; k < n && k < 8; k++) {
		zunit *x = &u[k];
		if (x->kind != ZONE_BODY || !name_line(z, x))
			continue;
		size_t p, q;
		neighbours(u, n, k, &p, &q);
		if (q >= n)
			continue;
		zunit *y = &u[q];
		/* a name over a job and a date, all lines of their own, is a
		 * byline below a standfirst too ("Jane Doe" over "Health
		 * correspondent" over "Tue 14 May 2024 06.00 BST") */
		size_t p2, q2;
		neighbours(u, n, q, &p2, &q2);
		if (y->kind == ZONE_BODY && job_line(z, y) && q2 < n &&
		    (u[q2].kind == ZONE_BYLINE || (u[q2].kind == ZONE_BODY && (u[q2].flags & U_LINE) &&
		                                   date_line(d, u[q2].tok0, u[q2].tok1)))) {
			x->kind = ZONE_BYLINE;
			y->kind = ZONE_BYLINE;
			continue;
		}
		if (p == 0 || (u[p - 1].kind != ZONE_TITLE && u[p - 1].kind != ZONE_BYLINE))
			continue;
		if (y->kind == ZONE_BYLINE ||
		    (y->kind == ZONE_BODY && (y->flags & U_LINE) && date_line(d, y->tok0, y->tok1))) {
			x->kind = ZONE_BYLINE;
		} else if (y->kind == ZONE_BODY && job_line(z, y)) {
			/* "Jane Doe" over "Political reporter" */
			x->kind = ZONE_BYLINE;
			y->kind = ZONE_BYLINE;
		}
	}
}

/* A line of a date alone next to a byline is its date ("By Jane Doe, Staff
 * Writer" over "June 12, 2016"); elsewhere such a line may be a report's
 * heading or a letter's date and stays where it is. */
static void byline_dates(const crd_doc *d, zunit *u, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		zunit *x = &u[k];
		if (x->kind != ZONE_BODY || !(x->flags & U_LINE) || !date_line(d, x->tok0, x->tok1))
			continue;
		size_t p, q;
		neighbours(u, n, k, &p, &q);
		if ((p > 0 && u[p - 1].kind == ZONE_BYLINE) || (q < n && u[q].kind == ZONE_BYLINE))
			x->kind = ZONE_BYLINE;
		/* under its label alone on the line before, wherever the byline
		 * stands: "Published" over "3 March 2024" */
		zunit *l = p > 0 ? &u[p - 1] : NULL;
		if (l && l->kind == ZONE_BODY && (l->flags & U_LINE) && l->words == 1 &&
		    posted_label(d, first_content(d, l->tok0, l->tok1))) {
			x->kind = ZONE_BYLINE;
			l->kind = ZONE_BYLINE;
		}
	}
}

/* Rows of bullets and icons belong to the furniture around them: the kind
 * before the run, else the kind after it, else body. */
static void fill_rows(zunit *u, size_t n)
{
	for (size_t k = 0; k < n;) {
		if (u[k].kind != KIND_INHERIT) {
			k++;
			continue;
		}
		size_t j = k;
		while (j < n && u[j].kind == KIND_INHERIT)
			j++;
		uint32_t kind = ZONE_BODY;
		if (k > 0 && u[k - 1].kind != ZONE_BODY && u[k - 1].kind != ZONE_TITLE)
			kind = u[k - 1].kind;
		else if (j < n && u[j].kind != ZONE_BODY && u[j].kind != ZONE_TITLE)
			kind = u[j].kind;
		for (; k < j; k++)
			u[k].kind = kind;
	}
}

static int push_zone(crd_doc *d, uint32_t s, uint32_t e, int kind)
{
	if (d->zones.n > 0) {
		zone_span *p = &d->zones.v[d->zones.n - 1];
		if (p->kind == kind) {
			p->e = e;
			return 0;
		}
	}
	if (e <= s)
		return 0;
	zone_span *z = vec_push(&d->zones);
	if (!z)
		return -1;
	z->s = s;
	z->e = e;
	z->kind = kind;
	return 0;
}

/* What read_cue() and role_at() read of the three lexicons of cues. zone=
 * names a zone other than the body (zone_names past "body"): "zone=adverts"
 * would make no zone at all. at= is start (the default, written out or
 * not), free or any. */
static const char *const cue_at[] = { "start", "free", "any", NULL };

const det_attr zone_attrs[] = {
	{ "boilerplate", "zone", DET_ONE_OF, zone_names + ZONE_BODY + 1, 0 },
	{ "boilerplate", "at", DET_ONE_OF, cue_at, 0 },
	{ "boilerplate", "max", DET_NUMBER, NULL, 0 },
	{ "boilerplate", "tail", DET_FLAG, NULL, 0 },
	{ "boilerplate", "line", DET_FLAG, NULL, 0 },
	{ "boilerplate", "dash", DET_FLAG, NULL, 0 },
	{ "zone_cues", "zone", DET_ONE_OF, zone_names + ZONE_BODY + 1, 0 },
	{ "zone_cues", "at", DET_ONE_OF, cue_at, 0 },
	{ "zone_cues", "max", DET_NUMBER, NULL, 0 },
	{ "zone_cues", "tail", DET_FLAG, NULL, 0 },
	{ "zone_cues", "line", DET_FLAG, NULL, 0 },
	{ "zone_cues", "dash", DET_FLAG, NULL, 0 },
	{ "zone_cues", "role", DET_FLAG, NULL, 0 },
	{ "correction", "zone", DET_ONE_OF, zone_names + ZONE_BODY + 1, 0 },
	{ "correction", "at", DET_ONE_OF, cue_at, 0 },
	{ "correction", "max", DET_NUMBER, NULL, 0 },
	{ "correction", "tail", DET_FLAG, NULL, 0 },
	{ "correction", "line", DET_FLAG, NULL, 0 },
	{ "correction", "dash", DET_FLAG, NULL, 0 },
	{ 0 },
};

int zone_detect(crd_doc *d)
{
	d->zones.n = 0;
	zctx z = { .d = d, .ls = d->engine->lex };
	z.lex[0] = engine_lexicon(d->engine, "boilerplate");
	z.lex[1] = engine_lexicon(d->engine, "zone_cues");
	z.lex[2] = engine_lexicon(d->engine, "correction");
	z.lex_roles = z.lex[1];
	z.lex_disc = engine_lexicon(d->engine, "disclaimer");
	z.lex_cue = engine_lexicon(d->engine, "attribution_cue");
	zunit *u = NULL;
	size_t n = 0;
	if (split_related(&z) != 0 || (d->toks.n > 0 && build_units(&z, &u, &n) != 0))
		return -1;
	if (n == 0) {
		zone_span *one = vec_push(&d->zones);
		if (!one)
			return -1;
		one->s = 0;
		one->e = (uint32_t)d->len;
		one->kind = ZONE_BODY;
		return 0;
	}
	classify(&z, u, n);
	propagate(d, u, n);
	closing_bio(&z, u, n);
	byline_names(&z, u, n);
	byline_dates(d, u, n);
	opening_bio(&z, u, n);
	fill_rows(u, n);

	/* A dateline opens the first unit of the report (after a title, the
	 * lines of a byline, and perhaps a standfirst of up to 50 words: "After
	 * the vote, the bloc looks east.", then "BRUSSELS - European leaders
	 * ..."): it becomes a zone of its own before the body. */
	size_t dk = n, k0 = 0;
	uint32_t dt = 0;
	while (k0 < n && (outside_main(d, &u[k0]) || u[k0].kind == ZONE_PAGE))
		k0++;
	for (size_t k = k0; k < n && k < k0 + 6; k++) {
		if (u[k].kind == ZONE_BODY) {
			dt = dateline_end(d, u[k].tok0, u[k].tok1);
			if (dt)
				dk = k;
			if (dt || u[k].words > 50 || !(u[k].flags & U_ENDS_LINE))
				break;
		}
	}
	if (dk < n && dt == u[dk].tok1) {
		u[dk].kind = ZONE_DATELINE;
		dk = n;
	}
	for (size_t j = 0; j < n; j++) {
		uint32_t s = u[j].s, e = j + 1 < n ? u[j + 1].s : (uint32_t)d->len;
		if (j == dk) {
			if (push_zone(d, s, d->toks.v[dt].s, ZONE_DATELINE) != 0)
				return -1;
			s = d->toks.v[dt].s;
		}
		if (push_zone(d, s, e, (int)u[j].kind) != 0)
			return -1;
	}
	d->scratch.n = 0;
	return 0;
}
