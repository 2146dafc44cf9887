/* script.h -- the Lua scoring layer: loading a script's declarations, sandboxed per-scorer states, rules. */
#ifndef CRD_SCRIPT_H
#define CRD_SCRIPT_H

#include <stddef.h>
#include <stdint.h>

#include "credence.h"
#include "doc.h"
#include "util.h"

struct crd_engine;
struct crd_scorer;

/* A source file of the script (the main file and everything it includes).
 * The engine keeps them so that scorers never touch the file system. */
typedef struct scr_source {
	char *path;       /* as resolved; the name for the main script */
	char *name;       /* for messages: the path as the user wrote it */
	char *text;
	size_t len;
} scr_source;

typedef struct scr_rule {
	char *name, *group, *why, *feature_name;
	char *file;
	int line;
	int feature;      /* feature id, or -1 for a function rule */
	int zone;         /* zone kind counted, -1 for every zone */
	double weight;
	double cap;       /* HUGE_VAL when none */
	int group_id;
} scr_rule;

typedef struct scr_group {
	char *name;
	double bias;      /* the subscore's bias; the script's bias unless set */
	int has_bias;
	double cap;       /* bound on |sum of the group's contributions|, HUGE_VAL when none */
	char *file;       /* where group{} was called; NULL when the group was only named by rules */
	int line;
} scr_group;

/* A feature declared with feature{}: evidence that the script's rules add
 * with doc:add{} and that feature rules may count. */
typedef struct scr_feature {
	char *name, *why;
	char *file;
	int line;
} scr_feature;

/* A lexicon declared with lexicon{}: terms inline or read from a file. Both
 * end up as terms; "phrase | key=value" carries attributes. */
typedef struct scr_lexicon {
	char *name, *feature;
	char *file;       /* the script file and line of the declaration */
	int line;
	char **terms;     /* nterms phrases */
	int *term_lines;  /* line of each term in origin */
	size_t nterms;
	char *origin;     /* where the terms are: the lexicon file's path, or the script file */
	char *path;       /* resolved path for file = "...", or NULL */
} scr_lexicon;

/* Grade thresholds: the highest grade whose minimum the score reaches. */
#define SCR_MAX_GRADES 8

typedef struct scr_grade {
	char name[8];
	double min;
} scr_grade;

/* Everything a script declares, gathered when the engine is built. */
typedef struct scr_program {
	VEC(scr_source) sources;
	VEC(scr_rule) rules;
	VEC(scr_group) groups;
	VEC(scr_lexicon) lexicons;
	VEC(scr_feature) features;
	double bias;
	scr_grade grades[SCR_MAX_GRADES];
	size_t ngrades;
	size_t ntests;
	char *dir;        /* folder that include() and lexicon{file=} resolve against, or NULL */
	char *main_name;  /* name of the main script for messages */
	size_t max_memory;
	uint64_t max_instructions;
} scr_program;

/*
 * Runs the script once in a throw-away sandbox to collect its declarations.
 * source/len is the main script, name its name for messages, dir the folder
 * for include() (NULL forbids it). Feature names of rules are resolved later
 * by the engine (scr_resolve). Returns CRD_OK or CRD_ERR_SCRIPT with
 * file:line, CRD_ERR_IO, CRD_ERR_NOMEM, CRD_ERR_BUDGET, CRD_ERR_MEMORY.
 */
int scr_load(scr_program *p, const char *source, size_t len, const char *name, const char *dir,
             crd_error *err);

/* Resolves rule feature names to ids; unknown names fail with the rule's
 * file and line and a suggestion. */
int scr_resolve(scr_program *p, const struct crd_engine *e, crd_error *err);

void scr_program_free(scr_program *p);

/* One scorer's Lua state. */
typedef struct scr_state scr_state;

int scr_state_new(scr_state **out, const struct crd_engine *e, crd_error *err);
void scr_state_free(scr_state *s);

/*
 * Runs the function rules over the document and fills hits[i] for every rule
 * (feature rules from counts, function rules from their return value). The
 * document must be finished (doc_finish). Rules may add evidence; the
 * document is finished again afterwards. A failure leaves the state usable.
 */
int scr_run(scr_state *s, crd_doc *d, double *hits, crd_error *err);

/* Evidence a function rule stands on: items it added with doc:add{} and
 * items it returned. Spans and features, not indices, because adding
 * evidence re-sorts the document. */
typedef struct scr_ref {
	uint32_t rule;
	uint32_t s, e;
	int32_t feature;
} scr_ref;

/* The references of the last scr_run(), grouped by rule in rule order. Valid
 * until the next run. */
size_t scr_refs(const scr_state *s, const scr_ref **refs);

/* Runs the script's tests{} (see crd_engine_check). */
int scr_check(scr_state *s, struct crd_scorer *scorer, size_t *run, size_t *failed,
              crd_test_report_fn report, void *ud, crd_error *err);

/* The built-in default script, embedded at build time. */
extern const char scr_default_script[];
extern const size_t scr_default_script_len;

#endif
