/* bench_score.c -- throughput and per-document latency of credence over a JSONL corpus. */
#define _POSIX_C_SOURCE 200809L
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench.h"
#include "credence.h"

/* usage: bench_score CORPUS.jsonl [--features] [--repeat N] [--script FILE]
 *        bench_score --dump-text CORPUS.jsonl     (the texts, for grep)
 *        bench_score --to-jsonl FILE...           (articles as JSONL records)
 * Prints documents, bytes, MB/s and latency percentiles (microseconds). */

static int to_jsonl(int argc, char **argv)
{
	for (int i = 2; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		if (!f)
			continue;
		char *buf = NULL;
		size_t n = 0, cap = 0, got;
		do {
			if (n + 65536 > cap) {
				cap = cap * 2 + 65536;
				buf = realloc(buf, cap);
			}
			got = fread(buf + n, 1, cap - n, f);
			n += got;
		} while (got);
		fclose(f);
		json_t *rec = json_pack("{s:s, s:s%}", "id", argv[i], "text", buf ? buf : "", n);
		char *line = rec ? json_dumps(rec, JSON_COMPACT) : NULL;
		if (line)
			puts(line);
		free(line);
		json_decref(rec);
		free(buf);
	}
	return 0;
}

static int dump_text(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return 1;
	char *line = NULL;
	size_t lcap = 0;
	ssize_t got;
	while ((got = getline(&line, &lcap, f)) > 0) {
		json_t *rec = json_loadb(line, (size_t)got, 0, NULL);
		json_t *t = json_object_get(rec, "text");
		if (json_is_string(t)) {
			fwrite(json_string_value(t), 1, json_string_length(t), stdout);
			putchar('\n');
		}
		json_decref(rec);
	}
	free(line);
	fclose(f);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--to-jsonl") == 0)
		return to_jsonl(argc, argv);
	if (argc > 2 && strcmp(argv[1], "--dump-text") == 0)
		return dump_text(argv[2]);
	const char *path = NULL, *script = NULL;
	unsigned flags = 0;
	long repeat = 1;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--features") == 0)
			flags |= CRD_SCORE_FEATURES_ONLY;
		else if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
			repeat = atol(argv[++i]);
		else if (strcmp(argv[i], "--script") == 0 && i + 1 < argc)
			script = argv[++i];
		else
			path = argv[i];
	}
	if (!path || repeat < 1) {
		fprintf(stderr, "usage: bench_score CORPUS.jsonl [--features] [--repeat N] [--script FILE]\n");
		return 2;
	}
	bench_doc *docs;
	size_t n = bench_load(path, 0, 0, 0, &docs), bytes = 0;
	if (n == 0) {
		fprintf(stderr, "bench_score: no articles in %s\n", path);
		return 1;
	}
	for (size_t i = 0; i < n; i++)
		bytes += docs[i].len;

	crd_options o = CRD_OPTIONS_INIT;
	o.script_path = script;
	crd_engine *e;
	crd_scorer *s;
	crd_error err;
	if (crd_engine_new(&e, &o, &err) || crd_scorer_new(&s, e, &err)) {
		fprintf(stderr, "bench_score: %s\n", err.message);
		return 1;
	}
	double *lat = malloc((n * (size_t)repeat + 1) * sizeof(double));
	size_t nl = 0, evidence = 0;
	double t0 = bench_now();
	for (long r = 0; r < repeat; r++)
		for (size_t i = 0; i < n; i++) {
			crd_input in = CRD_INPUT_INIT;
			in.text = docs[i].text;
			in.len = docs[i].len;
			crd_result *res;
			double a = bench_now();
			if (crd_scorer_score(&res, s, &in, flags, &err) != CRD_OK) {
				fprintf(stderr, "bench_score: document %zu: %s\n", i, err.message);
				continue;
			}
			lat[nl++] = bench_now() - a;
			evidence += crd_result_evidence_count(res);
			crd_result_free(res);
		}
	double total = bench_now() - t0;
	qsort(lat, nl, sizeof(double), bench_cmp_double);
	double mb = (double)bytes * (double)repeat / 1e6;
	printf("documents %zu x %ld, %.1f MB, %zu evidence items\n", n, repeat, mb, evidence);
	printf("throughput %.2f MB/s, %.0f documents/s\n", mb / total, (double)nl / total);
	if (nl)
		printf("latency us: p50 %.0f  p90 %.0f  p99 %.0f  max %.0f\n", lat[nl / 2] * 1e6,
		       lat[nl * 9 / 10] * 1e6, lat[nl * 99 / 100] * 1e6, lat[nl - 1] * 1e6);
	free(lat);
	bench_free(docs, n);
	crd_scorer_free(s);
	crd_engine_free(e);
	return 0;
}
