/* test_attribution.c -- the attribution detector: cues, named/anonymous/vague sources, pronouns, back-references, quotes and their speakers. */
#include "testutil.h"

/* The first evidence of feature whose text is text, or a test failure. */
static crd_evidence must_find(const crd_result *r, const char *feature, const char *text)
{
	crd_evidence ev = { 0 };
	if (!tu_find(r, feature, text, &ev)) {
		tu_dump(r);
		fail_msg("no %s \"%s\"", feature, text);
	}
	return ev;
}

/* Whether a report's cue is found does not depend on its nesting: the
 * lookups below read attribution_cue and nested_attribution_cue alike,
 * and nested_cue() tells the two apart. */
static int is_cue(const char *feature)
{
	return strcmp(feature, "attribution_cue") == 0 || strcmp(feature, "nested_attribution_cue") == 0;
}

/* The first cue, outer or nested, whose text is text (NULL: any). */
static int cue_find(const crd_result *r, const char *text, crd_evidence *ev)
{
	crd_evidence tmp;
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_result_evidence(r, i, &tmp);
		if (is_cue(tmp.feature) && (!text || strcmp(tmp.text, text) == 0)) {
			if (ev)
				*ev = tmp;
			return 1;
		}
	}
	return 0;
}

static crd_evidence must_find_cue(const crd_result *r, const char *text)
{
	crd_evidence ev = { 0 };
	if (!cue_find(r, text, &ev)) {
		tu_dump(r);
		fail_msg("no cue \"%s\"", text);
	}
	return ev;
}

/* Whether some cue, outer or nested, overlaps the first occurrence of text. */
static int cue_covers(const crd_result *r, const char *doc, const char *text)
{
	return tu_covers(r, doc, "attribution_cue", text) ||
	       tu_covers(r, doc, "nested_attribution_cue", text);
}

static const char *str_attr(const crd_evidence *ev, const char *key)
{
	const crd_attr *a = tu_attr(ev, key);
	if (!a || a->type != CRD_ATTR_STRING)
		fail_msg("%s \"%s\" has no string attribute %s", ev->feature, ev->text, key);
	return a->string;
}

static void test_plain_and_inverted(void **state)
{
	(void)state;
	const char *doc = "The mayor said the bridge would reopen. \"We will hold the line,\" said Maj. Gen. "
	                  "John Carter, the commander of the division. \"Nobody leaves,\" Carter added.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "lemma"), "say");
	ev = must_find(r, "named_source", "The mayor");
	assert_string_equal(str_attr(&ev, "kind"), "person");
	/* inverted: the speaker follows the verb, with his appositive */
	assert_true(tu_covers(r, doc, "named_source", "Maj. Gen. John Carter"));
	assert_true(tu_covers(r, doc, "named_source", "Carter added"));
	ev = must_find_cue(r, "added");
	assert_string_equal(str_attr(&ev, "lemma"), "add");
	crd_result_free(r);
}

/* "learn" and "credit" report only in their sense of hearing and of
 * ascribing: not "learn to read", not "deserves credit". */
static void test_learn_and_credit_senses(void **state)
{
	(void)state;
	const char *doc = "Libraries are places where children learn to read and learn something new. "
	                  "The mayor deserves credit for the new pool.";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, "learn", NULL));
	assert_false(cue_find(r, "credit", NULL));
	assert_false(tu_covers(r, doc, "anonymous_source", "The mayor"));
	crd_result_free(r);
	doc = "The family learned that the school would close. Aides credit the mayor with the plan.";
	r = tu_features(doc);
	assert_true(cue_find(r, "learned", NULL));
	assert_true(cue_find(r, "credit", NULL));
	crd_result_free(r);
}

/* "credit" before the noun it names ("credit cards", "credit scores") and
 * "said" in "easier said than done" report nothing; "credit" with whom it
 * praises still does. */
static void test_credit_compounds_and_said_than(void **state)
{
	(void)state;
	const char *doc = "The lender opened credit cards for clients who never asked. "
	                  "Fixing the bridge is easier said than done. "
	                  "Farmers credit the engineers with saving the valley.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "credit cards"));
	assert_false(cue_covers(r, doc, "said than"));
	assert_true(cue_covers(r, doc, "credit the"));
	crd_result_free(r);
}

static void test_according_to(void **state)
{
	(void)state;
	const char *doc = "According to the Health Ministry, 12 people died. According to a military source "
	                  "in the city, 400 soldiers arrived.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "According to");
	assert_string_equal(str_attr(&ev, "lemma"), "according to");
	ev = must_find(r, "named_source", "the Health Ministry");
	assert_string_equal(str_attr(&ev, "kind"), "organisation");
	assert_true(tu_covers(r, doc, "anonymous_source", "a military source"));
	assert_false(tu_covers(r, doc, "named_source", "a military source in the city"));
	crd_result_free(r);
	/* an object pronoun after it is resolved; a possessive one is not alone */
	doc = "Mary Smith won the race. According to her, the country is unsafe. According to her lawyer, it "
	      "is not. According to her \"clawback\" plan, firms pay. Gene Sammler spoke. "
	      "According to him, we lost. He shared videos with her, asked her to leave.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_source", "her", &ev));
	assert_string_equal(str_attr(&ev, "resolved_to"), "Mary Smith");
	assert_true(tu_find(r, "anonymous_source", "her lawyer", NULL));
	assert_false(tu_covers(r, doc, "named_source", "her \"clawback"));
	assert_true(tu_find(r, "named_source", "him", &ev));
	assert_string_equal(str_attr(&ev, "resolved_to"), "Gene Sammler");
	assert_false(tu_covers(r, doc, "named_source", "her to leave"));
	crd_result_free(r);
	/* "counsel" speaks as a lawyer does: the whole phrase is the source,
	 * not the client it names */
	doc = "Counsel for Dale Pruitt declined to comment on the ruling.";
	r = tu_features(doc);
	assert_true(tu_find(r, "anonymous_source", "Counsel for Dale Pruitt", NULL));
	assert_false(tu_find(r, "named_source", "Dale Pruitt", NULL));
	crd_result_free(r);
	/* a jury and its jurors are unnamed speakers, not the place they sit */
	doc = "A jury in Calder County found that the blaze was set. Jurors in Ross County said the tape was "
	      "unclear.";
	r = tu_features(doc);
	assert_true(tu_find(r, "anonymous_source", "A jury in Calder County", NULL));
	assert_false(tu_find(r, "named_source", "Calder County", NULL));
	assert_true(tu_find(r, "anonymous_source", "Jurors in Ross County", NULL));
	crd_result_free(r);
	/* after a conjunction that opens the sentence, the comma still ends
	 * the source: the phrase after it is the clause's subject */
	doc = "And according to a source close to the family, the singer's sister Chloe Lind is fuming. But, "
	      "according to the poll, 38 percent of Democratic voters agree.";
	r = tu_features(doc);
	assert_true(tu_find(r, "anonymous_source", "a source close to the family", NULL));
	assert_true(tu_find(r, "named_source", "the poll", NULL));
	crd_result_free(r);
	/* a participle before its setting ends the phrase, but the people asked
	 * stay in it */
	doc = "Ames leads, according to a Boston Globe/NBC News poll released last week. Reyes won, "
	      "according to 41 percent of the voters surveyed on Monday.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_source", "a Boston Globe/NBC News poll released last week", NULL));
	assert_true(tu_find(r, "vague_attribution", "41 percent of the voters surveyed", NULL));
	crd_result_free(r);
}

static void test_anonymous_phrasings(void **state)
{
	(void)state;
	/* an anonymity marker makes anonymous a head no vocabulary knows;
	 * an adverb before "involved in" is no such head */
	const char *plain =
	        "A lobbyist who spoke on condition of anonymity said it failed. An industry "
	        "strategist familiar with the talks said it failed. A lobbyist, who asked not to be "
	        "named, said it failed. \"It is,\" said a dairy lobbyist who spoke on the "
	        "condition of anonymity. Varga was heavily involved in the festival planning.";
	crd_result *pr = tu_features(plain);
	must_find(pr, "anonymous_source", "A lobbyist who spoke on condition of anonymity");
	must_find(pr, "anonymous_source", "An industry strategist familiar with the talks");
	must_find(pr, "anonymous_source", "A lobbyist, who asked not to be named,");
	must_find(pr, "anonymous_source", "a dairy lobbyist who spoke on the condition of anonymity");
	assert_false(tu_covers(pr, plain, "anonymous_source", "heavily"));
	crd_result_free(pr);
	/* "May" ends a name, not a verb group; an organisation's coordinator */
	plain = "British Prime Minister Clara May said the vote stands. The U.N.'s relief coordinator said "
	        "the "
	        "shipment was late.";
	pr = tu_features(plain);
	crd_evidence pe = must_find(pr, "attribution_cue", "said");
	assert_string_equal(str_attr(&pe, "source"), "British Prime Minister Clara May");
	must_find(pr, "anonymous_source", "The U.N.'s relief coordinator");
	crd_result_free(pr);
	/* an owner's body or person before "say" or "tell"; a thing before
	 * another verb is no speaker */
	plain = "As the envoys met, Chile's naval command said it would end the exercise. Ward's "
	        "family has said he kept a diary. Halden's choice suggests he wants a deal.";
	pr = tu_features(plain);
	must_find(pr, "anonymous_source", "Chile's naval command");
	must_find(pr, "anonymous_source", "Ward's family");
	assert_false(tu_covers(pr, plain, "anonymous_source", "Halden's choice"));
	crd_result_free(pr);
	/* a verb of saying after a possessive is a noun inside the phrase */
	plain = "A person familiar with the council's thinking said the veto was near.";
	pr = tu_features(plain);
	must_find(pr, "anonymous_source", "A person familiar with the council's thinking");
	crd_result_free(pr);

	const char *doc = "Officials who spoke on condition of anonymity said the talks failed. Sources "
	                  "familiar with the matter said a deal was close. A senior official said it was not. "
	                  "A diplomat, who asked not to be named, said both sides were tired. Local media, "
	                  "citing unnamed sources, reported clashes.";
	crd_result *r = tu_features(doc);
	assert_true(tu_covers(r, doc, "anonymous_source", "Officials who spoke on condition of anonymity"));
	assert_true(tu_covers(r, doc, "anonymous_source", "Sources familiar with the matter"));
	must_find(r, "anonymous_source", "A senior official");
	assert_true(tu_covers(r, doc, "anonymous_source", "A diplomat"));
	assert_true(tu_covers(r, doc, "anonymous_source", "unnamed sources"));
	assert_false(tu_find(r, "named_source", NULL, NULL));

	/* the anonymity formula is not itself a report */
	assert_false(cue_covers(r, doc, "asked not to be named"));
	crd_result_free(r);
	/* a marker before the head it modifies */
	doc = "An unnamed source said the talks failed. It was over, according to an unidentified official.";
	r = tu_features(doc);
	must_find(r, "anonymous_source", "An unnamed source");
	must_find(r, "anonymous_source", "an unidentified official");
	crd_result_free(r);
	/* one unnamed person is anonymous; people are a crowd */
	doc = "\"He would not engage,\" one person from the council says. People said it was over.";
	r = tu_features(doc);
	must_find(r, "anonymous_source", "one person from the council");
	must_find(r, "vague_attribution", "People");
	crd_result_free(r);
	/* the outlet they spoke to is not who spoke */
	doc = "Current and former officials who spoke with The Huffington Post said it was thin. Another "
	      "police source speaking to Fox News said the officers were stretched. A report released by the "
	      "Brookings Institution estimated the cost. Marsh returned to his old pledge, announcing a "
	      "plan.";
	r = tu_features(doc);
	must_find(r, "anonymous_source", "Current and former officials who spoke with The Huffington Post");
	must_find(r, "anonymous_source", "Another police source speaking to Fox News");
	must_find(r, "named_source", "A report released by the Brookings Institution");
	assert_false(tu_find(r, "named_source", "The Huffington Post", NULL));
	assert_false(tu_find(r, "named_source", "Fox News", NULL));
	assert_false(tu_find(r, "named_source", "Marsh returned to his old pledge", NULL));
	crd_result_free(r);
	doc = "Two officials who were briefed on the investigation told The Associated Press it was over. As "
	      "one "
	      "official supporting Harlow pointed out, he values loyalty. This is the one thing no one "
	      "admits.";
	r = tu_features(doc);
	must_find(r, "anonymous_source", "Two officials who were briefed on the investigation");
	must_find(r, "anonymous_source", "one official supporting Harlow");
	assert_false(tu_find(r, "named_source", "the investigation", NULL));
	assert_false(tu_find(r, "vague_attribution", "one thing no one", NULL));
	must_find(r, "vague_attribution", "no one");
	crd_result_free(r);
	/* "nobody" and "everyone" take no modifier but a degree */
	doc = "It was the question nobody asked. While almost everyone agrees the law failed, it stays.";
	r = tu_features(doc);
	must_find(r, "vague_attribution", "nobody");
	must_find(r, "vague_attribution", "almost everyone");
	assert_false(tu_find(r, "vague_attribution", "the question nobody", NULL));
	crd_result_free(r);
}

/* "a source of income" is not a person. */
static void test_source_of_income(void **state)
{
	(void)state;
	const char *doc = "Fishing remains a source of income for many families. Tourism was the main source "
	                  "of revenue until the war.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "anonymous_source", NULL, NULL));
	assert_false(cue_find(r, NULL, NULL));
	crd_result_free(r);
}

/* "The source further added" refers back to the unnamed source. */
static void test_back_reference(void **state)
{
	(void)state;
	const char *doc = "According to a military source in Al-Hasakah, 400 soldiers arrived. "
	                  "The source further added that casualties were high.";
	crd_result *r = tu_features(doc);
	crd_evidence first = must_find(r, "anonymous_source", "a military source in Al-Hasakah");
	crd_evidence ev = must_find(r, "anonymous_source", "The source");
	const crd_attr *b = tu_attr(&ev, "back_reference");
	assert_non_null(b);
	assert_int_equal(b->type, CRD_ATTR_BOOL);
	assert_true(b->number != 0);
	const crd_attr *a = tu_attr(&ev, "antecedent");
	assert_non_null(a);
	assert_int_equal((size_t)a->number, first.start);
	assert_false(tu_find(r, "named_source", NULL, NULL));
	crd_result_free(r);

	/* paragraphs later, "the" and the noun alone still mean that source;
	 * a possessive is someone else's */
	doc = "A security source told the agency that 35 soldiers died. The army said nothing. "
	      "Mayor Ann Holt said the roads were shut. Rebels said they took the post. "
	      "The governor said aid was coming. The police said a curfew held. "
	      "The ministry said schools were closed. The union said its members would strike. "
	      "The court said it would rule. The weather office said rain would fall. "
	      "The source further added that 40 more were missing. "
	      "Its officials said nothing more.";
	r = tu_features(doc);
	first = must_find(r, "anonymous_source", "A security source");
	ev = must_find(r, "anonymous_source", "The source");
	assert_non_null(tu_attr(&ev, "back_reference"));
	assert_int_equal((size_t)tu_attr(&ev, "antecedent")->number, first.start);
	assert_string_equal(str_attr(&ev, "resolved_to"), "A security source");
	ev = must_find(r, "anonymous_source", "Its officials");
	assert_null(tu_attr(&ev, "back_reference"));
	crd_result_free(r);
}

static void test_pronoun_resolution(void **state)
{
	(void)state;
	const char *doc = "Senator Jane Doe met the governor on Monday. She said the bill would pass. "
	                  "Mr. Brown, the treasurer, disagreed. He said the money was not there. "
	                  "The ministry said on Monday that the schools would close. It added that exams would wait.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "She");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Senator Jane Doe");
	assert_string_equal(str_attr(&ev, "kind"), "person");
	ev = must_find(r, "named_source", "He");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Mr. Brown");
	ev = must_find(r, "named_source", "It");
	assert_string_equal(str_attr(&ev, "kind"), "organisation");
	assert_string_equal(str_attr(&ev, "resolved_to"), "The ministry");
	crd_result_free(r);

	/* a pronoun for an unnamed source stays anonymous */
	doc = "A senior official briefed reporters. He said the deal was dead.";
	r = tu_features(doc);
	must_find(r, "anonymous_source", "He");
	assert_false(tu_find(r, "named_source", NULL, NULL));
	crd_result_free(r);
	/* "not involved in" describes outsiders, no unnamed insiders */
	doc = "Experts not involved in the research urged caution.";
	r = tu_features(doc);
	must_find(r, "vague_attribution", "Experts not involved in the research");
	assert_false(tu_find(r, "anonymous_source", NULL, NULL));
	assert_false(tu_find(r, "named_source", NULL, NULL));
	crd_result_free(r);
	/* people an anonymity marker describes are persons, and "the people"
	 * after them the same */
	doc = "The plan is ready, according to three people familiar with the talks. The people said "
	      "a deal could come next week.";
	r = tu_features(doc);
	crd_evidence three = must_find(r, "anonymous_source", "three people familiar with the talks");
	assert_string_equal(str_attr(&three, "kind"), "person");
	ev = must_find(r, "anonymous_source", "The people");
	assert_int_equal((size_t)tu_attr(&ev, "antecedent")->number, three.start);
	assert_false(tu_find(r, "vague_attribution", NULL, NULL));
	crd_result_free(r);
	/* a spokesperson of nothing named is a person too, whom "she" can be */
	doc = "Mayor Ann Holt left early. A city spokesperson said the city does not comment. She added "
	      "that the case was closed.";
	r = tu_features(doc);
	ev = must_find(r, "anonymous_source", "A city spokesperson");
	assert_string_equal(str_attr(&ev, "kind"), "person");
	ev = must_find(r, "anonymous_source", "She");
	assert_string_equal(str_attr(&ev, "resolved_to"), "A city spokesperson");
	crd_result_free(r);

	/* a pronoun that points back to one that names nobody names nobody
	 * either, and its antecedent is that first pronoun */
	doc = "They say the plan will fail. If you do what they want, you lose.";
	r = tu_features(doc);
	crd_evidence first;
	assert_true(tu_find(r, "vague_attribution", "They", &first));
	ev = must_find(r, "vague_attribution", "they");
	const crd_attr *to = tu_attr(&ev, "resolved_to"), *ante = tu_attr(&ev, "antecedent");
	assert_true(to && to->type == CRD_ATTR_NULL);
	assert_true(ante && ante->type == CRD_ATTR_NUMBER);
	assert_int_equal((size_t)ante->number, first.start);
	crd_result_free(r);

	/* "who" stands for the phrase before it, named or not, and a
	 * quotation its clause introduces is that phrase's */
	doc = "\"It will be a landslide,\" added a Vermont Republican, who also predicted \"the count "
	      "will swing hard toward us by Friday.\"";
	r = tu_features(doc);
	ev = must_find(r, "anonymous_source", "who");
	assert_string_equal(str_attr(&ev, "resolved_to"), "a Vermont Republican");
	ev = must_find(r, "direct_quote", "\"the count will swing hard toward us by Friday.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "a Vermont Republican");
	crd_result_free(r);

	/* a given name tells a pronoun whom it cannot stand for, and a
	 * surname alone takes the gender of the full name */
	doc = "Sarah Lindqvist spoke on Monday. Then Peter Dorn took questions. She wrote that the "
	      "meeting went well. Lindqvist said the two would meet again.";
	r = tu_features(doc);
	ev = must_find(r, "named_source", "She");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Sarah Lindqvist");
	crd_result_free(r);
	doc = "Elizabeth Marlow spoke first. Then Peter Dorn spoke. Marlow answered him. "
	      "She said the plan would fail.";
	r = tu_features(doc);
	ev = must_find(r, "named_source", "She");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Marlow");
	crd_result_free(r);

	/* an owner is not the person of the sentence when another follows */
	doc = "That insider is one of Pat Ryland's daughters, Kathleen Ostrow. On Monday, she posted a "
	      "picture of them.";
	r = tu_features(doc);
	ev = must_find(r, "named_source", "she");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Kathleen Ostrow");
	crd_result_free(r);

	/* the subject of the main clause, not a name in the subordinate clause
	 * that opens the sentence; that name when the main clause has none */
	doc = "But when Jimmy Falk began to reflect on it, George Brandt shut it down. \"We move on,\" he "
	      "said. When Tom Lee took the stage, the crowd cheered. \"Thank you,\" he said.";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"We move on,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "George Brandt");
	ev = must_find(r, "direct_quote", "\"Thank you,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Tom Lee");
	crd_result_free(r);
	/* a setting may come before the subordinate clause */
	doc = "In Ohio, after meeting with Jordan Blake, Casey Moore spoke to reporters. \"It went well "
	      "and we will work together,\" he said.";
	r = tu_features(doc);
	ev = must_find(r, "named_source", "he");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Casey Moore");
	crd_result_free(r);
}

/* A group named by its number alone speaks for the people just named:
 * "The two admit", "Both said"; not "Both Planned Harbor and ...". */
static void test_elided_groups(void **state)
{
	(void)state;
	const char *doc =
	        "Sen. Ann Lee and Rep. Tom Ruiz met on Monday. The two admit that, given the divide, "
	        "the goals will not be easy. Both said the talks would go on. Both Planned Harbor "
	        "and Lindell Foods denied it.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "admit");
	assert_string_equal(str_attr(&ev, "source"), "The two");
	ev = must_find(r, "named_source", "Both");
	assert_string_equal(str_attr(&ev, "kind"), "person");
	assert_false(cue_covers(r, doc, "Planned"));
	crd_result_free(r);
}

/* A single closing mark after a comma ends what was said, and the verb after
 * it is inverted: its speaker follows. A plural's apostrophe is no mark. */
static void test_single_marks(void **state)
{
	(void)state;
	const char *doc =
	        "\xe2\x80\x98We are well ahead of the plan,\xe2\x80\x99 said campaign manager Gloria "
	        "Vance. The dogs\xe2\x80\x99 owners said it was fine.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "campaign manager Gloria Vance");
	assert_string_equal(str_attr(&ev, "cue"), "say");
	must_find(r, "anonymous_source", "The dogs\xe2\x80\x99 owners");
	crd_result_free(r);
}

/* "another" alone speaks for one more of the unnamed just quoted; not
 * "Another claim", "another warning". */
static void test_another(void **state)
{
	(void)state;
	const char *doc = "\"It is bad,\" said one voter. \"It is worse,\" said another. One aide said it "
	                  "was bad. Another said it was worse. Another claim was made.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "direct_quote", "\"It is worse,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "another");
	must_find(r, "anonymous_source", "another");
	ev = must_find(r, "anonymous_source", "Another");
	assert_string_equal(str_attr(&ev, "cue"), "say");
	assert_false(cue_covers(r, doc, "claim was"));
	crd_result_free(r);
	/* one more of a crowd is as vague as the crowd: fans quoted on social
	 * media, one and then another */
	const char *d2 =
	        "Fans were upset by the news. One wrote on X: \"I can't believe it.\"\n\nAnother said: "
	        "\"This is the end of an era.\"";
	r = tu_features(d2);
	must_find(r, "vague_attribution", "Another");
	assert_false(tu_covers(r, d2, "anonymous_source", "Another"));
	crd_result_free(r);
}

/* Verbs of beginning and going on before a verb of saying in -ing leave the
 * speaker where it was: "Officials began warning", "he keeps repeating". */
static void test_aspect_verbs(void **state)
{
	(void)state;
	const char *doc =
	        "Officials began warning residents on Monday. Sen. Ron Kessler kept asking her why. "
	        "Analysts who would normally be a brain trust started slamming him.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "warning");
	assert_string_equal(str_attr(&ev, "source"), "Officials");
	ev = must_find_cue(r, "asking");
	assert_string_equal(str_attr(&ev, "source"), "Sen. Ron Kessler");
	ev = must_find_cue(r, "slamming");
	assert_string_equal(str_attr(&ev, "source"), "Analysts who would normally be a brain trust");
	crd_result_free(r);
	/* "begun to", "trying to", "started to" before the verb of saying: the
	 * subject of the leading verb speaks */
	doc = "Lena Park has begun to argue that the tax is unfair. The mayor is still trying to show "
	      "that the budget works. Critics started to describe the plan as a gift.";
	r = tu_features(doc);
	ev = must_find_cue(r, "argue");
	assert_string_equal(str_attr(&ev, "source"), "Lena Park");
	ev = must_find_cue(r, "show");
	assert_string_equal(str_attr(&ev, "source"), "The mayor");
	ev = must_find_cue(r, "describe");
	assert_string_equal(str_attr(&ev, "source"), "Critics");
	crd_result_free(r);
}

static void test_quotes_with_speakers(void **state)
{
	(void)state;
	const char *doc = "\xe2\x80\x9cThe bridge is closed until further notice,\xe2\x80\x9d Mayor Helen Ortiz "
	                  "told reporters.\n\nDr. Amina Yusuf said: \"It buys the city twenty years, not fifty.\"\n\n"
	                  "\"Do not read the said report,\" he joked. The \"new\" plan is old.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "direct_quote",
	                            "\xe2\x80\x9cThe bridge is closed until further notice,\xe2\x80\x9d");
	assert_string_equal(str_attr(&ev, "speaker"), "Mayor Helen Ortiz");
	ev = must_find(r, "direct_quote", "\"It buys the city twenty years, not fifty.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Dr. Amina Yusuf");
	/* the words of a quote are the speaker's, not the writer's cues */
	assert_false(cue_covers(r, doc, "said report"));
	/* scare quotes are not speech */
	assert_false(tu_covers(r, doc, "direct_quote", "\"new\""));
	crd_result_free(r);
	/* a long speaker between the quote and its verb */
	r = tu_features("\"It is used a great deal,\" Gen. Joseph Marden, commander of the Corps of "
	                "Engineers, said Wednesday. \"We are stretched,\" a harbor source, who was not "
	                "authorized to speak on the record, told the Boston Globe.");
	ev = must_find(r, "direct_quote", "\"It is used a great deal,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Gen. Joseph Marden");
	ev = must_find(r, "direct_quote", "\"We are stretched,\"");
	assert_string_equal(str_attr(&ev, "speaker"),
	                    "a harbor source, who was not authorized to speak on the record");
	crd_result_free(r);
	/* the speech goes on after its attribution, in the same paragraph;
	 * another speaker's cue, or a new paragraph with no cue, ends it */
	doc = "\"We have the votes,\" said a senior House aide. \"We count them. They count them.\" "
	      "Mayor Helen Ortiz disagreed. \"It will not work,\" Ortiz said. \"Nobody wants it here.\"\n\n"
	      "Later that day the vote was held. \"A short quoted phrase here.\"";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"We count them. They count them.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "a senior House aide");
	ev = must_find(r, "direct_quote", "\"Nobody wants it here.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Ortiz");
	assert_false(tu_covers(r, doc, "direct_quote", "A short quoted phrase"));
	crd_result_free(r);
	/* an organisation a name qualifies speaks as itself, not as the name */
	doc = "Helen Vance spoke on Monday in the city. The Vance campaign said it had seen no "
	      "\"credible evidence\" of fraud.";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"credible evidence\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Vance campaign");
	crd_result_free(r);
	/* a setting between the verb and its quote; a quote that ends its
	 * sentence with a question, then its attribution alone; not the
	 * subject of the next paragraph */
	doc = "Mr. Haldane told the media at a news conference in Lisbon, ''Given how little trust is left, "
	      "that's a hard "
	      "one.'' "
	      "\"His plan, his ads, his rallies, it's all theater, no?\" Freddy Solano said.\n\nThe crowd "
	      "left.\n\n"
	      "\"Now is the time to elect a new mayor and defeat the old one in the fall.\"\n\nRuth Ames "
	      "said, smiling, that it rained. Paul Brenner said that the former governor is now serving as "
	      "\"the best advocate she has found in all her years of public life\".";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "''Given how little trust is left, that's a hard one.''");
	assert_string_equal(str_attr(&ev, "speaker"), "Mr. Haldane");
	ev = must_find(r, "direct_quote",
	               "\"the best advocate she has found in all her years of public life\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Paul Brenner");
	ev = must_find(r, "direct_quote", "\"His plan, his ads, his rallies, it's all theater, no?\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Freddy Solano");
	ev = must_find(r, "direct_quote",
	               "\"Now is the time to elect a new mayor and defeat the old one in the fall.\"");
	const crd_attr *sp = tu_attr(&ev, "speaker");
	assert_true(sp && sp->type == CRD_ATTR_NULL);
	crd_result_free(r);
	/* the same after a quotation closed by two apostrophes */
	r = tu_features("Mr. Delacroix spoke.\n\n''Can we carry the state of Iowa?'' Mr. Delacroix asked.");
	ev = must_find(r, "direct_quote", "''Can we carry the state of Iowa?''");
	assert_string_equal(str_attr(&ev, "speaker"), "Mr. Delacroix");
	crd_result_free(r);
	/* a colon's sentence gives the speaker: its last cue's when that
	 * speaker opens it, else the name that opens it; not a subordinate
	 * clause's */
	doc = "Harlow told The Globe and Mail in April of 2009: \"People have been predicting the end of "
	      "the "
	      "boom for years.\" But Sen. Ada Brooks quickly deflected with a non sequitur: \"It is "
	      "idle "
	      "chatter and one of those things that happen.\" When Senator Lena Park suggested he pays no "
	      "rent, he "
	      "did not deny it: \"It would be wasted, trust me, on all the wrong projects.\"";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"People have been predicting the end of the boom for years.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Harlow");
	ev = must_find(r, "direct_quote", "\"It is idle chatter and one of those things that happen.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Sen. Ada Brooks");
	/* the main clause's "he did not deny it" may give it; the clause
	 * "when" opens never does */
	ev = must_find(r, "direct_quote", "\"It would be wasted, trust me, on all the wrong projects.\"");
	sp = tu_attr(&ev, "speaker");
	assert_true(sp && (sp->type == CRD_ATTR_NULL || strcmp(sp->string, "Senator Lena Park") != 0));
	crd_result_free(r);
	/* a quotation paragraph after page furniture goes on with the speech */
	doc = "\"Lana thinks Rose cannot stop copying her designs!\" a family insider told reporters.\n\n"
	      "PHOTOS: Stars Who Have Feuded With The Ashfords\n\n"
	      "\"Rose is not giving her credit for dreaming up these designs at all.\"\n";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote",
	               "\"Rose is not giving her credit for dreaming up these designs at all.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "a family insider");
	crd_result_free(r);
	/* a transcript: each quoted paragraph is its label's, and an unlabelled
	 * one goes on with the last; after "X said." the next paragraph's
	 * quotation goes on with X */
	doc = "\"HOLT: Well, the question really should be why they asked him to the forum.\n\n"
	      "\"MARSH: Do you really see those two as alike, Dan Pryor and the others?\n\n"
	      "\"HOLT: Well, look, Dan Pryor has been out there saying some pretty harsh things.\n\n"
	      "\"But the fact is that my partner on the ticket has a plain way of talking.\"\n\n"
	      "\"We will see what happens in the fall,\" Ruth Ames said.\n\n"
	      "\"It is going to be a very long and very hard campaign for all of us.\"\n";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote",
	               "\"HOLT: Well, the question really should be why they asked him to the forum.");
	assert_string_equal(str_attr(&ev, "speaker"), "HOLT");
	ev = must_find(r, "direct_quote",
	               "\"MARSH: Do you really see those two as alike, Dan Pryor and the others?");
	assert_string_equal(str_attr(&ev, "speaker"), "MARSH");
	ev = must_find(r, "direct_quote",
	               "\"But the fact is that my partner on the ticket has a plain way of talking.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "HOLT");
	ev = must_find(r, "direct_quote",
	               "\"It is going to be a very long and very hard campaign for all of us.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Ruth Ames");
	crd_result_free(r);
	/* a transcript run on in one paragraph: each label speaks the
	 * quotation after it, over its sentences, and none the one before */
	doc = "Edith Crane questioned Walter Pruitt. CRANE: \"Alright. Have you paid back one dollar of "
	      "it?\" PRUITT: \"Well, to begin with, this was done by a handful of our staff, and-\" "
	      "CRANE: \"That is not my question. It is about who answers for it.\"";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"Alright. Have you paid back one dollar of it?\"");
	assert_string_equal(str_attr(&ev, "speaker"), "CRANE");
	ev = must_find(r, "direct_quote",
	               "\"Well, to begin with, this was done by a handful of our staff, and-\"");
	assert_string_equal(str_attr(&ev, "speaker"), "PRUITT");
	ev = must_find(r, "direct_quote", "\"That is not my question. It is about who answers for it.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "CRANE");
	crd_result_free(r);
	/* a partial quotation that ends the clause a verb of saying opened is
	 * that speaker's; a show's title after "on" or a possessive is no
	 * quotation of anyone's */
	doc = "Overall, Gloria Vance said Ames failed to land a \"decisive blow\" on Monday. \"It "
	      "was "
	      "a draw,\" Jennifer Roane told CNN's Dana Kerr on \"Newsroom.\" Pryor said it on NBC "
	      "News's \"Meet the Press.\"";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"decisive blow\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Gloria Vance");
	assert_false(tu_covers(r, doc, "direct_quote", "Newsroom"));
	assert_false(tu_covers(r, doc, "direct_quote", "Meet the Press"));
	crd_result_free(r);
	/* a title is nobody's words when a verb of saying follows it either */
	doc = "Harlow spoke on Monday. Later, in an interview on \"Fox & Friends,\" he tried to walk it "
	      "back. "
	      "On ABC's \"This Week,\" Reyes said the plan works.";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "direct_quote", "Fox & Friends"));
	assert_false(tu_covers(r, doc, "direct_quote", "This Week"));
	crd_result_free(r);
}

static void test_vague_attribution(void **state)
{
	(void)state;
	const char *doc = "It is believed that the fighters withdrew. Critics argue the plan is flawed. "
	                  "The minister reportedly resigned. Some say the war is over.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "vague_attribution", "It is believed");
	assert_string_equal(str_attr(&ev, "cue"), "believed");
	must_find_cue(r, "believed");
	must_find(r, "vague_attribution", "Critics");
	must_find_cue(r, "argue");
	must_find(r, "vague_attribution", "reportedly");
	must_find(r, "vague_attribution", "Some");
	assert_false(tu_find(r, "named_source", NULL, NULL));
	assert_false(tu_find(r, "anonymous_source", NULL, NULL));
	crd_result_free(r);

	/* accounts, estimates and rumours that name no one */
	doc = "By some accounts, the group has 2,000 fighters. Some estimates put its strength at 3,000. "
	      "There are reports that the commander fled. Rumors swirled that he was ill. Word is he left.";
	r = tu_features(doc);
	must_find(r, "vague_attribution", "By some accounts");
	must_find(r, "vague_attribution", "Some estimates put");
	must_find(r, "vague_attribution", "There are reports that");
	must_find(r, "vague_attribution", "Rumors swirled");

	ev = must_find_cue(r, "accounts");
	assert_string_equal(str_attr(&ev, "lemma"), "account");
	ev = must_find_cue(r, "Word");
	assert_string_equal(str_attr(&ev, "lemma"), "word");
	crd_result_free(r);
	/* research, like studies, is nobody's until someone owns it */
	doc = "Research suggests the ads work. Studies show they fade. CNN's research shows no such thing.";
	r = tu_features(doc);
	must_find(r, "vague_attribution", "Research");
	must_find(r, "vague_attribution", "Studies");
	must_find(r, "named_source", "CNN's research");
	assert_false(tu_find(r, "named_source", "Research", NULL));
	crd_result_free(r);

	/* bodies in the plural speak as a camp, with an aside of examples */
	doc = "But grass-roots organizations, like the Harbor Tenants League, say complaints rose. "
	      "Many universities say the new rules hurt them.";
	r = tu_features(doc);
	ev = must_find_cue(r, "say");
	assert_string_equal(str_attr(&ev, "source"), "grass-roots organizations");
	must_find(r, "vague_attribution", "Many universities");
	crd_result_free(r);

	/* a family and its members speak, unnamed */
	doc = "Police say Tate was armed, but his family claims that he was holding a phone. Her "
	      "neighbors said she was quiet.";
	r = tu_features(doc);
	ev = must_find_cue(r, "claims");
	assert_string_equal(str_attr(&ev, "source"), "his family");
	must_find(r, "anonymous_source", "Her neighbors");
	crd_result_free(r);
}

/* Forms of reporting verbs that report nothing. */
static void test_not_reports(void **state)
{
	(void)state;
	const char *doc =
	        "Whitford leads by 270 pledged delegates. The claims were added to the list. "
	        "He was told to leave. That said, the vote went ahead. Parents did not ask for the tests.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "pledged"));
	assert_false(cue_covers(r, doc, "claims"));
	assert_false(cue_covers(r, doc, "added"));
	assert_false(cue_covers(r, doc, "told"));
	assert_false(cue_covers(r, doc, "ask for"));
	crd_result_free(r);
	/* "asked for" in the past puts a demand on record, as "called for"
	 * does, and its subject is the source; the bare form after "to", the
	 * thing asked for before the verb, and "for comment" report nothing */
	doc = "Councillor Ines Varga asked for the audit in May. The governor asks for $3 million. "
	      "Tenants got bills they never asked for or expected. The paper asked for comment. "
	      "Voters who ask for a ballot get one.";
	r = tu_features(doc);
	crd_evidence asked = must_find_cue(r, "asked");
	assert_string_equal(str_attr(&asked, "source"), "Councillor Ines Varga");
	assert_true(cue_covers(r, doc, "asks for $3"));
	assert_false(cue_covers(r, doc, "asked for or"));
	assert_false(cue_covers(r, doc, "asked for comment"));
	assert_false(cue_covers(r, doc, "ask for a ballot"));
	crd_result_free(r);
	/* "maintain" reports only a clause: "maintained that", not
	 * "maintained his lead" */
	doc = "Charlotte police maintain that Scott had a gun. He maintained his lead in the polls.";
	r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "maintain");
	assert_string_equal(str_attr(&ev, "source"), "Charlotte police");
	assert_false(cue_covers(r, doc, "maintained"));
	crd_result_free(r);
	/* "continues" reports only before a comma or colon and a quotation */
	doc = "Kris Halloway spoke to the magazine about the money on Friday. She continues, \"It went to "
	      "the "
	      "mortgage.\" The insider continues: \"She is fine.\" The feud continues, and the money is "
	      "gone.";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"It went to the mortgage.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Kris Halloway");
	ev = must_find(r, "direct_quote", "\"She is fine.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "The insider");
	assert_false(tu_find(r, "anonymous_source", "The feud", NULL));
	crd_result_free(r);
	doc = "It shows an officer aiming a gun at Tate. The campaign is aiming to cut his lead.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "aiming a gun"));
	assert_false(tu_find(r, "anonymous_source", "an officer", NULL));
	ev = must_find_cue(r, "aiming");
	assert_string_equal(str_attr(&ev, "source"), "The campaign");
	crd_result_free(r);
	/* a past participle right after its noun describes the noun: "the
	 * bombs found in ..." found nothing out; after a source word or
	 * with "by" it is still a report */
	doc = "The bombs found in New Jersey were crude. Emails obtained under the law show it. "
	      "Researchers found in a study that it works. A plan rejected by Corwin failed.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "found in New"));
	assert_false(cue_covers(r, doc, "obtained"));
	assert_false(tu_covers(r, doc, "anonymous_source", "The bombs"));
	assert_true(cue_covers(r, doc, "found in a study"));
	crd_result_free(r);
	/* a new main clause after ", and" or ", but" is no longer what was
	 * said; ", and that" still is */
	doc = "She has said little about the plan, and people familiar with her thinking say she agrees. He "
	      "said "
	      "the plan works, and that voters want it.";
	r = tu_features(doc);
	assert_true(cue_covers(r, doc, "say she"));
	assert_false(cue_covers(r, doc, "want it"));
	crd_result_free(r);
	/* a past form right after "and" goes on from the speaker's verb;
	 * a list of participles or an adjective does not */
	doc = "Chris Crandall said he had pneumonia and called it a common ailment. Tom Ruiz said the tweets "
	      "were sent, recorded and presented. Ada Brooks said she was an able and determined rival.";
	r = tu_features(doc);
	crd_evidence called = must_find_cue(r, "called");
	assert_string_equal(str_attr(&called, "source"), "Chris Crandall");
	assert_false(cue_covers(r, doc, "presented"));
	assert_false(cue_covers(r, doc, "determined"));
	crd_result_free(r);
}

/* "back" with "down", "off" or "out" is a retreat, no support for anyone:
 * its subject gives up a plan or a fight and says nothing. */
static void test_backing_down(void **state)
{
	(void)state;
	const char *doc = "Facing angry farmers, the council backed down on Friday. The union backed out of "
	                  "the talks. Mayor Ruth Ekwueme is backing off her plan to close the depot. "
	                  "Senator Ada Brooks backed the plan.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "backed down"));
	assert_false(cue_covers(r, doc, "backed out"));
	assert_false(cue_covers(r, doc, "backing off"));
	assert_false(tu_find(r, "named_source", "Mayor Ruth Ekwueme", NULL));
	/* the verb of support itself */
	assert_true(cue_covers(r, doc, "backed the plan"));
	crd_result_free(r);
}

/* "That said," and "Enough said." are set phrases, in a parenthesis too:
 * nobody says anything there. */
static void test_set_phrases_with_said(void **state)
{
	(void)state;
	const char *doc = "The mayor praised the plan. (That said, she also noted that it was late.) The "
	                  "council wasted the money. Enough said.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "said, she"));
	assert_false(cue_covers(r, doc, "Enough said"));
	assert_true(cue_covers(r, doc, "noted"));
	crd_result_free(r);
}

/* "without saying" is words not said: "it goes without saying that" is
 * the writer's own aside, and "left without saying a word" reports
 * nothing. */
static void test_without_saying(void **state)
{
	(void)state;
	const char *doc =
	        "It goes without saying that the toll will rise. Dr. Lena Varga left without saying "
	        "a word. Her deputy spoke later, saying the clinic would reopen.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "saying that the toll"));
	assert_false(cue_covers(r, doc, "saying a word"));
	assert_true(cue_covers(r, doc, "saying the clinic"));
	crd_result_free(r);
}

/* A plural of a cue's lemma after a preposition and bare nouns is the
 * end of the preposition's object, a compound noun: no one reports or
 * pledges there. The same form after a subject, or before an infinitive
 * or "that", is the verb. */
static void test_plurals_after_prepositions(void **state)
{
	(void)state;
	const char *doc = "Lenders draw on data from credit reports every day. The bylaws allow for "
	                  "minority reports at the request of members. The mayor never made good on "
	                  "campaign pledges to the towns.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "credit reports"));
	assert_false(cue_covers(r, doc, "minority reports"));
	assert_false(cue_covers(r, doc, "campaign pledges"));
	crd_result_free(r);
	doc = "The agency reports that prices rose. Support for the mayor among young voters appears to "
	      "be slipping. An aide to the governor claims that the count was wrong.";
	r = tu_features(doc);
	assert_true(cue_covers(r, doc, "reports that"));
	assert_true(cue_covers(r, doc, "appears to"));
	assert_true(cue_covers(r, doc, "claims that"));
	crd_result_free(r);
}

/* A cue's plural before "are", "were" or "have" is the plural noun that
 * is their subject, since a verb in -s takes a singular one; after a
 * pronoun it is the verb of a relative clause. */
static void test_plural_before_plural_verb(void **state)
{
	(void)state;
	const char *doc = "Mayor Ruth Ekwueme spoke at noon, and reports have indicated that she was angry. "
	                  "Some of the security questions were stolen. The totals he reports are too low.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "reports have"));
	assert_false(cue_covers(r, doc, "questions were"));
	assert_true(cue_covers(r, doc, "indicated that"));
	assert_true(cue_covers(r, doc, "reports are"));
	crd_result_free(r);
}

/* Precincts "reporting" are election returns coming in: no cue and no
 * source; a paper "reporting" on the count still reports. */
static void test_precincts_reporting(void **state)
{
	(void)state;
	const char *doc =
	        "Halvorsen led the county race by 300 votes, with 97 percent of precincts reporting. "
	        "The Ledger, reporting on the count, said the margin could shrink.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "reporting."));
	assert_false(tu_covers(r, doc, "vague_attribution", "precincts"));
	assert_true(cue_covers(r, doc, "said the margin"));
	crd_result_free(r);
}

/* "know" with a person's name as its whole object is acquaintance, and
 * "as we know it" an idiom: neither reports a fact anyone holds. "know"
 * before a clause about that person still does. */
static void test_know_a_person(void **state)
{
	(void)state;
	const char *doc = "I have worked in this town for years. I know Dana Ortiz personally. "
	                  "The old port as we know it will close. "
	                  "Her neighbours know Dana Ortiz lied about the permit.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "know Dana Ortiz personally"));
	assert_false(cue_covers(r, doc, "know it"));
	assert_true(cue_covers(r, doc, "know Dana Ortiz lied"));
	crd_result_free(r);
}

/* "refer" with requests, questions or reporters as its object passes
 * them on to someone else and reports nothing; "referred to" still
 * names what a speaker spoke of. */
static void test_refer_passes_requests_on(void **state)
{
	(void)state;
	const char *doc = "Lindqvist's aides referred requests for comment to the party office. "
	                  "The chief declined to say more, referring reporters to the county clerk. "
	                  "Lindqvist referred to the levy as a gamble.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "referred requests"));
	assert_false(cue_covers(r, doc, "referring reporters"));
	assert_true(cue_covers(r, doc, "referred to the levy"));
	crd_result_free(r);
}

/* An adverb that unless_prev= names right before the cue makes an
 * adjective of it: "racially charged remarks" accuse nobody; a plain
 * "charged that" still reports. */
static void test_adverb_named_before_cue(void **state)
{
	(void)state;
	const char *doc = "Councillor Amos Reddy sent racially charged messages to a rival. "
	                  "Both aides traded politically charged jabs on Friday. "
	                  "The rival charged that Reddy had lied.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "charged messages"));
	assert_false(cue_covers(r, doc, "charged jabs"));
	assert_true(cue_covers(r, doc, "charged that"));
	crd_result_free(r);
}

/* Other senses of reporting verbs: a next word named in the lexicon's
 * unless= ("charged with", "show up", "think tank"), the reader's generic
 * "you", and a bare form after a singular name, which is a noun or part of
 * the name ("the Daily Show", "Barlow's CNN show"). */
static void test_other_senses(void **state)
{
	(void)state;
	const char *doc =
	        "The mayor was charged with fraud. Voters may not show up. Senator Ada Brooks found "
	        "herself alone. A fellow at a Washington think tank agreed. You know the rest. "
	        "Brooks appeared on Barlow's CNN show and on The Daily Show. "
	        "The prosecutor charged that the mayor lied. Senator Ada Brooks found that the "
	        "count was wrong. Analysts think the count was wrong. Voters show little interest. "
	        "Turnout fell to a level not seen since 1970. Brooks appeared on CNN. Her "
	        "spokeswoman, Hope Hartley, declined to comment. Stallard, who has appeared in "
	        "a number of films, is a fan of profiling regarding immigration. They lost, and "
	        "thanks to one judge the count stands. Brooks thanks the voters.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "charged with"));
	assert_false(cue_covers(r, doc, "show up"));
	assert_false(cue_covers(r, doc, "found herself"));
	assert_false(cue_covers(r, doc, "think tank"));
	assert_false(cue_covers(r, doc, "know the rest"));
	assert_false(cue_covers(r, doc, "CNN show"));
	assert_false(cue_covers(r, doc, "Daily Show"));
	assert_false(cue_covers(r, doc, "seen since"));
	assert_false(cue_covers(r, doc, "appeared on"));
	assert_false(cue_covers(r, doc, "appeared in"));
	assert_false(cue_covers(r, doc, "regarding"));
	assert_false(cue_covers(r, doc, "Hope Hartley"));
	assert_false(cue_covers(r, doc, "thanks to"));
	/* the same words in their reporting sense */
	assert_true(cue_covers(r, doc, "charged that"));
	assert_true(cue_covers(r, doc, "found that"));
	assert_true(cue_covers(r, doc, "think the"));
	assert_true(cue_covers(r, doc, "show little"));
	assert_true(cue_covers(r, doc, "thanks the"));
	crd_result_free(r);
	/* after a quantifier, the form tells a noun from a verb */
	doc = "It prompted many questions. One question is open. We got some affirming language. Many believe it. "
	      "One said no. Many claimed it.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "questions"));
	assert_false(cue_covers(r, doc, "question is"));
	assert_false(cue_covers(r, doc, "affirming"));
	assert_true(cue_covers(r, doc, "believe"));
	assert_true(cue_covers(r, doc, "said no"));
	assert_true(cue_covers(r, doc, "claimed"));
	crd_result_free(r);
	/* "called" giving a thing its name; a person calling stays a report */
	doc = "Cash went to a company called Cambridge Analytica. One PAC called \"Stop Helen\" spent "
	      "more. "
	      "A senator called Harlow a liar.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "company called"));
	assert_false(cue_covers(r, doc, "PAC called"));
	assert_false(tu_find(r, "anonymous_source", "a company", NULL));
	assert_true(cue_covers(r, doc, "senator called"));
	crd_result_free(r);
	/* a plural noun before a verb or a preposition: "state charges
	 * against", "his claims were", "zoning orders against"; a subject's
	 * verb stays one */
	doc = "He faces state charges against him too. Many of his favorite claims were false. The "
	      "board issued zoning orders against the plant. The lawsuit claims that the valve leaked.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "charges against"));
	assert_false(cue_covers(r, doc, "claims were"));
	assert_false(cue_covers(r, doc, "orders against"));
	assert_true(cue_covers(r, doc, "claims that"));
	crd_result_free(r);
	/* and at the end of a headline or a sentence */
	doc = "Former clerk indicted on bank fraud charges\n\nPaula Venn, 44, was arrested on perjury and "
	      "obstruction of justice charges.";
	r = tu_features(doc);
	assert_false(cue_find(r, "charges", NULL));
	crd_result_free(r);
	/* the "neither" of "neither confirmed nor denied" is no part of the
	 * subject; before a noun it is the subject's determiner */
	doc = "Harlan Tolle neither confirmed nor denied the deal. Neither company would comment on the "
	      "suit.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_source", "Harlan Tolle", NULL));
	assert_false(tu_find(r, "named_source", "Harlan Tolle neither", NULL));
	assert_false(tu_find(r, "anonymous_source", "Harlan Tolle neither", NULL));
	assert_true(tu_find(r, "named_source", "Neither company", NULL));
	crd_result_free(r);
	/* an adverb in -ly between the verb and the word of its other sense:
	 * "appeared briefly in court" is no appearance as a report */
	doc = "Marla Quint appeared briefly in federal court on Tuesday. The ruling appears likely to stand.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "appeared"));
	assert_true(cue_covers(r, doc, "appears"));
	crd_result_free(r);
	doc = "It links to a group called the \"People First Foundation\". The hall echoed with song. He did "
	      "not answer emails and phone calls for comment.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "group called"));
	assert_false(cue_covers(r, doc, "echoed"));
	assert_false(cue_covers(r, doc, "calls for"));
	assert_false(tu_find(r, "anonymous_source", "phone", NULL));
	crd_result_free(r);
	/* a hashtag is a name too ("#" is a symbol, not punctuation) */
	doc = "The logo shows up on the page for a Beacon campaign called #FixOurBridges. It "
	      "reached many people.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "called"));
	assert_false(tu_find(r, "anonymous_source", "a Beacon campaign", NULL));
	crd_result_free(r);
	/* page furniture: an advert's marker, a picture's credit */
	doc = "He left early. Story Continued Below Overall, most agreed.\n\n"
	      "Featured Image: Getty Images/Paul R. Denholm took it in May.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "Continued"));
	assert_false(tu_covers(r, doc, "named_source", "Featured Image"));
	crd_result_free(r);
}

/* Weak verbs need a speaker; a verb inside what was said is content. */
static void test_weak_verbs(void **state)
{
	(void)state;
	const char *doc =
	        "Donald Harlow wants a wall. A senior official said the army wanted to secure the road. "
	        "Voters want change.";
	crd_result *r = tu_features(doc);
	assert_true(cue_covers(r, doc, "wants"));
	assert_false(cue_covers(r, doc, "wanted"));
	assert_false(tu_covers(r, doc, "named_source", "the army"));
	crd_result_free(r);
}

static void test_participles_and_colons(void **state)
{
	(void)state;
	const char *doc =
	        "Harlow: Alvarado Has A Long Way To Go\n\nIn a speech on Tuesday, Mr. Harlow struck a "
	        "measured tone, saying he understood the concerns. Jennifer Pallard called the "
	        "idea a \"ridiculous proposition,\" adding that the race was close.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, ":");
	assert_string_equal(str_attr(&ev, "lemma"), "colon");
	must_find_cue(r, "saying");
	assert_true(tu_covers(r, doc, "named_source", "Mr. Harlow"));
	/* the comma that opens the participle can sit inside the closing quote */
	ev = must_find_cue(r, "adding");
	assert_string_equal(str_attr(&ev, "source"), "Jennifer Pallard");
	crd_result_free(r);
	/* a sentence opened by a participle's phrase: the subject comes after it */
	doc = "Donald Harlow spoke on Monday. Speaking at a town hall, Harlow went after Corwin, calling him "
	      "a "
	      "stiff.";
	r = tu_features(doc);
	ev = must_find_cue(r, "calling");
	assert_string_equal(str_attr(&ev, "source"), "Harlow");
	crd_result_free(r);
}

/* "known" after "be" reports what is known whatever its subject, which
 * is the content and no speaker ("before the names were known", "much is
 * not known about", "they were known to use"); it has no source, and a
 * name given ("is known as") stays no cue. */
static void test_passive_known(void **state)
{
	(void)state;
	const char *doc = "Even before the names of the gunmen were known, the mayor closed the square. "
	                  "Much is not known about the cause of the fire. The Lindqvists were known to "
	                  "use the lake house in summer.";
	crd_result *r = tu_features(doc);
	assert_true(cue_covers(r, doc, "were known,"));
	assert_true(cue_covers(r, doc, "not known about"));
	assert_true(cue_covers(r, doc, "known to use"));
	crd_evidence ev = must_find_cue(r, "known");
	assert_null(tu_attr(&ev, "source"));
	crd_result_free(r);

	doc = "The old canal is known as the Blue Line.";
	r = tu_features(doc);
	assert_false(cue_find(r, "known", NULL));
	crd_result_free(r);
}

/* Passives attribute to their subject without making it the speaker; an
 * instruction ("told to") or an impersonal "it" is no attribution. */
static void test_passives(void **state)
{
	(void)state;
	const char *doc = "Senator Ada Brooks was asked about the budget on Monday. The bridge, it was feared, "
	                  "could fail. It could not be independently confirmed.";
	crd_result *r = tu_features(doc);
	assert_true(cue_covers(r, doc, "asked"));
	assert_false(tu_covers(r, doc, "named_source", "Senator Ada Brooks"));
	assert_false(cue_covers(r, doc, "confirmed"));
	crd_result_free(r);
	/* an adverb is no speaker: "is bleak and seldom told" */
	doc = "Her uncle died in 1994 at the age of 51. The family history is sad and seldom told.";
	r = tu_features(doc);
	assert_false(tu_find(r, "anonymous_source", "seldom", NULL));
	crd_result_free(r);
	/* a verb's bare form after "be" is an adjective, not a participle */
	doc = "The campaign gave no reason as to why Sarah Lindqvist will not be present at the convention. "
	      "Whitford met her adviser Jacob Sutter on Monday. Hana Abadi is especially suspect in "
	      "budget matters here.";
	r = tu_features(doc);
	assert_false(cue_find(r, NULL, NULL));
	crd_result_free(r);
	/* a negation inside the passive leaves it a passive: the subject is
	 * who was (not) asked or told, never the speaker */
	doc = "The suit says the fumes spread and that some were not told to leave their homes. Councillor "
	      "Rosa Imrie was never asked about the leak.";
	r = tu_features(doc);
	assert_false(tu_find(r, "vague_attribution", "some", NULL));
	assert_false(tu_find(r, "named_source", "Councillor Rosa Imrie", NULL));
	assert_true(cue_covers(r, doc, "asked"));
	crd_result_free(r);
	/* an instruction whose auxiliary is far back or left out is still an
	 * instruction: the subject is who must obey; "asked to" may be active */
	doc = "Owen Barr was released on bond and ordered to surrender his passport. Dale Fenn asked to see "
	      "the "
	      "judge.";
	r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "Owen Barr", NULL));
	assert_false(cue_covers(r, doc, "ordered"));
	assert_true(cue_covers(r, doc, "asked"));
	crd_result_free(r);
}

/* Weak verbs after a pronoun, an evidence noun or a plain plural subject;
 * an unresolved "they" is a vague source. */
static void test_weak_subjects(void **state)
{
	(void)state;
	const char *doc = "They say the plan will fail. Polls show the race tightening. "
	                  "Longtime residents have questioned the cost of the project. "
	                  "Senator Ada Brooks sought a delay. Mayor Tom Reed hasn't endorsed anyone. "
	                  "He's said as much before.";
	crd_result *r = tu_features(doc);
	assert_true(cue_covers(r, doc, "say"));
	assert_true(tu_covers(r, doc, "vague_attribution", "They"));
	assert_true(cue_covers(r, doc, "show"));
	assert_true(cue_covers(r, doc, "questioned"));
	assert_true(cue_covers(r, doc, "sought"));
	assert_true(tu_covers(r, doc, "named_source", "Senator Ada Brooks"));
	/* contracted auxiliaries and negation between speaker and verb */
	crd_evidence ev = must_find_cue(r, "endorsed");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Tom Reed");
	ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "He");
	crd_result_free(r);
}

/* A copula and a stance adjective with a speaker as subject; not what
 * someone ought to feel, not the impersonal "it is clear". */
static void test_stance_adjectives(void **state)
{
	(void)state;
	const char *doc = "Governor Lena Park has been critical of the plan. Local farmers remain skeptical about "
	                  "the dam. It is not clear whether the dam will be built. Voters should be willing to "
	                  "wait, the governor added.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "has been critical");
	assert_string_equal(str_attr(&ev, "lemma"), "critical");
	assert_string_equal(str_attr(&ev, "source"), "Governor Lena Park");
	assert_true(tu_covers(r, doc, "named_source", "Governor Lena Park"));
	assert_true(cue_covers(r, doc, "skeptical"));
	assert_false(cue_covers(r, doc, "clear"));
	assert_false(cue_covers(r, doc, "willing"));
	crd_result_free(r);

	/* an adjective before its noun attributes nothing; before a clause's
	 * subject or an adverb it still does */
	doc = "Verizon and Comcast are already content providers and big ones. Utah is most uncertain "
	      "state. Senator Ada Brooks is confident voters will agree. Donald Harlow was upbeat overall "
	      "about it.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "content"));
	assert_false(cue_covers(r, doc, "uncertain"));
	assert_true(cue_covers(r, doc, "confident"));
	assert_true(cue_covers(r, doc, "upbeat"));
	crd_result_free(r);

	/* a thing's state is no one's mind: a subject that ends with a noun
	 * of things; a crowd of people and a plural of people still feel */
	doc = "After the flood, both plans look dubious. The old maps are often hostile to strangers. The "
	      "town's proceeds are split between the two parks. The union forces are keenly aware of the "
	      "risk. Some growers are skeptical of the dam.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "dubious"));
	assert_false(cue_covers(r, doc, "hostile"));
	assert_false(cue_covers(r, doc, "split"));
	assert_true(cue_covers(r, doc, "aware"));
	assert_true(cue_covers(r, doc, "skeptical"));
	crd_result_free(r);

	/* a feeling that closes its clause bears on nothing and attributes no
	 * content; an aside before its clause, a colon and a participle after
	 * a comma keep it */
	doc = "The council voted on Monday. Senator Omar Reyes was furious. Most growers remain undecided, "
	      "and the vote is close. Mayor Ines Vale was keenly aware, however, that the dam would flood. "
	      "Judge Mira Cole was blunt: the plan is dead. Governor Tom Haas was upset, warning that the "
	      "plan would fail.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "furious"));
	assert_false(cue_covers(r, doc, "undecided"));
	assert_true(cue_covers(r, doc, "aware"));
	assert_true(cue_covers(r, doc, "blunt"));
	crd_evidence w = must_find_cue(r, "warning");
	assert_string_equal(str_attr(&w, "source"), "Governor Tom Haas");
	crd_result_free(r);

	/* a feeling stirred by something, and a mind turned to it, with its
	 * cause or object; not a thing shaken */
	doc = "Senator Ada Brooks was startled by the ruling. Many parents are tired of the delays. The "
	      "old mill was shaken by the storm. Mayor Ines Vale is interested in the bid.";
	r = tu_features(doc);
	assert_true(cue_covers(r, doc, "startled"));
	assert_true(cue_covers(r, doc, "tired of"));
	assert_false(cue_covers(r, doc, "shaken"));
	assert_true(cue_covers(r, doc, "interested"));
	crd_result_free(r);

	/* with no copula, hung on the clause by a comma or a dash, or on the
	 * object of "make" or "leave", with what it bears on after it; not a
	 * cause with no content, nor a contrast with "as" */
	doc = "The aides cancelled the rally, wary of tiring the senator. The long delays left many growers "
	      "fearful that the farms would close. Burdened by debt, divided by feuds, the club folded. The "
	      "mayor, as opposed to the council, backed the plan.";
	r = tu_features(doc);
	assert_true(cue_covers(r, doc, "wary"));
	assert_true(cue_covers(r, doc, "fearful"));
	assert_false(cue_covers(r, doc, "divided"));
	assert_false(cue_covers(r, doc, "opposed"));
	crd_result_free(r);

	/* a copula cut short after its pronoun ("they're", "I'm") is a
	 * copula, the writer's after "I" or "we" */
	doc = "The growers met. This year, they're hopeful that the dam will hold. I'm not sure the plan "
	      "works.";
	r = tu_features(doc);
	assert_true(cue_covers(r, doc, "hopeful"));
	crd_evidence me = must_find_cue(r, "'m not sure");
	assert_true(tu_attr(&me, "writer") != NULL);
	crd_result_free(r);
}

/* "felt" and "feels" report a belief or a feeling as "feel" does ("felt
 * that the vote was rigged", "feels betrayed"); not what a thing or the
 * generic "one" feels like ("it felt like a long night"). */
static void test_felt_feels(void **state)
{
	(void)state;
	const char *doc =
	        "Councilwoman Dana Reyes felt the vote was rigged. Mayor Tom Ruiz feels betrayed by the "
	        "board. It felt like a long night. The plan is sound, no matter how one feels about it.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "felt");
	assert_string_equal(str_attr(&ev, "lemma"), "feel");
	assert_string_equal(str_attr(&ev, "source"), "Councilwoman Dana Reyes");
	assert_true(cue_covers(r, doc, "Ruiz feels"));
	assert_false(cue_covers(r, doc, "It felt"));
	assert_false(cue_covers(r, doc, "one feels"));
	crd_result_free(r);
}

/* Nouns of saying owned by a speaker, governed by a verb of making or
 * giving, or met with ("drew criticism from"); not a noun with no owner and
 * no content. */
static void test_stance_nouns(void **state)
{
	(void)state;
	const char *doc = "Mayor Tom Reed's claim that taxes fell was wrong. Senator Ada Brooks raised questions "
	                  "about the contract. The questions were long. The plan drew sharp criticism from Governor "
	                  "Lena Park.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "claim");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Tom Reed");
	ev = must_find_cue(r, "raised questions");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	assert_false(cue_covers(r, doc, "questions were"));
	/* met with a stance: the source follows */
	ev = must_find_cue(r, "drew sharp criticism");
	assert_string_equal(str_attr(&ev, "source"), "Governor Lena Park");
	crd_result_free(r);
}

/* An owner's noun of saying gives its content after a copula and "that",
 * and "in X's view" is X's view; an owner's noun before "on" or "for" is
 * left alone, and so is a view that is seen. */
static void test_owned_noun_content(void **state)
{
	(void)state;
	const char *doc = "Senator Ada Brooks's argument was that the levy failed. In Mayor Tom Reed's view, "
	                  "the bridge must close. Governor Lena Park's support for the levy came late. "
	                  "Judge Amy Cole's view was blocked by a pillar.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "argument");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	ev = must_find_cue(r, "view");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Tom Reed");
	assert_false(cue_find(r, "support", NULL));
	assert_false(tu_find(r, "named_source", "Judge Amy Cole", NULL));
	crd_result_free(r);
}

/* Speaker labels before a colon: transcripts, interviews, headlines; not
 * page furniture. */
static void test_colon_labels(void **state)
{
	(void)state;
	const char *doc = "Chris Wendell interviewed the governor on Sunday.\n\n"
	                  "WALLACE: Let us begin with the budget, governor.\n\n"
	                  "Q: How did you start in politics?\n\n"
	                  "A: I ran for the school board in 1990.\n\n"
	                  "Editor's note: This story was updated on Monday.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "WALLACE");
	assert_string_equal(str_attr(&ev, "cue"), "colon");
	assert_true(cue_covers(r, doc, ": How"));
	assert_true(cue_covers(r, doc, ": I ran"));
	assert_false(cue_covers(r, doc, ": This"));
	crd_result_free(r);
	/* a headline's crowd; not a credit line or an address */
	doc = "Historians: Whitford and Adeyemi are linked for good.\n\nThe two spoke.\n\n"
	      "Sources: Daily Mail, BBC and others\n\nFemale Harlow voters: It is fine if you agree.";
	r = tu_features(doc);
	ev = must_find(r, "vague_attribution", "Historians");
	assert_string_equal(str_attr(&ev, "cue"), "colon");
	assert_false(cue_covers(r, doc, ": Daily"));
	assert_false(cue_covers(r, doc, ": It is"));
	crd_result_free(r);
	/* a page's label is nobody's: warnings, notices, teasers */
	doc = "Officers approached the car on Tuesday night. (WARNING: Video contains graphic images.) "
	      "SPOILER ALERT: Members of the board often say one thing. PSA: You have until the end of "
	      "June to enroll.";
	r = tu_features(doc);
	assert_false(cue_find(r, ":", NULL));
	assert_false(tu_find(r, "named_source", NULL, NULL));
	crd_result_free(r);
	/* nor is a headline's shouted kicker; a surname in capitals speaks */
	doc = "SHOCKING: The Mayor Wants Your Money\n\nMOORE: Voters Deserve Better\n\n"
	      "Mayor Tim Moore spoke on Monday about the plan for the city.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, ": The Mayor"));
	assert_false(tu_find(r, "named_source", "SHOCKING", NULL));
	must_find(r, "named_source", "MOORE");
	crd_result_free(r);
}

/* A topic's label before a guide to it is no speaker ("Storm Ellis: What
 * we know"); an interviewer's one-word label still asks, and a speaker in
 * the first person still answers. */
static void test_colon_guides(void **state)
{
	(void)state;
	const char *doc = "Storm Ellis: What we know about the flooding in Marlow\n\n"
	                  "Rivers rose overnight across the valley on Friday.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "Storm Ellis", NULL));
	assert_false(cue_covers(r, doc, ": What"));
	crd_result_free(r);
	doc = "Brenda Okoye spoke to Tom Hale about the strike.\n\n"
	      "Hale: Why did the drivers walk out on Monday?\n\n"
	      "Okoye: They had waited two years for a pay offer.\n\n"
	      "Mayor Ruth Kenney: Why I backed the new bus plan for the city";
	r = tu_features(doc);
	must_find(r, "named_source", "Hale");
	assert_true(cue_covers(r, doc, ": Why did"));
	must_find(r, "named_source", "Mayor Ruth Kenney");
	crd_result_free(r);
	/* a glossary's term before its definition; a person still speaks */
	doc = "Ballots are counted tonight.\n\n"
	      "Exit poll: A survey of voters taken as they leave the polling place.\n\n"
	      "Swing county: A county where either party could plausibly win.\n\n"
	      "Mayor Ruth Kenney: A second term would finish the bus plan for the city";
	r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "Exit poll", NULL));
	assert_false(tu_find(r, "named_source", "Swing county", NULL));
	assert_false(cue_covers(r, doc, ": A survey"));
	must_find(r, "named_source", "Mayor Ruth Kenney");
	crd_result_free(r);
}

/* A headline that ends with a participle over the byline's "By" reports
 * nothing of the writer's: a passive with no agent, as "Harbour Plan
 * Rejected" is; a passive agent in the body still speaks. */
static void test_headline_participle_over_byline(void **state)
{
	(void)state;
	const char *doc =
	        "The new parking rules explained\n\n"
	        "By Ines Carvalho\n\n"
	        "The rules take effect in May. The plan was criticized by Mayor Tom Reyes on Monday.";
	crd_result *r = tu_features(doc);
	crd_evidence ev;
	if (cue_find(r, "explained", &ev))
		assert_null(tu_attr(&ev, "source"));
	assert_false(tu_find(r, "named_source", "Ines Carvalho", NULL));
	ev = must_find_cue(r, "criticized");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Tom Reyes");
	crd_result_free(r);
}

/* An -ing word inside the name of a body or a paper is no cue, and the
 * source runs over it; a participle with its own object still reports. */
static void test_ing_word_in_a_body_name(void **state)
{
	(void)state;
	const char *doc = "The county planning commission said the tower was too tall. Costs will double, "
	                  "according to a department briefing document. The plan stalls, according to "
	                  "officials briefing reporters on Monday.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "planning"));
	assert_true(tu_find(r, "named_source", "The county planning commission", NULL));
	crd_evidence ev = must_find_cue(r, "according to");
	assert_string_equal(str_attr(&ev, "source"), "a department briefing document");
	assert_true(tu_find(r, "anonymous_source", "officials", NULL));
	crd_result_free(r);
}

/* The people a rule or a disaster touches speak as a crowd: farmers,
 * commuters, tenants; engineers who examine a site are unnamed, as
 * inspectors are. */
static void test_crowds_a_rule_touches(void **state)
{
	(void)state;
	const char *doc = "The river stayed low all summer. Farmers say the harvest is lost. Commuters "
	                  "complain that the detour adds an hour. Engineers say the bridge is unsafe.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "vague_attribution", "Farmers");
	assert_string_equal(str_attr(&ev, "cue"), "say");
	assert_true(tu_find(r, "vague_attribution", "Commuters", NULL));
	assert_true(tu_find(r, "anonymous_source", "Engineers", NULL));
	crd_result_free(r);
}

/* Deciding a race is winning it, not a decision someone reports; deciding
 * to act still is. */
static void test_deciding_a_race(void **state)
{
	(void)state;
	const char *doc = "Turnout in the suburbs could decide the race. Rural counties will decide the "
	                  "election. The mayor decided to run again.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "decide the race"));
	assert_false(cue_covers(r, doc, "decide the election"));
	assert_false(tu_find(r, "vague_attribution", "Rural counties", NULL));
	assert_true(cue_covers(r, doc, "decided"));
	crd_result_free(r);
}

/* A colon that opens a quotation is a cue of its own; after a verb of
 * saying it is not, and a colon before a list is none. */
static void test_quote_colons(void **state)
{
	(void)state;
	const char *doc = "Then came the laugh line: \"I want to do this myself.\" The mayor said on Monday: "
	                  "\"We will rebuild.\" The kit holds three things: rope, a torch and water.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, ":");
	assert_string_equal(str_attr(&ev, "lemma"), "colon");
	assert_null(tu_attr(&ev, "source"));
	assert_true(cue_covers(r, doc, ": \"I want"));
	assert_false(cue_covers(r, doc, ": \"We will"));
	assert_true(cue_covers(r, doc, "said"));
	assert_false(cue_covers(r, doc, ": rope"));
	crd_result_free(r);
	/* a verb right before the colon has its speaker */
	doc = "And Mr. Crandall gloated: ''I told you he would not be ready.'' He sighed: \"Instead of "
	      "feeling "
	      "good, I feel tired.\" He had one message: \"Dump the plan now.\"";
	r = tu_features(doc);
	ev = must_find_cue(r, ":");
	assert_string_equal(str_attr(&ev, "source"), "Mr. Crandall");
	ev = must_find(r, "direct_quote", "''I told you he would not be ready.''");
	assert_string_equal(str_attr(&ev, "speaker"), "Mr. Crandall");
	assert_false(tu_find(r, "vague_attribution", "one", NULL));
	crd_result_free(r);
	/* with no verb before the colon, the name that opens the sentence
	 * speaks, for the cue as for the quotation */
	doc = "Mark Kubiak, in an interview on June 21, unloaded on Harlow: \"It is rare.\"";
	r = tu_features(doc);
	ev = must_find_cue(r, ":");
	assert_string_equal(str_attr(&ev, "source"), "Mark Kubiak");
	ev = must_find(r, "direct_quote", "\"It is rare.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Mark Kubiak");
	crd_result_free(r);
	/* a quotation right after a sentence that "according to" opens, in
	 * its paragraph */
	doc = "According to Lana's oldest friend, she is still feeling the sting of the online "
	      "mockery. \"Lana is still upset about what happened at the gala.\" Poor Lana.\n\n"
	      "According to the Washington Post, the governor has not asked for advice.\n\n"
	      "\"The governor's office has not spoken with us at all,\" said Tom Reed.";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"Lana is still upset about what happened at the gala.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Lana's oldest friend");
	ev = must_find(r, "direct_quote", "\"The governor's office has not spoken with us at all,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Tom Reed");
	crd_result_free(r);
	/* the person a description opening the sentence names, and the owner
	 * of the document quoted */
	doc = "One early supporter, Representative Lee Zelman, Republican of Ohio, gave the method "
	      "a try on Tuesday: \"You can easily argue that he is a bully.\" Jeb Corwin backs Alvarado. "
	      "From "
	      "Corwin's Facebook post: \"We must work to get past the bitterness.\"";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"You can easily argue that he is a bully.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Representative Lee Zelman");
	ev = must_find(r, "direct_quote", "\"We must work to get past the bitterness.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Corwin");
	crd_result_free(r);
}

/* A reflexive stresses its subject ("Harlow himself said"); "that" before a
 * name, a plural or a number opens a clause, not the speaker's phrase. */
static void test_reflexives_and_that(void **state)
{
	(void)state;
	const char *doc = "Donald Harlow spoke on Monday. Harlow himself said the plan works. It is illegal, "
	                  "something that Harlow has conceded. The officials themselves admitted the error.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "Harlow");
	assert_false(tu_find(r, "anonymous_source", "Harlow himself", NULL));
	assert_true(tu_find(r, "named_source", "Harlow", NULL));
	assert_false(tu_covers(r, doc, "named_source", "something"));
	assert_true(tu_find(r, "anonymous_source", "The officials", NULL));
	crd_result_free(r);
	/* "that" before what no demonstrative takes opens a clause, and
	 * "something" before a subject has lost its "that" */
	doc = "It is a plan that critics say is cruel. The poll found that 78 percent of voters say no. "
	      "The bill did something Republicans wanted. That poll shows Harlow ahead.";
	r = tu_features(doc);
	assert_true(tu_find(r, "vague_attribution", "critics", NULL));
	assert_true(tu_find(r, "vague_attribution", "78 percent of voters", NULL));
	assert_true(tu_find(r, "vague_attribution", "Republicans", NULL));
	assert_true(tu_find(r, "named_source", "That poll", NULL));
	crd_result_free(r);
	/* after a comma, "wrote that" opens what was written, and the
	 * speaker stands before the verb */
	doc = "Gen. Zachary Tolman won in 1852. One poll of voters from June, however, found that 42 percent "
	      "of them "
	      "backed him. His biographers, David and Jeanne Hadley, wrote that Tolman \"had a tin ear.\" "
	      "No one expected it.";
	r = tu_features(doc);
	ev = must_find_cue(r, "found");
	assert_string_equal(str_attr(&ev, "source"), "One poll of voters from June");
	assert_false(tu_covers(r, doc, "named_source", "that Tolman"));
	assert_false(tu_find(r, "vague_attribution", "that 42 percent of them", NULL));
	assert_true(tu_find(r, "vague_attribution", "No one", NULL));
	crd_result_free(r);
}

/* A bare surname opening its sentence, which the names detector leaves
 * alone: a speaker when the text capitalises it inside a sentence too, or
 * when a past form follows it; not an adjective before a noun, a plural or
 * an adverb. */
static void test_opening_surnames(void **state)
{
	(void)state;
	const char *doc = "The party turned to Harlow. Harlow welcomed the news. Alvarado openly admitted "
	                  "that his pick "
	                  "was political. Forecasters say spending will rise. Early reports indicate a fire. "
	                  "Eagerly anticipated, the speech began. Whoever decided that was wrong.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "welcomed");
	assert_string_equal(str_attr(&ev, "source"), "Harlow");
	ev = must_find_cue(r, "admitted");
	assert_string_equal(str_attr(&ev, "source"), "Alvarado");
	ev = must_find(r, "named_source", "Alvarado");
	assert_string_equal(str_attr(&ev, "kind"), "person");
	assert_false(tu_find(r, "named_source", "Forecasters", NULL));
	assert_false(tu_find(r, "named_source", "Early", NULL));
	assert_false(tu_find(r, "named_source", "Eagerly", NULL));
	assert_false(tu_find(r, "named_source", "Whoever", NULL));
	crd_result_free(r);

	/* a year between the speaker and the verb, as a date is; a party tag
	 * before a relative "who" */
	doc = "Dellucci in 2011 said he was sure. He echoed Sen. Ron Kessler (R-Wis.), who told a paper it "
	      "was "
	      "over. "
	      "Mitch Calloway, then the leader, who in 2010 said the goal was clear, spoke.";
	r = tu_features(doc);
	ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "Dellucci");
	ev = must_find_cue(r, "told");
	assert_string_equal(str_attr(&ev, "source"), "who");
	ev = must_find(r, "named_source", "who");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Sen. Ron Kessler");
	assert_true(tu_covers(r, doc, "named_source", "who in"));
	crd_result_free(r);

	/* a bare surname with an aside, also after a quotation; an adverb
	 * there is no part of the speaker */
	doc = "\"Look, it is the best idea,\" Dax, whose real name is Paul Hedley, told CBS. Pursley, a "
	      "Republican, said she decided alone. Whitford, for her part, said it failed.";
	r = tu_features(doc);
	ev = must_find_cue(r, "told");
	assert_string_equal(str_attr(&ev, "source"), "Dax, whose real name is Paul Hedley");
	ev = must_find(r, "direct_quote", "\"Look, it is the best idea,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Dax");
	must_find(r, "named_source", "Pursley, a Republican,");
	must_find(r, "named_source", "Whitford");
	crd_result_free(r);
}

/* A passive's agent after "by" is the source and its subject never is,
 * with or without an auxiliary; a time phrase ends the agent's name. */
static void test_passive_agents(void **state)
{
	(void)state;
	const char *doc =
	        "George Corwin spoke at length. The plan was rejected by Corwin on Monday. It is thinking "
	        "of the type criticized by Senator Ada Brooks and others.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "rejected");
	assert_string_equal(str_attr(&ev, "source"), "Corwin");
	assert_false(tu_covers(r, doc, "anonymous_source", "The plan"));
	assert_false(tu_covers(r, doc, "anonymous_source", "the type"));
	ev = must_find_cue(r, "criticized");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks and others");
	crd_result_free(r);
}

/* A participle that can only be passive on its noun: the accused and the
 * believed are not who accuse or believe; an object moved before its
 * subject leaves the verb active. */
static void test_passives_on_nouns(void **state)
{
	(void)state;
	const char *doc =
	        "Rebels accused of war crimes fled north. The party stands accused of fraud. Crews "
	        "searched for people believed to be trapped. It was what many voters believed to be "
	        "a fraud.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "anonymous_source", "Rebels"));
	assert_false(tu_covers(r, doc, "vague_attribution", "Rebels"));
	assert_false(tu_covers(r, doc, "vague_attribution", "The party stands"));
	assert_false(tu_covers(r, doc, "vague_attribution", "people"));
	assert_true(tu_find(r, "vague_attribution", "many voters", NULL));
	crd_result_free(r);
}

/* After an opening "According to ...", a phrase set off by commas is the
 * source's appositive only when it can describe the source; otherwise it
 * is the clause's subject with an aside of its own. */
static void test_opening_according_asides(void **state)
{
	(void)state;
	const char *doc = "According to the army, the commander, Ali Hassan, led the raid. According to the "
	                  "CDC, the strain involved, known as KX-2, was new. According to Tom Reyes, the "
	                  "agency's director, the dam held. According to the ministry, the national health "
	                  "agency, cases rose.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_source", "the army", NULL));
	assert_true(tu_find(r, "named_source", "the CDC", NULL));
	assert_true(tu_find(r, "named_source", "Tom Reyes, the agency's director", NULL));
	assert_true(tu_find(r, "named_source", "the ministry, the national health agency", NULL));
	crd_result_free(r);
}

/* The reason an unnamed source gives for staying unnamed is part of its
 * phrase: its verbs report nothing and its pronoun is no second source. */
static void test_anonymity_reason_verbs(void **state)
{
	(void)state;
	const char *doc =
	        "Attorney Lorraine Achebe spoke first. One woman, who asked not to be named because "
	        "she feared reprisals, said she paid him. The officials spoke on condition of "
	        "anonymity because they were not authorized to talk about the case.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "anonymous_source",
	                    "One woman, who asked not to be named because she feared "
	                    "reprisals,",
	                    NULL));
	assert_false(cue_find(r, "feared", NULL));
	assert_false(tu_find(r, "named_source", "she", NULL));
	assert_false(cue_find(r, "authorized", NULL));
	crd_result_free(r);
}

/* The words business and war copy use for a body named before speak as
 * that body, as "the company" does. */
static void test_bodies_by_trade(void **state)
{
	(void)state;
	const char *doc = "Shares of Brightwater Pharma rose after the drugmaker said its drug worked. The "
	                  "lender said profits fell. The militia said it would go on.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "the drugmaker");
	assert_string_equal(str_attr(&ev, "kind"), "organisation");
	assert_true(tu_find(r, "named_source", "The lender", NULL));
	assert_true(tu_find(r, "named_source", "The militia", NULL));
	crd_result_free(r);
}

/* Analysts and researchers of a named body speak as its desk; officials
 * of a named body stay unnamed people, one analyst an unnamed person. */
static void test_desks_of_named_bodies(void **state)
{
	(void)state;
	const char *doc =
	        "Analysts at JPMorgan said the stock was cheap. Researchers from Stanford University "
	        "found the effect. Officials at the Pentagon said no. An analyst at Barclays said so.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "Analysts at JPMorgan");
	assert_string_equal(str_attr(&ev, "kind"), "organisation");
	assert_true(tu_find(r, "named_source", "Researchers from Stanford University", NULL));
	assert_true(tu_find(r, "anonymous_source", "Officials at the Pentagon", NULL));
	assert_true(tu_find(r, "anonymous_source", "An analyst at Barclays", NULL));
	crd_result_free(r);
}

/* A dateline's colon introduces the report: the place says nothing. A
 * speaker's label with a colon still speaks. */
static void test_dateline_colons(void **state)
{
	(void)state;
	const char *doc = "Port expansion\n\nNEW DELHI: The port operator will invest more, the company said "
	                  "on Thursday.\n\nSMITH: We will build it.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "NEW DELHI", NULL));
	assert_true(tu_find(r, "named_source", "the company", NULL));
	assert_true(cue_find(r, ":", NULL));
	crd_result_free(r);
}

/* A list's bullet opening a line is no word of its sentence: the
 * speaker after it opens the sentence, and a capital there is no name. */
static void test_bulleted_speakers(void **state)
{
	(void)state;
	const char *doc =
	        "Key events\n- Human rights monitors said the hospital was hit.\n* Farm owners said "
	        "the well ran dry.\n- Avoid questions in French by asking for help.\n";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "vague_attribution", "Human rights monitors", NULL));
	assert_true(tu_find(r, "vague_attribution", "Farm owners", NULL));
	assert_false(tu_find(r, "named_source", "Avoid", NULL));
	crd_result_free(r);
}

/* Verbs of saying in their other senses: results posted, a storm that
 * slammed into a coast, fighting that continued, a man charged on a day
 * with a crime, police who responded to a call, advice to ask a doctor. */
static void test_other_senses_of_business_and_police_verbs(void **state)
{
	(void)state;
	const char *doc =
	        "Safaricom Ethiopia posted a loss for the year. The storm slammed into the coast. "
	        "Heavy fighting continued in the city on Friday. Tasker was charged Wednesday with "
	        "murder. Officers responded to the 400 block of Maple Avenue. If in doubt, ask your "
	        "doctor. Export curbs could weigh on profits. The mayor posted a message saying the "
	        "road was shut.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "posted a loss"));
	assert_false(cue_find(r, "slammed", NULL));
	assert_false(cue_find(r, "continued", NULL));
	assert_false(cue_find(r, "charged", NULL));
	assert_false(cue_find(r, "responded", NULL));
	assert_false(cue_find(r, "ask", NULL));
	assert_false(cue_find(r, "weigh", NULL));
	assert_true(cue_find(r, "saying", NULL));
	crd_result_free(r);
}

/* "informed" before "sources" qualifies the sources, as "diplomatic" does:
 * the phrase is somebody unnamed, not a record; as a verb it still reports. */
static void test_informed_sources(void **state)
{
	(void)state;
	const char *doc =
	        "According to informed sources, the tender was cancelled. Informed sources said the "
	        "envoy would stay. The agency informed reporters that the road was shut.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "anonymous_source", "informed sources", NULL));
	assert_false(tu_find(r, "named_source", "informed sources", NULL));
	assert_true(tu_find(r, "anonymous_source", "Informed sources", NULL));
	assert_true(cue_find(r, "informed", NULL));
	crd_result_free(r);
}

/* A verb of saying spelt as the portfolio of an office ("Minister for
 * Planning") is part of the title: no cue there, and the whole title and
 * name speak. */
static void test_portfolio_in_title(void **state)
{
	(void)state;
	const char *doc = "Minister for Planning Rafael Osei said the dam would open in May.";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, "Planning", NULL));
	assert_true(tu_find(r, "named_source", "Minister for Planning Rafael Osei", NULL));
	crd_result_free(r);
}

/* A role led by another country's adjective is another person: "the
 * Chilean trade minister" does not refer back to "Peruvian Trade Minister
 * ..."; the same adjective does. */
static void test_role_of_other_country(void **state)
{
	(void)state;
	crd_evidence ev;
	const char *doc = "Peruvian Trade Minister Lucia Salgado said the deal was close. The Chilean trade "
	                  "minister said more talks were needed.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_source", "The Chilean trade minister", &ev));
	assert_null(tu_attr(&ev, "resolved_to"));
	crd_result_free(r);
	doc = "Peruvian Trade Minister Lucia Salgado said the deal was close. The Peruvian trade minister "
	      "said more talks were needed.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_source", "The Peruvian trade minister", &ev));
	assert_string_equal(str_attr(&ev, "resolved_to"), "Peruvian Trade Minister Lucia Salgado");
	crd_result_free(r);
}

/* More of the wordings that keep a source unnamed, and the impersonal
 * "it was learnt that" of West African papers. */
static void test_more_anonymity_wordings(void **state)
{
	(void)state;
	const char *doc =
	        "An analyst at a Nairobi bank, who sought anonymity, said the unit would lag. It was "
	        "learnt that the matter may go before the council.";
	crd_result *r = tu_features(doc);
	assert_true(
	        tu_find(r, "anonymous_source", "An analyst at a Nairobi bank, who sought anonymity,", NULL));
	assert_false(cue_find(r, "sought", NULL));
	assert_true(tu_find(r, "vague_attribution", "It was learnt", NULL));
	crd_result_free(r);
}

/* "one of the people" after "people familiar with the matter" is one of
 * those unnamed people. */
static void test_one_of_the_unnamed(void **state)
{
	(void)state;
	const char *doc = "Kestrel is exploring a sale, according to people familiar with the matter. A deal "
	                  "could come in March, one of the people said.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "anonymous_source", "one of the people");
	assert_string_equal(str_attr(&ev, "resolved_to"), "people familiar with the matter");
	crd_result_free(r);
}

/* A noun naming something said, right before a subject, ends the phrase:
 * the relative clause on it lost its "that". */
static void test_said_things_before_subjects(void **state)
{
	(void)state;
	const char *doc =
	        "The Houthis said they hit a warship, a claim U.S. officials quickly denied. The ban "
	        "was a move aid agencies have warned could worsen the crisis.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "anonymous_source", "U.S. officials", NULL));
	assert_true(tu_find(r, "vague_attribution", "aid agencies", NULL));
	assert_false(tu_covers(r, doc, "anonymous_source", "a claim"));
	assert_false(tu_covers(r, doc, "vague_attribution", "a move"));
	crd_result_free(r);
}

/* A plural the vocabularies do not know after "many", "some", "most" is
 * a crowd of no known size; after a number it is counted people. */
static void test_crowds_of_unknown_nouns(void **state)
{
	(void)state;
	const char *doc = "Many nutritionists swear by it. Some farm owners said the well ran dry. Two farm "
	                  "owners said it rained.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "vague_attribution", "Many nutritionists", NULL));
	assert_true(tu_find(r, "vague_attribution", "Some farm owners", NULL));
	assert_true(tu_find(r, "anonymous_source", "Two farm owners", NULL));
	crd_result_free(r);
}

/* "It" after a body that spoke is that body, not one named as an object
 * in the same sentence; a body named in a later sentence is nearer. */
static void test_it_after_a_speaking_body(void **state)
{
	(void)state;
	const char *doc =
	        "The hospital said it was working with the FBI. It said it was too early to say. The "
	        "agency recommends two doses of the (MMR) vaccine, which it says are safe.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "It");
	assert_string_equal(str_attr(&ev, "resolved_to"), "The hospital");
	crd_result_free(r);
	doc = "The ministry said the talks went well. Apple announced a plant. It said jobs would follow.";
	r = tu_features(doc);
	ev = must_find(r, "named_source", "It");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Apple");
	crd_result_free(r);
}

/* A call that is a noun after its kind ("earnings call"), a caller, both
 * sides. */
static void test_calls_callers_and_sides(void **state)
{
	(void)state;
	const char *doc = "Reyes told analysts on the most recent earnings call that costs fell. A caller on "
	                  "Church Street reported hearing gunshots. Violations are often reported by both "
	                  "sides.";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, "call", NULL));
	assert_true(tu_find(r, "anonymous_source", "A caller on Church Street", NULL));
	assert_true(tu_find(r, "vague_attribution", "both sides", NULL));
	crd_result_free(r);
}

/* A label of capitals that names a section, not a speaker: "ELECTION
 * RESULTS:", "LIVE UPDATES:". */
static void test_capital_section_labels(void **state)
{
	(void)state;
	const char *doc =
	        "ELECTION RESULTS: Haskins leads Moreno in sheriff race\n\nHaskins led by 300 votes. "
	        "LIVE UPDATES: the count goes on tonight.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "ELECTION RESULTS", NULL));
	assert_false(tu_find(r, "named_source", "LIVE UPDATES", NULL));
	assert_false(cue_find(r, ":", NULL));
	crd_result_free(r);

	/* one word of capitals in the plural is a section's too; a surname the
	 * text gives is a transcript's speaker */
	doc = "The Hornets won again.\n\nINJURIES: Forward Ted Lusk missed a third game.\n\nMayor Anne "
	      "Hollis spoke.\n\nHOLLIS: We will rebuild the bridge this year.";
	r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "INJURIES", NULL));
	assert_true(tu_find(r, "named_source", "HOLLIS", NULL));
	crd_result_free(r);
}

/* A short quotation inside the "that" clause of a verb of saying, after
 * a long setting: the speaker's words. */
static void test_quote_in_that_clause_after_setting(void **state)
{
	(void)state;
	const char *doc =
	        "Haskins told supporters at a union hall on Delaware Avenue that he was \"cautiously "
	        "optimistic.\"";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "direct_quote", "\"cautiously optimistic.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Haskins");
	crd_result_free(r);
}

/* "X is not expected to ..." is an expectation nobody states, as "X is
 * expected to ..." is: X is not its source. */
static void test_negated_expectations(void **state)
{
	(void)state;
	const char *doc = "Official results are not expected to be certified until Friday, Stuckey said. The "
	                  "senator isn't expected to attend.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "vague_attribution", "Official results", NULL));
	assert_false(tu_find(r, "named_source", "The senator", NULL));
	assert_true(cue_find(r, "expected", NULL));
	assert_true(tu_find(r, "named_source", "Stuckey", NULL));
	crd_result_free(r);
}

/* "the spokesperson" after a spokesperson of a named body is that one. */
static void test_spokesperson_back_reference(void **state)
{
	(void)state;
	const char *doc =
	        "A spokesperson for Seminole Hospital District said the unit was closed. \"Please call "
	        "ahead,\" the spokesperson said.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "the spokesperson");
	assert_string_equal(str_attr(&ev, "resolved_to"), "A spokesperson for Seminole Hospital District");
	crd_result_free(r);
	/* the spokesperson speaks, for the one named */
	doc = "\"That is not how the leader remembers it,\" a Sommers spokesperson said.";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"That is not how the leader remembers it,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "a Sommers spokesperson");
	assert_true(tu_find(r, "named_source", "a Sommers spokesperson", NULL));
	crd_result_free(r);
}

/* "for as long as anyone can remember" is a time, nobody's memory. */
static void test_as_long_as_anyone_remembers(void **state)
{
	(void)state;
	const char *doc = "The store has stood there for as long as anyone can remember.";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, "remember", NULL));
	assert_false(tu_find(r, "anonymous_source", "anyone", NULL));
	crd_result_free(r);
}

/* People described by a participle speak, not the name the participle
 * takes: "Astronomers using the telescope say", "Investors interviewed by
 * the AP described". */
static void test_people_described_by_participles(void **state)
{
	(void)state;
	const char *doc =
	        "Astronomers using the James Wexley Space Telescope say they have found water. Investors "
	        "interviewed by The Associated Press described the mood as grim.";
	crd_result *r = tu_features(doc);
	assert_true(
	        tu_find(r, "vague_attribution", "Astronomers using the James Wexley Space Telescope", NULL));
	assert_true(tu_find(r, "vague_attribution", "Investors interviewed by The Associated Press", NULL));
	assert_false(tu_find(r, "named_source", "The Associated Press", NULL));
	crd_result_free(r);
}

/* Not returning a request for comment is a refusal to comment. */
static void test_unreturned_requests(void **state)
{
	(void)state;
	const char *doc =
	        "A spokesperson for Dollar General did not immediately return a request for comment. "
	        "Her lawyer didn't return phone calls.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "A spokesperson for Dollar General");
	assert_true(tu_attr(&ev, "no_comment") != NULL);
	assert_true(cue_find(r, "return phone calls", NULL));
	crd_result_free(r);
}

/* A pronoun after a comma that opens the main clause or tags the
 * sentence is not a name the clause before it speaks of; it is the
 * speaker met before. A name that is the opening clause's subject still
 * is. */
static void test_pronoun_after_opening_phrases(void **state)
{
	(void)state;
	const char *doc =
	        "Police arrested two men, an official said. The accused, identified as Omar Khan and "
	        "Ravi Meena, were held in Jaipur, he said.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "anonymous_source", "he");
	assert_string_equal(str_attr(&ev, "resolved_to"), "an official");
	crd_result_free(r);
	doc = "Don Kingsley said he backs nobody. At the funeral for Muhammad Alawi, he declared his "
	      "support. When "
	      "Emily "
	      "Martin gave a talk, she said staff had questions.";
	r = tu_features(doc);
	ev = must_find(r, "named_source", "he");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Don Kingsley");
	ev = must_find(r, "named_source", "she");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Emily Martin");
	crd_result_free(r);
}

/* An envoy is an office held by one person. */
static void test_envoys(void **state)
{
	(void)state;
	const char *doc = "The war goes on, according to the US envoy for Sudan, Tom Pellegrin.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_source", "the US envoy for Sudan, Tom Pellegrin", NULL) ||
	            tu_find(r, "named_source", "the US envoy for Sudan", NULL));
	assert_false(tu_find(r, "named_source", "the US", NULL));
	crd_result_free(r);
}

/* A definite noun that names a new person ("The neighbor") does not
 * point back to any unnamed source met before; "the official" does. */
static void test_new_people_are_not_back_references(void **state)
{
	(void)state;
	const char *doc =
	        "A 911 caller reported a shooting. The neighbor, a man whose name was not released, "
	        "told police the suspect was angry. A diplomat said talks stalled. The official said "
	        "they would resume.";
	crd_result *r = tu_features(doc);
	crd_evidence ev =
	        must_find(r, "anonymous_source", "The neighbor, a man whose name was not released,");
	assert_null(tu_attr(&ev, "back_reference"));
	ev = must_find(r, "anonymous_source", "The official");
	assert_string_equal(str_attr(&ev, "resolved_to"), "A diplomat");
	crd_result_free(r);
}

/* A setting between a perfect's auxiliary and "said" leaves the subject
 * before the auxiliary: "had last week at a forum in Lagos said". */
static void test_setting_inside_perfect(void **state)
{
	(void)state;
	const char *doc =
	        "The chief executive, Gbenga Adeyinka, had last week at a stakeholders' forum in Lagos "
	        "said the regulator would act.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_source", "The chief executive, Gbenga Adeyinka,", NULL));
	assert_false(tu_find(r, "named_source", "Lagos", NULL));
	crd_result_free(r);
}

/* A quotation before a speaker whose title the names detector left out
 * of the name is that speaker's, not the one quoted before. */
static void test_quote_before_titled_speaker(void **state)
{
	(void)state;
	const char *doc =
	        "The money went abroad, the official said.\n\n\"The fraudsters kept him on a call for "
	        "six days,\" Deputy Commissioner of Police (Cyber) Vivek Marathe said.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "direct_quote", "\"The fraudsters kept him on a call for six days,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Vivek Marathe");
	crd_result_free(r);
}

/* A name in capitals that the names detector took is no pronoun: "WHO
 * said" is the World Health Organization. */
static void test_capital_names_are_no_pronouns(void **state)
{
	(void)state;
	const char *doc =
	        "Cholera has spread to 11 states, WHO said on Wednesday. The WHO said cases doubled.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "WHO");
	assert_string_equal(str_attr(&ev, "kind"), "organisation");
	assert_true(tu_find(r, "named_source", "The WHO", NULL));
	assert_false(tu_find(r, "vague_attribution", "WHO", NULL));
	crd_result_free(r);
}

/* A word inside a title of several words is no verb: "Special Agent in
 * Charge". */
static void test_verbs_inside_titles(void **state)
{
	(void)state;
	const char *doc = "FBI Special Agent in Charge Rick Thornton said the case was closed.";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, "Charge", NULL));
	assert_true(cue_find(r, "said", NULL));
	crd_result_free(r);
}

/* A plural of people opening a sentence and never capitalised inside
 * one is a crowd, not a surname. */
static void test_opening_plurals_are_crowds(void **state)
{
	(void)state;
	const char *doc =
	        "Monitors said 12 fighters were killed. Deputies said the driver lost control. Bernie "
	        "Stolz spoke first. Stolz said he would stay.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "vague_attribution", "Monitors", NULL));
	assert_true(tu_find(r, "vague_attribution", "Deputies", NULL));
	assert_true(tu_find(r, "named_source", "Stolz", NULL));
	crd_result_free(r);
}

/* A name set off after an unnamed speaker names it, over an age before
 * the name and a home or a body after it. */
static void test_named_asides_with_age_and_home(void **state)
{
	(void)state;
	const char *doc = "Another victim, 81-year-old Harold Pruitt of Dayton, said he knew him. Another "
	                  "pollster, David Wexford of Clemson University, said his survey showed a drop.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_source", "Another victim, 81-year-old Harold Pruitt of Dayton,", NULL));
	assert_true(
	        tu_find(r, "named_source", "Another pollster, David Wexford of Clemson University,", NULL));
	assert_false(tu_find(r, "named_source", "his survey", NULL));
	crd_result_free(r);
}

/* "pegged" an amount is an estimate somebody made. */
static void test_pegged_estimates(void **state)
{
	(void)state;
	const char *doc =
	        "The company gave no cost, though industry sources have pegged similar buildings at "
	        "$80 million.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "pegged");
	assert_string_equal(str_attr(&ev, "source"), "industry sources");
	crd_result_free(r);
}

/* Estimates a company missed or beat are a noun, nobody's estimating. */
static void test_missed_estimates(void **state)
{
	(void)state;
	const char *doc =
	        "The company missed estimates for the quarter. Analysts' estimates vary widely. Some "
	        "analysts estimate that sales fell.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "estimates for"));
	assert_true(cue_find(r, "estimate", NULL));
	crd_result_free(r);
}

/* A partial quotation closed by a comma and followed by a clause with a
 * subject of its own is the first speaker's, not the next one's; a
 * pronoun after the joining word is the same speaker going on. */
static void test_quote_before_a_second_clause(void **state)
{
	(void)state;
	const char *doc =
	        "Senate leader Chuck Sommers said Monday that he was \"cautiously optimistic,\" while "
	        "House Speaker Mike Dunmore told reporters he would not back the deal. Kessling "
	        "described inflation as \"stubborn,\" but Brandt said he still expects one cut.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "direct_quote", "\"cautiously optimistic,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Chuck Sommers");
	ev = must_find(r, "direct_quote", "\"stubborn,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Kessling");
	crd_result_free(r);
}

/* "One" before an office is one unnamed holder of it; a noun no
 * vocabulary knows before "who" and a clause is the speaker, not the
 * clause's object. */
static void test_one_unnamed_holder(void **state)
{
	(void)state;
	const char *doc =
	        "One GOP state senator told the Orlando Sentinel that the issue was bad. One "
	        "backbencher who attended the meeting said rebels would \"not be forgotten\" later.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "anonymous_source", "One GOP state senator", NULL));
	assert_true(tu_find(r, "anonymous_source", "One backbencher who attended the meeting", NULL));
	crd_evidence ev = must_find(r, "direct_quote", "\"not be forgotten\"");
	assert_string_equal(str_attr(&ev, "speaker"), "One backbencher who attended the meeting");
	crd_result_free(r);
}

/* The weasel words of encyclopedic prose: a passive of saying with an
 * adverb inside, tradition and legend, "according to some" with its
 * crowd; "It is known from" a record is none. */
static void test_encyclopedic_weasels(void **state)
{
	(void)state;
	const char *doc =
	        "According to some sources, eleven villagers were killed. According to tradition, the "
	        "saint was buried here. A stone cross is traditionally said to mark the site. His "
	        "style is generally considered to derive from Venetian models. It has been argued "
	        "that he relied on a witness. It is known from only a handful of specimens.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "vague_attribution", "According to some sources", NULL));
	assert_true(tu_find(r, "vague_attribution", "According to tradition", NULL));
	assert_false(tu_find(r, "named_source", "tradition", NULL));
	assert_true(tu_find(r, "vague_attribution", "is traditionally said", NULL));
	assert_true(tu_find(r, "vague_attribution", "is generally considered", NULL));
	assert_true(tu_find(r, "vague_attribution", "It has been argued that", NULL));
	assert_false(tu_find(r, "vague_attribution", "It is known", NULL));
	crd_result_free(r);
}

/* A biography runs on "He" for sentences: the person named a few
 * sentences before is still the one meant. */
static void test_pronoun_over_a_biography(void **state)
{
	(void)state;
	const char *doc =
	        "Samuel Reid is a businessman. He was elected in 2005. He sat on the trade committee. He "
	        "spoke often about ports. He denied wrongdoing.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "He");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Samuel Reid");
	crd_result_free(r);
}

/* A colon inside a parenthesis glosses, and no one speaks. */
static void test_colons_in_parentheses(void **state)
{
	(void)state;
	const char *doc =
	        "Kestrava (Slovene: Kestrava; German: Kesterau) is a village in Slovenia.\n\nSMITH: We "
	        "will build it.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_source", "Kestrava (Slovene"));
	assert_true(tu_find(r, "named_source", "SMITH", NULL));
	crd_result_free(r);
}

/* A quotation followed by an appositive on it ("a remark that ...") is
 * the first speaker's, not the remark's readers'. */
static void test_quote_then_remark(void **state)
{
	(void)state;
	const char *doc =
	        "John Fennimore told reporters that Mr. Shapiro \"has earned the right to do whatever he "
	        "wants,\" a remark that some Democrats read as a dig.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "direct_quote", "\"has earned the right to do whatever he wants,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "John Fennimore");
	crd_result_free(r);
}

/* An outlet that "understands" or "has learned" tells what its unnamed
 * sources told it: vague, though the outlet is named. */
static void test_outlets_own_sourcing(void **state)
{
	(void)state;
	const char *doc =
	        "The BBC understands that two candidates have turned down the role. CNN has learned "
	        "that the deal collapsed. Arizona understands that we need no repeat.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "vague_attribution", "The BBC", NULL));
	assert_true(tu_find(r, "vague_attribution", "CNN", NULL));
	assert_false(tu_find(r, "vague_attribution", "Arizona", NULL));
	crd_result_free(r);
}

/* "One of them" and "the other" after a group of unnamed people are
 * some of that group. */
static void test_one_of_them_and_the_other(void **state)
{
	(void)state;
	const char *doc = "The director left in September, according to two people familiar with the matter. "
	                  "One of them said the departure was bitter. The other described it as a dispute.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "anonymous_source", "One of them");
	assert_string_equal(str_attr(&ev, "resolved_to"), "two people familiar with the matter");
	ev = must_find(r, "anonymous_source", "The other");
	assert_string_equal(str_attr(&ev, "resolved_to"), "two people familiar with the matter");
	crd_result_free(r);
}

/* An anonymity marker in the aside of a source named by its office or by
 * half a name keeps it unnamed; a named person whose aside cites unnamed
 * others stays named. */
static void test_markers_in_asides(void **state)
{
	(void)state;
	const char *doc =
	        "The head of a farm group, who was not authorized to speak publicly, said the same. "
	        "\"It is shedding,\" Rachel, a nurse who gave only her first name, said. Harry Reardon, "
	        "citing an unnamed source, accused him.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "anonymous_source",
	                    "The head of a farm group, who was not authorized to speak "
	                    "publicly,",
	                    NULL));
	assert_true(tu_find(r, "anonymous_source", "Rachel, a nurse who gave only her first name,", NULL));
	assert_false(tu_covers(r, doc, "anonymous_source", "Harry Reardon"));
	crd_result_free(r);

	/* the speakers' own relative clause before the anonymity clause: the
	 * doctors speak, not the ward they work on, with a short reason
	 * and a long one */
	doc = "Three doctors who work on the ward, who asked not to be named, said stocks ran low. "
	      "Three doctors who work on the ward, who asked not to be named because they were not "
	      "authorized to speak publicly, said stocks ran low.";
	r = tu_features(doc);
	assert_true(tu_find(r, "anonymous_source",
	                    "Three doctors who work on the ward, who asked not to be named,", NULL));
	assert_true(tu_find(r, "anonymous_source",
	                    "Three doctors who work on the ward, who asked not to be named because they "
	                    "were not authorized to speak publicly,",
	                    NULL));
	assert_false(tu_find(r, "anonymous_source", "the ward, who asked not to be named", NULL));
	crd_result_free(r);
}

/* Demand and worries with a market's adjective before them are nouns of
 * a markets report; protesters who demand something still speak. */
static void test_market_demand(void **state)
{
	(void)state;
	const char *doc = "Weak Chinese demand capped gains. Protesters demand justice.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "demand capped"));
	assert_true(tu_find(r, "vague_attribution", "Protesters", NULL));
	crd_result_free(r);
}

/* A participle on a plural of things that opens the sentence is no verb
 * of finding with a speaker. */
static void test_things_found(void **state)
{
	(void)state;
	const char *doc =
	        "Boxes found in a creek on Sunday held blank envelopes, officials said. Investigators "
	        "found in the car a second phone.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "Boxes", NULL));
	assert_false(cue_covers(r, doc, "found in a creek"));
	assert_true(cue_covers(r, doc, "found in the car"));
	crd_result_free(r);
}

/* A long aside after a name, over an age, a job, a home and a relative
 * clause, leaves the name as the speaker. */
static void test_long_asides_after_names(void **state)
{
	(void)state;
	const char *doc =
	        "Maria Delgado, 52, a school bus driver from Mesa, Ariz., who voted for Harlow in 2024, "
	        "said she was \"not sure anymore\" whether she would vote.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "direct_quote", "\"not sure anymore\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Maria Delgado");
	assert_false(tu_find(r, "anonymous_source",
	                     "a school bus driver from Mesa, Ariz., who voted for Harlow in 2024", NULL));
	crd_result_free(r);
}

/* "went on:" before a quotation tags it, and the speech goes on over
 * the paragraphs after; "The war went on" tags nothing. */
static void test_went_on(void **state)
{
	(void)state;
	const char *doc =
	        "\"He is going there,\" said Dana Fritz, a longtime aide.\n\nShe went on: \"He thinks you "
	        "win them back one diner at a time.\"\n\nThe war went on for years.";
	crd_result *r = tu_features(doc);
	crd_evidence ev =
	        must_find(r, "direct_quote", "\"He thinks you win them back one diner at a time.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Dana Fritz");
	assert_false(cue_covers(r, doc, "went on for"));
	crd_result_free(r);
}

/* An opening "In a ... survey" with a time after the poll's name still
 * names the poll; "In the poll averages" is a standing, no report. */
static void test_opening_polls_with_times(void **state)
{
	(void)state;
	const char *doc =
	        "In a Gallup survey earlier this month, 45 percent identified as independents. In the "
	        "poll averages, Whitford leads by two points.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "a Gallup survey");
	assert_string_equal(str_attr(&ev, "kind"), "document");
	assert_false(cue_covers(r, doc, "In the poll"));
	crd_result_free(r);
}

/* A phrase no vocabulary knows that ends in -ing names a method or an
 * act, no speaker. */
static void test_methods_are_no_speakers(void **state)
{
	(void)state;
	const char *doc =
	        "Radiocarbon dating suggests the animal died long ago. Something tells me it will rain. "
	        "Two farm owners said it rained.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "anonymous_source", "Radiocarbon dating", NULL));
	assert_false(tu_find(r, "anonymous_source", "Something", NULL));
	assert_true(tu_find(r, "anonymous_source", "Two farm owners", NULL));
	crd_result_free(r);
}

/* "The person" refers back to an unnamed source before it, and is
 * somebody unnamed without one; "people" stays a crowd. */
static void test_the_person(void **state)
{
	(void)state;
	const char *doc = "A person familiar with the talks said the deal was close. The person said the vote "
	                  "would be Friday. People said it would pass.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "anonymous_source", "The person");
	assert_non_null(tu_attr(&ev, "antecedent"));
	assert_true(tu_find(r, "vague_attribution", "People", NULL));
	crd_result_free(r);
}

/* A poll named in an opening phrase; an infinitive whose doer is named;
 * an unknown speaker next to a verb of saying. */
static void test_polls_infinitives_plain_speakers(void **state)
{
	(void)state;
	const char *doc = "In a recent Marist poll, 42 percent of voters backed the plan. Front-runner Sam Cole "
	                  "leads in the polls. The ruling prompted Senator Ada Brooks to criticize the court. "
	                  "\"We will not stop,\" said an industry lobbyist. A campaign veteran said the race was "
	                  "over.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "In");
	assert_string_equal(str_attr(&ev, "source"), "a recent Marist poll");
	assert_false(cue_covers(r, doc, "in the polls"));
	assert_true(cue_covers(r, doc, "criticize"));
	assert_true(tu_covers(r, doc, "anonymous_source", "an industry lobbyist"));
	assert_true(tu_covers(r, doc, "anonymous_source", "A campaign veteran"));
	crd_result_free(r);

	/* a poll named by two outlets, with a slash or a hyphen */
	r = tu_features("In a national CNN/SSRS poll released Monday, 44% of independents were unsure. In a "
	                "Los Angeles Times-CBS News poll, two of three renters agreed.");
	ev = must_find(r, "named_source", "a national CNN/SSRS poll released Monday");
	ev = must_find(r, "named_source", "a Los Angeles Times-CBS News poll");
	crd_result_free(r);

	/* a speaker's phrase goes on across "between" */
	r = tu_features("A source close to the talks between the parties said it was over. Stops will be "
	                "added, according to two sources familiar with the talks between the two camps.");
	ev = must_find(r, "anonymous_source", "A source close to the talks between the parties");
	ev = must_find(r, "anonymous_source", "two sources familiar with the talks between the two camps");
	crd_result_free(r);

	/* a time phrase before the subject, and "that" opening a clause, are
	 * not part of the speaker's phrase */
	r = tu_features("This is the first time prosecutors have agreed with them. It is sad that "
	                "anyone would want that.");
	ev = must_find(r, "anonymous_source", "prosecutors");
	assert_false(tu_find(r, "anonymous_source", "the first time prosecutors", NULL));
	assert_false(tu_find(r, "anonymous_source", "that anyone", NULL));
	assert_false(tu_find(r, "vague_attribution", "that anyone", NULL));
	crd_result_free(r);

	/* a verb of saying before "that" and its clause is a cue though
	 * nobody is found to say it */
	doc = "Conceding that a deal was likely, the minister left. The crowd cheered, the mayor noting that "
	      "the vote was close. He said the plan failed, and that voters argue that it cost too much.";
	r = tu_features(doc);
	assert_true(cue_find(r, "Conceding", NULL));
	assert_true(cue_find(r, "noting", NULL));
	assert_true(cue_find(r, "argue", NULL));
	crd_result_free(r);
}

/* A comma before the verb that closes an aside about the subject (an age,
 * an appositive, a relative clause, the name itself) leaves the subject the
 * speaker; after "told", the phrase is who was told; a comma after a
 * phrase inside the clause still marks an inversion. */
static void test_asides_before_the_verb(void **state)
{
	(void)state;
	const char *doc =
	        "Susan Whitlock spoke in Ohio. Jorge Medina was there. \"It was principled,\" Whitlock, 69, "
	        "told MSNBC on Monday. \"He never stopped,\" Medina, 58, who lives in Miami, told AFP. "
	        "Scott Lindahl, its chief executive officer, said candidates are more aware. One "
	        "Republican hopeful, Carly Finnegan, says she will watch. The senator lacks friends in "
	        "Congress, whom he has alienated, said Larry Sabine.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "told");
	assert_string_equal(str_attr(&ev, "source"), "Whitlock, 69");
	assert_false(tu_find(r, "named_source", "MSNBC", NULL));
	assert_false(tu_find(r, "named_source", "AFP", NULL));
	assert_true(tu_covers(r, doc, "named_source", "Medina, 58"));
	ev = must_find(r, "named_source", "Scott Lindahl, its chief executive officer,");
	assert_string_equal(str_attr(&ev, "kind"), "person");
	assert_false(tu_find(r, "vague_attribution", "candidates", NULL));
	ev = must_find_cue(r, "says");
	assert_string_equal(str_attr(&ev, "source"), "One Republican hopeful, Carly Finnegan");
	ev = must_find(r, "named_source", "Larry Sabine");
	assert_false(tu_covers(r, doc, "named_source", "Congress"));
	crd_result_free(r);
	/* after "accused" the phrase is who is judged, never the speaker */
	doc = "The man who was the first black mayor, Democrat Douglas Whitby, accused the party of "
	      "taking "
	      "voters for granted. Hackers targeted the committee, accused party officials of bias and left.";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_source", "the party of taking"));
	assert_false(tu_covers(r, doc, "anonymous_source", "party officials"));
	assert_true(tu_covers(r, doc, "named_source", "Democrat Douglas Whitby"));
	crd_result_free(r);

	/* after a comma a weak verb's phrase is its speaker only where the
	 * clause ends with it; "called" there names a thing */
	doc = "Protests grew as Ada Brooks, the mayor's daughter, attacked Harlow for his remarks. A quieter "
	      "Whitford may help, say some Democrats, who recall the fights. He built goggles, called the "
	      "Oculus Rift.";
	r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "Harlow", NULL));
	assert_true(tu_find(r, "vague_attribution", "some Democrats", NULL));
	assert_false(tu_covers(r, doc, "named_source", "Oculus Rift"));
	crd_result_free(r);

	/* a document a subject put out speaks for that subject */
	doc = "Later, Senator Ada Brooks released a statement saying the plan failed. The campaign sent out "
	      "an "
	      "email stressing the stakes. A report saying the dam leaked was found.";
	r = tu_features(doc);
	ev = must_find_cue(r, "saying");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	ev = must_find_cue(r, "stressing");
	assert_string_equal(str_attr(&ev, "source"), "The campaign");
	assert_true(tu_find(r, "named_source", "A report", NULL));
	crd_result_free(r);

	/* an aside that opens with a preposition or a time is no part of the
	 * speaker; after the verb, a phrase that a verb follows is what was
	 * said, not who said it */
	doc = "Donald Harlow, on Tuesday, said it. Several candidates, including Harlow, said the United "
	      "States "
	      "should act. Asked about it, Jeb Corwin thought for a moment and said that it was fine.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_source", "Donald Harlow", NULL));
	assert_true(tu_find(r, "vague_attribution", "Several candidates", NULL));
	assert_false(tu_covers(r, doc, "named_source", "the United States"));
	assert_true(tu_find(r, "named_source", "Jeb Corwin", NULL));
	crd_result_free(r);

	/* places, states, ages, participles and relative clauses between
	 * commas stand between the speaker and the verb */
	doc = "Cory James, 22, of Flint, Mich., said he had hope. Sen. Marco Dellucci, R-Fla., appearing on "
	      "Fox "
	      "News after the speech, said Adeyemi failed. \"It saved us,\" said Carole Tanner, the minister "
	      "of "
	      "roads when the toll was first charged. Donna Rawlings, 61, of Easton, Md., who saw "
	      "the "
	      "parade, said it helped.";
	r = tu_features(doc);
	assert_true(tu_covers(r, doc, "named_source", "Cory James, 22"));
	assert_true(tu_covers(r, doc, "named_source", "Sen. Marco Dellucci"));
	assert_true(tu_covers(r, doc, "named_source", "Carole Tanner"));
	assert_true(tu_covers(r, doc, "named_source", "Donna Rawlings"));
	assert_false(tu_find(r, "named_source", "Flint", NULL));
	crd_result_free(r);

	/* ", adding" after a quotation closed by two apostrophes */
	r = tu_features("He said that the fears were ''exaggerated,'' adding that Corvane had ''plenty of "
	                "room to grow.''");
	ev = must_find_cue(r, "adding");
	assert_string_equal(str_attr(&ev, "source"), "He");
	crd_result_free(r);

	/* a short quotation inside the aside, its comma closing the aside */
	doc = "Jeff Holbrook, the co-author of \"Going Viral,\" said the days were over. On Tuesday, Noah "
	      "Ostrander, the NBC producer in charge of ''Today,'' warned his crew. He called it \"a "
	      "disaster,\" said Smith.";
	r = tu_features(doc);
	assert_true(tu_covers(r, doc, "named_source", "Jeff Holbrook"));
	assert_false(tu_covers(r, doc, "anonymous_source", "the days"));
	assert_true(tu_covers(r, doc, "named_source", "Noah Ostrander"));
	assert_true(tu_covers(r, doc, "named_source", "Smith"));
	crd_result_free(r);
	doc = "Geoff Garner, who polls for a ''super PAC'' in Ohio, said it would work.";
	r = tu_features(doc);
	assert_true(tu_covers(r, doc, "named_source", "Geoff Garner"));
	crd_result_free(r);

	/* sentence adverbs are no part of the speaker */
	doc = "However polls show high levels of discontent. Donald Harlow, however, said no.";
	r = tu_features(doc);
	assert_true(tu_find(r, "vague_attribution", "polls", NULL));
	assert_true(tu_find(r, "named_source", "Donald Harlow", NULL));
	crd_result_free(r);

	/* a verb of saying in -ed with an unknown subject before it is a
	 * verb, not an adjective */
	r = tu_features("Several nations announced support on Thursday. He offered reasoned counter-arguments.");
	assert_true(tu_find(r, "vague_attribution", "Several nations", NULL));
	assert_false(cue_find(r, "reasoned", NULL));
	crd_result_free(r);
	r = tu_features("Cement makers argue that imports are cheaper.");
	assert_true(tu_find(r, "vague_attribution", "Cement makers", NULL));
	crd_result_free(r);

	/* a relative clause on "who" between the speaker and the verb */
	doc = "Even Democrats who have backed her budget warned on Monday that the caucus may have to act.";
	r = tu_features(doc);
	ev = must_find_cue(r, "warned");
	assert_non_null(strstr(str_attr(&ev, "source"), "Democrats who have backed"));
	crd_result_free(r);
	/* the clause's verb and its named object are no speaker; the clause's
	 * own subject after "who" is */
	doc = "He proposed tax cuts, but the Republicans who control Congress refused. Keith Stroud, who "
	      "police say was armed, died.";
	r = tu_features(doc);
	ev = must_find_cue(r, "refused");
	assert_string_equal(str_attr(&ev, "source"), "the Republicans who control Congress");
	assert_false(tu_find(r, "named_source", "control Congress", NULL));
	ev = must_find_cue(r, "say");
	assert_string_equal(str_attr(&ev, "source"), "police");
	crd_result_free(r);

	/* a share in figures speaks for its sample, as "52 percent" does */
	r = tu_features("On economic issues, 42% say they are liberal. Just 33% say they feel that way.");
	assert_true(tu_find(r, "vague_attribution", "42%", NULL));
	assert_true(tu_find(r, "vague_attribution", "Just 33%", NULL)); /* with its focus */
	crd_result_free(r);

	/* a cue word right after a preposition is a noun */
	r = tu_features("Some supporters stayed home in hopes turnout would drop. He left for fear of arrest. "
	                "\"It is over,\" From said.");
	assert_false(cue_find(r, "hopes", NULL));
	assert_false(cue_find(r, "fear", NULL));
	assert_true(cue_find(r, "said", NULL));
	crd_result_free(r);

	/* a comparison with what somebody unnamed expected is no report */
	r = tu_features("Her shop has done far better than almost anyone had expected.");
	assert_false(cue_find(r, NULL, NULL));
	crd_result_free(r);
}

/* The whole of a speaker's phrase: both subjects joined by "and", the
 * party tag after a name, two outlets joined by a slash, the hedge of a
 * quantity. */
static void test_whole_speaker_phrases(void **state)
{
	(void)state;
	const char *doc =
	        "Donald Harlow and Ted Alvarado said no. But Helen Whitford and her aides agreed with them. "
	        "The police arrested a man and officials said he fled. "
	        "Governor Mary Fenwick (R-OK) said no. \"Enough,\" said Sen. Joe Linden (I-Conn.), who left. "
	        "Senate Majority Leader Mitch Calloway, R-Ky., said no. "
	        "A New York Times/CBS News survey found that most agree.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "named_source", "Donald Harlow and Ted Alvarado", NULL));
	assert_true(tu_find(r, "named_source", "Helen Whitford and her aides", NULL));
	assert_true(tu_find(r, "anonymous_source", "officials", &ev));
	assert_true(tu_find(r, "named_source", "Governor Mary Fenwick (R-OK)", NULL));
	assert_true(tu_find(r, "named_source", "Sen. Joe Linden (I-Conn.)", NULL));
	assert_true(tu_find(r, "named_source", "Senate Majority Leader Mitch Calloway, R-Ky.,", NULL));
	assert_true(tu_find(r, "named_source", "A New York Times/CBS News survey", NULL));
	crd_result_free(r);
	/* a hedged quantity keeps its hedge */
	r = tu_features("At least 400 people in the town say they left. As many as 40 percent of voters say no.");
	assert_true(tu_find(r, "vague_attribution", "At least 400 people in the town", NULL));
	assert_true(tu_find(r, "vague_attribution", "As many as 40 percent of voters", NULL));
	crd_result_free(r);
	/* a preposition never ends the phrase */
	r = tu_features(
	        "Reid took to the floor, ridiculing Donald Harlow for not disclosing his tax returns.");
	assert_true(tu_find(r, "named_source", "Donald Harlow", NULL));
	crd_result_free(r);
	/* but a quantity that stands before the speaker is no part of it */
	r = tu_features("Within five to 10 years Iran said it would build one.");
	assert_true(tu_find(r, "named_source", "Iran", NULL));
	crd_result_free(r);
	/* a relative clause describing an inverted speaker */
	r = tu_features(
	        "\"It is over,\" said Paul Pilcher, a former analyst who teaches at Georgetown University. "
	        "\"We left,\" said a person who attended the meeting, adding that it was fine.");
	assert_true(tu_find(r, "named_source",
	                    "Paul Pilcher, a former analyst who teaches at Georgetown University", NULL));
	assert_true(tu_find(r, "vague_attribution", "a person who attended the meeting", NULL) ||
	            tu_find(r, "anonymous_source", "a person who attended the meeting", NULL));
	crd_result_free(r);
	/* "to" completes a role ("an adviser to the family"), but an aide to
	 * somebody named is still unnamed; a phrase never ends on "and" */
	r = tu_features("\"These are people,\" said Brian Bexley, a political adviser to the Ashby family. "
	                "\"We will act on this soon,\" said an aide to Mr. Harlow. "
	                "\"I do think so,\" said Rick Tolland, a former senior aide to Mr. Alvarado and Neil "
	                "Garvey and currently an analyst.");
	assert_true(
	        tu_find(r, "named_source", "Brian Bexley, a political adviser to the Ashby family", NULL));
	assert_true(tu_find(r, "anonymous_source", "an aide to Mr. Harlow", NULL));
	assert_true(tu_find(r, "named_source",
	                    "Rick Tolland, a former senior aide to Mr. Alvarado and Neil Garvey", NULL));
	crd_result_free(r);
	r = tu_features("Other advisers to the island's government said no. Advisers to Mr. Adeyemi say he "
	                "is tired.");
	assert_true(tu_find(r, "anonymous_source", "Other advisers to the island's government", NULL));
	assert_true(tu_find(r, "anonymous_source", "Advisers to Mr. Adeyemi", NULL));
	crd_result_free(r);
	/* an appositive on a role with no article; relatives; a number after
	 * its article; "that" after a verb of saying opens a clause */
	doc = "\"We won,\" said Sean Spader, chief strategist for the Republican National Committee. "
	      "\"No,\" said Smith, citing officials. Whitford's husband, Bill, said no. "
	      "According to a joint statement from the two agencies, the talks failed. "
	      "\"No,\" said Jones, adding that officials agreed. He gives the most reasoned example. "
	      "It is a fishing pact that the Japanese prime minister has backed.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_source",
	                    "Sean Spader, chief strategist for the Republican National Committee", NULL));
	assert_true(tu_find(r, "named_source", "Smith", NULL));
	assert_true(tu_find(r, "anonymous_source", "Whitford's husband, Bill,", NULL));
	assert_true(tu_find(r, "named_source", "a joint statement from the two agencies", NULL));
	assert_true(tu_find(r, "anonymous_source", "officials", NULL));
	assert_false(cue_covers(r, doc, "reasoned"));
	assert_true(tu_find(r, "named_source", "the Japanese prime minister", NULL));
	crd_result_free(r);
	/* an aside with no article closes its clause; a long one cut inside a
	 * place's name leaves the place out */
	r = tu_features(
	        "It worked so well that, according to the Daily Caller, Dayton marchers were singing. "
	        "The race will be tight, said Dan Gershon, director of Hudson Wordsmiths and an "
	        "independent political analyst in New York City. In fact, according to police, these "
	        "marchers were driven in from other counties.");
	assert_true(tu_find(r, "named_source", "the Daily Caller", NULL));
	assert_true(tu_find(r, "named_source", "police", NULL)); /* an auxiliary after: a subject */
	assert_true(tu_find(r, "named_source",
	                    "Dan Gershon, director of Hudson Wordsmiths and an independent political analyst",
	                    NULL));
	crd_result_free(r);
	/* a leading initial, an anonymity phrase ending in "to", a party tag
	 * with dots inside */
	r = tu_features(
	        "\"It is hard,\" said C. Stewart Vardaman Jr., a lobbyist. \"It is hard,\" said a source "
	        "close to the campaign. Rep. Gregory Maddox (D-N.Y.) said it was hard.");
	assert_true(tu_find(r, "named_person", "C. Stewart Vardaman Jr.", NULL));
	assert_true(tu_find(r, "named_source", "C. Stewart Vardaman Jr., a lobbyist", NULL));
	assert_true(tu_find(r, "anonymous_source", "a source close to the campaign", NULL));
	assert_true(tu_find(r, "named_source", "Rep. Gregory Maddox (D-N.Y.)", NULL));
	crd_result_free(r);
	/* a relative clause on "who" or "that" between the subject and the verb */
	r = tu_features("The utility that runs the dam did not respond. Officials who run the agency said no. "
	                "Officials who run the dam said no.");
	assert_true(tu_find(r, "named_source", "The utility that runs the dam", NULL));
	assert_true(tu_find(r, "anonymous_source", "Officials who run the agency", NULL));
	assert_true(tu_find(r, "anonymous_source", "Officials who run the dam", NULL));
	crd_result_free(r);
	/* a date between the speaker and the verb is no part of either */
	doc = "A CNN poll this month showed that voters trust him. Corvid co-founder Dustin Moskal this "
	      "month pledged $5 million. A Quinnipiac University poll released in late September found "
	      "him ahead. Whitford on Monday night accused Harlow of lying.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_source", "A CNN poll", NULL));
	assert_true(tu_find(r, "named_source", "Corvid co-founder Dustin Moskal", NULL));
	assert_true(tu_covers(r, doc, "named_source", "A Quinnipiac University poll"));
	assert_false(tu_covers(r, doc, "named_source", "late September"));
	assert_false(tu_covers(r, doc, "anonymous_source", "this month"));
	assert_false(tu_covers(r, doc, "anonymous_source", "Monday night"));
	crd_result_free(r);
	/* two descriptions joined by "and" */
	r = tu_features("\"No,\" said Melba Arroyo Ferrer, the president and chairwoman of the bank.");
	assert_true(tu_find(r, "named_source",
	                    "Melba Arroyo Ferrer, the president and chairwoman of the bank", NULL));
	crd_result_free(r);
}

/* Asides stacked after the name that opens the sentence all describe it;
 * the agency of a dateline never speaks in the sentence it runs into; "known
 * for" has no speaker; a label before a colon is no cue; a clause's subject
 * is whole. */
static void test_aside_chains_datelines_labels(void **state)
{
	(void)state;
	const char *doc =
	        "Alexandra Lyle, executive director of the Prairie Majority PAC, a Democratic super "
	        "PAC, "
	        "said she was hopeful. David Morland, founder of Truthline.org, a website known for its "
	        "opinions, told ABC News that he approves. The head of the FBI said no. "
	        "Readers of The New York Times said so.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = { 0 };
	assert_true(tu_find(
	        r, "named_source",
	        "Alexandra Lyle, executive director of the Prairie Majority PAC, a Democratic super PAC,",
	        NULL));
	assert_true(tu_find(r, "named_source",
	                    "David Morland, founder of Truthline.org, a website known for its opinions,",
	                    NULL));
	ev = must_find_cue(r, "known");
	assert_null(tu_attr(&ev, "source"));
	assert_false(tu_find(r, "anonymous_source", "a website", NULL));
	assert_true(tu_find(r, "named_source", "The head of the FBI", NULL));
	assert_true(tu_find(r, "vague_attribution", "Readers of The New York Times", NULL));
	crd_result_free(r);
	/* a few quoted words in the relative clause on the speaker belong to
	 * the speaker's phrase, and are nobody's words */
	doc = "\"She even shot a cooking show for herself last spring,\" an insider who used to work with "
	      "the "
	      "self-proclaimed \"Queen of Cake\" previously told Page Six. \"This will be a launch "
	      "pad for her brand.\"";
	r = tu_features(doc);
	ev = must_find_cue(r, "told");
	assert_string_equal(str_attr(&ev, "source"),
	                    "an insider who used to work with the self-proclaimed \"Queen of Cake\"");
	assert_false(tu_find(r, "direct_quote", "\"Queen of Cake\"", NULL));
	ev = must_find(r, "direct_quote", "\"This will be a launch pad for her brand.\"");
	assert_non_null(strstr(str_attr(&ev, "speaker"), "an insider"));
	crd_result_free(r);
	/* an aside with an owner inside, and an aside of its own after it */
	r = tu_features(
	        "Giovanni Maria Vitali, the editor of the diocese's newspaper, La Voce Cattolica, said "
	        "every bishop was both.");
	assert_true(tu_find(
	        r, "named_source",
	        "Giovanni Maria Vitali, the editor of the diocese's newspaper, La Voce Cattolica,", NULL));
	crd_result_free(r);
	/* a comma inside the aside */
	r = tu_features(
	        "Brayton Law School, moving to widen its doors to a bigger, more varied pool of applicants, "
	        "said on Wednesday that it would drop the entry exam. Bobby Kincaid, clad in a red, white "
	        "and "
	        "blue "
	        "shirt, told the crowd that he agrees.");
	assert_true(tu_find(
	        r, "named_source",
	        "Brayton Law School, moving to widen its doors to a bigger, more varied pool of applicants,",
	        NULL));
	assert_true(tu_find(r, "named_source", "Bobby Kincaid, clad in a red, white and blue shirt,", NULL));
	crd_result_free(r);
	/* "After the meeting with Harlow, officials said": no aside */
	r = tu_features("After the meeting with Harlow, officials said it went well.");
	assert_true(tu_find(r, "anonymous_source", "officials", NULL));
	crd_result_free(r);
	doc = "Harlow Posts a Photo – WARNING: Graphic Content\n\n"
	      "WASHINGTON, D.C. (AP) — Donald Harlow went to a new level this morning by tweeting a photo. "
	      "He tweeted, warning: \"Stop it.\"";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "WARNING"));
	assert_true(cue_covers(r, doc, "warning"));
	ev = must_find_cue(r, "tweeting");
	assert_string_equal(str_attr(&ev, "source"), "Donald Harlow");
	assert_false(tu_find(r, "named_source", "AP", NULL));
	crd_result_free(r);
	/* the subject of ", asking" runs on over titles and names, and a
	 * verb before it is no part of it */
	r = tu_features(
	        "Tulsa police chief Chuck Dennehy has contacted the DOJ, asking them to act. "
	        "That prompted Harlow campaign manager Carol Wendt to attack Whitford, saying it was wrong.");
	assert_true(tu_find(r, "named_source", "Tulsa police chief Chuck Dennehy", NULL));
	assert_true(tu_find(r, "named_source", "Harlow campaign manager Carol Wendt", NULL));
	crd_result_free(r);
}

/* What carries the words after a quotation ("'...,' read one sign"), verbs
 * of writing and restating, and "All told" that tells nothing. */
static void test_carriers_and_idioms(void **state)
{
	(void)state;
	const char *doc = "\"Stop the steal,\" read the banner. He read the book. \"We are open,\" it said. "
	                  "READ: the full story. The Vermont senator emailed supporters. The poll reaffirmed that "
	                  "he leads. All told, the group raised $4 million. Disclosures filed on Sunday revealed it.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "read");
	assert_string_equal(str_attr(&ev, "source"), "the banner");
	assert_true(tu_find(r, "named_source", "the banner", &ev));
	assert_string_equal(str_attr(&ev, "kind"), "document");
	assert_false(cue_covers(r, doc, "read the book"));
	assert_false(cue_covers(r, doc, "READ"));
	assert_true(tu_find(r, "named_source", "The Vermont senator", NULL));
	assert_true(cue_covers(r, doc, "emailed"));
	assert_true(tu_find(r, "named_source", "The poll", NULL));
	assert_false(cue_covers(r, doc, "told"));
	assert_true(tu_find(r, "vague_attribution", "Disclosures filed on Sunday", NULL));
	crd_result_free(r);
	/* "read" after a quotation and its carrier */
	doc = "\"We never set out to upset our customers,\" the company's statement read. He read the "
	      "book.";
	r = tu_features(doc);
	ev = must_find_cue(r, "read");
	assert_string_equal(str_attr(&ev, "source"), "the company's statement");
	assert_false(cue_covers(r, doc, "read the book"));
	crd_result_free(r);
	/* the manner of saying, right after a quotation and its speaker, a
	 * pronoun too; not after a scare quote, not on its own */
	doc = "Chloe Lind posted a photo on Friday. \"We are so happy together,\" she gushed. When Corliss "
	      "describes Whitford as \"honest,\" the audience laughs. She laughed at the joke.";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"We are so happy together,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Chloe Lind");
	assert_false(cue_covers(r, doc, "laughs"));
	assert_false(cue_covers(r, doc, "laughed"));
	crd_result_free(r);
	/* or after a report, a comma and its carrier that close the sentence;
	 * not after a clause of its own, nor joined by "and" */
	doc = "Keep pets indoors until the smoke clears, the county health office advises. After the "
	      "mayor spoke, the crowd laughed. The band played on and everyone laughed.";
	r = tu_features(doc);
	ev = must_find_cue(r, "advises");
	assert_string_equal(str_attr(&ev, "source"), "the county health office");
	assert_false(cue_covers(r, doc, "the crowd laughed"));
	assert_false(cue_covers(r, doc, "everyone laughed"));
	crd_result_free(r);
	/* verbs of breaking into a conversation */
	doc = "Sen. Ada Brooks interjected to say no. \"We have the votes,\" Governor Lena Park chimed in.";
	r = tu_features(doc);
	ev = must_find_cue(r, "interjected");
	assert_string_equal(str_attr(&ev, "source"), "Sen. Ada Brooks");
	ev = must_find_cue(r, "chimed in");
	assert_string_equal(str_attr(&ev, "source"), "Governor Lena Park");
	crd_result_free(r);
}

/* An inverted speaker described in lower case before the name; a time
 * word that opens the sentence is not part of the speaker. */
static void test_described_speakers(void **state)
{
	(void)state;
	const char *doc =
	        "The key is to stay calm, says psychologist Nancy Moller. \"We will win,\" said former "
	        "senator Bob Dorsey. It was over, said longtime GOP strategist Rick Walden. Yesterday "
	        "Senator Ted Alvarado said it.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_source", "psychologist Nancy Moller", NULL));
	assert_true(tu_find(r, "named_source", "former senator Bob Dorsey", NULL));
	assert_true(tu_find(r, "named_source", "longtime GOP strategist Rick Walden", NULL));
	assert_true(tu_find(r, "named_source", "Senator Ted Alvarado", NULL));
	crd_result_free(r);

	/* a description whose noun is a verb of saying too ("to champion"):
	 * the quotation is still the named speaker's, in both places */
	r = tu_features(
	        "\"She never gave up,\" said former 800-meter champion Dana Ruiz. Nothing came of it, "
	        "said Tom Oakes, a former champion.");
	assert_true(tu_find(r, "named_source", "former 800-meter champion Dana Ruiz", NULL));
	crd_evidence q = must_find(r, "direct_quote", "\"She never gave up,\"");
	assert_string_equal(str_attr(&q, "speaker"), "Dana Ruiz");
	assert_true(tu_find(r, "named_source", "Tom Oakes, a former champion", NULL));
	crd_result_free(r);
}

/* A noun and the name it goes by after "named" name the speaker: the
 * quotation is the named person's, and so is a pronoun after it. */
static void test_noun_named_name(void **state)
{
	(void)state;
	const char *doc = "A nurse named Orla Finnegan posted a photo online. \"It was chaos,\" she said.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_source", "A nurse named Orla Finnegan", NULL));
	assert_false(tu_find(r, "anonymous_source", "A nurse named Orla Finnegan", NULL));
	crd_evidence ev = must_find(r, "direct_quote", "\"It was chaos,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Orla Finnegan");
	crd_result_free(r);
}

/* A verb of telling with an infinitive right after it is a passive whose
 * noun is the hearer, the way headlines drop "were"; the active names its
 * hearer and keeps its speaker. */
static void test_headline_passive_instructions(void **state)
{
	(void)state;
	const char *doc = "Residents urged to boil tap water after flooding\n\n"
	                  "Patients told to stop taking the heart drug. Doctors urge parents to check "
	                  "records.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "anonymous_source", "Residents"));
	assert_false(tu_covers(r, doc, "vague_attribution", "Patients"));
	assert_false(tu_covers(r, doc, "anonymous_source", "Patients"));
	assert_true(tu_find(r, "anonymous_source", "Doctors", NULL));
	crd_result_free(r);
}

/* Research "supported by" a grant or a funder is paid for, no report and
 * no source; a bill supported by a party keeps its stance. */
static void test_funded_research(void **state)
{
	(void)state;
	const char *doc = "The study was supported by grants from the Lowell Institute. The work was "
	                  "supported by the Marsh Foundation. The bill was supported by most Democrats.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "the Marsh Foundation", NULL));
	assert_false(cue_covers(r, doc, "supported by grants"));
	assert_true(tu_find(r, "vague_attribution", "most Democrats", NULL));
	crd_result_free(r);
}

/* The papers of medical research are documents that speak, and the
 * people of a hospital unnamed sources; "Surgeon General" stays a title. */
static void test_research_papers_and_hospital_staff(void **state)
{
	(void)state;
	const char *doc = "A preprint on a public server found antibodies in seven workers. Two pharmacists "
	                  "said supplies ran short. The meta-analysis suggests a small effect. Surgeon "
	                  "General Ada Holt said the risk was small.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "A preprint on a public server");
	assert_string_equal(str_attr(&ev, "kind"), "document");
	ev = must_find(r, "named_source", "The meta-analysis");
	assert_string_equal(str_attr(&ev, "kind"), "document");
	assert_true(tu_find(r, "anonymous_source", "Two pharmacists", NULL));
	assert_true(tu_find(r, "named_source", "Surgeon General Ada Holt", NULL));
	crd_result_free(r);
	/* a time between the participle and where the paper was posted: the
	 * paper finds, it posts nothing */
	doc = "A preprint posted this month on a public server found antibodies in seven workers.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "posted"));
	ev = must_find(r, "named_source", "A preprint posted this month on a public server");
	assert_string_equal(str_attr(&ev, "cue"), "find");
	crd_result_free(r);
}

/* Whatever follows "according to" is the source: a document whose noun
 * a participle follows, a memoir, a name no vocabulary knows. */
static void test_according_to_documents_and_unknown_names(void **state)
{
	(void)state;
	const char *doc =
	        "He left, according to a memo released Friday by the watchdog. It was a root canal, "
	        "according to Marlowe's memoir. He was killed, according to a Washington Post database "
	        "tracking such deaths. According to Variety, CNN called back. The share is 15 percent, "
	        "according to Factcheck.org.";
	crd_result *r = tu_features(doc);
	assert_true(tu_covers(r, doc, "named_source", "a memo"));
	assert_true(tu_find(r, "named_source", "Marlowe's memoir", NULL));
	assert_true(tu_covers(r, doc, "named_source", "a Washington Post database"));
	assert_true(tu_find(r, "named_source", "Variety", NULL));
	assert_true(tu_find(r, "named_source", "Factcheck.org", NULL));
	crd_result_free(r);
	doc = "According to The Federalist, the men wore shirts. \"It may resume,\" the order released Friday said.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_source", "The Federalist", NULL));
	assert_false(tu_covers(r, doc, "named_source", "the men")); /* the clause after the comma */
	assert_true(tu_covers(r, doc, "named_source", "the order"));
	crd_result_free(r);
	/* whatever record "according to" names, set off from its clause; not
	 * "in accordance with" */
	doc = "She won, according to early returns. Crime fell, according to the most recent data available "
	      "from the FBI. He must share the money according to a formula agreed by all.";
	r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "early returns");
	assert_string_equal(str_attr(&ev, "kind"), "document");
	must_find(r, "named_source", "the most recent data available from the FBI");
	assert_false(tu_covers(r, doc, "named_source", "a formula"));
	crd_result_free(r);
	/* the agent of a passive, named or not; "As reported by X," opens
	 * the sentence as "According to X," does */
	doc = "As reported by The Washington Post, the secretary was wrong. The plan was criticized by "
	      "Western Journalism on Monday. Its work will be continued by the Bill and Melinda Gates "
	      "Foundation.";
	r = tu_features(doc);
	ev = must_find_cue(r, "reported");
	assert_string_equal(str_attr(&ev, "source"), "The Washington Post");
	assert_false(tu_covers(r, doc, "named_source", "the secretary"));
	ev = must_find_cue(r, "criticized");
	assert_string_equal(str_attr(&ev, "source"), "Western Journalism");
	must_find(r, "named_source", "the Bill and Melinda Gates Foundation");
	crd_result_free(r);
	doc = "As reported by Western Journalism, the deal fell through. It was endorsed by EagleRising.com "
	      "Get "
	      "your copy. The plan was criticized by Western Journalism   Republicans thought so.";
	r = tu_features(doc);
	ev = must_find_cue(r, "reported");
	assert_string_equal(str_attr(&ev, "source"), "Western Journalism");
	ev = must_find_cue(r, "endorsed");
	assert_string_equal(str_attr(&ev, "source"), "EagleRising.com");
	ev = must_find_cue(r, "criticized");
	assert_string_equal(str_attr(&ev, "source"), "Western Journalism");
	crd_result_free(r);
}

/* Where a speaker's phrase after its cue ends: before a preposition that
 * never completes a noun phrase ("during", "about"), before a setting ("at
 * the time", "at a news conference") and a contracted verb; "by" goes on
 * with it, and so does a second speaker after "and". */
static void test_speaker_phrase_ends(void **state)
{
	(void)state;
	crd_evidence ev;
	const char *doc =
	        "\"It is a fine day for us,\" proclaimed Prime Minister Dmitry Sorokin during an "
	        "appearance on television. It was wrong, said Senator Ada Brooks about the plan. "
	        "\"She was good,\" said Governor Lena Park at the time. \"We won,\" said Mayor Tom Ruiz "
	        "at a news conference in Dayton. Turnout rose, according to a poll conducted by Gallup. "
	        "The sum requested by the White House in its budget would cover 48 miles.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_source", "Prime Minister Dmitry Sorokin", NULL));
	assert_true(tu_find(r, "named_source", "Senator Ada Brooks", NULL));
	assert_true(tu_find(r, "named_source", "Governor Lena Park", NULL));
	assert_true(tu_find(r, "named_source", "Mayor Tom Ruiz", NULL));
	assert_true(tu_find(r, "named_source", "a poll conducted by Gallup", NULL));
	assert_true(tu_find(r, "named_source", "the White House", NULL));
	crd_result_free(r);
	/* a second speaker joined by "and" that closes the clause; a
	 * relative clause on "who", contracted or not, runs to the end */
	doc = "The actor Brad Pelham was seen with the French actress Marion Corvelle in the spring. The "
	      "affair was denied by both Pelham and Corvelle. It was over, according to Reuters and the AP. "
	      "It was over, according to Reuters and Harlow said so. It was a hit, according to the "
	      "reports of several critics who've seen it.";
	r = tu_features(doc);
	assert_true(tu_find(r, "named_source", "both Pelham and Corvelle", NULL));
	assert_true(tu_find(r, "named_source", "Reuters and the AP", NULL));
	assert_false(tu_find(r, "named_source", "Reuters and Harlow", NULL));
	assert_true(tu_find(r, "named_source", "Harlow", NULL));
	assert_true(tu_find(r, "named_source", "the reports of several critics who've seen it", NULL));
	crd_result_free(r);
	/* two roles joined by "and" before one name are one person; with
	 * plurals or an article, two speakers */
	doc = "The hotels were welcomed, said lobbyist and GOP strategist Charlie Blaine. They were not, "
	      "said protesters and police chief John Smith.";
	r = tu_features(doc);
	ev = must_find(r, "named_source", "lobbyist and GOP strategist Charlie Blaine");
	assert_string_equal(str_attr(&ev, "kind"), "person");
	assert_false(tu_find(r, "named_source", "protesters and police chief John Smith", NULL));
	crd_result_free(r);
	/* the first role may carry the name of its outlet; a name and a
	 * role are still two speakers */
	doc = "It was bad, said Fox News contributor and Republican strategist Barry Kinsella. It was over, "
	      "according to CNN and Fox News reporter John Smith.";
	r = tu_features(doc);
	ev = must_find(r, "named_source", "Fox News contributor and Republican strategist Barry Kinsella");
	assert_string_equal(str_attr(&ev, "kind"), "person");
	ev = must_find(r, "named_source", "CNN and Fox News reporter John Smith");
	assert_string_equal(str_attr(&ev, "kind"), "organisation");
	crd_result_free(r);
	/* a hyphen inside a word does not end the phrase */
	doc = "\"I read the letter and had to sit down,\" a U.S.-based housing advocate told reporters. It "
	      "was "
	      "close, said Craig Varney, a D.C.-based Democratic strategist.";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"I read the letter and had to sit down,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "a U.S.-based housing advocate");
	assert_true(tu_find(r, "named_source", "Craig Varney, a D.C.-based Democratic strategist", NULL));
	crd_result_free(r);
}

/* Adverbs between a pronoun and its verb are no speaker: "She all but flat
 * out dismissed it" is hers. */
static void test_adverbs_before_the_verb(void **state)
{
	(void)state;
	const char *doc =
	        "German Chancellor Angela Vossberg spoke on Monday. She all but openly dismissed the "
	        "idea.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "dismissed");
	assert_string_equal(str_attr(&ev, "source"), "She");
	ev = must_find(r, "named_source", "She");
	assert_string_equal(str_attr(&ev, "resolved_to"), "German Chancellor Angela Vossberg");
	crd_result_free(r);

	/* a frequency adverb is no part of the speaker */
	doc = "The American Legion twice complained to officials. Perhaps young voters prefer change. "
	      "Nobody ever said that.";
	r = tu_features(doc);
	ev = must_find_cue(r, "complained");
	assert_string_equal(str_attr(&ev, "source"), "The American Legion");
	assert_true(tu_find(r, "named_source", "The American Legion", NULL));
	ev = must_find_cue(r, "prefer");
	assert_string_equal(str_attr(&ev, "source"), "young voters");
	ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "Nobody");
	crd_result_free(r);
}

/* A relative clause without "who" or "that", opened by its own subject,
 * belongs to the speaker before it; an object before a clause does not
 * speak. */
static void test_contact_clauses(void **state)
{
	(void)state;
	const char *doc =
	        "She added that a port official she spoke to on camera said the pilot admitted it. "
	        "Still, none of the economists I called this week thought a deal was likely. "
	        "Smith told reporters he said nothing. He tried to warn his fellow Democrats they were "
	        "wrong.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "anonymous_source", "a port official she spoke to on camera");
	assert_string_equal(str_attr(&ev, "cue"), "say");
	ev = must_find_cue(r, "thought");
	assert_string_equal(str_attr(&ev, "source"), "none of the economists I called");
	ev = must_find(r, "named_source", "he");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Smith");
	assert_false(tu_covers(r, doc, "named_source", "reporters"));
	assert_false(tu_covers(r, doc, "vague_attribution", "his fellow Democrats"));
	crd_result_free(r);

	/* the clause's own verb may be one of saying; "all" before the
	 * phrase is part of it */
	doc = "He spoke. In her favor, all the experts I interviewed said her plans were detailed.";
	r = tu_features(doc);
	ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "all the experts I interviewed");
	crd_result_free(r);
	/* the word after a subject pronoun is its verb, no part of the phrase */
	doc = "We deserve leaders who tell us the truth.";
	r = tu_features(doc);
	ev = must_find(r, "vague_attribution", "who");
	assert_string_equal(str_attr(&ev, "resolved_to"), "leaders");
	crd_result_free(r);
	/* the clause may end with its preposition, and open the sentence */
	doc = "Experts I spoke to say the figure is optimistic. The aides we talked with said it failed. "
	      "It was a race in which he hopes to see a win.";
	r = tu_features(doc);
	ev = must_find_cue(r, "say");
	assert_string_equal(str_attr(&ev, "source"), "Experts I spoke to");
	ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "The aides we talked with");
	assert_false(cue_find(r, "see", NULL));
	crd_result_free(r);

	/* a verb joined by "and" to a relative clause's verb shares its
	 * "who", not the last speaker of the sentence */
	doc = "\"Go,\" Tom Ruiz told Ada Brooks, who answered her door on Sunday and said she would vote.";
	r = tu_features(doc);
	ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "who");
	crd_result_free(r);

	/* an adverb in the relative clause: the speaker is the one who
	 * worked there, not the shop */
	doc = "Someone who once consulted for that policy shop told me it was neither of the two.";
	r = tu_features(doc);
	ev = must_find_cue(r, "told");
	assert_string_equal(str_attr(&ev, "source"), "Someone who once consulted for that policy shop");
	crd_result_free(r);
}

/* Raised voices report words; "screamed in pain" does not. */
/* The part of a name that a speaker gave, set off after the clause that
 * says so, keeps the speaker unnamed, with or without a comma before "who". */
static void test_first_name_after_marker(void **state)
{
	(void)state;
	crd_result *r = tu_features("A driver who gave only his first name, Tomas, told reporters the bus "
	                            "had swerved.");
	crd_evidence ev;
	assert_true(tu_find(r, "anonymous_source", "A driver who gave only his first name, Tomas,", NULL));
	ev = must_find_cue(r, "told reporters");
	assert_string_equal(str_attr(&ev, "source"), "A driver who gave only his first name, Tomas");
	crd_result_free(r);
}

/* "reported missing" and "reported killed" say what became of somebody,
 * not who reported it; "reported that" still reports. */
static void test_reported_missing(void **state)
{
	(void)state;
	const char *doc = "A hiker earlier reported missing was found safe on Sunday. Two men were "
	                  "reported killed near the dam. Deputies reported that the road was closed.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "anonymous_source", "A hiker", NULL));
	assert_false(cue_covers(r, doc, "reported missing"));
	assert_false(cue_covers(r, doc, "reported killed"));
	assert_true(cue_covers(r, doc, "reported that"));
	crd_result_free(r);
}

/* A quotation that closes its line is not the words of the person the next
 * line opens with, in a text whose paragraphs are its lines: the speech goes
 * on from the verb before it. */
static void test_quote_line_then_next_line(void **state)
{
	(void)state;
	const char *doc = "The count went on past midnight.\n\n"
	                  "Erin Vale took the stage in Arden.\n"
	                  "\"We won tonight,\" she said. \"I will govern for everyone in this state.\"\n"
	                  "Carl Breck had not conceded, an aide said.\n";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "direct_quote", "\"I will govern for everyone in this state.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Erin Vale");
	crd_result_free(r);
	/* on one line, the verb after the full stop still names the speaker */
	r = tu_features("The count went on.\n\n\"I will govern for everyone in this state.\" Vale told the "
	                "crowd.\n");
	ev = must_find(r, "direct_quote", "\"I will govern for everyone in this state.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Vale");
	crd_result_free(r);
}

static void test_raised_voices(void **state)
{
	(void)state;
	const char *doc =
	        "Minutes later, the man had been shot. \"Why did you shoot him? Why?\" the woman screamed "
	        "at police. Latoya Stroud then yells to her husband, \"Keith, don't do it.\" \"Oh, my God,\" "
	        "a "
	        "young woman exclaimed.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "direct_quote", "\"Why did you shoot him? Why?\"");
	assert_string_equal(str_attr(&ev, "speaker"), "the woman");
	ev = must_find_cue(r, "yells");
	assert_string_equal(str_attr(&ev, "source"), "Latoya Stroud");
	ev = must_find_cue(r, "exclaimed");
	assert_string_equal(str_attr(&ev, "source"), "a young woman");
	crd_result_free(r);
	/* after a question, an attribution that ends its sentence with "to"
	 * and its hearer */
	doc = "Bill Marrow spoke. \"Are you ready to have some fun or not?\" Marrow said to the crowd. \"It "
	      "was "
	      "a "
	      "disgrace for the whole team,\" Mr. Burton fumed.";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"Are you ready to have some fun or not?\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Marrow");
	ev = must_find(r, "direct_quote", "\"It was a disgrace for the whole team,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Mr. Burton");
	crd_result_free(r);
	/* the gossip page's verbs, after a quotation or before one with a
	 * comma; not "shared a photo" */
	doc = "\"A little filler helps to soften those creases,\" theorized Dr. Lyle Back. \"She cares "
	      "about him and feels relieved,\" continues the friend. \"The problem is she is out of "
	      "touch,\" spilled another tipster. Dr. Simon Ardell shared, \"I recommend that women stop "
	      "now.\" She shared a photo of the twins.";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"A little filler helps to soften those creases,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Dr. Lyle Back");
	ev = must_find(r, "direct_quote", "\"She cares about him and feels relieved,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "the friend");
	ev = must_find(r, "direct_quote", "\"The problem is she is out of touch,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "another tipster");
	ev = must_find(r, "direct_quote", "\"I recommend that women stop now.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Dr. Simon Ardell");
	assert_false(cue_covers(r, doc, "shared a photo"));
	crd_result_free(r);
	/* finding a thing is no finding reported */
	doc = "She found a way to win. Two nuns are found slain in their home. The signs she had found "
	      "online were funny. The inspector general found that the staff followed up.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "found a way"));
	assert_false(cue_covers(r, doc, "found slain"));
	assert_false(cue_covers(r, doc, "found online"));
	ev = must_find_cue(r, "found");
	assert_string_equal(str_attr(&ev, "source"), "The inspector general");
	crd_result_free(r);
	/* knowing a person is no knowledge reported */
	doc = "People do not really know him. Anyone who knows her likes her. Voters know that it is late.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "know him"));
	assert_false(cue_covers(r, doc, "knows her"));
	must_find_cue(r, "know");
	crd_result_free(r);
	/* a wish after a modal is a hypothetical or the writer's advice */
	doc = "Donald Harlow may want to check his stats. He would not want to defend it. Voters want "
	      "change.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "want to check"));
	assert_false(cue_covers(r, doc, "want to defend"));
	must_find_cue(r, "want");
	crd_result_free(r);
	/* an attack on a place is a raid, not words; a tally is a document */
	doc = "Militants attacked southern Lebanon on Monday, killing 1,200 people, according to official "
	      "tallies. The senator attacked Mr. Adeyemi. President Ann Holt attacked Canada over its "
	      "tariffs.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "attacked southern"));
	must_find(r, "named_source", "President Ann Holt");
	must_find(r, "named_source", "official tallies");
	ev = must_find(r, "named_source", "The senator");
	assert_string_equal(str_attr(&ev, "cue"), "attack");
	crd_result_free(r);
	/* what could not be verified was not reported by the one who tried */
	doc = "The claim could not be independently verified by Reuters. Reuters could not verify the toll. "
	      "The Pentagon verified the video.";
	r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "Reuters", NULL));
	must_find(r, "named_source", "The Pentagon");
	crd_result_free(r);
	/* "following reports of" is what came before, nobody's report */
	doc = "Officers were called to Mill Lane at about 3pm following reports of a fight.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "reports of"));
	assert_false(tu_find(r, "named_source", NULL, NULL));
	crd_result_free(r);
	/* "continued to" goes on doing, it does not speak */
	doc = "Harlow continued to raise questions about it. \"We will win,\" Harlow continued.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "continued to"));
	ev = must_find(r, "direct_quote", "\"We will win,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Harlow");
	crd_result_free(r);
	/* a pal tattles, after the quotation only */
	doc = "\"It infuriated Carla that Dean started dating her,\" a close pal of Carla tattled to "
	      "The Enquirer. The boy tattled on his sister.";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"It infuriated Carla that Dean started dating her,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "a close pal of Carla");
	assert_false(cue_covers(r, doc, "tattled on"));
	crd_result_free(r);
	/* advice after a quotation is its speaker's; "advised" elsewhere is no report */
	doc = "\"Talk to people who support you,\" advises psychologist Mary Alcott. Ann Holt advised the "
	      "mayor on housing.";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"Talk to people who support you,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Mary Alcott");
	assert_false(cue_find(r, "advised", NULL));
	crd_result_free(r);
	/* a fan on a network speaks, not the network */
	doc = "\"The comments under the picture are sick,\" a fan on Twitter wrote.";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"The comments under the picture are sick,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "a fan on Twitter");
	crd_result_free(r);
	/* after a full stop: a setting or a hearer alone, not a new report */
	doc = "Richard Brannock and Daniel Adeyemi went kitesurfing. \"We set up a challenge. It was fun.\" "
	      "Brannock "
	      "wrote in a post on his website. \"We won the bet. It was close.\" Smith said on Monday the "
	      "plan "
	      "works. \"I lost. He was faster.\" Adeyemi told the BBC.";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"We set up a challenge. It was fun.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Brannock");
	ev = must_find(r, "direct_quote", "\"We won the bet. It was close.\"");
	assert_true(tu_attr(&ev, "speaker") == NULL || tu_attr(&ev, "speaker")->type == CRD_ATTR_NULL ||
	            strcmp(tu_attr(&ev, "speaker")->string, "Smith") != 0);
	ev = must_find(r, "direct_quote", "\"I lost. He was faster.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Adeyemi");
	crd_result_free(r);
	r = tu_features("She screamed in pain.");
	assert_false(cue_find(r, "screamed", NULL));
	assert_false(tu_find(r, "named_source", "She", NULL));
	crd_result_free(r);
	/* a crowd speaks, and so does a verb of shouting in its progressive */
	doc = "The crowd, a Democratic crowd at that, was chanting \"lock her up.\" Outside, "
	      "demonstrators were shouting at the police.";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"lock her up.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "The crowd, a Democratic crowd at that");
	ev = must_find_cue(r, "chanting");
	ev = must_find(r, "vague_attribution", "demonstrators");
	ev = must_find_cue(r, "shouting");
	assert_string_equal(str_attr(&ev, "source"), "demonstrators");
	crd_result_free(r);
	r = tu_features("He was screaming in pain.");
	assert_false(cue_find(r, "screaming", NULL));
	crd_result_free(r);
}

/* "As X put it" reports words; "put it on the table" does not. A floating
 * quantifier ("all", "both", "each") and a long parenthesis stand between
 * a speaker and the verb. */
static void test_put_it_and_floating_quantifiers(void **state)
{
	(void)state;
	const char *doc =
	        "Or, as Tom Ridley, a former deputy secretary of transportation, put it: \"The bills "
	        "are due.\" He put it on the table. We would not put it past them. The two men both "
	        "said it worked. Strategists for Daniel Adeyemi and Helen Whitford all agree that it "
	        "failed. Sen. Chris Mallory (a Connecticut Democrat so young-looking he has been taken for "
	        "an "
	        "intern) says it is true.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "put it");
	assert_string_equal(str_attr(&ev, "source"),
	                    "Tom Ridley, a former deputy secretary of transportation");
	assert_false(tu_find(r, "named_source", "He", NULL));
	assert_false(tu_find(r, "named_source", "We", NULL));
	ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "The two men");
	ev = must_find_cue(r, "agree");
	assert_string_equal(str_attr(&ev, "source"), "Strategists for Daniel Adeyemi and Helen Whitford");
	ev = must_find_cue(r, "says");
	assert_string_equal(str_attr(&ev, "source"), "Sen. Chris Mallory");
	crd_result_free(r);
}

/* An aside between dashes stands between the speaker and the verb as one
 * between commas does: it describes the speaker, unless it is a setting. */
static void test_dash_asides(void **state)
{
	(void)state;
	const char *doc =
	        "John Smith \xE2\x80\x94 a lawyer in Ohio \xE2\x80\x94 said it was fine. A senior "
	        "official -- who spoke on condition of anonymity -- said the talks failed. Later, Smith "
	        "\xE2\x80\x94 after a pause \xE2\x80\x94 told reporters he would stay. It was the "
	        "first lady, Ada Brooks \xE2\x80\x95 who famously rejected the offer.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "John Smith \xE2\x80\x94 a lawyer in Ohio");
	assert_string_equal(str_attr(&ev, "kind"), "person");
	assert_false(tu_find(r, "anonymous_source", "a lawyer in Ohio", NULL));
	assert_false(tu_find(r, "anonymous_source", "a lawyer", NULL));
	assert_true(tu_find(r, "anonymous_source", "A senior official -- who spoke on condition of anonymity",
	                    NULL));
	ev = must_find_cue(r, "told reporters");
	assert_string_equal(str_attr(&ev, "source"), "Smith");
	ev = must_find_cue(r, "rejected");
	assert_string_equal(str_attr(&ev, "source"), "who");
	ev = must_find(r, "named_source", "who");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Ada Brooks");
	crd_result_free(r);

	/* an aside that is the speaker's name makes the source named; a home
	 * place after the name is part of it */
	doc = "A former Republican candidate -- John Mayhew, who lost the 2012 primary -- said it failed. "
	      "Rep. Adam B. Shafer of California, the ranking Democrat on the committee, urged the "
	      "administration to act. Protesters marching through the streets chanted slogans.";
	r = tu_features(doc);
	ev = must_find(r, "named_source",
	               "A former Republican candidate -- John Mayhew, who lost the 2012 primary");
	assert_string_equal(str_attr(&ev, "kind"), "person");
	assert_false(tu_find(r, "anonymous_source",
	                     "A former Republican candidate -- John Mayhew, who lost the 2012 "
	                     "primary",
	                     NULL));
	ev = must_find_cue(r, "urged");
	assert_string_equal(str_attr(&ev, "source"),
	                    "Rep. Adam B. Shafer of California, the ranking Democrat on the committee");
	assert_false(tu_covers(r, doc, "named_source", "the administration"));
	ev = must_find_cue(r, "chanted");
	assert_string_equal(str_attr(&ev, "source"), "Protesters marching through the streets");
	crd_result_free(r);

	/* a party tag before the dashes */
	doc = "He spoke. The chairman, Sen. Bob Calder (R-Tenn.) -- who was a possible pick -- has said the "
	      "choice is good.";
	r = tu_features(doc);
	ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "Sen. Bob Calder (R-Tenn.) -- who was a possible pick");
	crd_result_free(r);

	/* a plural's possessive apostrophe keeps the phrase whole */
	doc = "People with knowledge of Gates' work said he was paid. The miners' union said it would "
	      "strike. "
	      "Voters' worries grew.";
	r = tu_features(doc);
	assert_true(tu_find(r, "anonymous_source", "People with knowledge of Gates' work", NULL));
	ev = must_find(r, "named_source", "The miners' union");
	assert_string_equal(str_attr(&ev, "kind"), "organisation");
	assert_false(cue_find(r, "worries", NULL));
	crd_result_free(r);
}

/* A number, a quantifier or a vague quantity before "of" belongs to the
 * speakers it counts, and so does the rest of a count. */
static void test_counted_speakers(void **state)
{
	(void)state;
	const char *doc =
	        "Two of the officials said it was wrong. Dozens of officials said it was wrong. A number "
	        "of tenants said so. A chorus of local Republicans said no. It was steep for Mr. "
	        "Stolz, said Bob Dorsey.";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "anonymous_source", "Two of the officials", NULL));
	assert_true(tu_find(r, "anonymous_source", "Dozens of officials", NULL));
	assert_true(tu_find(r, "vague_attribution", "A number of tenants", NULL));
	assert_true(tu_find(r, "vague_attribution", "A chorus of local Republicans", NULL));
	assert_true(tu_find(r, "named_source", "Bob Dorsey", NULL));
	crd_result_free(r);
	/* the whole count: a quantity before a name, a quantifier, paired
	 * modifiers, an article before a number, a focus adverb */
	doc = "Helen Whitford spoke on Monday in the city. At least three Republican U.S. senators said no. "
	      "Both "
	      "of her GOP senators said no. Three current and former Pardee employees said so. It was "
	      "over. "
	      "The two camps said so. Only 47 percent of likely voters said yes. The race is tight, and "
	      "Whitford and leading Democrats said so. Within five to 10 years Iran said it would.";
	r = tu_features(doc);
	assert_true(tu_find(r, "anonymous_source", "At least three Republican U.S. senators", NULL));
	assert_true(tu_find(r, "anonymous_source", "Both of her GOP senators", NULL));
	assert_true(tu_find(r, "anonymous_source", "Three current and former Pardee employees", NULL));
	assert_true(tu_find(r, "anonymous_source", "The two camps", NULL));
	assert_true(tu_find(r, "vague_attribution", "Only 47 percent of likely voters", NULL));
	assert_true(tu_find(r, "named_source", "Whitford and leading Democrats", NULL));
	assert_true(tu_find(r, "named_source", "Iran", NULL));
	crd_result_free(r);
	/* a sample described by its participle */
	doc = "By double digits, those surveyed say stricter laws would help. The order released Friday said "
	      "so.";
	r = tu_features(doc);
	assert_true(tu_find(r, "vague_attribution", "those surveyed", NULL));
	assert_true(tu_find(r, "named_source", "The order released Friday", NULL));
	crd_result_free(r);
}

/* A pronoun after a long quotation: the quotation's sentences go with the
 * one that opens it, so the speaker is still within reach. */
/* A name after a noun that is no person's opens a relative clause with no
 * "that": the name alone speaks. A person's noun or an adjective before it
 * stays with it. */
static void test_reduced_relatives(void **state)
{
	(void)state;
	const char *doc =
	        "The senators met on Monday to discuss the budget. It was far from the only lie "
	        "Whitford told this night. The economy is not in the shambles Harlow says it is. As "
	        "the journalist Molly Barr observed, the race is close. An incensed Bell asked why.";
	crd_result *r = tu_features(doc);
	must_find(r, "named_source", "Whitford");
	must_find(r, "named_source", "Harlow");
	assert_false(tu_find(r, "named_source", "the only lie Whitford", NULL));
	must_find(r, "named_source", "the journalist Molly Barr");
	must_find(r, "named_source", "An incensed Bell");
	crd_result_free(r);
}

/* A definite role noun refers back to a person: an office to one named
 * with that office, a role that is no office to the person named last, an
 * age epithet too; never through a possessive or a tail of its own. */
static void test_role_back_references(void **state)
{
	(void)state;
	const char *doc =
	        "At a rally in Dayton on Monday, Vice President Anne Marlow criticized the new budget plan. "
	        "Marlow spoke for twenty minutes to a crowd of workers. The vice president said the cuts "
	        "would hurt families. \"We will fight this,\" the president said later in a statement.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "The vice president");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Marlow");
	assert_true(tu_attr(&ev, "back_reference") != NULL);
	/* a vice president is no president */
	ev = must_find(r, "named_source", "the president");
	assert_null(tu_attr(&ev, "resolved_to"));
	ev = must_find(r, "direct_quote", "\"We will fight this,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "the president");
	crd_result_free(r);

	/* the office of an earlier mention with the same surname; the person
	 * named last, who holds another, is not the one */
	doc = "Gov. Tom Keller signed the water bill into law on Tuesday after weeks of delay. Keller "
	      "thanked the farmers who had waited for it. Officers later shot Dale Mercer near the "
	      "capitol during a protest. \"It was a sad day for the state,\" the governor said.";
	r = tu_features(doc);
	ev = must_find(r, "named_source", "the governor");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Keller");
	ev = must_find(r, "direct_quote", "\"It was a sad day for the state,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Keller");
	crd_result_free(r);
	doc = "Officers shot Dale Mercer near the capitol during a protest on Tuesday night. \"It was a "
	      "sad day for the state,\" the governor said.";
	r = tu_features(doc);
	ev = must_find(r, "named_source", "the governor");
	assert_null(tu_attr(&ev, "resolved_to"));
	crd_result_free(r);

	/* a role with a party takes the person named with that party and
	 * role, before the name or in an apposition; not an earlier role of
	 * the other party */
	doc = "Republican nominee Donald Harlow spoke in Ohio on Monday. Democratic nominee Helen Whitford "
	      "spoke in Iowa. The Republican nominee said the economy was weak. The Democratic nominee "
	      "said it was strong.";
	r = tu_features(doc);
	ev = must_find(r, "named_source", "The Republican nominee");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Donald Harlow");
	ev = must_find(r, "named_source", "The Democratic nominee");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Helen Whitford");
	crd_result_free(r);

	/* a role that is no office, and an age, take the person named last */
	doc = "Singer Harry Vance released his third record on Friday to warm reviews from critics. "
	      "Speaking to the magazine, the 24-year-old heartthrob explained that the record is a tribute "
	      "to his father. The candidate Ruth Ames toured three farms in Iowa on Monday afternoon. The "
	      "candidate said the farms needed rain.";
	r = tu_features(doc);
	ev = must_find(r, "named_source", "the 24-year-old heartthrob");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Harry Vance");
	ev = must_find(r, "named_source", "The candidate");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Ruth Ames");
	crd_result_free(r);

	/* a role in apposition to the last speaker is that speaker, tail or
	 * not; after a name that did not speak it opens a clause of its own */
	doc = "Several senators said they had doubts about the farm bill this week. \"I have sympathy for "
	      "the farmers,\" said Sen. Ruth Ames, R-Iowa, the chairman of the farm committee said on "
	      "Monday. "
	      "In an interview with Joe Cole and Mika Brown, the candidate stated that the plan had failed.";
	r = tu_features(doc);
	ev = must_find(r, "named_source", "the chairman of the farm committee");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Sen. Ruth Ames");
	ev = must_find(r, "named_source", "the candidate");
	assert_true(tu_attr(&ev, "resolved_to") == NULL ||
	            strcmp(tu_attr(&ev, "resolved_to")->string, "Mika Brown") != 0);
	crd_result_free(r);

	/* somebody else's: a possessive, a tail that names another body */
	doc = "Senator Ruth Ames toured three farms in Iowa on Monday afternoon with her staff. Her "
	      "campaign manager said the tour went well. The head of the farm bureau said the farms "
	      "needed rain.";
	r = tu_features(doc);
	ev = must_find(r, "named_source", "Her campaign manager");
	assert_null(tu_attr(&ev, "resolved_to"));
	ev = must_find(r, "named_source", "The head of the farm bureau");
	assert_null(tu_attr(&ev, "resolved_to"));
	crd_result_free(r);
}

static void test_pronoun_after_long_quote(void **state)
{
	(void)state;
	const char *doc =
	        "When asked how he would stop violence, Harlow responded, \"I would do it. I think you "
	        "have to. We did it in Tulsa. It worked remarkably well.\" He added, \"It was "
	        "remarkable.\"";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "He");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Harlow");
	ev = must_find(r, "direct_quote", "\"It was remarkable.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Harlow");
	crd_result_free(r);
	/* sentences outside quotations still count */
	doc = "When asked how he would stop violence, Harlow responded, \"I would do it.\" It rained. It "
	      "snowed. It ended. It cleared. It froze. It thawed. He added, \"It was incredible.\"";
	r = tu_features(doc);
	ev = must_find(r, "named_source", "He");
	const crd_attr *a = tu_attr(&ev, "resolved_to");
	assert_true(a && a->type == CRD_ATTR_NULL);
	crd_result_free(r);
}

/* Cues that take no source: "seemed"; a vote is a stance only for or
 * against something. */
static void test_seem_and_votes(void **state)
{
	(void)state;
	const char *doc = "Senator Ada Brooks seemed to retreat. The council voted 7-2 on Thursday. "
	                  "Governor Lena Park voted against the bill.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "seemed");
	assert_null(tu_attr(&ev, "source"));
	assert_false(cue_covers(r, doc, "voted 7-2"));
	assert_true(cue_covers(r, doc, "voted against"));
	crd_result_free(r);
}

/* A singular phrase after a preposition is no subject of a plural verb: the
 * verb agrees with a plural further back, or the "verb" is a noun. An
 * abstract noun ("the decision") is nobody's voice. */
static void test_agreement_and_abstract_subjects(void **state)
{
	(void)state;
	const char *doc =
	        "Concerns about the candidate suggest the race is close. "
	        "Hardliners in the government oppose the settlements. "
	        "All of my friends in government tell me they would be fired. "
	        "Members of the team say the deal is done. "
	        "The efforts to make good on a Democratic campaign promise four years in the making "
	        "obscure the splits. "
	        "The decision shows that he is worried. "
	        "\"It is wrong,\" the petition said. "
	        "Officials did not mention the total number of troops. "
	        "A Siena College poll for CBS News and The Wall Street Journal released last month "
	        "actually showed Harlow at 2 percent. Depositions released in March quote Harlow.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_source", "the candidate"));
	crd_evidence ev = must_find_cue(r, "oppose");
	assert_string_equal(str_attr(&ev, "source"), "Hardliners in the government");
	assert_false(tu_covers(r, doc, "named_source", "the government"));
	ev = must_find_cue(r, "tell");
	assert_string_equal(str_attr(&ev, "source"), "All of my friends in government");
	ev = must_find(r, "anonymous_source", "Members of the team");
	assert_false(cue_covers(r, doc, "promise"));
	ev = must_find_cue(r, "shows");
	assert_null(tu_attr(&ev, "source"));
	assert_false(tu_covers(r, doc, "anonymous_source", "The decision"));
	ev = must_find(r, "named_source", "the petition");
	assert_string_equal(str_attr(&ev, "kind"), "document");
	ev = must_find_cue(r, "mention");
	assert_non_null(tu_attr(&ev, "source"));
	/* a participle is no head noun: the phrase before it is the source */
	assert_false(tu_covers(r, doc, "anonymous_source", "Journal released"));
	must_find(r, "vague_attribution", "Depositions released in March");
	crd_result_free(r);

	/* a phrase no vocabulary knows: not the object of a preposition
	 * after another noun, unless a part of a whole or a plural that
	 * opens the clause is before it; and a thing that shows is no
	 * person but speaks as a document does, unless it is denied */
	doc = "The latest figures in three swing counties point to a tight finish. "
	      "Therefore, his silence at a fundraiser suggests something is wrong. "
	      "One of the organizers said the march would go on. "
	      "But bundlers in both parties said the race was close. "
	      "The metrics clearly show her zoning plan has stalled. "
	      "No tests have shown that the water is unsafe.";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "anonymous_source", "swing counties"));
	assert_false(tu_covers(r, doc, "anonymous_source", "a fundraiser"));
	must_find(r, "vague_attribution", "One of the organizers");
	ev = must_find(r, "vague_attribution", "bundlers in both parties");
	assert_false(tu_covers(r, doc, "anonymous_source", "The metrics"));
	ev = must_find_cue(r, "show");
	assert_string_equal(str_attr(&ev, "source"), "The metrics");
	ev = must_find(r, "named_source", "The metrics");
	assert_string_equal(str_attr(&ev, "kind"), "document");
	assert_false(tu_covers(r, doc, "named_source", "No tests"));
	crd_result_free(r);

	/* one of a kind opening its clause takes no bare verb: the word is
	 * a noun; but a hearer's object does, and so does a verb whose past
	 * is its bare form */
	doc = "As a general rule, if a student pays, the debt falls. "
	      "Before it began I heard a radio host say, \"This is the night of the year.\" "
	      "A Nebraska Republican put it more bluntly: \"He is not up to it.\" "
	      "But when pressed, a spokesman for Corwin would neither confirm nor deny it.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "rule"));
	assert_false(tu_covers(r, doc, "anonymous_source", "a general"));
	ev = must_find_cue(r, "say");
	assert_string_equal(str_attr(&ev, "source"), "a radio host");
	ev = must_find_cue(r, "put it");
	assert_string_equal(str_attr(&ev, "source"), "A Nebraska Republican");
	must_find_cue(r, "confirm");
	must_find_cue(r, "deny");
	crd_result_free(r);

	/* "add" with a figure after it counts, it does not speak */
	doc = "Employers added 200,000 jobs in May. The plan would add $84 billion to the debt. "
	      "He added that the plan works. \"It works,\" she added.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "added 200,000"));
	assert_false(cue_covers(r, doc, "add $84"));
	assert_false(tu_find(r, "named_source", "Employers", NULL));
	ev = must_find_cue(r, "added");
	assert_string_equal(str_attr(&ev, "source"), "He");
	crd_result_free(r);

	/* nor with a goal, a second one or another thing after it; after a
	 * quotation "another" is the one who speaks */
	doc = "Pike added a third in stoppage time. The council has added another layer of review. "
	      "\"It will pass,\" said one aide. \"It will not,\" added another.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "added a third"));
	assert_false(tu_find(r, "named_source", "Pike", NULL));
	assert_false(cue_covers(r, doc, "added another layer"));
	ev = must_find(r, "direct_quote", "\"It will not,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "another");
	crd_result_free(r);

	/* a bond posted and a ticket given ("cited for speeding") say nothing;
	 * a reason cited does */
	doc = "Ortiz was released after posting bond. The driver was cited for speeding. The mayor cited "
	      "rising costs.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "posting"));
	assert_false(tu_find(r, "named_source", "Ortiz", NULL));
	assert_false(cue_covers(r, doc, "cited for"));
	assert_true(cue_covers(r, doc, "cited rising"));
	crd_result_free(r);

	/* what was reported and when, a passive's participle, reports nothing;
	 * a speaker with a time after "reported" still does */
	doc = "A fire reported at 2 a.m. destroyed a barn. Deputies are looking into a burglary on "
	      "Linden Road reported Tuesday morning. The outbreak is spreading, officials reported Monday.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "reported at 2"));
	assert_false(tu_covers(r, doc, "anonymous_source", "A fire"));
	assert_false(cue_covers(r, doc, "reported Tuesday"));
	assert_false(tu_find(r, "named_source", "Linden Road", NULL));
	ev = must_find_cue(r, "reported");
	assert_string_equal(str_attr(&ev, "source"), "officials");
	crd_result_free(r);

	/* a clock time, a date or an occasion after the speaker is when and
	 * where, not part of who; a place of work is */
	doc = "The theft was reported by a neighbor at 9 p.m. The plan was criticized by the mayor at a "
	      "meeting. \"It works,\" wrote Ann Lee in 2019. The bill was backed by a professor at Yale.";
	r = tu_features(doc);
	assert_true(tu_find(r, "anonymous_source", "a neighbor", NULL));
	assert_true(tu_find(r, "named_source", "the mayor", NULL));
	assert_true(tu_find(r, "named_source", "Ann Lee", NULL));
	assert_false(tu_covers(r, doc, "named_source", "in 2019"));
	assert_false(tu_covers(r, doc, "anonymous_source", "at 9 p.m."));
	assert_true(tu_find(r, "anonymous_source", "a professor at Yale", NULL));
	crd_result_free(r);

	/* terms, a deal or a fee agreed are a bargain struck, no view shared;
	 * agreeing that something is so still is one */
	doc = "The winger has agreed personal terms with the club. The two firms agreed a deal on Monday. "
	      "The minister agreed that the plan was late.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "agreed personal"));
	assert_false(cue_covers(r, doc, "agreed a deal"));
	assert_true(cue_covers(r, doc, "agreed that"));
	crd_result_free(r);

	/* one presumed innocent, or dead, is no one's presumption reported */
	doc = "All persons arrested are presumed innocent until proven guilty. The crew were presumed dead. "
	      "Investigators presumed that the fire was set.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "presumed innocent"));
	assert_false(cue_covers(r, doc, "presumed dead"));
	assert_true(cue_covers(r, doc, "presumed that"));
	crd_result_free(r);
}

/* A date opening the sentence is no subject of the participle clause after
 * it: "Several hours later, Robin Waller ..., reminding ...". */
static void test_opening_dates(void **state)
{
	(void)state;
	const char *doc = "Several hours later, Robin Waller ended his feud, reminding his followers that "
	                  "he had won. Last week Ann Corbett refused, testifying before the committee.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "reminding");
	assert_string_equal(str_attr(&ev, "source"), "Robin Waller");
	assert_false(tu_covers(r, doc, "vague_attribution", "Several"));
	ev = must_find_cue(r, "testifying");
	assert_string_equal(str_attr(&ev, "source"), "Ann Corbett");
	crd_result_free(r);
}

/* A comma between a name that opens its clause and the verb, with no aside
 * in it: the name is the speaker, without the setting before it. */
static void test_stray_commas(void **state)
{
	(void)state;
	const char *doc =
	        "Gov. John Kestner (R-OH), said, \u201cI am getting ready to buy a rowing boat.\u201d "
	        "On Tuesday, Ann Lorne, said, \u201cWe are ready.\u201d";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "Gov. John Kestner (R-OH)");
	ev = must_find(r, "direct_quote", "\u201cI am getting ready to buy a rowing boat.\u201d");
	assert_string_equal(str_attr(&ev, "speaker"), "Gov. John Kestner");
	ev = must_find(r, "named_source", "Ann Lorne");
	ev = must_find(r, "direct_quote", "\u201cWe are ready.\u201d");
	assert_string_equal(str_attr(&ev, "speaker"), "Ann Lorne");
	crd_result_free(r);
}

/* A quotation opening the paragraph after an attributed one goes on with
 * its speaker, past a clause of the attribution that has a cue of its own;
 * a new attribution in a sentence of its own ends it. */
static void test_speech_goes_on(void **state)
{
	(void)state;
	const char *doc =
	        "\"Elections have no bearing on what we decide,\" Yarrow said at a news "
	        "conference after the bank set its new rate.\n\n"
	        "\"We do not talk about elections in that room and we never weigh them.\"\n\n"
	        "Yarrow spoke for an hour. The Fed said it would wait.\n\n"
	        "\"Rates will stay where they are for the rest of the year at least,\" a trader added.";
	crd_result *r = tu_features(doc);
	crd_evidence ev =
	        must_find(r, "direct_quote",
	                  "\"We do not talk about elections in that room and we never weigh them.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Yarrow");
	ev = must_find(r, "direct_quote",
	               "\"Rates will stay where they are for the rest of the year at least,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "a trader");
	crd_result_free(r);

	/* a show's title inside the attribution is not more of the speech,
	 * and the quotation after it goes on with the speaker; words inside
	 * the next sentence do too */
	doc = "\"Of course we are going to publish the full audit,\" Stolz said in an interview "
	      "on CNN's \"State of the Union\" Sunday. \"Thank goodness, the books are clean.\"\n\n"
	      "\"Ferris gave a speech at every stop on the line,\" Hallam said. And for that, \"he "
	      "was teased endlessly as a show-off.\"";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "direct_quote", "State of the Union"));
	ev = must_find(r, "direct_quote", "\"Thank goodness, the books are clean.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Stolz");
	ev = must_find(r, "direct_quote", "\"he was teased endlessly as a show-off.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Hallam");
	crd_result_free(r);

	/* a show after a plural owner's apostrophe is a title; a question's
	 * speaker and a weak verb of asking alone after it */
	doc = "\"It was a tie,\" Holt said on ABC News' \"Good Morning America\" today. \"The "
	      "audit, the charity, the favors.\" Jeb Corwin drove. \"You know you can earn $15 "
	      "an hour delivering groceries?\" Corwin asks.";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "direct_quote", "Good Morning America"));
	ev = must_find(r, "direct_quote", "\"The audit, the charity, the favors.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Holt");
	ev = must_find(r, "direct_quote", "\"You know you can earn $15 an hour delivering groceries?\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Corwin");
	crd_result_free(r);

	/* a question, then its speaker and hearer and where: the attribution
	 * follows the quotation in a sentence of its own */
	doc = "The post answered jokes about his height. \"Look at me, am I a short "
	      "man?\" Harlow told the crowd at his rally in Toledo. \"I promise you there is no "
	      "problem.\"";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"Look at me, am I a short man?\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Harlow");
	ev = must_find(r, "direct_quote", "\"I promise you there is no problem.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Harlow");
	crd_result_free(r);

	/* more words of the same sentence are the same speaker's, unless a
	 * label or another person stands between */
	doc = "Mary Jones told voters that her husband would be \"in charge of the economy,\" especially "
	      "\"in coal country and cities.\" STUMPF: \"I have not resigned.\" WARREN: \"That is not my "
	      "question.\"";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"in coal country and cities.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Mary Jones");
	ev = must_find(r, "direct_quote", "\"That is not my question.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "WARREN");
	crd_result_free(r);

	/* a closing mark lost after a sentence's end: the quotation runs to
	 * the next opening one, and the speech goes on there; the words in
	 * it are nobody's source */
	doc = "Here is what Mary Jones said: \u201cWe need everyone off the sidelines. Answers, not "
	      "anger. \u201cYou are here because you know this is no show,\u201d she added. "
	      "\u201cThe voters will decide.\u201d";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\u201cWe need everyone off the sidelines. Answers, not anger.");
	assert_string_equal(str_attr(&ev, "speaker"), "Mary Jones");
	ev = must_find(r, "direct_quote", "\u201cYou are here because you know this is no show,\u201d");
	assert_string_equal(str_attr(&ev, "speaker"), "Mary Jones");
	ev = must_find(r, "named_source", "she");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Mary Jones");
	crd_result_free(r);
}

/* A show's title is the hearer of a verb that takes one, or a broadcaster's
 * programme, and no one's words; a quotation that a dash or a comma and an
 * adverb lead into is the words of the verb before; an owner opening the
 * sentence keeps its place before a preposition's object. */
static void test_titles_and_lead_ins(void **state)
{
	(void)state;
	const char *doc =
	        "\"He did not ask her about the contracts at all,\" Harlow told \"Fox & Friends\" this "
	        "morning. \"He did not ask her about her debts.\" \"We visited Lisbon,\" Chris "
	        "Coyle told CNN \"New Day\" host Chris Colby.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "direct_quote", "Fox & Friends"));
	assert_false(tu_covers(r, doc, "direct_quote", "New Day"));
	crd_evidence ev = must_find(r, "direct_quote", "\"He did not ask her about her debts.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Harlow");
	crd_result_free(r);

	doc = "Mr. Adeyemi said the library would tell the stories of people often overlooked -- \"the "
	      "mill owner but also the weaver.\" Jane Hill said she looked forward to talking about the "
	      "challenges the port faces, primarily \"the very real threat from rising seas.\"";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\"the mill owner but also the weaver.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Mr. Adeyemi");
	ev = must_find(r, "direct_quote", "\"the very real threat from rising seas.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Jane Hill");
	crd_result_free(r);

	doc = "Helen Whitford's meeting with Petro Bondarenko took place on Monday. Before that meeting "
	      "she said the talks would be hard.";
	r = tu_features(doc);
	ev = must_find(r, "named_source", "she");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Helen Whitford");
	crd_result_free(r);
}

/* A long quotation may open far into the clause of a verb of saying; a
 * short one that far is a phrase the writer quotes. */
static void test_quote_deep_in_clause(void **state)
{
	(void)state;
	const char *doc = "Bernie Stolz, the senator from Maine, said the state's problems of rural poverty "
	                  "and absentee landlords are so stubborn that \"we have to look past the usual "
	                  "budgets and the usual promises.\"";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "direct_quote",
	                            "\"we have to look past the usual budgets and the usual promises.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Bernie Stolz");
	crd_result_free(r);

	/* after a preposition, when the quoted words go on the sentence in
	 * lower case; a title after one stays nobody's */
	doc = "Ann Holt noted that there was no reason for the mayor to dwell on \"the difference between "
	      "the two plans and what each would cost the city.\" Ben Ode spoke on \"Meet the Press\" today.";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote",
	               "\"the difference between the two plans and what each would cost the city.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Ann Holt");
	assert_false(tu_find(r, "direct_quote", "\"Meet the Press\"", NULL));
	crd_result_free(r);

	/* past a cue the verb's speaker does not say, to the speaker, not to
	 * the outlet that reports it; not past the subject of a main clause
	 * after the cue's subordinate one */
	doc = "David Mullins voted for Bernie Stolz. He said he believes the caucus system is "
	      "\u201coutdated,\u201d according to Hawaii News Now. In a later debate, when journalist Henry "
	      "Tewkes asked Ronald Rydell if his health would keep him from serving, Ronald Rydell had a "
	      "line for the ages: \u201cI ran two marathons this spring, and I will not "
	      "slow down now.\u201d";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\u201coutdated,\u201d");
	assert_string_equal(str_attr(&ev, "speaker"), "David Mullins");
	ev = must_find(r, "direct_quote",
	               "\u201cI ran two marathons this spring, and I will not slow down now.\u201d");
	const crd_attr *sp = tu_attr(&ev, "speaker");
	assert_true(sp == NULL || sp->type != CRD_ATTR_STRING || strcmp(sp->string, "Henry Tewkes") != 0);
	crd_result_free(r);

	/* a long one far into the clause after any word but a preposition */
	doc = "Adeyemi wrote in a statement that elevating the title of the envoy to ambassador was a "
	      "\"sensible step toward a steadier friendship between our two cities.\"";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote",
	               "\"sensible step toward a steadier friendship between our two cities.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Adeyemi");
	crd_result_free(r);
}

/* An organisation inside a relative clause of the aside is no speaker; the
 * speaker opens the aside. A colon sentence opened by a setting takes the
 * name after the setting. */
static void test_relatives_in_asides_and_settings(void **state)
{
	(void)state;
	const char *doc =
	        "\u201cThe decision has been made,\u201d Marianne Vervoort, a former aide who now heads up "
	        "the Hartwell Institute for Peace, Justice and Security, said of it. "
	        "\u201cIt is truly a relief. There is a sense of closure here.\u201d\n\n"
	        "In response to the damage, Republican nominee Donald Harlow issued the following "
	        "statement:\n\n\u201cOur thoughts are with everyone hurt by the floods in Dresden.\u201d";
	crd_result *r = tu_features(doc);
	assert_false(
	        tu_find(r, "named_source", "the Hartwell Institute for Peace, Justice and Security", NULL));
	crd_evidence ev = must_find(r, "direct_quote",
	                            "\u201cIt is truly a relief. There is a sense of closure here.\u201d");
	assert_string_equal(str_attr(&ev, "speaker"), "Marianne Vervoort");
	ev = must_find(r, "direct_quote",
	               "\u201cOur thoughts are with everyone hurt by the floods in Dresden.\u201d");
	assert_string_equal(str_attr(&ev, "speaker"), "Donald Harlow");
	crd_result_free(r);

	/* the place of work ends the aside before a relative clause of its
	 * own: the speaker is the expert who opens the sentence, not the
	 * college after "at" */
	doc = "Dr Ruth Amadi, a reader in public health at Queen's College Bristol, who was not involved "
	      "in the trial, said the results were robust.";
	r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "Queen's College Bristol, who was not involved in the trial",
	                     NULL));
	ev = must_find(r, "named_source",
	               "Dr Ruth Amadi, a reader in public health at Queen's College Bristol, who was not "
	               "involved in the trial,");
	assert_string_equal(str_attr(&ev, "kind"), "person");
	crd_result_free(r);

	/* a quotation after a sentence whose verb of saying has only a
	 * setting after it is what the verb announced; not after a verb that
	 * said something else */
	doc = "Ann Lorne said in a statement on Monday. \u201cThere are no paper ballots to recount at "
	      "all.\u201d "
	      "Ben Ode said so on Monday. \u201cThe results cannot be re-created or recounted now.\u201d";
	r = tu_features(doc);
	ev = must_find(r, "direct_quote", "\u201cThere are no paper ballots to recount at all.\u201d");
	assert_string_equal(str_attr(&ev, "speaker"), "Ann Lorne");
	ev = must_find(r, "direct_quote", "\u201cThe results cannot be re-created or recounted now.\u201d");
	const crd_attr *sp = tu_attr(&ev, "speaker");
	assert_true(sp && sp->type == CRD_ATTR_NULL);
	crd_result_free(r);

	/* a name that opens the sentence, then a comma and a description with
	 * its closing comma left out: the name speaks; not "Name, officials
	 * said, ..." */
	doc = "Sam Lau, the communications director for the party said the count was over. "
	      "Mr. Adeyemi, officials said, has become skeptical of the plan.";
	r = tu_features(doc);
	ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "Sam Lau, the communications director for the party");
	must_find(r, "named_source", "Sam Lau, the communications director for the party");
	must_find(r, "anonymous_source", "officials");
	crd_result_free(r);
}

/* Quotation marks garbled into mojibake ("\u00e2\u0080\u009c") are quotation marks,
 * and the quotation's span takes them whole. */
static void test_mojibake_quotes(void **state)
{
	(void)state;
	const char *doc = "Smith said: \xC3\xA2\xC2\x80\xC2\x9CWe\xC3\xA2\xC2\x80\xC2\x99re done "
	                  "with the plan.\xC3\xA2\xC2\x80\xC2\x9D He left. \xC3\xA2\xE2\x82\xAC\xC5\x93It "
	                  "is over,\xC3\xA2\xE2\x82\xAC\xC2\x9D Jones said.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "direct_quote",
	                            "\xC3\xA2\xC2\x80\xC2\x9CWe\xC3\xA2\xC2\x80\xC2\x99re done with the "
	                            "plan.\xC3\xA2\xC2\x80\xC2\x9D");
	assert_string_equal(str_attr(&ev, "speaker"), "Smith");
	ev = must_find(r, "direct_quote",
	               "\xC3\xA2\xE2\x82\xAC\xC5\x93It is over,\xC3\xA2\xE2\x82\xAC\xC2\x9D");
	assert_string_equal(str_attr(&ev, "speaker"), "Jones");
	crd_result_free(r);
}

/* A person set off by a dash: a pull quote's signature, a list's label. */
static void test_dash_speakers(void **state)
{
	(void)state;
	const char *doc =
	        "Consider these words.\n\n"
	        "\u201cI will fix the roads and nobody fixes roads better than me.\u201d \u2014 "
	        "Ann Holt\n\n"
	        "Tom Reed, former senator from Norland -- \u201cLoose lips sink ships. Got that? Loose "
	        "lips sink ships.\u201d\n\n"
	        "The campaign went on \u2014 \u201cwith many more problems than anyone had thought "
	        "possible at the time.\u201d\n";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(
	        r, "direct_quote", "\u201cI will fix the roads and nobody fixes roads better than me.\u201d");
	assert_string_equal(str_attr(&ev, "speaker"), "Ann Holt");
	ev = must_find(r, "direct_quote",
	               "\u201cLoose lips sink ships. Got that? Loose lips sink ships.\u201d");
	assert_string_equal(str_attr(&ev, "speaker"), "Tom Reed");
	ev = must_find(r, "direct_quote",
	               "\u201cwith many more problems than anyone had thought possible at the time.\u201d");
	const crd_attr *sp = tu_attr(&ev, "speaker");
	assert_true(sp && sp->type == CRD_ATTR_NULL);
	crd_result_free(r);
}

/* Single quotation marks quote where no double ones hold them: British
 * copy, with a double quotation inside; a single quotation inside a double
 * one stays part of it; a plural's apostrophe closes nothing. */
static void test_single_quotes(void **state)
{
	(void)state;
	const char *doc =
	        "Mayor Linda Ortiz spoke on Tuesday.\n\n"
	        "\u2018We cannot keep writing blank checks,\u2019 she told the council. \u2018The "
	        "players\u2019 union said \u201cno\u201d to every offer we made,\u2019 she added.\n\n"
	        "Chief David Kerr disagreed. \"When I said 'no cuts' I meant it, and I still mean it "
	        "today,\" Kerr said.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "direct_quote", "\u2018We cannot keep writing blank checks,\u2019");
	assert_string_equal(str_attr(&ev, "speaker"), "Mayor Linda Ortiz");
	ev = must_find(r, "direct_quote",
	               "\u2018The players\u2019 union said \u201cno\u201d to every offer we made,\u2019");
	assert_string_equal(str_attr(&ev, "speaker"), "Mayor Linda Ortiz");
	ev = must_find(r, "direct_quote", "\"When I said 'no cuts' I meant it, and I still mean it today,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Kerr");
	assert_false(tu_find(r, "direct_quote", "'no cuts'", NULL));
	assert_false(tu_find(r, "direct_quote", "\u201cno\u201d", NULL));
	crd_result_free(r);
}

/* A quotation in typewriter single marks left open at a paragraph's end,
 * the next paragraph opening on a mark again, runs over both paragraphs
 * with one speaker; a lone apostrophe before a paragraph that opens on no
 * mark quotes nothing. */
static void test_single_quotes_over_paragraphs(void **state)
{
	(void)state;
	const char *doc = "Sgt Nora Blake said: 'The fire spread through the roof within minutes.\n\n"
	                  "'We are lucky nobody was hurt.'\n\n"
	                  "The band played rock 'n roll all night.\n\n"
	                  "Doors open at eight.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "direct_quote", "'The fire spread through the roof within minutes.");
	assert_string_equal(str_attr(&ev, "speaker"), "Sgt Nora Blake");
	ev = must_find(r, "direct_quote", "'We are lucky nobody was hurt.'");
	assert_string_equal(str_attr(&ev, "speaker"), "Sgt Nora Blake");
	assert_false(tu_covers(r, doc, "direct_quote", "roll all night"));
	crd_result_free(r);
}

/* A name with post-nominal letters speaks with them: a counsel's rank, an
 * Irish deputy's seat. */
static void test_post_nominal_speakers(void **state)
{
	(void)state;
	const char *doc = "Opening the case, Helen Marsh KC said the account was false. "
	                  "Ruth Byrne TD told reporters the plan was dead.";
	crd_result *r = tu_features(doc);
	must_find(r, "named_source", "Helen Marsh KC");
	must_find(r, "named_source", "Ruth Byrne TD");
	crd_result_free(r);
	/* the deputy's title before the name too; a firm whose name opens
	 * with the letters stays a firm */
	r = tu_features("Labour TD Aoife Quinlan said the scheme had failed. Investors in TD Ameritrade "
	                "were told of the sale.");
	crd_evidence ev = must_find(r, "named_source", "Labour TD Aoife Quinlan");
	assert_string_equal(str_attr(&ev, "kind"), "person");
	assert_true(tu_find(r, "named_org", "TD Ameritrade", NULL));
	assert_false(tu_find(r, "named_person", "TD Ameritrade", NULL));
	crd_result_free(r);
}

/* "quoting" before a reference, a log or a code asks a caller to give a
 * number: no attribution; before a source it still quotes one. */
static void test_quoting_references(void **state)
{
	(void)state;
	const char *doc = "Anyone who saw the van is asked to call 101 quoting reference 4471 of 2 May. "
	                  "Witnesses can also ring the incident room, quoting log 982. "
	                  "The mayor replied, quoting a study by the county.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "quoting reference"));
	assert_false(cue_covers(r, doc, "quoting log"));
	must_find(r, "named_source", "a study by the county");
	crd_result_free(r);
}

/* Counsel's role between commas after a name ("defending") is an aside
 * of the speaker, no second report; an -ing verb between commas before a
 * quotation still reports it. */
static void test_counsel_asides(void **state)
{
	(void)state;
	const char *doc = "Mark Dunn, defending, said his client had shown remorse. "
	                  "Later the senator hit back, tweeting, \"The vote was rigged.\"";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, "defending", NULL));
	assert_false(tu_find(r, "named_source", "Mark Dunn", NULL));
	must_find(r, "named_source", "Mark Dunn, defending,");
	must_find_cue(r, "tweeting");
	crd_result_free(r);
}

/* An -ing form that heads a compound noun ("planning permission",
 * "reporting restrictions", "a supporting role") reports nothing; the verb
 * before its object still does. */
static void test_ing_compound_nouns(void **state)
{
	(void)state;
	const char *doc =
	        "The council granted planning permission for the flats. "
	        "The judge lifted reporting restrictions on the case. "
	        "For Ms Hart, after six years in the club's chief supporting role, the move felt natural. "
	        "The mayor is planning to sell the depot.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "planning permission"));
	assert_false(cue_covers(r, doc, "reporting restrictions"));
	assert_false(cue_covers(r, doc, "supporting role"));
	assert_false(tu_find(r, "named_source", "The judge", NULL));
	must_find_cue(r, "planning");
	crd_result_free(r);
}

/* A definite noun for a kind of firm or institution speaks for an
 * organisation, not for an unnamed person. */
static void test_institution_nouns(void **state)
{
	(void)state;
	const char *doc = "The supermarket said prices would fall in March. "
	                  "The broadcaster said the series would return. "
	                  "The constabulary said two officers were hurt.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "The supermarket");
	assert_string_equal(str_attr(&ev, "kind"), "organisation");
	ev = must_find(r, "named_source", "The broadcaster");
	assert_string_equal(str_attr(&ev, "kind"), "organisation");
	ev = must_find(r, "named_source", "The constabulary");
	assert_string_equal(str_attr(&ev, "kind"), "organisation");
	assert_false(tu_find(r, "anonymous_source", NULL, NULL));
	crd_result_free(r);
}

/* "they" goes back to a family, which speaks as a group. */
static void test_family_as_group(void **state)
{
	(void)state;
	const char *doc = "In a statement, the boy's family said they were relieved.\n\n"
	                  "\"We want to thank everyone who searched,\" they said.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "direct_quote", "\"We want to thank everyone who searched,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "the boy's family");
	crd_result_free(r);
}

/* The subject of a verb joined by "but" or "and" runs over a noun before
 * a source noun ("State news agency"), not over a verb after a name. */
static void test_coordinated_subjects(void **state)
{
	(void)state;
	crd_result *b = tu_features("Both the mayor and the governor said the bridge was safe.");
	must_find(b, "named_source", "Both the mayor and the governor");
	crd_result_free(b);
	const char *doc =
	        "State news agency KNTA gave no figures but said the rebels had fled. "
	        "Independent presidential candidate Joan Mills also weighed in, saying the count was "
	        "wrong. Mr. Pell lost several close allies and said he would go on.";
	crd_result *r = tu_features(doc);
	must_find(r, "named_source", "State news agency KNTA");
	must_find(r, "named_source", "Independent presidential candidate Joan Mills");
	must_find(r, "named_source", "Mr. Pell");
	assert_false(tu_find(r, "vague_attribution", NULL, NULL));
	assert_false(tu_find(r, "anonymous_source", NULL, NULL));
	crd_result_free(r);
}

/* An -ed cue that ends its sentence after a preposition's object
 * describes the object; the object says nothing. */
static void test_participles_after_prepositions(void **state)
{
	(void)state;
	const char *doc = "The author holds no shares in the companies mentioned. "
	                  "The figures come from the two reports cited. "
	                  "The mayor said nothing about the plans announced.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "vague_attribution", NULL, NULL));
	assert_false(tu_find(r, "anonymous_source", NULL, NULL));
	assert_false(cue_find(r, "mentioned", NULL));
	assert_false(cue_find(r, "cited", NULL));
	assert_false(cue_find(r, "announced", NULL));
	must_find(r, "named_source", "The mayor");
	crd_result_free(r);

	/* "described as" after a plain noun describes that thing */
	doc = "The boy was taken to Eastport General Hospital with injuries described as serious. "
	      "The blast, which Mayor Ann Holt described as an attack, shook the town.";
	r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "Eastport General Hospital with injuries", NULL));
	assert_false(tu_find(r, "anonymous_source", NULL, NULL));
	crd_evidence ev = must_find(r, "named_source", "Mayor Ann Holt");
	assert_string_equal(str_attr(&ev, "cue"), "describe");
	crd_result_free(r);

	/* a subject after a preposition's phrase still speaks */
	doc = "In the end, the companies objected.";
	r = tu_features(doc);
	must_find_cue(r, "objected");
	crd_result_free(r);
}

/* A country's armed service is an organisation that speaks for itself,
 * not somebody unnamed. */
static void test_armed_services(void **state)
{
	(void)state;
	crd_result *r = tu_features("Norland's air force said it had shot down 41 of 57 drones. "
	                            "The navy said one ship was hit.");
	crd_evidence ev = must_find(r, "named_source", "Norland's air force");
	assert_string_equal(str_attr(&ev, "kind"), "organisation");
	must_find(r, "named_source", "The navy");
	assert_false(tu_find(r, "anonymous_source", NULL, NULL));
	crd_result_free(r);
}

/* "put the death toll at": an estimate given, by whoever puts it. */
static void test_estimates_given(void **state)
{
	(void)state;
	const char *doc = "Local officials put the death toll at 40. Another official put the number "
	                  "closer to 25. He put the number on the form.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "put the death toll");
	assert_string_equal(str_attr(&ev, "source"), "Local officials");
	ev = must_find_cue(r, "put the number");
	assert_string_equal(str_attr(&ev, "source"), "Another official");
	assert_false(cue_covers(r, doc, "put the number on"));
	crd_result_free(r);
}

/* A name set off after an unnamed speaker names that speaker; a name
 * that opens a clause of its own does not. */
static void test_apposed_names(void **state)
{
	(void)state;
	const char *doc =
	        "The cause was heart failure, said her daughter, Ruth Whitcomb. \"We will appeal,\" "
	        "said his lawyer, Mark Stein, who declined to say more. According to police, Smith "
	        "was arrested on Monday.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "her daughter, Ruth Whitcomb");
	assert_string_equal(str_attr(&ev, "kind"), "person");
	must_find(r, "named_source", "his lawyer, Mark Stein,");
	crd_result *w = tu_features(
	        "\"We need more help,\" said Ana Ruiz, a nurse, who noted that staffing was short.");
	ev = must_find(w, "named_source", "who");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Ana Ruiz");
	assert_false(tu_find(w, "anonymous_source", NULL, NULL));
	crd_result_free(w);
	assert_false(tu_find(r, "anonymous_source", NULL, NULL));
	must_find(r, "named_source", "police");
	assert_false(tu_covers(r, doc, "named_source", "Smith was"));
	crd_result *f = tu_features("As first reported by Page Six, the couple wed in Maui.");
	must_find(f, "named_source", "Page Six");
	crd_result_free(f);
	crd_result_free(r);
	/* a verb after the name makes it its clause's subject */
	doc = "A column aired on Monday as the latest example of remarks about women, said the nominee's "
	      "wife, Monica, is a decoration.";
	r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_source", "Monica"));
	crd_result_free(r);
}

/* Anonymity in other words, and the people celebrity copy quotes: an
 * unnamed whistleblower, a star's rep or publicist. */
static void test_anonymity_and_representatives(void **state)
{
	(void)state;
	const char *doc =
	        "One whistleblower, who asked that we not use her name, told us that staff were "
	        "instructed to keep quiet. \"We were told to say nothing,\" she said. Jenna Hart and "
	        "Luke Moreno split. A rep for Hart did not comment. Moreno's publicist called the "
	        "rumors false.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "told");
	assert_non_null(strstr(str_attr(&ev, "source"), "One whistleblower"));
	assert_true(tu_covers(r, doc, "anonymous_source",
	                      "One whistleblower, who asked that we not use her name"));
	ev = must_find(r, "anonymous_source", "she");
	assert_non_null(strstr(str_attr(&ev, "resolved_to"), "One whistleblower"));
	must_find(r, "named_source", "A rep for Hart");
	must_find(r, "named_source", "Moreno's publicist");
	crd_result_free(r);
	/* the marker in a relative clause with its own verb */
	r = tu_features("Two people who were briefed on the talks said a deal was close.");
	must_find(r, "anonymous_source", "Two people who were briefed on the talks");
	crd_result_free(r);
}

/* A crowd's noun capitalised by a title-case headline is no name. */
static void test_headline_crowds(void **state)
{
	(void)state;
	crd_result *r =
	        tu_features("Jenna Hart and Luke Moreno Are Headed for Divorce, Insiders Claim\n"
	                    "The pair wed in 2019. A source close to the couple said they had split.\n");
	must_find(r, "anonymous_source", "Insiders");
	assert_false(tu_find(r, "named_source", "Insiders", NULL));
	assert_false(tu_find(r, "named_person", "Insiders", NULL));
	crd_result_free(r);
}

/* A capitalised verb inside an organisation's name reports nothing, and a
 * contact line is no speaker's label. */
static void test_names_and_contact_lines(void **state)
{
	(void)state;
	const char *doc = "Colonies fell by half, according to a survey by the Bee Informed Partnership.\n"
	                  "Media Contact: press@brightwater.example.com\n";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, "Informed", NULL));
	assert_false(cue_find(r, ":", NULL));
	assert_false(tu_find(r, "named_source", "Media Contact", NULL));
	crd_result_free(r);
}

/* A quotation right after a verb of saying is that verb's speaker's when
 * the verb after it has a clause of its own. */
static void test_quote_before_own_clause(void **state)
{
	(void)state;
	crd_result *r =
	        tu_features("In what aides described as a \"clean sweep of the agencies,\" "
	                    "Donald Harlow announced on Friday that he would replace the board. After "
	                    "Brisco warned against \"a double standard,\" Wendt added that the two "
	                    "campaigns \"are reading from different maps.\"");
	crd_evidence ev = must_find(r, "direct_quote", "\"clean sweep of the agencies,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "aides");
	ev = must_find(r, "direct_quote", "\"a double standard,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Brisco");
	ev = must_find(r, "direct_quote", "\"are reading from different maps.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Wendt");
	crd_result_free(r);
}

/* A participle that modifies a document's noun is no cue, and the phrase
 * it ends with belongs to that noun; an agent after "by" still cites. */
static void test_reduced_relative_documents(void **state)
{
	(void)state;
	const char *doc =
	        "A video posted on YouTube shows the senator accepting cash. A statement posted on the "
	        "ministry's website said the talks had failed. A message posted to Facebook by the "
	        "group claimed the attack. She posted on Facebook that she was leaving. All signs "
	        "pointed to Adeyemi endorsing Whitford. An article cited by her campaign quoted experts.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "posted on YouTube"));
	crd_evidence ev = must_find_cue(r, "shows");
	assert_string_equal(str_attr(&ev, "source"), "A video posted on YouTube");
	ev = must_find(r, "named_source", "A statement posted on the ministry's website");
	assert_string_equal(str_attr(&ev, "kind"), "document");
	assert_false(tu_find(r, "named_source", "the ministry's website", NULL));
	must_find(r, "named_source", "A message posted to Facebook by the group");
	assert_true(cue_covers(r, doc, "posted on Facebook that"));
	assert_true(cue_covers(r, doc, "cited by"));
	assert_true(cue_covers(r, doc, "pointed"));
	crd_result_free(r);
}

/* An anonymity clause that goes on with its reason before the verb is
 * still the speaker's; a reason with a verb of its own is no speaker. */
static void test_anonymity_reasons(void **state)
{
	(void)state;
	const char *doc =
	        "A senior official who spoke on condition of anonymity because he was not authorized to "
	        "discuss the matter publicly said the toll would rise. The two officials spoke on "
	        "condition of anonymity because they were not authorized to talk about the case.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "said");
	assert_non_null(
	        strstr(str_attr(&ev, "source"), "A senior official who spoke on condition of anonymity"));
	assert_true(tu_covers(r, doc, "anonymous_source", "A senior official"));
	assert_false(tu_find(r, "anonymous_source", "the matter", NULL));
	assert_false(tu_covers(r, doc, "anonymous_source", "The two officials spoke"));
	crd_result_free(r);
}

/* A plural of people opening a sentence is a crowd that speaks, whatever
 * its capital; a surname there is no crowd. */
static void test_crowds_opening_sentences(void **state)
{
	(void)state;
	const char *doc =
	        "More than 300 passengers were stranded at the airport. Passengers said the scenes were "
	        "chaotic. Bernie Stolz spoke later. Stolz said the plan was fair.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "vague_attribution", "Passengers");
	assert_string_equal(str_attr(&ev, "cue"), "say");
	must_find(r, "named_source", "Stolz");
	crd_result_free(r);
}

/* A spokesperson speaks for the organisation the phrase names, whether or
 * not the names detector took the word for a name. */
static void test_spokespeople_of_named_bodies(void **state)
{
	(void)state;
	crd_result *r =
	        tu_features("The recall was voluntary, said a spokesman for Ford. A Treasury spokesman "
	                    "said no decision had been made. A city spokesperson declined to comment.");
	crd_evidence ev = must_find(r, "named_source", "a spokesman for Ford");
	assert_string_equal(str_attr(&ev, "kind"), "organisation");
	must_find(r, "named_source", "A Treasury spokesman");
	must_find(r, "anonymous_source", "A city spokesperson");
	crd_result_free(r);
}

/* Members of parliament: a title before a name, an office alone. */
static void test_members_of_parliament(void **state)
{
	(void)state;
	const char *doc = "Labour MP Jess Pilling said the plan was flawed. \"We will win,\" said a Tory MP. "
	                  "Nevada Senators said they would vote no.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "Labour MP Jess Pilling");
	assert_string_equal(str_attr(&ev, "kind"), "person");
	must_find(r, "anonymous_source", "a Tory MP");
	ev = must_find(r, "direct_quote", "\"We will win,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "a Tory MP");
	assert_false(tu_find(r, "named_person", "Nevada Senators", NULL));
	assert_false(tu_find(r, "named_source", "Nevada Senators", NULL));
	crd_result_free(r);
}

/* A document an outlet saw is the source of what it shows; a cue word
 * that ends a possessive's phrase is a noun. */
static void test_documents_seen_and_possessed_nouns(void **state)
{
	(void)state;
	const char *doc =
	        "An internal memo seen by The Guardian shows that revenue missed targets. The company "
	        "raised its annual sales forecast and announced a buyback. He blamed the board that "
	        "he claims, and his allies believe, has let them down.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "shows");
	assert_string_equal(str_attr(&ev, "source"), "An internal memo seen by The Guardian");
	assert_false(cue_find(r, "seen", NULL));
	assert_false(cue_find(r, "forecast", NULL));
	ev = must_find_cue(r, "announced");
	assert_string_equal(str_attr(&ev, "source"), "The company");
	assert_true(cue_find(r, "believe", NULL));
	crd_result_free(r);
}

/* A bare cue word after a figure that an article opens, or after a
 * singular noun of a person that ends its phrase, heads a compound noun;
 * a plural subject or a bare count keeps its verb. */
static void test_compound_nouns(void **state)
{
	(void)state;
	const char *doc = "The index erased a 6% decline from March. Earnings topped the average analyst "
	                  "estimate of $2.10. Risks include weaker customer demand, tariffs and strikes. "
	                  "Economists estimate that prices will rise. The three admit that the plan is late.";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, "decline", NULL));
	assert_false(cue_find(r, "demand", NULL));
	/* the first "estimate" found is the economists', not the analyst's */
	crd_evidence ev = must_find_cue(r, "estimate");
	assert_string_equal(str_attr(&ev, "source"), "Economists");
	ev = must_find_cue(r, "admit");
	assert_string_equal(str_attr(&ev, "source"), "The three");
	crd_result_free(r);
}

/* A firm's name that ends in an abbreviation and its ticker in brackets
 * opens the aside about it; the abbreviation is no state's tag. */
static void test_firms_with_tickers_and_asides(void **state)
{
	(void)state;
	const char *doc =
	        "Brackley Tools Inc. (NYSE: BRK), a maker of garden equipment, today announced a new "
	        "line of mowers. Dana Reyes, 41, of Salem, Ore., said the mowers were late.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "announced");
	assert_string_equal(str_attr(&ev, "source"),
	                    "Brackley Tools Inc. (NYSE: BRK), a maker of garden equipment");
	ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "Dana Reyes, 41, of Salem, Ore.");
	crd_result_free(r);
}

/* Two offices of one person joined by "and" before the name are one
 * speaker, whose quotation it is; "which" after such a phrase is the
 * organisation's. */
static void test_paired_offices(void **state)
{
	(void)state;
	const char *doc =
	        "The mill is closing, the company said.\n\n\"We waited too long,\" Hollin Mills "
	        "co-founder and CEO Maren Olde said. Adam Roe, co-founder of the Birch Valley Trust, "
	        "which has warned about floods, said the gates would open.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "direct_quote", "\"We waited too long,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "CEO Maren Olde");
	assert_true(tu_find(r, "named_source", "Hollin Mills co-founder and CEO Maren Olde", NULL));
	ev = must_find(r, "named_source", "which");
	assert_string_equal(str_attr(&ev, "kind"), "organisation");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Birch Valley Trust");
	crd_result_free(r);
}

/* A transcript's label in capitals, a surname the document gives, speaks
 * a short answer too; a headline's short label does not. */
static void test_short_transcript_answers(void **state)
{
	(void)state;
	const char *doc = "Pilots and pay\n\nNora Quill spoke with Dev Arun in Reno.\n\n"
	                  "ARUN: Why now?\n\nQUILL: No. Never. We will wait.\n\nPOLL: Quill leads\n";
	crd_result *r = tu_features(doc);
	must_find(r, "named_source", "ARUN");
	must_find(r, "named_source", "QUILL");
	assert_false(tu_find(r, "named_source", "POLL", NULL));
	crd_result_free(r);
}

/* The market's forecasts that a result beats or misses are no one's
 * words; a forecaster's verb stays a cue. */
static void test_forecasts_beaten(void **state)
{
	(void)state;
	const char *doc = "Revenue was $3 billion, beating Street forecasts for the quarter. Profit topped "
	                  "consensus forecasts again. Economists forecast that rates will fall.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "forecast");
	assert_string_equal(str_attr(&ev, "source"), "Economists");
	assert_false(cue_find(r, "forecasts", NULL));
	crd_result_free(r);
}

/* "declined" and "weigh" before a figure measure; they report nothing. */
static void test_declines_and_weights(void **state)
{
	(void)state;
	const char *doc = "The shares have declined about 6% this year, and sales declined by 2%. The "
	                  "headset weighs 300 grams, and the cables weigh 40 grams. The firm declined to "
	                  "comment.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "declined");
	assert_string_equal(str_attr(&ev, "source"), "The firm");
	assert_false(cue_find(r, "weigh", NULL));
	assert_false(tu_find(r, "anonymous_source", "The shares", NULL));
	assert_false(tu_find(r, "anonymous_source", "the cables", NULL));
	crd_result_free(r);
}

/* A headline's hearsay without its "is" names no speaker: the subject
 * is what is said of, as after "is said to". */
static void test_headline_hearsay(void **state)
{
	(void)state;
	const char *doc =
	        "Marrow Foods Said to Weigh Sale of Snacks Unit\n\n"
	        "The bidders were said to be close to a deal, and Marrow, said to have hired "
	        "bankers, declined to comment. The mayor said to reporters that the plan was dead.\n";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "vague_attribution", "Said to Weigh", NULL));
	assert_false(tu_find(r, "named_source", "Marrow Foods", NULL));
	assert_true(tu_find(r, "vague_attribution", "said to be", NULL));
	assert_true(tu_find(r, "vague_attribution", "said to have", NULL));
	must_find(r, "named_source", "The mayor");
	crd_result_free(r);
}

/* A strong participle that papers do to things, after a plural of
 * things, describes them; people's verbs keep their speakers. */
static void test_things_described(void **state)
{
	(void)state;
	const char *doc = "Results may differ because of the other risks described in our annual report. "
	                  "The two unions said in a statement that talks would resume.";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, "described", NULL));
	assert_false(tu_find(r, "anonymous_source", "other risks", NULL));
	must_find_cue(r, "said in a statement");
	crd_result_free(r);
}

/* "continued" reports only where it ends its clause or opens a quotation
 * or a "that"; with an object or a time after it, it goes on doing. */
static void test_continued_doing(void **state)
{
	(void)state;
	const char *doc =
	        "The rebels continued shelling the port. Rescuers continued Monday morning. "
	        "\"We will hold the bridge,\" Colonel Ruiz continued. The colonel continued: \"Nobody "
	        "leaves.\"";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "continued shelling"));
	assert_false(cue_covers(r, doc, "continued Monday"));
	assert_false(tu_find(r, "vague_attribution", "The rebels", NULL));
	crd_evidence ev = must_find(r, "direct_quote", "\"We will hold the bridge,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Colonel Ruiz");
	assert_true(cue_covers(r, doc, "continued: "));
	crd_result_free(r);
}

/* An analyst's or a ministry's assessment is its report when "that"
 * follows; "assessed the damage" is work on a thing. */
static void test_assesses_that(void **state)
{
	(void)state;
	const char *doc = "The Baltic Defence Institute assesses that the brigade will likely withdraw. "
	                  "Engineers assessed the damage to the bridge.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "assesses");
	assert_string_equal(str_attr(&ev, "source"), "The Baltic Defence Institute");
	assert_false(cue_covers(r, doc, "assessed the damage"));
	crd_result_free(r);
}

/* A document or a plural of things before "posted" and a preposition,
 * "to" among them, is what was posted, not who posted it. */
static void test_documents_posted(void **state)
{
	(void)state;
	const char *doc =
	        "Analysts geolocated four clips posted to Telegram near the depot. In a statement "
	        "posted on its website, the brigade denied the losses. The governor posted on X that "
	        "the fire was out.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "posted to Telegram"));
	assert_false(tu_find(r, "anonymous_source", "four clips", NULL));
	assert_false(cue_covers(r, doc, "posted on its website"));
	crd_evidence ev = must_find_cue(r, "posted");
	assert_string_equal(str_attr(&ev, "source"), "The governor");
	crd_result_free(r);
}

/* A long appositive cut by its length right before a name takes the name
 * when the aside ends with it, and never ends on "at the". */
static void test_long_appositive_name(void **state)
{
	(void)state;
	const char *doc = "\"The runway is cratered,\" said Lena Hart, a former naval aviator and a senior "
	                  "research fellow at the Baltic Institute for Security Studies.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"),
	                    "Lena Hart, a former naval aviator and a senior research "
	                    "fellow at the Baltic Institute for Security Studies");
	crd_result_free(r);
}

/* Pictures that show something are documents: "images", "photos",
 * "videos" and "imagery" head a source's phrase as "video" does. */
static void test_pictures_show(void **state)
{
	(void)state;
	const char *doc =
	        "Commercial satellite imagery shows new trenches near the dam. The videos posted on "
	        "Telegram show a column of trucks.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "Commercial satellite imagery");
	assert_string_equal(str_attr(&ev, "kind"), "document");
	ev = must_find_cue(r, "show");
	assert_string_equal(str_attr(&ev, "source"), "The videos posted on Telegram");
	crd_result_free(r);
}

/* "present" before "in", "at", "on" or "during" is being there, not
 * presenting: "the units present in the area". */
static void test_present_there(void **state)
{
	(void)state;
	const char *doc = "The maps show the brigades present in the area on Friday. The prosecutors present "
	                  "their case that the convoy was attacked.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "present in"));
	assert_true(cue_covers(r, doc, "present their"));
	crd_result_free(r);
}

/* A report that goes on keeps its speaker: the subject of "continues
 * to" says what the verb after it reports. */
static void test_continues_to_report(void **state)
{
	(void)state;
	const char *doc = "The institute continues to assess that the corps is exhausted. The ministry has "
	                  "continued to deny that the depot was hit. The convoy continued to move north.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "assess");
	assert_string_equal(str_attr(&ev, "source"), "The institute");
	ev = must_find_cue(r, "deny");
	assert_string_equal(str_attr(&ev, "source"), "The ministry");
	assert_false(tu_find(r, "named_source", "The convoy", NULL));
	crd_result_free(r);
}

/* A verb of going on, trying or hurrying leads into the report its
 * subject makes: "went on to explain", "struggled to answer", "stood up
 * to say". What the lead verb does without words is no report. */
static void test_lead_verb_to_report(void **state)
{
	(void)state;
	const char *doc = "Mayor Ellen Voss went on to explain that the bridge would close. Councilman Ray "
	                  "Ortiz struggled to answer a question about the levy. Senator Ada Brooks stood up "
	                  "to say the vote was rigged. Ellen Voss tried to open the gate.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "explain");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	ev = must_find_cue(r, "answer");
	assert_string_equal(str_attr(&ev, "source"), "Councilman Ray Ortiz");
	ev = must_find_cue(r, "say");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	assert_false(cue_find(r, "open", NULL));
	assert_false(cue_find(r, "tried", NULL));
	crd_result_free(r);
}

/* An adverb between "to" and the verb leaves the lead verb's subject the
 * speaker: "went on to sharply criticize", "moved to quickly reassure",
 * "met to formally discuss". */
static void test_lead_verb_across_adverb(void **state)
{
	(void)state;
	const char *doc =
	        "Mayor Ellen Voss went on to sharply criticize the levy. Senator Ada Brooks moved "
	        "to quickly reassure donors. Councilman Ray Ortiz met with farmers Monday to formally "
	        "discuss the drought.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "criticize");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	ev = must_find_cue(r, "reassure");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	ev = must_find_cue(r, "discuss");
	assert_string_equal(str_attr(&ev, "source"), "Councilman Ray Ortiz");
	crd_result_free(r);
}

/* Being able, likely or failing to leads into the report its subject
 * makes: "has not been able to confirm", "is likely to argue", "failed to
 * respond". A verb of knowing or deciding after it reports nothing. */
static void test_able_likely_to_report(void **state)
{
	(void)state;
	const char *doc = "Mayor Ellen Voss has not been able to confirm the figures. Senator Ada Brooks "
	                  "is likely to argue that the levy is unfair. Councilman Ray Ortiz failed to "
	                  "respond to the letter. Ellen Voss is likely to decide the vote.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "confirm");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	ev = must_find_cue(r, "argue");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	ev = must_find_cue(r, "respond");
	assert_string_equal(str_attr(&ev, "source"), "Councilman Ray Ortiz");
	assert_false(cue_find(r, "decide", NULL));
	crd_result_free(r);
}

/* "assured of" says a thing is certain to come to someone ("is assured of a
 * seat"), and "credit" before "union" names a kind of bank: neither reports
 * a word. "assured" with its hearer and a clause still does. */
static void test_assured_of_and_credit_union(void **state)
{
	(void)state;
	const char *doc = "With 40 seats at stake, Mayor Ellen Voss is assured of winning at least 22. "
	                  "The plan forced community credit unions to cut fees. "
	                  "Senator Ada Brooks assured voters that the levy would fall.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "assured of"));
	assert_false(cue_covers(r, doc, "credit"));
	assert_true(cue_covers(r, doc, "assured voters"));
	crd_result_free(r);
}

/* A plural in "ies" of a lemma in "y" before a verb that only a plural
 * takes is a noun, as one in "s" is, even after a capitalised word that
 * opens the sentence: "Health worries have dogged ...". The verb with its
 * own subject stays a report. */
static void test_ies_plural_before_verb(void **state)
{
	(void)state;
	const char *doc = "Health worries have dogged the senator since May. "
	                  "The farm worries were behind the vote. "
	                  "Mayor Ellen Voss worries that the levy will fail.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "Health worries"));
	assert_false(cue_covers(r, doc, "farm worries"));
	crd_evidence ev = must_find_cue(r, "worries");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	crd_result_free(r);
}

/* "found" after "help" is the verb of setting something up, no finding:
 * "helped found the party"; the past of "find" with a clause stays a
 * report. */
static void test_found_as_set_up(void **state)
{
	(void)state;
	const char *doc = "Ellen Voss helped found the party in 1996. "
	                  "The audit found that the fund lost money.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "found the party"));
	crd_evidence ev = must_find_cue(r, "found");
	assert_string_equal(str_attr(&ev, "source"), "The audit");
	crd_result_free(r);
}

/* "spoke" reports what was spoken about past "at length" and past a hearer
 * after "to" or "with"; a matter after "to" is no hearer, and "of" after a
 * hearer belongs to that hearer. */
static void test_spoke_to_hearer_about(void **state)
{
	(void)state;
	const char *doc = "Mayor Ellen Voss spoke to reporters about the levy. Senator Ada Brooks has "
	                  "spoken at length about the bridge. The memo speaks to a worry about costs. "
	                  "Judge Ann Pike spoke to the mayor of Dover.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "spoke");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	ev = must_find_cue(r, "spoken");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	assert_false(cue_find(r, "speaks", NULL));
	assert_false(cue_covers(r, doc, "spoke to the mayor"));
	crd_result_free(r);
	doc = "Councilman Ray Ortiz spoke with the Tulsa Courier about the vote.";
	r = tu_features(doc);
	ev = must_find_cue(r, "spoke");
	assert_string_equal(str_attr(&ev, "source"), "Councilman Ray Ortiz");
	crd_result_free(r);
}

/* A report inside a relative clause between commas on the subject ends at
 * the closing comma: the verb after it is the main clause's own cue, with
 * the subject as its speaker; not when the subject is itself inside an
 * earlier report. */
static void test_verb_after_relative_report(void **state)
{
	(void)state;
	const char *doc = "Mayor Ellen Voss, who criticized the levy in May, endorsed Senator Ada Brooks.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "endorsed");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss, who criticized the levy in May");
	crd_result_free(r);
	doc = "Tom Hale told jurors that Ann Roe, who admitted the fraud, will testify against him.";
	r = tu_features(doc);
	assert_true(cue_find(r, "told", NULL));
	assert_false(cue_find(r, "testify", NULL));
	crd_result_free(r);
}

/* A participle that opens its sentence with no preposition speaks with the
 * main clause's subject when that clause's verb is one of saying with what
 * was said after it; not for an aim ("Seeking to ..."), nor when what comes
 * before the comma is itself what was said. */
static void test_bare_opening_participle(void **state)
{
	(void)state;
	const char *doc = "Stressing the cost, Mayor Ellen Voss said, \"We must wait.\"";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "Stressing");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	crd_result_free(r);
	doc = "Seeking to calm the crowd, Mayor Ellen Voss said, \"We must wait.\"";
	r = tu_features(doc);
	assert_true(cue_find(r, "said", NULL));
	assert_false(cue_find(r, "Seeking", NULL));
	crd_result_free(r);
	doc = "Finding the leak is not easy, Mayor Ellen Voss said.";
	r = tu_features(doc);
	assert_false(cue_find(r, "Finding", NULL));
	crd_result_free(r);
}

/* A verb of giving voice as a participle after a comma, with its noun of
 * saying, takes the subject of its clause as ", saying" does. */
static void test_light_verb_participle(void **state)
{
	(void)state;
	const char *doc = "Mayor Ellen Voss toured the plant on Monday, quickly delivering a sharp critique "
	                  "of the deal.";
	crd_result *r = tu_features(doc);
	crd_evidence ev;
	assert_true(cue_find(r, "delivering a sharp critique", &ev));
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	crd_result_free(r);
}

/* Idioms of taking a side against something report a stance as "took aim
 * at" does: "took issue with", "took a shot at", "took offense at". */
static void test_take_issue_idioms(void **state)
{
	(void)state;
	const char *doc = "Mayor Ellen Voss took issue with the levy. Senator Ada Brooks has taken a shot at "
	                  "the board. Councilman Ray Ortiz took offense at the remark.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "took issue with");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	assert_true(cue_covers(r, doc, "taken a shot at"));
	ev = must_find_cue(r, "took offense at");
	assert_string_equal(str_attr(&ev, "source"), "Councilman Ray Ortiz");
	crd_result_free(r);
}

/* A participle after an opening preposition speaks with the subject of the
 * main clause after its comma, and that clause is no part of what it
 * reports. */
static void test_opening_participle(void **state)
{
	(void)state;
	const char *doc = "In describing his rival Tom Hale, Mayor Ellen Voss said he was rich. After "
	                  "suggesting on Monday that the levy had failed, Senator Ada Brooks apologized. "
	                  "Instead of writing a report, the board, which critics say is idle, met twice.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "describing");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	ev = must_find_cue(r, "suggesting");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	assert_true(cue_find(r, "say", NULL));
	crd_result_free(r);
}

/* A participle after a comma or "and" keeps its clause's subject with an
 * adverb or two in front of it: ", even suggesting", "and openly
 * claiming". */
static void test_adverb_before_participle(void **state)
{
	(void)state;
	const char *doc = "Mayor Ellen Voss complained about the microphone, even suggesting it was rigged. "
	                  "Senator Ada Brooks mocked the plan and openly claiming the city was unsafe.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "suggesting");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	ev = must_find_cue(r, "claiming");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	crd_result_free(r);
}

/* An aside of examples, of names or of a share between a subject no
 * vocabulary knows and its verb leaves the subject the speaker: "Many
 * hawks, like ..., say", "A third, 34 percent, say" (a crowd). */
static void test_example_aside(void **state)
{
	(void)state;
	const char *doc = "Many hawks, like Tom Hale and Ada Brooks, say the treaty is weak. Three plaintiffs, "
	                  "Lena Ames and Ray Ortiz, had challenged the permit. A third, 34 percent, say they "
	                  "will stay home.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "say");
	assert_string_equal(str_attr(&ev, "source"), "Many hawks");
	ev = must_find_cue(r, "challenged");
	assert_string_equal(str_attr(&ev, "source"), "Three plaintiffs");
	must_find(r, "vague_attribution", "A third");
	crd_result_free(r);
}

/* A negated verb joined by "but" or "and" to its subject's own report is a
 * report of its own; after a clause the first report opened it may go on
 * with what was said, and stays inside it. */
static void test_negated_conjunct(void **state)
{
	(void)state;
	const char *doc = "Mayor Ellen Voss sharply criticized the levy but did not recommend a recall. "
	                  "Senator Ada Brooks said she would attend and did not want a debate.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "recommend");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	assert_false(cue_find(r, "want", NULL));
	crd_result_free(r);
}

/* A time phrase of several words after a verb of saying in -ed leaves it a
 * verb, not an adjective: "Asked on Monday whether ...", "had admitted in
 * an interview that ...". */
static void test_time_phrase_after_past_form(void **state)
{
	(void)state;
	const char *doc = "Asked on Monday whether the bridge would close, the mayor shook her head. The "
	                  "council's most vocal member had admitted in an interview that the levy failed.";
	crd_result *r = tu_features(doc);
	assert_true(cue_find(r, "Asked", NULL));
	assert_true(cue_find(r, "admitted", NULL));
	crd_result_free(r);
}

/* The count of a plural no vocabulary knows opens the speaker's phrase,
 * a crowd: "Dozens of novelists suggested", "Most of the beekeepers argue". */
static void test_count_of_plain_plural(void **state)
{
	(void)state;
	const char *doc = "Dozens of novelists suggested the prize was rigged. Most of the beekeepers argue "
	                  "the spray is harmful.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "suggested");
	assert_string_equal(str_attr(&ev, "source"), "Dozens of novelists");
	must_find(r, "vague_attribution", "Dozens of novelists");
	must_find(r, "vague_attribution", "Most of the beekeepers");
	crd_result_free(r);
}

/* "That's" is "that is", no owner: "That's according to ..." is a
 * report; "the mayor's claims" still owns a noun. */
static void test_thats_according_to(void **state)
{
	(void)state;
	const char *doc = "Turnout rose by a fifth. That's according to a count by the county clerk. "
	                  "The mayor's claims were long.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "according to");
	assert_string_equal(str_attr(&ev, "source"), "a count by the county clerk");
	assert_false(cue_find(r, "claims", NULL));
	crd_result_free(r);
}

/* An owner's noun of saying reaches its content across a short setting,
 * "her claim in a radio interview that ...", "his claim on Tuesday that
 * ..."; any noun of stance does after a time or an occasion of speaking;
 * not a noun of standing ("his position in states that he won"), nor the
 * relative clause on a setting ("remarks in a speech that aired ..."). */
static void test_owned_noun_setting(void **state)
{
	(void)state;
	const char *doc = "Mayor Ellen Voss's claim in a radio interview that the dam leaked was false. "
	                  "Mayor Tom Reed's claim on Tuesday that the levy failed was wrong. "
	                  "Governor Ruth Ibe's remarks at a town hall that she would run surprised few. "
	                  "Senator Ada Brooks's position in counties that she won is strong. "
	                  "Judge Ray Ortiz's remarks in a speech that aired Sunday were brief.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "claim");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	assert_true(cue_covers(r, doc, "claim on Tuesday"));
	assert_true(cue_covers(r, doc, "remarks at a town hall"));
	assert_false(cue_find(r, "position", NULL));
	assert_false(cue_covers(r, doc, "remarks in a speech"));
	crd_result_free(r);
}

/* A past form after "and" with an object pronoun goes on from the
 * speaker's own verb, not from what was said: "criticized the levy and
 * dared him to ...". */
static void test_coordinated_verb_with_pronoun(void **state)
{
	(void)state;
	const char *doc = "Mayor Ellen Voss criticized the levy and challenged him to a vote.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "challenged");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	crd_result_free(r);
}

/* A verb of going, meeting or using leads into the report it is for, with
 * its subject the speaker; not a verb of perceiving after it. */
static void test_purpose_verb_to_report(void **state)
{
	(void)state;
	const char *doc = "Union leaders gathered Friday to discuss the strike. Mayor Ellen Voss used her "
	                  "speech to denounce the levy. Senator Ada Brooks went to see the parade.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "discuss");
	assert_string_equal(str_attr(&ev, "source"), "Union leaders");
	ev = must_find_cue(r, "denounce");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	assert_false(cue_find(r, "see", NULL));
	crd_result_free(r);
}

/* A day between the lead verb and its "to" leaves the report its
 * subject's: "struggled on Tuesday to explain". */
static void test_lead_verb_across_a_day(void **state)
{
	(void)state;
	const char *doc = "The agency struggled on Tuesday to explain the outage.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "explain");
	assert_string_equal(str_attr(&ev, "source"), "The agency");
	crd_result_free(r);
}

/* Data and pictures that were analysed, verified or collected speak
 * with the participle's phrase: the document, not the name inside it. */
static void test_documents_analysed(void **state)
{
	(void)state;
	const char *doc = "Shipping data analysed by the Harbour Watch group shows four tankers at the pier. "
	                  "Imagery collected by a commercial satellite shows fresh craters.";
	crd_result *r = tu_features(doc);
	must_find(r, "named_source", "Shipping data analysed by the Harbour Watch group");
	must_find(r, "named_source", "Imagery collected by a commercial satellite");
	crd_result_free(r);
}

/* A section's label before a colon is nobody speaking. */
static void test_section_labels(void **state)
{
	(void)state;
	const char *doc = "Opinion: Our cities need better buses now\n"
	                  "Analysis: What the vote means for the party\n"
	                  "The council voted on Monday, and the mayor said the plan would pass.\n";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, ":", NULL));
	assert_false(tu_find(r, "named_source", "Opinion", NULL));
	assert_false(tu_find(r, "named_source", "Analysis", NULL));
	must_find(r, "named_source", "the mayor");
	crd_result_free(r);
	/* an investigations desk's and an explainer's kickers are sections too */
	doc = "Investigation: How the convoy was hit near the river crossing\n"
	      "Explained: Why the dam matters to both armies\n"
	      "The convoy was struck on Monday, the regional governor said.\n";
	r = tu_features(doc);
	assert_false(cue_find(r, ":", NULL));
	assert_false(tu_find(r, "named_source", "Investigation", NULL));
	assert_false(tu_find(r, "named_source", "Explained", NULL));
	must_find(r, "named_source", "the regional governor");
	crd_result_free(r);
	/* a place before a headline's colon is its topic; a quotation after
	 * the colon makes it a speaker */
	doc = "Somalia: drought pushes thousands towards the coast\n"
	      "Kenya: \"We will reopen the border next month\"\n"
	      "Herders have lost most of their cattle, the regional governor said.\n";
	r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "Somalia", NULL));
	must_find(r, "named_source", "Kenya");
	crd_result_free(r);
	/* nor is a set phrase */
	doc = "Having said that, the plan stands. Despite having once said that he would run, Smith stayed.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "said that, the plan"));
	assert_false(tu_find(r, "named_source", "Having", NULL));
	assert_true(cue_covers(r, doc, "said that he"));
	crd_result_free(r);
}

/* A roundup's headings, a name and a few words on a line of their own
 * over a paragraph about that person, are nobody's words; a transcript's
 * short turns, which another turn follows, still are. */
static void test_roundup_headings(void **state)
{
	(void)state;
	const char *doc = "What each mayor must do this week.\n\n"
	                  "Ann Okafor: Hold the suburbs.\n\n"
	                  "The former judge has led the race since the spring, and her rivals have spent "
	                  "little against her so far.\n\n"
	                  "Tom Lindqvist: A late surge.\n\n"
	                  "The councilman drew large crowds at his last three rallies and raised more than "
	                  "anyone in March.\n";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, ":", NULL));
	assert_false(tu_find(r, "named_source", "Ann Okafor", NULL));
	assert_false(tu_find(r, "named_source", "Tom Lindqvist", NULL));
	crd_result_free(r);
	/* one such line alone is no list */
	doc = "What each mayor must do this week.\n\n"
	      "Ann Okafor: We will hold the suburbs.\n\n"
	      "The former judge has led the race since the spring, and her rivals have spent little "
	      "against her so far.\n";
	r = tu_features(doc);
	must_find(r, "named_source", "Ann Okafor");
	crd_result_free(r);
	/* a transcript's turns answer each other */
	doc = "Mayor Ann Okafor and Tom Lindqvist met on Monday.\n\n"
	      "OKAFOR: We hold the suburbs.\n\n"
	      "LINDQVIST: Not for long, and you know it, because the voters there are tired of you.\n\n"
	      "OKAFOR: Then come and win them.\n\n"
	      "LINDQVIST: I will, and I will start on Friday with a rally in the old market square.\n";
	r = tu_features(doc);
	must_find(r, "named_source", "OKAFOR");
	must_find(r, "named_source", "LINDQVIST");
	crd_result_free(r);
}

/* "LOOK:" opens a headline to the reader as "WATCH:" does, no one's
 * words, while "look" still links a speaker to a stance ("looked
 * skeptical"). */
static void test_look_label(void **state)
{
	(void)state;
	const char *doc = "LOOK: Shocking Photos Of The Flooded Square Are Going Viral\n\n"
	                  "Mayor Ruth Ekwueme looked skeptical of the plan.\n";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, ":", NULL));
	assert_false(tu_find(r, "named_source", "LOOK", NULL));
	assert_true(cue_covers(r, doc, "looked skeptical"));
	crd_result_free(r);
}

/* A topic's label of a capitalised word and a word in lower case is no
 * speaker, though its first word alone may look like a body's name; the
 * reports in the paragraph it opens are the text's own, not a turn's. */
static void test_topic_label_with_lower_case(void **state)
{
	(void)state;
	const char *doc = "The union listed its demands.\n\n"
	                  "Campaign funding: The Harlow campaign wants to end joint committees, and its "
	                  "treasurer said the rules were broken.\n";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, ":", NULL));
	assert_false(tu_find(r, "named_source", "Campaign", NULL));
	crd_evidence ev = must_find_cue(r, "said");
	assert_null(tu_attr(&ev, "nested"));
	crd_result_free(r);
}

/* A quotation after a sentence whose verb ends it is what that verb
 * announced, weak verbs too, past earlier cues of the paragraph. */
static void test_quotes_announced_by_a_sentence(void **state)
{
	(void)state;
	crd_result *r =
	        tu_features("Tom Smith said the plan was bad. Jane Jones disagreed. \"It is the best plan "
	                    "we have.\"\n\n\"It is a tough charge,\" Holt said. \"But, come on.\"\n");
	crd_evidence ev = must_find(r, "direct_quote", "\"It is the best plan we have.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Jane Jones");
	ev = must_find(r, "direct_quote", "\"But, come on.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Holt");
	crd_result_free(r);
}

/* British and negative impersonal attributions. */
static void test_impersonal_attributions(void **state)
{
	(void)state;
	const char *doc =
	        "The minister is understood to be preparing his resignation. The victim was taken to "
	        "hospital with injuries that are not thought to be life-threatening. It emerged on "
	        "Tuesday that the firm had lied.";
	crd_result *r = tu_features(doc);
	must_find(r, "vague_attribution", "is understood to");
	must_find(r, "vague_attribution", "are not thought to");
	assert_false(tu_find(r, "named_source", "that", NULL));
	crd_evidence ev = must_find_cue(r, "emerged");
	assert_string_equal(str_attr(&ev, "lemma"), "emerge");
	crd_result_free(r);
	/* British court reporting */
	r = tu_features("The court heard that Haines had gambling debts. The jury was told that he lied.");
	must_find(r, "vague_attribution", "The court heard");
	must_find(r, "vague_attribution", "The jury was told");
	ev = must_find_cue(r, "heard");
	assert_string_equal(str_attr(&ev, "lemma"), "hear");
	crd_result_free(r);
	/* and after the court's own name */
	r = tu_features("Hull Crown Court heard that Haines had gambling debts. Morley Magistrates' Court "
	                "heard that he had fled.");
	must_find(r, "vague_attribution", "Crown Court heard");
	must_find(r, "vague_attribution", "Magistrates' Court heard");
	assert_false(tu_find(r, "unattributed_claim", NULL, NULL));
	crd_result_free(r);
}

/* An age for a noun ("the 34-year-old") refers back to the person just
 * named. */
static void test_age_epithets(void **state)
{
	(void)state;
	crd_result *r = tu_features("Sarah Jones, 34, was injured in the crash. \"It was terrifying,\" the "
	                            "34-year-old said.");
	crd_evidence ev = must_find(r, "named_source", "the 34-year-old");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Sarah Jones");
	ev = must_find(r, "direct_quote", "\"It was terrifying,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Sarah Jones");
	crd_result_free(r);
}

/* The given names of public figures in the news give pronouns their
 * gender. */
static void test_given_names_of_public_figures(void **state)
{
	(void)state;
	crd_result *r =
	        tu_features("Prime Minister Neil Stanmore met Ursula von der Holt in Brussels. She said "
	                    "the talks went well.");
	crd_evidence ev = must_find(r, "named_source", "She");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Ursula von der Holt");
	crd_result_free(r);
}

/* Sports and gossip copy's verbs of saying, and a tag whose verb no
 * vocabulary knows: its quotation is nobody else's. */
static void test_tags_of_sports_and_gossip(void **state)
{
	(void)state;
	crd_result *r =
	        tu_features("\"The ref was a disgrace,\" Finch fumed.\n\n\"That is simply not true,\" Cole "
	                    "hit back.\n\n\"We were robbed,\" the defender raged.\n\n\"It was fine and we "
	                    "will come back stronger next week,\" Ward grumbled.\n");
	crd_evidence ev = must_find(r, "direct_quote", "\"That is simply not true,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Cole");
	ev = must_find_cue(r, "raged");
	assert_string_equal(str_attr(&ev, "source"), "the defender");
	ev = must_find(r, "direct_quote", "\"We were robbed,\"");
	assert_non_null(tu_attr(&ev, "speaker"));
	assert_int_equal(tu_attr(&ev, "speaker")->type, CRD_ATTR_STRING);
	crd_result *c =
	        tu_features("Marcus Obi scored twice on Saturday. \"It was a great day,\" the striker said.");
	ev = must_find(c, "named_source", "the striker");
	assert_string_equal(str_attr(&ev, "resolved_to"), "Marcus Obi");
	crd_result_free(c);
	c = tu_features("The club released a statement and said the player was fine.");
	ev = must_find(c, "attribution_cue", "said");
	assert_string_equal(str_attr(&ev, "source"), "The club");
	crd_result_free(c);
	/* "grumbled" is no cue: the quotation keeps no speaker rather than the
	 * defender's */
	ev = must_find(r, "direct_quote", "\"It was fine and we will come back stronger next week,\"");
	const crd_attr *a = tu_attr(&ev, "speaker");
	assert_non_null(a);
	assert_int_equal(a->type, CRD_ATTR_NULL);
	crd_result_free(r);
}

/* A source that declined to comment or did not respond says so in its
 * attributes; one that responded does not. */
static void test_no_comment(void **state)
{
	(void)state;
	crd_result *r = tu_features(
	        "The FBI declined to comment. Reps for Monroe did not respond to a request for "
	        "comment. Harlow responded by calling her a liar. The mayor refused to accept the "
	        "result.");
	crd_evidence ev = must_find(r, "named_source", "The FBI");
	const crd_attr *a = tu_attr(&ev, "no_comment");
	assert_non_null(a);
	assert_true(a->type == CRD_ATTR_BOOL && a->number == 1);
	ev = must_find(r, "named_source", "Reps for Monroe");
	assert_non_null(tu_attr(&ev, "no_comment"));
	ev = must_find(r, "named_source", "Harlow");
	assert_null(tu_attr(&ev, "no_comment"));
	ev = must_find(r, "named_source", "The mayor");
	assert_null(tu_attr(&ev, "no_comment"));
	crd_result_free(r);
}

/* A post a page embeds: its signature names its author, a named source of
 * kind post, and its words are the author's quotation. */
static void test_embedded_posts(void **state)
{
	(void)state;
	const char *doc = "Republicans reacted on Monday.\n\n"
	                  "This is a power grab by radical extremists. SHAME! https://t.co/x7Yq2\n"
	                  "\u2014 Jim Radley (@Jim_Jordan) March 4, 2024\n\n"
	                  "The vote is on Friday, the clerk said.\n";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "Jim Radley");
	assert_string_equal(str_attr(&ev, "kind"), "post");
	ev = must_find_cue(r, "\u2014");
	assert_string_equal(str_attr(&ev, "lemma"), "post");
	ev = must_find(r, "direct_quote",
	               "This is a power grab by radical extremists. SHAME! https://t.co/x7Yq2");
	assert_string_equal(str_attr(&ev, "speaker"), "Jim Radley");
	assert_non_null(tu_attr(&ev, "post"));
	assert_false(tu_covers(r, doc, "unattributed_claim", "power grab"));
	assert_false(tu_find(r, "exclamation", NULL, NULL));
	/* a dash before a name with no handle and date is no signature */
	crd_result_free(r);
	r = tu_features("The plan failed \u2014 Jim Radley said so on Monday.");
	assert_false(tu_find(r, "named_source", "Jim Radley", &ev) &&
	             strcmp(str_attr(&ev, "kind"), "post") == 0);
	crd_result_free(r);
}

/* A bare "show" after an outlet that obtained the papers is their verb:
 * "Invoices obtained by The Ledger show ..."; after an outlet's name with
 * no participle before it, it is a programme. */
static void test_papers_obtained_by_an_outlet(void **state)
{
	(void)state;
	const char *doc = "Invoices obtained by The Ledger show that the firm billed the county twice. "
	                  "Dana Fox appeared on the Tonight show in May.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "show");
	assert_string_equal(str_attr(&ev, "source"), "Invoices obtained by The Ledger");
	ev = must_find(r, "named_source", "Invoices obtained by The Ledger");
	assert_string_equal(str_attr(&ev, "kind"), "document");
	assert_false(cue_covers(r, doc, "show in May"));
	crd_result_free(r);
}

/* "Comment" asked for is nobody's comment: "an email seeking comment" is
 * no source; "declined to comment" still is a cue. */
static void test_comment_sought(void **state)
{
	(void)state;
	const char *doc = "The agency did not respond to an email seeking comment. Officials did not return "
	                  "messages requesting comment on Friday. The mayor declined to comment.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "named_source", "an email"));
	assert_false(tu_covers(r, doc, "vague_attribution", "messages"));
	assert_false(cue_covers(r, doc, "comment."));
	assert_false(cue_covers(r, doc, "comment on"));
	crd_evidence ev = must_find(r, "named_source", "The mayor");
	assert_string_equal(str_attr(&ev, "cue"), "decline");
	crd_result_free(r);
}

/* A relative clause on "who" of any length before the verb: its subject
 * speaks, not the object that ends it. Not when the clause's object is a
 * seat someone else decided on, nor past another verb of saying. */
static void test_long_relative_clauses(void **state)
{
	(void)state;
	const char *doc = "Two people who have done business with the firm said the owner ran it daily. "
	                  "The user who shared the video did not respond to questions. "
	                  "She backed the candidates who are running for the seat Alex Moreno decided to "
	                  "give up. One lawyer who worked with Moreno claimed the senator told him so.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "Two people who have done business with the firm");
	ev = must_find_cue(r, "respond");
	assert_string_equal(str_attr(&ev, "source"), "The user who shared the video");
	ev = must_find_cue(r, "decided");
	assert_string_equal(str_attr(&ev, "source"), "Alex Moreno");
	ev = must_find_cue(r, "told");
	assert_string_equal(str_attr(&ev, "source"), "the senator");
	crd_result_free(r);
}

/* Logs, invoices and receipts are documents that show things. */
static void test_logs_and_invoices(void **state)
{
	(void)state;
	const char *doc = "Visitor logs show the director came twice. The invoices show the firm billed "
	                  "the city for it.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "Visitor logs");
	assert_string_equal(str_attr(&ev, "kind"), "document");
	ev = must_find(r, "named_source", "The invoices");
	assert_string_equal(str_attr(&ev, "kind"), "document");
	crd_result_free(r);
}

/* A name in the possessive between two quotations of one sentence does
 * not take the second from the speaker: "... and that Okafor's remarks
 * \"...\"" is still the spokesman's; a name that speaks does. */
static void test_possessive_between_quotes(void **state)
{
	(void)state;
	const char *doc = "A spokesman, Greg Tillis, said the bank \"reviews its options\" and that Okafor's "
	                  "remarks \"reflected the position at the time.\"";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "direct_quote", "\"reflected the position at the time.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Greg Tillis");
	crd_result_free(r);
}

/* "According to" a recording after the second quotation of a sentence
 * whose first a speaker told keeps that speaker; after a finding, the
 * document holds the words. */
static void test_according_to_after_second_quote(void **state)
{
	(void)state;
	const char *doc = "In January, Okafor told staff the unit was \"core to who we are\" and that the "
	                  "bank had \"no plans to leave the business,\" according to a recording. The audit "
	                  "found \"serious lapses\" at a plant that \"was never inspected for corrosion,\" "
	                  "according to the state report.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "direct_quote", "\"no plans to leave the business,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Okafor");
	ev = must_find(r, "direct_quote", "\"was never inspected for corrosion,\"");
	assert_string_equal(str_attr(&ev, "speaker"), "the state report");
	crd_result_free(r);
}

/* A question the text asks is no attribution: "What did the department
 * say?" heads an explainer's answer; a statement with "say" still is. */
static void test_questions_asked(void **state)
{
	(void)state;
	const char *doc = "What did the department say?\n\nDid the mayor claim that the budget grew?\n\n"
	                  "Officials say the audit will end in May.\n";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "say?"));
	assert_false(tu_covers(r, doc, "named_source", "the department"));
	assert_false(cue_covers(r, doc, "claim"));
	crd_evidence ev = must_find(r, "anonymous_source", "Officials");
	assert_string_equal(str_attr(&ev, "cue"), "say");
	crd_result_free(r);
}

/* A question with a modal, or one a linking word opens, asks what a
 * source will say or did say and attributes nothing yet: "How will the
 * board explain the delay?", "So how did the unions respond?". The same
 * verb in a statement stays a cue. */
static void test_questions_asked_modal(void **state)
{
	(void)state;
	const char *doc =
	        "The ferry ran three hours late on Friday. How will the board explain the delay?\n\n"
	        "So how did the unions respond? Their leaders were silent.\n\n"
	        "The board will explain the delay at its next meeting, Pruitt said.\n";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "explain the delay?"));
	assert_false(tu_covers(r, doc, "named_source", "the board explain"));
	assert_false(cue_covers(r, doc, "respond?"));
	assert_true(cue_covers(r, doc, "said."));
	crd_result_free(r);
}

/* After an opening "Asked ..." clause and its comma, the main clause is
 * the answer, not what was asked: its weak verb has its own speaker. */
static void test_answers_after_asked(void **state)
{
	(void)state;
	const char *doc = "Asked by the lawyer whether residents were harmed, Leland answered: \"I believe "
	                  "some were, yes.\"";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "answered");
	assert_string_equal(str_attr(&ev, "source"), "Leland");
	ev = must_find(r, "direct_quote", "\"I believe some were, yes.\"");
	assert_string_equal(str_attr(&ev, "speaker"), "Leland");
	crd_result_free(r);
}

/* The agency of a dateline is no antecedent of a pronoun in the report. */
static void test_dateline_agency_no_antecedent(void **state)
{
	(void)state;
	const char *doc = "GRANTVILLE, Miss. (AP) \xE2\x80\x94 Officials at the water authority knew of "
	                  "the samples a year before they told the public, according to emails.\n";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "told");
	assert_string_equal(str_attr(&ev, "source"), "they");
	assert_false(tu_find(r, "named_source", "they", &ev));
	assert_true(tu_find(r, "vague_attribution", "they", &ev));
	const crd_attr *a = tu_attr(&ev, "resolved_to");
	assert_true(a == NULL || a->type == CRD_ATTR_NULL);
	crd_result_free(r);
}

/* The comma that closes a date's year in a participle's phrase on the
 * subject sets off no aside: the document before it shows. An aside
 * that ends with a date keeps its speaker. */
static void test_date_commas(void **state)
{
	(void)state;
	const char *doc =
	        "A memo dated March 2, 2024, shows the mayor knew of the leak. Police Chief Ann "
	        "Ruiz, describing the crash that closed the road on May 9, 2023, said the driver fled.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "shows");
	assert_string_equal(str_attr(&ev, "source"), "A memo");
	ev = must_find_cue(r, "said");
	assert_non_null(strstr(str_attr(&ev, "source"), "Ann Ruiz"));
	crd_result_free(r);
}

/* The parts of a fact check before a colon are nobody speaking. */
static void test_fact_check_labels(void **state)
{
	(void)state;
	const char *doc = "CLAIM: A post says the city spent $5 million on one bus stop.\n\n"
	                  "THE FACTS: City records show the project rebuilt a half-mile of road.\n\n"
	                  "Our ruling: The post leaves out most of what the money paid for.\n";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, ":", NULL));
	assert_false(tu_covers(r, doc, "named_source", "CLAIM"));
	assert_false(tu_covers(r, doc, "named_source", "THE FACTS"));
	must_find(r, "named_source", "City records");
	crd_result_free(r);
}

/* A long aside after an inverted speaker that ends with a name takes the
 * whole name; one cut before a name that runs on leaves no article or
 * preposition dangling. */
static void test_aside_ends_in_a_name(void **state)
{
	(void)state;
	const char *doc = "\"How good is the data?\" asked Rita Moss, policy director for the county "
	                  "chapter of the American Civil Liberties Union. \"It is late,\" said Tom Reyes, a "
	                  "national security expert at the Center for Housing and Regional Studies who "
	                  "advised the panel.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "asked");
	assert_string_equal(
	        str_attr(&ev, "source"),
	        "Rita Moss, policy director for the county chapter of the American Civil Liberties "
	        "Union");
	ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "Tom Reyes, a national security expert");
	crd_result_free(r);
}

/* People set off by an aside that says they may not speak are kept
 * unnamed, as with "who asked not to be named". */
static void test_people_not_authorized(void **state)
{
	(void)state;
	const char *doc = "Two people, who were not authorized to speak publicly, said the talks stalled. "
	                  "Experts, who were not involved in the study, said it was sound.";
	crd_result *r = tu_features(doc);
	must_find(r, "anonymous_source", "Two people, who were not authorized to speak publicly,");
	must_find(r, "vague_attribution", "Experts, who were not involved in the study,");
	crd_result_free(r);
}

/* "could not be reached for comment" names the source asked, who gave no
 * word; "reached for" in other senses is no cue. */
static void test_not_reached_for_comment(void **state)
{
	(void)state;
	const char *doc =
	        "Paul Hendry could not be reached for comment. Negotiators reached for a compromise "
	        "on Monday.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "Paul Hendry");
	assert_true(tu_attr(&ev, "no_comment") != NULL);
	assert_string_equal(str_attr(&ev, "cue"), "reach");
	assert_false(cue_covers(r, doc, "reached for a"));
	assert_false(tu_covers(r, doc, "named_source", "Negotiators"));
	assert_false(tu_covers(r, doc, "anonymous_source", "Negotiators"));
	crd_result_free(r);
	/* "not available for comment" likewise; "available" elsewhere cuts
	 * no source's phrase */
	const char *d2 =
	        "A bank spokesman was not available for comment. The figure comes from an analysis of "
	        "available tax filings, according to the group.";
	r = tu_features(d2);
	ev = must_find(r, "anonymous_source", "A bank spokesman");
	assert_true(tu_attr(&ev, "no_comment") != NULL);
	assert_false(cue_covers(r, d2, "available tax"));
	crd_result_free(r);
}

/* "has been contacted for comment", "was approached for comment": the
 * body asked, with no word given when the story ran; "approached" in other
 * senses is no cue. */
static void test_contacted_for_comment(void **state)
{
	(void)state;
	const char *doc =
	        "Harlow Council has been contacted for comment. The charity was approached for comment "
	        "on Friday. Residents approached the mayor after the meeting.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "Harlow Council");
	assert_true(tu_attr(&ev, "no_comment") != NULL);
	assert_string_equal(str_attr(&ev, "cue"), "reach");
	assert_true(cue_covers(r, doc, "approached for comment"));
	assert_false(cue_covers(r, doc, "approached the mayor"));
	assert_false(tu_covers(r, doc, "unattributed_claim", "Harlow Council has been contacted"));
	crd_result_free(r);
}

/* "did not return CNN's request for comment": the request after an
 * outlet's possessive is still the one not answered; "returned" in other
 * senses is no cue, and makes no capitalised word a speaker. */
static void test_return_possessive_request(void **state)
{
	(void)state;
	const char *doc =
	        "The Harlow campaign did not immediately return the Gazette's request for comment. "
	        "Reps for the band did not return Page Six's calls. The Wardens returned to the stage "
	        "in May.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "The Harlow campaign");
	assert_true(tu_attr(&ev, "no_comment") != NULL);
	assert_string_equal(str_attr(&ev, "cue"), "respond");
	ev = must_find(r, "anonymous_source", "Reps for the band");
	assert_true(tu_attr(&ev, "no_comment") != NULL);
	assert_false(cue_covers(r, doc, "returned to the stage"));
	assert_false(tu_covers(r, doc, "named_person", "Wardens"));
	crd_result_free(r);
}

/* A verb of saying in a sense that reports nothing: what a body "boasts"
 * when a figure or an article follows it is what it has, "found fame" is
 * a career and "called time on" an ending; "boasted that" and "called the
 * charge" still report. */
static void test_boasts_fame_and_time(void **state)
{
	(void)state;
	const char *doc = "The Ramblers Club boasts 4,000 members. The model boasts a huge following online. "
	                  "The singer, who found fame on a talent show, called time on the tour. Mr Dace "
	                  "boasted that the club would grow.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "boasts 4,000"));
	assert_false(cue_covers(r, doc, "boasts a huge"));
	assert_false(cue_covers(r, doc, "found fame"));
	assert_false(cue_covers(r, doc, "called time"));
	must_find(r, "named_source", "Mr Dace");
	crd_result_free(r);
}

/* "seen" as a sighting reports nothing: "was seen leaving"; "have seen him
 * as" is still a judgement with its holders. */
static void test_seen_as_sighting(void **state)
{
	(void)state;
	const char *doc =
	        "The actor was seen leaving the club at 2am. Rival directors have seen him as a threat "
	        "for years.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "seen leaving"));
	assert_true(cue_covers(r, doc, "seen him"));
	crd_result_free(r);
}

/* A place online where words were posted ends the speaker's phrase after
 * the verb, as a news conference does: "wrote Mia Dorn in the comments",
 * "posted Cal Reyes on his Instagram Story". */
static void test_online_setting_after_speaker(void **state)
{
	(void)state;
	const char *doc =
	        "\"Love you, ignore the noise,\" wrote co-star Mia Dorn in the comments. \"Back soon,\" "
	        "posted Cal Reyes on his Instagram Story.";
	crd_result *r = tu_features(doc);
	must_find(r, "named_source", "co-star Mia Dorn");
	must_find(r, "named_source", "Cal Reyes");
	assert_false(tu_covers(r, doc, "named_source", "in the comments"));
	assert_false(tu_covers(r, doc, "named_source", "on his Instagram"));
	crd_result_free(r);
}

/* "took to Instagram to deny ...": the one who took to the platform is
 * the speaker of the verb after it, over a day between; "took to the
 * streets to protest" names no platform and no speaker. */
static void test_took_to_platform(void **state)
{
	(void)state;
	const char *doc = "The singer took to Instagram on Monday to deny the claims. Residents took to the "
	                  "streets to protest the closure.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "The singer");
	assert_string_equal(str_attr(&ev, "cue"), "deny");
	assert_false(tu_covers(r, doc, "vague_attribution", "Residents"));
	assert_false(tu_covers(r, doc, "anonymous_source", "Residents"));
	crd_result_free(r);
}

/* Managers, administrators and nurses, like employees, are unnamed
 * people of a place who speak, not a crowd. */
static void test_unnamed_staff(void **state)
{
	(void)state;
	const char *doc =
	        "The hospital's managers did not respond to written questions. Nurses said the unit "
	        "was understaffed, and administrators declined to comment.";
	crd_result *r = tu_features(doc);
	must_find(r, "anonymous_source", "The hospital's managers");
	must_find(r, "anonymous_source", "Nurses");
	must_find(r, "anonymous_source", "administrators");
	crd_result_free(r);
}

/* "It's" cuts "it is" or "it has" in an impersonal attribution: "It's
 * understood" names no one, as "It is understood" does, and its "It" is not
 * the council of the sentence before. */
static void test_contracted_impersonal(void **state)
{
	(void)state;
	const char *doc = "The regional council adopted the plan on Wednesday.\n\n"
	                  "It's understood two growers' groups are weighing an appeal. "
	                  "It's been reported that the minister will review the plan.";
	crd_result *r = tu_features(doc);
	must_find(r, "vague_attribution", "It's understood");
	must_find(r, "vague_attribution", "It's been reported");
	assert_false(tu_find(r, "named_source", "It", NULL));
	crd_result_free(r);
}

/* "public comment" is the part of a meeting where residents speak, a noun:
 * "during public comment" is no cue with the speakers before it as source. */
static void test_public_comment_noun(void **state)
{
	(void)state;
	const char *doc = "Most of the 30 speakers during public comment opposed the closure. "
	                  "Parents said the bus ride was too long.";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, "comment", NULL));
	assert_false(tu_find(r, "vague_attribution", "Most of the 30 speakers during public", NULL));
	must_find_cue(r, "said");
	crd_result_free(r);
}

/* A figure before a form in -s counts a plural noun: "53 calls for
 * assistance" asks for nothing, and "received 53 calls" says nothing; a
 * name's number keeps its verb, and calls that carry words stay reports. */
static void test_counted_plural_noun(void **state)
{
	(void)state;
	const char *doc = "The fire brigade had received 53 calls for assistance by noon. "
	                  "Section 12 says the owner must clear the gutters. "
	                  "Dispatchers took 20 calls saying a tree had fallen on the highway.";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, "calls for", NULL));
	assert_false(cue_find(r, "received 53 calls", NULL));
	must_find_cue(r, "says");
	must_find_cue(r, "took 20 calls");
	crd_result_free(r);
}

/* "see" with a change for its object, in the future, is what happens to
 * someone, not their view: "will see a 4 per cent increase" names no
 * source; "see the rise as a threat" and a past "have seen" stay cues. */
static void test_see_a_change(void **state)
{
	(void)state;
	const char *doc = "Ratepayers will see a 4 per cent increase on their bills next year. "
	                  "Some landlords will see the rise as a chance to raise rents. "
	                  "Tenants have seen a jump in evictions.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "anonymous_source", "Ratepayers", NULL));
	assert_false(tu_find(r, "vague_attribution", "Ratepayers", NULL));
	must_find(r, "vague_attribution", "Some landlords");
	must_find(r, "vague_attribution", "Tenants");
	crd_result_free(r);
}

/* The offices of a town or school district stand for their one holder,
 * as "the mayor" does: "the county's treasurer" is a person, not a
 * document, and "the treasurer" refers back only to the person named with
 * that title, not to the councillor named last. */
static void test_local_offices(void **state)
{
	(void)state;
	const char *doc = "Treasurer Ann Brook presented the draft on Monday.\n\n"
	                  "\"We cannot wait,\" Councillor Raj Patel said.\n\n"
	                  "The treasurer said reserves would cover the gap. "
	                  "According to the county's comptroller, the audit is late.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "The treasurer");
	assert_non_null(tu_attr(&ev, "resolved_to"));
	assert_string_equal(tu_attr(&ev, "resolved_to")->string, "Treasurer Ann Brook");
	ev = must_find(r, "named_source", "the county's comptroller");
	assert_non_null(tu_attr(&ev, "kind"));
	assert_string_equal(tu_attr(&ev, "kind")->string, "person");
	crd_result_free(r);
}

/* "learn more" invites the reader to find out; it reports nothing learnt,
 * and its subject is no source. */
static void test_learn_more(void **state)
{
	(void)state;
	const char *doc = "Parents can learn more at a forum on Thursday. "
	                  "Investigators learned that the pump had failed.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "anonymous_source", "Parents", NULL));
	assert_false(cue_find(r, "learn", NULL));
	must_find_cue(r, "learned");
	crd_result_free(r);
}

/* A document put out by a named body takes the body into the source, as
 * "data from the ..." does; a survey "released on Monday" with no one
 * after it takes its date. */
static void test_document_released_by(void **state)
{
	(void)state;
	const char *doc = "Enrolment fell by 4 percent, according to data released Friday by the Ohio "
	                  "Department of Education. Turnout rose, according to a survey released on Monday.";
	crd_result *r = tu_features(doc);
	must_find(r, "named_source", "data released Friday by the Ohio Department of Education");
	must_find(r, "named_source", "a survey released on Monday");
	crd_result_free(r);
}

/* Whether the cue that starts the first occurrence of text in doc is
 * marked nested (a cue must start there). */
static int nested_at(const crd_result *r, const char *doc, const char *text)
{
	size_t start = (size_t)(strstr(doc, text) - doc);
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_evidence ev;
		crd_result_evidence(r, i, &ev);
		if (is_cue(ev.feature) && ev.start == start) {
			const crd_attr *a = tu_attr(&ev, "nested");
			int inner = strcmp(ev.feature, "nested_attribution_cue") == 0;
			if (inner != (a && a->type == CRD_ATTR_BOOL && a->number == 1))
				fail_msg("cue at \"%s\" is %s but its nested attribute says otherwise", text,
				         ev.feature);
			return inner;
		}
	}
	fail_msg("no cue at \"%s\"", text);
	return 0;
}

/* Whether the first item of feature whose text is text is marked nested. */
static int nested(const crd_result *r, const char *feature, const char *text)
{
	crd_evidence ev = must_find(r, feature, text);
	const crd_attr *a = tu_attr(&ev, "nested");
	return a && a->type == CRD_ATTR_BOOL && a->number == 1;
}

/* Whether the first cue whose text is text is a nested one: its feature
 * says so, and so does its nested attribute, or the test fails. */
static int nested_cue(const crd_result *r, const char *text)
{
	crd_evidence ev = must_find_cue(r, text);
	const crd_attr *a = tu_attr(&ev, "nested");
	int inner = strcmp(ev.feature, "nested_attribution_cue") == 0;
	if (inner != (a && a->type == CRD_ATTR_BOOL && a->number == 1))
		fail_msg("cue \"%s\" is %s but its nested attribute says otherwise", text, ev.feature);
	return inner;
}

/* Idioms of owning a view openly or mocking one are their subject's
 * reports, and a report inside what they bear on is nested in them. */
static void test_open_view_idioms(void **state)
{
	(void)state;
	const char *doc =
	        "Mayor Ellen Voss has made no secret of the plans she believes will pass. Senator Ada "
	        "Brooks left no doubt that she would run. Councilman Ray Ortiz poked fun at the "
	        "levy. Judge Nora Pike looks forward to the hearings.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "made no secret");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	assert_true(nested_cue(r, "believes"));
	ev = must_find_cue(r, "left no doubt");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	ev = must_find_cue(r, "poked fun at");
	assert_string_equal(str_attr(&ev, "source"), "Councilman Ray Ortiz");
	ev = must_find_cue(r, "looks forward to");
	assert_string_equal(str_attr(&ev, "source"), "Judge Nora Pike");
	crd_result_free(r);
}

/* Idioms of seizing on what another said are their subject's reports, and
 * a report inside what they bear on is nested in them; a day after the
 * verb makes it a seizure of goods, no report. */
static void test_seizing_on_idioms(void **state)
{
	(void)state;
	const char *doc = "Senator Ada Brooks seized on the remark that the mayor said was a joke. Customs "
	                  "officers seized on Tuesday a truck of rifles. Judge Nora Pike was pouncing on the "
	                  "gaffe. Councilman Ray Ortiz zeroed in on the cost.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "seized on");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	assert_true(nested_cue(r, "said"));
	assert_false(cue_covers(r, doc, "seized on Tuesday"));
	ev = must_find_cue(r, "pouncing on");
	assert_string_equal(str_attr(&ev, "source"), "Judge Nora Pike");
	ev = must_find_cue(r, "zeroed in on");
	assert_string_equal(str_attr(&ev, "source"), "Councilman Ray Ortiz");
	crd_result_free(r);
}

/* Idioms of weighing a plan in public ("toyed with the notion", "is
 * floating the possibility") are their subject's reports, and a report
 * inside what they bear on is nested in them. */
static void test_weighing_a_plan_idioms(void **state)
{
	(void)state;
	const char *doc =
	        "Judge Nora Pike has toyed with the notion of a run that her aides said was likely. "
	        "Mayor Ellen Voss is floating the possibility of a curfew. Councilman Ray Ortiz "
	        "flirted with the idea of a levy.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "toyed with the notion");
	assert_string_equal(str_attr(&ev, "source"), "Judge Nora Pike");
	assert_true(nested_cue(r, "said"));
	ev = must_find_cue(r, "floating the possibility");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	ev = must_find_cue(r, "flirted with the idea");
	assert_string_equal(str_attr(&ev, "source"), "Councilman Ray Ortiz");
	crd_result_free(r);
}

/* "like" and "love" in the forms that are verbs are a stance of their
 * subject, with a report in what they bear on nested in them; not a
 * passive, whose holders follow "by" or stand unnamed. */
static void test_like_and_love(void **state)
{
	(void)state;
	const char *doc =
	        "Councilman Ray Ortiz did not like the budget that he thought was padded. Judge Nora "
	        "Pike liked the idea. The park is well liked by families.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "did not like");
	assert_string_equal(str_attr(&ev, "source"), "Councilman Ray Ortiz");
	assert_true(nested_cue(r, "thought"));
	ev = must_find_cue(r, "liked");
	assert_string_equal(str_attr(&ev, "source"), "Judge Nora Pike");
	assert_false(cue_covers(r, doc, "liked by"));
	crd_result_free(r);
}

/* Verbs of saying and blaming in the forms news copy uses are cues:
 * "apologized", "grilled", "needled", "floated a plan"; "floated" only
 * before what can be proposed, not a company that "floated shares". */
static void test_saying_verbs_apologize_grill_float(void **state)
{
	(void)state;
	const char *doc =
	        "Mayor Ellen Voss apologized for the delay. Senator Ada Brooks grilled the banker on "
	        "fees. Councilman Ray Ortiz floated a plan for a levy. The firm floated shares in May.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "apologized");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	ev = must_find_cue(r, "grilled");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	ev = must_find_cue(r, "floated");
	assert_string_equal(str_attr(&ev, "source"), "Councilman Ray Ortiz");
	assert_false(cue_covers(r, doc, "floated shares"));
	crd_result_free(r);
}

/* Idioms of siding, praising and attacking are their subject's reports:
 * "came out in support of", "poured cold water on", "touched on", "struck
 * back"; not a deal that "was struck back in June". */
static void test_siding_and_attacking_idioms(void **state)
{
	(void)state;
	const char *doc = "The nurses' union came out in support of the levy. Senator Ada Brooks poured cold "
	                  "water on the plan. Mayor Ellen Voss touched on the budget. Councilman Ray Ortiz "
	                  "struck back at his critics. The lease was struck back in June.";
	crd_result *r = tu_features(doc);
	assert_true(cue_find(r, "came out in support of", NULL));
	crd_evidence ev = must_find_cue(r, "poured cold water on");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	ev = must_find_cue(r, "touched on");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	ev = must_find_cue(r, "struck back");
	assert_string_equal(str_attr(&ev, "source"), "Councilman Ray Ortiz");
	assert_false(cue_covers(r, doc, "struck back in June"));
	crd_result_free(r);
}

/* Idioms of joining or leaving a side and verbs of scolding are their
 * subject's reports: "broke ranks with", "signed off on", "savaged". */
static void test_ranks_and_scolding(void **state)
{
	(void)state;
	const char *doc = "Senator Ada Brooks broke ranks with her party. Mayor Ellen Voss signed off on the "
	                  "budget. Councilman Ray Ortiz savaged the plan.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "broke ranks with");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	ev = must_find_cue(r, "signed off on");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	ev = must_find_cue(r, "savaged");
	assert_string_equal(str_attr(&ev, "source"), "Councilman Ray Ortiz");
	crd_result_free(r);
}

/* Verbs of hinting and mocking and idioms of changing one's stance are
 * their subject's reports: "intimated that", "lampooned", "reversed
 * course", "piled on"; papers that "are piled on" a table are not. */
static void test_hinting_mocking_and_reversing(void **state)
{
	(void)state;
	const char *doc = "Mayor Ellen Voss intimated that the levy would fail. Senator Ada Brooks lampooned "
	                  "the plan. Councilman Ray Ortiz later reversed course. Critics piled on. Files are "
	                  "piled on the desk.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "intimated");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	ev = must_find_cue(r, "lampooned");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	ev = must_find_cue(r, "reversed course");
	assert_string_equal(str_attr(&ev, "source"), "Councilman Ray Ortiz");
	assert_true(cue_covers(r, doc, "piled on."));
	assert_false(cue_covers(r, doc, "piled on the desk"));
	crd_result_free(r);
}

/* A report inside what another reports is marked nested, with its source:
 * the outer one is the article's sourcing, the inner one part of what was
 * said. Not a report of the same speaker's next deed, nor one after a
 * clause of its own. */
/* A figure the sentence names before a relative clause is no part of the
 * speaker's phrase: "the $2.40 | analysts had expected", "the 3.1% |
 * economists had forecast"; a share that counts its people keeps them. */
static void test_figure_before_relative_speaker(void **state)
{
	(void)state;
	const char *doc = "The chain earned $2.10 a share, short of the $2.40 analysts had expected. "
	                  "Prices rose 3.4%, above the 3.1% economists had forecast.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "expected");
	assert_string_equal(str_attr(&ev, "source"), "analysts");
	ev = must_find_cue(r, "forecast");
	assert_string_equal(str_attr(&ev, "source"), "economists");
	assert_false(tu_find(r, "vague_attribution", "the $2.40 analysts", NULL));
	crd_result_free(r);

	doc = "A 61% majority of farmers oppose the tariff.";
	r = tu_features(doc);
	ev = must_find_cue(r, "oppose");
	assert_string_equal(str_attr(&ev, "source"), "A 61% majority of farmers");
	crd_result_free(r);
}

/* A battery's charging is no charge against anyone: "The phone charges
 * at 80W", "charges wirelessly", "The earbuds charge fully in an hour";
 * "The lawsuit charges that ..." stays a cue. */
static void test_charging_battery(void **state)
{
	(void)state;
	const char *doc = "The phone charges at 80W and charges wirelessly at 50W. "
	                  "The earbuds charge fully in an hour. "
	                  "The lawsuit charges that the firm hid the defect.";
	crd_result *r = tu_features(doc);
	assert_int_equal(crd_result_count(r, "attribution_cue", NULL), 1);
	assert_false(cue_covers(r, doc, "charges at"));
	assert_false(cue_covers(r, doc, "charge fully"));
	crd_result_free(r);
}

/* An item of a bulleted list opens with the name of a part or a feature:
 * "- Messages: Fixes a bug ..." is no crowd speaking; a named speaker in a
 * bulleted line ("- Senator Ada Voss: We will ...") and a headline's crowd
 * ("Historians: ...") stay sources. */
static void test_bulleted_label(void **state)
{
	(void)state;
	const char *doc = "What changed\n\n- Messages: Fixes a bug that caused duplicate chats.\n"
	                  "- Reports: Shows weekly screen time for each app.\n"
	                  "- Senator Ada Voss: We will not back this bill.\n";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "vague_attribution", "Messages", NULL));
	assert_false(tu_find(r, "vague_attribution", "Reports", NULL));
	assert_true(tu_find(r, "named_source", "Senator Ada Voss", NULL));
	crd_result_free(r);
	r = tu_features("Historians: the treaty failed for want of money\n\nThe treaty was signed in 1921.");
	assert_true(tu_find(r, "vague_attribution", "Historians", NULL));
	crd_result_free(r);
}

/* The C-suite acronyms are titles before a name as "CEO" is: "said
 * CFO Lena Moss" names its speaker, and a quotation after it is hers, not
 * that of the last speaker before it. */
static void test_c_suite_titles(void **state)
{
	(void)state;
	const char *doc = "\"Margins held,\" said CEO Jon Ruiz.\n\n"
	                  "\"Costs rose,\" said CFO Lena Moss.\n\n"
	                  "\"The chips are late,\" said CTO Ivo Brandt.\n";
	crd_result *r = tu_features(doc);
	assert_true(tu_find(r, "named_source", "CFO Lena Moss", NULL));
	assert_true(tu_find(r, "named_source", "CTO Ivo Brandt", NULL));
	crd_evidence ev;
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_result_evidence(r, i, &ev);
		if (strcmp(ev.feature, "direct_quote") == 0 && strstr(ev.text, "Costs"))
			assert_string_equal(str_attr(&ev, "speaker"), "CFO Lena Moss");
	}
	crd_result_free(r);
}

/* A passive "shown" with its object after it is what was put before
 * somebody's eyes, no finding: "Users were shown ads", "had been shown
 * the video"; "is shown discussing", a film's record of words, stays a
 * cue. */
static void test_shown_an_object(void **state)
{
	(void)state;
	const char *doc = "Teen users were shown ads for betting sites. "
	                  "The jurors had been shown the video twice. "
	                  "The senator is shown discussing his plan to cut taxes.";
	crd_result *r = tu_features(doc);
	assert_int_equal(crd_result_count(r, "attribution_cue", NULL), 1);
	must_find_cue(r, "shown");
	assert_false(cue_covers(r, doc, "shown ads"));
	assert_false(cue_covers(r, doc, "shown the video"));
	crd_result_free(r);
}

/* "add" with a determined object and the place it goes ("to its list") or
 * what it serves ("for tablets") puts a thing somewhere, and "added new
 * controls" too; "added the fee for members was too high" and "added the
 * following to her post: ..." still report words. */
static void test_added_thing_to_place(void **state)
{
	(void)state;
	const char *doc = "The regulator added the app to its watch list on Friday. "
	                  "The update adds a dark mode for tablets. "
	                  "Orvik added new parental controls. "
	                  "Mayor Dana Kell added the fee for members was too high.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "added");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Dana Kell");
	assert_false(cue_find(r, "adds", NULL));
	assert_false(tu_find(r, "named_source", "Orvik", NULL));
	assert_int_equal(crd_result_count(r, "attribution_cue", NULL), 1);
	crd_result_free(r);
	r = tu_features("Tess Marlow added the following to her post: \"I am fine.\"");
	ev = must_find_cue(r, "added");
	assert_string_equal(str_attr(&ev, "source"), "Tess Marlow");
	crd_result_free(r);
}

/* "add" with jobs or "fewer"/"more" for object is hiring, not words: "The
 * economy added fewer jobs than forecast", "Retailers added workers"; "he
 * added that" stays a report. */
static void test_added_jobs(void **state)
{
	(void)state;
	const char *doc = "The state economy added fewer jobs than forecast in May. "
	                  "Retailers are adding workers before the holidays. "
	                  "The governor added that hiring would pick up.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "added");
	assert_string_equal(str_attr(&ev, "source"), "The governor");
	assert_false(cue_find(r, "adding", NULL));
	assert_false(tu_find(r, "anonymous_source", "The state economy", NULL));
	assert_false(tu_find(r, "vague_attribution", "Retailers", NULL));
	assert_int_equal(crd_result_count(r, "attribution_cue", NULL), 1);
	crd_result_free(r);
}

/* After an inverted cue, the note, email or call that carried the words
 * ends the speaker's phrase: "wrote Jun Ito, an analyst at Kerr, in a note
 * to clients", "said analysts at Pelham in a research note"; "a source on
 * the call" keeps its call. */
static void test_setting_of_writing_ends_speaker(void **state)
{
	(void)state;
	const char *doc = "\"Margins will recover,\" wrote Kerr analyst Jun Ito in a note to clients. "
	                  "\"Demand is soft,\" said analysts at Pelham in a research note. "
	                  "The deal stalled, according to a source on the call.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "wrote");
	assert_string_equal(str_attr(&ev, "source"), "Kerr analyst Jun Ito");
	ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "analysts at Pelham");
	must_find(r, "anonymous_source", "a source on the call");
	crd_result_free(r);
}

/* A month or a period before "forecast" makes it a noun, no report:
 * "below the March forecasts of 1.1%", "the quarterly forecast"; "Analysts
 * forecast a loss" stays one. */
static void test_dated_forecast_is_a_noun(void **state)
{
	(void)state;
	const char *doc = "Output grew 0.9%, below the March forecasts of 1.1%. "
	                  "The quarterly forecast was cut. Analysts forecast a loss.";
	crd_result *r = tu_features(doc);
	assert_int_equal(crd_result_count(r, "attribution_cue", NULL), 1);
	crd_evidence ev = must_find_cue(r, "forecast");
	assert_string_equal(str_attr(&ev, "source"), "Analysts");
	crd_result_free(r);
}

/* A bare verb form after "a" and one word ends a singular compound noun,
 * no report: "said in a research note that", "a passing promise that";
 * after a verb that takes a bare infinitive it stays one ("heard a witness
 * describe"). */
static void test_bare_form_after_article_and_noun(void **state)
{
	(void)state;
	const char *doc = "Economists at Pellam said in a research note that they expect a cut.";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, "note", NULL));
	assert_false(tu_find(r, "named_source", "a research", NULL));
	crd_evidence ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "Economists at Pellam");
	crd_result_free(r);
	doc = "Jurors heard a witness describe the crash.";
	r = tu_features(doc);
	must_find_cue(r, "describe");
	crd_result_free(r);
}

/* A subject of a word no list holds followed by where it is speaks as the whole phrase, not as
 * the place: "A plumber in Ohio said"; a phrase that does not open its clause keeps its old
 * reading ("a Mormon born in Provo"). */
static void test_unlisted_subject_with_its_place(void **state)
{
	(void)state;
	const char *doc = "A locksmith in Ohio wrote that the new rules were unfair.\n\n"
	                  "Overall, the remaining bakeries in Vermont reported lower sales.\n";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "wrote");
	assert_string_equal(str_attr(&ev, "source"), "A locksmith in Ohio");
	assert_false(tu_find(r, "named_source", "Ohio", NULL));
	ev = must_find_cue(r, "reported");
	assert_string_equal(str_attr(&ev, "source"), "the remaining bakeries in Vermont");
	crd_result_free(r);
	doc = "Tom Rell, a former aide and a beekeeper born in Provo, Utah, announced his plan on Monday.";
	r = tu_features(doc);
	assert_false(tu_find(r, "anonymous_source", "a beekeeper born in Provo, Utah", NULL));
	crd_result_free(r);
}

/* The singular of a reader or a juror and the everyday trades speak as sources, so a relative
 * clause on them keeps its speaker ("An engineer who ... told us", "A tenant who ... said"). */
static void test_everyday_trades_as_sources(void **state)
{
	(void)state;
	const char *doc =
	        "An engineer who has worked at the plant for 12 years told us the pumps were failing.\n\n"
	        "A tenant who has lived on the third floor for years said the heating was off.\n";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "told");
	assert_string_equal(str_attr(&ev, "source"), "An engineer who has worked at the plant for 12 years");
	assert_true(
	        tu_find(r, "anonymous_source", "An engineer who has worked at the plant for 12 years", NULL));
	assert_true(
	        tu_find(r, "anonymous_source", "A tenant who has lived on the third floor for years", NULL));
	crd_result_free(r);
}

/* A byline under a headline that ends on a participle is not the agent of that participle: in
 * "Harbour Plan Rejected | By Nora Quill" the writer rejected nothing; a "by" in the same line
 * still names the agent. */
static void test_byline_is_no_passive_agent(void **state)
{
	(void)state;
	const char *doc = "Harbour Plan Rejected\n\nBy Nora Quill, The Coastal Post\n\n"
	                  "The council met on Monday. The plan was rejected by the harbour board.\n";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "Nora Quill, The Coastal Post", NULL));
	crd_evidence ev = must_find_cue(r, "Rejected");
	assert_null(tu_attr(&ev, "source"));
	ev = must_find_cue(r, "rejected");
	assert_string_equal(str_attr(&ev, "source"), "the harbour board");
	crd_result_free(r);
	doc = "Harbour Plan Rejected\nBy Nora Quill\n\nThe council met on Monday.\n";
	r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "Nora Quill", NULL));
	crd_result_free(r);
}

/* A headline's kicker of several words in capitals, with a shouted word or ending on a
 * participle, is nobody speaking; a speaker's label of several words in capitals still is. */
static void test_kicker_of_several_words(void **state)
{
	(void)state;
	const char *doc = "FARMERS STUNNED: New Rule Doubles the Cost of Diesel Overnight\n\n"
	                  "The ministry published the rule on Monday.\n\n"
	                  "SHOCKING NEWS ALERT: The bridge will close for a month from Friday.\n\n"
	                  "MAYOR NORA QUILL: We will reopen the bridge before the winter.\n";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "FARMERS STUNNED", NULL));
	assert_false(tu_find(r, "named_source", "SHOCKING NEWS ALERT", NULL));
	assert_true(tu_find(r, "named_source", "MAYOR NORA QUILL", NULL));
	crd_result_free(r);
}

/* After "according to", a count of people speaks as those people do, not as a document:
 * "according to dozens of officials" is anonymous, "a growing number of economists" a crowd. */
static void test_according_to_a_count_of_people(void **state)
{
	(void)state;
	const char *doc = "The depot will close next year, according to dozens of officials.\n\n"
	                  "Prices will rise again, according to a growing number of economists.\n";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "dozens of officials", NULL));
	assert_true(tu_find(r, "anonymous_source", "dozens of officials", NULL));
	assert_false(tu_find(r, "named_source", "a growing number of economists", NULL));
	assert_true(tu_find(r, "vague_attribution", "a growing number of economists", NULL));
	crd_result_free(r);
}

/* After a verb of sending words, "saying" belongs to the sender, not to whom the words went:
 * "The agency emailed the Coastal Post late Thursday saying ...". */
static void test_saying_after_a_sent_message(void **state)
{
	(void)state;
	const char *doc = "A spokesperson for the agency emailed the Coastal Post late Thursday saying the "
	                  "report was false.\n\nThe company wrote to the Harbour Times on Monday saying the "
	                  "plant would close.\n";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "saying");
	assert_string_equal(str_attr(&ev, "source"), "A spokesperson for the agency");
	assert_false(tu_find(r, "named_source", "the Coastal Post", NULL));
	assert_false(tu_find(r, "named_source", "the Harbour Times", NULL));
	crd_result_free(r);
}

/* A page's tease to its reader ("what they don't want you to know") reports no one's wish; a wish
 * said aloud ("wants you to know he ...") and a plain wish still are cues. */
static void test_tease_is_no_report(void **state)
{
	(void)state;
	const char *doc = "The lobbyists do not want you to know about the harbour deal.\n\n"
	                  "The singer really wants you to know he dislikes the tour.\n";
	crd_result *r = tu_features(doc);
	assert_false(cue_find(r, "want", NULL));
	assert_false(tu_find(r, "vague_attribution", "The lobbyists", NULL));
	assert_true(cue_find(r, "wants", NULL));
	crd_result_free(r);
}

static void test_nested_reports(void **state)
{
	(void)state;
	const char *doc =
	        "Carden also said he argued that the administration would be firm. "
	        "Senator Chuck Grayling noted FBI Director James Colfax said investigators had recovered "
	        "several hundred invoices.";
	crd_result *r = tu_features(doc);
	/* each report is one feature or the other, never both */
	assert_int_equal(crd_result_count(r, "attribution_cue", NULL), 2);
	assert_int_equal(crd_result_count(r, "nested_attribution_cue", NULL), 2);
	crd_evidence in;
	assert_true(tu_find(r, "nested_attribution_cue", "argued", &in));
	assert_string_equal(str_attr(&in, "lemma"), "argue");
	assert_false(nested_cue(r, "said"));
	assert_true(nested_cue(r, "argued"));
	assert_false(nested_cue(r, "noted"));
	assert_false(nested(r, "named_source", "Senator Chuck Grayling"));
	crd_evidence ev = must_find(r, "named_source", "FBI Director James Colfax");
	const crd_attr *a = tu_attr(&ev, "nested");
	assert_true(a && a->number == 1);
	crd_result_free(r);

	/* an inverted report that closes the sentence reports what came
	 * before its comma, cues and all */
	doc = "The mayor's claim that the council approved the budget was false, the auditor said. "
	      "Residents who say the park is unsafe are wrong, the chief said in a statement.";
	r = tu_features(doc);
	assert_true(nested_cue(r, "claim"));
	assert_true(nested_cue(r, "say"));
	assert_false(nested_cue(r, "said"));
	crd_result_free(r);

	/* a transcript's turn: the rest of the speaker's line is theirs */
	doc = "The governor spoke to reporters on Monday.\n\n"
	      "FALLIN: Well, the voters believe that he can win. They know what is at stake.\n\n"
	      "Officials said the count would end on Friday.";
	r = tu_features(doc);
	assert_false(nested_cue(r, ":"));
	assert_true(nested_cue(r, "believe"));
	assert_true(nested_cue(r, "know"));
	assert_false(nested_cue(r, "said"));
	crd_result_free(r);

	/* the speaker's own next deed, a clause of its own, a participle */
	doc = "Whitford slammed the shift as a conversion and accused Stolz of a flip-flop. "
	      "When asked about the map, Reid said no. "
	      "The family soured on the manager, the Post reported, citing another source. "
	      "Aides said Adeyemi will make his case, highlighting the recovery.";
	r = tu_features(doc);
	assert_false(nested_cue(r, "accused"));
	assert_false(nested_cue(r, "asked"));
	assert_false(nested_cue(r, "reported"));
	assert_false(nested_cue(r, "highlighting"));
	crd_result_free(r);
}

/* "plans to", "would like to", "looking to": an intention after a speaker,
 * only before "to"; "plan" and "plans" without it are nouns, which a source
 * before another cue may end with ("Her plan called for ..."). */
static void test_intention_before_to(void **state)
{
	(void)state;
	const char *doc = "The county council plans to raise the parking fee. Harriet Vole would like to see "
	                  "the pool reopened. Councillor Dara Penn is looking to hire new staff.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "plans");
	assert_string_equal(str_attr(&ev, "lemma"), "plan");
	assert_true(tu_covers(r, doc, "named_source", "The county council"));
	assert_true(cue_find(r, "would like", NULL));
	assert_true(tu_covers(r, doc, "named_source", "Harriet Vole"));
	assert_true(cue_find(r, "looking", NULL));
	crd_result_free(r);
	doc = "The plans of the harbour board were shown in May. Her plan called for two new bridges. "
	      "Hikers were looking for the trail.";
	r = tu_features(doc);
	assert_false(cue_find(r, "plans", NULL));
	assert_false(cue_find(r, "plan", NULL));
	assert_false(cue_find(r, "looking", NULL));
	ev = must_find_cue(r, "called for");
	assert_string_equal(str_attr(&ev, "source"), "Her plan");
	crd_result_free(r);
}

/* Verbs of stance and of speaking that news copy uses of a speaker's words
 * or position: disowning ("disavowed"), feeling ("has long admired"),
 * attacking ("went after", "tore into"), taking a side ("sided with") and
 * pointing ("points to"), but not "points to" after "percentage". */
static void test_stance_and_speech_verbs(void **state)
{
	(void)state;
	const char *doc =
	        "Councillor Mara Quist disavowed the leaflet. Judge Otto Brandt has long admired the "
	        "old charter. Mayor Lena Hollis went after her rival on taxes. The court sided with "
	        "the tenants. The audit points to a shortfall in the fund. Senator Ivo Lind alluded to "
	        "the vote.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "disavowed");
	assert_string_equal(str_attr(&ev, "source"), "Councillor Mara Quist");
	ev = must_find_cue(r, "admired");
	assert_string_equal(str_attr(&ev, "lemma"), "admire");
	assert_true(cue_find(r, "went after", NULL));
	assert_true(cue_find(r, "sided with", NULL));
	assert_true(cue_find(r, "points to", NULL));
	assert_true(cue_find(r, "alluded to", NULL));
	crd_result_free(r);
	doc = "The index rose 0.3 percentage points to 2.1 percent.";
	r = tu_features(doc);
	assert_false(cue_find(r, "points to", NULL));
	crd_result_free(r);
}

/* More verbs of a speaker's stand: calling someone out, floating an idea,
 * pushing for a measure, shrugging a charge off, and "demurred" before a
 * quotation, where its speaker is the one who declines. */
static void test_calling_out_and_floating(void **state)
{
	(void)state;
	const char *doc =
	        "Senator Ada Moss called out the agency for its delays. Mayor Tom Reyes floated the "
	        "idea of a toll. Councillor Ruth Ibe has pushed for a new library. Governor Len Ashby "
	        "shrugged off the charge. Asked about a third term, Ashby demurred: \"Ask me next "
	        "year.\"";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "called out");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Moss");
	assert_true(cue_find(r, "floated the idea", NULL));
	assert_true(cue_find(r, "pushed for", NULL));
	assert_true(cue_find(r, "shrugged off", NULL));
	ev = must_find_cue(r, "demurred");
	assert_string_equal(str_attr(&ev, "lemma"), "demur");
	crd_result_free(r);
}

/* "compared" X to Y is a judgement given; "compared with" and "compared to"
 * right after it are a measure ("up 4 percent compared with May"). */
static void test_compared_as_judgement(void **state)
{
	(void)state;
	const char *doc = "Senator Nell Hardy compared the new levy to a toll on the poor.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "compared");
	assert_string_equal(str_attr(&ev, "source"), "Senator Nell Hardy");
	crd_result_free(r);
	doc = "Exports rose 4 percent compared with May. Prices fell compared to last year.";
	r = tu_features(doc);
	assert_false(cue_find(r, "compared", NULL));
	crd_result_free(r);
}

/* A word of the stance lexicon, verb ("what he calls") or noun ("the
 * mayor's remarks"), reports inside the sentence's report like any verb;
 * the noun after a stance adjective's "in their" is that report itself. */
static void test_nested_stance_nouns(void **state)
{
	(void)state;
	const char *doc = "Dalton has railed against what he calls a rigged tender. "
	                  "Ms. Ferro said she wants a charter that calls for open books. "
	                  "Ms. Ferro slammed the mayor's remarks about the toll. "
	                  "The chief laid out his concerns that the budget was short. "
	                  "The mayors were unanimous in their condemnation of the toll.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "railed against"));
	assert_true(nested_cue(r, "calls"));
	assert_true(nested_cue(r, "calls for"));
	assert_false(nested_cue(r, "slammed"));
	assert_true(nested_cue(r, "remarks"));
	assert_true(nested_cue(r, "concerns"));
	assert_false(nested_cue(r, "condemnation"));
	crd_result_free(r);
}

/* A participle after "for", "of", "about" or "without" is what a verb of
 * judging reports, and nested in it; one after "by" is the speaker's own
 * way of doing it. */
static void test_nested_matter_of_judging(void **state)
{
	(void)state;
	const char *doc = "The senator rebuked the mayor for suggesting that the bridge was safe. "
	                  "The union praised the court for insisting on an open hearing. "
	                  "The chief answered by saying that the count was sound.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "rebuked"));
	assert_true(nested_cue(r, "suggesting"));
	assert_true(nested_cue(r, "insisting"));
	assert_false(nested_cue(r, "saying"));
	crd_result_free(r);
}

/* A list of what the outer verb governs goes on past its comma: the
 * report in "including ..." is part of what was railed against; a
 * sentence of its own is not. */
static void test_nested_including_list(void **state)
{
	(void)state;
	const char *doc =
	        "Nora Ames railed against the donor groups, including the one supporting Peter Lind.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "railed against"));
	assert_true(nested_cue(r, "supporting"));
	crd_result_free(r);

	doc = "Nora Ames railed against the donor groups. The one supporting Peter Lind spent the most.";
	r = tu_features(doc);
	assert_false(nested_cue(r, "supporting"));
	crd_result_free(r);
}

/* The inner speaker's own phrase, asides and joined names and all, is the
 * subject of what the outer verb reports: its commas and its "and" end no
 * clause. A phrase that runs on from the outer verb's object is no such
 * subject. */
static void test_nested_past_inner_speaker_aside(void **state)
{
	(void)state;
	const char *doc =
	        "Aides said that Governor Ray Dunmore, who must sign the bill, has hinted at a veto. "
	        "The clerk said both he and Lund promised to reopen the office.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "said"));
	assert_true(nested_cue(r, "hinted"));
	assert_true(nested_cue(r, "promised"));
	crd_result_free(r);

	r = tu_features(
	        "One pastor supporting Mr. Ames, Dan Reyes of Flint, said he had called every parish.");
	assert_false(nested_cue(r, "said"));
	crd_result_free(r);
}

/* What "said" reports opens right after it when a subject stands there,
 * and a clause of time or condition after it goes on inside it; not after
 * "said in an interview", nor "while", which sets a second report beside
 * the first. */
static void test_nested_clause_after_said(void **state)
{
	(void)state;
	const char *doc = "Lund said the vote would pass if the council agreed to the terms. "
	                  "Senator Okafor said the mayor was right when he said the bridge was unsafe.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "said"));
	assert_true(nested_cue(r, "agreed"));
	assert_true(nested_at(r, doc, "said the bridge"));
	crd_result_free(r);

	doc = "Ames said in an interview when asked about the toll that it was fair. "
	      "Ames said the toll was fair while Lund said it was too steep.";
	r = tu_features(doc);
	assert_false(nested_cue(r, "asked"));
	assert_false(nested_at(r, doc, "said it was too steep"));
	crd_result_free(r);
}

/* A clause of cause after a report gives its grounds, part of what it
 * reports, even before any "that" or subject has opened it. */
static void test_nested_cause_clause(void **state)
{
	(void)state;
	const char *doc = "The council refused to hear the case because the mayor had argued it was moot. "
	                  "Ms. Ferro backs the levy because she believes the schools need it.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "refused"));
	assert_true(nested_cue(r, "argued"));
	assert_false(nested_cue(r, "backs"));
	assert_true(nested_cue(r, "believes"));
	crd_result_free(r);
}

/* A clause on "if" after a report is its question or its condition,
 * part of what it reports. */
static void test_nested_if_clause(void **state)
{
	(void)state;
	const char *doc = "Ms. Ferro refused to say if she supports the levy. "
	                  "The chief asked the crowd to clap if they agreed with the plan.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "refused"));
	assert_true(nested_cue(r, "supports"));
	assert_false(nested_cue(r, "asked"));
	assert_true(nested_cue(r, "agreed"));
	crd_result_free(r);
}

/* A poll that opens its sentence covers what its respondents say there,
 * as an opening "According to" does; a plain "In the end," opens none. */
static void test_nested_after_opening_poll(void **state)
{
	(void)state;
	const char *doc =
	        "In a county survey released on Monday, 40 percent of renters said they would move. "
	        "In the end, the mayor conceded that the count would resume.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "In"));
	assert_true(nested_cue(r, "said"));
	assert_false(nested_cue(r, "conceded"));
	crd_result_free(r);
}

/* A share of those a poll asked says what the poll reports, whatever the
 * punctuation between; a share after another kind of report does not. */
static void test_nested_poll_shares(void **state)
{
	(void)state;
	const char *doc =
	        "A county survey found that 28 percent of renters backed the levy, while 23 percent "
	        "opposed it. The mayor said the vote was close, but 23 percent of the members said "
	        "they opposed it.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "found"));
	assert_true(nested_cue(r, "opposed"));
	assert_false(nested(r, "vague_attribution", "23 percent of the members"));
	crd_result_free(r);
}

/* "quoted X as saying": the participle says what the quoting reports,
 * across the aside about X. */
static void test_nested_quoted_as_saying(void **state)
{
	(void)state;
	const char *doc = "The paper quoted Ada Kell, a retired nurse, as saying that the ward was closed.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "quoted"));
	assert_true(nested_cue(r, "saying"));
	crd_result_free(r);
}

/* A participle after a that-clause belongs to that clause, though it
 * borrowed the outer speaker; one after the determiner "that" does not. */
static void test_nested_participles_after_that(void **state)
{
	(void)state;
	const char *doc = "Ms. Oduya dismissed claims that she was failing the district by backing the levy. "
	                  "The firm responded to that letter by opposing the levy.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "dismissed"));
	assert_true(nested_cue(r, "backing"));
	assert_false(nested_cue(r, "opposing"));
	crd_result_free(r);
}

/* An aside right after "that," stands inside what the verb reports; the
 * pronoun "that" before ", but" opens no such aside. */
static void test_nested_after_that_aside(void **state)
{
	(void)state;
	const char *doc =
	        "The audit found that, relative to last year, more tenants said the rent was too high. "
	        "He kept saying that, but the board believes the count is over.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "found"));
	assert_true(nested_cue(r, "said"));
	assert_false(nested_cue(r, "believes"));
	crd_result_free(r);
}

/* A cue that opens the aside after "that," stands inside what the verb
 * reports, as one later in it does; a participle after the pronoun
 * "that" and its comma is the subject's own report. */
static void test_nested_cue_opening_that_aside(void **state)
{
	(void)state;
	const char *doc = "The inspector reported that, according to the shift log, two guards left early. "
	                  "The warden did not dispute that, saying the log was accurate.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "reported"));
	assert_true(nested_cue(r, "according to"));
	assert_false(nested_cue(r, "saying"));
	crd_result_free(r);
}

/* A verb whose colon ends its line introduces the next line, a statement
 * with no quotation marks: its cues are what was written. The line after
 * that is the writer's again, and a quotation after the colon keeps its
 * own closing report. */
static void test_nested_after_colon_line(void **state)
{
	(void)state;
	const char *doc = "In a post on her blog, Ames wrote:\n\n"
	                  "I think the levy is fair. We want a vote before June.\n\n"
	                  "The council meets on Tuesday, and Ames said she will attend.\n\n"
	                  "Her deputy replied:\n\n"
	                  "\"The count is over,\" Lee added.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "wrote"));
	assert_true(nested_cue(r, "think"));
	assert_true(nested_cue(r, "want"));
	assert_false(nested_cue(r, "said"));
	assert_false(nested_cue(r, "added"));
	crd_result_free(r);
}

/* A verb of saying may take a few words before the colon that ends its
 * line ("said on Friday:", "wrote on her blog:"): the next line is still
 * what was said. */
static void test_nested_after_colon_line_with_phrase(void **state)
{
	(void)state;
	const char *doc = "The mayor wrote on Friday:\n\n"
	                  "We believe the council will back the levy. I think the vote is close.\n\n"
	                  "Lee said the vote is close.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "wrote"));
	assert_true(nested_cue(r, "believe"));
	assert_true(nested_cue(r, "think"));
	assert_false(nested_cue(r, "said"));
	crd_result_free(r);
}

/* An opening "According to X," covers its whole sentence: a report after
 * a comma and "and" in it is still part of what X gives; the next
 * sentence is not. */
static void test_nested_under_opening_according(void **state)
{
	(void)state;
	const char *doc = "According to a watchdog group, the mayor praised his donors, and he asked the "
	                  "bankers to wait. Ms. Ortiz said the group was wrong.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "According to"));
	assert_true(nested_cue(r, "asked"));
	assert_false(nested_cue(r, "said"));
	crd_result_free(r);
}

/* A few words quoted inside what a verb of saying reports do not end
 * it: the report after them is still part of what was said. */
static void test_nested_past_quoted_words(void **state)
{
	(void)state;
	const char *doc = "The city attorney said the flyer \"plainly and falsely\" suggests that officers "
	                  "back the mayor.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "said"));
	assert_true(nested_cue(r, "suggests"));
	crd_result_free(r);
}

/* A participle whose speaker stands in what the outer verb governs
 * reports inside it; one whose speaker is the outer verb's own does not. */
static void test_nested_participles_of_objects(void **state)
{
	(void)state;
	const char *doc = "Ms. Ferro cited a survey showing that rents had doubled. "
	                  "All three mayors issued statements condemning the attacks.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "cited"));
	assert_true(nested_cue(r, "showing"));
	assert_false(nested_cue(r, "condemning"));
	crd_result_free(r);
}

/* Headlines put attacks in the present tense ("rips", "knocks", "pans",
 * "hammers", "sound off", "breaks with"); the words that make a blow or a
 * tool of them ("ripped off", "knocked out", "hammered out") are no cue. */
static void test_headline_attack_verbs(void **state)
{
	(void)state;
	const char *doc = "Senator Vance rips transit levy.\n\nCouncillor Ruth Ibe knocks the mayor over the "
	                  "pension vote. Critics panned the stadium deal. Governor Len Ashby hammered "
	                  "the board for its delays. Parents sound off on school closures. Mayor Tom Reyes "
	                  "breaks with his party on the toll.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "rips");
	assert_string_equal(str_attr(&ev, "source"), "Senator Vance");
	ev = must_find_cue(r, "knocks");
	assert_string_equal(str_attr(&ev, "source"), "Councillor Ruth Ibe");
	assert_true(cue_find(r, "panned", NULL));
	assert_true(cue_find(r, "hammered", NULL));
	assert_true(cue_find(r, "sound off", NULL));
	assert_true(cue_find(r, "breaks with", NULL));
	crd_result_free(r);
	/* a plural subject takes the plain form: "Critics pan ..." */
	doc = "Critics pan stadium deal.\n\nUnions knock the depot plan. Residents hammer the board.";
	r = tu_features(doc);
	assert_true(cue_find(r, "pan", NULL));
	assert_true(cue_find(r, "knock", NULL));
	assert_true(cue_find(r, "hammer", NULL));
	crd_result_free(r);
	doc = "The lawyers hammered out a deal. A guard knocked out the intruder. Mayor Tom Reyes "
	      "ripped off the tape. Governor Len Ashby broke with tradition at the parade.";
	r = tu_features(doc);
	assert_false(cue_find(r, "hammered", NULL));
	assert_false(cue_find(r, "knocked", NULL));
	assert_false(cue_find(r, "ripped", NULL));
	assert_false(cue_find(r, "broke with", NULL));
	crd_result_free(r);
}

/* Headline labels before a colon: a speaker and whom the words are for
 * ("Ames to voters:") speaks, the speaker alone being the source; a call to
 * the reader ("LOOK:"), a reporting verb alone ("Revealed:") and two names
 * before a description ("Ames and Bell: A long feud") are no report. */
static void test_headline_colon_labels(void **state)
{
	(void)state;
	const char *doc = "Orla Vance To Farmers: Help Is Coming Before The Harvest\n\n"
	                  "Senator Orla Vance spoke in Dover on Monday.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "Orla Vance");
	assert_string_equal(str_attr(&ev, "cue"), "colon");
	assert_true(cue_covers(r, doc, ": Help"));
	crd_result_free(r);
	doc = "LOOK: Photos Of The Vance Rally Are Going Viral\n\nThe rally drew a crowd.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, ": Photos"));
	assert_false(tu_find(r, "named_source", "LOOK", NULL));
	crd_result_free(r);
	doc = "Revealed: What The Depot Memo Means For Commuters\n\nThe memo runs to ten pages.";
	r = tu_features(doc);
	assert_false(cue_find(r, "Revealed", NULL));
	crd_result_free(r);
	doc = "Orla Vance and Ned Bell: A long feud over the river\n\n"
	      "Senator Orla Vance and Mayor Ned Bell met in Dover on Monday.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, ": A long"));
	crd_result_free(r);
}

/* A headline's clause in capitals before a colon ("Orla Vance Vows
 * Comeback: 'We Will Win'"): the speaker is the name before the verb, not
 * the whole label. */
static void test_headline_clause_before_colon(void **state)
{
	(void)state;
	const char *doc = "Orla Vance Vows Comeback: 'We Will Win In The Spring'\n\n"
	                  "Senator Orla Vance spoke in Dover on Monday.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "Orla Vance Vows Comeback", NULL));
	assert_true(cue_covers(r, doc, ": 'We"));
	crd_evidence ev = must_find_cue(r, "Vows");
	assert_string_equal(str_attr(&ev, "source"), "Orla Vance");
	crd_result_free(r);
}

/* A title-case headline capitalises the adjectives between a light verb
 * and its noun of saying ("Makes Bold Prediction About"), and its surname
 * alone opening the line is the speaker. */
static void test_title_case_light_verbs(void **state)
{
	(void)state;
	const char *doc = "Vance Raises Serious Concerns About Depot Plan\n\n"
	                  "Senator Orla Vance spoke on Monday. The depot would close in the spring.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "Raises Serious Concerns");
	assert_string_equal(str_attr(&ev, "source"), "Vance");
	crd_result_free(r);
	doc = "Vance Made A Bold Prediction About The Race\n\nSenator Orla Vance spoke on Monday.";
	r = tu_features(doc);
	ev = must_find_cue(r, "Made A Bold Prediction");
	assert_string_equal(str_attr(&ev, "source"), "Vance");
	crd_result_free(r);
}

/* A headline's speaker and the topic before a colon ("Orla Vance On The
 * Depot: ..."): the speaker is the name before "on", not the label. */
static void test_headline_topic_before_colon(void **state)
{
	(void)state;
	const char *doc = "Orla Vance On The Depot: 'We Will Not Close It'\n\n"
	                  "Senator Orla Vance spoke in Dover on Monday.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "Orla Vance On The Depot", NULL));
	crd_evidence ev = must_find(r, "named_source", "Orla Vance");
	assert_string_equal(str_attr(&ev, "cue"), "colon");
	crd_result_free(r);
}

/* Idioms of siding and warning, with a possessive and without it as
 * headlines drop it: "threw her support behind", "throws support behind",
 * "sounded the alarm", "takes swipe at". */
static void test_siding_and_alarm_idioms(void **state)
{
	(void)state;
	const char *doc = "Union throws support behind Vance\n\nSenator Orla Vance threw her weight behind "
	                  "the depot plan. Councillor Ruth Ibe sounded the alarm about the cost. Mayor Tom "
	                  "Reyes takes swipe at the board.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "throws support behind");
	assert_string_equal(str_attr(&ev, "source"), "Union");
	ev = must_find_cue(r, "threw her weight behind");
	assert_string_equal(str_attr(&ev, "source"), "Senator Orla Vance");
	assert_true(cue_find(r, "sounded the alarm", NULL));
	assert_true(cue_find(r, "takes swipe at", NULL));
	crd_result_free(r);
}

/* "questions" ending its sentence is the noun, even after a name ("Reyes
 * gets testy over depot and NATO questions."); before what was asked it is
 * the verb. */
static void test_questions_at_sentence_end(void **state)
{
	(void)state;
	const char *doc = "Reyes gets testy over depot and NATO questions.\n\nMayor Tom Reyes questions the "
	                  "cost of the depot.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "questions."));
	crd_evidence ev = must_find_cue(r, "questions");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Tom Reyes");
	crd_result_free(r);
}

/* A person's name opening a headline's clause whose verb no vocabulary
 * knows ("Vance Tours Flooded Depot: ...") is the speaker; a word for a
 * speaker after the name ("Vance Aide: ...") keeps the label whole. */
static void test_name_before_unknown_headline_verb(void **state)
{
	(void)state;
	const char *doc = "Vance Tours Flooded Depot: 'We Will Rebuild It'\n\n"
	                  "Senator Orla Vance spoke in Dover on Monday.";
	crd_result *r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "Vance Tours Flooded Depot", NULL));
	crd_evidence ev = must_find(r, "named_source", "Vance");
	assert_string_equal(str_attr(&ev, "cue"), "colon");
	crd_result_free(r);
	doc = "Vance Aide: The Depot Will Reopen In May\n\nSenator Orla Vance spoke in Dover on Monday.";
	r = tu_features(doc);
	assert_false(tu_find(r, "named_source", "Vance", NULL));
	crd_result_free(r);
}

/* In a title-case headline an adverb between the speaker and the verb has
 * capitals too ("Vance Finally Admits ..."): the speaker is the name; a
 * surname in "-ly" stays the speaker's ("Ann Kelly Slams ..."). */
static void test_title_case_adverb_before_verb(void **state)
{
	(void)state;
	const char *doc = "Orla Vance Finally Admits Error On Depot\n\nSenator Orla Vance spoke on Monday. "
	                  "She finally agreed. Ann Kelly Slams Depot Plan.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "Admits");
	assert_string_equal(str_attr(&ev, "source"), "Orla Vance");
	ev = must_find_cue(r, "Slams");
	assert_string_equal(str_attr(&ev, "source"), "Ann Kelly");
	crd_result_free(r);
}

/* A headline's future ("Union to endorse Vance") gives the intention to
 * the phrase opening it; an object before "to" after a verb ("The strike
 * prompted Vance to denounce ...") is no such speaker. */
static void test_headline_future_speaker(void **state)
{
	(void)state;
	const char *doc = "Dockers Union to endorse Vance.\n\nThe strike prompted Orla Vance to denounce the "
	                  "board.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "endorse");
	assert_string_equal(str_attr(&ev, "source"), "Dockers Union");
	ev = must_find_cue(r, "denounce");
	assert_null(tu_attr(&ev, "source"));
	crd_result_free(r);
}

/* A verb of making or giving before a new noun of saying is a report with
 * nothing after the noun ("issued a statement", "made the case"); not a
 * noun the text named before, a call taken or a danger posed. */
static void test_light_verb_bare_noun(void **state)
{
	(void)state;
	const char *doc =
	        "After the vote, Mayor Tom Reed issued a statement. Senator Ada Brooks made the case "
	        "again on Monday. Governor Lena Park made the comments at a fair. Judge Amy Cole took "
	        "a call from her aide. The guard said the dog posed a serious threat.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "issued a statement");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Tom Reed");
	ev = must_find_cue(r, "made the case");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	assert_false(cue_covers(r, doc, "comments"));
	assert_false(cue_covers(r, doc, "a call"));
	assert_false(cue_covers(r, doc, "threat"));
	crd_result_free(r);
}

/* "released" puts a statement on record as "issued" does ("the council
 * released a statement saying ..."), whoever released it is the source;
 * released people or films are no report. */
static void test_released_statement(void **state)
{
	(void)state;
	const char *doc =
	        "The Harbor Council released a statement on Friday backing the new pier. Governor Lena "
	        "Park has released a short statement. The county released two inmates early.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "released a statement");
	assert_string_equal(str_attr(&ev, "source"), "The Harbor Council");
	ev = must_find_cue(r, "released a short statement");
	assert_string_equal(str_attr(&ev, "source"), "Governor Lena Park");
	assert_false(cue_covers(r, doc, "two inmates"));
	crd_result_free(r);
}

/* "cast", "paint" and "frame" report a judgement only with an object and
 * "as" after it ("cast the mayor as a bully"); not a vote cast, a wall
 * painted or a part an actor was cast as. */
static void test_cast_as(void **state)
{
	(void)state;
	const char *doc =
	        "Senator Ada Brooks cast the mayor as a reckless spender. Governor Lena Park has painted "
	        "her rival as weak on crime. Voters cast ballots in three towns. Mayor Tom Reed painted "
	        "the old bridge. The actor Sam Hale was cast as the king.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "cast");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	ev = must_find_cue(r, "painted");
	assert_string_equal(str_attr(&ev, "source"), "Governor Lena Park");
	assert_false(cue_covers(r, doc, "cast ballots"));
	assert_false(cue_covers(r, doc, "painted the old"));
	assert_false(cue_covers(r, doc, "was cast as"));
	crd_result_free(r);
}

/* Verbs of fretting, running down, preaching and wavering, and idioms of
 * toying with an idea, report a stance of their subject: "fretted that",
 * "pilloried the deal", "preaches thrift", "has waffled on", "toyed with
 * the idea of". */
static void test_fret_preach_waffle(void **state)
{
	(void)state;
	const char *doc =
	        "Aides to Governor Lena Park fretted that the race was slipping away. Senator Ada Brooks "
	        "pilloried the council's stadium deal. Mayor Tom Reed preaches thrift at every town hall. "
	        "Councilman Omar Diaz has waffled on the sales tax. Governor Lena Park has toyed with the "
	        "idea of a third run.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "pilloried");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	ev = must_find_cue(r, "preaches");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Tom Reed");
	ev = must_find_cue(r, "waffled");
	assert_string_equal(str_attr(&ev, "source"), "Councilman Omar Diaz");
	assert_true(cue_covers(r, doc, "fretted"));
	assert_true(cue_covers(r, doc, "toyed with"));
	crd_result_free(r);
}

/* Finding and supposing report a belief before "that" ("assumed that the
 * vote was safe"), rating and depicting a judgement with an object and
 * "as" ("rated her rival as weak"); not "assumed office", nor a thing
 * discovered. */
static void test_assume_rate_depict(void **state)
{
	(void)state;
	const char *doc =
	        "Governor Lena Park assumed that the vote would be close. Senator Ada Brooks rated her rival "
	        "as weak on crime. Mayor Tom Reed spoke for an hour, depicting his rival as a spendthrift. "
	        "Judge Omar Diaz assumed office in May. Inspector Ruth Kane discovered a leak in the tank.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "assumed");
	assert_string_equal(str_attr(&ev, "source"), "Governor Lena Park");
	ev = must_find_cue(r, "rated");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	ev = must_find_cue(r, "depicting");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Tom Reed");
	assert_false(cue_covers(r, doc, "assumed office"));
	assert_false(cue_covers(r, doc, "discovered a leak"));
	crd_result_free(r);
}

/* "position" and "pitch" with an object and "as" put a claim about it
 * ("positioned herself as the reform candidate"); not a position held or
 * a pitch thrown. */
static void test_position_pitch_as(void **state)
{
	(void)state;
	const char *doc =
	        "Governor Lena Park has positioned herself as the reform candidate. Mayor Tom Reed "
	        "pitched the levy as a fair deal. Sam Hale pitched the final inning. Senator Ada Brooks "
	        "holds positions on two boards.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "positioned");
	assert_string_equal(str_attr(&ev, "source"), "Governor Lena Park");
	ev = must_find_cue(r, "pitched");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Tom Reed");
	assert_false(cue_covers(r, doc, "Hale pitched"));
	assert_false(cue_covers(r, doc, "positions on"));
	crd_result_free(r);
}

/* "in support of" is the stance of whoever acts ("voted in support of");
 * not a change in how many hold it ("a drop in support of"). */
static void test_in_support_of(void **state)
{
	(void)state;
	const char *doc =
	        "Senator Ada Brooks voted in support of the levy. Surveys found a sharp drop in support "
	        "of the bridge plan.";
	crd_result *r = tu_features(doc);
	assert_true(cue_find(r, "in support of", NULL));
	assert_false(cue_covers(r, doc, "drop in support"));
	crd_result_free(r);
}

/* An owner's "attack on" and "call for" are what the owner said against
 * or asked for; not an attack of arms; and the owner is not taken as the
 * speaker of the verbs after it. */
static void test_owned_attack_and_call(void **state)
{
	(void)state;
	const char *doc =
	        "Senator Ada Brooks's attacks on the mayor grew sharper. Governor Lena Park's call for a "
	        "recount came late. The militia's deadly attack on the village killed four. Many farmers "
	        "are stirred by Mayor Tom Reed's calls for a new dam, sensing a change.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "attacks");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	ev = must_find_cue(r, "call");
	assert_string_equal(str_attr(&ev, "source"), "Governor Lena Park");
	assert_false(cue_covers(r, doc, "deadly attack"));
	ev = must_find_cue(r, "sensing");
	assert_string_equal(str_attr(&ev, "source"), "Many farmers");
	crd_result_free(r);
}

/* "has the backing of X": X's stance, X the source; not money ("the
 * financial backing of"). */
static void test_have_backing_of(void **state)
{
	(void)state;
	const char *doc =
	        "The levy has the full backing of Governor Lena Park. The depot had the financial backing "
	        "of Mayor Tom Reed.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "has the full backing");
	assert_string_equal(str_attr(&ev, "source"), "Governor Lena Park");
	assert_false(cue_covers(r, doc, "financial backing"));
	crd_result_free(r);
}

/* An owner's "support among" a group is a poll's reading, the group's
 * stance, so the group is the source and the owner is not. */
static void test_support_among(void **state)
{
	(void)state;
	const char *doc = "The drop in Mayor Tom Reed's support among rural voters was steep.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "support");
	assert_string_equal(str_attr(&ev, "source"), "rural voters");
	assert_false(tu_find(r, "named_source", "Mayor Tom Reed", NULL));
	crd_result_free(r);
}

/* A past form of a verb of making after an owner is an adjective of the
 * noun ("the mayor's repeated claims"), not the verb that governs it: the
 * owned noun counts as such, and with no content after it not at all. */
static void test_owner_past_form_adjective(void **state)
{
	(void)state;
	const char *doc = "Mayor Tom Reed's repeated claims angered the board. Senator Ada Brooks's renewed "
	                  "endorsement of the levy came late.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "repeated claims"));
	crd_evidence ev = must_find_cue(r, "endorsement");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	crd_result_free(r);
}

/* "question" after a determiner is a noun, not the verb: "There is no
 * question that ..." is the writer's certainty; but "Some question
 * whether ..." is a report. */
static void test_question_after_determiner(void **state)
{
	(void)state;
	const char *doc = "There is no question that the dam will hold. Such questions worry the board. Some "
	                  "farmers question whether the levy is fair.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "question that"));
	assert_false(cue_covers(r, doc, "questions worry"));
	assert_true(cue_covers(r, doc, "question whether"));
	crd_result_free(r);
}

/* An owner's noun of promising or proposing takes its content as an
 * infinitive ("her promise to build"), not as a phrase after "to" ("his
 * promise to the voters"). */
static void test_owned_noun_infinitive(void **state)
{
	(void)state;
	const char *doc =
	        "Mayor Tom Reed's promise to build a new bridge won him the race. Senator Ada Brooks's "
	        "proposal to the council came late.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "promise");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Tom Reed");
	assert_false(cue_covers(r, doc, "proposal"));
	crd_result_free(r);
}

/* "claim" after a determiner or an adjective of order is a noun, not the
 * verb that takes a clause after any noun phrase ("Rebels claim ..."). */
static void test_claim_after_determiner(void **state)
{
	(void)state;
	const char *doc =
	        "The proof for the last claim was a short clip. Rebels claim the town fell on Monday.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "claim was"));
	assert_true(cue_covers(r, doc, "claim the town"));
	crd_result_free(r);
}

/* The bare "support" is a side taken when an object follows it, an article,
 * a pronoun or a name ("who strongly support the mayor", "did support
 * Reed"); the noun reads on to a figure, a preposition, a verb or a day
 * ("won 40 percent support in", "gained support Monday"). */
static void test_bare_support_object(void **state)
{
	(void)state;
	const char *doc =
	        "Older renters, who strongly support the mayor, turned out early. Senator Ada Brooks "
	        "did support Reed in the end. The levy won 40 percent support in the county. The "
	        "plan gained support Monday from the union.";
	crd_result *r = tu_features(doc);
	assert_true(cue_covers(r, doc, "support the mayor"));
	crd_evidence ev = must_find(r, "named_source", "Senator Ada Brooks");
	assert_string_equal(str_attr(&ev, "cue"), "support");
	assert_false(cue_covers(r, doc, "percent support"));
	assert_false(cue_covers(r, doc, "gained support"));
	crd_result_free(r);
}

/* The object of a weak verb in a relative clause on "who" ends the
 * subject, it does not speak: in "Renters who oppose Reed said ..." the
 * renters say it, and so the share in "Half of the farmers who back Ames
 * think ...". */
static void test_relative_weak_verb_object(void **state)
{
	(void)state;
	const char *doc =
	        "Renters who oppose Reed said the vote was fair. Half of the farmers who endorsed Ames "
	        "think the levy will pass.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "Renters who oppose Reed");
	ev = must_find_cue(r, "think");
	assert_string_equal(str_attr(&ev, "source"), "Half of the farmers who endorsed Ames");
	crd_result_free(r);
}

/* A report closing its sentence after a quotation covers what follows an
 * opening clause's comma: "When asked ..., Ames said: '...,' the paper
 * reported." nests "said"; not when the closing speaker is the same one
 * again, by pronoun or by name. */
static void test_closing_report_after_opening_clause(void **state)
{
	(void)state;
	const char *doc = "When asked about the levy, Mayor Ted Ames said: \"We will hold a vote,\" the "
	                  "Gazette reported. After the count, Rosa Lind posted a note: \"We won,\" she "
	                  "wrote. When the judge spoke, Rosa Lind objected: \"No,\" Rosa Lind said.";
	crd_result *r = tu_features(doc);
	assert_true(nested_cue(r, "said"));
	assert_false(nested_cue(r, "reported"));
	assert_false(nested_cue(r, "posted"));
	assert_false(nested_cue(r, "objected"));
	crd_result_free(r);

	/* a main clause between the opening clause's comma and the report's */
	doc = "After the storm, the county plans to rebuild the pier, a spokesman said. "
	      "When asked about the pier, Ames replied no.";
	r = tu_features(doc);
	assert_true(nested_cue(r, "plans"));
	assert_false(nested_cue(r, "replied"));
	crd_result_free(r);
}

/* "well" after a modal is an adverb of the verb group, so the subject
 * before it still reaches the weak verb: "may well endorse". */
static void test_modal_well(void **state)
{
	(void)state;
	const char *doc = "The nurses' unions may well endorse Reed in June.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "endorse");
	assert_string_equal(str_attr(&ev, "source"), "The nurses' unions");
	crd_result_free(r);
}

/* The bare "back" takes a side when an object follows it ("farmers who
 * back Reed"); after a verb it takes as a particle it is no cue, and a
 * phrase read across it does not stop there ("pays back the loan", "said
 * running back Ray Dunn"). */
static void test_bare_back_object(void **state)
{
	(void)state;
	const char *doc =
	        "Most dairy farmers back Reed. The fund pays back the loan in May. \"We will win,\" said "
	        "running back Ray Dunn.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "vague_attribution", "Most dairy farmers");
	assert_string_equal(str_attr(&ev, "cue"), "back");
	assert_false(cue_covers(r, doc, "back the loan"));
	ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "running back Ray Dunn");
	crd_result_free(r);
}

/* "shot back" with a direction after it is a rise, no retort: "prices shot
 * back up"; the retort keeps its cue. */
static void test_shot_back_up(void **state)
{
	(void)state;
	const char *doc = "Last spring, rents shot back up by 4 percent. \"No,\" Mayor Tom Reed shot back.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "shot back up"));
	crd_evidence ev = must_find(r, "named_source", "Mayor Tom Reed");
	assert_string_equal(str_attr(&ev, "cue"), "shoot back");
	crd_result_free(r);
}

/* A verb of giving with its receiver between it and the noun of stance:
 * "gave Reed a warm endorsement", "gave him its full support"; the giver
 * is the source. A thing given is no stance ("gave Reed a loan"). */
static void test_give_receiver_stance(void **state)
{
	(void)state;
	const char *doc =
	        "The weekly paper gave Reed a warm endorsement. The farm union gave him its full support. "
	        "The county gave Reed a loan.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "gave Reed a warm endorsement");
	assert_string_equal(str_attr(&ev, "source"), "The weekly paper");
	ev = must_find_cue(r, "gave him its full support");
	assert_string_equal(str_attr(&ev, "source"), "The farm union");
	assert_false(cue_covers(r, doc, "a loan"));
	crd_result_free(r);
}

/* An owner's "embrace of" a plan or a person is a side taken, like an
 * owner's endorsement: "Senator Ada Brooks's tentative embrace of the
 * levy". */
static void test_owned_embrace(void **state)
{
	(void)state;
	const char *doc = "Senator Ada Brooks's tentative embrace of the levy came late.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "embrace");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	crd_result_free(r);
}

/* Words of when, between an owner and a noun of saying, keep the owner
 * ("the union's earlier claim that", "Trask's Friday announcement that",
 * "her March comment that"), and so does a degree word before an
 * adjective ("Lind's most surprising suggestion was that"); after a time
 * or an occasion, a quotation opens what was said as a subject does ("his
 * remark on Tuesday that \"...\""). */
static void test_owned_noun_when(void **state)
{
	(void)state;
	const char *doc = "The ad was like the union's earlier claim that Brooks would cut pensions. Stocks "
	                  "fell after Ada Trask's Friday announcement that the agency is reviewing records. "
	                  "Perhaps Mr. Lind's most surprising suggestion was that the mayor had used a "
	                  "private phone. The crowd booed after his remark on Tuesday that \"the city is "
	                  "broke.\"";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "announcement");
	assert_string_equal(str_attr(&ev, "source"), "Ada Trask");
	ev = must_find_cue(r, "suggestion");
	assert_string_equal(str_attr(&ev, "source"), "Mr. Lind");
	must_find_cue(r, "remark");
	ev = must_find_cue(r, "claim");
	assert_string_equal(str_attr(&ev, "source"), "the union");
	crd_result_free(r);
}

/* Questions, doubts and faults with no owner and no verb to give them
 * report what they are about ("amid questions about the contract",
 * "allegations of fraud"), with no source; "of" after a doubt names its
 * holders, not its matter ("the concerns of farmers"), and a verb later in
 * the sentence is not inside what they are about. */
static void test_unowned_fault_nouns(void **state)
{
	(void)state;
	const char *doc =
	        "The council met amid questions about the contract. The firm was dogged by allegations "
	        "of fraud for years. The concerns of farmers were many. Still, doubts about the dam are "
	        "higher "
	        "than engineers have suggested.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "questions");
	assert_null(tu_attr(&ev, "source"));
	must_find_cue(r, "allegations");
	assert_false(cue_find(r, "concerns", NULL));
	must_find_cue(r, "doubts");
	assert_false(nested_cue(r, "suggested"));
	crd_result_free(r);
}

/* Misgivings and the talk of many report what they are about as doubts
 * do ("amid growing skepticism about the levy", "a lot of talk about the
 * merger"), with no source; a verb of the same spelling after a subject,
 * "but" or a relative "that" is the verb's, and talk with no matter after
 * it reports nothing ("gave a talk to the aides"). */
static void test_unowned_mood_nouns(void **state)
{
	(void)state;
	const char *doc = "The vote came amid growing skepticism about the levy. There was a lot of talk "
	                  "about the merger in town. Some growers had misgivings over the dam.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "skepticism");
	assert_null(tu_attr(&ev, "source"));
	must_find_cue(r, "talk");
	must_find_cue(r, "misgivings");
	crd_result_free(r);

	doc = "Reporters could not help but talk about the storm. Ms. Ruiz gave a talk to the aides. "
	      "The leaflets that talk about the levy were thrown away.";
	r = tu_features(doc);
	assert_false(cue_find(r, "talk", NULL));
	assert_false(cue_find(r, "gave a talk", NULL));
	crd_result_free(r);
}

/* A report set between commas as an aside covers the clause it breaks
 * into: "Ames doubted, he said, that ..." nests "doubted"; not a cue before
 * the clause's conjunction ("praised the years when, she said, ..."). */
static void test_aside_report(void **state)
{
	(void)state;
	const char *doc = "Ames doubted, he said in an interview, that the fund would grow. "
	                  "Rosa Lind praised the years when, she said, crowds were calmer.";
	crd_result *r = tu_features(doc);
	assert_true(nested_cue(r, "doubted"));
	assert_false(nested_cue(r, "praised"));
	crd_result_free(r);

	/* the aside goes on over the clause after it, not over its own
	 * participle */
	doc = "Later, she said, the clerk told her the office was shut. "
	      "The board never met, the Gazette reported, citing two members.";
	r = tu_features(doc);
	assert_true(nested_cue(r, "told"));
	assert_false(nested_cue(r, "citing"));
	crd_result_free(r);
}

/* "all", "both" or "each" after an auxiliary other than "be" stays in the
 * verb group, so its subject reaches the verb: "The two senators
 * will all oppose"; "have both said". */
static void test_floating_after_aux(void **state)
{
	(void)state;
	const char *doc = "The two senators will all oppose the levy. The farm unions have both said no.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "oppose");
	assert_string_equal(str_attr(&ev, "source"), "The two senators");
	ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "The farm unions");
	crd_result_free(r);
}

/* "support" after an auxiliary, "to", "who" or a subject pronoun is the
 * verb, whatever plain word follows ("did support farmers", "renters who
 * support charters"), and an adverb may stand before its object ("support
 * quickly ending"); a particle after "back" is no object ("did not back
 * down"). */
static void test_verb_context_object(void **state)
{
	(void)state;
	const char *doc =
	        "Senator Ada Brooks did support farmers in the county. Most renters support quickly "
	        "ending the levy. Mayor Tom Reed did not back down.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "Senator Ada Brooks");
	assert_string_equal(str_attr(&ev, "cue"), "support");
	ev = must_find(r, "vague_attribution", "Most renters");
	assert_string_equal(str_attr(&ev, "cue"), "support");
	assert_false(cue_covers(r, doc, "back down"));
	crd_result_free(r);
}

/* A clause of time or cause inside what a verb reports is part of it:
 * "Lane said she left early because she could not stay while they
 * complained" nests "complained"; before the report opens, the clause is the
 * speaker's own ("Lane criticized the board before the mayor argued ..."). */
static void test_subordinate_inside_report(void **state)
{
	(void)state;
	const char *doc =
	        "Rosa Lind said she left early because she could not stay while the aides complained "
	        "about the budget. Tom Reed criticized the board before the mayor argued for a delay.";
	crd_result *r = tu_features(doc);
	assert_true(nested_cue(r, "complained"));
	crd_evidence ev = must_find_cue(r, "argued");
	assert_null(tu_attr(&ev, "nested"));
	crd_result_free(r);

	/* "so many", an adverb "once" and a relative clause's own "that"
	 * end no clause */
	doc = "Neighbours voiced anger that so many stalls appeared empty. "
	      "Tom Reed told a crowd in Ohio that Rosa Lind once described the deal as a mistake. "
	      "That will not do, said Ann Cole, a trader, who argues that the bank has pledged to raise "
	      "fees.";
	r = tu_features(doc);
	assert_true(nested_cue(r, "appeared"));
	assert_true(nested_cue(r, "described"));
	assert_true(nested_cue(r, "pledged"));
	crd_result_free(r);
}

/* "as many" and "as much" are adverbs of degree, not the conjunction "as":
 * the share after them still speaks inside what the survey found. */
static void test_as_many_inside_report(void **state)
{
	(void)state;
	const char *doc =
	        "A county survey found that twice as many renters said their heating bills had risen.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "found"));
	assert_true(nested_cue(r, "said"));
	crd_result_free(r);
}

/* A comma list of verb phrases shares the subject of its first verb
 * ("supports ..., opposes ... and backs ..."), a quoted object included;
 * not a noun list, a new clause after ", and", nor the main verb after a
 * relative clause. */
static void test_comma_list_of_verbs(void **state)
{
	(void)state;
	const char *doc = "Mayor Ellen Voss supports the ban, opposes the tax and backs the levy. Tom Reed "
	                  "praised \"fair wages,\" criticized the fee and called for a vote.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "opposes");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Ellen Voss");
	ev = must_find_cue(r, "criticized");
	assert_string_equal(str_attr(&ev, "source"), "Tom Reed");
	crd_result_free(r);

	doc = "Rosa Lind, who backed Reed in May, welcomed the vote and urged calm. Ann Cole praised the "
	      "plan, and critics fear it will fail.";
	r = tu_features(doc);
	ev = must_find_cue(r, "welcomed");
	assert_int_equal(strncmp(str_attr(&ev, "source"), "Rosa Lind", 9), 0); /* not "who" */
	ev = must_find_cue(r, "fear");
	assert_string_equal(str_attr(&ev, "source"), "critics");
	crd_result_free(r);
}

/* Three readings that the rules for lists, polls and "support" must not
 * stretch: a relative clause on the object ("whom Lane praised") ends
 * before the list of the main clause's verbs; "In support of" opening a
 * sentence is no poll that covers it; a date after "support" is when the
 * support came, no object. */
static void test_lists_polls_and_dates_kept_apart(void **state)
{
	(void)state;
	const char *doc =
	        "The mayor, whom Lane praised last year, criticised the budget and called for cuts. "
	        "In support of the levy, Mayor Lena Ames said the tax was fair. "
	        "Establishment support March 3 splintered.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "called for");
	assert_string_equal(str_attr(&ev, "source"), "The mayor, whom Lane praised last year");
	assert_false(nested_cue(r, "said"));
	assert_false(cue_covers(r, doc, "support March"));
	crd_result_free(r);
}

/* Words of saying in a sense that reports nothing: letting people in
 * ("admitting privileges", "admitted 4,000 refugees"), a telephone line
 * as a noun ("call centers", "customer calls"), a phone-in to a programme
 * ("called into a radio show"; but "calls into question" doubts), a
 * programme itself ("the morning shows"), a weight ("weigh him down"), a
 * body in the room ("the members present"), a crowd against a fence; the
 * reports beside them stay. */
static void test_senses_that_report_nothing(void **state)
{
	(void)state;
	const char *doc = "The clinic lost its admitting privileges in May. "
	                  "The country admitted 4,000 refugees last year. "
	                  "Staff at the call centers took customer calls all week. "
	                  "Mayor Dana Kell called into a radio show on Friday. "
	                  "The audit calls into question the mayor's figures. "
	                  "Her aides went on the morning shows to defend her. "
	                  "Old debts weigh him down. "
	                  "The vote needs a majority of the members present. "
	                  "Fans pressed against the gate. "
	                  "Kell admitted the plan had failed.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "admitting privileges"));
	assert_false(cue_covers(r, doc, "admitted 4,000"));
	assert_false(cue_covers(r, doc, "call centers"));
	assert_false(cue_covers(r, doc, "customer calls"));
	assert_false(cue_covers(r, doc, "called into"));
	assert_true(cue_covers(r, doc, "calls into question"));
	assert_false(cue_covers(r, doc, "morning shows"));
	assert_false(cue_covers(r, doc, "weigh him"));
	assert_false(cue_covers(r, doc, "members present"));
	assert_false(cue_covers(r, doc, "pressed against"));
	assert_true(cue_covers(r, doc, "Kell admitted"));
	crd_result_free(r);
}

/* "celebrate" of a feast or of a party with no object praises nothing: "a
 * crowd celebrating Labor Day", "fans were celebrating in the square"; a
 * celebration of a thing with its speaker stays a report. */
static void test_celebrating_a_feast(void **state)
{
	(void)state;
	const char *doc = "A bus hit a crowd celebrating Labor Day in the old port. "
	                  "Fans of the club were celebrating in the square. "
	                  "Tenant groups celebrate the ruling as a win.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "celebrating Labor"));
	assert_false(cue_covers(r, doc, "celebrating in"));
	assert_true(cue_covers(r, doc, "celebrate the ruling"));
	crd_result_free(r);
}

/* Filing a suit, a complaint or a motion lays a claim before a court: "the
 * union filed a lawsuit against the landlord" is the union's report. Other
 * filings are not ("filed for bankruptcy", "filed the forms away"). */
static void test_filed_suit(void **state)
{
	(void)state;
	const char *doc = "The tenants' union filed a lawsuit against the landlord on Monday. "
	                  "The clerk filed the forms away. The bakery filed for bankruptcy.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "filed");
	assert_string_equal(str_attr(&ev, "source"), "The tenants' union");
	assert_false(cue_covers(r, doc, "filed the forms"));
	assert_false(cue_covers(r, doc, "filed for"));
	crd_result_free(r);
}

/* Withholding a name or a detail is a choice of what to tell: "the sheriff
 * did not identify the driver", "the audit does not name the vendors". A
 * plain "identify" is no such choice ("worked to identify the driver"). */
static void test_not_identify(void **state)
{
	(void)state;
	const char *doc = "The sheriff did not identify the driver. The audit does not name the vendors. "
	                  "Deputies worked to identify the victim.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "not identify");
	assert_string_equal(str_attr(&ev, "source"), "The sheriff");
	ev = must_find_cue(r, "not name");
	assert_string_equal(str_attr(&ev, "source"), "The audit");
	assert_false(cue_covers(r, doc, "identify the victim"));
	crd_result_free(r);
}

/* "Counting on", "banking on", "betting on" something is a hope the
 * subject holds: "the mayor is counting on a wet spring". With the thing
 * hoped for before it ("the voters she is counting on in May") the phrase
 * closes a relative clause, which PolNeAR leaves unmarked. */
static void test_counting_on(void **state)
{
	(void)state;
	const char *doc = "Mayor Lena Ames is counting on a wet spring to fill the dam. "
	                  "Those are the voters she is counting on in May.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "counting on");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Lena Ames");
	assert_false(cue_covers(r, doc, "counting on in May"));
	crd_result_free(r);
}

/* A title puts words in the mouth of what it names: "a memo titled \"Save
 * the Mill\"" is the memo's claim; the memo is not who wrote the words,
 * so the cue has no source. */
static void test_titled(void **state)
{
	(void)state;
	const char *doc = "The union released a memo titled \"Save the Mill\" on Friday.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "titled");
	assert_null(tu_attr(&ev, "source"));
	crd_result_free(r);
}

/* A relative "who" on a poll's share speaks for the share, and so inside
 * what the poll reports, past the comma: "a drop from 70 percent who said
 * so in May". */
static void test_poll_share_relative(void **state)
{
	(void)state;
	const char *doc = "A county survey found that 52 percent backed the levy, down from 61 percent who "
	                  "said the same in June.";
	crd_result *r = tu_features(doc);
	assert_false(nested_cue(r, "found"));
	assert_true(nested_cue(r, "said"));
	crd_result_free(r);
}

/* The verb after a relative clause of the subject that ends on an object
 * pronoun is the main clause's, and "her" there is no owner: "The nurses
 * who wrote to her say ..." is the nurses' report, not part of what they
 * wrote, nor a noun "her say"; but "her report of" is one. */
static void test_object_pronoun_ends_relative(void **state)
{
	(void)state;
	const char *doc = "The nurses who wrote to her last week say they are tired. "
	                  "The tenants who spoke to her said the lift was broken. "
	                  "The clerk who turned to her report of the crash left early.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "say");
	assert_string_equal(str_attr(&ev, "source"), "The nurses who wrote to her");
	ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "The tenants who spoke to her");
	assert_false(cue_covers(r, doc, "report"));
	crd_result_free(r);
}

/* A relative clause on a speaker or on what a verb takes as its object is
 * the writer's word about that noun, a report of its own: "said Orla,
 * who backs the levy", "praised Dunne, who has been critical of". But a
 * noun that goes on as the subject of what was said keeps its relative
 * clause inside the report. */
static void test_relative_clause_beside_report(void **state)
{
	(void)state;
	const char *doc = "\"The figures hold,\" said Orla Byrne, who supports the levy. "
	                  "Kerr praised the work of Dunne, who has been critical of the council. "
	                  "Hale said the union, which opposes the levy, would strike in May.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "supports");
	assert_string_equal(str_attr(&ev, "source"), "who");
	assert_true(cue_covers(r, doc, "has been critical"));
	assert_false(cue_covers(r, doc, "opposes"));
	crd_result_free(r);
	/* past an adverb of time, and with the relative as the object */
	doc = "\"It is over,\" said Tim Vale, who has long opposed the levy. "
	      "Kerr praised Dunne, whom she calls a friend.";
	r = tu_features(doc);
	ev = must_find_cue(r, "opposed");
	assert_string_equal(str_attr(&ev, "source"), "who");
	ev = must_find_cue(r, "calls");
	assert_string_equal(str_attr(&ev, "source"), "she");
	crd_result_free(r);
	/* the relative clause after a speaker's own aside, and after an aside
	 * on the relative: both still the writer's word about the speaker */
	doc = "\"It is a mess,\" said Ann Roe, a scholar at the Lane Institute who describes the plan "
	      "as \"a joke.\" \"We are tired,\" said Tom Hale, who, like other neighbours, opposes the "
	      "plan.";
	r = tu_features(doc);
	ev = must_find_cue(r, "describes");
	assert_string_equal(str_attr(&ev, "source"), "who");
	assert_true(cue_covers(r, doc, "opposes"));
	crd_result_free(r);
}

/* A clause of time or concession after a report ("..., when the board
 * balked", "..., though he did not mention", "even as he defended") has
 * its own subject and verb: the writer's setting, a report of its own,
 * not part of what was said. */
static void test_setting_clause_after_report(void **state)
{
	(void)state;
	const char *doc = "Lane praised the firm in May, when the board balked at the plan. "
	                  "Obama said the law was fair, though he didn't mention Lee by name. "
	                  "Vale conceded the error even as he defended the plan.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "balked");
	assert_string_equal(str_attr(&ev, "source"), "the board");
	assert_null(tu_attr(&ev, "nested"));
	ev = must_find_cue(r, "mention");
	assert_string_equal(str_attr(&ev, "source"), "he");
	ev = must_find_cue(r, "defended");
	assert_string_equal(str_attr(&ev, "source"), "he");
	crd_result_free(r);
}

/* Ads speak as the documents they are: "the new ads ask voters", "ads
 * that slam the mayor", "ads attacking the mayor". */
static void test_ads_as_documents(void **state)
{
	(void)state;
	const char *doc = "The new ads ask voters to reject the levy. The group bought ads that slam the "
	                  "mayor. Lane spent a fortune on ads attacking the mayor.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "ask");
	assert_string_equal(str_attr(&ev, "source"), "The new ads");
	assert_true(cue_covers(r, doc, "slam"));
	assert_true(cue_covers(r, doc, "attacking"));
	crd_result_free(r);
}

/* A form in -ing made finite by its auxiliary and joined by "and" or
 * "but" to the verb of its subject's clause is that subject's report
 * ("left the room and is now saying ..."); a participle's subject is
 * not looked for so. */
static void test_progressive_conjunct(void **state)
{
	(void)state;
	const char *doc = "Senator Ada Brooks left the hearing early and is now saying she will not run. "
	                  "Two port officials reviewed the files and have been urging a delay.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "saying");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Brooks");
	ev = must_find_cue(r, "urging");
	assert_string_equal(str_attr(&ev, "source"), "Two port officials");
	crd_result_free(r);
}

/* A passive needs a subject, but no speaker: what is judged or told of can
 * be a thing ("The walkout is considered ...", "Results will be announced
 * ..."). A thing found or approved was met with or acted on, no report,
 * unless "as" follows ("was widely seen as"). */
static void test_passive_with_thing_subject(void **state)
{
	(void)state;
	const char *doc =
	        "The walkout is considered the longest in the history of the mill. Results of "
	        "the ballot will be announced on Friday. A second parcel was found near the depot. "
	        "The plan was approved in June. The hearing was widely seen as a test of the panel.";
	crd_result *r = tu_features(doc);
	assert_true(cue_find(r, "considered", NULL));
	assert_true(cue_find(r, "announced", NULL));
	assert_false(cue_find(r, "found", NULL));
	assert_false(cue_find(r, "approved", NULL));
	assert_true(cue_find(r, "seen", NULL));
	crd_result_free(r);
}

/* A passive on an "it" that stands for a thing is judged or told of as
 * any subject is when more than a clause follows the verb ("it is
 * considered a landmark", "it was rarely mentioned in debates"); an
 * impersonal "it" before "that" stays nobody's, and a thing found is
 * none. */
static void test_passive_on_referring_it(void **state)
{
	(void)state;
	const char *doc = "The old mill is empty now, but it is considered a landmark. The levy was a "
	                  "long shot, so it was rarely mentioned in debates. It was decided that the gate "
	                  "would close. The key was lost for a week, and then it was found under a bench.";
	crd_result *r = tu_features(doc);
	assert_true(cue_find(r, "considered", NULL));
	assert_true(cue_find(r, "mentioned", NULL));
	assert_false(cue_find(r, "decided", NULL));
	assert_false(cue_find(r, "found", NULL));
	crd_result_free(r);
}

/* A plural no vocabulary knows that opens the sentence is the subject of
 * a verb after an aside set off by commas, as it is with no aside ("Two
 * earlier votes, a decade apart, suggest ..."); a word alone between
 * commas is one of a list. */
static void test_plain_plural_before_aside(void **state)
{
	(void)state;
	const char *doc = "Two earlier ballots, a decade apart, suggest the levy will fail. "
	                  "No fears, doubts, questions or regrets.";
	crd_result *r = tu_features(doc);
	assert_true(cue_find(r, "suggest", NULL));
	assert_false(cue_find(r, "questions", NULL));
	crd_result_free(r);
}

/* The bare "view" is a judgement when an object follows it ("ranchers
 * view the dam as a threat", "who view Ames unfavorably"); the noun, with
 * no object after it, is none ("The view from the ridge was clear"). */
static void test_bare_view_object(void **state)
{
	(void)state;
	const char *doc = "Most ranchers in the valley view the new dam as a threat. "
	                  "The view from the ridge was clear.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "view");
	assert_string_equal(str_attr(&ev, "source"), "Most ranchers in the valley");
	assert_false(cue_covers(r, doc, "view from"));
	crd_result_free(r);
}

/* A contracted auxiliary after a pronoun reads as the full one: the pronoun
 * is the subject of the verb group ("they're expecting" as "they are
 * expecting", "she'll present" as "she will present"). */
static void test_contracted_auxiliaries(void **state)
{
	(void)state;
	const char *doc = "The council met on Monday. They're not expecting a vote this year. "
	                  "Mayor Ana Ruiz spoke next. She\xE2\x80\x99ll present her budget on Friday. "
	                  "We've argued for years that the bridge is unsafe.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "expecting");
	assert_string_equal(str_attr(&ev, "source"), "They");
	ev = must_find_cue(r, "present");
	assert_string_equal(str_attr(&ev, "source"), "She");
	assert_true(tu_find(r, "named_source", "She", NULL));
	ev = must_find_cue(r, "argued");
	assert_true(tu_attr(&ev, "writer") != NULL);
	crd_result_free(r);
	/* "who's" is "who is" or "who has", no possessive that would make the
	 * verb after it a noun or glue it to the phrase before */
	doc = "The builders met the mayor. The mayor, who's pushing for a new bridge, left early. "
	      "Her aide who's been arguing for delays stayed.";
	r = tu_features(doc);
	ev = must_find_cue(r, "pushing for");
	assert_string_equal(str_attr(&ev, "source"), "who");
	ev = must_find_cue(r, "arguing");
	assert_string_equal(str_attr(&ev, "source"), "who");
	crd_result_free(r);
}

/* A bare surname and its aside after a setting that opens the sentence:
 * the setting is no part of the speaker and the aside describes it; a
 * setting after the surname ("at a rally") does not. */
static void test_surname_after_setting(void **state)
{
	(void)state;
	const char *doc = "On Thursday, Quarles, a Democrat, said the levy had failed. Later, Quarles, at a "
	                  "dinner, vowed to try again.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "Quarles, a Democrat");
	must_find(r, "named_source", "Quarles, a Democrat,");
	ev = must_find_cue(r, "vowed");
	assert_string_equal(str_attr(&ev, "source"), "Quarles");
	assert_false(tu_covers(r, doc, "named_source", "at a dinner"));
	crd_result_free(r);
}

/* A noun at the end of the setting that opens the sentence is no speaker
 * of the main verb, though a preposition's phrase stands between them:
 * the pair speak, not the union; "the mayor at the time" still reads as
 * the mayor. */
static void test_setting_noun_not_speaker(void **state)
{
	(void)state;
	const char *doc = "Having quit the union in April, the pair said the strike would fail. The mayor at "
	                  "the time warned that the plant would close.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "the pair");
	assert_false(tu_covers(r, doc, "named_source", "the union"));
	ev = must_find_cue(r, "warned that");
	assert_string_equal(str_attr(&ev, "source"), "The mayor");
	crd_result_free(r);
}

/* The object of a participle that opens the sentence ends at the comma
 * before the main clause's subject, as after an opening "According to":
 * an appositive there must be closed by a comma of its own. */
static void test_opening_participle_object(void **state)
{
	(void)state;
	const char *doc =
	        "Quoting a union leader, the senator said the rolls were wrong. The senator said the "
	        "rolls were wrong, citing Ana Ruiz, a poll worker.";
	crd_result *r = tu_features(doc);
	must_find(r, "anonymous_source", "a union leader");
	assert_false(tu_find(r, "anonymous_source", "a union leader, the senator", NULL));
	must_find(r, "named_source", "Ana Ruiz, a poll worker");
	crd_result_free(r);
}

/* "men" and "women" are the plurals of speaker nouns the lexicon lists in
 * the singular; a stance verb needs them as its speaker ("Many women fear"). */
static void test_irregular_plural_speakers(void **state)
{
	(void)state;
	const char *doc = "Many women in the district fear the clinic will close. "
	                  "The two men oppose the new toll.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "fear");
	assert_string_equal(str_attr(&ev, "source"), "Many women in the district");
	ev = must_find_cue(r, "oppose");
	assert_string_equal(str_attr(&ev, "source"), "The two men");
	crd_result_free(r);
}

/* A weak verb taken for its plain plural subject, with a bare clause or an
 * object after it, has that subject as its speaker too. */
static void test_plain_plural_speaker_of_weak_verb(void **state)
{
	(void)state;
	const char *doc = "If prices keep climbing, orchard keepers say cider will cost more. "
	                  "Ferry operators fear longer queues at the port.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "say");
	assert_string_equal(str_attr(&ev, "source"), "orchard keepers");
	ev = must_find_cue(r, "fear");
	assert_string_equal(str_attr(&ev, "source"), "Ferry operators");
	crd_result_free(r);
}

/* "polling" names the polls as a document does: "Exit polling shows". */
static void test_polling_as_document(void **state)
{
	(void)state;
	const char *doc = "Fresh polling in the county shows the sheriff trailing by nine points.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "shows");
	assert_string_equal(str_attr(&ev, "source"), "Fresh polling in the county");
	crd_result_free(r);
}

/* A stance adjective after a plain plural no vocabulary knows has that
 * plural as its holder. */
static void test_plain_plural_holder_of_stance(void **state)
{
	(void)state;
	const char *doc = "But beekeepers were adamant that the spray had killed their hives.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "were adamant");
	assert_string_equal(str_attr(&ev, "source"), "beekeepers");
	crd_result_free(r);
}

/* A participle of feeling after a copula is the subject's own stance, not
 * a passive about it: the subject is its source. */
static void test_feeling_participle_after_copula(void **state)
{
	(void)state;
	const char *doc = "Ferry workers are worried that the new pier will flood.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "are worried");
	assert_string_equal(str_attr(&ev, "source"), "Ferry workers");
	crd_result_free(r);
}

/* "Both", "All" or "Each" alone opening a clause is a group that speaks,
 * vague when no people were named before it; "All" before a plural or a
 * copula is no speaker. */
static void test_bare_quantifier_speaker(void **state)
{
	(void)state;
	const char *doc = "The harbor board heard the plans. All agreed that the pier must be rebuilt. "
	                  "Each blamed the storm. All questions go to the clerk.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "agreed");
	assert_string_equal(str_attr(&ev, "source"), "All");
	ev = must_find_cue(r, "blamed");
	assert_string_equal(str_attr(&ev, "source"), "Each");
	assert_false(cue_covers(r, doc, "questions"));
	crd_result_free(r);
}

/* A sentence that opens on "while" or "if" with a report in its first
 * clause: the main clause after the comma is the subject's own verb, not
 * what was said; inside the clause the report opens, an aside between
 * commas and "that" keep the words part of it, and "as" opens an aside on
 * the report the main clause gives. */
static void test_opening_clause_of_report(void **state)
{
	(void)state;
	const char *doc =
	        "While Ames says she will not back the mayor, she praises his bridge plan. "
	        "When Lee argued, against the figures, that the fee had doubled, the crowd groaned. "
	        "As the bulletin disclosed, Marsh describes the fund as broke.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "praises");
	assert_string_equal(str_attr(&ev, "source"), "she");
	assert_false(cue_covers(r, doc, "doubled"));
	assert_false(cue_covers(r, doc, "describes"));
	crd_result_free(r);
}

/* "spoke" is a cue only where "of" or "about" says what was spoken of,
 * also past an adverb in -ly; speaking to someone is no report. */
static void test_spoke_adverb_of(void **state)
{
	(void)state;
	const char *doc = "At the dinner, the governor spoke warmly of the nurses. "
	                  "Then Ms. Ortiz spoke briefly to the crowd.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "spoke");
	assert_string_equal(str_attr(&ev, "source"), "the governor");
	assert_false(cue_covers(r, doc, "spoke briefly to"));
	crd_result_free(r);
}

/* Forms of listed verbs the lexicon lacked: the bare "interpret" and
 * "reaffirm" after a plural subject, "discussing" after an auxiliary. */
static void test_missing_verb_forms(void **state)
{
	(void)state;
	const char *doc = "The two unions interpret the ruling differently. "
	                  "Aides to the governor were discussing a new levy. "
	                  "Many farmers reaffirm their support for the dam.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "interpret");
	assert_string_equal(str_attr(&ev, "source"), "The two unions");
	ev = must_find_cue(r, "discussing");
	assert_string_equal(str_attr(&ev, "source"), "Aides to the governor");
	ev = must_find_cue(r, "reaffirm");
	assert_string_equal(str_attr(&ev, "source"), "Many farmers");
	crd_result_free(r);
}

/* "seek" and "seeking" are cues of intention only before "to", like
 * "seeks": not "seeking asylum". */
static void test_seeking_to(void **state)
{
	(void)state;
	const char *doc = "The county board is seeking to delay the vote. "
	                  "Hundreds of families are seeking shelter in the school.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "seeking");
	assert_string_equal(str_attr(&ev, "source"), "The county board");
	assert_false(cue_covers(r, doc, "seeking shelter"));
	crd_result_free(r);
}

/* A participle of saying after "upon", or after "after" and an adverb,
 * takes the subject of its clause; weak participles there stay no cue
 * ("upon assuming office"). */
static void test_upon_saying(void **state)
{
	(void)state;
	const char *doc = "Ms. Rhea Tolan, a nurse, drew boos upon saying, \"The board listened.\" "
	                  "Mr. Omar Keel, after initially saying he would stay, left the race. "
	                  "The winner must act upon assuming office.";
	crd_result *r = tu_features(doc);
	assert_true(cue_covers(r, doc, "saying, \"The board"));
	assert_true(cue_covers(r, doc, "saying he would stay"));
	assert_false(cue_covers(r, doc, "assuming"));
	crd_result_free(r);
}

/* The anonymity formula in its contracted and "identified" forms keeps the
 * source unnamed and is no report of wanting: "who didn't want to be named",
 * "who did not wish to be identified". */
static void test_contracted_anonymity_formula(void **state)
{
	(void)state;
	const char *doc = "A ferry hand who didn't want to be named said the ramp had cracked. A clerk, who "
	                  "did not wish to be identified, told the paper the files were gone. A nurse who "
	                  "didn\u2019t want to be identified said the ward was full.";
	crd_result *r = tu_features(doc);
	must_find(r, "anonymous_source", "A ferry hand who didn't want to be named");
	must_find(r, "anonymous_source", "A clerk, who did not wish to be identified,");
	must_find(r, "anonymous_source", "A nurse who didn\u2019t want to be identified");
	assert_false(cue_covers(r, doc, "want"));
	assert_false(cue_covers(r, doc, "wish"));
	must_find_cue(r, "said");
	must_find_cue(r, "told");
	crd_result_free(r);
}

/* Paradigm forms the lexicon lacked beside their listed siblings: the bare
 * "understand" after a plural subject, the participle "spoken" before "of",
 * "scoffs" after a quotation, "encouraging" after an auxiliary; "understand"
 * with nothing after it has no content and is no cue ("which we never
 * understand."). */
static void test_missing_paradigm_forms(void **state)
{
	(void)state;
	const char *doc = "Most growers understand that the levy will rise. "
	                  "The bishop has spoken warmly of the new shelter. "
	                  "\"It is a joke,\" scoffs Nadia Ferrell, a ferry pilot. "
	                  "The two unions were encouraging members to stay home. "
	                  "Some of it is a puzzle which we never understand.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "understand");
	assert_string_equal(str_attr(&ev, "source"), "Most growers");
	ev = must_find_cue(r, "spoken");
	assert_string_equal(str_attr(&ev, "source"), "The bishop");
	ev = must_find_cue(r, "scoffs");
	assert_string_equal(str_attr(&ev, "source"), "Nadia Ferrell, a ferry pilot");
	ev = must_find_cue(r, "encouraging");
	assert_string_equal(str_attr(&ev, "source"), "The two unions");
	assert_false(cue_covers(r, doc, "never understand"));
	crd_result_free(r);
}

/* A stance in a question that "whether" opens is asked about, held by
 * nobody yet: "hedged on whether she would support the levy", "declined
 * to say whether he planned to run"; the stance said outright is a cue. */
static void test_stance_in_open_question(void **state)
{
	(void)state;
	const char *doc = "Mayor Lena Ames hedged on Tuesday on whether she would support the levy. "
	                  "Her aides declined to say whether she planned to run again. "
	                  "Ames supports the school plan, she said.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "support the levy"));
	assert_false(cue_covers(r, doc, "planned"));
	assert_true(cue_covers(r, doc, "supports"));
	crd_result_free(r);
}

/* "targets" and "features" say what a document aims at or shows: cues after
 * a document, not after a bill, a show or a person. */
static void test_document_targets_and_features(void **state)
{
	(void)state;
	const char *doc =
	        "The new video targets a city hall that ignores the east side. The union's web page "
	        "features a gallery of striking nurses. The ordinance targets short-term rentals. "
	        "The festival features three bands.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "targets");
	assert_string_equal(str_attr(&ev, "source"), "The new video");
	ev = must_find_cue(r, "features");
	assert_string_equal(str_attr(&ev, "source"), "The union's web page");
	assert_false(cue_covers(r, doc, "targets short-term"));
	assert_false(cue_covers(r, doc, "features three"));
	crd_result_free(r);
}

/* "reflects" and "documented" after a document are its report; the same
 * verbs with no document before them, or in a passive, are no cue. */
static void test_document_reflects_and_documents(void **state)
{
	(void)state;
	const char *doc = "The audit also documented twelve unpaid contracts. The memos reflect growing "
	                  "alarm among the staff. Leaks at the plant were documented in 2019. Her calm "
	                  "reflects long training.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "documented");
	assert_string_equal(str_attr(&ev, "source"), "The audit");
	ev = must_find_cue(r, "reflect");
	assert_string_equal(str_attr(&ev, "source"), "The memos");
	assert_false(cue_covers(r, doc, "documented in"));
	assert_false(cue_covers(r, doc, "reflects long"));
	crd_result_free(r);
}

/* A party's platform or manifesto is a document that speaks: the speaker of
 * what it recognizes or calls for, not the people it names after the verb. */
static void test_platform_as_document(void **state)
{
	(void)state;
	const char *doc = "The Green platform explicitly recognizes tenant unions, listing three rent rules "
	                  "the party would pass.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "recognizes");
	assert_string_equal(str_attr(&ev, "source"), "The Green platform");
	ev = must_find(r, "named_source", "The Green platform");
	assert_string_equal(str_attr(&ev, "kind"), "document");
	assert_false(tu_covers(r, doc, "vague_attribution", "tenant unions"));
	crd_result_free(r);
}

/* The verb after a modal, or a participle after "have", is no word of the
 * phrase that speaks after it: "will carry | placards reading", and
 * petitions launched speak for who launched them ("Parents have launched
 * petitions urging"); in a question the word after the modal opens its
 * subject ("Will | either mayor agree"). */
static void test_verb_after_auxiliary_not_speaker(void **state)
{
	(void)state;
	const char *doc = "Parents have launched petitions urging the board to reopen the pool. "
	                  "Next week they will carry placards demanding more buses. "
	                  "Will either mayor admit that the bridge is unsafe?";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "urging");
	assert_string_equal(str_attr(&ev, "source"), "Parents");
	ev = must_find_cue(r, "demanding");
	assert_string_equal(str_attr(&ev, "source"), "placards");
	ev = must_find_cue(r, "admit");
	assert_string_equal(str_attr(&ev, "source"), "either mayor");
	crd_result_free(r);
}

/* A surname met only at the start of its sentence that ends like a plural
 * speaks when "has" shows it is one person; a plural before "said"
 * stays a crowd no name gives. */
static void test_opening_surname_in_s_before_has(void **state)
{
	(void)state;
	const char *doc = "The council adjourned early. Fennings has urged members to return. "
	                  "Ravagers said the hall was locked.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "urged");
	assert_string_equal(str_attr(&ev, "source"), "Fennings");
	assert_false(tu_covers(r, doc, "named_source", "Ravagers"));
	crd_result_free(r);
}

/* The people a participle of effort describes speak, with its phrase, not
 * the object of its infinitive ("the arena"). */
static void test_effort_participle_after_speakers(void **state)
{
	(void)state;
	const char *doc = "Organizers trying to fill the arena say ticket sales are slow.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "say");
	assert_string_equal(str_attr(&ev, "source"), "Organizers trying to fill the arena");
	must_find(r, "anonymous_source", "Organizers trying to fill the arena");
	crd_result_free(r);
}

/* Two nouns a preposition takes after a plain plural belong to its phrase:
 * the second is no speaker of its own. */
static void test_coordinated_object_of_modifier(void **state)
{
	(void)state;
	const char *doc = "Scholars of law and history warned the reform would stall.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "warned");
	assert_string_equal(str_attr(&ev, "source"), "Scholars of law and history");
	assert_false(tu_find(r, "anonymous_source", "history", NULL));
	assert_false(tu_find(r, "vague_attribution", "history", NULL));
	crd_result_free(r);
}

/* "almost" before a verb is an adverb of its group, not the end of the
 * subject; before "everyone" it still opens the phrase. */
static void test_almost_before_verb(void **state)
{
	(void)state;
	const char *doc = "Dock workers almost unanimously expressed anger over the lockout. "
	                  "Almost everyone agreed that the port must reopen.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "expressed");
	assert_string_equal(str_attr(&ev, "source"), "Dock workers");
	ev = must_find_cue(r, "agreed");
	assert_string_equal(str_attr(&ev, "source"), "Almost everyone");
	crd_result_free(r);
}

/* A quantifier floated between a plural copula and a stance adjective
 * leaves the stance its subject's, the quantifier inside the cue. */
static void test_floated_quantifier_before_stance(void **state)
{
	(void)state;
	const char *doc = "The two senators were both critical of the transfer.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "were both critical");
	assert_string_equal(str_attr(&ev, "source"), "The two senators");
	crd_result_free(r);
}

/* A copula written with its negation in one word ("aren't", "wasn't") is
 * the copula of a stance adjective as "are not" is; "It isn't clear" stays
 * nobody's. */
static void test_negated_copula_before_stance(void **state)
{
	(void)state;
	const char *doc = "The ferry owners aren't convinced that the dock is safe. "
	                  "It isn't clear that the dock is safe.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "aren't convinced");
	assert_string_equal(str_attr(&ev, "source"), "The ferry owners");
	assert_false(cue_covers(r, doc, "isn't clear"));
	crd_result_free(r);
}

/* A quotation set apart and signed on the line below with a dash and a
 * name the text knows is that person's: the dash is the cue. A dash line
 * with a word nobody is named by signs nothing. */
static void test_signed_quotation(void **state)
{
	(void)state;
	const char *doc = "Mayor Dana Ames toured the pier on Monday.\n\n"
	                  "\"We will rebuild it, plank by plank.\"\n- Dana Ames.\n\n"
	                  "\"Tickets sold out in an hour.\"\n- Staff.\n";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "-");
	assert_string_equal(str_attr(&ev, "source"), "Dana Ames");
	assert_string_equal(str_attr(&ev, "lemma"), "sign");
	assert_int_equal(crd_result_count(r, "attribution_cue", NULL), 1);
	crd_result_free(r);
}

/* "seems" or "appears" with a thing as subject and an infinitive after it
 * is the writer's reading, a cue with no source ("The flood seemed to
 * catch ..."); "what appears to be" and an adjective after it are not. */
static void test_thing_seems_to_act(void **state)
{
	(void)state;
	const char *doc = "The late storm seemed to catch the harbour crews off guard. "
	                  "The budget gap appears to have narrowed this year. "
	                  "Rangers found what appears to be a bear den. "
	                  "The bridge seemed sturdy.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "seemed");
	assert_null(tu_attr(&ev, "source"));
	assert_true(cue_covers(r, doc, "appears to have"));
	assert_false(cue_covers(r, doc, "appears to be a"));
	assert_false(cue_covers(r, doc, "seemed sturdy"));
	crd_result_free(r);
}

/* The bare "appear" is read as "appears" is: the writer's reading before
 * an infinitive ("Ticket sales appear to have slowed"); not a showing up,
 * at the end of its clause or before "next" ("did not appear.", "to
 * appear next week"). */
static void test_bare_appear(void **state)
{
	(void)state;
	const char *doc = "Ticket sales appear to have slowed since the spring. "
	                  "The landlord was summoned but did not appear. "
	                  "Nobody expects the old tenants to appear next week.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "appear");
	assert_null(tu_attr(&ev, "source"));
	assert_false(cue_covers(r, doc, "appear. "));
	assert_false(cue_covers(r, doc, "appear next"));
	crd_result_free(r);
}

/* "named", "listed" and "identified" report what somebody put forward
 * ("the mayor named three reasons", "the memo listed four risks", "police
 * identified the driver"); "named" after a plain noun gives somebody's
 * name or is a passive participle, and the passive of "listed" and
 * "identified", or "identified as" after a noun, tells what a thing is. */
static void test_naming_listing_identifying(void **state)
{
	(void)state;
	const char *doc =
	        "Mayor Lin named three reasons for the delay. The memo listed four risks. Police "
	        "identified the driver as Tom Hale. A nurse named Ellen Ruiz said the ward was full. "
	        "The firm named in the lawsuit denied wrongdoing. The school, named for a general, "
	        "closed. Ortiz is listed as a director. A man identified as Paul Kerr was held. The "
	        "ship was not identified.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "named");
	assert_string_equal(str_attr(&ev, "source"), "Mayor Lin");
	assert_true(cue_covers(r, doc, "listed four"));
	assert_true(cue_covers(r, doc, "identified the driver"));
	/* the nurse's name is part of her phrase, and "named" no cue */
	assert_false(cue_covers(r, doc, "nurse named"));
	assert_true(tu_find(r, "named_source", "A nurse named Ellen Ruiz", NULL));
	assert_false(cue_covers(r, doc, "firm named"));
	assert_false(cue_covers(r, doc, "named for"));
	assert_false(cue_covers(r, doc, "listed as"));
	assert_false(cue_covers(r, doc, "identified as Paul"));
	assert_false(cue_covers(r, doc, "not identified"));
	crd_result_free(r);
}

/* Putting out a new document is a report of what it says: "released a
 * statement", "sent out a letter to members", "issued its yearly
 * report", with the subject its source; not people or things set free
 * or sent ("released the prisoners", "sent troops"), a document the text
 * names with "the" that was somebody else's ("released the footage"),
 * nor a document left unsent ("has not released a memo"). */
static void test_putting_out_a_document(void **state)
{
	(void)state;
	const char *doc = "The Varga campaign released a statement on Monday praising the new ferry. "
	                  "Councillor Pruitt sent out a letter to members warning of higher tolls. "
	                  "The harbour board issued its yearly report on dredging. "
	                  "The court released the prisoners at dawn. "
	                  "The county sent troops to the coast. "
	                  "Police released the dashcam footage late on Friday. "
	                  "The mayor has not released a memo on the ferry.";
	crd_result *r = tu_features(doc);
	/* "release" gives a noun of saying as "issue" does: one cue over both */
	crd_evidence ev = must_find_cue(r, "released a statement");
	assert_string_equal(str_attr(&ev, "source"), "The Varga campaign");
	assert_string_equal(str_attr(&ev, "lemma"), "statement");
	assert_true(cue_covers(r, doc, "sent out"));
	assert_true(cue_covers(r, doc, "issued"));
	assert_false(cue_covers(r, doc, "released the prisoners"));
	assert_false(cue_covers(r, doc, "sent troops"));
	assert_false(cue_covers(r, doc, "released the dashcam"));
	assert_false(cue_covers(r, doc, "released a memo"));
	crd_result_free(r);
}

/* "by" and a form in -ing after a verb with no auxiliary tell how its
 * subject did it, and that subject is the source ("Ruiz responded by
 * ..."); after an auxiliary "by" still names the agent of a passive
 * ("was praised by the union"). */
static void test_by_and_ing_form(void **state)
{
	(void)state;
	const char *doc = "Senator Dana Ruiz responded by reading the old charter aloud. "
	                  "The harbour plan was praised by the dockers' union.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "responded");
	assert_string_equal(str_attr(&ev, "source"), "Senator Dana Ruiz");
	ev = must_find_cue(r, "praised");
	assert_string_equal(str_attr(&ev, "source"), "the dockers' union");
	crd_result_free(r);
}

/* A setting of a few words that opens the sentence ("In a statement",
 * "On Sunday") is no part of the subject a participle after the clause
 * takes as its speaker: the statement is not in apposition to the
 * speaker, with or without the setting's comma. */
static void test_setting_before_participle_subject(void **state)
{
	(void)state;
	const char *doc = "In a statement released Thursday, Rep. Ada Lund reacted to the ruling, saying "
	                  "the harbour would stay open. On Sunday Senator Dana Ruiz went further, writing "
	                  "that the levy was dead.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "saying");
	assert_string_equal(str_attr(&ev, "source"), "Rep. Ada Lund");
	ev = must_find_cue(r, "writing");
	assert_string_equal(str_attr(&ev, "source"), "Senator Dana Ruiz");
	crd_result_free(r);

	/* a preposition's object in the setting's tail is no subject */
	doc = "In a letter to the harbour board, the mayor reacted to the ruling, warning that the "
	      "ferry would stop.";
	r = tu_features(doc);
	ev = must_find_cue(r, "warning");
	assert_string_equal(str_attr(&ev, "source"), "the mayor");
	crd_result_free(r);
}

/* A count of people after the verb ("said a handful of residents", "by two
 * of the aides") speaks as they do: the source runs over the whole
 * phrase, as it does before the verb ("Dozens of officials said"). */
static void test_count_of_people_after_verb(void **state)
{
	(void)state;
	const char *doc = "The ferry will run all winter, said a handful of residents. "
	                  "The new timetable was praised by two of the mayor's aides.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "a handful of residents");
	ev = must_find_cue(r, "praised");
	assert_string_equal(str_attr(&ev, "source"), "two of the mayor's aides");
	crd_result_free(r);
}

/* A passive of judging takes a thing as its subject, the view of people
 * left unnamed: a cue with no source, which swallows no later report of
 * the sentence. What was done to a thing, what the eye met and what is
 * only weighed are no such view. */
static void test_judged_thing_passive(void **state)
{
	(void)state;
	const char *doc =
	        "The merger was widely criticized as a giveaway to the banks. The old bridge has long "
	        "been considered a landmark. The levy was already being criticized as a tax grab and "
	        "the council wants it gone.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "criticized");
	assert_null(tu_attr(&ev, "source"));
	must_find_cue(r, "considered");
	assert_true(cue_covers(r, doc, "criticized as a tax grab"));
	ev = must_find_cue(r, "wants");
	assert_string_equal(str_attr(&ev, "source"), "the council");
	crd_result_free(r);
	doc = "A second bomb was found near the station. A curfew is being considered. A gray van is seen "
	      "parked outside the bank.";
	r = tu_features(doc);
	assert_false(cue_find(r, NULL, NULL));
	crd_result_free(r);
}

/* "contemplate" weighs a course of action like "consider" and "ponder": a
 * cue of stance after its holder, in every form. */
static void test_contemplate(void **state)
{
	(void)state;
	const char *doc = "The port authority is contemplating a second terminal. "
	                  "Ana Ruiz briefly contemplated a run for the council.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "contemplating");
	assert_string_equal(str_attr(&ev, "source"), "The port authority");
	ev = must_find_cue(r, "contemplated");
	assert_string_equal(str_attr(&ev, "source"), "Ana Ruiz");
	crd_result_free(r);
}

/* "make clear" has all its forms, with and without "it": the whole verb
 * phrase is the cue and the holder before it its source. */
static void test_make_clear_forms(void **state)
{
	(void)state;
	const char *doc = "On the trail, Tom Ames is making clear that the depot stays open. "
	                  "Lind makes it clear that she wants a recount.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "making clear");
	assert_string_equal(str_attr(&ev, "source"), "Tom Ames");
	ev = must_find_cue(r, "makes it clear");
	assert_string_equal(str_attr(&ev, "source"), "Lind");
	crd_result_free(r);
}

/* The past and -ing forms of "dub" double the "b": "has dubbed" and
 * "dubbing" name a thing as a judgement of the one who names it. */
static void test_dubbed_spelling(void **state)
{
	(void)state;
	const char *doc = "The plan is what one county clerk has dubbed a tax in disguise. "
	                  "Lena Ortiz is dubbing the new stadium a white elephant.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "dubbed");
	assert_string_equal(str_attr(&ev, "source"), "one county clerk");
	ev = must_find_cue(r, "dubbing");
	assert_string_equal(str_attr(&ev, "source"), "Lena Ortiz");
	crd_result_free(r);
}

/* "unleash" gives out a stance noun as "deliver" and "launch" do: "unleashed
 * a harsh attack on" is the subject's attack, and the verb with its noun
 * is the cue; with no such noun it reports nothing ("unleashed its
 * reserves"). */
static void test_unleash_as_light_verb(void **state)
{
	(void)state;
	const char *doc = "Tom Ames unleashed a harsh attack on the council. "
	                  "The board unleashed its reserves on the project.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "unleashed a harsh attack");
	assert_string_equal(str_attr(&ev, "source"), "Tom Ames");
	assert_false(cue_covers(r, doc, "unleashed its reserves"));
	crd_result_free(r);
}

/* Nouns of a sharp reply or an outburst are nouns of saying like
 * "rebuttal": given out by a light verb ("delivered a curt retort") or
 * owned ("Pia Lund's tirade"), they are the cue and the giver or owner its
 * source. */
static void test_outburst_nouns(void **state)
{
	(void)state;
	const char *doc = "Lena Ortiz delivered a curt retort to the mayor. "
	                  "After the vote, Pia Lund's tirade against the board went on for an hour.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "delivered a curt retort");
	assert_string_equal(str_attr(&ev, "source"), "Lena Ortiz");
	ev = must_find_cue(r, "tirade");
	assert_string_equal(str_attr(&ev, "source"), "Pia Lund");
	crd_result_free(r);
}

/* "contrast" with a person as subject and an object is a speaker setting
 * two things side by side, a cue like "compare"; things that contrast
 * ("contrasted sharply"), a passive with "by" and a plural noun before a
 * relative "that" are none. */
static void test_contrast_as_cue(void **state)
{
	(void)state;
	const char *doc = "Tom Ames contrasted his record with that of the mayor. "
	                  "Lena Ortiz spoke on Monday, contrasting her plan with the mayor's. "
	                  "The two plans contrasted sharply. "
	                  "Her views are contrasted by those of the board. "
	                  "The sharp contrasts that emerged hurt him.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "contrasted");
	assert_string_equal(str_attr(&ev, "source"), "Tom Ames");
	ev = must_find_cue(r, "contrasting");
	assert_string_equal(str_attr(&ev, "source"), "Lena Ortiz");
	assert_false(cue_covers(r, doc, "contrasted sharply"));
	assert_false(cue_covers(r, doc, "contrasted by"));
	assert_false(cue_covers(r, doc, "contrasts that"));
	crd_result_free(r);
}

/* "now" between the inner speaker and its verb is that verb's adverb, so
 * the report stays inside the outer one; "now that" before the inner
 * speaker still opens a clause of its own. */
static void test_now_after_inner_speaker(void **state)
{
	(void)state;
	const char *doc = "Aides say she now accepts that the plan is flawed. "
	                  "Tom Ames said he is relieved now that Lena Ortiz admits the plan failed.";
	crd_result *r = tu_features(doc);
	assert_true(nested_cue(r, "accepts"));
	assert_false(nested_cue(r, "admits"));
	crd_result_free(r);
}

/* A weak verb of finding or noting that closes its sentence after its
 * speaker is an inverted report as "said" is: what came before its comma
 * is what it reports. With an object after it, it is a clause of its own. */
static void test_weak_closing_report(void **state)
{
	(void)state;
	const char *doc = "Most voters say they oppose the levy, the poll found. "
	                  "Voters expect a recount, Lind notes. "
	                  "The rebels want a truce, and others vow revenge.";
	crd_result *r = tu_features(doc);
	assert_true(nested_cue(r, "say"));
	assert_true(nested_cue(r, "expect"));
	assert_false(nested_cue(r, "want"));
	crd_result_free(r);
}

/* A weak verb right after its speaker between two commas is an aside
 * report, which nests what came before it as a closing one does. */
static void test_weak_aside_report(void **state)
{
	(void)state;
	const char *doc = "Most tenants oppose the new levy, a county survey finds, a blow to the mayor.";
	crd_result *r = tu_features(doc);
	assert_true(nested_cue(r, "oppose"));
	crd_result_free(r);
}

/* A figure among the last words of a closing report ("reported in 1994")
 * still leaves it the end of its sentence, so what came before its comma
 * nests. */
static void test_closing_report_with_year(void **state)
{
	(void)state;
	const char *doc = "During the inquiry, Tom Ames conceded that the deal was a mistake, "
	                  "the Gazette reported in 1994.";
	crd_result *r = tu_features(doc);
	assert_true(nested_cue(r, "conceded"));
	crd_result_free(r);
}

/* The comma that closes an aside on a speaker before the verb belongs to
 * the speaker's span, as the comma that opens it does ("Ada Lund, the
 * mayor's spokeswoman, said"); a speaker with no aside, or one after the
 * verb, ends at its last word. */
static void test_aside_closing_comma(void **state)
{
	(void)state;
	const char *doc = "Ada Lund, the mayor's spokeswoman, said the bridge would reopen. "
	                  "Tom Ek, who chairs the panel, argued that the levy was fair. "
	                  "The bridge will cost more, said Rita Vance, the city engineer. "
	                  "Ruth Okoro said the pool would close.";
	crd_result *r = tu_features(doc);
	must_find(r, "named_source", "Ada Lund, the mayor's spokeswoman,");
	must_find(r, "named_source", "Tom Ek, who chairs the panel,");
	must_find(r, "named_source", "Rita Vance, the city engineer");
	must_find(r, "named_source", "Ruth Okoro");
	crd_evidence ev = must_find_cue(r, "said");
	assert_string_equal(str_attr(&ev, "source"), "Ada Lund, the mayor's spokeswoman");
	crd_result_free(r);
}

/* After the verb, a relative clause set off by a comma that closes the
 * sentence describes the speaker and belongs to the phrase; one that
 * reports something of its own ("who added that ...") is a report of its
 * own, and one that runs on past a comma is left out. */
static void test_closing_relative_after_verb(void **state)
{
	(void)state;
	const char *doc = "\"We are ready,\" said Ada Lund, who ran the county census in 2010. "
	                  "\"It is late,\" said Tom Ek, who added that the plan had failed. "
	                  "\"Wait,\" said Rita Vance, who ran the pool, and the crowd cheered.";
	crd_result *r = tu_features(doc);
	must_find(r, "named_source", "Ada Lund, who ran the county census in 2010");
	must_find(r, "named_source", "Tom Ek");
	must_find(r, "named_source", "Rita Vance");
	crd_result_free(r);
}

/* A document a subject runs, launches or holds speaks for that subject:
 * the participle after it takes the subject as its source, not a phrase
 * that runs back over the verb ("The group ran ads"); a describing "-ed"
 * form before the document stays in its phrase. */
static void test_issuer_of_ads_and_banners(void **state)
{
	(void)state;
	const char *doc = "The group ran ads attacking the mayor. "
	                  "The union has been running ads praising the mayor. "
	                  "Her filing noted published reports alleging that she lied.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "attacking");
	assert_string_equal(str_attr(&ev, "source"), "The group");
	ev = must_find_cue(r, "praising");
	assert_string_equal(str_attr(&ev, "source"), "The union");
	ev = must_find_cue(r, "alleging");
	assert_string_equal(str_attr(&ev, "source"), "published reports");
	crd_result_free(r);
}

/* The agent of a passive after a short setting of the verb's own is its
 * source ("was attacked on the budget by", "was asked directly by"); the
 * "by" of a participle inside the setting is not ("criticized for each
 * raid conducted by"). */
static void test_agent_after_setting(void **state)
{
	(void)state;
	const char *doc = "The mayor was attacked on the budget by Senator Ada Ruiz. "
	                  "The clerk was asked directly by Tom Ek. "
	                  "The mayor was criticized for each raid conducted by the militia.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "attacked");
	assert_string_equal(str_attr(&ev, "source"), "Senator Ada Ruiz");
	ev = must_find_cue(r, "asked");
	assert_string_equal(str_attr(&ev, "source"), "Tom Ek");
	ev = must_find_cue(r, "criticized");
	assert_null(tu_attr(&ev, "source"));
	crd_result_free(r);
}

/* A document's span takes the participle and date that say which one it
 * is ("A new poll released Friday", "a memo released Friday by the
 * agency's watchdog"); the cue's source text keeps the document's own
 * phrase. */
static void test_dated_document_span(void **state)
{
	(void)state;
	const char *doc = "A new poll released Friday found that taxes rose. "
	                  "Rents fell, according to a memo released Friday by the city's auditor.";
	crd_result *r = tu_features(doc);
	must_find(r, "named_source", "A new poll released Friday");
	must_find(r, "named_source", "a memo released Friday by the city's auditor");
	crd_evidence ev = must_find_cue(r, "found");
	assert_string_equal(str_attr(&ev, "source"), "A new poll");
	crd_result_free(r);
}

/* A description before an inverted speaker's name may hold a year and two
 * roles joined by "and": "said 2012 nominee Ada Lund", "said former
 * governor and party chair Tom Ek". */
static void test_dated_and_joined_descriptions(void **state)
{
	(void)state;
	const char *doc = "\"The plan failed,\" said 2012 nominee Ada Lund. "
	                  "\"It will pass,\" said former governor and party chair Tom Ek.";
	crd_result *r = tu_features(doc);
	must_find(r, "named_source", "2012 nominee Ada Lund");
	must_find(r, "named_source", "former governor and party chair Tom Ek");
	crd_result_free(r);
}

/* Joined subjects take in a list, "neither ... nor", a "both" inside the
 * sentence and a pronoun that comes first; a phrase that ends the clause
 * before "and" stays out ("The police arrested a man and officials
 * said"), and so does the place a "both" pair follows a preposition in. */
static void test_joined_subjects(void **state)
{
	(void)state;
	const char *doc = "Neither Tom Ames nor the police said it failed. "
	                  "She and a colleague wrote that the dam had failed. "
	                  "Tom Ames, Ada Colter and other officials said it failed. "
	                  "Experts fear that both the mayor and her aides had said it failed. "
	                  "The police arrested a man and officials said it failed.";
	crd_result *r = tu_features(doc);
	must_find(r, "named_source", "Neither Tom Ames nor the police");
	crd_evidence ev = must_find_cue(r, "wrote");
	assert_string_equal(str_attr(&ev, "source"), "She and a colleague");
	must_find(r, "named_source", "Tom Ames, Ada Colter and other officials");
	must_find(r, "named_source", "both the mayor and her aides");
	must_find(r, "anonymous_source", "officials");
	crd_result_free(r);
}

/* A participle's phrase set off after the speaker says what the speaker
 * was doing and stays out of the span ("Ada Lund, speaking at a rally,
 * said"); a role the form opens ("managing director of ...") stays in. */
static void test_participle_aside_outside_speaker(void **state)
{
	(void)state;
	const char *doc = "Ada Lund, speaking at a rally on Monday, said taxes rose. "
	                  "Tom Ek, managing director of the fund, said rents fell.";
	crd_result *r = tu_features(doc);
	must_find(r, "named_source", "Ada Lund");
	must_find(r, "named_source", "Tom Ek, managing director of the fund,");
	crd_result_free(r);
}

/* After its verb, a speaker's aside closed by a comma takes that comma
 * when the clause goes on in lower case ("said Ada Lund, the city
 * engineer, in an interview"); not a comma that cuts a place ("..., a
 * pastor in Marlow, Ohio"), nor one that ends an opening "According to"
 * phrase. */
static void test_aside_comma_after_verb(void **state)
{
	(void)state;
	const char *doc = "\"It is late,\" said Ada Lund, the city engineer, in an interview. "
	                  "\"It is early,\" said Tom Ek, a pastor in Marlow, Ohio. "
	                  "According to Rita Vance, the agency's director, the dam held.";
	crd_result *r = tu_features(doc);
	must_find(r, "named_source", "Ada Lund, the city engineer,");
	must_find(r, "named_source", "Tom Ek, a pastor in Marlow");
	must_find(r, "named_source", "Rita Vance, the agency's director");
	crd_result_free(r);
}

/* A name set off after an unnamed speaker names that speaker with the role
 * it carries ("One figure, radio host Tom Vale, says"); a participle's
 * phrase with a name in it is no such name ("Biden, echoing Erdogan,"). */
static void test_named_aside_with_role(void **state)
{
	(void)state;
	const char *doc = "One figure, radio host Tom Vale, says the plan failed. "
	                  "Senator Ada Ruiz spoke first. Ruiz, echoing Tom Vale, called the plan a failure.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find(r, "named_source", "One figure, radio host Tom Vale,");
	assert_string_equal(str_attr(&ev, "kind"), "person");
	assert_false(tu_find(r, "named_source", "Ruiz, echoing Tom Vale,", NULL));
	crd_result_free(r);
}

/* Forms of speech verbs whose other forms were cues already: "taunted" after
 * its speaker, and ", musing ..." or ", speculating ..." taking the speaker of
 * the clause before them, as ", saying ..." does. */
static void test_filled_speech_verb_forms(void **state)
{
	(void)state;
	const char *doc = "Ortega taunted the governor about the deficit. "
	                  "Lena Park spoke for an hour, musing that the race was close.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "taunted");
	assert_string_equal(str_attr(&ev, "lemma"), "taunt");
	assert_string_equal(str_attr(&ev, "source"), "Ortega");
	ev = must_find_cue(r, "musing");
	assert_string_equal(str_attr(&ev, "lemma"), "muse");
	assert_string_equal(str_attr(&ev, "source"), "Lena Park");
	crd_result_free(r);
}

/* "are positing that ..." reads as "posit" does in its other forms, with the
 * subject before the auxiliary as its speaker. */
static void test_positing_progressive(void **state)
{
	(void)state;
	const char *doc = "Some analysts are now positing that the levy could pass.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "positing");
	assert_string_equal(str_attr(&ev, "lemma"), "posit");
	assert_string_equal(str_attr(&ev, "source"), "Some analysts");
	crd_result_free(r);
}

/* Senses of "figured" and "reports" that carry no report: "figured in" and
 * "figured into" say a thing played a part, and "reports" before "of", "for"
 * or "to" is a noun ("news reports to smear them", "earnings reports for two
 * banks") or a job ("Lee reports for the Herald"). */
static void test_figured_in_and_reports_of(void **state)
{
	(void)state;
	const char *doc =
	        "The port deal has figured in the race for months. It is not clear how the work of the "
	        "Reyes Fund figured into the audit. The agency planted fake news reports to smear its "
	        "critics. "
	        "Quarterly earnings reports for two banks are due. Lena Voss reports for the Herald. "
	        "The council figured that the road would cost more. The Herald reports that the road is "
	        "closed.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "figured in"));
	assert_false(cue_covers(r, doc, "figured into"));
	assert_false(cue_covers(r, doc, "reports to"));
	assert_false(cue_covers(r, doc, "reports for two"));
	assert_false(cue_covers(r, doc, "reports for the"));
	/* the same words before a clause stay cues */
	assert_true(cue_covers(r, doc, "figured that"));
	assert_true(cue_covers(r, doc, "reports that"));
	crd_result_free(r);
}

/* A view held by whoever follows an opening "to" is theirs: "To the growers,
 * the plan is a betrayal" reports the growers' reading, and what the rest of
 * the sentence reports lies inside it. Not a purpose ("To win the county,"),
 * a time ("To date,"), nor an outlet that was told ("To the Courier, Pike
 * said"). */
static void test_opening_to_view(void **state)
{
	(void)state;
	const char *doc = "The levy passed on Monday. To the growers, the plan is a betrayal, and the mayor "
	                  "believes it will fail. Jonah Pike voted no. Because to him, the vote was a farce. "
	                  "To date, no grower has paid. To win the county, Reyes must court the growers. To "
	                  "the Courier, Pike said he was done.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "To");
	assert_string_equal(str_attr(&ev, "source"), "the growers");
	assert_true(nested_cue(r, "believes"));
	ev = must_find_cue(r, "to");
	assert_string_equal(str_attr(&ev, "source"), "him");
	assert_false(cue_covers(r, doc, "To date"));
	assert_false(cue_covers(r, doc, "To win"));
	assert_false(cue_covers(r, doc, "To the Courier"));
	assert_true(cue_covers(r, doc, "said he"));
	crd_result_free(r);
}

/* A consensus is a view many hold, with its matter or content after it ("a
 * broad consensus on the levy", "no consensus that it works"); not one to
 * be built ("forge consensus with") nor a choice all can accept ("a
 * consensus candidate"). */
static void test_consensus_view(void **state)
{
	(void)state;
	const char *doc =
	        "Among growers there is a broad consensus on the levy. There is no consensus that "
	        "the dam works. Ames hopes to forge consensus with the council. Hale is a consensus "
	        "candidate for the board.";
	crd_result *r = tu_features(doc);
	assert_true(cue_covers(r, doc, "consensus on"));
	assert_true(cue_covers(r, doc, "consensus that"));
	assert_false(cue_covers(r, doc, "consensus with"));
	assert_false(cue_covers(r, doc, "consensus candidate"));
	crd_result_free(r);
}

/* An opening "to" names who was told when its clause has a speaker of its
 * own who speaks there ("To voters, Nora Ames wrote that ..."): no view of
 * the voters, and her words are no part of one. A verb that reads its
 * subject without her words leaves the view ("To many, she seems
 * tired"). */
static void test_opening_to_hearer(void **state)
{
	(void)state;
	const char *doc =
	        "To voters, Nora Ames wrote that the dam held. To his aides, she quietly confided that "
	        "she was tired. To many, she seems tired.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "To voters"));
	assert_false(cue_covers(r, doc, "To his aides"));
	assert_false(nested_cue(r, "wrote"));
	assert_false(nested_cue(r, "confided"));
	assert_true(cue_covers(r, doc, "To many"));
	crd_result_free(r);
}

/* A participle after a main clause speaks for its subject, not for a speaker
 * of the clause that opened the sentence ("While farm groups pushed for new
 * rules, Nora Ames has rallied crowds by promising ..."); a speaker after
 * that clause's comma still speaks on ("\"When the mill shut, we left,\"
 * said Ana Ruiz, noting ..."). */
static void test_opening_clause_speaker(void **state)
{
	(void)state;
	const char *doc =
	        "While farm groups pushed for new rules, Nora Ames has rallied crowds by promising "
	        "to cut taxes. \"When the mill shut, we left,\" said Ana Ruiz, noting that the town "
	        "shrank.";
	crd_result *r = tu_features(doc);
	crd_evidence ev = must_find_cue(r, "promising");
	assert_string_equal(str_attr(&ev, "source"), "Nora Ames");
	ev = must_find_cue(r, "noting");
	assert_string_equal(str_attr(&ev, "source"), "Ana Ruiz");
	crd_result_free(r);
	/* "As" opens such a clause too: the participle after the main clause
	 * is the main subject's */
	doc = "As the mayor hints at what the levy might hold, Gov. Dale Pruitt is having none of it, "
	      "quickly delivering a stark message on his website.";
	r = tu_features(doc);
	ev = must_find_cue(r, "hints");
	assert_string_equal(str_attr(&ev, "source"), "the mayor");
	ev = must_find_cue(r, "delivering a stark message");
	assert_string_equal(str_attr(&ev, "source"), "Gov. Dale Pruitt");
	crd_result_free(r);
}

/* "agree", "disagree" and "concur" with nothing after them in their clause
 * bear on nothing the sentence says, as a feeling that closes its clause
 * does ("Others largely agree."); with a clause, an object or a colon after
 * them they report what is agreed. */
static void test_bare_agreement(void **state)
{
	(void)state;
	const char *doc = "Most growers back the dam. Others largely agree. Two mayors disagree; the vote is "
	                  "close. Half of the farmers concur. Senator Ada Brooks agreed that the dam would "
	                  "help. Judge Mira Cole disagrees with the ruling. Mayor Ines Vale concurred: the "
	                  "plan is dead.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "agree."));
	assert_false(cue_covers(r, doc, "disagree;"));
	assert_false(cue_covers(r, doc, "concur."));
	assert_true(cue_covers(r, doc, "agreed that"));
	assert_true(cue_covers(r, doc, "disagrees with"));
	assert_true(cue_covers(r, doc, "concurred:"));
	crd_result_free(r);
	/* an inverted report closing its sentence keeps its verb, and so does a
	 * verb whose next sentence opens on the quotation it announced */
	doc = "The levy costs the town too much, the county auditors agree. Judge Mira Cole disagreed. "
	      "\"The ruling stands for now.\"";
	r = tu_features(doc);
	assert_true(cue_covers(r, doc, "agree."));
	assert_true(cue_covers(r, doc, "disagreed"));
	crd_result_free(r);
}

/* An infinitive after the object of a verb of pressing or persuading is what
 * someone is pushed to do, not yet done and no report ("pushing the council
 * to embrace the levy", "persuade undecided voters to back him"); an object
 * led or prompted to speak still speaks ("prompted Ruiz to denounce"). */
static void test_pressed_infinitive(void **state)
{
	(void)state;
	const char *doc =
	        "Nora Ames is pushing the council to embrace the levy. Dale Hale must persuade "
	        "undecided voters to back him. Growers were advised by the county to consider selling. "
	        "The ruling prompted Ana Ruiz to denounce the judge.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "embrace"));
	assert_false(cue_covers(r, doc, "back him"));
	assert_false(cue_covers(r, doc, "consider selling"));
	assert_true(cue_covers(r, doc, "denounce"));
	crd_result_free(r);
}

/* "as opposed to" sets two things side by side and reports nobody's
 * opposition ("spent its money on boosting the senator's campaign, as
 * opposed to attacking his rivals"); "has opposed" still does. */
static void test_as_opposed_to(void **state)
{
	(void)state;
	const char *doc =
	        "Rise Up Ohio spent $2 million on radio ads, all of which went toward trying to boost the "
	        "senator's flagging campaign for the nomination, as opposed to attacking his rivals. "
	        "Senator Nora Ames has opposed the levy.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "opposed to"));
	assert_true(cue_covers(r, doc, "opposed the levy"));
	crd_result_free(r);
}

/* A verb of threatening with no speaker read before it tells of a risk a
 * thing poses, not of a threat anyone made ("That threatened to split the
 * party", "natives who felt threatened by change"); a person who threatens,
 * a threat made to someone ("was threatened with arrest") and an
 * infinitive's ("a campaign to threaten voters") stay reports. */
static void test_threat_of_a_thing(void **state)
{
	(void)state;
	const char *doc =
	        "The levy failed. That threatened to split the party for years. The dispute now "
	        "threatens the talks. Growers felt threatened by the new rules. Senator Nora Ames "
	        "threatened to quit the council. Dale Hale was threatened with arrest. The group ran a "
	        "campaign to threaten voters.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "threatened to split"));
	assert_false(cue_covers(r, doc, "threatens the talks"));
	assert_false(cue_covers(r, doc, "threatened by"));
	assert_true(cue_covers(r, doc, "threatened to quit"));
	assert_true(cue_covers(r, doc, "threatened with"));
	assert_true(cue_covers(r, doc, "threaten voters"));
	crd_result_free(r);
}

/* The words of a post the page's markup embeds with its author are the
 * author's: a report in them with no speaker of its own ("I'm thrilled
 * to ...", "Hale reportedly wants ...") is inside the post, nested; one
 * with its own speaker is passed on as the page would pass it on ("Nora
 * Ames says ..."); the same words outside the markup stay outermost. */
static void test_tagged_post_words(void **state)
{
	(void)state;
	const char *doc =
	        "The mayor posted a note on Sunday.\n\n<tweet id=\"1\" author=\"@dale_hale\" "
	        "datetime=\"2016-06-01\">I'm thrilled to name my new deputy. Team Ames reportedly wants "
	        "a recount.</tweet>.\n\n<tweet id=\"2\" author=\"@valleynews\" datetime=\"2016-06-01\">"
	        "Nora Ames says the levy will pass.</tweet>.\n\nI'm glad the vote is near.";
	crd_result *r = tu_features(doc);
	assert_true(nested_cue(r, "'m thrilled"));
	assert_true(nested_cue(r, "reportedly"));
	assert_false(nested_cue(r, "says"));
	assert_false(nested_cue(r, "'m glad"));
	crd_result_free(r);
}

/* A capitalised cue word after another capitalised word inside a sentence
 * of running text goes on a name the names detector left out ("a Lindqvist
 * Reports survey", "the Fenwick Savings Plan to"); a headline in title case
 * capitalises its verbs and keeps them. */
static void test_cue_word_inside_name(void **state)
{
	(void)state;
	const char *doc =
	        "A new Lindqvist Reports survey showed the mayor ahead by four points. Opening the "
	        "Fenwick Savings Plan to every worker would cost the county money, the auditor said.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "Reports survey"));
	assert_false(cue_covers(r, doc, "Plan to"));
	assert_true(cue_covers(r, doc, "said."));
	crd_result_free(r);
	doc = "Mayor Dana Ames Says Harbor Levy Will Pass\n\nThe mayor spoke on Monday.";
	r = tu_features(doc);
	assert_true(cue_covers(r, doc, "Says"));
	crd_result_free(r);
}

/* A form in -ing right after a determiner, or after one and an adjective,
 * modifies a noun or is one ("other telling marks", "the fresh thinking
 * that"); after a comma it is the speaker's participle still. */
static void test_ing_form_after_determiner(void **state)
{
	(void)state;
	const char *doc =
	        "Guards watched the visitors for matching badges or other telling signs. The new "
	        "thinking that followed the flood changed the council. Mayor Ames spoke for an hour, "
	        "telling the crowd the levy would pass.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "telling signs"));
	assert_false(cue_covers(r, doc, "thinking that"));
	assert_true(cue_covers(r, doc, "telling the crowd"));
	crd_result_free(r);
	/* a plural after an article is a noun: no verb follows "any" */
	doc = "The band played the county fair, but Ames could not catch any shows that summer.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "shows that"));
	crd_result_free(r);
	/* a form in -ed between a determiner and its noun is an adjective */
	doc = "The board drew up its own proposed slate of judges on Friday. Now Ames and his aides face "
	      "some of the same disputed figures.";
	r = tu_features(doc);
	assert_false(cue_covers(r, doc, "proposed slate"));
	assert_false(cue_covers(r, doc, "disputed figures"));
	crd_result_free(r);
}

/* A plural joined by "and" to a plural noun, with nothing a verb takes
 * after it, is a noun of the same list ("whistles and jeers from the crowd",
 * "new faces and voices in the party"); a verb there keeps its object or
 * its clause ("the farms and says that"). */
static void test_plural_joined_to_noun(void **state)
{
	(void)state;
	const char *doc =
	        "Mayor Ames drew whistles and jeers from the crowd at the fair. Voters want new faces and "
	        "voices in the council. Senator Ruiz toured the farms and says that the levy is "
	        "fair.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "jeers from"));
	assert_false(cue_covers(r, doc, "voices in"));
	assert_true(cue_covers(r, doc, "says that"));
	crd_result_free(r);
}

/* An -ing cue between the name of a body and a paper modifies the paper:
 * "a Treasury briefing memo" is no report of the Treasury's; the paper
 * speaks through its own verb. */
static void test_briefing_paper_of_named_body(void **state)
{
	(void)state;
	const char *doc =
	        "The plan was set out in a Treasury briefing memo that reached the council on Monday. "
	        "A Treasury briefing memo shows the levy would fail.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "briefing memo that"));
	assert_true(cue_covers(r, doc, "shows"));
	crd_result_free(r);
}

/* "talk" after an article, a possessive, "of" or an adjective of manner is
 * the noun ("like the tough talk", "a lot of talk"), which the stance
 * nouns read when someone owns it; the verb keeps its subject. */
static void test_talk_as_noun(void **state)
{
	(void)state;
	const char *doc = "While some voters like the tough talk, Ames risks losing the suburbs. Ruiz will "
	                  "talk to the council about the levy on Monday.";
	crd_result *r = tu_features(doc);
	assert_false(cue_covers(r, doc, "talk,"));
	assert_true(cue_covers(r, doc, "talk to the council"));
	crd_result_free(r);
}

/* A name that ends in "Jr." or "Sr." before its appositive is the speaker,
 * after a quotation or a clause as at the sentence's start: the
 * abbreviation before the comma is no state after a home town. */
static void test_suffix_name_aside(void **state)
{
	(void)state;
	const char *doc =
	        "\"The levy will pass,\" Carl Mowbray Jr., a writer for the Ledger, said on Monday. "
	        "The board will wait, Dana Voss Sr., its treasurer, told reporters.";
	crd_result *r = tu_features(doc);
	crd_evidence ev;
	assert_true(cue_find(r, "said", &ev));
	assert_string_equal(str_attr(&ev, "source"), "Carl Mowbray Jr., a writer for the Ledger");
	assert_true(cue_find(r, "told reporters", &ev));
	assert_string_equal(str_attr(&ev, "source"), "Dana Voss Sr., its treasurer");
	crd_result_free(r);
}

/* A newsletter credits what it quotes with the writer's name after a dash
 * and before the colon: the name is the colon's source, two names joined
 * as well; a colon after a dash with no name before it has none. */
static void test_dash_credit_colon(void **state)
{
	(void)state;
	const char *doc = "Here is the news for today.\n\nThe west saw a rise in turnout this spring - Dana "
	                  "Whitlow and Ross Penney: \u201cWe found that turnout rose by a third.\u201d\n\n"
	                  "Wells in the valley run low in a dry summer - Tomas Egede: \u201cThe wells are "
	                  "low.\u201d\n\n"
	                  "The rally drew a crowd - and then the chant: \u201cFour more years.\u201d";
	crd_result *r = tu_features(doc);
	crd_evidence ev;
	int n = 0;
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_result_evidence(r, i, &ev);
		if (strcmp(ev.feature, "attribution_cue") != 0 || strcmp(ev.text, ":") != 0)
			continue;
		const crd_attr *a = tu_attr(&ev, "source");
		if (n == 0)
			assert_string_equal(str_attr(&ev, "source"), "Dana Whitlow and Ross Penney");
		else if (n == 1)
			assert_string_equal(str_attr(&ev, "source"), "Tomas Egede");
		else
			assert_null(a);
		n++;
	}
	assert_int_equal(n, 3);
	crd_result_free(r);
}

/* A town and its state after a preposition stay inside the speaker's
 * phrase, whose relative clause follows them; and a word of sources that
 * is a verb after a name ("The Ledger reports that") opens a clause, so
 * the phrase after it speaks inside that report. */
static void test_town_state_in_speaker(void **state)
{
	(void)state;
	const char *doc = "Voters in Millbrook, Iowa who cast ballots early complained about the lines. "
	                  "The Ledger reports that police officers in Dover, Delaware argue that the man "
	                  "died in an accident.";
	crd_result *r = tu_features(doc);
	crd_evidence ev;
	assert_true(cue_find(r, "complained", &ev));
	assert_string_equal(str_attr(&ev, "source"), "Voters in Millbrook, Iowa who cast ballots");
	assert_true(cue_find(r, "argue", &ev));
	assert_string_equal(str_attr(&ev, "source"), "police officers in Dover, Delaware");
	assert_true(nested_cue(r, "argue"));
	crd_result_free(r);
}

/* A pair of dashes around an aside after the subject keeps the verb after
 * them uninverted: the phrase after "said" opens what was said, even with a
 * quotation after it, whether or not the subject is found; a single dash
 * before "said" and a phrase still inverts. */
static void test_dash_aside_subject(void **state)
{
	(void)state;
	const char *doc = "A former candidate -- Dale Pruitt, who lost the race to Ames -- said the mayor "
	                  "\"offered nothing new.\" A former rival -- Rosa Lind -- said the mayor \"must "
	                  "go.\" The levy is dead -- said the mayor.";
	crd_result *r = tu_features(doc);
	crd_evidence ev;
	int n = 0;
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_result_evidence(r, i, &ev);
		if (strcmp(ev.feature, "attribution_cue") != 0)
			continue;
		const crd_attr *a = tu_attr(&ev, "source");
		if (n == 0)
			assert_string_equal(str_attr(&ev, "source"),
			                    "A former candidate -- Dale Pruitt, who lost the race to Ames");
		else if (n == 1)
			assert_true(a == NULL || strcmp(a->string, "the mayor") != 0);
		else
			assert_string_equal(str_attr(&ev, "source"), "the mayor");
		n++;
	}
	assert_int_equal(n, 3);
	crd_result_free(r);
}

/* A people or a faith named by a plural speaks as a crowd: "The Syrians"
 * and "Many Catholics" are the sources of their reports, as "Americans" is. */
static void test_people_plural_speaker(void **state)
{
	(void)state;
	const char *doc = "The Syrians said the treaty was dead. Many Catholics have said the plan "
	                  "falls short.";
	crd_result *r = tu_features(doc);
	crd_evidence ev;
	assert_true(cue_find(r, "said", &ev));
	assert_string_equal(str_attr(&ev, "source"), "The Syrians");
	must_find(r, "vague_attribution", "Many Catholics");
	crd_result_free(r);
}

/* The agent after the "by" of a passive with its auxiliary speaks when its
 * head is a plural of people no vocabulary lists, a negation or an adverb
 * between; a plural of things there ("the rules") is no speaker. */
static void test_passive_plain_agent(void **state)
{
	(void)state;
	const char *doc = "The levy was never mentioned by the panel moderators. The toll has been "
	                  "questioned by local growers. The loss is explained by the rules.";
	crd_result *r = tu_features(doc);
	crd_evidence ev;
	assert_true(cue_find(r, "mentioned", &ev));
	assert_string_equal(str_attr(&ev, "source"), "the panel moderators");
	assert_true(cue_find(r, "questioned", &ev));
	assert_string_equal(str_attr(&ev, "source"), "local growers");
	if (cue_find(r, "explained", &ev))
		assert_null(tu_attr(&ev, "source"));
	crd_result_free(r);
}

/* A headline set in title case speaks through the capitalised words that
 * open it right before its verb, though no vocabulary knows the name. */
static void test_headline_subject(void **state)
{
	(void)state;
	const char *doc =
	        "Dana Voss Describes Her Years Outside the Party\n\nThe former aide spoke on Monday "
	        "at a library in the town and said little about the race.";
	crd_result *r = tu_features(doc);
	crd_evidence ev;
	assert_true(cue_find(r, "Describes", &ev));
	assert_string_equal(str_attr(&ev, "source"), "Dana Voss");
	crd_result_free(r);
}

/* An "it" that opens its clause before a cue, with no body or document to
 * point back at, is still the speaker; an "it" a verb before it takes as
 * its object is none. */
static void test_unresolved_it_speaker(void **state)
{
	(void)state;
	const char *doc = "The levy passed in May. It said the plan works. Two hikers found a bag. The "
	                  "men who reported it said they saw wires.";
	crd_result *r = tu_features(doc);
	crd_evidence ev;
	assert_true(cue_find(r, "said", &ev));
	assert_string_equal(str_attr(&ev, "source"), "It");
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_result_evidence(r, i, &ev);
		if (strcmp(ev.feature, "named_source") == 0)
			assert_string_not_equal(ev.text, "it");
	}
	crd_result_free(r);
}

/* "by" and a short form in -ing after a verb with no auxiliary tell how the
 * subject did it, as the longer forms do: the subject still speaks. */
static void test_by_short_ing(void **state)
{
	(void)state;
	const char *doc = "Councillor Mara Quist responded by using the old figures.";
	crd_result *r = tu_features(doc);
	crd_evidence ev;
	assert_true(cue_find(r, "responded", &ev));
	assert_string_equal(str_attr(&ev, "source"), "Councillor Mara Quist");
	crd_result_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_contracted_auxiliaries),
		cmocka_unit_test(test_lists_polls_and_dates_kept_apart),
		cmocka_unit_test(test_plain_and_inverted),
		cmocka_unit_test(test_learn_and_credit_senses),
		cmocka_unit_test(test_credit_compounds_and_said_than),
		cmocka_unit_test(test_according_to),
		cmocka_unit_test(test_anonymous_phrasings),
		cmocka_unit_test(test_source_of_income),
		cmocka_unit_test(test_back_reference),
		cmocka_unit_test(test_pronoun_resolution),
		cmocka_unit_test(test_aspect_verbs),
		cmocka_unit_test(test_single_marks),
		cmocka_unit_test(test_another),
		cmocka_unit_test(test_elided_groups),
		cmocka_unit_test(test_quotes_with_speakers),
		cmocka_unit_test(test_vague_attribution),
		cmocka_unit_test(test_not_reports),
		cmocka_unit_test(test_weak_verbs),
		cmocka_unit_test(test_participles_and_colons),
		cmocka_unit_test(test_passive_known),
		cmocka_unit_test(test_passives),
		cmocka_unit_test(test_weak_subjects),
		cmocka_unit_test(test_stance_adjectives),
		cmocka_unit_test(test_felt_feels),
		cmocka_unit_test(test_stance_nouns),
		cmocka_unit_test(test_owned_noun_content),
		cmocka_unit_test(test_colon_labels),
		cmocka_unit_test(test_colon_guides),
		cmocka_unit_test(test_deciding_a_race),
		cmocka_unit_test(test_crowds_a_rule_touches),
		cmocka_unit_test(test_ing_word_in_a_body_name),
		cmocka_unit_test(test_headline_participle_over_byline),
		cmocka_unit_test(test_quote_colons),
		cmocka_unit_test(test_reflexives_and_that),
		cmocka_unit_test(test_opening_surnames),
		cmocka_unit_test(test_passive_agents),
		cmocka_unit_test(test_passives_on_nouns),
		cmocka_unit_test(test_opening_according_asides),
		cmocka_unit_test(test_anonymity_reason_verbs),
		cmocka_unit_test(test_bodies_by_trade),
		cmocka_unit_test(test_desks_of_named_bodies),
		cmocka_unit_test(test_dateline_colons),
		cmocka_unit_test(test_bulleted_speakers),
		cmocka_unit_test(test_other_senses_of_business_and_police_verbs),
		cmocka_unit_test(test_more_anonymity_wordings),
		cmocka_unit_test(test_one_of_the_unnamed),
		cmocka_unit_test(test_said_things_before_subjects),
		cmocka_unit_test(test_crowds_of_unknown_nouns),
		cmocka_unit_test(test_it_after_a_speaking_body),
		cmocka_unit_test(test_calls_callers_and_sides),
		cmocka_unit_test(test_capital_section_labels),
		cmocka_unit_test(test_quote_in_that_clause_after_setting),
		cmocka_unit_test(test_negated_expectations),
		cmocka_unit_test(test_spokesperson_back_reference),
		cmocka_unit_test(test_as_long_as_anyone_remembers),
		cmocka_unit_test(test_people_described_by_participles),
		cmocka_unit_test(test_unreturned_requests),
		cmocka_unit_test(test_pronoun_after_opening_phrases),
		cmocka_unit_test(test_envoys),
		cmocka_unit_test(test_new_people_are_not_back_references),
		cmocka_unit_test(test_setting_inside_perfect),
		cmocka_unit_test(test_quote_before_titled_speaker),
		cmocka_unit_test(test_capital_names_are_no_pronouns),
		cmocka_unit_test(test_verbs_inside_titles),
		cmocka_unit_test(test_opening_plurals_are_crowds),
		cmocka_unit_test(test_named_asides_with_age_and_home),
		cmocka_unit_test(test_pegged_estimates),
		cmocka_unit_test(test_missed_estimates),
		cmocka_unit_test(test_quote_before_a_second_clause),
		cmocka_unit_test(test_one_unnamed_holder),
		cmocka_unit_test(test_encyclopedic_weasels),
		cmocka_unit_test(test_pronoun_over_a_biography),
		cmocka_unit_test(test_colons_in_parentheses),
		cmocka_unit_test(test_quote_then_remark),
		cmocka_unit_test(test_outlets_own_sourcing),
		cmocka_unit_test(test_one_of_them_and_the_other),
		cmocka_unit_test(test_markers_in_asides),
		cmocka_unit_test(test_market_demand),
		cmocka_unit_test(test_things_found),
		cmocka_unit_test(test_long_asides_after_names),
		cmocka_unit_test(test_went_on),
		cmocka_unit_test(test_opening_polls_with_times),
		cmocka_unit_test(test_methods_are_no_speakers),
		cmocka_unit_test(test_the_person),
		cmocka_unit_test(test_asides_before_the_verb),
		cmocka_unit_test(test_described_speakers),
		cmocka_unit_test(test_noun_named_name),
		cmocka_unit_test(test_whole_speaker_phrases),
		cmocka_unit_test(test_headline_passive_instructions),
		cmocka_unit_test(test_funded_research),
		cmocka_unit_test(test_research_papers_and_hospital_staff),
		cmocka_unit_test(test_according_to_documents_and_unknown_names),
		cmocka_unit_test(test_polls_infinitives_plain_speakers),
		cmocka_unit_test(test_seem_and_votes),
		cmocka_unit_test(test_agreement_and_abstract_subjects),
		cmocka_unit_test(test_opening_dates),
		cmocka_unit_test(test_stray_commas),
		cmocka_unit_test(test_speech_goes_on),
		cmocka_unit_test(test_titles_and_lead_ins),
		cmocka_unit_test(test_quote_deep_in_clause),
		cmocka_unit_test(test_relatives_in_asides_and_settings),
		cmocka_unit_test(test_aside_chains_datelines_labels),
		cmocka_unit_test(test_carriers_and_idioms),
		cmocka_unit_test(test_other_senses),
		cmocka_unit_test(test_adverb_named_before_cue),
		cmocka_unit_test(test_refer_passes_requests_on),
		cmocka_unit_test(test_know_a_person),
		cmocka_unit_test(test_precincts_reporting),
		cmocka_unit_test(test_backing_down),
		cmocka_unit_test(test_without_saying),
		cmocka_unit_test(test_set_phrases_with_said),
		cmocka_unit_test(test_plurals_after_prepositions),
		cmocka_unit_test(test_plural_before_plural_verb),
		cmocka_unit_test(test_speaker_phrase_ends),
		cmocka_unit_test(test_pronoun_after_long_quote),
		cmocka_unit_test(test_role_back_references),
		cmocka_unit_test(test_reduced_relatives),
		cmocka_unit_test(test_counted_speakers),
		cmocka_unit_test(test_adverbs_before_the_verb),
		cmocka_unit_test(test_dash_asides),
		cmocka_unit_test(test_contact_clauses),
		cmocka_unit_test(test_put_it_and_floating_quantifiers),
		cmocka_unit_test(test_raised_voices),
		cmocka_unit_test(test_mojibake_quotes),
		cmocka_unit_test(test_single_quotes),
		cmocka_unit_test(test_single_quotes_over_paragraphs),
		cmocka_unit_test(test_post_nominal_speakers),
		cmocka_unit_test(test_quoting_references),
		cmocka_unit_test(test_counsel_asides),
		cmocka_unit_test(test_ing_compound_nouns),
		cmocka_unit_test(test_institution_nouns),
		cmocka_unit_test(test_family_as_group),
		cmocka_unit_test(test_dash_speakers),
		cmocka_unit_test(test_coordinated_subjects),
		cmocka_unit_test(test_participles_after_prepositions),
		cmocka_unit_test(test_armed_services),
		cmocka_unit_test(test_estimates_given),
		cmocka_unit_test(test_apposed_names),
		cmocka_unit_test(test_anonymity_and_representatives),
		cmocka_unit_test(test_headline_crowds),
		cmocka_unit_test(test_names_and_contact_lines),
		cmocka_unit_test(test_quote_before_own_clause),
		cmocka_unit_test(test_reduced_relative_documents),
		cmocka_unit_test(test_anonymity_reasons),
		cmocka_unit_test(test_crowds_opening_sentences),
		cmocka_unit_test(test_spokespeople_of_named_bodies),
		cmocka_unit_test(test_members_of_parliament),
		cmocka_unit_test(test_documents_seen_and_possessed_nouns),
		cmocka_unit_test(test_section_labels),
		cmocka_unit_test(test_roundup_headings),
		cmocka_unit_test(test_topic_label_with_lower_case),
		cmocka_unit_test(test_look_label),
		cmocka_unit_test(test_compound_nouns),
		cmocka_unit_test(test_firms_with_tickers_and_asides),
		cmocka_unit_test(test_paired_offices),
		cmocka_unit_test(test_short_transcript_answers),
		cmocka_unit_test(test_forecasts_beaten),
		cmocka_unit_test(test_declines_and_weights),
		cmocka_unit_test(test_headline_hearsay),
		cmocka_unit_test(test_things_described),
		cmocka_unit_test(test_continued_doing),
		cmocka_unit_test(test_assesses_that),
		cmocka_unit_test(test_documents_posted),
		cmocka_unit_test(test_long_appositive_name),
		cmocka_unit_test(test_pictures_show),
		cmocka_unit_test(test_present_there),
		cmocka_unit_test(test_continues_to_report),
		cmocka_unit_test(test_lead_verb_to_report),
		cmocka_unit_test(test_lead_verb_across_adverb),
		cmocka_unit_test(test_opening_participle),
		cmocka_unit_test(test_adverb_before_participle),
		cmocka_unit_test(test_example_aside),
		cmocka_unit_test(test_negated_conjunct),
		cmocka_unit_test(test_time_phrase_after_past_form),
		cmocka_unit_test(test_count_of_plain_plural),
		cmocka_unit_test(test_thats_according_to),
		cmocka_unit_test(test_owned_noun_setting),
		cmocka_unit_test(test_coordinated_verb_with_pronoun),
		cmocka_unit_test(test_purpose_verb_to_report),
		cmocka_unit_test(test_lead_verb_across_a_day),
		cmocka_unit_test(test_documents_analysed),
		cmocka_unit_test(test_quotes_announced_by_a_sentence),
		cmocka_unit_test(test_impersonal_attributions),
		cmocka_unit_test(test_age_epithets),
		cmocka_unit_test(test_given_names_of_public_figures),
		cmocka_unit_test(test_tags_of_sports_and_gossip),
		cmocka_unit_test(test_no_comment),
		cmocka_unit_test(test_embedded_posts),
		cmocka_unit_test(test_papers_obtained_by_an_outlet),
		cmocka_unit_test(test_comment_sought),
		cmocka_unit_test(test_long_relative_clauses),
		cmocka_unit_test(test_logs_and_invoices),
		cmocka_unit_test(test_possessive_between_quotes),
		cmocka_unit_test(test_according_to_after_second_quote),
		cmocka_unit_test(test_questions_asked),
		cmocka_unit_test(test_questions_asked_modal),
		cmocka_unit_test(test_answers_after_asked),
		cmocka_unit_test(test_dateline_agency_no_antecedent),
		cmocka_unit_test(test_date_commas),
		cmocka_unit_test(test_fact_check_labels),
		cmocka_unit_test(test_aside_ends_in_a_name),
		cmocka_unit_test(test_people_not_authorized),
		cmocka_unit_test(test_not_reached_for_comment),
		cmocka_unit_test(test_contacted_for_comment),
		cmocka_unit_test(test_return_possessive_request),
		cmocka_unit_test(test_boasts_fame_and_time),
		cmocka_unit_test(test_seen_as_sighting),
		cmocka_unit_test(test_online_setting_after_speaker),
		cmocka_unit_test(test_took_to_platform),
		cmocka_unit_test(test_unnamed_staff),
		cmocka_unit_test(test_contracted_impersonal),
		cmocka_unit_test(test_public_comment_noun),
		cmocka_unit_test(test_counted_plural_noun),
		cmocka_unit_test(test_see_a_change),
		cmocka_unit_test(test_local_offices),
		cmocka_unit_test(test_learn_more),
		cmocka_unit_test(test_document_released_by),
		cmocka_unit_test(test_nested_reports),
		cmocka_unit_test(test_nested_stance_nouns),
		cmocka_unit_test(test_nested_matter_of_judging),
		cmocka_unit_test(test_nested_past_inner_speaker_aside),
		cmocka_unit_test(test_nested_including_list),
		cmocka_unit_test(test_nested_clause_after_said),
		cmocka_unit_test(test_nested_cause_clause),
		cmocka_unit_test(test_nested_if_clause),
		cmocka_unit_test(test_nested_participles_of_objects),
		cmocka_unit_test(test_nested_after_opening_poll),
		cmocka_unit_test(test_nested_poll_shares),
		cmocka_unit_test(test_nested_quoted_as_saying),
		cmocka_unit_test(test_nested_participles_after_that),
		cmocka_unit_test(test_nested_after_that_aside),
		cmocka_unit_test(test_nested_cue_opening_that_aside),
		cmocka_unit_test(test_nested_after_colon_line),
		cmocka_unit_test(test_nested_after_colon_line_with_phrase),
		cmocka_unit_test(test_nested_under_opening_according),
		cmocka_unit_test(test_nested_past_quoted_words),
		cmocka_unit_test(test_bare_form_after_article_and_noun),
		cmocka_unit_test(test_dated_forecast_is_a_noun),
		cmocka_unit_test(test_setting_of_writing_ends_speaker),
		cmocka_unit_test(test_added_jobs),
		cmocka_unit_test(test_added_thing_to_place),
		cmocka_unit_test(test_shown_an_object),
		cmocka_unit_test(test_c_suite_titles),
		cmocka_unit_test(test_bulleted_label),
		cmocka_unit_test(test_charging_battery),
		cmocka_unit_test(test_figure_before_relative_speaker),
		cmocka_unit_test(test_quote_line_then_next_line),
		cmocka_unit_test(test_reported_missing),
		cmocka_unit_test(test_first_name_after_marker),
		cmocka_unit_test(test_informed_sources),
		cmocka_unit_test(test_portfolio_in_title),
		cmocka_unit_test(test_role_of_other_country),
		cmocka_unit_test(test_unlisted_subject_with_its_place),
		cmocka_unit_test(test_everyday_trades_as_sources),
		cmocka_unit_test(test_byline_is_no_passive_agent),
		cmocka_unit_test(test_kicker_of_several_words),
		cmocka_unit_test(test_according_to_a_count_of_people),
		cmocka_unit_test(test_saying_after_a_sent_message),
		cmocka_unit_test(test_tease_is_no_report),
		cmocka_unit_test(test_intention_before_to),
		cmocka_unit_test(test_stance_and_speech_verbs),
		cmocka_unit_test(test_calling_out_and_floating),
		cmocka_unit_test(test_compared_as_judgement),
		cmocka_unit_test(test_headline_attack_verbs),
		cmocka_unit_test(test_headline_colon_labels),
		cmocka_unit_test(test_headline_clause_before_colon),
		cmocka_unit_test(test_title_case_light_verbs),
		cmocka_unit_test(test_headline_topic_before_colon),
		cmocka_unit_test(test_siding_and_alarm_idioms),
		cmocka_unit_test(test_questions_at_sentence_end),
		cmocka_unit_test(test_name_before_unknown_headline_verb),
		cmocka_unit_test(test_title_case_adverb_before_verb),
		cmocka_unit_test(test_headline_future_speaker),
		cmocka_unit_test(test_light_verb_bare_noun),
		cmocka_unit_test(test_released_statement),
		cmocka_unit_test(test_cast_as),
		cmocka_unit_test(test_fret_preach_waffle),
		cmocka_unit_test(test_assume_rate_depict),
		cmocka_unit_test(test_position_pitch_as),
		cmocka_unit_test(test_in_support_of),
		cmocka_unit_test(test_owned_attack_and_call),
		cmocka_unit_test(test_have_backing_of),
		cmocka_unit_test(test_support_among),
		cmocka_unit_test(test_owner_past_form_adjective),
		cmocka_unit_test(test_question_after_determiner),
		cmocka_unit_test(test_owned_noun_infinitive),
		cmocka_unit_test(test_claim_after_determiner),
		cmocka_unit_test(test_bare_support_object),
		cmocka_unit_test(test_relative_weak_verb_object),
		cmocka_unit_test(test_closing_report_after_opening_clause),
		cmocka_unit_test(test_modal_well),
		cmocka_unit_test(test_bare_back_object),
		cmocka_unit_test(test_shot_back_up),
		cmocka_unit_test(test_give_receiver_stance),
		cmocka_unit_test(test_owned_embrace),
		cmocka_unit_test(test_aside_report),
		cmocka_unit_test(test_owned_noun_when),
		cmocka_unit_test(test_unowned_fault_nouns),
		cmocka_unit_test(test_unowned_mood_nouns),
		cmocka_unit_test(test_floating_after_aux),
		cmocka_unit_test(test_verb_context_object),
		cmocka_unit_test(test_subordinate_inside_report),
		cmocka_unit_test(test_as_many_inside_report),
		cmocka_unit_test(test_comma_list_of_verbs),
		cmocka_unit_test(test_senses_that_report_nothing),
		cmocka_unit_test(test_celebrating_a_feast),
		cmocka_unit_test(test_filed_suit),
		cmocka_unit_test(test_not_identify),
		cmocka_unit_test(test_counting_on),
		cmocka_unit_test(test_titled),
		cmocka_unit_test(test_bare_view_object),
		cmocka_unit_test(test_surname_after_setting),
		cmocka_unit_test(test_setting_noun_not_speaker),
		cmocka_unit_test(test_opening_participle_object),
		cmocka_unit_test(test_irregular_plural_speakers),
		cmocka_unit_test(test_plain_plural_speaker_of_weak_verb),
		cmocka_unit_test(test_polling_as_document),
		cmocka_unit_test(test_plain_plural_holder_of_stance),
		cmocka_unit_test(test_feeling_participle_after_copula),
		cmocka_unit_test(test_bare_quantifier_speaker),
		cmocka_unit_test(test_opening_clause_of_report),
		cmocka_unit_test(test_spoke_adverb_of),
		cmocka_unit_test(test_missing_verb_forms),
		cmocka_unit_test(test_missing_paradigm_forms),
		cmocka_unit_test(test_stance_in_open_question),
		cmocka_unit_test(test_seeking_to),
		cmocka_unit_test(test_upon_saying),
		cmocka_unit_test(test_relative_clause_beside_report),
		cmocka_unit_test(test_object_pronoun_ends_relative),
		cmocka_unit_test(test_poll_share_relative),
		cmocka_unit_test(test_contracted_anonymity_formula),
		cmocka_unit_test(test_document_targets_and_features),
		cmocka_unit_test(test_document_reflects_and_documents),
		cmocka_unit_test(test_platform_as_document),
		cmocka_unit_test(test_verb_after_auxiliary_not_speaker),
		cmocka_unit_test(test_opening_surname_in_s_before_has),
		cmocka_unit_test(test_effort_participle_after_speakers),
		cmocka_unit_test(test_coordinated_object_of_modifier),
		cmocka_unit_test(test_almost_before_verb),
		cmocka_unit_test(test_floated_quantifier_before_stance),
		cmocka_unit_test(test_negated_copula_before_stance),
		cmocka_unit_test(test_signed_quotation),
		cmocka_unit_test(test_thing_seems_to_act),
		cmocka_unit_test(test_bare_appear),
		cmocka_unit_test(test_naming_listing_identifying),
		cmocka_unit_test(test_putting_out_a_document),
		cmocka_unit_test(test_by_and_ing_form),
		cmocka_unit_test(test_setting_before_participle_subject),
		cmocka_unit_test(test_count_of_people_after_verb),
		cmocka_unit_test(test_setting_clause_after_report),
		cmocka_unit_test(test_ads_as_documents),
		cmocka_unit_test(test_judged_thing_passive),
		cmocka_unit_test(test_progressive_conjunct),
		cmocka_unit_test(test_passive_with_thing_subject),
		cmocka_unit_test(test_passive_on_referring_it),
		cmocka_unit_test(test_plain_plural_before_aside),
		cmocka_unit_test(test_contemplate),
		cmocka_unit_test(test_make_clear_forms),
		cmocka_unit_test(test_dubbed_spelling),
		cmocka_unit_test(test_unleash_as_light_verb),
		cmocka_unit_test(test_outburst_nouns),
		cmocka_unit_test(test_contrast_as_cue),
		cmocka_unit_test(test_now_after_inner_speaker),
		cmocka_unit_test(test_weak_closing_report),
		cmocka_unit_test(test_weak_aside_report),
		cmocka_unit_test(test_closing_report_with_year),
		cmocka_unit_test(test_aside_closing_comma),
		cmocka_unit_test(test_closing_relative_after_verb),
		cmocka_unit_test(test_issuer_of_ads_and_banners),
		cmocka_unit_test(test_agent_after_setting),
		cmocka_unit_test(test_dated_document_span),
		cmocka_unit_test(test_dated_and_joined_descriptions),
		cmocka_unit_test(test_joined_subjects),
		cmocka_unit_test(test_participle_aside_outside_speaker),
		cmocka_unit_test(test_aside_comma_after_verb),
		cmocka_unit_test(test_named_aside_with_role),
		cmocka_unit_test(test_filled_speech_verb_forms),
		cmocka_unit_test(test_positing_progressive),
		cmocka_unit_test(test_figured_in_and_reports_of),
		cmocka_unit_test(test_able_likely_to_report),
		cmocka_unit_test(test_assured_of_and_credit_union),
		cmocka_unit_test(test_ies_plural_before_verb),
		cmocka_unit_test(test_found_as_set_up),
		cmocka_unit_test(test_opening_to_view),
		cmocka_unit_test(test_consensus_view),
		cmocka_unit_test(test_opening_to_hearer),
		cmocka_unit_test(test_opening_clause_speaker),
		cmocka_unit_test(test_bare_agreement),
		cmocka_unit_test(test_pressed_infinitive),
		cmocka_unit_test(test_as_opposed_to),
		cmocka_unit_test(test_threat_of_a_thing),
		cmocka_unit_test(test_tagged_post_words),
		cmocka_unit_test(test_cue_word_inside_name),
		cmocka_unit_test(test_ing_form_after_determiner),
		cmocka_unit_test(test_plural_joined_to_noun),
		cmocka_unit_test(test_briefing_paper_of_named_body),
		cmocka_unit_test(test_talk_as_noun),
		cmocka_unit_test(test_spoke_to_hearer_about),
		cmocka_unit_test(test_verb_after_relative_report),
		cmocka_unit_test(test_bare_opening_participle),
		cmocka_unit_test(test_light_verb_participle),
		cmocka_unit_test(test_take_issue_idioms),
		cmocka_unit_test(test_open_view_idioms),
		cmocka_unit_test(test_seizing_on_idioms),
		cmocka_unit_test(test_weighing_a_plan_idioms),
		cmocka_unit_test(test_like_and_love),
		cmocka_unit_test(test_saying_verbs_apologize_grill_float),
		cmocka_unit_test(test_siding_and_attacking_idioms),
		cmocka_unit_test(test_ranks_and_scolding),
		cmocka_unit_test(test_hinting_mocking_and_reversing),
		cmocka_unit_test(test_suffix_name_aside),
		cmocka_unit_test(test_dash_credit_colon),
		cmocka_unit_test(test_town_state_in_speaker),
		cmocka_unit_test(test_dash_aside_subject),
		cmocka_unit_test(test_people_plural_speaker),
		cmocka_unit_test(test_passive_plain_agent),
		cmocka_unit_test(test_headline_subject),
		cmocka_unit_test(test_unresolved_it_speaker),
		cmocka_unit_test(test_by_short_ing),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	tu_teardown();
	return rc;
}
