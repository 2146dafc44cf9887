/* test_text.c -- unit tests of core/text.c: UTF-8 decoding, the folded view and its map, line:column. */
#include "testutil.h"

#include "text.h"
#include "util.h"

/* ---- decoding ------------------------------------------------------------ */

static size_t dec(const char *s, size_t n, uint32_t *cp)
{
	return txt_decode((const unsigned char *)s, n, cp);
}

static void test_decode_valid(void **state)
{
	(void)state;
	uint32_t cp;
	assert_int_equal(dec("A", 1, &cp), 1);
	assert_int_equal(cp, 'A');
	assert_int_equal(dec("\xC3\xA9", 2, &cp), 2); /* é */
	assert_int_equal(cp, 0xE9);
	assert_int_equal(dec("\xE2\x80\x9C", 3, &cp), 3); /* left double quote */
	assert_int_equal(cp, 0x201C);
	assert_int_equal(dec("\xF0\x9F\x98\x80", 4, &cp), 4); /* emoji */
	assert_int_equal(cp, 0x1F600);
	assert_int_equal(dec("\xF4\x8F\xBF\xBF", 4, &cp), 4); /* U+10FFFF, the last code point */
	assert_int_equal(cp, 0x10FFFF);
	assert_int_equal(dec("\xEF\xBF\xBD", 3, &cp), 3);
	assert_int_equal(cp, 0xFFFD);
	assert_int_equal(dec("", 0, &cp), 0);
}

static void test_decode_invalid(void **state)
{
	(void)state;
	uint32_t cp;
	static const struct {
		const char *s;
		size_t n;
		const char *why;
	} bad[] = {
		{ "\x80", 1, "lone continuation byte" },
		{ "\xBF", 1, "lone continuation byte" },
		{ "\xC0\x80", 2, "overlong NUL" },
		{ "\xC1\xBF", 2, "overlong 2-byte" },
		{ "\xE0\x80\xAF", 3, "overlong 3-byte" },
		{ "\xF0\x80\x80\xAF", 4, "overlong 4-byte" },
		{ "\xED\xA0\x80", 3, "surrogate D800" },
		{ "\xED\xBF\xBF", 3, "surrogate DFFF" },
		{ "\xF4\x90\x80\x80", 4, "above U+10FFFF" },
		{ "\xF5\x80\x80\x80", 4, "F5 lead" },
		{ "\xFF", 1, "FF byte" },
		{ "\xFE", 1, "FE byte" },
		{ "\xC3", 1, "truncated 2-byte" },
		{ "\xE2\x80", 2, "truncated 3-byte" },
		{ "\xF0\x9F\x98", 3, "truncated 4-byte" },
		{ "\xC3\x41", 2, "bad continuation" },
		{ "\xE2\x41\x9C", 3, "bad continuation" },
	};
	for (size_t i = 0; i < CRD_ARRAY_LEN(bad); i++) {
		cp = 0x12345;
		if (dec(bad[i].s, bad[i].n, &cp) != 0)
			fail_msg("case %zu (%s) decoded", i, bad[i].why);
	}
	/* A truncated length never reads past n even when the bytes are there. */
	assert_int_equal(dec("\xC3\xA9", 1, &cp), 0);
}

static void test_encode_roundtrip(void **state)
{
	(void)state;
	static const uint32_t cps[] = { 0, 'a', 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF,
		                        0x10000, 0x1F600, 0x10FFFF };
	for (size_t i = 0; i < CRD_ARRAY_LEN(cps); i++) {
		char buf[4];
		size_t n = txt_encode(cps[i], buf);
		uint32_t back = 0xFFFFFFFF;
		assert_int_equal(dec(buf, n, &back), n);
		assert_int_equal(back, cps[i]);
	}
}

static void test_case_classes(void **state)
{
	(void)state;
	assert_int_equal(txt_fold_cp('A'), 'a');
	assert_int_equal(txt_fold_cp('z'), 'z');
	assert_int_equal(txt_fold_cp(0xC9), 0xE9);   /* É */
	assert_int_equal(txt_fold_cp(0xD7), 0xD7);   /* multiplication sign */
	assert_int_equal(txt_fold_cp(0x100), 0x101); /* Ā */
	assert_int_equal(txt_fold_cp(0x130), 'i');   /* İ */
	assert_int_equal(txt_fold_cp(0x178), 0xFF);  /* Ÿ */
	assert_int_equal(txt_fold_cp(0x141), 0x142); /* Ł */
	assert_int_equal(txt_fold_cp(0x391), 0x3B1); /* Greek alpha */
	assert_int_equal(txt_fold_cp(0x3A2), 0x3A2); /* unassigned hole */
	assert_int_equal(txt_fold_cp(0x410), 0x430); /* Cyrillic A */
	assert_int_equal(txt_fold_cp(0x401), 0x451); /* Ё */
	assert_int_equal(txt_fold_cp(0x627), 0x627); /* Arabic alef: no case */

	assert_true(txt_is_upper('Q'));
	assert_false(txt_is_upper('q'));
	assert_true(txt_is_lower('q'));
	assert_true(txt_is_lower(0xE9));
	assert_true(txt_is_lower(0x3B1));
	assert_false(txt_is_lower(0x627));
	assert_false(txt_is_upper(0x627));
	assert_true(txt_is_alpha(0x627));
	assert_true(txt_is_alpha('x'));
	assert_false(txt_is_alpha('1'));
	assert_false(txt_is_alpha(0x2014)); /* em dash */
	assert_false(txt_is_alpha(0x1F600));
	assert_false(txt_is_alpha(0xFFFD));
	assert_false(txt_is_alpha(0xD7));
}

/* ---- folding --------------------------------------------------------------- */

typedef struct issues {
	uint32_t off[64];
	int kind[64];
	size_t n;
	size_t stop_after; /* 0: never stop */
} issues;

static int on_issue(void *ud, uint32_t off, int kind)
{
	issues *is = ud;
	if (is->n < 64) {
		is->off[is->n] = off;
		is->kind[is->n] = kind;
	}
	is->n++;
	return is->stop_after && is->n >= is->stop_after;
}

/* Folds s and checks the invariants every view must keep. */
static void fold_checked(txt_view *v, const char *s, size_t n, issues *is)
{
	assert_int_equal(txt_fold(v, s, n, is ? on_issue : NULL, is), 0);
	assert_int_equal(v->fold[v->flen], '\0');
	assert_int_equal(v->map[v->flen], n);
	for (size_t i = 0; i < v->flen; i++) {
		assert_true(v->map[i] < n);
		if (i)
			assert_true(v->map[i] >= v->map[i - 1]);
	}
}

static void assert_fold(const char *in, const char *want)
{
	txt_view v = { 0 };
	fold_checked(&v, in, strlen(in), NULL);
	if (v.flen != strlen(want) || memcmp(v.fold, want, v.flen) != 0)
		fail_msg("fold(\"%s\") = \"%.*s\", want \"%s\"", in, (int)v.flen, v.fold, want);
	txt_view_free(&v);
}

static void test_fold_basic(void **state)
{
	(void)state;
	assert_fold("", "");
	assert_fold("Hello World", "hello world");
	assert_fold("\xC3\x89T\xC3\x89", "\xC3\xA9t\xC3\xA9");                     /* ÉTÉ */
	assert_fold("\xE2\x80\x9CQuote\xE2\x80\x9D", "\"quote\"");                 /* curly doubles */
	assert_fold("don\xE2\x80\x99t", "don't");                                  /* curly apostrophe */
	assert_fold("\xC2\xABguillemets\xC2\xBB", "\"guillemets\"");
	assert_fold("a\xE2\x80\x94" "b\xE2\x80\x93" "c", "a-b-c");                  /* em, en dash */
	assert_fold("a\xC2\xA0" "b", "a b");                                       /* no-break space */
	assert_fold("a\xE2\x80\xAF" "b", "a b");                                   /* narrow nbsp */
	assert_fold("zero\xE2\x80\x8Bwidth", "zerowidth");                         /* ZWSP dropped */
	assert_fold("soft\xC2\xADhyphen", "softhyphen");                           /* SHY dropped */
	assert_fold("\xEF\xBB\xBFStart", "start");                                 /* BOM dropped */
	assert_fold("wait\xE2\x80\xA6", "wait...");                                /* ellipsis */
	assert_fold("line\r\nnext\rlast", "line\nnext\nlast");
	assert_fold("a\xE2\x80\xA8" "b", "a\nb");                                  /* line separator */
	assert_fold("\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90", "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
}

/* The mojibake of a mark read as Latin-1 or Windows-1252 is the mark: one
 * character of the input, mapped to its first byte; a lone "\u00e2" stays. */
static void test_fold_mojibake(void **state)
{
	(void)state;
	uint32_t cp = 0;
	/* U+2019 as Latin-1: C3 A2, C2 80, C2 99 */
	const unsigned char l1[] = { 0xC3, 0xA2, 0xC2, 0x80, 0xC2, 0x99 };
	assert_int_equal(txt_mojibake(l1, sizeof l1, &cp), 6);
	assert_int_equal(cp, 0x2019);
	assert_int_equal(txt_mojibake(l1, 5, &cp), 0); /* cut short */
	/* U+201C as Windows-1252: C3 A2, E2 82 AC (euro), C5 93 (oe) */
	const unsigned char w[] = { 0xC3, 0xA2, 0xE2, 0x82, 0xAC, 0xC5, 0x93 };
	assert_int_equal(txt_mojibake(w, sizeof w, &cp), 7);
	assert_int_equal(cp, 0x201C);
	/* U+2030 (per mille) is no mark we read */
	const unsigned char pm[] = { 0xC3, 0xA2, 0xC2, 0x80, 0xC2, 0xB0 };
	assert_int_equal(txt_mojibake(pm, sizeof pm, &cp), 0);
	assert_fold("we\xC3\xA2\xC2\x80\xC2\x99re", "we're");
	assert_fold("\xC3\xA2\xE2\x82\xAC\xC5\x93Hi,\xC3\xA2\xE2\x82\xAC\xC2\x9D she", "\"hi,\" she");
	assert_fold("a\xC3\xA2\xC2\x80\xC2\x94"
	            "b",
	            "a-b");
	assert_fold("the\xC3\x82\xC2\xA0video", "the video");
	assert_fold("cr\xC3\xA2pe", "cr\xC3\xA2pe");

	txt_view v = { 0 };
	const char *in = "x\xC3\xA2\xC2\x80\xC2\x9Dy";
	assert_int_equal(txt_fold(&v, in, strlen(in), NULL, NULL), 0);
	assert_int_equal(v.flen, 3);
	assert_int_equal(v.map[1], 1);
	assert_int_equal(v.map[2], 7);
	txt_view_free(&v);
}

static void test_fold_map(void **state)
{
	(void)state;
	/* "É“x”\r\n…" : every folded byte maps to the start of its input character. */
	const char *s = "\xC3\x89\xE2\x80\x9Cx\xE2\x80\x9D\r\n\xE2\x80\xA6";
	size_t n = strlen(s);
	txt_view v = { 0 };
	fold_checked(&v, s, n, NULL);
	assert_int_equal(v.flen, 2 + 1 + 1 + 1 + 1 + 3);
	/* CR LF folds to one LF mapped to the CR: a span that ends at the line
	 * break ends before the CR (a regression: it used to take the CR). */
	static const uint32_t want[] = { 0, 0, 2, 5, 6, 9, 11, 11, 11 };
	for (size_t i = 0; i < CRD_ARRAY_LEN(want); i++)
		assert_int_equal(v.map[i], want[i]);
	assert_int_equal(v.map[v.flen], n);
	/* The view is reused: a second, shorter fold keeps the buffers. */
	char *keep = v.fold;
	size_t cap = v.cap;
	fold_checked(&v, "ab", 2, NULL);
	assert_ptr_equal(v.fold, keep);
	assert_int_equal(v.cap, cap);
	assert_int_equal(v.flen, 2);
	txt_view_free(&v);
}

static void test_fold_invalid_and_nul(void **state)
{
	(void)state;
	const char s[] = "ok\xFFyes\0no\xC3(\xED\xA0\x80";
	size_t n = sizeof s - 1;
	txt_view v = { 0 };
	issues is = { 0 };
	fold_checked(&v, s, n, &is);
	/* 0xFF at 2, NUL at 6, truncated C3 at 9, the surrogate's three bytes. */
	assert_int_equal(is.n, 6);
	assert_int_equal(is.off[0], 2);
	assert_int_equal(is.kind[0], TXT_INVALID_UTF8);
	assert_int_equal(is.off[1], 6);
	assert_int_equal(is.kind[1], TXT_NUL);
	assert_int_equal(is.off[2], 9);
	assert_int_equal(is.off[3], 11);
	assert_int_equal(is.off[4], 12);
	assert_int_equal(is.off[5], 13);
	/* Invalid bytes read as U+FFFD, NUL as a space; nothing is lost. */
	assert_memory_equal(v.fold, "ok\xEF\xBF\xBDyes no\xEF\xBF\xBD(", 15);
	assert_int_equal(strlen(v.fold), v.flen); /* no NUL inside the view */
	txt_view_free(&v);

	/* The callback may stop the reporting; the view is still complete. */
	issues stop = { .stop_after = 2 };
	fold_checked(&v, s, n, &stop);
	assert_int_equal(stop.n, 2);
	assert_int_equal(v.map[v.flen], n);
	txt_view_free(&v);
}

static void test_fold_growth(void **state)
{
	(void)state;
	/* Worst cases for the output size: every byte invalid (3 bytes out for 1
	 * in), every character an ellipsis (3 for 3), mixed. */
	size_t n = 100000;
	char *s = malloc(n);
	assert_non_null(s);
	for (size_t i = 0; i < n; i++)
		s[i] = (char)0xFF;
	txt_view v = { 0 };
	fold_checked(&v, s, n, NULL);
	assert_int_equal(v.flen, 3 * n);
	for (size_t i = 0; i + 3 <= n; i += 3)
		memcpy(s + i, "\xE2\x80\xA6", 3);
	fold_checked(&v, s, n - n % 3, NULL);
	assert_int_equal(v.flen, n - n % 3);
	for (size_t i = 0; i < n; i++)
		s[i] = (i % 7 == 0) ? (char)0x80 : (i % 5 == 0) ? '\0' : 'A';
	fold_checked(&v, s, n, NULL);
	txt_view_free(&v);
	free(s);
}

/* ---- lines ----------------------------------------------------------------- */

static void test_linecol(void **state)
{
	(void)state;
	const char *s = "ab\n\xC3\xA9x\n\nlast";
	size_t n = strlen(s);
	txt_lines l = { 0 };
	assert_int_equal(txt_lines_build(&l, s, n), 0);
	assert_int_equal(l.n, 4);
	int line, col;
	txt_linecol(&l, s, n, 0, &line, &col);
	assert_int_equal(line, 1);
	assert_int_equal(col, 1);
	txt_linecol(&l, s, n, 2, &line, &col); /* the newline itself */
	assert_int_equal(line, 1);
	assert_int_equal(col, 3);
	txt_linecol(&l, s, n, 5, &line, &col); /* 'x' after a 2-byte é: column counts code points */
	assert_int_equal(line, 2);
	assert_int_equal(col, 2);
	txt_linecol(&l, s, n, 7, &line, &col); /* the empty line */
	assert_int_equal(line, 3);
	assert_int_equal(col, 1);
	txt_linecol(&l, s, n, n, &line, &col); /* the end */
	assert_int_equal(line, 4);
	assert_int_equal(col, 5);
	txt_linecol(&l, s, n, n + 100, &line, &col); /* past the end is clamped */
	assert_int_equal(line, 4);
	assert_int_equal(col, 5);
	/* An empty text has one line. */
	assert_int_equal(txt_lines_build(&l, "", 0), 0);
	assert_int_equal(l.n, 1);
	txt_linecol(&l, "", 0, 0, &line, &col);
	assert_int_equal(line, 1);
	assert_int_equal(col, 1);
	txt_lines_free(&l);
}

/* ---- sanitising ------------------------------------------------------------- */

static void test_sanitize_and_clean(void **state)
{
	(void)state;
	char out[64];
	const char s[] = "a\xFF" "b\0c\xC3\xA9";
	size_t n = sizeof s - 1;
	size_t m = txt_sanitize(s, n, out);
	assert_int_equal(m, strlen(out));
	assert_string_equal(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xC3\xA9");
	assert_true(txt_is_clean(out, m));
	assert_false(txt_is_clean(s, n));
	assert_true(txt_is_clean("", 0));
	assert_true(txt_is_clean("plain \xE2\x80\x9Cquoted\xE2\x80\x9D", 18));
	assert_false(txt_is_clean("nul\0", 4));
	assert_false(txt_is_clean("\xED\xA0\x80", 3));
	assert_false(txt_is_clean("\xE2\x80", 2));
	/* txt_is_utf8 asks only for valid UTF-8: NUL is a character. */
	assert_true(txt_is_utf8("nul\0", 4));
	assert_true(txt_is_utf8("", 0));
	assert_true(txt_is_utf8("caf\xC3\xA9", 5));
	assert_false(txt_is_utf8("caf\xE9", 4));
	assert_false(txt_is_utf8("\xED\xA0\x80", 3));
	assert_int_equal(txt_sanitize("", 0, out), 0);
	assert_string_equal(out, "");
	/* Worst case: 3 bytes out per byte in. */
	char worst[4 * 3 + 1];
	assert_int_equal(txt_sanitize("\x80\x81\x82\x83", 4, worst), 12);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode_valid),       cmocka_unit_test(test_decode_invalid),
		cmocka_unit_test(test_encode_roundtrip),   cmocka_unit_test(test_case_classes),
		cmocka_unit_test(test_fold_basic),         cmocka_unit_test(test_fold_map),
		cmocka_unit_test(test_fold_mojibake),      cmocka_unit_test(test_fold_invalid_and_nul),
		cmocka_unit_test(test_fold_growth),        cmocka_unit_test(test_linecol),
		cmocka_unit_test(test_sanitize_and_clean),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
