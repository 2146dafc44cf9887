/* engine.c -- building the engine, scorers, and the scoring pipeline from bytes to a result. */
#define _POSIX_C_SOURCE 200809L
#include "engine.h"

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "detect.h"
#include "embedded.h"
#include "result.h"
#include "segment.h"

static const char *const builtin_features[F_BUILTIN_COUNT] = {
	[F_HEDGE] = "hedge",
	[F_BOOSTER] = "booster",
	[F_ATTRIBUTION_CUE] = "attribution_cue",
	[F_NESTED_ATTRIBUTION_CUE] = "nested_attribution_cue",
	[F_NAMED_SOURCE] = "named_source",
	[F_ANONYMOUS_SOURCE] = "anonymous_source",
	[F_VAGUE_ATTRIBUTION] = "vague_attribution",
	[F_DIRECT_QUOTE] = "direct_quote",
	[F_DISCLAIMER] = "disclaimer",
	[F_CORRECTION] = "correction",
	[F_BOILERPLATE] = "boilerplate",
	[F_LOADED_LANGUAGE] = "loaded_language",
	[F_PRECISE_NUMBER] = "precise_number",
	[F_HEDGED_NUMBER] = "hedged_number",
	[F_VAGUE_QUANTITY] = "vague_quantity",
	[F_NAMED_PERSON] = "named_person",
	[F_NAMED_ORG] = "named_org",
	[F_PLACE] = "place",
	[F_ABSOLUTE_DATE] = "absolute_date",
	[F_RELATIVE_DATE] = "relative_date",
	[F_ALL_CAPS] = "all_caps",
	[F_EXCLAMATION] = "exclamation",
	[F_CLICKBAIT_TITLE] = "clickbait_title",
	[F_SECOND_PERSON] = "second_person",
	[F_NAME_VARIANT] = "name_variant",
	[F_UNATTRIBUTED_CLAIM] = "unattributed_claim",
};

#define DEFAULT_MAX_INSTRUCTIONS 50000000ull
#define DEFAULT_MAX_MEMORY (64u << 20)

const char *crd_strerror(int code)
{
	switch (code) {
	case CRD_OK: return "ok";
	case CRD_ERR_INVALID: return "invalid argument";
	case CRD_ERR_NOMEM: return "out of memory";
	case CRD_ERR_IO: return "i/o error";
	case CRD_ERR_INPUT: return "input error";
	case CRD_ERR_SCRIPT: return "script error";
	case CRD_ERR_BUDGET: return "instruction budget exceeded";
	case CRD_ERR_MEMORY: return "script memory cap exceeded";
	case CRD_ERR_LEXICON: return "lexicon error";
	case CRD_ERR_TEST: return "script test failed";
	default: return "unknown error";
	}
}

void crd_options_init(crd_options *opts)
{
	crd_options o = CRD_OPTIONS_INIT;
	*opts = o;
}

void crd_free(void *ptr)
{
	free(ptr);
}

/* ---- features ------------------------------------------------------------ */

const char *engine_feature_name(const crd_engine *e, int id)
{
	return (id >= 0 && (size_t)id < e->nfeatures) ? e->features[id] : "";
}

size_t engine_feature_count(const crd_engine *e)
{
	return e->nfeatures;
}

int engine_feature_find(const crd_engine *e, const char *name)
{
	for (size_t i = 0; i < e->nfeatures; i++)
		if (strcmp(e->features[i], name) == 0)
			return (int)i;
	return -1;
}

int engine_lexicon(const crd_engine *e, const char *name)
{
	return lex_find(e->lex, name);
}

static int valid_feature_name(const char *s)
{
	if (!*s || strlen(s) > 64)
		return 0;
	for (const char *p = s; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
			return 0;
	return 1;
}

static int add_feature(crd_engine *e, const char *name, crd_error *err)
{
	int id = engine_feature_find(e, name);
	if (id >= 0)
		return id;
	if (!valid_feature_name(name))
		return crd_fail(err, CRD_ERR_LEXICON,
		                "feature name '%s' must be 1-64 characters of a-z, 0-9 and _", name);
	if (e->nfeatures >= ENGINE_MAX_FEATURES)
		return crd_fail(err, CRD_ERR_LEXICON, "too many features");
	char **f = realloc(e->features, (e->nfeatures + 1) * sizeof(char *));
	if (!f)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	e->features = f;
	if (!(f[e->nfeatures] = crd_strdup(name)))
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	return (int)e->nfeatures++;
}

/* ---- building ------------------------------------------------------------ */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Loads every *.txt of dir as a lexicon named after the file's stem. */
static int load_lexicon_dir(lex_builder *b, const char *dir, crd_error *err)
{
	DIR *dp = opendir(dir);
	if (!dp) {
		crd_fail(err, CRD_ERR_IO, "cannot open lexicon folder");
		crd_error_where(err, dir, 0, 0, -1);
		return CRD_ERR_IO;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	int rc = CRD_OK;
	struct dirent *de;
	while ((de = readdir(dp))) {
		size_t l = strlen(de->d_name);
		if (l < 5 || strcmp(de->d_name + l - 4, ".txt") != 0 || de->d_name[0] == '.')
			continue;
		if (vec_reserve((void **)&names, &cap, n + 1, sizeof(char *)) != 0 ||
		    !(names[n] = crd_strdup(de->d_name))) {
			rc = crd_fail(err, CRD_ERR_NOMEM, "out of memory");
			break;
		}
		n++;
	}
	closedir(dp);
	if (rc == CRD_OK)
		if (n > 1)
			qsort(names, n, sizeof(char *), cmp_str);
	for (size_t i = 0; i < n && rc == CRD_OK; i++) {
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		char *text;
		size_t len;
		rc = crd_read_file(path, &text, &len, 16u << 20, err);
		if (rc)
			break;
		names[i][strlen(names[i]) - 4] = '\0';
		rc = lex_builder_parse(b, names[i], text, len, path, err);
		free(text);
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

static int build_lexicons(crd_engine *e, const crd_options *o, crd_error *err)
{
	lex_builder *b = lex_builder_new();
	if (!b)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	/* Every attribute value a detector compares must be one it knows, in
	 * the built-in lexicons, a --lexicons folder and the script's alike. */
	det_attr_memo memo = { 0 };
	lex_builder_set_check(b, det_attr_check, &memo);
	int rc = CRD_OK;
	if (o->lexicon_dir) {
		rc = load_lexicon_dir(b, o->lexicon_dir, err);
	} else {
		for (size_t i = 0; i < crd_embedded_lexicon_count && rc == CRD_OK; i++) {
			char origin[128];
			snprintf(origin, sizeof origin, "builtin:lexicons/%s.txt", crd_embedded_lexicons[i].name);
			rc = lex_builder_parse(b, crd_embedded_lexicons[i].name, crd_embedded_lexicons[i].data,
			                       crd_embedded_lexicons[i].len, origin, err);
		}
	}
	/* Lexicons the script declares: terms inline or read from a file by
	 * scr_load, each "phrase" or "phrase | key=value ...". */
	for (size_t i = 0; i < e->prog.lexicons.n && rc == CRD_OK; i++) {
		const scr_lexicon *sl = &e->prog.lexicons.v[i];
		int lex = lex_builder_add(b, sl->name, sl->feature, sl->origin, err);
		if (lex < 0) {
			rc = lex;
			crd_error_where(err, sl->file, sl->line, 0, -1);
			break;
		}
		for (size_t k = 0; k < sl->nterms && rc == CRD_OK; k++) {
			const char *t = sl->terms[k], *bar = strstr(t, " | ");
			size_t n = bar ? (size_t)(bar - t) : strlen(t);
			rc = lex_builder_phrase(b, lex, t, n, bar ? bar + 3 : NULL, bar ? strlen(bar + 3) : 0,
			                        sl->origin, sl->term_lines[k], err);
		}
	}
	if (rc == CRD_OK)
		rc = lex_compile(&e->lex, b, err);
	lex_builder_free(b);
	return rc;
}

static int build_features(crd_engine *e, crd_error *err)
{
	for (int i = 0; i < F_BUILTIN_COUNT; i++)
		if (add_feature(e, builtin_features[i], err) < 0)
			return err ? err->code : CRD_ERR_NOMEM;
	size_t nl = lex_count(e->lex);
	e->lex_feature = calloc(nl + 1, sizeof(int));
	e->lex_emit = calloc(nl + 1, sizeof(int));
	if (!e->lex_feature || !e->lex_emit)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	for (size_t i = 0; i < nl; i++) {
		const char *fname = lex_feature(e->lex, (int)i);
		if (!fname) {
			e->lex_feature[i] = -1;
			continue;
		}
		int f = add_feature(e, fname, err);
		if (f < 0) {
			crd_error_where(err, lex_origin(e->lex, (int)i), 0, 0, -1);
			return f;
		}
		e->lex_feature[i] = f;
		e->lex_emit[i] = !det_owns(f);
	}
	/* A lexicon the script declares is the user's explicit list: its matches
	 * are evidence even when a detector owns the feature. */
	for (size_t i = 0; i < e->prog.lexicons.n; i++) {
		int lex = lex_find(e->lex, e->prog.lexicons.v[i].name);
		if (lex >= 0 && e->lex_feature[lex] >= 0)
			e->lex_emit[lex] = 1;
	}
	/* Features that the script declares for the evidence its rules add. */
	for (size_t i = 0; i < e->prog.features.n; i++) {
		const scr_feature *sf = &e->prog.features.v[i];
		if (engine_feature_find(e, sf->name) >= 0) {
			crd_fail(err, CRD_ERR_SCRIPT, "feature{}: '%s' exists already (built in or from a "
			         "lexicon); rules may add evidence of it without declaring it", sf->name);
			crd_error_where(err, sf->file, sf->line, 0, -1);
			return CRD_ERR_SCRIPT;
		}
		int f = add_feature(e, sf->name, err);
		if (f < 0) {
			crd_error_where(err, sf->file, sf->line, 0, -1);
			return f;
		}
	}
	return CRD_OK;
}

int crd_engine_new(crd_engine **out, const crd_options *opts, crd_error *err)
{
	crd_error_clear(err);
	if (!out)
		return crd_fail(err, CRD_ERR_INVALID, "crd_engine_new: out is NULL");
	*out = NULL;
	crd_options o;
	crd_options_init(&o);
	if (opts) {
		if (opts->version != CRD_OPTIONS_VERSION)
			return crd_fail(err, CRD_ERR_INVALID, "crd_options version %u is not supported (expected %u)",
			                opts->version, CRD_OPTIONS_VERSION);
		o = *opts;
	}
	crd_engine *e = calloc(1, sizeof *e);
	if (!e)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	e->max_document_bytes = o.max_document_bytes ? o.max_document_bytes : CRD_MAX_DOCUMENT_DEFAULT;
	/* Offsets are 32-bit, in the folded view too, which can be three times
	 * the input (an invalid byte becomes U+FFFD). */
	if (e->max_document_bytes > (UINT32_MAX - 1) / 3)
		e->max_document_bytes = (UINT32_MAX - 1) / 3;
	e->max_instructions = o.max_instructions ? o.max_instructions : DEFAULT_MAX_INSTRUCTIONS;
	e->max_script_memory = o.max_script_memory ? o.max_script_memory : DEFAULT_MAX_MEMORY;
	e->prog.max_memory = e->max_script_memory;
	e->prog.max_instructions = e->max_instructions;

	int rc;
	char *owned = NULL;
	const char *src, *name, *dir = NULL;
	size_t len;
	char *dirbuf = NULL;
	if (o.script_source) {
		src = o.script_source;
		len = o.script_source_len ? o.script_source_len : strlen(o.script_source);
		name = o.script_name ? o.script_name : "script";
		dir = o.script_dir;
	} else if (o.script_path) {
		rc = crd_read_file(o.script_path, &owned, &len, 16u << 20, err);
		if (rc) {
			crd_engine_free(e);
			return rc;
		}
		src = owned;
		name = o.script_path;
		const char *slash = strrchr(o.script_path, '/');
		dirbuf = slash ? crd_strndup(o.script_path, (size_t)(slash - o.script_path + 1)) : crd_strdup("./");
		if (!dirbuf) {
			free(owned);
			crd_engine_free(e);
			return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
		}
		dir = o.script_dir ? o.script_dir : dirbuf;
	} else {
		src = scr_default_script;
		len = scr_default_script_len;
		name = "builtin:default.lua";
	}
	rc = scr_load(&e->prog, src, len, name, dir, err);
	free(owned);
	free(dirbuf);
	if (rc == CRD_OK)
		rc = build_lexicons(e, &o, err);
	if (rc == CRD_OK)
		rc = build_features(e, err);
	if (rc == CRD_OK)
		rc = scr_resolve(&e->prog, e, err);
	if (rc != CRD_OK) {
		crd_engine_free(e);
		return rc;
	}
	*out = e;
	return CRD_OK;
}

void crd_engine_free(crd_engine *e)
{
	if (!e)
		return;
	for (size_t i = 0; i < e->nfeatures; i++)
		free(e->features[i]);
	free(e->features);
	lex_set_free(e->lex);
	free(e->lex_feature);
	free(e->lex_emit);
	scr_program_free(&e->prog);
	free(e);
}

const char *crd_engine_script_name(const crd_engine *e)
{
	return e && e->prog.main_name ? e->prog.main_name : "";
}

size_t crd_engine_rule_count(const crd_engine *e)
{
	return e ? e->prog.rules.n : 0;
}

double crd_engine_bias(const crd_engine *e)
{
	return e ? e->prog.bias : 0;
}

int crd_engine_rule(const crd_engine *e, size_t i, crd_rule_info *info)
{
	if (!e || !info || i >= e->prog.rules.n)
		return CRD_ERR_INVALID;
	const scr_rule *r = &e->prog.rules.v[i];
	info->name = r->name;
	info->group = r->group;
	info->feature = r->feature >= 0 ? engine_feature_name(e, r->feature) : NULL;
	info->why = r->why;
	info->weight = r->weight;
	info->cap = r->cap;
	info->line = r->line;
	info->file = r->file;
	return CRD_OK;
}

size_t crd_engine_lexicon_count(const crd_engine *e)
{
	return e ? lex_count(e->lex) : 0;
}

int crd_engine_lexicon(const crd_engine *e, size_t i, crd_lexicon_info *info)
{
	if (!e || !info || i >= lex_count(e->lex))
		return CRD_ERR_INVALID;
	info->name = lex_name(e->lex, (int)i);
	info->feature = lex_feature(e->lex, (int)i);
	info->origin = lex_origin(e->lex, (int)i);
	info->terms = lex_size(e->lex, (int)i);
	return CRD_OK;
}

size_t crd_engine_feature_count(const crd_engine *e)
{
	return e ? e->nfeatures : 0;
}

const char *crd_engine_feature_name(const crd_engine *e, size_t i)
{
	return (e && i < e->nfeatures) ? e->features[i] : NULL;
}

int crd_engine_feature_find(const crd_engine *e, const char *name)
{
	return (e && name) ? engine_feature_find(e, name) : -1;
}

/* ---- scorers --------------------------------------------------------------- */

int crd_scorer_new(crd_scorer **out, const crd_engine *e, crd_error *err)
{
	crd_error_clear(err);
	if (out)
		*out = NULL;
	if (!out || !e)
		return crd_fail(err, CRD_ERR_INVALID, "crd_scorer_new: NULL argument");
	crd_scorer *s = calloc(1, sizeof *s);
	if (!s)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	s->engine = e;
	doc_init(&s->doc, e);
	s->hits = calloc(e->prog.rules.n + 1, sizeof(double));
	if (!s->hits) {
		crd_scorer_free(s);
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	}
	int rc = scr_state_new(&s->lua, e, err);
	if (rc) {
		crd_scorer_free(s);
		return rc;
	}
	*out = s;
	return CRD_OK;
}

void crd_scorer_free(crd_scorer *s)
{
	if (!s)
		return;
	scr_state_free(s->lua);
	doc_free(&s->doc);
	html_text_free(&s->html);
	free(s->hits);
	free(s);
}

static int on_text_issue(void *ud, uint32_t off, int kind)
{
	crd_doc *d = ud;
	if (kind == TXT_MOJIBAKE) {
		if (d->mojibake++ == 0)
			d->mojibake_at = off; /* one warning for all, after folding */
		return 0;
	}
	/* Past the listed ones, only count: a document of bad bytes must not
	 * pay doc_warn's look-up for every byte. */
	size_t seen = kind == TXT_NUL ? d->nul_bytes++ : d->invalid_bytes++;
	if (seen >= DOC_MAX_WARNINGS) {
		d->suppressed_warnings++;
		return 0;
	}
	/* Of a web page, offsets index the text read; the page's byte is
	 * where a person looks. */
	char page[48] = "";
	if (d->page)
		snprintf(page, sizeof page, " (byte %u of the page)", d->page->start[off]);
	if (kind == TXT_NUL)
		doc_warn(d, "nul_byte", off, "NUL byte at offset %u%s", off, page);
	else
		doc_warn(d, "invalid_utf8", off, "invalid UTF-8 byte 0x%02X at offset %u%s",
		         (unsigned char)d->text[off], off, page);
	return 0;
}

/* Everything up to the script: text, segments, lexicons, zones, detectors. */
static int analyse(crd_doc *d, crd_error *err)
{
	if (txt_fold(&d->view, d->text, d->len, on_text_issue, d) != 0 ||
	    txt_lines_build(&d->lines, d->text, d->len) != 0 || seg_tokenize(d) != 0 || seg_split(d) != 0 ||
	    lex_scan(d->engine->lex, d) != 0 || det_run_all(d) != 0 || d->nomem || doc_finish(d) != 0)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory analysing the document");
	if (d->invalid_bytes > 1)
		doc_warn(d, "invalid_utf8_total", -1, "%zu invalid UTF-8 bytes in all; they read as U+FFFD",
		         d->invalid_bytes);
	if (d->mojibake) {
		/* "\u00e2\u20ac\u2122" for U+2019, in UTF-8 */
		static const char sample[] = "\"\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2\" for \"\xE2\x80\x99\"";
		char page[48] = "";
		if (d->page)
			snprintf(page, sizeof page, " (byte %u of the page)", d->page->start[d->mojibake_at]);
		doc_warn(d, "mojibake", (int64_t)d->mojibake_at,
		         "%zu quotation marks, apostrophes or dashes garbled by a wrong decoding, like %s, "
		         "the first at offset %u%s; they read as the marks",
		         d->mojibake, sample, d->mojibake_at, page);
	}
	return CRD_OK;
}

/* A web page: the document becomes the text a reader sees in it. */
static int read_page(crd_scorer *s, crd_doc *d, crd_error *err)
{
	if (html_extract(&s->html, d->text, d->len) != 0)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory reading the HTML page");
	/* The folded view and the token offsets need the text to fit in 32 bits
	 * with room to grow; a page stays under that unless windows-1252 bytes
	 * near the size limit all widen. */
	if (s->html.len > (UINT32_MAX - 1) / 3)
		return crd_fail(err, CRD_ERR_INPUT, "the text read from the page is %zu bytes, too large",
		                s->html.len);
	d->page = &s->html;
	d->text = s->html.text;
	d->len = s->html.len;
	/* What the caller gave wins; then what the page says of itself. */
	const html_text *h = &s->html;
	if (!d->title)
		d->title = h->meta[HTML_META_TITLE] ? h->meta[HTML_META_TITLE] : h->title;
	if (!d->source)
		d->source = h->meta[HTML_META_SITE];
	if (!d->date)
		d->date = h->meta[HTML_META_DATE];
	if (!d->url)
		d->url = h->meta[HTML_META_URL];
	return CRD_OK;
}

int crd_scorer_score(crd_result **out, crd_scorer *s, const crd_input *in, unsigned int flags,
                     crd_error *err)
{
	crd_error_clear(err);
	if (!out)
		return crd_fail(err, CRD_ERR_INVALID, "crd_scorer_score: out is NULL");
	*out = NULL;
	if (!s || !in)
		return crd_fail(err, CRD_ERR_INVALID, "crd_scorer_score: NULL argument");
	if (in->version < 1 || in->version > CRD_INPUT_VERSION)
		return crd_fail(err, CRD_ERR_INVALID, "crd_input version %u is not supported (expected %u)",
		                in->version, CRD_INPUT_VERSION);
	unsigned int format = in->version >= 2 ? in->format : CRD_FORMAT_TEXT;
	if (format != CRD_FORMAT_TEXT && format != CRD_FORMAT_HTML)
		return crd_fail(err, CRD_ERR_INVALID, "crd_input format %u is not CRD_FORMAT_TEXT or CRD_FORMAT_HTML",
		                format);
	if (!in->text && in->len)
		return crd_fail(err, CRD_ERR_INVALID, "crd_scorer_score: text is NULL");
	const crd_engine *e = s->engine;
	if (in->len > e->max_document_bytes) {
		crd_fail(err, CRD_ERR_INPUT, "document is %zu bytes, over the limit of %zu bytes", in->len,
		         e->max_document_bytes);
		crd_error_where(err, in->id, 0, 0, (int64_t)e->max_document_bytes);
		return CRD_ERR_INPUT;
	}
	crd_doc *d = &s->doc;
	doc_reset(d);
	d->text = in->text ? in->text : "";
	d->len = in->len;
	d->id = in->id;
	d->title = in->title;
	d->url = in->url;
	d->source = in->source;
	d->date = in->date;

	int rc = format == CRD_FORMAT_HTML ? read_page(s, d, err) : CRD_OK;
	if (rc == CRD_OK)
		rc = analyse(d, err);
	int scored = 0;
	if (rc == CRD_OK && !(flags & CRD_SCORE_FEATURES_ONLY)) {
		rc = scr_run(s->lua, d, s->hits, err);
		scored = rc == CRD_OK;
	}
	if (rc == CRD_OK)
		rc = result_build(out, s, scored, err);
	if (rc != CRD_OK && err && in->id && !err->source[0])
		crd_error_where(err, in->id, err->line, err->column, err->offset);
	d->generation++;
	return rc;
}

unsigned int crd_sniff_format(const char *text, size_t len)
{
	return text && html_sniff(text, len) ? CRD_FORMAT_HTML : CRD_FORMAT_TEXT;
}

int crd_engine_check(const crd_engine *e, size_t *run, size_t *failed, crd_test_report_fn report,
                     void *ud, crd_error *err)
{
	crd_error_clear(err);
	if (run)
		*run = 0;
	if (failed)
		*failed = 0;
	if (!e)
		return crd_fail(err, CRD_ERR_INVALID, "crd_engine_check: engine is NULL");
	crd_scorer *s;
	int rc = crd_scorer_new(&s, e, err);
	if (rc)
		return rc;
	rc = scr_check(s->lua, s, run, failed, report, ud, err);
	crd_scorer_free(s);
	return rc;
}
