/* det_quantity.c -- detector: numbers and dates: precise and hedged numbers, vague quantities, absolute and relative dates. */
#include "detect.h"
#include "engine.h"

/* Features: precise_number, hedged_number, vague_quantity, absolute_date, relative_date. Not yet implemented: owns nothing, so the lexicons of
 * these features are still emitted directly by det_lexicon. */
static int run(crd_doc *d)
{
	(void)d;
	return 0;
}

const detector det_quantity_detector = { "quantity", run, (const int[]){ -1 } };
