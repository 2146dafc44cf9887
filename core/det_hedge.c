/* det_hedge.c -- detector: hedges (uncertainty cues) and boosters, disambiguated in context. */
#include <string.h>

#include "detect.h"
#include "engine.h"
#include "lexicon.h"

/*
 * Every phrase of a lexicon whose feature is hedge or booster is a candidate;
 * its rule= attribute names the context check below (plain when absent, so a
 * user's own hedge lexicon works unchanged). The checks are grammar, not
 * memorised strings: whether "may" is the month, "might" the noun, "could" a
 * negated past ability, "would" a future-in-the-past, "considered" a verb of
 * opinion or of deliberation. Each check reads a bounded window of tokens
 * inside the sentence, so the detector is linear in the document.
 */

enum rule {
	R_PLAIN,
	R_MAY,
	R_MIGHT,
	R_COULD,
	R_WOULD,
	R_SHOULD,
	R_IF,
	R_BELIEF,
	R_THINK,
	R_APPEAR,
	R_THAT,
	R_POSSIBLE,
	R_EXPECT,
	R_UNKNOWN,
	R_ESTIMATE,
	R_FEAR,
	R_DOUBT,
	R_NOUN,
	R_LIKELY,
	R_UNTIL,
	R_COND,
	R_SUGGEST,
	R_VERIFY,
	R_ACCUSED,
	R_RUMOUR,
	R_CONTENT,
	/* boosters */
	R_BOOST_ADV,
	R_BOOST_CLAUSE,
	R_COUNT
};

/* The rule= words, in enum order; NULL-terminated, as the lexicon check
 * (hedge_attrs) reads them too. */
static const char *const rule_names[R_COUNT + 1] = {
	"plain",    "may",    "might",   "could",  "would",    "should", "if",
	"belief",   "think",  "appear",  "that",   "possible", "expect", "unknown",
	"estimate", "fear",   "doubt",   "noun",   "likely",   "until",  "cond",
	"suggest",  "verify", "accused", "rumour", "content",  "adverb", "clause",
};

static int rule_of(const char *name)
{
	if (!name)
		return R_PLAIN;
	for (int i = 0; i < R_COUNT; i++)
		if (strcmp(rule_names[i], name) == 0)
			return i;
	return R_PLAIN;
}

/* ---- a window of tokens inside one sentence ---------------------------- */

/* Whether the sentence last asked about holds a condition (check_cond),
 * kept for the run: matches come in order, so each sentence is read once. */
typedef struct cond_memo {
	uint32_t sent;
	int has;
} cond_memo;

typedef struct win {
	const crd_doc *d;
	uint32_t t0, t1; /* the candidate's tokens [t0, t1) */
	uint32_t s0, s1; /* its sentence's tokens [s0, s1) */
	cond_memo *memo; /* or NULL */
} win;

/* Token at offset k from the candidate: k < 0 before t0, k > 0 after t1 - 1
 * (k = 1 is the token right after). NULL outside the sentence. */
static const tok *at(const win *w, int k)
{
	int64_t i = k < 0 ? (int64_t)w->t0 + k : (int64_t)w->t1 - 1 + k;
	if (k == 0 || i < (int64_t)w->s0 || i >= (int64_t)w->s1)
		return NULL;
	return &w->d->toks.v[i];
}

static int is(const win *w, int k, const char *word)
{
	const tok *t = at(w, k);
	return t && doc_tok_is(w->d, t, word);
}

static int in_set(const crd_doc *d, const tok *t, const char *const *set)
{
	return t && doc_tok_any(d, t, set);
}

static int in(const win *w, int k, const char *const *set)
{
	return in_set(w->d, at(w, k), set);
}

static int is_word(const tok *t)
{
	return t && t->kind == TOK_WORD;
}

/* The folded text of t ends with suffix. */
static int ends_with(const crd_doc *d, const tok *t, const char *suffix)
{
	size_t n, m = strlen(suffix);
	const char *s = doc_tok_text(d, t, &n);
	return n > m && memcmp(s + n - m, suffix, m) == 0;
}

/* Closed word classes the checks need. */
static const char *const BE[] = { "is", "are", "was",   "were",   "be",     "been",    "being",
	                          "'s", "am",  "isn't", "aren't", "wasn't", "weren't", NULL };
static const char *const DET[] = { "the", "a",     "an",    "this", "that", "these", "those", "his",
	                           "her", "its",   "their", "our",  "my",   "your",  "some",  "any",
	                           "no",  "every", "each",  "all",  "'s",   NULL };
static const char *const SUBJ_PRON[] = { "i", "we", "they", "you", "he", "she", "it", NULL };
static const char *const WH[] = {
	"whether", "if", "how", "why", "what", "when", "where", "who", "which", NULL
};
/* Degree and frequency adverbs that sit between an auxiliary and a verb. */
static const char *const MID_ADV[] = {
	"widely",        "generally",  "often",      "commonly",  "usually",      "sometimes",    "also",
	"still",         "long",       "now",        "not",       "never",        "largely",      "mostly",
	"traditionally", "popularly",  "frequently", "variously", "historically", "increasingly", "rightly",
	"wrongly",       "already",    "once",       "even",      "further",      "thus",         "therefore",
	"then",          "originally", NULL
};

/* Index offset of the nearest token before the candidate that is not a
 * mid-sentence adverb (an -ly word or one of MID_ADV); 0 when none. */
static int prev_skip_adv(const win *w)
{
	for (int k = -1; k >= -3; k--) {
		const tok *t = at(w, k);
		if (!t)
			return 0;
		if (t->kind == TOK_WORD && (ends_with(w->d, t, "ly") || in_set(w->d, t, MID_ADV)))
			continue;
		return k;
	}
	return 0;
}

/* Passive or predicative: a form of "be" (or "remain", "seem") before the
 * candidate, across adverbs. */
static int after_be(const win *w)
{
	static const char *const COPULA[] = { "remain", "remains", "remained", "seem",    "seems",
		                              "seemed", "become",  "became",   "becomes", NULL };
	int k = prev_skip_adv(w);
	return k && (in(w, k, BE) || in(w, k, COPULA));
}

/* Any of words within the sentence, in [from, to] relative offsets. */
static int near(const win *w, int from, int to, const char *const *set)
{
	for (int k = from; k <= to; k++)
		if (k != 0 && in(w, k, set))
			return 1;
	return 0;
}

/* ---- the checks -------------------------------------------------------- */

/* Whether the candidate "may" is the month or a name, not the modal. A
 * capitalised "May" is the month or a name ("in May", "May 5", "Alice
 * May"); a sentence-initial modal "May" is a wish or a polite question, not
 * a hedge either. Text in capitals says nothing. Lower-cased months in
 * careless copy: "since may.", "from may to". */
/* Whether the sentence is a headline in title case: every word of four
 * letters or more capitalised, and at least three of them ("China May Cut
 * Rates Again, Economists Say"); not a title inside a sentence ("played in
 * 'Devil May Cry'"). */
static int title_case(const win *w)
{
	int words = 0;
	for (uint32_t i = w->s0; i < w->s1; i++) {
		const tok *t = &w->d->toks.v[i];
		if (t->kind != TOK_WORD || t->fe - t->fs < 4)
			continue;
		if (!(t->flags & TF_CAP))
			return 0;
		words++;
	}
	return words >= 3;
}

static int may_is_name(const win *w)
{
	static const char *const MONTH_PREP[] = { "in",      "since",  "until",   "till", "from",
		                                  "between", "during", "through", NULL };
	const tok *t = &w->d->toks.v[w->t0];
	const tok *n = at(w, 1);
	/* In a headline the modal takes a capital too, before a bare verb
	 * ("Rates May Rise", "Voters May Have Won"), where the name goes on
	 * with an inflected one ("Alice May Says", "May Visited") or a
	 * noun ("May Day"). */
	if ((t->flags & TF_CAP) && !(t->flags & TF_UPPER) && w->t0 != w->s0 && is_word(at(w, -1)) &&
	    !in(w, -1, MONTH_PREP) && is_word(n) && (n->flags & TF_CAP) && !(n->flags & TF_UPPER) &&
	    !(ends_with(w->d, n, "s") && !ends_with(w->d, n, "ss")) && !ends_with(w->d, n, "ed") &&
	    !ends_with(w->d, n, "ing") && !in(w, 1, (const char *const[]){ "day", "fourth", NULL }) &&
	    title_case(w))
		return 0;
	if ((t->flags & TF_CAP) && !(t->flags & TF_UPPER))
		return 1;
	if (n && (n->kind == TOK_NUM || (n->flags & TF_DIGIT)))
		return 1;
	return in(w, -1, MONTH_PREP) &&
	       (!is_word(n) || in(w, 1, (const char *const[]){ "and", "or", "to", NULL }));
}

static int check_may(const win *w)
{
	if (may_is_name(w))
		return 0;
	/* "may I", "you may": permission, not likelihood. */
	if (in(w, 1, (const char *const[]){ "i", "we", NULL }) || is(w, -1, "you"))
		return 0;
	/* Set phrases that close a clause: "come what may", "be that as it
	 * may", "as the case may be" concede and move on, doubting nothing. */
	if (!is_word(at(w, 1)) && ((is(w, -1, "what") && is(w, -2, "come")) ||
	                           (is(w, -1, "it") && is(w, -2, "as") && is(w, -3, "that"))))
		return 0;
	if (is(w, -1, "case") && is(w, -2, "the") && is(w, -3, "as") && is(w, 1, "be"))
		return 0;
	/* What a notice allows or forbids, not what is likely: "Tips may be
	 * left anonymously", "callers may remain anonymous", "Callers may be
	 * eligible for a reward", "This material may not be published,
	 * broadcast, rewritten or redistributed." */
	static const char *const COPY[] = { "published",  "broadcast",   "rewritten", "redistributed",
		                            "reproduced", "republished", NULL };
	if (near(w, 1, 4, (const char *const[]){ "anonymous", "anonymously", NULL }) ||
	    (is(w, 2, "eligible") && near(w, 3, 6, (const char *const[]){ "reward", NULL })) ||
	    (is(w, 1, "not") && is(w, 2, "be") && in(w, 3, COPY)))
		return 0;
	return 1;
}

static int check_might(const win *w)
{
	static const char *const NOUN_BEFORE[] = { "his",   "her",    "its",      "their",      "our",
		                                   "my",    "your",   "the",      "all",        "with",
		                                   "of",    "'s",     "military", "economic",   "naval",
		                                   "full",  "sheer",  "nuclear",  "industrial", "financial",
		                                   "great", "mighty", NULL };
	/* A modal is followed by a verb; the noun by a preposition or a finite
	 * verb ("his might was"), or nothing. */
	static const char *const NOUN_AFTER[] = { "of",  "and", "is",      "was",    "has",
		                                  "had", "in",  "against", "behind", NULL };
	const tok *n = at(w, 1);
	if (!n || in(w, 1, NOUN_AFTER) || in(w, -1, NOUN_BEFORE))
		return 0;
	/* Capitalised inside a sentence, it is a surname ("Jordan Might, 33,
	 * was arrested", "Alex Might said") unless a title in capitals goes on
	 * with the verb ("Voters Might Help Ames"). */
	const tok *t = &w->d->toks.v[w->t0];
	if ((t->flags & TF_CAP) && !(t->flags & TF_UPPER) && is_word(at(w, -1)) &&
	    !(is_word(n) && (n->flags & TF_CAP)))
		return 0;
	/* "might, however, be" is still the modal; "might." is not. */
	if (!is_word(n) && !doc_tok_is(w->d, n, ","))
		return 0;
	return 1;
}

/*
 * Whether the clause around a modal is hypothetical rather than a narrative
 * in the past: a conditional in the sentence, or more present-tense
 * auxiliaries than past ones ("this would involve ... since it does not
 * exist" against "in 1903 there would be another flood"); tie decides when
 * neither shows. Only closed-class auxiliaries and years are counted, in a
 * bounded window.
 */
static int hypothetical(const win *w, int tie)
{
	static const char *const COND[] = { "if",      "unless",    "otherwise", "without", "whether",
		                            "suppose", "supposing", "imagine",   NULL };
	static const char *const PRESENT[] = { "is",    "are",    "am",      "has",    "does",
		                               "isn't", "aren't", "doesn't", "hasn't", "don't",
		                               "can",   "cannot", "can't",   "will",   "won't",
		                               "'re",   "'m",     "may",     NULL };
	static const char *const PAST[] = { "was",     "were",   "had",    "did",   "wasn't",
		                            "weren't", "hadn't", "didn't", "later", NULL };
	static const char *const EVER[] = {
		"whatever", "whoever", "whichever", "wherever", "whenever", NULL
	};
	int present = 0, past = 0;
	for (int k = -30; k <= 30; k++) {
		const tok *t = k ? at(w, k) : NULL;
		if (!t)
			continue;
		if (in_set(w->d, t, COND))
			return 1;
		/* "On May 3, officials said the road would reopen", "Alice May
		 * said she would resign": the month and the name are no tense. */
		if (doc_tok_is(w->d, t, "may")) {
			uint32_t i = (uint32_t)(t - w->d->toks.v);
			if (may_is_name(&(win){ w->d, i, i + 1, w->s0, w->s1, NULL }))
				continue;
		}
		/* "would do whatever is necessary", "whoever is chosen": the
		 * free relative takes the present of any tense */
		if (in_set(w->d, t, PRESENT) && !in(w, k - 1, EVER))
			present++;
		else if (in_set(w->d, t, PAST))
			past++;
		else if (t->kind == TOK_NUM && t->fe - t->fs == 4 &&
		         (w->d->view.fold[t->fs] == '1' || w->d->view.fold[t->fs] == '2'))
			past++;
	}
	return present > past || (tie && present == past);
}

/* "could not have been clearer", "couldn't have been more wrong", "could not
 * have been happier with": the degree that cannot be passed, emphasis and no
 * doubt. A comparison with a measure is still an inference: "could not have
 * been more than ten", "could not have been higher than the wall". k is the
 * offset of "have" after the negated modal. */
static int emphasis(const win *w, int k)
{
	static const char *const NOT_COMPARATIVE[] = { "under",  "over",  "other",    "after",
		                                       "ever",   "never", "together", "either",
		                                       "rather", "there", NULL };
	if (!is(w, k, "have") || !is(w, k + 1, "been"))
		return 0;
	const tok *c = at(w, k + 2);
	if (!is_word(c))
		return 0;
	int next = k + 3;
	if (in(w, k + 2, (const char *const[]){ "more", "less", NULL }) && is_word(at(w, k + 3)) &&
	    !is(w, k + 3, "than"))
		next++;
	else if (!in(w, k + 2, (const char *const[]){ "better", "worse", NULL }) &&
	         (!ends_with(w->d, c, "er") || in(w, k + 2, NOT_COMPARATIVE)))
		return 0;
	return !is(w, next, "than");
}

static int check_could(const win *w)
{
	static const char *const NEG[] = {
		"not", "n't", "never", "hardly", "barely", "scarcely", "only", "no", NULL
	};
	static const char *const PERCEIVE[] = { "see", "hear", "feel", "smell", "afford", NULL };
	int negated = doc_tok_is(w->d, &w->d->toks.v[w->t0], "couldn't");
	int k = 1;
	if (in(w, 1, NEG)) {
		negated = 1;
		k = 2;
	}
	/* "could not have known", "could not possibly" are inferences; "could
	 * not play", "could not be reached" report an inability. */
	if (negated)
		return in(w, k, (const char *const[]){ "possibly", "have", NULL }) && !emphasis(w, k);
	if (in(w, 1, PERCEIVE))
		return 0;
	/* "so that they could", "in order that ...": purpose. */
	if (near(w, -3, -1, (const char *const[]){ "so", "order", NULL }))
		return 0;
	/* "as quickly as they could". */
	if (near(w, -3, -1, (const char *const[]){ "as", NULL }) &&
	    near(w, -5, -2, (const char *const[]){ "as", NULL }))
		return 0;
	/* "could have been", "could possibly" infer; a bare "could" is a past
	 * ability in a narrative and a possibility in the present. */
	if (in(w, 1, (const char *const[]){ "have", "possibly", "potentially", "well", "conceivably", NULL }))
		return 1;
	return hypothetical(w, 1);
}

static int check_would(const win *w)
{
	/* Future in the past and habit: "would later", "would go on to",
	 * "would become", "would often". */
	static const char *const NARRATIVE[] = {
		"later",     "eventually", "soon",       "subsequently", "then",   "go",      "become",
		"remain",    "continue",   "ultimately", "often",        "always", "usually", "typically",
		"sometimes", "frequently", "never",      "like",         "love",   "rather",  NULL
	};
	if (in(w, 1, NARRATIVE))
		return 0;
	if (in(w, 1, (const char *const[]){ "not", NULL }) && in(w, 2, NARRATIVE))
		return 0;
	/* a wish that was not met, as "would like" is one: "more debt than we
	 * would have liked" */
	if (in(w, 1, (const char *const[]){ "have", NULL }) &&
	    in(w, 2, (const char *const[]){ "liked", "loved", "preferred", "wanted", "wished", NULL }))
		return 0;
	return hypothetical(w, 0);
}

static int check_should(const win *w)
{
	/* Only the inverted conditional: "Should the talks fail, ...". */
	const tok *t = &w->d->toks.v[w->t0];
	return w->t0 == w->s0 && (t->flags & TF_CAP) && near(w, 2, 12, (const char *const[]){ ",", NULL });
}

/*
 * "if" that concedes or raises a degree instead of setting a condition: "a
 * popular, if dull, speaker", "a work of candour, if at times credulous",
 * "cut away, if only briefly", "hundreds, if not thousands, of", "most if not
 * all". It follows a comma (or a quantity before "if not") and has no clause
 * of its own: one word, after "not", "only", "at times" or an -ly adverb,
 * then punctuation. A word of the elliptic condition stays a condition:
 * "the deal, if approved, will", "which, if true, would", "if so", and so
 * does "if not" before a clause or a comma ("if not, he folds").
 */
static int concessive(const win *w)
{
	static const char *const QUANT[] = { "most", "many", "some", "much", "all", NULL };
	static const char *const ELLIPSIS[] = {
		"true",        "false",   "so",       "successful", "unsuccessful", "needed",   "necessary",
		"possible",    "any",     "anything", "ever",       "available",    "present",  "applicable",
		"appropriate", "correct", "accurate", "feasible",   "valid",        "required", "for",
		"there",       "then",    "now",      NULL
	};
	static const char *const VERBAL[] = { "is",   "are",   "was", "were",  "has", "have",  "had",
		                              "will", "would", "can", "could", "may", "might", "should",
		                              "must", "and",   "or",  "but",   NULL };
	const tok *p = at(w, -1);
	int comma = p && doc_tok_is(w->d, p, ",");
	int k = 1;
	if (is(w, 1, "not")) {
		if (!comma && !in(w, -1, QUANT))
			return 0;
		k = 2;
	} else if (!comma) {
		return 0;
	} else if (is(w, 1, "at") && is(w, 2, "times")) {
		k = 3;
	} else if (is(w, 1, "only") || (is_word(at(w, 1)) && ends_with(w->d, at(w, 1), "ly"))) {
		k = 2;
	}
	const tok *x = at(w, k);
	if (!is_word(x) || in(w, k, ELLIPSIS) || in(w, k, SUBJ_PRON))
		return 0;
	/* "if not all of the children", "if not the next day": the degree
	 * raised may be a short phrase */
	if (k == 2 && is(w, 1, "not")) {
		if (!comma)
			return 1; /* "most if not all" */
		for (int j = k + 1; j <= k + 3; j++) {
			const tok *y = at(w, j);
			if (!y || y->kind == TOK_PUNCT)
				return 1;
			if (in(w, j, VERBAL))
				return 0;
		}
		return 0;
	}
	const tok *y = at(w, k + 1);
	if (in(w, k, DET) || (y && y->kind != TOK_PUNCT))
		return 0;
	/* one bare word: not a participle of the elliptic condition ("if
	 * elected", "if proven", "if confirmed") and not before a verb ("the
	 * plan, if adopted, will cost") */
	if (k == 1 && (ends_with(w->d, x, "ed") || ends_with(w->d, x, "en")))
		return 0;
	return !(y && doc_tok_is(w->d, y, ",") && in(w, k + 2, VERBAL));
}

static int check_if(const win *w)
{
	const tok *t = &w->d->toks.v[w->t0];
	/* A capitalised "If" inside a sentence is a title ("If You Leave"). */
	if ((t->flags & TF_CAP) && !(t->flags & TF_UPPER) && w->t0 != w->s0 && is_word(at(w, -1)))
		return 0;
	if (is(w, -1, "as"))
		return 0;
	if (in(w, 1,
	       (const char *const[]){ "any", "anything", "ever", "necessary", "possible", "so", "and",
	                              NULL }))
		return 0;
	return !concessive(w);
}

static int check_belief(const win *w)
{
	static const char *const CLAUSE[] = { "as", "to", "that", "one", "among", "by", NULL };
	const tok *t = &w->d->toks.v[w->t0];
	int regard = doc_tok_is(w->d, t, "regard") || doc_tok_is(w->d, t, "regards");
	if (regard) {
		/* "with regard to", "in this regard", "best regards": the noun.
		 * The verb of opinion takes "as": "regards him as". */
		return !in(w, -1, (const char *const[]){ "with", "this", "that", "in", "no", NULL }) &&
		       near(w, 1, 4, (const char *const[]){ "as", NULL });
	}
	/* Deliberation, not opinion: "considered for the role", "was considered
	 * but rejected", "considered calling", "considered the proposal". */
	static const char *const DELIBERATE[] = { "for", "but",  "and",     "in",   "at",
		                                  "on",  "from", "during",  "when", "whether",
		                                  "how", "what", "options", NULL };
	static const char *const MATTER[] = { "possibility", "idea",    "proposal",    "proposals",
		                              "option",      "options", "question",    "matter",
		                              "issue",       "case",    "offer",       "request",
		                              "plan",        "plans",   "application", "bill",
		                              "motion",      "move",    NULL };
	const tok *n = at(w, 1);
	if (doc_tok_is(w->d, t, "consider")) {
		/* the imperative of an example ("As an example, consider the
		 * problem"), and a title ("Consider Her Ways") */
		const tok *p = at(w, -1);
		if (w->t0 == w->s0 || (p && p->kind == TOK_PUNCT) || (t->flags & TF_CAP))
			return 0;
	}
	if (in(w, 1, CLAUSE))
		return 1;
	if (!is_word(n) || in(w, 1, DELIBERATE) || ends_with(w->d, n, "ing") ||
	    (in(w, 1, DET) && in(w, 2, MATTER)))
		return 0;
	/* "is considered essential", "widely considered a prime slot", "some
	 * consider him a genius": the verb with a predicate. */
	return 1;
}

/* "faster than anyone expected", "than had been expected", "more than
 * almost anyone thought", "older than thought", "than long thought": a
 * comparison with what was expected hedges nothing. */
static int compared(const win *w)
{
	static const char *const BETWEEN[] = { "anyone",     "anybody",   "everyone",  "we",         "i",
		                               "they",       "he",        "she",       "you",        "many",
		                               "most",       "some",      "had",       "has",        "have",
		                               "been",       "was",       "were",      "is",         "are",
		                               "originally", "first",     "initially", "previously", "widely",
		                               "ever",       "almost",    "nearly",    "once",       "long",
		                               "commonly",   "generally", NULL };
	for (int k = -1; k >= -5; k--) {
		if (is(w, k, "than"))
			return 1;
		if (!in(w, k, BETWEEN))
			return 0;
	}
	return 0;
}

static int check_think(const win *w)
{
	static const char *const NOUN_BEFORE[] = {
		"of",     "the",        "a",        "an",       "his",       "her",      "their",
		"its",    "our",        "my",       "your",     "this",      "much",     "no",
		"second", "after",      "in",       "freedom",  "school",    "schools",  "political",
		"modern", "scientific", "free",     "critical", "religious", "economic", "legal",
		"make",   "complete",   "positive", "lateral",  NULL
	};
	const tok *n = at(w, 1);
	int noun_form = doc_tok_is(w->d, &w->d->toks.v[w->t0], "thought");
	if (noun_form && in(w, -1, NOUN_BEFORE))
		return 0;
	if (n && n->kind == TOK_PUNCT && w->d->view.fold[n->fs] == '-' && !(n->flags & TF_SPACE))
		return 0; /* "thought-provoking" */
	if (in(w, 1, (const char *const[]){ "out", "through", "tank", "tanks", "about", "in", NULL }))
		return 0;
	if (is(w, 1, "of") && !is(w, 2, "as"))
		return 0; /* "thought of her" vs "is thought of as" */
	if (doc_tok_is(w->d, &w->d->toks.v[w->t0], "believe") &&
	    (in(w, -1, (const char *const[]){ "won't", "can't", "cannot", "couldn't", "wouldn't", NULL }) ||
	     (is(w, -1, "not") && in(w, -2, (const char *const[]){ "will", "can", "could", "would", NULL }))))
		return 0; /* astonishment: "you won't believe what", "I can't believe it" */
	return !compared(w);
}

static int check_appear(const win *w)
{
	static const char *const ADJ[] = { "likely",   "unlikely", "certain",  "uncertain",
		                           "clear",    "unclear",  "doubtful", "possible",
		                           "probable", "as",       "that",     NULL };
	if (in(w, 1, ADJ))
		return 1;
	if (is(w, 1, "to")) {
		const tok *n = at(w, 2);
		/* "appears to have", not "appeared to the crowd" or "to Mary". */
		return is_word(n) && !in(w, 2, DET) && !((n->flags & TF_CAP) && !(n->flags & TF_UPPER));
	}
	/* "it appears, however, ..." / "there appears". */
	if (in(w, -1, (const char *const[]){ "it", "there", NULL }) && !is_word(at(w, 1)))
		return 1;
	return 0;
}

/* Finite verbs and auxiliaries: one right after "that" makes the "that"
 * a relative pronoun, not the opening of a clause of content. */
static const char *const FINITE[] = { "is",   "are",   "was",  "were",  "has", "have",  "had",
	                              "can",  "could", "will", "would", "may", "might", "should",
	                              "must", "do",    "does", "did",   NULL };

static int check_that(const win *w)
{
	/* A verb right after "that" makes it a relative clause ("points of view
	 * that are different"), not the content of the view. */
	const tok *t = &w->d->toks.v[w->t0];
	if (is(w, -1, "of") && is(w, -2, "point"))
		return 0;
	if (in(w, 1, (const char *const[]){ "that", NULL }))
		return !in(w, 2, FINITE);
	/* "in his view", "in the view of". */
	if (doc_tok_is(w->d, t, "view") &&
	    (is(w, -2, "in") || (is(w, -1, "the") && is(w, -2, "in") && is(w, 1, "of"))) &&
	    !is(w, -1, "full"))
		return 1;
	return 0;
}

/* A noun and the "that" of its clause ("concerns that rates will rise"),
 * not a relative clause on the noun, whose verb follows "that" at once
 * ("eased concerns that had weighed on the stock", "the confidence that
 * was lost"). */
static int check_content(const win *w)
{
	return !in(w, 1, FINITE);
}

static int check_possible(const win *w)
{
	/* "as soon as possible", "as many as possible". */
	if (near(w, -3, -1, (const char *const[]){ "as", NULL }))
		return 0;
	static const char *const QUANT[] = { "make",  "makes",   "made",     "making",   "if",
		                             "where", "when",    "wherever", "whenever", "every",
		                             "all",   "any",     "most",     "least",    "best",
		                             "worst", "maximum", "minimum",  "not",      NULL };
	const tok *p = at(w, -1);
	if (in(w, -1, QUANT) || (is_word(p) && ends_with(w->d, p, "est")))
		return 0;
	const tok *n = at(w, 1);
	/* "possible that", "possible, however, that", "it is possible the
	 * vote was rigged", "it is possible this could": a clause */
	static const char *const ASIDE[] = { ",", "however", "also", "though", "indeed", "therefore", NULL };
	for (int k = 1; k <= 4; k++) {
		if (is(w, k, "that"))
			return 1;
		if (!in(w, k, ASIDE))
			break;
	}
	int k = prev_skip_adv(w);
	if (k && in(w, k, BE) && is(w, k - 1, "it") && (in(w, 1, DET) || in(w, 1, SUBJ_PRON)))
		return 1;
	/* A predicate with a time still to come weighs a chance, where a
	 * bare one states what can be done ("boarding is possible there"):
	 * "rate cuts are possible later in the year", "a deal is possible
	 * by March", "a strike is possible this week". */
	static const char *const LATER[] = { "later", "soon", "next", "tomorrow", "eventually", NULL };
	static const char *const WHEN[] = { "january",  "february", "march",  "april",     "may",
		                            "june",     "july",     "august", "september", "october",
		                            "november", "december", "year",   "week",      "month",
		                            "spring",   "summer",   "autumn", "fall",      "winter",
		                            "weekend",  "quarter",  NULL };
	const tok *n2 = at(w, 2);
	if (after_be(w) && (in(w, 1, LATER) ||
	                    (in(w, 1, (const char *const[]){ "this", "early", NULL }) && in(w, 2, WHEN)) ||
	                    (in(w, 1, (const char *const[]){ "in", "by", "before", NULL }) &&
	                     (in(w, 2, WHEN) || (n2 && n2->kind == TOK_NUM && n2->fe - n2->fs == 4)))))
		return 1;
	/* Feasibility is not uncertainty: "it is possible to open", "possible
	 * for both players", "boarding is possible." An attributive "a possible
	 * cause" is. */
	if (!is_word(n) || in(w, 1,
	                      (const char *const[]){ "to", "for", "in", "with", "on", "at", "by", "and", "or",
	                                             "without", "only", "there", "through", "under", NULL }))
		return 0;
	if (after_be(w))
		return 0;
	return 1;
}

static int check_expect(const win *w)
{
	static const char *const NOT_VERB[] = { "as",    "than", "the",   "a",   "an",   "its",
		                                "their", "his",  "her",   "our", "your", "my",
		                                "what",  "when", "where", "be",  NULL };
	/* "as expected", "better than expected", "the expected value". */
	if (in(w, -1, NOT_VERB) && !(is(w, -1, "be") && is(w, 1, "to")))
		return 0;
	return !compared(w);
}

static int check_unknown(const win *w)
{
	if (in(w, 1, WH))
		return 1;
	return after_be(w) && !is_word(at(w, 1));
}

static int check_estimate(const win *w)
{
	/* "is estimated to", "estimated that"; "an estimated 400", "estimated at
	 * $5m" are numeric approximations, which the quantity detector owns. */
	return in(w, 1, (const char *const[]){ "to", "that", NULL });
}

static int check_fear(const win *w)
{
	const tok *t = &w->d->toks.v[w->t0];
	if (in(w, 1, (const char *const[]){ "that", "for", NULL }))
		return 1;
	/* "worried about a war", "worries over the deal". */
	size_t n;
	const char *s = doc_tok_text(w->d, t, &n);
	if (n > 4 && memcmp(s, "worr", 4) == 0 && in(w, 1, (const char *const[]){ "about", "over", NULL }))
		return 1;
	if (doc_tok_is(w->d, t, "feared") || doc_tok_is(w->d, t, "worried"))
		return !in(w, -1, DET);
	/* "officials fear another attack": the verb after its subject. */
	return in(w, -1,
	          (const char *const[]){ "i", "we", "they", "he", "she", "who", "many", "some", "others",
	                                 NULL });
}

static int check_doubt(const win *w)
{
	/* "no doubt", "without a doubt", "beyond doubt" are boosters. */
	return !in(w, -1, (const char *const[]){ "no", "without", "beyond", "little", "a", NULL });
}

/* "likely voters", "likely Democratic primary voters": the pollsters'
 * name for a sample, not a hedge. Nor is a measured ratio: "twice as
 * likely", "three times more likely", "15% less likely", "4 per cent more
 * likely" report a risk, where a bare "more likely to" still weighs a chance. */
static int check_likely(const win *w)
{
	static const char *const SAMPLE[] = { "voters", "voter", "caucusgoers", "caucus-goers", "electorate",
		                              NULL };
	static const char *const RATIO[] = { "twice", "thrice", "half", "times", "percent",
		                             "cent",  "%",      "fold", NULL };
	const tok *q = at(w, -2);
	if (in(w, -1, (const char *const[]){ "more", "less", "as", NULL }) &&
	    (in(w, -2, RATIO) || (q && q->kind == TOK_NUM)))
		return 0;
	for (int k = 1; k <= 4 && is_word(at(w, k)); k++)
		if (in(w, k, SAMPLE))
			return 0;
	return 1;
}

/* "the accused" as a noun names the person charged, no claim held in
 * doubt: "The accused were produced before a court", "the two accused,
 * identified as ..."; "was accused of", "the accused killer" stay. */
static int check_accused(const win *w)
{
	static const char *const COUNT[] = { "two", "three", "four", "five", "both", "all", "other", NULL };
	if (!in(w, -1, DET) && !in(w, -1, COUNT))
		return 1;
	const tok *n = at(w, 1);
	return n && is_word(n) &&
	       !in(w, 1,
	           (const char *const[]){ "was", "were", "is", "are", "has", "have", "had", "and", "who",
	                                  "will", "would", "also", NULL });
}

static int check_noun(const win *w)
{
	/* "police suspect that" / "I suspect", not "the suspect". */
	if (in(w, -1, DET))
		return 0;
	return is(w, 1, "that") ||
	       in(w, -1, (const char *const[]){ "i", "we", "they", "you", "police", "investigators", NULL });
}

/* The noun "rumour" hedges when it carries what is rumoured: "there were
 * rumours that he would quit", "rumours have circulated online that",
 * "rumours about a merger", "rumours of his death". The rumour as a thing that is
 * spread, denied or addressed is the report's subject, not its hedge: "the
 * actor addressed the rumour", "rumours circulating online are not
 * supported by the findings". */
static int check_rumour(const win *w)
{
	if (in(w, 1, (const char *const[]){ "about", "of", NULL }))
		return 1;
	for (int k = 1; k <= 8; k++) {
		const tok *t = at(w, k);
		if (!t || (t->kind == TOK_PUNCT && !is(w, k, "-") && !is(w, k, ",")))
			return 0; /* "the rumour, started by his rivals, was that" */
		if (is(w, k, "that"))
			return !in(w, k + 1, FINITE); /* "the rumour that was spread" */
	}
	return 0;
}

/*
 * "suggest" infers when its subject is evidence ("the poll suggests a lead",
 * "research suggests a link") or when it takes a clause ("he suggested the
 * officer was scared"); a person who suggests a thing or an action proposes
 * it: "The president suggested a new deal on Monday", "she suggested adding
 * statues". So a person just before it (a pronoun, a name inside the
 * sentence, a title such as "the president") with a noun phrase that holds
 * no verb before the next punctuation, or with a gerund, is no hedge.
 */
static int check_suggest(const win *w)
{
	static const char *const PERSON[] = {
		"he",        "she",       "i",         "we",          "they",         "you",     "who",
		"president", "minister",  "spokesman", "spokeswoman", "spokesperson", "senator", "governor",
		"mayor",     "official",  "officials", "lawmaker",    "lawmakers",    "leader",  "aide",
		"adviser",   "advisor",   "chairman",  "chairwoman",  "candidate",    "judge",   "lawyer",
		"attorney",  "secretary", NULL
	};
	static const char *const AUX[] = { "has", "have", "had", "also", "even", "then", "once", NULL };
	/* What makes the words after the object a clause: a finite verb, a
	 * past form ("the officer got scared"), a subordinator. */
	static const char *const CLAUSE_VERB[] = { "is",    "are",    "was",     "were",  "has",    "have",
		                                   "had",   "can",    "could",   "will",  "would",  "may",
		                                   "might", "should", "must",    "do",    "does",   "did",
		                                   "'s",    "'re",    "'d",      "isn't", "wasn't", "got",
		                                   "went",  "made",   "knew",    "took",  "came",   "saw",
		                                   "said",  "that",   "whether", "if",    NULL };
	int k = -1;
	while (k > -4 && (in(w, k, AUX) || (is_word(at(w, k)) && ends_with(w->d, at(w, k), "ly"))))
		k--;
	/* A name is capitalised inside the sentence and not a thing's title
	 * after an article ("the Affordable Care Act suggests"). */
	int name = 0;
	for (int j = k; is_word(at(w, j)) && (at(w, j)->flags & TF_CAP) && !(at(w, j)->flags & TF_UPPER) &&
	                !(at(w, j)->flags & TF_SENT);
	     j--)
		name = !in(w, j - 1, (const char *const[]){ "the", "a", "an", NULL });
	if (!name && !in(w, k, PERSON))
		return 1;
	const tok *n = at(w, 1);
	if (!is_word(n))
		return 1;
	if (ends_with(w->d, n, "ing") && !(n->flags & TF_CAP) && n->fe - n->fs > 4 &&
	    !in(w, 1, (const char *const[]){ "nothing", "something", "anything", "everything", NULL }))
		return 0; /* "suggested adding statues" */
	if (!in(w, 1, DET) || in(w, 1, CLAUSE_VERB))
		return 1;
	for (int j = 2; j <= 24; j++) {
		const tok *t = at(w, j);
		if (!t)
			return 0;
		if (t->kind == TOK_PUNCT && (t->flags & TF_QUOTE))
			continue;
		/* "the outage, which engineers blame on the storm, might have been" */
		if (doc_tok_is(w->d, t, ",") && in(w, j + 1, (const char *const[]){ "which", "who", NULL })) {
			for (j += 2; j <= 24 && at(w, j) && !doc_tok_is(w->d, at(w, j), ","); j++)
				;
			continue;
		}
		if (t->kind == TOK_PUNCT)
			return 0;
		if (in(w, j, CLAUSE_VERB) || (ends_with(w->d, t, "ed") && j > 2))
			return 1;
	}
	return 1;
}

/* "trying to verify if", "working to verify": an inquiry. Not a check that
 * could not be made ("was unable to verify", "has not been able to
 * verify"), which is the disclaimer's, nor one refused ("declined to verify
 * or deny"). */
static int check_verify(const win *w)
{
	return !in(w, -1,
	           (const char *const[]){ "unable", "able", "declined", "refused", "refuses", "declines",
	                                  NULL });
}

/*
 * Whether "clearly" or "plainly" tells how something is seen, heard or said
 * rather than how sure the writer is: "clearly visible from the road",
 * "can clearly hear her", "is plainly seen", "spoke clearly", "loudly and
 * clearly", "clearly and slowly". The sentence adverb stays a booster:
 * "Clearly, the plan failed", "was clearly wrong", "clearly lacks", and
 * so does one that opens a clause after the verb: "I think clearly we".
 */
static int manner(const win *w)
{
	/* what is seen, heard, read or set out */
	static const char *const SHOWN[] = { "visible",      "audible",      "legible",  "readable",
		                             "discernible",  "defined",      "marked",   "labeled",
		                             "labelled",     "displayed",    "lit",      "identifiable",
		                             "recognizable", "recognisable", "outlined", "printed",
		                             "worded",       "signposted",   NULL };
	/* verbs of perceiving, thinking and speaking, which the adverb follows */
	static const char *const VERB[] = {
		"see",           "sees",      "saw",      "seen",        "hear",         "hears",
		"heard",         "think",     "thinks",   "thinking",    "speak",        "speaks",
		"spoke",         "spoken",    "speaking", "communicate", "communicates", "communicated",
		"communicating", "explain",   "explains", "explained",   "explaining",   "write",
		"writes",        "wrote",     "written",  "writing",     "articulate",   "articulated",
		"express",       "expressed", "say",      "says",        "said",         "state",
		"states",        "stated",    NULL
	};
	/* the other adverbs of certainty, which a pair such as "clearly and
	 * unmistakably" keeps a booster */
	static const char *const SURE[] = {
		"clearly",    "certainly",  "undoubtedly",   "undeniably", "unquestionably",
		"definitely", "obviously",  "evidently",     "surely",     "unmistakably",
		"plainly",    "absolutely", "unequivocally", NULL
	};
	static const char *const AND[] = { "and", "or", NULL };
	const tok *p2 = at(w, -2), *n2 = at(w, 2);
	if (in(w, 1, SHOWN) || (in(w, -1, VERB) && !in(w, 1, SUBJ_PRON) && !in(w, 1, DET)))
		return 1;
	/* "can clearly see", "is clearly heard": the perception itself */
	if ((in(w, 1, (const char *const[]){ "see", "hear", NULL }) &&
	     in(w, -1, (const char *const[]){ "can", "could", "to", NULL })) ||
	    (in(w, 1, (const char *const[]){ "seen", "heard", NULL }) && in(w, -1, BE)))
		return 1;
	/* a pair of manner adverbs: "loudly and clearly", "clearly and slowly" */
	return (in(w, -1, AND) && is_word(p2) && ends_with(w->d, p2, "ly") && !in(w, -2, SURE)) ||
	       (in(w, 1, AND) && is_word(n2) && ends_with(w->d, n2, "ly") && !in(w, 2, SURE));
}

/* Boosters. */
static int check_boost_adv(const win *w)
{
	/* "almost certainly", "not necessarily", "not clearly" hedge instead;
	 * "more clearly", "spoke clearly." describe manner. */
	static const char *const UNDO[] = { "almost", "not", "nearly", "less",  "more", "most", "very",
		                            "so",     "too", "as",     "quite", "n't",  NULL };
	/* "a change of course", "a matter of course": the noun's */
	static const char *const COURSE[] = { "change", "changes", "matter", "reversal", "collision", NULL };
	if (in(w, -1, UNDO) || (doc_tok_is(w->d, &w->d->toks.v[w->t0], "of") && in(w, -1, COURSE)))
		return 0;
	const tok *t = &w->d->toks.v[w->t1 - 1];
	if (ends_with(w->d, t, "ly") && !is_word(at(w, 1)) && !in(w, -1, SUBJ_PRON) &&
	    !(at(w, -1) && at(w, -1)->kind == TOK_PUNCT) && w->t0 != w->s0)
		return 0;
	return !(in_set(w->d, t, (const char *const[]){ "clearly", "plainly", NULL }) && manner(w));
}

static int check_boost_clause(const win *w)
{
	/* "clear that", "certain that", "sure to": not "it is not clear",
	 * nor "all but certain to", "almost certain", "nearly sure" (a
	 * likelihood weighed) */
	static const char *const UNDO[] = { "not",       "n't",    "never",      "hardly", "make",   "makes",
		                            "made",      "making", "be",         "for",    "almost", "nearly",
		                            "virtually", "fairly", "reasonably", NULL };
	return !in(w, -1, UNDO) && !is(w, -2, "not") && !(is(w, -1, "but") && is(w, -2, "all"));
}

/* "until" that waits on an event still to come: a clause in the present,
 * "until the crisis ends", "until regulators approve", "until an offer is
 * made", "until they determine"; not a time ("until Thursday", "until
 * now", "until 1994", "until the 1970s") nor a past event ("until he died",
 * "until the authorities forced"). Looks for the clause's verb before the
 * next punctuation. */
static int check_until(const win *w)
{
	static const char *const PRESENT[] = {
		"is", "are", "has", "have", "does", "do", "can", "will", NULL
	};
	static const char *const TIME[] = { "now",      "then",    "after",  "recently", "later",   "today",
		                            "tomorrow", "tonight", "next",   "last",     "early",   "late",
		                            "mid",      "about",   "around", "at",       "further", NULL };
	static const char *const NOT_VERB[] = { "after", "before", "of", "in",   "on",   "at",   "by",
		                                "for",   "from",   "to", "with", "into", "than", "and",
		                                "or",    "but",    "as", "less", "news", NULL };
	static const char *const PAST[] = { "was", "were", "had", "did", "could", "would", "might", NULL };
	static const char *const QUANT[] = { "several", "many", "few",  "more", "most",  "one",   "two",
		                             "three",   "four", "five", "six",  "seven", "eight", "nine",
		                             "ten",     "far",  "much", "half", "both",  NULL };
	if (!is_word(at(w, 1)) || in(w, 1, TIME))
		return 0; /* "until 1994", "until now", "until after the vote", "until further notice" */
	for (int k = 2; k <= 10; k++) {
		const tok *t = at(w, k), *p = at(w, k - 1);
		if (!is_word(t) || in(w, k, PAST) ||
		    (w->d->view.fold[t->fs] >= '0' && w->d->view.fold[t->fs] <= '9'))
			return 0; /* a number, a decade, a comma, a past clause */
		if (in(w, k, PRESENT))
			return 1; /* "until an offer is made" */
		if (ends_with(w->d, t, "ed") && !in_set(w->d, p, DET))
			return 0; /* "until Nick exerted pressure", "until she succumbed" */
		if ((t->flags & TF_CAP) || in(w, k, NOT_VERB) || in(w, k, DET) || in_set(w->d, p, DET) ||
		    in_set(w->d, p, NOT_VERB) || in_set(w->d, p, QUANT) || ends_with(w->d, t, "ing") ||
		    ends_with(w->d, t, "ly") || is(w, k + 1, ","))
			continue;
		if (ends_with(w->d, t, "s") && !ends_with(w->d, t, "ss") && !ends_with(w->d, t, "us") &&
		    !ends_with(w->d, p, "s"))
			return 1; /* "the crisis ends", "Iraq complies" */
		if (in_set(w->d, p, (const char *const[]){ "i", "we", "they", "you", NULL }) ||
		    (ends_with(w->d, p, "s") && !ends_with(w->d, p, "ss") && !(p->flags & TF_CAP)))
			return 1; /* "they determine", "regulators approve" */
	}
	return 0;
}

typedef int (*check_fn)(const win *w);

/* "will" in the main clause of a condition: what happens if, unless or
 * until something else does ("If the allies succeed, Mansour will have
 * plunged his country into ...", "troops will remain until Iraq complies").
 * The condition, on either side in the same sentence, is one the hedge
 * rules take: not "as if", "if any", "until Thursday". */
static int check_cond(const win *w)
{
	const crd_doc *d = w->d;
	uint32_t sent = d->toks.v[w->t0].sent;
	if (w->memo && w->memo->sent == sent)
		return w->memo->has;
	int has = 0;
	for (uint32_t k = w->s0; k < w->s1 && !has; k++) {
		const tok *t = &d->toks.v[k];
		win c = { d, k, k + 1, w->s0, w->s1, NULL };
		has = doc_tok_is(d, t, "unless") || (doc_tok_is(d, t, "if") && check_if(&c)) ||
		      (doc_tok_is(d, t, "until") && check_until(&c));
	}
	if (w->memo) {
		w->memo->sent = sent;
		w->memo->has = has;
	}
	return has;
}

static const check_fn checks[R_COUNT] = {
	[R_PLAIN] = NULL,
	[R_MAY] = check_may,
	[R_MIGHT] = check_might,
	[R_COULD] = check_could,
	[R_WOULD] = check_would,
	[R_SHOULD] = check_should,
	[R_IF] = check_if,
	[R_BELIEF] = check_belief,
	[R_THINK] = check_think,
	[R_APPEAR] = check_appear,
	[R_THAT] = check_that,
	[R_POSSIBLE] = check_possible,
	[R_EXPECT] = check_expect,
	[R_UNKNOWN] = check_unknown,
	[R_ESTIMATE] = check_estimate,
	[R_FEAR] = check_fear,
	[R_DOUBT] = check_doubt,
	[R_NOUN] = check_noun,
	[R_LIKELY] = check_likely,
	[R_UNTIL] = check_until,
	[R_COND] = check_cond,
	[R_SUGGEST] = check_suggest,
	[R_VERIFY] = check_verify,
	[R_ACCUSED] = check_accused,
	[R_RUMOUR] = check_rumour,
	[R_CONTENT] = check_content,
	[R_BOOST_ADV] = check_boost_adv,
	[R_BOOST_CLAUSE] = check_boost_clause,
};

/* Whether token t is a double quotation mark. */
static int dquote(const tok *t, const crd_doc *d)
{
	return t && (t->flags & TF_QUOTE) && d->view.fold[t->fs] == '"';
}

/* Whether the cue is a word named, not used: the whole of a quotation in
 * a list of quoted words ("words such as \"may,\" \"could\" and \"expects\"
 * identify forward-looking statements", "terms like \"perhaps\""). The
 * quotation touches another quotation, or "such as", "like", "words" or
 * "terms" before it; a scare-quoted use keeps its hedge ("the deal
 * \"may\" close"). */
static int named_word(const win *w)
{
	static const char *const INTRO[] = { "as", "like", "words", "terms", "word", "term", NULL };
	static const char *const JOIN[] = { "and", "or", NULL };
	const crd_doc *d = w->d;
	if (!dquote(at(w, -1), d))
		return 0;
	int k = 1;
	if (at(w, k) && at(w, k)->kind == TOK_PUNCT && !dquote(at(w, k), d))
		k++; /* the comma inside: "may," */
	if (!dquote(at(w, k), d))
		return 0;
	int b = -2;
	if (in(w, b, JOIN))
		b--;
	if (dquote(at(w, b), d) || in(w, -2, INTRO))
		return 1;
	k++;
	if (in(w, k, JOIN))
		k++;
	return dquote(at(w, k), d);
}

/* "if" after a verb of asking or knowing opens an indirect question. */
static const char *if_type(const win *w, const char *type)
{
	static const char *const ASK[] = { "ask",     "asked",     "asks",   "asking", "wonder", "wondered",
		                           "wonders", "know",      "knows",  "knew",   "see",    "check",
		                           "checked", "determine", "unsure", "decide", "tell",   "sure",
		                           "test",    "clear",     NULL };
	if (in(w, -1, ASK) || (at(w, -1) && in(w, -2, ASK) && in(w, -1, SUBJ_PRON)))
		return "speculation_hypo_investigation";
	return type;
}

static int run(crd_doc *d)
{
	const crd_engine *e = d->engine;
	const lex_set *ls = e->lex;
	/* end[f]: the token where the last accepted candidate of feature f ended;
	 * matches come sorted by start, longest first, so a rejected long phrase
	 * leaves its shorter alternatives their chance. */
	uint32_t end[2] = { 0, 0 };
	/* Whether the candidate sits inside double quotes (reset at each
	 * paragraph), found by a cursor that moves with the sorted matches:
	 * a quoted speaker's hedge is marked, so that rules can tell the
	 * writer's hedging from the speaker's. */
	uint32_t cursor = 0;
	int quoted = 0;
	cond_memo memo = { UINT32_MAX, 0 };
	for (size_t i = 0; i < d->matches.n; i++) {
		const lex_match *m = &d->matches.v[i];
		int f = e->lex_feature[m->lexicon];
		if (f != F_HEDGE && f != F_BOOSTER)
			continue;
		for (; cursor < m->tok0; cursor++) {
			const tok *q = &d->toks.v[cursor];
			if (q->flags & TF_PARA)
				quoted = 0;
			if ((q->flags & TF_QUOTE) && d->view.fold[q->fs] == '"')
				quoted = !quoted;
		}
		if (d->toks.v[m->tok0].flags & TF_PARA)
			quoted = 0;
		uint32_t *last = &end[f == F_BOOSTER];
		if (m->tok0 < *last)
			continue;
		const tok *t0 = &d->toks.v[m->tok0];
		win w = { d, m->tok0, m->tok1, 0, (uint32_t)d->toks.n, &memo };
		if (t0->sent < d->sents.n) {
			w.s0 = d->sents.v[t0->sent].tok0;
			w.s1 = d->sents.v[t0->sent].tok1;
		}
		int r = rule_of(lex_phrase_attr(ls, m->phrase, "rule"));
		if (checks[r] && !checks[r](&w))
			continue;
		if (named_word(&w))
			continue;
		*last = m->tok1;
		uint32_t it = doc_add(d, f, t0->s, d->toks.v[m->tok1 - 1].e);
		if (it == UINT32_MAX)
			return -1;
		const char *type = lex_phrase_attr(ls, m->phrase, "type");
		if (r == R_IF)
			type = if_type(&w, type);
		if (type)
			doc_attr_str(d, it, f == F_HEDGE ? "cue" : "kind", type);
		doc_attr_bool(d, it, "quoted", quoted);
	}
	return d->nomem ? -1 : 0;
}

/* rule= names a check above, in every lexicon of feature hedge or booster:
 * "rule=mgiht" must not fall back to plain. type= is free, the hedge's kind
 * for the evidence (attrs.cue). */
static const det_attr hedge_attrs[] = {
	{ "hedge", "rule", DET_ONE_OF, rule_names, 1 },
	{ "booster", "rule", DET_ONE_OF, rule_names, 1 },
	{ 0 },
};

const detector det_hedge_detector = { "hedge", run, (const int[]){ F_HEDGE, F_BOOSTER, -1 }, hedge_attrs };
