/*-------------------------------------------------------------------------
 *
 * pe_outline.c
 *	  Section headings and the outline tree of Chinese plan text.
 *
 * One pass over the lines of the text.  On each line a heading may start
 * at the first non-blank character, and inline headings may start after a
 * sentence end (。！？!?；;：: then blanks).  A candidate is a marker
 * (第X章, 一、, （一）, 1., ①, 专栏 ...) followed by a title, or an
 * unmarked heading (see pe_outline.h).  Accepted headings are nested with
 * a stack and a per-document order of marker kinds; numbering must go on
 * (一、 after 一、 needs 二、) for inline headings, which keeps "第 一、"
 * or "8个 一、二级" out.  docs/outline.md describes every rule.
 *
 * Work per character is bounded by constants (title scans stop after
 * PE_OUTLINE_MAX_TITLE characters, the stack holds at most one entry per
 * kind), so the whole is linear in the input length.
 *
 * IDENTIFICATION
 *	  src/core/pe_outline.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_outline.h"

#include <string.h>

#include "pe_text.h"
#include "pe_utf8.h"

#define MAX_DEPTH 32

/* canonical rank of a kind: lower is higher in the tree */
static int
canon_rank(pe_marker_kind k)
{
	switch (k)
	{
		case PE_MK_PIAN: return 1;
		case PE_MK_PART: return 2;
		case PE_MK_ZHANG: return 3;
		case PE_MK_JIE: return 4;
		case PE_MK_CN_DUN: return 5;
		case PE_MK_CN_PAREN: return 6;
		case PE_MK_NUM_DOT: return 7;
		case PE_MK_NUM_PAREN: return 8;
		case PE_MK_CIRCLED: return 9;
		case PE_MK_PLAIN: return 0;
		default: return 10;
	}
}

static int
is_strong(pe_marker_kind k)
{
	return k == PE_MK_PIAN || k == PE_MK_PART || k == PE_MK_ZHANG ||
		k == PE_MK_JIE;
}

static int
is_boxlike(pe_marker_kind k)
{
	return k == PE_MK_BOX || k == PE_MK_TABLE;
}

const char *
pe_marker_kind_name(pe_marker_kind k)
{
	switch (k)
	{
		case PE_MK_PIAN: return "pian";
		case PE_MK_PART: return "part";
		case PE_MK_ZHANG: return "chapter";
		case PE_MK_JIE: return "section";
		case PE_MK_CN_DUN: return "cn_dun";
		case PE_MK_CN_PAREN: return "cn_paren";
		case PE_MK_NUM_DOT: return "num_dot";
		case PE_MK_NUM_PAREN: return "num_paren";
		case PE_MK_CIRCLED: return "circled";
		case PE_MK_BOX: return "box";
		case PE_MK_TABLE: return "table";
		case PE_MK_PLAIN: return "plain";
		case PE_MK_DOC: return "document";
		default: return "unknown";
	}
}

/* ------------------------------------------------------------------ */
/* character helpers                                                   */
/* ------------------------------------------------------------------ */

/* code point at s[i]; *next (when not NULL) gets the offset after it */
static inline uint32_t
peek(const char *s, size_t len, size_t i, size_t *next)
{
	size_t		n;
	uint32_t	cp = pe_utf8_peek(s, len, i, &n);

	if (next)
		*next = i + n;
	return cp;
}

static int
is_nl(uint32_t cp)
{
	return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029;
}

static inline int
is_blank(uint32_t cp)
{
	/* fast exit for ASCII graphic characters, Han and CJK punctuation */
	if ((cp > ' ' && cp < 0x7F) || (cp > 0x3000 && cp < 0xFEFF))
		return 0;
	return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0 ||
		cp == 0xFEFF || (cp != '\n' && cp != '\r' && pe_is_space(cp) &&
						 cp != 0x2028 && cp != 0x2029);
}

static inline int
is_boundary_char(uint32_t cp)
{
	if (cp >= 0x4E00 && cp <= 0x9FFF)
		return 0;				/* Han: the common case */
	return pe_text_is_terminator(cp) || cp == 0xFF1B || cp == ';' ||
		cp == 0xFF1A || cp == ':';
}

static inline int
is_closer(uint32_t cp)
{
	return cp == 0x201D || cp == 0x2019 || cp == 0x300D || cp == 0x300F ||
		cp == ')' || cp == 0xFF09 || cp == 0x300B || cp == 0x3011;
}

static int
is_comma(uint32_t cp)
{
	return cp == 0xFF0C || cp == ',';
}

/* punctuation that may not start a title */
static int
is_bad_title_start(uint32_t cp)
{
	return cp == 0 || is_nl(cp) || is_comma(cp) || is_boundary_char(cp) ||
		cp == 0x3001 || cp == '.' || cp == 0xFF0E || is_closer(cp);
}

static int
cn_digit(uint32_t cp)
{
	switch (cp)
	{
		case 0x3007: return 0;	/* 〇 */
		case 0x96F6: return 0;	/* 零 */
		case 0x4E00: return 1;	/* 一 */
		case 0x4E8C: return 2;	/* 二 */
		case 0x4E24: return 2;	/* 两 */
		case 0x4E09: return 3;	/* 三 */
		case 0x56DB: return 4;	/* 四 */
		case 0x4E94: return 5;	/* 五 */
		case 0x516D: return 6;	/* 六 */
		case 0x4E03: return 7;	/* 七 */
		case 0x516B: return 8;	/* 八 */
		case 0x4E5D: return 9;	/* 九 */
		case 0x5341: return 10; /* 十 */
		case 0x767E: return 100;	/* 百 */
		default: return -1;
	}
}

/*
 * Chinese numeral at s[i..) (up to 6 characters, optionally with single
 * blanks between them when allow_blank: "十 一、" is a typesetting split
 * of 十一).  Returns the value (> 0) and sets *end, or 0.
 */
static int
parse_cn_num(const char *s, size_t len, size_t i, int allow_blank, size_t *end)
{
	int			total = 0,
				cur = 0,
				nchars = 0;
	size_t		j = i,
				last_end = i;

	while (j < len && nchars < 6)
	{
		size_t		k;
		uint32_t	cp = peek(s, len, j, &k);
		int			d = cn_digit(cp);

		if (d < 0)
		{
			/* a blank between two numerals */
			if (allow_blank && nchars > 0 && (cp == ' ' || cp == 0x3000))
			{
				size_t		k2;

				if (cn_digit(peek(s, len, k, &k2)) >= 0)
				{
					j = k;
					continue;
				}
			}
			break;
		}
		if (d == 10 || d == 100)
		{
			total += (cur ? cur : 1) * d;
			cur = 0;
		}
		else
			cur = d;
		nchars++;
		j = k;
		last_end = k;
	}
	total += cur;
	if (nchars == 0 || total <= 0)
		return 0;
	*end = last_end;
	return total;
}

static int
ascii_digit_val(uint32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return (int) (cp - '0');
	if (cp >= 0xFF10 && cp <= 0xFF19)
		return (int) (cp - 0xFF10);
	return -1;
}

/*
 * Read at most max ASCII or full-width digits at s[i..): returns how many
 * were read, their value in *val and the offset after them in *end.
 */
static int
read_digits(const char *s, size_t len, size_t i, int max, int *val, size_t *end)
{
	int			v = 0,
				n = 0;
	size_t		j = i;

	while (j < len && n < max)
	{
		size_t		k;
		int			d = ascii_digit_val(peek(s, len, j, &k));

		if (d < 0)
			break;
		v = v * 10 + d;
		n++;
		j = k;
	}
	*val = v;
	*end = j;
	return n;
}

/* 1 to 3 ASCII or full-width digits; value or -1 */
static int
parse_digits(const char *s, size_t len, size_t i, size_t *end)
{
	int			v;
	size_t		j;
	int			n = read_digits(s, len, i, 4, &v, &j);

	if (n == 0 || n > 3)
		return -1;
	*end = j;
	return v;
}

/* ------------------------------------------------------------------ */
/* marker recognition                                                  */
/* ------------------------------------------------------------------ */

typedef struct marker
{
	pe_marker_kind kind;
	int			number;
	size_t		label_start;
	size_t		label_end;
	size_t		title_start;
} marker;

static size_t
skip_blanks(const char *s, size_t len, size_t i)
{
	while (i < len)
	{
		size_t		k;
		uint32_t	cp = peek(s, len, i, &k);

		if (!is_blank(cp))
			break;
		i = k;
	}
	return i;
}

/*
 * Recognise a heading marker at s[p..len).  line_start: p is the first
 * non-blank character of a line (table labels 表N need it).
 */
static int
parse_marker(const char *s, size_t len, size_t p, int line_start, marker *m)
{
	size_t		k,
				e;
	uint32_t	cp = peek(s, len, p, &k);
	uint32_t	c2;
	int			v;

	m->label_start = p;
	if (cp == 0x7B2C)			/* 第 */
	{
		size_t		e2;

		v = parse_cn_num(s, len, k, 0, &e);
		if (v == 0)
		{
			v = parse_digits(s, len, k, &e);
			if (v <= 0)
				return 0;
		}
		e = skip_blanks(s, len, e);
		c2 = peek(s, len, e, &e2);
		if (c2 == 0x7BC7)
			m->kind = PE_MK_PIAN;
		else if (c2 == 0x7AE0)
			m->kind = PE_MK_ZHANG;
		else if (c2 == 0x8282)
			m->kind = PE_MK_JIE;
		else if (c2 == 0x90E8 && peek(s, len, e2, NULL) == 0x5206)	/* 部分 */
		{
			peek(s, len, e2, &e2);
			m->kind = PE_MK_PART;
		}
		else
			return 0;
		m->number = v;
		m->label_end = e2;
		e = skip_blanks(s, len, e2);
		c2 = peek(s, len, e, &e2);
		if (c2 == 0xFF1A || c2 == ':' || c2 == 0x3001)
			e = skip_blanks(s, len, e2);
		m->title_start = e;
		return 1;
	}
	if (cp == '(' || cp == 0xFF08)
	{
		size_t		e2;
		pe_marker_kind kind = PE_MK_CN_PAREN;

		v = parse_cn_num(s, len, k, 0, &e);
		if (v == 0)
		{
			v = parse_digits(s, len, k, &e);
			kind = PE_MK_NUM_PAREN;
			if (v <= 0)
				return 0;
		}
		c2 = peek(s, len, e, &e2);
		if (c2 != ')' && c2 != 0xFF09)
			return 0;
		m->kind = kind;
		m->number = v;
		m->label_end = e2;
		m->title_start = skip_blanks(s, len, e2);
		return 1;
	}
	if (cp >= 0x2460 && cp <= 0x2473)	/* ① .. ⑳ */
	{
		m->kind = PE_MK_CIRCLED;
		m->number = (int) (cp - 0x2460) + 1;
		m->label_end = k;
		m->title_start = skip_blanks(s, len, k);
		return 1;
	}
	if (cp >= 0x2474 && cp <= 0x2487)	/* ⑴ .. ⒇ */
	{
		m->kind = PE_MK_NUM_PAREN;
		m->number = (int) (cp - 0x2474) + 1;
		m->label_end = k;
		m->title_start = skip_blanks(s, len, k);
		return 1;
	}
	if (cp >= 0x2488 && cp <= 0x249B)	/* ⒈ .. ⒛ */
	{
		m->kind = PE_MK_NUM_DOT;
		m->number = (int) (cp - 0x2488) + 1;
		m->label_end = k;
		m->title_start = skip_blanks(s, len, k);
		return 1;
	}
	if (cn_digit(cp) > 0 || cp == 0x3007)
	{
		size_t		e2;

		v = parse_cn_num(s, len, p, 1, &e);
		if (v <= 0 || v > 99)
			return 0;
		e = skip_blanks(s, len, e);
		c2 = peek(s, len, e, &e2);
		if (c2 != 0x3001 && c2 != 0xFF0E)	/* 、 ． */
			return 0;
		m->kind = PE_MK_CN_DUN;
		m->number = v;
		m->label_end = e2;
		m->title_start = skip_blanks(s, len, e2);
		return 1;
	}
	if (ascii_digit_val(cp) >= 0)
	{
		size_t		e2,
					e3;

		v = parse_digits(s, len, p, &e);
		if (v <= 0 || v > 99)
			return 0;
		c2 = peek(s, len, e, &e2);
		if (c2 != '.' && c2 != 0xFF0E && c2 != 0x3001)
			return 0;
		/* 3.5 is a number, 1.2.3 a clause number we do not nest */
		if (ascii_digit_val(peek(s, len, e2, &e3)) >= 0)
			return 0;
		m->kind = PE_MK_NUM_DOT;
		m->number = v;
		m->label_end = e2;
		m->title_start = skip_blanks(s, len, e2);
		return 1;
	}
	if (cp == 0x4E13 && peek(s, len, k, &e) == 0x680F)	/* 专栏 */
	{
		size_t		e2;

		v = parse_digits(s, len, e, &e2);
		if (v < 0)
		{
			v = parse_cn_num(s, len, e, 0, &e2);
			if (v == 0)
				e2 = e;
		}
		/* 专栏 2-1 */
		if (v > 0 && (peek(s, len, e2, &e) == '-' || peek(s, len, e2, NULL) == 0x2014))
		{
			size_t		e4;

			if (parse_digits(s, len, e, &e4) >= 0)
				e2 = e4;
		}
		e = skip_blanks(s, len, e2);
		c2 = peek(s, len, e, &k);
		if (c2 == 0xFF1A || c2 == ':')
			e = skip_blanks(s, len, k);
		else if (e == e2 && c2 != 0 && !is_nl(c2))
			return 0;			/* 专栏建设... is body text */
		m->kind = PE_MK_BOX;
		m->number = v > 0 ? v : 0;
		m->label_end = e2;
		m->title_start = e;
		return 1;
	}
	if (line_start && cp == 0x8868)	/* 表N */
	{
		size_t		e2;

		v = parse_digits(s, len, k, &e2);
		if (v <= 0)
			return 0;
		if (peek(s, len, e2, &e) == '-')
		{
			size_t		e4;

			if (parse_digits(s, len, e, &e4) >= 0)
				e2 = e4;
		}
		e = skip_blanks(s, len, e2);
		c2 = peek(s, len, e, &k);
		if (c2 == 0xFF1A || c2 == ':')
			e = skip_blanks(s, len, k);
		else if (e == e2)
			return 0;
		m->kind = PE_MK_TABLE;
		m->number = v;
		m->label_end = e2;
		m->title_start = e;
		return 1;
	}
	return 0;
}

/* characters in s[a..b) */
static int
count_chars(const char *s, size_t a, size_t b)
{
	return (int) pe_utf8_count(s + a, b - a);
}

/* are there at least n characters in s[a..b)?  Stops after n. */
static int
has_chars(const char *s, size_t a, size_t b, int n)
{
	size_t		i = a;
	int			c = 0;

	while (i < b && c < n)
	{
		(void) peek(s, b, i, &i);
		c++;
	}
	return c >= n;
}

/* ------------------------------------------------------------------ */
/* title end                                                           */
/* ------------------------------------------------------------------ */

/* does s[i..) start with the UTF-8 literal w? */
static int
has_word(const char *s, size_t len, size_t i, const char *w)
{
	size_t		n = strlen(w);

	return i + n <= len && memcmp(s + i, w, n) == 0;
}

/* words that start body text after a run-in title */
static const char *const body_cues[] = {
	"各位代表", "过去五年", "五年来", "一年来", "今年", "去年", "面对",
	"当前", "近年来", "我们", NULL
};

/* words a plan-report part title ends with */
static const char *const end_words[] = {
	"工作回顾", "工作安排", "重点工作", "目标任务", "主要任务", "主要成就",
	"远景目标", "目标考虑", "主要目标", "奋斗目标", "主要工作", NULL
};

/*
 * Can cp start one of end_words?  A cheap filter before word_at, which
 * tries every word; keep it in step with the list above.
 */
static int
end_word_first(uint32_t cp)
{
	switch (cp)
	{
		case 0x5DE5:			/* 工 */
		case 0x91CD:			/* 重 */
		case 0x76EE:			/* 目 */
		case 0x4E3B:			/* 主 */
		case 0x8FDC:			/* 远 */
		case 0x594B:			/* 奋 */
			return 1;
		default:
			return 0;
	}
}

/* a continuation of the title after an end word */
static int
continues_title(uint32_t cp)
{
	switch (cp)
	{
		case 0x548C:			/* 和 */
		case 0x53CA:			/* 及 */
		case 0x4E0E:			/* 与 */
		case 0x66A8:			/* 暨 */
		case 0x3001:			/* 、 */
		case 0x7684:			/* 的 */
		case 0x4EFB:			/* 任 */
		case 0x5B89:			/* 安 */
		case 0x8BA1:			/* 计 */
		case 0x60C5:			/* 情 */
		case 0x5B8C:			/* 完 */
			return 1;
		default:
			return 0;
	}
}

/* verbs that open the body after a two-clause title "A，B" */
static const char *const openers[] = {
	"强化", "做精", "做强", "做优", "确保", "打响", "推动", "深入", "全力",
	"坚决", "切实", "毫不放松", "加快", "始终", "坚定不移", "大力", "积极",
	"狠抓", "扎实", "着力", "提升", "优化", "注重", "加强", "健全", "推进",
	"完善", "完整准确", NULL
};

/* "在…中提升", "和推动": the verb continues the title's clause */
static int
joins_verb(const char *s, size_t i)
{
	size_t		j = i;
	uint32_t	cp;

	if (i == 0)
		return 0;
	cp = pe_utf8_prev(s, &j);
	return cp == 0x4E2D || cp == 0x548C || cp == 0x5E76 || cp == 0x3001 ||
		cp == 0x5730 || cp == 0x53CA;	/* 中 和 并 、 地 及 */
}

static int
word_at(const char *s, size_t len, size_t i, const char *const *list,
		size_t *wend)
{
	const unsigned char *p = (const unsigned char *) s + i;
	size_t		rem = i < len ? len - i : 0;
	int			w;

	/*
	 * Byte by byte, stopping at the first difference: most positions fail
	 * on the first or second byte, with no strlen or memcmp call per word.
	 */
	for (w = 0; list[w]; w++)
	{
		const unsigned char *q = (const unsigned char *) list[w];
		size_t		j = 0;

		while (q[j] != 0 && j < rem && p[j] == q[j])
			j++;
		if (q[j] == 0)
		{
			*wend = i + j;
			return 1;
		}
	}
	return 0;
}

/*
 * Body cue at s[i..): returns 1 when the body text starts at i
 * (year "2021年是/,", a quoted period "“十四五”时期,", or a cue word).
 */
static int
body_cue_at(const char *s, size_t len, size_t i)
{
	size_t		k,
				e;
	uint32_t	cp = peek(s, len, i, &k);

	if (ascii_digit_val(cp) >= 0)
	{
		int			v;
		int			n = read_digits(s, len, i, 5, &v, &e);

		if (n == 4 && v >= 1900 && v <= 2099 && peek(s, len, e, &k) == 0x5E74)	/* 年 */
		{
			uint32_t	c2 = peek(s, len, k, &e);

			if (c2 == 0x662F || is_comma(c2) || ascii_digit_val(c2) >= 0 ||
				has_word(s, len, k, "以来"))
				return 1;
		}
		return 0;
	}
	if (cp == 0x201C)			/* “十四五”时期, */
	{
		size_t		j = k;
		int			n = 0;

		while (j < len && n < 8)
		{
			uint32_t	c2 = peek(s, len, j, &e);

			if (c2 == 0x201D)
			{
				if (has_word(s, len, e, "时期"))
				{
					uint32_t	c3 = peek(s, len, e + 6, NULL);

					return is_comma(c3) || c3 == 0x662F;	/* 是 */
				}
				return 0;
			}
			j = e;
			n++;
		}
		return 0;
	}
	return word_at(s, len, i, body_cues, &e);
}

/*
 * Find the end of the title starting at ts.  le is the end of the line.
 * own_line: the heading starts a line (cue rules apply only when the
 * title runs on past the bound or into a sentence).  Returns the end
 * offset (before trailing blanks/punctuation) and sets *cut when the
 * bound rule chose it.
 */
static size_t
title_end(const char *s, size_t le, size_t ts, pe_marker_kind kind,
		  int own_line, unsigned *flags)
{
	size_t		i = ts;
	size_t		hard = (size_t) -1;
	size_t		bound = ts;
	size_t		first_comma = (size_t) -1;
	size_t		last_comma = (size_t) -1;
	int			nchars = 0;
	int			hard_is_eol = 0;
	int			quote = 0;

	/* 1. the hard end within the bound */
	while (i < le && nchars <= PE_OUTLINE_MAX_TITLE)
	{
		size_t		k;
		uint32_t	cp = peek(s, le, i, &k);

		if (cp == 0x201C || cp == 0x300A)
			quote++;
		else if ((cp == 0x201D || cp == 0x300B) && quote > 0)
			quote--;
		if (is_nl(cp) || pe_text_is_terminator(cp) || cp == 0xFF1B ||
			cp == ';' || (is_blank(cp) && nchars >= 2) ||
			((cp == 0xFF1A || cp == ':') && (nchars >= 2 || is_boxlike(kind))))
		{
			hard = i;
			hard_is_eol = is_nl(cp);
			break;
		}
		if (is_comma(cp) && quote == 0)
		{
			if (first_comma == (size_t) -1)
				first_comma = i;
			last_comma = i;
		}
		nchars++;
		i = k;
		bound = i;
	}
	if (hard == (size_t) -1 && i >= le)
	{
		hard = le;
		hard_is_eol = 1;
	}
	if (is_boxlike(kind) || (own_line && hard_is_eol && hard != (size_t) -1))
		return hard != (size_t) -1 ? hard : bound;

	/* 2. body cues and end words, at least 4 characters in */
	{
		size_t		lim = hard != (size_t) -1 ? hard : bound;
		int			n = 0;

		quote = 0;
		for (i = ts; i < lim; n++)
		{
			size_t		k,
						we;
			uint32_t	cp = peek(s, lim, i, &k);

			if (n >= 4 && quote == 0 && body_cue_at(s, lim, i))
				return i;
			if (cp == 0x201C)
				quote++;
			else if (cp == 0x201D && quote > 0)
				quote--;
			if (n >= 2 && end_word_first(cp) &&
				word_at(s, lim, i, end_words, &we) && we < lim)
			{
				uint32_t	nx = peek(s, lim, we, NULL);

				if (!continues_title(nx) && !is_comma(nx) && !is_blank(nx))
					return we;
			}
			i = k;
		}
	}

	/* 3. two-clause title running into a verb that opens the body */
	if (first_comma != (size_t) -1)
	{
		size_t		lim = hard != (size_t) -1 ? hard : bound;
		size_t		bstart,
					blim;
		size_t		k;
		int			alen = (int) pe_utf8_count(s + ts, first_comma - ts);
		int			th = alen - 4;
		int			n = 0;

		if (th < 4)
			th = 4;
		if (th > 8)
			th = 8;
		peek(s, lim, first_comma, &bstart);
		/* the second clause ends at the next comma */
		blim = lim;
		quote = 0;
		for (i = bstart; i < lim; i = k)
		{
			uint32_t	cp = peek(s, lim, i, &k);

			if (cp == 0x201C)
				quote++;
			else if (cp == 0x201D && quote > 0)
				quote--;
			else if (is_comma(cp) && quote == 0)
			{
				blim = i;
				break;
			}
		}
		(void) last_comma;
		quote = 0;
		for (i = bstart; i < blim; n++)
		{
			size_t		we;
			uint32_t	cp = peek(s, blim, i, &k);

			if (n >= th && quote == 0 && word_at(s, blim, i, openers, &we) &&
				has_chars(s, we, lim, 4) && !joins_verb(s, i))
			{
				*flags |= PE_SEC_TITLE_CUT;
				return i;
			}
			if (cp == 0x201C)
				quote++;
			else if (cp == 0x201D && quote > 0)
				quote--;
			i = k;
		}
		if (hard == (size_t) -1)
		{
			/* parallel clauses: B about as long as A */
			int			want = alen > 8 ? alen : 8;

			i = bstart;
			for (n = 0; n < want && i < blim; n++)
				peek(s, blim, i, &i);
			*flags |= PE_SEC_TITLE_CUT;
			return i;
		}
	}
	else
	{
		/* one long clause running into a verb that opens the body */
		size_t		lim = hard != (size_t) -1 ? hard : bound;
		int			n = 0;
		size_t		k,
					we;

		quote = 0;
		for (i = ts; i < lim; n++)
		{
			uint32_t	cp = peek(s, lim, i, &k);

			if (n >= 10 && quote == 0 && word_at(s, lim, i, openers, &we) &&
				has_chars(s, we, lim, 4) && !joins_verb(s, i))
			{
				*flags |= PE_SEC_TITLE_CUT;
				return i;
			}
			if (cp == 0x201C)
				quote++;
			else if (cp == 0x201D && quote > 0)
				quote--;
			i = k;
		}
	}
	if (hard != (size_t) -1)
		return hard;
	*flags |= PE_SEC_TITLE_CUT;
	return bound;
}

/* trim trailing blanks and punctuation off a title */
static size_t
trim_title(const char *s, size_t ts, size_t te)
{
	while (te > ts)
	{
		size_t		j = te;
		uint32_t	cp = pe_utf8_prev(s, &j);

		if (is_blank(cp) || is_nl(cp) || is_comma(cp) || cp == 0xFF1A ||
			cp == ':' || cp == 0x3001 || pe_text_is_terminator(cp) ||
			cp == 0xFF1B || cp == ';')
			te = j;
		else
			break;
	}
	return te;
}

/* ------------------------------------------------------------------ */
/* unmarked headings                                                   */
/* ------------------------------------------------------------------ */

/*
 * Inline unmarked part title at p: at most 30 characters without
 * punctuation other than quotes, ending in an end word that is followed
 * by a blank, a body cue, a digit or an opening quote.  Returns the title
 * end or 0.
 */
static size_t
plain_inline_at(const char *s, size_t le, size_t p)
{
	size_t		i = p;
	int			n = 0;

	while (i < le && n < 30)
	{
		size_t		k,
					we;
		uint32_t	cp = peek(s, le, i, &k);

		if (n >= 2 && end_word_first(cp) && word_at(s, le, i, end_words, &we))
		{
			size_t		k2;
			uint32_t	nx = peek(s, le, we, &k2);

			if (nx == 0x201C || ascii_digit_val(nx) >= 0 || is_blank(nx) ||
				word_at(s, le, we, body_cues, &k2))
				return we;
		}
		if (!((cp >= 0x4E00 && cp <= 0x9FFF) || pe_is_han(cp) ||
			  ascii_digit_val(cp) >= 0 || cp == 0x201C ||
			  cp == 0x201D || cp == 0x3001 || cp == 0x300A || cp == 0x300B))
			return 0;
		n++;
		i = k;
	}
	return 0;
}

/* a table title line: short, no sentence end, names indicators */
static int
table_title_line(const char *s, size_t fs, size_t te, int nchars)
{
	static const char *const words[] = {
		"主要指标", "指标表", "一览表", "指标体系", NULL
	};
	size_t		i = fs;

	if (nchars < 4 || nchars > 50)
		return 0;
	for (; i < te;)
	{
		size_t		k,
					we;
		uint32_t	cp = peek(s, te, i, &k);

		if (pe_text_is_terminator(cp) || is_comma(cp) || cp == 0xFF1B ||
			cp == 0xFF1A || cp == ':')
			return 0;
		if (word_at(s, te, i, words, &we))
		{
			/* the line ends with the word, or with "表" after it */
			size_t		k2;
			uint32_t	nx = skip_blanks(s, te, we) >= te ? 0 : peek(s, te, we, &k2);

			if (nx == 0 || nx == 0x8868 || nx == 0xFF08 || nx == '(')
				return 1;
		}
		i = k;
	}
	return 0;
}


/* ------------------------------------------------------------------ */
/* outline building                                                    */
/* ------------------------------------------------------------------ */

typedef struct open_entry
{
	int			sec;			/* section index, -1 for the root */
	int			last_num[PE_MK_COUNT];
} open_entry;

typedef struct builder
{
	const char *s;
	size_t		len;
	pe_arena   *arena;
	pe_section *v;
	size_t		n;
	size_t		cap;
	open_entry	stack[MAX_DEPTH + 1];	/* [0] is the root */
	int			depth;			/* entries above the root */
	int			order[PE_MK_COUNT]; /* kinds from high to low */
	int			norder;
	int			table_region;	/* inside a table (line mode) */
	int			seen_prose;		/* a prose paragraph line was seen */
} builder;

static int
rank_of(const builder *b, pe_marker_kind k)
{
	int			i;

	for (i = 0; i < b->norder; i++)
		if (b->order[i] == (int) k)
			return i;
	return -1;
}

static pe_marker_kind
top_kind(const builder *b, int d)
{
	return b->v[b->stack[d].sec].kind;
}

/*
 * Where would a heading of kind k attach?  An inline unmarked part title
 * (inline_plain) seen first goes to the top; an own-line one nests under
 * the open heading.  Returns the stack depth of
 * its parent (0 = root) and, for a first appearance, the order position
 * to insert k at (*ins, -1 if k is ranked already or stays unranked).
 */
static int
attach_depth(const builder *b, pe_marker_kind k, unsigned flags, int number,
			 int *ins)
{
	int			inline_plain = (flags & PE_SEC_INLINE) != 0;
	int			d = b->depth;
	int			r = rank_of(b, k);

	*ins = -1;
	if (is_boxlike(k))
	{
		while (d > 0 && is_boxlike(top_kind(b, d)))
			d--;
		return d;
	}
	/*
	 * An open heading of the same kind: the new one is its sibling, one of
	 * the same style (own line, or running into a paragraph) preferred.  A
	 * series restarting at 1 in paragraph style under an own-line heading
	 * of the same kind (二、意见建议 then 一、加快…。正文) nests under it.
	 */
	{
		int			j,
					first = -1;
		unsigned	own = flags & PE_SEC_OWNLINE;

		for (j = d; j > 0; j--)
		{
			unsigned	jown;

			if (top_kind(b, j) != k)
				continue;
			jown = b->v[b->stack[j].sec].flags & PE_SEC_OWNLINE;
			if (jown == own)
				return j - 1;
			if (jown && !own && number == 1 && first < 0)
				return j;
			if (first < 0)
				first = j;
		}
		if (first > 0)
			return first - 1;
	}
	if (r >= 0)
	{
		while (d > 0)
		{
			pe_marker_kind t = top_kind(b, d);
			int			rt = rank_of(b, t);

			if (is_boxlike(t) || (rt >= 0 && rt >= r))
				d--;
			else if (rt < 0)
				d--;			/* unranked item inside a box */
			else
				break;
		}
		return d;
	}
	/* first appearance */
	if (d > 0 && is_boxlike(top_kind(b, d)))
		return d;				/* inside a box: nest, stay unranked */
	if (is_strong(k))
	{
		while (d > 0)
		{
			pe_marker_kind t = top_kind(b, d);

			if (!is_strong(t) || canon_rank(t) > canon_rank(k))
				d--;
			else
				break;
		}
	}
	else if (k == PE_MK_PLAIN)
		d = inline_plain ? 0 : b->depth;
	else
	{
		/* 二、 after an open （一）: the canonical order decides */
		while (d > 0)
		{
			pe_marker_kind t = top_kind(b, d);

			if (!is_strong(t) && t != PE_MK_PLAIN && !is_boxlike(t) &&
				canon_rank(t) > canon_rank(k))
				d--;
			else
				break;
		}
	}
	if (d > 0)
	{
		int			rp = rank_of(b, top_kind(b, d));

		*ins = rp >= 0 ? rp + 1 : b->norder;
	}
	else
	{
		int			i;

		for (i = 0; i < b->norder; i++)
			if (canon_rank((pe_marker_kind) b->order[i]) > canon_rank(k))
				break;
		*ins = i;
	}
	return d;
}

static int
push_section(builder *b, const pe_section *sec)
{
	if (b->n == b->cap)
	{
		size_t		ncap = b->cap ? b->cap * 2 : 64;
		pe_section *nv = pe_arena_grow(b->arena, b->v, b->n, ncap,
									   sizeof(pe_section));

		if (nv == NULL)
			return -1;
		b->v = nv;
		b->cap = ncap;
	}
	b->v[b->n++] = *sec;
	return 0;
}

/*
 * Try to accept a heading.  Returns 1 when accepted, 0 when rejected by
 * the numbering rule, -1 when out of memory.
 */
static int
accept_heading(builder *b, pe_marker_kind kind, int number, size_t start,
			   size_t ls, size_t le, size_t ts, size_t te, unsigned flags,
			   int own_line)
{
	int			ins;
	int			d;
	open_entry *pe;
	int			last;
	pe_section	sec;
	int			i;

	/* a list inside a box: items numbered on from the box's own ones */
	if (b->depth > 0 && is_boxlike(top_kind(b, b->depth)) &&
		!is_boxlike(kind) && kind != PE_MK_PLAIN && number > 0 &&
		number == b->stack[b->depth].last_num[kind] + 1)
	{
		d = b->depth;
		ins = -1;
	}
	else
		d = attach_depth(b, kind, flags, number, &ins);
	pe = &b->stack[d];
	last = pe->last_num[kind];

	if (number > 0 && kind != PE_MK_BOX && kind != PE_MK_TABLE)
	{
		int			okay;

		if (is_strong(kind))
			okay = 1;
		else if (!own_line)
			okay = number == last + 1 || number == 1 ||
				(last == 0 && number <= 10);	/* an excerpt may start anywhere */
		else
			okay = number == 1 || (number > last && number <= last + 3);
		if (!okay)
			return 0;
	}
	if (b->depth >= MAX_DEPTH && d == b->depth)
		return 0;

	/* commit: close the sections above the parent */
	for (i = b->depth; i > d; i--)
		b->v[b->stack[i].sec].end = start;
	b->depth = d;
	if (ins >= 0)
	{
		memmove(b->order + ins + 1, b->order + ins,
				sizeof(int) * (size_t) (b->norder - ins));
		b->order[ins] = (int) kind;
		b->norder++;
	}
	pe->last_num[kind] = number;

	memset(&sec, 0, sizeof(sec));
	sec.kind = kind;
	sec.number = number;
	sec.parent = b->stack[d].sec;
	sec.flags = flags;
	sec.start = start;
	sec.end = b->len;
	sec.label_start = ls;
	sec.label_end = le;
	sec.title_start = ts;
	sec.title_end = te;
	sec.role = pe_title_role(b->s + ts, te - ts);
	if (te < b->len)
	{
		uint32_t	nx = peek(b->s, b->len, te, NULL);

		/* body text follows on the same line, directly or after blanks */
		if (is_blank(nx))
		{
			size_t		j = skip_blanks(b->s, b->len, te);

			nx = j < b->len ? peek(b->s, b->len, j, NULL) : '\n';
		}
		if (!is_nl(nx) && !is_boundary_char(nx) && !is_comma(nx) &&
			nx != 0x3001 && te > ts)
			sec.flags |= PE_SEC_RUNIN;
	}
	if (push_section(b, &sec) < 0)
		return -1;
	b->depth++;
	b->stack[b->depth].sec = (int) b->n - 1;
	memset(b->stack[b->depth].last_num, 0, sizeof(b->stack[b->depth].last_num));
	if (!is_boxlike(kind))
		b->table_region = 0;
	return 1;
}

/* length in characters of the next non-empty line after offset i */
static int
next_line_chars(const char *s, size_t len, size_t i, int *marker_line)
{
	size_t		fs,
				e;
	marker		m;

	*marker_line = 0;
	for (;;)
	{
		while (i < len && (s[i] == '\n' || s[i] == '\r'))
			i++;
		fs = skip_blanks(s, len, i);
		e = fs;
		while (e < len && s[e] != '\n' && s[e] != '\r')
			e++;
		if (e > fs || e >= len)
			break;
		i = e;
	}
	if (e <= fs)
		return 0;
	*marker_line = parse_marker(s, e, fs, 1, &m);
	/* count at most 80 characters */
	{
		int			n = 0;
		size_t		j = fs;

		while (j < e && n < 80)
		{
			peek(s, e, j, &j);
			n++;
		}
		return n;
	}
}

/* does the line s[fs..te) look like prose (long, ends a sentence)? */
static int
prose_line(const char *s, size_t fs, size_t te, int nchars)
{
	size_t		j = te;
	uint32_t	cp;

	if (nchars < 30 || te <= fs)
		return 0;
	cp = pe_utf8_prev(s, &j);
	while (is_closer(cp) && j > fs)
		cp = pe_utf8_prev(s, &j);
	return pe_text_is_terminator(cp) || cp == 0xFF1B || cp == 0xFF1A;
}

/* only quotes, brackets and 、 as punctuation, no terminator, no date */
static int
plain_line_ok(const char *s, size_t fs, size_t te)
{
	size_t		i = fs;
	int			nhan = 0,
				date = 0;

	while (i < te)
	{
		size_t		k;
		uint32_t	cp = peek(s, te, i, &k);

		if (!(pe_is_han(cp) || ascii_digit_val(cp) >= 0 || is_blank(cp) ||
			  cp == 0x201C || cp == 0x201D || cp == 0x300A || cp == 0x300B ||
			  cp == 0x3001))
			return 0;
		if (pe_is_han(cp))
		{
			nhan++;
			if (cp == 0x5E74 || cp == 0x6708 || cp == 0x65E5)	/* 年月日 */
				date++;
		}
		i = k;
	}
	return nhan >= 2 && nhan > date + 1;
}

/* a whole line in 【】: "【壮大优势产业，加快特色发展】" */
static int
bracket_line(const char *s, size_t fs, size_t te, int nchars)
{
	size_t		j = te;

	if (nchars < 4 || nchars > 42)
		return 0;
	if (peek(s, te, fs, NULL) != 0x3010 || pe_utf8_prev(s, &j) != 0x3011)
		return 0;
	/* no other 】 inside, no sentence end, at least two Han characters */
	{
		size_t		i = fs + 3;
		int			nhan = 0;

		while (i < j)
		{
			size_t		k;
			uint32_t	cp = peek(s, j, i, &k);

			if (cp == 0x3011 || pe_text_is_terminator(cp))
				return 0;
			if (pe_is_han(cp))
				nhan++;
			i = k;
		}
		return nhan >= 2;
	}
}

/*
 * Scan one line s[ls..le): the line-start candidate, then inline
 * candidates after sentence ends.
 */
static int
scan_line(builder *b, size_t ls, size_t le)
{
	const char *s = b->s;
	size_t		fs = skip_blanks(s, le, ls);
	size_t		te = le;
	size_t		i;
	int			nchars;
	int			boundary;
	marker		m;
	int			rc;

	while (te > fs)
	{
		size_t		j = te;

		if (!is_blank(pe_utf8_prev(s, &j)))
			break;
		te = j;
	}
	if (te <= fs)
		return 0;
	nchars = count_chars(s, fs, te < fs + 400 ? te : fs + 400);

	i = fs;
	if (parse_marker(s, le, fs, 1, &m))
	{
		unsigned	flags = 0;
		size_t		tend,
					ttrim;
		uint32_t	c0 = peek(s, le, m.title_start, NULL);

		if (!is_bad_title_start(c0) || m.kind == PE_MK_BOX || m.kind == PE_MK_TABLE)
		{
			int			cell = 0;

			tend = title_end(s, le, m.title_start, m.kind, 1, &flags);
			ttrim = trim_title(s, m.title_start, tend);
			/* inside a table, a marker row followed by a short cell */
			if (b->table_region && te - fs < 120)
			{
				int			mk;
				int			nn = next_line_chars(s, b->len, le, &mk);

				cell = nn > 0 && nn < 20 && !mk;
			}
			/* a numbered paragraph, not a heading */
			if ((flags & PE_SEC_TITLE_CUT) && !is_boxlike(m.kind))
				cell = 1;
			if (!cell && (ttrim > m.title_start || m.kind == PE_MK_BOX))
			{
				/* the heading fills its line */
				if (skip_blanks(s, le, tend) >= le ||
					(is_nl(peek(s, le, tend, NULL))))
					flags |= PE_SEC_OWNLINE;
				rc = accept_heading(b, m.kind, m.number, fs, m.label_start,
									m.label_end, m.title_start, ttrim, flags, 1);
				if (rc < 0)
					return -1;
				if (rc > 0)
				{
					if (m.kind == PE_MK_TABLE)
						b->table_region = 1;
					i = tend;
				}
			}
		}
	}
	else if (table_title_line(s, fs, te, nchars))
	{
		rc = accept_heading(b, PE_MK_TABLE, 0, fs, fs, fs, fs, te, 0, 1);
		if (rc < 0)
			return -1;
		if (rc > 0)
		{
			b->table_region = 1;
			return 0;
		}
	}
	else if (b->seen_prose && !b->table_region && bracket_line(s, fs, te, nchars))
	{
		size_t		j = te;

		pe_utf8_prev(s, &j);
		rc = accept_heading(b, PE_MK_PLAIN, 0, fs, fs + 3, fs + 3, fs + 3, j, 0, 1);
		if (rc < 0)
			return -1;
		if (rc > 0)
			return 0;
	}
	else if (b->seen_prose && !b->table_region && nchars <= 25 &&
			 plain_line_ok(s, fs, te))
	{
		int			mk;
		int			nn = next_line_chars(s, b->len, le, &mk);

		if (nn >= 30 && !mk)
		{
			rc = accept_heading(b, PE_MK_PLAIN, 0, fs, fs, fs, fs, te, 0, 1);
			if (rc < 0)
				return -1;
			if (rc > 0)
				return 0;
		}
	}
	if (prose_line(s, fs, te, nchars))
	{
		b->seen_prose = 1;
		if (nchars >= 40)
			b->table_region = 0;
	}

	/* inline candidates */
	boundary = 0;
	if (i == fs)
	{
		/* the line start may be an unmarked inline part title */
		size_t		pe_ = plain_inline_at(s, le, fs);

		if (pe_ > 0 && b->seen_prose)
		{
			rc = accept_heading(b, PE_MK_PLAIN, 0, fs, fs, fs, fs, pe_,
								PE_SEC_INLINE, 0);
			if (rc < 0)
				return -1;
			if (rc > 0)
				i = pe_;
		}
	}
	while (i < le)
	{
		size_t		k;
		uint32_t	cp = peek(s, le, i, &k);

		if (is_blank(cp))
		{
			i = k;
			continue;
		}
		if (boundary && i > fs)
		{
			int			got = 0;

			if (parse_marker(s, le, i, 0, &m) && m.kind != PE_MK_TABLE)
			{
				uint32_t	c0 = peek(s, le, m.title_start, NULL);

				if (!is_bad_title_start(c0))
				{
					unsigned	flags = PE_SEC_INLINE;
					size_t		tend = title_end(s, le, m.title_start, m.kind, 0, &flags);
					size_t		ttrim = trim_title(s, m.title_start, tend);

					if (ttrim > m.title_start)
					{
						rc = accept_heading(b, m.kind, m.number, i, m.label_start,
											m.label_end, m.title_start, ttrim,
											flags, 0);
						if (rc < 0)
							return -1;
						if (rc > 0)
						{
							got = 1;
							i = tend;
						}
					}
				}
			}
			else
			{
				size_t		pe_ = plain_inline_at(s, le, i);

				if (pe_ > 0)
				{
					rc = accept_heading(b, PE_MK_PLAIN, 0, i, i, i, i, pe_,
										PE_SEC_INLINE, 0);
					if (rc < 0)
						return -1;
					if (rc > 0)
					{
						got = 1;
						i = pe_;
					}
				}
			}
			if (got)
			{
				boundary = 0;
				continue;
			}
		}
		if (is_boundary_char(cp))
			boundary = 1;
		else if (!(boundary && is_closer(cp)))
			boundary = 0;
		i = k;
	}
	return 0;
}

/*
 * Final levels: tree depth; an orphan 第X节 (a page that starts inside a
 * chapter) takes the level its kind has elsewhere in the document.
 */
static void
assign_levels(builder *b)
{
	int			kind_level[PE_MK_COUNT];
	size_t		i;

	memset(kind_level, 0, sizeof(kind_level));
	for (i = 0; i < b->n; i++)
	{
		pe_section *sec = &b->v[i];

		sec->level = sec->parent >= 0 ? b->v[sec->parent].level + 1 : 1;
		if (sec->parent >= 0 && kind_level[sec->kind] == 0)
			kind_level[sec->kind] = sec->level;
	}
	for (i = 0; i < b->n; i++)
	{
		pe_section *sec = &b->v[i];

		if (sec->parent < 0)
		{
			if (is_strong(sec->kind) && kind_level[sec->kind] > 1)
				sec->level = kind_level[sec->kind];
			else
				sec->level = 1;
		}
		else
			sec->level = b->v[sec->parent].level + 1;
	}
}

int
pe_outline_build(const char *s, size_t len, pe_arena *arena, pe_outline *out)
{
	builder    *b;
	size_t		ls = 0;

	out->sections = NULL;
	out->n = 0;
	b = pe_arena_alloc0(arena, sizeof(builder));
	if (b == NULL)
		return -1;
	b->s = s;
	b->len = len;
	b->arena = arena;
	b->stack[0].sec = -1;

	while (ls < len)
	{
		const char *nl = memchr(s + ls, '\n', len - ls);
		size_t		le = nl ? (size_t) (nl - s) : len;
		size_t		le2 = le;

		pe_arena_poll(arena);
		if (le2 > ls && s[le2 - 1] == '\r')
			le2--;
		if (scan_line(b, ls, le2) < 0)
			return -1;
		ls = le + 1;
	}
	assign_levels(b);
	out->sections = b->v;
	out->n = b->n;
	return 0;
}

int
pe_outline_find(const pe_outline *o, size_t pos)
{
	size_t		lo = 0,
				hi = o->n;
	int			i;

	/* last section with start <= pos */
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (o->sections[mid].start <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return -1;
	i = (int) lo - 1;
	while (i >= 0 && o->sections[i].end <= pos)
		i = o->sections[i].parent;
	return i;
}

char *
pe_outline_path(const pe_outline *o, const char *s, int idx,
				const char *sep, pe_arena *arena, size_t *outlen)
{
	int			chain[MAX_DEPTH + 2];
	int			nchain = 0;
	size_t		total = 0;
	size_t		seplen = strlen(sep);
	char	   *buf,
			   *p;
	int			i;

	if (outlen)
		*outlen = 0;
	while (idx >= 0 && nchain < MAX_DEPTH + 2)
	{
		chain[nchain++] = idx;
		idx = o->sections[idx].parent;
	}
	for (i = 0; i < nchain; i++)
	{
		const pe_section *sec = &o->sections[chain[i]];

		total += sec->title_end > sec->title_start ?
			sec->title_end - sec->title_start : sec->label_end - sec->label_start;
		if (i > 0)
			total += seplen;
	}
	buf = pe_arena_alloc(arena, total + 1);
	if (buf == NULL)
		return NULL;
	p = buf;
	for (i = nchain - 1; i >= 0; i--)
	{
		const pe_section *sec = &o->sections[chain[i]];
		size_t		a = sec->title_start,
					e = sec->title_end;

		if (e <= a)
		{
			a = sec->label_start;
			e = sec->label_end;
		}
		memcpy(p, s + a, e - a);
		p += e - a;
		if (i > 0)
		{
			memcpy(p, sep, seplen);
			p += seplen;
		}
	}
	*p = '\0';
	if (outlen)
		*outlen = (size_t) (p - buf);
	return buf;
}

pe_section_role
pe_outline_role(const pe_outline *o, int idx)
{
	while (idx >= 0)
	{
		if (o->sections[idx].role != PE_ROLE_NONE)
			return o->sections[idx].role;
		idx = o->sections[idx].parent;
	}
	return PE_ROLE_NONE;
}

pe_section_role
pe_title_role(const char *s, size_t len)
{
	static const char *const review[] = {
		"回顾", "总结", "成就", "成效", "完成情况", "盘点", "过去五年",
		"取得", "进展情况", "执行情况", NULL
	};
	static const char *const plan[] = {
		"目标", "安排", "任务", "展望", "举措", "措施", "思路", "计划",
		"部署", "擘画", "重点工作", "要求", NULL
	};
	size_t		i = 0;
	int			has_plan = 0;

	while (i < len)
	{
		size_t		we;

		if (word_at(s, len, i, review, &we))
			return PE_ROLE_REVIEW;
		if (word_at(s, len, i, plan, &we))
			has_plan = 1;
		i += (size_t) pe_utf8_seqlen((unsigned char) s[i]);
	}
	return has_plan ? PE_ROLE_PLAN : PE_ROLE_NONE;
}

int
pe_outline_breaks(const pe_outline *o, pe_arena *arena, size_t **out,
				  size_t *n)
{
	size_t	   *v;
	size_t		i,
				k = 0;

	*out = NULL;
	*n = 0;
	if (o->n == 0)
		return 0;
	v = pe_arena_alloc(arena, sizeof(size_t) * 2 * o->n);
	if (v == NULL)
		return -1;
	for (i = 0; i < o->n; i++)
	{
		const pe_section *sec = &o->sections[i];

		if (sec->kind == PE_MK_DOC)
			continue;
		if (k == 0 || v[k - 1] < sec->start)
			v[k++] = sec->start;
		if ((sec->flags & PE_SEC_RUNIN) && sec->title_end > v[k - 1])
			v[k++] = sec->title_end;
	}
	*out = v;
	*n = k;
	return 0;
}
