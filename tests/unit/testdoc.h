/* testdoc.h -- a fixture for the white-box tests that drive a crd_doc through single stages. */
#ifndef TESTDOC_H
#define TESTDOC_H

#include "doc.h"
#include "engine.h"

/* One engine (the default; crd_doc wants one for feature names) and one
 * document, made by the group's setup and freed by its teardown. */
static crd_engine *engine;
static crd_doc doc;

static int setup(void **state)
{
	(void)state;
	crd_error err;
	if (crd_engine_new(&engine, NULL, &err) != CRD_OK)
		return -1;
	doc_init(&doc, engine);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	doc_free(&doc);
	crd_engine_free(engine);
	return 0;
}

#endif
