/* lexicon.h -- lexicon files and the one multi-pattern matcher compiled from all of them. */
#ifndef CRD_LEXICON_H
#define CRD_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "credence.h"
#include "doc.h"

/*
 * A lexicon is a list of phrases of one feature. Phrases are folded and
 * tokenised like documents, each distinct word becomes a term id, and every
 * phrase of every lexicon goes into a single Aho-Corasick automaton over term
 * ids. Matching a document is then one hash lookup per token plus automaton
 * steps, and matches are whole words by construction.
 *
 * File format (UTF-8):
 *
 *     # credence lexicon
 *     # feature: hedge            (required; "none" for a detector's vocabulary)
 *     # source: where the terms come from
 *     may
 *     at least | hedge=lower_bound
 *
 * Blank lines and lines starting with '#' are skipped. After " | " a phrase
 * may carry key=value attributes, which reach the detectors and the report.
 */

#define LEX_MAX_PHRASE_TOKENS 16
/* A phrase's attributes: enough for a verb of attribution with its
 * strength, lemma, form and the words that give it another sense
 * ("telling | lemma=tell strength=strong form=ing obj=hearer unless=signs");
 * the error for more names the number. */
#define LEX_MAX_ATTRS 8

typedef struct lex_builder lex_builder;
typedef struct lex_set lex_set;

lex_builder *lex_builder_new(void);
void lex_builder_free(lex_builder *b);

/* Declares a lexicon. feature NULL or "none" makes it a vocabulary. Returns
 * its id (>= 0) or a negative CRD_ERR_* code. A second lexicon with the same
 * name is an error. */
int lex_builder_add(lex_builder *b, const char *name, const char *feature, const char *origin,
                    crd_error *err);

/* A check of one phrase attribute of lexicon lex_name, whose feature is
 * feature (NULL for a vocabulary): returns 0 when the value is understood,
 * or else writes what is expected into why[0, n) and returns non-zero. The
 * builder knows no attribute: the engine installs the detectors' check, so
 * "strength=stong" fails at its file and line rather than making a weak
 * cue. */
typedef int (*lex_attr_check)(void *ud, const char *lex_name, const char *feature, const char *key,
                              const char *value, char *why, size_t n);

/* Installs the check that every key=value of a phrase added afterwards must
 * pass; NULL removes it. */
void lex_builder_set_check(lex_builder *b, lex_attr_check check, void *ud);

/* Adds a phrase to lexicon lex. attrs is "k=v k=v" or NULL. origin and line
 * name the place for errors. */
int lex_builder_phrase(lex_builder *b, int lex, const char *phrase, size_t n, const char *attrs,
                       size_t attrs_len, const char *origin, int line, crd_error *err);

/* Parses a lexicon file; name is the lexicon's name (the file stem). */
int lex_builder_parse(lex_builder *b, const char *name, const char *text, size_t n,
                      const char *origin, crd_error *err);

/* Compiles the automaton. b stays owned by the caller. */
int lex_compile(lex_set **out, const lex_builder *b, crd_error *err);
void lex_set_free(lex_set *ls);

/* Lexicons. */
size_t lex_count(const lex_set *ls);
const char *lex_name(const lex_set *ls, int lex);
const char *lex_feature(const lex_set *ls, int lex);   /* NULL for a vocabulary */
const char *lex_origin(const lex_set *ls, int lex);
size_t lex_size(const lex_set *ls, int lex);           /* phrases */
int lex_find(const lex_set *ls, const char *name);     /* -1 when absent */

/* Phrases. */
int lex_phrase_lexicon(const lex_set *ls, uint32_t phrase);
const char *lex_phrase_text(const lex_set *ls, uint32_t phrase);   /* folded */
/* Value of attribute key on the phrase, or NULL. */
const char *lex_phrase_attr(const lex_set *ls, uint32_t phrase, const char *key);
size_t lex_phrase_attr_count(const lex_set *ls, uint32_t phrase);
void lex_phrase_attr_at(const lex_set *ls, uint32_t phrase, size_t i, const char **key,
                        const char **value);

/* Term id of a folded word, or -1. */
int32_t lex_term(const lex_set *ls, const char *s, size_t n);

/* Sets tok.term of every token and puts every match in d->matches, sorted
 * by start token, longest first (linear: no comparison sort). Matches never
 * cross a paragraph break. Returns 0 or -1 on OOM. */
int lex_scan(const lex_set *ls, crd_doc *d);

/* The index of the first match in d->matches (sorted by start) that starts
 * at token t0 or after it. */
size_t lex_first_match(const crd_doc *d, uint32_t t0);

/* Whether lexicon lex has a match covering exactly tokens [t0, t1), and if
 * so which phrase (set *phrase when not NULL). Uses the sorted matches. */
int lex_has_match(const crd_doc *d, int lex, uint32_t t0, uint32_t t1, uint32_t *phrase);

#endif
