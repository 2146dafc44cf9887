/* result.h -- the caller-owned result: score arithmetic and a self-contained copy of the evidence. */
#ifndef CRD_RESULT_H
#define CRD_RESULT_H

#include "credence.h"
#include "doc.h"
#include "util.h"

typedef struct res_subscore {
	const char *group;
	double bias, sum, logit, score;
} res_subscore;

typedef struct res_rule {
	crd_rule_hit hit;      /* hit.evidence points into the result's evlist */
} res_rule;

typedef struct res_feature {
	const char *name;
	size_t count;
	size_t zone[ZONE_COUNT];
} res_feature;

typedef struct res_zone {
	const char *kind;
	size_t s, e;
} res_zone;

typedef struct res_sentence {
	size_t s, e;
} res_sentence;

struct crd_result {
	arena mem;
	const char *id, *title, *url, *source, *date;
	char *text;            /* copy of the text the offsets index */
	size_t len;
	unsigned int format;   /* CRD_FORMAT_* */
	const char *charset;   /* for HTML: "utf-8" or "windows-1252" */
	int scored;
	double score, bias, logit;
	const char *grade;

	res_subscore *subs;
	size_t nsubs;
	res_rule *rules;       /* only rules that fired */
	size_t nrules;
	size_t *evlist;        /* evidence indices referenced by rules */
	res_feature *feats;
	size_t nfeats;
	crd_evidence *ev;
	size_t nev;
	res_zone *zones;
	size_t nzones;
	res_sentence *sents;
	size_t nsents;
	crd_warning *warnings;
	size_t nwarnings;
	crd_stats stats;
};

/* Builds the result of the scorer's current document; hits come from the
 * scorer when scored. */
int result_build(crd_result **out, struct crd_scorer *s, int scored, crd_error *err);

/* The logistic function used for every score. */
double result_sigmoid(double x);

/* Grade of a score under the script's thresholds. */
const char *result_grade(const struct crd_engine *e, double score);

#endif
