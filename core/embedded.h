/* embedded.h -- the default script and lexicons, compiled into the library by cmake/embed.cmake. */
#ifndef CRD_EMBEDDED_H
#define CRD_EMBEDDED_H

#include <stddef.h>

typedef struct crd_embedded {
	const char *name;   /* lexicon name: the file stem */
	const char *data;
	size_t len;
} crd_embedded;

extern const crd_embedded crd_embedded_lexicons[];
extern const size_t crd_embedded_lexicon_count;

#endif
