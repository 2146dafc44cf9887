/* det_quotes.c -- the attribution detector's quotations: marks paired, and each quotation's speaker. */
#include <string.h>

#include "det_attribution.h"

/* ---- pairing ----------------------------------------------------------- */

/* How a double quotation mark reads: 1 opening, 2 closing, 3 either. The
 * glyph (curly quotes) and the spacing around the mark each vote; when they
 * disagree (writers and converters mix them up) the mark is ambiguous. */
static int quote_dir(const actx *x, uint32_t i)
{
	if (x->sq[i])
		return (int)x->sq[i]; /* found open or closing by single_marks() */
	const tok *t = T(x, i);
	const unsigned char *s = (const unsigned char *)x->d->text + t->s;
	int glyph = 3;
	if (t->e - t->s == 3 && s[0] == 0xE2 && s[1] == 0x80) {
		if (s[2] == 0x9C || s[2] == 0x9E)
			glyph = 1;
		else if (s[2] == 0x9D)
			glyph = 2;
	}
	int before = i == 0 || (t->flags & (TF_SPACE | TF_NEWLINE)) ||
	             (T(x, i - 1)->kind == TOK_PUNCT && src_ch(x->d, i - 1) != '.' &&
	              src_ch(x->d, i - 1) != ',' && src_ch(x->d, i - 1) != '?' && src_ch(x->d, i - 1) != '!');
	uint32_t nx = i + 1 + (uint32_t)pair_mark(x, i);
	int after = nx >= x->n || (T(x, nx)->flags & (TF_SPACE | TF_NEWLINE)) ||
	            (T(x, nx)->kind == TOK_PUNCT && !quote_mark(x, nx));
	int pos = before && !after ? 1 : after && !before ? 2 : 3;
	if (glyph == 3)
		return pos;
	if (pos == 3 || pos == glyph)
		return glyph;
	return 3;
}

static void add_quote(actx *x, uint32_t open, uint32_t close)
{
	uint32_t *q = x->quotes + 2 * x->nquotes++;
	q[0] = open;
	q[1] = close;
	for (uint32_t k = open + 1; k < close && k < x->n; k++)
		x->inq[k] = (uint32_t)x->nquotes;
}

/* The opening and closing marks of quotation q (1 + its index, as quote_of
 * and inq give it). */
uint32_t quote_open(const actx *x, uint32_t q)
{
	return x->quotes[2 * (q - 1)];
}

uint32_t quote_close(const actx *x, uint32_t q)
{
	return x->quotes[2 * (q - 1) + 1];
}

/* The quotation (1 + its index) whose words or marks include token i, or 0.
 * A closing pair of apostrophes is the quotation's too. */
uint32_t quote_of(const actx *x, uint32_t i)
{
	if (x->inq[i])
		return x->inq[i];
	size_t lo = 0, hi = x->nquotes;
	while (lo < hi) {
		size_t m = lo + (hi - lo) / 2;
		if (x->quotes[2 * m] <= i)
			lo = m + 1;
		else
			hi = m;
	}
	if (lo == 0)
		return 0;
	uint32_t close = quote_close(x, (uint32_t)lo);
	return i <= close || (i == close + 1 && pair_mark(x, close)) ? (uint32_t)lo : 0;
}

/* Which of U+2018 (1), U+2019 (2) or the typewriter's apostrophe (3) the
 * single mark at i is. */
static int single_glyph(const actx *x, uint32_t i)
{
	const tok *t = T(x, i);
	const unsigned char *s = (const unsigned char *)x->d->text + t->s;
	if (t->e - t->s == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x98 || s[2] == 0x99))
		return s[2] == 0x98 ? 1 : 2;
	return 3;
}

/* Whether token i is a single mark that no pair of apostrophes (''like
 * this'') holds. */
static int lone_single(const actx *x, uint32_t i)
{
	return T(x, i)->kind == TOK_PUNCT && (T(x, i)->flags & TF_QUOTE) && src_ch(x->d, i) == '\'' &&
	       !pair_mark(x, i) && !(i > 0 && pair_mark(x, i - 1));
}

/* A single mark that opens a quotation: after a space, a line's start or an
 * opening bracket, dash or colon, and right before a word ("'We", not
 * "'90s", "' "). */
static int single_opens(const actx *x, uint32_t i, uint32_t lo)
{
	if (!lone_single(x, i) || single_glyph(x, i) == 2 || i + 1 >= x->n ||
	    (T(x, i + 1)->flags & (TF_SPACE | TF_NEWLINE)) || T(x, i + 1)->kind != TOK_WORD)
		return 0;
	if (i == lo || (T(x, i)->flags & (TF_SPACE | TF_NEWLINE)))
		return 1;
	char c = src_ch(x->d, i - 1);
	return T(x, i - 1)->kind == TOK_PUNCT && (c == '(' || c == '[' || c == '-' || c == ':');
}

/* A single mark that closes a quotation: glued to the word or the stop
 * before it, and before a space, a line's end or a stop. Not a plural's
 * apostrophe before its noun ("the players' union"). */
static int single_closes(const actx *x, uint32_t i)
{
	if (!lone_single(x, i) || single_glyph(x, i) == 1 || i == 0 ||
	    (T(x, i)->flags & (TF_SPACE | TF_NEWLINE)))
		return 0;
	const tok *p = T(x, i - 1);
	if (p->kind != TOK_WORD && p->kind != TOK_NUM && p->kind != TOK_PUNCT)
		return 0;
	if (i + 1 >= x->n || (T(x, i + 1)->flags & TF_NEWLINE))
		return 1;
	const tok *nx = T(x, i + 1);
	if (!(nx->flags & TF_SPACE))
		return nx->kind == TOK_PUNCT && !lone_single(x, i + 1); /* "'...'." */
	return !(s_apostrophe(x, i) && nx->kind == TOK_WORD && !(nx->flags & TF_CAP));
}

/* British copy quotes with single marks and keeps double ones for a
 * quotation inside a quotation ("'He said \"no\",' she said"); American
 * copy does the reverse, and pages copied from both mix them. Marks in
 * x->sq the single marks that pair up in each paragraph outside the double
 * quotations paired already (x->inq); a U+2018 that opens a paragraph and
 * is left open runs to its end, as does any opening mark left open before a
 * paragraph that opens on one (speech over paragraphs). Returns how many
 * it marked. */
static uint32_t single_marks(actx *x)
{
	crd_doc *d = x->d;
	uint32_t marked = 0;
	for (size_t p = 0; p < d->paras.n; p++) {
		const seg_para *pa = &d->paras.v[p];
		uint32_t open = UINT32_MAX;
		for (uint32_t i = pa->tok0; i < pa->tok1; i++) {
			if (!(T(x, i)->flags & TF_QUOTE) || x->inq[i] || quote_mark(x, i))
				continue; /* no mark; a double quotation, inside a single one or not */
			if (open != UINT32_MAX && single_closes(x, i) && i > open + 1) {
				x->sq[open] = 1;
				x->sq[i] = 2;
				marked += 2;
				open = UINT32_MAX;
			} else if (single_opens(x, i, pa->tok0)) {
				open = i;
			}
		}
		/* a paragraph of speech that goes on in the next: one opened by
		 * U+2018, or left open where the next paragraph opens on a single
		 * mark again, as copy runs a quotation over paragraphs ("said:
		 * 'It was awful. | 'We ran,' she said.") */
		uint32_t nx = p + 1 < d->paras.n ? d->paras.v[p + 1].tok0 : UINT32_MAX;
		if (open != UINT32_MAX && ((open == pa->tok0 && single_glyph(x, open) == 1) ||
		                           (nx < x->n && single_opens(x, nx, nx)))) {
			x->sq[open] = 1;
			marked++;
		}
	}
	return marked;
}

/* Pairs the quotation marks within paragraphs. Inside a single quotation a
 * double mark is a quotation within it, and the other way round. */
static void pair_marks(actx *x)
{
	crd_doc *d = x->d;
	memset(x->inq, 0, x->n * sizeof *x->inq);
	x->nquotes = 0;
	for (size_t p = 0; p < d->paras.n; p++) {
		const seg_para *pa = &d->paras.v[p];
		uint32_t open = UINT32_MAX;
		for (uint32_t i = pa->tok0; i < pa->tok1; i++) {
			if (!quote_mark(x, i) || (i > 0 && pair_mark(x, i - 1)))
				continue;
			if (open != UINT32_MAX && (x->sq[open] != 0) != (x->sq[i] != 0))
				continue; /* nested: "'He said \"no\",'" */
			int dir = quote_dir(x, i);
			if (open == UINT32_MAX) {
				if (dir != 2)
					open = i;
			} else if (dir != 1) {
				if (i > open + 1)
					add_quote(x, open, i);
				open = UINT32_MAX;
			} else {
				/* a closing mark was lost. After a sentence's end
				 * the quotation ran to here: "\"Optimism, not
				 * resentment. \"You're also here ...,\" she
				 * added"; else start again from this mark. */
				if (i > open + 2 && T(x, i - 1)->kind == TOK_PUNCT &&
				    (src_ch(x->d, i - 1) == '.' || src_ch(x->d, i - 1) == '?' ||
				     src_ch(x->d, i - 1) == '!'))
					add_quote(x, open, i);
				open = i;
			}
		}
		if (open != UINT32_MAX && pa->tok1 > open + 1)
			add_quote(x, open, pa->tok1);
	}
}

/* Pairs quotation marks within paragraphs. A quote left open at the end of a
 * paragraph ends with it: speech over several paragraphs leaves each
 * paragraph's quote open and opens the next one again, and quote_emit() gives
 * those continuations the same speaker. The double marks are paired first,
 * then again with the single marks that quote outside them. */
void quote_find(actx *x)
{
	memset(x->sq, 0, x->n * sizeof *x->sq); /* none yet: the double marks alone */
	pair_marks(x);
	if (single_marks(x))
		pair_marks(x);
}

/* ---- quotes' speakers -------------------------------------------------- */

/* Whether the quotation [open, close] reads as a title: a few words, all
 * capitalised but the small words of titles ("Fox and Friends", "Meet the
 * Press", "Hardball"). */
static int title_quote(const actx *x, uint32_t open, uint32_t close)
{
	static const char *const small[] = { "of", "the", "and", "a", "in", "on", "to", "for" };
	uint32_t words = 0;
	for (uint32_t k = open + 1; k < close && k < x->n; k++) {
		const tok *t = T(x, k);
		if (t->kind == TOK_PUNCT || t->kind == TOK_SYM)
			continue; /* "Fox & Friends" */
		if (++words > 8)
			return 0;
		if (!(t->flags & TF_CAP) && !DOC_TOK_IN(x->d, k, small))
			return 0;
	}
	return words > 0;
}

/* Whether a setting at t ("in a post", "on Monday") is all that follows a
 * verb of saying before the sentence ends, a comma or a preposition: "...
 * Pellman wrote in a post on the Lumen website." (not "Smith said on
 * Monday the plan works"). */
static int setting_ends(const actx *x, uint32_t t)
{
	const lex_match *m = t < x->n ? src_match(x->d, x->gram, t) : NULL;
	if (!m || !src_attr_is(x->d, x->gram, t, "role", "time", 0))
		return 0;
	uint32_t e = m->tok1;
	return e >= x->n || doc_mark_at(x->d, e, '.') || doc_mark_at(x->d, e, ',') || role(x, e, "prep") ||
	       role(x, e, "time") || e >= sent_end(x, t);
}

/* Whether a quotation ends at a closing mark at close, rather than with
 * its paragraph (close is then the next paragraph's first token, which may
 * be the mark that opens the next quotation) or where the next one opens
 * after a lost closing mark. */
static int quote_closed(const actx *x, uint32_t close)
{
	if (close >= x->n || !quote_mark(x, close) || (T(x, close)->flags & TF_PARA))
		return 0;
	uint32_t q = quote_of(x, close); /* not the next quotation's opening mark */
	return !q || quote_open(x, q) != close;
}

/* Whether a person's name ends at t, before open, after a comma and before
 * a verb: the subject of the main clause after a subordinate one that held
 * the cue ("when Dorsey asked Haskell if ..., Haskell had a quip", "When
 * asked by the Independent to elaborate, Varga doubled down", "When Park
 * suggested he pays no taxes, he did not deny it"); not "said Ames
 * called", "Lena Ames and", "Paul Whitcombe,". */
static int clause_subject_at(const actx *x, uint32_t t, uint32_t open)
{
	const uint32_t *e = entity(x, t);
	uint32_t b = t; /* where the subject starts */
	if (e && e[2] == F_NAMED_PERSON && e[1] == t + 1)
		b = e[0];
	else if (!role(x, t, "pron") || !src_attr(x->d, x->gram, t, "gender", 1))
		return 0; /* "..., he did not deny it:" */
	if (t + 1 >= open || b == 0 || !doc_mark_at(x->d, b - 1, ','))
		return 0;
	const tok *n = T(x, t + 1);
	return n->kind == TOK_WORD && !(n->flags & TF_CAP) && !role(x, t + 1, "prep") &&
	       !role(x, t + 1, "bound") && !role(x, t + 1, "rel") && !is(x, t + 1, "and") &&
	       !is(x, t + 1, "or") && !possessive(x, t + 1);
}

/* Whether the object of a verb of saying at t is a short phrase with
 * nothing after it but a setting: "told the audience at his rally in
 * Dayton back in March." (not "told CNN he would win", "told the crowd
 * that ..."). */
static int object_then_setting(const actx *x, uint32_t t)
{
	uint32_t end = sent_end(x, t);
	for (uint32_t k = t; k < end && k < t + 5; k++) {
		if (k > t && (role(x, k, "prep") || doc_mark_at(x->d, k, ',') || doc_mark_at(x->d, k, '.')))
			return 1;
		if (T(x, k)->kind != TOK_WORD || is(x, k, "that") || x->cue[k] || role(x, k, "pron"))
			return 0;
	}
	return 0;
}

/* Whether token t is an adverb in -ly after a comma: ", primarily
 * \"the very real problems ...\"", ", especially". */
static int comma_adverb(const actx *x, uint32_t t)
{
	return t > 0 && ly_adverb(x, t) && doc_mark_at(x->d, t - 1, ',');
}

/* Whether the quotation [open, close] opens on a lower-case word: words
 * that go on the writer's sentence, not a title ("dwell on \"the difference
 * between the two parishes ...\""). */
static int lower_start(const actx *x, uint32_t open, uint32_t close)
{
	return open + 1 < close && T(x, open + 1)->kind == TOK_WORD && !(T(x, open + 1)->flags & TF_CAP);
}

/* Whether a "that" clause follows the verb ending at t, over a short
 * setting: "announced on Friday that ..." (not "said that night"). */
static int that_clause_after(const actx *x, uint32_t t)
{
	for (uint32_t k = t; k < x->n && k < t + 5 && T(x, k)->kind == TOK_WORD; k++)
		if (is(x, k, "that"))
			return !(k + 1 < x->n && src_match(x->d, x->gram, k + 1) &&
			         src_attr_is(x->d, x->gram, k + 1, "role", "time", 0));
	return 0;
}

/* Whether [a, b) is a title the names detector left out of the speaker's
 * name: capitalised words, "of" and a parenthesis, a few at most ("Deputy
 * Commissioner of Police (Cyber) | Arun Kale said"). */
static int title_run(const actx *x, uint32_t a, uint32_t b)
{
	if (b == UINT32_MAX || b <= a || b - a > 8 || !(T(x, a)->flags & TF_CAP) || x->gram[a])
		return 0;
	int office = 0;
	for (uint32_t k = a; k < b; k++) {
		const tok *t = T(x, k);
		if (!((t->kind == TOK_WORD && ((t->flags & TF_CAP) || is(x, k, "of"))) ||
		      doc_mark_at(x->d, k, '(') || doc_mark_at(x->d, k, ')') || doc_mark_at(x->d, k, '.')))
			return 0;
		office |= x->title[k] || x->srcw[k];
	}
	const uint32_t *e = entity(x, b);
	return office && e && e[2] == F_NAMED_PERSON;
}

/* Whether the verb's "that" clause opens between the verb ending at v1
 * and a quotation at open, not far before it: "Haskins told supporters
 * at a union hall on Delaware Avenue that he was \"cautiously
 * optimistic.\"" */
static int that_between(const actx *x, uint32_t v1, uint32_t open)
{
	for (uint32_t t = open; t > v1 && open - t <= 8; t--)
		if (is(x, t - 1, "that"))
			return t - 1 > v1 && !x->inq[t - 1];
	return 0;
}

static const cue_rec *cue_near(const actx *x, size_t *ci, uint32_t open, uint32_t close)
{
	/* cues are in token order; *ci walks forward with the quotes */
	while (*ci < x->ncues && x->cues[*ci].t1 + 14 < open)
		(*ci)++;
	/* a show's title is nobody's words: "in an interview on \"Fox &
	 * Friends,\" he sought ...", "Marlow's \"The Situation Room\"",
	 * "told CNN \"New Day\" host Dan Corso" (not "called Ames
	 * \"Saint Lena\"", "called it the Senate \"BS,\"") */
	if (open > 0 &&
	    (is(x, open - 1, "on") || possessive(x, open - 1) || s_apostrophe(x, open - 1) ||
	     (entity(x, open - 1) && entity(x, open - 1)[2] == F_NAMED_ORG &&
	      T(x, close - 1)->kind == TOK_WORD)) &&
	    title_quote(x, open, close))
		return NULL;
	const cue_rec *best = NULL;
	/* a long quotation may open far into the clause of the verb: "Hale
	 * said the city's problems ... are so daunting that \"we will have
	 * to think past ...\"" */
	uint32_t words = 0;
	for (uint32_t k = open + 1; k < close && words < 6; k++)
		words += T(x, k)->kind == TOK_WORD;
	uint32_t reach = words >= 6 ? 40 : 14;
	size_t k0 = *ci;
	while (k0 > 0 && x->cues[k0 - 1].t1 + reach >= open)
		k0--;
	/* a quotation its paragraph's end closes has nothing after it in its
	 * sentence: the next cue is the next paragraph's */
	int closed = quote_closed(x, close);
	for (size_t k = k0; k < x->ncues && x->cues[k].t0 <= close + 40; k++) {
		const cue_rec *c = &x->cues[k];
		/* nor a title its verb tells: "Ames told \"Fox & Friends\"" */
		if (c->t1 == open && src_attr(x->d, x->cue, c->t0, "obj", 0) && title_quote(x, open, close))
			return NULL;
		if (c->name_s == UINT32_MAX)
			continue;
		if (c->src_t0 != UINT32_MAX && c->src_t0 < open && close < c->src_t1)
			continue; /* words inside the speaker's own phrase: "an insider who used to
			           * work with the self-styled \"harbour king\" told" */
		/* a transcript's label opening the quotation: "\"HOLM: Well,
		 * ..." is Penrose's, whatever follows it */
		if (c->t0 > open && c->t0 <= open + 4 && c->t0 < close && doc_mark_at(x->d, c->t0, ':'))
			return c;
		int before = c->t1 <= open && open - c->t1 <= 4 && T(x, c->t0)->sent == T(x, open)->sent;
		/* a setting between a verb of saying and its quote: "Mr.
		 * Brill said at a news conference, ''Given ...", "Tolliver said,
		 * in a Facebook post, \"...\"", "said that it is \"aware\"",
		 * "said his value was as ''Nadia's fixer''"; or a
		 * partial quotation that ends the clause a verb of saying
		 * opened, not far after it: "Soldano said Ames failed to
		 * deliver a \"closing argument\"" (not a title after "on": "told
		 * CNN's Dana Marlow on \"OutFront.\""), nor past a person
		 * who opens a clause of their own ("when Dorsey asked Haskell
		 * ..., Haskell had a reply ready: \"...\"") */
		if (!before && c->strong && c->t1 <= open && open - c->t1 <= reach && open > 0 &&
		    T(x, c->t0)->sent == T(x, open)->sent &&
		    (doc_mark_at(x->d, open - 1, ',') || doc_mark_at(x->d, open - 1, ':') ||
		     doc_mark_at(x->d, open - 1, '-') || is(x, open - 1, "that") || is(x, open - 1, "as") ||
		     comma_adverb(x, open - 1) ||
		     ((open - c->t1 <= 10 || reach > 14 || that_between(x, c->t1, open)) &&
		      (!role(x, open - 1, "prep") || (reach > 14 && lower_start(x, open, close))) &&
		      !title_quote(x, open, close)))) {
			before = 1;
			size_t nk = k + 1;
			for (uint32_t t = c->t1; t < open && before; t++) {
				before = !x->inq[t] && !quote_mark(x, t) && !clause_subject_at(x, t, open);
				if (x->cue[t] && before) {
					/* no cue of another speaker: "He said he
					 * believes the College is \"outdated\"" */
					while (nk < x->ncues && x->cues[nk].t0 < t)
						nk++;
					before = nk >= x->ncues || x->cues[nk].t0 != t ||
					         (x->cues[nk].name_s != UINT32_MAX &&
					          x->cues[nk].name_s == c->name_s);
				}
			}
		}
		/* a label's colon introduces what follows it, never what went
		 * before: "STUMPF: \"..., and-\" WARREN: \"...\"" */
		int label = doc_mark_at(x->d, c->t0, ':');
		int after = closed && c->t0 > close && c->t0 - close <= 6 &&
		            T(x, c->t0)->sent == T(x, close < x->n ? close : x->n - 1)->sent;
		if (closed && c->t0 > close && c->t0 - close <= 6 && !after &&
		    T(x, c->t0)->sent == T(x, close - 1)->sent)
			after = 1;
		/* a long speaker between the quote and the verb: "...," the
		 * 32-year-old singer, who is touring again this year, said */
		if (!after && closed && c->t0 > close && c->t0 - close <= 40 && c->src_t0 > close &&
		    c->src_t0 - close <= 2 && T(x, c->t0)->sent == T(x, close - 1)->sent)
			after = 1;
		/* a quote that ends its sentence with "?" or "!" and the
		 * attribution that follows it alone: "'..., no?' Freddy Olmos
		 * said.", "... Pryce said to the crowd." (not "'...' Smith
		 * said the plan works") */
		uint32_t next = close + 1 + (uint32_t)pair_mark(x, close); /* after '' too */
		/* a question's speaker and a verb of asking alone: "\"...?\"
		 * Pruett asks." */
		if (!after && closed && !c->strong && c->src_t0 == next && c->t1 < x->n &&
		    doc_mark_at(x->d, c->t1, '.') && T(x, c->t0)->sent == T(x, next)->sent &&
		    (doc_mark_at(x->d, close - 1, '?') || doc_mark_at(x->d, close - 1, '!')))
			after = 1;
		if (!after && closed && c->strong && next < x->n && c->t0 > close && c->t0 - close <= 40 &&
		    !(T(x, next)->flags & (TF_PARA | TF_NEWLINE)) &&
		    (c->src_t0 == next || c->t0 == next || title_run(x, next, c->src_t0)) &&
		    T(x, c->t0)->sent == T(x, next)->sent && c->t1 < x->n &&
		    (doc_mark_at(x->d, c->t1, '.') || doc_mark_at(x->d, c->t1, ',') ||
		     role(x, c->t1, "prep") || setting_ends(x, c->t1) ||
		     ((is(x, c->t1, "to") || src_attr(x->d, x->cue, c->t0, "obj", 0)) &&
		      (sent_end(x, c->t1) - c->t1 <= 6 ||
		       ((doc_mark_at(x->d, close - 1, '?') || doc_mark_at(x->d, close - 1, '!')) &&
		        object_then_setting(x, c->t1))))))
			after = 1; /* "... Pellman wrote in a post.", "... she told the BBC.",
			            * "... Ames told the audience at his rally in Dayton." */
		/* a clause of its own after the quotation, with its own
		 * subject: "Tolliver said he was \"cautiously optimistic,\"
		 * while House Speaker Dale Hoyt told reporters ...", "Kessler
		 * described inflation as \"stubborn,\" but Boswell said" */
		static const char *const joins[] = { "while", "but",   "and",    "whereas", "although",
			                             "when",  "after", "before", "because", "since" };
		/* an appositive on the quotation: "..., 'has earned the right
		 * ...,' a remark that some Democrats read as a dig" */
		static const char *const remarks[] = { "remark", "comment", "reference", "nod",
			                               "swipe",  "jab",     "dig",       "statement",
			                               "line",   "quip",    "claim",     "phrase" };
		if (after && next + 1 < c->t0 && (is(x, next, "a") || is(x, next, "an")) &&
		    (DOC_TOK_IN(x->d, next + 1, remarks) ||
		     (next + 2 < c->t0 && DOC_TOK_IN(x->d, next + 2, remarks))))
			after = 0;
		if (after && next + 1 < c->t0 && DOC_TOK_IN(x->d, next, joins) &&
		    (x->ent[next + 1] || (T(x, next + 1)->flags & TF_CAP) || role(x, next + 1, "det") ||
		     T(x, next + 1)->kind == TOK_NUM))
			after = 0; /* a new subject after the joining word; not "...
			            * 'rapists' and recently pointed ... and called",
			            * nor the same speaker as a pronoun ("...,' and he
			            * blasted") */
		after = after && !label;
		if (after && best && best->t1 <= open && open - best->t1 <= 4 && that_clause_after(x, c->t1))
			break; /* "In what aides described as \"a bold step,\" Ames
			        * announced that ...": the words are the aides', and
			        * the verb after has a clause of its own */
		if (after && best && best->strong && src_attr_is(x->d, x->cue, c->t0, "type", "prep", 0))
			break; /* "He said he believes the rule is \"outdated,\"
			        * according to Hawaii News Now": the outlet reports
			        * the speaker's words */
		if (before || after) {
			best = c;
			if (after)
				break;
		}
	}
	return best;
}

/* Whether the speech goes on in the next quote: "'...,' the actor, who is
 * reprising his role, said during a press conference. 'Normally, ...'".
 * The tokens from the last quote's closing mark (prev_close) to the next
 * opening one stay in the paragraph, or the next quote opens the next one,
 * and a cue among them gives the speaker ss and none another. *gi walks
 * the cues forward with the quotes. */
/* Whether a person or a colon stands between two quotations, who may
 * speak the second: "HOLM: \"...\" DELGADO: \"...\"", "by FT's Mira
 * Tolland: \"...\"". A name in the possessive owns what the clause is
 * about and speaks nothing: "said the bank \"...\" and that Okafor's
 * remarks \"...\"". */
static int label_between(const actx *x, uint32_t a, uint32_t b)
{
	for (uint32_t k = a + 1; k < b; k++) {
		if (doc_mark_at(x->d, k, ':'))
			return 1;
		const uint32_t *e = entity(x, k);
		if (!(e && e[2] == F_NAMED_PERSON) &&
		    !((T(x, k)->flags & TF_CAP) && T(x, k)->kind == TOK_WORD && !(T(x, k)->flags & TF_SENT)))
			continue;
		uint32_t end = e && e[1] > k ? e[1] : k + 1;
		if (end + 1 >= b || !possessive(x, end))
			return 1;
		k = end;
	}
	return 0;
}

static int same_speaker_between(const actx *x, size_t *gi, uint32_t prev_close, uint32_t open, uint32_t ss)
{
	if (open <= prev_close || open - prev_close > 60 || open >= x->n)
		return 0;
	/* the speech may go on in the next paragraph when the quote opens it
	 * ("'...,' she said. (paragraph) '...'"), past furniture too */
	for (uint32_t k = prev_close + 1; k < open; k++)
		if ((T(x, k)->flags & TF_PARA) && !skip_zone(x, k))
			return 0;
	while (*gi < x->ncues && x->cues[*gi].t0 <= prev_close)
		(*gi)++;
	int cued = 0;
	uint32_t sent = UINT32_MAX;
	if ((*gi >= x->ncues || x->cues[*gi].t0 >= open) && T(x, prev_close)->sent == T(x, open)->sent &&
	    sent_start(x, open) != open && !label_between(x, prev_close, open))
		return 1; /* more words of the same sentence: "... would be ''in charge
		           * of rebuilding the harbour,'' especially ''in towns along
		           * the coast''" */
	for (size_t k = *gi; k < x->ncues && x->cues[k].t0 < open; k++) {
		/* another speaker's cue ends the speech, unless it is in a
		 * clause of the attribution's sentence: "Kessler said after the
		 * Fed announced its decision." */
		if (x->cues[k].name_s == ss) {
			if (!cued)
				sent = T(x, x->cues[k].t0)->sent;
			cued = 1;
		} else if (!cued || T(x, x->cues[k].t0)->sent != sent) {
			return 0;
		}
	}
	return cued;
}

/* Where the clause of token i opens past an adverb or a conjunction and a
 * setting: "But Ames ...", "Meanwhile Ames ...", "In response to ...,
 * Ames ..."; not "When Delgado ...". */
static uint32_t clause_opens(const actx *x, uint32_t i)
{
	uint32_t lo = sent_start(x, i), b = lo;
	while (b < i && b - lo < 2 &&
	       (role(x, b, "adv") || is(x, b, "and") || is(x, b, "but") || is(x, b, "so")))
		b++;
	if (b < i && opens_setting(x, b)) {
		/* past a setting and its comma: "In response to the tragic
		 * loss of life, Walter Ames issued the following statement:" */
		uint32_t c = b;
		while (c < i && c - b < 20 && !doc_mark_at(x->d, c, ',') && !x->inq[c] && !quote_mark(x, c) &&
		       !(x->cue[c] && !x->srcw[c]))
			c++;
		if (c + 1 < i && doc_mark_at(x->d, c, ','))
			b = c + 1;
	}
	return b;
}

/* The person a description that opens the clause at b introduces: "One
 * early supporter, Representative Lee Zeller, Republican of New York,
 * gave ...:", or the owner of the document a colon quotes, "From Pruett's
 * Facebook post:". NULL when there is none. */
static const uint32_t *described_opener(const actx *x, uint32_t b, uint32_t i)
{
	const uint32_t *e;
	if ((is(x, b, "from") || is(x, b, "in")) && (e = entity(x, b + 1)) != NULL && e[0] == b + 1 &&
	    e[1] + 3 >= i && is(x, e[1], "'s"))
		return e;
	for (uint32_t c = b; c < i && c < b + 6; c++) {
		const tok *t = T(x, c);
		if (doc_mark_at(x->d, c, ',')) {
			e = c > b ? entity(x, c + 1) : NULL;
			return e && e[0] == c + 1 && e[2] == F_NAMED_PERSON && e[1] < i &&
			                       doc_mark_at(x->d, e[1], ',')
			               ? e
			               : NULL;
		}
		if (t->kind != TOK_WORD || x->ent[c] || x->inq[c] || x->cue[c])
			return NULL;
	}
	return NULL;
}

const uint32_t *quote_opener(const actx *x, uint32_t i)
{
	uint32_t b = clause_opens(x, i);
	const uint32_t *e = entity(x, b);
	if (!e && (e = described_opener(x, b, i)) != NULL)
		return e;
	if (!e || e[0] != b || (e[2] != F_NAMED_PERSON && e[2] != F_NAMED_ORG) || e[1] >= i ||
	    is(x, e[1], "'s") || x->srcw[e[1]] || x->ent[e[1]])
		return NULL; /* not "Ames's critics put it best:", "CBS correspondent Neil Garvey" */
	return e;
}

/* The last cue that ends at or before token t in t's sentence, or NULL. ci
 * is where the cue walk stands; it looks back a few cues. */
static const cue_rec *last_cue_before(const actx *x, size_t ci, uint32_t t)
{
	uint32_t lo = sent_start(x, t);
	size_t k = ci < x->ncues ? ci + 1 : x->ncues;
	while (k < x->ncues && x->cues[k].t1 <= t)
		k++; /* the walk may stand behind cues that end before t */
	for (int seen = 0; k-- > 0 && seen < 8; seen++) {
		const cue_rec *c = &x->cues[k];
		if (c->t1 > t)
			continue;
		return c->t0 >= lo ? c : NULL;
	}
	return NULL;
}

/* A person set off from a quotation by a dash, as pull quotes and lists of
 * endorsements print them: "\"...\" -- Lena Ames" (the name ends its
 * line or sentence), "Jim Wardell, former senator from Virginia --
 * \"...\"" (the name opens the line). */
static int dash_speaker(const actx *x, uint32_t open, uint32_t close, uint32_t *ss, uint32_t *se)
{
	const uint32_t *e = NULL;
	if (quote_closed(x, close) && close + 2 < x->n && doc_mark_at(x->d, close + 1, '-') &&
	    !(T(x, close + 1)->flags & TF_NEWLINE)) {
		e = entity(x, close + 2);
		if (e &&
		    (e[0] != close + 2 || e[2] != F_NAMED_PERSON ||
		     !(e[1] >= x->n || (T(x, e[1])->flags & TF_NEWLINE) || T(x, e[1])->kind == TOK_PUNCT)))
			e = NULL;
	}
	if (!e && open > 1 && doc_mark_at(x->d, open - 1, '-')) {
		/* back to the line's start, over an aside with no quotation */
		uint32_t b = open - 1;
		while (b > 0 && open - b < 20 && !(T(x, b)->flags & TF_NEWLINE) && !quote_mark(x, b - 1))
			b--;
		e = entity(x, b);
		if (e && (e[0] != b || e[2] != F_NAMED_PERSON || !(b == 0 || (T(x, b)->flags & TF_NEWLINE)) ||
		          !(e[1] == open - 1 || doc_mark_at(x->d, e[1], ','))))
			e = NULL;
	}
	if (!e)
		return 0;
	*ss = T(x, e[0])->s;
	*se = T(x, e[1] - 1)->e;
	return 1;
}

/* The speaker of a quote that a colon introduces, from the colon's
 * sentence: the speaker of its last cue when that speaker opens the
 * sentence ("Bill told Dora he wanted a child:"), else, with no cue, the
 * person or organisation that opens it ("Sen. Declan O'Hara interjected
 * to say:", "But Ames quickly deflected with a joke:"). ci is
 * where the cue walk stands; it looks back a few cues. */
static int colon_speaker(const actx *x, size_t ci, uint32_t open, uint32_t *ss, uint32_t *se)
{
	if (open == 0 || !doc_mark_at(x->d, open - 1, ':') || x->inq[open - 1])
		return 0;
	uint32_t colon = open - 1, b = clause_opens(x, colon);
	const cue_rec *c = last_cue_before(x, ci, colon);
	if (c) {
		/* the last cue decides: a verb of saying, or one that ends
		 * right at the colon ("Colter offered:"); not "a catchphrase to
		 * parry Ames's promises:", nor a transcript's next label */
		if (c->name_s == UINT32_MAX || !(c->strong || c->t1 + 2 >= colon) || c->src_t0 != b)
			return 0;
		*ss = c->name_s;
		*se = c->name_e;
		return 1;
	}
	const uint32_t *e = quote_opener(x, colon);
	if (!e)
		return 0;
	*ss = T(x, e[0])->s;
	*se = T(x, e[1] - 1)->e;
	return 1;
}

/* The "according to" that opens the sentence of the cue c, when no cue of
 * another speaker follows it in that sentence, or NULL. c is the
 * sentence's last cue before stop; the walk back looks at 16 cues at most,
 * so that a sentence of many quotations and cues stays linear. */
static const cue_rec *according_opener(const actx *x, const cue_rec *c, uint32_t stop)
{
	uint32_t lo = sent_start(x, stop);
	const cue_rec *first = c;
	while (first > x->cues && (first - 1)->t0 >= lo && c - first < 16)
		first--;
	if (first->t0 != clause_opens(x, first->t0) || first->name_s == UINT32_MAX ||
	    !src_attr_is(x->d, x->cue, first->t0, "type", "prep", 0))
		return NULL;
	for (const cue_rec *k = first + 1; k <= c; k++)
		if (k->name_s != UINT32_MAX && k->name_s != first->name_s)
			return NULL;
	return first;
}

/* The speaker of a quotation that opens right after a sentence whose verb
 * of saying has nothing after it but a setting: "Sam Lowry said in a
 * statement. \"The count is not over ...\"", "Ames said on Monday.
 * \"...\"". The quotation is what the verb announced. Or, in the same
 * paragraph, after a sentence that "according to" opens, unless the
 * quotation is a title. */
static int announced_speaker(const actx *x, size_t ci, uint32_t open, int title, uint32_t *ss, uint32_t *se)
{
	if (open == 0 || !doc_mark_at(x->d, open - 1, '.') || x->inq[open - 1])
		return 0;
	uint32_t stop = open - 1;
	const cue_rec *c = last_cue_before(x, ci, stop);
	if (c && !title && !(T(x, open)->flags & TF_PARA) && (c = according_opener(x, c, stop)) != NULL) {
		*ss = c->name_s; /* "According to Tess's old roommate, she's still
		                  * upset about the move. \"Tess is still angry ...\"" */
		*se = c->name_e;
		return 1;
	}
	c = last_cue_before(x, ci, stop);
	if (!c || c->name_s == UINT32_MAX)
		return 0;
	/* a weak verb ending its sentence announces what follows in the same
	 * paragraph: "Jane Jones disagreed. \"It is the best plan we have.\"" */
	if (!c->strong && ((T(x, open)->flags & TF_PARA) || c->t1 != stop))
		return 0;
	uint32_t e = c->t1;
	for (int i = 0; i < 2 && e < stop && src_attr_is(x->d, x->gram, e, "role", "time", 0); i++)
		e = src_match(x->d, x->gram, e)->tok1; /* "in a statement", "on Monday" */
	if (e != stop)
		return 0;
	*ss = c->name_s;
	*se = c->name_e;
	return 1;
}

/* Whether nothing but page furniture (a related link, an advert) stands
 * between the closing mark at prev_close and the opening one at open: the
 * speech goes on past "PHOTOS: ..." lines. Looks at 200 tokens at most. */
static int only_furniture_between(const actx *x, uint32_t prev_close, uint32_t open)
{
	if (open <= prev_close + 1)
		return 1; /* adjacent, or the quote the paragraph's end closed */
	if (open - prev_close > 200)
		return 0;
	for (uint32_t k = prev_close + 1; k < open; k++)
		if (!skip_zone(x, k))
			return 0;
	return 1;
}

/* Whether a quotation that a comma closes goes on with a tag no verb of
 * saying was found in: "\"It was fine,\" Finch grumbled." names its own
 * speaker, not the one quoted before. */
static int tag_after(const actx *x, uint32_t close)
{
	if (close < 1 || close >= x->n || !doc_mark_at(x->d, close - 1, ','))
		return 0;
	uint32_t k = close + 1 + (uint32_t)pair_mark(x, close), sent = T(x, close - 1)->sent;
	if (k >= x->n || T(x, k)->sent != sent || (T(x, k)->flags & TF_PARA))
		return 0;
	/* the speaker: a capitalised name, or "the" and a noun */
	if (role(x, k, "det") && k + 1 < x->n && T(x, k + 1)->kind == TOK_WORD &&
	    !(T(x, k + 1)->flags & TF_CAP))
		k++;
	else if (T(x, k)->kind != TOK_WORD || !(T(x, k)->flags & TF_CAP))
		return 0;
	k = x->ent[k] ? entity(x, k)[1] : k + 1;
	/* then a verb of one or two words that ends the clause: "Finch
	 * grumbled.", "Cole hit back,", "the defender raged." */
	uint32_t v = k;
	while (k < x->n && k < v + 2 && T(x, k)->kind == TOK_WORD && !(T(x, k)->flags & TF_CAP) &&
	       !x->gram[k])
		k++;
	return k > v &&
	       (k >= x->n || T(x, k)->sent != sent || doc_mark_at(x->d, k, '.') || doc_mark_at(x->d, k, ','));
}

/* Whether the quotation [open, close] may go on with a speech: one that
 * opens its sentence, or words that go on inside one ("Pryce said. And
 * for that, \"she was teased for years ...\""); not a title inside a
 * sentence ("Hale said on CNN's \"State of the Union.\"", "the
 * words \"Too Late to Fold.\""). */
static int goes_on(const actx *x, uint32_t open, uint32_t close)
{
	return sent_start(x, open) == open || !title_quote(x, open, close);
}

int quote_emit(actx *x)
{
	crd_doc *d = x->d;
	size_t ci = 0, gi = 0;
	uint32_t prev_s = UINT32_MAX, prev_e = 0, prev_close = 0;
	int prev_strong = 0; /* the last speaker came with a strong verb of saying */
	for (size_t q = 0; q < x->nquotes; q++) {
		uint32_t open = x->quotes[2 * q], close = x->quotes[2 * q + 1];
		if (skip_zone(x, open))
			continue;
		uint32_t words = 0;
		for (uint32_t k = open + 1; k < close && k < x->n; k++)
			words += T(x, k)->kind == TOK_WORD;
		const cue_rec *c = cue_near(x, &ci, open, close);
		uint32_t ss = UINT32_MAX, se = 0;
		/* an "according to" after the second quotation of a sentence
		 * whose first has its speaker names where the words were
		 * heard, as after one: "Okafor told employees the unit was
		 * \"core to who we are\" and that the bank had \"no plans to
		 * exit,\" according to a recording"; not after a finding,
		 * whose words the document holds ("The agency's audit
		 * found \"...\" on a server that \"...,\" according to the
		 * filing for the subpoena") */
		int strong = 0;
		if (c && c->t0 > close && prev_s != UINT32_MAX && prev_strong && prev_close < open &&
		    src_attr_is(x->d, x->cue, c->t0, "type", "prep", 0) &&
		    T(x, prev_close)->sent == T(x, open)->sent &&
		    same_speaker_between(x, &gi, prev_close, open, prev_s)) {
			c = NULL;
			ss = prev_s;
			se = prev_e;
			strong = 1;
		}
		if (ss != UINT32_MAX) {
			/* the speaker of the sentence's first quotation */
		} else if (c) {
			ss = c->name_s;
			se = c->name_e;
			strong = c->strong;
		} else if (tag_after(x, close)) {
			/* its own tag, with a verb no vocabulary knows: nobody
			 * else's words */
		} else if (prev_s != UINT32_MAX && words >= 4 && goes_on(x, open, close) &&
		           (((open == prev_close || (T(x, open)->flags & TF_PARA)) &&
		             only_furniture_between(x, prev_close, open)) ||
		            same_speaker_between(x, &gi, prev_close, open, prev_s))) {
			/* the next paragraph of the same speech (or the next
			 * stretch, where a closing mark was lost), or the speech
			 * going on after its attribution: "'...,' she said.
			 * 'Normally, ...'" */
			ss = prev_s;
			se = prev_e;
		} else if (!colon_speaker(x, ci, open, &ss, &se) && /* "Colter continued: \"...\"" */
		           !dash_speaker(x, open, close, &ss, &se)) {
			announced_speaker(x, ci, open, title_quote(x, open, close), &ss, &se);
		}
		if (ss == UINT32_MAX && words < 8)
			continue; /* a short quoted phrase: a title or scare quotes */
		/* an unclosed quote ends with its paragraph, before token close */
		uint32_t end = quote_closed(x, close) ? T(x, close + (uint32_t)pair_mark(x, close))->e
		                                      : T(x, close - 1)->e;
		uint32_t it = doc_add(d, F_DIRECT_QUOTE, T(x, open)->s, end);
		if (it == UINT32_MAX)
			return -1;
		doc_attr_num(d, it, "words", words);
		if (ss != UINT32_MAX) {
			doc_attr_strn(d, it, "speaker", d->text + ss, se - ss);
			doc_attr_num(d, it, "speaker_offset", ss);
		} else {
			doc_attr_null(d, it, "speaker");
		}
		prev_s = ss;
		prev_e = se;
		prev_close = close;
		prev_strong = strong;
	}
	return d->nomem ? -1 : 0;
}
