/* det_names.c -- detector: named people, organisations and places. */
#include "detect.h"
#include "engine.h"

/* Features: named_person, named_org, place. Not yet implemented: owns nothing, so the lexicons of
 * these features are still emitted directly by det_lexicon. */
static int run(crd_doc *d)
{
	(void)d;
	return 0;
}

const detector det_names_detector = { "names", run, (const int[]){ -1 } };
