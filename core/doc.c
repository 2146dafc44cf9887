/* doc.c -- the per-document store: evidence items and attributes, warnings, lookups by offset. */
#include "doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"

const char *const zone_names[ZONE_COUNT + 1] = {
	"body",  "title",      "byline",         "dateline",    "related_link", "advert",
	"share", "author_bio", "comment_policy", "editor_note", "page",         NULL,
};

const char *zone_name(int kind)
{
	return (kind >= 0 && kind < ZONE_COUNT) ? zone_names[kind] : "unknown";
}

int zone_lookup(const char *name)
{
	for (int i = 0; i < ZONE_COUNT; i++)
		if (strcmp(zone_names[i], name) == 0)
			return i;
	return -1;
}

void doc_init(crd_doc *d, const struct crd_engine *engine)
{
	memset(d, 0, sizeof *d);
	d->engine = engine;
	arena_init(&d->mem);
}

void doc_reset(crd_doc *d)
{
	d->text = NULL;
	d->len = 0;
	d->page = NULL;
	d->id = d->title = d->url = d->source = d->date = NULL;
	d->view.flen = 0;
	d->lines.n = 0;
	d->toks.n = d->sents.n = d->paras.n = d->zones.n = 0;
	d->matches.n = d->ev.n = d->attrs.n = d->warnings.n = 0;
	d->scratch.n = 0;
	d->suppressed_warnings = 0;
	d->invalid_bytes = d->nul_bytes = d->mojibake = 0;
	d->mojibake_at = 0;
	d->nomem = 0;
	d->finished = 0;
	d->generation++;
	arena_reset(&d->mem);
}

void doc_free(crd_doc *d)
{
	txt_view_free(&d->view);
	txt_lines_free(&d->lines);
	vec_free(&d->toks);
	vec_free(&d->sents);
	vec_free(&d->paras);
	vec_free(&d->zones);
	vec_free(&d->matches);
	vec_free(&d->matches_tmp);
	vec_free(&d->ev);
	vec_free(&d->attrs);
	vec_free(&d->attrs_tmp);
	vec_free(&d->warnings);
	vec_free(&d->scratch);
	free(d->counts);
	d->counts = NULL;
	arena_free(&d->mem);
}

uint32_t doc_add(crd_doc *d, int f, uint32_t s, uint32_t e)
{
	if (e < s || e > d->len || f < 0) {
		/* A detector bug must not corrupt the report: clamp and keep going. */
		if (s > d->len)
			s = (uint32_t)d->len;
		if (e < s)
			e = s;
		if (e > d->len)
			e = (uint32_t)d->len;
		if (f < 0)
			return UINT32_MAX;
	}
	ev_item *it = vec_push(&d->ev);
	if (!it) {
		d->nomem = 1;
		return UINT32_MAX;
	}
	it->s = s;
	it->e = e;
	it->feature = f;
	it->zone = ZONE_BODY;
	d->finished = 0;
	return (uint32_t)(d->ev.n - 1);
}

static ev_attr *attr_new(crd_doc *d, uint32_t i, const char *key, int type)
{
	if (i >= d->ev.n)
		return NULL;
	/* Setting a key twice replaces the value. Items carry a handful of
	 * attributes, added right after the item, so look back only over the
	 * tail that can belong to it. */
	for (size_t k = d->attrs.n; k-- > 0;) {
		ev_attr *a = &d->attrs.v[k];
		if (a->item != i)
			break;
		if (strcmp(a->key, key) == 0) {
			a->type = (uint8_t)type;
			return a;
		}
	}
	ev_attr *a = vec_push(&d->attrs);
	if (!a) {
		d->nomem = 1;
		return NULL;
	}
	a->item = i;
	a->key = key;
	a->type = (uint8_t)type;
	d->finished = 0;
	return a;
}

void doc_attr_num(crd_doc *d, uint32_t i, const char *key, double v)
{
	ev_attr *a = attr_new(d, i, key, ATTR_NUM);
	if (a)
		a->num = v;
}

void doc_attr_str(crd_doc *d, uint32_t i, const char *key, const char *v)
{
	if (!v) {
		doc_attr_null(d, i, key);
		return;
	}
	ev_attr *a = attr_new(d, i, key, ATTR_STR);
	if (a)
		a->str = v;
}

void doc_attr_strn(crd_doc *d, uint32_t i, const char *key, const char *s, size_t n)
{
	char *copy = arena_strndup(&d->mem, s, n);
	if (!copy) {
		d->nomem = 1;
		return;
	}
	doc_attr_str(d, i, key, copy);
}

void doc_attr_bool(crd_doc *d, uint32_t i, const char *key, int v)
{
	ev_attr *a = attr_new(d, i, key, ATTR_BOOL);
	if (a)
		a->num = v ? 1 : 0;
}

void doc_attr_null(crd_doc *d, uint32_t i, const char *key)
{
	attr_new(d, i, key, ATTR_NULL);
}

void doc_remove(crd_doc *d, uint32_t i)
{
	if (i < d->ev.n) {
		d->ev.v[i].feature = -1;
		d->finished = 0;
	}
}

void doc_warn(crd_doc *d, const char *code, int64_t offset, const char *fmt, ...)
{
	size_t same = 0;
	for (size_t i = 0; i < d->warnings.n; i++)
		if (strcmp(d->warnings.v[i].code, code) == 0)
			same++;
	if (same >= DOC_MAX_WARNINGS) {
		d->suppressed_warnings++;
		return;
	}
	char buf[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	doc_warning *w = vec_push(&d->warnings);
	char *msg = arena_strdup(&d->mem, buf);
	if (!w || !msg) {
		if (w)
			d->warnings.n--;
		d->nomem = 1;
		return;
	}
	w->code = code;
	w->message = msg;
	w->offset = offset;
}

/* ---- finishing --------------------------------------------------------- */

static int cmp_item(const void *a, const void *b)
{
	const ev_item *x = a, *y = b;
	if (x->s != y->s)
		return x->s < y->s ? -1 : 1;
	if (x->feature != y->feature)
		return x->feature < y->feature ? -1 : 1;
	if (x->e != y->e)
		return x->e < y->e ? -1 : 1;
	/* Insertion order, kept in sent while sorting, makes the order total. */
	return x->sent < y->sent ? -1 : (x->sent > y->sent);
}

int doc_finish(crd_doc *d)
{
	size_t nf = engine_feature_count(d->engine);
	size_t old_n = d->ev.n;

	/* scratch[old index] = new index, and scratch[old_n + k] counts the
	 * attributes of new item k for a stable counting placement. */
	d->scratch.n = 0;
	if (vec_reserve((void **)&d->scratch.v, &d->scratch.cap, 2 * old_n + 1, sizeof(uint32_t)) != 0 ||
	    vec_reserve((void **)&d->attrs_tmp.v, &d->attrs_tmp.cap, d->attrs.n + 1, sizeof(ev_attr)) != 0) {
		d->nomem = 1;
		return CRD_ERR_NOMEM;
	}
	for (size_t i = 0; i < old_n; i++)
		d->ev.v[i].sent = (uint32_t)i;
	size_t w = 0;
	for (size_t i = 0; i < old_n; i++)
		if (d->ev.v[i].feature >= 0 && (size_t)d->ev.v[i].feature < nf)
			d->ev.v[w++] = d->ev.v[i];
	d->ev.n = w;
	if (d->ev.n > 1)
		qsort(d->ev.v, d->ev.n, sizeof(ev_item), cmp_item);

	uint32_t *newidx = d->scratch.v;
	uint32_t *start = d->scratch.v + old_n;
	for (size_t i = 0; i < old_n; i++)
		newidx[i] = UINT32_MAX;
	for (size_t i = 0; i < d->ev.n; i++) {
		newidx[d->ev.v[i].sent] = (uint32_t)i;
		start[i] = 0;
	}

	/* Attributes follow their item, in the order they were set. */
	for (size_t i = 0; i < d->attrs.n; i++) {
		uint32_t it = d->attrs.v[i].item;
		if (it < old_n && newidx[it] != UINT32_MAX)
			start[newidx[it]]++;
	}
	uint32_t sum = 0;
	for (size_t i = 0; i < d->ev.n; i++) {
		uint32_t c = start[i];
		d->ev.v[i].attr0 = sum;
		d->ev.v[i].nattr = c;
		start[i] = sum;
		sum += c;
	}
	for (size_t i = 0; i < d->attrs.n; i++) {
		ev_attr a = d->attrs.v[i];
		if (a.item >= old_n || newidx[a.item] == UINT32_MAX)
			continue;
		a.item = newidx[a.item];
		d->attrs_tmp.v[start[a.item]++] = a;
	}
	ev_attr *tmp = d->attrs.v;
	size_t tcap = d->attrs.cap;
	d->attrs.v = d->attrs_tmp.v;
	d->attrs.cap = d->attrs_tmp.cap;
	d->attrs.n = sum;
	d->attrs_tmp.v = tmp;
	d->attrs_tmp.cap = tcap;

	/* Sentence and zone by a forward sweep: items are sorted by start. */
	size_t si = 0, zi = 0;
	for (size_t i = 0; i < d->ev.n; i++) {
		ev_item *it = &d->ev.v[i];
		while (si + 1 < d->sents.n && d->sents.v[si + 1].s <= it->s)
			si++;
		while (zi + 1 < d->zones.n && d->zones.v[zi + 1].s <= it->s)
			zi++;
		it->sent = (uint32_t)si;
		it->zone = (uint16_t)(d->zones.n ? d->zones.v[zi].kind : ZONE_BODY);
	}

	/* Counts per feature and zone. */
	size_t need = nf * ZONE_COUNT;
	if (need > d->counts_cap) {
		size_t *c = realloc(d->counts, need * sizeof(size_t));
		if (!c) {
			d->nomem = 1;
			return CRD_ERR_NOMEM;
		}
		d->counts = c;
		d->counts_cap = need;
	}
	memset(d->counts, 0, need * sizeof(size_t));
	for (size_t i = 0; i < d->ev.n; i++)
		d->counts[(size_t)d->ev.v[i].feature * ZONE_COUNT + d->ev.v[i].zone]++;
	d->finished = 1;
	return CRD_OK;
}

size_t doc_count(const crd_doc *d, int f, int z)
{
	size_t nf = engine_feature_count(d->engine);
	if (f < 0 || (size_t)f >= nf || !d->counts || (size_t)f * ZONE_COUNT >= d->counts_cap)
		return 0;
	const size_t *row = d->counts + (size_t)f * ZONE_COUNT;
	if (z >= 0)
		return z < ZONE_COUNT ? row[z] : 0;
	size_t total = 0;
	for (int k = 0; k < ZONE_COUNT; k++)
		total += row[k];
	return total;
}

uint32_t doc_sentence_at(const crd_doc *d, uint32_t off)
{
	size_t lo = 0, hi = d->sents.n;
	if (hi == 0)
		return 0;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->sents.v[mid].s <= off)
			lo = mid;
		else
			hi = mid;
	}
	return (uint32_t)lo;
}

size_t doc_zone_index(const crd_doc *d, uint32_t off)
{
	size_t lo = 0, hi = d->zones.n;
	if (hi == 0)
		return 0;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->zones.v[mid].s <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

int doc_zone_at(const crd_doc *d, uint32_t off)
{
	return d->zones.n ? d->zones.v[doc_zone_index(d, off)].kind : ZONE_BODY;
}

uint32_t doc_token_at(const crd_doc *d, uint32_t off)
{
	size_t lo = 0, hi = d->toks.n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->toks.v[mid].s < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (uint32_t)lo;
}

const char *const doc_month_names[12] = { "january",   "february", "march",    "april",
	                                  "may",       "june",     "july",     "august",
	                                  "september", "october",  "november", "december" };
const char *const doc_weekday_names[7] = { "monday", "tuesday",  "wednesday", "thursday",
	                                   "friday", "saturday", "sunday" };

/* The 1-based index of the name in names (count of them) that the folded
 * word f (n bytes) writes in full or cut short, or 0; *abbr is set for a
 * cut. A cut is the first three letters ("Jan", "Tue"), or one of the
 * longer cuts news copy writes ("Sept", "Tues", "Thur", "Thurs"). The
 * first three letters tell every name from the others, so one pass on
 * them finds the only candidate. */
static int name_index(const char *const *names, int count, const char *f, size_t n, int *abbr)
{
	static const char *const longer[] = { "sept", "tues", "thur", "thurs", NULL };
	*abbr = 0;
	if (n < 3 || n > 9)
		return 0;
	for (int k = 0; k < count; k++) {
		const char *w = names[k];
		if (w[0] != f[0] || w[1] != f[1] || w[2] != f[2])
			continue;
		if (strlen(w) == n && memcmp(w, f, n) == 0)
			return k + 1;
		*abbr = 1;
		if (n == 3)
			return k + 1;
		for (const char *const *l = longer; *l; l++)
			if (strlen(*l) == n && memcmp(*l, f, n) == 0)
				return k + 1;
		*abbr = 0;
		return 0;
	}
	return 0;
}

/* The folded text of word token t with a final full stop left out
 * ("Sept.", "p.m."). */
static const char *bare_word(const crd_doc *d, const tok *t, size_t *n)
{
	const char *f = doc_tok_text(d, t, n);
	if (*n > 1 && f[*n - 1] == '.')
		(*n)--;
	return f;
}

int doc_month_word(const crd_doc *d, const tok *t, int *abbr)
{
	size_t n;
	const char *f = bare_word(d, t, &n);
	return name_index(doc_month_names, 12, f, n, abbr);
}

int doc_weekday_word(const crd_doc *d, const tok *t, int *abbr)
{
	size_t n;
	const char *f = bare_word(d, t, &n);
	return name_index(doc_weekday_names, 7, f, n, abbr);
}

int doc_tok_clock(const crd_doc *d, const tok *t)
{
	static const char *const words[] = { "a.m", "p.m", "am", "pm", "noon", "midnight", "at", "on" };
	size_t n;
	if (t->kind != TOK_WORD)
		return 0;
	const char *f = bare_word(d, t, &n);
	for (size_t k = 0; k < CRD_ARRAY_LEN(words); k++)
		if (strlen(words[k]) == n && memcmp(words[k], f, n) == 0)
			return 1;
	return 0;
}
