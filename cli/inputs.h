/* inputs.h -- the documents a command reads: whole files, stdin, or JSONL records, with per-input errors. */
#ifndef CLI_INPUTS_H
#define CLI_INPUTS_H

#include <stddef.h>
#include <stdio.h>

#include "credence.h"

enum input_format { INPUT_AUTO, INPUT_TEXT, INPUT_HTML, INPUT_JSONL };

/* One document to score, or the error that stands in its place. */
typedef struct cli_doc {
	char *id;
	char *text;
	size_t len;
	int html;              /* text is a web page (CRD_FORMAT_HTML) */
	char *title, *url, *source, *date;
	int failed;            /* the input could not be read: err says why */
	crd_error err;
	void *extra;           /* the parsed JSONL record (json_t *), for eval */
	size_t seq;            /* 0 for the first document read, then 1, 2, ... */
	const char *path;      /* the file it came from ("<stdin>"; borrowed from the reader) */
	size_t line;           /* its line in a JSONL file; 0 for a whole file */
} cli_doc;

void cli_doc_clear(cli_doc *d);

/* The library's input for d: its text or page, id and metadata, borrowed. */
crd_input cli_doc_input(const cli_doc *d);

typedef struct cli_reader cli_reader;

/* paths: files, "-" for stdin. format decides how each is read; with
 * INPUT_AUTO, files ending in .jsonl or .ndjson are JSONL, and a file ending
 * in .html, .htm or .xhtml, or one that opens like a page, is HTML. max_bytes bounds a
 * document (and a JSONL line). keep_records keeps each JSONL record in
 * doc->extra. */
cli_reader *reader_new(char **paths, size_t npaths, int format, size_t max_bytes, int keep_records);
void reader_free(cli_reader *r);

/* Fills *doc with the next document. Returns 1, or 0 at the end. */
int reader_next(cli_reader *r, cli_doc *doc);

/* The file the last document came from ("<stdin>" for standard input). */
const char *reader_current_path(const cli_reader *r);

/* Whether any input so far was JSONL (so output is one line per record). */
int reader_saw_jsonl(const cli_reader *r);

#endif
