/* det_transparency.c -- detector: disclaimers, corrections and boilerplate. */
#include "detect.h"
#include "engine.h"

/* Features: disclaimer, correction, boilerplate. Not yet implemented: owns nothing, so the lexicons of
 * these features are still emitted directly by det_lexicon. */
static int run(crd_doc *d)
{
	(void)d;
	return 0;
}

const detector det_transparency_detector = { "transparency", run, (const int[]){ -1 } };
