/* test_hedge.c -- unit tests of core/det_hedge.c: hedges and boosters in context. */
#include "testutil.h"

/* Whether the first occurrence of word in text is a hedge (or booster). */
static int has(const char *text, const char *feature, const char *word)
{
	crd_result *r = tu_features(text);
	int yes = tu_covers(r, text, feature, word);
	crd_result_free(r);
	return yes;
}

static int hedge(const char *text, const char *word)
{
	return has(text, "hedge", word);
}

static void test_may_modal_and_month(void **state)
{
	(void)state;
	assert_true(hedge("The ceasefire may collapse within days.", "may"));
	assert_true(hedge("Officials said the death toll may rise further.", "may"));
	assert_false(hedge("The talks began in May and ended in June.", "May"));
	assert_false(hedge("The offensive started on May 12, 2016.", "May"));
	assert_false(hedge("May 2009 saw the largest protests in a decade.", "May"));
	assert_false(hedge("Prime Minister Clara May met the delegation.", "May"));
	assert_false(hedge("The wall stood from may to october.", "may"));
	assert_false(hedge("\"May I ask a question?\" the reporter said.", "May"));
	/* set phrases that concede, doubting nothing */
	assert_false(hedge("Come what may, the festival goes ahead.", "may"));
	assert_false(hedge("Be that as it may, the vote stands.", "may"));
	assert_false(hedge("Each team sends two or three players, as the case may be.", "may"));
	assert_true(hedge("Nobody knows what may come next.", "may"));
	/* a headline in title case capitalises the modal too */
	assert_true(hedge("Central Bank May Cut Rates Again, Analysts Say", "May"));
	assert_true(hedge("Ancient Bones May Rewrite Human History", "May"));
	assert_false(hedge("Clara May Visits Flooded Towns", "May"));
	assert_false(hedge("He starred in the sequel 'Devil May Cry' last year.", "May"));
}

static void test_might_noun(void **state)
{
	(void)state;
	assert_true(hedge("The army might withdraw before winter.", "might"));
	assert_true(hedge("Ministers might, however, reconsider the plan.", "might"));
	assert_false(hedge("He pulled the rope with all his might.", "might"));
	assert_false(hedge("The country's military might has grown since 2010.", "might"));
	assert_false(hedge("They felt the full might of the storm.", "might"));
	/* a surname inside a sentence; a title in capitals keeps the modal */
	assert_false(hedge("Police said Jordan Might, 33, was arrested.", "Might"));
	assert_false(hedge("Coach Sam Might said the team would rest.", "Might"));
	assert_true(hedge("Why Voters Might Stay Home", "Might"));
}

static void test_could_ability_and_possibility(void **state)
{
	(void)state;
	assert_true(hedge("The new rules could cost farmers millions.", "could"));
	assert_true(hedge("The fire could have been started deliberately.", "could"));
	assert_false(hedge("The spokesman could not be reached for comment.", "could"));
	assert_false(hedge("Witnesses said they couldn't see the road.", "couldn't"));
	/* text split into treebank tokens: "could n't" */
	assert_false(hedge("Tony Lasko could n't be reached for comment.", "could"));
	assert_false(hedge("In 1920 she moved to Paris so that she could study painting.", "could"));
	assert_true(hedge("He could not possibly have known about the plan.", "could"));
	/* a degree that cannot be passed is emphasis; a measure it cannot pass is an inference */
	assert_false(hedge("Her answer could not have been clearer.", "could"));
	assert_false(hedge("The timing couldn't have been more awkward.", "couldn't"));
	assert_true(hedge("The boat could not have been more than ten metres long.", "could"));
}

static void test_would_hypothetical_and_narrative(void **state)
{
	(void)state;
	assert_true(hedge("A tax on sugar would reduce obesity if it is set high enough.", "would"));
	assert_true(hedge("This is a plan that would cost billions and does not add up.", "would"));
	assert_false(hedge("He joined the club in 1998 and would later become its manager.", "would"));
	assert_false(hedge("In 1642 there would be another strike, which was broken.", "would"));
	/* the month and the name "May" are no present tense that makes "would" hypothetical */
	assert_false(hedge("On May 3, officials said the road would reopen.", "would"));
	assert_false(hedge("Clara May said she would resign.", "would"));
	assert_true(hedge("The minister may resign, and that would end the talks.", "would"));
	/* the present of a free relative ("whatever is needed") is no tense of the clause */
	assert_false(hedge("The governor said the state would do whatever is needed to help.", "would"));
	assert_true(hedge("The governor said the plan is weak and would fail.", "would"));
	/* a wish that was not met is no hedge, though the clause is in the present */
	assert_false(hedge("The club is paying more for the pitch than it would have liked.", "would"));
}

static void test_conditions_and_questions(void **state)
{
	(void)state;
	crd_result *r = tu_features("Investigators asked if the pilot had been warned.");
	crd_evidence ev = { 0 };
	assert_true(tu_find(r, "hedge", "if", &ev));
	const crd_attr *a = tu_attr(&ev, "cue");
	assert_non_null(a);
	assert_string_equal(a->string, "speculation_hypo_investigation");
	crd_result_free(r);

	assert_true(hedge("If the talks fail, fighting will resume.", "If"));
	assert_true(hedge("It is unclear whether the dam will hold.", "whether"));
	assert_false(hedge("He looked as if he had not slept.", "if"));
	assert_false(hedge("Few survivors, if any, remain in the village.", "if"));
	assert_false(hedge("The band's hit \"What If We Stay\" topped the charts.", "If"));
	/* "until" waits on an event to come, not on a time or a past event */
	assert_true(hedge("The troops will remain until the crisis ends.", "until"));
	assert_true(hedge("The rules will not be final until regulators approve them.", "until"));
	assert_true(hedge("The board will keep seeking offers until an offer is made.", "until"));
	assert_true(hedge("They cannot estimate the charge until they determine who leaves.", "until"));
	assert_false(hedge("They had not called him until Thursday.", "until"));
	assert_false(hedge("The firm will not be profitable until 1994 or later.", "until"));
	assert_false(hedge("It was a boarding school until the 1970s.", "until"));
	assert_false(hedge("She stayed at his bedside until she fell asleep at dawn.", "until"));
	assert_false(hedge("The photos were not shown until several days after the vote.", "until"));
	assert_false(hedge("He served as protector until its parliament was assembled.", "until"));
	/* "will" in the main clause of such a condition is the condition's */
	assert_true(hedge("The troops will remain until the crisis ends.", "will"));
	assert_true(hedge("If the allies succeed, the regime will fall.", "will"));
	assert_true(hedge("Shareholders will lose unless a bid comes.", "will"));
	assert_false(hedge("The firm will not be profitable until 1994 or later.", "will"));
	assert_false(hedge("The troops will remain in the Gulf.", "will"));
	assert_false(hedge("He talks as if he will win.", "will"));
}

static void test_doxastic_verbs(void **state)
{
	(void)state;
	assert_true(hedge("He is widely considered the best goalkeeper of his era.", "considered"));
	assert_true(hedge("Some analysts consider the deal a mistake.", "consider"));
	assert_true(hedge("The virus is thought to spread through water.", "thought"));
	assert_true(hedge("The plant is regarded as a weed in Australia.", "regarded"));
	assert_false(hedge("The board considered the proposal for an hour.", "considered"));
	assert_false(hedge("She considered calling her brother.", "considered"));
	assert_false(
	        hedge("As a further example, consider the task of integrating a polynomial.", "consider"));
	assert_false(hedge("The novella Consider Her Ways appeared in 1956.", "Consider"));
	assert_true(hedge("Many consider him a genius.", "consider"));
	assert_false(hedge("He was a pioneer of economic thought.", "thought"));
	assert_false(hedge("The play is a thought-provoking piece.", "thought"));
	/* astonishment is no uncertainty; a belief, negated or not, is */
	assert_false(hedge("You Won\u2019t Believe What He Did Next", "Believe"));
	assert_false(hedge("I can't believe it happened.", "believe"));
	assert_false(hedge("You will not believe this.", "believe"));
	assert_true(hedge("I don't believe he will win.", "believe"));
	/* a verb of hypothesis */
	assert_true(hedge("Early studies postulated that the gene was inherited.", "postulated"));
}

static void test_appear_possible_expect(void **state)
{
	(void)state;
	assert_true(hedge("The blast appears to have been caused by a gas leak.", "appears"));
	assert_false(hedge("The actor appears in the second film.", "appears"));
	assert_true(hedge("It is possible that the letter was forged.", "possible"));
	assert_true(hedge("Police are examining a possible link to the earlier attack.", "possible"));
	assert_false(hedge("Leave as soon as possible.", "possible"));
	assert_false(hedge("The donation made the new library possible.", "possible"));
	/* a clause with its "that" left out or put off, a predicate with a time to come */
	assert_true(hedge("It is possible, however, that the map is a copy.", "possible"));
	assert_true(hedge("It is also possible the guards were bribed.", "possible"));
	assert_true(hedge("Further rate rises are possible later in the year.", "possible"));
	assert_true(hedge("A walkout is possible by March, the union said.", "possible"));
	assert_false(hedge("Camping is possible in the lower valley.", "possible"));
	assert_false(hedge("It is possible to reach the summit in a day.", "possible"));
	assert_true(hedge("The vote is expected to pass narrowly.", "expected"));
	assert_false(hedge("Sales were better than expected this quarter.", "expected"));
	assert_false(hedge("The water rose faster than anyone expected.", "expected"));
	assert_false(hedge("His run went further than almost anyone had predicted.", "predicted"));
	assert_false(hedge("It went faster than most thought.", "thought"));
	/* the comparison with a belief held before, with no believer named */
	assert_false(hedge("The cave paintings are older than thought.", "thought"));
	assert_false(hedge("The wreck lies deeper than long thought.", "thought"));
	assert_false(hedge("The coalition is weaker than once thought.", "thought"));
	assert_true(hedge("Police thought the fire was an accident.", "thought"));
	assert_false(hedge("As predicted, it rained.", "predicted"));
	assert_true(hedge("Experts predicted a loss.", "predicted"));
	assert_false(hedge("Whitford led among likely Democratic primary voters.", "likely"));
	assert_true(hedge("The vote will likely pass.", "likely"));
	/* a measured ratio is no hedge; a bare comparison of chances still is */
	assert_false(hedge("Cyclists were twice as likely to be injured.", "likely"));
	assert_false(hedge("Users were 20% less likely to relapse.", "likely"));
	/* the British spelling of a measured ratio, "per cent" in two words */
	assert_false(hedge("Smokers were 12 per cent more likely to relapse.", "likely"));
	assert_false(hedge("Patients were three times more likely to recover.", "likely"));
	assert_true(hedge("Patients are more likely to recover at home.", "likely"));
	assert_false(hedge("Turnout was lower than had been expected.", "expected"));
	assert_true(hedge("Turnout is expected to fall.", "expected"));
}

static void test_reporting_hedges(void **state)
{
	(void)state;
	assert_true(hedge("The commander was reportedly killed in the strike.", "reportedly"));
	/* a person who suggests a thing or an action proposes it; evidence that suggests infers */
	assert_false(hedge("The governor suggested a new budget on Monday.", "suggested"));
	assert_false(hedge("She suggested planting more trees.", "suggested"));
	assert_true(hedge("The survey suggests a shift among young voters.", "suggests"));
	assert_true(hedge("He suggested the guard was asleep.", "suggested"));
	assert_true(hedge("He suggested the fire, which began at night, was set on purpose.", "suggested"));
	assert_true(hedge("The man allegedly stole the files.", "allegedly"));
	assert_true(hedge("Police suspect that the fire was set on purpose.", "suspect"));
	assert_false(hedge("The suspect was arrested at the border.", "suspect"));
	assert_false(hedge("Most comments raise points of view that are different.", "view"));
	assert_true(hedge("In his view, the reform came too late.", "view"));
	/* a check that could not be made is the disclaimer's, not an inquiry */
	assert_false(hedge("The agency was unable to verify the claim.", "to verify"));
	assert_false(hedge("A spokesman declined to verify the report.", "to verify"));
	assert_true(hedge("Auditors are trying to verify whether the money arrived.", "to verify"));
}

static void test_quoted_marked(void **state)
{
	(void)state;
	crd_result *r = tu_features("He said: \"The bridge may fall.\" The road may flood too.");
	size_t quoted = 0, plain = 0;
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_evidence ev = { 0 };
		crd_result_evidence(r, i, &ev);
		if (strcmp(ev.feature, "hedge") != 0)
			continue;
		const crd_attr *a = tu_attr(&ev, "quoted");
		assert_non_null(a);
		if (a->number)
			quoted++;
		else
			plain++;
	}
	assert_int_equal(quoted, 1);
	assert_int_equal(plain, 1);
	crd_result_free(r);
}

static void test_boosters(void **state)
{
	(void)state;
	assert_true(has("The data clearly show a rise in cases.", "booster", "clearly"));
	assert_true(has("It is clear that the plan has failed.", "booster", "It is clear that"));
	assert_true(has("This was undoubtedly the worst flood in decades.", "booster", "undoubtedly"));
	assert_true(has("There is no doubt that the vote was rigged.", "booster", "There is no doubt"));
	assert_false(has("The result is almost certainly wrong.", "booster", "certainly"));
	assert_true(hedge("The result is almost certainly wrong.", "almost certainly"));
	assert_false(has("It is not clear that the plan will work.", "booster", "clear that"));
	assert_false(has("Make sure to lock the door.", "booster", "sure to"));
	assert_false(hedge("There is no doubt that the vote was rigged.", "doubt"));
	/* the noun's "of course" */
	assert_true(has("It was, of course, a mistake.", "booster", "of course"));
	assert_false(has("Voters want a change of course in Washington.", "booster", "of course"));
	/* "clearly" of manner tells how a thing is seen or said, not how sure the writer is */
	assert_false(has("The mast was clearly visible from the shore.", "booster", "clearly"));
	assert_false(has("She spoke clearly and calmly.", "booster", "clearly"));
	assert_false(has("From the hill you can clearly see the port.", "booster", "clearly"));
	assert_true(has("Clearly, the bridge was never safe.", "booster", "Clearly"));
	assert_true(has("The ruling was clearly wrong.", "booster", "clearly"));
	assert_true(has("I think clearly we lost the vote.", "booster", "clearly"));
	/* a columnist's assurances */
	assert_true(has("The fact is, the pipes are older than the city admits.", "booster", "The fact is"));
	assert_true(has("Let's be honest about what the mayor unveiled.", "booster", "Let's be honest"));
	assert_true(has("Nobody can deny that the bridge is unsafe.", "booster", "Nobody can deny"));
}

/* "all but certain to", "almost certain", "virtually certain" weigh a
 * likelihood: no booster; "it is certain that" is one. */
static void test_near_certainty(void **state)
{
	(void)state;
	const char *doc = "The win made him all but certain to become prime minister. Rates are virtually "
	                  "certain to rise. It is certain that the vote will be close.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "booster", "certain to become"));
	assert_false(tu_covers(r, doc, "booster", "certain to rise"));
	assert_true(tu_covers(r, doc, "booster", "certain that"));
	crd_result_free(r);
}

/* What figures or a study showed is reported, not boosted; "no secret
 * that" and "has been proven to" close off doubt. */
static void test_reported_findings_and_more_boosters(void **state)
{
	(void)state;
	assert_false(has("The survey showed that rents rose by a tenth.", "booster", "showed that"));
	assert_false(has("A new poll shows that the race is tied.", "booster", "shows that"));
	assert_true(has("It's no secret that the mayor wants a second term.", "booster", "no secret that"));
	assert_true(has("The tea has been proven to cure colds.", "booster", "been proven to"));
	assert_false(has("The tea has not been proven to cure colds.", "booster", "been proven to"));
}

/* A rumour hedges when it carries what is rumoured, not as a thing that is
 * spread or denied. */
static void test_rumour_with_its_content(void **state)
{
	(void)state;
	assert_true(hedge("There were rumours that the coach would quit.", "rumours"));
	assert_true(hedge("Rumors have circulated online for weeks that the coach would quit.", "Rumors"));
	assert_true(hedge("Rumours of a merger lifted the shares.", "Rumours"));
	assert_true(hedge("Rumor has it the coach will quit.", "Rumor has it"));
	assert_false(hedge("The actor addressed the rumour on Wednesday.", "rumour"));
	assert_false(hedge("Rumours circulating online are not supported by the findings.", "Rumours"));
	assert_false(hedge("Police urged people not to spread rumors.", "rumors"));
}

/* A writer's formula that closes off doubt is a booster. */
static void test_formulas_of_certainty(void **state)
{
	(void)state;
	assert_true(
	        has("Make no mistake: this is the worst scandal in years.", "booster", "Make no mistake"));
	assert_true(has("Let me be clear, the plan will fail.", "booster", "Let me be clear"));
	assert_true(has("There's no question that the plan will fail.", "booster", "There's no question"));
	/* what everyone is said to know */
	assert_true(has("It is well known that the duke hated the court.", "booster", "well known"));
	assert_true(has("It was common knowledge that the mill would close.", "booster", "common knowledge"));
	assert_false(has("The singer is so well known that she wears a disguise.", "booster", "well known"));
}

/* A notice's "may" allows or forbids, and "until further notice" waits on
 * no event. */
static void test_notice_may_and_further_notice(void **state)
{
	(void)state;
	assert_false(
	        hedge("Anyone with information should call police. Tips may be left anonymously.", "may"));
	assert_false(hedge("Callers may be eligible for a cash reward.", "may"));
	assert_false(hedge("This material may not be published, broadcast or rewritten.", "may"));
	assert_true(hedge("The material may not be ready before the vote.", "may"));
	assert_false(hedge("The road has been closed until further notice.", "until"));
	assert_true(hedge("The road will stay closed until engineers approve the repairs.", "until"));
}

/* "the accused" as a noun is the person charged, no hedge; "was accused
 * of" still is. */
static void test_the_accused(void **state)
{
	(void)state;
	const char *doc =
	        "The accused were produced before a court on Monday. The mayor was accused of fraud.";
	crd_result *r = tu_features(doc);
	assert_false(tu_covers(r, doc, "hedge", "accused were"));
	assert_true(tu_covers(r, doc, "hedge", "accused of"));
	crd_result_free(r);
}

/* "if" that concedes or raises a degree sets no condition; an elliptic
 * condition ("if approved", "if true") and "if not" before a clause do. */
static void test_concessive_if(void **state)
{
	(void)state;
	assert_false(hedge("She gave a lively, if rambling, speech to the crowd.", "if"));
	assert_false(hedge("The memoir is a work of rare candour, if at times gullible.", "if"));
	assert_false(hedge("The film cuts away, if only briefly, to the war.", "if"));
	assert_false(hedge("Dozens, if not hundreds, of homes were flooded.", "if"));
	assert_false(hedge("The repairs could take weeks, if not months.", "if"));
	assert_false(hedge("Most if not all of the staff left.", "if"));
	assert_true(hedge("The merger, if approved, will create the largest bank.", "if"));
	assert_true(hedge("The letter, if genuine, would change the story.", "if"));
	assert_true(hedge("Ask him to stay; if not, we leave.", "if"));
	assert_true(hedge("The plan fails if not enough people sign up.", "if"));
}

/* Knowledge denied or weakened by a degree ("not fully understood", "far
 * from certain") and an agreement not yet final are hedges. */
static void test_weakened_certainty(void **state)
{
	(void)state;
	assert_true(hedge("The origins of the feud are not entirely clear.", "not entirely clear"));
	assert_true(hedge("How the virus jumps species is not fully understood.", "not fully understood"));
	assert_true(hedge("Its breeding habits are poorly understood.", "poorly understood"));
	assert_true(hedge("The death toll is not reliably known.", "not reliably known"));
	assert_true(hedge("A second term is far from certain.", "far from certain"));
	assert_true(hedge("Almost nothing is known about the author.", "nothing is known"));
	assert_true(hedge("The dating of the coin is tentative.", "tentative"));
	assert_true(hedge("Both sides signed a tentative deal on Friday.", "tentative"));
	assert_false(hedge("The rules are fully understood by the players.", "understood"));
}

/* A hedge word named in a list of quoted words is a mention, not a
 * hedge; one word quoted in use keeps its hedge. */
static void test_named_words(void **state)
{
	(void)state;
	crd_result *r = tu_features("Terms such as \"might,\" \"possibly\" and \"suggests\" mark these "
	                            "statements. The vote \"could\" slip, the clerk said.");
	assert_false(tu_find(r, "hedge", "might", NULL));
	assert_false(tu_find(r, "hedge", "possibly", NULL));
	assert_false(tu_find(r, "hedge", "suggests", NULL));
	assert_true(tu_find(r, "hedge", "could", NULL));
	crd_result_free(r);
}

/* The graded estimates of intelligence assessments are hedges whole:
 * "highly likely", "highly unlikely", "realistic possibility", "remote
 * chance". */
static void test_estimative_phrases(void **state)
{
	(void)state;
	crd_result *r =
	        tu_features("The battalion has highly likely withdrawn. There is a realistic possibility "
	                    "of a new offensive, and a remote chance of talks.");
	assert_true(tu_find(r, "hedge", "highly likely", NULL));
	assert_true(tu_find(r, "hedge", "realistic possibility", NULL));
	assert_true(tu_find(r, "hedge", "remote chance", NULL));
	assert_false(tu_find(r, "hedge", "likely", NULL));
	crd_result_free(r);
}

/* "concerns that" hedges with its clause ("concerns that rates will
 * rise"), not with a relative clause whose verb follows "that" ("eased
 * concerns that had weighed on the stock", "the confidence that was
 * lost"). */
static void test_noun_that_relative_clause(void **state)
{
	(void)state;
	assert_true(hedge("There are concerns that rates will rise.", "concerns that"));
	assert_false(hedge("The results eased concerns that had weighed on the stock.", "concerns that"));
	assert_false(hedge("The board rebuilt the confidence that was lost.", "confidence that"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_estimative_phrases),
		cmocka_unit_test(test_the_accused),
		cmocka_unit_test(test_may_modal_and_month),
		cmocka_unit_test(test_might_noun),
		cmocka_unit_test(test_could_ability_and_possibility),
		cmocka_unit_test(test_would_hypothetical_and_narrative),
		cmocka_unit_test(test_conditions_and_questions),
		cmocka_unit_test(test_doxastic_verbs),
		cmocka_unit_test(test_appear_possible_expect),
		cmocka_unit_test(test_reporting_hedges),
		cmocka_unit_test(test_quoted_marked),
		cmocka_unit_test(test_boosters),
		cmocka_unit_test(test_reported_findings_and_more_boosters),
		cmocka_unit_test(test_rumour_with_its_content),
		cmocka_unit_test(test_formulas_of_certainty),
		cmocka_unit_test(test_notice_may_and_further_notice),
		cmocka_unit_test(test_near_certainty),
		cmocka_unit_test(test_concessive_if),
		cmocka_unit_test(test_weakened_certainty),
		cmocka_unit_test(test_named_words),
		cmocka_unit_test(test_noun_that_relative_clause),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	tu_teardown();
	return rc;
}
