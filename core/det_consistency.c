/* det_consistency.c -- detector: the same proper name spelled two ways. */
#include <stdlib.h>
#include <string.h>

#include "detect.h"
#include "engine.h"

/*
 * name_variant: a capitalised name written two ways in one document
 * ("Al-Nashwa" and later "Al-Nishwa", "Greta Sollis Vance" and "Greta Solis
 * Doyle"). The item stands on the first occurrence of the spelling that
 * appears second; other = the earlier spelling, other_start = its offset,
 * count / other_count = how often each is written.
 *
 * What reads as a misspelling rather than two names:
 *   - both spellings have the same consonant skeleton (letters without
 *     vowels, doubled letters made single): they differ only in a vowel, a
 *     doubled consonant, or a letter moved inside the word; transliterations
 *     of Arabic, Persian or Russian names vary exactly so, and so do q and g
 *     ("Qaddumi", "Gaddumi"; q for g costs no edit) and dh and d
 *     ("Gadhumi"). Different words that happen to be close ("Iran"/"Iraq",
 *     "Austria"/"Australia") differ in a consonant and never meet.
 *   - one edit (two for names of ten letters or more), inside the name: the
 *     first and last letters agree, so plurals, possessives and demonyms
 *     ("Hale"/"Hales", "Israel"/"Israeli") are not variants. A final h
 *     after a vowel is the one ending that varies ("Hasakah"/"Hasaka").
 *   - long enough: the shorter has five letters, the longer six
 *     ("Smith"/"Smyth" may be two people); after a shared prefix such as
 *     "Al-" the rest has four.
 *   - names, not words: never written in lower case in the document, and
 *     one of the two written capitalised inside a sentence at least once;
 *     the other may open sentences only ("Bohdan Savitsky met ...
 *     Savitskyy said").
 *   - not two people: when both spellings stand next to other names and
 *     those names never agree ("Marian Lowe" / "Marianne Delgado"), they
 *     are two people; when they share a neighbour ("Greta Solis Vance" /
 *     "Greta Sollis Vance") that is the strongest sign, and two spellings
 *     that are each written three times or more need it.
 *
 * Cost: candidate words are sorted by their text and then grouped by
 * skeleton (n log n); only spellings within one group are compared, at most
 * GROUP_MAX of them, with occurrence lists capped at OCC_MAX for the
 * neighbour check.
 */

#define GROUP_MAX      8
#define OCC_MAX        16
#define NAME_MAX_BYTES 64

typedef struct occ {
	uint32_t hash; /* hash of the folded word */
	uint32_t tok;
	uint32_t flags; /* OCC_* */
	uint32_t pad;
} occ;

enum { OCC_CAP = 1, OCC_MID = 2 };

typedef struct form {
	uint32_t key;    /* hash of the consonant skeleton */
	uint32_t o0, o1; /* occurrences [o0, o1) in the occ array */
	uint32_t first;  /* token of the first occurrence */
	uint32_t mid;    /* written capitalised inside a sentence */
} form;

/* Sorts o[0..n) by hash, keeping equal hashes in their order (token order,
 * as they were added): a radix sort of four byte-wide passes through tmp,
 * linear where a comparison sort was a tenth of this detector. */
static void sort_occ(occ *o, occ *tmp, size_t n)
{
	occ *from = o, *to = tmp;
	for (unsigned shift = 0; shift < 32; shift += 8) {
		size_t count[257] = { 0 };
		for (size_t i = 0; i < n; i++)
			count[((from[i].hash >> shift) & 0xff) + 1]++;
		for (size_t k = 1; k < 257; k++)
			count[k] += count[k - 1];
		for (size_t i = 0; i < n; i++)
			to[count[(from[i].hash >> shift) & 0xff]++] = from[i];
		occ *t = from;
		from = to;
		to = t;
	}
	/* four passes: the sorted run is back in o */
}

static int cmp_form(const void *a, const void *b)
{
	const form *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->first < y->first ? -1 : (x->first > y->first);
}

static int is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* Consonant skeleton of a folded word: vowels (and Latin-1 accented letters)
 * dropped, runs of one letter made single, the hyphen kept. The Arabic
 * sounds that English spells two ways meet: q is written g ("Qaddumi",
 * "Gaddumi") and dh is written d or dd ("Gadhumi"). */
static uint32_t skeleton(const char *s, size_t n)
{
	char buf[NAME_MAX_BYTES];
	size_t k = 0;
	for (size_t i = 0; i < n && k < sizeof buf; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0xc3 && i + 1 < n) {
			i++;
			continue;
		}
		if (c < 0x80 && is_vowel((char)c))
			continue;
		if (c == '\'')
			continue;
		if (c == 'q')
			c = 'g';
		if (c == 'h' && i > 0 && s[i - 1] == 'd')
			continue;
		if (k > 0 && buf[k - 1] == (char)c)
			continue;
		buf[k++] = (char)c;
	}
	return (uint32_t)crd_hash(buf, k);
}

/* q and g: one Arabic letter, two spellings ("Qaddumi", "Gaddumi"). */
static int same_sound(char x, char y)
{
	return (x == 'q' && y == 'g') || (x == 'g' && y == 'q');
}

/* Levenshtein distance with adjacent transposition, up to limit+1; q for g
 * costs nothing. */
static int edit_distance(const char *a, size_t an, const char *b, size_t bn, int limit)
{
	int prev2[NAME_MAX_BYTES + 1], prev[NAME_MAX_BYTES + 1], cur[NAME_MAX_BYTES + 1];
	if (an > NAME_MAX_BYTES || bn > NAME_MAX_BYTES)
		return limit + 1;
	if ((an > bn ? an - bn : bn - an) > (size_t)limit)
		return limit + 1;
	for (size_t j = 0; j <= bn; j++)
		prev[j] = (int)j;
	memset(prev2, 0, sizeof prev2);
	for (size_t i = 1; i <= an; i++) {
		cur[0] = (int)i;
		int best = cur[0];
		for (size_t j = 1; j <= bn; j++) {
			int cost = a[i - 1] != b[j - 1] && !same_sound(a[i - 1], b[j - 1]);
			int v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			if (prev[j - 1] + cost < v)
				v = prev[j - 1] + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    prev2[j - 2] + 1 < v)
				v = prev2[j - 2] + 1;
			cur[j] = v;
			if (v < best)
				best = v;
		}
		if (best > limit)
			return limit + 1;
		memcpy(prev2, prev, sizeof(int) * (bn + 1));
		memcpy(prev, cur, sizeof(int) * (bn + 1));
	}
	return prev[bn];
}

static size_t letters(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += ((unsigned char)s[i] & 0xc0) != 0x80 && s[i] != '-' && s[i] != '\'';
	return k;
}

/* Whether folded spellings a and b read as one name written two ways. */
static int spelling_variant(const char *a, size_t an, const char *b, size_t bn)
{
	/* A shared prefix up to the last hyphen ("al-", "abu-") is set aside. */
	const char *ha = memchr(a, '-', an), *hb = memchr(b, '-', bn);
	size_t min_rest = 5;
	if (ha && hb) {
		size_t pa = (size_t)(ha - a) + 1, pb = (size_t)(hb - b) + 1;
		if (pa == pb && memcmp(a, b, pa) == 0) {
			a += pa;
			an -= pa;
			b += pb;
			bn -= pb;
			min_rest = 4;
		}
	} else if (ha || hb) {
		return 0;
	}
	size_t la = letters(a, an), lb = letters(b, bn);
	size_t lo = la < lb ? la : lb, hi = la < lb ? lb : la;
	if (lo < min_rest || (min_rest == 5 && hi < 6))
		return 0;
	if (a[0] != b[0] && !same_sound(a[0], b[0]))
		return 0;
	/* The last letters agree, or one ends in a vowel + h the other lacks. */
	if (a[an - 1] != b[bn - 1]) {
		const char *l = an > bn ? a : b, *s = an > bn ? b : a;
		size_t ln = an > bn ? an : bn, sn = an > bn ? bn : an;
		if (!(ln == sn + 1 && l[ln - 1] == 'h' && is_vowel(l[ln - 2]) && memcmp(l, s, sn) == 0))
			return 0;
	}
	int limit = lo >= 10 ? 2 : 1;
	int dist = edit_distance(a, an, b, bn, limit);
	/* distinct spellings: 0 only when they differ in q for g alone */
	return dist <= limit;
}

static int tok_eq(const crd_doc *d, uint32_t x, uint32_t y)
{
	const tok *a = &d->toks.v[x], *b = &d->toks.v[y];
	return a->fe - a->fs == b->fe - b->fs &&
	       memcmp(d->view.fold + a->fs, d->view.fold + b->fs, a->fe - a->fs) == 0;
}

/* The capitalised word beside occurrence t (dir -1 before, +1 after), in the
 * same sentence, or UINT32_MAX. */
static uint32_t neighbour(const crd_doc *d, uint32_t t, int dir)
{
	if ((dir < 0 && t == 0) || (dir > 0 && t + 1 >= d->toks.n))
		return UINT32_MAX;
	uint32_t n = dir < 0 ? t - 1 : t + 1;
	const tok *x = &d->toks.v[n];
	if (x->kind != TOK_WORD || !(x->flags & TF_CAP) || x->sent != d->toks.v[t].sent ||
	    (x->flags & TF_SENT))
		return UINT32_MAX; /* a capitalised first word of a sentence is no name part */
	return n;
}

/* 1: the two spellings share a neighbouring name; -1: both stand beside
 * names and never the same one; 0: no evidence either way. */
static int context(const crd_doc *d, const occ *o, const form *a, const form *b)
{
	int agree = 0, a_has = 0, b_has = 0;
	for (int dir = -1; dir <= 1; dir += 2) {
		for (uint32_t i = a->o0; i < a->o1 && i < a->o0 + OCC_MAX; i++) {
			uint32_t na = neighbour(d, o[i].tok, dir);
			if (na == UINT32_MAX)
				continue;
			a_has = 1;
			for (uint32_t j = b->o0; j < b->o1 && j < b->o0 + OCC_MAX; j++) {
				uint32_t nb = neighbour(d, o[j].tok, dir);
				if (nb != UINT32_MAX && tok_eq(d, na, nb))
					agree = 1;
			}
		}
		for (uint32_t j = b->o0; j < b->o1 && j < b->o0 + OCC_MAX; j++)
			if (neighbour(d, o[j].tok, dir) != UINT32_MAX)
				b_has = 1;
	}
	if (agree)
		return 1;
	return a_has && b_has ? -1 : 0;
}

static int run(crd_doc *d)
{
	size_t nt = d->toks.n;
	const size_t ow = sizeof(occ) / sizeof(uint32_t), fw = sizeof(form) / sizeof(uint32_t);
	d->scratch.n = 0;
	if (nt == 0)
		return 0;
	if (vec_reserve((void **)&d->scratch.v, &d->scratch.cap, nt * (ow + fw) + 1, sizeof(uint32_t)) != 0)
		return -1;
	occ *o = (occ *)(void *)d->scratch.v;
	form *f = (form *)(void *)(d->scratch.v + nt * ow);
	size_t no = 0, nf = 0;

	/* Every word of four letters or more: capitalised ones are candidates,
	 * lower-case ones show which capitalised forms are common words. */
	for (uint32_t i = 0; i < nt; i++) {
		const tok *t = &d->toks.v[i];
		if (t->kind != TOK_WORD || (t->flags & (TF_DIGIT | TF_ABBREV | TF_UPPER)) ||
		    t->fe - t->fs < 4 || t->fe - t->fs > NAME_MAX_BYTES)
			continue;
		occ *x = &o[no++];
		x->hash = (uint32_t)crd_hash(d->view.fold + t->fs, t->fe - t->fs);
		x->tok = i;
		x->flags = 0;
		if (t->flags & TF_CAP) {
			x->flags |= OCC_CAP;
			if (!(t->flags & (TF_SENT | TF_NEWLINE | TF_PARA)))
				x->flags |= OCC_MID;
		}
	}
	_Static_assert(sizeof(form) >= sizeof(occ), "the spellings' space holds the sort's");
	sort_occ(o, (occ *)(void *)f, no); /* f is free until the spellings */

	/* Spellings: runs of one word. */
	for (size_t i = 0; i < no;) {
		size_t j = i + 1;
		while (j < no && o[j].hash == o[i].hash && tok_eq(d, o[j].tok, o[i].tok))
			j++;
		int lower = 0, mid = 0;
		for (size_t k = i; k < j; k++) {
			lower |= !(o[k].flags & OCC_CAP);
			mid |= (o[k].flags & OCC_MID) != 0;
		}
		const tok *t = &d->toks.v[o[i].tok];
		if (!lower) {
			form *x = &f[nf++];
			x->key = skeleton(d->view.fold + t->fs, t->fe - t->fs);
			x->o0 = (uint32_t)i;
			x->o1 = (uint32_t)j;
			x->first = o[i].tok;
			x->mid = (uint32_t)mid;
		}
		i = j;
	}
	qsort(f, nf, sizeof(form), cmp_form);

	/* Within a skeleton, each later spelling against the earlier ones. */
	for (size_t g = 0; g < nf;) {
		size_t h = g + 1;
		while (h < nf && f[h].key == f[g].key)
			h++;
		size_t end = h - g > GROUP_MAX ? g + GROUP_MAX : h;
		for (size_t bi = g + 1; bi < end; bi++) {
			const form *b = &f[bi];
			const tok *tb = &d->toks.v[b->first];
			for (size_t ai = g; ai < bi; ai++) {
				const form *a = &f[ai];
				const tok *ta = &d->toks.v[a->first];
				if (!a->mid && !b->mid)
					continue; /* no sign that either is a name */
				if (!spelling_variant(d->view.fold + ta->fs, ta->fe - ta->fs,
				                      d->view.fold + tb->fs, tb->fe - tb->fs))
					continue;
				int ctx = context(d, o, a, b);
				uint32_t ca = a->o1 - a->o0, cb = b->o1 - b->o0;
				if (ctx < 0 || (ctx == 0 && ca >= 3 && cb >= 3))
					continue;
				uint32_t it = doc_add(d, F_NAME_VARIANT, tb->s, tb->e);
				if (it == UINT32_MAX)
					return -1;
				doc_attr_strn(d, it, "other", d->text + ta->s, ta->e - ta->s);
				doc_attr_num(d, it, "other_start", ta->s);
				doc_attr_num(d, it, "count", cb);
				doc_attr_num(d, it, "other_count", ca);
				doc_attr_bool(d, it, "same_context", ctx > 0);
				break;
			}
		}
		g = h;
	}
	d->scratch.n = 0;
	return d->nomem ? -1 : 0;
}

const detector det_consistency_detector = { "consistency", run, (const int[]){ F_NAME_VARIANT, -1 }, NULL };
