/* segment.h -- tokens, sentences and paragraphs with input offsets. */
#ifndef CRD_SEGMENT_H
#define CRD_SEGMENT_H

#include "doc.h"

/* Tokenises d->view into d->toks (term ids left at -1). Returns 0 or -1 on OOM. */
int seg_tokenize(crd_doc *d);

/* Splits tokens into sentences and paragraphs (d->sents, d->paras) and sets
 * tok.sent and the TF_SENT flags. A token with TF_BREAK opens a sentence.
 * It may run again after TF_BREAK flags are added. Returns 0 or -1 on OOM. */
int seg_split(crd_doc *d);

/* Tokenises a standalone folded string (a lexicon phrase) with the same rules
 * as documents. Calls fn for each token's folded text; returns the number of
 * tokens. */
typedef void (*seg_token_fn)(void *ud, const char *s, size_t n, int kind);
size_t seg_tokenize_string(const char *folded, size_t n, seg_token_fn fn, void *ud);

/* Whether the folded word w (n bytes, without a dot) is an abbreviation that
 * is normally followed by a full stop which does not end the sentence. */
int seg_is_abbreviation(const char *w, size_t n);

/* Whether the folded word w (n bytes) opens sentences and cannot go on a
 * name ("the", "but", "during"): after a capitalised abbreviation or a
 * headline with no full stop, it starts a new sentence. */
int seg_is_clause_opener(const char *w, size_t n);

#endif
