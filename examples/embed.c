/* embed.c -- embedding libcredence: build an engine, score one article, print its score, grade and top rules.
 *
 * It uses nothing but the public header, include/credence.h:
 *
 *     cc -o embed examples/embed.c $(pkg-config --cflags --libs credence)
 *     ./embed article.txt        (or no argument for a built-in sample)
 *
 * A real program builds the engine once and keeps it: it is immutable and
 * shared by every thread, each of which makes its own scorer.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "credence.h"

static const char sample[] =
	"Officials said on Tuesday that at least 400 soldiers had arrived in the city. A military "
	"source, who spoke on condition of anonymity, said more troops may follow.\n\n"
	"\"We are ready,\" said Colonel Jane Smith, a spokeswoman for the army.\n\n"
	"The claims could not be independently verified.\n";

/* Reads a whole file; NULL (with a message) when it cannot. */
static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return NULL;
	}
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	while (buf) {
		n += fread(buf + n, 1, cap - n, f);
		if (n < cap)
			break;
		char *nb = realloc(buf, cap * 2);
		if (!nb)
			free(buf);
		buf = nb;
		cap *= 2;
	}
	if (!buf || ferror(f)) {
		fprintf(stderr, "%s: cannot read\n", path);
		free(buf);
		buf = NULL;
	}
	fclose(f);
	*len = n;
	return buf;
}

/* Orders rule hits by the size of their effect on the score. */
static int by_effect(const void *a, const void *b)
{
	double x = fabs(((const crd_rule_hit *)a)->contribution);
	double y = fabs(((const crd_rule_hit *)b)->contribution);
	return (x < y) - (x > y);
}

/* Prints err the way a compiler would: source:line: message. */
static void print_error(const char *what, const crd_error *err)
{
	if (err->source[0] && err->line > 0)
		fprintf(stderr, "%s: %s:%d: %s\n", what, err->source, err->line, err->message);
	else if (err->source[0])
		fprintf(stderr, "%s: %s: %s\n", what, err->source, err->message);
	else
		fprintf(stderr, "%s: %s (%s)\n", what, err->message, crd_strerror(err->code));
}

int main(int argc, char **argv)
{
	const char *id = argc > 1 ? argv[1] : "sample";
	size_t len = sizeof sample - 1;
	char *owned = NULL;
	if (argc > 1 && !(owned = read_file(argv[1], &len)))
		return 1;
	const char *text = owned ? owned : sample;

	/* 1. The engine: the built-in script and lexicons (opts NULL). */
	crd_engine *engine = NULL;
	crd_error err;
	if (crd_engine_new(&engine, NULL, &err) != CRD_OK) {
		print_error("engine", &err);
		free(owned);
		return 1;
	}

	/* 2. A scorer for this thread, 3. one document, one result. */
	crd_scorer *scorer = NULL;
	crd_result *result = NULL;
	int status = 1;
	if (crd_scorer_new(&scorer, engine, &err) != CRD_OK) {
		print_error("scorer", &err);
		goto done;
	}
	crd_input in = CRD_INPUT_INIT;
	in.text = text;
	in.len = len;
	in.id = id;
	if (crd_scorer_score(&result, scorer, &in, 0, &err) != CRD_OK) {
		print_error(id, &err);
		goto done;
	}

	/* 4. Read the result: score, grade, and why. */
	printf("%s: score %.1f grade %s\n", crd_result_id(result), crd_result_score(result),
	       crd_result_grade(result));
	size_t nrules = crd_result_rule_count(result);
	crd_rule_hit *hits = calloc(nrules + 1, sizeof *hits);
	if (!hits)
		goto done;
	for (size_t i = 0; i < nrules; i++)
		crd_result_rule(result, i, &hits[i]);
	qsort(hits, nrules, sizeof *hits, by_effect);
	printf("logit %.3f = bias %.3f + the rules below\n", crd_result_logit(result), crd_result_bias(result));
	for (size_t i = 0; i < nrules && i < 5; i++) {
		const crd_rule_hit *h = &hits[i];
		printf("  %+.3f %-20s %s", h->contribution, h->name, h->why);
		crd_evidence ev;
		if (h->evidence_count && crd_result_evidence(result, h->evidence[0], &ev) == CRD_OK)
			printf(" (line %d: \"%.60s\")", ev.line, ev.text);
		printf("\n");
	}
	free(hits);
	for (size_t i = 0; i < crd_result_warning_count(result); i++) {
		crd_warning w;
		crd_result_warning(result, i, &w);
		printf("warning: %s\n", w.message);
	}
	status = 0;

done:
	/* The result is ours: it would outlive the scorer and the engine. */
	crd_result_free(result);
	crd_scorer_free(scorer);
	crd_engine_free(engine);
	free(owned);
	return status;
}
