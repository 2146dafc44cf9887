/* det_quantity.c -- detector: precise and hedged numbers, vague quantities, absolute and relative dates. */
#include <stdlib.h>
#include <string.h>

#include "det_sourcing.h"
#include "detect.h"
#include "engine.h"
#include "lexicon.h"

/*
 * One pass per stage, each linear in the tokens:
 *
 *   1. the matches of the four vocabularies (quantity_hedge, quantity_vague,
 *      quantity_nouns, date_relative) are indexed by token;
 *   2. dates: calendar dates first, then relative ones; their tokens are
 *      taken, so the 12 of "June 12" is never a count;
 *   3. numbers: every numeric expression becomes an atom with a value and a
 *      kind (count, money, percent, year, ...);
 *   4. atoms with a bound, an approximator, a range partner or an estimate
 *      cue become hedged_number; the rest become precise_number;
 *   5. vague quantities over the tokens nothing else took.
 *
 * Years, times, ages and labels ("Route 66") are never hedged, and
 * ordinals only by a lower bound ("at least the fourth"): a hedge word
 * before them is the hedge detector's business. Money, percent, measures
 * and durations are hedged like counts ("about $5 million").
 */

enum qkind {
	QK_COUNT,
	QK_ORDINAL,
	QK_YEAR,
	QK_TIME,
	QK_DURATION,
	QK_MONEY,
	QK_PERCENT,
	QK_MEASURE,
	QK_AGE,
	QK_LABEL /* an identifier, never reported */
};

static const char *const kind_name[] = { "count", "ordinal", "year",    "time", "duration",
	                                 "money", "percent", "measure", "age",  "label" };

enum qflag {
	QF_WORD = 1 << 0,   /* spelled out ("four") */
	QF_WEAK = 1 << 1,   /* "one": a number only when bounded, ranged or scaled */
	QF_RANGE = 1 << 2,  /* one token holds a range ("70-150"); hi is set */
	QF_USED = 1 << 3,   /* taken by a hedged number */
	QF_SCALED = 1 << 4, /* carries a scale word ("4.5 million") */
	QF_INT = 1 << 5,    /* a plain integer without separators */
	QF_OLD = 1 << 6,    /* an age written "N years old", which may be hedged */
	QF_M = 1 << 7,      /* scaled by a glued "m": millions or metres ("$3m", "300m long") */
	QF_TALLY = 1 << 8   /* a vote or a score ("voted 5-2"): value is the first side, hi the second */
};

enum hedge_kind { H_NONE, H_LOWER, H_UPPER, H_APPROX, H_ESTIMATE };

static const char *const hedge_name[] = { "", "lower_bound", "upper_bound", "approx", "estimate" };

typedef struct qnum {
	uint32_t t0, t1;  /* tokens of the whole expression */
	double value;     /* low end for a one-token range */
	double hi;        /* high end when QF_RANGE */
	double base;      /* value before a scale word */
	double scale;     /* the scale word's factor, 1 when none */
	const char *unit; /* static: currency, unit or time zone */
	uint8_t kind;
	uint16_t flags;
	uint8_t hedge_in; /* a hedge inside the token: "40-odd", "400-plus", "400+" */
} qnum;

typedef struct qctx {
	crd_doc *d;
	const lex_set *ls;
	const tok *tk;
	uint32_t n;
	int lx_hedge, lx_vague, lx_noun, lx_rel;
	int lx_place, lx_org, lx_orgname; /* read only for ages in brackets */
	/* Per token, 1 + index in d->matches (0: none). */
	uint32_t *h_start; /* longest quantity_hedge match starting here */
	uint32_t *h_end;   /* longest pre-number quantity_hedge match ending here */
	uint32_t *v_start; /* quantity_vague */
	uint32_t *n_start; /* quantity_nouns */
	uint32_t *r_start; /* date_relative */
	uint32_t *own;     /* nonzero: the token belongs to an item already */
	uint32_t *wnum;    /* number word value + 2, 1 for none, 0 not yet known */
	uint32_t *tcase;   /* per sentence: title_case() + 1, 0 not yet known */
	const char *dollar; /* what a bare "$" is in this document, NULL not yet known */
	qnum *q;
	size_t nq, qcap;
} qctx;

/* ---- small word tables --------------------------------------------------- */

typedef struct wordval {
	const char *w;
	double v;
} wordval;

static const wordval small_numbers[] = {
	{ "zero", 0 },     { "one", 1 },      { "two", 2 },        { "three", 3 },     { "four", 4 },
	{ "five", 5 },     { "six", 6 },      { "seven", 7 },      { "eight", 8 },     { "nine", 9 },
	{ "ten", 10 },     { "eleven", 11 },  { "twelve", 12 },    { "thirteen", 13 }, { "fourteen", 14 },
	{ "fifteen", 15 }, { "sixteen", 16 }, { "seventeen", 17 }, { "eighteen", 18 }, { "nineteen", 19 },
	{ "twenty", 20 },  { "thirty", 30 },  { "forty", 40 },     { "fifty", 50 },    { "sixty", 60 },
	{ "seventy", 70 }, { "eighty", 80 },  { "ninety", 90 },
};

/* Scale words after a number; "dozen" multiplies like "hundred". */
static const wordval scale_words[] = {
	{ "hundred", 1e2 },   { "thousand", 1e3 }, { "million", 1e6 }, { "billion", 1e9 },
	{ "trillion", 1e12 }, { "lakh", 1e5 },     { "crore", 1e7 },   { "mn", 1e6 },
	{ "bn", 1e9 },        { "tn", 1e12 },      { "dozen", 12 },
};

static const char *const day_parts[] = { "morning", "afternoon", "evening",  "night",
	                                 "noon",    "midday",    "overnight" };

/* Words before a bare month name that make it a date ("in May", "since
 * June"); without one, "May" is the modal and "June" may be a name. */
static const char *const month_preps[] = { "in",    "on",      "since",  "until",  "till",       "by",
	                                   "from",  "through", "during", "before", "after",      "of",
	                                   "early", "late",    "mid",    "end",    "throughout", "between",
	                                   "last",  "next",    "this",   "every",  "circa" };

static const char *const duration_units[] = {
	"second",    "seconds",    "minute", "minutes", "hour",  "hours",  "day",     "days",    "week",
	"weeks",     "month",      "months", "year",    "years", "decade", "decades", "century", "centuries",
	"fortnight", "fortnights", "hrs",    "hr",      "mins",  "min",    "secs",    "sec"
};

static const char *const measure_units[] = {
	"km",        "kms",       "kilometres", "kilometers", "kilometre", "kilometer",  "mile",
	"miles",     "m",         "metres",     "meters",     "metre",     "meter",      "cm",
	"mm",        "ft",        "feet",       "foot",       "inch",      "inches",     "yard",
	"yards",     "kg",        "kgs",        "kilograms",  "kilogram",  "kilos",      "kilo",
	"g",         "grams",     "gram",       "tons",       "ton",       "tonnes",     "tonne",
	"pounds",    "pound",     "lb",         "lbs",        "ounces",    "ounce",      "oz",
	"acres",     "acre",      "hectares",   "hectare",    "sq",        "square",     "degrees",
	"degree",    "mph",       "kph",        "km/h",       "knots",     "barrels",    "barrel",
	"bpd",       "gallons",   "gallon",     "litres",     "liters",    "litre",      "liter",
	"ml",        "megawatts", "megawatt",   "mw",         "gw",        "kw",         "kwh",
	"gigawatts", "watts",     "calories",   "mg",         "mb",        "gb",         "tb",
	"points",    "point",     "storeys",    "stories",    "floors",    "percentile", "ghz",
	"mhz",       "hz",        "mah",        "wh",         "nm",        "nits",       "nit",
	"kb",        "pb",        "mbps",       "gbps",       "kbps",      "mp",         "megapixels",
	"fps",       "ppi",
};

/* Units of devices and networks that stand apart from their figure with a
 * capital ("4.2 GHz", "120 Hz", "16 GB", "2.5 Gbps"), which the units
 * above take only in lower case or glued ("3nm", "80MP"): "87102 NM" (a
 * state) stays a count. A lone "W" is no unit here ("5W Infographics"). */
static const char *const cased_units[] = { "ghz", "mhz", "hz",   "mah",  "gb",   "tb",
	                                   "mb",  "kb",  "gbps", "mbps", "kbps", "fps" };

typedef struct currency {
	const char *w;
	const char *code;
} currency;

/* A bare "$" or "dollars": the US dollar, unless the document is about
 * Canada, Australia or New Zealand (see doc_dollar()). Its own array, so
 * that its address tells it from the "USD" of "US$" and "USD". */
static const char bare_dollar[] = "USD";

/* After a number ("400 dollars"). "pounds" stays a weight: "£" says money. */
static const currency currency_words[] = {
	{ "dollars", bare_dollar }, { "dollar", bare_dollar }, { "euros", "EUR" },    { "euro", "EUR" },
	{ "cents", bare_dollar },   { "yuan", "CNY" },         { "renminbi", "CNY" }, { "yen", "JPY" },
	{ "rupees", "INR" },        { "rupee", "INR" },        { "dinars", "dinar" }, { "riyals", "riyal" },
	{ "lira", "TRY" },          { "liras", "TRY" },        { "pesos", "peso" },   { "rubles", "RUB" },
	{ "roubles", "RUB" },       { "francs", "CHF" },       { "naira", "NGN" },    { "rand", "ZAR" },
	{ "shekels", "ILS" },       { "usd", "USD" },          { "eur", "EUR" },      { "gbp", "GBP" },
	{ "sterling", "GBP" },      { "pence", "GBP" },
};

/* Before a number ("USD 5 million", "Rs 500"), upper-case or capitalised. */
static const currency currency_codes[] = {
	{ "usd", "USD" }, { "us$", "USD" },  { "eur", "EUR" }, { "gbp", "GBP" }, { "rs", "INR" },
	{ "rs.", "INR" }, { "inr", "INR" },  { "aed", "AED" }, { "sar", "SAR" }, { "cad", "CAD" },
	{ "ksh", "KES" }, { "kshs", "KES" }, { "sh", "KES" },  { "php", "PHP" },
};

/* ISO codes, upper-case only, before or after a number ("UAH 12.5
 * million", "SDG 2,000 a kilo", "500 NIS"). Left out: the codes that are
 * English words or other names in capitals ("TRY", "ALL", "TOP", "MAD",
 * "COP", "PEN", "RON", "AMD", "SOS"). */
static const currency iso_codes[] = {
	{ "usd", "USD" }, { "eur", "EUR" }, { "gbp", "GBP" }, { "jpy", "JPY" }, { "cny", "CNY" },
	{ "rmb", "CNY" }, { "inr", "INR" }, { "pkr", "PKR" }, { "bdt", "BDT" }, { "lkr", "LKR" },
	{ "npr", "NPR" }, { "afn", "AFN" }, { "irr", "IRR" }, { "iqd", "IQD" }, { "syp", "SYP" },
	{ "lbp", "LBP" }, { "jod", "JOD" }, { "ils", "ILS" }, { "nis", "ILS" }, { "egp", "EGP" },
	{ "sar", "SAR" }, { "aed", "AED" }, { "qar", "QAR" }, { "kwd", "KWD" }, { "bhd", "BHD" },
	{ "omr", "OMR" }, { "yer", "YER" }, { "sdg", "SDG" }, { "ssp", "SSP" }, { "etb", "ETB" },
	{ "kes", "KES" }, { "ksh", "KES" }, { "ugx", "UGX" }, { "tzs", "TZS" }, { "rwf", "RWF" },
	{ "ngn", "NGN" }, { "ghs", "GHS" }, { "zar", "ZAR" }, { "xof", "XOF" }, { "xaf", "XAF" },
	{ "cdf", "CDF" }, { "mwk", "MWK" }, { "zmw", "ZMW" }, { "mzn", "MZN" }, { "dzd", "DZD" },
	{ "tnd", "TND" }, { "lyd", "LYD" }, { "uah", "UAH" }, { "rub", "RUB" }, { "byn", "BYN" },
	{ "pln", "PLN" }, { "czk", "CZK" }, { "huf", "HUF" }, { "sek", "SEK" }, { "nok", "NOK" },
	{ "dkk", "DKK" }, { "chf", "CHF" }, { "aud", "AUD" }, { "nzd", "NZD" }, { "cad", "CAD" },
	{ "hkd", "HKD" }, { "sgd", "SGD" }, { "twd", "TWD" }, { "krw", "KRW" }, { "thb", "THB" },
	{ "vnd", "VND" }, { "idr", "IDR" }, { "myr", "MYR" }, { "php", "PHP" }, { "mmk", "MMK" },
	{ "brl", "BRL" }, { "mxn", "MXN" }, { "ars", "ARS" }, { "clp", "CLP" }, { "htg", "HTG" },
	{ "kzt", "KZT" },
};

/* Words after which a number names a thing instead of counting one. */
static const char *const label_words[] = {
	"#",           "no.",      "nos.",      "number",  "page",     "p.",         "pp.",
	"vol.",        "room",     "route",     "flight",  "article",  "section",    "chapter",
	"episode",     "season",   "part",      "grade",   "grades",   "level",      "phase",
	"stage",       "version",  "model",     "type",    "category", "class",      "channel",
	"district",    "precinct", "apartment", "suite",   "platform", "gate",       "highway",
	"interstate",  "exit",     "bus",       "box",     "code",     "resolution", "amendment",
	"proposition", "prop.",    "covid",     "sars",    "windows",  "iphone",     "galaxy",
	"ward",        "block",    "row",       "lot",     "pier",     "bay",        "terminal",
	"hangar",      "mark",     "mk",        "title",   "rule",     "paragraph",  "clause",
	"verse",       "psalm",    "psalms",    "figure",  "fig.",     "table",      "exhibit",
	"appendix",    "annex",    "tier",      "week",    "day",      "round",      "game",
	"match",       "act",      "bill",      "formula", "§",        "§§",         "u.s.c.",
	"usc",         "c.f.r.",   "cfr",
};

/* Verbs of change: "rose from 5% to 10%" gives two figures, not a range. */
static const char *const change_verbs[] = {
	"rose",      "rise",     "rises",      "risen",     "rising",   "fell",      "fall",
	"falls",     "fallen",   "falling",    "increased", "increase", "increases", "increasing",
	"decreased", "decrease", "decreases",  "dropped",   "drop",     "drops",     "jumped",
	"jump",      "jumps",    "climbed",    "climb",     "climbs",   "grew",      "grow",
	"grows",     "grown",    "declined",   "decline",   "declines", "went",      "cut",
	"cuts",      "raised",   "raise",      "lowered",   "reduced",  "reduce",    "boosted",
	"doubled",   "tripled",  "slipped",    "slid",      "soared",   "surged",    "plunged",
	"plummeted", "tumbled",  "edged",      "revised",   "changed",  "moved",     "shifted",
	"expanded",  "shrank",   "widened",    "narrowed",  "swelled",  "ballooned", "up",
	"down",      "upgraded", "downgraded", "hiked",     "slashed",  "trimmed",   "lifted",
};

/* Function words that end a counted noun phrase. */
static const char *const stop_words[] = {
	"'s",         "a",     "about",  "according", "after",   "against", "ago",     "all",    "allegedly",
	"already",    "also",  "among",  "an",        "and",     "any",     "apiece",  "are",    "around",
	"as",         "at",    "be",     "been",      "before",  "being",   "between", "both",   "but",
	"by",         "can",   "could",  "did",       "do",      "does",    "during",  "each",   "earlier",
	"either",     "even",  "ever",   "every",     "for",     "from",    "had",     "has",    "have",
	"he",         "her",   "here",   "him",       "his",     "how",     "i",       "if",     "in",
	"including",  "into",  "is",     "it",        "its",     "just",    "last",    "later",  "less",
	"like",       "many",  "may",    "me",        "might",   "more",    "most",    "much",   "must",
	"my",         "near",  "no",     "nor",       "not",     "now",     "of",      "off",    "on",
	"once",       "one",   "only",   "onto",      "or",      "our",     "out",     "over",   "per",
	"reportedly", "shall", "she",    "should",    "since",   "so",      "some",    "still",  "such",
	"than",       "that",  "the",    "their",     "them",    "then",    "there",   "these",  "they",
	"this",       "those", "though", "through",   "to",      "too",     "total",   "toward", "towards",
	"under",      "until", "up",     "upon",      "us",      "very",    "via",     "vs.",    "was",
	"we",         "were",  "what",   "when",      "where",   "whether", "which",   "while",  "who",
	"whom",       "whose", "why",    "will",      "with",    "within",  "without", "would",  "yet",
	"you",        "your",  "ahead",  "amid",      "because", "unless",  "despite", "across", "behind",
	"beyond",
};

/* Words before a counted noun that are not its head ("400 more soldiers"). */
static const char *const pre_modifiers[] = { "more",    "additional", "other", "extra",
	                                     "further", "fewer",      "less" };

/* Irregular plurals and group nouns a determiner quantifier counts. */
static const char *const plural_nouns[] = { "people",     "men",       "women",     "children",  "police",
	                                    "personnel",  "staff",     "cattle",    "livestock", "youth",
	                                    "clergy",     "military",  "militia",   "infantry",  "dead",
	                                    "wounded",    "injured",   "missing",   "money",     "cash",
	                                    "ammunition", "equipment", "aid",       "food",      "fuel",
	                                    "debt",       "land",      "territory", "damage",    "rubble" };

/* Nouns a quantifier makes ordinary language, not an imprecise figure:
 * time spans and abstractions ("many times", "a number of reasons"). */
static const char *const abstract_nouns[] = {
	"times",       "time",     "ways",          "way",         "reasons",     "things",    "thing",
	"occasions",   "respects", "aspects",       "questions",   "issues",      "factors",   "ideas",
	"kinds",       "types",    "sorts",         "forms",       "levels",      "seconds",   "minutes",
	"hours",       "days",     "weeks",         "months",      "years",       "decades",   "centuries",
	"generations", "moments",  "points",        "words",       "respect",     "sense",     "attention",
	"interest",    "work",     "fun",           "trouble",     "effort",      "thought",   "success",
	"support",     "pressure", "criticism",     "controversy", "speculation", "confusion", "concern",
	"concerns",    "problems", "opportunities", "options",     "stuff",       "ways",      "aspects",
	"fronts",      "senses",   "subjects",      "topics",      "changes",     "steps",     "measures",
};

/* Verbs after "many people" that make it a weasel phrase, which attribution
 * reports, not a count. */
static const char *const opinion_verbs[] = {
	"say",       "says",       "said",     "believe",    "believed",  "believes", "think",    "thought",
	"feel",      "felt",       "argue",    "argued",     "claim",     "claimed",  "agree",    "agreed",
	"suggest",   "suggested",  "fear",     "feared",     "worry",     "worried",  "know",     "knew",
	"consider",  "considered", "see",      "saw",        "view",      "viewed",   "wonder",   "wondered",
	"expect",    "assume",     "assumed",  "suspect",    "suspected", "insist",   "insisted", "contend",
	"speculate", "speculated", "question", "questioned", "doubt",     "doubted",  "like",     "want",
	"wanted",    "prefer",     "hope",     "hoped",
};

/* Reporting verbs, which end a noun phrase ("one expert said"). */
static const char *const attribution_verbs[] = { "said",   "says",     "told",      "tells",
	                                         "added",  "reported", "stated",    "announced",
	                                         "warned", "noted",    "explained", "confirmed" };

/* Verbs with no noun of the same spelling: after a number they say what its
 * people do ("six in 10 say"), so there is no counted noun. */
static const char *const verb_only[] = { "say",   "says",     "said",     "told",  "think", "thinks", "believe",
	                                 "agree", "disagree", "disagreed", "feel", "know",  "knew",   "want",
	                                 "wants", "oppose",   "favor",     "favour" };

/* Verbs that make a bare quantifier a subject counting casualties or
 * arrivals ("dozens were killed", "many fled"). */
static const char *const subject_verbs[] = {
	"are",  "were",      "remain",   "remained", "killed",    "wounded",   "injured", "died",
	"fled", "perished",  "drowned",  "arrested", "detained",  "displaced", "missing", "dead",
	"hurt", "evacuated", "gathered", "marched",  "protested", "attended",  "turned",
};

/* Past forms that are not in -ed and no adjectives: "about 150 came out
 * to hear him", "thousands took to the streets". */
static const char *const irregular_past[] = { "came",  "went", "took", "gave", "got",    "ran",
	                                      "stood", "sat",  "fell", "rose", "became", "began",
	                                      "saw",   "met",  "held", "won",  "chose",  "spent" };

/* Past forms not in -ed that are also participles, and so adjectives
 * before a noun as those in -ed are ("2 lost dogs", "the storm left
 * hundreds homeless", "an earthquake struck"). */
static const char *const irregular_participles[] = { "left", "drew",  "sent", "lost", "brought",
	                                             "fled", "kept",  "led",  "made", "struck",
	                                             "shot", "found", "told", "torn", "thrown" };

/* Words after a number that say where, when or in what state its people
 * are, not what they are: "arrested 3 overnight", "found 14 alive". */
static const char *const predicatives[] = { "alive",   "overnight", "apiece",   "again",
	                                    "alone",   "aboard",    "abroad",   "away",
	                                    "instead", "unharmed",  "unhurt",   "today",
	                                    "tonight", "yesterday", "tomorrow", "ago" };

/* The singular name of a duration unit ("years", "hrs" -> "year", "hour"). */
static const char *duration_name(const char *s, size_t len)
{
	static const char *const names[] = { "second", "minute", "hour",   "day",     "week",
		                             "month",  "year",   "decade", "century", "fortnight" };
	if (len >= 3 && memcmp(s, "cen", 3) == 0)
		return "century";
	if (len >= 2 && memcmp(s, "hr", 2) == 0)
		return "hour";
	if (len >= 3 && memcmp(s, "sec", 3) == 0)
		return "second";
	if (len >= 3 && memcmp(s, "min", 3) == 0)
		return "minute";
	for (size_t i = 0; i < CRD_ARRAY_LEN(names); i++) {
		size_t nl = strlen(names[i]);
		if (len >= 3 && len <= nl + 1 && memcmp(names[i], s, len < nl ? len : nl) == 0)
			return names[i];
	}
	return NULL;
}

/* Whether the NUL-terminated word w is exactly s[0..len): the first byte
 * rejects almost every candidate before any length is measured. */
static inline int word_eq(const char *w, const char *s, size_t len)
{
	return len && w[0] == s[0] && strncmp(w, s, len) == 0 && w[len] == '\0';
}

static int in_list(const char *const *list, size_t n, const char *s, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (word_eq(list[i], s, len))
			return 1;
	return 0;
}

#define IN(list, s, len) in_list((list), CRD_ARRAY_LEN(list), (s), (len))

static int wordval_find(const wordval *t, size_t n, const char *s, size_t len, double *v)
{
	for (size_t i = 0; i < n; i++)
		if (word_eq(t[i].w, s, len)) {
			*v = t[i].v;
			return 1;
		}
	return 0;
}

/* The currency code the folded word s[0..len) has in t[0..n), or NULL. */
static const char *currency_find(const currency *t, size_t n, const char *s, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (word_eq(t[i].w, s, len))
			return t[i].code;
	return NULL;
}
#define CURRENCY(list, s, len) currency_find((list), CRD_ARRAY_LEN(list), (s), (len))

/* ---- token helpers -------------------------------------------------------- */

static const char *ttext(const qctx *c, uint32_t t, size_t *len)
{
	return doc_tok_text(c->d, &c->tk[t], len);
}

static inline int is_w(const qctx *c, uint32_t t, const char *w)
{
	return t < c->n && doc_tok_is(c->d, &c->tk[t], w);
}

/* An area: "square" or "sq" and the length after it ("22 million square
 * feet", "400 sq miles"), which the unit takes whole. Returns the token
 * after the unit. */
static uint32_t square_unit(const qctx *c, uint32_t e, qnum *q)
{
	static const char *const lengths[][2] = {
		{ "feet", "square feet" },     { "foot", "square feet" },     { "ft", "square feet" },
		{ "miles", "square miles" },   { "mile", "square miles" },    { "km", "square km" },
		{ "kilometres", "square km" }, { "kilometers", "square km" }, { "metres", "square metres" },
		{ "meters", "square metres" }, { "m", "square metres" },      { "yards", "square yards" },
		{ "inches", "square inches" },
	};
	if (q->kind != QK_MEASURE || !q->unit ||
	    (strcmp(q->unit, "square") != 0 && strcmp(q->unit, "sq") != 0) || e >= c->n ||
	    c->tk[e].kind != TOK_WORD)
		return e;
	for (size_t i = 0; i < CRD_ARRAY_LEN(lengths); i++)
		if (is_w(c, e, lengths[i][0])) {
			q->unit = lengths[i][1];
			return e + 1;
		}
	return e;
}

/* The tokens of "a.m.", "p.m.", "am" or "pm" at t: 1, or 3 for "p.m" with
 * no final dot ("8 p.m--though"), which reads as "p", ".", "m"; else 0. */
static uint32_t meridiem(const qctx *c, uint32_t t)
{
	if (is_w(c, t, "a.m.") || is_w(c, t, "p.m.") || is_w(c, t, "am") || is_w(c, t, "pm"))
		return 1;
	if ((is_w(c, t, "a") || is_w(c, t, "p")) && is_w(c, t + 1, ".") && is_w(c, t + 2, "m") &&
	    !(c->tk[t + 1].flags & TF_SPACE) && !(c->tk[t + 2].flags & TF_SPACE))
		return 3;
	return 0;
}

/* The clock time q->value (hours as a decimal) on the 24-hour clock,
 * given its meridiem: "5:40 p.m." -> 17.67, "12:30 a.m." -> 0.5, "12 p.m."
 * -> 12. */
static void to_24h(qnum *q, int pm)
{
	if (q->value >= 13)
		return; /* "15 p.m." is no time of day we can read */
	if (pm && q->value < 12)
		q->value += 12;
	else if (!pm && q->value >= 12)
		q->value -= 12;
}

/* to_24h() by the meridiem at t, if there is one. */
static void clock24(const qctx *c, uint32_t t, qnum *q)
{
	if (meridiem(c, t))
		to_24h(q, is_w(c, t, "p.m.") || is_w(c, t, "pm") || is_w(c, t, "p"));
}

static int same_sent(const qctx *c, uint32_t a, uint32_t b)
{
	return a < c->n && b < c->n && c->tk[a].sent == c->tk[b].sent;
}

/* Whether a word of the list stands among the n tokens before t in t's
 * sentence ("rose by", "up to 10 years in prison"). */
static int listed_before(const qctx *c, uint32_t t, uint32_t n, const char *const *list, size_t len)
{
	for (uint32_t k = t, i = 0; k > 0 && i < n; i++) {
		k--;
		if (!same_sent(c, k, t))
			break;
		if (doc_tok_in(c->d, k, list, len))
			return 1;
	}
	return 0;
}

/* Token t follows t-1 with no space ("70-150", "$5", "10%"). */
static int glued(const qctx *c, uint32_t t)
{
	return t < c->n && t > 0 && !(c->tk[t].flags & (TF_SPACE | TF_NEWLINE));
}

static int is_plain_word(const qctx *c, uint32_t t)
{
	return t < c->n && c->tk[t].kind == TOK_WORD && !(c->tk[t].flags & TF_DIGIT);
}

static int is_digit_c(char ch)
{
	return ch >= '0' && ch <= '9';
}

/* Whether token t is a list's bullet: a lone mark opening its line or
 * sentence ("- More than 400", "* Nearly 40", "\u2022 At least 31"; the
 * folded view writes every dash "-"). */
static int bullet_mark(const qctx *c, uint32_t t)
{
	const tok *k = &c->tk[t];
	return (t == 0 || (k->flags & (TF_SENT | TF_NEWLINE))) && doc_tok_bullet(c->d, k);
}

/* First token of its sentence, or after an opening quote or bracket, or
 * after a list's bullet. */
static int sent_initial(const qctx *c, uint32_t t)
{
	if (c->tk[t].flags & TF_SENT)
		return 1;
	if (t == 0)
		return 1;
	if (bullet_mark(c, t - 1))
		return 1;
	if (c->tk[t - 1].kind != TOK_PUNCT)
		return 0;
	size_t len;
	const char *s = ttext(c, t - 1, &len);
	if (c->tk[t - 1].flags & TF_SENT)
		return s[0] == '"' || s[0] == '\'' || s[0] == '(' || s[0] == '[';
	/* a clause after a dateline's dash or a colon: "KORVIK — At least 40" */
	if (!(c->tk[t].flags & TF_SPACE))
		return 0;
	if (s[0] == ':')
		return 1;
	return (c->tk[t - 1].flags & TF_SPACE) &&
	       (s[0] == '-' || (len == 3 && memcmp(s, "\xE2\x80", 2) == 0 &&
	                        ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94)));
}

/* Whether the sentence of t is a headline set in title case ("Flooding
 * Kills At Least 400"): of its words of four letters or more, at least
 * three, and four in five of them, capitalised (some end with a full
 * stop). There a capital says nothing of a name. Asked only of capitalised
 * words next to numbers; the answer is kept per sentence. */
static int title_case(const qctx *c, uint32_t t)
{
	uint32_t *memo = &c->tcase[c->tk[t].sent];
	if (*memo)
		return (int)*memo - 1; /* each sentence is read once */
	const seg_sentence *s = &c->d->sents.v[c->tk[t].sent];
	uint32_t long_words = 0, caps = 0;
	for (uint32_t i = s->tok0; i < s->tok1; i++) {
		const tok *k = &c->tk[i];
		if (k->kind != TOK_WORD || (k->flags & TF_DIGIT) || k->fe - k->fs < 4)
			continue;
		long_words++;
		caps += (k->flags & (TF_CAP | TF_UPPER)) != 0;
	}
	int r = caps >= 3 && caps * 5 >= long_words * 4;
	*memo = (uint32_t)r + 1;
	return r;
}

static const char *match_attr(const qctx *c, uint32_t mi, const char *key)
{
	if (!mi)
		return NULL;
	return lex_phrase_attr(c->ls, c->d->matches.v[mi - 1].phrase, key);
}

static int attr_is(const qctx *c, uint32_t mi, const char *key, const char *val)
{
	const char *a = match_attr(c, mi, key);
	return a && strcmp(a, val) == 0;
}

static uint32_t match_end(const qctx *c, uint32_t mi)
{
	return c->d->matches.v[mi - 1].tok1;
}

static uint32_t match_begin(const qctx *c, uint32_t mi)
{
	return c->d->matches.v[mi - 1].tok0;
}

static void take(qctx *c, uint32_t t0, uint32_t t1)
{
	for (uint32_t t = t0; t < t1 && t < c->n; t++)
		c->own[t] = 1;
}

static int free_range(const qctx *c, uint32_t t0, uint32_t t1)
{
	for (uint32_t t = t0; t < t1; t++)
		if (t >= c->n || c->own[t])
			return 0;
	return 1;
}

static uint32_t add_item(qctx *c, int f, uint32_t t0, uint32_t t1)
{
	uint32_t it = doc_add(c->d, f, c->tk[t0].s, c->tk[t1 - 1].e);
	take(c, t0, t1);
	return it;
}

static void attr_word(qctx *c, uint32_t it, const char *key, uint32_t t)
{
	size_t len;
	const char *s = ttext(c, t, &len);
	doc_attr_strn(c->d, it, key, s, len);
}

/* Whether the pair of figures at t ("7-9") is a team's record of wins and
 * losses, not a range: nothing is counted after it, and it stands in
 * brackets after a name ("The Comets (7-9) have lost"), after a verb of
 * moving and "to" ("fell to 2-6", "improved to 4-11") or after a copula with
 * where or against whom ("are 3-5 at home", "is 2-6 against"). A range
 * counts or measures something after it ("7-9 percent", "(7-9 p.m.)"). */
static int win_loss(const qctx *c, uint32_t t)
{
	static const char *const movers[] = {
		"improved", "improves", "improve", "fell",  "falls",  "fall",
		"dropped",  "drops",    "slipped", "slips", "moved",  "moves",
		"climbed",  "climbs",   "evened",  "evens", "pushed", "pulled"
	};
	static const char *const copulas[] = { "is", "are", "was", "were", "now" };
	static const char *const wheres[] = { "at", "on", "against", "overall", "since", "in" };
	if (t == 0 || !same_sent(c, t - 1, t))
		return 0;
	int after_end = t + 1 >= c->n || c->tk[t + 1].kind == TOK_PUNCT;
	if (doc_mark_at(c->d, t - 1, '('))
		return t > 1 && (c->tk[t - 2].flags & TF_CAP) && doc_mark_at(c->d, t + 1, ')');
	if (is_w(c, t - 1, "to"))
		return t > 1 && DOC_TOK_IN(c->d, t - 2, movers) &&
		       (after_end || DOC_TOK_IN(c->d, t + 1, wheres) || is_w(c, t + 1, "with"));
	return DOC_TOK_IN(c->d, t - 1, copulas) && t + 1 < c->n && DOC_TOK_IN(c->d, t + 1, wheres) &&
	       !is_w(c, t + 1, "in");
}

/* ---- plain number parsing ------------------------------------------------- */

/* A digit string "400", "1,200", "4.5" in s[0..n). Sets *v, *intdig (digits
 * before the point), *plain (no comma, no point); 0 when it is not one. */
static int parse_digits(const char *s, size_t n, double *v, int *intdig, int *plain)
{
	double x = 0, frac = 0, div = 1;
	int dot = 0, comma = 0, digits = 0;
	*intdig = 0;
	if (n == 0 || !is_digit_c(s[0]))
		return 0;
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		if (is_digit_c(ch)) {
			digits++;
			if (dot) {
				div *= 10;
				frac += (ch - '0') / div;
			} else {
				x = x * 10 + (ch - '0');
				(*intdig)++;
			}
		} else if (ch == ',' && !dot) {
			comma = 1;
		} else if (ch == '.' && !dot) {
			dot = 1;
		} else {
			return 0;
		}
	}
	if (digits > 15)
		return 0;
	*v = x + frac;
	*plain = !dot && !comma;
	return 1;
}

/* Length of the leading digit part ("4.5" of "4.5m", "28" of "28-year-old"). */
static size_t digit_prefix(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (is_digit_c(s[i]) ||
	                 ((s[i] == ',' || s[i] == '.') && i + 1 < n && is_digit_c(s[i + 1]) && i > 0)))
		i++;
	return i;
}

static int small_number(const char *s, size_t n, double *v)
{
	return wordval_find(small_numbers, CRD_ARRAY_LEN(small_numbers), s, n, v);
}

/* "twenty-five": a tens word, a hyphen, a unit word. */
static int compound_number(const char *s, size_t n, double *v)
{
	/* a number word has 3 to 9 letters ("one" to "seventeen"), a
	 * compound of two at most 19, and all start with one of these
	 * letters: most words stop here */
	if (n < 3 || n > 19 || !memchr("zotfsen", s[0], 7))
		return 0;
	const char *h = memchr(s, '-', n);
	if (!h)
		return small_number(s, n, v);
	double a, b;
	size_t la = (size_t)(h - s);
	if (!small_number(s, la, &a) || !small_number(h + 1, n - la - 1, &b))
		return 0;
	if (a < 20 || (int)a % 10 != 0 || b < 1 || b > 9)
		return 0;
	*v = a + b;
	return 1;
}

/* The value of the number word at token t ("four", "twenty-five"). The same
 * token is asked about from many places, so the answer is kept per token. */
static int tok_number(const qctx *c, uint32_t t, double *v)
{
	uint32_t k = c->wnum[t];
	if (k == 0) {
		size_t len;
		const char *s = ttext(c, t, &len);
		double x;
		k = (c->tk[t].kind == TOK_WORD && compound_number(s, len, &x)) ? (uint32_t)x + 2 : 1;
		c->wnum[t] = k;
	}
	if (k == 1)
		return 0;
	*v = (double)(k - 2);
	return 1;
}

static int scale_at(const qctx *c, uint32_t t, double *v)
{
	if (t >= c->n || c->tk[t].kind != TOK_WORD)
		return 0;
	size_t len;
	const char *s = ttext(c, t, &len);
	return wordval_find(scale_words, CRD_ARRAY_LEN(scale_words), s, len, v);
}

/* A scale word that a hyphen joins to the noun it sizes, one token:
 * "million-barrel" in "a 1.3 million-barrel draw", "billion-a-year". */
static int hyphen_scale_at(const qctx *c, uint32_t t, double *v)
{
	if (t >= c->n || c->tk[t].kind != TOK_WORD || !(c->tk[t].flags & TF_HYPHEN))
		return 0;
	size_t len;
	const char *s = ttext(c, t, &len);
	const char *h = memchr(s, '-', len);
	return h && h > s && wordval_find(scale_words, CRD_ARRAY_LEN(scale_words), s, (size_t)(h - s), v) &&
	       *v >= 1e6;
}

/* ---- dates ------------------------------------------------------------------ */

/* The weekday a token names in full (1-7), or 0. */
static int weekday_at(const qctx *c, uint32_t t)
{
	int abbr = 0;
	int w = t < c->n ? doc_tok_weekday(c->d, &c->tk[t], &abbr) : 0;
	return abbr ? 0 : w;
}

/* The month a token names (1-12), or 0. *abbr is set for "jan." and "jan".
 * Capitalisation is required: "march" and "may" are verbs. */
static int month_word(const qctx *c, uint32_t t, int *abbr)
{
	*abbr = 0;
	return t < c->n ? doc_tok_month(c->d, &c->tk[t], abbr) : 0;
}

/* A day of the month: "12", "12th", "1st". */
static int day_at(const qctx *c, uint32_t t)
{
	if (t >= c->n || !(c->tk[t].flags & TF_DIGIT) || (c->tk[t].flags & TF_HYPHEN))
		return 0;
	size_t len;
	const char *s = ttext(c, t, &len);
	size_t dl = 0;
	while (dl < len && is_digit_c(s[dl]))
		dl++;
	if (dl == 0 || dl > 2)
		return 0;
	if (dl < len) {
		size_t r = len - dl;
		const char *x = s + dl;
		if (r != 2 || !((x[0] == 's' && x[1] == 't') || (x[0] == 'n' && x[1] == 'd') ||
		                (x[0] == 'r' && x[1] == 'd') || (x[0] == 't' && x[1] == 'h')))
			return 0;
	}
	int v = s[0] - '0';
	if (dl == 2)
		v = v * 10 + (s[1] - '0');
	return v >= 1 && v <= 31 ? v : 0;
}

/* "23-25" after a month: the first day of a span of days. */
static int day_range(const qctx *c, uint32_t t)
{
	if (t >= c->n || c->tk[t].kind != TOK_NUM || !(c->tk[t].flags & TF_HYPHEN))
		return 0;
	size_t len;
	const char *s = ttext(c, t, &len);
	int a = 0, b = 0, la = 0, lb = 0;
	size_t i = 0;
	/* three digits at most, enough to refuse a longer run without overflow */
	while (i < len && is_digit_c(s[i]) && la < 3)
		a = a * 10 + (s[i++] - '0'), la++;
	if (i >= len || s[i++] != '-')
		return 0;
	while (i < len && is_digit_c(s[i]) && lb < 3)
		b = b * 10 + (s[i++] - '0'), lb++;
	if (i != len || la < 1 || la > 2 || lb < 1 || lb > 2 || a < 1 || a >= b || b > 31)
		return 0;
	return a;
}

/* A year written out: four digits, 1000-2199. */
static int year_at(const qctx *c, uint32_t t)
{
	if (t >= c->n || c->tk[t].kind != TOK_NUM || (c->tk[t].flags & TF_HYPHEN))
		return 0;
	size_t len;
	const char *s = ttext(c, t, &len);
	if (len != 4)
		return 0;
	for (int i = 0; i < 4; i++)
		if (!is_digit_c(s[i]))
			return 0;
	int v = atoi(s);
	return v >= 1000 && v <= 2199 ? v : 0;
}

static uint32_t emit_abs(qctx *c, uint32_t t0, uint32_t t1, int y, int m, int dday, int wd)
{
	uint32_t it = add_item(c, F_ABSOLUTE_DATE, t0, t1);
	if (it == UINT32_MAX)
		return it;
	if (y)
		doc_attr_num(c->d, it, "year", y);
	if (m)
		doc_attr_num(c->d, it, "month", m);
	if (dday)
		doc_attr_num(c->d, it, "day", dday);
	if (wd)
		doc_attr_str(c->d, it, "weekday", doc_weekday_names[wd - 1]);
	return it;
}

/* A day number right after a month is a count instead when a plural noun
 * follows ("in June 12 people died"); rare, but cheap to rule out. */
static int day_then_noun(const qctx *c, uint32_t t)
{
	if (!is_plain_word(c, t + 1) || (c->tk[t + 1].flags & TF_CAP))
		return 0;
	size_t len;
	const char *s = ttext(c, t + 1, &len);
	return len > 3 && s[len - 1] == 's' && !IN(stop_words, s, len);
}

/* Whether the connector at j and the day after it close a span of days
 * opened by the day before j ("10 to 16", "3 - 5", "between 10 and 16";
 * lead: the span's first token, before which "between" stands for
 * "and"): the token after the second day, or 0. */
static uint32_t day_span_end(const qctx *c, uint32_t lead, uint32_t j, int first)
{
	if (j + 1 >= c->n || !same_sent(c, lead, j + 1))
		return 0;
	int conn = is_w(c, j, "to") || is_w(c, j, "through") || is_w(c, j, "until") || is_w(c, j, "till") ||
	           (doc_mark_at(c->d, j, '-') && c->tk[j].fe - c->tk[j].fs == 1);
	if (!conn && !(is_w(c, j, "and") && lead > 0 && is_w(c, lead - 1, "between")))
		return 0;
	int second = day_at(c, j + 1);
	if (second <= first || day_then_noun(c, j + 1))
		return 0;
	return j + 2;
}

/* Month-first dates at t: "June 12, 2016", "June 12", "June 2016", "in June".
 * Returns the end token, 0 when none; fills y/m/dd. */
static uint32_t month_first(const qctx *c, uint32_t t, int *y, int *m, int *dd)
{
	int abbr;
	int mo = month_word(c, t, &abbr);
	if (!mo)
		return 0;
	*y = *m = *dd = 0;
	uint32_t j = t + 1;
	int day = day_at(c, j);
	int d2 = day_range(c, j);
	if (d2) {
		*m = mo;
		*dd = d2;
		j++;
		uint32_t k = doc_mark_at(c->d, j, ',') ? j + 1 : j;
		if (year_at(c, k) && same_sent(c, t, k)) {
			*y = year_at(c, k);
			j = k + 1;
		}
		return j;
	}
	if (day && same_sent(c, t, j) && !day_then_noun(c, j)) {
		*m = mo;
		*dd = day;
		j++;
		/* "May 10 to 16", "between May 3 and 9": a span of days */
		uint32_t e2 = day_span_end(c, t, j, day);
		if (e2)
			j = e2;
		if (doc_mark_at(c->d, j, ',') && year_at(c, j + 1) && same_sent(c, t, j + 1)) {
			*y = year_at(c, j + 1);
			j += 2;
		} else if (year_at(c, j) && same_sent(c, t, j)) {
			*y = year_at(c, j);
			j++;
		}
		return j;
	}
	uint32_t k = doc_mark_at(c->d, j, ',') ? j + 1 : j;
	if (year_at(c, k) && same_sent(c, t, k)) {
		*m = mo;
		*y = year_at(c, k);
		return k + 1;
	}
	if (abbr && !(c->tk[t].fe > c->tk[t].fs && c->d->view.fold[c->tk[t].fe - 1] == '.'))
		return 0;
	/* A bare month needs a preposition or a time word before it ("in May",
	 * not "Alice May" nor "May I"), or to close a span that a date opened
	 * ("from January to March"). */
	if (t == 0 || !same_sent(c, t - 1, t))
		return 0;
	if (!DOC_TOK_IN(c->d, t - 1, month_preps) &&
	    !(t > 1 && c->own[t - 2] &&
	      (is_w(c, t - 1, "to") || is_w(c, t - 1, "and") || is_w(c, t - 1, "or") ||
	       is_w(c, t - 1, "through") || doc_mark_at(c->d, t - 1, '-'))))
		return 0;
	*m = mo;
	return t + 1;
}

/* Day-first dates at t: "12 June 2016", "12th of June". */
static uint32_t day_first(const qctx *c, uint32_t t, int *y, int *m, int *dd)
{
	/* "10-16 May", "10 to 16 May", "between 10 and 16 May": a span of
	 * days, dated by its first */
	int one = day_at(c, t), day = one ? one : day_range(c, t);
	if (!day)
		return 0;
	uint32_t j = t + 1, e2 = one ? day_span_end(c, t, j, day) : 0;
	if (e2)
		j = e2;
	if (is_w(c, j, "of"))
		j++;
	int abbr;
	int mo = month_word(c, j, &abbr);
	if (!mo || !same_sent(c, t, j))
		return 0;
	*m = mo;
	*dd = day;
	*y = 0;
	j++;
	uint32_t k = doc_mark_at(c->d, j, ',') ? j + 1 : j;
	if (year_at(c, k) && same_sent(c, t, k)) {
		*y = year_at(c, k);
		j = k + 1;
	}
	return j;
}

/* Numeric dates: "2016-06-12" (one token), "12.06.2016" (one token),
 * "12/06/2016" (five glued tokens). Month and day only when unambiguous. */
static uint32_t numeric_date(const qctx *c, uint32_t t, int *y, int *m, int *dd)
{
	if (t >= c->n || c->tk[t].kind != TOK_NUM)
		return 0;
	size_t len;
	const char *s = ttext(c, t, &len);
	int part[3] = { 0, 0, 0 }, plen[3] = { 0, 0, 0 }, np = 0;
	char sep = 0;
	size_t i = 0;
	for (; i < len && np < 3; np++) {
		while (i < len && is_digit_c(s[i])) {
			part[np] = part[np] * 10 + (s[i] - '0');
			if (++plen[np] > 4)
				return 0;
			i++;
		}
		if (i < len) {
			if (s[i] != '-' && s[i] != '.')
				return 0;
			if (sep && s[i] != sep)
				return 0;
			sep = s[i++];
		}
	}
	*y = *m = *dd = 0;
	if (np == 3 && i == len && sep == '-' && plen[0] == 4 && plen[1] <= 2 && plen[2] <= 2) {
		if (part[1] < 1 || part[1] > 12 || part[2] < 1 || part[2] > 31)
			return 0;
		*y = part[0], *m = part[1], *dd = part[2];
		return t + 1;
	}
	if (np == 3 && i == len && sep == '.' && plen[2] == 4 && plen[0] <= 2 && plen[1] <= 2) {
		if (part[1] < 1 || part[1] > 12 || part[0] < 1 || part[0] > 31)
			return 0;
		*y = part[2], *m = part[1], *dd = part[0];
		return t + 1;
	}
	if (np != 1 || i != len)
		return 0;
	/* a/b/c glued together */
	if (!(doc_mark_at(c->d, t + 1, '/') && glued(c, t + 1) && t + 4 < c->n + 0 && glued(c, t + 2) &&
	      c->tk[t + 2].kind == TOK_NUM && doc_mark_at(c->d, t + 3, '/') && glued(c, t + 3) &&
	      c->tk[t + 4].kind == TOK_NUM && glued(c, t + 4)))
		return 0;
	int a = part[0];
	size_t lb, lc;
	const char *sb = ttext(c, t + 2, &lb), *sc = ttext(c, t + 4, &lc);
	if (plen[0] > 2 || lb > 2 || (lc != 2 && lc != 4))
		return 0;
	int b = atoi(sb), yy = atoi(sc);
	if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12))
		return 0;
	*y = lc == 2 ? (yy < 50 ? 2000 + yy : 1900 + yy) : yy;
	if (a > 12) {
		*dd = a, *m = b;
	} else if (b > 12) {
		*m = a, *dd = b;
	}
	return t + 5;
}

/* "mid-June", "early-May": one hyphenated token. */
static int hyphen_month(const qctx *c, uint32_t t)
{
	if (t >= c->n || !(c->tk[t].flags & TF_HYPHEN) || c->tk[t].kind != TOK_WORD)
		return 0;
	size_t len;
	const char *s = ttext(c, t, &len);
	const char *h = memchr(s, '-', len);
	if (!h)
		return 0;
	size_t pl = (size_t)(h - s);
	if (!((pl == 3 && memcmp(s, "mid", 3) == 0) || (pl == 5 && memcmp(s, "early", 5) == 0) ||
	      (pl == 4 && memcmp(s, "late", 4) == 0)))
		return 0;
	const char *r = h + 1;
	size_t rl = len - pl - 1;
	for (int i = 0; i < 12; i++)
		if (word_eq(doc_month_names[i], r, rl))
			return i + 1;
	return 0;
}

static int part_of_day(const qctx *c, uint32_t t)
{
	return t < c->n && DOC_TOK_IN(c->d, t, day_parts);
}

/* Names built on a day: "Super Tuesday", "Good Friday", "USA Today". */
static int named_day(const qctx *c, uint32_t t)
{
	static const char *const namers[] = {
		"super", "black",  "good", "cyber",  "bloody", "ash",    "palm",
		"holy",  "easter", "fat",  "shrove", "maundy", "giving", "usa"
	};
	return t > 0 && (c->tk[t - 1].flags & (TF_CAP | TF_UPPER)) && same_sent(c, t - 1, t) &&
	       DOC_TOK_IN(c->d, t - 1, namers);
}

/* A programme named by a day word, in capitals, before its noun: "Radio
 * 4's Today programme", "on the \"Today\" show", "The Tonight Show". */
static int programme_title(const qctx *c, uint32_t t)
{
	static const char *const shows[] = { "programme", "program", "show" };
	uint32_t k = t + 1;
	if (!(c->tk[t].flags & TF_CAP))
		return 0;
	while (k < c->n && k < t + 3 && c->tk[k].kind == TOK_PUNCT && (c->tk[k].flags & TF_QUOTE))
		k++; /* its closing mark, or two apostrophes: "''Today'' show" */
	return k < c->n && same_sent(c, t, k) && DOC_TOK_IN(c->d, k, shows);
}

/* A weekday at t: "Wednesday", "last Friday", "Friday morning". */
static int relative_weekday(qctx *c, uint32_t t)
{
	int wd = weekday_at(c, t);
	if (!wd || c->own[t] || named_day(c, t))
		return 0;
	/* "Sunday Times", "Monday Night Football": a title, not a day. */
	if (t + 1 < c->n && (c->tk[t + 1].flags & TF_CAP) && same_sent(c, t, t + 1) &&
	    c->tk[t + 1].kind == TOK_WORD && !part_of_day(c, t + 1))
		return 0;
	uint32_t t0 = t, t1 = t + 1;
	if (t > 0 && !c->own[t - 1] && same_sent(c, t - 1, t) &&
	    (is_w(c, t - 1, "last") || is_w(c, t - 1, "next") || is_w(c, t - 1, "this") ||
	     is_w(c, t - 1, "early") || is_w(c, t - 1, "late")))
		t0 = t - 1;
	if (part_of_day(c, t1) && same_sent(c, t, t1))
		t1++;
	uint32_t it = add_item(c, F_RELATIVE_DATE, t0, t1);
	if (it == UINT32_MAX)
		return -1;
	doc_attr_str(c->d, it, "unit", "day");
	doc_attr_str(c->d, it, "day", doc_weekday_names[wd - 1]);
	return 1;
}

/* Whether token t is a word with a capital after a small letter, the way
 * products and their systems are spelled ("iOS", "macOS", "iPhone",
 * "PlayStation", "NimbusOS"), so that a figure after it is the product's
 * version or model, no amount: "iOS 19.2", "PlayStation 5". */
static int camel_word(const qctx *c, uint32_t t)
{
	const char *w = c->d->text + c->tk[t].s;
	size_t len = c->tk[t].e - c->tk[t].s;
	if (c->tk[t].kind != TOK_WORD || len < 3)
		return 0;
	for (size_t i = 1; i < len; i++)
		if (w[i] >= 'A' && w[i] <= 'Z' && w[i - 1] >= 'a' && w[i - 1] <= 'z')
			return !(i == 2 && (w[0] == 'M' || w[0] == 'm') && w[1] == 'c'); /* not "McCain" */
	return 0;
}

static int parse_num(qctx *c, uint32_t t, qnum *q);
static int is_number_candidate(const qctx *c, uint32_t t);
static uint32_t pre_hedge(const qctx *c, uint32_t t, int *kind, uint32_t *mi_out);

/* "two days ago", "three weeks later", "the past two years", "a year earlier". */
static uint32_t relative_span(qctx *c, uint32_t t, const char **unit)
{
	uint32_t j = t;
	int lead = 0;
	if (is_w(c, t, "the") &&
	    (is_w(c, t + 1, "past") || is_w(c, t + 1, "last") || is_w(c, t + 1, "next") ||
	     is_w(c, t + 1, "previous") || is_w(c, t + 1, "following") || is_w(c, t + 1, "coming"))) {
		lead = 1;
		j = t + 2;
	}
	qnum q;
	uint32_t k;
	if (is_w(c, j, "a") || is_w(c, j, "an") || is_w(c, j, "several") || is_w(c, j, "few") ||
	    is_w(c, j, "couple")) {
		k = j + 1;
		if (is_w(c, k, "few") || is_w(c, k, "couple"))
			k++;
		if (is_w(c, k, "of"))
			k++;
	} else if (j < c->n && is_number_candidate(c, j) && parse_num(c, j, &q) && q.kind == QK_DURATION &&
	           q.unit) {
		k = q.t1 - 1; /* the unit word is the atom's last token */
		/* "about 10,000 years ago": the figure is hedged, and the
		 * numbers report it */
		int hk;
		uint32_t mi;
		if (!lead && !(q.flags & QF_WEAK) && pre_hedge(c, j, &hk, &mi) < j)
			return 0;
		/* "between 21,000 and 23,000 years ago": so is the end of a
		 * range, whose unit the first figure shares */
		if (!lead && j > 1 &&
		    (is_w(c, j - 1, "and") || is_w(c, j - 1, "to") || doc_mark_at(c->d, j - 1, '-')) &&
		    c->tk[j - 2].kind == TOK_NUM && same_sent(c, j - 2, j)) {
			size_t al;
			const char *as = ttext(c, j - 2, &al);
			double av;
			int ai, ap;
			if (parse_digits(as, al, &av, &ai, &ap) &&
			    av < q.value) /* not "in 1967 and 24 years later" */
				return 0;
		}
	} else {
		return 0;
	}
	if (!DOC_TOK_IN(c->d, k, duration_units) || !same_sent(c, t, k))
		return 0;
	size_t len;
	const char *u = ttext(c, k, &len);
	*unit = duration_name(u, len);
	if (lead)
		return k + 1;
	if (is_w(c, k + 1, "ago") || is_w(c, k + 1, "later") || is_w(c, k + 1, "earlier") ||
	    is_w(c, k + 1, "prior") || is_w(c, k + 1, "previously"))
		return k + 2;
	return 0;
}

static int find_dates(qctx *c)
{
	crd_doc *d = c->d;
	for (uint32_t t = 0; t < c->n; t++) {
		if (c->own[t])
			continue;
		int y = 0, m = 0, dd = 0, wd = 0;
		uint32_t e = 0, s = t;
		if ((wd = weekday_at(c, t)) != 0) {
			uint32_t k = doc_mark_at(c->d, t + 1, ',') ? t + 2 : t + 1;
			if (same_sent(c, t, k)) {
				e = month_first(c, k, &y, &m, &dd);
				if (e && !dd)
					e = 0; /* "Friday in June" is not one date */
				if (!e)
					e = day_first(c, k, &y, &m, &dd);
				if (!e && is_w(c, k, "the"))
					e = day_first(c, k + 1, &y, &m, &dd);
			}
			if (!e)
				wd = 0;
		}
		if (!e)
			e = month_first(c, t, &y, &m, &dd);
		if (!e)
			e = day_first(c, t, &y, &m, &dd);
		if (!e && is_w(c, t, "the") && day_at(c, t + 1) && c->tk[t + 1].kind == TOK_WORD) {
			e = day_first(c, t + 1, &y, &m, &dd);
			if (e)
				s = t + 1;
		}
		if (!e)
			e = numeric_date(c, t, &y, &m, &dd);
		if (!e && (m = hyphen_month(c, t)) != 0)
			e = t + 1;
		if (e) {
			/* "last May", "this June": a month relative to now. */
			if (!y && !dd && !wd && s > 0 &&
			    (is_w(c, s - 1, "last") || is_w(c, s - 1, "next") || is_w(c, s - 1, "this"))) {
				uint32_t it = add_item(c, F_RELATIVE_DATE, s - 1, e);
				if (it == UINT32_MAX)
					return -1;
				doc_attr_str(d, it, "unit", "month");
				doc_attr_num(d, it, "month", m);
			} else if (emit_abs(c, s, e, y, m, dd, wd) == UINT32_MAX) {
				return -1;
			}
			t = e - 1;
			continue;
		}
		/* relative dates */
		uint32_t mi = c->r_start[t];
		if (mi && free_range(c, t, match_end(c, mi)) && !named_day(c, t) && !programme_title(c, t)) {
			uint32_t me = match_end(c, mi);
			if (part_of_day(c, me) && same_sent(c, t, me) && is_w(c, me - 1, "yesterday"))
				me++;
			uint32_t it = add_item(c, F_RELATIVE_DATE, t, me);
			if (it == UINT32_MAX)
				return -1;
			const char *u = match_attr(c, mi, "unit");
			if (u)
				doc_attr_str(d, it, "unit", u);
			t = me - 1;
			continue;
		}
		int r = relative_weekday(c, t);
		if (r < 0)
			return -1;
		if (r) {
			while (t + 1 < c->n && c->own[t + 1])
				t++;
			continue;
		}
		const char *unit = NULL;
		uint32_t re = relative_span(c, t, &unit);
		if (re && free_range(c, t, re)) {
			uint32_t it = add_item(c, F_RELATIVE_DATE, t, re);
			if (it == UINT32_MAX)
				return -1;
			if (unit)
				doc_attr_str(d, it, "unit", unit);
			t = re - 1;
		}
	}
	return d->nomem ? -1 : 0;
}

/* ---- numbers ---------------------------------------------------------------- */

/* The currency an upper-case ISO code at t names ("UAH"), or NULL. */
static const char *iso_code(const qctx *c, uint32_t t)
{
	if (t >= c->n || c->tk[t].kind != TOK_WORD || !(c->tk[t].flags & TF_UPPER))
		return NULL;
	size_t len;
	const char *s = ttext(c, t, &len);
	return len == 3 ? CURRENCY(iso_codes, s, len) : NULL;
}

static int currency_sym(const qctx *c, uint32_t t, const char **code)
{
	if (t >= c->n)
		return 0;
	size_t len;
	const char *s = ttext(c, t, &len);
	if (c->tk[t].kind == TOK_SYM) {
		if (len == 1 && s[0] == '$')
			*code = bare_dollar;
		else if (len == 2 && memcmp(s, "\xc2\xa3", 2) == 0)
			*code = "GBP";
		else if (len == 3 && memcmp(s, "\xe2\x82\xac", 3) == 0)
			*code = "EUR";
		else if (len == 2 && memcmp(s, "\xc2\xa5", 2) == 0)
			*code = "JPY";
		else if (len == 3 && memcmp(s, "\xe2\x82\xb9", 3) == 0)
			*code = "INR";
		else if (len == 3 && memcmp(s, "\xe2\x82", 2) == 0) {
			/* the signs of U+20A0-U+20BF: naira, won, new shekel, dong,
			 * peso, hryvnia, tenge, lira, ruble */
			static const struct {
				unsigned char b;
				const char *code;
			} signs[] = { { 0xa6, "NGN" }, { 0xa9, "KRW" }, { 0xaa, "ILS" },
				      { 0xab, "VND" }, { 0xb1, "PHP" }, { 0xb4, "UAH" },
				      { 0xb8, "KZT" }, { 0xba, "TRY" }, { 0xbd, "RUB" } };
			for (size_t i = 0; i < CRD_ARRAY_LEN(signs); i++)
				if ((unsigned char)s[2] == signs[i].b) {
					*code = signs[i].code;
					return 1;
				}
			return 0;
		} else
			return 0;
		return 1;
	}
	if (c->tk[t].kind == TOK_WORD && (c->tk[t].flags & (TF_UPPER | TF_CAP))) {
		const char *named = CURRENCY(currency_codes, s, len);
		if (named) {
			*code = named;
			return 1;
		}
		const char *iso = iso_code(c, t);
		/* "SDG 4" is a development goal, "SDG 2,000" an amount: the
		 * goals are numbered 1 to 17 */
		if (iso && !(strcmp(iso, "SDG") == 0 && t + 1 < c->n && c->tk[t + 1].kind == TOK_NUM &&
		             c->tk[t + 1].fe - c->tk[t + 1].fs <= 2)) {
			*code = iso;
			return 1;
		}
	}
	return 0;
}

/* "cents", "pence": a currency word counting hundredths. */
static int hundredths(const qctx *c, uint32_t t)
{
	return is_w(c, t, "cents") || is_w(c, t, "pence");
}

/* Whether the input has a capital right after the first hyphen of token t
 * ("2-Council", a wire story's update number glued to its headline). */
static int cap_after_hyphen(const qctx *c, uint32_t t)
{
	const char *s = c->d->text + c->tk[t].s;
	const char *h = memchr(s, '-', c->tk[t].e - c->tk[t].s);
	return h && h + 1 < c->d->text + c->tk[t].e && h[1] >= 'A' && h[1] <= 'Z';
}

/* The dollar a capitalised prefix glued to "$" at t names ("C$40 million",
 * "HK$2 billion", "A$5"), or NULL. */
static const char *dollar_prefix(const qctx *c, uint32_t t)
{
	static const currency prefixes[] = {
		{ "c", "CAD" },  { "ca", "CAD" }, { "can", "CAD" }, { "hk", "HKD" },
		{ "a", "AUD" },  { "au", "AUD" }, { "nz", "NZD" },  { "s", "SGD" },
		{ "us", "USD" }, { "nt", "TWD" }, { "r", "BRL" },   { "mx", "MXN" },
	};
	size_t sl;
	const char *sym = ttext(c, t, &sl);
	if (sl != 1 || sym[0] != '$')
		return NULL; /* "S&P", "R&D", "C#" */
	if (t == 0 || !glued(c, t) || c->tk[t - 1].kind != TOK_WORD ||
	    !(c->tk[t - 1].flags & (TF_CAP | TF_UPPER)) ||
	    (t > 1 && glued(c, t - 1) && c->tk[t - 2].kind != TOK_PUNCT))
		return NULL;
	size_t len;
	const char *s = ttext(c, t - 1, &len);
	if (len != 1 && !(c->tk[t - 1].flags & TF_UPPER))
		return NULL; /* "Hk$" */
	return CURRENCY(prefixes, s, len);
}

/* A currency mark glued to its figure in token t ("Rs256.13", "Sh84.7bn",
 * "KSh500", "Php45", "R18.92", "N1.3", "P5"): the length of the mark, and
 * its currency in *code, or 0. A lone capital is a currency only when the
 * figure has a point, a comma or a scale ("R900 million"), "per" follows
 * ("P5 per kilo") or the same mark stands on a figure two tokens away ("P45
 * to P48"): "P5" and "N1" are also groups and roads. */
static size_t money_mark(const qctx *c, uint32_t t, const char **code)
{
	static const currency marks[] = { { "rs", "INR" },   { "sh", "KES" },  { "ksh", "KES" },
		                          { "kshs", "KES" }, { "php", "PHP" }, { "n", "NGN" },
		                          { "r", "ZAR" },    { "p", "PHP" } };
	if (t >= c->n || c->tk[t].kind != TOK_WORD || !(c->tk[t].flags & TF_DIGIT) ||
	    (c->tk[t].flags & TF_HYPHEN) || !(c->tk[t].flags & TF_CAP))
		return 0;
	size_t len, k = 0;
	const char *s = ttext(c, t, &len);
	while (k < len && s[k] >= 'a' && s[k] <= 'z')
		k++;
	if (k == 0 || k == len || !is_digit_c(s[k]))
		return 0;
	const char *cur = CURRENCY(marks, s, k);
	if (!cur)
		return 0;
	if (k == 1) {
		size_t d = k;
		while (d < len && (is_digit_c(s[d]) || s[d] == ',' || s[d] == '.'))
			d++;
		double v;
		int sep = memchr(s + k, ',', d - k) || memchr(s + k, '.', d - k);
		int scaled =
		        d < len ? wordval_find(scale_words, CRD_ARRAY_LEN(scale_words), s + d, len - d, &v) ||
		                          (len - d == 1 && (s[d] == 'm' || s[d] == 'k'))
		                : scale_at(c, t + 1, &v) && same_sent(c, t, t + 1);
		int twin = 0;
		for (uint32_t o = t > 2 ? t - 2 : 0; o <= t + 2 && o < c->n && !twin; o++) {
			size_t ol;
			const char *os = ttext(c, o, &ol);
			twin = o != t && same_sent(c, t, o) && c->tk[o].kind == TOK_WORD &&
			       (c->tk[o].flags & TF_CAP) && ol > 1 && os[0] == s[0] && is_digit_c(os[1]);
		}
		if (d < len && !scaled)
			return 0; /* "R2d2"-like */
		if (!sep && !scaled && !twin && !(is_w(c, t + 1, "per") && same_sent(c, t, t + 1)))
			return 0;
	}
	if (code)
		*code = cur;
	return k;
}

/* Whether the words from e say the amount before them is in US dollars:
 * "$22 in current U.S. dollars", "$5 (American dollars)". */
static int us_dollars_after(const qctx *c, uint32_t e)
{
	for (uint32_t k = e; k < c->n && k < e + 5 && same_sent(c, e, k); k++)
		if (is_w(c, k, "dollars") || is_w(c, k, "dollar"))
			return k > e && (is_w(c, k - 1, "u.s.") || is_w(c, k - 1, "us") ||
			                 is_w(c, k - 1, "american") ||
			                 (is_w(c, k - 1, "states") && k > e + 1 && is_w(c, k - 2, "united")));
	return 0;
}

/* "1-in-100-year", "1-in-1,000-year" (read "1-in-1", ",", "000-year"), "a
 * 1-in-5 chance": the part of token t after "N-in-" is r[0..rl). With
 * "-year" the figure is the return period, a duration of the years it is
 * one in, as "a 100-year flood"; without, a share with unit "ratio", as
 * "one in five". */
static int one_in(const qctx *c, uint32_t t, const char *r, size_t rl, qnum *q)
{
	size_t dl = digit_prefix(r, rl);
	double whole;
	int intdig, plain;
	if (!parse_digits(r, dl, &whole, &intdig, &plain))
		return q->kind = QK_LABEL, 1;
	const char *rest = r + dl;
	size_t restl = rl - dl;
	uint32_t end = t + 1;
	/* thousands the tokenizer split off at the comma */
	while (restl == 0 && doc_mark_at(c->d, end, ',') && glued(c, end) && glued(c, end + 1) &&
	       (c->tk[end + 1].flags & TF_DIGIT)) {
		size_t nl;
		const char *ns = ttext(c, end + 1, &nl);
		size_t gl = digit_prefix(ns, nl);
		double v;
		if (gl < 3 || (gl > 3 && ns[3] != ',') || !parse_digits(ns, gl, &v, &intdig, &plain))
			break;
		for (int i = 0; i < intdig; i++)
			whole *= 10;
		whole += v;
		rest = ns + gl;
		restl = nl - gl;
		end += 2;
	}
	if (whole <= q->value)
		return q->kind = QK_LABEL, 1;
	q->t1 = end;
	if ((restl == 5 && memcmp(rest, "-year", 5) == 0) || (restl == 3 && memcmp(rest, "-yr", 3) == 0)) {
		q->kind = QK_DURATION;
		q->unit = "year";
		q->value = whole;
		return 1;
	}
	if (restl != 0)
		return q->kind = QK_LABEL, 1;
	q->kind = QK_PERCENT;
	q->unit = "ratio";
	q->value = 100.0 * q->value / whole;
	return 1;
}

/* The value of a spelled ordinal from "second" to "twentieth", or 0. */
static int ordinal_word(const char *s, size_t len)
{
	static const char *const ordinals[] = { "second",     "third",      "fourth",    "fifth",
		                                "sixth",      "seventh",    "eighth",    "ninth",
		                                "tenth",      "eleventh",   "twelfth",   "thirteenth",
		                                "fourteenth", "fifteenth",  "sixteenth", "seventeenth",
		                                "eighteenth", "nineteenth", "twentieth" };
	if (len < 5 || !memchr("tfsent", s[0], 6))
		return 0;
	for (size_t i = 0; i < CRD_ARRAY_LEN(ordinals); i++)
		if (word_eq(ordinals[i], s, len))
			return (int)i + 2;
	return 0;
}

/* "17 384", "4 210 MW", "1 250 000": groups of three digits after a single
 * space, thousands written the SI way. Joins the groups after the digits
 * at t into q (value, t1, and the unit of a last group such as "384MW")
 * and returns 1; 0, leaving q alone, when none follows, when a group is
 * the first one again ("273 273 Retweets", a page's counts) or when
 * another figure stands before or after (a phone number, "555 123 4567"). */
static int parse_core(qctx *c, uint32_t t, qnum *q);

static int spaced_thousands(qctx *c, uint32_t t, qnum *q)
{
	double v = q->value;
	uint32_t g = t + 1, last = 0;
	size_t l0;
	const char *s0 = ttext(c, t, &l0);
	/* a group after another figure and a space is a phone number's
	 * ("0800 555 111", "1800 666 111"), no thousands */
	if (t > 0 && c->tk[t - 1].kind == TOK_NUM && same_sent(c, t - 1, t) &&
	    c->tk[t].s == c->tk[t - 1].e + 1 && c->d->text[c->tk[t - 1].e] == ' ')
		return 0;
	for (; g < c->n && same_sent(c, t, g); g++) {
		const char *gap = c->d->text + c->tk[g - 1].e;
		size_t gl = c->tk[g].s - c->tk[g - 1].e;
		if (!((gl == 1 && gap[0] == ' ') || (gl == 2 && memcmp(gap, "\xc2\xa0", 2) == 0) ||
		      (gl == 3 &&
		       (memcmp(gap, "\xe2\x80\x89", 3) == 0 || memcmp(gap, "\xe2\x80\xaf", 3) == 0))))
			break;
		size_t len;
		const char *s = ttext(c, g, &len);
		if (len < 3 || !is_digit_c(s[0]) || !is_digit_c(s[1]) || !is_digit_c(s[2]) ||
		    (len > 3 && (c->tk[g].kind != TOK_WORD || is_digit_c(s[3]) || s[3] == ',' ||
		                 s[3] == '.' || (c->tk[g].flags & TF_HYPHEN))))
			break;
		if (g == t + 1 && len >= l0 && memcmp(s, s0, l0) == 0)
			return 0;
		v = v * 1000 + (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
		last = g;
		if (len > 3)
			break; /* "384MW": a unit ends the figure */
	}
	if (!last)
		return 0;
	if (last + 1 < c->n && c->tk[last].kind == TOK_NUM && c->tk[last + 1].kind == TOK_NUM &&
	    same_sent(c, t, last + 1))
		return 0;
	qnum u = *q;
	if (c->tk[last].kind == TOK_WORD) {
		memset(&u, 0, sizeof u);
		u.scale = 1;
		if (!parse_core(c, last, &u) || (u.flags & QF_SCALED) || u.kind == QK_LABEL ||
		    u.kind == QK_ORDINAL)
			return 0;
		u.value = v;
	} else {
		u.value = v;
		u.t1 = last + 1;
	}
	u.flags &= (uint16_t)~QF_INT;
	*q = u;
	return 1;
}

/* The time zone at e after a clock time ("1530 GMT", "19.30 BST"): its
 * name, or NULL. "GMT" and "UTC" in any case, the others in capitals
 * ("est." is an estimate). */
static const char *time_zone(const qctx *c, uint32_t e)
{
	static const char *const zones[] = { "GMT",  "UTC",  "BST", "CET", "CEST", "EST", "EDT",
		                             "CST",  "CDT",  "MST", "MDT", "PST",  "PDT", "IST",
		                             "AEST", "AEDT", "EAT", "WAT", "SAST", "JST", "HKT" };
	if (e >= c->n || c->tk[e].kind != TOK_WORD)
		return NULL;
	size_t len;
	const char *s = ttext(c, e, &len);
	for (size_t i = 0; i < CRD_ARRAY_LEN(zones); i++) {
		if (strlen(zones[i]) != len || (i > 1 && !(c->tk[e].flags & TF_UPPER)))
			continue;
		size_t k = 0;
		while (k < len && s[k] == zones[i][k] - 'A' + 'a')
			k++;
		if (k == len)
			return zones[i];
	}
	return NULL;
}

/* "19.30", "7.45": hours and minutes with a point, as British copy writes
 * the time; the hours as a decimal, or -1. */
static double dotted_clock(const qctx *c, uint32_t t)
{
	size_t len;
	const char *s = ttext(c, t, &len);
	if (c->tk[t].kind != TOK_NUM || (len != 4 && len != 5) || s[len - 3] != '.' || !is_digit_c(s[0]) ||
	    !is_digit_c(s[len - 4]) || !is_digit_c(s[len - 2]) || !is_digit_c(s[len - 1]))
		return -1;
	int h = len == 5 ? (s[0] - '0') * 10 + (s[1] - '0') : s[0] - '0';
	int m = (s[len - 2] - '0') * 10 + (s[len - 1] - '0');
	return h < 24 && m < 60 ? h + m / 60.0 : -1;
}

/* The numeric core at t: digits, digits with a suffix, or words. Fills
 * q->value/base/flags/kind/t1 and returns 1, or 0 when no number starts
 * here. */
static int parse_core(qctx *c, uint32_t t, qnum *q)
{
	const tok *k = &c->tk[t];
	size_t len;
	const char *s = ttext(c, t, &len);
	q->t1 = t + 1;
	if (k->kind == TOK_NUM && !(k->flags & TF_HYPHEN)) {
		int intdig, plain;
		if (!parse_digits(s, len, &q->value, &intdig, &plain)) {
			q->kind = QK_LABEL; /* "1.2.3" */
			return 1;
		}
		if (plain)
			q->flags |= QF_INT;
		if (intdig > 1 && s[0] == '0')
			q->kind = QK_LABEL; /* "007", "0800" */
		else if (plain && intdig <= 3 && spaced_thousands(c, t, q))
			return 1;
		/* "24/7", "9/11", "1/2": not a count */
		if (doc_mark_at(c->d, t + 1, '/') && glued(c, t + 1) && t + 2 < c->n &&
		    c->tk[t + 2].kind == TOK_NUM && glued(c, t + 2)) {
			q->kind = QK_LABEL;
			q->t1 = t + 3;
		}
		/* "3:30" */
		else if (doc_mark_at(c->d, t + 1, ':') && glued(c, t + 1) && t + 2 < c->n &&
		         (c->tk[t + 2].kind == TOK_NUM || (c->tk[t + 2].flags & TF_DIGIT)) &&
		         glued(c, t + 2) && intdig <= 2) {
			size_t ml;
			const char *ms = ttext(c, t + 2, &ml);
			int mi, mp;
			double mv;
			/* "5:02pm": the meridiem glued to the minutes */
			int pm = -1;
			if (c->tk[t + 2].kind != TOK_NUM) {
				if (ml == 4 && (memcmp(ms + 2, "am", 2) == 0 || memcmp(ms + 2, "pm", 2) == 0))
					pm = ms[2] == 'p';
				else if (ml == 6 &&
				         (memcmp(ms + 2, "a.m.", 4) == 0 || memcmp(ms + 2, "p.m.", 4) == 0))
					pm = ms[2] == 'p';
				else
					return 1; /* "3:4G" */
				ml = 2;
			}
			q->kind = QK_TIME;
			q->t1 = t + 3;
			if (ml == 2 && parse_digits(ms, ml, &mv, &mi, &mp) && mv < 60)
				q->value += mv / 60; /* hours, as a decimal */
			if (pm >= 0)
				to_24h(q, pm);
		}
		return 1;
	}
	if (k->kind == TOK_NUM) {
		/* "70-150", "555-1234", "5-4", "2015-16" */
		const char *h = memchr(s, '-', len);
		double a, b;
		int ia, ib, pa, pb;
		size_t la = (size_t)(h - s), lb = len - la - 1;
		if (!h || memchr(h + 1, '-', lb) || !parse_digits(s, la, &a, &ia, &pa) ||
		    !parse_digits(h + 1, lb, &b, &ib, &pb)) {
			q->kind = QK_LABEL;
			return 1;
		}
		q->value = a;
		if (pa && ia == 4 && a >= 1800 && a <= 2100 && (ib == 2 || (ib == 4 && b > a))) {
			q->kind = QK_YEAR; /* "2015-16", "1990-2000" */
			return 1;
		}
		/* "9-11" is the date of the attacks, as "9/11", unless a unit or
		 * counted word follows ("9-11 years", "9-11 percent") */
		if (len == 4 && memcmp(s, "9-11", 4) == 0 &&
		    !(t + 1 < c->n && c->tk[t + 1].kind == TOK_SYM) &&
		    !(t + 1 < c->n && (c->n_start[t + 1] || DOC_TOK_IN(c->d, t + 1, duration_units) ||
		                       is_w(c, t + 1, "percent")))) {
			q->kind = QK_LABEL;
			return 1;
		}
		/* a score or a tally, whichever side is larger: "by a 42-51
		 * margin", "on a 196-232 vote", "The council voted 5-2", "won
		 * 3-1". One precise count of the first side, the second given as
		 * its tally: both sides are the figure a reader checks, and
		 * neither is a range nor a count of anything else. */
		static const char *const tallies[] = { "margin",   "vote",   "votes",  "split", "decision",
			                               "majority", "ruling", "tally",  "score", "victory",
			                               "win",      "loss",   "defeat", "lead",  "record" };
		static const char *const tally_verbs[] = { "voted",    "vote",     "votes",    "won",
			                                   "win",      "wins",     "lost",     "lose",
			                                   "beat",     "beats",    "defeated", "passed",
			                                   "approved", "rejected", "ruled" };
		if ((t + 1 < c->n && DOC_TOK_IN(c->d, t + 1, tallies)) ||
		    (t > 0 && a >= b && same_sent(c, t - 1, t) && DOC_TOK_IN(c->d, t - 1, tally_verbs))) {
			q->flags |= QF_TALLY;
			q->hi = b;
			return 1;
		}
		if (pa && pb && win_loss(c, t)) {
			q->flags |= QF_TALLY;
			q->hi = b;
			return 1;
		}
		if (a < b && !(s[0] == '0' && ia > 1) && !(h[1] == '0' && ib > 1) && !(ia == 3 && ib == 4) &&
		    ib <= ia + 1) {
			q->flags |= QF_RANGE;
			q->hi = b;
			return 1;
		}
		q->kind = QK_LABEL;
		return 1;
	}
	if (k->kind == TOK_WORD && (k->flags & TF_DIGIT) && !is_digit_c(s[0])) {
		size_t ml = money_mark(c, t, NULL);
		s += ml, len -= ml;
	}
	if (k->kind == TOK_WORD && (k->flags & TF_DIGIT) && is_digit_c(s[0])) {
		size_t dl = digit_prefix(s, len);
		int intdig, plain;
		if (!parse_digits(s, dl, &q->value, &intdig, &plain)) {
			q->kind = QK_LABEL;
			return 1;
		}
		const char *r = s + dl;
		size_t rl = len - dl;
		if (rl == 0) {
			/* the figure of "Rs256.13" after its currency mark */
			if (plain)
				q->flags |= QF_INT;
			return 1;
		}
		if (rl > 4 && memcmp(r, "-in-", 4) == 0 && plain && is_digit_c(r[4]))
			return one_in(c, t, r + 4, rl - 4, q);
		if (r[0] == '-') {
			/* "28-year-old", "10-year", "40-odd", "400-plus", "1,200-strong" */
			r++, rl--;
			const char *h = memchr(r, '-', rl);
			size_t wl = h ? (size_t)(h - r) : rl;
			int old = h && ((rl - wl - 1 == 3 && memcmp(h + 1, "old", 3) == 0) ||
			                (rl - wl - 1 == 4 && memcmp(h + 1, "olds", 4) == 0));
			/* a court's docket number: "1:25-cr-10233", "23-cv-04417",
			 * a year, a short code and a serial of three digits or more */
			if (h && wl >= 1 && wl <= 3 && rl - wl - 1 >= 3 &&
			    digit_prefix(h + 1, rl - wl - 1) == rl - wl - 1) {
				q->kind = QK_LABEL;
				return 1;
			}
			if (old && ((wl == 4 && memcmp(r, "year", 4) == 0) ||
			            (wl == 5 && memcmp(r, "month", 5) == 0) ||
			            (wl == 5 && memcmp(r, "years", 5) == 0)))
				q->kind = QK_AGE;
			else if (in_list(duration_units, CRD_ARRAY_LEN(duration_units), r, wl))
				q->kind = QK_DURATION;
			else if (in_list(measure_units, CRD_ARRAY_LEN(measure_units), r, wl))
				q->kind = QK_MEASURE;
			else if (wl == 3 && memcmp(r, "odd", 3) == 0)
				q->hedge_in = H_APPROX;
			else if (wl == 4 && memcmp(r, "plus", 4) == 0)
				q->hedge_in = H_LOWER;
			else if ((wl == 7 && memcmp(r, "percent", 7) == 0))
				q->kind = QK_PERCENT;
			else if (wl == 9 && memcmp(r, "magnitude", 9) == 0) {
				q->kind = QK_MEASURE; /* "a 7.1-magnitude quake" */
				q->unit = "magnitude";
			} else if (wl <= 1 || (cap_after_hyphen(c, t) && !title_case(c, t))) {
				/* "3-D"; "UPDATE 2-Council approves", "5-Star Movement" */
				q->kind = QK_LABEL;
			}
			return 1;
		}
		if ((rl == 2 && (memcmp(r, "st", 2) == 0 || memcmp(r, "nd", 2) == 0 ||
		                 memcmp(r, "rd", 2) == 0 || memcmp(r, "th", 2) == 0)) &&
		    plain) {
			q->kind = QK_ORDINAL;
			return 1;
		}
		/* "2.4pc", "3pct": per cent glued, as British papers write it;
		 * "25bps", "50bp": basis points */
		if ((rl == 2 && memcmp(r, "pc", 2) == 0) || (rl == 3 && memcmp(r, "pct", 3) == 0)) {
			q->kind = QK_PERCENT;
			return 1;
		}
		/* "40p", "99p", "1.5p": pence glued, under a pound (not "720p",
		 * a screen's lines) */
		if (rl == 1 && r[0] == 'p' && c->d->text[k->e - 1] == 'p' && intdig <= 2 && q->value > 0) {
			q->kind = QK_MONEY;
			q->unit = "GBP";
			q->value /= 100;
			q->base = q->value;
			return 1;
		}
		if ((rl == 3 && memcmp(r, "bps", 3) == 0) || (rl == 2 && memcmp(r, "bp", 2) == 0)) {
			q->kind = QK_PERCENT;
			q->unit = "basis points";
			return 1;
		}
		if (rl == 1 && r[0] == 's' && plain && intdig == 4 && q->value >= 1800 && q->value <= 2100) {
			q->kind = QK_YEAR; /* "1990s" */
			return 1;
		}
		double sc;
		if ((rl == 1 && r[0] == 'm') ||
		    wordval_find(scale_words, CRD_ARRAY_LEN(scale_words), r, rl, &sc) ||
		    (rl == 1 && (r[0] == 'k' || r[0] == 'b'))) {
			if (rl == 1)
				sc = r[0] == 'm' ? 1e6 : r[0] == 'k' ? 1e3 : 1e9;
			if (rl == 1 && r[0] == 'm')
				q->flags |= QF_M;
			q->base = q->value;
			q->scale = sc;
			q->value *= sc;
			q->flags |= QF_SCALED;
			return 1;
		}
		if ((rl == 2 && (memcmp(r, "am", 2) == 0 || memcmp(r, "pm", 2) == 0)) ||
		    (rl == 4 && (memcmp(r, "a.m.", 4) == 0 || memcmp(r, "p.m.", 4) == 0))) {
			q->kind = QK_TIME; /* "10pm" */
			to_24h(q, r[0] == 'p');
			return 1;
		}
		/* "5G", "4G": a network, not grams */
		if (rl == 1 && r[0] == 'g' && c->d->text[k->e - 1] == 'G') {
			q->kind = QK_LABEL;
			return 1;
		}
		if (in_list(measure_units, CRD_ARRAY_LEN(measure_units), r, rl)) {
			q->kind = QK_MEASURE;
			for (size_t i = 0; i < CRD_ARRAY_LEN(measure_units); i++)
				if (word_eq(measure_units[i], r, rl))
					q->unit = measure_units[i];
			return 1;
		}
		/* "44C", "104F": degrees, written in capitals ("44c" may be cents) */
		if (rl == 1 && (r[0] == 'c' || r[0] == 'f') &&
		    (c->d->text[k->e - 1] == 'C' || c->d->text[k->e - 1] == 'F')) {
			q->kind = QK_MEASURE;
			q->unit = r[0] == 'c' ? "C" : "F";
			return 1;
		}
		q->kind = QK_LABEL; /* "4g", "mp3"-like, "20s" */
		return 1;
	}
	if (k->kind != TOK_WORD)
		return 0;
	/* "magnitude-6.2", which the tokenizer reads "magnitude-6", ".", "2" */
	if ((k->flags & TF_DIGIT) && len > 10 && memcmp(s, "magnitude-", 10) == 0) {
		int intdig, plain;
		if (!parse_digits(s + 10, len - 10, &q->value, &intdig, &plain))
			return 0;
		if (doc_mark_at(c->d, t + 1, '.') && glued(c, t + 1) && t + 2 < c->n &&
		    c->tk[t + 2].kind == TOK_NUM && glued(c, t + 2)) {
			size_t fl;
			const char *fs = ttext(c, t + 2, &fl);
			double fv, div = 1;
			if (parse_digits(fs, fl, &fv, &intdig, &plain) && plain) {
				for (size_t i = 0; i < fl; i++)
					div *= 10;
				q->value += fv / div;
				q->t1 = t + 3;
			}
		}
		q->kind = QK_MEASURE;
		q->unit = "magnitude";
		return 1;
	}

	/* "nearly twice the legal limit": a multiple, and "at least the
	 * fourth": an ordinal, both numbers only when bounded (QF_WEAK; "she
	 * called twice", "the fourth time" are none) */
	int mult = word_eq("twice", s, len) ? 2 : word_eq("thrice", s, len) ? 3 : 0;
	int ord = mult ? 0 : ordinal_word(s, len);
	if (mult || ord) {
		q->value = mult ? mult : ord;
		q->kind = mult ? QK_COUNT : QK_ORDINAL;
		q->flags |= QF_WORD | QF_WEAK;
		return 1;
	}

	/* Spelled numbers. A capitalised one inside a sentence is a title ("Big
	 * Three", "Ocean's Eleven"). */
	if ((k->flags & TF_CAP) && !sent_initial(c, t) && !(k->flags & TF_UPPER))
		return 0;
	/* "net zero": a policy's name, no figure ("net zero targets") */
	if (word_eq("zero", s, len) && t > 0 && is_w(c, t - 1, "net") && same_sent(c, t - 1, t))
		return 0;
	double total = 0, cur = 0, v;
	double big = 1; /* the last scale that closed a group: "three million" */
	int have = 0, last_small = 0, last_scale = 0;
	uint32_t j = t;
	if ((is_w(c, t, "a") || is_w(c, t, "an")) && scale_at(c, t + 1, &v) && same_sent(c, t, t + 1)) {
		cur = 1;
		have = 1;
		j = t + 1;
	} else if (is_w(c, t, "half") && is_w(c, t + 1, "a") && scale_at(c, t + 2, &v) &&
	           same_sent(c, t, t + 2)) {
		cur = 0.5;
		have = 1;
		j = t + 2;
	}
	int weak = 1;
	for (; j < c->n && same_sent(c, t, j); j++) {
		size_t wl;
		const char *w = ttext(c, j, &wl);
		if (c->tk[j].kind != TOK_WORD)
			break;
		if (j > t && (c->tk[j].flags & TF_CAP) && !(c->tk[j].flags & TF_UPPER))
			break;
		if (tok_number(c, j, &v)) {
			if (last_small)
				break;
			cur += v;
			if (v != 1)
				weak = 0;
			have = 1;
			last_small = 1;
			last_scale = 0;
			continue;
		}
		if (have && scale_at(c, j, &v)) {
			if (v == 12 || v == 100)
				cur = (cur ? cur : 1) * v;
			else {
				total += (cur ? cur : 1) * v;
				cur = 0;
				big = v;
			}
			weak = 0;
			q->flags |= QF_SCALED;
			last_small = 0;
			last_scale = 1;
			continue;
		}
		/* "two and a half" */
		if (have && wl == 3 && memcmp(w, "and", 3) == 0 && is_w(c, j + 1, "a") &&
		    is_w(c, j + 2, "half") && !last_scale) {
			cur += 0.5;
			weak = 0;
			j += 2;
			continue;
		}
		/* "two hundred and fifty" */
		if (last_scale && wl == 3 && memcmp(w, "and", 3) == 0 && j + 1 < c->n) {
			double nv;
			if (tok_number(c, j + 1, &nv) && nv < 100)
				continue;
		}
		break;
	}
	if (!have || j == t)
		return 0;
	/* A lone "hundred" or "dozen" is no number without "a" or a count. */
	q->value = total + cur;
	q->base = q->value / big;
	q->scale = big;
	q->flags |= QF_WORD;
	if (weak)
		q->flags |= QF_WEAK;
	q->t1 = j;
	return 1;
}

static int counted_noun(const qctx *c, uint32_t nt);

/* "Police arrested 1999 people", "In 2001, 1800 workers were laid off":
 * a year-like number with no hedge counts when people or groups follow
 * (quantity_nouns without amount=1: "2015 deaths" is a year's) after a
 * comma or a verb, not after a determiner or a name ("their 2016 voters",
 * "Ames 2016 voters"), nor first in a sentence ("2016 voters are"). */
static int count_of_people(const qctx *c, uint32_t n0, uint32_t nh)
{
	/* the groups a year names: "2016 voters", "2020 hopefuls" */
	static const char *const cohorts[] = { "voters",   "candidates", "hopefuls",  "contenders",
		                               "nominees", "graduates",  "delegates", "electors",
		                               "recruits", "rookies",    "freshmen",  "entrants" };
	if (!counted_noun(c, nh) || attr_is(c, c->n_start[nh], "amount", "1") ||
	    DOC_TOK_IN(c->d, nh, cohorts))
		return 0;
	if (n0 == 0 || sent_initial(c, n0))
		return 0; /* "2016 voters are angry" */
	if (doc_mark_at(c->d, n0 - 1, ','))
		return 1;
	if (!is_plain_word(c, n0 - 1) || (c->tk[n0 - 1].flags & (TF_CAP | TF_UPPER)))
		return 0;
	size_t len;
	const char *s = ttext(c, n0 - 1, &len);
	return !IN(stop_words, s, len) && !IN(pre_modifiers, s, len) && !is_w(c, n0 - 1, "another");
}

static int is_year_context(const qctx *c, uint32_t t)
{
	static const char *const year_preps[] = { "in",      "since",   "of",     "by",     "until",
		                                  "till",    "from",    "before", "after",  "during",
		                                  "through", "'s",      "early",  "late",   "mid",
		                                  "the",     "between", "and",    "to",     "circa",
		                                  "summer",  "winter",  "spring", "autumn", "fall" };
	return t > 0 && DOC_TOK_IN(c->d, t - 1, year_preps);
}

static int looks_plural(const char *s, size_t len)
{
	/* peoples named in -is, which looks singular ("Tunis", "Davis") */
	static const char *const demonyms[] = { "israelis", "yemenis",      "iraqis",    "pakistanis",
		                                "somalis",  "saudis",       "kuwaitis",  "emiratis",
		                                "qataris",  "omanis",       "bahrainis", "bangladeshis",
		                                "nepalis",  "azerbaijanis", "kashmiris", "punjabis",
		                                "yazidis",  "alawis" };
	if (len > 8 && memcmp(s + len - 8, "children", 8) == 0)
		return 1; /* "grandchildren", "schoolchildren" */
	return IN(plural_nouns, s, len) || src_plural_form(s, len) ||
	       (len > 5 && s[len - 1] == 's' && s[len - 2] == 'i' && IN(demonyms, s, len));
}

/* A past form or participle in -ed, longer than "used". */
static int ed_word(const char *s, size_t len)
{
	return len > 4 && s[len - 2] == 'e' && s[len - 1] == 'd';
}

/* A past form or participle: in -ed, longer than "used", or irregular. */
static int past_form(const char *s, size_t len)
{
	return ed_word(s, len) || IN(irregular_past, s, len) || IN(irregular_participles, s, len);
}

/* Whether word t, right after a number, is a verb saying what the counted
 * do, so that the number counts no noun: "150 died in", "as many as 30
 * fled", "50 remain missing". A participle before a noun is an adjective
 * ("400 armed men", "millions of displaced people", "a handful of
 * unpaid and overdue invoices"), a hyphenated one always is
 * ("so-called"), and "30 dead" is a noun. */
static int verb_after_number(const qctx *c, uint32_t t, uint32_t sent_tok)
{
	size_t len;
	const char *s = ttext(c, t, &len);
	if (IN(plural_nouns, s, len) || (c->tk[t].flags & TF_HYPHEN))
		return 0;
	static const char *const adjectival[] = { "killed",    "arrested",  "detained",
		                                  "displaced", "evacuated", "drowned" };
	if ((IN(subject_verbs, s, len) && !IN(adjectival, s, len)) || IN(irregular_past, s, len))
		return 1; /* "200 gathered outside" */
	/* a verb in -ing with no plural noun in the words after it: "2.3
	 * million seeking work abroad", but "four remaining serious
	 * candidates" */
	if (len > 4 && memcmp(s + len - 3, "ing", 3) == 0) {
		for (uint32_t k = t + 1; k < c->n && k <= t + 3 && is_plain_word(c, k) &&
		                         same_sent(c, sent_tok, k) && !DOC_TOK_IN(c->d, k, stop_words);
		     k++) {
			size_t nl;
			const char *ns = ttext(c, k, &nl);
			if (looks_plural(ns, nl))
				return 0;
		}
		return 1;
	}
	if (!ed_word(s, len) && !IN(irregular_participles, s, len))
		return 0;
	uint32_t n = t + 1;
	if (is_w(c, n, "and"))
		n++; /* "unresolved and controversial riders" */
	return n >= c->n || !is_plain_word(c, n) || !same_sent(c, sent_tok, n) ||
	       DOC_TOK_IN(c->d, n, stop_words) || DOC_TOK_IN(c->d, n, subject_verbs);
}

/* "The driver, 34, was", "His daughter, 9, was": an age set off by commas
 * after a person named by a common noun, a determiner before it. */
static int apposed_age(const qctx *c, uint32_t n0, uint32_t e)
{
	static const char *const dets[] = {
		"the", "a", "an", "his", "her", "their", "its", "my", "our", "'s"
	};
	if (n0 < 3 || !doc_mark_at(c->d, n0 - 1, ',') || !doc_mark_at(c->d, e, ','))
		return 0;
	uint32_t w = n0 - 2;
	size_t len;
	const char *s = ttext(c, w, &len);
	if (!is_plain_word(c, w) || (c->tk[w].flags & TF_CAP) || IN(stop_words, s, len) ||
	    looks_plural(s, len))
		return 0;
	for (uint32_t k = w; k-- > 0 && w - k <= 3 && same_sent(c, k, w);) {
		if (DOC_TOK_IN(c->d, k, dets))
			return 1;
		if (!is_plain_word(c, k))
			return 0;
	}
	return 0;
}

/* Persons whose number after a copula is their age ("she was 96", "my
 * daughter is five"), and the words that may close such a clause. */
static const char *const age_subjects[] = {
	"he",     "she",    "i",     "daughter", "son",           "wife",        "husband",
	"mother", "father", "mom",   "dad",      "brother",       "sister",      "boy",
	"girl",   "baby",   "child", "grandson", "granddaughter", "grandmother", "grandfather",
	"victim", "suspect"
};
static const char *const age_closers[] = { "when",  "at",    "and", "but",  "in",    "so",   "because",
	                                   "until", "while", "now", "then", "today", "last", "this" };

/* Whether the number at n0, its atom ending at e, is a person's age after
 * a copula: "She was 96.", "since he was six", "My daughter is five",
 * "he turned 40 last year", "she's 30 now". The number closes the clause:
 * no noun nor "of" after it ("he was one of", "she was 12 points ahead"). */
static int copula_age(const qctx *c, uint32_t n0, uint32_t e)
{
	if (n0 < 2 || !same_sent(c, n0 - 2, n0) || !DOC_TOK_IN(c->d, n0 - 2, age_subjects))
		return 0;
	uint32_t v = n0 - 1;
	if (!(is_w(c, v, "was") || is_w(c, v, "is") || is_w(c, v, "turned") || is_w(c, v, "turns") ||
	      (is_w(c, v, "'s") && (is_w(c, n0 - 2, "he") || is_w(c, n0 - 2, "she"))) ||
	      (is_w(c, v, "am") && is_w(c, n0 - 2, "i"))))
		return 0;
	if (e >= c->n || !same_sent(c, n0, e))
		return 1;
	if (c->tk[e].kind == TOK_PUNCT)
		return doc_mark_at(c->d, e, '.') || doc_mark_at(c->d, e, ',') || doc_mark_at(c->d, e, ';') ||
		       doc_mark_at(c->d, e, ')') || doc_mark_at(c->d, e, '!') || doc_mark_at(c->d, e, '?') ||
		       (c->tk[e].flags & TF_QUOTE);
	return DOC_TOK_IN(c->d, e, age_closers);
}

/* Whether a match of lexicon lx ends right before token t1. Matches are
 * sorted by start; a name is a few tokens long. */
static int lexicon_ends_at(const qctx *c, int lx, uint32_t t1)
{
	const crd_doc *d = c->d;
	for (size_t lo = lex_first_match(d, t1 > 8 ? t1 - 8 : 0);
	     lo < d->matches.n && d->matches.v[lo].tok0 < t1; lo++)
		if (lx >= 0 && d->matches.v[lo].lexicon == (uint16_t)lx && d->matches.v[lo].tok1 == t1)
			return 1;
	return 0;
}

/* "Sarah Jones (34) was": an age in brackets after a name, not a place's
 * or an organisation's tally ("Iowa (6)", "Congress (1)"). */
static int bracketed_age(const qctx *c, uint32_t n0, uint32_t e)
{
	if (n0 < 2 || !doc_mark_at(c->d, n0 - 1, '(') || !doc_mark_at(c->d, e, ')') || !glued(c, n0) ||
	    !glued(c, e) || !same_sent(c, n0 - 2, n0) || c->tk[n0 - 2].kind != TOK_WORD ||
	    !(c->tk[n0 - 2].flags & TF_CAP) || (c->tk[n0 - 2].flags & TF_UPPER) ||
	    (e + 1 < c->n && c->tk[e + 1].kind == TOK_NUM))
		return 0;
	return !lexicon_ends_at(c, c->lx_place, n0 - 1) && !lexicon_ends_at(c, c->lx_org, n0 - 1) &&
	       !lexicon_ends_at(c, c->lx_orgname, n0 - 1);
}

/* The head of the noun phrase a number counts: "400 soldiers", "150 enemy
 * combatant casualties", "12 of the victims". Returns the token or UINT32_MAX. */
static uint32_t noun_after(const qctx *c, uint32_t t, uint32_t sent_tok)
{
	uint32_t head = UINT32_MAX;
	if (is_w(c, t, "of") && same_sent(c, sent_tok, t)) {
		t++;
		/* after a pronoun comes the clause's verb ("Several of them
		 * spoke", "the three of them worked"), and no noun, unless a
		 * plural within two words says what they are ("2,000 of them
		 * nurses", "many of them retired teachers") */
		if (is_w(c, t, "whom") || is_w(c, t, "them") || is_w(c, t, "us") || is_w(c, t, "which")) {
			t++;
			int plural = 0;
			for (uint32_t k = t; k < t + 2 && k < c->n && !plural; k++) {
				size_t nl;
				const char *ns = ttext(c, k, &nl);
				if (!is_plain_word(c, k) || !same_sent(c, sent_tok, k))
					break;
				plural = nl > 3 && looks_plural(ns, nl) && !IN(stop_words, ns, nl);
			}
			if (!plural)
				return UINT32_MAX;
		} else if (is_w(c, t, "the") || is_w(c, t, "its") || is_w(c, t, "their") ||
		           is_w(c, t, "his") || is_w(c, t, "her") || is_w(c, t, "our") ||
		           is_w(c, t, "those") || is_w(c, t, "these")) {
			t++;
		}
	}
	int words = 0;
	while (t < c->n && same_sent(c, sent_tok, t) && words < 3) {
		size_t len;
		const char *s = ttext(c, t, &len);
		double v;
		if (words && (c->tk[t].kind == TOK_NUM || small_number(s, len, &v)))
			return UINT32_MAX; /* "six of the past seven contests" counts no "past" */
		if (!is_plain_word(c, t) || (c->tk[t].flags & TF_ABBREV) || c->own[t])
			break; /* a date is no counted noun */
		/* two modifiers joined before a plural noun: "two dozen current
		 * and former employees", "40 red or blue balloons" (a plural
		 * before "and" has ended the phrase already: "12 men and women";
		 * not "zero planning or anything useful") */
		if (words == 1 && (word_eq("and", s, len) || word_eq("or", s, len)) && t + 2 < c->n &&
		    same_sent(c, sent_tok, t + 2) && is_plain_word(c, t + 1) && is_plain_word(c, t + 2) &&
		    !DOC_TOK_IN(c->d, t + 1, stop_words) && !DOC_TOK_IN(c->d, t + 2, stop_words) &&
		    !(c->tk[t + 1].flags & TF_CAP) && !(c->tk[t + 2].flags & TF_CAP)) {
			size_t nl, ml = 0;
			const char *ns = ttext(c, t + 2, &nl);
			const char *ms = t + 3 < c->n ? ttext(c, t + 3, &ml) : NULL;
			/* or a noun before the plural: "current and retired city
			 * workers" */
			if (looks_plural(ns, nl) ||
			    (ms && !looks_plural(ns, nl) && same_sent(c, sent_tok, t + 3) &&
			     is_plain_word(c, t + 3) && !(c->tk[t + 3].flags & TF_CAP) &&
			     !IN(stop_words, ms, ml) && looks_plural(ms, ml))) {
				t += 2; /* the second modifier, which may be a participle */
				continue;
			}
		}
		if (IN(stop_words, s, len) || small_number(s, len, &v) || IN(duration_units, s, len) ||
		    IN(verb_only, s, len) || IN(predicatives, s, len) ||
		    (word_eq("prior", s, len) && is_w(c, t + 1, "to")))
			break; /* "turn 18 prior to", but "two prior convictions" */
		if (IN(pre_modifiers, s, len)) {
			t++;
			continue;
		}
		if (words &&
		    (IN(opinion_verbs, s, len) || IN(subject_verbs, s, len) || IN(attribution_verbs, s, len)))
			break;
		if (!words && verb_after_number(c, t, sent_tok))
			break;
		if (len > 3 && s[len - 2] == 'l' && s[len - 1] == 'y')
			break; /* adverb: "400 reportedly killed" */
		int abbr;
		if (month_word(c, t, &abbr) || weekday_at(c, t))
			break;
		/* "400 soldiers killed", "the rhetoric used", "an earthquake
		 * struck": a participle or a past form ends it */
		if (words && past_form(s, len))
			break;
		head = t;
		words++;
		t++;
		/* "11 police officers": an irregular plural may be a modifier */
		if (looks_plural(s, len)) {
			size_t nl = 0;
			const char *ns = t < c->n ? ttext(c, t, &nl) : NULL;
			if (!(IN(plural_nouns, s, len) && is_plain_word(c, t) && same_sent(c, sent_tok, t) &&
			      !DOC_TOK_IN(c->d, t, stop_words) && looks_plural(ns, nl)))
				break;
		}
		/* "a handful of Ames's claims": read past the possessor */
		if (is_w(c, t, "'s") && same_sent(c, sent_tok, t)) {
			head = UINT32_MAX;
			t++;
		}
	}
	/* a proper name is no counted noun ("thousands of Idaho
	 * and Montana ranchers"), nor is a gerund ("the two doing") */
	if (head != UINT32_MAX) {
		size_t len;
		const char *s = ttext(c, head, &len);
		if ((c->tk[head].flags & TF_CAP) && !looks_plural(s, len))
			return UINT32_MAX;
		if (len > 4 && memcmp(s + len - 3, "ing", 3) == 0)
			return UINT32_MAX;
	}
	return head;
}

/* A share given as a ratio after the count q ("six in 10 voters", "one out
 * of five", "2 in 3"): q becomes its percentage, with unit "ratio", and *end
 * the token after it. Whole numbers only, the part smaller than the whole. */
static int ratio_of(const qctx *c, uint32_t t, uint32_t e, qnum *q, uint32_t *end)
{
	uint32_t k = is_w(c, e, "in") ? e + 1 : is_w(c, e, "out") && is_w(c, e + 1, "of") ? e + 2 : 0;
	if (k == 0 || k >= c->n || c->own[k] || !same_sent(c, t, k) || (q->flags & QF_SCALED) ||
	    !(q->flags & (QF_INT | QF_WORD)) || q->value < 1 || q->value >= 100 || q->value != (double)(long)q->value)
		return 0;
	double whole;
	size_t len;
	const char *s = ttext(c, k, &len);
	int intdig, plain;
	if (c->tk[k].kind == TOK_NUM) {
		if ((c->tk[k].flags & TF_HYPHEN) || !parse_digits(s, len, &whole, &intdig, &plain) || !plain)
			return 0;
	} else if (!tok_number(c, k, &whole)) {
		return 0;
	}
	/* "one in 2016" is a year, "three in 1,000" a rate kept as is */
	if (whole <= q->value || whole > 100)
		return 0;
	q->value = 100.0 * q->value / whole;
	q->kind = QK_PERCENT;
	q->unit = "ratio";
	q->flags &= ~QF_WEAK;
	*end = k + 1;
	return 1;
}

/* The fractions a share of a group is given in, led by a word or written
 * as one ("a third", "two-thirds"). One without a lead is "half" or
 * hyphenated: is_number_candidate() relies on it. */
static const struct fraction {
	const char *lead, *word;
	double share;
} fractions[] = {
	{ NULL, "half", 50 },
	{ "a", "half", 50 },
	{ "one", "half", 50 },
	{ NULL, "one-half", 50 },
	{ "a", "third", 100.0 / 3 },
	{ "one", "third", 100.0 / 3 },
	{ NULL, "one-third", 100.0 / 3 },
	{ "two", "thirds", 200.0 / 3 },
	{ NULL, "two-thirds", 200.0 / 3 },
	{ "a", "quarter", 25 },
	{ "one", "quarter", 25 },
	{ NULL, "one-quarter", 25 },
	{ "three", "quarters", 75 },
	{ NULL, "three-quarters", 75 },
};

/* Words before a fraction that make it a part of a thing, not a share of a
 * group: "the second half", "the western half", "the other half". */
static const char *const part_of_whole[] = { "the",     "first",    "second",   "last", "western",
	                                     "eastern", "northern", "southern", "top",  "bottom",
	                                     "upper",   "lower",    "other" };

/* Verbs after a fraction that make it a share of the people asked, the
 * group left out: "About a third said", "roughly half agreed". */
static const char *const share_verbs[] = { "said",      "say",       "says",      "agreed",     "agree",
	                                   "disagreed", "disagree",  "support",   "supported",  "oppose",
	                                   "opposed",   "favor",     "favored",   "favour",     "favoured",
	                                   "believe",   "believed",  "think",     "thought",    "want",
	                                   "wanted",    "approve",   "approved",  "disapprove", "back",
	                                   "backed",    "prefer",    "preferred", "expect",     "expected",
	                                   "answered",  "responded", "reported" };

/* A share given as a fraction of a group: "half of voters", "a third of
 * the students", "two-thirds of Americans", "three quarters of them",
 * "half the country", or of the people asked ("a third said"). q becomes
 * its percentage, with unit "fraction". Not a part of a thing or a number
 * ("half a sandwich", "a quarter of a million", "one and a half"), nor a
 * half or quarter of a period ("the second half of the year", "the third
 * quarter of 2016"). */
static int fraction_at(const qctx *c, uint32_t t, qnum *q)
{
	for (size_t i = 0; i < CRD_ARRAY_LEN(fractions); i++) {
		uint32_t w = fractions[i].lead ? t + 1 : t;
		if ((fractions[i].lead && !is_w(c, t, fractions[i].lead)) || !is_w(c, w, fractions[i].word) ||
		    w + 1 >= c->n || !same_sent(c, t, w + 1) || c->own[w])
			continue;
		/* "one and a half", "the second half", "its half" */
		double v;
		if (t > 1 && is_w(c, t - 1, "and") &&
		    (c->tk[t - 2].kind == TOK_NUM || tok_number(c, t - 2, &v)))
			return 0;
		if (t > 0 && (c->tk[t - 1].kind == TOK_NUM || DOC_TOK_IN(c->d, t - 1, part_of_whole)))
			return 0; /* "the western half of the state" */
		uint32_t e = w + 1;
		int of = is_w(c, e, "of");
		double sc;
		/* "one-half of one percent", "half a percentage point": a part
		 * of one percent, the share itself */
		uint32_t k = e + (uint32_t)of, pe;
		if (k + 1 < c->n && same_sent(c, t, k + 1) &&
		    (is_w(c, k, "a") || is_w(c, k, "one") || is_w(c, k, "1"))) {
			int points = 0;
			if (is_w(c, k + 1, "percent") || is_w(c, k + 1, "pct") || is_w(c, k + 1, "%"))
				pe = k + 2;
			else if (is_w(c, k + 1, "per") && is_w(c, k + 2, "cent"))
				pe = k + 3;
			else if (is_w(c, k + 1, "percentage") &&
			         (is_w(c, k + 2, "point") || is_w(c, k + 2, "points")))
				pe = k + 3, points = 1;
			else
				pe = 0;
			if (pe && same_sent(c, t, pe - 1)) {
				memset(q, 0, sizeof *q);
				q->scale = 1;
				q->t0 = t;
				q->t1 = pe;
				q->value = q->base = fractions[i].share / 100;
				q->kind = QK_PERCENT;
				q->unit = points ? "points" : NULL;
				q->flags = QF_WORD;
				return 1;
			}
		}
		if (of && (is_w(c, e + 1, "a") || is_w(c, e + 1, "an")) && e + 2 < c->n &&
		    scale_at(c, e + 2, &sc) && same_sent(c, t, e + 2)) {
			/* "a quarter of a million": a count */
			memset(q, 0, sizeof *q);
			q->t0 = t;
			q->t1 = e + 3;
			q->base = fractions[i].share / 100;
			q->scale = sc;
			q->value = q->base * sc;
			q->kind = QK_COUNT;
			q->flags = QF_WORD | QF_SCALED;
			if (is_w(c, q->t1, "dollars") && same_sent(c, t, q->t1)) {
				q->kind = QK_MONEY;
				q->unit = bare_dollar;
				q->t1++;
			}
			return 1;
		}
		if (of && (is_w(c, e + 1, "a") || is_w(c, e + 1, "an") ||
		           (e + 1 < c->n && c->tk[e + 1].kind == TOK_NUM)))
			return 0; /* "half of a sandwich", "half of 2016" */
		int det =
		        strcmp(fractions[i].word, "half") == 0 &&
		        (is_w(c, e, "the") || is_w(c, e, "their") || is_w(c, e, "its") || is_w(c, e, "all"));
		if (!of && !det && !DOC_TOK_IN(c->d, e, share_verbs))
			return 0;
		memset(q, 0, sizeof *q);
		q->scale = 1;
		q->t0 = t;
		q->t1 = e;
		q->value = q->base = fractions[i].share;
		q->kind = QK_PERCENT;
		q->unit = "fraction";
		q->flags = QF_WORD;
		return 1;
	}
	return 0;
}

/* Whether "300m" at t, with no currency before it, is metres: "300m
 * long", "ran the 100m in 9.58 seconds". Millions count people or things
 * ("2m people", "300m users", "2m of them") or are written "13M". */
static int metres(const qctx *c, uint32_t t, uint32_t e)
{
	if (c->d->text[c->tk[t].e - 1] == 'M' || is_w(c, e, "of"))
		return 0;
	uint32_t nh = noun_after(c, e, t);
	if (nh == UINT32_MAX)
		return 1;
	size_t len;
	const char *s = ttext(c, nh, &len);
	return !looks_plural(s, len);
}

/* The words that end a street's name after its number. */
static const char *const street_words[] = { "street",    "st.",     "avenue",   "ave.",    "road",   "rd.",
	                                    "boulevard", "blvd.",   "lane",     "drive",   "place",  "way",
	                                    "court",     "terrace", "crescent", "parkway", "square", "plaza",
	                                    "circle",    "alley",   "pike",     "turnpike" };

/* Verbs after which a number is one to call ("Call 911 now", "dial 999"). */
static const char *const call_verbs[] = { "call",   "calls",   "called", "calling", "dial",
	                                  "dialed", "dialled", "dials",  "dialing", "dialling" };

/* Whether the words from e name a street: capitalised words or an ordinal
 * ("Baker", "Fifth", "5th") and a street word ("221 Baker Street", "350
 * Fifth Avenue", "10 Downing Street"), none of them plural or a function
 * word ("40 Bodies Near Main Street" in a headline counts bodies). */
static int street_after(const qctx *c, uint32_t e)
{
	for (uint32_t k = e; k < c->n && k < e + 4 && same_sent(c, e, k); k++) {
		const tok *p = &c->tk[k];
		if (p->kind != TOK_WORD || !(p->flags & (TF_CAP | TF_UPPER | TF_DIGIT)))
			return 0;
		if (k > e && DOC_TOK_IN(c->d, k, street_words))
			return 1;
		size_t len;
		const char *s = ttext(c, k, &len);
		if (IN(stop_words, s, len) ||
		    ((p->flags & TF_DIGIT) ? !is_digit_c(s[0]) : looks_plural(s, len)))
			return 0;
	}
	return 0;
}

/* Whether the capitalised word before the number at n0 (its atom ending
 * at e, starting at t) names the thing the number labels: "Route 66",
 * "Boeing 737", "Apollo 11 landed". Not a word that opens a sentence
 * before a count ("Another 27 will", "Only 360 Republicans"), nor, in a
 * title-case headline, a verb or a preposition ("Airstrikes Kill 12
 * Members", "Islamist Wounds 9 in Knife Attack", "Slept Through 12
 * Council Meetings"). */
static int name_before(const qctx *c, uint32_t n0, uint32_t e, uint32_t t)
{
	static const char *const openers[] = { "another", "overall", "altogether", "together",  "combined",
		                               "total",   "today",   "tonight",    "meanwhile", "currently",
		                               "already", "yet",     "exactly",    "precisely", "just" };
	const tok *p = &c->tk[n0 - 1];
	if (p->kind != TOK_WORD || !(p->flags & (TF_CAP | TF_UPPER)) || is_w(c, n0 - 1, "i"))
		return 0;
	size_t len;
	const char *s = ttext(c, n0 - 1, &len);
	if (sent_initial(c, n0 - 1))
		return !IN(stop_words, s, len) && !IN(pre_modifiers, s, len) && !IN(openers, s, len) &&
		       !(len > 3 && s[len - 2] == 'l' && s[len - 1] == 'y') &&
		       noun_after(c, e, t) == UINT32_MAX;
	if (!(p->flags & TF_UPPER) && title_case(c, n0 - 1)) {
		if (IN(stop_words, s, len) || ed_word(s, len) ||
		    (len > 3 && s[len - 1] == 's' && s[len - 2] != 's' && s[len - 2] != '\''))
			return 0;
		uint32_t nh = noun_after(c, e, t);
		if (nh != UINT32_MAX) {
			const char *ns = ttext(c, nh, &len);
			if (looks_plural(ns, len))
				return 0;
		}
	}
	return 1;
}

/* The whole number expression at t: a fraction of a group, or currency,
 * core, scale, unit. */
/* Four digits from 1000 to 1799 at n0..e as a year, which before 1800 only
 * its setting tells from a count: a word of time before it ("in 1633",
 * "since 1541", "until 1609", "c. 1120", "the winter of 1709", "the Treaty
 * of 1648", "the years 1066 to 1184"), a lifespan's brackets ("(1591 -
 * 1649)", "(c. 1120 - 1187?)"), or a year before "to" or a dash. A change
 * ("rose by 1500", "from 1200 to 1400 after a cut") is a figure. */
static int early_year(const qctx *c, uint32_t n0, uint32_t e, int depth)
{
	static const char *const preps[] = { "in",     "since", "by",     "until", "till",  "from",
		                             "before", "after", "during", "circa", "years", "year" };
	static const char *const times[] = { "year", "summer", "winter", "spring", "autumn",
		                             "fall", "end",    "start",  "middle", "beginning" };
	uint32_t b = n0;
	if (b > 1 && doc_mark_at(c->d, b - 1, '.') && glued(c, b - 1) &&
	    (is_w(c, b - 2, "c") || is_w(c, b - 2, "ca")))
		b -= 2;                       /* "c. 1120" */
	if (b > 0 && !same_sent(c, b - 1, b)) /* "(c." may end a sentence */
		return 0;
	if (b > 0 && (DOC_TOK_IN(c->d, b - 1, preps) || b < n0) &&
	    !listed_before(c, b - 1, 4, change_verbs, CRD_ARRAY_LEN(change_verbs)))
		return 1;
	if (b > 1 && is_w(c, b - 1, "of") &&
	    (DOC_TOK_IN(c->d, b - 2, times) || ((c->tk[b - 2].flags & TF_CAP) && !sent_initial(c, b - 2))))
		return 1;
	if (b > 0 && doc_mark_at(c->d, b - 1, '(') && doc_mark_at(c->d, e, '-'))
		return 1;
	/* the later side of a span whose earlier side is a year */
	if (depth == 0 && b > 1 && (doc_mark_at(c->d, b - 1, '-') || is_w(c, b - 1, "to")) &&
	    (doc_mark_at(c->d, e, ')') || (doc_mark_at(c->d, e, '?') && doc_mark_at(c->d, e + 1, ')')) ||
	     is_w(c, b - 1, "to"))) {
		uint32_t a = b - 2;
		if (doc_mark_at(c->d, a, '?') && a > 0)
			a--;
		size_t al;
		double v = 0;
		int id, pl;
		const char *as = ttext(c, a, &al);
		if (c->tk[a].kind == TOK_NUM && al == 4 && parse_digits(as, al, &v, &id, &pl) && pl &&
		    v >= 1000 && v <= 2100 && (v >= 1800 || early_year(c, a, a + 1, 1)))
			return 1;
	}
	return 0;
}

/* A measure of distance at t followed at e by "per hour", "an hour" or "/h"
 * ("50 miles per hour", "80km an hour", "90 km/h"): a speed, as "50 mph". Returns the token
 * after the quantity. */
static uint32_t per_hour(const qctx *c, uint32_t t, uint32_t e, qnum *q)
{
	/* the unit written with its slash, which the words split: "90 km/h",
	 * "100 km/hr" */
	if (q->kind == QK_MEASURE && q->unit && strcmp(q->unit, "km") == 0 && doc_mark_at(c->d, e, '/') &&
	    glued(c, e) && glued(c, e + 1) && (is_w(c, e + 1, "h") || is_w(c, e + 1, "hr"))) {
		q->unit = "km/h";
		return e + 2;
	}
	if (q->kind != QK_MEASURE || !q->unit || !(is_w(c, e, "per") || is_w(c, e, "an")) ||
	    !is_w(c, e + 1, "hour") || !same_sent(c, t, e + 1))
		return e;
	const char *u = q->unit;
	const char *speed = strcmp(u, "miles") == 0 || strcmp(u, "mile") == 0         ? "mph"
	                    : strncmp(u, "km", 2) == 0 || strncmp(u, "kilom", 5) == 0 ? "km/h"
	                                                                              : NULL;
	if (!speed)
		return e;
	q->unit = speed;
	return e + 2;
}

/* Whether token t is a minus sign: the hyphen-minus or U+2212, not a
 * dash ("the vote \u2014611 in favor" is no negative figure). */
static int minus_sign(const qctx *c, uint32_t t)
{
	const tok *k = &c->tk[t];
	const char *s = c->d->text + k->s; /* the folded view writes every dash "-" */
	size_t len = k->e - k->s;
	return (len == 1 && s[0] == '-') || (len == 3 && memcmp(s, "\xE2\x88\x92", 3) == 0);
}

static int parse_num(qctx *c, uint32_t t, qnum *q)
{
	memset(q, 0, sizeof *q);
	q->scale = 1;
	if (t >= c->n || c->own[t])
		return 0;
	if (fraction_at(c, t, q))
		return 1; /* q is untouched when it fails */
	q->t0 = t;
	const char *cur = NULL;
	uint32_t j = t, t0 = t;
	if (currency_sym(c, t, &cur)) {
		/* "Rs.500": the mark's full stop glued to the figure */
		if (c->tk[t].kind == TOK_WORD && doc_mark_at(c->d, t + 1, '.') && glued(c, t + 1) &&
		    t + 2 < c->n && c->tk[t + 2].kind == TOK_NUM && glued(c, t + 2))
			j = t + 1;
		if (j + 1 >= c->n || c->own[j + 1] || !same_sent(c, t, j + 1) ||
		    !(c->tk[j + 1].kind == TOK_NUM || (c->tk[j + 1].flags & TF_DIGIT)))
			return 0;
		j++;
		const char *pc = c->tk[t].kind == TOK_SYM ? dollar_prefix(c, t) : NULL;
		if (pc && cur == bare_dollar && !c->own[t - 1] && same_sent(c, t - 1, t)) {
			cur = pc;
			t0 = t - 1;
		}
	} else
		money_mark(c, t, &cur); /* "Rs256.13": parse_core() reads past the mark */
	if (!parse_core(c, j, q))
		return 0;
	if (!cur && j == t && t > 0 && doc_mark_at(c->d, t - 1, '.') && glued(c, t) &&
	    (c->tk[t - 1].flags & TF_SPACE) && c->tk[t - 1].e - c->tk[t - 1].s == 1 && !c->own[t - 1] &&
	    same_sent(c, t - 1, t) && !(q->flags & (QF_WORD | QF_SCALED)) && q->kind == QK_COUNT) {
		/* a decimal written without its zero: "batting .312", "a
		 * .38-caliber revolver" */
		size_t len;
		const char *d = ttext(c, t, &len);
		double div = 1;
		for (size_t i = 0; i < len && is_digit_c(d[i]); i++)
			div *= 10;
		q->value /= div;
		q->flags &= (uint16_t)~QF_INT;
		t0 = t - 1;
	}
	if (!cur && j == t && t > 0 && minus_sign(c, t - 1) && glued(c, t) &&
	    (t == 1 || (c->tk[t - 1].flags & (TF_SPACE | TF_NEWLINE)) || doc_mark_at(c->d, t - 2, '(')) &&
	    !c->own[t - 1] && same_sent(c, t - 1, t) && !(q->flags & (QF_WORD | QF_RANGE)) &&
	    (q->kind == QK_COUNT || q->kind == QK_PERCENT || q->kind == QK_MEASURE)) {
		/* a minus sign glued to the figure and loose from the word
		 * before: "(95% CI -0.9 to 1.7kg)", "from -5 to 3 degrees",
		 * "a change of -2.3 points"; not a range's dash ("5-10") */
		q->value = -q->value;
		t0 = t - 1;
	}
	q->t0 = t0;
	if (!(q->flags & (QF_SCALED | QF_WORD))) {
		q->base = q->value;
		q->scale = 1;
	}
	if ((q->flags & QF_M) && !cur && metres(c, j, q->t1)) {
		q->value = q->base;
		q->scale = 1;
		q->flags &= (uint16_t) ~(QF_SCALED | QF_M);
		q->kind = QK_MEASURE;
		q->unit = "m";
		return 1;
	}
	if (q->kind == QK_LABEL || q->kind == QK_ORDINAL || q->kind == QK_AGE)
		return 1;
	uint32_t e = q->t1;
	/* A scale word after digits: "4.5 million", "$2 bn". */
	double sc;
	if (!(q->flags & (QF_WORD | QF_SCALED)) && q->kind == QK_COUNT && scale_at(c, e, &sc) &&
	    same_sent(c, t, e)) {
		q->value *= sc;
		q->hi *= sc; /* "$8-10 billion" */
		q->scale = sc;
		q->flags |= QF_SCALED;
		e++;
		if (scale_at(c, e, &sc) && sc > q->scale) { /* "1.5 hundred thousand" */
			q->value *= sc;
			q->scale *= sc;
			e++;
		}
	} else if (!(q->flags & (QF_WORD | QF_SCALED)) && q->kind == QK_COUNT && hyphen_scale_at(c, e, &sc) &&
	           same_sent(c, t, e)) {
		q->value *= sc; /* "a 1.3 million-barrel draw", "$2 billion-a-year" */
		q->hi *= sc;
		q->scale = sc;
		q->flags |= QF_SCALED;
		e++;
	} else if (cur && !(q->flags & QF_SCALED) && e < c->n && (is_w(c, e, "m") || is_w(c, e, "k")) &&
	           glued(c, e)) {
		sc = is_w(c, e, "m") ? 1e6 : 1e3;
		q->value *= sc;
		q->scale = sc;
		q->flags |= QF_SCALED;
		e++;
	}
	if (q->kind == QK_TIME) {
		clock24(c, e, q);
		e += meridiem(c, e);
		q->t1 = e;
		return 1;
	}
	if (cur) {
		q->kind = QK_MONEY;
		q->unit = cur == bare_dollar && us_dollars_after(c, e) ? "USD" : cur;
		if (is_w(c, e, "dollars") && same_sent(c, t, e))
			e++;
		q->t1 = e;
		return 1;
	}
	if (q->kind != QK_COUNT) {
		q->t1 = per_hour(c, t, e, q);
		return 1;
	}
	/* "a magnitude 6.8 earthquake" */
	if (t > 0 && !(q->flags & QF_WORD) && is_w(c, t - 1, "magnitude") && same_sent(c, t - 1, t) &&
	    !c->own[t - 1]) {
		q->t0 = t - 1;
		q->kind = QK_MEASURE;
		q->unit = "magnitude";
		q->t1 = e;
		return 1;
	}
	if (e < c->n && same_sent(c, t, e)) {
		size_t len;
		const char *s = ttext(c, e, &len);
		const char *tz = time_zone(c, e);
		if (c->tk[e].kind == TOK_SYM && len == 1 && s[0] == '%') {
			q->kind = QK_PERCENT;
			e++;
		} else if (is_w(c, e, "magnitude") ||
		           (is_w(c, e, "on") && is_w(c, e + 1, "the") && is_w(c, e + 2, "richter") &&
		            is_w(c, e + 3, "scale"))) {
			q->kind = QK_MEASURE; /* "a 6.8 magnitude quake", "5.9 on the Richter scale" */
			q->unit = "magnitude";
			e += is_w(c, e, "magnitude") ? 1 : 4;
		} else if (c->tk[e].kind == TOK_SYM && len == 2 && memcmp(s, "\xc2\xb0", 2) == 0 &&
		           glued(c, e)) {
			/* "44°C", "104°F", "30°" */
			q->kind = QK_MEASURE;
			q->unit = "degrees";
			e++;
			if ((is_w(c, e, "c") || is_w(c, e, "f")) && glued(c, e) && same_sent(c, t, e)) {
				q->unit = is_w(c, e, "c") ? "C" : "F";
				e++;
			}
		} else if (c->tk[e].kind == TOK_SYM && len == 1 && s[0] == '+' && glued(c, e)) {
			q->hedge_in = H_LOWER;
			e++;
		} else if ((is_w(c, e, "bps") || is_w(c, e, "bp")) &&
		           !(c->tk[e].flags & (TF_CAP | TF_UPPER))) {
			q->kind = QK_PERCENT; /* "25 bps", not "500 BP shares" */
			q->unit = "basis points";
			e++;
		} else if (is_w(c, e, "percent") || is_w(c, e, "pct") || is_w(c, e, "pc")) {
			q->kind = QK_PERCENT;
			e++;
		} else if (is_w(c, e, "per") && is_w(c, e + 1, "cent")) {
			q->kind = QK_PERCENT;
			e += 2;
		} else if (is_w(c, e, "percentage") &&
		           (is_w(c, e + 1, "points") || is_w(c, e + 1, "point"))) {
			q->kind = QK_PERCENT;
			q->unit = "points";
			e += 2;
		} else if (is_w(c, e, "basis") && (is_w(c, e + 1, "points") || is_w(c, e + 1, "point"))) {
			/* "a 25 basis point cut" */
			q->kind = QK_PERCENT;
			q->unit = "basis points";
			e += 2;
		} else if (tz && e == t + 1 && dotted_clock(c, t) >= 0) {
			q->kind = QK_TIME; /* "19.30 BST" */
			q->unit = tz;
			q->value = dotted_clock(c, t);
			e++;
		} else if ((meridiem(c, e) || is_w(c, e, "o'clock") || tz) && q->value <= 2400 &&
		           (q->value < 100 || (int)q->value % 100 < 60) && (q->flags & (QF_INT | QF_WORD))) {
			q->kind = QK_TIME;
			q->unit = tz;
			if (q->value >= 100) /* "1530 GMT": hours and minutes; "1575 GMT" is no time */
				q->value = (double)((int)q->value / 100) + ((int)q->value % 100) / 60.0;
			clock24(c, e, q);
			e += meridiem(c, e) ? meridiem(c, e) : 1;
		} else if ((is_w(c, e, "year-old") || is_w(c, e, "year-olds") || is_w(c, e, "yr-old") ||
		            is_w(c, e, "years-old")) &&
		           q->value < 120) {
			q->kind = QK_AGE; /* "83 Year-Old", "a 15 yr-old" */
			e++;
		} else if ((q->flags & QF_INT) && q->value >= 10 && q->value < 100 &&
		           (int)q->value % 10 == 0 && is_w(c, e, "'s") && glued(c, e)) {
			q->kind = QK_LABEL; /* "the 90's": a decade */
			e++;
		} else if ((is_w(c, e, "years") || is_w(c, e, "year")) && is_w(c, e + 1, "old")) {
			q->kind = QK_AGE;
			q->flags |= QF_OLD;
			e += 2;
		} else if (ratio_of(c, t, e, q, &e)) {
			/* "six in 10", "one out of five": a share */
		} else if (c->tk[e].kind == TOK_WORD) {
			/* a figure joined to a noun by a hyphen describes the
			 * noun after it, which is no unit of its own: "the
			 * 20-nation euro area", "a 19-member euro bloc" */
			const char *word = (c->tk[e - 1].flags & TF_HYPHEN) && c->tk[e - 1].kind == TOK_WORD
			                           ? NULL
			                           : CURRENCY(currency_words, s, len);
			/* millions of pounds are sterling unless a thing is weighed:
			 * "1.2 billion pounds ($1.53 billion)", not "2 million pounds
			 * of beef"; so is a sum converted into dollars ("50 pounds
			 * ($63)"), and either side of an exchange rate's "=" */
			if (!word && (is_w(c, e, "pounds") || is_w(c, e, "pound")) && !is_w(c, e + 1, "of") &&
			    ((q->flags & QF_SCALED) ||
			     (doc_mark_at(c->d, e + 1, '(') && e + 2 < c->n &&
			      doc_mark_at(c->d, e + 2, '$')) ||
			     (q->t0 > 0 && doc_mark_at(c->d, q->t0 - 1, '=')) ||
			     doc_mark_at(c->d, e + 1, '=')))
				word = "GBP"; /* and a wire's rate: "($1 = 0.7725 pounds)", "(1 pound =
				                 $1.29)" */
			if (word) {
				q->kind = QK_MONEY;
				q->unit = word;
				/* "54 cents", "20 pence": hundredths */
				if (hundredths(c, e)) {
					q->value /= 100;
					q->base /= 100;
				}
				e++;
			}
			const char *iso = q->kind == QK_COUNT ? iso_code(c, e) : NULL;
			if (iso) {
				q->kind = QK_MONEY; /* "500 NIS", "12.5 million UAH" */
				q->unit = iso;
				e++;
			}
			if (q->kind == QK_COUNT && IN(duration_units, s, len)) {
				q->kind = QK_DURATION;
				q->unit = duration_name(s, len);
				e++;
			}
			/* power in capitals: "300 MW", "2 GW" */
			if (q->kind == QK_COUNT && (c->tk[e].flags & TF_UPPER) &&
			    (is_w(c, e, "mw") || is_w(c, e, "gw") || is_w(c, e, "kw") || is_w(c, e, "kwh"))) {
				q->kind = QK_MEASURE;
				q->unit = is_w(c, e, "mw")   ? "mw"
				          : is_w(c, e, "gw") ? "gw"
				          : is_w(c, e, "kw") ? "kw"
				                             : "kwh";
				e++;
			}
			if (q->kind == QK_COUNT && (c->tk[e].flags & TF_CAP)) {
				for (size_t i = 0; i < CRD_ARRAY_LEN(cased_units); i++)
					if (word_eq(cased_units[i], s, len)) {
						q->kind = QK_MEASURE;
						q->unit = cased_units[i];
						e++;
						break;
					}
			}
			if (q->kind == QK_COUNT && !(c->tk[e].flags & TF_CAP)) {
				for (size_t i = 0; i < CRD_ARRAY_LEN(measure_units); i++)
					if (word_eq(measure_units[i], s, len)) {
						/* "3 m" is metres only glued or after digits */
						if (len == 1 && !(q->flags & QF_INT) && !glued(c, e))
							break;
						q->kind = QK_MEASURE;
						q->unit = measure_units[i];
						e++;
						break;
					}
				e = square_unit(c, e, q);
			}
			/* "(3.1 in)": inches, in a conversion's brackets */
			if (q->kind == QK_COUNT && !(q->flags & QF_WORD) && is_w(c, e, "in") &&
			    doc_mark_at(c->d, e + 1, ')') && glued(c, e + 1)) {
				q->kind = QK_MEASURE;
				q->unit = "in";
				e++;
			}
			/* "60 nautical miles" */
			if (q->kind == QK_COUNT && is_w(c, e, "nautical") &&
			    (is_w(c, e + 1, "miles") || is_w(c, e + 1, "mile")) && same_sent(c, t, e + 1)) {
				q->kind = QK_MEASURE;
				q->unit = "nautical miles";
				e += 2;
			}
			e = per_hour(c, t, e, q);
		}
	}
	q->t1 = e;
	if (q->kind != QK_COUNT)
		return 1;

	/* The same digits name different things by context. */
	uint32_t n0 = cur ? t + 1 : t;
	size_t len;
	ttext(c, n0, &len);
	/* the title of a code of laws before its name: "under 18 U.S.C. §
	 * 1343", "40 C.F.R. 261.4" cite a law, as "§ 1343" does after it */
	if (!(q->flags & QF_WORD) && (q->flags & QF_INT) && same_sent(c, t, e) &&
	    (is_w(c, e, "u.s.c.") || is_w(c, e, "usc") || is_w(c, e, "c.f.r.") || is_w(c, e, "cfr"))) {
		q->kind = QK_LABEL;
		return 1;
	}
	if (!(q->flags & QF_WORD) && n0 > 0 && DOC_TOK_IN(c->d, n0 - 1, label_words) && !c->h_end[n0] &&
	    same_sent(c, n0 - 1, n0)) {
		q->kind = QK_LABEL; /* "No. 14-915", "page 12" */
		return 1;
	}
	/* a product's version or model: "iOS 19.2", "macOS 16.2", "PlayStation
	 * 5", and a figure between a name and the edition's word ("Pixel 10
	 * Pro", "Nimbus 8 Pro review"); not a scaled amount after a brand ("PBS
	 * NewsHour 1.84 million viewers") */
	static const char *const editions[] = { "pro", "max", "ultra", "plus", "mini", "lite" };
	if (!(q->flags & (QF_WORD | QF_SCALED)) && n0 > 0 && same_sent(c, n0 - 1, n0) && !c->h_end[n0] &&
	    (camel_word(c, n0 - 1) || ((c->tk[n0 - 1].flags & TF_CAP) && c->tk[n0 - 1].kind == TOK_WORD &&
	                               e < c->n && same_sent(c, n0, e) && (c->tk[e].flags & TF_CAP) &&
	                               !(c->tk[e].flags & TF_UPPER) && DOC_TOK_IN(c->d, e, editions)))) {
		q->kind = QK_LABEL;
		return 1;
	}
	/* a test's p-value ("p<0.001", "P = 0.03") and a time zone's offset
	 * ("GMT+1", "UTC-5") name no amount */
	if (!(q->flags & QF_WORD) && n0 > 1 && same_sent(c, n0 - 2, n0) &&
	    (((doc_mark_at(c->d, n0 - 1, '<') || doc_mark_at(c->d, n0 - 1, '=') ||
	       doc_mark_at(c->d, n0 - 1, '>')) &&
	      is_w(c, n0 - 2, "p")) ||
	     ((doc_mark_at(c->d, n0 - 1, '+') || doc_mark_at(c->d, n0 - 1, '-')) && glued(c, n0 - 1) &&
	      glued(c, n0) && (is_w(c, n0 - 2, "gmt") || is_w(c, n0 - 2, "utc"))))) {
		q->kind = QK_LABEL;
		return 1;
	}
	if ((q->flags & QF_RANGE) && n0 > 0 &&
	    (is_w(c, n0 - 1, "aged") || is_w(c, n0 - 1, "ages") || is_w(c, n0 - 1, "age")) && q->hi < 120) {
		q->kind = QK_AGE; /* "ages 18-24" */
		return 1;
	}
	if ((q->flags & (QF_INT | QF_WORD)) && !(q->flags & QF_SCALED) && q->value > 0 && q->value < 120 &&
	    q->value == (double)(int)q->value && copula_age(c, n0, e)) {
		q->kind = QK_AGE;
		return 1;
	}
	if ((q->flags & QF_INT) && !(q->flags & QF_WORD)) {
		/* "aged 28", "ages 17", "the age of 70", "the ages of 5"; "Varga,
		 * 28, was", "Omar al-Hadi, 19, and", "The driver, 34, was",
		 * "Sarah Jones (34)" */
		if (q->value > 0 && q->value < 120 && n0 > 0 &&
		    (is_w(c, n0 - 1, "aged") || is_w(c, n0 - 1, "ages") || is_w(c, n0 - 1, "age") ||
		     (n0 > 1 && is_w(c, n0 - 1, "of") &&
		      (is_w(c, n0 - 2, "age") || is_w(c, n0 - 2, "ages"))) ||
		     (n0 > 1 && doc_mark_at(c->d, n0 - 1, ',') &&
		      ((c->tk[n0 - 2].flags & TF_CAP) ||
		       ((c->tk[n0 - 2].flags & TF_HYPHEN) && cap_after_hyphen(c, n0 - 2))) &&
		      c->tk[n0 - 2].kind == TOK_WORD && !c->own[n0 - 2] &&
		      (doc_mark_at(c->d, e, ',') || doc_mark_at(c->d, e, '.') ||
		       doc_mark_at(c->d, e, ')'))) ||
		     apposed_age(c, n0, e) || bracketed_age(c, n0, e))) {
			q->kind = QK_AGE;
			return 1;
		}
		int pre_hedge = c->h_end[n0] != 0;
		/* "0800 555 0199": digit groups side by side are a phone number */
		if ((e < c->n && c->tk[e].kind == TOK_NUM && same_sent(c, n0, e)) ||
		    (n0 > 0 && c->tk[n0 - 1].kind == TOK_NUM && !c->own[n0 - 1] &&
		     same_sent(c, n0 - 1, n0))) {
			q->kind = QK_LABEL;
			return 1;
		}
		/* "8. Ames claims ...", "2) ...": a list marker; a year after a
		 * dash closes a span ("(1603 - 1671)") */
		if (sent_initial(c, n0) && (doc_mark_at(c->d, e, '.') || doc_mark_at(c->d, e, ')')) &&
		    glued(c, e) &&
		    !(len == 4 && q->value >= 1000 && q->value <= 2100 && doc_mark_at(c->d, n0 - 1, '-'))) {
			q->kind = QK_LABEL;
			return 1;
		}
		/* "(202) 456-1111": an area code */
		if (doc_mark_at(c->d, n0 - 1, '(') && doc_mark_at(c->d, e, ')') && glued(c, n0) &&
		    glued(c, e) && e + 1 < c->n && c->tk[e + 1].kind == TOK_NUM) {
			q->kind = QK_LABEL;
			return 1;
		}
		/* "221 Baker Street", "350 Fifth Avenue", "the 2100 block of Grant
		 * Avenue": an address */
		if (street_after(c, e) ||
		    (q->value >= 100 && q->value < 100000 && (int)q->value % 100 == 0 &&
		     is_w(c, e, "block") && is_w(c, e + 1, "of") && same_sent(c, n0, e + 1))) {
			q->kind = QK_LABEL;
			return 1;
		}
		/* "Call 911", "dial 999": a number to call */
		if ((q->value == 911 && !pre_hedge) ||
		    (n0 > 0 && DOC_TOK_IN(c->d, n0 - 1, call_verbs) && noun_after(c, e, t) == UINT32_MAX)) {
			q->kind = QK_LABEL;
			return 1;
		}
		if (len == 4 && q->value >= 1800 && q->value <= 2100) {
			/* a year that dates what a figure is measured against:
			 * "exceed 2022 levels", "above 2019 highs", "below 2020
			 * figures" (a count never has these nouns) */
			static const char *const against[] = { "levels", "highs", "lows", "figures",
				                               "totals" };
			uint32_t nh = noun_after(c, e, t);
			int counted = 0;
			if (nh == e && !is_year_context(c, n0) && !is_w(c, n0 - 1, "some") &&
			    !DOC_TOK_IN(c->d, nh, against)) {
				size_t nl;
				const char *ns = ttext(c, nh, &nl);
				counted = looks_plural(ns, nl) && (pre_hedge || count_of_people(c, n0, nh));
			}
			if (!counted) {
				q->kind = QK_YEAR;
				return 1;
			}
		}
		if (len == 4 && q->value >= 1000 && q->value < 1800 && !pre_hedge) {
			uint32_t nh = noun_after(c, e, t);
			if (nh != e && early_year(c, n0, e, 0)) {
				q->kind = QK_YEAR;
				return 1;
			}
		}
		if (len >= 5) {
			uint32_t nh = noun_after(c, e, t);
			if (nh == UINT32_MAX) {
				q->kind = QK_LABEL; /* a zip code, an account number */
				return 1;
			}
		}
		/* "Route 66", "No. 5", "Boeing 737": a capitalised word or a label
		 * word right before the number. */
		if (n0 > 0 && same_sent(c, n0 - 1, n0) && !c->own[n0 - 1] && !pre_hedge &&
		    name_before(c, n0, e, t)) {
			q->kind = QK_LABEL;
			return 1;
		}
	}
	return 1;
}

/* ---- hedged and precise numbers ----------------------------------------- */

/* A share of a group given as a ratio or a fraction ("six in 10 voters",
 * "half of voters"): it counts a noun, as a count does. */
static int share_of_group(const qnum *q)
{
	return q->unit && (strcmp(q->unit, "ratio") == 0 || strcmp(q->unit, "fraction") == 0);
}

static int hedgeable(const qnum *q)
{
	return q->kind == QK_COUNT || q->kind == QK_MONEY || q->kind == QK_PERCENT || q->kind == QK_MEASURE ||
	       q->kind == QK_DURATION || (q->kind == QK_AGE && (q->flags & QF_OLD));
}

/* The hedge= words after H_NONE, in enum order: "approx" is H_APPROX. The
 * lexicon check reads them too (quantity_attrs). */
static const char *const hedge_names[] = { "lower_bound", "upper_bound", "approx", "estimate", NULL };

static int hedge_of(const qctx *c, uint32_t mi)
{
	const char *h = match_attr(c, mi, "hedge");
	for (int k = 0; h && hedge_names[k]; k++)
		if (strcmp(h, hedge_names[k]) == 0)
			return H_LOWER + k;
	return H_NONE;
}

/* Start of a pre-number hedge ending right before t, or t when none. */
static uint32_t pre_hedge(const qctx *c, uint32_t t, int *kind, uint32_t *mi_out)
{
	*kind = H_NONE;
	*mi_out = 0;
	if (t >= c->n + 1)
		return t;
	uint32_t mi = c->h_end[t];
	/* "about a 38% chance", "roughly a 10-minute walk": an approximator
	 * before the article of the figure's noun phrase, but not the
	 * preposition of "built around a 5,000-person march" */
	if (!mi && t > 1 && (is_w(c, t - 1, "a") || is_w(c, t - 1, "an")) && c->h_end[t - 1] &&
	    hedge_of(c, c->h_end[t - 1]) == H_APPROX && !c->own[t - 1]) {
		uint32_t a = match_begin(c, c->h_end[t - 1]);
		size_t pl = 0;
		const char *p = a > 0 ? ttext(c, a - 1, &pl) : "";
		int verb =
		        a > 0 && (ed_word(p, pl) || DOC_TOK_IN(c->d, a - 1, irregular_past) ||
		                  DOC_TOK_IN(c->d, a - 1, irregular_participles) || is_w(c, a - 1, "built") ||
		                  is_w(c, a - 1, "revolves") || is_w(c, a - 1, "revolve"));
		if (!(is_w(c, a, "around") && verb))
			mi = c->h_end[t - 1];
	}
	if (!mi)
		return t;
	uint32_t b = match_begin(c, mi);
	if (!same_sent(c, b, t) || !free_range(c, b, t))
		return t;
	/* "it adds up to 271", "takes us up to 271": a verb's particle */
	if (is_w(c, b, "up") && b > 0 &&
	    (is_w(c, b - 1, "add") || is_w(c, b - 1, "adds") || is_w(c, b - 1, "added") ||
	     is_w(c, b - 1, "adding") || is_w(c, b - 1, "us") || is_w(c, b - 1, "it") ||
	     is_w(c, b - 1, "them") || is_w(c, b - 1, "summed")))
		return t;
	/* "Forbes' Under 30 Summit": a title-case hedge inside a sentence,
	 * unless the sentence is a title-case headline ("Quake Kills More
	 * Than 40"); even there "Under 30 Summit" names a thing */
	if ((c->tk[b].flags & TF_CAP) && !(c->tk[b].flags & TF_UPPER) && !sent_initial(c, b) &&
	    (!title_case(c, b) || ((is_w(c, b, "over") || is_w(c, b, "under")) && is_plain_word(c, t + 1) &&
	                           (c->tk[t + 1].flags & TF_CAP) && same_sent(c, t, t + 1))))
		return t;
	*kind = hedge_of(c, mi);
	*mi_out = mi;
	return *kind ? b : t;
}

/* The one-word bounds that are also prepositions: "over", "under", "above",
 * "below". */
static int bare_preposition(const qctx *c, uint32_t mi)
{
	const lex_match *m = &c->d->matches.v[mi - 1];
	if (m->tok1 - m->tok0 != 1)
		return 0;
	uint32_t t = m->tok0;
	return is_w(c, t, "over") || is_w(c, t, "under") || is_w(c, t, "above") || is_w(c, t, "below");
}

/* Whether "over 30" at s bounds a figure rather than naming an age group
 * ("voters under 35", "people over 65") or a time span ("$40 billion over
 * ten years"). */
static int bound_reading(const qctx *c, const qnum *a, uint32_t s)
{
	if (a->kind == QK_DURATION)
		return (s > 0 && (is_w(c, s - 1, "for") || is_w(c, s - 1, "after") || is_w(c, s - 1, "of") ||
		                  is_w(c, s - 1, "in") || is_w(c, s - 1, "than"))) ||
		       is_w(c, a->t1, "ago") || is_w(c, a->t1, "later") || is_w(c, a->t1, "earlier");
	if ((a->kind == QK_COUNT || a->kind == QK_AGE) && (a->flags & (QF_INT | QF_WORD)) &&
	    !(a->flags & QF_SCALED) && a->value <= 120 && (a->value > 0 || !(a->flags & QF_WORD)) && s > 0 &&
	    is_plain_word(c, s - 1)) {
		size_t len;
		const char *p = ttext(c, s - 1, &len);
		/* "injured over 50", "wounded over 30": a verb and its object,
		 * not "the injured" */
		int verb = ed_word(p, len) && !(s > 1 && (is_w(c, s - 2, "the") || is_w(c, s - 2, "those")));
		if ((looks_plural(p, len) && !verb) || is_w(c, s - 1, "those") || is_w(c, s - 1, "anyone") ||
		    is_w(c, s - 1, "everyone") || is_w(c, s - 1, "aged") || is_w(c, s - 1, "ages"))
			return 0;
	}
	return 1;
}

/* A share in percentage or basis points, a difference between two shares. */
static int in_points(const qnum *q)
{
	return q->unit && (strcmp(q->unit, "points") == 0 || strcmp(q->unit, "basis points") == 0);
}

/* Whether the bounded term or amount a, its bound starting at s, is a
 * penalty the law sets ("up to 10 years in prison", "a fine of up to
 * $250,000", "a minimum of 15 years in prison"): a word of punishment
 * within a few tokens either side. */
static int legal_bound(const qctx *c, uint32_t s, const qnum *a)
{
	static const char *const penalty[] = { "prison",     "jail",         "imprisonment", "probation",
		                               "bars",       "fine",         "fines",        "penalty",
		                               "penalties",  "sentence",     "sentences",    "sentenced",
		                               "punishable", "incarceration" };
	if (a->kind != QK_DURATION && a->kind != QK_MONEY)
		return 0;
	if (listed_before(c, s, 4, penalty, CRD_ARRAY_LEN(penalty)))
		return 1;
	for (uint32_t k = a->t1; k < c->n && k < a->t1 + 4 && same_sent(c, k, a->t0); k++)
		if (DOC_TOK_IN(c->d, k, penalty))
			return 1;
	return 0;
}

static int kinds_compatible(const qnum *a, const qnum *b)
{
	/* "0.25 percentage points to 4.5%": a change and a level */
	if (a->kind == QK_PERCENT && b->kind == QK_PERCENT && in_points(a) != in_points(b))
		return 0;
	if (a->kind == b->kind)
		return 1;
	/* "5 to 10 percent", "$5 to 10 million": the unit is written once */
	return a->kind == QK_COUNT && (b->kind == QK_PERCENT || b->kind == QK_MEASURE ||
	                               b->kind == QK_DURATION || b->kind == QK_MONEY);
}

/* A verb of change in the ten tokens before t, in its sentence, with no
 * word of spread nearer: "rose by 18% between 2021 and 2023, from 112 to
 * 132" (not "rose, though prices ranged from 5 to 10"). */
static int change_before(const qctx *c, uint32_t t)
{
	static const char *const spread[] = { "range",  "ranged", "ranges",  "ranging", "vary",
		                              "varied", "varies", "varying", "anywhere" };
	for (uint32_t k = t, i = 0; k > 0 && i < 10; i++) {
		k--;
		if (!same_sent(c, k, t) || DOC_TOK_IN(c->d, k, spread))
			return 0;
		if (DOC_TOK_IN(c->d, k, change_verbs))
			return 1;
	}
	return 0;
}

/* "grew by 2% to 7%", "fell by 3 to 58 percent": after a verb of change
 * and "by", the first figure is the change and the second the level it
 * reached, when the first carries its own unit or is far smaller than the
 * second. "rose by 10 to 15 percent" stays a range, and so does "reduced
 * waste by 5 percent to 15 percent", whose verb has an object; with an
 * object the second must be over four times the first, a level and not
 * the top of a range ("raised its dividend by 2 cents to 14 cents"). */
static int by_change(const qctx *c, uint32_t lead, const qnum *a, const qnum *b)
{
	if (lead < 2 || !is_w(c, lead - 1, "by") || !same_sent(c, lead - 2, lead))
		return 0;
	if (!DOC_TOK_IN(c->d, lead - 2, change_verbs))
		return a->kind != QK_COUNT && a->kind == b->kind && b->value > 4 * a->value &&
		       listed_before(c, lead - 1, 6, change_verbs, CRD_ARRAY_LEN(change_verbs));
	if (a->kind != QK_COUNT)
		return 1;
	return b->value > 4 * a->value && b->value - a->value > 10;
}

/* An estimate cue ("estimates range", "is estimated") in the few tokens
 * before t, in its sentence. */
static int estimate_before(const qctx *c, uint32_t t)
{
	for (uint32_t k = t, i = 0; k > 0 && i < 10; i++) {
		k--;
		if (!same_sent(c, k, t))
			break;
		uint32_t mi = c->h_start[k];
		if (mi && match_attr(c, mi, "estimate") && match_end(c, mi) <= t)
			return 1;
	}
	return 0;
}

/* The dollar of a document about Canada, Australia or New Zealand: the
 * one whose places and demonyms ("British Columbia", "RCMP", "Sydney",
 * "Australians") are named at least twice and more often than those of the
 * United States (its states, "U.S.", "United States", "American"), and
 * that does not name its dollars otherwise. Else the US dollar. One
 * pass over the capitalised words, made once, when a bare dollar is
 * reported. */
static const char *doc_dollar(qctx *c)
{
	static const struct {
		const char *w;
		int who; /* 0: Canada, 1: Australia, 2: New Zealand, 3: the US */
	} marks[] = {
		{ "canada", 0 },    { "canadian", 0 },  { "canadians", 0 },    { "ottawa", 0 },
		{ "toronto", 0 },   { "montreal", 0 },  { "vancouver", 0 },    { "calgary", 0 },
		{ "edmonton", 0 },  { "winnipeg", 0 },  { "ontario", 0 },      { "quebec", 0 },
		{ "alberta", 0 },   { "manitoba", 0 },  { "saskatchewan", 0 }, { "newfoundland", 0 },
		{ "yukon", 0 },     { "nunavut", 0 },   { "rcmp", 0 },         { "b.c.", 0 },
		{ "bc", 0 },        { "australia", 1 }, { "australian", 1 },   { "australians", 1 },
		{ "sydney", 1 },    { "melbourne", 1 }, { "brisbane", 1 },     { "perth", 1 },
		{ "adelaide", 1 },  { "canberra", 1 },  { "queensland", 1 },   { "tasmania", 1 },
		{ "nsw", 1 },       { "auckland", 2 },  { "christchurch", 2 }, { "u.s.", 3 },
		{ "u.s", 3 },       { "usa", 3 },       { "america", 3 },      { "american", 3 },
		{ "americans", 3 },
	};
	static const char *const codes[] = { "CAD", "AUD", "NZD" };
	if (c->dollar)
		return c->dollar;
	int n[4] = { 0, 0, 0, 0 };
	for (uint32_t t = 0; t < c->n; t++) {
		const tok *k = &c->tk[t];
		const char *pc;
		/* a text that names its other dollars ("C$40 million", "10
		 * Canadian dollars") leaves the bare ones to the US, as wire
		 * copy does */
		if (k->kind == TOK_SYM && (pc = dollar_prefix(c, t)) != NULL && strcmp(pc, "USD") != 0) {
			c->dollar = "USD";
			return c->dollar;
		}
		if (k->kind != TOK_WORD || !(k->flags & (TF_CAP | TF_UPPER)))
			continue;
		size_t len;
		const char *s = ttext(c, t, &len);
		if ((word_eq("canadian", s, len) || word_eq("australian", s, len)) &&
		    (is_w(c, t + 1, "dollars") || is_w(c, t + 1, "dollar"))) {
			c->dollar = "USD";
			return c->dollar;
		}
		/* two-word names by their second word: "British Columbia",
		 * "Nova Scotia", "New Zealand", "New South Wales" */
		if (t > 0 && ((word_eq("columbia", s, len) && is_w(c, t - 1, "british")) ||
		              (word_eq("scotia", s, len) && is_w(c, t - 1, "nova")))) {
			n[0]++;
			continue;
		}
		if (t > 0 && word_eq("zealand", s, len) && is_w(c, t - 1, "new")) {
			n[2]++;
			continue;
		}
		if (t > 1 && word_eq("wales", s, len) && is_w(c, t - 1, "south") && is_w(c, t - 2, "new")) {
			n[1]++;
			continue;
		}
		if (t > 0 && word_eq("states", s, len) && is_w(c, t - 1, "united")) {
			n[3]++;
			continue;
		}
		if (word_eq("us", s, len) && (k->flags & TF_UPPER)) {
			n[3]++;
			continue;
		}
		for (size_t i = 0; i < CRD_ARRAY_LEN(marks); i++)
			if (word_eq(marks[i].w, s, len)) {
				/* "400 B.C.", "300 BC": an era, not the province */
				if (marks[i].who == 0 && s[0] == 'b' && t > 0 && c->tk[t - 1].kind == TOK_NUM)
					break;
				n[marks[i].who]++;
				break;
			}
	}
	/* the states of the US, as the places lexicon has them */
	for (size_t i = 0; i < c->d->matches.n; i++) {
		const lex_match *m = &c->d->matches.v[i];
		if (c->lx_place >= 0 && m->lexicon == (uint16_t)c->lx_place &&
		    attr_is(c, (uint32_t)i + 1, "type", "state"))
			n[3]++;
	}
	int best = n[0] >= n[1] ? (n[0] >= n[2] ? 0 : 2) : (n[1] >= n[2] ? 1 : 2);
	c->dollar = n[best] >= 2 && n[best] > n[3] ? codes[best] : "USD";
	return c->dollar;
}

/* The unit to report for q: a bare dollar is the document's. */
static const char *unit_name(qctx *c, const qnum *q)
{
	return q->unit == bare_dollar ? doc_dollar(c) : q->unit;
}

static int emit_hedged(qctx *c, uint32_t s, uint32_t e, int hedge, int range, double lo, int has_lo,
                       double hi, int has_hi, const qnum *kq, uint32_t noun_from, int estimate)
{
	crd_doc *d = c->d;
	uint32_t it = add_item(c, F_HEDGED_NUMBER, s, e);
	if (it == UINT32_MAX)
		return -1;
	doc_attr_str(d, it, "hedge", range ? "range" : hedge_name[hedge]);
	if (has_lo)
		doc_attr_num(d, it, "low", lo);
	else
		doc_attr_null(d, it, "low");
	if (has_hi)
		doc_attr_num(d, it, "high", hi);
	else
		doc_attr_null(d, it, "high");
	doc_attr_str(d, it, "kind", kind_name[kq->kind]);
	if (kq->unit)
		doc_attr_str(d, it, "unit", unit_name(c, kq));
	if (estimate || hedge == H_ESTIMATE)
		doc_attr_bool(d, it, "estimate", 1);
	if (kq->kind == QK_COUNT || share_of_group(kq)) {
		uint32_t nt = noun_after(c, noun_from, s);
		if (nt != UINT32_MAX)
			attr_word(c, it, "noun", nt);
	}
	return 0;
}

/* Tries to read atoms i and i+1 as one range. Returns 1 when emitted. */
static int try_range(qctx *c, size_t i)
{
	qnum *a = &c->q[i];
	if (i + 1 >= c->nq)
		return 0;
	qnum *b = &c->q[i + 1];
	if (!(hedgeable(b) || (a->kind == QK_AGE && b->kind == QK_AGE)) ||
	    (b->flags & (QF_USED | QF_RANGE)) || !same_sent(c, a->t0, b->t0))
		return 0;
	int ha, hb;
	uint32_t ma, mb;
	uint32_t sa = pre_hedge(c, a->t0, &ha, &ma);
	uint32_t conn = a->t1;
	uint32_t sb = pre_hedge(c, b->t0, &hb, &mb);
	if (conn >= c->n)
		return 0;
	/* "between X and Y", "from X to Y", "as low as X and as high as Y" */
	uint32_t lead = sa;
	int between = 0, from = 0;
	if (lead > 0 && is_w(c, lead - 1, "between") && same_sent(c, lead - 1, lead)) {
		between = 1;
		lead--;
	} else if (a->kind == QK_AGE && lead > 3 && is_w(c, lead - 1, "of") && is_w(c, lead - 2, "ages") &&
	           is_w(c, lead - 3 - is_w(c, lead - 3, "the"), "between") &&
	           same_sent(c, lead - 3 - is_w(c, lead - 3, "the"), lead)) {
		/* "between the ages of 5 and 17" */
		between = 1;
		lead -= 3 + is_w(c, lead - 3, "the");
	} else if (lead > 0 && is_w(c, lead - 1, "from") && same_sent(c, lead - 1, lead)) {
		from = 1;
		lead--;
	}
	int ok = 0;
	if (sb != conn + 1)
		return 0;
	if (is_w(c, conn, "and")) {
		ok = between || (ha && hb && ha != hb) || (from && hb);
	} else if (is_w(c, conn, "to")) {
		/* "rose from 5% to 10%" is a change; "rose 10 to 15 percent" a range */
		ok = !between && !(from && change_before(c, lead)) && !by_change(c, lead, a, b);
	} else if (doc_mark_at(c->d, conn, '-')) {
		/* a hyphen or an en dash, not a spaced em dash ("in four -- 76%") */
		const unsigned char *ip = (const unsigned char *)c->d->text + c->tk[conn].s;
		size_t il = c->tk[conn].e - c->tk[conn].s;
		int narrow = (il == 1 && ip[0] == '-') ||
		             (il == 3 && ip[0] == 0xe2 && ip[1] == 0x80 && ip[2] == 0x93);
		/* the unit written once, on the second figure: "70–80 mm" */
		ok = !between && !hb && narrow && (glued(c, conn) == glued(c, conn + 1)) &&
		     (a->kind == b->kind || (a->kind == QK_COUNT && !(a->flags & QF_WORD) && glued(c, conn) &&
		                             (b->kind == QK_MEASURE || b->kind == QK_PERCENT)));
	} else if (is_w(c, conn, "or")) {
		/* the last two of a list of choices are no range: "Donate $5,
		 * $10 or $25", "3, 6 or 12 months" */
		int listed = i > 0 && c->q[i - 1].t1 + 1 == sa && doc_mark_at(c->d, c->q[i - 1].t1, ',');
		ok = !hb && !ha && !listed && b->value <= a->value * 10 + 1 && !(b->flags & QF_SCALED);
	}
	if (!ok || !kinds_compatible(a, b))
		return 0;
	/* "fell 45 cents to $12.30": a change and a price */
	if (a->kind == QK_MONEY && b->kind == QK_MONEY &&
	    hundredths(c, a->t1 - 1) != hundredths(c, b->t1 - 1))
		return 0;
	double lo = a->value, hi = b->value;
	/* "between 4 and 5 million": the scale is written once */
	if ((b->flags & QF_SCALED) && !(a->flags & QF_SCALED) && a->value < b->base)
		lo = a->value * b->scale;
	if (!(lo < hi))
		return 0;
	qnum kq = *b;
	if (a->kind == QK_MONEY && b->kind == QK_COUNT)
		kq = *a;
	a->flags |= QF_USED;
	b->flags |= QF_USED;
	int est = estimate_before(c, lead) || ha == H_ESTIMATE || attr_is(c, ma, "estimate", "1");
	return emit_hedged(c, lead, b->t1, H_NONE, 1, lo, 1, hi, 1, &kq, b->t1, est) < 0 ? -1 : 1;
}

/* "$5.1 billion, plus or minus $150 million", "4.2 ± 0.3 m": a figure and
 * its margin after it, the range from one less the margin to one plus it.
 * Returns 1 when emitted, 0 when none, -1 on error. */
static int plus_or_minus(qctx *c, size_t i)
{
	if (i + 1 >= c->nq)
		return 0;
	qnum *a = &c->q[i], *b = &c->q[i + 1];
	uint32_t k = a->t1;
	if (doc_mark_at(c->d, k, ','))
		k++;
	if (is_w(c, k, "plus") && is_w(c, k + 1, "or") && is_w(c, k + 2, "minus"))
		k += 3;
	else if (k < c->n && c->tk[k].kind == TOK_SYM && c->tk[k].e - c->tk[k].s == 2 &&
	         memcmp(c->d->text + c->tk[k].s, "\xc2\xb1", 2) == 0)
		k++;
	else
		return 0;
	if (b->t0 != k || !same_sent(c, a->t0, b->t0) || (b->flags & (QF_USED | QF_RANGE)) ||
	    (a->flags & QF_RANGE) || !(b->value < a->value) || b->value <= 0 ||
	    !(a->kind == b->kind || (b->kind == QK_COUNT && a->kind != QK_COUNT && b->t1 == b->t0 + 1)))
		return 0;
	a->flags |= QF_USED;
	b->flags |= QF_USED;
	int hk;
	uint32_t mi;
	uint32_t s = pre_hedge(c, a->t0, &hk, &mi);
	int est = estimate_before(c, s) || (hk && attr_is(c, mi, "estimate", "1"));
	return emit_hedged(c, s, b->t1, H_NONE, 1, a->value - b->value, 1, a->value + b->value, 1, a, b->t1,
	                   est) < 0
	               ? -1
	               : 1;
}

static int emit_precise(qctx *c, qnum *q)
{
	if (q->kind == QK_LABEL || (q->flags & (QF_WEAK | QF_USED)))
		return 0;
	if (!free_range(c, q->t0, q->t1))
		return 0;
	uint32_t it = add_item(c, F_PRECISE_NUMBER, q->t0, q->t1);
	if (it == UINT32_MAX)
		return -1;
	doc_attr_num(c->d, it, "value", q->value);
	doc_attr_str(c->d, it, "kind", kind_name[q->kind]);
	if (q->unit)
		doc_attr_str(c->d, it, "unit", unit_name(c, q));
	/* "104th Brigade Repels Assault": an ordinal before a capitalised word
	 * in a title-case headline opens a name, whose verb comes next */
	if ((q->kind == QK_COUNT || q->kind == QK_ORDINAL || share_of_group(q)) && !(q->flags & QF_TALLY) &&
	    !(q->kind == QK_ORDINAL && q->t1 < c->n && (c->tk[q->t1].flags & TF_CAP) &&
	      title_case(c, q->t1))) {
		uint32_t nt = noun_after(c, q->t1, q->t0);
		if (nt != UINT32_MAX)
			attr_word(c, it, "noun", nt);
	}
	if (q->flags & QF_WORD)
		doc_attr_bool(c->d, it, "spelled", 1);
	if (q->flags & QF_TALLY)
		doc_attr_num(c->d, it, "tally", q->hi);
	return 0;
}

/* Whether a number may start at t, cheaply: what parse_num() reads first is
 * digits, a currency symbol, a currency code before digits, a number word
 * ("four", "a" of "a dozen" or "a quarter", "one" of "one third"), or a
 * fraction ("half", "two-thirds"). Most words are none of these, and
 * parse_num() would try every form on each. */
static int may_open_number(const qctx *c, uint32_t t)
{
	const tok *k = &c->tk[t];
	if (k->kind == TOK_SYM)
		return 1;
	if ((k->flags & (TF_CAP | TF_UPPER)) && t + 1 < c->n &&
	    (c->tk[t + 1].kind == TOK_NUM || (c->tk[t + 1].flags & TF_DIGIT)))
		return 1;
	if ((k->flags & TF_CAP) && doc_mark_at(c->d, t + 1, '.') && t + 2 < c->n &&
	    c->tk[t + 2].kind == TOK_NUM)
		return 1; /* "Rs.500" */
	return is_number_candidate(c, t);
}

/* Whether the duration q is a page's reading time, furniture and no
 * figure: minutes right before "read" ("3 min read", "4 min. read", "a
 * 5-minute read"). */
static int reading_time(const qctx *c, const qnum *q)
{
	if (q->kind != QK_DURATION)
		return 0;
	uint32_t r = doc_mark_at(c->d, q->t1, '.') && glued(c, q->t1) ? q->t1 + 1 : q->t1;
	if (!is_w(c, r, "read") || !same_sent(c, q->t0, r))
		return 0;
	if (q->unit)
		return strcmp(q->unit, "minute") == 0;
	size_t len;
	const char *s = ttext(c, q->t1 - 1, &len);
	const char *h = memchr(s, '-', len);
	return h && (size_t)(s + len - h) > 4 && memcmp(h + 1, "min", 3) == 0;
}

static int find_numbers(qctx *c)
{
	for (uint32_t t = 0; t < c->n;) {
		if (c->own[t]) {
			t++;
			continue;
		}
		qnum q;
		if (!may_open_number(c, t) || !parse_num(c, t, &q) || q.t1 <= t) {
			t++;
			continue;
		}
		if (c->nq == c->qcap)
			break; /* cannot happen: one atom per token at most */
		if (reading_time(c, &q))
			q.kind = QK_LABEL;
		c->q[c->nq++] = q;
		t = q.t1;
	}
	/* "ages 17 and 18", "aged 18 to 24": the figure after an age is one */
	for (size_t i = 0; i + 1 < c->nq; i++) {
		qnum *a = &c->q[i], *b = &c->q[i + 1];
		if (a->kind == QK_AGE && !(a->flags & QF_OLD) && b->kind == QK_COUNT &&
		    (b->flags & (QF_INT | QF_WORD)) && !(b->flags & QF_SCALED) && b->value > 0 &&
		    b->value < 120 && b->t0 == a->t1 + 1 && same_sent(c, a->t0, b->t0) &&
		    (is_w(c, a->t1, "and") || is_w(c, a->t1, "or") || is_w(c, a->t1, "to") ||
		     doc_mark_at(c->d, a->t1, '-')) &&
		    noun_after(c, b->t1, b->t0) == UINT32_MAX)
			b->kind = QK_AGE;
	}
	for (size_t i = 0; i < c->nq; i++) {
		qnum *a = &c->q[i];
		if (a->kind == QK_ORDINAL && !(a->flags & QF_USED)) {
			/* "at least the fourth fatal crash", "at least the 4th": a
			 * lower bound on a rank, the one hedge an ordinal takes */
			uint32_t th = a->t0 > 0 && is_w(c, a->t0 - 1, "the") ? a->t0 - 1 : a->t0;
			int hk;
			uint32_t mi;
			uint32_t s = pre_hedge(c, th, &hk, &mi);
			if (hk == H_LOWER && th < a->t0 && !bare_preposition(c, mi)) {
				a->flags |= QF_USED;
				if (emit_hedged(c, s, a->t1, H_LOWER, 0, a->value, 1, 0, 0, a, a->t1, 0) < 0)
					return -1;
			}
			continue;
		}
		if ((a->flags & (QF_USED | QF_TALLY)) || !(hedgeable(a) || a->kind == QK_AGE))
			continue;
		int r = plus_or_minus(c, i);
		if (r < 0)
			return -1;
		if (r)
			continue;
		r = try_range(c, i);
		if (r < 0)
			return -1;
		if (r)
			continue;
		/* an age is ranged ("aged 18 to 24", "ages 18-24"), never
		 * hedged, but for "about 30 years old" */
		if (!hedgeable(a) && !(a->flags & QF_RANGE))
			continue;
		int hk;
		uint32_t mi;
		uint32_t s = pre_hedge(c, a->t0, &hk, &mi);
		uint32_t e = a->t1;
		int est = (hk && attr_is(c, mi, "estimate", "1"));
		if (a->flags & QF_RANGE) {
			a->flags |= QF_USED;
			uint32_t lead = s;
			if (lead > 0 && (is_w(c, lead - 1, "from") || is_w(c, lead - 1, "between")) &&
			    !change_before(c, lead - 1))
				lead--;
			est = est || estimate_before(c, lead);
			if (emit_hedged(c, lead, e, H_NONE, 1, a->value, 1, a->hi, 1, a, e, est) < 0)
				return -1;
			continue;
		}
		/* "about one of", "around one candidate": "one" is bounded only by
		 * "at least", "more than", "up to" and the like */
		if (hk && (a->flags & QF_WEAK) && a->value == 1 &&
		    (hk == H_APPROX || bare_preposition(c, mi))) {
			hk = H_NONE;
			s = a->t0;
		}
		/* a verb of estimating before a time back from now is the
		 * verb of an earlier object: "the 2.4% they had estimated
		 * | three months ago" (but "an estimated 2 million years ago") */
		if (est && a->kind == QK_DURATION && is_w(c, a->t1, "ago") && !is_w(c, s, "an") &&
		    !is_w(c, s, "a")) {
			hk = H_NONE;
			est = 0;
			s = a->t0;
		}
		if (hk && bare_preposition(c, mi) && !bound_reading(c, a, s)) {
			hk = H_NONE;
			s = a->t0;
			if (a->kind == QK_COUNT)
				a->kind = QK_AGE;
		} else if (hk && bare_preposition(c, mi) && a->kind == QK_COUNT &&
		           (a->flags & (QF_INT | QF_WORD)) && !(a->flags & QF_SCALED) && a->value > 0 &&
		           a->value < 120 && s > 1 &&
		           (is_w(c, s - 1, "are") || is_w(c, s - 1, "is") || is_w(c, s - 1, "was") ||
		            is_w(c, s - 1, "am") || is_w(c, s - 1, "'re")) &&
		           (is_w(c, s - 2, "you") || is_w(c, s - 2, "he") || is_w(c, s - 2, "she") ||
		            is_w(c, s - 2, "i")) &&
		           noun_after(c, e, a->t0) == UINT32_MAX) {
			/* "if you are over 40", "she is under 18": a bound on
			 * the person's age */
			a->kind = QK_AGE;
		}
		/* "could face up to 10 years in prison": a legal maximum is an
		 * exact figure, not a hedged one */
		if ((hk == H_UPPER || hk == H_LOWER) && legal_bound(c, s, a)) {
			hk = H_NONE;
			s = a->t0;
			a->flags &= (uint16_t)~QF_WEAK; /* "up to one year in prison" */
		}
		if (!hk && a->hedge_in)
			hk = a->hedge_in;
		/* "~4,000 evacuees", "\u2248 $5m": a tilde or an "almost equal"
		 * sign glued to the figure */
		if (!hk && a->t0 > 0 && glued(c, a->t0) && c->tk[a->t0 - 1].kind == TOK_SYM &&
		    !c->own[a->t0 - 1] &&
		    !(a->t0 > 1 && glued(c, a->t0 - 1) && c->tk[a->t0 - 2].kind != TOK_PUNCT)) {
			size_t len;
			const char *ts = ttext(c, a->t0 - 1, &len);
			if ((len == 1 && ts[0] == '~') || (len == 3 && memcmp(ts, "\xe2\x89\x88", 3) == 0)) {
				hk = H_APPROX;
				s = a->t0 - 1;
			}
		}
		if (!hk && e < c->n) {
			uint32_t pm = c->h_start[e];
			if (pm && attr_is(c, pm, "pos", "post") && same_sent(c, a->t0, e)) {
				hk = hedge_of(c, pm);
				e = match_end(c, pm);
			}
		}
		if (!hk)
			continue;
		a->flags |= QF_USED;
		est = est || estimate_before(c, s);
		double v = a->value;
		int lo = hk != H_UPPER, hi = hk != H_LOWER;
		if (emit_hedged(c, s, e, hk, 0, v, lo, v, hi, a, e, est) < 0)
			return -1;
	}
	for (size_t i = 0; i < c->nq; i++)
		if (emit_precise(c, &c->q[i]) < 0)
			return -1;
	return c->d->nomem ? -1 : 0;
}

/* ---- vague quantities ----------------------------------------------------- */

static int vtype(const qctx *c, uint32_t mi, const char *type)
{
	return attr_is(c, mi, "type", type);
}

/* Clause-initial position for a bare quantifier used as a subject. */
static int clause_start(const qctx *c, uint32_t t)
{
	if (sent_initial(c, t))
		return 1;
	const tok *p = &c->tk[t - 1];
	if (p->kind == TOK_PUNCT) {
		size_t len;
		const char *s = ttext(c, t - 1, &len);
		return s[0] == ',' || s[0] == ';' || s[0] == ':' || s[0] == '-' || s[0] == '(' || s[0] == '"';
	}
	return is_w(c, t - 1, "and") || is_w(c, t - 1, "but") || is_w(c, t - 1, "while") ||
	       is_w(c, t - 1, "with") || is_w(c, t - 1, "where") || is_w(c, t - 1, "whereas");
}

/* "more are expected", "dozens were killed", "many fled": end token or 0.
 * A figure word ("dozens", "thousands": strong) is a subject before any
 * past form too ("Thousands joined the march", "Dozens Feared Dead"). */
static uint32_t subject_use(const qctx *c, uint32_t t, uint32_t e, int strong)
{
	if (!clause_start(c, t) || e >= c->n || !same_sent(c, t, e))
		return 0;
	size_t vl;
	const char *v = ttext(c, e, &vl);
	if (DOC_TOK_IN(c->d, e, subject_verbs) ||
	    (strong && is_plain_word(c, e) && !IN(stop_words, v, vl) && past_form(v, vl))) {
		uint32_t k = e + 1;
		size_t len;
		if (is_plain_word(c, k) && same_sent(c, t, k)) {
			const char *s = ttext(c, k, &len);
			if (len > 3 && s[len - 2] == 'l' && s[len - 1] == 'y' && is_plain_word(c, k + 1))
				k++; /* "many are internally displaced" */
		}
		return is_plain_word(c, k) && same_sent(c, t, k) && !DOC_TOK_IN(c->d, k, stop_words) ? k + 1
		                                                                                     : e + 1;
	}
	if ((is_w(c, e, "have") || is_w(c, e, "had")) && is_w(c, e + 1, "been"))
		return is_plain_word(c, e + 2) && !DOC_TOK_IN(c->d, e + 2, stop_words) ? e + 3 : 0;
	if ((is_w(c, e, "will") || is_w(c, e, "could") || is_w(c, e, "may") || is_w(c, e, "might") ||
	     is_w(c, e, "would")) &&
	    is_w(c, e + 1, "be"))
		return is_plain_word(c, e + 2) && !DOC_TOK_IN(c->d, e + 2, stop_words) ? e + 3 : 0;
	return 0;
}

/* "The storm injured dozens and left hundreds homeless", "Explosion
 * Injures Dozens", "Storm Leaves Thousands Without Power": a figure word
 * (obj=1) standing alone after a verb. The word before is no function
 * word, determiner or quantifier ("in the thousands", "several hundreds"),
 * and is in lower case but in a title-case headline. */
static int object_use(const qctx *c, uint32_t t, uint32_t e)
{
	if (t == 0 || !same_sent(c, t - 1, t) || is_w(c, e, "of") || !is_plain_word(c, t - 1) ||
	    c->v_start[t - 1] || c->own[t - 1])
		return 0;
	if (is_w(c, e, "and") && e + 1 < c->n && c->v_start[e + 1])
		return 0; /* "billions and billions of dollars": the second counts */
	size_t len;
	const char *s = ttext(c, t - 1, &len);
	double v;
	if (IN(stop_words, s, len) || small_number(s, len, &v) || IN(pre_modifiers, s, len) ||
	    is_w(c, t - 1, "several") || is_w(c, t - 1, "few") || is_w(c, t - 1, "another"))
		return 0;
	if ((c->tk[t - 1].flags & (TF_CAP | TF_UPPER)) && !title_case(c, t - 1))
		return 0;
	/* a noun may follow only as the object of a preposition: "left
	 * thousands without power", not "thousands refugees" */
	return !(e < c->n && same_sent(c, t, e) && c->n_start[e]);
}

/* Whether token nt ends a noun of quantity_nouns ("civilians", "asylum
 * seekers"). */
static int counted_noun(const qctx *c, uint32_t nt)
{
	if (c->n_start[nt] && match_end(c, c->n_start[nt]) == nt + 1)
		return 1;
	return nt > 0 && c->n_start[nt - 1] && match_end(c, c->n_start[nt - 1]) == nt + 1;
}

static int noun_ok(const qctx *c, uint32_t nt, int need_plural, int weak)
{
	if (nt == UINT32_MAX)
		return 0;
	size_t len;
	const char *s = ttext(c, nt, &len);
	if (IN(abstract_nouns, s, len))
		return 0;
	if (need_plural && !looks_plural(s, len))
		return 0;
	/* "many civilians", "many Republicans"; not "many examples" */
	if (weak && !counted_noun(c, nt) && !((c->tk[nt].flags & TF_CAP) && looks_plural(s, len)))
		return 0;
	/* "in many cases", "in several instances": an idiom, not a count */
	if ((is_w(c, nt, "cases") || is_w(c, nt, "instances")) && nt >= 2 && is_w(c, nt - 2, "in"))
		return 0;
	/* "many people believe", "many would say": a weasel phrase,
	 * attribution's business */
	uint32_t v = nt + 1;
	if (is_w(c, v, "would") || is_w(c, v, "might") || is_w(c, v, "may") || is_w(c, v, "can") ||
	    is_w(c, v, "could") || is_w(c, v, "do") || is_w(c, v, "still") || is_w(c, v, "also"))
		v++;
	if (DOC_TOK_IN(c->d, v, opinion_verbs) && same_sent(c, nt, v))
		return 0;
	return 1;
}

static int emit_vague(qctx *c, uint32_t s, uint32_t e, const char *type, uint32_t nt, uint32_t qmi)
{
	if (!free_range(c, s, e))
		return 0;
	uint32_t it = add_item(c, F_VAGUE_QUANTITY, s, e);
	if (it == UINT32_MAX)
		return -1;
	doc_attr_str(c->d, it, "type", type);
	if (qmi)
		doc_attr_str(c->d, it, "quantifier", lex_phrase_text(c->ls, c->d->matches.v[qmi - 1].phrase));
	if (nt != UINT32_MAX)
		attr_word(c, it, "noun", nt);
	return 1;
}

/* Amount adjective + quantity noun at t: "heavy losses", "high civilian
 * casualties". Returns the end token or 0. */
static uint32_t adj_noun(const qctx *c, uint32_t t)
{
	uint32_t mi = c->v_start[t];
	if (!mi || !vtype(c, mi, "adj"))
		return 0;
	uint32_t j = match_end(c, mi);
	for (int skip = 0; skip < 2 && j < c->n && same_sent(c, t, j); skip++) {
		uint32_t ni = c->n_start[j];
		if (ni && attr_is(c, ni, "amount", "1"))
			return match_end(c, ni);
		/* one free modifier: "heavy civilian casualties" */
		if (!is_plain_word(c, j) || DOC_TOK_IN(c->d, j, stop_words))
			return 0;
		j++;
	}
	return 0;
}

static int find_vague(qctx *c)
{
	for (uint32_t t = 0; t < c->n; t++) {
		if (c->own[t])
			continue;
		uint32_t mi = c->v_start[t];
		if (!mi) {
			/* "casualties were heavy" */
			uint32_t ni = c->n_start[t];
			if (!ni || !attr_is(c, ni, "amount", "1"))
				continue;
			uint32_t j = match_end(c, ni);
			if (!(is_w(c, j, "were") || is_w(c, j, "was") || is_w(c, j, "are") ||
			      is_w(c, j, "is") || is_w(c, j, "remain") || is_w(c, j, "remained")))
				continue;
			j++;
			uint32_t vi = c->v_start[j < c->n ? j : 0];
			if (j < c->n && vi && vtype(c, vi, "intens"))
				j = match_end(c, vi), vi = j < c->n ? c->v_start[j] : 0;
			if (j < c->n && vi && vtype(c, vi, "adj") && same_sent(c, t, j) &&
			    !is_w(c, match_end(c, vi), "of") && !is_w(c, match_end(c, vi), "to")) {
				int r = emit_vague(c, t, match_end(c, vi), "adj", t, vi);
				if (r < 0)
					return -1;
			}
			continue;
		}
		uint32_t e = match_end(c, mi);
		if (!same_sent(c, t, e - 1))
			continue;
		int r = 0;
		if (vtype(c, mi, "intens")) {
			uint32_t ae = e < c->n ? adj_noun(c, e) : 0;
			if (ae)
				r = emit_vague(c, t, ae, "adj", ae - 1, c->v_start[e]);
		} else if (vtype(c, mi, "adj")) {
			uint32_t ae = adj_noun(c, t);
			/* "a significant amount of time": an amount of an abstraction */
			if (ae && is_w(c, ae, "of") &&
			    (DOC_TOK_IN(c->d, ae + 1, abstract_nouns) ||
			     DOC_TOK_IN(c->d, ae + 1, duration_units)))
				ae = 0;
			if (ae)
				r = emit_vague(c, t, ae, "adj", ae - 1, mi);
		} else {
			int of = vtype(c, mi, "of"), det = vtype(c, mi, "det");
			int pron = attr_is(c, mi, "pron", "1");
			int weak = attr_is(c, mi, "weak", "1");
			/* "how many", "as many", "so many as": questions and comparisons */
			if (t > 0 && (is_w(c, t - 1, "how") || is_w(c, t - 1, "as")))
				continue;
			uint32_t j = e;
			double sc;
			if (det && scale_at(c, j, &sc)) /* "several hundred", "a few thousand" */
				j++;
			if ((of || det) && is_w(c, j, "of") && same_sent(c, t, j)) {
				uint32_t nt = noun_after(c, j, t);
				if (noun_ok(c, nt, 0, weak))
					r = emit_vague(c, t, nt + 1, of ? "of" : "det", nt, mi);
				else if (nt == UINT32_MAX && !weak &&
				         (is_w(c, j + 1, "them") || is_w(c, j + 1, "those") ||
				          is_w(c, j + 1, "whom")) &&
				         !DOC_TOK_IN(c->d, j + 2, opinion_verbs))
					r = emit_vague(c, t, j + 2, of ? "of" : "det", UINT32_MAX, mi);
				else if (nt == UINT32_MAX && !weak && of && is_plain_word(c, j + 1) &&
				         (c->tk[j + 1].flags & TF_CAP) && same_sent(c, t, j + 1))
					r = emit_vague(c, t, j + 2, "of", UINT32_MAX,
					               mi); /* "thousands of New York ..." */
			} else if (det || (of && j > e)) {
				uint32_t nt = noun_after(c, j, t);
				if (noun_ok(c, nt, 1, weak))
					r = emit_vague(c, t, nt + 1, "det", nt, mi);
			}
			if (!r && !weak && (of || pron) && is_w(c, j, "more") && same_sent(c, t, j)) {
				/* "dozens more", "hundreds more were wounded" */
				uint32_t nt = noun_after(c, j + 1, t);
				if (nt != UINT32_MAX && noun_ok(c, nt, 1, 0))
					r = emit_vague(c, t, nt + 1, "of", nt, mi);
				else if (nt == UINT32_MAX && !DOC_TOK_IN(c->d, j + 1, duration_units) &&
				         !DOC_TOK_IN(c->d, j + 1, abstract_nouns))
					r = emit_vague(c, t, j + 1, "pron", UINT32_MAX, mi);
			}
			int strong = attr_is(c, mi, "obj", "1");
			if (!r && pron) {
				uint32_t se = subject_use(c, t, e, strong);
				if (se)
					r = emit_vague(c, t, se, "pron", UINT32_MAX, mi);
			}
			if (!r && strong && object_use(c, t, e))
				r = emit_vague(c, t, e, "pron", UINT32_MAX, mi);
		}
		if (r < 0)
			return -1;
		if (r)
			while (t + 1 < c->n && c->own[t + 1])
				t++;
	}
	return c->d->nomem ? -1 : 0;
}

/* ---- setup ------------------------------------------------------------------ */

static int is_number_candidate(const qctx *c, uint32_t t)
{
	const tok *k = &c->tk[t];
	if (k->kind == TOK_NUM || (k->flags & TF_DIGIT))
		return 1;
	if (k->kind != TOK_WORD)
		return 0;
	size_t len;
	const char *s = ttext(c, t, &len);
	double v;
	if (tok_number(c, t, &v) || (len <= 2 && (s[0] == 'a')))
		return 1;
	/* a bound before "twice", before "the" and an ordinal */
	if ((c->h_end[t] && (word_eq("twice", s, len) || word_eq("thrice", s, len))) ||
	    (t > 0 && c->h_end[t - 1] && is_w(c, t - 1, "the") && ordinal_word(s, len)))
		return 1;
	/* the fractions that stand without a lead word are "half" and
	 * hyphenated ones (see fractions[]): most words stop here */
	if (!(k->flags & TF_HYPHEN) && !word_eq("half", s, len))
		return 0;
	for (size_t i = 0; i < CRD_ARRAY_LEN(fractions); i++)
		if (!fractions[i].lead && is_w(c, t, fractions[i].word))
			return 1; /* "half", "two-thirds" */
	return 0;
}

static void index_matches(qctx *c)
{
	const crd_doc *d = c->d;
	for (size_t i = 0; i < d->matches.n; i++) {
		const lex_match *m = &d->matches.v[i];
		uint32_t *slot = NULL;
		uint32_t span = m->tok1 - m->tok0;
		if (m->lexicon == c->lx_hedge) {
			uint32_t *st = &c->h_start[m->tok0];
			if (!*st || match_end(c, *st) - m->tok0 < span)
				*st = (uint32_t)i + 1;
			const char *pos = lex_phrase_attr(c->ls, m->phrase, "pos");
			if (!pos || strcmp(pos, "pre") == 0) {
				uint32_t *en = &c->h_end[m->tok1];
				if (!*en || m->tok1 - match_begin(c, *en) < span)
					*en = (uint32_t)i + 1;
			}
			continue;
		}
		if (m->lexicon == c->lx_vague)
			slot = &c->v_start[m->tok0];
		else if (m->lexicon == c->lx_noun)
			slot = &c->n_start[m->tok0];
		else if (m->lexicon == c->lx_rel)
			slot = &c->r_start[m->tok0];
		if (slot && (!*slot || match_end(c, *slot) - m->tok0 < span))
			*slot = (uint32_t)i + 1;
	}
}

static int run(crd_doc *d)
{
	qctx c;
	memset(&c, 0, sizeof c);
	c.d = d;
	c.ls = d->engine->lex;
	c.tk = d->toks.v;
	c.n = (uint32_t)d->toks.n;
	if (c.n == 0)
		return 0;
	c.lx_hedge = engine_lexicon(d->engine, "quantity_hedge");
	c.lx_vague = engine_lexicon(d->engine, "quantity_vague");
	c.lx_noun = engine_lexicon(d->engine, "quantity_nouns");
	c.lx_rel = engine_lexicon(d->engine, "date_relative");
	c.lx_place = engine_lexicon(d->engine, "places");
	c.lx_org = engine_lexicon(d->engine, "org_words");
	c.lx_orgname = engine_lexicon(d->engine, "org_names");

	size_t per = (size_t)c.n + 1, total = per * 7 + d->sents.n;
	d->scratch.n = 0;
	if (vec_reserve((void **)&d->scratch.v, &d->scratch.cap, total, sizeof(uint32_t)) != 0)
		return -1;
	memset(d->scratch.v, 0, total * sizeof(uint32_t));
	c.h_start = d->scratch.v;
	c.h_end = c.h_start + per;
	c.v_start = c.h_end + per;
	c.n_start = c.v_start + per;
	c.r_start = c.n_start + per;
	c.own = c.r_start + per;
	c.wnum = c.own + per;
	c.tcase = c.wnum + per;
	index_matches(&c);

	if (find_dates(&c) != 0)
		return -1;

	size_t cand = 0;
	for (uint32_t t = 0; t < c.n; t++)
		cand += !c.own[t] && is_number_candidate(&c, t);
	if (cand) {
		c.q = arena_alloc(&d->mem, cand * sizeof(qnum));
		if (!c.q) {
			d->nomem = 1;
			return -1;
		}
		c.qcap = cand;
		if (find_numbers(&c) != 0)
			return -1;
	}
	if (find_vague(&c) != 0)
		return -1;
	return d->nomem ? -1 : 0;
}

static const int owned[] = { F_PRECISE_NUMBER, F_HEDGED_NUMBER, F_VAGUE_QUANTITY,
	                     F_ABSOLUTE_DATE,  F_RELATIVE_DATE, -1 };

/* What hedge_of() (hedge_names), vtype() and the phrase scan compare: "hedge=aprox"
 * would make no hedged number. unit of date_relative is free, the
 * evidence's attrs.unit. */
static const det_attr quantity_attrs[] = {
	{ "quantity_hedge", "hedge", DET_ONE_OF, hedge_names, 0 },
	{ "quantity_hedge", "pos", DET_ONE_OF, (const char *const[]){ "pre", "post", "context", NULL }, 0 },
	{ "quantity_hedge", "estimate", DET_FLAG, NULL, 0 },
	{ "quantity_nouns", "amount", DET_FLAG, NULL, 0 },
	{ "quantity_vague", "type", DET_ONE_OF, (const char *const[]){ "of", "det", "adj", "intens", NULL },
	  0 },
	{ "quantity_vague", "pron", DET_FLAG, NULL, 0 },
	{ "quantity_vague", "obj", DET_FLAG, NULL, 0 },
	{ "quantity_vague", "weak", DET_FLAG, NULL, 0 },
	{ 0 },
};

const detector det_quantity_detector = { "quantity", run, owned, quantity_attrs };
