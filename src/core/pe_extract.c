/*-------------------------------------------------------------------------
 *
 * pe_extract.c
 *	  Indicator extraction from Chinese planning text (prose part).
 *
 * The document is decoded once into an array of code points with their
 * byte offsets, so every rule below can look a few characters left or
 * right in constant time.  The text is then read in one pass:
 *
 *	 documents  -> several reports pasted into one text are split at their
 *				   title lines; each gets its own report year and kind
 *				   (annual report or five-year plan)
 *	 sentences  -> a running context (review section = actual, targets
 *				   section = target, with its year) is updated by cue words
 *	 clauses	-> quantity mentions (number, range, unit, qualifier) are
 *				   found, grouped ("分别增长8%和9%"), named and classified
 *
 * Flattened indicator tables are read by pe_extract_table.c first; their
 * lines are skipped here.  Every loop advances by at least one character
 * and looks at a bounded window, so the whole pass is linear.
 *
 * IDENTIFICATION
 *	  src/core/pe_extract.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_extract_int.h"
#include "pe_kind.h"
#include "pe_name.h"
#include "pe_catalog.h"
#include "pe_docinfo.h"
#include "pe_outline.h"
#include "pe_lexicon.h"
/* f_review, f_target, ...: constant first-character filters */
#include "pe_extract_filters.h"

#ifdef PE_EXTRACT_DEBUG
#include <stdio.h>
#endif
#include <stdlib.h>
#include <string.h>

/*
 * The helpers below are exported for pe_extract_table.c, but calls inside
 * this file go to static inline copies: in a shared library a call to an
 * exported function cannot be inlined (it goes through the PLT).
 */
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

/* ------------------------------------------------------------------ */
/* rows																   */
/* ------------------------------------------------------------------ */

pe_indicator *
pe_x_new_row(pe_x *x)
{
	pe_indicator *r;

	if (x->nrows == x->cap)
	{
		size_t		ncap = x->cap ? x->cap * 2 : 64;
		pe_indicator *n = pe_arena_grow(x->arena, x->rows, x->nrows, ncap,
										sizeof(pe_indicator));

		if (!n)
			return NULL;
		x->rows = n;
		x->cap = ncap;
	}
	r = &x->rows[x->nrows++];
	memset(r, 0, sizeof(*r));
	return r;
}

/* set the quote of r to characters [s, e) */
void
pe_x_quote(pe_x *x, pe_indicator *r, size_t s, size_t e)
{
	if (e > x->n)
		e = x->n;
	if (s > e)
		s = e;
	r->char_pos = s;
	r->char_len = e - s;
	r->quote_off = x->boff[s];
	r->quote_len = x->boff[e] - x->boff[s];
}

/* ------------------------------------------------------------------ */
/* word lists														   */
/* ------------------------------------------------------------------ */

/*
 * The units after a number (base_units, longest first; a magnitude prefix
 * may precede) are the unit catalogue's entries flagged PE_UDEF_FIGURE,
 * written into pe_extract_filters.h by gen_extract_filters.py: one unit
 * list for extraction and plan_quantity (pe_units.c).
 */

static const char *const magnitudes[] = {"万亿", "亿", "万", "千", "百", NULL};

/* units whose object noun usually follows the number: 成立7个课题组 */
static const char *const classifier_units[] = {
	"个", "家", "所", "项", "座", "条", "名", "户", "场", "次", "批", "支",
	"处", "件", "张", "台", "辆", "套", "间", "部", "本", "门", NULL
};

/*
 * words that end an indicator name and start its predicate; 平均为 before
 * 均 (城镇调查失业率平均为4.2% / 5.1% / 5.6%: 上海 2026, national 2022 and
 * 2023 reports)
 */
static const char *const predicate_words[] = {
	"平均为", "年均名义增长", "年均增长", "同比增长", "名义增长", "比上年增长", "较上年增长",
	"分别增长", "分别达到", "分别达", "分别为", "分别",
	"增长", "增速", "增幅", "上涨", "涨幅", "下降", "降低", "减少", "提高",
	"提升", "上升", "回落", "净增", "净减", "年均", "累计", "达到", "完成",
	"突破", "跨过", "跨越", "超过", "控制在", "稳定在", "保持在", "保持", "均在",
	"均达", "不低于", "不少于", "不超过", "不高于", "预计", "实现", "达", "超",
	"为", "约", "由", "从", "比", "较", "均", "在", "到", "至", "共", "逾",
	NULL
};

/* words stripped from the front of a name: scope, time, stance */
static const char *const lead_words[] = {
	"十三五”期间", "十三五”时期", "十三五”以来", "十三五”末", "十四五”期间",
	"十四五”时期", "十四五”末", "十二五”末", "十三五期间", "十四五期间",
	"十三五", "十四五", "十二五", "期间", "时期", "以来", "一年来", "五年来",
	"过去五年", "过去一年", "超额完成", "超额",
	"全县", "全市", "全区", "全省", "全州", "全镇", "全乡", "全旗", "全盟",
	"全域", "全年", "我县", "我市", "我区", "我省", "本县", "本市", "本区",
	"今年", "去年", "明年", "年内", "当年", "同期", "年底", "年末", "其中",
	"力争", "确保", "实现", "完成", "预计", "累计", "五年", "年均", "共计",
	"此外", "同时", "以及", "并且", "主要", "全面", "已经", "已", "共", "并",
	"和", "及", "与", "将", "要", "、", "“", "”", "\"", "《", "》", "(", ")",
	"（", "）", " ", "\t", "\xe3\x80\x80", "-", "—", ":", "：", "是", "底",
	NULL
};

/* change words: growth/delta, with sign */
static const char *const up_words[] = {
	"增长", "增速", "增幅", "上涨", "涨幅", "提高", "提升", "上升", "增加",
	"递增", "净增", "扩大", "多", NULL
};
static const char *const down_words[] = {
	"下降", "降低", "减少", "回落", "递减", "净减", "下调", "缩小", "收窄",
	"减", NULL
};

/* qualifiers written before the number */
static const char *const about_pre[] = {"大约", "约为", "约", "近", NULL};
static const char *const least_pre[] = {
	"不低于", "不少于", "超过", "突破", "跨过", "跨越", "高于", "多于", "逾",
	"超", NULL
};
static const char *const most_pre[] = {
	"不超过", "不高于", "低于", "少于", NULL
};

/* ------------------------------------------------------------------ */
/* mentions															   */
/* ------------------------------------------------------------------ */

typedef struct mention
{
	size_t		start;			/* first char (incl. 【 or a sign) */
	size_t		num_start;
	size_t		num_end;
	size_t		end;			/* after unit and qualifier */
	char		num[40];
	char		num_max[40];
	pe_num		v;				/* exact value (sign not applied) */
	pe_num		vmax;
	int			has_max;
	int			han;			/* written in Chinese numerals: 十年, 三个 */
	const char *unit;			/* arena string or NULL */
	size_t		unit_start;
	size_t		unit_end;
	pe_qualifier qual;
	int			more;			/* 多 or 余 after the number: more than it */
	int			percent;		/* 百分之五: the unit % is in the words */
	int			bracket;		/* 【】: cumulative */
	int			skip;
} mention;

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
	/* a magnitude prefix: 万, 亿, 万亿, 千, 百 */
	if (x->cp[i] == 0x4E07 || x->cp[i] == 0x4EBF || x->cp[i] == 0x5343 ||
		x->cp[i] == 0x767E)
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
	/* a lone digit counts only before 个百分点 (see mention_is_noise) */
	return c != 0x4E00 && next == 0x4E2A /* 个 */ && i + 2 < x->n &&
		x->cp[i + 2] == 0x767E; /* 百 */
}

/*
 * May doc hold a figure at all?  Every row needs a digit (a figure, or a
 * table's row number) or a Chinese-numeral figure: this is the test of
 * x_digit and x_han_candidate on undecoded text, so that a text with
 * neither is answered without the decoding pass.  Returns 1 at the first
 * digit or possible Chinese-numeral figure.  The text is read character
 * by character exactly as the decoding pass reads it (a stray byte is
 * one U+FFFD), without storing anything.
 */
static int
figure_possible(const char *doc, size_t len)
{
	const unsigned char *u = (const unsigned char *) doc;
	size_t		i = 0;
	uint32_t	prev = 0,
				c;

	while (i < len)
	{
		if (u[i] < 0x80)
		{
			c = u[i++];
			if (c - '0' < 10)
				return 1;
		}
		else if ((u[i] & 0xF0) == 0xE0 && i + 2 < len &&
				 ((((u[i + 1] & 0xC0) << 2) | (u[i + 2] & 0xC0)) == 0x280) &&
				 (c = ((uint32_t) (u[i] & 0x0F) << 12) | ((uint32_t) (u[i + 1] & 0x3F) << 6) |
				  (u[i + 2] & 0x3F)) >= 0x800 && c - 0xD800u >= 0x800u)
		{
			/* a well-formed three-byte sequence, as the decoder reads it */
			i += 3;
			if (x_han_start(c))
			{
				if (!x_han_numeral(prev))
				{
					size_t		j = i,
								n = 0;
					uint32_t	next = j < len ? pe_utf8_next(doc, len, &j) : 0;

					if (x_han_numeral(next))
					{
						while (j < len && n++ < 16 && x_han_numeral(next))
							next = pe_utf8_next(doc, len, &j);
						if (is_more_word(next) && j < len)
							next = pe_utf8_next(doc, len, &j);	/* 三十多个 */
						if (filter_has(&f_unit, next))
							return 1;
					}
					else if (c == 0x5341 ?
							 (filter_has(&f_unit, next) ||
							  (is_more_word(next) && j < len &&
							   filter_has(&f_unit, pe_utf8_next(doc, len, &j)))) :
							 (c != 0x4E00 && next == 0x4E2A && j < len &&
							  pe_utf8_next(doc, len, &j) == 0x767E))
						return 1;
				}
			}
			else if (c - 0xFF10u < 10)	/* full-width digit */
				return 1;
			else if (c == 0x767E && !x_han_numeral(prev) && len - i >= 9 &&
					 memcmp(doc + i, "\xE5\x88\x86\xE4\xB9\x8B", 6) == 0)
			{
				/* 百分之 and a numeral: a percentage in words */
				size_t		j = i + 6;

				if (x_han_start(pe_utf8_next(doc, len, &j)))
					return 1;
			}
		}
		else
			c = pe_utf8_next(doc, len, &i);
		prev = c;
	}
	return 0;
}

/*
 * The Chinese numeral at i (inside [i, e)), read with its context by
 * pe_number_scan_in: fixed words (统一, 一批, 一体化, 十四五), ordinals
 * (第一), digit strings (二〇三五) and fractions are refused, and so is a
 * lone 一 (一个, 一项, 一次 are articles, not counts).  Trailing 万/亿
 * are left for the unit (两千万元 → 2000, 万元), as with Arabic digits.
 * Returns the characters of the numeral proper, 0 if refused.
 */
static size_t more_than_unit(const pe_x *x, size_t j, size_t e, size_t *end);

static size_t
x_han_number(const pe_x *x, size_t i, size_t e, char *buf, size_t bufsz, pe_num *val,
			 int *percent)
{
	pe_num		v;
	size_t		r,
				k = i;

	buf[0] = '\0';
	*percent = 0;
	if (x_percent_words(x, i))
	{
		/* 百分之五: the numeral after 分之, in percent */
		size_t		s3 = i + 3;

		r = pe_number_scan(x->doc + x->boff[s3], x->len - x->boff[s3], &v);
		if (r == 0 || v.kind != PE_NUMK_CHINESE ||
			(v.flags & (PE_NUMF_DIGIT_STRING | PE_NUMF_FINANCIAL)) || v.mag_off != r)
			return 0;
		k = s3;
		while (k < e && x->boff[k] - x->boff[s3] < r)
			k++;
		if (k == s3 || x->boff[k] - x->boff[s3] != r)
			return 0;
		*val = v;
		if (pe_num_format(val, buf, bufsz) >= bufsz)
		{
			buf[0] = '\0';
			return 0;
		}
		*percent = 1;
		return k - i;
	}
	/* cheap checks first: a Chinese numeral followed by a unit */
	r = pe_number_scan(x->doc + x->boff[i], x->len - x->boff[i], &v);
	if (r == 0 || v.kind != PE_NUMK_CHINESE ||
		(v.flags & (PE_NUMF_DIGIT_STRING | PE_NUMF_FINANCIAL)))
		return 0;
	if ((v.flags & PE_NUMF_LONE_HAN) && x->cp[i] == 0x4E00)
		return 0;
	r = v.mag_off;
	while (k < e && x->boff[k] - x->boff[i] < r)
		k++;
	if (k == i || x->boff[k] - x->boff[i] != r)
		return 0;
	/* a unit, or 多 and a unit (三十多个; 一万多人, where k is at 万) */
	if (!pe_x_unit_at(x, k))
	{
		size_t		end;

		if (more_than_unit(x, k, e, &end) == 0)
			return 0;
	}
	/* then the context: fixed words (统一, 十四五) and ordinals (第一) */
	if (pe_number_scan_in(x->doc, x->len, x->boff[i], &v) == 0 ||
		v.kind != PE_NUMK_CHINESE || v.mag_off != r ||
		(v.flags & (PE_NUMF_ORDINAL | PE_NUMF_IDIOM)))
		return 0;
	pe_num_strip_magnitude(&v, val);
	if (pe_num_format(val, buf, bufsz) >= bufsz)
	{
		buf[0] = '\0';
		return 0;
	}
	return k - i;
}

/* characters of the magnitude word (万亿, 亿, 万, 千, 百) at i, or 0 */
static size_t
magnitude_at(const pe_x *x, size_t i)
{
	size_t		m,
				l;

	for (m = 0; magnitudes[m]; m++)
		if ((l = pe_x_at(x, i, magnitudes[m])) != 0)
			return l;
	return 0;
}

/*
 * At j, right after a number: [magnitude] 多|余 unit, inside [j, e)?
 * Returns the characters of the magnitude word (0 if none) plus one, and
 * sets *end after the unit; 0 when the text is not of that shape.
 */
static size_t
more_than_unit(const pe_x *x, size_t j, size_t e, size_t *end)
{
	size_t		ml = magnitude_at(x, j),
				ul;

	if (j + ml + 1 >= e || !is_more_word(x->cp[j + ml]))
		return 0;
	ul = pe_x_unit_at(x, j + ml + 1);
	/* a magnitude on both sides (1万多万) is not a figure */
	if (ul == 0 || j + ml + 1 + ul > e || (ml && magnitude_at(x, j + ml + 1)))
		return 0;
	*end = j + ml + 1 + ul;
	return ml + 1;
}

/* the unit of a more-than figure: magnitude and unit without 多 (万人) */
static const char *
more_than_unit_text(pe_x *x, size_t j, size_t end, size_t mlp1)
{
	size_t		ml = mlp1 - 1,
				a = x->boff[j + ml] - x->boff[j],
				b = x->boff[end] - x->boff[j + ml + 1];
	char	   *u = pe_arena_alloc(x->arena, a + b + 1);

	if (u == NULL)
		return pe_x_str(x, j + ml + 1, end);
	memcpy(u, x->doc + x->boff[j], a);
	memcpy(u + a, x->doc + x->boff[j + ml + 1], b);
	u[a + b] = '\0';
	return u;
}

/*
 * Read one mention starting with the numeral at i (inside [i, e)): Arabic
 * digits, or Chinese numerals when han is set.  Fills m and returns the
 * first character after it, 0 when no numeral can be read at i.
 */
static size_t
read_mention(pe_x *x, size_t i, size_t e, mention *m, int allow_sign, int han)
{
	size_t		j,
				ul,
				k,
				nl;
	int			percent = 0;

	memset(m, 0, sizeof(*m));
	m->start = i;
	m->num_start = i;
	m->han = han;
	nl = han ? x_han_number(x, i, e, m->num, sizeof(m->num), &m->v, &percent) :
		pe_x_number(x, i, m->num, sizeof(m->num), &m->v);
	if (nl == 0)
		return 0;
	j = i + nl;
	m->num_end = j;
	if (percent)
	{
		/* 百分之五: the unit is in the words; 以内, 左右 may follow */
		m->unit = "%";
		m->percent = 1;
		m->unit_start = m->unit_end = j;
		goto qualifier_after;
	}
	if (allow_sign && i > 0 && (x->cp[i - 1] == '-' || x->cp[i - 1] == 0x2212 ||
								x->cp[i - 1] == 0xFF0D))
	{
		size_t		n = strlen(m->num);

		if (n + 2 < sizeof(m->num))
		{
			memmove(m->num + 1, m->num, n + 1);
			m->num[0] = '-';
			m->start = i - 1;
		}
	}
	if (i > 0 && x->cp[i - 1] == 0x3010)	/* 【 */
	{
		m->bracket = 1;
		m->start = i - 1;
	}
	/*
	 * more than the number: 多 or 余 between it and the unit (30多个,
	 * 2000余家, 200多万元), or between a magnitude and the unit (1万多人,
	 * read as 1 万人 like 1万人)
	 */
	if (j < e && (ul = more_than_unit(x, j, e, &k)) != 0)
	{
		m->more = 1;
		m->qual = PE_QUAL_AT_LEAST;
		m->unit_start = j;
		m->unit_end = k;
		m->unit = more_than_unit_text(x, j, k, ul);
		m->end = k;
		return k;
	}
	/* a unit directly after the number */
	ul = j < e ? pe_x_unit_at(x, j) : 0;
	if (ul && j + ul > e)
		ul = 0;
	/* range: 8%-9%, 8-9%, 1至3个, 1~2 */
	k = j + ul;
	if (!han && k + 1 < e && (x->cp[k] == '-' || x->cp[k] == 0xFF5E || x->cp[k] == '~' ||
					  x->cp[k] == 0x2014 || x->cp[k] == 0x2013 || x->cp[k] == 0xFF0D ||
					  x->cp[k] == 0x81F3 /* 至 */ || x->cp[k] == 0x5230 /* 到 */ ) &&
		pe_x_digit(x->cp[k + 1]) >= 0)
	{
		size_t		n2 = pe_x_number(x, k + 1, m->num_max, sizeof(m->num_max), &m->vmax);
		size_t		ul2 = n2 ? pe_x_unit_at(x, k + 1 + n2) : 0;

		if (ul2 && (ul == 0 || ul == ul2) && pe_num_cmp(&m->vmax, &m->v) > 0)
		{
			m->has_max = 1;
			m->qual = PE_QUAL_RANGE;
			m->unit_start = k + 1 + n2;
			m->unit_end = k + 1 + n2 + ul2;
			j = m->unit_end;
			ul = ul2;
		}
		else
			m->num_max[0] = '\0';
	}
	if (!m->has_max)
	{
		m->unit_start = j;
		m->unit_end = j + ul;
		j += ul;
	}
	if (m->bracket && j < x->n && x->cp[j] == 0x3011)	/* 】 */
		j++;
	if (ul)
	{
		/* normalise full-width % */
		if (ul == 1 && x->cp[m->unit_start] == 0xFF05)
			m->unit = "%";
		else
			m->unit = pe_x_str(x, m->unit_start, m->unit_end);
	}
	/* qualifier after the unit */
qualifier_after:
	if (m->qual != PE_QUAL_RANGE)
	{
		size_t		q;

		if ((q = pe_x_at(x, j, "左右")) || (q = pe_x_at(x, j, "上下")))
		{
			m->qual = PE_QUAL_ABOUT;
			j += q;
		}
		else if ((q = pe_x_at(x, j, "及以上")) || (q = pe_x_at(x, j, "以上")))
		{
			m->qual = PE_QUAL_AT_LEAST;
			j += q;
		}
		else if ((q = pe_x_at(x, j, "以内")) || (q = pe_x_at(x, j, "以下")))
		{
			m->qual = PE_QUAL_AT_MOST;
			j += q;
		}
	}
	m->end = j;
	return j > i ? j : i + 1;
}

/* words around a Chinese-numeral duration that make it a time phrase */
static const char *const han_year_after[] = {
	"来", "间", "内", "中", "后", "前", "里", "左右", "以来", "以内", "行动", "”",
	"攻坚", "计划", "规划", "时间", "期", "的", NULL
};
static const char *const han_year_before[] = {
	"过去", "今后", "未来", "近", "前", "后", "这", "每", "最近", "连续", NULL
};

static int	is_points(const char *u);

/* u equals the literal (the first byte decides most compares) */
static inline int
unit_is(const char *u, const char *lit)
{
	return u[0] == lit[0] && strcmp(u, lit) == 0;
}

/* a number we should not read as an indicator value */
static int
mention_is_noise(pe_x *x, mention *m)
{
	size_t		s = m->num_start;
	uint32_t	prev = s > 0 ? x->cp[s - 1] : 0;
	uint32_t	next = m->num_end < x->n ? x->cp[m->num_end] : 0;
	size_t		intlen = 0;
	const char *p;

	for (p = m->num; *p && *p != '.'; p++)
		if (*p != '-')
			intlen++;
	/* codes and names: G60, 5G, IPv6, 1+7, 2022-04-30 */
	if (pe_x_latin(prev) || prev == '+' || next == '+' || pe_x_latin(next) ||
		prev == '/' || prev == '.' || prev == '_' || prev == '=' || prev == '#')
		return 1;
	/* ranks and ordinals: 第4位 */
	if (prev == 0x7B2C /* 第 */ )
		return 1;
	if (!m->unit)
		return 1;
	/* years and dates: 2020年, 2035年, 3月 */
	if (unit_is(m->unit, "年"))
	{
		/*
		 * Chinese numerals before 年 give a duration (十年禁渔), except
		 * in time phrases: 五年来, 三年内, 今后五年, 三年行动
		 */
		if (m->han)
		{
			/* see below: 五年 is a lone digit, refused there */
			if (pe_x_any_at(x, m->unit_end, han_year_after, NULL) ||
				pe_x_any_before(x, m->num_start, han_year_before, NULL))
				return 1;
		}
		else if (intlen >= 4 || !strchr(m->num, '.'))
			return 1;
	}
	if (unit_is(m->unit, "位") || unit_is(m->unit, "本") ||
		unit_is(m->unit, "门") || unit_is(m->unit, "片"))
		return 1;
	/*
	 * Chinese numerals: a lone digit with a counting unit names a
	 * category or a slogan far more often than it states a figure (三个
	 * 方面, 四个融合, 两项补贴), so only 两个百分点 style deltas count;
	 * 次 counts sessions (十二次全会); a numeral opening a quotation is
	 * a slogan (“十大工程”).
	 */
	if (m->han && !m->percent)
	{
		if ((m->v.flags & PE_NUMF_LONE_HAN) && !is_points(m->unit))
			return 1;
		if (unit_is(m->unit, "次") || prev == 0x201C || prev == 0x300C ||
			prev == '"')
			return 1;
		/* policy names (实体经济十条) and 两个一百年 */
		if (unit_is(m->unit, "条") || prev == 0x4E2A /* 个 */ )
			return 1;
	}
	/* 3岁以下婴幼儿: an age bound inside a name */
	if (unit_is(m->unit, "岁") && m->qual != PE_QUAL_EXACT &&
		m->end < x->n && pe_is_han(x->cp[m->end]))
		return 1;
	/* 500亿级, 10万元级: a class, not a figure */
	if (m->unit_end < x->n && x->cp[m->unit_end] == 0x7EA7 /* 级 */ )
		return 1;
	if (m->unit_start == m->unit_end && !m->percent)
		return 1;
	/* unit char that starts a longer word: 5个方面 is fine, 3个月 is not */
	if (m->unit_end < x->n && x->cp[m->unit_end] == 0x6708 /* 月 */ )
		return 1;
	/* phone numbers, codes */
	if (intlen > 12)
		return 1;
	return 0;
}

/* ------------------------------------------------------------------ */
/* naming															   */
/* ------------------------------------------------------------------ */

/*
 * Clean a candidate name span [s, e): strip leading scope/time/stance words
 * and years, cut at the first predicate word.  Returns the cleaned span.
 */
static void
clean_name(pe_x *x, size_t *ps, size_t *pe)
{
	size_t		s = *ps,
				e = *pe,
				i;
	int			changed = 1;

	while (changed && s < e)
	{
		size_t		m;

		changed = 0;
		/* 2021年, 到2025年, 到“十四五”末 */
		if ((m = pe_x_at(x, s, "到")) || (m = pe_x_at(x, s, "至")) || 1)
		{
			size_t		j = s + m;
			size_t		d = j;

			while (d < e && pe_x_digit(x->cp[d]) >= 0)
				d++;
			if (d > j && d < e && x->cp[d] == 0x5E74 /* 年 */ )
			{
				s = d + 1;
				if (s < e && (x->cp[s] == 0x5E95 || x->cp[s] == 0x672B))	/* 底 末 */
					s++;
				changed = 1;
				continue;
			}
		}
		/* 全市生产总值: a fixed name keeps its scope (pe_name.c) */
		if (pe_name_fixed_scope(x->doc + x->boff[s], x->boff[e] - x->boff[s]))
			break;
		if ((m = any_at_w(x, s, WORDS(lead_words), &f_lead)) && s + m <= e)
		{
			s += m;
			changed = 1;
			continue;
		}
		if (x->cp[s] == ',' || x->cp[s] == 0xFF0C || x->cp[s] == 0x3001)
		{
			s++;
			changed = 1;
		}
	}
	/* a verb before its object: 保持出境断面水质达标率100% */
	{
		static const char *const lead_verbs[] = {
			"保持", "达到", "提高", "提升", "突破", "稳定", NULL
		};
		size_t		m = pe_x_any_at(x, s, lead_verbs, NULL);

		if (m && s + m + 2 <= e && pe_is_han(x->cp[s + m]) &&
			!any_at_w(x, s + m, WORDS(predicate_words), &f_predicate) &&
			pe_is_han(x->cp[s + m + 1]))
			s += m;
	}
	/* cut at the first predicate word */
	for (i = s; i < e; i++)
	{
		size_t		m = any_at_w(x, i, WORDS(predicate_words), &f_predicate);

		if (m)
		{
			/* 增加值 and 增长率 are nouns inside names */
			if (pe_x_at(x, i, "增加值") || (pe_x_at(x, i, "增速") && i + 2 < e) ||
				(pe_x_at(x, i, "为") && i + 1 < e && pe_is_han(x->cp[i + 1]) &&
				 !pe_x_at(x, i + 1, "约")))
				continue;
			if (pe_x_at(x, i, "达") && pe_x_at(x, i + 1, "标"))
				continue;
			/* 比/较 compare only with a period: 比上年, 较2015年 (not 占比下降) */
			if ((pe_x_at(x, i, "比") || pe_x_at(x, i, "较")) &&
				!(pe_x_at(x, i + 1, "上年") || pe_x_at(x, i + 1, "去年") ||
				  pe_x_at(x, i + 1, "同期") || (i + 1 < e && pe_x_digit(x->cp[i + 1]) >= 0)))
				continue;
			if (pe_x_at(x, i, "在") || pe_x_at(x, i, "到") || pe_x_at(x, i, "至") ||
				pe_x_at(x, i, "由") || pe_x_at(x, i, "从") ||
				pe_x_at(x, i, "共") || pe_x_at(x, i, "均"))
			{
				/* single-character predicates only right before digits/words we know */
				size_t		j = i + 1;

				if (!(j < e && (pe_x_digit(x->cp[j]) >= 0 ||
								any_at_w(x, j, WORDS(predicate_words), &f_predicate) ||
								pe_x_any_at(x, j, least_pre, NULL) ||
								pe_x_any_at(x, j, about_pre, NULL))))
					continue;
			}
			e = i;
			break;
		}
	}
	/* trailing punctuation and connectors */
	while (e > s && (x->cp[e - 1] == 0x3001 || x->cp[e - 1] == 0x201C ||
					 x->cp[e - 1] == ' ' || x->cp[e - 1] == 0x3000 ||
					 x->cp[e - 1] == 0x7684 /* 的 */ ))
		e--;
	/* keep the name short: the last 24 characters */
	if (e - s > 24)
	{
		size_t		c = e - 24,
					k;

		/* prefer to start after a list separator or 等 */
		for (k = c; k < e; k++)
			if (x->cp[k] == 0x3001 || x->cp[k] == ',' || x->cp[k] == 0xFF0C)
			{
				c = k + 1;
				break;
			}
		s = c;
	}
	*ps = s;
	*pe = e;
}

/* name text with quotes/brackets removed */
static char *
name_str(pe_x *x, size_t s, size_t e, size_t s2, size_t e2)
{
	size_t		cap = (e > s ? x->boff[e] - x->boff[s] : 0) +
		(e2 > s2 ? x->boff[e2] - x->boff[s2] : 0) + 1;
	char	   *out = pe_arena_alloc(x->arena, cap);
	size_t		o = 0,
				i;
	int			pass;

	if (!out)
		return (char *) "";
	for (pass = 0; pass < 2; pass++)
	{
		size_t		a = pass ? s2 : s,
					b = pass ? e2 : e;

		for (i = a; i < b; i++)
		{
			uint32_t	c = x->cp[i];
			size_t		bl = x->boff[i + 1] - x->boff[i];

			if (c == 0x201C || c == 0x201D || c == '"' || c == 0x300A ||
				c == 0x300B || c == ' ' || c == 0x3000 || c == 0x3010 || c == 0x3011)
				continue;
			memcpy(out + o, x->doc + x->boff[i], bl);
			o += bl;
		}
	}
	out[o] = '\0';
	return out;
}

/* characters that abbreviate a pair of names: 存、贷款 进、出口 城、乡 */
static const char *const pair_chars[] = {
	"存", "贷", "进", "出", "城", "乡", "工", "农", "中", "小", "大", "初", "高",
	"男", "女", "水", "电", "气", "内", "外", "收", "支", "产", "销", NULL
};

/*
 * Split a subject into items: "固定资产投资、规模工业增加值" -> 2 items,
 * "城乡居民人均可支配收入" -> 城镇居民…, 农村居民…, "金融机构人民币存、贷款余额"
 * -> 存款余额, 贷款余额, "COD、氨氮等减排比例" -> COD减排比例, 氨氮减排比例.
 * Returns the number of items (at most max), names in out[].
 */
static int
split_items(pe_x *x, size_t s, size_t e, int want, char **out, int max)
{
	size_t		seps[8];
	int			nsep = 0,
				n = 0,
				k;
	size_t		i,
				deng = (size_t) -1;

	if (e <= s)
		return 0;
	/* 城乡居民 -> 城镇居民 / 农村居民 */
	if (want == 2 && (i = pe_x_find(x, s, e, "城乡居民")) != (size_t) -1)
	{
		char	   *pre = name_str(x, s, i, 0, 0);
		char	   *post = name_str(x, i + 2, e, 0, 0);
		size_t		lp = strlen(pre),
					lq = strlen(post);

		out[0] = pe_arena_alloc(x->arena, lp + lq + 7);
		out[1] = pe_arena_alloc(x->arena, lp + lq + 7);
		if (!out[0] || !out[1])
			return 0;
		memcpy(out[0], pre, lp);
		memcpy(out[0] + lp, "城镇", 6);
		memcpy(out[0] + lp + 6, post, lq + 1);
		memcpy(out[1], pre, lp);
		memcpy(out[1] + lp, "农村", 6);
		memcpy(out[1] + lp + 6, post, lq + 1);
		return 2;
	}
	for (i = s; i < e && nsep < 8; i++)
	{
		if (x->cp[i] == 0x3001 || x->cp[i] == 0x548C /* 和 */ ||
			(x->cp[i] == 0x53CA /* 及 */ && !pe_x_at(x, i, "及以")))
			seps[nsep++] = i;
		if (x->cp[i] == 0x7B49 /* 等 */ )
			deng = i;
	}
	if (nsep == 0 || nsep + 1 > max)
		return 0;
	if (deng != (size_t) -1 && deng > seps[nsep - 1])
	{
		/* A、B等C: items A+C, B+C */
		size_t		a = s;

		for (k = 0; k <= nsep; k++)
		{
			size_t		b = k < nsep ? seps[k] : deng;

			out[n++] = name_str(x, a, b, deng + 1, e);
			a = b + 1;
		}
		return n;
	}
	{
		size_t		a = s;
		size_t		last_s = seps[nsep - 1] + 1;
		size_t		first_len = seps[0] - s;

		/*
		 * 存、贷款余额, 进、出口总额: a one-character item before 、 pairs
		 * with the first character after it; both share the text before
		 * (金融机构人民币) and the tail after (款余额).
		 */
		(void) first_len;
		if (nsep == 1 && x->cp[seps[0]] == 0x3001 && e - last_s > 2 &&
			pe_x_any_at(x, seps[0] - 1, pair_chars, NULL) &&
			(seps[0] - 1 == s || !pe_x_any_at(x, seps[0] - 2, pair_chars, NULL)))
		{
			char	   *pre = name_str(x, s, seps[0] - 1, 0, 0);
			char	   *a = name_str(x, seps[0] - 1, seps[0], last_s + 1, e);
			char	   *b = name_str(x, last_s, e, 0, 0);
			size_t		lp = strlen(pre);

			out[0] = pe_arena_alloc(x->arena, lp + strlen(a) + 1);
			out[1] = pe_arena_alloc(x->arena, lp + strlen(b) + 1);
			if (!out[0] || !out[1])
				return 0;
			memcpy(out[0], pre, lp);
			strcpy(out[0] + lp, a);
			memcpy(out[1], pre, lp);
			strcpy(out[1] + lp, b);
			return 2;
		}
		for (k = 0; k <= nsep; k++)
		{
			size_t		b = k < nsep ? seps[k] : e;

			out[n++] = name_str(x, a, b, 0, 0);
			a = b + 1;
		}
		/* 城镇居民、农村居民人均可支配收入: 城镇居民 takes the tail too */
		for (k = 0; k + 1 < n && out[k] && out[n - 1]; k++)
		{
			size_t		t = pe_name_shared_tail(out[k], strlen(out[k]),
												out[n - 1], strlen(out[n - 1]));

			size_t		l0 = strlen(out[k]),
						l1 = strlen(out[n - 1] + t);
			char	   *j = t ? pe_arena_alloc(x->arena, l0 + l1 + 1) : NULL;

			if (j)
			{
				memcpy(j, out[k], l0);
				memcpy(j + l0, out[n - 1] + t, l1 + 1);
				out[k] = j;
			}
		}
	}
	return n;
}

/* ------------------------------------------------------------------ */
/* clause processing												   */
/* ------------------------------------------------------------------ */

#define MAXM 16


static int
is_connector_span(pe_x *x, size_t s, size_t e)
{
	size_t		i;

	for (i = s; i < e; i++)
	{
		uint32_t	c = x->cp[i];

		if (c == 0x3001 || c == 0x548C || c == 0x53CA || c == 0x4E0E || c == ' ' ||
			c == 0x3000)
			continue;
		return 0;
	}
	return 1;
}

/* the last change word in [s, e) and its sign; sets *after to its end */
static int
change_word(pe_x *x, size_t s, size_t e, int *sign, size_t *after)
{
	size_t		i = e;

	while (i > s)
	{
		size_t		m;

		i--;
		if (!filter_has(&f_change, x->cp[i]))
			continue;
		if (pe_x_at(x, i, "增加值") || pe_x_at(x, i, "多元") || pe_x_at(x, i, "减排") ||
			pe_x_at(x, i, "减税") || pe_x_at(x, i, "减负") || pe_x_at(x, i, "减免"))
			continue;
		if ((m = any_at_w(x, i, WORDS(up_words), NULL)) && i + m <= e)
		{
			if (m == 1 && i + 1 < e)
				continue;		/* 多 only right before the number */
			*sign = 1;
			*after = i + m;
			return 1;
		}
		if ((m = any_at_w(x, i, WORDS(down_words), NULL)) && i + m <= e)
		{
			if (m == 1 && i + 1 < e)
				continue;
			*sign = -1;
			*after = i + m;
			return 1;
		}
	}
	return 0;
}

static int
is_pct(const char *u)
{
	return u && (unit_is(u, "%") || unit_is(u, "‰"));
}

static int
is_points(const char *u)
{
	return u && strstr(u, "百分点") != NULL;
}

static char *
neg_str(pe_x *x, const char *s)
{
	size_t		n = strlen(s);
	char	   *o;

	if (s[0] == '-')
		return pe_arena_strndup(x->arena, s + 1, n - 1);
	o = pe_arena_alloc(x->arena, n + 2);
	if (!o)
		return (char *) s;
	o[0] = '-';
	memcpy(o + 1, s, n + 1);
	return o;
}

/* the name stage (pe_name.c): frames around the name dropped */
static const char *
tidy_name(pe_x *x, const char *name)
{
	size_t		n = strlen(name),
				off = 0,
				l = pe_name_tidy(name, n, &off);

	if (l == n)
		return name;
	return pe_arena_strndup(x->arena, name + off, l);
}

static void
emit(pe_x *x, pe_xdoc *d, sentence_state *st, mention *m, const char *name,
	 size_t qs, size_t qe, pe_measure meas, int sign, pe_period per,
	 pe_qualifier qual)
{
	pe_indicator *r = pe_x_new_row(x);

	if (!r)
		return;
	r->indicator = name ? tidy_name(x, name) : "";
	r->section = x->section;
	r->value = sign < 0 ? neg_str(x, m->num) : pe_arena_strndup(x->arena, m->num, strlen(m->num));
	if (m->has_max)
	{
		r->value_max = pe_arena_strndup(x->arena, m->num_max, strlen(m->num_max));
	}
	r->unit = m->unit;
	r->measure = meas;
	r->qualifier = qual;
	r->more_than = m->more && qual == PE_QUAL_AT_LEAST;
	r->period = per;
	r->kind = st->kind;
	r->year = st->year;
	r->why = st->why.rule;
	r->why_pos = st->why.pos;
	r->why_len = st->why.len;
	r->attribute = PE_ATTR_NONE;
	pe_x_quote(x, r, qs, qe);
	(void) d;
}

/*
 * Process one clause [cs, ce) of a sentence.
 */
static void
do_clause(pe_x *x, pe_xdoc *d, sentence_state *st, size_t cs, size_t ce)
{
	mention		ms[MAXM];
	int			nm = 0,
				g;
	size_t		i = cs;

	pe_kind_clause(x, d, st, cs, ce);

	/* find the mentions */
	while (i < ce && nm < MAXM)
	{
		if (pe_x_digit(x->cp[i]) >= 0 &&
			(i == 0 || (pe_x_digit(x->cp[i - 1]) < 0 && x->cp[i - 1] != '.')))
		{
			mention    *m = &ms[nm];
			size_t		nx = read_mention(x, i, ce, m, 0, 0);

			if (nx == 0)
			{
				i++;
				continue;
			}
			m->skip = mention_is_noise(x, m);
			/* unitless number followed by 和/、 and a number with a unit */
			if (!m->unit && m->num_end + 1 < ce &&
				(x->cp[m->num_end] == 0x548C || x->cp[m->num_end] == 0x3001) &&
				pe_x_digit(x->cp[m->num_end + 1]) >= 0 &&
				m->num_start > 0 && !pe_x_latin(x->cp[m->num_start - 1]) &&
				x->cp[m->num_start - 1] != 0x7B2C)
			{
				mention		tmp;

				if (read_mention(x, m->num_end + 1, ce, &tmp, 0, 0) && tmp.unit && (is_pct(tmp.unit) || tmp.unit_end > tmp.unit_start))
				{
					m->unit = tmp.unit;
					m->skip = 0;
				}
			}
			nm++;
			i = nx;
			continue;
		}

		/*
		 * Chinese numerals (十年, 三个, 一百二十家, 两千万元): only at the
		 * start of a numeral, and only when a numeral character or a unit
		 * follows, so that the scanner runs at few places.
		 */
		if (i + 1 < ce && x_han_lead(x->cp[i]) && x_han_candidate(x, i))
		{
			mention    *m = &ms[nm];
			size_t		nx = read_mention(x, i, ce, m, 0, 1);

			/* a Chinese numeral counts only with its unit */
			if (nx != 0 && m->unit && !(m->skip = mention_is_noise(x, m)))
			{
				nm++;
				i = nx;
				continue;
			}
		}
		i++;
	}
	if (nm == 0)
		return;

	/* drop "from" values: 由1.87%提高到2.85%, 从43万人增长至56万人 */
	for (g = 0; g + 1 < nm; g++)
	{
		size_t		a = ms[g].end,
					b = ms[g + 1].num_start;
		int			sign;
		size_t		after;

		if (ms[g].skip)
			continue;
		if (b > a && b - a <= 4 && change_word(x, a, b, &sign, &after) &&
			(pe_x_at(x, after, "到") || pe_x_at(x, after, "至")))
			ms[g].skip = 2;
		else if (b > a && b - a <= 2 && (pe_x_at(x, a, "到") || pe_x_at(x, a, "至")))
			ms[g].skip = 2;
		else if (b > a && b - a <= 4 && (x->cp[b - 1] == 0x5230 || x->cp[b - 1] == 0x81F3) &&
				 (pe_x_rfind(x, ms[g].start > cs + 12 ? ms[g].start - 12 : cs, ms[g].start, "由") != (size_t) -1 ||
				  pe_x_rfind(x, ms[g].start > cs + 12 ? ms[g].start - 12 : cs, ms[g].start, "从") != (size_t) -1))
			ms[g].skip = 2;		/* 由2015年的19家发展到45家 */
	}

	/* group consecutive mentions joined by connectors, then name them */
	g = 0;
	{
		size_t		prev_end = cs;

		while (g < nm)
		{
			int			h = g + 1,
						k,
						nitems = 0;
			size_t		ns,
						ne,
						rs;
			char	   *items[8];
			pe_qualifier tail_q;
			int			distrib,
						sign = 1,
						has_change;
			size_t		after = 0;
			size_t		name_s = (size_t) -1;
			size_t		obj_end = 0;	/* end of a naming object after the figure */

			if (ms[g].skip)
			{
				/*
				 * A number that is no figure (2015年, 第4位) or a "from"
				 * value stays inside the name region of the next figure.
				 */
				g++;
				continue;
			}
			while (h < nm && !ms[h].skip && is_connector_span(x, ms[h - 1].end, ms[h].start) &&
				   ms[h].unit && ms[h - 1].unit)
				h++;
			/* name region: prev_end .. first number (less its prefix) */
			rs = prev_end;
			ns = rs;
			ne = ms[g].start;
			clean_name(x, &ns, &ne);
			distrib = pe_x_find(x, rs, ms[g].start, "分别") != (size_t) -1 ||
				pe_x_find(x, rs, ms[g].start, "均") != (size_t) -1;
			if (ne > ns)
			{
				name_s = ns;
				nitems = split_items(x, ns, ne, h - g, items, 8);
				if (nitems < 2 || (!distrib && nitems != h - g))
				{
					nitems = 1;
					items[0] = name_str(x, ns, ne, 0, 0);
				}
				if (nitems > 1 && h - g > 1 && nitems != h - g)
				{
					nitems = 1;
					items[0] = name_str(x, ns, ne, 0, 0);
				}
			}
			else if (st->nitems)
			{
				nitems = st->nitems;
				for (k = 0; k < nitems; k++)
					items[k] = st->items[k];
			}
			else
			{
				nitems = 0;
			}
			/*
			 * The object after the figure names it: with a counting unit
			 * (成立7个课题组), or when nothing before the figure does
			 * (完成223.76万平方米拆迁任务), or after a Chinese numeral
			 * (十年禁渔: a duration of the thing that follows).
			 */
			if (h - g == 1 && ms[g].unit &&
				(pe_x_any_at(x, ms[g].unit_start + (ms[g].unit_end - ms[g].unit_start) - 1,
							 classifier_units, NULL) || nitems == 0 || ms[g].han) &&
				ms[g].end < ce && pe_is_han(x->cp[ms[g].end]) &&
				!pe_x_any_at(x, ms[g].end, predicate_words, NULL))
			{
				size_t		os = ms[g].end,
							oe = os;

				while (oe < ce && oe - os < 20 && (pe_is_han(x->cp[oe]) ||
												   pe_x_latin(x->cp[oe]) ||
												   x->cp[oe] == 0x201C || x->cp[oe] == 0x201D ||
												   x->cp[oe] == '(' || x->cp[oe] == ')') &&
					   pe_x_digit(x->cp[oe]) < 0)
					oe++;
				/* the counted object names the figure: 成立7个课题组 -> 课题组 */
				if (oe - os >= 2 && nitems <= 1)
				{
					nitems = 1;
					items[0] = name_str(x, os, oe, 0, 0);
					obj_end = oe;
				}
			}
			/* the trailing qualifier of a list applies to every item */
			tail_q = ms[h - 1].qual;
			/* change words count after the name only (工业增加 is a name) */
			has_change = change_word(x, name_s != (size_t) -1 ? ne : rs, ms[g].start,
									 &sign, &after);
			if (has_change && (pe_x_at(x, after, "到") || pe_x_at(x, after, "至") ||
							   pe_x_at(x, after, "为")))
				has_change = 0;
			for (k = g; k < h; k++)
			{
				mention    *m = &ms[k];
				pe_measure	meas = PE_MEASURE_LEVEL;
				pe_period	per = PE_PERIOD_YEAR;
				pe_qualifier q = m->qual;
				int			sg = 1;
				size_t		pre_s = (k == g) ? (name_s != (size_t) -1 ? ne : rs) : ms[k - 1].end;
				size_t		j;
				int			ch = has_change;
				int			rep,
							nrep;
				const char *nm_;
				size_t		qs;

				/* qualifier written before the number */
				if (q == PE_QUAL_EXACT)
				{
					if (pe_x_any_before(x, m->start, about_pre, NULL))
						q = PE_QUAL_ABOUT;
					else if (pe_x_any_before(x, m->start, least_pre, NULL))
						q = PE_QUAL_AT_LEAST;
					else if (pe_x_any_before(x, m->start, most_pre, NULL))
						q = PE_QUAL_AT_MOST;
					else if (pe_x_before(x, m->start, "在") &&
							 (pe_x_any_before(x, m->start - 1, least_pre, NULL)))
						q = PE_QUAL_AT_LEAST;
					else if (h - g > 1 && tail_q != PE_QUAL_EXACT && tail_q != PE_QUAL_RANGE)
						q = tail_q;
				}
				/* measure */
				if (k > g)
				{
					int			s2;
					size_t		a2;

					if (change_word(x, pre_s, m->start, &s2, &a2))
					{
						ch = !(pe_x_at(x, a2, "到") || pe_x_at(x, a2, "至") ||
							   pe_x_at(x, a2, "为"));
						sign = s2;
						after = a2;
					}
				}
				if (is_points(m->unit))
				{
					meas = PE_MEASURE_DELTA;
					sg = ch ? sign : 1;
				}
				else if (is_pct(m->unit))
				{
					int			cpi = 0;

					for (j = 0; j < (size_t) nitems; j++)
						if (strstr(items[j], "居民消费价格") || strstr(items[j], "物价") ||
							strstr(items[j], "CPI"))
							cpi = 1;
					if (ch || cpi)
					{
						meas = PE_MEASURE_GROWTH;
						sg = ch ? sign : 1;
					}
				}
				else if (ch && (pe_x_rfind(x, pre_s, m->start, "净增") != (size_t) -1 ||
								pe_x_rfind(x, pre_s, m->start, "净减") != (size_t) -1 ||
								pe_x_rfind(x, pre_s, m->start, "增加") != (size_t) -1 ||
								pe_x_rfind(x, pre_s, m->start, "减少") != (size_t) -1 ||
								pe_x_rfind(x, pre_s, m->start, "提高") != (size_t) -1 ||
								pe_x_rfind(x, pre_s, m->start, "下降") != (size_t) -1))
				{
					meas = PE_MEASURE_DELTA;
					sg = sign;
				}
				/* period */
				if (m->bracket)
					per = PE_PERIOD_CUMULATIVE;
				else if (pe_x_find(x, cs, m->start, "年均") != (size_t) -1)
					per = PE_PERIOD_ANNUAL_AVG;
				else if (pe_x_find(x, cs, m->start, "累计") != (size_t) -1)
					per = PE_PERIOD_CUMULATIVE;

				/* names: distributed, replicated (均) or shared */
				qs = (name_s != (size_t) -1) ? name_s : pre_s;
				while (qs < m->start && (is_sep(x->cp[qs]) || x->cp[qs] == 0x3001 ||
										 x->cp[qs] == ' '))
					qs++;
				if (nitems > 1 && h - g == nitems)
				{
					nm_ = items[k - g];
					nrep = 1;
				}
				else if (nitems > 1 && h - g == 1 && distrib)
					nrep = nitems, nm_ = NULL;
				else
				{
					nm_ = nitems ? items[0] : "";
					nrep = 1;
					if (nitems > 1)
						nm_ = name_str(x, ns, ne, 0, 0);
				}
				for (rep = 0; rep < nrep; rep++)
					emit(x, d, st, m, nm_ ? nm_ : items[rep],
						 k == g ? qs : (h - g > 1 ? qs : pre_s),
						 (h - g > 1) ? ms[h - 1].end : (obj_end > m->end ? obj_end : m->end),
						 meas, sg, per, q);
			}
			/* remember the subject for later clauses of this sentence */
			if (nitems > 0)
			{
				st->nitems = nitems;
				for (k = 0; k < nitems; k++)
					st->items[k] = items[k];
			}
			prev_end = ms[h - 1].end;
			g = h;
		}
	}
}

/* ------------------------------------------------------------------ */
/* documents														   */
/* ------------------------------------------------------------------ */


/*
 * Is i on a title-like line (at most 60 characters, no 。 in it)?  "2024年是
 * 实现"十四五"规划目标任务的关键一年。" names the plan in a sentence: the
 * document is not the plan itself.
 */
static int
title_line(pe_x *x, size_t s, size_t i, size_t w)
{
	size_t		a = i,
				b = i;

	while (a > s && x->cp[a - 1] != '\n')
		a--;
	while (b < w && x->cp[b] != '\n')
		b++;
	if (b - a > 60)
		return 0;
	return pe_x_find(x, a, b, "。") == (size_t) -1;
}

/* year of an ISO date (2026-03-05) at i, else 0 */
static int
iso_date_at(pe_x *x, size_t i)
{
	int			y = 0,
				k;

	if (i + 10 > x->n || (i > 0 && pe_x_digit(x->cp[i - 1]) >= 0))
		return 0;
	for (k = 0; k < 10; k++)
	{
		int			dg = pe_x_digit(x->cp[i + k]);

		if (k == 4 || k == 7)
		{
			if (x->cp[i + k] != '-')
				return 0;
		}
		else if (dg < 0)
			return 0;
		else if (k < 4)
			y = y * 10 + dg;
	}
	if (i + 10 < x->n && pe_x_digit(x->cp[i + 10]) >= 0)
		return 0;
	return y >= 1949 && y <= 2100 ? y : 0;
}

/* facts of a document starting at s: report year, plan period */
static void
doc_facts(pe_x *x, pe_xdoc *d, int report_year)
{
	size_t		i,
				w = d->start + 300 < d->end ? d->start + 300 : d->end;
	int			title_year = 0,
				date_year = 0;

	d->is_plan = 0;
	d->date_month = 0;
	d->plan_end = 0;
	d->communique = pe_x_find(x, d->start, w < d->start + 80 ? w : d->start + 80, "统计公报") != (size_t) -1;
	for (i = d->start; i < w; i++)
	{
		int			y;

		if (pe_x_digit(x->cp[i]) < 0 && x->cp[i] != 0x5341 && x->cp[i] != 0x7B2C)
			continue;
		y = pe_x_year_at(x, i);

		if (!y && !date_year && (y = iso_date_at(x, i)) != 0)
		{
			/* 2026-03-05 */
			date_year = y;
			d->date_month = (int) ((x->cp[i + 5] - '0') * 10 + (x->cp[i + 6] - '0'));
			continue;
		}
		if (y && !date_year && i + 6 < x->n)
		{
			/* 2021年2月2日 / 2021年1月 / 2025 年 3 月: the date the report was delivered */
			size_t		j = pe_x_year_end(x, i),
						j0;
			int			mon = 0;

			if (j < x->n && x->cp[j] == ' ')
				j++;
			j0 = j;
			while (j < x->n && j < j0 + 2 && pe_x_digit(x->cp[j]) >= 0)
				mon = mon * 10 + pe_x_digit(x->cp[j++]);
			if (j < x->n && x->cp[j] == ' ')
				j++;
			if (j > j0 && j < x->n && x->cp[j] == 0x6708 /* 月 */ )
			{
				date_year = y;
				d->date_month = mon;
			}
			else if (!title_year && i < d->start + 80 &&
					 (pe_x_find(x, i, i + 30 < w ? i + 30 : w, "报告") != (size_t) -1))
				title_year = y;
		}
		if (pe_x_at(x, i, "十四五") || pe_x_at(x, i, "第十四个五年"))
		{
			if (i < d->start + 200 && title_line(x, d->start, i, w) &&
				(pe_x_find(x, i, i + 40 < w ? i + 40 : w, "规划") != (size_t) -1 ||
				 pe_x_find(x, d->start, w, "纲要") != (size_t) -1))
				d->is_plan = 1;
			if (!d->plan_end)
				d->plan_end = 2025;
		}
	}
	/*
	 * The outline concern's document facts come first.  They are read
	 * from a title line, so a text of one line (a paragraph stored alone)
	 * has none to give.
	 */
	if (memchr(x->doc + x->boff[d->start], '\n',
			   x->boff[d->end] - x->boff[d->start]) != NULL)
	{
		pe_doc_info info;
		size_t		bs = x->boff[d->start],
					be = x->boff[d->end];

		/* the facts sit in the opening (title, date line, plan period) */
		if (d->end - d->start > 2000)
			be = x->boff[d->start + 2000];

		pe_doc_info_get(x->doc + bs, be - bs, &info);
		if (info.kind == PE_DOC_STAT_COMMUNIQUE || info.type == PE_TYPE_COMMUNIQUE)
			d->communique = 1;
		if (d->communique)
			d->is_plan = 0;		/* 2024年是实现"十四五"规划目标任务的关键一年 */
		else if (info.kind == PE_DOC_FIVE_YEAR_PLAN)
			d->is_plan = 1;
		else if (info.kind == PE_DOC_GOV_WORK_REPORT)
			d->is_plan = 0;
		if (info.period_end)
			d->plan_end = info.period_end;
		/* the document facts' report year comes first */
		if (info.year)
			title_year = info.year;
	}
	if (report_year > 0)
		d->report_year = report_year;
	else if (title_year)
		d->report_year = title_year;
	else if (d->is_plan)
		d->report_year = 0;
	else
		d->report_year = date_year;
	if (d->report_year && pe_x_find(x, d->start, w, "工作报告") != (size_t) -1)
		d->is_plan = 0;
	if (!d->plan_end)
		d->plan_end = d->report_year ? ((d->report_year - 1) / 5) * 5 + 5 +
			((d->report_year - 1) % 5 == 0 ? 0 : 0) : 2025;
	/* a report of 2021 opens the 2021-2025 period */
	if (d->report_year && d->report_year % 5 == 1)
		d->plan_end = d->report_year + 4;
	d->ctx_kind = d->is_plan ? PE_KIND_TARGET : PE_KIND_ACTUAL;
	d->ctx_rank = PE_CUE_RANK_DOC;
	d->ctx_year = d->is_plan ? d->plan_end :
		(d->report_year ? pe_kind_last_actual(d) : 0);
	d->ctx_why = pe_why_at(d->is_plan ? PE_WHY_DOC_PLAN : PE_WHY_DOC_REPORT, d->start, 0);
}

/* ------------------------------------------------------------------ */
/* sections (a light outline of heading lines)						   */
/* ------------------------------------------------------------------ */

static int
heading_level(pe_x *x, size_t s, size_t e)
{
	size_t		i = s;

	while (i < e && (x->cp[i] == ' ' || x->cp[i] == 0x3000 || x->cp[i] == '\t'))
		i++;
	if (e - i > 40 || e <= i)
		return 0;
	if (pe_x_find(x, i, e, "。") != (size_t) -1)
		return 0;
	if (pe_x_at(x, i, "第") && (pe_x_find(x, i, i + 5 < e ? i + 5 : e, "章") != (size_t) -1 ||
								pe_x_find(x, i, i + 5 < e ? i + 5 : e, "篇") != (size_t) -1))
		return 1;
	if (pe_x_at(x, i, "第") && pe_x_find(x, i, i + 5 < e ? i + 5 : e, "节") != (size_t) -1)
		return 3;
	{
		size_t		j = i;

		while (j < e && j < i + 3 && (x->cp[j] == 0x4E00 || x->cp[j] == 0x4E8C ||
									  x->cp[j] == 0x4E09 || x->cp[j] == 0x56DB ||
									  x->cp[j] == 0x4E94 || x->cp[j] == 0x516D ||
									  x->cp[j] == 0x4E03 || x->cp[j] == 0x516B ||
									  x->cp[j] == 0x4E5D || x->cp[j] == 0x5341))
			j++;
		if (j > i && j < e && x->cp[j] == 0x3001)
			return 2;
		if (i < e && (x->cp[i] == '(' || x->cp[i] == 0xFF08) && j == i)
		{
			j = i + 1;
			while (j < e && j < i + 4 && (x->cp[j] == 0x4E00 || x->cp[j] == 0x4E8C ||
										  x->cp[j] == 0x4E09 || x->cp[j] == 0x56DB ||
										  x->cp[j] == 0x4E94 || x->cp[j] == 0x516D ||
										  x->cp[j] == 0x4E03 || x->cp[j] == 0x516B ||
										  x->cp[j] == 0x4E5D || x->cp[j] == 0x5341))
				j++;
			if (j > i + 1 && j < e && (x->cp[j] == ')' || x->cp[j] == 0xFF09))
				return 3;
		}
	}
	return 0;
}

static void
update_section(pe_x *x, size_t s, size_t e, int level)
{
	size_t		i = s;
	int			l;

	while (i < e && (x->cp[i] == ' ' || x->cp[i] == 0x3000 || x->cp[i] == '\t'))
		i++;
	while (e > i && (x->cp[e - 1] == ' ' || x->cp[e - 1] == '\r'))
		e--;
	x->sec_s[level] = i;
	x->sec_e[level] = e;
	for (l = level + 1; l < 4; l++)
		x->sec_s[l] = x->sec_e[l] = 0;
	/* build "A > B > C" */
	{
		size_t		total = 1;
		char	   *o,
				   *p;

		for (l = 0; l < 4; l++)
			if (x->sec_e[l] > x->sec_s[l])
				total += x->boff[x->sec_e[l]] - x->boff[x->sec_s[l]] + 3;
		o = pe_arena_alloc(x->arena, total);
		if (!o)
			return;
		p = o;
		for (l = 0; l < 4; l++)
			if (x->sec_e[l] > x->sec_s[l])
			{
				size_t		bl = x->boff[x->sec_e[l]] - x->boff[x->sec_s[l]];

				if (p != o)
				{
					memcpy(p, " > ", 3);
					p += 3;
				}
				memcpy(p, x->doc + x->boff[x->sec_s[l]], bl);
				p += bl;
			}
		*p = '\0';
		x->section = o;
	}
}

/* ------------------------------------------------------------------ */
/* main entry														   */
/* ------------------------------------------------------------------ */

/* a comma between digit groups: 1,000 (three digits, then no digit) */
static int
thousands_sep(const pe_x *x, size_t k)
{
	return (x->cp[k] == ',' || x->cp[k] == 0xFF0C) && k > 0 && k + 3 < x->n &&
		pe_x_digit(x->cp[k - 1]) >= 0 && pe_x_digit(x->cp[k + 1]) >= 0 &&
		pe_x_digit(x->cp[k + 2]) >= 0 && pe_x_digit(x->cp[k + 3]) >= 0 &&
		(k + 4 >= x->n || pe_x_digit(x->cp[k + 4]) < 0);
}

/* ------------------------------------------------------------------ */
/* indicator keys kept across calls									   */
/* ------------------------------------------------------------------ */

/* FNV-1a over the bytes of a name */
static uint32_t
name_hash(const char *s, size_t n)
{
	uint32_t	h = 2166136261u;
	size_t		j;

	for (j = 0; j < n; j++)
		h = (h ^ (unsigned char) s[j]) * 16777619u;
	return h;
}

typedef struct key_slot
{
	uint32_t	hash;
	const char *name;			/* NULL: empty slot */
	const char *key;
} key_slot;

struct pe_key_cache
{
	pe_arena   *arena;			/* the cache's own memory */
	key_slot   *slots;
	size_t		nslots;			/* a power of two, at least 2 * count */
	size_t		count;
};

/* names longer than this are keyed but not kept */
#define KEY_CACHE_NAME_MAX 160

pe_key_cache *
pe_key_cache_create(pe_arena *arena)
{
	pe_key_cache *c = pe_arena_alloc(arena, sizeof(pe_key_cache));

	if (!c)
		return NULL;
	c->arena = arena;
	c->nslots = 256;
	c->count = 0;
	c->slots = pe_arena_alloc0(arena, c->nslots * sizeof(key_slot));
	return c->slots ? c : NULL;
}

/* the slot of name (hash h): its entry, or the empty slot to fill */
static key_slot *
key_slot_find(key_slot *slots, size_t nslots, uint32_t h, const char *name)
{
	size_t		i = h & (nslots - 1);

	while (slots[i].name && (slots[i].hash != h || strcmp(slots[i].name, name) != 0))
		i = (i + 1) & (nslots - 1);
	return &slots[i];
}

/*
 * The key of name: from the cache, else computed (in the call's arena)
 * and kept (copied into the cache's arena) while there is room.  NULL
 * when out of memory.
 */
static const char *
key_cache_get(pe_key_cache *c, pe_arena *arena, const char *name)
{
	size_t		nl = strlen(name),
				kl;
	uint32_t	h = name_hash(name, nl);
	key_slot   *slot = key_slot_find(c->slots, c->nslots, h, name);
	char	   *key,
			   *kname,
			   *kkey;

	if (slot->name)
		return slot->key;
	key = pe_indicator_key_arena(arena, name, nl, &kl, NULL);
	if (!key || c->count >= PE_KEY_CACHE_MAX || nl > KEY_CACHE_NAME_MAX)
		return key;
	/* grow at half full; the slot is found again in the new table */
	if (2 * (c->count + 1) > c->nslots)
	{
		size_t		n2 = c->nslots * 2,
					i;
		key_slot   *s2 = pe_arena_alloc0(c->arena, n2 * sizeof(key_slot));

		if (!s2)
			return key;
		for (i = 0; i < c->nslots; i++)
			if (c->slots[i].name)
				*key_slot_find(s2, n2, c->slots[i].hash, c->slots[i].name) = c->slots[i];
		c->slots = s2;
		c->nslots = n2;
		slot = key_slot_find(c->slots, c->nslots, h, name);
	}
	/* copy first, then fill the slot: an error never leaves half an entry */
	kname = pe_arena_strndup(c->arena, name, nl);
	kkey = pe_arena_strndup(c->arena, key, kl);
	if (!kname || !kkey)
		return key;
	slot->hash = h;
	slot->key = kkey;
	slot->name = kname;
	c->count++;
	return kkey;
}

/* what a sentence holds, noted while decoding */
#define SF_DIGIT	0x01		/* an Arabic digit (ASCII or full width) */
#define SF_HAN		0x02		/* a character that may start a Chinese
								 * numeral (x_han_start) */

/*
 * Does the sentence [ss, se) hold a digit or a Chinese-numeral candidate
 * (x_han_candidate)?  Only such sentences are read clause by clause.
 */
static int
sentence_figure(const pe_x *x, size_t ss, size_t se, unsigned flags)
{
	size_t		i;

	if (flags & SF_DIGIT)
		return 1;
	if (!(flags & SF_HAN))
		return 0;
	for (i = ss; i < se; i++)
		if (x_han_lead(x->cp[i]) && x_han_candidate(x, i))
			return 1;
	return 0;
}

/* character index of byte offset b (binary search over boff) */
static size_t
char_of(const pe_x *x, size_t b)
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

static int
row_cmp(const void *a, const void *b)
{
	const pe_indicator *ra = a,
			   *rb = b;

	if (ra->char_pos != rb->char_pos)
		return ra->char_pos < rb->char_pos ? -1 : 1;
	/* table_row doubles as emission order for ties */
	if (ra->table_row != rb->table_row)
		return ra->table_row < rb->table_row ? -1 : 1;
	return 0;
}

static int
row_cmp_seq(const void *a, const void *b)
{
	const pe_indicator *ra = a,
			   *rb = b;
	int			c = row_cmp(a, b);

	if (c)
		return c;
	/* value_max_d unused for ordering; fall back to address order */
	return ra < rb ? -1 : (ra > rb);
}

void
pe_extract_indicators(const char *doc, size_t len, int report_year,
					  pe_arena *arena, pe_interrupt_fn interrupt,
					  void *interrupt_arg, pe_extract_result *result)
{
	pe_extract_indicators_cached(doc, len, report_year, arena, interrupt,
								 interrupt_arg, NULL, result);
}

/*
 * Traditional text read as Simplified: a copy of doc with every Han
 * character of pe_t2s_cjk replaced by its Simplified form.  Both forms
 * are three-byte UTF-8, so byte offsets (and so every quote) are those of
 * the original text.  Returns doc itself when nothing changes.
 */
static const char *
fold_traditional(const char *doc, size_t len, pe_arena *arena)
{
	size_t		i = 0;
	char	   *out = NULL;

	while (i + 2 < len)
	{
		const unsigned char *u = (const unsigned char *) doc + i;
		uint32_t	c,
					t;

		pe_arena_poll(arena);
		if (u[0] < 0xE4 || u[0] > 0xE9 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
		{
			i++;
			continue;
		}
		c = ((uint32_t) (u[0] & 0x0F) << 12) | ((uint32_t) (u[1] & 0x3F) << 6) | (u[2] & 0x3F);
		t = c >= 0x4E00 && c < 0xA000 ? pe_t2s_cjk[c - 0x4E00] : 0;
		if (t >= 0x800 && (t < 0xD800 || t > 0xDFFF))
		{
			if (!out)
			{
				out = pe_arena_alloc(arena, len + 1);
				if (!out)
					return doc;
				memcpy(out, doc, len);
				out[len] = 0;
			}
			out[i] = (char) (0xE0 | (t >> 12));
			out[i + 1] = (char) (0x80 | ((t >> 6) & 0x3F));
			out[i + 2] = (char) (0x80 | (t & 0x3F));
		}
		i += 3;
	}
	return out ? out : doc;
}

/* positions in the text without figure blanks, back into the caller's */
static void
rows_unblank(const pe_blank_map *m, pe_indicator *rows, size_t n)
{
	size_t		k;

	for (k = 0; k < n && m->n > 0; k++)
	{
		pe_indicator *r = &rows[k];
		size_t		b = pe_blank_map_byte(m, r->quote_off, 0),
					c = pe_blank_map_char(m, r->char_pos, 0),
					w = pe_blank_map_char(m, r->why_pos, 0);

		if (r->quote_len)
			r->quote_len = pe_blank_map_byte(m, r->quote_off + r->quote_len, 1) - b;
		if (r->char_len)
			r->char_len = pe_blank_map_char(m, r->char_pos + r->char_len, 1) - c;
		if (r->why_len)
			r->why_len = pe_blank_map_char(m, r->why_pos + r->why_len, 1) - w;
		r->quote_off = b;
		r->char_pos = c;
		r->why_pos = w;
	}
}

void
pe_extract_indicators_cached(const char *doc, size_t len, int report_year,
							 pe_arena *arena, pe_interrupt_fn interrupt,
							 void *interrupt_arg, pe_key_cache *cache,
							 pe_extract_result *result)
{
	pe_x		x;
	size_t		i,
				n,
				line_s;
	pe_xdoc		d;
	size_t	   *seq;
	pe_text_span *spans = NULL;
	size_t		nspans = 0,
				next_doc,
			   *doc_starts;
	pe_outline	outline;
	size_t		outline_len = len;
	size_t	   *send;			/* sentence ends: characters of x_sentence_end */
	unsigned char *sflags;		/* SF_* of the sentence ending there */
	size_t		nsend = 0,
				send_cap,
				nlines = 0,
				last_fig;
	unsigned	last_flags;		/* SF_* of the text after the last end */
	pe_blank_map blanks;		/* blanks dropped around figures */

	memset(result, 0, sizeof(*result));
	memset(&x, 0, sizeof(x));
	if (!doc || len == 0)
		return;
	/*
	 * Every row needs a digit (a figure, or a table's row number) or a
	 * Chinese numeral: a text without one is answered without decoding it.
	 */
	if (!figure_possible(doc, len))
		return;
	/* Traditional characters are read as Simplified (增長 = 增长, 萬人 = 万人) */
	doc = fold_traditional(doc, len, arena);
	/* 增长 5.8% is read as 增长5.8% (positions mapped back at the end) */
	doc = pe_text_drop_figure_blanks(doc, &len, arena, &blanks);
	x.doc = doc;
	x.len = len;
	x.arena = arena;
	x.interrupt = interrupt;
	x.interrupt_arg = interrupt_arg;

	/*
	 * Decode, and note on the way where the sentences end (the characters
	 * of x_sentence_end) and what each holds: an Arabic digit, or a
	 * character that may start a Chinese numeral.  The passes below then
	 * go from sentence end to sentence end instead of character by
	 * character.
	 */
	x.cp = pe_arena_alloc(arena, (len + 1) * sizeof(uint32_t));
	x.boff = pe_arena_alloc(arena, (len + 2) * sizeof(size_t));
	x.skip = pe_arena_alloc0(arena, len + 1);
	send_cap = len / 32 + 16;
	send = pe_arena_alloc(arena, send_cap * sizeof(size_t));
	sflags = pe_arena_alloc(arena, send_cap);
	if (!x.cp || !x.boff || !x.skip || !send || !sflags)
	{
		result->oom = 1;
		return;
	}
	n = 0;
	i = 0;
	{
		unsigned	fl = 0;		/* SF_* of the current sentence */

		while (i < len)
		{
			const unsigned char *u = (const unsigned char *) doc + i;
			uint32_t	c;
			int			end = 0;

			pe_arena_poll(arena);

			x.boff[n] = i;
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
						nlines++;
					}
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
				if (x_han_lead(c))
					fl |= SF_HAN;
				else if (c >= 0x3002 && (c == 0x3002 || c == 0xFF01 || c == 0xFF1F))
					end = 1;
				else if (c - 0xFF10u < 10)
					fl |= SF_DIGIT;
			}
			else				/* never a digit nor a sentence end */
				c = pe_utf8_next(doc, len, &i);
			x.cp[n] = c;
			if (end)
			{
				if (nsend == send_cap)
				{
					size_t		ncap = send_cap * 2;
					size_t	   *ns = pe_arena_grow(arena, send, nsend, ncap, sizeof(size_t));
					unsigned char *nf = pe_arena_grow(arena, sflags, nsend, ncap, 1);

					if (!ns || !nf)
					{
						result->oom = 1;
						return;
					}
					send = ns;
					sflags = nf;
					send_cap = ncap;
				}
				send[nsend] = n;
				sflags[nsend++] = (unsigned char) fl;
				fl = 0;
			}
			n++;
		}
		last_flags = fl;
	}
	x.boff[n] = len;
	x.cp[n] = 0;
	x.n = n;

	/* tables first: their lines are marked in x.skip (a table needs lines) */
	if (nlines > 0)
		pe_extract_tables(&x, report_year);

	/*
	 * The last sentence that may give a row: nothing after it can (the
	 * running context only flows forward), so the pass stops there.
	 */
	{
		size_t		k = nsend + 1;

		last_fig = (size_t) -1;
		while (k-- > 0)
		{
			size_t		se = k < nsend ? send[k] : n,
						ss = k > 0 ? send[k - 1] + 1 : 0;
			unsigned	f = k < nsend ? sflags[k] : last_flags;

			if (se > ss && !x.skip[ss] && sentence_figure(&x, ss, se, f))
			{
				last_fig = k;
				break;
			}
		}
	}

	/* documents, sentences, clauses */
	if (last_fig != (size_t) -1)
	{
		size_t		ss = 0,		/* sentence start */
					checked = 0,
					k;

		/* documents pasted into one text: the outline concern splits them */
		if (nlines == 0)
		{
			/* one line holds one document */
			spans = NULL;
			nspans = 0;
		}
		else if (pe_split_documents(doc, len, arena, &spans, &nspans) < 0)
		{
			result->oom = 1;
			return;
		}
		doc_starts = pe_arena_alloc(arena, (nspans + 1) * sizeof(size_t));
		if (!doc_starts)
		{
			result->oom = 1;
			return;
		}
		for (i = 0; i < nspans; i++)
			doc_starts[i] = char_of(&x, spans[i].start);
		memset(&d, 0, sizeof(d));
		d.start = 0;
		d.end = nspans > 1 ? doc_starts[1] : n;
		next_doc = 1;
		doc_facts(&x, &d, report_year);
		line_s = 0;

		for (k = 0; k <= last_fig; k++)
		{
			size_t		se = k < nsend ? send[k] : n;

			if (interrupt && se - checked >= 0x4000)
			{
				checked = se;
				if (interrupt(interrupt_arg))
				{
					result->aborted = 1;
					break;
				}
			}
			if (se == n || x.cp[se] == '\n')
			{
				int			lvl;

				/* the next of several pasted documents (pe_split_documents) */
				if (next_doc < nspans && se + 1 >= doc_starts[next_doc])
				{
					d.start = doc_starts[next_doc];
					d.end = next_doc + 1 < nspans ? doc_starts[next_doc + 1] : n;
					next_doc++;
					doc_facts(&x, &d, report_year);
					memset(x.sec_s, 0, sizeof(x.sec_s));
					memset(x.sec_e, 0, sizeof(x.sec_e));
					x.section = NULL;
				}
				else if ((lvl = heading_level(&x, line_s, se)) > 0 && !x.skip[line_s])
				{
					update_section(&x, line_s, se, lvl);
					/* a vision year (2035年远景目标) ends with its section */
					if (d.plan_end && d.ctx_year > d.plan_end)
					{
						d.ctx_year = d.plan_end;
						d.ctx_why = pe_why_at(PE_WHY_VISION_END, line_s, 0);
					}
					(void) pe_kind_sentence(&x, &d, line_s, se);
				}
				line_s = se + 1;
			}
			if (se > ss && !x.skip[ss])
			{
				sentence_state st;
				size_t		cs = ss,
							j;
				int			own = pe_kind_sentence(&x, &d, ss, se);

#ifdef PE_EXTRACT_DEBUG
				fprintf(stderr, "ctx %d %d @%zu %.60s\n", d.ctx_kind, d.ctx_year, ss, x.doc + x.boff[ss]);
#endif
				memset(&st, 0, sizeof(st));
				st.kind = d.ctx_kind;
				st.year = d.ctx_year;
				st.why = d.ctx_why;
				st.rank = own ? PE_CUE_RANK_STANCE : d.ctx_rank;
				/* clauses only matter where there is a figure */
				if (k == last_fig ||
					sentence_figure(&x, ss, se, k < nsend ? sflags[k] : last_flags))
				{
					pe_kind_sentence_start(&x, &d, &st, ss, se);
					for (j = ss; j <= se; j++)
					{
						if (j == se || (is_sep(x.cp[j]) && !thousands_sep(&x, j)))
						{
							if (j > cs)
								do_clause(&x, &d, &st, cs, j);
							cs = j + 1;
						}
					}
				}
			}
			ss = se + 1;
		}
	}
	if (arena->failed)
		result->oom = 1;

	/* document order; stable for rows of one statement */
	if (x.nrows > 1)
	{
		size_t		k;

		seq = NULL;
		(void) seq;
		for (k = 0; k < x.nrows; k++)
			if (!x.rows[k].table_row)
				x.rows[k].table_row = 0;
		/* stable: rows were appended in order; use a merge via index */
		{
			size_t	   *idx = pe_arena_alloc(arena, x.nrows * sizeof(size_t));
			pe_indicator *sorted = pe_arena_alloc(arena, x.nrows * sizeof(pe_indicator));

			if (idx && sorted)
			{
				/* insertion order is the tie-break: stable sort by pos */
				size_t	   *tmp = pe_arena_alloc(arena, x.nrows * sizeof(size_t));
				size_t		width;

				if (tmp)
				{
					for (k = 0; k < x.nrows; k++)
						idx[k] = k;
					for (width = 1; width < x.nrows; width *= 2)
					{
						size_t		lo;

						for (lo = 0; lo < x.nrows; lo += 2 * width)
						{
							size_t		mid = lo + width < x.nrows ? lo + width : x.nrows;
							size_t		hi = lo + 2 * width < x.nrows ? lo + 2 * width : x.nrows;
							size_t		a = lo,
										b = mid,
										o = lo;

							while (a < mid && b < hi)
							{
								if (x.rows[idx[b]].char_pos < x.rows[idx[a]].char_pos)
									tmp[o++] = idx[b++];
								else
									tmp[o++] = idx[a++];
							}
							while (a < mid)
								tmp[o++] = idx[a++];
							while (b < hi)
								tmp[o++] = idx[b++];
						}
						memcpy(idx, tmp, x.nrows * sizeof(size_t));
					}
					for (k = 0; k < x.nrows; k++)
						sorted[k] = x.rows[idx[k]];
					x.rows = sorted;
				}
			}
		}
	}
	(void) row_cmp_seq;
	/* section paths from the outline concern (plan_sections) */
	/*
	 * Headings after the last figure do not matter: the outline is built
	 * over the text up to the end of that figure's sentence.
	 */
	if (x.nrows > 0)
	{
		size_t		k,
					last = 0;

		for (k = 0; k < x.nrows; k++)
			if (x.rows[k].char_pos + x.rows[k].char_len > last)
				last = x.rows[k].char_pos + x.rows[k].char_len;
		while (last < x.n && !pe_x_sentence_end(x.cp[last]))
			last++;
		outline_len = last < x.n ? x.boff[last] : len;
	}
	/*
	 * pe_doc_outline gives exactly pe_outline_build's result for a text of
	 * one document; the split is known already, so skip its second pass.
	 */
	if (x.nrows > 0 &&
		(nspans > 1 ? pe_doc_outline(doc, outline_len, arena, &outline) :
		 pe_outline_build(doc, outline_len, arena, &outline)) == 0 &&
		outline.n > 0)
	{
		size_t		k;
		int			last_idx = -2;
		const char *last_path = NULL;
		size_t		plen;

		for (k = 0; k < x.nrows; k++)
		{
			int			idx = pe_outline_find(&outline, x.rows[k].quote_off);

			if (idx != last_idx)
			{
				last_idx = idx;
				last_path = idx >= 0 ?
					pe_outline_path(&outline, doc, idx, " / ", arena, &plen) : NULL;
			}
			if (!x.rows[k].table_row || !x.rows[k].section)
				x.rows[k].section = last_path;
		}
	}
	else
	{
		size_t		k;

		for (k = 0; k < x.nrows; k++)
			if (!x.rows[k].table_row)
				x.rows[k].section = NULL;
	}

	/* catalogue keys, so rows join across documents */
	if (cache)
	{
		size_t		k;

		for (k = 0; k < x.nrows; k++)
		{
			const char *key = key_cache_get(cache, arena, x.rows[k].indicator);

			x.rows[k].indicator_key = key ? key : "~";
		}
	}
	else
	{
		/* names repeat (地区生产总值 in every report): a small cache */
		const char *cname[64];
		const char *ckey[64];
		size_t		k;

		memset(cname, 0, sizeof(cname));
		for (k = 0; k < x.nrows; k++)
		{
			const char *nm = x.rows[k].indicator;
			size_t		nl = strlen(nm);
			uint32_t	h = name_hash(nm, nl) & 63;
			char	   *key;

			if (cname[h] && strcmp(cname[h], nm) == 0)
			{
				x.rows[k].indicator_key = ckey[h];
				continue;
			}
			key = pe_indicator_key_arena(arena, nm, nl, NULL, NULL);
			x.rows[k].indicator_key = key ? key : "~";
			cname[h] = nm;
			ckey[h] = x.rows[k].indicator_key;
		}
	}
	rows_unblank(&blanks, x.rows, x.nrows);
	result->rows = x.rows;
	result->nrows = x.nrows;
}

const char *
pe_measure_name(pe_measure m)
{
	switch (m)
	{
		case PE_MEASURE_GROWTH:
			return "growth";
		case PE_MEASURE_DELTA:
			return "delta";
		default:
			return "level";
	}
}

const char *
pe_period_name(pe_period p)
{
	switch (p)
	{
		case PE_PERIOD_ANNUAL_AVG:
			return "annual_avg";
		case PE_PERIOD_CUMULATIVE:
			return "cumulative";
		default:
			return "year";
	}
}

const char *
pe_kind_name(pe_kind k)
{
	return k == PE_KIND_TARGET ? "target" : "actual";
}

const char *
pe_attribute_name(pe_attribute a)
{
	switch (a)
	{
		case PE_ATTR_EXPECTED:
			return "预期性";
		case PE_ATTR_BINDING:
			return "约束性";
		default:
			return NULL;
	}
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
