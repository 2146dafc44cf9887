/* det_attribution.h -- what the attribution detector's two files share: context, records, word tests. */
#ifndef CRD_DET_ATTRIBUTION_H
#define CRD_DET_ATTRIBUTION_H

#include "det_sourcing.h"
#include "detect.h"

/*
 * The attribution detector is one pass over the document in two files:
 * det_attribution.c reads cues and their sources; det_quotes.c pairs the
 * quotation marks first (a verb inside a quotation is the speaker's word,
 * not the writer's attribution) and, once the cues are found, gives each
 * quotation the speaker of a cue beside it. Both read one context (actx).
 */

enum { SC_NONE, SC_NAMED, SC_ANON, SC_VAGUE };

/* What the quantities and dates detector found at a token: inside a share
 * ("six in 10", "42%"), the first token of a quantity ("at least 400", "as
 * many as 40 percent"), inside one, inside a date ("this month", "on
 * Monday night", "March 3"), inside a figure (a number rather than a vague
 * quantity: "8 a.m."). */
enum { Q_SHARE = 1, Q_START = 2, Q_IN = 4, Q_DATE = 8, Q_FIGURE = 16 };

#define HIST     16
#define NP_MAX   12
#define SURN_MAX 64

typedef struct source {
	uint32_t t0, t1; /* the phrase, tokens [t0, t1) */
	uint32_t head;
	int cls;
	const char *kind; /* person, organisation, document, or NULL */
	char gender;      /* 'm', 'f', 'n', or 0 */
	int plural;
	int pronoun;             /* resolved pronoun or relative */
	int backref;             /* a definite back-reference ("the source") */
	uint32_t name_s, name_e; /* input span of the name it stands for, or UINT32_MAX */
	uint32_t ante;           /* input offset of the antecedent, or UINT32_MAX */
	uint32_t head_hash;
} source;

typedef struct hist_entry {
	source src;
	uint32_t sent;
} hist_entry;

/* A cue found, for quotes to take their speaker from. */
typedef struct cue_rec {
	uint32_t t0, t1;
	uint32_t strong;         /* a verb of saying proper */
	uint32_t name_s, name_e; /* speaker text, or UINT32_MAX */
	uint32_t src_t0;         /* first token of the source phrase, or UINT32_MAX */
} cue_rec;

typedef struct actx {
	crd_doc *d;
	uint32_t n;
	uint32_t *cue, *srcw, *gram, *anon, *vague, *title, *stop, *stance, *vq;
	uint32_t *ent;  /* token -> 1 + entity index, or 0 */
	uint32_t *qty;  /* token -> Q_* flags */
	uint32_t *ents; /* (t0, t1, feature) triples, sorted */
	size_t nents;
	uint32_t *inq;    /* token -> 1 + quote index while inside a quote */
	uint32_t *rsent;  /* sentence s -> sentences before it that open outside quotes */
	uint32_t *quotes; /* (open, close) token pairs; close is the closing mark */
	size_t nquotes;
	cue_rec *cues;
	size_t ncues;
	hist_entry hist[HIST];
	size_t nhist;
	uint32_t gname[HIST]; /* names whose gender a pronoun revealed ... */
	char ggen[HIST];      /* ... and that gender */
	size_t ngen;
	uint32_t last_src_t0, last_src_t1;
	uint32_t *surn; /* hashes of the last words of person names */
	size_t nsurn;
	uint32_t dl0, dl1; /* tokens of the dateline, if any: [dl0, dl1) */
	src_set lower;     /* words the text writes in lower case */
	src_set midcap;    /* words it capitalises inside a sentence */
} actx;

/* ---- word tests both files use ----------------------------------------- */

static inline const tok *T(const actx *x, uint32_t i)
{
	return &x->d->toks.v[i];
}

static inline int is(const actx *x, uint32_t i, const char *w)
{
	return i < x->n && doc_tok_is(x->d, T(x, i), w);
}

static inline int role(const actx *x, uint32_t i, const char *r)
{
	return i < x->n && src_attr_is(x->d, x->gram, i, "role", r, 1);
}

/* Two apostrophes typed for a double quotation mark (''like this''), as
 * some newspapers' archives print them: i is the first of the pair. */
static inline int pair_mark(const actx *x, uint32_t i)
{
	return i + 1 < x->n && T(x, i)->kind == TOK_PUNCT && (T(x, i)->flags & TF_QUOTE) &&
	       src_ch(x->d, i) == '\'' && T(x, i + 1)->kind == TOK_PUNCT && (T(x, i + 1)->flags & TF_QUOTE) &&
	       src_ch(x->d, i + 1) == '\'' && !(T(x, i + 1)->flags & (TF_SPACE | TF_NEWLINE));
}

static inline int quote_mark(const actx *x, uint32_t i)
{
	if (T(x, i)->kind != TOK_PUNCT || !(T(x, i)->flags & TF_QUOTE))
		return 0;
	return src_ch(x->d, i) == '"' || pair_mark(x, i) || (i > 0 && pair_mark(x, i - 1));
}

/* Where the sentence of token i starts. A dateline that runs into the first
 * sentence ("WASHINGTON (AP) — Donald Trump has ...") is no part of it: its
 * agency never speaks there. */
static inline uint32_t sent_start(const actx *x, uint32_t i)
{
	uint32_t lo = x->d->sents.v[T(x, i)->sent].tok0;
	return lo < x->dl1 && i >= x->dl1 && lo >= x->dl0 ? x->dl1 : lo;
}

static inline uint32_t sent_end(const actx *x, uint32_t i)
{
	return x->d->sents.v[T(x, i)->sent].tok1;
}

static inline const uint32_t *entity(const actx *x, uint32_t i)
{
	return x->ent[i] ? x->ents + 3 * (x->ent[i] - 1) : NULL;
}

/* Zones where nobody is quoted: furniture, comment rules, bios. */
static inline int skip_zone(const actx *x, uint32_t i)
{
	int z = doc_zone_at(x->d, T(x, i)->s);
	return z != ZONE_BODY && z != ZONE_TITLE && z != ZONE_DATELINE;
}

/* ---- quotations (det_quotes.c) ----------------------------------------- */

/* Pairs the quotation marks of every paragraph into x->quotes and x->inq. */
void quote_find(actx *x);
/* The opening and closing marks of quotation q (1 + its index, as
 * quote_of() and x->inq give it). */
uint32_t quote_open(const actx *x, uint32_t q);
uint32_t quote_close(const actx *x, uint32_t q);
/* The quotation (1 + its index) whose words or marks include token i, or 0. */
uint32_t quote_of(const actx *x, uint32_t i);
/* Emits each quotation as direct_quote with the speaker of a cue found
 * beside it. Returns 0, or -1 when memory ran out. */
int quote_emit(actx *x);

#endif
