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

/* Builders attach every new value to its parent at once (set/push steal
 * it, even on failure), so a failure anywhere only needs the root freed. */

static json_t *evidence_json(const crd_result *r)
{
	json_t *arr = json_array();
	if (!arr)
		return NULL;
	for (size_t i = 0; i < r->nev; i++) {
		const crd_evidence *ev = &r->ev[i];
		json_t *o = json_object();
		if (push(arr, o) || set(o, "feature", jcstr(ev->feature)) ||
		    set(o, "start", json_integer((json_int_t)ev->start)) ||
		    set(o, "end", json_integer((json_int_t)ev->end)) || set(o, "line", json_integer(ev->line)) ||
		    set(o, "column", json_integer(ev->column)) ||
		    set(o, "text", jstr(ev->text, ev->end - ev->start)) ||
		    set(o, "sentence", json_integer((json_int_t)ev->sentence)) || set(o, "zone", jcstr(ev->zone)) ||
		    set(o, "attrs", attrs_json(ev)) || (ev->message && set(o, "message", jcstr(ev->message))) ||
		    (r->format == CRD_FORMAT_HTML &&
		     (set(o, "input_start", json_integer((json_int_t)ev->input_start)) ||
		      set(o, "input_end", json_integer((json_int_t)ev->input_end))))) {
			json_decref(arr);
			return NULL;
		}
	}
	return arr;
}

static json_t *rules_json(const crd_result *r)
{
	json_t *arr = json_array();
	if (!arr)
		return NULL;
	for (size_t i = 0; i < r->nrules; i++) {
		const crd_rule_hit *h = &r->rules[i].hit;
		json_t *o = json_object(), *evs;
		if (push(arr, o) || set(o, "name", jcstr(h->name)) || set(o, "group", jcstr(h->group)) ||
		    set(o, "weight", jnum(h->weight)) || set(o, "hits", jnum(h->hits)) ||
		    set(o, "cap", jnum(h->cap)) || set(o, "contribution", jnum(h->contribution)) ||
		    set(o, "why", jcstr(h->why)) || set(o, "feature", jcstr(h->feature)) ||
		    set(o, "file", jcstr(h->file)) || set(o, "line", json_integer(h->line)) ||
		    set(o, "evidence", evs = json_array()))
			goto fail;
		for (size_t k = 0; k < h->evidence_count; k++)
			if (push(evs, json_integer((json_int_t)h->evidence[k])))
				goto fail;
	}
	return arr;
fail:
	json_decref(arr);
	return NULL;
}

static json_t *build(const crd_result *r)
{
	json_t *root = json_object();
	if (!root)
		return NULL;
	if (set(root, "schema", json_string(CRD_SCHEMA)) || set(root, "id", jcstr(r->id)))
		goto fail;
	if (r->title && set(root, "title", jcstr(r->title)))
		goto fail;
	if (r->url && set(root, "url", jcstr(r->url)))
		goto fail;
	if (r->source && set(root, "source", jcstr(r->source)))
		goto fail;
	if (r->date && set(root, "date", jcstr(r->date)))
		goto fail;
	if (set(root, "format", json_string(r->format == CRD_FORMAT_HTML ? "html" : "text")) ||
	    (r->charset && set(root, "charset", jcstr(r->charset))))
		goto fail;
	if (r->scored) {
		json_t *subs = json_object();
		if (set(root, "score", jnum(r->score)) || set(root, "grade", jcstr(r->grade)) ||
		    set(root, "bias", jnum(r->bias)) || set(root, "logit", jnum(r->logit)) || !subs)
			goto fail;
		if (set(root, "subscores", subs))
			goto fail;
		for (size_t g = 0; g < r->nsubs; g++) {
			json_t *o = json_object();
			if (set(subs, r->subs[g].group, o) || set(o, "score", jnum(r->subs[g].score)) ||
			    set(o, "bias", jnum(r->subs[g].bias)) || set(o, "logit", jnum(r->subs[g].logit)))
				goto fail;
		}
		if (set(root, "rules", rules_json(r)))
			goto fail;
	}
	json_t *feats = json_object();
	if (set(root, "features", feats))
		goto fail;
	for (size_t i = 0; i < r->nfeats; i++)
		if (set(feats, r->feats[i].name, json_integer((json_int_t)r->feats[i].count)))
			goto fail;
	if (set(root, "evidence", evidence_json(r)))
		goto fail;

	json_t *zones = json_array();
	if (set(root, "zones", zones))
		goto fail;
	json_t *sents = json_array();
	if (set(root, "sentences", sents))
		goto fail;
	for (size_t i = 0; i < r->nzones; i++) {
		json_t *o = json_object();
		if (push(zones, o) || set(o, "kind", jcstr(r->zones[i].kind)) ||
		    set(o, "start", json_integer((json_int_t)r->zones[i].s)) ||
		    set(o, "end", json_integer((json_int_t)r->zones[i].e)))
			goto fail;
	}
	for (size_t i = 0; i < r->nsents; i++)
		if (push(sents, json_pack("[II]", (json_int_t)r->sents[i].s, (json_int_t)r->sents[i].e)))
			goto fail;

	json_t *stats = json_pack("{sIsIsIsIsI}", "bytes", (json_int_t)r->stats.bytes, "words",
	                          (json_int_t)r->stats.words, "sentences", (json_int_t)r->stats.sentences,
	                          "paragraphs", (json_int_t)r->stats.paragraphs, "lines",
	                          (json_int_t)r->stats.lines);
	json_t *warns = json_array();
	if (set(root, "stats", stats) || set(root, "warnings", warns))
		goto fail;
	for (size_t i = 0; i < r->nwarnings; i++) {
		const crd_warning *w = &r->warnings[i];
		json_t *o = json_object();
		if (push(warns, o) || set(o, "code", jcstr(w->code)) || set(o, "message", jcstr(w->message)) ||
		    set(o, "offset", w->offset >= 0 ? json_integer(w->offset) : json_null()) ||
		    (w->offset >= 0 && (set(o, "line", json_integer(w->line)) ||
		                        set(o, "column", json_integer(w->column)))))
			goto fail;
	}
	/* Offsets into a page's text mean nothing without it. */
	if (r->format == CRD_FORMAT_HTML && set(root, "text", jstr(r->text, r->len)))
		goto fail;
	return root;
fail:
	json_decref(root);
	return NULL;
}

int crd_result_json(char **out, size_t *len, const crd_result *r, unsigned int flags, crd_error *err)
{
	crd_error_clear(err);
	if (!out || !r)
		return crd_fail(err, CRD_ERR_INVALID, "crd_result_json: NULL argument");
	*out = NULL;
	json_t *root = build(r);
	if (!root)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory rendering JSON");
	size_t jf = JSON_REAL_PRECISION(12);
	if (flags & CRD_JSON_PRETTY)
		jf |= JSON_INDENT(2);
	else
		jf |= JSON_COMPACT;
	char *s = json_dumps(root, jf);
	json_decref(root);
	if (!s)
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory rendering JSON");
	/* json_dumps allocates with Jansson's allocator, which the host may
	 * have replaced; copy so that crd_free() is always the right call. */
	json_malloc_t jmalloc;
	json_free_t jfree;
	json_get_alloc_funcs(&jmalloc, &jfree);
	size_t n = strlen(s);
	char *copy = malloc(n + 1);
	if (!copy) {
		jfree(s);
		return crd_fail(err, CRD_ERR_NOMEM, "out of memory rendering JSON");
	}
	memcpy(copy, s, n + 1);
	jfree(s);
	*out = copy;
	if (len)
		*len = n;
	return CRD_OK;
}
