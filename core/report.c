/* report.c -- renders a crd_result as a credence/1 JSON document with Jansson. */
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "result.h"
#include "text.h"

/* json_stringn needs valid UTF-8; the input's bytes may not be. */
static json_t *jstr(const char *s, size_t n)
{
	if (!s)
		return json_null();
	/* Checked here once, so Jansson need not check again. */
	if (txt_is_clean(s, n))
		return json_stringn_nocheck(s, n);
	if (n > (SIZE_MAX - 1) / 3)
		return NULL;
	char *buf = malloc(3 * n + 1);
	if (!buf)
		return NULL;
	size_t m = txt_sanitize(s, n, buf);
	json_t *j = json_stringn_nocheck(buf, m);
	free(buf);
	return j;
}

static json_t *jcstr(const char *s)
{
	return s ? jstr(s, strlen(s)) : json_null();
}

/* Numbers: integers stay integers; anything else is a real, and a value JSON
 * cannot hold (inf, nan) becomes null. */
static json_t *jnum(double v)
{
	if (!isfinite(v))
		return json_null();
	if (v == floor(v) && fabs(v) < 9007199254740992.0)
		return json_integer((json_int_t)v);
	return json_real(v);
}

/* set steals the value; a NULL value (OOM) makes the whole object fail.
 * Keys are ours, attribute names from lexicon files (checked UTF-8 when the
 * engine was built) or from doc:add (checked to be identifiers), so Jansson
 * need not validate them again. */
static int set(json_t *obj, const char *key, json_t *v)
{
	if (!v)
		return -1;
	return json_object_set_new_nocheck(obj, key, v);
}

static int push(json_t *arr, json_t *v)
{
	if (!v)
		return -1;
	return json_array_append_new(arr, v);
}

static json_t *attrs_json(const crd_evidence *ev)
{
	json_t *o = json_object();
	if (!o)
		return NULL;
	for (size_t k = 0; k < ev->attr_count; k++) {
		const crd_attr *a = &ev->attrs[k];
		json_t *v;
		switch (a->type) {
		case CRD_ATTR_NUMBER: v = jnum(a->number); break;
		case CRD_ATTR_BOOL: v = json_boolean(a->number != 0); break;
		case CRD_ATTR_STRING: v = jcstr(a->string); break;
		default: v = json_null(); break;
		}
		if (set(o, a->key, v)) {
			json_decref(o);
			return NULL;
		}
	}
	return o;
}

/* ---- the report, streamed --------------------------------------------------
 *
 * Jansson encodes every value, but the report is never one tree: the root's
 * members are written in turn, and its long arrays (evidence, sentences,
 * zones) one element at a time, so memory stays at one element however long
 * the document. In pretty mode each value's lines are shifted to its depth,
 * which gives the layout json_dumps would. */

typedef struct out {
	char *buf;
	size_t len, cap;
	size_t jflags;
	int pretty;
	int nomem;
	int depth; /* shift for the value being dumped */
	int first; /* no member or element written yet at this level */
} out;

static void put(out *o, const char *s, size_t n)
{
	if (o->nomem)
		return;
	if (o->len + n + 1 > o->cap) {
		size_t cap = o->cap ? o->cap : 4096;
		while (cap < o->len + n + 1)
			cap *= 2;
		char *b = realloc(o->buf, cap);
		if (!b) {
			o->nomem = 1;
			return;
		}
		o->buf = b;
		o->cap = cap;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
	o->buf[o->len] = '\0';
}

static void newline(out *o, int depth)
{
	static const char spaces[] = "                                ";
	if (!o->pretty)
		return;
	put(o, "\n", 1);
	for (int k = 2 * depth; k > 0; k -= 32)
		put(o, spaces, k < 32 ? (size_t)k : 32);
}

/* Jansson's output for one value; every line break moves to o->depth. */
static int dump_cb(const char *s, size_t n, void *ud)
{
	out *o = ud;
	while (n) {
		const char *nl = o->pretty ? memchr(s, '\n', n) : NULL;
		size_t k = nl ? (size_t)(nl - s) : n;
		put(o, s, k);
		if (nl) {
			newline(o, o->depth);
			k++;
		}
		s += k;
		n -= k;
	}
	return o->nomem ? -1 : 0;
}

/* Writes v (stolen; NULL means out of memory) at depth. */
static void value(out *o, json_t *v, int depth)
{
	if (!v) {
		o->nomem = 1;
		return;
	}
	o->depth = depth;
	if (!o->nomem && json_dump_callback(v, dump_cb, o, o->jflags) != 0)
		o->nomem = 1;
	json_decref(v);
}

/* The separator and key of the next member of the root object. */
static void key(out *o, const char *k)
{
	if (!o->first)
		put(o, ",", 1);
	o->first = 0;
	newline(o, 1);
	put(o, "\"", 1);
	put(o, k, strlen(k));
	put(o, o->pretty ? "\": " : "\":", o->pretty ? 3 : 2);
}

/* A root member whose value is an array written element by element:
 * open, then elem() for each, then close. */
static void array_open(out *o, const char *k)
{
	key(o, k);
	put(o, "[", 1);
	o->first = 1;
}

static void elem(out *o, json_t *v)
{
	if (!o->first)
		put(o, ",", 1);
	o->first = 0;
	newline(o, 2);
	value(o, v, 2);
}

static void array_close(out *o)
{
	if (!o->first)
		newline(o, 1);
	put(o, "]", 1);
	o->first = 0;
}

static json_t *evidence_json(const crd_result *r, const crd_evidence *ev)
{
	json_t *o = json_object();
	if (!o)
		return NULL;
	if (set(o, "feature", jcstr(ev->feature)) || set(o, "start", json_integer((json_int_t)ev->start)) ||
	    set(o, "end", json_integer((json_int_t)ev->end)) || set(o, "line", json_integer(ev->line)) ||
	    set(o, "column", json_integer(ev->column)) ||
	    set(o, "text", jstr(ev->text, ev->end - ev->start)) ||
	    set(o, "sentence", json_integer((json_int_t)ev->sentence)) || set(o, "zone", jcstr(ev->zone)) ||
	    set(o, "attrs", attrs_json(ev)) || (ev->message && set(o, "message", jcstr(ev->message))) ||
	    (r->format == CRD_FORMAT_HTML &&
	     (set(o, "input_start", json_integer((json_int_t)ev->input_start)) ||
	      set(o, "input_end", json_integer((json_int_t)ev->input_end))))) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static json_t *rule_json(const crd_rule_hit *h)
{
	json_t *o = json_object(), *evs;
	if (!o)
		return NULL;
	if (set(o, "name", jcstr(h->name)) || set(o, "group", jcstr(h->group)) ||
	    set(o, "weight", jnum(h->weight)) || set(o, "hits", jnum(h->hits)) ||
	    set(o, "cap", jnum(h->cap)) || set(o, "contribution", jnum(h->contribution)) ||
	    set(o, "why", jcstr(h->why)) || set(o, "feature", jcstr(h->feature)) ||
	    set(o, "file", jcstr(h->file)) || set(o, "line", json_integer(h->line)) ||
	    set(o, "evidence", evs = json_array()))
		goto fail;
	for (size_t k = 0; k < h->evidence_count; k++)
		if (push(evs, json_integer((json_int_t)h->evidence[k])))
			goto fail;
	return o;
fail:
	json_decref(o);
	return NULL;
}

static json_t *subscores_json(const crd_result *r)
{
	json_t *subs = json_object();
	if (!subs)
		return NULL;
	for (size_t g = 0; g < r->nsubs; g++) {
		json_t *o = json_object();
		if (set(subs, r->subs[g].group, o) || set(o, "score", jnum(r->subs[g].score)) ||
		    set(o, "bias", jnum(r->subs[g].bias)) || set(o, "logit", jnum(r->subs[g].logit))) {
			json_decref(subs);
			return NULL;
		}
	}
	return subs;
}

static json_t *features_json(const crd_result *r)
{
	json_t *feats = json_object();
	if (!feats)
		return NULL;
	for (size_t i = 0; i < r->nfeats; i++)
		if (set(feats, r->feats[i].name, json_integer((json_int_t)r->feats[i].count))) {
			json_decref(feats);
			return NULL;
		}
	return feats;
}

static json_t *warning_json(const crd_warning *w)
{
	json_t *o = json_object();
	if (!o)
		return NULL;
	if (set(o, "code", jcstr(w->code)) || set(o, "message", jcstr(w->message)) ||
	    set(o, "offset", w->offset >= 0 ? json_integer(w->offset) : json_null()) ||
	    (w->offset >= 0 &&
	     (set(o, "line", json_integer(w->line)) || set(o, "column", json_integer(w->column))))) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static void render(out *o, const crd_result *r)
{
	put(o, "{", 1);
	o->first = 1;
	key(o, "schema");
	value(o, json_string(CRD_SCHEMA), 1);
	key(o, "id");
	value(o, jcstr(r->id), 1);
	const char *meta[][2] = {
		{ "title", r->title }, { "url", r->url }, { "source", r->source }, { "date", r->date }
	};
	for (size_t i = 0; i < sizeof meta / sizeof meta[0]; i++)
		if (meta[i][1]) {
			key(o, meta[i][0]);
			value(o, jcstr(meta[i][1]), 1);
		}
	key(o, "format");
	value(o, json_string(r->format == CRD_FORMAT_HTML ? "html" : "text"), 1);
	if (r->charset) {
		key(o, "charset");
		value(o, jcstr(r->charset), 1);
	}
	if (r->scored) {
		key(o, "score");
		value(o, jnum(r->score), 1);
		key(o, "grade");
		value(o, jcstr(r->grade), 1);
		key(o, "bias");
		value(o, jnum(r->bias), 1);
		key(o, "logit");
		value(o, jnum(r->logit), 1);
		key(o, "subscores");
		value(o, subscores_json(r), 1);
		array_open(o, "rules");
		for (size_t i = 0; i < r->nrules; i++)
			elem(o, rule_json(&r->rules[i].hit));
		array_close(o);
	}
	key(o, "features");
	value(o, features_json(r), 1);
	array_open(o, "evidence");
	for (size_t i = 0; i < r->nev && !o->nomem; i++)
		elem(o, evidence_json(r, &r->ev[i]));
	array_close(o);
	array_open(o, "zones");
	for (size_t i = 0; i < r->nzones && !o->nomem; i++)
		elem(o, json_pack("{sssIsI}", "kind", r->zones[i].kind, "start", (json_int_t)r->zones[i].s,
		                  "end", (json_int_t)r->zones[i].e));
	array_close(o);
	array_open(o, "sentences");
	for (size_t i = 0; i < r->nsents && !o->nomem; i++)
		elem(o, json_pack("[II]", (json_int_t)r->sents[i].s, (json_int_t)r->sents[i].e));
	array_close(o);
	key(o, "stats");
	value(o,
	      json_pack("{sIsIsIsIsI}", "bytes", (json_int_t)r->stats.bytes, "words",
	                (json_int_t)r->stats.words, "sentences", (json_int_t)r->stats.sentences, "paragraphs",
	                (json_int_t)r->stats.paragraphs, "lines", (json_int_t)r->stats.lines),
	      1);
	array_open(o, "warnings");
	for (size_t i = 0; i < r->nwarnings && !o->nomem; i++)
		elem(o, warning_json(&r->warnings[i]));
	array_close(o);
	/* Offsets into a page's text mean nothing without it. */
	if (r->format == CRD_FORMAT_HTML) {
		key(o, "text");
		value(o, jstr(r->text, r->len), 1);
	}
	newline(o, 0);
	put(o, "}", 1);
}

int crd_result_json(char **out_, size_t *len, const crd_result *r, unsigned int flags, crd_error *err)
{
	crd_error_clear(err);
	if (!out_ || !r)
		return crd_fail(err, CRD_ERR_INVALID, "crd_result_json: NULL argument");
	*out_ = NULL;
	out o;
	memset(&o, 0, sizeof o);
	o.pretty = (flags & CRD_JSON_PRETTY) != 0;
	o.jflags = JSON_REAL_PRECISION(12) | JSON_ENCODE_ANY | (o.pretty ? JSON_INDENT(2) : JSON_COMPACT);
	render(&o, r);
	if (o.nomem) {
		free(o.buf);
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory rendering JSON");
	}
	*out_ = o.buf;
	if (len)
		*len = o.len;
	return CRD_OK;
}
