/* golden_test.c -- data-driven checks of the evidence an article must and must not yield.
 *
 * usage: golden_test DIR
 *
 * DIR holds cases in one of two layouts:
 *   DIR/<case>/article.txt + DIR/<case>/expect.json     (the project's cases)
 *   DIR/<case>/article.html + DIR/<case>/expect.json    (a web page: texts and
 *                                                         offsets are in the text
 *                                                         read from it)
 *   DIR/<name>.txt + DIR/<name>.expected.json            (shared examples)
 *
 * expect.json:
 *   "must":     [{feature, start?, end?, text?, occurrence?, attrs?}]
 *               some evidence of feature overlaps the span and has the attrs;
 *               without start/end the span is the text's occurrence-th match
 *   "must_not": [{feature, text?|start/end?}]  no evidence of feature overlaps
 *               the span (any occurrence of text); with neither, none at all
 *   "zones_body" / "zones_not_body": [{start?, end?, text?}] the zones over
 *               the span are all body / all not body
 *   "metadata": {title?, url?, source?, date?}  what the report says of the
 *               document (null: nothing)
 *   "score_between": [lo, hi], "fires": [rule...], "silent": [rule...]
 *
 * Adding a case is adding a folder. A DIR that does not exist is skipped
 * (exit 77), so tests over ../shared pass in a clone without it.
 */
#include <dirent.h>
#include <jansson.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "credence.h"

typedef struct gcase {
	char name[512];
	char text_path[1200];
	char expect_path[1200];
	int html;
} gcase;

static crd_engine *engine;
static crd_scorer *scorer;

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	if (buf) {
		buf[n] = '\0';
		*len = (size_t)n;
	}
	return buf;
}

/* Finds the span of an expectation: explicit offsets, or the text's nth
 * occurrence (1-based, default 1). Returns 0 when the text is not found. */
static int locate(json_t *item, const char *text, size_t len, size_t *s, size_t *e, size_t from)
{
	json_t *js = json_object_get(item, "start"), *je = json_object_get(item, "end");
	const char *t = json_string_value(json_object_get(item, "text"));
	if (json_is_integer(js) && json_is_integer(je) && from == 0) {
		*s = (size_t)json_integer_value(js);
		*e = (size_t)json_integer_value(je);
		if (t && (*e - *s != strlen(t) || memcmp(text + *s, t, *e - *s) != 0))
			fail_msg("expectation offsets [%zu,%zu) do not hold \"%s\"", *s, *e, t);
		return 1;
	}
	if (!t)
		return 0;
	size_t tl = strlen(t);
	json_int_t nth = json_integer_value(json_object_get(item, "occurrence"));
	if (from > 0)
		nth = 1;
	if (nth <= 0)
		nth = 1;
	for (size_t i = from; i + tl <= len; i++)
		if (memcmp(text + i, t, tl) == 0 && --nth == 0) {
			*s = i;
			*e = i + tl;
			return 1;
		}
	return 0;
}

static int overlaps(size_t a, size_t b, size_t c, size_t d)
{
	if (a == b)
		return a >= c && a < d;
	return a < d && c < b;
}

static int attrs_match(const crd_evidence *ev, json_t *attrs, char *why, size_t wn)
{
	const char *key;
	json_t *want;
	json_object_foreach(attrs, key, want)
	{
		const crd_attr *a = NULL;
		for (size_t k = 0; k < ev->attr_count; k++)
			if (strcmp(ev->attrs[k].key, key) == 0)
				a = &ev->attrs[k];
		if (!a) {
			snprintf(why, wn, "no attribute %s", key);
			return 0;
		}
		if (json_is_number(want)) {
			if (a->type != CRD_ATTR_NUMBER || a->number != json_number_value(want)) {
				snprintf(why, wn, "%s is not %g", key, json_number_value(want));
				return 0;
			}
		} else if (json_is_string(want)) {
			if (a->type != CRD_ATTR_STRING || strcmp(a->string, json_string_value(want)) != 0) {
				snprintf(why, wn, "%s is %s, not %s", key, a->type == CRD_ATTR_STRING ? a->string : "?",
				         json_string_value(want));
				return 0;
			}
		} else if (json_is_boolean(want)) {
			if (a->type != CRD_ATTR_BOOL || (a->number != 0) != json_is_true(want)) {
				snprintf(why, wn, "%s is not %s", key, json_is_true(want) ? "true" : "false");
				return 0;
			}
		} else if (json_is_null(want) && a->type != CRD_ATTR_NULL) {
			snprintf(why, wn, "%s is not null", key);
			return 0;
		}
	}
	return 1;
}

static void describe_near(const crd_result *r, size_t s, size_t e)
{
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_evidence ev;
		crd_result_evidence(r, i, &ev);
		if (overlaps(ev.start, ev.end, s > 30 ? s - 30 : 0, e + 30))
			print_message("    near: %s [%zu,%zu) \"%s\"\n", ev.feature, ev.start, ev.end, ev.text);
	}
}

static int zones_all(const crd_result *r, size_t s, size_t e, int body)
{
	for (size_t i = 0; i < crd_result_zone_count(r); i++) {
		const char *kind;
		size_t zs, ze;
		crd_result_zone(r, i, &kind, &zs, &ze);
		if (!overlaps(zs, ze, s, e))
			continue;
		if ((strcmp(kind, "body") == 0) != body)
			return 0;
	}
	return 1;
}

static void run_case(void **state)
{
	const gcase *gc = *state;
	size_t len, jl;
	char *text = slurp(gc->text_path, &len);
	char *js = slurp(gc->expect_path, &jl);
	assert_non_null(text);
	assert_non_null(js);
	json_error_t je;
	json_t *exp = json_loads(js, 0, &je);
	if (!exp)
		fail_msg("%s:%d: %s", gc->expect_path, je.line, je.text);
	crd_input in = CRD_INPUT_INIT;
	in.text = text;
	in.len = len;
	in.id = gc->name;
	in.title = json_string_value(json_object_get(exp, "title"));
	in.format = gc->html ? CRD_FORMAT_HTML : CRD_FORMAT_TEXT;
	crd_result *r;
	crd_error err;
	int rc = crd_scorer_score(&r, scorer, &in, 0, &err);
	if (rc != CRD_OK)
		fail_msg("scoring failed: %s", err.message);
	if (gc->html) {
		/* Expectations are about the text the reader sees. */
		const char *read = crd_result_text(r, &len);
		char *copy = malloc(len + 1);
		assert_non_null(copy);
		memcpy(copy, read, len + 1);
		free(text);
		text = copy;
	}

	int failures = 0;
	size_t i;
	json_t *item;
	json_array_foreach(json_object_get(exp, "must"), i, item)
	{
		const char *feat = json_string_value(json_object_get(item, "feature"));
		size_t s, e;
		if (!locate(item, text, len, &s, &e, 0)) {
			print_error("  must %s: text \"%s\" is not in the article\n", feat,
			            json_string_value(json_object_get(item, "text")));
			failures++;
			continue;
		}
		json_t *attrs = json_object_get(item, "attrs");
		int found = 0;
		char why[256] = "no evidence of that feature there";
		for (size_t k = 0; k < crd_result_evidence_count(r) && !found; k++) {
			crd_evidence ev;
			crd_result_evidence(r, k, &ev);
			if (strcmp(ev.feature, feat) != 0 || !overlaps(ev.start, ev.end, s, e))
				continue;
			found = !attrs || attrs_match(&ev, attrs, why, sizeof why);
		}
		if (!found) {
			print_error("  must %s \"%.*s\" [%zu,%zu): %s\n", feat, (int)(e - s), text + s, s, e, why);
			describe_near(r, s, e);
			failures++;
		}
	}
	json_array_foreach(json_object_get(exp, "must_not"), i, item)
	{
		const char *feat = json_string_value(json_object_get(item, "feature"));
		int has_span = json_object_get(item, "text") || json_object_get(item, "start");
		size_t s = 0, e = len, from = 0;
		for (;;) {
			if (has_span && !locate(item, text, len, &s, &e, from))
				break;
			for (size_t k = 0; k < crd_result_evidence_count(r); k++) {
				crd_evidence ev;
				crd_result_evidence(r, k, &ev);
				if (strcmp(ev.feature, feat) == 0 && (!has_span || overlaps(ev.start, ev.end, s, e))) {
					print_error("  must_not %s: found \"%s\" [%zu,%zu)\n", feat, ev.text, ev.start, ev.end);
					failures++;
				}
			}
			if (!has_span || json_object_get(item, "start"))
				break;
			from = e;
		}
	}
	static const char *const zkeys[] = { "zones_body", "zones_not_body" };
	for (int z = 0; z < 2; z++) {
		json_array_foreach(json_object_get(exp, zkeys[z]), i, item)
		{
			size_t s, e;
			if (!locate(item, text, len, &s, &e, 0)) {
				print_error("  %s: text \"%s\" is not in the article\n", zkeys[z],
				            json_string_value(json_object_get(item, "text")));
				failures++;
			} else if (!zones_all(r, s, e, z == 0)) {
				print_error("  %s: \"%.*s\" [%zu,%zu) is %sin the body\n", zkeys[z], (int)(e - s > 60 ? 60 : e - s),
				            text + s, s, e, z == 0 ? "not " : "");
				failures++;
			}
		}
	}
	/* What the report says of the document: given, or read from a page. */
	static const char *const mkeys[] = { "title", "url", "source", "date" };
	const char *mvals[] = { crd_result_title(r), crd_result_url(r), crd_result_source(r), crd_result_date(r) };
	json_t *meta = json_object_get(exp, "metadata");
	for (int k = 0; k < 4 && meta; k++) {
		json_t *want = json_object_get(meta, mkeys[k]);
		if (!want)
			continue;
		const char *w = json_string_value(want), *got = mvals[k];
		if (w ? !got || strcmp(w, got) != 0 : got != NULL) {
			print_error("  metadata %s is \"%s\", not \"%s\"\n", mkeys[k], got ? got : "(none)",
			            w ? w : "(none)");
			failures++;
		}
	}
	json_t *sb = json_object_get(exp, "score_between");
	if (json_is_array(sb)) {
		double lo = json_number_value(json_array_get(sb, 0)), hi = json_number_value(json_array_get(sb, 1));
		double sc = crd_result_score(r);
		if (sc < lo || sc > hi) {
			print_error("  score %.1f is not between %g and %g\n", sc, lo, hi);
			failures++;
		}
	}
	static const char *const rkeys[] = { "fires", "silent" };
	for (int k = 0; k < 2; k++) {
		json_array_foreach(json_object_get(exp, rkeys[k]), i, item)
		{
			const char *name = json_string_value(item);
			int fired = 0, known = 0;
			for (size_t j = 0; name && j < crd_engine_rule_count(engine); j++) {
				crd_rule_info ri;
				crd_engine_rule(engine, j, &ri);
				known |= strcmp(ri.name, name) == 0;
			}
			if (!known) {
				/* A renamed rule must not pass "silent" by default. */
				print_error("  %s names no rule of the script: %s\n", rkeys[k], name ? name : "?");
				failures++;
				continue;
			}
			for (size_t j = 0; j < crd_result_rule_count(r); j++) {
				crd_rule_hit h;
				crd_result_rule(r, j, &h);
				if (strcmp(h.name, name) == 0)
					fired = 1;
			}
			if (fired != (k == 0)) {
				print_error("  rule %s %s\n", name, k == 0 ? "did not fire" : "fired");
				failures++;
			}
		}
	}
	crd_result_free(r);
	json_decref(exp);
	free(js);
	free(text);
	if (failures)
		fail_msg("%s: %d expectation(s) failed", gc->name, failures);
}

static int cmp_case(const void *a, const void *b)
{
	return strcmp(((const gcase *)a)->name, ((const gcase *)b)->name);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: golden_test DIR\n");
		return 2;
	}
	const char *dir = argv[1];
	DIR *dp = opendir(dir);
	if (!dp) {
		printf("skipped: %s is not here\n", dir);
		return 77;
	}
	gcase *cases = NULL;
	size_t n = 0;
	struct dirent *de;
	while ((de = readdir(dp))) {
		if (de->d_name[0] == '.')
			continue;
		gcase gc;
		memset(&gc, 0, sizeof gc);
		struct stat st;
		char path[1024];
		if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, de->d_name) >= sizeof path)
			continue;
		size_t l = strlen(de->d_name);
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
			snprintf(gc.name, sizeof gc.name, "%s", de->d_name);
			snprintf(gc.text_path, sizeof gc.text_path, "%.1000s/article.html", path);
			gc.html = stat(gc.text_path, &st) == 0;
			if (!gc.html)
				snprintf(gc.text_path, sizeof gc.text_path, "%.1000s/article.txt", path);
			snprintf(gc.expect_path, sizeof gc.expect_path, "%.1000s/expect.json", path);
		} else if (l > 14 && strcmp(de->d_name + l - 14, ".expected.json") == 0) {
			snprintf(gc.name, sizeof gc.name, "%.*s", (int)(l - 14), de->d_name);
			snprintf(gc.text_path, sizeof gc.text_path, "%.900s/%.*s.txt", dir, (int)(l - 14), de->d_name);
			snprintf(gc.expect_path, sizeof gc.expect_path, "%.1100s", path);
		} else {
			continue;
		}
		gcase *nc = realloc(cases, (n + 1) * sizeof *cases);
		if (!nc)
			return 1;
		cases = nc;
		cases[n++] = gc;
	}
	closedir(dp);
	if (n == 0) {
		printf("skipped: no cases in %s\n", dir);
		free(cases);
		return 77;
	}
	qsort(cases, n, sizeof *cases, cmp_case);
	crd_error err;
	if (crd_engine_new(&engine, NULL, &err) != CRD_OK || crd_scorer_new(&scorer, engine, &err) != CRD_OK) {
		fprintf(stderr, "cannot build the engine: %s\n", err.message);
		return 1;
	}
	struct CMUnitTest *tests = calloc(n, sizeof *tests);
	for (size_t i = 0; i < n; i++) {
		tests[i].name = cases[i].name;
		tests[i].test_func = run_case;
		tests[i].initial_state = &cases[i];
	}
	int rc = _cmocka_run_group_tests(dir, tests, n, NULL, NULL);
	free(tests);
	free(cases);
	crd_scorer_free(scorer);
	crd_engine_free(engine);
	return rc;
}
