/* det_claims.c -- detector: statements the article makes on its own word (unattributed_claim). */
#include <string.h>

#include "detect.h"
#include "engine.h"

/*
 * unattributed_claim: a sentence of the body that states something and
 * names no one for it -- the fourth class of sourcing beside named,
 * anonymous and vague. A reader asks "says who?" of it; the article answers
 * only with its own word. One item per sentence, over the sentence.
 *
 * A sentence is a statement when it
 *   - is in the body zone (a dateline that opens it is left out: the item
 *     starts after "WASHINGTON (AP) --");
 *   - has at least CLAIM_MIN_WORDS words (headings, captions and list
 *     fragments have fewer);
 *   - ends with a full stop or "!" (before closing quotes or brackets), not
 *     with "?" or ":", or with no mark at all (headlines, labels).
 *
 * It has a source when any attribution evidence overlaps it (a cue, a
 * source phrase of any class, "reportedly"), or a quotation does (someone's
 * words, not the article's, even when the speaker is unknown). A cue whose
 * subject is the writer ("I think", "we believe"; attrs.writer) is no
 * source: it is the article's own word. A disclaimer,
 * correction notice or furniture label is no claim.
 *
 * Attributes: words; figures, the numbers it states (counts, sums, shares
 * and measures, precise or hedged, and quantities with no number; not
 * years, dates, times, ages or ordinals), which is where "says who?" is
 * sharpest.
 *
 * The attribution detector runs before this one. Cost: one pass over the
 * evidence and its attributes, marking sentences by a difference array, and
 * one over the sentences: linear.
 */

#define CLAIM_MIN_WORDS 6

static int sourcing(int f)
{
	return f == F_ATTRIBUTION_CUE || f == F_NESTED_ATTRIBUTION_CUE || f == F_NAMED_SOURCE ||
	       f == F_ANONYMOUS_SOURCE || f == F_VAGUE_ATTRIBUTION || f == F_DIRECT_QUOTE;
}

static int not_claim(int f)
{
	return f == F_DISCLAIMER || f == F_CORRECTION || f == F_BOILERPLATE;
}

/* Whether a number's kind is one a reader would ask the source of. */
static int figure_kind(const char *k)
{
	return strcmp(k, "count") == 0 || strcmp(k, "money") == 0 || strcmp(k, "percent") == 0 ||
	       strcmp(k, "measure") == 0;
}

/* The punctuation that ends sentence s, past closing quotes and brackets;
 * 0 when its last token is a word or number. */
static char final_mark(const crd_doc *d, const seg_sentence *s)
{
	for (uint32_t t = s->tok1; t > s->tok0; t--) {
		const tok *k = &d->toks.v[t - 1];
		if (k->kind != TOK_PUNCT)
			return 0;
		char c = d->view.fold[k->fs];
		if ((k->flags & TF_QUOTE) || c == ')' || c == ']' || c == '\'')
			continue;
		return c;
	}
	return 0;
}

/* The first token of sentence s in the body: its first, or the first after
 * a dateline or byline that opens it ("WASHINGTON (AP) -- The Senate ...");
 * UINT32_MAX when none is. */
static uint32_t body_start(const crd_doc *d, const seg_sentence *s)
{
	size_t z = doc_zone_index(d, s->s);
	if (d->zones.v[z].kind == ZONE_BODY)
		return s->tok0;
	if (z + 1 >= d->zones.n || d->zones.v[z + 1].kind != ZONE_BODY || d->zones.v[z + 1].s >= s->e)
		return UINT32_MAX;
	uint32_t t = doc_token_at(d, d->zones.v[z + 1].s);
	return t < s->tok1 ? t : UINT32_MAX;
}

/* Whether the sentence [t0, t1) of the given words is a signpost to what
 * the page goes on to give, which states nothing of its own: "Here's what
 * we know so far.", "Here is why it matters.", "Here are five things to
 * watch.", "Here's a timeline of key events.", "Here is video of the
 * fire."; not "Here's how the penalty was the turning point of the match,
 * and ...", which goes on to claim. */
static int signpost(const crd_doc *d, uint32_t t0, uint32_t t1, uint32_t words)
{
	static const char *const be[] = { "is", "'s", "are" };
	static const char *const wh[] = { "what", "how", "why", "where", "when", "who" };
	static const char *const shown[] = { "look",    "timeline", "guide",    "answers", "things",
		                             "video",   "footage",  "map",      "rundown", "breakdown",
		                             "glimpse", "examples", "takeaways" };
	if (words > 16 || t0 + 3 > t1 || !doc_tok_is(d, &d->toks.v[t0], "here") || !DOC_TOK_IN(d, t0 + 1, be))
		return 0;
	if (DOC_TOK_IN(d, t0 + 2, wh))
		return words <= 10;
	for (uint32_t k = t0 + 2; k < t1 && k < t0 + 6; k++)
		if (DOC_TOK_IN(d, k, shown))
			return 1;
	return 0;
}

static int run(crd_doc *d)
{
	size_t ns = d->sents.n;
	if (ns == 0)
		return 0;
	/* scratch, per sentence: the sourcing items that start minus those that
	 * ended before it (a difference array: a quotation spans sentences),
	 * whether a notice or label stands in it, and its figures */
	d->scratch.n = 0;
	if (vec_reserve((void **)&d->scratch.v, &d->scratch.cap, 3 * ns + 1, sizeof(uint32_t)) != 0)
		return -1;
	uint32_t *open = d->scratch.v, *notice = open + ns + 1, *figures = notice + ns;
	memset(open, 0, (3 * ns + 1) * sizeof(uint32_t));

	size_t nev = d->ev.n;
	for (size_t k = 0; k < nev; k++) {
		const ev_item *it = &d->ev.v[k];
		if (it->feature < 0 || it->e <= it->s)
			continue;
		uint32_t s0 = doc_sentence_at(d, it->s);
		if (sourcing(it->feature)) {
			open[s0]++;
			open[doc_sentence_at(d, it->e - 1) + 1]--;
		} else if (not_claim(it->feature)) {
			notice[s0] = 1;
		} else if (it->feature == F_VAGUE_QUANTITY) {
			figures[s0]++;
		}
	}
	/* every number carries its kind; a cue whose subject is the writer
	 * ("I think", "we believe") cites nobody */
	for (size_t k = 0; k < d->attrs.n; k++) {
		const ev_attr *a = &d->attrs.v[k];
		if (a->item >= nev)
			continue;
		const ev_item *it = &d->ev.v[a->item];
		if ((it->feature == F_ATTRIBUTION_CUE || it->feature == F_NESTED_ATTRIBUTION_CUE) &&
		    a->type == ATTR_BOOL && a->num != 0 && strcmp(a->key, "writer") == 0 && it->e > it->s) {
			open[doc_sentence_at(d, it->s)]--;
			open[doc_sentence_at(d, it->e - 1) + 1]++;
		}
		if (a->type == ATTR_STR && strcmp(a->key, "kind") == 0 && figure_kind(a->str) &&
		    (it->feature == F_PRECISE_NUMBER || it->feature == F_HEDGED_NUMBER))
			figures[doc_sentence_at(d, it->s)]++;
	}

	uint32_t depth = 0;
	for (size_t i = 0; i < ns; i++) {
		depth += open[i];
		const seg_sentence *s = &d->sents.v[i];
		if (depth || notice[i] || s->tok0 == s->tok1)
			continue;
		uint32_t t0 = body_start(d, s);
		if (t0 == UINT32_MAX)
			continue;
		uint32_t words = 0;
		for (uint32_t t = t0; t < s->tok1; t++)
			words += d->toks.v[t].kind == TOK_WORD || d->toks.v[t].kind == TOK_NUM;
		char end = final_mark(d, s);
		if (words < CLAIM_MIN_WORDS || (end != '.' && end != '!') || signpost(d, t0, s->tok1, words))
			continue;
		uint32_t it = doc_add(d, F_UNATTRIBUTED_CLAIM, d->toks.v[t0].s, s->e);
		if (it == UINT32_MAX)
			return -1;
		doc_attr_num(d, it, "words", words);
		doc_attr_num(d, it, "figures", figures[i]);
	}
	return d->nomem ? -1 : 0;
}

const detector det_claims_detector = { "claims", run, (const int[]){ F_UNATTRIBUTED_CLAIM, -1 }, NULL };
