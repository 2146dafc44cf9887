/* test_cli.c -- tests of the credence command: runs the built binary and checks exit codes and output.
 *
 * The binary's path comes from the environment (CREDENCE_CLI, set by ctest)
 * or the first argument: test_cli ./credence
 */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

static const char *cli;
static char dir[256];

typedef struct run_out {
	int status;     /* exit code, or 128 + signal */
	char *out, *err;
	size_t out_len, err_len;
} run_out;

static char *slurp_fd(int fd, size_t *len)
{
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	assert_non_null(buf);
	lseek(fd, 0, SEEK_SET);
	for (;;) {
		if (n + 1 >= cap) {
			cap *= 2;
			buf = realloc(buf, cap);
			assert_non_null(buf);
		}
		ssize_t got = read(fd, buf + n, cap - n - 1);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		n += (size_t)got;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

static void path_of(char *buf, size_t n, const char *name)
{
	snprintf(buf, n, "%s/%s", dir, name);
}

static void write_file(const char *name, const char *text, size_t len)
{
	char path[512];
	path_of(path, sizeof path, name);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	fclose(f);
}

static void put(const char *name, const char *text)
{
	write_file(name, text, strlen(text));
}

/* Runs the command with args (NULL-terminated, without argv[0]) and stdin_text
 * (NULL: empty) as its standard input; the working directory is dir. */
static run_out run_v(const char *stdin_text, const char *const *args)
{
	char in_path[512], out_path[512], err_path[512];
	path_of(in_path, sizeof in_path, ".stdin");
	path_of(out_path, sizeof out_path, ".stdout");
	path_of(err_path, sizeof err_path, ".stderr");
	write_file(".stdin", stdin_text ? stdin_text : "", stdin_text ? strlen(stdin_text) : 0);
	int fin = open(in_path, O_RDONLY);
	int fout = open(out_path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	int ferr = open(err_path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	assert_true(fin >= 0 && fout >= 0 && ferr >= 0);
	const char *argv[64];
	size_t n = 0;
	argv[n++] = cli;
	while (args[n - 1] && n < 63) {
		argv[n] = args[n - 1];
		n++;
	}
	argv[n] = NULL;
	fflush(NULL);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		dup2(fin, 0);
		dup2(fout, 1);
		dup2(ferr, 2);
		if (chdir(dir) != 0)
			_exit(126);
		alarm(120); /* a hung command fails the test instead of stalling it */
		execv(cli, (char *const *)argv);
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	run_out r;
	memset(&r, 0, sizeof r);
	r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	r.out = slurp_fd(fout, &r.out_len);
	r.err = slurp_fd(ferr, &r.err_len);
	close(fin);
	close(fout);
	close(ferr);
	if (r.status >= 126)
		fail_msg("%s did not run properly (status %d): %s", cli, r.status, r.err);
	return r;
}

#define RUN(stdin_text, ...) run_v(stdin_text, (const char *const[]){ __VA_ARGS__, NULL })

static void run_free(run_out *r)
{
	free(r->out);
	free(r->err);
}

static void expect_status(const run_out *r, int status)
{
	if (r->status != status)
		fail_msg("exit status %d, expected %d\nstdout: %.2000s\nstderr: %.2000s", r->status, status, r->out,
		         r->err);
}

/* The output as JSON lines: an array of parsed objects. */
static json_t *jsonl(const char *s)
{
	json_t *arr = json_array();
	const char *p = s;
	int line = 1;
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		if (n) {
			json_error_t je;
			json_t *o = json_loadb(p, n, 0, &je);
			if (!o)
				fail_msg("output line %d is not JSON (%s): %.*s", line, je.text, (int)(n > 300 ? 300 : n), p);
			json_array_append_new(arr, o);
		}
		if (!nl)
			break;
		p = nl + 1;
		line++;
	}
	return arr;
}

static const char *sget(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

static const char article[] =
	"Officials said on Tuesday that at least 400 soldiers had arrived. A military source said "
	"more may follow.\n\n\xE2\x80\x9CWe are ready,\xE2\x80\x9D said Colonel Jane Smith.\n";

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/credence-test-cli-%ld", (long)getpid());
	mkdir(dir, 0700);
	put("a.txt", article);
	put("b.txt", "It may rain. It might not.");
	put("c.txt", "The council met on Tuesday.");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[600];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* ---- usage -------------------------------------------------------------------- */

static void test_version_and_help(void **state)
{
	(void)state;
	run_out r = RUN(NULL, "--version");
	expect_status(&r, 0);
	assert_non_null(strstr(r.out, "credence 0.1.0"));
	assert_non_null(strstr(r.out, "credence/1"));
	run_free(&r);
	r = RUN(NULL, "--help");
	expect_status(&r, 0);
	assert_non_null(strstr(r.out, "usage: credence"));
	assert_non_null(strstr(r.out, "Exit status"));
	run_free(&r);
	static const char *const topics[] = { "score", "features", "check", "eval-spans" };
	for (size_t i = 0; i < 4; i++) {
		r = RUN(NULL, "help", topics[i]);
		expect_status(&r, 0);
		assert_non_null(strstr(r.out, "usage: credence"));
		run_free(&r);
	}
	r = RUN(NULL, "score", "--help");
	expect_status(&r, 0);
	assert_non_null(strstr(r.out, "--jobs"));
	run_free(&r);
	r = RUN(NULL, "help", "nonsense");
	expect_status(&r, 2);
	run_free(&r);
}

static void test_usage_errors(void **state)
{
	(void)state;
	static const char *const cases[][5] = {
		{ "frobnicate", NULL },
		{ "score", NULL },
		{ "features", NULL },
		{ "check", NULL },
		{ "score", "--bogus", "a.txt", NULL },
		{ "score", "--format", "xml", "a.txt", NULL },
		{ "score", "--input", "csv", "a.txt", NULL },
		{ "score", "--jobs", "0", "a.txt", NULL },
		{ "score", "--jobs", "many", "a.txt", NULL },
		{ "score", "--jobs", NULL },
		{ "score", "a.txt", "--script", NULL },
		{ "score", "--max-bytes", "-5", "a.txt", NULL },
		{ "score", "--max-bytes", "5X", "a.txt", NULL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		run_out r = run_v(NULL, cases[i]);
		if (r.status != 2)
			fail_msg("case %zu (%s %s): exit %d, expected 2: %s", i, cases[i][0], cases[i][1] ? cases[i][1] : "",
			         r.status, r.err);
		assert_true(r.err_len > 0);
		assert_int_equal(r.out_len, 0);
		run_free(&r);
	}
	/* No arguments at all: the usage on stderr. */
	run_out r = run_v(NULL, (const char *const[]){ NULL });
	expect_status(&r, 2);
	assert_non_null(strstr(r.err, "usage"));
	run_free(&r);
}

/* ---- scoring --------------------------------------------------------------------- */

static void test_score_one(void **state)
{
	(void)state;
	run_out r = RUN(NULL, "score", "a.txt");
	expect_status(&r, 0);
	json_t *lines = jsonl(r.out);
	assert_int_equal(json_array_size(lines), 1);
	json_t *o = json_array_get(lines, 0);
	assert_string_equal(sget(o, "schema"), "credence/1");
	assert_string_equal(sget(o, "id"), "a.txt");
	assert_true(json_is_number(json_object_get(o, "score")));
	assert_non_null(sget(o, "grade"));
	/* Evidence texts are the file's bytes. */
	size_t i;
	json_t *ev;
	json_array_foreach(json_object_get(o, "evidence"), i, ev)
	{
		size_t s = (size_t)json_integer_value(json_object_get(ev, "start"));
		size_t e = (size_t)json_integer_value(json_object_get(ev, "end"));
		assert_true(e <= sizeof article - 1);
		assert_int_equal(strlen(sget(ev, "text")), e - s);
		assert_memory_equal(sget(ev, "text"), article + s, e - s);
	}
	json_decref(lines);
	run_free(&r);

	/* --pretty indents a single report; it is the same document. */
	r = RUN(NULL, "score", "--pretty", "a.txt");
	expect_status(&r, 0);
	assert_non_null(strstr(r.out, "\n  \"schema\""));
	json_t *p = json_loads(r.out, 0, NULL);
	assert_non_null(p);
	run_out c = RUN(NULL, "score", "a.txt");
	json_t *q = json_loads(c.out, 0, NULL);
	assert_true(json_equal(p, q));
	json_decref(p);
	json_decref(q);
	run_free(&c);
	run_free(&r);

	/* features: the evidence without a score. */
	r = RUN(NULL, "features", "a.txt");
	expect_status(&r, 0);
	lines = jsonl(r.out);
	o = json_array_get(lines, 0);
	assert_null(json_object_get(o, "score"));
	assert_true(json_array_size(json_object_get(o, "evidence")) > 0);
	json_decref(lines);
	run_free(&r);
}

/* A text that ends on a cue taking its source after it ("according to",
 * "citing", "quoting") leaves nothing to read after the cue; each is a
 * fresh process, whose new memory the sanitizer builds fill with junk, so
 * a read past the last token shows there. */
static void test_cue_closing_the_text(void **state)
{
	(void)state;
	static const char *const texts[] = { "according to", "Ames said, citing", "The mayor spoke, quoting",
		                             "According to" };
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		put("end.txt", texts[i]);
		run_out r = RUN(NULL, "features", "end.txt");
		expect_status(&r, 0);
		assert_non_null(strstr(r.out, "\"attribution_cue\""));
		run_free(&r);
	}
}

static void test_stdin(void **state)
{
	(void)state;
	run_out r = RUN(article, "score", "-");
	expect_status(&r, 0);
	json_t *lines = jsonl(r.out);
	assert_int_equal(json_array_size(lines), 1);
	assert_string_equal(sget(json_array_get(lines, 0), "id"), "-");
	json_decref(lines);
	run_free(&r);

	/* JSONL on stdin. */
	r = RUN("{\"id\": \"s1\", \"text\": \"It may rain.\"}\n{\"id\": \"s2\", \"text\": \"Sunny.\"}\n", "score",
	        "--input", "jsonl", "-");
	expect_status(&r, 0);
	lines = jsonl(r.out);
	assert_int_equal(json_array_size(lines), 2);
	assert_string_equal(sget(json_array_get(lines, 0), "id"), "s1");
	assert_string_equal(sget(json_array_get(lines, 1), "id"), "s2");
	json_decref(lines);
	run_free(&r);

	/* Empty stdin is an empty article, not an error. */
	r = RUN("", "score", "-");
	expect_status(&r, 0);
	run_free(&r);
}

static void test_several_files(void **state)
{
	(void)state;
	run_out r = RUN(NULL, "score", "c.txt", "a.txt", "b.txt");
	expect_status(&r, 0);
	json_t *lines = jsonl(r.out);
	assert_int_equal(json_array_size(lines), 3);
	assert_string_equal(sget(json_array_get(lines, 0), "id"), "c.txt");
	assert_string_equal(sget(json_array_get(lines, 1), "id"), "a.txt");
	assert_string_equal(sget(json_array_get(lines, 2), "id"), "b.txt");
	/* One line per report: no pretty printing in JSONL even when asked. */
	json_decref(lines);
	run_free(&r);
	r = RUN(NULL, "score", "--pretty", "c.txt", "a.txt");
	expect_status(&r, 0);
	lines = jsonl(r.out);
	assert_int_equal(json_array_size(lines), 2);
	json_decref(lines);
	run_free(&r);
}

static void test_missing_file(void **state)
{
	(void)state;
	run_out r = RUN(NULL, "score", "nope.txt");
	expect_status(&r, 3);
	assert_non_null(strstr(r.err, "nope.txt"));
	json_t *lines = jsonl(r.out);
	assert_int_equal(json_array_size(lines), 1);
	json_t *e = json_object_get(json_array_get(lines, 0), "error");
	assert_non_null(e);
	assert_string_equal(sget(e, "code"), "io_error");
	json_decref(lines);
	run_free(&r);

	/* Among good files: its error line in its place, the others scored. */
	r = RUN(NULL, "score", "a.txt", "nope.txt", "b.txt");
	expect_status(&r, 3);
	lines = jsonl(r.out);
	assert_int_equal(json_array_size(lines), 3);
	assert_string_equal(sget(json_array_get(lines, 1), "id"), "nope.txt");
	assert_non_null(json_object_get(json_array_get(lines, 1), "error"));
	assert_non_null(json_object_get(json_array_get(lines, 0), "score"));
	assert_non_null(json_object_get(json_array_get(lines, 2), "score"));
	json_decref(lines);
	run_free(&r);

	/* A folder is not a readable article either. */
	r = RUN(NULL, "score", ".");
	expect_status(&r, 3);
	run_free(&r);
}

static void test_max_bytes(void **state)
{
	(void)state;
	run_out r = RUN(NULL, "score", "--max-bytes", "50", "a.txt", "b.txt");
	expect_status(&r, 3);
	json_t *lines = jsonl(r.out);
	assert_int_equal(json_array_size(lines), 2);
	assert_string_equal(sget(json_object_get(json_array_get(lines, 0), "error"), "code"), "input_error");
	assert_non_null(json_object_get(json_array_get(lines, 1), "score"));
	json_decref(lines);
	run_free(&r);
}

static void test_jsonl(void **state)
{
	(void)state;
	put("in.jsonl", "{\"id\": \"first\", \"text\": \"It may rain.\", \"title\": \"Rain\"}\n"
	                "{\"id\": \"broken\", \"text\": \n"
	                "\n"
	                "[1, 2, 3]\n"
	                "{\"id\": 7, \"text\": \"A source said so.\", \"url\": \"https://example.org/\"}\n"
	                "{\"title\": \"no text\"}\n"
	                "{\"text\": \"No id here.\"}\n");
	run_out r = RUN(NULL, "score", "in.jsonl");
	expect_status(&r, 3);
	json_t *lines = jsonl(r.out);
	/* Six records (the blank line is skipped), each with its output line. */
	assert_int_equal(json_array_size(lines), 6);
	assert_string_equal(sget(json_array_get(lines, 0), "id"), "first");
	assert_string_equal(sget(json_array_get(lines, 0), "title"), "Rain");
	assert_non_null(json_object_get(json_array_get(lines, 0), "score"));
	/* The malformed line: an error object naming its line. */
	json_t *bad = json_array_get(lines, 1);
	assert_string_equal(sget(bad, "id"), "in.jsonl:2");
	json_t *e = json_object_get(bad, "error");
	assert_non_null(e);
	assert_string_equal(sget(e, "code"), "input_error");
	assert_int_equal(json_integer_value(json_object_get(e, "line")), 2);
	assert_non_null(json_object_get(json_array_get(lines, 2), "error")); /* not an object */
	assert_string_equal(sget(json_array_get(lines, 2), "id"), "in.jsonl:4");
	assert_string_equal(sget(json_array_get(lines, 3), "id"), "7");
	assert_non_null(json_object_get(json_array_get(lines, 3), "score"));
	assert_non_null(json_object_get(json_array_get(lines, 4), "error")); /* no text */
	assert_string_equal(sget(json_array_get(lines, 5), "id"), "in.jsonl:7");
	assert_non_null(json_object_get(json_array_get(lines, 5), "score"));
	json_decref(lines);
	run_free(&r);
}

/* --jobs N scores in parallel and prints in input order, the same reports. */
static void test_jobs_order(void **state)
{
	(void)state;
	size_t cap = 200000, n = 0;
	char *buf = malloc(cap);
	assert_non_null(buf);
	for (int i = 0; i < 60; i++) {
		/* Records of very different sizes, so that they finish out of order. */
		n += (size_t)snprintf(buf + n, cap - n, "{\"id\": \"r%d\", \"text\": \"", i);
		int reps = (i % 7 == 0) ? 200 : 1 + i % 3;
		for (int k = 0; k < reps; k++)
			n += (size_t)snprintf(buf + n, cap - n, "Sentence %d may be reported by a source. ", k);
		n += (size_t)snprintf(buf + n, cap - n, "\"}\n");
	}
	write_file("many.jsonl", buf, n);
	free(buf);
	run_out one = RUN(NULL, "score", "many.jsonl");
	expect_status(&one, 0);
	run_out two = RUN(NULL, "score", "--jobs", "2", "many.jsonl");
	expect_status(&two, 0);
	run_out four = RUN(NULL, "score", "-j", "4", "many.jsonl", "a.txt");
	expect_status(&four, 0);
	json_t *lines = jsonl(two.out);
	assert_int_equal(json_array_size(lines), 60);
	for (int i = 0; i < 60; i++) {
		char id[16];
		snprintf(id, sizeof id, "r%d", i);
		assert_string_equal(sget(json_array_get(lines, (size_t)i), "id"), id);
	}
	json_decref(lines);
	assert_string_equal(one.out, two.out);
	assert_int_equal(strncmp(four.out, one.out, one.out_len), 0);
	lines = jsonl(four.out);
	assert_int_equal(json_array_size(lines), 61);
	assert_string_equal(sget(json_array_get(lines, 60), "id"), "a.txt");
	json_decref(lines);
	run_free(&one);
	run_free(&two);
	run_free(&four);

	/* With errors among them, still in order and with the right status. */
	put("mixed.jsonl", "{\"id\": \"x1\", \"text\": \"Fine.\"}\nnot json\n{\"id\": \"x3\", \"text\": \"Fine.\"}\n");
	run_out m = RUN(NULL, "score", "--jobs", "2", "mixed.jsonl");
	expect_status(&m, 3);
	lines = jsonl(m.out);
	assert_int_equal(json_array_size(lines), 3);
	assert_string_equal(sget(json_array_get(lines, 0), "id"), "x1");
	assert_string_equal(sget(json_array_get(lines, 1), "id"), "mixed.jsonl:2");
	assert_string_equal(sget(json_array_get(lines, 2), "id"), "x3");
	json_decref(lines);
	run_free(&m);
}

static void test_format_text(void **state)
{
	(void)state;
	run_out r = RUN(NULL, "score", "--format", "text", "a.txt", "nope.txt");
	expect_status(&r, 3);
	assert_non_null(strstr(r.out, "== a.txt\nscore "));
	assert_non_null(strstr(r.out, "grade "));
	assert_non_null(strstr(r.out, "evidence:"));
	assert_non_null(strstr(r.out, "== nope.txt\nerror (io_error)"));
	/* the body's sourcing at a glance */
	assert_non_null(strstr(r.out, "\nsources: 1 named, 2 anonymous, 0 vague; "
	                              "statements with no source: 0, 0 with a figure\n"));
	run_free(&r);
	r = RUN("{\"id\": \"y\", \"text\": \"The river rose by two metres in the night near the town. Officials "
	        "said it would fall.\"}\n",
	        "features", "--format", "text", "--input", "jsonl", "-");
	expect_status(&r, 0);
	assert_non_null(strstr(r.out, "== y\nsources: 0 named, 1 anonymous, 0 vague; statements with no source: 1, "
	                              "1 with a figure\nevidence:"));
	run_free(&r);
	/* what a record says of itself heads its summary */
	r = RUN("{\"id\": \"x\", \"text\": \"It may rain.\", \"title\": \"Rain\", \"source\": \"Daily\"}\n",
	        "score", "--format", "text", "--input", "jsonl", "-");
	expect_status(&r, 0);
	assert_non_null(strstr(r.out, "== x\ntitle: Rain  source: Daily\nscore "));
	run_free(&r);
	r = RUN(NULL, "features", "--format", "text", "b.txt");
	expect_status(&r, 0);
	assert_non_null(strstr(r.out, "== b.txt\n"));
	assert_null(strstr(r.out, "score "));
	run_free(&r);
	/* a rule's evidence is cut short between characters, never inside one */
	r = RUN("{\"id\": \"q\", \"text\": \"Smith said: \u201cWe\u2019re done \u2014 completely \u2014 "
	        "now \u2014 with the plan, all of it.\u201d\"}\n",
	        "score", "--format", "text", "--input", "jsonl", "-");
	expect_status(&r, 0);
	assert_non_null(strstr(r.out, "\u201cWe\u2019re done \u2014 completely \u2014 now ...\"]"));
	run_free(&r);
}

static size_t count_of(const char *s, const char *what)
{
	size_t n = 0;
	for (const char *p = s; (p = strstr(p, what)) != NULL; p += strlen(what))
		n++;
	return n;
}

/* --format html: one page for all inputs, a section per report, evidence
 * marked by the sign of the rules that counted it, the text escaped and
 * made valid UTF-8. */
static void test_format_html(void **state)
{
	(void)state;
	put("markup.txt",
	    "The <b>mayor</b> & 5 > 3: it may rain\xFF today.\n\nRelated: Storm season starts early\n\n"
	    "The river rose by two metres in the night.\n");
	run_out r = RUN(NULL, "score", "--format", "html", "a.txt", "nope.txt", "markup.txt");
	expect_status(&r, 3);
	assert_int_equal(strlen(r.out), r.out_len); /* no NUL byte */
	assert_true(strncmp(r.out, "<!doctype html>\n", 16) == 0);
	assert_int_equal(count_of(r.out, "<html"), 1);
	assert_int_equal(count_of(r.out, "</html>"), 1);
	assert_int_equal(count_of(r.out, "<section"), 3);
	assert_int_equal(count_of(r.out, "<mark"), count_of(r.out, "</mark>"));
	assert_int_equal(count_of(r.out, "<span"), count_of(r.out, "</span>"));
	/* a.txt: its named source raised the score, its hedge lowered it */
	assert_non_null(strstr(r.out, "<mark class=\"up\" title=\"named_source"));
	assert_non_null(strstr(r.out, "<mark class=\"down\" title=\"hedge"));
	assert_non_null(strstr(r.out, "<a id=\"d0-e0\"></a>"));
	assert_non_null(strstr(r.out, "error (io_error)"));
	/* markup.txt is the third document read */
	assert_non_null(strstr(r.out, "<a id=\"d2-e0\"></a>"));
	assert_non_null(strstr(r.out, "The &lt;b&gt;mayor&lt;/b&gt; &amp; "));
	assert_null(strstr(r.out, "<b>mayor"));
	assert_non_null(strstr(r.out, "rain\xEF\xBF\xBD "));
	assert_null(strchr(r.out, '\xFF'));
	assert_non_null(strstr(r.out, "<p class=\"warn\">warning: 1:38: invalid UTF-8 byte 0xFF"));
	assert_non_null(strstr(r.out, "data-zone=\"related_link\">"));
	/* a statement with no source, counted by no rule, is underlined; the
	 * words inside it keep their own marks */
	assert_non_null(strstr(
	        r.out,
	        "<mark class=\"stmt\" title=\"unattributed_claim words=9 figures=1\">The river rose by "));
	assert_non_null(strstr(r.out, "title=\"unattributed_claim words=9 figures=1&#10;precise_number"));
	/* threads give the same page */
	run_out j = RUN(NULL, "score", "--format", "html", "--jobs", "2", "a.txt", "nope.txt", "markup.txt");
	expect_status(&j, 3);
	assert_string_equal(j.out, r.out);
	run_free(&j);
	run_free(&r);
	/* features only: evidence is marked, no rule took it */
	r = RUN(NULL, "features", "--format", "html", "b.txt");
	expect_status(&r, 0);
	assert_null(strstr(r.out, "class=\"score\""));
	assert_non_null(strstr(r.out, "<mark title=\"hedge"));
	assert_null(strstr(r.out, "<mark class="));
	run_free(&r);
}

/* Whether s[0, n) is valid UTF-8 (no overlongs, surrogates or values past
 * U+10FFFF). */
static int valid_utf8(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned char c = s[i];
		size_t k = c < 0x80                ? 1
		           : c >= 0xC2 && c <= 0xDF ? 2
		           : c >= 0xE0 && c <= 0xEF ? 3
		           : c >= 0xF0 && c <= 0xF4 ? 4
		                                    : 0;
		if (!k || i + k > n)
			return 0;
		for (size_t j = 1; j < k; j++)
			if ((s[i + j] & 0xC0) != 0x80)
				return 0;
		if ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] >= 0xA0) ||
		    (c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] >= 0x90))
			return 0;
		i += k;
	}
	return 1;
}

/* --format html over hostile text: quotes, markup characters, numbers,
 * names, invalid and truncated UTF-8, NUL and control bytes. The page is
 * valid UTF-8 with balanced marks and zones whatever the input. */
static void test_format_html_hostile(void **state)
{
	(void)state;
	static const char *const parts[] = {
		"At least 40 ", "\xE2\x80\x9C", "\xE2\x80\x9D", "said ", "Officials ", "<b>", "&amp; ", "\"", "\n\n",
		"Related: ", "may ", "\xFF", "\xE2\x80", "\x01", "Maj. Gen. Issam Zahreddine ", "between 70 and 150 ",
		"\xF0\x9F\x98\x80", "ALSO READ ", "\xC3", "a military source ", ": ", "\xED\xA0\x80", "\t", "\0",
	};
	unsigned seed = 12345;
	char name[32];
	const char *args[64] = { "score", "--format", "html" };
	size_t na = 3;
	for (int f = 0; f < 24; f++) {
		char doc[4096];
		size_t n = 0;
		while (n < 3000) {
			seed = seed * 1103515245u + 12345u;
			const char *p = parts[(seed >> 16) % (sizeof parts / sizeof *parts)];
			size_t l = p[0] ? strlen(p) : 1; /* the empty part stands for a NUL byte */
			memcpy(doc + n, p, l);
			n += l;
		}
		snprintf(name, sizeof name, "hostile%d.txt", f);
		write_file(name, doc, n);
		args[na++] = strdup(name);
	}
	args[na] = NULL;
	run_out r = run_v(NULL, args);
	assert_true(r.status == 0 || r.status == 3);
	assert_int_equal(strlen(r.out), r.out_len);
	assert_true(valid_utf8((const unsigned char *)r.out, r.out_len));
	assert_int_equal(count_of(r.out, "<section"), 24);
	assert_int_equal(count_of(r.out, "<mark"), count_of(r.out, "</mark>"));
	assert_int_equal(count_of(r.out, "<span"), count_of(r.out, "</span>"));
	assert_true(count_of(r.out, "<mark") > 100);
	/* no markup from the input survives unescaped: the only <b> are the
	 * scores' */
	assert_int_equal(count_of(r.out, "<b>"), 24);
	assert_non_null(strstr(r.out, "&lt;b&gt;"));
	run_free(&r);
	for (size_t i = 3; i < na; i++)
		free((char *)args[i]);
}

/* ---- web pages ---------------------------------------------------------------------- */

static const char page[] =
	"<!DOCTYPE html>\n"
	"<html><head><title>Troops arrive</title><script>var s = 'it may possibly rain';</script></head>\n"
	"<body><nav>Home | World</nav>\n"
	"<p>Officials said that <b>at least</b> 40 soldiers had arrived.</p>\n"
	"<p>A military source said more troops may follow.</p>\n"
	"</body></html>\n";

static const char page_text[] =
	"Officials said that at least 40 soldiers had arrived.\n\nA military source said more troops may follow.";

/* Checks a report of the page above: read as HTML, with its text, and every
 * evidence item's text found among the page bytes it names. */
static void expect_page_report(json_t *o, const char *id)
{
	if (!json_object_get(o, "evidence"))
		fail_msg("%s: not a report (error: %s)", id,
		         json_object_get(o, "error") ? sget(json_object_get(o, "error"), "message") : "none");
	assert_string_equal(sget(o, "id"), id);
	assert_string_equal(sget(o, "format"), "html");
	assert_string_equal(sget(o, "charset"), "utf-8");
	assert_string_equal(sget(o, "text"), page_text);
	assert_string_equal(sget(o, "title"), "Troops arrive");
	json_t *evs = json_object_get(o, "evidence");
	assert_true(json_array_size(evs) > 0);
	int hedged = 0;
	size_t i;
	json_t *ev;
	json_array_foreach(evs, i, ev)
	{
		json_t *is = json_object_get(ev, "input_start"), *ie = json_object_get(ev, "input_end");
		assert_true(json_is_integer(is) && json_is_integer(ie));
		size_t s = (size_t)json_integer_value(is), e = (size_t)json_integer_value(ie);
		assert_true(s < e && e <= sizeof page - 1);
		/* The text's offsets index "text". */
		size_t ts = (size_t)json_integer_value(json_object_get(ev, "start"));
		size_t te = (size_t)json_integer_value(json_object_get(ev, "end"));
		assert_true(te <= sizeof page_text - 1);
		assert_memory_equal(sget(ev, "text"), page_text + ts, te - ts);
		if (strcmp(sget(ev, "feature"), "hedged_number") == 0) {
			hedged = 1;
			assert_string_equal(sget(ev, "text"), "at least 40");
			assert_int_equal(e - s, strlen("at least</b> 40"));
			assert_memory_equal(page + s, "at least</b> 40", e - s);
		}
		if (strcmp(sget(ev, "text"), "may") == 0)
			assert_memory_equal(page + s, "may follow", 10);
	}
	assert_true(hedged);
}

/* A report of the page read as plain text. */
static void expect_text_report(json_t *o)
{
	assert_string_equal(sget(o, "format"), "text");
	assert_null(json_object_get(o, "text"));
	assert_null(json_object_get(o, "charset"));
	size_t i;
	json_t *ev, *evs = json_object_get(o, "evidence");
	assert_true(json_array_size(evs) > 0);
	json_array_foreach(evs, i, ev)
	{
		assert_null(json_object_get(ev, "input_start"));
		assert_null(json_object_get(ev, "input_end"));
	}
	/* The tags are words of the text: its byte count is the page's. */
	assert_int_equal(json_integer_value(json_object_get(json_object_get(o, "stats"), "bytes")), sizeof page - 1);
}

static json_t *one_report(const run_out *r)
{
	json_t *lines = jsonl(r->out);
	assert_int_equal(json_array_size(lines), 1);
	json_t *o = json_incref(json_array_get(lines, 0));
	json_decref(lines);
	return o;
}

static void test_html(void **state)
{
	(void)state;
	put("page.html", page);
	put("page.txt", page);
	put("page", page);
	put("frag", "<p>It <b>may</b> rain.</p>");

	/* By extension. */
	run_out r = RUN(NULL, "features", "page.html");
	expect_status(&r, 0);
	json_t *o = one_report(&r);
	expect_page_report(o, "page.html");
	json_decref(o);
	run_free(&r);
	r = RUN(NULL, "score", "page.html");
	expect_status(&r, 0);
	o = one_report(&r);
	expect_page_report(o, "page.html");
	assert_true(json_is_number(json_object_get(o, "score")));
	json_decref(o);
	run_free(&r);

	/* Sniffed: a .txt file that opens like a page; --input text reads it as text. */
	r = RUN(NULL, "features", "page.txt");
	expect_status(&r, 0);
	o = one_report(&r);
	expect_page_report(o, "page.txt");
	json_decref(o);
	run_free(&r);
	r = RUN(NULL, "features", "--input", "text", "page.txt");
	expect_status(&r, 0);
	o = one_report(&r);
	expect_text_report(o);
	json_decref(o);
	run_free(&r);
	/* --input text also wins over the extension. */
	r = RUN(NULL, "features", "--input", "text", "page.html");
	expect_status(&r, 0);
	o = one_report(&r);
	expect_text_report(o);
	json_decref(o);
	run_free(&r);

	/* --input html: a file without extension, and a fragment that does not look like a page. */
	r = RUN(NULL, "features", "--input", "html", "page");
	expect_status(&r, 0);
	o = one_report(&r);
	expect_page_report(o, "page");
	json_decref(o);
	run_free(&r);
	r = RUN(NULL, "features", "frag");
	expect_status(&r, 0);
	o = one_report(&r);
	assert_string_equal(sget(o, "format"), "text");
	json_decref(o);
	run_free(&r);
	r = RUN(NULL, "features", "--input", "html", "frag");
	expect_status(&r, 0);
	o = one_report(&r);
	assert_string_equal(sget(o, "format"), "html");
	assert_string_equal(sget(o, "text"), "It may rain.");
	json_decref(o);
	run_free(&r);

	/* Standard input is sniffed too. */
	r = RUN(page, "features", "-");
	expect_status(&r, 0);
	o = one_report(&r);
	expect_page_report(o, "-");
	json_decref(o);
	run_free(&r);
	r = RUN("It may rain.", "features", "-");
	expect_status(&r, 0);
	o = one_report(&r);
	assert_string_equal(sget(o, "format"), "text");
	json_decref(o);
	run_free(&r);

	/* JSONL: "html" instead of "text"; both in one record is that record's error. */
	put("pages.jsonl", "{\"id\": \"both\", \"text\": \"It may rain.\", \"html\": \"<p>It may rain.</p>\"}\n"
	                   "{\"id\": \"a\", \"html\": \"<p>It <b>may</b> rain &amp; snow.</p><script>x()</script>\"}\n"
	                   "{\"id\": \"t\", \"text\": \"<p>It may rain.</p>\"}\n"
	                   "{\"id\": \"n\", \"text\": null, \"html\": \"<p>It may rain.</p>\"}\n");
	r = RUN(NULL, "score", "pages.jsonl");
	expect_status(&r, 3);
	json_t *lines = jsonl(r.out);
	assert_int_equal(json_array_size(lines), 4);
	/* A null field is an absent one, as for the metadata. */
	assert_null(json_object_get(json_array_get(lines, 3), "error"));
	assert_string_equal(sget(json_array_get(lines, 3), "format"), "html");
	o = json_array_get(lines, 0);
	assert_string_equal(sget(o, "id"), "both");
	json_t *e = json_object_get(o, "error");
	assert_non_null(e);
	assert_string_equal(sget(e, "code"), "input_error");
	assert_non_null(strstr(sget(e, "message"), "html"));
	assert_int_equal(json_integer_value(json_object_get(e, "line")), 1);
	assert_null(json_object_get(o, "score"));
	o = json_array_get(lines, 1);
	assert_string_equal(sget(o, "id"), "a");
	assert_null(json_object_get(o, "error"));
	assert_true(json_is_number(json_object_get(o, "score")));
	assert_string_equal(sget(o, "format"), "html");
	assert_string_equal(sget(o, "text"), "It may rain & snow.");
	json_t *ev = json_array_get(json_object_get(o, "evidence"), 0);
	assert_non_null(ev);
	assert_string_equal(sget(ev, "text"), "may");
	assert_int_equal(json_integer_value(json_object_get(ev, "start")), 3);
	/* Into the record's "html" string: "<p>It <b>may" */
	assert_int_equal(json_integer_value(json_object_get(ev, "input_start")), 9);
	assert_int_equal(json_integer_value(json_object_get(ev, "input_end")), 12);
	o = json_array_get(lines, 2);
	assert_string_equal(sget(o, "id"), "t");
	assert_string_equal(sget(o, "format"), "text");
	assert_null(json_object_get(o, "text"));
	json_decref(lines);
	run_free(&r);

	/* An unknown --input names the choices. */
	r = RUN(NULL, "score", "--input", "bogus", "page.html");
	expect_status(&r, 2);
	assert_int_equal(r.out_len, 0);
	assert_non_null(strstr(r.err, "bogus"));
	assert_non_null(strstr(r.err, "html"));
	run_free(&r);

	/* The text format reads pages too. */
	r = RUN(NULL, "score", "--format", "text", "page.html");
	expect_status(&r, 0);
	assert_non_null(strstr(r.out, "== page.html\ntitle: Troops arrive\nscore "));
	assert_non_null(strstr(r.out, "hedged_number 1"));
	assert_null(strstr(r.out, "<b>"));
	run_free(&r);
}

/* ---- lexicons --------------------------------------------------------------------- */

/* A value no detector knows, in a lexicon of --lexicons, stops the run with
 * the lexicon's file and line and the values it may take. */
static void test_lexicon_values(void **state)
{
	(void)state;
	char lex[512];
	path_of(lex, sizeof lex, "lex");
	mkdir(lex, 0700);
	put("lex/attribution_cue.txt", "# feature: attribution_cue\n"
	                               "said | lemma=say strength=strong\n"
	                               "told | lemma=tell strength=stong\n");
	run_out r = RUN(NULL, "score", "--lexicons", "lex", "a.txt");
	expect_status(&r, 4);
	assert_int_equal(r.out_len, 0);
	if (!strstr(r.err, "lex/attribution_cue.txt:3: attribute strength=stong: attribution_cue reads "
	                   "strength as one of strong, weak"))
		fail_msg("stderr: %s", r.err);
	run_free(&r);

	/* The same line with a value it knows scores. */
	put("lex/attribution_cue.txt", "# feature: attribution_cue\n"
	                               "said | lemma=say strength=strong\n"
	                               "told | lemma=tell strength=weak\n");
	r = RUN(NULL, "score", "--lexicons", "lex", "a.txt");
	expect_status(&r, 0);
	run_free(&r);
}

/* ---- scripts ---------------------------------------------------------------------- */

static void test_script_errors(void **state)
{
	(void)state;
	put("broken.lua", "-- a broken script\nrule{ name = 'A', feature = 'hedge', weight = 1 }\n"
	                  "rule{ name = 'B' feature = 'hedge' }\n");
	run_out r = RUN(NULL, "score", "--script", "broken.lua", "a.txt");
	expect_status(&r, 4);
	assert_non_null(strstr(r.err, "broken.lua:3:"));
	assert_int_equal(r.out_len, 0);
	run_free(&r);

	put("unknown.lua", "\n\nrule{ name = 'A', feature = 'hegde', weight = 1 }\n");
	r = RUN(NULL, "score", "--script", "unknown.lua", "a.txt");
	expect_status(&r, 4);
	assert_non_null(strstr(r.err, "unknown.lua:3:"));
	assert_non_null(strstr(r.err, "hedge"));
	run_free(&r);

	r = RUN(NULL, "score", "--script", "missing.lua", "a.txt");
	expect_status(&r, 4);
	assert_non_null(strstr(r.err, "missing.lua"));
	run_free(&r);

	/* os.execute is refused, at load and in a rule, and nothing runs. */
	char marker[512], script[1200];
	path_of(marker, sizeof marker, "pwned");
	snprintf(script, sizeof script,
	         "rule{ name = 'A', feature = 'hedge', weight = 1 }\nos.execute('touch %s')\n", marker);
	put("os.lua", script);
	r = RUN(NULL, "score", "--script", "os.lua", "a.txt");
	expect_status(&r, 4);
	assert_non_null(strstr(r.err, "os.lua:2:"));
	run_free(&r);
	snprintf(script, sizeof script,
	         "rule{ name = 'A', weight = 1, fn = function(doc)\n  os.execute('touch %s')\nend }\n", marker);
	put("os2.lua", script);
	r = RUN(NULL, "score", "--script", "os2.lua", "a.txt", "b.txt");
	expect_status(&r, 4);
	assert_non_null(strstr(r.err, "os2.lua:2:"));
	json_t *lines = jsonl(r.out);
	assert_int_equal(json_array_size(lines), 2);
	assert_string_equal(sget(json_object_get(json_array_get(lines, 0), "error"), "code"), "script_error");
	json_decref(lines);
	run_free(&r);
	struct stat st;
	assert_int_not_equal(stat(marker, &st), 0);

	/* A rule that fails on one document only: the others are scored. */
	put("picky.lua", "rule{ name = 'A', weight = 1, fn = function(doc)\n"
	                 "  if doc.id == 'b.txt' then error('not this one') end\n  return 0\nend }\n");
	r = RUN(NULL, "score", "--script", "picky.lua", "a.txt", "b.txt", "c.txt");
	expect_status(&r, 4);
	lines = jsonl(r.out);
	assert_int_equal(json_array_size(lines), 3);
	assert_non_null(json_object_get(json_array_get(lines, 0), "score"));
	json_t *e = json_object_get(json_array_get(lines, 1), "error");
	assert_non_null(e);
	assert_int_equal(json_integer_value(json_object_get(e, "line")), 2);
	assert_non_null(json_object_get(json_array_get(lines, 2), "score"));
	json_decref(lines);
	run_free(&r);

	/* A runaway rule hits the instruction budget (exit 4), the rest go on. */
	put("loop.lua", "rule{ name = 'A', weight = 1, fn = function(doc)\n"
	                "  if doc.id == 'a.txt' then while true do end end\n  return 0\nend }\n");
	r = RUN(NULL, "score", "--jobs", "2", "--max-instructions", "100K", "--script", "loop.lua", "a.txt", "b.txt");
	expect_status(&r, 4);
	lines = jsonl(r.out);
	assert_int_equal(json_array_size(lines), 2);
	assert_string_equal(sget(json_object_get(json_array_get(lines, 0), "error"), "code"), "instruction_budget");
	assert_non_null(json_object_get(json_array_get(lines, 1), "score"));
	json_decref(lines);
	run_free(&r);
}

/* A script whose scorers cannot be made (it declares different rules on a
 * second run) with several workers: an error, never a hang (a regression:
 * documents read before every worker had failed were waited for forever). */
static void test_jobs_no_scorer(void **state)
{
	(void)state;
	put("random.lua", "rule{ name = 'R' .. math.random(1, 1000000000), feature = 'hedge', weight = 1 }\n");
	for (int i = 0; i < 12; i++) {
		run_out r = RUN(NULL, "score", "--jobs", "4", "--script", "random.lua", "a.txt", "b.txt", "c.txt",
		                "a.txt", "b.txt", "c.txt", "a.txt", "b.txt");
		expect_status(&r, 4);
		/* The reason is given once. */
		const char *first = strstr(r.err, "different rules");
		assert_non_null(first);
		assert_null(strstr(first + 1, "different rules"));
		/* Whatever was read before the workers failed is reported, in order. */
		json_t *lines = jsonl(r.out);
		for (size_t k = 0; k < json_array_size(lines); k++)
			assert_non_null(json_object_get(json_array_get(lines, k), "error"));
		json_decref(lines);
		run_free(&r);
	}
}

static void test_check(void **state)
{
	(void)state;
	put("good.lua", "feature{ name = 'sky_colour', why = 'a colour of the sky' }\n"
	                "rule{ name = 'H', feature = 'hedge', weight = -1 }\n"
	                "tests{ { text = 'The sky is blue.', silent = { 'H' } } }\n");
	run_out r = RUN(NULL, "check", "good.lua");
	expect_status(&r, 0);
	assert_non_null(strstr(r.out, "rules: 1"));
	assert_non_null(strstr(r.out, "tests: 1 run, 0 failed"));
	/* the features the script adds, and none of the built-in ones */
	assert_non_null(strstr(r.out, "features: sky_colour\n"));
	run_free(&r);
	put("failing.lua", "rule{ name = 'H', feature = 'hedge', weight = -1 }\n\n"
	                   "tests{ { text = 'The sky is blue.', fires = { 'H' } } }\n");
	r = RUN(NULL, "check", "failing.lua");
	expect_status(&r, 1);
	assert_non_null(strstr(r.out, "failing.lua:3:"));
	run_free(&r);
	r = RUN(NULL, "check", "good.lua", "broken.lua");
	expect_status(&r, 4);
	run_free(&r);
}

static double json_num(const json_t *o, const char *a, const char *b)
{
	const json_t *v = json_object_get(o, a);
	if (b)
		v = json_object_get(v, b);
	if (!json_is_number(v))
		fail_msg("no number at %s%s%s", a, b ? "." : "", b ? b : "");
	return json_number_value(v);
}

/* eval-spans of the cues in features on where.jsonl with one more option
 * and its value: the items predicted and the right ones. */
static void where_counts(const char *features, const char *opt, const char *value, int predicted, int correct)
{
	run_out r = RUN(NULL, "eval-spans", "--feature", features, opt, value, "--json", "where.jsonl");
	expect_status(&r, 0);
	json_t *j = json_loads(r.out, 0, NULL);
	assert_int_equal(json_num(j, "span", "predicted"), predicted);
	assert_int_equal(json_num(j, "span", "correct"), correct);
	json_decref(j);
	run_free(&r);
}

/* The measuring commands: figures from small gold files, a malformed line
 * named by file and line without losing the others, an unknown feature, a
 * lexicon folder that is not there. */
static void test_eval(void **state)
{
	(void)state;
	put("gold.jsonl", "{\"id\": \"a\", \"text\": \"It may rain today.\\nThe sky is blue.\", "
	                  "\"cues\": [{\"start\": 3, \"end\": 6, \"type\": \"hedge\"}]}\n"
	                  "not json\n"
	                  "{\"id\": \"b\", \"text\": \"The sky is green.\", \"cues\": []}\n");
	run_out r = RUN(NULL, "eval-spans", "--feature", "hedge", "--json", "gold.jsonl");
	expect_status(&r, 3);
	assert_non_null(strstr(r.err, "gold.jsonl:2:"));
	json_t *j = json_loads(r.out, 0, NULL);
	assert_non_null(j);
	assert_int_equal(json_num(j, "documents", NULL), 2);
	assert_int_equal(json_num(j, "failed", NULL), 1);
	assert_int_equal(json_num(j, "span", "gold"), 1);
	assert_int_equal(json_num(j, "span", "found"), 1);
	assert_true(json_num(j, "span", "recall") == 1.0);
	assert_int_equal(json_num(j, "sentence", "units"), 3);
	json_decref(j);
	run_free(&r);

	/* Malformed gold is named where it stands and left out; the rest counts. */
	put("badgold.jsonl", "{\"id\": \"a\", \"text\": \"It may rain.\", \"cues\": ["
	                     "{\"start\": 3, \"end\": 6}, {\"start\": 30, \"end\": 60}, {\"start\": \"x\"}]}\n"
	                     "{\"id\": \"b\", \"text\": \"It might.\", \"cues\": \"none\"}\n"
	                     "{\"id\": \"c\", \"text\": \"It is.\"}\n");
	r = RUN(NULL, "eval-spans", "--feature", "hedge", "--json", "badgold.jsonl");
	expect_status(&r, 3);
	assert_non_null(strstr(r.err, "badgold.jsonl:1: cue 1 [30, 60) is not a span of the text (12 bytes)"));
	assert_non_null(strstr(r.err, "badgold.jsonl:1: cue 2 has no integer"));
	assert_non_null(strstr(r.err, "badgold.jsonl:2: \"cues\" is not an array"));
	assert_null(strstr(r.err, "badgold.jsonl:3"));
	j = json_loads(r.out, 0, NULL);
	assert_non_null(j);
	assert_int_equal(json_num(j, "documents", NULL), 3);
	assert_int_equal(json_num(j, "span", "gold"), 1);
	assert_int_equal(json_num(j, "span", "found"), 1);
	json_decref(j);
	run_free(&r);

	/* --gold-absent: right where no gold span is; units without one are
	 * the positives; span-level recall is not defined. */
	put("absent.jsonl",
	    "{\"id\": \"a\", \"text\": \"Officials said the plant will close in March.\\n"
	    "The plant opened in 1952 with 300 workers.\", \"cues\": [{\"start\": 10, \"end\": 14, "
	    "\"type\": \"cue\"}]}\n"
	    "{\"id\": \"b\", \"text\": \"The plant opened in 1952 with 300 workers.\", "
	    "\"cues\": [{\"start\": 10, \"end\": 16, \"type\": \"cue\"}]}\n");
	r = RUN(NULL, "eval-spans", "--feature", "unattributed_claim", "--gold-absent", "--json",
	        "absent.jsonl");
	expect_status(&r, 0);
	j = json_loads(r.out, 0, NULL);
	assert_non_null(j);
	assert_int_equal(json_num(j, "span", "predicted"), 2);
	assert_int_equal(json_num(j, "span", "correct"), 1);
	assert_true(json_num(j, "span", "precision") == 0.5);
	assert_true(json_is_null(json_object_get(json_object_get(j, "span"), "recall")));
	assert_null(json_object_get(json_object_get(j, "span"), "gold"));
	assert_int_equal(json_num(j, "sentence", "units"), 3);
	assert_int_equal(json_num(j, "sentence", "tp"), 1);
	assert_int_equal(json_num(j, "sentence", "fp"), 1);
	assert_int_equal(json_num(j, "sentence", "fn"), 0);
	json_decref(j);
	run_free(&r);
	r = RUN(NULL, "eval-spans", "--feature", "unattributed_claim", "--gold-absent", "--exact",
	        "absent.jsonl");
	expect_status(&r, 2);
	assert_non_null(strstr(r.err, "--exact and --gold-absent do not go together"));
	run_free(&r);
	r = RUN(NULL, "eval-spans", "--feature", "unattributed_claim", "--gold-absent", "absent.jsonl");
	expect_status(&r, 0);
	assert_non_null(strstr(r.out, "correct      1 (overlapping no gold span)   P 0.500"));
	run_free(&r);

	/* the outer report alone is an attribution_cue, the one inside it a
	 * nested_attribution_cue; --where tests the predicted items'
	 * attributes: a nested report left out, a lemma kept, a test without
	 * "=" refused */
	put("where.jsonl", "{\"id\": \"a\", \"text\": \"Cardin said he argued that the plan would work.\", "
	                   "\"cues\": [{\"start\": 7, \"end\": 11, \"type\": \"cue\"}]}\n");
	static const char both[] = "attribution_cue,nested_attribution_cue";
	where_counts("attribution_cue", "--units", "lines", 1, 1);
	where_counts("nested_attribution_cue", "--units", "lines", 1, 0);
	where_counts(both, "--units", "lines", 2, 1);
	where_counts(both, "--where", "nested=false", 1, 1);
	where_counts(both, "--where", "nested=true", 1, 0);
	where_counts(both, "--where", "lemma=argue", 1, 0);
	r = RUN(NULL, "eval-spans", "--feature", "attribution_cue", "--where", "nested", "where.jsonl");
	expect_status(&r, 2);
	assert_non_null(strstr(r.err, "--where needs KEY=VALUE"));
	run_free(&r);

	r = RUN(NULL, "eval-spans", "--feature", "no_such_feature", "gold.jsonl");
	expect_status(&r, 2);
	assert_non_null(strstr(r.err, "unknown feature 'no_such_feature'"));
	run_free(&r);

	put("labelled.jsonl", "{\"text\": \"Officials said 400 people died on June 12, 2016, according to "
	                      "the Health Ministry.\", \"label\": \"reliable\"}\n"
	                      "{\"text\": \"SHOCKING!!! Some say it may be true.\", \"label\": \"unreliable\"}\n"
	                      "{\"text\": \"unfinished\n");
	r = RUN(NULL, "eval-scores", "--json", "labelled.jsonl");
	expect_status(&r, 3);
	assert_non_null(strstr(r.err, "labelled.jsonl:3:"));
	j = json_loads(r.out, 0, NULL);
	assert_non_null(j);
	assert_int_equal(json_num(j, "articles", NULL), 2);
	assert_int_equal(json_num(j, "positives", NULL), 1);
	assert_int_equal(json_num(j, "negatives", NULL), 1);
	assert_true(json_num(j, "auc", NULL) == 1.0);
	json_decref(j);
	run_free(&r);

	/* --fit: every fitted weight keeps the sign the script gives it */
	r = RUN(NULL, "eval-scores", "--json", "--fit", "labelled.jsonl");
	expect_status(&r, 3);
	j = json_loads(r.out, 0, NULL);
	assert_non_null(j);
	json_t *w = json_object_get(json_object_get(j, "fit"), "weights");
	assert_true(json_object_size(w) >= 10);
	assert_true(json_num(w, "NAMED_SOURCE", "script") == 0.08);
	const char *name;
	json_t *val;
	json_object_foreach(w, name, val) {
		double sw = json_number_value(json_object_get(val, "script"));
		double fw = json_number_value(json_object_get(val, "fitted"));
		if (sw * fw < 0)
			fail_msg("%s: fitted %g against the script's %g", name, fw, sw);
	}
	assert_true(json_is_number(json_object_get(json_object_get(j, "fit"), "auc_cv")));
	json_decref(j);
	run_free(&r);
	r = RUN(NULL, "eval-scores", "--fit", "labelled.jsonl");
	assert_non_null(strstr(r.out, "fit (logistic"));
	assert_non_null(strstr(r.out, "cross-validated"));
	run_free(&r);

	/* Integer labels match as text; a label of another type is named. */
	put("numlabels.jsonl", "{\"text\": \"Officials said 400 people died, according to the Health Ministry.\", "
	                       "\"label\": 1}\n{\"text\": \"SHOCKING!!! Some say it may be true.\", \"label\": 0}\n"
	                       "{\"text\": \"It rained.\", \"label\": [1]}\n");
	r = RUN(NULL, "eval-scores", "--json", "--positive", "1", "--negative", "0", "numlabels.jsonl");
	expect_status(&r, 3);
	assert_non_null(strstr(r.err, "numlabels.jsonl:3: \"label\" is neither"));
	j = json_loads(r.out, 0, NULL);
	assert_non_null(j);
	assert_int_equal(json_num(j, "positives", NULL), 1);
	assert_int_equal(json_num(j, "negatives", NULL), 1);
	json_decref(j);
	run_free(&r);

	r = RUN(NULL, "eval-scores", "--lexicons", "no-such-folder", "labelled.jsonl");
	expect_status(&r, 3);
	assert_non_null(strstr(r.err, "no-such-folder"));
	run_free(&r);
}

int main(int argc, char **argv)
{
	cli = getenv("CREDENCE_CLI");
	if (argc > 1)
		cli = argv[1];
	if (!cli || access(cli, X_OK) != 0) {
		printf("skipped: the credence binary is not given (CREDENCE_CLI or argv[1])\n");
		return 77;
	}
	/* Tests chdir into a scratch folder: the binary's path must not be relative. */
	static char abs_cli[4096];
	if (cli[0] != '/' && realpath(cli, abs_cli))
		cli = abs_cli;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_version_and_help),
		cmocka_unit_test(test_usage_errors),
		cmocka_unit_test(test_score_one),
		cmocka_unit_test(test_cue_closing_the_text),
		cmocka_unit_test(test_stdin),
		cmocka_unit_test(test_several_files),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_max_bytes),
		cmocka_unit_test(test_jsonl),
		cmocka_unit_test(test_jobs_order),
		cmocka_unit_test(test_format_text),
		cmocka_unit_test(test_format_html),
		cmocka_unit_test(test_format_html_hostile),
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_lexicon_values),
		cmocka_unit_test(test_script_errors),
		cmocka_unit_test(test_jobs_no_scorer),
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_eval),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
