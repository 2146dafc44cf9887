/* text.h -- UTF-8 checking, the folded matching view with its map back to the input, line:column. */
#ifndef CRD_TEXT_H
#define CRD_TEXT_H

#include <stddef.h>
#include <stdint.h>

/*
 * The folded view is what every matcher reads: letters lower-cased (Latin,
 * Greek, Cyrillic), curly quotes and primes made straight, dash variants made
 * '-', no-break and thin spaces made ' ', zero-width characters and soft
 * hyphens dropped, CR LF made LF, invalid bytes and NUL made U+FFFD and ' ',
 * and the mojibake of those marks read as the marks (txt_mojibake).
 * map[i] is the input offset of the character that produced folded byte i,
 * and map[flen] == len, so a folded span [a, b) is the input span
 * [map[a], map[b]).
 */
typedef struct txt_view {
	char *fold;
	uint32_t *map;
	size_t flen;
	size_t cap;   /* capacity of fold and map, kept between documents */
} txt_view;

/* A problem found while folding. */
enum { TXT_INVALID_UTF8 = 1, TXT_NUL = 2, TXT_MOJIBAKE = 3 };

typedef struct txt_issue {
	uint32_t offset;
	int kind;
} txt_issue;

/* Called for each issue; return nonzero to stop recording (the view is still
 * completed). */
typedef int (*txt_issue_fn)(void *ud, uint32_t offset, int kind);

/* Builds the folded view of s[0..n). n must fit in uint32_t. Returns 0, or -1
 * when memory runs out. */
int txt_fold(txt_view *v, const char *s, size_t n, txt_issue_fn on_issue, void *ud);
void txt_view_free(txt_view *v);

/* Decodes one code point at s[0..n). Returns its length (1-4) and sets *cp,
 * or 0 when the bytes are not valid UTF-8 (overlong, surrogate, > U+10FFFF,
 * truncated). */
size_t txt_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Mojibake: the UTF-8 bytes of a typographic mark read as Latin-1 or
 * Windows-1252 and encoded again ("\u00e2\u0080\u0099" or "\u00e2\u20ac\u2122" for
 * U+2019). Returns the byte length of such a sequence at s[0..n) and sets *cp
 * to the mark (quotes, dashes, bullet, ellipsis, no-break space), or returns
 * 0. The folded view reads the sequence as its mark, one character of the
 * input. */
size_t txt_mojibake(const unsigned char *s, size_t n, uint32_t *cp);

/* Writes cp as UTF-8 into out (4 bytes room); returns the length. */
size_t txt_encode(uint32_t cp, char *out);

/* Simple case folding of one code point (identity when none applies). */
uint32_t txt_fold_cp(uint32_t cp);

/* Whether cp is an upper-case / lower-case letter in the scripts we fold. */
int txt_is_upper(uint32_t cp);
int txt_is_lower(uint32_t cp);
/* Whether cp counts as a letter for tokenising (ASCII letters and every
 * non-ASCII code point outside the punctuation and symbol blocks). */
int txt_is_alpha(uint32_t cp);

/* Line starts of the input, for offset -> line:column. */
typedef struct txt_lines {
	uint32_t *start;
	size_t n, cap;
} txt_lines;

int txt_lines_build(txt_lines *l, const char *s, size_t n);
void txt_lines_free(txt_lines *l);

/* 1-based line and column (in code points) of offset; offset may equal n. */
void txt_linecol(const txt_lines *l, const char *s, size_t n, size_t offset, int *line, int *col);

/* Copies s[0..n) into out replacing invalid UTF-8 with U+FFFD and NUL with
 * U+FFFD, so that it can be written as JSON. out needs 3*n+1 bytes. Returns
 * the length written (out is NUL-terminated). */
size_t txt_sanitize(const char *s, size_t n, char *out);

/* Whether s[0..n) is valid UTF-8 without NUL bytes. */
int txt_is_clean(const char *s, size_t n);

/* Whether s[0..n) is valid UTF-8 (NUL bytes allowed). */
int txt_is_utf8(const char *s, size_t n);

#endif
