/* det_hedge.c -- detector: hedges (uncertainty cues) and boosters, disambiguated in context. */
#include "detect.h"
#include "engine.h"

/* Features: hedge, booster. Not yet implemented: owns nothing, so the lexicons of
 * these features are still emitted directly by det_lexicon. */
static int run(crd_doc *d)
{
	(void)d;
	return 0;
}

const detector det_hedge_detector = { "hedge", run, (const int[]){ -1 } };
