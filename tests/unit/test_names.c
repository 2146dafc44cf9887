/* test_names.c -- the names detector: people with titles and ranks, organisations and units, places, capitals that are not names. */
#include "testutil.h"

static int person(const char *doc, const char *text)
{
	crd_result *r = tu_features(doc);
	int ok = tu_find(r, "named_person", text, NULL);
	if (!ok)
		tu_dump(r);
	crd_result_free(r);
	return ok;
}

static void test_titles_and_ranks(void **state)
{
	(void)state;
	const char *doc = "On Saturday morning, Major General Issam Haddadin arrived with his staff. "
	                  "Sen. Elizabeth Marlow spoke later, and Mr. Smith listened.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "named_person", "Major General Issam Haddadin", &ev));
	const crd_attr *t = tu_attr(&ev, "title");
	assert_non_null(t);
	assert_string_equal(t->string, "major general");
	assert_true(tu_find(r, "named_person", "Sen. Elizabeth Marlow", NULL));
	assert_true(tu_find(r, "named_person", "Mr. Smith", &ev));
	assert_string_equal(tu_attr(&ev, "gender")->string, "m");
	assert_false(tu_covers(r, doc, "named_person", "Saturday"));
	crd_result_free(r);
}

/* A role that no vocabulary lists, known by its ending, before a given name
 * and a surname; not a title-case phrase of common words. */
static void test_unlisted_roles(void **state)
{
	(void)state;
	const char *doc =
	        "\"We made mistakes,\" Maricopa County Recorder Helen Pursley said at a hearing. Then "
	        "the former FBI Special Agent Rich Falco spoke about the case for a while. The Defense "
	        "Enrollment Eligibility Reporting System failed, and the system was slow. Prominent "
	        "Republican English American leaders came to the rally on a bus.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "Maricopa County Recorder Helen Pursley", NULL));
	assert_true(tu_covers(r, doc, "named_person", "Rich Falco"));
	assert_false(tu_covers(r, doc, "named_person", "Eligibility Reporting System"));
	assert_false(tu_covers(r, doc, "named_person", "Republican English American"));
	crd_result_free(r);

	/* "Attorney" is a title: before a name it makes a person, alone it
	 * names nobody */
	doc = "The case was brought by Manhattan U.S. Attorney Navin Bhandari on the same day. The U.S. "
	      "Attorney's office in the city declined to say more about it.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "Manhattan U.S. Attorney Navin Bhandari", NULL));
	assert_false(tu_find(r, "named_person", "U.S. Attorney", NULL));
	crd_result_free(r);
}

/* A verb that reports only after a quotation ("read", "laughed") makes no
 * speaker of the word that opens a sentence before it; after a quotation
 * it still does. */
static void test_quote_only_cue_after_an_opening_word(void **state)
{
	(void)state;
	const char *doc = "Having read the new plan, the council still voted against it on Monday.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Having"));
	crd_result_free(r);
	assert_true(person("\"Not again,\" Okafor laughed at the meeting.", "Okafor"));
}

/* A paper's editorial board is of the media, not a government board. */
static void test_editorial_board(void **state)
{
	(void)state;
	const char *doc = "The Editorial Board endorsed the mayor on Sunday.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "named_org", "Editorial Board", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "media");
	crd_result_free(r);
}

/* "City Hall" is the seat of a city's government, as "the White House" is a
 * president's: an organisation, not a person with the given name "City". */
static void test_city_hall(void **state)
{
	(void)state;
	const char *doc = "Protesters marched to City Hall on Friday, and City Hall said nothing.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "City Hall"));
	assert_true(tu_find(r, "named_org", "City Hall", NULL));
	crd_result_free(r);
}

static void test_organisations_and_units(void **state)
{
	(void)state;
	const char *doc = "Troops of the 104th Airborne Brigade of the Republican Guard reached the city. "
	                  "The FBI and Reuters both reported the news, and the Department of Health and "
	                  "Human Services said nothing.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = { 0 };
	assert_true(tu_covers(r, doc, "named_org", "104th Airborne Brigade"));
	assert_true(tu_find(r, "named_org", "104th Airborne Brigade of the Republican Guard", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "military");
	assert_true(tu_find(r, "named_org", "FBI", NULL));
	assert_true(tu_find(r, "named_org", "Reuters", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "media");
	assert_true(tu_find(r, "named_org", "Department of Health and Human Services", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Republican Guard"));
	crd_result_free(r);
	doc = "The Office of Management and Budget agreed, said Michael Obrecht of Merlin Asset "
	      "Management. "
	      "According to the National Institutes of Health, it can be treated.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Office of Management and Budget", NULL));
	assert_true(tu_find(r, "named_org", "National Institutes of Health", NULL));
	assert_true(tu_find(r, "named_org", "Merlin Asset Management", NULL));
	crd_result_free(r);
	/* a word that makes titles and events is a surname after a given
	 * name, but not in an event or a show that joins names */
	doc = "The comment by Dr. Paul Lim was wrong, said Karen Day. Memorial Day is near. He spoke on "
	      "The Mick and Anthony Show.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "Dr. Paul Lim", NULL));
	assert_true(tu_find(r, "named_person", "Karen Day", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Memorial Day"));
	assert_false(tu_covers(r, doc, "named_person", "Anthony Show"));
	crd_result_free(r);
	/* a ministry of defence goes by "MoD": a body, not a person */
	doc = "Britain's MoD said the jets had returned. The MOD declined to comment.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "MoD", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "government");
	assert_false(tu_covers(r, doc, "named_person", "MoD"));
	assert_true(tu_find(r, "named_org", "MOD", NULL));
	crd_result_free(r);
}

/* A pronoun with its contracted verb is nobody's name; a known place
 * takes its "of"; "St." and "Tower" make places. */
static void test_contractions_and_place_words(void **state)
{
	(void)state;
	const char *doc = "I've said it before, and I\xe2\x80\x99m sure. We're done, said Conan O'Brien. "
	                  "Don\xe2\x80\x99t Panic is a book. "
	                  "She moved to the United States of America and was treated at a St. Cloud hospital "
	                  "near Harlow Tower.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "I've"));
	assert_false(tu_covers(r, doc, "named_person", "I\xe2\x80\x99m"));
	assert_false(tu_covers(r, doc, "named_person", "We're"));
	assert_false(tu_covers(r, doc, "named_person", "Don\xe2\x80\x99t"));
	assert_true(tu_find(r, "named_person", "Conan O'Brien", NULL));
	assert_true(tu_find(r, "place", "United States of America", NULL));
	assert_true(tu_find(r, "place", "St. Cloud", NULL));
	assert_true(tu_find(r, "place", "Harlow Tower", NULL));
	size_t people = 0;
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_evidence ev;
		crd_result_evidence(r, i, &ev);
		people += strcmp(ev.feature, "named_person") == 0;
	}
	assert_int_equal(people, 1);
	crd_result_free(r);
}

/* Titles with no name are nobody ("the Inspector General"), though after
 * "Mr." a title that is no office is a surname; two organisations joined
 * by "and" stay two; an opening "The Department of ..." keeps its head. */
static void test_titles_alone_and_joined_organisations(void **state)
{
	(void)state;
	const char *doc = "On Monday the Inspector General reported it to Mr. President Smith's staff, and Mr. King "
	                  "agreed. Shares of United Technologies and Dow Chemical fell near the South China Sea.\n\n"
	                  "The Department of Homeland Security agreed, as did the Department of Health and Human Services.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Inspector General"));
	assert_true(tu_find(r, "named_person", "Mr. King", NULL));
	assert_true(tu_find(r, "named_org", "United Technologies", NULL));
	assert_true(tu_find(r, "named_org", "Dow Chemical", NULL));
	assert_true(tu_find(r, "place", "South China Sea", NULL));
	assert_true(tu_find(r, "named_org", "Department of Homeland Security", NULL));
	assert_true(tu_find(r, "named_org", "Department of Health and Human Services", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Homeland Security"));
	crd_result_free(r);
}

/* An outlet's name opens the names of its channels; a movement is known
 * by name. */
static void test_outlets_and_movements(void **state)
{
	(void)state;
	crd_result *mag = tu_features(
	        "The editor's chair at Vogue could soon be hers. A source told HollywoodLife that "
	        "she was happy.");
	assert_true(tu_find(mag, "named_org", "Vogue", NULL));
	assert_false(tu_find(mag, "named_person", "Vogue", NULL));
	assert_true(tu_find(mag, "named_org", "HollywoodLife", NULL));
	crd_result_free(mag);
	const char *doc = "Fox Business reported it, and Black Lives Matter activists marched. "
	                  "Google Chairman Eric Schill spoke at the CNN Republican debate.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Fox Business", NULL));
	assert_true(tu_find(r, "named_org", "Black Lives Matter", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Lives Matter"));
	assert_true(tu_find(r, "named_person", "Google Chairman Eric Schill", NULL));
	assert_false(tu_find(r, "named_org", "CNN Republican", NULL));
	crd_result_free(r);
}

/* A closing quotation mark does not open a sentence: the name after it
 * stands even when the document also writes it in lower case; a stop word
 * there still starts a flattened headline. A party tag with a state of two
 * words is no person. */
static void test_after_closing_quotes(void **state)
{
	(void)state;
	const char *doc =
	        "Donald baker needs to check his figures. \"I was talking about Denver,\" Baker said. "
	        "\"We won,\" Kessel continued. Elizabeth Marlow as 'The Professor' When Sen. Elizabeth "
	        "Marlow replied, it ended. \"It was bad,\" said Rep. Yvonne Clayborne, D-New York. "
	        "\"It was worse,\" Variety reported.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "Baker", NULL));
	assert_true(tu_find(r, "named_person", "Kessel", NULL));
	assert_true(tu_find(r, "named_person", "Sen. Elizabeth Marlow", NULL));
	assert_false(tu_covers(r, doc, "named_person", "When"));
	assert_false(tu_covers(r, doc, "named_person", "D-New York"));
	assert_true(tu_find(r, "named_org", "Variety", NULL));
	assert_false(tu_find(r, "named_person", "Variety", NULL));
	crd_result_free(r);
}

/* At a sentence's start a word the text also writes in lower case is
 * grammar's, unless the text capitalises it inside sentences too; an
 * auxiliary opens a question or a headline, and in capitals inside a
 * sentence it is an acronym. */
static void test_sentence_openings(void **state)
{
	(void)state;
	const char *doc =
	        "We worked with the Tax Policy Center on it. A tax is due.\n\n(Note: The Tax Policy "
	        "Center did not answer.) He flew to New York on Monday. New York Gov. Andrew Corrado "
	        "spoke. The new law passed.\n\nWas Dexter Page a spy? Nobody knows where Page went. "
	        "The page is blank. Troops are fighting IS, the group, in Syria.";
	crd_result *r = tu_features(doc);
	size_t n = 0;
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_evidence ev;
		crd_result_evidence(r, i, &ev);
		n += strcmp(ev.feature, "named_org") == 0 && strcmp(ev.text, "Tax Policy Center") == 0;
	}
	assert_int_equal(n, 2);
	assert_true(tu_find(r, "named_person", "New York Gov. Andrew Corrado", NULL));
	assert_true(tu_find(r, "named_person", "Dexter Page", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Was"));
	assert_true(tu_find(r, "named_org", "IS", NULL));
	crd_result_free(r);

	/* an acronym with a hyphen is an organisation: a station's call sign,
	 * a federation; not a word spelled out nor a run of capitals */
	doc = "Police fired tear gas, WSOC-TV reported. The AFL-CIO endorsed her. She was called a "
	      "C-U-N-T online. Read THE TWO-WAY blog.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "WSOC-TV", NULL));
	assert_true(tu_find(r, "named_org", "AFL-CIO", NULL));
	assert_false(tu_covers(r, doc, "named_person", "WSOC-TV"));
	assert_false(tu_covers(r, doc, "named_org", "C-U-N-T"));
	assert_false(tu_covers(r, doc, "named_org", "TWO-WAY"));
	crd_result_free(r);

	/* a crowd capitalised once inside a flattened headline is still a
	 * crowd at a sentence's start */
	doc = "Strikes kill troops, Russia says Officials told CNN so. Officials said it was a mistake.";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Officials said"));
	assert_false(tu_covers(r, doc, "named_org", "Officials said"));
	crd_result_free(r);
}

/* A site named by its web address is an organisation: the word glued to
 * its domain, not the title-case words before it. */
static void test_web_addresses(void **state)
{
	(void)state;
	const char *doc = "Readers of Snopes.com said so. Reposted With Permission From Constitution.com today. "
	                  "She wrote on Breitbart.com that it cost $3.5 million. See www.example.org or e.g. this.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "named_org", "Snopes.com", &ev));
	const crd_attr *a = tu_attr(&ev, "kind");
	assert_non_null(a);
	assert_string_equal(a->string, "website");
	assert_true(tu_find(r, "named_org", "Constitution.com", NULL));
	assert_false(tu_covers(r, doc, "named_org", "Permission"));
	assert_true(tu_find(r, "named_org", "Breitbart.com", &ev));
	a = tu_attr(&ev, "kind");
	assert_non_null(a);
	assert_string_equal(a->string, "media");
	assert_false(tu_covers(r, doc, "named_org", "example"));
	crd_result_free(r);
}

/* An adverb opening a sentence is no part of the name after it; names in
 * -ly are names. */
static void test_opening_adverbs(void **state)
{
	(void)state;
	const char *doc =
	        "Apparently Lester Hollis agreed. Kelly Ayers said no. Specifically Donald Harlow said it. "
	        "Stanley Greenfield agreed.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "Lester Hollis", NULL));
	assert_true(tu_find(r, "named_person", "Kelly Ayers", NULL));
	assert_true(tu_find(r, "named_person", "Donald Harlow", NULL));
	assert_true(tu_find(r, "named_source", "Donald Harlow", NULL));
	assert_true(tu_find(r, "named_person", "Stanley Greenfield", NULL));
	crd_result_free(r);
}

/* A hyphenated adjective is no name, a city's team no person. */
static void test_compounds_and_teams(void **state)
{
	(void)state;
	const char *doc = "The Nobel Prize-winning economist and a New York-based group met Park Min-jun and "
	                  "Kareem Abdul-Rahim. The Dallas Mavericks won in Hong Kong.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Prize-winning"));
	assert_false(tu_covers(r, doc, "named_person", "York-based"));
	assert_true(tu_find(r, "named_person", "Park Min-jun", NULL));
	assert_true(tu_find(r, "named_person", "Kareem Abdul-Rahim", NULL));
	assert_true(tu_find(r, "named_org", "Dallas Mavericks", NULL));
	assert_true(tu_find(r, "place", "Hong Kong", NULL));
	crd_result_free(r);
	/* a team of no known city, which the text calls "the Hornets" elsewhere;
	 * not a person whose surname is a plural after a given name, nor one
	 * after "the" and a noun ("the Stolz campaign") */
	doc = "The Brayfield Hornets beat Ossining 3-1. The Hornets scored late. Bernie Stolz spoke. The "
	      "Stolz campaign agreed. Dana Mills said the Mills family left.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Brayfield Hornets", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Brayfield Hornets"));
	assert_false(tu_covers(r, doc, "named_person", "Hornets scored"));
	assert_true(tu_find(r, "named_person", "Bernie Stolz", NULL));
	assert_true(tu_find(r, "named_person", "Dana Mills", NULL));
	crd_result_free(r);
	/* a street written short is a place, whatever its first word: a
	 * church's, a court's, a surname */
	doc = "The Mass is at 45 Church St., Brookdale. She lived at 12 Harlow St. in town and "
	      "worked on Court St. near the square.";
	r = tu_features(doc);
	assert_true(tu_find(r, "place", "Church St.", NULL));
	assert_true(tu_find(r, "place", "Harlow St.", NULL));
	assert_true(tu_find(r, "place", "Court St.", NULL));
	assert_false(tu_covers(r, doc, "named_org", "Church St."));
	assert_false(tu_covers(r, doc, "named_person", "Harlow St."));
	crd_result_free(r);
	/* a word of an obituary's or a contact line's opening is no part of the
	 * name after it */
	doc = "Born Walter James Pruett in 1931, he farmed for 60 years. Current Ashby coach Lena Dorn "
	      "spoke. Contact Ellen Marsh at the desk.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "Walter James Pruett", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Born"));
	assert_false(tu_covers(r, doc, "named_person", "Current"));
	assert_true(tu_find(r, "named_person", "Ellen Marsh", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Contact"));
	crd_result_free(r);
	/* a head word of bodies opening the sentence before a name of two
	 * unknown words is the player's position; inside a name it heads one */
	doc = "Guard Devlin Marsh missed his sixth game. The Coast Guard said the boat sank.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "Devlin Marsh", NULL));
	assert_false(tu_covers(r, doc, "named_org", "Guard Devlin"));
	assert_true(tu_find(r, "named_org", "Coast Guard", NULL));
	crd_result_free(r);
	/* a player's position that opens the sentence is no part of the name */
	doc = "The game was tight. Linebacker Cole Ramirez had 11 tackles. Substitute Aaron Pike scored.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "Cole Ramirez", NULL));
	assert_false(tu_find(r, "named_person", "Linebacker Cole Ramirez", NULL));
	assert_true(tu_find(r, "named_person", "Aaron Pike", NULL));
	assert_false(tu_find(r, "named_person", "Substitute Aaron Pike", NULL));
	crd_result_free(r);
	doc = "It rained. Right-hander Caleb Whitmore struck out eight.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "Caleb Whitmore", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Right-hander"));
	crd_result_free(r);
	/* groups, institutions and outlets the vocabularies now know */
	doc = "Mormons and Millennials read the Bible. Exit polls by Edison Research for the Associated Press, "
	      "the Federal Reserve and the Club for Growth agreed, Vanity Fair wrote.";
	r = tu_features(doc);
	assert_false(tu_find(r, "named_person", NULL, NULL));
	assert_true(tu_find(r, "named_org", "Edison Research", NULL));
	assert_true(tu_find(r, "named_org", "Associated Press", NULL));
	assert_true(tu_find(r, "named_org", "Federal Reserve", NULL));
	assert_true(tu_find(r, "named_org", "Club for Growth", NULL));
	assert_true(tu_find(r, "named_org", "Vanity Fair", NULL));
	crd_result_free(r);
}

/* Common abbreviations name no organisation; "DC" and "NYC" are places,
 * and the month of "in May" is none. */
static void test_abbreviations_and_months(void **state)
{
	(void)state;
	const char *doc = "Bloomberg TV reported it. She saw it on TV with the CEO at 9 PM. He works in DC and NYC.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Bloomberg TV", NULL));
	assert_false(tu_covers(r, doc, "named_org", "CEO"));
	assert_false(tu_covers(r, doc, "named_org", "PM"));
	assert_false(tu_covers(r, doc, "named_org", "on TV"));
	assert_true(tu_find(r, "place", "DC", NULL));
	assert_true(tu_find(r, "place", "NYC", NULL));
	crd_result_free(r);
	/* the codes a charge cites are no organisations, and a statute's name
	 * is no person */
	doc = "She was charged under 18 U.S.C. \xc2\xa7 1014 and 40 C.F.R. 262.11 and the Anti-Bribery "
	      "Statute.";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_org", "U.S.C."));
	assert_false(tu_covers(r, doc, "named_org", "C.F.R."));
	assert_false(tu_covers(r, doc, "named_person", "Anti-Bribery"));
	crd_result_free(r);
	/* a war is no organisation */
	doc = "In WWII whole towns were emptied. His grandfather fought in WW2.";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_org", "WWII"));
	assert_false(tu_covers(r, doc, "named_org", "WW2"));
	crd_result_free(r);
	doc = "She became a citizen in May of 2016 and moved to a house in Elizabeth.";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "place", "May"));
	assert_true(tu_find(r, "place", "Elizabeth", NULL));
	crd_result_free(r);
	/* a live blog's time, zone and byline are no part of the name */
	doc = "The ministers met in Brussels on Monday 10:32 AM CET BY Esther King and the talks failed, "
	      "the US said at 4 PM GMT.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "Esther King", NULL));
	assert_false(tu_covers(r, doc, "named_person", "CET BY"));
	assert_false(tu_covers(r, doc, "named_org", "CET BY"));
	assert_false(tu_covers(r, doc, "named_org", "GMT"));
	assert_true(tu_find(r, "place", "US", NULL));
	crd_result_free(r);
}

static void test_places(void **state)
{
	(void)state;
	const char *doc = "The offensive on the Al-Nashwa District began in Syria. Officials in Damascus "
	                  "said the road to Al-Hasakah was cut.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "place", "Al-Nashwa District", NULL));
	assert_true(tu_find(r, "place", "Syria", NULL));
	assert_true(tu_find(r, "place", "Damascus", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Al-Nashwa"));
	crd_result_free(r);
	/* a large city whose name opens with a particle */
	r = tu_features("El Paso was quiet on Monday. Officials in San Antonio agreed.");
	assert_true(tu_find(r, "place", "El Paso", NULL));
	assert_false(tu_find(r, "named_person", NULL, NULL));
	crd_result_free(r);
	/* head words of towns and regions, and words of other languages
	 * that open places' names */
	r = tu_features("Rain fell on Cedar Falls and Kharkiv Oblast. Aid reached Kiryat Shmona and Beit "
	                "Lahia on Monday. Harlow met el Sisi there.");
	assert_true(tu_find(r, "place", "Cedar Falls", NULL));
	assert_true(tu_find(r, "place", "Kharkiv Oblast", NULL));
	assert_true(tu_find(r, "place", "Kiryat Shmona", NULL));
	assert_true(tu_find(r, "place", "Beit Lahia", NULL));
	assert_false(tu_find(r, "place", "el Sisi", NULL));
	crd_result_free(r);
	/* a compass word opening a name makes a place, and a street's quarter
	 * ends one; a people's name is nobody */
	doc = "Cases rose in West Texas and Greater Sudbury. Fighting near North Darfur and "
	      "the Upper Galilee went on. The shop at 40 Main Street West closed, said Kevin "
	      "West. North Koreans fled.";
	r = tu_features(doc);
	assert_true(tu_find(r, "place", "West Texas", NULL));
	assert_true(tu_find(r, "place", "Greater Sudbury", NULL));
	assert_true(tu_find(r, "place", "North Darfur", NULL));
	assert_true(tu_find(r, "place", "Upper Galilee", NULL));
	assert_true(tu_find(r, "place", "Main Street West", NULL));
	assert_true(tu_find(r, "named_person", "Kevin West", NULL));
	assert_false(tu_covers(r, doc, "named_person", "North Koreans"));
	assert_false(tu_covers(r, doc, "named_person", "West Texas"));
	crd_result_free(r);
	/* what stands around a name makes it a place: a place's noun and
	 * "of", an article and a dweller's noun, "near" and "in" before a
	 * name that opens with no given name and whose last word never
	 * stands alone */
	doc = "Troops reached the town of Sheikh Hilal. A 58-year-old Cedar Grove man was hurt. "
	      "Shelling hit homes near Marj Sultan and in Tal Rifaat. Many believe in Matt Rumsey, and "
	      "Rumsey knows it. She had faith in Helen Whitford.";
	r = tu_features(doc);
	assert_true(tu_find(r, "place", "Sheikh Hilal", NULL));
	assert_true(tu_find(r, "place", "Cedar Grove", NULL));
	assert_true(tu_find(r, "place", "Marj Sultan", NULL));
	assert_true(tu_find(r, "place", "Tal Rifaat", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Tal Rifaat"));
	assert_true(tu_find(r, "named_person", "Matt Rumsey", NULL));
	assert_true(tu_find(r, "named_person", "Helen Whitford", NULL));
	crd_result_free(r);
	/* a word that leads a place's name tells no kind of place */
	r = tu_features("The couple moved to Fort Lauderdale in June.");
	crd_evidence lead = { 0 };
	assert_true(tu_find(r, "place", "Fort Lauderdale", &lead));
	assert_null(tu_attr(&lead, "kind"));
	crd_result_free(r);
	/* "Washington" alone is the capital; after a town, or before "state",
	 * the state */
	r = tu_features(
	        "The senator flew to Washington on Monday. Her son lives in Seattle, Washington, with "
	        "his wife. However, Washington appears weak.");
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "place", "Washington", &ev));
	const crd_attr *k = tu_attr(&ev, "kind");
	assert_non_null(k);
	assert_string_equal(k->string, "city");
	size_t states = 0;
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_result_evidence(r, i, &ev);
		k = tu_attr(&ev, "kind");
		if (strcmp(ev.feature, "place") == 0 && strcmp(ev.text, "Washington") == 0 && k &&
		    strcmp(k->string, "state") == 0)
			states++;
	}
	assert_int_equal(states, 1);
	crd_result_free(r);
}

/* A dateline's capitals name a place, not an organisation; its agency and
 * its date stay what they are. */
static void test_dateline_places(void **state)
{
	(void)state;
	const char *doc = "Storm hits the coast\n\nKELMAR, Aug 31 (Reuters) \xE2\x80\x94 Shells struck the market on "
	                  "Saturday, the district health office said.\n\nMore fighting is expected.\n";
	crd_result *r = tu_features(doc);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "place", "KELMAR", &ev));
	assert_string_equal(ev.zone, "dateline");
	assert_false(tu_find(r, "named_org", "KELMAR", NULL));
	assert_true(tu_find(r, "named_org", "Reuters", NULL));
	assert_false(tu_covers(r, doc, "place", "Aug 31"));
	crd_result_free(r);
	/* the words that open the dateline are the place's too */
	doc = "Whitford wins the primary\n\nSTATE COLLEGE, Pa. - Helen Whitford won the primary on Tuesday, "
	      "officials said.\n\nMore.\n";
	r = tu_features(doc);
	assert_true(tu_find(r, "place", "STATE COLLEGE", NULL));
	crd_result_free(r);
}

/* Capitals that open a sentence, a headline or a quotation prove nothing. */
static void test_sentence_initial_capitals(void **state)
{
	(void)state;
	const char *doc = "Officials said the road was closed. Residents left early. However, Sources "
	                  "close to the mayor disagreed. Tourism fell sharply.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "named_person", NULL, NULL));
	crd_result_free(r);

	const char *head = "Miracle Diet Pill Sweeps The Country\n\nA new pill is on sale.";
	r = tu_features(head);
	assert_false(tu_find(r, "named_person", NULL, NULL));
	crd_result_free(r);

	/* a weekday's capital says nothing of title case */
	r = tu_features("Helen Whitford spoke on Monday.");
	assert_true(tu_find(r, "named_person", "Helen Whitford", NULL));
	crd_result_free(r);

	/* one lower-case verb among four words is a sentence, not a
	 * title-case headline; a headline with one is still a headline */
	r = tu_features("Susan Whitlock spoke in Ohio.");
	assert_true(tu_find(r, "named_person", "Susan Whitlock", NULL));
	crd_result_free(r);
	r = tu_features("Miracle Diet Pill sweeps The Whole Country Overnight\n\nA new pill is on sale.");
	assert_false(tu_find(r, "named_person", NULL, NULL));
	crd_result_free(r);
	/* a participle opening the sentence is no part of the name after it */
	doc = "Addressing Donald Harlow directly, Whitford said so. Watching Harlow talk, Reed smiled.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "Donald Harlow", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Addressing"));
	assert_false(tu_covers(r, doc, "named_person", "Watching"));
	assert_true(tu_find(r, "named_person", "Harlow", NULL));
	crd_result_free(r);
	/* one lower-case word that title case would capitalise, a verb, makes
	 * a sentence of two names: not a headline */
	r = tu_features("He said so. Donald Harlow met Sarah Smith.");
	assert_true(tu_find(r, "named_person", "Donald Harlow", NULL));
	assert_true(tu_find(r, "named_person", "Sarah Smith", NULL));
	crd_result_free(r);

	/* a title joins "of" to its own words, never to a name after it:
	 * "Senator Ted Alvarado of Texas" is a person from a place */
	r = tu_features(
	        "Senator Ted Alvarado of Texas said it was over. Chairman of the Joint Chiefs of Staff Gen. "
	        "Joseph Marden agreed.");
	assert_true(tu_find(r, "named_person", "Senator Ted Alvarado", NULL));
	assert_true(tu_find(r, "place", "Texas", NULL));
	assert_true(
	        tu_find(r, "named_person", "Chairman of the Joint Chiefs of Staff Gen. Joseph Marden", NULL));
	crd_result_free(r);

	/* middle initials belong to the name; a lone capital before a full
	 * stop elsewhere does not join what follows */
	r = tu_features(
	        "However, Jill A. Martin, the counsel, said no. George H. W. Brandt spoke. Rep. Sander M. "
	        "Lovell agreed. They knew the steps to a T. I've never seen it.\n\nX.\n\nTrump left. The "
	        "Republican Party met.");
	assert_true(tu_find(r, "named_person", "Jill A. Martin", NULL));
	assert_true(tu_find(r, "named_person", "George H. W. Brandt", NULL));
	assert_true(tu_find(r, "named_person", "Rep. Sander M. Lovell", NULL));
	assert_false(tu_find(r, "named_person", "T. I've", NULL));
	assert_false(tu_find(r, "named_person", "X.", NULL));
	assert_true(tu_find(r, "named_org", "Republican Party", NULL));
	crd_result_free(r);

	/* a title that ends the name after a middle initial is a surname;
	 * before a name it is a title. A sentence with two words in lower
	 * case among its names is no title-case headline. */
	r = tu_features("Representative Peter T. Kingsford, Republican of New York, spoke of his years "
	                "before Fox News. It "
	                "was Plan B. President Daniel Adeyemi said no.");
	assert_true(tu_find(r, "named_person", "Representative Peter T. Kingsford", NULL));
	assert_true(tu_find(r, "named_person", "President Daniel Adeyemi", NULL));
	crd_result_free(r);

	/* head words of funds, firms, beaches, hotels and monuments */
	r = tu_features("The International Monetary Fund met. Officials gathered at the Lincoln Memorial, then "
	                "flew to West Palm Beach and stayed at the Omni Hotel. Purple Strategies ran the ads.");
	assert_true(tu_find(r, "named_org", "International Monetary Fund", NULL));
	assert_true(tu_find(r, "place", "Lincoln Memorial", NULL));
	assert_true(tu_find(r, "place", "West Palm Beach", NULL));
	assert_true(tu_find(r, "place", "Omni Hotel", NULL));
	assert_true(tu_find(r, "named_org", "Purple Strategies", NULL));
	assert_false(tu_find(r, "named_person", NULL, NULL));
	crd_result_free(r);
	r = tu_features("Troops left Fort Hood for San Pedro. The Santa Clara Police Department said so.");
	assert_true(tu_find(r, "place", "Fort Hood", NULL));
	assert_true(tu_find(r, "place", "San Pedro", NULL));
	assert_true(tu_find(r, "named_org", "Santa Clara Police Department", NULL));
	assert_false(tu_find(r, "named_person", NULL, NULL));
	crd_result_free(r);

	/* where a person comes from; a party and state is no organisation */
	r = tu_features("Senator Ada Brooks of Kelmar agreed. Tomas Reyes, 44, of Eastport, who runs a shop, "
	                "said no. Rep. Samuel K. Osei, R-N.H., said so. Sen. Lea Park (D-Ill.) agreed.");
	assert_true(tu_find(r, "place", "Kelmar", NULL));
	assert_true(tu_find(r, "place", "Eastport", NULL));
	assert_false(tu_find(r, "named_person", "Eastport", NULL));
	assert_false(tu_find(r, "named_org", "R-N", NULL));
	assert_false(tu_find(r, "named_org", "D-Ill", NULL));
	crd_result_free(r);

	/* a particle that opens a sentence before a name is the name's */
	r = tu_features("Ben Carlisle said the plan works. De Blasio said no. Le Pen backs him.");
	assert_true(tu_find(r, "named_person", "Ben Carlisle", NULL));
	assert_true(tu_find(r, "named_person", "De Blasio", NULL));
	assert_true(tu_find(r, "named_person", "Le Pen", NULL));
	crd_result_free(r);
}

/* A surname alone is a person once the full name was given, and a single
 * capitalised word before a reporting verb is a speaker. */
static void test_surnames_and_speakers(void **state)
{
	(void)state;
	assert_true(person("Jane Okafor chairs the board. Later, Okafor left the room.", "Okafor"));
	assert_true(person("The plan is sound, Devine said on Tuesday.", "Devine"));
	assert_true(person("The board met. \"We are done,\" said Kessel, who chairs it.", "Kessel"));
}

/* A given name alone is the person named in full when the document also
 * uses the surname alone; not a company's first word, not "the" anything,
 * not a word the text also writes in lower case. */
static void test_given_names(void **state)
{
	(void)state;
	const char *doc =
	        "Kris Halloway spoke to the magazine about the money on Friday. Halloway laughed about "
	        "it. Kris also claims the payments went to the mortgage.";
	assert_true(person(doc, "Kris"));
	crd_result *r =
	        tu_features("Patriot Mining filed for bankruptcy in June after three years of losses. But "
	                    "this was not Patriot's concern any longer.");
	assert_false(tu_find(r, "named_person", "Patriot", NULL));
	crd_result_free(r);
	r = tu_features("Dow Jones spoke to the traders on Friday. Jones said the Dow fell. Dow left early.");
	assert_true(tu_find(r, "named_person", "Dow", NULL)); /* "Dow left", the given name alone */
	size_t dows = 0;
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_evidence ev;
		crd_result_evidence(r, i, &ev);
		if (strcmp(ev.feature, "named_person") == 0 && strcmp(ev.text, "Dow") == 0)
			dows++;
	}
	assert_int_equal(dows, 1); /* not "the Dow" */
	crd_result_free(r);
	r = tu_features("Mark Dow spoke to the traders on Friday. Dow laughed. Mark will speak again, and we "
	                "will mark the date.");
	assert_false(tu_find(r, "named_person", "Mark", NULL));
	crd_result_free(r);
	/* an initial is no given name */
	r = tu_features("J Cole released an album on Friday. Cole spoke to the press. J was happy.");
	assert_false(tu_find(r, "named_person", "J", NULL));
	crd_result_free(r);
}

/* A given name the vocabulary knows is the person alone after the full name
 * even where the surname never stands alone, as tabloid copy writes it; not
 * the given name of a team after "the" nor of a town before a title. */
static void test_known_given_names_alone(void **state)
{
	(void)state;
	const char *doc =
	        "Gemma Pryce was taken to hospital on Tuesday. Gemma later took to Instagram to thank "
	        "her fans, writing: \"I'm fine, just bruised.\"";
	assert_true(person(doc, "Gemma"));
	crd_result *r = tu_features(doc);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "direct_quote", "\"I'm fine, just bruised.\"", &ev));
	const crd_attr *sp = tu_attr(&ev, "speaker");
	assert_true(sp && sp->type == CRD_ATTR_STRING && strcmp(sp->string, "Gemma") == 0);
	crd_result_free(r);
	r = tu_features("Fans of the Charlotte Hornets gathered downtown. Shops in Charlotte closed early on "
	                "Friday night.");
	assert_false(tu_find(r, "named_person", "Charlotte", NULL));
	crd_result_free(r);
}

/* A nationality or colour word after a given name is a surname; after a
 * place, a direction or a party it stays an adjective. */
static void test_adjective_surnames(void **state)
{
	(void)state;
	assert_true(person("The investor Mark English spoke on Monday.", "Mark English"));
	assert_true(person("Her lawyer, Paula Whitacre, left early.", "Paula Whitacre"));
	assert_true(person("Mark English spoke first. Later, English said he would stay.", "English"));
	crd_result *o = tu_features("Mark English spoke first. English officials said the talks failed.");
	assert_false(tu_find(o, "named_person", "English", NULL));
	crd_result_free(o);
	const char *doc = "An Iowa Republican and a South Korean diplomat met Latin American envoys.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "named_person", NULL, NULL));
	crd_result_free(r);
}

/* A town before its state, the state abbreviated as news copy writes it,
 * and a known place after an adjective or before a comma. */
static void test_towns_and_states(void **state)
{
	(void)state;
	const char *doc = "Cory James, 22, of Flint, Mich., said so. Austin, Texas, grew. She lives in "
	                  "Washington, D.C., near allies such as Saudi Arabia.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "place", "Flint", NULL));
	assert_true(tu_find(r, "place", "Mich.", NULL));
	assert_true(tu_find(r, "place", "Austin", NULL));
	assert_true(tu_find(r, "place", "Washington", NULL));
	assert_true(tu_find(r, "place", "Saudi Arabia", NULL));
	assert_false(tu_find(r, "place", "Arabia", NULL));
	crd_result_free(r);
	/* a state before a party is a description, not the speaker's town */
	r = tu_features("Sen. John Cordell, Texas Republican, said no.");
	assert_false(tu_find(r, "place", "Cordell", NULL));
	crd_result_free(r);
	/* a town of several words after a preposition, its state followed by
	 * a setting; a person with a state after the name stays a person */
	doc = "The drone flew to a conference in Palm Springs, Florida on Monday. He grew up in Cedar "
	      "Rapids, Iowa. Tomas Reyes, Texas, said yes.";
	r = tu_features(doc);
	assert_true(tu_find(r, "place", "Palm Springs", NULL));
	assert_true(tu_find(r, "place", "Cedar Rapids", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Palm Springs"));
	assert_true(tu_find(r, "named_person", "Tomas Reyes", NULL));
	crd_result_free(r);
	/* buildings are places, and museums and libraries organisations */
	doc = "He will live at the Grand Livadia Palace in Yalta, near the Cascade Mall. He gave it to the "
	      "Metropolitan Museum of Art and to the Whitford Presidential Library.";
	r = tu_features(doc);
	assert_true(tu_find(r, "place", "Grand Livadia Palace", NULL));
	assert_true(tu_find(r, "place", "Cascade Mall", NULL));
	assert_true(tu_find(r, "named_org", "Metropolitan Museum of Art", NULL));
	assert_true(tu_find(r, "named_org", "Whitford Presidential Library", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Livadia"));
	crd_result_free(r);
	/* a known place is one before any head word in it ("Office", "Bank") */
	doc = "He sat in the Oval Office on Monday while troops patrolled the West Bank.";
	r = tu_features(doc);
	assert_true(tu_find(r, "place", "Oval Office", NULL));
	assert_true(tu_find(r, "place", "West Bank", NULL));
	assert_false(tu_covers(r, doc, "named_org", "Oval Office"));
	crd_result_free(r);
	/* after "in", a hyphenated adjective is no place */
	doc = "It ran in Spanish-language media, in Saudi-led raids and in Western-style suits in Flint.";
	r = tu_features(doc);
	assert_true(tu_find(r, "place", "Flint", NULL));
	assert_false(tu_covers(r, doc, "place", "Spanish-language"));
	assert_false(tu_covers(r, doc, "place", "Saudi-led"));
	assert_false(tu_covers(r, doc, "place", "Western-style"));
	crd_result_free(r);
	doc = "It ran on the Shenandoah Valley Railroad past the Stranahan Theater, as The Weather Channel "
	      "showed.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Shenandoah Valley Railroad", NULL));
	assert_true(tu_find(r, "place", "Stranahan Theater", NULL));
	assert_true(tu_covers(r, doc, "named_org", "Weather Channel"));
	assert_false(tu_covers(r, doc, "named_person", "Stranahan"));
	crd_result_free(r);
	/* a surname with its particles, without the given name */
	doc = "Mayor Bill de Borja spoke on Monday. \"It changed things,\" de Borja said. It was von der "
	      "Hagen "
	      "who spoke next, as den Bundestag met.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "de Borja", NULL));
	assert_true(tu_find(r, "named_person", "von der Hagen", NULL));
	assert_false(tu_covers(r, doc, "named_person", "den"));
	crd_result_free(r);
	/* a title with no name after it, a hyphenated adjective before a
	 * name, rooms and polls name nobody */
	doc = "The Vermont Senator spoke. The Shi'ite-led Iran government and Saudi-backed Houthis fought. "
	      "He "
	      "watched from the Situation Room as the Suffolk Poll came out. Mr. King spoke to reporters, "
	      "and Dan "
	      "King spoke at the fight.";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Vermont Senator"));
	assert_false(tu_covers(r, doc, "named_person", "Shi'ite-led"));
	assert_true(tu_find(r, "place", "Iran", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Situation Room"));
	assert_false(tu_covers(r, doc, "named_person", "Suffolk Poll"));
	assert_true(tu_find(r, "named_person", "Mr. King", NULL));
	assert_true(tu_find(r, "named_person", "Dan King", NULL));
	crd_result_free(r);
}

/* "who" and "which" tell people from things. */
static void test_relative_pronouns(void **state)
{
	(void)state;
	const char *doc = "Linda Park, who chairs the school board, spoke first. The samples went to "
	                  "Northfield Analytical, which sent the results back.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "Linda Park", NULL));
	assert_true(tu_find(r, "named_org", "Northfield Analytical", NULL));
	assert_false(tu_find(r, "place", "Linda Park", NULL));
	crd_result_free(r);
}

static void test_quoted_titles(void **state)
{
	(void)state;
	const char *doc = "She told ABC's \"Good Morning America\" on Monday that the talks went well.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Good Morning America"));
	assert_true(tu_find(r, "named_org", "ABC", NULL));
	crd_result_free(r);
}

static void test_empty_and_odd_input(void **state)
{
	(void)state;
	crd_result *r = tu_features("");
	assert_false(tu_find(r, "named_person", NULL, NULL));
	crd_result_free(r);
	r = tu_features("((((((((((((((((((((((( Mr. \"\"\"\" 104th 3rd Of The And ,,,, Al-");
	crd_result_free(r);
}

/* A place's head word or an organisation's name ending a title and a given
 * name is a surname. */
static void test_title_and_place_head_surname(void **state)
{
	(void)state;
	assert_true(person("Yesterday Governor Lena Park signed the order.", "Governor Lena Park"));
	assert_true(person("New York City Mayor Michael Blomquist said the plan would work.",
	                   "New York City Mayor Michael Blomquist"));
	crd_result *r = tu_features("Visitors walked through Central Park on Sunday.");
	assert_false(tu_find(r, "named_person", NULL, NULL));
	crd_result_free(r);
	/* such a head word right after an honorific is a surname too, but
	 * not after an office */
	assert_true(person("The letter was signed by Mr. Lane and sent on Friday.", "Mr. Lane"));
	r = tu_features("The shop on President Street closed.");
	assert_false(tu_find(r, "named_person", NULL, NULL));
	crd_result_free(r);
}

/* An owner inside an institution's name is part of it when it is a
 * title or a common word; a person's surname and a contraction are not. */
static void test_owned_institutions(void **state)
{
	(void)state;
	crd_result *r =
	        tu_features("She studied at Queen's College Belfast before the Farmers' union hired her. "
	                    "The People's Bank of Norland cut rates. The county sheriff spoke to the "
	                    "District Sheriff's Office on Monday. Voss's Interior Ministry said nothing. "
	                    "Here's Channel News for you.");
	assert_true(tu_find(r, "named_org", "Queen's College Belfast", NULL));
	assert_true(tu_find(r, "named_org", "People's Bank of Norland", NULL));
	assert_true(tu_find(r, "named_org", "District Sheriff's Office", NULL));
	assert_false(tu_find(r, "named_person", "District Sheriff", NULL));
	assert_true(tu_find(r, "named_org", "Interior Ministry", NULL));
	assert_true(tu_find(r, "named_org", "Channel News", NULL));
	crd_result_free(r);

	/* a plural's apostrophe, the same way */
	r = tu_features("He is due before Eastport Magistrates' Court on Friday. The Teachers\u2019 Union "
	                "objected. Mr. Stolz met voters. Stolz' Senate office declined.");
	assert_true(tu_find(r, "named_org", "Eastport Magistrates' Court", NULL));
	assert_true(tu_find(r, "named_org", "Teachers\u2019 Union", NULL));
	assert_true(tu_find(r, "named_org", "Senate", NULL));
	crd_result_free(r);

	/* a plural without an "s" and a disease named after a physician own
	 * a hospital or a charity, though the text never writes them small */
	r = tu_features("She treats patients at Norland Children's Hospital. The Parkinson's Foundation "
	                "paid for the trial.");
	assert_true(tu_find(r, "named_org", "Norland Children's Hospital", NULL));
	assert_false(tu_find(r, "named_person", "Norland Children", NULL));
	assert_true(tu_find(r, "named_org", "Parkinson's Foundation", NULL));
	crd_result_free(r);
}

/* The last words of drug makers' and test makers' names make companies. */
static void test_drug_makers(void **state)
{
	(void)state;
	crd_result *r = tu_features("Its developer Corvane Biologics said the shot works. Halden Diagnostics "
	                            "makes the test.");
	assert_true(tu_find(r, "named_org", "Corvane Biologics", NULL));
	assert_false(tu_find(r, "named_person", "Corvane Biologics", NULL));
	assert_true(tu_find(r, "named_org", "Halden Diagnostics", NULL));
	crd_result_free(r);
}

/* A company's first word stands for it alone once the full name is given;
 * a university's does not ("Harlow University" and Harlow). */
static void test_company_short_names(void **state)
{
	(void)state;
	crd_result *r =
	        tu_features("Northwind Technologies is exploring a sale. A Northwind representative "
	                    "declined to comment, and shares of Northwind rose. Students of Halvorsen "
	                    "University sued. Halvorsen spoke.");
	assert_true(tu_find(r, "named_org", "Northwind Technologies", NULL));
	assert_true(tu_find(r, "named_org", "Northwind", NULL));
	assert_false(tu_find(r, "named_org", "Halvorsen", NULL));
	crd_result_free(r);
}

/* Streets and hospitals by their head words; a head word that is also a
 * surname after a given name is a person. */
static void test_streets_and_hospitals(void **state)
{
	(void)state;
	crd_result *r =
	        tu_features("Officers were called to Harehills Lane at about 3pm. The boy was taken to "
	                    "Leeds General Infirmary. The columnist Chuck Lane wrote about Franklin "
	                    "County on Sunday.");
	assert_true(tu_find(r, "place", "Harehills Lane", NULL));
	assert_true(tu_find(r, "named_org", "Leeds General Infirmary", NULL));
	assert_false(tu_find(r, "named_person", "Leeds General Infirmary", NULL));
	assert_true(tu_find(r, "named_person", "Chuck Lane", NULL));
	assert_true(tu_find(r, "place", "Franklin County", NULL));
	crd_result_free(r);

	/* a prefix of time or place is no particle of a name */
	r = tu_features("The ads began in mid-August. Drugs reached patients in sub-Saharan Africa. Omar "
	                "al-Hakim spoke.");
	assert_false(tu_find(r, "place", "mid-August", NULL));
	assert_false(tu_find(r, "named_person", "sub-Saharan Africa", NULL));
	assert_true(tu_find(r, "place", "Africa", NULL));
	assert_true(tu_find(r, "named_person", "Omar al-Hakim", NULL));
	crd_result_free(r);

	/* two particles in a row */
	r = tu_features("The defense minister, Ursula von der Hagen, spoke in Berlin.");
	assert_true(tu_find(r, "named_person", "Ursula von der Hagen", NULL));
	crd_result_free(r);
}

/* A company's legal form after a comma, a survey that is an agency, and
 * particles glued to a surname. */
static void test_legal_forms_and_glued_particles(void **state)
{
	(void)state;
	crd_result *r =
	        tu_features("Brightwater Health, Inc. announced results. The U.S. Geological Survey said "
	                    "the quake struck at dawn. Mites matter most, said Dennis vanEngelsdorp. "
	                    "Neil deGrasse Tyson disagreed.");
	assert_true(tu_find(r, "named_org", "Brightwater Health, Inc.", NULL));
	assert_false(tu_find(r, "named_person", "Brightwater Health", NULL));
	assert_false(tu_find(r, "named_org", "Inc.", NULL));
	assert_true(tu_find(r, "named_org", "U.S. Geological Survey", NULL));
	assert_true(tu_find(r, "named_person", "Dennis vanEngelsdorp", NULL));
	assert_true(tu_find(r, "named_person", "Neil deGrasse Tyson", NULL));
	crd_result_free(r);
}

/* An acronym in a title-case headline is the organisation the report
 * names with it; a company's short name that speaks is the company. */
static void test_headline_acronyms(void **state)
{
	(void)state;
	const char *doc = "NASA Confirms Earth Will Go Dark for 15 Days\n"
	                  "NASA said nothing of the kind. Northwind Technologies makes chips. Northwind said "
	                  "sales fell.\n";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "named_person", "NASA", NULL));
	assert_false(tu_find(r, "named_person", "Northwind", NULL));
	assert_true(tu_find(r, "named_org", "Northwind", NULL));
	size_t orgs = 0;
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_evidence ev;
		crd_result_evidence(r, i, &ev);
		orgs += strcmp(ev.feature, "named_org") == 0 && strcmp(ev.text, "NASA") == 0;
	}
	assert_int_equal(orgs, 2);
	crd_result_free(r);
}

/* Known organisations whose names join words with "and" or carry no head
 * word; a known name is whole before "on". */
static void test_known_organisations(void **state)
{
	(void)state;
	crd_result *r =
	        tu_features("The Centers for Disease Control and Prevention said cases rose. The Food and "
	                    "Drug Administration approved the drug. Greenpeace and Tesla disagreed. A "
	                    "report for Oxfam on Germany's plants came out.");
	assert_true(tu_find(r, "named_org", "Centers for Disease Control and Prevention", NULL));
	assert_true(tu_find(r, "named_org", "Food and Drug Administration", NULL));
	assert_true(tu_find(r, "named_org", "Greenpeace", NULL));
	assert_true(tu_find(r, "named_org", "Tesla", NULL));
	assert_false(tu_find(r, "named_person", "Prevention", NULL));
	assert_true(tu_find(r, "place", "Germany", NULL));
	assert_true(tu_find(r, "named_org", "Oxfam", NULL));
	crd_result_free(r);
	/* a known name and a firm of partners joined by "&"; not two names */
	r = tu_features("Johnson & Johnson said it would pause the trial. Losses were estimated by Karen "
	                "Clark & Co. on Monday. The National Guard & Highway Patrol came.");
	assert_true(tu_find(r, "named_org", "Johnson & Johnson", NULL));
	assert_false(tu_find(r, "named_person", "Johnson", NULL));
	assert_true(tu_find(r, "named_source", "Johnson & Johnson", NULL));
	assert_true(tu_find(r, "named_org", "Karen Clark & Co.", NULL));
	assert_true(tu_find(r, "named_org", "National Guard", NULL));
	crd_result_free(r);
}

/* Lakes and rivers lead their names, and a given name before their head
 * word makes a person; a newspaper's head word alone opening a sentence
 * is a common word. */
static void test_lakes_rivers_and_newspaper_words(void **state)
{
	(void)state;
	crd_result *r =
	        tu_features("Joan Rivard said the show was over. Fish vanished from Lake Michigan. The "
	                    "River Thames rose. Daily walks help the heart. Times have changed.");
	assert_true(tu_find(r, "named_person", "Joan Rivard", NULL));
	assert_false(tu_find(r, "place", "Joan Rivard", NULL));
	assert_true(tu_find(r, "place", "Lake Michigan", NULL));
	assert_true(tu_find(r, "place", "River Thames", NULL));
	assert_false(tu_find(r, "named_org", "Daily", NULL));
	assert_false(tu_find(r, "named_org", "Times", NULL));
	crd_result_free(r);
	/* clubs and groups named with "United" and the like */
	r = tu_features("Manchester United have confirmed the deal. Wigan Athletic lost again. The United "
	                "States and Russia met in Geneva.");
	assert_true(tu_find(r, "named_org", "Manchester United", NULL));
	assert_false(tu_find(r, "named_person", "Manchester United", NULL));
	assert_true(tu_find(r, "named_org", "Wigan Athletic", NULL));
	assert_true(tu_find(r, "place", "United States", NULL));
	crd_result_free(r);
}

/* "WHO" in capitals inside a sentence of lower case is the World Health
 * Organization; "Who" opening a sentence and a stressed "WHO" in a question
 * stay pronouns. */
static void test_who_in_capitals(void **state)
{
	(void)state;
	crd_evidence ev = { 0 };
	crd_result *r = tu_features("Measles cases doubled in four countries, WHO said on Tuesday. The "
	                            "WHO's regional office sent doctors. Who knows what comes next?");
	assert_true(tu_find(r, "named_org", "WHO", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "government");
	assert_false(tu_find(r, "named_org", "Who", NULL));
	crd_result_free(r);
	r = tu_features("The clinic closed last week. WHO paid for the new roof of the clinic?");
	assert_false(tu_find(r, "named_org", "WHO", NULL));
	crd_result_free(r);
}

/* A named storm is no person, at a sentence's start too, and is no
 * source of its verb. */
static void test_named_storms(void **state)
{
	(void)state;
	const char *doc = "Hurricane Milton slammed into the coast on Wednesday. Days later Typhoon Haikui "
	                  "hit the island, and Storm Babet flooded towns.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Milton"));
	assert_false(tu_covers(r, doc, "named_person", "Haikui"));
	assert_false(tu_covers(r, doc, "named_person", "Babet"));
	assert_false(tu_covers(r, doc, "named_source", "Hurricane Milton"));
	crd_result_free(r);
	/* a wildfire named for where it started is no person either; the chief
	 * of a fire service still is one */
	doc = "The Larch Creek Fire has burned 900 acres. Crews worked all night, Fire Chief Omar Saleh "
	      "said.";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Larch Creek Fire"));
	assert_true(tu_covers(r, doc, "named_person", "Omar Saleh"));
	crd_result_free(r);
}

/* A street's head word written short without its full stop ends a place's
 * name, not a person's. */
static void test_street_abbreviations(void **state)
{
	(void)state;
	const char *doc = "Crews closed Ridgecrest Rd on Monday. The shop on Main St reopened.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "place", "Ridgecrest Rd", NULL));
	assert_true(tu_find(r, "place", "Main St", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Ridgecrest"));
	crd_result_free(r);
}

/* Common nouns that head a name only as its last word after another
 * capitalised word: companies, schools, jails; not before another head
 * word, nor alone. */
static void test_tail_head_words(void **state)
{
	(void)state;
	const char *doc = "The trial was run by Norvena Therapeutics and Duke Energy paid for it. She taught "
	                  "at Lincoln Elementary and coached at Eastside High. He was held in the Black Hawk "
	                  "County Jail. The Energy Department agreed. Schools reopened on Monday.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "named_org", "Norvena Therapeutics", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "company");
	assert_true(tu_find(r, "named_org", "Duke Energy", NULL));
	assert_true(tu_find(r, "named_org", "Lincoln Elementary", NULL));
	assert_true(tu_find(r, "named_org", "Eastside High", NULL));
	assert_true(tu_find(r, "named_org", "Black Hawk County Jail", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Hawk County"));
	assert_true(tu_find(r, "named_org", "Energy Department", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "government");
	assert_false(tu_covers(r, doc, "named_org", "Schools"));
	crd_result_free(r);

	/* a cooperative that sells power or grain is a firm, not a person */
	doc = "Harlan Valley Electric Cooperative said repairs could take weeks. Cooperative members "
	      "met on Monday.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Harlan Valley Electric Cooperative", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "company");
	assert_false(tu_covers(r, doc, "named_person", "Harlan Valley"));
	assert_false(tu_covers(r, doc, "named_org", "Cooperative members"));
	crd_result_free(r);

	/* the hills, capes and waters of a weather report are places */
	doc = "Gusts will be strongest over the Gowrie Ranges and at Tallis Promontory, and the "
	      "Merrin Reservoir is full.";
	r = tu_features(doc);
	assert_true(tu_find(r, "place", "Gowrie Ranges", NULL));
	assert_true(tu_find(r, "place", "Tallis Promontory", NULL));
	assert_true(tu_find(r, "place", "Merrin Reservoir", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Tallis Promontory"));
	crd_result_free(r);

	/* a network of hospitals or a pension fund under one name is no person */
	doc = "Riverbend Health System said its emergency rooms were full. The Municipal Retirement "
	      "System voted to sell the shares.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Riverbend Health System", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Health System"));
	assert_true(tu_find(r, "named_org", "Municipal Retirement System", NULL));
	crd_result_free(r);

	/* a college, a hospice, a shop or a funeral home after a capitalised
	 * word; a ground or a racetrack is a place, but "Field" after a given
	 * name is a surname */
	doc = "She ran for Kansas Tech and died at Elmwood Hospice. He owned Corner Stop Market and "
	      "Dorsey Funeral Home. They played at Kessler Field and Brookline Speedway. Sally Fenwick said "
	      "she would come.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Kansas Tech", NULL));
	assert_true(tu_find(r, "named_org", "Elmwood Hospice", NULL));
	assert_true(tu_find(r, "named_org", "Corner Stop Market", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "company");
	assert_true(tu_find(r, "named_org", "Dorsey Funeral Home", NULL));
	assert_true(tu_find(r, "place", "Kessler Field", NULL));
	assert_true(tu_find(r, "place", "Brookline Speedway", NULL));
	assert_true(tu_find(r, "named_person", "Sally Fenwick", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Kansas Tech"));
	crd_result_free(r);
	/* industries that head firms' names: chips, networks, robots, food */
	doc = "Orlan Semiconductor and Vessa Networks signed the deal, and Tamsin Robotics bought Greer "
	      "Foods.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Orlan Semiconductor", NULL));
	assert_true(tu_find(r, "named_org", "Vessa Networks", NULL));
	assert_true(tu_find(r, "named_org", "Tamsin Robotics", NULL));
	assert_true(tu_find(r, "named_org", "Greer Foods", NULL));
	crd_result_free(r);
	/* and brokers and banks */
	doc = "Analysts at Tarwick Securities and Oakhill Financial cut their targets.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Tarwick Securities", NULL));
	assert_true(tu_find(r, "named_org", "Oakhill Financial", NULL));
	crd_result_free(r);
	/* and airlines */
	doc = "Passengers on Corran Air waited for hours.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Corran Air", NULL));
	crd_result_free(r);
}

/* An office written out in capitals after its title names nobody; a
 * title before a name still makes a person. */
static void test_offices_written_out(void **state)
{
	(void)state;
	const char *doc =
	        "The results were strong, said Rosa Mirren, President and Chief Executive Officer. "
	        "The board named Tomas Ekholm as Chief Commercial Officer. Chief Economist Lara Voss "
	        "disagreed.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Chief Executive Officer"));
	assert_false(tu_covers(r, doc, "named_person", "Chief Commercial Officer"));
	assert_true(tu_find(r, "named_person", "Rosa Mirren", NULL));
	assert_true(tu_find(r, "named_person", "Tomas Ekholm", NULL));
	assert_true(tu_covers(r, doc, "named_person", "Lara Voss"));
	crd_result_free(r);
}

/* A model's or a form's code in a run of capitalised words names no
 * person; a user's handle with a figure at its end may. */
static void test_model_codes(void **state)
{
	(void)state;
	const char *doc =
	        "The Lumia X9 sold out, and the Vanta P7 shipped late. The firm filed its Form 10-K "
	        "on time. RiverFox22 wrote that the phone was too dear.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Lumia X9"));
	assert_false(tu_covers(r, doc, "named_person", "Vanta P7"));
	assert_false(tu_covers(r, doc, "named_person", "Form 10-K"));
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "attribution_cue", "wrote", &ev));
	assert_string_equal(tu_attr(&ev, "source")->string, "RiverFox22");
	crd_result_free(r);
	/* nor does the model lend the firm's name to a person */
	doc = "Brannock Motors, Inc. showed the Brannock V8 on Monday. The V8 is fast, and Brannock expects "
	      "strong sales.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Brannock", NULL));
	assert_false(tu_find(r, "named_person", "Brannock", NULL));
	crd_result_free(r);
}

/* The first word of a firm named with its legal form, after a comma too,
 * is the firm when the report uses it alone. */
static void test_firms_with_legal_forms_named_alone(void **state)
{
	(void)state;
	const char *doc = "Tellwyn Foods Inc reported a loss. On Friday, Tellwyn declined to comment. Barrow "
	                  "Robotics, Inc. won a contract, and Barrow said it would hire.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Tellwyn Foods Inc", NULL));
	assert_true(tu_find(r, "named_org", "Tellwyn", NULL));
	assert_false(tu_find(r, "named_person", "Tellwyn", NULL));
	assert_true(tu_find(r, "named_org", "Barrow", NULL));
	assert_false(tu_find(r, "named_person", "Barrow", NULL));
	crd_result_free(r);
	/* and the legal forms of European firms */
	doc = "Oriane Group SA is weighing a sale. A spokesman for Oriane declined to comment, and "
	      "Stahlberg GmbH did too.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Oriane Group SA", NULL));
	assert_true(tu_find(r, "named_org", "Oriane", NULL));
	assert_true(tu_find(r, "named_org", "Stahlberg GmbH", NULL));
	crd_result_free(r);
}

/* A page's notices and a data service are things, not people. */
static void test_notices_and_data(void **state)
{
	(void)state;
	const char *doc = "Shares fell 4%, according to Harlow Market Data. Read our Privacy Notice. For "
	                  "details, write to Investor Relations. Copyright 2026 Harlow Group. All Rights "
	                  "Reserved.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Harlow Market Data"));
	assert_false(tu_covers(r, doc, "named_person", "Privacy Notice"));
	assert_false(tu_covers(r, doc, "named_person", "Investor Relations"));
	assert_false(tu_covers(r, doc, "named_person", "Rights Reserved"));
	crd_result_free(r);
	/* a product's "Pro" */
	doc = "The Orin Buds Pro cost less than the Vela 12 Pro Max.";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Orin Buds Pro"));
	assert_false(tu_covers(r, doc, "named_person", "Pro Max"));
	crd_result_free(r);
	/* the Street of the markets; a street's name stays a place */
	doc = "Sales beat Street estimates. The shop on Fenner Street closed.";
	r = tu_features(doc);
	assert_false(tu_find(r, "named_person", "Street", NULL));
	assert_true(tu_find(r, "place", "Fenner Street", NULL));
	crd_result_free(r);
}

/* A byline's names among capitalised jobs are people; the jobs are not. */
static void test_bylines_with_jobs(void **state)
{
	(void)state;
	const char *doc = "Mill to close\n\nBy Ilse Varga and Tomas Reed, Staff Writers\n\n"
	                  "The mill will close in June, the owners said on Monday.\n\n"
	                  "The Weekly Editor liked it.\n";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "Ilse Varga", NULL));
	assert_true(tu_find(r, "named_person", "Tomas Reed", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Staff Writers"));
	assert_false(tu_covers(r, doc, "named_person", "Weekly Editor"));
	crd_result_free(r);
	/* the label over a live page's first entry names no outlet */
	doc = "Shots fired at mall\n\nUPDATE 4:55 p.m.: Two men were held.\n\nORIGINAL POST 3:12 p.m.: "
	      "Police are at the mall.\n";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_org", "ORIGINAL POST"));
	crd_result_free(r);
	/* the desk's credit for unsigned copy is nobody either */
	doc = "Mill to close\n\nBy Staff Reports\n\nThe mill will close in June, the owners said.\n";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Staff Reports"));
	crd_result_free(r);
}

/* An interview's "A." before a short answer opens no name. */
static void test_answer_labels(void **state)
{
	(void)state;
	const char *doc = "Q. Did you plan the cuts?\n\nA. No. We saw the numbers in May.\n\n"
	                  "A. Mostly in Lisbon, said Rui Costa.\n";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", ". No"));
	assert_false(tu_covers(r, doc, "named_person", ". Mostly"));
	assert_true(tu_find(r, "named_person", "Rui Costa", NULL));
	crd_result_free(r);
}

/* A one-word name is a firm's when its officers or its shares' moves
 * follow it with no "'s"; a name after "of" keeps its whole. */
static void test_firm_officers_and_shares(void **state)
{
	(void)state;
	const char *doc = "Quarrow founder and CEO Lise Mant spoke on Monday. Tavisto shares rose 4%. "
	                  "Smith shares a flat with him. Members of Cedarhall founder Ann Roe's circle came.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Quarrow", NULL));
	assert_true(tu_find(r, "named_org", "Tavisto", NULL));
	assert_false(tu_find(r, "named_org", "Smith", NULL));
	assert_false(tu_find(r, "named_org", "Cedarhall", NULL));
	crd_result_free(r);
}

/* A reporting period after a firm's name ("Q3", "FY2026") is no part of
 * it, and leaves the firm's head word last. */
static void test_reporting_periods(void **state)
{
	(void)state;
	const char *doc =
	        "Shares rose after Kestrel Energy Q3 sales beat forecasts. Marten Holt H2 results were "
	        "weaker, said Paula Weir.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Kestrel Energy", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Q3"));
	assert_false(tu_covers(r, doc, "named_org", "Q3"));
	assert_true(tu_find(r, "named_person", "Marten Holt", NULL));
	assert_false(tu_covers(r, doc, "named_person", "H2"));
	crd_result_free(r);
}

/* Organisations the vocabulary knows with no head word, and a known
 * organisation's branch in a country. */
static void test_known_names_and_branches(void **state)
{
	(void)state;
	const char *doc = "Medecins Sans Frontieres said the ward was full. The fire grew, according to Cal "
	                  "Fire. Nanaimo RCMP said a man was held. The list fell, NHS England said.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "named_org", "Medecins Sans Frontieres", NULL));
	assert_true(tu_find(r, "named_org", "Cal Fire", NULL));
	assert_true(tu_find(r, "named_org", "Nanaimo RCMP", NULL));
	assert_true(tu_find(r, "named_org", "NHS England", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "government");
	assert_true(tu_find(r, "named_source", "NHS England", NULL));
	assert_false(tu_find(r, "named_person", NULL, NULL));
	crd_result_free(r);
}

/* A common noun of a firm right before a name makes it that firm, and
 * the name alone later too; not before a given name. A study's journal is
 * an organisation too. */
static void test_firm_before_name(void **state)
{
	(void)state;
	const char *doc = "British maritime security firm Ambrey said a tanker was hit. Later Ambrey said "
	                  "the crew was safe. The energy company Ron Wexler founded grew.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Ambrey", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Ambrey"));
	assert_true(tu_find(r, "named_person", "Ron Wexler", NULL));
	crd_result_free(r);
	/* where a study was published is a journal, no place nor person */
	doc = "Heat killed thousands, a study in Nature Medicine found. It was published in Cell.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Nature Medicine", NULL));
	assert_true(tu_find(r, "named_org", "Cell", NULL));
	assert_false(tu_covers(r, doc, "place", "Nature Medicine"));
	assert_false(tu_covers(r, doc, "named_person", "Nature Medicine"));
	crd_result_free(r);
	/* a journal or magazine named by its common noun is one too */
	doc = "The figures came out in the journal Renal Care Quarterly last week.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Renal Care Quarterly", NULL));
	crd_result_free(r);
	/* the nouns an apposition takes work before a name too */
	doc = "The advocacy group Fairview Speaks is running ads. The Italian bank Norcredito "
	      "reported.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Fairview Speaks", NULL));
	assert_true(tu_find(r, "named_org", "Norcredito", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Fairview Speaks"));
	crd_result_free(r);
}

/* A rail firm, a wire service, a beacon, a disposal firm, a forum and an
 * outlet's staff are organisations, no people. */
static void test_company_and_outlet_heads(void **state)
{
	(void)state;
	const char *doc = "Eastmoor Rail said the line was shut. The claim spread after Lantern Wire "
	                  "reported it, and Harbor Beacon ran it too. The county hired Greenvale Waste "
	                  "Disposal last year. She spoke at the Pacific Trade Forum in May. The note was "
	                  "signed by Tidewell Staff.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Eastmoor Rail", NULL));
	assert_true(tu_find(r, "named_org", "Lantern Wire", NULL));
	assert_true(tu_find(r, "named_org", "Harbor Beacon", NULL));
	assert_true(tu_find(r, "named_org", "Greenvale Waste Disposal", NULL));
	assert_true(tu_find(r, "named_org", "Pacific Trade Forum", NULL));
	assert_true(tu_find(r, "named_org", "Tidewell Staff", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Eastmoor Rail"));
	assert_false(tu_covers(r, doc, "named_person", "Lantern Wire"));
	crd_result_free(r);
}

/* A figure is no name, and the capitals right after a figure with its unit
 * name a thing or a time: "1.2M views", "the 5K Fun Run", "9:00AM EST". */
static void test_figures(void **state)
{
	(void)state;
	const char *doc = "The clip drew 1.2M views by noon. Crowds came for the Harbor 5K Fun Run on "
	                  "Sunday. The show airs from 6:00AM to 9:00AM EST. on weekdays.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "1.2M"));
	assert_false(tu_covers(r, doc, "named_person", "Fun Run"));
	assert_false(tu_covers(r, doc, "named_org", "EST"));
	crd_result_free(r);
}

/* A given name and a place's head word that is also a surname make a
 * person, but after "in", "near" or "outside" a place. */
static void test_given_name_place(void **state)
{
	(void)state;
	const char *doc = "She was seen at a gala in Beverly Hills on Friday. Beverly Hills, a lawyer, "
	                  "spoke for her.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "place", "Beverly Hills", NULL));
	assert_true(tu_find(r, "named_person", "Beverly Hills", NULL));
	crd_result_free(r);
}

/* In a title-case headline two capitalised words are a person only when
 * the words are known to make one: a given name, a surname the document
 * names people with, an honorific; a title before a common word is none. */
static void test_headline_names(void **state)
{
	(void)state;
	const char *doc = "Flu Shot\n\nA nurse says the shot spreads the illness.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "named_person", NULL, NULL));
	crd_result_free(r);

	doc = "Senator Caught in Scandal\n\nThe senator said she had done nothing wrong.";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Senator Caught"));
	crd_result_free(r);

	/* the name ends at the surname the body uses */
	doc = "Sen. Clara Dunmore Caught on Tape Mocking Voters\n\nSenator Clara Dunmore of Oregon spoke "
	      "at a dinner. Dunmore said later that she was joking.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "Sen. Clara Dunmore", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Caught"));
	crd_result_free(r);

	/* a given name and the word after it */
	doc = "Governor Lena Marsh Signs Budget Bill Into Law\n\nThe governor signed it on Monday.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "Governor Lena Marsh", NULL));
	crd_result_free(r);
}

/* A bowl game is an event, no person: "the Super Bowl". */
static void test_bowl_games(void **state)
{
	(void)state;
	const char *doc = "Fans gathered for the Super Bowl party, and the Cedar Bowl parade went on.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Super Bowl"));
	assert_false(tu_covers(r, doc, "named_person", "Cedar Bowl"));
	crd_result_free(r);
}

/* A county's medical examiner is a government office, no newspaper (an
 * "Examiner" alone heads one). */
static void test_medical_examiner(void **state)
{
	(void)state;
	const char *doc = "The Harlow County Medical Examiner's office said the cause was unknown.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "named_org", "Harlow County Medical Examiner", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "government");
	crd_result_free(r);
}

/* Titles of Canadian police and councils, of cities, and a title whose
 * words go on in lower case; their full stops end no sentence. */
static void test_local_titles(void **state)
{
	(void)state;
	crd_evidence ev = { 0 };
	crd_result *r = tu_features("\"Wire was taken,\" Cst. Gary Lund wrote. Ward 1 Coun. Maura Fenn "
	                            "said no. City Manager Howard Pike disagreed. Special Agent in Charge "
	                            "Joseph E. Carrow said the case was closed.");
	assert_true(tu_find(r, "named_person", "Cst. Gary Lund", &ev));
	assert_string_equal(tu_attr(&ev, "title")->string, "cst.");
	assert_true(tu_find(r, "named_person", "Coun. Maura Fenn", NULL));
	assert_true(tu_find(r, "named_person", "City Manager Howard Pike", &ev));
	assert_string_equal(tu_attr(&ev, "title")->string, "city manager");
	assert_true(tu_find(r, "named_person", "Special Agent in Charge Joseph E. Carrow", NULL));
	assert_true(tu_find(r, "named_source", "Special Agent in Charge Joseph E. Carrow", NULL));
	crd_result_free(r);
}

/* A plural opening a sentence is a crowd when its singular is written in
 * lower case or its verb is plural; a surname met after a given name
 * stays a person. */
static void test_sentence_initial_plurals(void **state)
{
	(void)state;
	const char *doc = "A war monitor counted the dead. Monitors said the toll could rise. Mounties say "
	                  "the man was caught. Envoy David Keyes spoke. Keyes claim was denied.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Monitors"));
	assert_false(tu_covers(r, doc, "named_person", "Mounties"));
	assert_true(tu_find(r, "named_person", "Keyes", NULL));
	crd_result_free(r);
	/* a plural of people by its ending, with no singular in the text and
	 * a verb in the past; a surname met after a given name stays */
	doc = "The claim went viral. Fact-checkers noted that it was false. Bernie Stolz spoke. "
	      "Stolz said he would stay.";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Fact-checkers"));
	assert_true(tu_find(r, "named_person", "Stolz", NULL));
	crd_result_free(r);
}

/* A word in capitals that shouts is no organisation nor place: a word the
 * text writes in lower case too, its plural, a verb's form or a word of
 * shouting; an acronym the text writes twice in capitals stays one, and so
 * does one glued into a web address in lower case. */
static void test_shouted_capitals(void **state)
{
	(void)state;
	const char *doc = "The singer has kept fans waiting for MONTHS, and last month she said so. "
	                  "The town is in MOURNING tonight. Critics say he LIED about the deal. "
	                  "Just stop it, and STOP now. The band wants a new album ASAP, a friend said. "
	                  "Many left the PLKR fund, and two plkr donors sued. Then PLKR said it was fine. "
	                  "A letter from the QZTA came, posted at qzta.example.org on Monday.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_org", "MONTHS"));
	assert_false(tu_covers(r, doc, "place", "MOURNING"));
	assert_false(tu_covers(r, doc, "named_org", "LIED"));
	assert_false(tu_covers(r, doc, "named_org", "STOP"));
	assert_false(tu_covers(r, doc, "named_org", "ASAP"));
	assert_true(tu_find(r, "named_org", "PLKR", NULL));
	assert_true(tu_find(r, "named_org", "QZTA", NULL));
	crd_result_free(r);
}

/* Parties and their bodies are political organisations: British parties by
 * name, the short name of one once named whole, a plural party name only
 * where a British party is named, a party's committee; a common word that is
 * also a party's name opens a sentence as the word. */
static void test_parties(void **state)
{
	(void)state;
	crd_evidence ev = { 0 };
	const char *doc = "Labour said the levy was fair. The Conservatives said it was not. Reform UK "
	                  "promised cuts. Reform declined to comment. The National Republican Senatorial "
	                  "Committee and the DSCC bought ads. Analysts said the Fed would wait.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Labour", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "political");
	assert_true(tu_find(r, "named_org", "Conservatives", NULL));
	assert_true(tu_find(r, "named_org", "Reform", NULL));
	assert_false(tu_find(r, "named_person", "Reform", NULL));
	assert_true(tu_find(r, "named_org", "National Republican Senatorial Committee", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "political");
	assert_true(tu_find(r, "named_org", "DSCC", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "political");
	assert_true(tu_find(r, "named_org", "Fed", NULL));
	crd_result_free(r);
	doc = "Conservatives said the court had erred. Labour costs rose as labour grew scarce.";
	r = tu_features(doc);
	assert_false(tu_find(r, "named_org", "Conservatives", NULL));
	assert_false(tu_find(r, "named_org", "Labour", NULL));
	crd_result_free(r);
}

/* A month's or weekday's abbreviation with no full stop in a date and a
 * time zone after a time name nothing; a given name spelt like a month
 * stays a name. */
static void test_date_abbreviations(void **state)
{
	(void)state;
	const char *doc = "The piece went up at 7:42 PM ET, Tue Apr 15, 2025. It was revised "
	                  "Nov 21, 2024 at 9 a.m. PT. Jan Novak said so.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_org", "ET"));
	assert_false(tu_covers(r, doc, "named_org", "PT"));
	assert_false(tu_covers(r, doc, "named_person", "Tue"));
	assert_false(tu_covers(r, doc, "named_person", "Nov"));
	assert_true(tu_find(r, "named_person", "Jan Novak", NULL));
	crd_result_free(r);
}

/* Local offices and honorifics before a name make a person with that
 * title: a county registrar, clerk or supervisor, an Indian police rank with
 * "of", "Alhaji" and "Smt". */
static void test_local_offices(void **state)
{
	(void)state;
	crd_evidence ev = { 0 };
	crd_result *r = tu_features("\"The line moved,\" said Dorset County Registrar Hal Penner. Board "
	                            "Supervisor Tim Hale agreed. Deputy Commissioner of Police Arun Bhave "
	                            "spoke. Then Alhaji Musa Tanko and Smt Kavita Rao left.");
	assert_true(tu_find(r, "named_person", "Dorset County Registrar Hal Penner", &ev));
	assert_string_equal(tu_attr(&ev, "title")->string, "registrar");
	assert_true(tu_find(r, "named_person", "Board Supervisor Tim Hale", &ev));
	assert_string_equal(tu_attr(&ev, "title")->string, "supervisor");
	assert_true(tu_find(r, "named_person", "Deputy Commissioner of Police Arun Bhave", NULL));
	assert_false(tu_find(r, "named_org", "Deputy Commissioner of Police Arun Bhave", NULL));
	assert_true(tu_find(r, "named_person", "Alhaji Musa Tanko", &ev));
	assert_string_equal(tu_attr(&ev, "title")->string, "alhaji");
	assert_true(tu_find(r, "named_person", "Smt Kavita Rao", &ev));
	assert_string_equal(tu_attr(&ev, "gender")->string, "f");
	crd_result_free(r);
}

/* Common abbreviations name no organisation ("AI", "RAM", "GP", "NAFTA"),
 * though "Ai" in title case may be a name; the plural of an acronym is a
 * crowd ("MPs", "Super PACs"), and a known name before it stays. */
static void test_common_acronyms(void **state)
{
	(void)state;
	const char *doc = "The phone has 8GB of RAM and runs an AI model. Patients wait to see a GP. "
	                  "Two Labour MPs signed the motion. MPs voted on Monday. Super PACs spent more, "
	                  "columnist Ai Weiming wrote.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_org", "RAM"));
	assert_false(tu_covers(r, doc, "named_org", "AI"));
	assert_false(tu_covers(r, doc, "named_org", "GP"));
	assert_true(tu_find(r, "named_org", "Labour", NULL));
	assert_false(tu_covers(r, doc, "named_person", "MPs"));
	assert_false(tu_covers(r, doc, "named_person", "Super PACs"));
	assert_true(tu_find(r, "named_person", "Ai Weiming", NULL));
	crd_result_free(r);
	/* the abbreviations of medicine and its statistics: a confidence
	 * interval, a doctor's degrees, a vaccine, a test */
	doc = "Risk fell 9% (95% CI, 2-15), said Omar Haddad, MD, PhD. Few had the MMR shot or a PCR test.";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_org", "CI"));
	assert_false(tu_covers(r, doc, "named_org", "MD"));
	assert_false(tu_covers(r, doc, "named_org", "MMR"));
	assert_false(tu_covers(r, doc, "named_org", "PCR"));
	assert_true(tu_find(r, "named_person", "Omar Haddad", NULL));
	crd_result_free(r);
}

/* Places that read like people: a county named after a royal or an owner
 * ("Prince William County", "Prince George's County"), the people of a "New"
 * place ("New Yorkers"), a single word after "in" before a verb ("officials
 * in Austin worry"). */
static void test_places_like_people(void **state)
{
	(void)state;
	const char *doc = "Lines formed in Prince William County and Prince George's County. The "
	                  "rules matter to New Yorkers. Party officials in Austin worry about it.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "place", "Prince William County", NULL));
	assert_true(tu_find(r, "place", "Prince George's County", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Prince"));
	assert_false(tu_covers(r, doc, "named_person", "New Yorkers"));
	assert_true(tu_find(r, "place", "Austin", NULL));
	assert_false(tu_find(r, "named_person", "Austin", NULL));
	crd_result_free(r);
	r = tu_features("Prince Victor said the visit went well.");
	assert_true(tu_find(r, "named_person", "Prince Victor", NULL));
	crd_result_free(r);
	/* a title-case headline capitalises the common word after "in",
	 * which the text writes small elsewhere; a town stays a place */
	doc = "Daily Walks Cut Falls in Adults Over 70\n\n"
	      "The adults who walked fell less often, officials in Norbury said.";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "place", "Adults"));
	assert_true(tu_find(r, "place", "Norbury", NULL));
	crd_result_free(r);
}

/* The head words of British street names make places, not people; a head
 * that is also a surname after a given name stays a person's. */
static void test_street_heads(void **state)
{
	(void)state;
	const char *doc = "Police were called to Mill Mews near Ashby Grove. The tram runs along "
	                  "Kirk Wynd to Albion Place, and shops on Tanner Walk shut early. "
	                  "Liz Grove said the plan was wrong.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "place", "Mill Mews", NULL));
	assert_true(tu_find(r, "place", "Ashby Grove", NULL));
	assert_true(tu_find(r, "place", "Kirk Wynd", NULL));
	assert_true(tu_find(r, "place", "Albion Place", NULL));
	assert_true(tu_find(r, "place", "Tanner Walk", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Tanner Walk"));
	assert_true(tu_find(r, "named_person", "Liz Grove", NULL));
	crd_result_free(r);
	/* after its preposition a street stays one before ", who" */
	doc = "Traders on Tanner Walk, who lost custom for a year, said the works were badly run.";
	r = tu_features(doc);
	assert_true(tu_find(r, "place", "Tanner Walk", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Tanner Walk"));
	crd_result_free(r);
}

/* A body's own words before its country in capitals name an organisation;
 * an adjective or a word of grammar before it does not. */
static void test_country_bodies(void **state)
{
	(void)state;
	const char *doc = "Water UK said bills would rise. Later the charity Carers UK joined the "
	                  "call, and Forward USA paid for the ads. Former US envoys met on Monday.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Water UK", NULL));
	assert_true(tu_find(r, "named_org", "Carers UK", NULL));
	assert_true(tu_find(r, "named_org", "Forward USA", NULL));
	assert_false(tu_covers(r, doc, "named_org", "Former US"));
	crd_result_free(r);
	/* a body whose name opens on an -ing word, speaking; the -ing word
	 * before a name is still the clause's verb */
	doc = "Walking UK said the path would reopen. Greeting Harlow warmly, Mills said little.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Walking UK", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Greeting"));
	crd_result_free(r);
}

/* "and" between the plain words of one body's name, its head word after
 * them: the first a word the text also writes in lower case, or led by a
 * place; not between two names or after a person. */
static void test_and_inside_names(void **state)
{
	(void)state;
	const char *doc = "The fire spread to two homes. Kent Fire and Rescue Service sent six crews, "
	                  "and Ohio Health and Family Services Department staff helped. Aetna and "
	                  "Fairway Insurance agreed, as did Libertarian Ted Moss and Green Party members.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Kent Fire and Rescue Service", NULL));
	/* "Health" ends a firm's name only at the end: the department is the
	 * state's */
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "named_org", "Ohio Health and Family Services Department", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "government");
	assert_false(tu_covers(r, doc, "named_org", "Aetna and"));
	assert_false(tu_covers(r, doc, "named_org", "Moss and"));
	crd_result_free(r);
}

/* After a sentence's opening "The", a common word stays in a body's name
 * that its head word ends. */
static void test_common_words_in_bodies(void **state)
{
	(void)state;
	const char *doc = "The bus strike goes on. The Bus Operators Group said the offer was fair.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Bus Operators Group", NULL));
	crd_result_free(r);
}

/* A single word a spokesman speaks for names an organisation, though a
 * verb of saying follows it; a person the text named keeps the word. */
static void test_spokesman_for(void **state)
{
	(void)state;
	const char *doc = "A spokeswoman for Brightmart said prices would fall. Jo Keane led the talks, "
	                  "and a spokesman for Keane said she was pleased.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Brightmart", NULL));
	assert_false(tu_find(r, "named_person", "Brightmart", NULL));
	assert_true(tu_find(r, "named_person", "Keane", NULL));
	crd_result_free(r);
}

/* British police ranks in capitals lead a person's name. */
static void test_police_ranks(void **state)
{
	(void)state;
	const char *doc = "DCI Nora Platt said the attack was targeted, and PCSO Dan Reid said the "
	                  "park had been busy.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "DCI Nora Platt", NULL));
	assert_true(tu_find(r, "named_person", "PCSO Dan Reid", NULL));
	crd_result_free(r);
}

/* The head words of British papers' names make outlets. */
static void test_paper_heads(void **state)
{
	(void)state;
	const char *doc = "Figures obtained by the Ripon Advertiser show a rise, and the Leith "
	                  "Scotsman ran the story first.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "named_org", "Ripon Advertiser", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "media");
	assert_true(tu_find(r, "named_org", "Leith Scotsman", NULL));
	assert_false(tu_find(r, "named_person", "Ripon Advertiser", NULL));
	crd_result_free(r);
}

/* A given name and an initial withhold the surname: a person marked
 * partial, with the full stop; a middle initial before a surname is no such
 * name. */
static void test_withheld_surnames(void **state)
{
	(void)state;
	crd_evidence ev = { 0 };
	crd_result *r = tu_features("\"It changed my life,\" said Linda P., a nurse. Ruth Ellen Moss and "
	                            "George W. Brandt came.");
	assert_true(tu_find(r, "named_person", "Linda P.", &ev));
	assert_non_null(tu_attr(&ev, "partial"));
	assert_true(tu_find(r, "named_person", "George W. Brandt", &ev));
	assert_null(tu_attr(&ev, "partial"));
	crd_result_free(r);
}

/* A one-word company the text shows to be one: a firm's deed or "its" after
 * its verb, a firm's noun in apposition, its shares, its name in camel case
 * as it speaks; a person who "said it was" stays a person. */
static void test_one_word_companies(void **state)
{
	(void)state;
	const char *doc = "Torvanta said it had secured more storage. Later Torvanta said prices would rise. "
	                  "Brellik said its sales fell. Quennel, the state utility, cut power. Investors "
	                  "sold shares of Ostrava. Ostrava fell 4%. NovaStrand disclosed a loss.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Torvanta", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Torvanta"));
	assert_true(tu_find(r, "named_org", "Brellik", NULL));
	assert_true(tu_find(r, "named_org", "Quennel", NULL));
	assert_true(tu_find(r, "named_org", "Ostrava", NULL));
	assert_true(tu_find(r, "named_org", "NovaStrand", NULL));
	crd_result_free(r);
	r = tu_features("Marla Delgado spoke first. Delgado said it was a long day. Then Hurwick said it "
	                "was over. McTavish said it would take years.");
	assert_true(tu_find(r, "named_person", "Delgado", NULL));
	assert_true(tu_find(r, "named_person", "Hurwick", NULL));
	assert_true(tu_find(r, "named_person", "McTavish", NULL));
	crd_result_free(r);
}

/* "&" between two single words joins one firm's or college's name, the
 * first word of a sentence before it left out. */
static void test_ampersand_firms(void **state)
{
	(void)state;
	const char *doc = "The poll by Garland & Weiss College found a lead. Later Tamsin & Rook said sales "
	                  "fell, said Ada Quill, a lawyer at Pell & Darrow, who spoke first.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Garland & Weiss College", NULL));
	assert_true(tu_find(r, "named_org", "Tamsin & Rook", NULL));
	assert_true(tu_find(r, "named_org", "Pell & Darrow", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Rook"));
	crd_result_free(r);
}

/* Post-nominal letters after a name of two words or more are no part of
 * it and no organisation of their own; the person is named without them. */
static void test_post_nominals(void **state)
{
	(void)state;
	const char *doc = "Helen Marsh KC told the jury the account was false. "
	                  "Later Owen Price MSP visited the site, and Ruth Byrne TD wrote to the minister.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "Helen Marsh", NULL));
	assert_true(tu_find(r, "named_person", "Owen Price", NULL));
	assert_true(tu_find(r, "named_person", "Ruth Byrne", NULL));
	assert_false(tu_find(r, "named_org", "KC", NULL));
	assert_false(tu_find(r, "named_org", "TD", NULL));
	crd_result_free(r);
}

/* A weekday inside a known outlet's name stays in it; a known body's name
 * with "and" inside is whole. */
static void test_weekday_outlets(void **state)
{
	(void)state;
	crd_result *r = tu_features("The piece ran in The Sunday Telegraph last week, and HM Revenue and "
	                            "Customs declined to comment.");
	assert_true(tu_find(r, "named_org", "The Sunday Telegraph", NULL));
	assert_true(tu_find(r, "named_org", "HM Revenue and Customs", NULL));
	crd_result_free(r);
}

/* "Health" and "Financial" end the names of firms: "Brightline
 * Correctional Health", "Rivermark Financial" are no people. */
static void test_health_and_financial_firms(void **state)
{
	(void)state;
	const char *doc = "Brightline Correctional Health billed the county, and Rivermark Financial held "
	                  "talks, said Ada Quill.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Brightline Correctional Health", NULL));
	assert_true(tu_find(r, "named_org", "Rivermark Financial", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Brightline"));
	assert_false(tu_covers(r, doc, "named_person", "Rivermark"));
	crd_result_free(r);
}

/* Market indexes and benchmarks are no people ("the Tarrow Industrial
 * Average", "the Kelso Composite", "Ural Heavy Intermediate"), and an
 * exchange after a capitalised word is an organisation ("the Sorrel
 * Grain Exchange"). */
static void test_indexes_and_exchanges(void **state)
{
	(void)state;
	const char *doc = "The Tarrow Industrial Average fell and the Kelso Composite rose, while Ural Heavy "
	                  "Intermediate crude slipped on the Sorrel Grain Exchange, said Ada Quill.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Tarrow"));
	assert_false(tu_covers(r, doc, "named_person", "Kelso"));
	assert_false(tu_covers(r, doc, "named_person", "Intermediate"));
	assert_true(tu_find(r, "named_org", "Sorrel Grain Exchange", NULL));
	assert_true(tu_find(r, "named_person", "Ada Quill", NULL));
	crd_result_free(r);
}

/* A central bank is a body of government, not a company: by its head
 * words ("the Ostland Central Bank", "the Reserve Bank of Ostland") or by
 * its known name ("the Bank of Japan"); a commercial bank stays one. */
static void test_central_banks(void **state)
{
	(void)state;
	const char *doc = "The Ostland Central Bank, the Reserve Bank of Ostland and the Bank of Japan held "
	                  "rates, while Harbor Bank cut fees.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "named_org", "Ostland Central Bank", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "government");
	assert_true(tu_find(r, "named_org", "Reserve Bank of Ostland", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "government");
	assert_true(tu_find(r, "named_org", "Bank of Japan", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "government");
	assert_true(tu_find(r, "named_org", "Harbor Bank", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "company");
	crd_result_free(r);
}

/* A capitalised word that opens a sentence is no speaker when the verb
 * after it has the sense its unless= list names: "Mining added 9,000 jobs"
 * is hiring, "Forestry added fewer jobs" too; "Okafor added that" still
 * makes a person. */
static void test_opening_word_before_verb_of_other_sense(void **state)
{
	(void)state;
	const char *doc = "Mining added 9,000 jobs in May. Forestry added fewer jobs than forecast. "
	                  "Okafor added that hiring would slow.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Mining"));
	assert_false(tu_covers(r, doc, "named_person", "Forestry"));
	assert_true(tu_find(r, "named_person", "Okafor", NULL));
	crd_result_free(r);
}

/* A single name right after an organisation's noun is that organisation:
 * "the statistics office Valstat said", "the insurer Corvia"; after "a"
 * the noun opens a relative clause whose subject may be a person ("a
 * county Okafor won"). */
static void test_name_after_organisation_noun(void **state)
{
	(void)state;
	const char *doc =
	        "Output fell, the statistics office Valstat said. The insurer Corvia cut its dividend.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Valstat", NULL));
	assert_true(tu_find(r, "named_org", "Corvia", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Valstat"));
	crd_result_free(r);
	doc = "It was a county Okafor won easily, Okafor said.";
	r = tu_features(doc);
	assert_false(tu_find(r, "named_org", "Okafor", NULL));
	crd_result_free(r);
}

/* A heading over a summary's bullets is no person: "Key Points", "Key
 * Takeaways". */
static void test_summary_headings(void **state)
{
	(void)state;
	const char *doc = "Why the Miner Fell\n\nKey Points\n\n- Output fell 8% in the quarter.\n\n"
	                  "Key Takeaways\n\n- The dividend was cut.\n";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Key Points"));
	assert_false(tu_covers(r, doc, "named_person", "Key Takeaways"));
	crd_result_free(r);
}

/* Given names beyond the English ones make a person of a surname that is
 * also a place's head word ("Elena Park", "Ravi Hill") and give a later
 * "she" or "he" its gender. */
static void test_international_given_names(void **state)
{
	(void)state;
	const char *doc = "Elena Park, a chemist at Dorne Labs, said the results held. "
	                  "Ravi Hill, who runs the lab, agreed.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_person", "Elena Park", NULL));
	assert_false(tu_find(r, "place", "Elena Park", NULL));
	assert_true(tu_find(r, "named_person", "Ravi Hill", NULL));
	crd_result_free(r);
}

/* The first word of a company's name whose head word comes after other
 * capitalised words names the company alone later: "Fairway Growth
 * Partners ... Fairway said", not a person "Fairway". */
static void test_company_first_word_over_middle_words(void **state)
{
	(void)state;
	const char *doc = "The round is led by Brackley Growth Partners, a person said.\n\n"
	                  "Brackley did not respond to a request for comment.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Brackley", NULL));
	assert_false(tu_find(r, "named_person", "Brackley", NULL));
	crd_evidence ev;
	memset(&ev, 0, sizeof ev);
	assert_true(tu_find(r, "named_source", "Brackley", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "organisation");
	crd_result_free(r);
}

/* A firm's noun in apposition after a one-word name makes it a company,
 * also past a place joined to its adjective and over four words: "Payvo,
 * the London-based payments app,", "Dornley, a prominent political
 * consulting firm,". */
static void test_firm_apposition_after_adjectives(void **state)
{
	(void)state;
	const char *doc = "Payvo, the London-based payments app, said hackers took data.\n\n"
	                  "Dornley, a prominent political consulting firm, ran the ads.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Payvo", NULL));
	assert_true(tu_find(r, "named_org", "Dornley", NULL));
	assert_false(tu_find(r, "named_person", "Payvo", NULL));
	crd_result_free(r);
}

/* Platforms and tech firms that carry no head word are organisations
 * by name: "Reddit", "Snapchat", "CrowdStrike" speak or are named as
 * companies, never as people. */
static void test_tech_firms_by_name(void **state)
{
	(void)state;
	const char *doc = "Users on Reddit complained. Snapchat said the outage was fixed. "
	                  "CrowdStrike was hired in June.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_org", "Reddit", NULL));
	assert_true(tu_find(r, "named_org", "Snapchat", NULL));
	assert_false(tu_find(r, "named_person", "Snapchat", NULL));
	assert_true(tu_find(r, "named_org", "CrowdStrike", NULL));
	crd_result_free(r);
}

/* The words for "newspaper" that end the names of papers abroad make the
 * name an organisation, not a person: "the Kita Shimbun", "the Dong-a Ilbo". */
/* The last of names joined by "and" speaks through a verb that "both" or
 * "each" follows, as it does through one right after it; "both" after a
 * single name proves nothing. */
static void test_name_before_both(void **state)
{
	(void)state;
	assert_true(person("The panel met at noon. Ortel and Brannick both said the fund was empty.",
	                   "Brannick"));
	assert_true(person("The panel met at noon. Ortel, Sarn and Brannick each said the fund was empty.",
	                   "Brannick"));
	crd_result *r = tu_features("The panel met at noon. Ortel both said the fund was empty.");
	assert_false(tu_find(r, "named_person", "Ortel", NULL));
	crd_result_free(r);
}

static void test_foreign_paper_names(void **state)
{
	(void)state;
	crd_evidence ev = { 0 };
	crd_result *r =
	        tu_features("The Kita Shimbun reported the plan on Friday. The Namhae Ilbo said so too.");
	assert_true(tu_find(r, "named_org", "Kita Shimbun", &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "media");
	assert_false(tu_find(r, "named_person", "Kita Shimbun", NULL));
	assert_true(tu_find(r, "named_org", "Namhae Ilbo", NULL));
	crd_result_free(r);
}

/* The numeral of a generation closes a person's name as "Jr." does, and the
 * name with its aside speaks; a thing's series stays no person. */
static void test_generation_numerals(void **state)
{
	(void)state;
	const char *doc = "\"The fund is empty,\" Harlan T. Wixom III, a trustee of the fund, said on "
	                  "Monday. Later Odessa Brandvold II told the board it would wait. The plant at "
	                  "Moravia II was closed.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "named_person", "Harlan T. Wixom III", NULL));
	assert_true(tu_find(r, "named_source", "Harlan T. Wixom III, a trustee of the fund,", &ev));
	assert_string_equal(tu_attr(&ev, "cue")->string, "say");
	assert_true(tu_find(r, "named_person", "Odessa Brandvold II", NULL));
	assert_false(tu_covers(r, doc, "named_person", "Moravia II"));
	crd_result_free(r);

	/* more than two words before the numeral open on a given name or
	 * have an initial, or they are a title: "Harlan T. Wixom III" above,
	 * not a game's sequel */
	doc = "Harbor Night Racer IV sold well, analysts said.";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_person", "Harbor Night Racer IV"));
	crd_result_free(r);
}

/* A broadcaster's letters before "TV" name it, and it speaks through a
 * closing report, which then holds the report before it; "TV" after a
 * word the text also writes in lower case names nothing. */
static void test_letters_tv(void **state)
{
	(void)state;
	const char *doc = "Police were urging people to stay indoors, KQZT TV reported. The game is on "
	                  "LIVE TV tonight, and fans can watch it live.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "named_org", "KQZT TV", NULL));
	assert_true(tu_find(r, "named_source", "KQZT TV", &ev));
	assert_string_equal(tu_attr(&ev, "cue")->string, "report");
	assert_true(tu_find(r, "nested_attribution_cue", "urging", NULL));
	assert_false(tu_covers(r, doc, "named_org", "LIVE"));
	crd_result_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_titles_and_ranks),
		cmocka_unit_test(test_unlisted_roles),
		cmocka_unit_test(test_city_hall),
		cmocka_unit_test(test_editorial_board),
		cmocka_unit_test(test_quote_only_cue_after_an_opening_word),
		cmocka_unit_test(test_title_and_place_head_surname),
		cmocka_unit_test(test_organisations_and_units),
		cmocka_unit_test(test_places),
		cmocka_unit_test(test_dateline_places),
		cmocka_unit_test(test_sentence_initial_capitals),
		cmocka_unit_test(test_surnames_and_speakers),
		cmocka_unit_test(test_given_names),
		cmocka_unit_test(test_known_given_names_alone),
		cmocka_unit_test(test_adjective_surnames),
		cmocka_unit_test(test_towns_and_states),
		cmocka_unit_test(test_outlets_and_movements),
		cmocka_unit_test(test_abbreviations_and_months),
		cmocka_unit_test(test_opening_adverbs),
		cmocka_unit_test(test_web_addresses),
		cmocka_unit_test(test_after_closing_quotes),
		cmocka_unit_test(test_sentence_openings),
		cmocka_unit_test(test_compounds_and_teams),
		cmocka_unit_test(test_contractions_and_place_words),
		cmocka_unit_test(test_titles_alone_and_joined_organisations),
		cmocka_unit_test(test_relative_pronouns),
		cmocka_unit_test(test_quoted_titles),
		cmocka_unit_test(test_empty_and_odd_input),
		cmocka_unit_test(test_owned_institutions),
		cmocka_unit_test(test_streets_and_hospitals),
		cmocka_unit_test(test_legal_forms_and_glued_particles),
		cmocka_unit_test(test_headline_acronyms),
		cmocka_unit_test(test_known_organisations),
		cmocka_unit_test(test_lakes_rivers_and_newspaper_words),
		cmocka_unit_test(test_company_short_names),
		cmocka_unit_test(test_who_in_capitals),
		cmocka_unit_test(test_named_storms),
		cmocka_unit_test(test_street_abbreviations),
		cmocka_unit_test(test_tail_head_words),
		cmocka_unit_test(test_known_names_and_branches),
		cmocka_unit_test(test_firm_before_name),
		cmocka_unit_test(test_local_titles),
		cmocka_unit_test(test_sentence_initial_plurals),
		cmocka_unit_test(test_shouted_capitals),
		cmocka_unit_test(test_company_and_outlet_heads),
		cmocka_unit_test(test_medical_examiner),
		cmocka_unit_test(test_figures),
		cmocka_unit_test(test_given_name_place),
		cmocka_unit_test(test_bowl_games),
		cmocka_unit_test(test_headline_names),
		cmocka_unit_test(test_parties),
		cmocka_unit_test(test_date_abbreviations),
		cmocka_unit_test(test_local_offices),
		cmocka_unit_test(test_common_acronyms),
		cmocka_unit_test(test_places_like_people),
		cmocka_unit_test(test_drug_makers),
		cmocka_unit_test(test_street_heads),
		cmocka_unit_test(test_country_bodies),
		cmocka_unit_test(test_and_inside_names),
		cmocka_unit_test(test_common_words_in_bodies),
		cmocka_unit_test(test_spokesman_for),
		cmocka_unit_test(test_police_ranks),
		cmocka_unit_test(test_paper_heads),
		cmocka_unit_test(test_withheld_surnames),
		cmocka_unit_test(test_one_word_companies),
		cmocka_unit_test(test_ampersand_firms),
		cmocka_unit_test(test_weekday_outlets),
		cmocka_unit_test(test_post_nominals),
		cmocka_unit_test(test_reporting_periods),
		cmocka_unit_test(test_firm_officers_and_shares),
		cmocka_unit_test(test_answer_labels),
		cmocka_unit_test(test_bylines_with_jobs),
		cmocka_unit_test(test_notices_and_data),
		cmocka_unit_test(test_firms_with_legal_forms_named_alone),
		cmocka_unit_test(test_model_codes),
		cmocka_unit_test(test_offices_written_out),
		cmocka_unit_test(test_health_and_financial_firms),
		cmocka_unit_test(test_indexes_and_exchanges),
		cmocka_unit_test(test_central_banks),
		cmocka_unit_test(test_opening_word_before_verb_of_other_sense),
		cmocka_unit_test(test_name_after_organisation_noun),
		cmocka_unit_test(test_summary_headings),
		cmocka_unit_test(test_international_given_names),
		cmocka_unit_test(test_company_first_word_over_middle_words),
		cmocka_unit_test(test_firm_apposition_after_adjectives),
		cmocka_unit_test(test_tech_firms_by_name),
		cmocka_unit_test(test_foreign_paper_names),
		cmocka_unit_test(test_name_before_both),
		cmocka_unit_test(test_generation_numerals),
		cmocka_unit_test(test_letters_tv),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	tu_teardown();
	return rc;
}
