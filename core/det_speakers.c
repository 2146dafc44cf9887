/* det_speakers.c -- who speaks: the phrase beside a verb of saying, its class, pronouns, sources named so
 * far. */
#include <stdlib.h>
#include <limits.h>
#include <string.h>

#include "det_attribution.h"

/*
 * A cue found by det_attribution.c asks here for its speaker: the noun
 * phrase before the verb ("a senior official who spoke on condition of
 * anonymity said", "Smith, a spokesman for the agency, said"), after it
 * ("..., said Smith", "according to a poll conducted by Gallup"), or a
 * pronoun. The phrase is classified by its head: a name from the names
 * detector (named, a person or an organisation), a source noun (anonymous,
 * vague, or named when definite: "the company"), an anonymity marker, or a
 * pronoun resolved to the nearest compatible source or name in the
 * preceding sentences. Every walk is bounded (NP_MAX tokens, a few
 * sentences back, a ring of HIST sources), so reading a speaker costs a
 * constant per cue.
 */

static char known_gender(const actx *x, uint32_t h);
static void learn_gender(actx *x, uint32_t h, char g);
/* ---- entities from the names detector ---------------------------------- */

static int cmp_triple(const void *a, const void *b)
{
	const uint32_t *p = a, *q = b;
	return p[0] < q[0] ? -1 : p[0] > q[0];
}

/* The gender a person's title gives ("Mrs."; "Sen." gives none), or else
 * the given name that opens a name of two words or more ("Walter Ames",
 * from given_names). */
static char own_gender(const actx *x, const uint32_t *e, int lex)
{
	const char *g = src_attr(x->d, x->title, e[0], "gender", 0);
	if (g)
		return g[0];
	uint32_t t = e[0], ph;
	while (t < e[1] && x->title[t])
		t = src_match(x->d, x->title, t)->tok1;
	if (lex < 0 || t + 1 >= e[1] || !lex_has_match(x->d, lex, t, t + 1, &ph))
		return 0;
	g = lex_phrase_attr(x->d->engine->lex, ph, "gender");
	return g ? g[0] : 0;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t p = *(const uint64_t *)a, q = *(const uint64_t *)b;
	return p < q ? -1 : p > q;
}

/* Each person's gender from its title or given name; a surname alone takes
 * the gender of the full names that end with it, when they agree
 * ("Elena Varga ... Varga said"; not "Paul Delgado ... Nadia
 * Delgado ... Delgado"). The full names' (surname, gender) pairs are sorted
 * and made unique, so a surname finds its one or two genders by binary
 * search. */
static void load_genders(actx *x)
{
	int lex = engine_lexicon(x->d->engine, "given_names");
	size_t nfull = 0;
	for (size_t k = 0; k < x->nents; k++) {
		const uint32_t *e = x->ents + 3 * k;
		x->egen[k] = e[2] == F_NAMED_PERSON ? own_gender(x, e, lex) : 0;
		nfull += x->egen[k] && e[1] - e[0] >= 2;
	}
	if (nfull == 0)
		return;
	uint64_t *sg = arena_alloc(&x->d->mem, nfull * sizeof *sg);
	if (!sg) {
		x->d->nomem = 1;
		return;
	}
	size_t n = 0;
	for (size_t k = 0; k < x->nents; k++) {
		const uint32_t *e = x->ents + 3 * k;
		if (x->egen[k] && e[1] - e[0] >= 2)
			sg[n++] = (uint64_t)src_hash(x->d, e[1] - 1) << 8 | (unsigned char)x->egen[k];
	}
	qsort(sg, n, sizeof *sg, cmp_u64);
	size_t u = 0;
	for (size_t i = 0; i < n; i++)
		if (u == 0 || sg[u - 1] != sg[i])
			sg[u++] = sg[i];
	for (size_t k = 0; k < x->nents; k++) {
		const uint32_t *e = x->ents + 3 * k;
		if (e[2] != F_NAMED_PERSON || x->egen[k] || e[1] - e[0] != 1)
			continue;
		uint64_t h = (uint64_t)src_hash(x->d, e[0]) << 8;
		size_t lo = 0, hi = u;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (sg[mid] < h)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < u && sg[lo] >> 8 == h >> 8 && !(lo + 1 < u && sg[lo + 1] >> 8 == h >> 8))
			x->egen[k] = (char)(sg[lo] & 0xff); /* one gender only */
	}
}

void spk_load_entities(actx *x)
{
	crd_doc *d = x->d;
	memset(x->ent, 0, x->n * sizeof *x->ent);
	x->nents = 0;
	for (size_t k = 0; k < d->ev.n; k++) {
		const ev_item *it = &d->ev.v[k];
		if (it->feature != F_NAMED_PERSON && it->feature != F_NAMED_ORG && it->feature != F_PLACE)
			continue;
		uint32_t t0 = doc_token_at(d, it->s), t1 = t0;
		while (t1 < x->n && T(x, t1)->s < it->e)
			t1++;
		if (t0 >= t1 || x->nents >= x->n)
			continue;
		uint32_t *e = x->ents + 3 * x->nents++;
		e[0] = t0;
		e[1] = t1;
		e[2] = (uint32_t)it->feature;
	}
	qsort(x->ents, x->nents, 3 * sizeof(uint32_t), cmp_triple);
	x->nsurn = 0;
	for (size_t k = 0; k < x->nents && x->nsurn < SURN_MAX; k++)
		if (x->ents[3 * k + 2] == F_NAMED_PERSON)
			x->surn[x->nsurn++] = src_hash(d, x->ents[3 * k + 1] - 1);
	for (size_t k = 0; k < x->nents; k++)
		for (uint32_t t = x->ents[3 * k]; t < x->ents[3 * k + 1]; t++) {
			x->ent[t] = (uint32_t)k + 1;
			/* a name in capitals is no pronoun: "WHO said", "US
			 * officials" */
			const tok *w = T(x, t);
			if ((w->flags & TF_UPPER) && w->fe - w->fs >= 2 &&
			    (role(x, t, "pron") || role(x, t, "rel")))
				x->gram[t] = 0;
		}
	load_genders(x);
	/* shares, which speak for a sample ("six in 10 say", "42% say"), and
	 * where each quantity starts, so that a speaker's phrase keeps its
	 * hedge ("At least 400 people say") */
	memset(x->qty, 0, x->n * sizeof *x->qty);
	for (size_t k = 0; k < d->ev.n; k++) {
		const ev_item *it = &d->ev.v[k];
		if (it->feature == F_PRECISE_NUMBER || it->feature == F_HEDGED_NUMBER ||
		    it->feature == F_VAGUE_QUANTITY) {
			uint32_t t = doc_token_at(d, it->s);
			if (t < x->n && T(x, t)->s == it->s)
				x->qty[t] |= Q_START;
			for (; t < x->n && T(x, t)->s < it->e; t++)
				x->qty[t] |= Q_IN | (it->feature != F_VAGUE_QUANTITY ? Q_FIGURE : 0);
		} else if (it->feature == F_RELATIVE_DATE || it->feature == F_ABSOLUTE_DATE) {
			for (uint32_t t = doc_token_at(d, it->s); t < x->n && T(x, t)->s < it->e; t++)
				x->qty[t] |= Q_DATE;
		}
	}
	/* shares by their attributes, and years, which are dates too ("who in
	 * 2010 said") */
	for (size_t k = 0; k < d->attrs.n; k++) {
		const ev_attr *a = &d->attrs.v[k];
		if (a->type != ATTR_STR)
			continue;
		const ev_item *it = &d->ev.v[a->item];
		uint32_t flag = 0;
		if ((strcmp(a->key, "unit") == 0 && strcmp(a->str, "ratio") == 0) ||
		    (strcmp(a->key, "kind") == 0 && strcmp(a->str, "percent") == 0))
			flag = it->feature >= 0 ? Q_SHARE : 0;
		else if (strcmp(a->key, "kind") == 0 && strcmp(a->str, "money") == 0)
			flag = Q_MONEY;
		else if (strcmp(a->key, "kind") == 0 && strcmp(a->str, "year") == 0)
			flag = it->feature == F_PRECISE_NUMBER ? Q_DATE : 0;
		for (uint32_t t = doc_token_at(d, it->s); flag && t < x->n && T(x, t)->s < it->e; t++)
			x->qty[t] |= flag;
	}
}

/* The gender load_genders() found for entity e, or 0. */
static char entity_gender(const actx *x, const uint32_t *e)
{
	return x->egen[(size_t)(e - x->ents) / 3];
}

/* ---- the source history ------------------------------------------------ */

void spk_remember(actx *x, const source *s, uint32_t sent)
{
	if (s->cls == SC_NONE)
		return;
	if (s->pronoun && s->gender && s->name_s != UINT32_MAX) {
		/* "he" stood for this name: remember it is a man's */
		uint32_t t = doc_token_at(x->d, s->name_e) - 1;
		if (t < x->n)
			learn_gender(x, src_hash(x->d, t), s->gender);
	}
	if (x->nhist == HIST) {
		memmove(x->hist, x->hist + 1, (HIST - 1) * sizeof *x->hist);
		x->nhist--;
	}
	x->hist[x->nhist].src = *s;
	x->hist[x->nhist].sent = sent;
	x->nhist++;
}

/* ---- the words of a phrase --------------------------------------------- */

/* The "(" that opens the parenthesis closed at token close: less than max
 * tokens back and after lo, or UINT32_MAX. */
static uint32_t paren_open(const actx *x, uint32_t lo, uint32_t close, uint32_t max)
{
	uint32_t b = close;
	while (b > lo && close - b < max && !doc_mark_at(x->d, b, '('))
		b--;
	return b > lo && doc_mark_at(x->d, b, '(') ? b : UINT32_MAX;
}

/* A dash that sets off an aside, not a hyphen inside a word. */
static int aside_dash(const actx *x, uint32_t i)
{
	return T(x, i)->kind == TOK_PUNCT && src_ch(x->d, i) == '-' && !glued_hyphen(x, i);
}

/* Whether the cue word at i stands as an adjective before the source noun
 * after it, the sense its unless= names: "according to informed | sources",
 * not "he informed | reporters". */
static int cue_adjective(const actx *x, uint32_t i)
{
	if (i + 1 >= x->n || !x->srcw[i + 1] || T(x, i + 1)->kind != TOK_WORD)
		return 0;
	return src_listed_tok(x->d, src_attr(x->d, x->cue, i, "unless", 1), T(x, i + 1));
}

/* Whether token i can sit inside a speaker's noun phrase. */
int spk_np_token(const actx *x, uint32_t i)
{
	const tok *t = T(x, i);
	if (x->inq[i])
		return 0;
	if (t->kind == TOK_NUM || (x->qty[i] & Q_SHARE))
		return 1; /* "400", the "%" of "42%" */
	if (t->kind == TOK_PUNCT) {
		/* dots and hyphens inside names and abbreviations; the slash
		 * of "a New York Times/CBS News poll" */
		if (src_ch(x->d, i) == '/' && !(t->flags & TF_SPACE) && i + 1 < x->n &&
		    !(T(x, i + 1)->flags & TF_SPACE) && i > 0 && T(x, i - 1)->kind == TOK_WORD &&
		    T(x, i + 1)->kind == TOK_WORD)
			return 1;
		if (glued_hyphen(x, i) || plural_possessive(x, i))
			return 1; /* "a U.S.-based advocate", "Gates' work" */
		return x->ent[i] && (src_ch(x->d, i) == '.' || src_ch(x->d, i) == '-');
	}
	if (t->kind != TOK_WORD)
		return 0;
	if (x->ent[i])
		return 1;
	for (uint32_t b = i + 1; b-- > 0 && i - b < 8;) {
		const lex_match *m = src_match(x->d, x->anon, b);
		if (m && m->tok1 > i)
			return 1; /* inside "close to", "with knowledge of" */
	}
	if (is(x, i, "not") && i + 1 < x->n && x->anon[i + 1])
		return 1; /* "Experts not involved in the research" */
	if (role(x, i, "bound") || aux_word(x, i) || role(x, i, "rel") || neg_word(x, i) ||
	    role(x, i, "pron") || src_contraction(x->d, i))
		/* the possessive goes on ("the mayor's aide"); "who's", "he's",
		 * "who've" end it */
		return is(x, i, "'s") && i > 0 && !role(x, i - 1, "pron") && !role(x, i - 1, "rel");
	if (is(x, i, "named") && i > 0 && i + 1 < x->n && x->ent[i + 1] && T(x, i - 1)->kind == TOK_WORD &&
	    !(T(x, i - 1)->flags & TF_CAP) && !x->gram[i - 1])
		return 1; /* the name a plain noun goes by: "a nurse named Ellen Ruiz said" */
	if (x->cue[i] && !x->srcw[i] && !cue_adjective(x, i) && !src_portfolio_word(x->d, i))
		return i > 0 && (src_attr(x->d, x->gram, i - 1, "art", 1) ||
		                 possessive(x, i - 1)); /* "the talks", "the administration's thinking" */
	return 1;
}

/* Finds the anonymity marker ("familiar with", "who spoke on condition of
 * anonymity") starting in [from, to), or UINT32_MAX. */
static uint32_t anon_marker(const actx *x, uint32_t from, uint32_t to)
{
	for (uint32_t k = from; k < to && k < x->n; k++)
		if (x->anon[k])
			return k;
	return UINT32_MAX;
}

/* Whether an anonymity marker ends right before token k ("people familiar
 * with | the matter", "who spoke on condition of anonymity | said"), and
 * where it starts. */
static uint32_t anon_ending(const actx *x, uint32_t k)
{
	uint32_t first = UINT32_MAX;
	for (uint32_t b = k; b-- > 0 && k - b <= 9;) {
		const lex_match *m = src_match(x->d, x->anon, b);
		if (m && m->tok1 == k)
			first = b; /* keep walking: the longest marker starts earliest */
	}
	return first;
}

static int anon_ends_at(const actx *x, uint32_t k)
{
	return anon_ending(x, k) != UINT32_MAX;
}

int spk_anon_ends_at(const actx *x, uint32_t k)
{
	return anon_ends_at(x, k);
}

/* Where an anonymity clause that runs on to token k starts, over the
 * reason and the matter it goes on with: "who spoke on condition of
 * anonymity because he was not authorized to discuss the matter publicly
 * | said", "who was not allowed to brief the press corps | said". Words
 * only, no verb of saying of its own; UINT32_MAX when there is none. */
static uint32_t anon_clause_start(const actx *x, uint32_t lo, uint32_t k)
{
	uint32_t first = UINT32_MAX, b = k;
	while (b > lo && k - b <= 24) {
		uint32_t m = anon_ending(x, b);
		if (m != UINT32_MAX && m >= lo && m < b) {
			first = m;
			b = m;
			continue;
		}
		uint32_t t = b - 1;
		if (T(x, t)->kind != TOK_WORD || x->inq[t] || x->ent[t] ||
		    (x->cue[t] && src_attr_is(x->d, x->cue, t, "strength", "strong", 0)))
			break;
		b = t;
	}
	/* the clause describes a speaker's noun ("who ...", "a source |
	 * speaking ...", "officials | familiar with"), and the verb is not
	 * the reason's own ("The officials spoke on condition of anonymity
	 * because they | were not authorized to talk") */
	if (first == UINT32_MAX || first == lo || role(x, k - 1, "pron") ||
	    !(is(x, first, "who") || x->srcw[first - 1] || x->ent[first - 1] ||
	      (doc_mark_at(x->d, first - 1, ',') && participle(x, first))))
		return UINT32_MAX;
	return first;
}

/* The determiner of the phrase [t0, head): 1 definite, 0 indefinite, -1 none. */
static int determiner(const actx *x, uint32_t t0, uint32_t head)
{
	for (uint32_t k = t0; k < head; k++) {
		if (possessive(x, k))
			return 1;
		if (role(x, k, "det")) {
			const char *def = src_attr(x->d, x->gram, k, "def", 1);
			return def && def[0] == '1';
		}
	}
	return -1;
}

/* Whether the determiner of [t0, head) is "the", which points back; a
 * possessive does not ("his campaign manager", "Ames's lawyer" are
 * somebody else's), nor does "this" ("this author" is the writer). */
static int pointing_det(const actx *x, uint32_t t0, uint32_t head)
{
	for (uint32_t k = t0; k < head; k++) {
		if (possessive(x, k))
			return 0;
		if (role(x, k, "det"))
			return is(x, k, "the");
	}
	return 0;
}

/* ---- pronouns and back-references -------------------------------------- */

/* How many sentences after sentence a sentence b is, as a reader counts
 * them: the sentences of a quotation go with the one that opens it, so
 * "Ames responded, \"I would. I think. We did.\" He added" is one on.
 * rsent[s] counts the sentences before s that open outside a quotation. */
static uint32_t sent_gap(const actx *x, uint32_t a, uint32_t b)
{
	if (a >= b)
		return 0;
	if (b >= x->d->sents.n)
		return b - a;
	return x->rsent[b + 1] - x->rsent[a + 1];
}

/* Resolves a back-reference or pronoun against the history: the newest
 * compatible entry within a few sentences. want: 'p' a person, 'o' an
 * organisation or document, 'g' a plural group, 'h' the same head noun,
 * 'a' one anonymous source. */
static const source *from_history(const actx *x, uint32_t sent, int want, char gender, uint32_t head_hash,
                                  int maxback)
{
	for (size_t k = x->nhist; k-- > 0;) {
		const hist_entry *h = &x->hist[k];
		if (sent_gap(x, h->sent, sent) > (uint32_t)maxback)
			break;
		const source *s = &h->src;
		switch (want) {
		case 'p':
			if (s->plural || !s->kind || strcmp(s->kind, "person") != 0)
				continue;
			if (gender && (s->gender ? s->gender : known_gender(x, s->head_hash)) &&
			    (s->gender ? s->gender : known_gender(x, s->head_hash)) != gender)
				continue;
			return s;
		case 'o':
			if (s->plural || !s->kind || strcmp(s->kind, "person") == 0)
				continue;
			return s;
		case 'g':
			if (!s->plural && !(s->kind && (strcmp(s->kind, "organisation") == 0 ||
			                                strcmp(s->kind, "website") == 0)))
				continue;
			return s;
		case 'h':
			if (s->head_hash == head_hash)
				return s;
			continue;
		case 'a':
			if (s->cls == SC_ANON && !s->plural)
				return s;
			continue;
		}
	}
	return NULL;
}

/* The last group of unnamed people met in the three sentences before
 * sentence sent ("two people familiar with the matter"), for "one of
 * them" and "the other" to be some of; NULL when none. */
static const source *anon_group(const actx *x, uint32_t sent)
{
	for (size_t k = x->nhist; k-- > 0;) {
		const hist_entry *h = &x->hist[k];
		if (sent_gap(x, h->sent, sent) > 3)
			break;
		if (h->src.cls == SC_ANON && h->src.plural)
			return &h->src;
	}
	return NULL;
}

/* The gender a pronoun once revealed for the name ending with hash h. */
static char known_gender(const actx *x, uint32_t h)
{
	for (size_t k = 0; k < x->ngen; k++)
		if (x->gname[k] == h)
			return x->ggen[k];
	return 0;
}

static void learn_gender(actx *x, uint32_t h, char g)
{
	if (!g || known_gender(x, h))
		return;
	size_t k = x->ngen < GENDERS ? x->ngen++ : (size_t)(h % GENDERS);
	x->gname[k] = h;
	x->ggen[k] = g;
}

static char person_gender(const actx *x, const uint32_t *e)
{
	char g = entity_gender(x, e);
	return g ? g : known_gender(x, src_hash(x->d, e[1] - 1));
}

/* The number of entities that start before token i. */
static size_t entities_before(const actx *x, uint32_t i)
{
	size_t lo = 0, hi = x->nents;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (x->ents[3 * mid] < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Whether an owner (the entity e, its possessive after it) gives way to
 * a person its sentence names later at t, as it usually does: "one of
 * Walter J. Prentiss's daughters, Nora Prentiss", "Haskell's home, and
 * when the AP asked Quist". Not when the owner opens the sentence and
 * the later person is a preposition's object: "Ames's meeting with
 * Varga took place ...". */
static int owner_yields(const actx *x, const uint32_t *e, uint32_t t)
{
	return !(e[0] == sent_start(x, e[0]) && t > 0 && role(x, t - 1, "prep"));
}

/* Where a subordinate clause that opens the sentence of token i ends: the
 * comma after "When Kimball began to reflect on it," or "But after the
 * debate,", also after a setting ("In New York, after meeting with ...,");
 * 0 when the sentence opens with its main clause. */
static uint32_t opening_clause_end(const actx *x, uint32_t i)
{
	static const char *const subordinators[] = { "when", "while",  "after",    "before",   "as",
		                                     "if",   "though", "although", "because",  "since",
		                                     "once", "until",  "unless",   "whenever", "whereas" };
	uint32_t a = sent_start(x, i), end = sent_end(x, i);
	while (a < end && (T(x, a)->kind != TOK_WORD || is(x, a, "but") || is(x, a, "and") ||
	                   is(x, a, "yet") || is(x, a, "so")))
		a++;
	int sub = DOC_TOK_IN(x->d, a, subordinators);
	if (!sub && a < end && opens_setting(x, a)) {
		/* past a setting and its comma: "In New York, after meeting
		 * with the Rev. Cal Sharpe ..., Delgado proposed" */
		uint32_t c = a + 1;
		while (c < end && c - a < 12 && !doc_mark_at(x->d, c, ','))
			c++;
		if (c + 1 < end && doc_mark_at(x->d, c, ',')) {
			a = c + 1;
			sub = DOC_TOK_IN(x->d, a, subordinators);
		}
	}
	if (!sub || a >= end)
		return 0;
	for (uint32_t k = a + 1; k < end && k < a + 40; k++)
		if (doc_mark_at(x->d, k, ','))
			return k;
	return 0;
}

/* The person (or organisation) the sentences before i most likely continue
 * with: in the nearest sentence that names a compatible one, the first it
 * names, which is usually its subject; the first of its main clause when a
 * subordinate one opens it ("But when Kimball began to reflect on it, Pruett
 * shut it down. \"...,\" he said" is Pruett's). */
static const uint32_t *recent_entity(const actx *x, uint32_t i, int person, char gender, int maxback)
{
	uint32_t sent = T(x, i)->sent;
	size_t lo = entities_before(x, i);
	const uint32_t *best = NULL;
	uint32_t main0 = 0; /* where the main clause of best's sentence starts */
	for (size_t k = lo, seen = 0; k-- > 0 && seen < 24; seen++) {
		const uint32_t *e = x->ents + 3 * k;
		if (sent_gap(x, T(x, e[0])->sent, sent) > (uint32_t)maxback)
			break;
		if (best && T(x, e[0])->sent != T(x, best[0])->sent)
			break;
		if (best && best[0] > main0 && e[0] < main0)
			break; /* in the subordinate clause, and the main one names one */
		/* nor the agency of a dateline, which never speaks in the report:
		 * "GRANTVILLE, Miss. (AP) — Officials ... before they told" */
		if (x->inq[e[0]] || (e[0] >= x->dl0 && e[0] < x->dl1))
			continue;
		if (person ? e[2] != F_NAMED_PERSON : e[2] != F_NAMED_ORG)
			continue;
		if (person && gender && person_gender(x, e) && person_gender(x, e) != gender)
			continue;
		/* the first person of the sentence, but not an owner before a
		 * later one: "one of Walter J. Prentiss's daughters, Nora
		 * Prentiss. She ..." */
		if (best && e[1] < x->n && possessive(x, e[1]) && owner_yields(x, e, best[0]))
			continue;
		if (!best)
			main0 = opening_clause_end(x, e[0]);
		best = e;
	}
	return best;
}

#define OFFICE_MAX 64

/* The office a title match names, into buf: its office= ("gov." is
 * governor, "_" a space), else its own words. */
static const char *office_of(const actx *x, const lex_match *m, char *buf)
{
	const lex_set *ls = x->d->engine->lex;
	const char *o = lex_phrase_attr(ls, m->phrase, "office");
	if (!o)
		o = lex_phrase_text(ls, m->phrase);
	size_t n = 0;
	for (; o[n] && n + 1 < OFFICE_MAX; n++)
		buf[n] = o[n] == '_' ? ' ' : o[n];
	buf[n] = 0;
	return buf;
}

static const char *const other_office[] = {
	"vice", "deputy", "assistant", "associate", "under", "lieutenant"
};

/* The word before head h that makes its office another ("vice",
 * "deputy"): its hash, or 0. */
static uint32_t office_word(const actx *x, uint32_t h)
{
	return h > 0 && DOC_TOK_IN(x->d, h - 1, other_office) ? src_hash(x->d, h - 1) : 0;
}

/* Whether a person with title office e holds role office r: the same, or
 * one ends the other at a word ("the minority leader", "Senate Minority
 * Leader Walt Dunning"), but not when the words before make it another
 * office ("vice president", "deputy director", "lieutenant governor"). */
static int same_office(const char *e, const char *r)
{
	size_t ne = strlen(e), nr = strlen(r);
	if (ne < nr) {
		const char *t = e;
		e = r, r = t;
		size_t n = ne;
		ne = nr, nr = n;
	}
	if (memcmp(e + ne - nr, r, nr) != 0 || (ne > nr && e[ne - nr - 1] != ' '))
		return 0;
	/* the words before the shared end, one by one */
	for (size_t i = 0; i + nr < ne;) {
		size_t j = i;
		while (j + nr < ne && e[j] != ' ')
			j++;
		for (size_t k = 0; k < CRD_ARRAY_LEN(other_office); k++)
			if (strlen(other_office[k]) == j - i && memcmp(e + i, other_office[k], j - i) == 0)
				return 0;
		i = j + 1;
	}
	return 1;
}

/* Whether person entity ei holds office want: a title in its name, or in
 * an earlier mention with the same surname ("Gov. Jack Kessler ...
 * Kessler"). Courtesy titles ("Mr.") hold none. */
static int holds_office(const actx *x, size_t ei, const char *want)
{
	uint32_t sh = src_hash(x->d, x->ents[3 * ei + 1] - 1);
	for (size_t k = ei + 1, seen = 0; k-- > 0 && seen < 64; seen++) {
		const uint32_t *e = x->ents + 3 * k;
		if (e[2] != F_NAMED_PERSON || src_hash(x->d, e[1] - 1) != sh)
			continue;
		/* "Chairman of the Joint Chiefs of Staff Gen. Carl Vesey" */
		for (uint32_t t = e[0]; t + 1 < e[1]; t++) {
			const lex_match *m = src_match(x->d, x->title, t);
			if (!m)
				continue;
			const char *kind = lex_phrase_attr(x->d->engine->lex, m->phrase, "kind");
			char buf[OFFICE_MAX];
			if (kind && strcmp(kind, "honorific") != 0 && same_office(office_of(x, m, buf), want))
				return 1;
			t = m->tok1 - 1; /* not "president" inside "Vice President" */
		}
	}
	return 0;
}

/* The speaker a phrase at t0 is in apposition to: "said Teodoro Lujan,
 * | the executive director of ...", "said Sen. Hal Brewer, R-Tennessee, |
 * the chairman of ...", with one short aside between. The person must be
 * the last source read: after "told Jo Scanlon and Mika Brandt,"
 * the phrase opens a clause of its own. */
static const uint32_t *apposed_person(const actx *x, uint32_t t0)
{
	if (t0 < 2 || !doc_mark_at(x->d, t0 - 1, ',') || x->nhist == 0)
		return NULL;
	const source *last = &x->hist[x->nhist - 1].src;
	for (uint32_t j = t0 - 1, hops = 0; j > 0 && hops < 2; hops++) {
		const uint32_t *e = entity(x, j - 1);
		if (e && e[2] == F_NAMED_PERSON && e[1] == j)
			return last->t0 <= e[0] && e[1] <= last->t1 ? e : NULL;
		/* back over an aside of up to three tokens to its comma */
		uint32_t k = j - 1;
		while (k > 0 && k + 4 > j && !doc_mark_at(x->d, k, ','))
			k--;
		if (!doc_mark_at(x->d, k, ','))
			return NULL;
		j = k;
	}
	return NULL;
}

/* Whether the role phrase has a tail [e, t1) that makes it somebody of
 * its own: "the head | of the PAC", "the campaign manager | for the
 * effort"; not an aside ("the mayor | , who was a star shortstop") nor
 * where somebody is from ("the senator | from Vermont"). */
static int own_tail(const actx *x, uint32_t e, uint32_t t1)
{
	return e < t1 && role(x, e, "prep") && !is(x, e, "from");
}

/* Where the title that ends the head of the role phrase [t0, t1) starts
 * ("vice" in "the vice president", whose source word is "president"), and
 * *end where it ends: at hend, or past it when the title takes in the
 * phrase's tail ("the secretary | of state"). Without one, hend-1 and hend. */
static uint32_t role_title(const actx *x, uint32_t t0, uint32_t t1, uint32_t hend, uint32_t *end)
{
	for (uint32_t k = t0; k < hend; k++) {
		const lex_match *m = src_match(x->d, x->title, k);
		if (m && m->tok1 >= hend && m->tok1 <= t1) {
			*end = m->tok1;
			return k;
		}
	}
	*end = hend;
	return hend - 1;
}

/* The party a word names: 'R' ("Republican", "GOP"), 'D' ("Democratic",
 * "Democrat"), or 0. */
static char party_of(const actx *x, uint32_t k)
{
	if (is(x, k, "republican") || is(x, k, "gop"))
		return 'R';
	if (is(x, k, "democratic") || is(x, k, "democrat"))
		return 'D';
	return 0;
}

/* Whether the phrase [t0, t1) holds the word at w. */
static int has_word(const actx *x, uint32_t t0, uint32_t t1, uint32_t w)
{
	for (uint32_t k = t0; k < t1 && k < x->n; k++)
		if (T(x, k)->kind == TOK_WORD && src_hash(x->d, k) == src_hash(x->d, w))
			return 1;
	return 0;
}

/* The party the phrase [t0, t1) names first, or 0. */
static char phrase_party(const actx *x, uint32_t t0, uint32_t t1)
{
	for (uint32_t k = t0; k < t1 && k < x->n; k++)
		if (party_of(x, k))
			return party_of(x, k);
	return 0;
}

/* The country word right before the title that leads the phrase from t0,
 * or one word before it ("the Malaysian foreign minister", "Iranian Foreign
 * Minister Hossein Karimian", "Iran's foreign minister", "the Chilean trade
 * minister"): a capitalised word in title case
 * that is no sentence opener and no party, within four words; or
 * UINT32_MAX. The capitals of "U.S." or "US" are left out, as the same
 * country is also written "American". */
static uint32_t phrase_country(const actx *x, uint32_t t0, uint32_t t1)
{
	for (uint32_t k = t0; k + 1 < t1 && k + 1 < x->n && k < t0 + 4 && !x->title[k]; k++) {
		const tok *t = T(x, k);
		uint32_t w = k + 1 + (k + 2 < t1 && is(x, k + 1, "'s"));
		if (!x->title[w] && w + 1 < t1 && T(x, w)->kind == TOK_WORD)
			w++; /* over the portfolio: "Peruvian Trade | Minister" */
		if (t->kind != TOK_WORD || !(t->flags & TF_CAP) || (t->flags & TF_UPPER) || !x->title[w] ||
		    party_of(x, k) || src_attr_is(x->d, x->stop, k, "type", "function", 1))
			continue;
		return k;
	}
	return UINT32_MAX;
}

/* Whether the phrases at t0 and a0 lead with two different countries: "the
 * Malaysian foreign minister" is not "Iranian Foreign Minister Hossein
 * Karimian". The first four letters compare, so "Iran's" and "Iranian"
 * agree. */
static int other_country(const actx *x, uint32_t t0, uint32_t t1, uint32_t a0, uint32_t a1)
{
	uint32_t p = phrase_country(x, t0, t1), q = phrase_country(x, a0, a1);
	if (p == UINT32_MAX || q == UINT32_MAX)
		return 0;
	const tok *u = T(x, p), *v = T(x, q);
	size_t n = u->fe - u->fs < 4 ? u->fe - u->fs : 4;
	return v->fe - v->fs < n || memcmp(x->d->view.fold + u->fs, x->d->view.fold + v->fs, n) != 0;
}

/* The person a role with a party refers back to ("the Republican
 * nominee", "the GOP front-runner"): the latest person named with that
 * party and that head noun just before the name ("Republican presidential
 * nominee Lena Ames") or in an apposition after it ("Lena Ames, the
 * GOP nominee,"), within twelve sentences. NULL when the role names no
 * party or nobody fits; "the Wisconsin Republican" has no head noun to
 * match. */
static const uint32_t *party_entity(const actx *x, uint32_t t0, uint32_t r)
{
	char want = phrase_party(x, t0, r + 1);
	if (!want || party_of(x, r))
		return NULL;
	uint32_t sent = T(x, t0)->sent;
	for (size_t k = entities_before(x, t0), seen = 0; k-- > 0 && seen < 64; seen++) {
		const uint32_t *e = x->ents + 3 * k;
		if (sent_gap(x, T(x, e[0])->sent, sent) > 12)
			break;
		if (e[2] != F_NAMED_PERSON || x->inq[e[0]])
			continue;
		/* the description: up to four words before the name, or an
		 * apposition of up to five after its comma */
		uint32_t lo = sent_start(x, e[0]), b = e[0], a0 = e[1] + 1, a1 = e[1] + 1;
		while (b > lo && e[0] - b < 4 && T(x, b - 1)->kind == TOK_WORD)
			b--;
		if (e[1] + 1 < x->n && doc_mark_at(x->d, e[1], ',') && role(x, a0, "det"))
			while (a1 < x->n && a1 < t0 && a1 - a0 < 5 && T(x, a1)->kind == TOK_WORD)
				a1++; /* an apposition, not a verb's object: not "Martin Brill,
				       * called the Republican nominee" */
		if ((phrase_party(x, b, e[0]) == want && has_word(x, b, e[0], r)) ||
		    (a1 > a0 && phrase_party(x, a0, a1) == want && has_word(x, a0, a1, r)))
			return e;
	}
	return NULL;
}

/* The person a definite role noun refers back to; r is where its title
 * starts, if it has one. An office ("the governor", "the judge") needs a
 * person named with that office: within three sentences, or further back
 * when nobody else was named since ("U.S. District Judge Ronald Lenz ...
 * the judge"). The person named last is as often somebody else ("... shot
 * Kevin Lamar Stokes ... the governor said"). A role that is no office
 * ("the candidate", "the mogul") takes the person named last, within three
 * sentences. */
static const uint32_t *role_entity(const actx *x, uint32_t t0, uint32_t r)
{
	const lex_match *m = src_match(x->d, x->title, r);
	const char *kind = m ? lex_phrase_attr(x->d->engine->lex, m->phrase, "kind") : NULL;
	if (!kind || strcmp(kind, "honorific") == 0) {
		const uint32_t *e = party_entity(x, t0, r);
		return e ? e : recent_entity(x, t0, 1, 0, 3);
	}
	char want[OFFICE_MAX];
	office_of(x, m, want);
	uint32_t sent = T(x, t0)->sent;
	int others = 0;
	for (size_t k = entities_before(x, t0), seen = 0; k-- > 0 && seen < 48; seen++) {
		const uint32_t *e = x->ents + 3 * k;
		uint32_t gap = sent_gap(x, T(x, e[0])->sent, sent);
		if (gap > 12 || (gap > 3 && others))
			break;
		if (e[2] != F_NAMED_PERSON || x->inq[e[0]])
			continue;
		if (holds_office(x, k, want))
			return e;
		others = 1;
	}
	return NULL;
}

/* What a source stands for: its name, or the phrase itself ("the
 * ministry", "a military source"). */
static void name_of(const actx *x, const source *a, uint32_t *ns, uint32_t *ne)
{
	if (a->name_s != UINT32_MAX) {
		*ns = a->name_s;
		*ne = a->name_e;
		return;
	}
	uint32_t e = a->t1;
	while (e > a->t0 + 1 && T(x, e - 1)->kind == TOK_PUNCT)
		e--;
	*ns = T(x, a->t0)->s;
	*ne = T(x, e - 1)->e;
}

static void copy_resolution(const actx *x, source *s, const source *a)
{
	s->cls = a->cls;
	s->kind = a->kind;
	s->plural = a->plural;
	if (!s->gender)
		s->gender = a->gender;
	s->head_hash = a->head_hash;
	if (a->pronoun && a->name_s == UINT32_MAX) {
		/* an earlier pronoun that names nobody ("they say ... what
		 * they want"): the same somebody, whose name is not the
		 * pronoun's own text */
		s->ante = a->ante != UINT32_MAX ? a->ante : T(x, a->t0)->s;
		return;
	}
	name_of(x, a, &s->name_s, &s->name_e);
	s->ante = a->ante != UINT32_MAX && a->pronoun ? a->ante : T(x, a->t0)->s;
}

/* Whether the name e stands where a clause's subject or owner stands: at
 * its sentence's start, after a word that opens a clause ("When Emily
 * Martin gave a talk", "while Ames spoke"), or owning what follows ("In
 * Cox's complaint"). A name after a preposition or inside an aside is
 * what a clause speaks of ("At the funeral for Ali Haddad, he
 * declared", "The accused, identified as Mohammed Irfan, were held, he
 * said"). */
static int subject_like(const actx *x, const uint32_t *e)
{
	static const char *const openers[] = { "when",  "after", "before", "while",    "if",     "because",
		                               "since", "until", "once",   "although", "though", "and",
		                               "but",   "which", "who",    "whom",     "where" };
	uint32_t b = e[0], lo = sent_start(x, b);
	if (e[1] < x->n && possessive(x, e[1]))
		return 1;
	uint32_t k = b;
	while (k > lo && T(x, k - 1)->kind == TOK_WORD && (T(x, k - 1)->flags & TF_CAP) && !x->gram[k - 1])
		k--; /* "Former Rep. Chris Shelby" */
	if (k == lo)
		return 1;
	/* "as" opens a clause ("as Ames spoke"), not after the verb it
	 * completes ("identified as", "known as") */
	if (is(x, k - 1, "as"))
		return k - 1 == lo || T(x, k - 2)->kind != TOK_WORD || !past_participle(x, k - 2);
	return DOC_TOK_IN(x->d, k - 1, openers) || quote_mark(x, k - 1);
}

/* A pronoun speaker at token p. */
static void resolve_pronoun_as(const actx *x, uint32_t p, const char *g, const char *num, const char *pers,
                               source *s)
{
	uint32_t sent = T(x, p)->sent;
	s->t0 = p;
	s->t1 = p + 1;
	s->head = p;
	s->pronoun = 1;
	if (pers)
		return; /* "I", "we", "you": the writer or the reader */
	const source *a = NULL;
	const uint32_t *e = NULL;
	if (g && (g[0] == 'm' || g[0] == 'f')) {
		s->gender = g[0];
		a = from_history(x, sent, 'p', g[0], 0, 3);
		e = recent_entity(x, p, 1, g[0], 5);
		/* the last speaker, unless a later sentence named someone else;
		 * not the sentence the pronoun ends as its tag, which names
		 * what the speaker spoke of ("The accused, identified as
		 * Mohammed Irfan and Sunil Meena, were held, he said.") */
		int tag = p > 0 && doc_mark_at(x->d, p - 1, ',') && e && T(x, e[0])->sent == sent &&
		          !subject_like(x, e);
		if (a && e && T(x, e[0])->sent > T(x, a->t0)->sent && !tag)
			a = NULL;
		else if (a)
			e = NULL;
		if (!a && !e) {
			/* "he said" with no one to point at: still a particular person. */
			s->cls = SC_NAMED;
			s->kind = "person";
			return;
		}
	} else if (num && num[0] == 'p') {
		s->plural = 1;
		a = from_history(x, sent, 'g', 0, 0, 3);
		e = recent_entity(x, p, 0, 0, 1); /* "the campaign ... they said" */
		if (a && e && e[0] > a->t0)
			a = NULL;
		else if (a)
			e = NULL;
	} else {
		a = from_history(x, sent, 'o', 0, 0, 3);
		e = recent_entity(x, p, 0, 0, 2);
		/* a body named after the last one that spoke, in a later
		 * sentence; in the speaker's own sentence a body is mostly an
		 * object ("The hospital said it was working with the FBI. It
		 * said ..." is the hospital) */
		if (a && e && e[0] > a->t0 && T(x, e[0])->sent != T(x, a->t0)->sent)
			a = NULL;
		else if (a)
			e = NULL;
	}
	if (a) {
		copy_resolution(x, s, a);
	} else if (e) {
		s->cls = SC_NAMED;
		s->kind = entity_kind(x, e);
		set_name(s, x, e[0], e[1]);
		s->ante = s->name_s;
		s->head_hash = src_hash(x->d, e[1] - 1);
	} else if (s->plural && role(x, p, "pron")) {
		/* "they say" with nobody to point at: the classic vague source */
		s->cls = SC_VAGUE;
	} else if (!s->plural && is(x, p, "it") && p + 1 < x->n && !aux_word(x, p + 1) &&
	           (p == sent_start(x, p) || T(x, p - 1)->kind == TOK_PUNCT ||
	            (role(x, p - 1, "bound") && !is(x, p - 1, "to")) || role(x, p - 1, "rel") ||
	            is(x, p - 1, "that") || role(x, p - 1, "adv") || ly_adverb(x, p - 1))) {
		/* "it stated", "it also warned" with no body to point at: still
		 * a particular body or document, when it opens its clause; not
		 * "it is", "it's", nor the object of a verb before it ("those
		 * who reported it said") */
		s->cls = SC_NAMED;
	}
}

void spk_resolve_pronoun(const actx *x, uint32_t p, source *s)
{
	const char *g = src_attr(x->d, x->gram, p, "gender", 1);
	const char *num = src_attr(x->d, x->gram, p, "number", 1);
	resolve_pronoun_as(x, p, g, num, src_attr(x->d, x->gram, p, "person", 1), s);
}

/* An object pronoun standing alone after "according to" ("according to
 * her", "according to them"): resolved as its subject form. Not "her" before
 * a word or a quotation mark, a possessive ("according to her lawyer", "her
 * \"clawback\" plan"). */
int spk_object_pronoun(const actx *x, uint32_t k, uint32_t hi, source *s)
{
	const char *g = NULL, *num = NULL;
	if (is(x, k, "him"))
		g = "m";
	else if (is(x, k, "her") &&
	         (k + 1 >= hi || (T(x, k + 1)->kind == TOK_PUNCT && !quote_mark(x, k + 1))))
		g = "f";
	else if (is(x, k, "them"))
		num = "pl";
	else
		return 0;
	resolve_pronoun_as(x, k, g, num, NULL, s);
	return 1;
}

/* Whether [t0, t1) holds an age, "the 23-year-old crooner": an
 * epithet, which news copy uses for a person it has just named. */
static int age_epithet(const actx *x, uint32_t t0, uint32_t t1)
{
	static const char suffix[] = "year-old";
	const size_t n = sizeof suffix - 1;
	for (uint32_t k = t0; k < t1; k++) {
		const tok *t = T(x, k);
		if (t->fe - t->fs > n && memcmp(x->d->view.fold + t->fe - n, suffix, n) == 0)
			return 1;
	}
	return 0;
}

/* A definite description that stands for the person named last, within
 * three sentences ("Rory Vance ... the 23-year-old crooner
 * explained"): s becomes that named person. */
static int epithet_of(const actx *x, uint32_t t0, source *s)
{
	const uint32_t *e = recent_entity(x, t0, 1, 0, 3);
	if (!e)
		return 0;
	s->cls = SC_NAMED;
	s->kind = "person";
	s->gender = person_gender(x, e);
	s->backref = 1;
	s->ante = T(x, e[0])->s;
	set_name(s, x, e[0], e[1]);
	return 1;
}

/* A definite phrase that refers back to source a (when there is one)
 * takes its class, kind and name. */
static void refer_back(const actx *x, source *s, const source *a)
{
	if (!a)
		return;
	s->backref = 1;
	s->cls = a->cls;
	s->kind = a->kind;
	s->ante = T(x, a->t0)->s;
	name_of(x, a, &s->name_s, &s->name_e);
}

/* Whether the lower-case word at k reads as an adjective by its ending
 * ("a frustrated Tolman", "a defensive Brill", "the elder Adan"). */
static int adjective_like(const actx *x, uint32_t k)
{
	static const char *const endings[] = { "ed", "ing", "er", "est", "ive", "ous", "less", "ful", "al",
		                               "an", "ic",  "y",  "ish", "ble", "ent", "ant",  "ile" };
	const tok *t = T(x, k);
	const char *f = x->d->view.fold + t->fs;
	size_t n = t->fe - t->fs;
	if (t->flags & TF_HYPHEN)
		return 1;
	for (size_t i = 0; i < CRD_ARRAY_LEN(endings); i++) {
		size_t m = strlen(endings[i]);
		if (n > m + 2 && memcmp(f + n - m, endings[i], m) == 0)
			return 1;
	}
	return 0;
}

/* Whether the name at e0 opens a relative clause with no "that" on the
 * noun before it, so that the name alone is the speaker: "the claims |
 * Ames repeatedly slammed", "a position | Whitcombe finds ridiculous". A
 * source noun, a title or an adjective before the name stays with it ("the
 * tax-cut activist Gus Pellman", "an incensed Bell"). */
static int reduced_relative(const actx *x, uint32_t t0, uint32_t e0)
{
	const uint32_t *e = entity(x, e0);
	if (e0 < t0 + 2 || !e || e[2] != F_NAMED_PERSON || !role(x, t0, "det") ||
	    !src_attr(x->d, x->gram, t0, "art", 1))
		return 0;
	uint32_t k = e0 - 1;
	const tok *t = T(x, k);
	const char *f = x->d->view.fold + t->fs;
	size_t n = t->fe - t->fs;
	/* a person's noun by its ending: "the Ames surrogate", "the prophet" */
	if (n > 4 && (memcmp(f + n - 3, "ist", 3) == 0 || memcmp(f + n - 3, "ate", 3) == 0))
		return 0;
	return t->kind == TOK_WORD && !(t->flags & TF_CAP) && !x->srcw[k] && !x->title[k] && !x->gram[k] &&
	       !x->ent[k] && !x->cue[k] && !adjective_like(x, k);
}

/* ---- classifying a phrase ---------------------------------------------- */

/* The capitalised word a spokesperson's phrase [t0, t1) speaks for when
 * no name was found there ("A Ford spokesman", "a spokesman for the
 * Treasury"); not a word the sentence opens with, nor an adjective of
 * nation ("a Russian spokesman"). UINT32_MAX when none. */
static uint32_t spokes_for(const actx *x, uint32_t t0, uint32_t t1, uint32_t head)
{
	uint32_t lo = sent_start(x, t0);
	for (uint32_t k = t0; k < t1; k++) {
		const tok *t = T(x, k);
		if (k == head || k == lo || t->kind != TOK_WORD || !(t->flags & TF_CAP) || x->title[k] ||
		    x->srcw[k] || x->gram[k] || x->qty[k] || x->inq[k] || x->stop[k])
			continue;
		return k;
	}
	return UINT32_MAX;
}

/*
 * Classifies the phrase [t0, t1) whose head region ends at hend (before a
 * prepositional tail such as "for the agency") and whose head is hend-1.
 */
static void classify(const actx *x, uint32_t t0, uint32_t t1, uint32_t hend, source *s)
{
	const crd_doc *d = x->d;
	uint32_t head = hend - 1;
	s->t0 = t0;
	s->t1 = t1;
	s->head = head;
	s->head_hash = src_hash(d, head);
	/* the entity in the head region, or the one the tail names */
	const uint32_t *eh = NULL, *et = NULL;
	for (uint32_t k = t0; k < t1; k++) {
		const uint32_t *e = entity(x, k);
		if (!e)
			continue;
		if (k < hend)
			eh = e;
		else if (!et)
			et = e;
		k = e[1] - 1;
	}
	uint32_t mk = anon_marker(x, t0, t1 + 2 < x->n ? t1 + 2 : x->n);
	/* or an aside on "who" and an auxiliary: "Two people, who were not
	 * authorized to speak publicly," */
	if (mk == UINT32_MAX && t1 + 4 < x->n && doc_mark_at(d, t1, ',') && is(x, t1 + 1, "who") &&
	    aux_word(x, t1 + 2) && x->anon[t1 + 3])
		mk = t1 + 3;
	/* "not involved in" marks an outsider, not a source kept unnamed */
	int marker = mk != UINT32_MAX && !(mk > t0 && is(x, mk - 1, "not"));
	const lex_match *hw = src_match(d, x->srcw, head);
	/* A source word may span two tokens ("press secretary"). */
	for (uint32_t k = head > t0 + 1 ? head - 1 : t0; !hw && k < head; k++) {
		const lex_match *m = src_match(d, x->srcw, k);
		if (m && m->tok1 == hend)
			hw = m;
	}
	if (eh && eh[1] == hend && !(hw && hw->tok1 == hend && !x->ent[head])) {
		/* the head is a name */
		if (reduced_relative(x, t0, eh[0]))
			s->t0 = eh[0];
		s->cls = marker ? SC_ANON : SC_NAMED;
		s->kind = entity_kind(x, eh);
		if (eh[2] == F_NAMED_PERSON)
			s->gender = entity_gender(x, eh);
		set_name(s, x, eh[0], eh[1]);
		s->head_hash = src_hash(d, eh[1] - 1);
		return;
	}
	if (et && et[2] == F_NAMED_PERSON && et[0] == hend + 1 &&
	    (is(x, hend, "named") || is(x, hend, "called"))) {
		/* a noun, then the name it goes by: "A freshman named Kayla
		 * Pickens posted", "a reporter called Ann Lee" */
		s->cls = marker ? SC_ANON : SC_NAMED;
		s->kind = "person";
		s->gender = entity_gender(x, et);
		set_name(s, x, et[0], et[1]);
		s->head_hash = src_hash(d, et[1] - 1);
		return;
	}
	if (!hw && !eh && ((x->qty[t0] | x->qty[head]) & Q_SHARE)) {
		/* "Six in 10", "nearly eight in 10 Democratic voters": a share
		 * of a sample, like "52 percent" */
		s->cls = SC_VAGUE;
		s->plural = 1;
		return;
	}
	if (!hw) {
		if (role(x, head, "pron") && !src_attr(d, x->gram, head, "person", 1))
			spk_resolve_pronoun(x, head, s);
		return;
	}
	const char *cls = lex_phrase_attr(d->engine->lex, hw->phrase, "class");
	const char *num = lex_phrase_attr(d->engine->lex, hw->phrase, "number");
	int plural = num && num[0] == 'p';
	int det = determiner(x, t0, hw->tok0);
	int named_mod = eh != NULL;
	s->plural = plural;
	if (!cls)
		return;
	if (strcmp(cls, "anon") == 0) {
		s->cls = SC_ANON;
		s->kind = "person";
		if (det == 1 && !named_mod) {
			/* "the source", "the official": the one met before */
			const source *a = from_history(x, T(x, t0)->sent, 'h', 0, s->head_hash, 8);
			if (!a && age_epithet(x, t0, hend) && pointing_det(x, t0, hw->tok0) &&
			    epithet_of(x, t0, s))
				return; /* "the 41-year-old father of two" */
			/* "a diplomat ... the official": a noun any unnamed source
			 * may be called by; "A 911 caller ... The neighbor" are two */
			static const char *const any_source[] = { "official", "source",     "person",
				                                  "insider",  "aide",       "adviser",
				                                  "advisor",  "strategist", "operative",
				                                  "ally",     "staffer",    "diplomat" };
			if (!a && !plural && DOC_TOK_IN(d, head, any_source))
				a = from_history(x, T(x, t0)->sent, 'a', 0, 0, 3);
			if (!a && hw->tok0 == t0 + 1 && pointing_det(x, t0, hw->tok0)) {
				/* "a security source said ... The source further
				 * added", paragraphs later: an unnamed source keeps
				 * its noun for the whole report ("the" and the noun
				 * alone: not "its officials", "the district attorney") */
				a = from_history(x, T(x, t0)->sent, 'h', 0, s->head_hash, INT_MAX);
				if (a && a->cls != SC_ANON)
					a = NULL;
			}
			refer_back(x, s, a);
		}
	} else if (strcmp(cls, "spokes") == 0) {
		const uint32_t *e = eh ? eh : et;
		uint32_t w = e ? UINT32_MAX : spokes_for(x, t0, t1, hw->tok0);
		/* named by the body or the person it speaks for; the words are
		 * the spokesperson's, who is the speaker ("'...,' a Tolliver
		 * spokesperson said" is no quotation of Tolliver) */
		if (e) {
			s->cls = SC_NAMED;
			s->kind = e[2] == F_NAMED_PERSON ? "person" : "organisation";
		} else if (w != UINT32_MAX) {
			s->cls = SC_NAMED; /* "A Ford spokesman", "a spokesman for Ford" */
			s->kind = "organisation";
		} else {
			s->cls = SC_ANON; /* "a city spokesperson": somebody unnamed */
			s->kind = "person";
			/* "A spokesperson for the district said ... 'Please call
			 * ahead,' the spokesperson said": the one met before, named
			 * by the body it speaks for */
			const source *a = det == 1 && pointing_det(x, t0, hw->tok0)
			                          ? from_history(x, T(x, t0)->sent, 'h', 0, s->head_hash, 8)
			                          : NULL;
			refer_back(x, s, a);
		}
	} else if (strcmp(cls, "role") == 0) {
		if (!plural && (is(x, t0, "one") || is(x, t0, "another"))) {
			s->cls = SC_ANON; /* "One GOP state senator told", "another senator" */
			s->kind = "person";
		} else if (plural)
			s->cls = det == 1 || named_mod ? SC_ANON : SC_VAGUE;
		else if (det == 1 || named_mod || det == -1) {
			s->cls = SC_NAMED;
			s->kind = "person";
			const source *a = from_history(x, T(x, t0)->sent, 'h', 0, s->head_hash, 6);
			int back = det == 1 && !named_mod && pointing_det(x, t0, hw->tok0);
			if (a && a->cls == SC_NAMED && office_word(x, head) != office_word(x, a->head))
				a = NULL; /* "the vice president ... the president" */
			char party = phrase_party(x, t0, hend);
			if (a && party && phrase_party(x, a->t0, a->t1) != party)
				a = NULL; /* "the Republican nominee ... the Democratic nominee" */
			if (a && other_country(x, t0, hend, a->t0, a->t1))
				a = NULL; /* "Iranian Foreign Minister ... the Malaysian foreign minister" */
			if (a && a->cls == SC_NAMED) {
				s->name_s = a->name_s;
				s->name_e = a->name_e;
				s->backref = back;
				s->ante = T(x, a->t0)->s;
			} else if (back) {
				uint32_t rend, r = role_title(x, t0, t1, hend, &rend);
				const uint32_t *e = apposed_person(x, t0);
				if (!e && !own_tail(x, rend, t1))
					e = role_entity(x, t0, r);
				if (e && other_country(x, t0, hend, e[0], e[1]))
					e = NULL; /* "Iranian Foreign Minister ... the Malaysian foreign
					             minister" */
				if (e) {
					set_name(s, x, e[0], e[1]); /* "the Republican candidate" */
					s->gender = person_gender(x, e);
					s->backref = 1;
					s->ante = T(x, e[0])->s;
				}
			}
		} else {
			s->cls = SC_ANON;
			s->kind = "person";
		}
	} else if (strcmp(cls, "org") == 0) {
		if (plural || det == 0)
			s->cls = named_mod ? SC_NAMED : (det == 0 && !plural ? SC_ANON : SC_VAGUE);
		else
			s->cls = SC_NAMED;
		if (s->cls == SC_NAMED) {
			s->kind = "organisation";
			/* the body the name qualifies: "the Delgado campaign"
			 * speaks as "Delgado campaign", not as Delgado */
			if (eh)
				set_name(s, x, eh[0], hend);
		}
	} else if (strcmp(cls, "doc") == 0) {
		/* A document is checkable unless it is a bare plural ("reports say"). */
		if (named_mod || et || det >= 0 || !plural || hw->tok0 > t0) {
			s->cls = SC_NAMED;
			s->kind = "document";
			if (eh || et)
				set_name(s, x, (eh ? eh : et)[0], (eh ? eh : et)[1]);
		} else {
			s->cls = SC_VAGUE;
		}
	} else if (strcmp(cls, "vague") == 0) {
		s->cls = !plural && det == 0 ? SC_ANON : SC_VAGUE;
		if (named_mod && det == 1)
			s->cls = SC_ANON;
		/* "Analysts at JPMorgan said", "researchers from Stanford
		 * University found": the desk of a named body, whose notes and
		 * papers carry its name */
		static const char *const desks[] = { "analysts", "economists", "researchers", "scientists" };
		if (plural && !named_mod && et && et[2] == F_NAMED_ORG && hend < t1 &&
		    (is(x, hend, "at") || is(x, hend, "from")) && et[0] <= hend + 2 &&
		    DOC_TOK_IN(d, head, desks)) {
			s->cls = SC_NAMED;
			s->kind = "organisation";
			set_name(s, x, et[0], et[1]);
		}
	} else if (strcmp(cls, "people") == 0) {
		s->cls = marker ? SC_ANON : SC_VAGUE;
		if (marker)
			s->kind = "person"; /* "people familiar with the talks" */
		if (!plural && det == 0 && !named_mod && hw->tok0 > t0 && !is(x, head, "one")) {
			/* "one person from the Board says", "a person close to
			 * him": somebody unnamed, not a crowd */
			s->cls = SC_ANON;
			s->kind = "person";
		}
		if (!plural && det == 1 && !named_mod && !marker) {
			/* "the person": one met before ("a person familiar with the
			 * talks ... The person said"), else somebody unnamed */
			s->cls = SC_ANON;
			s->kind = "person";
			refer_back(x, s, from_history(x, T(x, t0)->sent, 'a', 0, 0, 3));
		}
		static const char *const parts[] = { "one", "two", "three", "some", "both", "each", "all" };
		if (!named_mod && !marker && hw->tok0 == t0 && t0 + 2 < t1 && DOC_TOK_IN(d, t0, parts) &&
		    is(x, t0 + 1, "of") && (is(x, t0 + 2, "them") || is(x, t0 + 2, "those"))) {
			/* "according to two people familiar with the matter. One
			 * of them said ..." */
			const source *a = anon_group(x, T(x, t0)->sent);
			if (a) {
				s->cls = SC_ANON;
				s->kind = "person";
				s->plural = !is(x, t0, "one");
				refer_back(x, s, a);
			}
		}
		if (!named_mod && !marker && hw->tok0 == t0 && t0 + 3 < t1 && DOC_TOK_IN(d, t0, parts) &&
		    is(x, t0 + 1, "of") && is(x, t0 + 2, "the") && x->srcw[t0 + 3]) {
			/* "according to people familiar with the matter ... one
			 * of the people said": some of the same unnamed people */
			const source *a =
			        from_history(x, T(x, t0)->sent, 'h', 0,
			                     src_hash(d, src_match(d, x->srcw, t0 + 3)->tok1 - 1), 8);
			if (a && a->cls == SC_ANON) {
				s->cls = SC_ANON;
				s->kind = "person";
				refer_back(x, s, a);
			}
		}
		if (plural && det == 1 && !named_mod && !marker && pointing_det(x, t0, hw->tok0)) {
			/* "people familiar with the matter told Bloomberg ... the
			 * people said": the same unnamed people */
			const source *a = from_history(x, T(x, t0)->sent, 'h', 0, s->head_hash, 8);
			if (a && a->cls == SC_ANON)
				refer_back(x, s, a);
		}
	}
	if (marker && s->cls != SC_NONE && strcmp(cls, "doc") != 0)
		s->cls = SC_ANON;
	if (s->cls == SC_ANON && !s->kind)
		s->kind = strcmp(cls, "doc") == 0 ? "document" : NULL;
}

/* ---- noun phrases ------------------------------------------------------ */

/* An anonymity marker of one word before the head it modifies: "an
 * unnamed | source", "an anonymous | official". */
static int anon_modifier(const actx *x, uint32_t k, uint32_t t1)
{
	const lex_match *m = src_match(x->d, x->anon, k);
	return m && m->tok1 == k + 1 && k + 1 < t1 && T(x, k + 1)->kind == TOK_WORD &&
	       !role(x, k + 1, "prep") && !x->anon[k + 1];
}

/* Where the head region of the phrase [t0, t1) ends: at the first
 * preposition or anonymity marker after a noun ("a spokesman | for the
 * agency", "officials | familiar with"). */
static uint32_t head_end(const actx *x, uint32_t t0, uint32_t t1)
{
	for (uint32_t k = t0 + 1; k < t1; k++) {
		if (x->ent[k] && x->ent[k] == x->ent[k - 1])
			continue;
		if (x->srcw[k - 1] && !x->srcw[k] && !x->ent[k] && participle(x, k))
			return k; /* "a memo | released Friday", "a database | tracking deaths" */
		if (x->anon[k] && !anon_modifier(x, k, t1))
			return k;
		if (is(x, k, "not") && k + 1 < t1 && x->anon[k + 1])
			return k; /* "Experts | not involved in" */
		if ((role(x, k, "prep") && !x->ent[k]) || is(x, k, "to"))
			return k;
		if (T(x, k)->kind == TOK_PUNCT && !x->ent[k] && !glued_hyphen(x, k) &&
		    !plural_possessive(x, k))
			return k;
	}
	return t1;
}

/* Whether the word at k names something said or estimated and the phrase
 * after it, up to j, is the subject of a relative clause that lost its
 * "that": "a claim | U.S. officials quickly denied", "a move | aid
 * agencies have warned", "a figure | forecasters described as". */
static int said_thing_before(const actx *x, uint32_t k, uint32_t j)
{
	static const char *const said[] = { "claim",       "claims",     "charge",    "allegation",
		                            "allegations", "accusation", "assertion", "figure",
		                            "move",        "estimate",   "argument",  "description",
		                            "prediction",  "promise",    "pledge",    "characterization" };
	if (k >= j || !DOC_TOK_IN(x->d, k, said))
		return 0;
	for (uint32_t n = k + 1; n <= j && n <= k + 2; n++) {
		const tok *t = T(x, n);
		if (x->ent[n] || x->srcw[n] || (t->flags & TF_CAP) ||
		    (t->kind == TOK_WORD && src_plural_form(x->d->view.fold + t->fs, t->fe - t->fs)))
			return 1; /* "U.S. officials", "forecasters", "aid | agencies" */
	}
	return 0;
}

/* Where a plain phrase that ends with token h starts: back over words that
 * can sit in a phrase, to its determiner. */
uint32_t spk_plain_start(const actx *x, uint32_t lo, uint32_t h)
{
	uint32_t b = h + 1;
	while (b > lo && h + 1 - b < NP_MAX && spk_np_token(x, b - 1) && !role(x, b - 1, "prep")) {
		if (said_thing_before(x, b - 1, h))
			break;
		b--;
		if (role(x, b, "det"))
			break;
	}
	return b;
}

/* A phrase [t0, t1) no vocabulary knows whose anonymity marker makes it
 * somebody unnamed: "an industry lobbyist who spoke on condition of
 * anonymity", "a lobbyist familiar with the talks". The words before the
 * marker must read as a plain phrase. */
static int anon_plain(const actx *x, uint32_t t0, uint32_t t1, source *s)
{
	uint32_t m = anon_marker(x, t0, t1);
	if (m != UINT32_MAX && m > t0 + 1 && doc_mark_at(x->d, m - 1, ','))
		m--; /* "A lobbyist, who asked not to be named" */
	if (m == UINT32_MAX || m == t0 || !spk_plain_phrase(x, t0, m, s))
		return 0;
	if ((determiner(x, t0, m - 1) == -1 && !s->plural) || ly_adverb(x, m - 1)) {
		src_clear(s); /* not "Soldano was heavily | involved in the convention" */
		return 0;
	}
	s->cls = SC_ANON;
	s->kind = "person";
	s->t1 = t1;
	return 1;
}

/* The token after the quantity that starts at or covers token t. */
static uint32_t qty_end(const actx *x, uint32_t t)
{
	uint32_t e = t + 1;
	while (e < x->n && (x->qty[e] & Q_IN) && !(x->qty[e] & Q_START))
		e++;
	return e;
}

/* Whether a quantity starts at t and leads the phrase that ends with token
 * j ("At least 400 people", "about 9 percent", "At least four Republican U.S.
 * senators"), rather than standing before it as a time ("within five to 10
 * years Norway"): no name follows it, or the phrase goes on past the name. */
static int qty_leads(const actx *x, uint32_t t, uint32_t j)
{
	if (!(x->qty[t] & Q_START))
		return 0;
	uint32_t e = qty_end(x, t);
	return e >= x->n || !x->ent[e] || (e <= j && !x->ent[j]);
}

/* A subject of two phrases joined by "and" or "or" that opens its clause:
 * "Ames and Colter said", "Officials and residents said". The phrase grows
 * to take the first one; a name among them makes the source named. Not
 * "The police arrested a man and officials said": the first phrase must
 * open the sentence, after at most a conjunction or an adverb, or its
 * clause, after a comma, a colon or a word that opens a clause ("because
 * Ames and Colter agree", "that Ames and Colter said"). "both", "neither"
 * and "either" open the pair wherever they stand ("both the mayor and her
 * aides had said", "Neither Ames nor the police said"); a list runs back
 * over its commas ("Ames, Colter and other officials said"), and a subject
 * pronoun may come first ("She and a colleague wrote"). */
static void coordinated(const actx *x, source *s)
{
	static const char *const pairs[] = { "both", "neither", "either" };
	uint32_t a = s->t0, lo = sent_start(x, a);
	/* the first phrase ends before "and" and starts near the sentence's
	 * start, so it is short: a long run of "and"s is no subject, and the
	 * search below never recurses deep */
	if (a < lo + 2 || a - lo > NP_MAX + 3 || s->pronoun ||
	    !(is(x, a - 1, "and") || is(x, a - 1, "or") || is(x, a - 1, "nor")))
		return;
	source f;
	src_clear(&f);
	if (subject_pronoun(x, a - 2) && !src_attr(x->d, x->gram, a - 2, "person", 1)) {
		f.t0 = a - 2; /* "She and a colleague" */
		f.t1 = a - 1;
		f.pronoun = 1;
	} else if (!spk_np_before(x, a - 2, &f) || f.cls == SC_NONE || f.pronoun || f.t1 != a - 1) {
		return;
	}
	uint32_t b = f.t0;
	/* a list: "Ames, Colter and other officials", "Ames, who ..., and
	 * Colter"; at most four phrases back */
	for (int n = 0; n < 3 && b > lo + 1 && doc_mark_at(x->d, b - 1, ','); n++) {
		source g;
		src_clear(&g);
		if (!spk_np_before(x, b - 2, &g) || g.cls == SC_NONE || g.pronoun || g.t1 != b - 1 ||
		    g.t0 >= b)
			break;
		if (g.cls == SC_NAMED && f.cls != SC_NAMED) {
			f.cls = SC_NAMED;
			f.kind = g.kind;
		}
		b = g.t0;
	}
	/* "..., and Delgado and leading Democrats said": a clause opened
	 * after a comma counts as an opening */
	int opens =
	        b > lo + 1 && (is(x, b - 1, "and") || is(x, b - 1, "but")) && doc_mark_at(x->d, b - 2, ',');
	int both = b > lo && DOC_TOK_IN(x->d, b - 1, pairs) && !(b - 1 > lo && role(x, b - 2, "prep"));
	if (b > lo + 1 && DOC_TOK_IN(x->d, b - 1, pairs) && role(x, b - 2, "prep"))
		return; /* "Officials at | both the FBI and ...": the pair is their place */
	if (!opens && b > lo)
		opens = doc_mark_at(x->d, b - 1, ',') || doc_mark_at(x->d, b - 1, ':') ||
		        is(x, b - 1, "that") ||
		        (role(x, b - 1, "bound") && !is(x, b - 1, "and") && !is(x, b - 1, "or") &&
		         !is(x, b - 1, "to") && !is(x, b - 1, "than"));
	if (b > lo && !opens && !both &&
	    !(b == lo + 1 && (role(x, lo, "adv") || is(x, lo, "but") || is(x, lo, "and"))))
		return;
	s->t0 = both ? b - 1 : b; /* "Both the mayor and the governor said" */
	s->plural = 1;
	if (f.cls == SC_NAMED && s->cls != SC_NAMED) {
		s->cls = SC_NAMED;
		s->kind = f.kind;
	}
}

/* "to" after a role that it completes: "an adviser to the Pellman family",
 * "an aide to Mr. Ames", "ambassador to the United Nations". */
static int role_to(const actx *x, uint32_t a, uint32_t hi)
{
	return a > 0 && a + 1 < hi && is(x, a, "to") && x->srcw[a - 1] && !x->inq[a + 1] &&
	       (role(x, a + 1, "det") || x->ent[a + 1] || (T(x, a + 1)->flags & TF_CAP));
}

/* A number after an article, which goes on with its phrase: "the | two
 * agencies", not "a deal that | the prime minister" nor "the | most". */
int spk_the_number(const actx *x, uint32_t k)
{
	return k > 0 && role(x, k - 1, "det") && !is(x, k - 1, "that") && (x->qty[k] & Q_FIGURE);
}

/* Whether "that" at k, in a phrase ending at j, is a conjunction or a
 * relative rather than a demonstrative: what follows is plural, a number
 * or an indefinite pronoun ("that visitors", "that 78 percent", "that
 * everyone"; not "that poll", "that same poll"). */
int spk_that_clause(const actx *x, uint32_t k, uint32_t j)
{
	static const char *const indefinite[] = { "everyone", "anyone",   "someone", "everybody",
		                                  "anybody",  "somebody", "people",  "nobody" };
	if (k >= j)
		return 0;
	if (x->qty[k + 1] & Q_FIGURE)
		return 1;
	if (DOC_TOK_IN(x->d, k + 1, indefinite))
		return 1;
	const tok *h = T(x, j);
	return h->kind == TOK_WORD && !x->ent[j] && src_plural_form(x->d->view.fold + h->fs, h->fe - h->fs);
}

/* Whether [t0, q) counts what the "of" at q introduces: a number ("Two of
 * the aides"), a quantifier ("Both of his senators") or a vague quantity
 * ("Dozens of", "A number of", "A chorus of"). */
static int counts_of(const actx *x, uint32_t t0, uint32_t q)
{
	static const char *const quantifiers[] = { "both",   "all",     "any",     "none", "each",
		                                   "either", "neither", "several", "few",  "many",
		                                   "some",   "most",    "half" };
	if (!is(x, q, "of"))
		return 0;
	if (q == t0 + 1 && (T(x, t0)->kind == TOK_NUM || (x->qty[t0] & Q_FIGURE)))
		return 1;
	if (q == t0 + 1 && DOC_TOK_IN(x->d, t0, quantifiers))
		return 1;
	const lex_match *m = src_match(x->d, x->vq, t0);
	return m && m->tok1 == q && src_attr_is(x->d, x->vq, t0, "type", "of", 0);
}

/* Whether the "and" or "or" at a joins two modifiers of one noun: "three
 * current and former employees", "past or present aides". */
static int paired_modifiers(const actx *x, uint32_t a)
{
	static const char *const mods[] = { "current", "former", "past",   "present", "future",
		                            "retired", "active", "senior", "junior" };
	return a > 0 && (is(x, a, "and") || is(x, a, "or")) && DOC_TOK_IN(x->d, a - 1, mods) &&
	       DOC_TOK_IN(x->d, a + 1, mods);
}

/* "and" between two offices of one person, the second before the name:
 * "co-founder and CEO Ben Ash", "president and chief executive Jo Tan".
 * The first is a source word of one person, the second an office. */
static int paired_offices(const actx *x, uint32_t a)
{
	if (a == 0 || a + 2 >= x->n || !is(x, a, "and") || !x->srcw[a + 1] || x->inq[a - 1])
		return 0;
	const char *next = src_attr(x->d, x->srcw, a + 1, "class", 0);
	if (!next || strcmp(next, "role") != 0 || src_attr(x->d, x->srcw, a + 1, "number", 0))
		return 0;
	const lex_match *m = NULL;
	for (uint32_t k = a >= 3 ? a - 3 : 0; k < a && !m; k++)
		if (x->srcw[k] && src_match(x->d, x->srcw, k)->tok1 == a)
			m = src_match(x->d, x->srcw, k);
	if (!m)
		return 0;
	const char *cls = lex_phrase_attr(x->d->engine->lex, m->phrase, "class");
	return cls && (strcmp(cls, "role") == 0 || strcmp(cls, "anon") == 0) &&
	       !lex_phrase_attr(x->d->engine->lex, m->phrase, "number");
}

/* Whether a source word of two or more tokens ends right before token e
 * ("those surveyed", "press secretary"). */
static int srcw_ends_at(const actx *x, uint32_t e)
{
	for (uint32_t b = e >= 3 ? e - 3 : 0; b + 1 < e; b++) {
		const lex_match *m = src_match(x->d, x->srcw, b);
		if (m && m->tok1 == e)
			return 1;
	}
	return 0;
}

/* Where the phrase of the noun at n opens, for a participle after it: a
 * determiner before at most two more words, or the clause's start lo.
 * 0 when the phrase opens elsewhere. */
static int phrase_opening(const actx *x, uint32_t n, uint32_t lo, uint32_t *start)
{
	uint32_t d = n;
	while (d > lo && n - d < 2 && T(x, d - 1)->kind == TOK_WORD && !x->gram[d - 1] && !x->cue[d - 1] &&
	       !x->qty[d - 1] && !x->inq[d - 1])
		d--;
	if (d > lo && role(x, d - 1, "det"))
		d--;
	else if (d != lo)
		return 0;
	*start = d;
	return 1;
}

/* Whether the participle at p modifies the noun before it, a reduced
 * relative clause with a setting after it: "A statement | posted | on the
 * ministry's website", "a letter | sent | to Congress", "Photos | posted |
 * online". The noun's phrase opens at *start: a determiner before at most
 * two more words, or the clause's start. Not a person's noun ("The official
 * quoted by Reuters" is quoted) nor a name or a pronoun ("She posted on
 * Facebook"). */
int spk_reduced_relative(const actx *x, uint32_t p, uint32_t *start)
{
	/* verbs whose participle names what was done to a text or a picture:
	 * an intransitive past ("The statement conflicted with", "emails
	 * arrived on") is the clause's own verb */
	static const char *const made[] = {
		"posted",       "shared",    "published",  "released",  "issued",   "sent",
		"written",      "signed",    "filed",      "leaked",    "obtained", "circulated",
		"distributed",  "delivered", "uploaded",   "broadcast", "aired",    "printed",
		"submitted",    "presented", "prepared",   "compiled",  "produced", "conducted",
		"commissioned", "shown",     "quoted",     "cited",     "tweeted",  "made",
		"given",        "read",      "seen",       "reviewed",  "viewed",   "analysed",
		"analyzed",     "verified",  "geolocated", "collected", "captured", "filmed",
		"taken",        "recorded"
	};
	if (p < 1 || p + 1 >= x->n || T(x, p)->kind != TOK_WORD || (T(x, p)->flags & TF_CAP))
		return 0;
	char last = x->d->view.fold[T(x, p)->fe - 1]; /* all end in d, n, t or e */
	if ((last != 'd' && last != 'n' && last != 't' && last != 'e') || !DOC_TOK_IN(x->d, p, made))
		return 0;
	/* over a time between the participle and its setting: "a preprint
	 * posted | this month | on medRxiv found" */
	uint32_t a = p + 1;
	while (a + 1 < x->n && a < p + 4 && (x->qty[a] & Q_DATE) && !x->inq[a])
		a++;
	if (!role(x, a, "prep") && !role(x, a, "bound") && !is(x, a, "online"))
		return 0;
	uint32_t n = p - 1, lo = sent_start(x, p);
	const tok *t = T(x, n);
	if (t->kind != TOK_WORD || ((t->flags & TF_CAP) && n != lo) || x->gram[n] || x->ent[n] || x->qty[n] ||
	    (x->cue[n] && !x->srcw[n]) || (x->srcw[n] && !src_attr_is(x->d, x->srcw, n, "class", "doc", 0)))
		return 0;
	return phrase_opening(x, n, lo, start);
}

/* Whether the word at p is a participle that describes the people named
 * right before it, whose phrase opens at *start: "Investors | interviewed
 * by The Associated Press described", "Astronomers | using the James Webb
 * Space Telescope say", "Officials | trying to win the seat say". The
 * phrase after it is theirs, not the speaker. */
int spk_people_relative(const actx *x, uint32_t p, uint32_t *start)
{
	static const char *const asked[] = { "interviewed", "surveyed", "polled", "questioned", "contacted" };
	static const char *const doing[] = { "using",     "analyzing", "analysing", "studying",
		                             "examining", "tracking",  "monitoring" };
	if (p < 1 || p + 1 >= x->n || T(x, p)->kind != TOK_WORD || (T(x, p)->flags & TF_CAP))
		return 0;
	/* an effort with its infinitive: "Voters | trying to find a candidate
	 * say" */
	static const char *const striving[] = { "trying",     "seeking",  "working", "struggling",
		                                "scrambling", "fighting", "racing",  "vying" };
	if (!(DOC_TOK_IN(x->d, p, asked) && is(x, p + 1, "by")) &&
	    !(DOC_TOK_IN(x->d, p, doing) && (role(x, p + 1, "det") || x->ent[p + 1])) &&
	    !(DOC_TOK_IN(x->d, p, striving) && is(x, p + 1, "to") && p + 2 < x->n &&
	      T(x, p + 2)->kind == TOK_WORD))
		return 0;
	uint32_t n = p - 1, lo = sent_start(x, p);
	const tok *t = T(x, n);
	if (t->kind != TOK_WORD || x->gram[n] || x->ent[n] || x->qty[n] || x->inq[n] ||
	    !src_plural_form(x->d->view.fold + t->fs, t->fe - t->fs) ||
	    (x->srcw[n] && src_attr_is(x->d, x->srcw, n, "class", "doc", 0)))
		return 0;
	return phrase_opening(x, n, lo, start);
}

/* The phrase a reduced relative clause ends at t0 belongs to: "A statement
 * posted on | the ministry's website said", "A message posted to Facebook
 * by | the group claimed" speak as the statement and the message. Over
 * prepositions and the phrases they take, back to such a participle; its
 * noun's start in *start and the participle in *part. */
static int relative_tail(const actx *x, uint32_t lo, uint32_t t0, uint32_t *start, uint32_t *part)
{
	for (uint32_t k = t0; k > lo + 1 && t0 - k < 12; k--) {
		uint32_t p = k - 1;
		if (spk_reduced_relative(x, p, start) || spk_people_relative(x, p, start)) {
			*part = p;
			return 1;
		}
		/* only prepositions and the phrases they take: no clause of
		 * its own ("conflicted with what Nora Ames told") */
		const tok *t = T(x, p);
		if ((t->kind == TOK_PUNCT && !x->ent[p] && !possessive(x, p)) || x->inq[p] ||
		    (x->cue[p] && !x->srcw[p] && !x->ent[p]) ||
		    (x->gram[p] && !x->ent[p] && !role(x, p, "prep") && !role(x, p, "det") &&
		     !role(x, p, "bound") && !possessive(x, p)) ||
		    is(x, p, "that"))
			return 0;
	}
	return 0;
}

/* The noun phrase that ends with token j (inclusive). */
/* Whether the quantity that ends at token k is a sum of money or a share
 * after "the" ("the $361 million", "the 2.2%"): a figure the sentence has
 * named, which counts no people, so that a plural noun right after it
 * opens a relative clause ("the $1.31 analysts had expected"), unlike "a
 * 54% majority of voters" or "a $40 million lawsuit". */
static int the_figure(const actx *x, uint32_t k)
{
	if (!(x->qty[k] & (Q_MONEY | Q_SHARE)))
		return 0;
	uint32_t q = k;
	while (q > 0 && !(x->qty[q] & Q_START) && (x->qty[q - 1] & Q_IN))
		q--;
	return q > 0 && is(x, q - 1, "the");
}

/* Whether the comma at c sits between a town and its state inside the
 * phrase: "Voters in Millbrook, Iowa who cast ballots early" is the voters,
 * not "Iowa who cast ballots early": after a preposition, which the town
 * ends ("Voters in | Millbrook, Iowa"), the state and the town are one
 * place. */
static int town_comma(const actx *x, uint32_t lo, uint32_t c)
{
	if (c <= lo || c + 1 >= x->n || !doc_mark_at(x->d, c, ',') || !x->ent[c - 1] || !x->ent[c + 1])
		return 0;
	const uint32_t *a = entity(x, c - 1), *b = entity(x, c + 1);
	return a[2] == F_PLACE && a[1] == c && b[2] == F_PLACE && b[0] == c + 1 && a[0] > lo &&
	       role(x, a[0] - 1, "prep");
}

/* Whether the word at r, a word of sources that is also a verb of saying
 * ending in "s", is the verb of the name before it: "The Ledger | reports
 * that", "CNN | reports that" (but "the reports that", "FBI reports show"
 * with no "that" after them stay nouns). */
static int name_reports(const actx *x, uint32_t lo, uint32_t r)
{
	const tok *t = T(x, r);
	return r > lo && x->ent[r - 1] && entity(x, r - 1)[1] == r && t->kind == TOK_WORD &&
	       !(t->flags & TF_CAP) && x->d->view.fold[t->fe - 1] == 's';
}

int spk_np_before(const actx *x, uint32_t j, source *s)
{
	static const char *const things[] = { "something", "anything", "everything", "nothing" };
	static const char *const focus_words[] = { "only", "just", "even" };
	static const char *const loners[] = { "nobody",   "everybody", "somebody", "anybody",
		                              "everyone", "someone",   "anyone" };
	static const char *const degree[] = { "nearly", "almost", "virtually", "practically", "hardly" };
	uint32_t lo = sent_start(x, j), k = j + 1;
	while (k > lo && j + 1 - (k - 1) <= NP_MAX && !wide_gap(x, k) &&
	       (spk_np_token(x, k - 1) || role_to(x, k - 1, j + 1) || paired_modifiers(x, k - 1) ||
	        paired_offices(x, k - 1) || town_comma(x, lo, k - 1))) {
		k--;
		/* "the" sum or share that ends before a word of sources is the
		 * object of a relative clause the phrase opens, not its count:
		 * "the $1.31 | analysts had expected", "the 2.2% | economists
		 * had forecast" (not "42% | of voters", "a 54% | majority of
		 * voters", "the | two agencies") */
		if (k < j && (x->qty[k] & Q_IN) && !(x->qty[k + 1] & Q_IN) && x->srcw[k + 1] &&
		    the_figure(x, k)) {
			k++;
			break;
		}
		/* "that" before a name or after a verb of saying opens a clause
		 * ("something that Ames conceded", "adding that officials
		 * agreed"), not the phrase; so does "that" before what no
		 * demonstrative takes, a plural, a number or "everyone" ("so
		 * that visitors can see", "found that 78 percent of voters
		 * say"); "something" before a subject has lost its "that"
		 * ("something Republicans wanted"); a word of sources that
		 * is a verb after a name is one too ("The Ledger reports that
		 * officers argue") */
		if ((is(x, k, "that") &&
		     (x->ent[k + 1] || (T(x, k + 1)->flags & TF_CAP) ||
		      (k > lo && x->cue[k - 1] && (!x->srcw[k - 1] || name_reports(x, lo, k - 1))) ||
		      spk_that_clause(x, k, j))) ||
		    (k < j && DOC_TOK_IN(x->d, k, things)) || said_thing_before(x, k, j)) {
			k++;
			break;
		}
		/* a determiner opens the phrase, unless a preposition or marker
		 * inside the phrase precedes it ("familiar with the matter") */
		if (role(x, k, "det") && !is(x, k, "that") &&
		    !(k > lo &&
		      (src_attr_is(x->d, x->gram, k - 1, "np", "1", 1) || anon_ends_at(x, k) ||
		       (x->qty[k - 1] & Q_SHARE) || spk_the_number(x, k) || role_to(x, k - 1, j + 1))))
			break; /* but "half | the country", "the | two agencies", "advisers to | the" */
		if (x->ent[k])
			k = x->ents[3 * (x->ent[k] - 1)] > lo ? x->ents[3 * (x->ent[k] - 1)] : lo;
	}
	if (k > j)
		return 0;
	if (k > lo && x->srcw[k - 1] && src_match(x->d, x->srcw, k - 1)->tok1 > k)
		k--; /* a source word of two words the walk stopped inside: "No | one expected" */
	/* the word after a subject pronoun is its verb, not the phrase's: "We
	 * deserve | leaders who tell", "he dismantles | every lie"; not a word
	 * of an anonymity marker. (After "to" the word may as well be an
	 * adjective: "to new sources".) */
	if (k > lo && k < j && T(x, k)->kind == TOK_WORD && !(T(x, k)->flags & TF_CAP) && !x->srcw[k] &&
	    !x->gram[k] && !x->ent[k] && !x->qty[k] && !x->anon[k] && subject_pronoun(x, k - 1))
		k++;
	/* so is the word after a modal, and a participle after "have", when a subject stands before
	 * them: "they will hold | banners proclaiming ...", "donors have launched | petitions
	 * calling for ..."; not the subject of a question ("Will | either side agree", "why would
	 * | any voter believe") */
	static const char *const modal[] = { "will",  "would", "can",   "could", "should", "may",
		                             "might", "must",  "shall", "do",    "does",   "did" };
	static const char *const have[] = { "have", "has", "had" };
	static const char *const wh[] = { "why", "how", "what", "when", "where", "who", "whom", "which" };
	if (k > lo + 1 && k < j && T(x, k)->kind == TOK_WORD && !(T(x, k)->flags & TF_CAP) && !x->srcw[k] &&
	    !x->gram[k] && !x->ent[k] && !x->qty[k] && !x->anon[k] && !DOC_TOK_IN(x->d, k - 2, wh) &&
	    T(x, k - 2)->kind == TOK_WORD &&
	    (DOC_TOK_IN(x->d, k - 1, modal) || (DOC_TOK_IN(x->d, k - 1, have) && past_participle(x, k))))
		k++;
	if (k < j && DOC_TOK_IN(x->d, j, loners))
		k = j > lo && DOC_TOK_IN(x->d, j - 1, degree) ? j - 1 : j; /* "the question | nobody asked";
		                                                            * "almost everyone" */
	/* Trim a leading preposition or stray word run: the phrase starts at its
	 * determiner, a name or a source word when the chunk holds one. */
	uint32_t t0 = k, focus = UINT32_MAX;
	if (x->qty[t0] & Q_IN) {
		/* "[As] many as 40 percent": the whole quantity */
		uint32_t q = t0;
		while (q > lo && !(x->qty[q] & Q_START) && (x->qty[q - 1] & Q_IN))
			q--;
		if (qty_leads(x, q, j))
			t0 = q;
		else if (qty_end(x, q) <= j)
			t0 = qty_end(x, q); /* "within five to 10 years Norway" */
	}
	for (;;) {
		const lex_match *m = src_match(x->d, x->gram, t0);
		if (qty_leads(x, t0, j))
			break; /* "At least 400", "About 9 percent" */
		if (t0 + 1 == j && DOC_TOK_IN(x->d, t0, degree) && DOC_TOK_IN(x->d, j, loners))
			break; /* "Almost everyone" */
		if (t0 + 1 < j && DOC_TOK_IN(x->d, t0, focus_words) && qty_leads(x, t0 + 1, j)) {
			focus = t0++; /* "Only 52 percent of voters" */
			break;
		}
		if (t0 < j && (role(x, t0, "prep") || role(x, t0, "adv") ||
		               (t0 == lo && (T(x, t0)->flags & TF_CAP) && src_adverb_form(x->d, t0))))
			t0++; /* "of", "However polls show", "Specifically Ames said" */
		else if (m && m->tok1 <= j && !x->ent[t0] &&
		         src_attr_is(x->d, x->gram, t0, "role", "time", 0))
			t0 = m->tok1; /* "Yesterday Senator Ray Colter said" */
		else
			break;
	}
	uint32_t hend = head_end(x, t0, j + 1), rs = 0, rp = 0;
	int rel = t0 > lo && relative_tail(x, lo, t0, &rs, &rp);
	for (uint32_t p = t0 + 1; !rel && p < j && p - t0 < NP_MAX; p++)
		if (spk_people_relative(x, p, &rs) && rs >= t0) {
			rp = p; /* "Investors interviewed by The Associated Press" */
			rel = 1;
		}
	if (rel) {
		classify(x, rs, j + 1, rp, s);
		if (s->cls != SC_NONE)
			return 1;
		src_clear(s);
		uint32_t ps;
		if (spk_people_relative(x, rp, &ps) && spk_plain_phrase(x, rs, rp, s)) {
			s->t1 = j + 1; /* "Astronomers using the telescope" */
			return 1;
		}
		src_clear(s);
	}
	classify(x, t0, j + 1, hend, s);
	if (s->cls != SC_NONE) {
		if (hend == j && participle(x, j) && !srcw_ends_at(x, j + 1))
			s->t1 = j; /* "the order | released Friday said"; not "those surveyed" */
		if (focus != UINT32_MAX && s->t0 == focus + 1)
			s->t0 = focus;
		coordinated(x, s);
		return 1;
	}
	if (anon_plain(x, t0, j + 1, s))
		return 1; /* "An industry lobbyist familiar with the talks" */
	/* The chunk's left part is no speaker ("steep for Mr. Hale"): try
	 * the phrase after its last preposition. */
	static const char *const whereabouts[] = { "in", "from", "near" };
	for (uint32_t q = j; q > t0; q--) {
		if (role(x, q, "prep") && !x->ent[q]) {
			if (q == j)
				return 0;
			/* a subject of a word no list holds, then where it is: "A
			 * plumber in Ohio said", "Overall, the casinos in Atlantic City
			 * reported"; the place says where the speaker is, it does not
			 * speak. Only a phrase that opens its clause: not "a Quaker born
			 * in Dover", "who at a rally in Fresno offered" */
			const uint32_t *pe = x->ent[q + 1] ? entity(x, q + 1) : NULL;
			if (DOC_TOK_IN(x->d, q, whereabouts) && pe && pe[0] == q + 1 && pe[1] == j + 1 &&
			    pe[2] != F_NAMED_PERSON && (t0 == lo || T(x, t0 - 1)->kind == TOK_PUNCT) &&
			    spk_plain_phrase(x, t0, q, s) && s->cls == SC_ANON &&
			    determiner(x, t0, q - 1) >= 0) {
				s->t1 = j + 1;
				return 1;
			}
			src_clear(s);
			classify(x, q + 1, j + 1, head_end(x, q + 1, j + 1), s);
			if (s->cls != SC_NONE && counts_of(x, t0, q))
				s->t0 = t0; /* "Dozens of | officials", "Two of | the aides" */
			return s->cls != SC_NONE;
		}
	}
	return 0;
}

/* Whether an appositive without a determiner opens at a on a role: "said
 * Dean Spalding, chief strategist for the RNC", "Politifact's editor"; not
 * "said Smith, citing officials". */
static int bare_role_at(const actx *x, uint32_t a, uint32_t hi)
{
	for (uint32_t k = a; k < hi && k < a + 4; k++) {
		if (x->inq[k] || quote_mark(x, k) || (x->cue[k] && !x->srcw[k]) || participle(x, k) ||
		    role(x, k, "rel") || role(x, k, "pron") || (T(x, k)->kind == TOK_PUNCT && !x->ent[k]))
			return 0;
		if (x->srcw[k] || x->title[k])
			return 1;
	}
	return 0;
}

/* Whether the phrase at k, over an article or a possessive, is an
 * occasion or a place online where words are said ("a meeting", "a news
 * conference", "the rally", "in the comments", "on Instagram", "on her
 * Instagram Story", "on social media"), or the writing or call that
 * carried them, over one word that describes it ("in a note to clients",
 * "in a research note", "on a conference call"; not "the call", which "a
 * source on the call" took part in). */
static int setting_event(const actx *x, uint32_t k, uint32_t hi)
{
	static const char *const events[] = {
		"meeting", "meetings", "conference", "rally",     "rallies",  "event",
		"hearing", "briefing", "forum",      "gathering", "ceremony", "summit",
		"vigil",   "luncheon", "session",    "news",      "press",    "town",
		"debate",  "dinner",   "comments",   "instagram", "twitter",  "facebook",
		"tiktok",  "youtube",  "snapchat",   "social",    "podcast",  "livestream"
	};
	static const char *const carriers[] = {
		"note", "memo", "email", "e-mail", "call", "filing", "letter"
	};
	int the = k < hi && is(x, k, "the");
	if (k < hi && (role(x, k, "det") || is(x, k, "his") || is(x, k, "her") || is(x, k, "their")))
		k++;
	if (k < hi && DOC_TOK_IN(x->d, k, events))
		return 1;
	if (the)
		return 0; /* "a source on the call" took part in it */
	if (k + 1 < hi && T(x, k)->kind == TOK_WORD && !(T(x, k)->flags & TF_CAP) && !x->ent[k] &&
	    DOC_TOK_IN(x->d, k + 1, carriers))
		k++; /* "a research | note", "a conference | call" */
	return k < hi && DOC_TOK_IN(x->d, k, carriers);
}

/* Whether the -ing word at k, inside a phrase that starts at i, modifies
 * the name of a body or a document right after it: "a department
 * briefing document", "the city planning commission"; not "officials
 * briefing reporters". */
static int ing_modifier(const actx *x, uint32_t i, uint32_t k, uint32_t hi)
{
	const tok *t = T(x, k);
	size_t n = t->fe - t->fs;
	if (k == i || k + 1 >= hi || t->kind != TOK_WORD || (t->flags & TF_CAP) || n < 6 ||
	    memcmp(x->d->view.fold + t->fe - 3, "ing", 3) != 0 || !x->srcw[k + 1])
		return 0;
	const char *cls = src_attr(x->d, x->srcw, k + 1, "class", 0);
	const char *prev = x->srcw[k - 1] ? src_attr(x->d, x->srcw, k - 1, "class", 0) : NULL;
	return cls && (strcmp(cls, "org") == 0 || strcmp(cls, "doc") == 0) &&
	       !(prev && strcmp(prev, "org") != 0);
}

/* Where a speaker's phrase that starts at i ends, before hi: across
 * names, anonymity markers and "an adviser to the family"; before a new
 * determiner, a time or setting phrase, or a preposition that never
 * completes a noun phrase. */
static uint32_t np_after_end(const actx *x, uint32_t i, uint32_t hi)
{
	static const char *const possessives[] = { "its", "his", "her", "their" };
	static const char *const settings[] = { "at",     "on",    "in",    "during",
		                                "around", "about", "after", "before" };
	static const char *const clock[] = { "at", "around", "about" };
	uint32_t k = i;
	while (k < hi && k - i < NP_MAX &&
	       (spk_np_token(x, k) || x->anon[k] || role_to(x, k, hi) || ing_modifier(x, i, k, hi)) &&
	       !(k > i && wide_gap(x, k))) {
		if (x->anon[k]) {
			k = src_match(x->d, x->anon, k)->tok1;
			continue;
		}
		if (k > i && role(x, k, "det") && !role(x, k - 1, "prep") && !spk_the_number(x, k) &&
		    !possessive(x, k - 1) &&
		    !(is(x, k - 1, "to") && (anon_ends_at(x, k) || role_to(x, k - 1, hi))))
			break; /* but "close to the campaign", "an adviser to the family" */
		/* "by Pruett on Monday", "said Smith in a statement": a time or
		 * setting phrase ends the speaker's */
		if (k > i && src_match(x->d, x->gram, k) && src_attr_is(x->d, x->gram, k, "role", "time", 0))
			break;
		/* "proclaimed Volkov during an appearance", "said Smith
		 * about the plan": a preposition that never completes a noun
		 * phrase ends the speaker's; "by", "like" and "including" go on
		 * with it ("a poll conducted by Gallup", "experts like Bauman") */
		if (k > i && !x->ent[k] && role(x, k, "prep") &&
		    src_attr_is(x->d, x->gram, k, "np", "0", 1) && !is(x, k, "by") && !is(x, k, "like") &&
		    !is(x, k, "including"))
			break;
		/* "reported by a neighbor at 9 p.m.", "wrote Eliason in 1980",
		 * "criticized by the mayor at a meeting": a date, a clock time
		 * or an event where words were said, after a preposition of
		 * time or place, is a setting, not the speaker's (but "a
		 * professor at Harvard", "a poll of 400 voters") */
		if (k > i && k + 1 < hi && DOC_TOK_IN(x->d, k, settings) &&
		    ((x->qty[k + 1] & Q_DATE) || ((x->qty[k + 1] & Q_IN) && DOC_TOK_IN(x->d, k, clock)) ||
		     setting_event(x, k + 1, hi)))
			break;
		/* "requested by the White House in its budget": a setting of
		 * the speaker's own */
		if (k > i && k + 1 < hi && is(x, k, "in") && DOC_TOK_IN(x->d, k + 1, possessives))
			break;
		if (x->ent[k])
			k = x->ents[3 * (x->ent[k] - 1) + 1];
		else
			k++;
	}
	/* a participle whose setting ended the phrase is not the speaker's:
	 * "according to a trio of Quinnipiac polls | released Friday"; but
	 * "those surveyed", "41 percent of the voters surveyed" */
	static const char *const asked[] = { "surveyed", "polled", "interviewed", "questioned",
		                             "sampled",  "asked",  "contacted" };
	if (k > i + 1 && past_participle(x, k - 1) && !srcw_ends_at(x, k) && !DOC_TOK_IN(x->d, k - 1, asked))
		k--;
	return k;
}

/* What "according to" names when no vocabulary knows its head: a record
 * ("according to early returns", "according to one global index",
 * "according to the most recent data available from the FBI"). Whatever
 * follows "according to" is where the words come from, to a stop, a
 * relative clause, a setting or a preposition no noun phrase takes. */
int spk_record_after(const actx *x, uint32_t v, uint32_t i, source *s)
{
	if (i >= x->n || !src_attr_is(x->d, x->cue, v, "lemma", "according_to", 0))
		return 0;
	/* set off from its clause, or opening it; not in accordance with
	 * something: "distribute the money according to a formula" */
	uint32_t p = v > 0 ? v - 1 : 0;
	if (v > sent_start(x, v) &&
	    !(T(x, p)->kind == TOK_PUNCT || role(x, p, "bound") || is(x, p, "and") || is(x, p, "but") ||
	      is(x, p, "'s") || is(x, p, "is") || is(x, p, "was") || ly_adverb(x, p)))
		return 0;
	uint32_t hi = sent_end(x, i), k = i;
	while (k < hi && k - i < NP_MAX && !x->inq[k]) {
		const tok *t = T(x, k);
		if (x->ent[k]) {
			k = entity(x, k)[1];
			continue;
		}
		if (t->kind == TOK_PUNCT && !glued_hyphen(x, k))
			break;
		if (k > i &&
		    (role(x, k, "rel") || is(x, k, "that") ||
		     (role(x, k, "prep") && src_attr_is(x->d, x->gram, k, "np", "0", 1) && !is(x, k, "by")) ||
		     (src_match(x->d, x->gram, k) && src_attr_is(x->d, x->gram, k, "role", "time", 0))))
			break;
		k++;
	}
	if (k > hi)
		k = hi;
	if (k == i || T(x, k - 1)->kind != TOK_WORD || role(x, k - 1, "prep") || role(x, k - 1, "det"))
		return 0;
	/* a count of people ends on their word, and speaks as they do:
	 * "according to dozens of officials", "according to a growing number
	 * of insiders" (not a document) */
	if (k - i > 2 && x->srcw[k - 1] && is(x, k - 2, "of") && counts_of(x, i, k - 2)) {
		src_clear(s);
		classify(x, k - 1, k, head_end(x, k - 1, k), s);
		if (s->cls != SC_NONE && s->cls != SC_NAMED) {
			s->t0 = i;
			return 1;
		}
	}
	src_clear(s);
	s->cls = SC_NAMED;
	s->kind = "document";
	const uint32_t *e = entity(x, k - 1);
	if (e && e[1] == k && e[2] == F_NAMED_PERSON)
		s->kind = "person"; /* "conservative talk radio host Buck Danner" */
	s->t0 = i;
	s->t1 = k;
	s->head = k - 1;
	s->head_hash = src_hash(x->d, k - 1);
	s->plural = src_plural_form(x->d->view.fold + T(x, k - 1)->fs, T(x, k - 1)->fe - T(x, k - 1)->fs);
	return 1;
}

/* "another" standing alone for a speaker ("said one voter. ... said
 * another.", "Another said ..."): one more of the unnamed just quoted, so
 * anonymous, as "one voter" was. */
static void lone_other(const actx *x, uint32_t i, source *s)
{
	src_clear(s);
	s->t0 = i;
	s->t1 = i + 1;
	s->head = i;
	s->cls = SC_ANON;
	s->kind = "person";
	s->head_hash = src_hash(x->d, i);
}

/* Whether the phrase [a0, a1) set off after an opening "According to ..."
 * can describe the source s by its head: a body is described as a
 * body ("According to the CDC, the federal health agency, ..."), a person
 * by a role or a name. Otherwise the phrase is the clause's subject with
 * an aside of its own: "According to the IDF, the commander, Ali Nasser,
 * was ...", "According to the CDC, the strain involved, known as ...". */
static int apposes(const actx *x, const source *s, uint32_t a0, uint32_t a1)
{
	uint32_t h = a0;
	while (h + 1 < a1 && !(role(x, h + 1, "prep") && !x->ent[h + 1]))
		h++; /* "a staff reporter | for Reader Supported News" */
	const uint32_t *e = entity(x, h);
	if (e)
		return (e[2] == F_NAMED_PERSON) == (s->kind && strcmp(s->kind, "person") == 0);
	if (!x->srcw[h])
		return 0;
	const char *cls = src_attr(x->d, x->srcw, h, "class", 0);
	int body = cls && (strcmp(cls, "org") == 0 || strcmp(cls, "doc") == 0);
	return body ==
	       (s->kind && (strcmp(s->kind, "organisation") == 0 || strcmp(s->kind, "document") == 0));
}

/* The noun phrase that starts at token i ("according to a military source
 * in Al-Hasakah", "... said Smith, a spokesman"). */
int spk_np_after(const actx *x, uint32_t i, source *s)
{
	uint32_t hi = sent_end(x, i < x->n ? i : x->n - 1), k = i;
	if (i >= x->n)
		return 0;
	if (role(x, k, "pron")) {
		spk_resolve_pronoun(x, k, s);
		return s->cls != SC_NONE;
	}
	if (is(x, i, "another") && (i + 1 >= hi || T(x, i + 1)->kind == TOK_PUNCT)) {
		lone_other(x, i, s); /* "..., said another." */
		return 1;
	}
	k = np_after_end(x, i, hi);
	if (k == i)
		return 0;
	/* a count of people speaks as they do, and its phrase runs over them:
	 * "said a handful of residents", "by two of the mayor's aides" */
	uint32_t q = i + 1;
	while (q < k && q < i + 4 && !is(x, q, "of"))
		q++;
	if (q + 1 < k && counts_of(x, i, q)) {
		source c;
		src_clear(&c);
		classify(x, q + 1, k, head_end(x, q + 1, k), &c);
		if (c.cls != SC_NONE && c.cls != SC_NAMED && c.t0 == q + 1) {
			*s = c;
			s->t0 = i;
			return 1;
		}
	}
	uint32_t hend = head_end(x, i, k);
	int joined = 0;
	classify(x, i, k, hend, s);
	if (s->cls == SC_NONE) {
		/* "said an industry lobbyist who spoke on condition of
		 * anonymity" */
		return anon_plain(x, i, k, s);
	}
	int trimmed = hend + 1 == k && participle(x, hend);
	if (trimmed)
		s->t1 = hend; /* "a survey | released on Monday" */
	if (s->cls == SC_NAMED && s->kind && strcmp(s->kind, "document") == 0 && s->t1 < hi &&
	    participle(x, s->t1)) {
		/* the body that put a document out is part of its name, as
		 * "data from the Department of Education" is: "data released
		 * Tuesday by the Department of Education" */
		static const char *const when[] = { "on",      "last",      "this",     "earlier", "monday",
			                            "tuesday", "wednesday", "thursday", "friday",  "saturday",
			                            "sunday",  "week",      "month",    "year",    "today" };
		uint32_t b = s->t1 + 1;
		while (b < hi && b - s->t1 <= 3 && DOC_TOK_IN(x->d, b, when))
			b++;
		uint32_t o = b + 1 < hi && role(x, b + 1, "det") ? b + 2 : b + 1;
		/* the name is the whole phrase after "by": not "a video posted by
		 * a CBS | journalist" */
		if (b + 1 < hi && is(x, b, "by") && o < hi && x->ent[o] && entity(x, o)[2] == F_NAMED_ORG &&
		    entity(x, o)[1] == np_after_end(x, b + 1, hi))
			s->t1 = k = entity(x, o)[1];
	}
	if (!trimmed && k + 1 < hi && (is(x, k, "and") || is(x, k, "or")) && !s->pronoun) {
		/* a second speaker, a name or a source word, that closes the
		 * clause: "denied by both Pryce and Corliss", "according to
		 * Reuters and the AP"; not "according to Reuters and | Ames
		 * said" */
		uint32_t e = k + 1;
		int who = 0;
		while (e < hi && e - k <= NP_MAX && spk_np_token(x, e) && !role(x, e, "prep") &&
		       !(e > k + 1 && role(x, e, "det"))) {
			who |= x->ent[e] || x->srcw[e];
			e = x->ent[e] ? x->ents[3 * (x->ent[e] - 1) + 1] : e + 1;
		}
		if (who && (e >= hi || (T(x, e)->kind == TOK_PUNCT && !quote_mark(x, e)))) {
			const uint32_t *last = entity(x, e - 1);
			const uint32_t *first = entity(x, i);
			if (!s->plural && !x->ent[s->head] && (!first || first[2] != F_NAMED_PERSON) &&
			    determiner(x, i, s->head) < 0 && last && last[1] == e &&
			    last[2] == F_NAMED_PERSON && last[0] > k + 1) {
				/* one person with two roles: "said lobbyist and
				 * GOP strategist Joel Ferraby", "said Fox News
				 * contributor and Republican strategist Gary
				 * Lomax"; not "according to CNN and ..." */
				src_clear(s);
				classify(x, i, e, e, s);
			} else {
				s->plural = joined = 1;
			}
			s->t1 = k = e;
		}
	}
	/* An appositive right after: "Smith, a spokesman for the agency,".
	 * After an opening "According to Reuters," the comma ends the
	 * phrase and the sentence goes on; an appositive there is closed by
	 * a comma of its own. Two joined speakers take none. */
	if (k + 1 < hi && doc_mark_at(x->d, k, ',') && !joined &&
	    (role(x, k + 1, "det") || bare_role_at(x, k + 1, hi))) {
		uint32_t a = k + 1;
		/* "a lobbyist and a former congressman", "the president and
		 * chairwoman of the bank" */
		while (a < hi && a - k < NP_MAX &&
		       (spk_np_token(x, a) || role_to(x, a, hi) ||
		        (is(x, a, "and") && a + 1 < hi && spk_np_token(x, a + 1) && !x->cue[a + 1])))
			a++;
		/* with no article, the aside ends the clause (or runs past what
		 * is read of it): not "according to the Daily Caller, Dayton
		 * marchers were singing" */
		int ends = a >= hi || T(x, a)->kind == TOK_PUNCT || a - k >= NP_MAX;
		/* a cut inside the name of a body or a person takes the rest of
		 * the name when the aside ends with it ("policy director for the
		 * county chapter of the | American Civil Liberties Union."), else
		 * leaves the name out, as a place ("an analyst in | New York
		 * City"), and no preposition or article dangles at its end; so
		 * too when the length cut falls right before a name ("a former
		 * officer and a senior analyst at the | Nordic Institute") */
		if (a < hi && a > k + 1 && x->ent[a] &&
		    (x->ent[a] == x->ent[a - 1] || (a - k >= NP_MAX && entity(x, a)[0] == a))) {
			const uint32_t *e = entity(x, a);
			if (e[2] != F_PLACE && e[1] - a <= 6 &&
			    (e[1] >= hi || T(x, e[1])->kind == TOK_PUNCT)) {
				a = e[1];
				ends = 1;
			} else {
				a = e[0];
				while (a > k + 2 && (role(x, a - 1, "prep") || role(x, a - 1, "det")))
					a--;
			}
		}
		/* "According to ...", "And according to ...", "But, according
		 * to ...", "As reported by ...", "Quoting ..." open the sentence */
		uint32_t lo = sent_start(x, i), o = UINT32_MAX;
		if (i >= 2 && is(x, i - 2, "according"))
			o = i - 2;
		else if (i >= 3 && is(x, i - 1, "by") && x->cue[i - 2] && is(x, i - 3, "as"))
			o = i - 3;
		else if (i >= 4 && is(x, i - 1, "by") && x->cue[i - 2] && is(x, i - 4, "as") &&
		         (role(x, i - 3, "adv") || ly_adverb(x, i - 3) || is(x, i - 3, "first")))
			o = i - 4; /* "As first reported by Page Six, ..." */
		else if (i >= 1 && x->cue[i - 1] && spk_opening_ing(x, i - 1))
			o = i - 1; /* "Citing a new study, the mayor said" */
		while (o != UINT32_MAX && o > lo && o - lo <= 2 &&
		       (doc_mark_at(x->d, o - 1, ',') || role(x, o - 1, "bound") || role(x, o - 1, "adv")))
			o--;
		int opening = o == lo;
		/* an auxiliary after it makes it a clause's subject, not an
		 * appositive: "according to Ames, the media would call him",
		 * "according to police, these protesters were driven in" */
		int verb = a < hi && aux_word(x, a) && !possessive(x, a);
		if (a > k + 2 && !verb && (!opening || (a < hi && doc_mark_at(x->d, a, ','))) &&
		    (role(x, k + 1, "det") || ends) && (!opening || apposes(x, s, k + 1, a)))
			s->t1 = a;
	}
	/* A name set off after an unnamed one names that one: "said her
	 * daughter, Ruth Whitcomb.", "said a spokesman, Jon Kerrane, who ...";
	 * the name closes the clause, so not "according to police, Smith
	 * was arrested" nor "said the nominee's wife, Nora, is ...". */
	if (s->t1 == k && k + 1 < hi && doc_mark_at(x->d, k, ',') && !joined && s->cls == SC_ANON &&
	    !s->plural && !s->backref && anon_marker(x, i, k) == UINT32_MAX) {
		const uint32_t *e = entity(x, k + 1);
		if (e && e[0] == k + 1 && e[2] == F_NAMED_PERSON &&
		    (e[1] >= hi || (T(x, e[1])->kind == TOK_PUNCT && !quote_mark(x, e[1]))) &&
		    !(e[1] + 1 < hi && doc_mark_at(x->d, e[1], ',') && aux_word(x, e[1] + 1))) {
			s->cls = SC_NAMED;
			s->kind = "person";
			s->gender = entity_gender(x, e);
			set_name(s, x, e[0], e[1]);
			s->t1 = e[1];
		}
	}
	/* A relative clause on "who" that describes the speaker and runs to
	 * the next comma or the sentence's end: "..., said Paul Pellman, a
	 * former analyst who teaches at Georgetown University." */
	if (s->t1 < hi && is(x, s->t1, "who")) {
		uint32_t a = s->t1 + 1;
		while (a < hi && a - s->t1 < 40 && !x->inq[a] && !quote_mark(x, a) &&
		       !doc_mark_at(x->d, a, ',') && !doc_mark_at(x->d, a, ';'))
			a++;
		if (a > s->t1 + 1 && (a == hi || doc_mark_at(x->d, a, ',') || doc_mark_at(x->d, a, ';')))
			s->t1 = a;
	} else if (s->t1 + 2 < hi && doc_mark_at(x->d, s->t1, ',') && is(x, s->t1 + 1, "who") &&
	           !s->pronoun) {
		/* set off by a comma, the clause describes the speaker too when
		 * it closes the sentence and reports nothing of its own:
		 * "..., said Ada Lund, who ran the county's 2010 census." (but
		 * not "..., said Lund, who added that ...", "..., said Lund, who
		 * spoke on condition of anonymity", "said Lund, who ran it, and
		 * ...") */
		uint32_t a = s->t1 + 2;
		while (a < hi && a - s->t1 < 40 && !x->inq[a] && !quote_mark(x, a) && !x->cue[a] &&
		       !x->anon[a] && !x->stance[a] &&
		       !(T(x, a)->kind == TOK_PUNCT && !x->ent[a] && !glued_hyphen(x, a) &&
		         src_ch(x->d, a) != '.'))
			a++;
		if (a == hi && a > s->t1 + 3)
			s->t1 = a;
	}
	return 1;
}

/* Whether the folded word f[0..n) ends like an abstract noun, which names
 * an act, a state or a quality and no speaker: "the decision", "the move's
 * timing", "concerns" do not; "-tion", "-ment", "-ness", "-ity" and the
 * like, singular or plural. The group nouns among them ("the delegation",
 * "the leadership") are in the source vocabulary, which is read first. */
static int abstract_form(const char *f, size_t n)
{
	static const char *const suffixes[] = { "tion", "sion", "ment", "ness", "ity",
		                                "ance", "ence", "ism",  "ship", "hood" };
	if (n > 4 && f[n - 1] == 's')
		n--;
	for (size_t i = 0; i < CRD_ARRAY_LEN(suffixes); i++) {
		size_t m = strlen(suffixes[i]);
		if (n >= m + 3 && memcmp(f + n - m, suffixes[i], m) == 0)
			return 1;
	}
	return 0;
}

/* Classifies a speaker's phrase [t0, t1) the vocabularies do not know by
 * its determiner: "a 2008 Ames veteran", "an industry lobbyist" are
 * somebody unnamed, "organizers" a crowd. Only next to a verb of saying,
 * whose subject is a speaker whatever its noun, but an abstract one. */
int spk_plain_phrase(const actx *x, uint32_t t0, uint32_t t1, source *s)
{
	uint32_t head = t1 - 1;
	const tok *t = T(x, head);
	/* a capital opening the sentence is grammar's on a plural of people
	 * ("Passengers said"; "Song said" is Mr. Song) */
	int cap = (t->flags & TF_CAP) && !(head == t0 && head == sent_start(x, head) && !x->ent[head] &&
	                                   !(t->flags & TF_UPPER) && src_people_plural(x->d, head));
	int age = age_epithet(x, head, t1); /* "the 34-year-old said" */
	if (t0 >= t1 || t1 - t0 > NP_MAX || (t->kind != TOK_WORD && !age) || cap || x->gram[head] ||
	    x->cue[head] || x->stance[head] || t->fe - t->fs < 3 || x->inq[head] ||
	    ((x->qty[head] & (Q_DATE | Q_FIGURE)) && !age))
		return 0; /* nor a date or a figure: "this month", "8 a.m." */
	if (abstract_form(x->d->view.fold + t->fs, t->fe - t->fs))
		return 0; /* "The decision shows ...": the writer's inference */
	if (src_ing_form(x->d, head))
		return 0; /* a method, no speaker: "Radiocarbon dating suggests" */
	if (past_participle(x, head))
		return 0; /* a verb, no head noun: "a poll for NBC News and The Wall
		           * Street Journal | released last week showed" */
	for (uint32_t k = t0; k < t1; k++)
		if ((T(x, k)->kind == TOK_PUNCT && !glued_hyphen(x, k)) || aux_word(x, k) ||
		    role(x, k, "bound") || role(x, k, "rel") || role(x, k, "pron"))
			return 0;
	int det = determiner(x, t0, head);
	int plural = src_plural_form(x->d->view.fold + t->fs, t->fe - t->fs);
	src_clear(s);
	s->t0 = t0;
	s->t1 = t1;
	s->head = head;
	s->head_hash = src_hash(x->d, head);
	s->plural = plural;
	/* "Many nutritionists", "Some farm owners": a crowd of no known
	 * size, as "critics" is */
	static const char *const crowds[] = { "many",     "some",      "most",   "several",
		                              "numerous", "countless", "various" };
	s->cls = (det == -1 || DOC_TOK_IN(x->d, t0, crowds)) && plural ? SC_VAGUE : SC_ANON;
	s->kind = s->cls == SC_ANON ? "person" : NULL;
	if (det == 1 && !plural && age_epithet(x, t0, t1) && pointing_det(x, t0, head))
		epithet_of(x, t0, s);
	return 1;
}

/* ---- the subject of a verb --------------------------------------------- */

/* A chain of asides after the name that opens the sentence: in "David
 * Mikkelsen, founder of FactHound.com, a website known for ..., told" the
 * phrase before the last aside is an aside too, and the speaker is the name.
 * t0 starts the phrase found before the verb's aside; on success s is the
 * name, and the caller extends it over the asides. */
static int opening_name(const actx *x, uint32_t lo, uint32_t t0, source *s)
{
	for (int hops = 0; hops < 3 && t0 > lo + 1 && doc_mark_at(x->d, t0 - 1, ','); hops++) {
		if (T(x, t0 - 2)->kind == TOK_NUM && t0 > lo + 3 && doc_mark_at(x->d, t0 - 3, ',')) {
			t0 -= 2; /* an age between: "Maria Delgado, 52, a school bus driver" */
			continue;
		}
		const uint32_t *e = entity(x, t0 - 2);
		source h;
		src_clear(&h);
		if (!spk_np_before(x, t0 - 2, &h) || h.cls == SC_NONE || h.pronoun)
			return 0;
		if (e && e[2] == F_NAMED_PERSON && e[1] == t0 - 1 && h.t0 == lo) {
			*s = h;
			return 1;
		}
		t0 = h.t0;
	}
	return 0;
}

/* Whether the phrase at t0 is the object of a relative clause: a relative
 * pronoun and a verb other than "be" stand between it and the comma before
 * it (or stop): "who now heads up | the Georgetown Institute"; not "in
 * which | Ben Corley", "who was | Ohio's first woman governor". */
/* The phrase opening at t0 before an aside is the object of a relative
 * clause on "who" that describes the speaker: in "Two nurses who work in
 * | the unit, who asked not to be named, said" the nurses speak, not the
 * unit. Then s is the phrase before "who". Not when that phrase is itself
 * an aside after a name ("Scott Marlin, a former official who is now a
 * fellow at the Center, which ..., said" is Scott Marlin's). */
static int relative_head(const actx *x, uint32_t lo, uint32_t t0, source *s)
{
	if (t0 <= lo + 2 || !role(x, t0 - 1, "prep"))
		return 0;
	for (uint32_t k = t0 - 1; k-- > lo + 1 && t0 - k <= 10;) {
		if (x->inq[k] || T(x, k)->kind == TOK_PUNCT || x->cue[k])
			return 0;
		if (!is(x, k, "who"))
			continue;
		source h;
		src_clear(&h);
		if (!spk_np_before(x, k - 1, &h) || h.cls == SC_NONE || h.pronoun ||
		    (h.t0 > lo && T(x, h.t0 - 1)->kind == TOK_PUNCT))
			return 0;
		*s = h;
		return 1;
	}
	return 0;
}

static int in_relative(const actx *x, uint32_t t0, uint32_t stop)
{
	static const char *const be[] = { "is", "was", "are", "were", "be", "been", "being" };
	int verb = 0;
	for (uint32_t k = t0; k-- > stop;) {
		const tok *t = T(x, k);
		if ((T(x, k + 1)->flags & TF_SENT) || doc_mark_at(x->d, k, ',') || quote_mark(x, k) ||
		    x->inq[k])
			return 0;
		if (role(x, k, "rel") && !is(x, k, "that"))
			return verb;
		if (t->kind == TOK_WORD && !(t->flags & TF_CAP) && !x->gram[k] && !DOC_TOK_IN(x->d, k, be) &&
		    !ly_adverb(x, k))
			verb = 1;
	}
	return 0;
}

/* The speaker before an aside that ends with the comma at j: "Smith, a
 * spokesman for the agency, said". */
static int aside_speaker(const actx *x, uint32_t lo, uint32_t j, source *s)
{
	uint32_t am = anon_ending(x, j);
	if (am != UINT32_MAX && am > lo + 1 && doc_mark_at(x->d, am - 1, ',')) {
		/* "A diplomat, who asked not to be named, said" */
		if (!spk_np_before(x, am - 2, s) && !anon_plain(x, spk_plain_start(x, lo, am - 2), j, s))
			return 0;
		source r;
		if (relative_head(x, lo, s->t0, &r))
			*s = r;
		s->t1 = j;
		s->cls = SC_ANON;
		return 1;
	}
	/* The first comma before it opens an aside: an appositive, a
	 * relative clause, a participle or a prepositional phrase. The
	 * speaker is the phrase before that comma. */
	uint32_t stop = j > lo + 40 ? j - 40 : lo, prev = j;
	for (uint32_t c = j; c-- > stop + 1;) {
		if (x->inq[c] || quote_mark(x, c)) {
			/* a title or a scare quote inside the aside ("the NBC
			 * executive in charge of ''Today,''") is passed over; a
			 * quotation of its own ends the search */
			uint32_t q = quote_of(x, c);
			if (!q || quote_close(x, q) - quote_open(x, q) > 10 || quote_open(x, q) <= stop)
				return 0;
			c = quote_open(x, q);
			continue;
		}
		if (!doc_mark_at(x->d, c, ','))
			continue;
		uint32_t hj = c - 1;
		if (T(x, hj)->kind == TOK_NUM && hj > lo && doc_mark_at(x->d, hj - 1, ',')) {
			prev = c;
			continue; /* an age: "Ames, 35, the daughter of ..." */
		}
		if (doc_mark_at(x->d, hj, ')')) {
			/* "Sen. Lyle Ashford (R-Tenn.), one of ..., said" */
			hj = paren_open(x, lo, hj, 9);
			if (hj == UINT32_MAX)
				return 0;
			hj--;
		}
		source h;
		src_clear(&h);
		/* over an age before the name and a home after it: "Another
		 * victim, 81-year-old Harold Pruett of Clinton, said" */
		uint32_t n0 = c + 1;
		while (n0 + 1 < j && n0 - c <= 6 && (x->qty[n0] & Q_IN) && !x->ent[n0])
			n0++;
		/* and over the role the name carries: "One figure, radio host
		 * Tom Vale, says" */
		uint32_t r0 = n0;
		while (r0 + 1 < j && r0 - n0 < 3 && T(x, r0)->kind == TOK_WORD &&
		       !(T(x, r0)->flags & TF_CAP) && !x->gram[r0] && !x->ent[r0] && !x->inq[r0] &&
		       !(x->cue[r0] && !x->srcw[r0]) && !src_ing_form(x->d, r0))
			r0++; /* not a participle's phrase: "Biden, echoing Erdogan," */
		if (r0 > n0 && x->ent[r0] && entity(x, r0)[0] == r0 && entity(x, r0)[2] == F_NAMED_PERSON)
			n0 = r0;
		const uint32_t *e = entity(x, n0);
		uint32_t nend = j;
		if (e && e[1] + 1 < j && is(x, e[1], "of")) {
			uint32_t k = e[1] + 1;
			while (k < j && T(x, k)->kind == TOK_WORD && (T(x, k)->flags & TF_CAP))
				k++;
			if (k == j)
				nend = e[1];
		}
		if (e && e[0] == n0 && e[1] == nend && e[2] == F_NAMED_PERSON &&
		    spk_np_before(x, e[1] - 1, &h) && h.cls == SC_NAMED) {
			/* the aside is the name: "One Republican hopeful,
			 * Carla Fenwick, says" */
			uint32_t b = c;
			while (b > lo && c - b < NP_MAX && (spk_np_token(x, b - 1) || role(x, b - 1, "prep")))
				b--;
			while (b < c && role(x, b, "prep"))
				b++;
			h.t0 = b < c ? b : c + 1;
			h.t1 = j;
			*s = h;
			return 1;
		}
		int got = spk_np_before(x, hj, &h) && h.cls != SC_NONE;
		if (role(x, c + 1, "rel") && relative_head(x, lo, spk_plain_start(x, lo, hj), &h)) {
			/* the aside is a relative clause on the speaker, whose own
			 * relative clause ends before its comma: "Two nurses who
			 * work in the unit, who asked not to be named because
			 * they were not authorized to speak, said" */
			if (anon_marker(x, c + 1, j) != UINT32_MAX)
				h.cls = SC_ANON;
			h.t1 = j;
			*s = h;
			return 1;
		}
		if (got && in_relative(x, h.t0, stop)) {
			/* the object of a relative clause inside the aside:
			 * "Verhoeven, a former aide who now heads up the
			 * Georgetown Institute for Women, Peace and Security,
			 * said" */
			prev = c;
			continue;
		}
		if (got && h.t0 > stop + 1 && role(x, h.t0 - 1, "prep") && role(x, c + 1, "rel")) {
			/* the object of a preposition before a relative clause is
			 * no speaker but the end of an aside before it: "Dr Ana
			 * Ruiz, a lecturer at King's College London, who was not
			 * involved in the study, said" is Dr Ruiz's */
			prev = c;
			continue;
		}
		const uint32_t *he = got ? entity(x, h.head) : NULL;
		/* a firm's name may end in an abbreviation ("Acme Corp. (NYSE:
		 * ACM), a maker of anvils, said"), and so may a person's ("Carl
		 * Mowbray Jr., a writer for the paper, said"): no state or tag */
		int firm = he && (he[2] == F_NAMED_ORG || he[2] == F_NAMED_PERSON) && he[1] == hj + 1;
		int tag = (he && he[2] == F_PLACE) || T(x, hj)->kind == TOK_NUM ||
		          ((doc_mark_at(x->d, hj, '.') || (T(x, hj)->flags & TF_ABBREV)) && !firm);
		if (!got || tag) {
			/* "Cory Janes, 22, of Flint, Mich., said", "Rep.
			 * Samuel K. Osei, R-N.H., a member of the committee,
			 * said", "Donna Rawley, 59, of Glenmore, Md., who
			 * watched ..., said": a place, a state, a short aside,
			 * a relative clause or a participle's phrase between
			 * commas; the speaker stands before them */
			if (!tag && prev - c - 1 > 4 && !role(x, c + 1, "rel") && !participle(x, c + 1))
				return 0;
			prev = c;
			continue;
		}
		*s = h;
		/* a participle's phrase tells what the speaker was doing, not
		 * who the speaker is: "Ada Lund, speaking at a rally on Monday,
		 * said" is Ada Lund (but an anonymity marker stays, and a role
		 * the form opens is who: "Tom Ek, managing director of ...",
		 * "ranking member of ...") */
		if (src_ing_form(x->d, c + 1) && !(T(x, c + 1)->flags & TF_CAP) && c + 2 < j &&
		    !x->srcw[c + 2] && !x->anon[c + 1] && anon_marker(x, c + 1, j) == UINT32_MAX)
			return 1;
		if (!role(x, c + 1, "prep") && !src_attr_is(x->d, x->gram, c + 1, "role", "time", 0) &&
		    !ly_adverb(x, c + 1) && !role(x, c + 1, "adv")) {
			s->t1 = j; /* the appositive describes the speaker */
			if (opening_name(x, lo, h.t0, &h)) {
				*s = h;
				s->t1 = j;
			}
		}
		return 1;
	}
	return 0;
}

/* When the asides do not parse (a comma inside one: "Kelmar Law School,
 * hoping to draw a wider, younger field of applicants,
 * said"): the name that opens the sentence, if a comma follows it and no
 * quote, cue or second name stands between that comma and j. */
static int opening_aside(const actx *x, uint32_t lo, uint32_t j, source *s)
{
	const uint32_t *e = entity(x, lo);
	if (!e || e[0] != lo || e[2] == F_PLACE || e[1] >= j || j - e[1] > 30)
		return 0;
	uint32_t ne = e[1]; /* the comma, after a home place: "Rep. Alan D. Hirsch of California," */
	if (ne + 1 < j && (is(x, ne, "of") || is(x, ne, "from"))) {
		const uint32_t *pe = entity(x, ne + 1);
		if (pe && pe[0] == ne + 1 && pe[2] == F_PLACE)
			ne = pe[1];
	}
	if (ne >= j || !doc_mark_at(x->d, ne, ','))
		return 0;
	for (uint32_t k = ne + 1; k < j; k++)
		if (x->inq[k] || quote_mark(x, k) || x->cue[k] ||
		    (x->ent[k] && entity(x, k)[2] == F_NAMED_PERSON))
			return 0;
	src_clear(s);
	if (!spk_np_before(x, e[1] - 1, s) || s->cls == SC_NONE || s->t0 != lo)
		return 0;
	s->t1 = j;
	return 1;
}

/* A group named by its number alone at j, opening its clause: "The two",
 * "the three", "Both". */
static int elided_group(const actx *x, uint32_t lo, uint32_t j)
{
	static const char *const numbers[] = { "two", "three", "four", "five" };
	uint32_t b;
	if (is(x, j, "both") || is(x, j, "all") || is(x, j, "each"))
		b = j;
	else if (DOC_TOK_IN(x->d, j, numbers) && j > lo && is(x, j - 1, "the"))
		b = j - 1;
	else
		return 0;
	if (j + 1 < x->n && (T(x, j + 1)->flags & TF_CAP))
		return 0; /* "Both Planned Parenthood and ..." */
	static const char *const be[] = { "is", "are", "was", "were", "been", "be" };
	if (is(x, j, "all") && j + 1 < x->n &&
	    (DOC_TOK_IN(x->d, j + 1, be) ||
	     src_plural_form(x->d->view.fold + T(x, j + 1)->fs, T(x, j + 1)->fe - T(x, j + 1)->fs)))
		return 0; /* everything, or the determiner of a plural: "All seems
		           * lost", "all tickets will be checked", "All were
		           * confirmed" */
	return b == lo || T(x, b - 1)->kind == TOK_PUNCT || is(x, b - 1, "and") || is(x, b - 1, "but");
}

/* Whether the phrase at t0 is the object of a clause that describes the
 * subject before it: "The utility that runs | the dam did not respond",
 * "officials who spoke with | The Huffington Post said", "an official who
 * was briefed on | the investigation told", "Another intelligence source
 * speaking to | Fox News said", "one GOP official supporting | Ames
 * pointed out". The subject is then the speaker, in h. */
int spk_clause_object(const actx *x, uint32_t lo, uint32_t t0, source *h)
{
	if (t0 < lo + 2)
		return 0;
	int prep = role(x, t0 - 1, "prep") || is(x, t0 - 1, "to");
	uint32_t w = prep ? t0 - 2 : t0 - 1; /* the verb */
	const tok *t = T(x, w);
	if (w <= lo || t->kind != TOK_WORD || (t->flags & TF_CAP) || x->gram[w] || x->inq[w])
		return 0;
	int ing = memcmp(x->d->view.fold + t->fe - 3, "ing", 3) == 0;
	uint32_t r = w - 1;
	while (r > lo && w - r < 3 && (aux_word(x, r) || role(x, r, "adv") || ly_adverb(x, r)))
		r--; /* "who were briefed on", "who once worked for" */
	uint32_t e;
	if ((is(x, r, "who") || is(x, r, "that")) && !x->inq[r] &&
	    (prep || (r == w - 1 && r > lo && !x->cue[w] && !x->cue[r - 1])))
		e = r - 1; /* "that runs | the dam", "who spoke with | The Huffington Post" */
	else if (r == w - 1 && participle(x, w) && (prep || x->cue[w] || x->stance[w]) &&
	         (ing || (prep && (is(x, t0 - 1, "by") || is(x, t0 - 1, "for")))))
		e = w - 1; /* "a source speaking to", "an official supporting" (a verb the
		            * vocabularies know: not "the one thing | no one"), "a
		            * report released by" */
	else
		return 0; /* not "Brill returned to his campaign pledge" */
	if (e < lo || e >= w || T(x, e)->kind != TOK_WORD)
		return 0;
	src_clear(h);
	if (spk_np_before(x, e, h) && h->cls != SC_NONE && !h->pronoun)
		return 1;
	/* a noun no vocabulary knows: "One backbencher who attended | the
	 * meeting said" */
	src_clear(h);
	return r == w - 1 && is(x, r, "who") && spk_plain_phrase(x, spk_plain_start(x, lo, e), e + 1, h);
}

/* Whether the cue at v is set off by a comma after it: "Mr. Brill, officials
 * said, has become ...", where the name before is what was said about. */
static int parenthetical(const actx *x, uint32_t v)
{
	const lex_match *m = src_match(x->d, x->cue, v);
	uint32_t e = m ? m->tok1 : v + 1;
	return e < x->n && doc_mark_at(x->d, e, ',');
}

/* A person's name that opens the sentence and a comma right before t0: the
 * phrase at t0 is in apposition to it, its closing comma left out ("Sam
 * Lowry, the communications director for the party said"). On success h is
 * the name. */
static int opening_apposition(const actx *x, uint32_t lo, uint32_t t0, source *h)
{
	if (t0 < lo + 2 || !doc_mark_at(x->d, t0 - 1, ','))
		return 0;
	const uint32_t *e = entity(x, t0 - 2);
	if (!e || e[2] != F_NAMED_PERSON || e[1] != t0 - 1 || e[0] != lo)
		return 0;
	src_clear(h);
	return spk_np_before(x, t0 - 2, h) && h->cls == SC_NAMED && h->t0 == lo;
}

/* The token after the comma that closes a short setting opening the
 * sentence at lo, before j: "On Monday,", "Later,", "In a letter to the
 * board last week,". A setting holds no quotation, no other punctuation
 * and no name but a place's. lo when there is none. */
static uint32_t past_setting(const actx *x, uint32_t lo, uint32_t j)
{
	if (!opens_setting(x, lo) && !ly_adverb(x, lo) && !role(x, lo, "adv"))
		return lo;
	for (uint32_t k = lo; k < j && k < lo + 12; k++) {
		const uint32_t *e = entity(x, k);
		if (x->inq[k] || quote_mark(x, k) || (e && e[2] != F_PLACE))
			return lo;
		if (doc_mark_at(x->d, k, ','))
			return k > lo ? k + 1 : lo;
		if (T(x, k)->kind == TOK_PUNCT)
			return lo;
	}
	return lo;
}

/* A comma with no aside before it, between a name that opens its clause and
 * the verb: "Gov. Jack Kessler (R-OH), said", "On Tuesday, Jack Kessler,
 * said". The clause opens the sentence or follows a setting that does. */
static int stray_comma(const actx *x, uint32_t lo, uint32_t j, source *s)
{
	uint32_t h = j - 1;
	if (j <= lo + 1)
		return 0;
	if (doc_mark_at(x->d, h, ')')) {
		h = paren_open(x, lo, h, 9);
		if (h == UINT32_MAX || h <= lo)
			return 0;
		h--;
	}
	const uint32_t *e = entity(x, h);
	if (!e || e[2] != F_NAMED_PERSON || e[1] != h + 1)
		return 0;
	uint32_t b = e[0];
	while (b > lo && x->title[b - 1])
		b--;
	if (b > lo) {
		/* a setting and its comma: "On Tuesday,", "In a statement," */
		if (!doc_mark_at(x->d, b - 1, ',') || !opens_setting(x, lo))
			return 0;
		for (uint32_t k = lo; k + 1 < b; k++) {
			const uint32_t *pe = entity(x, k);
			if (x->inq[k] || (pe && pe[2] != F_PLACE))
				return 0;
			if (T(x, k)->kind == TOK_PUNCT && !(doc_mark_at(x->d, k, ',') && entity(x, k + 1) &&
			                                    entity(x, k + 1)[2] == F_PLACE))
				return 0; /* but "at a rally in Berea, Ohio," */
		}
	}
	if (!spk_np_before(x, h, s) || s->cls != SC_NAMED || s->t0 < b)
		return 0;
	s->t1 = h + 1; /* and a party tag after it */
	return 1;
}

/* The speaker before the verb at v: "Ames said", "he has repeatedly said",
 * "officials who spoke on condition of anonymity said", "Smith, a lawyer
 * for the family, said". */
/* "Even Democrats who have praised her candidacy warned", "The utility
 * that runs the dam did not respond": a relative clause on "who" or "that"
 * with no commas between the speaker and the verb ("that" followed by a
 * verb, not by the subject of a clause), ending at token j. A few quoted
 * words may stand in it: "an insider who used to work with the
 * self-proclaimed \"Russian dictator\" told". */
static int relative_subject(const actx *x, uint32_t lo, uint32_t j, source *s)
{
	for (uint32_t q = j; q > lo && j - q < 14; q--) {
		if (quote_mark(x, q) && q > 1 && x->inq[q - 1] && q - quote_open(x, x->inq[q - 1]) <= 6) {
			q = quote_open(x, x->inq[q - 1]);
			if (q <= lo)
				return 0;
			continue;
		}
		if (x->inq[q] || T(x, q)->kind == TOK_PUNCT)
			break;
		if (!is(x, q, "who") &&
		    !(is(x, q, "that") && q < j && T(x, q + 1)->kind == TOK_WORD &&
		      !(T(x, q + 1)->flags & TF_CAP) && !x->gram[q + 1] && !x->cue[q - 1]))
			continue;
		source h;
		src_clear(&h);
		if (!spk_np_before(x, q - 1, &h) || h.cls == SC_NONE || h.pronoun)
			return 0;
		*s = h;
		if (opening_name(x, lo, h.t0, &h))
			*s = h;
		s->t1 = j + 1;
		return 1;
	}
	return 0;
}

/* Whether the phrase at t0, right before the verb, ends a relative clause
 * on "who" that is the subject's, however many words the clause runs: "Two
 * people who have done business with | the company said", "The user who
 * shared | the post did not respond". The phrase follows a preposition or
 * a verb in "-ed" (not "the seat | Nadia Ruiz decided to vacate"), "who"
 * is followed by the clause's verb, not by its subject ("parents who | the
 * big bad Walter Ames attacked"), and no verb of saying, no conjunction
 * and no comparison stands between ("a lawyer who worked with Sutton
 * claimed | the lawmaker told", "more resilient than | most people"); a
 * verb of saying may be the clause's own right before its object when it
 * takes a person or a thing, not a clause ("who accused | the senator",
 * "who shared | the post"). On success h is the phrase before "who". */
static int object_cue(const actx *x, uint32_t q, uint32_t t0)
{
	const char *st = cue_attr(x, q, "strength");
	return q + 1 == t0 &&
	       (cue_attr(x, q, "obj") || (st && !strcmp(st, "weak") && !cue_attr(x, q, "comp")));
}

static int relative_object(const actx *x, uint32_t lo, uint32_t t0, source *h)
{
	/* the clause's verb may be a weak cue right before the object: "voters
	 * who oppose | Ames think", where the voters think, not Ames */
	if (t0 < lo + 3 || !(role(x, t0 - 1, "prep") || past_participle(x, t0 - 1) ||
	                     (x->cue[t0 - 1] && !x->srcw[t0 - 1] && object_cue(x, t0 - 1, t0))))
		return 0;
	for (uint32_t q = t0 - 1; q > lo && t0 - q < 14; q--) {
		if (x->inq[q] || T(x, q)->kind != TOK_WORD ||
		    (x->cue[q] && !x->srcw[q] && !object_cue(x, q, t0)) ||
		    (role(x, q, "bound") && !is(x, q, "to")))
			return 0;
		if (!is(x, q, "who"))
			continue;
		uint32_t n = q + 1;
		if (n >= t0 || x->ent[n] || x->srcw[n] || x->qty[n] || role(x, n, "det") ||
		    role(x, n, "pron"))
			return 0;
		src_clear(h);
		return spk_np_before(x, q - 1, h) && h->cls != SC_NONE && !h->pronoun;
	}
	return 0;
}

/* Whether the phrase s after "who" opens with the relative clause's own
 * verb and ends with its object, a name: "who | control Congress", "who |
 * support Ames"; not the clause's subject, "who | police say", "who |
 * former President Paul Delgado called", "who | the group endorsed". */
static int relative_verb_first(const actx *x, const source *s)
{
	uint32_t f = s->t0;
	const tok *t = T(x, f);
	const uint32_t *e = entity(x, s->t1 - 1);
	return s->t1 - f >= 2 && t->kind == TOK_WORD && !(t->flags & TF_CAP) && !role(x, f, "det") &&
	       !x->srcw[f] && !x->title[f] && !x->ent[f] && !x->qty[f] && !x->stop[f] && e && e[0] > f;
}

/* Whether the anonymity marker at mk, inside the phrase of source s, keeps
 * the source unnamed: always when no person is named in the phrase ("The
 * head of a farm group, who was not authorized to speak publicly,");
 * with a name only when the marker withholds part of it ("Rachel, a
 * nurse who gave only her first name,"). A named person whose aside
 * cites or knows unnamed others stays named ("Dunning, citing an unnamed
 * source,", "Steve Ellwood, a lobbyist close to ..."). */
static int withheld_name(const actx *x, const source *s, uint32_t mk)
{
	if (mk > s->t0 && is(x, mk - 1, "not"))
		return 0; /* "not involved in" marks an outsider */
	int person = 0;
	for (uint32_t k = s->t0; k < mk && !person; k++)
		person = x->ent[k] && entity(x, k)[2] == F_NAMED_PERSON;
	if (!person)
		return 1;
	const lex_match *m = src_match(x->d, x->anon, mk);
	for (uint32_t k = mk; m && k < m->tok1; k++)
		if (is(x, k, "name") || is(x, k, "first"))
			return 1;
	return 0;
}

int spk_withheld(const actx *x, const source *s)
{
	uint32_t mk = anon_marker(x, s->t0, s->t1);
	return s->cls == SC_NAMED && !s->pronoun && !s->backref && mk != UINT32_MAX &&
	       withheld_name(x, s, mk);
}

/* Whether the comma at c closes a date's year, the American way, in a
 * participle's phrase on the subject, and sets off no aside: "An internal
 * email dated Oct. 3, 2024, shows", "A letter sent on May 2, 2023,
 * says", or in a setting right after the speaker, "The mayor on March 2,
 * 2024, said" (not "Kapoor, describing the delays beginning on Sept. 4,
 * 2019, said", where the comma closes an aside). */
int spk_date_comma(const actx *x, uint32_t c)
{
	if (c <= 3 || !doc_mark_at(x->d, c, ',') || T(x, c - 1)->kind != TOK_NUM ||
	    !(x->qty[c - 1] & Q_DATE) || !doc_mark_at(x->d, c - 2, ',') || !(x->qty[c - 3] & Q_DATE))
		return 0;
	uint32_t lo = sent_start(x, c), b = c - 1;
	while (b > lo && (x->qty[b - 1] & Q_DATE))
		b--;
	int on = b > lo && (is(x, b - 1, "on") || is(x, b - 1, "in"));
	if (on)
		b--;
	if (b <= lo + 1)
		return 0;
	uint32_t st;
	return past_participle(x, b - 1) || spk_reduced_relative(x, b - 1, &st) ||
	       (on && (x->srcw[b - 1] || (x->ent[b - 1] && entity(x, b - 1)[2] != F_PLACE)));
}

int spk_subject_before(const actx *x, uint32_t v, source *s)
{
	static const char *const settings[] = { "after",     "before", "amid", "despite",
		                                "following", "when",   "while" };
	static const char *const aspect[] = { "began", "begun",  "begin",     "begins",    "started",
		                              "start", "starts", "continued", "continues", "continue",
		                              "kept",  "keep",   "keeps" };
	uint32_t lo = sent_start(x, v), k = v;
	int ing = src_attr_is(x->d, x->cue, v, "form", "ing", 0);
	for (int steps = 0; k > lo && steps < 6; steps++) {
		uint32_t j = k - 1;
		if (x->inq[j])
			break;
		if (k == v && j > lo + 3 && spk_date_comma(x, j)) {
			k = j; /* "An internal email dated Oct. 3, 2024, shows" */
			continue;
		}
		if (ing && k == v && DOC_TOK_IN(x->d, j, aspect)) {
			k = j; /* "Officials began warning", "Ames kept insisting" */
			continue;
		}
		/* the verb right after "to", or past adverbs there: "went on
		 * to sharply criticize", "moved to quickly reassure" */
		uint32_t w = k;
		while (w < v && (role(x, w, "adv") || ly_adverb(x, w)))
			w++;
		uint32_t lead = w == v ? verb_before_to(x, lo, j) : UINT32_MAX;
		if (lead != UINT32_MAX) {
			/* "ISW continues to assess that", "Lane went on to explain",
			 * "leaders gathered Friday to discuss" */
			k = lead;
			continue;
		}
		if (aux_word(x, j) || role(x, j, "adv") || neg_word(x, j) || ly_adverb(x, j) ||
		    reflexive(x, j) || (is(x, j, "since") && j > lo && aux_word(x, j - 1)) ||
		    floating(x, lo, j)) {
			if (is(x, j, "'s") && j > lo && !role(x, j - 1, "pron") && !role(x, j - 1, "rel"))
				break; /* a possessive, not "he's", "who's" */
			k = j;
			continue;
		}
		/* "Ames on Tuesday said", "Delgado in a statement said", "A CNN
		 * poll this month showed" */
		int moved = 0;
		if (x->qty[j] & Q_DATE) {
			uint32_t b = j;
			while (b > lo && (x->qty[b - 1] & Q_DATE))
				b--;
			if (b > lo && (is(x, b - 1, "early") || is(x, b - 1, "late") || is(x, b - 1, "mid")))
				b--; /* "in late September" */
			if (b > lo + 1 && is(x, b - 1, "the") && role(x, b - 2, "prep"))
				b--; /* "in the early 1970s" */
			if (b > lo && (role(x, b - 1, "prep") || is(x, b - 1, "on") || is(x, b - 1, "in") ||
			               is(x, b - 1, "at") || is(x, b - 1, "since")))
				b--; /* "on" before "Monday night" */
			if (b > lo) {
				k = b;
				continue;
			}
		}
		for (uint32_t b = j + 1 > 3 ? j - 2 : 0; b <= j && !moved; b++) {
			const lex_match *m = src_match(x->d, x->gram, b);
			if (b >= lo && m && m->tok1 == k &&
			    src_attr_is(x->d, x->gram, b, "role", "time", 0)) {
				k = b;
				moved = 1;
			}
		}
		/* a setting between a perfect's auxiliary (and a time) and
		 * "said": "had last week at a stakeholders' forum in Lagos said",
		 * the way Nigerian papers write */
		for (uint32_t b = j; !moved && b > lo + 1 && j - b < 12; b--) {
			if (x->inq[b] || (T(x, b)->kind == TOK_PUNCT && !possessive(x, b) && !x->ent[b]))
				break;
			if (!role(x, b, "prep") || x->ent[b])
				continue;
			const lex_match *m = NULL;
			for (uint32_t t = b - 1; t + 3 >= b && t > lo + 1 && !m; t--) {
				const lex_match *c = src_match(x->d, x->gram, t);
				if (c && c->tok1 == b && src_attr_is(x->d, x->gram, t, "role", "time", 0))
					m = c;
			}
			static const char *const perfect[] = { "had", "has", "have" };
			uint32_t a = m ? m->tok0 - 1 : b - 1;
			if (a > lo && DOC_TOK_IN(x->d, a, perfect) &&
			    (is(x, v, "said") || is(x, v, "told"))) {
				k = b;
				moved = 1;
			}
		}
		if (!moved)
			break;
	}
	if (k <= lo)
		return 0;
	uint32_t j = k - 1;
	uint32_t mb = anon_ending(x, k);
	if (mb == UINT32_MAX)
		mb = anon_clause_start(x, lo, k);
	if (mb == UINT32_MAX && j > lo + 3 && doc_mark_at(x->d, j, ',')) {
		/* the part of the name the marker gives, set off after it: "A
		 * passenger who gave only her first name, Katrin, told" */
		const uint32_t *e = entity(x, j - 1);
		uint32_t n0 = e && e[1] == j && e[2] == F_NAMED_PERSON ? e[0] : j - 1;
		const tok *nt = T(x, n0);
		if (n0 > lo + 1 && n0 + 3 >= j && nt->kind == TOK_WORD && (nt->flags & TF_CAP) &&
		    doc_mark_at(x->d, n0 - 1, ','))
			mb = anon_ending(x, n0 - 1);
	}
	if (mb != UINT32_MAX && mb > lo) {
		/* "officials who spoke on condition of anonymity said" */
		uint32_t h = mb - 1;
		if (doc_mark_at(x->d, h, ',') && h > lo)
			h--;
		if (spk_np_before(x, h, s)) {
			source r;
			if (relative_head(x, lo, s->t0, &r))
				*s = r;
			s->t1 = k;
			if (s->cls != SC_NONE)
				s->cls = SC_ANON;
			return 1;
		}
		if (anon_plain(x, spk_plain_start(x, lo, h), k, s))
			return 1; /* "A lobbyist who spoke on condition of anonymity said" */
	}
	if (doc_mark_at(x->d, j, ')')) {
		/* "Sen. Abe Tolliver (I-Vt.) said" */
		uint32_t b = paren_open(x, lo, j, 24);
		if (b == UINT32_MAX)
			return 0;
		j = b - 1;
	}
	if (aside_dash(x, j)) {
		/* "John Smith -- a lawyer in Ohio -- said": the speaker stands
		 * before the aside, which describes him unless it is a setting */
		uint32_t b = j;
		while (b > lo + 1 && j - b < 40 && !aside_dash(x, b - 1) && !x->inq[b - 1] &&
		       !quote_mark(x, b - 1))
			b--;
		if (b <= lo + 1 || b == j || !aside_dash(x, b - 1))
			return 0;
		uint32_t h = b - 2;
		if (doc_mark_at(x->d, h, ')')) {
			/* "Sen. Hal Brewer (R-Tenn.) -- who was ... -- has said" */
			h = paren_open(x, lo, h, 10);
			if (h == UINT32_MAX)
				return 0;
			h--;
		}
		if (!spk_np_before(x, h, s) || s->cls == SC_NONE || s->pronoun)
			return 0;
		const uint32_t *e = entity(x, b);
		source n;
		src_clear(&n);
		if (s->cls != SC_NAMED && e && e[0] == b && e[2] == F_NAMED_PERSON &&
		    spk_np_before(x, e[1] - 1, &n) && n.cls == SC_NAMED) {
			/* the aside is the name: "A former candidate -- John
			 * McKay, who lost in 2008 -- said" */
			n.t0 = s->t0;
			n.t1 = j;
			*s = n;
		} else if (anon_marker(x, b, j) != UINT32_MAX) {
			s->cls = SC_ANON;
			s->t1 = j;
		} else if (!role(x, b, "prep") && !role(x, b, "adv") && !ly_adverb(x, b) &&
		           !role(x, b, "time") && !(x->qty[b] & Q_DATE) && !DOC_TOK_IN(x->d, b, settings)) {
			s->t1 = j;
		}
		return 1;
	}
	int quoted_comma = 0;
	if (quote_mark(x, j) && j > lo + 1) {
		/* a short quotation that ends an aside with its comma inside
		 * ("the co-author of \"Low Tide,\" said"): the comma closes
		 * the aside */
		uint32_t q = quote_of(x, j);
		if (q) {
			uint32_t o = quote_open(x, q), cl = quote_close(x, q);
			if (j >= cl && cl - o <= 10 && o > lo && doc_mark_at(x->d, cl - 1, ',')) {
				j = cl - 1;
				quoted_comma = 1;
			}
		}
	}
	if ((x->inq[j] && !quoted_comma) || quote_mark(x, j))
		return quote_mark(x, j) && !quoted_comma && relative_subject(x, lo, j, s);
	if (is(x, j, "another") && src_attr_is(x->d, x->cue, v, "strength", "strong", 0) &&
	    (j == lo || T(x, j - 1)->kind == TOK_PUNCT || is(x, j - 1, "and") || is(x, j - 1, "but"))) {
		lone_other(x, j, s); /* "Another said ..." */
		/* one more of the crowd quoted just before is as vague as it:
		 * "Fans were quick to react, with one writing: ... Another
		 * said: ..." */
		const hist_entry *h = x->nhist ? &x->hist[x->nhist - 1] : NULL;
		if (h && h->src.cls == SC_VAGUE && sent_gap(x, h->sent, T(x, j)->sent) <= 2) {
			s->cls = SC_VAGUE;
			s->kind = NULL;
		}
		return 1;
	}
	if (is(x, j, "other") && j == lo + 1 && is(x, lo, "the")) {
		/* "One of them said ... The other described it as ...": the
		 * rest of the unnamed group */
		const source *a = anon_group(x, T(x, j)->sent);
		if (a) {
			lone_other(x, j, s);
			s->t0 = lo;
			refer_back(x, s, a);
			return 1;
		}
	}
	if (elided_group(x, lo, j)) {
		/* "The two admit that ...", "Both said": the people just
		 * named, as "they" would be */
		resolve_pronoun_as(x, j, NULL, "pl", NULL, s);
		s->t0 = is(x, j, "both") || is(x, j, "all") || is(x, j, "each") ? j : j - 1;
		if (s->cls == SC_NONE && recent_entity(x, s->t0, 1, 0, 2)) {
			s->cls = SC_NAMED; /* the people just named, whoever they are */
			s->kind = "person";
		}
		if (s->cls == SC_NONE && s->t0 == j) {
			/* a group named in words no vocabulary knows, or none:
			 * vaguely ("The senators met. Both said ...", "All
			 * agreed that ...") */
			s->cls = SC_VAGUE;
			s->t0 = j;
			s->t1 = j + 1;
			s->head = j;
			s->head_hash = src_hash(x->d, j);
			s->plural = 1;
		}
		return s->cls != SC_NONE;
	}
	if (role(x, j, "pron")) {
		if (src_attr(x->d, x->gram, j, "person", 1))
			return 0;
		spk_resolve_pronoun(x, j, s);
		return s->cls != SC_NONE;
	}
	/* A relative: "a lawmaker who said", "the agency, which said" */
	if (role(x, j, "rel") || (is(x, j, "that") && j > lo && T(x, j - 1)->kind == TOK_WORD &&
	                          !role(x, j - 1, "det") && !x->cue[j - 1])) {
		uint32_t a = j;
		if (a > lo && (doc_mark_at(x->d, a - 1, ',') || aside_dash(x, a - 1)))
			a--;
		if (a > lo + 1 && doc_mark_at(x->d, a - 1, ')')) {
			/* "Sen. Roy Jansen (R-Wis.), who told" */
			uint32_t b = paren_open(x, lo, a - 1, 9);
			if (b != UINT32_MAX)
				a = b;
		}
		if (a <= lo)
			return 0;
		source ante;
		src_clear(&ante);
		if (!spk_np_before(x, a - 1, &ante)) {
			/* "who" speaks of a person: a capitalised name the names
			 * detector left alone is still somebody named */
			uint32_t h = a - 1, b = h;
			if (is(x, j, "who") && !(T(x, h)->flags & TF_CAP)) {
				/* "18% who say", "an architect who said": whoever it is */
				while (b > lo && h - b < NP_MAX && spk_np_token(x, b - 1) &&
				       !role(x, b - 1, "prep") && !role(x, b, "det"))
					b--;
				if (!spk_plain_phrase(x, b, h + 1, &ante) &&
				    !(T(x, h)->kind == TOK_NUM || is(x, h, "%")))
					return 0;
				if (ante.cls == SC_NONE) {
					src_clear(&ante);
					ante.cls = SC_VAGUE;
					ante.t0 = b;
					ante.t1 = h + 1;
					ante.head = h;
				}
				*s = ante;
				s->t0 = j;
				s->t1 = j + 1;
				s->pronoun = 1;
				s->ante = T(x, ante.t0)->s;
				return 1;
			}
			if (!is(x, j, "who") || !(T(x, h)->flags & TF_CAP) || T(x, h)->kind != TOK_WORD ||
			    x->gram[h] || x->stop[h])
				return 0;
			while (b > lo && (T(x, b - 1)->flags & TF_CAP) && T(x, b - 1)->kind == TOK_WORD &&
			       h - b < 3)
				b--;
			if (b == lo && (T(x, b)->flags & TF_SENT) && b == h)
				return 0;
			src_clear(&ante);
			ante.cls = SC_NAMED;
			ante.kind = "person";
			ante.t0 = b;
			ante.t1 = h + 1;
			ante.head = h;
			ante.head_hash = src_hash(x->d, h);
			set_name(&ante, x, b, h + 1);
		}
		const uint32_t *oe = entity(x, a - 1);
		if (is(x, j, "which") && ante.kind && strcmp(ante.kind, "person") == 0 && oe && oe[1] == a &&
		    oe[0] > ante.t0 && oe[2] == F_NAMED_ORG) {
			/* "which" is no person's: "Adam Greer, co-founder of the
			 * Fair Rent Action Committee, which is
			 * backing" speaks of the committee */
			uint32_t b = oe[0];
			if (b > ante.t0 && role(x, b - 1, "det"))
				b--;
			ante.t0 = b;
			ante.t1 = a;
			ante.head = a - 1;
			ante.head_hash = src_hash(x->d, a - 1);
			ante.kind = "organisation";
			ante.cls = SC_NAMED;
			ante.gender = 'n';
			ante.plural = 0;
			set_name(&ante, x, oe[0], oe[1]);
		}
		const uint32_t *ap;
		if (ante.cls == SC_ANON && !ante.plural && (ap = apposed_person(x, ante.t0)) != NULL) {
			/* "said Ana Ruiz, a nurse, who noted": who is Ana Ruiz */
			ante.cls = SC_NAMED;
			ante.kind = "person";
			ante.gender = person_gender(x, ap);
			set_name(&ante, x, ap[0], ap[1]);
		}
		*s = ante;
		s->t0 = j;
		s->t1 = j + 1;
		s->pronoun = 1;
		s->ante = T(x, ante.t0)->s;
		if (s->name_s == UINT32_MAX && ante.cls != SC_NONE)
			set_name(s, x, ante.t0, ante.t1);
		return 1;
	}
	if (doc_mark_at(x->d, j, ',')) { /* an appositive */
		if (stray_comma(x, lo, j, s))
			return 1;
		if (aside_speaker(x, lo, j, s) || opening_aside(x, lo, j, s))
			return 1;
		/* a bare surname and its aside, opening the sentence or the
		 * clause after a quotation: "Jinx, whose real name is Peter
		 * Alan Dorsey, told", or after a setting and its comma: "On
		 * Monday, Jinx, a singer, said" */
		uint32_t n0 = lo;
		while (n0 < j && (x->inq[n0] || quote_mark(x, n0)))
			n0++;
		if (n0 == lo)
			n0 = past_setting(x, lo, j);
		if (!doc_mark_at(x->d, n0 + 1, ',') || j <= n0 + 2 || !spk_surname_at(x, n0, v, s))
			return 0;
		uint32_t a = n0 + 2; /* the aside describes the speaker unless it is a setting:
		                      * not "Jinx, in a statement," */
		if (!opens_setting(x, a) && !role(x, a, "adv") && !ly_adverb(x, a) &&
		    !(j == a + 1 && !x->srcw[a]))
			s->t1 = j;
		return 1;
	}
	if (spk_np_before(x, j, s)) {
		/* the object of a clause on the subject: in "The utility that
		 * runs the dam did not respond" the speaker is the utility,
		 * with its clause */
		source h;
		src_clear(&h);
		if (s->t0 > lo + 1 && is(x, s->t0 - 1, "who") && relative_verb_first(x, s)) {
			/* the phrase opens with the clause's verb: "the Republicans
			 * who | control Congress refused" is the Republicans' */
			if (!spk_np_before(x, s->t0 - 2, &h) || h.cls == SC_NONE || h.pronoun)
				return 0;
			*s = h;
			s->t1 = j + 1;
		} else if (spk_clause_object(x, lo, s->t0, &h)) {
			*s = h;
			s->t1 = j + 1;
		} else if (relative_object(x, lo, s->t0, &h)) {
			*s = h;
			s->t1 = j + 1;
		} else if (s->name_s == UINT32_MAX && !s->plural && role(x, s->t0, "det") &&
		           !parenthetical(x, v) && opening_apposition(x, lo, s->t0, &h)) {
			h.t1 = s->t1; /* "Sam Lowry, the communications director for
			               * the party said": the second comma left out */
			*s = h;
		}
		return 1;
	}
	{
		/* a relative clause's object that is no speaker at all: "One
		 * backbencher who attended | the meeting said" */
		uint32_t t0 = spk_plain_start(x, lo, j);
		source h;
		src_clear(&h);
		if (src_ing_form(x->d, j) && t0 > lo + 1 && t0 <= j && spk_clause_object(x, lo, t0, &h)) {
			*s = h;
			s->t1 = j + 1;
			return 1;
		}
	}
	/* "Ames at the time said", "Delgado in a statement Tuesday said": a
	 * short phrase between the speaker and the verb. */
	for (uint32_t q = j; q > lo + 1 && j - q < 6; q--) {
		if (doc_mark_at(x->d, q, ',') &&
		    (opens_setting(x, lo) || role(x, lo, "bound") || spk_opening_ing(x, lo)))
			break; /* the phrase ends in the setting that opens the sentence:
			        * "Having left the union in May, the pair said" is not the
			        * union's */
		if (!role(x, q, "prep") || x->inq[q])
			continue;
		uint32_t h = q - 1;
		if (x->ent[h] || x->srcw[h] ||
		    (role(x, h, "pron") && !src_attr(x->d, x->gram, h, "person", 1))) {
			src_clear(s);
			return spk_np_before(x, h, s);
		}
		break;
	}
	if (relative_subject(x, lo, j, s))
		return 1;
	/* A relative clause without "who" or "that", opened by its own
	 * subject: "a county official she spoke to by phone said", "the
	 * aides I talked with said". The speaker is the source word before
	 * the clause's pronoun, which may open the sentence ("Experts I spoke
	 * to say"). */
	for (uint32_t q = j; q > lo && j - q < 6; q--) {
		/* the clause's own verb may be one of saying: "the experts I
		 * interviewed said" */
		if (x->inq[q] || T(x, q)->kind != TOK_WORD || neg_word(x, q) ||
		    (x->cue[q] && !x->srcw[q] && !subject_pronoun(x, q - 1)))
			break;
		if (!subject_pronoun(x, q) || !x->srcw[q - 1] || x->ent[q - 1])
			continue;
		source h;
		src_clear(&h);
		if (!spk_np_before(x, q - 1, &h) || h.cls == SC_NONE || h.pronoun || h.head != q - 1)
			break;
		/* the phrase opens its clause: not "warn his fellow Democrats
		 * they were", "told reporters he said"; "all the experts" */
		uint32_t b = h.t0;
		if (b > lo && (is(x, b - 1, "all") || is(x, b - 1, "both")))
			h.t0 = --b;
		if (b > lo && T(x, b - 1)->kind != TOK_PUNCT && !role(x, b - 1, "bound") &&
		    !role(x, b - 1, "prep") && !role(x, b - 1, "adv") && !is(x, b - 1, "and") &&
		    !is(x, b - 1, "but") && !is(x, b - 1, "that"))
			break;
		*s = h;
		s->t1 = j + 1;
		return 1;
	}
	return 0;
}

/* The speaker of a verb right after a comma that closes an aside about its
 * subject: an age, an appositive or a relative clause ("Okoro, 58, told",
 * "Seth McKay, a political scientist at Texas Tech, told"). Not a place
 * ("In Iowa, the economy is weak, said Smith"), nor a phrase inside the
 * clause, where the comma marks an inversion. */
int spk_aside_subject(const actx *x, uint32_t v, source *s)
{
	source h;
	src_clear(&h);
	if (!spk_subject_before(x, v, &h) || h.cls == SC_NONE || h.pronoun || h.t1 >= v)
		return 0;
	const uint32_t *e = entity(x, h.head);
	if (e && e[2] == F_PLACE)
		return 0;
	/* the aside follows the speaker's head: in "The senator lacks friends
	 * in Congress, whom he has alienated, said Larry Sorensen" the comma
	 * marks an inversion */
	uint32_t k = h.head + 1;
	if (k < v && doc_mark_at(x->d, k, '(')) {
		/* "Sen. Lyle Ashford (R-Tenn.), one of ..., said" */
		while (k < v && !doc_mark_at(x->d, k, ')'))
			k++;
		k++;
	}
	if (k + 1 < v && (is(x, k, "of") || is(x, k, "from"))) {
		const uint32_t *pe = entity(x, k + 1); /* "Rep. Alan D. Hirsch of California," */
		if (pe && pe[0] == k + 1 && pe[2] == F_PLACE)
			k = pe[1];
		else if (h.t1 > k + 1 && h.t1 < v && doc_mark_at(x->d, h.t1, ',')) {
			/* a home or a body the aside's name is of: "Another
			 * pollster, David Woodley of Clemson University," */
			uint32_t c = k + 1;
			while (c < h.t1 && T(x, c)->kind == TOK_WORD && (T(x, c)->flags & TF_CAP))
				c++;
			if (c == h.t1)
				k = c;
		}
	}
	if (k >= v || !doc_mark_at(x->d, k, ',') || is(x, k + 1, "whom"))
		return 0;
	/* and the subject opens its clause */
	uint32_t b = h.t0, lo = sent_start(x, v);
	if (b > lo && !quote_mark(x, b - 1) && !doc_mark_at(x->d, b - 1, ',') &&
	    !doc_mark_at(x->d, b - 1, ':') && !is(x, b - 1, "and") && !is(x, b - 1, "but"))
		return 0;
	*s = h;
	/* an aside itself, after the name that opens the sentence: "Giacomo
	 * Luca Vanni, | the editor of the Vatican's newspaper, L'Osservatore
	 * Romano, said" */
	source n = h;
	if (b > lo && opening_name(x, lo, b, &n)) {
		*s = n;
		s->t1 = h.t1;
	}
	return 1;
}

/* The agent after the "by" of a passive with its auxiliary when no
 * vocabulary knows its head: "was criticised by the debate moderators",
 * "has been questioned by local growers". Only a plural that names people
 * by its ending ("-ers", "-ors", "-ists"): "is explained by the rules", "was
 * underscored by one exchange" name no speaker. */
int spk_agent_after(const actx *x, uint32_t i, source *s)
{
	if (i >= x->n)
		return 0;
	uint32_t hi = sent_end(x, i), k = np_after_end(x, i, hi);
	if (k <= i)
		return 0;
	uint32_t h = head_end(x, i, k);
	const tok *t = T(x, h - 1);
	size_t n = t->fe - t->fs;
	if (!src_people_plural(x->d, h - 1) ||
	    (n > 5 && memcmp(x->d->view.fold + t->fe - 5, "ities", 5) == 0))
		return 0; /* nor "the personalities" */
	return spk_plain_phrase(x, i, h, s);
}

/* ---- names no detector knows ------------------------------------------- */

/* Makes s the named source [a, b), a run of capitalised words no detector
 * took, headed by its last word. */
static void named_run(const actx *x, uint32_t a, uint32_t b, source *s)
{
	src_clear(s);
	s->cls = SC_NAMED;
	s->t0 = a;
	s->t1 = b;
	s->head = b - 1;
	s->head_hash = src_hash(x->d, b - 1);
	set_name(s, x, a, b);
}

/* A name the names detector does not know right after "according to":
 * "According to Variety", "according to The Federalist", "according to
 * Factcheck.org". Capitalised words, and a web address's dotted parts. */
int spk_unknown_name_after(const actx *x, uint32_t i, source *s)
{
	if (i >= x->n)
		return 0; /* the cue closes the text */
	uint32_t hi = sent_end(x, i), k = i;
	while (k < hi && k - i < 8) {
		const tok *t = T(x, k);
		if (k > i && wide_gap(x, k))
			break;
		if (k == i && is(x, k, "the") && k + 1 < hi && (T(x, k + 1)->flags & TF_CAP) &&
		    !x->gram[k + 1])
			k++; /* "according to The Federalist" */
		else if (t->kind == TOK_WORD && (t->flags & TF_CAP) && !x->gram[k] && !x->inq[k])
			k++;
		else if (k > i && is(x, k, "and") && k + 1 < hi && T(x, k + 1)->kind == TOK_WORD &&
		         (T(x, k + 1)->flags & TF_CAP) && !x->gram[k + 1] && !x->inq[k + 1])
			k++; /* "the Bill and Melinda Gates Foundation" */
		else
			break;
	}
	/* a web address's dotted parts end the name: "Factcheck.org" */
	while (k > i && k + 1 < hi && k - i < 12 && src_ch(x->d, k) == '.' && !(T(x, k)->flags & TF_SPACE) &&
	       T(x, k + 1)->kind == TOK_WORD && !(T(x, k + 1)->flags & TF_SPACE))
		k += 2;
	if (k == i || (k == i + 1 && is(x, i, "the")))
		return 0;
	named_run(x, i, k, s);
	return 1;
}

/* The capitalised words [a, v) that open a line of title case right before
 * its verb, as the line's speaker: "Dana Voss Describes Her Years in the
 * Race", "Rural Mayors Come Out Against the Levy". Two to four words, none
 * a word of grammar, a cue or a form in -ing or -ed, and a whole line of
 * them up to the verb: not "Why Growers Say ...", "Report: Ames Says". */
int spk_headline_subject(const actx *x, uint32_t a, uint32_t v, source *s)
{
	if (v < a + 2 || v > a + 4)
		return 0;
	for (uint32_t k = a; k < v; k++) {
		const tok *t = T(x, k);
		size_t n = t->fe - t->fs;
		const char *f = x->d->view.fold + t->fs;
		if (t->kind != TOK_WORD || !(t->flags & TF_CAP) || x->gram[k] || x->cue[k] || x->inq[k] ||
		    x->stance[k] || x->qty[k] || src_ing_form(x->d, k) ||
		    (n > 4 && memcmp(f + n - 2, "ed", 2) == 0))
			return 0;
	}
	named_run(x, a, v, s);
	return 1;
}

/* A capitalised -ing word that opens a sentence with a participle's phrase
 * ("Speaking at a town hall, ..."), not a name ("Sterling Heights"). */
int spk_opening_ing(const actx *x, uint32_t i)
{
	return !x->ent[i] && src_ing_form(x->d, i);
}

/* The word at lo, which opens its sentence, as the surname that speaks
 * through the verb at v (see opening_surname). */
int spk_surname_at(const actx *x, uint32_t lo, uint32_t v, source *s)
{
	const tok *t = T(x, lo);
	const char *f = x->d->view.fold + t->fs;
	size_t len = t->fe - t->fs;
	uint32_t h = src_hash(x->d, lo);
	if (t->kind != TOK_WORD || !(t->flags & TF_CAP) || len < 3 || x->inq[lo] || x->ent[lo] ||
	    x->gram[lo] || x->srcw[lo] || x->stop[lo] || x->cue[lo] || x->stance[lo] || x->title[lo] ||
	    x->vq[lo] || x->qty[lo] || src_adverb_form(x->d, lo) || spk_opening_ing(x, lo) ||
	    src_set_has(&x->lower, h) || memchr(f, '\'', len) != NULL)
		return 0;
	if (!src_set_has(&x->midcap, h)) {
		/* a word met only here: a past form must follow, which a
		 * noun cannot be ("Early reports", "Wrong answer", "Time will
		 * tell"), and the word must not be plural ("Forecasters"),
		 * unless "has" after it makes it one ("Haskins has urged") */
		const char *lemma = cue_attr(x, v, "lemma");
		const tok *c = T(x, v);
		const char *cf = x->d->view.fold + c->fs;
		size_t cn = c->fe - c->fs;
		if ((src_plural_form(f, len) && !(v > lo + 1 && is(x, lo + 1, "has"))) ||
		    memcmp(f + len - 2, "ly", 2) == 0 || !lemma ||
		    (strlen(lemma) == cn && memcmp(lemma, cf, cn) == 0) || cf[cn - 1] == 's' ||
		    (cn > 3 && memcmp(cf + cn - 3, "ing", 3) == 0))
			return 0;
	}
	src_clear(s);
	s->cls = SC_NAMED;
	s->kind = "person";
	s->t0 = lo;
	s->t1 = lo + 1;
	s->head = lo;
	s->head_hash = h;
	set_name(s, x, lo, lo + 1);
	return 1;
}
