/* bench.h -- what the benchmark drivers share: a clock, article loading from JSONL, sorting times. */
#ifndef CREDENCE_BENCH_H
#define CREDENCE_BENCH_H

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct bench_doc {
	char *text;
	size_t len;
} bench_doc;

static inline double bench_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static inline int bench_cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* Loads the "text" of each JSONL record of lo..hi bytes (hi 0: any), at most
 * max records (0: all). *out is malloc'd; returns the count. */
static inline size_t bench_load(const char *path, size_t lo, size_t hi, size_t max, bench_doc **out)
{
	*out = NULL;
	FILE *f = fopen(path, "r");
	if (!f)
		return 0;
	size_t n = 0, cap = 0, lcap = 0;
	char *line = NULL;
	while ((!max || n < max) && getline(&line, &lcap, f) > 0) {
		json_t *j = json_loads(line, 0, NULL);
		json_t *t = json_object_get(j, "text");
		size_t len = json_string_length(t);
		if (json_is_string(t) && len >= lo && (!hi || len <= hi)) {
			if (n == cap) {
				cap = cap ? cap * 2 : 1024;
				bench_doc *nd = realloc(*out, cap * sizeof **out);
				if (!nd)
					break;
				*out = nd;
			}
			(*out)[n].len = len;
			(*out)[n].text = malloc(len + 1);
			if (!(*out)[n].text)
				break;
			memcpy((*out)[n].text, json_string_value(t), len + 1);
			n++;
		}
		json_decref(j);
	}
	free(line);
	fclose(f);
	return n;
}

static inline void bench_free(bench_doc *docs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(docs[i].text);
	free(docs);
}

#endif
