/* html.h -- the text a reader sees in an HTML page, with a map back to the page's bytes. */
#ifndef CRD_HTML_H
#define CRD_HTML_H

#include <stddef.h>
#include <stdint.h>

/*
 * html_extract() turns a page into the plain text the detectors read:
 *
 * - Tags are dropped. Block elements (p, div, h1-h6, li, blockquote, table
 *   rows, section, article, header, footer, aside, figure, ...) end a
 *   paragraph: a blank line. <br> ends a line. Table cells are separated by
 *   a space.
 * - What a reader does not see as the page's text is dropped with its
 *   content: the head (its <title> is kept apart, in title, and what its
 *   <meta> tags and canonical link say of the page in meta[]), script, style,
 *   noscript, template, svg, math, iframe, object, canvas, nav, form, button,
 *   select, comments, doctype and processing instructions. An element of this
 *   kind that is never closed drops nothing (the rest of the page is kept),
 *   except script and style, which run to the end as a browser reads them.
 * - Character references are decoded: &amp; &#8217; &#x2019; and the named
 *   ones of Latin-1 and of typography (&nbsp; &rsquo; &mdash; &eacute; ...).
 *   An unknown or unterminated one stays as written.
 * - White space collapses to one space, as a browser shows it, except inside
 *   <pre>.
 * - The text of the page's <article> (else <main>) is marked, so that what
 *   surrounds it can be told from the report (main_s, main_e), and so is the
 *   text of captions, bylines and related links that the markup names
 *   (roles).
 * - A page that declares a single-byte charset (windows-1252, iso-8859-1,
 *   latin1, us-ascii) in its first 1024 bytes and is not valid UTF-8 is read
 *   in windows-1252. Anything else is taken as UTF-8; invalid bytes are
 *   copied as they are, for the text layer to report.
 *
 * For each byte i of text, start[i] and end[i] are the page's bytes [start,
 * end) of the character or reference that produced it (for a break, the tag
 * that made it), so a text span [a, b) came from the page's bytes
 * [start[a], end[b - 1]). Both arrays are non-decreasing.
 */
/* Metadata a page gives about itself in its <meta> tags and canonical link. */
enum {
	HTML_META_TITLE, /* og:title, twitter:title: the headline without the site's name */
	HTML_META_SITE,  /* og:site_name */
	HTML_META_DATE,  /* article:published_time, datePublished, date, pubdate, ... */
	HTML_META_URL,   /* <link rel="canonical">, else og:url */
	HTML_META_KINDS
};

/* A stretch of the text that an element marks as the page's own, not the
 * report: a caption (<figcaption>), a byline (an element whose class names
 * one: class="byline"), a list of related links (an <aside> whose class
 * names one: class="related"); or a top-level heading (<h1>), which may be
 * the headline. [s, e) are text offsets. */
enum { HTML_ROLE_CAPTION, HTML_ROLE_BYLINE, HTML_ROLE_RELATED, HTML_ROLE_HEADING };

typedef struct html_role {
	uint32_t s, e;
	int kind;
} html_role;

typedef struct html_text {
	char *text; /* NUL-terminated */
	size_t len;
	uint32_t *start;
	uint32_t *end;
	char *title;                 /* the <title>, decoded and collapsed; NULL when absent */
	char *meta[HTML_META_KINDS]; /* the same for each HTML_META_*, or NULL */
	size_t cap;                  /* capacity of text, start and end, kept between pages */
	int windows1252;             /* the page was read in windows-1252 */
	/* The article in the page: the text of its largest <article> element,
	 * else of its largest <main>, when that is at least a fifth of the
	 * text; main_s == main_e when the page marks none. What lies outside
	 * is the page around the article (site header, sidebars, footer). */
	size_t main_s, main_e;
	html_role *roles; /* in text order, none inside another */
	size_t nroles, roles_cap;
} html_text;

/* Extracts the text of s[0..n) into h (reusing its buffers). n must fit in
 * uint32_t. Returns 0, or -1 when memory runs out. */
int html_extract(html_text *h, const char *s, size_t n);

/* Frees h's buffers; h may be zeroed or already freed. */
void html_text_free(html_text *h);

/* Whether s[0..n) looks like an HTML page: after a byte-order mark, white
 * space, comments and an XML prolog it opens with <!doctype html or <html. */
int html_sniff(const char *s, size_t n);

#endif
