/* det_language.c -- detector: loaded language and presentation: capitals, exclamations, clickbait titles,
 * second person. */
#include <stdlib.h>
#include <string.h>

#include "detect.h"
#include "engine.h"
#include "lexicon.h"

/*
 * One forward pass over the tokens keeps track of whether we are inside a
 * double-quoted passage (reset at each paragraph, the convention for a
 * quotation that runs on). What a quoted speaker says is not the writer's
 * voice: loaded words, exclamations and "you" inside quotes are left out,
 * except scare quotes around the loaded word itself ('the "rebels"').
 * Lexicon matches arrive sorted by first token, so they are consumed in the
 * same pass. The title is read once more, on its own. Everything is linear.
 */

/* ---- small token helpers ----------------------------------------------- */

static int is_dquote(const crd_doc *d, const tok *t)
{
	return (t->flags & TF_QUOTE) && d->view.fold[t->fs] == '"';
}

/* A left single curly quote opens a quotation unambiguously; the right one
 * doubles as an apostrophe, so it only closes one that is open. */
static int is_lsquote(const crd_doc *d, const tok *t)
{
	return (t->flags & TF_QUOTE) && t->e - t->s == 3 && memcmp(d->text + t->s, "\xE2\x80\x98", 3) == 0;
}

static int is_squote(const crd_doc *d, const tok *t)
{
	return (t->flags & TF_QUOTE) && d->view.fold[t->fs] == '\'';
}

static size_t letters_of(const tok *t)
{
	return t->e - t->s; /* bytes; capitals runs are ASCII in practice */
}

/* ---- loaded language --------------------------------------------------- */

/* Modifiers that make "regime" a neutral system of rules. */
static const char *const REGIME_NEUTRAL[] = {
	"tax", "training", "sanctions", "sanction", "regulatory", "visa", "exercise", "treatment", "dietary",
	"diet", "fitness", "trade", "inspection", "legal", "fiscal", "monetary", "pension", "tariff",
	"licensing", "testing", "drug", "dosing", "flow", "climate", "exchange-rate", "currency", "price",
	"insolvency", "accounting", "reporting", "safety", "security", "compliance", "workout", "feeding",
	"watering", "light", "temperature", "control", "export", "import", "customs", "investment",
	"tax-free", "new", "current", "existing", "international", "global", "european", "eu",
	"non-proliferation",
	/* the routines of health: "fasting regimes",
	 * "a vaccination regime" */
	"fasting", "eating", "sleep", "vaccination", "vaccine", "medication", "dosage", "screening",
	"therapy", "antibiotic", "chemotherapy", "skincare", "rehabilitation", NULL
};

/* Words of approximation before a distance ("roughly 26 light-years"). */
static const char *const APPROX[] = { "about",  "roughly", "approximately", "some", "nearly",
	                              "almost", "over",    "more",          "less", NULL };

static const char *const PLACE_PREP[] = { "in",     "on",     "at",        "between", "within",  "along",
	                                  "near",   "behind", "beneath",   "under",   "across",  "ahead",
	                                  "down",   "low",    "awake",     "dormant", "outside", "inside",
	                                  "beyond", "just",   "somewhere", "north",   "south",   "east",
	                                  "west",   "off",    "around",    "atop",    "next",    "close",
	                                  NULL };

/* Verbs that name or report before a quoted word ("called it a \"hoax\"",
 * "dismissed as \"absurd\"", "saying it was \"laughable\"", "words like
 * \"unhinged\""). */
static const char *const NAMING[] = { "call",      "called",     "calls",     "calling",   "described",
	                              "describes", "describing", "dismissed", "dismisses", "dismissing",
	                              "labeled",   "labelled",   "branded",   "termed",    "deemed",
	                              "said",      "says",       "saying",    "tweeted",   "like",
	                              NULL };

/* Whether a quotation that opens at token q, in the sentence from s0, is a
 * speaker's word that a naming or reporting verb up to five words before it
 * introduces, not the writer's scare quotes: 'Ames called the new tax a
 * "scam"', not 'the only "crooked" one in this race'. */
static int named_quote(const crd_doc *d, uint32_t q, uint32_t s0)
{
	for (uint32_t k = q, n = 0; k > s0 && n < 6; k--, n++) {
		const tok *t = &d->toks.v[k - 1];
		if (t->kind != TOK_WORD)
			return 0;
		if (doc_tok_any(d, t, NAMING))
			return 1;
	}
	return 0;
}

/* The rule= words that loaded_ok() knows, in the order of enum
 * loaded_rule; a lexicon line with another fails to load (language_attrs). */
enum loaded_rule {
	L_REGIME,
	L_LIES,
	L_FIGURATIVE,
	L_DESIGNATION,
	L_AGGRESSION,
	L_POSSESSED,
	L_SETTLERS,
	L_LABEL
};
static const char *const loaded_rules[] = { "regime",      "lies",       "figurative",
	                                    "designation", "aggression", "possessed",
	                                    "settlers",    "label",      NULL };

/* Whether a lexicon candidate of loaded language holds in context; rule
 * comes from the phrase's rule= attribute, one of loaded_rules. */
static int loaded_ok(const crd_doc *d, const char *rule, uint32_t t0, uint32_t t1, uint32_t s0, uint32_t s1)
{
	int r = 0;
	while (rule && loaded_rules[r] && strcmp(rule, loaded_rules[r]) != 0)
		r++;
	if (!rule || !loaded_rules[r])
		return 1;
	const tok *prev = t0 > s0 ? &d->toks.v[t0 - 1] : NULL;
	const tok *next = t1 < s1 ? &d->toks.v[t1] : NULL;
	if (r == L_REGIME)
		return !(prev && doc_tok_any(d, prev, REGIME_NEUTRAL)) &&
		       !(next && doc_tok_any(d, next, (const char *const[]){ "of", NULL }) && t1 + 1 < s1 &&
		         doc_tok_any(d, &d->toks.v[t1 + 1],
		                     (const char *const[]){ "testing", "treatment", "exercise", NULL }));
	if (r == L_LIES)
		/* "the village lies in a valley", "left lying unconscious", "the
		 * town lies 30 miles north", "the planet lies roughly 26
		 * light-years away". */
		return !(next && (next->kind == TOK_NUM || (doc_tok_any(d, next, APPROX) && t1 + 1 < s1 &&
		                                            (d->toks.v[t1 + 1].kind == TOK_NUM ||
		                                             (d->toks.v[t1 + 1].flags & TF_DIGIT))))) &&
		       !(next &&
		         (doc_tok_any(d, next, PLACE_PREP) ||
		          doc_tok_any(d, next,
		                      (const char *const[]){ "unconscious", "dead", "still", "flat", "face",
		                                             "facedown", "face-down", "prone", "motionless",
		                                             "injured", "wounded", "asleep", "there", "here",
		                                             "idle", "empty", NULL })));
	if (r == L_FIGURATIVE)
		/* "slammed the door", "slammed into a wall", "crushed by a truck" are
		 * literal; "slammed the decision" is the headline verb. After a
		 * determiner or a number the word is a noun: "the blasts were
		 * heard", "two blasts". */
		return !(prev && (prev->kind == TOK_NUM ||
		                  doc_tok_any(d, prev,
		                              (const char *const[]){ "the", "a", "an", "two", "three",
		                                                     "several", "these", "those", "twin",
		                                                     "multiple", "of", "such", NULL }))) &&
		       !(next &&
		         doc_tok_any(d, next,
		                     (const char *const[]){ "into", "shut", "against", "onto", "through",
		                                            "by", "under", "to", NULL })) &&
		       !(next && t1 + 1 < s1 && doc_tok_is(d, next, "the") &&
		         doc_tok_any(d, &d->toks.v[t1 + 1],
		                     (const char *const[]){ "door", "brakes", "ball", "car", NULL }));
	if (r == L_DESIGNATION) {
		/* the law's list, not the writer's word: "re-designated the
		 * group as a terrorist organisation", "a designated terrorist
		 * group", "the list of terrorist organisations" */
		for (uint32_t k = t0; k > s0 && t0 - k < 8; k--) {
			size_t n;
			const char *w = doc_tok_text(d, &d->toks.v[k - 1], &n);
			for (size_t i = 0; i + 8 <= n; i++)
				if (memcmp(w + i, "designat", 8) == 0)
					return 0;
			if (doc_tok_any(d, &d->toks.v[k - 1],
			                (const char *const[]){ "listed", "list", "blacklist", "blacklisted",
			                                       NULL }))
				return 0;
		}
		return 1;
	}
	if (r == L_AGGRESSION) {
		/* the enemy named by its act, in a party's or a state's voice:
		 * "the US-British aggression launched five raids", "the
		 * Saudi-led aggression and siege"; not "Russian aggression in
		 * Europe" or "aggression against others" */
		if (prev && (prev->flags & TF_HYPHEN) && (prev->flags & TF_CAP)) {
			const char *w = d->text + prev->s, *end = d->text + prev->e;
			const char *h = memchr(w, '-', (size_t)(end - w));
			if (h && ((end - h == 4 && memcmp(h, "-led", 4) == 0) ||
			          (h + 1 < end && h[1] >= 'A' && h[1] <= 'Z')))
				return 1; /* "Saudi-led", "US-British" */
		}
		return next && doc_tok_any(d, next,
		                           (const char *const[]){ "launched", "launches", "waged", "targeted",
		                                                  "targets", "bombed", "killed", "kills",
		                                                  "struck", "continues", "carried", NULL });
	}
	if (r == L_POSSESSED)
		/* fighters as someone's hired hands: "their mercenaries", "its
		 * SDF mercenaries" */
		return (prev && doc_tok_any(d, prev, (const char *const[]){ "their", "its", "his", NULL })) ||
		       (t0 >= s0 + 2 && doc_tok_any(d, &d->toks.v[t0 - 2],
		                                    (const char *const[]){ "their", "its", "his", NULL }));
	if (r == L_SETTLERS) {
		/* settlers named as colonists where the sentence is of the
		 * occupied territories, not the colonists of 1776 */
		static const char *const OCCUPIED[] = { "occupation",  "occupied",     "occupying",
			                                "palestinian", "palestinians", "settlement",
			                                "settlements", "jenin",        "jerusalem",
			                                "hebron",      "nablus",       "ramallah",
			                                NULL };
		uint32_t a = t0 > s0 + 12 ? t0 - 12 : s0, b = t1 + 12 < s1 ? t1 + 12 : s1;
		for (uint32_t k = a; k < b; k++)
			if (doc_tok_any(d, &d->toks.v[k], OCCUPIED))
				return 1;
		return 0;
	}
	if (r == L_LABEL)
		/* "a puppet show" is a puppet. */
		return !(next && doc_tok_any(d, next,
		                             (const char *const[]){ "show", "shows", "theatre", "theater",
		                                                    "master", "maker", NULL }));
	return 1;
}

/* ---- capitals ---------------------------------------------------------- */

typedef struct caps_run {
	uint32_t t0, t1; /* tokens of the run */
	uint32_t words;  /* upper-case words of two or more letters */
	size_t letters;
	int open;
	int quoted; /* it opens inside a quotation: a speaker's words */
} caps_run;

/* What the capitals test reads besides the run: the lexicons of shouted
 * words and of names and abbreviations, the spans of the names found
 * (named_person, named_org, place) sorted by start with a cursor that moves
 * with the runs, and where the last sign's text ended. */
typedef struct caps_ctx {
	int emphatic, loaded, stop, orgs, org_words, places, titles;
	const uint32_t *names; /* pairs of start and end */
	size_t nnames, ni;
	uint32_t sign_end; /* the token after the last sign's run, or 0 */
} caps_ctx;

/* Whether token i stands in a name, a handle or an address: next to a
 * capitalised word ("SEAL Team", "Medina ISD", "YES California"), after an
 * initial ("Jane B. DOE"), touching a sign of a handle, a tag, an address
 * or markup ("#THISTOWN", "@JDOE", "<JDOE@", "**SUBSCRIBE"), or before a
 * possessive ("RAINN's hotline"). */
static int next_to_name(const crd_doc *d, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	const tok *p = i > 0 ? &d->toks.v[i - 1] : NULL, *n = i + 1 < d->toks.n ? &d->toks.v[i + 1] : NULL;
	if (p && !(t->flags & TF_SPACE) && (p->kind == TOK_SYM || p->kind == TOK_PUNCT) &&
	    strchr("@#</*", d->view.fold[p->fs]))
		return 1;
	if (n && !(n->flags & TF_SPACE) &&
	    ((n->kind == TOK_SYM && d->view.fold[n->fs] == '@') || doc_tok_is(d, n, "'s")))
		return 1;
	if (p && doc_tok_mark(d, p, '.') && i > 1 && d->toks.v[i - 2].kind == TOK_WORD &&
	    letters_of(&d->toks.v[i - 2]) == 1 && (d->toks.v[i - 2].flags & TF_CAP))
		return 1; /* "B. THOMAS" */
	if (p && p->kind == TOK_WORD && (p->flags & TF_ABBREV) && (p->flags & TF_CAP))
		return 1; /* "B. THOMAS" read as one token */
	return (p && p->kind == TOK_WORD && (p->flags & TF_CAP) && !(p->flags & TF_UPPER) &&
	        !(p->flags & TF_SENT) && !(t->flags & TF_SENT)) ||
	       (n && n->kind == TOK_WORD && (n->flags & TF_CAP) && !(n->flags & TF_UPPER));
}

/* Whether token i is known as a name or an abbreviation: a name the names
 * detector found, a phrase of the lexicons of organisations, places, titles,
 * time zones and common abbreviations ("USA", "GOP", "CEO", "CET"), or a
 * word that stands in a name (next_to_name). */
static int known_name(const crd_doc *d, caps_ctx *cx, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	uint32_t phrase;
	if (cx->stop >= 0 && lex_has_match(d, cx->stop, i, i + 1, &phrase)) {
		const char *type = lex_phrase_attr(d->engine->lex, phrase, "type");
		if (type && (strcmp(type, "acronym") == 0 || strcmp(type, "date") == 0))
			return 1;
	}
	const int lex[] = { cx->orgs, cx->org_words, cx->places, cx->titles };
	for (size_t k = 0; k < CRD_ARRAY_LEN(lex); k++)
		if (lex[k] >= 0 && lex_has_match(d, lex[k], i, i + 1, NULL))
			return 1;
	while (cx->ni < cx->nnames && cx->names[2 * cx->ni + 1] <= t->s)
		cx->ni++;
	for (size_t k = cx->ni; k < cx->nnames && cx->names[2 * k] < t->e; k++)
		if (cx->names[2 * k + 1] > t->s)
			return 1;
	return next_to_name(d, i);
}

/* Whether token i, a word of four letters or more in capitals, may be an
 * acronym: a word with no vowel, a roman numeral, an abbreviation with its
 * dots, a word with a hyphen or a digit ("NBC", "XVII", "NRA-certified"),
 * or a known name (known_name). */
static int acronym_like(const crd_doc *d, caps_ctx *cx, uint32_t i)
{
	const tok *t = &d->toks.v[i];
	int vowel = 0, roman = 1;
	for (uint32_t k = t->fs; k < t->fe; k++) {
		char c = d->view.fold[k];
		vowel |= c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
		roman &= c == 'i' || c == 'v' || c == 'x' || c == 'l' || c == 'c' || c == 'd' || c == 'm';
	}
	if (!vowel || roman || (t->flags & (TF_ABBREV | TF_HYPHEN | TF_DIGIT)))
		return 1;
	return known_name(d, cx, i);
}

/* Whether the capitals of tokens [t0, t1) stand among lower-case words: in
 * the dozen tokens either side on their line, at least two words not in
 * capitals, and twice as many as in capitals. A heading or a line of labels
 * in capitals has no shouting in it. */
static int lower_context(const crd_doc *d, uint32_t t0, uint32_t t1)
{
	uint32_t a = t0, b = t1, lower = 0, upper = 0;
	while (a > 0 && t0 - a < 12 && !(d->toks.v[a].flags & (TF_NEWLINE | TF_PARA)))
		a--;
	while (b < d->toks.n && b - t1 < 12 && !(d->toks.v[b].flags & (TF_NEWLINE | TF_PARA)))
		b++;
	for (uint32_t k = a; k < b; k++) {
		const tok *w = &d->toks.v[k];
		if (w->kind != TOK_WORD)
			continue;
		if (w->flags & TF_UPPER)
			upper++;
		else
			lower++;
	}
	return lower >= 2 && lower >= 2 * upper;
}

/* Words of two or three letters that shout in capitals, where most such
 * words are acronyms ("What can YOU do?", "WAKE UP", "RIGHT NOW"; not "CEO",
 * "SUV", "WHO"). Longer words need no list. */
static const char *const SHORT_SHOUT[] = { "you", "him", "her", "his", "our", "she", "was", "are", "did",
	                                   "has", "had", "but", "and", "the", "any", "yes", "one", "two",
	                                   "why", "how", "off", "out", "now", "not", "all", "up",  "me",
	                                   "we",  "is",  "no",  "so",  "do",  "go",  "be",  "to",  NULL };

/* Whether a run of capitals that is no shouting by its length shouts by its
 * words: in the writer's voice, every word in it no acronym and no name (a
 * word of two or three letters one of SHORT_SHOUT), no label, and among
 * lower-case words ("The clerk has REFUSED to answer", "It is happening
 * RIGHT NOW in your town"). */
static int lone_shout(const crd_doc *d, caps_ctx *cx, const caps_run *r)
{
	int any = 0;
	for (uint32_t i = r->t0; i < r->t1; i++) {
		const tok *t = &d->toks.v[i];
		if (t->kind != TOK_WORD || !(t->flags & TF_UPPER))
			continue;
		if (letters_of(t) <= 3 && (!doc_tok_any(d, t, SHORT_SHOUT) || known_name(d, cx, i)))
			return 0;
		if (letters_of(t) > 3 && acronym_like(d, cx, i))
			return 0;
		any |= letters_of(t) >= 3;
	}
	if (!any || r->quoted)
		return 0;
	/* a label before a colon, a dash or a bracket ("UPDATE:", "WALLACE:
	 * Let's start", "FLASHBACK --", "UPDATE (Monday):"), or a value after
	 * a label in a table ("Dow: DOWN 0.4 percent") */
	if (r->t1 < d->toks.n &&
	    (doc_tok_mark(d, &d->toks.v[r->t1], ':') || doc_tok_mark(d, &d->toks.v[r->t1], '-') ||
	     doc_tok_mark(d, &d->toks.v[r->t1], '(')))
		return 0;
	if (r->t0 > 0 && doc_tok_mark(d, &d->toks.v[r->t0 - 1], ':'))
		return 0;
	/* a label that opens a line before a time or a mark ("UPDATE 9:40
	 * p.m.", "WELCOME!") */
	if ((r->t0 == 0 || (d->toks.v[r->t0].flags & (TF_NEWLINE | TF_PARA))) &&
	    (r->t1 >= d->toks.n || d->toks.v[r->t1].kind != TOK_WORD))
		return 0;
	return lower_context(d, r->t0, r->t1);
}

/* Words after which capitals are the text of a sign, a banner or a chant
 * that a report cites ("signs reading NO MORE WAR", "chanting LOCK HIM
 * UP"): the crowd's words, not the writer's voice. */
static const char *const SIGN_CUE[] = { "reading", "read",    "reads",    "saying",     "chanting",
	                                "chanted", "chant",   "chants",   "shouting",   "shouted",
	                                "slogan",  "slogans", "banner",   "banners",    "sign",
	                                "signs",   "placard", "placards", "emblazoned", "stamped",
	                                "rate",    "rated",   "rates", /* a fact check's verdict: "we rate
	                                                                  FALSE" */
	                                NULL };

/* Whether the run that opens at token t0 is the text of a sign: a cue
 * word just before it, or "and", "or" or a comma after another sign's text
 * ("signs reading NO MORE WAR and HANDS OFF OUR PARKS"), or a fact check's
 * verdict after its verb and "it" ("We rate it MOSTLY FALSE"). */
static int sign_text(const crd_doc *d, const caps_ctx *cx, uint32_t t0)
{
	uint32_t k = t0;
	while (k > 0 && t0 - k < 2 && d->toks.v[k - 1].kind == TOK_PUNCT &&
	       !doc_tok_mark(d, &d->toks.v[k - 1], '.'))
		k--; /* "reading: NO MORE WAR", a quotation mark */
	if (k == 0)
		return 0;
	const tok *p = &d->toks.v[k - 1];
	if (doc_tok_any(d, p, SIGN_CUE))
		return 1;
	if (k > 1 && doc_tok_is(d, p, "it") &&
	    (doc_tok_is(d, p - 1, "rate") || doc_tok_is(d, p - 1, "rated") || doc_tok_is(d, p - 1, "rates")))
		return 1;
	return cx->sign_end && (k - 1 == cx->sign_end || k == cx->sign_end) &&
	       (doc_tok_is(d, p, "and") || doc_tok_is(d, p, "or") || doc_tok_mark(d, p, ','));
}

/* A lone word in capitals shouts when it is one of the emphatic words or a
 * loaded word ("They are LYING to you", "OUTRAGEOUS"), or an English word
 * in a lower-case sentence that is no acronym (lone_shout). */
static int emit_caps(crd_doc *d, caps_run *r, caps_ctx *cx)
{
	if (!r->open)
		return 0;
	r->open = 0;
	if (sign_text(d, cx, r->t0)) {
		cx->sign_end = r->t1;
		return 0;
	}
	const tok *first = &d->toks.v[r->t0], *last = &d->toks.v[r->t1 - 1];
	int shout = r->words >= 2 && r->letters >= 10;
	for (uint32_t i = r->t0; !shout && r->words == 1 && i < r->t1; i++)
		shout = (d->toks.v[i].flags & TF_UPPER) &&
		        ((cx->emphatic >= 0 && lex_has_match(d, cx->emphatic, i, i + 1, NULL)) ||
		         (cx->loaded >= 0 && lex_has_match(d, cx->loaded, i, i + 1, NULL)));
	if (!shout)
		shout = lone_shout(d, cx, r);
	if (!shout)
		return 0;
	/* a paragraph's first word of grammar set in capitals before the
	 * sentence goes on in lower case is the page's type, a report's
	 * lead-in: "THE cost of the tram line has risen" */
	static const char *const LEAD_IN[] = { "the", "a",   "an",    "this", "in", "on",
		                               "at",  "for", "after", "when", NULL };
	if (r->words == 1 && ((first->flags & (TF_NEWLINE | TF_PARA)) || r->t0 == 0) &&
	    doc_tok_any(d, first, LEAD_IN) && r->t1 < d->toks.n && d->toks.v[r->t1].kind == TOK_WORD &&
	    !(d->toks.v[r->t1].flags & TF_CAP))
		return 0;
	/* A dateline, a label or a short heading at the start of a line: "NEW
	 * YORK (AP) -", "RIO DE JANEIRO, Brazil", "BREAKING:", "DAILY BRIEFING"
	 * alone on its line. Shouting sits inside running text, or opens a
	 * sentence with a clause that a comma and lower-case words go on from,
	 * which no place name is: "THIS IS A DISGRACE, the senator wrote". */
	static const char *const CLAUSE[] = { "is",    "are",   "was",   "were", "am",  "be",   "i",
		                              "you",   "we",    "they",  "he",   "she", "it",   "this",
		                              "not",   "will",  "must",  "can",  "do",  "does", "don't",
		                              "won't", "can't", "isn't", "have", "has", NULL };
	if ((first->flags & (TF_NEWLINE | TF_PARA)) || r->t0 == 0) {
		const tok *after = r->t1 < d->toks.n ? &d->toks.v[r->t1] : NULL;
		const tok *then = r->t1 + 1 < d->toks.n ? &d->toks.v[r->t1 + 1] : NULL;
		int clause = 0;
		if (after && doc_tok_mark(d, after, ',') && then && then->kind == TOK_WORD &&
		    !(then->flags & TF_CAP))
			for (uint32_t i = r->t0; i < r->t1 && !clause; i++)
				clause = doc_tok_any(d, &d->toks.v[i], CLAUSE);
		if (after && !clause &&
		    (doc_tok_mark(d, after, '(') || doc_tok_mark(d, after, ',') ||
		     doc_tok_mark(d, after, '-') || doc_tok_mark(d, after, ':')))
			return 0;
		if ((!after || (after->flags & TF_NEWLINE)) && r->words <= 5)
			return 0;
	}
	uint32_t it = doc_add(d, F_ALL_CAPS, first->s, last->e);
	if (it == UINT32_MAX)
		return -1;
	doc_attr_num(d, it, "words", r->words);
	return 0;
}

/* ---- clickbait titles -------------------------------------------------- */

/*
 * Title patterns, after the clickbait studies of Chakraborty et al. (2016,
 * "Stop Clickbait") and Potthast et al. (2016, "Clickbait detection"): the
 * curiosity gap (a forward reference that withholds the news: "what happened
 * next", "here's why"), the listicle ("17 things ..."), addressing the reader,
 * hyperbole, and punctuation for effect. Wording and lists are ours.
 */
static const char *const GAP[] = { "you won't believe",
	                           "you will not believe",
	                           "won't believe",
	                           "can't believe",
	                           "what happened next",
	                           "what happens next",
	                           "what happened when",
	                           "what he did next",
	                           "what she did next",
	                           "what they did next",
	                           "here's why",
	                           "here is why",
	                           "here's what",
	                           "here is what",
	                           "here's how",
	                           "here is how",
	                           "this is why",
	                           "this is what",
	                           "this is how",
	                           "the reason why",
	                           "the real reason",
	                           "the truth about",
	                           "you need to know",
	                           "you need to see",
	                           "need to know about",
	                           "blow your mind",
	                           "will make you",
	                           "makes you",
	                           "you'll never guess",
	                           "you will never guess",
	                           "never guess",
	                           "will shock you",
	                           "will surprise you",
	                           "what you need",
	                           "you have to see",
	                           "you must see",
	                           "must see",
	                           "must-see",
	                           "find out",
	                           "goes viral",
	                           "went viral",
	                           "broke the internet",
	                           "breaks the internet",
	                           "is everything",
	                           "are everything",
	                           "can't stop",
	                           "one weird trick",
	                           "this one",
	                           "what this",
	                           "the internet is",
	                           "just did",
	                           "before you",
	                           "you should",
	                           "everyone is talking",
	                           "nobody is talking",
	                           "no one is talking",
	                           "the answer will",
	                           "wait till you",
	                           "wait until you",
	                           "until you see",
	                           "till you see",
	                           "doctors are stunned",
	                           "doctors stunned",
	                           "doctors hate",
	                           "doctors don't want you",
	                           NULL };

static const char *const HYPERBOLE[] = { "shocking",     "unbelievable", "amazing",    "mind-blowing",
	                                 "jaw-dropping", "insane",       "incredible", "heartbreaking",
	                                 "heartwarming", "hilarious",    "adorable",   "stunning",
	                                 "stunned",      "miracle",      "epic",       "omg",
	                                 "wtf",          "lol",          "literally",  "brilliantly",
	                                 "perfectly",    "totally",      "destroys",   "destroyed",
	                                 "slams",        "slammed",      "owns",       "obliterates",
	                                 "eviscerates",  "annihilates",  "humiliates", "bombshell",
	                                 "breaking",     "exposed",      "finally",    "genius",
	                                 "priceless",    "awesome",      "freaking",   NULL };

static const char *const LIST_NOUNS[] = {
	"things",  "reasons",     "ways",     "times",   "facts",  "signs",  "photos",  "pictures",
	"pics",    "tweets",      "secrets",  "tricks",  "tips",   "hacks",  "moments", "questions",
	"lessons", "rules",       "mistakes", "myths",   "habits", "quotes", "memes",   "gifs",
	"words",   "celebrities", "movies",   "songs",   "books",  "foods",  "places",  "types",
	"kinds",   "struggles",   "people",   "animals", "dogs",   "cats",   "ideas",   "products",
	"stars",   "images",      NULL
};

static const char *const NUMBER_WORDS[] = { "three",  "four",  "five",    "six",    "seven",   "eight",
	                                    "nine",   "ten",   "eleven",  "twelve", "fifteen", "twenty",
	                                    "thirty", "fifty", "hundred", NULL };

#define TITLE_MAX   400
#define TITLE_WORDS 64

typedef struct title_view {
	char s[TITLE_MAX + 1]; /* folded: ASCII lower-case, straight quotes */
	size_t n;
	uint32_t ws[TITLE_WORDS], we[TITLE_WORDS];
	size_t nw;
	int exclaim, question, caps_words;
} title_view;

static int title_wordc(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Folds a title held as input bytes: ASCII lower-case, curly quotes and
 * apostrophes made straight, other bytes kept; records which folded bytes
 * were capitals, and cuts the words. */
static void title_fold(title_view *tv, const char *s, size_t n)
{
	char upper[TITLE_MAX];
	tv->n = 0;
	tv->nw = 0;
	tv->exclaim = tv->question = tv->caps_words = 0;
	if (n > TITLE_MAX)
		n = TITLE_MAX;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		upper[tv->n] = c >= 'A' && c <= 'Z';
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
			unsigned char c3 = (unsigned char)s[i + 2];
			if (c3 == 0x98 || c3 == 0x99 || c3 == 0x9C || c3 == 0x9D) {
				tv->s[tv->n++] = c3 <= 0x99 ? '\'' : '"';
				i += 2;
				continue;
			}
		}
		tv->s[tv->n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	tv->s[tv->n] = '\0';
	/* Words: runs of letters, digits and inner apostrophes and hyphens. */
	for (size_t i = 0; i < tv->n && tv->nw < TITLE_WORDS;) {
		unsigned char c = (unsigned char)tv->s[i];
		tv->exclaim += c == '!';
		tv->question += c == '?';
		if (!title_wordc(c)) {
			i++;
			continue;
		}
		size_t j = i, caps = 0, letters = 0;
		while (j < tv->n) {
			unsigned char x = (unsigned char)tv->s[j];
			if (title_wordc(x)) {
				letters += x >= 'a' && x <= 'z';
				caps += (size_t)upper[j];
				j++;
			} else if ((x == '\'' || x == '-') && j + 1 < tv->n &&
			           title_wordc((unsigned char)tv->s[j + 1])) {
				j++;
			} else {
				break;
			}
		}
		if (caps >= 3 && caps == letters)
			tv->caps_words++;
		tv->ws[tv->nw] = (uint32_t)i;
		tv->we[tv->nw] = (uint32_t)j;
		tv->nw++;
		i = j;
	}
}

static int tw_is(const title_view *tv, size_t k, const char *w)
{
	size_t l = strlen(w);
	return k < tv->nw && tv->we[k] - tv->ws[k] == l && memcmp(tv->s + tv->ws[k], w, l) == 0;
}

static int tw_in(const title_view *tv, size_t k, const char *const *set)
{
	for (; *set; set++)
		if (tw_is(tv, k, *set))
			return 1;
	return 0;
}

/* Whether phrase p occurs in the folded title on word boundaries. */
static int title_has(const title_view *tv, const char *p)
{
	size_t l = strlen(p);
	for (const char *q = tv->s; (q = strstr(q, p)) != NULL; q++) {
		size_t at = (size_t)(q - tv->s);
		unsigned char before = at ? (unsigned char)tv->s[at - 1] : ' ';
		unsigned char after = (unsigned char)tv->s[at + l];
		int wb = !((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9'));
		int wa = !((after >= 'a' && after <= 'z') || (after >= '0' && after <= '9'));
		if (wb && wa)
			return 1;
	}
	return 0;
}

/* Fills signals (a comma-separated list) and returns how strong the case
 * for clickbait is: 2 per strong signal, 1 per weak one. */
static int title_signals(const title_view *tv, char *signals, size_t cap)
{
	int score = 0;
	signals[0] = '\0';
#define SIGNAL(name, pts)                                       \
	do {                                                    \
		score += (pts);                                 \
		if (strlen(signals) + strlen(name) + 2 < cap) { \
			if (signals[0])                         \
				strcat(signals, ",");           \
			strcat(signals, name);                  \
		}                                               \
	} while (0)
	/* an explainer tells what it holds: "What you need to know about the
	 * new tax rules", "Here's what we know about the shooting" */
	int explainer = title_has(tv, "what we know") || title_has(tv, "what to know") ||
	                title_has(tv, "what you need to know");
	static const char *const EXPLAINS[] = { "here's what",      "here is what",       "what you need",
		                                "you need to know", "need to know about", NULL };
	for (const char *const *p = GAP; *p; p++) {
		int told = 0;
		for (const char *const *q = EXPLAINS; explainer && *q && !told; q++)
			told = strcmp(*p, *q) == 0;
		if (!told && title_has(tv, *p)) {
			SIGNAL("curiosity_gap", 2);
			break;
		}
	}
	/* A listicle: a number then, within three words, a plural of the
	 * listicle kind ("17 Things", "7 Simple Ways", "Ten Photos"). */
	for (size_t k = 0; k < tv->nw && k < 3; k++) {
		size_t l = tv->we[k] - tv->ws[k];
		const char *w = tv->s + tv->ws[k];
		int num = (l <= 3 && w[0] >= '0' && w[0] <= '9') || tw_in(tv, k, NUMBER_WORDS);
		if (!num)
			continue;
		for (size_t j = k + 1; j <= k + 3 && j < tv->nw; j++)
			if (tw_in(tv, j, LIST_NOUNS)) {
				SIGNAL("listicle", 2);
				k = tv->nw;
				break;
			}
	}
	for (size_t k = 0; k < tv->nw; k++)
		if (tw_in(tv, k,
		          (const char *const[]){ "you", "your", "you're", "you'll", "yourself", "you've",
		                                 NULL })) {
			SIGNAL("second_person", 1);
			break;
		}
	for (size_t k = 0; k < tv->nw; k++)
		if (tw_in(tv, k, HYPERBOLE)) {
			SIGNAL("hyperbole", 1);
			break;
		}
	if (tv->exclaim)
		SIGNAL("exclamation", tv->exclaim > 1 ? 2 : 1);
	if (tv->caps_words >= 1 && tv->caps_words * 2 < (int)tv->nw + 1 && tv->nw > 2)
		SIGNAL("caps_emphasis", 1);
	/* Demonstratives with no referent: "This Man", "These Photos". */
	if (tw_in(tv, 0, (const char *const[]){ "this", "these", NULL }) && tv->nw > 3 &&
	    !tw_in(tv, 1, (const char *const[]){ "is", "week", "year", "month", "morning", NULL }))
		SIGNAL("forward_reference", 1);
	if (tv->question &&
	    tw_in(tv, 0, (const char *const[]){ "can", "do", "did", "which", "guess", "would", "are", NULL }))
		SIGNAL("question_to_reader", 1);
	if (strstr(tv->s, "...") || strstr(tv->s, "\xE2\x80\xA6"))
		SIGNAL("ellipsis", 1);
#undef SIGNAL
	return score;
}

/* The title as input bytes: d->title, a ZONE_TITLE zone, or a first line
 * that reads as a headline (short, no full stop, a line break after it).
 * Sets *s, *e to its span in the text ([0, 0) for d->title). */
static const char *find_title(const crd_doc *d, size_t *n, uint32_t *s, uint32_t *e)
{
	*s = *e = 0;
	if (d->title && d->title[0]) {
		*n = strlen(d->title);
		return d->title;
	}
	for (size_t i = 0; i < d->zones.n; i++)
		if (d->zones.v[i].kind == ZONE_TITLE) {
			*s = d->zones.v[i].s;
			*e = d->zones.v[i].e;
			*n = *e - *s;
			return d->text + *s;
		}
	/* The first line: 3 to 25 words, no final full stop, more text after. */
	size_t i = 0, words = 0;
	while (i < d->toks.n && (i == 0 || !(d->toks.v[i].flags & TF_NEWLINE))) {
		if (d->toks.v[i].kind == TOK_WORD || d->toks.v[i].kind == TOK_NUM)
			words++;
		i++;
	}
	if (i == 0 || i >= d->toks.n || words < 3 || words > 25)
		return NULL;
	const tok *last = &d->toks.v[i - 1];
	if (doc_tok_mark(d, last, '.') && last->fe - last->fs == 1)
		return NULL;
	if (doc_tok_mark(d, last, ',') || doc_tok_mark(d, last, ':') || doc_tok_mark(d, last, ';'))
		return NULL;
	*s = d->toks.v[0].s;
	*e = last->e;
	*n = *e - *s;
	return d->text + *s;
}

static int detect_title(crd_doc *d)
{
	size_t n;
	uint32_t s, e;
	const char *t = find_title(d, &n, &s, &e);
	if (!t)
		return 0;
	title_view tv;
	title_fold(&tv, t, n);
	char signals[160];
	int score = title_signals(&tv, signals, sizeof signals);
	if (score < 2)
		return 0;
	uint32_t it = doc_add(d, F_CLICKBAIT_TITLE, s, e);
	if (it == UINT32_MAX)
		return -1;
	doc_attr_strn(d, it, "signals", signals, strlen(signals));
	doc_attr_num(d, it, "strength", score);
	if (s == e) {
		doc_attr_str(d, it, "title_from", "metadata");
		doc_attr_strn(d, it, "title", t, n);
	} else {
		doc_attr_str(d, it, "title_from",
		             d->zones.n > 1 && doc_zone_at(d, s) == ZONE_TITLE ? "zone" : "first_line");
	}
	return 0;
}

/* ---- the pass ---------------------------------------------------------- */

static const char *const SECOND[] = { "you",    "your",   "yours", "yourself", "yourselves", "you're",
	                              "you'll", "you've", "you'd", "ya",       "y'all",      NULL };

/* The spans of the posts the page embeds (direct_quote items with attribute
 * post, from the attribution detector): their words are their authors',
 * as a quotation's are. Collected into the scratch in text order (one
 * pass adds them so): *spans, *n pairs. Returns -1 when out of memory. */
static int post_spans(crd_doc *d, const uint32_t **spans, size_t *n)
{
	*n = 0;
	*spans = NULL;
	d->scratch.n = 0;
	for (size_t k = 0; k < d->attrs.n; k++) {
		const ev_attr *a = &d->attrs.v[k];
		if (a->type != ATTR_BOOL || a->num == 0 || strcmp(a->key, "post") != 0 ||
		    d->ev.v[a->item].feature != F_DIRECT_QUOTE)
			continue;
		if (vec_reserve((void **)&d->scratch.v, &d->scratch.cap, 2 * (*n + 1), sizeof(uint32_t)) != 0)
			return -1;
		d->scratch.v[2 * *n] = d->ev.v[a->item].s;
		d->scratch.v[2 * *n + 1] = d->ev.v[a->item].e;
		++*n;
	}
	*spans = d->scratch.v;
	return 0;
}

static int cmp_span(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* The spans of the names found (named_person, named_org, place), after the
 * posts' npost pairs in the scratch, sorted by start: *names, *n pairs.
 * *posts is set again, since the scratch may move. */
static int name_spans(crd_doc *d, size_t nposts, const uint32_t **posts, const uint32_t **names, size_t *n)
{
	size_t k = 0;
	for (size_t i = 0; i < d->ev.n; i++) {
		int f = d->ev.v[i].feature;
		if (f != F_NAMED_PERSON && f != F_NAMED_ORG && f != F_PLACE)
			continue;
		if (vec_reserve((void **)&d->scratch.v, &d->scratch.cap, 2 * (nposts + k + 1),
		                sizeof(uint32_t)) != 0)
			return -1;
		d->scratch.v[2 * (nposts + k)] = d->ev.v[i].s;
		d->scratch.v[2 * (nposts + k) + 1] = d->ev.v[i].e;
		k++;
	}
	*posts = d->scratch.v;
	*names = d->scratch.v ? d->scratch.v + 2 * nposts : NULL;
	*n = k;
	if (k > 1)
		qsort((void *)*names, k, 2 * sizeof(uint32_t), cmp_span);
	return 0;
}

static int run(crd_doc *d)
{
	const crd_engine *e = d->engine;
	const lex_set *ls = e->lex;
	caps_ctx cx = { .emphatic = engine_lexicon(e, "emphatic_caps"),
		        .loaded = engine_lexicon(e, "loaded_language"),
		        .stop = engine_lexicon(e, "name_stopwords"),
		        .orgs = engine_lexicon(e, "org_names"),
		        .org_words = engine_lexicon(e, "org_words"),
		        .places = engine_lexicon(e, "places"),
		        .titles = engine_lexicon(e, "person_titles") };
	size_t mi = 0, nposts, pi = 0;
	const uint32_t *posts;
	if (post_spans(d, &posts, &nposts) != 0 || name_spans(d, nposts, &posts, &cx.names, &cx.nnames) != 0)
		return -1;
	int inquote = 0, insingle = 0;
	uint32_t qopen = 0;
	uint32_t loaded_end = 0;
	caps_run caps = { 0, 0, 0, 0, 0, 0 };

	for (uint32_t i = 0; i < d->toks.n; i++) {
		const tok *t = &d->toks.v[i];
		if (t->flags & TF_PARA)
			inquote = insingle = 0;
		if (is_dquote(d, t)) {
			inquote = !inquote;
			qopen = i;
		} else if (!insingle && is_lsquote(d, t)) {
			insingle = 1;
			qopen = i;
		} else if (insingle && is_squote(d, t)) {
			insingle = 0;
		}
		while (pi < nposts && posts[2 * pi + 1] <= t->s)
			pi++;
		int quoted = inquote || insingle || (pi < nposts && posts[2 * pi] <= t->s);

		/* Capitals: words of two or more capitals, joined by spaces,
		 * single capitals ("A", "I"), numbers ("BY MORE THAN 9 THOUSAND
		 * BALLOTS"), apostrophes and hyphens; a comma or a bracket ends the
		 * run, so a list of acronyms ("NATO, ISIS and the SAA") is not
		 * shouting. */
		int upper_word = t->kind == TOK_WORD && (t->flags & TF_UPPER) && !(t->flags & TF_ABBREV);
		int joiner = (t->kind == TOK_WORD && letters_of(t) == 1 && (t->flags & TF_CAP)) ||
		             t->kind == TOK_NUM || doc_tok_mark(d, t, '\'') || doc_tok_mark(d, t, '-') ||
		             doc_tok_mark(d, t, '&');
		if (caps.open && (t->flags & TF_NEWLINE)) {
			if (emit_caps(d, &caps, &cx) != 0)
				return -1;
		}
		if (upper_word) {
			if (!caps.open) {
				caps.open = 1;
				caps.t0 = i;
				caps.words = 0;
				caps.letters = 0;
				caps.quoted = quoted;
			}
			caps.t1 = i + 1;
			caps.words++;
			caps.letters += letters_of(t);
		} else if (!(caps.open && joiner)) {
			if (emit_caps(d, &caps, &cx) != 0)
				return -1;
		}

		/* Exclamation marks in the writer's own voice. */
		if (t->kind == TOK_PUNCT && !quoted && memchr(d->view.fold + t->fs, '!', t->fe - t->fs)) {
			uint32_t it = doc_add(d, F_EXCLAMATION, t->s, t->e);
			if (it == UINT32_MAX)
				return -1;
			size_t bangs = 0;
			for (uint32_t k = t->fs; k < t->fe; k++)
				bangs += d->view.fold[k] == '!';
			doc_attr_num(d, it, "count", (double)bangs);
		}

		/* The reader addressed outside quotations. */
		if (t->kind == TOK_WORD && !quoted && doc_tok_any(d, t, SECOND)) {
			uint32_t it = doc_add(d, F_SECOND_PERSON, t->s, t->e);
			if (it == UINT32_MAX)
				return -1;
		}

		/* Loaded language: matches that start here. */
		for (; mi < d->matches.n && d->matches.v[mi].tok0 <= i; mi++) {
			const lex_match *m = &d->matches.v[mi];
			if (m->tok0 < i || e->lex_feature[m->lexicon] != F_LOADED_LANGUAGE ||
			    m->tok0 < loaded_end)
				continue;
			uint32_t s0 = 0, s1 = (uint32_t)d->toks.n;
			if (t->sent < d->sents.n) {
				s0 = d->sents.v[t->sent].tok0;
				s1 = d->sents.v[t->sent].tok1;
			}
			int scare = 0;
			if (quoted) {
				/* Scare quotes wrap the loaded words alone. */
				const tok *after = m->tok1 < d->toks.n ? &d->toks.v[m->tok1] : NULL;
				scare = qopen + 2 >= m->tok0 && after && (after->flags & TF_QUOTE) &&
				        !named_quote(d, qopen, s0);
				if (!scare)
					continue;
			}
			if (!loaded_ok(d, lex_phrase_attr(ls, m->phrase, "rule"), m->tok0, m->tok1, s0, s1))
				continue;
			loaded_end = m->tok1;
			uint32_t it = doc_add(d, F_LOADED_LANGUAGE, t->s, d->toks.v[m->tok1 - 1].e);
			if (it == UINT32_MAX)
				return -1;
			const char *kind = lex_phrase_attr(ls, m->phrase, "kind");
			if (kind)
				doc_attr_str(d, it, "kind", kind);
			if (scare)
				doc_attr_bool(d, it, "scare_quotes", 1);
		}
	}
	if (emit_caps(d, &caps, &cx) != 0)
		return -1;
	if (detect_title(d) != 0)
		return -1;
	return d->nomem ? -1 : 0;
}

/* rule= names a check of loaded_ok(), in every lexicon of the feature;
 * kind= is free, the evidence's attrs.kind. name_stopwords' type is the
 * names detector's (names_attrs). */
static const det_attr language_attrs[] = {
	{ "loaded_language", "rule", DET_ONE_OF, loaded_rules, 1 },
	{ 0 },
};

const detector det_language_detector = { "language", run,
	                                 (const int[]){ F_LOADED_LANGUAGE, F_ALL_CAPS, F_EXCLAMATION,
	                                                F_CLICKBAIT_TITLE, F_SECOND_PERSON, -1 },
	                                 language_attrs };
