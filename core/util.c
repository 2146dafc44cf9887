/* util.c -- growable arrays, the string arena, error filling, file reading. */
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int vec_reserve(void **p, size_t *cap, size_t need, size_t elsize)
{
	if (need <= *cap)
		return 0;
	size_t ncap = *cap ? *cap : 16;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			return -1;
		ncap *= 2;
	}
	if (ncap > SIZE_MAX / elsize)
		return -1;
	void *np = realloc(*p, ncap * elsize);
	if (!np)
		return -1;
	*p = np;
	*cap = ncap;
	return 0;
}

void *vec_zero_slot_(void *slot, size_t size)
{
	memset(slot, 0, size);
	return slot;
}

struct arena_chunk {
	arena_chunk *next;
	size_t size, used;
	/* data follows, 16-byte aligned by max_align_t */
	max_align_t data[];
};

void arena_init(arena *a)
{
	a->head = NULL;
	a->used_total = 0;
}

void *arena_alloc(arena *a, size_t n)
{
	n = (n + 7u) & ~(size_t)7u;
	if (n == 0)
		n = 8;
	arena_chunk *c = a->head;
	if (!c || c->size - c->used < n) {
		size_t size = 16384;
		while (size < n) {
			if (size > SIZE_MAX / 2)
				return NULL;
			size *= 2;
		}
		c = malloc(sizeof(arena_chunk) + size);
		if (!c)
			return NULL;
		c->size = size;
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	void *p = (char *)c->data + c->used;
	c->used += n;
	a->used_total += n;
	return p;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	if (!p)
		return NULL;
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

void arena_reset(arena *a)
{
	/* Keep the largest chunk so that the next document of the same size
	 * needs no allocation at all. */
	arena_chunk *keep = NULL;
	for (arena_chunk *c = a->head; c; c = c->next)
		if (!keep || c->size > keep->size)
			keep = c;
	arena_chunk *c = a->head;
	while (c) {
		arena_chunk *next = c->next;
		if (c != keep)
			free(c);
		c = next;
	}
	if (keep) {
		keep->used = 0;
		keep->next = NULL;
	}
	a->head = keep;
	a->used_total = 0;
}

void arena_free(arena *a)
{
	arena_chunk *c = a->head;
	while (c) {
		arena_chunk *next = c->next;
		free(c);
		c = next;
	}
	a->head = NULL;
	a->used_total = 0;
}

void crd_error_clear(crd_error *err)
{
	if (!err)
		return;
	err->code = CRD_OK;
	err->message[0] = '\0';
	err->source[0] = '\0';
	err->line = 0;
	err->column = 0;
	err->offset = -1;
}

int crd_fail(crd_error *err, int code, const char *fmt, ...)
{
	if (err) {
		crd_error_clear(err);
		err->code = code;
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(err->message, sizeof err->message, fmt, ap);
		va_end(ap);
		/* Keep messages on one line whatever they quote. */
		for (char *p = err->message; *p; p++)
			if (*p == '\n' || *p == '\r')
				*p = ' ';
	}
	return code;
}

void crd_error_where(crd_error *err, const char *source, int line, int column, int64_t offset)
{
	if (!err)
		return;
	if (source)
		snprintf(err->source, sizeof err->source, "%s", source);
	err->line = line;
	err->column = column;
	err->offset = offset;
}

char *crd_strndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (!p)
		return NULL;
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *crd_strdup(const char *s)
{
	return s ? crd_strndup(s, strlen(s)) : NULL;
}

int crd_read_file(const char *path, char **out, size_t *len, size_t limit, crd_error *err)
{
	*out = NULL;
	*len = 0;
	FILE *f = fopen(path, "rb");
	if (!f) {
		int e = errno;
		crd_fail(err, CRD_ERR_IO, "cannot open: %s", strerror(e));
		crd_error_where(err, path, 0, 0, -1);
		return CRD_ERR_IO;
	}
	size_t cap = 0, n = 0;
	char *buf = NULL;
	for (;;) {
		if (vec_reserve((void **)&buf, &cap, n + 65536 + 1, 1) != 0) {
			free(buf);
			fclose(f);
			crd_fail(err, CRD_ERR_NOMEM, "out of memory reading file");
			crd_error_where(err, path, 0, 0, (int64_t)n);
			return CRD_ERR_NOMEM;
		}
		size_t got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
		if (limit && n > limit) {
			free(buf);
			fclose(f);
			crd_fail(err, CRD_ERR_INPUT, "file is larger than the limit of %zu bytes", limit);
			crd_error_where(err, path, 0, 0, (int64_t)limit);
			return CRD_ERR_INPUT;
		}
		if (got == 0) {
			if (ferror(f)) {
				int e = errno;
				free(buf);
				fclose(f);
				crd_fail(err, CRD_ERR_IO, "read error: %s", strerror(e));
				crd_error_where(err, path, 0, 0, (int64_t)n);
				return CRD_ERR_IO;
			}
			break;
		}
	}
	fclose(f);
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return CRD_OK;
}
