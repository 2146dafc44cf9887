/* luadoc.c -- the Lua view of a document: fields, counts, evidence, sentences, zones, doc:add{}. */
#include "luadoc.h"

#include <lauxlib.h>
#include <math.h>
#include <string.h>

#include "engine.h"

#define DOC_MT "credence.doc"

typedef struct ldoc {
	crd_doc *d;
	unsigned generation;
	int valid;
	const char *rule;   /* rule running now (static for the engine's life) */
} ldoc;

static crd_doc *check_doc(lua_State *L, int idx)
{
	ldoc *h = luaL_checkudata(L, idx, DOC_MT);
	if (!h->valid || !h->d || h->d->generation != h->generation)
		luaL_error(L, "this document is no longer valid: a doc is only usable while its rules run");
	return h->d;
}

/* Finishing again is needed when a rule added evidence. */
static crd_doc *ready_doc(lua_State *L, int idx)
{
	crd_doc *d = check_doc(L, idx);
	if (!d->finished && doc_finish(d) != CRD_OK)
		luaL_error(L, "out of memory");
	return d;
}

static int check_feature(lua_State *L, const crd_doc *d, int idx)
{
	const char *name = luaL_checkstring(L, idx);
	int f = engine_feature_find(d->engine, name);
	if (f < 0)
		luaL_error(L, "unknown feature '%s'", name);
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
		luaL_error(L, "unknown zone '%s'", z);
	return k;
}

static uint32_t check_offset(lua_State *L, const crd_doc *d, int idx)
{
	lua_Integer o = luaL_checkinteger(L, idx);
	if (o < 0 || (lua_Unsigned)o > d->len)
		luaL_error(L, "offset %d is outside the document (0..%d)", (int)o, (int)d->len);
	return (uint32_t)o;
}

static void push_item(lua_State *L, const crd_doc *d, size_t i)
{
	const ev_item *it = &d->ev.v[i];
	lua_createtable(L, 0, 9);
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
		default: lua_pushboolean(L, 0); break; /* null: a false placeholder keeps the key */
		}
		lua_setfield(L, -2, a->key);
	}
	lua_setfield(L, -2, "attrs");
}

static void push_span(lua_State *L, const crd_doc *d, lua_Integer index, uint32_t s, uint32_t e)
{
	lua_createtable(L, 0, 4);
	lua_pushinteger(L, index);
	lua_setfield(L, -2, "index");
	lua_pushinteger(L, s);
	lua_setfield(L, -2, "start");
	lua_pushinteger(L, e);
	lua_setfield(L, -2, "end");
	lua_pushlstring(L, d->text + s, e - s);
	lua_setfield(L, -2, "text");
}

/* ---- methods ---------------------------------------------------------------- */

/* doc:count(feature [, zone]) */
static int m_count(lua_State *L)
{
	crd_doc *d = ready_doc(L, 1);
	int f = check_feature(L, d, 2);
	lua_pushinteger(L, (lua_Integer)doc_count(d, f, opt_zone(L, 3)));
	return 1;
}

/* doc:evidence([feature [, zone]]) -> list of items */
static int m_evidence(lua_State *L)
{
	crd_doc *d = ready_doc(L, 1);
	int f = lua_isnoneornil(L, 2) ? -1 : check_feature(L, d, 2);
	int z = opt_zone(L, 3);
	lua_newtable(L);
	lua_Integer n = 0;
	for (size_t i = 0; i < d->ev.n; i++) {
		const ev_item *it = &d->ev.v[i];
		if ((f >= 0 && it->feature != f) || (z >= 0 && it->zone != z))
			continue;
		push_item(L, d, i);
		lua_rawseti(L, -2, ++n);
	}
	return 1;
}

/* doc:in_sentence(index [, feature]) -> items whose start lies in sentence index */
static int m_in_sentence(lua_State *L)
{
	crd_doc *d = ready_doc(L, 1);
	lua_Integer si = luaL_checkinteger(L, 2);
	int f = lua_isnoneornil(L, 3) ? -1 : check_feature(L, d, 3);
	lua_newtable(L);
	if (si < 0 || (size_t)si >= d->sents.n)
		return 1;
	const seg_sentence *s = &d->sents.v[si];
	/* Items are sorted by start: binary search the first one in the sentence. */
	size_t lo = 0, hi = d->ev.n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->ev.v[mid].s < s->s)
			lo = mid + 1;
		else
			hi = mid;
	}
	lua_Integer n = 0;
	for (size_t i = lo; i < d->ev.n && d->ev.v[i].s <= s->e; i++) {
		if (d->ev.v[i].sent != (uint32_t)si || (f >= 0 && d->ev.v[i].feature != f))
			continue;
		push_item(L, d, i);
		lua_rawseti(L, -2, ++n);
	}
	return 1;
}

/* doc:near(item_or_offset, feature, distance) -> items of feature whose span
 * lies within distance bytes of the item */
static int m_near(lua_State *L)
{
	crd_doc *d = ready_doc(L, 1);
	lua_Integer s, e;
	if (lua_istable(L, 2)) {
		lua_getfield(L, 2, "start");
		lua_getfield(L, 2, "end");
		s = luaL_checkinteger(L, -2);
		e = luaL_checkinteger(L, -1);
		lua_pop(L, 2);
	} else {
		s = e = luaL_checkinteger(L, 2);
	}
	int f = check_feature(L, d, 3);
	lua_Integer dist = luaL_optinteger(L, 4, 200);
	if (dist < 0)
		return luaL_error(L, "distance must not be negative");
	lua_Integer from = s - dist, to = e + dist;
	lua_newtable(L);
	lua_Integer n = 0;
	/* The first item that may start late enough: items are sorted by start,
	 * and spans are short, so scan from a bounded window before 'from'. */
	lua_Integer lo_off = from - 4096 > 0 ? from - 4096 : 0;
	size_t lo = 0, hi = d->ev.n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if ((lua_Integer)d->ev.v[mid].s < lo_off)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < d->ev.n && (lua_Integer)d->ev.v[i].s <= to; i++) {
		const ev_item *it = &d->ev.v[i];
		if (it->feature != f || (lua_Integer)it->e < from)
			continue;
		if ((lua_Integer)it->s == s && (lua_Integer)it->e == e)
			continue; /* the item itself */
		push_item(L, d, i);
		lua_rawseti(L, -2, ++n);
	}
	return 1;
}

/* doc:sentences() -> list of {index, start, end, text, paragraph} */
static int m_sentences(lua_State *L)
{
	crd_doc *d = check_doc(L, 1);
	lua_createtable(L, (int)(d->sents.n < 1000000 ? d->sents.n : 0), 0);
	for (size_t i = 0; i < d->sents.n; i++) {
		push_span(L, d, (lua_Integer)i, d->sents.v[i].s, d->sents.v[i].e);
		lua_pushinteger(L, d->sents.v[i].para);
		lua_setfield(L, -2, "paragraph");
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	return 1;
}

/* doc:sentence(index) -> one sentence or nil */
static int m_sentence(lua_State *L)
{
	crd_doc *d = check_doc(L, 1);
	lua_Integer i = luaL_checkinteger(L, 2);
	if (i < 0 || (size_t)i >= d->sents.n) {
		lua_pushnil(L);
		return 1;
	}
	push_span(L, d, i, d->sents.v[i].s, d->sents.v[i].e);
	lua_pushinteger(L, d->sents.v[i].para);
	lua_setfield(L, -2, "paragraph");
	return 1;
}

/* doc:paragraphs() -> list of {index, start, end, text, first_sentence, last_sentence} */
static int m_paragraphs(lua_State *L)
{
	crd_doc *d = check_doc(L, 1);
	lua_createtable(L, (int)(d->paras.n < 1000000 ? d->paras.n : 0), 0);
	for (size_t i = 0; i < d->paras.n; i++) {
		const seg_para *p = &d->paras.v[i];
		push_span(L, d, (lua_Integer)i, p->s, p->e);
		lua_pushinteger(L, p->sent0);
		lua_setfield(L, -2, "first_sentence");
		lua_pushinteger(L, (lua_Integer)p->sent1 - 1);
		lua_setfield(L, -2, "last_sentence");
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	return 1;
}

/* doc:zones() -> list of {kind, start, end} */
static int m_zones(lua_State *L)
{
	crd_doc *d = check_doc(L, 1);
	lua_createtable(L, (int)d->zones.n, 0);
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
	crd_doc *d = check_doc(L, 1);
	lua_pushstring(L, zone_name(doc_zone_at(d, check_offset(L, d, 2))));
	return 1;
}

/* doc:sentence_at(offset) -> sentence index or nil */
static int m_sentence_at(lua_State *L)
{
	crd_doc *d = check_doc(L, 1);
	uint32_t off = check_offset(L, d, 2);
	if (d->sents.n == 0) {
		lua_pushnil(L);
		return 1;
	}
	lua_pushinteger(L, doc_sentence_at(d, off));
	return 1;
}

/* doc:slice(start, end) -> the input's bytes [start, end) */
static int m_slice(lua_State *L)
{
	crd_doc *d = check_doc(L, 1);
	uint32_t s = check_offset(L, d, 2), e = check_offset(L, d, 3);
	if (e < s)
		return luaL_error(L, "slice: end %d is before start %d", (int)e, (int)s);
	lua_pushlstring(L, d->text + s, e - s);
	return 1;
}

/* doc:linecol(offset) -> line, column (1-based, columns in code points) */
static int m_linecol(lua_State *L)
{
	crd_doc *d = check_doc(L, 1);
	uint32_t off = check_offset(L, d, 2);
	int line, col;
	txt_linecol(&d->lines, d->text, d->len, off, &line, &col);
	lua_pushinteger(L, line);
	lua_pushinteger(L, col);
	return 2;
}

/* doc:add{ feature=, start=, ["end"]=, message=, attrs={} } */
static int m_add(lua_State *L)
{
	ldoc *h = luaL_checkudata(L, 1, DOC_MT);
	crd_doc *d = check_doc(L, 1);
	luaL_checktype(L, 2, LUA_TTABLE);
	lua_getfield(L, 2, "feature");
	int f = check_feature(L, d, -1);
	lua_pop(L, 1);
	lua_getfield(L, 2, "start");
	lua_getfield(L, 2, "end");
	uint32_t s = check_offset(L, d, -2);
	uint32_t e = check_offset(L, d, -1);
	lua_pop(L, 2);
	if (e < s)
		return luaL_error(L, "add: end %d is before start %d", (int)e, (int)s);
	const char *msg = NULL;
	if (lua_getfield(L, 2, "message") != LUA_TNIL) {
		size_t ml;
		const char *m = luaL_checklstring(L, -1, &ml);
		msg = arena_strndup(&d->mem, m, ml > 500 ? 500 : ml);
		if (!msg)
			return luaL_error(L, "out of memory");
	}
	lua_pop(L, 1);
	uint32_t it = doc_add(d, f, s, e);
	if (it == UINT32_MAX)
		return luaL_error(L, "out of memory");
	d->ev.v[it].message = msg;
	if (h->rule)
		doc_attr_str(d, it, "rule", h->rule);
	if (lua_getfield(L, 2, "attrs") == LUA_TTABLE) {
		lua_pushnil(L);
		while (lua_next(L, -2)) {
			if (lua_type(L, -2) != LUA_TSTRING)
				return luaL_error(L, "add: attribute names must be strings");
			size_t kl;
			const char *k = lua_tolstring(L, -2, &kl);
			if (kl == 0 || kl > 64 || strspn(k, "abcdefghijklmnopqrstuvwxyz"
			                                    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") != kl)
				return luaL_error(L, "add: attribute name '%s' must be 1-64 letters, digits or _", k);
			char *key = arena_strndup(&d->mem, k, kl);
			if (!key)
				return luaL_error(L, "out of memory");
			switch (lua_type(L, -1)) {
			case LUA_TNUMBER: doc_attr_num(d, it, key, lua_tonumber(L, -1)); break;
			case LUA_TBOOLEAN: doc_attr_bool(d, it, key, lua_toboolean(L, -1)); break;
			case LUA_TSTRING: {
				size_t vl;
				const char *v = lua_tolstring(L, -1, &vl);
				doc_attr_strn(d, it, key, v, vl > 1000 ? 1000 : vl);
				break;
			}
			default:
				return luaL_error(L, "add: attribute '%s' must be a number, boolean or string", key);
			}
			lua_pop(L, 1);
		}
	}
	lua_pop(L, 1);
	if (d->nomem)
		return luaL_error(L, "out of memory");
	return 0;
}

static int push_stats(lua_State *L, const crd_doc *d)
{
	size_t words = 0;
	for (size_t i = 0; i < d->toks.n; i++)
		if (d->toks.v[i].kind == TOK_WORD || d->toks.v[i].kind == TOK_NUM)
			words++;
	lua_createtable(L, 0, 5);
	lua_pushinteger(L, (lua_Integer)d->len);
	lua_setfield(L, -2, "bytes");
	lua_pushinteger(L, (lua_Integer)words);
	lua_setfield(L, -2, "words");
	lua_pushinteger(L, (lua_Integer)d->sents.n);
	lua_setfield(L, -2, "sentences");
	lua_pushinteger(L, (lua_Integer)d->paras.n);
	lua_setfield(L, -2, "paragraphs");
	lua_pushinteger(L, (lua_Integer)d->lines.n);
	lua_setfield(L, -2, "lines");
	return 1;
}

static const luaL_Reg methods[] = {
	{ "count", m_count },
	{ "evidence", m_evidence },
	{ "in_sentence", m_in_sentence },
	{ "near", m_near },
	{ "sentences", m_sentences },
	{ "sentence", m_sentence },
	{ "paragraphs", m_paragraphs },
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

/* doc.field and doc:method */
static int doc_index(lua_State *L)
{
	crd_doc *d = check_doc(L, 1);
	const char *k = luaL_checkstring(L, 2);
	if (strcmp(k, "text") == 0) {
		/* One copy per document, cached in the handle's user value. */
		if (lua_getiuservalue(L, 1, 1) != LUA_TSTRING) {
			lua_pop(L, 1);
			lua_pushlstring(L, d->text, d->len);
			lua_pushvalue(L, -1);
			lua_setiuservalue(L, 1, 1);
		}
		return 1;
	}
	if (strcmp(k, "id") == 0)
		push_opt(L, d->id);
	else if (strcmp(k, "title") == 0)
		push_opt(L, d->title);
	else if (strcmp(k, "url") == 0)
		push_opt(L, d->url);
	else if (strcmp(k, "source") == 0)
		push_opt(L, d->source);
	else if (strcmp(k, "date") == 0)
		push_opt(L, d->date);
	else if (strcmp(k, "len") == 0)
		lua_pushinteger(L, (lua_Integer)d->len);
	else if (strcmp(k, "stats") == 0)
		push_stats(L, d);
	else {
		luaL_getmetatable(L, DOC_MT);
		lua_getfield(L, -1, "__methods");
		if (lua_getfield(L, -1, k) == LUA_TNIL)
			return luaL_error(L, "doc has no field or method '%s'", k);
	}
	return 1;
}

static int doc_newindex(lua_State *L)
{
	return luaL_error(L, "the document is read-only");
}

static int doc_tostring(lua_State *L)
{
	ldoc *h = luaL_checkudata(L, 1, DOC_MT);
	if (!h->valid || !h->d || h->d->generation != h->generation)
		lua_pushliteral(L, "credence.doc (no longer valid)");
	else
		lua_pushfstring(L, "credence.doc (%d bytes)", (int)h->d->len);
	return 1;
}

void luadoc_register(lua_State *L)
{
	luaL_newmetatable(L, DOC_MT);
	lua_pushcfunction(L, doc_index);
	lua_setfield(L, -2, "__index");
	lua_pushcfunction(L, doc_newindex);
	lua_setfield(L, -2, "__newindex");
	lua_pushcfunction(L, doc_tostring);
	lua_setfield(L, -2, "__tostring");
	lua_pushliteral(L, DOC_MT);
	lua_setfield(L, -2, "__metatable");
	luaL_newlib(L, methods);
	lua_setfield(L, -2, "__methods");
	lua_pop(L, 1);
}

void luadoc_push(lua_State *L, crd_doc *d)
{
	ldoc *h = lua_newuserdatauv(L, sizeof(ldoc), 1);
	h->d = d;
	h->generation = d->generation;
	h->valid = 1;
	h->rule = NULL;
	luaL_setmetatable(L, DOC_MT);
}

void luadoc_set_rule(lua_State *L, int idx, const char *rule)
{
	ldoc *h = lua_touserdata(L, idx);
	if (h)
		h->rule = rule;
}

void luadoc_invalidate(lua_State *L, int idx)
{
	ldoc *h = lua_touserdata(L, idx);
	if (h) {
		h->valid = 0;
		h->d = NULL;
	}
}
