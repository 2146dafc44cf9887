/* segment.c -- tokeniser and sentence/paragraph splitter over the folded view. */
#include "segment.h"

#include <string.h>

/* Abbreviations whose full stop does not end a sentence: titles and ranks
 * (Canadian police and councils' "Cst.", "Const.", "Coun." too), months,
 * and common shortenings. Folded, without the dot, sorted for
 * bsearch. "etc" is in MAY_END below instead. */
static const char *const abbreviations[] = {
	"adm",  "approx", "apr",   "aug",  "ave",  "bldg", "blvd", "brig", "capt", "cmdr",   "co",
	"col",  "comdr",  "const", "corp", "coun", "cpl",  "cst",  "dec",  "dept", "det",    "dr",
	"esp",  "est",    "feb",   "fig",  "fr",   "ft",   "gen",  "gov",  "hon",  "hr",     "inc",
	"insp", "jan",    "jr",    "jul",  "jun",  "lt",   "ltd",  "maj",  "mar",  "messrs", "mme",
	"mr",   "mrs",    "ms",    "msgr", "mt",   "no",   "nos",  "nov",  "oct",  "op",     "pfc",
	"ph",   "pp",     "pres",  "prof", "pt",   "pvt",  "rd",   "rep",  "reps", "rev",    "sen",
	"sens", "sep",    "sept",  "sgt",  "sr",   "st",   "supt", "vol",  "vs",
};

/* Abbreviations that often end a sentence too: they end one when a capital
 * follows. */
static const char *const may_end[] = { "co", "corp", "etc", "inc", "jr", "ltd", "no", "sr" };

/* Words that cannot go on a name but open sentences, so that after "U.S."
 * or "D.C." they open a new sentence ("... in Washington, D.C. He said"),
 * and after a headline with no full stop they open the report (zones.c); a
 * name may follow an acronym ("U.S. Army", "D.C. Council"). Sorted for
 * bsearch. */
static const char *const clause_openers[] = {
	"a",         "according", "after",   "also",   "an",      "and",  "as",    "asked", "at",
	"before",    "but",       "despite", "during", "earlier", "for",  "he",    "her",   "his",
	"however",   "i",         "if",      "in",     "it",      "its",  "last",  "later", "many",
	"meanwhile", "most",      "now",     "on",     "our",     "she",  "since", "so",    "some",
	"speaking",  "still",     "that",    "the",    "their",   "then", "there", "these", "they",
	"this",      "those",     "we",      "when",   "while",   "yet",  "you",
};

static int word_in(const char *const *list, size_t n, const char *w, size_t len)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strncmp(list[mid], w, len);
		if (c == 0 && list[mid][len] != '\0')
			c = 1;
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

int seg_is_abbreviation(const char *w, size_t n)
{
	return word_in(abbreviations, CRD_ARRAY_LEN(abbreviations), w, n);
}

int seg_is_clause_opener(const char *w, size_t n)
{
	return word_in(clause_openers, CRD_ARRAY_LEN(clause_openers), w, n);
}

static int is_may_end(const char *w, size_t n)
{
	if (n > 0 && w[n - 1] == '.')
		n--;
	return word_in(may_end, CRD_ARRAY_LEN(may_end), w, n) || (n == 3 && memcmp(w, "etc", 3) == 0);
}

/* ---- the scanner, shared by documents and lexicon phrases --------------- */

typedef struct scan {
	const char *f;        /* folded text */
	size_t n;
	const uint32_t *map;  /* NULL for standalone strings */
	const char *orig;
} scan;

static inline uint32_t cp_at(const scan *sc, size_t i, size_t *len)
{
	uint32_t cp;
	size_t l = txt_decode((const unsigned char *)sc->f + i, sc->n - i, &cp);
	if (!l) {
		*len = 1;
		return 0xFFFD;
	}
	*len = l;
	return cp;
}

static inline int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline int alnum_at(const scan *sc, size_t i)
{
	if (i >= sc->n)
		return 0;
	unsigned char c = (unsigned char)sc->f[i];
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || is_digit((char)c);
	size_t l;
	return txt_is_alpha(cp_at(sc, i, &l));
}

static inline int alpha_at(const scan *sc, size_t i)
{
	return alnum_at(sc, i) && !is_digit(sc->f[i]);
}

/* A '-' joins two words only when the input had a hyphen there, not a dash
 * that folding turned into one. */
static inline int is_hyphen(const scan *sc, size_t i)
{
	if (sc->f[i] != '-')
		return 0;
	return !sc->map || sc->orig[sc->map[i]] == '-';
}

static inline int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f';
}

/* Length in bytes of the single code point at i. */
static inline size_t one_cp(const scan *sc, size_t i)
{
	size_t l;
	cp_at(sc, i, &l);
	return l;
}

/* Currency marks written glued to their figure ("Rs256.13", "Sh84.7bn",
 * "R18.92", "N1.3 trillion", "P5", "Php45"): whether s[0..n) is one of
 * them followed by digits only, so that the figure's separators stay in
 * the token and its decimal point ends no sentence. Folded, sorted. */
static const char *const money_marks[] = { "ksh", "kshs", "n", "p", "php", "r", "rs", "sh" };

static int money_mark_digits(const char *s, size_t n)
{
	size_t k = 0;
	while (k < n && s[k] >= 'a' && s[k] <= 'z')
		k++;
	if (k == 0 || k == n || !word_in(money_marks, CRD_ARRAY_LEN(money_marks), s, k))
		return 0;
	for (; k < n; k++)
		if (!is_digit(s[k]) && s[k] != ',' && s[k] != '.')
			return 0;
	return 1;
}

/* Acronyms with dots, "u.s.", "e.g.", "a.m.": two or more single letters each
 * followed by a full stop. Returns the end, or 0 when there is none at i. */
static size_t scan_acronym(const scan *sc, size_t i)
{
	size_t j = i;
	int pairs = 0;
	while (j < sc->n && alpha_at(sc, j)) {
		size_t l = one_cp(sc, j);
		if (j + l >= sc->n || sc->f[j + l] != '.')
			break;
		j += l + 1;
		pairs++;
	}
	return pairs >= 2 ? j : 0;
}

/* The length of the clitic whose apostrophe is at i, or 0: the possessive
 * or contracted "'s", and the auxiliaries "'re", "'ve", "'ll", "'d", "'m"
 * ("they're", "we've", "I'd"), each ending its word. */
static size_t clitic_len(const scan *sc, size_t i)
{
	static const char *const aux[] = { "s", "re", "ve", "ll", "d", "m" };
	const char *f = sc->f;
	for (size_t a = 0; a < CRD_ARRAY_LEN(aux); a++) {
		size_t l = strlen(aux[a]);
		if (i + 1 + l <= sc->n && memcmp(f + i + 1, aux[a], l) == 0 && !alnum_at(sc, i + 1 + l))
			return l + 1;
	}
	return 0;
}

/* Whether the folded word w[0..n) is a pronoun that can be a subject. */
static int pronoun(const char *w, size_t n)
{
	static const char *const pronouns[] = { /* sorted */
		                                "he",    "i",    "it", "she", "that",
		                                "there", "they", "we", "who", "you"
	};
	return word_in(pronouns, CRD_ARRAY_LEN(pronouns), w, n);
}

/*
 * Scans one token starting at i (not whitespace). Returns its end and sets
 * *kind and *flags (TF_DIGIT, TF_HYPHEN, TF_ABBREV, TF_QUOTE).
 */
static size_t scan_token(const scan *sc, size_t i, size_t prev_end, int prev_word, int *kind,
                         int *flags)
{
	const char *f = sc->f;
	size_t n = sc->n;
	*flags = 0;

	if (alnum_at(sc, i)) {
		size_t acr = scan_acronym(sc, i);
		if (acr) {
			*kind = TOK_WORD;
			*flags = TF_ABBREV;
			return acr;
		}
		size_t j = i;
		int digits = 0, letters = 0;
		for (;;) {
			while (j < n && alnum_at(sc, j)) {
				if (is_digit(f[j]))
					digits++;
				else
					letters++;
				j += one_cp(sc, j);
			}
			if (j + 1 >= n)
				break;
			char c = f[j];
			/* Numbers: 1,200 and 4.5 (separators between digits). */
			if ((c == ',' || c == '.') && is_digit(f[j - 1]) && is_digit(f[j + 1]) &&
			    (letters == 0 || money_mark_digits(f + i, j - i))) {
				if (c == ',') {
					size_t k = j + 1, d = 0;
					while (k < n && is_digit(f[k]))
						k++, d++;
					if (d != 3)
						break;
				}
				j++;
				continue;
			}
			if (c == '\'' && alnum_at(sc, j + 1) && letters > 0) {
				/* Keep the possessive 's apart: "source's" -> source + 's;
				 * and a contracted auxiliary after a pronoun, which reads
				 * as one after its subject: "they're" -> they + 're,
				 * "she'll", "who've" (not "could've"). */
				size_t cl = clitic_len(sc, j);
				if (cl && (f[j + 1] == 's' || pronoun(f + i, j - i)))
					break;
				j++;
				continue;
			}
			if (is_hyphen(sc, j) && alnum_at(sc, j + 1)) {
				*flags |= TF_HYPHEN;
				j++;
				continue;
			}
			break;
		}
		if (digits)
			*flags |= TF_DIGIT;
		*kind = letters == 0 ? TOK_NUM : TOK_WORD;
		/* An abbreviation takes its full stop: "gen.", "jan.", "etc.". A
		 * lower-case "v." before a capital joins the two parties of a
		 * case name: "United States v. Stroud", "Barnes et al. v. Lumora". */
		int case_v = j - i == 1 && f[i] == 'v' && sc->map && sc->orig[sc->map[i]] == 'v' &&
		             j + 2 < n && f[j + 1] == ' ' && sc->orig[sc->map[j + 2]] >= 'A' &&
		             sc->orig[sc->map[j + 2]] <= 'Z';
		if (letters && !digits && !(*flags & TF_HYPHEN) && j < n && f[j] == '.' &&
		    (case_v || seg_is_abbreviation(f + i, j - i) || is_may_end(f + i, j - i))) {
			*flags |= TF_ABBREV;
			return j + 1;
		}
		return j;
	}

	unsigned char c = (unsigned char)f[i];
	/* The possessive clitic or a contracted auxiliary, right after a word. */
	if (c == '\'' && prev_word && prev_end == i && clitic_len(sc, i)) {
		*kind = TOK_WORD;
		return i + clitic_len(sc, i);
	}
	if (c == '.' || c == '!' || c == '?') {
		size_t j = i;
		while (j < n && (f[j] == '.' || f[j] == '!' || f[j] == '?'))
			j++;
		*kind = TOK_PUNCT;
		return j;
	}
	if (c == '-') {
		size_t j = i;
		while (j < n && f[j] == '-')
			j++;
		*kind = TOK_PUNCT;
		return j;
	}
	if (c == '"' || c == '\'') {
		*kind = TOK_PUNCT;
		*flags = TF_QUOTE;
		return i + 1;
	}
	if (c < 0x80) {
		*kind = (c == '$' || c == '%' || c == '#' || c == '@' || c == '&' || c == '+' || c == '=' ||
		         c == '<' || c == '>' || c == '|' || c == '~' || c == '^' || c == '*' || c == '`' ||
		         c == '\\')
		                ? TOK_SYM
		                : TOK_PUNCT;
		return i + 1;
	}
	size_t l;
	uint32_t cp = cp_at(sc, i, &l);
	*kind = (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0xA1 && cp <= 0xBF && cp != 0xA2 && cp != 0xA3 &&
	                                            cp != 0xA5 && cp != 0xA9 && cp != 0xAE && cp != 0xB0)
	                ? TOK_PUNCT
	                : TOK_SYM;
	return i + l;
}

size_t seg_tokenize_string(const char *folded, size_t n, seg_token_fn fn, void *ud)
{
	scan sc = { folded, n, NULL, NULL };
	/* A phrase may begin with the possessive clitic ("'s"), which in a
	 * document always follows a word: start as if one preceded it, so that
	 * the phrase tokenises the way the document does. */
	size_t i = 0, count = 0, prev_end = 0;
	int prev_word = 1;
	while (i < n) {
		if (is_space(folded[i])) {
			i++;
			continue;
		}
		int kind, flags;
		size_t e = scan_token(&sc, i, prev_end, prev_word, &kind, &flags);
		if (fn)
			fn(ud, folded + i, e - i, kind);
		count++;
		prev_end = e;
		prev_word = kind == TOK_WORD || kind == TOK_NUM;
		i = e;
	}
	return count;
}

/* Case flags from the input bytes of a token. */
static int case_flags(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	int upper = 0, lower = 0, first = -1;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t l = txt_decode(u + i, n - i, &cp);
		if (!l) {
			i++;
			continue;
		}
		if (txt_is_upper(cp)) {
			upper++;
			if (first < 0)
				first = 1;
		} else if (txt_is_alpha(cp)) {
			lower++;
			if (first < 0)
				first = 0;
		}
		i += l;
	}
	int fl = 0;
	if (first == 1)
		fl |= TF_CAP;
	if (upper >= 2 && lower == 0)
		fl |= TF_UPPER;
	return fl;
}

int seg_tokenize(crd_doc *d)
{
	scan sc = { d->view.fold, d->view.flen, d->view.map, d->text };
	const char *f = sc.f;
	size_t n = sc.n;
	d->toks.n = 0;

	/* Documents without a single blank line put one paragraph per line. */
	int has_blank = 0;
	for (size_t i = 0; i < n && !has_blank; i++) {
		if (f[i] != '\n')
			continue;
		size_t j = i + 1;
		while (j < n && (f[j] == ' ' || f[j] == '\t' || f[j] == '\r'))
			j++;
		if (j < n && f[j] == '\n')
			has_blank = 1;
	}

	size_t i = 0, prev_end = (size_t)-1;
	int prev_word = 0, prev_terminal = 0;
	while (i < n) {
		int newlines = 0, run = 0, maxrun = 0, space = 0;
		while (i < n && is_space(f[i])) {
			space = 1;
			if (f[i] == '\n') {
				newlines++;
				run = 0;
			} else if (++run > maxrun) {
				maxrun = run;
			}
			i++;
		}
		if (i >= n)
			break;
		int kind, flags;
		size_t e = scan_token(&sc, i, prev_end, prev_word, &kind, &flags);
		tok *t = vec_push(&d->toks);
		if (!t)
			return -1;
		t->fs = (uint32_t)i;
		t->fe = (uint32_t)e;
		t->s = sc.map[i];
		/* The end of the token's last character rather than the start of
		 * the next one, so that characters folding to nothing (U+200B,
		 * U+FEFF) after a word stay out of it; but never past the next
		 * one's start, which a token ending inside the "..." of a U+2026
		 * shares with it. */
		uint32_t cp, last = sc.map[e - 1];
		size_t cl = (unsigned char)d->text[last] == 0xC3
		                    ? txt_mojibake((const unsigned char *)d->text + last, d->len - last, &cp)
		                    : 0;
		if (!cl)
			cl = txt_decode((const unsigned char *)d->text + last, d->len - last, &cp);
		size_t end = last + (cl ? cl : 1);
		t->e = end < sc.map[e] ? (uint32_t)end : sc.map[e];
		t->term = -1;
		t->kind = (uint16_t)kind;
		if (space)
			flags |= TF_SPACE;
		if (newlines)
			flags |= TF_NEWLINE;
		/* A blank line, a line break in a document without blank lines, or
		 * a wide gap after a full stop (text whose line breaks were flattened
		 * into runs of spaces) starts a paragraph. */
		if (d->toks.n > 1 && (newlines >= 2 || (newlines == 1 && !has_blank) ||
		                      (newlines == 0 && maxrun >= 3 && prev_terminal)))
			flags |= TF_PARA;
		if (kind == TOK_WORD || kind == TOK_NUM || kind == TOK_SYM)
			flags |= case_flags(d->text + t->s, t->e - t->s);
		t->flags = (uint16_t)flags;
		prev_terminal = kind == TOK_PUNCT && (f[i] == '.' || f[i] == '!' || f[i] == '?' ||
		                                      (flags & TF_QUOTE));
		prev_end = e;
		prev_word = kind == TOK_WORD || kind == TOK_NUM;
		i = e;
	}
	return 0;
}

/* ---- sentences and paragraphs ------------------------------------------ */

static int is_terminal(const crd_doc *d, const tok *t)
{
	if (t->kind != TOK_PUNCT)
		return 0;
	char c = d->view.fold[t->fs];
	return c == '.' || c == '!' || c == '?';
}

static int is_closer(const crd_doc *d, const tok *t)
{
	if (t->kind != TOK_PUNCT || (t->flags & TF_SPACE))
		return 0;
	char c = d->view.fold[t->fs];
	return c == '"' || c == '\'' || c == ')' || c == ']';
}

/* Can t begin a sentence after a full stop? */
static int is_starter(const crd_doc *d, const tok *t)
{
	if (t->flags & TF_CAP)
		return 1;
	if (t->kind == TOK_NUM || t->kind == TOK_SYM)
		return 1;
	if (t->kind == TOK_PUNCT) {
		char c = d->view.fold[t->fs];
		return c == '"' || c == '\'' || c == '(' || c == '[' || c == '-' || (unsigned char)c >= 0x80;
	}
	/* A word: only a letter of a script without case (Arabic, CJK, ...). */
	uint32_t cp;
	size_t l = txt_decode((const unsigned char *)d->text + t->s, t->e - t->s, &cp);
	return l && cp >= 0x80 && !txt_is_upper(cp) && !txt_is_lower(cp);
}

/* Does a line break before token i end the sentence that runs up to i-1? */
static int newline_ends(const crd_doc *d, size_t i)
{
	const tok *t = &d->toks.v[i], *p = &d->toks.v[i - 1];
	if (t->flags & TF_PARA)
		return 1;
	if (t->kind == TOK_WORD && !(t->flags & TF_CAP) && (unsigned char)d->view.fold[t->fs] < 0x80)
		return 0; /* a lower-case word continues a wrapped line */
	if (p->kind == TOK_PUNCT) {
		char c = d->view.fold[p->fs];
		if (c == ',' || (c == '-' && p->fe - p->fs == 1))
			return 0;
	}
	return 1;
}

int seg_split(crd_doc *d)
{
	d->sents.n = 0;
	d->paras.n = 0;
	size_t nt = d->toks.n;
	if (nt == 0)
		return 0;

	size_t sent_start = 0, para_start = 0;
	int pending = 0; /* a sentence-ending mark has been seen */
	for (size_t i = 0; i < nt; i++)
		d->toks.v[i].flags &= (uint16_t)~TF_SENT;

	for (size_t i = 0; i <= nt; i++) {
		int end_sent = 0, end_para = 0;
		if (i == nt) {
			end_sent = end_para = 1;
		} else if (i > sent_start) {
			tok *t = &d->toks.v[i];
			tok *p = &d->toks.v[i - 1];
			if (t->flags & TF_PARA) {
				end_sent = end_para = 1;
			} else if (t->flags & TF_BREAK) {
				end_sent = 1;
			} else if (t->flags & TF_NEWLINE) {
				end_sent = newline_ends(d, i);
			} else if (pending && is_closer(d, t)) {
				/* a closing quote or bracket stays with its sentence */
			} else if (pending) {
				/* "R-S.C.", "D-N.Y.": a letter glued to the full stop
				 * and taking one of its own goes on an abbreviation */
				int glued_letter = !(t->flags & TF_SPACE) && t->kind == TOK_WORD && t->e - t->s == 1 &&
				                   i + 1 < nt && !(d->toks.v[i + 1].flags & TF_SPACE) &&
				                   (d->view.fold[d->toks.v[i + 1].fs] == '.' ||
				                    d->view.fold[d->toks.v[i + 1].fs] == ')');
				/* "Sen. Hal Brewer (R-Tenn.) -- who ...": a dash after a
				 * closed parenthesis goes on with the sentence */
				int paren_dash = p->kind == TOK_PUNCT && d->view.fold[p->fs] == ')' &&
				                 t->kind == TOK_PUNCT && d->view.fold[t->fs] == '-';
				/* "Rs.500", "Feb.1": a figure glued to a full stop that
				 * is glued to a word goes on with the sentence (". 1)"
				 * of a list does not) */
				int glued_figure = !(t->flags & TF_SPACE) && !(p->flags & TF_SPACE) &&
				                   t->kind == TOK_NUM && d->view.fold[p->fs] == '.';
				/* "batting .312", "a .22-caliber rifle": a full stop set
				 * off before and glued to the digits after it is a
				 * decimal point (not ". .1)" opening a list) */
				int lead_point = !(t->flags & TF_SPACE) && (p->flags & TF_SPACE) &&
				                 p->fe - p->fs == 1 && d->view.fold[p->fs] == '.' &&
				                 (t->flags & TF_DIGIT) && is_digit(d->view.fold[t->fs]) &&
				                 !(i + 1 < nt && d->view.fold[d->toks.v[i + 1].fs] == ')');
				end_sent = !glued_letter && !paren_dash && !glued_figure && !lead_point &&
				           is_starter(d, t);
				pending = 0;
			} else if ((p->flags & TF_ABBREV) &&
			           is_may_end(d->view.fold + p->fs, p->fe - p->fs) && (t->flags & TF_CAP) &&
			           (t->flags & TF_SPACE)) {
				/* "... and so on, etc. The next one" */
				end_sent = 1;
			} else if ((p->flags & TF_ABBREV) && p->fe - p->fs >= 4 &&
			           d->view.fold[p->fs + 1] == '.' && (t->flags & TF_CAP) &&
			           (t->flags & TF_SPACE) && t->kind == TOK_WORD &&
			           seg_is_clause_opener(d->view.fold + t->fs, t->fe - t->fs)) {
				/* "... in the U.S. Then she left" */
				end_sent = 1;
			}
		}
		if (end_sent) {
			seg_sentence *s = vec_push(&d->sents);
			if (!s)
				return -1;
			s->tok0 = (uint32_t)sent_start;
			s->tok1 = (uint32_t)i;
			s->s = d->toks.v[sent_start].s;
			s->e = d->toks.v[i - 1].e;
			s->para = (uint32_t)d->paras.n;
			for (size_t k = sent_start; k < i; k++)
				d->toks.v[k].sent = (uint32_t)(d->sents.n - 1);
			d->toks.v[sent_start].flags |= TF_SENT;
			sent_start = i;
			pending = 0;
		}
		if (end_para) {
			seg_para *pa = vec_push(&d->paras);
			if (!pa)
				return -1;
			pa->tok0 = (uint32_t)para_start;
			pa->tok1 = (uint32_t)i;
			pa->s = d->toks.v[para_start].s;
			pa->e = d->toks.v[i - 1].e;
			pa->sent1 = (uint32_t)d->sents.n;
			pa->sent0 = pa->sent1;
			while (pa->sent0 > 0 && d->sents.v[pa->sent0 - 1].tok0 >= para_start)
				pa->sent0--;
			para_start = i;
		}
		if (i < nt) {
			tok *t = &d->toks.v[i];
			if (is_terminal(d, t)) {
				/* "Maj. Gen." style abbreviations carry their own dot; a
				 * lone capital before a full stop is an initial. */
				int initial = 0;
				if (i > 0 && d->view.fold[t->fs] == '.' && t->fe - t->fs == 1 &&
				    !(t->flags & TF_SPACE)) {
					/* not the last letter of "D.C.", glued to a full stop */
					const tok *p = &d->toks.v[i - 1];
					initial = p->kind == TOK_WORD && (p->flags & TF_CAP) && p->e - p->s == 1 &&
					          !(i > 1 && !(p->flags & TF_SPACE) && d->view.fold[d->toks.v[i - 2].fs] == '.');
					/* a party and a state's first initial: "(D-W.Va.)",
					 * "R-N.Y." */
					if (!initial && p->kind == TOK_WORD && p->e - p->s == 3 &&
					    d->text[p->e - 2] == '-' && d->text[p->e - 1] >= 'A' &&
					    d->text[p->e - 1] <= 'Z' && d->text[p->s] >= 'A' &&
					    d->text[p->s] <= 'Z')
						initial = 1;
				}
				pending = !initial;
			} else if (!is_closer(d, t)) {
				pending = 0;
			}
		}
	}
	return 0;
}
