/* test_language.c -- unit tests of core/det_language.c: loaded language, capitals, exclamations, clickbait
 * titles, second person. */
#include "testutil.h"

static int has(const char *text, const char *feature, const char *word)
{
	crd_result *r = tu_features(text);
	int yes = tu_covers(r, text, feature, word);
	crd_result_free(r);
	return yes;
}

static size_t count(const char *text, const char *title, const char *feature)
{
	crd_result *r = tu_run(text, title, 0);
	size_t n = 0;
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_evidence ev;
		crd_result_evidence(r, i, &ev);
		n += strcmp(ev.feature, feature) == 0;
	}
	crd_result_free(r);
	return n;
}

static void test_loaded_language(void **state)
{
	(void)state;
	assert_true(has("The terrorist group has achieved considerable success.", "loaded_language",
	                "terrorist group"));
	assert_true(has("The regime slaughtered hundreds of civilians.", "loaded_language", "regime"));
	assert_true(has("The regime slaughtered hundreds of civilians.", "loaded_language", "slaughtered"));
	assert_false(has("The new tax regime takes effect in April.", "loaded_language", "regime"));
	/* a health routine is a regime too, no label */
	assert_false(has("People on fasting regimes lost 2kg.", "loaded_language", "regimes"));
	assert_false(has("She kept to a strict medication regime.", "loaded_language", "regime"));
	assert_false(has("The village lies in a narrow valley.", "loaded_language", "lies"));
	assert_false(has("He was handcuffed and lying facedown.", "loaded_language", "lying"));
	assert_true(has("The campaign spread lies about the vote.", "loaded_language", "lies"));
	assert_false(has("The car slammed into a wall on Monday.", "loaded_language", "slammed"));
	/* after a determiner or a number the word is the noun: explosions */
	assert_false(has("Police said the blasts were heard across the city.", "loaded_language", "blasts"));
	assert_false(has("Neither was connected to the two blasts.", "loaded_language", "blasts"));
	assert_true(has("The senator blasts free trade at every stop.", "loaded_language", "blasts"));
	assert_true(has("They both slammed the decision.", "loaded_language", "slammed"));
	/* A speaker's words are not the writer's voice... */
	assert_false(has("\"These are terrorists and thugs,\" the minister said.", "loaded_language",
	                 "terrorists"));
	/* ...but scare quotes around the label itself are. */
	crd_result *r = tu_features("The so-called \"rebels\" entered the town.");
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "loaded_language", "rebels", &ev) == 0); /* rebels is neutral */
	crd_result_free(r);
	r = tu_features("Government forces shelled the \"terrorists\" on Friday.");
	assert_true(tu_find(r, "loaded_language", "terrorists", &ev));
	const crd_attr *a = tu_attr(&ev, "scare_quotes");
	assert_non_null(a);
	crd_result_free(r);
	/* Neutral wire-style labels are not loaded. */
	assert_int_equal(count("Militants and rebels clashed with insurgents.", NULL, "loaded_language"), 0);
}

/* A quoted word that a naming or reporting verb introduces is the speaker's
 * word, not the writer's scare quotes. */
static void test_named_quote_is_no_scare_quote(void **state)
{
	(void)state;
	assert_false(has("The senator has called the report a \"hoax\" twice this week.", "loaded_language",
	                 "hoax"));
	assert_false(
	        has("Her rival dismissed the plan as \"absurd\" on Monday.", "loaded_language", "absurd"));
	assert_false(has("The mayor said the deal was \"disgraceful\" and left.", "loaded_language",
	                 "disgraceful"));
	/* the writer's own quotation marks round the word still count */
	assert_true(
	        has("The only \"crooked\" one on this ballot is the mayor.", "loaded_language", "crooked"));
}

/* A column's sneers at an idea in its own voice are loaded; a speaker's are
 * not. */
static void test_dismissive_words_of_a_column(void **state)
{
	(void)state;
	assert_true(has("It is an absurd and unworkable idea, and the council knows it.", "loaded_language",
	                "absurd"));
	assert_true(has("The hearing was more political grandstanding.", "loaded_language", "grandstanding"));
	assert_true(
	        has("The town's answer to the flooding has been pathetic.", "loaded_language", "pathetic"));
	assert_false(has("\"That plan is ludicrous,\" the mayor said.", "loaded_language", "ludicrous"));
}

static void test_all_caps_vs_acronyms(void **state)
{
	(void)state;
	assert_int_equal(count("ISIS attacked positions held by the SAA and the NDF near NATO bases.", NULL,
	                       "all_caps"),
	                 0);
	assert_int_equal(count("The UN, NATO, EU and the USA met in Geneva.", NULL, "all_caps"), 0);
	assert_int_equal(count("NEW YORK (AP) - The city council voted on Monday.", NULL, "all_caps"), 0);
	assert_true(has("And then the senator said THIS IS A TOTAL DISGRACE to the nation.", "all_caps",
	                "THIS IS A TOTAL DISGRACE"));
	assert_true(has("The plan will NEVER work, critics said.", "all_caps", "NEVER"));
	/* a number inside a shout does not cut it in two */
	assert_int_equal(count("Wow. HARLOW BEAT WHITFORD BY MORE THAN 2 MILLION VOTES IN THE NORTHERN "
	                       "COUNTIES, they say.",
	                       NULL, "all_caps"),
	                 1);
	assert_int_equal(count("The report was published by the WHO on Tuesday.", NULL, "all_caps"), 0);
	/* an ampersand joins a run of capitals, as a hyphen does */
	{
		crd_result *r = tu_features("He wrote that the deal was a TOTAL SCAM & COMPLETE FRAUD.");
		assert_true(tu_find(r, "all_caps", "TOTAL SCAM & COMPLETE FRAUD", NULL));
		crd_result_free(r);
	}
	/* a lone loaded word in capitals shouts too */
	assert_true(has("The papers are HIDING the truth and LYING to readers.", "all_caps", "LYING"));
	/* a shouted clause that opens the text is no dateline */
	assert_true(
	        has("THIS IS AN OUTRAGE, the mayor posted on Twitter.", "all_caps", "THIS IS AN OUTRAGE"));
	assert_int_equal(count("SAN FRANCISCO, California - The board met on Monday.", NULL, "all_caps"), 0);
	/* a report's first word of grammar set in capitals is the page's
	 * type; a shouted word after it still shouts */
	assert_int_equal(
	        count("Ferry costs soar\n\nTHE cost of two new ferries has doubled.", NULL, "all_caps"), 0);
	assert_true(has("Ferry costs soar\n\nTHE plan will NEVER work, critics said.", "all_caps", "NEVER"));
}

/* The partisan labels of both sides are loaded; the plain words for the
 * wings of politics are not. */
static void test_partisan_labels_of_both_sides(void **state)
{
	(void)state;
	assert_true(has("The radical right ignored the vote.", "loaded_language", "radical right"));
	assert_true(has("The radical left ignored the vote.", "loaded_language", "radical left"));
	assert_true(has("The liberal media ignored the vote.", "loaded_language", "liberal media"));
	assert_true(has("The MAGA cultists ignored the vote.", "loaded_language", "MAGA cultists"));
	assert_true(has("A Trumpist blog ran the claim.", "loaded_language", "Trumpist"));
	assert_true(has("A leftist mob filled the hall.", "loaded_language", "leftist mob"));
	assert_true(has("A tin-foil-hat website ran the claim.", "loaded_language", "tin-foil-hat"));
	assert_true(has("Big Oil and Big Pharma lobbied hard.", "loaded_language", "Big Oil"));
	assert_int_equal(count("The far-right party and the far left both lost seats to the conservative and "
	                       "liberal parties.",
	                       NULL, "loaded_language"),
	                 0);
}

/* Any English word in capitals shouts in a lower-case sentence; acronyms,
 * names, labels and the text of a sign do not. */
static void test_lone_words_in_capitals(void **state)
{
	(void)state;
	assert_true(has("The mayor has REFUSED to answer our letters.", "all_caps", "REFUSED"));
	assert_true(has("It is happening RIGHT NOW in your street.", "all_caps", "RIGHT NOW"));
	assert_true(has("So what can YOU do about it?", "all_caps", "YOU"));
	/* acronyms, names and labels */
	assert_int_equal(count("The CEO drove an SUV to the GOP dinner in the USA.", NULL, "all_caps"), 0);
	assert_int_equal(count("The Navy SEAL Team trained at the Medina ISD school.", NULL, "all_caps"), 0);
	assert_int_equal(count("Ready for the debate? #DEBATENIGHT is trending.", NULL, "all_caps"), 0);
	assert_int_equal(count("The dinner ran late.\nUPDATE 9:40 p.m.: The mayor left.", NULL, "all_caps"),
	                 0);
	assert_int_equal(count("The market closed.\n\nDow: DOWN 0.4 percent at the close.", NULL, "all_caps"),
	                 0);
	/* a speaker's words and a sign's */
	assert_int_equal(count("\"We will NEVER give up,\" she said, \"EVER.\"", NULL, "all_caps"), 1);
	assert_int_equal(count("About 200 people marched, some holding signs reading NO MORE WAR and "
	                       "HANDS OFF OUR PARKS, police said.",
	                       NULL, "all_caps"),
	                 0);
	/* a fact check's verdict after its verb */
	assert_int_equal(count("Based on our research, we rate FALSE the claim that the law bans water.",
	                       NULL, "all_caps"),
	                 0);
	assert_int_equal(count("The law is clear, so we rate it MOSTLY FALSE.", NULL, "all_caps"), 0);
}

static void test_exclamation(void **state)
{
	(void)state;
	assert_true(has("Prices rose again this week!!", "exclamation", "!!"));
	assert_int_equal(count("\"Get out!\" the officer shouted at the crowd.", NULL, "exclamation"), 0);
	assert_int_equal(
	        count("The protesters chanted \u2018Stop the war!\u2019 outside.", NULL, "exclamation"), 0);
	crd_result *r = tu_features("This is outrageous!!! Share it now!");
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "exclamation", "!!!", &ev));
	const crd_attr *a = tu_attr(&ev, "count");
	assert_non_null(a);
	assert_int_equal((int)a->number, 3);
	crd_result_free(r);
}

static void test_clickbait_titles(void **state)
{
	(void)state;
	const char *body = "The council met on Tuesday and approved the budget for next year.";
	assert_int_equal(count(body, "You Won't Believe What Happened Next", "clickbait_title"), 1);
	assert_int_equal(count(body, "17 Things Only Nurses Will Understand", "clickbait_title"), 1);
	assert_int_equal(count(body, "SHOCKING! This Senator Just Did The Unthinkable!", "clickbait_title"),
	                 1);
	assert_int_equal(count(body, "Council approves budget for 2017", "clickbait_title"), 0);
	assert_int_equal(count(body, "Three dead in shooting near Denver school", "clickbait_title"), 0);
	assert_int_equal(count(body, "Here's Why Your Bills Keep Going Up", "clickbait_title"), 1);
	/* an explainer says what it holds */
	assert_int_equal(count(body, "What you need to know about the new tax rules", "clickbait_title"), 0);
	assert_int_equal(count(body, "Here's what we know about the shooting in Austin", "clickbait_title"),
	                 0);
	assert_int_equal(count(body, "Here's what happened when she opened the door", "clickbait_title"), 1);

	/* No title given: a first line that reads as a headline. */
	const char *doc = "You Won\u2019t Believe What This Mayor Did Next\n\n"
	                  "The mayor of a small town announced on Monday that the library would stay open.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "clickbait_title", NULL, &ev));
	assert_int_equal(ev.start, 0);
	const crd_attr *a = tu_attr(&ev, "signals");
	assert_non_null(a);
	assert_non_null(strstr(a->string, "curiosity_gap"));
	crd_result_free(r);
	/* A first line that is a sentence is not a title. */
	assert_int_equal(count("You will not believe how long the meeting lasted.\nIt went on for hours.",
	                       NULL, "clickbait_title"),
	                 0);
}

static void test_second_person(void **state)
{
	(void)state;
	assert_true(has("If you think this is bad, wait until you see the bill.", "second_person", "you"));
	assert_true(has("Share this with your friends.", "second_person", "your"));
	assert_int_equal(count("\"You will pay for this,\" the man told the judge.", NULL, "second_person"),
	                 0);
	assert_int_equal(count("\"We saw the smoke,\" she said. \"Then you could hear the sirens.\"", NULL,
	                       "second_person"),
	                 0);
	assert_int_equal(count("The minister thanked the volunteers for their work.", NULL, "second_person"),
	                 0);
}

/* Partisan labels and sneers of either side are loaded; "Big Pharma" is a
 * camp, not a person. */
static void test_partisan_labels(void **state)
{
	(void)state;
	assert_true(has("The radical left is planning another protest, the post said.", "loaded_language",
	                "radical left"));
	assert_true(has("Critics called the bill a power grab by the governor.", "loaded_language",
	                "power grab"));
	assert_true(has("The mainstream media ignored the story for a week.", "loaded_language",
	                "mainstream media"));
	assert_true(
	        has("His unhinged remarks drew criticism from both parties.", "loaded_language", "unhinged"));
	assert_int_equal(count("Big Pharma does not want you to know this.", NULL, "named_person"), 0);
	assert_int_equal(count("Stocks fell as fears of a market collapse grew.", NULL, "loaded_language"),
	                 0);
}

/* The words of a party's or a state's media in narration, and the hype of
 * health copy, are loaded; a distance that "lies", a legal designation and
 * an act of aggression in a neutral report are not. */
static void test_partisan_narration_and_hype(void **state)
{
	(void)state;
	assert_true(has("The US-British aggression launched three raids on the port.", "loaded_language",
	                "aggression"));
	assert_true(has("The Saudi-led aggression and siege have killed thousands.", "loaded_language",
	                "aggression"));
	assert_false(has("Ministers vowed to stand up to Chinese aggression at sea.", "loaded_language",
	                 "aggression"));
	assert_true(has("Oil was taken by the occupiers and their mercenaries.", "loaded_language",
	                "mercenaries"));
	assert_true(has("Occupation forces and colonists raided the camp in Jenin.", "loaded_language",
	                "colonists"));
	assert_false(
	        has("The colonists rebelled against the crown in 1775.", "loaded_language", "colonists"));
	assert_true(has("Troops have liberated the settlement of Pervomaiske.", "loaded_language",
	                "liberated the settlement"));
	assert_true(has("They have been plundering the country's wheat.", "loaded_language", "plundering"));
	assert_true(has("This groundbreaking tea flushes toxins from the body.", "loaded_language",
	                "groundbreaking"));
	assert_true(has("This groundbreaking tea flushes toxins from the body.", "loaded_language",
	                "flushes toxins"));
	assert_true(has("Sales rose by a whopping 300 percent.", "loaded_language", "whopping"));
	assert_false(has("The planet lies roughly 26 light-years away.", "loaded_language", "lies"));
	assert_false(has("The town lies 30 miles north of the fire.", "loaded_language", "lies"));
	assert_false(has("Washington re-designated the group as a terrorist organization.", "loaded_language",
	                 "terrorist"));
	assert_true(has("The terrorist group attacked the town.", "loaded_language", "terrorist group"));
	const char *body = "The council met on Tuesday and approved the budget for next year.";
	assert_int_equal(
	        count(body, "Doctors Are Stunned: This Tea Reverses Aging in 30 Days", "clickbait_title"), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_loaded_language),
		cmocka_unit_test(test_dismissive_words_of_a_column),
		cmocka_unit_test(test_named_quote_is_no_scare_quote),
		cmocka_unit_test(test_all_caps_vs_acronyms),
		cmocka_unit_test(test_lone_words_in_capitals),
		cmocka_unit_test(test_partisan_labels_of_both_sides),
		cmocka_unit_test(test_exclamation),
		cmocka_unit_test(test_clickbait_titles),
		cmocka_unit_test(test_second_person),
		cmocka_unit_test(test_partisan_labels),
		cmocka_unit_test(test_partisan_narration_and_hype),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	tu_teardown();
	return rc;
}
