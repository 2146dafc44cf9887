/* eval.c -- credence eval-spans: precision, recall and F1 of a detector against gold spans in JSONL. */
#define _POSIX_C_SOURCE 200809L
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "inputs.h"

const char eval_help[] =
"usage: credence eval-spans --feature F[,F...] [options] GOLD.jsonl...\n"
"\n"
"Measures detectors against spans that people annotated. Each line of GOLD is\n"
"{\"id\", \"text\", \"cues\": [{\"start\", \"end\", \"type\"}, ...]} with UTF-8 byte\n"
"offsets into text. Prints precision, recall and F1:\n"
"\n"
"  span level      a predicted span is right when it overlaps a gold span (or\n"
"                  matches it exactly with --exact); a gold span is found when\n"
"                  a predicted span overlaps it\n"
"  sentence level  a unit is positive when it holds a gold span, and predicted\n"
"                  positive when it holds a predicted span\n"
"\n"
"Options:\n"
"  --feature F[,F...]     the features predicted (evidence in any zone)\n"
"  --gold-type T[,T...]   only gold spans of these types (default: all);\n"
"                         a type ending in * is a prefix\n"
"  --units lines|sentences\n"
"                         sentence-level units: lines of the text (default;\n"
"                         corpora with one sentence per line) or the\n"
"                         sentences credence finds\n"
"  --exact                span level needs exact boundaries\n"
"  --show N               print N false positives and N false negatives\n"
"  --json                 print the figures as one JSON object\n"
"  --script, --lexicons, --max-bytes as for score\n"
"\n"
"Example:\n"
"  credence eval-spans --feature hedge szeged_wiki_cues.jsonl\n"
"  credence eval-spans --feature attribution_cue --gold-type cue polnear_attributions.jsonl\n";

typedef struct span {
	size_t s, e;
	int hit;
} span;

typedef struct counts {
	size_t pred, pred_ok, gold, gold_found;
	size_t units, tp, fp, fn;
	size_t docs, failed;
} counts;

typedef struct eval_opts {
	char **features;
	size_t nfeatures;
	char **types;
	size_t ntypes;
	int units_sentences;
	int exact;
	long show;
	int json;
} eval_opts;

static char **split_list(const char *s, size_t *n)
{
	size_t cap = 1;
	for (const char *p = s; *p; p++)
		if (*p == ',')
			cap++;
	char **v = calloc(cap + 1, sizeof(char *));
	if (!v)
		return NULL;
	*n = 0;
	const char *p = s;
	while (*p) {
		const char *c = strchr(p, ',');
		size_t l = c ? (size_t)(c - p) : strlen(p);
		if (l) {
			v[*n] = malloc(l + 1);
			if (!v[*n])
				return v;
			memcpy(v[*n], p, l);
			v[*n][l] = '\0';
			(*n)++;
		}
		p += l + (c ? 1 : 0);
	}
	return v;
}

static void free_list(char **v, size_t n)
{
	for (size_t i = 0; v && i < n; i++)
		free(v[i]);
	free(v);
}

static int type_wanted(const eval_opts *o, const char *type)
{
	if (!o->ntypes)
		return 1;
	if (!type)
		return 0;
	for (size_t i = 0; i < o->ntypes; i++) {
		size_t l = strlen(o->types[i]);
		if (l && o->types[i][l - 1] == '*') {
			if (strncmp(type, o->types[i], l - 1) == 0)
				return 1;
		} else if (strcmp(type, o->types[i]) == 0) {
			return 1;
		}
	}
	return 0;
}

static int feature_wanted(const eval_opts *o, const char *f)
{
	for (size_t i = 0; i < o->nfeatures; i++)
		if (strcmp(o->features[i], f) == 0)
			return 1;
	return 0;
}

static int overlaps(const span *a, const span *b)
{
	if (a->s == a->e || b->s == b->e)
		return a->s >= b->s && a->s <= b->e && b->s >= a->s && b->s <= a->e;
	return a->s < b->e && b->s < a->e;
}

static void show_span(const char *kind, const char *id, const char *text, size_t len, const span *sp)
{
	size_t from = sp->s > 40 ? sp->s - 40 : 0, to = sp->e + 40 < len ? sp->e + 40 : len;
	printf("%s %s [%zu,%zu): ", kind, id, sp->s, sp->e);
	for (size_t i = from; i < to; i++) {
		if (i == sp->s)
			fputs("[[", stdout);
		char c = text[i];
		putchar(c == '\n' || c == '\t' ? ' ' : c);
		if (i + 1 == sp->e)
			fputs("]]", stdout);
	}
	putchar('\n');
}

/* Units for sentence-level figures: [start, end) pairs into text. */
static size_t line_units(const char *text, size_t len, span **out)
{
	size_t n = 1;
	for (size_t i = 0; i < len; i++)
		if (text[i] == '\n')
			n++;
	span *u = calloc(n, sizeof(span));
	if (!u)
		return 0;
	size_t k = 0, start = 0;
	for (size_t i = 0; i <= len; i++)
		if (i == len || text[i] == '\n') {
			u[k].s = start;
			u[k].e = i;
			k++;
			start = i + 1;
		}
	*out = u;
	return k;
}

/* Counts for one document. pred and gold are sorted by start. */
static void score_doc(const eval_opts *o, counts *c, const char *id, const char *text, size_t len,
                      span *pred, size_t np, span *gold, size_t ng, span *units, size_t nu, long *shown_fp,
                      long *shown_fn)
{
	/* Span level: for each predicted span, any overlapping gold span; both
	 * lists are sorted by start, spans are short: a window scan is linear. */
	size_t g0 = 0;
	for (size_t i = 0; i < np; i++) {
		while (g0 < ng && gold[g0].e <= pred[i].s && gold[g0].e != gold[g0].s)
			g0++;
		for (size_t j = g0 > 8 ? g0 - 8 : 0; j < ng && gold[j].s <= pred[i].e; j++) {
			int m = o->exact ? (gold[j].s == pred[i].s && gold[j].e == pred[i].e) : overlaps(&pred[i], &gold[j]);
			if (m) {
				pred[i].hit = 1;
				gold[j].hit = 1;
			}
		}
	}
	c->pred += np;
	c->gold += ng;
	for (size_t i = 0; i < np; i++) {
		c->pred_ok += pred[i].hit;
		if (!pred[i].hit && *shown_fp < o->show) {
			show_span("FP", id, text, len, &pred[i]);
			(*shown_fp)++;
		}
	}
	for (size_t j = 0; j < ng; j++) {
		c->gold_found += gold[j].hit;
		if (!gold[j].hit && *shown_fn < o->show) {
			show_span("FN", id, text, len, &gold[j]);
			(*shown_fn)++;
		}
	}
	/* Sentence level. */
	size_t pi = 0, gi = 0;
	for (size_t u = 0; u < nu; u++) {
		int has_p = 0, has_g = 0;
		while (pi < np && pred[pi].s < units[u].s)
			pi++;
		while (gi < ng && gold[gi].s < units[u].s)
			gi++;
		for (size_t k = pi; k < np && pred[k].s < units[u].e + (units[u].e == units[u].s); k++)
			has_p = 1;
		for (size_t k = gi; k < ng && gold[k].s < units[u].e + (units[u].e == units[u].s); k++)
			has_g = 1;
		c->units++;
		if (has_p && has_g)
			c->tp++;
		else if (has_p)
			c->fp++;
		else if (has_g)
			c->fn++;
	}
}

static int cmp_span(const void *a, const void *b)
{
	const span *x = a, *y = b;
	if (x->s != y->s)
		return x->s < y->s ? -1 : 1;
	return x->e < y->e ? -1 : (x->e > y->e);
}

static double ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0.0;
}

static double f1(double p, double r)
{
	return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

int cmd_eval_spans(int argc, char **argv)
{
	eval_opts o;
	memset(&o, 0, sizeof o);
	crd_options eo;
	crd_options_init(&eo);
	char **files = calloc((size_t)argc + 1, sizeof(char *));
	size_t nfiles = 0;
	int status = 0;
	if (!files)
		return EXIT_INPUT;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int has = i + 1 < argc;
		uint64_t v;
		if (strcmp(a, "--feature") == 0 && has) {
			free_list(o.features, o.nfeatures);
			o.features = split_list(argv[++i], &o.nfeatures);
		} else if (strcmp(a, "--gold-type") == 0 && has) {
			free_list(o.types, o.ntypes);
			o.types = split_list(argv[++i], &o.ntypes);
		} else if (strcmp(a, "--units") == 0 && has) {
			const char *u = argv[++i];
			if (strcmp(u, "lines") == 0)
				o.units_sentences = 0;
			else if (strcmp(u, "sentences") == 0)
				o.units_sentences = 1;
			else {
				cli_error("--units must be lines or sentences");
				status = EXIT_USAGE;
			}
		} else if (strcmp(a, "--exact") == 0) {
			o.exact = 1;
		} else if (strcmp(a, "--json") == 0) {
			o.json = 1;
		} else if (strcmp(a, "--show") == 0 && has) {
			if (cli_parse_size(argv[++i], &v) || v > 100000) {
				cli_error("--show needs a number");
				status = EXIT_USAGE;
			}
			o.show = (long)v;
		} else if (strcmp(a, "--script") == 0 && has) {
			eo.script_path = argv[++i];
		} else if (strcmp(a, "--lexicons") == 0 && has) {
			eo.lexicon_dir = argv[++i];
		} else if (strcmp(a, "--max-bytes") == 0 && has) {
			if (cli_parse_size(argv[++i], &v) || v > 4000000000ull) {
				cli_error("--max-bytes needs a size up to 4G");
				status = EXIT_USAGE;
			}
			eo.max_document_bytes = (size_t)v;
		} else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			fputs(eval_help, stdout);
			goto done;
		} else if (a[0] == '-' && strcmp(a, "-") != 0) {
			cli_error("eval-spans: unknown option or missing value: '%s'", a);
			status = EXIT_USAGE;
		} else {
			files[nfiles++] = argv[i];
		}
	}
	if (!status && (!o.nfeatures || !nfiles)) {
		cli_error("eval-spans: needs --feature and at least one GOLD.jsonl (see credence help eval-spans)");
		status = EXIT_USAGE;
	}
	if (status)
		goto done;

	crd_engine *e;
	crd_error err;
	if (crd_engine_new(&e, &eo, &err) != CRD_OK) {
		char buf[1024];
		cli_format_error(buf, sizeof buf, &err);
		cli_error("%s", buf);
		status = EXIT_SCRIPT;
		goto done;
	}
	for (size_t i = 0; i < o.nfeatures; i++) {
		int known = 0;
		for (size_t f = 0; f < crd_engine_feature_count(e); f++)
			if (strcmp(crd_engine_feature_name(e, f), o.features[i]) == 0)
				known = 1;
		if (!known) {
			cli_error("eval-spans: unknown feature '%s'", o.features[i]);
			status = EXIT_USAGE;
		}
	}
	crd_scorer *sc = NULL;
	if (!status && crd_scorer_new(&sc, e, &err) != CRD_OK) {
		cli_error("%s", err.message);
		status = EXIT_SCRIPT;
	}
	counts c;
	memset(&c, 0, sizeof c);
	long shown_fp = 0, shown_fn = 0;
	cli_reader *rd = status ? NULL : reader_new(files, nfiles, INPUT_JSONL,
	                                            eo.max_document_bytes ? eo.max_document_bytes : (64u << 20), 1);
	cli_doc d;
	while (rd && reader_next(rd, &d)) {
		if (d.failed) {
			char buf[1024];
			cli_format_error(buf, sizeof buf, &d.err);
			cli_error("%s", buf);
			c.failed++;
			status = EXIT_INPUT;
			cli_doc_clear(&d);
			continue;
		}
		crd_input in = CRD_INPUT_INIT;
		in.text = d.text;
		in.len = d.len;
		in.id = d.id;
		crd_result *r;
		if (crd_scorer_score(&r, sc, &in, CRD_SCORE_FEATURES_ONLY, &err) != CRD_OK) {
			cli_error("%s: %s", d.id, err.message);
			c.failed++;
			status = EXIT_INPUT;
			cli_doc_clear(&d);
			continue;
		}
		/* Gold spans. */
		json_t *cues = json_object_get(d.extra, "cues");
		size_t ncues = json_is_array(cues) ? json_array_size(cues) : 0;
		span *gold = calloc(ncues + 1, sizeof(span));
		size_t ng = 0;
		for (size_t k = 0; gold && k < ncues; k++) {
			json_t *cu = json_array_get(cues, k);
			json_t *js = json_object_get(cu, "start"), *je = json_object_get(cu, "end");
			const char *type = json_string_value(json_object_get(cu, "type"));
			if (!json_is_integer(js) || !json_is_integer(je) || !type_wanted(&o, type))
				continue;
			json_int_t s = json_integer_value(js), en = json_integer_value(je);
			if (s < 0 || en < s || (size_t)en > d.len)
				continue;
			gold[ng].s = (size_t)s;
			gold[ng].e = (size_t)en;
			ng++;
		}
		size_t ne = crd_result_evidence_count(r), np = 0;
		span *pred = calloc(ne + 1, sizeof(span));
		for (size_t k = 0; pred && k < ne; k++) {
			crd_evidence ev;
			crd_result_evidence(r, k, &ev);
			if (feature_wanted(&o, ev.feature)) {
				pred[np].s = ev.start;
				pred[np].e = ev.end;
				np++;
			}
		}
		span *units = NULL;
		size_t nu = 0;
		if (o.units_sentences) {
			/* Sentences as credence found them: from the JSON report. */
			char *json;
			if (crd_result_json(&json, NULL, r, 0, &err) == CRD_OK) {
				json_t *root = json_loads(json, 0, NULL);
				json_t *ss = json_object_get(root, "sentences");
				nu = json_array_size(ss);
				units = calloc(nu + 1, sizeof(span));
				for (size_t k = 0; units && k < nu; k++) {
					units[k].s = (size_t)json_integer_value(json_array_get(json_array_get(ss, k), 0));
					units[k].e = (size_t)json_integer_value(json_array_get(json_array_get(ss, k), 1));
				}
				json_decref(root);
				crd_free(json);
			}
		} else {
			nu = line_units(d.text, d.len, &units);
		}
		if (!gold || !pred || (nu && !units)) {
			cli_error("out of memory");
			status = EXIT_INPUT;
		} else {
			qsort(gold, ng, sizeof(span), cmp_span);
			qsort(pred, np, sizeof(span), cmp_span);
			score_doc(&o, &c, d.id, d.text, d.len, pred, np, gold, ng, units, nu, &shown_fp, &shown_fn);
			c.docs++;
		}
		free(gold);
		free(pred);
		free(units);
		crd_result_free(r);
		cli_doc_clear(&d);
	}
	reader_free(rd);
	crd_scorer_free(sc);
	crd_engine_free(e);
	if (status == EXIT_USAGE || status == EXIT_SCRIPT)
		goto done;

	double sp = ratio(c.pred_ok, c.pred), sr = ratio(c.gold_found, c.gold);
	double up = ratio(c.tp, c.tp + c.fp), ur = ratio(c.tp, c.tp + c.fn);
	if (o.json) {
		printf("{\"documents\":%zu,\"failed\":%zu,\"span\":{\"predicted\":%zu,\"correct\":%zu,\"gold\":%zu,"
		       "\"found\":%zu,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f},"
		       "\"sentence\":{\"units\":%zu,\"tp\":%zu,\"fp\":%zu,\"fn\":%zu,\"precision\":%.4f,"
		       "\"recall\":%.4f,\"f1\":%.4f}}\n",
		       c.docs, c.failed, c.pred, c.pred_ok, c.gold, c.gold_found, sp, sr, f1(sp, sr), c.units, c.tp,
		       c.fp, c.fn, up, ur, f1(up, ur));
	} else {
		printf("documents %zu (failed %zu)\n", c.docs, c.failed);
		printf("span      predicted %6zu  correct %6zu  gold %6zu  found %6zu   P %.3f  R %.3f  F1 %.3f\n",
		       c.pred, c.pred_ok, c.gold, c.gold_found, sp, sr, f1(sp, sr));
		printf("%-9s units %6zu  tp %6zu  fp %6zu  fn %6zu   P %.3f  R %.3f  F1 %.3f\n",
		       o.units_sentences ? "sentence" : "line", c.units, c.tp, c.fp, c.fn, up, ur, f1(up, ur));
	}
done:
	free_list(o.features, o.nfeatures);
	free_list(o.types, o.ntypes);
	free(files);
	return status;
}
