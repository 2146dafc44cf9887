/* test_api.c -- tests of the public API (include/credence.h): engines, scorers, results, JSON, threads. */
#define _POSIX_C_SOURCE 200809L
#include "check_result.h"

#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

static const char article[] =
	"Officials said on Tuesday that at least 400 soldiers had arrived in the city.\n\n"
	"\"We are ready,\" said Colonel Jane Smith, a spokeswoman for the army. A military "
	"source, who spoke on condition of anonymity, said more troops may follow.\n\n"
	"The claims could not be independently verified. It is believed the terrorist group "
	"retreated, according to residents.\n";

static crd_input input_of(const char *text, const char *id)
{
	crd_input in = CRD_INPUT_INIT;
	in.text = text;
	in.len = strlen(text);
	in.id = id;
	return in;
}

static crd_engine *engine_src(const char *src, crd_error *err, int *rc)
{
	crd_options o = CRD_OPTIONS_INIT;
	o.script_source = src;
	o.script_name = "inline.lua";
	crd_engine *e = NULL;
	*rc = crd_engine_new(&e, &o, err);
	if (*rc == CRD_OK)
		assert_non_null(e);
	else
		assert_null(e);
	return e;
}

/* A scratch folder under the build's temporary directory. */
static char tmpdir[256];

static int setup(void **state)
{
	(void)state;
	snprintf(tmpdir, sizeof tmpdir, "/tmp/credence-test-api-%ld", (long)getpid());
	mkdir(tmpdir, 0700);
	return 0;
}

static void write_file(const char *name, const char *text)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static int teardown(void **state)
{
	(void)state;
	static const char *const files[] = { "main.lua", "inc.lua", "words.txt", "lex/a.txt", "lex/b.txt",
		                             "badlex/x.txt", "lex", "badlex" };
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		char path[512];
		snprintf(path, sizeof path, "%s/%s", tmpdir, files[i]);
		if (remove(path) != 0)
			rmdir(path);
	}
	rmdir(tmpdir);
	tu_teardown();
	return 0;
}

/* ---- errors and arguments ---------------------------------------------------- */

static void test_strerror_and_version(void **state)
{
	(void)state;
	static const int codes[] = { CRD_OK,        CRD_ERR_INVALID, CRD_ERR_NOMEM,  CRD_ERR_IO,
		                      CRD_ERR_INPUT, CRD_ERR_SCRIPT,  CRD_ERR_BUDGET, CRD_ERR_MEMORY,
		                      CRD_ERR_LEXICON, CRD_ERR_TEST };
	for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
		const char *s = crd_strerror(codes[i]);
		assert_non_null(s);
		assert_string_not_equal(s, "unknown error");
		for (size_t k = 0; k < i; k++)
			assert_string_not_equal(s, crd_strerror(codes[k]));
	}
	assert_string_equal(crd_strerror(-1000), "unknown error");
	assert_string_equal(crd_strerror(42), "unknown error");
	char v[32];
	snprintf(v, sizeof v, "%d.%d.%d", CRD_VERSION_MAJOR, CRD_VERSION_MINOR, CRD_VERSION_PATCH);
	assert_string_equal(v, CRD_VERSION);
	assert_string_equal(CRD_SCHEMA, "credence/1");

	crd_options a = CRD_OPTIONS_INIT, b;
	memset(&b, 0x5A, sizeof b);
	crd_options_init(&b);
	assert_int_equal(a.version, CRD_OPTIONS_VERSION);
	assert_int_equal(b.version, CRD_OPTIONS_VERSION);
	assert_null(b.script_path);
	assert_null(b.script_source);
	assert_int_equal(b.script_source_len, 0);
	assert_null(b.script_name);
	assert_null(b.script_dir);
	assert_null(b.lexicon_dir);
	assert_int_equal(b.max_document_bytes, 0);
	assert_int_equal(b.max_instructions, 0);
	assert_int_equal(b.max_script_memory, 0);
}

static void test_engine_errors(void **state)
{
	(void)state;
	crd_error err;
	assert_int_equal(crd_engine_new(NULL, NULL, &err), CRD_ERR_INVALID);
	assert_int_equal(err.code, CRD_ERR_INVALID);
	assert_int_equal(crd_engine_new(NULL, NULL, NULL), CRD_ERR_INVALID);

	crd_options o = CRD_OPTIONS_INIT;
	o.version = 99;
	crd_engine *e = (crd_engine *)&o; /* must be reset to NULL */
	assert_int_equal(crd_engine_new(&e, &o, &err), CRD_ERR_INVALID);
	assert_null(e);
	assert_non_null(strstr(err.message, "99"));
	o.version = 0;
	assert_int_equal(crd_engine_new(&e, &o, NULL), CRD_ERR_INVALID);

	/* A missing script file: an I/O error naming it. */
	crd_options_init(&o);
	o.script_path = "/nonexistent/credence/script.lua";
	assert_int_equal(crd_engine_new(&e, &o, &err), CRD_ERR_IO);
	assert_null(e);
	assert_string_equal(err.source, o.script_path);
	assert_int_equal(err.code, CRD_ERR_IO);

	/* Frees accept NULL. */
	crd_engine_free(NULL);
	crd_scorer_free(NULL);
	crd_result_free(NULL);
	crd_free(NULL);

	crd_scorer *s = (crd_scorer *)&o;
	assert_int_equal(crd_scorer_new(&s, NULL, &err), CRD_ERR_INVALID);
	assert_null(s);
	assert_int_equal(crd_scorer_new(NULL, NULL, NULL), CRD_ERR_INVALID);

	/* Introspection of a NULL engine answers, without crashing. */
	assert_string_equal(crd_engine_script_name(NULL), "");
	assert_int_equal(crd_engine_rule_count(NULL), 0);
	assert_int_equal(crd_engine_lexicon_count(NULL), 0);
	assert_int_equal(crd_engine_feature_count(NULL), 0);
	assert_null(crd_engine_feature_name(NULL, 0));
	assert_int_equal(crd_engine_feature_find(NULL, "hedge"), -1);
	crd_rule_info ri;
	assert_int_equal(crd_engine_rule(NULL, 0, &ri), CRD_ERR_INVALID);
	crd_lexicon_info li;
	assert_int_equal(crd_engine_lexicon(NULL, 0, &li), CRD_ERR_INVALID);
	assert_int_equal(crd_engine_check(NULL, NULL, NULL, NULL, NULL, &err), CRD_ERR_INVALID);
}

static void test_score_errors(void **state)
{
	(void)state;
	crd_scorer *sc = tu_scorer();
	crd_error err;
	crd_input in = input_of("Text.", "x");
	crd_result *r = (crd_result *)&in;
	assert_int_equal(crd_scorer_score(NULL, sc, &in, 0, &err), CRD_ERR_INVALID);
	assert_int_equal(crd_scorer_score(&r, NULL, &in, 0, &err), CRD_ERR_INVALID);
	assert_null(r);
	r = (crd_result *)&in;
	assert_int_equal(crd_scorer_score(&r, sc, NULL, 0, &err), CRD_ERR_INVALID);
	assert_null(r);
	/* A version from the future, or 0, is refused (1 and 2 are read: see test_html_input). */
	in.version = CRD_INPUT_VERSION + 1;
	assert_int_equal(crd_scorer_score(&r, sc, &in, 0, &err), CRD_ERR_INVALID);
	assert_non_null(strstr(err.message, "version"));
	in.version = 0;
	assert_int_equal(crd_scorer_score(&r, sc, &in, 0, &err), CRD_ERR_INVALID);
	assert_non_null(strstr(err.message, "version"));
	in = input_of("Text.", "x");
	in.text = NULL;
	assert_int_equal(crd_scorer_score(&r, sc, &in, 0, NULL), CRD_ERR_INVALID);
	/* NULL text of length 0 is the empty document. */
	in.len = 0;
	assert_int_equal(crd_scorer_score(&r, sc, &in, 0, &err), CRD_OK);
	cr_check(r, "", 0);
	assert_int_equal(err.code, CRD_OK);
	crd_result_free(r);

	/* Results: NULL answers everywhere. */
	assert_null(crd_result_id(NULL));
	assert_null(crd_result_title(NULL));
	assert_null(crd_result_date(NULL));
	assert_int_equal(crd_result_scored(NULL), 0);
	assert_near(crd_result_score(NULL), 0, 0);
	assert_string_equal(crd_result_grade(NULL), "");
	assert_int_equal(crd_result_subscore_count(NULL), 0);
	assert_int_equal(crd_result_rule_count(NULL), 0);
	assert_int_equal(crd_result_feature_count(NULL), 0);
	assert_int_equal(crd_result_count(NULL, "hedge", NULL), 0);
	assert_int_equal(crd_result_evidence_count(NULL), 0);
	assert_int_equal(crd_result_zone_count(NULL), 0);
	assert_int_equal(crd_result_warning_count(NULL), 0);
	crd_stats st;
	memset(&st, 0xFF, sizeof st);
	crd_result_stats(NULL, &st);
	assert_int_equal(st.bytes, 0);
	crd_result_stats(NULL, NULL);
	crd_evidence ev;
	assert_int_equal(crd_result_evidence(NULL, 0, &ev), CRD_ERR_INVALID);
	crd_rule_hit h;
	assert_int_equal(crd_result_rule(NULL, 0, &h), CRD_ERR_INVALID);
	crd_warning w;
	assert_int_equal(crd_result_warning(NULL, 0, &w), CRD_ERR_INVALID);
	assert_int_equal(crd_result_zone(NULL, 0, NULL, NULL, NULL), CRD_ERR_INVALID);
	assert_int_equal(crd_result_subscore(NULL, 0, NULL, NULL), CRD_ERR_INVALID);
	assert_int_equal(crd_result_feature(NULL, 0, NULL, NULL), CRD_ERR_INVALID);
	char *js = (char *)&w;
	assert_int_equal(crd_result_json(&js, NULL, NULL, 0, &err), CRD_ERR_INVALID);
	assert_int_equal(crd_result_json(NULL, NULL, NULL, 0, NULL), CRD_ERR_INVALID);
}

/* ---- the default engine ---------------------------------------------------------- */

static void test_default_engine(void **state)
{
	(void)state;
	crd_engine *e;
	crd_error err;
	assert_int_equal(crd_engine_new(&e, NULL, &err), CRD_OK);
	assert_int_equal(err.code, CRD_OK);
	assert_string_equal(crd_engine_script_name(e), "builtin:default.lua");
	size_t nr = crd_engine_rule_count(e);
	assert_true(nr >= 10);
	for (size_t i = 0; i < nr; i++) {
		crd_rule_info ri;
		assert_int_equal(crd_engine_rule(e, i, &ri), CRD_OK);
		assert_non_null(ri.name);
		assert_non_null(ri.group);
		assert_non_null(ri.why);
		assert_non_null(ri.file);
		assert_true(ri.line > 0);
		assert_true(isfinite(ri.weight));
		assert_true(ri.cap >= 0);
		if (ri.feature)
			assert_true(ri.feature[0] != '\0');
	}
	crd_rule_info ri;
	assert_int_equal(crd_engine_rule(e, nr, &ri), CRD_ERR_INVALID);
	assert_int_equal(crd_engine_rule(e, 0, NULL), CRD_ERR_INVALID);

	size_t nl = crd_engine_lexicon_count(e);
	assert_true(nl >= 6);
	int have_hedge = 0;
	for (size_t i = 0; i < nl; i++) {
		crd_lexicon_info li;
		assert_int_equal(crd_engine_lexicon(e, i, &li), CRD_OK);
		assert_non_null(li.name);
		assert_non_null(li.origin);
		assert_int_equal(strncmp(li.origin, "builtin:", 8), 0);
		if (strcmp(li.name, "hedge") == 0) {
			have_hedge = 1;
			assert_string_equal(li.feature, "hedge");
			assert_true(li.terms > 10);
		}
	}
	assert_true(have_hedge);
	crd_lexicon_info li;
	assert_int_equal(crd_engine_lexicon(e, nl, &li), CRD_ERR_INVALID);

	size_t nf = crd_engine_feature_count(e);
	static const char *const builtin[] = { "hedge",           "anonymous_source",
		                               "named_source",    "direct_quote",
		                               "disclaimer",      "hedged_number",
		                               "vague_quantity",  "name_variant",
		                               "attribution_cue", "nested_attribution_cue" };
	for (size_t k = 0; k < sizeof builtin / sizeof builtin[0]; k++) {
		int f = crd_engine_feature_find(e, builtin[k]);
		if (f < 0)
			fail_msg("feature %s is missing", builtin[k]);
		assert_true((size_t)f < nf);
		assert_string_equal(crd_engine_feature_name(e, (size_t)f), builtin[k]);
	}
	assert_int_equal(crd_engine_feature_find(e, "no_such_feature"), -1);
	assert_int_equal(crd_engine_feature_find(e, NULL), -1);
	assert_null(crd_engine_feature_name(e, nf));

	/* The default script's own tests pass. */
	size_t run = 0, failed = 99;
	assert_int_equal(crd_engine_check(e, &run, &failed, NULL, NULL, &err), CRD_OK);
	assert_true(run >= 1);
	assert_int_equal(failed, 0);
	crd_engine_free(e);
}

/* ---- scripts as source ------------------------------------------------------------ */

static void test_script_source(void **state)
{
	(void)state;
	crd_error err;
	int rc;
	crd_engine *e = engine_src("bias = 1.5\n"
	                           "group{ name = 'g', bias = 0.25 }\n"
	                           "rule{ name = 'H', feature = 'hedge', weight = -0.5, cap = 2, group = 'g' }\n"
	                           "rule{ name = 'F', fn = function(doc) return 3 end, weight = 0.1 }\n",
	                           &err, &rc);
	assert_int_equal(rc, CRD_OK);
	assert_string_equal(crd_engine_script_name(e), "inline.lua");
	assert_int_equal(crd_engine_rule_count(e), 2);
	crd_rule_info ri;
	crd_engine_rule(e, 0, &ri);
	assert_string_equal(ri.name, "H");
	assert_string_equal(ri.feature, "hedge");
	assert_string_equal(ri.file, "inline.lua");
	assert_int_equal(ri.line, 3);
	assert_near(ri.cap, 2, 0);
	crd_engine_rule(e, 1, &ri);
	assert_null(ri.feature);
	assert_true(isinf(ri.cap));
	assert_string_equal(ri.group, "general");

	crd_scorer *sc;
	assert_int_equal(crd_scorer_new(&sc, e, &err), CRD_OK);
	crd_input in = input_of("It may rain. It might snow. It could hail. Possibly.", "w");
	crd_result *r;
	assert_int_equal(crd_scorer_score(&r, sc, &in, 0, &err), CRD_OK);
	cr_check(r, in.text, in.len);
	assert_near(crd_result_bias(r), 1.5, 0);
	/* H counts 4 hedges capped at 2: -1.0; F adds 0.3. */
	assert_int_equal(crd_result_rule_count(r), 2);
	crd_rule_hit h;
	crd_result_rule(r, 0, &h);
	assert_string_equal(h.name, "H");
	assert_true(h.hits >= 3);
	assert_near(h.contribution, -1.0, 1e-12);
	assert_int_equal(h.evidence_count, (size_t)h.hits);
	crd_result_rule(r, 1, &h);
	assert_string_equal(h.name, "F");
	assert_near(h.hits, 3, 0);
	assert_int_equal(h.evidence_count, 0);
	assert_near(crd_result_logit(r), 1.5 - 1.0 + 0.3, 1e-12);
	/* Subscores in declaration order: g with its own bias, then general. */
	assert_int_equal(crd_result_subscore_count(r), 2);
	const char *g;
	double s;
	crd_result_subscore(r, 0, &g, &s);
	assert_string_equal(g, "g");
	assert_near(s, 100.0 / (1.0 + exp(-(0.25 - 1.0))), 0.0051);
	crd_result_subscore(r, 1, &g, &s);
	assert_string_equal(g, "general");
	assert_near(s, 100.0 / (1.0 + exp(-(1.5 + 0.3))), 0.0051);
	assert_int_equal(crd_result_subscore(r, 2, &g, &s), CRD_ERR_INVALID);
	crd_result_free(r);
	crd_scorer_free(sc);
	crd_engine_free(e);

	/* A group cap bounds the group's total and the explanation still adds up. */
	e = engine_src("bias = 0.5\n"
	               "group{ name = 'g', cap = 0.75 }\n"
	               "rule{ name = 'H', feature = 'hedge', weight = 1, group = 'g' }\n",
	               &err, &rc);
	assert_int_equal(rc, CRD_OK);
	assert_int_equal(crd_scorer_new(&sc, e, &err), CRD_OK);
	assert_int_equal(crd_scorer_score(&r, sc, &in, 0, &err), CRD_OK);
	cr_check(r, in.text, in.len);
	assert_near(crd_result_logit(r), 0.5 + 0.75, 1e-12);
	crd_result_free(r);
	crd_scorer_free(sc);
	crd_engine_free(e);

	/* script_source_len: the source need not be NUL-terminated. */
	static const char buf[] = "rule{ name = 'A', feature = 'hedge', weight = 1 }GARBAGE";
	crd_options o = CRD_OPTIONS_INIT;
	o.script_source = buf;
	o.script_source_len = sizeof buf - 1 - strlen("GARBAGE");
	assert_int_equal(crd_engine_new(&e, &o, &err), CRD_OK);
	assert_string_equal(crd_engine_script_name(e), "script");
	crd_engine_free(e);
}

static void expect_script_error(const char *src, int code, int line, const char *msg_part)
{
	crd_error err;
	int rc;
	crd_engine *e = engine_src(src, &err, &rc);
	crd_engine_free(e);
	if (rc != code)
		fail_msg("expected %d, got %d (%s) for:\n%s", code, rc, err.message, src);
	assert_int_equal(err.code, code);
	assert_string_equal(err.source, "inline.lua");
	if (err.line != line)
		fail_msg("error \"%s\" is at line %d, expected %d", err.message, err.line, line);
	if (msg_part && !strstr(err.message, msg_part))
		fail_msg("error \"%s\" does not mention \"%s\"", err.message, msg_part);
}

static void test_script_errors(void **state)
{
	(void)state;
	expect_script_error("-- a comment\nrule{ name = 'A', feature = 'hedge', weight = 1 \n", CRD_ERR_SCRIPT, 3,
	                    NULL);
	expect_script_error("\n\nrule{ name = 'A', feature = 'hedgee', weight = 1 }\n", CRD_ERR_SCRIPT, 3,
	                    "did you mean 'hedge'");
	expect_script_error("rule{ name = 'A', feature = 'hedge' }\n", CRD_ERR_SCRIPT, 1, "weight");
	expect_script_error("rule{ name = 'A', feature = 'hedge', weight = 1 }\n"
	                    "rule{ name = 'A', feature = 'hedge', weight = 2 }\n",
	                    CRD_ERR_SCRIPT, 2, "already declared");
	expect_script_error("-- nothing\n", CRD_ERR_SCRIPT, 0, "no rule");
	expect_script_error("rule{ name = 'A', feature = 'hedge', weight = 1 }\n\nerror('boom')\n", CRD_ERR_SCRIPT,
	                    3, "boom");
	/* The sandbox: no os, io, require, dofile, string.dump or binary chunks. */
	expect_script_error("rule{ name = 'A', feature = 'hedge', weight = 1 }\nos.execute('true')\n",
	                    CRD_ERR_SCRIPT, 2, "os");
	expect_script_error("rule{ name = 'A', feature = 'hedge', weight = 1 }\nio.open('/etc/passwd')\n",
	                    CRD_ERR_SCRIPT, 2, "io");
	expect_script_error("rule{ name = 'A', feature = 'hedge', weight = 1 }\nrequire('os')\n", CRD_ERR_SCRIPT, 2,
	                    "require");
	expect_script_error("rule{ name = 'A', feature = 'hedge', weight = 1 }\ndofile('/etc/passwd')\n",
	                    CRD_ERR_SCRIPT, 2, "dofile");
	expect_script_error("rule{ name = 'A', feature = 'hedge', weight = 1 }\nlocal f = string.dump(print)\n",
	                    CRD_ERR_SCRIPT, 2, NULL);
	expect_script_error("rule{ name = 'A', feature = 'hedge', weight = 1 }\n"
	                    "local f = assert(load('\\27Lua'))\n",
	                    CRD_ERR_SCRIPT, 2, NULL);
	/* include() needs a folder. */
	expect_script_error("rule{ name = 'A', feature = 'hedge', weight = 1 }\ninclude('x.lua')\n",
	                    CRD_ERR_SCRIPT, 2, "include");
	/* Runaway and greedy scripts are stopped while loading. */
	expect_script_error("rule{ name = 'A', feature = 'hedge', weight = 1 }\nwhile true do end\n",
	                    CRD_ERR_BUDGET, 2, "budget");
	{
		crd_options o = CRD_OPTIONS_INIT;
		o.script_source = "rule{ name = 'A', feature = 'hedge', weight = 1 }\n"
		                  "local t = {} for i = 1, 1e9 do t[i] = string.rep('x', 100) .. i end\n";
		o.script_name = "inline.lua";
		o.max_script_memory = 4u << 20;
		crd_engine *e;
		crd_error err;
		assert_int_equal(crd_engine_new(&e, &o, &err), CRD_ERR_MEMORY);
		assert_null(e);
	}
}

/* A script from a file includes another and reads a lexicon file beside it. */
static void test_script_path(void **state)
{
	(void)state;
	write_file("main.lua", "include('inc.lua')\n"
	                       "lexicon{ name = 'mywords', feature = 'my_words', file = 'words.txt' }\n"
	                       "rule{ name = 'MINE', feature = 'my_words', weight = -1 }\n");
	write_file("inc.lua", "bias = 2\nrule{ name = 'INC', feature = 'hedge', weight = 0.5 }\n");
	write_file("words.txt", "# my words\nzorblax\nflux capacitor\n");
	char path[512];
	snprintf(path, sizeof path, "%s/main.lua", tmpdir);
	crd_options o = CRD_OPTIONS_INIT;
	o.script_path = path;
	crd_engine *e;
	crd_error err;
	if (crd_engine_new(&e, &o, &err) != CRD_OK)
		fail_msg("%s (%s:%d)", err.message, err.source, err.line);
	assert_int_equal(crd_engine_rule_count(e), 2);
	crd_rule_info ri;
	crd_engine_rule(e, 0, &ri);
	assert_string_equal(ri.name, "INC");
	assert_non_null(strstr(ri.file, "inc.lua"));
	assert_int_equal(ri.line, 2);
	crd_scorer *sc;
	assert_int_equal(crd_scorer_new(&sc, e, &err), CRD_OK);
	/* The files are read once, when the engine is built. */
	char p2[512];
	snprintf(p2, sizeof p2, "%s/inc.lua", tmpdir);
	remove(p2);
	crd_input in = input_of("The zorblax met a Flux Capacitor. A zorblax again.", "z");
	crd_result *r;
	assert_int_equal(crd_scorer_score(&r, sc, &in, 0, &err), CRD_OK);
	cr_check(r, in.text, in.len);
	assert_int_equal(crd_result_count(r, "my_words", NULL), 3);
	assert_int_equal(crd_result_count(r, "my_words", "body"), 3);
	assert_int_equal(crd_result_count(r, "my_words", "advert"), 0);
	assert_int_equal(crd_result_count(r, "my_words", "no_such_zone"), 0);
	assert_int_equal(crd_result_count(r, NULL, NULL), 0);
	assert_near(crd_result_logit(r), 2 - 3, 1e-12);
	crd_evidence ev;
	assert_true(tu_find(r, "my_words", "Flux Capacitor", &ev));
	crd_result_free(r);
	crd_scorer_free(sc);
	crd_engine_free(e);
	write_file("inc.lua", "bias = 2\nrule{ name = 'INC', feature = 'hedge', weight = 0.5 }\n");

	/* include() may not leave the folder. */
	write_file("main.lua", "include('../etc/passwd')\nrule{ name = 'A', feature = 'hedge', weight = 1 }\n");
	assert_int_equal(crd_engine_new(&e, &o, &err), CRD_ERR_SCRIPT);
	assert_int_equal(err.line, 1);
	write_file("main.lua", "include('/etc/passwd')\nrule{ name = 'A', feature = 'hedge', weight = 1 }\n");
	assert_int_equal(crd_engine_new(&e, &o, &err), CRD_ERR_SCRIPT);
	/* A missing include names the file. */
	write_file("main.lua", "rule{ name = 'A', feature = 'hedge', weight = 1 }\n\ninclude('missing.lua')\n");
	assert_int_equal(crd_engine_new(&e, &o, &err), CRD_ERR_SCRIPT);
	assert_int_equal(err.line, 3);
	assert_non_null(strstr(err.message, "missing.lua"));
	/* An include cycle is stopped. */
	write_file("main.lua", "include('main.lua')\nrule{ name = 'A', feature = 'hedge', weight = 1 }\n");
	assert_int_not_equal(crd_engine_new(&e, &o, &err), CRD_OK);
	assert_null(e);
}

/* Errors raised while scoring: the document fails, the scorer goes on. */
static void test_script_runtime_errors(void **state)
{
	(void)state;
	crd_options o = CRD_OPTIONS_INIT;
	o.script_name = "rt.lua";
	o.script_source = "rule{ name = 'A', feature = 'hedge', weight = 1 }\n"
	                  "rule{ name = 'B', weight = 1, fn = function(doc)\n"
	                  "  if doc.id == 'boom' then error('kaboom') end\n"
	                  "  if doc.id == 'loop' then while true do end end\n"
	                  "  if doc.id == 'pcall' then while true do pcall(function() while true do end end) end end\n"
	                  "  if doc.id == 'greedy' then local t = {} for i = 1, 1e9 do t[i] = { i } end end\n"
	                  "  if doc.id == 'string' then return 'x' end\n"
	                  "  if doc.id == 'negative' then return -1 end\n"
	                  "  if doc.id == 'nan' then return 0/0 end\n"
	                  "  if doc.id == 'global' then undeclared = 1 end\n"
	                  "  return 1\n"
	                  "end }\n";
	o.max_instructions = 5000000;
	o.max_script_memory = 4u << 20;
	crd_engine *e;
	crd_error err;
	if (crd_engine_new(&e, &o, &err) != CRD_OK)
		fail_msg("%s (%s:%d)", err.message, err.source, err.line);
	crd_scorer *sc;
	assert_int_equal(crd_scorer_new(&sc, e, &err), CRD_OK);
	static const struct {
		const char *id;
		int code;
		int line;
	} cases[] = {
		{ "boom", CRD_ERR_SCRIPT, 3 },   { "ok", CRD_OK, 0 },         { "loop", CRD_ERR_BUDGET, 4 },
		{ "ok", CRD_OK, 0 },             { "pcall", CRD_ERR_BUDGET, 5 }, { "greedy", CRD_ERR_MEMORY, 0 },
		{ "ok", CRD_OK, 0 },             { "string", CRD_ERR_SCRIPT, 2 }, { "negative", CRD_ERR_SCRIPT, 2 },
		{ "nan", CRD_ERR_SCRIPT, 2 },    { "global", CRD_ERR_SCRIPT, 10 }, { "ok", CRD_OK, 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		crd_input in = input_of("It may be so.", cases[i].id);
		crd_result *r = NULL;
		int rc = crd_scorer_score(&r, sc, &in, 0, &err);
		if (rc != cases[i].code)
			fail_msg("case %s: %d (%s), expected %d", cases[i].id, rc, err.message, cases[i].code);
		if (rc == CRD_OK) {
			cr_check(r, in.text, in.len);
			crd_result_free(r);
			continue;
		}
		assert_null(r);
		assert_int_equal(err.code, rc);
		if (cases[i].line) {
			if (strcmp(err.source, "rt.lua") != 0 || err.line != cases[i].line)
				fail_msg("case %s: error at %s:%d, expected rt.lua:%d (%s)", cases[i].id, err.source,
				         err.line, cases[i].line, err.message);
		}
		/* Features only never runs the script, so never fails on it. */
		assert_int_equal(crd_scorer_score(&r, sc, &in, CRD_SCORE_FEATURES_ONLY, &err), CRD_OK);
		crd_result_free(r);
	}
	crd_scorer_free(sc);
	crd_engine_free(e);
}

static void test_script_self_tests(void **state)
{
	(void)state;
	crd_error err;
	int rc;
	crd_engine *e = engine_src("rule{ name = 'H', feature = 'hedge', weight = -1 }\n"
	                           "tests{\n"
	                           "  { text = 'It may rain.', expect = { hedge = 1 } },\n"
	                           "  { text = 'It rains.', fires = { 'H' } },\n"
	                           "}\n",
	                           &err, &rc);
	assert_int_equal(rc, CRD_OK);
	size_t run, failed;
	assert_int_equal(crd_engine_check(e, &run, &failed, NULL, NULL, &err), CRD_ERR_TEST);
	assert_int_equal(run, 2);
	assert_int_equal(failed, 1);
	assert_string_equal(err.source, "inline.lua");
	/* The line of the failing case, or at least of the tests{} holding it. */
	assert_in_range(err.line, 2, 4);
	crd_engine_free(e);
}

/* ---- lexicon_dir --------------------------------------------------------------------- */

static void test_lexicon_dir(void **state)
{
	(void)state;
	char dir[512];
	snprintf(dir, sizeof dir, "%s/lex", tmpdir);
	mkdir(dir, 0700);
	write_file("lex/a.txt", "# feature: hedge\nperchance\n");
	write_file("lex/b.txt", "# feature: gadget\n# source: a test\nwidget | size=small\n");
	crd_options o = CRD_OPTIONS_INIT;
	o.lexicon_dir = dir;
	o.script_source = "rule{ name = 'G', feature = 'gadget', weight = 1 }\n";
	crd_engine *e;
	crd_error err;
	if (crd_engine_new(&e, &o, &err) != CRD_OK)
		fail_msg("%s (%s:%d)", err.message, err.source, err.line);
	assert_int_equal(crd_engine_lexicon_count(e), 2);
	crd_lexicon_info li;
	crd_engine_lexicon(e, 0, &li);
	assert_string_equal(li.name, "a");
	assert_non_null(strstr(li.origin, "a.txt"));
	crd_scorer *sc;
	assert_int_equal(crd_scorer_new(&sc, e, &err), CRD_OK);
	crd_input in = input_of("Perchance a widget. It may not.", "l");
	crd_result *r;
	assert_int_equal(crd_scorer_score(&r, sc, &in, 0, &err), CRD_OK);
	cr_check(r, in.text, in.len);
	crd_evidence ev;
	memset(&ev, 0, sizeof ev);
	assert_true(tu_find(r, "gadget", "widget", &ev));
	const crd_attr *a = tu_attr(&ev, "size");
	assert_non_null(a);
	assert_int_equal(a->type, CRD_ATTR_STRING);
	assert_string_equal(a->string, "small");
	/* The built-in lexicons are replaced: "may" is no hedge here. */
	assert_false(tu_find(r, "hedge", "may", NULL));
	crd_result_free(r);
	crd_scorer_free(sc);
	crd_engine_free(e);

	/* A broken lexicon file is reported with its path and line. */
	snprintf(dir, sizeof dir, "%s/badlex", tmpdir);
	mkdir(dir, 0700);
	write_file("badlex/x.txt", "# feature: hedge\nfine\nbad | attr\n");
	o.lexicon_dir = dir;
	assert_int_equal(crd_engine_new(&e, &o, &err), CRD_ERR_LEXICON);
	assert_non_null(strstr(err.source, "x.txt"));
	assert_int_equal(err.line, 3);
	o.lexicon_dir = "/nonexistent/credence/lexicons";
	assert_int_equal(crd_engine_new(&e, &o, &err), CRD_ERR_IO);
	assert_string_equal(err.source, o.lexicon_dir);
}

/* ---- results ----------------------------------------------------------------------- */

static void test_result_and_json(void **state)
{
	(void)state;
	crd_scorer *sc = tu_scorer();
	crd_input in = input_of(article, "art-1");
	in.title = "Troops \"arrive\"";
	in.url = "https://example.org/a?b=1&c=\xC3\xA9";
	in.source = "Example News";
	in.date = "2024-05-01";
	crd_result *r;
	crd_error err;
	assert_int_equal(crd_scorer_score(&r, sc, &in, 0, &err), CRD_OK);
	cr_check(r, article, strlen(article));
	cr_check_json(r, article, strlen(article), CRD_JSON_PRETTY);
	assert_string_equal(crd_result_id(r), "art-1");
	assert_string_equal(crd_result_title(r), "Troops \"arrive\"");
	assert_string_equal(crd_result_url(r), "https://example.org/a?b=1&c=\xC3\xA9");
	assert_string_equal(crd_result_source(r), "Example News");
	assert_string_equal(crd_result_date(r), "2024-05-01");
	assert_true(crd_result_scored(r));
	assert_true(crd_result_evidence_count(r) > 0);
	crd_stats st;
	crd_result_stats(r, &st);
	assert_int_equal(st.paragraphs, 3);
	assert_int_equal(st.lines, 5);
	assert_true(st.sentences >= 5);

	/* Pretty and compact render the same document. */
	char *a, *b;
	size_t al, bl;
	assert_int_equal(crd_result_json(&a, &al, r, 0, &err), CRD_OK);
	assert_int_equal(crd_result_json(&b, &bl, r, CRD_JSON_PRETTY, &err), CRD_OK);
	assert_null(strchr(a, '\n'));
	assert_non_null(strchr(b, '\n'));
	json_t *ja = json_loads(a, 0, NULL), *jb = json_loads(b, 0, NULL);
	assert_true(json_equal(ja, jb));
	assert_string_equal(json_string_value(json_object_get(ja, "title")), in.title);
	assert_string_equal(json_string_value(json_object_get(ja, "url")), in.url);
	assert_string_equal(json_string_value(json_object_get(ja, "source")), in.source);
	assert_string_equal(json_string_value(json_object_get(ja, "date")), in.date);
	/* The explanation adds up in the JSON too. */
	double sum = json_number_value(json_object_get(ja, "bias"));
	size_t i;
	json_t *rule;
	json_array_foreach(json_object_get(ja, "rules"), i, rule)
	        sum += json_number_value(json_object_get(rule, "contribution"));
	assert_near(sum, json_number_value(json_object_get(ja, "logit")), 1e-9);
	json_decref(ja);
	json_decref(jb);
	crd_free(a);
	crd_free(b);
	/* len may be NULL. */
	assert_int_equal(crd_result_json(&a, NULL, r, 0, NULL), CRD_OK);
	crd_free(a);

	/* Features only: the same evidence, no score. */
	crd_result *f;
	assert_int_equal(crd_scorer_score(&f, sc, &in, CRD_SCORE_FEATURES_ONLY, &err), CRD_OK);
	cr_check(f, article, strlen(article));
	assert_false(crd_result_scored(f));
	assert_near(crd_result_score(f), 0, 0);
	assert_string_equal(crd_result_grade(f), "");
	assert_int_equal(crd_result_rule_count(f), 0);
	assert_int_equal(crd_result_subscore_count(f), 0);
	assert_int_equal(crd_result_evidence_count(f), crd_result_evidence_count(r));
	for (size_t k = 0; k < crd_result_evidence_count(f); k++) {
		crd_evidence x, y;
		crd_result_evidence(f, k, &x);
		crd_result_evidence(r, k, &y);
		assert_string_equal(x.feature, y.feature);
		assert_int_equal(x.start, y.start);
		assert_int_equal(x.end, y.end);
	}
	crd_result_free(f);
	crd_result_free(r);

	/* No metadata: id is null in JSON, the other fields are absent. */
	in = input_of("Plain text.", NULL);
	assert_int_equal(crd_scorer_score(&r, sc, &in, 0, &err), CRD_OK);
	assert_null(crd_result_id(r));
	assert_int_equal(crd_result_json(&a, &al, r, 0, &err), CRD_OK);
	ja = json_loads(a, 0, NULL);
	assert_true(json_is_null(json_object_get(ja, "id")));
	assert_null(json_object_get(ja, "title"));
	json_decref(ja);
	crd_free(a);
	cr_check(r, in.text, in.len);
	crd_result_free(r);
}

/* Metadata is the caller's bytes: invalid UTF-8 in it still gives valid JSON. */
static void test_metadata_bytes(void **state)
{
	(void)state;
	crd_input in = input_of("It may rain.", "id-\xFF-\xC3");
	in.title = "title \xED\xA0\x80 \"quoted\" \\ back\x01slash";
	in.url = "\x80";
	in.source = "";
	in.date = "2024-01-01\n";
	crd_result *r;
	crd_error err;
	assert_int_equal(crd_scorer_score(&r, tu_scorer(), &in, 0, &err), CRD_OK);
	cr_check(r, in.text, in.len);
	char *js;
	assert_int_equal(crd_result_json(&js, NULL, r, 0, &err), CRD_OK);
	json_t *j = json_loads(js, 0, NULL);
	assert_non_null(j);
	assert_string_equal(json_string_value(json_object_get(j, "id")), "id-\xEF\xBF\xBD-\xEF\xBF\xBD");
	assert_string_equal(json_string_value(json_object_get(j, "source")), "");
	assert_string_equal(json_string_value(json_object_get(j, "date")), "2024-01-01\n");
	json_decref(j);
	crd_free(js);
	/* The id is returned as given. */
	assert_string_equal(crd_result_id(r), "id-\xFF-\xC3");
	crd_result_free(r);
}

/* Evidence order is a contract: by start, then by feature in the engine's
 * order (crd_engine_feature_name), whatever order the detectors added them. */
static void test_evidence_order(void **state)
{
	(void)state;
	crd_error err;
	int rc;
	/* Two lexicons matching the same words: the one declared first is known
	 * to the engine first, although its name sorts last. */
	crd_engine *e = engine_src("lexicon{ name = 'zz', feature = 'zz_feature', terms = { 'same words' } }\n"
	                           "lexicon{ name = 'aa', feature = 'aa_feature', terms = { 'same words' } }\n"
	                           "rule{ name = 'A', feature = 'aa_feature', weight = 1 }\n"
	                           "rule{ name = 'Z', feature = 'zz_feature', weight = 1 }\n",
	                           &err, &rc);
	if (rc != CRD_OK)
		fail_msg("%s", err.message);
	int zi = crd_engine_feature_find(e, "zz_feature"), ai = crd_engine_feature_find(e, "aa_feature");
	assert_true(zi >= 0);
	assert_true(zi < ai);
	crd_scorer *sc;
	assert_int_equal(crd_scorer_new(&sc, e, &err), CRD_OK);
	crd_input in = input_of("Here, the same words.", "o");
	crd_result *r;
	assert_int_equal(crd_scorer_score(&r, sc, &in, 0, &err), CRD_OK);
	cr_check(r, in.text, in.len);
	crd_evidence x, y;
	assert_int_equal(crd_result_evidence_count(r), 2);
	crd_result_evidence(r, 0, &x);
	crd_result_evidence(r, 1, &y);
	assert_int_equal(x.start, y.start);
	assert_string_equal(x.feature, "zz_feature");
	assert_string_equal(y.feature, "aa_feature");
	/* Rules point at the right items after the sort. */
	crd_rule_hit h;
	crd_result_rule(r, 0, &h);
	assert_string_equal(h.name, "A");
	assert_int_equal(h.evidence_count, 1);
	assert_int_equal(h.evidence[0], 1);
	crd_result_rule(r, 1, &h);
	assert_int_equal(h.evidence[0], 0);
	crd_result_free(r);
	crd_scorer_free(sc);
	crd_engine_free(e);
}

/* A result copies what it needs: it outlives its scorer and engine. */
static void test_result_outlives(void **state)
{
	(void)state;
	crd_engine *e;
	crd_scorer *sc;
	crd_error err;
	assert_int_equal(crd_engine_new(&e, NULL, &err), CRD_OK);
	assert_int_equal(crd_scorer_new(&sc, e, &err), CRD_OK);
	char *text = strdup(article);
	char *id = strdup("transient-id");
	crd_input in = input_of(text, id);
	crd_result *r1, *r2;
	assert_int_equal(crd_scorer_score(&r1, sc, &in, 0, &err), CRD_OK);
	char *before;
	assert_int_equal(crd_result_json(&before, NULL, r1, 0, &err), CRD_OK);
	/* A second document through the same scorer must not touch the first result. */
	crd_input in2 = input_of("Another text entirely, which may differ.", "second");
	assert_int_equal(crd_scorer_score(&r2, sc, &in2, 0, &err), CRD_OK);
	crd_scorer_free(sc);
	crd_engine_free(e);
	memset(text, 'X', strlen(text));
	memset(id, 'Y', strlen(id));
	free(text);
	free(id);
	cr_check(r1, article, strlen(article));
	char *after;
	assert_int_equal(crd_result_json(&after, NULL, r1, 0, &err), CRD_OK);
	assert_string_equal(before, after);
	assert_string_equal(crd_result_id(r1), "transient-id");
	cr_check(r2, in2.text, in2.len);
	crd_free(before);
	crd_free(after);
	crd_result_free(r1);
	crd_result_free(r2);
}

/* ---- web pages ------------------------------------------------------------------------ */

static const char page[] =
	"<!DOCTYPE html>\n"
	"<html><head><title>Troops &amp; tanks</title>\n"
	"<script>var s = \"it may possibly rain\";</script><style>p { color: red }</style></head>\n"
	"<body><nav>Home | World</nav>\n"
	"<p>Officials said that <b>at least</b> 40 soldiers had arrived &mdash; it&rsquo;s reported.</p>\n"
	"<p>A military source said more troops may follow.</p>\n"
	"</body></html>\n";

/* What a reader sees of it. */
static const char page_text[] =
	"Officials said that at least 40 soldiers had arrived \xE2\x80\x94 it\xE2\x80\x99s reported.\n\n"
	"A military source said more troops may follow.";

/* Where word first occurs in s[from, to), or -1. */
static long find_in(const char *s, size_t from, size_t to, const char *word)
{
	size_t n = strlen(word);
	for (size_t i = from; i + n <= to; i++)
		if (memcmp(s + i, word, n) == 0)
			return (long)i;
	return -1;
}

static crd_result *score_page(const char *html, size_t len, const char *title, crd_error *err)
{
	crd_input in = CRD_INPUT_INIT;
	in.text = html;
	in.len = len;
	in.id = "page";
	in.title = title;
	in.format = CRD_FORMAT_HTML;
	crd_result *r = NULL;
	if (crd_scorer_score(&r, tu_scorer(), &in, 0, err) != CRD_OK)
		fail_msg("score: %s", err->message);
	return r;
}

/* A page's result: the invariants hold over its text, every evidence item's
 * text is that text's bytes, and its page bytes hold each of its words. */
static void check_page(const crd_result *r, const char *html, size_t n)
{
	assert_int_equal(crd_result_format(r), CRD_FORMAT_HTML);
	size_t tl = 0;
	const char *t = crd_result_text(r, &tl);
	assert_non_null(t);
	cr_check(r, t, tl);
	size_t prev = 0;
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_evidence ev;
		assert_int_equal(crd_result_evidence(r, i, &ev), CRD_OK);
		assert_int_equal(strlen(ev.text), ev.end - ev.start);
		assert_memory_equal(ev.text, t + ev.start, ev.end - ev.start);
		if (!(ev.input_start < ev.input_end && ev.input_end <= n))
			fail_msg("evidence %zu \"%s\": page bytes [%zu,%zu) outside [0,%zu) or empty", i, ev.text,
			         ev.input_start, ev.input_end, n);
		/* Sorted by start in the text, so by start in the page too. */
		assert_true(ev.input_start >= prev);
		prev = ev.input_start;
		/* Each ASCII word of the evidence is among its page bytes. */
		const char *w = ev.text;
		while (*w) {
			size_t k = 0;
			while (w[k] && ((w[k] >= 'a' && w[k] <= 'z') || (w[k] >= 'A' && w[k] <= 'Z') ||
			                (w[k] >= '0' && w[k] <= '9')))
				k++;
			if (k) {
				char word[64];
				snprintf(word, sizeof word, "%.*s", (int)(k < 63 ? k : 63), w);
				if (find_in(html, ev.input_start, ev.input_end, word) < 0)
					fail_msg("evidence \"%s\" (%s): page bytes [%zu,%zu) \"%.*s\" lack \"%s\"", ev.text,
					         ev.feature, ev.input_start, ev.input_end,
					         (int)(ev.input_end - ev.input_start), html + ev.input_start, word);
				w += k;
			} else {
				w++;
			}
		}
	}
}

/* Checks that the result's text is exactly want (the text need not end in a NUL). */
static void expect_text(const crd_result *r, const char *want)
{
	size_t tl = 0;
	const char *t = crd_result_text(r, &tl);
	assert_non_null(t);
	if (tl != strlen(want) || memcmp(t, want, tl) != 0)
		fail_msg("text \"%.*s\", expected \"%s\"", (int)tl, t, want);
}

/* The JSON of a result, parsed. */
static json_t *json_of(const crd_result *r)
{
	char *js;
	crd_error err;
	assert_int_equal(crd_result_json(&js, NULL, r, 0, &err), CRD_OK);
	json_t *j = json_loads(js, 0, NULL);
	assert_non_null(j);
	crd_free(js);
	return j;
}

/* A bad byte in a page: the warning's offset indexes the text read, and its
 * message names the page's byte, where a person looks. */
static void test_html_warning(void **state)
{
	(void)state;
	static const char bad[] = "<html><body><p>Caf\xE9 owner said.</p></body></html>";
	crd_error err;
	crd_result *r = score_page(bad, sizeof bad - 1, NULL, &err);
	assert_int_equal(crd_result_warning_count(r), 1);
	crd_warning w;
	assert_int_equal(crd_result_warning(r, 0, &w), CRD_OK);
	assert_string_equal(w.code, "invalid_utf8");
	assert_int_equal(w.offset, 3);
	assert_int_equal((unsigned char)bad[18], 0xE9);
	assert_non_null(strstr(w.message, "at offset 3 (byte 18 of the page)"));
	crd_result_free(r);
}

static void test_html_input(void **state)
{
	(void)state;
	crd_error err;
	size_t plen = sizeof page - 1;
	crd_result *r = score_page(page, plen, NULL, &err);
	check_page(r, page, plen);
	assert_string_equal(crd_result_charset(r), "utf-8");
	assert_true(crd_result_scored(r));

	/* The visible text: no head, script, style or nav; references decoded. */
	size_t tl = 0;
	const char *t = crd_result_text(r, &tl);
	expect_text(r, page_text);
	assert_int_equal(find_in(t, 0, tl, "possibly"), -1);
	assert_int_equal(find_in(t, 0, tl, "color"), -1);
	assert_int_equal(find_in(t, 0, tl, "Home"), -1);
	assert_int_equal(find_in(t, 0, tl, "&"), -1);
	crd_stats st;
	crd_result_stats(r, &st);
	assert_int_equal(st.bytes, tl);
	assert_int_equal(st.paragraphs, 2);

	/* A hedged number split by a tag: one item, its page bytes span the tag. */
	crd_evidence ev;
	if (!tu_find(r, "hedged_number", "at least 40", &ev)) {
		tu_dump(r);
		fail_msg("no hedged_number \"at least 40\"");
	}
	assert_int_equal(ev.start, (size_t)find_in(t, 0, tl, "at least 40"));
	assert_int_equal(ev.input_start, (size_t)find_in(page, 0, plen, "at least</b> 40"));
	assert_int_equal(ev.input_end - ev.input_start, strlen("at least</b> 40"));
	/* The hedge in the body, not the one in the script. */
	assert_true(tu_find(r, "hedge", "may", &ev));
	assert_int_equal(ev.input_start, (size_t)find_in(page, 0, plen, "may follow"));
	assert_int_equal(ev.input_end, ev.input_start + 3);
	assert_false(tu_find(r, "hedge", "possibly", NULL));

	/* JSON: the format, the charset, the text and the page bytes of each item. */
	json_t *j = json_of(r);
	assert_string_equal(json_string_value(json_object_get(j, "format")), "html");
	assert_string_equal(json_string_value(json_object_get(j, "charset")), "utf-8");
	assert_string_equal(json_string_value(json_object_get(j, "text")), page_text);
	/* The page's <title>, decoded, when the caller gives none. */
	assert_string_equal(json_string_value(json_object_get(j, "title")), "Troops & tanks");
	assert_string_equal(crd_result_title(r), "Troops & tanks");
	assert_null(crd_result_url(r));
	assert_null(crd_result_source(r));
	assert_null(crd_result_date(r));
	json_t *evs = json_object_get(j, "evidence");
	assert_int_equal(json_array_size(evs), crd_result_evidence_count(r));
	assert_true(json_array_size(evs) > 0);
	for (size_t i = 0; i < json_array_size(evs); i++) {
		json_t *o = json_array_get(evs, i);
		crd_result_evidence(r, i, &ev);
		assert_true(json_is_integer(json_object_get(o, "input_start")));
		assert_true(json_is_integer(json_object_get(o, "input_end")));
		assert_int_equal(json_integer_value(json_object_get(o, "input_start")), ev.input_start);
		assert_int_equal(json_integer_value(json_object_get(o, "input_end")), ev.input_end);
	}
	json_decref(j);

	/* A title given by the caller wins over the page's. */
	crd_result *g = score_page(page, plen, "Given title", &err);
	j = json_of(g);
	assert_string_equal(json_string_value(json_object_get(j, "title")), "Given title");
	assert_string_equal(crd_result_title(g), "Given title");
	json_decref(j);
	crd_result_free(g);

	/* Plain text through the same scorer: offsets are the input's, no charset,
	 * no "text", "charset" or "input_start" in the JSON. */
	crd_input in = input_of(article, "plain");
	crd_result *p;
	assert_int_equal(crd_scorer_score(&p, tu_scorer(), &in, 0, &err), CRD_OK);
	cr_check(p, article, strlen(article));
	assert_int_equal(crd_result_format(p), CRD_FORMAT_TEXT);
	assert_null(crd_result_charset(p));
	t = crd_result_text(p, &tl);
	assert_int_equal(tl, strlen(article));
	assert_memory_equal(t, article, tl);
	assert_true(crd_result_evidence_count(p) > 0);
	for (size_t i = 0; i < crd_result_evidence_count(p); i++) {
		crd_result_evidence(p, i, &ev);
		assert_int_equal(ev.input_start, ev.start);
		assert_int_equal(ev.input_end, ev.end);
	}
	j = json_of(p);
	assert_string_equal(json_string_value(json_object_get(j, "format")), "text");
	assert_null(json_object_get(j, "text"));
	assert_null(json_object_get(j, "charset"));
	evs = json_object_get(j, "evidence");
	assert_true(json_array_size(evs) > 0);
	for (size_t i = 0; i < json_array_size(evs); i++) {
		assert_null(json_object_get(json_array_get(evs, i), "input_start"));
		assert_null(json_object_get(json_array_get(evs, i), "input_end"));
	}
	json_decref(j);
	crd_result_free(p);

	/* The first page's result kept its own text through the documents after it. */
	expect_text(r, page_text);
	assert_string_equal(crd_result_charset(r), "utf-8");
	crd_result_free(r);

	/* A windows-1252 page: 0x92 is a right single quote. */
	static const char cp[] = "<html><head><meta charset=\"windows-1252\"><title>Caf\xE9</title></head>"
	                         "<body><p>It\x92s said the army may come.</p></body></html>";
	r = score_page(cp, sizeof cp - 1, NULL, &err);
	check_page(r, cp, sizeof cp - 1);
	assert_string_equal(crd_result_charset(r), "windows-1252");
	expect_text(r, "It\xE2\x80\x99s said the army may come.");
	assert_int_equal(crd_result_warning_count(r), 0);
	assert_true(tu_find(r, "hedge", "may", &ev));
	assert_int_equal(ev.input_start, (size_t)find_in(cp, 0, sizeof cp - 1, "may come"));
	j = json_of(r);
	assert_string_equal(json_string_value(json_object_get(j, "charset")), "windows-1252");
	assert_string_equal(json_string_value(json_object_get(j, "title")), "Caf\xC3\xA9");
	json_decref(j);
	crd_result_free(r);
	/* The same declaration on a page that is valid UTF-8: read as UTF-8. */
	static const char u8[] = "<html><head><meta charset=\"windows-1252\"></head>"
	                         "<body><p>It\xE2\x80\x99s said.</p></body></html>";
	r = score_page(u8, sizeof u8 - 1, NULL, &err);
	assert_string_equal(crd_result_charset(r), "utf-8");
	expect_text(r, "It\xE2\x80\x99s said.");
	crd_result_free(r);

	/* A version 1 input has no format: it is read as text, whatever the field holds. */
	static const char frag[] = "<p>It <b>may</b> rain.</p>";
	in = input_of(frag, "v1");
	in.version = 1;
	in.format = CRD_FORMAT_HTML;
	assert_int_equal(crd_scorer_score(&r, tu_scorer(), &in, 0, &err), CRD_OK);
	cr_check(r, frag, strlen(frag));
	assert_int_equal(crd_result_format(r), CRD_FORMAT_TEXT);
	assert_null(crd_result_charset(r));
	t = crd_result_text(r, &tl);
	assert_int_equal(tl, strlen(frag));
	assert_memory_equal(t, frag, tl);
	assert_true(tu_find(r, "hedge", "may", &ev));
	assert_int_equal(ev.start, (size_t)find_in(frag, 0, strlen(frag), "may"));
	crd_result_free(r);
	/* The same input as version 2 reads the page. */
	in.version = CRD_INPUT_VERSION;
	assert_int_equal(crd_scorer_score(&r, tu_scorer(), &in, 0, &err), CRD_OK);
	assert_int_equal(crd_result_format(r), CRD_FORMAT_HTML);
	expect_text(r, "It may rain.");
	crd_result_free(r);

	/* An unknown format is refused, and the scorer goes on. */
	in.format = 7;
	r = (crd_result *)&in;
	assert_int_equal(crd_scorer_score(&r, tu_scorer(), &in, 0, &err), CRD_ERR_INVALID);
	assert_null(r);
	assert_int_equal(err.code, CRD_ERR_INVALID);
	assert_non_null(strstr(err.message, "format"));
	r = score_page(page, plen, NULL, &err);
	check_page(r, page, plen);
	expect_text(r, page_text);
	crd_result_free(r);

	/* The empty page. */
	r = score_page(NULL, 0, NULL, &err);
	assert_int_equal(crd_result_format(r), CRD_FORMAT_HTML);
	t = crd_result_text(r, &tl);
	assert_int_equal(tl, 0);
	assert_int_equal(crd_result_evidence_count(r), 0);
	crd_result_free(r);

	/* Sniffing. */
	static const struct {
		const char *s;
		unsigned int want;
	} sniff[] = {
		{ "<!DOCTYPE html>\n<html><body>x</body></html>", CRD_FORMAT_HTML },
		{ "<!doctype HTML><p>x", CRD_FORMAT_HTML },
		{ "<html lang=\"en\"><p>x</p></html>", CRD_FORMAT_HTML },
		{ "<HTML>\n<BODY>x</BODY></HTML>", CRD_FORMAT_HTML },
		{ "\xEF\xBB\xBF  \n\t<!doctype html>", CRD_FORMAT_HTML },
		{ "<!-- saved page -->\n<html>", CRD_FORMAT_HTML },
		{ "It may rain.", CRD_FORMAT_TEXT },
		{ "<p>A fragment.</p>", CRD_FORMAT_TEXT },
		{ "Text that mentions <html> later.", CRD_FORMAT_TEXT },
		{ "<!-- a comment, then text -->", CRD_FORMAT_TEXT },
		{ "", CRD_FORMAT_TEXT },
	};
	for (size_t i = 0; i < sizeof sniff / sizeof sniff[0]; i++) {
		unsigned int got = crd_sniff_format(sniff[i].s, strlen(sniff[i].s));
		if (got != sniff[i].want)
			fail_msg("crd_sniff_format(\"%s\") = %u, expected %u", sniff[i].s, got, sniff[i].want);
	}
	/* Only the first len bytes count. */
	assert_int_equal(crd_sniff_format("<html>", 3), CRD_FORMAT_TEXT);
	assert_int_equal(crd_sniff_format(NULL, 0), CRD_FORMAT_TEXT);
	assert_int_equal(crd_sniff_format(NULL, 10), CRD_FORMAT_TEXT);
}

/* ---- threads ----------------------------------------------------------------------- */

#define NTHREADS 4
#define NDOCS 6
#define ROUNDS 8

static const char *const docs[NDOCS] = {
	article,
	"A senior source said the regime may have slaughtered dozens. Nobody could verify it!",
	"The council met on Tuesday.",
	"",
	"BREAKING: You won't believe what happened next!!! Share this article.",
	"Invalid \xFF bytes and a NUL \0 here.",
};

typedef struct job {
	const crd_engine *e;
	char *out[NDOCS];
	int failed;
	char why[400];
} job;

static void *score_thread(void *arg)
{
	job *j = arg;
	crd_scorer *sc;
	crd_error err;
	if (crd_scorer_new(&sc, j->e, &err) != CRD_OK) {
		j->failed = 1;
		snprintf(j->why, sizeof j->why, "scorer: %s", err.message);
		return NULL;
	}
	for (int round = 0; round < ROUNDS && !j->failed; round++)
		for (int k = 0; k < NDOCS; k++) {
			int d = (k + round) % NDOCS;
			crd_input in = input_of(docs[d], "t");
			if (d == NDOCS - 1)
				in.len = 33;
			crd_result *r;
			char *js;
			if (crd_scorer_score(&r, sc, &in, 0, &err) != CRD_OK ||
			    crd_result_json(&js, NULL, r, 0, &err) != CRD_OK) {
				j->failed = 1;
				snprintf(j->why, sizeof j->why, "doc %d: %s", d, err.message);
				return NULL;
			}
			crd_result_free(r);
			if (!j->out[d]) {
				j->out[d] = js;
			} else {
				if (strcmp(j->out[d], js) != 0) {
					j->failed = 1;
					snprintf(j->why, sizeof j->why, "doc %d: a different report on round %d", d, round);
				}
				crd_free(js);
			}
		}
	crd_scorer_free(sc);
	return NULL;
}

static void test_threads(void **state)
{
	(void)state;
	crd_engine *e;
	crd_error err;
	assert_int_equal(crd_engine_new(&e, NULL, &err), CRD_OK);
	/* The reference: one thread alone. */
	job ref = { .e = e };
	score_thread(&ref);
	assert_false(ref.failed);
	job jobs[NTHREADS];
	pthread_t th[NTHREADS];
	memset(jobs, 0, sizeof jobs);
	for (int i = 0; i < NTHREADS; i++) {
		jobs[i].e = e;
		assert_int_equal(pthread_create(&th[i], NULL, score_thread, &jobs[i]), 0);
	}
	for (int i = 0; i < NTHREADS; i++)
		pthread_join(th[i], NULL);
	for (int i = 0; i < NTHREADS; i++) {
		if (jobs[i].failed)
			fail_msg("thread %d: %s", i, jobs[i].why);
		for (int d = 0; d < NDOCS; d++) {
			/* Every thread produced exactly the single-threaded report. */
			assert_string_equal(jobs[i].out[d], ref.out[d]);
			crd_free(jobs[i].out[d]);
		}
	}
	for (int d = 0; d < NDOCS; d++)
		crd_free(ref.out[d]);
	crd_engine_free(e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_strerror_and_version),
		cmocka_unit_test(test_engine_errors),
		cmocka_unit_test(test_score_errors),
		cmocka_unit_test(test_default_engine),
		cmocka_unit_test(test_script_source),
		cmocka_unit_test(test_script_errors),
		cmocka_unit_test(test_script_path),
		cmocka_unit_test(test_script_runtime_errors),
		cmocka_unit_test(test_script_self_tests),
		cmocka_unit_test(test_lexicon_dir),
		cmocka_unit_test(test_result_and_json),
		cmocka_unit_test(test_metadata_bytes),
		cmocka_unit_test(test_evidence_order),
		cmocka_unit_test(test_result_outlives),
		cmocka_unit_test(test_html_input),
		cmocka_unit_test(test_html_warning),
		cmocka_unit_test(test_threads),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
