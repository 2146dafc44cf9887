/* lexicon.c -- lexicon parsing, term dictionary, Aho-Corasick automaton over term ids, matching. */
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

#include "segment.h"
#include "text.h"
#include "util.h"

/* ---- an open-addressing map from strings to ids ------------------------ */

typedef struct strmap {
	uint32_t *slot;   /* id + 1; 0 = empty */
	size_t cap;       /* power of two */
	size_t n;
} strmap;

typedef struct lex_info {
	char *name, *feature, *origin;
	size_t size;
} lex_info;

typedef struct phrase {
	uint32_t lex;
	uint32_t ntok;
	uint32_t tok0;        /* into builder/set term sequence array */
	uint32_t attr0, nattr;
	char *text;           /* folded, tokens joined by one space */
} phrase;

typedef struct attr_kv {
	char *key, *value;
} attr_kv;

/* Shared by builder and set: words and their ids. */
typedef struct terms {
	char **word;
	uint32_t *len;
	size_t n, cap;
	strmap map;
} terms;

struct lex_builder {
	VEC(lex_info) lex;
	VEC(phrase) phrases;
	VEC(uint32_t) seq;    /* term ids of all phrases */
	VEC(attr_kv) attrs;
	terms t;
	uint32_t *seen;       /* hash set of phrases by (lexicon, terms): index + 1, 0 = empty */
	size_t seen_cap;      /* a power of two, at least twice the phrases */
	lex_attr_check check; /* of every key=value, or NULL */
	void *check_ud;
};

/* Automaton edges: a hash from (state, term) to the child state. */
typedef struct edge {
	uint64_t key;         /* (state << 32 | term) + 1; 0 = empty */
	uint32_t child;
} edge;

typedef struct node {
	uint32_t fail;
	uint32_t dict;        /* next node on the fail chain with output, 0 = none */
	uint32_t out0, nout;  /* phrases ending here: outs[out0 .. out0 + nout) */
	uint32_t depth;
} node;

struct lex_set {
	VEC(lex_info) lex;
	VEC(phrase) phrases;
	VEC(uint32_t) seq;
	VEC(attr_kv) attrs;
	terms t;
	node *nodes;
	size_t nnodes;
	edge *edges;
	size_t ecap;
	uint32_t *outs;
};

static uint64_t mix64(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	x ^= x >> 33;
	return x;
}

static int terms_find(const terms *t, const char *s, size_t n, uint32_t *id)
{
	if (!t->map.cap)
		return 0;
	size_t mask = t->map.cap - 1;
	for (size_t i = crd_hash(s, n) & mask;; i = (i + 1) & mask) {
		uint32_t v = t->map.slot[i];
		if (!v)
			return 0;
		v--;
		if (t->len[v] == n && memcmp(t->word[v], s, n) == 0) {
			*id = v;
			return 1;
		}
	}
}

static int terms_rehash(terms *t, size_t cap)
{
	uint32_t *slot = calloc(cap, sizeof(uint32_t));
	if (!slot)
		return -1;
	for (size_t k = 0; k < t->n; k++) {
		size_t i = crd_hash(t->word[k], t->len[k]) & (cap - 1);
		while (slot[i])
			i = (i + 1) & (cap - 1);
		slot[i] = (uint32_t)k + 1;
	}
	free(t->map.slot);
	t->map.slot = slot;
	t->map.cap = cap;
	return 0;
}

static int terms_intern(terms *t, const char *s, size_t n, uint32_t *id)
{
	if (terms_find(t, s, n, id))
		return 0;
	if ((t->n + 1) * 2 > t->map.cap && terms_rehash(t, t->map.cap ? t->map.cap * 2 : 256) != 0)
		return -1;
	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 256;
		char **w = realloc(t->word, cap * sizeof(char *));
		if (!w)
			return -1;
		t->word = w;
		uint32_t *l = realloc(t->len, cap * sizeof(uint32_t));
		if (!l)
			return -1;
		t->len = l;
		t->cap = cap;
	}
	char *copy = crd_strndup(s, n);
	if (!copy)
		return -1;
	t->word[t->n] = copy;
	t->len[t->n] = (uint32_t)n;
	size_t mask = t->map.cap - 1;
	size_t i = crd_hash(s, n) & mask;
	while (t->map.slot[i])
		i = (i + 1) & mask;
	t->map.slot[i] = (uint32_t)t->n + 1;
	*id = (uint32_t)t->n++;
	return 0;
}

static void terms_free(terms *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->word[i]);
	free(t->word);
	free(t->len);
	free(t->map.slot);
	memset(t, 0, sizeof *t);
}

static int terms_copy(terms *dst, const terms *src)
{
	memset(dst, 0, sizeof *dst);
	for (size_t i = 0; i < src->n; i++) {
		uint32_t id;
		if (terms_intern(dst, src->word[i], src->len[i], &id) != 0)
			return -1;
	}
	return 0;
}

/* ---- builder ------------------------------------------------------------ */

lex_builder *lex_builder_new(void)
{
	return calloc(1, sizeof(lex_builder));
}

static void free_lex_infos(lex_info *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].feature);
		free(v[i].origin);
	}
}

static void free_phrases(phrase *p, size_t n, attr_kv *a, size_t na)
{
	for (size_t i = 0; i < n; i++)
		free(p[i].text);
	for (size_t i = 0; i < na; i++) {
		free(a[i].key);
		free(a[i].value);
	}
}

void lex_builder_free(lex_builder *b)
{
	if (!b)
		return;
	free_lex_infos(b->lex.v, b->lex.n);
	free_phrases(b->phrases.v, b->phrases.n, b->attrs.v, b->attrs.n);
	vec_free(&b->lex);
	vec_free(&b->phrases);
	vec_free(&b->seq);
	vec_free(&b->attrs);
	terms_free(&b->t);
	free(b->seen);
	free(b);
}

void lex_builder_set_check(lex_builder *b, lex_attr_check check, void *ud)
{
	b->check = check;
	b->check_ud = ud;
}

static uint64_t phrase_hash(uint32_t lex, const uint32_t *ids, uint32_t n)
{
	return crd_hash((const char *)ids, n * sizeof *ids) ^ ((uint64_t)lex * 0x9E3779B97F4A7C15ULL);
}

/* The slot of the phrase of lexicon lex with term ids ids[0, n): the slot
 * that holds it, or the empty slot where it would go. */
static uint32_t *seen_slot(const lex_builder *b, uint32_t lex, const uint32_t *ids, uint32_t n)
{
	size_t mask = b->seen_cap - 1;
	for (size_t i = phrase_hash(lex, ids, n) & mask;; i = (i + 1) & mask) {
		uint32_t *slot = &b->seen[i];
		if (!*slot)
			return slot;
		const phrase *p = &b->phrases.v[*slot - 1];
		if (p->lex == lex && p->ntok == n && memcmp(&b->seq.v[p->tok0], ids, n * sizeof *ids) == 0)
			return slot;
	}
}

/* Makes room in the set for one more phrase. Returns 0 or -1 on OOM. */
static int seen_reserve(lex_builder *b)
{
	if ((b->phrases.n + 1) * 2 <= b->seen_cap)
		return 0;
	size_t cap = b->seen_cap ? b->seen_cap * 2 : 1024;
	uint32_t *old = b->seen;
	b->seen = calloc(cap, sizeof *b->seen);
	if (!b->seen) {
		b->seen = old;
		return -1;
	}
	b->seen_cap = cap;
	free(old);
	for (size_t i = 0; i < b->phrases.n; i++) {
		const phrase *p = &b->phrases.v[i];
		*seen_slot(b, p->lex, &b->seq.v[p->tok0], p->ntok) = (uint32_t)i + 1;
	}
	return 0;
}

int lex_builder_add(lex_builder *b, const char *name, const char *feature, const char *origin,
                    crd_error *err)
{
	for (size_t i = 0; i < b->lex.n; i++)
		if (strcmp(b->lex.v[i].name, name) == 0) {
			crd_fail(err, CRD_ERR_LEXICON, "lexicon '%s' is declared twice (first in %s)", name,
			         b->lex.v[i].origin);
			crd_error_where(err, origin, 0, 0, -1);
			return CRD_ERR_LEXICON;
		}
	if (b->lex.n >= UINT16_MAX) {
		crd_fail(err, CRD_ERR_LEXICON, "too many lexicons");
		return CRD_ERR_LEXICON;
	}
	lex_info *li = vec_push(&b->lex);
	if (!li)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	li->name = crd_strdup(name);
	li->feature = (feature && strcmp(feature, "none") != 0) ? crd_strdup(feature) : NULL;
	li->origin = crd_strdup(origin ? origin : name);
	if (!li->name || !li->origin || (feature && strcmp(feature, "none") != 0 && !li->feature))
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	return (int)(b->lex.n - 1);
}

typedef struct phrase_toks {
	lex_builder *b;
	int failed;
	uint32_t n;
	char text[1024];
	size_t tlen;
	int overflow;
} phrase_toks;

static void on_phrase_token(void *ud, const char *s, size_t n, int kind)
{
	(void)kind;
	phrase_toks *pt = ud;
	if (pt->failed)
		return;
	if (pt->n >= LEX_MAX_PHRASE_TOKENS) {
		pt->overflow = 1;
		return;
	}
	uint32_t id;
	if (terms_intern(&pt->b->t, s, n, &id) != 0) {
		pt->failed = 1;
		return;
	}
	uint32_t *slot = vec_push(&pt->b->seq);
	if (!slot) {
		pt->failed = 1;
		return;
	}
	*slot = id;
	if (pt->tlen + n + 2 < sizeof pt->text) {
		if (pt->n)
			pt->text[pt->tlen++] = ' ';
		memcpy(pt->text + pt->tlen, s, n);
		pt->tlen += n;
	}
	pt->n++;
}

static int fail_at(crd_error *err, int code, const char *origin, int line, const char *msg,
                   const char *quote, size_t qn)
{
	crd_fail(err, code, "%s: '%.*s'", msg, (int)(qn > 80 ? 80 : qn), quote);
	crd_error_where(err, origin, line, 0, -1);
	return code;
}

/* the error for too many attributes names the limit */
_Static_assert(LEX_MAX_ATTRS == 8, "lexicon.c: too many attributes (at most 8)");

static int parse_attrs(lex_builder *b, int lex, const char *a, size_t n, uint32_t *nattr, const char *origin,
                       int line, crd_error *err)
{
	*nattr = 0;
	size_t i = 0;
	while (i < n) {
		while (i < n && (a[i] == ' ' || a[i] == '\t'))
			i++;
		if (i >= n)
			break;
		size_t ks = i;
		while (i < n && a[i] != '=' && a[i] != ' ' && a[i] != '\t')
			i++;
		if (i >= n || a[i] != '=' || i == ks)
			return fail_at(err, CRD_ERR_LEXICON, origin, line,
			               "attributes must be key=value separated by spaces", a + ks, n - ks);
		size_t ke = i++;
		size_t vs = i;
		while (i < n && a[i] != ' ' && a[i] != '\t')
			i++;
		if (*nattr >= LEX_MAX_ATTRS)
			return fail_at(err, CRD_ERR_LEXICON, origin, line, "too many attributes (at most 8)",
			               a, n);
		attr_kv *kv = vec_push(&b->attrs);
		if (!kv)
			return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
		kv->key = crd_strndup(a + ks, ke - ks);
		kv->value = crd_strndup(a + vs, i - vs);
		if (!kv->key || !kv->value)
			return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
		(*nattr)++;
		/* "said | strength=stong": "attribute strength=stong: attribution_cue
		 * reads strength as one of strong, weak" */
		char why[512];
		if (b->check && b->check(b->check_ud, b->lex.v[lex].name, b->lex.v[lex].feature, kv->key,
		                         kv->value, why, sizeof why)) {
			crd_fail(err, CRD_ERR_LEXICON, "attribute %.40s=%.80s: %s", kv->key, kv->value, why);
			crd_error_where(err, origin, line, 0, -1);
			return CRD_ERR_LEXICON;
		}
	}
	return CRD_OK;
}

int lex_builder_phrase(lex_builder *b, int lex, const char *text, size_t n, const char *attrs,
                       size_t attrs_len, const char *origin, int line, crd_error *err)
{
	if (lex < 0 || (size_t)lex >= b->lex.n)
		return crd_fail(err, CRD_ERR_INVALID, "no such lexicon");
	if (!txt_is_clean(text, n))
		return fail_at(err, CRD_ERR_LEXICON, origin, line, "phrase is not valid UTF-8", "", 0);
	txt_view v = { 0 };
	if (txt_fold(&v, text, n, NULL, NULL) != 0)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	phrase_toks pt = { .b = b };
	size_t seq0 = b->seq.n;
	seg_tokenize_string(v.fold, v.flen, on_phrase_token, &pt);
	txt_view_free(&v);
	if (pt.failed)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	if (pt.overflow) {
		b->seq.n = seq0;
		return fail_at(err, CRD_ERR_LEXICON, origin, line, "phrase has more than 16 words", text, n);
	}
	if (pt.n == 0)
		return CRD_OK; /* only spaces: nothing to match */

	/* The same phrase twice in one lexicon is harmless: keep one. */
	if (seen_reserve(b) != 0)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	uint32_t *slot = seen_slot(b, (uint32_t)lex, &b->seq.v[seq0], pt.n);
	if (*slot) {
		b->seq.n = seq0;
		/* Its attributes are dropped, but checked all the same: a wrong
		 * value is an error on every line it stands on. */
		size_t a0 = b->attrs.n;
		uint32_t na;
		int rc = attrs && attrs_len ? parse_attrs(b, lex, attrs, attrs_len, &na, origin, line, err)
		                            : CRD_OK;
		free_phrases(NULL, 0, b->attrs.v + a0, b->attrs.n - a0);
		b->attrs.n = a0;
		return rc;
	}
	phrase *p = vec_push(&b->phrases);
	if (!p)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	*slot = (uint32_t)b->phrases.n;
	p->lex = (uint32_t)lex;
	p->ntok = pt.n;
	p->tok0 = (uint32_t)seq0;
	p->text = crd_strndup(pt.text, pt.tlen);
	p->attr0 = (uint32_t)b->attrs.n;
	if (!p->text)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	if (attrs && attrs_len) {
		int rc = parse_attrs(b, lex, attrs, attrs_len, &p->nattr, origin, line, err);
		if (rc)
			return rc;
	}
	b->lex.v[lex].size++;
	return CRD_OK;
}

static const char *trim(const char *s, const char *e, const char **end)
{
	while (s < e && (*s == ' ' || *s == '\t' || *s == '\r'))
		s++;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	*end = e;
	return s;
}

int lex_builder_parse(lex_builder *b, const char *name, const char *text, size_t n,
                      const char *origin, crd_error *err)
{
	if (!txt_is_clean(text, n)) {
		/* Find the line for the message. */
		int line = 1;
		size_t i = 0;
		const unsigned char *u = (const unsigned char *)text;
		while (i < n) {
			uint32_t cp;
			size_t l = u[i] ? txt_decode(u + i, n - i, &cp) : 0;
			if (!l)
				break;
			if (u[i] == '\n')
				line++;
			i += l;
		}
		crd_fail(err, CRD_ERR_LEXICON, "invalid UTF-8 or NUL byte in lexicon");
		crd_error_where(err, origin, line, 0, (int64_t)i);
		return CRD_ERR_LEXICON;
	}
	/* The header: "# feature: x" among the leading comment lines. */
	const char *feature = NULL;
	size_t flen = 0;
	const char *p = text, *end = text + n;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		const char *te;
		const char *ts = trim(p, le, &te);
		if (ts < te && *ts != '#')
			break;
		if (ts < te) {
			ts++;
			while (ts < te && *ts == ' ')
				ts++;
			if ((size_t)(te - ts) > 8 && strncmp(ts, "feature:", 8) == 0) {
				const char *fe;
				feature = trim(ts + 8, te, &fe);
				flen = (size_t)(fe - feature);
			}
		}
		p = nl ? nl + 1 : end;
	}
	if (!feature || flen == 0) {
		crd_fail(err, CRD_ERR_LEXICON,
		         "lexicon has no '# feature: NAME' header line (use 'none' for a vocabulary)");
		crd_error_where(err, origin, 1, 0, 0);
		return CRD_ERR_LEXICON;
	}
	char fname[128];
	if (flen >= sizeof fname) {
		crd_fail(err, CRD_ERR_LEXICON, "feature name too long");
		crd_error_where(err, origin, 1, 0, 0);
		return CRD_ERR_LEXICON;
	}
	memcpy(fname, feature, flen);
	fname[flen] = '\0';
	int lex = lex_builder_add(b, name, fname, origin, err);
	if (lex < 0)
		return lex;

	int line = 0;
	for (p = text; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		line++;
		const char *te;
		const char *ts = trim(p, le, &te);
		p = nl ? nl + 1 : end;
		if (ts == te || *ts == '#')
			continue;
		const char *bar = NULL;
		for (const char *q = ts; q + 2 < te; q++)
			if (q[0] == ' ' && q[1] == '|' && q[2] == ' ') {
				bar = q;
				break;
			}
		const char *pe = bar ? bar : te;
		const char *ae = te, *as = bar ? bar + 3 : te;
		int rc = lex_builder_phrase(b, lex, ts, (size_t)(pe - ts), as, (size_t)(ae - as), origin,
		                            line, err);
		if (rc)
			return rc;
	}
	return CRD_OK;
}

/* ---- compiling ---------------------------------------------------------- */

static int edge_find(const lex_set *ls, uint32_t state, uint32_t term, uint32_t *child)
{
	uint64_t key = (((uint64_t)state << 32) | term) + 1;
	size_t mask = ls->ecap - 1;
	for (size_t i = mix64(key) & mask;; i = (i + 1) & mask) {
		if (ls->edges[i].key == key) {
			*child = ls->edges[i].child;
			return 1;
		}
		if (ls->edges[i].key == 0)
			return 0;
	}
}

static void edge_put(lex_set *ls, uint32_t state, uint32_t term, uint32_t child)
{
	uint64_t key = (((uint64_t)state << 32) | term) + 1;
	size_t mask = ls->ecap - 1;
	size_t i = mix64(key) & mask;
	while (ls->edges[i].key != 0)
		i = (i + 1) & mask;
	ls->edges[i].key = key;
	ls->edges[i].child = child;
}

typedef struct edge_rec {
	uint32_t parent, term, child;
} edge_rec;

int lex_compile(lex_set **out, const lex_builder *b, crd_error *err)
{
	*out = NULL;
	lex_set *ls = calloc(1, sizeof *ls);
	if (!ls)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	int rc = CRD_ERR_NOMEM;
	edge_rec *erec = NULL;
	uint32_t *queue = NULL;

	/* Copy the declarations. */
	if (vec_reserve((void **)&ls->lex.v, &ls->lex.cap, b->lex.n + 1, sizeof(lex_info)) ||
	    vec_reserve((void **)&ls->phrases.v, &ls->phrases.cap, b->phrases.n + 1, sizeof(phrase)) ||
	    vec_reserve((void **)&ls->seq.v, &ls->seq.cap, b->seq.n + 1, sizeof(uint32_t)) ||
	    vec_reserve((void **)&ls->attrs.v, &ls->attrs.cap, b->attrs.n + 1, sizeof(attr_kv)))
		goto fail;
	for (size_t i = 0; i < b->lex.n; i++) {
		lex_info *d = &ls->lex.v[ls->lex.n++];
		memset(d, 0, sizeof *d);
		d->name = crd_strdup(b->lex.v[i].name);
		d->feature = crd_strdup(b->lex.v[i].feature);
		d->origin = crd_strdup(b->lex.v[i].origin);
		d->size = b->lex.v[i].size;
		if (!d->name || !d->origin || (b->lex.v[i].feature && !d->feature))
			goto fail;
	}
	for (size_t i = 0; i < b->phrases.n; i++) {
		phrase *d = &ls->phrases.v[ls->phrases.n++];
		*d = b->phrases.v[i];
		d->text = crd_strdup(b->phrases.v[i].text);
		if (!d->text)
			goto fail;
	}
	if (b->seq.n) /* a set of empty lexicons has no sequence at all */
		memcpy(ls->seq.v, b->seq.v, b->seq.n * sizeof(uint32_t));
	ls->seq.n = b->seq.n;
	for (size_t i = 0; i < b->attrs.n; i++) {
		attr_kv *d = &ls->attrs.v[ls->attrs.n++];
		d->key = crd_strdup(b->attrs.v[i].key);
		d->value = crd_strdup(b->attrs.v[i].value);
		if (!d->key || !d->value)
			goto fail;
	}
	if (terms_copy(&ls->t, &b->t) != 0)
		goto fail;

	/* The trie: at most one node per phrase token, plus the root. */
	size_t maxnodes = b->seq.n + 1;
	ls->nodes = calloc(maxnodes, sizeof(node));
	erec = malloc((maxnodes + 1) * sizeof(edge_rec));
	size_t ecap = 16;
	while (ecap < maxnodes * 2)
		ecap *= 2;
	ls->edges = calloc(ecap, sizeof(edge));
	ls->ecap = ecap;
	/* Per-node list of phrases ending there, built as a linked list. */
	uint32_t *phrase_node = malloc((b->phrases.n + 1) * sizeof(uint32_t));
	if (!ls->nodes || !erec || !ls->edges || !phrase_node) {
		free(phrase_node);
		goto fail;
	}
	ls->nnodes = 1;
	size_t nerec = 0;
	for (size_t pi = 0; pi < ls->phrases.n; pi++) {
		const phrase *p = &ls->phrases.v[pi];
		uint32_t st = 0;
		for (uint32_t k = 0; k < p->ntok; k++) {
			uint32_t term = ls->seq.v[p->tok0 + k], child;
			if (!edge_find(ls, st, term, &child)) {
				child = (uint32_t)ls->nnodes++;
				ls->nodes[child].depth = k + 1;
				edge_put(ls, st, term, child);
				erec[nerec++] = (edge_rec){ st, term, child };
			}
			st = child;
		}
		phrase_node[pi] = st;
	}
	/* Outputs grouped by node (counting sort). */
	ls->outs = malloc((ls->phrases.n + 1) * sizeof(uint32_t));
	if (!ls->outs) {
		free(phrase_node);
		goto fail;
	}
	for (size_t pi = 0; pi < ls->phrases.n; pi++)
		ls->nodes[phrase_node[pi]].nout++;
	uint32_t sum = 0;
	for (size_t ni = 0; ni < ls->nnodes; ni++) {
		ls->nodes[ni].out0 = sum;
		sum += ls->nodes[ni].nout;
		ls->nodes[ni].nout = 0;
	}
	for (size_t pi = 0; pi < ls->phrases.n; pi++) {
		node *nd = &ls->nodes[phrase_node[pi]];
		ls->outs[nd->out0 + nd->nout++] = (uint32_t)pi;
	}
	free(phrase_node);

	/* Failure links, breadth first. Edges were recorded in creation order,
	 * which is not breadth-first, so walk by depth using the edge records
	 * sorted by the child's depth. */
	queue = malloc((ls->nnodes + 1) * sizeof(uint32_t));
	if (!queue)
		goto fail;
	/* Children lists: count edges per parent. */
	uint32_t *cstart = calloc(ls->nnodes + 1, sizeof(uint32_t));
	edge_rec *byparent = malloc((nerec + 1) * sizeof(edge_rec));
	if (!cstart || !byparent) {
		free(cstart);
		free(byparent);
		goto fail;
	}
	for (size_t i = 0; i < nerec; i++)
		cstart[erec[i].parent + 1]++;
	for (size_t i = 0; i < ls->nnodes; i++)
		cstart[i + 1] += cstart[i];
	{
		uint32_t *fill = calloc(ls->nnodes + 1, sizeof(uint32_t));
		if (!fill) {
			free(cstart);
			free(byparent);
			goto fail;
		}
		for (size_t i = 0; i < nerec; i++) {
			uint32_t pnode = erec[i].parent;
			byparent[cstart[pnode] + fill[pnode]++] = erec[i];
		}
		free(fill);
	}
	size_t qh = 0, qt = 0;
	queue[qt++] = 0;
	while (qh < qt) {
		uint32_t st = queue[qh++];
		for (uint32_t k = cstart[st]; k < cstart[st + 1]; k++) {
			uint32_t term = byparent[k].term, child = byparent[k].child;
			uint32_t f = 0;
			if (st != 0) {
				f = ls->nodes[st].fail;
				uint32_t nx;
				for (;;) {
					if (edge_find(ls, f, term, &nx)) {
						f = nx;
						break;
					}
					if (f == 0)
						break;
					f = ls->nodes[f].fail;
				}
			}
			ls->nodes[child].fail = f;
			ls->nodes[child].dict = ls->nodes[f].nout ? f : ls->nodes[f].dict;
			queue[qt++] = child;
		}
	}
	free(cstart);
	free(byparent);
	free(queue);
	free(erec);
	*out = ls;
	return CRD_OK;

fail:
	free(queue);
	free(erec);
	lex_set_free(ls);
	return crd_fail(err, rc, "out of memory compiling lexicons");
}

void lex_set_free(lex_set *ls)
{
	if (!ls)
		return;
	free_lex_infos(ls->lex.v, ls->lex.n);
	free_phrases(ls->phrases.v, ls->phrases.n, ls->attrs.v, ls->attrs.n);
	vec_free(&ls->lex);
	vec_free(&ls->phrases);
	vec_free(&ls->seq);
	vec_free(&ls->attrs);
	terms_free(&ls->t);
	free(ls->nodes);
	free(ls->edges);
	free(ls->outs);
	free(ls);
}

/* ---- queries ------------------------------------------------------------ */

size_t lex_count(const lex_set *ls)
{
	return ls->lex.n;
}

const char *lex_name(const lex_set *ls, int lex)
{
	return ls->lex.v[lex].name;
}

const char *lex_feature(const lex_set *ls, int lex)
{
	return ls->lex.v[lex].feature;
}

const char *lex_origin(const lex_set *ls, int lex)
{
	return ls->lex.v[lex].origin;
}

size_t lex_size(const lex_set *ls, int lex)
{
	return ls->lex.v[lex].size;
}

int lex_find(const lex_set *ls, const char *name)
{
	for (size_t i = 0; i < ls->lex.n; i++)
		if (strcmp(ls->lex.v[i].name, name) == 0)
			return (int)i;
	return -1;
}

int lex_phrase_lexicon(const lex_set *ls, uint32_t p)
{
	return (int)ls->phrases.v[p].lex;
}

const char *lex_phrase_text(const lex_set *ls, uint32_t p)
{
	return ls->phrases.v[p].text;
}

const char *lex_phrase_attr(const lex_set *ls, uint32_t p, const char *key)
{
	const phrase *ph = &ls->phrases.v[p];
	for (uint32_t i = 0; i < ph->nattr; i++) {
		const char *k = ls->attrs.v[ph->attr0 + i].key;
		if (k[0] == key[0] && strcmp(k, key) == 0) /* most keys differ at once */
			return ls->attrs.v[ph->attr0 + i].value;
	}
	return NULL;
}

size_t lex_phrase_attr_count(const lex_set *ls, uint32_t p)
{
	return ls->phrases.v[p].nattr;
}

void lex_phrase_attr_at(const lex_set *ls, uint32_t p, size_t i, const char **key, const char **value)
{
	const attr_kv *kv = &ls->attrs.v[ls->phrases.v[p].attr0 + i];
	*key = kv->key;
	*value = kv->value;
}

int32_t lex_term(const lex_set *ls, const char *s, size_t n)
{
	uint32_t id;
	return terms_find(&ls->t, s, n, &id) ? (int32_t)id : -1;
}

/* ---- matching ------------------------------------------------------------ */

static int emit(const lex_set *ls, crd_doc *d, uint32_t st, uint32_t end_tok)
{
	for (uint32_t nd = ls->nodes[st].nout ? st : ls->nodes[st].dict; nd; nd = ls->nodes[nd].dict) {
		const node *n = &ls->nodes[nd];
		for (uint32_t k = 0; k < n->nout; k++) {
			uint32_t pi = ls->outs[n->out0 + k];
			lex_match *m = vec_push(&d->matches);
			if (!m)
				return -1;
			m->tok1 = end_tok + 1;
			m->tok0 = end_tok + 1 - n->depth;
			m->phrase = pi;
			m->lexicon = (uint16_t)ls->phrases.v[pi].lex;
		}
	}
	return 0;
}

/*
 * The automaton reports matches by end token. Detectors want them by start
 * token, longest first: a counting placement by tok0 does that in linear
 * time. Walking the matches backwards puts, within one tok0, the later
 * reported (longer) ones first; matches with the same span keep the
 * automaton's order, which is deterministic.
 */
static int order_matches(crd_doc *d)
{
	size_t n = d->matches.n, nt = d->toks.n;
	if (n < 2)
		return 0;
	d->scratch.n = 0;
	if (vec_reserve((void **)&d->scratch.v, &d->scratch.cap, nt + 1, sizeof(uint32_t)) != 0 ||
	    vec_reserve((void **)&d->matches_tmp.v, &d->matches_tmp.cap, n, sizeof(lex_match)) != 0)
		return -1;
	uint32_t *start = d->scratch.v;
	memset(start, 0, (nt + 1) * sizeof(uint32_t));
	for (size_t i = 0; i < n; i++)
		start[d->matches.v[i].tok0 + 1]++;
	for (size_t t = 0; t < nt; t++)
		start[t + 1] += start[t];
	for (size_t i = n; i-- > 0;) {
		const lex_match *m = &d->matches.v[i];
		d->matches_tmp.v[start[m->tok0]++] = *m;
	}
	lex_match *v = d->matches.v;
	size_t cap = d->matches.cap;
	d->matches.v = d->matches_tmp.v;
	d->matches.cap = d->matches_tmp.cap;
	d->matches_tmp.v = v;
	d->matches_tmp.cap = cap;
	return 0;
}

int lex_scan(const lex_set *ls, crd_doc *d)
{
	d->matches.n = 0;
	uint32_t st = 0;
	for (size_t i = 0; i < d->toks.n; i++) {
		tok *t = &d->toks.v[i];
		t->term = lex_term(ls, d->view.fold + t->fs, t->fe - t->fs);
		if (t->flags & TF_PARA)
			st = 0;
		if (t->term < 0) {
			st = 0;
			continue;
		}
		uint32_t term = (uint32_t)t->term, nx;
		for (;;) {
			if (edge_find(ls, st, term, &nx)) {
				st = nx;
				break;
			}
			if (st == 0)
				break;
			st = ls->nodes[st].fail;
		}
		if ((ls->nodes[st].nout || ls->nodes[st].dict) && emit(ls, d, st, (uint32_t)i) != 0)
			return -1;
	}
	return order_matches(d);
}

size_t lex_first_match(const crd_doc *d, uint32_t t0)
{
	size_t lo = 0, hi = d->matches.n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->matches.v[mid].tok0 < t0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int lex_has_match(const crd_doc *d, int lex, uint32_t t0, uint32_t t1, uint32_t *phrase_out)
{
	for (size_t i = lex_first_match(d, t0); i < d->matches.n && d->matches.v[i].tok0 == t0; i++) {
		const lex_match *m = &d->matches.v[i];
		if (m->tok1 == t1 && m->lexicon == lex) {
			if (phrase_out)
				*phrase_out = m->phrase;
			return 1;
		}
	}
	return 0;
}
