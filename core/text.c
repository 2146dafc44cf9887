/* text.c -- UTF-8 decoding, case and punctuation folding with an offset map, line index. */
#include "text.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

size_t txt_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	if (n == 0)
		return 0;
	unsigned char c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c < 0xC2)
		return 0; /* continuation byte or overlong 2-byte lead */
	if (c < 0xE0) {
		if (n < 2 || (s[1] & 0xC0) != 0x80)
			return 0;
		*cp = ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
		return 2;
	}
	if (c < 0xF0) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		uint32_t v = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
		if (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))
			return 0;
		*cp = v;
		return 3;
	}
	if (c < 0xF5) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
			return 0;
		uint32_t v = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
		             ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
		if (v < 0x10000 || v > 0x10FFFF)
			return 0;
		*cp = v;
		return 4;
	}
	return 0;
}

/* The byte Windows-1252 shows as code point c, for the bytes 0x80-0xBF
 * (Latin-1 shows them as themselves), or -1. */
static int cp1252_byte(uint32_t c)
{
	static const uint16_t high[32] = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
		                           0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
		                           0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
		                           0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };
	if (c >= 0x80 && c <= 0xBF)
		return (int)c; /* Latin-1 (C1 controls, then the same as Windows-1252) */
	for (int k = 0; k < 32; k++)
		if (high[k] == c)
			return 0x80 + k;
	return -1;
}

size_t txt_mojibake(const unsigned char *s, size_t n, uint32_t *cp)
{
	if (n >= 4 && s[0] == 0xC3 && s[1] == 0x82 && s[2] == 0xC2 && s[3] == 0xA0) {
		*cp = 0xA0; /* a no-break space, C2 A0: "\u00c2" and U+00A0 */
		return 4;
	}
	/* U+2000-U+203F is E2 80 xx; read as single bytes, E2 is "\u00e2" and 80
	 * is U+0080 (Latin-1) or U+20AC (Windows-1252) */
	if (n < 6 || s[0] != 0xC3 || s[1] != 0xA2)
		return 0;
	uint32_t c1, c2;
	size_t l1 = txt_decode(s + 2, n - 2, &c1);
	if (!l1 || cp1252_byte(c1) != 0x80)
		return 0;
	size_t l2 = txt_decode(s + 2 + l1, n - 2 - l1, &c2);
	int b = l2 ? cp1252_byte(c2) : -1;
	if (b < 0)
		return 0;
	uint32_t m = 0x2000 + (uint32_t)(b & 0x3F);
	switch (m) {
	case 0x2013:
	case 0x2014:
	case 0x2018:
	case 0x2019:
	case 0x201C:
	case 0x201D:
	case 0x2022:
	case 0x2026: *cp = m; return 2 + l1 + l2;
	default: return 0;
	}
}

size_t txt_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

uint32_t txt_fold_cp(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return cp + 32;
	if (cp >= 0x100 && cp <= 0x17F) {
		if (cp == 0x130)
			return 'i';
		if (cp == 0x178)
			return 0xFF;
		if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
			return (cp & 1) ? cp + 1 : cp;
		if (cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F)
			return cp;
		return (cp & 1) ? cp : cp + 1;
	}
	if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2)
		return cp + 32;
	if (cp >= 0x410 && cp <= 0x42F)
		return cp + 32;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 80;
	return cp;
}

int txt_is_upper(uint32_t cp)
{
	return txt_fold_cp(cp) != cp;
}

int txt_is_lower(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	if (!txt_is_alpha(cp) || txt_is_upper(cp))
		return 0;
	/* A code point is lower-case when some upper-case letter folds to it. */
	if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7)
		return 1;
	if (cp >= 0x100 && cp <= 0x17F)
		return 1;
	if (cp >= 0x3B1 && cp <= 0x3CB)
		return 1;
	if (cp >= 0x430 && cp <= 0x45F)
		return 1;
	return 0;
}

int txt_is_alpha(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	if (cp < 0xC0)
		return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
	if (cp == 0xD7 || cp == 0xF7)
		return 0;
	if (cp >= 0x2000 && cp <= 0x2BFF) /* punctuation, symbols, arrows, shapes */
		return 0;
	if (cp >= 0x3000 && cp <= 0x303F) /* CJK punctuation */
		return 0;
	if (cp >= 0xFE30 && cp <= 0xFE6F)
		return 0;
	if (cp >= 0xFF00 && cp <= 0xFF0F)
		return 0;
	if (cp == 0xFFFD || cp == 0xFEFF)
		return 0;
	if (cp >= 0x1F000 && cp <= 0x1FAFF) /* emoji and pictographs */
		return 0;
	return 1;
}

/* What a code point becomes in the folded view: a replacement string, or
 * NULL to fold it as a code point with txt_fold_cp(). */
static const char *fold_special(uint32_t cp)
{
	switch (cp) {
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
	case 0x02BB: case 0x00B4: case 0xFF07:
		return "'";
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
	case 0x00BB: case 0xFF02:
		return "\"";
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
	case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
		return "-";
	case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
	case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
	case 0x202F: case 0x205F: case 0x3000: case 0x1680:
		return " ";
	case 0x2028: case 0x2029: case 0x0085:
		return "\n";
	case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
		return "";
	case 0x2026:
		return "...";
	default:
		return NULL;
	}
}

static int view_reserve(txt_view *v, size_t need)
{
	if (need <= v->cap)
		return 0;
	size_t cap = v->cap ? v->cap : 4096;
	while (cap < need) {
		if (cap > SIZE_MAX / 2 / sizeof(uint32_t))
			return -1;
		cap *= 2;
	}
	char *f = realloc(v->fold, cap);
	if (!f)
		return -1;
	v->fold = f;
	uint32_t *m = realloc(v->map, cap * sizeof(uint32_t));
	if (!m)
		return -1;
	v->map = m;
	v->cap = cap;
	return 0;
}

int txt_fold(txt_view *v, const char *s, size_t n, txt_issue_fn on_issue, void *ud)
{
	const unsigned char *u = (const unsigned char *)s;
	/* Folding never grows a character by more than 3 bytes (U+2026 "..." from
	 * 3 bytes, U+FFFD from 1 invalid byte), so 3n + 1 always suffices. */
	if (view_reserve(v, n + n / 2 + 64) != 0)
		return -1;
	size_t o = 0;
	int quiet = on_issue == NULL;
	for (size_t i = 0; i < n;) {
		if (v->cap - o < 8 && view_reserve(v, v->cap + n / 4 + 64) != 0)
			return -1;
		unsigned char c = u[i];
		if (c < 0x80) {
			/* The hot path: plain ASCII. */
			if (c >= 'A' && c <= 'Z') {
				v->fold[o] = (char)(c + 32);
			} else if (c == '\r') {
				/* CR LF is one break mapped to the CR, so that a span
				 * ending at the break does not take the CR with it. */
				v->fold[o] = '\n';
				if (i + 1 < n && u[i + 1] == '\n') {
					v->map[o++] = (uint32_t)i;
					i += 2;
					continue;
				}
			} else if (c == 0) {
				if (!quiet && on_issue(ud, (uint32_t)i, TXT_NUL))
					quiet = 1;
				v->fold[o] = ' ';
			} else {
				v->fold[o] = (char)c;
			}
			v->map[o++] = (uint32_t)i;
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = c == 0xC3 ? txt_mojibake(u + i, n - i, &cp) : 0;
		if (len != 0 && !quiet && on_issue(ud, (uint32_t)i, TXT_MOJIBAKE))
			quiet = 1;
		if (len == 0)
			len = txt_decode(u + i, n - i, &cp);
		if (len == 0) {
			if (!quiet && on_issue(ud, (uint32_t)i, TXT_INVALID_UTF8))
				quiet = 1;
			static const char repl[] = "\xEF\xBF\xBD";
			for (int k = 0; k < 3; k++) {
				v->fold[o] = repl[k];
				v->map[o++] = (uint32_t)i;
			}
			i++;
			continue;
		}
		const char *sp = fold_special(cp);
		if (sp) {
			for (; *sp; sp++) {
				v->fold[o] = *sp;
				v->map[o++] = (uint32_t)i;
			}
		} else {
			char buf[4];
			size_t bl = txt_encode(txt_fold_cp(cp), buf);
			for (size_t k = 0; k < bl; k++) {
				v->fold[o] = buf[k];
				v->map[o++] = (uint32_t)i;
			}
		}
		i += len;
	}
	if (view_reserve(v, o + 1) != 0)
		return -1;
	v->fold[o] = '\0';
	v->map[o] = (uint32_t)n;
	v->flen = o;
	return 0;
}

void txt_view_free(txt_view *v)
{
	free(v->fold);
	free(v->map);
	memset(v, 0, sizeof *v);
}

int txt_lines_build(txt_lines *l, const char *s, size_t n)
{
	l->n = 0;
	if (vec_reserve((void **)&l->start, &l->cap, 1, sizeof(uint32_t)) != 0)
		return -1;
	l->start[l->n++] = 0;
	const char *p = s, *end = s + n;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			break;
		if (l->n == l->cap && vec_reserve((void **)&l->start, &l->cap, l->n + 1, sizeof(uint32_t)) != 0)
			return -1;
		l->start[l->n++] = (uint32_t)(nl + 1 - s);
		p = nl + 1;
	}
	return 0;
}

void txt_lines_free(txt_lines *l)
{
	free(l->start);
	memset(l, 0, sizeof *l);
}

void txt_linecol(const txt_lines *l, const char *s, size_t n, size_t offset, int *line, int *col)
{
	if (offset > n)
		offset = n;
	size_t lo = 0, hi = l->n; /* last start <= offset */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (l->start[mid] <= offset)
			lo = mid;
		else
			hi = mid;
	}
	size_t c = 1;
	for (size_t i = l->n ? l->start[lo] : 0; i < offset; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			c++;
	*line = (int)(lo + 1);
	*col = (int)c;
}

size_t txt_sanitize(const char *s, size_t n, char *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t len = u[i] ? txt_decode(u + i, n - i, &cp) : 0;
		if (len == 0) {
			memcpy(out + o, "\xEF\xBF\xBD", 3);
			o += 3;
			i++;
		} else {
			memcpy(out + o, s + i, len);
			o += len;
			i += len;
		}
	}
	out[o] = '\0';
	return o;
}

/* Whether s[0..n) is valid UTF-8; NUL bytes are refused when nul is 0. */
static int valid(const char *s, size_t n, int nul)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		if (u[i] < 0x80) {
			if (u[i] == 0 && !nul)
				return 0;
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = txt_decode(u + i, n - i, &cp);
		if (!len)
			return 0;
		i += len;
	}
	return 1;
}

int txt_is_clean(const char *s, size_t n)
{
	return valid(s, n, 0);
}

int txt_is_utf8(const char *s, size_t n)
{
	return valid(s, n, 1);
}
