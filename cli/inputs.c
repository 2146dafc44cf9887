/* inputs.c -- reads whole files, stdin and JSONL records into documents, one error per bad input. */
#define _POSIX_C_SOURCE 200809L
#include "inputs.h"

#include <errno.h>
#include <stdarg.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

struct cli_reader {
	char **paths;
	size_t npaths, next;
	int format;
	size_t max_bytes;
	int keep_records;
	/* The JSONL file being read. */
	FILE *jf;
	const char *jpath;
	size_t jline;
	int jstdin;
	char *line;
	size_t line_cap;
	int saw_jsonl;
	size_t count;       /* documents handed out */
};

static char *dup_s(const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s);
	char *p = malloc(n + 1);
	if (p)
		memcpy(p, s, n + 1);
	return p;
}

void cli_doc_clear(cli_doc *d)
{
	free(d->id);
	free(d->text);
	free(d->title);
	free(d->url);
	free(d->source);
	free(d->date);
	if (d->extra)
		json_decref(d->extra);
	memset(d, 0, sizeof *d);
}

crd_input cli_doc_input(const cli_doc *d)
{
	crd_input in = CRD_INPUT_INIT;
	in.text = d->text;
	in.len = d->len;
	in.id = d->id;
	in.title = d->title;
	in.url = d->url;
	in.source = d->source;
	in.date = d->date;
	in.format = d->html ? CRD_FORMAT_HTML : CRD_FORMAT_TEXT;
	return in;
}

cli_reader *reader_new(char **paths, size_t npaths, int format, size_t max_bytes, int keep_records)
{
	cli_reader *r = calloc(1, sizeof *r);
	if (!r)
		return NULL;
	r->paths = paths;
	r->npaths = npaths;
	r->format = format;
	r->max_bytes = max_bytes;
	r->keep_records = keep_records;
	return r;
}

void reader_free(cli_reader *r)
{
	if (!r)
		return;
	if (r->jf && !r->jstdin)
		fclose(r->jf);
	free(r->line);
	free(r);
}

const char *reader_current_path(const cli_reader *r)
{
	if (r->jpath)
		return r->jpath;
	return r->next ? r->paths[r->next - 1] : NULL;
}

int reader_saw_jsonl(const cli_reader *r)
{
	return r->saw_jsonl;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && strcmp(s + a - b, suffix) == 0;
}

static void set_error(cli_doc *d, int code, const char *source, int line, int col, long long off,
                      const char *fmt, ...) __attribute__((format(printf, 7, 8)));

static void set_error(cli_doc *d, int code, const char *source, int line, int col, long long off,
                      const char *fmt, ...)
{
	d->failed = 1;
	d->err.code = code;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(d->err.message, sizeof d->err.message, fmt, ap);
	va_end(ap);
	snprintf(d->err.source, sizeof d->err.source, "%s", source ? source : "");
	d->err.line = line;
	d->err.column = col;
	d->err.offset = off;
}

/* Reads all of f, up to max bytes (and one more to tell it was larger). */
static int slurp(FILE *f, size_t max, char **out, size_t *len, int *too_big)
{
	size_t cap = 65536, n = 0;
	char *buf = malloc(cap);
	*too_big = 0;
	if (!buf)
		return -1;
	for (;;) {
		if (n + 1 >= cap) {
			if (cap > max + 65536) {
				*too_big = 1;
				break;
			}
			char *nb = realloc(buf, cap * 2);
			if (!nb) {
				free(buf);
				return -1;
			}
			buf = nb;
			cap *= 2;
		}
		size_t got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
		if (n > max) {
			*too_big = 1;
			break;
		}
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		free(buf);
		return -1;
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
}

static void read_text(cli_reader *r, const char *path, cli_doc *d)
{
	d->id = dup_s(path);
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f) {
		set_error(d, CRD_ERR_IO, path, 0, 0, -1, "cannot open: %s", strerror(errno));
		return;
	}
	int too_big;
	int rc = slurp(f, r->max_bytes, &d->text, &d->len, &too_big);
	int e = errno;
	if (f != stdin)
		fclose(f);
	if (rc != 0) {
		set_error(d, CRD_ERR_IO, path, 0, 0, -1, "cannot read: %s", strerror(e));
		return;
	}
	if (too_big) {
		free(d->text);
		d->text = NULL;
		d->len = 0;
		set_error(d, CRD_ERR_INPUT, path, 0, 0, (long long)r->max_bytes,
		          "file is larger than the limit of %zu bytes (see --max-bytes)", r->max_bytes);
		return;
	}
	d->html = r->format == INPUT_HTML ||
	          (r->format == INPUT_AUTO &&
	           (ends_with(path, ".html") || ends_with(path, ".htm") || ends_with(path, ".xhtml") ||
	            crd_sniff_format(d->text, d->len) == CRD_FORMAT_HTML));
}

static char *field(json_t *rec, const char *key, int *bad)
{
	json_t *v = json_object_get(rec, key);
	if (!v || json_is_null(v))
		return NULL;
	if (json_is_string(v))
		return dup_s(json_string_value(v));
	if (json_is_integer(v)) {
		char buf[32];
		snprintf(buf, sizeof buf, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		return dup_s(buf);
	}
	*bad = 1;
	return NULL;
}

/* Reads one line of the JSONL file into r->line. Returns its length, -1 at
 * EOF, -2 when the line is longer than the limit (it is skipped). */
static long long next_line(cli_reader *r)
{
	size_t n = 0;
	int c, too_long = 0;
	if (feof(r->jf))
		return -1;
	while ((c = getc_unlocked(r->jf)) != EOF) {
		if (c == '\n')
			break;
		if (too_long)
			continue;
		if (n + 2 > r->line_cap) {
			size_t cap = r->line_cap ? r->line_cap * 2 : 65536;
			char *nl = realloc(r->line, cap);
			if (!nl) {
				too_long = 1;
				continue;
			}
			r->line = nl;
			r->line_cap = cap;
		}
		r->line[n++] = (char)c;
		if (n > r->max_bytes)
			too_long = 1;
	}
	if (c == EOF && n == 0 && !too_long)
		return -1;
	if (too_long)
		return -2;
	r->line[n] = '\0';
	return (long long)n;
}

static int is_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

/* The next record of the open JSONL file; 0 when the file is done. */
static int read_jsonl(cli_reader *r, cli_doc *d)
{
	for (;;) {
		long long n = next_line(r);
		if (n == -1)
			return 0;
		r->jline++;
		char idbuf[512];
		snprintf(idbuf, sizeof idbuf, "%s:%zu", r->jpath, r->jline);
		if (n == -2) {
			d->id = dup_s(idbuf);
			set_error(d, CRD_ERR_INPUT, r->jpath, (int)r->jline, 0, -1,
			          "JSONL line is longer than the limit of %zu bytes (see --max-bytes)", r->max_bytes);
			return 1;
		}
		if (is_blank(r->line, (size_t)n))
			continue;
		json_error_t je;
		json_t *rec = json_loadb(r->line, (size_t)n, JSON_REJECT_DUPLICATES, &je);
		if (!rec || !json_is_object(rec)) {
			d->id = dup_s(idbuf);
			if (rec)
				set_error(d, CRD_ERR_INPUT, r->jpath, (int)r->jline, 1, 0,
				          "%s", "JSONL record is not an object");
			else
				set_error(d, CRD_ERR_INPUT, r->jpath, (int)r->jline, je.column, je.position,
				          "invalid JSON: %s", je.text);
			json_decref(rec);
			return 1;
		}
		int bad = 0;
		d->id = field(rec, "id", &bad);
		if (!d->id)
			d->id = dup_s(idbuf);
		d->title = field(rec, "title", &bad);
		d->url = field(rec, "url", &bad);
		d->source = field(rec, "source", &bad);
		d->date = field(rec, "date", &bad);
		/* The article as text, or as a web page in "html". */
		json_t *text = json_object_get(rec, "text"), *page = json_object_get(rec, "html");
		if (json_is_null(text))
			text = NULL; /* null is absent, as for the other fields */
		if (json_is_null(page))
			page = NULL;
		const char *key = text || !page ? "text" : "html";
		if (text && page) {
			set_error(d, CRD_ERR_INPUT, r->jpath, (int)r->jline, 0, -1, "%s",
			          "JSONL record has both \"text\" and \"html\"; give one");
		} else if (!json_is_string(text ? text : page)) {
			set_error(d, CRD_ERR_INPUT, r->jpath, (int)r->jline, 0, -1,
			          text || page ? "JSONL record's \"%s\" is not a string"
			                       : "JSONL record has no \"%s\" field (or \"html\")",
			          key);
		} else if (bad) {
			set_error(d, CRD_ERR_INPUT, r->jpath, (int)r->jline, 0, -1, "%s",
			          "JSONL fields id, title, url, source and date must be strings");
		} else {
			json_t *v = text ? text : page;
			size_t len = json_string_length(v);
			d->html = v == page;
			d->text = malloc(len + 1);
			if (!d->text) {
				set_error(d, CRD_ERR_NOMEM, r->jpath, (int)r->jline, 0, -1, "%s", "out of memory");
			} else {
				memcpy(d->text, json_string_value(v), len + 1);
				d->len = len;
			}
		}
		if (r->keep_records)
			d->extra = rec;
		else
			json_decref(rec);
		return 1;
	}
}

static int next_doc(cli_reader *r, cli_doc *d);

int reader_next(cli_reader *r, cli_doc *d)
{
	if (!next_doc(r, d))
		return 0;
	d->seq = r->count++;
	d->path = reader_current_path(r);
	d->line = r->jpath ? r->jline : 0;
	return 1;
}

static int next_doc(cli_reader *r, cli_doc *d)
{
	memset(d, 0, sizeof *d);
	for (;;) {
		if (r->jf) {
			if (read_jsonl(r, d))
				return 1;
			if (!r->jstdin)
				fclose(r->jf);
			r->jf = NULL;
			continue;
		}
		if (r->next >= r->npaths)
			return 0;
		const char *path = r->paths[r->next++];
		r->jpath = NULL;
		int jsonl = r->format == INPUT_JSONL ||
		            (r->format == INPUT_AUTO && (ends_with(path, ".jsonl") || ends_with(path, ".ndjson")));
		if (!jsonl) {
			read_text(r, path, d);
			return 1;
		}
		r->saw_jsonl = 1;
		r->jstdin = strcmp(path, "-") == 0;
		r->jf = r->jstdin ? stdin : fopen(path, "rb");
		r->jpath = r->jstdin ? "<stdin>" : path;
		r->jline = 0;
		if (!r->jf) {
			d->id = dup_s(path);
			set_error(d, CRD_ERR_IO, path, 0, 0, -1, "cannot open: %s", strerror(errno));
			return 1;
		}
	}
}
