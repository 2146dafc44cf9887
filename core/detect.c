/* detect.c -- the detector registry and the direct lexicon detector. */
#include "detect.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "lexicon.h"

static const detector lexicon_detector = { "lexicon", det_lexicon, (const int[]){ -1 }, NULL };

/* The built-in detectors in the order they run: numbers and names first,
 * since attribution reads them; consistency over everything; claims last,
 * over every sourcing, disclaimer and furniture item. */
static const detector *const detectors[] = {
	&lexicon_detector,
	&det_quantity_detector,
	&det_names_detector,
	&det_attribution_detector,
	&det_hedge_detector,
	&det_language_detector,
	&det_transparency_detector,
	&det_consistency_detector,
	&det_claims_detector,
};

int det_owns(int f)
{
	for (size_t i = 0; i < CRD_ARRAY_LEN(detectors); i++)
		for (const int *o = detectors[i]->owns; *o >= 0; o++)
			if (*o == f)
				return 1;
	return 0;
}

/* Whether value fits a: "24" a number, "strong" one of the words. */
static int attr_fits(const det_attr *a, const char *value)
{
	switch (a->kind) {
	case DET_ONE_OF:
		for (const char *const *w = a->words; *w; w++)
			if (strcmp(*w, value) == 0)
				return 1;
		return 0;
	case DET_NUMBER:
		if (!*value || strlen(value) > 9)
			return 0; /* atoi() of more digits overflows */
		for (const char *p = value; *p; p++)
			if (*p < '0' || *p > '9')
				return 0;
		return 1;
	case DET_FLAG: return strcmp(value, "1") == 0;
	}
	return 0;
}

/* "attribution_cue reads strength as one of strong, weak" */
static void attr_expected(const det_attr *a, char *why, size_t n)
{
	static const char *const what[] = {
		[DET_ONE_OF] = "one of ",
		[DET_NUMBER] = "a whole number (0 or more)",
		[DET_FLAG] = "1 (or leave it out)",
	};
	size_t w = (size_t)snprintf(why, n, "%s%s reads %s as %s", a->by_feature ? "feature " : "",
	                            a->lexicon, a->key, what[a->kind]);
	if (a->kind != DET_ONE_OF)
		return;
	for (const char *const *v = a->words; *v && w < n; v++)
		w += (size_t)snprintf(why + w, n - w, "%s%s", v == a->words ? "" : ", ", *v);
}

/* Whether a names lexicon lex_name of feature feature. */
static int attr_names(const det_attr *a, const char *lex_name, const char *feature)
{
	const char *name = a->by_feature ? feature : lex_name;
	return name && strcmp(a->lexicon, name) == 0;
}

/* Checks value against every table that names the lexicon (or its feature,
 * for a detector that reads by feature) with key: the detectors' and zone
 * detection's. The memo keeps the entries of the last lexicon asked about:
 * its lines come one after another, and a scan of every table for each of
 * some ten thousand attributes would cost more than the lexicons' parse. */
int det_attr_check(void *ud, const char *lex_name, const char *feature, const char *key, const char *value,
                   char *why, size_t n)
{
	det_attr_memo *m = ud;
	if (m && (!m->valid || m->lex_name != lex_name || m->feature != feature)) {
		m->valid = 1;
		m->lex_name = lex_name;
		m->feature = feature;
		m->n = 0;
		for (size_t i = 0; i <= CRD_ARRAY_LEN(detectors) && m->valid; i++) {
			const det_attr *a = i < CRD_ARRAY_LEN(detectors) ? detectors[i]->attrs : zone_attrs;
			for (; a && a->lexicon && m->valid; a++)
				if (attr_names(a, lex_name, feature)) {
					if (m->n == CRD_ARRAY_LEN(m->a))
						m->valid = 0; /* more than it holds: scan every table */
					else
						m->a[m->n++] = a;
				}
		}
	}
	if (m && m->valid) {
		for (size_t i = 0; i < m->n; i++)
			if (strcmp(m->a[i]->key, key) == 0 && !attr_fits(m->a[i], value)) {
				attr_expected(m->a[i], why, n);
				return 1;
			}
		return 0;
	}
	for (size_t i = 0; i <= CRD_ARRAY_LEN(detectors); i++) {
		const det_attr *a = i < CRD_ARRAY_LEN(detectors) ? detectors[i]->attrs : zone_attrs;
		for (; a && a->lexicon; a++)
			if (attr_names(a, lex_name, feature) && strcmp(a->key, key) == 0 &&
			    !attr_fits(a, value)) {
				attr_expected(a, why, n);
				return 1;
			}
	}
	return 0;
}

int det_run_all(crd_doc *d)
{
	if (zone_detect(d) != 0)
		return -1;
	for (size_t i = 0; i < CRD_ARRAY_LEN(detectors); i++)
		if (detectors[i]->run(d) != 0 || d->nomem)
			return -1;
	return 0;
}

int det_lexicon(crd_doc *d)
{
	const crd_engine *e = d->engine;
	size_t nf = engine_feature_count(e);
	/* last[f]: the token where the last emitted match of feature f ended. */
	d->scratch.n = 0;
	if (vec_reserve((void **)&d->scratch.v, &d->scratch.cap, nf + 1, sizeof(uint32_t)) != 0)
		return -1;
	uint32_t *last = d->scratch.v;
	memset(last, 0, nf * sizeof(uint32_t));
	for (size_t i = 0; i < d->matches.n; i++) {
		const lex_match *m = &d->matches.v[i];
		if (!e->lex_emit[m->lexicon])
			continue;
		int f = e->lex_feature[m->lexicon];
		if (m->tok0 < last[f])
			continue; /* overlaps a longer or earlier match of the same feature */
		last[f] = m->tok1;
		uint32_t it = doc_add(d, f, d->toks.v[m->tok0].s, d->toks.v[m->tok1 - 1].e);
		if (it == UINT32_MAX)
			return -1;
		size_t na = lex_phrase_attr_count(e->lex, m->phrase);
		for (size_t k = 0; k < na; k++) {
			const char *key, *val;
			lex_phrase_attr_at(e->lex, m->phrase, k, &key, &val);
			doc_attr_str(d, it, key, val);
		}
		if (strcmp(lex_name(e->lex, m->lexicon), lex_feature(e->lex, m->lexicon)) != 0)
			doc_attr_str(d, it, "lexicon", lex_name(e->lex, m->lexicon));
	}
	return d->nomem ? -1 : 0;
}
