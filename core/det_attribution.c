/* det_attribution.c -- detector: who says what: attribution cues, their sources, direct quotes. */
#include <stdlib.h>
#include <string.h>

#include "det_attribution.h"

/*
 * Reads a document the way an editor checks sourcing:
 *
 * 1. Direct quotes are paired first (det_quotes.c: curly or straight double
 *    quotes, quotes that run over several paragraphs). Reporting verbs
 *    inside a quote are the speaker's words, not the writer's attribution,
 *    and are skipped.
 * 2. Each reporting verb or phrase (attribution_cue lexicon) is a candidate
 *    cue. Forms that are also nouns or adjectives ("the said", "his claims",
 *    "Marlow's CNN show"), senses the next word gives away ("charged
 *    with", "think tank": unless= in the lexicon) and the reader's "you"
 *    are not cues, and passives ("was asked") do not make their subject the
 *    speaker. Strong forms ("said", "told",
 *    "according to") are cues on their own; weak ones ("believes", "wants",
 *    "calls") only with a subject that can speak: a source phrase, a
 *    pronoun, a capitalised word, a plural noun or any word with an
 *    auxiliary between ("the deal has shown"); participles (", saying")
 *    take the speaker of their clause.
 * 3. The source is the noun phrase of the speaker (det_speakers.c):
 *    before the verb ("Ames said", "a senior official who spoke on
 *    condition of anonymity said", "Smith, a spokesman for the agency,
 *    said"), after it when inverted ("..., said Smith") or after
 *    "according to". It is classified by its
 *    head: a name found by the names detector (named_source, kind person or
 *    organisation), a source noun (source_words: anonymous, vague, or named
 *    when definite: "the company"), anonymity markers (anonymous_source
 *    lexicon), or a pronoun resolved to the nearest compatible source or
 *    name in the preceding sentences ("he said" -> named, "the source
 *    further added" -> anonymous when an anonymous source came before).
 * 4. Impersonal attributions ("it is believed", "reportedly") are
 *    vague_attribution with their verb as the cue.
 * 5. Stance is attributed by more than verbs (attribution_stance lexicon):
 *    a copula and a stance adjective ("is critical of", "remain skeptical"),
 *    a noun of saying owned by a speaker or governed by a verb of making,
 *    giving or meeting with ("his claim that", "raised questions about",
 *    "drew criticism from"), a poll in an opening phrase ("In a CNN poll,"),
 *    a speaker's label before a colon ("WALLACE: ...", "Q: ..."). Passives
 *    ("was asked about") and infinitives with a named doer ("prompted Ruiz
 *    to joke") are cues without a source.
 * 6. Quotes take the speaker of the cue next to them (det_quotes.c).
 *
 * Every scan is over a bounded window around one token, and the history of
 * sources is a small ring, so the detector is linear in the document.
 */

static uint32_t verb_group(const actx *x, uint32_t lo, uint32_t v);

/* ---- emitting ---------------------------------------------------------- */

static const int class_feature[] = {
	[SC_NAMED] = F_NAMED_SOURCE, [SC_ANON] = F_ANONYMOUS_SOURCE, [SC_VAGUE] = F_VAGUE_ATTRIBUTION
};

/* A party and state tag ("R-Ky", "D-N.Y"), or the bare party letter of
 * "(R)". */
static int party_tag(const actx *x, uint32_t i)
{
	const tok *t = T(x, i);
	if (src_party_tag(x->d, i))
		return 1;
	return t->kind == TOK_WORD && (t->flags & TF_CAP) && t->fe - t->fs == 1 &&
	       (src_ch(x->d, i) == 'r' || src_ch(x->d, i) == 'd' || src_ch(x->d, i) == 'i');
}

/* Whether the preposition at q ends a relative clause that has no "who"
 * on a source noun: the noun, a subject pronoun, a verb, the preposition
 * ("the aides I talked with | said", "experts we spoke to | say"). The verb
 * after it is the main clause's; not "a campaign in which he hopes to |
 * see", "things we need to | know". */
static int stranded_prep(const actx *x, uint32_t q, uint32_t lo)
{
	return q >= lo + 3 && T(x, q - 1)->kind == TOK_WORD && !(T(x, q - 1)->flags & TF_CAP) &&
	       subject_pronoun(x, q - 2) && x->srcw[q - 3] && !x->inq[q];
}

/* The end of a source's span: without trailing punctuation (the comma
 * closing an appositive) or preposition, but with the party tag that
 * follows a name ("Sen. Ada Brill (I-Vt.)", "Tom Okafor,
 * R-Ky."). */
static uint32_t span_end_tok(const actx *x, const source *s)
{
	uint32_t e = s->t1;
	while (e > s->t0 + 1 &&
	       ((T(x, e - 1)->kind == TOK_PUNCT && !x->ent[e - 1] &&
	         !(quote_mark(x, e - 1) && x->inq[e - 2] && quote_open(x, x->inq[e - 2]) >= s->t0)) ||
	        ((role(x, e - 1, "prep") || is(x, e - 1, "to")) && !stranded_prep(x, e - 1, s->t0)) ||
	        is(x, e - 1, "and") || is(x, e - 1, "or")))
		e--; /* "Walter Ames for | not disclosing", "an aide to Mr. Colter and | currently";
		      * but a quotation the phrase opened closes in it, and "the aides I
		      * talked with" keeps its preposition */
	if (e + 2 < x->n && doc_mark_at(x->d, e, '(') && party_tag(x, e + 1)) {
		uint32_t c = e + 2; /* "(D-N.Y.)": glued pieces up to the parenthesis */
		while (c < x->n && c - e < 8 && !(T(x, c)->flags & TF_SPACE) && !doc_mark_at(x->d, c, ')'))
			c++;
		if (c < x->n && doc_mark_at(x->d, c, ')'))
			return c + 1;
	}
	if (e < x->n && party_tag(x, e - 1) && doc_mark_at(x->d, e, '.') && !(T(x, e)->flags & TF_SPACE))
		e++; /* the full stop of "R-Ky." */
	return e;
}

/* A report inside what another report says is part of that content, not
 * the article's own sourcing: it becomes a nested_attribution_cue, and it
 * and its source carry nested true. The item is still open (doc_finish()
 * has not sorted or counted it), so its feature can change here. */
static void mark_nested(actx *x, const cue_rec *c)
{
	if (x->d->ev.v[c->item].feature == F_ATTRIBUTION_CUE)
		x->d->ev.v[c->item].feature = F_NESTED_ATTRIBUTION_CUE;
	doc_attr_bool(x->d, c->item, "nested", 1);
	if (c->src_item != UINT32_MAX)
		doc_attr_bool(x->d, c->src_item, "nested", 1);
}

/* Whether the comma at token e closes an aside the source phrase [t0, e)
 * opened, before the cue at c0 that follows ("Ada Lund, the mayor's
 * spokeswoman, said", "Tom Ek, who chairs the panel, argued") or after it,
 * when the clause goes on in lower case ("said Ada Lund, the mayor's
 * spokeswoman, in an interview", "..., citing ..."). The span takes that
 * comma as it takes the one that opens the aside, the pair setting the
 * aside off; a phrase with no comma of its own ("Ada Lund, 58 ..." cut at
 * the name) keeps none. */
static int closes_aside(const actx *x, uint32_t t0, uint32_t e, uint32_t c0)
{
	if (c0 == UINT32_MAX || (c0 <= e && c0 >= t0) || e >= x->n || !doc_mark_at(x->d, e, ',') || x->inq[e])
		return 0;
	/* after its verb, the comma must close the aside, not cut a place or
	 * a list the phrase reader stopped in: "said Tom Ek, a pastor in
	 * Marlow, | Ohio", "the director of data, | analytics and ..." */
	if (c0 < t0 && e + 1 < x->n &&
	    ((T(x, e + 1)->flags & TF_CAP) || is(x, e + 1, "and") || is(x, e + 1, "or") ||
	     T(x, e + 1)->kind != TOK_WORD || x->inq[e + 1]))
		return 0;
	/* nor after an opening "According to Tom Ek, the mayor, | the dam
	 * held": the comma ends the opening phrase */
	if (c0 < t0 && c0 <= sent_start(x, c0) + 2)
		return 0;
	for (uint32_t k = t0 + 1; k < e; k++)
		if (doc_mark_at(x->d, k, ','))
			return 1;
	return 0;
}

/* Where a document's phrase ends when the participle that dates it follows
 * the span ending at token e: "a poll released Friday", "the report
 * published on Tuesday", "a memo released Friday by the agency's
 * watchdog", "A new poll out Monday"; the phrase reader leaves the
 * participle out, as no part of the document's noun, but what it says is
 * which document speaks, and PolNeAR's annotators take it in. e itself
 * when no date follows the participle. */
static uint32_t dated_document(const actx *x, const source *s, uint32_t e)
{
	static const char *const put_out[] = { "released", "published", "filed",    "conducted", "issued",
		                               "posted",   "out",       "obtained", "taken",     "made" };
	static const char *const when[] = { "on", "last", "this", "in", "early", "late" };
	/* the document's noun ends the span ("a CNN/ORC poll" is named for
	 * its pollsters) */
	const char *cls = x->srcw[e - 1] ? src_attr(x->d, x->srcw, e - 1, "class", 0) : NULL;
	if (!((s->kind && strcmp(s->kind, "document") == 0) || (cls && strcmp(cls, "doc") == 0)))
		return e;
	uint32_t hi = e < x->n ? sent_end(x, e) : e, k = e;
	if (k + 1 >= hi || !DOC_TOK_IN(x->d, k, put_out) || x->inq[k])
		return e;
	k++;
	if (DOC_TOK_IN(x->d, k, when) && k + 1 < hi)
		k++;
	static const char *const times[] = { "week",  "month",   "year",      "weekend", "night",
		                             "today", "morning", "afternoon", "evening", "yesterday" };
	uint32_t d0 = k;
	while (k < hi && k - d0 < 4 && ((x->qty[k] & Q_DATE) || DOC_TOK_IN(x->d, k, times)))
		k++;
	if (k == d0 || (k < hi && (x->qty[k] & Q_DATE)))
		return e; /* a date longer than read */
	if (k < hi && is(x, k, "ago"))
		k++; /* "conducted a few years ago" */
	/* and the body that put it out, when the clause ends with it */
	if (k + 1 < hi && is(x, k, "by")) {
		uint32_t b = k + 1;
		while (b < hi && b - k <= 6 && spk_np_token(x, b) && !x->cue[b] && !role(x, b, "prep"))
			b = x->ent[b] ? entity(x, b)[1] : b + 1;
		if (b > k + 1 && (b >= hi || (T(x, b)->kind == TOK_PUNCT && !quote_mark(x, b))))
			k = b;
	}
	return k;
}

static int emit_source(actx *x, const source *s, const char *lemma, uint32_t c0)
{
	crd_doc *d = x->d;
	if (s->cls == SC_NONE)
		return 0;
	uint32_t e = span_end_tok(x, s);
	if (s->t0 == x->last_src_t0 && e == x->last_src_t1)
		return 0; /* "X said ..., adding ...": one speaker, one item */
	x->last_src_t0 = s->t0;
	x->last_src_t1 = e;
	uint32_t last = closes_aside(x, s->t0, e, c0) ? e : e - 1;
	uint32_t dated = dated_document(x, s, e);
	if (dated > e && (c0 < s->t0 || c0 >= dated))
		last = dated - 1;
	uint32_t it = doc_add(d, class_feature[s->cls], T(x, s->t0)->s, T(x, last)->e);
	if (it == UINT32_MAX)
		return -1;
	x->src_item = it;
	if (s->kind)
		doc_attr_str(d, it, "kind", s->kind);
	if (lemma)
		doc_attr_str(d, it, "cue", lemma);
	if (s->pronoun || s->backref) {
		if (s->name_s != UINT32_MAX)
			doc_attr_strn(d, it, "resolved_to", d->text + s->name_s, s->name_e - s->name_s);
		else
			doc_attr_null(d, it, "resolved_to");
		if (s->ante != UINT32_MAX)
			doc_attr_num(d, it, "antecedent", s->ante);
		if (s->backref)
			doc_attr_bool(d, it, "back_reference", 1);
		if (s->pronoun)
			doc_attr_bool(d, it, "pronoun", 1);
	}
	if (s->no_comment)
		doc_attr_bool(d, it, "no_comment", 1);
	return d->nomem ? -1 : 0;
}

static const char *lemma_of(actx *x, uint32_t i)
{
	const char *l = cue_attr(x, i, "lemma");
	if (!l || !strchr(l, '_'))
		return l;
	char *c = arena_strdup(&x->d->mem, l);
	if (!c) {
		x->d->nomem = 1;
		return l;
	}
	for (char *p = c; *p; p++)
		if (*p == '_')
			*p = ' ';
	return c;
}

/* Whether the cue at t0 is an outlet's "can reveal" of its own story:
 * "The Sun can reveal", "MailOnline can exclusively reveal" (a source
 * reveals; a paper "can reveal"). The outlet is the writer, no source. */
static int outlet_reveals(const actx *x, uint32_t t0)
{
	uint32_t lo = sent_start(x, t0), p = t0;
	while (p > lo && t0 - p < 3 && (role(x, p - 1, "adv") || ly_adverb(x, p - 1)))
		p--;
	return is(x, t0, "reveal") && p > lo && is(x, p - 1, "can") && !x->inq[t0];
}

/* Whether the subject of the verb at t0 is "I" or "we" outside a quotation,
 * before its verb group ("I think", "we have long believed", "I don't
 * think"): the writer's own word, which cites nobody. */
static int writer_subject(const actx *x, uint32_t t0)
{
	uint32_t lo = sent_start(x, t0), k = verb_group(x, lo, t0);
	if (k > lo && !x->inq[k - 1] && role(x, k - 1, "pron") &&
	    src_attr_is(x->d, x->gram, k - 1, "person", "1", 1))
		return 1;
	return outlet_reveals(x, t0);
}

static const char *stance_type(const actx *x, uint32_t i)
{
	return src_attr(x->d, x->stance, i, "type", 0);
}

/* Whether token i is a conjunction that opens a subordinate clause ("when",
 * "while", "because", ...): a clause of its own, not what a verb reports. */
static int subordinator(const actx *x, uint32_t i)
{
	static const char *const words[] = { "when",   "while",  "whereas",  "as",     "if",
		                             "unless", "after",  "before",   "since",  "until",
		                             "once",   "though", "although", "because" };
	return DOC_TOK_IN(x->d, i, words);
}

/* Whether the "so" or "as" at k is an adverb of degree, no conjunction:
 * "so many voters", "so far", "so much", "twice as many tenants". */
static int so_many(const actx *x, uint32_t k)
{
	static const char *const degree[] = { "many", "much", "far", "few", "little" };
	return (is(x, k, "so") || is(x, k, "as")) && k + 1 < x->n && DOC_TOK_IN(x->d, k + 1, degree);
}

/* Whether cue c is poll_cue()'s: the "in" alone of "In a CNN poll,". */
static int poll_in(const actx *x, const cue_rec *c)
{
	return c->t1 == c->t0 + 1 && is(x, c->t0, "in");
}

/* Whether cue c is perspective_cue()'s: the "to" alone of "To many voters,". */
static int view_to(const actx *x, const cue_rec *c)
{
	return c->t1 == c->t0 + 1 && is(x, c->t0, "to");
}

/* Whether the cue at t0, with its source s (or none), reports inside what
 * the sentence's previous cue reports: "Corliss also said he argued that
 * ...", "Open Records Project noted FBI Director Paul T. Marsh said ...".
 * Between the two there is nothing that ends the outer clause: no comma,
 * dash or colon, no quotation mark, no conjunction that opens a clause of
 * its own ("and", "while", "after"). */
static int embedded_report(const actx *x, uint32_t t0, const source *s)
{
	static const char *const breaks[] = { "and", "but", "or", "so", "yet", "where", "now" };
	static const char *const relative[] = { "who", "that", "which" };
	if (!x->ncues)
		return 0;
	int own = s && s->cls != SC_NONE;
	const cue_rec *c = &x->cues[x->ncues - 1];
	if (c->topic)
		return 0;
	const char *form = cue_attr(x, t0, "form");
	int ing = form && strcmp(form, "ing") == 0, that = 0;
	for (uint32_t k = c->t1; k < t0 && k < c->t1 + 40 && !that; k++)
		that = is(x, k, "that") && !role(x, k - 1, "prep") && !is(x, k - 1, "to");
	/* a participle after a that-clause is that clause's, whatever speaker
	 * it borrowed from the outer one: "Lerner dismissed claims that he
	 * was failing the state by supporting ..."; not after the determiner
	 * of "responded to that tweet by calling ..." */
	if (ing && that && own && s->t0 < c->t1)
		own = 0;
	if ((own && c->t1 > s->t0) || c->t1 > t0 || t0 - c->t1 > 40 || T(x, c->t0)->sent != T(x, t0)->sent ||
	    (own && c->src_t0 == s->t0) || (T(x, c->t0)->kind != TOK_WORD && !doc_mark_at(x->d, c->t0, ':')))
		return 0;
	/* "According to the filing, the company said ...", "In a CNN poll,
	 * 40 percent said ...": the opening report covers its sentence (a
	 * poll's cue is its "in" alone; "In support of the levy, Ames said"
	 * opens on a stance of Ames's own), past the commas and conjunctions
	 * of what it reports: "According to the filing, the mayor praised
	 * his donors, and he asked ..." */
	for (size_t i = x->ncues, walked = 0; i-- > 0 && walked < 8; walked++) {
		const cue_rec *o = &x->cues[i];
		if (T(x, o->t0)->sent != T(x, t0)->sent)
			break;
		if ((is(x, o->t0, "according") || poll_in(x, o) || view_to(x, o)) &&
		    o->t0 == sent_start(x, o->t0))
			return 1;
	}
	/* the outer verb inside a relative clause of the subject: "The
	 * Republican who wrote the speech ... says", "Another Muslim who
	 * didn't want to be named said" */
	uint32_t g = verb_group(x, sent_start(x, c->t0), c->t0);
	if (g > 0 && DOC_TOK_IN(x->d, g - 1, relative) && !(c->t1 < t0 && is(x, c->t1, "that")))
		return 0; /* but "..., who argues that the bank has pledged ...": its clause */
	/* "quoted the mayor, a lifelong resident, as saying ...": what the
	 * participle says is what the quoting reports, asides and all */
	if (t0 - c->t1 < 20 && is(x, t0 - 1, "as") && src_ing_form(x->d, t0) &&
	    (src_attr_is(x->d, x->cue, c->t0, "lemma", "quote", 0) ||
	     src_attr_is(x->d, x->cue, c->t0, "lemma", "cite", 0)))
		return 1;
	/* a participle is no clause of its own: "emailed supporters saying";
	 * but after "for", "of", "about" or "without" it is the matter of
	 * the outer verb, what it reports: "rebuked the mayor for suggesting
	 * ...", "mocked his story about attacking ..."; and so is one whose
	 * speaker stands after the outer verb, in what it governs: "cited a
	 * survey showing that ...", "tweeted that he was considering ..." */
	static const char *const matter[] = { "for", "of", "about", "without" };
	if (ing && !that && !DOC_TOK_IN(x->d, t0 - 1, matter) && !(own && s->t0 >= c->t1))
		return 0;
	/* a noun of stance the outer verb governs is what it reports, as a
	 * clause would be: "slammed the mayor's remarks about ...", "laid
	 * out his concerns that ..."; not the manner of a stance adjective,
	 * which is that report itself: "were unanimous in their
	 * objections" */
	const char *type = x->stance[t0] ? stance_type(x, t0) : NULL;
	if (type && strcmp(type, "noun") == 0 && t0 >= 2 && is(x, t0 - 2, "in") && role(x, t0 - 1, "det"))
		return 0;
	uint32_t from = c->t1;
	/* an aside report between commas, its speaker before it, goes on
	 * over the clause after it: "Later, she said, the clerk told her
	 * ..."; not a speaker's phrase after the verb, which may go on past
	 * its comma ("said Lee Ames, a lawyer who argued ...") */
	uint32_t r0 = c->src_t0 < c->t0 ? c->src_t0 : c->t0;
	if (from < t0 && r0 > 0 && doc_mark_at(x->d, from, ',') && doc_mark_at(x->d, r0 - 1, ',') &&
	    !(own && s->t0 <= from) && !role(x, r0, "rel")) {
		if (src_ing_form(x->d, t0) && t0 == from + 1)
			return 0; /* the aside's own participle: ", the paper said, citing ..." */
		from++;
	}
	/* "found that, relative to last year, more voters said ...": the
	 * aside after "that," stands inside what the verb reports, and so
	 * does a cue in it, or one that opens it ("reported that, according
	 * to the log, ..."); not a participle after the pronoun "that" ("did
	 * not dispute that, saying ...") */
	const char *ctype = cue_attr(x, t0, "type");
	int opens = from + 2 == t0 && ctype && strcmp(ctype, "prep") == 0;
	if ((from + 2 < t0 || opens) && is(x, from, "that") && doc_mark_at(x->d, from + 1, ',') &&
	    !DOC_TOK_IN(x->d, from + 2, breaks)) { /* not the pronoun of "saying that, but ..." */
		uint32_t j = from + 2;
		while (j < t0 && j < from + 24 && !doc_mark_at(x->d, j, ','))
			j++;
		if (j >= t0)
			return 1; /* the cue stands in the aside */
		if (doc_mark_at(x->d, j, ','))
			from = j + 1;
	}
	/* once what the outer verb reports has opened, on "that" or a
	 * subject pronoun, a clause of time or cause goes on inside it:
	 * "Lane said she left early because she could not stay while they
	 * argued"; and a clause of cause goes on inside it wherever it
	 * stands, the grounds of what is said or done being part of it:
	 * "The council refused to hear the case because the mayor had
	 * argued it was moot", as does one on "if", a question or a
	 * condition of what is said: "refused to say if she supports the
	 * levy", "asked the crowd to clap if they agreed" */
	int clause = 0;
	/* and so it has right after "said" when a subject opens it there, its
	 * speaker before the verb: "Lund said the vote would pass if the
	 * council agreed ...", "Lund said the mayor was right when he said
	 * ..."; not "while", which sets another report beside it ("40 percent
	 * said yes while 30 percent said no"), nor a clause after "said at
	 * the hearing" or "said Ada Lund", which tells of the saying */
	int said = src_attr_is(x->d, x->cue, c->t0, "lemma", "say", 0) && from == c->t1 &&
	           c->src_t0 < c->t0 && ((T(x, from)->flags & TF_CAP) || role(x, from, "det")) &&
	           !role(x, from, "prep") && !role(x, from, "time") && !subordinator(x, from);
	const char *cform = cue_attr(x, c->t0, "form");
	for (uint32_t k = from; k < t0; k++) {
		/* the inner speaker's own phrase is its subject, whose asides
		 * end no clause: "said that the governor, who must sign the
		 * bill, has hinted ...", "said Lena Ortiz, 58, of Flint, argued
		 * ..."; not a phrase that runs on from the outer verb's object
		 * ("a pastor backing Mr. Ames, Dan Reyes of Flint, said") */
		if (own && k == s->t0 && s->t0 >= from &&
		    (is(x, k - 1, "that") || src_attr_is(x->d, x->cue, c->t0, "lemma", "say", 0))) {
			k = span_end_tok(x, s);
			if (closes_aside(x, s->t0, k, t0))
				k++;
			if (k >= t0)
				break;
		}
		const tok *t = T(x, k);
		uint32_t q = c->strong && !cform && quote_mark(x, k) ? quote_of(x, k) : 0;
		if (q && quote_open(x, q) == k) {
			/* a few words quoted inside what a verb of saying reports
			 * go on with it: "said the ad \"plainly and wrongly\"
			 * suggests ...", "told them to read what he called \"a
			 * fraud\""; not a quotation that ends on a mark of its own
			 * ("\"... fears,\" the mayor said") */
			uint32_t e = quote_close(x, q), j = k + 1;
			while (j < e && T(x, j)->kind == TOK_WORD)
				j++;
			if (j == e && e < t0 && e - k <= 8) {
				k = e + (e + 1 < t0 && pair_mark(x, e));
				continue;
			}
		}
		/* a list of what the outer verb governs goes on past its comma
		 * or dash: "railed against the donors' groups, including the
		 * one backing Ames" */
		if (t->kind == TOK_PUNCT && !quote_mark(x, k) && !strchr(".;:()", src_ch(x->d, k)) &&
		    k + 1 < t0 && is(x, k + 1, "including"))
			continue;
		if (t->kind == TOK_PUNCT && !doc_mark_at(x->d, k, '.') && !doc_mark_at(x->d, k, '\''))
			return 0;
		/* "now" between the inner speaker and its verb is that verb's
		 * adverb, no clause of its own: "aides say she now accepts ..." */
		if ((DOC_TOK_IN(x->d, k, breaks) && !so_many(x, k) &&
		     !(is(x, k, "now") && own && k >= s->t1)) ||
		    (subordinator(x, k) &&
		     !((clause || (said && !is(x, k, "while") && !is(x, k, "whereas"))) && !is(x, k, "as")) &&
		     !is(x, k, "because") && !is(x, k, "if") && !so_many(x, k) &&
		     !(is(x, k, "once") && k + 1 == t0)))
			return 0; /* not the adverb of "Lind once described" */
		clause |= (k == c->t1 && is(x, k, "that")) || subject_pronoun(x, k);
	}
	return 1;
}

/* Whether the cue at t0 with source s gives the answer of a share of
 * those a poll asked, after the poll's own report in its sentence: "A
 * county survey found that 28 percent backed the levy, while 23 percent
 * opposed it", "In a campus poll, 40 percent said ...; 30 percent said
 * ...". What the share says is what the poll reports, whatever the
 * punctuation between. */
static int poll_share(const actx *x, uint32_t t0, const source *s)
{
	if (!s || s->cls == SC_NONE)
		return 0;
	int share = 0;
	/* a relative on the share speaks for it: "a drop from 70 percent who
	 * said so in May" */
	uint32_t a = s->t0;
	if (s->t1 == s->t0 + 1 && is(x, a, "who") && a > 3)
		a -= 3;
	for (uint32_t k = a; k < s->t1 && k < a + 4 && !share; k++)
		share = (x->qty[k] & Q_SHARE) || is(x, k, "percent") || is(x, k, "majority");
	if (!share)
		return 0;
	for (size_t i = x->ncues, walked = 0; i-- > 0 && walked < 16; walked++) {
		const cue_rec *c = &x->cues[i];
		if (T(x, c->t0)->sent != T(x, t0)->sent)
			break;
		if (c->src_t0 == UINT32_MAX || c->t1 > s->t0)
			continue;
		if (poll_in(x, c))
			return 1; /* "In a CNN poll," */
		for (uint32_t k = c->src_t0; k < c->src_t1; k++)
			if (src_attr_is(x->d, x->srcw, k, "poll", "1", 1))
				return 1; /* the source words' polls: "poll", "survey" */
	}
	return 0;
}

/* A single closing quotation mark glued to the punctuation that ends what
 * was said: "'We feel way ahead of schedule,' said ...". Single marks are
 * not paired into quotations (the same glyph is the apostrophe), but after
 * a comma or a full stop this one closes one. */
static int closing_single(const actx *x, uint32_t i)
{
	if (i < 2 || T(x, i)->kind != TOK_PUNCT || !(T(x, i)->flags & TF_QUOTE) || src_ch(x->d, i) != '\'' ||
	    (T(x, i)->flags & TF_SPACE) || pair_mark(x, i) || pair_mark(x, i - 1))
		return 0;
	return doc_mark_at(x->d, i - 1, ',') || doc_mark_at(x->d, i - 1, '.') ||
	       doc_mark_at(x->d, i - 1, '?') || doc_mark_at(x->d, i - 1, '!');
}

/* Whether the cue c has the words of source s for its source: "Lind cut
 * in: '...,' Lind said." */
static int same_source(const actx *x, const cue_rec *c, const source *s)
{
	if (c->src_t0 == UINT32_MAX)
		return 0;
	size_t n = T(x, s->t1 - 1)->e - T(x, s->t0)->s, m = T(x, c->src_t1 - 1)->e - T(x, c->src_t0)->s;
	return n == m && memcmp(x->d->text + T(x, s->t0)->s, x->d->text + T(x, c->src_t0)->s, n) == 0;
}

/* An inverted report closes its sentence, so what came before its comma or
 * quotation mark is what it reports, with any cue in it: "Ames's
 * claim that Brill had drained the reserve fund had hurt the schools, Marsh
 * said", "Candidates who think \"...\" are wrong, she said". */
static void inverted_outer(actx *x, uint32_t t0, const source *s)
{
	uint32_t a = s->t0 < t0 ? s->t0 : t0, e = span_end_tok(x, s);
	if (e < t0 + 1)
		e = t0 + 1;
	uint32_t lo = sent_start(x, a), hi = sent_end(x, a);
	if (a <= lo + 1 ||
	    !(doc_mark_at(x->d, a - 1, ',') || quote_mark(x, a - 1) || closing_single(x, a - 1)))
		return;
	/* the report ends the sentence: "..., he said in a statement.",
	 * "..., the paper reported in 1991." */
	uint32_t k = e;
	while (k < hi && k < e + 6 && (T(x, k)->kind == TOK_WORD || T(x, k)->kind == TOK_NUM) &&
	       !is(x, k, "that") && !x->cue[k])
		k++;
	/* or stands as an aside between commas, right after its verb or a
	 * short phrase on a preposition: "Ames doubted, he said in an
	 * interview, that ...", "Repair bills, she added, were ..."; not
	 * before a quotation (", he said, ''...''") */
	static const char *const preps[] = {
		"in", "on", "at", "during", "to", "after", "from", "with", "by"
	};
	uint32_t m = e;
	int prep = DOC_TOK_IN(x->d, e, preps) || role(x, e, "prep") || role(x, e, "time");
	while (m < hi && m < e + 4 && T(x, m)->kind == TOK_WORD && prep)
		m++;
	int aside = m + 1 < hi && doc_mark_at(x->d, m, ',') && doc_mark_at(x->d, a - 1, ',') &&
	            !quote_mark(x, m + 1);
	if (k < hi && !(T(x, k)->kind == TOK_PUNCT && strchr(".!?", src_ch(x->d, k))) && !aside)
		return;
	/* a weak verb is a closing report only as the last words of its
	 * sentence or of an aside between commas, after its speaker: "...,
	 * the poll found.", "..., a new poll finds, a sign that ..."; not with
	 * an object ("..., others vow revenge.") */
	if (!src_attr_is(x->d, x->cue, t0, "strength", "strong", 0) &&
	    ((aside && m > e) || s->t0 > t0 || (k > e && !aside)))
		return;
	/* not after a clause of its own: "When asked ..., Reid said no." */
	static const char *const opener[] = { "asked",   "despite", "in",     "according",
		                              "besides", "upon",    "without" };
	uint32_t from = lo;
	if (subordinator(x, lo) || DOC_TOK_IN(x->d, lo, opener) ||
	    (is(x, lo, "instead") && is(x, lo + 1, "of"))) {
		/* but after the opening clause's comma a main clause may come
		 * before the report's own comma or quotation, which it then
		 * covers: "After the vote, Ames plans to run again, an aide
		 * said.", "When asked about the levy, Ames said: '...,' the
		 * paper reported."; not a quotation's speaker again ("After the
		 * vote, Ames posted a note: '...,' she wrote.") */
		if ((quote_mark(x, a - 1) || closing_single(x, a - 1)) && s->pronoun)
			return;
		while (from < a - 1 && from < lo + 40 && !(doc_mark_at(x->d, from, ',') && !x->inq[from]))
			from++;
		if (from >= a - 1 || !doc_mark_at(x->d, from, ','))
			return;
		for (size_t i = x->ncues - 1, walked = 0; i-- > 0 && walked < 16 && x->cues[i].t0 >= from;
		     walked++)
			if (same_source(x, &x->cues[i], s))
				return; /* "When ..., Lind cut in: '...,' Lind said." */
	}
	if ((src_ing_form(x->d, t0) && !is(x, t0, "according")) || role(x, a, "rel"))
		return; /* ", citing another source.", ", who said so." */
	if (aside) {
		/* an aside covers the clause it breaks into, from its
		 * conjunction on: not "praised the years when, she said,
		 * ..." */
		uint32_t b = a - 1;
		while (b > from && b > lo && a - 1 - b < 40 && T(x, b - 1)->kind == TOK_WORD &&
		       !subordinator(x, b - 1) && !is(x, b - 1, "that") && !role(x, b - 1, "rel"))
			b--;
		from = b;
	}
	/* a sentence holds a few reports; a run with no full stop may hold
	 * thousands, and the walk back stays short */
	for (size_t i = x->ncues - 1, walked = 0; i-- > 0 && walked < 16; walked++) {
		const cue_rec *c = &x->cues[i];
		if (c->t0 < from)
			break;
		if (c->t1 <= a - 1)
			mark_nested(x, c);
	}
}

static uint32_t line_end(const actx *x, uint32_t i);

/* The posts a page's markup embeds with their author: from a "<tweet"
 * tag that names one ("<tweet author=\"@dana\" ...>") to its closing tag
 * ("</tweet>", "<tweet/>") or the end of its line. Their words are the
 * author's, a report of its own; found once, in one pass over the text. */
static void tagged_posts(actx *x)
{
	const char *t = x->d->text;
	size_t len = x->d->len;
	for (size_t i = 0; i + 6 < len && x->ntagged < TAGGED_MAX; i++) {
		const char *lt = memchr(t + i, '<', len - i - 6);
		if (!lt)
			break;
		i = (size_t)(lt - t);
		if (memcmp(t + i, "<tweet", 6) != 0 || (t[i + 6] != ' ' && t[i + 6] != '>'))
			continue;
		size_t g = i + 6;
		int author = 0;
		while (g < len && t[g] != '>' && t[g] != '\n' && g - i < 400) {
			author |= g + 7 <= len && memcmp(t + g, "author=", 7) == 0;
			g++;
		}
		if (g >= len || t[g] != '>' || !author)
			continue;
		size_t e = g + 1;
		while (e < len && t[e] != '\n' &&
		       !(t[e] == '<' && e + 7 < len && memcmp(t + e, "</tweet>", 8) == 0) &&
		       !(t[e] == '<' && e + 7 < len && memcmp(t + e, "<tweet/>", 8) == 0))
			e++;
		x->tagged[x->ntagged][0] = (uint32_t)(g + 1);
		x->tagged[x->ntagged][1] = (uint32_t)e;
		x->ntagged++;
		i = e;
	}
}

/* Whether the token at t0 lies in the words of a post the markup embeds. */
static int in_tagged_post(const actx *x, uint32_t t0)
{
	uint32_t b = T(x, t0)->s;
	for (size_t k = 0; k < x->ntagged; k++)
		if (x->tagged[k][0] <= b && b < x->tagged[k][1])
			return 1;
	return 0;
}

static int emit_cue(actx *x, uint32_t t0, uint32_t t1, const char *lemma, const source *s)
{
	crd_doc *d = x->d;
	/* a verb that reports only after a document ("the video targets the council's budget") is
	 * no cue with nobody speaking: "the abuse was documented", "the figures merely reflect" */
	if (!s && src_attr_is(d, x->cue, t0, "subj", "doc", 0))
		return 0;
	/* a verb of threatening with nobody who threatens is a risk a thing
	 * poses: "That threatened to split the party", "the dispute threatens
	 * the talks", "natives threatened by change"; not the threat made to
	 * someone ("was threatened with arrest") nor one whose maker is the
	 * infinitive's ("a campaign to threaten voters") */
	if ((!s || s->cls == SC_NONE) && src_attr_is(d, x->cue, t0, "subj", "person", 0) &&
	    !(t1 < x->n && is(x, t1, "with")) && !(t0 > 0 && is(x, t0 - 1, "to")) &&
	    !(T(x, t0)->flags & TF_CAP))
		return 0;
	/* the rest of a speaker's line after a colon is the speaker's: "A: I
	 * think she has the whole board nervous, and I think ..."; and the
	 * words of a post the markup embeds are its author's: a report in them
	 * with no speaker of its own is the author's, inside the post ("<tweet
	 * author=\"@dana\">I'm thrilled to ...", "... Hale reportedly wants
	 * ..."); one with its own speaker is passed on as the page would
	 * ("<tweet author=\"@news\">Hale says the levy ..."), and the
	 * signature that names the author is the post's own */
	int nested = t0 < x->turn_end || embedded_report(x, t0, s) || poll_share(x, t0, s) ||
	             ((!s || s->cls == SC_NONE) && in_tagged_post(x, t0) &&
	              !(lemma && strcmp(lemma, "post") == 0));
	if (!nested && doc_mark_at(d, t0, ':')) {
		uint32_t lo = sent_start(x, t0);
		if (t0 - lo <= 4 && (lo == 0 || (T(x, lo)->flags & (TF_NEWLINE | TF_PARA))))
			x->turn_end = line_end(x, t0);
	}
	/* a verb whose colon ends its line introduces the next line, a
	 * statement set off with no quotation marks: "In a post, Ames
	 * wrote:" and then "I think the levy is fair. We want ...": the
	 * cues in it are what was written; not a quotation, whose own
	 * closing report may follow it, nor a speaker's label */
	uint32_t cl = t1;
	if (src_attr_is(d, x->cue, t0, "strength", "strong", 0))
		while (cl < x->n && cl < t1 + 6 && T(x, cl)->kind == TOK_WORD)
			cl++; /* "Ames wrote on her blog:", "Ames said in a statement:" */
	if (!nested && cl + 2 < x->n && doc_mark_at(d, cl, ':') &&
	    (T(x, cl + 1)->flags & (TF_NEWLINE | TF_PARA)) && !quote_mark(x, cl + 1) &&
	    !doc_mark_at(d, cl + 2, ':'))
		x->turn_end = line_end(x, cl + 1);
	uint32_t it = doc_add(d, F_ATTRIBUTION_CUE, T(x, t0)->s, T(x, t1 - 1)->e);
	if (it == UINT32_MAX)
		return -1;
	if (lemma)
		doc_attr_str(d, it, "lemma", lemma);
	if (s && s->cls != SC_NONE) {
		uint32_t e = span_end_tok(x, s);
		doc_attr_strn(d, it, "source", d->text + T(x, s->t0)->s, T(x, e - 1)->e - T(x, s->t0)->s);
	}
	if ((!s || s->cls == SC_NONE) && writer_subject(x, t0))
		doc_attr_bool(d, it, "writer", 1);
	cue_rec *c = &x->cues[x->ncues++];
	c->t0 = t0;
	c->t1 = t1;
	c->item = it;
	c->src_item = UINT32_MAX;
	if (s && s->cls != SC_NONE && x->src_item != UINT32_MAX && d->ev.v[x->src_item].s == T(x, s->t0)->s)
		c->src_item = x->src_item;
	x->src_item = UINT32_MAX;
	if (nested)
		mark_nested(x, c);
	else if (s && s->cls != SC_NONE)
		inverted_outer(x, t0, s);
	c->strong = src_attr_is(d, x->cue, t0, "strength", "strong", 0);
	c->topic = 0;
	c->name_s = c->name_e = UINT32_MAX;
	c->src_t0 = s && s->cls != SC_NONE ? s->t0 : UINT32_MAX;
	c->src_t1 = s && s->cls != SC_NONE ? s->t1 : UINT32_MAX;
	if (s && s->cls != SC_NONE) {
		if (s->name_s != UINT32_MAX) {
			c->name_s = s->name_s;
			c->name_e = s->name_e;
		} else if (!s->pronoun) {
			c->name_s = T(x, s->t0)->s;
			c->name_e = T(x, span_end_tok(x, s) - 1)->e;
		}
	}
	return d->nomem ? -1 : 0;
}

static int emit_found(actx *x, uint32_t c0, uint32_t c1, const char *lemma, source *s, int found)
{
	if (found && emit_source(x, s, lemma, c0) != 0)
		return -1;
	if (emit_cue(x, c0, c1, lemma, found ? s : NULL) != 0)
		return -1;
	if (found)
		spk_remember(x, s, T(x, c0)->sent);
	return 0;
}

/* As emit_found, for a noun of stance whose owner need not be the subject
 * of its clause ("Ames downplayed the mayor's attack on the judge and
 * said ..."): the owner is not remembered as the last speaker, whom the
 * verbs after it would take. */
static int emit_aside(actx *x, uint32_t c0, uint32_t c1, const char *lemma, source *s, int found)
{
	if (found && emit_source(x, s, lemma, c0) != 0)
		return -1;
	return emit_cue(x, c0, c1, lemma, found ? s : NULL);
}

/* ---- cues -------------------------------------------------------------- */

/* Whether what follows the verb can be what was said: a clause, a quote, a
 * colon ("said that ...", "says he ...", "said: ...", "said Tuesday"). */
static int complement(const actx *x, uint32_t v1)
{
	if (v1 >= x->n || (T(x, v1)->flags & TF_PARA))
		return 1;
	const tok *t = T(x, v1);
	if (t->kind == TOK_NUM || (t->flags & TF_CAP) || x->ent[v1])
		return 1;
	if (t->kind == TOK_PUNCT)
		return 1;
	if (role(x, v1, "pron") || role(x, v1, "det") || role(x, v1, "time") ||
	    src_attr_is(x->d, x->gram, v1, "role", "time", 0) || /* "asked on Monday whether" */
	    role(x, v1, "bound") || role(x, v1, "rel") || neg_word(x, v1) || role(x, v1, "adv") ||
	    ly_adverb(x, v1))
		return 1;
	if (role(x, v1, "prep") || is(x, v1, "to") || is(x, v1, "whether") || aux_word(x, v1))
		return 1;
	return memchr(x->d->view.fold + t->fs, '\'', t->fe - t->fs) != NULL; /* "he'd" */
}

/* A regular past form, which may as well be an adjective ("pledged
 * delegates"). */
static int ed_form(const actx *x, uint32_t i)
{
	const tok *t = T(x, i);
	const char *f = x->d->view.fold;
	return t->fe - t->fs > 3 && f[t->fe - 2] == 'e' && f[t->fe - 1] == 'd';
}

/* Whether the word before an infinitive's "to" is the one who does the
 * saying: a name, a source noun or an object pronoun ("prompted Ruiz to
 * joke", "led her to declare", "caused many to wonder"). */
static int infinitive_subject(const actx *x, uint32_t j)
{
	if (x->inq[j])
		return 0;
	if (x->ent[j])
		return entity(x, j)[2] != F_PLACE && entity(x, j)[1] == j + 1;
	if (x->srcw[j] && src_match(x->d, x->srcw, j)->tok1 == j + 1)
		return 1;
	return is(x, j, "him") || is(x, j, "her") || is(x, j, "them") || is(x, j, "us");
}

/* Whether the infinitive whose "to" is at q follows an object a verb of
 * pressing or persuading governs a few words back: what someone is pushed
 * to do is not yet done, and no report ("pushed the council to embrace
 * the plan", "must persuade undecided voters to back him", "was advised
 * by her doctor to consider surgery"); not "prompted Ruiz to joke" or "led
 * her to declare", which tell what was said. */
static int pressed_to(const actx *x, uint32_t q)
{
	static const char *const pressed[] = {
		"persuade",  "persuades",  "persuaded", "persuading", "convince",   "convinces",
		"convinced", "convincing", "push",      "pushes",     "pushed",     "pushing",
		"pressure",  "pressures",  "pressured", "pressuring", "urge",       "urges",
		"urged",     "urging",     "encourage", "encourages", "encouraged", "encouraging",
		"invite",    "invites",    "invited",   "inviting",   "advise",     "advises",
		"advised",   "advising",   "lobby",     "lobbies",    "lobbied",    "lobbying",
		"implore",   "implores",   "implored",  "imploring",  "coax",       "coaxed",
		"coaxing",   "nudge",      "nudges",    "nudged",     "nudging"
	};
	uint32_t lo = sent_start(x, q);
	for (uint32_t k = q; k > lo && q - k < 8; k--) {
		if (T(x, k - 1)->kind != TOK_WORD || x->inq[k - 1])
			return 0;
		if (DOC_TOK_IN(x->d, k - 1, pressed))
			return 1;
	}
	return 0;
}

static int after_quote(const actx *x, uint32_t i);

/* Whether the word at j opens the object a verb of taking a side governs: an
 * article, a possessive or an object pronoun ("support the ban", "support
 * her"), a name inside the sentence ("support Ames") or a form in -ing
 * ("support banning guns"). A noun "support" is followed by none of them
 * but by a mark, a preposition or a verb ("won 36 percent support, ...",
 * "support for the plan", "establishment support splintered"). */
static int object_opens(const actx *x, uint32_t j)
{
	static const char *const openers[] = { "the",  "a",  "an",   "his",  "her",   "their", "its",
		                               "our",  "my", "your", "this", "these", "those", "him",
		                               "them", "it", "us",   "me",   "such",  "both",  "any" };
	/* an adverb before the object: "support temporarily banning" */
	if (j + 1 < x->n && T(x, j)->kind == TOK_WORD && ly_adverb(x, j))
		j++;
	if (j >= x->n || T(x, j)->kind != TOK_WORD || x->inq[j])
		return 0;
	if (DOC_TOK_IN(x->d, j, openers) || src_ing_form(x->d, j))
		return 1;
	/* a day or a date after a noun "support" is when it came: "gained
	 * support Wednesday from the union", "support March 3 splintered" */
	int abbr;
	return (T(x, j)->flags & TF_CAP) && !(T(x, j)->flags & TF_SENT) &&
	       !doc_tok_weekday(x->d, T(x, j), &abbr) && !doc_tok_month(x->d, T(x, j), &abbr);
}

/* Whether the word at v can only be a verb, by what stands before it past
 * adverbs: an auxiliary, "to", "who" or a subject pronoun ("she did
 * support workers", "those who support charters", "they back unions"),
 * and a plain word after it, no mark, preposition or particle, is its
 * object (not "doesn't back down", "he back tracked"). */
static int verb_after_subject(const actx *x, uint32_t v, uint32_t v1)
{
	static const char *const particles[] = { "up",   "down",  "off",     "out",      "away",
		                                 "over", "track", "tracked", "tracking", "here" };
	if (v1 < x->n && DOC_TOK_IN(x->d, v1, particles))
		return 0;
	uint32_t lo = sent_start(x, v), p = v;
	while (p > lo && (role(x, p - 1, "adv") || ly_adverb(x, p - 1)))
		p--;
	if (p <= lo || x->inq[p - 1] || v1 >= x->n || T(x, v1)->kind != TOK_WORD || x->gram[v1] || x->qty[v1])
		return 0;
	return aux_word(x, p - 1) || is(x, p - 1, "to") || is(x, p - 1, "who") || subject_pronoun(x, p - 1);
}

/* Whether a new document opens at k as the object of a verb of putting
 * it out: an indefinite article, a possessive pronoun or "the
 * following", a few plain words that describe it and a noun of a document
 * ("released a statement", "sent out a letter to members", "issued its
 * annual report", "is releasing a new two-minute video", "issued the
 * following statement"). A document the text names with "the" was
 * somebody's before it came out ("police released the footage", "the
 * agency released the emails": a disclosure, not the agency's word), and
 * people or things are no documents ("released the hostages", "sent
 * troops", "issued a subpoena"). The verb is at v. */
static int doc_object(const actx *x, uint32_t v, uint32_t k)
{
	static const char *const dets[] = { "a", "an", "another", "its", "his", "her", "their" };
	if (k + 1 < x->n && is(x, k, "the") && is(x, k + 1, "following"))
		k++;
	else if (k >= x->n || !DOC_TOK_IN(x->d, k, dets))
		return 0;
	if (x->inq[k])
		return 0;
	for (uint32_t j = k + 1; j < x->n && j < k + 6; j++) {
		const tok *t = T(x, j);
		if (t->kind == TOK_PUNCT && src_ch(x->d, j) == '-')
			continue;
		/* a verb of giving before a noun of saying is read with that
		 * noun, as one cue, where the stance nouns are met ("issued a
		 * statement", "issued the following statement:") */
		if (src_attr_is(x->d, x->srcw, j, "class", "doc", 0) && !x->inq[j])
			return !(src_attr_is(x->d, x->stance, v, "type", "light", 1) &&
			         src_attr_is(x->d, x->stance, j, "type", "noun", 1));
		/* the words before the noun describe it: no function word ("a
		 * copy of the old lease report"), no mark, no quotation */
		if ((t->kind != TOK_WORD && t->kind != TOK_NUM) || x->inq[j] || x->gram[j] ||
		    (t->flags & TF_SENT))
			return 0;
	}
	return 0;
}

/* Whether the word after the cue at v is one its lexicon entry names in
 * need= ("maintained that", "aiming to"), when it names any; that says
 * whether "that" follows, past adverbs. need=quote is met by a quotation
 * after a comma or colon, or by one right before the cue; need=end by a
 * mark right after the cue, which ends its clause ("Rourke continued."). */
static int needed_next(const actx *x, uint32_t v, uint32_t v1, int that)
{
	const char *u = cue_attr(x, v, "need");
	if (!u || (that && src_listed(u, "that", 4)))
		return 1;
	if (src_listed(u, "quote", 5) && after_quote(x, v))
		return 1; /* "\"...,\" continues the friend" */
	if (src_listed(u, "end", 3) && (v1 >= x->n || T(x, v1)->kind == TOK_PUNCT))
		return 1; /* "\"...,\" Rourke continued.", "Cardell continued:", not
		           * "forces continued offensive operations" */
	if (src_listed(u, "obj", 3) && (object_opens(x, v1) || verb_after_subject(x, v, v1)))
		return 1; /* "voters who support the mayor", "may support Ames" */
	if (src_listed(u, "as", 2)) {
		/* an object of one to five words, then "as": "cast the mayor as
		 * a bully", "painted him as weak"; not "was cast as the lead",
		 * "painted the fence" */
		for (uint32_t k = v1;
		     k < x->n && k < v1 + 6 && !x->inq[k] && !x->cue[k] && T(x, k)->sent == T(x, v)->sent;
		     k++) {
			if (k > v1 && is(x, k, "as"))
				return 1;
			if (T(x, k)->kind == TOK_PUNCT && !doc_mark_at(x->d, k, '-') && !is(x, k, "'s"))
				return 0;
		}
		return 0;
	}
	if (src_listed(u, "doc", 3))
		return doc_object(x, v, v1); /* "released a statement", not "released the hostages" */
	if (src_listed(u, "quote", 5) && v1 + 1 < x->n &&
	    (doc_mark_at(x->d, v1, ',') || doc_mark_at(x->d, v1, ':')) && quote_mark(x, v1 + 1)) {
		/* "She continues, \"How about ...\"": the mark must open a quotation */
		uint32_t q = quote_of(x, v1 + 1);
		if (q && quote_open(x, q) == v1 + 1)
			return 1;
	}
	/* or an adverb in -ly: "spoke warmly of", "spoke briefly about" */
	if (v1 + 1 < x->n && ly_adverb(x, v1) && T(x, v1 + 1)->kind == TOK_WORD &&
	    src_listed_tok(x->d, u, T(x, v1 + 1)))
		return 1;
	/* or "at length" ("has spoken at length about"), or the hearer after
	 * "to" or "with" before "about" ("spoke to reporters about", "spoke
	 * with the Courier about"); "of" there belongs to the hearer ("spoke
	 * to the mayor of Tulsa"). The hearer is a name, a pronoun or the
	 * press, not a matter ("the report speaks to a concern about"). */
	if (v1 + 2 < x->n && is(x, v1, "at") && is(x, v1 + 1, "length") &&
	    src_listed_tok(x->d, u, T(x, v1 + 2)))
		return 1;
	static const char *const hearers[] = { "the", "reporters", "journalists", "him",
		                               "her", "them",      "us",          "me" };
	if (v1 + 2 < x->n && (is(x, v1, "to") || is(x, v1, "with")) && src_listed(u, "about", 5))
		for (uint32_t k = v1 + 1; k < x->n && k < v1 + 6 && !x->inq[k] && T(x, k)->kind == TOK_WORD;
		     k++) {
			if (is(x, k, "about"))
				return k > v1 + 1;
			if (x->cue[k] || !((T(x, k)->flags & TF_CAP) || DOC_TOK_IN(x->d, k, hearers)))
				break;
		}
	/* the word may follow a name's possessive: "did not return CNN's
	 * request", "Page Six's calls", "the Gazette's request" */
	uint32_t k = v1 < x->n && is(x, v1, "the") ? v1 + 1 : v1, k0 = k;
	while (k < x->n && k < k0 + 4 && T(x, k)->kind == TOK_WORD && (T(x, k)->flags & TF_CAP))
		k++;
	if (k > k0 && k + 1 < x->n && is(x, k, "'s"))
		v1 = k + 1;
	const tok *t = v1 < x->n ? T(x, v1) : NULL;
	return t && t->kind == TOK_WORD && src_listed_tok(x->d, u, t);
}

static int unless_prev(const actx *x, uint32_t v);

/* Clears the cue marks of words whose entry asks for a given word after
 * them (need=to, need=for) where that word is missing: such a word is then
 * a noun or another verb, and a phrase read around it must not stop there
 * ("the plans of the city", "His plan called for ...", "Harbor Health plans,
 * which ..., spelled out"). Entries that ask for "that", a quotation or a
 * clause's end are left to cue_at(), which reads past adverbs and marks.
 * An entry that asks for an object loses its mark after a word its
 * unless_prev= names too: a particle or a noun, not the verb ("pays back
 * the loan", "said running back Ray Dunn"). */
static void drop_unmet_needs(actx *x)
{
	for (uint32_t i = 0; i < x->n; i++) {
		const char *u = x->cue[i] ? cue_attr(x, i, "need") : NULL;
		if (!u || src_listed(u, "that", 4) || src_listed(u, "quote", 5) || src_listed(u, "end", 3))
			continue;
		if (!needed_next(x, i, src_match(x->d, x->cue, i)->tok1, 0) ||
		    (src_listed(u, "obj", 3) && unless_prev(x, i)))
			x->cue[i] = 0;
	}
}

/* Whether the cue at v, ending its sentence, closes an inverted report:
 * its subject, one to four words that open on an article or a capital
 * with no pronoun, auxiliary or conjunction among them, stands right after
 * the comma or quotation mark that ends what was reported ("The plan
 * costs too much, the auditors agree."; not "Others agree.", "Ames, for
 * her part, disagrees.", "..., but Dunne disagrees.", "..., I agree."). */
static int inverted_close(const actx *x, uint32_t v)
{
	static const char *const joins[] = { "and", "but", "or", "while", "though", "although", "yet", "so" };
	uint32_t lo = sent_start(x, v), k = v;
	while (k > lo && v - k < 4 && T(x, k - 1)->kind == TOK_WORD && !DOC_TOK_IN(x->d, k - 1, joins) &&
	       !aux_word(x, k - 1) && !role(x, k - 1, "pron"))
		k--;
	if (k == v || k < lo + 4 || !(role(x, k, "det") || (T(x, k)->flags & TF_CAP)))
		return 0;
	return doc_mark_at(x->d, k - 1, ',') || quote_mark(x, k - 1) || closing_single(x, k - 1);
}

/* Whether the word after the cue at v is one its lexicon entry names in
 * unless= ("charged with", "show up", "found itself", "think tank"), a
 * figure where it names "#" ("added 200,000 jobs") or a form in -ing where
 * it names "-ing" ("seen leaving"): a different sense of the word, which
 * reports nothing. */
static int unless_next(const actx *x, uint32_t v, uint32_t v1)
{
	const char *u = cue_attr(x, v, "unless");
	if (!u)
		return 0;
	/* "$": the end of a line or of a sentence, where a plural noun ends a
	 * headline or a clause ("... indicted on wire fraud charges", "faces
	 * state charges.") and a verb of saying would want what was said */
	if (src_listed(u, "$", 1) && (v1 >= x->n || (T(x, v1)->flags & (TF_NEWLINE | TF_PARA)) ||
	                              doc_mark_at(x->d, v1, '.') || doc_mark_at(x->d, v1, ';'))) {
		/* but a speaker's verb keeps what it announced, a quotation
		 * opening the next sentence of the paragraph ("Jo Lund
		 * disagreed. \"It works.\""), or what came before it when it
		 * closes an inverted report ("..., the auditors agree."); not a
		 * verb whose subject is no source ("The clip appears. \"...\"") */
		const char *sn = cue_attr(x, v, "src");
		int speaks = !(sn && strcmp(sn, "none") == 0);
		uint32_t q = speaks && v1 + 1 < x->n && doc_mark_at(x->d, v1, '.') &&
		                             !(T(x, v1 + 1)->flags & TF_PARA) && quote_mark(x, v1 + 1)
		                     ? quote_of(x, v1 + 1)
		                     : 0;
		if (!(q && quote_open(x, q) == v1 + 1) && !(speaks && inverted_close(x, v)))
			return 1;
	}
	if (v1 >= x->n)
		return 0;
	if (src_listed(u, "#", 1) &&
	    (((x->qty[v1] & Q_START) && (x->qty[v1] & Q_FIGURE)) ||
	     (src_ch(x->d, v1) == '$' && v1 + 1 < x->n && T(x, v1 + 1)->kind == TOK_NUM)))
		return 1; /* a figure: "employers added 200,000 jobs" */
	if (src_listed(u, "-ing", 4) && src_ing_form(x->d, v1) &&
	    memcmp(x->d->view.fold + T(x, v1)->fe - 5, "thing", 5) != 0)
		return 1; /* a form in -ing: "was seen leaving the club", not "anything" */
	/* right after a quotation the phrase after the verb is its speaker:
	 * "\"...,\" added another", not "Pike added another" (a goal) */
	if (T(x, v1)->kind != TOK_WORD || (v > 0 && quote_mark(x, v - 1)))
		return 0;
	const tok *t = T(x, v1);
	if (src_listed_tok(x->d, u, t))
		return 1;
	/* over an adverb in -ly: "appeared briefly in court" as "appeared in
	 * court"; "likely" there is the verb's complement ("appears likely
	 * at the end of the week") */
	if (ly_adverb(x, v1) && !is(x, v1, "likely") && !is(x, v1, "unlikely") && v1 + 1 < x->n &&
	    T(x, v1 + 1)->kind == TOK_WORD && src_listed_tok(x->d, u, T(x, v1 + 1)))
		return 1;
	/* over an article or a day: "posted a loss", "charged Wednesday
	 * with murder" */
	static const char *const articles[] = { "a", "an", "the", "its", "his", "her", "their" };
	if (v1 + 1 >= x->n || T(x, v1 + 1)->kind != TOK_WORD ||
	    !(DOC_TOK_IN(x->d, v1, articles) ||
	      (src_match(x->d, x->gram, v1) && src_attr_is(x->d, x->gram, v1, "role", "time", 0))))
		return 0;
	t = T(x, v1 + 1);
	return src_listed_tok(x->d, u, t);
}

/* Whether the cue at v, whose unless= lists "@", has a place for object
 * (after "the" or a lower-case adjective) and a subject s that is no
 * person: a raid, not words ("militants attacked southern Israel"; but
 * "Karimi attacked the US"). */
static int raid_on_place(const actx *x, uint32_t v, uint32_t v1, const source *s)
{
	const char *u = cue_attr(x, v, "unless");
	if (!u || !src_listed(u, "@", 1) ||
	    (s && s->cls == SC_NAMED && s->kind && strcmp(s->kind, "person") == 0))
		return 0;
	uint32_t k = v1;
	while (k < x->n && k < v1 + 2 && !x->ent[k] && T(x, k)->kind == TOK_WORD &&
	       !(T(x, k)->flags & TF_CAP))
		k++;
	if (!(k < x->n && x->ent[k] && entity(x, k)[2] == F_PLACE))
		return 0;
	/* the place is the whole object, not a modifier: "attacking Iowa
	 * winner Ray Colter" */
	uint32_t e = entity(x, k)[1];
	return e >= x->n || T(x, e)->kind != TOK_WORD || x->gram[e] || (x->qty[e] & Q_DATE);
}

/* Where the adverbs and negations right before token v start, no further
 * back than lo: "has | not really said". */
static uint32_t past_adverbs(const actx *x, uint32_t lo, uint32_t v)
{
	while (v > lo && (role(x, v - 1, "adv") || neg_word(x, v - 1) || ly_adverb(x, v - 1)))
		v--;
	return v;
}

/* Whether a negation stands before the verb at v over adverbs and
 * auxiliaries: "could not be independently verified", "has not
 * commented publicly". */
static int negated_verb(const actx *x, uint32_t v)
{
	uint32_t lo = sent_start(x, v);
	for (uint32_t k = v; k > lo && v - k < 5; k--) {
		if (neg_word(x, k - 1))
			return 1;
		if (!(role(x, k - 1, "adv") || ly_adverb(x, k - 1) || aux_word(x, k - 1)))
			break;
	}
	return 0;
}

/* Whether the word before the cue at v, past adverbs and negations, is
 * one its lexicon entry names in unless_prev= ("may want to", "would
 * want"): a hypothetical or the writer's advice, which reports nothing;
 * "not" stands for any negation (negated_verb). An adverb the entry names
 * counts right before the cue, where it makes an adjective of it
 * ("racially charged remarks", "a politically charged visit"). */
static int unless_prev(const actx *x, uint32_t v)
{
	const char *u = cue_attr(x, v, "unless_prev");
	if (!u)
		return 0;
	if (src_listed(u, "not", 3) && negated_verb(x, v))
		return 1;
	if (v > sent_start(x, v) && T(x, v - 1)->kind == TOK_WORD && src_listed_tok(x->d, u, T(x, v - 1)))
		return 1;
	uint32_t lo = sent_start(x, v), p = past_adverbs(x, lo, v);
	if (p <= lo || T(x, p - 1)->kind != TOK_WORD)
		return 0;
	const tok *t = T(x, p - 1);
	return src_listed_tok(x->d, u, t);
}

/* Whether the cue at v says its subject could not be asked, or was asked
 * and had given no word when the story ran: "could not be reached for
 * comment", "could not immediately be reached for comment", "was not
 * available for comment", "was unavailable for comment", "has been
 * contacted for comment". */
static int unreached(const actx *x, uint32_t v, uint32_t v1)
{
	const char *l = cue_attr(x, v, "lemma");
	if (l && strcmp(l, "available") == 0)
		return is(x, v, "unavailable") || negated_verb(x, v); /* the phrase holds "for comment" */
	if (l && strcmp(l, "reach") == 0 && v1 > v + 1 && is(x, v1 - 1, "comment"))
		return 1; /* the phrase holds "for comment": "ITV has been approached for comment" */
	if (!l || strcmp(l, "reach") != 0 || v1 + 1 >= x->n || !is(x, v1, "for") || !is(x, v1 + 1, "comment"))
		return 0;
	return negated_verb(x, v);
}

/* Whether the cue [v, v1) says its source gave no word: "declined to
 * comment", "refused to answer questions", "declined comment", "did not
 * respond to a request", "has not commented publicly". Reporters record
 * the refusal; it sources nothing. */
static int gave_no_comment(const actx *x, uint32_t v, uint32_t v1)
{
	static const char *const asked[] = { "comment",   "answer",  "respond", "reply",   "say", "discuss",
		                             "elaborate", "confirm", "speak",   "specify", "talk" };
	const char *l = cue_attr(x, v, "lemma");
	if (!l)
		return 0;
	if (unreached(x, v, v1))
		return 1;
	if (strcmp(l, "decline") == 0 || strcmp(l, "refuse") == 0) {
		uint32_t k = v1 < x->n && is(x, v1, "to") ? v1 + 1 : v1;
		return k >= x->n || DOC_TOK_IN(x->d, k, asked) || doc_mark_at(x->d, k, '.') ||
		       doc_mark_at(x->d, k, ',');
	}
	return (strcmp(l, "respond") == 0 || strcmp(l, "comment") == 0 || strcmp(l, "reply") == 0) &&
	       negated_verb(x, v);
}

/* Whether the cue at v is in its bare form, the lemma itself ("rule",
 * "claim"), which no singular subject takes. */
static int bare_form(const actx *x, uint32_t v)
{
	const char *l = cue_attr(x, v, "lemma");
	const tok *t = T(x, v);
	return l && strlen(l) == t->fe - t->fs && memcmp(x->d->view.fold + t->fs, l, strlen(l)) == 0;
}

/* A bare form ("show", "claim", "consult") right after a singular name
 * cannot be that name's verb (English would say "shows"). It is part of a
 * name when it is capitalised too ("The Daily Show", "Morning Consult"), or
 * a noun when an article or possessive opens the phrase ("the new CW show",
 * "Marlow's CNN show"). */
static int bare_after_name(const actx *x, uint32_t v, uint32_t v1)
{
	if (v1 != v + 1 || !bare_form(x, v))
		return 0;
	const tok *t = T(x, v);
	uint32_t lo = sent_start(x, v);
	if (v <= lo)
		return 0;
	uint32_t j = v - 1;
	const tok *p = T(x, j);
	if (p->kind != TOK_WORD || !(p->flags & TF_CAP) || x->inq[j] || x->gram[j] || x->cue[j])
		return 0;
	const char *f = x->d->view.fold;
	if (p->fe - p->fs < 2 || f[p->fe - 1] == 's')
		return 0; /* "Democrats want" */
	if ((t->flags & TF_CAP) && !(t->flags & TF_SENT))
		return 1;
	while (j > lo && (T(x, j - 1)->flags & TF_CAP) && T(x, j - 1)->kind == TOK_WORD && !x->gram[j - 1])
		j--;
	uint32_t st;
	if (j > lo + 1 && spk_people_relative(x, j - 2, &st))
		return 0; /* the people before the name speak: "Astronomers using the
		           * James Webb Space Telescope say" */
	if (j > lo + 2 && is(x, j - 2, "by") && spk_reduced_relative(x, j - 3, &st))
		return 0; /* what the outlet holds speaks: "Reports obtained by The
		           * Ledger show" */
	return j > lo && (src_attr(x->d, x->gram, j - 1, "art", 1) || possessive(x, j - 1));
}

/* An -ing cue that modifies the name of a body or a paper right after it,
 * after a word that is no speaker but a body: "The city planning
 * commission said", "A department briefing document shows", "a Treasury
 * briefing memo"; not "officials briefing reporters", nor "critics citing
 * documents". */
static int body_modifier(const actx *x, uint32_t v, uint32_t v1)
{
	const char *form = cue_attr(x, v, "form");
	if (v1 != v + 1 || v == 0 || v1 >= x->n || !form || strcmp(form, "ing") != 0 ||
	    (T(x, v)->flags & TF_CAP) || !x->srcw[v1] || T(x, v - 1)->kind != TOK_WORD ||
	    is(x, v, "citing") || is(x, v, "quoting"))
		return 0;
	const char *cls = src_attr(x->d, x->srcw, v1, "class", 0);
	const char *prev = x->srcw[v - 1] ? src_attr(x->d, x->srcw, v - 1, "class", 0) : NULL;
	if (!cls || (strcmp(cls, "org") != 0 && strcmp(cls, "doc") != 0))
		return 0;
	if (prev)
		return strcmp(prev, "org") == 0;
	/* the name of a body or a place, capitalised inside the sentence: "a
	 * Treasury briefing memo", "a City Hall briefing paper"; not a
	 * person's ("Ames briefing the board") */
	const tok *p = T(x, v - 1);
	const uint32_t *e = entity(x, v - 1);
	return (p->flags & TF_CAP) && !(p->flags & TF_SENT) && !x->inq[v - 1] &&
	       !(e && strcmp(entity_kind(x, e), "person") == 0);
}

/* A bare form that heads a compound noun, where a verb would need -s: after
 * a figure that an article or a possessive opens ("the 8% decline", "a $2
 * billion forecast"; but "52% say"), or after a singular noun of a person
 * or a paper that ends the phrase ("the average analyst estimate of",
 * "customer demand, competition"; not "an analyst estimates"), or after "a" and
 * one word ("in a research note that"). Not a verb whose past is its bare form ("an
 * analyst forecast a loss"), nor one after an auxiliary or a verb that takes a bare infinitive ("did the
 * analyst say", "heard a witness describe"), nor after a noun that may take a plural verb ("the family say",
 * "the data show"). */
static int compound_noun(const actx *x, uint32_t v, uint32_t v1)
{
	static const char *const openers[] = { "a", "an", "the", "its", "their", "his", "our", "this" };
	static const char *const same_past[] = { "put", "read", "cast", "forecast", "broadcast", "bet",
		                                 "set", "quit", "let",  "hit",      "cut" };
	static const char *const bare_inf[] = { "let",   "lets", "make", "makes", "made",   "making", "have",
		                                "has",   "had",  "help", "helps", "helped", "hear",   "hears",
		                                "heard", "see",  "sees", "saw",   "watch",  "watched" };
	static const char *const collective[] = { "family", "data" };
	uint32_t lo = sent_start(x, v);
	if (v1 != v + 1 || v <= lo + 1 || !bare_form(x, v) || x->inq[v])
		return 0;
	uint32_t j = v - 1;
	if (x->qty[j] & Q_FIGURE) {
		uint32_t k = j;
		while (k > lo && !(x->qty[k] & Q_START) && (x->qty[k - 1] & Q_IN))
			k--;
		if (k == j && T(x, j)->kind == TOK_WORD)
			return 0; /* a count alone is the subject: "the two write" */
		return k > lo && DOC_TOK_IN(x->d, k - 1, openers);
	}
	const tok *t = T(x, j);
	/* after "a" or "an" and one word the bare form ends a singular
	 * compound, which no verb without -s follows: "said in a research |
	 * note that", "a client | note" (but "heard a witness describe") */
	if (t->kind == TOK_WORD && !(t->flags & TF_CAP) && !x->inq[j] && j > lo &&
	    (is(x, j - 1, "a") || is(x, j - 1, "an")) && !DOC_TOK_IN(x->d, v, same_past)) {
		for (uint32_t k = j - 1; k > lo && j - k < 4; k--)
			if (T(x, k - 1)->kind == TOK_WORD &&
			    (aux_word(x, k - 1) || DOC_TOK_IN(x->d, k - 1, bare_inf)))
				return 0;
		return 1;
	}
	const char *cls = src_attr(x->d, x->srcw, j, "class", 1);
	if (t->kind != TOK_WORD || (t->flags & TF_CAP) || x->inq[j] || !cls ||
	    src_attr(x->d, x->srcw, j, "number", 1) || DOC_TOK_IN(x->d, j, collective) ||
	    DOC_TOK_IN(x->d, v, same_past))
		return 0;
	/* the noun ends its phrase ("estimate of", "demand, competition"); a
	 * verb goes on to what was said, and its subject may be a plural
	 * before a preposition ("half in the poll say the levy ...") */
	const tok *n = v1 < x->n ? T(x, v1) : NULL;
	if (n && !is(x, v1, "of") && !is(x, v1, "for") && !is(x, v1, "and") && !is(x, v1, "or") &&
	    !(n->kind == TOK_PUNCT && !quote_mark(x, v1) && !doc_mark_at(x->d, v1, ':')))
		return 0;
	if (strcmp(cls, "anon") != 0 && strcmp(cls, "spokes") != 0 && strcmp(cls, "role") != 0 &&
	    strcmp(cls, "doc") != 0)
		return 0;
	for (uint32_t k = j; k > lo && j - k < 4; k--) {
		if (T(x, k - 1)->kind != TOK_WORD)
			break;
		if (aux_word(x, k - 1) || DOC_TOK_IN(x->d, k - 1, bare_inf))
			return 0;
	}
	return 1;
}

/* A capitalised cue word that opens a name the names detector found, in
 * running text ("spokeswoman Joy Hickey said"). After another capitalised
 * word it is more likely a verb in a title-case headline ("Walter Ames
 * Praises ..."), where names swallow verbs. */
static int name_opener(const actx *x, uint32_t v)
{
	if (!x->ent[v] || entity(x, v)[0] != v || !(T(x, v)->flags & TF_CAP))
		return 0;
	return v == 0 || T(x, v - 1)->kind != TOK_WORD || !(T(x, v - 1)->flags & TF_CAP);
}

/* A participle that modifies the noun before it while the clause's own
 * verb of saying comes after: "A video | posted | on YouTube shows ...",
 * "A statement posted on the ministry's website said" (not "She posted on
 * Facebook", nor "The company posted on its website that ..."). */
static int relative_participle(const actx *x, uint32_t v, uint32_t v1)
{
	/* what an outlet holds is no citation of its: "a memo seen by The
	 * Guardian shows" */
	static const char *const held[] = { "seen", "obtained", "reviewed", "viewed" };
	uint32_t start;
	if (v1 != v + 1 || (is(x, v1, "by") && !DOC_TOK_IN(x->d, v, held)) ||
	    !spk_reduced_relative(x, v, &start))
		return 0; /* "a memo disclosed by WikiLeaks": WikiLeaks disclosed it */
	for (uint32_t k = v1; k < x->n && k < v1 + 12; k++) {
		const tok *t = T(x, k);
		if ((t->kind == TOK_PUNCT && !x->ent[k]) || x->inq[k] || is(x, k, "that") ||
		    role(x, k, "rel") || role(x, k, "pron") || is(x, k, "and") || is(x, k, "or") ||
		    is(x, k, "but"))
			return 0;
		/* the clause's own verb, finite: not "all signs pointed to Brill
		 * endorsing", "Brill seemed to recognize" */
		if (x->cue[k] && !x->srcw[k] && !x->ent[k])
			return !src_attr_is(x->d, x->cue, k, "form", "ing", 0) && !is(x, k - 1, "to");
	}
	return 0;
}

/* A cue word that ends a phrase opened by a possessive, with nothing for a
 * verb to take after it: "raised its annual sales forecast and ...", "at
 * their call," (not "his team forecast a loss", "their aides say"). */
static int possessed_noun(const actx *x, uint32_t v, uint32_t v1)
{
	static const char *const owners[] = { "its", "their", "his", "her", "our", "my", "your" };
	if (v1 < x->n && !(T(x, v1)->kind == TOK_PUNCT && !quote_mark(x, v1)) && !is(x, v1, "and") &&
	    !is(x, v1, "of") && !is(x, v1, "for"))
		return 0;
	if (ed_form(x, v) || src_attr_is(x->d, x->cue, v, "form", "ing", 0))
		return 0;
	static const char *const objects[] = { "him", "them", "us", "me", "it" };
	/* people right before are the verb's subject: "his followers believe," */
	if (v > 0 && src_people_plural(x->d, v - 1))
		return 0;
	for (uint32_t k = v; k > 0 && v - k < 3; k--) {
		uint32_t p = k - 1;
		if (DOC_TOK_IN(x->d, p, owners))
			return 1;
		const tok *t = T(x, p);
		if (t->kind != TOK_WORD || (t->flags & TF_CAP) || x->gram[p] || x->cue[p] || x->srcw[p] ||
		    x->inq[p] || DOC_TOK_IN(x->d, p, objects))
			return 0;
	}
	return 0;
}

/* A form in -ing right after an article, a determiner or a possessive, or
 * after one and an adjective of age or sameness, modifies a noun or is one,
 * and reports nothing: "other telling signs", "the fresh thinking that", "her
 * own founding charter". A verb's participle comes after its noun
 * ("the aides telling reporters"). "each", "another" and "this" can stand
 * alone before a verb ("each saying", "another noting"), and so no
 * determiner here. A plural in -s after an article is a noun too ("could
 * not catch any shows", "hit the same notes"); after a possessive it
 * may be a noun of saying the owner holds, which the stance nouns read. A
 * form in -ed there before a plain word is an adjective of that word ("its
 * own proposed slate", "the same disputed figures"). */
static int determined_noun(const actx *x, uint32_t v)
{
	static const char *const dets[] = { "the", "a",     "an",  "any", "every", "other",
		                            "its", "their", "his", "our", "my",    "your" };
	static const char *const adjs[] = { "new", "old", "same", "own", "early", "latest", "recent" };
	uint32_t lo = sent_start(x, v), p = v - 1;
	static const char *const arts[] = { "the", "a", "an", "any", "every", "other" };
	const tok *t = T(x, v);
	int plural = src_plural_form(x->d->view.fold + t->fs, t->fe - t->fs) && !cue_attr(x, v, "type");
	int adj = ed_form(x, v) && !cue_attr(x, v, "type") && v + 1 < x->n && T(x, v + 1)->kind == TOK_WORD &&
	          !(T(x, v + 1)->flags & TF_CAP) && !x->gram[v + 1] && !x->cue[v + 1] && !x->inq[v + 1];
	if (v <= lo || x->inq[v] || !(plural || adj || src_attr_is(x->d, x->cue, v, "form", "ing", 0)))
		return 0;
	if (DOC_TOK_IN(x->d, p, adjs) && p > lo && !x->cue[p])
		p--;
	if (plural && !src_attr_is(x->d, x->cue, v, "form", "ing", 0))
		return T(x, p)->kind == TOK_WORD && DOC_TOK_IN(x->d, p, arts);
	return T(x, p)->kind == TOK_WORD && DOC_TOK_IN(x->d, p, dets);
}

/* Whether the line of the sentence around v is set in title case, the way
 * headlines are: of its words of four letters or more, at least three, and
 * four in five of them, capitalised ("Ames Praises Wind Farm Plan"). The
 * line stops at a break, so a headline run into its first sentence is read
 * apart from it. */
static int title_case_line(const actx *x, uint32_t v)
{
	uint32_t lo = sent_start(x, v), hi = sent_end(x, v), a = v, b = v + 1;
	while (a > lo && v - a < 60 && !(T(x, a)->flags & TF_NEWLINE))
		a--;
	while (b < hi && b - v < 60 && !(T(x, b)->flags & TF_NEWLINE))
		b++;
	uint32_t words = 0, caps = 0;
	for (uint32_t k = a; k < b; k++) {
		const tok *t = T(x, k);
		if (t->kind != TOK_WORD || (t->flags & TF_DIGIT) || t->fe - t->fs < 4)
			continue;
		words++;
		caps += (t->flags & (TF_CAP | TF_UPPER)) != 0;
	}
	return caps >= 3 && caps * 5 >= words * 4;
}

/* The speaker of a cue at v that opens a line set in title case with the
 * capitalised words before it (see spk_headline_subject); 0 when none. */
static int headline_speaker(const actx *x, uint32_t v, source *s)
{
	uint32_t a = v;
	while (a > 0 && v - a < 5 && !(T(x, a)->flags & (TF_NEWLINE | TF_PARA)) && a > sent_start(x, v))
		a--;
	if (v - a >= 5 || !title_case_line(x, v))
		return 0;
	return spk_headline_subject(x, a, v, s);
}

/* A capitalised cue word inside an organisation's or a place's name:
 * "the Bee Informed Partnership", "the Say Yes Foundation"; or the portfolio
 * of an office, after "for" or "of" and a capitalised word: "Minister for
 * Planning", "the Department of Planning". In running text a verb takes no
 * capital, so one after another capitalised word inside a sentence goes on
 * a name the names detector did not take: "the Fenwick Savings Plan", "a
 * Lindqvist Reports survey", "Harbor Family Voices"; not in a line of
 * title case, where verbs take capitals ("Ames Says Levy Will Pass"). */
static int name_word(const actx *x, uint32_t v)
{
	const uint32_t *e = entity(x, v);
	const tok *t = T(x, v);
	if (!(t->flags & TF_CAP))
		return 0;
	if (src_portfolio_word(x->d, v))
		return 1;
	if (e && e[0] < v && (e[2] == F_NAMED_ORG || e[2] == F_PLACE))
		return 1;
	if ((t->flags & (TF_UPPER | TF_SENT | TF_NEWLINE)) || v == 0 || v <= sent_start(x, v))
		return 0;
	const tok *p = T(x, v - 1);
	return p->kind == TOK_WORD && (p->flags & TF_CAP) && !(p->flags & TF_UPPER) && !x->inq[v] &&
	       !title_case_line(x, v);
}

/* Whether the cue word at v reads as a noun or adjective after the
 * quantifier at q: a verb after "many", "some", "several", "few" takes no
 * -s ("many believe", not "many questions"), one after "one" is never the
 * base form ("one says", "one said", not "one call"), and an -ing form
 * there before a noun, "of" or "to" is a noun's modifier ("some affirming
 * language"). Forms in -ed ("many claimed") read as verbs. */
static int quantified_noun(const actx *x, uint32_t q, uint32_t v)
{
	const tok *t = T(x, v);
	const char *f = x->d->view.fold + t->fs;
	size_t n = t->fe - t->fs;
	int one = is(x, q, "one");
	if (!one && !is(x, q, "many") && !is(x, q, "some") && !is(x, q, "several") && !is(x, q, "few"))
		return 0;
	if (t->kind != TOK_WORD || n < 3 || ed_form(x, v))
		return 0;
	if (n > 3 && memcmp(f + n - 3, "ing", 3) == 0) {
		/* "some affirming language", "one telling of events", "some
		 * explaining to do"; but "with some saying they", "many
		 * wondering whether", "the one supporting Ames" */
		uint32_t w = v + 1;
		if (w >= x->n || T(x, w)->kind != TOK_WORD || (T(x, w)->flags & TF_CAP))
			return 0;
		return is(x, w, "of") || is(x, w, "to") ||
		       (!x->gram[w] && !x->cue[w] && !is(x, w, "whether"));
	}
	if (one) {
		/* the base form: "one question", "one call"; not "one said" */
		const char *lemma = cue_attr(x, v, "lemma");
		return lemma && strlen(lemma) == n && memcmp(lemma, f, n) == 0;
	}
	return src_plural_form(f, n);
}

/* "a website called Daily Truth Wire", "one PAC called Stop Delgado":
 * "called" after an indefinite phrase that names no person gives a thing
 * its name; it reports nobody's word. "a senator called Ames a liar"
 * stays a report. "named" there names even a person ("a farmer named
 * Ruiz", "a nurse named Ellen"), and so it does right after a plain noun
 * whatever its determiner ("the pilot named Kemp", "his aunt named
 * Rosa"): who names somebody in a report is mostly a name or a pronoun
 * ("Ross named Vidal as her deputy", "they named him"), rarely a bare
 * noun ("the mayor named Ortiz", lost). */
static int naming(const actx *x, uint32_t v, uint32_t v1)
{
	uint32_t lo = sent_start(x, v), k = v;
	const int named = is(x, v, "named");
	if (!(named || is(x, v, "called")) || v1 >= x->n)
		return 0;
	const int plain = v > lo && T(x, v - 1)->kind == TOK_WORD && !(T(x, v - 1)->flags & TF_CAP) &&
	                  !x->gram[v - 1] && !x->cue[v - 1] && !x->inq[v - 1];
	if (named && plain && (is(x, v1, "in") || is(x, v1, "on")))
		return 1; /* the participle of a passive: "the firm named in the lawsuit" */
	if (is(x, v1, "the") && v1 + 1 < x->n)
		v1++; /* "a group called the \"We The People Foundation\"" */
	const tok *n = T(x, v1);
	if (!(quote_mark(x, v1) || doc_mark_at(x->d, v1, '#') ||
	      (n->kind == TOK_WORD && (n->flags & TF_CAP))))
		return 0;
	if (named && plain)
		return 1;
	while (k > lo && v - k < 5 && spk_np_token(x, k - 1) && !role(x, k - 1, "det"))
		k--;
	if (k == v || k == lo || !src_attr_is(x->d, x->gram, k - 1, "def", "0", 1))
		return 0;
	if (named)
		return 1;
	const char *cls = src_attr(x->d, x->srcw, v - 1, "class", 0);
	if (cls && strcmp(cls, "org") != 0 && strcmp(cls, "doc") != 0)
		return 0; /* a person: "a senator called ..." */
	const uint32_t *e = entity(x, v - 1);
	return !(e && strcmp(entity_kind(x, e), "person") == 0);
}

/* A participle that can only be passive where it stands: "Rebels accused
 * of war crimes", "Israel stands accused of", "people believed to be
 * trapped", "a man said to have fled". Its noun is what is accused or
 * believed, not who accuses or believes. So is a verb of telling that
 * takes its hearer as object, with an infinitive right after it, the way
 * headlines drop the "were": "Residents urged to check vaccination
 * records", "Patients told to stop taking heart drug" (the active needs
 * the hearer: "urged residents to"). */
static int passive_on_noun(const actx *x, uint32_t v, uint32_t v1)
{
	static const char *const hearer[] = { "told",       "urged",      "advised", "ordered",
		                              "instructed", "encouraged", "warned" };
	static const char *const of[] = { "accused", "suspected", "convicted" };
	static const char *const to[] = { "believed",   "thought",    "said",    "alleged",
		                          "known",      "reported",   "rumored", "rumoured",
		                          "understood", "considered", "presumed" };
	if (v1 != v + 1 || v1 + 1 >= x->n || aux_word(x, v - 1))
		return 0;
	/* the object moved before its subject: "what many people believed
	 * to be", "whom she has accused of" */
	for (uint32_t k = v - 1, lo = sent_start(x, v); k > lo && v - k < 6; k--)
		if (is(x, k - 1, "what") || is(x, k - 1, "whom") || is(x, k - 1, "which"))
			return 0;
	if (is(x, v1, "of"))
		return DOC_TOK_IN(x->d, v, of);
	if (is(x, v1, "to") && DOC_TOK_IN(x->d, v, hearer) && T(x, v1 + 1)->kind == TOK_WORD &&
	    !(T(x, v1 + 1)->flags & TF_CAP) && !x->gram[v1 + 1] && !x->inq[v1 + 1])
		return 1; /* "urged to check", not "told to the court" */
	return is(x, v1, "to") && (is(x, v1 + 1, "be") || is(x, v1 + 1, "have")) && DOC_TOK_IN(x->d, v, to);
}

/* "responded to the 400 block of Maple Avenue", "responded to a call",
 * "responded to reports of a fight": police and firefighters going to a
 * place or an alarm, not answering anybody's words. v1 is the token after
 * "responded". */
static int dispatched_to(const actx *x, uint32_t v1)
{
	static const char *const arts[] = { "a", "an", "the" };
	static const char *const scenes[] = { "scene",     "call",     "calls",     "block",
		                              "area",      "home",     "house",     "residence",
		                              "address",   "fire",     "blaze",     "crash",
		                              "collision", "incident", "emergency", "alarm",
		                              "alarms",    "shooting", "stabbing",  "disturbance",
		                              "apartment", "street",   "location",  "intersection" };
	uint32_t k = v1;
	if (k + 1 >= x->n || !is(x, k, "to"))
		return 0;
	k++;
	if (DOC_TOK_IN(x->d, k, arts))
		k++;
	while (k < x->n && k - v1 < 5 && T(x, k)->kind == TOK_NUM)
		k++;
	if (k >= x->n || T(x, k)->kind != TOK_WORD)
		return 0;
	if (DOC_TOK_IN(x->d, k, scenes))
		return 1;
	return (is(x, k, "report") || is(x, k, "reports")) && k + 1 < x->n && is(x, k + 1, "of");
}

/* Whether token i is inside a title of several words that started before
 * it ("Special Agent in Charge"). */
static int inside_title(const actx *x, uint32_t i)
{
	for (uint32_t b = i; b-- > 0 && i - b <= 4;) {
		const lex_match *m = x->title[b] ? src_match(x->d, x->title, b) : NULL;
		if (m && m->tok1 > i)
			return 1;
	}
	return 0;
}

/* Whether the cue at v is an outlet's way of telling what its unnamed
 * sources told it: "The BBC understands that ...", "CNN has learned
 * that ...", "The Nation has learnt". The outlet is named, the source is
 * not: vague, as "is understood to" is. */
static int own_sourcing(const actx *x, uint32_t v, const source *s)
{
	/* "understands" of an outlet only: "Ohio understands that we
	 * can't wait ..." is a stance */
	static const char *const outlets[] = { "bbc",      "news",       "times",  "post",   "telegraph",
		                               "guardian", "journal",    "itv",    "sky",    "reuters",
		                               "mail",     "express",    "mirror", "herald", "observer",
		                               "standard", "independent" };
	if (is(x, v, "understands"))
		return s->t1 > s->t0 && DOC_TOK_IN(x->d, s->t1 - 1, outlets);
	return (is(x, v, "learned") || is(x, v, "learnt")) && v > 0 &&
	       (is(x, v - 1, "has") || is(x, v - 1, "have"));
}

/* Whether "see" before token v1 means to undergo rather than to judge: a
 * noun of change closes its object within a few words ("will see a 3.5 per
 * cent increase", "are expected to see a rise in rates"); its caller asks
 * for a future or an infinitive, where no one can have seen it yet (a past
 * "has seen a rise in burglaries" is left a cue, as annotators mark it); not
 * "see the rise as a threat", where "as" makes it a view, nor "sees parallels
 * between the rise of ...", where the change is not what is seen. */
static int sees_a_change(const actx *x, uint32_t v1)
{
	static const char *const changes[] = { "increase",  "increases", "rise",   "rises",    "spike",
		                               "jump",      "surge",     "drop",   "drops",    "decline",
		                               "declines",  "fall",      "uptick", "downturn", "boom",
		                               "hike",      "hikes",     "influx", "slump",    "dip",
		                               "reduction", "cut",       "cuts",   "gain",     "gains" };
	uint32_t end = v1 + 7 < x->n ? v1 + 7 : x->n;
	for (uint32_t k = v1; k < end && T(x, k)->sent == T(x, v1)->sent && !x->inq[k]; k++) {
		if (T(x, k)->kind == TOK_PUNCT && !doc_mark_at(x->d, k, '-') && !doc_mark_at(x->d, k, '.') &&
		    !doc_mark_at(x->d, k, '%'))
			return 0;
		if (DOC_TOK_IN(x->d, k, changes))
			return !(k + 1 < x->n && is(x, k + 1, "as"));
		if (role(x, k, "prep") && !is(x, k, "per"))
			return 0; /* "sees parallels between the growth of ...": the change is not the object
			           */
	}
	return 0;
}

/* Whether "add" before token v1 puts a thing somewhere: an object with a
 * determiner, then "to" and the place it goes or "for" and what it serves,
 * with no auxiliary, pronoun or "that" of a reported clause on the way
 * ("CISA added the flaw to its catalogue", "adds a hearing-test mode for
 * AirPods"); not "added the company would appeal" nor "added the fee for
 * members was too high", which report words. */
static int added_thing(const actx *x, uint32_t v1)
{
	int place = 0;
	if (v1 + 2 >= x->n || !role(x, v1, "det") || is(x, v1, "that") || x->inq[v1])
		return 0;
	for (uint32_t k = v1 + 1; k < x->n && k <= v1 + 8 && T(x, k)->sent == T(x, v1)->sent; k++) {
		if (x->inq[k] || role(x, k, "aux") || neg_word(x, k) || role(x, k, "pron") ||
		    role(x, k, "rel") || is(x, k, "that") || is(x, k, "following"))
			return 0; /* "added the following to her post: ..." quotes her */
		if (T(x, k)->kind == TOK_PUNCT && !doc_mark_at(x->d, k, '-'))
			break;
		if (is(x, k, "for") || (is(x, k, "to") && k + 1 < x->n &&
		                        (role(x, k + 1, "det") || (T(x, k + 1)->flags & TF_CAP))))
			place = 1;
	}
	return place;
}

/* Whether the verb at v reads as a noun or adjective, a passive, or an
 * infinitive, so that it reports nothing. */
/* "The study was supported by grants from the National Institutes of
 * Health", "The work was supported by the Wellcome Trust": research paid
 * for, not a stance or a word of the payer. The passive "supported by"
 * whose subject is research, or whose agent is a grant or a fund. */
static int funded_research(const actx *x, uint32_t v, uint32_t v1)
{
	static const char *const paid[] = { "grant", "grants", "funding",    "funds",
		                            "award", "awards", "fellowship", "fellowships" };
	static const char *const work[] = { "study",    "studies", "research", "work",
		                            "trial",    "trials",  "project",  "projects",
		                            "analysis", "survey",  "program",  "programme" };
	uint32_t lo = sent_start(x, v);
	if (!is(x, v, "supported") || v1 >= x->n || !is(x, v1, "by") || v < lo + 2 || !aux_word(x, v - 1))
		return 0;
	for (uint32_t k = v1 + 1; k < x->n && k <= v1 + 3 && !x->inq[k]; k++)
		if (DOC_TOK_IN(x->d, k, paid))
			return 1;
	uint32_t a = v - 1;
	while (a > lo && (aux_word(x, a - 1) || role(x, a - 1, "adv") || ly_adverb(x, a - 1)))
		a--;
	return a > lo && DOC_TOK_IN(x->d, a - 1, work);
}

/* Whether the cue at v, alone on its token, is its lemma with an "s" and
 * weak: "reports", "claims", "worries", a plural noun as much as a verb in
 * -s; not a participle or another form the lexicon names. A lemma in "y"
 * after a consonant takes "ies" ("worry", "worries"; "lobby", "lobbies"). */
static int weak_s_form(const actx *x, uint32_t v, uint32_t v1)
{
	const char *l = cue_attr(x, v, "lemma");
	const tok *t = T(x, v);
	const char *f = x->d->view.fold + t->fs;
	size_t n = l ? strlen(l) : 0, len = t->fe - t->fs;
	if (!l || v1 != v + 1 || cue_attr(x, v, "form") ||
	    src_attr_is(x->d, x->cue, v, "strength", "strong", 0))
		return 0;
	if (n > 1 && l[n - 1] == 'y' && len == n + 2 && memcmp(f + n - 1, "ies", 3) == 0)
		return memcmp(f, l, n - 1) == 0;
	return n + 1 == len && f[n] == 's' && memcmp(f, l, n) == 0;
}

/* Whether the weak cue at v, a plural in -s of its lemma ("reports",
 * "claims", "signals"), ends the object of a preposition: after the
 * preposition come one to three words in lower case and no article or
 * figure, as nouns stack in a compound ("data from credit reports",
 * "allow for public comment at", "good on campaign pledges to voters"),
 * and no subject stands inside a preposition's object. Not after a person or a
 * body that the preposition's phrase describes ("a spokesman for industry
 * claims"), nor after "of" ("the head of state wants"), nor after "in",
 * where the plural may be what the text cites ("was named in media reports
 * as"), nor before "that" or "into", which only a verb takes ("partially
 * calls into question"), nor before an infinitive ("the appeal among young
 * voters appears to be working"), nor a verb with no noun's sense ("seems",
 * src=none). */
static int prep_object_plural(const actx *x, uint32_t v, uint32_t v1)
{
	if (!weak_s_form(x, v, v1) || src_attr_is(x->d, x->cue, v, "src", "none", 0) ||
	    (v1 < x->n && (is(x, v1, "that") || is(x, v1, "into"))))
		return 0;
	/* "appears to be", "wants to run": a verb's infinitive; "pledges to
	 * their members" is a preposition's object */
	if (v1 + 1 < x->n && is(x, v1, "to") && !role(x, v1 + 1, "det") && !possessive(x, v1 + 1) &&
	    !src_attr(x->d, x->gram, v1 + 1, "art", 1))
		return 0;
	uint32_t lo = sent_start(x, v), k = v;
	while (k > lo && v - k < 3 && T(x, k - 1)->kind == TOK_WORD && !(T(x, k - 1)->flags & TF_CAP) &&
	       !x->gram[k - 1] && !x->ent[k - 1] && !x->inq[k - 1] && !x->qty[k - 1] && !ly_adverb(x, k - 1))
		k--;
	if (k == v || k <= lo || !role(x, k - 1, "prep") || is(x, k - 1, "of") || is(x, k - 1, "in"))
		return 0;
	uint32_t h = k - 1;
	return !(h > lo && (x->ent[h - 1] || (T(x, h - 1)->flags & TF_CAP) ||
	                    (x->srcw[h - 1] && !src_attr_is(x->d, x->srcw, h - 1, "class", "doc", 0))));
}

/* Whether the "her" at q, before the cue at v, is the object that ends a
 * relative clause of the subject, not an owner: "The groups who wrote to
 * her say they are worried", "Voters who met her said ...". It follows a
 * preposition or a verb, a "who" or "that" opens the clause a few words
 * before with no mark between, and the cue takes no noun's complement
 * after it (not "the man who answered her claim of ..."). */
static int object_her(const actx *x, uint32_t q, uint32_t v, uint32_t v1, uint32_t lo)
{
	if (!is(x, q, "her") || q < lo + 3 || v1 >= x->n ||
	    !(role(x, q - 1, "prep") || is(x, q - 1, "to") || ed_form(x, q - 1) || x->cue[q - 1]))
		return 0;
	if (!ed_form(x, v) && (T(x, v1)->kind == TOK_PUNCT || is(x, v1, "of") || is(x, v1, "for") ||
	                       is(x, v1, "that") || is(x, v1, "to")))
		return 0;
	for (uint32_t k = q - 1; k > lo && q - k < 10; k--) {
		if (T(x, k)->kind == TOK_PUNCT || x->inq[k])
			return 0;
		if (is(x, k, "who") || is(x, k, "that"))
			return T(x, k - 1)->kind == TOK_WORD && !x->cue[k - 1];
	}
	return 0;
}
/* Whether the weak cue at v, a plural in -s of its lemma ("worries",
 * "reports", "hopes"), is a noun before a verb that agrees only with a
 * plural: "Health worries have dogged the senator", "Early reports were
 * wrong". A verb in -s takes a singular subject, so "are", "were" or "have"
 * right after it is not its own; after a pronoun or a name the verb heads
 * a relative clause instead ("the figures he reports are wrong"). */
static int plural_before_verb(const actx *x, uint32_t v, uint32_t v1)
{
	static const char *const plural_verbs[] = { "are",     "were",    "have", "aren't",
		                                    "weren't", "haven't", "do",   "don't" };
	uint32_t lo = sent_start(x, v);
	if (!weak_s_form(x, v, v1) || !DOC_TOK_IN(x->d, v1, plural_verbs))
		return 0;
	/* a word that opens the sentence has no noun before it to head a
	 * relative clause, so it is the plural's modifier even capitalised:
	 * "Health worries have dogged her", "Agency reports were late" */
	if (v == lo + 1)
		return T(x, lo)->kind == TOK_WORD && !role(x, lo, "pron");
	return v == lo || !(role(x, v - 1, "pron") || x->ent[v - 1] || (T(x, v - 1)->flags & TF_CAP) ||
	                    T(x, v - 1)->kind != TOK_WORD);
}

static int not_a_report(const actx *x, uint32_t v, uint32_t v1)
{
	uint32_t lo = sent_start(x, v);
	uint32_t p = v;
	if (funded_research(x, v, v1))
		return 1;
	/* "All told, the group raised": in all, no telling */
	if (v > lo && is(x, v, "told") && is(x, v - 1, "all") && v1 < x->n && doc_mark_at(x->d, v1, ','))
		return 1;
	/* an instruction to whoever was told, with its auxiliary far back or
	 * left out: "was released on bond and ordered to surrender his
	 * passport", "were turned away and told to leave". A verb of telling
	 * takes its hearer before "to" when active, so "told to leave" is
	 * always passive (not "asked to see the manager", which is active). */
	static const char *const instructed[] = { "told",    "ordered", "instructed", "directed",  "urged",
		                                  "advised", "warned",  "reminded",   "encouraged" };
	if (v1 == v + 1 && v1 + 1 < x->n && is(x, v1, "to") && DOC_TOK_IN(x->d, v, instructed) &&
	    T(x, v1 + 1)->kind == TOK_WORD && !(T(x, v1 + 1)->flags & TF_CAP) && !x->gram[v1 + 1] &&
	    !x->srcw[v1 + 1])
		return 1;
	/* the page's tease to its reader, no one's wish on record: "what they
	 * don't want you to know", "THEY don't want you to see this"; not the
	 * wish said aloud ("DJ Marlo really wants you to know he doesn't like ...") */
	static const char *const teased[] = { "know",  "see",  "read",   "hear",
		                              "learn", "find", "forget", "watch" };
	static const char *const wants[] = { "want", "wants", "wanted" };
	if (v1 == v + 1 && v1 + 2 < x->n && DOC_TOK_IN(x->d, v, wants) && is(x, v1, "you") &&
	    is(x, v1 + 1, "to") && DOC_TOK_IN(x->d, v1 + 2, teased) && negated_verb(x, v))
		return 1;
	/* a label: "WARNING: Graphic Content", "Warning: spoilers"; and a
	 * headline's kicker, the verb alone opening its line with nobody who
	 * did it: "Revealed: What the memo says", "Confirmed: Ames will run" */
	if (v1 == v + 1 && v1 < x->n && doc_mark_at(x->d, v1, ':') && (T(x, v)->flags & TF_CAP) &&
	    (src_attr_is(x->d, x->cue, v, "form", "ing", 0) || v == 0 ||
	     (T(x, v)->flags & (TF_NEWLINE | TF_PARA))))
		return 1;
	/* past adverbs and a negation: "were not told to shelter", "was never
	 * asked" are passives as "were told" is */
	while (p > lo && (role(x, p - 1, "adv") || ly_adverb(x, p - 1) || role(x, p - 1, "neg")))
		p--;
	if (p > lo) {
		uint32_t q = p - 1;
		if (src_attr(x->d, x->gram, q, "art", 1) &&
		    !(is(x, q, "that") && q > lo && T(x, q - 1)->kind == TOK_WORD &&
		      !role(x, q - 1, "det")) &&
		    !object_her(x, q, v, v1, lo))
			return 1; /* "the said", "his claims", "a report" */
		if (possessive(x, q) && !(q > lo && (role(x, q - 1, "pron") || role(x, q - 1, "rel"))) &&
		    !(is(x, q, "'s") && q > lo &&
		      (is(x, q - 1, "that") || is(x, q - 1, "this") || is(x, q - 1, "here") ||
		       is(x, q - 1, "there") || is(x, q - 1, "what"))))
			return 1; /* "Ames's claims"; but "That's according to ..." */
		if ((T(x, q)->kind == TOK_NUM ||
		     (role(x, q, "prep") && !src_attr(x->d, x->cue, v, "form", 0))) &&
		    ed_form(x, v1 - 1) && !complement(x, v1))
			return 1; /* "20 pledged delegates", "in pledged delegates" */
		if (q == v - 1 && T(x, q)->kind == TOK_NUM && !ed_form(x, v) &&
		    src_plural_form(x->d->view.fold + T(x, v)->fs, T(x, v)->fe - T(x, v)->fs) &&
		    !(q > lo && T(x, q - 1)->kind == TOK_WORD && (T(x, q - 1)->flags & TF_CAP)))
			return 1; /* "47 calls for help", "12 claims": a figure counts a
			           * noun; not "Article 5 says", a name's number */
		if (role(x, q, "prep") && !is(x, q, "to") && !src_attr(x->d, x->cue, v, "form", 0) &&
		    !ed_form(x, v1 - 1) && !src_attr_is(x->d, x->cue, v, "type", "prep", 0) && !x->ent[q] &&
		    !(T(x, q)->flags & TF_CAP) && !stranded_prep(x, q, lo))
			return 1; /* "stayed home in hopes", "for fear of": a noun */
		/* a plural of things opening the sentence is no name: "Boxes
		 * found in a creek ... held" (but "Investigators found in ...") */
		int things = q == lo &&
		             src_plural_form(x->d->view.fold + T(x, q)->fs, T(x, q)->fe - T(x, q)->fs) &&
		             !src_people_plural(x->d, q) && !x->srcw[q];
		/* a strong verb too after a plural of things in lower case, when
		 * it is one that papers do to things ("the other risks described
		 * in the annual report", "fees charged for refills", "three
		 * videos posted to Telegram"), not one
		 * that people do ("the plaintiffs argued for", "the two
		 * countries said in a statement") */
		static const char *const done_to[] = { "described", "detailed",  "outlined",  "cited",
			                               "mentioned", "listed",    "published", "blamed",
			                               "charged",   "disclosed", "quoted",    "posted" };
		int thing_plural =
		        DOC_TOK_IN(x->d, v, done_to) && !(T(x, q)->flags & TF_CAP) &&
		        src_plural_form(x->d->view.fold + T(x, q)->fs, T(x, q)->fe - T(x, q)->fs) &&
		        !src_people_plural(x->d, q);
		/* so too after a document, which is what is posted, not who
		 * posts: "the report published in a journal", "a statement
		 * posted on its website"; "to" is then a preposition too
		 * ("three videos posted to Telegram") */
		int doc_done = DOC_TOK_IN(x->d, v, done_to) && !(T(x, q)->flags & TF_CAP) &&
		               src_attr_is(x->d, x->srcw, q, "class", "doc", 0);
		if (q == v - 1 && v1 < x->n &&
		    (role(x, v1, "prep") || (is(x, v1, "to") && (thing_plural || doc_done))) &&
		    !is(x, v1, "by") && (ed_form(x, v) || is(x, v, "found")) && T(x, q)->kind == TOK_WORD &&
		    !x->gram[q] && ((!x->ent[q] && !(T(x, q)->flags & TF_CAP)) || things) &&
		    (!x->srcw[q] || doc_done) && !x->inq[q] &&
		    (!src_attr_is(x->d, x->cue, v, "strength", "strong", 0) || thing_plural || doc_done))
			return 1; /* "the bombs found in New Jersey", "the emails
			           * obtained under the law": a participle on its
			           * noun, not the noun's verb */
		if (q == v - 1 && v1 == v + 1 && quantified_noun(x, q, v))
			return 1; /* "many questions", "one call", "some affirming language" */
		if ((is(x, q, "most") || is(x, q, "least")) && q > lo && role(x, q - 1, "det"))
			return 1; /* "the most reasoned example", "the most wanted men" */
		if (is(x, q, "is") || is(x, q, "are") || is(x, q, "was") || is(x, q, "were") ||
		    is(x, q, "be") || is(x, q, "been") || is(x, q, "being") || is(x, q, "isn't") ||
		    is(x, q, "aren't") || is(x, q, "wasn't") || is(x, q, "weren't")) {
			/* a passive: "was told", "is expected" -- the subject is not the speaker */
			const char *form = cue_attr(x, v, "form");
			const char *base = cue_attr(x, v, "lemma");
			if (!form && v1 == v + 1 && base && is(x, v, base) && !(v1 < x->n && is(x, v1, "by")))
				return 1; /* the bare form is no participle: "are lawfully present" */
			if (!form && is(x, v, "shown") && v1 < x->n && T(x, v1)->kind == TOK_WORD &&
			    !is(x, v1, "to") && !is(x, v1, "by") && !is(x, v1, "that") && !x->inq[v1] &&
			    !src_ing_form(x->d, v1) && !role(x, v1, "prep"))
				return 1; /* "users were shown ads", "had been shown harmful
				           * content": what was put before their eyes, no
				           * finding (not "was shown to work", "shown by",
				           * nor "is shown lecturing", "shown in a photograph
				           * using", a film's or a picture's record) */
			if (!form)
				return v1 < x->n && is(x, v1, "by") ? 0 : 2;
		}
		if (q == v - 1 && T(x, q)->kind == TOK_WORD && !role(x, q, "pron") &&
		    passive_on_noun(x, v, v1))
			return 2;
		if (is(x, q, "to") && !src_attr_is(x->d, x->cue, v, "type", "prep", 0) &&
		    !src_attr_is(x->d, x->cue, v, "form", "ing", 0) && !x->ent[q] &&
		    !stranded_prep(x, q, lo) && !(q == p - 1 && verb_before_to(x, lo, q) != UINT32_MAX))
			return q == p - 1 && q > lo && infinitive_subject(x, q - 1) ? 3 : 1; /* "to say" */
	}
	/* "more popular than almost anyone had predicted": a comparison
	 * with what somebody unnamed expected, no report */
	for (uint32_t q = v; q > lo && v - q < 5; q--) {
		uint32_t t = q - 1;
		if (is(x, t, "than"))
			return 1;
		if (!(aux_word(x, t) || role(x, t, "adv") || ly_adverb(x, t) || is(x, t, "anyone") ||
		      is(x, t, "anybody") || is(x, t, "everyone") || is(x, t, "everybody") ||
		      is(x, t, "most") || is(x, t, "many") || is(x, t, "others") || is(x, t, "almost") ||
		      is(x, t, "nearly")))
			break;
	}
	if (naming(x, v, v1))
		return 1;
	if (plural_before_verb(x, v, v1))
		return 1; /* "Health worries have dogged her" */
	if (prep_object_plural(x, v, v1))
		return 1; /* "data from credit reports" */
	if (v1 < x->n && v1 > v && is(x, v1 - 1, "for") && is(x, v1, "comment"))
		return 1; /* "emails and phone calls for comment": requests */
	/* "added to the list", "That said,", "Having said that," */
	const char *lemma = cue_attr(x, v, "lemma");
	if (lemma && strcmp(lemma, "add") == 0 && v1 < x->n && (is(x, v1, "to") || is(x, v1, "up")))
		return 1;
	if (lemma && strcmp(lemma, "add") == 0 && added_thing(x, v1))
		return 1;
	/* a request in the bare form or after "to", not a report ("to ask for
	 * money", "people who ask for help"); but the finite past or third
	 * person puts a demand on record as "called for" does: "the senators
	 * asked for the dates", "the city asks for $2 million". Not with the
	 * thing asked for before it ("the cards they never asked for or
	 * wanted", "what he asked for."), nor for comment, which is the
	 * reporter's question */
	if (lemma && strcmp(lemma, "ask") == 0 && v1 < x->n && is(x, v1, "for") &&
	    !((is(x, v, "asked") || is(x, v, "asks")) && v1 + 1 < x->n && !is(x, v1 + 1, "comment") &&
	      !is(x, v1 + 1, "or") && !is(x, v1 + 1, "and") && !doc_mark_at(x->d, v1 + 1, '.') &&
	      !doc_mark_at(x->d, v1 + 1, ',') && !doc_mark_at(x->d, v1 + 1, ';')))
		return 1;
	if (lemma && strcmp(lemma, "ask") == 0 && v1 < x->n && (is(x, v1, "your") || is(x, v1, "you")))
		return 1; /* "ask your doctor": advice to the reader */
	if (lemma && strcmp(lemma, "respond") == 0 && dispatched_to(x, v1))
		return 1;
	/* a phone-in to a broadcast, no words yet: "she called into a radio
	 * show"; but "calls into question the claim" doubts it */
	if (lemma && strcmp(lemma, "call") == 0 && v1 == v + 1 && v1 + 1 < x->n && is(x, v1, "into") &&
	    !is(x, v1 + 1, "question") && !is(x, v1 + 1, "doubt"))
		return 1;
	/* a broadcast, no finding: "took to the morning shows to defend him",
	 * "television shows and films" (but "the survey shows", "a poll
	 * released Friday morning shows": a time, not a programme) */
	static const char *const broadcasts[] = { "morning", "talk",  "television", "tv",      "radio",
		                                  "game",    "quiz",  "reality",    "cooking", "chat",
		                                  "variety", "cable", "late-night" };
	static const char *const days[] = { "this", "yesterday", "tomorrow", "every", "each" };
	int abbr;
	if (lemma && strcmp(lemma, "show") == 0 && v > lo && DOC_TOK_IN(x->d, v - 1, broadcasts) &&
	    !(v - 1 > lo && (DOC_TOK_IN(x->d, v - 2, days) || doc_tok_weekday(x->d, T(x, v - 2), &abbr)))) {
		/* the programme may still carry words quoted after it, where no
		 * verb is: "the senator on a radio show \"We will win this
		 * state by ten points\"" (a title is short: "the TV show \"Top Chef\"") */
		uint32_t k = v1;
		if (v1 < x->n && quote_mark(x, v1))
			while (k + 1 < x->n && !quote_mark(x, k + 1) && k - v1 < 8)
				k++;
		if (k - v1 < 8)
			return 1;
	}
	/* a feast or a party, no praise of anything: "a crowd celebrating New
	 * Year's Day", "fans were celebrating in the street", "supporters
	 * celebrated." (but "celebrated the ruling as a victory") */
	static const char *const feasts[] = { "day",      "anniversary", "birthday", "holiday",
		                              "holidays", "christmas",   "easter",   "thanksgiving",
		                              "new",      "independence" };
	if (lemma && strcmp(lemma, "celebrate") == 0 && v1 == v + 1) {
		if (v1 >= x->n || (T(x, v1)->kind == TOK_PUNCT && !quote_mark(x, v1)) ||
		    (role(x, v1, "prep") && !is(x, v1, "by") && !is(x, v1, "as")))
			return 1;
		for (uint32_t k = v1; k < x->n && k < v1 + 4 && T(x, k)->kind == TOK_WORD; k++)
			if (DOC_TOK_IN(x->d, k, feasts) && (k > v1 || is(x, k, "christmas") ||
			                                    is(x, k, "easter") || is(x, k, "thanksgiving")))
				return 1;
	}
	/* the verb "found", to set up, in its bare form after "help": "she
	 * helped found the party"; the past of "find" never stands there
	 * ("helped police find", "was found to") */
	static const char *const helps[] = { "help", "helps", "helped", "helping" };
	if (is(x, v, "found") && p > lo && DOC_TOK_IN(x->d, p - 1, helps))
		return 1;
	/* a burden, no judgement: "the debts that weigh him down" */
	if (lemma && strcmp(lemma, "weigh") == 0 && v1 == v + 1 && v1 + 1 < x->n &&
	    (is(x, v1, "down") || (is(x, v1 + 1, "down") && T(x, v1)->kind == TOK_WORD)))
		return 1;
	if (lemma && strcmp(lemma, "see") == 0 && p > lo &&
	    (is(x, p - 1, "will") || is(x, p - 1, "would") || is(x, p - 1, "'ll") || is(x, p - 1, "to")) &&
	    sees_a_change(x, v1))
		return 1; /* "residents will see a 3.5 per cent increase" */
	if (lemma && strcmp(lemma, "remember") == 0 && v > lo + 1 &&
	    (is(x, v - 1, "can") || is(x, v - 1, "could")) &&
	    (is(x, v - 2, "anyone") || is(x, v - 2, "anybody") || is(x, v - 2, "everyone")))
		return 1; /* "for as long as anyone can remember": a time, nobody's memory */
	/* set phrases that open a sentence, or a parenthesis in it: "That
	 * said, the plan stands.", "(That said, she ...", "Enough said." */
	if (is(x, v, "said") && v > lo && (v - 1 == lo || T(x, v - 2)->kind == TOK_PUNCT) && v1 < x->n &&
	    ((is(x, v - 1, "that") && doc_mark_at(x->d, v1, ',')) ||
	     (is(x, v - 1, "enough") && (doc_mark_at(x->d, v1, '.') || doc_mark_at(x->d, v1, '!')))))
		return 1;
	if (is(x, v, "said") && v > lo && is(x, v - 1, "having") &&
	    (v - 1 == lo || T(x, v - 2)->kind == TOK_PUNCT) && v1 + 1 < x->n && is(x, v1, "that") &&
	    doc_mark_at(x->d, v1 + 1, ','))
		return 1; /* "Having said that, the plan stands.", "(Having said that, ..." */
	return 0;
}

/* A noun-like word ends the phrase before v (after auxiliaries and
 * adverbs): some subject is there even when we cannot classify it. */
static int noun_before(const actx *x, uint32_t v)
{
	uint32_t lo = sent_start(x, v), k = v;
	while (k > lo &&
	       (aux_word(x, k - 1) || role(x, k - 1, "adv") || neg_word(x, k - 1) || ly_adverb(x, k - 1)))
		k--;
	if (k <= lo)
		return 0;
	uint32_t j = k - 1;
	if (T(x, j)->kind == TOK_NUM)
		return 1;
	if (T(x, j)->kind != TOK_WORD || x->inq[j] || x->cue[j])
		return 0;
	return !x->gram[j] || role(x, j, "rel");
}

/* The pronoun that is the subject of v, across auxiliaries, adverbs and
 * negation ("they say", "we don't believe"), or UINT32_MAX. */
static uint32_t subject_pron(const actx *x, uint32_t v)
{
	uint32_t lo = sent_start(x, v), k = v;
	while (k > lo && v - k < 6 &&
	       (aux_word(x, k - 1) || role(x, k - 1, "adv") || neg_word(x, k - 1) || ly_adverb(x, k - 1)))
		k--;
	return k > lo && role(x, k - 1, "pron") && !x->inq[k - 1] ? k - 1 : UINT32_MAX;
}

/* Whether the passive at v is a verb of judging that a thing can take as
 * its subject, the view of people the text leaves unnamed ("the deal was
 * widely criticized", "the base has long been considered a contender",
 * "no ruling is expected soon", "the race is viewed as close"). Not what
 * was done to a thing ("the bomb was found", "the case was dismissed",
 * "the race was called"), nor "seen" without "as", which is what the eye
 * met ("a car is seen parked"), nor "considered for" a post or "as well",
 * which weighs it without a view ("a curfew is being considered"): 0
 * for those, and -1 for a verb that is no verb of judging. */
static int judged_passive(const actx *x, uint32_t v, uint32_t v1)
{
	static const char *const judged[] = { "consider", "criticize", "expect",  "view",      "see",
		                              "perceive", "describe",  "portray", "deem",      "blame",
		                              "question", "interpret", "regard",  "recognize", "praise",
		                              "condemn",  "label",     "brand",   "hail",      "accuse",
		                              "suspect",  "think",     "believe" };
	const char *lemma = cue_attr(x, v, "lemma");
	size_t k = 0;
	while (lemma && k < CRD_ARRAY_LEN(judged) && strcmp(lemma, judged[k]) != 0)
		k++;
	if (!lemma || k == CRD_ARRAY_LEN(judged))
		return -1;
	uint32_t a = v1;
	while (a < x->n && ly_adverb(x, a))
		a++;
	int as = a + 1 < x->n && is(x, a, "as") && !is(x, a + 1, "well");
	if (strcmp(lemma, "see") == 0)
		return as;
	if (strcmp(lemma, "consider") == 0)
		return !(a < x->n &&
		         (is(x, a, "for") || (is(x, a, "as") && !as) || T(x, a)->kind == TOK_PUNCT));
	return 1;
}

/* The verb at v is the reason an unnamed source gives for staying so: "One
 * woman, who asked not to be named because she | feared retaliation,
 * said", "who spoke on condition of anonymity because he | was not
 * authorized to discuss". Part of the source's phrase, no report. */
static int anon_reason(const actx *x, uint32_t v)
{
	uint32_t p = subject_pron(x, v);
	if (p == UINT32_MAX || p < 2)
		return 0;
	uint32_t b = p - 1;
	return (is(x, b, "because") || is(x, b, "as") || is(x, b, "since")) && spk_anon_ends_at(x, b);
}

/* Whether the passive at v (its match ending before v1) tells what was
 * met with or done to its subject rather than what was said or thought of
 * it ("a bomb was found", "bodies could be seen", "the plan was approved",
 * "the race was called", "the case was dismissed", "the talks were
 * concluded"), unless "as" follows ("was widely seen as a setback"); or
 * gives a name ("is known as"). */
static int acted_on(const actx *x, uint32_t v, uint32_t v1)
{
	static const char *const acted[] = { "find",    "see",     "show",      "observe", "realize",
		                             "approve", "admit",   "decide",    "declare", "decline",
		                             "dismiss", "justify", "guarantee", "argue",   "post",
		                             "swear",   "write",   "call",      "welcome", "tolerate",
		                             "conclude" };
	const char *lemma = cue_attr(x, v, "lemma");
	if (is(x, v, "known"))
		return 1; /* a name given: "the canal is known as the Blue Line" */
	if (lemma && !(v1 < x->n && is(x, v1, "as")))
		for (size_t a = 0; a < CRD_ARRAY_LEN(acted); a++)
			if (strcmp(lemma, acted[a]) == 0)
				return 1;
	return 0;
}

/* Whether the passive at v (its match ending before v1) has a subject of
 * any kind before its finite auxiliary: a passive says nothing of who
 * spoke, so its subject need be no speaker ("The walkout is considered the
 * largest", "Jokes are told", "what is often described as", "comments that
 * were echoed"). Not a passive with no finite auxiliary ("on being viewed
 * as", "loath to be seen", "lawsuits being considered"), nor "there are
 * fears", nor one of what was done to a thing (acted_on()). */
static int passive_subject(const actx *x, uint32_t v, uint32_t v1)
{
	if (acted_on(x, v, v1))
		return 0;
	static const char *const open[] = { "being", "be", "been" };
	static const char *const rel[] = { "what", "which", "that", "who" };
	uint32_t lo = sent_start(x, v), k = v;
	while (k > lo && v - k < 6 &&
	       (aux_word(x, k - 1) || role(x, k - 1, "adv") || neg_word(x, k - 1) || ly_adverb(x, k - 1)))
		k--;
	if (k == v || k <= lo || DOC_TOK_IN(x->d, k, open))
		return 0;
	uint32_t j = k - 1;
	const tok *t = T(x, j);
	if (x->inq[j] || t->kind != TOK_WORD)
		return 0;
	return DOC_TOK_IN(x->d, j, rel) || (!x->gram[j] && !x->cue[j]);
}

/* Whether "seems" or "appears" at v takes an infinitive after a noun
 * ("The rally seemed to energise the crowd", "the deficit appears to have
 * narrowed"): the writer's reading of a thing, as annotators mark it. Not
 * an adjective after it ("seemed likely"), left to the stance reading, nor
 * "to" before a noun ("seemed to the judges"), nor "what appears to be",
 * which names a thing. */
static int seems_to_act(const actx *x, uint32_t v, uint32_t v1)
{
	const char *lemma = cue_attr(x, v, "lemma"), *form = cue_attr(x, v, "form");
	if (!lemma || (strcmp(lemma, "seem") != 0 && strcmp(lemma, "appear") != 0) || form)
		return 0;
	if (v != v1 - 1 || v1 + 1 >= x->n || !is(x, v1, "to") || T(x, v1 + 1)->kind != TOK_WORD ||
	    (x->gram[v1 + 1] && !is(x, v1 + 1, "be") && !is(x, v1 + 1, "have")) || x->inq[v1])
		return 0;
	return noun_before(x, v) && !is(x, v - 1, "what");
}

/* A pronoun is the subject of v ("they say", "we believe", "it shows"),
 * whether or not it can be resolved: someone is speaking or thinking. it=0
 * leaves out "it", which in a passive is mostly nobody ("it could not be
 * verified"). */
static int pron_subject_it(const actx *x, uint32_t v, int it)
{
	uint32_t p = subject_pron(x, v);
	return p != UINT32_MAX && (it || !is(x, p, "it"));
}

static int pron_subject(const actx *x, uint32_t v)
{
	return pron_subject_it(x, v, 1);
}

/* A subject we cannot classify but that reads as one: a relative "who", a
 * capitalised word, a plural noun, or any word with an auxiliary between it
 * and the verb ("the deal has shown", "Governors balked", "Democrats, who
 * haven't seen"). */
static int plain_subject(const actx *x, uint32_t v)
{
	uint32_t lo = sent_start(x, v), k = v;
	int aux = 0;
	while (k > lo && v - k < 6 &&
	       (aux_word(x, k - 1) || role(x, k - 1, "adv") || neg_word(x, k - 1) || ly_adverb(x, k - 1))) {
		aux |= aux_word(x, k - 1) || neg_word(x, k - 1);
		k--;
	}
	if (k <= lo)
		return 0;
	uint32_t j = k - 1;
	if (k == v && j > lo + 2 && doc_mark_at(x->d, j, ',') && !x->inq[j]) {
		/* an aside between the plural that opens the sentence and the
		 * verb: "Two past votes, a decade apart, suggest ...",
		 * "Conservative critics, for the most part, are horrified by
		 * ...": the plural is the subject as it is with no aside */
		uint32_t c0 = lo;
		while (c0 < j && c0 < lo + 12 && !(T(x, c0)->kind == TOK_PUNCT) && !x->cue[c0] && !x->inq[c0])
			c0++;
		if (c0 == j || c0 <= lo + 1 || !doc_mark_at(x->d, c0, ',') || j - c0 > 12 || j - c0 < 3)
			return 0; /* a word alone between commas is one of a list: "No
			           * fears, doubts, questions or regrets" */
		for (uint32_t a = c0 + 1; a < j; a++)
			if (x->cue[a] || x->inq[a] || quote_mark(x, a) || doc_mark_at(x->d, a, ','))
				return 0;
		j = c0 - 1;
		const tok *h = T(x, j);
		return h->kind == TOK_WORD && !x->gram[j] && !x->stance[j] &&
		       src_plural_form(x->d->view.fold + h->fs, h->fe - h->fs);
	}
	const tok *t = T(x, j);
	if (t->kind != TOK_WORD || x->inq[j] || x->cue[j] || x->stance[j])
		return 0;
	if (is(x, j, "who"))
		return 1;
	if (x->gram[j])
		return 0;
	int plural = src_plural_form(x->d->view.fold + t->fs, t->fe - t->fs);
	int cap = (t->flags & TF_CAP) && !(t->flags & TF_SENT);
	return aux || plural || cap;
}

/* Where the aside opens whose closing dash is at c: the dash before it in
 * the sentence, with no quotation mark between ("Dale Pruitt -- who lost
 * to Ames -- said"); UINT32_MAX when c is no such dash. */
static uint32_t dash_aside_open(const actx *x, uint32_t c)
{
	if (T(x, c)->kind != TOK_PUNCT || src_ch(x->d, c) != '-' || glued_hyphen(x, c) || x->inq[c])
		return UINT32_MAX;
	uint32_t lo = sent_start(x, c), k = c;
	/* "--" may come as two marks */
	if (k > lo && T(x, k - 1)->kind == TOK_PUNCT && src_ch(x->d, k - 1) == '-')
		k--;
	while (k > lo + 1 && c - k < 30) {
		k--;
		if (quote_mark(x, k) || x->inq[k])
			return UINT32_MAX;
		if (T(x, k)->kind == TOK_PUNCT && src_ch(x->d, k) == '-' && !glued_hyphen(x, k)) {
			while (k > lo && T(x, k - 1)->kind == TOK_PUNCT && src_ch(x->d, k - 1) == '-')
				k--;
			return k;
		}
	}
	return UINT32_MAX;
}

/* The quotation or comma just before v makes it an inverted attribution
 * ("...," said Smith) when a speaker follows. */
static int inverted_context(const actx *x, uint32_t v)
{
	if (v == 0)
		return 0;
	uint32_t p = v - 1;
	if (quote_mark(x, p) || closing_single(x, p))
		return 1;
	if ((doc_mark_at(x->d, p, ',') || doc_mark_at(x->d, p, '-')) && p > 0)
		return 1;
	return 0;
}

/* Whether a person's name follows a short description in lower case that
 * starts at i: "psychologist Nancy Moller", "former senator Bob Dale",
 * "longtime GOP strategist Rick Walden". */
static int described_name(const actx *x, uint32_t i)
{
	uint32_t hi = sent_end(x, i);
	for (uint32_t k = i; k < hi && k < i + 8; k++) {
		const uint32_t *e = entity(x, k);
		if (e && e[2] == F_NAMED_PERSON)
			return k > i;
		if (e) {
			k = e[1] - 1;
			continue;
		}
		const tok *t = T(x, k);
		/* a year that dates the role ("2012 nominee Ada Lund") and
		 * "and" between two roles of the one person ("former governor
		 * and party chair Tom Ek") */
		if (t->kind == TOK_NUM)
			continue;
		if (k > i && is(x, k, "and") && k + 1 < hi && !(T(x, k + 1)->flags & TF_CAP))
			continue;
		/* a noun of who one is that is a verb of saying too: "former
		 * champion Keisha Monroe" */
		if (t->kind != TOK_WORD || (t->flags & TF_CAP) || x->gram[k] || (x->cue[k] && !x->srcw[k]) ||
		    x->inq[k])
			return 0;
	}
	return 0;
}

/* The "by" of an agent set off from its passive verb by a short setting
 * that ends at v1's side: an adverb in "-ly" ("asked directly | by"), a
 * time ("praised last week | by") or a short phrase on "on", "over", "in",
 * "for", "about" or "at" with no verb in it ("attacked on the budget |
 * by", "recommended for the job | by"); v1 itself when there is none. */
static uint32_t gapped_agent(const actx *x, uint32_t v1)
{
	/* the "by" of a participle inside the setting is that participle's
	 * agent: "blamed for each act conducted | by", "asked during a
	 * luncheon held | by" */
	static const char *const settings[] = { "on", "over", "in", "for", "about", "at" };
	static const char *const done[] = { "held",    "made",  "given", "taken", "written", "done", "seen",
		                            "brought", "built", "set",   "put",   "led",     "won",  "sent",
		                            "paid",    "run",   "known", "shown", "told",    "said" };
	uint32_t hi = sent_end(x, v1), k = v1;
	if (k >= hi)
		return v1;
	const lex_match *m = src_match(x->d, x->gram, k);
	if (ly_adverb(x, k))
		k++;
	else if (m && src_attr_is(x->d, x->gram, k, "role", "time", 0))
		k = m->tok1;
	else if (DOC_TOK_IN(x->d, k, settings)) {
		uint32_t e = k + 1;
		while (e < hi && e - k <= 4 && (T(x, e)->kind == TOK_WORD || T(x, e)->kind == TOK_NUM) &&
		       !is(x, e, "by") && !role(x, e, "prep") && !x->cue[e] && !x->inq[e] &&
		       !aux_word(x, e) && !role(x, e, "rel") && !is(x, e, "that") && !is(x, e, "and") &&
		       !ed_form(x, e) && !DOC_TOK_IN(x->d, e, done))
			e++;
		k = e > k + 1 ? e : v1;
	}
	return k > v1 && k + 1 < hi && is(x, k, "by") && !x->inq[k + 1] ? k : v1;
}

/* Where the group of the verb at v starts, after sentence start lo: back
 * over auxiliaries, adverbs, negation and a date with its "on" or "in"
 * ("Ames on Monday night | accused", "Ruiz in 2011 | said"). The
 * subject ends right before it. */
static uint32_t verb_group(const actx *x, uint32_t lo, uint32_t v)
{
	uint32_t k = v;
	while (k > lo && v - k < 6 &&
	       (aux_word(x, k - 1) || role(x, k - 1, "adv") || neg_word(x, k - 1) || ly_adverb(x, k - 1) ||
	        (x->qty[k - 1] & Q_DATE) || floating(x, lo, k - 1)))
		k--;
	if (k < v && (x->qty[k] & Q_DATE) && k > lo && (is(x, k - 1, "on") || is(x, k - 1, "in")))
		k--;
	return k;
}

/* Whether token k heads a part of a whole: "One of", "most of", "many
 * in", "52 percent of", "a majority of". */
static int partitive(const actx *x, uint32_t k)
{
	static const char *const words[] = { "one",      "some",     "many",   "most",     "all",
		                             "both",     "half",     "none",   "each",     "few",
		                             "several",  "majority", "rest",   "minority", "any",
		                             "either",   "neither",  "dozens", "hundreds", "thousands",
		                             "millions", "percent",  "number" };
	return T(x, k)->kind == TOK_NUM || (x->qty[k] & Q_SHARE) || DOC_TOK_IN(x->d, k, words);
}

/* Whether the verb at v reports what a thing shows, which an unknown
 * noun before it does: "the caucuses will show", "the results underscore". */
static int shows_evidence(const actx *x, uint32_t v)
{
	static const char *const lemmas[] = { "show",      "indicate",   "underscore", "demonstrate",
		                              "highlight", "illustrate", "prove" };
	const char *lemma = cue_attr(x, v, "lemma");
	for (size_t i = 0; lemma && i < CRD_ARRAY_LEN(lemmas); i++)
		if (strcmp(lemma, lemmas[i]) == 0)
			return 1;
	return 0;
}

/* Determiners of one of a kind. */
static const char *const one_of[] = { "a", "an", "another", "each", "every", "this" };

/* The comma that opens a short aside between a subject and its verb at v,
 * when the aside names examples or a share rather than the speaker itself:
 * "Many hawks, like Ames and Bell, say", "Just over a third, 34 percent,
 * say", "Three plaintiffs, Lena Ames and Tom Bell, had challenged". Or
 * UINT32_MAX. */
static uint32_t example_aside(const actx *x, uint32_t v)
{
	static const char *const leads[] = { "like", "including", "especially", "notably" };
	uint32_t lo = sent_start(x, v), k = verb_group(x, lo, v);
	if (k < lo + 4 || !doc_mark_at(x->d, k - 1, ','))
		return UINT32_MAX;
	uint32_t c = k - 2;
	while (c > lo && k - c < 14 && !doc_mark_at(x->d, c, ',')) {
		if (x->inq[c] || quote_mark(x, c) || x->cue[c] || aux_word(x, c) || role(x, c, "rel"))
			return UINT32_MAX;
		c--;
	}
	if (c <= lo || !doc_mark_at(x->d, c, ','))
		return UINT32_MAX;
	uint32_t a = c + 1, e = k - 1;
	if (DOC_TOK_IN(x->d, a, leads) || (is(x, a, "such") && is(x, a + 1, "as")))
		return c;
	/* a share: "34 percent", "or 54%" */
	if (is(x, a, "or") && a + 1 < e)
		a++;
	if (T(x, a)->kind == TOK_NUM &&
	    (a + 1 == e || (a + 2 == e && (is(x, a + 1, "percent") || doc_mark_at(x->d, a + 1, '%')))))
		return c;
	/* names alone, one or two: "Lena Ames and Tom Bell" */
	for (uint32_t j = a; j < e;) {
		const uint32_t *n = entity(x, j);
		if (n && n[0] == j && n[2] == F_NAMED_PERSON)
			j = n[1];
		else if (j > a && is(x, j, "and"))
			j++;
		else
			return UINT32_MAX;
	}
	return c;
}

/* The subject before such an aside, which opens its clause: a phrase a
 * vocabulary knows, or a plain one ("Many hawks", "Three plaintiffs"). */
static int aside_speaker(const actx *x, uint32_t c, source *s)
{
	uint32_t lo = sent_start(x, c), b;
	if (spk_np_before(x, c - 1, s) && s->cls != SC_NONE) {
		b = s->t0;
		if (b == lo || doc_mark_at(x->d, b - 1, ',') || role(x, b - 1, "bound"))
			return 1;
	}
	src_clear(s);
	b = spk_plain_start(x, lo, c - 1);
	if (b >= c ||
	    !(b == lo || role(x, b, "det") || doc_mark_at(x->d, b - 1, ',') || role(x, b - 1, "bound")))
		return 0;
	if (!spk_plain_phrase(x, b, c, s) || s->cls == SC_NONE)
		return 0;
	if (T(x, c + 1)->kind == TOK_NUM || is(x, c + 1, "or")) {
		s->cls = SC_VAGUE; /* a share of a sample: "A third, 34 percent," */
		s->kind = NULL;
	}
	return 1;
}

/* The unknown speaker of a verb of saying: before it ("a veteran of the
 * campaign said") or, inverted, after it ("..., said an industry lobbyist").
 * Returns 1 with the speaker in s, 0 when there is none, -1 when the word
 * is no verb at all. */
static int plain_speaker(const actx *x, uint32_t v, uint32_t v1, int strong, source *s)
{
	uint32_t lo = sent_start(x, v);
	if (inverted_context(x, v)) {
		/* only after a quotation: ", said the Haddad family deserved
		 * better" is a clause, not a speaker */
		if (!quote_mark(x, v - 1) && !(v > 1 && quote_mark(x, v - 2)))
			return 0;
		uint32_t hi = sent_end(x, v), k = v1;
		while (k < hi && k - v1 < NP_MAX && spk_np_token(x, k) && !role(x, k, "prep"))
			k++;
		return k > v1 && spk_plain_phrase(x, v1, k, s);
	}
	uint32_t k = verb_group(x, lo, v);
	uint32_t e = k, b = k > lo ? spk_plain_start(x, lo, k - 1) : k;
	if (b > lo && b < e && spk_the_number(x, b))
		b--; /* "The | two camps" */
	int clause = b < e && is(x, b, "that") && spk_that_clause(x, b, e - 1);
	if (clause)
		b++; /* "a strike that | company executives said", "sick that | anyone would" */
	/* the count of a plain plural opens the phrase: "Dozens of novelists
	 * suggested", "A number of beekeepers said" (a crowd, as the plural is) */
	uint32_t count = b;
	if (!clause && b < e && b > lo + 1 && is(x, b - 1, "of") && partitive(x, b - 2) &&
	    src_plural_form(x->d->view.fold + T(x, e - 1)->fs, T(x, e - 1)->fe - T(x, e - 1)->fs)) {
		count = b - 2;
		while (count > lo && b - count < 5 && T(x, count - 1)->kind == TOK_WORD &&
		       !(T(x, count - 1)->flags & TF_CAP) && !is(x, count - 1, "that") &&
		       (role(x, count - 1, "det") || partitive(x, count - 1) || is(x, count - 1, "of") ||
		        is(x, count - 1, "at") || is(x, count - 1, "least")))
			count--;
		if (!(count == lo || role(x, count, "det") || doc_mark_at(x->d, count - 1, ',') ||
		      role(x, count - 1, "bound")))
			count = b;
	}
	if (!clause && count == b && b < e && b > lo + 3 && (is(x, b - 1, "and") || is(x, b - 1, "or"))) {
		/* the second of two nouns a preposition takes is no subject;
		 * the plural before the preposition is, when it opens the
		 * clause: "Experts on trade and | tariffs said" */
		uint32_t a = spk_plain_start(x, lo, b - 2);
		if (a > lo + 1 && a < b - 1 && role(x, a - 1, "prep") && !partitive(x, a - 2)) {
			uint32_t h1 = a - 2, b1 = spk_plain_start(x, lo, h1);
			if (!src_plural_form(x->d->view.fold + T(x, h1)->fs, T(x, h1)->fe - T(x, h1)->fs))
				return 0;
			if (!(spk_np_before(x, h1, s) && s->cls != SC_NONE && !s->pronoun && s->t0 == b1)) {
				src_clear(s); /* a word of sources ("Experts") or a plain plural */
				if (!spk_plain_phrase(x, b1, h1 + 1, s))
					return 0;
			}
			if (!(b1 == lo || doc_mark_at(x->d, b1 - 1, ',') || role(x, b1 - 1, "bound")) ||
			    (b1 > lo && is(x, b1 - 1, "to"))) {
				src_clear(s); /* not "open to | appeals about how rivals
				               * and new rules threaten" */
				return 0;
			}
			s->t1 = e;
			return 1;
		}
	}
	if (b == e || !(clause || count < b || b == lo || role(x, b, "det") ||
	                doc_mark_at(x->d, b - 1, ',') || role(x, b - 1, "bound")))
		return 0;
	/* a thing, not a person, shows what the words say: "the map on the wall
	 * shows", "the county's tallies show"; it speaks as a document does, and
	 * no "he" or "she" stands for it. Not a thing denied ("No tests have
	 * shown ...") */
	int thing = !clause && shows_evidence(x, v);
	if (thing && (is(x, b, "no") || is(x, b, "none") || is(x, b, "neither")))
		return 0;
	if (!clause && e == v && bare_form(x, v) && DOC_TOK_IN(x->d, b, one_of) &&
	    !src_plural_form(x->d->view.fold + T(x, e - 1)->fs, T(x, e - 1)->fe - T(x, e - 1)->fs))
		return -1; /* one of a kind takes no bare verb: "As a general rule, if ..." */
	if (!spk_plain_phrase(x, b, e, s)) {
		/* an owner's body or person before "say" or "tell", which
		 * only report speech: "Syria's military command said",
		 * "Okafor's family has said" (not "Hale's choice suggests") */
		const char *lemma = cue_attr(x, v, "lemma");
		uint32_t p = e;
		while (p > b && !possessive(x, p - 1))
			p--;
		if (!strong || clause || !lemma ||
		    (strcmp(lemma, "say") != 0 && strcmp(lemma, "tell") != 0) || p <= b + 1 || p >= e ||
		    !spk_plain_phrase(x, p, e, s))
			return 0;
		s->t0 = b;
		s->cls = SC_ANON;
		s->kind = "person";
	}
	if (count < b) {
		s->t0 = count;
		s->cls = SC_VAGUE;
		s->kind = NULL;
		return 1;
	}
	source h; /* "Protesters marching through | the streets chanted" */
	if (!clause && spk_clause_object(x, lo, b, &h)) {
		*s = h;
		s->t1 = e;
	} else if (!clause && b > lo + 1 && role(x, b - 1, "prep") && !partitive(x, b - 2)) {
		/* a noun's modifier, not the subject: "her absence from | a
		 * fundraiser suggests" (but "One of | the organizers said"); the
		 * subject is the plural before it when that opens the clause:
		 * "But bundlers in both parties said" */
		uint32_t h1 = b - 2, b1 = spk_plain_start(x, lo, h1);
		if (!(b1 == lo || doc_mark_at(x->d, b1 - 1, ',') || role(x, b1 - 1, "bound")) ||
		    !src_plural_form(x->d->view.fold + T(x, h1)->fs, T(x, h1)->fe - T(x, h1)->fs) ||
		    !spk_plain_phrase(x, b1, h1 + 1, s))
			return 0;
		s->t1 = e;
	}
	if (thing) {
		s->cls = SC_NAMED;
		s->kind = "document";
	}
	return 1;
}

/* A surname alone opening the sentence of its verb of saying, which the
 * names detector cannot tell from a capitalised common word there ("Ames
 * welcomed the news" in an article that never writes "Lena Ames").
 * Taken when the text never writes the word in lower case, no vocabulary
 * knows it, and the text capitalises it inside a sentence too, or else a
 * past form follows it ("Brill openly admitted that ...", named nowhere
 * else). */
static int opening_surname(const actx *x, uint32_t v, source *s)
{
	uint32_t lo = sent_start(x, v);
	return verb_group(x, lo, v) == lo + 1 && spk_surname_at(x, lo, v, s);
}

/* The subject of a verb joined by "and" or "but" (at c) to the verb of a
 * relative clause on "who": in "Tom told Annette Gessner, who
 * answered her door and said she would caucus" the speaker is "who", not
 * the last speaker of the sentence. No punctuation or quotation may stand
 * between: in "Smith met Jones, who was angry, and said" the comma closes
 * the clause. */
static int relative_conjunct(const actx *x, uint32_t c, source *s)
{
	uint32_t lo = sent_start(x, c);
	for (uint32_t k = c; k-- > lo && c - k <= 20;) {
		if (x->inq[k] || T(x, k)->kind == TOK_PUNCT)
			return 0;
		if (is(x, k, "who")) {
			src_clear(s);
			return spk_subject_before(x, k + 1, s) && s->cls != SC_NONE;
		}
	}
	return 0;
}

/* Whether the participle at v opens its sentence after a preposition: "In
 * describing his rival, ...", "After suggesting that he erred, ...",
 * "Instead of calling himself a liberal, ...". */
static int opening_participle(const actx *x, uint32_t v)
{
	static const char *const openers[] = { "in",    "after", "before", "while",   "when",    "by",
		                               "since", "upon",  "on",     "without", "besides", "despite" };
	uint32_t lo = sent_start(x, v);
	return src_ing_form(x->d, v) && ((v == lo + 1 && DOC_TOK_IN(x->d, lo, openers)) ||
	                                 (v == lo + 2 && is(x, lo, "instead") && is(x, lo + 1, "of")));
}

/* The subject of such a participle ("In describing his rival, Lane said",
 * "After suggesting that he erred, Mr. Ruiz apologized"): the main
 * clause's subject after the phrase's comma. */
static int opening_participle_subject(const actx *x, uint32_t v, source *s)
{
	/* with no preposition before it, only where the main verb is a
	 * verb of saying itself: "Stressing the cost, Lane said ..." (not
	 * "Citing the cost, the board cut ...", whose act is no report),
	 * and not for an aim ("Seeking to calm the crowd, Lane said ...") */
	static const char *const aims[] = { "seeking",  "hoping",  "aiming",    "trying",    "wanting",
		                            "planning", "looking", "intending", "expecting", "attempting" };
	int bare = v == sent_start(x, v) && src_ing_form(x->d, v) &&
	           !(DOC_TOK_IN(x->d, v, aims) && v + 1 < x->n && is(x, v + 1, "to"));
	if (!opening_participle(x, v) && !bare)
		return 0;
	uint32_t hi = sent_end(x, v), k = v + 1;
	while (k < hi && k < v + 24 && !doc_mark_at(x->d, k, ',') && !x->inq[k] && !quote_mark(x, k))
		k++;
	if (k + 1 >= hi || !doc_mark_at(x->d, k, ','))
		return 0;
	if (!spk_np_after(x, k + 1, s) || s->cls == SC_NONE)
		return 0;
	/* the phrase stops before the main verb: not "the crowd gathered in
	 * the square outside the hall" */
	for (uint32_t j = s->t0 + 1; j < s->t1; j++)
		if (ed_form(x, j) && !x->ent[j] && !(T(x, j)->flags & TF_CAP))
			return 0;
	if (bare) {
		uint32_t w = s->t1;
		while (w < hi && w < s->t1 + 3 && (aux_word(x, w) || ly_adverb(x, w) || role(x, w, "adv")))
			w++;
		if (w >= hi || !x->cue[w] || x->inq[w] ||
		    !src_attr_is(x->d, x->cue, w, "strength", "strong", 0))
			return 0;
		/* what was said follows the verb, not before it, where the
		 * participle would be part of it: "Finding the leak is not
		 * easy, he said.", "..., she said in May." (a few words that
		 * end the sentence are read so) */
		uint32_t a = src_match(x->d, x->cue, w)->tok1, e = a;
		while (e < hi && e < a + 6 && (T(x, e)->kind == TOK_WORD || T(x, e)->kind == TOK_NUM) &&
		       !is(x, e, "that") && !x->cue[e])
			e++;
		if (e > a && (e >= hi || (T(x, e)->kind == TOK_PUNCT && strchr(".!?", src_ch(x->d, e)))))
			return 0;
		return a + 1 < hi && !doc_mark_at(x->d, a, '.') &&
		       (T(x, a)->kind != TOK_PUNCT || quote_mark(x, a + 1) || doc_mark_at(x->d, a, ':'));
	}
	return 1;
}

/* Whether a speaker ending at t1 spoke in a clause that opens the sentence
 * at lo with a subordinator and closes at its first comma, before v: "While farm
 * groups pushed for new rules, Ames has rallied crowds by promising ..."
 * is Ames's promise, the subject of the main clause, not the groups'; so is
 * "As the mayor hints at a levy, Pruitt is having none of it, saying ...". */
static int opening_clause_speaker(const actx *x, uint32_t lo, uint32_t t1, uint32_t v)
{
	static const char *const subs[] = { "while", "although", "though", "whereas", "when", "because",
		                            "since", "after",    "before", "if",      "as" };
	if (!DOC_TOK_IN(x->d, lo, subs))
		return 0;
	uint32_t c = lo + 1;
	while (c < v && c < lo + 24 && !doc_mark_at(x->d, c, ',') && !x->inq[c])
		c++;
	return c < v && t1 <= c && doc_mark_at(x->d, c, ',');
}

/* Whether an auxiliary stands before the participle at v, over adverbs
 * and a negation: "was never mentioned", "has not yet been praised". */
static int passive_aux(const actx *x, uint32_t v)
{
	uint32_t lo = sent_start(x, v), k = v;
	while (k > lo && v - k < 5 && (role(x, k - 1, "adv") || ly_adverb(x, k - 1) || neg_word(x, k - 1)))
		k--;
	return k > lo && aux_word(x, k - 1);
}

/* The speaker of a participle (", saying ..."): the last speaker found in
 * this sentence, or the first speaker-like phrase that opens the clause. */
static int clause_subject(actx *x, uint32_t v, source *s)
{
	uint32_t lo = sent_start(x, v);
	if (x->nhist && x->hist[x->nhist - 1].sent == T(x, v)->sent && x->hist[x->nhist - 1].src.t0 >= lo &&
	    x->hist[x->nhist - 1].src.t1 <= v &&
	    !opening_clause_speaker(x, lo, x->hist[x->nhist - 1].src.t1, v)) {
		*s = x->hist[x->nhist - 1].src;
		return 1;
	}
	uint32_t k0 = lo;
	if (x->qty[lo] & Q_DATE) {
		/* "Several hours later, Marsh ...", "Last week Tovar ...",
		 * "1960: Haskell ..." */
		while (k0 < v && (x->qty[k0] & Q_DATE))
			k0++;
		if (k0 < v && (doc_mark_at(x->d, k0, ',') || doc_mark_at(x->d, k0, ':')))
			k0++;
	} else if (src_attr_is(x->d, x->gram, lo, "role", "time", 0) && !role(x, lo, "time")) {
		/* a setting of a few words, with or without its comma: "In a
		 * statement, Rep. Ada Lund reacted to the news, saying ..." is
		 * Lund, not the statement; "On Sunday Lund went further,
		 * writing ..."; the setting's tail goes on to the comma when
		 * nobody is named in it ("In a letter sent last week, ...") or
		 * a preposition opens it, whose object is no subject ("In a
		 * letter to the board, the mayor ...") */
		k0 = src_match(x->d, x->gram, lo)->tok1;
		uint32_t c = k0;
		int prep = c < v && (role(x, c, "prep") || role(x, c, "bound"));
		while (c < v && c < k0 + 8 && !doc_mark_at(x->d, c, ',') && !x->cue[c] && !x->inq[c] &&
		       (prep || (!x->ent[c] && !x->srcw[c] && !x->title[c])))
			c++;
		if (c < v && doc_mark_at(x->d, c, ','))
			k0 = c + 1;
	} else if (role(x, lo, "prep") || role(x, lo, "bound") || role(x, lo, "time") ||
	           (x->cue[lo] && !x->srcw[lo]) || spk_opening_ing(x, lo)) {
		/* "In a victory speech on Tuesday, Mr. Ames struck a measured tone,
		 * saying ...", "Asked about it, Pruett thought for a moment and
		 * said", "Speaking at a town hall, Ames went after Pruett,
		 * calling him ...": the subject comes after the opening phrase */
		while (k0 < v && k0 < lo + 20 && !doc_mark_at(x->d, k0, ','))
			k0++;
		if (k0 >= v || k0 >= lo + 20)
			return 0;
		k0++;
	}
	for (uint32_t k = k0; k < v && k < k0 + 20; k++) {
		if (x->inq[k] || quote_mark(x, k))
			return 0;
		if (role(x, k, "pron") && !src_attr(x->d, x->gram, k, "person", 1)) {
			spk_resolve_pronoun(x, k, s);
			return s->cls != SC_NONE;
		}
		if ((x->ent[k] && entity(x, k)[2] != F_PLACE) || x->srcw[k]) {
			/* the subject runs on over titles, source words and
			 * names: "Tulsa police chief Chad Jorgen has ..." */
			uint32_t h = k;
			while (h < v && h < k + NP_MAX) {
				if (x->ent[h])
					h = entity(x, h)[1];
				else if (x->srcw[h])
					h = src_match(x->d, x->srcw, h)->tok1;
				else if (x->title[h])
					h = src_match(x->d, x->title, h)->tok1;
				else if (h + 1 < v && x->srcw[h + 1] && !x->gram[h + 1] &&
				         T(x, h)->kind == TOK_WORD && !x->gram[h] && !x->cue[h] &&
				         !x->inq[h] && !x->ent[h - 1] && !ed_form(x, h))
					h++; /* a noun before a source noun: "State news agency",
					      * not "Bucknell lost several", "Navarro rallied supporters" */
				else
					break;
			}
			if (h > v)
				h = v; /* a name or phrase running into the verb */
			if (!spk_np_before(x, h - 1, s))
				return 0;
			/* not "That prompted | Ames campaign manager Rita
			 * Soldano": a verb before the subject is no part of it */
			uint32_t verb = UINT32_MAX;
			for (uint32_t b = s->t0; b < k; b++)
				if (participle(x, b) || x->cue[b])
					verb = b;
			if (verb != UINT32_MAX) {
				uint32_t t = k;
				while (t > verb + 1 && (T(x, t - 1)->flags & TF_CAP) && !x->gram[t - 1])
					t--;
				s->t0 = t;
			}
			return 1;
		}
		if (role(x, k, "bound") || role(x, k, "prep"))
			break;
	}
	return 0;
}

/* The verb "took" of "took to Instagram to deny ...", "took to social media
 * on Monday to slam ...", for the infinitive at v: a platform's name or
 * "media" before its "to", after "took to"; UINT32_MAX when none. */
static uint32_t took_to_platform(const actx *x, uint32_t v)
{
	static const char *const took[] = { "took", "take", "takes", "taking" };
	uint32_t lo = sent_start(x, v);
	if (v < lo + 5 || !is(x, v - 1, "to"))
		return UINT32_MAX;
	for (uint32_t k = v - 1; k > lo + 2 && v - k < 7; k--) {
		if (!is(x, k - 1, "to") || !DOC_TOK_IN(x->d, k - 2, took))
			continue;
		/* the platform: a name ("Instagram", "X") or "social media" */
		if ((x->ent[k] && entity(x, k)[2] == F_NAMED_ORG) ||
		    (is(x, k, "social") && is(x, k + 1, "media")))
			return k - 2;
	}
	return UINT32_MAX;
}

/* A vague attribution over tokens [t0, t1), with its cue [c, c1) of the
 * given lemma; 0, or -1 when out of memory. */
static int emit_vague(actx *x, uint32_t t0, uint32_t t1, uint32_t c, uint32_t c1, const char *lemma)
{
	crd_doc *d = x->d;
	uint32_t it = doc_add(d, F_VAGUE_ATTRIBUTION, T(x, t0)->s, T(x, t1 - 1)->e);
	if (it == UINT32_MAX)
		return -1;
	doc_attr_strn(d, it, "cue", d->view.fold + T(x, c)->fs, T(x, c1 - 1)->fe - T(x, c)->fs);
	return emit_cue(x, c, c1, lemma, NULL);
}

/* The weasel passive with an adverb inside, which the phrase list does not
 * reach: "A stone cross is traditionally said to mark the site", "Several
 * works are now believed to be by his pupil", "He is sometimes credited
 * with", "It is widely regarded as". An auxiliary at i, one or two
 * adverbs, a participle of saying or judging and the word it takes. A
 * vague attribution over them, the participle its cue; 0 when none. */
static uint32_t adverb_weasel(actx *x, uint32_t i, int *err)
{
	static const char *const aux[] = { "is", "are", "was", "were" };
	static const char *const advs[] = { "now",  "still", "often", "sometimes",
		                            "also", "long",  "once",  "widely" };
	static const struct {
		const char *part, *next, *lemma;
	} said[] = {
		{ "said", "to", "say" },
		{ "believed", "to", "believe" },
		{ "thought", "to", "think" },
		{ "reported", "to", "report" },
		{ "rumored", "to", "rumor" },
		{ "rumoured", "to", "rumor" },
		{ "alleged", "to", "allege" },
		{ "reputed", "to", "repute" },
		{ "considered", "to", "consider" },
		{ "considered", "as", "consider" },
		{ "regarded", "as", "regard" },
		{ "credited", "with", "credit" },
	};
	const tok *a = T(x, i);
	char c0 = x->d->view.fold[a->fs];
	if (i + 3 >= x->n || a->fe - a->fs > 4 || (c0 != 'i' && c0 != 'a' && c0 != 'w') ||
	    !DOC_TOK_IN(x->d, i, aux))
		return 0; /* a byte and a length before the word list */
	uint32_t k = i + 1;
	while (k < x->n && k - i <= 2 && (ly_adverb(x, k) || DOC_TOK_IN(x->d, k, advs)))
		k++;
	if (k == i + 1 || k + 1 >= x->n || x->inq[k])
		return 0;
	for (size_t n = 0; n < CRD_ARRAY_LEN(said); n++) {
		if (!is(x, k, said[n].part) || !is(x, k + 1, said[n].next))
			continue;
		if (emit_vague(x, i, k + 1, k, k + 1, said[n].lemma) != 0)
			*err = 1;
		return k + 1;
	}
	return 0;
}

/* Impersonal attributions: "it is believed", "reportedly". Returns the token
 * after the phrase, or 0 when there is none at i. */
static uint32_t vague_phrase(actx *x, uint32_t i, int *err)
{
	const lex_match *m = src_match(x->d, x->vague, i);
	if (!m)
		return adverb_weasel(x, i, err);
	uint32_t end = m->tok1;
	if (end < x->n && is(x, end - 1, "known") &&
	    (is(x, end, "from") || is(x, end, "for") || is(x, end, "as") || is(x, end, "to")))
		return end; /* "It is known from only a handful of specimens": a record, no weasel */
	/* the crowd after "according to some": "According to some sources,",
	 * "according to many historians" */
	if (end < x->n && (is(x, end - 1, "some") || is(x, end - 1, "many")) && T(x, end)->kind == TOK_WORD &&
	    !x->gram[end] && !x->inq[end])
		end = x->srcw[end] ? src_match(x->d, x->srcw, end)->tok1 : end + 1;
	const char *ci = lex_phrase_attr(x->d->engine->lex, m->phrase, "cue");
	uint32_t c = m->tok0 + (ci ? (uint32_t)atoi(ci) : 0);
	if (c >= m->tok1)
		c = m->tok0;
	uint32_t c1 = c + 1;
	if (is(x, c, "according") && c1 < m->tok1)
		c1++;
	crd_doc *d = x->d;
	/* the cue's lemma: the verb's, or the phrase's own ("word is",
	 * "by some accounts") */
	const char *lemma = cue_attr(x, c, "lemma") ? lemma_of(x, c)
	                                            : lex_phrase_attr(d->engine->lex, m->phrase, "lemma");
	if (lex_phrase_attr(d->engine->lex, m->phrase, "only")) {
		if (emit_cue(x, c, c1, lemma, NULL) != 0)
			*err = 1;
		return m->tok1;
	}
	if (emit_vague(x, m->tok0, end, c, c1, lemma) != 0)
		*err = 1;
	return end;
}

static int finite_form(const actx *x, uint32_t i);

/* Whether the verb at i stands in a relative clause on a noun that the
 * report c names but does not report about: its source or its object,
 * with no clause of what was said opened between ("said Pell, who backs
 * the levy", "echoed the tone of Lee, who has called the plan a fraud",
 * "praised Ames, who opposes it"). What the relative clause says is the
 * writer's word about that noun, not the speaker's. Not when the noun
 * goes on as the subject of what was said, its verb after the clause's
 * comma ("said the board, which has opposed the levy, would vote"). */
static int relative_aside(const actx *x, const cue_rec *c, uint32_t i)
{
	/* a relative clause right after the source the report names after
	 * its verb, past the source's own aside: "said Ann Roe, a scholar at
	 * the Lane Institute who describes the plan as ...", "said the
	 * woman, who like many in the village did not want to be named",
	 * "said Tom Hale, who, like other neighbours, recalled ..." */
	if (c->src_t0 != UINT32_MAX && c->src_t0 >= c->t1 && c->src_t1 <= i) {
		uint32_t w = c->src_t1;
		if (w < i && doc_mark_at(x->d, w, ','))
			w++;
		if (w < i && i - w <= 10 && (is(x, w, "who") || is(x, w, "which") || is(x, w, "whom"))) {
			uint32_t k = w + 1;
			while (k < i && !x->inq[k] && !x->cue[k] && !is(x, k, "that") &&
			       !subject_pronoun(x, k) &&
			       (T(x, k)->kind != TOK_PUNCT || doc_mark_at(x->d, k, ',')))
				k++;
			if (k == i)
				return 1;
		}
	}
	uint32_t r = i;
	while (r > c->t1 && i - r < 4 &&
	       (aux_word(x, r - 1) || neg_word(x, r - 1) || ly_adverb(x, r - 1) || role(x, r - 1, "adv")))
		r--;
	if (r > c->t1 && subject_pronoun(x, r - 1) && !is(x, r - 1, "who"))
		r--; /* the relative as the object: "Ohio, which he calls home" */
	if (r < c->t1 + 3 || !(is(x, r - 1, "who") || is(x, r - 1, "which") || is(x, r - 1, "whom")) ||
	    !doc_mark_at(x->d, r - 2, ','))
		return 0;
	for (uint32_t k = c->t1; k + 2 < r; k++)
		if ((T(x, k)->kind == TOK_PUNCT && !doc_mark_at(x->d, k, '.')) || x->inq[k] || x->cue[k] ||
		    is(x, k, "that") || subject_pronoun(x, k) || aux_word(x, k) || subordinator(x, k))
			return 0;
	uint32_t hi = sent_end(x, i);
	for (uint32_t k = i + 1; k + 1 < hi && k < i + 30; k++) {
		if (T(x, k)->kind != TOK_PUNCT)
			continue;
		if (!doc_mark_at(x->d, k, ','))
			break;
		uint32_t v = k + 1;
		while (v + 1 < hi && v < k + 3 && (ly_adverb(x, v) || neg_word(x, v)))
			v++;
		return !(aux_word(x, v) || (finite_form(x, v) && !src_ing_form(x->d, v)));
	}
	return 1;
}

/* Whether token i follows a verb of saying in its sentence, so that it is
 * part of what was said ("X said the army wanted ..."). */
static int inside_report(const actx *x, uint32_t i)
{
	if (!x->ncues)
		return 0;
	const cue_rec *c = &x->cues[x->ncues - 1];
	if (!c->strong || T(x, c->t0)->sent != T(x, i)->sent || c->t1 > i || i - c->t1 > 60)
		return 0;
	/* the outer verb in a relative clause of the subject, closed by its
	 * object pronoun: the verb after it is the main clause's, an object
	 * before a verb being no owner ("The farmers who wrote to her on
	 * Monday say they are worried", not "her say") */
	static const char *const objects[] = { "him", "her", "them", "us", "me" };
	uint32_t lo = sent_start(x, i), g = verb_group(x, lo, c->t0), v = verb_group(x, lo, i);
	if (g > lo && (role(x, g - 1, "rel") || is(x, g - 1, "that")) && v > c->t1 + 1 && v - c->t1 < 8 &&
	    DOC_TOK_IN(x->d, v - 1, objects))
		return 0;
	/* the outer verb in a relative clause between commas on the
	 * subject: the verb right after the closing comma is the main
	 * clause's ("Ames, who said the levy was unfair, endorsed Lane",
	 * "Ames, who criticized the plan in May, has backed it"), not a
	 * participle ("Ames, who said the levy was unfair, citing ..."),
	 * and when no report stands before the subject, whose content the
	 * sentence may still be ("Ames told jurors that Hale, who pleaded
	 * guilty, will testify ...") */
	if (g > lo + 1 && (is(x, g - 1, "who") || is(x, g - 1, "which")) && doc_mark_at(x->d, g - 2, ',') &&
	    v > c->t1 + 1 && doc_mark_at(x->d, v - 1, ',') && !x->inq[v - 1] && !src_ing_form(x->d, i) &&
	    (finite_form(x, i) || v < i)) {
		/* a report in the 40 words before the subject; a run with no
		 * full stop may hold thousands, and the look back stays short */
		int earlier = 0;
		for (uint32_t k = g > lo + 42 ? g - 42 : lo; k + 2 < g; k++)
			earlier |= x->cue[k] && !x->inq[k];
		uint32_t k = c->t1;
		while (k < v - 1 && k < c->t1 + 40 && !x->inq[k] && T(x, k)->kind != TOK_PUNCT)
			k++;
		if (k == v - 1 && !earlier)
			return 0;
	}
	/* a participle that opens the sentence, alone or after a
	 * preposition, heads a clause of its own, and the main clause after
	 * its comma is not what was asked or said: "Asked by the lawyer
	 * whether residents were harmed, Leland answered", "Instead of
	 * writing a report, the board, which critics say is idle, ..." */
	if ((c->t0 == sent_start(x, c->t0) && ed_form(x, c->t0)) || opening_participle(x, c->t0))
		for (uint32_t k = c->t1; k < i; k++)
			if (doc_mark_at(x->d, k, ',') && !x->inq[k])
				return 0;
	/* so does a clause the sentence opens on with "while", "when", "if"
	 * ...: the main clause after its comma is the subject's own, not
	 * what was said: "While Ames says she will not vote for him, she
	 * admires his plan". Only for a cue in that opening clause, before
	 * any comma (not "When he left, Ames said the board, which is idle,
	 * wanted ..."), and a subject alone between the last comma and the
	 * cue (not "When Ames said, despite the record, that he opposed
	 * ..."). Not "as", whose clause is an aside on the report that the
	 * main clause gives: "As the paper revealed, Ames describes ..." */
	uint32_t s0 = sent_start(x, c->t0), cm = UINT32_MAX;
	if (s0 + 1 < c->t0 && (is(x, s0, "but") || is(x, s0, "and")))
		s0++;
	if (subordinator(x, s0) && !is(x, s0, "as")) {
		for (uint32_t j = s0; j < c->t0 && cm == UINT32_MAX; j++)
			if (doc_mark_at(x->d, j, ',') && !x->inq[j])
				cm = j;
		if (cm == UINT32_MAX)
			for (uint32_t j = c->t1; j < i; j++)
				if (doc_mark_at(x->d, j, ',') && !x->inq[j])
					cm = j;
	}
	if (cm != UINT32_MAX && cm >= c->t1 && cm + 1 < i && i - cm <= 10) {
		uint32_t j = cm + 1;
		while (j < i && !is(x, j, "that") && !is(x, j, "who") && !is(x, j, "which") &&
		       (spk_np_token(x, j) || subject_pronoun(x, j) || aux_word(x, j) || neg_word(x, j) ||
		        ly_adverb(x, j)))
			j++;
		if (j == i)
			return 0;
	}
	/* a clause of time or concession after the report, opened past a
	 * comma ("Ames praised the firm in May, when the board balked at
	 * ...", "Ames said the levy was fair, although she again refused to
	 * back it") or by "even as" ("Lane conceded the error even as he
	 * defended the plan"), is the writer's setting of the report, not
	 * what was said: its own subject and verb follow the conjunction */
	static const char *const settings[] = { "when", "while", "although", "though", "whereas" };
	for (uint32_t k = c->t1; k + 2 < i && i - k <= 10; k++) {
		uint32_t j;
		if (doc_mark_at(x->d, k, ',') && DOC_TOK_IN(x->d, k + 1, settings))
			j = k + 2;
		else if (is(x, k, "even") && is(x, k + 1, "as"))
			j = k + 2;
		else
			continue;
		uint32_t j0 = j;
		while (j < i && !is(x, j, "that") && !is(x, j, "who") && !is(x, j, "which") && !x->inq[j] &&
		       (spk_np_token(x, j) || subject_pronoun(x, j) || aux_word(x, j) || neg_word(x, j) ||
		        ly_adverb(x, j) || role(x, j, "adv")))
			j++;
		if (j == i && j > j0)
			return 0;
	}
	/* a new main clause after a comma and a conjunction, or a
	 * semicolon, is no longer what was said: "She has said little, and
	 * people familiar with her thinking say ..." */
	for (uint32_t k = c->t1; k + 1 < i; k++)
		if (doc_mark_at(x->d, k, ';') ||
		    (doc_mark_at(x->d, k, ',') &&
		     (is(x, k + 1, "and") || is(x, k + 1, "but") || is(x, k + 1, "yet")) &&
		     !(k + 2 < i && is(x, k + 2, "that"))))
			return 0; /* but ", and that ...": what was said goes on */
	return !relative_aside(x, c, i);
}

/* A past form right after "and" that goes on from the speaker's own verb
 * rather than from what was said: "Tolman said he had the flu and
 * called it a passing bug". Not a list of participles or adjectives
 * ("tweeted, recorded and presented", "a shrewd and determined
 * opponent"). */
static int coordinated_verb(const actx *x, uint32_t i)
{
	if (i < 2 || !is(x, i - 1, "and") || !ed_form(x, i) || ed_form(x, i - 2) || i + 1 >= x->n)
		return 0;
	static const char *const objects[] = { "him", "her", "them", "us", "me", "it" };
	const tok *n = T(x, i + 1);
	if (DOC_TOK_IN(x->d, i + 1, objects))
		return 1; /* "criticized the plan and challenged him to a debate" */
	return !(n->kind == TOK_WORD && !(n->flags & TF_CAP) && !x->gram[i + 1] && !ly_adverb(x, i + 1));
}

/* The form of a finite verb that a list of verb phrases keeps: 'd' for
 * "praised", 's' for "supports" (not "ss": "discuss"), or 0. */
static int finite_form(const actx *x, uint32_t i)
{
	const tok *t = T(x, i);
	const char *f = x->d->view.fold;
	if (t->kind != TOK_WORD || t->fe - t->fs < 4)
		return 0;
	if (ed_form(x, i))
		return 'd';
	return f[t->fe - 1] == 's' && f[t->fe - 2] != 's' && f[t->fe - 2] != 'u' ? 's' : 0;
}

/* A later member of a comma list of verb phrases that share the subject of
 * the sentence's last cue: "Ames supports the ban, opposes the tax and
 * backs the levy", "Lane praised the plan, criticised its cost and called
 * for a vote". The member (at i, after the comma) has the last cue's form,
 * an object follows it (not a list of nouns: "the costs, claims and
 * delays"), no clause opens between them (not "said that the fee,
 * criticised by many, ...", "said he ..."), and the list closes on "and"
 * or "but" before another finite verb (not "..., and critics say"). */
static int listed_verb(const actx *x, uint32_t i)
{
	uint32_t k = i - 1;
	if (i < 3 || !x->ncues || i + 2 >= x->n)
		return 0;
	if (quote_mark(x, k) && doc_mark_at(x->d, k - 1, ','))
		k--; /* a quoted object: "supports \"fair raises,\" opposes ..." */
	const cue_rec *c = &x->cues[x->ncues - 1];
	int form = finite_form(x, i);
	if (!doc_mark_at(x->d, k, ',') || !form || c->src_t0 == UINT32_MAX || c->t1 >= k || k - c->t1 > 14 ||
	    T(x, c->t0)->sent != T(x, i)->sent || finite_form(x, c->t0) != form)
		return 0;
	/* after a relative clause the verb is the main clause's, not a
	 * member: "Reid, who backed Ames in May, reiterated ...", and when the
	 * relative pronoun is the object: "The mayor, whom Lane praised last
	 * year, criticised ..." */
	static const char *const rel[] = { "who", "whom", "which", "that", "whose" };
	if (DOC_TOK_IN(x->d, c->src_t0, rel) || (c->src_t0 > 0 && DOC_TOK_IN(x->d, c->src_t0 - 1, rel)))
		return 0;
	for (uint32_t j = c->t1; j < k; j++)
		if (!x->inq[j] && (is(x, j, "that") || subject_pronoun(x, j) || is(x, j, "who") ||
		                   is(x, j, "which") || doc_mark_at(x->d, j, ',') || x->cue[j]))
			return 0;
	const tok *n = T(x, i + 1);
	if ((n->kind == TOK_PUNCT && !quote_mark(x, i + 1)) || is(x, i + 1, "and") || is(x, i + 1, "or") ||
	    is(x, i + 1, "by"))
		return 0;
	uint32_t hi = sent_end(x, i);
	for (uint32_t j = i + 2; j + 1 < hi && j < i + 24; j++) {
		if (x->inq[j] || !(is(x, j, "and") || is(x, j, "but")))
			continue;
		uint32_t v = j + 1;
		while (v + 1 < hi && v < j + 3 && (aux_word(x, v) || ly_adverb(x, v) || role(x, v, "adv")))
			v++;
		return doc_mark_at(x->d, j - 1, ',')
		               ? x->cue[v] && !x->srcw[j + 1] && v == j + 1 && finite_form(x, v)
		               : finite_form(x, v) || x->cue[v];
	}
	return 0;
}

/* A negated verb joined by "but" or "and" to the verb of its subject's
 * own clause, past its auxiliary: "Lane criticized the plan but did not
 * recommend a recall", "... and would not mention Hale". What the subject
 * did not say is a report of its own, not part of what was said before. */
static int negated_conjunct(const actx *x, uint32_t i)
{
	uint32_t k = i, lo = sent_start(x, i);
	int neg = 0;
	while (k > lo + 1 && i - k < 4 && (aux_word(x, k - 1) || neg_word(x, k - 1) || ly_adverb(x, k - 1))) {
		neg |= neg_word(x, k - 1);
		k--;
	}
	if (!neg || k >= i || !aux_word(x, k) || !(is(x, k - 1, "but") || is(x, k - 1, "and")))
		return 0;
	/* not after a clause the previous report opened, which the
	 * conjunct may go on: "Lane said he would attend but would not
	 * ...", "an aide said that the senator has not decided but has
	 * never ruled it out" */
	if (x->ncues) {
		const cue_rec *c = &x->cues[x->ncues - 1];
		if (T(x, c->t0)->sent == T(x, i)->sent && c->t1 < k)
			for (uint32_t j = c->t1; j < k; j++)
				if (is(x, j, "that") || subject_pronoun(x, j))
					return 0;
	}
	return 1;
}

/* The "and" or "but" before a form in -ing whose own auxiliary or verb of
 * going on makes it finite, joined to the verb of its subject's clause:
 * "Vance left the room and is now saying he won't run", "aides doubt it
 * and have been urging delay", "cut his staff and began talking about
 * the end". Its index, or UINT32_MAX. A form in -ing after "and" alone
 * ("and saying") is a participle, which the caller reads apart. */
static uint32_t progressive_conjunct(const actx *x, uint32_t i)
{
	static const char *const be[] = { "is", "are", "was", "were", "been", "be" };
	static const char *const going_on[] = { "began", "begun", "started", "kept", "continued" };
	uint32_t k = i, lo = sent_start(x, i);
	int finite = 0;
	while (k > lo + 1 && i - k < 4 &&
	       (aux_word(x, k - 1) || neg_word(x, k - 1) || ly_adverb(x, k - 1) || role(x, k - 1, "adv") ||
	        (k == i && DOC_TOK_IN(x->d, k - 1, going_on)))) {
		finite |= DOC_TOK_IN(x->d, k - 1, be) || DOC_TOK_IN(x->d, k - 1, going_on);
		k--;
	}
	if (!finite || x->inq[k - 1] || !(is(x, k - 1, "and") || is(x, k - 1, "but")))
		return UINT32_MAX;
	return k - 1;
}

/* Whether a quotation closes right before token i, or before a short noun
 * phrase that ends there: "'...,' read one sign", "'...,' the statement
 * read". */
static int after_quote(const actx *x, uint32_t i)
{
	for (uint32_t k = i; k > 0 && i - k < 8; k--) {
		if (quote_mark(x, k - 1)) {
			/* words quoted, not a scare quote: "describes Ames as
			 * \"honest,\" the audience laughs" */
			uint32_t q = quote_of(x, k - 1), words = 0;
			if (q && quote_close(x, q) == k - 1)
				for (uint32_t w = quote_open(x, q) + 1; w < k - 1 && words < 3; w++)
					words += T(x, w)->kind == TOK_WORD;
			if (q && words < 3)
				return 0;
			return k == i ||
			       !(T(x, k)->flags & TF_SENT); /* not "''...'' One of his old habits" */
		}
		if ((!spk_np_token(x, k - 1) && !role(x, k - 1, "pron")) || doc_mark_at(x->d, k - 1, ','))
			return 0; /* "'...,' the statement read", "\"...,\" she gushed" */
	}
	return 0;
}

/* Whether the cue [i, v1) closes its sentence after a comma and a short
 * noun phrase, the report standing before them: "Boil water for a minute,
 * the health authority advises.", "Best meal in town, one reader gushed.";
 * not "The band played and everyone laughed.", nor after a clause of its
 * own ("When he said so, I laughed.") */
static int after_clause(const actx *x, uint32_t i, uint32_t v1)
{
	if (v1 >= x->n || !(doc_mark_at(x->d, v1, '.') || doc_mark_at(x->d, v1, '!')) ||
	    subordinator(x, sent_start(x, i)))
		return 0;
	for (uint32_t k = i; k > 1 && i - k < 8; k--) {
		if (doc_mark_at(x->d, k - 1, ','))
			return k < i && !(T(x, k)->flags & TF_SENT) && T(x, k - 2)->kind != TOK_PUNCT;
		if (!spk_np_token(x, k - 1) && !role(x, k - 1, "pron"))
			return 0;
	}
	return 0;
}

/* A verb of saying followed by "that" and its clause: "Cement makers argue
 * that ...", "Conceding that ...". */
static int that_follows(const actx *x, uint32_t v1)
{
	if (v1 < x->n && ly_adverb(x, v1))
		v1++;
	return v1 + 1 < x->n && is(x, v1, "that") && !doc_mark_at(x->d, v1 + 1, ',') &&
	       !doc_mark_at(x->d, v1 + 1, '.');
}

/* "Delgado issued a report arguing ...", "Okafor released a statement
 * saying ...", "The group ran ads attacking ...": a document put out by a
 * subject speaks for that subject, who is the source when found. The verb
 * may stand inside the phrase read back from the participle, which no
 * list of verbs stopped ("The group ran ads"), or right before it, with
 * "a", "an" or no article on the document ("launched petitions"). */
static void issuer(const actx *x, source *s)
{
	static const char *const verbs[] = { "issued",     "released",    "sent",       "published",
		                             "posted",     "put",         "filed",      "wrote",
		                             "signed",     "distributed", "circulated", "ran",
		                             "run",        "running",     "aired",      "launched",
		                             "bankrolled", "unveiled",    "held",       "hold" };
	const char *cls = x->srcw[s->head] ? src_attr(x->d, x->srcw, s->head, "class", 0) : NULL;
	if (!cls || strcmp(cls, "doc") != 0 || s->head == 0)
		return;
	/* the document's own words: "a", "an" or none, and modifiers that no
	 * list holds ("ran attack ads", "released a short statement") */
	uint32_t v = s->head;
	while (v > s->t0 && v > 0 && s->head - v < 4 && T(x, v - 1)->kind == TOK_WORD && !x->ent[v - 1] &&
	       !(T(x, v - 1)->flags & TF_CAP) && !DOC_TOK_IN(x->d, v - 1, verbs) &&
	       (!x->gram[v - 1] || is(x, v - 1, "a") || is(x, v - 1, "an")))
		v--;
	if (v > s->t0 && !DOC_TOK_IN(x->d, v - 1, verbs))
		return; /* "The campaign's new ads": no verb inside */
	if (v == 0)
		return;
	v--;
	if (is(x, v, "out") && v > 0)
		v--; /* "put out a statement" */
	if (!DOC_TOK_IN(x->d, v, verbs))
		return;
	source h;
	src_clear(&h);
	if ((spk_subject_before(x, v, &h) || opening_surname(x, v, &h)) && h.cls != SC_NONE)
		*s = h;
	else if (v > s->t0 || (v == s->t0 && !past_participle(x, v))) {
		/* the phrase ran back over its verb, with no subject before it
		 * ("taken the lead in running | ads praising"); a form in "-ed"
		 * that opens it may as well describe the document ("noted
		 * published reports alleging") */
		s->t0 = v + 1;
		while (s->t0 < s->head && is(x, s->t0, "out"))
			s->t0++;
	}
}

/* Whether a speaker's phrase after its verb ends the clause: a stop, a
 * comma or the sentence's end follows it. */
static int phrase_ends_clause(const actx *x, const source *s)
{
	uint32_t e = span_end_tok(x, s);
	if (e >= x->n || e >= sent_end(x, s->t0))
		return 1;
	const tok *t = T(x, e);
	return t->kind == TOK_PUNCT && (src_ch(x->d, e) == '.' || src_ch(x->d, e) == ',' ||
	                                src_ch(x->d, e) == ';' || src_ch(x->d, e) == ':');
}

/* Whether v is a bare present verb after the singular phrase s, with no
 * auxiliary or "to" right before it past adverbs and negations ("will
 * say", "did not mention", "to say" are other forms); strict, nothing else
 * between the phrase and v. */
static int bare_after(const actx *x, uint32_t v, const source *s, int strict)
{
	if (s->plural || s->pronoun || s->t1 > v)
		return 0;
	uint32_t p = past_adverbs(x, s->t1, v);
	if (p > s->t1 && (aux_word(x, p - 1) || is(x, p - 1, "to")))
		return 0;
	return (!strict || p == s->t1) && bare_form(x, v);
}

/* Whether the phrase s found before the bare present verb v cannot be its
 * subject: a singular phrase after a preposition, where the verb agrees with
 * a plural further back ("Concerns about | the candidate suggest", "links to
 * | a group raise"). The phrase is then the object of the preposition. */
static int disagrees(const actx *x, uint32_t v, const source *s)
{
	return s->t0 > sent_start(x, v) && role(x, s->t0 - 1, "prep") && bare_after(x, v, s, 0);
}

/* Whether the singular phrase s of one of a kind ("a general", "an
 * aide"), opening its clause, stands before v in its bare form: v is then a
 * noun, "As a general rule, ...". Not the object of a verb of perceiving
 * ("heard a reporter say"), a share ("another one in four say"), a phrase
 * with a preposition ("a group of voters plead"), nor a verb whose past is
 * its bare form ("A Republican put it sharply"). */
static int one_kind_bare(const actx *x, uint32_t v, const source *s)
{
	static const char *const same_past[] = { "put", "read", "cast", "forecast", "broadcast", "bet",
		                                 "set", "quit", "let",  "hit",      "cut" };
	if (!DOC_TOK_IN(x->d, s->t0, one_of) || DOC_TOK_IN(x->d, v, same_past))
		return 0;
	uint32_t b = s->t0;
	if (b > sent_start(x, v) && !(T(x, b - 1)->kind == TOK_PUNCT || role(x, b - 1, "bound")))
		return 0;
	for (uint32_t k = b; k < s->t1; k++)
		if (role(x, k, "prep") || T(x, k)->kind == TOK_NUM || x->qty[k])
			return 0;
	return bare_after(x, v, s, 1);
}

/* Whether the -ed cue at v, with nothing after it in its sentence, follows
 * the object of a preposition (s, the phrase found before it, or NULL):
 * then it is a participle that describes the object ("holds no shares in
 * the companies mentioned.", "nothing about the plans announced."), and the
 * object is no speaker. */
static int participle_after_prep(const actx *x, uint32_t v, uint32_t v1, const source *s)
{
	if (v1 != v + 1 || !ed_form(x, v) || v1 >= x->n || x->inq[v] ||
	    !(doc_mark_at(x->d, v1, '.') || doc_mark_at(x->d, v1, ';') || doc_mark_at(x->d, v1, ')')))
		return 0;
	uint32_t lo = sent_start(x, v);
	if (s) /* the phrase found, which may hold a preposition of its own ("a
	        * staffer in the room wondered.") */
		return s->t0 > lo && role(x, s->t0 - 1, "prep") && !is(x, s->t0 - 1, "like");
	/* else the object: a determiner and at most four words before v */
	for (uint32_t k = v; k-- > lo && v - k <= 5;) {
		if (T(x, k)->kind != TOK_WORD || x->inq[k] || (k + 1 == v && role(x, k, "pron")))
			return 0;
		/* the preposition before the determiner; not "like the senator
		 * claimed." */
		if (role(x, k, "det") || possessive(x, k))
			return k > lo && role(x, k - 1, "prep") && !is(x, k - 1, "like");
	}
	return 0;
}

/* Whether the -ed cue at v followed by "as" describes the thing named just
 * before it ("injuries described as serious", "a plan branded as
 * reckless"): a plain noun that is not the head of the phrase s found. Not
 * "whom he described as", "what the writers described as". */
static int described_thing(const actx *x, uint32_t v, uint32_t v1, const source *s)
{
	if (v == 0 || v1 != v + 1 || !is(x, v1, "as") || !ed_form(x, v) || s->head == v - 1)
		return 0;
	const tok *p = T(x, v - 1);
	return p->kind == TOK_WORD && !(p->flags & TF_CAP) && !x->srcw[v - 1] && !x->ent[v - 1] &&
	       !x->gram[v - 1] && !x->cue[v - 1] && !x->inq[v - 1];
}

/* Whether "reported" at v, with a time after it and nothing said after
 * that, names when an event was reported, the participle of a passive:
 * "a fire reported at 2 a.m. destroyed a barn", "a burglary on Elm Street
 * reported Tuesday morning." The phrase s before it is the event, unless
 * it is a speaker's noun or a person's or a body's name ("police reported
 * Tuesday.", "..., the Times reported Monday."). */
static int reported_event(const actx *x, uint32_t v, uint32_t v1, const source *s)
{
	static const char *const leads[] = { "at",   "on",    "about", "around", "shortly",
		                             "just", "early", "late",  "after",  "before" };
	if (v1 != v + 1 || !is(x, v, "reported"))
		return 0;
	uint32_t k = v1;
	while (k < x->n && k < v1 + 2 && DOC_TOK_IN(x->d, k, leads))
		k++;
	uint32_t t0 = k;
	while (k < x->n && (x->qty[k] & (Q_DATE | Q_IN)) && T(x, k)->sent == T(x, v)->sent)
		k++;
	if (k == t0)
		return 0;
	if (!(k >= x->n || T(x, k)->sent != T(x, v)->sent ||
	      (T(x, k)->kind == TOK_PUNCT && !quote_mark(x, k)) || ed_form(x, k)))
		return 0;
	if (s->head >= x->n)
		return 1;
	const uint32_t *e = entity(x, s->head);
	return !x->srcw[s->head] && !(e && (e[2] == F_NAMED_PERSON || e[2] == F_NAMED_ORG)) &&
	       !role(x, s->head, "pron");
}

/* Whether the word at v1 shows the word before it to be a verb: an object
 * pronoun, "that", a determiner, a name or an infinitive ("tell me", "oppose
 * the settlements", "see Penrose", "refuse to be"), not "of" or a stop ("show
 * of", "pledge."). */
static int verbal_next(const actx *x, uint32_t v1)
{
	static const char *const objects[] = { "me", "him", "her", "us", "them", "you", "it" };
	if (v1 >= x->n || T(x, v1)->kind != TOK_WORD)
		return 0;
	if (is(x, v1, "to") && v1 + 1 < x->n && T(x, v1 + 1)->kind == TOK_WORD &&
	    !(T(x, v1 + 1)->flags & TF_CAP) && !role(x, v1 + 1, "det"))
		return 1; /* "refuse to be" */
	return role(x, v1, "pron") || DOC_TOK_IN(x->d, v1, objects) || role(x, v1, "det") ||
	       is(x, v1, "that") || x->ent[v1] || (T(x, v1)->flags & TF_CAP);
}

/* A plural or a form in -ing joined by "and" or "or" to a plural noun, with
 * nothing a verb takes after it, is a noun of the same list: "new faces and
 * voices in the party", "applause and cheers from the crowd", "the talks and
 * planning." (not "Ames praised the volunteers and thanks them", "tours the
 * farms and says that"). */
static int joined_noun(const actx *x, uint32_t v, uint32_t v1)
{
	uint32_t lo = sent_start(x, v), p = v - 2;
	if (v < lo + 2 || x->inq[v] || !(is(x, v - 1, "and") || is(x, v - 1, "or")))
		return 0;
	const tok *t = T(x, v), *n = T(x, p);
	const char *f = x->d->view.fold;
	if (n->kind != TOK_WORD || (n->flags & TF_CAP) || x->cue[p] || x->gram[p] || x->inq[p] ||
	    !(src_plural_form(f + n->fs, n->fe - n->fs) || is(x, p, "news")))
		return 0;
	if (v1 < x->n && (verbal_next(x, v1) || quote_mark(x, v1) || doc_mark_at(x->d, v1, ':') ||
	                  (v1 + 1 < x->n && quote_mark(x, v1 + 1))))
		return 0;
	/* a form in -ing before its object or its preposition is a verb
	 * ("interviews and asking employees", "churches and talking about
	 * ..."): only one closing the phrase is a noun ("the talks and
	 * planning.") */
	if (src_attr_is(x->d, x->cue, v, "form", "ing", 0))
		return v1 >= x->n || T(x, v1)->kind == TOK_PUNCT;
	/* a plural: not a verb going on to a question or an adverb ("the
	 * rules and concludes whether", "pundits or speaks gleefully") */
	static const char *const wh[] = { "whether", "if", "what", "how", "why", "who", "when", "where" };
	return !ed_form(x, v) && src_plural_form(f + t->fs, t->fe - t->fs) &&
	       !(v1 < x->n && (DOC_TOK_IN(x->d, v1, wh) || ly_adverb(x, v1)));
}

/* Whether the bare cue at v asks a question of its own, outside quotation
 * marks: "What did the department say?", "Did the governor claim that?",
 * "How will the voters judge him?", the headings of explainers. What a
 * source is asked, or will be, attributes nothing to it. An auxiliary "do",
 * "does" or "did" opens the question or follows its wh-word, a modal
 * follows its wh-word ("Will the mayor admit that ...?" still asks of a
 * speaker), after a linking word at most ("So what do we see?"), and the
 * sentence ends with "?". */
static int asked_question(const actx *x, uint32_t v)
{
	static const char *const aux[] = { "do", "does", "did" };
	static const char *const modals[] = { "will", "would", "can", "could", "should", "might" };
	static const char *const wh[] = { "what", "why", "how", "when", "where", "who", "which", "whom" };
	static const char *const links[] = { "so", "and", "but", "or", "then" };
	if (x->inq[v] || !bare_form(x, v))
		return 0;
	uint32_t lo = sent_start(x, v), end = sent_end(x, v);
	if (end == 0 || !doc_mark_at(x->d, end - 1, '?') || x->inq[end - 1])
		return 0;
	if (lo + 1 < v && DOC_TOK_IN(x->d, lo, links))
		lo++;
	for (uint32_t k = v; k-- > lo && v - k <= 8;) {
		if (T(x, k)->kind == TOK_PUNCT || x->inq[k])
			return 0;
		if (DOC_TOK_IN(x->d, k, aux))
			return k == lo || (k == lo + 1 && DOC_TOK_IN(x->d, lo, wh));
		if (DOC_TOK_IN(x->d, k, modals))
			return k == lo + 1 && DOC_TOK_IN(x->d, lo, wh);
	}
	return 0;
}

/* Whether the cue at i is the "reporting" of election returns: "with 98
 * percent of precincts reporting" counts the results in, and no precinct
 * says anything. */
static int precincts_reporting(const actx *x, uint32_t i)
{
	return i > 0 && is(x, i, "reporting") && (is(x, i - 1, "precincts") || is(x, i - 1, "precinct"));
}

/* Whether "know" at i means being acquainted, not holding a fact: a
 * person's name as its whole object, then a mark or "personally", "well",
 * "since", "for" ("I know Dana Ortiz personally", "few here knew Ortiz.",
 * "has known Ortiz for years"; not "we know Ortiz lied"); or the idiom "as
 * we know it". */
static int known_person(const actx *x, uint32_t i, uint32_t v1)
{
	static const char *const after[] = { "personally", "well", "since", "for", "from" };
	if (v1 >= x->n || !src_attr_is(x->d, x->cue, i, "lemma", "know", 0))
		return 0;
	if (is(x, v1, "it") && i >= 2 && is(x, i - 2, "as") && (is(x, i - 1, "we") || is(x, i - 1, "you")))
		return 1;
	const uint32_t *e = entity(x, v1);
	if (!e || e[0] != v1 || e[2] != F_NAMED_PERSON)
		return 0;
	return e[1] >= x->n || T(x, e[1])->kind == TOK_PUNCT || DOC_TOK_IN(x->d, e[1], after);
}

/* Whether the weak cue at i stands in a question "whether" opens a few
 * words before it: "Ames hedged on whether he would back the levy", "the
 * question of whether voters trust him": a stance asked about, held by
 * nobody yet. */
static int open_question(const actx *x, uint32_t i)
{
	uint32_t lo = sent_start(x, i);
	for (uint32_t k = i; k > lo && i - k < 6; k--) {
		if (T(x, k - 1)->kind == TOK_PUNCT)
			return 0;
		if (is(x, k - 1, "whether"))
			return k < i;
	}
	return 0;
}

/* One candidate cue at i. Returns the token to continue from. */
static uint32_t cue_at(actx *x, uint32_t i, int *err)
{
	const lex_match *m = src_match(x->d, x->cue, i);
	uint32_t v1 = m->tok1;
	const char *strength = cue_attr(x, i, "strength");
	const char *type = cue_attr(x, i, "type");
	const char *form = cue_attr(x, i, "form");
	int strong = strength && strcmp(strength, "strong") == 0;
	source s;
	src_clear(&s);
	int found = 0, bare = 0;

	if (unless_next(x, i, v1) || unless_prev(x, i))
		return i + 1;
	const char *only_after = cue_attr(x, i, "after");
	if (only_after && strcmp(only_after, "quote") == 0 &&
	    ((!after_quote(x, i) && !after_clause(x, i, v1)) || (v1 < x->n && doc_mark_at(x->d, v1, ':'))))
		return i + 1; /* "read" is a cue only in "'...,' read one sign", "'...,' the statement
		               * read", not "READ:" */
	if (!strong && (bare_after_name(x, i, v1) || name_opener(x, i)))
		return i + 1;
	if (compound_noun(x, i, v1) || body_modifier(x, i, v1))
		return i + 1;
	if (name_word(x, i) || relative_participle(x, i, v1) || (!strong && possessed_noun(x, i, v1)))
		return i + 1;
	if (determined_noun(x, i) || joined_noun(x, i, v1))
		return i + 1;
	if (inside_title(x, i))
		return i + 1; /* "Special Agent in Charge Mara Quist" */
	if (asked_question(x, i) || known_person(x, i, v1) || precincts_reporting(x, i))
		return i + 1;
	if ((src_attr_is(x->d, x->cue, i, "lemma", "reach", 0) ||
	     src_attr_is(x->d, x->cue, i, "lemma", "available", 0)) &&
	    !unreached(x, i, v1))
		return i + 1; /* "a deal was reached for", "tickets are available for" */
	int that = that_follows(x, v1);
	if (!needed_next(x, i, v1, that))
		return i + 1; /* "maintained that ...", not "maintained his lead" */
	if (!strong) {
		/* the generic "you" of "you know", "you would never know it":
		 * the reader, not a source */
		uint32_t p = subject_pron(x, i);
		if (p != UINT32_MAX && is(x, p, "you"))
			return i + 1;
		if (open_question(x, i))
			return i + 1;
	}
	if (anon_reason(x, i))
		return i + 1;
	if (outlet_reveals(x, i)) {
		if (emit_cue(x, i, v1, lemma_of(x, i), NULL) != 0)
			*err = 1;
		return v1;
	}
	uint32_t took = took_to_platform(x, i);
	if (took != UINT32_MAX && !inside_report(x, i)) {
		/* "Gemma took to Instagram to reassure fans": the one who took
		 * to it speaks there */
		src_clear(&s);
		if ((spk_subject_before(x, took, &s) || clause_subject(x, took, &s)) && s.cls != SC_NONE) {
			if (emit_source(x, &s, lemma_of(x, i), i) != 0 ||
			    emit_cue(x, i, v1, lemma_of(x, i), &s) != 0)
				*err = 1;
			return v1;
		}
	}
	int nar = not_a_report(x, i, v1);
	if (nar == 2) {
		/* A passive ("Hale was asked about ...", "she is seen as ..."):
		 * an attribution about its subject, who is not the speaker. A cue
		 * when a subject is there, with no source. */
		if (type || (form && strcmp(form, "ing") == 0) || inside_report(x, i))
			return i + 1;
		/* what is known is no speaker but the content itself, which a
		 * subject of any kind can be: "before the names were known",
		 * "much is not known about the raid", "the list was widely
		 * known", "they were known to use the lake house"; not a name
		 * given ("the river is known as the Blue Line") */
		int known = is(x, i, "known") && !(v1 < x->n && is(x, v1, "as"));
		if (v1 < x->n && is(x, v1, "to") && !known)
			return i + 1; /* "he was told to leave": an instruction */
		{
			/* a participle of feeling is the subject's own state, a
			 * stance adjective its subject holds: "Growers are worried
			 * that ..." (but "was worried by the news" and "cannot be
			 * determined from" stay passive) */
			const char *st = stance_type(x, i);
			if (st && strcmp(st, "adj") == 0 && !(v1 < x->n && is(x, v1, "by")) &&
			    !(is(x, i - 1, "be") || is(x, i - 1, "been")))
				return i + 1;
		}
		/* the agent after a short setting of the verb's own is the
		 * source: "was attacked on the budget by Ruiz", "was asked
		 * directly by Ruiz" */
		uint32_t by = known ? v1 : gapped_agent(x, v1);
		if (by != v1) {
			found = (spk_np_after(x, by + 1, &s) || spk_unknown_name_after(x, by + 1, &s)) &&
			        s.cls != SC_NONE;
			if (found) {
				if (emit_found(x, i, v1, lemma_of(x, i), &s, 1) != 0)
					*err = 1;
				return v1;
			}
			src_clear(&s);
		}
		static const char *const clause[] = { "that", "whether", "if",  "to",
			                              "how",  "what",    "why", "who" };
		/* "it could not be verified", "it was decided that ...": nobody's;
		 * but an "it" that stands for a thing is judged or told of when
		 * more than a clause follows the verb ("it is considered a
		 * landmark", "it was labeled \"False\"") */
		if (pron_subject(x, i) && !pron_subject_it(x, i, 0) &&
		    (v1 >= x->n || DOC_TOK_IN(x->d, v1, clause) || acted_on(x, i, v1) ||
		     (T(x, v1)->kind == TOK_PUNCT && !quote_mark(x, v1))))
			return i + 1;
		/* a subject no vocabulary knows as a speaker is there too, for
		 * a verb of judging: "The deal was widely criticized as a
		 * giveaway", "No ruling is expected soon"; such a passive
		 * reports a view of its subject and no words that go on after
		 * it, so it swallows no later verb of the sentence ("the levy
		 * was criticized as a grab and the council wants it gone").
		 * Other passives need a subject too, not a speaker ("Results
		 * will be announced"), save those of a thing done
		 * (passive_subject) */
		int thing = 0;
		if (!spk_subject_before(x, i, &s) && !pron_subject(x, i) && !known) {
			/* not a participle on a noun inside the subject: "two
			 * suits being considered in court have accused ..." */
			uint32_t lo = sent_start(x, i), b = i;
			while (b > lo && (role(x, b - 1, "adv") || ly_adverb(x, b - 1)))
				b--;
			int inner = 0;
			if (b > lo + 1 && is(x, b - 1, "being")) {
				b--; /* but "was already being criticized" */
				while (b > lo && (role(x, b - 1, "adv") || ly_adverb(x, b - 1)))
					b--;
				inner = b == lo || !aux_word(x, b - 1);
			}
			int judged = judged_passive(x, i, v1);
			if (!inner && judged > 0 && noun_before(x, i))
				thing = 1;
			else if (inner || judged == 0 || !passive_subject(x, i, v1))
				return i + 1;
		}
		if (unreached(x, i, v1)) {
			/* "Smith could not be reached for comment": the subject is the
			 * source the reporter asked, who gave no word */
			s.no_comment = 1;
			if (s.cls != SC_NONE && emit_source(x, &s, lemma_of(x, i), i) != 0)
				*err = 1;
			if (emit_cue(x, i, v1, lemma_of(x, i), s.cls != SC_NONE ? &s : NULL) != 0)
				*err = 1;
			return v1;
		}
		if (emit_cue(x, i, v1, lemma_of(x, i), NULL) != 0)
			*err = 1;
		if (thing && x->ncues && x->cues[x->ncues - 1].t0 == i)
			x->cues[x->ncues - 1].strong = 0;
		return v1;
	}
	if (nar == 3) {
		/* "prompted Ruiz to joke": the object before "to" is to speak;
		 * a cue, though what it is to say is not yet said by anyone */
		if (inside_report(x, i) || pressed_to(x, i - 1))
			return i + 1;
		/* a headline's future, the speaker opening it with no verb of
		 * its own: "Union to endorse Pryce", "Pryce to unveil plan";
		 * the phrase all capitals or names (not "The strike prompted
		 * Pryce to denounce", "The first member of the council to back
		 * him", "Lead people to feel") */
		uint32_t lo = sent_start(x, i);
		found = i > lo + 1 && i - lo <= 6 && is(x, i - 1, "to") && spk_np_before(x, i - 2, &s) &&
		        s.t0 == lo && s.t1 == i - 1 && !s.pronoun && s.cls != SC_NONE;
		for (uint32_t k = lo; k + 1 < i && found; k++)
			found = !x->cue[k] && (x->ent[k] || (T(x, k)->flags & TF_CAP));
		if (emit_found(x, i, v1, lemma_of(x, i), &s, found) != 0)
			*err = 1;
		return v1;
	}
	if (nar)
		return i + 1;
	if (type && strcmp(type, "adv") == 0)
		return i + 1; /* "reportedly" comes through vague_phrase */
	if (type && strcmp(type, "prep") == 0) {
		if (v1 < x->n && spk_object_pronoun(x, v1, sent_end(x, v1), &s))
			found = s.cls != SC_NONE;
		else
			found = spk_np_after(x, v1, &s) || spk_unknown_name_after(x, v1, &s) ||
			        spk_record_after(x, i, v1, &s);
	} else if (form && strcmp(form, "ing") == 0) {
		uint32_t p = i > 0 ? i - 1 : 0;
		/* the words that open a participle's clause of its own; "upon"
		 * and an adverb after them only for a verb of saying itself,
		 * since other senses follow them more often ("upon assuming
		 * office", "by correctly guessing") */
		static const char *const opens[] = { "after", "before", "while", "by", "when", "without" };
		/* an adverb or two on the participle: ", even suggesting ...",
		 * "and openly claiming ...", ", quickly adding ...", "after
		 * initially saying ..." */
		while (p > 1 && i - p < 3 && !x->inq[p] && (role(x, p, "adv") || ly_adverb(x, p)) &&
		       (doc_mark_at(x->d, p - 1, ',') || is(x, p - 1, "and") || role(x, p - 1, "adv") ||
		        ly_adverb(x, p - 1) || (strong && DOC_TOK_IN(x->d, p - 1, opens))))
			p--;
		if (p > 1 && quote_mark(x, p) && pair_mark(x, p - 1))
			p--; /* the first of two apostrophes: ''overblown,'' adding */
		if (p > 0 && quote_mark(x, p) && doc_mark_at(x->d, p - 1, ','))
			p--; /* "... a ridiculous proposition," adding that ... */
		/* a weak form alone between commas right after a person's name
		 * is counsel's role in an aside, no report: "Sarah Kelly,
		 * defending, said ...", "Tom Hale KC, defending, told"; not
		 * "..., tweeting, \"...\"" */
		if (!strong && i > 2 && doc_mark_at(x->d, i - 1, ',') && v1 + 1 < x->n &&
		    doc_mark_at(x->d, v1, ',') && !quote_mark(x, v1 + 1)) {
			uint32_t b = i - 2;
			if ((T(x, b)->flags & TF_UPPER) && !x->ent[b] && b > 0)
				b--; /* post-nominal letters: "KC" */
			const uint32_t *e = entity(x, b);
			if (e && e[2] == F_NAMED_PERSON && e[1] == b + 1)
				return i + 1;
		}
		if (opening_participle_subject(x, i, &s)) {
			found = 1;
		} else if (i > 0 &&
		           (doc_mark_at(x->d, p, ',') || doc_mark_at(x->d, p, '-') || is(x, p, "and") ||
		            DOC_TOK_IN(x->d, p, opens) || (strong && is(x, p, "upon")))) {
			/* ", saying ...", "after saying ...", "by saying ...", "upon
			 * saying ..." */
			found = clause_subject(x, i, &s);
			if (!found && !strong && !that)
				return i + 1;
		} else {
			if (!strong && !that && inside_report(x, i))
				return i + 1;
			found = spk_subject_before(x, i, &s);
			uint32_t conj = found ? UINT32_MAX : progressive_conjunct(x, i);
			if (conj != UINT32_MAX) {
				/* "... and is now saying": the subject of the clause
				 * the "and" goes on */
				found = relative_conjunct(x, conj, &s) || clause_subject(x, i, &s);
				if (!found)
					src_clear(&s);
			}
			if (!found && !that)
				return i + 1;
			/* after a verb of sending words, the phrase before "saying" is
			 * whom they went to, and the sender says: "A spokesperson
			 * emailed the Post late Thursday saying ...", "The firm wrote
			 * to Reuters saying ..."; not "slammed Ames for saying" or
			 * "a poll showed 54 percent of adults saying" */
			uint32_t o = found && s.t0 > 0 ? s.t0 - 1 : 0;
			if (o > 0 && is(x, o, "to"))
				o--;
			static const char *const sent_to[] = { "emailed", "wrote",    "texted", "messaged",
				                               "faxed",   "e-mailed", "mailed" };
			if (o > 0 && is(x, i, "saying") && DOC_TOK_IN(x->d, o, sent_to)) {
				source c;
				src_clear(&c);
				if (clause_subject(x, i, &c) && c.t1 <= o)
					s = c;
			}
			if (found)
				issuer(x, &s);
		}
	} else {
		/* "Okoro, 58, told AFP", "Scott Goodwin, its chief executive,
		 * said candidates ...": the comma closes an aside about the
		 * subject, so the speaker stands before it */
		int listed = listed_verb(x, i), dashed = 0;
		if (listed) {
			/* "Ames supports the ban, opposes the tax and ...": the
			 * list's subject */
			found = clause_subject(x, i, &s) && s.cls != SC_NONE;
			if (!found)
				src_clear(&s);
		} else if (i > 3 && spk_date_comma(x, i - 1)) {
			/* no aside: "An internal email dated Oct. 3, 2024, shows" */
			found = spk_subject_before(x, i, &s) && s.cls != SC_NONE;
			if (!found)
				src_clear(&s);
		} else if (i > 1 && ((doc_mark_at(x->d, i - 1, ',') && !quote_mark(x, i - 2)) ||
		                     quote_mark(x, i - 1))) {
			found = spk_aside_subject(x, i, &s);
		} else if (i > 1 && dash_aside_open(x, i - 1) != UINT32_MAX) {
			/* a pair of dashes closes an aside about the subject, whose
			 * verb does not invert: "A former rival -- Dale Pruitt, who
			 * lost to Ames -- said the mayor \"offered nothing.\"" is no
			 * word of the mayor's, whoever the subject is */
			dashed = 1;
			uint32_t o = dash_aside_open(x, i - 1);
			while (o + 1 < i && T(x, o + 1)->kind == TOK_PUNCT && src_ch(x->d, o + 1) == '-')
				o++; /* the aside's own first word may name the subject: "A
				      * former rival -- Dale Pruitt, who ... -- said" */
			found = spk_subject_before(x, i, &s) && s.cls != SC_NONE && s.t0 <= o + 1;
			if (!found)
				src_clear(&s);
		}
		if (!found && !dashed && inverted_context(x, i) && v1 < x->n &&
		    !src_attr(x->d, x->cue, i, "obj", 0) && /* "told AFP", "accused officials of" */
		    !is(x, v1, "that") && /* "..., wrote that Taylor ...": what was written */
		    !src_attr_is(x->d, x->cue, i, "lemma", "call", 0) && /* "..., called the Oculus Rift" */
		    (x->ent[v1] || role(x, v1, "det") || x->srcw[v1] ||
		     (role(x, v1, "pron") && quote_mark(x, i - 1)) || described_name(x, v1) ||
		     ((T(x, v1)->flags & TF_CAP) && T(x, v1)->kind == TOK_WORD && !x->gram[v1])))
			found = spk_np_after(x, v1, &s); /* "...," said Republican strategist Rory Wills */
		if (found && !listed && !strong && !quote_mark(x, i - 1) && !phrase_ends_clause(x, &s)) {
			/* after a comma a weak verb's phrase is its object unless
			 * the clause ends with it: "..., say some Democrats, who",
			 * "..., reports CNN." but "..., attacked Ames for ...",
			 * "..., called the Lumen Deck." */
			found = 0;
			src_clear(&s);
		}
		uint32_t after = s.head + 1;
		if (found && !listed && after < x->n &&
		    (aux_word(x, after) || (x->cue[after] && !x->srcw[after]))) {
			/* "Several candidates, including Ames, said the United
			 * States should act": the phrase opens what was said */
			found = 0;
			src_clear(&s);
		}
		int negc = negated_conjunct(x, i);
		if (!strong && !that && inside_report(x, i) && !coordinated_verb(x, i) && !negc && !listed)
			return i + 1; /* inside what a speaker said: "X said the army wanted ..." */
		uint32_t p = i;
		while (p > 0 && (aux_word(x, p - 1) || role(x, p - 1, "adv") || ly_adverb(x, p - 1) ||
		                 (negc && neg_word(x, p - 1))))
			p--;
		/* "was denounced by Ames", "a plan rejected by Pruett": the agent
		 * after "by" is the source, and the subject, what was denounced,
		 * never is */
		int passive =
		        v1 + 1 < x->n && is(x, v1, "by") && ((p < i && aux_word(x, p)) || ed_form(x, v1 - 1));
		/* with no auxiliary, "by" and a form in -ing tell how the
		 * subject did it, and the subject spoke: "Ruiz responded by
		 * standing on the floor", "Okoye concluded by thanking the
		 * crowd"; not "was answered by pointing to the rules" */
		static const char *const short_ing[] = { "using", "doing", "going", "being" };
		if (passive && !(p < i && aux_word(x, p)) &&
		    (src_ing_form(x->d, v1 + 1) || DOC_TOK_IN(x->d, v1 + 1, short_ing)) &&
		    !(T(x, v1 + 1)->flags & TF_CAP))
			passive = 0; /* "Ruiz responded by using the figures" too */
		/* a "By" that opens a paragraph, or a line with its capital, is
		 * the byline under a headline, not the agent of the headline's
		 * last verb: "Bridge Plan Rejected | By Maria Lopez" */
		if (passive && ((T(x, v1)->flags & TF_PARA) ||
		                ((T(x, v1)->flags & TF_NEWLINE) && (T(x, v1)->flags & TF_CAP)))) {
			if (emit_cue(x, i, v1, lemma_of(x, i), NULL) != 0)
				*err = 1;
			return v1;
		}
		if (!found && passive) {
			found = spk_np_after(x, v1 + 1, &s) || spk_unknown_name_after(x, v1 + 1, &s) ||
			        (passive_aux(x, i) && spk_agent_after(x, v1 + 1, &s));
			if (!found) {
				if (emit_cue(x, i, v1, lemma_of(x, i), NULL) != 0)
					*err = 1;
				return v1;
			}
		}
		if (!found && p > 0 && (is(x, p - 1, "and") || is(x, p - 1, "but")))
			found = relative_conjunct(x, p - 1,
			                          &s) || /* "Ames went after Delgado and called ..." */
			        clause_subject(x, i, &s);
		if (!found) {
			found = spk_subject_before(x, i, &s);
			if (found && one_kind_bare(x, i, &s))
				return i + 1; /* a noun: "As a general rule, ..." */
			if (found && disagrees(x, i, &s)) {
				/* the plural before the preposition is the subject:
				 * "All of my friends at city hall tell me" */
				uint32_t t1 = s.t1, q = s.t0 - 1;
				src_clear(&s);
				found = q > sent_start(x, i) && spk_np_before(x, q - 1, &s) && s.plural;
				if (!found && q > sent_start(x, i) && src_people_plural(x->d, q - 1)) {
					/* a plural no vocabulary knows: "Astronomers using
					 * the James Webb Space Telescope say" */
					src_clear(&s);
					found = spk_plain_phrase(x,
					                         spk_plain_start(x, sent_start(x, i), q - 1),
					                         q, &s) &&
					        s.plural;
				}
				if (found) {
					s.t1 = t1;
				} else {
					/* a plural further back ("rivals in Ohio oppose
					 * the merger"): a cue with no phrase to name;
					 * but "a campaign promise he made", "the silence
					 * pledge.": a noun */
					src_clear(&s);
					if (!verbal_next(x, v1) || DOC_TOK_IN(x->d, q + 1, one_of))
						return i + 1;
					if (emit_cue(x, i, v1, lemma_of(x, i), NULL) != 0)
						*err = 1;
					return v1;
				}
			}
		}
		if (!found)
			found = opening_surname(x, i, &s);
		if (!found) {
			/* a subject no vocabulary knows before an aside of examples
			 * or a share: "Many hawks, like Ames and Bell, say" */
			uint32_t c = example_aside(x, i);
			if (c != UINT32_MAX)
				found = aside_speaker(x, c, &s);
			if (!found)
				src_clear(&s);
		}
		int plain = 0;
		if (!found && !strong && !pron_subject(x, i)) {
			const char *comp = cue_attr(x, i, "comp");
			int ok = (comp && noun_before(x, i) && complement(x, v1) &&
			          !(v1 < x->n && role(x, v1, "prep"))) ||
			         seems_to_act(x, i, v1);
			plain = !ok && plain_subject(x, i);
			if (!ok && !plain) {
				if (!that)
					return i + 1;
				bare = 1; /* "Conceding that ...": a cue, no speaker */
			}
		}
		if (!found && !bare && (strong || complement(x, v1))) {
			int ps = plain_speaker(x, i, v1, strong, &s); /* "Cement makers argue that ..." */
			if (ps < 0)
				return i + 1; /* a noun: "As a general rule, ..." */
			found = ps;
		} else if (!found && plain) {
			/* a cue by its plain subject with an object after it: that
			 * subject is its speaker too ("Forecasters say costs will
			 * rise", "Insurers fear higher claims") */
			found = plain_speaker(x, i, v1, strong, &s) > 0;
			if (!found)
				src_clear(&s);
		}
		if (!found && strong && ed_form(x, v1 - 1) && !complement(x, v1) && !inverted_context(x, i))
			return i + 1; /* "reasoned counter-arguments" */
	}
	if (!found && headline_speaker(x, i, &s))
		found = 1; /* "Dana Voss Describes Her Years in the Race" */
	if (participle_after_prep(x, i, v1, found ? &s : NULL))
		return i + 1; /* "no shares in the companies mentioned." */
	if (raid_on_place(x, i, v1, found ? &s : NULL))
		return i + 1; /* "militants attacked southern Israel" */
	if (found && described_thing(x, i, v1, &s)) {
		found = 0; /* "taken to hospital with injuries described as serious" */
		src_clear(&s);
	}
	if (found && reported_event(x, i, v1, &s))
		return i + 1; /* "a fire reported at 2 a.m.": what was reported, and when */
	const char *lemma = lemma_of(x, i);
	if (found && src_attr_is(x->d, x->cue, i, "src", "none", 0)) {
		/* "Ames seemed to ...": the writer's reading of him, not his word */
		found = 0;
		src_clear(&s);
	}
	if (src_attr_is(x->d, x->cue, i, "subj", "doc", 0) &&
	    !(found && s.kind && strcmp(s.kind, "document") == 0))
		return i + 1; /* "the video targets the council's budget", "the leaflet features photos
		               * of nurses": what a document says; "the bill targets fraud", "the band
		               * features a drummer" */
	if (found && spk_withheld(x, &s)) {
		s.cls = SC_ANON;
		s.kind = "person";
	}
	if (found && s.cls == SC_NAMED && s.kind && strcmp(s.kind, "organisation") == 0 &&
	    own_sourcing(x, i, &s))
		s.cls = SC_VAGUE; /* "The BBC understands that", "CNN has learned that" */
	if (found)
		s.no_comment = gave_no_comment(x, i, v1);
	if (found && emit_source(x, &s, lemma, i) != 0)
		*err = 1;
	if (emit_cue(x, i, v1, lemma, found ? &s : NULL) != 0)
		*err = 1;
	if (found)
		spk_remember(x, &s, T(x, i)->sent);
	return v1;
}

/* ---- embedded posts ----------------------------------------------------- */

/* The signature a page prints under a post it embeds, from the dash at i:
 * "... pic.twitter.com/x -- Walter Ames Jr. (@WalterAmesJr) September
 * 19, 2016". The display name runs to a bracket that holds "@" and the
 * handle, and a date follows. *n1 is the name's end; the token after the
 * date is returned, or 0. */
static uint32_t post_signature(const actx *x, uint32_t i, uint32_t *n1)
{
	if (T(x, i)->kind != TOK_PUNCT || src_ch(x->d, i) != '-' || i + 6 >= x->n)
		return 0;
	uint32_t k = i + 1;
	while (k < x->n && k < i + 9 && !doc_mark_at(x->d, k, '(') &&
	       !(T(x, k)->flags & (TF_NEWLINE | TF_PARA)))
		k++;
	if (k == i + 1 || k + 3 >= x->n || !doc_mark_at(x->d, k, '(') || src_ch(x->d, k + 1) != '@')
		return 0;
	*n1 = k;
	uint32_t c = k + 2;
	while (c < x->n && c < k + 8 && !doc_mark_at(x->d, c, ')') && !(T(x, c)->flags & TF_SPACE))
		c++;
	if (c + 1 >= x->n || !doc_mark_at(x->d, c, ')') || !(x->qty[c + 1] & Q_DATE))
		return 0;
	uint32_t e = c + 1;
	while (e < x->n && e < c + 8 && ((x->qty[e] & Q_DATE) || doc_mark_at(x->d, e, ',')))
		e++;
	if (doc_mark_at(x->d, e - 1, ','))
		e--;
	return e;
}

/* An embedded post: its author is its source (kind "post": a named
 * account, whose words the page passes on), the dash its cue, and its
 * words, back to the start of their line, a gap, the last signature or the
 * start of their sentence, a quotation of the author's with attribute
 * post. */
static uint32_t post_cue(actx *x, uint32_t i, int *err)
{
	uint32_t n1, end = post_signature(x, i, &n1);
	if (!end)
		return 0;
	/* the post's words: the line before a signature that opens its own,
	 * or the start of the signature's line */
	uint32_t b = i, lo = sent_start(x, i > 0 ? i - 1 : 0);
	while (b > x->post_end && i - b < 80) {
		b--;
		if ((T(x, b)->flags & (TF_NEWLINE | TF_PARA)) || spaces_before(x, b, 2))
			break; /* two spaces join a page's flattened blocks: a post
			        * and the prose around it */
	}
	if (i - b >= 80)
		b = lo > x->post_end ? lo : x->post_end;
	/* a post is short: no more than its last sentences within 300 bytes
	 * (the page's own prose may run on to the signature) */
	while (b < i && T(x, i - 1)->e - T(x, b)->s > 300) {
		uint32_t nb = sent_end(x, b);
		b = nb > b && nb < i ? nb : (lo > b ? lo : i);
	}
	source s;
	src_named_span(&s, x, i + 1, n1, "post"); /* the display name; the handle follows it */
	set_name(&s, x, i + 1, n1);
	if (emit_source(x, &s, "post", i) != 0 || emit_cue(x, i, i + 1, "post", &s) != 0)
		*err = 1;
	uint32_t words = 0;
	for (uint32_t k = b; k < i; k++)
		words += T(x, k)->kind == TOK_WORD;
	if (words > 0) {
		crd_doc *d = x->d;
		uint32_t it = doc_add(d, F_DIRECT_QUOTE, T(x, b)->s, T(x, i - 1)->e);
		if (it == UINT32_MAX) {
			*err = 1;
		} else {
			doc_attr_num(d, it, "words", words);
			doc_attr_strn(d, it, "speaker", d->text + s.name_s, s.name_e - s.name_s);
			doc_attr_num(d, it, "speaker_offset", s.name_s);
			doc_attr_bool(d, it, "post", 1);
		}
	}
	x->post_end = end;
	return end;
}

/* ---- polls -------------------------------------------------------------- */

/* "In a recent CNN/ORC poll, 20 percent said ...": figures attributed to a
 * poll named in the opening phrase. The cue is the preposition, the source
 * the poll. */
static uint32_t poll_cue(actx *x, uint32_t i, int *err)
{
	uint32_t hi = sent_end(x, i), k = i + 1, end = 0;
	if (i != sent_start(x, i))
		return 0; /* "leads in the polls": a standing, not a report */
	for (; k < hi && k - i <= NP_MAX; k++) {
		if (x->inq[k] ||
		    (T(x, k)->kind == TOK_PUNCT && !glued_hyphen(x, k) && !doc_mark_at(x->d, k, '/')))
			break; /* but "a CNN/ORC poll", "a Washington Post-ABC News poll" */
		if (src_attr_is(x->d, x->srcw, k, "poll", "1", 1)) {
			end = k + 1;
			break;
		}
		if (k > i + 1 &&
		    (role(x, k, "det") || role(x, k, "prep") || role(x, k, "bound") || x->cue[k]))
			break;
	}
	if (!end)
		return 0;
	if (end < hi && T(x, end)->kind == TOK_WORD && !past_participle(x, end) &&
	    src_plural_form(x->d->view.fold + T(x, end)->fs, T(x, end)->fe - T(x, end)->fs))
		return 0; /* "In the poll averages, Delgado leads": a standing */
	source s;
	src_clear(&s);
	if (spk_np_after(x, i + 1, &s) && s.t1 >= end) {
		s.t1 = end;
	} else {
		/* the poll's own words name it: "In a Gallup survey | earlier
		 * this month, 45 percent ..." */
		src_named_span(&s, x, i + 1, end, "document");
	}
	if (emit_found(x, i, i + 1, "in", &s, 1) != 0)
		*err = 1;
	return end;
}

/* "To many voters, the plan is a betrayal", "because to him, the deal was
 * a win": a view the sentence gives as held by whoever follows "to", its
 * source. Only at the opening of a sentence or right after "but" or
 * "because", and only a person or a body of them (a name, an object
 * pronoun, a group of people) closed by a comma: not "To date,", "To that
 * end,", "To Ames's credit,", nor "partial to Hale and to Ames, for
 * whom". */
static uint32_t perspective_cue(actx *x, uint32_t i, int *err)
{
	uint32_t lo = sent_start(x, i), hi = sent_end(x, i), e;
	if (i != lo && !(is(x, i - 1, "but") || is(x, i - 1, "because")))
		return 0;
	if (i + 2 >= hi)
		return 0;
	source s;
	src_clear(&s);
	if (spk_object_pronoun(x, i + 1, hi, &s))
		e = i + 2;
	else if (spk_np_after(x, i + 1, &s) && s.t0 == i + 1 && !role(x, i + 1, "pron"))
		e = span_end_tok(x, &s);
	else
		return 0;
	/* a name is capitalised ("To win Ohio, she must ..." is a purpose),
	 * and a body is mostly who was told ("To CNN, the mayor said ...") */
	if (s.cls == SC_NONE || (s.kind && strcmp(s.kind, "person") != 0) || e >= hi ||
	    !doc_mark_at(x->d, e, ',') ||
	    (s.cls == SC_NAMED && !is(x, i + 1, "him") && !is(x, i + 1, "her") && !is(x, i + 1, "them") &&
	     !(T(x, i + 1)->flags & TF_CAP)))
		return 0;
	/* but the one told, when the clause has a speaker of its own who
	 * speaks ("To voters, Nora Ames wrote that ...", "To his aides, she
	 * quietly confided ..."; not "To many, she seems tired", whose
	 * verb reads her without her words) */
	for (uint32_t k = e + 2; k < hi && k < e + 8 && T(x, k)->kind != TOK_PUNCT; k++) {
		if (!x->cue[k] || src_attr_is(x->d, x->cue, k, "src", "none", 0))
			continue;
		uint32_t j = k - 1;
		while (j > e + 1 && (role(x, j, "adv") || ly_adverb(x, j)))
			j--;
		if ((x->ent[j] && entity(x, j)[2] == F_NAMED_PERSON) || subject_pronoun(x, j))
			return 0;
	}
	/* the holder of the view is not the subject the verbs after it take
	 * ("To many, Hale is a crank, often shouting ..." is Hale's shouting) */
	if (emit_aside(x, i, i + 1, "to", &s, 1) != 0)
		*err = 1;
	return e;
}

/* ---- stance adjectives and nouns ---------------------------------------- */

/* A degree word before an adjective ("very", "increasingly"). */
static int degree_word(const actx *x, uint32_t i)
{
	return role(x, i, "adv") || neg_word(x, i) || ly_adverb(x, i) || is(x, i, "very") || is(x, i, "so") ||
	       is(x, i, "more") || is(x, i, "less") || is(x, i, "most") || is(x, i, "quite") ||
	       is(x, i, "rather") || is(x, i, "particularly") || is(x, i, "all") || is(x, i, "as");
}

/* The folded text of tokens [t0, t1), copied for a lemma attribute. */
static const char *folded_copy(actx *x, uint32_t t0, uint32_t t1)
{
	const char *f = x->d->view.fold;
	char *c = arena_strndup(&x->d->mem, f + T(x, t0)->fs, T(x, t1 - 1)->fe - T(x, t0)->fs);
	if (!c)
		x->d->nomem = 1;
	return c;
}

/* Whether the last cue already covers token k. */
static int cue_covers(const actx *x, uint32_t k)
{
	return x->ncues && x->cues[x->ncues - 1].t1 > k && x->cues[x->ncues - 1].t0 <= k;
}

/* Whether word k is what a stance adjective bears on: "sure that",
 * "wary of", "upset about", "eager to", "pleased with", "furious over",
 * "unsure whether". */
static int stance_complement(const actx *x, uint32_t k)
{
	static const char *const words[] = { "that", "of", "about", "to", "with", "over", "whether" };
	return DOC_TOK_IN(x->d, k, words);
}

/* Whether the adjective that ends before n1 closes its clause with nothing
 * it bears on: "Her aides were furious.", "Most voters remain undecided,
 * and ...", "The mayor was adamant; ..."; a feeling or stance with no
 * object attributes no content (not "was aware, however, that ...", an
 * aside before its clause, nor "was blunt: ...", whose colon opens it, nor
 * "was upset, shouting ...", whose participle takes its speaker from it). */
static int bare_feeling(const actx *x, uint32_t n1, uint32_t hi)
{
	if (n1 >= hi)
		return 1;
	if (doc_mark_at(x->d, n1, '.') || doc_mark_at(x->d, n1, '!') || doc_mark_at(x->d, n1, '?') ||
	    doc_mark_at(x->d, n1, ';') || doc_mark_at(x->d, n1, ')'))
		return 1;
	if (!doc_mark_at(x->d, n1, ',') || (n1 + 1 < hi && src_ing_form(x->d, n1 + 1)))
		return 0; /* "was just as frank, claiming ...": the participle's speaker */
	for (uint32_t j = n1 + 1; j < hi && j < n1 + 5; j++)
		if (doc_mark_at(x->d, j, ','))
			return !(j + 1 < hi && stance_complement(x, j + 1));
	return 1;
}

/* A stance adjective with no copula that still says what someone feels
 * towards something: after a comma or a dash that hangs it on the clause's
 * subject ("The aides cancelled the stop, wary of tiring him", "advisers
 * were elated - thrilled with the speech"), or after the object of "make"
 * or "leave" ("made me proud to serve", "leaving growers fearful that
 * ..."). It needs what it bears on right after it, "that", "of", "about",
 * "to", "with", "over" or "whether" (not "divided by ideology", a cause
 * with no content). The cue is the adjective and its degree words, with no
 * source: the subject may stand far back. k is where the degree words
 * start, n1 the token after the adjective. */
static uint32_t loose_stance_adj(actx *x, uint32_t k, uint32_t n1, const char *lemma, int *err)
{
	uint32_t lo = sent_start(x, k);
	if (k <= lo || n1 >= sent_end(x, k) || cue_covers(x, k) || inside_report(x, k))
		return 0;
	if (is(x, k, "as"))
		return 0; /* "Delgado, as opposed to Ames": a contrast */
	if (!stance_complement(x, n1))
		return 0;
	static const char *const causes[] = { "make",  "makes",  "made", "making",
		                              "leave", "leaves", "left", "leaving" };
	int hung = doc_mark_at(x->d, k - 1, ',') || doc_mark_at(x->d, k - 1, '-');
	for (uint32_t j = k - 1; !hung && j > lo && k - j <= 3; j--) {
		if (T(x, j - 1)->kind != TOK_WORD || T(x, j)->kind != TOK_WORD)
			break;
		hung = DOC_TOK_IN(x->d, j - 1, causes);
	}
	if (!hung)
		return 0;
	source s;
	src_clear(&s);
	if (emit_found(x, k, n1, lemma, &s, 0) != 0)
		*err = 1;
	return n1;
}

/* "Hale is critical of ...", "she was confident that ...", "voters
 * remain skeptical about": a stance adjective after a copula, with a
 * speaker as its subject. The cue runs from the copula to the adjective. */
static uint32_t stance_adj(actx *x, uint32_t i, int *err)
{
	const lex_match *m = src_match(x->d, x->stance, i);
	uint32_t lo = sent_start(x, i), k = i;
	static const char *const not_be[] = { "isn't", "aren't", "wasn't", "weren't" };
	while (k > lo && i - k < 3 && degree_word(x, k - 1) && !DOC_TOK_IN(x->d, k - 1, not_be))
		k--; /* but the copula of "aren't interested" */
	/* a quantifier floated after a plural copula: "they were both
	 * critical of", "the owners are all confident that" */
	if (k > lo + 1 && (is(x, k - 1, "both") || is(x, k - 1, "all") || is(x, k - 1, "each")) &&
	    (is(x, k - 2, "are") || is(x, k - 2, "were") || is(x, k - 2, "'re") || is(x, k - 2, "be") ||
	     is(x, k - 2, "been")))
		k--;
	uint32_t c = k;
	int cop = 0;
	while (c > lo && i - c < 8) {
		uint32_t j = c - 1;
		if (is(x, j, "is") || is(x, j, "are") || is(x, j, "was") || is(x, j, "were") ||
		    is(x, j, "be") || is(x, j, "been") || is(x, j, "being") || is(x, j, "'re") ||
		    is(x, j, "am") || is(x, j, "'m") || DOC_TOK_IN(x->d, j, not_be) ||
		    (is(x, j, "'s") && j > lo && role(x, j - 1, "pron")) ||
		    src_attr_is(x->d, x->stance, j, "type", "cop", 1)) {
			cop = 1;
			c = j;
			continue;
		}
		if (cop && (aux_word(x, j) || neg_word(x, j) || role(x, j, "adv") || ly_adverb(x, j))) {
			c = j;
			continue;
		}
		break;
	}
	if (!cop)
		return loose_stance_adj(x, k, m->tok1, folded_copy(x, i, m->tok1), err);
	if (cue_covers(x, c) || inside_report(x, i))
		return 0;
	uint32_t n1 = m->tok1, n2 = n1 + 1;
	if (n1 == i + 1 && n2 < x->n && T(x, n1)->kind == TOK_WORD && !(T(x, n1)->flags & TF_CAP) &&
	    !x->gram[n1] && !ly_adverb(x, n1) && !participle(x, n1) && !is(x, n1, "overall") &&
	    !is(x, n1, "up") && !is(x, n1, "out") &&
	    (T(x, n2)->kind == TOK_PUNCT || is(x, n2, "and") || role(x, n2, "prep")))
		return 0; /* before its noun: "are content providers and", "is most
		           * crowded district." (not "is confident voters will", "was
		           * upbeat overall about") */
	if (bare_feeling(x, n1, sent_end(x, i)))
		return 0;
	for (uint32_t k2 = c; k2 < i; k2++)
		if (is(x, k2, "will") || is(x, k2, "would") || is(x, k2, "may") || is(x, k2, "might") ||
		    is(x, k2, "should") || is(x, k2, "could") || is(x, k2, "must") || is(x, k2, "can"))
			return 0; /* "should be willing": what someone ought to feel */
	if (c > lo && is(x, c - 1, "it"))
		return 0; /* "it is not clear": nobody's stance */
	while (c < k && !is(x, c, "is") && !is(x, c, "are") && !is(x, c, "was") && !is(x, c, "were") &&
	       (role(x, c, "adv") || ly_adverb(x, c)))
		c++;
	source s;
	src_clear(&s);
	int found = spk_subject_before(x, c, &s);
	if (!found && !pron_subject(x, c) && !plain_subject(x, c))
		return 0;
	/* a thing's state, no one's mind, where the subject ends with a noun
	 * in lower case that no source vocabulary knows, whose ending is no
	 * plural of people and which no preposition governs: "Both premises
	 * look dubious", "its policies are often hostile", "the expectations
	 * are clear" (not "Some farmers are skeptical", "the Hale forces
	 * are aware", "the Harlows themselves stayed silent") */
	static const char *const crowds[] = { "forces", "audience", "audiences", "community",  "crowd",
		                              "crowds", "staff",    "public",    "team",       "camp",
		                              "base",   "side",     "electorate", "establishment" };
	uint32_t h = c > lo ? c - 1 : c;
	if (!found && h < c && h > lo && T(x, h)->kind == TOK_WORD && !(T(x, h)->flags & TF_CAP) &&
	    !x->gram[h] && !x->srcw[h] && !x->ent[h] && !x->inq[h] && !src_people_plural(x->d, h) &&
	    !DOC_TOK_IN(x->d, h, crowds) && !reflexive(x, h) && !role(x, h - 1, "prep"))
		return 0;
	if (!found && !pron_subject(x, c)) {
		/* a plain plural no vocabulary knows is the one who holds it:
		 * "But beekeepers were adamant that ..." */
		found = plain_speaker(x, c, c + 1, 0, &s) > 0;
		if (!found)
			src_clear(&s);
	}
	if (emit_found(x, c, m->tok1, folded_copy(x, i, m->tok1), &s, found) != 0)
		*err = 1;
	return m->tok1;
}

/* Whether "attack on" owned at p, the noun's phrase starting at q and
 * "on" at nx, is one of arms: a word of violence before the noun ("his
 * deadly attack on the base"), a country as owner ("Russia's attacks
 * on"), or troops, a place or a building as target ("its attacks on
 * government troops", "an attack on Kabul"). */
static int armed_attack(const actx *x, uint32_t p, uint32_t q, uint32_t nx)
{
	static const char *const arms[] = { "murderous", "deadly",   "terrorist", "terror",   "suicide",
		                            "armed",     "bloody",   "violent",   "military", "missile",
		                            "rocket",    "chemical", "lethal",    "physical", "air",
		                            "cyber",     "knife",    "gun",       "bomb",     "mortar" };
	static const char *const targets[] = { "troops",  "forces",   "soldiers", "civilians", "positions",
		                               "bases",   "base",     "convoy",   "club",      "embassy",
		                               "police",  "officers", "army",     "town",      "city",
		                               "village", "compound", "church",   "mosque",    "school" };
	for (uint32_t k = q; k < nx; k++)
		if (DOC_TOK_IN(x->d, k, arms))
			return 1;
	if (p > 0 && possessive(x, p) && x->ent[p - 1] && entity(x, p - 1)[2] == F_PLACE)
		return 1;
	for (uint32_t k = nx + 1; k < x->n && k < nx + 5 && T(x, k)->kind == TOK_WORD; k++) {
		if (x->ent[k] && entity(x, k)[2] == F_PLACE && k == nx + 1)
			return 1;
		if (DOC_TOK_IN(x->d, k, targets))
			return 1;
	}
	return 0;
}

/* Whether the stance noun at i is one of misgiving (1) or of talk (2),
 * which report what many feel or say about a matter: "amid growing
 * skepticism about the deal", "bitter disagreements over the levy",
 * "renewed talk about a merger". Talk is no saying of its own, so it
 * needs the matter after it ("about", "over", "regarding"): not "got pep
 * talks before the drive", "gave a talk to aides", "would make any
 * speculation moot". */
static int mood_noun(const actx *x, uint32_t i)
{
	static const char *const moods[] = { "doubt",      "skepticism", "scepticism",   "reservations",
		                             "misgivings", "anxiety",    "alarm",        "alarms",
		                             "outrage",    "grievances", "disagreement", "disagreements" };
	static const char *const talk[] = { "talk", "talks", "conversations", "speculation" };
	return DOC_TOK_IN(x->d, i, talk) ? 2 : DOC_TOK_IN(x->d, i, moods);
}

/* Whether the word at k, between an owner and a noun of saying, says
 * when it was said: "the union's earlier claim", "Trask's Friday
 * announcement", "her March comment", "the mayor's 2014 pledge". */
static int noun_when(const actx *x, uint32_t k)
{
	int abbr;
	if (is(x, k, "earlier") || is(x, k, "later") || role(x, k, "time"))
		return 1;
	if (T(x, k)->kind == TOK_NUM)
		return (x->qty[k] & Q_DATE) != 0;
	return T(x, k)->kind == TOK_WORD && (T(x, k)->flags & TF_CAP) && !(T(x, k)->flags & TF_SENT) &&
	       (doc_tok_weekday(x->d, T(x, k), &abbr) || doc_tok_month(x->d, T(x, k), &abbr));
}

/* "his claim that ...", "Ames's criticism of ...", "made the case for",
 * "raised questions about": a noun of saying or judging owned by a speaker
 * or governed by a verb of making or giving with a speaker as subject. */
static uint32_t stance_noun(actx *x, uint32_t i, int *err)
{
	const lex_match *m = src_match(x->d, x->stance, i);
	uint32_t lo = sent_start(x, i), q = i;
	if (inside_report(x, i) || x->inq[i])
		return 0;
	/* adjectives between: "disparaging remarks", "a fiery takedown"; in
	 * capitals too where the noun has them, in a title-case headline
	 * ("Makes Bold Prediction About", "Raises Serious Concerns"), but no
	 * name ("Hale criticism"); and a past form of a verb of making right
	 * after an owner, which is no verb there: "the mayor's repeated
	 * accusations", "her renewed call for" */
	int title = (T(x, i)->flags & TF_CAP) && !(T(x, i)->flags & TF_SENT) && i > lo;
	while (q > lo && i - q < 3 &&
	       ((T(x, q - 1)->kind == TOK_WORD &&
	         (!(T(x, q - 1)->flags & TF_CAP) || (title && !x->ent[q - 1] && !x->cue[q - 1])) &&
	         !x->gram[q - 1] && !x->srcw[q - 1] && !possessive(x, q - 1) &&
	         (!x->stance[q - 1] ||
	          (ed_form(x, q - 1) && q - 1 > lo &&
	           (possessive(x, q - 2) ||
	            (role(x, q - 2, "det") && (src_attr(x->d, x->gram, q - 2, "gender", 1) ||
	                                       src_attr(x->d, x->gram, q - 2, "number", 1))))))) ||
	        noun_when(x, q - 1) || (q < i && (is(x, q - 1, "most") || is(x, q - 1, "more")))))
		q--;
	if (q <= lo)
		return 0;
	uint32_t p = q - 1;
	source s;
	src_clear(&s);
	int found = 0;
	uint32_t nx = m->tok1;
	int content = nx < x->n && (is(x, nx, "that") || is(x, nx, "of") || is(x, nx, "about") ||
	                            is(x, nx, "against") || doc_mark_at(x->d, nx, ':'));
	/* "voted in support of the bill", "rallied in support of the mayor":
	 * the stance of whoever acts, whatever the verb; not a change in how
	 * many hold it ("a sharp drop in support of the plan") */
	static const char *const changes[] = { "decline", "drop",   "rise",   "increase", "surge", "dip",
		                               "fall",    "jump",   "slide",  "gain",     "gains", "boost",
		                               "erosion", "uptick", "change", "shift",    "loss",  "growth" };
	if (is(x, i, "support") && q == i && i > lo && is(x, i - 1, "in") &&
	    (i - 1 == lo || !DOC_TOK_IN(x->d, i - 2, changes)) && nx + 1 < x->n && is(x, nx, "of")) {
		if (emit_found(x, i - 1, nx + 1, folded_copy(x, i - 1, nx + 1), &s, 0) != 0)
			*err = 1;
		return nx + 1;
	}
	/* an owner's noun gives its content after a copula too ("Lane's
	 * argument was that ...", "her point is that ..."), and "in Ames's
	 * view" is a view with nothing after it; "his opposition to", "her
	 * support for" are left out: mostly a stance the writer sums up, not
	 * one a source gave */
	int owned = possessive(x, p) || (role(x, p, "det") && (src_attr(x->d, x->gram, p, "gender", 1) ||
	                                                       src_attr(x->d, x->gram, p, "number", 1)));
	if (!content && owned && nx + 1 < x->n && (is(x, nx, "was") || is(x, nx, "is")) &&
	    is(x, nx + 1, "that"))
		content = 1;
	/* the content after a short setting of the noun, a time or an
	 * occasion of speaking: "her claim on Monday that ...", "his warning
	 * in a radio interview that ...", when a subject or a quotation opens
	 * the clause after "that" (not the relative of "his remarks in a speech that
	 * aired Sunday", nor "his position in states that he won"). A noun
	 * only saying makes ("claim", "statement") needs no time or occasion
	 * in the setting, and its owner stays the speaker to refer back to. */
	static const char *const said[] = { "claim",      "statement",  "suggestion",   "argument",
		                            "warning",    "assertion",  "promise",      "pledge",
		                            "allegation", "accusation", "announcement", "admission",
		                            "prediction", "contention" };
	int aside = 0;
	if (!content && owned && nx < x->n &&
	    (is(x, nx, "in") || is(x, nx, "on") || is(x, nx, "at") || is(x, nx, "during") ||
	     role(x, nx, "time") || (x->qty[nx] & Q_DATE))) {
		static const char *const events[] = { "interview",  "speech",    "debate",  "hearing",
			                              "appearance", "hall",      "rally",   "letter",
			                              "post",       "tweet",     "address", "conference",
			                              "meeting",    "broadcast", "op-ed" };
		int saying = DOC_TOK_IN(x->d, i, said), when = saying;
		uint32_t k = nx, hi = sent_end(x, nx);
		while (k < hi && k < nx + 7 && T(x, k)->kind != TOK_PUNCT && !is(x, k, "that") &&
		       !x->cue[k] && !aux_word(x, k) && !x->stance[k]) {
			when |= role(x, k, "time") || (x->qty[k] & Q_DATE) || DOC_TOK_IN(x->d, k, events);
			k++;
		}
		if (when && k > nx && k + 1 < hi && is(x, k, "that") &&
		    (subject_pronoun(x, k + 1) || role(x, k + 1, "det") || (T(x, k + 1)->flags & TF_CAP) ||
		     T(x, k + 1)->kind == TOK_NUM || quote_mark(x, k + 1))) {
			content = 1;
			aside = !saying;
		}
	}
	/* a noun of promising or proposing takes its content as an
	 * infinitive: "his promise to fix the roads", "the mayor's threat to
	 * sue", "her claim to be the strongest" (not "his claim to the
	 * throne", "her promise to voters") */
	if (!content && owned && nx + 2 < x->n && is(x, nx, "to") &&
	    (!x->gram[nx + 1] || is(x, nx + 1, "be")) && T(x, nx + 1)->kind == TOK_WORD &&
	    !(T(x, nx + 1)->flags & TF_CAP) &&
	    (is(x, i, "promise") || is(x, i, "promises") || is(x, i, "pledge") || is(x, i, "vow") ||
	     is(x, i, "threat") || is(x, i, "threats") || is(x, i, "proposal") || is(x, i, "proposals") ||
	     is(x, i, "claim")))
		content = aside = 1;
	/* "the senator's attacks on the banks", "the mayor's call for an
	 * inquiry": what the owner said against or asked for */
	if (!content && owned && nx + 1 < x->n &&
	    (((is(x, i, "attack") || is(x, i, "attacks")) && is(x, nx, "on") && !armed_attack(x, p, q, nx)) ||
	     ((is(x, i, "call") || is(x, i, "calls")) && is(x, nx, "for"))))
		content = aside = 1;
	if (!content && possessive(x, p) && is(x, i, "view") && q == i) {
		/* "in Ames's view", "in Senator Ada Brooks's view" */
		uint32_t o = p;
		while (o > lo && p - o < 4 && !is(x, o - 1, "in") && T(x, o - 1)->kind == TOK_WORD)
			o--;
		content = o > lo && is(x, o - 1, "in");
	}
	/* a poll's reading: "her support among young voters fell", "had her
	 * greatest support among the nurses": the stance of those after
	 * "among", of whom the owner is the object */
	if (owned && is(x, i, "support") && nx + 1 < x->n && is(x, nx, "among")) {
		found = spk_np_after(x, nx + 1, &s) && s.cls != SC_NONE;
		if (emit_aside(x, i, m->tok1, folded_copy(x, i, m->tok1), &s, found) != 0)
			*err = 1;
		return m->tok1;
	}
	int bare = !content && (role(x, p, "det") || possessive(x, p));
	if (!bare && role(x, p, "det") &&
	    (src_attr(x->d, x->gram, p, "gender", 1) || src_attr(x->d, x->gram, p, "number", 1) ||
	     src_attr(x->d, x->gram, p, "person", 1))) {
		if (src_attr(x->d, x->gram, p, "person", 1))
			return 0;
		spk_resolve_pronoun(x, p, &s);
		found = s.cls != SC_NONE;
		if ((aside ? emit_aside(x, i, m->tok1, folded_copy(x, i, m->tok1), &s, found)
		           : emit_found(x, i, m->tok1, folded_copy(x, i, m->tok1), &s, found)) != 0)
			*err = 1;
		return m->tok1;
	}
	if (!bare && possessive(x, p) && p > lo) {
		if (!spk_np_before(x, p - 1, &s) || s.cls == SC_NONE)
			return 0;
		if ((aside ? emit_aside(x, i, m->tok1, folded_copy(x, i, m->tok1), &s, 1)
		           : emit_found(x, i, m->tok1, folded_copy(x, i, m->tok1), &s, 1)) != 0)
			*err = 1;
		return m->tok1;
	}
	static const char *const topics[] = { "about", "over", "regarding" };
	if (mood_noun(x, i) == 2 && !DOC_TOK_IN(x->d, nx, topics))
		return 0;
	/* a verb of making or giving before the noun's determiner */
	uint32_t v = q;
	while (v > lo && q - v < 3 && (role(x, v - 1, "det") || T(x, v - 1)->kind == TOK_NUM))
		v--;
	if (v > lo && !bare && !cue_covers(x, v - 1)) {
		/* "faced criticism from", "won the endorsement of": the source
		 * follows; "came under" is two words */
		uint32_t r = v - 1;
		if (r > lo && src_attr_is(x->d, x->stance, r - 1, "type", "recv", 0) &&
		    src_match(x->d, x->stance, r - 1)->tok1 == v)
			r--;
		if (src_attr_is(x->d, x->stance, r, "type", "recv", 0) &&
		    src_match(x->d, x->stance, r)->tok1 == v) {
			found = nx + 1 < x->n && (is(x, nx, "from") || is(x, nx, "of") || is(x, nx, "by")) &&
			        spk_np_after(x, nx + 1, &s);
			if (!found && !content && T(x, q - 1)->kind == TOK_NUM && !(nx < x->n && x->cue[nx]))
				return 0; /* "received 47 calls for help": a count of
				           * things that came in, with no one and nothing
				           * said (but "received 911 calls saying ...") */
			if (emit_found(x, r, m->tok1, folded_copy(x, i, m->tok1), &s, found) != 0)
				*err = 1;
			return m->tok1;
		}
		/* "had the full backing of the union", "has the support of many
		 * mayors": a stance held by the speaker after "of" (not money:
		 * "had the financial backing of a donor") */
		static const char *const haves[] = { "has", "have", "had", "having" };
		static const char *const backs[] = { "support", "backing", "endorsement", "endorsements",
			                             "blessing" };
		if (DOC_TOK_IN(x->d, v - 1, haves) && DOC_TOK_IN(x->d, i, backs) && is(x, v, "the") &&
		    !(q < i && is(x, i - 1, "financial")) && nx + 1 < x->n && is(x, nx, "of") &&
		    spk_np_after(x, nx + 1, &s) && s.cls != SC_NONE) {
			if (emit_found(x, v - 1, m->tok1, folded_copy(x, i, m->tok1), &s, 1) != 0)
				*err = 1;
			return m->tok1;
		}
	}
	/* a verb of giving with its receiver between, a name or an object
	 * pronoun ("her" was walked over as a determiner): "gave Ames a
	 * glowing endorsement", "gave him its full support"; the giver is the
	 * source, and its own possessive counts as an article there */
	static const char *const gives[] = { "give", "gives", "gave", "given", "giving" };
	int receiver = 0;
	{
		uint32_t r = v;
		if (r > lo + 1 && (is(x, r - 1, "him") || is(x, r - 1, "them")))
			r--;
		else
			while (r > lo + 1 && v - r < 3 && T(x, r - 1)->kind == TOK_WORD &&
			       (T(x, r - 1)->flags & TF_CAP) && !(T(x, r - 1)->flags & TF_SENT) &&
			       !x->gram[r - 1] && !x->inq[r - 1] &&
			       !(x->ent[r - 1] && entity(x, r - 1)[2] == F_PLACE))
				r--;
		if (r < v && DOC_TOK_IN(x->d, r - 1, gives)) {
			receiver = 1;
			v = r;
		}
	}
	if (v <= lo || !src_attr_is(x->d, x->stance, v - 1, "type", "light", 1) || cue_covers(x, v - 1)) {
		/* with no owner and no verb to give them, questions, doubts and
		 * faults found still report what they are about: "amid questions
		 * about his health", "after criticism over the delay", "dogged by
		 * allegations of fraud"; whose they are is not said */
		static const char *const faults[] = { "criticism", "criticisms", "allegations", "accusations",
			                              "complaints" };
		static const char *const doubts[] = { "questions", "doubts", "concerns", "worries" };
		/* "of" names what is faulted ("allegations of fraud"), but the
		 * holders or the matters of a doubt ("the concerns of voters",
		 * "the old questions of land and water") */
		int fault = DOC_TOK_IN(x->d, i, faults);
		/* so do misgivings and the talk of many about a matter (mood_noun
		 * above); of these, the ones that are verbs too only where a noun
		 * stands, after an adjective, an article or a preposition ("a lot
		 * of talk about", not "voters talk about", "could not help but
		 * talk about", "pages that talk about": the verb's, which has its
		 * own cue) */
		int mood = mood_noun(x, i) &&
		           (!x->cue[i] || q < i || possessive(x, i - 1) || role(x, i - 1, "prep") ||
		            (role(x, i - 1, "det") && !is(x, i - 1, "that")));
		/* a view many share, with its matter or content after it: "a
		 * broad consensus on the levy", "no consensus that it works",
		 * "the consensus view among growers"; not one to be built ("forge
		 * consensus with", "a consensus candidate") */
		int shared =
		        is(x, i, "consensus") && nx + 1 < x->n &&
		        (is(x, nx, "on") || is(x, nx, "that") || is(x, nx, "among") || is(x, nx, "view"));
		if (!shared && ((!fault && !mood && !DOC_TOK_IN(x->d, i, doubts)) || nx + 1 >= x->n ||
		                !(DOC_TOK_IN(x->d, nx, topics) || (fault && is(x, nx, "of")))))
			return 0;
		src_clear(&s);
		if (emit_found(x, i, m->tok1, folded_copy(x, i, m->tok1), &s, 0) != 0)
			*err = 1;
		/* what they are about is a phrase, no clause: a verb later in
		 * the sentence is not inside them ("concerns about the plan
		 * are higher than studies have suggested") */
		else if (x->ncues)
			x->cues[x->ncues - 1].topic = 1;
		return m->tok1;
	}
	if (bare) {
		/* with nothing after the noun, only a new one counts ("issued a
		 * statement", "made a definitive call", and the set phrase "made
		 * the case"), not one the text named before ("made the comments
		 * at a rally", "made this statement during the debate"); "take"
		 * a stance only ("took a position", not "took a call", "take
		 * the case"), and "pose" a question, not a danger ("posed a
		 * deadly threat") */
		static const char *const takes[] = { "take", "takes", "took", "taken" };
		static const char *const poses[] = { "pose", "posed" };
		uint32_t a = v;
		while (a < q && !is(x, a, "a") && !is(x, a, "an"))
			a++;
		int make = is(x, v - 1, "make") || is(x, v - 1, "makes") || is(x, v - 1, "made") ||
		           is(x, v - 1, "making");
		if (a == q && !(make && is(x, i, "case")) && !(receiver && owned))
			return 0;
		if (DOC_TOK_IN(x->d, v - 1, takes) && !is(x, i, "position") && !is(x, i, "stance") &&
		    !is(x, i, "view") && !is(x, i, "positions") && !is(x, i, "views"))
			return 0;
		if (DOC_TOK_IN(x->d, v - 1, poses) && !is(x, i, "question"))
			return 0;
	}
	v--;
	if (src_attr_is(x->d, x->gram, v > lo ? v - 1 : v, "art", "1", 1))
		return 0; /* "the raised concerns" */
	found = spk_subject_before(x, v, &s) || opening_surname(x, v, &s);
	uint32_t a = v;
	while (!found && a > lo + 1 && v - a < 2 && ly_adverb(x, a - 1))
		a--;
	if (!found && a > lo + 1 && src_ing_form(x->d, v) && doc_mark_at(x->d, a - 1, ',') &&
	    !x->inq[a - 1]) {
		/* the verb as a participle after a comma takes its clause's
		 * subject, as ", saying" does: "Ames toured the plant,
		 * quickly delivering a sharp critique of the deal" */
		found = clause_subject(x, v, &s);
		if (!found)
			src_clear(&s);
	}
	if (!found && !pron_subject(x, v) && !plain_subject(x, v))
		return 0;
	if (emit_found(x, v, m->tok1, folded_copy(x, i, m->tok1), &s, found) != 0)
		*err = 1;
	return m->tok1;
}

static uint32_t stance_at(actx *x, uint32_t i, int *err)
{
	const char *t = stance_type(x, i);
	if (!t || x->inq[i])
		return 0;
	if (strcmp(t, "adj") == 0)
		return stance_adj(x, i, err);
	if (strcmp(t, "noun") == 0)
		return stance_noun(x, i, err);
	return 0;
}

/* Whether the word at k opens furniture lines with a colon ("Update:",
 * "Editor's note:", "LOOK:"): type=label in the stance lexicon, or
 * label=1 on a word of another type there. */
static int label_word(const actx *x, uint32_t k)
{
	return src_attr_is(x->d, x->stance, k, "type", "label", 0) ||
	       src_attr_is(x->d, x->stance, k, "label", "1", 0);
}

/* Whether token k can be part of a speaker's label before a colon:
 * capitalised words, initials, a party-and-state parenthesis. */
static int label_token(const actx *x, uint32_t k)
{
	const tok *t = T(x, k);
	if (x->ent[k])
		return 1;
	if (t->kind == TOK_WORD)
		return (t->flags & TF_CAP) && !x->gram[k] && !label_word(x, k);
	if (t->kind == TOK_PUNCT)
		return src_ch(x->d, k) == '.' || src_ch(x->d, k) == '(' || src_ch(x->d, k) == ')' ||
		       (src_ch(x->d, k) == '-' && !(t->flags & TF_SPACE));
	return 0;
}

/* Whether some person the document names ends with the word at k
 * ("MARLOW" for "Dana Marlow"): the first SURN_MAX names' last words. */
static int known_surname(const actx *x, uint32_t k)
{
	uint32_t h = src_hash(x->d, k);
	for (size_t e = 0; e < x->nsurn; e++)
		if (x->surn[e] == h)
			return 1;
	return 0;
}

/* Whether the word at k, ending a label of capitals, names what follows
 * rather than who speaks: a plural no vocabulary takes for people
 * ("RESULTS", "UPDATES", "PHOTOS") or a word for news ("BREAKING NEWS"). */
static int section_noun(const actx *x, uint32_t k)
{
	static const char *const news[] = { "news", "update", "alert", "notice", "summary", "recap" };
	const tok *t = T(x, k);
	if (t->kind != TOK_WORD || x->ent[k] || x->srcw[k] || known_surname(x, k))
		return 0;
	const char *f = x->d->view.fold + t->fs;
	size_t n = t->fe - t->fs;
	return DOC_TOK_IN(x->d, k, news) ||
	       (n > 3 && f[n - 1] == 's' && f[n - 2] != 's' && src_plural_form(f, n));
}

/* Whether the word at k is one that shouting puts in capitals
 * (emphatic_caps: "SHOCKING", "EXCLUSIVE", "BOMBSHELL"). */
static int emphatic_word(const actx *x, uint32_t k)
{
	int lex = engine_lexicon(x->d->engine, "emphatic_caps");
	return lex >= 0 && lex_has_match(x->d, lex, k, k + 1, NULL);
}

/* Whether tokens [b, i) before a colon are a transcript's speaker label:
 * a line that opens with a surname the document gives, in capitals
 * ("OKAFOR:", "SAM OKAFOR:"). Its answer may be short ("BENEDETTI: No.
 * Never.", "OKAFOR: Why now?"), where a headline's label needs more. */
static int transcript_label(const actx *x, uint32_t b, uint32_t i)
{
	if (i == b || i - b > 3 || !known_surname(x, i - 1) ||
	    !(b == 0 || (T(x, b)->flags & (TF_NEWLINE | TF_PARA))))
		return 0;
	for (uint32_t k = b; k < i; k++)
		if (T(x, k)->kind != TOK_WORD || !(T(x, k)->flags & TF_UPPER))
			return 0;
	return 1;
}

/* The token that ends the line of token i. */
static uint32_t line_end(const actx *x, uint32_t i)
{
	uint32_t k = i + 1;
	while (k < x->n && !(T(x, k)->flags & (TF_NEWLINE | TF_PARA)))
		k++;
	return k;
}

/* Whether the line of token b opens with a list's bullet before it or at
 * it ("- Messages: Fixes a bug", "\u2022 Reports: Shows weekly screen
 * time"): an item of a list, whose label names a part or a feature. */
static int bulleted_line(const actx *x, uint32_t b)
{
	for (uint32_t k = b > 0 ? b - 1 : b; k <= b; k++)
		if (doc_tok_bullet(x->d, T(x, k)) && (k == 0 || (T(x, k)->flags & (TF_NEWLINE | TF_PARA))))
			return 1;
	return 0;
}

/* Whether the colon at i ends a heading of a list's item: a line of its
 * own that a name opens, below the first, with a few words after the colon
 * and no quotation ("Lopez: A late surge.", "Park: Hold on in the South."),
 * over a line of prose that no label opens, as a transcript's next turn
 * would ("HOLT: Next question ..."). Reads a few tokens either side. */
static int heading_line(const actx *x, uint32_t i)
{
	uint32_t b = i;
	while (b > 0 && i - b < 6 && !(T(x, b)->flags & (TF_NEWLINE | TF_PARA)))
		b--;
	if (b == 0 || b == i || !(T(x, b)->flags & (TF_NEWLINE | TF_PARA)) ||
	    (i == b + 1 && (is(x, b, "q") || is(x, b, "a"))))
		return 0;
	for (uint32_t k = b; k < i; k++)
		if (!label_token(x, k))
			return 0;
	uint32_t e = i + 1, words = 0;
	for (; e < x->n && e < i + 10 && !(T(x, e)->flags & (TF_NEWLINE | TF_PARA)); e++) {
		if (quote_mark(x, e) || doc_mark_at(x->d, e, ':'))
			return 0;
		words += T(x, e)->kind == TOK_WORD;
	}
	if (e >= x->n || !(T(x, e)->flags & (TF_NEWLINE | TF_PARA)) || words == 0 || words > 6)
		return 0;
	/* the next line is prose: a dozen tokens, no colon among its first */
	uint32_t k = e + 1;
	for (; k < x->n && k < e + 12 && !(T(x, k)->flags & (TF_NEWLINE | TF_PARA)); k++)
		if (k < e + 6 && doc_mark_at(x->d, k, ':'))
			return 0;
	return k == e + 12;
}

/* Whether the document's lines hold two headings of a list's items or
 * more (heading_line): a roundup's sections, named for the people each
 * is about. Counted once, at the first colon that asks. */
static int heading_list(actx *x)
{
	if (x->headings == 0) {
		uint32_t found = 0;
		for (uint32_t i = 0; i < x->n && found < 2; i++)
			if (doc_mark_at(x->d, i, ':') && heading_line(x, i))
				found++;
		x->headings = found < 2 ? 1 : 2;
	}
	return x->headings == 2;
}

/* A speaker's label and a colon opening a line: headlines and transcripts
 * ("Ames: Brill has a long way to go", "MARLOW: If I may", "Rep. Dale
 * Hoyt (R-S.C.): ...", "Q: ...", "Poll: ..."). */
static int colon_cue(actx *x, uint32_t i)
{
	uint32_t lo = sent_start(x, i), hi = sent_end(x, i);
	if (i + 2 < x->n && quote_mark(x, i + 1) && x->inq[i + 2] && quote_open(x, x->inq[i + 2]) == i + 1 &&
	    quote_close(x, x->inq[i + 2]) > hi)
		hi = quote_close(x, x->inq[i + 2]); /* what follows is the quotation's words, over
		                                     * its sentences: "DELGADO: \"Alright. Have you ...\"" */
	for (uint32_t k = i; k > lo + 1 && i - k < 6; k--)
		if (quote_mark(x, k - 1) && k > 1 && x->inq[k - 2] &&
		    quote_close(x, x->inq[k - 2]) == k - 1) {
			lo = k; /* the next speaker's label after a quotation that ran
			         * on: "STUMPF: \"..., and-\" WARREN: \"That's not ...\"" */
			break;
		}
	if (i == lo || i - lo > 9)
		return 0;
	if (hi - i < 4 && transcript_label(x, lo, i))
		hi = line_end(x, i); /* "BENEDETTI: No. Never." */
	if (hi - i < 4)
		return 0;
	uint32_t b = lo;
	if (quote_mark(x, b) && b + 1 < i)
		b++; /* a transcript quoted whole: "\"PENCE: Well, ..." */
	/* inside a parenthesis: a gloss, no speaker ("Kestrava (Slovene:
	 * Kestrava; German: Kesterau) is a village") */
	for (uint32_t k = i, depth = 0; k-- > b;) {
		if (doc_mark_at(x->d, k, ')'))
			depth++;
		else if (doc_mark_at(x->d, k, '(') && depth-- == 0)
			return 0;
	}
	if (x->inq[i] && !(x->inq[b] && quote_open(x, x->inq[b]) + 1 == b))
		return 0;
	uint32_t words = 0;
	for (uint32_t k = i + 1; k < hi && words < 3; k++)
		words += T(x, k)->kind == TOK_WORD;
	if (words < 3 && !(words > 0 && transcript_label(x, b, i)))
		return 0;
	/* a contact line is no speech: "Media Contact: press@example.com" */
	for (uint32_t k = i + 2; k < hi && k < i + 4; k++)
		if (src_ch(x->d, k) == '@' && !(T(x, k)->flags & TF_SPACE))
			return 0;
	/* a page's label is nobody: "(WARNING: Video contains ...)", "PSA:",
	 * and neither is a section's: "Opinion: ...", "Analysis: ...",
	 * "Investigation: How a missile ...", nor a call to the reader to see
	 * or hear what follows: "LOOK: ...", "WATCH: ..." */
	static const char *const sections[] = { "opinion",    "analysis",    "review",        "transcript",
		                                "commentary", "editorial",   "explainer",     "interview",
		                                "exposed",    "perspective", "podcast",       "timeline",
		                                "factbox",    "live",        "investigation", "explained",
		                                "dispatch",   "profile",     "obituary",      "preview",
		                                "recap",      "listen" };
	if ((label_word(x, i - 1) || src_attr_is(x->d, x->cue, i - 1, "form", "ing", 1) ||
	     DOC_TOK_IN(x->d, i - 1, sections)) &&
	    (i - 1 == b || (i - 2 == b && src_ch(x->d, b) == '(')))
		return 0;
	/* nor the parts of a fact check, up to three words: "CLAIM:", "THE
	 * FACTS:", "Our ruling:", "AP'S ASSESSMENT:", "FACT CHECK:" */
	static const char *const verdict[] = { "claim",  "claims", "facts",      "check",
		                               "rating", "ruling", "assessment", "verdict" };
	if (DOC_TOK_IN(x->d, i - 1, verdict) && i - b <= 4)
		return 0;
	/* nor a topic's before a guide to it: "Hurricane Delia: What to know
	 * ...", "Jonah Pell Varga: What we know about ...", "Measles: How to
	 * protect your child"; an interview's one-word label asks ("HOLM:
	 * What's her ...", "Pike: Why do they ...", "Q: How did ...") and a
	 * speaker in the first person answers ("Ames: Why I fired ...") */
	static const char *const guide[] = { "what", "how", "why", "when", "where", "who", "everything" };
	static const char *const first[] = { "i", "my", "me" };
	if (DOC_TOK_IN(x->d, i + 1, guide) && (T(x, i + 1)->flags & TF_CAP) &&
	    !(T(x, i - 1)->flags & TF_UPPER) &&
	    !(i == b + 1 && (known_surname(x, b) || is(x, b, "q") || is(x, b, "a")))) {
		int own = 0;
		for (uint32_t k = i + 2; k < hi && k < i + 5 && !own; k++)
			own = DOC_TOK_IN(x->d, k, first);
		if (!own)
			return 0;
	}
	/* nor a term before its definition, or a show's or a topic's name
	 * before a description: "Exit poll: A survey of voters ...",
	 * "Battleground state: A state where ...", "Morning Ledger Radio: A
	 * Week in Review"; a person's name or a transcript's label still
	 * speaks ("Ames: A vote for Hale is ...", "WALLACE: A fair point"),
	 * but two names joined are the topic ("Ames and Bell: A long feud") */
	int pair = 0;
	for (uint32_t k = b + 1; k + 1 < i && !pair; k++)
		pair = is(x, k, "and") || doc_mark_at(x->d, k, '&');
	if ((is(x, i + 1, "a") || is(x, i + 1, "an")) && (T(x, i + 1)->flags & TF_CAP) &&
	    (pair || (!(T(x, i - 1)->flags & TF_UPPER) && !known_surname(x, i - 1) &&
	              !(x->ent[i - 1] && entity(x, i - 1)[2] == F_NAMED_PERSON))))
		return 0;
	/* a place alone is the story's topic, not its speaker, unless a
	 * quotation follows: "Sudan: satellite images reveal ...", "Gaza:
	 * aid trucks wait at the crossing" */
	if (x->ent[b] && entity(x, b)[0] == b && entity(x, b)[1] == i && entity(x, b)[2] == F_PLACE &&
	    !quote_mark(x, i + 1))
		return 0;
	/* a headline's kicker of several words in capitals, with a shouted
	 * word or ending on a participle: "DOCTORS STUNNED: ...", "BREAKING
	 * NEWS ALERT: ...", "COVER-UP EXPOSED: ..." (not "SAM OKAFOR:") */
	if (i > b + 1 && !transcript_label(x, b, i)) {
		int upper = 1, shout = 0;
		for (uint32_t k = b; k < i && upper; k++) {
			if (T(x, k)->kind != TOK_WORD)
				continue;
			upper = (T(x, k)->flags & TF_UPPER) != 0;
			shout |= emphatic_word(x, k);
		}
		const tok *t = T(x, i - 1);
		const char *f = x->d->view.fold + t->fs;
		size_t n = t->fe - t->fs;
		if (upper && (shout || (t->kind == TOK_WORD && n > 4 && memcmp(f + n - 2, "ed", 2) == 0 &&
		                        !x->ent[i - 1] && !x->srcw[i - 1] && !known_surname(x, i - 1))))
			return 0;
	}
	/* nor a roundup's heading over the section on each of its people:
	 * "Lopez: A late surge.", "Park: Hold on in the South." */
	if (heading_line(x, i) && heading_list(x))
		return 0;
	source s;
	src_clear(&s);
	/* a named speaker, or a headline's one-word crowd ("Historians:
	 * Ames, Brill linked", "Aides: Ames gets ..."); not a credit line
	 * ("Sources: Daily Mail, BBC") or an address ("Female Ames voters:
	 * It's fine if you ...") */
	int found = spk_np_before(x, i - 1, &s) && s.t0 == b && !s.pronoun && s.cls != SC_NONE &&
	            (s.cls == SC_NAMED ||
	             (i == b + 1 && !is(x, b, "source") && !is(x, b, "sources") && !bulleted_line(x, b)));
	/* the label is the name whole: a word in lower case after it makes
	 * the label a topic ("Campaign funding: The party wants ...", where
	 * "Campaign" alone looked like a body's name) */
	for (uint32_t k = found ? s.t1 : i; k < i; k++)
		if (T(x, k)->kind == TOK_WORD && !(T(x, k)->flags & TF_CAP) && !x->gram[k])
			return 0;
	if (found && i == b + 1 && (T(x, b)->flags & TF_UPPER) && known_surname(x, b))
		s.kind = "person"; /* "MWANGI:" is Peter Mwangi, not an acronym */
	/* a headline's speaker and whom the words are for or what they are
	 * on: "Ames to voters: stay home", "Ames To Farmers: Help Is Coming",
	 * "Ames on the levy: 'A disaster'"; the speaker is the name before
	 * "to" or "on", in capitals (not "Police continue to shout at him:
	 * ...") */
	for (uint32_t k = b + 1; k + 1 < i && k < b + 5; k++) {
		if (!is(x, k, "to") && !is(x, k, "on")) {
			if (!label_token(x, k))
				break;
			continue;
		}
		source h;
		src_clear(&h);
		if (label_token(x, b) && spk_np_before(x, k - 1, &h) && h.t0 == b && h.t1 == k &&
		    !h.pronoun && h.cls == SC_NAMED) {
			s = h;
			found = 1;
		}
		break;
	}
	if (!found) {
		/* a label the names detector did not take: all capitalised
		 * words, at least one of them neither a function word nor a
		 * month; a single word must be in capitals, a surname the
		 * document gives, or Q and A of an interview */
		int qa = i == b + 1 && (is(x, b, "q") || is(x, b, "a")) && (T(x, b)->flags & TF_CAP);
		int content = 0;
		for (uint32_t k = b; k < i && !qa; k++) {
			if (!label_token(x, k))
				return 0;
			if (T(x, k)->kind == TOK_WORD && !x->stop[k] && !x->gram[k])
				content = 1;
		}
		if (!content && !qa)
			return 0;
		if (i == b + 1 && !(T(x, b)->flags & TF_UPPER) && !known_surname(x, b) && !is(x, b, "q") &&
		    !is(x, b, "a"))
			return 0;
		if (i == b + 1 && !known_surname(x, b) && emphatic_word(x, b))
			return 0; /* a headline's kicker: "SHOCKING: ...", "EXCLUSIVE: ..." */
		if ((i > b + 1 || (T(x, b)->flags & TF_UPPER)) && section_noun(x, i - 1))
			return 0; /* a section's: "ELECTION RESULTS: ...", "LIVE UPDATES: ...",
			           * "NOTES: ...", "INJURIES: ..." */
		src_clear(&s);
		/* a headline's clause in capitals, its verb a cue: the speaker is
		 * the name before the verb ("Ames Vows Comeback: 'We Will Win'"
		 * is Ames's, not "Ames Vows Comeback"'s) */
		uint32_t v = b + 1;
		while (v < i && !(x->cue[v] && !x->srcw[v] && !x->ent[v]))
			v++;
		if (v < i && spk_np_before(x, v - 1, &s) && s.t0 == b && s.t1 == v && !s.pronoun &&
		    s.cls != SC_NONE) {
		} else if (!(i == b + 1 && (is(x, b, "q") || is(x, b, "a")))) {
			/* Q and A have no name: the cue alone */
			src_named_span(&s, x, b, v, "person");
			set_name(&s, x, b, v);
		} else {
			src_clear(&s);
		}
	}
	/* a person's name opening a headline's clause of capitals whose verb
	 * no vocabulary knows: the name speaks ("Vance Tours Flooded Depot:
	 * 'We Will Rebuild'"), not when a word for a speaker follows it
	 * ("Vance Aide: ...", "Vance Campaign: ...") */
	uint32_t e = i;
	if (x->ent[b] && entity(x, b)[0] == b && entity(x, b)[2] == F_NAMED_PERSON)
		e = entity(x, b)[1];
	else if (known_surname(x, b))
		e = b + 1; /* "Vance", whom the text names in full elsewhere */
	else if (b + 2 < i && (T(x, b)->flags & TF_CAP) && known_surname(x, b + 1))
		e = b + 2;
	if (s.cls != SC_NONE && s.t0 == b && e < s.t1 && e < i) {
		int plain = T(x, e)->kind == TOK_WORD && (T(x, e)->flags & TF_CAP) && !x->gram[e];
		for (uint32_t k = e; k < i && plain; k++)
			plain = T(x, k)->kind == TOK_WORD && !x->srcw[k] && !x->ent[k] && !x->title[k];
		if (plain) {
			s.t1 = e;
			s.head = e - 1;
			s.head_hash = src_hash(x->d, e - 1);
			set_name(&s, x, b, e);
		}
	}
	if (s.cls != SC_NONE && emit_source(x, &s, "colon", i) != 0)
		return -1;
	if (emit_cue(x, i, i + 1, "colon", s.cls != SC_NONE ? &s : NULL) != 0)
		return -1;
	if (s.cls != SC_NONE)
		spk_remember(x, &s, T(x, i)->sent);
	return 0;
}

/* A colon that opens a quotation stands for the verb of saying: "Mr.
 * Hale gloated: ''I told you ...''", "From the report: \"In general
 * ...\"". Where a reporting verb of the same sentence already introduced the
 * quote, the colon adds nothing. */
static int quote_colon(actx *x, uint32_t i)
{
	uint32_t j = i + 1, lo = sent_start(x, i);
	if (x->inq[i] || j + 1 >= x->n || !quote_mark(x, j) || !x->inq[j + 1] ||
	    quote_open(x, x->inq[j + 1]) != j || i < lo + 2)
		return 0;
	if (x->ncues && T(x, x->cues[x->ncues - 1].t0)->sent == T(x, i)->sent)
		return 0;
	/* a verb right before the colon has the speaker before it: "Mr.
	 * Tolman gloated: ...", "The letter continues: ..."; a noun there
	 * does not ("greets Ames with a smile: ...", "one message: ...") */
	source s;
	src_clear(&s);
	uint32_t v = i - 1;
	const tok *t = T(x, v);
	int found = t->kind == TOK_WORD && !(t->flags & TF_CAP) && !x->gram[v] && !x->inq[v] &&
	            (x->cue[v] || ed_form(x, v)) && spk_subject_before(x, v, &s) && s.cls != SC_NONE;
	const uint32_t *e;
	if (!found && (e = quote_opener(x, i)) != NULL) {
		/* the name that opens the sentence, as the quotation's
		 * speaker is: "Rex Dunmore, in an interview ..., unloaded on
		 * Ames: ..." */
		src_clear(&s);
		found = spk_np_before(x, e[1] - 1, &s) && s.cls == SC_NAMED;
		if (found) {
			s.t0 = e[0];
			s.t1 = e[1];
		}
	}
	if (!found) {
		/* a name set after a dash, as a newsletter credits the writers
		 * it quotes: "Turnout rose in the west - Dana Whitlow and Ross
		 * Penney: \"We found ...\"" */
		uint32_t c = i - 1;
		while (c > lo && i - c < 10 && !(T(x, c)->kind == TOK_PUNCT && src_ch(x->d, c) == '-'))
			c--;
		src_clear(&s);
		found = c > lo && c + 1 < i && T(x, c)->kind == TOK_PUNCT && src_ch(x->d, c) == '-' &&
		        !glued_hyphen(x, c) && spk_np_before(x, i - 1, &s) && s.t0 > c && s.t1 == i &&
		        s.cls == SC_NAMED && !s.pronoun;
		/* names joined before the last one: "Dana Whitlow and" */
		for (uint32_t k = c + 1; found && k < s.t0; k++)
			found = label_token(x, k) || is(x, k, "and") || doc_mark_at(x->d, k, ',');
		if (found && s.t0 > c + 1) {
			s.t0 = c + 1;
			set_name(&s, x, c + 1, i);
		}
		if (!found)
			src_clear(&s);
	}
	if (found && emit_source(x, &s, "colon", i) != 0)
		return -1;
	if (emit_cue(x, i, i + 1, "colon", found ? &s : NULL) != 0)
		return -1;
	if (found)
		spk_remember(x, &s, T(x, i)->sent);
	return 0;
}

/* A quotation set apart and signed on the line below it: a dash and the
 * speaker's name alone on their line ("\"We will rebuild.\"" over "- Dana
 * Ames."), as a page prints a quotation it picks out. The dash is the cue,
 * the name the source, when it names a person the text knows (a name the
 * names detector took, or a surname the text gives: "- Ames."). */
static uint32_t signed_quote(actx *x, uint32_t i, int *err)
{
	if (i < 2 || !(T(x, i)->flags & (TF_NEWLINE | TF_PARA)) || !quote_mark(x, i - 1) || !x->inq[i - 2] ||
	    quote_close(x, x->inq[i - 2]) != i - 1)
		return 0;
	uint32_t e = line_end(x, i), n1 = e;
	if (n1 > i + 2 && doc_mark_at(x->d, n1 - 1, '.') && T(x, n1 - 2)->kind == TOK_WORD)
		n1--; /* "- Ames." */
	if (n1 == i + 1 || n1 - i > 5)
		return 0;
	for (uint32_t k = i + 1; k < n1; k++)
		if (!label_token(x, k) || (T(x, k)->kind == TOK_PUNCT && k == i + 1))
			return 0;
	const uint32_t *en = x->ent[i + 1] ? entity(x, i + 1) : NULL;
	if (!(en && en[0] == i + 1 && en[1] == n1 && en[2] == F_NAMED_PERSON) && !known_surname(x, n1 - 1))
		return 0;
	source s;
	src_named_span(&s, x, i + 1, n1, "person");
	set_name(&s, x, i + 1, n1);
	if (emit_source(x, &s, "sign", i) != 0 || emit_cue(x, i, i + 1, "sign", &s) != 0)
		*err = 1;
	else
		spk_remember(x, &s, T(x, i)->sent);
	return e;
}

/* ---- the detector ------------------------------------------------------ */

static int run(crd_doc *d)
{
	uint32_t n = (uint32_t)d->toks.n;
	if (n == 0)
		return 0;
	const crd_engine *en = d->engine;
	actx ctx, *x = &ctx;
	memset(x, 0, sizeof *x);
	x->d = d;
	x->n = n;
	/* 9 lexicon indexes, ent, qty, 3 per entity, inq, sq, 2 per quote, the
	 * sentence counts, two word sets, a gender byte per entity and the cue
	 * records, all from the document's scratch. */
	size_t setcap = src_set_size(n);
	size_t words = (size_t)n * 18 + d->sents.n + 1 + SURN_MAX + 2 * setcap + (size_t)n / 4 + 1 +
	               ((size_t)n * sizeof(cue_rec) + 3) / 4 + 8;
	d->scratch.n = 0;
	if (vec_reserve((void **)&d->scratch.v, &d->scratch.cap, words, sizeof(uint32_t)) != 0)
		return -1;
	uint32_t *p = d->scratch.v;
	x->cue = p, p += n;
	x->srcw = p, p += n;
	x->gram = p, p += n;
	x->anon = p, p += n;
	x->vague = p, p += n;
	x->title = p, p += n;
	x->stop = p, p += n;
	x->stance = p, p += n;
	x->vq = p, p += n;
	x->ent = p, p += n;
	x->qty = p, p += n;
	x->inq = p, p += n;
	x->sq = p, p += n;
	memset(x->sq, 0, n * sizeof *x->sq); /* quote_mark() reads it from here on */
	x->ents = p, p += 3 * (size_t)n;
	x->quotes = p, p += 2 * (size_t)n;
	x->surn = p, p += SURN_MAX;
	x->rsent = p, p += d->sents.n + 1;
	src_set_init(&x->lower, p, setcap), p += setcap;
	src_set_init(&x->midcap, p, setcap), p += setcap;
	x->egen = (char *)(void *)p, p += (size_t)n / 4 + 1;
	x->cues = (cue_rec *)(void *)p;
	x->last_src_t0 = x->last_src_t1 = UINT32_MAX;
	x->src_item = UINT32_MAX;
	tagged_posts(x);
	const int lex[] = { engine_lexicon(en, "attribution_cue"),
		            engine_lexicon(en, "source_words"),
		            engine_lexicon(en, "attribution_grammar"),
		            engine_lexicon(en, "anonymous_source"),
		            engine_lexicon(en, "vague_attribution_phrases"),
		            engine_lexicon(en, "person_titles"),
		            engine_lexicon(en, "name_stopwords"),
		            engine_lexicon(en, "attribution_stance"),
		            engine_lexicon(en, "quantity_vague") };
	uint32_t *const at[] = { x->cue,   x->srcw, x->gram,   x->anon, x->vague,
		                 x->title, x->stop, x->stance, x->vq };
	src_index_lexicons(d, lex, at, CRD_ARRAY_LEN(lex));
	for (uint32_t i = 0; i < n; i++) {
		const tok *t = T(x, i);
		if (t->kind != TOK_WORD)
			continue;
		if (!(t->flags & TF_CAP))
			src_set_add(&x->lower, src_hash(d, i));
		else if (!(t->flags & TF_SENT) && sent_start(x, i) != i) /* nor after a bullet */
			src_set_add(&x->midcap, src_hash(d, i));
	}
	spk_load_entities(x);
	quote_find(x);
	drop_unmet_needs(x);
	x->rsent[0] = 0;
	for (size_t k = 0; k < d->sents.n; k++) {
		uint32_t t = d->sents.v[k].tok0;
		x->rsent[k + 1] = x->rsent[k] + (t >= n || !x->inq[t]);
	}
	for (size_t z = 0; z < d->zones.n; z++)
		if (d->zones.v[z].kind == ZONE_DATELINE) {
			while (x->dl0 < n && T(x, x->dl0)->s < d->zones.v[z].s)
				x->dl0++;
			x->dl1 = x->dl0;
			while (x->dl1 < n && T(x, x->dl1)->s < d->zones.v[z].e)
				x->dl1++;
			break;
		}

	int err = 0;
	for (uint32_t i = 0; i < n && !err;) {
		if (x->inq[i] || skip_zone(x, i)) {
			/* a transcript quoted whole: "\"PENCE: Well, ..." */
			if (x->inq[i] && doc_mark_at(d, i, ':') && !skip_zone(x, i) && colon_cue(x, i) != 0)
				err = 1;
			i++;
			continue;
		}
		if (x->anon[i] && src_match(d, x->anon, i)->tok1 > i + 1) {
			i = src_match(d, x->anon, i)->tok1; /* "who asked not to be named" */
			continue;
		}
		uint32_t nx = vague_phrase(x, i, &err);
		if (nx) {
			i = nx;
			continue;
		}
		if (T(x, i)->kind == TOK_PUNCT && src_ch(d, i) == '-') {
			uint32_t next = post_cue(x, i, &err);
			if (next) {
				i = next;
				continue;
			}
			if ((next = signed_quote(x, i, &err)) != 0) {
				i = next;
				continue;
			}
		}
		size_t nc = x->ncues;
		if (x->cue[i]) {
			uint32_t next = cue_at(x, i, &err);
			if (x->ncues != nc || next > i + 1) {
				i = next;
				continue;
			}
		}
		if (is(x, i, "to")) {
			uint32_t next = perspective_cue(x, i, &err);
			if (next) {
				i = next;
				continue;
			}
		}
		if (is(x, i, "in")) {
			uint32_t next = poll_cue(x, i, &err);
			if (next) {
				i = next;
				continue;
			}
		}
		if (x->stance[i]) {
			uint32_t next = stance_at(x, i, &err);
			if (next) {
				i = next;
				continue;
			}
		}
		/* a dateline's colon ("NEW DELHI: ...") introduces the report,
		 * not the place's words */
		if (doc_mark_at(d, i, ':') && !(i >= x->dl0 && i < x->dl1)) {
			size_t n0 = x->ncues;
			if (colon_cue(x, i) != 0 || (x->ncues == n0 && quote_colon(x, i) != 0))
				err = 1;
		}
		i++;
	}
	if (!err && quote_emit(x) != 0)
		err = 1;
	return err || d->nomem ? -1 : 0;
}

/*
 * The attributes this detector (with det_speakers.c and det_quotes.c)
 * compares with fixed words: "strength=stong" would make a weak cue. Free:
 * the word lists (lemma, unless, unless_prev, need of attribution_cue,
 * whose words are the ones that must follow), and the marks read only as
 * present (obj and comp of attribution_cue, only of the vague phrases).
 * Person titles and name stopwords are the names detector's (names_attrs).
 */
static const char *const yes_no[] = { "0", "1", NULL };

static const det_attr attribution_attrs[] = {
	{ "attribution_cue", "strength", DET_ONE_OF, (const char *const[]){ "strong", "weak", NULL }, 0 },
	{ "attribution_cue", "form", DET_ONE_OF, (const char *const[]){ "ing", NULL }, 0 },
	{ "attribution_cue", "type", DET_ONE_OF, (const char *const[]){ "prep", "adv", NULL }, 0 },
	{ "attribution_cue", "after", DET_ONE_OF, (const char *const[]){ "quote", NULL }, 0 },
	{ "attribution_cue", "src", DET_ONE_OF, (const char *const[]){ "none", NULL }, 0 },
	{ "attribution_cue", "subj", DET_ONE_OF, (const char *const[]){ "doc", "person", NULL }, 0 },
	{ "attribution_grammar", "role", DET_ONE_OF,
	  (const char *const[]){ "pron", "rel", "det", "aux", "neg", "adv", "time", "bound", "prep", NULL },
	  0 },
	{ "attribution_grammar", "gender", DET_ONE_OF, (const char *const[]){ "m", "f", "n", NULL }, 0 },
	{ "attribution_grammar", "number", DET_ONE_OF, (const char *const[]){ "sg", "pl", NULL }, 0 },
	{ "attribution_grammar", "person", DET_ONE_OF, (const char *const[]){ "1", "2", NULL }, 0 },
	{ "attribution_grammar", "def", DET_ONE_OF, yes_no, 0 },
	{ "attribution_grammar", "np", DET_ONE_OF, yes_no, 0 },
	{ "attribution_grammar", "art", DET_FLAG, NULL, 0 },
	{ "attribution_stance", "type", DET_ONE_OF,
	  (const char *const[]){ "adj", "cop", "noun", "light", "label", "recv", NULL }, 0 },
	{ "attribution_stance", "label", DET_FLAG, NULL, 0 },
	{ "source_words", "class", DET_ONE_OF,
	  (const char *const[]){ "anon", "spokes", "role", "doc", "org", "vague", "people", NULL }, 0 },
	{ "source_words", "number", DET_ONE_OF, (const char *const[]){ "pl", NULL }, 0 },
	{ "source_words", "poll", DET_FLAG, NULL, 0 },
	{ "vague_attribution_phrases", "cue", DET_NUMBER, NULL, 0 },
	{ 0 },
};

const detector det_attribution_detector = { "attribution", run,
	                                    (const int[]){ F_ATTRIBUTION_CUE, F_NESTED_ATTRIBUTION_CUE,
	                                                   F_NAMED_SOURCE, F_ANONYMOUS_SOURCE,
	                                                   F_VAGUE_ATTRIBUTION, F_DIRECT_QUOTE, -1 },
	                                    attribution_attrs };
