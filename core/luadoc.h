/* luadoc.h -- the read-only document object that rule functions receive (metatable credence.doc). */
#ifndef CRD_LUADOC_H
#define CRD_LUADOC_H

#include <lua.h>

#include "doc.h"

/* Creates the credence.doc metatable in L. */
void luadoc_register(lua_State *L);

/* Pushes a new handle on d. It is valid until luadoc_invalidate(). */
void luadoc_push(lua_State *L, crd_doc *d);

/* Names the rule now running, for the evidence it adds. */
void luadoc_set_rule(lua_State *L, int idx, const char *rule);

/* Makes the handle at idx refuse every further use. */
void luadoc_invalidate(lua_State *L, int idx);

#endif
