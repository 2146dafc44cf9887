/* doc.h -- one document as the pipeline sees it: views, segments, zones, lexicon matches, evidence. */
#ifndef CRD_DOC_H
#define CRD_DOC_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "text.h"
#include "util.h"

struct crd_engine;

/* ---- tokens ------------------------------------------------------------ */

enum tok_kind { TOK_WORD = 1, TOK_NUM, TOK_PUNCT, TOK_SYM };

enum tok_flag {
	TF_CAP = 1 << 0,     /* first letter upper-case in the input */
	TF_UPPER = 1 << 1,   /* two or more letters, all upper-case */
	TF_DIGIT = 1 << 2,   /* contains a digit ("123rd", "F-16", "400") */
	TF_SPACE = 1 << 3,   /* whitespace precedes it */
	TF_NEWLINE = 1 << 4, /* a line break precedes it */
	TF_PARA = 1 << 5,    /* a paragraph break precedes it */
	TF_SENT = 1 << 6,    /* first token of a sentence */
	TF_HYPHEN = 1 << 7,  /* a word with an inner hyphen */
	TF_ABBREV = 1 << 8,  /* an abbreviation or acronym with its dot ("u.s.", "gen.") */
	TF_QUOTE = 1 << 9,   /* punctuation that is a quotation mark */
	TF_BREAK = 1 << 10   /* a sentence starts here whatever the punctuation (zones set it) */
};

typedef struct tok {
	uint32_t s, e;     /* input byte offsets */
	uint32_t fs, fe;   /* folded view offsets */
	int32_t term;      /* lexicon term id, -1 when the word is in no lexicon */
	uint32_t sent;     /* sentence index */
	uint16_t kind;
	uint16_t flags;
} tok;

/* ---- segments ---------------------------------------------------------- */

typedef struct seg_sentence {
	uint32_t s, e;          /* input offsets, trimmed of surrounding space */
	uint32_t tok0, tok1;    /* tokens [tok0, tok1) */
	uint32_t para;
} seg_sentence;

typedef struct seg_para {
	uint32_t s, e;
	uint32_t sent0, sent1;  /* sentences [sent0, sent1) */
	uint32_t tok0, tok1;
} seg_para;

/* ---- zones ------------------------------------------------------------- */

enum zone_kind {
	ZONE_BODY = 0,
	ZONE_TITLE,
	ZONE_BYLINE,
	ZONE_DATELINE,
	ZONE_RELATED_LINK,
	ZONE_ADVERT,
	ZONE_SHARE,
	ZONE_AUTHOR_BIO,
	ZONE_COMMENT_POLICY,
	ZONE_EDITOR_NOTE,
	ZONE_PAGE, /* a web page around its <article>: site header, sidebars, footer;
	            * and the page's lines inside it: captions, credits, tags, copyright */
	ZONE_COUNT
};

const char *zone_name(int kind);
int zone_lookup(const char *name); /* -1 when unknown */
/* The zones' names by kind, "body" first, NULL-terminated. */
extern const char *const zone_names[ZONE_COUNT + 1];

typedef struct zone {
	uint32_t s, e;
	int kind;
} zone_span;

/* ---- lexicon matches --------------------------------------------------- */

typedef struct lex_match {
	uint32_t tok0, tok1;   /* matched tokens [tok0, tok1) */
	uint32_t phrase;       /* phrase id in the engine's lexicon set */
	uint16_t lexicon;      /* lexicon id */
} lex_match;

/* ---- evidence ---------------------------------------------------------- */

enum attr_type { ATTR_NULL, ATTR_BOOL, ATTR_NUM, ATTR_STR };

typedef struct ev_attr {
	uint32_t item;         /* index of the evidence item it belongs to */
	uint8_t type;
	const char *key;       /* static or in the document arena */
	double num;
	const char *str;       /* static or in the document arena */
} ev_attr;

typedef struct ev_item {
	uint32_t s, e;         /* input offsets */
	uint32_t sent;         /* filled by doc_finish() */
	int32_t feature;       /* feature id; -1 marks a removed item */
	uint16_t zone;         /* filled by doc_finish() */
	uint32_t attr0, nattr; /* attrs [attr0, attr0 + nattr) after doc_finish() */
	const char *message;   /* from a script rule, or NULL */
} ev_item;

/* ---- warnings ---------------------------------------------------------- */

typedef struct doc_warning {
	const char *code;      /* static */
	const char *message;   /* arena */
	int64_t offset;
} doc_warning;

/* At most this many warnings of one kind are kept; the rest are counted. */
#define DOC_MAX_WARNINGS 100

/* ---- the document ------------------------------------------------------ */

typedef struct crd_doc {
	const struct crd_engine *engine;

	/* The text, borrowed for the duration of one scoring call: the input, or
	 * the text read from an HTML page (then page maps it back). */
	const char *text;
	size_t len;
	const struct html_text *page;
	const char *id, *title, *url, *source, *date;

	txt_view view;
	txt_lines lines;
	VEC(tok) toks;
	VEC(seg_sentence) sents;
	VEC(seg_para) paras;
	VEC(zone_span) zones;
	VEC(lex_match) matches;
	VEC(lex_match) matches_tmp;
	VEC(ev_item) ev;
	VEC(ev_attr) attrs;
	VEC(ev_attr) attrs_tmp;
	VEC(doc_warning) warnings;
	size_t suppressed_warnings;
	size_t invalid_bytes, nul_bytes;
	size_t mojibake;      /* garbled marks read as marks (txt_mojibake) */
	uint32_t mojibake_at; /* the first one's offset */

	/* counts[f * ZONE_COUNT + z]: evidence of feature f in zone z, after
	 * doc_finish(). */
	size_t *counts;
	size_t counts_cap;

	/* Scratch shared by detectors; reset with the document. */
	VEC(uint32_t) scratch;

	arena mem;             /* strings of this document */
	int nomem;             /* set when any allocation failed */
	int finished;          /* doc_finish() ran; adding evidence re-opens it */
	unsigned generation;   /* bumped for every document, to invalidate Lua handles */
} crd_doc;

void doc_init(crd_doc *d, const struct crd_engine *engine);
/* Forgets the previous document, keeps the memory. */
void doc_reset(crd_doc *d);
void doc_free(crd_doc *d);

/* Adds an evidence item of feature f over input [s, e). Returns its index, or
 * UINT32_MAX when memory ran out (d->nomem is then set). */
uint32_t doc_add(crd_doc *d, int f, uint32_t s, uint32_t e);

/* Attributes of item i. key and string values must be static or live in
 * d->mem. */
void doc_attr_num(crd_doc *d, uint32_t i, const char *key, double v);
void doc_attr_str(crd_doc *d, uint32_t i, const char *key, const char *v);
void doc_attr_bool(crd_doc *d, uint32_t i, const char *key, int v);
void doc_attr_null(crd_doc *d, uint32_t i, const char *key);
/* Copies s[0..n) into the document arena and sets it as a string attribute. */
void doc_attr_strn(crd_doc *d, uint32_t i, const char *key, const char *s, size_t n);

/* Marks item i removed. */
void doc_remove(crd_doc *d, uint32_t i);

/* Records a warning (copied). offset -1 when not tied to a place. */
void doc_warn(crd_doc *d, const char *code, int64_t offset, const char *fmt, ...) CRD_PRINTF(4, 5);

/* Sorts evidence by start (then feature, then end), drops removed items,
 * groups attributes by item, assigns sentence and zone, and fills counts.
 * Safe to call again after more items were added. */
int doc_finish(crd_doc *d);

/* Count of feature f in zone z (z < 0: every zone). Valid after doc_finish(). */
size_t doc_count(const crd_doc *d, int f, int z);

/* Index of the sentence holding input offset off, the index of its zone in
 * d->zones, and that zone's kind (binary searches). */
uint32_t doc_sentence_at(const crd_doc *d, uint32_t off);
size_t doc_zone_index(const crd_doc *d, uint32_t off);
int doc_zone_at(const crd_doc *d, uint32_t off);

/* Index of the first token whose start is >= off (binary search). */
uint32_t doc_token_at(const crd_doc *d, uint32_t off);

/* English names of the months and weekdays, lower case, January and Monday
 * first. */
extern const char *const doc_month_names[12];
extern const char *const doc_weekday_names[7];

/* The month or weekday that the capitalised word token t writes, for
 * doc_tok_month() and doc_tok_weekday(). */
int doc_month_word(const crd_doc *d, const tok *t, int *abbr);
int doc_weekday_word(const crd_doc *d, const tok *t, int *abbr);

/* The month that word token t names, 1 to 12, or 0: in full ("June") or
 * cut short as news copy writes it, with or without its full stop ("Jan",
 * "Sept."); *abbr tells which. Only with a capital: "march" and "may" are
 * verbs. Inline, for the date scans ask it of every token. */
static inline int doc_tok_month(const crd_doc *d, const tok *t, int *abbr)
{
	*abbr = 0;
	return t->kind == TOK_WORD && (t->flags & TF_CAP) ? doc_month_word(d, t, abbr) : 0;
}

/* The weekday that word token t names, 1 (Monday) to 7, or 0: in full or
 * cut short ("Tue", "Tues.", "Thurs"); *abbr tells which. Only with a
 * capital. */
static inline int doc_tok_weekday(const crd_doc *d, const tok *t, int *abbr)
{
	*abbr = 0;
	return t->kind == TOK_WORD && (t->flags & TF_CAP) ? doc_weekday_word(d, t, abbr) : 0;
}

/* Whether word token t is a word of a clock time or its place in a
 * timestamp: "a.m.", "pm", "noon", "midnight", "at", "on". */
int doc_tok_clock(const crd_doc *d, const tok *t);

/* Folded text of token t. */
static inline const char *doc_tok_text(const crd_doc *d, const tok *t, size_t *n)
{
	*n = t->fe - t->fs;
	return d->view.fold + t->fs;
}
/* Whether token t is the mark c: punctuation or a symbol whose folded text
 * starts with c. The segmenter makes "&", "#", "@", "|", "$", "%" and their
 * kin symbols and the rest of ASCII's marks punctuation; a test for one
 * mark should not have to know which. */
static inline int doc_tok_mark(const crd_doc *d, const tok *t, char c)
{
	return (t->kind == TOK_PUNCT || t->kind == TOK_SYM) && d->view.fold[t->fs] == c;
}

/* doc_tok_mark() for token i, which may be past the end. */
static inline int doc_mark_at(const crd_doc *d, uint32_t i, char c)
{
	return i < d->toks.n && doc_tok_mark(d, &d->toks.v[i], c);
}

/* Whether the mark of token t is a list's bullet by its bytes: "-" (the
 * folded view writes every dash so), "*", or one of U+00B7, U+2022,
 * U+2023, U+25AA, U+25BA, U+25CF, U+25E6. Where it stands is the caller's
 * to judge. */
static inline int doc_tok_bullet(const crd_doc *d, const tok *t)
{
	if (t->kind != TOK_PUNCT && t->kind != TOK_SYM)
		return 0;
	const unsigned char *u = (const unsigned char *)d->view.fold + t->fs;
	switch (t->fe - t->fs) {
	case 1: return u[0] == '-' || u[0] == '*';
	case 2: return u[0] == 0xC2 && u[1] == 0xB7;
	case 3:
		return u[0] == 0xE2 && ((u[1] == 0x80 && (u[2] == 0xA2 || u[2] == 0xA3)) ||
		                        (u[1] == 0x96 && (u[2] == 0xAA || u[2] == 0xBA)) ||
		                        (u[1] == 0x97 && (u[2] == 0x8F || u[2] == 0xA6)));
	default: return 0;
	}
}

/* Whether the folded text of token t equals the NUL-terminated word w.
 * Called for many tokens against many words, so inline: reject on the
 * first byte before measuring anything. */
static inline int doc_tok_is(const crd_doc *d, const tok *t, const char *w)
{
	const char *f = d->view.fold + t->fs;
	size_t n = t->fe - t->fs;
	if (n == 0 || f[0] != w[0])
		return 0;
	return strncmp(f, w, n) == 0 && w[n] == '\0';
}

/* Whether token i (which may be past the end) is one of the n words of
 * list (folded, one token each). */
static inline int doc_tok_in(const crd_doc *d, uint32_t i, const char *const *list, size_t n)
{
	if (i >= d->toks.n)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (doc_tok_is(d, &d->toks.v[i], list[k]))
			return 1;
	return 0;
}

/* Whether token t is one of the words of set, which ends with NULL. */
static inline int doc_tok_any(const crd_doc *d, const tok *t, const char *const *set)
{
	for (; *set; set++)
		if (doc_tok_is(d, t, *set))
			return 1;
	return 0;
}

/* doc_tok_in() for a list that is an array. */
#define DOC_TOK_IN(d, i, list) doc_tok_in((d), (i), (list), CRD_ARRAY_LEN(list))

#endif
