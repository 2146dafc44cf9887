/* test_lexicon.c -- unit tests of core/lexicon.c: lexicon files, errors with lines, the automaton's matches. */
#include "testutil.h"

#include <sys/stat.h>
#include <unistd.h>

#include "doc.h"
#include "embedded.h"
#include "lexicon.h"
#include "segment.h"
#include "text.h"
#include "util.h"

static crd_doc doc;

static int setup(void **state)
{
	(void)state;
	doc_init(&doc, NULL); /* lex_scan reads tokens only */
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	doc_free(&doc);
	return 0;
}

static crd_doc *scan(const lex_set *ls, const char *text)
{
	doc_reset(&doc);
	doc.text = text;
	doc.len = strlen(text);
	assert_int_equal(txt_fold(&doc.view, text, doc.len, NULL, NULL), 0);
	assert_int_equal(seg_tokenize(&doc), 0);
	assert_int_equal(seg_split(&doc), 0);
	assert_int_equal(lex_scan(ls, &doc), 0);
	return &doc;
}

/* Parses one lexicon text into a fresh set; returns the status. */
static int build(lex_set **out, const char *name, const char *text, crd_error *err)
{
	lex_builder *b = lex_builder_new();
	assert_non_null(b);
	*out = NULL;
	int rc = lex_builder_parse(b, name, text, strlen(text), "test.txt", err);
	if (rc == CRD_OK)
		rc = lex_compile(out, b, err);
	lex_builder_free(b);
	return rc;
}

/* The input text of match m. */
static const char *mtext(const crd_doc *d, const lex_match *m)
{
	static char buf[256];
	uint32_t s = d->toks.v[m->tok0].s, e = d->toks.v[m->tok1 - 1].e;
	snprintf(buf, sizeof buf, "%.*s", (int)(e - s), d->text + s);
	return buf;
}

/* ---- parsing ------------------------------------------------------------- */

static void test_parse(void **state)
{
	(void)state;
	lex_set *ls;
	crd_error err;
	const char *text = "# credence lexicon\n"
	                   "# feature: hedge\n"
	                   "# source: the test\n"
	                   "\n"
	                   "may\n"
	                   "  at least | hedge=lower_bound kind=bound  \n"
	                   "# a comment between phrases\n"
	                   "At Least\n"          /* the same phrase folded: kept once */
	                   "it is \xE2\x80\x9C" "believed\xE2\x80\x9D\r\n"
	                   "\n";
	assert_int_equal(build(&ls, "hedge", text, &err), CRD_OK);
	assert_int_equal(lex_count(ls), 1);
	assert_string_equal(lex_name(ls, 0), "hedge");
	assert_string_equal(lex_feature(ls, 0), "hedge");
	assert_string_equal(lex_origin(ls, 0), "test.txt");
	assert_int_equal(lex_size(ls, 0), 3);
	assert_int_equal(lex_find(ls, "hedge"), 0);
	assert_int_equal(lex_find(ls, "nope"), -1);
	assert_string_equal(lex_phrase_text(ls, 1), "at least");
	assert_string_equal(lex_phrase_text(ls, 2), "it is \" believed \"");
	assert_int_equal(lex_phrase_attr_count(ls, 1), 2);
	assert_string_equal(lex_phrase_attr(ls, 1, "hedge"), "lower_bound");
	assert_string_equal(lex_phrase_attr(ls, 1, "kind"), "bound");
	assert_null(lex_phrase_attr(ls, 1, "nope"));
	assert_null(lex_phrase_attr(ls, 0, "hedge"));
	const char *k, *v;
	lex_phrase_attr_at(ls, 1, 1, &k, &v);
	assert_string_equal(k, "kind");
	assert_string_equal(v, "bound");
	assert_int_equal(lex_phrase_lexicon(ls, 2), 0);
	assert_true(lex_term(ls, "least", 5) >= 0);
	assert_int_equal(lex_term(ls, "most", 4), -1);
	lex_set_free(ls);

	/* "none" makes a vocabulary: no feature. */
	assert_int_equal(build(&ls, "vocab", "# feature: none\nword\n", &err), CRD_OK);
	assert_null(lex_feature(ls, 0));
	lex_set_free(ls);

	/* A lexicon with a header and no phrase is fine (and matches nothing). */
	assert_int_equal(build(&ls, "empty", "# feature: empty_one\n", &err), CRD_OK);
	assert_int_equal(lex_size(ls, 0), 0);
	crd_doc *d = scan(ls, "nothing to see");
	assert_int_equal(d->matches.n, 0);
	lex_set_free(ls);
}

static void expect_error(const char *text, int line, const char *msg_part)
{
	lex_set *ls;
	crd_error err;
	int rc = build(&ls, "bad", text, &err);
	if (rc != CRD_ERR_LEXICON)
		fail_msg("expected a lexicon error for \"%s\", got %d", text, rc);
	assert_null(ls);
	assert_int_equal(err.code, CRD_ERR_LEXICON);
	assert_string_equal(err.source, "test.txt");
	if (err.line != line)
		fail_msg("error \"%s\" at line %d, expected %d", err.message, err.line, line);
	if (msg_part && !strstr(err.message, msg_part))
		fail_msg("error \"%s\" does not mention \"%s\"", err.message, msg_part);
	assert_null(strchr(err.message, '\n'));
}

static void test_parse_errors(void **state)
{
	(void)state;
	expect_error("may\nmight\n", 1, "feature");
	expect_error("# just a comment\nmay\n", 1, "feature");
	expect_error("# feature:\nmay\n", 1, "feature");
	expect_error("# feature: hedge\nmay\nat least | novalue\n", 3, "key=value");
	expect_error("# feature: hedge\nat least | =x\n", 2, "key=value");
	expect_error("# feature: hedge\nx | a=1 b=2 c=3 d=4 e=5 f=6 g=7 h=8 i=9\n", 2,
	             "too many attributes (at most 8)");
	expect_error("# feature: hedge\nmay\n"
	             "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
	             "fifteen sixteen seventeen\n",
	             3, "16");
	/* Invalid UTF-8 and NUL are reported with their line. */
	expect_error("# feature: hedge\nmay\nmi\xFFght\n", 3, "UTF-8");
	{
		static const char nul[] = "# feature: hedge\nmay\n\nmi\0ght\n";
		lex_builder *b = lex_builder_new();
		crd_error err;
		assert_int_equal(lex_builder_parse(b, "bad", nul, sizeof nul - 1, "nul.txt", &err), CRD_ERR_LEXICON);
		assert_int_equal(err.line, 4);
		assert_int_equal(err.offset, 24);
		lex_builder_free(b);
	}
	/* An invalid feature name is the engine's to refuse; the parser keeps it. */
	/* Sixteen words are the limit, not an error. */
	lex_set *ls;
	crd_error err;
	assert_int_equal(build(&ls, "ok",
	                       "# feature: x\none two three four five six seven eight nine ten eleven twelve "
	                       "thirteen fourteen fifteen sixteen\n",
	                       &err),
	                 CRD_OK);
	lex_set_free(ls);
}

static void test_declare_twice(void **state)
{
	(void)state;
	lex_builder *b = lex_builder_new();
	crd_error err;
	assert_int_equal(lex_builder_parse(b, "a", "# feature: x\nfoo\n", 17, "a.txt", &err), CRD_OK);
	assert_int_equal(lex_builder_parse(b, "a", "# feature: x\nbar\n", 17, "b.txt", &err), CRD_ERR_LEXICON);
	assert_string_equal(err.source, "b.txt");
	assert_non_null(strstr(err.message, "a.txt"));
	assert_int_equal(lex_builder_add(b, "a", "x", "c.txt", &err), CRD_ERR_LEXICON);
	assert_int_equal(lex_builder_phrase(b, 7, "x", 1, NULL, 0, "c.txt", 1, &err), CRD_ERR_INVALID);
	assert_int_equal(lex_builder_phrase(b, -1, "x", 1, NULL, 0, "c.txt", 1, &err), CRD_ERR_INVALID);
	lex_builder_free(b);
}

/* Duplicates are found by a hash set that grows with the phrases: many
 * phrases, each given twice (once folded differently), in two lexicons that
 * share them, keep one copy per lexicon. */
static void test_many_duplicates(void **state)
{
	(void)state;
	lex_builder *b = lex_builder_new();
	assert_non_null(b);
	crd_error err;
	int l1 = lex_builder_add(b, "one", "f1", "one.txt", &err);
	int l2 = lex_builder_add(b, "two", "f2", "two.txt", &err);
	assert_true(l1 >= 0 && l2 >= 0);
	enum { N = 5000 };
	char buf[64];
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < N; i++) {
			int n = snprintf(buf, sizeof buf, pass ? "Word%d  Other%d" : "word%d other%d", i, i % 7);
			assert_int_equal(lex_builder_phrase(b, l1, buf, (size_t)n, NULL, 0, "one.txt", i + 1, &err),
			                 CRD_OK);
			if (i % 2 == 0)
				assert_int_equal(lex_builder_phrase(b, l2, buf, (size_t)n, NULL, 0, "two.txt", i + 1, &err),
				                 CRD_OK);
		}
	/* A phrase that differs only in its last word is not a duplicate. */
	assert_int_equal(lex_builder_phrase(b, l1, "word1 other2", 12, NULL, 0, "one.txt", 1, &err), CRD_OK);
	lex_set *ls;
	assert_int_equal(lex_compile(&ls, b, &err), CRD_OK);
	lex_builder_free(b);
	assert_int_equal(lex_size(ls, l1), N + 1);
	assert_int_equal(lex_size(ls, l2), N / 2);
	crd_doc *d = scan(ls, "then word4999 other1 and word1 other2");
	assert_int_equal(d->matches.n, 2);
	lex_set_free(ls);
}

/* ---- matching ------------------------------------------------------------- */

static void test_match_overlaps(void **state)
{
	(void)state;
	lex_builder *b = lex_builder_new();
	crd_error err;
	int anon = lex_builder_add(b, "anon", "anonymous_source", "t", &err);
	int mil = lex_builder_add(b, "mil", "military", "t", &err);
	assert_int_equal(anon, 0);
	assert_int_equal(mil, 1);
	static const char *const anon_phrases[] = { "a source", "a military source", "source", "the source said" };
	for (size_t i = 0; i < CRD_ARRAY_LEN(anon_phrases); i++)
		assert_int_equal(lex_builder_phrase(b, anon, anon_phrases[i], strlen(anon_phrases[i]), NULL, 0, "t",
		                                    (int)i + 1, &err),
		                 CRD_OK);
	assert_int_equal(lex_builder_phrase(b, mil, "military", 8, NULL, 0, "t", 1, &err), CRD_OK);
	assert_int_equal(lex_builder_phrase(b, mil, "source", 6, NULL, 0, "t", 2, &err), CRD_OK);
	lex_set *ls;
	assert_int_equal(lex_compile(&ls, b, &err), CRD_OK);
	lex_builder_free(b);

	crd_doc *d = scan(ls, "A MILITARY SOURCE said. The source said it; sources said.");
	/* Sorted by start token, longest first; matches of one span (here the
	 * same phrase in two lexicons) come in no promised order, so each span
	 * is checked with the set of its lexicons. */
	static const struct {
		const char *text;
		unsigned lexicons; /* bit per lexicon id */
	} want[] = {
		{ "A MILITARY SOURCE", 1u }, { "MILITARY", 2u }, { "SOURCE", 3u },
		{ "The source said", 1u },   { "source", 3u },
	};
	size_t g = 0;
	for (size_t i = 0; i < d->matches.n; g++) {
		const lex_match *m = &d->matches.v[i];
		unsigned got = 0;
		size_t k = i;
		for (; k < d->matches.n && d->matches.v[k].tok0 == m->tok0 && d->matches.v[k].tok1 == m->tok1; k++)
			got |= 1u << d->matches.v[k].lexicon;
		if (g >= CRD_ARRAY_LEN(want) || strcmp(mtext(d, m), want[g].text) != 0 || got != want[g].lexicons) {
			for (size_t j = 0; j < d->matches.n; j++)
				print_message("  %u-%u %d \"%s\"\n", d->matches.v[j].tok0, d->matches.v[j].tok1,
				              d->matches.v[j].lexicon, mtext(d, &d->matches.v[j]));
			fail_msg("match group %zu is \"%s\" in lexicons %#x", g, mtext(d, m), got);
		}
		i = k;
	}
	assert_int_equal(g, CRD_ARRAY_LEN(want));
	/* "sources" is another word: matches are whole words. */
	uint32_t ph;
	assert_true(lex_has_match(d, anon, 0, 3, &ph));
	assert_string_equal(lex_phrase_text(ls, ph), "a military source");
	assert_true(lex_has_match(d, mil, 1, 2, NULL));
	assert_false(lex_has_match(d, anon, 1, 2, NULL));
	assert_false(lex_has_match(d, anon, 0, 2, NULL));
	/* Every token has its term id, -1 for words in no lexicon. */
	assert_int_equal(d->toks.v[0].term, lex_term(ls, "a", 1));
	for (size_t i = 0; i < d->toks.n; i++)
		if (doc_tok_is(d, &d->toks.v[i], "sources"))
			assert_int_equal(d->toks.v[i].term, -1);

	/* Matches never cross a paragraph break, but do cross a line wrap. */
	d = scan(ls, "It was a\n\nsource.");
	for (size_t i = 0; i < d->matches.n; i++)
		assert_string_not_equal(mtext(d, &d->matches.v[i]), "a\n\nsource");
	d = scan(ls, "It was a\nsource.\n\nNew paragraph.");
	assert_true(d->matches.n >= 1);
	assert_string_equal(mtext(d, &d->matches.v[0]), "a\nsource");
	lex_set_free(ls);
}

static void test_match_folding(void **state)
{
	(void)state;
	lex_set *ls;
	crd_error err;
	assert_int_equal(build(&ls, "x", "# feature: x\ndon't know\nstate-run\nu.s. officials\n\xC3\xA9t\xC3\xA9\n", &err),
	                 CRD_OK);
	crd_doc *d = scan(ls, "I DON\xE2\x80\x99T KNOW. A State-Run paper. U.S. Officials. \xC3\x89T\xC3\x89!");
	assert_int_equal(d->matches.n, 4);
	assert_string_equal(mtext(d, &d->matches.v[0]), "DON\xE2\x80\x99T KNOW");
	assert_string_equal(mtext(d, &d->matches.v[1]), "State-Run");
	assert_string_equal(mtext(d, &d->matches.v[2]), "U.S. Officials");
	assert_string_equal(mtext(d, &d->matches.v[3]), "\xC3\x89T\xC3\x89");
	/* A dash is not a hyphen: "state—run" is three tokens, no match. */
	d = scan(ls, "a state\xE2\x80\x94run paper");
	assert_int_equal(d->matches.n, 0);
	lex_set_free(ls);
}

/* A phrase may hold the possessive clitic, at its start or after a word,
 * and matches it the way documents tokenise it. */
static void test_match_clitic(void **state)
{
	(void)state;
	lex_set *ls;
	crd_error err;
	assert_int_equal(build(&ls, "x", "# feature: x\n's\nthe minister's office\n", &err), CRD_OK);
	crd_doc *d = scan(ls, "The minister\xE2\x80\x99s office said the party's line held.");
	assert_int_equal(d->matches.n, 3);
	assert_string_equal(mtext(d, &d->matches.v[0]), "The minister\xE2\x80\x99s office");
	assert_string_equal(mtext(d, &d->matches.v[1]), "\xE2\x80\x99s");
	assert_string_equal(mtext(d, &d->matches.v[2]), "'s");
	lex_set_free(ls);
}

/* The automaton against the obvious quadratic matcher, on random phrases and
 * texts over a small vocabulary (so that prefixes and suffixes collide). */
static uint64_t rng = 0x9E3779B97F4A7C15ull;

static uint32_t rnd(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng % n);
}

static const char *const vocab[] = { "a", "b", "c", "d", "e", "the", "source", "said" };
#define NV (sizeof vocab / sizeof vocab[0])

typedef struct ref_phrase {
	int lex;
	int n;
	int w[6];
} ref_phrase;

static void test_match_random(void **state)
{
	(void)state;
	for (int round = 0; round < 40; round++) {
		lex_builder *b = lex_builder_new();
		crd_error err;
		int nlex = 1 + (int)rnd(3);
		for (int l = 0; l < nlex; l++) {
			char name[16];
			snprintf(name, sizeof name, "l%d", l);
			assert_int_equal(lex_builder_add(b, name, name, "t", &err), l);
		}
		ref_phrase ph[200];
		int nph = 1 + (int)rnd(200);
		for (int i = 0; i < nph; i++) {
			ph[i].lex = (int)rnd((uint32_t)nlex);
			ph[i].n = 1 + (int)rnd(5);
			char buf[128] = "";
			for (int k = 0; k < ph[i].n; k++) {
				ph[i].w[k] = (int)rnd(NV);
				strcat(buf, k ? " " : "");
				strcat(buf, vocab[ph[i].w[k]]);
			}
			assert_int_equal(lex_builder_phrase(b, ph[i].lex, buf, strlen(buf), NULL, 0, "t", i + 1, &err),
			                 CRD_OK);
		}
		lex_set *ls;
		assert_int_equal(lex_compile(&ls, b, &err), CRD_OK);
		lex_builder_free(b);

		/* A text of 300 words with a paragraph break now and then. */
		char text[4096];
		int words[300], para[300];
		size_t o = 0;
		for (int i = 0; i < 300; i++) {
			words[i] = (int)rnd(NV);
			para[i] = i > 0 && rnd(40) == 0;
			o += (size_t)snprintf(text + o, sizeof text - o, "%s%s", i == 0 ? "" : para[i] ? "\n\n" : " ",
			                      vocab[words[i]]);
		}
		crd_doc *d = scan(ls, text);
		assert_int_equal(d->toks.n, 300);

		/* Expected: every (start, phrase) pair, deduplicated per lexicon. */
		size_t expected = 0;
		for (int s = 0; s < 300; s++)
			for (int i = 0; i < nph; i++) {
				int ok = s + ph[i].n <= 300;
				for (int k = 0; ok && k < ph[i].n; k++)
					ok = words[s + k] == ph[i].w[k] && (k == 0 || !para[s + k]);
				if (!ok)
					continue;
				int dup = 0;
				for (int j = 0; j < i && !dup; j++)
					dup = ph[j].lex == ph[i].lex && ph[j].n == ph[i].n &&
					      memcmp(ph[j].w, ph[i].w, sizeof(int) * (size_t)ph[i].n) == 0;
				if (dup)
					continue;
				expected++;
				if (!lex_has_match(d, ph[i].lex, (uint32_t)s, (uint32_t)(s + ph[i].n), NULL))
					fail_msg("round %d: missing match of a %d-word phrase at %d", round, ph[i].n, s);
			}
		if (d->matches.n != expected)
			fail_msg("round %d: %zu matches, expected %zu", round, d->matches.n, expected);
		for (size_t i = 1; i < d->matches.n; i++) {
			const lex_match *p = &d->matches.v[i - 1], *m = &d->matches.v[i];
			assert_true(p->tok0 < m->tok0 || (p->tok0 == m->tok0 && p->tok1 >= m->tok1));
		}
		lex_set_free(ls);
	}
}

/* ---- attribute checks ------------------------------------------------------ */

typedef struct seen_check {
	char lexicon[32], feature[32];
	int calls;
} seen_check;

/* Refuses colour= other than red, and remembers what it was asked of. */
static int colour_check(void *ud, const char *lex_name, const char *feature, const char *key,
                        const char *value, char *why, size_t n)
{
	seen_check *sc = ud;
	snprintf(sc->lexicon, sizeof sc->lexicon, "%s", lex_name);
	snprintf(sc->feature, sizeof sc->feature, "%s", feature ? feature : "(none)");
	sc->calls++;
	if (strcmp(key, "colour") != 0 || strcmp(value, "red") == 0)
		return 0;
	snprintf(why, n, "%s reads colour as red", lex_name);
	return 1;
}

/* Parses text as lexicon "paint" with colour_check installed. */
static int build_checked(const char *text, seen_check *sc, crd_error *err)
{
	lex_builder *b = lex_builder_new();
	assert_non_null(b);
	lex_builder_set_check(b, colour_check, sc);
	int rc = lex_builder_parse(b, "paint", text, strlen(text), "paint.txt", err);
	lex_builder_free(b);
	return rc;
}

static void test_attr_check_hook(void **state)
{
	(void)state;
	seen_check sc = { .calls = 0 };
	crd_error err;
	assert_int_equal(build_checked("# feature: tint\nrose | colour=red size=any\n", &sc, &err), CRD_OK);
	assert_int_equal(sc.calls, 2); /* every key=value */
	assert_string_equal(sc.lexicon, "paint");
	assert_string_equal(sc.feature, "tint");

	/* A refusal fails at the line with the value and what is expected. */
	memset(&sc, 0, sizeof sc);
	assert_int_equal(
	        build_checked("# feature: tint\n\nrose | colour=red\nsky | colour=blue\n", &sc, &err),
	        CRD_ERR_LEXICON);
	assert_int_equal(err.code, CRD_ERR_LEXICON);
	assert_string_equal(err.source, "paint.txt");
	assert_int_equal(err.line, 4);
	assert_string_equal(err.message, "attribute colour=blue: paint reads colour as red");

	/* A phrase given twice keeps its first line; the second is checked
	 * all the same. */
	assert_int_equal(build_checked("# feature: none\nsky | colour=red\nsky | colour=blue\n", &sc, &err),
	                 CRD_ERR_LEXICON);
	assert_int_equal(err.line, 3);
	assert_string_equal(sc.feature, "(none)");
}

/* A scratch folder of lexicon files for an engine. */
static char lexdir[256];

static void put_lexicon(const char *name, const char *text)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", lexdir, name);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/* A folder holding only name with text: the engine built from it fails with
 * a lexicon error at line, whose message holds msg. */
static void expect_value_error(const char *name, const char *text, int line, const char *msg)
{
	snprintf(lexdir, sizeof lexdir, "/tmp/credence-test-lexicon-%ld", (long)getpid());
	mkdir(lexdir, 0700);
	put_lexicon(name, text);
	crd_options o = CRD_OPTIONS_INIT;
	o.lexicon_dir = lexdir;
	crd_engine *e = NULL;
	crd_error err;
	int rc = crd_engine_new(&e, &o, &err);
	char path[512];
	snprintf(path, sizeof path, "%s/%s", lexdir, name);
	unlink(path);
	rmdir(lexdir);
	if (rc != CRD_ERR_LEXICON) {
		crd_engine_free(e);
		fail_msg("%s: expected a lexicon error, got %d (%s)", name, rc, rc ? err.message : "");
	}
	assert_null(e);
	if (!strstr(err.source, name) || err.line != line)
		fail_msg("%s: error at %s:%d, expected line %d: %s", name, err.source, err.line, line,
		         err.message);
	if (!strstr(err.message, msg))
		fail_msg("%s: \"%s\" does not say \"%s\"", name, err.message, msg);
}

static void test_attr_values(void **state)
{
	(void)state;
	expect_value_error("attribution_cue.txt",
	                   "# feature: attribution_cue\nsaid | lemma=say strength=strong\n\n"
	                   "told | lemma=tell strength=stong obj=hearer\n",
	                   4,
	                   "attribute strength=stong: attribution_cue reads strength as one of strong, weak");
	expect_value_error(
	        "hedge.txt", "# feature: hedge\nmay | rule=may\nmight | type=x rule=mgiht\n", 3,
	        "attribute rule=mgiht: feature hedge reads rule as one of plain, may, might, could");
	/* any lexicon of the feature, since the hedge detector reads them all */
	expect_value_error("my_doubts.txt", "# feature: hedge\nperchance | rule=mgiht\n", 2,
	                   "feature hedge reads rule as one of plain,");
	expect_value_error("zone_cues.txt", "# feature: none\nreporting by | zone=byline max=ten\n", 2,
	                   "attribute max=ten: zone_cues reads max as a whole number");
	expect_value_error(
	        "boilerplate.txt",
	        "# feature: boilerplate\nadvertisement | zone=advert\nsponsored links | zone=adverts\n", 3,
	        "attribute zone=adverts: boilerplate reads zone as one of title, byline, dateline, "
	        "related_link, advert,");
	expect_value_error("boilerplate.txt", "# feature: boilerplate\nread more | zone=body\n", 2,
	                   "zone=body"); /* no zone of its own: the cue would do nothing */
	expect_value_error("zone_cues.txt", "# feature: none\nreporter | role=yes\n", 2,
	                   "zone_cues reads role as 1");

	/* A script's lexicon of a feature a detector reads is checked too, at
	 * the script's line. */
	crd_options o = CRD_OPTIONS_INIT;
	o.script_source = "rule{ name = 'B', feature = 'booster', weight = 1 }\n"
	                  "lexicon{ name = 'mine', feature = 'booster', terms = { 'truly | rule=clause', "
	                  "'utterly | rule=nope' } }\n";
	o.script_name = "inline.lua";
	crd_engine *e = NULL;
	crd_error err;
	assert_int_equal(crd_engine_new(&e, &o, &err), CRD_ERR_LEXICON);
	assert_null(e);
	if (!strstr(err.message, "attribute rule=nope: feature booster reads rule as one of plain,"))
		fail_msg("%s", err.message);
	assert_int_equal(err.line, 2);
}

/* Keys no detector compares take any value and reach the evidence. */
static void test_attr_free_keys(void **state)
{
	(void)state;
	crd_options o = CRD_OPTIONS_INIT;
	o.script_source = "rule{ name = 'H', feature = 'hedge', weight = 1 }\n"
	                  "lexicon{ name = 'my_doubts', feature = 'hedge', "
	                  "terms = { 'perchance | rule=plain mynote=anything lemma=whatever' } }\n";
	o.script_name = "inline.lua";
	crd_engine *e = NULL;
	crd_error err;
	if (crd_engine_new(&e, &o, &err) != CRD_OK)
		fail_msg("%s (%s:%d)", err.message, err.source, err.line);
	crd_scorer *sc;
	assert_int_equal(crd_scorer_new(&sc, e, &err), CRD_OK);
	crd_input in = CRD_INPUT_INIT;
	in.text = "Perchance it rains.";
	in.len = strlen(in.text);
	crd_result *r;
	assert_int_equal(crd_scorer_score(&r, sc, &in, CRD_SCORE_FEATURES_ONLY, &err), CRD_OK);
	int found = 0;
	for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
		crd_evidence ev;
		crd_result_evidence(r, i, &ev);
		const crd_attr *a = strcmp(ev.feature, "hedge") == 0 ? tu_attr(&ev, "mynote") : NULL;
		if (a && a->type == CRD_ATTR_STRING && strcmp(a->string, "anything") == 0)
			found = 1;
	}
	assert_true(found);
	crd_result_free(r);
	crd_scorer_free(sc);
	crd_engine_free(e);

	/* and in a lexicon of the detectors, beside keys they check */
	snprintf(lexdir, sizeof lexdir, "/tmp/credence-test-lexicon-%ld", (long)getpid());
	mkdir(lexdir, 0700);
	put_lexicon("attribution_cue.txt", "# feature: attribution_cue\nsaid | lemma=say strength=strong "
	                                   "mynote=anything\n");
	/* at=start is the default that boilerplate.txt documents, written out */
	put_lexicon("boilerplate.txt",
	            "# feature: boilerplate\nadvertisement | zone=advert at=start max=3\n");
	memset(&o, 0, sizeof o);
	crd_options_init(&o);
	o.lexicon_dir = lexdir;
	int rc = crd_engine_new(&e, &o, &err);
	char path[512];
	snprintf(path, sizeof path, "%s/attribution_cue.txt", lexdir);
	unlink(path);
	snprintf(path, sizeof path, "%s/boilerplate.txt", lexdir);
	unlink(path);
	rmdir(lexdir);
	if (rc != CRD_OK)
		fail_msg("%s (%s:%d)", err.message, err.source, err.line);
	crd_engine_free(e);
}

/* Every phrase line of the bundled lexicons is a phrase of its own: the
 * builder keeps the first of two lines that fold to the same words, so a
 * second one is dead text, and with other attributes a silent loss. */
static void test_bundled_phrases_once(void **state)
{
	(void)state;
	for (size_t i = 0; i < crd_embedded_lexicon_count; i++) {
		const crd_embedded *e = &crd_embedded_lexicons[i];
		lex_builder *b = lex_builder_new();
		assert_non_null(b);
		crd_error err = { 0 };
		assert_int_equal(lex_builder_parse(b, e->name, e->data, e->len, e->name, &err), CRD_OK);
		lex_set *ls = NULL;
		assert_int_equal(lex_compile(&ls, b, &err), CRD_OK);
		size_t lines = 0;
		for (const char *p = e->data, *end = e->data + e->len; p < end;) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			if (!nl)
				nl = end;
			const char *q = p;
			while (q < nl && (*q == ' ' || *q == '\t'))
				q++;
			lines += q < nl && *q != '#' && *q != '\r';
			p = nl + 1;
		}
		if (lex_size(ls, 0) != lines)
			print_error("%s: %zu phrase lines, %zu phrases\n", e->name, lines, lex_size(ls, 0));
		assert_int_equal(lex_size(ls, 0), lines);
		lex_set_free(ls);
		lex_builder_free(b);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),           cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_declare_twice),   cmocka_unit_test(test_many_duplicates),
		cmocka_unit_test(test_match_overlaps),  cmocka_unit_test(test_match_folding),
		cmocka_unit_test(test_match_clitic),    cmocka_unit_test(test_match_random),
		cmocka_unit_test(test_attr_check_hook), cmocka_unit_test(test_attr_values),
		cmocka_unit_test(test_attr_free_keys),  cmocka_unit_test(test_bundled_phrases_once),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
