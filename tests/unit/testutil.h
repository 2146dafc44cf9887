/* testutil.h -- helpers shared by the cmocka unit tests: a default engine, scoring text, finding evidence. */
#ifndef TESTUTIL_H
#define TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "credence.h"

static crd_engine *tu_engine_;
static crd_scorer *tu_scorer_;

/* The default engine and one scorer, built on first use. */
static inline crd_scorer *tu_scorer(void)
{
	if (!tu_scorer_) {
		crd_error err;
		if (crd_engine_new(&tu_engine_, NULL, &err) != CRD_OK)
			fail_msg("engine: %s (%s:%d)", err.message, err.source, err.line);
		if (crd_scorer_new(&tu_scorer_, tu_engine_, &err) != CRD_OK)
			fail_msg("scorer: %s", err.message);
	}
	return tu_scorer_;
}

static inline void tu_teardown(void)
{
	crd_scorer_free(tu_scorer_);
	crd_engine_free(tu_engine_);
	tu_scorer_ = NULL;
	tu_engine_ = NULL;
}

/* Scores text (features only unless scored) with the default engine. */
static inline crd_result *tu_run(const char *text, const char *title, int scored)
{
	crd_input in = CRD_INPUT_INIT;
	in.text = text;
	in.len = strlen(text);
	in.title = title;
	in.id = "test";
	crd_result *r = NULL;
	crd_error err;
	int rc = crd_scorer_score(&r, tu_scorer(), &in, scored ? 0 : CRD_SCORE_FEATURES_ONLY, &err);
	if (rc != CRD_OK)
		fail_msg("score: %s", err.message);
	return r;
}

static inline crd_result *tu_features(const char *text)
{
	return tu_run(text, NULL, 0);
}

/* The first evidence item of feature whose text is exactly text (text NULL:
 * any). Returns 1 and fills *ev when found. */
static inline int tu_find(const crd_result *r, const char *feature, const char *text, crd_evidence *ev)
{
	crd_evidence tmp;
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_result_evidence(r, i, &tmp);
		if (strcmp(tmp.feature, feature) == 0 && (!text || strcmp(tmp.text, text) == 0)) {
			if (ev)
				*ev = tmp;
			return 1;
		}
	}
	return 0;
}

/* Whether some evidence of feature overlaps the first occurrence of text. */
static inline int tu_covers(const crd_result *r, const char *doc, const char *feature, const char *text)
{
	const char *p = strstr(doc, text);
	if (!p)
		fail_msg("\"%s\" is not in the document", text);
	size_t s = (size_t)(p - doc), e = s + strlen(text);
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_evidence ev;
		crd_result_evidence(r, i, &ev);
		if (strcmp(ev.feature, feature) == 0 && ev.start < e && s < ev.end)
			return 1;
	}
	return 0;
}

static inline const crd_attr *tu_attr(const crd_evidence *ev, const char *key)
{
	for (size_t i = 0; i < ev->attr_count; i++)
		if (strcmp(ev->attrs[i].key, key) == 0)
			return &ev->attrs[i];
	return NULL;
}

/* Prints the evidence of a result, for failing tests. */
static inline void tu_dump(const crd_result *r)
{
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_evidence ev;
		crd_result_evidence(r, i, &ev);
		print_message("  %s [%zu,%zu) \"%s\"\n", ev.feature, ev.start, ev.end, ev.text);
	}
}

#endif
