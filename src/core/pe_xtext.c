/*-------------------------------------------------------------------------
 *
 * pe_xtext.c
 *	  The decoded document of the indicator extractor (pe_x): exported
 *	  copies of the inline readers of pe_xtext.h, strings and numbers at a
 *	  position, units, Traditional folding, and the first-character
 *	  filters' self-check.
 *
 * IDENTIFICATION
 *	  src/core/pe_xtext.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_xtext.h"
#include "pe_extract_words.h"
#include "pe_lexicon.h"
#include "pe_text.h"

#include <stdlib.h>
#include <string.h>


static void
filter_build(pe_filter *f, const char *const *list)
{
	int			k;

	memset(f, 0, sizeof(*f));
	for (k = 0; list[k]; k++)
	{
		uint32_t	c = lit_first(list[k]) & 4095;

		f->bits[c >> 6] |= (uint64_t) 1 << (c & 63);
	}
}

static void
filter_add(pe_filter *f, const char *const *list)
{
	pe_filter	g;
	int			k;

	filter_build(&g, list);
	for (k = 0; k < 64; k++)
		f->bits[k] |= g.bits[k];
}

/* exported copies for pe_extract_table.c */
size_t
(pe_x_at) (const pe_x *x, size_t i, const char *lit)
{
	return x_at(x, i, lit);
}

size_t
(pe_x_before) (const pe_x *x, size_t i, const char *lit)
{
	return x_before(x, i, lit);
}

size_t
(pe_x_any_at) (const pe_x *x, size_t i, const char *const *list, int *which)
{
	return x_any_at(x, i, list, which);
}

size_t
(pe_x_any_before) (const pe_x *x, size_t i, const char *const *list, int *which)
{
	return x_any_before(x, i, list, which);
}

size_t
(pe_x_find) (const pe_x *x, size_t s, size_t e, const char *lit)
{
	return x_find(x, s, e, lit);
}

size_t
(pe_x_rfind) (const pe_x *x, size_t s, size_t e, const char *lit)
{
	return x_rfind(x, s, e, lit);
}

int
(pe_x_digit) (uint32_t c)
{
	return x_digit(c);
}

int
(pe_x_latin) (uint32_t c)
{
	return x_latin(c);
}

/* copy x->text[s..e) into the arena as a NUL-terminated string */
char *
pe_x_str(pe_x *x, size_t s, size_t e)
{
	if (e <= s)
		return pe_arena_strndup(x->arena, "", 0);
	return pe_arena_strndup(x->arena, x->doc + x->boff[s], x->boff[e] - x->boff[s]);
}

/*
 * The Arabic numeral at i ("12", "3.5", "1,234.5", full-width digits),
 * read by the numbers concern's exact scanner (pe_number_scan).  Only
 * the run of digits and separators is given to the scanner, so a
 * magnitude word after it (万, 亿, 千万) stays with the unit as written.
 * Writes the exact decimal (pe_num_format) into buf and the value into
 * *val; returns the characters read, 0 if there is no numeral at i.
 */
size_t
pe_x_number(const pe_x *x, size_t i, char *buf, size_t bufsz, pe_num *val)
{
	size_t		j = i,
				k = i,
				r;
	pe_num		v;

	buf[0] = '\0';
	pe_num_zero(val);
	while (j < x->n && j < i + 40 &&
		   (pe_x_digit(x->cp[j]) >= 0 || x->cp[j] == ',' || x->cp[j] == 0xFF0C ||
			x->cp[j] == '.' || x->cp[j] == 0xFF0E))
		j++;
	if (j == i)
		return 0;
	r = pe_number_scan(x->doc + x->boff[i], x->boff[j] - x->boff[i], &v);
	if (r == 0 || v.kind != PE_NUMK_ARABIC)
		return 0;
	while (k < j && x->boff[k] - x->boff[i] < r)
		k++;
	if (pe_num_format(&v, buf, bufsz) >= bufsz)
	{
		buf[0] = '\0';
		return 0;
	}
	*val = v;
	return k - i;
}

int
(pe_x_sentence_end) (uint32_t c)
{
	return x_sentence_end(c);
}

/* match the unit at i: magnitude prefix + base unit; returns its length */
size_t
pe_x_unit_at(const pe_x *x, size_t i)
{
	size_t		best = 0,
				bl;
	int			m;

	if (i >= x->n)
		return 0;
	if ((bl = any_at_w(x, i, WORDS(base_units), &f_unit)) != 0)
		best = bl;
	/* a magnitude prefix: 万, 亿, 万亿, 千, 百, 兆 */
	if (x->cp[i] == 0x4E07 || x->cp[i] == 0x4EBF || x->cp[i] == 0x5343 ||
		x->cp[i] == 0x767E || x->cp[i] == 0x5146)
	{
		for (m = 0; magnitudes[m]; m++)
		{
			size_t		pl = pe_x_at(x, i, magnitudes[m]);

			if (!pl || i + pl >= x->n)
				continue;
			bl = any_at_w(x, i + pl, WORDS(base_units), &f_unit);
			if (bl && pl + bl > best)
				best = pl + bl;
		}
	}
	return best;
}

size_t
pe_x_char_of(const pe_x *x, size_t b)
{
	size_t		lo = 0,
				hi = x->n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (x->boff[mid] < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}


/* the constant filters against the lists they are made from */
int
pe_x_filters_check(void)
{
	const char *const *const lists[] = {
		predicate_words, lead_words, base_units, up_words
	};
	const pe_filter *const consts[] = {
		&f_predicate, &f_lead, &f_unit, &f_change
	};
	/* the lists read by any_at_w, with their first characters */
	const char *const *const wl[] = {
		base_units, predicate_words, lead_words, up_words, down_words
	};
	const uint32_t *const fc[] = {
		fc_base_units, fc_predicate_words, fc_lead_words, fc_up_words,
		fc_down_words
	};
	int			k;

	for (k = 0; k < 4; k++)
	{
		pe_filter	f;

		filter_build(&f, lists[k]);
		if (consts[k] == &f_change)
			filter_add(&f, down_words);
		if (memcmp(&f, consts[k], sizeof(f)) != 0)
			return k + 1;
	}
	for (k = 0; k < 5; k++)
	{
		int			w;

		for (w = 0; wl[k][w]; w++)
			if (fc[k][w] != lit_first(wl[k][w]))
				return 8 + k;
		if (fc[k][w] != 0)
			return 8 + k;
	}
	return 0;
}

/* note a sentence end at character n with the flags of its sentence */
static int
sentence_end_add(pe_x *x, pe_sentences *sn, size_t n, unsigned fl)
{
	if (sn->n == sn->cap)
	{
		size_t		ncap = sn->cap * 2;
		size_t	   *ns = pe_arena_grow(x->arena, sn->end, sn->n, ncap, sizeof(size_t));
		unsigned char *nf = pe_arena_grow(x->arena, sn->flags, sn->n, ncap, 1);

		if (!ns || !nf)
			return -1;
		sn->end = ns;
		sn->flags = nf;
		sn->cap = ncap;
	}
	sn->end[sn->n] = n;
	sn->flags[sn->n++] = (unsigned char) fl;
	return 0;
}

/*
 * Traditional text read as Simplified: the Simplified form (pe_t2s_cjk) of
 * the Han character c at x->doc[at..at + 3), written into the copy *out
 * (made at the first fold, a copy of x->doc); c itself when it has none
 * or the copy cannot be made.  Both forms are three-byte UTF-8, so byte
 * offsets (and so every quote) are those of the original text.
 */
static inline uint32_t
decode_fold(pe_x *x, size_t at, uint32_t c, char **out)
{
	uint32_t	t = c - 0x4E00u < 0x5200u ? pe_t2s_cjk[c - 0x4E00] : 0;

	if (t < 0x800 || (t >= 0xD800 && t <= 0xDFFF))
		return c;
	if (!*out)
	{
		if ((*out = pe_arena_alloc(x->arena, x->len + 1)) == NULL)
			return c;
		memcpy(*out, x->doc, x->len);
		(*out)[x->len] = 0;
	}
	(*out)[at] = (char) (0xE0 | (t >> 12));
	(*out)[at + 1] = (char) (0x80 | ((t >> 6) & 0x3F));
	(*out)[at + 2] = (char) (0x80 | (t & 0x3F));
	return t;
}

/*
 * A blank character (is_figure_blank of pe_text.c) at x->doc[at]: may the
 * figure-blank pass drop it (pe_text_figure_blank_at)?  Sets *may_drop.
 * No fold produces or removes a blank, a digit or a percent sign (every
 * Simplified form is a Han character, U+3469 and up), so the answer for
 * the original text is the answer for the folded one.
 */
static inline void
decode_blank(const pe_x *x, size_t at, uint32_t c, int *may_drop)
{
	if (may_drop && !*may_drop &&
		(c == ' ' || c == 0xA0 || c == 0x3000 || (c >= 0x2002 && c <= 0x200A) ||
		 c == 0x202F || c == 0x205F))
		*may_drop = pe_text_figure_blank_at(x->doc, x->len, at);
}

/* a three-byte character: its flags, and is it a sentence end? */
static inline int
decode_three(uint32_t c, unsigned *fl)
{
	if (x_han_lead(c))
		*fl |= SF_HAN;
	else if (c >= 0x3002 && (c == 0x3002 || c == 0xFF01 || c == 0xFF1F))
		return 1;
	else if (c - 0xFF10u < 10)
		*fl |= SF_DIGIT;
	return 0;
}

/*
 * Decode x->doc into x->cp and x->boff, and note on the way where the
 * sentences end (the characters of x_sentence_end) and what each holds:
 * an Arabic digit, or a character that may start a Chinese numeral.  The
 * passes after it then go from sentence end to sentence end instead of
 * character by character.  With fold, Traditional characters are read as
 * Simplified (decode_fold: x->doc becomes the folded copy when one
 * changes); with may_drop, *may_drop is set to whether a blank may be
 * dropped (decode_blank).  -1 when out of memory.
 */
int
pe_x_decode(pe_x *x, pe_sentences *sn, int fold, int *may_drop)
{
	const char *doc = x->doc;
	char	   *out = NULL;		/* the folded copy */
	size_t		len = x->len,
				i = 0,
				n = 0;
	unsigned	fl = 0;			/* SF_* of the current sentence */

	x->cp = pe_arena_alloc(x->arena, (len + 1) * sizeof(uint32_t));
	x->boff = pe_arena_alloc(x->arena, (len + 2) * sizeof(size_t));
	x->skip = pe_arena_alloc0(x->arena, len + 1);
	sn->cap = len / 32 + 16;
	sn->end = pe_arena_alloc(x->arena, sn->cap * sizeof(size_t));
	sn->flags = pe_arena_alloc(x->arena, sn->cap);
	if (!x->cp || !x->boff || !x->skip || !sn->end || !sn->flags)
		return -1;
	while (i < len)
	{
		const unsigned char *u = (const unsigned char *) doc + i;
		uint32_t	c;
		int			end = 0;

		pe_arena_poll(x->arena);

		x->boff[n] = i;
		/* fast paths for ASCII and three-byte characters (all of Han) */
		if (u[0] < 0x80)
		{
			c = u[0];
			i++;
			if (c <= '?')
			{
				if ((unsigned) (c - '0') < 10)
					fl |= SF_DIGIT;
				else if (c == '\n')
				{
					end = 1;
					sn->nlines++;
				}
				else if (c == ' ')
					decode_blank(x, i - 1, c, may_drop);
				else
					end = (c == '\r' || c == '!' || c == '?');
			}
		}
		else if ((u[0] & 0xF0) == 0xE0 && i + 2 < len &&
				 ((((u[1] & 0xC0) << 2) | (u[2] & 0xC0)) == 0x280) &&
				 (c = ((uint32_t) (u[0] & 0x0F) << 12) | ((uint32_t) (u[1] & 0x3F) << 6) |
				  (u[2] & 0x3F)) >= 0x800 && c - 0xD800u >= 0x800u)
		{
			/* a well-formed sequence: not overlong, not a surrogate */
			i += 3;
			if (fold && c >= 0x4E00)
				c = decode_fold(x, i - 3, c, &out);
			end = decode_three(c, &fl);
			if (c < 0x3001)
				decode_blank(x, i - 3, c, may_drop);
		}
		else					/* never a digit nor a sentence end */
		{
			c = pe_utf8_next(doc, len, &i);
			if (c == 0xA0)
				decode_blank(x, x->boff[n], c, may_drop);
		}
		x->cp[n] = c;
		if (end)
		{
			if (sentence_end_add(x, sn, n, fl) < 0)
				return -1;
			fl = 0;
		}
		n++;
	}
	sn->last_flags = fl;
	x->boff[n] = len;
	x->cp[n] = 0;
	x->n = n;
	if (out)
		x->doc = out;
	return 0;
}
