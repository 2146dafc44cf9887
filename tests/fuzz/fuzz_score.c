/* fuzz_score.c -- libFuzzer harness: crd_scorer_score over arbitrary bytes with the default engine.
 *
 * Every input is scored (the first byte picks features-only, a title, or
 * HTML) and the result is held to the invariants of the public API: evidence
 * inside the document and equal to its bytes (for HTML, the text read from
 * the page, with page spans inside the page and in order), zones covering it,
 * the score adding up, and a report that is valid JSON. A broken invariant aborts, so libFuzzer
 * saves the input.
 *
 * Not part of ctest. Build with clang, sanitizers on:
 *
 *     cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DCREDENCE_FUZZ=ON \
 *           -DCREDENCE_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
 *     cmake --build build-fuzz --target fuzz_score
 *
 * Run, with a corpus folder that grows (seed it with a few articles, such as
 * the article.txt of each case in tests/golden, to start from real prose):
 *
 *     mkdir -p fuzz-corpus
 *     ./build-fuzz/tests/fuzz_score -max_len=20000 -max_total_time=600 \
 *         -rss_limit_mb=4096 fuzz-corpus
 *
 * A crash leaves crash-<sha1> in the working folder; replay it with
 * ./build-fuzz/tests/fuzz_score crash-<sha1>.
 */
#include <jansson.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "credence.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static crd_engine *engine;
static crd_scorer *scorer;

#define CHECK(c)                                                                                   \
	do {                                                                                       \
		if (!(c)) {                                                                        \
			fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #c);   \
			abort();                                                                   \
		}                                                                                  \
	} while (0)

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	crd_error err;
	if (crd_engine_new(&engine, NULL, &err) != CRD_OK || crd_scorer_new(&scorer, engine, &err) != CRD_OK) {
		fprintf(stderr, "fuzz_score: cannot build the default engine: %s\n", err.message);
		abort();
	}
	return 0;
}

static void check(const crd_result *r, const char *page, size_t page_len)
{
	size_t len;
	const char *text = crd_result_text(r, &len);
	int html = crd_result_format(r) == CRD_FORMAT_HTML;
	CHECK(html || (len == page_len && memcmp(text, page, len) == 0));
	crd_stats st;
	crd_result_stats(r, &st);
	CHECK(st.bytes == len);
	size_t nev = crd_result_evidence_count(r), prev = 0;
	for (size_t i = 0; i < nev; i++) {
		crd_evidence ev;
		CHECK(crd_result_evidence(r, i, &ev) == CRD_OK);
		CHECK(ev.start <= ev.end && ev.end <= len);
		CHECK(ev.start >= prev);
		prev = ev.start;
		CHECK(memcmp(ev.text, text + ev.start, ev.end - ev.start) == 0);
		CHECK(ev.line >= 1 && ev.column >= 1);
		CHECK(ev.zone && ev.feature);
		CHECK(ev.input_start <= ev.input_end && ev.input_end <= page_len);
		CHECK(html || (ev.input_start == ev.start && ev.input_end == ev.end));
	}
	size_t pos = 0;
	for (size_t i = 0; i < crd_result_zone_count(r); i++) {
		size_t s, e;
		CHECK(crd_result_zone(r, i, NULL, &s, &e) == CRD_OK);
		CHECK(s == pos && e >= s);
		pos = e;
	}
	CHECK(pos == len);
	for (size_t i = 0; i < crd_result_warning_count(r); i++) {
		crd_warning w;
		CHECK(crd_result_warning(r, i, &w) == CRD_OK);
		CHECK(w.offset >= -1 && w.offset <= (int64_t)len);
	}
	if (crd_result_scored(r)) {
		double sum = crd_result_bias(r);
		for (size_t i = 0; i < crd_result_rule_count(r); i++) {
			crd_rule_hit h;
			CHECK(crd_result_rule(r, i, &h) == CRD_OK);
			for (size_t k = 0; k < h.evidence_count; k++)
				CHECK(h.evidence[k] < nev);
			sum += h.contribution;
		}
		CHECK(fabs(sum - crd_result_logit(r)) < 1e-9);
		CHECK(crd_result_score(r) >= 0 && crd_result_score(r) <= 100);
	}
	char *js;
	size_t jl;
	CHECK(crd_result_json(&js, &jl, r, 0, NULL) == CRD_OK);
	json_error_t je;
	json_t *root = json_loadb(js, jl, 0, &je);
	CHECK(root != NULL);
	CHECK(json_array_size(json_object_get(root, "evidence")) == nev);
	json_decref(root);
	crd_free(js);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned flags = 0, mode = 0;
	const char *title = NULL;
	char tbuf[64];
	if (size > 0) {
		/* The first byte: bit 0 features only; bit 1 the next bytes up to a
		 * newline (at most 63) are the title; bit 2 the rest is a web page. */
		mode = data[0];
		data++;
		size--;
		if (mode & 1)
			flags |= CRD_SCORE_FEATURES_ONLY;
		if (mode & 2) {
			size_t n = 0;
			while (n < size && n < sizeof tbuf - 1 && data[n] != '\n')
				n++;
			memcpy(tbuf, data, n);
			tbuf[n] = '\0';
			title = tbuf;
		}
	}
	crd_input in = CRD_INPUT_INIT;
	in.text = (const char *)data;
	in.len = size;
	in.id = "fuzz";
	in.title = title;
	in.format = mode & 4 ? CRD_FORMAT_HTML : CRD_FORMAT_TEXT;
	crd_result *r = NULL;
	crd_error err;
	int rc = crd_scorer_score(&r, scorer, &in, flags, &err);
	/* The default script never fails on a document. */
	if (rc != CRD_OK) {
		fprintf(stderr, "fuzz_score: %s (%s:%d)\n", err.message, err.source, err.line);
		abort();
	}
	check(r, (const char *)data, size);
	crd_result_free(r);
	return 0;
}
