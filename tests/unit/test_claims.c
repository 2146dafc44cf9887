/* test_claims.c -- unit tests of core/det_claims.c: statements made with no source. */
#include "testutil.h"

/* Whether the sentence s of text (its first occurrence) is reported as an
 * unattributed claim, exactly over its span. */
static int claim(const char *text, const char *s)
{
	crd_result *r = tu_features(text);
	crd_evidence ev = { 0 };
	int yes = tu_find(r, "unattributed_claim", s, &ev);
	if (yes)
		assert_int_equal(ev.start, (size_t)(strstr(text, s) - text));
	if (!yes && tu_covers(r, text, "unattributed_claim", s)) {
		tu_dump(r);
		fail_msg("an unattributed_claim overlaps \"%s\" without being exactly it", s);
	}
	crd_result_free(r);
	return yes;
}

static void test_statements_with_no_source(void **state)
{
	(void)state;
	const char *t = "The reservoir held 41 percent of its capacity on Monday. Smith said the level was "
	                "the lowest in a decade. Restrictions will take effect in three counties next month.";
	assert_true(claim(t, "The reservoir held 41 percent of its capacity on Monday."));
	assert_false(claim(t, "Smith said the level was the lowest in a decade."));
	assert_true(claim(t, "Restrictions will take effect in three counties next month."));

	crd_result *r = tu_features(t);
	assert_int_equal(crd_result_count(r, "unattributed_claim", NULL), 2);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "unattributed_claim",
	                    "The reservoir held 41 percent of its capacity on Monday.", &ev));
	assert_int_equal((int)tu_attr(&ev, "words")->number, 10);
	assert_int_equal((int)tu_attr(&ev, "figures")->number, 1);
	crd_result_free(r);
}

static void test_any_source_class_counts(void **state)
{
	(void)state;
	/* inverted, anonymous, vague and "according to" attribution all give a
	 * sentence its source */
	assert_false(claim("The plant will close in March, the company said on Friday.",
	                   "The plant will close in March, the company said on Friday."));
	assert_false(claim("A senior official who asked not to be named confirmed the plant would close.",
	                   "A senior official who asked not to be named confirmed the plant would close."));
	assert_false(claim("The plant will reportedly close in March after three bad years.",
	                   "The plant will reportedly close in March after three bad years."));
	assert_false(claim("According to the union, about 400 jobs will go when the plant closes.",
	                   "According to the union, about 400 jobs will go when the plant closes."));
}

static void test_the_writers_own_word(void **state)
{
	(void)state;
	/* "I think" outside a quotation is the writer's stance: its cue says
	 * so and sources nothing; inside a quotation "I" is the speaker */
	const char *t = "I think the plan will fail badly next year. We have long believed the council "
	                "misled the public. \"I think it will fail next year,\" Smith said on Monday.";
	assert_true(claim(t, "I think the plan will fail badly next year."));
	assert_true(claim(t, "We have long believed the council misled the public."));
	crd_result *r = tu_features(t);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "attribution_cue", "believed", &ev));
	assert_non_null(tu_attr(&ev, "writer"));
	assert_null(tu_attr(&ev, "source"));
	assert_int_equal(crd_result_count(r, "unattributed_claim", NULL), 2);
	crd_result_free(r);
	r = tu_features("\"I don't think the bridge will hold for long,\" the engineer said.");
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_result_evidence(r, i, &ev);
		assert_null(tu_attr(&ev, "writer"));
	}
	crd_result_free(r);
}

/* An outlet's "can reveal" of its own story is the writer's word too; a
 * source who "revealed" something is a source. */
static void test_outlet_can_reveal(void **state)
{
	(void)state;
	const char *t =
	        "The singer has split from her boyfriend, The Star can exclusively reveal. The pair met "
	        "in May, his sister revealed on Friday.";
	crd_result *r = tu_features(t);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "attribution_cue", "reveal", &ev));
	assert_non_null(tu_attr(&ev, "writer"));
	assert_true(tu_find(r, "attribution_cue", "revealed", &ev));
	assert_null(tu_attr(&ev, "writer"));
	crd_result_free(r);
}

static void test_quotations_are_someones_words(void **state)
{
	(void)state;
	/* every sentence of a quotation, with or without a speaker */
	const char *t = "\"We have never seen the lake this low in May. If the rains fail again, we will "
	                "have to bring water in by truck,\" said Dana Whitcombe. \"It is the worst year we "
	                "have had since records began in the valley.\"";
	crd_result *r = tu_features(t);
	assert_int_equal(crd_result_count(r, "unattributed_claim", NULL), 0);
	crd_result_free(r);
}

static void test_what_is_no_statement(void **state)
{
	(void)state;
	/* a question, a line with no closing mark (a subhead), a short
	 * sentence, a colon that opens a list */
	const char *t = "Is the region prepared for another dry year of this kind?\n\n"
	                "What happens next in the valley and the towns around it\n\n"
	                "The rains failed.\n\n"
	                "The county has three options on the table for the summer:\n\n"
	                "Farmers in the valley have already cut irrigation by a quarter!";
	assert_false(claim(t, "Is the region prepared for another dry year of this kind?"));
	assert_false(claim(t, "What happens next in the valley and the towns around it"));
	assert_false(claim(t, "The rains failed."));
	assert_false(claim(t, "The county has three options on the table for the summer:"));
	assert_true(claim(t, "Farmers in the valley have already cut irrigation by a quarter!"));
}

/* A signpost to what the page goes on to give states nothing of its own;
 * one that goes on past a few words to make a point does. */
static void test_signposts_are_no_statement(void **state)
{
	(void)state;
	const char *t =
	        "The reservoir at Dunmore fell to a third of its capacity in August.\n\n"
	        "Here's what we know so far.\n\n"
	        "Here are four things to watch this week.\n\n"
	        "Here is why the drought matters more to the farms than to the towns downstream of it.";
	assert_true(claim(t, "The reservoir at Dunmore fell to a third of its capacity in August."));
	assert_false(claim(t, "Here's what we know so far."));
	assert_false(claim(t, "Here are four things to watch this week."));
	assert_true(claim(
	        t, "Here is why the drought matters more to the farms than to the towns downstream of it."));
}

static void test_zones_and_notices(void **state)
{
	(void)state;
	/* a dateline opening the sentence is left out of the item; a
	 * disclaimer and page furniture are no claims */
	const char *t =
	        "Reservoir levels fall\n\n"
	        "RIVERTON (Reuters) - The Millbrook reservoir held 41 percent of its capacity on Monday.\n\n"
	        "This report could not be independently verified by the newspaper.\n\n"
	        "Share this article with your friends on Facebook and Twitter today.\n\n"
	        "The views expressed in this article are those of the author alone.";
	assert_true(claim(t, "The Millbrook reservoir held 41 percent of its capacity on Monday."));
	assert_false(claim(t, "This report could not be independently verified by the newspaper."));
	assert_false(claim(t, "Share this article with your friends on Facebook and Twitter today."));
	assert_false(claim(t, "The views expressed in this article are those of the author alone."));
}

static void test_figures_are_counts_sums_and_shares(void **state)
{
	(void)state;
	/* years, dates and ordinals are not figures; quantities with no number
	 * are */
	const char *t = "In 2011 the 3rd Brigade left the town on June 4 without a fight. "
	                "Dozens of farms closed and about $12 million in loans went unpaid.";
	crd_result *r = tu_features(t);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "unattributed_claim",
	                    "In 2011 the 3rd Brigade left the town on June 4 without a fight.", &ev));
	assert_int_equal((int)tu_attr(&ev, "figures")->number, 0);
	assert_true(tu_find(r, "unattributed_claim",
	                    "Dozens of farms closed and about $12 million in loans went unpaid.", &ev));
	assert_int_equal((int)tu_attr(&ev, "figures")->number, 2);
	crd_result_free(r);
}

static void test_long_document_stays_linear(void **state)
{
	(void)state;
	/* one long quotation over many sentences, then many plain ones: every
	 * plain sentence is an item, none inside the quotation */
	size_t n = 2000, unit = 64;
	char *buf = malloc(2 * n * unit + 16);
	assert_non_null(buf);
	size_t k = 0;
	buf[k++] = '"';
	for (size_t i = 0; i < n; i++)
		k += (size_t)sprintf(buf + k, "The water fell again on day %zu of the dry season. ", i);
	k += (size_t)sprintf(buf + k, "\" said Smith.\n\n");
	for (size_t i = 0; i < n; i++)
		k += (size_t)sprintf(buf + k, "The water fell again on day %zu of the dry season. ", i);
	buf[k] = '\0';
	crd_result *r = tu_features(buf);
	assert_int_equal(crd_result_count(r, "unattributed_claim", NULL), n);
	crd_result_free(r);
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_statements_with_no_source),
		cmocka_unit_test(test_any_source_class_counts),
		cmocka_unit_test(test_the_writers_own_word),
		cmocka_unit_test(test_outlet_can_reveal),
		cmocka_unit_test(test_quotations_are_someones_words),
		cmocka_unit_test(test_what_is_no_statement),
		cmocka_unit_test(test_signposts_are_no_statement),
		cmocka_unit_test(test_zones_and_notices),
		cmocka_unit_test(test_figures_are_counts_sums_and_shares),
		cmocka_unit_test(test_long_document_stays_linear),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	tu_teardown();
	return rc;
}
