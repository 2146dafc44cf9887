/* det_attribution.c -- detector: who says what: attribution cues, named/anonymous/vague sources, direct quotes. */
#include "detect.h"
#include "engine.h"

/* Features: attribution_cue, named_source, anonymous_source, vague_attribution, direct_quote. Not yet implemented: owns nothing, so the lexicons of
 * these features are still emitted directly by det_lexicon. */
static int run(crd_doc *d)
{
	(void)d;
	return 0;
}

const detector det_attribution_detector = { "attribution", run, (const int[]){ -1 } };
