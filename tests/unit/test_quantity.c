/* test_quantity.c -- unit tests of core/det_quantity.c: numbers, vague quantities, dates. */
#include "testutil.h"

/* Whether some evidence of feature overlaps the first occurrence of word. */
static int has(const char *text, const char *feature, const char *word)
{
	crd_result *r = tu_features(text);
	int yes = tu_covers(r, text, feature, word);
	if (getenv("QDUMP"))
		tu_dump(r);
	crd_result_free(r);
	return yes;
}

/* Whether the text yields any evidence of feature at all. */
static int any(const char *text, const char *feature)
{
	crd_result *r = tu_features(text);
	int yes = tu_find(r, feature, NULL, NULL);
	crd_result_free(r);
	return yes;
}

/* The item of feature whose text is exactly span; fails when absent. The
 * result must be freed by the caller. */
static crd_result *item(const char *text, const char *feature, const char *span, crd_evidence *ev)
{
	crd_result *r = tu_features(text);
	if (!tu_find(r, feature, span, ev)) {
		tu_dump(r);
		crd_result_free(r);
		fail_msg("no %s \"%s\" in \"%s\"", feature, span, text);
	}
	return r;
}

static void num_is(const crd_evidence *ev, const char *key, double v)
{
	const crd_attr *a = tu_attr(ev, key);
	if (!a || a->type != CRD_ATTR_NUMBER)
		fail_msg("\"%s\": attribute %s is not a number", ev->text, key);
	if (a->number != v)
		fail_msg("\"%s\": %s is %g, not %g", ev->text, key, a->number, v);
}

static void null_is(const crd_evidence *ev, const char *key)
{
	const crd_attr *a = tu_attr(ev, key);
	if (!a || a->type != CRD_ATTR_NULL)
		fail_msg("\"%s\": attribute %s is not null", ev->text, key);
}

static void str_is(const crd_evidence *ev, const char *key, const char *v)
{
	const crd_attr *a = tu_attr(ev, key);
	if (!a || a->type != CRD_ATTR_STRING)
		fail_msg("\"%s\": attribute %s is not a string", ev->text, key);
	if (strcmp(a->string, v) != 0)
		fail_msg("\"%s\": %s is \"%s\", not \"%s\"", ev->text, key, a->string, v);
}

/* A hedged number with its hedge and bounds (NAN-free: has_lo/has_hi say
 * whether the bound is set). */
static void hedged(const char *text, const char *span, const char *hedge, int has_lo, double lo, int has_hi,
                   double hi)
{
	crd_evidence ev;
	crd_result *r = item(text, "hedged_number", span, &ev);
	str_is(&ev, "hedge", hedge);
	if (has_lo)
		num_is(&ev, "low", lo);
	else
		null_is(&ev, "low");
	if (has_hi)
		num_is(&ev, "high", hi);
	else
		null_is(&ev, "high");
	crd_result_free(r);
}

static void precise(const char *text, const char *span, const char *kind, double value)
{
	crd_evidence ev;
	crd_result *r = item(text, "precise_number", span, &ev);
	str_is(&ev, "kind", kind);
	num_is(&ev, "value", value);
	crd_result_free(r);
}

static void test_bounds(void **state)
{
	(void)state;
	hedged("At least 400 soldiers have arrived.", "At least 400", "lower_bound", 1, 400, 0, 0);
	hedged("The blast killed more than 20 people.", "more than 20", "lower_bound", 1, 20, 0, 0);
	hedged("Officials counted upwards of 1,200 ballots.", "upwards of 1,200", "lower_bound", 1, 1200, 0,
	       0);
	hedged("Police detained over 50 protesters.", "over 50", "lower_bound", 1, 50, 0, 0);
	hedged("The death toll could exceed 1,200.", "exceed 1,200", "lower_bound", 1, 1200, 0, 0);
	hedged("Sales surpassed 300 units.", "surpassed 300", "lower_bound", 1, 300, 0, 0);
	hedged("The rebels fired more than a dozen rockets.", "more than a dozen", "lower_bound", 1, 12, 0,
	       0);
	hedged("The bill could cost 400 or more jobs.", "400 or more", "lower_bound", 1, 400, 0, 0);
	hedged("The club has 400+ members.", "400+", "lower_bound", 1, 400, 0, 0);
	hedged("The storm left up to 150 homes without power.", "up to 150", "upper_bound", 0, 0, 1, 150);
	hedged("As many as 30 villagers fled.", "As many as 30", "upper_bound", 0, 0, 1, 30);
	hedged("Fewer than 10 cases were confirmed.", "Fewer than 10", "upper_bound", 0, 0, 1, 10);
	hedged("He sold no more than 5 cars that year.", "no more than 5", "upper_bound", 0, 0, 1, 5);
	hedged("Turnout was less than 40% in the north.", "less than 40%", "upper_bound", 0, 0, 1, 40);
	hedged("At least one person was killed.", "At least one", "lower_bound", 1, 1, 0, 0);
	/* a capitalised bound that opens the clause after a dateline or a colon */
	hedged("KORVIK \xE2\x80\x94 At least 40 people were evacuated.", "At least 40", "lower_bound", 1, 40, 0, 0);
	hedged("BEIRUT - More than 20 people died.", "More than 20", "lower_bound", 1, 20, 0, 0);
	hedged("The toll: Up to 150 homes were lost.", "Up to 150", "upper_bound", 0, 0, 1, 150);
	/* a headline in title case capitalises its hedges */
	hedged("Flooding Kills At Least 400", "At Least 400", "lower_bound", 1, 400, 0, 0);
	hedged("Quake Kills More Than 40 in Turkey", "More Than 40", "lower_bound", 1, 40, 0, 0);
	hedged("Flood Toll Rises to Nearly 500", "Nearly 500", "approx", 1, 500, 1, 500);
	hedged("Storm Leaves About 2,000 Homeless", "About 2,000", "approx", 1, 2000, 1, 2000);
	assert_false(any("Forbes Opens Its Under 30 Summit", "hedged_number"));
	/* "over" after a casualty verb bounds its object, not an age */
	hedged("The blast injured over 50, police said.", "over 50", "lower_bound", 1, 50, 0, 0);
	hedged("The shelling wounded over 30.", "over 30", "lower_bound", 1, 30, 0, 0);
	/* a bounded multiple and a bounded ordinal; unbounded, neither is a figure */
	hedged("He drove at nearly twice the legal limit.", "nearly twice", "approx", 1, 2, 1, 2);
	hedged("It spends more than twice as much.", "more than twice", "lower_bound", 1, 2, 0, 0);
	assert_false(any("She called twice.", "precise_number"));
	crd_evidence ov;
	crd_result *orr = item("It is at least the fourth fatal crash this year.", "hedged_number",
	                       "at least the fourth", &ov);
	str_is(&ov, "kind", "ordinal");
	str_is(&ov, "hedge", "lower_bound");
	num_is(&ov, "low", 4);
	crd_result_free(orr);
	hedged("It is at least the 4th crash.", "at least the 4th", "lower_bound", 1, 4, 0, 0);
	assert_false(any("It was the fourth crash.", "precise_number"));
	/* a capitalised hedge after a list's bullet opens the item */
	hedged("Key figures:\n- More than 700 homes were flooded.", "More than 700", "lower_bound", 1, 700, 0,
	       0);
	hedged("Key figures:\n* Nearly 90 schools shut.", "Nearly 90", "approx", 1, 90, 1, 90);
	hedged("Key figures:\n\xe2\x80\xa2 At least 12 bridges fell.", "At least 12", "lower_bound", 1, 12, 0,
	       0);
	hedged("Key figures:\n\xe2\x80\xa2"
	       "An estimated 3,000 families left.",
	       "An estimated 3,000", "estimate", 1, 3000, 1, 3000);

	/* the counted noun */
	crd_evidence ev;
	crd_result *r = item("At least 400 soldiers from the Guard have arrived.", "hedged_number",
	                     "At least 400", &ev);
	str_is(&ev, "noun", "soldiers");
	str_is(&ev, "kind", "count");
	crd_result_free(r);
}

static void test_approximations(void **state)
{
	(void)state;
	/* "estimated to reach", "estimated to cost": an estimate, as "an estimated" */
	hedged("Repairs are estimated to cost $2.5 million.", "are estimated to cost $2.5 million",
	       "estimate", 1, 2.5e6, 1, 2.5e6);
	/* an approximator before the article of the figure's noun phrase */
	hedged("Markets see about a 45% chance of a cut.", "about a 45%", "approx", 1, 45, 1, 45);
	assert_false(has("The tour was planned around a 90,000-seat arena.", "hedged_number", "90,000"));
	hedged("About 400 people attended.", "About 400", "approx", 1, 400, 1, 400);
	hedged("The fire destroyed around 30 houses.", "around 30", "approx", 1, 30, 1, 30);
	hedged("Nearly 3,000 residents left.", "Nearly 3,000", "approx", 1, 3000, 1, 3000);
	hedged("Roughly 40 people were in the room.", "Roughly 40", "approx", 1, 40, 1, 40);
	hedged("Approximately 1.2 million doses arrived.", "Approximately 1.2 million", "approx", 1, 1.2e6, 1,
	       1.2e6);
	hedged("Some 400 troops crossed the river.", "Some 400", "approx", 1, 400, 1, 400);
	hedged("The village has 40-odd houses.", "40-odd", "approx", 1, 40, 1, 40);
	hedged("He left after 20 minutes or so of waiting.", "20 minutes or so", "approx", 1, 20, 1, 20);
	/* a tilde glued to the figure approximates it */
	hedged("Shelters hold ~4,000 evacuees.", "~4,000", "approx", 1, 4000, 1, 4000);
	hedged("Repairs cost ~$5 million.", "~$5 million", "approx", 1, 5e6, 1, 5e6);

	crd_evidence ev;
	crd_result *r = item("The state has an estimated 57,000 Somali residents.", "hedged_number",
	                     "an estimated 57,000", &ev);
	str_is(&ev, "hedge", "estimate"); /* as "estimated at" */
	const crd_attr *est = tu_attr(&ev, "estimate");
	assert_non_null(est);
	assert_int_equal(est->type, CRD_ATTR_BOOL);
	crd_result_free(r);

	hedged("The damage was estimated at $4 million.", "estimated at $4 million", "estimate", 1, 4e6, 1,
	       4e6);
	/* a penalty the law sets is an exact figure, not a hedged one */
	assert_false(any("He could face up to 10 years in prison.", "hedged_number"));
	precise("He could face up to 10 years in prison.", "10 years", "duration", 10);
	precise("It brings up to one year in prison.", "one year", "duration", 1);
	precise("It carries a fine of up to $250,000.", "$250,000", "money", 250000);
	precise("He faces a minimum of 15 years in prison.", "15 years", "duration", 15);
	hedged("The county could owe as much as $3 billion in repairs.", "as much as $3 billion",
	       "upper_bound", 0, 0, 1, 3e9);
	/* "about $5 million" is a hedged amount of money */
	r = item("The firm paid about $5 million in fines.", "hedged_number", "about $5 million", &ev);
	str_is(&ev, "kind", "money");
	crd_result_free(r);
}

/* The last two of a list of choices are no range, each figure stands alone; two figures joined by
 * "or" alone still are one ("10 or 12 new stations"). */
static void test_list_of_choices_is_no_range(void **state)
{
	(void)state;
	const char *doc = "Readers can give $5, $15 or $40 a month.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "hedged_number", "$15 or $40", NULL));
	assert_true(tu_find(r, "precise_number", "$40", NULL));
	crd_result_free(r);
	hedged("The city plans 10 or 12 new stations.", "10 or 12", "range", 1, 10, 1, 12);
}

static void test_ranges(void **state)
{
	(void)state;
	hedged("Between 70 and 150 fighters were killed.", "Between 70 and 150", "range", 1, 70, 1, 150);
	hedged("The attack killed 70-150 fighters.", "70-150", "range", 1, 70, 1, 150);
	hedged("The attack killed 70\xe2\x80\x93"
	       "150 fighters.",
	       "70\xe2\x80\x93"
	       "150",
	       "range", 1, 70, 1, 150);
	hedged("The attack killed 70 to 150 fighters.", "70 to 150", "range", 1, 70, 1, 150);
	hedged("The toll ranges from 70 to 150 dead.", "from 70 to 150", "range", 1, 70, 1, 150);
	hedged("Estimates range from as low as 70 and as high as 150 enemy casualties.",
	       "from as low as 70 and as high as 150", "range", 1, 70, 1, 150);
	hedged("Two or three shops were looted.", "Two or three", "range", 1, 2, 1, 3);
	hedged("Between 4 and 5 million people voted.", "Between 4 and 5 million", "range", 1, 4e6, 1, 5e6);
	hedged("Prices rose 10 to 15 percent in a year.", "10 to 15 percent", "range", 1, 10, 1, 15);
	/* a minus sign glued to a figure: a confidence interval that crosses
	 * zero, a temperature, a change, in ASCII or as U+2212; a dash
	 * before a figure is none */
	hedged("Weight fell 0.4kg (95% CI -0.9 to 1.7kg).", "-0.9 to 1.7kg", "range", 1, -0.9, 1, 1.7);
	hedged("Lows range from -5 to 3 degrees.", "from -5 to 3 degrees", "range", 1, -5, 1, 3);
	hedged("The score moved (95% CI \xe2\x88\x92"
	       "4.1 to 2.2).",
	       "\xe2\x88\x92"
	       "4.1 to 2.2",
	       "range", 1, -4.1, 1, 2.2);
	precise("Her net rating was -11 points.", "-11 points", "measure", -11);
	precise("The tally \xe2\x80\x94"
	        "611 in favor \xe2\x80\x94 held.",
	        "611", "count", 611);

	crd_evidence ev;
	crd_result *r = item("Current estimates range from 70 to 150 casualties.", "hedged_number",
	                     "from 70 to 150", &ev);
	assert_non_null(tu_attr(&ev, "estimate"));
	str_is(&ev, "noun", "casualties");
	crd_result_free(r);

	/* a change between two figures, a vote tally, a score: no range */
	assert_false(has("Inflation rose from 5% to 10% last year.", "hedged_number", "5%"));
	precise("Inflation rose from 5% to 10% last year.", "10%", "percent", 10);
	/* the verb of change may stand further back, over a span of years;
	 * a word of spread nearer keeps the range */
	assert_false(has("Thefts rose by 9% between 2019 and 2023, from 212 to 231 cases.", "hedged_number",
	                 "212"));
	assert_true(has("Sales rose, though rents ranged from 400 to 600 euros.", "hedged_number", "40"));
	assert_false(has("The Senate voted 52 to 48 to pass it.", "hedged_number", "52"));
	assert_false(has("The home side won 5-4 after extra time.", "hedged_number", "5-4"));
	/* a tally whose smaller side comes first is still a tally */
	assert_false(has("They trusted him less, by a 42-51 margin.", "hedged_number", "42-51"));
	assert_false(has("It failed on a 196-232 vote.", "hedged_number", "196-232"));
	/* a tally is one precise count of its first side, the second its tally */
	static const char *const tallies[][2] = {
		{ "The council voted 5-2 Tuesday to approve it.", "5-2" },
		{ "It failed on a 196-232 vote.", "196-232" },
		{ "The home side won 5-4 after extra time.", "5-4" },
	};
	for (size_t i = 0; i < sizeof tallies / sizeof tallies[0]; i++) {
		crd_evidence tv;
		crd_result *tr = item(tallies[i][0], "precise_number", tallies[i][1], &tv);
		str_is(&tv, "kind", "count");
		assert_non_null(tu_attr(&tv, "tally"));
		assert_null(tu_attr(&tv, "noun"));
		crd_result_free(tr);
	}
	assert_true(has("They expect 70-150 new cases.", "hedged_number", "70-150"));
	/* a team's record of wins and losses, with fewer wins than losses, is no
	 * range: in brackets after the team, after "fell to", after "are" and
	 * where; a range in brackets or after "fell to" still counts something */
	static const char *const records[][2] = {
		{ "The Hornets (4-10) have lost five straight.", "4-10" },
		{ "Westfield fell to 2-6 with the defeat.", "2-6" },
		{ "The Hornets improved to 5-7 on the season.", "5-7" },
		{ "The Hornets are 3-8 at home this year.", "3-8" },
	};
	for (size_t i = 0; i < sizeof records / sizeof records[0]; i++) {
		assert_false(has(records[i][0], "hedged_number", records[i][1]));
		crd_evidence tv;
		crd_result *tr = item(records[i][0], "precise_number", records[i][1], &tv);
		assert_non_null(tu_attr(&tv, "tally"));
		crd_result_free(tr);
	}
	assert_true(has("Storms are due (2-4 p.m.) in the north.", "hedged_number", "2-4 p.m."));
	assert_true(has("Mortgage rates fell to 6-7 percent by June.", "hedged_number", "6-7 percent"));
	assert_false(has("About three in four -- 76% -- agreed.", "hedged_number", "76%"));
	/* after a verb of change and "by": a change and the level it reached */
	precise("The bank raised rates by 0.25 percentage points to 4.5%.", "0.25 percentage points",
	        "percent", 0.25);
	precise("The bank raised rates by 0.25 percentage points to 4.5%.", "4.5%", "percent", 4.5);
	precise("Turnout fell by 3 to 58 percent.", "58 percent", "percent", 58);
	precise("Its stake grew by 2% to 7%.", "2%", "percent", 2);
	precise("Its stake grew by 2% to 7%.", "7%", "percent", 7);
	hedged("Prices rose by 10 to 15 percent.", "10 to 15 percent", "range", 1, 10, 1, 15);
	/* a figure and its margin: the range around it */
	hedged("Sales should reach $2.4 billion, plus or minus $100 million.",
	       "$2.4 billion, plus or minus $100 million", "range", 1, 2.3e9, 1, 2.5e9);
	/* a range of years ago is a range of durations, not a count and a date */
	hedged("The tools were made between 30,000 and 34,000 years ago.", "between 30,000 and 34,000 years",
	       "range", 1, 30000, 1, 34000);
	assert_true(has("She wed in 1967 and 12 years later they split.", "relative_date", "later"));
	/* the unit on the second figure of a dashed span, inches in brackets */
	hedged("Its tail is 40\xe2\x80\x93"
	       "55 mm (1.6\xe2\x80\x93"
	       "2.2 in) long.",
	       "40\xe2\x80\x93"
	       "55 mm",
	       "range", 1, 40, 1, 55);
	hedged("Its tail is 40\xe2\x80\x93"
	       "55 mm (1.6\xe2\x80\x93"
	       "2.2 in) long.",
	       "1.6\xe2\x80\x93"
	       "2.2 in",
	       "range", 1, 1.6, 1, 2.2);
	hedged("It cut emissions by 5 percent to 15 percent.", "5 percent to 15 percent", "range", 1, 5, 1,
	       15);
	/* a verb with an object, and a level far above the change */
	precise("The firm raised its yearly payout by 3 cents to 40 cents a share.", "3 cents", "money",
	        0.03);
	precise("The firm raised its yearly payout by 3 cents to 40 cents a share.", "40 cents", "money",
	        0.4);
	precise("They lifted the fare by $2 to $30.", "$30", "money", 30);
}

/* A year that dates the level a figure is measured against is a year, with
 * a comparison before it too; a count of things under a hedge stays one. */
static void test_year_of_a_level(void **state)
{
	(void)state;
	precise("Turnout is on pace to exceed 2022 levels.", "2022", "year", 2022);
	precise("Rents stayed below 2019 highs all spring.", "2019", "year", 2019);
	assert_false(any("Turnout is on pace to exceed 2022 levels.", "hedged_number"));
	hedged("More than 2000 homes lost power.", "More than 2000", "lower_bound", 1, 2000, 0, 0);
}

static void test_word_numbers(void **state)
{
	(void)state;
	/* "net zero" names a policy */
	assert_false(any("The party will review its net zero pledges.", "precise_number"));
	precise("Four men were arrested.", "Four", "count", 4);
	precise("They found twelve bodies.", "twelve", "count", 12);
	precise("A dozen women were freed.", "A dozen", "count", 12);
	precise("It took twenty-five years to finish.", "twenty-five years", "duration", 25);
	precise("They hired two hundred and fifty guards.", "two hundred and fifty", "count", 250);
	precise("Half a million people marched.", "Half a million", "count", 5e5);
	precise("Two dozen trucks waited.", "Two dozen", "count", 24);
	precise("The town spent one million dollars.", "one million dollars", "money", 1e6);

	/* "one" alone is a pronoun or a determiner more often than a count */
	assert_false(any("One of the guards said no one saw it.", "precise_number"));
	/* a capitalised number word inside a sentence is a title */
	assert_false(has("She saw Ocean's Eleven twice.", "precise_number", "Eleven"));

	crd_evidence ev;
	crd_result *r = item("Four men were arrested.", "precise_number", "Four", &ev);
	str_is(&ev, "noun", "men");
	crd_result_free(r);
}

static void test_digits_scales_units(void **state)
{
	(void)state;
	precise("The army sent 400 soldiers.", "400", "count", 400);
	precise("The city has 1,200 beds.", "1,200", "count", 1200);
	precise("The region has 4.5 million people.", "4.5 million", "count", 4.5e6);
	precise("The firm earned $5 million.", "$5 million", "money", 5e6);
	precise("The deal is worth \xc2\xa3"
	        "3bn.",
	        "\xc2\xa3"
	        "3bn",
	        "money", 3e9);
	precise("He was paid $3.5m last year.", "$3.5m", "money", 3.5e6);
	precise("Sales fell 12% in March.", "12%", "percent", 12);
	precise("Sales fell 12 percent in March.", "12 percent", "percent", 12);
	precise("Sales fell 5 per cent in March.", "5 per cent", "percent", 5);
	precise("Inflation eased to 3.7pc in May.", "3.7pc", "percent", 3.7);
	/* pence glued to the figure: money under a pound; a screen's lines
	 * are no money */
	precise("A loaf now costs 45p more.", "45p", "money", 0.45);
	precise("Fuel duty was cut by 2.5p a litre.", "2.5p", "money", 0.025);
	assert_false(any("The clip streams in 1080p only.", "precise_number"));
	precise("Banks await a 50 basis point rise.", "50 basis point", "percent", 50);
	precise("The yield rose 12 bps on Monday.", "12 bps", "percent", 12);
	precise("The fund sold 500 BP shares.", "500", "count", 500);
	precise("The convoy drove 40 km north.", "40 km", "measure", 40);
	/* magnitudes and temperatures are measures */
	static const char *const measures[][4] = {
		{ "A magnitude 6.8 earthquake struck the coast.", "magnitude 6.8", "magnitude", "6.8" },
		{ "A magnitude-6.2 quake hit.", "magnitude-6.2", "magnitude", "6.2" },
		{ "A 7.1-magnitude quake hit.", "7.1-magnitude", "magnitude", "7.1" },
		{ "It measured 5.9 on the Richter scale.", "5.9 on the Richter scale", "magnitude", "5.9" },
		{ "Temperatures may reach 44C today.", "44C", "C", "44" },
		{ "It was 104F in the shade.", "104F", "F", "104" },
		{ "It was 44\xc2\xb0"
		  "C in the shade.",
		  "44\xc2\xb0"
		  "C",
		  "C", "44" },
	};
	for (size_t i = 0; i < sizeof measures / sizeof measures[0]; i++) {
		crd_evidence mv;
		crd_result *mr = item(measures[i][0], "precise_number", measures[i][1], &mv);
		str_is(&mv, "kind", "measure");
		str_is(&mv, "unit", measures[i][2]);
		num_is(&mv, "value", atof(measures[i][3]));
		crd_result_free(mr);
	}
	/* "m" is metres unless a currency or a counted plural says millions */
	precise("The ship is 300m long.", "300m", "measure", 300);
	precise("He ran 100m in 9.58 seconds.", "100m", "measure", 100);
	precise("The firm paid $300m for it.", "$300m", "money", 3e8);
	precise("The app has 300m users.", "300m", "count", 3e8);
	/* cents are hundredths; a prefix names the dollar */
	precise("The firm earned 54 cents a share.", "54 cents", "money", 0.54);
	precise("The stock fell 45 cents to $12.30.", "45 cents", "money", 0.45);
	precise("The stock fell 45 cents to $12.30.", "$12.30", "money", 12.3);
	static const char *const dollars[][3] = {
		{ "The deal is worth C$40 million.", "C$40 million", "CAD" },
		{ "The deal is worth HK$2 billion.", "HK$2 billion", "HKD" },
		{ "The deal is worth A$5 billion.", "A$5 billion", "AUD" },
		{ "The deal is worth $5 billion.", "$5 billion", "USD" },
		/* an upper-case ISO code before or after the amount, a currency sign */
		{ "The agency paid UAH 12.5 million in aid.", "UAH 12.5 million", "UAH" },
		{ "Flour costs SDG 2,000 a kilo.", "SDG 2,000", "SDG" },
		{ "Rent is 900 NIS a month.", "900 NIS", "ILS" },
		{ "The fine was \xe2\x82\xa6"
		  "200 million.",
		  "\xe2\x82\xa6"
		  "200 million",
		  "NGN" },
	};
	for (size_t i = 0; i < sizeof dollars / sizeof dollars[0]; i++) {
		crd_evidence dv;
		crd_result *dr = item(dollars[i][0], "precise_number", dollars[i][1], &dv);
		str_is(&dv, "unit", dollars[i][2]);
		crd_result_free(dr);
	}
	/* a bare dollar in a text about Canada or Australia is theirs, unless
	 * the text names its other dollars or says US dollars */
	static const char *const local[][3] = {
		{ "Wire worth $40,000 was stolen from a yard in British Columbia, RCMP said.", "$40,000",
		  "CAD" },
		{ "Sydney rents rose to $700 a week, the highest in Australia.", "$700", "AUD" },
		{ "The deal is worth C$40 million in Ontario, or $30 million, Canada said.", "$30 million",
		  "USD" },
		{ "Ontario and Quebec paid $22 in U.S. dollars.", "$22", "USD" },
		{ "The fine in Ontario was $900, Texas and Ohio officials said, as in Iowa.", "$900", "USD" },
		/* "R&D" and "S&P" name no other dollar */
		{ "Wire worth $40,000 went to R&D in British Columbia, RCMP said.", "$40,000", "CAD" },
	};
	for (size_t i = 0; i < sizeof local / sizeof local[0]; i++) {
		crd_evidence dv;
		crd_result *dr = item(local[i][0], "precise_number", local[i][1], &dv);
		str_is(&dv, "unit", local[i][2]);
		crd_result_free(dr);
	}
	/* "SDG 4" is one of the seventeen development goals, no amount */
	assert_false(has("Schools work towards SDG 4 by 2030.", "precise_number", "SDG"));
	precise("The meeting lasted 30 minutes.", "30 minutes", "duration", 30);
	/* "1-in-N-year" is one figure, the return period, as "a 100-year flood";
	 * "N-in-M" without it a share */
	precise("Forecasters called it a 1-in-100-year flood.", "1-in-100-year", "duration", 100);
	precise("It was a 1-in-1,000-year rain.", "1-in-1,000-year", "duration", 1000);
	crd_result *yr = tu_features("It was a 1-in-1,000-year rain.");
	assert_false(tu_find(yr, "precise_number", "000-year", NULL));
	crd_result_free(yr);
	precise("Only 3-in-10 said so.", "3-in-10", "percent", 30);
	/* a page's reading time is no figure; minutes to read something are */
	assert_false(has("Markets rally\n3 min read\nStocks rose.", "precise_number", "3 min"));
	assert_false(any("It is a 5-minute read.", "precise_number"));
	precise("He took 3 min to read it.", "3 min", "duration", 3);
	/* nautical miles; a distance per hour is a speed, as "mph" */
	hedged("A ship sank about 60 nautical miles off the coast.", "about 60 nautical miles", "approx", 1,
	       60, 1, 60);
	static const char *const speeds[][3] = {
		{ "Gusts reached 50 miles per hour.", "50 miles per hour", "mph" },
		{ "Gusts reached 80 kilometres an hour.", "80 kilometres an hour", "km/h" },
		{ "Gusts reached 80km per hour.", "80km per hour", "km/h" },
		/* the unit with its slash, spaced or glued to the figure */
		{ "Gusts reached 85 km/h on the ridge.", "85 km/h", "km/h" },
		{ "Gusts reached 110km/hr on the ridge.", "110km/hr", "km/h" },
		/* a knot is a nautical mile an hour: no "mph" */
		{ "The ship made 20 nautical miles per hour.", "20 nautical miles", "nautical miles" },
	};
	for (size_t i = 0; i < sizeof speeds / sizeof speeds[0]; i++) {
		crd_evidence sv;
		crd_result *sr = item(speeds[i][0], "precise_number", speeds[i][1], &sv);
		str_is(&sv, "unit", speeds[i][2]);
		crd_result_free(sr);
	}

	crd_evidence ev;
	crd_result *r =
	        item("The army sent 150 enemy combatant casualties home.", "precise_number", "150", &ev);
	str_is(&ev, "noun", "casualties");
	crd_result_free(r);
	/* a preposition is no counted noun, an adjective before one is no head */
	r = item("Those who turn 18 prior to the vote may take part.", "precise_number", "18", &ev);
	assert_null(tu_attr(&ev, "noun"));
	crd_result_free(r);
	r = item("He had two prior convictions and 40 behind him.", "precise_number", "two", &ev);
	str_is(&ev, "noun", "convictions");
	crd_result_free(r);
	r = item("He had 40 behind him.", "precise_number", "40", &ev);
	assert_null(tu_attr(&ev, "noun"));
	crd_result_free(r);
	/* a people named in -is is a counted noun */
	r = item("Some 60,000 Israelis remain displaced.", "hedged_number", "Some 60,000", &ev);
	str_is(&ev, "noun", "israelis");
	crd_result_free(r);
	r = item("More than 4 million Yemenis have fled.", "hedged_number", "More than 4 million", &ev);
	str_is(&ev, "noun", "yemenis");
	crd_result_free(r);
	/* a verb right after the number says what the counted did: no noun;
	 * a participle before a noun is its adjective */
	static const char *const verbs[][2] = {
		{ "Between 70 and 150 died in the attack.", "Between 70 and 150" },
		{ "As many as 30 fled.", "As many as 30" },
		{ "About 200 gathered outside.", "About 200" },
		{ "Nearly 50 remain missing.", "Nearly 50" },
		{ "About 300 surrendered to the army.", "About 300" },
		{ "About 150 came out to hear him.", "About 150" },
		{ "More than 4.8 million seeking refuge abroad were counted.", "More than 4.8 million" },
		/* a head before another number is none: it counts "contests" */
		{ "He won about six of the past seven contests.", "about six" },
	};
	for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++) {
		r = item(verbs[i][0], "hedged_number", verbs[i][1], &ev);
		assert_null(tu_attr(&ev, "noun"));
		crd_result_free(r);
	}
	/* no counted noun: a verb, an adverb, a date, a state; a name's verb */
	static const char *const no_noun[][2] = {
		{ "Police arrested 3 overnight.", "3" },
		{ "Rescuers found 14 alive.", "14" },
		{ "Police arrested 3 yesterday.", "3" },
		{ "Ukraine's 104th Brigade Repels Assault", "104th" },
		{ "Five earthquake shocks struck the coast.", "Five" },
	};
	for (size_t i = 0; i < sizeof no_noun / sizeof no_noun[0]; i++) {
		r = item(no_noun[i][0], "precise_number", no_noun[i][1], &ev);
		if (i == 4)
			str_is(&ev, "noun", "shocks");
		else
			assert_null(tu_attr(&ev, "noun"));
		crd_result_free(r);
	}
	assert_false(any("UPDATE 2-Council approves park", "precise_number"));
	assert_false(any("He backs the 5-Star Movement.", "precise_number"));
	precise("He found 3 lost dogs.", "3", "count", 3);
	r = item("He found 3 lost dogs.", "precise_number", "3", &ev);
	str_is(&ev, "noun", "dogs");
	crd_result_free(r);
	static const char *const nouns[][3] = {
		{ "About 400 armed men arrived.", "About 400", "men" },
		{ "Tens of millions of displaced people", "Tens of millions of displaced people", "people" },
		{ "About 50 arrested protesters were freed.", "About 50", "protesters" },
		{ "At least 30 dead were found.", "At least 30", "dead" },
		{ "About four remaining mainstream candidates spoke.", "About four", "candidates" },
		{ "Nearly 17 adoring grandchildren came.", "Nearly 17", "grandchildren" },
	};
	for (size_t i = 0; i < sizeof nouns / sizeof nouns[0]; i++) {
		r = item(nouns[i][0], i == 1 ? "vague_quantity" : "hedged_number", nouns[i][1], &ev);
		str_is(&ev, "noun", nouns[i][2]);
		crd_result_free(r);
	}

	/* a ratio is a share: one figure, as a percentage */
	precise("One in five voters said no.", "One in five", "percent", 20);
	precise("Three out of four doctors agree.", "Three out of four", "percent", 75);
	hedged("Nearly eight in 10 voters have decided.", "Nearly eight in 10", "approx", 1, 80, 1, 80);
	r = item("Six in 10 say he is decisive.", "precise_number", "Six in 10", &ev);
	str_is(&ev, "unit", "ratio");
	assert_null(tu_attr(&ev, "noun"));
	crd_result_free(r);
	assert_false(has("He was one in a million.", "precise_number", "one"));
	precise("It happened once in 2016.", "2016", "year", 2016);

	/* a fraction of a group is a share too */
	precise("Half of Republicans say so.", "Half", "percent", 50);
	precise("Two-thirds of voters agree.", "Two-thirds", "percent", 200.0 / 3);
	precise("About three quarters of them left, and half the country stayed.", "half", "percent", 50);
	hedged("At least half of voters agree.", "At least half", "lower_bound", 1, 50, 0, 0);
	hedged("Less than a third of students came.", "Less than a third", "upper_bound", 0, 0, 1, 100.0 / 3);
	/* a part of one percent is the share itself */
	hedged("A recount is due if the margin is one-half of one percent or less.",
	       "one-half of one percent or less", "upper_bound", 0, 0, 1, 0.5);
	precise("Trade with them is a quarter of 1 percent of the total.", "a quarter of 1 percent",
	        "percent", 0.25);
	precise("Rates rose half a percentage point.", "half a percentage point", "percent", 0.5);
	/* of the people asked, the group left out, before a verb of saying */
	hedged("About a third said the laws should stay.", "About a third", "approx", 1, 100.0 / 3, 1,
	       100.0 / 3);
	precise("Two-thirds support the plan.", "Two-thirds", "percent", 200.0 / 3);
	assert_false(has("The second half said nothing.", "precise_number", "half"));
	r = item("Nearly a quarter of the staff quit.", "hedged_number", "Nearly a quarter", &ev);
	str_is(&ev, "unit", "fraction");
	str_is(&ev, "noun", "staff");
	crd_result_free(r);
	/* but not a part of a thing, a period, or a number */
	precise("A quarter of a million people came.", "A quarter of a million", "count", 250000);
	precise("It took one and a half hours.", "one and a half hours", "duration", 1.5);
	assert_false(has("He ate half a sandwich.", "precise_number", "half"));
	assert_false(has("Sales rose in the third quarter of 2016.", "precise_number", "quarter"));
	assert_false(has("It grew in the second half of the year.", "precise_number", "half"));
	assert_false(has("He lives in the western half of the state.", "precise_number", "half"));
	/* a fraction cut off at the end of the text reads nothing past it */
	crd_result_free(tu_features("He gave half of"));
	crd_result_free(tu_features("two-thirds"));
}

static void test_ordinals_years_times(void **state)
{
	(void)state;
	const char *units = "They met the SAA's 123rd Brigade of the 3rd Armored Division and the 104th "
	                    "Airborne Brigade.";
	assert_false(has(units, "hedged_number", "123rd"));
	assert_false(has(units, "hedged_number", "104th"));
	precise(units, "123rd", "ordinal", 123);
	precise(units, "104th", "ordinal", 104);

	precise("The law passed in 2016.", "2016", "year", 2016);
	assert_false(has("The wall was built around 2010.", "hedged_number", "2010"));
	precise("The wall was built around 2010.", "2010", "year", 2010);
	hedged("About 2000 people gathered.", "About 2000", "approx", 1, 2000, 1, 2000);
	precise("In the 1990s crime fell.", "1990s", "year", 1990);

	assert_false(has("The blast came at about 3 p.m. on the day.", "hedged_number", "3 p.m."));
	/* times are hours on the 24-hour clock */
	precise("The blast came at 3:30 p.m. on the day.", "3:30 p.m.", "time", 15.5);
	precise("Doors open at 10am.", "10am", "time", 10);
	precise("Doors open at 10pm.", "10pm", "time", 22);
	precise("It ended at 3 p.m. yesterday.", "3 p.m.", "time", 15);
	precise("It began at 12:30 a.m. on the day.", "12:30 a.m.", "time", 0.5);
	precise("It began at noon, 12 p.m. sharp.", "12 p.m.", "time", 12);
	precise("It starts at 5:30pm today.", "5:30pm", "time", 17.5);
	assert_false(any("It starts at 5:30pm today.", "hedged_number"));
	precise("At 1530 GMT it ended.", "1530 GMT", "time", 15.5);
	assert_false(has("At 1575 GMT it ended.", "precise_number", "GMT"));
	/* British clock times with a point, and zones in capitals */
	precise("Updated 21.45 BST on Friday.", "21.45 BST", "time", 21.75);
	precise("Polls close at 2000 CET.", "2000 CET", "time", 20);
	assert_false(has("It rose 14.30 est. overall.", "precise_number", "est"));
	/* a dash glued to "p.m" takes its dot: still a time, and no count of "p" */
	precise("The tally came in around 8 p.m--though he had won.", "8 p.m", "time", 20);
	assert_false(has("The tally came in around 8 p.m--though he had won.", "hedged_number", "around 8"));

	/* a decimal written without its zero keeps its point: "batting .312" */
	precise("Ruiz, hitting .287 this year, homered twice.", ".287", "count", 0.287);

	precise("Rahami, 28, was born abroad.", "28", "age", 28);
	precise("A 28-year-old man was held.", "28-year-old", "age", 28);
	/* ages after a common noun, in brackets, after "age(s)" */
	precise("The driver, 34, was arrested.", "34", "age", 34);
	precise("His daughter, 9, was unhurt.", "9", "age", 9);
	precise("Sarah Jones (34) was injured.", "34", "age", 34);
	precise("Iowa (6) moves to lean Republican.", "6", "count", 6);
	precise("Two others, ages 17 and 18, were hurt.", "17", "age", 17);
	precise("Two others, ages 17 and 18, were hurt.", "18", "age", 18);
	precise("The risk is highest for those over the age of 70.", "70", "age", 70);
	precise("He died at age 87.", "87", "age", 87);
	hedged("Those aged 18 to 24 voted less.", "18 to 24", "range", 1, 18, 1, 24);
	/* a person's number after a copula, closing the clause, is an age */
	precise("The poet died at home on Sunday. She was 96.", "96", "age", 96);
	precise("My daughter is five and loves it.", "five", "age", 5);
	precise("He has lived there since he was six.", "six", "age", 6);
	precise("The final toll was 96.", "96", "count", 96);
	assert_false(has("He was one of 5 judges.", "precise_number", "one"));
	/* a list of the dead with their ages, a family name in two parts */
	precise("They were named as Omar Saleh, 22, Khaled al-Masri, 19, and Ali Nour, 24.", "19", "age", 19);
	crd_evidence ev;
	crd_result *r0 = item("Most cases are in pupils between the ages of 5 and 17.", "hedged_number",
	                      "between the ages of 5 and 17", &ev);
	str_is(&ev, "kind", "age");
	num_is(&ev, "low", 5);
	num_is(&ev, "high", 17);
	crd_result_free(r0);
	crd_result *r = item("Voters ages 18-29 stayed home.", "hedged_number", "18-29", &ev);
	str_is(&ev, "kind", "age");
	crd_result_free(r);
	/* an age group, spelled or not */
	precise("Children under five are most at risk.", "five", "age", 5);
	assert_false(any("Children under five are most at risk.", "hedged_number"));
	assert_false(has("It kept rates below zero.", "precise_number", "zero"));
	/* an age given as "N years old" may be approximate */
	hedged("The victim was about 30 years old.", "about 30 years old", "approx", 1, 30, 1, 30);
	hedged("The rock is roughly 3.3 million years old.", "roughly 3.3 million years old", "approx", 1,
	       3.3e6, 1, 3.3e6);
	hedged("He is at least 35 years old.", "at least 35 years old", "lower_bound", 1, 35, 0, 0);
	assert_false(has("Voters under 35 prefer her.", "hedged_number", "under 35"));
	/* a bound after "you are", "she is" bounds the person's age */
	crd_result *ra = item("If you are over 40, see a doctor.", "hedged_number", "over 40", &ev);
	str_is(&ev, "kind", "age");
	str_is(&ev, "hedge", "lower_bound");
	crd_result_free(ra);
	precise("Care for the injured over 65 is free.", "65", "age", 65);
	assert_false(has("It will raise $225 billion over ten years.", "hedged_number", "over ten"));
	hedged("He has lived there for over ten years.", "over ten years", "lower_bound", 1, 10, 0, 0);
	/* a hedged span before "ago" is a hedged figure, not a relative date */
	hedged("The lake formed about 10,000 years ago.", "about 10,000 years", "approx", 1, 1e4, 1, 1e4);
	hedged("It was founded over 10 years ago.", "over 10 years", "lower_bound", 1, 10, 0, 0);
	r = item("It happened an estimated 2 million years ago.", "hedged_number",
	         "an estimated 2 million years", &ev);
	assert_non_null(tu_attr(&ev, "estimate"));
	str_is(&ev, "kind", "duration");
	crd_result_free(r);
	assert_true(has("The talks began two days ago.", "relative_date", "two days ago"));

	/* a year-like number before people counted, after a verb or a comma */
	precise("Police arrested 1999 people.", "1999", "count", 1999);
	precise("The army sent 2020 soldiers.", "2020", "count", 2020);
	precise("In 2001, 1800 workers were laid off.", "1800", "count", 1800);
	precise("In 2001, 1800 workers were laid off.", "2001", "year", 2001);
	precise("He courted 2016 voters.", "2016", "year", 2016);
	precise("2016 voters are angry.", "2016", "year", 2016);
	precise("Their 2016 candidates lost.", "2016", "year", 2016);
}

static void test_labels_and_phone_numbers(void **state)
{
	(void)state;
	const char *t = "Call 555-1234 or (202) 456-1111 about the 24/7 service.";
	assert_false(any(t, "hedged_number"));
	assert_false(any(t, "precise_number"));
	assert_false(any("He drove on Route 66 in a Boeing 737.", "precise_number"));
	assert_false(any("Read Article 5 and case No. 14-915 on page 12.", "precise_number"));
	/* a span of school grades names the grades, it estimates nothing */
	assert_false(any("Pupils in grades 4-9 sat the reading test.", "hedged_number"));
	assert_false(any("Pupils in grades 4-9 sat the reading test.", "precise_number"));
	assert_false(any("After 9/11 the F-16 fleet grew.", "precise_number"));
	assert_false(any("She left the 9-11 ceremony early.", "hedged_number"));
	hedged("It rose 9-11 percent.", "9-11 percent", "range", 1, 9, 1, 11);
	assert_false(any("The COVID-19 wards were full.", "precise_number"));
	assert_false(any("8. The rally ended early.", "precise_number"));
	assert_false(any("Forbes' Under 30 Summit opened.", "hedged_number"));
	/* addresses, numbers to call, names that open a sentence, networks */
	static const char *const none[] = {
		"Police were called to 221 Baker Street.",
		"The house of 1420 Elm Avenue burned.",
		"She works at 350 Fifth Avenue.",
		"Crowds gathered around 10 Downing Street.",
		"Officers were called to the 2100 block of Grant Avenue.",
		"A fire broke out in the 1900 block of Elm Street.",
		"Call 911 now.",
		"His sister dialed 911 for help.",
		"Apollo 11 landed on the moon.",
		"Questions about 5G masts grew.",
		"In the 90's crime fell.",
	};
	for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
		assert_false(any(none[i], "precise_number"));
		assert_false(any(none[i], "hedged_number"));
	}
	precise("Another 27 will be elected next week.", "27", "count", 27);
	precise("Police Find 40 Bodies Near Main Street", "40", "count", 40);
	precise("Rescuers called 200 volunteers.", "200", "count", 200);
	precise("A 15 yr-old was held.", "15 yr-old", "age", 15);
	/* in a title-case headline a capitalised verb or preposition before a
	 * number is no name */
	precise("Flooding Kills 400 in Turkey", "400", "count", 400);
	precise("Airstrikes Kill 12 Members of Same Family", "12", "count", 12);
	assert_false(any("Sources: Corwin 41 Says He Will Vote", "precise_number"));
	/* a statute's title and section cite a law, not an amount: "under 18"
	 * bounds nothing there */
	t = "She was charged under 18 U.S.C. \xc2\xa7 1956 and 40 C.F.R. 262.1 and faces 20 years.";
	assert_false(any(t, "hedged_number"));
	assert_false(has(t, "precise_number", "1956"));
	assert_false(has(t, "precise_number", "262.1"));
	precise(t, "20 years", "duration", 20);
	/* a court's docket number counts nothing */
	t = "The case is Ruiz v. Tall Pines Inc., No. 3:24-cv-01187, and a 10-year-old witness.";
	assert_false(has(t, "precise_number", "24-cv"));
	precise(t, "10-year-old", "age", 10);
}

static void test_no_double_reporting(void **state)
{
	(void)state;
	const char *t = "At least 400 soldiers and between 70 and 150 militants were counted.";
	assert_false(has(t, "precise_number", "400"));
	assert_false(has(t, "precise_number", "70"));
	assert_false(has(t, "precise_number", "150"));
	assert_false(has("On June 12, 2016 the offensive began.", "precise_number", "12"));
	assert_false(has("On June 12, 2016 the offensive began.", "precise_number", "2016"));
	assert_false(has("Two days ago the offensive began.", "precise_number", "Two"));
}

static void test_absolute_dates(void **state)
{
	(void)state;
	crd_evidence ev;
	crd_result *r = item("The offensive began on June 12, 2016.", "absolute_date", "June 12, 2016", &ev);
	num_is(&ev, "year", 2016);
	num_is(&ev, "month", 6);
	num_is(&ev, "day", 12);
	crd_result_free(r);

	r = item("The offensive began on 12 June 2016.", "absolute_date", "12 June 2016", &ev);
	num_is(&ev, "day", 12);
	crd_result_free(r);
	r = item("The offensive began on 2016-06-12 at dawn.", "absolute_date", "2016-06-12", &ev);
	num_is(&ev, "month", 6);
	crd_result_free(r);
	/* day and month are ambiguous in 12/06/2016, not in 06/25/2016 */
	r = item("The offensive began on 12/06/2016 at dawn.", "absolute_date", "12/06/2016", &ev);
	num_is(&ev, "year", 2016);
	assert_null(tu_attr(&ev, "month"));
	crd_result_free(r);
	r = item("The offensive began on 06/25/2016 at dawn.", "absolute_date", "06/25/2016", &ev);
	num_is(&ev, "day", 25);
	crd_result_free(r);
	r = item("The offensive began in June 2016.", "absolute_date", "June 2016", &ev);
	num_is(&ev, "year", 2016);
	assert_null(tu_attr(&ev, "day"));
	crd_result_free(r);
	r = item("The talks resume on Wednesday, June 12.", "absolute_date", "Wednesday, June 12", &ev);
	str_is(&ev, "weekday", "wednesday");
	crd_result_free(r);

	assert_true(has("The talks resume on June 12.", "absolute_date", "June 12"));
	assert_true(has("It happened on the 12th of June.", "absolute_date", "12th of June"));
	assert_true(has("A deadline of Sept. 30 was set.", "absolute_date", "Sept. 30"));
	assert_true(has("A survey on September 23-25 found it.", "absolute_date", "September 23-25"));
	assert_true(has("Talks stalled in mid-June.", "absolute_date", "mid-June"));
	/* a span of days is one date, dated by its first day, and no count */
	r = item("The clinic took in 56 patients between 10 and 16 May.", "absolute_date", "10 and 16 May",
	         &ev);
	num_is(&ev, "day", 10);
	num_is(&ev, "month", 5);
	crd_result_free(r);
	assert_false(has("The clinic took in 56 patients between 10 and 16 May.", "precise_number", "10"));
	assert_true(has("Talks ran from 3 to 5 June 2023.", "absolute_date", "3 to 5 June 2023"));
	assert_true(has("Rallies were held 10-16 May.", "absolute_date", "10-16 May"));
	assert_true(has("The poll was taken Sept. 19 to 22 by phone.", "absolute_date", "Sept. 19 to 22"));
	assert_false(has("The poll was taken Sept. 19 to 22 by phone.", "precise_number", "22"));
	assert_true(has("It ran from January to March.", "absolute_date", "March"));
	assert_false(any("Fighting resumed on Wednesday.", "absolute_date"));
}

static void test_may(void **state)
{
	(void)state;
	assert_true(has("In May the minister resigned.", "absolute_date", "May"));
	assert_true(has("Prices have risen since May.", "absolute_date", "May"));
	assert_true(has("The vote is on May 12.", "absolute_date", "May 12"));
	assert_true(has("May 2016 was the hottest month.", "absolute_date", "May 2016"));
	assert_true(has("It ends in early May.", "absolute_date", "May"));
	assert_false(any("The minister may resign.", "absolute_date"));
	assert_false(any("Prime Minister Clara May spoke.", "absolute_date"));
	assert_false(any("\"May I ask a question?\" he said.", "absolute_date"));
	assert_false(any("They marched in March of protest.", "relative_date"));
}

static void test_relative_dates(void **state)
{
	(void)state;
	crd_evidence ev;
	crd_result *r = item("ISIS attacked the city on Wednesday.", "relative_date", "Wednesday", &ev);
	str_is(&ev, "day", "wednesday");
	str_is(&ev, "unit", "day");
	crd_result_free(r);
	r = item("The army returned on Friday morning.", "relative_date", "Friday morning", &ev);
	str_is(&ev, "day", "friday");
	crd_result_free(r);
	r = item("Prices fell last week.", "relative_date", "last week", &ev);
	str_is(&ev, "unit", "week");
	crd_result_free(r);
	r = item("The talks began two days ago.", "relative_date", "two days ago", &ev);
	str_is(&ev, "unit", "day");
	crd_result_free(r);

	assert_true(has("The talks collapsed yesterday.", "relative_date", "yesterday"));
	assert_true(has("The plant closed earlier this month.", "relative_date", "earlier this month"));
	assert_true(has("It was the fourth attack this year.", "relative_date", "this year"));
	assert_true(has("It closed over the past two years.", "relative_date", "the past two years"));
	assert_true(has("They met last Friday.", "relative_date", "last Friday"));
	assert_false(any("She writes for the Sunday Times.", "relative_date"));
	/* a programme named by its day word is no date; the word alone is */
	assert_false(any("He told the Radio 4 Today programme he would stay.", "relative_date"));
	assert_false(any("She appeared on the \"Tonight\" show with her son.", "relative_date"));
	assert_true(has("He will show the plans today.", "relative_date", "today"));
}

static void test_vague_quantities(void **state)
{
	(void)state;
	assert_true(has("Dozens of people were killed.", "vague_quantity", "Dozens of people"));
	assert_true(has("Hundreds of soldiers deserted.", "vague_quantity", "Hundreds"));
	assert_true(has("Scores of homes were destroyed.", "vague_quantity", "Scores"));
	assert_true(has("A number of civilians fled.", "vague_quantity", "A number"));
	assert_true(has("The group suffered heavy losses.", "vague_quantity", "heavy losses"));
	assert_true(has("It suffered significantly high casualties.", "vague_quantity",
	                "significantly high casualties"));
	assert_true(has("400 arrived - more are expected to arrive.", "vague_quantity", "more are expected"));
	assert_true(has("Thousands marched through the city.", "vague_quantity", "Thousands marched"));
	assert_true(has("Many civilians fled the town.", "vague_quantity", "Many civilians"));
	assert_true(has("Several villages burned overnight.", "vague_quantity", "Several villages"));
	assert_true(has("Casualties were heavy on both sides.", "vague_quantity", "Casualties were heavy"));
	assert_true(has("Dozens were wounded and dozens more are missing.", "vague_quantity", "dozens more"));

	/* a figure word alone as an object, or as a subject before a past form,
	 * in headlines too */
	assert_true(has("Explosion at Chemical Plant Injures Dozens", "vague_quantity", "Dozens"));
	assert_true(has("Storm Leaves Thousands Without Power", "vague_quantity", "Thousands"));
	assert_true(has("Dozens Feared Dead as Boat Capsizes", "vague_quantity", "Dozens Feared Dead"));
	assert_true(has("The storm injured dozens and left hundreds homeless.", "vague_quantity", "dozens"));
	assert_true(
	        has("The storm injured dozens and left hundreds homeless.", "vague_quantity", "hundreds"));
	assert_true(has("Scores were injured.", "vague_quantity", "Scores were injured"));
	assert_true(has("Thousands joined the march.", "vague_quantity", "Thousands joined"));
	assert_false(any("The crowd grew into the thousands.", "vague_quantity"));
	assert_false(any("Test scores were low.", "vague_quantity"));
	assert_false(
	        has("They are losing billions and billions of dollars.", "vague_quantity", "billions and"));

	crd_evidence ev;
	crd_result *r = item("Dozens of people were killed.", "vague_quantity", "Dozens of people", &ev);
	str_is(&ev, "noun", "people");
	crd_result_free(r);

	/* ordinary language, or weasel phrases that attribution reports */
	assert_false(any("Many people believe the story.", "vague_quantity"));
	assert_false(any("He refused for a number of reasons.", "vague_quantity"));
	assert_false(any("She called many times.", "vague_quantity"));
	assert_false(any("In many cases the rule is ignored.", "vague_quantity"));
	assert_false(any("How many were there?", "vague_quantity"));
	assert_false(any("The plan makes a lot of sense.", "vague_quantity"));
	assert_false(any("There are many examples of this.", "vague_quantity"));
	assert_false(any("Several years ago it closed.", "vague_quantity"));
	assert_false(any("The team suffered a significant loss.", "vague_quantity"));
}

/* Currency marks glued to their figure are money: "Rs256.13", "Sh84.7bn",
 * "R900 million", "Php45"; a lone capital on a bare figure is no currency. */
static void test_glued_currency_marks(void **state)
{
	(void)state;
	crd_evidence ev;
	crd_result *r = item("Diesel now costs Rs312.40 a litre, the ministry said.", "precise_number",
	                     "Rs312.40", &ev);
	str_is(&ev, "kind", "money");
	str_is(&ev, "unit", "INR");
	num_is(&ev, "value", 312.40);
	crd_result_free(r);
	r = item("The lender earned Sh12.5bn last year.", "precise_number", "Sh12.5bn", &ev);
	str_is(&ev, "unit", "KES");
	num_is(&ev, "value", 12.5e9);
	crd_result_free(r);
	r = item("Repairs will cost R450 million.", "precise_number", "R450 million", &ev);
	str_is(&ev, "unit", "ZAR");
	num_is(&ev, "value", 450e6);
	crd_result_free(r);
	r = item("Fines reach N2.5 million.", "precise_number", "N2.5 million", &ev);
	str_is(&ev, "unit", "NGN");
	crd_result_free(r);
	r = item("A kilo of rice sells for Php52 here.", "precise_number", "Php52", &ev);
	str_is(&ev, "unit", "PHP");
	crd_result_free(r);
	r = item("Sugar costs P60 per kilo.", "precise_number", "P60", &ev);
	str_is(&ev, "kind", "money");
	crd_result_free(r);
	r = item("Farmers earn KSh 3,000 a bag.", "precise_number", "KSh 3,000", &ev);
	str_is(&ev, "unit", "KES");
	crd_result_free(r);
	r = item("Tickets cost Rs.250 each.", "precise_number", "Rs.250", &ev);
	str_is(&ev, "kind", "money");
	crd_result_free(r);
	/* "P5" is a group of states, "N1" a road */
	assert_false(any("The P5 envoys met on the N1 near the border.", "precise_number"));
}

/* Four digits before 1800 are years after a word of time or in a
 * lifespan's brackets, and counts after a change or before a noun. */
static void test_early_years(void **state)
{
	(void)state;
	precise("The abbey burned in 1541 and again in 1872.", "1541", "year", 1541);
	precise("The bridge has stood since 1702.", "1702", "year", 1702);
	precise("The Treaty of 1648 ended it.", "1648", "year", 1648);
	precise("Marta Olsen (1603 - 1671) was a weaver.", "1603", "year", 1603);
	precise("Marta Olsen (1603 - 1671) was a weaver.", "1671", "year", 1671);
	precise("The chronicle covers the years 1040 to 1122.", "1122", "year", 1122);
	precise("Sales rose by 1500 in the spring.", "1500", "count", 1500);
	precise("Flooding was reported in 1200 homes.", "1200", "count", 1200);
	precise("The crowd numbered 1500.", "1500", "count", 1500);
}

/* Thousands set off by a space are one figure ("17 384MW", "4 210 MW"),
 * unless a group repeats the first or another figure follows. */
static void test_spaced_thousands(void **state)
{
	(void)state;
	crd_evidence ev;
	crd_result *r = item("The grid lost 12 615MW overnight.", "precise_number", "12 615MW", &ev);
	str_is(&ev, "kind", "measure");
	num_is(&ev, "value", 12615);
	crd_result_free(r);
	precise("A further 3 480 MW was offline.", "3 480 MW", "measure", 3480);
	precise("The town has 1 250 000 residents.", "1 250 000", "count", 1250000);
	assert_false(has("Call 555 123 4567 now.", "precise_number", "555"));
	assert_false(has("It got 412 412 shares.", "precise_number", "412 412"));
	/* groups after a first figure are a phone number, however many */
	assert_false(has("Call the charity free on 0800 555 111 today.", "precise_number", "555"));
	assert_false(has("Ring the line on 1800 666 111 at any hour.", "precise_number", "666"));
}

/* Two modifiers joined before a plural noun leave the noun the counted
 * one; a plural before "and" and a singular noun after "or" end it. */
static void test_joined_modifiers(void **state)
{
	(void)state;
	crd_evidence ev;
	crd_result *r = item("Reporters spoke to more than two dozen current and former employees.",
	                     "hedged_number", "more than two dozen", &ev);
	str_is(&ev, "noun", "employees");
	crd_result_free(r);
	r = item("The mill let go 310 low-level and mid-tier workers.", "precise_number", "310", &ev);
	str_is(&ev, "noun", "workers");
	crd_result_free(r);
	r = item("The fund serves about 14,000 current and retired city workers.", "hedged_number",
	         "about 14,000", &ev);
	str_is(&ev, "noun", "workers");
	crd_result_free(r);
	r = item("The unit has 12 men and women in it.", "precise_number", "12", &ev);
	str_is(&ev, "noun", "men");
	crd_result_free(r);
	r = item("The site does zero journalism or anything creative.", "precise_number", "zero", &ev);
	str_is(&ev, "noun", "journalism");
	crd_result_free(r);
}

/* After "of them" the clause's verb is no counted noun; a plural that
 * says what they are is. */
static void test_partitive_pronouns(void **state)
{
	(void)state;
	crd_evidence ev;
	crd_result *r = item("Several of them spoke on the condition of anonymity.", "vague_quantity",
	                     "Several of them", &ev);
	assert_null(tu_attr(&ev, "noun"));
	crd_result_free(r);
	r = item("Some 900 voted early, roughly 600 of them Democrats.", "hedged_number", "roughly 600", &ev);
	str_is(&ev, "noun", "democrats");
	crd_result_free(r);
}

/* A p-value and a time zone's offset are no amounts. */
static void test_p_values_and_offsets(void **state)
{
	(void)state;
	assert_false(has("Pain fell by a third (p<0.001) in the trial.", "precise_number", "0.001"));
	assert_false(has("The gap was small (P = 0.04) overall.", "precise_number", "0.04"));
	assert_false(has("The call starts at 9:00 GMT+2 on Monday.", "precise_number", "2"));
	assert_true(has("Pain fell by 0.5 points in the trial.", "precise_number", "0.5 points"));
}

/* An area takes "square" and its length as one unit. */
static void test_square_units(void **state)
{
	(void)state;
	crd_evidence ev;
	crd_result *r = item("The mall has 900,000 square feet of shops.", "precise_number",
	                     "900,000 square feet", &ev);
	str_is(&ev, "unit", "square feet");
	crd_result_free(r);
	r = item("The blaze burned 70 sq miles of forest.", "precise_number", "70 sq miles", &ev);
	str_is(&ev, "unit", "square miles");
	crd_result_free(r);
}

/* Millions of pounds and pounds converted into dollars are sterling;
 * pounds of a thing and a plain weight stay pounds. */
static void test_pounds_sterling(void **state)
{
	(void)state;
	crd_evidence ev;
	crd_result *r = item("Profit fell to 3.4 billion pounds last year.", "precise_number",
	                     "3.4 billion pounds", &ev);
	str_is(&ev, "kind", "money");
	str_is(&ev, "unit", "GBP");
	crd_result_free(r);
	r = item("The fine was 40 pounds ($51).", "precise_number", "40 pounds", &ev);
	str_is(&ev, "unit", "GBP");
	crd_result_free(r);
	r = item("The plant recalled 3 million pounds of chicken.", "precise_number", "3 million pounds",
	         &ev);
	str_is(&ev, "kind", "measure");
	crd_result_free(r);
	r = item("The crate weighs 40 pounds.", "precise_number", "40 pounds", &ev);
	str_is(&ev, "kind", "measure");
	crd_result_free(r);
}

static void test_degenerate_input(void **state)
{
	(void)state;
	static const char *const inputs[] = {
		"",
		" ",
		"\n\n\n",
		"at least",
		"between",
		"June",
		"12/",
		"$",
		"$ million",
		"12/06/",
		"2016-",
		"-5",
		"400-",
		"a dozen",
		"from 5 to",
		"as low as",
		"more are",
		"dozens of",
		"Wednesday ,",
		"9999999999999999999999",
		"1,2,3,4,5",
		"...",
		"12:",
		"May",
		"the 12th of",
		"0.5.5",
		"twenty-",
		/* a day span after a month whose figures run past an int */
		"May 777777777777-777777777777",
	};
	for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
		crd_result *r = tu_features(inputs[i]);
		assert_non_null(r);
		crd_result_free(r);
	}
	assert_false(any("", "precise_number"));
	precise("a dozen", "a dozen", "count", 12);
}

/* A figure joined by a hyphen to a noun does not take the currency word
 * after it as its unit: "the 20-nation euro area" is a count of nations;
 * "50 euro" stays a sum. */
static void test_hyphened_figure_before_currency_word(void **state)
{
	(void)state;
	precise("Growth in the 20-nation euro area slowed.", "20-nation", "count", 20);
	assert_false(has("Growth in the 20-nation euro area slowed.", "precise_number", "euro"));
	precise("The ticket cost 50 euro at the door.", "50 euro", "money", 50);
}

/* A scale word hyphened to the noun it sizes still scales the figure: "a
 * 2.5 million-barrel draw" is 2.5 million, "a $4 billion-a-year" plan 4
 * billion dollars. */
static void test_hyphened_scale_word(void **state)
{
	(void)state;
	precise("Stocks showed a 2.5 million-barrel draw.", "2.5 million-barrel", "count", 2.5e6);
	precise("The firm set out a $4 billion-a-year plan.", "$4 billion-a-year", "money", 4e9);
	precise("The firm hired 40 first-year analysts.", "40", "count", 40);
}

/* Pounds on either side of a wire's exchange rate are sterling: "($1 =
 * 0.8125 pounds)", "(1 pound = $1.23)"; a weight stays a weight. */
static void test_pounds_in_exchange_rate(void **state)
{
	(void)state;
	crd_evidence ev;
	crd_result *r = item("Profit was 2.1 billion pounds. ($1 = 0.8125 pounds)", "precise_number",
	                     "0.8125 pounds", &ev);
	str_is(&ev, "kind", "money");
	str_is(&ev, "unit", "GBP");
	crd_result_free(r);
	r = item("Sterling fell. (1 pound = $1.23)", "precise_number", "1 pound", &ev);
	str_is(&ev, "unit", "GBP");
	crd_result_free(r);
	r = item("The baby weighed 8 pounds.", "precise_number", "8 pounds", &ev);
	str_is(&ev, "kind", "measure");
	crd_result_free(r);
}

/* "estimated" before a time back from now is the verb of an earlier
 * object, no estimate of the time: "the 3.1% they had estimated two months
 * ago"; "an estimated two months" and "an estimated two million years
 * ago" stay estimates. */
static void test_estimated_before_ago(void **state)
{
	(void)state;
	precise("Prices rose 3.3%, above the 3.1% they had estimated two months ago.", "two months",
	        "duration", 2);
	assert_false(
	        any("Prices rose 3.3%, above the 3.1% they had estimated two months ago.", "hedged_number"));
	hedged("The repairs will take an estimated two months.", "an estimated two months", "estimate", 1, 2,
	       1, 2);
	hedged("The crater formed an estimated two million years ago.", "an estimated two million years",
	       "estimate", 1, 2e6, 1, 2e6);
}

/* Units of devices and networks, glued or apart with their capitals:
 * "a 5,000mAh battery", "a 4.2 GHz chip", "3,000 nits", "up to 120Hz";
 * "5W Infographics" is a name, no power. */
static void test_device_units(void **state)
{
	(void)state;
	static const char *const cases[][4] = {
		{ "The phone has a 5,000mAh battery.", "5,000mAh", "mah", "5000" },
		{ "It uses a 4.2 GHz chip.", "4.2 GHz", "ghz", "4.2" },
		{ "The panel reaches 3,000 nits.", "3,000 nits", "nits", "3000" },
		{ "It is built on a 3nm process.", "3nm", "nm", "3" },
		{ "Plans start at 2.5 Gbps.", "2.5 Gbps", "gbps", "2.5" },
		{ "It has 16 GB of memory.", "16 GB", "gb", "16" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		crd_evidence ev;
		crd_result *r = item(cases[i][0], "precise_number", cases[i][1], &ev);
		str_is(&ev, "kind", "measure");
		str_is(&ev, "unit", cases[i][2]);
		num_is(&ev, "value", atof(cases[i][3]));
		crd_result_free(r);
	}
	hedged("The screen runs at up to 120Hz.", "up to 120Hz", "upper_bound", 0, 0, 1, 120);
	assert_false(has("Maps by 5W Infographics.", "precise_number", "5W"));
}

/* A figure after a word spelled with an inner capital is a product's
 * version or model ("iOS 19.2", "PlayStation 5"), and one before an
 * edition's word is a model ("Nimbus 8 Pro review"); a scaled amount
 * after a brand stays one ("DawnCast 2.5 million viewers"). */
static void test_product_versions(void **state)
{
	(void)state;
	assert_false(any("Apple released iOS 19.2 on Tuesday.", "precise_number"));
	assert_false(any("The game runs on the PlayStation 5 only.", "precise_number"));
	assert_false(any("- Nimbus 8 Pro review: great camera", "precise_number"));
	precise("The show, DawnCast 2.5 million viewers strong, ended.", "2.5 million", "count", 2500000);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bounds),
		cmocka_unit_test(test_approximations),
		cmocka_unit_test(test_ranges),
		cmocka_unit_test(test_year_of_a_level),
		cmocka_unit_test(test_word_numbers),
		cmocka_unit_test(test_digits_scales_units),
		cmocka_unit_test(test_ordinals_years_times),
		cmocka_unit_test(test_labels_and_phone_numbers),
		cmocka_unit_test(test_no_double_reporting),
		cmocka_unit_test(test_absolute_dates),
		cmocka_unit_test(test_may),
		cmocka_unit_test(test_relative_dates),
		cmocka_unit_test(test_vague_quantities),
		cmocka_unit_test(test_glued_currency_marks),
		cmocka_unit_test(test_early_years),
		cmocka_unit_test(test_spaced_thousands),
		cmocka_unit_test(test_joined_modifiers),
		cmocka_unit_test(test_partitive_pronouns),
		cmocka_unit_test(test_pounds_sterling),
		cmocka_unit_test(test_square_units),
		cmocka_unit_test(test_p_values_and_offsets),
		cmocka_unit_test(test_degenerate_input),
		cmocka_unit_test(test_hyphened_figure_before_currency_word),
		cmocka_unit_test(test_hyphened_scale_word),
		cmocka_unit_test(test_pounds_in_exchange_rate),
		cmocka_unit_test(test_estimated_before_ago),
		cmocka_unit_test(test_list_of_choices_is_no_range),
		cmocka_unit_test(test_device_units),
		cmocka_unit_test(test_product_versions),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	tu_teardown();
	return rc;
}
