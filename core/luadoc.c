/* luadoc.c -- the Lua view of a document: fields, counts, evidence, sentences, zones, doc:add{}. */
#include "luadoc.h"

#include <lauxlib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"

#define DOC_MT "credence.doc"

/* Upvalue of every method: a table feature name -> id, filled on first use,
 * so that a rule's doc:count("hedge") costs a table lookup, not a search. */
#define FEATURE_CACHE lua_upvalueindex(1)

/* One handle per scoring run. A handle kept past its run (in an upvalue, a
 * global table) points at the scorer's document, which outlives the Lua
 * state; the generation tells it that the document is another one now. */
typedef struct ldoc {
	luadoc_ctx *ctx;
	crd_doc *d;
	unsigned generation;
	int valid;
} ldoc;

/* User values of a handle: the text, and tables of the items, sentences and
 * paragraphs made so far for this document, so that ten rules asking for
 * the same evidence build each item once. The items are shared: rules must
 * treat them as read-only (the manual says so). */
enum { UV_TEXT = 1, UV_ITEMS, UV_SENTS, UV_PARAS, UV_COUNT };

static int handle_ok(const ldoc *h)
{
	return h->valid && h->d && h->ctx->d == h->d && h->d->generation == h->generation;
}

static ldoc *check_handle(lua_State *L, int idx)
{
	ldoc *h = luaL_checkudata(L, idx, DOC_MT);
	if (!handle_ok(h))
		luaL_error(L, "this document is no longer valid: a doc may only be used while its own "
		              "document is scored (do not keep it across documents)");
	return h;
}

/* The document, finished: evidence sorted, counts current, indexes valid. */
static crd_doc *ready_doc(lua_State *L, int idx, luadoc_ctx **ctxp)
{
	ldoc *h = check_handle(L, idx);
	crd_doc *d = h->d;
	luadoc_ctx *c = h->ctx;
	if (!d->finished) {
		if (doc_finish(d) != CRD_OK)
			luaL_error(L, "out of memory");
		c->index_ok = 0;
		/* Item indices moved: the item tables made so far no longer match. */
		lua_pushnil(L);
		lua_setiuservalue(L, idx, UV_ITEMS);
	}
	if (ctxp)
		*ctxp = c;
	return d;
}

static void build_index(lua_State *L, luadoc_ctx *c)
{
	crd_doc *d = c->d;
	size_t nf = engine_feature_count(d->engine);
	if (vec_reserve((void **)&c->fstart.v, &c->fstart.cap, nf + 2, sizeof(uint32_t)) ||
	    vec_reserve((void **)&c->byfeat.v, &c->byfeat.cap, d->ev.n + 1, sizeof(uint32_t)))
		luaL_error(L, "out of memory");
	uint32_t *fs = c->fstart.v;
	memset(fs, 0, (nf + 2) * sizeof(uint32_t));
	uint32_t maxspan = 0;
	for (size_t i = 0; i < d->ev.n; i++) {
		fs[d->ev.v[i].feature + 2]++;
		if (d->ev.v[i].e - d->ev.v[i].s > maxspan)
			maxspan = d->ev.v[i].e - d->ev.v[i].s;
	}
	for (size_t f = 2; f < nf + 2; f++)
		fs[f] += fs[f - 1];
	/* fs[f + 1] is now where feature f starts; placing moves it to its end,
	 * which leaves fs[f] = start of f. Stable, so start order is kept. */
	for (size_t i = 0; i < d->ev.n; i++)
		c->byfeat.v[fs[d->ev.v[i].feature + 1]++] = (uint32_t)i;
	c->maxspan = maxspan;
	c->index_ok = 1;
}

/* Items of feature f: byfeat[*lo .. *hi). */
static const uint32_t *feature_items(lua_State *L, luadoc_ctx *c, int f, size_t *n)
{
	if (!c->index_ok)
		build_index(L, c);
	*n = c->fstart.v[f + 1] - c->fstart.v[f];
	return c->byfeat.v + c->fstart.v[f];
}

static int check_feature(lua_State *L, const crd_doc *d, int idx)
{
	idx = lua_absindex(L, idx);
	const char *name = luaL_checkstring(L, idx);
	lua_pushvalue(L, idx);
	if (lua_rawget(L, FEATURE_CACHE) == LUA_TNUMBER) {
		int f = (int)lua_tointeger(L, -1);
		lua_pop(L, 1);
		return f;
	}
	lua_pop(L, 1);
	int f = engine_feature_find(d->engine, name);
	if (f < 0)
		luaL_error(L, "unknown feature '%s'", name);
	lua_pushvalue(L, idx);
	lua_pushinteger(L, f);
	lua_rawset(L, FEATURE_CACHE);
	return f;
}

/* Zone argument: a zone name or "any"; default "body". Returns -1 for any. */
static int opt_zone(lua_State *L, int idx)
{
	const char *z = luaL_optstring(L, idx, "body");
	if (strcmp(z, "any") == 0)
		return -1;
	int k = zone_lookup(z);
	if (k < 0)
		luaL_error(L, "unknown zone '%s' (use 'any' or one of body, title, byline, dateline, "
		              "related_link, advert, share, author_bio, comment_policy, editor_note, page)", z);
	return k;
}

/*
 * The options of doc:count and doc:evidence: { limit = N, attrs = { key =
 * value or { value = true, ... } } }. Returns the stack index of the attrs
 * table, or 0 when there is none; *limit is LUA_MAXINTEGER when not given.
 * Filtering and stopping in C keeps a rule from building a table for every
 * item of a long document only to throw most of them away.
 */
static int opt_filter(lua_State *L, int idx, lua_Integer *limit)
{
	*limit = LUA_MAXINTEGER;
	if (lua_isnoneornil(L, idx))
		return 0;
	luaL_checktype(L, idx, LUA_TTABLE);
	lua_pushnil(L);
	while (lua_next(L, idx)) {
		lua_pop(L, 1);
		const char *k = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
		if (!k || (strcmp(k, "limit") != 0 && strcmp(k, "attrs") != 0))
			luaL_error(L, "options: unknown field '%s' (use limit and attrs)", k ? k : "?");
	}
	if (lua_getfield(L, idx, "limit") != LUA_TNIL) {
		*limit = luaL_checkinteger(L, -1);
		if (*limit < 0)
			luaL_error(L, "options: limit must not be negative");
	}
	lua_pop(L, 1);
	int t = lua_getfield(L, idx, "attrs");
	if (t == LUA_TNIL) {
		lua_pop(L, 1);
		return 0;
	}
	if (t != LUA_TTABLE)
		luaL_error(L, "options: attrs must be a table");
	return lua_gettop(L); /* stays on the stack for the call */
}

/* Whether every key = value of the attrs table at index attrs holds for item
 * i; a table value is a set of accepted values. */
static int item_matches(lua_State *L, const crd_doc *d, size_t i, int attrs)
{
	const ev_item *it = &d->ev.v[i];
	lua_pushnil(L);
	while (lua_next(L, attrs)) {
		const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "";
		const ev_attr *a = NULL;
		for (uint32_t k = 0; k < it->nattr; k++)
			if (strcmp(d->attrs.v[it->attr0 + k].key, key) == 0)
				a = &d->attrs.v[it->attr0 + k];
		int ok = 0;
		if (a) {
			switch (a->type) {
			case ATTR_STR: lua_pushstring(L, a->str); break;
			case ATTR_NUM: lua_pushnumber(L, a->num); break;
			case ATTR_BOOL: lua_pushboolean(L, a->num != 0); break;
			default: lua_pushnil(L); break;
			}
			if (lua_istable(L, -2)) {
				ok = !lua_isnil(L, -1) && lua_gettable(L, -2) != LUA_TNIL &&
				     lua_toboolean(L, -1);
				lua_pop(L, 1);
			} else {
				ok = lua_compare(L, -1, -2, LUA_OPEQ);
				lua_pop(L, 1);
			}
		}
		lua_pop(L, 1); /* the value */
		if (!ok) {
			lua_pop(L, 1); /* the key */
			return 0;
		}
	}
	return 1;
}

static uint32_t check_offset(lua_State *L, const crd_doc *d, int idx)
{
	lua_Integer o = luaL_checkinteger(L, idx);
	if (o < 0 || (lua_Unsigned)o > d->len)
		luaL_error(L, "offset %I is outside the document (0..%I)", o, (lua_Integer)d->len);
	return (uint32_t)o;
}

/* First index in d->ev (or in list, when given) whose item starts at or after off. */
static size_t lower_bound(const crd_doc *d, const uint32_t *list, size_t n, uint32_t off)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		uint32_t s = d->ev.v[list ? list[mid] : mid].s;
		if (s < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Pushes cache table k of the handle at index 1, making it when absent. */
static int cache_table(lua_State *L, int k)
{
	if (lua_getiuservalue(L, 1, k) != LUA_TTABLE) {
		lua_pop(L, 1);
		lua_newtable(L);
		lua_pushvalue(L, -1);
		lua_setiuservalue(L, 1, k);
	}
	return lua_gettop(L);
}

static void build_item(lua_State *L, const crd_doc *d, size_t i)
{
	const ev_item *it = &d->ev.v[i];
	lua_createtable(L, 0, 8);
	lua_pushstring(L, engine_feature_name(d->engine, it->feature));
	lua_setfield(L, -2, "feature");
	lua_pushinteger(L, it->s);
	lua_setfield(L, -2, "start");
	lua_pushinteger(L, it->e);
	lua_setfield(L, -2, "end");
	lua_pushlstring(L, d->text + it->s, it->e - it->s);
	lua_setfield(L, -2, "text");
	lua_pushinteger(L, it->sent);
	lua_setfield(L, -2, "sentence");
	lua_pushstring(L, zone_name(it->zone));
	lua_setfield(L, -2, "zone");
	if (it->message) {
		lua_pushstring(L, it->message);
		lua_setfield(L, -2, "message");
	}
	lua_createtable(L, 0, (int)it->nattr);
	for (uint32_t k = 0; k < it->nattr; k++) {
		const ev_attr *a = &d->attrs.v[it->attr0 + k];
		switch (a->type) {
		case ATTR_NUM: lua_pushnumber(L, a->num); break;
		case ATTR_BOOL: lua_pushboolean(L, a->num != 0); break;
		case ATTR_STR: lua_pushstring(L, a->str); break;
		default: lua_pushboolean(L, 0); break; /* JSON null: false keeps the key visible */
		}
		lua_setfield(L, -2, a->key);
	}
	lua_setfield(L, -2, "attrs");
}

/* Pushes the table of item i; cache is the index of the handle's item cache. */
static void push_item(lua_State *L, const crd_doc *d, size_t i, int cache)
{
	if (lua_rawgeti(L, cache, (lua_Integer)i + 1) != LUA_TTABLE) {
		lua_pop(L, 1);
		build_item(L, d, i);
		lua_pushvalue(L, -1);
		lua_rawseti(L, cache, (lua_Integer)i + 1);
	}
}

static void push_span(lua_State *L, const crd_doc *d, lua_Integer index, uint32_t s, uint32_t e)
{
	lua_createtable(L, 0, 6);
	lua_pushinteger(L, index);
	lua_setfield(L, -2, "index");
	lua_pushinteger(L, s);
	lua_setfield(L, -2, "start");
	lua_pushinteger(L, e);
	lua_setfield(L, -2, "end");
	lua_pushlstring(L, d->text + s, e - s);
	lua_setfield(L, -2, "text");
}

static void build_sentence(lua_State *L, const crd_doc *d, size_t i)
{
	push_span(L, d, (lua_Integer)i, d->sents.v[i].s, d->sents.v[i].e);
	lua_pushinteger(L, d->sents.v[i].para);
	lua_setfield(L, -2, "paragraph");
	lua_pushstring(L, zone_name(doc_zone_at(d, d->sents.v[i].s)));
	lua_setfield(L, -2, "zone");
}

static void build_paragraph(lua_State *L, const crd_doc *d, size_t i)
{
	const seg_para *p = &d->paras.v[i];
	push_span(L, d, (lua_Integer)i, p->s, p->e);
	lua_pushinteger(L, p->sent0);
	lua_setfield(L, -2, "first_sentence");
	lua_pushinteger(L, (lua_Integer)p->sent1 - 1);
	lua_setfield(L, -2, "last_sentence");
	lua_pushstring(L, zone_name(doc_zone_at(d, p->s)));
	lua_setfield(L, -2, "zone");
}

typedef void (*build_fn)(lua_State *, const crd_doc *, size_t);

/* Pushes cached table i of kind k (UV_SENTS, UV_PARAS); cache is its index. */
static void push_cached(lua_State *L, const crd_doc *d, size_t i, int cache, build_fn build)
{
	if (lua_rawgeti(L, cache, (lua_Integer)i + 1) != LUA_TTABLE) {
		lua_pop(L, 1);
		build(L, d, i);
		lua_pushvalue(L, -1);
		lua_rawseti(L, cache, (lua_Integer)i + 1);
	}
}

/* Start and end of the span argument at idx: an item or any table with
 * start and end, or an offset. */
static void check_span(lua_State *L, const crd_doc *d, int idx, uint32_t *s, uint32_t *e)
{
	if (lua_istable(L, idx)) {
		lua_getfield(L, idx, "start");
		lua_getfield(L, idx, "end");
		int ok = lua_isinteger(L, -2) && lua_isinteger(L, -1);
		lua_Integer a = lua_tointeger(L, -2), b = lua_tointeger(L, -1);
		lua_pop(L, 2);
		if (!ok)
			luaL_error(L, "a span is a table with integer 'start' and 'end'");
		if (a < 0 || b < a || (lua_Unsigned)b > d->len)
			luaL_error(L, "span [%I, %I) is not inside the document (0..%I)", a, b, (lua_Integer)d->len);
		*s = (uint32_t)a;
		*e = (uint32_t)b;
	} else {
		*s = *e = check_offset(L, d, idx);
	}
}

/* ---- methods ---------------------------------------------------------------- */

/* doc:count(feature [, zone]) */
static int m_count(lua_State *L)
{
	luadoc_ctx *c;
	crd_doc *d = ready_doc(L, 1, &c);
	int f = check_feature(L, d, 2);
	int z = opt_zone(L, 3);
	lua_Integer limit;
	int attrs = opt_filter(L, 4, &limit);
	if (!attrs) {
		lua_pushinteger(L, (lua_Integer)doc_count(d, f, z));
		return 1;
	}
	size_t cnt;
	const uint32_t *list = feature_items(L, c, f, &cnt);
	lua_Integer n = 0;
	for (size_t k = 0; k < cnt; k++)
		if ((z < 0 || d->ev.v[list[k]].zone == z) && item_matches(L, d, list[k], attrs))
			n++;
	lua_pushinteger(L, n);
	return 1;
}

/* doc:counts([zone]) -> { feature = count } for the features with evidence */
static int m_counts(lua_State *L)
{
	crd_doc *d = ready_doc(L, 1, NULL);
	int z = opt_zone(L, 2);
	size_t nf = engine_feature_count(d->engine);
	lua_newtable(L);
	for (size_t f = 0; f < nf; f++) {
		size_t c = doc_count(d, (int)f, z);
		if (!c)
			continue;
		lua_pushinteger(L, (lua_Integer)c);
		lua_setfield(L, -2, engine_feature_name(d->engine, (int)f));
	}
	return 1;
}

/* doc:evidence([feature [, zone [, {limit=, attrs=}]]]) -> list of items, in text order */
static int m_evidence(lua_State *L)
{
	luadoc_ctx *c;
	crd_doc *d = ready_doc(L, 1, &c);
	int f = lua_isnoneornil(L, 2) ? -1 : check_feature(L, d, 2);
	int z = opt_zone(L, 3);
	lua_Integer limit;
	int attrs = opt_filter(L, 4, &limit);
	int cache = cache_table(L, UV_ITEMS);
	lua_newtable(L);
	lua_Integer n = 0;
	size_t cnt = d->ev.n;
	const uint32_t *list = f >= 0 ? feature_items(L, c, f, &cnt) : NULL;
	for (size_t k = 0; k < cnt && n < limit; k++) {
		size_t i = list ? list[k] : k;
		if ((z >= 0 && d->ev.v[i].zone != z) || (attrs && !item_matches(L, d, i, attrs)))
			continue;
		push_item(L, d, i, cache);
		lua_rawseti(L, -2, ++n);
	}
	return 1;
}

/* doc:in_sentence(index [, feature]) -> items that start in sentence index */
static int m_in_sentence(lua_State *L)
{
	luadoc_ctx *c;
	crd_doc *d = ready_doc(L, 1, &c);
	lua_Integer si = luaL_checkinteger(L, 2);
	int f = lua_isnoneornil(L, 3) ? -1 : check_feature(L, d, 3);
	int cache = cache_table(L, UV_ITEMS);
	lua_newtable(L);
	if (si < 0 || (size_t)si >= d->sents.n)
		return 1;
	/* An item belongs to the last sentence starting at or before it. */
	uint32_t from = si == 0 ? 0 : d->sents.v[si].s;
	uint32_t to = (size_t)si + 1 < d->sents.n ? d->sents.v[si + 1].s : UINT32_MAX;
	size_t cnt = d->ev.n;
	const uint32_t *list = f >= 0 ? feature_items(L, c, f, &cnt) : NULL;
	lua_Integer n = 0;
	for (size_t k = lower_bound(d, list, cnt, from); k < cnt; k++) {
		size_t i = list ? list[k] : k;
		if (d->ev.v[i].s >= to)
			break;
		push_item(L, d, i, cache);
		lua_rawseti(L, -2, ++n);
	}
	return 1;
}

/* doc:near(span_or_offset, feature [, distance]) -> items of feature that
 * overlap the span widened by distance bytes (default 200) on both sides */
static int m_near(lua_State *L)
{
	luadoc_ctx *c;
	crd_doc *d = ready_doc(L, 1, &c);
	uint32_t s, e;
	check_span(L, d, 2, &s, &e);
	int f = check_feature(L, d, 3);
	lua_Integer dist = luaL_optinteger(L, 4, 200);
	if (dist < 0)
		return luaL_error(L, "near: distance must not be negative");
	/* The span's own item is not near itself. */
	int self_f = -2;
	if (lua_istable(L, 2)) {
		lua_getfield(L, 2, "feature");
		if (lua_type(L, -1) == LUA_TSTRING)
			self_f = engine_feature_find(d->engine, lua_tostring(L, -1));
		lua_pop(L, 1);
	}
	lua_Integer from = (lua_Integer)s - dist, to = (lua_Integer)e + dist;
	size_t cnt;
	const uint32_t *list = feature_items(L, c, f, &cnt);
	/* Sorted by start; no item is longer than maxspan, so none that starts
	 * before from - maxspan can reach from. */
	lua_Integer lo_off = from - (lua_Integer)c->maxspan;
	int cache = cache_table(L, UV_ITEMS);
	lua_newtable(L);
	lua_Integer n = 0;
	for (size_t k = lower_bound(d, list, cnt, lo_off > 0 ? (uint32_t)lo_off : 0); k < cnt; k++) {
		const ev_item *it = &d->ev.v[list[k]];
		if ((lua_Integer)it->s > to)
			break;
		if ((lua_Integer)it->e < from)
			continue;
		if (it->s == s && it->e == e && it->feature == self_f)
			continue;
		push_item(L, d, list[k], cache);
		lua_rawseti(L, -2, ++n);
	}
	return 1;
}

/* Pushes the list of all n cached tables of one kind (uv: UV_SENTS,
 * UV_PARAS). */
static int push_all(lua_State *L, const crd_doc *d, size_t n, int uv, build_fn build)
{
	int cache = cache_table(L, uv);
	lua_createtable(L, n < 1000000 ? (int)n : 0, 0);
	for (size_t i = 0; i < n; i++) {
		push_cached(L, d, i, cache, build);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	return 1;
}

/* Pushes the cached table of index argument 2, or nil when it is out of
 * 0..n-1. */
static int push_one(lua_State *L, const crd_doc *d, size_t n, int uv, build_fn build)
{
	lua_Integer i = luaL_checkinteger(L, 2);
	if (i < 0 || (size_t)i >= n)
		lua_pushnil(L);
	else
		push_cached(L, d, (size_t)i, cache_table(L, uv), build);
	return 1;
}

/* doc:sentences() -> list of {index, start, end, text, paragraph, zone} */
static int m_sentences(lua_State *L)
{
	crd_doc *d = check_handle(L, 1)->d;
	return push_all(L, d, d->sents.n, UV_SENTS, build_sentence);
}

/* doc:sentence(index) -> one sentence or nil */
static int m_sentence(lua_State *L)
{
	crd_doc *d = check_handle(L, 1)->d;
	return push_one(L, d, d->sents.n, UV_SENTS, build_sentence);
}

/* doc:paragraphs() -> list of {index, start, end, text, first_sentence, last_sentence, zone} */
static int m_paragraphs(lua_State *L)
{
	crd_doc *d = check_handle(L, 1)->d;
	return push_all(L, d, d->paras.n, UV_PARAS, build_paragraph);
}

/* doc:paragraph(index) -> one paragraph or nil */
static int m_paragraph(lua_State *L)
{
	crd_doc *d = check_handle(L, 1)->d;
	return push_one(L, d, d->paras.n, UV_PARAS, build_paragraph);
}

/* doc:zones() -> list of {kind, start, end} */
static int m_zones(lua_State *L)
{
	crd_doc *d = check_handle(L, 1)->d;
	lua_createtable(L, d->zones.n < 1000000 ? (int)d->zones.n : 0, 0);
	for (size_t i = 0; i < d->zones.n; i++) {
		lua_createtable(L, 0, 3);
		lua_pushstring(L, zone_name(d->zones.v[i].kind));
		lua_setfield(L, -2, "kind");
		lua_pushinteger(L, d->zones.v[i].s);
		lua_setfield(L, -2, "start");
		lua_pushinteger(L, d->zones.v[i].e);
		lua_setfield(L, -2, "end");
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	return 1;
}

/* doc:zone_at(offset) -> zone name */
static int m_zone_at(lua_State *L)
{
	crd_doc *d = check_handle(L, 1)->d;
	lua_pushstring(L, zone_name(doc_zone_at(d, check_offset(L, d, 2))));
	return 1;
}

/* doc:sentence_at(offset) -> sentence index, or nil when the text has none */
static int m_sentence_at(lua_State *L)
{
	crd_doc *d = check_handle(L, 1)->d;
	uint32_t off = check_offset(L, d, 2);
	if (d->sents.n == 0)
		lua_pushnil(L);
	else
		lua_pushinteger(L, doc_sentence_at(d, off));
	return 1;
}

/* doc:slice(start, end) or doc:slice(span) -> the input's bytes [start, end) */
static int m_slice(lua_State *L)
{
	crd_doc *d = check_handle(L, 1)->d;
	uint32_t s, e;
	if (lua_istable(L, 2)) {
		check_span(L, d, 2, &s, &e);
	} else {
		s = check_offset(L, d, 2);
		e = check_offset(L, d, 3);
		if (e < s)
			return luaL_error(L, "slice: end %d is before start %d", (int)e, (int)s);
	}
	lua_pushlstring(L, d->text + s, e - s);
	return 1;
}

/* doc:linecol(offset) -> line, column (1-based, columns in code points) */
static int m_linecol(lua_State *L)
{
	crd_doc *d = check_handle(L, 1)->d;
	uint32_t off = check_offset(L, d, 2);
	int line, col;
	txt_linecol(&d->lines, d->text, d->len, off, &line, &col);
	lua_pushinteger(L, line);
	lua_pushinteger(L, col);
	return 2;
}

static int valid_attr_name(const char *k, size_t kl)
{
	return kl > 0 && kl <= 64 &&
	       strspn(k, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == kl;
}

/* doc:add{ feature=, start=, ["end"]= | span=, message=, attrs={} } */
static int m_add(lua_State *L)
{
	static const char *const fields[] = { "feature", "start", "end", "span", "message", "attrs", NULL };
	ldoc *h = check_handle(L, 1);
	luadoc_ctx *c = h->ctx;
	crd_doc *d = h->d;
	luaL_checktype(L, 2, LUA_TTABLE);
	lua_pushnil(L);
	while (lua_next(L, 2)) {
		lua_pop(L, 1);
		int ok = 0;
		if (lua_type(L, -1) == LUA_TSTRING)
			for (const char *const *a = fields; *a && !ok; a++)
				ok = strcmp(*a, lua_tostring(L, -1)) == 0;
		if (!ok)
			return luaL_error(L, "add{}: unknown field '%s' (fields: feature, start, end, span, "
			                     "message, attrs)", luaL_tolstring(L, -1, NULL));
	}
	if (c->added >= LUADOC_MAX_ADDED)
		return luaL_error(L, "add{}: a script may add at most %d evidence items to a document",
		                  LUADOC_MAX_ADDED);
	lua_getfield(L, 2, "feature");
	int f = check_feature(L, d, -1);
	lua_pop(L, 1);
	uint32_t s, e;
	if (lua_getfield(L, 2, "span") != LUA_TNIL) {
		check_span(L, d, lua_gettop(L), &s, &e);
		lua_pop(L, 1);
	} else {
		lua_pop(L, 1);
		lua_getfield(L, 2, "start");
		lua_getfield(L, 2, "end");
		s = check_offset(L, d, -2);
		e = check_offset(L, d, -1);
		lua_pop(L, 2);
		if (e < s)
			return luaL_error(L, "add{}: end %d is before start %d", (int)e, (int)s);
	}
	const char *msg = NULL;
	if (lua_getfield(L, 2, "message") != LUA_TNIL) {
		size_t ml;
		if (lua_type(L, -1) != LUA_TSTRING)
			return luaL_error(L, "add{}: 'message' must be a string");
		const char *m = lua_tolstring(L, -1, &ml);
		msg = arena_strndup(&d->mem, m, ml > 500 ? 500 : ml);
		if (!msg)
			return luaL_error(L, "out of memory");
	}
	lua_pop(L, 1);
	/* Check the attributes before anything is added, so that an error
	 * leaves no half-made item behind. */
	int nattr = 0;
	if (lua_getfield(L, 2, "attrs") == LUA_TTABLE) {
		lua_pushnil(L);
		while (lua_next(L, -2)) {
			size_t kl;
			if (lua_type(L, -2) != LUA_TSTRING)
				return luaL_error(L, "add{}: attribute names must be strings");
			const char *k = lua_tolstring(L, -2, &kl);
			if (!valid_attr_name(k, kl) || strcmp(k, "rule") == 0)
				return luaL_error(L, "add{}: attribute name '%s' must be 1-64 letters, digits or _ "
				                     "(and not 'rule')", k);
			int t = lua_type(L, -1);
			if (t != LUA_TNUMBER && t != LUA_TBOOLEAN && t != LUA_TSTRING)
				return luaL_error(L, "add{}: attribute '%s' must be a number, boolean or string", k);
			if (t == LUA_TNUMBER && !isfinite(lua_tonumber(L, -1)))
				return luaL_error(L, "add{}: attribute '%s' must be a finite number", k);
			if (++nattr > LUADOC_MAX_ATTRS)
				return luaL_error(L, "add{}: at most %d attributes per item", LUADOC_MAX_ATTRS);
			lua_pop(L, 1);
		}
	} else if (!lua_isnil(L, -1)) {
		return luaL_error(L, "add{}: 'attrs' must be a table");
	}
	if (c->rule >= 0) {
		scr_ref *r = vec_push(&c->refs);
		if (!r)
			return luaL_error(L, "out of memory");
		r->rule = (uint32_t)c->rule;
		r->s = s;
		r->e = e;
		r->feature = f;
	}
	uint32_t it = doc_add(d, f, s, e);
	if (it == UINT32_MAX)
		return luaL_error(L, "out of memory");
	c->added++;
	d->ev.v[it].message = msg;
	if (c->rule_name)
		doc_attr_str(d, it, "rule", c->rule_name);
	if (nattr) {
		lua_pushnil(L);
		while (lua_next(L, -2)) {
			size_t kl;
			const char *k = lua_tolstring(L, -2, &kl);
			char *key = arena_strndup(&d->mem, k, kl);
			if (!key)
				return luaL_error(L, "out of memory");
			switch (lua_type(L, -1)) {
			case LUA_TNUMBER: doc_attr_num(d, it, key, lua_tonumber(L, -1)); break;
			case LUA_TBOOLEAN: doc_attr_bool(d, it, key, lua_toboolean(L, -1)); break;
			default: {
				size_t vl;
				const char *v = lua_tolstring(L, -1, &vl);
				doc_attr_strn(d, it, key, v, vl > 1000 ? 1000 : vl);
				break;
			}
			}
			lua_pop(L, 1);
		}
	}
	lua_pop(L, 1);
	if (d->nomem)
		return luaL_error(L, "out of memory");
	return 0;
}

static void push_stats(lua_State *L, luadoc_ctx *c)
{
	const crd_doc *d = c->d;
	if (!c->words_ok) {
		/* One sweep: tokens and sentences are sorted, and so are zones. */
		size_t words = 0, body_words = 0, body_sents = 0, z = 0;
		for (size_t i = 0; i < d->toks.n; i++) {
			const tok *t = &d->toks.v[i];
			if (t->kind != TOK_WORD && t->kind != TOK_NUM)
				continue;
			words++;
			while (z + 1 < d->zones.n && d->zones.v[z + 1].s <= t->s)
				z++;
			body_words += !d->zones.n || d->zones.v[z].kind == ZONE_BODY;
		}
		z = 0;
		for (size_t i = 0; i < d->sents.n; i++) {
			while (z + 1 < d->zones.n && d->zones.v[z + 1].s <= d->sents.v[i].s)
				z++;
			body_sents += !d->zones.n || d->zones.v[z].kind == ZONE_BODY;
		}
		c->words = words;
		c->body_words = body_words;
		c->body_sentences = body_sents;
		c->words_ok = 1;
	}
	lua_createtable(L, 0, 7);
	lua_pushinteger(L, (lua_Integer)d->len);
	lua_setfield(L, -2, "bytes");
	lua_pushinteger(L, (lua_Integer)c->words);
	lua_setfield(L, -2, "words");
	lua_pushinteger(L, (lua_Integer)d->sents.n);
	lua_setfield(L, -2, "sentences");
	lua_pushinteger(L, (lua_Integer)c->body_words);
	lua_setfield(L, -2, "body_words");
	lua_pushinteger(L, (lua_Integer)c->body_sentences);
	lua_setfield(L, -2, "body_sentences");
	lua_pushinteger(L, (lua_Integer)d->paras.n);
	lua_setfield(L, -2, "paragraphs");
	lua_pushinteger(L, (lua_Integer)(d->len == 0 ? 0 : d->lines.n - (d->text[d->len - 1] == '\n')));
	lua_setfield(L, -2, "lines");
}

static const luaL_Reg methods[] = {
	{ "count", m_count },
	{ "counts", m_counts },
	{ "evidence", m_evidence },
	{ "in_sentence", m_in_sentence },
	{ "near", m_near },
	{ "sentences", m_sentences },
	{ "sentence", m_sentence },
	{ "paragraphs", m_paragraphs },
	{ "paragraph", m_paragraph },
	{ "zones", m_zones },
	{ "zone_at", m_zone_at },
	{ "sentence_at", m_sentence_at },
	{ "slice", m_slice },
	{ "linecol", m_linecol },
	{ "add", m_add },
	{ NULL, NULL },
};

static void push_opt(lua_State *L, const char *s)
{
	if (s)
		lua_pushstring(L, s);
	else
		lua_pushnil(L);
}

/* doc.field and doc:method; upvalue 1 is the method table. */
static int doc_index(lua_State *L)
{
	lua_pushvalue(L, 2);
	if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL)
		return 1; /* a method: it checks the handle when called */
	ldoc *h = check_handle(L, 1);
	const crd_doc *d = h->d;
	const char *k = luaL_checkstring(L, 2);
	if (strcmp(k, "text") == 0) {
		/* One copy per document, made on first use and kept by the handle. */
		if (lua_getiuservalue(L, 1, UV_TEXT) != LUA_TSTRING) {
			lua_pop(L, 1);
			lua_pushlstring(L, d->text, d->len);
			lua_pushvalue(L, -1);
			lua_setiuservalue(L, 1, UV_TEXT);
		}
	} else if (strcmp(k, "id") == 0)
		push_opt(L, d->id);
	else if (strcmp(k, "title") == 0)
		push_opt(L, d->title);
	else if (strcmp(k, "url") == 0)
		push_opt(L, d->url);
	else if (strcmp(k, "source") == 0)
		push_opt(L, d->source);
	else if (strcmp(k, "date") == 0)
		push_opt(L, d->date);
	else if (strcmp(k, "format") == 0)
		lua_pushstring(L, d->page ? "html" : "text");
	else if (strcmp(k, "len") == 0)
		lua_pushinteger(L, (lua_Integer)d->len);
	else if (strcmp(k, "stats") == 0)
		push_stats(L, h->ctx);
	else
		return luaL_error(L, "doc has no field or method '%s'", k);
	return 1;
}

static int doc_newindex(lua_State *L)
{
	return luaL_error(L, "the document is read-only");
}

static int doc_tostring(lua_State *L)
{
	ldoc *h = luaL_checkudata(L, 1, DOC_MT);
	if (!handle_ok(h))
		lua_pushliteral(L, "credence.doc (no longer valid)");
	else
		lua_pushfstring(L, "credence.doc (%I bytes)", (lua_Integer)h->d->len);
	return 1;
}

void luadoc_register(lua_State *L)
{
	luaL_newmetatable(L, DOC_MT);
	lua_newtable(L); /* the feature cache, shared by the methods */
	luaL_newlibtable(L, methods);
	lua_pushvalue(L, -2);
	luaL_setfuncs(L, methods, 1);
	lua_pushcclosure(L, doc_index, 1);
	lua_setfield(L, -3, "__index");
	lua_pop(L, 1);
	lua_pushcfunction(L, doc_newindex);
	lua_setfield(L, -2, "__newindex");
	lua_pushcfunction(L, doc_tostring);
	lua_setfield(L, -2, "__tostring");
	lua_pushliteral(L, DOC_MT);
	lua_setfield(L, -2, "__metatable");
	lua_pop(L, 1);
}

void luadoc_begin(luadoc_ctx *c, crd_doc *d)
{
	c->d = d;
	c->generation = d->generation;
	c->rule = -1;
	c->rule_name = NULL;
	c->added = 0;
	c->refs.n = 0;
	c->index_ok = 0;
	c->words_ok = 0;
}

void luadoc_push(lua_State *L, luadoc_ctx *c)
{
	ldoc *h = lua_newuserdatauv(L, sizeof(ldoc), UV_COUNT - 1);
	h->ctx = c;
	h->d = c->d;
	h->generation = c->d->generation;
	h->valid = 1;
	luaL_setmetatable(L, DOC_MT);
}

void luadoc_invalidate(lua_State *L, int idx)
{
	ldoc *h = luaL_testudata(L, idx, DOC_MT);
	if (h) {
		h->valid = 0;
		h->d = NULL;
	}
}

static int raw_int(lua_State *L, int t, const char *key, lua_Integer *out)
{
	lua_pushstring(L, key);
	int ok = lua_rawget(L, t) == LUA_TNUMBER && lua_isinteger(L, -1);
	*out = ok ? lua_tointeger(L, -1) : 0;
	lua_pop(L, 1);
	return ok;
}

int luadoc_ref_items(lua_State *L, luadoc_ctx *c, int idx, size_t max)
{
	idx = lua_absindex(L, idx);
	size_t n = lua_rawlen(L, idx);
	for (size_t i = 1; i <= n && i <= max; i++) {
		if (lua_rawgeti(L, idx, (lua_Integer)i) != LUA_TTABLE) {
			lua_pop(L, 1);
			return (int)i;
		}
		int t = lua_gettop(L);
		lua_Integer s, e;
		if (!raw_int(L, t, "start", &s) || !raw_int(L, t, "end", &e) || s < 0 || e < s ||
		    (lua_Unsigned)e > c->d->len) {
			lua_pop(L, 1);
			return (int)i;
		}
		int f = -1;
		lua_pushliteral(L, "feature");
		if (lua_rawget(L, t) == LUA_TSTRING)
			f = engine_feature_find(c->d->engine, lua_tostring(L, -1));
		lua_pop(L, 2);
		scr_ref *r = vec_push(&c->refs);
		if (!r)
			return -1;
		r->rule = (uint32_t)c->rule;
		r->s = (uint32_t)s;
		r->e = (uint32_t)e;
		r->feature = f;
	}
	return 0;
}

void luadoc_ctx_free(luadoc_ctx *c)
{
	vec_free(&c->refs);
	vec_free(&c->byfeat);
	vec_free(&c->fstart);
}
