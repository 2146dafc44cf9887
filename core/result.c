/* result.c -- turns a scored document into a crd_result and implements its accessors. */
#include "result.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "html.h"

double result_sigmoid(double x)
{
	if (x >= 0) {
		double z = exp(-x);
		return 1.0 / (1.0 + z);
	}
	double z = exp(x);
	return z / (1.0 + z);
}

const char *result_grade(const crd_engine *e, double score)
{
	const scr_program *p = &e->prog;
	const char *best = p->ngrades ? p->grades[p->ngrades - 1].name : "F";
	double best_min = -HUGE_VAL;
	for (size_t i = 0; i < p->ngrades; i++)
		if (score >= p->grades[i].min && p->grades[i].min > best_min) {
			best = p->grades[i].name;
			best_min = p->grades[i].min;
		}
	return best;
}

static const char *rdup(crd_result *r, const char *s)
{
	return s ? arena_strdup(&r->mem, s) : NULL;
}

static void *ralloc(crd_result *r, size_t n, size_t size)
{
	if (n && size > SIZE_MAX / n)
		return NULL;
	size_t bytes = n * size;
	if (bytes == 0)
		bytes = 1;
	void *p = arena_alloc(&r->mem, bytes);
	if (p)
		memset(p, 0, bytes);
	return p;
}

/* The page bytes [*ps, *pe) that text span [s, e) was read from; an empty
 * span sits where its offset's character came from (the page's end past
 * the text). */
static void page_span(const html_text *h, size_t s, size_t e, size_t *ps, size_t *pe)
{
	*ps = s < h->len ? h->start[s] : h->len ? h->end[h->len - 1] : 0;
	*pe = s < e ? h->end[e - 1] : *ps;
}

static int copy_evidence(crd_result *r, const crd_doc *d, const char **fnames)
{
	r->nev = d->ev.n;
	r->ev = ralloc(r, d->ev.n, sizeof(crd_evidence));
	crd_attr *attrs = ralloc(r, d->attrs.n, sizeof(crd_attr));
	if (!r->ev || !attrs)
		return -1;
	for (size_t i = 0; i < d->attrs.n; i++) {
		const ev_attr *a = &d->attrs.v[i];
		crd_attr *o = &attrs[i];
		o->key = rdup(r, a->key);
		if (!o->key)
			return -1;
		switch (a->type) {
		case ATTR_NUM: o->type = CRD_ATTR_NUMBER; o->number = a->num; break;
		case ATTR_BOOL: o->type = CRD_ATTR_BOOL; o->number = a->num; break;
		case ATTR_STR:
			o->type = CRD_ATTR_STRING;
			if (!(o->string = rdup(r, a->str)))
				return -1;
			break;
		default: o->type = CRD_ATTR_NULL; break;
		}
	}
	/* Items are sorted by start, so line:column is one forward sweep. */
	size_t line_i = 0, pos = 0;
	int col = 1;
	for (size_t i = 0; i < d->ev.n; i++) {
		const ev_item *it = &d->ev.v[i];
		crd_evidence *o = &r->ev[i];
		o->feature = fnames[it->feature];
		o->start = it->s;
		o->end = it->e;
		o->input_start = it->s;
		o->input_end = it->e;
		if (d->page)
			page_span(d->page, it->s, it->e, &o->input_start, &o->input_end);
		o->text = arena_strndup(&r->mem, r->text + it->s, it->e - it->s);
		if (!o->text)
			return -1;
		o->sentence = it->sent;
		o->zone = zone_name(it->zone);
		o->message = rdup(r, it->message);
		if (it->message && !o->message)
			return -1;
		o->attr_count = it->nattr;
		o->attrs = attrs + it->attr0;
		while (line_i + 1 < d->lines.n && d->lines.start[line_i + 1] <= it->s) {
			line_i++;
			pos = d->lines.start[line_i];
			col = 1;
		}
		for (; pos < it->s; pos++)
			if (((unsigned char)d->text[pos] & 0xC0) != 0x80)
				col++;
		o->line = (int)line_i + 1;
		o->column = col;
	}
	return 0;
}

static int cmp_feat(const void *a, const void *b)
{
	return strcmp(((const res_feature *)a)->name, ((const res_feature *)b)->name);
}

static int copy_counts(crd_result *r, const crd_doc *d, const char **fnames, size_t nf)
{
	size_t used = 0;
	for (size_t f = 0; f < nf; f++)
		if (doc_count(d, (int)f, -1))
			used++;
	r->feats = ralloc(r, used, sizeof(res_feature));
	if (!r->feats)
		return -1;
	for (size_t f = 0; f < nf; f++) {
		size_t c = doc_count(d, (int)f, -1);
		if (!c)
			continue;
		res_feature *o = &r->feats[r->nfeats++];
		o->name = fnames[f];
		o->count = c;
		for (int z = 0; z < ZONE_COUNT; z++)
			o->zone[z] = doc_count(d, (int)f, z);
	}
	if (r->nfeats > 1)
		qsort(r->feats, r->nfeats, sizeof(res_feature), cmp_feat);
	return 0;
}

static int copy_segments(crd_result *r, const crd_doc *d)
{
	r->nzones = d->zones.n;
	r->zones = ralloc(r, d->zones.n, sizeof(res_zone));
	r->nsents = d->sents.n;
	r->sents = ralloc(r, d->sents.n, sizeof(res_sentence));
	if (!r->zones || !r->sents)
		return -1;
	for (size_t i = 0; i < d->zones.n; i++) {
		r->zones[i].kind = zone_name(d->zones.v[i].kind);
		r->zones[i].s = d->zones.v[i].s;
		r->zones[i].e = d->zones.v[i].e;
	}
	for (size_t i = 0; i < d->sents.n; i++) {
		r->sents[i].s = d->sents.v[i].s;
		r->sents[i].e = d->sents.v[i].e;
	}
	size_t words = 0;
	for (size_t i = 0; i < d->toks.n; i++)
		if (d->toks.v[i].kind == TOK_WORD || d->toks.v[i].kind == TOK_NUM)
			words++;
	r->stats.bytes = d->len;
	r->stats.words = words;
	r->stats.sentences = d->sents.n;
	r->stats.paragraphs = d->paras.n;
	r->stats.lines = d->len == 0 ? 0 : d->lines.n - (d->text[d->len - 1] == '\n');

	size_t nw = d->warnings.n + (d->suppressed_warnings ? 1 : 0);
	r->warnings = ralloc(r, nw, sizeof(crd_warning));
	if (!r->warnings)
		return -1;
	for (size_t i = 0; i < d->warnings.n; i++) {
		const doc_warning *w = &d->warnings.v[i];
		crd_warning *o = &r->warnings[r->nwarnings++];
		o->code = rdup(r, w->code);
		o->message = rdup(r, w->message);
		if (!o->code || !o->message)
			return -1;
		o->offset = w->offset;
		if (w->offset >= 0)
			txt_linecol(&d->lines, d->text, d->len, (size_t)w->offset, &o->line, &o->column);
	}
	if (d->suppressed_warnings) {
		crd_warning *o = &r->warnings[r->nwarnings++];
		char buf[96];
		snprintf(buf, sizeof buf, "%zu more warnings not listed", d->suppressed_warnings);
		o->code = "warnings_suppressed";
		o->message = rdup(r, buf);
		o->offset = -1;
		if (!o->message)
			return -1;
	}
	return 0;
}

/* Evidence indices of function rule i: what it added or returned, found by
 * span in the sorted evidence (at most CRD_RULE_EVIDENCE_MAX). */
static void rule_refs(const crd_doc *d, const scr_state *lua, size_t i, size_t *out, size_t *n)
{
	const scr_ref *refs;
	size_t nr = scr_refs(lua, &refs);
	for (size_t k = 0; k < nr && *n < CRD_RULE_EVIDENCE_MAX; k++) {
		if (refs[k].rule != i)
			continue;
		size_t lo = 0, hi = d->ev.n;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (d->ev.v[mid].s < refs[k].s)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (; lo < d->ev.n && d->ev.v[lo].s == refs[k].s; lo++) {
			const ev_item *it = &d->ev.v[lo];
			if (it->e != refs[k].e || (refs[k].feature >= 0 && it->feature != refs[k].feature))
				continue;
			int dup = 0;
			for (size_t j = 0; j < *n && !dup; j++)
				dup = out[j] == lo;
			if (!dup)
				out[(*n)++] = lo;
			break;
		}
	}
}

static int score_rules(crd_result *r, const crd_scorer *s, const char **fnames)
{
	const crd_engine *e = s->engine;
	const scr_program *p = &e->prog;
	const crd_doc *d = &s->doc;

	r->bias = p->bias;
	r->nsubs = p->groups.n;
	r->subs = ralloc(r, p->groups.n, sizeof(res_subscore));
	/* One line per rule, and one per group whose cap applied. */
	r->rules = ralloc(r, p->rules.n + p->groups.n, sizeof(res_rule));
	size_t nfired = 0, nlist = 0;
	for (size_t i = 0; i < p->rules.n; i++)
		if (s->hits[i] != 0)
			nfired++;
	r->evlist = ralloc(r, nfired * CRD_RULE_EVIDENCE_MAX, sizeof(size_t));
	if (!r->subs || !r->rules || !r->evlist)
		return -1;
	for (size_t g = 0; g < p->groups.n; g++) {
		r->subs[g].group = rdup(r, p->groups.v[g].name);
		if (!r->subs[g].group)
			return -1;
		r->subs[g].bias = p->groups.v[g].has_bias ? p->groups.v[g].bias : p->bias;
	}
	double sum = 0;
	for (size_t i = 0; i < p->rules.n; i++) {
		const scr_rule *ru = &p->rules.v[i];
		double hits = s->hits[i];
		if (hits == 0)
			continue;
		double counted = hits < ru->cap ? hits : ru->cap;
		double c = ru->weight * counted;
		res_rule *o = &r->rules[r->nrules++];
		crd_rule_hit *h = &o->hit;
		h->name = rdup(r, ru->name);
		h->group = rdup(r, ru->group);
		h->why = rdup(r, ru->why);
		h->feature = ru->feature >= 0 ? fnames[ru->feature] : NULL;
		h->weight = ru->weight;
		h->hits = hits;
		h->cap = ru->cap;
		h->contribution = c;
		h->file = rdup(r, ru->file);
		h->line = ru->line;
		if (!h->name || !h->group || !h->why || !h->file)
			return -1;
		h->evidence = r->evlist + nlist;
		if (ru->feature >= 0) {
			for (size_t k = 0; k < d->ev.n && h->evidence_count < CRD_RULE_EVIDENCE_MAX; k++)
				if (d->ev.v[k].feature == ru->feature && (ru->zone < 0 || d->ev.v[k].zone == ru->zone))
					r->evlist[nlist + h->evidence_count++] = k;
		} else {
			rule_refs(d, s->lua, i, r->evlist + nlist, &h->evidence_count);
		}
		nlist += h->evidence_count;
		sum += c;
		r->subs[ru->group_id].sum += c;
	}
	/* A group cap bounds what a group adds. The cut is a line of its own,
	 * so that bias + the contributions listed is still the logit. */
	for (size_t g = 0; g < p->groups.n; g++) {
		const scr_group *gr = &p->groups.v[g];
		double gs = r->subs[g].sum;
		if (!(fabs(gs) > gr->cap))
			continue;
		double adj = (gs > 0 ? gr->cap : -gr->cap) - gs;
		char name[96], why[200];
		snprintf(name, sizeof name, "group_cap:%s", gr->name);
		snprintf(why, sizeof why, "the %s group is capped at %g either way; its rules added %.3g",
		         gr->name, gr->cap, gs);
		res_rule *o = &r->rules[r->nrules++];
		crd_rule_hit *h = &o->hit;
		h->name = rdup(r, name);
		h->group = rdup(r, gr->name);
		h->why = rdup(r, why);
		h->feature = NULL;
		h->weight = adj;
		h->hits = 1;
		h->cap = HUGE_VAL;
		h->contribution = adj;
		h->file = rdup(r, gr->file ? gr->file : p->main_name);
		h->line = gr->file ? gr->line : 0;
		h->evidence = r->evlist + nlist;
		if (!h->name || !h->group || !h->why || !h->file)
			return -1;
		sum += adj;
		r->subs[g].sum += adj;
	}
	r->logit = p->bias + sum;
	/* Scores are for people: two decimals. The logit stays exact, so the
	 * explanation (bias + contributions = logit) adds up to the last bit. */
	r->score = round(10000.0 * result_sigmoid(r->logit)) / 100.0;
	r->grade = rdup(r, result_grade(e, r->score));
	if (!r->grade)
		return -1;
	for (size_t g = 0; g < r->nsubs; g++) {
		res_subscore *sub = &r->subs[g];
		sub->logit = sub->bias + sub->sum;
		sub->score = round(10000.0 * result_sigmoid(sub->logit)) / 100.0;
	}
	return 0;
}

int result_build(crd_result **out, crd_scorer *s, int scored, crd_error *err)
{
	const crd_doc *d = &s->doc;
	const crd_engine *e = s->engine;
	*out = NULL;
	crd_result *r = calloc(1, sizeof *r);
	if (!r)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory");
	arena_init(&r->mem);
	size_t nf = engine_feature_count(e);
	const char **fnames = ralloc(r, nf, sizeof(char *));
	r->text = arena_strndup(&r->mem, d->text, d->len);
	r->len = d->len;
	r->format = d->page ? CRD_FORMAT_HTML : CRD_FORMAT_TEXT;
	r->charset = !d->page ? NULL : d->page->windows1252 ? "windows-1252" : "utf-8";
	if (!fnames || !r->text)
		goto nomem;
	for (size_t f = 0; f < nf; f++)
		if (!(fnames[f] = rdup(r, engine_feature_name(e, (int)f))))
			goto nomem;
	r->id = rdup(r, d->id);
	r->title = rdup(r, d->title);
	r->url = rdup(r, d->url);
	r->source = rdup(r, d->source);
	r->date = rdup(r, d->date);
	r->scored = scored;
	r->grade = "";
	if (copy_evidence(r, d, fnames) || copy_counts(r, d, fnames, nf) || copy_segments(r, d))
		goto nomem;
	if (scored && score_rules(r, s, fnames))
		goto nomem;
	*out = r;
	return CRD_OK;
nomem:
	crd_result_free(r);
	return crd_fail(err, CRD_ERR_NOMEM, "out of memory building the result");
}

void crd_result_free(crd_result *r)
{
	if (!r)
		return;
	arena_free(&r->mem);
	free(r);
}

/* ---- accessors ------------------------------------------------------------- */

const char *crd_result_id(const crd_result *r)
{
	return r ? r->id : NULL;
}

const char *crd_result_title(const crd_result *r)
{
	return r ? r->title : NULL;
}

const char *crd_result_url(const crd_result *r)
{
	return r ? r->url : NULL;
}

const char *crd_result_source(const crd_result *r)
{
	return r ? r->source : NULL;
}

const char *crd_result_date(const crd_result *r)
{
	return r ? r->date : NULL;
}

const char *crd_result_text(const crd_result *r, size_t *len)
{
	if (len)
		*len = r ? r->len : 0;
	return r ? r->text : NULL;
}

unsigned int crd_result_format(const crd_result *r)
{
	return r ? r->format : CRD_FORMAT_TEXT;
}

const char *crd_result_charset(const crd_result *r)
{
	return r ? r->charset : NULL;
}

int crd_result_scored(const crd_result *r)
{
	return r ? r->scored : 0;
}

double crd_result_score(const crd_result *r)
{
	return r ? r->score : 0;
}

const char *crd_result_grade(const crd_result *r)
{
	return r && r->grade ? r->grade : "";
}

double crd_result_bias(const crd_result *r)
{
	return r ? r->bias : 0;
}

double crd_result_logit(const crd_result *r)
{
	return r ? r->logit : 0;
}

size_t crd_result_subscore_count(const crd_result *r)
{
	return r ? r->nsubs : 0;
}

int crd_result_subscore(const crd_result *r, size_t i, const char **group, double *score)
{
	if (!r || i >= r->nsubs)
		return CRD_ERR_INVALID;
	if (group)
		*group = r->subs[i].group;
	if (score)
		*score = r->subs[i].score;
	return CRD_OK;
}

size_t crd_result_rule_count(const crd_result *r)
{
	return r ? r->nrules : 0;
}

int crd_result_rule(const crd_result *r, size_t i, crd_rule_hit *hit)
{
	if (!r || !hit || i >= r->nrules)
		return CRD_ERR_INVALID;
	*hit = r->rules[i].hit;
	return CRD_OK;
}

size_t crd_result_feature_count(const crd_result *r)
{
	return r ? r->nfeats : 0;
}

int crd_result_feature(const crd_result *r, size_t i, const char **name, size_t *count)
{
	if (!r || i >= r->nfeats)
		return CRD_ERR_INVALID;
	if (name)
		*name = r->feats[i].name;
	if (count)
		*count = r->feats[i].count;
	return CRD_OK;
}

size_t crd_result_count(const crd_result *r, const char *feature, const char *zname)
{
	if (!r || !feature)
		return 0;
	int z = -1;
	if (zname && (z = zone_lookup(zname)) < 0)
		return 0;
	size_t lo = 0, hi = r->nfeats;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(r->feats[mid].name, feature);
		if (c == 0)
			return z < 0 ? r->feats[mid].count : r->feats[mid].zone[z];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

size_t crd_result_evidence_count(const crd_result *r)
{
	return r ? r->nev : 0;
}

int crd_result_evidence(const crd_result *r, size_t i, crd_evidence *ev)
{
	if (!r || !ev || i >= r->nev)
		return CRD_ERR_INVALID;
	*ev = r->ev[i];
	return CRD_OK;
}

size_t crd_result_zone_count(const crd_result *r)
{
	return r ? r->nzones : 0;
}

int crd_result_zone(const crd_result *r, size_t i, const char **kind, size_t *start, size_t *end)
{
	if (!r || i >= r->nzones)
		return CRD_ERR_INVALID;
	if (kind)
		*kind = r->zones[i].kind;
	if (start)
		*start = r->zones[i].s;
	if (end)
		*end = r->zones[i].e;
	return CRD_OK;
}

void crd_result_stats(const crd_result *r, crd_stats *stats)
{
	if (!stats)
		return;
	if (!r) {
		memset(stats, 0, sizeof *stats);
		return;
	}
	*stats = r->stats;
}

size_t crd_result_warning_count(const crd_result *r)
{
	return r ? r->nwarnings : 0;
}

int crd_result_warning(const crd_result *r, size_t i, crd_warning *w)
{
	if (!r || !w || i >= r->nwarnings)
		return CRD_ERR_INVALID;
	*w = r->warnings[i];
	return CRD_OK;
}
