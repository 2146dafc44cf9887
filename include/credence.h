/* credence.h -- public API of libcredence: evidence-based reliability scoring of news text. */
#ifndef CREDENCE_H
#define CREDENCE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The library is built with hidden visibility; what this header declares is
 * what the shared library exports. */
#if defined(CRD_BUILDING) && defined(__GNUC__)
#pragma GCC visibility push(default)
#endif

/*
 * Overview
 * --------
 * A crd_engine is built once from a Lua scoring script and its lexicons. It
 * is immutable afterwards and may be shared by any number of threads.
 *
 * Each thread creates its own crd_scorer from the engine. A scorer owns a Lua
 * state and scratch memory that is reused from one document to the next; it
 * must not be used by two threads at once.
 *
 * crd_scorer_score() turns one document into a crd_result, which belongs to
 * the caller: it copies everything it needs (including the document's text),
 * stays valid after the scorer and the engine are freed, and is released with
 * crd_result_free().
 *
 * Every function that can fail returns an int status: CRD_OK (0) or one of the
 * negative CRD_ERR_* codes. When the caller passes a crd_error, it is filled
 * with the code, a message and, where it applies, the file or script, line,
 * column and byte offset of the problem. The library never prints, never
 * exits and never aborts on bad input.
 *
 * Offsets are byte offsets into the document as given (0-based, end
 * exclusive). Lines and columns are 1-based; columns count code points.
 */

#define CRD_VERSION_MAJOR 0
#define CRD_VERSION_MINOR 1
#define CRD_VERSION_PATCH 0
#define CRD_VERSION "0.1.0"

/* The schema name written in every JSON report. */
#define CRD_SCHEMA "credence/1"

/* Status codes. */
enum {
	CRD_OK = 0,
	CRD_ERR_INVALID = -1, /* a bad argument from the caller (NULL handle, bad version) */
	CRD_ERR_NOMEM = -2,   /* an allocation failed */
	CRD_ERR_IO = -3,      /* a file could not be read */
	CRD_ERR_INPUT = -4,   /* the document cannot be scored (too large, malformed) */
	CRD_ERR_SCRIPT = -5,  /* the script failed to compile or raised an error */
	CRD_ERR_BUDGET = -6,  /* the script ran past its instruction budget */
	CRD_ERR_MEMORY = -7,  /* the script ran past its memory cap */
	CRD_ERR_LEXICON = -8, /* a lexicon is malformed */
	CRD_ERR_TEST = -9     /* a script's own tests failed (crd_engine_check) */
};

/* Details of a failure, filled by any call that takes a crd_error *. */
typedef struct crd_error {
	int code;           /* one of CRD_ERR_*, CRD_OK when nothing failed */
	char message[320];  /* human-readable, one line, no trailing newline */
	char source[256];   /* file, script or document the problem is in; "" if none */
	int line;           /* 1-based line in source; 0 if unknown */
	int column;         /* 1-based column (code points); 0 if unknown */
	int64_t offset;     /* byte offset in source; -1 if unknown */
} crd_error;

typedef struct crd_result crd_result;

/* Returns a short English name for a status code ("script error", ...). */
const char *crd_strerror(int code);

/* ------------------------------------------------------------------------ */
/* Engine                                                                    */

typedef struct crd_engine crd_engine;

#define CRD_OPTIONS_VERSION 1

/*
 * Options for crd_engine_new(). Initialise with CRD_OPTIONS_INIT (or
 * crd_options_init()) and change the fields you need; fields may be added in
 * later versions, which the version field tells apart.
 */
typedef struct crd_options {
	unsigned int version;

	/* The scoring script. When both are NULL the built-in default script is
	 * used. script_source (with script_name for messages) takes precedence
	 * over script_path. Paths given to include() and lexicon{file=} inside
	 * the script resolve against script_path's folder; a script given as
	 * source may not use them unless script_dir is set. Borrowed: read
	 * during crd_engine_new() only. */
	const char *script_path;
	const char *script_source;
	size_t script_source_len;
	const char *script_name;
	const char *script_dir;

	/* Folder of lexicon files (*.txt) replacing the built-in lexicons; NULL
	 * to use the ones built into the library. Borrowed. */
	const char *lexicon_dir;

	/* Per-document limits. 0 selects the default shown. */
	size_t max_document_bytes;      /* CRD_MAX_DOCUMENT_DEFAULT; larger documents fail with CRD_ERR_INPUT */
	uint64_t max_instructions;      /* 50,000,000 Lua VM instructions per document */
	size_t max_script_memory;       /* 64 MiB per Lua state */
} crd_options;

/* The default of crd_options.max_document_bytes: 64 MiB. */
#define CRD_MAX_DOCUMENT_DEFAULT ((size_t)64 << 20)

#define CRD_OPTIONS_INIT { CRD_OPTIONS_VERSION, NULL, NULL, 0, NULL, NULL, NULL, 0, 0, 0 }

/* Initialises opts to the defaults, like CRD_OPTIONS_INIT. */
void crd_options_init(crd_options *opts);

/*
 * Builds an engine: loads and checks the script, compiles every lexicon into
 * one matcher. opts may be NULL for the defaults.
 * On success *out is a new engine owned by the caller (free it with
 * crd_engine_free() once no scorer uses it) and CRD_OK is returned. On failure
 * *out is NULL and the error says what and where: CRD_ERR_SCRIPT with the
 * script's file and line, CRD_ERR_LEXICON with the lexicon file and line,
 * CRD_ERR_IO, CRD_ERR_NOMEM, CRD_ERR_INVALID.
 */
int crd_engine_new(crd_engine **out, const crd_options *opts, crd_error *err);

/* Frees an engine. Every scorer made from it must be freed first. NULL is ok. */
void crd_engine_free(crd_engine *engine);

/* Introspection of a built engine. Returned strings are borrowed and live as
 * long as the engine. */
const char *crd_engine_script_name(const crd_engine *engine);
size_t crd_engine_rule_count(const crd_engine *engine);
/* The script's bias: the logit of an article on which no rule fires. */
double crd_engine_bias(const crd_engine *engine);

typedef struct crd_rule_info {
	const char *name;
	const char *group;
	const char *feature;   /* NULL for a function rule */
	const char *why;
	double weight;
	double cap;            /* HUGE_VAL when the rule has no cap */
	int line;              /* line of the rule{} in its script file */
	const char *file;
} crd_rule_info;

/* Fills *info for rule i (0-based, in declaration order). Returns CRD_OK or
 * CRD_ERR_INVALID when i is out of range. */
int crd_engine_rule(const crd_engine *engine, size_t i, crd_rule_info *info);

/* Lexicons compiled into the engine: built-in and script-declared. */
size_t crd_engine_lexicon_count(const crd_engine *engine);

typedef struct crd_lexicon_info {
	const char *name;      /* lexicon name ("hedge", or the name given in lexicon{}) */
	const char *feature;   /* feature its matches report */
	const char *origin;    /* file or "builtin:<name>" */
	size_t terms;          /* number of phrases */
} crd_lexicon_info;

int crd_engine_lexicon(const crd_engine *engine, size_t i, crd_lexicon_info *info);

/* Feature names the engine knows (built-in detectors, lexicons, and features
 * that script rules add). Borrowed, valid as long as the engine. */
size_t crd_engine_feature_count(const crd_engine *engine);
const char *crd_engine_feature_name(const crd_engine *engine, size_t i);

/* The index of the feature called name (as crd_engine_feature_name counts),
 * or -1 when the engine does not know it or an argument is NULL. */
int crd_engine_feature_find(const crd_engine *engine, const char *name);

/* ------------------------------------------------------------------------ */
/* Scorer                                                                    */

typedef struct crd_scorer crd_scorer;

/* Creates a scorer for one thread. *out is owned by the caller and freed with
 * crd_scorer_free(); the engine must outlive it. */
int crd_scorer_new(crd_scorer **out, const crd_engine *engine, crd_error *err);

/* Frees a scorer. NULL is ok. */
void crd_scorer_free(crd_scorer *scorer);

/* Version 2 added format; a version 1 struct is still read, as text. */
#define CRD_INPUT_VERSION 2

/* What crd_input.text holds. */
#define CRD_FORMAT_TEXT 0u /* the article as plain text */
#define CRD_FORMAT_HTML 1u /* a web page: its visible text is read (see below) */

/* One document. All pointers are borrowed for the duration of the call. The
 * metadata fields may be NULL; they are copied into the result.
 *
 * With CRD_FORMAT_HTML the library reads the text a reader sees: tags, the
 * head, scripts, styles, navigation and forms are dropped, block elements end
 * paragraphs, character references are decoded, and a page that declares a
 * windows-1252 or Latin-1 charset and is not UTF-8 is read in windows-1252.
 * Every offset in the result (evidence, zones, sentences, warnings, and what
 * scripts see) is then into that text, which crd_result_text() returns;
 * crd_evidence.input_start/input_end give the page's bytes. Metadata left
 * NULL is read from the page: title from og:title or <title>, source from
 * og:site_name, date from article:published_time and its kin, url from the
 * canonical link or og:url, and what those leave unset from the page's
 * JSON-LD article (headline, publisher name, datePublished, url). */
typedef struct crd_input {
	unsigned int version;
	const char *text;      /* the article, UTF-8 expected (invalid bytes are reported) */
	size_t len;
	const char *id;        /* identifier echoed in the report (a path, a JSONL id) */
	const char *title;
	const char *url;
	const char *source;    /* outlet or site */
	const char *date;      /* publication date as given */
	unsigned int format;   /* CRD_FORMAT_TEXT or CRD_FORMAT_HTML */
} crd_input;

/* The format a document looks like: CRD_FORMAT_HTML when, after a
 * byte-order mark, white space, comments and an XML prolog, it opens with
 * <!doctype html or <html; CRD_FORMAT_TEXT otherwise. */
unsigned int crd_sniff_format(const char *text, size_t len);

#define CRD_INPUT_INIT { CRD_INPUT_VERSION, NULL, 0, NULL, NULL, NULL, NULL, NULL, CRD_FORMAT_TEXT }

/* Flags for crd_scorer_score(). */
#define CRD_SCORE_FEATURES_ONLY 0x1u  /* find the evidence, do not run the script */

/*
 * Scores one document. On success *out is a new result owned by the caller.
 * On failure *out is NULL and the error tells why: CRD_ERR_INPUT (too large),
 * CRD_ERR_SCRIPT (a rule raised an error; source and line point into the
 * script), CRD_ERR_BUDGET, CRD_ERR_MEMORY, CRD_ERR_NOMEM. A failed document
 * leaves the scorer ready for the next one.
 */
int crd_scorer_score(crd_result **out, crd_scorer *scorer, const crd_input *input,
                     unsigned int flags, crd_error *err);

/* ------------------------------------------------------------------------ */
/* Result                                                                    */

/* Frees a result. NULL is ok. */
void crd_result_free(crd_result *result);

/* The document's id as given in crd_input (borrowed from the result; may be NULL). */
const char *crd_result_id(const crd_result *result);

/* The document's title, url, source and date: as given in crd_input, or for
 * HTML input read from the page when not given (borrowed; NULL when
 * unknown). */
const char *crd_result_title(const crd_result *result);
const char *crd_result_url(const crd_result *result);
const char *crd_result_source(const crd_result *result);
const char *crd_result_date(const crd_result *result);

/* The text the offsets index and its length: the input's text, or for HTML
 * input the text read from the page (borrowed from the result). */
const char *crd_result_text(const crd_result *result, size_t *len);

/* The input's format (CRD_FORMAT_TEXT or CRD_FORMAT_HTML) and, for HTML, the
 * charset the page was read in ("utf-8" or "windows-1252"; NULL for text). */
unsigned int crd_result_format(const crd_result *result);
const char *crd_result_charset(const crd_result *result);

/* Whether the script ran (0 for CRD_SCORE_FEATURES_ONLY). */
int crd_result_scored(const crd_result *result);

/* Score in [0, 100], its letter grade ("A".."F"), the script's bias and the
 * logit = bias + sum of the contributions. 0 / "" when not scored. */
double crd_result_score(const crd_result *result);
const char *crd_result_grade(const crd_result *result);
double crd_result_bias(const crd_result *result);
double crd_result_logit(const crd_result *result);

/* Subscores, one per rule group, in the order groups were first declared. */
size_t crd_result_subscore_count(const crd_result *result);
int crd_result_subscore(const crd_result *result, size_t i, const char **group, double *score);

/* The most evidence items a rule lists (the rule may count more). */
#define CRD_RULE_EVIDENCE_MAX 50

/* Rules that fired (hits != 0), in declaration order. */
typedef struct crd_rule_hit {
	const char *name;
	const char *group;
	const char *why;
	const char *feature;   /* the feature counted, NULL for a function rule */
	double weight;
	double hits;           /* the count before the cap */
	double cap;            /* HUGE_VAL when the rule has no cap */
	double contribution;   /* weight * min(hits, cap) */
	const char *file;      /* where the rule is declared */
	int line;
	size_t evidence_count; /* evidence items listed, at most CRD_RULE_EVIDENCE_MAX */
	const size_t *evidence;/* their indices, for crd_result_evidence() */
} crd_rule_hit;

size_t crd_result_rule_count(const crd_result *result);
int crd_result_rule(const crd_result *result, size_t i, crd_rule_hit *hit);

/* Feature counts over the whole document (every zone), one entry per
 * feature that has evidence, sorted by name. */
size_t crd_result_feature_count(const crd_result *result);
int crd_result_feature(const crd_result *result, size_t i, const char **name, size_t *count);
/* Count of one feature by name (0 when absent); zone NULL counts every zone. */
size_t crd_result_count(const crd_result *result, const char *feature, const char *zone);

/* Attribute of an evidence item. */
enum { CRD_ATTR_NULL, CRD_ATTR_BOOL, CRD_ATTR_NUMBER, CRD_ATTR_STRING };

typedef struct crd_attr {
	const char *key;
	int type;              /* CRD_ATTR_* */
	double number;         /* for NUMBER and BOOL (0 or 1) */
	const char *string;    /* for STRING */
} crd_attr;

/* One evidence item. All pointers are borrowed from the result. */
typedef struct crd_evidence {
	const char *feature;
	size_t start, end;     /* byte offsets into the text (crd_result_text) */
	int line, column;      /* of start */
	const char *text;      /* the text's bytes [start, end), NUL-terminated copy */
	size_t sentence;       /* index of the sentence holding start */
	const char *zone;      /* "body", "related_link", ... */
	const char *message;   /* a note added by a script rule, or NULL */
	size_t attr_count;
	const crd_attr *attrs;
	size_t input_start;    /* the bytes of the input [input_start, input_end) the */
	size_t input_end;      /* evidence came from: start, end but for HTML input */
} crd_evidence;

/* Evidence sorted by start offset, then by feature in the engine's order
 * (crd_engine_feature_name), then by end offset. */
size_t crd_result_evidence_count(const crd_result *result);
int crd_result_evidence(const crd_result *result, size_t i, crd_evidence *ev);

/* Zones: consecutive, non-overlapping, covering the whole document. */
size_t crd_result_zone_count(const crd_result *result);
int crd_result_zone(const crd_result *result, size_t i, const char **kind, size_t *start, size_t *end);

typedef struct crd_stats {
	size_t bytes, words, sentences, paragraphs, lines;
} crd_stats;

void crd_result_stats(const crd_result *result, crd_stats *stats);

/* Warnings about the input (invalid UTF-8, NUL bytes, ...) with their offset. */
typedef struct crd_warning {
	const char *code;      /* "invalid_utf8", "nul_byte", ... */
	const char *message;
	int64_t offset;        /* byte offset, -1 when not tied to one */
	int line, column;
} crd_warning;

size_t crd_result_warning_count(const crd_result *result);
int crd_result_warning(const crd_result *result, size_t i, crd_warning *w);

/* Flags for crd_result_json(). */
#define CRD_JSON_PRETTY 0x1u   /* indented, one member per line */

/*
 * Renders the result as a credence/1 JSON document (see docs/schema.md).
 * On success *out is a NUL-terminated string owned by the caller, freed with
 * crd_free(), and *len (if not NULL) its length.
 */
int crd_result_json(char **out, size_t *len, const crd_result *result, unsigned int flags,
                    crd_error *err);

/* Frees memory returned by the library (JSON text). NULL is ok. */
void crd_free(void *ptr);

/* ------------------------------------------------------------------------ */
/* Script self-tests                                                         */

/*
 * Runs the tests{} the engine's script declares. Returns CRD_OK when all
 * pass, CRD_ERR_TEST when one fails (err names the first failure with the
 * script file and line of the failing case), or another error. The number of
 * tests run and failed go to *run and *failed when not NULL. report, when not
 * NULL, is called once per test with its outcome; it may be NULL.
 */
typedef void (*crd_test_report_fn)(void *ud, int passed, const char *file, int line,
                                   const char *message);

int crd_engine_check(const crd_engine *engine, size_t *run, size_t *failed,
                     crd_test_report_fn report, void *ud, crd_error *err);

#if defined(CRD_BUILDING) && defined(__GNUC__)
#pragma GCC visibility pop
#endif

#ifdef __cplusplus
}
#endif

#endif /* CREDENCE_H */
