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

#include <string.h>

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

/* kind named in s[0..len) and where its word starts */
static pe_doc_kind
kind_in(const char *s, size_t len, const char **at)
{
	int			k;
	const char *best = NULL;
	pe_doc_kind bk = PE_DOC_OTHER;

	for (k = 0; kind_words[k].word; k++)
	{
		const char *p = find_in(s, len, kind_words[k].word);

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

void
pe_doc_info_get(const char *s, size_t len, pe_doc_info *out)
{
	size_t		head = len < HEAD_BYTES ? len : HEAD_BYTES;
	size_t		ls = 0;
	int			lines = 0;
	const char *kat = NULL;

	memset(out, 0, sizeof(*out));

	/* the title: the first of the first 12 lines that names a kind */
	while (ls < head && lines < 12)
	{
		const char *nl = memchr(s + ls, '\n', head - ls);
		size_t		le = nl ? (size_t) (nl - s) : head;
		size_t		te = le - ls > TITLE_MAX ? ls + TITLE_MAX : le;
		pe_doc_kind k;

		/* back off to a character boundary */
		while (te > ls && te < len && ((unsigned char) s[te] & 0xC0) == 0x80)
			te--;
		k = kind_in(s + ls, te - ls, &kat);
		if (k != PE_DOC_OTHER)
		{
			out->kind = k;
			out->title_start = ls;
			out->title_end = te;
			break;
		}
		if (le > ls)
			lines++;
		ls = le + 1;
	}
	if (out->kind != PE_DOC_OTHER)
	{
		size_t		ts = out->title_start,
					te = out->title_end;

		find_region(s, ts, te, (size_t) (kat - s), out);
		out->year = first_year(s + ts, te - ts, 0);
		out->fyp = first_fyp(s + ts, te - ts);
	}
	/* year: the first full date near the top, else any year in the title */
	if (out->year == 0)
		out->year = first_year(s, head < 1500 ? head : 1500, 1);
	if (out->fyp == 0 && out->year &&
		(out->kind == PE_DOC_GOV_WORK_REPORT ||
		 out->kind == PE_DOC_FIVE_YEAR_PLAN ||
		 out->kind == PE_DOC_IMPLEMENTATION_PLAN))
	{
		int			y = out->year;

		/* the five-year plan that the year falls in (plans issued in
		 * their first year belong to it: 2021 -> 十四五) */
		if (y >= 1966)
			out->fyp = (y - 1966) / 5 + 3;
		if (out->kind == PE_DOC_FIVE_YEAR_PLAN)
		{
			int			f = first_fyp(s, head);

			if (f)
				out->fyp = f;
		}
	}
	if (out->fyp)
	{
		out->period_start = pe_fyp_start_year(out->fyp);
		out->period_end = out->period_start + 4;
	}
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
