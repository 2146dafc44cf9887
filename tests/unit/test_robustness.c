/* test_robustness.c -- hostile and degenerate inputs: the library never crashes and reports what it met. */
#include "check_result.h"

/* Scores text[0..len) with the default script, checks every invariant of the
 * result and returns it. */
static crd_result *run_n(const char *text, size_t len, unsigned flags)
{
	crd_input in = CRD_INPUT_INIT;
	in.text = text;
	in.len = len;
	in.id = "robust";
	crd_result *r = NULL;
	crd_error err;
	int rc = crd_scorer_score(&r, tu_scorer(), &in, flags, &err);
	if (rc != CRD_OK)
		fail_msg("score failed (%d): %s", rc, err.message);
	cr_check(r, text, len);
	return r;
}

static size_t count_warnings(const crd_result *r, const char *code)
{
	size_t n = 0;
	for (size_t i = 0; i < crd_result_warning_count(r); i++) {
		crd_warning w;
		crd_result_warning(r, i, &w);
		n += strcmp(w.code, code) == 0;
	}
	return n;
}

static const crd_warning *warning_at(const crd_result *r, const char *code, int64_t off)
{
	static crd_warning w;
	for (size_t i = 0; i < crd_result_warning_count(r); i++) {
		crd_result_warning(r, i, &w);
		if (strcmp(w.code, code) == 0 && w.offset == off)
			return &w;
	}
	return NULL;
}

static void test_empty_and_blank(void **state)
{
	(void)state;
	static const char *const texts[] = { "", " ", "\n", "\n\n\n", " \t \r\n \r\n", "\xC2\xA0\xE2\x80\x8B",
		                             ".", "!!!", "\"", "-", "'s" };
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		crd_result *r = run_n(texts[i], strlen(texts[i]), 0);
		crd_stats st;
		crd_result_stats(r, &st);
		assert_int_equal(st.bytes, strlen(texts[i]));
		if (i < 6) {
			assert_int_equal(st.words, 0);
			assert_int_equal(st.sentences, 0);
			assert_int_equal(crd_result_evidence_count(r), 0);
		}
		assert_int_equal(crd_result_warning_count(r), 0);
		crd_result_free(r);
	}
}

static void test_invalid_utf8(void **state)
{
	(void)state;
	/* Bad bytes among good ones: each is reported at its offset, with its
	 * line and column, and the evidence around them is still found. */
	static const char text[] = "It may rain.\nBad \xFF byte, then \xC3( and \xED\xA0\x80.\nIt might snow \x80.";
	size_t len = sizeof text - 1;
	crd_result *r = run_n(text, len, 0);
	assert_int_equal(count_warnings(r, "invalid_utf8"), 6);
	const crd_warning *w = warning_at(r, "invalid_utf8", 17);
	assert_non_null(w);
	assert_int_equal(w->line, 2);
	assert_int_equal(w->column, 5);
	assert_non_null(strstr(w->message, "0xFF"));
	assert_non_null(warning_at(r, "invalid_utf8", 30));
	assert_non_null(warning_at(r, "invalid_utf8", 37));
	/* A total is given when there is more than one. */
	assert_int_equal(count_warnings(r, "invalid_utf8_total"), 1);
	assert_true(crd_result_count(r, "hedge", NULL) >= 2);
	crd_result_free(r);

	/* Only bad bytes. */
	char bad[256];
	for (int i = 0; i < 256; i++)
		bad[i] = (char)(0x80 + (i % 0x80));
	r = run_n(bad, sizeof bad, 0);
	assert_true(crd_result_warning_count(r) >= 100);
	/* Past a hundred of one kind, the rest are counted, not listed. */
	assert_int_equal(count_warnings(r, "invalid_utf8"), 100);
	assert_int_equal(count_warnings(r, "warnings_suppressed"), 1);
	crd_result_free(r);

	/* Megabytes of bad bytes: a hundred listed, the rest counted (each
	 * byte used to cost a scan of the warnings). */
	size_t n = 4u << 20;
	char *ff = malloc(n);
	assert_non_null(ff);
	memset(ff, 0xFF, n);
	r = run_n(ff, n, 0);
	assert_int_equal(count_warnings(r, "invalid_utf8"), 100);
	crd_warning w2;
	for (size_t i = 0; i < crd_result_warning_count(r); i++) {
		crd_result_warning(r, i, &w2);
		if (strcmp(w2.code, "warnings_suppressed") == 0) {
			char want[64];
			snprintf(want, sizeof want, "%zu more warnings", n - 100);
			assert_non_null(strstr(w2.message, want));
		}
		if (strcmp(w2.code, "invalid_utf8_total") == 0) {
			char want[64];
			snprintf(want, sizeof want, "%zu invalid UTF-8 bytes", n);
			assert_non_null(strstr(w2.message, want));
		}
	}
	crd_result_free(r);
	free(ff);
}

static void test_nul_bytes(void **state)
{
	(void)state;
	static const char text[] = "A source\0 said it\0\0 may rain.\0";
	size_t len = sizeof text - 1;
	crd_result *r = run_n(text, len, 0);
	assert_int_equal(count_warnings(r, "nul_byte"), 4);
	assert_non_null(warning_at(r, "nul_byte", 8));
	assert_non_null(warning_at(r, "nul_byte", len - 1));
	/* NUL reads as a space: the words around it are still words. */
	assert_true(crd_result_count(r, "hedge", NULL) >= 1);
	crd_result_free(r);
}

/* Figures too large for an int: no overflow in the tests that read them
 * as addresses or times (a text that is only "3333333333", "the
 * 33333333333333 block of"). */
static void test_huge_figures(void **state)
{
	(void)state;
	static const char *const texts[] = {
		"3333333333",
		"They met at the 33333333333333 block of Elm Street.",
		"Her own Secret 33333333333333:3333333333333333333333Service protection.",
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		crd_result_free(run_n(texts[i], strlen(texts[i]), CRD_SCORE_FEATURES_ONLY));
		crd_result_free(run_n(texts[i], strlen(texts[i]), 0));
		/* and as its own title */
		crd_input in = CRD_INPUT_INIT;
		in.text = texts[i];
		in.len = strlen(texts[i]);
		in.title = texts[i];
		crd_result *r = NULL;
		crd_error err;
		assert_int_equal(crd_scorer_score(&r, tu_scorer(), &in, CRD_SCORE_FEATURES_ONLY, &err),
		                 CRD_OK);
		cr_check(r, texts[i], strlen(texts[i]));
		crd_result_free(r);
	}
}

/* Marks garbled by a wrong decoding read as the marks, with one warning
 * that counts them and points at the first. */
static void test_mojibake(void **state)
{
	(void)state;
	static const char text[] = "Officials said: \xC3\xA2\xC2\x80\xC2\x9CIt\xC3\xA2\xC2\x80\xC2\x99s over."
	                           "\xC3\xA2\xC2\x80\xC2\x9D";
	crd_result *r = run_n(text, sizeof text - 1, 0);
	assert_int_equal(count_warnings(r, "mojibake"), 1);
	const crd_warning *w = warning_at(r, "mojibake", 16);
	assert_non_null(w);
	assert_non_null(strstr(w->message, "3 quotation marks"));
	assert_int_equal(crd_result_count(r, "direct_quote", NULL), 1);
	assert_int_equal(count_warnings(r, "invalid_utf8"), 0);
	crd_result_free(r);
}

static void test_document_limit(void **state)
{
	(void)state;
	crd_options o = CRD_OPTIONS_INIT;
	o.max_document_bytes = 1000;
	crd_engine *e;
	crd_scorer *sc;
	crd_error err;
	assert_int_equal(crd_engine_new(&e, &o, &err), CRD_OK);
	assert_int_equal(crd_scorer_new(&sc, e, &err), CRD_OK);
	char *text = malloc(1001);
	memset(text, 'a', 1001);
	crd_input in = CRD_INPUT_INIT;
	in.text = text;
	in.len = 1001;
	in.id = "too-big";
	crd_result *r = (crd_result *)text;
	assert_int_equal(crd_scorer_score(&r, sc, &in, 0, &err), CRD_ERR_INPUT);
	assert_null(r);
	assert_int_equal(err.code, CRD_ERR_INPUT);
	assert_string_equal(err.source, "too-big");
	assert_int_equal(err.offset, 1000);
	/* Exactly at the limit is fine, and the scorer is still usable. */
	in.len = 1000;
	assert_int_equal(crd_scorer_score(&r, sc, &in, 0, &err), CRD_OK);
	cr_check(r, text, 1000);
	crd_result_free(r);
	free(text);
	crd_scorer_free(sc);
	crd_engine_free(e);

	/* Offsets are 32-bit in a folded view up to three times the input: a
	 * larger limit is lowered to what they can address (the length is
	 * refused before the text is read, so a short buffer will do here). */
	o.max_document_bytes = 4000000000u;
	assert_int_equal(crd_engine_new(&e, &o, &err), CRD_OK);
	assert_int_equal(crd_scorer_new(&sc, e, &err), CRD_OK);
	in.text = "short";
	in.len = 2000000000u;
	assert_int_equal(crd_scorer_score(&r, sc, &in, 0, &err), CRD_ERR_INPUT);
	assert_int_equal(err.offset, (UINT32_MAX - 1) / 3);
	crd_scorer_free(sc);
	crd_engine_free(e);
}

/* A document of about 20 MB: real prose repeated, scored in reasonable time,
 * evidence all checked. */
static void test_large_document(void **state)
{
	(void)state;
	static const char para[] =
		"Officials said on Tuesday that at least 400 soldiers had arrived. A military source "
		"said more may follow, according to residents. \xE2\x80\x9CWe are ready,\xE2\x80\x9D "
		"said Gen. Smith of the U.S. Army. It could not be independently verified.\n\n";
	size_t plen = sizeof para - 1, target = 20u << 20;
	size_t n = target / plen * plen;
	char *text = malloc(n + 1);
	assert_non_null(text);
	for (size_t o = 0; o < n; o += plen)
		memcpy(text + o, para, plen);
	text[n] = '\0';
	crd_input in = CRD_INPUT_INIT;
	in.text = text;
	in.len = n;
	crd_result *r = NULL;
	crd_error err;
	if (crd_scorer_score(&r, tu_scorer(), &in, 0, &err) != CRD_OK)
		fail_msg("%s", err.message);
	cr_check_core(r, text, n);
	/* The report renders; parsing a quarter of a gigabyte back is for the
	 * smaller tests. */
	char *js;
	size_t jl;
	assert_int_equal(crd_result_json(&js, &jl, r, 0, &err), CRD_OK);
	assert_true(jl > n);
	crd_free(js);
	crd_stats st;
	crd_result_stats(r, &st);
	assert_int_equal(st.paragraphs, n / plen);
	assert_true(crd_result_evidence_count(r) >= n / plen);
	crd_result_free(r);
	free(text);
}

/* Long lines, long tokens, long runs of one character. */
static void test_long_runs(void **state)
{
	(void)state;
	size_t n = 3u << 20;
	char *text = malloc(n);
	assert_non_null(text);
	static const char fills[] = { 'a', '.', '-', '\'', '1', ',', '"', ' ', '\n', '!', 'A', '$' };
	for (size_t k = 0; k < sizeof fills; k++) {
		memset(text, fills[k], n);
		crd_result *r = run_n(text, n, 0);
		crd_result_free(r);
	}
	/* One word of a million letters between ordinary sentences. */
	memset(text, 'x', n);
	memcpy(text, "It may rain. ", 13);
	memcpy(text + n - 13, " It may snow.", 13);
	crd_result *r = run_n(text, n, 0);
	assert_int_equal(crd_result_count(r, "hedge", NULL), 2);
	crd_result_free(r);
	/* A number of a million digits with separators. */
	for (size_t i = 0; i < n; i++)
		text[i] = (i % 4 == 3) ? ',' : '7';
	r = run_n(text, n, 0);
	crd_result_free(r);
	/* A dotted acronym a million letters long, then multi-byte letters. */
	for (size_t i = 0; i < n; i++)
		text[i] = (i % 2) ? '.' : 'Q';
	r = run_n(text, n, 0);
	crd_result_free(r);
	for (size_t i = 0; i + 2 <= n; i += 2)
		memcpy(text + i, "\xC3\x89", 2);
	r = run_n(text, n, 0);
	crd_result_free(r);
	/* One sentence of a hundred thousand subjects joined by "and" before
	 * a verb of saying: the search for a joined subject stays shallow. */
	memcpy(text, "Officials", 9);
	size_t m = 9;
	while (m + 14 + 10 <= n)
		memcpy(text + m, " and officials", 14), m += 14;
	memcpy(text + m, " said no.", 9);
	r = run_n(text, m + 9, 0);
	assert_true(crd_result_count(r, "attribution_cue", NULL) >= 1);
	crd_result_free(r);
	/* A very long line of prose without any full stop. */
	for (size_t o = 0; o + 10 <= n; o += 10)
		memcpy(text + o, "may word, ", 10);
	r = run_n(text, n - n % 10, 0);
	crd_result_free(r);
	free(text);
}

/* Deterministic pseudo-random inputs: random bytes, random UTF-8, random
 * words from a vocabulary that exercises every detector and the segmenter. */
static uint64_t rng_state;

static uint32_t rnd(uint32_t n)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (uint32_t)((rng_state >> 11) % n);
}

static const char *const words[] = {
	"the", "a", "said", "source", "sources", "military", "may", "might", "could", "at", "least", "more",
	"than", "400", "1,200", "4.5", "dozens", "hundreds", "Gen.", "Maj.", "U.S.", "Mr.", "\xE2\x80\x9C",
	"\xE2\x80\x9D", "\"", "'", "'s", ".", ",", "!", "?", "-", "\xE2\x80\x94", "(", ")", "\n", "\n\n",
	"According", "to", "officials", "reportedly", "allegedly", "believed", "It", "is", "not",
	"independently", "verified", "terrorist", "regime", "ALSO", "READ", "Share", "this", "article",
	"Advertisements", "You", "you", "BREAKING", "Smith", "Al-Nashwa", "Al-Nishwa", "123rd", "Brigade",
	"Tuesday", "January", "5,", "2024", "between", "and", "as", "low", "high", "70", "150", "estimates",
	"spoke", "on", "condition", "of", "anonymity", "familiar", "with", "matter", "Editor's", "note:",
	"Correction:", "\xC3\xA9t\xC3\xA9", "\xD9\x82\xD8\xA7\xD9\x84", "\xF0\x9F\x98\x80", "\xC2\xA0", "\t",
	"\r\n", "...", "\xE2\x80\xA6", "percent", "%", "$", "about", "nearly", "up", "several", "many",
};

static void test_random_bytes(void **state)
{
	(void)state;
	rng_state = 0x2545F4914F6CDD1Dull;
	char *buf = malloc(70000);
	assert_non_null(buf);
	for (int round = 0; round < 150; round++) {
		size_t n = rnd(round < 100 ? 2000 : 65536);
		int mode = round % 3;
		for (size_t i = 0; i < n; i++) {
			if (mode == 0)
				buf[i] = (char)rnd(256);                 /* anything */
			else if (mode == 1)
				buf[i] = (char)(rnd(8) ? 0x20 + rnd(95) : rnd(256)); /* mostly printable */
			else
				buf[i] = "aA .,'\"-\n\xC3\xA9\x80\0"[rnd(14)]; /* a small alphabet */
		}
		crd_result *r = run_n(buf, n, round % 5 == 0 ? CRD_SCORE_FEATURES_ONLY : 0);
		crd_result_free(r);
	}
	free(buf);
}

static void test_random_words(void **state)
{
	(void)state;
	rng_state = 0x9E3779B97F4A7C15ull;
	size_t cap = 200000;
	char *buf = malloc(cap);
	assert_non_null(buf);
	size_t nw = sizeof words / sizeof words[0];
	for (int round = 0; round < 200; round++) {
		size_t n = 0, count = 1 + rnd(round < 150 ? 300 : 20000);
		for (size_t k = 0; k < count; k++) {
			const char *w = words[rnd((uint32_t)nw)];
			size_t l = strlen(w);
			if (n + l + 2 >= cap)
				break;
			memcpy(buf + n, w, l);
			n += l;
			if (rnd(4))
				buf[n++] = ' ';
		}
		crd_input in = CRD_INPUT_INIT;
		in.text = buf;
		in.len = n;
		in.id = "words";
		in.title = round % 2 ? "YOU WON'T BELIEVE THIS!!!" : NULL;
		crd_result *r = NULL;
		crd_error err;
		if (crd_scorer_score(&r, tu_scorer(), &in, 0, &err) != CRD_OK)
			fail_msg("round %d: %s", round, err.message);
		cr_check(r, buf, n);
		crd_result_free(r);
	}
	free(buf);
}

/* Every kind of line break the folded view knows (LF, CR LF, a lone CR,
 * U+2028, U+2029, U+0085), around the furniture zones look for. The zones
 * must still be consecutive (found by fuzzing: "(W)G\re" gave a dateline
 * [0,3) then a body [0,6), as line starts were looked for at LF only). */
static void test_line_breaks(void **state)
{
	(void)state;
	static const char *const breaks[] = { "\n", "\r\n", "\r", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xC2\x85" };
	/* '|' stands for the line break. */
	static const char *const texts[] = {
		"(W)G|e",
		"DAMASCUS (Reuters) - Forces said on Monday they had advanced.|ALSO READ: Another story|Share this article",
		"By Jane Smith|LONDON - It may rain.||Comments are moderated.|Editor's note: this was updated.",
	};
	char buf[512];
	for (size_t b = 0; b < sizeof breaks / sizeof breaks[0]; b++)
		for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
			size_t n = 0;
			for (const char *p = texts[t]; *p; p++) {
				const char *piece = *p == '|' ? breaks[b] : p;
				size_t l = *p == '|' ? strlen(piece) : 1;
				memcpy(buf + n, piece, l);
				n += l;
			}
			crd_result *r = run_n(buf, n, 0);
			crd_result_free(r);
		}
}

/* Every prefix of a rich article: truncation anywhere, including inside a
 * multi-byte character, is handled. */
static void test_prefixes(void **state)
{
	(void)state;
	static const char text[] =
		"Maj. Gen. Issam said \xE2\x80\x9C" "at least 400\xE2\x80\x9D \xE2\x80\x94 as low as 70 and as high as "
		"150 \xE2\x80\x94 may have died, a source told the U.S. team on Jan. 5.\n\nALSO READ: more";
	for (size_t n = 0; n <= sizeof text - 1; n++) {
		crd_result *r = run_n(text, n, 0);
		crd_result_free(r);
	}
}

/* Every suffix of a text whose words sit at its very start: a one-letter
 * word at offset 0 before a verb ("G discuss") made the attribution
 * detector read the byte before the text (found by fuzzing). */
static void test_suffixes(void **state)
{
	(void)state;
	static const char text[] = "G discuss a plan. X said at least 40 died, a source told I. "
	                           "O said it. Us argue. âAâ said.";
	for (size_t i = 0; i < sizeof text - 1; i++) {
		crd_result *r = run_n(text + i, sizeof text - 1 - i, 0);
		crd_result_free(r);
	}
}

/* Every phrase of the sourcing lexicons closing a text, alone, after a
 * speaker and a comma, and opening one: a cue that takes its source after
 * it ("according to", "citing") once read past the last token when nothing
 * followed it. */
static void test_lexicon_phrases_at_the_edges(void **state)
{
	(void)state;
	static const char *const lexicons[] = { "attribution_cue", "attribution_stance", "source_words",
		                                "anonymous_source", "vague_attribution_phrases" };
	char path[1024], line[512], doc[600];
	size_t phrases = 0;
	for (size_t l = 0; l < sizeof lexicons / sizeof *lexicons; l++) {
		snprintf(path, sizeof path, "%s/scripts/lexicons/%s.txt", CREDENCE_SOURCE_DIR, lexicons[l]);
		FILE *f = fopen(path, "r");
		assert_non_null(f);
		while (fgets(line, sizeof line, f)) {
			char *bar = strchr(line, '|');
			if (line[0] == '#' || !bar)
				continue;
			while (bar > line && bar[-1] == ' ')
				bar--;
			*bar = '\0';
			int n = snprintf(doc, sizeof doc, "%s", line);
			crd_result_free(run_n(doc, (size_t)n, CRD_SCORE_FEATURES_ONLY));
			n = snprintf(doc, sizeof doc, "Ames said, %s", line);
			crd_result_free(run_n(doc, (size_t)n, CRD_SCORE_FEATURES_ONLY));
			n = snprintf(doc, sizeof doc, "%s the mayor", line);
			crd_result_free(run_n(doc, (size_t)n, CRD_SCORE_FEATURES_ONLY));
			phrases++;
		}
		fclose(f);
	}
	assert_true(phrases > 1000);
}

/* Web pages of tag soup: tags with quoted '>' and no end, references good
 * and broken, comments and scripts left open, dropped elements unclosed,
 * windows-1252 bytes. The result holds its invariants over the text read,
 * and every item's page bytes lie inside the page, in order. */
static void test_html_soup(void **state)
{
	(void)state;
	static const char *const bits[] = {
		"<p>", "</p>", "<div class=\"a>b\">", "</div>", "<b>", "</b>", "<br>", "<br/>", "<nav>",
		"</nav>", "<form>", "</form>", "<script>", "</script>", "<style>", "</style>", "<!--", "-->",
		"<pre>", "</pre>", "<![CDATA[", "]]>", "<title>", "</title>", "<head>", "</head>", "<svg>",
		"</svg>", "<td>", "<tr>", "<li>", "&amp;", "&rsquo;", "&#8217;", "&#x2019;", "&#0;", "&#x110000;",
		"&bogus;", "&amp", "&", "<", ">", "<a href='", "'>", "<?x ?>", "<!doctype html>",
		"<meta charset=windows-1252>", "\x92", "\xE9", "\xFF", "G", "said", "at least", "40", "a source",
		" ", "\n", "\t", "\0", "\xE2\x80\x9C", "\xE2\x80\x9D", ".",
	};
	rng_state = 0xD1B54A32D192ED03ull;
	size_t cap = 100000;
	char *buf = malloc(cap);
	assert_non_null(buf);
	for (int round = 0; round < 300; round++) {
		size_t n = 0, count = 1 + rnd(round < 250 ? 200 : 5000);
		for (size_t k = 0; k < count; k++) {
			const char *w = bits[rnd((uint32_t)(sizeof bits / sizeof bits[0]))];
			size_t l = w[0] ? strlen(w) : 1; /* "\0" is one NUL byte */
			if (n + l >= cap)
				break;
			memcpy(buf + n, w, l);
			n += l;
		}
		crd_input in = CRD_INPUT_INIT;
		in.text = buf;
		in.len = n;
		in.id = "soup";
		in.format = CRD_FORMAT_HTML;
		crd_result *r = NULL;
		crd_error err;
		if (crd_scorer_score(&r, tu_scorer(), &in, round % 4 ? 0 : CRD_SCORE_FEATURES_ONLY, &err) != CRD_OK)
			fail_msg("round %d: %s", round, err.message);
		size_t tl;
		const char *t = crd_result_text(r, &tl);
		cr_check(r, t, tl);
		size_t prev = 0;
		for (size_t i = 0; i < crd_result_evidence_count(r); i++) {
			crd_evidence ev;
			assert_int_equal(crd_result_evidence(r, i, &ev), CRD_OK);
			assert_true(ev.input_start <= ev.input_end && ev.input_end <= n);
			assert_true(ev.input_start >= prev);
			prev = ev.input_start;
		}
		crd_result_free(r);
	}
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_and_blank),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_nul_bytes),
		cmocka_unit_test(test_huge_figures),
		cmocka_unit_test(test_mojibake),
		cmocka_unit_test(test_document_limit),
		cmocka_unit_test(test_large_document),
		cmocka_unit_test(test_long_runs),
		cmocka_unit_test(test_random_bytes),
		cmocka_unit_test(test_random_words),
		cmocka_unit_test(test_line_breaks),
		cmocka_unit_test(test_prefixes),
		cmocka_unit_test(test_suffixes),
		cmocka_unit_test(test_html_soup),
		cmocka_unit_test(test_lexicon_phrases_at_the_edges),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	tu_teardown();
	return rc;
}
