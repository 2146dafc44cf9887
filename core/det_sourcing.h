/* det_sourcing.h -- shared by the names and attribution detectors: per-token lexicon lookups, word tests. */
#ifndef CRD_DET_SOURCING_H
#define CRD_DET_SOURCING_H

#include <stdint.h>
#include <string.h>

#include "doc.h"
#include "engine.h"
#include "lexicon.h"

/*
 * at[i] = 1 + the index in d->matches of the longest match of lexicon lex
 * that starts at token i, or 0. Matches are sorted by start, longest first,
 * so the first one seen for a start is the longest. lex < 0 (a lexicon the
 * engine was built without) leaves every slot 0.
 */
static inline void src_index_lexicon(const crd_doc *d, int lex, uint32_t *at)
{
	memset(at, 0, d->toks.n * sizeof *at);
	if (lex < 0)
		return;
	for (size_t k = d->matches.n; k-- > 0;) {
		const lex_match *m = &d->matches.v[k];
		if (m->lexicon == (uint16_t)lex)
			at[m->tok0] = (uint32_t)k + 1; /* walking back: the longest wins last */
	}
}

/* src_index_lexicon() for n lexicons at once, lex[k] into at[k], in one
 * pass over the matches rather than n. A lexicon appears once in lex. */
static inline void src_index_lexicons(const crd_doc *d, const int *lex, uint32_t *const *at, size_t n)
{
	enum { NONE = 0xff, SLOTS = 256 };
	unsigned char slot[SLOTS];
	memset(slot, NONE, sizeof slot);
	for (size_t k = 0; k < n; k++) {
		if (lex[k] >= 0 && lex[k] < SLOTS && k < NONE) {
			memset(at[k], 0, d->toks.n * sizeof *at[k]);
			slot[lex[k]] = (unsigned char)k;
		} else {
			src_index_lexicon(d, lex[k], at[k]); /* absent, or past the table */
		}
	}
	for (size_t m = d->matches.n; m-- > 0;) {
		const lex_match *mt = &d->matches.v[m];
		if (mt->lexicon < SLOTS && slot[mt->lexicon] != NONE)
			at[slot[mt->lexicon]][mt->tok0] = (uint32_t)m + 1; /* the longest wins last */
	}
}

/* The match recorded in at[i], or NULL. */
static inline const lex_match *src_match(const crd_doc *d, const uint32_t *at, uint32_t i)
{
	return at[i] ? &d->matches.v[at[i] - 1] : NULL;
}

/* Attribute key of the match in at[i] (a one-token match when single), or NULL. */
static inline const char *src_attr(const crd_doc *d, const uint32_t *at, uint32_t i, const char *key,
                                   int single)
{
	const lex_match *m = src_match(d, at, i);
	if (!m || (single && m->tok1 != i + 1))
		return NULL;
	return lex_phrase_attr(d->engine->lex, m->phrase, key);
}

static inline int src_attr_is(const crd_doc *d, const uint32_t *at, uint32_t i, const char *key,
                              const char *val, int single)
{
	const char *v = src_attr(d, at, i, key, single);
	return v && strcmp(v, val) == 0;
}

/* Whether the capitalised word at i names the portfolio of an office, after
 * "for" or "of" and a capitalised word: "Minister for Planning", "the
 * Department of Planning". A verb of saying spelt so is part of the title. */
static inline int src_portfolio_word(const crd_doc *d, uint32_t i)
{
	const tok *v = d->toks.v;
	return i >= 2 && i < d->toks.n && v[i].kind == TOK_WORD && (v[i].flags & TF_CAP) &&
	       (doc_tok_is(d, &v[i - 1], "for") || doc_tok_is(d, &v[i - 1], "of")) &&
	       !(v[i - 1].flags & TF_CAP) && v[i - 2].kind == TOK_WORD && (v[i - 2].flags & TF_CAP);
}

/* The first folded byte of token i. */
static inline char src_ch(const crd_doc *d, uint32_t i)
{
	return d->view.fold[d->toks.v[i].fs];
}

/* Whether token i is a party and state tag ("R-Ky", "D-N.Y", "I-Vt");
 * the bare party letter of "(R)" is not one on its own. */
static inline int src_party_tag(const crd_doc *d, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	const char *f = d->view.fold + t->fs;
	return t->kind == TOK_WORD && (t->flags & TF_CAP) && (t->flags & TF_HYPHEN) && t->fe - t->fs >= 3 &&
	       f[1] == '-' && (f[0] == 'r' || f[0] == 'd' || f[0] == 'i');
}

/* Whether token i is an adverb made from an adjective, by its ending
 * ("Apparently", "Specifically", "Hopefully", "Reportedly"); names in -ly
 * ("Kelly", "Beverly", "Stanley") have none of these endings. */
static inline int src_adverb_form(const crd_doc *d, uint32_t i)
{
	static const char *const ends[] = { "ally", "ently", "antly", "ately", "ously", "ively", "fully",
		                            "edly", "ingly", "arly",  "ibly",  "ably",  "ntly" };
	const tok *t = &d->toks.v[i];
	const char *f = d->view.fold + t->fs;
	size_t n = t->fe - t->fs;
	if (t->kind != TOK_WORD || n < 6)
		return 0;
	for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
		size_t m = strlen(ends[k]);
		if (memcmp(f + n - m, ends[k], m) == 0)
			return 1;
	}
	return 0;
}

/* Whether word i ends in a contracted verb or a negation: "I've", "we're",
 * "who've", "she'll", "I'm", "he'd", "Don't" (but not "O'Brien"). */
static inline int src_contraction(const crd_doc *d, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	const char *f = d->view.fold + t->fs;
	size_t n = t->fe - t->fs;
	for (size_t k = n; k-- > 1;) {
		if (f[k] != '\'')
			continue;
		size_t m = n - k - 1;
		const char *r = f + k + 1;
		return (m == 1 && (r[0] == 'm' || r[0] == 'd' || (r[0] == 't' && f[k - 1] == 'n'))) ||
		       (m == 2 &&
		        (memcmp(r, "ve", 2) == 0 || memcmp(r, "ll", 2) == 0 || memcmp(r, "re", 2) == 0));
	}
	return 0;
}

/* Whether the folded word f[0..n) ends like an English plural: "-s", not
 * "-ss", "-us", "-is" ("Mavericks", "questions"; not "press", "status",
 * "thesis"). */
static inline int src_plural_form(const char *f, size_t n)
{
	return n > 3 && f[n - 1] == 's' && f[n - 2] != 's' && f[n - 2] != 'u' && f[n - 2] != 'i' &&
	       f[n - 2] != '\'';
}

/* Whether w (n bytes) is one of the comma-separated words of list, as a
 * lexicon attribute gives them ("unless=#,another,goal", "need=for,to");
 * a NULL list has none. */
static inline int src_listed(const char *list, const char *w, size_t n)
{
	while (list && *list) {
		size_t k = strcspn(list, ",");
		if (k == n && memcmp(list, w, n) == 0)
			return 1;
		list += k + (list[k] == ',');
	}
	return 0;
}

/* src_listed() for the folded text of token t. */
static inline int src_listed_tok(const crd_doc *d, const char *list, const tok *t)
{
	return src_listed(list, d->view.fold + t->fs, t->fe - t->fs);
}

/* Whether the word at i is a form in "-ing" of six letters or more
 * ("dating", "Addressing"; not "king", "thing"). */
static inline int src_ing_form(const crd_doc *d, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	size_t n = t->fe - t->fs;
	return t->kind == TOK_WORD && n >= 6 && memcmp(d->view.fold + t->fe - 3, "ing", 3) == 0;
}

/* Whether the word at i is a plural noun of people by its ending:
 * "passengers", "survivors", "locals", "economists", "residents". */
static inline int src_people_plural(const crd_doc *d, uint32_t i)
{
	static const char *const endings[] = { "ers",  "ors", "ists", "ians", "ants",
		                               "ents", "ees", "als",  "ies" };
	const tok *t = &d->toks.v[i];
	const char *f = d->view.fold + t->fs;
	size_t n = t->fe - t->fs;
	if (t->kind != TOK_WORD || n < 6 || !src_plural_form(f, n))
		return 0;
	for (size_t k = 0; k < CRD_ARRAY_LEN(endings); k++) {
		size_t m = strlen(endings[k]);
		if (memcmp(f + n - m, endings[k], m) == 0)
			return 1;
	}
	return 0;
}

/* The end of a web address's top-level domain that follows token e with
 * no space ("Snopes.com", "InfoWars.com", "Change.org"), or 0: a site named
 * by its address is an organisation. */
static inline uint32_t src_domain_end(const crd_doc *d, uint32_t e, uint32_t n)
{
	static const char *const tld[] = {
		"com", "org", "net", "gov", "edu", "info", "news", "tv", "io", "us"
	};
	if (e + 1 >= n || !doc_mark_at(d, e, '.') || (d->toks.v[e].flags & TF_SPACE) ||
	    d->toks.v[e].fe - d->toks.v[e].fs != 1 || (d->toks.v[e + 1].flags & TF_SPACE) ||
	    d->toks.v[e + 1].kind != TOK_WORD)
		return 0;
	if (e + 2 < n && !(d->toks.v[e + 2].flags & TF_SPACE) && d->toks.v[e + 2].kind != TOK_PUNCT)
		return 0;
	return DOC_TOK_IN(d, e + 1, tld) ? e + 2 : 0;
}

/* Hash of a token's folded text, for the per-document word sets. */
static inline uint32_t src_hash(const crd_doc *d, uint32_t i)
{
	size_t n;
	const char *s = doc_tok_text(d, &d->toks.v[i], &n);
	return (uint32_t)crd_hash(s, n);
}

/* A set of word hashes: open addressing over a power-of-two table of
 * slots, built in linear time (sorting the hashes cost n log n per
 * document). Slot 0 means empty, so a hash of 0 is stored as 1; a shared
 * slot only makes two words look alike, which these heuristics tolerate. */
typedef struct src_set {
	uint32_t *slot;
	uint32_t mask;
} src_set;

/* The table size for n words: a power of two of at least 2n. */
static inline size_t src_set_size(size_t n)
{
	size_t cap = 16;
	while (cap < 2 * n)
		cap *= 2;
	return cap;
}

/* mem must hold src_set_size(n) slots. */
static inline void src_set_init(src_set *s, uint32_t *mem, size_t cap)
{
	memset(mem, 0, cap * sizeof(uint32_t));
	s->slot = mem;
	s->mask = (uint32_t)(cap - 1);
}

static inline void src_set_add(src_set *s, uint32_t x)
{
	x = x ? x : 1;
	uint32_t i = x & s->mask;
	while (s->slot[i] && s->slot[i] != x)
		i = (i + 1) & s->mask;
	s->slot[i] = x;
}

static inline int src_set_has(const src_set *s, uint32_t x)
{
	x = x ? x : 1;
	for (uint32_t i = x & s->mask; s->slot[i]; i = (i + 1) & s->mask)
		if (s->slot[i] == x)
			return 1;
	return 0;
}

#endif
