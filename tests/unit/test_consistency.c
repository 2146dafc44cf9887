/* test_consistency.c -- unit tests of core/det_consistency.c: one name spelled two ways. */
#include "testutil.h"

static int variant(const char *text, const char *word)
{
	crd_result *r = tu_features(text);
	int yes = tu_find(r, "name_variant", word, NULL);
	crd_result_free(r);
	return yes;
}

static size_t variants(const char *text)
{
	crd_result *r = tu_features(text);
	size_t n = crd_result_count(r, "name_variant", NULL);
	crd_result_free(r);
	return n;
}

static void test_transliteration_with_prefix(void **state)
{
	(void)state;
	const char *t = "Militants entered the Al-Nashwa district at dawn. By noon the army had cut off "
	                "Al-Nishwa from the centre, and fighting in Al-Nishwa went on all night.";
	crd_result *r = tu_features(t);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "name_variant", "Al-Nishwa", &ev));
	assert_int_equal(ev.start, (size_t)(strstr(t, "Al-Nishwa") - t));
	assert_string_equal(tu_attr(&ev, "other")->string, "Al-Nashwa");
	assert_int_equal((size_t)tu_attr(&ev, "other_start")->number, (size_t)(strstr(t, "Al-Nashwa") - t));
	assert_int_equal((int)tu_attr(&ev, "count")->number, 2);
	assert_int_equal(crd_result_count(r, "name_variant", NULL), 1);
	crd_result_free(r);
}

static void test_doubled_consonant_same_context(void **state)
{
	(void)state;
	assert_true(variant("Campaign manager Patti Sollis Darrow spoke first. Later, Patti Solis Darrow "
	                    "said the memo was never sent.",
	                    "Solis"));
	assert_true(variant("Rudy Giurato spoke at the rally. Later Guirato told reporters he was "
	                    "not worried.",
	                    "Guirato"));
}

static void test_different_words_that_are_close(void **state)
{
	(void)state;
	assert_int_equal(variants("Troops left Iran for Iraq, and aid from Iraq reached Iran."), 0);
	assert_int_equal(variants("The team flew from Austria to Australia, then back to Austria."), 0);
	/* Known limit, documented: "Colombia" / "Columbia" differ in one vowel
	 * and are flagged unless their neighbours tell two names apart. */
}

static void test_plurals_possessives_demonyms(void **state)
{
	(void)state;
	assert_int_equal(variants("Donald Harlow met voters. The Harlows left early. Harlow's plane waited."),
	                 0);
	assert_int_equal(variants("Israel said Israeli jets struck the site. Israel denied it later."), 0);
	assert_int_equal(variants("Pakistan and Pakistani officials met. Democrats and Democratic leaders agreed."),
	                 0);
}

static void test_short_names_and_two_people(void **state)
{
	(void)state;
	/* Five letters each: could be two people. */
	assert_int_equal(variants("John Smith and Anna Smyth both testified on Monday."), 0);
	/* Two people: each spelling stands beside another name. */
	assert_int_equal(variants("Hilary Rowan praised the plan. Hillary Whitford said she would sign it. "
	                          "Later, Hilary Rowan and Hillary Whitford met."),
	                 0);
}

static void test_common_words_are_not_names(void **state)
{
	(void)state;
	/* "Labour" also written in lower case: a common word. */
	assert_int_equal(variants("Labor costs rose. The labour market in Britain is tight, and Labour "
	                          "leaders said so."),
	                 0);
	/* Only at sentence starts: no sign it is a name. */
	assert_int_equal(variants("Following the vote, officials left. Folowing that, nothing happened."), 0);
}

static void test_spelling_that_only_opens_sentences(void **state)
{
	(void)state;
	/* The second spelling opens a sentence only; the first is a name inside one. */
	assert_true(variant(
	        "Volodymyr Kovalensky met Joe Brandt on Monday. Kovalenskyy said the talks went well.",
	        "Kovalenskyy"));
}

static void test_arabic_q_and_dh(void **state)
{
	(void)state;
	/* q written g, dd written dh: one name transliterated three ways. */
	assert_true(
	        variant("Hamid Gaddami led the council for decades. Qaddami retired in 2019.", "Qaddami"));
	assert_true(
	        variant("Aides said Hamid Qaddami had left. Later, Gadhami was seen in Sirte.", "Gadhami"));
}

static void test_long_document_stays_bounded(void **state)
{
	(void)state;
	/* Many capitalised words sharing a skeleton: bounded work, no crash. */
	static char buf[200000];
	size_t n = 0;
	const char *forms[] = { "Barada", "Baradi", "Barado", "Baredo", "Biradu", "Buradi", "Boradu",
		                "Barida", "Baroda", "Burado" };
	for (int i = 0; i < 4000 && n + 64 < sizeof buf; i++)
		n += (size_t)snprintf(buf + n, sizeof buf - n, "Troops reached %s today. ", forms[i % 10]);
	crd_result *r = tu_features(buf);
	assert_true(crd_result_count(r, "name_variant", NULL) <= 10);
	crd_result_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_transliteration_with_prefix),
		cmocka_unit_test(test_doubled_consonant_same_context),
		cmocka_unit_test(test_different_words_that_are_close),
		cmocka_unit_test(test_plurals_possessives_demonyms),
		cmocka_unit_test(test_short_names_and_two_people),
		cmocka_unit_test(test_common_words_are_not_names),
		cmocka_unit_test(test_spelling_that_only_opens_sentences),
		cmocka_unit_test(test_arabic_q_and_dh),
		cmocka_unit_test(test_long_document_stays_bounded),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	tu_teardown();
	return rc;
}
