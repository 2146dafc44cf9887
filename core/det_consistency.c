/* det_consistency.c -- detector: the same proper name spelled two ways. */
#include "detect.h"
#include "engine.h"

/* Features: name_variant. Not yet implemented: owns nothing, so the lexicons of
 * these features are still emitted directly by det_lexicon. */
static int run(crd_doc *d)
{
	(void)d;
	return 0;
}

const detector det_consistency_detector = { "consistency", run, (const int[]){ -1 } };
