/* cli.h -- what the credence command's files share: exit codes, messages, commands. */
#ifndef CLI_CLI_H
#define CLI_CLI_H

#include <stddef.h>
#include <stdint.h>

#include "credence.h"

enum {
	EXIT_OK = 0,
	EXIT_TESTS = 1,   /* check: a script's own test failed */
	EXIT_USAGE = 2,
	EXIT_INPUT = 3,   /* an input could not be read or scored */
	EXIT_SCRIPT = 4   /* the script failed to load or on some documents */
};

void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_format_error(char *buf, size_t n, const crd_error *e);
/* Prints an error as cli_format_error formats it. */
void cli_report(const crd_error *e);
/* The longest document the reader accepts: the engine's limit. */
static inline size_t cli_max_bytes(const crd_options *o)
{
	return o->max_document_bytes ? o->max_document_bytes : CRD_MAX_DOCUMENT_DEFAULT;
}
/* A growing output buffer; on allocation failure output is dropped. */
typedef struct outbuf {
	char *s;
	size_t n, cap;
} outbuf;

void ob_printf(outbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ob_write(outbuf *b, const char *s, size_t n);
/* Appends a string literal. */
#define OB_LIT(b, lit) ob_write((b), "" lit, sizeof(lit) - 1)

/* What a result says of its document, in the order the summaries show it:
 * title, source, date, url (NULL for what is unknown). */
#define CLI_META_COUNT 4
extern const char *const cli_meta_keys[CLI_META_COUNT];
void cli_result_meta(const crd_result *r, const char *values[CLI_META_COUNT]);

/* The report as a web page (html_report.c): the page's head and foot, one
 * section per report (seq numbers the sections' anchors), and a section for
 * a document that failed. */
void html_page_head(outbuf *b);
void html_page_foot(outbuf *b);
void html_report(outbuf *b, const crd_result *r, size_t seq);
void html_error(outbuf *b, const char *id, const char *what, const char *message);

/* Builds an engine, or prints why not and returns the exit status: 3 when
 * the built-in script's lexicons cannot be read, 4 when a script fails. */
int cli_engine_new(crd_engine **e, const crd_options *opts);
int cli_parse_size(const char *s, uint64_t *out);

extern const char eval_help[];
extern const char eval_scores_help[];
int cmd_eval_spans(int argc, char **argv);
int cmd_eval_scores(int argc, char **argv);

#endif
