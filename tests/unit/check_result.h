/* check_result.h -- invariants every crd_result and its JSON must keep, shared by the API and robustness tests. */
#ifndef CHECK_RESULT_H
#define CHECK_RESULT_H

#include <jansson.h>
#include <math.h>

#include "testutil.h"

/* cmocka's assert_float_equal compares floats; scores need doubles. */
#define assert_near(a, b, eps) cr_assert_near_((double)(a), (double)(b), (double)(eps), #a, #b, __FILE__, __LINE__)

static inline void cr_assert_near_(double a, double b, double eps, const char *as, const char *bs,
                                   const char *file, int line)
{
	if (!(fabs(a - b) <= eps)) {
		print_error("%s = %.17g, %s = %.17g: more than %g apart\n", as, a, bs, b, eps);
		_fail(file, line);
	}
}

static inline int cr_known_zone(const char *z)
{
	static const char *const names[] = { "body",           "title",       "byline", "dateline",
		                             "related_link",   "advert",      "share",  "author_bio",
		                             "comment_policy", "editor_note", "page" };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(z, names[i]) == 0)
			return 1;
	return 0;
}

/* 1-based line and column (code points) of an offset, computed the naive
 * way, as a cursor that moves forward (and restarts when asked to go back),
 * so that a sorted sweep over a large document stays linear. */
typedef struct cr_cursor {
	const char *text;
	size_t pos;
	int line, col; /* of pos */
} cr_cursor;

static inline void cr_linecol(cr_cursor *c, size_t off, int *line, int *col)
{
	if (off < c->pos) {
		c->pos = 0;
		c->line = c->col = 1;
	}
	for (; c->pos < off; c->pos++) {
		unsigned char b = (unsigned char)c->text[c->pos];
		if (b == '\n') {
			c->line++;
			c->col = 1;
		} else if ((b & 0xC0) != 0x80) {
			c->col++;
		}
	}
	*line = c->line;
	*col = c->col;
}

static inline int cr_is_utf8(const char *s, size_t n)
{
	/* Valid UTF-8 without NUL, checked by Jansson's own decoder. */
	json_t *j = json_stringn(s, n);
	int ok = j != NULL && memchr(s, 0, n) == NULL;
	json_decref(j);
	return ok;
}

/* Checks the JSON rendering of r against its accessors. */
static inline void cr_check_json(const crd_result *r, const char *text, size_t len, unsigned flags)
{
	char *js = NULL;
	size_t jl = 0;
	crd_error err;
	if (crd_result_json(&js, &jl, r, flags, &err) != CRD_OK)
		fail_msg("crd_result_json: %s", err.message);
	assert_non_null(js);
	assert_int_equal(jl, strlen(js));
	json_error_t je;
	json_t *root = json_loadb(js, jl, 0, &je);
	if (!root)
		fail_msg("the report is not valid JSON: %s at %d:%d", je.text, je.line, je.column);
	assert_string_equal(json_string_value(json_object_get(root, "schema")), CRD_SCHEMA);
	const char *id = crd_result_id(r);
	if (id && cr_is_utf8(id, strlen(id)))
		assert_string_equal(json_string_value(json_object_get(root, "id")), id);
	else if (id)
		assert_true(json_is_string(json_object_get(root, "id")));
	else
		assert_true(json_is_null(json_object_get(root, "id")));
	if (crd_result_scored(r)) {
		assert_true(json_is_number(json_object_get(root, "score")));
		assert_near(json_number_value(json_object_get(root, "score")), crd_result_score(r), 1e-9);
		assert_string_equal(json_string_value(json_object_get(root, "grade")), crd_result_grade(r));
		assert_int_equal(json_array_size(json_object_get(root, "rules")), crd_result_rule_count(r));
		assert_int_equal(json_object_size(json_object_get(root, "subscores")), crd_result_subscore_count(r));
	} else {
		assert_null(json_object_get(root, "score"));
		assert_null(json_object_get(root, "rules"));
	}
	json_t *evs = json_object_get(root, "evidence");
	assert_true(json_is_array(evs));
	assert_int_equal(json_array_size(evs), crd_result_evidence_count(r));
	int clean = cr_is_utf8(text, len);
	for (size_t i = 0; i < json_array_size(evs); i++) {
		json_t *o = json_array_get(evs, i);
		crd_evidence ev;
		crd_result_evidence(r, i, &ev);
		assert_string_equal(json_string_value(json_object_get(o, "feature")), ev.feature);
		assert_int_equal(json_integer_value(json_object_get(o, "start")), ev.start);
		assert_int_equal(json_integer_value(json_object_get(o, "end")), ev.end);
		assert_int_equal(json_integer_value(json_object_get(o, "line")), ev.line);
		assert_int_equal(json_integer_value(json_object_get(o, "column")), ev.column);
		assert_true(json_is_object(json_object_get(o, "attrs")));
		json_t *t = json_object_get(o, "text");
		assert_true(json_is_string(t));
		if (clean) {
			/* The evidence text is exactly the input's bytes. */
			assert_int_equal(json_string_length(t), ev.end - ev.start);
			assert_memory_equal(json_string_value(t), text + ev.start, ev.end - ev.start);
		}
	}
	json_t *feats = json_object_get(root, "features");
	assert_int_equal(json_object_size(feats), crd_result_feature_count(r));
	for (size_t i = 0; i < crd_result_feature_count(r); i++) {
		const char *name;
		size_t c;
		crd_result_feature(r, i, &name, &c);
		assert_int_equal(json_integer_value(json_object_get(feats, name)), c);
	}
	assert_int_equal(json_array_size(json_object_get(root, "warnings")), crd_result_warning_count(r));
	assert_int_equal(json_array_size(json_object_get(root, "zones")), crd_result_zone_count(r));
	crd_stats st;
	crd_result_stats(r, &st);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(root, "stats"), "bytes")), st.bytes);
	json_decref(root);
	crd_free(js);
}

/* Checks every invariant of r, a result for text[0..len), but its JSON. */
static inline void cr_check_core(const crd_result *r, const char *text, size_t len)
{
	assert_non_null(r);
	crd_stats st;
	crd_result_stats(r, &st);
	assert_int_equal(st.bytes, len);
	assert_true(st.words <= len);
	assert_true(st.paragraphs <= st.sentences);

	/* Evidence: inside the text, its bytes, sorted, with a known zone. */
	size_t nev = crd_result_evidence_count(r);
	size_t prev_start = 0;
	cr_cursor cur = { text, 0, 1, 1 };
	for (size_t i = 0; i < nev; i++) {
		crd_evidence ev;
		assert_int_equal(crd_result_evidence(r, i, &ev), CRD_OK);
		assert_non_null(ev.feature);
		assert_true(ev.feature[0] != '\0');
		if (!(ev.start <= ev.end && ev.end <= len))
			fail_msg("evidence %zu %s [%zu,%zu) outside [0,%zu)", i, ev.feature, ev.start, ev.end, len);
		assert_true(ev.start >= prev_start);
		prev_start = ev.start;
		assert_non_null(ev.text);
		assert_memory_equal(ev.text, text + ev.start, ev.end - ev.start);
		assert_int_equal(ev.text[ev.end - ev.start], '\0');
		int line, col;
		cr_linecol(&cur, ev.start, &line, &col);
		if (ev.line != line || ev.column != col)
			fail_msg("evidence %zu at %zu is %d:%d, expected %d:%d", i, ev.start, ev.line, ev.column, line,
			         col);
		assert_non_null(ev.zone);
		if (!cr_known_zone(ev.zone))
			fail_msg("evidence %zu has zone '%s'", i, ev.zone);
		assert_true(ev.sentence < (st.sentences ? st.sentences : 1));
		for (size_t k = 0; k < ev.attr_count; k++) {
			const crd_attr *a = &ev.attrs[k];
			assert_non_null(a->key);
			assert_true(a->type >= CRD_ATTR_NULL && a->type <= CRD_ATTR_STRING);
			if (a->type == CRD_ATTR_STRING)
				assert_non_null(a->string);
		}
	}
	assert_int_equal(crd_result_evidence(r, nev, &(crd_evidence){ 0 }), CRD_ERR_INVALID);

	/* Zones: consecutive, covering the document. */
	size_t nz = crd_result_zone_count(r), pos = 0;
	assert_true(nz >= 1);
	for (size_t i = 0; i < nz; i++) {
		const char *kind;
		size_t s, e;
		assert_int_equal(crd_result_zone(r, i, &kind, &s, &e), CRD_OK);
		assert_true(cr_known_zone(kind));
		if (s != pos)
			fail_msg("zone %zu starts at %zu, the one before ended at %zu", i, s, pos);
		assert_true(e >= s);
		pos = e;
	}
	assert_int_equal(pos, len);

	/* Feature counts: sorted by name, adding up to the evidence. */
	size_t total = 0;
	const char *prev = NULL;
	for (size_t i = 0; i < crd_result_feature_count(r); i++) {
		const char *name;
		size_t c;
		assert_int_equal(crd_result_feature(r, i, &name, &c), CRD_OK);
		assert_true(c > 0);
		if (prev)
			assert_true(strcmp(prev, name) < 0);
		prev = name;
		total += c;
		assert_int_equal(crd_result_count(r, name, NULL), c);
		size_t n = 0;
		for (size_t k = 0; k < nev; k++) {
			crd_evidence ev;
			crd_result_evidence(r, k, &ev);
			n += strcmp(ev.feature, name) == 0;
		}
		assert_int_equal(n, c);
	}
	assert_int_equal(total, nev);

	/* Warnings: with offsets inside the input. */
	for (size_t i = 0; i < crd_result_warning_count(r); i++) {
		crd_warning w;
		assert_int_equal(crd_result_warning(r, i, &w), CRD_OK);
		assert_non_null(w.code);
		assert_non_null(w.message);
		assert_true(w.offset >= -1 && w.offset < (int64_t)len + 1);
		if (w.offset >= 0) {
			int line, col;
			cr_linecol(&cur, (size_t)w.offset, &line, &col);
			assert_int_equal(w.line, line);
			assert_int_equal(w.column, col);
		}
	}

	/* The score adds up: logit = bias + contributions, score = sigmoid. */
	if (crd_result_scored(r)) {
		double sum = 0;
		for (size_t i = 0; i < crd_result_rule_count(r); i++) {
			crd_rule_hit h;
			assert_int_equal(crd_result_rule(r, i, &h), CRD_OK);
			assert_non_null(h.name);
			assert_non_null(h.group);
			assert_non_null(h.why);
			assert_non_null(h.file);
			assert_true(h.hits != 0);
			double counted = h.hits < h.cap ? h.hits : h.cap;
			assert_near(h.contribution, h.weight * counted, 1e-12);
			sum += h.contribution;
			for (size_t k = 0; k < h.evidence_count; k++) {
				crd_evidence ev;
				assert_int_equal(crd_result_evidence(r, h.evidence[k], &ev), CRD_OK);
				if (h.feature)
					assert_string_equal(ev.feature, h.feature);
			}
		}
		if (fabs(crd_result_bias(r) + sum - crd_result_logit(r)) > 1e-9) {
			for (size_t i = 0; i < crd_result_rule_count(r); i++) {
				crd_rule_hit h;
				crd_result_rule(r, i, &h);
				print_message("  %s %s hits %g cap %g contribution %.17g\n", h.name, h.group, h.hits,
				              h.cap, h.contribution);
			}
			fail_msg("bias %.17g + contributions %.17g != logit %.17g", crd_result_bias(r), sum,
			         crd_result_logit(r));
		}
		double sc = crd_result_score(r);
		assert_true(sc >= 0 && sc <= 100);
		assert_near(sc, 100.0 / (1.0 + exp(-crd_result_logit(r))), 0.0051);
		assert_true(crd_result_grade(r)[0] != '\0');
		for (size_t g = 0; g < crd_result_subscore_count(r); g++) {
			const char *name;
			double s;
			assert_int_equal(crd_result_subscore(r, g, &name, &s), CRD_OK);
			assert_non_null(name);
			assert_true(s >= 0 && s <= 100);
		}
	} else {
		assert_int_equal(crd_result_rule_count(r), 0);
		assert_string_equal(crd_result_grade(r), "");
	}
}

/* Checks every invariant of r and of its JSON rendering. */
static inline void cr_check(const crd_result *r, const char *text, size_t len)
{
	cr_check_core(r, text, len);
	cr_check_json(r, text, len, 0);
}

#endif
