/* test_transparency.c -- unit tests of core/det_transparency.c: disclaimers, corrections, boilerplate. */
#include "testutil.h"

static int has(const char *text, const char *feature, const char *word)
{
	crd_result *r = tu_features(text);
	int yes = tu_covers(r, text, feature, word);
	crd_result_free(r);
	return yes;
}

/* The kind attribute of the first item of feature, or "" when none. */
static const char *kind_of(const char *text, const char *feature)
{
	static char kind[32];
	crd_result *r = tu_features(text);
	crd_evidence ev = { 0 };
	kind[0] = '\0';
	if (tu_find(r, feature, NULL, &ev)) {
		const crd_attr *a = tu_attr(&ev, "kind");
		if (a && a->type == CRD_ATTR_STRING)
			snprintf(kind, sizeof kind, "%s", a->string);
	}
	crd_result_free(r);
	return kind;
}

static size_t count_of(const char *text, const char *feature)
{
	crd_result *r = tu_features(text);
	size_t n = crd_result_count(r, feature, NULL);
	crd_result_free(r);
	return n;
}

static void test_unverified(void **state)
{
	(void)state;
	const char *t = "The video, which could not be independently verified, shows a convoy.";
	assert_true(has(t, "disclaimer", "could not be independently verified"));
	assert_string_equal(kind_of(t, "disclaimer"), "unverified");
	assert_true(has("Reuters was unable to verify the claim.", "disclaimer", "unable to verify"));
	/* other wordings of the caveat, negated before the verb or after the noun */
	assert_true(
	        has("The toll cannot be independently confirmed.", "disclaimer", "cannot be independently"));
	assert_true(has("The agency has not been able to independently verify the list.", "disclaimer",
	                "has not been able to"));
	assert_true(has("Independent verification of the toll was not possible.", "disclaimer",
	                "Independent verification"));
	assert_int_equal(count_of("The ballots were independently verified by two firms.", "disclaimer"), 0);
	assert_int_equal(
	        count_of("Independent verification showed the toll was right, not inflated.", "disclaimer"),
	        0);
}

static void test_views_with_the_name(void **state)
{
	(void)state;
	const char *t = "Comments represent the view of the commenter and not necessarily the views of AMN.";
	/* One item over both phrases of the sentence, ending with the name. */
	crd_result *r = tu_features(t);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "disclaimer", NULL, &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "views");
	assert_int_equal(ev.end, (size_t)(strstr(t, "AMN") - t) + 3);
	assert_int_equal(crd_result_count(r, "disclaimer", NULL), 1);
	crd_result_free(r);
	assert_true(has("The views are not necessarily those of the Foreign Policy Institute.", "disclaimer",
	                "Institute"));
	assert_true(has("The views expressed here are the author's own.", "disclaimer", "views expressed"));
	/* Said once, counted once. */
	assert_int_equal(count_of("The views expressed in this article are solely those of the author.",
	                          "disclaimer"), 1);
	/* A senator's views are not a disclaimer. */
	assert_false(has("The views expressed by the senator drew applause.", "disclaimer", "views expressed"));
}

static void test_views_of_an_editorial_board(void **state)
{
	(void)state;
	/* An opinion page's note on whose its editorials are, with the board's name. */
	const char *t = "Editorials represent the views of the Ashford Ledger Editorial Board.";
	assert_true(has(t, "disclaimer", "Board"));
	assert_string_equal(kind_of(t, "disclaimer"), "views");
	assert_true(has("This editorial reflects the opinion of the board.", "disclaimer", "This editorial"));
	assert_true(has("The board operates independently of the newsroom.", "disclaimer", "newsroom"));
	/* A newsroom's other work is no disclaimer. */
	assert_int_equal(count_of("The newsroom moved to a new building in May.", "disclaimer"), 0);
}

/* A columnist's own views, said with a pronoun. */
static void test_views_are_his_own(void **state)
{
	(void)state;
	const char *t = "His opinions are his own and are separate from those of the Editorial Board.";
	assert_true(has(t, "disclaimer", "His opinions"));
	assert_true(has(t, "disclaimer", "Editorial Board"));
	assert_string_equal(kind_of(t, "disclaimer"), "views");
	assert_true(has("Her views are her own.", "disclaimer", "Her views"));
	/* a choice that is someone's own is no disclaimer */
	assert_int_equal(count_of("The decision to run again was his own.", "disclaimer"), 0);
}

static void test_sponsored_label_not_participle(void **state)
{
	(void)state;
	assert_true(has("Sponsored by Acme Bank\n\nSaving early pays off, advisers say.", "disclaimer",
	                "Sponsored"));
	assert_true(has("SPONSORED CONTENT\n\nTen ways to cut your energy bill.", "disclaimer", "SPONSORED"));
	assert_false(has("Officials blamed a state-sponsored attack on the grid.", "disclaimer", "sponsored"));
	assert_false(has("The video, sponsored by a pressure group, was released on Monday.", "disclaimer",
	                  "sponsored"));
	assert_false(has("She co-sponsored the bill in 2005.", "disclaimer", "sponsored"));
	assert_false(has("The group sponsored three debates last year.", "disclaimer", "sponsored"));
	/* a link in the page's footer row labels no article */
	assert_false(has("The council said the water is safe.\n\nSponsored Content | Privacy | Terms\n",
	                 "disclaimer", "Sponsored"));
	/* so in a page whose lines were run together with wide gaps */
	assert_false(has("The council said the water is safe.   Sponsored Content  |  Privacy  |  Terms  |  "
	                 "About Us   The mayor said repairs would start soon.",
	                 "disclaimer", "Sponsored"));
	assert_true(has("Sponsored Content | Acme Bank\n\nSaving early pays off, advisers say.", "disclaimer",
	                "Sponsored"));
}

static void test_correction_notice_not_market_correction(void **state)
{
	(void)state;
	const char *t = "The mill closed in 1998.\n\nCorrection: An earlier version of this article gave the "
	                "wrong year for the closure.";
	assert_true(has(t, "correction", "Correction"));
	assert_string_equal(kind_of(t, "correction"), "correction");
	/* The heading and the sentence are one notice. */
	assert_int_equal(count_of(t, "correction"), 1);
	assert_false(has("Analysts expect the correction in the stock market to continue.", "correction",
	                 "correction"));
	assert_false(has("Correction officers said the prison was understaffed.", "correction", "Correction"));
	assert_false(has("The company issued an update on its quarterly results.", "correction", "update"));
}

static void test_update_notices(void **state)
{
	(void)state;
	assert_true(has("The vote was delayed.\n\nThis story has been updated with a statement from the mayor.",
	                "correction", "This story has been updated"));
	assert_string_equal(kind_of("Fires spread overnight. UPDATE: The fire is now contained.", "correction"),
	                    "update");
	/* "We regret the error" closes a notice that already has its item. */
	assert_int_equal(count_of("The mill closed.\n\nCorrection: The mill closed in 1998, not 1989. "
	                          "We regret the error.",
	                          "correction"),
	                 1);
	assert_false(has("Police made two arrests. We regret the error.", "correction", "We regret"));
	/* Software updated, not a page. */
	assert_false(has("The app has been updated to fix the flaw.", "correction", "has been updated"));
	/* A time between the label word and its colon, or "Updated at ... with". */
	const char *t = "The river rose all night.\n\nUPDATE, 6:15 a.m.: The levee held, the county said.\n\n"
	                "Crews stayed on the banks.";
	assert_string_equal(kind_of(t, "correction"), "update");
	assert_true(has(t, "correction", "The levee held"));
	t = "The river rose all night.\n\nUpdated at 9 a.m. with the county's figures.\n\nCrews stayed on "
	    "the banks.";
	assert_string_equal(kind_of(t, "correction"), "update");
	/* A timestamp under the label says when, not what changed. */
	t = "Ferry fares rise\nBy Jane Doe\n09/14/2025 05:00 AM EDT\nUpdated: 09/14/2025 11:42 AM EDT\n\n"
	    "Fares will rise in June, the port said.";
	assert_int_equal(count_of(t, "correction"), 0);
	assert_string_equal(
	        kind_of("The port met on Monday.\n\nUpdated: Oct. 3, 2025 - with the port's figures.",
	                "correction"),
	        "update");
	/* A live page's stamped entry stays in the body and still gives its notice. */
	t = "Three people were hurt, police said.\n\nUPDATE 4:55 p.m.: Fire Chief Ana Ruiz said the gas "
	    "line had been shut.\n\nCrews stayed on the street.";
	assert_string_equal(kind_of(t, "correction"), "update");
	assert_true(has(t, "correction", "UPDATE 4:55 p.m.: Fire Chief"));
	/* A figure after the word is no time of a notice without its colon. */
	assert_false(has("The river rose.\n\nUpdate 2 of the app ships today, the firm said.", "correction",
	                 "Update"));
	/* The page speaking of itself with "the" on a line of its own gives a
	 * notice; inside a report's sentence it is somebody else's article. */
	t = "Five people died, police said.\n\nThe article was updated with the latest death toll at "
	    "17:30.";
	assert_string_equal(kind_of(t, "correction"), "update");
	assert_false(has("Five people died.\n\nThe company said the article was updated after complaints.",
	                 "correction", "the article was updated"));
	/* "Updated" that opens a report's sentence. */
	assert_false(has("The river rose all night.\n\nUpdated maps show the flood zone.", "correction",
	                 "Updated"));
}

static void test_note_words_only_in_a_note(void **state)
{
	(void)state;
	/* "misstated" in a note is a correction; in a report it is not. */
	assert_true(has("The trial resumed.\n\nEditor's note: This article misstated the judge's name.",
	                "correction", "misstated"));
	assert_false(has("The senator misstated the budget figures during the debate.", "correction",
	                 "misstated"));
}

static void test_boilerplate_per_zone(void **state)
{
	(void)state;
	const char *t = "The port reopened on Monday after a two-day strike.\n\n"
	                "Related: Dock workers vote on new contract\n\n"
	                "Shipping firms said delays would last a week.\n";
	crd_result *r = tu_features(t);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "boilerplate", "Related: Dock workers vote on new contract", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "related_link");
	assert_string_equal(ev.zone, "related_link");
	assert_false(tu_covers(r, t, "boilerplate", "Shipping firms"));
	crd_result_free(r);
}

static void test_disclosure_label(void **state)
{
	(void)state;
	/* "Disclaimer:" over a note is the page's disclosure. */
	const char *t = "The clinic opened in May.\n\n"
	                "Disclaimer: This series is funded by a grant from a health charity.\n";
	assert_string_equal(kind_of(t, "disclaimer"), "disclosure");
	assert_true(has(t, "disclaimer", "Disclaimer"));
	/* The word in a report's sentence is no label. */
	assert_false(has("The clinic opened in May.\n\nDisclosure of the records came late, the lawyer said.",
	                 "disclaimer", "Disclosure"));
	/* A wire's note that it alone answers for what a funded desk prints. */
	t = "The clinic opened in May.\n\n"
	    "The Wire's health desk receives support from a foundation. The Wire is solely responsible "
	    "for all content.\n";
	assert_string_equal(kind_of(t, "disclaimer"), "disclosure");
	assert_true(has(t, "disclaimer", "solely responsible"));
}

static void test_image_credit_on_a_caption_line(void **state)
{
	(void)state;
	/* The credit's line is the page's zone, and the credit is still reported. */
	const char *t = "The port reopened on Monday after a two-day strike.\n\n"
	                "Photo credit: Harbour Pictures\n\n"
	                "Shipping firms said delays would last a week.\n";
	crd_result *r = tu_features(t);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "boilerplate", "Photo credit", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "image_credit");
	assert_string_equal(ev.zone, "page");
	crd_result_free(r);
}

static void test_inline_labels_in_flattened_text(void **state)
{
	(void)state;
	const char *t = "The senator spoke for an hour. RELATED: Senate passes farm bill The vote was close. "
	                "Featured image via Getty Images";
	assert_true(has(t, "boilerplate", "RELATED"));
	assert_true(has(t, "boilerplate", "Featured image via"));
	assert_false(has("The two cases are related: both involve the same lender.", "boilerplate", "related"));
}

/* A page that says it is satire, and an affiliate notice, disclaim what
 * they print. */
static void test_satire_and_affiliate_notices(void **state)
{
	(void)state;
	crd_result *r = tu_features("The senator replaced Congress with his golf partners.\n\n"
	                            "The Daily Lark is satire and not news.\n\n"
	                            "This site may earn commissions from purchases made through links.\n");
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "disclaimer", "is satire", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "satire");
	assert_true(tu_find(r, "disclaimer", "may earn commissions", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "affiliate");
	crd_result_free(r);
	r = tu_features("Critics said the play was a satire of the campaign, and audiences laughed.");
	assert_false(tu_find(r, "disclaimer", NULL, NULL));
	crd_result_free(r);
}

/* A page's label of its own piece as opinion, its denial of advice for the whole site and its
 * standing caveat that it checks nothing are disclaimers; a piece reported as opinion is not. */
static void test_opinion_label_and_site_caveats(void **state)
{
	(void)state;
	crd_result *r = tu_features("The council met on Monday to discuss the harbour plan.\n\n"
	                            "This column is an opinion piece.\n\n"
	                            "Nothing on this website constitutes investment advice.\n\n"
	                            "We do not verify the claims of our readers.\n");
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "disclaimer", "is an opinion piece", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "views");
	assert_true(tu_find(r, "disclaimer", "constitutes investment advice", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "advice");
	assert_true(tu_find(r, "disclaimer", "We do not verify", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "unverified");
	crd_result_free(r);
	r = tu_features("The mayor said that the letter in Sunday's paper is an opinion piece by a rival.\n");
	assert_false(tu_find(r, "disclaimer", NULL, NULL));
	crd_result_free(r);
}

/* A satire site's notice in its own words is a satire disclaimer; the same
 * words reported of another site are not. */
static void test_satire_notices_in_plain_words(void **state)
{
	(void)state;
	crd_result *r = tu_features("The mayor moved the town hall to the beach.\n\n"
	                            "The Weekly Gull is a satirical website. Its stories are works of "
	                            "fiction and should not be taken as news.\n");
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "disclaimer", "is a satirical website", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "satire");
	assert_true(tu_find(r, "disclaimer", "stories are works of fiction and should not be taken as news",
	                    &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "satire");
	crd_result_free(r);
	r = tu_features("Fact-checkers noted that the Weekly Gull is a satirical website. The claim came "
	                "from the Gull, which is a parody site.\n");
	assert_false(tu_find(r, "disclaimer", NULL, NULL));
	crd_result_free(r);
}

/* A story still being reported is a notice of an update; a sentence that
 * says what an earlier version said makes the notice before it a
 * correction, over both sentences. */
static void test_developing_and_amended_notices(void **state)
{
	(void)state;
	const char *t = "Editor's note: This story is being updated.\n\nThe river rose all night.\n";
	assert_string_equal(kind_of(t, "correction"), "update");
	assert_true(has(t, "correction", "This story is being updated"));
	t = "The river rose all night. This is a developing story.\n";
	assert_string_equal(kind_of(t, "correction"), "update");
	t = "The dam is 40 metres high.\n\n"
	    "This article was amended on 3 May 2025. An earlier version said the dam was 60 metres high.\n";
	crd_result *r = tu_features(t);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "correction", NULL, &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "correction");
	assert_non_null(strstr(ev.text, "60 metres"));
	assert_int_equal(crd_result_count(r, "correction", NULL), 1);
	crd_result_free(r);
	/* two notes one after the other: the second keeps its label */
	t = "The river rose all night.\n\nThis is a developing story.\n\n"
	    "Disclaimer: The author owns shares in the utility.\n";
	assert_true(has(t, "disclaimer", "Disclaimer"));
	/* the words in a report are not a notice */
	assert_int_equal(count_of("An earlier version of the bill was rejected by the senate.", "correction"),
	                 0);
}

/* More wordings of the caveat that a claim could not be checked, with no
 * hedge read inside them. */
static void test_unverified_wordings(void **state)
{
	(void)state;
	const char *t = "Activists said dozens died, but these reports could not be confirmed.";
	assert_true(has(t, "disclaimer", "could not be confirmed"));
	assert_string_equal(kind_of(t, "disclaimer"), "unverified");
	assert_true(
	        has("It was not possible to verify the figures.", "disclaimer", "not possible to verify"));
	assert_false(has("It was not possible to verify the figures.", "hedge", "to verify"));
	t = "Neither side's claims could be verified.";
	assert_true(has(t, "disclaimer", "could be verified"));
	assert_false(has(t, "hedge", "could"));
	assert_true(has("The toll could not be verified independently.", "disclaimer", "independently"));
	/* a check that can be made is no caveat */
	assert_int_equal(count_of("The figures could be verified by anyone with the records.", "disclaimer"),
	                 0);
}

/* A study not yet reviewed, a supplement's label, an affiliate or funding
 * notice and the law's caveat on a charge are disclaimers; the hedges in
 * the sentence of a notice are the page's, not the report's. */
/* A financial page's notes on the writer's holdings and on advice: the
 * position notice is a disclosure, "not investment advice" an advice caveat,
 * and a company's position in a market is neither. */
static void test_holdings_and_advice_notices(void **state)
{
	(void)state;
	const char *t = "Jo Reyes has no position in any of the stocks mentioned.";
	assert_string_equal(kind_of(t, "disclaimer"), "disclosure");
	t = "The author holds no position in the shares discussed here.";
	assert_string_equal(kind_of(t, "disclaimer"), "disclosure");
	t = "The newsletter has a disclosure policy.";
	assert_string_equal(kind_of(t, "disclaimer"), "disclosure");
	t = "This column is not investment advice.";
	assert_string_equal(kind_of(t, "disclaimer"), "advice");
	assert_int_equal(count_of("The insurer holds a strong position in the farm market.", "disclaimer"),
	                 0);
}

static void test_unreviewed_advice_affiliate_legal(void **state)
{
	(void)state;
	const char *t = "The study, which has not yet been peer-reviewed, was posted on a preprint server.";
	assert_string_equal(kind_of(t, "disclaimer"), "unreviewed");
	t = "These statements have not been evaluated by the Food and Drug Administration.";
	assert_string_equal(kind_of(t, "disclaimer"), "advice");
	/* a health page's note that it gives no advice; a list said to be for
	 * information only by someone quoted is their word, not the page's */
	t = "This article is for information only and is not medical advice.";
	assert_string_equal(kind_of(t, "disclaimer"), "advice");
	t = "The content is not a substitute for professional medical advice.";
	assert_string_equal(kind_of(t, "disclaimer"), "advice");
	assert_int_equal(count_of("Officials said the map is for information only.", "disclaimer"), 0);
	t = "We may receive compensation from purchases made through links on this page.";
	assert_string_equal(kind_of(t, "disclaimer"), "affiliate");
	assert_false(has(t, "hedge", "may"));
	t = "If you buy through our links, we may earn a commission.";
	assert_false(has(t, "hedge", "If"));
	t = "Our coverage of water policy is supported in part by a grant from a foundation.";
	assert_string_equal(kind_of(t, "disclaimer"), "disclosure");
	assert_int_equal(
	        count_of("The study is supported in part by a grant from a foundation.", "disclaimer"), 0);
	/* a public programme that pays for the reporter; a programme funded by
	 * someone, with no journalism in its sentence, is no notice */
	t = "The Regional Reporting Program is funded by the provincial government.";
	assert_string_equal(kind_of(t, "disclaimer"), "disclosure");
	t = "Community Court Reporting is public interest journalism funded through a state grant.";
	assert_string_equal(kind_of(t, "disclaimer"), "disclosure");
	assert_int_equal(count_of("The new bus route is funded by the provincial government.", "disclaimer"),
	                 0);
	t = "Every defendant is presumed innocent until proven guilty.";
	assert_string_equal(kind_of(t, "disclaimer"), "legal");
	assert_false(has(t, "hedge", "presumed"));
	t = "None of the allegations have been tested in court.";
	assert_string_equal(kind_of(t, "disclaimer"), "legal");
	assert_false(has(t, "hedge", "allegations"));
	/* a verification caveat keeps the hedges around it */
	t = "The video, which could not be verified, shows troops who may have crossed the river.";
	assert_true(has(t, "hedge", "may"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unverified),
		cmocka_unit_test(test_views_with_the_name),
		cmocka_unit_test(test_views_of_an_editorial_board),
		cmocka_unit_test(test_views_are_his_own),
		cmocka_unit_test(test_sponsored_label_not_participle),
		cmocka_unit_test(test_correction_notice_not_market_correction),
		cmocka_unit_test(test_update_notices),
		cmocka_unit_test(test_note_words_only_in_a_note),
		cmocka_unit_test(test_boilerplate_per_zone),
		cmocka_unit_test(test_disclosure_label),
		cmocka_unit_test(test_image_credit_on_a_caption_line),
		cmocka_unit_test(test_inline_labels_in_flattened_text),
		cmocka_unit_test(test_satire_and_affiliate_notices),
		cmocka_unit_test(test_satire_notices_in_plain_words),
		cmocka_unit_test(test_developing_and_amended_notices),
		cmocka_unit_test(test_unverified_wordings),
		cmocka_unit_test(test_unreviewed_advice_affiliate_legal),
		cmocka_unit_test(test_holdings_and_advice_notices),
		cmocka_unit_test(test_opinion_label_and_site_caveats),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	tu_teardown();
	return rc;
}
