/* main.c -- the credence command: score, features and check, a thin client of the public API. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "credence.h"
#include "inputs.h"

static const char usage_text[] =
"usage: credence <command> [options] [FILE...]\n"
"\n"
"Scores how far a news article's reporting can be relied on, and shows why.\n"
"\n"
"Commands:\n"
"  score FILE... | -      score articles (text, web pages, JSONL); prints a\n"
"                         credence/1 JSON report each\n"
"  features FILE... | -   the evidence alone, without running the script\n"
"  check SCRIPT...        compile scripts, list their rules and lexicons, run their tests\n"
"  eval-spans --feature F GOLD.jsonl...\n"
"                         measure a detector against gold spans (precision, recall, F1)\n"
"  eval-scores LABELLED.jsonl...\n"
"                         how well scores separate reliable from unreliable articles\n"
"  help [COMMAND]         this text, or a command's\n"
"\n"
"Run 'credence help score' for the options of score and features.\n"
"\n"
"Exit status: 0 ok; 1 a script's tests failed (check); 2 usage error;\n"
"3 an input could not be read or scored (the others still were);\n"
"4 a script error (at load, or for some documents).\n";

static const char score_help[] =
"usage: credence score [options] FILE... | -\n"
"       credence features [options] FILE... | -\n"
"\n"
"Reads each FILE (or standard input for -) as one article, or as JSONL with\n"
"one article per line, and prints a credence/1 JSON report for each (see\n"
"docs/schema.md). 'features' prints the evidence without running the script.\n"
"\n"
"With one text input the report is one JSON document. With several inputs,\n"
"or JSONL input, the output is JSONL: one line per input, in input order,\n"
"each with \"id\" set to the path (or the record's id, or PATH:LINE). An\n"
"input that fails yields {\"id\": ..., \"error\": {...}} in its place and the\n"
"others are still scored.\n"
"\n"
"Options:\n"
"  --script FILE          score with this Lua script instead of the built-in one\n"
"  --lexicons DIR         load lexicons from DIR/*.txt instead of the built-in ones\n"
"  --format json|text|html\n"
"                         json (default), a short summary for people, or one\n"
"                         web page with each article's evidence marked\n"
"  --pretty               indent JSON (for a single report)\n"
"  --input auto|text|html|jsonl\n"
"                         how to read inputs; auto (default) reads *.jsonl and\n"
"                         *.ndjson as JSONL, *.html, *.htm and anything that\n"
"                         opens like a web page as HTML (the text a reader\n"
"                         sees is scored), and anything else as one article.\n"
"                         JSONL records are objects with \"text\" (or \"html\")\n"
"                         and optional \"id\", \"title\", \"url\", \"source\", \"date\"\n"
"  --jobs N               score on N threads (output order is kept)\n"
"  --max-bytes N          largest article or JSONL line (default 64M)\n"
"  --max-instructions N   Lua instructions per article (default 50M)\n"
"  --max-memory N         Lua memory per scorer (default 64M)\n"
"                         N may end in K, M or G\n"
"\n"
"Exit status: 0 ok; 2 usage; 3 some input could not be read or scored;\n"
"4 the script failed to load, or failed on some articles.\n"
"\n"
"Examples:\n"
"  credence score article.txt --pretty\n"
"  credence score --format text a.txt b.txt\n"
"  credence score --format html a.txt > a.html\n"
"  credence score --jobs 2 corpus.jsonl > reports.jsonl\n"
"  cat article.txt | credence score --script strict.lua -\n"
"  curl -s https://example.org/story | credence score --format text -\n";

static const char check_help[] =
"usage: credence check [--lexicons DIR] SCRIPT...\n"
"\n"
"Compiles each script, lists its rules, the lexicons it declares and the\n"
"features it adds, and runs the tests it declares with tests{...} or test{...}.\n"
"Each failure is reported as FILE:LINE: message. Exit status 0 when every\n"
"test of every script passes, 1 when a test fails, 4 when a script does not\n"
"compile.\n";

void cli_error(const char *fmt, ...)
{
	va_list ap;
	fputs("credence: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* Formats an error as "source:line:column: message (offset N)". */
void cli_format_error(char *buf, size_t n, const crd_error *e)
{
	char where[400] = "";
	if (e->source[0] && e->line > 0 && e->column > 0)
		snprintf(where, sizeof where, "%s:%d:%d: ", e->source, e->line, e->column);
	else if (e->source[0] && e->line > 0)
		snprintf(where, sizeof where, "%s:%d: ", e->source, e->line);
	else if (e->source[0])
		snprintf(where, sizeof where, "%s: ", e->source);
	if (e->offset >= 0 && e->line <= 0)
		snprintf(buf, n, "%s%s (at byte offset %lld)", where, e->message, (long long)e->offset);
	else
		snprintf(buf, n, "%s%s", where, e->message);
}

void cli_report(const crd_error *e)
{
	char buf[1024];
	cli_format_error(buf, sizeof buf, e);
	cli_error("%s", buf);
}

int cli_parse_size(const char *s, uint64_t *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || s[0] == '-')
		return -1;
	uint64_t mul = 1;
	if (*end == 'k' || *end == 'K')
		mul = 1024, end++;
	else if (*end == 'm' || *end == 'M')
		mul = 1024 * 1024, end++;
	else if (*end == 'g' || *end == 'G')
		mul = 1024ull * 1024 * 1024, end++;
	if (*end || v == 0 || v > UINT64_MAX / mul)
		return -1;
	*out = v * mul;
	return 0;
}

enum { OUT_JSON, OUT_TEXT, OUT_HTML };

/* ---- options shared by the commands ------------------------------------------ */

typedef struct cli_opts {
	int features_only;
	int format;            /* OUT_JSON, OUT_TEXT, OUT_HTML */
	int pretty;
	int input_format;
	long jobs;
	crd_options engine;
	char **files;
	size_t nfiles;
} cli_opts;

static int need_arg(int i, int argc, const char *opt)
{
	if (i + 1 >= argc) {
		cli_error("option %s needs a value", opt);
		return -1;
	}
	return 0;
}

/* Parses the options of score/features/check. Returns 0, or EXIT_USAGE. */
static int parse_opts(int argc, char **argv, cli_opts *o)
{
	crd_options_init(&o->engine);
	o->jobs = 1;
	o->files = calloc((size_t)argc + 1, sizeof(char *));
	if (!o->files)
		return EXIT_INPUT;
	int only_files = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
			o->files[o->nfiles++] = argv[i];
			continue;
		}
		uint64_t v;
		if (strcmp(a, "--") == 0) {
			only_files = 1;
		} else if (strcmp(a, "--script") == 0) {
			if (need_arg(i, argc, a))
				return EXIT_USAGE;
			o->engine.script_path = argv[++i];
		} else if (strcmp(a, "--lexicons") == 0) {
			if (need_arg(i, argc, a))
				return EXIT_USAGE;
			o->engine.lexicon_dir = argv[++i];
		} else if (strcmp(a, "--format") == 0) {
			if (need_arg(i, argc, a))
				return EXIT_USAGE;
			const char *f = argv[++i];
			if (strcmp(f, "json") == 0)
				o->format = OUT_JSON;
			else if (strcmp(f, "text") == 0)
				o->format = OUT_TEXT;
			else if (strcmp(f, "html") == 0)
				o->format = OUT_HTML;
			else {
				cli_error("--format must be json, text or html, not '%s'", f);
				return EXIT_USAGE;
			}
		} else if (strcmp(a, "--pretty") == 0) {
			o->pretty = 1;
		} else if (strcmp(a, "--input") == 0) {
			if (need_arg(i, argc, a))
				return EXIT_USAGE;
			const char *f = argv[++i];
			if (strcmp(f, "auto") == 0)
				o->input_format = INPUT_AUTO;
			else if (strcmp(f, "text") == 0)
				o->input_format = INPUT_TEXT;
			else if (strcmp(f, "html") == 0)
				o->input_format = INPUT_HTML;
			else if (strcmp(f, "jsonl") == 0)
				o->input_format = INPUT_JSONL;
			else {
				cli_error("--input must be auto, text, html or jsonl, not '%s'", f);
				return EXIT_USAGE;
			}
		} else if (strcmp(a, "--jobs") == 0 || strcmp(a, "-j") == 0) {
			if (need_arg(i, argc, a))
				return EXIT_USAGE;
			if (cli_parse_size(argv[++i], &v) || v > 256) {
				cli_error("--jobs must be a number from 1 to 256");
				return EXIT_USAGE;
			}
			o->jobs = (long)v;
		} else if (strcmp(a, "--max-bytes") == 0 || strcmp(a, "--max-instructions") == 0 ||
		           strcmp(a, "--max-memory") == 0) {
			if (need_arg(i, argc, a))
				return EXIT_USAGE;
			if (cli_parse_size(argv[++i], &v)) {
				cli_error("%s needs a positive number (K, M, G suffixes allowed), not '%s'", a, argv[i]);
				return EXIT_USAGE;
			}
			if (a[6] == 'b') {
				if (v > 4000000000ull) {
					cli_error("--max-bytes may be at most 4G");
					return EXIT_USAGE;
				}
				o->engine.max_document_bytes = (size_t)v;
			} else if (a[6] == 'i') {
				o->engine.max_instructions = v;
			} else {
				o->engine.max_script_memory = (size_t)v;
			}
		} else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			return -1;
		} else {
			cli_error("unknown option '%s' (see credence help)", a);
			return EXIT_USAGE;
		}
	}
	return 0;
}

int cli_engine_new(crd_engine **e, const crd_options *opts)
{
	crd_error err;
	if (crd_engine_new(e, opts, &err) != CRD_OK) {
		cli_report(&err);
		return err.code == CRD_ERR_IO && !opts->script_path ? EXIT_INPUT : EXIT_SCRIPT;
	}
	return 0;
}

/* ---- rendering one document ---------------------------------------------------- */

/* Room for more bytes and a NUL after them; -1 when memory ran out. */
static int ob_reserve(outbuf *b, size_t more)
{
	if (b->cap > b->n + more)
		return 0;
	size_t cap = b->cap ? b->cap * 2 : 1024;
	while (cap <= b->n + more)
		cap *= 2;
	char *ns = realloc(b->s, cap);
	if (!ns)
		return -1;
	b->s = ns;
	b->cap = cap;
	return 0;
}

void ob_printf(outbuf *b, const char *fmt, ...)
{
	for (;;) {
		va_list ap;
		va_start(ap, fmt);
		size_t room = b->cap - b->n;
		int k = vsnprintf(b->s ? b->s + b->n : NULL, room, fmt, ap);
		va_end(ap);
		if (k < 0)
			return;
		if ((size_t)k < room) {
			b->n += (size_t)k;
			return;
		}
		if (ob_reserve(b, (size_t)k) != 0)
			return;
	}
}

void ob_write(outbuf *b, const char *s, size_t n)
{
	if (ob_reserve(b, n) != 0)
		return;
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

static const char *error_kind(int code)
{
	switch (code) {
	case CRD_ERR_IO: return "io_error";
	case CRD_ERR_INPUT: return "input_error";
	case CRD_ERR_SCRIPT: return "script_error";
	case CRD_ERR_BUDGET: return "instruction_budget";
	case CRD_ERR_MEMORY: return "memory_cap";
	case CRD_ERR_NOMEM: return "out_of_memory";
	default: return "error";
	}
}

static int exit_class(int code)
{
	return (code == CRD_ERR_SCRIPT || code == CRD_ERR_BUDGET || code == CRD_ERR_MEMORY) ? EXIT_SCRIPT
	                                                                                   : EXIT_INPUT;
}

/* JSON string escaping for the error records the CLI writes itself. */
static void ob_json_string(outbuf *b, const char *s)
{
	ob_printf(b, "\"");
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
		if (*p == '"' || *p == '\\')
			ob_printf(b, "\\%c", *p);
		else if (*p < 0x20)
			ob_printf(b, "\\u%04x", *p);
		else
			ob_printf(b, "%c", *p);
	}
	ob_printf(b, "\"");
}

static void render_error(outbuf *b, const char *id, const crd_error *e, int format)
{
	if (format != OUT_JSON) {
		char buf[1024];
		cli_format_error(buf, sizeof buf, e);
		if (format == OUT_HTML)
			html_error(b, id, error_kind(e->code), buf);
		else
			ob_printf(b, "== %s\nerror (%s): %s\n\n", id ? id : "-", error_kind(e->code), buf);
		return;
	}
	ob_printf(b, "{\"schema\":\"%s\",\"id\":", CRD_SCHEMA);
	ob_json_string(b, id ? id : "-");
	ob_printf(b, ",\"error\":{\"code\":\"%s\",\"message\":", error_kind(e->code));
	ob_json_string(b, e->message);
	if (e->source[0]) {
		/* A script error points into the script; other errors at an input. */
		ob_printf(b, ",\"%s\":", exit_class(e->code) == EXIT_SCRIPT ? "script" : "source");
		ob_json_string(b, e->source);
	}
	if (e->line > 0)
		ob_printf(b, ",\"line\":%d", e->line);
	if (e->column > 0)
		ob_printf(b, ",\"column\":%d", e->column);
	if (e->offset >= 0)
		ob_printf(b, ",\"offset\":%lld", (long long)e->offset);
	ob_printf(b, "}}\n");
}

static int cmp_contrib(const void *a, const void *b)
{
	double x = fabs(((const crd_rule_hit *)a)->contribution);
	double y = fabs(((const crd_rule_hit *)b)->contribution);
	return x < y ? 1 : x > y ? -1 : 0;
}

const char *const cli_meta_keys[CLI_META_COUNT] = { "title", "source", "date", "url" };

void cli_result_meta(const crd_result *r, const char *values[CLI_META_COUNT])
{
	values[0] = crd_result_title(r);
	values[1] = crd_result_source(r);
	values[2] = crd_result_date(r);
	values[3] = crd_result_url(r);
}

/* "title: ...  source: ...  date: ..." for what the document gave. */
static void render_meta_line(outbuf *b, const crd_result *r)
{
	const char *v[CLI_META_COUNT];
	cli_result_meta(r, v);
	int any = 0;
	for (size_t i = 0; i < CLI_META_COUNT; i++)
		if (v[i]) {
			ob_printf(b, "%s%s: ", any ? "  " : "", cli_meta_keys[i]);
			for (const char *p = v[i]; *p; p++) /* one line, whatever the record held */
				ob_printf(b, "%c", (unsigned char)*p < 0x20 ? ' ' : *p);
			any = 1;
		}
	if (any)
		ob_printf(b, "\n");
}

/* The body's sourcing at a glance: sources by class, and the statements
 * that name none (and of those, how many state a figure). */
static void render_sourcing(outbuf *b, const crd_result *r)
{
	size_t named = 0, anon = 0, vague = 0, claims = 0, figures = 0;
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_evidence ev;
		if (crd_result_evidence(r, i, &ev) != CRD_OK || strcmp(ev.zone, "body") != 0)
			continue;
		if (strcmp(ev.feature, "named_source") == 0)
			named++;
		else if (strcmp(ev.feature, "anonymous_source") == 0)
			anon++;
		else if (strcmp(ev.feature, "vague_attribution") == 0)
			vague++;
		else if (strcmp(ev.feature, "unattributed_claim") == 0) {
			claims++;
			for (size_t k = 0; k < ev.attr_count; k++)
				if (strcmp(ev.attrs[k].key, "figures") == 0 && ev.attrs[k].number > 0)
					figures++;
		}
	}
	ob_printf(b, "sources: %zu named, %zu anonymous, %zu vague; ", named, anon, vague);
	ob_printf(b, "statements with no source: %zu, %zu with a figure\n", claims, figures);
}

static void render_text(outbuf *b, const crd_result *r)
{
	const char *id = crd_result_id(r);
	ob_printf(b, "== %s\n", id ? id : "-");
	render_meta_line(b, r);
	if (crd_result_scored(r)) {
		double sum = crd_result_logit(r) - crd_result_bias(r);
		ob_printf(b, "score %.2f/100  grade %s  (logit %.2f = bias %.2f %+.2f from rules)\n",
		          crd_result_score(r), crd_result_grade(r), crd_result_logit(r), crd_result_bias(r), sum);
		for (size_t i = 0; i < crd_result_subscore_count(r); i++) {
			const char *g;
			double s;
			crd_result_subscore(r, i, &g, &s);
			ob_printf(b, "%s%s %.0f", i ? "  " : "", g, s);
		}
		if (crd_result_subscore_count(r))
			ob_printf(b, "\n");
		size_t nr = crd_result_rule_count(r);
		crd_rule_hit *hits = calloc(nr + 1, sizeof *hits);
		if (hits) {
			for (size_t i = 0; i < nr; i++)
				crd_result_rule(r, i, &hits[i]);
			qsort(hits, nr, sizeof *hits, cmp_contrib);
			for (size_t i = 0; i < nr && i < 10; i++) {
				const crd_rule_hit *h = &hits[i];
				ob_printf(b, "  %+6.2f  %-22s x%-5.3g %s", h->contribution, h->name, h->hits, h->why);
				crd_evidence ev;
				if (h->evidence_count && crd_result_evidence(r, h->evidence[0], &ev) == CRD_OK) {
					char snip[64];
					size_t n = ev.end - ev.start, cut = n > 40 ? 40 : n;
					while (cut < n && cut > 0 &&
					       ((unsigned char)ev.text[cut] & 0xC0) == 0x80)
						cut--; /* not inside a character */
					snprintf(snip, sizeof snip, "%.*s", (int)cut, ev.text);
					for (char *p = snip; *p; p++)
						if (*p == '\n' || *p == '\r' || *p == '\t')
							*p = ' ';
					ob_printf(b, "  [%d:%d \"%s%s\"]", ev.line, ev.column, snip,
					          cut < n ? "..." : "");
				}
				ob_printf(b, "\n");
			}
			if (nr > 10)
				ob_printf(b, "  ... %zu more rules fired (see --format json)\n", nr - 10);
			free(hits);
		}
	}
	render_sourcing(b, r);
	size_t nf = crd_result_feature_count(r);
	ob_printf(b, "evidence:");
	for (size_t i = 0; i < nf; i++) {
		const char *name;
		size_t c;
		crd_result_feature(r, i, &name, &c);
		ob_printf(b, "%s %s %zu", i ? "," : "", name, c);
	}
	ob_printf(b, "%s\n", nf ? "" : " none");
	for (size_t i = 0; i < crd_result_warning_count(r); i++) {
		crd_warning w;
		crd_result_warning(r, i, &w);
		if (w.offset >= 0)
			ob_printf(b, "warning: %d:%d: %s\n", w.line, w.column, w.message);
		else
			ob_printf(b, "warning: %s\n", w.message);
	}
	ob_printf(b, "\n");
}

/* Scores one document into out; returns its exit class (0 when fine). */
static int process(crd_scorer *sc, cli_doc *d, const cli_opts *o, int single, outbuf *out,
                   outbuf *diag)
{
	if (d->failed) {
		char buf[1024];
		cli_format_error(buf, sizeof buf, &d->err);
		ob_printf(diag, "credence: %s\n", buf);
		render_error(out, d->id, &d->err, o->format);
		return exit_class(d->err.code);
	}
	crd_input in = cli_doc_input(d);
	crd_result *r;
	crd_error err;
	int rc = crd_scorer_score(&r, sc, &in, o->features_only ? CRD_SCORE_FEATURES_ONLY : 0, &err);
	if (rc != CRD_OK) {
		char buf[1024];
		cli_format_error(buf, sizeof buf, &err);
		ob_printf(diag, "credence: %s: %s\n", d->id ? d->id : "-", buf);
		render_error(out, d->id, &err, o->format);
		return exit_class(rc);
	}
	if (o->format == OUT_TEXT) {
		render_text(out, r);
	} else if (o->format == OUT_HTML) {
		html_report(out, r, d->seq);
	} else {
		char *json;
		size_t len;
		if (crd_result_json(&json, &len, r, (single && o->pretty) ? CRD_JSON_PRETTY : 0, &err) != CRD_OK) {
			ob_printf(diag, "credence: %s: %s\n", d->id ? d->id : "-", err.message);
			render_error(out, d->id, &err, 0);
			crd_result_free(r);
			return EXIT_INPUT;
		}
		ob_printf(out, "%s\n", json);
		crd_free(json);
	}
	crd_result_free(r);
	return 0;
}

static int worse(int a, int b)
{
	/* script errors outrank input errors */
	if (a == EXIT_SCRIPT || b == EXIT_SCRIPT)
		return EXIT_SCRIPT;
	return a ? a : b;
}

static void flush_out(outbuf *out, outbuf *diag)
{
	if (diag->n) {
		fwrite(diag->s, 1, diag->n, stderr);
		fflush(stderr);
	}
	if (out->n)
		fwrite(out->s, 1, out->n, stdout);
	out->n = diag->n = 0;
}

/* ---- the worker pool ---------------------------------------------------------------- */

/* Documents flow through a ring of slots: the main thread reads into free
 * slots in input order, workers score any slot that is ready, and the main
 * thread prints finished slots in input order. Memory is bounded by the
 * ring, not by the corpus. */
enum { SLOT_FREE, SLOT_READY, SLOT_BUSY, SLOT_DONE };

typedef struct slot {
	int state;
	cli_doc doc;
	outbuf out, diag;
	int status;
} slot;

typedef struct pool {
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	slot *slots;
	size_t nslots;
	size_t head;        /* oldest slot not yet printed */
	size_t tail;        /* next slot to fill */
	int closing;
	const crd_engine *engine;
	const cli_opts *opts;
	int failed_start;
	long nfailed;       /* workers that could not make a scorer */
	int reported;
	crd_error start_err;
} pool;

static void *worker(void *arg)
{
	pool *p = arg;
	crd_scorer *sc;
	crd_error err;
	if (crd_scorer_new(&sc, p->engine, &err) != CRD_OK) {
		pthread_mutex_lock(&p->mu);
		p->failed_start = 1;
		p->nfailed++;
		p->start_err = err;
		pthread_cond_broadcast(&p->done);
		pthread_mutex_unlock(&p->mu);
		return NULL;
	}
	pthread_mutex_lock(&p->mu);
	for (;;) {
		slot *s = NULL;
		for (size_t i = p->head; i != p->tail; i = (i + 1) % p->nslots)
			if (p->slots[i].state == SLOT_READY) {
				s = &p->slots[i];
				break;
			}
		if (!s) {
			if (p->closing)
				break;
			pthread_cond_wait(&p->work, &p->mu);
			continue;
		}
		s->state = SLOT_BUSY;
		pthread_mutex_unlock(&p->mu);
		s->status = process(sc, &s->doc, p->opts, 0, &s->out, &s->diag);
		cli_doc_clear(&s->doc);
		pthread_mutex_lock(&p->mu);
		s->state = SLOT_DONE;
		pthread_cond_broadcast(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	crd_scorer_free(sc);
	return NULL;
}

static int run_pool(const crd_engine *e, cli_reader *rd, const cli_opts *o)
{
	pool p;
	memset(&p, 0, sizeof p);
	p.nslots = (size_t)o->jobs * 4 + 1;
	p.slots = calloc(p.nslots, sizeof(slot));
	pthread_t *th = calloc((size_t)o->jobs, sizeof(pthread_t));
	if (!p.slots || !th) {
		cli_error("out of memory");
		free(p.slots);
		free(th);
		return EXIT_INPUT;
	}
	p.engine = e;
	p.opts = o;
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.work, NULL);
	pthread_cond_init(&p.done, NULL);
	long started = 0;
	for (long i = 0; i < o->jobs; i++) {
		if (pthread_create(&th[i], NULL, worker, &p) != 0)
			break;
		started++;
	}
	int status = started ? 0 : EXIT_INPUT;
	int more = started > 0;
	pthread_mutex_lock(&p.mu);
	while (more || p.head != p.tail) {
		if (p.failed_start && !p.reported) {
			cli_report(&p.start_err);
			p.reported = 1;
			status = EXIT_SCRIPT;
			more = 0;
			/* Documents already read are still scored by the others, if any. */
		}
		/* Print finished slots in order. */
		while (p.head != p.tail && p.slots[p.head].state == SLOT_DONE) {
			slot *s = &p.slots[p.head];
			status = worse(status, s->status);
			pthread_mutex_unlock(&p.mu);
			flush_out(&s->out, &s->diag);
			pthread_mutex_lock(&p.mu);
			s->state = SLOT_FREE;
			p.head = (p.head + 1) % p.nslots;
		}
		size_t next = (p.tail + 1) % p.nslots;
		if (more && next != p.head) {
			slot *s = &p.slots[p.tail];
			pthread_mutex_unlock(&p.mu);
			more = reader_next(rd, &s->doc);
			pthread_mutex_lock(&p.mu);
			if (more) {
				s->state = SLOT_READY;
				s->status = 0;
				p.tail = next;
				pthread_cond_signal(&p.work);
			}
			continue;
		}
		if (p.head == p.tail && !more)
			break;
		if (p.failed_start && p.head != p.tail && p.nfailed == started) {
			/* No worker is left to score what was read: report it. */
			slot *s = &p.slots[p.head];
			if (s->state == SLOT_READY) {
				crd_error err = p.start_err;
				render_error(&s->out, s->doc.id, &err, o->format);
				cli_doc_clear(&s->doc);
				s->status = EXIT_SCRIPT;
				s->state = SLOT_DONE;
				continue;
			}
		}
		pthread_cond_wait(&p.done, &p.mu);
	}
	p.closing = 1;
	pthread_cond_broadcast(&p.work);
	pthread_mutex_unlock(&p.mu);
	for (long i = 0; i < started; i++)
		pthread_join(th[i], NULL);
	for (size_t i = 0; i < p.nslots; i++) {
		free(p.slots[i].out.s);
		free(p.slots[i].diag.s);
		cli_doc_clear(&p.slots[i].doc);
	}
	free(p.slots);
	free(th);
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.work);
	pthread_cond_destroy(&p.done);
	return status;
}

static void put_page_part(void (*part)(outbuf *))
{
	outbuf b = { 0 };
	part(&b);
	if (b.n)
		fwrite(b.s, 1, b.n, stdout);
	free(b.s);
}

/* ---- commands ----------------------------------------------------------------------- */

static int cmd_score(int argc, char **argv, int features_only)
{
	cli_opts o;
	memset(&o, 0, sizeof o);
	int rc = parse_opts(argc, argv, &o);
	if (rc == -1) {
		fputs(score_help, stdout);
		free(o.files);
		return 0;
	}
	if (rc) {
		free(o.files);
		return rc;
	}
	o.features_only = features_only;
	if (o.nfiles == 0) {
		cli_error("%s: no input given (use - for standard input; see credence help score)",
		          features_only ? "features" : "score");
		free(o.files);
		return EXIT_USAGE;
	}
	crd_engine *e;
	if ((rc = cli_engine_new(&e, &o.engine))) {
		free(o.files);
		return rc;
	}
	size_t max_bytes = cli_max_bytes(&o.engine);
	cli_reader *rd = reader_new(o.files, o.nfiles, o.input_format, max_bytes, 0);
	int status = 0;
	if (o.format == OUT_HTML) /* one page holds every report */
		put_page_part(html_page_head);
	if (!rd) {
		cli_error("out of memory");
		status = EXIT_INPUT;
	} else if (o.jobs > 1) {
		status = run_pool(e, rd, &o);
	} else {
		crd_scorer *sc;
		crd_error err;
		if (crd_scorer_new(&sc, e, &err) != CRD_OK) {
			cli_report(&err);
			status = EXIT_SCRIPT;
		} else {
			outbuf out = { 0 }, diag = { 0 };
			cli_doc d;
			size_t count = 0;
			while (reader_next(rd, &d)) {
				int single = o.nfiles == 1 && !reader_saw_jsonl(rd);
				status = worse(status, process(sc, &d, &o, single, &out, &diag));
				cli_doc_clear(&d);
				flush_out(&out, &diag);
				count++;
			}
			free(out.s);
			free(diag.s);
			crd_scorer_free(sc);
		}
	}
	if (o.format == OUT_HTML)
		put_page_part(html_page_foot);
	if (fflush(stdout) != 0) {
		cli_error("cannot write the output: %s", strerror(errno));
		status = worse(status, EXIT_INPUT);
	}
	reader_free(rd);
	crd_engine_free(e);
	free(o.files);
	return status;
}

static void check_report(void *ud, int passed, const char *file, int line, const char *message)
{
	int *verbose = ud;
	if (!passed)
		printf("  %s:%d: %s\n", file, line, message);
	else if (*verbose)
		printf("  ok  %s\n", message);
}

/* Prints the features e knows and base does not: those its script declares
 * with feature{} or through its own lexicons. */
static void list_new_features(const crd_engine *e, const crd_engine *base)
{
	size_t n = crd_engine_feature_count(e), own = 0;
	for (size_t i = 0; i < n; i++) {
		const char *name = crd_engine_feature_name(e, i);
		if (crd_engine_feature_find(base, name) >= 0)
			continue;
		printf("%s%s", own++ ? ", " : "  features: ", name);
	}
	if (own)
		printf("\n");
}

static int cmd_check(int argc, char **argv)
{
	cli_opts o;
	memset(&o, 0, sizeof o);
	int verbose = 0;
	/* -v is check's own option. */
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "-v") == 0 || strcmp(argv[i], "--verbose") == 0) {
			verbose = 1;
			argv[i] = "--";
		}
	int rc = parse_opts(argc, argv, &o);
	if (rc == -1) {
		fputs(check_help, stdout);
		free(o.files);
		return 0;
	}
	if (rc) {
		free(o.files);
		return rc;
	}
	if (o.nfiles == 0) {
		cli_error("check: no script given (see credence help check)");
		free(o.files);
		return EXIT_USAGE;
	}
	int status = 0;
	/* The features a script adds are those an engine with the built-in
	 * script does not know. */
	crd_engine *base = NULL;
	crd_error base_err;
	crd_options base_opts = o.engine;
	base_opts.script_path = NULL;
	if (crd_engine_new(&base, &base_opts, &base_err) != CRD_OK)
		base = NULL;
	for (size_t f = 0; f < o.nfiles; f++) {
		crd_options opts = o.engine;
		opts.script_path = o.files[f];
		crd_engine *e;
		crd_error err;
		printf("%s\n", o.files[f]);
		if (crd_engine_new(&e, &opts, &err) != CRD_OK) {
			char buf[1024];
			cli_format_error(buf, sizeof buf, &err);
			printf("  error: %s\n", buf);
			cli_error("%s", buf);
			status = worse(status, EXIT_SCRIPT);
			continue;
		}
		size_t nr = crd_engine_rule_count(e);
		printf("  rules: %zu\n", nr);
		for (size_t i = 0; i < nr; i++) {
			crd_rule_info ri;
			crd_engine_rule(e, i, &ri);
			char cap[32] = "";
			if (isfinite(ri.cap))
				snprintf(cap, sizeof cap, " cap %g", ri.cap);
			printf("    %-24s %-13s %+6.2f%-9s %s%s  (%s:%d)\n", ri.name, ri.group, ri.weight, cap,
			       ri.feature ? "feature " : "function", ri.feature ? ri.feature : "", ri.file, ri.line);
		}
		size_t nl = crd_engine_lexicon_count(e), own = 0;
		for (size_t i = 0; i < nl; i++) {
			crd_lexicon_info li;
			crd_engine_lexicon(e, i, &li);
			if (strncmp(li.origin, "builtin:", 8) == 0)
				continue;
			if (!own++)
				printf("  lexicons:\n");
			printf("    %-24s -> %-20s %zu terms  (%s)\n", li.name, li.feature ? li.feature : "-",
			       li.terms, li.origin);
		}
		if (base)
			list_new_features(e, base);
		size_t run, failed;
		rc = crd_engine_check(e, &run, &failed, check_report, &verbose, &err);
		if (rc != CRD_OK && rc != CRD_ERR_TEST) {
			char buf[1024];
			cli_format_error(buf, sizeof buf, &err);
			printf("  error: %s\n", buf);
			status = worse(status, EXIT_SCRIPT);
		} else {
			printf("  tests: %zu run, %zu failed\n", run, failed);
			if (failed && status == 0)
				status = EXIT_TESTS;
		}
		crd_engine_free(e);
	}
	crd_engine_free(base);
	free(o.files);
	return status;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs(usage_text, stderr);
		return EXIT_USAGE;
	}
	const char *cmd = argv[1];
	if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
		printf("credence %s (report schema %s)\n", CRD_VERSION, CRD_SCHEMA);
		return 0;
	}
	if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
		const char *topic = argc > 2 ? argv[2] : NULL;
		if (!topic)
			fputs(usage_text, stdout);
		else if (strcmp(topic, "score") == 0 || strcmp(topic, "features") == 0)
			fputs(score_help, stdout);
		else if (strcmp(topic, "check") == 0)
			fputs(check_help, stdout);
		else if (strcmp(topic, "eval-spans") == 0)
			fputs(eval_help, stdout);
		else if (strcmp(topic, "eval-scores") == 0)
			fputs(eval_scores_help, stdout);
		else {
			cli_error("no help on '%s'", topic);
			return EXIT_USAGE;
		}
		return 0;
	}
	if (strcmp(cmd, "score") == 0)
		return cmd_score(argc - 1, argv + 1, 0);
	if (strcmp(cmd, "features") == 0)
		return cmd_score(argc - 1, argv + 1, 1);
	if (strcmp(cmd, "check") == 0)
		return cmd_check(argc - 1, argv + 1);
	if (strcmp(cmd, "eval-spans") == 0)
		return cmd_eval_spans(argc - 1, argv + 1);
	if (strcmp(cmd, "eval-scores") == 0)
		return cmd_eval_scores(argc - 1, argv + 1);
	cli_error("unknown command '%s' (see credence --help)", cmd);
	return EXIT_USAGE;
}
