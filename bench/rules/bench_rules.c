/* bench_rules.c -- what a script's rules add to scoring: times two scripts over the same articles, interleaved. */
#define _POSIX_C_SOURCE 200809L
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../bench.h"
#include "credence.h"

#define MAX_DOCS 64

/* Whether each pass renders the JSON report too (BENCH_JSON=0 turns it off). */
static int with_json = 1;

static crd_scorer *scorer_for(const char *script, crd_engine **e)
{
	crd_options o = CRD_OPTIONS_INIT;
	o.script_path = script;
	crd_error err;
	crd_scorer *s = NULL;
	if (crd_engine_new(e, &o, &err) != CRD_OK || crd_scorer_new(&s, *e, &err) != CRD_OK) {
		fprintf(stderr, "bench_rules: %s:%d: %s\n", err.source, err.line, err.message);
		exit(2);
	}
	return s;
}

/* Scores every document once; returns seconds. */
static double pass(crd_scorer *s, const bench_doc *docs, size_t n)
{
	double t0 = bench_now();
	for (size_t i = 0; i < n; i++) {
		crd_input in = CRD_INPUT_INIT;
		in.text = docs[i].text;
		in.len = docs[i].len;
		in.id = "bench";
		crd_result *r;
		crd_error err;
		if (crd_scorer_score(&r, s, &in, 0, &err) != CRD_OK) {
			fprintf(stderr, "bench_rules: %s\n", err.message);
			exit(2);
		}
		/* The report is part of the cost a user pays. */
		char *json;
		if (with_json && crd_result_json(&json, NULL, r, 0, &err) == CRD_OK)
			crd_free(json);
		crd_result_free(r);
	}
	return bench_now() - t0;
}

int main(int argc, char **argv)
{
	if (argc < 5) {
		fprintf(stderr, "usage: bench_rules BASE.lua SCRIPT.lua ROUNDS (--corpus FILE.jsonl | FILE...)\n"
		                "       bench_rules --only SCRIPT.lua ROUNDS (--corpus FILE.jsonl | FILE...)\n");
		return 2;
	}
	int only = strcmp(argv[1], "--only") == 0;
	const char *env = getenv("BENCH_JSON");
	with_json = !env || strcmp(env, "0") != 0;
	const char *base = only ? NULL : argv[1];
	const char *script = argv[2];
	int rounds = atoi(argv[3]);
	bench_doc *docs = NULL;
	size_t n = 0;
	if (strcmp(argv[4], "--corpus") == 0 && argc > 5) {
		n = bench_load(argv[5], 4000, 6000, 20, &docs);
	} else if ((docs = calloc(MAX_DOCS, sizeof *docs))) {
		for (int i = 4; i < argc && n < MAX_DOCS; i++) {
			FILE *f = fopen(argv[i], "rb");
			if (!f)
				continue;
			docs[n].text = malloc(1 << 20);
			docs[n].len = fread(docs[n].text, 1, (1 << 20) - 1, f);
			fclose(f);
			n++;
		}
	}
	if (n == 0) {
		fprintf(stderr, "bench_rules: no articles\n");
		return 2;
	}
	size_t bytes = 0;
	for (size_t i = 0; i < n; i++)
		bytes += docs[i].len;
	crd_engine *e1 = NULL, *e2 = NULL;
	crd_scorer *s1 = only ? NULL : scorer_for(base, &e1);
	crd_scorer *s2 = scorer_for(script, &e2);
	if (only) {
		for (int r = 0; r < rounds; r++)
			pass(s2, docs, n);
		printf("%d rounds of %zu articles (%zu bytes on average) with %s\n", rounds, n, bytes / n, script);
	} else {
		/* Warm up, then alternate so that both see the same machine. */
		pass(s1, docs, n);
		pass(s2, docs, n);
		double *t1 = calloc((size_t)rounds, sizeof(double)), *t2 = calloc((size_t)rounds, sizeof(double));
		double *ratio = calloc((size_t)rounds, sizeof(double));
		for (int r = 0; r < rounds; r++) {
			t1[r] = pass(s1, docs, n);
			t2[r] = pass(s2, docs, n);
			ratio[r] = t2[r] / t1[r];
		}
		qsort(t1, (size_t)rounds, sizeof(double), bench_cmp_double);
		qsort(t2, (size_t)rounds, sizeof(double), bench_cmp_double);
		qsort(ratio, (size_t)rounds, sizeof(double), bench_cmp_double);
		printf("%zu articles, %zu bytes on average, %d rounds, %s\n", n, bytes / n, rounds,
		       with_json ? "scoring and rendering JSON" : "scoring only");
		printf("  %-32s %8.1f us/article (median)\n", base, t1[rounds / 2] / (double)n * 1e6);
		printf("  %-32s %8.1f us/article (median)\n", script, t2[rounds / 2] / (double)n * 1e6);
		printf("  ratio %.3f (median of per-round ratios; quartiles %.3f .. %.3f)\n", ratio[rounds / 2],
		       ratio[rounds / 4], ratio[3 * rounds / 4]);
		free(t1);
		free(t2);
		free(ratio);
		crd_scorer_free(s1);
		crd_engine_free(e1);
	}
	crd_scorer_free(s2);
	crd_engine_free(e2);
	bench_free(docs, n);
	return 0;
}
