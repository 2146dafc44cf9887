/* eval.c -- credence eval-spans: precision, recall and F1 of a detector against gold spans in JSONL. */
#define _POSIX_C_SOURCE 200809L
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "fit.h"
#include "inputs.h"

/* clang-format off */
const char eval_help[] =
"usage: credence eval-spans --feature F[,F...] [options] GOLD.jsonl...\n"
"\n"
"Measures detectors against spans that people annotated. Each line of GOLD is\n"
"{\"id\", \"text\", \"cues\": [{\"start\", \"end\", \"type\"}, ...]} with UTF-8 byte\n"
"offsets into text (a record without \"cues\" has none; a cue that is not a\n"
"span of its text is named by file and line and left out, and the exit status\n"
"is 3). Prints precision, recall and F1:\n"
"\n"
"  span level      a predicted span is right when it overlaps a gold span (or\n"
"                  matches it exactly with --exact); a gold span is found when\n"
"                  a predicted span overlaps it\n"
"  sentence level  a unit is positive when it holds a gold span, and predicted\n"
"                  positive when it holds a predicted span\n"
"\n"
"Options:\n"
"  --feature F[,F...]     the features predicted (evidence in any zone)\n"
"  --where KEY=VALUE      only predicted items whose attribute KEY has\n"
"                         VALUE (a string, a number, true, false or null;\n"
"                         an item without KEY has it false); repeat to test\n"
"                         more than one\n"
"  --gold-type T[,T...]   only gold spans of these types (default: all);\n"
"                         a type ending in * is a prefix\n"
"  --units lines|sentences\n"
"                         sentence-level units: lines of the text (default;\n"
"                         corpora with one sentence per line) or the\n"
"                         sentences credence finds\n"
"  --exact                span level needs exact boundaries\n"
"  --gold-absent          the feature marks what the gold leaves out (text\n"
"                         that no gold span covers): a predicted span is right\n"
"                         when it overlaps no gold span, and a unit is\n"
"                         positive when it holds none; span-level recall is\n"
"                         not defined then (use --units sentences)\n"
"  --show N               print N false positives and N false negatives\n"
"  --json                 print the figures as one JSON object\n"
"  --script, --lexicons, --max-bytes as for score\n"
"\n"
"Example:\n"
"  credence eval-spans --feature hedge szeged_wiki_cues.jsonl\n"
"  credence eval-spans --feature attribution_cue --gold-type cue polnear_attributions.jsonl\n"
"  credence eval-spans --feature named_source,anonymous_source,vague_attribution \\\n"
"      --gold-type source --where nested=false polnear_attributions.jsonl\n"
"  credence eval-spans --feature unattributed_claim --gold-absent --units sentences \\\n"
"      polnear_attributions.jsonl\n";
/* clang-format on */

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
	int absent;
	long show;
	int json;
	char **where; /* KEY=VALUE tests on the predicted items' attributes */
	size_t nwhere;
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

/* Whether the attributes of ev pass the test KEY=VALUE: a string equal to
 * VALUE, a number that reads as VALUE, a boolean true or false, null. An
 * item without KEY has it false or null, as the report leaves them out. */
static int attr_matches(const crd_evidence *ev, const char *test)
{
	const char *eq = strchr(test, '=');
	size_t kl = (size_t)(eq - test);
	const char *v = eq + 1;
	for (size_t i = 0; i < ev->attr_count; i++) {
		const crd_attr *a = &ev->attrs[i];
		if (strlen(a->key) != kl || strncmp(a->key, test, kl) != 0)
			continue;
		switch (a->type) {
		case CRD_ATTR_STRING: return strcmp(a->string, v) == 0;
		case CRD_ATTR_BOOL: return strcmp(v, a->number ? "true" : "false") == 0;
		case CRD_ATTR_NUMBER: {
			char *end;
			double d = strtod(v, &end);
			return *v && !*end && d == a->number;
		}
		default: return strcmp(v, "null") == 0;
		}
	}
	return strcmp(v, "false") == 0 || strcmp(v, "null") == 0;
}

static int evidence_wanted(const eval_opts *o, const crd_evidence *ev)
{
	if (!feature_wanted(o, ev->feature))
		return 0;
	for (size_t i = 0; i < o->nwhere; i++)
		if (!attr_matches(ev, o->where[i]))
			return 0;
	return 1;
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
	/* With --gold-absent a predicted span is right where no gold span is,
	 * and gold spans are what it must avoid, not what it must find. */
	c->pred += np;
	c->gold += o->absent ? 0 : ng;
	for (size_t i = 0; i < np; i++) {
		int right = o->absent ? !pred[i].hit : pred[i].hit;
		c->pred_ok += right;
		if (!right && *shown_fp < o->show) {
			show_span("FP", id, text, len, &pred[i]);
			(*shown_fp)++;
		}
	}
	for (size_t j = 0; j < ng && !o->absent; j++) {
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
		if (o->absent)
			has_g = !has_g;
		c->units++;
		if (has_p && has_g)
			c->tp++;
		else if (has_p)
			c->fp++;
		else if (has_g)
			c->fn++;
	}
}

/*
 * The options both eval commands take: --script, --lexicons, --max-bytes,
 * --help, and input files. Returns 0 when argv[*i] was taken (advancing *i
 * past a value), 1 on a usage error (reported), -1 after printing help.
 */
static int common_opt(int argc, char **argv, int *i, crd_options *eo, char **files, size_t *nfiles,
                      const char *cmd, const char *help)
{
	const char *a = argv[*i];
	int has = *i + 1 < argc;
	uint64_t v;
	if (strcmp(a, "--script") == 0 && has) {
		eo->script_path = argv[++*i];
	} else if (strcmp(a, "--lexicons") == 0 && has) {
		eo->lexicon_dir = argv[++*i];
	} else if (strcmp(a, "--max-bytes") == 0 && has) {
		if (cli_parse_size(argv[++*i], &v) || v > 4000000000ull) {
			cli_error("--max-bytes needs a size up to 4G");
			return 1;
		}
		eo->max_document_bytes = (size_t)v;
	} else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
		fputs(help, stdout);
		return -1;
	} else if (a[0] == '-' && strcmp(a, "-") != 0) {
		cli_error("%s: unknown option or missing value: '%s'", cmd, a);
		return 1;
	} else {
		files[(*nfiles)++] = argv[*i];
	}
	return 0;
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
		} else if (strcmp(a, "--where") == 0 && has) {
			const char *w = argv[++i];
			char **grown = realloc(o.where, (o.nwhere + 1) * sizeof *grown);
			if (!grown) {
				status = EXIT_INPUT;
				goto done;
			}
			o.where = grown;
			if (!strchr(w, '=') || w[0] == '=') {
				cli_error("--where needs KEY=VALUE, as in --where nested=false (got '%s')",
				          w);
				status = EXIT_USAGE;
			} else {
				o.where[o.nwhere++] = (char *)w;
			}
		} else if (strcmp(a, "--exact") == 0) {
			o.exact = 1;
		} else if (strcmp(a, "--gold-absent") == 0) {
			o.absent = 1;
		} else if (strcmp(a, "--json") == 0) {
			o.json = 1;
		} else if (strcmp(a, "--show") == 0 && has) {
			if (cli_parse_size(argv[++i], &v) || v > 100000) {
				cli_error("--show needs a number");
				status = EXIT_USAGE;
			}
			o.show = (long)v;
		} else {
			int r = common_opt(argc, argv, &i, &eo, files, &nfiles, "eval-spans", eval_help);
			if (r < 0)
				goto done;
			if (r)
				status = EXIT_USAGE;
		}
	}
	if (!status && o.exact && o.absent) {
		cli_error("eval-spans: --exact and --gold-absent do not go together "
		          "(an item is right where no gold span is)");
		status = EXIT_USAGE;
	}
	if (!status && (!o.nfeatures || !nfiles)) {
		cli_error("eval-spans: needs --feature and at least one GOLD.jsonl (see credence help eval-spans)");
		status = EXIT_USAGE;
	}
	if (status)
		goto done;

	crd_engine *e;
	crd_error err;
	if ((status = cli_engine_new(&e, &eo)))
		goto done;
	for (size_t i = 0; i < o.nfeatures; i++) {
		if (crd_engine_feature_find(e, o.features[i]) < 0) {
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
	cli_reader *rd = status ? NULL : reader_new(files, nfiles, INPUT_JSONL, cli_max_bytes(&eo), 1);
	cli_doc d;
	while (rd && reader_next(rd, &d)) {
		if (d.failed) {
			cli_report(&d.err);
			c.failed++;
			status = EXIT_INPUT;
			cli_doc_clear(&d);
			continue;
		}
		crd_input in = cli_doc_input(&d);
		crd_result *r;
		if (crd_scorer_score(&r, sc, &in, CRD_SCORE_FEATURES_ONLY, &err) != CRD_OK) {
			cli_error("%s: %s", d.id, err.message);
			c.failed++;
			status = EXIT_INPUT;
			cli_doc_clear(&d);
			continue;
		}
		/* Gold spans. A record without "cues" has none; a malformed cue
		 * is reported where it stands and left out, the others count. */
		json_t *cues = json_object_get(d.extra, "cues");
		if (cues && !json_is_array(cues)) {
			cli_error("%s:%zu: \"cues\" is not an array; the record has no gold spans", d.path, d.line);
			status = EXIT_INPUT;
		}
		size_t ncues = json_is_array(cues) ? json_array_size(cues) : 0;
		span *gold = calloc(ncues + 1, sizeof(span));
		size_t ng = 0;
		for (size_t k = 0; gold && k < ncues; k++) {
			json_t *cu = json_array_get(cues, k);
			json_t *js = json_object_get(cu, "start"), *je = json_object_get(cu, "end");
			if (!json_is_integer(js) || !json_is_integer(je)) {
				cli_error("%s:%zu: cue %zu has no integer \"start\" and \"end\"; left out", d.path, d.line, k);
				status = EXIT_INPUT;
				continue;
			}
			json_int_t s = json_integer_value(js), en = json_integer_value(je);
			if (s < 0 || en < s || (size_t)en > d.len) {
				cli_error("%s:%zu: cue %zu [%lld, %lld) is not a span of the text (%zu bytes); left out", d.path,
				          d.line, k, (long long)s, (long long)en, d.len);
				status = EXIT_INPUT;
				continue;
			}
			if (!type_wanted(&o, json_string_value(json_object_get(cu, "type"))))
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
			if (evidence_wanted(&o, &ev)) {
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
		printf("{\"documents\":%zu,\"failed\":%zu,\"span\":{\"predicted\":%zu,\"correct\":%zu,",
		       c.docs, c.failed, c.pred, c.pred_ok);
		if (o.absent)
			printf("\"precision\":%.4f,\"recall\":null,\"f1\":null},", sp);
		else
			printf("\"gold\":%zu,\"found\":%zu,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f},",
			       c.gold, c.gold_found, sp, sr, f1(sp, sr));
		printf("\"sentence\":{\"units\":%zu,\"tp\":%zu,\"fp\":%zu,\"fn\":%zu,\"precision\":%.4f,"
		       "\"recall\":%.4f,\"f1\":%.4f}}\n",
		       c.units, c.tp, c.fp, c.fn, up, ur, f1(up, ur));
	} else {
		printf("documents %zu (failed %zu)\n", c.docs, c.failed);
		if (o.absent)
			printf("span      predicted %6zu  correct %6zu (overlapping no gold span)   P %.3f\n",
			       c.pred, c.pred_ok, sp);
		else
			printf("span      predicted %6zu  correct %6zu  gold %6zu  found %6zu   P %.3f  R %.3f"
			       "  F1 %.3f\n",
			       c.pred, c.pred_ok, c.gold, c.gold_found, sp, sr, f1(sp, sr));
		printf("%-9s units %6zu  tp %6zu  fp %6zu  fn %6zu   P %.3f  R %.3f  F1 %.3f\n",
		       o.units_sentences ? "sentence" : "line", c.units, c.tp, c.fp, c.fn, up, ur, f1(up, ur));
	}
done:
	free_list(o.features, o.nfeatures);
	free_list(o.types, o.ntypes);
	free(o.where);
	free(files);
	return status;
}

/* ---- eval-scores ------------------------------------------------------------ */

const char eval_scores_help[] =
"usage: credence eval-scores [options] LABELLED.jsonl...\n"
"\n"
"Scores labelled articles and reports how well the score separates reliable\n"
"from unreliable ones. Each JSONL record has \"text\" and \"label\" (a string; an\n"
"integer or a boolean is matched as its text, \"1\" or \"true\"); records whose\n"
"label is neither positive nor negative are scored and counted but left out of\n"
"the AUC. Prints, per label, the number of articles and their mean score; the\n"
"AUC (the chance that a random positive article outscores a random negative\n"
"one; 0.5 is chance); and for every rule how often it fires and its mean hits\n"
"among positives and negatives, which shows what each rule contributes.\n"
"\n"
"Options:\n"
"  --positive L[,L...]    labels that count as reliable (default: reliable)\n"
"  --negative L[,L...]    labels that count as unreliable (default: unreliable)\n"
"  --by FIELD             also report the AUC within each value of FIELD\n"
"                         (e.g. source), or per corpus file when FIELD is 'file'\n"
"  --fit                  also fit the script's rule weights to the labels: a\n"
"                         logistic regression on each rule's capped hits, every\n"
"                         file and class weighted equally, each weight held to\n"
"                         the sign the script gives it; prints the fitted\n"
"                         weights beside the script's and their AUC in sample\n"
"                         and 5-fold cross-validated\n"
"  --json                 print the figures as one JSON object\n"
"  --script, --lexicons, --max-bytes as for score\n"
"\n"
"Example:\n"
"  credence eval-scores --by file --fit --script mine.lua a.jsonl b.jsonl\n";

typedef struct labelled {
	double score;
	int cls;          /* 1 positive, 0 negative, -1 neither */
	int group;
	int file;         /* index of its file, for --fit's weighting */
} labelled;

typedef struct label_stat {
	char *name;
	double sum;
	size_t n;
} label_stat;

typedef struct rule_stat {
	const char *name;
	double hits[2];   /* summed hits among negatives / positives */
	size_t fired[2];
} rule_stat;

/* The AUC of the scores of v's labelled items (in group, when group >= 0);
 * 0.5 when a class is absent. */
static double auc(labelled *v, size_t n, int group, size_t *npos, size_t *nneg)
{
	double *s = malloc((n + 1) * sizeof *s);
	int *y = malloc((n + 1) * sizeof *y);
	unsigned char *in = malloc(n + 1);
	*npos = *nneg = 0;
	double a = -1;
	if (s && y && in) {
		for (size_t i = 0; i < n; i++) {
			s[i] = v[i].score;
			y[i] = v[i].cls;
			in[i] = v[i].cls >= 0 && (group < 0 || v[i].group == group);
			*npos += in[i] && v[i].cls == 1;
			*nneg += in[i] && v[i].cls == 0;
		}
		a = rank_auc(s, y, in, n);
	}
	free(s);
	free(y);
	free(in);
	return a < 0 ? 0.5 : a;
}

static int in_list(char **v, size_t n, const char *s)
{
	for (size_t i = 0; s && i < n; i++)
		if (strcmp(v[i], s) == 0)
			return 1;
	return 0;
}

/* Finds or adds the entry named s; returns its index or -1 on OOM. */
static int label_index(label_stat **v, size_t *n, const char *s)
{
	for (size_t i = 0; i < *n; i++)
		if (strcmp((*v)[i].name, s) == 0)
			return (int)i;
	label_stat *nv = realloc(*v, (*n + 1) * sizeof *nv);
	if (!nv)
		return -1;
	*v = nv;
	size_t l = strlen(s);
	if (!(nv[*n].name = malloc(l + 1)))
		return -1;
	memcpy(nv[*n].name, s, l + 1);
	nv[*n].sum = 0;
	nv[*n].n = 0;
	return (int)(*n)++;
}

static void free_stats(label_stat *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].name);
	free(v);
}

/* A record's label as text: a string as it is, an integer in decimal
 * ("1"), a boolean as "true" or "false"; NULL for none or another type. */
static const char *record_label(json_t *v, char *buf, size_t n)
{
	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_integer(v)) {
		snprintf(buf, n, "%lld", (long long)json_integer_value(v));
		return buf;
	}
	if (json_is_boolean(v))
		return json_is_true(v) ? "true" : "false";
	return NULL;
}

/* A result's hits per rule, capped as the score counts them; rules that did
 * not fire count 0. */
static void capped_hits(const crd_result *r, const rule_stat *rs, size_t nrules, double *row)
{
	for (size_t j = 0; j < nrules; j++)
		row[j] = 0;
	for (size_t k = 0; k < crd_result_rule_count(r); k++) {
		crd_rule_hit h;
		crd_result_rule(r, k, &h);
		for (size_t j = 0; j < nrules; j++)
			if (strcmp(rs[j].name, h.name) == 0)
				row[j] = h.hits < h.cap ? h.hits : h.cap;
	}
}

typedef struct fit_result {
	double *theta, *script; /* fitted and the script's weights, per rule */
	double *cv;             /* each article's logit from the fold without it */
	double bias, script_bias;
	double auc, auc_cv;
} fit_result;

static void fit_result_free(fit_result *fr)
{
	free(fr->theta);
	free(fr->script);
	free(fr->cv);
}

/* The cross-validated AUC within group (all when group < 0). */
static double fit_group_auc(const fit_result *fr, const labelled *v, size_t n, int group)
{
	int *y = malloc((n + 1) * sizeof *y);
	unsigned char *in = malloc(n + 1);
	double a = -1;
	if (y && in) {
		for (size_t i = 0; i < n; i++) {
			y[i] = v[i].cls;
			in[i] = v[i].cls >= 0 && v[i].file >= 0 && (group < 0 || v[i].group == group);
		}
		a = rank_auc(fr->cv, y, in, n);
	}
	free(y);
	free(in);
	return a;
}

#define FIT_FOLDS 5
#define FIT_LAMBDA 1e-2

/* out[i] = the logit of row i under theta and bias, for the rows in which. */
static void fit_logits(size_t n, const double *rows, size_t k, const double *theta, double bias,
                       const unsigned char *which, double *out)
{
	for (size_t i = 0; i < n; i++) {
		if (!which[i])
			continue;
		double z = bias;
		for (size_t j = 0; j < k; j++)
			z += theta[j] * rows[i * k + j];
		out[i] = z;
	}
}

/* Fits the rule weights on the labelled articles: each (file, class) cell
 * weighs the same in all, so that no corpus and no class dominates by its
 * size. The cross-validated AUC scores every article with weights fitted
 * without it (folds by position). */
static int fit_weights(fit_result *fr, const labelled *v, size_t n, const double *rows, const crd_engine *e,
                       size_t k, size_t nfiles)
{
	int rc = -1;
	size_t ncell = 2 * (nfiles ? nfiles : 1);
	double *cell = calloc(ncell, sizeof *cell), *w = calloc(n + 1, sizeof *w);
	double *z = calloc(n + 1, sizeof *z), *t = calloc(k + 1, sizeof *t);
	fr->cv = calloc(n + 1, sizeof *fr->cv);
	int *y = calloc(n + 1, sizeof *y), *sign = calloc(k + 1, sizeof *sign);
	unsigned char *lab = calloc(n + 1, 1), *train = calloc(n + 1, 1), *test = calloc(n + 1, 1);
	fr->theta = calloc(k + 1, sizeof *fr->theta);
	fr->script = calloc(k + 1, sizeof *fr->script);
	if (!cell || !w || !z || !t || !y || !sign || !lab || !train || !test || !fr->theta || !fr->script ||
	    !fr->cv)
		goto out;
	for (size_t i = 0; i < n; i++)
		if (v[i].cls >= 0 && v[i].file >= 0)
			cell[2 * (size_t)v[i].file + (size_t)v[i].cls] += 1;
	for (size_t i = 0; i < n; i++) {
		lab[i] = v[i].cls >= 0 && v[i].file >= 0;
		y[i] = v[i].cls;
		w[i] = lab[i] ? 1 / cell[2 * (size_t)v[i].file + (size_t)v[i].cls] : 0;
	}
	for (size_t j = 0; j < k; j++) {
		crd_rule_info ri;
		crd_engine_rule(e, j, &ri);
		fr->script[j] = ri.weight;
		sign[j] = ri.weight > 0 ? 1 : ri.weight < 0 ? -1 : 0;
	}
	fr->script_bias = crd_engine_bias(e);
	fit_data f = { n, k, rows, y, w, sign, FIT_LAMBDA };
	if (fit_logistic(&f, lab, fr->theta, &fr->bias) < 0)
		goto out;
	fit_logits(n, rows, k, fr->theta, fr->bias, lab, z);
	fr->auc = rank_auc(z, y, lab, n);
	for (size_t fold = 0; fold < FIT_FOLDS; fold++) {
		for (size_t i = 0; i < n; i++) {
			test[i] = lab[i] && i % FIT_FOLDS == fold;
			train[i] = lab[i] && !test[i];
		}
		double b;
		if (fit_logistic(&f, train, t, &b) < 0)
			goto out;
		fit_logits(n, rows, k, t, b, test, fr->cv);
	}
	fr->auc_cv = rank_auc(fr->cv, y, lab, n);
	rc = 0;
out:
	free(cell), free(w), free(z), free(t), free(y), free(sign), free(lab), free(train), free(test);
	if (rc) {
		fit_result_free(fr);
		memset(fr, 0, sizeof *fr);
	}
	return rc;
}

int cmd_eval_scores(int argc, char **argv)
{
	crd_options eo;
	crd_options_init(&eo);
	char **files = calloc((size_t)argc + 1, sizeof(char *));
	size_t nfiles = 0, npl = 0, nnl = 0;
	char **pos_labels = NULL, **neg_labels = NULL;
	const char *by = NULL;
	int json = 0, fit = 0, status = 0;
	if (!files)
		return EXIT_INPUT;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int has = i + 1 < argc;
		if (strcmp(a, "--positive") == 0 && has) {
			free_list(pos_labels, npl);
			pos_labels = split_list(argv[++i], &npl);
		} else if (strcmp(a, "--negative") == 0 && has) {
			free_list(neg_labels, nnl);
			neg_labels = split_list(argv[++i], &nnl);
		} else if (strcmp(a, "--by") == 0 && has) {
			by = argv[++i];
		} else if (strcmp(a, "--json") == 0) {
			json = 1;
		} else if (strcmp(a, "--fit") == 0) {
			fit = 1;
		} else {
			int r = common_opt(argc, argv, &i, &eo, files, &nfiles, "eval-scores", eval_scores_help);
			if (r < 0)
				goto done;
			if (r)
				status = EXIT_USAGE;
		}
	}
	if (!pos_labels)
		pos_labels = split_list("reliable", &npl);
	if (!neg_labels)
		neg_labels = split_list("unreliable", &nnl);
	if (!status && !nfiles) {
		cli_error("eval-scores: needs at least one LABELLED.jsonl (see credence help eval-scores)");
		status = EXIT_USAGE;
	}
	if (status)
		goto done;

	crd_engine *e;
	crd_scorer *sc;
	crd_error err;
	if ((status = cli_engine_new(&e, &eo)))
		goto done;
	if (crd_scorer_new(&sc, e, &err) != CRD_OK) {
		cli_error("%s", err.message);
		crd_engine_free(e);
		status = EXIT_SCRIPT;
		goto done;
	}
	size_t nrules = crd_engine_rule_count(e);
	rule_stat *rs = calloc(nrules + 1, sizeof *rs);
	for (size_t i = 0; rs && i < nrules; i++) {
		crd_rule_info ri;
		crd_engine_rule(e, i, &ri);
		rs[i].name = ri.name;
	}
	label_stat *labels = NULL, *groups = NULL, *paths = NULL;
	size_t nlabels = 0, ngroups = 0, npaths = 0;
	labelled *v = NULL;
	double *rows = NULL; /* --fit: each article's capped hits per rule */
	size_t n = 0, cap = 0, failed = 0;
	cli_reader *rd = reader_new(files, nfiles, INPUT_JSONL, cli_max_bytes(&eo), 1);
	cli_doc d;
	while (rd && reader_next(rd, &d)) {
		if (d.failed) {
			cli_report(&d.err);
			failed++;
			cli_doc_clear(&d);
			continue;
		}
		char numbuf[32];
		const char *label = record_label(json_object_get(d.extra, "label"), numbuf, sizeof numbuf);
		if (!label && json_object_get(d.extra, "label") && !json_is_null(json_object_get(d.extra, "label"))) {
			cli_error("%s:%zu: \"label\" is neither a string, an integer nor a boolean", d.path, d.line);
			status = EXIT_INPUT;
		}
		crd_input in = cli_doc_input(&d);
		crd_result *r;
		if (d.len == 0 || crd_scorer_score(&r, sc, &in, 0, &err) != CRD_OK) {
			if (d.len)
				cli_error("%s: %s", d.id, err.message);
			failed += d.len != 0;
			cli_doc_clear(&d);
			continue;
		}
		if (n == cap) {
			size_t nc = cap ? cap * 2 : 1024;
			labelled *nv = realloc(v, nc * sizeof *v);
			if (nv)
				v = nv;
			if (nv && fit) {
				double *nr = realloc(rows, nc * (nrules + 1) * sizeof *rows);
				if (nr)
					rows = nr;
				else
					nv = NULL;
			}
			if (!nv) {
				cli_error("out of memory");
				crd_result_free(r);
				cli_doc_clear(&d);
				status = EXIT_INPUT;
				break;
			}
			cap = nc;
		}
		labelled *it = &v[n++];
		it->score = crd_result_score(r);
		it->cls = in_list(pos_labels, npl, label) ? 1 : in_list(neg_labels, nnl, label) ? 0 : -1;
		it->group = -1;
		it->file = label_index(&paths, &npaths, reader_current_path(rd));
		if (fit && rs)
			capped_hits(r, rs, nrules, rows + (n - 1) * nrules);
		if (by) {
			const char *gv = strcmp(by, "file") == 0
			                         ? reader_current_path(rd)
			                         : json_string_value(json_object_get(d.extra, by));
			it->group = gv ? label_index(&groups, &ngroups, gv) : -1;
		}
		int li = label_index(&labels, &nlabels, label ? label : "(none)");
		if (li >= 0) {
			labels[li].sum += it->score;
			labels[li].n++;
		}
		if (it->cls >= 0 && rs) {
			for (size_t k = 0; k < crd_result_rule_count(r); k++) {
				crd_rule_hit h;
				crd_result_rule(r, k, &h);
				for (size_t j = 0; j < nrules; j++)
					if (strcmp(rs[j].name, h.name) == 0) {
						rs[j].hits[it->cls] += h.hits;
						rs[j].fired[it->cls]++;
					}
			}
		}
		crd_result_free(r);
		cli_doc_clear(&d);
	}
	size_t npos, nneg;
	double a = auc(v, n, -1, &npos, &nneg);
	fit_result fr;
	memset(&fr, 0, sizeof fr);
	if (fit && !status && (!npos || !nneg)) {
		cli_error("eval-scores: --fit needs articles of both classes (%zu positive, %zu negative)", npos,
		          nneg);
	} else if (fit && !status && (!rs || fit_weights(&fr, v, n, rows, e, nrules, npaths) != 0)) {
		cli_error("out of memory");
		status = EXIT_INPUT;
	}
	if (json) {
		printf("{\"articles\":%zu,\"failed\":%zu,\"positives\":%zu,\"negatives\":%zu,\"auc\":%.4f,\"labels\":{",
		       n, failed, npos, nneg, a);
		for (size_t i = 0; i < nlabels; i++)
			printf("%s\"%s\":{\"n\":%zu,\"mean\":%.2f}", i ? "," : "", labels[i].name, labels[i].n,
			       labels[i].sum / (double)labels[i].n);
		printf("}");
		if (by) {
			printf(",\"by\":{");
			for (size_t g = 0; g < ngroups; g++) {
				size_t gp, gn;
				double ga = auc(v, n, (int)g, &gp, &gn);
				printf("%s\"%s\":{\"positives\":%zu,\"negatives\":%zu,\"auc\":%.4f", g ? "," : "",
				       groups[g].name, gp, gn, ga);
				if (fr.cv)
					printf(",\"auc_fit_cv\":%.4f", fit_group_auc(&fr, v, n, (int)g));
				printf("}");
			}
			printf("}");
		}
		if (fr.theta) {
			printf(",\"fit\":{\"auc\":%.4f,\"auc_cv\":%.4f,\"bias\":%.6g,\"script_bias\":%.6g,\"weights\":{",
			       fr.auc, fr.auc_cv, fr.bias, fr.script_bias);
			for (size_t j = 0; j < nrules; j++)
				printf("%s\"%s\":{\"script\":%.6g,\"fitted\":%.6g}", j ? "," : "", rs[j].name,
				       fr.script[j], fr.theta[j]);
			printf("}}");
		}
		printf("}\n");
	} else {
		printf("articles %zu (failed %zu); positives %zu, negatives %zu\n", n, failed, npos, nneg);
		printf("AUC %.3f\n", a);
		for (size_t i = 0; i < nlabels; i++)
			printf("  %-20s n %6zu  mean score %6.2f\n", labels[i].name, labels[i].n,
			       labels[i].sum / (double)labels[i].n);
		if (by)
			for (size_t g = 0; g < ngroups; g++) {
				size_t gp, gn;
				double ga = auc(v, n, (int)g, &gp, &gn);
				if (gp && gn && fr.cv)
					printf("  by %s=%s: positives %zu, negatives %zu, AUC %.3f (fitted %.3f)\n", by,
					       groups[g].name, gp, gn, ga, fit_group_auc(&fr, v, n, (int)g));
				else if (gp && gn)
					printf("  by %s=%s: positives %zu, negatives %zu, AUC %.3f\n", by, groups[g].name, gp,
					       gn, ga);
			}
		printf("rules (fired %% and mean hits among positives | negatives):\n");
		for (size_t j = 0; rs && j < nrules; j++)
			printf("  %-24s %5.1f%% %6.2f | %5.1f%% %6.2f\n", rs[j].name,
			       npos ? 100.0 * (double)rs[j].fired[1] / (double)npos : 0.0,
			       npos ? rs[j].hits[1] / (double)npos : 0.0,
			       nneg ? 100.0 * (double)rs[j].fired[0] / (double)nneg : 0.0,
			       nneg ? rs[j].hits[0] / (double)nneg : 0.0);
		if (fr.theta) {
			printf("fit (logistic on capped hits; each file and class weighted equally; signs held):\n");
			printf("  AUC of the fitted weights %.3f in sample, %.3f cross-validated (5 folds)%s\n", fr.auc,
			       fr.auc_cv, by ? "; the fitted AUC by group above is cross-validated" : "");
			printf("  %-24s %9s %9s\n", "", "script", "fitted");
			printf("  %-24s %9.3f %9.3f\n", "bias", fr.script_bias, fr.bias);
			for (size_t j = 0; j < nrules; j++)
				printf("  %-24s %9.3f %9.3f\n", rs[j].name, fr.script[j], fr.theta[j]);
		}
	}
	reader_free(rd);
	free(v);
	free(rows);
	free(rs);
	fit_result_free(&fr);
	free_stats(paths, npaths);
	free_stats(labels, nlabels);
	free_stats(groups, ngroups);
	crd_scorer_free(sc);
	crd_engine_free(e);
	if (failed)
		status = EXIT_INPUT;
done:
	free_list(pos_labels, npl);
	free_list(neg_labels, nnl);
	free(files);
	return status;
}
