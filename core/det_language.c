/* det_language.c -- detector: loaded language and presentation: capitals, exclamations, clickbait titles, second person. */
#include "detect.h"
#include "engine.h"

/* Features: loaded_language, all_caps, exclamation, clickbait_title, second_person. Not yet implemented: owns nothing, so the lexicons of
 * these features are still emitted directly by det_lexicon. */
static int run(crd_doc *d)
{
	(void)d;
	return 0;
}

const detector det_language_detector = { "language", run, (const int[]){ -1 } };
