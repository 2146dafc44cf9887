/* test_doc.c -- unit tests of core/doc.c: evidence items and attributes, finishing, lookups, warnings. */
#include "check_result.h"

#include "doc.h"
#include "testdoc.h"
#include "engine.h"
#include "segment.h"
#include "text.h"
#include "util.h"


/* A segmented document with one body zone, or the zones given as
 * (start, kind) pairs ending with a -1 start. */
static crd_doc *load(const char *text, const int *zones)
{
	doc_reset(&doc);
	doc.text = text;
	doc.len = strlen(text);
	assert_int_equal(txt_fold(&doc.view, text, doc.len, NULL, NULL), 0);
	assert_int_equal(txt_lines_build(&doc.lines, text, doc.len), 0);
	assert_int_equal(seg_tokenize(&doc), 0);
	assert_int_equal(seg_split(&doc), 0);
	if (!zones) {
		zone_span *z = vec_push(&doc.zones);
		z->s = 0;
		z->e = (uint32_t)doc.len;
		z->kind = ZONE_BODY;
	} else {
		for (size_t i = 0; zones[2 * i] >= 0; i++) {
			zone_span *z = vec_push(&doc.zones);
			z->s = (uint32_t)zones[2 * i];
			z->e = zones[2 * i + 2] >= 0 ? (uint32_t)zones[2 * i + 2] : (uint32_t)doc.len;
			z->kind = zones[2 * i + 1];
		}
	}
	return &doc;
}

static const ev_attr *attr(const crd_doc *d, size_t item, const char *key)
{
	const ev_item *it = &d->ev.v[item];
	for (uint32_t k = 0; k < it->nattr; k++)
		if (strcmp(d->attrs.v[it->attr0 + k].key, key) == 0)
			return &d->attrs.v[it->attr0 + k];
	return NULL;
}

static void test_add_and_clamp(void **state)
{
	(void)state;
	crd_doc *d = load("Twelve bytes", NULL);
	assert_int_equal(doc_add(d, F_HEDGE, 0, 6), 0);
	assert_int_equal(doc_add(d, F_HEDGE, 7, 12), 1);
	assert_int_equal(d->finished, 0);
	/* Bad spans from a buggy detector are clamped into the document. */
	uint32_t i = doc_add(d, F_HEDGE, 5, 100);
	assert_int_equal(d->ev.v[i].s, 5);
	assert_int_equal(d->ev.v[i].e, 12);
	i = doc_add(d, F_HEDGE, 50, 60);
	assert_int_equal(d->ev.v[i].s, 12);
	assert_int_equal(d->ev.v[i].e, 12);
	i = doc_add(d, F_HEDGE, 8, 3);
	assert_int_equal(d->ev.v[i].s, 8);
	assert_int_equal(d->ev.v[i].e, 8);
	/* A bad feature id adds nothing. */
	assert_int_equal(doc_add(d, -1, 0, 1), UINT32_MAX);
	assert_int_equal(d->ev.n, 5);
	assert_int_equal(d->nomem, 0);
	assert_int_equal(doc_finish(d), CRD_OK);
	assert_int_equal(d->ev.n, 5);
}

static void test_attributes(void **state)
{
	(void)state;
	crd_doc *d = load("at least 400 soldiers", NULL);
	uint32_t i = doc_add(d, F_HEDGED_NUMBER, 0, 12);
	doc_attr_num(d, i, "low", 400);
	doc_attr_str(d, i, "hedge", "lower_bound");
	doc_attr_bool(d, i, "exact", 0);
	doc_attr_null(d, i, "high");
	char word[] = "soldiers";
	doc_attr_strn(d, i, "unit", word, 8);
	word[0] = 'X'; /* the attribute is a copy */
	doc_attr_str(d, i, "hedge", NULL); /* a NULL string is a null */
	doc_attr_num(d, i, "low", 401);    /* setting a key again replaces it */
	/* Attributes of an item that does not exist are ignored. */
	doc_attr_num(d, 99, "low", 1);
	doc_attr_str(d, UINT32_MAX, "x", "y");
	assert_int_equal(doc_finish(d), CRD_OK);
	assert_int_equal(d->ev.v[0].nattr, 5);
	assert_int_equal(attr(d, 0, "low")->type, ATTR_NUM);
	assert_near(attr(d, 0, "low")->num, 401, 0);
	assert_int_equal(attr(d, 0, "hedge")->type, ATTR_NULL);
	assert_int_equal(attr(d, 0, "exact")->type, ATTR_BOOL);
	assert_int_equal(attr(d, 0, "high")->type, ATTR_NULL);
	assert_string_equal(attr(d, 0, "unit")->str, "soldiers");
	/* They keep the order they were set in. */
	assert_string_equal(d->attrs.v[d->ev.v[0].attr0].key, "low");
	assert_string_equal(d->attrs.v[d->ev.v[0].attr0 + 4].key, "unit");
}

static void test_finish_sorts(void **state)
{
	(void)state;
	crd_doc *d = load("One sentence here. Another one there. A third.", NULL);
	/* Added out of order, with attributes that must follow their item. */
	uint32_t a = doc_add(d, F_PLACE, 30, 35);
	doc_attr_num(d, a, "n", 1);
	uint32_t b = doc_add(d, F_HEDGE, 4, 12);
	doc_attr_num(d, b, "n", 2);
	uint32_t c = doc_add(d, F_BOOSTER, 4, 12);
	doc_attr_num(d, c, "n", 3);
	uint32_t e = doc_add(d, F_HEDGE, 4, 8);
	doc_attr_num(d, e, "n", 4);
	uint32_t f = doc_add(d, F_HEDGE, 0, 3);
	doc_attr_num(d, f, "n", 5);
	doc_attr_num(d, f, "m", 5);
	uint32_t g = doc_add(d, F_HEDGE, 0, 3); /* an exact duplicate: insertion order decides */
	doc_attr_num(d, g, "n", 6);
	uint32_t r = doc_add(d, F_ALL_CAPS, 40, 45);
	doc_attr_num(d, r, "n", 7);
	doc_remove(d, r);
	doc_remove(d, 12345); /* out of range: ignored */
	assert_int_equal(doc_finish(d), CRD_OK);
	assert_int_equal(d->finished, 1);
	/* start, then feature id, then end, then insertion. */
	static const struct {
		uint32_t s, e;
		int f;
		double n;
	} want[] = {
		{ 0, 3, F_HEDGE, 5 }, { 0, 3, F_HEDGE, 6 }, { 4, 8, F_HEDGE, 4 },
		{ 4, 12, F_HEDGE, 2 }, { 4, 12, F_BOOSTER, 3 }, { 30, 35, F_PLACE, 1 },
	};
	assert_int_equal(d->ev.n, CRD_ARRAY_LEN(want));
	for (size_t i = 0; i < CRD_ARRAY_LEN(want); i++) {
		assert_int_equal(d->ev.v[i].s, want[i].s);
		assert_int_equal(d->ev.v[i].e, want[i].e);
		assert_int_equal(d->ev.v[i].feature, want[i].f);
		assert_near(attr(d, i, "n")->num, want[i].n, 0);
	}
	assert_int_equal(d->ev.v[0].nattr, 2);
	assert_int_equal(d->attrs.n, 7);
	/* Sentences by offset. */
	assert_int_equal(d->ev.v[0].sent, 0);
	assert_int_equal(d->ev.v[5].sent, 1);
	/* Counts. */
	assert_int_equal(doc_count(d, F_HEDGE, -1), 4);
	assert_int_equal(doc_count(d, F_HEDGE, ZONE_BODY), 4);
	assert_int_equal(doc_count(d, F_HEDGE, ZONE_ADVERT), 0);
	assert_int_equal(doc_count(d, F_ALL_CAPS, -1), 0);
	assert_int_equal(doc_count(d, -1, -1), 0);
	assert_int_equal(doc_count(d, 100000, -1), 0);
	assert_int_equal(doc_count(d, F_HEDGE, ZONE_COUNT), 0);

	/* Finishing again is harmless; adding re-opens, finishing again keeps
	 * everything grouped. */
	assert_int_equal(doc_finish(d), CRD_OK);
	assert_int_equal(d->ev.n, 6);
	uint32_t h = doc_add(d, F_HEDGE, 2, 3);
	assert_int_equal(d->finished, 0);
	doc_attr_num(d, h, "n", 8);
	doc_attr_num(d, 0, "late", 1); /* an attribute added to an old item after finishing */
	assert_int_equal(doc_finish(d), CRD_OK);
	assert_int_equal(d->ev.n, 7);
	assert_int_equal(d->ev.v[2].s, 2);
	assert_near(attr(d, 2, "n")->num, 8, 0);
	assert_near(attr(d, 0, "n")->num, 5, 0);
	assert_non_null(attr(d, 0, "late"));
	assert_near(attr(d, 6, "n")->num, 1, 0);
	assert_int_equal(doc_count(d, F_HEDGE, -1), 5);
}

static void test_finish_zones(void **state)
{
	(void)state;
	const char *text = "Body text here.\nALSO READ: elsewhere\nMore body.";
	const int zones[] = { 0, ZONE_BODY, 16, ZONE_RELATED_LINK, 37, ZONE_BODY, -1, -1 };
	crd_doc *d = load(text, zones);
	doc_add(d, F_HEDGE, 0, 4);
	doc_add(d, F_HEDGE, 16, 25);
	doc_add(d, F_BOILERPLATE, 16, 25);
	doc_add(d, F_HEDGE, 37, 41);
	doc_add(d, F_HEDGE, 36, 40); /* starts on the last byte of the link zone */
	assert_int_equal(doc_finish(d), CRD_OK);
	assert_int_equal(d->ev.v[0].zone, ZONE_BODY);
	assert_int_equal(d->ev.v[1].zone, ZONE_RELATED_LINK);
	assert_int_equal(d->ev.v[3].zone, ZONE_RELATED_LINK);
	assert_int_equal(d->ev.v[4].zone, ZONE_BODY);
	assert_int_equal(doc_count(d, F_HEDGE, ZONE_BODY), 2);
	assert_int_equal(doc_count(d, F_HEDGE, ZONE_RELATED_LINK), 2);
	assert_int_equal(doc_count(d, F_HEDGE, -1), 4);
	assert_int_equal(doc_zone_at(d, 0), ZONE_BODY);
	assert_int_equal(doc_zone_at(d, 15), ZONE_BODY);
	assert_int_equal(doc_zone_at(d, 16), ZONE_RELATED_LINK);
	assert_int_equal(doc_zone_at(d, 36), ZONE_RELATED_LINK);
	assert_int_equal(doc_zone_at(d, 37), ZONE_BODY);
	assert_int_equal(doc_zone_at(d, (uint32_t)d->len), ZONE_BODY);
}

static void test_lookups(void **state)
{
	(void)state;
	const char *text = "First one. Second one.\n\nThird one.";
	crd_doc *d = load(text, NULL);
	assert_int_equal(d->sents.n, 3);
	assert_int_equal(doc_sentence_at(d, 0), 0);
	assert_int_equal(doc_sentence_at(d, 9), 0);
	assert_int_equal(doc_sentence_at(d, 10), 0); /* the space between belongs to the one before */
	assert_int_equal(doc_sentence_at(d, 11), 1);
	assert_int_equal(doc_sentence_at(d, 24), 2);
	assert_int_equal(doc_sentence_at(d, 10000), 2);
	/* doc_token_at: the first token starting at or after off. */
	assert_int_equal(doc_token_at(d, 0), 0);
	assert_int_equal(doc_token_at(d, 1), 1); /* inside "First": the next token */
	assert_int_equal(doc_token_at(d, 6), 1);
	assert_int_equal(doc_token_at(d, 10000), d->toks.n);
	assert_true(doc_tok_is(d, &d->toks.v[0], "first"));
	assert_false(doc_tok_is(d, &d->toks.v[0], "First"));
	assert_false(doc_tok_is(d, &d->toks.v[0], "firs"));
	assert_false(doc_tok_is(d, &d->toks.v[0], "firsts"));
	size_t n;
	const char *t = doc_tok_text(d, &d->toks.v[1], &n);
	assert_int_equal(n, 3);
	assert_memory_equal(t, "one", 3);

	/* An empty document: lookups answer without tokens or sentences. */
	d = load("", NULL);
	assert_int_equal(doc_sentence_at(d, 0), 0);
	assert_int_equal(doc_token_at(d, 0), 0);
	doc.zones.n = 0;
	assert_int_equal(doc_zone_at(d, 0), ZONE_BODY);
	assert_int_equal(doc_finish(d), CRD_OK);
}

/* The month, weekday and clock words every detector's dates and
 * timestamps share: names in full or cut short as news copy writes them,
 * only with a capital, and nothing that merely begins like one. */
static void test_date_words(void **state)
{
	(void)state;
	crd_doc *d =
	        load("June Sept. Jan Tues Thurs Friday May may Marc Thursd march p.m. noon At then", NULL);
	const tok *t = d->toks.v;
	int abbr;
	assert_int_equal(doc_tok_month(d, &t[0], &abbr), 6);
	assert_false(abbr);
	assert_int_equal(doc_tok_month(d, &t[1], &abbr), 9); /* "Sept." is one token */
	assert_true(abbr);
	assert_int_equal(doc_tok_month(d, &t[2], &abbr), 1);
	assert_true(abbr);
	assert_int_equal(doc_tok_weekday(d, &t[3], &abbr), 2);
	assert_true(abbr);
	assert_int_equal(doc_tok_weekday(d, &t[4], &abbr), 4);
	assert_int_equal(doc_tok_weekday(d, &t[5], &abbr), 5);
	assert_false(abbr);
	assert_int_equal(doc_tok_month(d, &t[6], &abbr), 5);
	assert_int_equal(doc_tok_month(d, &t[7], &abbr), 0); /* the modal */
	assert_int_equal(doc_tok_month(d, &t[8], &abbr), 0); /* a given name, not "March" cut short */
	assert_false(abbr);
	assert_int_equal(doc_tok_weekday(d, &t[9], &abbr), 0);
	assert_int_equal(doc_tok_month(d, &t[10], &abbr), 0); /* the verb */
	assert_int_equal(doc_tok_weekday(d, &t[5], &abbr), 5);
	assert_int_equal(doc_tok_month(d, &t[5], &abbr), 0);
	assert_true(doc_tok_clock(d, &t[11]));
	assert_true(doc_tok_clock(d, &t[12]));
	assert_true(doc_tok_clock(d, &t[13]));
	assert_false(doc_tok_clock(d, &t[14]));
	assert_string_equal(doc_month_names[11], "december");
	assert_string_equal(doc_weekday_names[0], "monday");
}

static void test_zone_names(void **state)
{
	(void)state;
	for (int k = 0; k < ZONE_COUNT; k++) {
		const char *n = zone_name(k);
		assert_string_not_equal(n, "unknown");
		assert_int_equal(zone_lookup(n), k);
	}
	assert_string_equal(zone_name(ZONE_BODY), "body");
	assert_string_equal(zone_name(-1), "unknown");
	assert_string_equal(zone_name(ZONE_COUNT), "unknown");
	assert_int_equal(zone_lookup("nope"), -1);
	assert_int_equal(zone_lookup(""), -1);
}

static void test_warnings(void **state)
{
	(void)state;
	crd_doc *d = load("text", NULL);
	for (int i = 0; i < DOC_MAX_WARNINGS + 25; i++)
		doc_warn(d, "invalid_utf8", i, "bad byte at %d", i);
	doc_warn(d, "nul_byte", 3, "a NUL with a long message %s", "x");
	assert_int_equal(d->warnings.n, DOC_MAX_WARNINGS + 1);
	assert_int_equal(d->suppressed_warnings, 25);
	assert_string_equal(d->warnings.v[7].message, "bad byte at 7");
	assert_int_equal(d->warnings.v[7].offset, 7);
	assert_string_equal(d->warnings.v[DOC_MAX_WARNINGS].code, "nul_byte");
	/* A long message is cut, not overflowed. */
	char big[1000];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	doc_warn(d, "long", -1, "%s", big);
	assert_true(strlen(d->warnings.v[d->warnings.n - 1].message) < 300);
	/* A reset forgets everything. */
	unsigned gen = d->generation;
	d = load("more", NULL);
	assert_int_equal(d->warnings.n, 0);
	assert_int_equal(d->suppressed_warnings, 0);
	assert_int_equal(d->ev.n, 0);
	assert_true(d->generation != gen);
}

/* Many items and attributes, as a long document would have: the finishing
 * pass is a sort plus linear passes, and every attribute follows its item. */
static void test_many(void **state)
{
	(void)state;
	static char text[200001];
	for (size_t i = 0; i < sizeof text - 1; i++)
		text[i] = (i % 10 == 9) ? ' ' : (i % 200 == 198) ? '.' : 'a';
	text[sizeof text - 1] = '\0';
	crd_doc *d = load(text, NULL);
	uint64_t x = 88172645463325252ull;
	for (uint32_t i = 0; i < 50000; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		uint32_t s = (uint32_t)(x % 199990);
		uint32_t it = doc_add(d, (int)(x % F_BUILTIN_COUNT), s, s + 5);
		doc_attr_num(d, it, "id", i);
		doc_attr_num(d, it, "start", s);
		if (i % 3 == 0)
			doc_remove(d, it);
	}
	assert_int_equal(doc_finish(d), CRD_OK);
	assert_int_equal(d->nomem, 0);
	assert_int_equal(d->ev.n, 50000 - 16667);
	for (size_t i = 0; i < d->ev.n; i++) {
		const ev_item *it = &d->ev.v[i];
		if (i)
			assert_true(d->ev.v[i - 1].s <= it->s);
		assert_int_equal(it->nattr, 2);
		assert_near(attr(d, i, "start")->num, it->s, 0);
		assert_int_equal((uint32_t)attr(d, i, "id")->num % 3 != 0, 1);
		assert_true(it->sent < d->sents.n);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_add_and_clamp), cmocka_unit_test(test_attributes),
		cmocka_unit_test(test_finish_sorts),  cmocka_unit_test(test_finish_zones),
		cmocka_unit_test(test_lookups),       cmocka_unit_test(test_date_words),
		cmocka_unit_test(test_zone_names),    cmocka_unit_test(test_warnings),
		cmocka_unit_test(test_many),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
