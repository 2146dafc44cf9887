/* detect.h -- the registry of evidence detectors and the stages that run before them. */
#ifndef CRD_DETECT_H
#define CRD_DETECT_H

#include "doc.h"

/*
 * A detector reads the segmented document (tokens, sentences, zones, lexicon
 * matches) and adds evidence items. Detectors run in registry order, so a
 * later one may read what an earlier one found (attribution reads quantities'
 * spans, for example). A detector returns 0, or -1 when memory ran out.
 *
 * Each detector names the features it owns. A lexicon whose feature is owned
 * by a detector is the detector's vocabulary; the matches of every other
 * lexicon with a feature become evidence directly (det_lexicon).
 */
typedef int (*det_fn)(crd_doc *d);

/*
 * A phrase attribute a detector reads and compares with fixed words or
 * parses as a number: { "attribution_cue", "strength", DET_ONE_OF, words, 0 }
 * with words { "strong", "weak", NULL }. A lexicon line whose value is none
 * of them fails to load ("strength=stong" would make a weak cue). Keys that
 * no table names, and keys whose values are free words (lemma=, unless=,
 * need=at,closer,near of attribution_cue: the words that must follow),
 * take any value: they reach the evidence's attrs and the scripts.
 */
typedef enum det_attr_kind {
	DET_ONE_OF, /* one of words: "strength=strong" */
	DET_NUMBER, /* a non-negative integer: "max=24" */
	DET_FLAG,   /* "1": "tail=1" */
} det_attr_kind;

typedef struct det_attr {
	const char *lexicon, *key;
	det_attr_kind kind;
	const char *const *words; /* NULL-terminated, for DET_ONE_OF */
	/* lexicon names a feature: the detector reads the phrases of every
	 * lexicon of that feature ("# feature: hedge" in a file of one's own) */
	int by_feature;
} det_attr;

typedef struct detector {
	const char *name;
	det_fn run;
	const int *owns;       /* feature ids, terminated by -1 */
	const det_attr *attrs; /* the attributes it reads, ended by { 0 }; NULL for none */
} detector;

/* The built-in detectors, each in its own det_<name>.c. */
extern const detector det_quantity_detector;
extern const detector det_names_detector;
extern const detector det_attribution_detector;
extern const detector det_hedge_detector;
extern const detector det_language_detector;
extern const detector det_transparency_detector;
extern const detector det_consistency_detector;
extern const detector det_claims_detector;

/* The attributes zone detection reads (zones.c), ended by { 0 }. */
extern const det_attr zone_attrs[];

/* The entries of the tables that name one lexicon, kept between calls of
 * det_attr_check for the lexicon's lines; zero it before the first. */
typedef struct det_attr_memo {
	const char *lex_name, *feature; /* the lexicon they are for */
	const det_attr *a[32];
	size_t n;
	int valid;
} det_attr_memo;

/* Whether value is one the detectors (and zone detection) understand for
 * attribute key of lexicon lex_name, whose feature is feature (NULL for a
 * vocabulary): 0 when it is, or when no detector compares the key; else
 * non-zero, with why[0, n) saying what is expected ("attribution_cue reads
 * strength as one of strong, weak"). The check that the engine installs in
 * its lexicon builder (lex_attr_check); ud is a det_attr_memo or NULL. The
 * memo knows a lexicon by the address of its name, which must stay put
 * while it is in use (the builder's do). */
int det_attr_check(void *ud, const char *lex_name, const char *feature, const char *key, const char *value,
                   char *why, size_t n);

/* Runs zone detection then every detector. Returns 0 or -1 on OOM. */
int det_run_all(crd_doc *d);

/* Whether a built-in detector owns feature f. */
int det_owns(int f);

/* Splits the document into zones (d->zones); always covers [0, len). */
int zone_detect(crd_doc *d);

/* Whether the sentence around token i speaks of the author or of necessity
 * ("The views expressed here are the author's own"), as a disclaimer with
 * need=meta asks (det_transparency.c). Bounded work however long the
 * sentence. */
int det_meta_sentence(const crd_doc *d, uint32_t i);

/* Whether token i stands in a line that is a row of a page's links
 * ("Sponsored Content | Privacy | Terms"), where a label names a link, not
 * the article (zones.c). Bounded work however long the line. */
int det_link_row(const crd_doc *d, uint32_t i);

/* Turns matches of lexicons that no detector owns into evidence,
 * leftmost-longest per feature. */
int det_lexicon(crd_doc *d);

#endif
