/* test_segment.c -- unit tests of core/segment.c: tokens, sentences and paragraphs with their offsets. */
#include "testutil.h"

#include "doc.h"
#include "testdoc.h"
#include "segment.h"
#include "text.h"
#include "util.h"

/* Checks the invariants of any segmentation of text. */
static void check_invariants(const crd_doc *d)
{
	size_t nt = d->toks.n;
	for (size_t i = 0; i < nt; i++) {
		const tok *t = &d->toks.v[i];
		if (!(t->s < t->e && t->e <= d->len))
			fail_msg("token %zu [%u,%u) is empty or outside [0,%zu)", i, t->s, t->e, d->len);
		if (!(t->fs < t->fe && t->fe <= d->view.flen))
			fail_msg("token %zu folded [%u,%u) is bad", i, t->fs, t->fe);
		assert_int_equal(t->s, d->view.map[t->fs]);
		/* The end is that of the last character: after its start (unless
		 * both are inside one character's expansion), not after the next
		 * character's start. */
		assert_true(t->e > d->view.map[t->fe - 1] || t->e == d->view.map[t->fe]);
		if (t->e > d->view.map[t->fe]) {
			for (size_t k = 0; k < d->len; k++)
				print_message("%02X ", (unsigned char)d->text[k]);
			fail_msg("token %zu [%u,%u) ends after the next character at %u", i, t->s, t->e,
			         d->view.map[t->fe]);
		}
		if (i) {
			assert_true(d->toks.v[i - 1].e <= t->s);
			assert_true(d->toks.v[i - 1].fe <= t->fs);
		}
		assert_true(t->kind >= TOK_WORD && t->kind <= TOK_SYM);
		assert_true(t->sent < d->sents.n);
		if (t->flags & TF_PARA)
			assert_true(t->flags & TF_SENT);
	}
	if (nt == 0) {
		assert_int_equal(d->sents.n, 0);
		assert_int_equal(d->paras.n, 0);
		return;
	}
	/* Sentences: consecutive, non-empty, covering every token once. */
	uint32_t next = 0;
	for (size_t k = 0; k < d->sents.n; k++) {
		const seg_sentence *s = &d->sents.v[k];
		assert_int_equal(s->tok0, next);
		assert_true(s->tok1 > s->tok0);
		assert_int_equal(s->s, d->toks.v[s->tok0].s);
		assert_int_equal(s->e, d->toks.v[s->tok1 - 1].e);
		assert_true(d->toks.v[s->tok0].flags & TF_SENT);
		for (uint32_t t = s->tok0; t < s->tok1; t++) {
			assert_int_equal(d->toks.v[t].sent, k);
			if (t > s->tok0)
				assert_false(d->toks.v[t].flags & TF_SENT);
		}
		assert_true(s->para < d->paras.n);
		next = s->tok1;
	}
	assert_int_equal(next, nt);
	/* Paragraphs: consecutive, each a whole number of sentences. */
	next = 0;
	uint32_t snext = 0;
	for (size_t k = 0; k < d->paras.n; k++) {
		const seg_para *p = &d->paras.v[k];
		assert_int_equal(p->tok0, next);
		assert_true(p->tok1 > p->tok0);
		assert_int_equal(p->sent0, snext);
		assert_true(p->sent1 > p->sent0);
		assert_int_equal(d->sents.v[p->sent0].tok0, p->tok0);
		assert_int_equal(d->sents.v[p->sent1 - 1].tok1, p->tok1);
		for (uint32_t s = p->sent0; s < p->sent1; s++)
			assert_int_equal(d->sents.v[s].para, k);
		assert_int_equal(p->s, d->toks.v[p->tok0].s);
		assert_int_equal(p->e, d->toks.v[p->tok1 - 1].e);
		next = p->tok1;
		snext = p->sent1;
	}
	assert_int_equal(next, nt);
	assert_int_equal(snext, d->sents.n);
}

static crd_doc *seg_n(const char *text, size_t n)
{
	doc_reset(&doc);
	doc.text = text;
	doc.len = n;
	assert_int_equal(txt_fold(&doc.view, text, n, NULL, NULL), 0);
	assert_int_equal(seg_tokenize(&doc), 0);
	assert_int_equal(seg_split(&doc), 0);
	check_invariants(&doc);
	return &doc;
}

static crd_doc *seg(const char *text)
{
	return seg_n(text, strlen(text));
}

/* The folded tokens joined by '|'. */
static const char *toks(const crd_doc *d)
{
	static char buf[4096];
	size_t o = 0;
	for (size_t i = 0; i < d->toks.n && o + 2 < sizeof buf; i++) {
		size_t n;
		const char *s = doc_tok_text(d, &d->toks.v[i], &n);
		if (i)
			buf[o++] = '|';
		if (o + n >= sizeof buf)
			break;
		memcpy(buf + o, s, n);
		o += n;
	}
	buf[o] = '\0';
	return buf;
}

/* The input text of sentence i. */
static const char *sent(const crd_doc *d, size_t i)
{
	static char buf[1024];
	assert_true(i < d->sents.n);
	const seg_sentence *s = &d->sents.v[i];
	snprintf(buf, sizeof buf, "%.*s", (int)(s->e - s->s), d->text + s->s);
	return buf;
}

/* The token whose folded text is w (first one), or NULL. */
static const tok *find_tok(const crd_doc *d, const char *w)
{
	for (size_t i = 0; i < d->toks.n; i++)
		if (doc_tok_is(d, &d->toks.v[i], w))
			return &d->toks.v[i];
	return NULL;
}

/* ---- tokens ---------------------------------------------------------------- */

static void test_words_and_punctuation(void **state)
{
	(void)state;
	crd_doc *d = seg("Hello, world! It's fine.");
	assert_string_equal(toks(d), "hello|,|world|!|it|'s|fine|.");
	assert_int_equal(d->toks.v[0].kind, TOK_WORD);
	assert_int_equal(d->toks.v[1].kind, TOK_PUNCT);
	assert_true(d->toks.v[0].flags & TF_CAP);
	assert_false(d->toks.v[2].flags & TF_CAP);
	assert_true(d->toks.v[2].flags & TF_SPACE);
	assert_false(d->toks.v[1].flags & TF_SPACE);

	d = seg("The source's claim and the sources' claims");
	assert_string_equal(toks(d), "the|source|'s|claim|and|the|sources|'|claims");
	assert_int_equal(find_tok(d, "'s")->kind, TOK_WORD);

	d = seg("don't rock'n'roll");
	assert_string_equal(toks(d), "don't|rock'n'roll");

	/* A contracted auxiliary after a pronoun is a token of its own, as
	 * "'s" is; after any other word the contraction stays whole. */
	d = seg("They're sure we've won, and she'll say I'd agree; who'd know? It could've");
	assert_string_equal(
	        toks(d), "they|'re|sure|we|'ve|won|,|and|she|'ll|say|i|'d|agree|;|who|'d|know|?|it|could've");
	assert_int_equal(find_tok(d, "'re")->kind, TOK_WORD);

	/* Curly apostrophes fold to straight ones before tokenising. */
	d = seg("The minister\xE2\x80\x99s office");
	assert_string_equal(toks(d), "the|minister|'s|office");
	const tok *s = find_tok(d, "'s");
	assert_int_equal(s->s, 12);
	assert_int_equal(s->e, 16); /* three bytes of U+2019 and the s */
}

static void test_numbers(void **state)
{
	(void)state;
	crd_doc *d = seg("1,200 people, 4.5 percent, 12,345,678 dollars and 3.14.");
	assert_string_equal(toks(d), "1,200|people|,|4.5|percent|,|12,345,678|dollars|and|3.14|.");
	assert_int_equal(find_tok(d, "1,200")->kind, TOK_NUM);
	assert_int_equal(find_tok(d, "4.5")->kind, TOK_NUM);
	assert_int_equal(find_tok(d, "12,345,678")->kind, TOK_NUM);
	assert_true(find_tok(d, "4.5")->flags & TF_DIGIT);

	/* A comma not followed by three digits separates: lists of numbers. */
	d = seg("1,20 and 5,6789");
	assert_string_equal(toks(d), "1|,|20|and|5|,|6789");

	/* Ordinals and digit-letter mixes are words with TF_DIGIT. */
	d = seg("The 123rd Brigade flew F-16 jets in 2017.");
	const tok *t = find_tok(d, "123rd");
	assert_non_null(t);
	assert_int_equal(t->kind, TOK_WORD);
	assert_true(t->flags & TF_DIGIT);
	t = find_tok(d, "f-16");
	assert_non_null(t);
	assert_int_equal(t->kind, TOK_WORD);
	assert_true(t->flags & TF_DIGIT);
	assert_true(t->flags & TF_HYPHEN);
	assert_int_equal(find_tok(d, "2017")->kind, TOK_NUM);

	/* A currency mark glued to a figure keeps the figure's separators, and
	 * its point ends no sentence; other letter-digit words stop there. */
	d = seg("Bread costs Rs45.50 and Sh1,200 now. The G20.5 met.");
	assert_string_equal(toks(d), "bread|costs|rs45.50|and|sh1,200|now|.|the|g20|.|5|met|.");
	assert_int_equal(d->sents.n, 2);
	/* a figure glued to the full stop after a mark goes on with its sentence */
	d = seg("They paid Rs.500 in all.");
	assert_int_equal(d->sents.n, 1);
	/* a point set off before and glued to digits after it opens a decimal
	 * ("batting .312", "a .38-caliber revolver"); ". 1)" of a list still
	 * ends the sentence before it */
	d = seg("Ruiz, hitting .287 this year, homered. Police found a .38-caliber revolver there.");
	assert_int_equal(d->sents.n, 2);
	d = seg("He made two offers. .1) Pay the fee.");
	assert_int_equal(d->sents.n, 2);

	d = seg("$5 and 10% of #1");
	assert_string_equal(toks(d), "$|5|and|10|%|of|#|1");
	assert_int_equal(find_tok(d, "$")->kind, TOK_SYM);
	assert_int_equal(find_tok(d, "%")->kind, TOK_SYM);
}

static void test_hyphens_and_dashes(void **state)
{
	(void)state;
	crd_doc *d = seg("a well-known state\xE2\x80\x94run outlet - and a co--op");
	/* A real hyphen joins; an em dash (folded to '-') and spaced or double
	 * hyphens do not. */
	assert_string_equal(toks(d), "a|well-known|state|-|run|outlet|-|and|a|co|--|op");
	assert_true(find_tok(d, "well-known")->flags & TF_HYPHEN);
	assert_false(find_tok(d, "state")->flags & TF_HYPHEN);
}

static void test_abbreviations(void **state)
{
	(void)state;
	crd_doc *d = seg("Maj. Gen. Issam Zahreddine met U.S. officials on Jan. 5, etc.");
	assert_string_equal(toks(d), "maj.|gen.|issam|zahreddine|met|u.s.|officials|on|jan.|5|,|etc.");
	assert_true(find_tok(d, "maj.")->flags & TF_ABBREV);
	assert_true(find_tok(d, "gen.")->flags & TF_ABBREV);
	assert_true(find_tok(d, "u.s.")->flags & TF_ABBREV);
	assert_true(find_tok(d, "jan.")->flags & TF_ABBREV);
	assert_true(find_tok(d, "etc.")->flags & TF_ABBREV);
	assert_false(find_tok(d, "issam")->flags & TF_ABBREV);
	assert_int_equal(d->sents.n, 1);

	/* a party and state after a name ends no sentence */
	d = seg("Sen. Lindsey Garrow (R-S.C.) told The Hill. Rep. Steve Gaines (D-N.Y) said so. He left.");
	assert_int_equal(d->sents.n, 3);
	d = seg("Sen. Jack Reddick, D-R.I., agreed.");
	assert_int_equal(d->sents.n, 1);
	/* a state of two initials after the party: "W.Va." */
	d = seg("Sen. Joe Mancuso (D-W.Va.) said no. Sen. Shelley Moore Carver, R-W.Va., agreed.");
	assert_int_equal(d->sents.n, 2);
	/* nor before a dash that opens an aside; a parenthesis that is a
	 * sentence of its own still ends one before a capital */
	d = seg("Sen. Bob Calder (R-Tenn.) \xE2\x80\x94 who was a pick \xE2\x80\x94 has said so. "
	        "(He left.) Then she came.");
	assert_int_equal(d->sents.n, 3);

	/* an acronym ends a sentence before a word that cannot go on a name */
	d = seg("He moved to Washington, D.C. He liked it in the U.S. Then he left at 9 a.m. The U.S. Army stayed.");
	assert_int_equal(d->sents.n, 4);
	d = seg("The U.S. Army and the D.C. Council met U.S. officials.");
	assert_int_equal(d->sents.n, 1);

	d = seg("at 9 a.m. on Monday, e.g. later");
	assert_string_equal(toks(d), "at|9|a.m.|on|monday|,|e.g.|later");

	/* A word that is no abbreviation keeps its full stop apart. */
	d = seg("The general.");
	assert_string_equal(toks(d), "the|general|.");

	assert_true(seg_is_abbreviation("gen", 3));
	assert_true(seg_is_abbreviation("adm", 3));
	assert_true(seg_is_abbreviation("vs", 2));
	assert_false(seg_is_abbreviation("general", 7));
	assert_false(seg_is_abbreviation("ge", 2));
	assert_false(seg_is_abbreviation("", 0));
	assert_false(seg_is_abbreviation("zzz", 3));
}

static void test_quotes(void **state)
{
	(void)state;
	crd_doc *d = seg("He said \xE2\x80\x9CNo way.\xE2\x80\x9D Then he left.");
	assert_string_equal(toks(d), "he|said|\"|no|way|.|\"|then|he|left|.");
	assert_true(d->toks.v[2].flags & TF_QUOTE);
	assert_true(d->toks.v[6].flags & TF_QUOTE);
	/* The closing quote stays with its sentence. */
	assert_int_equal(d->sents.n, 2);
	assert_string_equal(sent(d, 0), "He said \xE2\x80\x9CNo way.\xE2\x80\x9D");
	assert_string_equal(sent(d, 1), "Then he left.");
}

static void test_case_flags(void **state)
{
	(void)state;
	crd_doc *d = seg("NASA and I said BREAKING news from \xC3\x89lys\xC3\xA9" "e");
	assert_true(find_tok(d, "nasa")->flags & TF_UPPER);
	assert_true(find_tok(d, "nasa")->flags & TF_CAP);
	assert_true(find_tok(d, "i")->flags & TF_CAP);
	assert_false(find_tok(d, "i")->flags & TF_UPPER); /* one letter is not shouting */
	assert_true(find_tok(d, "breaking")->flags & TF_UPPER);
	assert_false(find_tok(d, "news")->flags & (TF_UPPER | TF_CAP));
	const tok *t = find_tok(d, "\xC3\xA9lys\xC3\xA9" "e");
	assert_non_null(t);
	assert_true(t->flags & TF_CAP);
	assert_false(t->flags & TF_UPPER);
}

static void test_offsets_multibyte(void **state)
{
	(void)state;
	/* Offsets are input offsets whatever folding did in between. */
	const char *text = "Caf\xC3\xA9 \xE2\x80\x9Cx\xE2\x80\x9D \xE2\x80\x94 na\xC3\xAFve\xE2\x80\xA6 end";
	crd_doc *d = seg(text);
	for (size_t i = 0; i < d->toks.n; i++) {
		const tok *t = &d->toks.v[i];
		/* Every token starts and ends on a character boundary of the input. */
		assert_true(((unsigned char)text[t->s] & 0xC0) != 0x80);
		assert_true(t->e == d->len || ((unsigned char)text[t->e] & 0xC0) != 0x80);
	}
	const tok *t = find_tok(d, "caf\xC3\xA9");
	assert_int_equal(t->s, 0);
	assert_int_equal(t->e, 5);
	t = find_tok(d, "na\xC3\xAFve");
	assert_int_equal(memcmp(text + t->s, "na\xC3\xAFve", t->e - t->s), 0);
	t = find_tok(d, "end");
	assert_int_equal(t->e, strlen(text));

	/* Characters that fold to nothing stay out of the word before them
	 * (a regression: "may" took the zero-width space after it). */
	d = seg("It may\xE2\x80\x8B rain\xEF\xBB\xBF. Soft\xC2\xADly.");
	t = find_tok(d, "may");
	assert_int_equal(t->s, 3);
	assert_int_equal(t->e, 6);
	t = find_tok(d, "rain");
	assert_int_equal(t->e, 14);
	t = find_tok(d, "softly");
	assert_non_null(t); /* a soft hyphen inside a word joins it */
	assert_int_equal(t->e - t->s, 8);
}

/* ---- sentences ------------------------------------------------------------- */

static void test_sentences(void **state)
{
	(void)state;
	crd_doc *d = seg("The army advanced. Officials said so! Was it true? Nobody knew...");
	assert_int_equal(d->sents.n, 4);
	assert_string_equal(sent(d, 0), "The army advanced.");
	assert_string_equal(sent(d, 1), "Officials said so!");
	assert_string_equal(sent(d, 2), "Was it true?");
	assert_string_equal(sent(d, 3), "Nobody knew...");

	/* Initials do not end sentences. */
	d = seg("John F. Kellerman spoke. He left.");
	assert_int_equal(d->sents.n, 2);
	assert_string_equal(sent(d, 0), "John F. Kellerman spoke.");

	/* "etc." ends a sentence when a capitalised word follows, not otherwise. */
	d = seg("Guns, tanks, etc. The rest stayed.");
	assert_int_equal(d->sents.n, 2);
	d = seg("Guns, tanks, etc. and more.");
	assert_int_equal(d->sents.n, 1);

	/* A lower-case "v." between the parties of a case name ends no
	 * sentence. */
	d = seg("The case is Ruiz v. Harlan Mills Inc., No. 4:25-cv-118. It goes on.");
	assert_int_equal(d->sents.n, 2);
	assert_string_equal(sent(d, 0), "The case is Ruiz v. Harlan Mills Inc., No. 4:25-cv-118.");

	/* Decimal points are not full stops. */
	d = seg("It rose 4.5 percent. Then fell.");
	assert_int_equal(d->sents.n, 2);

	/* A sentence may begin with a number or a quote. */
	d = seg("It ended. 300 people left. \"We go,\" one said.");
	assert_int_equal(d->sents.n, 3);
	assert_string_equal(sent(d, 1), "300 people left.");

	/* Scripts without case: a full stop before Arabic ends the sentence. */
	d = seg("\xD9\x82\xD8\xA7\xD9\x84. \xD9\x86\xD8\xB9\xD9\x85.");
	assert_int_equal(d->sents.n, 2);
}

static void test_sentence_no_period(void **state)
{
	(void)state;
	/* "no" is an abbreviation before a number ("No. 10"), but a plain word
	 * ending a sentence before a capital. */
	crd_doc *d = seg("He lives at No. 10 Downing Street.");
	assert_int_equal(d->sents.n, 1);
	d = seg("The answer was no. The talks ended.");
	assert_int_equal(d->sents.n, 2);
	assert_string_equal(sent(d, 1), "The talks ended.");
}

static void test_paragraphs(void **state)
{
	(void)state;
	crd_doc *d = seg("Para one. Still one.\n\nPara two.\n \t\nPara three.");
	assert_int_equal(d->paras.n, 3);
	assert_int_equal(d->sents.n, 4);
	assert_int_equal(d->paras.v[0].sent1 - d->paras.v[0].sent0, 2);
	assert_true(d->toks.v[d->paras.v[1].tok0].flags & TF_PARA);

	/* Without any blank line, every line is a paragraph. */
	d = seg("Line one\nLine two\nLine three");
	assert_int_equal(d->paras.n, 3);
	assert_int_equal(d->sents.n, 3);

	/* With blank lines, a lower-case word after a line break continues a
	 * wrapped sentence. */
	d = seg("This is a wrapped\nline of text.\n\nNext paragraph.");
	assert_int_equal(d->paras.n, 2);
	assert_int_equal(d->sents.n, 2);
	assert_string_equal(sent(d, 0), "This is a wrapped\nline of text.");

	/* ... but a capitalised line after a line break starts a new sentence. */
	d = seg("A headline\nThe story starts here.\n\nMore.");
	assert_int_equal(d->sents.n, 3);

	/* A wide gap after a full stop: line breaks flattened into spaces. */
	d = seg("First paragraph.    Second paragraph.");
	assert_int_equal(d->paras.n, 2);

	/* CRLF line endings work like LF. */
	d = seg("One.\r\n\r\nTwo.\r\n");
	assert_int_equal(d->paras.n, 2);
	assert_string_equal(sent(d, 1), "Two.");
}

static void test_degenerate(void **state)
{
	(void)state;
	crd_doc *d = seg("");
	assert_int_equal(d->toks.n, 0);
	d = seg(" \n\t\n  \r\n");
	assert_int_equal(d->toks.n, 0);
	d = seg("x");
	assert_int_equal(d->sents.n, 1);
	assert_int_equal(d->paras.n, 1);
	d = seg("...!!!???");
	assert_int_equal(d->toks.n, 1);
	d = seg("\"");
	assert_int_equal(d->toks.n, 1);
	d = seg("a.b.c.d.e.f.g.h.");
	assert_int_equal(d->toks.n, 1); /* one long acronym */
	/* An acronym that takes the first dot of an ellipsis: the spans do not
	 * overlap. */
	d = seg("U.S.a\xE2\x80\xA6" "a");
	assert_int_equal(d->toks.n, 3);
	assert_int_equal(d->toks.v[0].e, 5);
	assert_int_equal(d->toks.v[1].s, 5);
	assert_int_equal(d->toks.v[1].e, 8);
	d = seg(". . . . .");
	assert_int_equal(d->toks.n, 5);
	d = seg("'s's's");
	d = seg("-'s");
	d = seg("1,");
	d = seg("1.");
	d = seg(",1");
	d = seg("1,000,");
	d = seg("a-");
	d = seg("-a");
	d = seg("a'");
	d = seg("\xEF\xBF\xBD\xEF\xBF\xBD");
	/* Invalid bytes and NUL are characters too: the view has U+FFFD and ' '. */
	static const char bad[] = "A\xFF" "B\0C\xC3. D\x80.";
	d = seg_n(bad, sizeof bad - 1);
	assert_true(d->toks.n > 0);
}

/* Every kind of character next to every other: the invariants hold. */
static void test_pairs(void **state)
{
	(void)state;
	static const char *const pieces[] = {
		"a", "A", "1", ".", ",", "'", "\"", "-", " ", "\n", "\n\n", "s", "\xC3\xA9", "\xE2\x80\x94",
		"\xE2\x80\x99", "\xE2\x80\xA6", "\xFF", "$", "Gen.", "U.S.", "(", ")", "!", "?", "\r",
	};
	size_t np = CRD_ARRAY_LEN(pieces);
	char buf[64];
	for (size_t a = 0; a < np; a++)
		for (size_t b = 0; b < np; b++)
			for (size_t c = 0; c < np; c += 3) {
				int n = snprintf(buf, sizeof buf, "%s%s%s%s", pieces[a], pieces[b], pieces[c], pieces[b]);
				seg_n(buf, (size_t)n);
			}
}

/* ---- standalone strings (lexicon phrases) ---------------------------------- */

typedef struct collected {
	char text[256];
	size_t n;
} collected;

static void collect(void *ud, const char *s, size_t n, int kind)
{
	(void)kind;
	collected *c = ud;
	size_t l = strlen(c->text);
	snprintf(c->text + l, sizeof c->text - l, "%s%.*s", c->n ? "|" : "", (int)n, s);
	c->n++;
}

static void test_tokenize_string(void **state)
{
	(void)state;
	collected c = { "", 0 };
	assert_int_equal(seg_tokenize_string("according to", 12, collect, &c), 2);
	assert_string_equal(c.text, "according|to");
	collected c2 = { "", 0 };
	const char *p = "u.s. officials' claims, at least 1,200";
	assert_int_equal(seg_tokenize_string(p, strlen(p), collect, &c2), 8);
	assert_string_equal(c2.text, "u.s.|officials|'|claims|,|at|least|1,200");
	/* The same rules as documents: the phrase and the document agree. */
	crd_doc *d = seg("U.S. officials' claims, at least 1,200");
	assert_string_equal(toks(d), c2.text);
	assert_int_equal(seg_tokenize_string("   ", 3, NULL, NULL), 0);
	assert_int_equal(seg_tokenize_string("", 0, NULL, NULL), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words_and_punctuation),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_hyphens_and_dashes),
		cmocka_unit_test(test_abbreviations),
		cmocka_unit_test(test_quotes),
		cmocka_unit_test(test_case_flags),
		cmocka_unit_test(test_offsets_multibyte),
		cmocka_unit_test(test_sentences),
		cmocka_unit_test(test_sentence_no_period),
		cmocka_unit_test(test_paragraphs),
		cmocka_unit_test(test_degenerate),
		cmocka_unit_test(test_pairs),
		cmocka_unit_test(test_tokenize_string),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
