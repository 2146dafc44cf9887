/* util.h -- growable arrays, a bump arena, error filling and small string helpers. */
#ifndef CRD_UTIL_H
#define CRD_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "credence.h"

#if defined(__GNUC__)
#define CRD_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define CRD_PRINTF(f, a)
#endif

#define CRD_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/*
 * Grows *p (an array of elsize-byte elements with capacity *cap) so that it
 * holds at least need elements. Returns 0, or -1 on overflow or when the
 * allocation fails (then *p is untouched).
 */
int vec_reserve(void **p, size_t *cap, size_t need, size_t elsize);

/* A typed growable array: VEC(tok) toks; vec_push(&toks) returns a pointer
 * to a new zeroed slot or NULL when memory runs out. */
#define VEC(T)                                                                                     \
	struct {                                                                                   \
		T *v;                                                                              \
		size_t n, cap;                                                                     \
	}

#define vec_push(vec)                                                                              \
	(((vec)->n < (vec)->cap ||                                                                 \
	  vec_reserve((void **)&(vec)->v, &(vec)->cap, (vec)->n + 1, sizeof(*(vec)->v)) == 0)       \
	         ? vec_zero_slot_(&(vec)->v[(vec)->n++], sizeof(*(vec)->v))                         \
	         : NULL)

#define vec_free(vec)                                                                              \
	do {                                                                                       \
		free((vec)->v);                                                                    \
		(vec)->v = NULL;                                                                   \
		(vec)->n = (vec)->cap = 0;                                                         \
	} while (0)

void *vec_zero_slot_(void *slot, size_t size);

/* A bump allocator for many small strings that all die together. Chunks are
 * kept across resets, so a scorer reaches a steady state without malloc. */
typedef struct arena_chunk arena_chunk;
typedef struct arena {
	arena_chunk *head;
	size_t used_total;
} arena;

void arena_init(arena *a);
void *arena_alloc(arena *a, size_t n);               /* 8-byte aligned; NULL on OOM */
char *arena_strndup(arena *a, const char *s, size_t n); /* NUL-terminated copy */
char *arena_strdup(arena *a, const char *s);
void arena_reset(arena *a);                           /* forget everything, keep the largest chunk */
void arena_free(arena *a);

/* Fills err (when not NULL) and returns code. */
int crd_fail(crd_error *err, int code, const char *fmt, ...) CRD_PRINTF(3, 4);
/* Sets where an error happened; any argument may be NULL / 0 / -1. */
void crd_error_where(crd_error *err, const char *source, int line, int column, int64_t offset);
void crd_error_clear(crd_error *err);

/* strdup that is C11. */
char *crd_strdup(const char *s);
char *crd_strndup(const char *s, size_t n);

/* Reads a whole file. *out is malloc'd and NUL-terminated. */
int crd_read_file(const char *path, char **out, size_t *len, size_t limit, crd_error *err);

/* FNV-1a, used by every hash table in the library. */
static inline uint64_t crd_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

#endif
