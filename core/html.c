/* html.c -- the text a reader sees in an HTML page, with a map back to the page's bytes.
 *
 * Not a full HTML5 tree builder: a tag lexer that knows which elements hold
 * text a reader sees, which end a paragraph, and which hold raw text (script,
 * style) that must not be read as markup. One pass finds the closing tag of
 * every element whose content is dropped, so an element left open drops
 * nothing, and notes the <title> and what the <meta> tags say of the page;
 * a second pass writes the text. Both are linear in the page.
 */
#include "html.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "util.h"

/* ---- character references ------------------------------------------------ */

typedef struct entity {
	const char *name;
	uint32_t cp;
} entity;

/* Latin-1 and typography, sorted by name (bytewise) for bsearch. */
static const entity entities[] = {
	{ "AElig", 0x00C6 },  { "Aacute", 0x00C1 }, { "Acirc", 0x00C2 },  { "Agrave", 0x00C0 },
	{ "Aring", 0x00C5 },  { "Atilde", 0x00C3 }, { "Auml", 0x00C4 },   { "Ccedil", 0x00C7 },
	{ "Dagger", 0x2021 }, { "ETH", 0x00D0 },    { "Eacute", 0x00C9 }, { "Ecirc", 0x00CA },
	{ "Egrave", 0x00C8 }, { "Euml", 0x00CB },   { "Iacute", 0x00CD }, { "Icirc", 0x00CE },
	{ "Igrave", 0x00CC }, { "Iuml", 0x00CF },   { "Ntilde", 0x00D1 }, { "OElig", 0x0152 },
	{ "Oacute", 0x00D3 }, { "Ocirc", 0x00D4 },  { "Ograve", 0x00D2 }, { "Oslash", 0x00D8 },
	{ "Otilde", 0x00D5 }, { "Ouml", 0x00D6 },   { "Prime", 0x2033 },  { "Scaron", 0x0160 },
	{ "THORN", 0x00DE },  { "Uacute", 0x00DA }, { "Ucirc", 0x00DB },  { "Ugrave", 0x00D9 },
	{ "Uuml", 0x00DC },   { "Yacute", 0x00DD }, { "Yuml", 0x0178 },   { "aacute", 0x00E1 },
	{ "acirc", 0x00E2 },  { "acute", 0x00B4 },  { "aelig", 0x00E6 },  { "agrave", 0x00E0 },
	{ "amp", 0x0026 },    { "apos", 0x0027 },   { "aring", 0x00E5 },  { "atilde", 0x00E3 },
	{ "auml", 0x00E4 },   { "bdquo", 0x201E },  { "brvbar", 0x00A6 }, { "bull", 0x2022 },
	{ "ccedil", 0x00E7 }, { "cedil", 0x00B8 },  { "cent", 0x00A2 },   { "circ", 0x02C6 },
	{ "copy", 0x00A9 },   { "curren", 0x00A4 }, { "dagger", 0x2020 }, { "darr", 0x2193 },
	{ "deg", 0x00B0 },    { "divide", 0x00F7 }, { "eacute", 0x00E9 }, { "ecirc", 0x00EA },
	{ "egrave", 0x00E8 }, { "emsp", 0x2003 },   { "ensp", 0x2002 },   { "eth", 0x00F0 },
	{ "euml", 0x00EB },   { "euro", 0x20AC },   { "fnof", 0x0192 },   { "frac12", 0x00BD },
	{ "frac14", 0x00BC }, { "frac34", 0x00BE }, { "gt", 0x003E },     { "harr", 0x2194 },
	{ "hearts", 0x2665 }, { "hellip", 0x2026 }, { "iacute", 0x00ED }, { "icirc", 0x00EE },
	{ "iexcl", 0x00A1 },  { "igrave", 0x00EC }, { "iquest", 0x00BF }, { "iuml", 0x00EF },
	{ "laquo", 0x00AB },  { "larr", 0x2190 },   { "ldquo", 0x201C },  { "lrm", 0x200E },
	{ "lsaquo", 0x2039 }, { "lsquo", 0x2018 },  { "lt", 0x003C },     { "macr", 0x00AF },
	{ "mdash", 0x2014 },  { "micro", 0x00B5 },  { "middot", 0x00B7 }, { "minus", 0x2212 },
	{ "nbsp", 0x00A0 },   { "ndash", 0x2013 },  { "not", 0x00AC },    { "ntilde", 0x00F1 },
	{ "oacute", 0x00F3 }, { "ocirc", 0x00F4 },  { "oelig", 0x0153 },  { "ograve", 0x00F2 },
	{ "ordf", 0x00AA },   { "ordm", 0x00BA },   { "oslash", 0x00F8 }, { "otilde", 0x00F5 },
	{ "ouml", 0x00F6 },   { "para", 0x00B6 },   { "permil", 0x2030 }, { "plusmn", 0x00B1 },
	{ "pound", 0x00A3 },  { "prime", 0x2032 },  { "quot", 0x0022 },   { "raquo", 0x00BB },
	{ "rarr", 0x2192 },   { "rdquo", 0x201D },  { "reg", 0x00AE },    { "rlm", 0x200F },
	{ "rsaquo", 0x203A }, { "rsquo", 0x2019 },  { "sbquo", 0x201A },  { "scaron", 0x0161 },
	{ "sect", 0x00A7 },   { "shy", 0x00AD },    { "sup1", 0x00B9 },   { "sup2", 0x00B2 },
	{ "sup3", 0x00B3 },   { "szlig", 0x00DF },  { "thinsp", 0x2009 }, { "thorn", 0x00FE },
	{ "tilde", 0x02DC },  { "times", 0x00D7 },  { "trade", 0x2122 },  { "uacute", 0x00FA },
	{ "uarr", 0x2191 },   { "ucirc", 0x00FB },  { "ugrave", 0x00F9 }, { "uml", 0x00A8 },
	{ "uuml", 0x00FC },   { "yacute", 0x00FD }, { "yen", 0x00A5 },    { "yuml", 0x00FF },
	{ "zwj", 0x200D },    { "zwnj", 0x200C },
};

static int cmp_entity(const void *k, const void *e)
{
	return strcmp(k, ((const entity *)e)->name);
}

/* windows-1252 for 0x80-0x9F; the five unassigned bytes stand for
 * themselves, as WHATWG decodes them. */
static const uint16_t cp1252[32] = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	                             0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	                             0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	                             0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

static int is_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* ASCII lower case; other bytes as they are ('_' | 0x20 is not '_'). */
static unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
}

/* Whether s[0, n) is w (lower case) in any case. */
static int ascii_ieq(const unsigned char *s, const char *w, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (lower(s[k]) != (unsigned char)w[k])
			return 0;
	return 1;
}

static int is_alnum(unsigned char c)
{
	return is_alpha(c) || (c >= '0' && c <= '9');
}

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* The reference at s[i] == '&': its code point and the offset after it, or 0
 * when it is not one (the '&' is then text). */
static size_t reference(const unsigned char *s, size_t n, size_t i, uint32_t *cp)
{
	size_t j = i + 1;
	if (j < n && s[j] == '#') {
		int hex = j + 1 < n && lower(s[j + 1]) == 'x';
		j += hex ? 2 : 1;
		size_t d0 = j;
		uint32_t v = 0;
		for (; j < n; j++) {
			int dv = hex ? hexval(s[j]) : (s[j] >= '0' && s[j] <= '9' ? s[j] - '0' : -1);
			if (dv < 0)
				break;
			if (v <= 0x10FFFF)
				v = v * (hex ? 16 : 10) + (uint32_t)dv;
		}
		if (j == d0)
			return 0;
		if (j < n && s[j] == ';')
			j++;
		if (v >= 0x80 && v <= 0x9F)
			v = cp1252[v - 0x80];
		if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			v = 0xFFFD;
		*cp = v;
		return j;
	}
	char name[16];
	size_t k = 0;
	while (j < n && is_alnum(s[j]) && k < sizeof name - 1)
		name[k++] = (char)s[j++];
	name[k] = '\0';
	if (k == 0 || j >= n || s[j] != ';')
		return 0;
	const entity *e = bsearch(name, entities, CRD_ARRAY_LEN(entities), sizeof *entities, cmp_entity);
	if (!e)
		return 0;
	*cp = e->cp;
	return j + 1;
}

/* ---- the tag lexer ------------------------------------------------------- */

enum { MK_NONE, MK_TAG, MK_SKIP, MK_CDATA };

typedef struct markup {
	int kind;
	size_t ns, ne;   /* the tag's name */
	int close, self; /* </x>, <x/> */
	size_t cs, ce;   /* CDATA content */
} markup;

static size_t find_str(const unsigned char *s, size_t n, size_t i, const char *w)
{
	size_t wl = strlen(w);
	while (i + wl <= n) {
		const unsigned char *p = memchr(s + i, w[0], n - i - wl + 1);
		if (!p)
			break;
		if (memcmp(p, w, wl) == 0)
			return (size_t)(p - s);
		i = (size_t)(p - s) + 1;
	}
	return n;
}

/* The markup at s[i] == '<' and the offset after it; MK_NONE (a plain '<')
 * returns i + 1. A tag left open at the end of the page runs to the end, as
 * in a browser. */
static size_t lex_markup(const unsigned char *s, size_t n, size_t i, markup *m)
{
	memset(m, 0, sizeof *m);
	size_t j = i + 1;
	if (j < n && s[j] == '!') {
		m->kind = MK_SKIP;
		if (n - j >= 3 && s[j + 1] == '-' && s[j + 2] == '-') {
			size_t e = find_str(s, n, j + 3, "-->");
			return e == n ? n : e + 3;
		}
		if (n - j >= 8 && memcmp(s + j + 1, "[CDATA[", 7) == 0) {
			m->kind = MK_CDATA;
			m->cs = j + 8;
			m->ce = find_str(s, n, m->cs, "]]>");
			return m->ce == n ? n : m->ce + 3;
		}
		const unsigned char *p = memchr(s + j, '>', n - j);
		return p ? (size_t)(p - s) + 1 : n;
	}
	if (j < n && s[j] == '?') {
		m->kind = MK_SKIP;
		const unsigned char *p = memchr(s + j, '>', n - j);
		return p ? (size_t)(p - s) + 1 : n;
	}
	if (j < n && s[j] == '/') {
		m->close = 1;
		j++;
	}
	if (j >= n || !is_alpha(s[j]))
		return i + 1;
	m->kind = MK_TAG;
	m->ns = j;
	while (j < n && !is_space(s[j]) && s[j] != '/' && s[j] != '>')
		j++;
	m->ne = j;
	/* Attributes: a quoted value may hold '>'. */
	while (j < n && s[j] != '>') {
		if (s[j] == '=') {
			j++;
			while (j < n && is_space(s[j]))
				j++;
			if (j < n && (s[j] == '"' || s[j] == '\'')) {
				const unsigned char *q = memchr(s + j + 1, s[j], n - j - 1);
				j = q ? (size_t)(q - s) + 1 : n;
			}
			continue;
		}
		j++;
	}
	if (j >= n)
		return n;
	m->self = s[j - 1] == '/';
	return j + 1;
}

static int name_is(const unsigned char *s, const markup *m, const char *w)
{
	size_t l = m->ne - m->ns;
	if (strlen(w) != l)
		return 0;
	for (size_t k = 0; k < l; k++)
		if (lower(s[m->ns + k]) != (unsigned char)w[k])
			return 0;
	return 1;
}

static int name_in(const unsigned char *s, const markup *m, const char *const *list, size_t nl)
{
	for (size_t k = 0; k < nl; k++)
		if (name_is(s, m, list[k]))
			return (int)k;
	return -1;
}

/* Raw text: nothing inside is markup; it runs to its closing tag. */
static const char *const raw_elems[] = { "script", "style",   "noscript", "textarea", "xmp",
	                                 "iframe", "noembed", "noframes", "title" };

/* Dropped with their content when they are closed. */
static const char *const drop_elems[] = { "head", "template", "svg",    "math",  "object", "canvas",  "nav",
	                                  "form", "button",   "select", "video", "audio",  "datalist" };

/* End a paragraph where they open or close. */
static const char *const block_elems[] = {
	"address", "article", "aside", "blockquote", "body",  "caption",  "center",     "dd",     "details",
	"dialog",  "dir",     "div",   "dl",         "dt",    "fieldset", "figcaption", "figure", "footer",
	"h1",      "h2",      "h3",    "h4",         "h5",    "h6",       "header",     "hgroup", "hr",
	"html",    "legend",  "li",    "main",       "menu",  "ol",       "p",          "pre",    "section",
	"summary", "table",   "tbody", "tfoot",      "thead", "tr",       "ul"
};

/* The start of the closing tag of raw element m (or n), and the offset after it. */
static size_t raw_end(const unsigned char *s, size_t n, const markup *m, size_t i, size_t *after)
{
	size_t l = m->ne - m->ns;
	for (;;) {
		size_t c = find_str(s, n, i, "</");
		if (c == n || c + 2 + l > n) {
			*after = n;
			return n;
		}
		size_t k = 0;
		while (k < l && lower(s[c + 2 + k]) == lower(s[m->ns + k]))
			k++;
		if (k == l && (c + 2 + l == n || is_space(s[c + 2 + l]) || s[c + 2 + l] == '>' ||
		               s[c + 2 + l] == '/')) {
			const unsigned char *p = memchr(s + c, '>', n - c);
			*after = p ? (size_t)(p - s) + 1 : n;
			return c;
		}
		i = c + 2;
	}
}

/* ---- the reader's state and its output ---------------------------------- */

typedef struct drop_pair {
	uint32_t open;  /* offset of the opening tag */
	uint32_t after; /* offset after its closing tag; 0 while unmatched */
} drop_pair;

/* JSON-LD blocks read for metadata; pages carry one to three. */
#define HTML_LD_MAX 8

typedef struct hx {
	html_text *h;
	const unsigned char *s;
	size_t n;
	int pending; /* 0 none, 1 space, 2 line break, 3 paragraph break */
	uint32_t ps, pe;
	int pre;
	int nomem;
	VEC(drop_pair) drops;
	int title_seen;
	size_t title_s, title_e;
	int meta_seen[HTML_META_KINDS];
	size_t meta_s[HTML_META_KINDS], meta_e[HTML_META_KINDS];
	int meta_canonical; /* a canonical link was noted */
	/* <script type="application/ld+json"> blocks: [s, e) in the page */
	size_t ld_s[HTML_LD_MAX], ld_e[HTML_LD_MAX];
	int nld;
	/* Open <article> and <main> elements (text offsets where they began),
	 * and the largest of each closed so far: [0] article, [1] main. */
	VEC(uint32_t) open[2];
	size_t best_s[2], best_e[2];
	int unset; /* open ones whose text has not begun (UINT32_MAX) */
	/* The element of a role being read: its name in the page, how deep
	 * elements of that name nest in it, the role and where its text began. */
	size_t role_ns, role_ne;
	int role_depth, role_kind;
	uint32_t role_s;
	/* one past the text offset where the last link closed, 0 before any */
	size_t link_end;
} hx;

static int reserve(hx *x, size_t more)
{
	html_text *h = x->h;
	if (h->len + more + 1 <= h->cap)
		return 0;
	size_t cap = h->cap ? h->cap : 256;
	while (cap < h->len + more + 1)
		cap *= 2;
	char *t = realloc(h->text, cap);
	if (t)
		h->text = t;
	uint32_t *a = t ? realloc(h->start, cap * sizeof *a) : NULL;
	if (a)
		h->start = a;
	uint32_t *b = a ? realloc(h->end, cap * sizeof *b) : NULL;
	if (!b) {
		x->nomem = 1;
		return -1;
	}
	h->end = b;
	h->cap = cap;
	return 0;
}

static void raw_put(hx *x, const char *b, size_t nb, size_t s, size_t e)
{
	if (reserve(x, nb) != 0)
		return;
	html_text *h = x->h;
	for (size_t k = 0; k < nb; k++) {
		h->text[h->len] = b[k];
		h->start[h->len] = (uint32_t)s;
		h->end[h->len] = (uint32_t)e;
		h->len++;
	}
}

/* Writes what produced page bytes [s, e), after any pending break. */
static void put(hx *x, const char *b, size_t nb, size_t s, size_t e)
{
	if (x->pending && x->h->len > 0) {
		static const char *const brk[] = { "", " ", "\n", "\n\n" };
		const char *w = brk[x->pending];
		html_text *h = x->h;
		/* A break after a space replaces the space; after the newlines a
		 * <pre> ended with, it adds only what is missing. */
		if (x->pending > 1 && h->text[h->len - 1] == ' ')
			h->len--;
		for (size_t k = h->len; x->pending > 1 && *w && k > 0 && h->text[k - 1] == '\n'; k--)
			w++;
		raw_put(x, w, strlen(w), x->ps, x->pe);
	}
	x->pending = 0;
	/* An <article> or <main> opened since the last text begins here,
	 * after the break that opened it. */
	for (int r = 0; x->unset && r < 2; r++)
		for (size_t k = x->open[r].n; k-- > 0 && x->open[r].v[k] == UINT32_MAX;) {
			x->open[r].v[k] = (uint32_t)x->h->len;
			x->unset--;
		}
	if (x->role_depth > 0 && x->role_s == UINT32_MAX)
		x->role_s = (uint32_t)x->h->len; /* the same for a role's element */
	raw_put(x, b, nb, s, e);
}

static void want_break(hx *x, int kind, size_t s, size_t e)
{
	if (kind > x->pending) {
		if (!x->pending) {
			x->ps = (uint32_t)s;
			x->pe = (uint32_t)e;
		}
		x->pending = kind;
	}
}

static void put_cp(hx *x, uint32_t cp, size_t s, size_t e)
{
	char b[4];
	put(x, b, txt_encode(cp, b), s, e);
}

/* Text s[i..j) as a reader sees it: references decoded, white space
 * collapsed outside <pre>, bytes read in windows-1252 when the page is. */
static void text_run(hx *x, size_t i, size_t j)
{
	const unsigned char *s = x->s;
	while (i < j && !x->nomem) {
		unsigned char c = s[i];
		if (is_space(c) && !x->pre) {
			size_t k = i;
			while (k < j && is_space(s[k]))
				k++;
			want_break(x, 1, i, k);
			i = k;
			continue;
		}
		if (c == '&') {
			uint32_t cp;
			size_t e = reference(s, j, i, &cp);
			if (e) {
				put_cp(x, cp, i, e);
				i = e;
				continue;
			}
		}
		if (c >= 0x80 && x->h->windows1252) {
			put_cp(x, c < 0xA0 ? cp1252[c - 0x80] : c, i, i + 1);
			i++;
			continue;
		}
		if (c == '\r' && x->pre && i + 1 < j && s[i + 1] == '\n') {
			i++;
			continue;
		}
		/* A run of plain text: each byte maps to its character's bytes (an
		 * invalid byte to itself, for the text layer to report). */
		size_t k = i;
		while (k < j &&
		       (k == i || (s[k] != '&' && !is_space(s[k]) && !(s[k] >= 0x80 && x->h->windows1252)))) {
			uint32_t cp;
			size_t l = s[k] < 0x80 ? 1 : txt_decode(s + k, j - k, &cp);
			if (l == 0)
				l = 1;
			if (k == i)
				put(x, (const char *)s + k, l, k, k + l);
			else
				raw_put(x, (const char *)s + k, l, k, k + l);
			k += l;
		}
		i = k;
	}
}

/* s[i..j) as one line: references decoded, white space collapsed and
 * trimmed, windows-1252 read when the page is. A new string, or NULL when
 * empty (or, with x->nomem set, out of memory). For the <title> and the
 * values of <meta> tags, kept apart from the text. */
static char *collapsed_in(hx *x, const unsigned char *s, size_t i, size_t j, int cp1252_bytes)
{
	VEC(char) out = { 0 };
	int space = 0;
	while (i < j && !x->nomem) {
		char b[5];
		size_t nb = 0;
		if (is_space(s[i])) {
			space = out.n > 0;
			i++;
			continue;
		}
		if (space)
			b[nb++] = ' ';
		space = 0;
		uint32_t cp;
		size_t e = s[i] == '&' ? reference(s, j, i, &cp) : 0;
		if (e) {
			nb += txt_encode(cp, b + nb);
			i = e;
		} else if (s[i] >= 0x80 && cp1252_bytes) {
			nb += txt_encode(s[i] < 0xA0 ? cp1252[s[i] - 0x80] : s[i], b + nb);
			i++;
		} else {
			b[nb++] = (char)s[i++];
		}
		for (size_t k = 0; k < nb; k++) {
			char *p = vec_push(&out);
			if (!p) {
				x->nomem = 1;
				break;
			}
			*p = b[k];
		}
	}
	char *r = out.n && !x->nomem ? crd_strndup(out.v, out.n) : NULL;
	if (out.n && !x->nomem && !r)
		x->nomem = 1;
	vec_free(&out);
	return r;
}

static char *collapsed(hx *x, size_t i, size_t j)
{
	return collapsed_in(x, x->s, i, j, x->h->windows1252);
}

/* ---- metadata ------------------------------------------------------------ */

/* The value [*vs, *ve) of attribute name in a start tag whose name ends at
 * ne and whose '>' is at gt; 0 when the tag has none. */
static int tag_attr(const unsigned char *s, size_t ne, size_t gt, const char *name, size_t *vs, size_t *ve)
{
	size_t l = strlen(name);
	for (size_t j = ne; j < gt;) {
		while (j < gt && (is_space(s[j]) || s[j] == '/'))
			j++;
		size_t as = j;
		while (j < gt && !is_space(s[j]) && s[j] != '=' && s[j] != '/')
			j++;
		size_t ae = j, v0 = j, v1 = j;
		while (j < gt && is_space(s[j]))
			j++;
		if (j < gt && s[j] == '=') {
			j++;
			while (j < gt && is_space(s[j]))
				j++;
			if (j < gt && (s[j] == '"' || s[j] == '\'')) {
				unsigned char q = s[j++];
				v0 = j;
				while (j < gt && s[j] != q)
					j++;
				v1 = j;
				if (j < gt)
					j++;
			} else {
				v0 = j;
				while (j < gt && !is_space(s[j]))
					j++;
				v1 = j;
			}
		}
		if (ae - as == l) {
			size_t k = 0;
			while (k < l && lower(s[as + k]) == (unsigned char)name[k])
				k++;
			if (k == l) {
				*vs = v0;
				*ve = v1;
				return 1;
			}
		}
		if (j == as)
			j++;
	}
	return 0;
}

/* Which metadata a <meta> key gives (property, name or itemprop), by the
 * names news sites and their publishing systems use; -1 for none. */
static int meta_kind(const unsigned char *s, size_t vs, size_t ve)
{
	static const struct {
		const char *key;
		int kind;
	} keys[] = {
		{ "og:title", HTML_META_TITLE },
		{ "twitter:title", HTML_META_TITLE },
		{ "og:site_name", HTML_META_SITE },
		{ "article:published_time", HTML_META_DATE },
		{ "og:published_time", HTML_META_DATE },
		{ "datepublished", HTML_META_DATE },
		{ "date", HTML_META_DATE },
		{ "pubdate", HTML_META_DATE },
		{ "publish-date", HTML_META_DATE },
		{ "publish_date", HTML_META_DATE },
		{ "dc.date.issued", HTML_META_DATE },
		{ "dcterms.date", HTML_META_DATE },
		{ "parsely-pub-date", HTML_META_DATE },
		{ "sailthru.date", HTML_META_DATE },
		{ "og:url", HTML_META_URL },
	};
	for (size_t k = 0; k < CRD_ARRAY_LEN(keys); k++)
		if (ve - vs == strlen(keys[k].key) && ascii_ieq(s + vs, keys[k].key, ve - vs))
			return keys[k].kind;
	return -1;
}

/* Notes the metadata a <meta> or <link rel=canonical> tag gives: the first
 * of each kind, but the first canonical link over any og:url. */
static void note_meta(hx *x, const markup *m, size_t gt)
{
	const unsigned char *s = x->s;
	size_t ks, ke, vs, ve;
	int kind = -1;
	if (name_is(s, m, "meta")) {
		static const char *const key_attrs[] = { "property", "name", "itemprop" };
		for (size_t a = 0; a < CRD_ARRAY_LEN(key_attrs) && kind < 0; a++)
			if (tag_attr(s, m->ne, gt, key_attrs[a], &ks, &ke))
				kind = meta_kind(s, ks, ke);
		if (kind < 0 || !tag_attr(s, m->ne, gt, "content", &vs, &ve))
			return;
	} else if (name_is(s, m, "link") && !x->meta_canonical && tag_attr(s, m->ne, gt, "rel", &ks, &ke) &&
	           ke - ks == 9 && memcmp(s + ks, "canonical", 9) == 0 &&
	           tag_attr(s, m->ne, gt, "href", &vs, &ve)) {
		kind = HTML_META_URL;
		x->meta_canonical = 1;
		x->meta_seen[kind] = 0; /* over an og:url seen before it */
	} else {
		return;
	}
	if (!x->meta_seen[kind]) {
		x->meta_seen[kind] = 1;
		x->meta_s[kind] = vs;
		x->meta_e[kind] = ve;
	}
}

/* ---- JSON-LD ------------------------------------------------------------- */

/* Whether the JSON-LD node's @type (a string or a list) names a kind of
 * article. */
static int ld_is_article(json_t *node)
{
	static const char *const types[] = { "NewsArticle",          "Article",           "ReportageNewsArticle",
		                             "AnalysisNewsArticle",  "OpinionNewsArticle", "BackgroundNewsArticle",
		                             "ReviewNewsArticle",    "BlogPosting",        "LiveBlogPosting",
		                             "Report",               "ScholarlyArticle",   "SocialMediaPosting" };
	json_t *t = json_object_get(node, "@type");
	size_t n = json_is_array(t) ? json_array_size(t) : 1;
	for (size_t i = 0; i < n; i++) {
		const char *v = json_string_value(json_is_array(t) ? json_array_get(t, i) : t);
		for (size_t k = 0; v && k < CRD_ARRAY_LEN(types); k++)
			if (strcmp(v, types[k]) == 0)
				return 1;
	}
	return 0;
}

/* A string, or the first string of a list, or an object's key of either
 * ("publisher": {"name": ...}, "mainEntityOfPage": {"@id": ...}). */
static const char *ld_string(json_t *v, const char *key)
{
	if (json_is_array(v))
		v = json_array_get(v, 0);
	if (json_is_object(v) && key)
		v = json_object_get(v, key);
	if (json_is_array(v))
		v = json_array_get(v, 0);
	return json_string_value(v);
}

/* Fills the metadata the tags left unset from an article node. */
static void ld_node(hx *x, json_t *node)
{
	const char *v[HTML_META_KINDS];
	v[HTML_META_TITLE] = ld_string(json_object_get(node, "headline"), NULL);
	v[HTML_META_SITE] = ld_string(json_object_get(node, "publisher"), "name");
	v[HTML_META_DATE] = ld_string(json_object_get(node, "datePublished"), NULL);
	v[HTML_META_URL] = ld_string(json_object_get(node, "url"), NULL);
	if (!v[HTML_META_URL])
		v[HTML_META_URL] = ld_string(json_object_get(node, "mainEntityOfPage"), "@id");
	for (int k = 0; k < HTML_META_KINDS; k++) {
		if (x->h->meta[k] || !v[k])
			continue;
		/* values are text: white space collapses and references decode
		 * as in the tags */
		x->h->meta[k] = collapsed_in(x, (const unsigned char *)v[k], 0, strlen(v[k]), 0);
	}
}

/* Walks a JSON-LD value: a node, a list of nodes, or an @graph. */
static void ld_walk(hx *x, json_t *v, int depth)
{
	if (depth > 4)
		return;
	if (json_is_array(v)) {
		for (size_t i = 0; i < json_array_size(v); i++)
			ld_walk(x, json_array_get(v, i), depth + 1);
		return;
	}
	if (!json_is_object(v))
		return;
	if (ld_is_article(v))
		ld_node(x, v);
	json_t *g = json_object_get(v, "@graph");
	if (g)
		ld_walk(x, g, depth + 1);
}

/* Reads a <script type="application/ld+json"> block [i, j) of the page, as
 * schema.org describes news articles: headline, publisher's name,
 * datePublished and url fill the metadata the <meta> tags did not give. A
 * block that is not JSON is passed over, as a browser would. */
static void ld_read(hx *x, size_t i, size_t j)
{
	json_t *root = json_loadb((const char *)x->s + i, j - i, JSON_DISABLE_EOF_CHECK, NULL);
	if (!root)
		return;
	ld_walk(x, root, 0);
	json_decref(root);
}

/* An <article> or <main> (region 0 or 1) opens or closes at the current
 * text offset; the largest closed one is kept. A stray closing tag is
 * ignored. */
static void region_tag(hx *x, int region, int close)
{
	if (!close) {
		uint32_t *p = vec_push(&x->open[region]);
		if (!p) {
			x->nomem = 1;
		} else {
			*p = UINT32_MAX; /* set by the next text written */
			x->unset++;
		}
		return;
	}
	if (!x->open[region].n)
		return;
	size_t s = x->open[region].v[--x->open[region].n], e = x->h->len;
	if (s == UINT32_MAX) { /* closed before any text */
		x->unset--;
		return;
	}
	if (e - s > x->best_e[region] - x->best_s[region]) {
		x->best_s[region] = s;
		x->best_e[region] = e;
	}
}

static int is_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}
static int is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

/* Whether the class attribute of the tag m names the word w as a whole part
 * of a name: between the value's ends, punctuation or a change of case
 * ("article-byline", "byline__author", "StoryByline", "related-stories";
 * not "has-bylines"). */
static int class_names(const unsigned char *s, const markup *m, size_t gt, const char *w)
{
	size_t vs, ve, l = strlen(w);
	if (!tag_attr(s, m->ne, gt, "class", &vs, &ve))
		return 0;
	for (size_t i = vs; i + l <= ve; i++) {
		int starts = i == vs || !is_alnum(s[i - 1]) || (is_upper(s[i]) && !is_upper(s[i - 1]));
		if (starts && ascii_ieq(s + i, w, l) && (i + l == ve || !is_lower(s[i + l])))
			return 1;
	}
	return 0;
}

/* Elements that cannot be a role's: the void ones, which never close
 * ("<img class=\"byline-photo\">"), and those that hold a whole page or
 * story ("<body class=\"has-byline\">"). */
static int roleless(const unsigned char *s, const markup *m)
{
	static const char *const names[] = { "area", "base",  "br",   "col",  "embed",   "hr",
		                             "img",  "input", "link", "meta", "source",  "track",
		                             "wbr",  "html",  "body", "main", "article", "section" };
	for (size_t i = 0; i < CRD_ARRAY_LEN(names); i++)
		if (name_is(s, m, names[i]))
			return 1;
	return 0;
}

/* Opens or closes the element of a role: a <figcaption>, an <h1>, an
 * element whose class names a byline, an <aside> whose class names related
 * links. The elements of the same name inside it are counted, so that its
 * own closing tag ends it. One role at a time: none is read inside another. */
static void role_tag(hx *x, const markup *m, size_t gt)
{
	const unsigned char *s = x->s;
	size_t l = m->ne - m->ns;
	if (x->role_depth > 0) {
		if (l != x->role_ne - x->role_ns || m->self)
			return;
		for (size_t k = 0; k < l; k++)
			if (lower(s[m->ns + k]) != lower(s[x->role_ns + k]))
				return;
		x->role_depth += m->close ? -1 : 1;
		if (x->role_depth > 0)
			return;
		html_text *h = x->h;
		if (x->role_s == UINT32_MAX || h->len <= x->role_s)
			return; /* closed before any text */
		if (h->nroles == h->roles_cap) {
			size_t cap = h->roles_cap ? h->roles_cap * 2 : 8;
			html_role *r = realloc(h->roles, cap * sizeof *r);
			if (!r) {
				x->nomem = 1;
				return;
			}
			h->roles = r;
			h->roles_cap = cap;
		}
		h->roles[h->nroles++] = (html_role){ x->role_s, (uint32_t)h->len, x->role_kind };
		return;
	}
	if (m->close || m->self)
		return;
	int kind = -1;
	if (name_is(s, m, "figcaption"))
		kind = HTML_ROLE_CAPTION;
	else if (name_is(s, m, "h1"))
		kind = HTML_ROLE_HEADING;
	else if (name_is(s, m, "aside") && class_names(s, m, gt, "related"))
		kind = HTML_ROLE_RELATED;
	else if (class_names(s, m, gt, "byline") && !roleless(s, m))
		kind = HTML_ROLE_BYLINE;
	if (kind < 0)
		return;
	x->role_ns = m->ns;
	x->role_ne = m->ne;
	x->role_depth = 1;
	x->role_kind = kind;
	x->role_s = UINT32_MAX; /* set by the next text written */
}

/* ---- the two passes ------------------------------------------------------ */

/* Pairs every opening tag of a dropped element with its closing tag, one
 * stack per element name; an opening tag with no closing tag stays
 * unmatched. */
static int match_drops(hx *x)
{
	const unsigned char *s = x->s;
	size_t n = x->n;
	VEC(uint32_t) stack[CRD_ARRAY_LEN(drop_elems)];
	memset(stack, 0, sizeof stack);
	int rc = 0;
	for (size_t i = 0; i < n;) {
		const unsigned char *p = memchr(s + i, '<', n - i);
		if (!p)
			break;
		size_t at = (size_t)(p - s);
		markup m;
		i = lex_markup(s, n, at, &m);
		if (m.kind == MK_TAG && !m.close)
			note_meta(x, &m, i > at && s[i - 1] == '>' ? i - 1 : i);
		if (m.kind != MK_TAG || m.self)
			continue;
		if (!m.close && name_in(s, &m, raw_elems, CRD_ARRAY_LEN(raw_elems)) >= 0) {
			size_t cs = i, c = raw_end(s, n, &m, cs, &i);
			size_t ts, te;
			if (name_is(s, &m, "script") && x->nld < HTML_LD_MAX &&
			    tag_attr(s, m.ne, cs > at && s[cs - 1] == '>' ? cs - 1 : cs, "type", &ts, &te) &&
			    te - ts == 19 && ascii_ieq(s + ts, "application/ld+json", 19)) {
				x->ld_s[x->nld] = cs;
				x->ld_e[x->nld++] = c;
			}
			/* The first <title>, wherever it stands (the head is dropped). */
			if (name_is(s, &m, "title") && !x->title_seen) {
				x->title_seen = 1;
				x->title_s = cs;
				x->title_e = c;
			}
			continue;
		}
		int k = name_in(s, &m, drop_elems, CRD_ARRAY_LEN(drop_elems));
		if (k < 0)
			continue;
		if (!m.close) {
			drop_pair *d = vec_push(&x->drops);
			uint32_t *t = vec_push(&stack[k]);
			if (!d || !t) {
				rc = -1;
				break;
			}
			d->open = (uint32_t)at;
			*t = (uint32_t)(x->drops.n - 1);
		} else if (stack[k].n) {
			x->drops.v[stack[k].v[--stack[k].n]].after = (uint32_t)i;
		}
	}
	for (size_t k = 0; k < CRD_ARRAY_LEN(stack); k++)
		vec_free(&stack[k]);
	return rc;
}

static int cmp_drop(const void *k, const void *e)
{
	uint32_t a = *(const uint32_t *)k, b = ((const drop_pair *)e)->open;
	return a < b ? -1 : a > b;
}

/* Whether the page declares a single-byte charset near its top. */
static int declares_single_byte(const unsigned char *s, size_t n)
{
	static const char *const names[] = { "windows-1252", "cp1252",  "iso-8859-1", "iso8859-1",
		                             "latin1",       "latin-1", "us-ascii",   "ascii" };
	size_t lim = n < 1024 ? n : 1024;
	for (size_t i = 0; i + 7 < lim; i++) {
		if (lower(s[i]) != 'c')
			continue;
		static const char cs[] = "charset";
		size_t k = 0;
		while (k < 7 && lower(s[i + k]) == (unsigned char)cs[k])
			k++;
		if (k < 7)
			continue;
		size_t j = i + 7;
		while (j < lim && (is_space(s[j]) || s[j] == '=' || s[j] == '"' || s[j] == '\''))
			j++;
		for (size_t w = 0; w < CRD_ARRAY_LEN(names); w++) {
			size_t l = strlen(names[w]), q = 0;
			while (q < l && j + q < lim && lower(s[j + q]) == (unsigned char)names[w][q])
				q++;
			if (q == l && (j + l >= lim || (!is_alnum(s[j + l]) && s[j + l] != '-')))
				return 1;
		}
		return 0;
	}
	return 0;
}

int html_extract(html_text *h, const char *page, size_t n)
{
	hx x;
	memset(&x, 0, sizeof x);
	x.h = h;
	x.s = (const unsigned char *)page;
	x.n = n;
	h->len = 0;
	free(h->title);
	h->title = NULL;
	for (int k = 0; k < HTML_META_KINDS; k++) {
		free(h->meta[k]);
		h->meta[k] = NULL;
	}
	h->windows1252 = declares_single_byte(x.s, n) && !txt_is_utf8(page, n);
	h->nroles = 0;
	int rc = match_drops(&x);
	const unsigned char *s = x.s;
	for (size_t i = 0; rc == 0 && i < n && !x.nomem;) {
		const unsigned char *p = memchr(s + i, '<', n - i);
		size_t at = p ? (size_t)(p - s) : n;
		text_run(&x, i, at);
		if (at >= n)
			break;
		markup m;
		size_t e = lex_markup(s, n, at, &m);
		if (m.kind == MK_NONE) {
			put(&x, "<", 1, at, at + 1);
			i = at + 1;
			continue;
		}
		i = e;
		if (m.kind == MK_CDATA) {
			text_run(&x, m.cs, m.ce);
			continue;
		}
		if (m.kind != MK_TAG)
			continue;
		if (!m.close && !m.self && name_in(s, &m, raw_elems, CRD_ARRAY_LEN(raw_elems)) >= 0) {
			raw_end(s, n, &m, e, &i);
			continue;
		}
		if (!m.close && !m.self && name_in(s, &m, drop_elems, CRD_ARRAY_LEN(drop_elems)) >= 0) {
			uint32_t key = (uint32_t)at;
			const drop_pair *d = bsearch(&key, x.drops.v, x.drops.n, sizeof *x.drops.v, cmp_drop);
			if (d && d->after) {
				/* The page furniture among them stands apart from the
				 * text; a button or an icon sits inside a line. */
				if (name_is(s, &m, "head") || name_is(s, &m, "nav") ||
				    name_is(s, &m, "form") || name_is(s, &m, "template"))
					want_break(&x, 3, at, d->after);
				i = d->after;
			}
			continue;
		}
		role_tag(&x, &m, e > at && s[e - 1] == '>' ? e - 1 : e);
		int region = name_is(s, &m, "article") ? 0 : name_is(s, &m, "main") ? 1 : -1;
		if (region >= 0 && !m.self)
			region_tag(&x, region, m.close);
		/* Links that touch, with not even a space between them, are
		 * the items of a list a style sheet lays out ("<a>Rates rise
		 * again</a><a>Ferry fares to go up</a>"): a line each, where
		 * words run together. */
		if (name_is(s, &m, "a") && !m.self) {
			if (m.close)
				x.link_end = h->len + 1;
			else if (x.link_end == h->len + 1 && !x.pending && h->len > 0)
				want_break(&x, 2, at, e);
		}
		if (name_is(s, &m, "br")) {
			want_break(&x, x.pending >= 2 ? 3 : 2, at, e);
		} else if (name_is(s, &m, "td") || name_is(s, &m, "th")) {
			want_break(&x, 1, at, e);
		} else if (name_in(s, &m, block_elems, CRD_ARRAY_LEN(block_elems)) >= 0) {
			want_break(&x, 3, at, e);
			if (name_is(s, &m, "pre")) {
				x.pre = m.close ? (x.pre > 0 ? x.pre - 1 : 0) : x.pre + 1;
				/* A newline right after <pre> is not shown. */
				if (!m.close && i < n && s[i] == '\n')
					i++;
				else if (!m.close && i + 1 < n && s[i] == '\r' && s[i + 1] == '\n')
					i += 2;
			}
		}
	}
	for (int r = 0; r < 2; r++) /* elements left open end with the page */
		while (x.open[r].n)
			region_tag(&x, r, 1);
	h->main_s = h->main_e = 0;
	for (int r = 0; r < 2; r++)
		if (x.best_e[r] > x.best_s[r] && (x.best_e[r] - x.best_s[r]) * 5 >= h->len) {
			h->main_s = x.best_s[r];
			h->main_e = x.best_e[r];
			break;
		}
	if (rc == 0 && x.title_seen)
		h->title = collapsed(&x, x.title_s, x.title_e);
	for (int k = 0; rc == 0 && k < HTML_META_KINDS; k++)
		if (x.meta_seen[k])
			h->meta[k] = collapsed(&x, x.meta_s[k], x.meta_e[k]);
	for (int b = 0; rc == 0 && b < x.nld; b++)
		ld_read(&x, x.ld_s[b], x.ld_e[b]);
	if (rc == 0 && !x.nomem && reserve(&x, 0) == 0)
		h->text[h->len] = '\0';
	vec_free(&x.drops);
	vec_free(&x.open[0]);
	vec_free(&x.open[1]);
	return rc != 0 || x.nomem ? -1 : 0;
}

void html_text_free(html_text *h)
{
	free(h->text);
	free(h->start);
	free(h->end);
	free(h->title);
	for (int k = 0; k < HTML_META_KINDS; k++)
		free(h->meta[k]);
	free(h->roles);
	memset(h, 0, sizeof *h);
}

int html_sniff(const char *page, size_t n)
{
	const unsigned char *s = (const unsigned char *)page;
	size_t i = 0;
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		i = 3;
	for (;;) {
		while (i < n && is_space(s[i]))
			i++;
		if (n - i >= 5 && memcmp(s + i, "<?xml", 5) == 0) { /* XHTML's prolog */
			const unsigned char *p = memchr(s + i, '>', n - i);
			if (!p)
				return 0;
			i = (size_t)(p - s) + 1;
			continue;
		}
		if (n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
			size_t e = find_str(s, n, i + 4, "-->");
			if (e == n)
				return 0;
			i = e + 3;
			continue;
		}
		break;
	}
	static const char *const opens[] = { "<!doctype html", "<html" };
	for (size_t w = 0; w < CRD_ARRAY_LEN(opens); w++) {
		size_t l = strlen(opens[w]), q = 0;
		while (q < l && i + q < n && lower(s[i + q]) == (unsigned char)opens[w][q])
			q++;
		if (q == l && (i + l == n || !is_alnum(s[i + l])))
			return 1;
	}
	return 0;
}
