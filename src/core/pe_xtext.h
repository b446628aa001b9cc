/*-------------------------------------------------------------------------
 *
 * pe_xtext.h
 *	  Inline readers of the decoded document (pe_x): literal matching,
 *	  character classes, the first-character filters.  Every stage file
 *	  includes this: in a shared library a call to an exported function
 *	  cannot be inlined (it goes through the PLT), so calls go to these
 *	  static inline copies; pe_xtext.c exports them for pe_extract_table.c.
 *
 * IDENTIFICATION
 *	  src/core/pe_xtext.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_XTEXT_H
#define PE_XTEXT_H

#include "pe_extract_int.h"
#include <string.h>

/* f_unit, f_lead, ...: constant first-character filters */
#include "pe_extract_filters.h"

static inline size_t x_at(const pe_x *x, size_t i, const char *lit);
static inline size_t x_before(const pe_x *x, size_t i, const char *lit);
static inline size_t x_any_at(const pe_x *x, size_t i, const char *const *list, int *which);
static inline size_t x_any_before(const pe_x *x, size_t i, const char *const *list, int *which);
static inline size_t x_find(const pe_x *x, size_t s, size_t e, const char *lit);
static inline size_t x_rfind(const pe_x *x, size_t s, size_t e, const char *lit);
static inline int x_digit(uint32_t c);
static inline int x_latin(uint32_t c);
static inline int x_sentence_end(uint32_t c);
#define pe_x_sentence_end(...) x_sentence_end(__VA_ARGS__)
#define pe_x_at(...) x_at(__VA_ARGS__)
#define pe_x_before(...) x_before(__VA_ARGS__)
#define pe_x_any_at(...) x_any_at(__VA_ARGS__)
#define pe_x_any_before(...) x_any_before(__VA_ARGS__)
#define pe_x_find(...) x_find(__VA_ARGS__)
#define pe_x_rfind(...) x_rfind(__VA_ARGS__)
#define pe_x_digit(...) x_digit(__VA_ARGS__)
#define pe_x_latin(...) x_latin(__VA_ARGS__)

/* ------------------------------------------------------------------ */
/* literal matching over the decoded text							   */
/* ------------------------------------------------------------------ */

/*
 * Number of characters of lit matching at x->cp[i..], else 0.  Compares
 * UTF-8 bytes: the document is char-aligned at boff[i] and a literal
 * never holds U+FFFD, so equal bytes mean equal characters; most calls
 * stop at the first byte.
 */
static inline size_t
x_at(const pe_x *x, size_t i, const char *lit)
{
	const unsigned char *p;
	const unsigned char *l = (const unsigned char *) lit;
	size_t		left,
				k = 0,
				chars = 0;

	if (i >= x->n)
		return 0;
	p = (const unsigned char *) x->doc + x->boff[i];
	left = x->len - x->boff[i];
	if (p[0] != l[0])
		return 0;
	while (l[k])
	{
		if (k >= left || p[k] != l[k])
			return 0;
		if ((l[k] & 0xC0) != 0x80)
			chars++;
		k++;
	}
	/* a literal must end on a character boundary of the document */
	if (k < left && (p[k] & 0xC0) == 0x80 && i + chars < x->n &&
		x->boff[i + chars] != x->boff[i] + k)
		return 0;
	return chars;
}

/* number of characters of lit matching just before x->cp[i], else 0 */
static inline size_t
x_before(const pe_x *x, size_t i, const char *lit)
{
	size_t		ll = strlen(lit),
				b,
				k,
				chars = 0;
	const unsigned char *l = (const unsigned char *) lit;

	if (i > x->n)
		return 0;
	b = x->boff[i];
	if (ll == 0 || ll > b)
		return 0;
	/* the last bytes differ far more often than the first ones */
	if (x->doc[b - 1] != lit[ll - 1] || memcmp(x->doc + b - ll, lit, ll) != 0)
		return 0;
	for (k = 0; k < ll; k++)
		if ((l[k] & 0xC0) != 0x80)
			chars++;
	if (chars > i || x->boff[i - chars] != b - ll)
		return 0;
	return chars;
}

/* first list entry matching at i (longest entries should come first) */
static inline size_t
x_any_at(const pe_x *x, size_t i, const char *const *list, int *which)
{
	int			k;

	for (k = 0; list[k]; k++)
	{
		size_t		m = pe_x_at(x, i, list[k]);

		if (m)
		{
			if (which)
				*which = k;
			return m;
		}
	}
	return 0;
}

static inline size_t
x_any_before(const pe_x *x, size_t i, const char *const *list, int *which)
{
	int			k;

	for (k = 0; list[k]; k++)
	{
		size_t		m = pe_x_before(x, i, list[k]);

		if (m)
		{
			if (which)
				*which = k;
			return m;
		}
	}
	return 0;
}

/* the code point of the first character of a (valid UTF-8) literal */
static inline uint32_t
lit_first(const char *lit)
{
	const unsigned char *u = (const unsigned char *) lit;

	if (u[0] < 0x80)
		return u[0];
	if (u[0] < 0xE0)
		return ((uint32_t) (u[0] & 0x1F) << 6) | (u[1] & 0x3F);
	if (u[0] < 0xF0)
		return ((uint32_t) (u[0] & 0x0F) << 12) | ((uint32_t) (u[1] & 0x3F) << 6) |
			(u[2] & 0x3F);
	return ((uint32_t) (u[0] & 0x07) << 18) | ((uint32_t) (u[1] & 0x3F) << 12) |
		((uint32_t) (u[2] & 0x3F) << 6) | (u[3] & 0x3F);
}

static inline int
filter_has(const pe_filter *f, uint32_t c)
{
	c &= 4095;
	return (int) ((f->bits[c >> 6] >> (c & 63)) & 1);
}

/*
 * pe_x_any_at for a hot word list: behind its first-character filter f
 * (NULL: none), and trying only the entries whose first character fc[k]
 * (generated, 0-terminated) is the one at i.  Same result as pe_x_any_at.
 */
static inline size_t
any_at_w(const pe_x *x, size_t i, const char *const *list, const uint32_t *fc,
		 const pe_filter *f)
{
	uint32_t	c;
	int			k;

	if (i >= x->n)
		return 0;
	c = x->cp[i];
	if (f && !filter_has(f, c))
		return 0;
	for (k = 0; fc[k]; k++)
	{
		size_t		m;

		if (fc[k] == c && (m = pe_x_at(x, i, list[k])) != 0)
			return m;
	}
	return 0;
}

/* a list and its first characters, for any_at_w */
#define WORDS(list) list, fc_##list

/*
 * Does lit occur in [s, e)?  returns its start or (size_t) -1.  A match
 * starts with the literal's first character, so the decoded text is
 * compared first (a literal never holds U+FFFD).
 */
static inline size_t
x_find(const pe_x *x, size_t s, size_t e, const char *lit)
{
	uint32_t	c0 = lit_first(lit);
	size_t		i;

	for (i = s; i < e; i++)
	{
		size_t		m;

		if (x->cp[i] != c0)
			continue;
		m = pe_x_at(x, i, lit);
		if (m && i + m <= e)
			return i;
	}
	return (size_t) -1;
}

/* last occurrence start of lit in [s, e), or (size_t) -1 */
static inline size_t
x_rfind(const pe_x *x, size_t s, size_t e, const char *lit)
{
	uint32_t	c0 = lit_first(lit);
	size_t		i = e;

	while (i > s)
	{
		size_t		m;

		i--;
		if (x->cp[i] != c0)
			continue;
		m = pe_x_at(x, i, lit);
		if (m && i + m <= e)
			return i;
	}
	return (size_t) -1;
}

static inline int
x_digit(uint32_t c)
{
	if (c >= '0' && c <= '9')
		return (int) (c - '0');
	if (c >= 0xFF10 && c <= 0xFF19)
		return (int) (c - 0xFF10);
	return -1;
}

static inline int
x_latin(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		(c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}
static inline int
is_sep(uint32_t c)
{
	return pe_x_sep(c);
}

static inline int
x_sentence_end(uint32_t c)
{
	return c == 0x3002 || c == '!' || c == '?' || c == 0xFF01 ||
		c == 0xFF1F || c == '\n' || c == '\r';
}


/* 多 or 余 right after a number: more than it (30多个, 2000余家) */
static inline int
is_more_word(uint32_t c)
{
	return c == 0x591A || c == 0x4F59;
}

/*
 * Characters of Chinese numerals: those that may start a figure (一 … 九,
 * 十, 两) and those that may continue one (also 零, 〇, 百, 千, 万, 亿).
 */
static inline int
x_han_start(uint32_t c)
{
	/*
	 * The eleven characters differ in their low five bits: one compare.
	 * Empty slots hold a value no code point has.
	 */
	static const uint32_t tab[32] = {
		0x4E00, 0x5341, 0xFFFFFFFF, 0x4E03, 0x4E24, 0xFFFFFFFF, 0xFFFFFFFF,
		0xFFFFFFFF, 0xFFFFFFFF, 0x4E09, 0xFFFFFFFF, 0x516B, 0x4E8C, 0x516D,
		0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF,
		0x4E94, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF,
		0xFFFFFFFF, 0x56DB, 0xFFFFFFFF, 0x4E5D, 0xFFFFFFFF, 0xFFFFFFFF
	};

	return tab[c & 31] == c;
}

static inline int
x_han_numeral(uint32_t c)
{
	return x_han_start(c) || c == 0x96F6 || c == 0x3007 || c == 0x767E ||
		c == 0x5343 || c == 0x4E07 || c == 0x4EBF;
}

/* 百分之 and a numeral at i: a percentage in words (百分之五, 百分之三十) */
static inline int
x_percent_words(const pe_x *x, size_t i)
{
	return x->cp[i] == 0x767E && i + 3 < x->n && x->cp[i + 1] == 0x5206 &&
		x->cp[i + 2] == 0x4E4B && x_han_start(x->cp[i + 3]) &&
		(i == 0 || !x_han_numeral(x->cp[i - 1]));
}

/* may a Chinese-numeral figure start with c?  (a numeral, or 百 of 百分之) */
static inline int
x_han_lead(uint32_t c)
{
	return x_han_start(c) || c == 0x767E;
}

/*
 * Could a Chinese-numeral figure start at i?  A numeral-start character
 * not preceded by a numeral, followed by a numeral character or the first
 * character of a unit; a lone 一 never counts (一个, 一项 are articles).
 * A cheap test, so that the scanner runs at few places.
 */
static inline int
x_han_candidate(const pe_x *x, size_t i)
{
	uint32_t	c = x->cp[i],
				next;

	if (c == 0x767E)
		return x_percent_words(x, i);
	if (!x_han_start(c) || i + 1 >= x->n)
		return 0;
	if (i > 0 && (x_han_numeral(x->cp[i - 1]) || x_digit(x->cp[i - 1]) >= 0))
		return 0;
	next = x->cp[i + 1];
	if (x_han_numeral(next))
	{
		/* a unit must follow the numeral (not 十四五时期) */
		size_t		j = i + 2;

		while (j < x->n && j < i + 16 && x_han_numeral(x->cp[j]))
			j++;
		if (j + 1 < x->n && is_more_word(x->cp[j]))
			j++;				/* 三十多个, 一万多人 */
		return j < x->n && filter_has(&f_unit, x->cp[j]);
	}
	if (c == 0x5341)			/* 十年, 十项, 十多个 */
		return filter_has(&f_unit, next) ||
			(is_more_word(next) && i + 2 < x->n && filter_has(&f_unit, x->cp[i + 2]));
	/* a lone digit counts only before 个百分点 or 个千分点 (see mention_is_noise) */
	return c != 0x4E00 && next == 0x4E2A /* 个 */ && i + 2 < x->n &&
		(x->cp[i + 2] == 0x767E /* 百 */ ||
		 (x->cp[i + 2] == 0x5343 /* 千 */ && i + 3 < x->n && x->cp[i + 3] == 0x5206 /* 分 */ ));
}

/* u equals the literal (the first byte decides most compares) */
static inline int
unit_is(const char *u, const char *lit)
{
	return u[0] == lit[0] && strcmp(u, lit) == 0;
}

static inline int
is_pct(const char *u)
{
	return u && (unit_is(u, "%") || unit_is(u, "‰"));
}

static inline int
is_points(const char *u)
{
	return u && (strstr(u, "百分点") != NULL || strstr(u, "千分点") != NULL);
}

#endif							/* PE_XTEXT_H */
