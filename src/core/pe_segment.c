/*-------------------------------------------------------------------------
 *
 * pe_segment.c
 *	  Segmentation of Chinese plan text into tokens.
 *
 * The input is scanned once.  Each run of Han characters is decoded
 * (folded) into an array and segmented by dynamic programming from its
 * end: cost[i] is the cheapest segmentation of the run's suffix at i,
 * where a lexicon word costs 4, and so does a single function word (的, 和:
 * the stop list); any other single character costs 6.  So the fewest words
 * win, a split that leaves stray single characters loses to one that does
 * not (研究生命 -> 研究 生命, not 研究生 命), and a function word standing
 * alone before a word ties with a word that swallows it, the tie going to
 * the function word: 市政府和县委 -> 和 县委, not 和县 委; 工作监督和县政协 ->
 * 和 县政协, not 和县 政协; 人大和县人大 -> 和 县人大 (the county 和县 stays a
 * word where no split into words exists: 安徽省和县).  Remaining ties go to the shorter
 * piece at the left, so the longer word comes later, as in reverse maximum
 * matching, which errs less often on Chinese (鹰城建设 -> 城 建设, not
 * 城建 设).  The candidates at each position come
 * from a walk down the lexicon tries, bounded by the longest entry, so
 * the whole pass is linear in the input.
 *
 * IDENTIFICATION
 *	  src/core/pe_segment.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_segment.h"

#include <string.h>

#include "pe_utf8.h"

#define COST_WORD	4
#define COST_CHAR	6
#define COST_STOPCHAR 4
#define MAX_CANDIDATES 32

/*
 * Decode and fold the character at s[*i]: the common cases (ASCII and
 * well-formed three-byte sequences, which hold all of CJK) inline, the
 * rest through pe_utf8_next and pe_fold_cp.
 */
static inline uint32_t
next_folded(const char *s, size_t len, size_t *i)
{
	const unsigned char *p = (const unsigned char *) s + *i;

	if (p[0] < 0x80)
	{
		(*i)++;
		return (p[0] >= 'A' && p[0] <= 'Z') ? (uint32_t) p[0] + 0x20 : p[0];
	}
	if ((p[0] & 0xF0) == 0xE0 && len - *i >= 3 &&
		(p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
	{
		uint32_t	c = ((uint32_t) (p[0] & 0x0F) << 12) |
			((uint32_t) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);

		if (c >= 0x4E00 && c < 0xA000)
		{
			uint16_t	f = pe_t2s_cjk[c - 0x4E00];

			*i += 3;
			return f ? f : c;
		}
		if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF))
		{
			*i += 3;
			return pe_fold_cp(c);
		}
	}
	return pe_fold_cp(pe_utf8_next(s, len, i));
}

/*
 * Does folding change the character s[start..next), whose folded form is
 * c?  Exact for three-byte characters (all of the CJK block); any other
 * length counts as changed, which only costs the dictionary a fold.
 */
static inline uint32_t
changed_by_fold(const char *s, size_t start, size_t next, uint32_t c)
{
	const unsigned char *p = (const unsigned char *) s + start;

	if (next - start != 3)
		return 1;
	return (((uint32_t) (p[0] & 0x0F) << 12) |
			((uint32_t) (p[1] & 0x3F) << 6) | (p[2] & 0x3F)) != c;
}

/* character classes of folded code points */
enum
{
	CL_BLANK,
	CL_HAN,
	CL_DIGIT,
	CL_LATIN,					/* ASCII letter */
	CL_LETTER					/* letter of another alphabet */
};

static inline int
char_class(uint32_t c)
{
	if (c < 0x80)
	{
		if (c >= '0' && c <= '9')
			return CL_DIGIT;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			return CL_LATIN;
		return CL_BLANK;
	}
	if ((c >= 0x4E00 && c <= 0x9FFF) || pe_is_han(c))
		return CL_HAN;
	if ((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
		(c >= 0x370 && c <= 0x3FF && c != 0x37E && c != 0x387) ||
		(c >= 0x400 && c <= 0x52F) ||
		(c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) ||
		(c >= 0x3131 && c <= 0x318E) || (c >= 0xAC00 && c <= 0xD7A3))
		return CL_LETTER;
	return CL_BLANK;
}

/*
 * One-character function words: the stop list (only ever applied to
 * single-character tokens, so no lexicon word loses a character):
 *   与且个为之也了于从以们但其则即却又及各向和因在地如对将就已并得或所把按是此每由的着等而若被该过还这那都
 * Segmentation asks for every Han character, so membership is a perfect
 * hash: slot ((c * 15252) >> 7) & 127 holds c when c is on the list.
 */
static const uint16_t stop_slots[128] = {
	0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
	0x4EEC, 0x5411, 0x0000, 0x628A, 0x0000, 0x6216, 0x4E86, 0x53C8,
	0x0000, 0x6BCF, 0x4ECE, 0x0000, 0x5176, 0x800C, 0x7531, 0x0000,
	0x4E4B, 0x0000, 0x6240, 0x0000, 0x5E76, 0x5BF9, 0x0000, 0x0000,
	0x5F97, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
	0x6309, 0x0000, 0x5C06, 0x5DF2, 0x0000, 0x0000, 0x5C31, 0x4E3A,
	0x0000, 0x0000, 0x7B49, 0x56E0, 0x4E0E, 0x0000, 0x5728, 0x0000,
	0x0000, 0x0000, 0x0000, 0x0000, 0x4E2A, 0x0000, 0x0000, 0x0000,
	0x0000, 0x0000, 0x90FD, 0x6B64, 0x0000, 0x0000, 0x4EE5, 0x0000,
	0x4E8E, 0x548C, 0x0000, 0x0000, 0x0000, 0x0000, 0x8BE5, 0x0000,
	0x662F, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x88AB,
	0x8FD9, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x90A3, 0x0000,
	0x7684, 0x8FD8, 0x7740, 0x0000, 0x0000, 0x0000, 0x82E5, 0x4E5F,
	0x0000, 0x0000, 0x5982, 0x0000, 0x4F46, 0x0000, 0x0000, 0x5730,
	0x0000, 0x0000, 0x5219, 0x0000, 0x0000, 0x0000, 0x5374, 0x0000,
	0x8FC7, 0x0000, 0x0000, 0x0000, 0x5404, 0x53CA, 0x5373, 0x4E14,
};

static inline int
is_stop_cp(uint32_t c)
{
	return c >= 0x4E00 && c < 0xA000 && stop_slots[((c * 15252u) >> 7) & 127] == c;
}

typedef struct tokbuf
{
	pe_arena   *arena;
	pe_token   *tok;
	size_t		n;
	size_t		cap;
} tokbuf;

static inline int
push(tokbuf *tb, size_t off, size_t len, int type, uint32_t node, uint32_t folds)
{
	if (tb->n == tb->cap)
	{
		size_t		ncap = tb->cap ? tb->cap * 2 : 64;

		tb->tok = pe_arena_grow(tb->arena, tb->tok, tb->n, ncap, sizeof(pe_token));
		if (tb->tok == NULL)
			return -1;
		tb->cap = ncap;
	}
	tb->tok[tb->n].off = (uint32_t) off;
	tb->tok[tb->n].len = (uint32_t) len;
	tb->tok[tb->n].type = type;
	tb->tok[tb->n].node = node;
	tb->tok[tb->n].folds = folds;
	tb->n++;
	return 0;
}

/* white space: one blank token for a run of it */
static inline int
is_space_cp(uint32_t c)
{
	return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || c == 0x3000;
}

/* dashes and ellipses: a run of one is one mark (——, ……, as SIGHAN writes) */
static inline int
is_run_mark(uint32_t c)
{
	return (c >= 0x2012 && c <= 0x2015) || c == 0x2026 || c == 0x2500 || c == 0x22EF;
}

/*
 * A blank character c at s[off..off+len).  Each punctuation mark is a
 * token of its own (“，” is three), so that plan_segment shows the marks
 * the way word-segmentation corpora count them; a run of white space, or
 * of one dash or ellipsis character, is one token.
 */
static int
push_blank(tokbuf *tb, size_t off, size_t len, uint32_t c, uint32_t *prevc)
{
	pe_token   *last = tb->n > 0 ? &tb->tok[tb->n - 1] : NULL;

	if (last != NULL && last->type == PE_TOK_BLANK && last->off + last->len == off &&
		last->len + len <= PE_TOKEN_MAX_BYTES &&
		((is_space_cp(c) && is_space_cp(*prevc)) || (c == *prevc && is_run_mark(c))))
	{
		last->len += (uint32_t) len;
		return 0;
	}
	*prevc = c;
	return push(tb, off, len, PE_TOK_BLANK, 0, 1);
}

/* work arrays for one Han run, grown as needed */
typedef struct hanbuf
{
	uint32_t   *cp;				/* folded characters */
	uint32_t   *boff;			/* byte offset of each character, n + 1 */
	uint32_t   *cost;			/* n + 1 */
	uint8_t    *choice;			/* chosen length at i */
	uint8_t    *user;			/* choice came from the user trie */
	uint32_t   *node;			/* built-in trie node of the choice, or 0 */
	uint32_t   *gcost;			/* general dictionary path cost, n + 1 */
	uint8_t    *gchoice;		/* general dictionary choice at i */
	size_t		cap;
} hanbuf;

static int
hanbuf_reserve(pe_arena *a, hanbuf *h, size_t n)
{
	size_t		cap;

	if (n + 1 <= h->cap)
		return 0;
	cap = h->cap ? h->cap : 256;
	while (cap < n + 1)
		cap *= 2;
	/* the characters collected so far are kept; the rest is refilled */
	h->cp = pe_arena_grow(a, h->cp, h->cap ? h->cap - 1 : 0, cap, sizeof(uint32_t));
	h->boff = pe_arena_grow(a, h->boff, h->cap ? h->cap - 1 : 0, cap, sizeof(uint32_t));
	h->cost = pe_arena_alloc(a, cap * sizeof(uint32_t));
	h->choice = pe_arena_alloc(a, cap);
	h->user = pe_arena_alloc(a, cap);
	h->node = pe_arena_alloc(a, cap * sizeof(uint32_t));
	h->gcost = pe_arena_alloc(a, cap * sizeof(uint32_t));
	h->gchoice = pe_arena_alloc(a, cap);
	if (!h->cp || !h->boff || !h->cost || !h->choice || !h->user || !h->node ||
		!h->gcost || !h->gchoice)
		return -1;
	h->cap = cap;
	return 0;
}

/*
 * The cheapest segmentation of h's suffixes, from the end: cost[i],
 * choice[i] (length of the first piece) and user[i].  Inline with user a
 * constant, so that the common case, no user words, tests nothing for
 * them per character.
 */
static inline void
segment_costs(hanbuf *h, size_t n, const pe_trie *builtin, const pe_trie *user)
{
	size_t		i;
	uint8_t		lens[MAX_CANDIDATES];
	uint32_t	nodes[MAX_CANDIDATES];

	h->cost[n] = 0;
	for (i = n; i-- > 0;)
	{
		int			k,
					j;
		uint32_t	best = h->cost[i + 1] +
		(is_stop_cp(h->cp[i]) ? COST_STOPCHAR : COST_CHAR);
		uint8_t		bestlen = 1,
					bestuser = 0;
		uint32_t	bestnode = 0;

		k = pe_trie_prefixes(builtin, h->cp + i, n - i, lens, nodes, MAX_CANDIDATES);
		for (j = 0; j < k; j++)
		{
			uint32_t	c = h->cost[i + lens[j]] + COST_WORD;

			if (c < best || (c == best && lens[j] < bestlen))
			{
				best = c;
				bestlen = lens[j];
				bestnode = nodes[j];
			}
		}
		if (user != NULL)
		{
			k = pe_trie_prefixes(user, h->cp + i, n - i, lens, NULL, MAX_CANDIDATES);
			for (j = 0; j < k; j++)
			{
				uint32_t	c = h->cost[i + lens[j]] + COST_WORD;

				if (c < best || (c == best && lens[j] < bestlen))
				{
					best = c;
					bestlen = lens[j];
					bestuser = 1;
					bestnode = 0;
				}
			}
		}
		h->cost[i] = best;
		h->choice[i] = bestlen;
		h->user[i] = bestuser;
		h->node[i] = bestnode;
	}
}

/*
 * The most probable segmentation of h->cp[a..b) by the general dictionary
 * (pe_general_dict), as jieba computes it: over the graph of dictionary
 * words, the path of least total cost (cost = -log probability), by
 * dynamic programming from the right; a character no word covers costs
 * the dictionary's unknown cost.  Fills gcost[a..b] and gchoice[a..b).
 */
static void
general_costs(hanbuf *h, size_t a, size_t b)
{
	const pe_gdict *g = &pe_general_dict;
	size_t		i;
	uint8_t		lens[PE_GEN_MAX_WORD];
	uint32_t	costs[PE_GEN_MAX_WORD];

	h->gcost[b] = 0;
	for (i = b; i-- > a;)
	{
		int			k = pe_gdict_prefixes(g, h->cp + i, b - i, lens, costs, PE_GEN_MAX_WORD),
					j;
		uint32_t	best;
		uint8_t		bestlen = 1;

		if (k > 0 && lens[0] == 1)
			best = costs[0] + h->gcost[i + 1];
		else
			best = g->unknown + h->gcost[i + 1];
		for (j = 0; j < k; j++)
		{
			uint32_t	c = costs[j] + h->gcost[i + lens[j]];

			if (lens[j] > 1 && c <= best)
			{
				best = c;
				bestlen = lens[j];
			}
		}
		h->gcost[i] = best;
		h->gchoice[i] = bestlen;
	}
}

/* a digit of a year in Chinese numerals (〇 and 零 both zero) */
static inline int
cn_year_digit(uint32_t c)
{
	return c == 0x3007 || c == 0x96F6 || c == 0x4E00 || c == 0x4E8C ||
		c == 0x4E09 || c == 0x56DB || c == 0x4E94 || c == 0x516D ||
		c == 0x4E03 || c == 0x516B || c == 0x4E5D;
}

/*
 * A year in Chinese numerals starts at h->cp[i]: four digits and 年, not
 * inside a longer numeral (二〇二五年, 一九九九年, 二○○一年 with the
 * circle read as 〇 when the run was collected).
 */
static int
numeral_year_at(const hanbuf *h, size_t i, size_t n)
{
	size_t		k;

	if (i + 5 > n || h->cp[i + 4] != 0x5E74 || (i > 0 && cn_year_digit(h->cp[i - 1])))
		return 0;
	for (k = i; k < i + 4; k++)
		if (!cn_year_digit(h->cp[k]))
			return 0;
	return 1;
}

/*
 * The unit a number takes into its word, at s[i] right after the digits:
 * 年 月 日 时 分 秒 (2035年, 12月, 31日, 10时30分; not 年 of 年代, a word of
 * its own: 80 年代), 月份 (12月份), the
 * magnitudes 万 亿 万亿 (50万, 1.3万亿) and the per-cent sign (5.5%).
 * Segmentation standards write these as one word with the number (the
 * SIGHAN sets: １９９７年, ３１日, ５０万, ３０％), and so does plan text
 * (到2035年, 增长5.5%).  Returns the end of the unit, or i when none.
 * Units of measure (元, 吨, 公里) stay words of their own.
 */
static size_t
number_unit_end(const char *s, size_t len, size_t i)
{
	size_t		j = i,
				k;
	uint32_t	c;

	if (i >= len)
		return i;
	c = next_folded(s, len, &j);
	if (c == '%')
		return j;
	if (c != 0x5E74 && c != 0x6708 && c != 0x65E5 && c != 0x65F6 &&
		c != 0x5206 && c != 0x79D2 && c != 0x4E07 && c != 0x4EBF)
		return i;
	if ((c == 0x6708 || c == 0x4E07 || c == 0x5E74) && j < len)
	{
		uint32_t	c2;

		k = j;
		c2 = next_folded(s, len, &k);
		/* 月份, 万亿 */
		if ((c == 0x6708 && c2 == 0x4EFD) || (c == 0x4E07 && c2 == 0x4EBF))
			return k;
		/* 年代 is a word of its own: 80 年代 */
		if (c == 0x5E74 && c2 == 0x4EE3)
			return i;
	}
	return j;
}

/*
 * The end of the character at s[j] when it lies in lo..hi (setting *c to
 * it), else 0: what follows a joiner (R&D, 8.5) must be of the kind before it.
 */
static size_t
joined_next(const char *s, size_t len, size_t j, uint32_t lo, uint32_t hi, uint32_t *c)
{
	size_t		k = j;

	if (j >= len)
		return 0;
	*c = next_folded(s, len, &k);
	return *c >= lo && *c <= hi ? k : 0;
}

/*
 * Does the digit run at s[i..) read as a figure rather than as part of a
 * name, after nletters ASCII letters?  Letters then digits stay one word
 * when the digits name a thing (PM2.5, PM10, G20, CO2, IPv6, ISO9001, and
 * the road numbers G328, S272, X584 of one letter), but a figure written
 * straight after an abbreviation of two or more letters is a word of its
 * own (GDP2917.85亿元, CPI102.3, GDP5.2%, GDP100亿, gdp2024年): a decimal
 * point after two or more digits, or a magnitude, per-cent sign or 年
 * after the run.
 */
static int
figure_follows(const char *s, size_t len, size_t i, size_t nletters)
{
	size_t		ndig = 0,
				j = i;
	int			point = 0;

	if (nletters < 2)
		return 0;
	while (j < len)
	{
		size_t		k = j;
		uint32_t	c = next_folded(s, len, &k);

		if (c >= '0' && c <= '9')
			ndig += !point;
		else if (c == '.' && !point && ndig > 0)
			point = 1;
		else
			return (point && ndig >= 2) ||
				(c == '%' || c == 0x4E07 || c == 0x4EBF || c == 0x5E74);
		j = k;
	}
	return point && ndig >= 2;
}

/*
 * segment the n Han characters in h (byte offsets relative to the input);
 * folds: whether folding changed any character of the run.
 *
 * Two passes.  The plan lexicon and the user words decide first
 * (segment_costs), so plan terms come out exactly as the plan lexicon
 * alone cuts them; then each stretch of two or more characters that pass
 * left as single characters is cut by the general dictionary
 * (general_costs).
 */
static int
segment_han(tokbuf *tb, hanbuf *h, size_t n, const pe_lexset *lx, uint32_t folds)
{
	size_t		i;

	if (lx->user == NULL)
		segment_costs(h, n, lx->builtin, NULL);
	else
		segment_costs(h, n, lx->builtin, lx->user);
	for (i = 0; i < n;)
	{
		size_t		e = i + h->choice[i];
		int			type;

		if (numeral_year_at(h, i, n))
		{
			/* 二〇二五年, 一九九九年: one word, as 2025年 is one date */
			if (push(tb, h->boff[i], h->boff[i + 5] - h->boff[i],
					 PE_TOK_CJKWORD, 0, folds) < 0)
				return -1;
			i += 5;
			continue;
		}
		if (h->choice[i] == 1)
		{
			/* a stretch of single characters: the general dictionary */
			size_t		b = i + 1,
						k;

			while (b < n && h->choice[b] == 1 && !numeral_year_at(h, b, n))
				b++;
			if (b - i >= 2)
				general_costs(h, i, b);
			else
				h->gchoice[i] = 1;
			for (k = i; k < b; k += h->gchoice[k])
			{
				size_t		ke = k + h->gchoice[k];

				if (push(tb, h->boff[k], h->boff[ke] - h->boff[k],
						 ke - k == 1 ? PE_TOK_CJKCHAR : PE_TOK_CJKWORD, 0, folds) < 0)
					return -1;
			}
			i = b;
			continue;
		}
		type = h->user[i] ? PE_TOK_USERWORD : PE_TOK_CJKWORD;
		if (push(tb, h->boff[i], h->boff[e] - h->boff[i], type,
				 type == PE_TOK_CJKWORD ? h->node[i] : 0, folds) < 0)
			return -1;
		i = e;
	}
	return 0;
}

int
pe_segment(pe_arena *arena, const char *s, size_t len, const pe_lexset *lx,
		   pe_token **tokens, size_t *ntokens)
{
	tokbuf		tb;
	hanbuf		h;
	size_t		i = 0;
	uint32_t	blankc = 0;
	pe_lexset	none;

	*tokens = NULL;
	*ntokens = 0;
	if (len >= ((size_t) 1 << 31))
		return -1;
	if (lx == NULL)
	{
		none.builtin = &pe_lexicon_builtin;
		none.user = NULL;
		lx = &none;
	}
	memset(&tb, 0, sizeof(tb));
	memset(&h, 0, sizeof(h));
	tb.arena = arena;
	/* plan text has a token every three to four bytes: size for that */
	tb.cap = len / 3 + 16;
	tb.tok = pe_arena_alloc(arena, tb.cap * sizeof(pe_token));
	if (tb.tok == NULL)
		return -1;

	while (i < len)
	{
		size_t		start = i;
		uint32_t	c = next_folded(s, len, &i);
		int			cl = char_class(c);

		pe_arena_poll(arena);

		if (cl == CL_HAN)
		{
			size_t		n = 0,
						next = i;
			uint32_t	folds = 0;

			/* collect the run */
			for (;;)
			{
				if (hanbuf_reserve(arena, &h, n + 1) < 0)
					return -1;
				h.cp[n] = c;
				h.boff[n] = (uint32_t) start;
				folds |= changed_by_fold(s, start, next, c);
				n++;
				if (next >= len)
					break;
				{
					size_t		j = next;
					uint32_t	c2 = next_folded(s, len, &j);

					if (char_class(c2) != CL_HAN)
					{
						/* ○ after a Chinese digit is the zero 〇 (二○○一年) */
						if (c2 != 0x25CB || !cn_year_digit(c))
							break;
						c2 = 0x3007;
					}
					start = next;
					next = j;
					c = c2;
				}
			}
			h.boff[n] = (uint32_t) next;
			if (segment_han(&tb, &h, n, lx, folds) < 0)
				return -1;
			i = next;
		}
		else if (cl == CL_DIGIT || cl == CL_LATIN || cl == CL_LETTER)
		{
			int			digits = cl == CL_DIGIT,
						latin = cl == CL_LATIN,
						other = cl == CL_LETTER;
			uint32_t	prev = c;
			size_t		nch = 1;	/* characters so far */

			while (i < len && i - start < PE_TOKEN_MAX_BYTES - 8)
			{
				size_t		j = i;
				uint32_t	c2 = next_folded(s, len, &j);
				int			cl2 = char_class(c2);

				/* GDP2917.85: the abbreviation and the figure, two words */
				if (cl2 == CL_DIGIT && latin && !digits && !other &&
					figure_follows(s, len, i, nch))
					break;
				if (cl2 == CL_DIGIT || cl2 == CL_LATIN || cl2 == CL_LETTER)
				{
					digits |= cl2 == CL_DIGIT;
					latin |= cl2 == CL_LATIN;
					other |= cl2 == CL_LETTER;
					prev = c2;
					i = j;
					nch++;
					continue;
				}
				/*
				 * a joiner between two characters of one kind: an ampersand
				 * between letters (R&D, M&A, AT&T), a decimal point between
				 * digits (8.5, PM2.5)
				 */
				{
					uint32_t	c3;
					size_t		k = 0;

					if (c2 == '&' && cl == CL_LATIN && !digits && !other &&
						prev >= 'a' && prev <= 'z')
						k = joined_next(s, len, j, 'a', 'z', &c3);
					else if (c2 == '.' && prev >= '0' && prev <= '9')
						k = joined_next(s, len, j, '0', '9', &c3);
					if (k != 0)
					{
						prev = c3;
						i = k;
						continue;
					}
				}
				break;
			}
			if (digits && !latin && !other)
				i = number_unit_end(s, len, i);
			if (push(&tb, start, i - start,
					 other ? PE_TOK_WORD :
					 (digits && latin) ? PE_TOK_NUMWORD :
					 digits ? PE_TOK_NUMBER : PE_TOK_ASCIIWORD, 0, 1) < 0)
				return -1;
		}
		else
		{
			if (push_blank(&tb, start, i - start, c, &blankc) < 0)
				return -1;
		}
	}
	*tokens = tb.tok;
	*ntokens = tb.n;
	return 0;
}

int
pe_blank_is_space(const char *tok, size_t len)
{
	size_t		i = 0;

	return len > 0 && is_space_cp(next_folded(tok, len, &i));
}

size_t
pe_fold_into(const char *s, size_t len, char *out)
{
	size_t		i = 0,
				o = 0;

	while (i < len)
	{
		size_t		start = i;
		uint32_t	c = next_folded(s, len, &i);

		/* a three-byte character folding leaves alone: copy it */
		if (!changed_by_fold(s, start, i, c))
		{
			memcpy(out + o, s + start, 3);
			o += 3;
		}
		else
			o += (size_t) pe_utf8_encode(c, out + o);
	}
	out[o] = '\0';
	return o;
}

char *
pe_fold_text(pe_arena *arena, const char *s, size_t len, size_t *outlen)
{
	/* an invalid byte becomes U+FFFD: at most three bytes per input byte */
	char	   *out = pe_arena_alloc(arena, len * 3 + 1);

	if (out == NULL)
		return NULL;
	*outlen = pe_fold_into(s, len, out);
	return out;
}

/*
 * The parts the built-in table lists for the entry at node, as byte spans
 * (boff: byte offset of each of the word's n characters, n + 1 entries).
 */
static size_t
parts_of_node(const pe_trie *tr, uint32_t node, const uint32_t *boff, size_t n,
			  pe_span *out, size_t max)
{
	uint32_t	k,
				e = tr->part_start[node + 1];
	size_t		count = 0;

	for (k = tr->part_start[node]; k < e && count < max; k++)
	{
		uint8_t		ps = tr->parts[2 * k],
					pl = tr->parts[2 * k + 1];

		if ((size_t) ps + pl > n)
			break;				/* not this word's node */
		out[count].off = boff[ps];
		out[count].len = boff[ps + pl] - boff[ps];
		count++;
	}
	return count;
}

size_t
pe_word_parts_node(const pe_trie *t, uint32_t node, const char *w, size_t len,
				   pe_span *out, size_t max)
{
	uint32_t	boff[PE_LEX_MAX_WORD + 1];
	size_t		n = 0,
				b;

	if (t->part_start == NULL || node == 0 || node >= t->nnodes || !t->is_word[node])
		return 0;
	/* character boundaries: the lead bytes */
	for (b = 0; b < len; b++)
		if (((unsigned char) w[b] & 0xC0) != 0x80)
		{
			if (n >= PE_LEX_MAX_WORD)
				return 0;
			boff[n++] = (uint32_t) b;
		}
	boff[n] = (uint32_t) len;
	if (n < 3)
		return 0;
	return parts_of_node(t, node, boff, n, out, max);
}

size_t
pe_word_parts(const pe_lexset *lx, const char *w, size_t len,
			  pe_span *out, size_t max)
{
	uint32_t	cps[PE_LEX_MAX_WORD];
	uint32_t	boff[PE_LEX_MAX_WORD + 1];
	size_t		n = 0,
				b = 0,
				i,
				count = 0;
	uint8_t		lens[MAX_CANDIDATES];

	while (b < len)
	{
		size_t		adv;

		if (n >= PE_LEX_MAX_WORD)
			return 0;
		boff[n] = (uint32_t) b;
		cps[n++] = pe_utf8_peek(w, len, b, &adv);
		b += adv;
	}
	boff[n] = (uint32_t) b;
	if (n < 3)
		return 0;
	if (lx->user == NULL && lx->builtin->part_start != NULL)
	{
		/* a built-in entry lists its parts: one walk down the trie */
		const pe_trie *tr = lx->builtin;
		uint32_t	node = 0;

		for (i = 0; i < n && (i == 0 || node != 0); i++)
			node = pe_trie_child(tr, node, cps[i]);
		if (node != 0 && tr->is_word[node])
			return parts_of_node(tr, node, boff, n, out, max);
	}
	for (i = 0; i < n; i++)
	{
		int			t;

		for (t = 0; t < 2; t++)
		{
			const pe_trie *tr = t == 0 ? lx->builtin : lx->user;
			int			k,
						j;

			if (tr == NULL)
				continue;
			k = pe_trie_prefixes(tr, cps + i, n - i, lens, NULL, MAX_CANDIDATES);
			for (j = 0; j < k; j++)
			{
				uint32_t	plen = boff[i + lens[j]] - boff[i];
				size_t		m;
				int			dup = 0;

				if (i == 0 && lens[j] == n)
					continue;
				/*
				 * each text once: a word in both tries, or a part that
				 * occurs twice (治理 in 治理体系和治理能力)
				 */
				for (m = 0; m < count && !dup; m++)
					if (out[m].len == plen && memcmp(w + out[m].off, w + boff[i], plen) == 0)
						dup = 1;
				if (dup)
					continue;
				if (count == max)
					return count;
				out[count].off = boff[i];
				out[count].len = plen;
				count++;
			}
		}
	}
	return count;
}


size_t
pe_token_lexemes(const pe_lexset *lx, const char *tok, size_t len,
				 uint32_t node, uint32_t folds, unsigned options,
				 char *out, size_t *outlen, pe_span *spans, size_t max)
{
	size_t		wlen,
				n;

	if (folds)
		wlen = pe_fold_into(tok, len, out);
	else
	{
		memcpy(out, tok, len);
		out[len] = '\0';
		wlen = len;
	}
	*outlen = wlen;
	if ((options & PE_LEX_STOPWORDS) && wlen <= 4 && pe_is_stopword(out, wlen))
		return 0;
	if (max == 0)
		return 0;
	spans[0].off = 0;
	spans[0].len = (uint32_t) wlen;
	n = 1;
	/* sub-words: compounds of three or more characters (9 bytes) */
	if ((options & PE_LEX_SUBWORDS) && wlen >= 9 && max > 1)
	{
		pe_lexset	none;

		if (lx == NULL)
		{
			none.builtin = &pe_lexicon_builtin;
			none.user = NULL;
			lx = &none;
		}
		if (node != 0 && lx->user == NULL)
			n += pe_word_parts_node(lx->builtin, node, out, wlen, spans + 1, max - 1);
		else
			n += pe_word_parts(lx, out, wlen, spans + 1, max - 1);
	}
	return n;
}

size_t
pe_number_unit_len(const char *s, size_t len)
{
	return number_unit_end(s, len, 0);
}

/* a character of a number's digits: 0-9, the decimal point, 〇 ○ 零 一 … 九 */
static inline int
number_char(uint32_t c, int *chinese)
{
	if ((c >= '0' && c <= '9') || c == '.')
		return 1;
	if (cn_year_digit(c) || c == 0x25CB)
	{
		*chinese = 1;
		return 1;
	}
	return 0;
}

size_t
pe_token_pieces(const char *tok, size_t len, pe_span piece[2])
{
	size_t		i = 0,
				prev = 0,
				ndig = 0;
	int			chinese = 0;
	uint32_t	c = 0;

	piece[0].off = 0;
	piece[0].len = (uint32_t) len;
	/* the digits */
	while (i < len)
	{
		prev = i;
		c = next_folded(tok, len, &i);
		if (!number_char(c, &chinese))
		{
			i = prev;
			break;
		}
		ndig++;
	}
	if (ndig == 0 || i >= len || number_unit_end(tok, len, i) != len)
		return 1;
	/* in Chinese numerals only a year, four digits and 年 (一年 is a word) */
	if (chinese && (ndig != 4 || c != 0x5E74 || len - i != 3))
		return 1;
	piece[0].len = (uint32_t) i;
	/* the per-cent sign is punctuation elsewhere: no lexeme, no position */
	if (c == '%')
		return 1;
	piece[1].off = (uint32_t) i;
	piece[1].len = (uint32_t) (len - i);
	return 2;
}

int
pe_is_stopword(const char *w, size_t len)
{
	size_t		i = 0;
	uint32_t	c;

	if (len == 0 || len > 4)
		return 0;
	c = pe_utf8_next(w, len, &i);
	if (i != len)
		return 0;
	return is_stop_cp(c);
}

int
pe_is_stop_cp(uint32_t c)
{
	return is_stop_cp(c);
}

const char *
pe_token_type_name(int type)
{
	switch (type)
	{
		case PE_TOK_ASCIIWORD:
			return "asciiword";
		case PE_TOK_WORD:
			return "word";
		case PE_TOK_NUMWORD:
			return "numword";
		case PE_TOK_BLANK:
			return "blank";
		case PE_TOK_CJKWORD:
			return "cjkword";
		case PE_TOK_CJKCHAR:
			return "cjkchar";
		case PE_TOK_NUMBER:
			return "number";
		case PE_TOK_USERWORD:
			return "userword";
	}
	return NULL;
}
