/*-------------------------------------------------------------------------
 *
 * pe_text.c
 *	  Sentences and clauses of Chinese plan text.
 *
 * The scanners first match bracket and quote pairs with a bounded stack
 * (pe_text_pairs), then walk the text once, skipping over the inside of
 * matched pairs.  Everything is linear in the input length.
 *
 * IDENTIFICATION
 *	  src/core/pe_text.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_text.h"

#include <string.h>

#include "pe_utf8.h"

/* how deep the pair matcher looks for an opener of the closer's type */
#define PAIR_SEARCH_DEPTH 8
#define PAIR_STACK_MAX 64

/*
 * Pair type of an opening bracket or quote (1..), 0 when cp is not one.
 */
static int
opener_type(uint32_t cp)
{
	switch (cp)
	{
		case 0x201C: return 1;	/* “ */
		case 0x2018: return 2;	/* ‘ */
		case 0x300C: return 3;	/* 「 */
		case 0x300E: return 4;	/* 『 */
		case '(': return 5;
		case 0xFF08: return 5;	/* （ pairs with ) too */
		case 0x300A: return 6;	/* 《 */
		case 0x3008: return 7;	/* 〈 */
		case 0x3010: return 8;	/* 【 */
		case '[': return 9;
		case 0xFF3B: return 9;	/* ［ */
		default: return 0;
	}
}

static int
closer_type(uint32_t cp)
{
	switch (cp)
	{
		case 0x201D: return 1;	/* ” */
		case 0x2019: return 2;	/* ’ */
		case 0x300D: return 3;	/* 」 */
		case 0x300F: return 4;	/* 』 */
		case ')': return 5;
		case 0xFF09: return 5;	/* ） */
		case 0x300B: return 6;	/* 》 */
		case 0x3009: return 7;	/* 〉 */
		case 0x3011: return 8;	/* 】 */
		case ']': return 9;
		case 0xFF3D: return 9;	/* ］ */
		default: return 0;
	}
}

int
pe_text_is_terminator(uint32_t cp)
{
	return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F ||
		cp == '!' || cp == '?';
}

static int
is_newline(uint32_t cp)
{
	return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029;
}

typedef struct span_vec
{
	pe_text_span *v;
	size_t		n;
	size_t		cap;
} span_vec;

static int
span_push(span_vec *sv, pe_arena *arena, size_t start, size_t end)
{
	if (sv->n == sv->cap)
	{
		size_t		ncap = sv->cap ? sv->cap * 2 : 64;
		pe_text_span *nv = pe_arena_grow(arena, sv->v, sv->n, ncap,
										 sizeof(pe_text_span));

		if (nv == NULL)
			return -1;
		sv->v = nv;
		sv->cap = ncap;
	}
	sv->v[sv->n].start = start;
	sv->v[sv->n].end = end;
	sv->n++;
	return 0;
}

/*
 * Outermost matched pairs.  A closer looks for an opener of its type
 * among the top PAIR_SEARCH_DEPTH stack entries; openers above it are
 * dropped as unmatched.  A closer without an opener is ignored.  With
 * PE_SENT_NEWLINES the stack is emptied at every line break.  Pairs
 * longer than PE_TEXT_MAX_QUOTE bytes are not reported.
 */
int
pe_text_pairs(const char *s, size_t len, unsigned flags,
			  pe_arena *arena, pe_text_span **out, size_t *n)
{
	size_t		stack_pos[PAIR_STACK_MAX];
	int			stack_type[PAIR_STACK_MAX];
	int			depth = 0;
	size_t		i = 0;
	span_vec	sv = {NULL, 0, 0};

	while (i < len)
	{
		size_t		at = i;
		uint32_t	cp = pe_utf8_next(s, len, &i);
		int			t;

		pe_arena_poll(arena);

		if ((flags & PE_SENT_NEWLINES) && is_newline(cp))
		{
			depth = 0;
			continue;
		}
		if ((t = opener_type(cp)) != 0)
		{
			if (depth == PAIR_STACK_MAX)
			{
				/* drop the oldest half: they will hardly ever match */
				memmove(stack_pos, stack_pos + PAIR_STACK_MAX / 2,
						sizeof(size_t) * (PAIR_STACK_MAX / 2));
				memmove(stack_type, stack_type + PAIR_STACK_MAX / 2,
						sizeof(int) * (PAIR_STACK_MAX / 2));
				depth = PAIR_STACK_MAX / 2;
			}
			stack_pos[depth] = at;
			stack_type[depth] = t;
			depth++;
		}
		else if ((t = closer_type(cp)) != 0)
		{
			int			k;

			for (k = depth - 1; k >= 0 && k >= depth - PAIR_SEARCH_DEPTH; k--)
				if (stack_type[k] == t)
					break;
			if (k < 0 || k < depth - PAIR_SEARCH_DEPTH)
				continue;		/* unmatched closer */
			depth = k;
			if (i - stack_pos[k] > PE_TEXT_MAX_QUOTE)
				continue;
			/* an outer pair swallows the inner ones already recorded */
			while (sv.n > 0 && sv.v[sv.n - 1].start > stack_pos[k])
				sv.n--;
			if (span_push(&sv, arena, stack_pos[k], i) < 0)
				return -1;
		}
	}
	*out = sv.v;
	*n = sv.n;
	return 0;
}

/* closing quotation marks (not brackets) */
static int
is_quote_closer(uint32_t cp)
{
	return cp == 0x201D || cp == 0x2019 || cp == 0x300D || cp == 0x300F;
}

static int
is_closing_punct(uint32_t cp)
{
	return closer_type(cp) != 0 || cp == '"' || cp == '\'';
}

static int
is_trim_space(uint32_t cp)
{
	return pe_is_space(cp) || is_newline(cp) || cp == '\t' || cp == 0xFEFF;
}

/* push [start, end) trimmed of white space, if not empty */
/* narrow [*start, *end) so it neither begins nor ends with trim space */
static void
trim_span(const char *s, size_t *start, size_t *end)
{
	size_t		i;

	while (*start < *end)
	{
		i = *start;
		if (!is_trim_space(pe_utf8_next(s, *end, &i)))
			break;
		*start = i;
	}
	while (*end > *start)
	{
		i = *end;
		if (!is_trim_space(pe_utf8_prev(s, &i)))
			break;
		*end = i;
	}
}

static int
push_trimmed(span_vec *sv, pe_arena *arena, const char *s, size_t start,
			 size_t end)
{
	trim_span(s, &start, &end);
	if (end > start)
		return span_push(sv, arena, start, end);
	return 0;
}

/*
 * Is the half-width '.' at byte offset at (cp_prev before it) a sentence
 * end?  Only after a Han character or a closing quote, so that decimals,
 * "1." markers and abbreviations are not split.
 */
static int
dot_ends_sentence(uint32_t prev)
{
	return pe_is_han(prev) || prev == 0x201D || prev == 0x300D ||
		prev == 0xFF09 || prev == ')';
}

int
pe_text_sentences(const char *s, size_t len, unsigned flags,
				  const size_t *breaks, size_t nbreaks,
				  pe_arena *arena, pe_text_span **out, size_t *n)
{
	pe_text_span *pairs;
	size_t		npairs;
	size_t		pk = 0;
	size_t		bk = 0;
	size_t		i = 0;
	size_t		start = 0;
	uint32_t	prev = 0;
	span_vec	sv = {NULL, 0, 0};
	int			newlines = (flags & PE_SENT_NEWLINES) != 0;

	*out = NULL;
	*n = 0;
	if (pe_text_pairs(s, len, flags, arena, &pairs, &npairs) < 0)
		return -1;

	while (i < len)
	{
		size_t		at = i;
		uint32_t	cp;

		pe_arena_poll(arena);

		/* forced breaks at or before this position */
		while (bk < nbreaks && breaks[bk] <= at)
		{
			if (breaks[bk] > start && breaks[bk] == at)
			{
				if (push_trimmed(&sv, arena, s, start, at) < 0)
					return -1;
				start = at;
			}
			bk++;
		}
		/* skip over the inside of a matched pair */
		while (pk < npairs && pairs[pk].end <= at)
			pk++;
		if (pk < npairs && pairs[pk].start == at)
		{
			size_t		j = at;

			/* step over the pair, but honour forced breaks inside it */
			while (bk < nbreaks && breaks[bk] < pairs[pk].end)
				bk++;
			i = pairs[pk].end;
			/* closer of the pair, and the character before it */
			j = i;
			prev = pe_utf8_prev(s, &j);
			pk++;
			if (is_quote_closer(prev) && j > at &&
				pe_text_is_terminator(pe_utf8_prev(s, &j)))
			{
				/* “……。” ends the sentence after the closing quote */
				while (i < len)
				{
					size_t		k = i;
					uint32_t	c2 = pe_utf8_next(s, len, &k);

					if (pe_text_is_terminator(c2) || is_closing_punct(c2))
						i = k;
					else
						break;
				}
				if (push_trimmed(&sv, arena, s, start, i) < 0)
					return -1;
				start = i;
			}
			continue;
		}

		cp = pe_utf8_next(s, len, &i);
		if (newlines && is_newline(cp))
		{
			if (push_trimmed(&sv, arena, s, start, at) < 0)
				return -1;
			start = i;
			prev = cp;
			continue;
		}
		if (pe_text_is_terminator(cp) || (cp == '.' && dot_ends_sentence(prev)))
		{
			/* absorb further terminators, ellipses and closing quotes */
			size_t		j = i;

			while (j < len)
			{
				size_t		k = j;
				uint32_t	c2 = pe_utf8_next(s, len, &k);

				if (pe_text_is_terminator(c2) || c2 == 0x2026 ||
					is_closing_punct(c2))
					j = k;
				else
					break;
			}
			i = j;
			if (push_trimmed(&sv, arena, s, start, i) < 0)
				return -1;
			start = i;
			prev = cp;
			continue;
		}
		prev = cp;
	}
	if (push_trimmed(&sv, arena, s, start, len) < 0)
		return -1;
	*out = sv.v;
	*n = sv.n;
	return 0;
}

/* ASCII digit just before byte offset at? */
static int
digit_before(const char *s, size_t at)
{
	return at > 0 && s[at - 1] >= '0' && s[at - 1] <= '9';
}

static int
digit_at(const char *s, size_t end, size_t at)
{
	return at < end && s[at] >= '0' && s[at] <= '9';
}

typedef struct clause_vec
{
	pe_text_clause *v;
	size_t		n;
	size_t		cap;
} clause_vec;

static int
clause_push(clause_vec *cv, pe_arena *arena, const char *s, size_t start,
			size_t end, uint32_t sep)
{
	trim_span(s, &start, &end);
	if (end <= start)
		return 0;
	if (cv->n == cv->cap)
	{
		size_t		ncap = cv->cap ? cv->cap * 2 : 16;
		pe_text_clause *nv = pe_arena_grow(arena, cv->v, cv->n, ncap,
										   sizeof(pe_text_clause));

		if (nv == NULL)
			return -1;
		cv->v = nv;
		cv->cap = ncap;
	}
	cv->v[cv->n].start = start;
	cv->v[cv->n].end = end;
	cv->v[cv->n].sep = sep;
	cv->n++;
	return 0;
}

int
pe_text_clauses(const char *s, size_t start, size_t end, unsigned flags,
				pe_arena *arena, pe_text_clause **out, size_t *n)
{
	pe_text_span *pairs;
	size_t		npairs;
	size_t		pk = 0;
	size_t		i = start;
	size_t		piece = start;
	clause_vec	cv = {NULL, 0, 0};

	*out = NULL;
	*n = 0;
	if (end <= start)
		return 0;
	/* pairs relative to the span: scan only the span */
	if (pe_text_pairs(s + start, end - start, 0, arena, &pairs, &npairs) < 0)
		return -1;

	while (i < end)
	{
		size_t		at = i;
		uint32_t	cp;
		int			split = 0;

		while (pk < npairs && pairs[pk].end + start <= at)
			pk++;
		if (pk < npairs && pairs[pk].start + start == at)
		{
			i = pairs[pk].end + start;
			pk++;
			continue;
		}
		cp = pe_utf8_next(s, end, &i);
		switch (cp)
		{
			case 0xFF1B:		/* ； */
			case ';':
			case 0xFF0C:		/* ， */
				split = 1;
				break;
			case ',':
				/* 1,234 is a number */
				split = !(digit_before(s, at) && digit_at(s, end, i));
				break;
			case 0x3001:		/* 、 */
				split = (flags & PE_CLAUSE_ENUM) != 0;
				break;
			case 0xFF1A:		/* ： */
			case ':':
				split = (flags & PE_CLAUSE_COLON) != 0 &&
					!(cp == ':' && digit_before(s, at) && digit_at(s, end, i));
				break;
			default:
				split = (flags & PE_CLAUSE_SENTENCE) != 0 &&
					pe_text_is_terminator(cp);
				break;
		}
		if (split)
		{
			if (clause_push(&cv, arena, s, piece, at, cp) < 0)
				return -1;
			piece = i;
		}
	}
	if (clause_push(&cv, arena, s, piece, end, 0) < 0)
		return -1;
	*out = cv.v;
	*n = cv.n;
	return 0;
}

/* ---- blanks around figures (pe_text_drop_figure_blanks) ---- */

/* a blank that may be dropped: horizontal, never a tab or a line break */
static int
is_figure_blank(uint32_t cp)
{
	return cp == ' ' || cp == 0xA0 || cp == 0x3000 ||
		(cp >= 0x2002 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F;
}

/*
 * The length of the is_figure_blank byte sequence at p[i..n) (' ', C2 A0,
 * E3 80 80, E2 80 82..8A, E2 80 AF, E2 81 9F), 0 if none.
 */
static size_t
blank_bytes_at(const unsigned char *p, size_t n, size_t i)
{
	unsigned	c;

	if (p[i] == ' ')
		return 1;
	if (p[i] == 0xC2)
		return i + 1 < n && p[i + 1] == 0xA0 ? 2 : 0;
	if (i + 2 >= n || (p[i + 1] & 0xFE) != 0x80)
		return 0;
	c = ((unsigned) p[i] << 16) | ((unsigned) p[i + 1] << 8) | p[i + 2];
	return c == 0xE38080 || (c >= 0xE28082 && c <= 0xE2808A) ||
		c == 0xE280AF || c == 0xE2819F ? 3 : 0;
}

/* do the bytes before p[at] end in a digit or a percent sign (0-9 ０-９ % ％ ‰)? */
static int
digit_or_percent_before(const unsigned char *p, size_t at)
{
	if (at >= 1 && ((unsigned) (p[at - 1] - '0') < 10 || p[at - 1] == '%'))
		return 1;
	if (at < 3)
		return 0;
	if (p[at - 3] == 0xEF && p[at - 2] == 0xBC)
		return (unsigned) (p[at - 1] - 0x90) < 10 || p[at - 1] == 0x85;
	return p[at - 3] == 0xE2 && p[at - 2] == 0x80 && p[at - 1] == 0xB0;
}

/* do the bytes at p[at..n) start with a digit (0-9 ０-９)? */
static int
figure_digit_at(const unsigned char *p, size_t n, size_t at)
{
	if (at < n && (unsigned) (p[at] - '0') < 10)
		return 1;
	return at + 2 < n && p[at] == 0xEF && p[at + 1] == 0xBC &&
		(unsigned) (p[at + 2] - 0x90) < 10;
}

/*
 * Every dropped run has a digit or a percent sign just before it or a
 * digit just after it (figure_blank), so a blank sequence with neither
 * beside it is never dropped.  Invalid bytes decode one at a time, so the
 * bytes beside a blank are read here as the decoder reads them.
 */
int
pe_text_figure_blank_at(const char *s, size_t n, size_t i)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		b = blank_bytes_at(p, n, i);

	return b && (digit_or_percent_before(p, i) || figure_digit_at(p, n, i + b));
}

/*
 * May a blank of s be dropped?  A byte scan (pe_text_figure_blank_at)
 * answers "no" for most text (most plan text has no blank, and its blanks
 * follow a 。) without decoding it a second time.
 */
static int
has_figure_blank_bytes(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i;

	for (i = 0; i < n; i++)
		if ((p[i] == ' ' || p[i] == 0xC2 || p[i] == 0xE2 || p[i] == 0xE3) &&
			pe_text_figure_blank_at(s, n, i))
			return 1;
	return 0;
}

static int
is_fig_digit(uint32_t cp)
{
	return pe_is_ascii_digit(cp) || pe_is_fullwidth_digit(cp);
}

static int
is_percent_sign(uint32_t cp)
{
	return cp == '%' || cp == 0xFF05 || cp == 0x2030;
}

/* is a run of blanks between before and after dropped? */
static int
figure_blank(uint32_t before, uint32_t after)
{
	if (pe_is_han(before))
		return is_fig_digit(after);
	if (is_fig_digit(before))
		return pe_is_han(after) || is_percent_sign(after);
	if (is_percent_sign(before))
		return pe_is_han(after);
	return 0;
}

/*
 * The run of blanks at s[at..): sets *end past it and *nb to its length
 * in characters (3 means three or more: too long to drop); returns the
 * code point after it, 0 at the end of the text.
 */
static uint32_t
blank_run(const char *s, size_t len, size_t at, size_t *end, size_t *nb)
{
	size_t		i = at;

	*nb = 0;
	while (i < len)
	{
		size_t		j = i;
		uint32_t	cp = pe_utf8_next(s, len, &j);

		if (!is_figure_blank(cp) || *nb == 3)
		{
			*end = i;
			return is_figure_blank(cp) ? 0 : cp;
		}
		(*nb)++;
		i = j;
	}
	*end = i;
	return 0;
}

/* note a dropped run of bytes / chars at copy offset o, character c */
static int
blank_map_push(pe_blank_map *m, size_t *cap, pe_arena *arena, size_t o,
			   size_t c, size_t bytes, size_t chars)
{
	if (m->n == *cap)
	{
		size_t		nc = *cap ? *cap * 2 : 16;

		m->boff = pe_arena_grow(arena, m->boff, m->n, nc, sizeof(size_t));
		m->coff = pe_arena_grow(arena, m->coff, m->n, nc, sizeof(size_t));
		m->bsum = pe_arena_grow(arena, m->bsum, m->n, nc, sizeof(size_t));
		m->csum = pe_arena_grow(arena, m->csum, m->n, nc, sizeof(size_t));
		if (!m->boff || !m->coff || !m->bsum || !m->csum)
			return -1;
		*cap = nc;
	}
	m->boff[m->n] = o;
	m->coff[m->n] = c;
	m->bsum[m->n] = bytes + (m->n ? m->bsum[m->n - 1] : 0);
	m->csum[m->n] = chars + (m->n ? m->csum[m->n - 1] : 0);
	m->n++;
	return 0;
}

/*
 * The code point at s[*i] (advancing *i): ASCII and well-formed three-byte
 * sequences (all of CJK) inline, anything else through pe_utf8_next, so
 * that every input decodes exactly as pe_utf8_next decodes it.
 */
static inline uint32_t
next_cp(const char *s, size_t n, size_t *i)
{
	const unsigned char *p = (const unsigned char *) s + *i;

	if (p[0] < 0x80)
	{
		(*i)++;
		return p[0];
	}
	if ((p[0] & 0xF0) == 0xE0 && n - *i >= 3 &&
		(p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
	{
		uint32_t	c = ((uint32_t) (p[0] & 0x0F) << 12) |
			((uint32_t) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);

		if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF))
		{
			*i += 3;
			return c;
		}
	}
	return pe_utf8_next(s, n, i);
}

const char *
pe_text_drop_figure_blanks(const char *s, size_t *len, pe_arena *arena,
						   pe_blank_map *map)
{
	size_t		n = *len,
				i = 0,
				w = 0,			/* bytes of the copy written to out */
				seg = 0,		/* start of the kept bytes not yet written */
				chars = 0,		/* its characters */
				cap = 0;
	uint32_t	before = 0;
	char	   *out = NULL;

	memset(map, 0, sizeof(*map));
	if (!has_figure_blank_bytes(s, n))
		return s;
	while (i < n)
	{
		size_t		at = i,
					end,
					nb;
		uint32_t	cp = next_cp(s, n, &i);

		pe_arena_poll(arena);
		if (is_figure_blank(cp) &&
			figure_blank(before, blank_run(s, n, at, &end, &nb)) && nb < 3)
		{
			if (!out && (out = pe_arena_alloc(arena, n + 1)) == NULL)
			{
				memset(map, 0, sizeof(*map));
				return s;
			}
			/* the kept bytes before the run, then skip it */
			memcpy(out + w, s + seg, at - seg);
			w += at - seg;
			if (blank_map_push(map, &cap, arena, w, chars, end - at, nb) < 0)
			{
				memset(map, 0, sizeof(*map));
				return s;
			}
			i = seg = end;
			continue;
		}
		chars++;
		before = cp;
	}
	if (!out)
		return s;
	memcpy(out + w, s + seg, n - seg);
	w += n - seg;
	out[w] = 0;
	*len = w;
	return out;
}

/* number of runs at offsets below off (is_end) or up to off (a start) */
static size_t
runs_before(const size_t *offs, size_t n, size_t off, int is_end)
{
	size_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (is_end ? offs[mid] < off : offs[mid] <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t
pe_blank_map_byte(const pe_blank_map *map, size_t off, int is_end)
{
	size_t		k = map->n ? runs_before(map->boff, map->n, off, is_end) : 0;

	return off + (k ? map->bsum[k - 1] : 0);
}

size_t
pe_blank_map_char(const pe_blank_map *map, size_t off, int is_end)
{
	size_t		k = map->n ? runs_before(map->coff, map->n, off, is_end) : 0;

	return off + (k ? map->csum[k - 1] : 0);
}
