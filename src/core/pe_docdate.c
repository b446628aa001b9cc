/*-------------------------------------------------------------------------
 *
 * pe_docdate.c
 *	  Dates and 人民代表大会 sessions as documents write them.
 *
 * Each reader looks at one position and moves forward only: callers
 * scan a bounded head once, so time is linear.
 *
 * IDENTIFICATION
 *	  src/core/pe_docdate.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_docdate.h"

#include <string.h>

#include "pe_region.h"
#include "pe_utf8.h"

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* past blanks and line breaks */
static size_t
skip_ws(const char *s, size_t len, size_t i)
{
	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
		i++;
	return i;
}

/* s[i..) starts with w (after blanks): the offset after it, else 0 */
static size_t
word_at(const char *s, size_t len, size_t i, const char *w)
{
	size_t		n = strlen(w);

	i = skip_ws(s, len, i);
	return len - i >= n && memcmp(s + i, w, n) == 0 ? i + n : 0;
}

int
pe_cn_digit(uint32_t cp)
{
	switch (cp)
	{
		case 0x3007:			/* 〇 */
		case 0x25CB:			/* ○ */
		case 0x96F6:			/* 零 */
			return 0;
		case 0x4E00: return 1;
		case 0x4E8C: return 2;
		case 0x4E24: return 2;	/* 两 */
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

/* ASCII digits at s[*i..) (at most max): the value, -1 when none */
static int
read_arabic(const char *s, size_t len, size_t *i, int max, int *ndigits)
{
	int			v = 0,
				n = 0;
	size_t		j = *i;

	while (j < len && is_digit(s[j]) && n < max)
		v = v * 10 + (s[j++] - '0'), n++;
	if (n == 0 || (j < len && is_digit(s[j])))
		return -1;
	*i = j;
	*ndigits = n;
	return v;
}

/* 一 .. 九十九 written with 十 (一月, 十二月, 二十一日): the value, -1 */
static int
read_cn_small(const char *s, size_t len, size_t *i)
{
	size_t		j = *i;
	int			total = 0,
				cur = -1,
				n = 0;

	while (j < len && n < 3)
	{
		size_t		k = j;
		int			d = pe_cn_digit(pe_utf8_next(s, len, &k));

		if (d < 0 || (d == 0 && n == 0))
			break;
		if (d == 10)
		{
			if (total)
				break;
			total = (cur > 0 ? cur : 1) * 10;
			cur = -1;
		}
		else if (cur >= 0)
			break;
		else
			cur = d;
		j = k;
		n++;
	}
	if (n == 0)
		return -1;
	*i = j;
	return total + (cur > 0 ? cur : 0);
}

/* 二○二二 (four digit characters, no 十): the year, -1 */
static int
read_cn_year(const char *s, size_t len, size_t *i)
{
	size_t		j = *i;
	int			v = 0,
				n;

	for (n = 0; n < 4; n++)
	{
		size_t		k = j;
		int			d = j < len ? pe_cn_digit(pe_utf8_next(s, len, &k)) : -1;

		if (d < 0 || d > 9)
			return -1;
		v = v * 10 + d;
		j = k;
	}
	*i = j;
	return v;
}

/* month 月 day 日 after *i, Arabic or Chinese; day 0 when absent */
static int
month_day(const char *s, size_t len, size_t *i, int cn, int *m, int *d)
{
	size_t		j = skip_ws(s, len, *i),
				k;
	int			nd;

	*m = cn ? read_cn_small(s, len, &j) : read_arabic(s, len, &j, 2, &nd);
	if (*m < 1 || *m > 12 || (j = word_at(s, len, j, "月")) == 0)
		return 0;
	*i = j;
	*d = 0;
	k = skip_ws(s, len, j);
	{
		int			v = cn ? read_cn_small(s, len, &k) : read_arabic(s, len, &k, 2, &nd);
		size_t		e;

		if (v >= 1 && v <= 31 &&
			((e = word_at(s, len, k, "日")) != 0 || (e = word_at(s, len, k, "号")) != 0))
		{
			*d = v;
			*i = e;
		}
	}
	return 1;
}

int
pe_date_at(const char *s, size_t len, size_t i, int allow_partial, pe_date *out)
{
	size_t		j = i;
	int			y,
				m,
				d,
				nd;
	size_t		k;

	memset(out, 0, sizeof(*out));
	if (i >= len)
		return 0;
	if (is_digit(s[i]))
	{
		if (i > 0 && (is_digit(s[i - 1]) || s[i - 1] == '.'))
			return 0;
		y = read_arabic(s, len, &j, 4, &nd);
		if (y < 0)
			return 0;
		if (nd == 4 && y >= 1949 && y <= 2099)
		{
			k = skip_ws(s, len, j);
			if (k < len && (s[k] == '-' || s[k] == '/' || s[k] == '.') && k == j)
			{
				char		sep = s[k];

				j = k + 1;
				m = read_arabic(s, len, &j, 2, &nd);
				if (m < 1 || m > 12 || j >= len || s[j] != sep)
					return 0;
				j++;
				d = read_arabic(s, len, &j, 2, &nd);
				if (d < 1 || d > 31)
					return 0;
			}
			else if ((k = word_at(s, len, j, "年")) != 0)
			{
				j = k;
				if (!month_day(s, len, &j, 0, &m, &d) || (d == 0 && !allow_partial))
					return 0;
			}
			else
				return 0;
		}
		else if (nd <= 2 && allow_partial)
		{
			/* 1月11日: month and day alone */
			j = i;
			if (!month_day(s, len, &j, 0, &m, &d) || d == 0)
				return 0;
			y = 0;
		}
		else
			return 0;
	}
	else
	{
		k = j;
		y = read_cn_year(s, len, &k);
		if (y >= 1949 && y <= 2099 && (k = word_at(s, len, k, "年")) != 0)
		{
			j = k;
			if (!month_day(s, len, &j, 1, &m, &d) || (d == 0 && !allow_partial))
				return 0;
		}
		else
			return 0;
	}
	out->year = y;
	out->month = m;
	out->day = d;
	out->start = i;
	out->end = j;
	return 1;
}

/* ------------------------------------------------------------------ */
/* sessions                                                            */
/* ------------------------------------------------------------------ */

int
pe_npc_session_year(int term, int number)
{
	static const int first[] = {0, 1954, 1959, 1964, 1975, 1978};

	if (number < 1 || number > 5 || term < 1 || term > 40)
		return 0;
	if (term <= 4)
		return number == 1 ? first[term] : 0;
	if (term == 5)
		return 1978 + number - 1;
	return 1983 + 5 * (term - 6) + number - 1;
}

/*
 * The term each provincial-level congress began in 2023 (first sessions
 * in January 2023: 上海市第十六届人民代表大会第一次会议, 北京市第十六届,
 * 天津市第十八届, 重庆市第六届, 海南省第七届, 西藏自治区第十二届, 宁夏回族
 * 自治区第十三届, the others their 十四届).
 */
static const struct
{
	const char *full;
	int			term2023;
}			province_terms[] = {
	{"北京市", 16}, {"天津市", 18}, {"上海市", 16}, {"重庆市", 6},
	{"河北省", 14}, {"山西省", 14}, {"辽宁省", 14}, {"吉林省", 14},
	{"黑龙江省", 14}, {"江苏省", 14}, {"浙江省", 14}, {"安徽省", 14},
	{"福建省", 14}, {"江西省", 14}, {"山东省", 14}, {"河南省", 14},
	{"湖北省", 14}, {"湖南省", 14}, {"广东省", 14}, {"海南省", 7},
	{"四川省", 14}, {"贵州省", 14}, {"云南省", 14}, {"陕西省", 14},
	{"甘肃省", 14}, {"青海省", 14}, {"内蒙古自治区", 14},
	{"广西壮族自治区", 14}, {"西藏自治区", 12}, {"宁夏回族自治区", 13},
	{"新疆维吾尔自治区", 14},
};

int
pe_province_session_year(const char *full, int term, int number)
{
	size_t		k;

	if (full == NULL || number < 1 || number > 5)
		return 0;
	for (k = 0; k < sizeof(province_terms) / sizeof(province_terms[0]); k++)
		if (strcmp(province_terms[k].full, full) == 0)
		{
			int			start = 2023 - 5 * (province_terms[k].term2023 - term);

			return start >= 2003 && start <= 2098 ? start + number - 1 : 0;
		}
	return 0;
}

/* value of the Chinese numeral written in s[a..b) (十四, 二十一), -1 */
static int
cn_value(const char *s, size_t a, size_t b)
{
	size_t		i = a;
	int			v = read_cn_small(s, b, &i);

	return i == b ? v : -1;
}

/*
 * The region named in the Han run that ends at s[e]: the longest known
 * name ending there (宁夏石嘴山市 -> 石嘴山市), else the whole run after 在
 * when it ends in a region suffix (在普洱市第四届), else a level word
 * alone (市十四届人大 -> 市).
 */
static void
session_region(const char *s, size_t e, pe_session *out)
{
	size_t		starts[13];
	int			n = 0,
				k,
				after_zai = 0;
	size_t		i = e;

	while (i > 0 && n < 12)
	{
		size_t		j = i;
		uint32_t	cp = pe_utf8_prev(s, &j);

		if (cp == 0x5728 || cp == 0x4E8E)	/* 在 于 */
			after_zai = 1;
		if (!pe_is_han(cp) || cp == 0x5728 || cp == 0x4E8E || cp == 0x662F ||
			cp == 0x7684)
			break;
		i = j;
		starts[n++] = i;
	}
	if (n == 0)
		return;
	for (k = n - 1; k >= 1; k--)
		if (pe_region_lookup(s + starts[k], e - starts[k]))
		{
			out->region_start = starts[k];
			out->region_end = e;
			return;
		}
	if (after_zai && n >= 2 &&
		pe_region_suffix_level(s + starts[n - 1], e - starts[n - 1]) != PE_LEVEL_UNKNOWN)
	{
		out->region_start = starts[n - 1];
		out->region_end = e;
		return;
	}
	if (pe_region_suffix_level(s + starts[0], e - starts[0]) != PE_LEVEL_UNKNOWN)
	{
		out->level_start = starts[0];
		out->level_end = e;
	}
}

/* the session whose 届 is at s[p]: 1 and *out filled, else 0 */
static int
session_at(const char *s, size_t len, size_t p, pe_session *out)
{
	size_t		a = p,
				j,
				k;
	int			n;

	memset(out, 0, sizeof(*out));
	/* the term's numeral before 届, and 第 before it */
	while (a > 0)
	{
		size_t		t = a;

		if (pe_cn_digit(pe_utf8_prev(s, &t)) < 1)
			break;
		a = t;
	}
	if (a == p || (out->term = cn_value(s, a, p)) < 1)
		return 0;
	if (a >= 3 && memcmp(s + a - 3, "第", 3) == 0)
		a -= 3;
	j = p + 3;
	if ((k = word_at(s, len, j, "全国")) != 0)
	{
		out->national = 1;
		j = k;
	}
	if ((k = word_at(s, len, j, "人民代表大会")) != 0 || (k = word_at(s, len, j, "人大")) != 0)
		j = k;
	else
		return 0;
	if (word_at(s, len, j, "常务委员会") || word_at(s, len, j, "常委会"))
		return 0;
	if ((k = word_at(s, len, j, "第")) != 0)
		j = k;
	j = skip_ws(s, len, j);
	k = j;
	n = read_cn_small(s, len, &k);
	if (n < 1 || (k = word_at(s, len, k, "次")) == 0 || (k = word_at(s, len, k, "会议")) == 0)
		return 0;
	out->number = n;
	out->start = a;
	out->end = k;
	if (!out->national)
	{
		session_region(s, a, out);
		if (out->region_end > out->region_start)
		{
			const pe_region_entry *r = pe_region_lookup(s + out->region_start,
														out->region_end - out->region_start);

			out->start = out->region_start;
			if (r != NULL && r->level == PE_LEVEL_PROVINCE)
				out->year = pe_province_session_year(r->full ? r->full : r->name,
													 out->term, out->number);
		}
		else if (out->level_end > out->level_start)
			out->start = out->level_start;
	}
	else
		out->year = pe_npc_session_year(out->term, out->number);
	return 1;
}

int
pe_session_find(const char *s, size_t len, pe_session *out)
{
	size_t		i;

	memset(out, 0, sizeof(*out));
	for (i = 0; i + 3 <= len; i++)
		if (s[i] == '\xE5' && memcmp(s + i, "届", 3) == 0 && session_at(s, len, i, out))
			return 1;
	memset(out, 0, sizeof(*out));
	return 0;
}
