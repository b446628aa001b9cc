/*-------------------------------------------------------------------------
 *
 * pe_docinfo.c
 *	  Document facts and splitting of pasted documents.
 *
 * The facts come from the document's title line (the first line, among
 * the first few, that names a document kind) and from its first dates;
 * docs/outline.md lists the words.  Everything scans a bounded prefix
 * or the lines once: linear time.
 *
 * IDENTIFICATION
 *	  src/core/pe_docinfo.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_docinfo.h"

#include <stdint.h>
#include <string.h>

#include "pe_lexicon.h"
#include "pe_outline.h"
#include "pe_utf8.h"

/* how far into a document the facts are looked for (bytes) */
#define HEAD_BYTES 4096
/* longest title line (bytes) */
#define TITLE_MAX 300

const char *
pe_doc_kind_name(pe_doc_kind k)
{
	switch (k)
	{
		case PE_DOC_FIVE_YEAR_PLAN: return "five_year_plan";
		case PE_DOC_GOV_WORK_REPORT: return "government_work_report";
		case PE_DOC_IMPLEMENTATION_PLAN: return "implementation_plan";
		case PE_DOC_STAT_COMMUNIQUE: return "statistical_communique";
		case PE_DOC_RESEARCH_REPORT: return "research_report";
		case PE_DOC_ANNUAL_PLAN: return "annual_plan";
		default: return "other";
	}
}

int
pe_fyp_start_year(int ordinal)
{
	/* 1953-57, 1958-62, then 1966-70 after the 1963-65 adjustment */
	if (ordinal == 1)
		return 1953;
	if (ordinal == 2)
		return 1958;
	return ordinal > 2 && ordinal < 40 ? 1966 + 5 * (ordinal - 3) : 0;
}

static const char *
find_in(const char *s, size_t len, const char *w)
{
	size_t		n = strlen(w);
	size_t		i;

	if (n > len)
		return NULL;
	for (i = 0; i + n <= len; i++)
		if (s[i] == w[0] && memcmp(s + i, w, n) == 0)
			return s + i;
	return NULL;
}

typedef struct kind_word
{
	const char *word;
	pe_doc_kind kind;
} kind_word;

static const kind_word kind_words[] = {
	{"政府工作报告", PE_DOC_GOV_WORK_REPORT},
	{"统计公报", PE_DOC_STAT_COMMUNIQUE},
	{"国民经济和社会发展统计", PE_DOC_STAT_COMMUNIQUE},
	{"国民经济和社会发展计划", PE_DOC_ANNUAL_PLAN},
	{"计划执行情况", PE_DOC_ANNUAL_PLAN},
	{"五年规划", PE_DOC_FIVE_YEAR_PLAN},
	{"规划纲要", PE_DOC_FIVE_YEAR_PLAN},
	{"远景目标纲要", PE_DOC_FIVE_YEAR_PLAN},
	{"实施方案", PE_DOC_IMPLEMENTATION_PLAN},
	{"实施意见", PE_DOC_IMPLEMENTATION_PLAN},
	{"行动计划", PE_DOC_IMPLEMENTATION_PLAN},
	{"行动方案", PE_DOC_IMPLEMENTATION_PLAN},
	{"实施情况", PE_DOC_IMPLEMENTATION_PLAN},
	{"调研报告", PE_DOC_RESEARCH_REPORT},
	{"研究报告", PE_DOC_RESEARCH_REPORT},
	{NULL, PE_DOC_OTHER}
};

static const char *find_ws(const char *s, size_t len, const char *w, size_t *mlen);

/* kind named in s[0..len) (blanks inside the word allowed) and where its word starts */
static pe_doc_kind
kind_in(const char *s, size_t len, const char **at)
{
	int			k;
	const char *best = NULL;
	pe_doc_kind bk = PE_DOC_OTHER;

	for (k = 0; kind_words[k].word; k++)
	{
		const char *p = find_ws(s, len, kind_words[k].word, NULL);

		if (p && (best == NULL || p < best))
		{
			best = p;
			bk = kind_words[k].kind;
		}
	}
	*at = best;
	return bk;
}

static int
digit(char c)
{
	return c >= '0' && c <= '9';
}

/* a year 1949..2099 written as four ASCII digits followed by 年, at p */
static int
year_at(const char *s, size_t len, size_t p)
{
	int			v;

	if (p + 7 > len || !digit(s[p]) || !digit(s[p + 1]) || !digit(s[p + 2]) ||
		!digit(s[p + 3]) || (p > 0 && digit(s[p - 1])))
		return 0;
	if (memcmp(s + p + 4, "年", 3) != 0)
		return 0;
	v = (s[p] - '0') * 1000 + (s[p + 1] - '0') * 100 + (s[p + 2] - '0') * 10 +
		(s[p + 3] - '0');
	return v >= 1949 && v <= 2099 ? v : 0;
}

/* first year in s[0..len); with need_month only "YYYY年M月" dates */
static int
first_year(const char *s, size_t len, int need_month)
{
	size_t		i;

	for (i = 0; i + 7 <= len; i++)
	{
		int			y = year_at(s, len, i);

		/* 2035年远景目标 is a horizon, not the document's year */
		if (y && i + 13 <= len && memcmp(s + i + 7, "远景", 6) == 0)
			y = 0;
		if (y)
		{
			if (!need_month)
				return y;
			if (i + 8 <= len && digit(s[i + 7]))
				return y;
		}
	}
	/* document number 〔2021〕 */
	if (!need_month)
		return 0;
	for (i = 0; i + 10 <= len; i++)
		if (memcmp(s + i, "〔", 3) == 0 && digit(s[i + 3]) && digit(s[i + 4]) &&
			digit(s[i + 5]) && digit(s[i + 6]) && memcmp(s + i + 7, "〕", 3) == 0)
			return (s[i + 3] - '0') * 1000 + (s[i + 4] - '0') * 100 +
				(s[i + 5] - '0') * 10 + (s[i + 6] - '0');
	return 0;
}

static int
cn_val(uint32_t cp)
{
	switch (cp)
	{
		case 0x4E00: return 1;
		case 0x4E8C: return 2;
		case 0x4E09: return 3;
		case 0x56DB: return 4;
		case 0x4E94: return 5;
		case 0x516D: return 6;
		case 0x4E03: return 7;
		case 0x516B: return 8;
		case 0x4E5D: return 9;
		case 0x5341: return 10;
		default: return -1;
	}
}

/* ordinal of 十四五 / 九五 / 第十四个五年 at s[p..): 14, or 0 */
static int
fyp_at(const char *s, size_t len, size_t p)
{
	size_t		i = p;
	int			v[4];
	size_t		after[4];
	int			n = 0;

	if (len - p >= 3 && memcmp(s + p, "第", 3) == 0)
	{
		int			total = 0,
					cur = 0;

		i += 3;
		while (i < len && n < 3)
		{
			size_t		k = i;
			int			d = cn_val(pe_utf8_next(s, len, &k));

			if (d < 0)
				break;
			if (d == 10)
			{
				total += (cur ? cur : 1) * 10;
				cur = 0;
			}
			else
				cur = d;
			n++;
			i = k;
		}
		total += cur;
		if (n > 0 && total > 0 && len - i >= 9 && memcmp(s + i, "个五年", 9) == 0)
			return total;
		return 0;
	}
	while (i < len && n < 3)
	{
		size_t		k = i;
		int			d = cn_val(pe_utf8_next(s, len, &k));

		if (d < 0)
			break;
		v[n] = d;
		after[n] = k;
		n++;
		i = k;
	}
	/* 十X五 */
	if (n == 3 && v[0] == 10 && v[1] >= 1 && v[1] <= 4 && v[2] == 5)
		return 10 + v[1];
	/* 十五 (the tenth), 六五 .. 九五 */
	if (n >= 2 && v[1] == 5 && (v[0] == 10 || (v[0] >= 6 && v[0] <= 9)) &&
		(n == 2 || v[2] != 5))
		return v[0];
	(void) after;
	return 0;
}

/* first five-year-plan ordinal named in s[0..len) */
static int
first_fyp(const char *s, size_t len)
{
	size_t		i;

	for (i = 0; i + 6 <= len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == 0xE4 || c == 0xE5 || c == 0xE7)	/* 七九 E4, 十六八 E5, 第 E7 */
		{
			int			f = fyp_at(s, len, i);

			if (f)
				return f;
		}
	}
	return 0;
}

static int
region_suffix(uint32_t cp)
{
	return cp == 0x7701 || cp == 0x5E02 || cp == 0x53BF || cp == 0x533A ||
		cp == 0x5DDE || cp == 0x65D7 || cp == 0x76DF || cp == 0x9547 ||
		cp == 0x4E61;			/* 省 市 县 区 州 旗 盟 镇 乡 */
}

/* does s[a..b) hold a character of a verb phrase (推进, 加快, 发展 ...)? */
static int
verb_chunk(const char *s, size_t a, size_t b)
{
	static const char *const chars[] = {
		"推", "进", "加", "快", "发", "展", "建", "设", "实", "施", "关", "于",
		"的", "和", "与", NULL
	};
	int			k;

	for (k = 0; chars[k]; k++)
		if (find_in(s + a, b - a, chars[k]))
			return 1;
	return 0;
}

/*
 * Region in the title before the kind word: skip 【...】, a year, 关于印发
 * and 《; then the Han run up to the last region suffix before the kind
 * word or 国民经济 / 人民政府.
 */
static void
find_region(const char *s, size_t ts, size_t te, size_t kind_at,
			pe_doc_info *out)
{
	size_t		i = ts,
				start,
				last_end = 0;
	const char *stop;

	/* skip a 【source】 prefix */
	if (te - i >= 3 && memcmp(s + i, "【", 3) == 0)
	{
		const char *c = find_in(s + i, te - i, "】");

		if (c && (size_t) (c - s) + 3 <= kind_at)
			i = (size_t) (c - s) + 3;
	}
	if (i >= kind_at)
		return;
	stop = find_in(s + i, kind_at - i, "国民经济");
	if (stop)
		kind_at = (size_t) (stop - s);
	stop = find_in(s + i, kind_at - i, "人民政府");
	if (stop)
		kind_at = (size_t) (stop - s);
	/* skip 关于印发 / 关于 */
	if (kind_at - i >= 12 && memcmp(s + i, "关于印发", 12) == 0)
		i += 12;
	else if (kind_at - i >= 6 && memcmp(s + i, "关于", 6) == 0)
		i += 6;
	/* start after the last non-Han or 年 before kind_at */
	start = i;
	while (i < kind_at)
	{
		size_t		k = i;
		uint32_t	cp = pe_utf8_next(s, kind_at, &k);

		if (!pe_is_han(cp) || cp == 0x5E74)	/* 年 */
		{
			start = k;
			last_end = 0;
		}
		else if (region_suffix(cp) && pe_utf8_count(s + start, k - start) >= 2)
		{
			if (last_end == 0)
				last_end = k;
			else if (pe_utf8_count(s + last_end, k - last_end) <= 4 &&
					 !verb_chunk(s, last_end, k))
				last_end = k;	/* 芜湖市 + 弋江区 */
			else
				break;
		}
		i = k;
	}
	if (last_end > start && pe_utf8_count(s + start, last_end - start) >= 2)
	{
		out->region_start = start;
		out->region_end = last_end;
	}
}

/* ------------------------------------------------------------------ */
/* the folded head                                                     */
/* ------------------------------------------------------------------ */

/*
 * The head of the document folded character by character (pe_fold_cp:
 * Traditional to Simplified, full-width to half-width), with the original
 * offset of every folded byte, so that spans found in the folded text map
 * back to the caller's text.  Folding never lengthens a character.
 */
typedef struct fold_head
{
	char		f[HEAD_BYTES];
	uint16_t	map[HEAD_BYTES + 1];
	size_t		n;
} fold_head;

static void
fold_head_build(const char *s, size_t head, fold_head *h)
{
	size_t		i = 0;

	h->n = 0;
	while (i < head)
	{
		size_t		k = i;
		uint32_t	cp = pe_fold_cp(pe_utf8_next(s, head, &k));
		char		buf[4];
		int			n = pe_utf8_encode(cp, buf);
		size_t		b;

		if (n <= 0 || (size_t) n > k - i)
		{
			/* keep the bytes as they are (invalid sequences) */
			n = (int) (k - i);
			memcpy(buf, s + i, (size_t) n);
		}
		for (b = 0; b < (size_t) n; b++)
		{
			h->map[h->n] = (uint16_t) i;
			h->f[h->n++] = buf[b];
		}
		i = k;
	}
	h->map[h->n] = (uint16_t) head;
}

static size_t
orig(const fold_head *h, size_t p)
{
	return h->map[p < h->n ? p : h->n];
}

/* find w in s[0..len) ignoring blanks inside s (政 府 工 作 报 告) */
static const char *
find_ws(const char *s, size_t len, const char *w, size_t *mlen)
{
	size_t		n = strlen(w),
				i;

	for (i = 0; i + n <= len; i++)
	{
		size_t		a = i,
					b = 0;

		if (s[i] != w[0])
			continue;
		while (a < len && b < n)
		{
			if (s[a] == w[b])
				a++, b++;
			else if (b > 0 && (s[a] == ' ' || s[a] == '\t') && (w[b] & 0xC0) != 0x80)
				a++;
			else
				break;
		}
		if (b == n)
		{
			if (mlen)
				*mlen = a - i;
			return s + i;
		}
	}
	return NULL;
}

static int
has(const char *s, size_t len, const char *w)
{
	return find_in(s, len, w) != NULL;
}

/* ------------------------------------------------------------------ */
/* dates                                                               */
/* ------------------------------------------------------------------ */

/* is s[a..b) blank? */
static int
blank(const char *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if (s[a] != ' ' && s[a] != '\t' && s[a] != '\r' && s[a] != '\n')
			return 0;
	return 1;
}

/* the date at d is followed by 在 … 会议 (a delivery line) */
static int
delivery_after(const char *f, size_t n, const pe_date *d)
{
	size_t		i = d->end;
	size_t		lim;

	while (i < n && (f[i] == ' ' || f[i] == '\n' || f[i] == '\r'))
		i++;
	if (n - i < 3 || memcmp(f + i, "在", 3) != 0)
		return 0;
	lim = n - i < 200 ? n - i : 200;
	return has(f + i, lim, "会议") || has(f + i, lim, "大会");
}

typedef struct date_finds
{
	pe_date		delivery;		/* year 0: none; year -1 marks month-day only */
	int			delivery_partial;
	pe_date		alone;			/* a line holding only the date */
	pe_date		first;			/* the first full date */
} date_finds;

static void
find_dates(const char *f, size_t n, date_finds *df)
{
	size_t		i,
				ls = 0;

	memset(df, 0, sizeof(*df));
	for (i = 0; i < n; i++)
	{
		pe_date		d;
		unsigned char c = (unsigned char) f[i];

		if (f[i] == '\n')
			ls = i + 1;
		if (!((c >= '0' && c <= '9') || c == 0xE4 || c == 0xE3 || c == 0xE2 || c == 0xE9))
			continue;
		if (!pe_date_at(f, n, i, 1, &d))
			continue;
		if (d.day && df->delivery.month == 0 && delivery_after(f, n, &d))
		{
			df->delivery = d;
			df->delivery_partial = d.year == 0;
		}
		if (d.year && d.day)
		{
			const char *nl = memchr(f + d.end, '\n', n - d.end);
			size_t		le = nl ? (size_t) (nl - f) : n;

			if (df->first.year == 0)
				df->first = d;
			if (df->alone.year == 0 && blank(f, ls, d.start) && blank(f, d.end, le))
				df->alone = d;
		}
		i = d.end - 1;
	}
}

/* ------------------------------------------------------------------ */
/* years stated in words                                               */
/* ------------------------------------------------------------------ */

/* a year written as four digits (1949..2099) at f[p], not inside a number */
static int
year4_at(const char *f, size_t n, size_t p)
{
	int			v = 0,
				k;

	if (p + 4 > n || (p > 0 && digit(f[p - 1])) || (p + 4 < n && digit(f[p + 4])))
		return 0;
	for (k = 0; k < 4; k++)
	{
		if (!digit(f[p + k]))
			return 0;
		v = v * 10 + (f[p + k] - '0');
	}
	return v >= 1949 && v <= 2099 ? v : 0;
}

/* a year in a title: 2021年, 2023《…, 两会2026 (not 2035年远景) */
static int
title_year(const char *f, size_t a, size_t b)
{
	size_t		i;

	for (i = a; i + 4 <= b; i++)
	{
		int			y = year4_at(f, b, i);

		if (y && !(b - i >= 13 && memcmp(f + i + 4, "年远景", 9) == 0))
			return y;
	}
	return 0;
}

/* offset after "年" following blanks at f[p], else 0 */
static size_t
nian_after(const char *f, size_t n, size_t p)
{
	while (p < n && f[p] == ' ')
		p++;
	return n - p >= 3 && memcmp(f + p, "年", 3) == 0 ? p + 3 : 0;
}

/*
 * The year of the report from the way it names its sections: "2024年工作
 * 回顾" and "预计2024年…" are reviewed in the 2025 report; "2025年主要预期目标", "2025年…的
 * 总体要求", "2025年工作安排" are its own year; failing those, "2025年是…".
 */
static int
cue_year(const char *f, size_t n)
{
	static const char *const review[] = {"工作回顾", "工作总结", NULL};
	static const char *const plan[] = {
		"预期目标", "总体要求", "工作安排", "重点工作", "目标任务", "主要目标", NULL
	};
	static const char *const done[] = {"完成情况", "执行情况", "回顾", NULL};
	int			weak = 0;
	size_t		i;

	for (i = 0; i + 7 <= n; i++)
	{
		int			y = year4_at(f, n, i);
		size_t		e,
					w;
		int			k;

		if (!y || (e = nian_after(f, n, i + 4)) == 0)
			continue;
		/* 预计2022年…: an estimate for a year that has ended */
		if (i >= 6 && memcmp(f + i - 6, "预计", 6) == 0)
			return y + 1;
		/* the phrase up to the next clause break, at most 60 bytes */
		for (w = e; w < n && w - e < 60; w++)
			if (f[w] == '\n' || f[w] == ',' || f[w] == ':' || f[w] == ';' ||
				(w + 3 <= n && (memcmp(f + w, "。", 3) == 0 || memcmp(f + w, "、", 3) == 0 ||
								 memcmp(f + w, "，", 3) == 0)))
				break;
		for (k = 0; review[k]; k++)
			if (find_in(f + e, w - e, review[k]))
				return y + 1;
		for (k = 0; plan[k]; k++)
			if (find_in(f + e, w - e, plan[k]))
			{
				int			j;

				for (j = 0; done[j]; j++)
					if (find_in(f + e, w - e, done[j]))
						break;
				if (!done[j])
					return y;
			}
		if (!weak && n - e >= 3 && memcmp(f + e, "是", 3) == 0)
			weak = y;
	}
	return weak;
}

/* the first year written 2024年 in f[0..n) */
static int
any_year(const char *f, size_t n)
{
	size_t		i;

	for (i = 0; i + 7 <= n; i++)
	{
		int			y = year4_at(f, n, i);

		if (y && nian_after(f, n, i + 4) && !(n - i >= 13 && memcmp(f + i + 4, "年远景", 9) == 0))
			return y;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* the title                                                           */
/* ------------------------------------------------------------------ */

/* [*a, *b) trimmed of blanks, 【source】 and 《》 around the whole */
static void
trim_title(const char *f, size_t *a, size_t *b)
{
	while (*a < *b && (f[*a] == ' ' || f[*a] == '\t'))
		(*a)++;
	while (*b > *a && (f[*b - 1] == ' ' || f[*b - 1] == '\t' || f[*b - 1] == '\r'))
		(*b)--;
	if (*b - *a > 6 && memcmp(f + *a, "【", 3) == 0)
	{
		const char *c = find_in(f + *a, *b - *a, "】");

		if (c && (size_t) (c - f) + 3 < *b)
			*a = (size_t) (c - f) + 3;
	}
	if (*b - *a > 6 && memcmp(f + *a, "《", 3) == 0 && memcmp(f + *b - 3, "》", 3) == 0)
	{
		*a += 3;
		*b -= 3;
	}
}

/* a line that can be a title: short, not a sentence */
static int
title_like(const char *f, size_t a, size_t b)
{
	return b > a && pe_utf8_count(f + a, b - a) <= 60 && !has(f + a, b - a, "。") &&
		!has(f + a, b - a, ",") && !has(f + a, b - a, ";");
}

static int
names_kind(const char *f, size_t a, size_t b)
{
	int			k;

	for (k = 0; kind_words[k].word; k++)
		if (find_ws(f + a, b - a, kind_words[k].word, NULL))
			return 1;
	return 0;
}

/* the line [*a, *b) holding f[p] */
static void
line_of(const char *f, size_t n, size_t p, size_t *a, size_t *b)
{
	size_t		i = p;
	const char *nl;

	while (i > 0 && f[i - 1] != '\n')
		i--;
	*a = i;
	nl = memchr(f + p, '\n', n - p);
	*b = nl ? (size_t) (nl - f) : n;
}

/*
 * The document's own title in f: the text before its delivery date line
 * (on the same line or the line above), the document a 关于印发…的通知
 * issues, the first short title line naming a kind, or a first line
 * naming a 人大 session.  Returns 1 with [*ta, *tb).
 */
static int
find_title(const char *f, size_t n, const date_finds *df, size_t *ta, size_t *tb)
{
	size_t		a,
				b,
				ls;
	int			lines;

	if (df->delivery.month)
	{
		line_of(f, n, df->delivery.start, &a, &b);
		b = df->delivery.start;
		while (b > a && (f[b - 1] == ' ' || (b - a >= 3 && memcmp(f + b - 3, "—", 3) == 0)))
			b -= f[b - 1] == ' ' ? 1 : 3;
		if (b > a && names_kind(f, a, b) && title_like(f, a, b))
		{
			*ta = a, *tb = b;
			trim_title(f, ta, tb);
			return 1;
		}
		/* the line above */
		if (a >= 1)
		{
			size_t		pa,
						pb;

			line_of(f, n, a - 1, &pa, &pb);
			if (names_kind(f, pa, pb) && title_like(f, pa, pb))
			{
				*ta = pa, *tb = pb;
				trim_title(f, ta, tb);
				return 1;
			}
		}
	}
	for (ls = 0, lines = 0; ls < n && lines < 12; lines++)
	{
		const char *nl = memchr(f + ls, '\n', n - ls);
		size_t		le = nl ? (size_t) (nl - f) : n;
		const char *p = find_in(f + ls, le - ls, "关于印发");
		const char *q = p ? find_in(p, le - (size_t) (p - f), "的通知") : NULL;

		if (q && q - p > 12)
		{
			*ta = (size_t) (p - f) + 12, *tb = (size_t) (q - f);
			trim_title(f, ta, tb);
			return 1;
		}
		if (names_kind(f, ls, le) && title_like(f, ls, le))
		{
			*ta = ls, *tb = le;
			trim_title(f, ta, tb);
			return 1;
		}
		/* a news headline naming the session (…人民代表大会第一次会议开幕) */
		if (lines == 0 && title_like(f, ls, le) && has(f + ls, le - ls, "届") &&
			(has(f + ls, le - ls, "人民代表大会") || has(f + ls, le - ls, "人大")) &&
			has(f + ls, le - ls, "会议"))
		{
			*ta = ls, *tb = le;
			trim_title(f, ta, tb);
			return 1;
		}
		while (le < n && (f[le] == '\n'))
			le++;
		ls = le;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* type                                                                */
/* ------------------------------------------------------------------ */

static int
any_of(const char *f, size_t n, const char *const *w)
{
	int			k;

	for (k = 0; w[k]; k++)
		if (has(f, n, w[k]))
			return 1;
	return 0;
}

/* bytes of the first k lines */
static size_t
first_lines(const char *f, size_t n, int k)
{
	size_t		i = 0;

	while (i < n && k > 0)
	{
		const char *nl = memchr(f + i, '\n', n - i);

		if (nl == NULL)
			return n;
		i = (size_t) (nl - f) + 1;
		if (!blank(f, i - 1, i))
			k--;
		else if (i >= 2 && f[i - 2] != '\n')
			k--;
	}
	return i;
}

/*
 * A report itself opens "各位代表：现在，我代表…" (or a plan report "受…委托");
 * a news page names its agency or its third person ("作政府工作报告",
 * "报告指出"); a communiqué runs "一、综合" and "初步核算".
 */
static pe_doc_type
doc_type(const char *f, size_t n, pe_doc_kind kind)
{
	static const char *const news[] = {
		"记者", "新华社", "新华网", "人民网", "央视", "日电", "直播", "来源:",
		"发布时间", "更新时间", "copyright", "作政府工作报告", "作了政府工作报告",
		"报告指出", "报告提出", "报告中指出", "报告中提出", "报告说", "报告强调", NULL
	};
	static const char *const headline[] = {
		"摘要", "导读", "极简", "简略", "要点", "一文", "图解", "解读", "速览", "实录",
		"开幕", "日报", "晚报", NULL
	};
	static const char *const any_kind[] = {
		"政府工作报告", "规划纲要", "五年规划", "统计公报", "发展计划", NULL
	};
	int			body = has(f, n, "各位代表") &&
		(has(f, n, "我代表") || (has(f, n, "受") && has(f, n, "委托")));
	int			is_news = any_of(f, n, news) ||
		any_of(f, first_lines(f, n, 5), headline);

	if (body)
	{
		if (kind == PE_DOC_ANNUAL_PLAN)
			return PE_TYPE_ANNUAL_PLAN;
		if (kind == PE_DOC_FIVE_YEAR_PLAN)
			return PE_TYPE_PLAN_OUTLINE;
		return PE_TYPE_GWR;
	}
	if (!is_news)
	{
		switch (kind)
		{
			case PE_DOC_GOV_WORK_REPORT: return PE_TYPE_GWR;
			case PE_DOC_FIVE_YEAR_PLAN: return PE_TYPE_PLAN_OUTLINE;
			case PE_DOC_ANNUAL_PLAN: return PE_TYPE_ANNUAL_PLAN;
			case PE_DOC_STAT_COMMUNIQUE: return PE_TYPE_COMMUNIQUE;
			default: break;
		}
	}
	else if (kind != PE_DOC_OTHER || any_of(f, n, any_kind))
		return PE_TYPE_NEWS_SUMMARY;
	if (has(f, n, "一、综合") || (has(f, n, "初步核算") && has(f, n, "比上年")))
		return PE_TYPE_COMMUNIQUE;
	return PE_TYPE_OTHER;
}

/* ------------------------------------------------------------------ */
/* region and level                                                    */
/* ------------------------------------------------------------------ */

static int
count_in(const char *f, size_t n, const char *w)
{
	size_t		i,
				m = strlen(w);
	int			c = 0;

	for (i = 0; i + m <= n; i++)
		if (f[i] == w[0] && memcmp(f + i, w, m) == 0)
			c++, i += m - 1;
	return c;
}

/* the scope words of a local report: 全省 全市 全县 全区 全州 全旗 */
static pe_doc_level
scope_level(const char *f, size_t n)
{
	static const struct
	{
		const char *w;
		pe_doc_level level;
	}			scopes[] = {
		{"全省", PE_LEVEL_PROVINCE}, {"省长", PE_LEVEL_PROVINCE},
		{"全市", PE_LEVEL_CITY}, {"市长", PE_LEVEL_CITY}, {"全州", PE_LEVEL_CITY},
		{"全县", PE_LEVEL_COUNTY}, {"县长", PE_LEVEL_COUNTY}, {"全旗", PE_LEVEL_COUNTY},
		{"全区", PE_LEVEL_DISTRICT}, {"区长", PE_LEVEL_DISTRICT},
	};
	int			best = 0,
				k;
	pe_doc_level lv = PE_LEVEL_UNKNOWN;

	for (k = 0; k < (int) (sizeof(scopes) / sizeof(scopes[0])); k++)
	{
		int			c = count_in(f, n, scopes[k].w);

		if (c > best)
			best = c, lv = scopes[k].level;
	}
	return lv;
}

/*
 * The State Council's report: 我代表国务院 (the speech), 国务院总理, 全国人大;
 * a page titled 2022年国务院政府工作报告 or 国务院政府工作报告（全文）; news that
 * says 李克强代表国务院向大会报告.
 */
static int
national_cues(const char *f, size_t n)
{
	if (has(f, n, "代表国务院") || has(f, n, "国务院总理") || has(f, n, "全国人民代表大会") ||
		has(f, n, "全国人大") || has(f, n, "国务院政府工作报告"))
		return 1;
	return count_in(f, n, "我国") >= 2 && scope_level(f, n) == PE_LEVEL_UNKNOWN;
}

/*
 * The region most often named in f by the compiled table (full names; a
 * city's short form only when no full name occurs), the first on ties.
 */
static const pe_region_entry *
scan_regions(const char *f, size_t n, size_t *at, size_t *alen)
{
	const pe_region_entry *seen[32];
	int			cnt[32];
	size_t		pos[32],
				plen[32];
	int			ns = 0,
				k,
				best = -1,
				pass;
	size_t		i;

	for (pass = 0; pass < 2 && best < 0; pass++)
	{
		ns = 0;
		for (i = 0; i < n;)
		{
			const pe_region_entry *e;
			size_t		m = ((unsigned char) f[i] >= 0xE0) ?
				pe_region_longest_at(f, n, i, &e) : 0;

			if (m == 0 || (e->full && e->level != PE_LEVEL_PROVINCE && pass == 0))
			{
				i += m ? m : 1;
				continue;
			}
			for (k = 0; k < ns; k++)
				if (pe_region_full(seen[k]) == pe_region_full(e) ||
					strcmp(pe_region_full(seen[k]), pe_region_full(e)) == 0)
					break;
			if (k == ns && ns < 32)
			{
				seen[ns] = e, cnt[ns] = 0, pos[ns] = i, plen[ns] = m;
				ns++;
			}
			if (k < ns)
				cnt[k]++;
			i += m;
		}
		for (k = 0; k < ns; k++)
			if (best < 0 || cnt[k] > cnt[best] || (cnt[k] == cnt[best] && pos[k] < pos[best]))
				best = k;
		/* a city's short form must recur */
		if (pass == 1 && best >= 0 && cnt[best] < 2)
			best = -1;
	}
	if (best < 0)
		return NULL;
	*at = pos[best];
	*alen = plen[best];
	return seen[best];
}

/* region and level of the document into out (spans in f coordinates) */
static void
find_region_level(const char *f, size_t n, const pe_session *ss,
				  size_t trs, size_t tre, pe_doc_info *out)
{
	const pe_region_entry *e = NULL;
	size_t		rs = 0,
				re = 0;

	if (ss->term && ss->national)
	{
		out->region_name = "全国";
		out->level = PE_LEVEL_NATIONAL;
		rs = ss->start, re = ss->start;
	}
	else if (ss->term && ss->region_end > ss->region_start)
		rs = ss->region_start, re = ss->region_end;
	else if (tre > trs)
		rs = trs, re = tre;
	else if (national_cues(f, n))
	{
		out->region_name = "全国";
		out->level = PE_LEVEL_NATIONAL;
	}
	else
	{
		size_t		at,
					alen;

		e = scan_regions(f, n, &at, &alen);
		if (e)
			rs = at, re = at + alen;
	}
	if (re > rs && out->level != PE_LEVEL_NATIONAL)
	{
		size_t		i;

		/* a known name as written, or the known name the span ends with */
		if (e == NULL)
			e = pe_region_lookup(f + rs, re - rs);
		for (i = rs; e == NULL && i < re;)
		{
			size_t		k = i;

			(void) pe_utf8_next(f, re, &k);
			i = k;
			if (re - i >= 6)
			{
				e = pe_region_lookup(f + i, re - i);
				if (e)
					rs = i;
			}
		}
		if (e)
		{
			out->region_name = pe_region_full(e);
			out->level = e->level;
		}
		else
			out->level = pe_region_suffix_level(f + rs, re - rs);
	}
	out->region_start = rs;
	out->region_end = re;
	if (out->level == PE_LEVEL_UNKNOWN && ss->level_end > ss->level_start)
		out->level = pe_region_suffix_level(f + ss->level_start,
											ss->level_end - ss->level_start);
	if (out->level == PE_LEVEL_UNKNOWN)
		out->level = scope_level(f, n);
}

/* ------------------------------------------------------------------ */
/* the facts                                                           */
/* ------------------------------------------------------------------ */

/* the first of the first 12 lines of f that names a kind */
static pe_doc_kind
kind_line(const char *f, size_t n, size_t *ks, size_t *ke, const char **kat)
{
	size_t		ls = 0;
	int			lines = 0;

	while (ls < n && lines < 12)
	{
		const char *nl = memchr(f + ls, '\n', n - ls);
		size_t		le = nl ? (size_t) (nl - f) : n;
		size_t		te = le - ls > TITLE_MAX ? ls + TITLE_MAX : le;
		pe_doc_kind k;

		while (te > ls && te < n && ((unsigned char) f[te] & 0xC0) == 0x80)
			te--;
		k = kind_in(f + ls, te - ls, kat);
		if (k != PE_DOC_OTHER)
		{
			*ks = ls;
			*ke = te;
			return k;
		}
		if (le > ls)
			lines++;
		ls = le + 1;
	}
	return PE_DOC_OTHER;
}

/*
 * Where the clause holding f[p] starts (after 。 , ; : or the line start
 * ls): a kind line that is a sentence ("示例县2022年政府工作报告。…") still
 * gives the year written just before its kind word.
 */
static size_t
clause_start(const char *f, size_t ls, size_t p)
{
	size_t		i = p;

	while (i > ls)
	{
		if (f[i - 1] == ',' || f[i - 1] == ';' || f[i - 1] == ':')
			return i;
		if (i - ls >= 3 && memcmp(f + i - 3, "。", 3) == 0)
			return i;
		i--;
	}
	return ls;
}

static void
map_span(const fold_head *h, size_t *a, size_t *b)
{
	*a = orig(h, *a);
	*b = orig(h, *b);
}

void
pe_doc_info_get(const char *s, size_t len, pe_doc_info *out)
{
	size_t		head = len < HEAD_BYTES ? len : HEAD_BYTES;
	fold_head	h;
	const char *f;
	size_t		n,
				ks = 0,
				ke = 0,
				ta = 0,
				tb = 0;
	const char *kat = NULL;
	date_finds	df;
	int			ty;

	memset(out, 0, sizeof(*out));
	while (head > 0 && head < len && ((unsigned char) s[head] & 0xC0) == 0x80)
		head--;
	fold_head_build(s, head, &h);
	f = h.f;
	n = h.n;

	/* kind, title region and plan period from the first line naming a kind */
	out->kind = kind_line(f, n, &ks, &ke, &kat);
	if (out->kind != PE_DOC_OTHER)
	{
		find_region(f, ks, ke, (size_t) (kat - f), out);
		out->fyp = first_fyp(f + ks, ke - ks);
	}
	find_dates(f, n, &df);
	pe_session_find(f, n, &out->session);
	if (find_title(f, n, &df, &ta, &tb))
		out->title_start = ta, out->title_end = tb;
	out->type = doc_type(f, n, out->kind);
	find_region_level(f, n, &out->session, out->region_start, out->region_end, out);

	/* the report year */
	ty = tb > ta ? title_year(f, ta, tb) : 0;
	if (ty == 0 && ke > ks && title_like(f, ks, ke))
		ty = title_year(f, ks, ke);
	else if (ty == 0 && ke > ks)
		ty = title_year(f, clause_start(f, ks, (size_t) (kat - f)), (size_t) (kat - f));
	if (out->type == PE_TYPE_COMMUNIQUE)
	{
		out->report_year = df.alone.year ? df.alone.year : df.first.year;
		out->year = ty ? ty : any_year(f, n);
	}
	else
	{
		if (df.delivery.year)
			out->report_year = df.delivery.year + (df.delivery.month == 12);
		else if (out->session.year)
			out->report_year = out->session.year;
		else if (ty)
			out->report_year = ty;
		else if ((out->report_year = cue_year(f, n)) == 0)
			out->report_year = df.alone.year ? df.alone.year : df.first.year;
		out->year = out->report_year;
	}
	/* the date: delivery line, a date line, the first full date */
	if (df.delivery.month && df.delivery.year == 0 && out->report_year)
	{
		df.delivery.year = out->report_year - (df.delivery.month == 12);
		out->date = df.delivery;
	}
	else if (df.delivery.year)
		out->date = df.delivery;
	else if (df.alone.year)
		out->date = df.alone;
	else
		out->date = df.first;
	if (out->date.year == 0)
		memset(&out->date, 0, sizeof(out->date));
	if (out->year == 0)
		out->year = first_year(f, n < 1500 ? n : 1500, 1);

	/* the five-year plan the year falls in (plans issued in their first
	 * year belong to it: 2021 -> 十四五) */
	if (out->fyp == 0 && out->year &&
		(out->kind == PE_DOC_GOV_WORK_REPORT ||
		 out->kind == PE_DOC_FIVE_YEAR_PLAN ||
		 out->kind == PE_DOC_IMPLEMENTATION_PLAN))
	{
		int			y = out->year;

		if (y >= 1966)
			out->fyp = (y - 1966) / 5 + 3;
		if (out->kind == PE_DOC_FIVE_YEAR_PLAN)
		{
			int			fy = first_fyp(f, n);

			if (fy)
				out->fyp = fy;
		}
	}
	if (out->fyp)
	{
		out->period_start = pe_fyp_start_year(out->fyp);
		out->period_end = out->period_start + 4;
	}

	/* spans back into the caller's text */
	map_span(&h, &out->region_start, &out->region_end);
	map_span(&h, &out->title_start, &out->title_end);
	if (out->date.year)
		map_span(&h, &out->date.start, &out->date.end);
	if (out->session.term)
	{
		map_span(&h, &out->session.start, &out->session.end);
		map_span(&h, &out->session.region_start, &out->session.region_end);
		map_span(&h, &out->session.level_start, &out->session.level_end);
	}
}

const char *
pe_doc_type_name(pe_doc_type t)
{
	switch (t)
	{
		case PE_TYPE_GWR: return "gwr";
		case PE_TYPE_PLAN_OUTLINE: return "plan_outline";
		case PE_TYPE_ANNUAL_PLAN: return "annual_plan";
		case PE_TYPE_COMMUNIQUE: return "communique";
		case PE_TYPE_NEWS_SUMMARY: return "news_summary";
		default: return "other";
	}
}

const char *
pe_doc_region(const char *s, const pe_doc_info *info, char *buf, size_t cap)
{
	size_t		n = info->region_end - info->region_start;

	if (info->region_name)
		return info->region_name;
	if (n == 0 || cap == 0)
		return NULL;
	if (n >= cap)
		n = cap - 1;
	while (n > 0 && ((unsigned char) s[info->region_start + n] & 0xC0) == 0x80)
		n--;
	memcpy(buf, s + info->region_start, n);
	buf[n] = '\0';
	return buf;
}

/* ------------------------------------------------------------------ */
/* splitting                                                           */
/* ------------------------------------------------------------------ */

/* "【宝兴县招商】2021年宝兴县政府工作报告": a header line */
static int
header_line(const char *s, size_t ls, size_t le)
{
	const char *c;
	const char *kat;

	if (le - ls > TITLE_MAX || le - ls < 9 || memcmp(s + ls, "【", 3) != 0)
		return 0;
	c = find_in(s + ls + 3, le - ls - 3, "】");
	if (c == NULL || (size_t) (c - (s + ls)) > 90)
		return 0;
	/* something must follow the bracket */
	if ((size_t) (c - s) + 3 >= le)
		return 0;
	(void) kind_in(s + ls, le - ls, &kat);
	return 1;
}

/* a line holding only a date (2025-07-08, 2021年3月1日) or a dash */
static int
separator_line(const char *s, size_t ls, size_t le)
{
	size_t		i;
	int			digits = 0;

	while (ls < le && (s[ls] == ' ' || s[ls] == '\t' || s[ls] == '\r'))
		ls++;
	while (le > ls && (s[le - 1] == ' ' || s[le - 1] == '\t' || s[le - 1] == '\r'))
		le--;
	if (le == ls)
		return 0;
	if (le - ls <= 3 && (s[ls] == '-' || s[ls] == '*' || s[ls] == '='))
		return 1;
	for (i = ls; i < le; i++)
	{
		if (digit(s[i]))
			digits++;
		else if (s[i] != '-' && s[i] != '/' && s[i] != '.')
			return 0;
	}
	return digits >= 6;
}

/* a short line naming a document kind */
static int
title_line(const char *s, size_t ls, size_t le)
{
	const char *kat;
	size_t		n = le - ls;

	if (n < 9 || n > 120)
		return 0;
	if (memchr(s + ls, 0xE3, n) && find_in(s + ls, n, "。"))
		return 0;
	return kind_in(s + ls, n, &kat) != PE_DOC_OTHER;
}

int
pe_split_documents(const char *s, size_t len, pe_arena *arena,
				   pe_text_span **out, size_t *n)
{
	pe_text_span *v = NULL;
	size_t		nv = 0,
				cap = 0;
	size_t		ls = 0;
	size_t		doc_start = 0;
	int			after_sep = 0;	/* previous non-blank line was a separator */
	int			have_body = 0;	/* current document has body text */

	*out = NULL;
	*n = 0;
	/* leading blank lines are not part of any document */
	while (doc_start < len && (s[doc_start] == '\n' || s[doc_start] == '\r' ||
							   s[doc_start] == ' ' || s[doc_start] == '\t'))
		doc_start++;
	if (doc_start >= len)
		return 0;
	ls = doc_start;
	while (ls < len)
	{
		const char *nl = memchr(s + ls, '\n', len - ls);
		size_t		le = nl ? (size_t) (nl - s) : len;
		int			starts = 0;

		if (le > ls)
		{
			if (header_line(s, ls, le))
				starts = 1;
			else if (after_sep && have_body && title_line(s, ls, le))
				starts = 1;
			if (starts && have_body && ls > doc_start)
			{
				/* the document begins at the separator lines before it */
				size_t		b = ls;

				if (nv == cap)
				{
					size_t		ncap = cap ? cap * 2 : 16;
					pe_text_span *nvv = pe_arena_grow(arena, v, nv, ncap,
													  sizeof(pe_text_span));

					if (nvv == NULL)
						return -1;
					v = nvv;
					cap = ncap;
				}
				v[nv].start = doc_start;
				v[nv].end = b;
				nv++;
				doc_start = b;
				have_body = 0;
			}
			if (separator_line(s, ls, le))
				after_sep = 1;
			else
			{
				after_sep = 0;
				if (!starts)
					have_body = 1;
			}
		}
		ls = le + 1;
	}
	if (nv == cap)
	{
		pe_text_span *nvv = pe_arena_grow(arena, v, nv, cap + 1,
										  sizeof(pe_text_span));

		if (nvv == NULL)
			return -1;
		v = nvv;
	}
	v[nv].start = doc_start;
	v[nv].end = len;
	nv++;
	*out = v;
	*n = nv;
	return 0;
}

/*
 * A title that starts with a year and says nothing else about its role
 * ("2021年主要工作", "2021年工作") reviews the past when the year is before
 * the document's year and plans otherwise.
 */
static void
year_roles(const char *s, pe_outline *o, size_t first, size_t last, int doc_year)
{
	size_t		i;

	if (doc_year == 0)
		return;
	for (i = first; i < last; i++)
	{
		pe_section *sec = &o->sections[i];
		size_t		ts = sec->title_start;
		int			y;

		if (sec->role != PE_ROLE_NONE || sec->kind == PE_MK_DOC)
			continue;
		if (sec->title_end - ts >= 3 && memcmp(s + ts, "“", 3) == 0)
			ts += 3;
		y = year_at(s, sec->title_end, ts);
		if (y)
			sec->role = y < doc_year ? PE_ROLE_REVIEW : PE_ROLE_PLAN;
	}
}

int
pe_doc_outline(const char *s, size_t len, pe_arena *arena, pe_outline *out)
{
	pe_text_span *docs;
	size_t		ndocs,
				d,
				total = 0;
	pe_outline *parts;
	pe_section *all;

	out->sections = NULL;
	out->n = 0;
	if (pe_split_documents(s, len, arena, &docs, &ndocs) < 0)
		return -1;
	if (ndocs <= 1)
	{
		pe_doc_info info;

		if (pe_outline_build(s, len, arena, out) < 0)
			return -1;
		pe_doc_info_get(s, len, &info);
		year_roles(s, out, 0, out->n, info.year);
		return 0;
	}
	parts = pe_arena_alloc(arena, sizeof(pe_outline) * ndocs);
	if (parts == NULL)
		return -1;
	for (d = 0; d < ndocs; d++)
	{
		if (pe_outline_build(s + docs[d].start, docs[d].end - docs[d].start,
							 arena, &parts[d]) < 0)
			return -1;
		total += parts[d].n + 1;
	}
	all = pe_arena_alloc(arena, sizeof(pe_section) * total);
	if (all == NULL)
		return -1;
	out->sections = all;
	for (d = 0; d < ndocs; d++)
	{
		size_t		base = docs[d].start;
		int			di = (int) out->n;
		pe_section *ds = &all[out->n++];
		pe_doc_info info;
		size_t		i;

		memset(ds, 0, sizeof(*ds));
		ds->kind = PE_MK_DOC;
		ds->level = 0;
		ds->number = (int) d + 1;
		ds->parent = -1;
		ds->start = base;
		ds->end = docs[d].end;
		ds->label_start = ds->label_end = base;
		pe_doc_info_get(s + base, docs[d].end - base, &info);
		{
			/* the header line (after 【source】) or the title line */
			size_t		ls = base,
						le;
			const char *nl;

			/* skip blank and separator lines ("-", a date) */
			for (;;)
			{
				while (ls < docs[d].end && (s[ls] == '\n' || s[ls] == '\r'))
					ls++;
				nl = memchr(s + ls, '\n', docs[d].end - ls);
				le = nl ? (size_t) (nl - s) : docs[d].end;
				if (le < docs[d].end && separator_line(s, ls, le))
					ls = le + 1;
				else
					break;
			}
			if (le > ls && s[le - 1] == '\r')
				le--;
			if (le - ls > TITLE_MAX && info.title_end > info.title_start)
			{
				ls = base + info.title_start;
				le = base + info.title_end;
			}
			if (le - ls >= 3 && memcmp(s + ls, "【", 3) == 0)
			{
				const char *c = find_in(s + ls, le - ls, "】");

				if (c && (size_t) (c - s) + 3 < le)
				{
					ds->label_start = ls;
					ds->label_end = (size_t) (c - s) + 3;
					ls = ds->label_end;
				}
			}
			ds->title_start = ls;
			ds->title_end = le;
		}
		ds->role = PE_ROLE_NONE;
		for (i = 0; i < parts[d].n; i++)
		{
			pe_section *sec = &all[out->n++];

			*sec = parts[d].sections[i];
			sec->start += base;
			sec->end += base;
			sec->label_start += base;
			sec->label_end += base;
			sec->title_start += base;
			sec->title_end += base;
			sec->parent = sec->parent >= 0 ? sec->parent + di + 1 : di;
		}
		year_roles(s, out, (size_t) di + 1, out->n, info.year);
	}
	out->sections = all;
	return 0;
}
