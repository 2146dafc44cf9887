/* det_names.c -- detector: named people, organisations and places, from runs of capitalised words. */
#include <stdlib.h>

#include "det_sourcing.h"
#include "detect.h"

/*
 * A name is a run of capitalised words ("Issam Zahreddine"), possibly with
 * ordinals and connectors inside ("the 104th Airborne Brigade of the
 * Republican Guard", "Department of Health and Human Services"). What the
 * run is comes from its words: a title or rank before it makes a person,
 * an organisation's head word ("Brigade", "Ministry", "News") or a known
 * organisation an organisation, a place's head word or a known place a
 * place. A bare run of two to four name words is a person, as it is in news
 * copy nearly always. A single capitalised word is a person when the
 * document named someone with that surname, or when it stands before a
 * reporting verb ("Devane said").
 *
 * Capitals prove little at the start of a sentence ("Officials said"), in a
 * headline set in title case or in a line of capitals: a word that opens a
 * sentence is dropped when the document also uses it in lower case or when
 * it is a function word, and title-case or all-caps sentences only yield
 * names the rest of the document or the vocabularies confirm.
 *
 * Vocabularies (feature none): person_titles, org_words, org_names, places,
 * name_stopwords; attribution_cue and source_words tell common words and
 * reporting verbs.
 */

enum { NC_NONE, NC_PERSON, NC_ORG, NC_PLACE, NC_SINGLE, NC_MAYBE_PERSON, NC_SURNAME };

#define NAME_MAX_TOKENS 16

typedef struct names {
	crd_doc *d;
	uint32_t n;
	uint32_t *title, *orgw, *orgn, *place, *stop, *cue, *srcw, *gram, *given_name;
	src_set lower;  /* words the document writes in lower case */
	src_set prose;  /* of those, the ones no web address or handle holds */
	src_set upper;  /* words the document writes in capitals ("NRCC") */
	src_set upper2; /* and the ones it writes so twice or more */
	src_set midcap; /* words that open a run of capitals inside a sentence */
	src_set surn;   /* last words of people's names */
	src_set given;  /* first words of people's names of two or three words */
	src_set alone;  /* words that stand as a name of one word */
	src_set orgs;   /* first words of organisations named by them and head words */
	src_set shortn; /* first words that name a known organisation alone ("Reform") */
	src_set acro;   /* acronyms named as organisations where capitals tell */
	src_set tail;   /* capitalised words that follow another inside a sentence */
	src_set firms;  /* one-word names the text shows to be companies (firm_deeds) */
	src_set teams;  /* capitalised plurals the text writes after "the" as a group ("the Titans") */
	src_set surf;   /* capitalised words after a given name or an initial ("Abe Hale") */
	uint32_t *cand; /* (start, end, class, title end) per run */
	size_t ncand;
	uint32_t *unrel; /* sentence -> its capitals say nothing (sentence_unreliable) */
	int unreliable;  /* the current sentence's unrel */
	int dateline;    /* the current run stands in a dateline zone */
} names;

static int is_word(const crd_doc *d, uint32_t i)
{
	return d->toks.v[i].kind == TOK_WORD;
}

/* A middle initial, its letter or its full stop: "A" or "." of "Rita A. Marlow". */
static int initial_part(const crd_doc *d, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	if (t->kind == TOK_WORD)
		return t->e - t->s == 1 && (t->flags & TF_CAP) && i + 1 < d->toks.n &&
		       doc_mark_at(d, i + 1, '.') && !(d->toks.v[i + 1].flags & TF_SPACE);
	return i > 0 && doc_mark_at(d, i, '.') && !(t->flags & TF_SPACE) && initial_part(d, i - 1);
}

/* "al-Hakim", "bin-Rashid": a lower-case particle joined to a capitalised
 * name. Not an English prefix of time or place: "mid-March", "pre-Christmas
 * talks", "sub-Saharan Africa" ("pro-Walter Ames" keeps the name's words,
 * which teach its surname). */
static int particle_joined(const crd_doc *d, uint32_t i)
{
	static const char *const prefixes[] = { "mid", "pre", "sub" };
	/* and with no hyphen: "Dirk vanBerkel", "Neil deLorme Tate",
	 * "Joe diGenova" */
	static const char *const glued[] = {
		"van", "von", "de", "di", "da", "du", "del", "della", "la", "le"
	};
	const tok *t = &d->toks.v[i];
	const char *s = d->text + t->s;
	if (!(t->flags & TF_HYPHEN)) {
		/* most words: not a particle's first letter, or too short */
		if ((s[0] != 'v' && s[0] != 'd' && s[0] != 'l') || t->e - t->s < 5)
			return 0;
		for (size_t p = 0; p < CRD_ARRAY_LEN(glued); p++) {
			size_t k = strlen(glued[p]);
			if (t->e - t->s >= k + 3 && memcmp(s, glued[p], k) == 0 && s[k] >= 'A' &&
			    s[k] <= 'Z' && s[k + 1] >= 'a' && s[k + 1] <= 'z')
				return 1;
		}
		return 0;
	}
	for (uint32_t k = 0; k + 1 < t->e - t->s && k < 4; k++)
		if (s[k] == '-') {
			for (size_t p = 0; p < CRD_ARRAY_LEN(prefixes); p++)
				if (strlen(prefixes[p]) == k && memcmp(s, prefixes[p], k) == 0)
					return 0;
			return s[k + 1] >= 'A' && s[k + 1] <= 'Z';
		}
	return 0;
}

/* A word that opens with a digit, not joined by a hyphen: "1.2M", "5K",
 * "9:00AM". */
static int figure(const crd_doc *d, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	return t->kind == TOK_WORD && d->text[t->s] >= '0' && d->text[t->s] <= '9' && !(t->flags & TF_HYPHEN);
}

/* Whether the word at i is a month's or a weekday's abbreviation written
 * with no full stop in a date: a month before a day ("Nov 21", "Apr 15"), a
 * weekday before a month or a day ("Tue Apr 15", "Mon 16 Jun"). A month's
 * alone may be a name ("Jan Novak"), a weekday's a word ("The Sun"). */
static int date_abbrev(const crd_doc *d, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	int abbr;
	if (i + 1 >= d->toks.n || t->fe - t->fs > 5 || d->view.fold[t->fe - 1] == '.' ||
	    (d->toks.v[i + 1].flags & (TF_SENT | TF_NEWLINE)))
		return 0;
	uint32_t n = i + 1;
	if (doc_tok_month(d, t, &abbr) && abbr) /* not "May", which is no cut */
		return d->toks.v[n].kind == TOK_NUM;
	if (!doc_tok_weekday(d, t, &abbr) || !abbr)
		return 0;
	if (doc_mark_at(d, n, ',') && n + 1 < d->toks.n)
		n++; /* "Tue, Apr 15" */
	int m;
	return d->toks.v[n].kind == TOK_NUM ||
	       (doc_tok_month(d, &d->toks.v[n], &m) && m && date_abbrev(d, n));
}

/* A time zone after a time: "7:42 PM ET", "9 a.m. PT". */
static int time_zone(const crd_doc *d, uint32_t i)
{
	static const char *const zones[] = { "et", "pt", "ct", "mt", "et.", "pt.", "ct.", "mt." };
	static const char *const halves[] = { "am", "pm", "a.m.", "p.m.", "a.m", "p.m" };
	if (i == 0 || !(d->toks.v[i].flags & TF_UPPER) || d->toks.v[i].fe - d->toks.v[i].fs > 3 ||
	    !DOC_TOK_IN(d, i, zones))
		return 0;
	uint32_t p = i - 1;
	if (p > 0 && doc_mark_at(d, p, '.'))
		p--;
	return d->toks.v[p].kind == TOK_NUM || DOC_TOK_IN(d, p, halves);
}

/* A company's reporting period: a quarter or a half ("Q1", "H2") or a
 * fiscal year ("FY26", "FY2026"), which follows a name in a headline
 * ("Acme Foods Q3 sales beat estimates") but is no part of it. */
static int period_label(const crd_doc *d, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	const char *s = d->text + t->s;
	size_t n = t->e - t->s;
	if (t->kind != TOK_WORD)
		return 0;
	if (n == 2 && (s[0] == 'Q' || s[0] == 'H') && s[1] >= '1' && s[1] <= '4')
		return 1;
	if ((n != 4 && n != 6) || s[0] != 'F' || s[1] != 'Y')
		return 0;
	for (size_t k = 2; k < n; k++)
		if (s[k] < '0' || s[k] > '9')
			return 0;
	return 1;
}

static int capword(const names *x, uint32_t i)
{
	const crd_doc *d = x->d;
	const tok *t = &d->toks.v[i];
	if (t->kind != TOK_WORD)
		return 0;
	if (!(t->flags & TF_CAP) && !particle_joined(d, i))
		return 0;
	if (t->e - t->s == 1 && d->text[t->s] == 'I')
		return 0;
	/* a figure is no name: "drew 1.2M views", "16He" glued to a number
	 * (ordinals lead names by another way: "82nd Airborne"); a web
	 * address may open with one ("100PercentNews.com") */
	if (figure(d, i) && !src_domain_end(d, i + 1, (uint32_t)d->toks.n))
		return 0;
	if (src_contraction(d, i) || period_label(d, i))
		return 0; /* "I've", "He'll", "We're"; "Q3" */
	if (src_attr_is(d, x->stop, i, "type", "date", 1) || date_abbrev(d, i) || time_zone(d, i)) {
		/* but a weekday inside a known name: "The Sunday Telegraph" */
		for (uint32_t k = i > 2 ? i - 2 : 0; k < i; k++)
			if (x->orgn[k] && src_match(d, x->orgn, k)->tok1 > i)
				return 1;
		return 0;
	}
	/* a byline's "BY" ("10:32 AM CET BY Esther Kahn"); "10:32 AM" */
	if ((t->flags & TF_UPPER) && doc_tok_is(d, t, "by"))
		return 0;
	if (i > 0 && d->toks.v[i - 1].kind == TOK_NUM && (doc_tok_is(d, t, "am") || doc_tok_is(d, t, "pm")))
		return 0;
	return 1;
}

/* A capitalised word whose ending makes it a role or an agent: "Recorder",
 * "Agent", "Strategist", "Chairwoman". */
static int role_ending(const crd_doc *d, uint32_t i)
{
	/* "man" also ends "Chairwoman" */
	static const char *const endings[] = { "er", "or", "ist", "ent", "ant", "man" };
	const tok *t = &d->toks.v[i];
	size_t n = t->fe - t->fs;
	if (t->kind != TOK_WORD || !(t->flags & TF_CAP) || (t->flags & TF_UPPER) || n < 5)
		return 0;
	const char *f = d->view.fold + t->fs;
	if (memcmp(f + n - 4, "ment", 4) == 0)
		return 0; /* "Enrollment" */
	for (size_t k = 0; k < CRD_ARRAY_LEN(endings); k++) {
		size_t m = strlen(endings[k]);
		if (memcmp(f + n - m, endings[k], m) == 0)
			return 1;
	}
	return 0;
}

/* 1 when the run [s, e) ends on a post-nominal in capitals after two name
 * words or more: a member's seat or a counsel's rank written after the
 * name, no word of it ("Sarah Kelly KC", "Jane Hollis MP", "Aidan Ward
 * TD"). Else 0. */
static uint32_t post_nominal(const crd_doc *d, uint32_t s, uint32_t e)
{
	static const char *const letters[] = { "kc",  "qc", "sc",  "mp",  "mep", "msp",
		                               "mla", "td", "obe", "mbe", "cbe" };
	return e >= s + 3 && (d->toks.v[e - 1].flags & TF_UPPER) && DOC_TOK_IN(d, e - 1, letters) &&
	       is_word(d, e - 2) && !(d->toks.v[e - 2].flags & TF_UPPER);
}

/* Where the capitalised plural that ends a group's name after "the" at i
 * stands, or 0: a team ("The Cougars had", "the Lakeside Titans scored",
 * "the Falcons (12-4)"), a band, a union. A person's surname after "the"
 * goes on to a noun ("the Williams sisters", "the Hale campaign"), so a
 * mark, a word of grammar or a past form in "-ed" must follow; one
 * capitalised word that is no given name may stand before the plural. */
static uint32_t group_plural(const names *x, uint32_t i)
{
	const crd_doc *d = x->d;
	if (i + 3 >= x->n || !doc_tok_is(d, &d->toks.v[i], "the"))
		return 0;
	uint32_t k = i + 1;
	if ((d->toks.v[k].flags & TF_CAP) && is_word(d, k + 1) && (d->toks.v[k + 1].flags & TF_CAP) &&
	    !x->given_name[k])
		k++;
	const tok *t = &d->toks.v[k], *a = &d->toks.v[k + 1];
	size_t len = t->fe - t->fs;
	if (t->kind != TOK_WORD || !(t->flags & TF_CAP) || (t->flags & (TF_UPPER | TF_SENT)) || len < 5 ||
	    !src_plural_form(d->view.fold + t->fs, len) || x->orgw[k] || x->orgn[k] || x->place[k] ||
	    x->stop[k] || x->title[k])
		return 0;
	size_t al = a->fe - a->fs;
	int past = a->kind == TOK_WORD && !(a->flags & TF_CAP) && al > 4 &&
	           memcmp(d->view.fold + a->fe - 2, "ed", 2) == 0;
	if ((a->kind == TOK_PUNCT && !doc_tok_mark(d, a, '\'')) || x->gram[k + 1] || past)
		return k;
	return 0;
}

/* The plural of an acronym, a crowd and no name: "MPs", "CEOs", "NGOs"
 * (two to five capitals and a lower-case "s"). */
static int acronym_plural(const crd_doc *d, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	const char *w = d->text + t->s;
	size_t n = t->e - t->s;
	if (t->kind != TOK_WORD || n < 3 || n > 6 || w[n - 1] != 's')
		return 0;
	for (size_t k = 0; k + 1 < n; k++)
		if (w[k] < 'A' || w[k] > 'Z')
			return 0;
	return 1;
}

/* "104th", "3rd": ordinals lead unit names. */
static int ordinal(const crd_doc *d, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	if (t->kind != TOK_WORD || !(t->flags & TF_DIGIT) || t->fe - t->fs < 3)
		return 0;
	const char *s = d->view.fold + t->fe - 2;
	return (s[0] == 's' && s[1] == 't') || (s[0] == 'n' && s[1] == 'd') || (s[0] == 'r' && s[1] == 'd') ||
	       (s[0] == 't' && s[1] == 'h');
}

/* Whether token i opens a sentence, a line or a quotation, where a capital is
 * no evidence of a name: INI_OPENS. Looks back over at most a few marks
 * ("(", "- ", opening quotes). After a closing quotation mark it is
 * INI_AFTER_QUOTE: '"...," Ames said' goes on with its sentence, but a
 * flattened headline ("... 'Hotshot' When Sen. Varga ...") starts one. */
enum { INI_NO, INI_OPENS, INI_AFTER_QUOTE };

static int initial(const crd_doc *d, uint32_t i)
{
	for (int step = 0; step < 4; step++, i--) {
		const tok *t = &d->toks.v[i];
		if (i == 0 || (t->flags & (TF_SENT | TF_NEWLINE)))
			return INI_OPENS;
		const tok *p = &d->toks.v[i - 1];
		if (p->kind != TOK_PUNCT)
			return INI_NO;
		char c = d->view.fold[p->fs];
		if (p->flags & TF_QUOTE) {
			/* a mark opens when it stands apart from the word before
			 * it or touches the word after */
			int opens = i == 1 || (p->flags & (TF_SPACE | TF_NEWLINE)) || !(t->flags & TF_SPACE);
			return opens ? INI_OPENS : INI_AFTER_QUOTE;
		}
		if (c == ':' || (unsigned char)c >= 0x80)
			return INI_OPENS; /* after a colon, a bullet */
		if (c != '(' && c != '[' && c != '-')
			return INI_NO;
	}
	return INI_NO;
}

/* An auxiliary in capitals inside a sentence that is not all capitals is an
 * acronym: "fighting IS", "(IS/ISIL)". */
static int caps_acronym(const names *x, uint32_t i)
{
	const crd_doc *d = x->d;
	const tok *t = &d->toks.v[i];
	if (!(t->flags & TF_UPPER) || x->unreliable)
		return 0;
	if (src_attr_is(d, x->stop, i, "type", "aux", 1))
		return 1;
	/* "WHO said on Wednesday", "the WHO's director": the World Health
	 * Organization; but a question stresses its pronoun ("WHO paid for
	 * this?") */
	if (!doc_tok_is(d, t, "who") || t->sent >= d->sents.n)
		return 0;
	for (uint32_t k = i + 1; k < d->sents.v[t->sent].tok1; k++)
		if (doc_mark_at(d, k, '?'))
			return 0;
	return 1;
}

/* A word of the stop list ("The", "When", "Monday", "Democrats"), not one of
 * its adjectives of nation and party. */
static int stop_word(const names *x, uint32_t i)
{
	return src_attr(x->d, x->stop, i, "type", 1) && !src_attr_is(x->d, x->stop, i, "type", "adj", 1) &&
	       !caps_acronym(x, i);
}

/* A word that could open any sentence: its capital proves nothing. */
static int common_word(const names *x, uint32_t i)
{
	const crd_doc *d = x->d;
	if (src_attr_is(d, x->stop, i, "type", "adj", 1))
		return 0; /* "Republican", "Syrian": a capital in any sentence */
	if (stop_word(x, i))
		return 1;
	if (src_set_has(&x->lower, src_hash(d, i)))
		return 1;
	const lex_match *m;
	if ((m = src_match(d, x->srcw, i)) && m->tok1 == i + 1)
		return 1;
	if ((m = src_match(d, x->gram, i)) && m->tok1 == i + 1)
		return 1;
	if ((m = src_match(d, x->cue, i)) && m->tok1 == i + 1)
		return 1;
	return 0;
}

/* Whether the plural at i opening a sentence is a common noun, the crowd
 * that a verb's subject is: its singular is a word the document writes in
 * lower case ("A war monitor said ... Monitors said"), it ends as plurals
 * of people do ("Monitors said", "Farmers said"), or the verb after it is
 * in the plural ("Partners report", "Mounties say"; a name would take
 * "reports"). The caller has made sure it is not a surname the document
 * writes after a given name or inside a sentence ("Abe Hale ...
 * Hale said", "Daniel Kemper ... Kemper claim"). */
static int plural_subject(const names *x, uint32_t i)
{
	const crd_doc *d = x->d;
	const tok *t = &d->toks.v[i];
	const char *f = d->view.fold + t->fs;
	size_t n = t->fe - t->fs;
	if (t->kind != TOK_WORD || (t->flags & TF_UPPER) || !src_plural_form(f, n) || n >= 32)
		return 0;
	char one[32];
	size_t m = n - 1;
	memcpy(one, f, m);
	if (n > 4 && memcmp(f + n - 3, "ies", 3) == 0) {
		m = n - 2; /* "Deputies": "deputy" */
		one[m - 1] = 'y';
	}
	if (src_set_has(&x->lower, (uint32_t)crd_hash(one, m)) ||
	    src_set_has(&x->lower, (uint32_t)crd_hash(f, n - 1)) || src_people_plural(d, i))
		return 1;
	if (i + 1 >= x->n || !x->cue[i + 1] || src_match(d, x->cue, i + 1)->tok1 != i + 2)
		return 0;
	const char *lemma = src_attr(d, x->cue, i + 1, "lemma", 1);
	const tok *v = &d->toks.v[i + 1];
	return lemma && strlen(lemma) == v->fe - v->fs &&
	       memcmp(lemma, d->view.fold + v->fs, v->fe - v->fs) == 0;
}

/* Whether the word at i is a common word that a title-case headline
 * capitalised: the text writes it in lower case elsewhere ("Risk in Adults
 * Over 50" over "148,302 adults"), so its capital says nothing of a name. */
static int headline_word(const names *x, uint32_t i)
{
	return x->unrel[x->d->toks.v[i].sent] && src_set_has(&x->lower, src_hash(x->d, i));
}

/* Title-case headlines and lines of capitals: capitals carry no information. */
static int sentence_unreliable(const names *x, const seg_sentence *s)
{
	/* the words title case leaves in lower case */
	static const char *const minor[] = { "a",    "an",   "the",  "and",  "but",  "or",   "nor", "for",
		                             "so",   "yet",  "at",   "by",   "in",   "of",   "on",  "to",
		                             "up",   "as",   "via",  "vs",   "per",  "from", "into", "with",
		                             "over", "onto", "upon", "than", "off",  "out" };
	const crd_doc *d = x->d;
	/* a byline writes its names as names, among capitalised jobs: "By
	 * Daniela Ortiz, Staff Writer", "By Marcus Tell, Senior Reviews
	 * Editor" */
	if (s->tok0 + 1 < s->tok1 && doc_tok_is(d, &d->toks.v[s->tok0], "by") &&
	    (d->toks.v[s->tok0].flags & TF_CAP) && !(d->toks.v[s->tok0].flags & TF_UPPER) &&
	    (d->toks.v[s->tok0 + 1].flags & TF_CAP) && doc_zone_at(d, d->toks.v[s->tok0].s) == ZONE_BYLINE)
		return 0;
	uint32_t words = 0, caps = 0, upper = 0;
	for (uint32_t i = s->tok0; i < s->tok1; i++) {
		const tok *t = &d->toks.v[i];
		/* weekdays and months take a capital in any sentence: they
		 * tell nothing of title case */
		if (t->kind != TOK_WORD || src_attr_is(d, x->stop, i, "type", "function", 1) ||
		    src_attr_is(d, x->stop, i, "type", "date", 1) || initial_part(d, i))
			continue;
		words++;
		caps += (t->flags & TF_CAP) != 0;
		upper += (t->flags & TF_UPPER) != 0;
	}
	if (words >= 3 && upper * 5 >= words * 3)
		return 1;
	/* four fifths, and at most one word in lower case: "Susan Sarno
	 * spoke in Ohio." has three capitals in four words, and its
	 * lower-case verb shows it is a sentence; so do two lower-case words
	 * among many names ("Representative Peter T. Vail, Republican of
	 * New York, said of life before Kelmar County."), and one word title case
	 * would capitalise ("Walter Ames met Sarah Smith.": only articles,
	 * short conjunctions and prepositions stay in lower case there),
	 * unless such a word is capitalised inside the sentence ("Miracle
	 * Pill sweeps The Whole Country") */
	/* a headline of two words in title case: "Flu Shot", "Pop Star" */
	if (words == 2 && caps == 2 && doc_zone_at(d, d->toks.v[s->tok0].s) == ZONE_TITLE)
		return 1;
	if (words < 3 || caps * 5 < words * 4 || words - caps > 1)
		return 0;
	int verb = 0;
	for (uint32_t i = s->tok0; i < s->tok1; i++) {
		const tok *t = &d->toks.v[i];
		if (t->kind != TOK_WORD)
			continue;
		int is_minor = t->fe - t->fs <= 4 && DOC_TOK_IN(d, i, minor);
		if (i > s->tok0 && (t->flags & TF_CAP) && is_minor)
			return 1;
		if (!(t->flags & TF_CAP) && !is_minor && d->view.fold[t->fs] != '\'' && t->fe - t->fs > 1 &&
		    !src_attr_is(d, x->stop, i, "type", "function", 1) &&
		    !src_attr_is(d, x->stop, i, "type", "date", 1) && !initial_part(d, i))
			verb = 1; /* not "'s", "(l)" */
	}
	return !verb;
}

/* Whether the lexicon in at has a match covering exactly [s, e). */
static int covers(const crd_doc *d, const uint32_t *at, uint32_t s, uint32_t e)
{
	const lex_match *m = src_match(d, at, s);
	return m && m->tok1 == e;
}

static int has_word_in(const crd_doc *d, const uint32_t *at, uint32_t s, uint32_t e, const char *key,
                       const char *val)
{
	for (uint32_t k = s; k < e; k++)
		if (at[k] && (!key || src_attr_is(d, at, k, key, val, 1)))
			return 1;
	return 0;
}

/* "&", which the tokenizer makes a symbol. */
static int ampersand(const crd_doc *d, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	return (t->kind == TOK_SYM || t->kind == TOK_PUNCT) && t->e - t->s == 1 && d->text[t->s] == '&';
}

/* A capitalised word of no vocabulary at k: no head word, known name,
 * place, title, given name or stop word ("Fire", "Rescue", "Family"). */
static int plain_word(const names *x, uint32_t k)
{
	return capword(x, k) && is_word(x->d, k) && !(x->d->toks.v[k].flags & TF_UPPER) && !x->orgw[k] &&
	       !x->orgn[k] && !x->place[k] && !x->title[k] && !x->given_name[k] && !x->stop[k];
}

/* Can the connector at c ("of", "for", "and", "&", "on", "the") continue the run [s, c)? */
static int connector_ok(const names *x, uint32_t s, uint32_t c)
{
	const crd_doc *d = x->d;
	if (c + 1 >= x->n || (d->toks.v[c].flags & TF_NEWLINE))
		return 0;
	uint32_t nx = c + 1;
	int of = doc_tok_is(d, &d->toks.v[c], "of");
	if ((of || doc_tok_is(d, &d->toks.v[c], "for")) && nx + 1 < x->n &&
	    doc_tok_is(d, &d->toks.v[nx], "the"))
		nx++;
	if (!capword(x, nx) && !(ordinal(d, nx) && nx + 1 < x->n && capword(x, nx + 1)))
		return 0;
	if (doc_tok_is(d, &d->toks.v[c], "for") && x->orgn[nx])
		return 0; /* two names: "Edison Research for the Associated Press" */
	if (!of && x->orgn[s] && src_match(d, x->orgn, s)->tok1 == c)
		return 0; /* a known name is whole: "a report for Oxfam on Germany's ..."
		           * (but "ACLU of Oregon") */
	/* The run so far must look like an institution or a title: "Secretary of
	 * State", "University of Chicago", not "Ames of New York". A title
	 * must end right there: "Senator Ray Colter of Texas" is a person from a
	 * place. */
	int inst =
	        has_word_in(d, x->orgw, s, c, NULL, NULL) || has_word_in(d, x->place, s, c, "type", "head");
	for (uint32_t k = s; k < c && !inst; k++) {
		const lex_match *m = src_match(d, x->orgn, k);
		const lex_match *t = src_match(d, x->title, k);
		const lex_match *pl = src_match(d, x->place, k);
		/* or the connector is inside a known name: "United States of
		 * America", "Bank of America" */
		inst = (m && m->tok1 >= c) || (t && t->tok1 >= c) || (pl && pl->tok1 > c);
		/* "Chairman of the Joint Chiefs | of Staff" */
		for (uint32_t j = t ? t->tok1 : c; j < c && !inst; j++)
			inst = doc_tok_is(d, &d->toks.v[j], "of") || doc_tok_is(d, &d->toks.v[j], "for");
	}
	if (of || doc_tok_is(d, &d->toks.v[c], "for") || doc_tok_is(d, &d->toks.v[c], "on"))
		return inst;
	/* "and" joins the words of one institution's name ("Health and Human
	 * Services") only after its head word, never two names ("FBI and
	 * Reuters", "Ames and Delgado", "United Technologies and Dow
	 * Chemical", where the head word stands right before it). */
	if (doc_tok_is(d, &d->toks.v[c], "and") || ampersand(d, c)) {
		for (uint32_t k = s; k < c; k++) {
			const lex_match *m = src_match(d, x->orgn, k);
			if (m && m->tok1 > c)
				return 1; /* inside a known name: "Office of Management and Budget" */
		}
		if (ampersand(d, c) &&
		    (doc_tok_is(d, &d->toks.v[nx], "co.") || doc_tok_is(d, &d->toks.v[nx], "co")))
			return 1; /* a firm of partners: "Karen Clark & Co." */
		/* "&" between two single words joins the names of a firm's or a
		 * college's founders: "Franklin & Marshall College", "Cobalt &
		 * Finch" (not a title's: "Mayor & Council"), a sentence's first
		 * word before them left to the trimming ("Later Cobalt & Finch") */
		uint32_t w = c - 1;
		if (ampersand(d, c) &&
		    (w == s || (w == s + 1 && initial(d, s) == INI_OPENS && common_word(x, s))) &&
		    is_word(d, w) && !x->title[w] && !x->orgw[w] && !x->orgn[w] && !x->stop[w] &&
		    !x->place[w] && !x->title[nx] && !x->orgn[nx] && !x->stop[nx] && !x->place[nx])
			return 1;
		/* or, before the head word that ends the name a word or two
		 * on, after a plain word the document also writes in lower case
		 * or that a place or an adjective leads: "Fire and Rescue
		 * Service", "Texas Health and Human Services Commission" (not
		 * "Texas and Florida Department", "FBI and Justice Department",
		 * "Aetna and United Healthcare", "Libertarian Gil Jensen and
		 * Green Party": a place, a name or a person before it) */
		int led = 0;
		for (uint32_t k = s; k + 1 < c && !x->given_name[k]; k++)
			led |= x->place[k] || src_attr_is(d, x->stop, k, "type", "adj", 1);
		for (uint32_t k = s; k < c; k++)
			led &= !x->given_name[k];
		/* a head word that ends a name only when nothing follows it
		 * (tail=yes) is a plain word before "and": "Texas Health and
		 * Human Services Commission" */
		int before = plain_word(x, c - 1) || (capword(x, c - 1) && is_word(d, c - 1) &&
		                                      !(d->toks.v[c - 1].flags & TF_UPPER) &&
		                                      src_attr_is(d, x->orgw, c - 1, "tail", "yes", 1));
		if (doc_tok_is(d, &d->toks.v[c], "and") && before && (led || common_word(x, c - 1)) &&
		    ((nx + 1 < x->n && plain_word(x, nx) && x->orgw[nx + 1] && capword(x, nx + 1)) ||
		     (nx + 2 < x->n && plain_word(x, nx) && plain_word(x, nx + 1) && x->orgw[nx + 2] &&
		      capword(x, nx + 2))))
			return 1;
		/* not after a head word: "United Technologies and Dow", "the
		 * National Guard & Highway Patrol" */
		return has_word_in(d, x->orgw, s, c, NULL, NULL) &&
		       !has_word_in(d, x->title, s, c, NULL, NULL) && !x->orgw[c - 1];
	}
	return 0;
}

/* Whether the "'s" at e joins an institution's name: its owner a common
 * word or a title ("Children's Hospital", "King's College London",
 * "People's Bank"), an institution's head word among the capitalised words
 * after it. Not a person's ("Brill's Justice Department", "Delgado's State
 * Department", "Jennings' Senate office"): their surname is no vocabulary
 * word. A plural's apostrophe joins the same way ("the Teachers' Union").
 * The plurals without an "s" own hospitals and charities even where the
 * text never writes them in lower case ("Boston Children's Hospital",
 * "the Women's Health Initiative"), and so do the diseases named after a
 * physician ("the Alzheimer's Association", "the Parkinson's Foundation"). */
static int owned_institution(const names *x, uint32_t s, uint32_t e)
{
	static const char *const owners[] = { "children",  "women",      "men",   "people", "alzheimer",
		                              "parkinson", "huntington", "crohn", NULL };
	const crd_doc *d = x->d;
	if (e <= s || e + 1 >= x->n || (d->toks.v[e].flags & (TF_SPACE | TF_SENT | TF_NEWLINE)))
		return 0;
	uint32_t o = e - 1;
	const tok *ow = &d->toks.v[o];
	int plural = (d->toks.v[e].flags & TF_QUOTE) && src_ch(d, e) == '\'' && ow->kind == TOK_WORD &&
	             d->view.fold[ow->fe - 1] == 's'; /* "the Teachers' Union" */
	if ((!plural && !doc_tok_is(d, &d->toks.v[e], "'s")) || !capword(x, e + 1) ||
	    (d->toks.v[e + 1].flags & (TF_SENT | TF_NEWLINE)))
		return 0;
	if (x->gram[o] || src_attr_is(d, x->stop, o, "type", "function", 1))
		return 0; /* "Here's CNS News", "That's Fox News" */
	int owner = doc_tok_any(d, ow, owners);
	if (!x->title[o] && !src_set_has(&x->lower, src_hash(d, o)) && !x->srcw[o] && !owner)
		return 0; /* "Jennings' Senate office" */
	for (uint32_t k = e + 1; k < x->n && k < e + 5 && capword(x, k); k++)
		if (x->orgw[k])
			return 1;
	return 0;
}

/* Whether the "'s" at e joins a county named after its owner: "Prince
 * George's County", "St. Mary's County", "Queen Anne's County". */
static int owned_county(const names *x, uint32_t s, uint32_t e)
{
	const crd_doc *d = x->d;
	return e > s && e + 1 < x->n && !(d->toks.v[e].flags & (TF_SPACE | TF_SENT | TF_NEWLINE)) &&
	       doc_tok_is(d, &d->toks.v[e], "'s") && doc_tok_is(d, &d->toks.v[e + 1], "county") &&
	       (d->toks.v[e + 1].flags & TF_CAP) && !(d->toks.v[e + 1].flags & (TF_SENT | TF_NEWLINE));
}

/* A company's legal form: "Inc", "Corp.", "Ltd", "LLC", "PLC". */
static int legal_form(const crd_doc *d, uint32_t i)
{
	static const char *const forms[] = { "inc",  "inc.", "corp", "corp.", "co.",  "ltd",
		                             "ltd.", "llc",  "plc",  "sa",    "gmbh", "spa" };
	return (d->toks.v[i].flags & TF_CAP) && DOC_TOK_IN(d, i, forms);
}

/* Whether token e is a comma and a company's legal form: ", Inc.". */
static int legal_form_at(const names *x, uint32_t e)
{
	const crd_doc *d = x->d;
	return e + 1 < x->n && doc_mark_at(d, e, ',') && legal_form(d, e + 1);
}

/* The end of the capitalised run that starts at s. */
static uint32_t run_end(const names *x, uint32_t s)
{
	const crd_doc *d = x->d;
	uint32_t e = s;
	for (;;) {
		if (e >= x->n || (e > s && (d->toks.v[e].flags & (TF_SENT | TF_NEWLINE))))
			break;
		if (e - s >= NAME_MAX_TOKENS)
			break; /* longer runs are headlines or lists, not names */
		if (capword(x, e)) {
			/* In a title-case headline a capitalised verb or function
			 * word ends the name: "Ames Says He ..." */
			if (e > s && x->unreliable && common_word(x, e) && !x->title[e] && !x->orgw[e] &&
			    !x->place[e])
				break;
			e++;
			continue;
		}
		if (ordinal(d, e) && e + 1 < x->n && capword(x, e + 1)) {
			e++;
			continue;
		}
		/* a middle initial: "Rita A. Marlow", "Charles E. Grafton", and
		 * a title that ends the name after one is a surname ("Peter T.
		 * Vail", not "Plan B. President Brill"); a leading one after a
		 * lower-case word only before two name words ("said C. Stuart
		 * Vandell", not "to a T. Then") */
		if (e > s && e + 1 < x->n && initial_part(d, e) && capword(x, e - 1) && capword(x, e + 1) &&
		    !(d->toks.v[e + 1].flags & (TF_SENT | TF_NEWLINE)) &&
		    (!common_word(x, e + 1) || (x->title[e + 1] && !(e + 2 < x->n && capword(x, e + 2)))) &&
		    !(e - 1 == s && s > 0 && is_word(d, s - 1) && !(d->toks.v[s - 1].flags & TF_CAP) &&
		      !(e + 2 < x->n && capword(x, e + 2) &&
		        !(d->toks.v[e + 2].flags & (TF_SENT | TF_NEWLINE))))) {
			e++;
			continue;
		}
		/* a particle inside a person's name: "Luca de Santis", and two:
		 * "Greta von der Mark", "Vincent van der Berg" */
		if (e > s && e + 1 < x->n && src_attr_is(d, x->stop, e, "type", "particle", 1)) {
			uint32_t f = e + 1;
			if (f + 1 < x->n && src_attr_is(d, x->stop, f, "type", "particle", 1) &&
			    !(d->toks.v[f].flags & TF_CAP))
				f++;
			if (capword(x, f)) {
				e = f;
				continue;
			}
		}
		/* a title whose words go on in lower case: "Special Agent in
		 * Charge Joseph E. Carlow" */
		uint32_t te = e;
		for (uint32_t k = e > s + 3 ? e - 3 : s; k < e; k++)
			if (x->title[k] && src_match(d, x->title, k)->tok1 > te)
				te = src_match(d, x->title, k)->tok1;
		if (te > e && te < x->n && capword(x, te - 1)) {
			e = te;
			continue;
		}
		if (owned_institution(x, s, e)) {
			e++;
			continue;
		}
		if (owned_county(x, s, e)) {
			e += 2;
			break;
		}
		/* a company's legal form after a comma ends its name:
		 * "Brightwater Health, Inc." (not "Jane Doe, Bank of America's
		 * chief") */
		if (e > s && legal_form_at(x, e)) {
			e += 2;
			break;
		}
		if (e > s && (d->toks.v[e].kind == TOK_WORD || ampersand(d, e)) && connector_ok(x, s, e)) {
			e++;
			if (doc_tok_is(d, &d->toks.v[e], "the"))
				e++;
			continue;
		}
		break;
	}
	return e;
}

/* Whether the word at i is a model's or a form's code: figures and at
 * most three letters, with no other character than a hyphen ("S26", "P7",
 * "10-K", "F-35"); not a user's handle ("AsapGinger1"). */
static int model_code(const crd_doc *d, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	int digits = 0, letters = 0;
	for (uint32_t k = t->s; k < t->e; k++) {
		char ch = d->text[k];
		if (ch >= '0' && ch <= '9')
			digits++;
		else if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'))
			letters++;
		else if (ch != '-')
			return 0;
	}
	return digits > 0 && letters > 0 && letters <= 3;
}

static int push_cand(names *x, uint32_t s, uint32_t e, uint32_t cls, uint32_t body)
{
	/* a model or a form with a figure in it names no person: "Galaxy
	 * S26", "Halvorsen P7", "Form 10-K"; nor lends its words to people */
	for (uint32_t k = body; (cls == NC_PERSON || cls == NC_MAYBE_PERSON) && k < e; k++)
		if (is_word(x->d, k) && model_code(x->d, k))
			return 0;
	uint32_t *c = x->cand + 4 * x->ncand++;
	c[0] = s;
	c[1] = e;
	c[2] = cls;
	c[3] = body;
	return 0;
}

/* Whether the single word of candidate k names where the person before it
 * comes from: "Senator Ada Brooks of Kelmar", "Tomas Reyes, 44, of
 * Eastport". */
static int home_town(const names *x, size_t k)
{
	const crd_doc *d = x->d;
	uint32_t s = x->cand[4 * k];
	if (s < 2 || !doc_tok_is(d, &d->toks.v[s - 1], "of"))
		return 0;
	if (s >= 4 && doc_mark_at(d, s - 2, ',') && d->toks.v[s - 3].kind == TOK_NUM &&
	    doc_mark_at(d, s - 4, ','))
		return 1; /* after an age */
	if (k == 0)
		return 0;
	const uint32_t *p = x->cand + 4 * (k - 1);
	return p[1] == s - 1 && p[2] == NC_PERSON && p[3] > p[0]; /* a person with a title */
}

/* Whether the places vocabulary names the run [s, e): exactly, with the
 * full stop of an abbreviation ("Mich."), or as the start of a name that
 * goes on past a comma ("Washington, D.C."). */
static int known_place(const names *x, uint32_t s, uint32_t e)
{
	const lex_match *m = src_match(x->d, x->place, s);
	if (!m || m->tok1 < e)
		return 0;
	return m->tok1 == e || doc_mark_at(x->d, e, '.') || doc_mark_at(x->d, e, ',');
}

/* A preposition that names a place after it: "in", "near", "from", ... */
static int place_prep(const crd_doc *d, uint32_t i)
{
	static const char *const preps[] = { "in", "at", "near", "from", "to", "outside", "of", "across" };
	return DOC_TOK_IN(d, i, preps);
}

static int relative_after(const names *x, uint32_t e);

/* Common nouns of firms and bodies, before a name ("security firm Ambrey")
 * or in apposition after one ("Eskom, the state utility,"). */
static const char *const firm_nouns[] = {
	"firm",      "company",     "companies", "startup",      "drugmaker",    "automaker",   "carmaker",
	"chipmaker", "retailer",    "insurer",   "lender",       "airline",      "consultancy", "charity",
	"nonprofit", "broadcaster", "newspaper", "conglomerate", "subsidiary",   "utility",     "journal",
	"magazine",  "tabloid",     "outlet",    "group",        "manufacturer", "bank",        "supplier",
	"app",       "platform",    "provider",  "fintech",
};

/* Whether a common noun of a firm or a body stands right before the name
 * at s: "security firm Ambrey", "the drugmaker Norvena" (in lower case:
 * "Group Captain" is a rank). Not before a given name ("the company's
 * founder" aside, nouns that name people too are left out: "publisher Ron
 * Unger", "developer Mel Sandler"), a crowd ("company CEOs") or a number
 * ("a charity 5K"). */
static int firm_noun(const names *x, uint32_t s)
{
	const crd_doc *d = x->d;
	if (s == 0 || !is_word(d, s - 1) || (d->toks.v[s - 1].flags & TF_CAP) ||
	    !DOC_TOK_IN(d, s - 1, firm_nouns) || x->given_name[s] || x->srcw[s] || x->stop[s] ||
	    (d->toks.v[s].flags & TF_DIGIT))
		return 0;
	const tok *t = &d->toks.v[s];
	const char *w = d->text + t->s;
	size_t n = t->e - t->s, caps = 0;
	while (caps < n && w[caps] >= 'A' && w[caps] <= 'Z')
		caps++;
	return !(caps >= 2 && caps + 1 == n && w[n - 1] == 's'); /* "CEOs" */
}

/* Whether the word at i is written in camel case the way firms write their
 * names, a capital inside it after three lower-case letters or more:
 * "MicroStrategy", "BlackRock", "PayPal"; not the particles of surnames
 * ("McConnell", "MacArthur", "DeVos", "LaGuardia", "DesJarlais") nor given
 * names joined ("JoAnn", "MaryAlice", "JonBenet"). */
static int camel_case(const names *x, uint32_t i)
{
	static const char *const lead[] = { "mac", "van", "von", "der",  "del",  "des",
		                            "dos", "jon", "ann", "mary", "anna", "fitz" };
	const crd_doc *d = x->d;
	const tok *t = &d->toks.v[i];
	const char *w = d->text + t->s;
	size_t n = t->e - t->s, k = 1;
	if (t->kind != TOK_WORD || !(t->flags & TF_CAP) || (t->flags & TF_UPPER) || n < 6 ||
	    (t->s > 0 && (d->text[t->s - 1] == '@' || d->text[t->s - 1] == '#')))
		return 0; /* a handle or a tag: "@JaneDoeNews" */
	while (k < n && w[k] >= 'a' && w[k] <= 'z')
		k++;
	if (k < 3 || k + 2 > n || w[k] < 'A' || w[k] > 'Z' || w[k + 1] < 'a' || w[k + 1] > 'z')
		return 0;
	for (size_t j = 0; j < CRD_ARRAY_LEN(lead); j++)
		if (strlen(lead[j]) == k && memcmp(d->view.fold + t->fs, lead[j], k) == 0)
			return 0;
	return 1;
}

/* Whether what the sentence says of the one-word name at s shows a company:
 * its verb of saying before "its" or before "it" and a firm's deed ("Halvorsen
 * said it had secured ...", "Norvale says its profit ..."), a firm's noun in
 * apposition ("Eskom, the state utility,"), its shares or its chief ("Norvale's
 * shares", "Norvale's chief executive"), "shares of Norvale". A person who
 * speaks says "it was" and "it is", which tell nothing. */
static int firm_deeds(const names *x, uint32_t s)
{
	static const char *const aux[] = {
		"had", "has", "have", "would", "will", "may", "could", "is", "was"
	};
	static const char *const deeds[] = { "secured",  "acquired", "acquire", "buy",       "bought",
		                             "sell",     "sold",     "raised",  "hired",     "laid",
		                             "recalled", "launched", "signed",  "filed",     "invested",
		                             "shipped",  "posted",   "agreed",  "completed", "appointed",
		                             "expects",  "plans",    "planned", "intends",   "expected" };
	static const char *const owned[] = { "shares",     "stock",        "chief",    "ceo",
		                             "subsidiary", "headquarters", "revenue",  "revenues",
		                             "profit",     "profits",      "earnings", "shareholders",
		                             "customers",  "board" };
	const crd_doc *d = x->d;
	uint32_t n = x->n, v = s + 1;
	if (v + 1 < n && x->cue[v] && !(d->toks.v[v].flags & TF_CAP)) {
		uint32_t k = v + 1;
		if (doc_tok_is(d, &d->toks.v[k], "that") && k + 1 < n)
			k++;
		if (doc_tok_is(d, &d->toks.v[k], "its"))
			return 1;
		/* "it had secured", "it would buy", "it plans": an auxiliary
		 * tells nothing until a firm's deed follows */
		if (doc_tok_is(d, &d->toks.v[k], "it")) {
			uint32_t j = k + 1;
			while (j < n && j < k + 3 && DOC_TOK_IN(d, j, aux))
				j++;
			if (j < n && DOC_TOK_IN(d, j, deeds))
				return 1;
		}
	}
	/* "Eskom, the state utility," and "Norvale, a company that ...", not
	 * "the city of Kelmar, a similar group decided" */
	static const char *const after[] = { "that", "which", "whose", "the",   "based", "founded",
		                             "in",   "with",  "known", "owned", "run",   "and" };
	if (v + 2 < n && doc_mark_at(d, v, ',')) {
		uint32_t k = v + 1;
		if (doc_tok_is(d, &d->toks.v[k], "the") || doc_tok_is(d, &d->toks.v[k], "a") ||
		    doc_tok_is(d, &d->toks.v[k], "an")) {
			for (uint32_t j = k + 1; j < n && j <= k + 4; j++) {
				const tok *t = &d->toks.v[j];
				/* a place joined to its adjective may come first: "Payvo,
				 * the London-based payments app," */
				if (t->kind != TOK_WORD ||
				    ((t->flags & TF_CAP) &&
				     !(j == k + 1 && memchr(d->text + t->s, '-', t->e - t->s))))
					break;
				if (DOC_TOK_IN(d, j, firm_nouns))
					return j + 1 < n && (d->toks.v[j + 1].kind == TOK_PUNCT ||
					                     DOC_TOK_IN(d, j + 1, after));
			}
		}
	}
	if (v + 1 < n && doc_tok_is(d, &d->toks.v[v], "'s") && DOC_TOK_IN(d, v + 1, owned))
		return !doc_tok_is(d, &d->toks.v[v + 1], "chief") ||
		       (v + 2 < n && doc_tok_is(d, &d->toks.v[v + 2], "executive"));
	/* a firm's officers and its shares' moves, with no "'s": "Ferro
	 * founder and CEO Daniel Okafor", "Lanmark shares have risen 11%"
	 * (not "Smith shares a story") */
	static const char *const officers[] = { "ceo", "cfo", "coo", "founder", "co-founder", "cofounder" };
	static const char *const moves[] = { "rose",   "fell", "jumped", "climbed", "dropped", "slid",
		                             "gained", "lost", "closed", "ended",   "surged",  "tumbled",
		                             "were",   "have", "had",    "are",     "traded",  "slumped" };
	int named_of = s > 0 && doc_tok_is(d, &d->toks.v[s - 1], "of"); /* "Nation of Islam founder" */
	if (v < n && !named_of && (d->toks.v[v].flags & TF_SPACE) && DOC_TOK_IN(d, v, officers))
		return 1;
	if (v + 1 < n && !named_of && doc_tok_is(d, &d->toks.v[v], "chief") &&
	    (doc_tok_is(d, &d->toks.v[v + 1], "executive") || doc_tok_is(d, &d->toks.v[v + 1], "financial")))
		return 1;
	if (v + 1 < n && (doc_tok_is(d, &d->toks.v[v], "shares") || doc_tok_is(d, &d->toks.v[v], "stock")) &&
	    DOC_TOK_IN(d, v + 1, moves))
		return 1;
	static const char *const of[] = { "of", "in" };
	return s >= 2 && DOC_TOK_IN(d, s - 1, of) && doc_tok_is(d, &d->toks.v[s - 2], "shares");
}

/* Whether the name at s is where a study was published: "a study in
 * Nature Medicine", "published in The Lancet", "findings in Cell". */
static int journal_at(const names *x, uint32_t s)
{
	static const char *const works[] = { "study",    "studies", "paper",   "papers",   "published",
		                             "research", "article", "report",  "findings", "analysis",
		                             "letter",   "journal", "appeared" };
	const crd_doc *d = x->d;
	return s >= 2 && doc_tok_is(d, &d->toks.v[s - 1], "in") && DOC_TOK_IN(d, s - 2, works) &&
	       !x->place[s];
}

/* Whether the person candidate c is a place by what stands around it. A
 * place's noun and "of" before it make any name a place: "the town of
 * Sheikh Hilal", "the northern city of Kiryat Shmona". So does a person's
 * noun after a name that follows an article or an age: "a 58-year-old
 * Cedar Falls man", "an Oak Ridge couple". "near" and "outside" (and "in",
 * not before "'s") make one a place when it has no title, is of two or
 * three words, opens with no given name or surname the document knows and
 * ends with no word the document uses alone: "near Khan Younis", "in
 * Castelo Branco"; not "in Matt Rowley" where "Rowley" also stands alone,
 * nor "in Jenna Meadows", "in Nadia Delgado's" (nor "and" after a
 * place: "Darnell Price in Baton Rouge and Jamal Corley"). */
static int locative(const names *x, const uint32_t *c)
{
	static const char *const seats[] = { "town",          "city",         "village",     "villages",
		                             "district",      "region",       "province",    "suburb",
		                             "neighbourhood", "neighborhood", "governorate", "hamlet",
		                             "municipality",  "settlement",   "township" };
	/* not "family" nor "mother": "a Gold Star family" */
	static const char *const dwellers[] = { "man",  "woman",    "resident", "residents", "couple",
		                                "teen", "teenager", "boy",      "girl",      "native" };
	const crd_doc *d = x->d;
	uint32_t s = c[0], e = c[1];
	if ((c[2] != NC_PERSON && c[2] != NC_MAYBE_PERSON) || s == 0)
		return 0;
	if (s >= 2 && doc_tok_is(d, &d->toks.v[s - 1], "of") && DOC_TOK_IN(d, s - 2, seats))
		return 1;
	if (c[3] != s || x->title[s])
		return 0;
	if (e < x->n && DOC_TOK_IN(d, e, dwellers) && !(d->toks.v[e].flags & TF_CAP)) {
		uint32_t a = s - 1;
		if (a > 0 && (d->toks.v[a].flags & TF_HYPHEN) && !(d->toks.v[a].flags & TF_CAP))
			a--; /* "a 58-year-old" */
		if (doc_tok_is(d, &d->toks.v[a], "a") || doc_tok_is(d, &d->toks.v[a], "an"))
			return 1;
	}
	uint32_t words = 0;
	for (uint32_t k = s; k < e; k++)
		words += is_word(d, k);
	if (words < 2 || words > 3 || x->given_name[s] || x->orgn[s] ||
	    src_set_has(&x->surn, src_hash(d, s)) || src_set_has(&x->alone, src_hash(d, e - 1)) ||
	    (d->toks.v[s].flags & TF_UPPER) || (e < x->n && doc_tok_is(d, &d->toks.v[e], "'s")) ||
	    relative_after(x, e) == 'w')
		return 0;
	static const char *const preps[] = { "in", "near", "outside" };
	return DOC_TOK_IN(d, s - 1, preps);
}

/* Whether the name ending with the word at s is a town named with its state
 * or country after a comma, the state ending the phrase or followed by a
 * setting: "Flint, Mich.,", "Austin, Texas.", "Palm Springs, Florida on
 * Monday" (not "Colter, Texas Republican", "Smith, Texas state senator"). */
static int town_of_state(const names *x, uint32_t s)
{
	static const char *const settings[] = { "on",    "in",     "at",     "last",  "this", "earlier",
		                                "after", "before", "during", "where", "and" };
	const crd_doc *d = x->d;
	uint32_t k = s + 2;
	if (k >= x->n || !doc_mark_at(d, s + 1, ',') || !(d->toks.v[k].flags & TF_CAP))
		return 0;
	const lex_match *m = src_match(d, x->place, k);
	if (!m || !(src_attr_is(d, x->place, k, "type", "state", 0) ||
	            src_attr_is(d, x->place, k, "type", "country", 0)))
		return 0;
	uint32_t a = m->tok1;
	return a >= x->n || d->toks.v[a].kind == TOK_PUNCT || (d->toks.v[a].flags & (TF_NEWLINE | TF_SENT)) ||
	       DOC_TOK_IN(d, a, settings);
}

/* Whether the hyphenated word at i ends in an English adjective's or
 * noun's part: "Prize-winning", "York-based", "Reid-like", "Deal-era",
 * "US-citizen", "Saudi-led" (not "Abdul-Jabbar", "Park Min-jun",
 * "Al-alwani"). */
static int lower_tail(const crd_doc *d, uint32_t i)
{
	static const char *const tails[] = { "style", "type",     "like",   "era",       "area",    "esque",
		                             "born",  "run",      "backer", "citizen",   "men",     "ers",
		                             "wide",  "friendly", "led",    "designate", "language" };
	const tok *t = &d->toks.v[i];
	if (!(t->flags & TF_HYPHEN))
		return 0;
	const char *h = NULL, *end = d->text + t->e;
	for (const char *p = d->text + t->s; p < end; p++)
		if (*p == '-')
			h = p;
	if (!h || h + 3 > end || h[1] < 'a' || h[1] > 'z')
		return 0;
	size_t n = (size_t)(end - h - 1);
	const char *w = h + 1;
	if ((n > 3 && memcmp(w + n - 2, "ed", 2) == 0) || (n > 4 && memcmp(w + n - 3, "ing", 3) == 0))
		return 1; /* "-based", "-backed", "-winning" */
	for (size_t k = 0; k < CRD_ARRAY_LEN(tails); k++)
		if (strlen(tails[k]) == n && memcmp(tails[k], w, n) == 0)
			return 1;
	return 0;
}

/* An acronym of two parts joined by a hyphen at token i, each part two
 * letters or more and the token no part of a run of capitals: "WSOC-TV",
 * "AFL-CIO"; not "C-U-N-T" spelled out, nor "THE TWO-WAY". */
static int hyphened_acronym(const crd_doc *d, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	const char *p = d->text + t->s, *end = d->text + t->e, *h = memchr(p, '-', (size_t)(end - p));
	if (!h || h - p < 2 || end - h - 1 < 2 || memchr(h + 1, '-', (size_t)(end - h - 1)))
		return 0;
	for (int side = -1; side <= 1; side += 2) {
		if ((side < 0 && i == 0) || (side > 0 && i + 1 >= d->toks.n))
			continue;
		const tok *u = &d->toks.v[i + side];
		if (u->kind == TOK_WORD && (u->flags & TF_UPPER) && u->e - u->s >= 2)
			return 0;
	}
	return 1;
}

/* Whether the word at k that makes runs things ("Song", "Day") is a
 * surname instead: the last word of the run [s, e), right after a given
 * name ("Dr. Alan Reed", "Carla Day"; not "Memorial Day", "Martin Luther
 * King Day"). */
static int thing_surname(const names *x, uint32_t k, uint32_t s, uint32_t e)
{
	const crd_doc *d = x->d;
	if (k != e - 1 || k <= s || !x->given_name[k - 1] || x->stop[k - 1] ||
	    !src_attr_is(d, x->stop, k, "type", "thing", 1))
		return 0;
	/* not the end of a title that joins names: "The Opie and Anthony Show" */
	return k < 2 || !(doc_tok_is(d, &d->toks.v[k - 2], "and") || doc_tok_is(d, &d->toks.v[k - 2], "&") ||
	                  doc_tok_is(d, &d->toks.v[k - 2], "the"));
}

/* A compass word or a word of height or size opening a name makes it part
 * of a place: "West Texas", "North Darfur", "Upper Galilee", "Greater
 * Sudbury", "Lower East Side", "South Los Angeles" (of two words, or three
 * after a second such word or a known place): 1. A people's name ("North
 * Koreans", "North Vietnamese") names nobody: -1; one of them ("the
 * Republican South Carolinian told ...") is a person, and a known place
 * that goes on ("South Carolina State") is the vocabulary's to read: 0. */
static int compass_place(const names *x, uint32_t s, uint32_t e)
{
	static const char *const compass[] = { "north",     "south",     "east",      "west",
		                               "northeast", "northwest", "southeast", "southwest",
		                               "upper",     "lower",     "greater" };
	static const char *const people[] = { "ian", "ians", "ean", "eans", "ese", "ans" };
	const crd_doc *d = x->d;
	if (e - s < 2 || e - s > 3 || !DOC_TOK_IN(d, s, compass) || !is_word(d, e - 1) ||
	    (x->place[s] && src_match(d, x->place, s)->tok1 > s + 1))
		return 0;
	if (e - s == 3 && !DOC_TOK_IN(d, s + 1, compass) && !known_place(x, s + 1, e))
		return 0;
	const tok *t = &d->toks.v[e - 1];
	const char *f = d->view.fold + t->fs;
	size_t n = t->fe - t->fs;
	for (size_t k = 0; k < CRD_ARRAY_LEN(people); k++) {
		size_t m = strlen(people[k]);
		if (n > m + 2 && memcmp(f + n - m, people[k], m) == 0)
			return f[n - 1] == 's' || f[n - 1] == 'e' ? -1 : 0;
	}
	return 1;
}

/* Whether the word in capitals at i shouts rather than abbreviates: a word
 * the document also writes in lower case in its prose ("hints for MONTHS"
 * where it has "months"; not "NRCC" of "www.nrcc.org") and in capitals
 * once (an acronym recurs: "CGI ... the CGI meeting ... 3 cgi sponsors"), a word that shouting puts in
 * capitals or a loaded one (emphatic_caps, loaded_language: "HUGE", "LYING"), or a verb's or an adverb's
 * form, which no acronym takes ("They LIED", "in MOURNING", "FALSELY"). A known organisation or place was
 * read before ("CNN"). */
static int shouted(const names *x, uint32_t i)
{
	const crd_doc *d = x->d;
	const tok *t = &d->toks.v[i];
	size_t n = t->fe - t->fs;
	if (!(t->flags & TF_UPPER) || (t->flags & (TF_DIGIT | TF_ABBREV | TF_HYPHEN)) || n < 3)
		return 0;
	const char *f = d->view.fold + t->fs;
	if (!src_set_has(&x->upper2, src_hash(d, i)) &&
	    (src_set_has(&x->prose, src_hash(d, i)) ||
	     (n >= 4 && f[n - 1] == 's' && src_set_has(&x->prose, (uint32_t)crd_hash(f, n - 1)))))
		return 1; /* "MONTHS" where the text has "month" */
	const crd_engine *en = d->engine;
	int emphatic = engine_lexicon(en, "emphatic_caps"), loaded = engine_lexicon(en, "loaded_language");
	if ((emphatic >= 0 && lex_has_match(d, emphatic, i, i + 1, NULL)) ||
	    (loaded >= 0 && lex_has_match(d, loaded, i, i + 1, NULL)))
		return 1;
	return (n >= 6 && memcmp(f + n - 3, "ing", 3) == 0) || (n >= 4 && memcmp(f + n - 2, "ed", 2) == 0) ||
	       (n >= 5 && memcmp(f + n - 2, "ly", 2) == 0);
}

/* Whether the word at i is part of a web address, a handle or a tag, glued
 * to the marks around it: "nrcc" of "www.nrcc.org", "giphy" of "@giphy". */
static int glued(const crd_doc *d, uint32_t i)
{
	if (i > 0 && !(d->toks.v[i].flags & (TF_SPACE | TF_NEWLINE)) && d->toks.v[i - 1].kind != TOK_PUNCT)
		return 1; /* "@giphy", "#tag" */
	if (i > 0 && !(d->toks.v[i].flags & (TF_SPACE | TF_NEWLINE)) &&
	    (doc_mark_at(d, i - 1, '.') || doc_mark_at(d, i - 1, '/') || doc_mark_at(d, i - 1, '@')))
		return 1;
	return i + 2 < d->toks.n && !(d->toks.v[i + 1].flags & (TF_SPACE | TF_NEWLINE)) &&
	       !(d->toks.v[i + 2].flags & (TF_SPACE | TF_NEWLINE)) && d->toks.v[i + 2].kind == TOK_WORD &&
	       (doc_mark_at(d, i + 1, '.') || doc_mark_at(d, i + 1, '/') || doc_mark_at(d, i + 1, '@'));
}

/* Whether the word at k is the numeral of a generation that closes a
 * person's name of two words or more, as "Jr." does: "Carl Mowbray III",
 * "Dana R. Voss II": two words, or more that open on a given name or
 * an initial after the first; not a row of acronyms nor a thing's series
 * ("Moravia II", "World War II", "Grand Theft Auto IV"). */
static int generation(const names *x, uint32_t r, uint32_t k, uint32_t e)
{
	static const char *const numerals[] = { "ii", "iii", "iv" };
	const crd_doc *d = x->d;
	if (k + 1 != e || k < r + 2 || !(k == r + 2 || x->given_name[r] || initial_part(d, r + 1)) ||
	    !DOC_TOK_IN(d, k, numerals))
		return 0;
	const tok *p = &d->toks.v[k - 1];
	return p->kind == TOK_WORD && !(p->flags & TF_UPPER) && p->fe - p->fs > 1;
}

/* Classifies the run [s, e) (already trimmed) and records it. */
static void classify(names *x, uint32_t s, uint32_t e)
{
	const crd_doc *d = x->d;
	if (ampersand(d, s))
		s++; /* the partner before it was a sentence's common word: "Reporter & Cameraman" */
	if (s >= e)
		return;
	uint32_t len = e - s;

	/* A dateline names where the report was filed ("KELMAR —",
	 * "BEIRUT, Lebanon —"); the agency in its parenthesis ("(AP)"), a
	 * known organisation and the date ("Aug 31") stay what they are. */
	if (x->dateline && !(s > 0 && doc_mark_at(d, s - 1, '(')) && !covers(d, x->orgn, s, e) &&
	    !(e < x->n && d->toks.v[e].kind == TOK_NUM)) {
		int date = 0;
		for (uint32_t k = s; k < e && !date; k++)
			date = src_attr_is(d, x->stop, k, "type", "date", 1);
		if (!date) {
			push_cand(x, s, e, NC_PLACE, s);
			return;
		}
	}

	/* A title followed by name words: the last title in the run wins, so
	 * "Senate Majority Leader Tom McAllister" is a person. */
	uint32_t tend = 0;
	for (uint32_t k = s; k < e; k++) {
		const lex_match *m = src_match(d, x->title, k);
		if (m && m->tok1 <= e && m->tok1 > tend)
			tend = m->tok1;
	}
	uint32_t dots = 0;
	for (uint32_t k = tend ? tend : e; k < e; k++)
		dots += initial_part(d, k) && !is_word(d, k);
	/* a title-case headline goes on after a title and a given name: the
	 * name is the given name and the word after it ("Governor Lena Marsh
	 * | Signs Budget Bill"), which the names of people settle later */
	if (tend && x->unreliable && e - tend - dots > 4 && x->given_name[tend] && is_word(d, tend + 1) &&
	    !initial_part(d, tend + 1)) {
		e = tend + 2;
		len = e - s;
	}
	/* (a known organisation whose name opens with a title's word is the
	 * organisation: "TD Ameritrade", where "TD" is also an Irish deputy) */
	if (tend && tend < e && e - tend - dots <= 4 && !covers(d, x->orgn, s, e)) {
		int plain = 1;
		/* a place's head word or an organisation's name ending a title
		 * and a given name is a surname: "Governor Lena Park", "Senator
		 * Rosa Hill", "Mayor Alan Fox"; so is a head word that
		 * is also a surname right after an honorific: "Mr. Park", "Ms.
		 * Ridge" (not "President Street", nor the town of "Lady Lake") */
		static const char *const noble[] = { "lady", "lord", "sir", "dame" };
		static const char *const offices[] = { "officer",   "executive",  "director",   "president",
			                               "counsel",   "treasurer",  "controller", "secretary",
			                               "chairman",  "chairwoman", "manager",    "strategist",
			                               "economist", "scientist",  "editor" };
		/* a royal's name before a county's head word is the county's:
		 * "Prince William County", "Prince George's County" */
		if (src_attr_is(d, x->title, tend - 1, "kind", "royal", 1) && tend < e &&
		    doc_tok_is(d, &d->toks.v[e - 1], "county")) {
			push_cand(x, s, e, NC_PLACE, s);
			return;
		}
		int hon = src_attr_is(d, x->title, tend - 1, "kind", "honorific", 1) &&
		          !DOC_TOK_IN(d, tend - 1, noble);
		for (uint32_t k = tend; k < e && plain; k++)
			plain = !x->orgw[k] && !(x->orgn[k] && !(k == e - 1 && k > tend)) &&
			        !(src_attr_is(d, x->place, k, "type", "head", 1) &&
			          !(k == e - 1 && (k > tend || (hon && src_attr_is(d, x->place, k, "surname",
			                                                           "yes", 1))))) &&
			        !(x->stop[k] && !src_attr_is(d, x->stop, k, "type", "particle", 1) &&
			          !initial_part(d, k) && !thing_surname(x, k, tend, e)) &&
			        !ordinal(d, k) && (is_word(d, k) || initial_part(d, k));
		/* an office written out in capitals after its title is no name:
		 * "Chief Executive Officer", "Chief Commercial Officer" */
		if (plain && !hon && DOC_TOK_IN(d, e - 1, offices))
			return;
		if (plain) {
			push_cand(x, s, e, x->unreliable ? NC_MAYBE_PERSON : NC_PERSON, tend);
			return;
		}
	}
	/* a role no vocabulary lists, known by its ending, before a given
	 * name and a surname: "Lassen County Recorder Irene Falk",
	 * "FBI Special Agent Dan Moyer" */
	for (uint32_t nw = 2; !tend && nw <= 3 && e - s > nw; nw++) {
		uint32_t rl = e - nw - 1;
		if (!role_ending(d, rl) || stop_word(x, rl))
			continue;
		int plain = 1;
		for (uint32_t k = rl + 1; k < e && plain; k++)
			plain = is_word(d, k) && !common_word(x, k) && !x->stop[k] && !x->orgw[k] &&
			        !x->orgn[k] && !x->place[k] && !x->title[k] && !ordinal(d, k) &&
			        !(d->toks.v[k].flags & TF_UPPER);
		if (plain) {
			push_cand(x, s, e, x->unreliable ? NC_MAYBE_PERSON : NC_PERSON, rl + 1);
			return;
		}
	}
	/* a title with no name after it names nobody when only places,
	 * organisations and other titles stand before it: "Vermont
	 * Senator", "Alaska Gov.", "U.S. Vice President" (not "Ray King",
	 * "Mr. King", "Department of Justice") */
	if (tend == e && e - s >= 2 && !covers(d, x->orgn, s, e) &&
	    !has_word_in(d, x->orgw, s, e, NULL, NULL)) {
		uint32_t ts = e;
		while (ts > s && x->title[ts - 1] && src_match(d, x->title, ts - 1)->tok1 == e)
			ts--;
		int bare = ts > s;
		for (uint32_t k = s; k < ts && bare; k++)
			bare = (x->place[k] && !src_attr_is(d, x->place, k, "type", "lead", 1)) ||
			       src_attr_is(d, x->stop, k, "type", "adj", 1);
		if (bare)
			return;
	}
	/* a known name of one word that is also a common word (common=yes)
	 * opening a sentence is the common word where the document also writes
	 * it in lower case and a lower-case word
	 * that is no verb of saying follows: "Labour costs rose" where the
	 * text has "labour" (not "Labour said") */
	if (len == 1 && src_attr_is(d, x->orgn, s, "common", "yes", 1) && initial(d, s) != INI_NO &&
	    src_set_has(&x->prose, src_hash(d, s)) && e < x->n && d->toks.v[e].kind == TOK_WORD &&
	    !(d->toks.v[e].flags & TF_CAP) && !x->cue[e])
		return;
	for (uint32_t k = s; k < e; k++)
		if (covers(d, x->orgn, k, e) && (k == s || !x->title[s])) {
			push_cand(x, s, e, NC_ORG, s);
			return;
		}
	/* an outlet's name opens the names of its channels: "Fox Business",
	 * "CNN Money" (but "Google Chairman Evan Schell" has a title, and
	 * "CNN Republican debate" an adjective) */
	if (src_attr_is(d, x->orgn, s, "kind", "media", 0) && !has_word_in(d, x->title, s, e, NULL, NULL)) {
		const lex_match *m = src_match(d, x->orgn, s);
		int plain = m->tok1 < e && e - m->tok1 <= 2;
		/* "Bloomberg TV" */
		for (uint32_t k = m->tok1; k < e && plain; k++)
			plain = !x->stop[k] || src_attr_is(d, x->stop, k, "type", "acronym", 1);
		if (plain) {
			push_cand(x, s, e, NC_ORG, s);
			return;
		}
	}
	/* a known organisation's branch in a country or state: "NHS England",
	 * "Amnesty International USA" (not "Greenpeace Germany's ...": the
	 * place is whole) */
	if (x->orgn[s] && !x->title[s]) {
		const lex_match *m = src_match(d, x->orgn, s);
		const lex_match *pl = m->tok1 < e ? src_match(d, x->place, m->tok1) : NULL;
		if (pl && pl->tok1 == e &&
		    (src_attr_is(d, x->place, m->tok1, "type", "country", 0) ||
		     src_attr_is(d, x->place, m->tok1, "type", "state", 0))) {
			push_cand(x, s, e, NC_ORG, s);
			return;
		}
	}
	/* a body named by its own words before the country it works in, the
	 * country in capitals: "Priorities USA", "Age UK", "Water UK" (not
	 * "Former US", "Top US": words of grammar, qualifiers, places) */
	static const char *const qualifiers[] = { "former", "top",   "senior", "leading", "local", "rival",
		                                  "fellow", "major", "key",    "new",     "latest" };
	if (len >= 2 && len <= 4 && !x->unreliable && (d->toks.v[e - 1].flags & TF_UPPER) &&
	    src_attr_is(d, x->place, e - 1, "type", "country", 0) &&
	    src_match(d, x->place, e - 1)->tok1 == e && !DOC_TOK_IN(d, s, qualifiers)) {
		int own = 1;
		for (uint32_t k = s; k + 1 < e && own; k++)
			own = is_word(d, k) && (d->toks.v[k].flags & TF_CAP) &&
			      !(d->toks.v[k].flags & TF_UPPER) && !x->stop[k] && !x->place[k] &&
			      !x->title[k] && !x->given_name[k];
		if (own) {
			push_cand(x, s, e, NC_ORG, s);
			return;
		}
	}
	/* a football club's name ends with its own head word: "Manchester
	 * United", "Bristol Rovers", "Wigan Athletic", "Tottenham Hotspur" */
	static const char *const clubs[] = {
		"united", "rovers", "wanderers", "athletic", "albion", "hotspur"
	};
	if (len >= 2 && len <= 4 && DOC_TOK_IN(d, e - 1, clubs) && !x->title[s]) {
		push_cand(x, s, e, NC_ORG, s);
		return;
	}
	/* a street's head word written short, with its full stop or without,
	 * ends its name: "Church St.", "Main St.", "Lake Ave.", "Ridgecrest
	 * Rd" (where "St." opening a name is a saint's: "St. Joseph") */
	static const char *const street_abbr[] = { "st.", "ave.", "rd.", "blvd.", "st", "ave", "rd", "blvd" };
	if (e > s + 1 && DOC_TOK_IN(d, e - 1, street_abbr) && (d->toks.v[e - 1].flags & TF_CAP)) {
		push_cand(x, s, e, NC_PLACE, s);
		return;
	}
	/* a wildfire is named for where it started, with "Fire" after the
	 * place: "the Camp Fire", "the Pinecrest Fire"; no person's name ends
	 * so */
	if (len >= 2 && doc_tok_is(d, &d->toks.v[e - 1], "fire") && (d->toks.v[e - 1].flags & TF_CAP) &&
	    !(d->toks.v[e - 1].flags & TF_UPPER) && !x->title[s])
		return;
	/* a street's quarter after its head word: "Main Street West" */
	static const char *const quarter[] = { "north", "south", "east", "west" };
	uint32_t he = len > 2 && DOC_TOK_IN(d, e - 1, quarter) ? e - 1 : e;
	static const char *const within[] = { "in", "near", "outside" };
	if ((src_attr_is(d, x->place, he - 1, "type", "head", 1) && len > 1 &&
	     !(len == 2 && x->given_name[s] && src_attr_is(d, x->place, e - 1, "surname", "yes", 1) &&
	       !(s > 0 && DOC_TOK_IN(d, s - 1, within) && !(d->toks.v[s - 1].flags & TF_CAP)))) ||
	    /* "Drury Lane", "Franklin County", not "Chet Lane" (but "in Beverly
	     * Hills", where a person stands seldom) */
	    (len > 1 && covers(d, x->place, s, e) && !src_attr_is(d, x->place, s, "type", "head", 0) &&
	     !src_attr_is(d, x->place, s, "type", "lead", 0))) {
		push_cand(x, s, e, NC_PLACE, s); /* "the Oval Office": a known place before head words */
		return;
	}
	/* a newspaper's head word alone opening a sentence is a common word:
	 * "Daily walks help", "Times have changed" (not "Times reported") */
	if (len == 1 && src_attr_is(d, x->orgw, s, "kind", "media", 1) && initial(d, s) != INI_NO &&
	    e < x->n && d->toks.v[e].kind == TOK_WORD && !(d->toks.v[e].flags & TF_CAP) && !x->cue[e])
		return;
	/* a head word of bodies opening the sentence before two words that no
	 * vocabulary knows, a given name and a surname, is a player's position
	 * or a soldier's service: "Guard Chris Vaughn missed his sixth game" */
	if (x->orgw[s] && !x->title[s] && initial(d, s) == INI_OPENS && e - s == 3 && is_word(d, s + 1) &&
	    is_word(d, s + 2) && !x->orgw[s + 1] && !x->orgw[s + 2] && !x->orgn[s + 1] && !x->place[s + 1] &&
	    !x->place[s + 2] && !x->stop[s + 1] && !x->stop[s + 2] && !common_word(x, s + 1) &&
	    !common_word(x, s + 2)) {
		push_cand(x, s + 1, e, NC_PERSON, s + 1);
		return;
	}
	/* a broadcaster's letters and "TV": "KQZT TV", "WRXB TV" (not "FREE
	 * TV", whose word the text writes in lower case too) */
	if (e - s == 2 && doc_tok_is(d, &d->toks.v[e - 1], "tv") && (d->toks.v[e - 1].flags & TF_UPPER) &&
	    (d->toks.v[s].flags & TF_UPPER) && !(d->toks.v[s].flags & TF_DIGIT) && !x->stop[s] &&
	    !x->unreliable && d->toks.v[s].e - d->toks.v[s].s <= 6 &&
	    !src_set_has(&x->prose, src_hash(d, s))) {
		push_cand(x, s, e, NC_ORG, s);
		return;
	}
	for (uint32_t k = s; k < e; k++)
		if (x->orgw[k] && !(k == s && x->title[k]) &&
		    !src_attr_is(d, x->place, k, "type", "head", 1)) {
			push_cand(x, s, e, NC_ORG, s);
			return;
		}
	/* a lake's and a river's head word leads its name too: "Lake Michigan",
	 * "River Thames" (not "Border Patrol", "Village Voice") */
	if (((src_attr_is(d, x->place, s, "type", "lead", 1) && (d->toks.v[s].flags & TF_CAP)) ||
	     (len <= 3 && (doc_tok_is(d, &d->toks.v[s], "lake") || doc_tok_is(d, &d->toks.v[s], "river")))) &&
	    len > 1 && !lower_tail(d, e - 1)) {
		push_cand(x, s, e, NC_PLACE, s); /* "Fort Lauderdale", "San Pedro" */
		return;
	}
	/* Known places, possibly after an adjective ("Northern Syria"). */
	uint32_t r = s;
	while (r < e && src_attr_is(d, x->stop, r, "type", "adj", 1) && !known_place(x, r, e))
		r++; /* but "Saudi Arabia" */
	if (r < e && known_place(x, r, e) && !src_attr_is(d, x->place, r, "type", "head", 0) &&
	    !src_attr_is(d, x->place, r, "type", "lead", 0)) {
		const lex_match *m = src_match(d, x->place, r);
		uint32_t end = m->tok1 == e + 1 && doc_mark_at(d, e, '.') ? e + 1 : e; /* "Mich." */
		push_cand(x, s, end, NC_PLACE, r);
		return;
	}
	if (r == e) {
		/* "Syrian", "Republican": adjectives; "Cuban" is a person only
		 * where "Lou Cuban" was named */
		if (len == 1 && src_attr_is(d, x->stop, s, "surname", "yes", 1))
			push_cand(x, s, e, NC_SURNAME, s);
		return;
	}
	for (uint32_t k = r; k < e; k++) {
		if (!x->stop[k] || src_attr_is(d, x->stop, k, "type", "particle", 1) || initial_part(d, k) ||
		    caps_acronym(x, k))
			continue;
		if (k == e - 1 && k > r && src_attr_is(d, x->stop, k, "surname", "yes", 1) &&
		    !x->stop[k - 1] && !x->place[k - 1] && !x->orgw[k - 1])
			continue; /* a surname that is also an adjective: "Lou Cuban" */
		if (thing_surname(x, k, r, e))
			continue; /* "Alan Song", "Carla Day" */
		/* "Affordable Care Act", "Super Tuesday", "Democrats" */
		return;
	}
	if (src_party_tag(d, r))
		return; /* a party and state: "R-N.H.", "(D-Ill.)", "D-New York" */
	const tok *t = &d->toks.v[r];
	if (e - r == 1) {
		if (covers(d, x->title, r, e))
			return; /* "President" alone */
		if (shouted(x, r))
			return; /* "Is she OFF the market?" */
		/* an acronym: "NATO", and with a hyphen a station's call sign
		 * or a federation ("WSOC-TV", "AFL-CIO") */
		size_t n = t->e - t->s;
		if ((t->flags & TF_UPPER) && !(t->flags & TF_DIGIT) && !x->unreliable &&
		    (n <= 6 || (n <= 9 && hyphened_acronym(d, r)))) {
			push_cand(x, r, e, NC_ORG, r);
			return;
		}
		push_cand(x, r, e, NC_SINGLE, r);
		return;
	}
	uint32_t words = 0;
	for (uint32_t k = r; k < e; k++)
		words += !(initial_part(d, k) && !is_word(d, k));
	if (words > 4 || ordinal(d, r))
		return;
	for (uint32_t k = r; k < e; k++)
		if (d->toks.v[k].flags & TF_UPPER && !(d->toks.v[k].flags & TF_ABBREV) &&
		    !initial_part(d, k) && !generation(x, r, k, e))
			return; /* "ISIS NDF", a row of acronyms */
	if (lower_tail(d, e - 1))
		return; /* an adjective: "Nobel Prize-winning", "New York-based" */
	if (src_attr_is(d, x->place, r, "type", "city", 0) && src_match(d, x->place, r)->tok1 < e &&
	    src_plural_form(d->view.fold + d->toks.v[e - 1].fs, d->toks.v[e - 1].fe - d->toks.v[e - 1].fs)) {
		push_cand(x, s, e, NC_ORG, r); /* a team: "Dallas Mavericks", "New York Jets" */
		return;
	}
	/* titles and no name: "the Inspector General", "Mr. President"; but
	 * after "Mr." a title that is no office is a surname: "Mr. King" */
	uint32_t k = r;
	for (const lex_match *m; k < e && (m = src_match(d, x->title, k)) && m->tok1 <= e;) {
		if (k > r && src_attr_is(d, x->title, k - 1, "kind", "honorific", 1) &&
		    !src_attr_is(d, x->title, k, "kind", "office", 0))
			break;
		k = m->tok1;
	}
	if (k == e)
		return;
	/* a crowd of a party or a place: "Republican Senators", "Michigan
	 * Protesters", "Nevada Senators" (not a union's "Electrical Workers") */
	if (e - r == 2 && src_attr_is(d, x->srcw, e - 1, "number", "pl", 1) && !x->orgw[e - 1] &&
	    (src_attr_is(d, x->stop, r, "type", "adj", 1) || x->place[r]) &&
	    !src_attr_is(d, x->srcw, e - 1, "class", "org", 0) &&
	    !src_attr_is(d, x->srcw, e - 1, "class", "doc", 0))
		return;
	/* the people of a "New" place: "New Yorkers", "New Zealanders", "New
	 * Mexicans": a crowd, no name (a lead word's are no safer: "Fort
	 * Myers") */
	if (e - r == 2 && doc_tok_is(d, &d->toks.v[r], "new")) {
		const tok *w = &d->toks.v[e - 1];
		const char *f = d->view.fold + w->fs;
		size_t n = w->fe - w->fs;
		if (n > 5 && (memcmp(f + n - 3, "ers", 3) == 0 || memcmp(f + n - 3, "ans", 3) == 0))
			return;
	}
	/* partners joined by "&" name a firm: "Cobalt & Finch" */
	for (uint32_t j = r + 1; j + 1 < e; j++)
		if (ampersand(d, j)) {
			push_cand(x, r, e, NC_ORG, r);
			return;
		}
	int cp = compass_place(x, r, e);
	if (cp) {
		if (cp > 0)
			push_cand(x, r, e, NC_PLACE, r);
		return;
	}
	/* a team the text calls "the Titans" elsewhere: "Lakeside Titans" */
	if (e - r >= 2 && src_set_has(&x->teams, src_hash(d, e - 1)) &&
	    !src_set_has(&x->surf, src_hash(d, e - 1)) && !x->given_name[r]) {
		push_cand(x, s, e, NC_ORG, r);
		return;
	}
	push_cand(x, r, e, x->unreliable ? NC_MAYBE_PERSON : NC_PERSON, r);
}

/* A run that fills a quotation by itself is the title of a work ("Good
 * Morning America"), unless the vocabularies know it. */
static int quoted_title(const names *x, uint32_t s, uint32_t e)
{
	const crd_doc *d = x->d;
	if (s == 0 || e >= x->n || !(d->toks.v[s - 1].flags & TF_QUOTE))
		return 0;
	uint32_t q = e;
	if (q + 1 < x->n && d->toks.v[q].kind == TOK_PUNCT && !(d->toks.v[q].flags & TF_QUOTE))
		q++;
	if (!(d->toks.v[q].flags & TF_QUOTE))
		return 0;
	return !covers(d, x->orgn, s, e) && !covers(d, x->place, s, e);
}

/* Whether the cue at v takes a word its need= names after it, where that
 * word is a noun or a preposition ("reached for", "did not return CNN's
 * request"): without it the verb has another sense ("the Hales returned
 * to the headlines"). A need of "that" or a quotation is the reporting
 * sense itself, which a name may also speak without. */
static int need_unmet(const names *x, uint32_t v)
{
	const crd_doc *d = x->d;
	const char *u = src_attr(d, x->cue, v, "need", 0);
	if (!u || strstr(u, "that") || strstr(u, "quote"))
		return 0;
	uint32_t w = src_match(d, x->cue, v)->tok1;
	if (w >= x->n || !is_word(d, w))
		return 1;
	return !src_listed_tok(d, u, &d->toks.v[w]);
}

/* Whether the word after the cue at v is one its unless= names, which gives
 * the verb another sense: a figure for "#" ("Construction added 34,000
 * jobs", "added $5 million") or a listed word ("added fewer jobs"). */
static int unless_met(const names *x, uint32_t v)
{
	const crd_doc *d = x->d;
	const char *u = src_attr(d, x->cue, v, "unless", 0);
	uint32_t w = src_match(d, x->cue, v)->tok1;
	if (!u || w >= x->n)
		return 0;
	const tok *t = &d->toks.v[w];
	if (t->kind == TOK_NUM || (t->kind == TOK_SYM && w + 1 < x->n && d->toks.v[w + 1].kind == TOK_NUM))
		return src_listed(u, "#", 1);
	return is_word(d, w) && src_listed_tok(d, u, t);
}

/* Whether a strong reporting verb (or "according to"'s object) makes the
 * single word at i a speaker. */
static int speaks(const names *x, uint32_t i)
{
	const crd_doc *d = x->d;
	uint32_t v = i + 1;
	if (v < x->n && x->gram[v] && src_attr_is(d, x->gram, v, "role", "adv", 1))
		v++;
	/* the last of names joined by "and", whose verb "both", "each" or
	 * "all" follows: "Pratt and Vance both said", "Ames, Ruiz and Ola
	 * each said" */
	if (v < x->n && i >= 2 &&
	    (doc_tok_is(d, &d->toks.v[v], "both") || doc_tok_is(d, &d->toks.v[v], "each") ||
	     doc_tok_is(d, &d->toks.v[v], "all")) &&
	    doc_tok_is(d, &d->toks.v[i - 1], "and"))
		v++;
	/* a cue that reports only after a quotation opens no sentence with a
	 * speaker: "Having read the proposal, we ..." */
	if (v < x->n && x->cue[v] && !src_attr(d, x->cue, v, "type", 0) &&
	    !src_attr(d, x->cue, v, "form", 0) && !need_unmet(x, v) && !unless_met(x, v) &&
	    (src_attr_is(d, x->cue, v, "strength", "strong", 0) || initial(d, i) != INI_OPENS) &&
	    !(initial(d, i) == INI_OPENS && src_attr(d, x->cue, v, "after", 0)))
		return 1;
	/* "Kestler, who ..." */
	if (i + 2 < x->n && doc_mark_at(d, i + 1, ',') && doc_tok_is(d, &d->toks.v[i + 2], "who"))
		return 1;
	/* "..., said Devane." */
	if (i >= 2 && src_attr_is(d, x->cue, i - 1, "strength", "strong", 1) &&
	    (doc_mark_at(d, i - 2, ',') || (d->toks.v[i - 2].flags & TF_QUOTE)))
		return 1;
	return 0;
}

/* 'w' when ", who" follows token e-1, 'h' for ", which", else 0. */
static int relative_after(const names *x, uint32_t e)
{
	const crd_doc *d = x->d;
	if (e + 1 >= x->n || !doc_mark_at(d, e, ','))
		return 0;
	if (doc_tok_is(d, &d->toks.v[e + 1], "who"))
		return 'w';
	if (doc_tok_is(d, &d->toks.v[e + 1], "which"))
		return 'h';
	return 0;
}

/* Whether the word at k may end a person's name in a title-case line: no
 * word the document writes in lower case, no vocabulary word, no verb's
 * form ("Bill Revoking"). */
static int name_word(const names *x, uint32_t k)
{
	const crd_doc *d = x->d;
	const tok *t = &d->toks.v[k];
	size_t n = t->fe - t->fs;
	const char *f = d->view.fold + t->fs;
	return is_word(d, k) && !src_set_has(&x->lower, src_hash(d, k)) && !x->stop[k] && !x->orgw[k] &&
	       !x->place[k] && !x->title[k] && !src_ing_form(d, k) &&
	       !(n > 4 && memcmp(f + n - 2, "ed", 2) == 0);
}

/* Whether the word at k is an initial or initials: "J", ".", "H.W.". */
static int initials(const names *x, uint32_t k)
{
	const tok *t = &x->d->toks.v[k];
	return initial_part(x->d, k) || (t->kind == TOK_WORD && (t->flags & TF_ABBREV) && t->e - t->s <= 4);
}

/* Whether the candidate c of a title-case line is a person, and where the
 * name ends. A given name (or an honorific) opens it: all its words when
 * the line or a mark ends it there ("Ada Marie Cole ...", "Photo: Jon J.
 * Mercer"), else the given name, its initials and the word after them
 * ("Governor Lena Park Signs ...": "Governor Lena Park"; "Lena M. Ames
 * Is Here"), or the honorific's word ("Dr. Haskell and Brill"). A title
 * before two name words or more that a mark ends: "Or even President Alan
 * Gonzo (2007)?". Not "Flu Shot", "Senator Caught in Scandal": neither word
 * is a name the vocabularies or the document know. */
static int headline_given(const names *x, uint32_t *c)
{
	const crd_doc *d = x->d;
	uint32_t g = c[3], e = c[1];
	int ends =
	        e >= x->n || d->toks.v[e].kind == TOK_PUNCT || (d->toks.v[e].flags & (TF_SENT | TF_NEWLINE));
	int whole = ends && g + 2 <= e;
	for (uint32_t k = g; k < e && whole; k++)
		whole = name_word(x, k) || (k > g && initials(x, k));
	int hon = c[3] > c[0] && src_attr_is(d, x->title, c[3] - 1, "kind", "honorific", 1);
	if (whole && (c[3] > c[0] || (x->given_name[g] && !x->stop[g])))
		return 1;
	if (!x->given_name[g] || x->stop[g] || src_set_has(&x->lower, src_hash(d, g))) {
		if (!hon || !name_word(x, g))
			return 0;
		c[1] = g + 1;
		return 1;
	}
	uint32_t k = g + 1;
	while (k < e && initials(x, k))
		k++;
	if (k < e && name_word(x, k))
		c[1] = k + 1;
	else if (k > g + 1 && k == e)
		c[1] = k;
	else if (hon && name_word(x, g))
		c[1] = g + 1;
	else
		return 0;
	return 1;
}

/* Whether the name of a title-case line at c, a title leading it, is a
 * person after all: its words up to the last surname the document names
 * people with ("Sen. Claire Donnelly Caught": "Sen. Claire Donnelly"). */
static int headline_surname(const names *x, uint32_t *c)
{
	const crd_doc *d = x->d;
	if (c[3] == c[0])
		return 0;
	for (uint32_t k = c[1] - 1; k-- > c[3];)
		if (is_word(d, k) && src_set_has(&x->surn, src_hash(d, k))) {
			c[1] = k + 1;
			return 1;
		}
	return 0;
}

static int emit(names *x, const uint32_t *c, int cls)
{
	crd_doc *d = x->d;
	static const int feat[] = {
		[NC_PERSON] = F_NAMED_PERSON, [NC_ORG] = F_NAMED_ORG, [NC_PLACE] = F_PLACE
	};
	uint32_t s = c[0], e = c[1];
	/* a given name and an initial, the surname withheld: "Linda P.", as
	 * testimonials and interviews name people; the item takes the full
	 * stop. Not where a capitalised word follows, the surname the run
	 * missed ("Lena M. | Ames"), nor before "and" ("Walter G. and Henry
	 * H. Prentiss") */
	int partial = cls == NC_PERSON && e - c[3] == 2 && e < x->n && is_word(d, e - 1) &&
	              d->toks.v[e - 1].e - d->toks.v[e - 1].s == 1 && (d->toks.v[e - 1].flags & TF_CAP) &&
	              doc_mark_at(d, e, '.') && !(d->toks.v[e].flags & TF_SPACE) && x->given_name[c[3]];
	if (partial && e + 1 < x->n) {
		const tok *nx = &d->toks.v[e + 1];
		partial = !(nx->kind == TOK_WORD && (nx->flags & TF_CAP)) && !doc_tok_is(d, nx, "and") &&
		          !ampersand(d, e + 1);
	}
	/* a newsroom's job after a byline's name is nobody: "Staff Writer",
	 * "Senior Reviews Editor" (but "Jane Editor" has a given name); nor
	 * is the credit of a desk's unsigned copy: "By Staff Reports", "Wire
	 * Report" */
	static const char *const jobs[] = { "writer",        "writers",        "editor",    "editors",
		                            "reporter",      "reporters",      "columnist", "contributor",
		                            "correspondent", "correspondents", "producer",  "staff",
		                            "report",        "reports" };
	if (cls == NC_PERSON && DOC_TOK_IN(d, e - 1, jobs) && !x->given_name[c[3]])
		return 0;
	/* nor one found by another way ("2nd District") */
	for (uint32_t k = c[3]; cls == NC_PERSON && k < e; k++)
		if (is_word(d, k) && model_code(d, k))
			return 0;
	/* Lead with the title, or "the" before a unit ("the 104th Airborne Brigade"). */
	uint32_t it = doc_add(d, feat[cls], d->toks.v[s].s, d->toks.v[partial ? e : e - 1].e);
	if (it == UINT32_MAX)
		return -1;
	if (partial)
		doc_attr_bool(d, it, "partial", 1);
	if (cls == NC_PERSON && c[3] > s) {
		const lex_match *m = NULL;
		for (uint32_t k = s; k < c[3]; k++)
			if (!m && x->title[k] && src_match(d, x->title, k)->tok1 == c[3])
				m = src_match(d, x->title, k);
		if (m) {
			size_t n;
			const char *tt = doc_tok_text(d, &d->toks.v[m->tok0], &n);
			size_t tl = d->toks.v[m->tok1 - 1].fe - d->toks.v[m->tok0].fs;
			(void)n;
			doc_attr_strn(d, it, "title", tt, tl);
			const char *g = lex_phrase_attr(d->engine->lex, m->phrase, "gender");
			if (g)
				doc_attr_str(d, it, "gender", g);
			const char *k = lex_phrase_attr(d->engine->lex, m->phrase, "kind");
			if (k)
				doc_attr_str(d, it, "title_kind", k);
		}
	} else if (cls == NC_ORG) {
		const char *k = NULL;
		/* a head word of two words inside the name speaks for both: "the
		 * Los Angeles County Medical Examiner" is no newspaper */
		for (uint32_t j = s; j < e && !k; j++) {
			k = src_attr(d, x->orgn, j, "kind", 0);
			/* a head word that heads a name only at its end says
			 * nothing inside one: "Texas Health and Human Services
			 * Commission" is no company */
			if (!k && !(j + 1 < e && src_attr_is(d, x->orgw, j, "tail", "yes", 1)))
				k = src_attr(d, x->orgw, j, "kind",
				             !(x->orgw[j] && src_match(d, x->orgw, j)->tok1 <= e));
		}
		/* a committee of a party is the party's: "the National Republican
		 * Congressional Committee" */
		if (k && strcmp(k, "government") == 0 && has_word_in(d, x->stop, s, e, "party", "yes")) {
			static const char *const bodies[] = { "committee", "committees" };
			for (uint32_t j = s; j < e; j++)
				if (DOC_TOK_IN(d, j, bodies))
					k = "political";
		}
		if (!k && e - s >= 3 && src_domain_end(d, e - 2, x->n) == e)
			k = "website";
		if (!k && e - s == 1 && (d->toks.v[s].flags & TF_UPPER) &&
		    doc_tok_is(d, &d->toks.v[s], "who"))
			k = "government"; /* the World Health Organization's, not the band's */
		if (k)
			doc_attr_str(d, it, "kind", k);
	} else if (cls == NC_PLACE) {
		const char *k = src_attr(d, x->place, c[3], "type", 0);
		const char *alone = src_attr(d, x->place, c[3], "alone", 0);
		if (alone && c[3] == s && src_match(d, x->place, s)->tok1 == e &&
		    !(e < x->n && doc_tok_is(d, &d->toks.v[e], "state")) &&
		    !(s >= 2 && doc_mark_at(d, s - 1, ',') && (d->toks.v[s - 2].flags & TF_CAP) &&
		      !x->stop[s - 2]))
			k = alone; /* "Washington" the capital, not "Seattle, Washington" */
		if (k && strcmp(k, "head") != 0 && strcmp(k, "lead") != 0 &&
		    !src_attr_is(d, x->place, e - 1, "type", "head", 1))
			doc_attr_str(d, it, "kind", k);
	}
	return d->nomem ? -1 : 0;
}

/* Whether the head word at k that heads a name only as its last word
 * (tail=yes) does so here: in a sentence whose capitals mean something,
 * after a capitalised word that is no head word nor stop word, before no
 * capitalised word, "of" or web domain: "Duke Energy", "Norvena
 * Therapeutics", "Lincoln Elementary"; not "the Energy Department",
 * "Secretary of Energy", "HealthCare.gov", "Schools reopened", "Reclaim
 * Our Schools", nor a headline's "Candidates Must Address Clean Energy".
 * Other head words always head. */
static int tail_head(const names *x, uint32_t k)
{
	const crd_doc *d = x->d;
	if (!src_attr_is(d, x->orgw, k, "tail", "yes", 1))
		return 1;
	const tok *p = k > 0 ? &d->toks.v[k - 1] : NULL;
	if (!p || p->kind != TOK_WORD || !(p->flags & TF_CAP) || x->orgw[k - 1] || x->stop[k - 1] ||
	    x->unreliable || (d->toks.v[k].flags & (TF_SENT | TF_NEWLINE)))
		return 0;
	if (k + 1 >= x->n || (d->toks.v[k + 1].flags & (TF_SENT | TF_NEWLINE)))
		return 1;
	const tok *t = &d->toks.v[k + 1];
	/* not before another capitalised word ("the Energy Department"), but
	 * before a period or a legal form ("Duke Energy Q3 sales", "Corvina
	 * Foods Inc") */
	if ((t->kind == TOK_WORD && (t->flags & TF_CAP) && !period_label(d, k + 1) &&
	     !legal_form(d, k + 1)) ||
	    doc_tok_is(d, t, "of"))
		return 0;
	return !(doc_mark_at(d, k + 1, '.') && !(t->flags & TF_SPACE) && k + 2 < x->n && is_word(d, k + 2) &&
	         !(d->toks.v[k + 2].flags & TF_SPACE));
}

static int run(crd_doc *d)
{
	uint32_t n = (uint32_t)d->toks.n;
	if (n == 0)
		return 0;
	const crd_engine *en = d->engine;
	names x;
	memset(&x, 0, sizeof x);
	x.d = d;
	x.n = n;
	d->scratch.n = 0;
	size_t setcap = src_set_size(n);
	if (vec_reserve((void **)&d->scratch.v, &d->scratch.cap, (size_t)n * 13 + 15 * setcap + d->sents.n,
	                sizeof(uint32_t)) != 0)
		return -1;
	uint32_t *p = d->scratch.v;
	x.title = p, p += n;
	x.orgw = p, p += n;
	x.orgn = p, p += n;
	x.place = p, p += n;
	x.stop = p, p += n;
	x.cue = p, p += n;
	x.srcw = p, p += n;
	x.gram = p, p += n;
	x.given_name = p, p += n;
	src_set_init(&x.lower, p, setcap), p += setcap;
	src_set_init(&x.prose, p, setcap), p += setcap;
	src_set_init(&x.upper, p, setcap), p += setcap;
	src_set_init(&x.upper2, p, setcap), p += setcap;
	src_set_init(&x.surn, p, setcap), p += setcap;
	src_set_init(&x.given, p, setcap), p += setcap;
	src_set_init(&x.alone, p, setcap), p += setcap;
	src_set_init(&x.midcap, p, setcap), p += setcap;
	src_set_init(&x.orgs, p, setcap), p += setcap;
	src_set_init(&x.shortn, p, setcap), p += setcap;
	src_set_init(&x.acro, p, setcap), p += setcap;
	src_set_init(&x.tail, p, setcap), p += setcap;
	src_set_init(&x.firms, p, setcap), p += setcap;
	src_set_init(&x.teams, p, setcap), p += setcap;
	src_set_init(&x.surf, p, setcap), p += setcap;
	x.unrel = p, p += d->sents.n;
	memset(x.unrel, 0, d->sents.n * sizeof *x.unrel);
	x.cand = p;
	const int lex[] = { engine_lexicon(en, "person_titles"),  engine_lexicon(en, "org_words"),
		            engine_lexicon(en, "org_names"),      engine_lexicon(en, "places"),
		            engine_lexicon(en, "name_stopwords"), engine_lexicon(en, "attribution_cue"),
		            engine_lexicon(en, "source_words"),   engine_lexicon(en, "attribution_grammar"),
		            engine_lexicon(en, "given_names") };
	uint32_t *const at[] = {
		x.title, x.orgw, x.orgn, x.place, x.stop, x.cue, x.srcw, x.gram, x.given_name
	};
	src_index_lexicons(d, lex, at, CRD_ARRAY_LEN(lex));
	/* A British party's plural name is a crowd in other copy ("the
	 * Conservatives", "the Greens"): a name only where the document names
	 * a British party too, capitalised (not "a conservative party") and,
	 * for one that is also a common word, inside a sentence. A
	 * party named whole ("Reform UK") is named by
	 * its first word alone afterwards ("Reform said"). */
	int uk = 0;
	for (uint32_t i = 0; i < n && !uk; i++)
		uk = src_attr_is(d, x.orgn, i, "party", "uk", 0) && (d->toks.v[i].flags & TF_CAP) &&
		     !(src_attr_is(d, x.orgn, i, "common", "yes", 1) && initial(d, i) != INI_NO);
	for (uint32_t i = 0; i < n; i++) {
		/* an acronym that is also a name (name=yes) written in title case
		 * inside a sentence is the name: "columnist Ai Mei" (not "AI") */
		if (src_attr_is(d, x.stop, i, "name", "yes", 1) && !(d->toks.v[i].flags & TF_UPPER) &&
		    (d->toks.v[i].flags & TF_CAP) && initial(d, i) == INI_NO)
			x.stop[i] = 0;
		if (!uk && src_attr_is(d, x.orgn, i, "need", "uk", 0))
			x.orgn[i] = 0;
		if (src_attr_is(d, x.orgn, i, "short", "yes", 0))
			src_set_add(&x.shortn, src_hash(d, i));
	}

	uint32_t cur_sent = UINT32_MAX;
	for (uint32_t i = 0; i < n; i++) {
		const tok *t = &d->toks.v[i];
		if (t->kind == TOK_WORD && !(t->flags & TF_CAP)) {
			src_set_add(&x.lower, src_hash(d, i));
			if (!glued(d, i))
				src_set_add(&x.prose, src_hash(d, i));
		} else if (t->kind == TOK_WORD && (t->flags & TF_UPPER)) {
			uint32_t h = src_hash(d, i);
			if (src_set_has(&x.upper, h))
				src_set_add(&x.upper2, h);
			else
				src_set_add(&x.upper, h);
		}
		if (t->sent != cur_sent && t->sent < d->sents.n) {
			cur_sent = t->sent;
			x.unrel[cur_sent] = (uint32_t)sentence_unreliable(&x, &d->sents.v[cur_sent]);
			x.unreliable = (int)x.unrel[cur_sent];
		}
		if (x.orgw[i] && !tail_head(&x, i))
			x.orgw[i] = 0;
		uint32_t g = group_plural(&x, i);
		if (g)
			src_set_add(&x.teams, src_hash(d, g));
		if (t->kind == TOK_WORD && (t->flags & TF_CAP) && i > 0 &&
		    (x.given_name[i - 1] || initial_part(d, i - 1)))
			src_set_add(&x.surf, src_hash(d, i));
		if (t->kind == TOK_WORD && (t->flags & TF_CAP) && !x.unreliable && i > 0 &&
		    is_word(d, i - 1) && (d->toks.v[i - 1].flags & TF_CAP) &&
		    !(t->flags & (TF_SENT | TF_NEWLINE)))
			src_set_add(&x.tail, src_hash(d, i)); /* "Daniel Kemper" */
		/* "with the Tax Policy Center": a capital no sentence start
		 * explains, in a sentence whose capitals mean something */
		if (t->kind == TOK_WORD && (t->flags & TF_CAP) && !x.unreliable &&
		    !(i > 0 && is_word(d, i - 1) && (d->toks.v[i - 1].flags & TF_CAP)) &&
		    initial(d, i) == INI_NO)
			src_set_add(&x.midcap, src_hash(d, i));
	}

	/* Pass 1: runs of capitals, classified by their words. */
	cur_sent = UINT32_MAX;
	for (uint32_t i = 0; i < n; i++) {
		if (d->toks.v[i].sent != cur_sent && d->toks.v[i].sent < d->sents.n) {
			cur_sent = d->toks.v[i].sent;
			x.unreliable = (int)x.unrel[cur_sent]; /* found by the first pass */
		}
		if (!capword(&x, i) && !(ordinal(d, i) && i + 1 < n && capword(&x, i + 1)))
			continue;
		uint32_t e = run_end(&x, i), s = i;
		/* after a figure with its unit the capitals go on naming a thing
		 * or a time: "the 5K Charity Run", "9:00AM EST" (not "14Lester
		 * Holt", a number glued to a name) */
		if (i > 0 && figure(d, i - 1) && d->text[d->toks.v[i - 1].e - 1] >= 'A' &&
		    d->text[d->toks.v[i - 1].e - 1] <= 'Z' &&
		    !(d->toks.v[i].flags & (TF_SENT | TF_NEWLINE))) {
			i = e - 1;
			continue;
		}
		/* Drop the sentence-opening words whose capital is grammar's; a
		 * dateline's words are all the place's ("STATE COLLEGE, Pa."),
		 * and a particle before a name is the name's ("Ben Carver", "Le
		 * Pen", "El Paso"). */
		x.dateline = doc_zone_at(d, d->toks.v[i].s) == ZONE_DATELINE;
		int ini = initial(d, i);
		/* after a closing quotation mark, only a stop word or a
		 * headline's capital is grammar's */
		if (ini == INI_AFTER_QUOTE && !x.unreliable && !stop_word(&x, i))
			ini = INI_NO;
		while (!x.dateline && s < e &&
		       (s == i ? ini != INI_NO || src_attr_is(d, x.stop, s, "type", "aux", 1) : 1) &&
		       (stop_word(&x, s) ||
		        (common_word(&x, s) &&
		         (!src_set_has(&x.midcap, src_hash(d, s)) ||
		          (s + 1 == e && src_attr_is(d, x.srcw, s, "number", "pl", 1)))) ||
		        (s == i && s + 1 < e &&
		         (src_adverb_form(d, s) ||
		          /* a participle opening a sentence before a name is
		           * the clause's verb ("Addressing | Ames directly,
		           * Delgado said"), unless the text capitalises it
		           * inside one too ("Morning Joe", "Wyoming") or the
		           * run ends on capitals before a verb of saying, a body
		           * that speaks ("Cycling UK said"; not "Everything
		           * Ames says") */
		          (src_ing_form(d, s) && !src_set_has(&x.midcap, src_hash(d, s)) &&
		           !(e < n && x.cue[e] && (d->toks.v[e - 1].flags & TF_UPPER))))) ||
		        (s == i && s + 1 == e && plural_subject(&x, s) &&
		         !src_set_has(&x.tail, src_hash(d, s)) && !src_set_has(&x.midcap, src_hash(d, s)))) &&
		       !(s + 1 < e && src_attr_is(d, x.stop, s, "type", "particle", 1)) &&
		       !((x.title[s] || x.orgw[s] || src_attr_is(d, x.stop, s, "lead", "yes", 1)) &&
		         s + 1 < e) &&
		       !owned_institution(&x, s, s + 1) && !covers(d, x.orgn, s, e) &&
		       !covers(d, x.place, s, e) &&
		       !(s + 1 == e && src_set_has(&x.shortn, src_hash(d, s)) && speaks(&x, s)) &&
		       /* a common word after the opening "The" of a body whose
		        * head word ends the run is the body's: "The Rail |
		        * Delivery Group", "The Food Standards Agency" (not "Story
		        * Continued Below The Senate") */
		       !(s > i && s + 1 < e && x.orgw[e - 1] && !stop_word(&x, s) &&
		         !(d->toks.v[s].flags & TF_HYPHEN) && !has_word_in(d, x.stop, s + 1, e, NULL, NULL)))
			s++; /* but "The Department of Homeland Security", and a
			      * word the text capitalises mid-sentence stays ("Note:
			      * The | Tax Policy Center" though it also says "tax"),
			      * unless it is a crowd alone ("Officials said", which
			      * a flattened headline also capitalises after "says"),
			      * and a word that leads a thing's name stays with it
			      * ("Hurricane Milton slammed ...") */
		/* no name opens with the full stop of a dropped word: an
		 * interview's "A. No. We looked at ..." */
		while (s > i && s < e && !is_word(d, s) && doc_mark_at(d, s, '.'))
			s++;
		/* a surname with its lower-case particles, the given name left
		 * out: "de Santis said", "von der Mark", "bin Rashid"; not the
		 * German articles "den", "das" */
		if (s == i && e == i + 1 && ini == INI_NO) {
			uint32_t b = i;
			while (b > 0 && i - b < 2 && !(d->toks.v[b - 1].flags & TF_CAP) &&
			       (d->toks.v[b].flags & TF_SPACE) &&
			       src_attr_is(d, x.stop, b - 1, "type", "particle", 1) &&
			       !doc_tok_is(d, &d->toks.v[b - 1], "den") &&
			       !doc_tok_is(d, &d->toks.v[b - 1], "das"))
				b--;
			if (b < i && !(b > 0 && capword(&x, b - 1)))
				s = b;
		}
		/* the plural of an acronym is a crowd, no name: "MPs voted",
		 * "Super PACs"; a known organisation, place or adjective before
		 * it stays a name ("Labour | MPs"), not a unit's head word ("Navy
		 * SEALs") */
		if (s < e && acronym_plural(d, e - 1) && !(e < n && src_domain_end(d, e, n)) &&
		    !(e - 1 > s && x.orgw[e - 2])) {
			int known = 1;
			for (uint32_t k = s; k + 1 < e && known; k++)
				known = x.orgn[k] || x.orgw[k] || x.place[k] ||
				        src_attr_is(d, x.stop, k, "type", "adj", 1) || !is_word(d, k);
			if (!known || e - 1 == s) {
				i = e - 1; /* the plural too */
				continue;
			}
			e--;
		}
		/* an adjective made with a hyphen stands before the name, not
		 * in it: "Shi'ite-led | Iran", "Saudi-backed | Houthis" */
		for (uint32_t k = s; k + 1 < e; k++)
			if (lower_tail(d, k))
				s = k + 1;
		/* a web address is the word glued to its domain alone:
		 * "Reposted With Permission From | LibertyLedger.com" */
		uint32_t de = src_domain_end(d, e, n);
		if (de && s + 1 < e && !quoted_title(&x, s, e - 1))
			classify(&x, s, e - 1);
		if (de) {
			push_cand(&x, e - 1, de, NC_ORG, e - 1);
			e = de;
		} else if (s < e && !quoted_title(&x, s, e)) {
			classify(&x, s, e - post_nominal(d, s, e));
		}
		i = e - 1;
	}

	/* A name of words with no title after a preposition of place, its
	 * state after it, is a town: "in Palm Springs, Florida"; not "Tomas
	 * Reyes, Texas, said". */
	for (size_t k = 0; k < x.ncand; k++) {
		uint32_t *c = x.cand + 4 * k;
		if ((c[2] == NC_PERSON || c[2] == NC_MAYBE_PERSON) && c[3] == c[0] && c[1] - c[0] >= 2 &&
		    c[0] > 0 && !x.title[c[0]] && place_prep(d, c[0] - 1) && town_of_state(&x, c[1] - 1))
			c[2] = NC_PLACE;
	}

	/* A common noun of a firm or a body right before a name with no title
	 * makes it that body: "maritime security firm Ambrey", "drugmaker
	 * Norvena"; so does a study published in it: "a study in Nature
	 * Medicine". */
	for (size_t k = 0; k < x.ncand; k++) {
		uint32_t *c = x.cand + 4 * k;
		if ((c[2] == NC_PERSON || c[2] == NC_MAYBE_PERSON || c[2] == NC_SINGLE) && c[3] == c[0] &&
		    !x.title[c[0]] && (firm_noun(&x, c[0]) || journal_at(&x, c[0])))
			c[2] = NC_ORG;
	}

	/* A title-case line's name that a given name or an honorific opens is
	 * a person, and teaches its surname. */
	for (size_t k = 0; k < x.ncand; k++) {
		uint32_t *c = x.cand + 4 * k;
		if (c[2] == NC_MAYBE_PERSON && headline_given(&x, c))
			c[2] = NC_PERSON;
	}

	/* The words that stand alone as a name. */
	for (size_t k = 0; k < x.ncand; k++) {
		const uint32_t *c = x.cand + 4 * k;
		if (c[1] - c[0] == 1 && c[2] != NC_ORG && c[2] != NC_PLACE)
			src_set_add(&x.alone, src_hash(d, c[0]));
	}
	/* Surnames of the people found, so that "Zahreddine" alone is a person;
	 * found again once the places a preposition shows are known. */
	for (int round = 0; round < 2; round++) {
		if (round == 1) {
			int moved = 0;
			for (size_t k = 0; k < x.ncand; k++) {
				uint32_t *c = x.cand + 4 * k;
				if (locative(&x, c)) {
					c[2] = NC_PLACE;
					moved = 1;
				}
			}
			if (!moved)
				break;
			src_set_init(&x.surn, x.surn.slot, setcap);
		}
		for (size_t k = 0; k < x.ncand; k++) {
			const uint32_t *c = x.cand + 4 * k;
			if (c[2] == NC_PERSON && !(d->toks.v[c[1] - 1].flags & TF_UPPER))
				src_set_add(&x.surn, src_hash(d, c[1] - 1));
		}
	}
	/* Given names too, which celebrity and campaign copy uses alone ("Tami
	 * Jessup ... Tami also claims"), of names of two or three words whose
	 * surname the document also uses alone: "Patriot Coal" and "Oculus
	 * Rift" are no people, and "Coal" never stands alone. A given name the
	 * vocabulary knows needs no such proof: tabloid copy names "Gemma Hart"
	 * once and "Gemma" ever after, never "Hart". The given name is no
	 * vocabulary word ("Neither Delgado nor ..."). */
	for (size_t k = 0; k < x.ncand; k++) {
		const uint32_t *c = x.cand + 4 * k;
		if (c[2] != NC_PERSON || c[1] - c[3] < 2 || c[1] - c[3] > 3 ||
		    (d->toks.v[c[3]].flags & TF_ABBREV) || d->toks.v[c[3]].e - d->toks.v[c[3]].s < 2 ||
		    x.stop[c[3]] || x.gram[c[3]] || x.place[c[3]] || x.orgw[c[3]] || x.orgn[c[3]])
			continue; /* nor an initial: "J Cole" */
		if (src_set_has(&x.alone, src_hash(d, c[1] - 1)) ||
		    (x.given_name[c[3]] && !x.title[c[1] - 1] && !x.orgw[c[1] - 1] &&
		     !(c[0] > 0 && doc_tok_is(d, &d->toks.v[c[0] - 1], "the"))))
			src_set_add(&x.given, src_hash(d, c[3])); /* not "the Charlotte Hornets",
			                                           * "Elizabeth Mayor says" */
	}

	/* The word that names a company before its head words, which the
	 * article then uses alone: "Northwind Technologies ... A Northwind
	 * representative", "Acme Corp. ... Acme said". Only a company's: a
	 * university, foundation or department may carry a person's name
	 * ("Ames University"). */
	for (size_t k = 0; k < x.ncand; k++) {
		const uint32_t *c = x.cand + 4 * k;
		if (c[2] != NC_ORG || c[1] - c[0] < 2 || x.stop[c[0]] || x.title[c[0]] || x.orgw[c[0]] ||
		    x.place[c[0]] || x.given_name[c[0]] || !is_word(d, c[0]) ||
		    src_set_has(&x.surn, src_hash(d, c[0])))
			continue; /* not "Ames" of "Ames University" where Walter Ames is named */
		/* the words after it are a company's head words, or capitalised
		 * words before its last head word ("Fairway Growth Partners",
		 * "Kestrel Robotics") */
		int heads = 1;
		for (uint32_t w = c[0] + 1; w < c[1] && heads; w++)
			heads = src_attr_is(d, x.orgw, w, "kind", "company", 1) || legal_form(d, w) ||
			        (!is_word(d, w) && (d->toks.v[w].flags & TF_ABBREV)) ||
			        (doc_mark_at(d, w, ',') && w + 1 < c[1] && legal_form(d, w + 1)) ||
			        (w + 1 < c[1] && is_word(d, w) && (d->toks.v[w].flags & TF_CAP) &&
			         !x.stop[w] && !x.place[w] && !x.orgw[w] &&
			         src_attr_is(d, x.orgw, c[1] - 1, "kind", "company", 1));
		if (heads)
			src_set_add(&x.orgs, src_hash(d, c[0]));
	}
	/* and a firm's name of one word that a common noun named: "firm
	 * Ambrey ... Ambrey said" */
	for (size_t k = 0; k < x.ncand; k++) {
		const uint32_t *c = x.cand + 4 * k;
		if (c[2] == NC_ORG && c[1] - c[0] == 1 && firm_noun(&x, c[0]))
			src_set_add(&x.orgs, src_hash(d, c[0]));
	}
	/* and a one-word name a sentence shows to be a company, or written in
	 * camel case as it speaks: "Halvorsen said its ...", "MicroStrategy
	 * disclosed" */
	for (size_t k = 0; k < x.ncand; k++) {
		const uint32_t *c = x.cand + 4 * k;
		if (c[2] == NC_SINGLE && (firm_deeds(&x, c[0]) || (camel_case(&x, c[0]) && speaks(&x, c[0]))))
			src_set_add(&x.firms, src_hash(d, c[0]));
	}
	/* and acronyms read as organisations where capitals tell: "NASA" of
	 * "NASA Confirms ..." is the NASA of the report's sentences */
	for (size_t k = 0; k < x.ncand; k++) {
		const uint32_t *c = x.cand + 4 * k;
		if (c[2] == NC_ORG && c[1] - c[0] == 1 && (d->toks.v[c[0]].flags & TF_UPPER) &&
		    !x.unrel[d->toks.v[c[0]].sent])
			src_set_add(&x.acro, src_hash(d, c[0]));
	}

	/* Pass 2: settle single words and title-case runs, and emit. */
	for (size_t k = 0; k < x.ncand; k++) {
		uint32_t *c = x.cand + 4 * k;
		int cls = (int)c[2];
		/* A relative pronoun tells people from things: "Linda Park, who
		 * ...", "Northfield Analytical, which ...". Names made by a head
		 * word or by default give way to it; titles and known names do not. */
		int rel = relative_after(&x, c[1]);
		int partners = 0; /* "Marsh & Tolliver, who": the firm's lawyer before it */
		for (uint32_t j = c[0] + 1; j + 1 < c[1] && !partners; j++)
			partners = ampersand(d, j);
		/* a place after its preposition is still one before ", who",
		 * which goes back to the people there: "business owners on
		 * Leith Walk, who ..." */
		int located = cls == NC_PLACE && c[0] > 0 &&
		              (place_prep(d, c[0] - 1) || doc_tok_is(d, &d->toks.v[c[0] - 1], "on"));
		if (rel == 'w' && (cls == NC_PLACE || cls == NC_ORG) && c[3] == c[0] && !x.title[c[0]] &&
		    !x.orgn[c[0]] && !covers(d, x.place, c[0], c[1]) && c[1] - c[0] >= 2 && !partners &&
		    !located)
			cls = NC_PERSON;
		else if (rel == 'h' && (cls == NC_PERSON || cls == NC_MAYBE_PERSON) && c[3] == c[0])
			cls = NC_ORG;
		if (cls == NC_SURNAME) {
			/* "Cuban said", "Cuban's", but never "Cuban officials" */
			if (!src_set_has(&x.surn, src_hash(d, c[0])) ||
			    (c[1] < n && d->toks.v[c[1]].kind == TOK_WORD && !x.cue[c[1]] &&
			     !doc_tok_is(d, &d->toks.v[c[1]], "'s")))
				continue;
			cls = NC_PERSON;
		}
		if (cls == NC_SINGLE || cls == NC_MAYBE_PERSON) {
			uint32_t last = c[1] - 1;
			if (cls == NC_SINGLE && home_town(&x, k))
				cls = NC_PLACE;
			else if (src_set_has(&x.surn, src_hash(d, last)))
				cls = NC_PERSON;
			else if (cls == NC_MAYBE_PERSON && headline_surname(&x, c))
				cls = NC_PERSON; /* "Sen. Claire Donnelly | Caught on Tape" */
			else if (cls == NC_SINGLE && src_set_has(&x.given, src_hash(d, c[0])) &&
			         !src_set_has(&x.lower, src_hash(d, c[0])) &&
			         !(c[0] > 0 && doc_tok_is(d, &d->toks.v[c[0] - 1], "the")))
				cls = NC_PERSON; /* not "Will" where the text has "will", not "the Dow" */
			else if (cls == NC_SINGLE && src_set_has(&x.firms, src_hash(d, c[0])))
				cls = NC_ORG; /* "Halvorsen said it had secured ..." */
			else if (cls == NC_SINGLE && town_of_state(&x, c[0]))
				cls = NC_PLACE;
			else if (cls == NC_SINGLE && x.orgn[c[0]] && covers(d, x.orgn, c[0], c[1]))
				cls = NC_ORG;
			else if (cls == NC_SINGLE && src_set_has(&x.shortn, src_hash(d, c[0])))
				cls = NC_ORG; /* "Reform", after "Reform UK" */
			else if (cls == NC_SINGLE && src_set_has(&x.orgs, src_hash(d, c[0])) &&
			         !src_set_has(&x.lower, src_hash(d, c[0])))
				cls = NC_ORG; /* "Northwind", after "Northwind Technologies" */
			else if (cls == NC_SINGLE && (d->toks.v[c[0]].flags & TF_UPPER) &&
			         src_set_has(&x.acro, src_hash(d, c[0])))
				cls = NC_ORG; /* "NASA Confirms ...", where the report has "NASA said" */
			else if (cls == NC_SINGLE && c[0] > 0 &&
			         (doc_tok_is(d, &d->toks.v[c[0] - 1], "in") ||
			          doc_tok_is(d, &d->toks.v[c[0] - 1], "near") ||
			          doc_tok_is(d, &d->toks.v[c[0] - 1], "outside")) &&
			         !(c[1] < n && doc_tok_is(d, &d->toks.v[c[1]], "'s")) &&
			         !doc_tok_is(d, &d->toks.v[c[0]], "may") && !lower_tail(d, c[0]) &&
			         !headline_word(&x, c[0]))
				cls = NC_PLACE; /* not the month of "in May", nor "in Spanish-language";
				                 * before a verb too: "officials in Austin worry" */
			else if (cls == NC_SINGLE && c[0] > 1 && doc_tok_is(d, &d->toks.v[c[0] - 1], "for") &&
			         src_attr_is(d, x.srcw, c[0] - 2, "class", "spokes", 1))
				cls = NC_ORG; /* what a spokesman speaks for, named by one word
				               * no person of the text bears: "a spokeswoman
				               * for Tesco said" (the verb is the spokeswoman's) */
			else if (cls == NC_SINGLE && c[0] > 0 && !(d->toks.v[c[0] - 1].flags & TF_CAP) &&
			         !(d->toks.v[c[0]].flags & TF_NEWLINE) &&
			         src_attr_is(d, x.srcw, c[0] - 1, "class", "org", 1) &&
			         !src_set_has(&x.surn, src_hash(d, c[0])) &&
			         !(c[0] > 1 && (doc_tok_is(d, &d->toks.v[c[0] - 2], "a") ||
			                        doc_tok_is(d, &d->toks.v[c[0] - 2], "an"))))
				cls = NC_ORG; /* the name an organisation's noun puts before
				               * it: "the statistics office Istat said", "the
				               * insurer Aviva"; not a person's surname, nor
				               * the subject of a relative clause on "a" noun
				               * ("a state Ames won") */
			else if (cls == NC_SINGLE && speaks(&x, c[0]) && !x.srcw[c[0]])
				cls = NC_PERSON; /* not a crowd: "..., Insiders Claim" */
			else
				continue;
		}
		if (emit(&x, c, cls) != 0)
			return -1;
	}
	return d->nomem ? -1 : 0;
}

/*
 * The attributes of the name lexicons that the names detector, and the
 * attribution and language detectors after it, compare with fixed words.
 * A kind reaches the evidence too (attrs.kind, attrs.title_kind). Free:
 * office of person_titles (a rank's name), abbr of places (read by none).
 */
static const char *const yes[] = { "yes", NULL };
static const char *const genders[] = { "m", "f", NULL };
static const char *const place_types[] = { "country", "state", "city", "region", "head", "lead", NULL };
static const char *const org_kinds[] = { "media",    "government", "civil", "political",
	                                 "military", "company",    NULL };

static const det_attr names_attrs[] = {
	{ "name_stopwords", "type", DET_ONE_OF,
	  (const char *const[]){ "function", "aux", "date", "adj", "group", "thing", "acronym", "particle",
	                         NULL },
	  0 },
	{ "name_stopwords", "surname", DET_ONE_OF, yes, 0 },
	{ "name_stopwords", "party", DET_ONE_OF, yes, 0 },
	{ "name_stopwords", "lead", DET_ONE_OF, yes, 0 },
	{ "name_stopwords", "name", DET_ONE_OF, yes, 0 },
	{ "places", "type", DET_ONE_OF, place_types, 0 },
	{ "places", "alone", DET_ONE_OF, place_types, 0 },
	{ "places", "surname", DET_ONE_OF, yes, 0 },
	{ "person_titles", "kind", DET_ONE_OF,
	  (const char *const[]){ "honorific", "religious", "rank", "office", "royal", NULL }, 0 },
	{ "person_titles", "gender", DET_ONE_OF, genders, 0 },
	{ "given_names", "gender", DET_ONE_OF, genders, 0 },
	{ "org_names", "kind", DET_ONE_OF, org_kinds, 0 },
	{ "org_names", "common", DET_ONE_OF, yes, 0 },
	{ "org_names", "short", DET_ONE_OF, yes, 0 },
	{ "org_names", "party", DET_ONE_OF, (const char *const[]){ "uk", NULL }, 0 },
	{ "org_names", "need", DET_ONE_OF, (const char *const[]){ "uk", NULL }, 0 },
	{ "org_words", "kind", DET_ONE_OF, org_kinds, 0 },
	{ "org_words", "tail", DET_ONE_OF, yes, 0 },
	{ 0 },
};

const detector det_names_detector = { "names", run, (const int[]){ F_NAMED_PERSON, F_NAMED_ORG, F_PLACE, -1 },
	                              names_attrs };
