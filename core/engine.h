/* engine.h -- the immutable engine (features, lexicons, compiled script) and the per-thread scorer. */
#ifndef CRD_ENGINE_H
#define CRD_ENGINE_H

#include <stddef.h>
#include <stdint.h>

#include "credence.h"
#include "doc.h"
#include "html.h"
#include "lexicon.h"
#include "script.h"

/* Features every engine knows, in id order; lexicons and scripts add more
 * after them. Detectors use these ids directly. */
enum builtin_feature {
	F_HEDGE,
	F_BOOSTER,
	F_ATTRIBUTION_CUE,
	F_NESTED_ATTRIBUTION_CUE,
	F_NAMED_SOURCE,
	F_ANONYMOUS_SOURCE,
	F_VAGUE_ATTRIBUTION,
	F_DIRECT_QUOTE,
	F_DISCLAIMER,
	F_CORRECTION,
	F_BOILERPLATE,
	F_LOADED_LANGUAGE,
	F_PRECISE_NUMBER,
	F_HEDGED_NUMBER,
	F_VAGUE_QUANTITY,
	F_NAMED_PERSON,
	F_NAMED_ORG,
	F_PLACE,
	F_ABSOLUTE_DATE,
	F_RELATIVE_DATE,
	F_ALL_CAPS,
	F_EXCLAMATION,
	F_CLICKBAIT_TITLE,
	F_SECOND_PERSON,
	F_NAME_VARIANT,
	F_UNATTRIBUTED_CLAIM,
	F_BUILTIN_COUNT
};

#define ENGINE_MAX_FEATURES 4096

struct crd_engine {
	char **features;            /* names, ids are indices */
	size_t nfeatures;

	lex_set *lex;
	int *lex_feature;           /* lexicon id -> feature id, -1 for vocabularies */
	int *lex_emit;              /* lexicon id -> emit matches directly as evidence */

	scr_program prog;           /* the script's declarations and sources */

	size_t max_document_bytes;
	uint64_t max_instructions;
	size_t max_script_memory;
};

struct crd_scorer {
	const crd_engine *engine;
	crd_doc doc;
	scr_state *lua;
	double *hits;               /* per rule, scratch */
	html_text html;             /* the text of the last HTML page, buffers kept */
};

/* Feature name by id ("" for a bad id), count, and lookup (-1 if unknown). */
const char *engine_feature_name(const crd_engine *e, int id);
size_t engine_feature_count(const crd_engine *e);
int engine_feature_find(const crd_engine *e, const char *name);

/* Lexicon id by name, -1 if the engine has no such lexicon. */
int engine_lexicon(const crd_engine *e, const char *name);

#endif
