/* html_report.c -- the report as a web page: the score, the rules that moved
 * it, and the article with every piece of evidence marked where it stands.
 *
 * Marks take the sign of the rules that counted them: evidence that raised
 * the score, evidence that lowered it, and evidence that no rule counted.
 * Non-body zones are shown dimmed with their kind. The page is one file with
 * its style inline and no script, so it can be mailed or archived as is. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char page_head[] =
        "<!doctype html>\n"
        "<html lang=\"en\">\n"
        "<head>\n"
        "<meta charset=\"utf-8\">\n"
        "<meta name=\"generator\" content=\"credence " CRD_VERSION "\">\n"
        "<title>credence report</title>\n"
        "<style>\n"
        "body{font:16px/1.5 Georgia,serif;max-width:48em;margin:2em auto;padding:0 1em;color:#222}\n"
        "h2{font:bold 1.1em sans-serif;border-top:2px solid #444;padding-top:.6em;overflow-wrap:anywhere}\n"
        ".score{font:1em sans-serif}.score b{font-size:2em}\n"
        "table{border-collapse:collapse;font:.85em sans-serif;margin:.8em 0}\n"
        "td,th{padding:.15em .5em;text-align:left;vertical-align:top;border-bottom:1px solid #ddd}\n"
        "td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
        ".text{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #ddd;padding:1em}\n"
        "mark{background:#e6ecfa;border-bottom:2px solid #8aa2d8;color:inherit}\n"
        "mark.up{background:#daf2d4;border-color:#4f9a3f}\n"
        "mark.down{background:#fde0d6;border-color:#d0603c}\n"
        "mark.stmt{background:none;border-bottom:1px dotted #8a8a8a}\n"
        ".zone{color:#888}.zone::before{content:attr(data-zone);font:.7em sans-serif;"
        "background:#eee;color:#555;padding:0 .3em;margin-right:.3em}\n"
        ".legend,.counts,.warn,.meta{font:.85em sans-serif}.warn{color:#a33}\n"
        "</style>\n"
        "</head>\n"
        "<body>\n";

static const char page_foot[] = "</body>\n</html>\n";

void html_page_head(outbuf *b)
{
	ob_write(b, page_head, sizeof page_head - 1);
}

void html_page_foot(outbuf *b)
{
	ob_write(b, page_foot, sizeof page_foot - 1);
}

/* Writes s[0, n) escaped for HTML text and attribute values. Invalid UTF-8
 * and control bytes other than tab and line breaks become U+FFFD, so the page
 * is valid UTF-8 whatever the input held. */
static void put_escaped(outbuf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run = 0;
	while (i < n) {
		unsigned char c = p[i];
		const char *rep = NULL;
		size_t len = 1;
		if (c == '&')
			rep = "&amp;";
		else if (c == '<')
			rep = "&lt;";
		else if (c == '>')
			rep = "&gt;";
		else if (c == '"')
			rep = "&quot;";
		else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
			rep = "\xEF\xBF\xBD";
		else if (c >= 0x80) {
			/* a well-formed sequence (no overlongs, surrogates or
			 * values above U+10FFFF) is copied; else one byte is
			 * replaced */
			size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
			int ok = want && c <= 0xF4 && i + want <= n;
			for (size_t k = 1; ok && k < want; k++)
				ok = (p[i + k] & 0xC0) == 0x80;
			if (ok && want == 3)
				ok = !(c == 0xE0 && p[i + 1] < 0xA0) && !(c == 0xED && p[i + 1] >= 0xA0);
			if (ok && want == 4)
				ok = !(c == 0xF0 && p[i + 1] < 0x90) && !(c == 0xF4 && p[i + 1] >= 0x90);
			if (ok)
				len = want;
			else
				rep = "\xEF\xBF\xBD";
		}
		if (rep) {
			ob_write(b, s + i - run, run);
			ob_write(b, rep, strlen(rep));
			run = 0;
		} else {
			run += len;
		}
		i += len;
	}
	ob_write(b, s + n - run, run);
}

static void put_str(outbuf *b, const char *s)
{
	put_escaped(b, s, strlen(s));
}

/* How the rules that fired took an evidence item: each item gets the sum of
 * the signs of the rules that counted it (listed it, or, past the items a
 * rule lists, counted its feature in the same zone). */
typedef struct item_mark {
	signed char sign;      /* -1 lowered the score, +1 raised it, 0 neither */
	unsigned char counted; /* some rule counted it */
	uint32_t rule;         /* the first rule that counted it, for the tooltip */
} item_mark;

static void mark_items(const crd_result *r, item_mark *m, size_t nev, const crd_rule_hit *hits, size_t nr)
{
	int *sum = calloc(nev + 1, sizeof *sum);
	if (!sum)
		return;
	for (size_t i = 0; i < nr; i++) {
		const crd_rule_hit *h = &hits[i];
		int s = h->contribution > 0 ? 1 : h->contribution < 0 ? -1 : 0;
		for (size_t k = 0; k < h->evidence_count; k++) {
			size_t e = h->evidence[k];
			if (e >= nev)
				continue;
			sum[e] += s;
			if (!m[e].counted)
				m[e].rule = (uint32_t)i;
			m[e].counted = 1;
		}
		if (!h->feature || h->evidence_count < CRD_RULE_EVIDENCE_MAX)
			continue;
		/* The rule lists its first items only; the rest of its feature
		 * in the zones of those is counted too. */
		crd_evidence first, ev;
		size_t from = h->evidence[h->evidence_count - 1] + 1;
		if (crd_result_evidence(r, h->evidence[0], &first) != CRD_OK)
			continue;
		int any_zone = 0;
		for (size_t k = 1; k < h->evidence_count && !any_zone; k++)
			if (crd_result_evidence(r, h->evidence[k], &ev) == CRD_OK &&
			    strcmp(ev.zone, first.zone) != 0)
				any_zone = 1;
		for (size_t e = from; e < nev; e++) {
			if (crd_result_evidence(r, e, &ev) != CRD_OK || strcmp(ev.feature, h->feature) != 0 ||
			    (!any_zone && strcmp(ev.zone, first.zone) != 0))
				continue;
			sum[e] += s;
			if (!m[e].counted)
				m[e].rule = (uint32_t)i;
			m[e].counted = 1;
		}
	}
	for (size_t e = 0; e < nev; e++)
		m[e].sign = (signed char)(sum[e] > 0 ? 1 : sum[e] < 0 ? -1 : 0);
	free(sum);
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

static int cmp_rule(const void *a, const void *b)
{
	double x = fabs(((const crd_rule_hit *)a)->contribution);
	double y = fabs(((const crd_rule_hit *)b)->contribution);
	return x < y ? 1 : x > y ? -1 : 0;
}

/* One item's line in a mark's tooltip: "hedged_number hedge=lower_bound
 * low=400 (AT_LEAST_NUMBER -0.12)". */
static void put_item_title(outbuf *b, const crd_evidence *ev, const item_mark *m, const crd_rule_hit *hits)
{
	put_str(b, ev->feature);
	for (size_t a = 0; a < ev->attr_count; a++) {
		const crd_attr *at = &ev->attrs[a];
		OB_LIT(b, " ");
		put_str(b, at->key);
		OB_LIT(b, "=");
		if (at->type == CRD_ATTR_STRING)
			put_str(b, at->string);
		else if (at->type == CRD_ATTR_NUMBER)
			ob_printf(b, "%.15g", at->number);
		else if (at->type == CRD_ATTR_BOOL)
			ob_printf(b, "%s", at->number ? "true" : "false");
		else
			ob_printf(b, "null");
	}
	if (ev->message) {
		OB_LIT(b, ": ");
		put_str(b, ev->message);
	}
	if (m->counted && hits) {
		const crd_rule_hit *h = &hits[m->rule];
		OB_LIT(b, " (");
		put_str(b, h->name);
		ob_printf(b, " %+.2f)", h->contribution);
	}
}

/* Whether an item stands over a whole statement (unattributed_claim). Such a
 * mark, shaded, would hide the marks of the words inside it: unless a rule
 * counted it, it is only underlined. */
static int statement(const crd_evidence *ev)
{
	return strcmp(ev->feature, "unattributed_claim") == 0;
}

/* The text with zones and evidence marked. The text is cut at every start
 * and end of an item or a zone; each piece is marked with the items that
 * cover it, so overlapping items need no nesting. */
static void put_text(outbuf *b, const crd_result *r, const char *anchor, const item_mark *m,
                     const crd_rule_hit *hits)
{
	size_t len;
	const char *text = crd_result_text(r, &len);
	size_t nev = crd_result_evidence_count(r), nz = crd_result_zone_count(r);
	size_t ncut = 2 * nev + 2 * nz + 2;
	size_t *cut = malloc(ncut * sizeof *cut);
	size_t *active = malloc((nev + 1) * sizeof *active);
	if (!cut || !active) {
		free(cut);
		free(active);
		put_escaped(b, text, len);
		return;
	}
	size_t nc = 0;
	cut[nc++] = 0;
	cut[nc++] = len;
	for (size_t i = 0; i < nev; i++) {
		crd_evidence ev;
		crd_result_evidence(r, i, &ev);
		cut[nc++] = ev.start;
		cut[nc++] = ev.end;
	}
	for (size_t i = 0; i < nz; i++) {
		const char *kind;
		size_t s, e;
		crd_result_zone(r, i, &kind, &s, &e);
		cut[nc++] = s;
		cut[nc++] = e;
	}
	qsort(cut, nc, sizeof *cut, cmp_size);
	size_t nact = 0, next = 0, zi = 0;
	for (size_t c = 0; c + 1 < nc; c++) {
		size_t a = cut[c], z = cut[c + 1];
		if (a == z || z > len)
			continue;
		/* the zone holding this piece: non-body zones are dimmed */
		const char *kind = "body";
		size_t zs = 0, ze = len;
		while (zi < nz && (crd_result_zone(r, zi, &kind, &zs, &ze), ze <= a))
			zi++;
		int dim = zi < nz && strcmp(kind, "body") != 0;
		if (dim && zs == a) {
			OB_LIT(b, "<span class=\"zone\" data-zone=\"");
			put_str(b, kind);
			OB_LIT(b, "\">");
		}
		/* items: drop those that ended, add those that start here */
		size_t k = 0;
		for (size_t i = 0; i < nact; i++) {
			crd_evidence ev;
			crd_result_evidence(r, active[i], &ev);
			if (ev.end > a)
				active[k++] = active[i];
		}
		nact = k;
		for (; next < nev; next++) {
			crd_evidence ev;
			crd_result_evidence(r, next, &ev);
			if (ev.start > a)
				break;
			ob_printf(b, "<a id=\"%s-e%zu\"></a>", anchor, next);
			if (ev.end > a)
				active[nact++] = next;
		}
		if (nact) {
			int sum = 0, words = 0;
			for (size_t i = 0; i < nact; i++) {
				crd_evidence ev;
				crd_result_evidence(r, active[i], &ev);
				sum += m ? m[active[i]].sign : 0;
				words += !statement(&ev) || (m && m[active[i]].counted);
			}
			ob_printf(b, "<mark%s title=\"",
			          sum > 0   ? " class=\"up\""
			          : sum < 0 ? " class=\"down\""
			          : !words  ? " class=\"stmt\""
			                    : "");
			for (size_t i = 0; i < nact; i++) {
				crd_evidence ev;
				crd_result_evidence(r, active[i], &ev);
				if (i)
					OB_LIT(b, "&#10;");
				put_item_title(b, &ev, m ? &m[active[i]] : NULL, hits);
			}
			OB_LIT(b, "\">");
		}
		put_escaped(b, text + a, z - a);
		if (nact)
			OB_LIT(b, "</mark>");
		if (dim && ze == z)
			OB_LIT(b, "</span>");
	}
	free(cut);
	free(active);
}

void html_report(outbuf *b, const crd_result *r, size_t seq)
{
	const char *id = crd_result_id(r);
	char anchor[32];
	snprintf(anchor, sizeof anchor, "d%zu", seq);
	ob_printf(b, "<section id=\"%s\">\n<h2>", anchor);
	put_str(b, id ? id : "-");
	OB_LIT(b, "</h2>\n");
	const char *meta[CLI_META_COUNT];
	cli_result_meta(r, meta);
	int any = 0;
	for (size_t i = 0; i < CLI_META_COUNT; i++) {
		if (!meta[i])
			continue;
		if (any)
			OB_LIT(b, " &middot; ");
		else
			OB_LIT(b, "<p class=\"meta\">");
		put_str(b, cli_meta_keys[i]);
		OB_LIT(b, ": ");
		put_str(b, meta[i]);
		any = 1;
	}
	if (any)
		OB_LIT(b, "</p>\n");

	size_t nev = crd_result_evidence_count(r);
	size_t nr = crd_result_rule_count(r);
	crd_rule_hit *hits = calloc(nr + 1, sizeof *hits);
	item_mark *m = calloc(nev + 1, sizeof *m);
	if (hits)
		for (size_t i = 0; i < nr; i++)
			crd_result_rule(r, i, &hits[i]);
	if (crd_result_scored(r)) {
		ob_printf(b, "<p class=\"score\"><b>%.0f</b>/100 &middot; grade %s", crd_result_score(r),
		          crd_result_grade(r));
		for (size_t i = 0; i < crd_result_subscore_count(r); i++) {
			const char *g;
			double s;
			crd_result_subscore(r, i, &g, &s);
			OB_LIT(b, " &middot; ");
			put_str(b, g);
			ob_printf(b, " %.0f", s);
		}
		ob_printf(b, "<br>logit %.2f = bias %.2f %+.2f from the rules</p>\n", crd_result_logit(r),
		          crd_result_bias(r), crd_result_logit(r) - crd_result_bias(r));
	}
	if (hits && m)
		mark_items(r, m, nev, hits, nr);
	if (hits && nr) {
		/* the table is sorted by weight of contribution; the marks keep
		 * the declaration order that mark_items recorded */
		crd_rule_hit *sorted = malloc(nr * sizeof *sorted);
		if (sorted) {
			memcpy(sorted, hits, nr * sizeof *sorted);
			qsort(sorted, nr, sizeof *sorted, cmp_rule);
			ob_printf(b,
			          "<table>\n<tr><th>rule</th><th>group</th><th>hits</th><th>contribution</th>"
			          "<th>why</th></tr>\n");
			for (size_t i = 0; i < nr; i++) {
				const crd_rule_hit *h = &sorted[i];
				OB_LIT(b, "<tr><td>");
				if (h->evidence_count)
					ob_printf(b, "<a href=\"#%s-e%zu\">", anchor, h->evidence[0]);
				put_str(b, h->name);
				if (h->evidence_count)
					OB_LIT(b, "</a>");
				OB_LIT(b, "</td><td>");
				put_str(b, h->group);
				ob_printf(b, "</td><td class=\"n\">%.3g</td><td class=\"n\">%+.2f</td><td>",
				          h->hits, h->contribution);
				put_str(b, h->why);
				OB_LIT(b, "</td></tr>\n");
			}
			OB_LIT(b, "</table>\n");
			free(sorted);
		}
	}
	size_t nf = crd_result_feature_count(r);
	OB_LIT(b, "<p class=\"counts\">evidence:");
	for (size_t i = 0; i < nf; i++) {
		const char *name;
		size_t c;
		crd_result_feature(r, i, &name, &c);
		if (i)
			OB_LIT(b, ",");
		OB_LIT(b, " ");
		put_str(b, name);
		ob_printf(b, " %zu", c);
	}
	ob_printf(b, "%s</p>\n", nf ? "" : " none");
	if (crd_result_scored(r))
		ob_printf(b, "<p class=\"legend\"><mark class=\"up\">raised the score</mark> "
		             "<mark class=\"down\">lowered it</mark> <mark>counted by no rule</mark> "
		             "<mark class=\"stmt\">a statement with no source</mark> "
		             "&middot; hover a mark for its evidence</p>\n");
	for (size_t i = 0; i < crd_result_warning_count(r); i++) {
		crd_warning w;
		crd_result_warning(r, i, &w);
		OB_LIT(b, "<p class=\"warn\">warning: ");
		if (w.offset >= 0)
			ob_printf(b, "%d:%d: ", w.line, w.column);
		put_str(b, w.message);
		OB_LIT(b, "</p>\n");
	}
	OB_LIT(b, "<div class=\"text\">");
	put_text(b, r, anchor, m, hits);
	OB_LIT(b, "</div>\n</section>\n");
	free(hits);
	free(m);
}

void html_error(outbuf *b, const char *id, const char *what, const char *message)
{
	OB_LIT(b, "<section>\n<h2>");
	put_str(b, id ? id : "-");
	ob_printf(b, "</h2>\n<p class=\"warn\">error (%s): ", what);
	put_str(b, message);
	OB_LIT(b, "</p>\n</section>\n");
}
