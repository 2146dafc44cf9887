/* luadoc.h -- the read-only document object that rule functions receive (metatable credence.doc). */
#ifndef CRD_LUADOC_H
#define CRD_LUADOC_H

#include <lua.h>

#include "doc.h"
#include "script.h"

/* Evidence a script may add to one document, and attributes per added item:
 * the C side stores them outside the Lua memory cap, so they are bounded here. */
#define LUADOC_MAX_ADDED 10000
#define LUADOC_MAX_ATTRS 16

/*
 * What the handles of one Lua state share: the document being scored, the
 * per-document indexes built on first use, and the references rules leave for
 * the report. Owned by the scorer's scr_state and reused from one document to
 * the next, so that a steady state allocates nothing.
 */
typedef struct luadoc_ctx {
	crd_doc *d;
	unsigned generation;     /* of the document the caches describe */
	int rule;                /* index of the rule running now, -1 outside rules */
	const char *rule_name;   /* borrowed from the engine */
	size_t added;            /* items added by the script to this document */
	VEC(scr_ref) refs;

	/* Evidence grouped by feature (item indices, in start order within a
	 * feature): byfeat[fstart[f] .. fstart[f + 1]). Rebuilt after the
	 * document is finished again. */
	int index_ok;
	VEC(uint32_t) byfeat;
	VEC(uint32_t) fstart;
	uint32_t maxspan;        /* longest evidence span, bounds near() */
	size_t words, body_words, body_sentences;
	int words_ok;
} luadoc_ctx;

/* Creates the credence.doc metatable in L. */
void luadoc_register(lua_State *L);

/* Points ctx at d for a new scoring run (forgets the caches and refs). */
void luadoc_begin(luadoc_ctx *ctx, crd_doc *d);

/* Pushes a new handle on ctx's document. It is valid until
 * luadoc_invalidate() or until the document is reset, whichever is first. */
void luadoc_push(lua_State *L, luadoc_ctx *ctx);

/* Makes the handle at idx refuse every further use. */
void luadoc_invalidate(lua_State *L, int idx);

/* Adds the items of the list at idx (tables with integer start and end and
 * a feature name) as references of the running rule, the first max of them.
 * Reads them raw, so no script code runs. Returns 0, the 1-based position of
 * the first malformed item, or -1 when memory ran out. */
int luadoc_ref_items(lua_State *L, luadoc_ctx *ctx, int idx, size_t max);

void luadoc_ctx_free(luadoc_ctx *ctx);

#endif
