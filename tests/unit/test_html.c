/* test_html.c -- unit tests of core/html.c: the text of a page, its map to the page, charset, sniffing. */
#include "testutil.h"

#include "html.h"
#include "util.h"

/* ---- helpers ---------------------------------------------------------------- */

/* The invariants of any extraction of page[0..n): NUL-terminated text, every
 * byte mapped to a non-empty range of the page, both maps non-decreasing. */
static void check_map(const html_text *h, const char *page, size_t n)
{
	assert_non_null(h->text);
	assert_int_equal(h->text[h->len], '\0');
	for (size_t i = 0; i < h->len; i++) {
		if (!(h->start[i] < h->end[i] && h->end[i] <= n))
			fail_msg("page \"%s\": byte %zu maps to [%u,%u), outside [0,%zu) or empty", page, i,
			         h->start[i], h->end[i], n);
		if (i > 0 && (h->start[i] < h->start[i - 1] || h->end[i] < h->end[i - 1]))
			fail_msg("page \"%s\": map decreases at byte %zu: [%u,%u) after [%u,%u)", page, i,
			         h->start[i], h->end[i], h->start[i - 1], h->end[i - 1]);
	}
}

static void extract(html_text *h, const char *page)
{
	size_t n = strlen(page);
	assert_int_equal(html_extract(h, page, n), 0);
	check_map(h, page, n);
}

/* Extracts page and checks that its text is exactly want. */
static void expect(const char *page, const char *want)
{
	html_text h = { 0 };
	extract(&h, page);
	int ok = strcmp(h.text, want) == 0 && h.len == strlen(want);
	if (!ok)
		print_message("page \"%s\":\n got  \"%s\"\n want \"%s\"\n", page, h.text, want);
	html_text_free(&h);
	assert_true(ok);
}

/* Checks that text byte i came from page bytes [s, e). */
static void expect_at(const html_text *h, size_t i, uint32_t s, uint32_t e)
{
	assert_true(i < h->len);
	if (h->start[i] != s || h->end[i] != e)
		fail_msg("text byte %zu ('%c') maps to [%u,%u), want [%u,%u)", i, h->text[i], h->start[i],
		         h->end[i], s, e);
}

/* ---- tags, blocks and white space ---------------------------------------------- */

static void test_plain_text(void **state)
{
	(void)state;
	const char *page = "Plain text, nothing else: 1 < 2.";
	html_text h = { 0 };
	extract(&h, page);
	assert_string_equal(h.text, page);
	assert_int_equal(h.len, strlen(page));
	for (size_t i = 0; i < h.len; i++)
		expect_at(&h, i, (uint32_t)i, (uint32_t)i + 1);
	assert_null(h.title);
	assert_int_equal(h.windows1252, 0);
	/* A multi-byte character: its bytes map inside it, and as a span to all of it. */
	extract(&h, "caf\xC3\xA9!");
	assert_string_equal(h.text, "caf\xC3\xA9!");
	assert_int_equal(h.start[3], 3);
	assert_int_equal(h.end[4], 5);
	assert_true(h.end[3] <= 5 && h.start[4] >= 3);
	expect_at(&h, 5, 5, 6);
	html_text_free(&h);
}

static void test_inline_tags(void **state)
{
	(void)state;
	expect("<b>at least</b> 400", "at least 400");
	expect("<p>He <b>said</b> <i>so</i>, <span class=\"x\">twice</span>.</p>", "He said so, twice.");
	expect("un<b>believ</b>able", "unbelievable");
	expect("<a href=\"x>y\">link</a> text", "link text");
	expect("<span title='a>b' data-x=\"<p>\">t</span>ail", "tail");
	expect("<A HREF=\"/x\">Caps</A> ok", "Caps ok");
	expect("a <b> b </b> c", "a b c");
	/* A '<' that opens no tag is text. */
	expect("<p>a < b and c <= d</p>", "a < b and c <= d");
	/* Links that touch are the items of a list, a line each; links
	 * with a space or words between them stay in their line. */
	expect("<p><a href=\"/a\">Rates rise</a><a href=\"/b\">Fares go up</a></p>",
	       "Rates rise\nFares go up");
	expect("<p><a href=\"/a\">Rates</a> <a href=\"/b\">fares</a> and <a>tax</a></p>",
	       "Rates fares and tax");
	/* <header> is a block, not the head. */
	expect("<p>a</p><header><h1>T</h1></header><p>b</p>", "a\n\nT\n\nb");
	html_text h = { 0 };
	extract(&h, "<b>at least</b> 400");
	expect_at(&h, 0, 3, 4);   /* 'a' */
	expect_at(&h, 7, 10, 11); /* 't' */
	expect_at(&h, 8, 15, 16); /* ' ' */
	html_text_free(&h);
}

static void test_blocks(void **state)
{
	(void)state;
	expect("<p>One</p><p>Two</p>", "One\n\nTwo");
	expect("<P>One</P>\n\n  <P>Two</P>", "One\n\nTwo");
	expect("<p> One </p>\n<p>\tTwo </p>", "One\n\nTwo");
	expect("<h1>Head</h1><div>Body</div><blockquote>Quote</blockquote>", "Head\n\nBody\n\nQuote");
	expect("<ul><li>one</li><li>two</li></ul>", "one\n\ntwo");
	expect("<section><article><p>x</p></article></section><aside>y</aside><footer>z</footer>",
	       "x\n\ny\n\nz");
	expect("text <div>block</div> more", "text\n\nblock\n\nmore");
	/* No leading or trailing breaks, never more than one blank line. */
	expect("<div><div><p>a</p></div></div>\n<div><p>b</p></div>", "a\n\nb");
	expect("<p>a</p><br><br><br><p>b</p>", "a\n\nb");
	expect("<p>a<br></p><p>b</p>", "a\n\nb");
	expect("<br><p>a</p><br>", "a");
	/* <br> ends a line. */
	expect("a<br>b<br/>c<br />d", "a\nb\nc\nd");
	expect("a <br> b", "a\nb");
	expect("a<br><br>b", "a\n\nb");
	/* Table cells are separated by a space, rows are blocks. */
	expect("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>", "a b\n\nc d");
	expect("<table>\n <tr>\n  <td> a </td>\n  <td>b</td>\n </tr>\n</table>", "a b");
	/* A break maps to a tag that made it. */
	html_text h = { 0 };
	extract(&h, "a<br>b");
	expect_at(&h, 1, 1, 5);
	const char *page = "<p>One</p>\n<p>Two</p>";
	extract(&h, page);
	assert_string_equal(h.text, "One\n\nTwo");
	for (size_t i = 3; i < 5; i++)
		if (page[h.start[i]] != '<' || page[h.end[i] - 1] != '>')
			fail_msg("break byte %zu maps to [%u,%u), not a tag", i, h.start[i], h.end[i]);
	html_text_free(&h);
}

static void test_white_space(void **state)
{
	(void)state;
	expect("a  b\n\n\tc \r\n d", "a b c d");
	expect("   lead and trail   \n", "lead and trail");
	expect("<p>\n  Some\n  wrapped   text.\n</p>", "Some wrapped text.");
	/* The space of a collapsed run maps inside the run. */
	html_text h = { 0 };
	extract(&h, "a \n\t b");
	assert_string_equal(h.text, "a b");
	assert_true(h.start[1] >= 1 && h.end[1] <= 5);
	expect_at(&h, 2, 5, 6);
	html_text_free(&h);
	/* <pre> keeps its white space. */
	expect("<pre>x  y\n\tz</pre>", "x  y\n\tz");
	expect("<p>x</p><pre>  a  b\n c</pre><p>y   z</p>", "x\n\n  a  b\n c\n\ny z");
	expect("<pre>a <b>b</b>  &amp;  c</pre>", "a b  &  c");
	/* The newline right after <pre> is not shown, as in a browser. */
	expect("<pre>\na\nb</pre>", "a\nb");
	expect("<pre>\r\na\r\nb</pre>", "a\nb");
	/* A <pre> that ends with a newline is followed by one blank line, not two. */
	expect("<pre>a\n</pre><p>b</p>", "a\n\nb");
	expect("<pre>a\n\n\n</pre><p>b</p>", "a\n\n\nb");
}

/* ---- dropped content ------------------------------------------------------------- */

static void test_head_and_title(void **state)
{
	(void)state;
	const char *page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>News &amp;\n  Views"
	                   "&rsquo;s   pick</title><link rel=\"x\"><style>p{}</style></head>\n"
	                   "<body><p>Body text.</p></body></html>";
	html_text h = { 0 };
	extract(&h, page);
	assert_string_equal(h.text, "Body text.");
	assert_non_null(h.title);
	assert_string_equal(h.title, "News & Views\xE2\x80\x99s pick");
	/* A title with white space around it, as pages write it. */
	extract(&h, "<html><head><title>\n  Spaced  out\n</title></head><body>x</body></html>");
	assert_string_equal(h.text, "x");
	assert_string_equal(h.title, "Spaced out");
	/* No title: NULL, also after a page that had one. */
	extract(&h, "<html><head></head><body><p>No title</p></body></html>");
	assert_string_equal(h.text, "No title");
	assert_null(h.title);
	html_text_free(&h);
}

static void test_dropped_elements(void **state)
{
	(void)state;
	expect("<p>a</p><script>var s = \"</div><b>\"; if (x < 1) y();</script><p>b</p>", "a\n\nb");
	expect("<p>a</p><SCRIPT type=\"text/javascript\">document.write('<p>x</p>')</Script ><p>b</p>",
	       "a\n\nb");
	expect("one <style>p > b { color: red }</style> two", "one two");
	expect("one <noscript><p>Enable JS</p></noscript> two", "one two");
	expect("<p>a</p><nav><ul><li><a href=\"/\">Home</a></li></ul></nav><p>b</p>", "a\n\nb");
	expect("<p>a</p><form action=\"/s\"><input name=q><p>Search</p></form><p>b</p>", "a\n\nb");
	expect("<p>a</p><template><p>t</p></template><iframe src=x>f</iframe><p>b</p>", "a\n\nb");
	/* A dropped element holds its nested elements of the same name. */
	expect("<p>a</p><nav><nav>x</nav>y</nav><p>b</p>", "a\n\nb");
	/* Comments, doctype and processing instructions. */
	expect("a <!-- note --> b", "a b");
	expect("a <!-- <p>hidden</p> <script> --> b", "a b");
	expect("<!DOCTYPE html><p>x</p>", "x");
	expect("<?xml version=\"1.0\" encoding=\"utf-8\"?><p>x</p>", "x");
	/* Inline elements dropped inside a sentence do not break it. */
	expect("one <button type=\"submit\">Go</button> two", "one two");
	expect("one <svg viewBox=\"0 0 1 1\"><text>t</text><path d=\"M0\"/></svg> two", "one two");
	expect("one <select><option>A</option></select> two", "one two");
}

static void test_unclosed(void **state)
{
	(void)state;
	/* A nav, form or button never closed drops nothing. */
	expect("<p>a</p><nav><p>b</p><p>c</p>", "a\n\nb\n\nc");
	expect("<p>a</p><form><p>b</p>", "a\n\nb");
	/* A script or style never closed runs to the end. */
	expect("<p>a</p><script>var x = 1; <p>b</p>", "a");
	expect("<p>a</p><style>p { color: red } <p>b</p>", "a");
}

/* ---- character references ---------------------------------------------------------- */

/* "x" ref "y" decodes to "x" want "y", every byte of want mapped to the reference. */
static void expect_ref(const char *ref, const char *want)
{
	char page[64];
	snprintf(page, sizeof page, "x%sy", ref);
	size_t r = strlen(ref), w = strlen(want);
	html_text h = { 0 };
	extract(&h, page);
	if (h.len != w + 2 || memcmp(h.text + 1, want, w) != 0)
		fail_msg("\"%s\" gave \"%s\"", page, h.text);
	for (size_t i = 1; i <= w; i++)
		expect_at(&h, i, 1, (uint32_t)(1 + r));
	expect_at(&h, w + 1, (uint32_t)(1 + r), (uint32_t)(2 + r));
	html_text_free(&h);
}

static void test_references(void **state)
{
	(void)state;
	expect_ref("&amp;", "&");
	expect_ref("&lt;", "<");
	expect_ref("&gt;", ">");
	expect_ref("&quot;", "\"");
	expect_ref("&#39;", "'");
	expect_ref("&#8217;", "\xE2\x80\x99");
	expect_ref("&#x2019;", "\xE2\x80\x99");
	expect_ref("&nbsp;", "\xC2\xA0");
	expect_ref("&rsquo;", "\xE2\x80\x99");
	expect_ref("&mdash;", "\xE2\x80\x94");
	expect_ref("&eacute;", "\xC3\xA9");
	expect("<p>Fish &amp; chips &lt;b&gt; caf&eacute;</p>", "Fish & chips <b> caf\xC3\xA9");
	/* Unknown and unterminated ones stay as written. */
	expect("x &bogus; y", "x &bogus; y");
	expect("AT&T", "AT&T");
	expect("a & b", "a & b");
	expect("x &amp y", "x &amp y");
	html_text h = { 0 };
	extract(&h, "AT&T &bogus;");
	for (size_t i = 0; i < h.len; i++)
		expect_at(&h, i, (uint32_t)i, (uint32_t)i + 1);
	html_text_free(&h);
}

/* ---- the map ------------------------------------------------------------------------ */

/* The page bytes of the text span that is the first occurrence of want. */
static void expect_span(const html_text *h, const char *page, const char *want, const char *src)
{
	const char *p = strstr(h->text, want);
	if (!p)
		fail_msg("\"%s\" is not in the text \"%s\"", want, h->text);
	size_t a = (size_t)(p - h->text), b = a + strlen(want);
	uint32_t s = h->start[a], e = h->end[b - 1];
	if (e - s != strlen(src) || memcmp(page + s, src, e - s) != 0)
		fail_msg("span \"%s\" came from \"%.*s\", want \"%s\"", want, (int)(e - s), page + s, src);
}

static void test_span_map(void **state)
{
	(void)state;
	const char *page = "<p>He said <b>at least</b> 400 people &amp; AT&amp;T came.</p>";
	html_text h = { 0 };
	extract(&h, page);
	assert_string_equal(h.text, "He said at least 400 people & AT&T came.");
	expect_span(&h, page, "at least 400", "at least</b> 400");
	expect_span(&h, page, "said at", "said <b>at");
	expect_span(&h, page, "AT&T", "AT&amp;T");
	expect_span(&h, page, "people & AT", "people &amp; AT");
	expect_span(&h, page, "He", "He");

	/* A mixed page: every kind of source, maps still non-decreasing (check_map). */
	const char *mixed = "<!DOCTYPE html><html><head><title>T</title></head><body>\n"
	                    "<nav><a href=\"/\">Home</a></nav><h1>Big &mdash; news</h1>\n"
	                    "<!-- c --><p>First <i>line</i><br>second&nbsp;line.</p>\n"
	                    "<script>x()</script><table><tr><td>a</td><td>b</td></tr></table>\n"
	                    "<pre>  p  q</pre><p>caf\xC3\xA9 &#8217;end&#x2019;</p></body></html>";
	extract(&h, mixed);
	assert_string_equal(h.text,
	                    "Big \xE2\x80\x94 news\n\nFirst line\nsecond\xC2\xA0line.\n\na b\n\n  p  q"
	                    "\n\ncaf\xC3\xA9 \xE2\x80\x99"
	                    "end\xE2\x80\x99");
	expect_span(&h, mixed, "news\n\nFirst", "news</h1>\n<!-- c --><p>First");
	html_text_free(&h);
}

/* ---- charset ---------------------------------------------------------------------- */

static void test_windows1252(void **state)
{
	(void)state;
	const char *page = "<html><head><meta charset=\"windows-1252\"><title>Caf\xE9</title></head>"
	                   "<body><p>It\x92s caf\xE9.</p></body></html>";
	html_text h = { 0 };
	extract(&h, page);
	assert_string_equal(h.text, "It\xE2\x80\x99s caf\xC3\xA9.");
	assert_int_equal(h.windows1252, 1);
	assert_string_equal(h.title, "Caf\xC3\xA9");
	uint32_t q = (uint32_t)(strchr(page, '\x92') - page);
	for (size_t i = 2; i < 5; i++)
		expect_at(&h, i, q, q + 1);
	uint32_t e = (uint32_t)(strstr(page, "\xE9.") - page);
	expect_at(&h, 10, e, e + 1);
	expect_at(&h, 11, e, e + 1);

	/* The old http-equiv form, and iso-8859-1 read as windows-1252. */
	extract(&h, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
	            "<p>\x93Hi\x94 \x80"
	            "5</p>");
	assert_string_equal(h.text, "\xE2\x80\x9CHi\xE2\x80\x9D \xE2\x82\xAC"
	                            "5");
	assert_int_equal(h.windows1252, 1);

	/* No declaration: the bytes are copied as they are, one to one. */
	page = "<p>It\x92s caf\xE9.</p>";
	extract(&h, page);
	assert_string_equal(h.text, "It\x92s caf\xE9.");
	assert_int_equal(h.windows1252, 0);
	expect_at(&h, 2, 5, 6);
	expect_at(&h, 8, 11, 12);

	/* Declared windows-1252 but valid UTF-8: read as UTF-8. */
	extract(&h, "<meta charset=\"windows-1252\"><p>It\xE2\x80\x99s caf\xC3\xA9.</p>");
	assert_string_equal(h.text, "It\xE2\x80\x99s caf\xC3\xA9.");
	assert_int_equal(h.windows1252, 0);

	/* A declaration after the first 1024 bytes does not count. */
	char big[1400];
	memset(big, 'x', sizeof big);
	memcpy(big, "<p>", 3);
	const char *tail = "<meta charset=\"windows-1252\">caf\xE9</p>";
	strcpy(big + 1200, tail);
	extract(&h, big);
	assert_int_equal(h.windows1252, 0);
	assert_int_equal(h.len, 1197 + 4);
	assert_memory_equal(h.text + 1197, "caf\xE9", 4);
	html_text_free(&h);
}

/* ---- sniffing ----------------------------------------------------------------------- */

static int sniff(const char *s)
{
	return html_sniff(s, strlen(s));
}

static void test_sniff(void **state)
{
	(void)state;
	assert_true(sniff("<!DOCTYPE html>"));
	assert_true(sniff("  <html>"));
	assert_true(sniff("\xEF\xBB\xBF<!doctype HTML>"));
	assert_true(sniff("<!-- x --><html>"));
	assert_true(sniff("\n\t<HTML lang=\"en\"><body>x</body></html>"));
	assert_true(sniff("<!-- x -->\n<!DOCTYPE html>"));
	assert_true(sniff("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"x\">"));
	assert_false(sniff("<?xml version=\"1.0\"?><feed>"));
	assert_false(sniff("<?xml version=\"1.0\""));
	assert_false(sniff("Plain text"));
	assert_false(sniff(""));
	assert_false(sniff("<b>bold</b> text"));
	assert_false(sniff("a < b"));
	assert_false(sniff("<!-- x --> text"));
	assert_false(html_sniff("<html>", 4)); /* only s[0..n) */
}

/* ---- buffers ----------------------------------------------------------------------- */

static void test_reuse_and_free(void **state)
{
	(void)state;
	size_t cap = 64 * 1024, n = 0;
	char *page = malloc(cap);
	assert_non_null(page);
	n += (size_t)sprintf(page, "<html><head><title>Long</title></head><body>");
	for (int i = 0; i < 2000; i++)
		n += (size_t)sprintf(page + n, "<p>Para %d &amp; more</p>\n", i);
	strcpy(page + n, "</body></html>");
	html_text h = { 0 };
	extract(&h, page);
	assert_string_equal(h.title, "Long");
	assert_memory_equal(h.text, "Para 0 & more\n\nPara 1 & more\n\n", 30);
	assert_non_null(strstr(h.text, "\n\nPara 1999 & more"));
	assert_int_equal(h.text[h.len - 1], 'e');
	assert_true(h.cap >= h.len);
	size_t big_cap = h.cap, big_len = h.len;
	assert_true(big_len > 30000);

	const char *small = "<p>hi &amp; bye</p>";
	extract(&h, small);
	assert_string_equal(h.text, "hi & bye");
	assert_int_equal(h.len, 8);
	assert_null(h.title);
	assert_int_equal(h.cap, big_cap); /* kept between pages */
	expect_at(&h, 0, 3, 4);
	expect_at(&h, 3, 6, 11);

	/* n is respected: bytes past it are not read as part of the page. */
	assert_int_equal(html_extract(&h, "<p>ab</p>junk", 9), 0);
	assert_string_equal(h.text, "ab");
	free(page);

	html_text_free(&h);
	html_text_free(&h); /* twice is safe */
	html_text z = { 0 };
	html_text_free(&z); /* zeroed is safe */
	/* A freed struct can be used again. */
	extract(&h, "<p>again</p>");
	assert_string_equal(h.text, "again");
	html_text_free(&h);
}

static void test_empty(void **state)
{
	(void)state;
	html_text h = { 0 };
	assert_int_equal(html_extract(&h, "", 0), 0);
	assert_int_equal(h.len, 0);
	assert_non_null(h.text);
	assert_string_equal(h.text, "");
	assert_null(h.title);
	/* Pages with nothing to read are empty too. */
	extract(&h, "<html><head><title>T</title></head><body>\n<script>x()</script>\n</body></html>");
	assert_int_equal(h.len, 0);
	assert_string_equal(h.text, "");
	assert_string_equal(h.title, "T");
	extract(&h, "  \n\t<p> </p><br>");
	assert_int_equal(h.len, 0);
	html_text_free(&h);
}

/* ---- the article in the page ----------------------------------------------------------- */

/* The article region's text, or "" when the page marks none. */
static const char *main_text(const html_text *h)
{
	static char buf[256];
	snprintf(buf, sizeof buf, "%.*s", (int)(h->main_e - h->main_s), h->text + h->main_s);
	return buf;
}

static void test_main_region(void **state)
{
	(void)state;
	html_text h = { 0 };
	/* The largest <article> (a comment is an article too). */
	extract(&h, "<header>Site name</header><article><h1>Head</h1><p>Body of the story here.</p></article>"
	            "<article><p>A comment.</p></article><footer>Footer</footer>");
	assert_string_equal(h.text, "Site name\n\nHead\n\nBody of the story here.\n\nA comment.\n\nFooter");
	assert_string_equal(main_text(&h), "Head\n\nBody of the story here.");
	/* Nested: the outer one is larger. */
	extract(&h, "<p>Menu</p><article><p>Story one.</p><article><p>Inner.</p></article><p>More.</p></article>");
	assert_string_equal(main_text(&h), "Story one.\n\nInner.\n\nMore.");
	/* No article: <main>. */
	extract(&h, "<div>Logo</div><main><p>The report itself, long enough.</p></main><div>Links</div>");
	assert_string_equal(main_text(&h), "The report itself, long enough.");
	/* An article left open runs to the end; a stray closing tag is ignored. */
	extract(&h, "</article><p>Top bar</p><article><p>Story to the end.</p>");
	assert_string_equal(main_text(&h), "Story to the end.");
	/* An article under a fifth of the text (a teaser on a long page) marks nothing. */
	extract(&h, "<p>A long page of text that is not in any article element at all, and goes on.</p>"
	            "<article><p>Teaser.</p></article>");
	assert_int_equal(h.main_s, h.main_e);
	/* None at all. */
	extract(&h, "<p>Plain page.</p>");
	assert_int_equal(h.main_s, h.main_e);
	html_text_free(&h);
}

/* ---- metadata -------------------------------------------------------------------- */

static void expect_meta(const html_text *h, int kind, const char *want)
{
	const char *got = h->meta[kind];
	if (want ? !got || strcmp(got, want) != 0 : got != NULL)
		fail_msg("meta %d: got \"%s\", want \"%s\"", kind, got ? got : "(null)",
		         want ? want : "(null)");
}

static void test_metadata(void **state)
{
	(void)state;
	html_text h = { 0 };
	extract(&h, "<html><head><title>Flood | Ledger</title>"
	            "<meta property=\"og:url\" content=\"https://x.example/og\">"
	            "<link rel=\"canonical\" href=\"https://x.example/a\">"
	            "<link rel=canonical href=https://x.example/b>"
	            "<META NAME=\"twitter:title\" CONTENT=\"Twitter  title\">"
	            "<meta property='og:title' content='Flood toll &ldquo;rises&rdquo;'/>"
	            "<meta property=\"OG:SITE_NAME\" content=\"The Ledger\">"
	            "<meta itemprop=\"datePublished\" content=\"2026-03-03\">"
	            "<meta property=\"article:published_time\" content=\"2026-03-04T08:00Z\">"
	            "<meta name=\"description\" content=\"not kept\">"
	            "</head><body><p>Text.</p></body></html>");
	assert_string_equal(h.text, "Text.");
	assert_string_equal(h.title, "Flood | Ledger");
	/* The first of each kind: twitter:title came before og:title. */
	expect_meta(&h, HTML_META_TITLE, "Twitter title");
	expect_meta(&h, HTML_META_SITE, "The Ledger");
	expect_meta(&h, HTML_META_DATE, "2026-03-03");
	/* The first canonical link, over an og:url given before it. */
	expect_meta(&h, HTML_META_URL, "https://x.example/a");

	/* og:url when there is no canonical link; a canonical link after it
	 * wins; references and white space in values are read. */
	extract(&h, "<meta property=og:url content=\"https://x.example/og\"><p>x</p>");
	expect_meta(&h, HTML_META_URL, "https://x.example/og");
	expect_meta(&h, HTML_META_TITLE, NULL);
	extract(&h,
	        "<meta property=og:url content=u1><link href=\"u2\" rel=\"canonical\">"
	        "<meta name=pubdate content=\" 2026-01-02 \"><meta property=og:title content=\"A &amp; B\">");
	expect_meta(&h, HTML_META_URL, "u2");
	expect_meta(&h, HTML_META_DATE, "2026-01-02");
	expect_meta(&h, HTML_META_TITLE, "A & B");

	/* A page without metadata, read into the same struct, has none left. */
	extract(&h, "<p>plain</p>");
	for (int k = 0; k < HTML_META_KINDS; k++)
		expect_meta(&h, k, NULL);
	/* An empty content is no value; a meta with no content is ignored. */
	extract(&h, "<meta property=og:site_name content=\"\"><meta property=og:title>");
	expect_meta(&h, HTML_META_SITE, NULL);
	expect_meta(&h, HTML_META_TITLE, NULL);
	html_text_free(&h);
}

/* JSON-LD: an article node, in a list or an @graph, fills what the <meta>
 * tags leave unset; other nodes and broken blocks give nothing. */
static void test_json_ld(void **state)
{
	(void)state;
	html_text h;
	memset(&h, 0, sizeof h);
	extract(&h, "<head><script type=\"application/LD+json\">"
	            "{\"@context\":\"https://schema.org\",\"@graph\":["
	            "{\"@type\":\"WebSite\",\"name\":\"Not This\",\"url\":\"https://x.example/\"},"
	            "{\"@type\":[\"ReportageNewsArticle\"],\"headline\":\"Storm  hits &amp; floods\","
	            "\"datePublished\":\"2025-09-14T08:00:00Z\","
	            "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily Bugle\"},"
	            "\"mainEntityOfPage\":{\"@id\":\"https://x.example/storm\"}}]}"
	            "</script></head><p>Text.</p>");
	expect_meta(&h, HTML_META_TITLE, "Storm hits & floods");
	expect_meta(&h, HTML_META_SITE, "Daily Bugle");
	expect_meta(&h, HTML_META_DATE, "2025-09-14T08:00:00Z");
	expect_meta(&h, HTML_META_URL, "https://x.example/storm");
	assert_string_equal(h.text, "Text.");
	/* the tags come first; a broken block and a list of nodes */
	extract(&h, "<meta property=og:site_name content=\"Bugle\">"
	            "<script type=application/ld+json>{ broken</script>"
	            "<script type=\"application/ld+json\">[{\"@type\":\"Person\",\"headline\":\"No\"},"
	            "{\"@type\":\"NewsArticle\",\"publisher\":[{\"name\":\"Other\"}],"
	            "\"url\":\"https://x.example/a\"}]</script><p>Body.</p>");
	expect_meta(&h, HTML_META_SITE, "Bugle");
	expect_meta(&h, HTML_META_TITLE, NULL);
	expect_meta(&h, HTML_META_URL, "https://x.example/a");
	assert_string_equal(h.text, "Body.");
	/* a script of another type is not read */
	extract(&h, "<script type=\"text/javascript\">{\"@type\":\"NewsArticle\",\"headline\":\"No\"}</script>");
	expect_meta(&h, HTML_META_TITLE, NULL);
	html_text_free(&h);
}

/* Captions, bylines and related links the markup names are marked as
 * roles over their text; an element of the same name inside one does not
 * end it. */
static void test_roles(void **state)
{
	(void)state;
	html_text h = { 0 };
	extract(&h, "<article><div class=\"story-byline\">By <div>Jane Doe</div> Staff</div>"
	            "<figure><img src=a.jpg><figcaption>Crews at the dam.</figcaption></figure>"
	            "<p>The dam held.</p></article>"
	            "<aside class=\"related-links\"><h3>Related</h3><p>Dam repairs begin</p></aside>");
	assert_int_equal(h.nroles, 3);
	assert_int_equal(h.roles[0].kind, HTML_ROLE_BYLINE);
	assert_memory_equal(h.text + h.roles[0].s, "By", 2);
	assert_non_null(strstr(h.text + h.roles[0].s, "Staff"));
	assert_true(h.roles[0].e >= (uint32_t)(strstr(h.text, "Staff") - h.text) + 5);
	assert_int_equal(h.roles[1].kind, HTML_ROLE_CAPTION);
	assert_memory_equal(h.text + h.roles[1].s, "Crews at the dam.", h.roles[1].e - h.roles[1].s);
	assert_int_equal(h.roles[2].kind, HTML_ROLE_RELATED);
	/* a top-level heading */
	extract(&h, "<article><h1>Dam <b>holds</b></h1><h2>Crews</h2><p>Text.</p></article>");
	assert_int_equal(h.nroles, 1);
	assert_int_equal(h.roles[0].kind, HTML_ROLE_HEADING);
	assert_memory_equal(h.text + h.roles[0].s, "Dam holds", h.roles[0].e - h.roles[0].s);
	/* an aside of another kind, a plain div: no role */
	extract(&h, "<aside class=\"note\"><p>Note.</p></aside><div class=\"body\"><p>Text.</p></div>");
	assert_int_equal(h.nroles, 0);
	/* the class names a byline as a whole part of its name, in any case */
	extract(&h,
	        "<div class=\"has-bylines\"><p>Text.</p></div><span class=\"StoryByline\">By Jo Ray</span>");
	assert_int_equal(h.nroles, 1);
	assert_int_equal(h.roles[0].kind, HTML_ROLE_BYLINE);
	assert_memory_equal(h.text + h.roles[0].s, "By Jo Ray", h.roles[0].e - h.roles[0].s);
	/* a void element never closes, a page's body holds the story: neither is
	 * a byline, and the byline after them still is one */
	extract(&h, "<body class=\"byline-on\"><img class=\"byline-photo\" src=a.jpg>"
	            "<p>The dam held.</p><div class=\"byline\">By Jo Ray</div></body>");
	assert_int_equal(h.nroles, 1);
	assert_memory_equal(h.text + h.roles[0].s, "By Jo Ray", h.roles[0].e - h.roles[0].s);
	html_text_free(&h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_text),     cmocka_unit_test(test_inline_tags),
		cmocka_unit_test(test_blocks),         cmocka_unit_test(test_white_space),
		cmocka_unit_test(test_head_and_title), cmocka_unit_test(test_dropped_elements),
		cmocka_unit_test(test_unclosed),       cmocka_unit_test(test_references),
		cmocka_unit_test(test_span_map),       cmocka_unit_test(test_windows1252),
		cmocka_unit_test(test_sniff),          cmocka_unit_test(test_reuse_and_free),
		cmocka_unit_test(test_empty),          cmocka_unit_test(test_metadata),
		cmocka_unit_test(test_main_region),    cmocka_unit_test(test_json_ld),
		cmocka_unit_test(test_roles),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
