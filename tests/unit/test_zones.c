/* test_zones.c -- unit tests of core/zones.c: body and non-body zones of a document. */
#include "testutil.h"

/* Zone kind over the first occurrence of text in doc ("mixed" when the
 * zones over it differ). */
static const char *zone_of(const crd_result *r, const char *doc, const char *text)
{
	const char *p = strstr(doc, text);
	if (!p)
		fail_msg("\"%s\" is not in the document", text);
	size_t s = (size_t)(p - doc), e = s + strlen(text);
	const char *kind = NULL;
	for (size_t i = 0; i < crd_result_zone_count(r); i++) {
		const char *k;
		size_t zs, ze;
		crd_result_zone(r, i, &k, &zs, &ze);
		if (zs < e && s < ze) {
			if (kind && strcmp(kind, k) != 0)
				return "mixed";
			kind = k;
		}
	}
	return kind ? kind : "none";
}

/* Zones are sorted, consecutive, and cover [0, len). */
static void check_cover(const crd_result *r, size_t len)
{
	size_t at = 0, n = crd_result_zone_count(r);
	assert_true(n >= 1);
	for (size_t i = 0; i < n; i++) {
		const char *k;
		size_t s, e;
		crd_result_zone(r, i, &k, &s, &e);
		assert_int_equal(s, at);
		assert_true(e > s || len == 0);
		if (i > 0) {
			const char *pk;
			size_t ps, pe;
			crd_result_zone(r, i - 1, &pk, &ps, &pe);
			assert_string_not_equal(pk, k); /* neighbours of one kind are merged */
		}
		at = e;
	}
	assert_int_equal(at, len);
}

static const char *zone_in(const char *doc, const char *text)
{
	static char kind[32];
	crd_result *r = tu_features(doc);
	check_cover(r, strlen(doc));
	snprintf(kind, sizeof kind, "%s", zone_of(r, doc, text));
	crd_result_free(r);
	return kind;
}

static const char *const furniture_doc =
	"The council approved the new budget on Tuesday after a long debate.\n\n"
	"ALSO READ: Council delays vote on bus lanes\n\n"
	"The budget adds 40 teachers and closes two libraries.\n\n"
	"Advertisement\n"
	"Share this article:\n"
	"  \xe2\x80\xa2 \n"
	"  \xe2\x80\xa2 \n"
	"Jane Roe said the libraries would reopen next year.\n";

static void test_furniture_between_paragraphs(void **state)
{
	(void)state;
	const char *d = furniture_doc;
	assert_string_equal(zone_in(d, "The council approved"), "body");
	assert_string_equal(zone_in(d, "ALSO READ: Council delays vote on bus lanes"), "related_link");
	assert_string_equal(zone_in(d, "The budget adds"), "body");
	assert_string_equal(zone_in(d, "Advertisement"), "advert");
	assert_string_equal(zone_in(d, "Share this article:"), "share");
	assert_string_equal(zone_in(d, "\xe2\x80\xa2"), "share");
	assert_string_equal(zone_in(d, "Jane Roe said"), "body");
	/* a gallery teaser and a "continued" advert label */
	d = "The star left the party early, a family insider told reporters.\n\n"
	    "PHOTOS: Celebs Who Have Slammed The Ashfords\n\n"
	    "Story Continued Below\n\n"
	    "She flew home on Sunday, the insider said.\n";
	assert_string_equal(zone_in(d, "PHOTOS: Celebs"), "related_link");
	assert_string_equal(zone_in(d, "Story Continued Below"), "advert");
	assert_string_equal(zone_in(d, "She flew home"), "body");
}

static void test_line_zone_holds_its_newline(void **state)
{
	(void)state;
	const char *d = furniture_doc;
	crd_result *r = tu_features(d);
	const char *p = strstr(d, "ALSO READ");
	size_t s = (size_t)(p - d);
	int found = 0;
	for (size_t i = 0; i < crd_result_zone_count(r); i++) {
		const char *k;
		size_t zs, ze;
		crd_result_zone(r, i, &k, &zs, &ze);
		if (strcmp(k, "related_link") == 0) {
			found = 1;
			assert_int_equal(zs, s);
			assert_int_equal(d[ze - 1], '\n');
			assert_memory_equal(d + ze, "The budget", 10); /* the next unit starts its line */
		}
	}
	assert_true(found);
	crd_result_free(r);
}

static void test_related_heading_and_read_more(void **state)
{
	(void)state;
	const char *d = "Prices rose again in March, the statistics office said on Friday.\n\n"
	                "Related:\n"
	                "Bakers warn of dearer bread\n"
	                "Why rents keep climbing\n\n"
	                "Food and energy drove most of the rise.\n\n"
	                "Farmers blame the drought for poor harvests\n"
	                " Read more\n"
	                "The central bank meets next week.\n";
	assert_string_equal(zone_in(d, "Bakers warn of dearer bread"), "related_link");
	assert_string_equal(zone_in(d, "Why rents keep climbing"), "related_link");
	assert_string_equal(zone_in(d, "Food and energy"), "body");
	assert_string_equal(zone_in(d, "Farmers blame the drought"), "related_link");
	assert_string_equal(zone_in(d, "The central bank"), "body");
}

/* A list of related links runs on past an item that is a link on its own
 * ("- Photos: ..."), and its last item in capitals is no writer's sign-off
 * ("- NHS"). */
static void test_related_list_items(void **state)
{
	(void)state;
	const char *d = "Ferry crossings resumed on Sunday after the storm, the port authority said.\n\n"
	                "Related:\n"
	                "- Photos: Waves break over the harbour wall\n"
	                "- Map: Which crossings are running\n\n"
	                "Freight traffic is expected to clear by Tuesday, operators said.\n\n"
	                "Related topics\n"
	                "- Shipping\n"
	                "- RNLI\n";
	assert_string_equal(zone_in(d, "- Map: Which crossings"), "related_link");
	assert_string_equal(zone_in(d, "Freight traffic"), "body");
	assert_string_equal(zone_in(d, "- RNLI"), "related_link");
}

/* The button that copies the page's address is a share prompt, on a line
 * of its own. */
static void test_copy_link_button(void **state)
{
	(void)state;
	const char *d = "The standoff ended at 7 p.m., police said.\n\n"
	                "Officers stayed on the street until dawn.\n\n"
	                "Copy link\n";
	assert_string_equal(zone_in(d, "Copy link"), "share");
	assert_string_equal(zone_in(d, "Officers stayed"), "body");
}

/* A comment system's note to readers without scripts is the comment
 * section's. */
static void test_comments_script_note(void **state)
{
	(void)state;
	const char *d = "The standoff ended at 7 p.m., police said.\n\n"
	                "Stay with us for more on this story.\n\n"
	                "Please enable JavaScript to view the comments powered by Disqus.\n";
	assert_string_equal(zone_in(d, "Please enable JavaScript"), "comment_policy");
	assert_string_equal(zone_in(d, "The standoff ended"), "body");
}

/* A station's list of its most read stories heads the links under it;
 * "Trending" opening a report's sentence is no heading. */
static void test_trending_heading(void **state)
{
	(void)state;
	const char *d = "The standoff ended at 7 p.m., police said.\n\n"
	                "Trending stories are rising on the platform, the firm said.\n\n"
	                "Trending Stories\n"
	                "- Man charged in string of car break-ins\n"
	                "- Body found in quarry identified\n";
	assert_string_equal(zone_in(d, "Trending Stories"), "related_link");
	assert_string_equal(zone_in(d, "- Man charged"), "related_link");
	assert_string_equal(zone_in(d, "Trending stories are rising"), "body");
	d = "The standoff ended at 7 p.m., police said.\n\n"
	    "Trending\n\n"
	    "Body found in quarry identified\n";
	assert_string_equal(zone_in(d, "Body found"), "related_link");
}

static void test_related_heading_that_names_its_site(void **state)
{
	(void)state;
	/* "More from X:" heads the headlines listed under it, as "Related:" does */
	const char *d = "Prices rose again in March, the statistics office said on Friday.\n\n"
	                "Food and energy drove most of the rise.\n\n"
	                "More from the Ledger:\n\n"
	                "Bakers warn of dearer bread: what it means for you\n\n"
	                "Why rents keep climbing\n";
	assert_string_equal(zone_in(d, "More from the Ledger:"), "related_link");
	assert_string_equal(zone_in(d, "Bakers warn"), "related_link");
	assert_string_equal(zone_in(d, "Why rents keep climbing"), "related_link");
	assert_string_equal(zone_in(d, "Food and energy"), "body");
	/* a sentence under the heading ends the list */
	d = "Prices rose again in March, the statistics office said on Friday.\n\n"
	    "More from the Ledger:\n\n"
	    "Food and energy drove most of the rise.\n";
	assert_string_equal(zone_in(d, "Food and energy"), "body");
	/* the heading without a colon, naming its site on a line of its own;
	 * a biography above it closes the report */
	d = "Prices rose again in March, the statistics office said on Friday.\n\n"
	    "Food and energy drove most of the rise.\n\n"
	    "Jane Doe is a senior economics reporter at the Ledger.\n\n"
	    "More from Ledger Daily\n\n"
	    "Bakers warn of dearer bread: what it means for you\n\n"
	    "Analysts say rents keep climbing\n";
	assert_string_equal(zone_in(d, "Jane Doe is"), "author_bio");
	assert_string_equal(zone_in(d, "Bakers warn"), "related_link");
	assert_string_equal(zone_in(d, "Analysts say"), "related_link");
	/* a sentence that opens the same way stays */
	d = "Prices rose again in March, the statistics office said on Friday.\n\n"
	    "More from the bakers came later in the week\n\n"
	    "Analysts say rents keep climbing\n";
	assert_string_equal(zone_in(d, "Analysts say"), "body");
	/* "from" between the cue and the site's name */
	d = "Prices rose again in March, the statistics office said on Friday.\n\n"
	    "Most Read from Ledger Daily\n"
	    "Why the Bank Is Done Raising Rates\n"
	    "Bakers May Raise Prices Again, Analysts Say\n";
	assert_string_equal(zone_in(d, "Most Read from"), "related_link");
	assert_string_equal(zone_in(d, "Why the Bank"), "related_link");
	assert_string_equal(zone_in(d, "Bakers May"), "related_link");
}

/* "READ:" over a headline on a line of its own between paragraphs is a
 * related link; over two sentences, or inside a paragraph, it is not. */
static void test_read_label_between_paragraphs(void **state)
{
	(void)state;
	const char *d = "Ferry fares could rise, the port authority said.\n\n"
	                "READ: Port to buy four boats amid fuel price slump, officials say\n\n"
	                "Passengers said they were tired of delays.\n";
	assert_string_equal(zone_in(d, "READ: Port"), "related_link");
	assert_string_equal(zone_in(d, "Passengers said"), "body");
	d = "Ferry fares could rise, the port authority said.\n\n"
	    "Read this: Jane Doe wrote a piece on the fares. On the boats, she writes:\n\n"
	    "Passengers said they were tired of delays.\n";
	assert_string_equal(zone_in(d, "Read this"), "body");
	d = "Ferry fares could rise, the port authority said. Read: Port to buy four boats\n";
	assert_string_equal(zone_in(d, "Read: Port"), "body");
}

static void test_comment_guidelines_run_to_the_end(void **state)
{
	(void)state;
	const char *d = "The mayor opened the new bridge on Saturday morning.\n\n"
	                "Engineers said the bridge can carry 2,000 vehicles an hour.\n\n"
	                "The old crossing will close for repairs in June.\n\n"
	                "Residents had waited eleven years for the project.\n\n"
	                "Join the discussion\n\n"
	                "Keep it civil and stay on topic.\n\n"
	                "Posts that attack other readers will be removed.\n";
	assert_string_equal(zone_in(d, "Residents had waited"), "body");
	assert_string_equal(zone_in(d, "Join the discussion"), "comment_policy");
	assert_string_equal(zone_in(d, "Keep it civil"), "comment_policy");
	assert_string_equal(zone_in(d, "Posts that attack"), "comment_policy");
}

/* A blog's comment form and a plea for civil comments close the page, and a page's appeal for a
 * donation at the head of its line is a share prompt, not the body. */
static void test_comment_form_and_donation_appeal(void **state)
{
	(void)state;
	const char *d = "The mayor opened the new bridge on Saturday morning.\n\n"
	                "Engineers said the bridge can carry 2,000 vehicles an hour.\n\n"
	                "The old crossing will close for repairs in June.\n\n"
	                "Please consider a donation of any amount to keep this site online.\n\n"
	                "Leave a Reply\n"
	                "Your email address will not be published. Required fields are marked *\n";
	assert_string_equal(zone_in(d, "The old crossing"), "body");
	assert_string_equal(zone_in(d, "Please consider a donation"), "share");
	assert_string_equal(zone_in(d, "Leave a Reply"), "comment_policy");
	assert_string_equal(zone_in(d, "Your email address"), "comment_policy");
	d = "The mayor opened the new bridge on Saturday morning.\n\n"
	    "Engineers said the bridge can carry 2,000 vehicles an hour.\n\n"
	    "Please keep comments civil. Links are held for moderation.\n";
	assert_string_equal(zone_in(d, "Please keep comments"), "comment_policy");
}

static void test_comment_notice_without_a_heading(void **state)
{
	(void)state;
	/* a comment notice that opens with its welcome runs to the end */
	const char *d = "The mayor opened the new bridge on Saturday morning.\n\n"
	                "Engineers said the bridge can carry 2,000 vehicles an hour.\n\n"
	                "The old crossing will close for repairs in June.\n\n"
	                "We welcome your comments. Posts that are abusive or off-topic will be deleted.\n\n"
	                "Keep it civil.\n";
	assert_string_equal(zone_in(d, "The old crossing"), "body");
	assert_string_equal(zone_in(d, "We welcome your comments"), "comment_policy");
	assert_string_equal(zone_in(d, "Keep it civil"), "comment_policy");
	/* the same words as a source's, early in a report */
	d = "Comments that are abusive or off-topic will be removed, the forum's owner said on Monday.\n\n"
	    "The forum has 20,000 members, most of them farmers.\n\n"
	    "It was founded in 2009 by a group of growers who met at a county fair, and it has grown "
	    "every year since.\n";
	assert_string_equal(zone_in(d, "Comments that are abusive"), "body");
	/* an opinion page's call for letters under the letters */
	d = "The new trail fee is unfair to families who already pay for the parks.\n\n"
	    "Tom Ruiz, Oakdale\n\n"
	    "Thank you to every volunteer who helped at the winter coat drive this year.\n\n"
	    "Mia Chen, Lakeview\n\n"
	    "Letters may be edited for length and clarity. Send letters of no more than 250 words to "
	    "letters@example.com.\n";
	assert_string_equal(zone_in(d, "Letters may be edited"), "comment_policy");
	assert_string_equal(zone_in(d, "Thank you to every"), "body");
	/* each letter's writer signs it with a name and a town */
	assert_string_equal(zone_in(d, "Tom Ruiz, Oakdale"), "byline");
	assert_string_equal(zone_in(d, "Mia Chen, Lakeview"), "byline");
	/* a list of names and roles under a paragraph is the report's */
	d = "Several former officials signed the letter on Monday, the group said.\n\n"
	    "Tom Ruiz, former mayor of Oakdale\n"
	    "Mia Chen, former senator from Ohio\n\n"
	    "The group plans to publish more names next week.\n";
	assert_string_equal(zone_in(d, "Tom Ruiz, former"), "body");
}

static void test_comment_words_in_the_report_stay_body(void **state)
{
	(void)state;
	/* Early in a report, comment vocabulary is reporting. */
	const char *d = "Join the discussion, the minister urged farmers at the meeting on Monday.\n\n"
	                "All comments from the public will be read, she said.\n\n"
	                "The consultation runs until the end of the month, and officials expect "
	                "thousands of responses from farmers, traders and local councils.\n";
	assert_string_equal(zone_in(d, "Join the discussion"), "body");
	assert_string_equal(zone_in(d, "All comments"), "body");
}

static void test_editor_note_and_credit(void **state)
{
	(void)state;
	const char *d = "The court ruled against the developer on Thursday.\n\n"
	                "The company said it would appeal.\n\n"
	                "Editor's note: An earlier version of this article gave the wrong date for the hearing.\n\n"
	                "Mary Major contributed to this report.\n";
	assert_string_equal(zone_in(d, "The company said"), "body");
	assert_string_equal(zone_in(d, "Editor's note"), "editor_note");
	assert_string_equal(zone_in(d, "Mary Major contributed"), "byline");
	/* a credit that ends with its verb; a report's line that goes on does not */
	d = "The school board approved the budget on Tuesday night.\n\n"
	    "Every family contributed $20 to the fund.\n\n"
	    "Staff writer Tom Reyes contributed.\n";
	assert_string_equal(zone_in(d, "Every family contributed"), "body");
	assert_string_equal(zone_in(d, "Staff writer Tom Reyes contributed."), "byline");
	/* a news service's credit at the foot */
	d = "The council will close three libraries.\n\n"
	    "The plan goes to the cabinet next month.\n\n"
	    "This story was produced by the Valley News Service, which is funded by the county's papers.\n";
	assert_string_equal(zone_in(d, "The plan goes"), "body");
	assert_string_equal(zone_in(d, "This story was produced"), "byline");
}

static void test_flattened_note_and_credit(void **state)
{
	(void)state;
	/* Paragraph breaks flattened into runs of spaces: the note and the
	 * credit line become units of their own at their sentences. */
	const char *d = "The strike ended on Monday. Workers returned to the plant.   "
	                "The union said talks would resume. CORRECTION: An earlier version of this story "
	                "misstated the length of the strike. ABC News' John Doe contributed to this report.";
	assert_string_equal(zone_in(d, "The union said"), "body");
	assert_string_equal(zone_in(d, "CORRECTION"), "editor_note");
	assert_string_equal(zone_in(d, "John Doe contributed"), "byline");
}

static void test_flattened_related_headline(void **state)
{
	(void)state;
	/* Line breaks flattened: a "RELATED:" headline runs into the report
	 * with no full stop of its own. It ends before a word that opens
	 * sentences, an opening quotation, a capitalised subject after a
	 * lower-case word, or a closing bracket. */
	const char *d =
	        "The mayor opened the bridge on Friday. "
	        "RELATED: Council approves new toll plan for river crossings The bridge cost $40 "
	        "million, officials said. "
	        "RELATED: Governor vows to veto spending bill \"We will not sign it,\" Ms. Diaz said. "
	        "RELATED: Storm leaves thousands without power in coastal towns Utility crews worked "
	        "through the night. "
	        "[RELATED: Ferry service resumes after repairs] Tolls rise in March. "
	        "RELATED: Where will the new tolls go? Drivers asked the council on Monday.";
	assert_string_equal(zone_in(d, "The mayor opened"), "body");
	assert_string_equal(zone_in(d, "RELATED: Council approves new toll plan for river crossings"),
	                    "related_link");
	assert_string_equal(zone_in(d, "The bridge cost"), "body");
	assert_string_equal(zone_in(d, "RELATED: Governor vows to veto spending bill"), "related_link");
	assert_string_equal(zone_in(d, "\"We will not sign it,\" Ms. Diaz said."), "body");
	assert_string_equal(zone_in(d, "RELATED: Storm leaves thousands without power in coastal towns"),
	                    "related_link");
	assert_string_equal(zone_in(d, "Utility crews worked"), "body");
	assert_string_equal(zone_in(d, "[RELATED: Ferry service resumes after repairs]"), "related_link");
	assert_string_equal(zone_in(d, "Tolls rise in March."), "body");
	assert_string_equal(zone_in(d, "RELATED: Where will the new tolls go?"), "related_link");
	assert_string_equal(zone_in(d, "Drivers asked"), "body");

	/* The report after the headline is a sentence of its own: the quotation
	 * has its speaker, and the headline's words are not evidence of the
	 * body. */
	crd_result *r = tu_features(d);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "direct_quote", "\"We will not sign it,\"", &ev));
	const crd_attr *a = tu_attr(&ev, "speaker");
	assert_non_null(a);
	assert_int_equal(a->type, CRD_ATTR_STRING);
	assert_string_equal(a->string, "Ms. Diaz");
	assert_false(tu_find(r, "attribution_cue", "vows", NULL));
	assert_false(tu_find(r, "nested_attribution_cue", "vows", NULL));
	assert_true(tu_find(r, "boilerplate",
	                    "RELATED: Storm leaves thousands without power in coastal towns", NULL));
	crd_result_free(r);

	/* Where the end cannot be told, only the label leaves the body: a
	 * capitalised word after a verb's "not" is its object, and a full stop
	 * says a sentence of report ran on. */
	const char *u = "Rates went up. RELATED: Water rates rise at Utility Board Smith did not address "
	                "Monday's vote on the plan.";
	assert_string_equal(zone_in(u, "Smith did not address"), "body");
}

static void test_bracketed_note_ends_at_its_bracket(void **state)
{
	(void)state;
	const char *d = "(EDITOR'S NOTE: This video contains scenes some viewers may find disturbing.) "
	                "A video of the arrest was released by the police on Friday. It shows officers "
	                "approaching the car.";
	assert_string_equal(zone_in(d, "EDITOR'S NOTE"), "editor_note");
	assert_string_equal(zone_in(d, "A video of the arrest"), "body");
}

static void test_title_byline_dateline(void **state)
{
	(void)state;
	const char *d = "Storm Cuts Power to Thousands\n"
	                "By Jane Doe and John Roe\n"
	                "LISBON (Reuters) - A storm cut power to 40,000 homes on Sunday, the utility said.\n\n"
	                "Crews expected to restore most supplies by Monday.\n";
	assert_string_equal(zone_in(d, "Storm Cuts Power"), "title");
	assert_string_equal(zone_in(d, "By Jane Doe"), "byline");
	assert_string_equal(zone_in(d, "LISBON (Reuters) -"), "dateline");
	assert_string_equal(zone_in(d, "A storm cut power"), "body");
	assert_string_equal(zone_in(d, "Crews expected"), "body");
}

/* A desk's byline opens with "By the": "By the Ledger Data Team"; "By
 * the end of May" opens a sentence of the report. */
static void test_desk_bylines(void **state)
{
	(void)state;
	const char *d = "Overtime claims rise at the police department\n"
	                "By the Herald Data Team\n"
	                "Officers claimed 31,000 hours of overtime last year, records show.\n\n"
	                "By the end of May the audit will be done\n\n"
	                "The chief said the audit is under way.\n";
	assert_string_equal(zone_in(d, "By the Herald"), "byline");
	assert_string_equal(zone_in(d, "Officers claimed"), "body");
	assert_string_equal(zone_in(d, "By the end"), "body");
	/* the piece may name its kind before "by" */
	d = "A farmer's view on the water fight\n\n"
	    "Guest opinion by Hal Dietrich\n\n"
	    "My grandfather started farming this land in 1948, and we have relied on the river since.\n\n"
	    "Opinion by most accounts is divided on the plan, and the vote is close.\n";
	assert_string_equal(zone_in(d, "Guest opinion by"), "byline");
	assert_string_equal(zone_in(d, "My grandfather"), "body");
	assert_string_equal(zone_in(d, "Opinion by most"), "body");
}

/* A line of dates with the publishing system's words between them, next
 * to a byline, is the byline's; a sentence that opens with a date stays
 * the report's. */
static void test_dates_with_update_words(void **state)
{
	(void)state;
	const char *d = "Deputies used force more often than reported\n"
	                "By Jane Doe | The Herald\n"
	                "Oct. 2, 2026 Updated 10:40 a.m.\n\n"
	                "On Oct. 2, 2026, deputies used force 14 times, records show.\n";
	assert_string_equal(zone_in(d, "Oct. 2, 2026 Updated"), "byline");
	assert_string_equal(zone_in(d, "On Oct. 2"), "body");
	/* the date with the age of its last update */
	d = "Deputies used force more often than reported\n"
	    "By Jane Doe\n"
	    "Mar 4, 2026 Updated 5 hrs ago\n\n"
	    "Deputies used force 14 times in 2025, records show.\n";
	assert_string_equal(zone_in(d, "Mar 4, 2026 Updated"), "byline");
	assert_string_equal(zone_in(d, "Deputies used force 14"), "body");
}

static const char *dateline_of(const char *line)
{
	static char buf[512], kind[32];
	snprintf(buf, sizeof buf, "Camp numbers rise\n\n%s\n\nAid groups asked for more tents.\n", line);
	snprintf(kind, sizeof kind, "%s", zone_in(buf, line));
	return kind;
}

static void test_datelines_of_more_shapes(void **state)
{
	(void)state;
	/* a possessive in the city, a colon after a known city, a city written
	 * as usual before a known place or a postal code */
	assert_string_equal(
	        zone_in("Camp numbers rise\n\nCOX'S BAZAR, Bangladesh \xe2\x80\x94 The camp grew.\n",
	                "COX'S BAZAR, Bangladesh \xe2\x80\x94 "),
	        "dateline");
	assert_string_equal(zone_in("Camp numbers rise\n\nNEW DELHI: The camp grew.\n", "NEW DELHI: "),
	                    "dateline");
	assert_string_equal(zone_in("Camp numbers rise\n\nWashington, D.C. \xe2\x80\x94 The bill passed.\n",
	                            "Washington, D.C. \xe2\x80\x94 "),
	                    "dateline");
	assert_string_equal(
	        zone_in("Camp numbers rise\n\nCharleston, SC - The bill passed.\n", "Charleston, SC - "),
	        "dateline");
	assert_string_equal(zone_in("Camp numbers rise\n\nNEW DELHI: The camp grew.\n", "The camp grew."),
	                    "body");
	/* under a standfirst */
	const char *d = "Camp numbers rise\n\n"
	                "Aid groups say the rains will bring more families.\n\n"
	                "DHAKA - The camp grew by a third in a month.\n";
	assert_string_equal(zone_in(d, "DHAKA - "), "dateline");
	assert_string_equal(zone_in(d, "Aid groups say"), "body");
	/* a capitalised line after a paragraph of report is no dateline */
	d = "Camp numbers rise\n\n"
	    "Aid groups say the rains will bring more families to the camp this month, and that the "
	    "tents they have will not be enough for all of them, a spokesman for the groups told "
	    "reporters at a briefing in the capital on Monday, adding that more money was needed "
	    "before the monsoon reached the coast later in the summer.\n\n"
	    "DHAKA - The camp grew by a third in a month.\n";
	assert_string_equal(zone_in(d, "DHAKA - "), "body");
	/* a label with a colon, or a name and a dash, is no dateline */
	assert_string_equal(dateline_of("BREAKING: The camp grew."), "body");
	assert_string_equal(dateline_of("Smith, Jones - The firm grew."), "body");
	/* a kicker before a dash is no place */
	assert_string_equal(dateline_of("EXCLUSIVE \xe2\x80\x94 The camp grew."), "body");
	assert_string_equal(dateline_of("R.I.P. \xe2\x80\x94 The camp lost its founder."), "body");
	/* a city in capitals and its date on a line of their own */
	assert_string_equal(dateline_of("KUTUPALONG, 16 January 2026"), "dateline");
	assert_string_equal(dateline_of("KUTUPALONG, Jan. 16, 2026"), "dateline");
}

/* Agency datelines with the day as an ordinal, or a colon after the agency
 * in brackets; a speaker's label in a transcript keeps its colon. */
static void test_datelines_ordinal_and_colon(void **state)
{
	(void)state;
	const char *d = "Camp numbers rise\n\nNORRVIK, 6th March, 2026 (Wire) -- The camp grew.\n";
	assert_string_equal(zone_in(d, "6th March"), "dateline");
	assert_string_equal(zone_in(d, "The camp grew."), "body");
	d = "Camp numbers rise\n\nNORRVIK, Mar 6 (Wire): The camp grew.\n";
	assert_string_equal(zone_in(d, "(Wire)"), "dateline");
	assert_string_equal(zone_in(d, "The camp grew."), "body");
	assert_string_equal(dateline_of("JANE DOE (Host): Good evening to all of you."), "body");
}

/* A known city in capitals alone on the line over the first paragraph is
 * the dateline; a section label in capitals is not. */
static void test_city_alone_over_report(void **state)
{
	(void)state;
	const char *d = "Dam talks resume\n\nDOHA\n\nThe dam talks resumed on Monday, officials said.\n";
	assert_string_equal(zone_in(d, "DOHA"), "dateline");
	assert_string_equal(zone_in(d, "The dam talks resumed"), "body");
	d = "Dam talks resume\n\nWORLD\n\nThe dam talks resumed on Monday, officials said.\n";
	assert_string_not_equal(zone_in(d, "WORLD"), "dateline");
}

/* An "Editor's note:" heading alone over the report takes the paragraph
 * under it, and the report after that stays body. */
static void test_editor_note_heading_over_report(void **state)
{
	(void)state;
	const char *d =
	        "Dam talks resume\n\nEditor's note:\nThis is a translation of a column that ran in a "
	        "weekly. It reflects the author's view.\n\nThe dam talks resumed on Monday, officials "
	        "said, after a pause of two months.\n";
	assert_string_equal(zone_in(d, "This is a translation"), "editor_note");
	assert_string_equal(zone_in(d, "The dam talks resumed"), "body");
}

/* The figures of a credit line's timestamp do not make it too long to be
 * a credit line. */
static void test_credit_line_with_timestamp(void **state)
{
	(void)state;
	const char *d = "Dam talks resume\n\nSource: Riverside Wire | 2026-03-14 09:05:31 | Editor: Ana "
	                "Ruiz\n\nThe dam talks resumed on Monday, officials said.\n";
	assert_string_equal(zone_in(d, "Source: Riverside Wire"), "byline");
	assert_string_equal(zone_in(d, "The dam talks resumed"), "body");
}

/* A first line of capitals, a dash and a headline is the title: the
 * capitals are a kicker, where a dateline stands before a sentence. */
static void test_kicker_over_a_headline(void **state)
{
	(void)state;
	const char *d = "EXCLUSIVE \xe2\x80\x94 Senator Quits Over Donor Probe\n\n"
	                "The senator resigned on Monday.\n";
	assert_string_equal(zone_in(d, "EXCLUSIVE"), "title");
	assert_string_equal(zone_in(d, "Senator Quits"), "title");
	d = "SHOCK \xe2\x80\x94 Senator Quits Over Donor Probe\n\nThe senator resigned on Monday.\n";
	assert_string_equal(zone_in(d, "SHOCK"), "title");
	d = "WASHINGTON \xe2\x80\x94 The senator resigned on Monday.\n\nHe left at noon.\n";
	assert_string_equal(zone_in(d, "WASHINGTON"), "dateline");
}

/* A section's label on its own line above the headline of a plain text is
 * the page's, and the line under it the title; a short headline with a
 * word in lower case stays the title over its standfirst. */
static void test_section_label_over_a_headline(void **state)
{
	(void)state;
	const char *d = "COLLEGE HOCKEY\n\nWardens edge Pilots 4-3 in overtime thriller\n\n"
	                "The Wardens won their fifth straight game on Saturday night at home.\n";
	assert_string_equal(zone_in(d, "COLLEGE HOCKEY"), "page");
	assert_string_equal(zone_in(d, "Wardens edge Pilots"), "title");
	d = "Obituaries\n\nMargaret Ellis, former librarian, dies at 91\n\n"
	    "Margaret Ellis ran the town library for thirty years.\n";
	assert_string_equal(zone_in(d, "Obituaries"), "page");
	assert_string_equal(zone_in(d, "Margaret Ellis, former"), "title");
	d = "Library closes\n\nReaders lose their last branch on the east side of town\n\n"
	    "The branch shut its doors on Friday.\n";
	assert_string_equal(zone_in(d, "Library closes"), "title");
	assert_string_equal(zone_in(d, "Readers lose"), "body");
	/* an opinion headline of full sentences, known by the byline under it */
	d = "OPINION\n\nWe should not fear the new tools. We should fear ignoring them.\n\nBy Ann Lee\n\n"
	    "When the chatbots arrived, many schools banned them from their networks.\n";
	assert_string_equal(zone_in(d, "OPINION"), "page");
	assert_string_equal(zone_in(d, "We should not fear"), "title");
	assert_string_equal(zone_in(d, "We should fear ignoring"), "title");
	d = "Keep the library open. Our kids need it.\n\nBy Ann Lee\n\n"
	    "The county wants to close its branch libraries on Sundays.\n";
	assert_string_equal(zone_in(d, "Keep the library"), "title");
	assert_string_equal(zone_in(d, "The county wants"), "body");
}

/* A publishing system's date and author line is a byline; a sentence that
 * opens with the same verb is the report. */
static void test_posted_line(void **state)
{
	(void)state;
	const char *d = "Council approves new water plant\n"
	                "Posted on September 14, 2025 by Jane Doe\n"
	                "The council voted 7-2 on Tuesday to build the plant.\n\n"
	                "Published in 2019, the first study was ignored.\n\n"
	                "Updated Tuesday 3:42 PM\n\n"
	                "Residents asked for a second vote.\n";
	assert_string_equal(zone_in(d, "Posted on September 14"), "byline");
	assert_string_equal(zone_in(d, "The council voted"), "body");
	assert_string_equal(zone_in(d, "Published in 2019"), "body");
	assert_string_equal(zone_in(d, "Updated Tuesday"), "byline");
	assert_string_equal(zone_in(d, "Residents asked"), "body");
	/* both times of a post, however many figures they hold */
	d = "Wildfire forces hundreds to leave homes\n\n"
	    "Posted at 6:40 AM, Jul 9, 2026 and last updated 1:05 PM, Jul 9, 2026\n\n"
	    "The fire has burned 900 acres, crews said.\n";
	assert_string_equal(zone_in(d, "Posted at 6:40 AM"), "byline");
	assert_string_equal(zone_in(d, "The fire has burned"), "body");
	/* a date alone under a byline, or over it, is the byline's */
	d = "Council approves new water plant\n"
	    "By Jane Doe, Staff Writer\n"
	    "June 12, 2016\n"
	    "The council voted 7-2 on Tuesday to build the plant.\n";
	assert_string_equal(zone_in(d, "June 12, 2016"), "byline");
	d = "Council approves new water plant\n"
	    "Tuesday, Dec. 8, 2015 3:40 p.m. ET\n"
	    "By Jane Doe\n"
	    "The council voted 7-2 on Tuesday to build the plant.\n";
	assert_string_equal(zone_in(d, "Tuesday, Dec. 8"), "byline");
	/* a spaced dash or bullet between the date and its time, and a time
	 * with "pm" glued on, keep the line a date */
	d = "Council approves new water plant\n"
	    "By Jane Doe, Staff Writer\n"
	    "Wed, 12 Jun, 2024 - 14:20\n"
	    "The council voted 7-2 on Tuesday to build the plant.\n";
	assert_string_equal(zone_in(d, "Wed, 12 Jun"), "byline");
	d = "Council approves new water plant\n"
	    "By Jane Doe, Staff Writer\n"
	    "12 June 2024 \u2022 9:30pm\n"
	    "The council voted 7-2 on Tuesday to build the plant.\n";
	assert_string_equal(zone_in(d, "12 June 2024"), "byline");
	/* under its label alone on a line, a date line is the page's stamp
	 * wherever the byline stands */
	d = "Council approves new water plant\n\n"
	    "Published\n"
	    "12 June 2024\n\n"
	    "Share\n\n"
	    "By Jane Doe\n\n"
	    "The council voted 7-2 on Tuesday to build the plant.\n";
	assert_string_equal(zone_in(d, "Published"), "byline");
	assert_string_equal(zone_in(d, "12 June 2024"), "byline");
	/* away from a byline a date line stays where it is */
	d = "The council voted 7-2 on Tuesday to build the plant.\n\n"
	    "June 12, 2016\n\n"
	    "Residents asked for a second vote.\n";
	assert_string_equal(zone_in(d, "June 12, 2016"), "body");
}

static void test_first_sentence_is_not_a_title(void **state)
{
	(void)state;
	const char *d = "The Islamic State launched an offensive on Wednesday, officials said.\n\n"
	                "By Tuesday, the army had retaken the district.\n";
	assert_string_equal(zone_in(d, "The Islamic State"), "body");
	assert_string_equal(zone_in(d, "By Tuesday"), "body");

	/* an exclamation is a title in title case only */
	d = "What a night it was for the home side!\n\nThe team won 3-1 on Saturday.\n";
	assert_string_equal(zone_in(d, "What a night"), "body");
	d = "You Won't Believe What This Senator Just Said About Taxes!\n\n"
	    "The senator spoke on Monday.\n";
	assert_string_equal(zone_in(d, "You Won't Believe"), "title");
	assert_string_equal(zone_in(d, "The senator spoke"), "body");
	d = "Anti-Tax Groups Run Ads in Nebraska Against the Mayor.\n\n"
	    "The groups spent $2 million.\n";
	assert_string_equal(zone_in(d, "Anti-Tax Groups"), "title");
}

/* A long headline, in title case or as one sentence with no mark at its end,
 * is a title; a long lead paragraph that lost its full stop, or ends with a
 * question, is not. */
static void test_long_headlines(void **state)
{
	(void)state;
	const char *d = "Mayor Says Town Budget Will Shut Both Libraries and the Swimming Pool All Summer "
	                "Despite Angry Protests From Parents and Teachers\n\n"
	                "The mayor said the cuts were needed.\n";
	assert_string_equal(zone_in(d, "Mayor Says"), "title");
	assert_string_equal(zone_in(d, "The mayor said"), "body");
	d = "Town mayor says the budget will shut both libraries and the swimming pool all summer "
	    "despite angry protests from parents\n\n"
	    "The mayor said the cuts were needed.\n";
	assert_string_equal(zone_in(d, "Town mayor says"), "title");
	d = "The town mayor said on Monday that the budget will shut both libraries and the pool for "
	    "the summer. Will the parents stand for it?\n\n"
	    "The mayor said the cuts were needed.\n";
	assert_string_equal(zone_in(d, "The town mayor"), "body");
}

static void test_title_from_metadata(void **state)
{
	(void)state;
	const char *d = "Whitford wins the Nevada caucuses.\n\nHelen Whitford won the Nevada caucuses on "
	                "Saturday.\n";
	crd_result *r = tu_run(d, "Whitford wins the Nevada caucuses", 0);
	assert_string_equal(zone_of(r, d, "Whitford wins"), "title");
	assert_string_equal(zone_of(r, d, "Helen Whitford won"), "body");
	crd_result_free(r);
}

/* Short lines above the headline the metadata names are the page's:
 * the site's name, a section label; the dateline under the byline is
 * found. A paragraph of report above the title keeps it from being the
 * headline. */
static void test_headline_under_masthead(void **state)
{
	(void)state;
	const char *d = "The Daily Planet\n\nWORLD | POLITICS\n\nStorm floods the coast road\n\nBy Jane Doe\n\n"
	                "HAVANA \xE2\x80\x94 The storm flooded the coast road on Monday, officials said.\n\n"
	                "Crews worked through the night.\n";
	crd_result *r = tu_run(d, "Storm floods the coast road", 0);
	check_cover(r, strlen(d));
	assert_string_equal(zone_of(r, d, "The Daily Planet"), "page");
	assert_string_equal(zone_of(r, d, "WORLD | POLITICS"), "page");
	assert_string_equal(zone_of(r, d, "Storm floods"), "title");
	assert_string_equal(zone_of(r, d, "By Jane Doe"), "byline");
	assert_string_equal(zone_of(r, d, "HAVANA"), "dateline");
	assert_string_equal(zone_of(r, d, "The storm flooded"), "body");
	crd_result_free(r);

	const char *p = "Officials said on Monday that the storm had flooded the coast road and that crews would work "
	                "through the night to clear it before the morning traffic.\n\n"
	                "Storm floods the coast road\n\nMore rain is forecast.\n";
	r = tu_run(p, "Storm floods the coast road", 0);
	assert_string_equal(zone_of(r, p, "Officials said"), "body");
	assert_string_equal(zone_of(r, p, "Storm floods"), "body");
	crd_result_free(r);
}

/* With no title to compare, a section label in capitals or of one word
 * over a longer headline line is the page's, and the headline is the
 * title; a short headline over its deck keeps the title. */
static void test_headline_under_label(void **state)
{
	(void)state;
	const char *d = "INVESTIGATIONS\n\nCounty paid a towing firm run by a council member's brother\n\n"
	                "By Jane Doe\n\nThe county paid the firm $2 million, records show.\n";
	crd_result *r = tu_features(d);
	check_cover(r, strlen(d));
	assert_string_equal(zone_of(r, d, "INVESTIGATIONS"), "page");
	assert_string_equal(zone_of(r, d, "County paid"), "title");
	assert_string_equal(zone_of(r, d, "The county paid"), "body");
	crd_result_free(r);

	const char *b = "Business\n\nBank weighed selling its mortgage unit before layoffs\n\n"
	                "The bank held talks last fall, people familiar with the matter said.\n";
	r = tu_features(b);
	assert_string_equal(zone_of(r, b, "Business"), "page");
	assert_string_equal(zone_of(r, b, "Bank weighed"), "title");
	crd_result_free(r);

	const char *h = "Senator Quits\n\nSmith cites his health in a surprise move\n\n"
	                "Sen. Dana Smith resigned on Monday.\n";
	r = tu_features(h);
	assert_string_equal(zone_of(r, h, "Senator Quits"), "title");
	assert_string_equal(zone_of(r, h, "Smith cites"), "body");
	crd_result_free(r);
}

/* A call for tips with no "news" in it is the page's prompt, and a
 * promise to update the story is the editor's notice. A source who "had
 * a tip" in the report stays body. */
static void test_tip_calls_and_update_promises(void **state)
{
	(void)state;
	const char *d = "The county paid the firm $2 million, records show. Officials said the contract "
	                "would be reviewed.\n\n"
	                "A neighbour said she had a tip about the firm in 2023.\n\n"
	                "The Herald will update this story as more information becomes available.\n\n"
	                "This story will be updated.\n\n"
	                "Have a tip? Contact our newsroom at tips@example.com.\n\n"
	                "Do you have information about this story? Contact the reporters on Signal.\n";
	crd_result *r = tu_features(d);
	check_cover(r, strlen(d));
	assert_string_equal(zone_of(r, d, "A neighbour said"), "body");
	assert_string_equal(zone_of(r, d, "The Herald will update"), "editor_note");
	assert_string_equal(zone_of(r, d, "This story will be updated"), "editor_note");
	assert_string_equal(zone_of(r, d, "Have a tip?"), "share");
	assert_string_equal(zone_of(r, d, "Do you have information"), "share");
	crd_result_free(r);
}

/* A tabloid's call for stories under the article, its newsletter prompt and
 * a short line ending on "click here" are the page's; a source's story in
 * the report stays body. */
static void test_story_calls(void **state)
{
	(void)state;
	const char *d = "The singer split from her boyfriend last month, a friend said.\n\n"
	                "The friend said she had a story to tell about the split.\n\n"
	                "For more showbiz news click here\n\n"
	                "Never miss a story - sign up for our free daily newsletter.\n\n"
	                "Got a story? Email us at tips@example.com\n\n"
	                "Do you know more? Email news@example.com\n";
	crd_result *r = tu_features(d);
	check_cover(r, strlen(d));
	assert_string_equal(zone_of(r, d, "The friend said"), "body");
	assert_string_equal(zone_of(r, d, "For more showbiz"), "share");
	assert_string_equal(zone_of(r, d, "Never miss a story"), "share");
	assert_string_equal(zone_of(r, d, "Got a story?"), "share");
	assert_string_equal(zone_of(r, d, "Do you know more?"), "share");
	crd_result_free(r);
}

/* The tabloid's foot of the page: a short "Story developing" note and a
 * promise to keep checking back are the editor's, a bare "Originally
 * Published" time stamp the byline's, a capitalised "MORE ON" list of
 * links related links, and a channel's subscribe prompt a share prompt. */
static void test_tabloid_page_foot(void **state)
{
	(void)state;
	const char *d = "The rapper was arrested early on Sunday, deputies said. More on the charges was not "
	                "released.\n\n"
	                "Story developing ...\n\n"
	                "For the latest news on this story keep checking back at Star Online\n\n"
	                "MORE ON HIP HOP\nRapper cancels tour dates\n\n"
	                "For all our exclusive videos - Subscribe on YouTube!\n\n"
	                "Originally Published -- 8:14 AM PT\n";
	crd_result *r = tu_features(d);
	check_cover(r, strlen(d));
	assert_string_equal(zone_of(r, d, "More on the charges"), "body");
	assert_string_equal(zone_of(r, d, "Story developing"), "editor_note");
	assert_string_equal(zone_of(r, d, "keep checking back"), "editor_note");
	assert_string_equal(zone_of(r, d, "MORE ON HIP HOP"), "related_link");
	assert_string_equal(zone_of(r, d, "Subscribe on YouTube"), "share");
	assert_string_equal(zone_of(r, d, "Originally Published"), "byline");
	crd_result_free(r);
}

/* A partner newsroom's credit at the end is the byline's, and "Write to
 * NAME at ..." the writer's contact line; a film "produced in partnership
 * with" a broadcaster inside the report stays body. */
static void test_partner_credits_and_write_to(void **state)
{
	(void)state;
	const char *d = "The documentary, produced in partnership with a public broadcaster, airs in May. "
	                "Officials said the county would review the contract.\n\n"
	                "The board meets on Thursday.\n\n"
	                "This story was produced in partnership with the Valley Accountability Project, a "
	                "nonprofit newsroom.\n\n"
	                "Write to Jane Doe at jane.doe@example.com\n";
	crd_result *r = tu_features(d);
	check_cover(r, strlen(d));
	assert_string_equal(zone_of(r, d, "The documentary"), "body");
	assert_string_equal(zone_of(r, d, "This story was produced"), "byline");
	assert_string_equal(zone_of(r, d, "Write to Jane"), "author_bio");
	crd_result_free(r);
}

/* A link to the story in another language is a related link; a report
 * that a service is available in Spanish stays body. */
static void test_story_in_another_language(void **state)
{
	(void)state;
	const char *d =
	        "The county will print ballots in two languages this year, officials said.\n\n"
	        "The clerk said a hotline for voters is available in Spanish and Vietnamese on weekdays "
	        "from early morning until late in the evening, through the election.\n\n"
	        "This fact check is available in Spanish.\n";
	crd_result *r = tu_features(d);
	check_cover(r, strlen(d));
	assert_string_equal(zone_of(r, d, "The clerk said"), "body");
	assert_string_equal(zone_of(r, d, "This fact check"), "related_link");
	crd_result_free(r);
}

static void test_author_bio_at_the_end(void **state)
{
	(void)state;
	const char *d = "Turnout in the primary was the highest in twenty years.\n\n"
	                "Election officials said counting would finish on Wednesday.\n\n"
	                "Sam Poe is a senior political reporter for The Daily Ledger.\n"
	                "Follow Sam Poe on Twitter @sampoe.\n";
	assert_string_equal(zone_in(d, "Election officials"), "body");
	assert_string_equal(zone_in(d, "Sam Poe is a senior"), "author_bio");
	assert_string_equal(zone_in(d, "Follow Sam Poe"), "author_bio");
	/* a contact line: a name and an address after "at"; a line that
	 * contacts no address stays the report */
	d = "Turnout in the primary was the highest in twenty years.\n\n"
	    "Election officials said counting would finish on Wednesday.\n\n"
	    "Contact Ria Banks at rbanks@ledger.example or 555-0199.\n";
	assert_string_equal(zone_in(d, "Contact Ria Banks"), "author_bio");
	d = "Turnout in the primary was the highest in twenty years.\n\n"
	    "Election officials said counting would finish on Wednesday.\n\n"
	    "Reach Mayor Ann Holt at City Hall if the count stalls.\n";
	assert_string_equal(zone_in(d, "Reach Mayor Ann Holt"), "body");

	/* an op-ed's author, named by the byline, whatever the job; the
	 * views line after it is the editor's */
	d = "Our city deserves better\n\nBy Tom Hale\n\n"
	    "The council passed a budget last night that will cost the city dearly for years.\n\n"
	    "We deserve better than this, and the voters will say so in November.\n\n"
	    "Tom Hale is a retired teacher in Riverside. The views expressed are his own.\n";
	assert_string_equal(zone_in(d, "Tom Hale is a retired"), "author_bio");
	assert_string_equal(zone_in(d, "The views expressed"), "editor_note");
	assert_string_equal(zone_in(d, "We deserve better"), "body");
	/* without a byline of that name, a closing description is the report */
	d = "The council passed a budget last night that will cost the city dearly for years.\n\n"
	    "We deserve better than this, and the voters will say so in November.\n\n"
	    "Ann Holt is a retired teacher in Riverside.\n";
	assert_string_equal(zone_in(d, "Ann Holt is a retired"), "body");
	/* a columnist's career in the perfect, naming the outlet */
	d = "The budget is smoke and mirrors\n\n"
	    "The mayor unveiled a plan on Thursday that raises fees on every utility bill in the city.\n\n"
	    "Taxpayers deserve a straight answer on what the average household will pay next year.\n\n"
	    "Ed Lind has covered city politics for the Harbor Times since 2009.\n";
	assert_string_equal(zone_in(d, "Ed Lind has covered"), "author_bio");
	/* but a company's results are the report's */
	d = "Shares of the firm fell on Tuesday after a weak forecast from its chief executive.\n\n"
	    "Analysts had expected a stronger quarter from the firm after a good summer.\n\n"
	    "Acme Corp has reported a loss for the third quarter in a row.\n";
	assert_string_equal(zone_in(d, "Acme Corp has reported"), "body");
	/* or open the piece under its byline and date */
	d = "Schools should teach with the new tools\n\nBy Priya Raman and Dan Osei\nNov. 18, 2026\n\n"
	    "Priya Raman is a professor of education at Westbrook University.\n\n"
	    "When the chatbots arrived, many schools banned them from classrooms and school networks.\n\n"
	    "We think that was a mistake, and the evidence is mounting every term.\n";
	assert_string_equal(zone_in(d, "Priya Raman is a professor"), "author_bio");
	assert_string_equal(zone_in(d, "When the chatbots"), "body");
	/* a subject who shares only the author's surname is the report's */
	d = "A hard week for the prime minister\n\nBy Mary Johnson\n\n"
	    "Boris Janssen is facing the hardest week of his time in office.\n\n"
	    "Ministers met on Monday to discuss the vote, and several said they would resign.\n";
	assert_string_equal(zone_in(d, "Boris Janssen is facing"), "body");
	/* a biography may name the author's book in quotation marks */
	d = "Our clinics are failing\n\nBy Dr. Lena Vos\n\n"
	    "The clinic on Birch Road closed last spring, and nobody has replaced it since then.\n\n"
	    "Patients now drive an hour for care that used to be ten minutes away.\n\n"
	    "Dr. Lena Vos is a family physician in Ashford and the author of \u201cThe Long Wait.\u201d\n";
	assert_string_equal(zone_in(d, "Dr. Lena Vos is a family"), "author_bio");
	/* but a unit that quotes someone stays in the report */
	d = "Our clinics are failing\n\nBy Lena Vos\n\n"
	    "The clinic on Birch Road closed last spring, and nobody has replaced it since then.\n\n"
	    "Patients now drive an hour for care that used to be ten minutes away.\n\n"
	    "Vos is a family physician in Ashford. \"It was hard,\" a nurse said.\n";
	assert_string_equal(zone_in(d, "Vos is a family"), "body");
	/* a posting line with the name after "by" names the author too */
	d = "Library hours cut\n\nPosted March 3, 2026 by Lena Ortiz\n\n"
	    "The library board voted on Monday to close the branch on Sundays from April.\n\n"
	    "The board said the change would save money on staff and heating.\n\n"
	    "Lena Ortiz is a corps member with a service program covering the county.\n";
	assert_string_equal(zone_in(d, "Lena Ortiz is a corps"), "author_bio");
	assert_string_equal(zone_in(d, "The board said"), "body");
}

static void test_author_bio_before_furniture(void **state)
{
	(void)state;
	/* a list of headlines under the biography leaves it the last of the report */
	const char *d = "Turnout in the primary was the highest in twenty years.\n\n"
	                "Election officials said counting would finish on Wednesday.\n\n"
	                "Sam Poe is a political reporter based in Denver.\n\n"
	                "More from the Ledger:\n\n"
	                "Five takeaways from the primary\n\n"
	                "Where the candidates stand on water\n\n"
	                "Polls close early in two counties\n";
	assert_string_equal(zone_in(d, "Sam Poe is a political reporter"), "author_bio");
	assert_string_equal(zone_in(d, "Election officials"), "body");
	/* and so does a comment notice of several lines */
	d = "Turnout in the primary was the highest in twenty years.\n\n"
	    "Election officials said counting would finish on Wednesday.\n\n"
	    "Sam Poe is a political reporter based in Denver.\n\n"
	    "We welcome your comments. Posts that are abusive or off-topic will be deleted.\n\n"
	    "Keep it civil.\n\n"
	    "Stay on topic.\n";
	assert_string_equal(zone_in(d, "Sam Poe is a political reporter"), "author_bio");
	/* a description of a person three units before the end of the report is reporting */
	d = "Sam Poe is a political reporter based in Denver.\n\n"
	    "He broke the story of the missing ballots in March.\n\n"
	    "Election officials said counting would finish on Wednesday.\n\n"
	    "Turnout in the primary was the highest in twenty years.\n\n"
	    "More from the Ledger:\n\n"
	    "Five takeaways from the primary\n";
	assert_string_equal(zone_in(d, "Sam Poe is a political reporter"), "body");
}

static void test_bio_words_inside_the_report(void **state)
{
	(void)state;
	/* A reporter named inside the story is reporting, not a biography. */
	const char *d = "Ann Lee is a reporter for the Ledger who first revealed the payments.\n\n"
	                "Her story prompted an inquiry by the state auditor, which is expected to report "
	                "in the autumn, and two officials have since resigned.\n\n"
	                "The auditor declined to comment on Friday.\n\n"
	                "The governor said he welcomed the inquiry and would cooperate fully with it.\n\n"
	                "Lawmakers will hold hearings next month.\n";
	assert_string_equal(zone_in(d, "Ann Lee is a reporter"), "body");
}

static void test_share_words_in_prose(void **state)
{
	(void)state;
	const char *d = "Twitter said it would remove the accounts by Friday.\n\n"
	                "Facebook Twitter Pinterest\n\n"
	                "Shares in the company fell 4 percent.\n";
	assert_string_equal(zone_in(d, "Twitter said"), "body");
	assert_string_equal(zone_in(d, "Facebook Twitter Pinterest"), "share");
	assert_string_equal(zone_in(d, "Shares in the company"), "body");
	/* a magazine's newsletter prompt under the story */
	d = "She is on the mend, a friend said.\n\n"
	    "Can\u2019t get enough of Us? Sign up now for the Us Weekly newsletter packed with the latest "
	    "news!\n";
	assert_string_equal(zone_in(d, "She is on the mend"), "body");
	assert_string_equal(zone_in(d, "Sign up now"), "share");
	/* sign-up prompts that open with something else; a sign-up in the
	 * report's own words stays */
	d = "The race tightened in Iowa.\n\n"
	    "For more, sign up for the Good Sense newsletter.\n\n"
	    "The race, the rallies, the results -- get the day's top political news delivered to your "
	    "inbox. By subscribing, you agree to our privacy policy.\n\n"
	    "Whitford wants to sign up 2 million voters, focusing on renters under 35.\n";
	assert_string_equal(zone_in(d, "For more, sign up"), "share");
	assert_string_equal(zone_in(d, "By subscribing"), "share");
	assert_string_equal(zone_in(d, "Whitford wants to sign up"), "body");
	/* the British "sign up to", and a prompt that ends on the sign-up */
	d = "The storm brought down trees across the shire.\n\n"
	    "Keep across the latest by signing up to our free daily newsletter.\n\n"
	    "Sign up to our weekend edition here.\n";
	assert_string_equal(zone_in(d, "Keep across the latest"), "share");
	assert_string_equal(zone_in(d, "Sign up to our weekend"), "share");
	assert_string_equal(zone_in(d, "The storm brought"), "body");
	/* a short line that opens on the imperative names the outlet's own
	 * newsletter or an alert */
	d = "The clinic reopened on Monday.\n\n"
	    "Sign up for Harbor Health's Well, Actually newsletter series.\n\n"
	    "Sign up to get an email from our health reporter when she publishes a new story.\n";
	assert_string_equal(zone_in(d, "Sign up for Harbor"), "share");
	assert_string_equal(zone_in(d, "Sign up to get an email"), "share");
	assert_string_equal(zone_in(d, "The clinic reopened"), "body");
	/* a reporter's contact line, a call for stories, and a call to comment
	 * under a label */
	d = "The council adopted the plan on Tuesday.\n\n"
	    "The plan sets rates for three years.\n\n"
	    "The mayor said it was fair.\n\n"
	    "Contact this reporter at 555-0100 or email jdoe@example.org.\n\n"
	    "Do you have a story? Email the newsroom at desk@example.org\n";
	assert_string_equal(zone_in(d, "Do you have a story"), "share");
	assert_string_equal(zone_in(d, "Contact this reporter"), "author_bio");
	assert_string_equal(zone_in(d, "The council adopted"), "body");
	d = "The council adopted the plan on Tuesday.\n\n"
	    "The plan sets rates for three years.\n\n"
	    "Have your say: Should the pool stay open? Leave a comment below.\n";
	assert_string_equal(zone_in(d, "Have your say"), "comment_policy");
	assert_string_equal(zone_in(d, "The plan sets"), "body");
	/* a listings page's call for events */
	d = "The library opens at 10 a.m. on Saturday.\n\n"
	    "The pool reopens on Monday after repairs.\n\n"
	    "Have an event you'd like listed? Email listings@example.org by Friday.\n";
	assert_string_equal(zone_in(d, "Have an event"), "share");
	assert_string_equal(zone_in(d, "The pool reopens"), "body");
	/* a viral page's plea, whatever its punctuation */
	d = "The plan will cost families thousands.\n\n"
	    "Share this if you agree! Like us on Facebook for more.\n\n"
	    "The vote is on Friday.\n";
	assert_string_equal(zone_in(d, "Share this if you agree"), "share");
	assert_string_equal(zone_in(d, "The vote is on Friday"), "body");
	d = "The plan will cost families thousands of dollars a year, the council was told.\n\n"
	    "Lemon water is no cure for high blood pressure, doctors say.\n\n"
	    "Try it for yourself and share your results in the comments below!\n";
	assert_string_equal(zone_in(d, "Try it for yourself"), "comment_policy");
}

/* An interview's note on its editing is the editor's, not the report. */
static void test_subscription_prompts(void **state)
{
	(void)state;
	/* prompts to subscribe that open their line, with or without a full stop */
	const char *d = "The port reopened on Thursday after a week of strikes, officials said.\n\n"
	                "Click here to subscribe to our shipping newsletter.\n\n"
	                "Dock workers returned to the cranes at dawn.\n\n"
	                "Subscribe now for just $2 a month!\n\n"
	                "Click here to subscribe\n";
	assert_string_equal(zone_in(d, "Click here to subscribe to our"), "share");
	assert_string_equal(zone_in(d, "Subscribe now"), "share");
	assert_string_equal(zone_in(d, "Click here to subscribe\n"), "share");
	assert_string_equal(zone_in(d, "Dock workers"), "body");
	/* subscribing in the report's own words */
	d = "The paper lost readers last year.\n\n"
	    "Readers who subscribe now pay twice what they paid in 2019.\n";
	assert_string_equal(zone_in(d, "Readers who subscribe"), "body");
}

static void test_prompt_words_a_source_said(void **state)
{
	(void)state;
	/* a prompt's words with a source after a comma: the report's sentence */
	const char *d = "The petition has 40,000 names, organisers said on Sunday.\n\n"
	                "Share this post with every parent you know, the campaign wrote on its page.\n\n"
	                "Sign up for the scheme ended in June, the ministry said.\n\n"
	                "Share this post with every parent you know.\n";
	assert_string_equal(zone_in(d, "Share this post with every parent you know, the"), "body");
	assert_string_equal(zone_in(d, "Sign up for the scheme"), "body");
	/* the same prompt with no source is the page's */
	assert_string_equal(zone_in(d, "Share this post with every parent you know.\n"), "share");
}

static void test_update_notice_lines(void **state)
{
	(void)state;
	/* an update label with its time, or "Updated ... with", is the editor's */
	const char *d = "The river rose all night, flooding the lower town.\n\n"
	                "UPDATE, 6:15 a.m.: The levee held overnight.\n\n"
	                "Crews stayed on the banks until dawn.\n\n"
	                "Updated at 9 a.m. with the county's figures.\n\n"
	                "Updated maps show the flood zone.\n\n"
	                "Updated: March 3, 2016\n";
	assert_string_equal(zone_in(d, "UPDATE, 6:15 a.m.: The levee held"), "editor_note");
	/* a live page's stamped entry that tells who said what is the report's,
	 * a wire's note on what the version adds is the editor's */
	const char *l = "Three people were hurt in the blast, police said.\n\n"
	                "UPDATE 4:55 p.m.: Fire Chief Ana Ruiz told reporters the gas line had been shut.\n\n"
	                "Crews stayed on the street until dawn.\n\n"
	                "UPDATE 2 - Adds fire chief's comment\n\n"
	                "The street reopened on Monday.\n";
	assert_string_equal(zone_in(l, "UPDATE 4:55 p.m.: Fire Chief"), "body");
	assert_string_equal(zone_in(l, "UPDATE 2 - Adds"), "editor_note");
	assert_string_equal(zone_in(d, "Updated at 9 a.m."), "editor_note");
	assert_string_equal(zone_in(d, "Crews stayed"), "body");
	/* the report's "Updated ..." and a publishing time are no notice */
	assert_string_equal(zone_in(d, "Updated maps"), "body");
	assert_string_equal(zone_in(d, "Updated: March 3"), "byline");
}

static void test_captions_credits_and_footer(void **state)
{
	(void)state;
	/* captions, credits, tags and the site's footer are the page's text */
	const char *d = "The river burst its banks on Sunday, flooding the old town.\n\n"
	                "Photo: Volunteers fill sandbags near the bridge on Sunday. (Harbour Pictures)\n\n"
	                "Image caption, Volunteers fill sandbags near the bridge\n\n"
	                "Image source, Harbour Pictures\n\n"
	                "Officials said the water would recede by Wednesday.\n\n"
	                "Tags: floods, rivers, weather\n\n"
	                "Our Standards: The Daily Ledger's principles of reporting.\n\n"
	                "\xc2\xa9 2024 The Daily Ledger\n\n"
	                "Copyright 2024 The Daily Ledger. All rights reserved.\n";
	assert_string_equal(zone_in(d, "Photo: Volunteers"), "page");
	assert_string_equal(zone_in(d, "Image caption"), "page");
	assert_string_equal(zone_in(d, "Image source"), "page");
	assert_string_equal(zone_in(d, "Tags: floods"), "page");
	assert_string_equal(zone_in(d, "Our Standards"), "page");
	assert_string_equal(zone_in(d, "2024 The Daily Ledger\n"), "page");
	assert_string_equal(zone_in(d, "All rights reserved"), "page");
	assert_string_equal(zone_in(d, "Officials said the water"), "body");
	/* the same words in the report's sentences */
	d = "The river burst its banks on Sunday, flooding the old town.\n\n"
	    "Image matters to the mayor, who toured the town by boat.\n\n"
	    "Copyright law does not cover the flood maps, the council said.\n";
	assert_string_equal(zone_in(d, "Image matters"), "body");
	assert_string_equal(zone_in(d, "Copyright law"), "body");
}

static void test_writer_notes_and_disclosures(void **state)
{
	(void)state;
	/* a writer's note or a disclosure under its label is a note, not the report */
	const char *d = "Nurses at the city hospital voted to strike on Friday.\n\n"
	                "Reporter's note: The author's brother works at the hospital.\n\n"
	                "The union said talks had failed over pay.\n\n"
	                "Disclaimer: This series is funded by a grant from a health charity.\n";
	assert_string_equal(zone_in(d, "Reporter's note"), "editor_note");
	assert_string_equal(zone_in(d, "Disclaimer: This series"), "editor_note");
	assert_string_equal(zone_in(d, "The union said"), "body");
	/* the words in the report's sentences */
	d = "Nurses at the city hospital voted to strike on Friday.\n\n"
	    "Disclosure of the pay figures came late, the union said.\n";
	assert_string_equal(zone_in(d, "Disclosure of the pay"), "body");
}

/* A page's note that it may earn from readers' purchases is the
 * publisher's, wherever it stands; the words in reporting are not. */
static void test_affiliate_notes(void **state)
{
	(void)state;
	const char *d = "Orbit launches a new phone\n"
	                "If you buy something through our links, we may earn a commission.\n\n"
	                "Orbit unveiled the phone on Tuesday, the company said.\n";
	assert_string_equal(zone_in(d, "If you buy"), "editor_note");
	assert_string_equal(zone_in(d, "Orbit unveiled"), "body");
	d = "Orbit unveiled the phone on Tuesday, the company said.\n\n"
	    "Brokers may earn a commission on each sale, the regulator said.\n";
	assert_string_equal(zone_in(d, "Brokers may earn"), "body");
}

/* Rows of share buttons longer than a label's length, and the buttons of
 * more apps, are share furniture; an app's name in prose is not. */
static void test_share_rows(void **state)
{
	(void)state;
	const char *d = "Ferry fares to rise\n"
	                "Share: Facebook Twitter WhatsApp Telegram\n\n"
	                "FACEBOOK TWITTER VIBER MESSENGER EMAIL\n\n"
	                "Share on X\n\n"
	                "The port authority said fares would rise in June.\n\n"
	                "Messenger apps were used to book seats, the firm said.\n";
	assert_string_equal(zone_in(d, "Share: Facebook"), "share");
	assert_string_equal(zone_in(d, "FACEBOOK TWITTER VIBER"), "share");
	assert_string_equal(zone_in(d, "Share on X"), "share");
	assert_string_equal(zone_in(d, "The port authority"), "body");
	assert_string_equal(zone_in(d, "Messenger apps"), "body");
}

static void test_interview_notes(void **state)
{
	(void)state;
	const char *d = "A nurse remembers\n"
	                "Maria Santos has worked as a nurse for 21 years. She spoke to us about 2020.\n"
	                "This interview has been edited for length and clarity.\n"
	                "Q: When did you realise something was wrong?\n"
	                "A: In early March. The hospital was edited out of the plan, she said.\n";
	assert_string_equal(zone_in(d, "This interview"), "editor_note");
	assert_string_equal(zone_in(d, "Q: When"), "body");
	assert_string_equal(zone_in(d, "A: In early"), "body");
}

/* The help-line note under a story of suicide or addiction is the page's
 * note; a sentence of the report that speaks of the line stays body. */
static void test_help_line_notes(void **state)
{
	(void)state;
	const char *d = "Calls to the state crisis line rose by a third last year, officials said.\n\n"
	                "The county will fund two more counsellors.\n\n"
	                "If you or someone you know is struggling, call or text 988 to reach the crisis "
	                "line.\n";
	assert_string_equal(zone_in(d, "If you or someone"), "editor_note");
	assert_string_equal(zone_in(d, "Calls to the state"), "body");
}

/* A syndicated story's note that the outlet did not edit it is an editor's
 * note, on its own line or at the end of a paragraph; an agency's name and a
 * bar over the update time is the byline. */
static void test_syndication_notes(void **state)
{
	(void)state;
	const char *d = "Ferry firm to buy four boats\n"
	                "WIRE | Updated: May 3, 2025, 10:14 IST\n\n"
	                "The ferry firm will buy four boats this year, the company said on Monday.\n\n"
	                "(This story has not been edited by Herald staff and is published from a syndicated "
	                "feed.)\n";
	assert_string_equal(zone_in(d, "WIRE | Updated"), "byline");
	assert_string_equal(zone_in(d, "The ferry firm"), "body");
	assert_string_equal(zone_in(d, "(This story has not"), "editor_note");
	d = "The ferry firm will buy four boats this year, the company said on Monday. Crews will train in "
	    "June. (Except for the headline, this story has not been edited by Herald staff.)\n";
	assert_string_equal(zone_in(d, "Crews will train"), "body");
	assert_string_equal(zone_in(d, "(Except for the headline"), "editor_note");
	/* the words in a sentence of the report */
	d = "The ferry firm will buy four boats this year, the company said on Monday.\n\n"
	    "The footage has not been edited by the firm, a spokesman said.\n";
	assert_string_equal(zone_in(d, "The footage"), "body");
}

static void test_degenerate_inputs(void **state)
{
	(void)state;
	const char *docs[] = { "", " ", "\n\n\n", "Advertisement", "\xe2\x80\xa2\n\xe2\x80\xa2\n",
		               "Related:", "By", "(CNN)", "WASHINGTON -", "Editor's note:" };
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		crd_result *r = tu_features(docs[i]);
		check_cover(r, strlen(docs[i]));
		crd_result_free(r);
	}
}

static void test_amn_example(void **state)
{
	(void)state;
	char path[1024];
	snprintf(path, sizeof path, "%s/examples/amn-hasakah.txt", CREDENCE_SHARED_DIR);
	FILE *f = fopen(path, "rb");
	if (!f)
		skip();
	static char buf[1 << 16];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	crd_result *r = tu_features(buf);
	check_cover(r, n);
	assert_string_equal(zone_of(r, buf, "The Islamic State of Iraq"), "body");
	assert_string_equal(zone_of(r, buf, "ALSO READ"), "related_link");
	assert_string_equal(zone_of(r, buf, "The source further added"), "body");
	assert_string_equal(zone_of(r, buf, "Advertisements"), "advert");
	assert_string_equal(zone_of(r, buf, "Share this article"), "share");
	assert_string_equal(zone_of(r, buf, "Editor-in-Chief"), "author_bio");
	assert_string_equal(zone_of(r, buf, "Notice: All comments"), "comment_policy");
	assert_string_equal(zone_of(r, buf, "Improve the Discussion"), "comment_policy");
	assert_string_equal(zone_of(r, buf, "Knee-jerk contradiction"), "comment_policy");
	crd_result_free(r);
}

/* Donation and click prompts are share furniture; a note of where the story
 * first appeared is a credit line. */
static void test_prompts_and_origin_notes(void **state)
{
	(void)state;
	const char *d = "The vote is on Friday, the clerk said.\n\n"
	                "Click here to see the full list!\n\n"
	                "Chip in $5 to help us fight back.\n\n"
	                "The council meets again next month to set the budget.\n\n"
	                "This story originally appeared in the Boston Globe.\n";
	assert_string_equal(zone_in(d, "Click here"), "share");
	assert_string_equal(zone_in(d, "Chip in"), "share");
	assert_string_equal(zone_in(d, "The council meets"), "body");
	assert_string_equal(zone_in(d, "This story originally"), "byline");
}

/* Wire datelines with a time, two cities or the agency between slashes;
 * and a line of cities under an agency byline. */
static void test_wire_datelines(void **state)
{
	(void)state;
	assert_string_equal(zone_in("Camp numbers rise\n\nOSLO, NORWAY (9:15 A.M.) - The camp grew.\n",
	                            "OSLO, NORWAY (9:15 A.M.) - "),
	                    "dateline");
	assert_string_equal(zone_in("Camp numbers rise\n\nLIMA/QUITO, May 3 (Wire) - The camp grew.\n",
	                            "LIMA/QUITO, May 3 (Wire) - "),
	                    "dateline");
	assert_string_equal(
	        zone_in("Camp numbers rise\n\nOSLO, May 3. /NTB/. The camp grew.\n", "OSLO, May 3. /NTB/. "),
	        "dateline");
	assert_string_equal(zone_in("Camp numbers rise\n\nOSLO, May 3. /NTB/. The camp grew.\n", "The camp"),
	                    "body");
	const char *d = "Camp numbers rise\n"
	                "Jane Doe and John Roe |03.05.2024 - Update : 03.05.2024\n\n"
	                "LIMA / QUITO\n\n"
	                "The camp grew by a third, officials said.\n";
	assert_string_equal(zone_in(d, "Jane Doe and John Roe"), "byline");
	assert_string_equal(zone_in(d, "LIMA / QUITO"), "dateline");
	assert_string_equal(zone_in(d, "The camp grew"), "body");
	/* a slash or a time in prose is no dateline */
	assert_string_equal(dateline_of("Smith/Jones said the camp grew."), "body");
}

/* The datelines of press releases: the wire between slashes after the
 * date, or in brackets between dashes before it; a headline in capitals
 * with a comma and a dash stays body. */
static void test_press_release_datelines(void **state)
{
	(void)state;
	const char *d =
	        "Kestrel Labs to merge\n\n"
	        "DENVER, Colo., Feb. 9, 2026 /PRNewswire/ -- Kestrel Labs Inc. today announced a merger.\n";
	assert_string_equal(zone_in(d, "DENVER, Colo., Feb. 9, 2026 /PRNewswire/ -- "), "dateline");
	assert_string_equal(zone_in(d, "Kestrel Labs Inc."), "body");
	d = "Fjord Oil reports\n\nOSLO, May 3, 2026 /CNW/ - Fjord Oil ASA today reported results.\n";
	assert_string_equal(zone_in(d, "OSLO, May 3, 2026 /CNW/ - "), "dateline");
	d = "Kestrel Labs to merge\n\n"
	    "DENVER--(BUSINESS WIRE)--Feb. 9, 2026-- Kestrel Labs Inc. today announced a merger.\n";
	assert_string_equal(zone_in(d, "DENVER--(BUSINESS WIRE)--Feb. 9, 2026-- "), "dateline");
	assert_string_equal(zone_in(d, "Kestrel Labs Inc."), "body");
	assert_string_equal(dateline_of("CAMP NUMBERS NOT YET FINAL, JUST TOO LOW - Aid groups said more."),
	                    "body");
}

/* The furniture under a press release and a news site's page: contact
 * blocks, the site's terms, a newsletter's pitch. */
static void test_contacts_terms_and_newsletters(void **state)
{
	(void)state;
	const char *d =
	        "Kestrel Labs to merge\n\n"
	        "Kestrel Labs Inc. said on Monday it would merge with Osprey Ltd. in a deal worth $2 "
	        "billion, according to a statement.\n\n"
	        "The deal will close in June, the company said.\n\n"
	        "Contacts\n\nInvestor Relations:\nAnna Berg\nir@kestrel.example\n\n"
	        "Sign up for the Morning Brief newsletter. Get the day's top business stories in your "
	        "inbox.\n\n"
	        "By using this site you agree to the Terms of Use and Privacy Notice.\n";
	assert_string_equal(zone_in(d, "The deal will close"), "body");
	assert_string_equal(zone_in(d, "Anna Berg"), "page");
	assert_string_equal(zone_in(d, "Get the day's top business stories"), "share");
	assert_string_equal(zone_in(d, "By using this site"), "page");
}

/* A trail of sections over the headline is the page's, and the headline
 * under it is the title; a headline that opens with "Home" stays one. */
static void test_breadcrumbs(void **state)
{
	(void)state;
	const char *d = "Home > Tech > Reviews\n\nVanta X2 review: a quiet revolution\n\n"
	                "The Vanta X2 costs $499 and ships in May, the company said on Monday in a "
	                "statement.\n\nIts battery lasts a day.\n";
	assert_string_equal(zone_in(d, "Home > Tech > Reviews"), "page");
	assert_string_equal(zone_in(d, "Vanta X2 review: a quiet revolution"), "title");
	d = "Home sales rose 5% in May\n\nHome sales rose in May, the group said on Monday, according "
	    "to a statement from the realtors.\n\nPrices climbed too.\n";
	assert_string_equal(zone_in(d, "Home sales rose 5% in May"), "title");
}

/* A page's note on the commission it may earn, worded without "a". */
static void test_commission_without_article(void **state)
{
	(void)state;
	const char *d = "Vanta X2 review\n\nThe Vanta X2 costs $499 and ships in May, the company said on "
	                "Monday.\n\nWe may earn commission from some of the retail links in this article, "
	                "but this never affects our verdicts.\n";
	assert_string_equal(zone_in(d, "We may earn commission"), "editor_note");
}

/* A city, a date and the agency in brackets make a dateline without a
 * dash; a bracket in prose does not. */
static void test_datelines_without_a_dash(void **state)
{
	(void)state;
	const char *d = "Camp numbers rise\n\nLima, May 3 (Wire) Officials said the camp grew.\n";
	assert_string_equal(zone_in(d, "Lima, May 3 (Wire) "), "dateline");
	assert_string_equal(zone_in(d, "Officials said"), "body");
	d = "Camp numbers rise\n\nLima, Peru (Wire) Officials said the camp grew.\n";
	assert_string_equal(zone_in(d, "Lima, Peru"), "body");
	d = "Camp numbers rise\n\nSmith, May (Wire) said the camp grew.\n";
	assert_string_equal(zone_in(d, "Smith, May"), "body");
}

/* The lines of a byline: "by" in lower case under the headline, an
 * address, the outlet's name under the name, a reading time, a credit to
 * a wire. */
/* A line of fields under a headline, a section, a site's name, a byline
 * and a date between bars or bullets, is the byline's; a line of labels
 * with no date or byline is not. */
static void test_byline_fields(void **state)
{
	(void)state;
	const char *d = "Tea Cures Colds\n"
	                "Health & Home | By Herbal Remedies Weekly Staff | Updated: May 3, 2025\n\n"
	                "A study said the tea helps.\n";
	assert_string_equal(zone_in(d, "Health & Home"), "byline");
	assert_string_equal(zone_in(d, "A study said"), "body");
	d = "Clerk Moves Ballots\n"
	    "The Valley Courier \xe2\x80\xa2 Local \xe2\x80\xa2 Oct. 16, 2025\n\n"
	    "The clerk moved the ballots on Monday.\n";
	assert_string_equal(zone_in(d, "The Valley Courier"), "byline");
	d = "Clerk Moves Ballots\n"
	    "News | Sports | Weather\n\n"
	    "The clerk moved the ballots on Monday.\n";
	assert_string_equal(zone_in(d, "News | Sports"), "body");
}

/* The writer's job on the line under "By", in words of any case and
 * perhaps with the outlet after a comma, is the byline's; a sentence
 * there is not. */
static void test_byline_jobs(void **state)
{
	(void)state;
	const char *d = "Clerk Moves Ballots\n\n"
	                "By Jane Doe\n"
	                "Local democracy reporter\n\n"
	                "The clerk moved the ballots on Monday.\n";
	assert_string_equal(zone_in(d, "Local democracy"), "byline");
	d = "Clerk Moves Ballots\n\n"
	    "By Jane Doe\n"
	    "Home affairs correspondent, Valley News\n\n"
	    "The clerk moved the ballots on Monday.\n";
	assert_string_equal(zone_in(d, "Home affairs"), "byline");
	d = "Clerk Moves Ballots\n\n"
	    "By Jane Doe\n"
	    "The editor resigned\n\n"
	    "The clerk moved the ballots on Monday.\n";
	assert_string_equal(zone_in(d, "The editor resigned"), "body");
	/* a name over a job and a date is a byline below a standfirst too */
	d = "Clerk Moves Ballots\n\n"
	    "The county says the move was lawful, but voters want answers.\n\n"
	    "Jane Doe\n"
	    "Health correspondent\n"
	    "Tue 14 May 2024 06.00 BST\n\n"
	    "The clerk moved the ballots on Monday.\n";
	assert_string_equal(zone_in(d, "Jane Doe"), "byline");
	assert_string_equal(zone_in(d, "Health correspondent"), "byline");
	assert_string_equal(zone_in(d, "Tue 14 May"), "byline");
	assert_string_equal(zone_in(d, "The county says"), "body");
}

/* A row of the page's links at the foot is the page's. */
static void test_footer_link_row(void **state)
{
	(void)state;
	const char *d = "Water Report\n\n"
	                "The council said the water is safe.\n\n"
	                "About Us | Sponsored Content | Privacy Policy | Terms\n";
	assert_string_equal(zone_in(d, "About Us"), "page");
	assert_string_equal(zone_in(d, "The council said"), "body");
}

/* A counter of comments or shares on a line of its own is the page's; a
 * sentence with the same words is the report's. */
static void test_comment_counter(void **state)
{
	(void)state;
	const char *d = "Train Derails\n\n"
	                "The engineer said the line was unsafe.\n\n"
	                "47 comments\n";
	assert_string_equal(zone_in(d, "47 comments"), "page");
	d = "Train Derails\n\n"
	    "The engineer said the line was unsafe.\n\n"
	    "112 shares\n\n"
	    "Readers wrote 47 comments in an hour.\n";
	assert_string_equal(zone_in(d, "112 shares"), "page");
	assert_string_equal(zone_in(d, "Readers wrote"), "body");
}

/* The headline of an advert under its label is the advert's; a sentence
 * of report under the label is not. */
static void test_advert_copy_under_its_label(void **state)
{
	(void)state;
	const char *d = "Water Report\n\n"
	                "The council said the water is safe.\n\n"
	                "ADVERTISEMENT\n"
	                "Drivers Are Ditching Their Car Insurance For This $9 Trick\n\n"
	                "The mayor said tests would continue.\n";
	assert_string_equal(zone_in(d, "Drivers Are Ditching"), "advert");
	assert_string_equal(zone_in(d, "The mayor said"), "body");
	d = "Water Report\n\n"
	    "The council said the water is safe.\n\n"
	    "ADVERTISEMENT\n"
	    "The mayor said tests would continue.\n";
	assert_string_equal(zone_in(d, "The mayor said"), "body");
}

static void test_byline_lines(void **state)
{
	(void)state;
	const char *d = "Storm floods the coast road\n"
	                "by Jane Doe | KXYZ Staff\n"
	                "May 3, 2025 10:14 AM 4 min read\n\n"
	                "The storm flooded the coast road on Monday, officials said.\n";
	assert_string_equal(zone_in(d, "Storm floods"), "title");
	assert_string_equal(zone_in(d, "by Jane Doe"), "byline");
	assert_string_equal(zone_in(d, "4 min read"), "page");
	assert_string_equal(zone_in(d, "The storm flooded"), "body");
	d = "Storm floods the coast road\n"
	    "By Jane Doe, Staff Writer\n"
	    "jdoe@herald.example\n"
	    "Coast Valley Herald\n\n"
	    "PORTLAND, Ore. (CVH) - The storm flooded the coast road on Monday, officials said.\n\n"
	    "Crews worked through the night.\n\n"
	    "- With files from the Wire Service\n";
	assert_string_equal(zone_in(d, "By Jane Doe"), "byline");
	assert_string_equal(zone_in(d, "jdoe@herald.example"), "byline");
	assert_string_equal(zone_in(d, "Coast Valley Herald"), "byline");
	assert_string_equal(zone_in(d, "PORTLAND, Ore. (CVH) - "), "dateline");
	assert_string_equal(zone_in(d, "Crews worked"), "body");
	assert_string_equal(zone_in(d, "With files from"), "byline");
	/* a short capitalised line away from a byline stays where it is */
	d = "The storm flooded the coast road on Monday, officials said.\n\n"
	    "Coast Valley Herald\n\n"
	    "Crews worked through the night.\n";
	assert_string_equal(zone_in(d, "Coast Valley Herald"), "body");
}

/* Bylines with a colon after "By", with a reading time after the date,
 * and a name alone over the line of dates. */
static void test_byline_shapes_of_more_pages(void **state)
{
	(void)state;
	const char *d = "Storm floods the coast road\n"
	                "By: Jane Q. Doe - Reporter\n"
	                "Coast Valley Herald / 05:20 AM May 3, 2025\n\n"
	                "The storm flooded the coast road on Monday, officials said.\n";
	assert_string_equal(zone_in(d, "By: Jane Q. Doe"), "byline");
	assert_string_equal(zone_in(d, "Coast Valley Herald /"), "byline");
	assert_string_equal(zone_in(d, "The storm flooded"), "body");
	d = "Storm floods the coast road\n"
	    "By Jane Doe, Portland | May 3, 2025 | 3 min read\n\n"
	    "The storm flooded the coast road on Monday, officials said.\n";
	assert_string_equal(zone_in(d, "By Jane Doe, Portland"), "byline");
	d = "Storm floods the coast road\n"
	    "Jane Doe\n"
	    "Published 3 May 2025 | 10:14\n\n"
	    "The storm flooded the coast road on Monday, officials said.\n";
	assert_string_equal(zone_in(d, "Jane Doe"), "byline");
	d = "Storm floods the coast road\n\n"
	    "Jane Doe\n\n"
	    "3 May 2025\n\n"
	    "The storm flooded the coast road on Monday, officials said.\n";
	assert_string_equal(zone_in(d, "Jane Doe"), "byline");
	assert_string_equal(zone_in(d, "3 May 2025"), "byline");
	/* several writers joined by commas and "and" over the date */
	d = "Storm floods the coast road\n\n"
	    "Jane Doe, John Roe, and Ann Lee\n\n"
	    "3 May 2025, 7:15pm ET\n\n"
	    "The storm flooded the coast road on Monday, officials said.\n";
	assert_string_equal(zone_in(d, "Jane Doe, John Roe"), "byline");
	assert_string_equal(zone_in(d, "The storm flooded"), "body");
	/* a capitalised line with the report under it stays */
	d = "Storm floods the coast road\n\n"
	    "Coast Road Closed\n\n"
	    "The storm flooded the coast road on Monday, officials said.\n";
	assert_string_equal(zone_in(d, "Coast Road Closed"), "body");
}

/* The report, long enough that what follows it stands in its second
 * half. */
#define REPORT_PARAS                                                                                   \
	"The council voted 7-2 on Tuesday to build the new water plant, the clerk said.\n\n"           \
	"The plant will cost $40 million and open in 2027, according to the city's budget office.\n\n" \
	"Residents who spoke at the meeting asked for a second vote on the site of the plant.\n\n"

/* Appeals to readers, paywall notices, contact lines, comment notices,
 * sign-offs and the page's headings under a report are not the report. */
static void test_appeals_contacts_and_notices(void **state)
{
	(void)state;
	const char *d = REPORT_PARAS
	        "Maps of the site are at the city's website. Sign up for our breaking news alerts.\n\n"
	        "Have a news tip? Email us at tips@herald.example.\n\n"
	        "Support local journalism. Subscribe today for as little as $1 a week.\n\n"
	        "Jane Doe can be reached at jdoe@herald.example.\n";
	assert_string_equal(zone_in(d, "Maps of the site"), "body");
	assert_string_equal(zone_in(d, "Sign up for our breaking"), "share");
	assert_string_equal(zone_in(d, "Have a news tip"), "share");
	assert_string_equal(zone_in(d, "Support local journalism"), "share");
	assert_string_equal(zone_in(d, "Jane Doe can be reached"), "author_bio");
	d = REPORT_PARAS "Jane Doe covers water and the environment.\n";
	assert_string_equal(zone_in(d, "Jane Doe covers"), "author_bio");
	d = REPORT_PARAS "The Herald is committed to maintaining a lively but civil forum for discussion.\n\n"
	                 "MORE FROM THE HERALD\n"
	                 "Council delays vote on bus lanes\n";
	assert_string_equal(zone_in(d, "lively but civil"), "comment_policy");
	assert_string_equal(zone_in(d, "MORE FROM THE HERALD"), "related_link");
	assert_string_equal(zone_in(d, "Council delays vote"), "related_link");
	d = REPORT_PARAS "For further information, please contact:\n"
	                 "Jane Doe, Press Officer, jdoe@agency.example\n";
	assert_string_equal(zone_in(d, "For further information"), "page");
	assert_string_equal(zone_in(d, "Jane Doe, Press Officer"), "page");
	d = REPORT_PARAS "Watch: Drone footage shows the new site\n\n"
	                 "Journal reference: Doe J, et al. Water plants and costs. J Water 2024;3:12.\n\n"
	                 "J.D\n";
	assert_string_equal(zone_in(d, "Watch: Drone"), "related_link");
	assert_string_equal(zone_in(d, "Journal reference"), "page");
	assert_string_equal(zone_in(d, "J.D"), "byline");
	/* in a paragraph, "Watch:" may open the report's sentence */
	d = REPORT_PARAS
	        "The mayor was asked about it. Watch: At that point, the mayor left the room and the "
	        "meeting ended.\n";
	assert_string_equal(zone_in(d, "At that point"), "body");
	/* a sentence that opens the same way inside a paragraph stays */
	d = REPORT_PARAS
	        "Become a member of the board, the mayor told residents, and you will see the costs.\n";
	assert_string_equal(zone_in(d, "Become a member"), "body");
}

/* A wire's credit after a dash and its contact lines close the report,
 * on lines of their own or run into its last paragraph. */
static void test_wire_credit_and_contacts(void **state)
{
	(void)state;
	const char *d = REPORT_PARAS "--With assistance from Jane Doe.\n\n"
	                             "To contact the reporter on this story:\n"
	                             "John Roe in Lima at jroe@wire.example\n\n"
	                             "To contact the editors responsible for this story:\n"
	                             "Ann Poe at apoe@wire.example\n";
	assert_string_equal(zone_in(d, "--With assistance"), "byline");
	assert_string_equal(zone_in(d, "To contact the reporter"), "author_bio");
	assert_string_equal(zone_in(d, "John Roe in Lima"), "author_bio");
	assert_string_equal(zone_in(d, "Ann Poe at"), "author_bio");
	assert_string_equal(zone_in(d, "Residents who spoke"), "body");
	d = REPORT_PARAS
	        "The plant opens next year. --With assistance from Jane Doe. To contact the reporter "
	        "on this story: John Roe in Lima at jroe@wire.example\n";
	assert_string_equal(zone_in(d, "The plant opens"), "body");
	assert_string_equal(zone_in(d, "--With assistance"), "byline");
	assert_string_equal(zone_in(d, "To contact the reporter"), "author_bio");
	/* without the dash, the words open a sentence of the report */
	d = REPORT_PARAS "With assistance from the state, the plant opens next year.\n";
	assert_string_equal(zone_in(d, "With assistance"), "body");
}

/* Zone kind over the first occurrence of text in the text of a page. */
static const char *zone_of_page(const crd_result *r, const char *text)
{
	size_t len;
	const char *t = crd_result_text(r, &len);
	assert_non_null(t);
	return zone_of(r, t, text);
}

static crd_result *page_features(const char *page);

/* Of a web page, the caption, byline and related links its markup names
 * take their zones; the footer under the comments is the page's. */
static void test_page_roles(void **state)
{
	(void)state;
	const char *d =
	        "<html><body><article><h1>Storm floods the coast road</h1>"
	        "<div class=\"byline\">By <a href=\"/jd\">Jane Doe</a></div>"
	        "<figure><img src=\"a.jpg\"><figcaption>Crews clear the coast road on "
	        "Monday.</figcaption></figure>"
	        "<p>The storm flooded the coast road on Monday, officials said. Crews worked through the "
	        "night "
	        "to clear it, and the road reopened on Tuesday morning after the water went down.</p>"
	        "<p>More rain is forecast for the weekend, the weather service said.</p></article>"
	        "<aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/a\">Bridge repairs "
	        "begin</a></li>"
	        "</ul></aside>"
	        "<section><h3>Comments</h3><p>Comments are moderated. Comments that are abusive or off-topic "
	        "will be deleted.</p></section>"
	        "<footer><p>&copy; 2025 The Herald. All rights reserved.</p></footer></body></html>";
	crd_input in = CRD_INPUT_INIT;
	in.text = d;
	in.len = strlen(d);
	in.format = CRD_FORMAT_HTML;
	crd_result *r = NULL;
	crd_error err;
	if (crd_scorer_score(&r, tu_scorer(), &in, CRD_SCORE_FEATURES_ONLY, &err) != CRD_OK)
		fail_msg("score: %s", err.message);
	crd_evidence ev;
	int found = 0;
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_result_evidence(r, i, &ev);
		if (strcmp(ev.feature, "boilerplate") == 0 && strstr(ev.text, "Bridge repairs begin"))
			found = strcmp(ev.zone, "related_link") == 0;
	}
	assert_true(found);
	assert_string_equal(zone_of_page(r, "Crews clear"), "page");
	assert_string_equal(zone_of_page(r, "Jane Doe"), "byline");
	assert_string_equal(zone_of_page(r, "The storm flooded"), "body");
	assert_string_equal(zone_of_page(r, "Comments are moderated"), "comment_policy");
	assert_string_equal(zone_of_page(r, "All rights reserved"), "page");
	crd_result_free(r);
	/* an element the page calls a byline that holds the story is no byline */
	r = page_features("<article><div class=\"byline\"><p>By Jane Doe</p>"
	                  "<p>The storm flooded the coast road on Monday, officials said. Crews worked "
	                  "through the night to clear it, and the road reopened on Tuesday morning after "
	                  "the water went down. More rain is forecast for the weekend, the weather service "
	                  "said, and crews will stay on the road until the rivers fall again.</p>"
	                  "<p>Schools along the coast stay shut until Thursday, the council said in a "
	                  "statement on its website, and buses will run on the inland route.</p></div>"
	                  "</article>");
	assert_string_equal(zone_of_page(r, "The storm flooded"), "body");
	crd_result_free(r);
}

/* Zones of a web page's text. */
static crd_result *page_features(const char *page)
{
	crd_input in = CRD_INPUT_INIT;
	in.text = page;
	in.len = strlen(page);
	in.format = CRD_FORMAT_HTML;
	crd_result *r = NULL;
	crd_error err;
	if (crd_scorer_score(&r, tu_scorer(), &in, CRD_SCORE_FEATURES_ONLY, &err) != CRD_OK)
		fail_msg("score: %s", err.message);
	return r;
}

/* A page's <h1> is its headline when its <title> says something else, and
 * a short label above it is the page's. */
/* The lines of a byline under a title that carry no "By": a name with its
 * job, a name over its job, a date in figures, where the writer filed from. */
static void test_byline_name_job_and_place(void **state)
{
	(void)state;
	const char *d = "Ministers face revolt\n"
	                "Jane Doe Political editor\n"
	                "Mon 16 Jun 2025 19.30 BST\n\n"
	                "Ministers face a rebellion, party sources said.\n";
	assert_string_equal(zone_in(d, "Jane Doe Political editor"), "byline");
	assert_string_equal(zone_in(d, "Ministers face a rebellion"), "body");
	d = "Bill faces vote\n"
	    "Jane Doe\n"
	    "Political reporter\n\n"
	    "Members will vote on the bill on Tuesday, ministers said.\n";
	assert_string_equal(zone_in(d, "Jane Doe"), "byline");
	assert_string_equal(zone_in(d, "Political reporter"), "byline");
	assert_string_equal(zone_in(d, "Members will vote"), "body");
	d = "Allies plot to oust chief\n"
	    "By Jane Doe and John Roe\n"
	    "09/14/2025 05:00 AM EDT\n\n"
	    "A group of allies is building a case, people familiar with it said.\n";
	assert_string_equal(zone_in(d, "09/14/2025 05:00 AM EDT"), "byline");
	d = "Mayor seeks votes\n"
	    "Reporting from Lagos, Nigeria\n\n"
	    "The mayor toured three towns on Monday, aides said.\n";
	assert_string_equal(zone_in(d, "Reporting from Lagos"), "byline");
	/* in a paragraph, or over a sentence, the words are the report's */
	d = "Mayor seeks votes\n"
	    "Reporting from Lagos was hard, the mayor's aides said on Monday.\n";
	assert_string_equal(zone_in(d, "Reporting from Lagos"), "body");
	d = "Bill faces vote\n"
	    "Jane Doe\n"
	    "Political reporters say the bill will pass.\n";
	assert_string_equal(zone_in(d, "Jane Doe"), "body");
}

/* A heading on a line of its own with no colon over a list that closes
 * the page: topics, references, an encyclopedia's caret notes. */
static void test_lists_that_close_a_page(void **state)
{
	(void)state;
	const char *d = "Ministers face revolt\n"
	                "Party sources said the whips were busy.\n\n"
	                "Explore more on these topics\n"
	                "Housing\n"
	                "Jane Doe\n"
	                "Reuse this content\n";
	assert_string_equal(zone_in(d, "Party sources"), "body");
	assert_string_equal(zone_in(d, "Explore more"), "page");
	assert_string_equal(zone_in(d, "Housing"), "page");
	assert_string_equal(zone_in(d, "Jane Doe"), "page");
	assert_string_equal(zone_in(d, "Reuse this content"), "page");
	/* the reprint desk's line closes the page */
	d = "Clerk sentenced in fraud case\n"
	    "Prosecutors said the clerk took $90,000 from the court's fee account.\n\n"
	    "For a reprint of this article, please contact reprints@courtnews.example.\n";
	assert_string_equal(zone_in(d, "Prosecutors said"), "body");
	assert_string_equal(zone_in(d, "For a reprint"), "page");
	d = "Abbot of Fernley\n"
	    "The abbot was an English monk. He is thought to have been born near Fernley.\n\n"
	    "References\n"
	    "1. Doe, Jane (1974). Writing in the Fens. London: Press. p. 212.\n"
	    "2. Roe, John, ed. (1879). A Chronicle. London.\n";
	assert_string_equal(zone_in(d, "He is thought"), "body");
	assert_string_equal(zone_in(d, "References"), "page");
	assert_string_equal(zone_in(d, "1. Doe"), "page");
	assert_string_equal(zone_in(d, "2. Roe"), "page");
	d = "Abbot of Fernley\n"
	    "The abbot was an English monk.\n\n"
	    "He died in 1190, the chronicle says.\n\n"
	    "^ Doe, Jane (1974). Writing in the Fens. p. 212.\n";
	assert_string_equal(zone_in(d, "He died"), "body");
	assert_string_equal(zone_in(d, "^ Doe"), "page");
	/* report under such a heading keeps the heading and the lines body */
	d = "Club wins cup final\n"
	    "The club won the cup on Saturday, its coach said.\n\n"
	    "Notes\n"
	    "Defence\n"
	    "The defence held firm in the second half, the coach said.\n";
	assert_string_equal(zone_in(d, "Defence"), "body");
}

/* The footers a news site prints under its report: the print edition's
 * note, a paywall's thanks, a call for claims to check, a credit list and a
 * wire's note on its funding. */
static void test_site_footers(void **state)
{
	(void)state;
	const char *d = "Council backs new bus lanes\n"
	                "The council voted for the lanes on Monday, its leader said.\n\n"
	                "A version of this article appears in print on May 3, 2025, Section B, Page 4 of the "
	                "City edition with the headline: Bus Lanes Win.\n\n"
	                "Contributors: Staff reports, The Wire\n\n"
	                "Thank you for supporting our journalism. You can subscribe to our print edition "
	                "here.\n\n"
	                "If you have seen a claim you would like us to check, email tips@herald.example.\n\n"
	                "The Wire's transport desk receives support from a city foundation. The Wire is "
	                "solely responsible for all content.\n";
	assert_string_equal(zone_in(d, "The council voted"), "body");
	assert_string_equal(zone_in(d, "A version of this article"), "page");
	assert_string_equal(zone_in(d, "Contributors: Staff"), "byline");
	assert_string_equal(zone_in(d, "Thank you for supporting"), "share");
	assert_string_equal(zone_in(d, "If you have seen a claim"), "share");
	assert_string_equal(zone_in(d, "The Wire's transport desk"), "editor_note");
	/* the same words inside the report stay body */
	d = "Riders want faster buses\n"
	    "The contributors to the fund met on Monday. A version of the plan went to the council, "
	    "its clerk said.\n";
	assert_string_equal(zone_in(d, "The contributors"), "body");
	assert_string_equal(zone_in(d, "A version of the plan"), "body");
	/* an explainer's call for readers' accounts and questions */
	d = "Bus fares rise on Sunday\n"
	    "Single fares go up by 20 cents, the transit board said.\n\n"
	    "Have you been affected by the changes? Share your experiences by emailing "
	    "news@herald.example.\n\n"
	    "Email us at questions@herald.example.\n";
	assert_string_equal(zone_in(d, "Single fares"), "body");
	assert_string_equal(zone_in(d, "Share your experiences"), "share");
	assert_string_equal(zone_in(d, "Email us at"), "share");
}

static void test_headline_in_h1(void **state)
{
	(void)state;
	crd_result *r = page_features(
	        "<html><head><title>Coast road shut | The Herald</title></head><body><article>"
	        "<p>Weather</p><h1>Storm floods the coast road and cuts off two towns for the third time "
	        "this winter</h1><p>The storm flooded the coast road on Monday, officials said.</p>"
	        "</article></body></html>");
	assert_string_equal(zone_of_page(r, "Weather"), "page");
	assert_string_equal(zone_of_page(r, "Storm floods"), "title");
	assert_string_equal(zone_of_page(r, "The storm flooded"), "body");
	crd_result_free(r);
	/* a heading lower in the report is no headline */
	r = page_features("<html><body><article><p>The storm flooded the coast road on Monday, officials "
	                  "said, and crews worked through the night.</p><h1>What comes next</h1><p>More "
	                  "rain is due.</p></article></body></html>");
	assert_string_equal(zone_of_page(r, "What comes next"), "body");
	crd_result_free(r);
}

/* A wire's update note on a short line of its own is an editor's note with
 * an update notice, and "Edited by NAME" under a story is a credit; the
 * same words inside a sentence of the report stay body. */
static void test_wire_update_note_and_edit_credit(void **state)
{
	(void)state;
	const char *d = "The miner raised its dividend on Tuesday, its chief executive said.\n\n"
	                "The firm updates with new data each week, the filing said.\n\n"
	                "(Updates with share move in fourth paragraph)\n\n"
	                "Edited by Lena Ortiz.\n";
	assert_string_equal(zone_in(d, "(Updates with share move"), "editor_note");
	assert_string_equal(zone_in(d, "Edited by Lena Ortiz"), "byline");
	assert_string_equal(zone_in(d, "The firm updates with"), "body");
	crd_result *r = tu_features(d);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "correction", NULL, &ev));
	assert_string_equal(tu_attr(&ev, "kind")->string, "update");
	assert_int_equal(crd_result_count(r, "correction", NULL), 1);
	crd_result_free(r);
}

/* A byline may end with its date's clock time: "By Jane Doe - Nov 12, 2024
 * at 6:15AM", "at 9:40 a.m."; a sentence that opens with "By the time"
 * stays body. */
static void test_byline_with_clock_time(void **state)
{
	(void)state;
	const char *d = "Is the Miner a Buy?\n\n"
	                "By Lena Ortiz \xe2\x80\x93 Nov 12, 2024 at 6:15AM\n\n"
	                "Shares of the miner fell 5% on Monday after the report, analysts said.\n";
	assert_string_equal(zone_in(d, "By Lena Ortiz"), "byline");
	d = "Is the Miner a Buy?\n\n"
	    "By Lena Ortiz - Nov 12, 2024 at 9:40 a.m.\n\n"
	    "Shares of the miner fell 5% on Monday after the report, analysts said.\n";
	assert_string_equal(zone_in(d, "By Lena Ortiz"), "byline");
	d = "Is the Miner a Buy?\n\n"
	    "By the time Ortiz arrived at 6 am, it was over.\n\n"
	    "Shares of the miner fell 5% on Monday after the report, analysts said.\n";
	assert_string_equal(zone_in(d, "By the time"), "body");
}

/* A paper's note that the story ran in print, in either word order, is
 * page furniture: "Appeared in the May 3, 2025, print edition as 'Rates
 * Hold'". */
static void test_print_edition_note(void **state)
{
	(void)state;
	const char *d = "The central bank held rates on Thursday, its governor said.\n\n"
	                "Appeared in the May 3, 2025, print edition as 'Rates Hold'.\n";
	assert_string_equal(zone_in(d, "Appeared in the May"), "page");
	assert_string_equal(zone_in(d, "The central bank held"), "body");
}

/* A market page's credit for its prices and their delay is page
 * furniture: "Market data provided by ...", "Quotes delayed at least 15
 * minutes." */
static void test_market_data_credit(void **state)
{
	(void)state;
	const char *d = "The index rose 0.4% on Thursday, led by exporters, traders said.\n\n"
	                "Prices by Kestle Data. Quotes delayed at least 15 minutes.\n\n"
	                "Market data provided by Kestle Data.\n";
	assert_string_equal(zone_in(d, "Prices by Kestle"), "page");
	assert_string_equal(zone_in(d, "Market data provided"), "page");
	assert_string_equal(zone_in(d, "The index rose"), "body");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_furniture_between_paragraphs),
		cmocka_unit_test(test_line_zone_holds_its_newline),
		cmocka_unit_test(test_related_heading_and_read_more),
		cmocka_unit_test(test_related_list_items),
		cmocka_unit_test(test_trending_heading),
		cmocka_unit_test(test_comments_script_note),
		cmocka_unit_test(test_copy_link_button),
		cmocka_unit_test(test_related_heading_that_names_its_site),
		cmocka_unit_test(test_read_label_between_paragraphs),
		cmocka_unit_test(test_comment_guidelines_run_to_the_end),
		cmocka_unit_test(test_comment_notice_without_a_heading),
		cmocka_unit_test(test_comment_words_in_the_report_stay_body),
		cmocka_unit_test(test_editor_note_and_credit),
		cmocka_unit_test(test_flattened_note_and_credit),
		cmocka_unit_test(test_flattened_related_headline),
		cmocka_unit_test(test_bracketed_note_ends_at_its_bracket),
		cmocka_unit_test(test_title_byline_dateline),
		cmocka_unit_test(test_datelines_of_more_shapes),
		cmocka_unit_test(test_posted_line),
		cmocka_unit_test(test_first_sentence_is_not_a_title),
		cmocka_unit_test(test_long_headlines),
		cmocka_unit_test(test_kicker_over_a_headline),
		cmocka_unit_test(test_section_label_over_a_headline),
		cmocka_unit_test(test_title_from_metadata),
		cmocka_unit_test(test_headline_under_masthead),
		cmocka_unit_test(test_headline_under_label),
		cmocka_unit_test(test_desk_bylines),
		cmocka_unit_test(test_dates_with_update_words),
		cmocka_unit_test(test_tip_calls_and_update_promises),
		cmocka_unit_test(test_story_calls),
		cmocka_unit_test(test_tabloid_page_foot),
		cmocka_unit_test(test_partner_credits_and_write_to),
		cmocka_unit_test(test_story_in_another_language),
		cmocka_unit_test(test_author_bio_at_the_end),
		cmocka_unit_test(test_author_bio_before_furniture),
		cmocka_unit_test(test_bio_words_inside_the_report),
		cmocka_unit_test(test_share_words_in_prose),
		cmocka_unit_test(test_subscription_prompts),
		cmocka_unit_test(test_prompt_words_a_source_said),
		cmocka_unit_test(test_update_notice_lines),
		cmocka_unit_test(test_captions_credits_and_footer),
		cmocka_unit_test(test_writer_notes_and_disclosures),
		cmocka_unit_test(test_affiliate_notes),
		cmocka_unit_test(test_share_rows),
		cmocka_unit_test(test_interview_notes),
		cmocka_unit_test(test_help_line_notes),
		cmocka_unit_test(test_syndication_notes),
		cmocka_unit_test(test_degenerate_inputs),
		cmocka_unit_test(test_amn_example),
		cmocka_unit_test(test_prompts_and_origin_notes),
		cmocka_unit_test(test_wire_datelines),
		cmocka_unit_test(test_press_release_datelines),
		cmocka_unit_test(test_contacts_terms_and_newsletters),
		cmocka_unit_test(test_breadcrumbs),
		cmocka_unit_test(test_commission_without_article),
		cmocka_unit_test(test_datelines_without_a_dash),
		cmocka_unit_test(test_byline_fields),
		cmocka_unit_test(test_byline_jobs),
		cmocka_unit_test(test_footer_link_row),
		cmocka_unit_test(test_comment_counter),
		cmocka_unit_test(test_advert_copy_under_its_label),
		cmocka_unit_test(test_byline_lines),
		cmocka_unit_test(test_byline_shapes_of_more_pages),
		cmocka_unit_test(test_appeals_contacts_and_notices),
		cmocka_unit_test(test_wire_credit_and_contacts),
		cmocka_unit_test(test_page_roles),
		cmocka_unit_test(test_headline_in_h1),
		cmocka_unit_test(test_site_footers),
		cmocka_unit_test(test_byline_name_job_and_place),
		cmocka_unit_test(test_lists_that_close_a_page),
		cmocka_unit_test(test_wire_update_note_and_edit_credit),
		cmocka_unit_test(test_byline_with_clock_time),
		cmocka_unit_test(test_print_edition_note),
		cmocka_unit_test(test_market_data_credit),
		cmocka_unit_test(test_datelines_ordinal_and_colon),
		cmocka_unit_test(test_editor_note_heading_over_report),
		cmocka_unit_test(test_comment_form_and_donation_appeal),
		cmocka_unit_test(test_credit_line_with_timestamp),
		cmocka_unit_test(test_city_alone_over_report),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	tu_teardown();
	return rc;
}
