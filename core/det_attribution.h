/* det_attribution.h -- what the attribution detector's three files share: context, records, word tests. */
#ifndef CRD_DET_ATTRIBUTION_H
#define CRD_DET_ATTRIBUTION_H

#include "det_sourcing.h"
#include "detect.h"

/*
 * The attribution detector is one pass over the document in three files:
 * det_attribution.c finds the cues (verbs and phrases of saying, stance,
 * polls, labels) and emits them with their sources; det_speakers.c reads
 * the speaker's phrase beside a cue and classifies it, and keeps the
 * article's history of sources for pronouns and back-references;
 * det_quotes.c pairs the quotation marks first (a verb inside a quotation
 * is the speaker's word, not the writer's attribution) and, once the cues
 * are found, gives each quotation the speaker of a cue beside it. All read
 * one context (actx).
 */

enum { SC_NONE, SC_NAMED, SC_ANON, SC_VAGUE };

/* What the quantities and dates detector found at a token: inside a share
 * ("six in 10", "42%"), the first token of a quantity ("at least 400", "as
 * many as 40 percent"), inside one, inside a date ("this month", "on
 * Monday night", "March 3"), inside a figure (a number rather than a vague
 * quantity: "8 a.m."), inside a sum of money ("$361 million"). */
enum { Q_SHARE = 1, Q_START = 2, Q_IN = 4, Q_DATE = 8, Q_FIGURE = 16, Q_MONEY = 32 };

#define HIST     16
#define GENDERS  64 /* surnames whose gender the document tells */
#define NP_MAX   12
#define SURN_MAX 64

typedef struct source {
	uint32_t t0, t1; /* the phrase, tokens [t0, t1) */
	uint32_t head;
	int cls;
	const char *kind; /* person, organisation, document, or NULL */
	char gender;      /* 'm', 'f', 'n', or 0 */
	int plural;
	int pronoun;             /* resolved pronoun or relative */
	int backref;             /* a definite back-reference ("the source") */
	uint32_t name_s, name_e; /* input span of the name it stands for, or UINT32_MAX */
	uint32_t ante;           /* input offset of the antecedent, or UINT32_MAX */
	uint32_t head_hash;
	int no_comment; /* its cue says it gave none ("declined to comment") */
} source;

typedef struct hist_entry {
	source src;
	uint32_t sent;
} hist_entry;

/* A cue found, for quotes to take their speaker from. */
typedef struct cue_rec {
	uint32_t t0, t1;
	uint32_t strong;         /* a verb of saying proper */
	uint32_t topic;          /* a noun whose report is only the phrase after it */
	uint32_t name_s, name_e; /* speaker text, or UINT32_MAX */
	uint32_t src_t0;         /* first token of the source phrase, or UINT32_MAX */
	uint32_t src_t1;         /* the token after it */
	uint32_t item, src_item; /* its evidence and its source's, or UINT32_MAX */
} cue_rec;

#define TAGGED_MAX 64 /* embedded posts a document's markup holds that are read */

typedef struct actx {
	crd_doc *d;
	uint32_t n;
	uint32_t *cue, *srcw, *gram, *anon, *vague, *title, *stop, *stance, *vq;
	uint32_t *ent;  /* token -> 1 + entity index, or 0 */
	uint32_t *qty;  /* token -> Q_* flags */
	uint32_t *ents; /* (t0, t1, feature) triples, sorted */
	size_t nents;
	char *egen;       /* entity -> the gender its title or given name gives, or 0 */
	uint32_t *inq;    /* token -> 1 + quote index while inside a quote */
	uint32_t *sq;     /* token -> 1 opening, 2 closing single quotation mark, or 0 */
	uint32_t *rsent;  /* sentence s -> sentences before it that open outside quotes */
	uint32_t *quotes; /* (open, close) token pairs; close is the closing mark */
	size_t nquotes;
	cue_rec *cues;
	size_t ncues;
	hist_entry hist[HIST];
	size_t nhist;
	uint32_t gname[GENDERS]; /* names whose gender a pronoun revealed ... */
	char ggen[GENDERS];      /* ... and that gender */
	size_t ngen;
	uint32_t last_src_t0, last_src_t1;
	uint32_t src_item; /* the source evidence emit_source() added last */
	uint32_t turn_end; /* the line end of the last speaker's colon: a turn */
	uint32_t *surn; /* hashes of the last words of person names */
	size_t nsurn;
	uint32_t dl0, dl1; /* tokens of the dateline, if any: [dl0, dl1) */
	uint32_t post_end; /* the token after the last embedded post's signature */
	uint32_t tagged[TAGGED_MAX][2]; /* byte spans of posts the page's markup embeds */
	size_t ntagged;
	int headings;      /* 0 not yet counted, 1 fewer than two list headings, 2 more */
	src_set lower;     /* words the text writes in lower case */
	src_set midcap;    /* words it capitalises inside a sentence */
} actx;

/* ---- word tests the files share ---------------------------------------- */

static inline const tok *T(const actx *x, uint32_t i)
{
	return &x->d->toks.v[i];
}

static inline int is(const actx *x, uint32_t i, const char *w)
{
	return i < x->n && doc_tok_is(x->d, T(x, i), w);
}

/* The verb that leads into a report whose "to" is at j, with its own
 * subject the one who speaks: a form of "continue" ("ISW continues to
 * assess that", "the ministry continued to deny", "has continued to
 * insist", "is continuing to deny"), or a verb of going on, starting,
 * trying or hurrying to it ("Lane went on to explain", "Ruiz struggled to
 * answer", "she is trying to defend her remarks", "Park moved to reassure
 * donors", "Ames stood up to say", "Vale has begun to argue"). The verb's
 * index, or UINT32_MAX; lo is where the sentence starts. */
static inline uint32_t lead_verb(const actx *x, uint32_t lo, uint32_t j)
{
	static const char *const leads[] = {
		"continues", "continued", "continue", "continuing", "tried",     "tries",     "try",
		"trying",    "attempted", "attempts", "attempting", "struggled", "struggles", "struggling",
		"managed",   "manages",   "moved",    "moves",      "rushed",    "hastened",  "pivoted",
		"began",     "begun",     "begins",   "beginning",  "started",   "starts",    "starting"
	};
	static const char *const went[] = { "went", "goes", "go" };
	static const char *const stood[] = { "stood", "stands", "stand" };
	if (j <= lo + 1 || !is(x, j, "to"))
		return UINT32_MAX;
	if (DOC_TOK_IN(x->d, j - 1, leads))
		return j - 1;
	/* a day between: "the agency struggled on Tuesday to explain" */
	uint32_t d = j;
	while (d > lo + 1 && j - d < 4 &&
	       ((x->qty[d - 1] & Q_DATE) || is(x, d - 1, "on") || is(x, d - 1, "last")))
		d--;
	if (d < j && (x->qty[d] & Q_DATE || (d + 1 < j && (x->qty[d + 1] & Q_DATE))) &&
	    DOC_TOK_IN(x->d, d - 1, leads))
		return d - 1;
	if (j > lo + 2 && ((is(x, j - 1, "on") && DOC_TOK_IN(x->d, j - 2, went)) ||
	                   (is(x, j - 1, "up") && DOC_TOK_IN(x->d, j - 2, stood))))
		return j - 2;
	return UINT32_MAX;
}

/* A reflexive that stresses the subject ("the mayor himself said"). */
static inline int reflexive(const actx *x, uint32_t j)
{
	return is(x, j, "himself") || is(x, j, "herself") || is(x, j, "themselves") || is(x, j, "itself") ||
	       is(x, j, "myself") || is(x, j, "ourselves");
}

static inline int role(const actx *x, uint32_t i, const char *r)
{
	return i < x->n && src_attr_is(x->d, x->gram, i, "role", r, 1);
}

/* Two apostrophes typed for a double quotation mark (''like this''), as
 * some newspapers' archives print them: i is the first of the pair. */
static inline int pair_mark(const actx *x, uint32_t i)
{
	return i + 1 < x->n && T(x, i)->kind == TOK_PUNCT && (T(x, i)->flags & TF_QUOTE) &&
	       src_ch(x->d, i) == '\'' && T(x, i + 1)->kind == TOK_PUNCT && (T(x, i + 1)->flags & TF_QUOTE) &&
	       src_ch(x->d, i + 1) == '\'' && !(T(x, i + 1)->flags & (TF_SPACE | TF_NEWLINE));
}

/* Whether token i is a subject pronoun: the one that opens a clause ("the
 * aides I talked with", "We deserve leaders"). */
static inline int subject_pronoun(const actx *x, uint32_t i)
{
	static const char *const words[] = { "i", "we", "you", "he", "she", "they" };
	return i < x->n && DOC_TOK_IN(x->d, i, words);
}

/* Whether token i is a quotation mark: a double one, two apostrophes typed
 * for one, or a single one that quote_find() paired outside double ones
 * ('We will win,' she said). */
static inline int quote_mark(const actx *x, uint32_t i)
{
	if (T(x, i)->kind != TOK_PUNCT || !(T(x, i)->flags & TF_QUOTE))
		return 0;
	return src_ch(x->d, i) == '"' || x->sq[i] || pair_mark(x, i) || (i > 0 && pair_mark(x, i - 1));
}

/* Where the sentence of token i starts. A dateline that runs into the first
 * sentence ("WASHINGTON (AP) — Walter Ames has ...") is no part of it: its
 * agency never speaks there. */
static inline uint32_t sent_start(const actx *x, uint32_t i)
{
	uint32_t lo = x->d->sents.v[T(x, i)->sent].tok0;
	if (lo < x->dl1 && i >= x->dl1 && lo >= x->dl0)
		return x->dl1;
	/* a list's bullet opening its line is no word of the sentence:
	 * "- UN monitors said ...", "• Witnesses said ..." */
	const tok *t = T(x, lo);
	if (lo < i && (lo == 0 || (t->flags & TF_NEWLINE)) && doc_tok_bullet(x->d, t))
		return lo + 1;
	return lo;
}

/* Where the sentence of token i ends; past the last token, the end of the
 * text ("... according to" closing a document leaves nothing after it). */
static inline uint32_t sent_end(const actx *x, uint32_t i)
{
	return i < x->n ? x->d->sents.v[T(x, i)->sent].tok1 : x->n;
}

static inline const uint32_t *entity(const actx *x, uint32_t i)
{
	return x->ent[i] ? x->ents + 3 * (x->ent[i] - 1) : NULL;
}

/* Zones where nobody is quoted: furniture, comment rules, bios. */
static inline int skip_zone(const actx *x, uint32_t i)
{
	int z = doc_zone_at(x->d, T(x, i)->s);
	return z != ZONE_BODY && z != ZONE_TITLE && z != ZONE_DATELINE;
}

/* A negated auxiliary, one token ("hasn't", "didn't", "won't"). */
static inline int negated_aux(const actx *x, uint32_t i)
{
	if (i >= x->n || T(x, i)->kind != TOK_WORD)
		return 0;
	const tok *t = T(x, i);
	const char *f = x->d->view.fold;
	return t->fe - t->fs >= 4 && f[t->fe - 3] == 'n' && f[t->fe - 2] == '\'' && f[t->fe - 1] == 't';
}

/* Auxiliaries, contracted ones included ("he's said", "hasn't endorsed"):
 * the grammar lexicon's "'s" does not match the tokenizer's. */
static inline int aux_word(const actx *x, uint32_t i)
{
	if (x->ent[i] && is(x, i, "may"))
		return 0; /* the surname of "Prime Minister Alice May said" */
	return role(x, i, "aux") || is(x, i, "'s") || negated_aux(x, i);
}

static inline int neg_word(const actx *x, uint32_t i)
{
	return role(x, i, "neg") || negated_aux(x, i);
}

/* An "-ly" adverb between a subject and its verb ("repeatedly"),
 * or the "neither" of "neither confirmed nor denied" right before a
 * reporting verb ("Neither company would comment" keeps it: a determiner
 * before its noun). */
static inline int ly_adverb(const actx *x, uint32_t i)
{
	static const char *const nouns[] = { "family", "rally",    "ally",     "italy",   "supply", "reply",
		                             "july",   "assembly", "monopoly", "anomaly", "bully",  "daily",
		                             "weekly", "monthly",  "elderly",  "homily" };
	static const char *const modals[] = { "may", "might", "could", "would", "can", "will" };
	const tok *t = T(x, i);
	if (i + 1 < x->n && is(x, i, "neither") && !(t->flags & TF_CAP) && src_match(x->d, x->cue, i + 1))
		return 1;
	/* "well" of likelihood after a modal: "the unions may well endorse
	 * her", "could well argue"; not "as well", "oil well" */
	if (i > 0 && is(x, i, "well") && !(t->flags & TF_SENT) && DOC_TOK_IN(x->d, i - 1, modals))
		return 1;
	/* in a title-case headline the adverb has capitals too: "Vance
	 * Finally Admits ...", when the text writes the word in lower case
	 * elsewhere (not "Megan Kelso Slams ...", nor the adjective of "Newly
	 * Revealed Emails") */
	if (t->kind != TOK_WORD || t->fe - t->fs < 5 ||
	    ((t->flags & TF_CAP) &&
	     ((t->flags & TF_SENT) || i + 1 >= x->n || !x->cue[i + 1] || !(T(x, i + 1)->flags & TF_CAP) ||
	      !src_set_has(&x->lower, src_hash(x->d, i)) || doc_tok_is(x->d, t, "newly"))))
		return 0;
	const char *f = x->d->view.fold;
	if (f[t->fe - 2] != 'l' || f[t->fe - 1] != 'y')
		return 0;
	for (size_t k = 0; k < CRD_ARRAY_LEN(nouns); k++)
		if (doc_tok_is(x->d, t, nouns[k]))
			return 0;
	return 1;
}

static inline const char *cue_attr(const actx *x, uint32_t i, const char *key)
{
	return src_attr(x->d, x->cue, i, key, 0);
}

/* Whether the verb after the "to" at j, past adverbs ("met to formally
 * discuss", "able to independently confirm"), is a cue whose lemma none
 * of skip[0, n) names: the verbs of knowing or deciding that report
 * nothing after a verb of purpose or of being able ("came to recognize",
 * "failed to discover"). */
static inline int reports_after_to(const actx *x, uint32_t j, const char *const *skip, size_t n)
{
	uint32_t w = j + 1;
	while (w + 1 < x->n && w < j + 3 && (role(x, w, "adv") || ly_adverb(x, w)))
		w++;
	const char *lemma = cue_attr(x, w, "lemma");
	if (!lemma)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (strcmp(lemma, skip[k]) == 0)
			return 0;
	return 1;
}

/* The verb of going, meeting or using whose purpose is the report whose
 * "to" is at j, with its own subject the one who speaks: "leaders
 * gathered Friday to discuss", "she sat down with a reporter to discuss",
 * "the envoy came to talk", "Ames took the stage to acknowledge", "he used
 * the question to demand", "the council called an emergency meeting to
 * discuss". Not before a verb of knowing or perceiving ("came to
 * recognize", "went to see"), which is no report. The verb's index, or
 * UINT32_MAX; lo is where the sentence starts. */
static inline uint32_t purpose_verb(const actx *x, uint32_t lo, uint32_t j)
{
	static const char *const going[] = { "gathered", "met",      "convened", "traveled", "travelled",
		                             "flew",     "returned", "visited",  "phoned" };
	static const char *const objects[] = { "called", "used" };
	static const char *const stage[] = { "stage", "floor", "podium", "microphone" };
	static const char *const knowing[] = { "know",     "see",        "recognize", "expect",   "believe",
		                               "think",    "understand", "feel",      "learn",    "hope",
		                               "want",     "find",       "realize",   "consider", "wonder",
		                               "remember", "hear",       "show",      "watch" };
	if (j <= lo + 1 || j + 1 >= x->n || !is(x, j, "to") ||
	    !reports_after_to(x, j, knowing, CRD_ARRAY_LEN(knowing)))
		return UINT32_MAX;
	for (uint32_t k = j; k-- > lo && j - k <= 8;) {
		const tok *t = T(x, k);
		if (t->kind != TOK_WORD || x->inq[k] || is(x, k, "that"))
			return UINT32_MAX;
		if (DOC_TOK_IN(x->d, k, going) || (k == j - 1 && is(x, k, "came")) ||
		    (is(x, k, "sat") && is(x, k + 1, "down")) ||
		    (is(x, k, "took") && is(x, k + 1, "the") && k + 2 < j &&
		     DOC_TOK_IN(x->d, k + 2, stage)) ||
		    (DOC_TOK_IN(x->d, k, objects) && k + 1 < j && !is(x, k + 1, "to") &&
		     !is(x, k + 1, "on") && !is(x, k + 1, "for")))
			return k;
		if (x->cue[k])
			return UINT32_MAX;
	}
	return UINT32_MAX;
}

/* The word of being able, likely or failing whose subject is the one who
 * speaks in the report whose "to" is at j: "the paper has not been able
 * to confirm", "Ames is likely to argue that", "the agency failed to
 * respond". Not before a verb of knowing or deciding, which reports
 * nothing ("failed to discover the plot", "voters likely to decide the
 * race"). Its index, or UINT32_MAX. */
static inline uint32_t chance_before_to(const actx *x, uint32_t lo, uint32_t j)
{
	static const char *const chance[] = { "able", "likely", "unlikely", "failed", "fails" };
	static const char *const knowing[] = { "know",  "see",   "expect",   "find",    "decide",
		                               "learn", "think", "discover", "realize", "understand" };
	if (j <= lo + 1 || j + 1 >= x->n || !is(x, j, "to") || !DOC_TOK_IN(x->d, j - 1, chance) ||
	    !reports_after_to(x, j, knowing, CRD_ARRAY_LEN(knowing)))
		return UINT32_MAX;
	return j - 1;
}

/* The verb that leads into the report whose "to" is at j, one of going on
 * or trying (lead_verb()), of going somewhere for it (purpose_verb()) or
 * of being able or likely to (chance_before_to()): its index, or
 * UINT32_MAX. */
static inline uint32_t verb_before_to(const actx *x, uint32_t lo, uint32_t j)
{
	uint32_t v = lead_verb(x, lo, j);
	if (v == UINT32_MAX)
		v = purpose_verb(x, lo, j);
	return v != UINT32_MAX ? v : chance_before_to(x, lo, j);
}

/* What a named source is by its name: a person, a website named by its
 * address ("Snopes.com"), or another organisation. */
static inline const char *entity_kind(const actx *x, const uint32_t *e)
{
	if (e[2] == F_NAMED_PERSON)
		return "person";
	return e[1] - e[0] >= 3 && src_domain_end(x->d, e[1] - 2, x->n) == e[1] ? "website" : "organisation";
}

/* ---- noun phrases ------------------------------------------------------ */

/* A hyphen glued to the words on both sides, inside one word:
 * "U.S.-based", "Iranian-American". */
static inline int glued_hyphen(const actx *x, uint32_t i)
{
	return i > 0 && i + 1 < x->n && src_ch(x->d, i) == '-' && T(x, i)->e - T(x, i)->s == 1 &&
	       !(T(x, i)->flags & TF_SPACE) && !(T(x, i + 1)->flags & TF_SPACE) &&
	       T(x, i + 1)->kind == TOK_WORD;
}

/* An apostrophe glued to a word ending in "s", no half of a pair of
 * apostrophes typed for a quotation mark: "Gates'", "ABC News'". */
static inline int s_apostrophe(const actx *x, uint32_t i)
{
	if (i == 0 || i >= x->n || T(x, i)->kind != TOK_PUNCT || src_ch(x->d, i) != '\'' ||
	    (T(x, i)->flags & (TF_SPACE | TF_NEWLINE)) || T(x, i - 1)->kind != TOK_WORD || pair_mark(x, i) ||
	    pair_mark(x, i - 1))
		return 0;
	const tok *w = T(x, i - 1);
	return x->d->view.fold[w->fe - 1] == 's';
}

/* The apostrophe of a plural possessive, followed by a word: "Gates'
 * work", "voters' concerns". */
static inline int plural_possessive(const actx *x, uint32_t i)
{
	return s_apostrophe(x, i) && i + 1 < x->n && T(x, i + 1)->kind == TOK_WORD &&
	       (T(x, i + 1)->flags & TF_SPACE);
}

/* Whether n spaces or more stand between token k and the one before it. */
static inline int spaces_before(const actx *x, uint32_t k, uint32_t n)
{
	if (k == 0)
		return 0;
	const tok *a = T(x, k - 1), *b = T(x, k);
	const char *f = x->d->view.fold + a->fe;
	if (b->fs < a->fe + n)
		return 0;
	for (uint32_t i = 0; i < n; i++)
		if (f[i] != ' ')
			return 0;
	return 1;
}

/* Whether token k stands apart from the one before it by three spaces or
 * more, where flattened text ran a caption or a line into the next:
 * "Featured image via Getty   Republicans thought". No phrase goes on over
 * it. (Two spaces are a typing slip inside phrases too.) */
static inline int wide_gap(const actx *x, uint32_t k)
{
	return spaces_before(x, k, 3);
}

/* A possessive marker: the clitic "'s" or a plural's apostrophe. */
static inline int possessive(const actx *x, uint32_t i)
{
	return is(x, i, "'s") || plural_possessive(x, i);
}

static inline void src_clear(source *s)
{
	memset(s, 0, sizeof *s);
	s->name_s = s->name_e = s->ante = UINT32_MAX;
}

static inline void set_name(source *s, const actx *x, uint32_t t0, uint32_t t1)
{
	s->name_s = T(x, t0)->s;
	s->name_e = T(x, t1 - 1)->e;
}

/* A fresh named source of the given kind over tokens [t0, t1), its head
 * the last token: a signature, a label, a poll named in its own words. */
static inline void src_named_span(source *s, const actx *x, uint32_t t0, uint32_t t1, const char *kind)
{
	src_clear(s);
	s->cls = SC_NAMED;
	s->kind = kind;
	s->t0 = t0;
	s->t1 = t1;
	s->head = t1 - 1;
	s->head_hash = src_hash(x->d, t1 - 1);
}

/* Whether token i is a participle in lower case ("released", "tracking"). */
static inline int participle(const actx *x, uint32_t i)
{
	const tok *t = T(x, i);
	const char *f = x->d->view.fold;
	size_t n = t->fe - t->fs;
	if (t->kind != TOK_WORD || (t->flags & TF_CAP) || n < 5)
		return 0;
	return (f[t->fe - 2] == 'e' && f[t->fe - 1] == 'd') ||
	       (f[t->fe - 3] == 'i' && f[t->fe - 2] == 'n' && f[t->fe - 1] == 'g');
}

/* A participle in "-ed" in lower case ("released", "surveyed"). */
static inline int past_participle(const actx *x, uint32_t i)
{
	return participle(x, i) && x->d->view.fold[T(x, i)->fe - 1] == 'd';
}

/* Whether token i opens a setting: a preposition, a time phrase or a date
 * ("In response to ...,", "On Tuesday,", "Several hours later,"). */
static inline int opens_setting(const actx *x, uint32_t i)
{
	return role(x, i, "prep") || role(x, i, "time") || (x->qty[i] & Q_DATE) || is(x, i, "on") ||
	       is(x, i, "in") || is(x, i, "at");
}

/* A quantifier between a plural subject and its verb, or after an
 * auxiliary other than "be", whose participle would be a passive's: "the
 * ministers all urged", "They both said", "the senators will all
 * support"; not "they were both asked". */
static inline int floating(const actx *x, uint32_t lo, uint32_t j)
{
	static const char *const words[] = { "all", "both", "each" };
	static const char *const be[] = { "is", "are", "was", "were", "be", "been", "'s", "'re" };
	return DOC_TOK_IN(x->d, j, words) && j > lo && T(x, j - 1)->kind == TOK_WORD &&
	       !role(x, j - 1, "det") && !role(x, j - 1, "prep") &&
	       (!x->gram[j - 1] || role(x, j - 1, "pron") ||
	        (aux_word(x, j - 1) && !DOC_TOK_IN(x->d, j - 1, be)));
}

/* ---- speakers (det_speakers.c) ------------------------------------------ */

/* The functions that take a source return 1 and fill it with the speaker
 * they found, or 0 when there is none. */

/* Reads the names, quantities and dates found before into the token maps
 * (x->ent, x->ents, x->surn, x->qty). */
void spk_load_entities(actx *x);
/* Adds source s, found in sentence sent, to the article's history, for
 * pronouns and back-references to find. */
void spk_remember(actx *x, const source *s, uint32_t sent);
/* Whether an anonymity marker ends right before token k ("who asked not
 * to be named | because"). */
int spk_anon_ends_at(const actx *x, uint32_t k);
/* Whether token i can sit inside a speaker's noun phrase. */
int spk_np_token(const actx *x, uint32_t i);
/* Fills s for the pronoun speaker at p: its class, and what it points back
 * to when that is clear. */
void spk_resolve_pronoun(const actx *x, uint32_t p, source *s);
/* An object pronoun alone after "according to" ("according to her"),
 * resolved as its subject form. */
int spk_object_pronoun(const actx *x, uint32_t k, uint32_t hi, source *s);
/* Where a plain phrase that ends with token h starts, back to its
 * determiner. */
uint32_t spk_plain_start(const actx *x, uint32_t lo, uint32_t h);
/* A number after an article at k, which goes on with its phrase ("the |
 * two agencies"). */
int spk_the_number(const actx *x, uint32_t k);
/* Whether "that" at k, in a phrase ending at j, is a conjunction or a
 * relative rather than a demonstrative ("that 78 percent", not "that
 * poll"). */
int spk_that_clause(const actx *x, uint32_t k, uint32_t j);
/* The speaker's phrase that ends with token j, classified into s; 0 when
 * there is none. */
int spk_np_before(const actx *x, uint32_t j, source *s);
int spk_reduced_relative(const actx *x, uint32_t p, uint32_t *start);
int spk_date_comma(const actx *x, uint32_t c);
/* Whether the participle at p describes the plural of people before it
 * ("Investors | interviewed by the AP", "Astronomers | using the
 * telescope"); their phrase opens at *start. */
int spk_people_relative(const actx *x, uint32_t p, uint32_t *start);
/* What "according to" names when no vocabulary knows its head ("according
 * to early returns"). */
int spk_record_after(const actx *x, uint32_t v, uint32_t i, source *s);
/* The speaker's phrase that starts at token i, classified into s; 0 when
 * there is none. */
int spk_np_after(const actx *x, uint32_t i, source *s);
/* A phrase [t0, t1) the vocabularies do not know, classified by its
 * determiner (next to a verb of saying only). */
int spk_plain_phrase(const actx *x, uint32_t t0, uint32_t t1, source *s);
/* Whether the phrase at t0 is the object of a clause on the subject before
 * it ("The utility that runs | the dam"); the subject is then h. */
int spk_clause_object(const actx *x, uint32_t lo, uint32_t t0, source *h);
/* Whether an anonymity marker inside the phrase of the named source s
 * keeps it unnamed ("The head of a farm group, who was not authorized to
 * speak publicly,", "Rachel, a nurse who gave only her first name,"). */
int spk_withheld(const actx *x, const source *s);
/* The speaker before the verb at v ("Ames said", "officials who spoke on
 * condition of anonymity said", "Smith, a lawyer, said"). */
int spk_subject_before(const actx *x, uint32_t v, source *s);
/* The speaker of a verb right after a comma that closes an aside about
 * its subject ("Okoro, 58, told"). */
int spk_aside_subject(const actx *x, uint32_t v, source *s);
/* A capitalised -ing word that opens a sentence with a participle's
 * phrase ("Speaking at a town hall, ..."). */
int spk_opening_ing(const actx *x, uint32_t i);
/* The word at lo, which opens its sentence, as the surname of a person
 * named earlier who speaks through the verb at v. */
int spk_surname_at(const actx *x, uint32_t lo, uint32_t v, source *s);
/* A name the names detector does not know, at i right after "according
 * to" ("According to Variety", "according to Factcheck.org"). */
int spk_unknown_name_after(const actx *x, uint32_t i, source *s);
/* The agent at i after the "by" of a passive with its auxiliary, a plural
 * of people no vocabulary lists ("was questioned by local growers"). */
int spk_agent_after(const actx *x, uint32_t i, source *s);
/* The capitalised words [a, v) that open a line of title case before its
 * verb v, as its speaker ("Dana Voss Describes Her Years in the Race"). */
int spk_headline_subject(const actx *x, uint32_t a, uint32_t v, source *s);

/* ---- quotations (det_quotes.c) ----------------------------------------- */

/* Pairs the quotation marks of every paragraph into x->quotes and x->inq. */
void quote_find(actx *x);
/* The opening and closing marks of quotation q (1 + its index, as
 * quote_of() and x->inq give it). */
uint32_t quote_open(const actx *x, uint32_t q);
uint32_t quote_close(const actx *x, uint32_t q);
/* The quotation (1 + its index) whose words or marks include token i, or 0. */
uint32_t quote_of(const actx *x, uint32_t i);
/* The person or organisation that opens the sentence of token i and ends
 * before it, past an opening adverb or conjunction ("But Ames quickly
 * deflected ...:"), as an entity triple; NULL when none does. */
const uint32_t *quote_opener(const actx *x, uint32_t i);
/* Emits each quotation as direct_quote with the speaker of a cue found
 * beside it. Returns 0, or -1 when memory ran out. */
int quote_emit(actx *x);

#endif
