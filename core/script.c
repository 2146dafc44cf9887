/* script.c -- sandboxed Lua states, the rule{}/group{}/feature{}/lexicon{}/include() declarations, running rules. */
#define _XOPEN_SOURCE 700
#include "script.h"

#include <lauxlib.h>
#include <limits.h>
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
/* Evidence listed per function rule, as in the report. */
#define MAX_RULE_REFS 50
/* C functions that walk their input charge the budget one instruction per
 * this many bytes or elements, so that a short loop over a long document
 * cannot run for minutes on a few VM instructions. */
#define CHARGE_BYTES 16

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
	char where[300];          /* "file:line" where a limit was reached */
	int include_depth;
	size_t rule_index;        /* rules declared so far (MODE_SCORE checks order) */
	int locked;               /* the script has loaded: globals are protected */
	luadoc_ctx doc;           /* the document the rules see */
};

/* The state of L, kept in the extra space that every coroutine copies. */
static scr_state *state_of(lua_State *L)
{
	return *(scr_state **)lua_getextraspace(L);
}

static const scr_program *program_of(const scr_state *s)
{
	return s->mode == MODE_DECLARE ? s->prog : &s->engine->prog;
}

/* ---- memory and instruction limits ----------------------------------------- */

static void note_where(scr_state *s, lua_State *L)
{
	lua_Debug d;
	s->where[0] = '\0';
	for (int level = 0; level < 8 && lua_getstack(L, level, &d); level++)
		if (lua_getinfo(L, "Sl", &d) && d.currentline > 0) {
			const char *src = d.source[0] == '@' ? d.source + 1 : d.short_src;
			snprintf(s->where, sizeof s->where, "%.*s:%d", 250, src, d.currentline);
			return;
		}
}

static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	scr_state *s = ud;
	if (ptr == NULL)
		osize = 0; /* osize then tells the kind of object, not a size */
	if (nsize == 0) {
		free(ptr);
		s->mem_used -= osize;
		return NULL;
	}
	if (nsize > osize && (nsize - osize > s->mem_limit || s->mem_used > s->mem_limit - (nsize - osize))) {
		/* Sticky: the count hook ends the run even when the script catches
		 * this allocation's error with pcall. */
		if (!s->mem_exceeded && s->budget && s->L)
			note_where(s, s->L); /* refusing changed nothing, so the stack can be read */
		s->mem_exceeded = 1;
		return NULL;
	}
	void *np = realloc(ptr, nsize);
	if (!np)
		return nsize <= osize ? ptr : NULL; /* Lua assumes shrinking never fails */
	s->mem_used = s->mem_used - osize + nsize;
	return np;
}

static void count_hook(lua_State *L, lua_Debug *ar);

/* Makes every further instruction of this run fail, on L and on the main
 * thread, so that pcall() inside the script cannot swallow the error. */
static void arm_sticky(scr_state *s, lua_State *L)
{
	lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
	if (L != s->L)
		lua_sethook(s->L, count_hook, LUA_MASKCOUNT, 1);
}

static int limit_error(scr_state *s, lua_State *L)
{
	if (s->budget_exceeded)
		return luaL_error(L, "instruction budget of %I exceeded", (lua_Integer)s->budget);
	return luaL_error(L, "script memory cap of %I bytes exceeded", (lua_Integer)s->mem_limit);
}

static void count_hook(lua_State *L, lua_Debug *ar)
{
	(void)ar;
	scr_state *s = state_of(L);
	if (!s->budget)
		return; /* a coroutine from an earlier run, resumed outside any run */
	/* A coroutine keeps the hook count it was created with: add that. */
	s->spent += (uint64_t)lua_gethookcount(L);
	if (!s->budget_exceeded && !s->mem_exceeded) {
		if (s->spent <= s->budget)
			return;
		s->budget_exceeded = 1;
	}
	if (!s->where[0])
		note_where(s, L);
	arm_sticky(s, L);
	limit_error(s, L);
}

/* Charges n instructions of work done in C; raises when the budget is spent. */
static void charge(lua_State *L, uint64_t n)
{
	scr_state *s = state_of(L);
	s->spent += n;
	if (s->spent > s->budget && s->budget) {
		if (!s->budget_exceeded) {
			s->budget_exceeded = 1;
			note_where(s, L);
		}
		arm_sticky(s, L);
		limit_error(s, L);
	}
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

static void budget_stop(scr_state *s)
{
	lua_sethook(s->L, NULL, 0, 0);
	s->budget = 0;
}

/* ---- errors ------------------------------------------------------------------ */

/* Fills err from the error on the stack top ("file:line: text") and pops it. */
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
	const char *pre = context ? context : "", *sep = context ? ": " : "";
	if (code == CRD_ERR_BUDGET || code == CRD_ERR_MEMORY) {
		if (code == CRD_ERR_BUDGET)
			crd_fail(err, code, "%s%sinstruction budget of %llu exceeded (an endless loop? raise it "
			         "with --max-instructions or crd_options.max_instructions)", pre, sep,
			         (unsigned long long)s->budget);
		else
			crd_fail(err, code, "%s%sscript memory cap of %zu bytes exceeded (raise it with "
			         "--max-memory or crd_options.max_script_memory)", pre, sep, s->mem_limit);
		file[0] = '\0';
		line = 0;
		const char *colon = s->where[0] ? strrchr(s->where, ':') : NULL;
		if (colon) {
			snprintf(file, sizeof file, "%.*s", (int)(colon - s->where), s->where);
			line = atoi(colon + 1);
		}
	} else {
		crd_fail(err, code, "%s%s%s", pre, sep, text);
	}
	if (err && file[0])
		crd_error_where(err, file, line, 0, -1);
	lua_pop(s->L, 1);
	return code;
}

/* Message handler: a string error already says file:line; another error
 * object becomes a description with the place it was raised. Memory errors
 * never reach it (Lua does not call handlers for them). */
static int error_handler(lua_State *L)
{
	if (lua_type(L, 1) == LUA_TSTRING)
		return 1;
	const char *t = luaL_typename(L, 1);
	lua_Debug d;
	for (int level = 1; level < 6 && lua_getstack(L, level, &d); level++)
		if (lua_getinfo(L, "Sl", &d) && d.currentline > 0) {
			lua_pushfstring(L, "%s:%d: error object is a %s value, not a message", d.short_src,
			                d.currentline, t);
			return 1;
		}
	lua_pushfstring(L, "error object is a %s value, not a message", t);
	return 1;
}

/* ---- the sandbox ----------------------------------------------------------- */

/* load() that only takes text chunks. */
static int safe_load(lua_State *L)
{
	size_t len;
	const char *chunk = luaL_checklstring(L, 1, &len);
	const char *name = luaL_optstring(L, 2, "=(load)");
	const char *mode = luaL_optstring(L, 3, "t");
	if (strcmp(mode, "t") != 0) {
		luaL_pushfail(L);
		lua_pushliteral(L, "load: only text chunks may be loaded (mode \"t\")");
		return 2;
	}
	charge(L, len / CHARGE_BYTES);
	int status = luaL_loadbufferx(L, chunk, len, name, "t");
	if (status != LUA_OK) {
		luaL_pushfail(L);
		lua_insert(L, -2);
		return 2;
	}
	if (!lua_isnone(L, 4)) {
		lua_pushvalue(L, 4);
		if (!lua_setupvalue(L, -2, 1))
			lua_pop(L, 1);
	}
	return 1;
}

static int global_index(lua_State *L)
{
	return luaL_error(L, "undefined global '%s'", luaL_tolstring(L, 2, NULL));
}

static int global_newindex(lua_State *L)
{
	return luaL_error(L, "assignment to undeclared global '%s' (declare it with local)",
	                  luaL_tolstring(L, 2, NULL));
}

static int no_print(lua_State *L)
{
	(void)L;
	return 0;
}

/* The wrappers below call the library's own function from C. Its argument
 * errors still name it ("bad argument #1 to 'string.rep'") because Lua finds
 * the name of a C function in the registry's table of loaded modules, which
 * open_sandbox fills with the originals; scripts cannot reach the registry. */
static int call_original(lua_State *L)
{
	lua_pushvalue(L, lua_upvalueindex(1));
	lua_insert(L, 1);
	lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
	return lua_gettop(L);
}

/* setmetatable() without finalizers: a __gc runs when the collector decides,
 * outside any budget (even while the state closes). */
static int safe_setmetatable(lua_State *L)
{
	luaL_checktype(L, 1, LUA_TTABLE);
	if (lua_type(L, 2) == LUA_TTABLE) {
		lua_pushliteral(L, "__gc");
		if (lua_rawget(L, 2) != LUA_TNIL)
			return luaL_error(L, "setmetatable: __gc finalizers are not allowed in credence scripts");
		lua_pop(L, 1);
	}
	return call_original(L);
}

/* rawset() that keeps the globals protected. */
static int safe_rawset(lua_State *L)
{
	lua_pushglobaltable(L);
	int g = lua_rawequal(L, 1, -1);
	lua_pop(L, 1);
	if (g && state_of(L)->locked)
		return luaL_error(L, "rawset: globals are protected (declare a local instead)");
	return call_original(L);
}

/* Wraps a library function that walks a string or a range of elements, so
 * that its work counts against the instruction budget. Upvalue 2 says how:
 * 0 the length of argument 1 (a subject string); 1 string.rep, charged by
 * the result it made (so that a huge one meets the memory cap first);
 * 2 table.move and 3 table.concat, by the range of indices they walk. */
static int charged_call(lua_State *L)
{
	lua_Integer kind = lua_tointeger(L, lua_upvalueindex(2));
	uint64_t cost = 1;
	if (kind == 0) {
		if (lua_type(L, 1) == LUA_TSTRING)
			cost += lua_rawlen(L, 1) / CHARGE_BYTES;
	} else if (kind >= 2) {
		int a = kind == 2 ? 2 : 3;
		if (lua_isinteger(L, a) && lua_isinteger(L, a + 1)) {
			lua_Integer f = lua_tointeger(L, a), e = lua_tointeger(L, a + 1);
			if (e >= f)
				cost += (uint64_t)((lua_Unsigned)e - (lua_Unsigned)f);
		}
	}
	charge(L, cost);
	int n = call_original(L);
	if (kind == 1 && n >= 1 && lua_type(L, -1) == LUA_TSTRING)
		charge(L, lua_rawlen(L, -1) / CHARGE_BYTES);
	return n;
}

static void wrap(lua_State *L, const char *lib, const char *name, int kind)
{
	lua_getglobal(L, lib);
	lua_getfield(L, -1, name);
	lua_pushinteger(L, kind);
	lua_pushcclosure(L, charged_call, 2);
	lua_setfield(L, -2, name);
	lua_pop(L, 1);
}

/* Copies the functions of the global table lib into loaded[as]. */
static void keep_originals(lua_State *L, int loaded, const char *lib, const char *as)
{
	lua_newtable(L);
	if (lib)
		lua_getglobal(L, lib);
	else
		lua_pushglobaltable(L);
	lua_pushnil(L);
	while (lua_next(L, -2)) {
		if (lua_type(L, -1) == LUA_TFUNCTION && lua_type(L, -2) == LUA_TSTRING) {
			lua_pushvalue(L, -2);
			lua_insert(L, -2);
			lua_rawset(L, -5);
		} else {
			lua_pop(L, 1);
		}
	}
	lua_pop(L, 1);
	lua_setfield(L, loaded, as);
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
	/* The registry's table of loaded modules holds only the originals that
	 * error messages name; the modules themselves stay out of reach. */
	lua_newtable(L);
	int loaded = lua_gettop(L);
	keep_originals(L, loaded, NULL, LUA_GNAME);
	keep_originals(L, loaded, LUA_STRLIBNAME, LUA_STRLIBNAME);
	keep_originals(L, loaded, LUA_TABLIBNAME, LUA_TABLIBNAME);
	lua_setfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
	lua_getglobal(L, "setmetatable");
	lua_pushcclosure(L, safe_setmetatable, 1);
	lua_setglobal(L, "setmetatable");
	lua_getglobal(L, "rawset");
	lua_pushcclosure(L, safe_rawset, 1);
	lua_setglobal(L, "rawset");
	lua_getglobal(L, LUA_STRLIBNAME);
	lua_pushnil(L);
	lua_setfield(L, -2, "dump");
	lua_pop(L, 1);
	static const char *const walk[] = { "find", "match", "gmatch", "gsub", "format", "byte", "upper",
		                            "lower", "reverse", NULL };
	for (const char *const *n = walk; *n; n++)
		wrap(L, LUA_STRLIBNAME, *n, 0);
	wrap(L, LUA_STRLIBNAME, "rep", 1);
	wrap(L, LUA_TABLIBNAME, "move", 2);
	wrap(L, LUA_TABLIBNAME, "concat", 3);
	/* The string metatable is shared by every string: lock it. */
	lua_pushliteral(L, "");
	lua_getmetatable(L, -1);
	lua_pushliteral(L, "string");
	lua_setfield(L, -2, "__metatable");
	lua_pop(L, 2);
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
		snprintf(file, n, "%s", ar.source[0] == '@' ? ar.source + 1 : ar.short_src);
		*line = ar.currentline;
	}
}

static void check_fields(lua_State *L, int idx, const char *what, const char *const *allowed)
{
	lua_pushnil(L);
	while (lua_next(L, idx)) {
		lua_pop(L, 1);
		if (lua_type(L, -1) != LUA_TSTRING)
			luaL_error(L, "%s{}: fields must be named (name = value)", what);
		const char *k = lua_tostring(L, -1);
		int ok = 0;
		for (const char *const *a = allowed; *a && !ok; a++)
			ok = strcmp(*a, k) == 0;
		if (!ok)
			luaL_error(L, "%s{}: unknown field '%s'", what, k);
	}
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
	lua_pop(L, 1); /* the string stays alive: the table holds it */
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

static int find_group(const scr_program *p, const char *name)
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
	if (!gr)
		return luaL_error(L, "out of memory");
	gr->cap = HUGE_VAL;
	if (!(gr->name = crd_strdup(name))) {
		p->groups.n--;
		return luaL_error(L, "out of memory");
	}
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

/* Feature names are what the JSON report's "features" object uses as keys. */
static int valid_feature(const char *s)
{
	if (!*s || strlen(s) > 64)
		return 0;
	for (const char *c = s; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_'))
			return 0;
	return 1;
}

static void check_loading(lua_State *L, const char *what)
{
	if (state_of(L)->locked)
		luaL_error(L, "%s may only be called while the script loads, not from a rule", what);
}

/* rule{ name=, feature= | fn=, weight=, cap=, group=, why=, zone= } */
static int l_rule(lua_State *L)
{
	static const char *const fields[] = { "name", "feature", "fn", "weight", "cap",
		                              "group", "why", "zone", NULL };
	scr_state *s = state_of(L);
	check_loading(L, "rule{}");
	luaL_checktype(L, 1, LUA_TTABLE);
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
	const char *zone_s = opt_string_field(L, 1, "zone", NULL, "rule");
	if (zone_s && !feature)
		return luaL_error(L, "rule{} '%s': 'zone' applies to feature rules; a function rule "
		                     "chooses its zones itself (doc:count(feature, zone))", name);
	if (!zone_s)
		zone_s = "body";
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
	check_loading(L, "group{}");
	luaL_checktype(L, 1, LUA_TTABLE);
	check_fields(L, 1, "group", fields);
	const char *name = opt_string_field(L, 1, "name", NULL, "group");
	if (!name || !valid_name(name))
		return luaL_error(L, "group{}: 'name' is required and must be 1-64 letters, digits, '_', '-' or '.'");
	double bias = 0, cap = HUGE_VAL;
	int has_bias = opt_number_field(L, 1, "bias", &bias, "group");
	if (opt_number_field(L, 1, "cap", &cap, "group") && cap < 0)
		return luaL_error(L, "group{} '%s': 'cap' must not be negative", name);
	if (s->mode == MODE_SCORE)
		return 0;
	int g = find_group(s->prog, name);
	if (g >= 0 && s->prog->groups.v[g].file)
		return luaL_error(L, "group{}: '%s' is already declared at %s:%d", name,
		                  s->prog->groups.v[g].file, s->prog->groups.v[g].line);
	g = add_group(L, s->prog, name);
	scr_group *gr = &s->prog->groups.v[g];
	char file[256];
	caller_where(L, file, sizeof file, &gr->line);
	gr->has_bias = has_bias;
	gr->bias = bias;
	gr->cap = cap;
	if (!(gr->file = crd_strdup(file)))
		return luaL_error(L, "out of memory");
	return 0;
}

/* feature{ name=, why= }: a feature the script's rules add with doc:add{}. */
static int l_feature(lua_State *L)
{
	static const char *const fields[] = { "name", "why", NULL };
	scr_state *s = state_of(L);
	check_loading(L, "feature{}");
	luaL_checktype(L, 1, LUA_TTABLE);
	check_fields(L, 1, "feature", fields);
	const char *name = opt_string_field(L, 1, "name", NULL, "feature");
	if (!name || !valid_feature(name))
		return luaL_error(L, "feature{}: 'name' is required and must be 1-64 characters of a-z, 0-9 and _");
	const char *why = opt_string_field(L, 1, "why", name, "feature");
	if (s->mode == MODE_SCORE)
		return 0;
	scr_program *p = s->prog;
	for (size_t i = 0; i < p->features.n; i++)
		if (strcmp(p->features.v[i].name, name) == 0)
			return luaL_error(L, "feature{}: '%s' is already declared at %s:%d", name,
			                  p->features.v[i].file, p->features.v[i].line);
	char file[256];
	int line;
	caller_where(L, file, sizeof file, &line);
	scr_feature *f = vec_push(&p->features);
	if (!f)
		return luaL_error(L, "out of memory");
	f->name = crd_strdup(name);
	f->why = crd_strdup(why);
	f->file = crd_strdup(file);
	f->line = line;
	if (!f->name || !f->why || !f->file)
		return luaL_error(L, "out of memory");
	return 0;
}

/* Resolves a path given to include() or lexicon{file=} against the script's
 * folder. Absolute paths and ".." are refused, and so is a symbolic link
 * that leads out of the folder: a script reads its own folder and nothing
 * else. */
static void resolve_path(lua_State *L, const char *what, const char *rel, char *out, size_t n)
{
	scr_state *s = state_of(L);
	const scr_program *p = program_of(s);
	if (!p->dir)
		luaL_error(L, "%s: this script was not loaded from a file, so it cannot read '%s'", what, rel);
	if (rel[0] == '/' || rel[0] == '\\' || strstr(rel, "..") || rel[0] == '\0')
		luaL_error(L, "%s: '%s' must be a relative path inside the script's folder", what, rel);
	const char *dir = p->dir;
	size_t dl = strlen(dir);
	if ((size_t)snprintf(out, n, "%s%s%s", dir, (dl && dir[dl - 1] == '/') ? "" : "/", rel) >= n)
		luaL_error(L, "%s: path too long", what);
	if (s->mode != MODE_DECLARE)
		return; /* checked when the engine read it */
	char *rd = realpath(dir, NULL), *rp = realpath(out, NULL);
	int inside = rd && rp && strncmp(rp, rd, strlen(rd)) == 0 && rp[strlen(rd)] == '/';
	int missing = rd && !rp;
	free(rd);
	free(rp);
	if (missing)
		luaL_error(L, "%s: cannot read '%s': no such file", what, rel);
	if (!inside)
		luaL_error(L, "%s: '%s' leads outside the script's folder", what, rel);
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
	check_loading(L, "include()");
	const char *rel = luaL_checkstring(L, 1);
	char path[4096];
	resolve_path(L, "include", rel, path, sizeof path);
	if (s->include_depth >= MAX_INCLUDE_DEPTH)
		return luaL_error(L, "include: nested more than %d deep (a cycle?)", MAX_INCLUDE_DEPTH);
	const scr_source *src = get_source(L, "include", path, rel);
	lua_pushfstring(L, "@%s", path);
	if (luaL_loadbufferx(L, src->text, src->len, lua_tostring(L, -1), "t") != LUA_OK)
		return lua_error(L);
	s->include_depth++;
	int st = lua_pcall(L, 0, 0, 0);
	s->include_depth--;
	if (st != LUA_OK)
		return lua_error(L);
	return 0;
}

/* Appends a term (owned) with its line to lx. */
static void add_term(lua_State *L, scr_lexicon *lx, size_t *cap, const char *t, size_t n, int line)
{
	if (lx->nterms >= 1000000)
		luaL_error(L, "lexicon{} '%s': too many terms", lx->name);
	if (lx->nterms == *cap) {
		size_t nc = *cap ? *cap * 2 : 16;
		char **nt = realloc(lx->terms, nc * sizeof(char *));
		if (nt)
			lx->terms = nt;
		int *nl = realloc(lx->term_lines, nc * sizeof(int));
		if (nl)
			lx->term_lines = nl;
		if (!nt || !nl)
			luaL_error(L, "out of memory");
		*cap = nc;
	}
	char *copy = crd_strndup(t, n);
	if (!copy)
		luaL_error(L, "out of memory");
	lx->terms[lx->nterms] = copy;
	lx->term_lines[lx->nterms++] = line;
}

/* lexicon{ name=, feature=, terms={...} | file= } */
static int l_lexicon(lua_State *L)
{
	static const char *const fields[] = { "name", "feature", "terms", "file", NULL };
	scr_state *s = state_of(L);
	check_loading(L, "lexicon{}");
	luaL_checktype(L, 1, LUA_TTABLE);
	check_fields(L, 1, "lexicon", fields);
	const char *name = opt_string_field(L, 1, "name", NULL, "lexicon");
	if (!name || !valid_name(name))
		return luaL_error(L, "lexicon{}: 'name' is required and must be 1-64 letters, digits, '_', '-' or '.'");
	const char *feature = opt_string_field(L, 1, "feature", name, "lexicon");
	if (!valid_feature(feature))
		return luaL_error(L, "lexicon{} '%s': feature '%s' must be 1-64 characters of a-z, 0-9 and _",
		                  name, feature);
	const char *file = opt_string_field(L, 1, "file", NULL, "lexicon");
	int tt = lua_getfield(L, 1, "terms");
	lua_pop(L, 1);
	if ((file != NULL) == (tt == LUA_TTABLE))
		return luaL_error(L, "lexicon{} '%s': give exactly one of 'terms' (a list) and 'file'", name);
	char path[4096];
	if (file)
		resolve_path(L, "lexicon", file, path, sizeof path);
	if (s->mode == MODE_SCORE)
		return 0;
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
	lx->origin = crd_strdup(src ? src->path : where);
	lx->path = src ? crd_strdup(src->path) : NULL;
	if (!lx->name || !lx->feature || !lx->file || !lx->origin || (src && !lx->path))
		return luaL_error(L, "out of memory");
	size_t cap = 0;
	if (src) {
		/* One phrase a line; '#' starts a comment line. */
		const char *q = src->text, *end = src->text + src->len;
		int ln = 0;
		while (q < end) {
			const char *nl = memchr(q, '\n', (size_t)(end - q));
			const char *le = nl ? nl : end;
			ln++;
			while (q < le && (*q == ' ' || *q == '\t'))
				q++;
			const char *te = le;
			while (te > q && (te[-1] == ' ' || te[-1] == '\t' || te[-1] == '\r'))
				te--;
			if (q < te && *q != '#')
				add_term(L, lx, &cap, q, (size_t)(te - q), ln);
			q = nl ? nl + 1 : end;
		}
		if (lx->nterms == 0)
			return luaL_error(L, "lexicon{} '%s': '%s' has no terms", name, file);
		return 0;
	}
	lua_getfield(L, 1, "terms");
	lua_Integer n = luaL_len(L, -1);
	if (n <= 0)
		return luaL_error(L, "lexicon{} '%s': 'terms' is empty", name);
	for (lua_Integer i = 1; i <= n; i++) {
		if (lua_geti(L, -1, i) != LUA_TSTRING)
			return luaL_error(L, "lexicon{} '%s': term %I is not a string", name, i);
		size_t tl;
		const char *t = lua_tolstring(L, -1, &tl);
		add_term(L, lx, &cap, t, tl, line);
		lua_pop(L, 1);
	}
	lua_pop(L, 1);
	return 0;
}

/* ---- where each test case is written ---------------------------------------------- */

/* Debug information cannot tell where each element of a table constructor
 * is (and the sandbox has no debug library anyway). The engine keeps the
 * script's text, so the line of each case of tests{ {...}, {...} } is read
 * from the source: a small scanner that knows Lua's strings, long brackets
 * and comments finds the top-level elements of the constructor. */

typedef struct lscan {
	const char *p, *e;
	int line;
} lscan;

/* Level of a long bracket "[==[" at p, or -1. */
static int long_level(const lscan *z, const char *p)
{
	if (p >= z->e || *p != '[')
		return -1;
	int lv = 0;
	for (p++; p < z->e && *p == '='; p++)
		lv++;
	return p < z->e && *p == '[' ? lv : -1;
}

static void skip_long(lscan *z, int lv)
{
	z->p += lv + 2;
	while (z->p < z->e) {
		if (*z->p == '\n')
			z->line++;
		if (*z->p == ']') {
			const char *q = z->p + 1;
			int k = 0;
			while (q < z->e && *q == '=' && k < lv)
				q++, k++;
			if (k == lv && q < z->e && *q == ']') {
				z->p = q + 1;
				return;
			}
		}
		z->p++;
	}
}

static void skip_space(lscan *z)
{
	while (z->p < z->e) {
		char c = *z->p;
		if (c == '\n') {
			z->line++;
			z->p++;
		} else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
			z->p++;
		} else if (c == '-' && z->p + 1 < z->e && z->p[1] == '-') {
			z->p += 2;
			int lv = long_level(z, z->p);
			if (lv >= 0) {
				skip_long(z, lv);
			} else {
				while (z->p < z->e && *z->p != '\n')
					z->p++;
			}
		} else {
			return;
		}
	}
}

static void skip_string(lscan *z)
{
	char q = *z->p++;
	while (z->p < z->e && *z->p != q && *z->p != '\n') {
		if (*z->p == '\\' && z->p + 1 < z->e) {
			z->p++;
			if (*z->p == '\n')
				z->line++;
		}
		z->p++;
	}
	if (z->p < z->e && *z->p == q)
		z->p++;
}

static int is_ident(char c, int first)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (!first && c >= '0' && c <= '9');
}

/* Skips one token that is not space. */
static void skip_token(lscan *z)
{
	char c = *z->p;
	if (c == '"' || c == '\'') {
		skip_string(z);
	} else if (c == '[' && long_level(z, z->p) >= 0) {
		skip_long(z, long_level(z, z->p));
	} else if (is_ident(c, 1)) {
		while (z->p < z->e && is_ident(*z->p, 0))
			z->p++;
	} else {
		z->p++;
	}
}

/* Lines of the positional elements of the constructor that follows the call
 * on line `line` of text (tests{...} or tests({...})). Returns how many were
 * found, or 0 when the source does not have that shape. */
static size_t case_lines(const char *text, size_t len, int line, int *out, size_t max)
{
	lscan z = { text, text + len, 1 };
	while (z.p < z.e && z.line < line) {
		if (*z.p++ == '\n')
			z.line++;
	}
	/* Find the name "tests" on that line, then "(" and "{". */
	for (;;) {
		skip_space(&z);
		if (z.p >= z.e || z.line != line)
			return 0;
		const char *t = z.p;
		skip_token(&z);
		if (z.p - t == 5 && memcmp(t, "tests", 5) == 0)
			break;
	}
	skip_space(&z);
	if (z.p < z.e && *z.p == '(') {
		z.p++;
		skip_space(&z);
	}
	if (z.p >= z.e || *z.p != '{')
		return 0;
	z.p++;
	size_t n = 0;
	for (;;) {
		skip_space(&z);
		if (z.p >= z.e)
			return 0;
		if (*z.p == '}')
			return n;
		/* Keyed fields (name = v, [k] = v) are not cases. */
		int keyed = 0;
		int start = z.line;
		if (*z.p == '[' && long_level(&z, z.p) < 0) {
			keyed = 1;
		} else if (is_ident(*z.p, 1)) {
			lscan look = z;
			skip_token(&look);
			skip_space(&look);
			keyed = look.p < look.e && *look.p == '=' && (look.p + 1 >= look.e || look.p[1] != '=');
		}
		if (!keyed) {
			if (n < max)
				out[n] = start;
			n++;
		}
		/* Skip to the ',' or ';' or '}' that ends the element. */
		int depth = 0;
		for (;;) {
			skip_space(&z);
			if (z.p >= z.e)
				return 0;
			char c = *z.p;
			if (depth == 0 && (c == ',' || c == ';')) {
				z.p++;
				break;
			}
			if (depth == 0 && c == '}')
				break;
			if (c == '{' || c == '(' || (c == '[' && long_level(&z, z.p) < 0))
				depth++;
			else if (c == '}' || c == ')' || c == ']')
				depth--;
			skip_token(&z);
		}
	}
}

/* ---- tests ------------------------------------------------------------------ */

/* tests{ {text=..., expect={...}, score_between={lo,hi}}, ... } and test{...}.
 * Each case is kept as { case = <the table>, file = ..., line = ... }. */
static int add_tests(lua_State *L, int single)
{
	scr_state *s = state_of(L);
	check_loading(L, single ? "test{}" : "tests{}");
	luaL_checktype(L, 1, LUA_TTABLE);
	char file[256];
	int line;
	caller_where(L, file, sizeof file, &line);
	lua_Integer n = single ? 1 : (lua_Integer)lua_rawlen(L, 1);
	if (n > 100000)
		return luaL_error(L, "tests{}: too many cases");
	int lines[512];
	size_t found = 0;
	if (!single) {
		const scr_source *src = find_source(program_of(s), file);
		if (src)
			found = case_lines(src->text, src->len, line, lines, CRD_ARRAY_LEN(lines));
		if (found != (size_t)n)
			found = 0; /* the shape is not what the scanner knows: use the call's line */
	}
	lua_getfield(L, LUA_REGISTRYINDEX, "credence.tests");
	lua_Integer have = (lua_Integer)lua_rawlen(L, -1);
	for (lua_Integer i = 1; i <= n; i++) {
		lua_createtable(L, 0, 4);
		if (single)
			lua_pushvalue(L, 1);
		else if (lua_geti(L, 1, i) != LUA_TTABLE)
			return luaL_error(L, "tests{}: case %I is not a table", i);
		lua_setfield(L, -2, "case");
		lua_pushstring(L, file);
		lua_setfield(L, -2, "file");
		lua_pushinteger(L, found && (size_t)i <= CRD_ARRAY_LEN(lines) ? lines[i - 1] : line);
		lua_setfield(L, -2, "line");
		lua_pushinteger(L, single ? 0 : i);
		lua_setfield(L, -2, "index");
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
		{ "rule", l_rule },       { "group", l_group }, { "feature", l_feature },
		{ "lexicon", l_lexicon }, { "include", l_include }, { "tests", l_tests },
		{ "test", l_test },       { NULL, NULL },
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
	lua_setwarnf(s->L, NULL, NULL); /* the library never prints */
	return s;
}

void scr_state_free(scr_state *s)
{
	if (!s)
		return;
	if (s->L)
		lua_close(s->L);
	luadoc_ctx_free(&s->doc);
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
			    p->ngrades >= SCR_MAX_GRADES || lua_rawlen(L, -2) >= sizeof p->grades[0].name ||
			    !isfinite(lua_tonumber(L, -1)))
				luaL_error(L, "'grades' must map at most %d names of up to 7 characters to minimum "
				              "scores", SCR_MAX_GRADES);
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
	const scr_source *main = &program_of(s)->sources.v[0];
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
	const scr_program *p = program_of(s);
	budget_start(s, p->max_instructions);
	lua_pushcfunction(L, error_handler);
	lua_pushcfunction(L, setup_and_run);
	int st = lua_pcall(L, 0, 0, -2);
	int rc = CRD_OK;
	if (st != LUA_OK) {
		rc = lua_fail(s, err, st, NULL);
		if (err && !err->source[0])
			crd_error_where(err, p->main_name, 0, 0, -1);
	}
	lua_pop(L, 1);
	budget_stop(s);
	return rc;
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
			crd_fail(err, CRD_ERR_SCRIPT, "rule '%s': unknown feature '%s' (declare it with "
			         "feature{ name = \"%s\" } if rules add it)", r->name, r->feature_name,
			         r->feature_name);
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
	for (size_t i = 0; i < p->groups.n; i++) {
		free(p->groups.v[i].name);
		free(p->groups.v[i].file);
	}
	for (size_t i = 0; i < p->features.n; i++) {
		free(p->features.v[i].name);
		free(p->features.v[i].why);
		free(p->features.v[i].file);
	}
	for (size_t i = 0; i < p->lexicons.n; i++) {
		scr_lexicon *l = &p->lexicons.v[i];
		free(l->name);
		free(l->feature);
		free(l->file);
		free(l->origin);
		free(l->path);
		for (size_t k = 0; k < l->nterms; k++)
			free(l->terms[k]);
		free(l->terms);
		free(l->term_lines);
	}
	vec_free(&p->sources);
	vec_free(&p->rules);
	vec_free(&p->groups);
	vec_free(&p->features);
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
		return crd_fail(err, CRD_ERR_NOMEM, "cannot create a Lua state (is the memory cap too small?)");
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

static void rule_fail(run_ctx *c, const scr_rule *r, const char *fmt, ...) CRD_PRINTF(3, 4);

static void rule_fail(run_ctx *c, const scr_rule *r, const char *fmt, ...)
{
	char msg[240];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	c->rc = crd_fail(c->err, CRD_ERR_SCRIPT, "rule '%s' %s", r->name, msg);
	crd_error_where(c->err, r->file, r->line, 0, -1);
}

/* Runs every function rule; called through lua_pcall so that nothing here
 * can panic the state. Rule errors go to ctx, not up the stack. */
static int run_rules(lua_State *L)
{
	run_ctx *c = lua_touserdata(L, 1);
	scr_state *s = c->s;
	const scr_program *p = &s->engine->prog;
	lua_pushcfunction(L, error_handler);
	int h = lua_gettop(L);
	lua_getfield(L, LUA_REGISTRYINDEX, "credence.rules");
	int rules = lua_gettop(L);
	luadoc_push(L, &s->doc);
	int docidx = lua_gettop(L);
	for (size_t i = 0; i < p->rules.n && c->rc == CRD_OK; i++) {
		const scr_rule *r = &p->rules.v[i];
		if (r->feature >= 0)
			continue;
		lua_rawgeti(L, rules, (lua_Integer)i + 1);
		lua_pushvalue(L, docidx);
		s->doc.rule = (int)i;
		s->doc.rule_name = r->name;
		int st = lua_pcall(L, 1, 2, h);
		s->doc.rule_name = NULL;
		if (st != LUA_OK) {
			char ctx[128];
			snprintf(ctx, sizeof ctx, "rule '%s'", r->name);
			c->rc = lua_fail(s, c->err, st, ctx);
			if (c->err && !c->err->source[0])
				crd_error_where(c->err, r->file, r->line, 0, -1);
			break;
		}
		/* hits: a number, a boolean or nil; or a list of items (hits = its
		 * length). A list in second place names the evidence. */
		int t = lua_type(L, -2);
		double v = 0;
		int list = 0;
		if (t == LUA_TNUMBER)
			v = lua_tonumber(L, -2);
		else if (t == LUA_TBOOLEAN)
			v = lua_toboolean(L, -2);
		else if (t == LUA_TTABLE)
			v = (double)lua_rawlen(L, -2), list = -2;
		else if (t != LUA_TNIL)
			rule_fail(c, r, "returned a %s; a rule function returns a number, a boolean, nil or a "
			          "list of evidence items", lua_typename(L, t));
		if (c->rc == CRD_OK && (!isfinite(v) || v < 0))
			rule_fail(c, r, "returned %g; hits must be a finite number >= 0", v);
		if (c->rc == CRD_OK && list == 0 && lua_type(L, -1) == LUA_TTABLE)
			list = -1;
		else if (c->rc == CRD_OK && list == 0 && !lua_isnil(L, -1))
			rule_fail(c, r, "returned a %s in second place; it may only be a list of evidence "
			          "items", luaL_typename(L, -1));
		if (c->rc == CRD_OK && list) {
			int bad = luadoc_ref_items(L, &s->doc, list, MAX_RULE_REFS);
			if (bad < 0)
				return luaL_error(L, "out of memory");
			if (bad > 0)
				rule_fail(c, r, "returned a list whose item %d is not an evidence item (a table "
				          "with integer start and end inside the document)", bad);
		}
		s->doc.rule = -1;
		c->hits[i] = v;
		lua_pop(L, 2);
	}
	luadoc_invalidate(L, docidx);
	return 0;
}

int scr_run(scr_state *s, crd_doc *d, double *hits, crd_error *err)
{
	lua_State *L = s->L;
	const scr_program *p = &s->engine->prog;
	luadoc_begin(&s->doc, d);
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
	/* A limit reached inside a coroutine or a pcall that the rule then left
	 * quickly still ends the document. */
	if (c.rc == CRD_OK && (s->budget_exceeded || s->mem_exceeded)) {
		lua_pushliteral(L, "limit");
		c.rc = lua_fail(s, err, LUA_ERRRUN, NULL);
	}
	lua_settop(L, top);
	budget_stop(s);
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

size_t scr_refs(const scr_state *s, const scr_ref **refs)
{
	*refs = s->doc.refs.v;
	return s->doc.refs.n;
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

static int rule_declared(const scr_program *p, const char *name)
{
	for (size_t i = 0; i < p->rules.n; i++)
		if (strcmp(p->rules.v[i].name, name) == 0)
			return 1;
	return 0;
}

static const char *opt_case_string(lua_State *L, int c, const char *key)
{
	const char *v = lua_getfield(L, c, key) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
	lua_pop(L, 1); /* kept alive by the case table */
	return v;
}

/* Checks the "expect" table of case c against r; fills why on a mismatch. */
static int check_expect(lua_State *L, const crd_engine *e, int c, const crd_result *r, char *why,
                        size_t wn)
{
	int ok = 1;
	if (lua_getfield(L, c, "expect") == LUA_TTABLE) {
		lua_pushnil(L);
		while (ok && lua_next(L, -2)) {
			const char *feat = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
			lua_Integer lo = -1, hi = -1;
			if (lua_isinteger(L, -1)) {
				lo = hi = lua_tointeger(L, -1);
			} else if (lua_istable(L, -1)) {
				lua_rawgeti(L, -1, 1);
				lua_rawgeti(L, -2, 2);
				if (lua_isinteger(L, -2))
					lo = lua_tointeger(L, -2);
				hi = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : LUA_MAXINTEGER;
				lua_pop(L, 2);
			}
			size_t got = feat ? crd_result_count(r, feat, NULL) : 0;
			if (!feat || lo < 0 || hi < lo) {
				snprintf(why, wn, "expect: each entry is feature = count or feature = { min, max }");
				ok = 0;
			} else if (engine_feature_find(e, feat) < 0) {
				snprintf(why, wn, "expect: unknown feature '%s'", feat);
				ok = 0;
			} else if ((lua_Integer)got < lo || (lua_Integer)got > hi) {
				if (lo == hi)
					snprintf(why, wn, "expected %s = %lld, found %zu", feat, (long long)lo, got);
				else if (hi == LUA_MAXINTEGER)
					snprintf(why, wn, "expected %s >= %lld, found %zu", feat, (long long)lo, got);
				else
					snprintf(why, wn, "expected %s between %lld and %lld, found %zu", feat,
					         (long long)lo, (long long)hi, got);
				ok = 0;
			}
			lua_pop(L, 1);
		}
		if (!ok)
			lua_pop(L, 1); /* the key lua_next left */
	}
	lua_pop(L, 1);
	return ok;
}

/* Checks one case (the table at the stack top); returns 1 when it passes,
 * filling why when it does not. */
static int check_case(scr_state *s, crd_scorer *scorer, char *why, size_t wn)
{
	static const char *const fields[] = { "name", "text", "html", "title", "url", "source",
		                              "date", "expect", "score_between", "grade", "fires",
		                              "silent", "fails", NULL };
	lua_State *L = s->L;
	const crd_engine *e = s->engine;
	int c = lua_gettop(L);
	why[0] = '\0';
	lua_pushnil(L);
	while (lua_next(L, c)) {
		lua_pop(L, 1);
		int known = 0;
		if (lua_type(L, -1) == LUA_TSTRING)
			for (const char *const *f = fields; *f && !known; f++)
				known = strcmp(*f, lua_tostring(L, -1)) == 0;
		if (!known) {
			snprintf(why, wn, "unknown field '%s' in the case (fields: name, text, html, title, url, "
			         "source, date, expect, score_between, grade, fires, silent, fails)",
			         lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?");
			lua_settop(L, c);
			return 0;
		}
	}
	/* The document: text, or a web page in html. */
	int t = lua_getfield(L, c, "text"), h = lua_getfield(L, c, "html");
	if ((t == LUA_TSTRING) == (h == LUA_TSTRING) || (t != LUA_TSTRING && t != LUA_TNIL) ||
	    (h != LUA_TSTRING && h != LUA_TNIL)) {
		snprintf(why, wn, "the case needs one 'text' or 'html' string");
		lua_settop(L, c);
		return 0;
	}
	size_t len;
	const char *text = lua_tolstring(L, t == LUA_TSTRING ? -2 : -1, &len);
	crd_input in = CRD_INPUT_INIT;
	in.text = text;
	in.len = len;
	in.format = h == LUA_TSTRING ? CRD_FORMAT_HTML : CRD_FORMAT_TEXT;
	in.title = opt_case_string(L, c, "title");
	in.url = opt_case_string(L, c, "url");
	in.source = opt_case_string(L, c, "source");
	in.date = opt_case_string(L, c, "date");
	in.id = "test";
	const char *fails = opt_case_string(L, c, "fails");
	crd_result *r = NULL;
	crd_error err;
	int rc = crd_scorer_score(&r, scorer, &in, 0, &err);
	if (fails) {
		/* The case expects this document to fail, with this text in the message. */
		crd_result_free(r);
		lua_settop(L, c);
		if (rc == CRD_OK) {
			snprintf(why, wn, "scoring succeeded; expected it to fail with \"%.200s\"", fails);
			return 0;
		}
		if (!strstr(err.message, fails)) {
			snprintf(why, wn, "failed with \"%.200s\", expected \"%.100s\"", err.message, fails);
			return 0;
		}
		return 1;
	}
	if (rc != CRD_OK) {
		if (err.source[0] && err.line)
			snprintf(why, wn, "scoring failed: %.200s (%.100s:%d)", err.message, err.source, err.line);
		else
			snprintf(why, wn, "scoring failed: %.300s", err.message);
		lua_settop(L, c);
		return 0;
	}
	int ok = check_expect(L, e, c, r, why, wn);
	if (ok && lua_getfield(L, c, "score_between") == LUA_TTABLE) {
		lua_geti(L, -1, 1);
		lua_geti(L, -2, 2);
		if (!lua_isnumber(L, -2) || !lua_isnumber(L, -1)) {
			snprintf(why, wn, "score_between must be { low, high }");
			ok = 0;
		} else {
			double lo = lua_tonumber(L, -2), hi = lua_tonumber(L, -1);
			double sc = crd_result_score(r);
			if (sc < lo || sc > hi) {
				snprintf(why, wn, "score %.1f is not between %g and %g", sc, lo, hi);
				ok = 0;
			}
		}
	}
	lua_settop(L, c);
	if (ok && lua_getfield(L, c, "grade") == LUA_TSTRING) {
		if (strcmp(lua_tostring(L, -1), crd_result_grade(r)) != 0) {
			snprintf(why, wn, "grade %s, expected %s", crd_result_grade(r), lua_tostring(L, -1));
			ok = 0;
		}
	}
	lua_settop(L, c);
	static const char *const lists[] = { "fires", "silent" };
	for (int k = 0; k < 2 && ok; k++) {
		if (lua_getfield(L, c, lists[k]) == LUA_TTABLE) {
			lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
			for (lua_Integer i = 1; i <= n && ok; i++) {
				lua_rawgeti(L, -1, i);
				const char *rn = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
				if (!rn || !rule_declared(&e->prog, rn)) {
					snprintf(why, wn, "%s: '%s' is not a rule of this script", lists[k],
					         rn ? rn : "?");
					ok = 0;
				} else {
					int fired = 0;
					for (size_t j = 0; j < crd_result_rule_count(r) && !fired; j++) {
						crd_rule_hit hit;
						crd_result_rule(r, j, &hit);
						fired = strcmp(hit.name, rn) == 0;
					}
					if (fired != (k == 0)) {
						snprintf(why, wn, "rule %s %s", rn, k == 0 ? "did not fire" : "fired");
						ok = 0;
					}
				}
				lua_pop(L, 1);
			}
		}
		lua_settop(L, c);
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
	lua_Integer n = (lua_Integer)lua_rawlen(L, tests);
	for (lua_Integer i = 1; i <= n; i++) {
		lua_rawgeti(L, tests, i);
		int t = lua_gettop(L);
		lua_getfield(L, t, "file");
		char file[256];
		snprintf(file, sizeof file, "%s", lua_tostring(L, -1) ? lua_tostring(L, -1) : "?");
		lua_getfield(L, t, "line");
		int line = (int)lua_tointeger(L, -1);
		lua_getfield(L, t, "index");
		lua_Integer idx = lua_tointeger(L, -1);
		lua_getfield(L, t, "case");
		char label[160];
		if (lua_getfield(L, -1, "name") == LUA_TSTRING)
			snprintf(label, sizeof label, "test '%s'", lua_tostring(L, -1));
		else if (idx)
			snprintf(label, sizeof label, "test case %lld", (long long)idx);
		else
			snprintf(label, sizeof label, "test");
		lua_pop(L, 1);
		char why[400];
		int ok = check_case(s, c->scorer, why, sizeof why);
		lua_settop(L, tests);
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
