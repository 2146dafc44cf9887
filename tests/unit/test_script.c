/* test_script.c -- the Lua layer through the public API: budgets, stale handles, lexicons, group caps, check. */
#define _XOPEN_SOURCE 700
#include <math.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "testutil.h"

/* A scratch folder for scripts and inputs, removed at the end. */
static char tmpdir[256];

static void write_file(const char *name, const char *text)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static int setup_dir(void **state)
{
	(void)state;
	snprintf(tmpdir, sizeof tmpdir, "/tmp/credence-test-script-XXXXXX");
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int remove_dir(void **state)
{
	(void)state;
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

/* An engine from script text; dir (may be NULL) is where include() and
 * lexicon{file=} look. */
static crd_engine *engine_from(const char *src, const char *dir, uint64_t instr, size_t mem,
                               crd_error *err)
{
	crd_options o = CRD_OPTIONS_INIT;
	o.script_source = src;
	o.script_name = "t.lua";
	o.script_dir = dir;
	o.max_instructions = instr;
	o.max_script_memory = mem;
	crd_engine *e = NULL;
	crd_engine_new(&e, &o, err);
	return e;
}

static crd_engine *must_engine(const char *src, const char *dir)
{
	crd_error err;
	crd_engine *e = engine_from(src, dir, 0, 0, &err);
	if (!e)
		fail_msg("engine: %s (%s:%d)", err.message, err.source, err.line);
	return e;
}

static int score(crd_scorer *s, const char *text, crd_result **r, crd_error *err)
{
	crd_input in = CRD_INPUT_INIT;
	in.text = text;
	in.len = strlen(text);
	in.id = text;
	*r = NULL;
	return crd_scorer_score(r, s, &in, 0, err);
}

/* ---- budgets ------------------------------------------------------------------ */

static const char trap_script[] =
	"bias = 0\n"
	"rule{ name = 'TRAP', weight = 1, fn = function(doc)\n"
	"  if doc.text:find('LOOP', 1, true) then while true do end end\n"
	"  if doc.text:find('BOMB', 1, true) then local t = {} for i = 1, math.huge do t[i] = {} end end\n"
	"  return 1\n"
	"end }\n";

static void test_budget_per_document(void **state)
{
	(void)state;
	crd_error err;
	crd_engine *e = engine_from(trap_script, NULL, 2000000, 8u << 20, &err);
	assert_non_null(e);
	crd_scorer *s;
	assert_int_equal(crd_scorer_new(&s, e, &err), CRD_OK);
	crd_result *r;
	assert_int_equal(score(s, "calm", &r, &err), CRD_OK);
	crd_result_free(r);
	assert_int_equal(score(s, "LOOP", &r, &err), CRD_ERR_BUDGET);
	assert_null(r);
	assert_string_equal(err.source, "t.lua");
	assert_int_equal(err.line, 3);
	assert_non_null(strstr(err.message, "instruction budget of 2000000 exceeded"));
	assert_int_equal(score(s, "BOMB", &r, &err), CRD_ERR_MEMORY);
	assert_non_null(strstr(err.message, "memory cap of 8388608 bytes"));
	assert_int_equal(err.line, 4);
	assert_int_equal(score(s, "calm again", &r, &err), CRD_OK);
	assert_true(fabs(crd_result_logit(r) - 1.0) < 1e-9);
	crd_result_free(r);
	crd_scorer_free(s);
	crd_engine_free(e);
}

static void test_budget_at_load(void **state)
{
	(void)state;
	crd_error err;
	crd_engine *e = engine_from("while true do end", NULL, 100000, 0, &err);
	assert_null(e);
	assert_int_equal(err.code, CRD_ERR_BUDGET);
	assert_int_equal(err.line, 1);
	e = engine_from("local t = {} for i = 1, math.huge do t[i] = i end", NULL, 0, 4u << 20, &err);
	assert_null(e);
	assert_int_equal(err.code, CRD_ERR_MEMORY);
}

/* The acceptance test: four documents through the command, two of them trip
 * the loop or the memory cap; two reports, two errors, a failing exit. */
static void test_cli_four_documents(void **state)
{
	(void)state;
	char exe[512], bin[600];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		skip();
	exe[n] = '\0';
	*strrchr(exe, '/') = '\0';
	snprintf(bin, sizeof bin, "%s/../credence", exe);
	if (access(bin, X_OK) != 0)
		skip();
	write_file("trap.lua", trap_script);
	write_file("a.txt", "A calm report.\n");
	write_file("b.txt", "This one says LOOP.\n");
	write_file("c.txt", "This one says BOMB.\n");
	write_file("d.txt", "Another calm report.\n");
	char cmd[2048];
	snprintf(cmd, sizeof cmd,
	         "'%s' score --script '%s/trap.lua' '%s/a.txt' '%s/b.txt' '%s/c.txt' '%s/d.txt' 2>/dev/null",
	         bin, tmpdir, tmpdir, tmpdir, tmpdir, tmpdir);
	time_t t0 = time(NULL);
	FILE *p = popen(cmd, "r");
	assert_non_null(p);
	static char out[4][65536];
	int lines = 0;
	while (lines < 4 && fgets(out[lines], sizeof out[lines], p))
		lines++;
	char extra[16];
	assert_null(fgets(extra, sizeof extra, p));
	int st = pclose(p);
	assert_true(time(NULL) - t0 < 30);
	assert_int_equal(lines, 4);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 4);
	assert_non_null(strstr(out[0], "\"score\":"));
	assert_non_null(strstr(out[0], "a.txt"));
	assert_non_null(strstr(out[1], "\"error\":{\"code\":\"instruction_budget\""));
	assert_non_null(strstr(out[1], "\"script\":"));
	assert_non_null(strstr(out[1], "\"line\":3"));
	assert_non_null(strstr(out[2], "\"error\":{\"code\":\"memory_cap\""));
	assert_non_null(strstr(out[2], "c.txt"));
	assert_non_null(strstr(out[3], "\"score\":"));
	assert_non_null(strstr(out[3], "d.txt"));

	/* credence check fails a script whose own test fails, naming the case's line. */
	write_file("failing.lua", "bias = 0\n"
	                          "rule{ name = 'ONE', weight = 1, fn = function() return 1 end }\n"
	                          "tests{\n"
	                          "  { text = 'a', score_between = { 70, 80 } },\n"
	                          "  { text = 'b',\n"
	                          "    score_between = { 0, 10 } },\n"
	                          "}\n");
	snprintf(cmd, sizeof cmd, "'%s' check '%s/failing.lua' 2>/dev/null", bin, tmpdir);
	p = popen(cmd, "r");
	assert_non_null(p);
	char buf[4096];
	size_t got = fread(buf, 1, sizeof buf - 1, p);
	buf[got] = '\0';
	st = pclose(p);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 1);
	assert_non_null(strstr(buf, "failing.lua:5: test case 2 failed: score 73.1 is not between 0 and 10"));
	assert_non_null(strstr(buf, "tests: 2 run, 1 failed"));
}

/* ---- the document handle ----------------------------------------------------------- */

static void test_stale_doc(void **state)
{
	(void)state;
	crd_engine *e = must_engine("bias = 0\n"
	                            "local kept\n"
	                            "rule{ name = 'KEEP', weight = 1, fn = function(doc)\n"
	                            "  if kept then return kept:count('hedge') end\n"
	                            "  kept = doc\n"
	                            "  return doc:count('hedge')\n"
	                            "end }\n"
	                            "rule{ name = 'SHOW', weight = 0, fn = function(doc)\n"
	                            "  if kept and kept ~= doc then return #tostring(kept) end\n"
	                            "  return 0\n"
	                            "end }\n",
	                            NULL);
	crd_scorer *s;
	crd_error err;
	assert_int_equal(crd_scorer_new(&s, e, &err), CRD_OK);
	crd_result *r;
	assert_int_equal(score(s, "first document", &r, &err), CRD_OK);
	crd_result_free(r);
	/* A later document's rule uses the handle of the first: a clear error. */
	assert_int_equal(score(s, "second document", &r, &err), CRD_ERR_SCRIPT);
	assert_non_null(strstr(err.message, "no longer valid"));
	assert_int_equal(err.line, 4);
	/* tostring() on a stale handle says so; it does not crash. */
	assert_int_equal(score(s, "third document", &r, &err), CRD_ERR_SCRIPT);
	crd_scorer_free(s);
	crd_engine_free(e);

	e = must_engine("bias = 0\n"
	                "local kept\n"
	                "rule{ name = 'SHOW', weight = 0.001, fn = function(doc)\n"
	                "  if kept then return #tostring(kept) end\n"
	                "  kept = doc\n"
	                "  return 0\n"
	                "end }\n",
	                NULL);
	assert_int_equal(crd_scorer_new(&s, e, &err), CRD_OK);
	assert_int_equal(score(s, "first", &r, &err), CRD_OK);
	crd_result_free(r);
	assert_int_equal(score(s, "second", &r, &err), CRD_OK);
	crd_rule_hit h;
	assert_int_equal(crd_result_rule(r, 0, &h), CRD_OK);
	assert_int_equal((int)h.hits, (int)strlen("credence.doc (no longer valid)"));
	crd_result_free(r);
	crd_scorer_free(s);
	crd_engine_free(e);
}

/* ---- lexicons, features, evidence ------------------------------------------------ */

static void test_lexicon_case_insensitive(void **state)
{
	(void)state;
	crd_engine *e = must_engine(
		"lexicon{ name = 'trains', feature = 'train_name', terms = { 'zanzibar express', 'The Night Mail' } }\n"
		"rule{ name = 'TRAIN', feature = 'train_name', weight = 1 }\n",
		NULL);
	crd_scorer *s;
	crd_error err;
	assert_int_equal(crd_scorer_new(&s, e, &err), CRD_OK);
	crd_result *r;
	const char *text = "The Zanzibar Express met THE NIGHT MAIL; zanzibar EXPRESS again.";
	assert_int_equal(score(s, text, &r, &err), CRD_OK);
	assert_int_equal(crd_result_count(r, "train_name", NULL), 3);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "train_name", "Zanzibar Express", &ev));
	assert_int_equal(ev.start, 4);
	assert_true(tu_find(r, "train_name", "THE NIGHT MAIL", NULL));
	assert_true(tu_find(r, "train_name", "zanzibar EXPRESS", NULL));
	crd_result_free(r);
	crd_scorer_free(s);

	/* The lexicon is listed with its origin. */
	int found = 0;
	for (size_t i = 0; i < crd_engine_lexicon_count(e); i++) {
		crd_lexicon_info li;
		crd_engine_lexicon(e, i, &li);
		if (strcmp(li.name, "trains") == 0) {
			found = 1;
			assert_string_equal(li.feature, "train_name");
			assert_int_equal(li.terms, 2);
		}
	}
	assert_true(found);
	crd_engine_free(e);
}

static void test_files_relative_to_script(void **state)
{
	(void)state;
	write_file("terms.txt", "# terms\nred kite | kind=bird\nGolden Eagle\n");
	write_file("helper.lua", "rule{ name = 'BIRD', feature = 'bird', weight = 1 }\n");
	crd_engine *e = must_engine("lexicon{ name = 'birds', feature = 'bird', file = 'terms.txt' }\n"
	                            "include('helper.lua')\n",
	                            tmpdir);
	assert_int_equal(crd_engine_rule_count(e), 1);
	crd_scorer *s;
	crd_error err;
	assert_int_equal(crd_scorer_new(&s, e, &err), CRD_OK);
	crd_result *r;
	assert_int_equal(score(s, "A RED KITE and a golden eagle.", &r, &err), CRD_OK);
	assert_int_equal(crd_result_count(r, "bird", NULL), 2);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "bird", "RED KITE", &ev));
	const crd_attr *a = tu_attr(&ev, "kind");
	assert_non_null(a);
	assert_string_equal(a->string, "bird");
	crd_result_free(r);
	crd_scorer_free(s);
	crd_engine_free(e);

	/* Nothing outside the folder. */
	static const char *const bad[] = {
		"include('../x.lua')", "include('/etc/passwd')", "include('missing.lua')",
		"lexicon{ name = 'x', file = '/etc/passwd' }", "lexicon{ name = 'x', file = 'out/../../x' }",
		"include('outside')",
	};
	char link[512];
	snprintf(link, sizeof link, "%s/outside", tmpdir);
	if (symlink("/etc/hostname", link) != 0)
		fail_msg("symlink");
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char src[256];
		snprintf(src, sizeof src, "%s\nrule{ name = 'R', feature = 'hedge', weight = 1 }\n", bad[i]);
		crd_engine *x = engine_from(src, tmpdir, 0, 0, &err);
		if (x)
			fail_msg("'%s' was allowed", bad[i]);
		assert_int_equal(err.code, CRD_ERR_SCRIPT);
		assert_int_equal(err.line, 1);
	}
	/* A script given as text has no folder. */
	crd_engine *x = engine_from("include('helper.lua')", NULL, 0, 0, &err);
	assert_null(x);
	assert_non_null(strstr(err.message, "not loaded from a file"));
}

static void test_declared_feature(void **state)
{
	(void)state;
	crd_engine *e = must_engine(
		"feature{ name = 'long_sentence', why = 'a sentence over 12 words' }\n"
		"rule{ name = 'FIND_LONG', weight = 0, fn = function(doc)\n"
		"  for _, s in ipairs(doc:sentences()) do\n"
		"    local _, words = s.text:gsub('%S+', '')\n"
		"    if words > 12 then doc:add{ feature = 'long_sentence', span = s, message = words .. ' words' } end\n"
		"  end\n"
		"end }\n"
		"rule{ name = 'LONG', feature = 'long_sentence', weight = -0.5 }\n",
		NULL);
	crd_scorer *s;
	crd_error err;
	assert_int_equal(crd_scorer_new(&s, e, &err), CRD_OK);
	crd_result *r;
	const char *text = "Short one. This sentence goes on and on for far more than twelve words, "
	                   "which is long. Short again.";
	assert_int_equal(score(s, text, &r, &err), CRD_OK);
	assert_int_equal(crd_result_count(r, "long_sentence", NULL), 1);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "long_sentence", NULL, &ev));
	assert_non_null(ev.message);
	assert_string_equal(ev.message, "15 words");
	assert_string_equal(tu_attr(&ev, "rule")->string, "FIND_LONG");
	crd_rule_hit h;
	assert_int_equal(crd_result_rule_count(r), 1);
	crd_result_rule(r, 0, &h);
	assert_string_equal(h.name, "LONG");
	assert_int_equal(h.evidence_count, 1);
	crd_result_free(r);
	crd_scorer_free(s);
	crd_engine_free(e);

	/* An undeclared feature, and a declared one that exists already. */
	e = engine_from("rule{ name = 'X', feature = 'long_sentence', weight = 1 }", NULL, 0, 0, &err);
	assert_null(e);
	assert_non_null(strstr(err.message, "declare it with feature{"));
	e = engine_from("feature{ name = 'hedge' }\nrule{ name = 'X', feature = 'hedge', weight = 1 }", NULL, 0,
	                0, &err);
	assert_null(e);
	assert_int_equal(err.line, 1);
}

/* ---- groups ------------------------------------------------------------------------ */

static void test_group_cap_is_additive(void **state)
{
	(void)state;
	crd_engine *e = must_engine("bias = 0.5\n"
	                            "group{ name = 'g', cap = 1 }\n"
	                            "group{ name = 'h', bias = 0 }\n"
	                            "rule{ name = 'A', group = 'g', weight = 0.8, fn = function() return 1 end }\n"
	                            "rule{ name = 'B', group = 'g', weight = 0.7, fn = function() return 1 end }\n"
	                            "rule{ name = 'C', group = 'h', weight = -0.3, fn = function() return 2 end }\n",
	                            NULL);
	crd_scorer *s;
	crd_error err;
	assert_int_equal(crd_scorer_new(&s, e, &err), CRD_OK);
	crd_result *r;
	assert_int_equal(score(s, "anything", &r, &err), CRD_OK);
	double sum = 0;
	int adj = 0;
	for (size_t i = 0; i < crd_result_rule_count(r); i++) {
		crd_rule_hit h;
		crd_result_rule(r, i, &h);
		sum += h.contribution;
		if (strcmp(h.name, "group_cap:g") == 0) {
			adj = 1;
			assert_true(fabs(h.contribution - (1.0 - 1.5)) < 1e-9);
			assert_int_equal(h.line, 2);
		}
	}
	assert_true(adj);
	assert_true(fabs(crd_result_bias(r) + sum - crd_result_logit(r)) < 1e-9);
	assert_true(fabs(crd_result_logit(r) - (0.5 + 1.0 - 0.6)) < 1e-9);
	const char *g;
	double sc;
	crd_result_subscore(r, 0, &g, &sc);
	assert_string_equal(g, "g");
	assert_true(fabs(sc - 100.0 / (1.0 + exp(-(0.5 + 1.0)))) < 0.01);
	crd_result_subscore(r, 1, &g, &sc);
	assert_true(fabs(sc - 100.0 / (1.0 + exp(0.6))) < 0.01);
	crd_result_free(r);
	crd_scorer_free(s);
	crd_engine_free(e);
}

/* ---- declarations ------------------------------------------------------------------ */

static void test_declaration_errors(void **state)
{
	(void)state;
	static const struct {
		const char *src;
		const char *msg;
		int line;
	} cases[] = {
		{ "rule{ name = 'A', feature = 'hedge' }", "'weight' is required", 1 },
		{ "\nrule{ name = 'A', feature = 'hedge', weight = 1, colour = 1 }", "unknown field 'colour'", 2 },
		{ "rule{ name = 'A', fn = function() end, feature = 'hedge', weight = 1 }", "exactly one of", 1 },
		{ "rule{ name = 'A', fn = function() end, zone = 'any', weight = 1 }", "'zone' applies to feature rules", 1 },
		{ "rule{ name = 'A', feature = 'hedg', weight = 1 }", "did you mean 'hedge'", 1 },
		{ "rule{ name = 'A', feature = 'hedge', weight = 1 }\nrule{ name = 'A', feature = 'hedge', weight = 1 }",
		  "already declared at t.lua:1", 2 },
		{ "group{ name = 'g' }\ngroup{ name = 'g' }\nrule{ name = 'A', feature = 'hedge', weight = 1 }",
		  "already declared", 2 },
		{ "lexicon{ name = 'x', feature = 'Bad Name', terms = { 'a' } }", "a-z, 0-9", 1 },
		{ "lexicon{ name = 'x', terms = {} }", "'terms' is empty", 1 },
		{ "bias = 'high'\nrule{ name = 'A', feature = 'hedge', weight = 1 }", "'bias' must be a number", 0 },
		{ "x = = 1", "unexpected symbol", 1 },
		{ "bias = 1", "declares no rule", 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		crd_error err;
		crd_engine *e = engine_from(cases[i].src, NULL, 0, 0, &err);
		if (e)
			fail_msg("case %zu compiled", i);
		if (!strstr(err.message, cases[i].msg))
			fail_msg("case %zu: '%s' does not say '%s'", i, err.message, cases[i].msg);
		if (cases[i].line && err.line != cases[i].line)
			fail_msg("case %zu: line %d, expected %d (%s)", i, err.line, cases[i].line, err.message);
	}
}

static void check_cb(void *ud, int passed, const char *file, int line, const char *message)
{
	int *lines = ud;
	(void)file;
	(void)message;
	if (!passed && lines[0] < 8)
		lines[++lines[0]] = line;
}

static void test_check_lines(void **state)
{
	(void)state;
	crd_engine *e = must_engine("bias = 0\n"                                          /* 1 */
	                            "rule{ name = 'ONE', weight = 1, fn = function() return 1 end }\n"
	                            "tests{\n"                                            /* 3 */
	                            "  { text = 'a', score_between = { 0, 10 } },\n"      /* 4 */
	                            "  -- a comment with { and \"\n"                      /* 5 */
	                            "  { text = [[b\n"                                    /* 6 */
	                            "]], grade = 'B' },\n"                                /* 7 */
	                            "  { text = 'c',\n"                                   /* 8 */
	                            "    expect = { hedge = { 2 } } },\n"                 /* 9 */
	                            "}\n"                                                 /* 10 */
	                            "test{ text = 'd', fires = { 'ONE' } }\n"             /* 11 */
	                            "test{ text = 'e', silent = { 'ONE' } }\n",           /* 12 */
	                            NULL);
	int lines[9] = { 0 };
	size_t run, failed;
	crd_error err;
	assert_int_equal(crd_engine_check(e, &run, &failed, check_cb, lines, &err), CRD_ERR_TEST);
	assert_int_equal(run, 5);
	assert_int_equal(failed, 3);
	assert_int_equal(lines[0], 3);
	assert_int_equal(lines[1], 4);
	assert_int_equal(lines[2], 8);
	assert_int_equal(lines[3], 12);
	assert_int_equal(err.line, 4);
	assert_string_equal(err.source, "t.lua");
	crd_engine_free(e);
}

static void test_default_script_checks(void **state)
{
	(void)state;
	crd_engine *e;
	crd_error err;
	assert_int_equal(crd_engine_new(&e, NULL, &err), CRD_OK);
	size_t run, failed;
	int rc = crd_engine_check(e, &run, &failed, NULL, NULL, &err);
	if (rc != CRD_OK)
		fail_msg("%s:%d: %s", err.source, err.line, err.message);
	assert_true(run >= 1);
	crd_engine_free(e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_budget_per_document),
		cmocka_unit_test(test_budget_at_load),
		cmocka_unit_test(test_cli_four_documents),
		cmocka_unit_test(test_stale_doc),
		cmocka_unit_test(test_lexicon_case_insensitive),
		cmocka_unit_test(test_files_relative_to_script),
		cmocka_unit_test(test_declared_feature),
		cmocka_unit_test(test_group_cap_is_additive),
		cmocka_unit_test(test_declaration_errors),
		cmocka_unit_test(test_check_lines),
		cmocka_unit_test(test_default_script_checks),
	};
	return cmocka_run_group_tests(tests, setup_dir, remove_dir);
}
