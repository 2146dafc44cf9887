/* det_transparency.c -- detector: disclaimers, corrections and boilerplate. */
#include <stdlib.h>
#include <string.h>

#include "detect.h"
#include "engine.h"
#include "lexicon.h"

/*
 * Three features, each read from its lexicon in context (need= in the
 * lexicon files says which context a phrase needs):
 *
 *   disclaimer  the page disclaims what it prints: "could not be
 *               independently verified", "not necessarily the views of X",
 *               "Sponsored" as a label, "Disclaimer:" over a note. kind =
 *               unverified | views | sponsored | affiliate | satire |
 *               advice | forward_looking | disclosure | unreviewed | legal.
 *               The hedges inside one are the page's caveat, not the
 *               report's hedging, and are dropped.
 *   correction  a correction, clarification or update notice: "Correction:",
 *               "An earlier version of this story misstated", "This post has
 *               been updated". kind = correction | clarification | update.
 *               One item per notice sentence, from its cue to its end.
 *   boilerplate page furniture: one item per furniture zone (related links,
 *               adverts, share rows, author biographies, comment policy),
 *               kind = the zone; plus furniture labels that zones could not
 *               cut out of flattened text ("RELATED: ...", "Featured image
 *               via ..."), kind = the zone they would have had, or
 *               image_credit.
 *
 * Labels are told from prose by where they stand: "Correction:" opens a line
 * or a sentence and a colon follows; "the correction in the stock market"
 * does neither. "Sponsored by X" as a label, not "a video, sponsored by X,".
 */

enum { NEED_ANY, NEED_LABEL, NEED_META, NEED_NOTE, NEED_NEG, NEED_NEG_AFTER, NEED_JOURNALISM, NEED_SELF };

/* The need= words, in enum order ("need=neg_after" is NEED_NEG_AFTER). */
static const char *const need_names[] = { "any",       "label",      "meta", "note", "neg",
	                                  "neg_after", "journalism", "self", NULL };

static int need_of(const lex_set *ls, uint32_t phrase)
{
	const char *n = lex_phrase_attr(ls, phrase, "need");
	for (int i = 0; n && need_names[i]; i++)
		if (strcmp(n, need_names[i]) == 0)
			return i;
	return NEED_ANY;
}

static char tchar(const crd_doc *d, const tok *t)
{
	return d->view.fold[t->fs];
}

/* Whether token i opens a line or a sentence, after an opening bracket,
 * quote or bullet. */
static int opens(const crd_doc *d, uint32_t i)
{
	uint32_t k = i;
	while (k > 0 && i - k < 2) {
		const tok *p = &d->toks.v[k - 1];
		if (p->kind == TOK_WORD || p->kind == TOK_NUM)
			break;
		char c = tchar(d, p);
		if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';')
			break;
		k--;
		if (p->flags & (TF_SENT | TF_NEWLINE | TF_PARA))
			return 1;
	}
	const tok *t = &d->toks.v[i];
	return i == 0 || (t->flags & (TF_SENT | TF_NEWLINE | TF_PARA)) != 0 ||
	       (k < i && (d->toks.v[k].flags & (TF_SENT | TF_NEWLINE | TF_PARA)));
}

/* Whether the phrase over tokens [t0, t1) stands as a heading: it opens a line
 * or sentence and a colon, bracket or dash follows, or nothing does (the end
 * of its sentence or line). With loose, "by" may follow too, and a short
 * sentence of a few words counts ("Sponsored content from Acme"). */
static int label_at(const crd_doc *d, uint32_t t0, uint32_t t1, int loose)
{
	if (!opens(d, t0))
		return 0;
	uint32_t sent = d->toks.v[t0].sent;
	if (t1 >= d->toks.n || d->toks.v[t1].sent != sent || (d->toks.v[t1].flags & (TF_NEWLINE | TF_PARA)))
		return 1;
	if (doc_mark_at(d, t1, ':') || doc_mark_at(d, t1, '(') || doc_mark_at(d, t1, '-') ||
	    doc_mark_at(d, t1, '|') || doc_mark_at(d, t1, '.') || doc_mark_at(d, t1, ']') ||
	    doc_mark_at(d, t1, ')'))
		return 1;
	if (!loose)
		return 0;
	if (doc_tok_is(d, &d->toks.v[t1], "by"))
		return 1;
	const seg_sentence *s = &d->sents.v[sent];
	return s->tok1 - s->tok0 <= 8;
}

/* detect.h: also the zones' test of a views disclaimer. */
int det_meta_sentence(const crd_doc *d, uint32_t i)
{
	static const char *const words[] = { "necessarily", "own", "solely", "author", "authors",
		                             "writer", "writers", "reflect", "reflects", "represent",
		                             "represents", "contributor", "contributors", "commenter",
		                             "commenters", "publisher" };
	const seg_sentence *s = &d->sents.v[d->toks.v[i].sent];
	/* A window of the sentence: bounded work however long it runs. */
	uint32_t k0 = s->tok0 + 60 < i ? i - 60 : s->tok0, k1 = s->tok1 > i + 60 ? i + 60 : s->tok1;
	for (uint32_t k = k0; k < k1; k++)
		for (size_t w = 0; w < CRD_ARRAY_LEN(words); w++)
			if (doc_tok_is(d, &d->toks.v[k], words[w]))
				return 1;
	return 0;
}

/* Whether the sentence before token i speaks of the page's own journalism
 * ("Our coverage of bird flu is supported in part by ..."), as need=journalism
 * asks: a window of a few words before the phrase. */
static int journalism_sentence(const crd_doc *d, uint32_t i)
{
	static const char *const words[] = { "coverage", "journalism", "reporting", "newsroom", "series" };
	const seg_sentence *s = &d->sents.v[d->toks.v[i].sent];
	for (uint32_t k = s->tok0 + 12 < i ? i - 12 : s->tok0; k < i; k++)
		if (DOC_TOK_IN(d, k, words))
			return 1;
	return 0;
}

/* Whether the page says the phrase at token i of itself, as need=self asks:
 * no word of report ("that", "which", "said", "according") and no quotation
 * mark stands before it in its sentence. "The Daily Lark is a satirical
 * publication." is the page's notice; "Fact-checkers noted that the Lark is
 * a satirical website" and "the Lark, which is a satirical website," report
 * on another page. */
static int self_sentence(const crd_doc *d, uint32_t i)
{
	static const char *const words[] = { "that",  "which",     "who",   "said",   "says",   "say",
		                             "noted", "according", "wrote", "claim",  "claims", "claimed",
		                             "told",  "reported",  "if",    "whether" };
	const seg_sentence *s = &d->sents.v[d->toks.v[i].sent];
	for (uint32_t k = s->tok0 + 30 < i ? i - 30 : s->tok0; k < i; k++)
		if ((d->toks.v[k].flags & TF_QUOTE) || DOC_TOK_IN(d, k, words))
			return 0;
	return 1;
}

/* Negations of a verb: "cannot be verified", "was not possible". */
static const char *const NEG_VERB[] = { "not",     "n't",    "never",   "cannot",   "can't",     "couldn't",
	                                "unable",  "wasn't", "weren't", "isn't",    "aren't",    "hasn't",
	                                "haven't", "hadn't", "won't",   "wouldn't", "impossible" };

/* The auxiliaries and adverbs around such a negation. */
static const char *const AUX[] = { "be",  "been",  "being", "is",   "are", "was",   "were",       "has",
	                           "had", "have",  "to",    "able", "can", "could", "will",       "would",
	                           "may", "might", "yet",   "so",   "far", "still", "immediately" };

/* The sentence around the phrase [i, j) is negated before it ("Neither
 * account could be independently verified", "None of the videos can be
 * independently verified", "The figures cannot be independently
 * confirmed", "Nothing on this site constitutes financial advice") or, with after, by a verb after it
 * ("Independent verification of the figures was not possible"). */
static int negated_sentence(const crd_doc *d, uint32_t i, uint32_t j, int after)
{
	static const char *const words[] = { "neither", "nor", "none", "no", "nothing" };
	const seg_sentence *s = &d->sents.v[d->toks.v[i].sent];
	for (uint32_t k = s->tok0 + 40 < i ? i - 40 : s->tok0; k < s->tok1 && k < i; k++)
		if (DOC_TOK_IN(d, k, words) || DOC_TOK_IN(d, k, NEG_VERB))
			return 1;
	/* after: the first verb that follows, before a comma or a verb in -ed
	 * ("Independent verification showed the figures were right"). */
	for (uint32_t k = j; after && k < s->tok1 && k < j + 10; k++) {
		const tok *t = &d->toks.v[k];
		size_t n;
		const char *w = doc_tok_text(d, t, &n);
		if (t->kind == TOK_PUNCT || (t->kind == TOK_WORD && n > 3 && memcmp(w + n - 2, "ed", 2) == 0))
			return 0;
		if (DOC_TOK_IN(d, k, NEG_VERB))
			return 1;
		if (DOC_TOK_IN(d, k, AUX))
			return k + 1 < s->tok1 && DOC_TOK_IN(d, k + 1, NEG_VERB);
	}
	return 0;
}

/* The first token of the auxiliaries right before token i when they hold a
 * negation, so that the item reads "cannot be independently confirmed",
 * "has not been able to independently verify"; i when they do not. */
static uint32_t negated_verb_start(const crd_doc *d, uint32_t i)
{
	uint32_t k = i, sent = d->toks.v[i].sent;
	int neg = 0;
	while (k > 0 && i - k < 6 && d->toks.v[k - 1].sent == sent &&
	       (DOC_TOK_IN(d, k - 1, AUX) || DOC_TOK_IN(d, k - 1, NEG_VERB))) {
		k--;
		neg |= DOC_TOK_IN(d, k, NEG_VERB);
	}
	return neg ? k : i;
}

/* "not necessarily the views of" + the name that follows ("AMN", "the
 * Foreign Policy Institute"): the span takes the name. */
static uint32_t extend_name(const crd_doc *d, uint32_t t1)
{
	uint32_t k = t1, end = t1;
	if (k < d->toks.n && doc_tok_is(d, &d->toks.v[k], "the"))
		k++;
	for (uint32_t n = 0; k < d->toks.n && n < 6; k++, n++) {
		const tok *t = &d->toks.v[k];
		if (t->kind != TOK_WORD || !(t->flags & TF_CAP) || (t->flags & (TF_NEWLINE | TF_PARA)))
			break;
		end = k + 1;
	}
	return end;
}

/* Whether token i is the first word of an editor's note zone: the zones
 * read "UPDATE, 5:40 p.m.: ..." or "Updated at 3 p.m. with ..." as a
 * notice, though no colon follows the label word itself. */
static int opens_note(const crd_doc *d, uint32_t i)
{
	const zone_span *z = &d->zones.v[doc_zone_index(d, d->toks.v[i].s)];
	if (z->kind != ZONE_EDITOR_NOTE)
		return 0;
	uint32_t z0 = doc_token_at(d, z->s), k = z0;
	while (k < i && d->toks.v[k].kind != TOK_WORD && d->toks.v[k].kind != TOK_NUM)
		k++;
	if (k == i)
		return 1;
	/* or the first word of a line in it: notes of two kinds, one after
	 * the other, make one zone ("This is a developing story." over
	 * "Disclaimer: ...") */
	for (k = i; k > z0 && i - k < 3; k--) {
		if (d->toks.v[k].flags & (TF_NEWLINE | TF_PARA))
			return 1;
		if (d->toks.v[k - 1].kind == TOK_WORD || d->toks.v[k - 1].kind == TOK_NUM)
			return 0;
	}
	return (d->toks.v[k].flags & (TF_NEWLINE | TF_PARA)) != 0;
}

/* Whether word token t may stand in a page's time or date: a month or
 * weekday, a clock's word ("p.m.", "at"), a short word in capitals ("EDT",
 * "GMT", "AM"), or a word of how long ago ("2 hours ago", "yesterday"). */
static int when_word(const crd_doc *d, const tok *t)
{
	static const char *const ago[] = { "ago",  "hour", "hours", "minute", "minutes",   "min",
		                           "mins", "day",  "days",  "today",  "yesterday", NULL };
	int abbr;
	return ((t->flags & TF_UPPER) && t->e - t->s <= 4) || doc_tok_month(d, t, &abbr) ||
	       doc_tok_weekday(d, t, &abbr) || doc_tok_clock(d, t) || doc_tok_any(d, t, ago);
}

/* Whether only a time or a date follows an update label at token i to the
 * end of its line: "Updated: 09/14/2025 11:42 AM EDT", "Updated Sept. 3,
 * 2025, 5:10 p.m. ET", "Updated 2 hours ago". A page's timestamp says when,
 * not what changed or that the story was: no update notice. */
static int timestamp_only(const crd_doc *d, uint32_t i)
{
	uint32_t nums = 0, k = i;
	for (; k < d->toks.n && !(d->toks.v[k].flags & (TF_NEWLINE | TF_PARA)); k++) {
		const tok *t = &d->toks.v[k];
		if (k >= i + 24)
			return 0;
		if (t->kind == TOK_NUM || (t->flags & TF_DIGIT)) {
			nums++;
			continue;
		}
		if (t->kind != TOK_WORD) {
			char c = tchar(d, t);
			if (c == ':' || c == ',' || c == '.' || c == '/' || c == '-' || c == '(' ||
			    c == ')' || c == '|')
				continue;
			return 0;
		}
		if (!when_word(d, t))
			return 0;
	}
	return nums > 0;
}

/* Whether a time or date and then a colon or dash follow an update label at
 * token i on its line: "UPDATE 4:55 p.m.: Police said ...", "UPDATE, 6:15
 * a.m.: The levee held", "Update (June 3) - ...". A live page stamps its
 * entries so, and the entry may stay in the report's body. */
static int timed_label(const crd_doc *d, uint32_t i)
{
	uint32_t nums = 0;
	for (uint32_t k = i; k < d->toks.n && k < i + 12; k++) {
		const tok *t = &d->toks.v[k];
		if (k > i && (t->flags & (TF_NEWLINE | TF_PARA)))
			return 0;
		if (t->kind == TOK_NUM || (t->flags & TF_DIGIT)) {
			nums++;
			continue;
		}
		if (t->kind == TOK_WORD) {
			if (!when_word(d, t))
				return 0;
			continue;
		}
		char c = tchar(d, t);
		/* the colon or dash that closes the label, not "4:55" */
		if ((c == ':' || c == '-') && k + 1 < d->toks.n && (d->toks.v[k + 1].flags & TF_SPACE))
			return nums > 0;
		if (!(c == ':' || c == ',' || c == '.' || c == '/' || c == '(' || c == ')'))
			return 0;
	}
	return 0;
}

static int emit(crd_doc *d, int f, uint32_t s, uint32_t e, const char *kind)
{
	uint32_t it = doc_add(d, f, s, e);
	if (it == UINT32_MAX)
		return -1;
	if (kind)
		doc_attr_str(d, it, "kind", kind);
	return 0;
}

/* Replaces the kind of item i, which this detector added: its attributes
 * follow it, before those of the items added after it. */
static void set_kind(crd_doc *d, uint32_t i, const char *kind)
{
	for (size_t k = d->attrs.n; k-- > 0 && d->attrs.v[k].item >= i;)
		if (d->attrs.v[k].item == i && strcmp(d->attrs.v[k].key, "kind") == 0) {
			d->attrs.v[k].str = kind;
			return;
		}
}

/* Whether a disclaimer of this kind is boilerplate whose whole sentence
 * hedges nothing: "If you buy through our links, we may earn a
 * commission.", "Every defendant is presumed innocent until proven
 * guilty." A caveat of verification is only its own words: "The video,
 * which could not be verified, shows troops who may have crossed" keeps
 * its "may". */
static int whole_sentence(const char *kind)
{
	return kind && (strcmp(kind, "affiliate") == 0 || strcmp(kind, "legal") == 0 ||
	                strcmp(kind, "advice") == 0 || strcmp(kind, "disclosure") == 0);
}

/* Orders [start, end) pairs by start. */
static int cmp_range(const void *a, const void *b)
{
	const uint32_t *x = a, *y = b;
	return (x[0] > y[0]) - (x[0] < y[0]);
}

/* Drops the hedges that stand inside the disclaimers added from item
 * first on ("could not be verified", "It was not possible to verify the
 * claims"), or in their sentence for boilerplate kinds: the page's caveat
 * is no hedging of the report. The ranges go to the scratch, sorted by
 * start; each hedge looks for the last range that starts before it ends. */
static int drop_hedges(crd_doc *d, size_t first)
{
	size_t nd = 0;
	for (size_t i = first; i < d->ev.n; i++)
		nd += d->ev.v[i].feature == F_DISCLAIMER;
	if (nd == 0)
		return 0;
	d->scratch.n = 0;
	if (vec_reserve((void **)&d->scratch.v, &d->scratch.cap, 2 * nd, sizeof(uint32_t)) != 0)
		return -1;
	uint32_t *r = d->scratch.v;
	size_t n = 0;
	for (size_t i = first; i < d->ev.n; i++) {
		const ev_item *it = &d->ev.v[i];
		if (it->feature != F_DISCLAIMER)
			continue;
		uint32_t s = it->s, e = it->e;
		const char *kind = NULL;
		for (size_t k = d->attrs.n; k-- > 0 && d->attrs.v[k].item >= i;)
			if (d->attrs.v[k].item == i && strcmp(d->attrs.v[k].key, "kind") == 0)
				kind = d->attrs.v[k].str;
		if (whole_sentence(kind)) {
			const seg_sentence *st = &d->sents.v[doc_sentence_at(d, s)];
			s = st->s < s ? st->s : s;
			e = st->e > e ? st->e : e;
		}
		r[2 * n] = s;
		r[2 * n + 1] = e;
		n++;
	}
	/* by start, each end raised to the furthest one before it: the last
	 * range starting before a hedge ends then tells whether any reaches it */
	qsort(r, n, 2 * sizeof *r, cmp_range);
	for (size_t k = 1; k < n; k++)
		if (r[2 * k + 1] < r[2 * k - 1])
			r[2 * k + 1] = r[2 * k - 1];
	for (size_t i = 0; i < first; i++) {
		ev_item *it = &d->ev.v[i];
		if (it->feature != F_HEDGE)
			continue;
		size_t lo = 0, hi = n; /* ranges starting before the hedge ends */
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (r[2 * mid] < it->e)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo > 0 && r[2 * (lo - 1) + 1] > it->s)
			doc_remove(d, (uint32_t)i);
	}
	return 0;
}

static int furniture_zone(int kind)
{
	return kind == ZONE_RELATED_LINK || kind == ZONE_ADVERT || kind == ZONE_SHARE ||
	       kind == ZONE_AUTHOR_BIO || kind == ZONE_COMMENT_POLICY;
}

static int run(crd_doc *d)
{
	const crd_engine *e = d->engine;
	const lex_set *ls = e->lex;
	int lex_disc = engine_lexicon(e, "disclaimer");
	int lex_corr = engine_lexicon(e, "correction");
	int lex_boil = engine_lexicon(e, "boilerplate");
	uint32_t disc_end = 0, boil_end = 0, corr_sent = UINT32_MAX, disc_sent = UINT32_MAX;
	uint32_t disc_item = UINT32_MAX, corr_item = UINT32_MAX;
	int corr_zone = -1; /* index of the editor's note that has its correction */
	size_t first = d->ev.n;

	for (size_t i = 0; i < d->matches.n; i++) {
		const lex_match *m = &d->matches.v[i];
		int lx = (int)m->lexicon;
		if (lx != lex_disc && lx != lex_corr && lx != lex_boil)
			continue; /* most matches are other detectors' */
		const tok *t0 = &d->toks.v[m->tok0], *tl = &d->toks.v[m->tok1 - 1];
		const char *kind = lex_phrase_attr(ls, m->phrase, "kind");
		int need = need_of(ls, m->phrase);
		if (lx == lex_disc) {
			if (m->tok0 < disc_end)
				continue; /* inside a longer disclaimer */
			if ((need == NEED_LABEL &&
			     (!label_at(d, m->tok0, m->tok1, 1) || det_link_row(d, m->tok0))) ||
			    (need == NEED_NOTE && !opens_note(d, m->tok0)) ||
			    (need == NEED_META && !det_meta_sentence(d, m->tok0)) ||
			    (need == NEED_JOURNALISM && !journalism_sentence(d, m->tok0)) ||
			    (need == NEED_SELF && !self_sentence(d, m->tok0)) ||
			    ((need == NEED_NEG || need == NEED_NEG_AFTER) &&
			     !negated_sentence(d, m->tok0, m->tok1, need == NEED_NEG_AFTER)))
				continue;
			uint32_t start = need == NEED_NEG ? negated_verb_start(d, m->tok0) : m->tok0;
			if (start < disc_end)
				start = m->tok0;
			t0 = &d->toks.v[start];
			uint32_t end = m->tok1;
			if (kind && strcmp(kind, "views") == 0)
				end = extend_name(d, m->tok1);
			if (t0->sent == disc_sent && disc_item < d->ev.n) {
				/* One disclaimer said twice in a sentence ("the views
				 * expressed ... are solely those of"): one item over both. */
				d->ev.v[disc_item].e = d->toks.v[end - 1].e;
			} else {
				if (emit(d, F_DISCLAIMER, t0->s, d->toks.v[end - 1].e, kind) != 0)
					return -1;
				disc_item = (uint32_t)(d->ev.n - 1);
			}
			disc_end = end;
			disc_sent = t0->sent;
		} else if (lx == lex_corr) {
			if (t0->sent == corr_sent)
				continue; /* one item per notice sentence */
			int update = kind && strcmp(kind, "update") == 0;
			if (need == NEED_LABEL && !label_at(d, m->tok0, m->tok1, 0) &&
			    !opens_note(d, m->tok0) &&
			    !(update && opens(d, m->tok0) && timed_label(d, m->tok1)))
				continue;
			if (need == NEED_LABEL && update && timestamp_only(d, m->tok1))
				continue; /* "Updated: 09/14/2025 11:42 AM EDT" */
			if (need == NEED_NOTE && doc_zone_at(d, t0->s) != ZONE_EDITOR_NOTE)
				continue;
			/* Inside a note that already has its item, the words that say
			 * what was wrong ("misstated") belong to that notice. In the
			 * sentence after the item's, they extend it; one that opens
			 * with the earlier text makes a notice of a change a
			 * correction: "This article was amended on 3 March. An
			 * earlier version said the river was 50 km long." */
			int zi = (int)doc_zone_index(d, t0->s);
			const seg_sentence *s = &d->sents.v[t0->sent];
			uint32_t end = s->e > tl->e ? s->e : tl->e;
			if (need == NEED_NOTE && zi == corr_zone) {
				if (t0->sent == corr_sent + 1 && corr_item < d->ev.n) {
					d->ev.v[corr_item].e = end;
					if (kind && strcmp(kind, "correction") == 0 && m->tok0 == s->tok0)
						set_kind(d, corr_item, kind);
					corr_sent = t0->sent;
				}
				continue;
			}
			if (d->zones.v[zi].kind == ZONE_EDITOR_NOTE)
				corr_zone = zi;
			if (emit(d, F_CORRECTION, t0->s, end, kind) != 0)
				return -1;
			corr_sent = t0->sent;
			corr_item = (uint32_t)(d->ev.n - 1);
		} else {
			/* Labels in the body that zones left there (flattened text):
			 * "RELATED: headline"; and image credits, in the body or on
			 * the caption line the zones gave the page ("Featured image
			 * via ...", "Photo by ..."). */
			int credit = kind && strcmp(kind, "image_credit") == 0;
			int zk = doc_zone_at(d, t0->s);
			if (m->tok0 < boil_end || !(zk == ZONE_BODY || (credit && zk == ZONE_PAGE)))
				continue;
			const char *zone = credit ? NULL : lex_phrase_attr(ls, m->phrase, "zone");
			if (zone && !(strcmp(zone, "related_link") == 0 || strcmp(zone, "share") == 0 ||
			              strcmp(zone, "advert") == 0))
				continue;
			if (lex_phrase_attr(ls, m->phrase, "line"))
				continue; /* a label only on a line of its own ("Watch:") */
			if (!opens(d, m->tok0))
				continue;
			/* The label needs its colon unless it is an image credit
			 * ("Featured image via Getty"). */
			if (zone && !doc_mark_at(d, m->tok1, ':'))
				continue;
			if (emit(d, F_BOILERPLATE, t0->s, tl->e, zone ? zone : kind) != 0)
				return -1;
			boil_end = m->tok1;
		}
	}

	if (drop_hedges(d, first) != 0)
		return -1;

	/* One boilerplate item per furniture zone, over its text. */
	for (size_t z = 0; z < d->zones.n; z++) {
		const zone_span *zs = &d->zones.v[z];
		if (!furniture_zone(zs->kind))
			continue;
		uint32_t a = doc_token_at(d, zs->s), b = a;
		while (b < d->toks.n && d->toks.v[b].s < zs->e)
			b++;
		if (b == a)
			continue;
		if (emit(d, F_BOILERPLATE, d->toks.v[a].s, d->toks.v[b - 1].e, zone_name(zs->kind)) != 0)
			return -1;
	}
	return d->nomem ? -1 : 0;
}

/* The kinds of disclaimer and of correction, which the evidence reports
 * (attrs.kind) and run() tells apart: "views" extends over the name after
 * it, "update" may be a bare timestamp. Boilerplate's kind names image
 * credits, its zone and line are zone detection's (zone_attrs). */
static const char *const disclaimer_kinds[] = { "unverified",      "views",      "sponsored", "advice",
	                                        "forward_looking", "disclosure", "affiliate", "satire",
	                                        "unreviewed",      "legal",      NULL };
static const char *const correction_kinds[] = { "correction", "clarification", "update", NULL };

static const det_attr transparency_attrs[] = {
	{ "disclaimer", "kind", DET_ONE_OF, disclaimer_kinds, 0 },
	{ "disclaimer", "need", DET_ONE_OF, need_names, 0 },
	{ "correction", "kind", DET_ONE_OF, correction_kinds, 0 },
	{ "correction", "need", DET_ONE_OF, need_names, 0 },
	{ "boilerplate", "kind", DET_ONE_OF, (const char *const[]){ "image_credit", NULL }, 0 },
	{ 0 },
};

const detector det_transparency_detector = { "transparency", run,
	                                     (const int[]){ F_DISCLAIMER, F_CORRECTION, F_BOILERPLATE, -1 },
	                                     transparency_attrs };
