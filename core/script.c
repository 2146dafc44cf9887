/* script.c -- sandboxed Lua states, the rule{}/group{}/lexicon{}/include() declarations, running rules. */
#include "script.h"

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "luadoc.h"
#include "result.h"

/* Include depth, to stop include() cycles. */
#define MAX_INCLUDE_DEPTH 16
/* The count hook fires every this many VM instructions. */
#define HOOK_STEP 1000

enum { MODE_DECLARE, MODE_SCORE };

struct scr_state {
	lua_State *L;
	int mode;
	scr_program *prog;        /* writable in MODE_DECLARE */
	const crd_engine *engine; /* MODE_SCORE */
	size_t mem_used, mem_limit;
	int mem_exceeded;
	uint64_t budget, spent;   /* instructions allowed / used in this run */
	int budget_exceeded;
	char where[300];          /* "file:line" where a budget ran out */
	int include_depth;
	size_t rule_index;        /* rules declared so far (MODE_SCORE checks order) */
	crd_error *err;           /* where declaration errors go */
	int locked;               /* globals are protected */
};

/* The state of L, kept in the extra space that every coroutine copies. */
static scr_state *state_of(lua_State *L)
{
	return *(scr_state **)lua_getextraspace(L);
}

/* ---- memory and instruction limits ----------------------------------------- */

static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	scr_state *s = ud;
	if (ptr == NULL)
		osize = 0;
	if (nsize == 0) {
		free(ptr);
		s->mem_used -= osize;
		return NULL;
	}
	if (nsize > osize && s->mem_used + (nsize - osize) > s->mem_limit) {
		s->mem_exceeded = 1;
		return NULL;
	}
	void *np = realloc(ptr, nsize);
	if (!np)
		return NULL;
	s->mem_used = s->mem_used - osize + nsize;
	return np;
}

static void count_hook(lua_State *L, lua_Debug *ar)
{
	(void)ar;
	scr_state *s = state_of(L);
	s->spent += HOOK_STEP;
	if (s->spent <= s->budget && !s->budget_exceeded)
		return;
	if (!s->budget_exceeded) {
		s->budget_exceeded = 1;
		lua_Debug d;
		if (lua_getstack(L, 0, &d) && lua_getinfo(L, "Sl", &d) && d.currentline > 0)
			snprintf(s->where, sizeof s->where, "%s:%d", d.short_src, d.currentline);
		/* From now on every instruction fails, so that pcall() inside the
		 * script cannot swallow the error and go on. */
		lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
	}
	luaL_error(L, "instruction budget of %llu exceeded", (unsigned long long)s->budget);
}

static void budget_start(scr_state *s, uint64_t budget)
{
	s->budget = budget;
	s->spent = 0;
	s->budget_exceeded = 0;
	s->mem_exceeded = 0;
	s->where[0] = '\0';
	lua_sethook(s->L, count_hook, LUA_MASKCOUNT, HOOK_STEP);
}

/* ---- errors ------------------------------------------------------------------ */

/* Fills err from a Lua error message "file:line: text". */
static int lua_fail(scr_state *s, crd_error *err, int status, const char *context)
{
	const char *msg = lua_type(s->L, -1) == LUA_TSTRING ? lua_tostring(s->L, -1) : NULL;
	if (!msg)
		msg = "error object is not a string";
	int code = CRD_ERR_SCRIPT;
	if (s->budget_exceeded)
		code = CRD_ERR_BUDGET;
	else if (status == LUA_ERRMEM || s->mem_exceeded)
		code = CRD_ERR_MEMORY;
	char file[256] = "";
	int line = 0;
	const char *text = msg;
	/* The first ":<digits>:" splits the location from the text. */
	for (const char *p = msg; *p; p++) {
		if (*p != ':' || p[1] < '0' || p[1] > '9')
			continue;
		const char *q = p + 1;
		while (*q >= '0' && *q <= '9')
			q++;
		if (*q != ':')
			continue;
		size_t fl = (size_t)(p - msg);
		if (fl >= sizeof file || fl == 0)
			break;
		memcpy(file, msg, fl);
		file[fl] = '\0';
		line = atoi(p + 1);
		text = q[1] == ' ' ? q + 2 : q + 1;
		break;
	}
	if (code == CRD_ERR_BUDGET) {
		crd_fail(err, code, "%s%sinstruction budget of %llu exceeded", context ? context : "",
		         context ? ": " : "", (unsigned long long)s->budget);
		if (s->where[0]) {
			const char *colon = strrchr(s->where, ':');
			snprintf(file, sizeof file, "%.*s", (int)(colon - s->where), s->where);
			line = atoi(colon + 1);
		}
	} else if (code == CRD_ERR_MEMORY) {
		crd_fail(err, code, "%s%sscript memory cap of %zu bytes exceeded", context ? context : "",
		         context ? ": " : "", s->mem_limit);
	} else {
		crd_fail(err, code, "%s%s%s", context ? context : "", context ? ": " : "", text);
	}
	if (err && file[0])
		crd_error_where(err, file, line, 0, -1);
	lua_pop(s->L, 1);
	return code;
}

static int traceback_handler(lua_State *L)
{
	/* Keep the message as is: it already says file:line. A non-string error
	 * object becomes a description of it. */
	if (lua_type(L, 1) != LUA_TSTRING) {
		const char *t = luaL_typename(L, 1);
		lua_pushfstring(L, "error object is a %s value", t);
	}
	return 1;
}

/* ---- the sandbox ----------------------------------------------------------- */

/* load() that only takes text chunks and always runs in the sandbox. */
static int safe_load(lua_State *L)
{
	size_t len;
	const char *chunk = luaL_checklstring(L, 1, &len);
	const char *name = luaL_optstring(L, 2, "=(load)");
	int status = luaL_loadbufferx(L, chunk, len, name, "t");
	if (status != LUA_OK) {
		lua_pushnil(L);
		lua_insert(L, -2);
		return 2;
	}
	if (!lua_isnoneornil(L, 4)) {
		lua_pushvalue(L, 4);
		if (!lua_setupvalue(L, -2, 1))
			lua_pop(L, 1);
	}
	return 1;
}

static int global_index(lua_State *L)
{
	return luaL_error(L, "undefined global '%s'", lua_tostring(L, 2));
}

static int global_newindex(lua_State *L)
{
	return luaL_error(L, "assignment to undeclared global '%s' (declare it with local)",
	                  lua_tostring(L, 2));
}

static int no_print(lua_State *L)
{
	(void)L;
	return 0;
}

static void open_sandbox(lua_State *L)
{
	static const luaL_Reg libs[] = {
		{ LUA_GNAME, luaopen_base },       { LUA_STRLIBNAME, luaopen_string },
		{ LUA_TABLIBNAME, luaopen_table }, { LUA_MATHLIBNAME, luaopen_math },
		{ LUA_UTF8LIBNAME, luaopen_utf8 }, { LUA_COLIBNAME, luaopen_coroutine },
		{ NULL, NULL },
	};
	for (const luaL_Reg *l = libs; l->func; l++) {
		luaL_requiref(L, l->name, l->func, 1);
		lua_pop(L, 1);
	}
	/* Drop everything that reaches files, bytecode or the collector. */
	static const char *const drop[] = { "dofile", "loadfile", "collectgarbage", NULL };
	for (const char *const *n = drop; *n; n++) {
		lua_pushnil(L);
		lua_setglobal(L, *n);
	}
	lua_pushcfunction(L, safe_load);
	lua_setglobal(L, "load");
	lua_pushcfunction(L, no_print);
	lua_setglobal(L, "print");
	lua_getglobal(L, LUA_STRLIBNAME);
	lua_pushnil(L);
	lua_setfield(L, -2, "dump");
	lua_pop(L, 1);
	/* The string metatable is shared by every string: lock it. */
	lua_pushliteral(L, "");
	lua_getmetatable(L, -1);
	lua_pushliteral(L, "string");
	lua_setfield(L, -2, "__metatable");
	lua_pop(L, 2);
	/* The registry's loaded table would hand out the libraries' originals. */
	lua_pushnil(L);
	lua_setfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
}

static int lock_globals(lua_State *L)
{
	lua_pushglobaltable(L);
	lua_newtable(L);
	lua_pushcfunction(L, global_index);
	lua_setfield(L, -2, "__index");
	lua_pushcfunction(L, global_newindex);
	lua_setfield(L, -2, "__newindex");
	lua_pushliteral(L, "globals are protected");
	lua_setfield(L, -2, "__metatable");
	lua_setmetatable(L, -2);
	lua_pop(L, 1);
	return 0;
}

/* ---- declarations ---------------------------------------------------------- */

/* file and line of the Lua code that called the current C function. */
static void caller_where(lua_State *L, char *file, size_t n, int *line)
{
	lua_Debug ar;
	file[0] = '\0';
	*line = 0;
	if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar)) {
		snprintf(file, n, "%s", ar.short_src);
		*line = ar.currentline;
	}
}

static int check_fields(lua_State *L, int idx, const char *what, const char *const *allowed)
{
	lua_pushnil(L);
	while (lua_next(L, idx)) {
		lua_pop(L, 1);
		if (lua_type(L, -1) != LUA_TSTRING) {
			return luaL_error(L, "%s{}: keys must be names", what);
		}
		const char *k = lua_tostring(L, -1);
		int ok = 0;
		for (const char *const *a = allowed; *a; a++)
			if (strcmp(*a, k) == 0)
				ok = 1;
		if (!ok)
			return luaL_error(L, "%s{}: unknown field '%s'", what, k);
	}
	return 0;
}

static const char *opt_string_field(lua_State *L, int idx, const char *key, const char *def,
                                    const char *what)
{
	int t = lua_getfield(L, idx, key);
	const char *v = def;
	if (t == LUA_TSTRING)
		v = lua_tostring(L, -1);
	else if (t != LUA_TNIL)
		luaL_error(L, "%s{}: '%s' must be a string, not a %s", what, key, lua_typename(L, t));
	lua_pop(L, 1); /* the string stays alive: it is in the table */
	return v;
}

static int opt_number_field(lua_State *L, int idx, const char *key, double *out, const char *what)
{
	int t = lua_getfield(L, idx, key);
	int have = 0;
	if (t == LUA_TNUMBER) {
		*out = lua_tonumber(L, -1);
		if (!isfinite(*out))
			luaL_error(L, "%s{}: '%s' must be a finite number", what, key);
		have = 1;
	} else if (t != LUA_TNIL) {
		luaL_error(L, "%s{}: '%s' must be a number, not a %s", what, key, lua_typename(L, t));
	}
	lua_pop(L, 1);
	return have;
}

static int find_group(scr_program *p, const char *name)
{
	for (size_t i = 0; i < p->groups.n; i++)
		if (strcmp(p->groups.v[i].name, name) == 0)
			return (int)i;
	return -1;
}

static int add_group(lua_State *L, scr_program *p, const char *name)
{
	int g = find_group(p, name);
	if (g >= 0)
		return g;
	scr_group *gr = vec_push(&p->groups);
	if (!gr || !(gr->name = crd_strdup(name))) {
		if (gr)
			p->groups.n--;
		return luaL_error(L, "out of memory");
	}
	gr->cap = HUGE_VAL;
	return (int)(p->groups.n - 1);
}

static int valid_name(const char *s)
{
	if (!*s || strlen(s) > 64)
		return 0;
	for (const char *c = s; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
		      *c == '_' || *c == '-' || *c == '.'))
			return 0;
	return 1;
}

/* rule{ name=, feature= | fn=, weight=, cap=, group=, why=, zone= } */
static int l_rule(lua_State *L)
{
	static const char *const fields[] = { "name", "feature", "fn", "weight", "cap",
		                              "group", "why", "zone", NULL };
	scr_state *s = state_of(L);
	luaL_checktype(L, 1, LUA_TTABLE);
	if (s->locked)
		return luaL_error(L, "rule{} may only be called while the script loads");
	check_fields(L, 1, "rule", fields);
	const char *name = opt_string_field(L, 1, "name", NULL, "rule");
	if (!name)
		return luaL_error(L, "rule{}: 'name' is required");
	if (!valid_name(name))
		return luaL_error(L, "rule{}: name '%s' must be 1-64 letters, digits, '_', '-' or '.'", name);
	const char *feature = opt_string_field(L, 1, "feature", NULL, "rule");
	int fn_type = lua_getfield(L, 1, "fn");
	lua_pop(L, 1);
	if (fn_type != LUA_TNIL && fn_type != LUA_TFUNCTION)
		return luaL_error(L, "rule{} '%s': 'fn' must be a function", name);
	if ((feature != NULL) == (fn_type == LUA_TFUNCTION))
		return luaL_error(L, "rule{} '%s': give exactly one of 'feature' and 'fn'", name);
	double weight;
	if (!opt_number_field(L, 1, "weight", &weight, "rule"))
		return luaL_error(L, "rule{} '%s': 'weight' is required", name);
	double cap = HUGE_VAL;
	if (opt_number_field(L, 1, "cap", &cap, "rule") && cap < 0)
		return luaL_error(L, "rule{} '%s': 'cap' must not be negative", name);
	const char *group = opt_string_field(L, 1, "group", "general", "rule");
	if (!valid_name(group))
		return luaL_error(L, "rule{} '%s': group '%s' is not a valid name", name, group);
	const char *why = opt_string_field(L, 1, "why", name, "rule");
	const char *zone_s = opt_string_field(L, 1, "zone", "body", "rule");
	int zk = -1;
	if (strcmp(zone_s, "any") != 0 && (zk = zone_lookup(zone_s)) < 0)
		return luaL_error(L, "rule{} '%s': unknown zone '%s' (use 'any' or a zone such as 'body')",
		                  name, zone_s);

	if (s->mode == MODE_SCORE) {
		/* The engine has the declarations already; keep the function. */
		size_t i = s->rule_index++;
		if (i >= s->engine->prog.rules.n || strcmp(s->engine->prog.rules.v[i].name, name) != 0)
			return luaL_error(L, "the script declared different rules on a second run "
			                     "(rules must not depend on anything but the script)");
		if (fn_type == LUA_TFUNCTION) {
			lua_getfield(L, LUA_REGISTRYINDEX, "credence.rules");
			lua_getfield(L, 1, "fn");
			lua_rawseti(L, -2, (lua_Integer)i + 1);
			lua_pop(L, 1);
		}
		return 0;
	}

	scr_program *p = s->prog;
	for (size_t i = 0; i < p->rules.n; i++)
		if (strcmp(p->rules.v[i].name, name) == 0)
			return luaL_error(L, "rule{}: a rule named '%s' is already declared at %s:%d", name,
			                  p->rules.v[i].file, p->rules.v[i].line);
	char file[256];
	int line;
	caller_where(L, file, sizeof file, &line);
	int g = add_group(L, p, group);
	scr_rule *r = vec_push(&p->rules);
	if (!r)
		return luaL_error(L, "out of memory");
	r->name = crd_strdup(name);
	r->group = crd_strdup(group);
	r->why = crd_strdup(why);
	r->feature_name = feature ? crd_strdup(feature) : NULL;
	r->file = crd_strdup(file);
	r->line = line;
	r->feature = -1;
	r->zone = zk;
	r->weight = weight;
	r->cap = cap;
	r->group_id = g;
	if (!r->name || !r->group || !r->why || !r->file || (feature && !r->feature_name))
		return luaL_error(L, "out of memory");
	return 0;
}

/* group{ name=, bias=, cap= } */
static int l_group(lua_State *L)
{
	static const char *const fields[] = { "name", "bias", "cap", NULL };
	scr_state *s = state_of(L);
	luaL_checktype(L, 1, LUA_TTABLE);
	if (s->locked)
		return luaL_error(L, "group{} may only be called while the script loads");
	check_fields(L, 1, "group", fields);
	const char *name = opt_string_field(L, 1, "name", NULL, "group");
	if (!name || !valid_name(name))
		return luaL_error(L, "group{}: 'name' is required and must be a valid name");
	double bias = 0, cap = HUGE_VAL;
	int has_bias = opt_number_field(L, 1, "bias", &bias, "group");
	if (opt_number_field(L, 1, "cap", &cap, "group") && cap < 0)
		return luaL_error(L, "group{} '%s': 'cap' must not be negative", name);
	if (s->mode == MODE_SCORE)
		return 0;
	int g = add_group(L, s->prog, name);
	scr_group *gr = &s->prog->groups.v[g];
	gr->has_bias = has_bias;
	gr->bias = bias;
	gr->cap = cap;
	return 0;
}

/* Resolves a path given to include() or lexicon{file=} against the script's
 * folder. Absolute paths and ".." are refused: a script reads its own folder
 * and nothing else. */
static int resolve_path(lua_State *L, const char *what, const char *rel, char *out, size_t n)
{
	scr_state *s = state_of(L);
	const scr_program *p = s->mode == MODE_DECLARE ? s->prog : &s->engine->prog;
	if (!p->dir)
		return luaL_error(L, "%s: this script was not loaded from a file, so it cannot read '%s'",
		                  what, rel);
	if (rel[0] == '/' || rel[0] == '\\' || strstr(rel, "..") || rel[0] == '\0')
		return luaL_error(L, "%s: '%s' must be a relative path inside the script's folder", what,
		                  rel);
	const char *dir = p->dir;
	size_t dl = strlen(dir);
	if ((size_t)snprintf(out, n, "%s%s%s", dir, (dl && dir[dl - 1] == '/') ? "" : "/", rel) >= n)
		return luaL_error(L, "%s: path too long", what);
	return 0;
}

static const scr_source *find_source(const scr_program *p, const char *path)
{
	for (size_t i = 0; i < p->sources.n; i++)
		if (strcmp(p->sources.v[i].path, path) == 0)
			return &p->sources.v[i];
	return NULL;
}

/* Reads path (declare mode) or finds it among the sources read before. */
static const scr_source *get_source(lua_State *L, const char *what, const char *path,
                                    const char *name)
{
	scr_state *s = state_of(L);
	if (s->mode == MODE_SCORE) {
		const scr_source *src = find_source(&s->engine->prog, path);
		if (!src)
			luaL_error(L, "%s: '%s' was not read when the engine was built", what, name);
		return src;
	}
	const scr_source *have = find_source(s->prog, path);
	if (have)
		return have;
	char *text;
	size_t len;
	crd_error e;
	if (crd_read_file(path, &text, &len, 16u << 20, &e) != CRD_OK)
		luaL_error(L, "%s: cannot read '%s': %s", what, name, e.message);
	scr_source *src = vec_push(&s->prog->sources);
	if (!src) {
		free(text);
		luaL_error(L, "out of memory");
	}
	src->path = crd_strdup(path);
	src->name = crd_strdup(name);
	src->text = text;
	src->len = len;
	if (!src->path || !src->name)
		luaL_error(L, "out of memory");
	return src;
}

/* include("file.lua"): runs another script file from the script's folder. */
static int l_include(lua_State *L)
{
	scr_state *s = state_of(L);
	const char *rel = luaL_checkstring(L, 1);
	char path[4096];
	resolve_path(L, "include", rel, path, sizeof path);
	if (s->include_depth >= MAX_INCLUDE_DEPTH)
		return luaL_error(L, "include: nested more than %d deep (a cycle?)", MAX_INCLUDE_DEPTH);
	const scr_source *src = get_source(L, "include", path, rel);
	lua_pushfstring(L, "@%s", path);
	int st = luaL_loadbufferx(L, src->text, src->len, lua_tostring(L, -1), "t");
	if (st != LUA_OK)
		return lua_error(L);
	s->include_depth++;
	lua_call(L, 0, 0);
	s->include_depth--;
	return 0;
}

/* lexicon{ name=, feature=, terms={...} | file= } */
static int l_lexicon(lua_State *L)
{
	static const char *const fields[] = { "name", "feature", "terms", "file", NULL };
	scr_state *s = state_of(L);
	luaL_checktype(L, 1, LUA_TTABLE);
	if (s->locked)
		return luaL_error(L, "lexicon{} may only be called while the script loads");
	check_fields(L, 1, "lexicon", fields);
	const char *name = opt_string_field(L, 1, "name", NULL, "lexicon");
	if (!name || !valid_name(name))
		return luaL_error(L, "lexicon{}: 'name' is required and must be a valid name");
	const char *feature = opt_string_field(L, 1, "feature", name, "lexicon");
	const char *file = opt_string_field(L, 1, "file", NULL, "lexicon");
	int tt = lua_getfield(L, 1, "terms");
	lua_pop(L, 1);
	if ((file != NULL) == (tt == LUA_TTABLE))
		return luaL_error(L, "lexicon{} '%s': give exactly one of 'terms' (a list) and 'file'", name);
	char path[4096];
	if (file)
		resolve_path(L, "lexicon", file, path, sizeof path);
	if (s->mode == MODE_SCORE) {
		if (file)
			get_source(L, "lexicon", path, file);
		return 0;
	}
	scr_program *p = s->prog;
	for (size_t i = 0; i < p->lexicons.n; i++)
		if (strcmp(p->lexicons.v[i].name, name) == 0)
			return luaL_error(L, "lexicon{}: '%s' is already declared at %s:%d", name,
			                  p->lexicons.v[i].file, p->lexicons.v[i].line);
	char where[256];
	int line;
	caller_where(L, where, sizeof where, &line);
	const scr_source *src = file ? get_source(L, "lexicon", path, file) : NULL;
	scr_lexicon *lx = vec_push(&p->lexicons);
	if (!lx)
		return luaL_error(L, "out of memory");
	lx->name = crd_strdup(name);
	lx->feature = crd_strdup(feature);
	lx->file = crd_strdup(where);
	lx->line = line;
	if (!lx->name || !lx->feature || !lx->file)
		return luaL_error(L, "out of memory");
	if (src) {
		lx->path = crd_strdup(src->path);
		lx->text = src->text; /* borrowed from sources */
		lx->len = src->len;
		if (!lx->path)
			return luaL_error(L, "out of memory");
		return 0;
	}
	lua_getfield(L, 1, "terms");
	lua_Integer n = luaL_len(L, -1);
	if (n <= 0)
		return luaL_error(L, "lexicon{} '%s': 'terms' is empty", name);
	if (n > 1000000)
		return luaL_error(L, "lexicon{} '%s': too many terms", name);
	lx->terms = calloc((size_t)n + 1, sizeof(char *));
	if (!lx->terms)
		return luaL_error(L, "out of memory");
	for (lua_Integer i = 1; i <= n; i++) {
		if (lua_geti(L, -1, i) != LUA_TSTRING)
			return luaL_error(L, "lexicon{} '%s': term %d is not a string", name, (int)i);
		size_t tl;
		const char *t = lua_tolstring(L, -1, &tl);
		if (!(lx->terms[lx->nterms++] = crd_strndup(t, tl)))
			return luaL_error(L, "out of memory");
		lua_pop(L, 1);
	}
	lua_pop(L, 1);
	return 0;
}

/* tests{ {text=..., expect={...}, score_between={lo,hi}}, ... } and test{...} */
static int add_tests(lua_State *L, int single)
{
	scr_state *s = state_of(L);
	luaL_checktype(L, 1, LUA_TTABLE);
	if (s->locked)
		return luaL_error(L, "tests{} may only be called while the script loads");
	char file[256];
	int line;
	caller_where(L, file, sizeof file, &line);
	lua_getfield(L, LUA_REGISTRYINDEX, "credence.tests");
	lua_Integer have = luaL_len(L, -1);
	lua_Integer n = single ? 1 : luaL_len(L, 1);
	for (lua_Integer i = 1; i <= n; i++) {
		if (single)
			lua_pushvalue(L, 1);
		else if (lua_geti(L, 1, i) != LUA_TTABLE)
			return luaL_error(L, "tests{}: case %d is not a table", (int)i);
		/* Remember where the case was declared. */
		lua_pushstring(L, file);
		lua_setfield(L, -2, "__file");
		lua_pushinteger(L, line);
		lua_setfield(L, -2, "__line");
		lua_pushinteger(L, single ? 0 : i);
		lua_setfield(L, -2, "__case");
		lua_rawseti(L, -2, ++have);
	}
	lua_pop(L, 1);
	if (s->mode == MODE_DECLARE)
		s->prog->ntests += (size_t)n;
	return 0;
}

static int l_tests(lua_State *L)
{
	return add_tests(L, 0);
}

static int l_test(lua_State *L)
{
	return add_tests(L, 1);
}

static void register_api(lua_State *L)
{
	static const luaL_Reg api[] = {
		{ "rule", l_rule },       { "group", l_group }, { "lexicon", l_lexicon },
		{ "include", l_include }, { "tests", l_tests }, { "test", l_test },
		{ NULL, NULL },
	};
	lua_pushglobaltable(L);
	luaL_setfuncs(L, api, 0);
	lua_pop(L, 1);
	lua_newtable(L);
	lua_setfield(L, LUA_REGISTRYINDEX, "credence.rules");
	lua_newtable(L);
	lua_setfield(L, LUA_REGISTRYINDEX, "credence.tests");
	luadoc_register(L);
}

/* ---- states -------------------------------------------------------------- */

static scr_state *state_new(size_t mem_limit)
{
	scr_state *s = calloc(1, sizeof *s);
	if (!s)
		return NULL;
	s->mem_limit = mem_limit;
	s->L = lua_newstate(limited_alloc, s);
	if (!s->L) {
		free(s);
		return NULL;
	}
	*(scr_state **)lua_getextraspace(s->L) = s;
	return s;
}

void scr_state_free(scr_state *s)
{
	if (!s)
		return;
	if (s->L)
		lua_close(s->L);
	free(s);
}

/* Reads bias and grades after the main chunk ran (inside the protected call). */
static void read_globals(lua_State *L, scr_program *p)
{
	int t = lua_getglobal(L, "bias");
	if (t == LUA_TNUMBER)
		p->bias = lua_tonumber(L, -1);
	else if (t != LUA_TNIL)
		luaL_error(L, "'bias' must be a number, not a %s", lua_typename(L, t));
	lua_pop(L, 1);
	if (!isfinite(p->bias))
		luaL_error(L, "'bias' must be a finite number");
	/* grades = { A = 80, B = 65, ... } (optional) */
	t = lua_getglobal(L, "grades");
	if (t == LUA_TTABLE) {
		p->ngrades = 0;
		lua_pushnil(L);
		while (lua_next(L, -2)) {
			if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TNUMBER ||
			    p->ngrades >= SCR_MAX_GRADES || lua_rawlen(L, -2) >= sizeof p->grades[0].name)
				luaL_error(L, "'grades' must map at most %d short names to minimum scores",
				           SCR_MAX_GRADES);
			scr_grade *g = &p->grades[p->ngrades++];
			snprintf(g->name, sizeof g->name, "%s", lua_tostring(L, -2));
			g->min = lua_tonumber(L, -1);
			lua_pop(L, 1);
		}
		if (p->ngrades == 0)
			luaL_error(L, "'grades' is empty");
	} else if (t != LUA_TNIL) {
		luaL_error(L, "'grades' must be a table");
	}
	lua_pop(L, 1);
}

/* Sets up the sandbox and runs the main chunk (protected). */
static int setup_and_run(lua_State *L)
{
	scr_state *s = state_of(L);
	open_sandbox(L);
	register_api(L);
	const scr_program *p = s->mode == MODE_DECLARE ? s->prog : &s->engine->prog;
	const scr_source *main = &p->sources.v[0];
	lua_pushfstring(L, "@%s", main->name);
	if (luaL_loadbufferx(L, main->text, main->len, lua_tostring(L, -1), "t") != LUA_OK)
		return lua_error(L);
	lua_call(L, 0, 0);
	if (s->mode == MODE_DECLARE)
		read_globals(L, s->prog);
	return 0;
}

static int run_main(scr_state *s, crd_error *err)
{
	lua_State *L = s->L;
	budget_start(s, s->mode == MODE_DECLARE ? s->prog->max_instructions : s->engine->max_instructions);
	lua_pushcfunction(L, traceback_handler);
	lua_pushcfunction(L, setup_and_run);
	int st = lua_pcall(L, 0, 0, -2);
	if (st != LUA_OK) {
		int rc = lua_fail(s, err, st, NULL);
		lua_pop(L, 1);
		if (err && !err->source[0]) {
			const scr_program *p = s->mode == MODE_DECLARE ? s->prog : &s->engine->prog;
			crd_error_where(err, p->main_name, 0, 0, -1);
		}
		return rc;
	}
	lua_pop(L, 1);
	lua_sethook(L, NULL, 0, 0);
	return CRD_OK;
}

static const scr_grade default_grades[] = {
	{ "A", 80 }, { "B", 65 }, { "C", 50 }, { "D", 35 }, { "F", -HUGE_VAL },
};

int scr_load(scr_program *p, const char *source, size_t len, const char *name, const char *dir,
             crd_error *err)
{
	size_t max_memory = p->max_memory;
	uint64_t max_instr = p->max_instructions;
	memset(p, 0, sizeof *p);
	p->max_memory = max_memory;
	p->max_instructions = max_instr;
	for (size_t i = 0; i < CRD_ARRAY_LEN(default_grades); i++)
		p->grades[p->ngrades++] = default_grades[i];
	p->main_name = crd_strdup(name);
	p->dir = dir ? crd_strdup(dir) : NULL;
	scr_source *src = vec_push(&p->sources);
	if (!p->main_name || (dir && !p->dir) || !src)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	src->path = crd_strdup(name);
	src->name = crd_strdup(name);
	src->text = crd_strndup(source, len);
	src->len = len;
	if (!src->path || !src->name || !src->text)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");

	scr_state *s = state_new(max_memory);
	if (!s)
		return crd_fail(err, CRD_ERR_NOMEM, "cannot create a Lua state");
	s->mode = MODE_DECLARE;
	s->prog = p;
	int rc = run_main(s, err);
	if (rc == CRD_OK && p->rules.n == 0) {
		rc = crd_fail(err, CRD_ERR_SCRIPT, "the script declares no rule{}");
		crd_error_where(err, p->main_name, 0, 0, -1);
	}
	scr_state_free(s);
	return rc;
}

static unsigned edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 64 || lb > 64)
		return 99;
	unsigned row[65];
	for (size_t j = 0; j <= lb; j++)
		row[j] = (unsigned)j;
	for (size_t i = 1; i <= la; i++) {
		unsigned prev = row[0];
		row[0] = (unsigned)i;
		for (size_t j = 1; j <= lb; j++) {
			unsigned cur = row[j];
			unsigned best = prev + (a[i - 1] != b[j - 1]);
			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			prev = cur;
		}
	}
	return row[lb];
}

int scr_resolve(scr_program *p, const crd_engine *e, crd_error *err)
{
	for (size_t i = 0; i < p->rules.n; i++) {
		scr_rule *r = &p->rules.v[i];
		if (!r->feature_name)
			continue;
		r->feature = engine_feature_find(e, r->feature_name);
		if (r->feature >= 0)
			continue;
		const char *best = NULL;
		unsigned bd = 3;
		for (size_t f = 0; f < engine_feature_count(e); f++) {
			unsigned dd = edit_distance(r->feature_name, engine_feature_name(e, (int)f));
			if (dd < bd) {
				bd = dd;
				best = engine_feature_name(e, (int)f);
			}
		}
		if (best)
			crd_fail(err, CRD_ERR_SCRIPT, "rule '%s': unknown feature '%s' (did you mean '%s'?)",
			         r->name, r->feature_name, best);
		else
			crd_fail(err, CRD_ERR_SCRIPT, "rule '%s': unknown feature '%s'", r->name, r->feature_name);
		crd_error_where(err, r->file, r->line, 0, -1);
		return CRD_ERR_SCRIPT;
	}
	return CRD_OK;
}

void scr_program_free(scr_program *p)
{
	for (size_t i = 0; i < p->sources.n; i++) {
		free(p->sources.v[i].path);
		free(p->sources.v[i].name);
		free(p->sources.v[i].text);
	}
	for (size_t i = 0; i < p->rules.n; i++) {
		scr_rule *r = &p->rules.v[i];
		free(r->name);
		free(r->group);
		free(r->why);
		free(r->feature_name);
		free(r->file);
	}
	for (size_t i = 0; i < p->groups.n; i++)
		free(p->groups.v[i].name);
	for (size_t i = 0; i < p->lexicons.n; i++) {
		scr_lexicon *l = &p->lexicons.v[i];
		free(l->name);
		free(l->feature);
		free(l->file);
		free(l->path);
		for (size_t k = 0; k < l->nterms; k++)
			free(l->terms[k]);
		free(l->terms);
	}
	vec_free(&p->sources);
	vec_free(&p->rules);
	vec_free(&p->groups);
	vec_free(&p->lexicons);
	free(p->dir);
	free(p->main_name);
	memset(p, 0, sizeof *p);
}

int scr_state_new(scr_state **out, const crd_engine *e, crd_error *err)
{
	*out = NULL;
	scr_state *s = state_new(e->max_script_memory);
	if (!s)
		return crd_fail(err, CRD_ERR_NOMEM, "cannot create a Lua state");
	s->mode = MODE_SCORE;
	s->engine = e;
	int rc = run_main(s, err);
	if (rc == CRD_OK && s->rule_index != e->prog.rules.n) {
		rc = crd_fail(err, CRD_ERR_SCRIPT, "the script declared different rules on a second run");
		crd_error_where(err, e->prog.main_name, 0, 0, -1);
	}
	if (rc != CRD_OK) {
		scr_state_free(s);
		return rc;
	}
	lua_pushcfunction(s->L, lock_globals);
	if (lua_pcall(s->L, 0, 0, 0) != LUA_OK) {
		scr_state_free(s);
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory setting up the script");
	}
	s->locked = 1;
	lua_gc(s->L, LUA_GCCOLLECT);
	*out = s;
	return CRD_OK;
}

/* ---- running rules ----------------------------------------------------------- */

typedef struct run_ctx {
	scr_state *s;
	crd_doc *d;
	double *hits;
	crd_error *err;
	int rc;
	crd_scorer *scorer;       /* scr_check */
	size_t run, failed;
	crd_test_report_fn report;
	void *ud;
} run_ctx;

/* Runs every function rule; called through lua_pcall so that nothing here
 * can panic the state. Rule errors go to ctx, not up the stack. */
static int run_rules(lua_State *L)
{
	run_ctx *c = lua_touserdata(L, 1);
	scr_state *s = c->s;
	const scr_program *p = &s->engine->prog;
	lua_pushcfunction(L, traceback_handler);
	int h = lua_gettop(L);
	lua_getfield(L, LUA_REGISTRYINDEX, "credence.rules");
	int rules = lua_gettop(L);
	luadoc_push(L, c->d);
	int docidx = lua_gettop(L);
	for (size_t i = 0; i < p->rules.n && c->rc == CRD_OK; i++) {
		const scr_rule *r = &p->rules.v[i];
		if (r->feature >= 0)
			continue;
		lua_rawgeti(L, rules, (lua_Integer)i + 1);
		lua_pushvalue(L, docidx);
		luadoc_set_rule(L, docidx, r->name);
		int st = lua_pcall(L, 1, 1, h);
		if (st != LUA_OK) {
			char ctx[128];
			snprintf(ctx, sizeof ctx, "rule '%s'", r->name);
			c->rc = lua_fail(s, c->err, st, ctx);
			if (c->err && !c->err->source[0])
				crd_error_where(c->err, r->file, r->line, 0, -1);
			break;
		}
		int t = lua_type(L, -1);
		double v = 0;
		if (t == LUA_TNUMBER) {
			v = lua_tonumber(L, -1);
		} else if (t == LUA_TBOOLEAN) {
			v = lua_toboolean(L, -1);
		} else if (t != LUA_TNIL) {
			c->rc = crd_fail(c->err, CRD_ERR_SCRIPT,
			                 "rule '%s' returned a %s; a rule function returns a number, a boolean or nil",
			                 r->name, lua_typename(L, t));
			crd_error_where(c->err, r->file, r->line, 0, -1);
		}
		if (c->rc == CRD_OK && (!isfinite(v) || v < 0)) {
			c->rc = crd_fail(c->err, CRD_ERR_SCRIPT,
			                 "rule '%s' returned %g; hits must be a finite number >= 0", r->name, v);
			crd_error_where(c->err, r->file, r->line, 0, -1);
		}
		c->hits[i] = v;
		lua_pop(L, 1);
	}
	luadoc_invalidate(L, docidx);
	return 0;
}

int scr_run(scr_state *s, crd_doc *d, double *hits, crd_error *err)
{
	lua_State *L = s->L;
	const scr_program *p = &s->engine->prog;
	int have_fn = 0;
	for (size_t i = 0; i < p->rules.n; i++) {
		const scr_rule *r = &p->rules.v[i];
		if (r->feature >= 0)
			hits[i] = (double)doc_count(d, r->feature, r->zone);
		else
			have_fn = 1;
	}
	if (!have_fn)
		return CRD_OK;

	run_ctx c = { .s = s, .d = d, .hits = hits, .err = err, .rc = CRD_OK };
	int top = lua_gettop(L);
	budget_start(s, s->engine->max_instructions);
	lua_pushcfunction(L, run_rules);
	lua_pushlightuserdata(L, &c);
	int st = lua_pcall(L, 1, 0, 0);
	if (st != LUA_OK && c.rc == CRD_OK)
		c.rc = lua_fail(s, err, st, NULL);
	lua_settop(L, top);
	lua_sethook(L, NULL, 0, 0);
	if (c.rc != CRD_OK) {
		/* Reclaim whatever the failed rule built before the next document. */
		lua_gc(L, LUA_GCCOLLECT);
		return c.rc;
	}
	if (!d->finished && doc_finish(d) != CRD_OK)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	/* Evidence added by rules changes the counts feature rules read. */
	for (size_t i = 0; i < p->rules.n; i++) {
		const scr_rule *r = &p->rules.v[i];
		if (r->feature >= 0)
			hits[i] = (double)doc_count(d, r->feature, r->zone);
	}
	return CRD_OK;
}

/* ---- script self-tests --------------------------------------------------------- */

static void report_case(crd_test_report_fn fn, void *ud, int ok, const char *file, int line,
                        const char *fmt, ...) CRD_PRINTF(6, 7);

static void report_case(crd_test_report_fn fn, void *ud, int ok, const char *file, int line,
                        const char *fmt, ...)
{
	if (!fn)
		return;
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	fn(ud, ok, file, line, buf);
}

/* Checks one case (on the stack top); returns 1 when it passes, filling why. */
static int check_case(scr_state *s, crd_scorer *scorer, char *why, size_t wn)
{
	lua_State *L = s->L;
	int c = lua_gettop(L);
	if (lua_getfield(L, c, "text") != LUA_TSTRING) {
		snprintf(why, wn, "the case has no 'text' string");
		lua_settop(L, c);
		return 0;
	}
	size_t len;
	const char *text = lua_tolstring(L, -1, &len);
	const char *title = NULL;
	if (lua_getfield(L, c, "title") == LUA_TSTRING)
		title = lua_tostring(L, -1);
	crd_input in = CRD_INPUT_INIT;
	in.text = text;
	in.len = len;
	in.title = title;
	in.id = "test";
	crd_result *r = NULL;
	crd_error e;
	int rc = crd_scorer_score(&r, scorer, &in, 0, &e);
	if (rc != CRD_OK) {
		if (e.source[0] && e.line)
			snprintf(why, wn, "scoring failed: %.200s (%.100s:%d)", e.message, e.source, e.line);
		else
			snprintf(why, wn, "scoring failed: %.300s", e.message);
		lua_settop(L, c);
		return 0;
	}
	int ok = 1;
	why[0] = '\0';
	if (lua_getfield(L, c, "expect") == LUA_TTABLE) {
		lua_pushnil(L);
		while (ok && lua_next(L, -2)) {
			const char *feat = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
			if (!feat || !lua_isinteger(L, -1)) {
				snprintf(why, wn, "expect: each entry must be feature = count");
				ok = 0;
			} else if (s->engine && engine_feature_find(s->engine, feat) < 0) {
				snprintf(why, wn, "expect: unknown feature '%s'", feat);
				ok = 0;
			} else {
				lua_Integer want = lua_tointeger(L, -1);
				size_t got = crd_result_count(r, feat, NULL);
				if ((lua_Integer)got != want) {
					snprintf(why, wn, "expected %s = %lld, found %zu", feat, (long long)want, got);
					ok = 0;
				}
			}
			lua_pop(L, 1);
		}
		if (!ok)
			lua_pop(L, 1);
	}
	lua_pop(L, 1);
	if (ok && lua_getfield(L, c, "score_between") == LUA_TTABLE) {
		lua_geti(L, -1, 1);
		lua_geti(L, -2, 2);
		double lo = lua_tonumber(L, -2), hi = lua_tonumber(L, -1);
		double sc = crd_result_score(r);
		if (sc < lo || sc > hi) {
			snprintf(why, wn, "score %.1f is not between %g and %g", sc, lo, hi);
			ok = 0;
		}
		lua_pop(L, 2);
	}
	lua_pop(L, 1);
	if (ok && lua_getfield(L, c, "grade") == LUA_TSTRING) {
		if (strcmp(lua_tostring(L, -1), crd_result_grade(r)) != 0) {
			snprintf(why, wn, "grade %s, expected %s", crd_result_grade(r), lua_tostring(L, -1));
			ok = 0;
		}
	}
	lua_pop(L, 1);
	static const char *const lists[] = { "fires", "silent" };
	for (int k = 0; k < 2 && ok; k++) {
		if (lua_getfield(L, c, lists[k]) == LUA_TTABLE) {
			lua_Integer n = luaL_len(L, -1);
			for (lua_Integer i = 1; i <= n && ok; i++) {
				lua_geti(L, -1, i);
				const char *rn = lua_tostring(L, -1);
				int fired = 0;
				for (size_t j = 0; rn && j < crd_result_rule_count(r); j++) {
					crd_rule_hit hit;
					crd_result_rule(r, j, &hit);
					if (strcmp(hit.name, rn) == 0)
						fired = 1;
				}
				if (rn && fired != (k == 0)) {
					snprintf(why, wn, "rule %s %s", rn, k == 0 ? "did not fire" : "fired");
					ok = 0;
				}
				lua_pop(L, 1);
			}
		}
		lua_pop(L, 1);
	}
	crd_result_free(r);
	lua_settop(L, c);
	return ok;
}

static int run_tests(lua_State *L)
{
	run_ctx *c = lua_touserdata(L, 1);
	scr_state *s = c->s;
	lua_getfield(L, LUA_REGISTRYINDEX, "credence.tests");
	int tests = lua_gettop(L);
	lua_Integer n = luaL_len(L, tests);
	for (lua_Integer i = 1; i <= n; i++) {
		lua_geti(L, tests, i);
		lua_getfield(L, -1, "__file");
		lua_getfield(L, -2, "__line");
		lua_getfield(L, -3, "__case");
		lua_getfield(L, -4, "name");
		char file[256];
		snprintf(file, sizeof file, "%s", lua_tostring(L, -4) ? lua_tostring(L, -4) : "?");
		int line = (int)lua_tointeger(L, -3);
		lua_Integer cs = lua_tointeger(L, -2);
		char label[160];
		if (lua_type(L, -1) == LUA_TSTRING)
			snprintf(label, sizeof label, "test '%s'", lua_tostring(L, -1));
		else if (cs)
			snprintf(label, sizeof label, "test case %lld", (long long)cs);
		else
			snprintf(label, sizeof label, "test");
		lua_pop(L, 4);
		char why[400];
		int ok = check_case(s, c->scorer, why, sizeof why);
		lua_pop(L, 1);
		c->run++;
		if (ok) {
			report_case(c->report, c->ud, 1, file, line, "%s passed", label);
		} else {
			c->failed++;
			report_case(c->report, c->ud, 0, file, line, "%s failed: %s", label, why);
			if (c->rc == CRD_OK) {
				c->rc = crd_fail(c->err, CRD_ERR_TEST, "%s failed: %s", label, why);
				crd_error_where(c->err, file, line, 0, -1);
			}
		}
	}
	return 0;
}

int scr_check(scr_state *s, crd_scorer *scorer, size_t *run, size_t *failed,
              crd_test_report_fn report, void *ud, crd_error *err)
{
	lua_State *L = s->L;
	run_ctx c = { .s = s, .err = err, .rc = CRD_OK, .scorer = scorer, .report = report, .ud = ud };
	int top = lua_gettop(L);
	lua_pushcfunction(L, run_tests);
	lua_pushlightuserdata(L, &c);
	int st = lua_pcall(L, 1, 0, 0);
	if (st != LUA_OK && c.rc == CRD_OK)
		c.rc = lua_fail(s, err, st, "tests");
	lua_settop(L, top);
	if (run)
		*run = c.run;
	if (failed)
		*failed = c.failed;
	return c.rc;
}
