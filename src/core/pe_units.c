/*-------------------------------------------------------------------------
 *
 * pe_units.c
 *	  The compiled-in unit catalogue and unit matching.
 *
 * Entry numbers are stored on disk by plan_quantity: append new entries
 * at the end of the table, never reorder or remove one.
 *
 * IDENTIFICATION
 *	  src/core/pe_units.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_units.h"

#include <string.h>

#include "pe_utf8.h"

#define U(name, flags, dim, c, e, d) { name, (uint8_t) (sizeof(name) - 1), flags, dim, c, e, d }
#define M	PE_UDEF_MAG
#define A	PE_UDEF_ALIAS
#define B	PE_UDEF_BASE
#define C	PE_UDEF_CLASSIFIER
#define X	PE_UDEF_FIGURE
#define CL(k)	(PE_DIM_CLASSIFIER_FIRST + (k))

/*----------
 * The catalogue.  Scale is to the base unit of the dimension:
 *	 value_in_base = value * scale_coef * 10^scale_exp / scale_den
 *----------
 */
static const pe_unit_def catalogue[] = {
	/* 0 */ U("元", M | B | X, PE_DIM_MONEY, 1, 0, 1),
	U("美元", M | B | X, PE_DIM_USD, 1, 0, 1),
	U("吨", M | B | X, PE_DIM_MASS, 1, 0, 1),
	U("公斤", M | X, PE_DIM_MASS, 1, -3, 1),
	U("千克", M | A | X, PE_DIM_MASS, 1, -3, 1),
	/* 5 */ U("斤", M | X, PE_DIM_MASS, 5, -4, 1),
	U("克", M, PE_DIM_MASS, 1, -6, 1),
	U("人", M | B | X, PE_DIM_PEOPLE, 1, 0, 1),
	U("人次", M | B | X, PE_DIM_PERSON_TIMES, 1, 0, 1),
	U("户", M | B | X, PE_DIM_HOUSEHOLDS, 1, 0, 1),
	/* 10 */ U("亩", M | X, PE_DIM_AREA, 2000, 0, 3),
	U("公顷", M | X, PE_DIM_AREA, 1, 4, 1),
	U("平方公里", M | X, PE_DIM_AREA, 1, 6, 1),
	U("平方千米", M | A, PE_DIM_AREA, 1, 6, 1),
	U("平方米", M | B | X, PE_DIM_AREA, 1, 0, 1),
	/* 15 */ U("公里", M | X, PE_DIM_LENGTH, 1, 3, 1),
	U("千米", M | A, PE_DIM_LENGTH, 1, 3, 1),
	U("米", M | B, PE_DIM_LENGTH, 1, 0, 1),
	U("吨标准煤", M | B | X, PE_DIM_COAL, 1, 0, 1),
	U("吨标煤", M | A, PE_DIM_COAL, 1, 0, 1),
	/* 20 */ U("千瓦时", M | B | X, PE_DIM_ENERGY, 1, 0, 1),
	U("度", M, PE_DIM_ENERGY, 1, 0, 1),
	U("千瓦", M | B | X, PE_DIM_POWER, 1, 0, 1),
	U("立方米", M | B | X, PE_DIM_VOLUME, 1, 0, 1),
	U("%", B | X, PE_DIM_RATIO, 1, 0, 1),
	/* 25 */ U("％", A | X, PE_DIM_RATIO, 1, 0, 1),
	U("‰", X, PE_DIM_RATIO, 1, -1, 1),
	U("个百分点", B | X, PE_DIM_POINTS, 1, 0, 1),
	U("百分点", A | X, PE_DIM_POINTS, 1, 0, 1),
	U("年", B | X, PE_DIM_YEARS, 1, 0, 1),
	/* 30 */ U("岁", B | X, PE_DIM_AGE, 1, 0, 1),
	U("天", B | X, PE_DIM_DAYS, 1, 0, 1),
	U("倍", B, PE_DIM_MULTIPLE, 1, 0, 1),
	U("个", M | B | C | X, CL(0), 1, 0, 1),
	U("家", M | B | C | X, CL(1), 1, 0, 1),
	/* 35 */ U("所", M | B | C | X, CL(2), 1, 0, 1),
	U("项", M | B | C | X, CL(3), 1, 0, 1),
	U("件", M | B | C | X, CL(4), 1, 0, 1),
	U("座", M | B | C | X, CL(5), 1, 0, 1),
	U("套", M | B | C | X, CL(6), 1, 0, 1),
	/* 40 */ U("台", M | B | C | X, CL(7), 1, 0, 1),
	U("辆", M | B | C | X, CL(8), 1, 0, 1),
	U("头", M | B | C | X, CL(9), 1, 0, 1),
	U("只", M | B | C | X, CL(10), 1, 0, 1),
	U("张", M | B | C | X, CL(11), 1, 0, 1),
	/* 45 */ U("条", M | B | C | X, CL(12), 1, 0, 1),
	U("处", M | B | C | X, CL(13), 1, 0, 1),
	U("次", M | B | C | X, CL(14), 1, 0, 1),
	U("成", 0, PE_DIM_RATIO, 1, 1, 1),
	U("个月", B, PE_DIM_MONTHS, 1, 0, 1),
	/* 50 */ U("小时", B, PE_DIM_HOURS, 1, 0, 1),
	U("标准箱", M | B, PE_DIM_TEU, 1, 0, 1),
	U("兆瓦", M, PE_DIM_POWER, 1, 3, 1),
	U("吉瓦", M, PE_DIM_POWER, 1, 6, 1),
	U("瓦", M, PE_DIM_POWER, 1, -3, 1),
	/* 55 */ U("升", M, PE_DIM_VOLUME, 1, -3, 1),
	U("厘米", M, PE_DIM_LENGTH, 1, -2, 1),
	U("毫米", M, PE_DIM_LENGTH, 1, -3, 1),
	U("名", M | B | C | X, CL(15), 1, 0, 1),
	U("位", M | B | C | X, CL(16), 1, 0, 1),
	/* 60 */ U("种", M | B | C, CL(17), 1, 0, 1),
	U("批", M | B | C | X, CL(18), 1, 0, 1),
	U("篇", M | B | C | X, CL(19), 1, 0, 1),
	U("部", M | B | C | X, CL(20), 1, 0, 1),
	U("栋", M | B | C | X, CL(21), 1, 0, 1),
	/* 65 */ U("间", M | B | C | X, CL(22), 1, 0, 1),
	U("艘", M | B | C | X, CL(23), 1, 0, 1),
	U("架", M | B | C, CL(24), 1, 0, 1),
	U("株", M | B | C | X, CL(25), 1, 0, 1),
	U("棵", M | B | C, CL(26), 1, 0, 1),
	/* 70 */ U("口", M | B | C, CL(27), 1, 0, 1),
	U("枚", M | B | C, CL(28), 1, 0, 1),
	U("支", M | B | C | X, CL(29), 1, 0, 1),
	U("本", M | B | C, CL(30), 1, 0, 1),
	U("份", M | B | C, CL(31), 1, 0, 1),
	/* 75 */ U("类", M | B | C, CL(32), 1, 0, 1),
	U("场", M | B | C | X, CL(33), 1, 0, 1),
	U("轮", M | B | C, CL(34), 1, 0, 1),
	U("km", M | A, PE_DIM_LENGTH, 1, 3, 1),
	U("kg", M | A, PE_DIM_MASS, 1, -3, 1),
	/* 80 */ U("kW", M | A, PE_DIM_POWER, 1, 0, 1),
	U("kWh", M | A, PE_DIM_ENERGY, 1, 0, 1),
	U("MW", M | A, PE_DIM_POWER, 1, 3, 1),
	U("GW", M | A, PE_DIM_POWER, 1, 6, 1),
	U("TEU", M | A, PE_DIM_TEU, 1, 0, 1),
	U("宗", M | B | C | X, CL(35), 1, 0, 1),
	U("片", M | B | C | X, CL(36), 1, 0, 1),
	U("道", M | B | C, CL(37), 1, 0, 1),
	U("幢", M | B | C | X, CL(38), 1, 0, 1),
	U("例", M | B | C | X, CL(39), 1, 0, 1),
	U("周", B, PE_DIM_DAYS, 7, 0, 1),
	U("周岁", A, PE_DIM_AGE, 1, 0, 1),
	U("段", M | B | C, CL(40), 1, 0, 1),
	U("块", M | B | C, CL(41), 1, 0, 1),
	U("组", M | B | C, CL(42), 1, 0, 1),
	U("队", M | B | C, CL(43), 1, 0, 1),
	U("层", M | B | C, CL(44), 1, 0, 1),
	U("根", M | B | C, CL(45), 1, 0, 1),
	U("首", M | B | C, CL(46), 1, 0, 1),
	U("门", M | B | C, CL(47), 1, 0, 1),
	U("节", M | B | C, CL(48), 1, 0, 1),
	U("届", M | B | C, CL(49), 1, 0, 1),
	U("GWh", M | A, PE_DIM_ENERGY, 1, 6, 1),
	/* 103 */ U("标准煤", M | A | X, PE_DIM_COAL, 1, 0, 1),
	U("标箱", M | A | X, PE_DIM_TEU, 1, 0, 1),
	/* 105 */ U("欧元", M | B | X, PE_DIM_EUR, 1, 0, 1),
	U("批次", M | B | C | X, CL(50), 1, 0, 1),
	U("车次", M | B | C | X, CL(51), 1, 0, 1),
	U("架次", M | B | C | X, CL(52), 1, 0, 1),
	U("辆次", M | B | C | X, CL(53), 1, 0, 1),
	/* 110 */ U("床位", M | B | C | X, CL(54), 1, 0, 1),
	U("张床", M | A | C | X, CL(54), 1, 0, 1),
	U("床", M | A | C | X, CL(54), 1, 0, 1),
	U("盏", M | B | C | X, CL(55), 1, 0, 1),
	U("册", M | B | C | X, CL(56), 1, 0, 1),
	/* per-mille points, the change of a ‰ rate (下降0.42个千分点) */
	/* 115 */ U("个千分点", X, PE_DIM_POINTS, 1, -1, 1),
	U("千分点", A | X, PE_DIM_POINTS, 1, -1, 1),
};

#define NCAT (sizeof(catalogue) / sizeof(catalogue[0]))

/*
 * Catalogue entries sorted by the first code point of their name, for a
 * binary search (generated from the table above; test_quantity checks
 * that it matches the catalogue, so regenerate it after adding a unit).
 */
static const struct
{
	uint32_t	cp;
	uint8_t		entry;
}			by_first_cp[] = {
	{0x0025, 24},		/* % */
	{0x0047, 83},		/* GW */
	{0x0047, 102},		/* GWh */
	{0x004D, 82},		/* MW */
	{0x0054, 84},		/* TEU */
	{0x006B, 78},		/* km */
	{0x006B, 79},		/* kg */
	{0x006B, 80},		/* kW */
	{0x006B, 81},		/* kWh */
	{0x2030, 26},		/* ‰ */
	{0x4E2A, 27},		/* 个百分点 */
	{0x4E2A, 115},		/* 个千分点 */
	{0x4E2A, 33},		/* 个 */
	{0x4E2A, 49},		/* 个月 */
	{0x4EA9, 10},		/* 亩 */
	{0x4EBA, 7},		/* 人 */
	{0x4EBA, 8},		/* 人次 */
	{0x4EF6, 37},		/* 件 */
	{0x4EFD, 74},		/* 份 */
	{0x4F4D, 59},		/* 位 */
	{0x4F8B, 89},		/* 例 */
	{0x500D, 32},		/* 倍 */
	{0x5143, 0},		/* 元 */
	{0x5146, 52},		/* 兆瓦 */
	{0x514B, 6},		/* 克 */
	{0x516C, 3},		/* 公斤 */
	{0x516C, 11},		/* 公顷 */
	{0x516C, 15},		/* 公里 */
	{0x518C, 114},		/* 册 */
	{0x5343, 4},		/* 千克 */
	{0x5343, 16},		/* 千米 */
	{0x5343, 20},		/* 千瓦时 */
	{0x5343, 22},		/* 千瓦 */
	{0x5343, 116},		/* 千分点 */
	{0x5347, 55},		/* 升 */
	{0x5398, 56},		/* 厘米 */
	{0x53E3, 70},		/* 口 */
	{0x53EA, 43},		/* 只 */
	{0x53F0, 40},		/* 台 */
	{0x5409, 53},		/* 吉瓦 */
	{0x540D, 58},		/* 名 */
	{0x5428, 2},		/* 吨 */
	{0x5428, 18},		/* 吨标准煤 */
	{0x5428, 19},		/* 吨标煤 */
	{0x5468, 90},		/* 周 */
	{0x5468, 91},		/* 周岁 */
	{0x573A, 76},		/* 场 */
	{0x5757, 93},		/* 块 */
	{0x5904, 46},		/* 处 */
	{0x5929, 31},		/* 天 */
	{0x5934, 42},		/* 头 */
	{0x5957, 39},		/* 套 */
	{0x5B97, 85},		/* 宗 */
	{0x5BB6, 34},		/* 家 */
	{0x5C0F, 50},		/* 小时 */
	{0x5C42, 96},		/* 层 */
	{0x5C4A, 101},		/* 届 */
	{0x5C81, 30},		/* 岁 */
	{0x5E62, 88},		/* 幢 */
	{0x5E73, 12},		/* 平方公里 */
	{0x5E73, 13},		/* 平方千米 */
	{0x5E73, 14},		/* 平方米 */
	{0x5E74, 29},		/* 年 */
	{0x5E8A, 110},		/* 床位 */
	{0x5E8A, 112},		/* 床 */
	{0x5EA6, 21},		/* 度 */
	{0x5EA7, 38},		/* 座 */
	{0x5F20, 44},		/* 张 */
	{0x5F20, 111},		/* 张床 */
	{0x6210, 48},		/* 成 */
	{0x6237, 9},		/* 户 */
	{0x6240, 35},		/* 所 */
	{0x6279, 61},		/* 批 */
	{0x6279, 106},		/* 批次 */
	{0x652F, 72},		/* 支 */
	{0x65A4, 5},		/* 斤 */
	{0x672C, 73},		/* 本 */
	{0x6761, 45},		/* 条 */
	{0x679A, 71},		/* 枚 */
	{0x67B6, 67},		/* 架 */
	{0x67B6, 108},		/* 架次 */
	{0x6807, 51},		/* 标准箱 */
	{0x6807, 103},		/* 标准煤 */
	{0x6807, 104},		/* 标箱 */
	{0x680B, 64},		/* 栋 */
	{0x682A, 68},		/* 株 */
	{0x6839, 97},		/* 根 */
	{0x68F5, 69},		/* 棵 */
	{0x6B21, 47},		/* 次 */
	{0x6B27, 105},		/* 欧元 */
	{0x6BB5, 92},		/* 段 */
	{0x6BEB, 57},		/* 毫米 */
	{0x7247, 86},		/* 片 */
	{0x74E6, 54},		/* 瓦 */
	{0x767E, 28},		/* 百分点 */
	{0x76CF, 113},		/* 盏 */
	{0x79CD, 60},		/* 种 */
	{0x7ACB, 23},		/* 立方米 */
	{0x7BC7, 62},		/* 篇 */
	{0x7C73, 17},		/* 米 */
	{0x7C7B, 75},		/* 类 */
	{0x7EC4, 94},		/* 组 */
	{0x7F8E, 1},		/* 美元 */
	{0x8258, 66},		/* 艘 */
	{0x8282, 100},		/* 节 */
	{0x8F66, 107},		/* 车次 */
	{0x8F6E, 77},		/* 轮 */
	{0x8F86, 41},		/* 辆 */
	{0x8F86, 109},		/* 辆次 */
	{0x9053, 87},		/* 道 */
	{0x90E8, 63},		/* 部 */
	{0x95E8, 99},		/* 门 */
	{0x95F4, 65},		/* 间 */
	{0x961F, 95},		/* 队 */
	{0x9879, 36},		/* 项 */
	{0x9996, 98},		/* 首 */
	{0xFF05, 25},		/* ％ */
};

#define NIDX (sizeof(by_first_cp) / sizeof(by_first_cp[0]))

const pe_unit_def *
pe_unit_catalogue(size_t *n)
{
	*n = NCAT;
	return catalogue;
}

void
pe_unit_none(pe_unit *out)
{
	memset(out, 0, sizeof(*out));
	out->entry = PE_UNIT_NONE;
	out->dim = PE_DIM_NUMBER;
}

/*----------
 * Magnitude prefixes, longest first within each first character.  兆 is
 * 10^12 (Taiwanese usage: 糧食產量1.4兆斤左右, 歲出增為3兆128億元) only
 * before a catalogue unit that is not a power or energy word (兆瓦 is a
 * megawatt, a word of its own); never bare, never before a word outside
 * the catalogue (兆帕, 兆字节).
 *----------
 */
static const struct
{
	const char *w;
	uint8_t		len;
	int8_t		pow;
	uint8_t		unit_only;		/* only before a catalogue unit */
}			magnitudes[] = {
	{"万亿", 6, 12, 0},
	{"万", 3, 4, 0},
	{"亿", 3, 8, 0},
	{"十万", 6, 5, 0},
	{"十亿", 6, 9, 0},
	{"百万", 6, 6, 0},
	{"百亿", 6, 10, 0},
	{"千万", 6, 7, 0},
	{"千亿", 6, 11, 0},
	{"兆", 3, 12, 1},
};

/* the magnitude prefix at s; *unit_only as in the table */
static size_t
magnitude_at(const char *s, size_t len, int *pow10, int *unit_only)
{
	size_t		k;

	for (k = 0; k < sizeof(magnitudes) / sizeof(magnitudes[0]); k++)
	{
		size_t		l = magnitudes[k].len;

		if (l <= len && memcmp(s, magnitudes[k].w, l) == 0)
		{
			*pow10 = magnitudes[k].pow;
			*unit_only = magnitudes[k].unit_only;
			return l;
		}
	}
	*pow10 = 0;
	*unit_only = 0;
	return 0;
}

size_t
pe_magnitude_match(const char *s, size_t len, int *pow10)
{
	int			unit_only;
	size_t		l = magnitude_at(s, len, pow10, &unit_only);

	if (unit_only)
	{
		*pow10 = 0;
		return 0;
	}
	return l;
}

/* may a unit-only magnitude (兆) stand before catalogue entry e? */
static int
unit_only_ok(int e)
{
	return catalogue[e].dim != PE_DIM_POWER && catalogue[e].dim != PE_DIM_ENERGY;
}

/* longest catalogue word at s (no prefix); returns entry index or -1 */
static int
match_word(const char *s, size_t len, size_t *wlen, int need_mag)
{
	size_t		lo = 0,
				hi = NIDX,
				i = 0,
				k;
	int			best = -1;
	size_t		bestlen = 0;
	uint32_t	cp;

	if (len == 0)
		return -1;
	cp = pe_utf8_next(s, len, &i);
	/* first index entry with by_first_cp[].cp >= cp */
	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (by_first_cp[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (k = lo; k < NIDX && by_first_cp[k].cp == cp; k++)
	{
		const pe_unit_def *d = &catalogue[by_first_cp[k].entry];

		if (d->len > len || d->len <= bestlen)
			continue;
		if (need_mag && !(d->flags & PE_UDEF_MAG))
			continue;
		if (memcmp(s, d->name, d->len) == 0)
		{
			best = by_first_cp[k].entry;
			bestlen = d->len;
		}
	}
	/* ASCII units must not run into more letters (km in kmh) */
	if (best >= 0 && cp < 0x80 && bestlen < len)
	{
		unsigned char nx = (unsigned char) s[bestlen];

		if ((nx >= 'A' && nx <= 'Z') || (nx >= 'a' && nx <= 'z'))
			return -1;
	}
	*wlen = bestlen;
	return best;
}

static void
fill_unit(pe_unit *out, const char *s, size_t len, int entry, int dim,
		  int mag, size_t mag_len)
{
	out->entry = (int16_t) entry;
	out->dim = (int16_t) dim;
	out->mag = (int8_t) mag;
	out->mag_len = (uint8_t) mag_len;
	out->len = (uint8_t) len;
	memcpy(out->text, s, len);
	out->text[len] = '\0';
}

size_t
pe_unit_match(const char *s, size_t len, int allow_bare_magnitude,
			  pe_unit *out)
{
	int			pow = 0;
	size_t		ml,
				wl = 0,
				wl2 = 0;
	int			e,
				e2,
				unit_only;

	pe_unit_none(out);
	if (len == 0)
		return 0;
	/* plain word (千瓦 beats 千 + 瓦: 千 alone is no prefix anyway) */
	e = match_word(s, len, &wl, 0);
	ml = magnitude_at(s, len, &pow, &unit_only);
	if (ml)
	{
		e2 = match_word(s + ml, len - ml, &wl2, 1);
		if (e2 >= 0 && ml + wl2 > wl && (!unit_only || unit_only_ok(e2)))
		{
			fill_unit(out, s, ml + wl2, e2, catalogue[e2].dim, pow, ml);
			return ml + wl2;
		}
		if (e < 0 && allow_bare_magnitude && !unit_only)
		{
			fill_unit(out, s, ml, PE_UNIT_MAGNITUDE, PE_DIM_NUMBER, pow, ml);
			return ml;
		}
	}
	if (e >= 0)
	{
		fill_unit(out, s, wl, e, catalogue[e].dim, 0, 0);
		return wl;
	}
	return 0;
}

/* may this code point be part of a unit word not in the catalogue? */
static int
unit_char(uint32_t cp)
{
	if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'))
		return 1;
	if (cp == '/' || cp == 0x00B7 || cp == 0x00B2 || cp == 0x00B3 ||
		cp == 0xFF0F || cp == 0x2022)
		return 1;
	/* 多 and 余 are qualifiers (3年多), never part of a unit word */
	if (pe_is_han(cp) && cp != 0x3007 && cp != 0x591A && cp != 0x4F59)
		return 1;
	return 0;
}

static int
numeral_char(uint32_t cp)
{
	static const uint32_t cps[] = {
		0x96F6, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03,
		0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF, 0x58F9, 0x8D30,
		0x53C1, 0x8086, 0x4F0D, 0x9646, 0x67D2, 0x634C, 0x7396, 0x62FE, 0x4F70,
		0x4EDF
	};
	size_t		k;

	for (k = 0; k < sizeof(cps) / sizeof(cps[0]); k++)
		if (cps[k] == cp)
			return 1;
	return 0;
}

int
pe_unit_lookup(const char *s, size_t len, pe_unit *out)
{
	size_t		n,
				i;
	int			pow = 0;
	size_t		ml;

	pe_unit_none(out);
	if (len == 0)
		return 1;
	n = pe_unit_match(s, len, 1, out);
	if (n == len)
		return 1;
	if (len > PE_UNIT_TEXT_MAX)
		return -1;
	for (i = 0; i < len;)
	{
		uint32_t	cp = pe_utf8_next(s, len, &i);

		if (!unit_char(cp))
			return -1;
	}
	/* first character cannot be a separator */
	if (s[0] == '/')
		return -1;
	ml = pe_magnitude_match(s, len, &pow);
	if (ml == len)
		ml = 0;
	/*
	 * The word must not start with a numeral character (一百十) nor with 分之
	 * (a fraction), and must contain no digit (零一二…九两): otherwise the
	 * output would read back as a different number.
	 */
	{
		size_t		j = ml;
		uint32_t	cp = pe_utf8_next(s, len, &j);

		if (numeral_char(cp))
			return -1;
		if (len - ml >= 6 && memcmp(s + ml, "分之", 6) == 0)
			return -1;
		for (j = ml; j < len;)
		{
			cp = pe_utf8_next(s, len, &j);
			if (numeral_char(cp) && cp != 0x5341 && cp != 0x767E && cp != 0x5343 &&
				cp != 0x4E07 && cp != 0x4EBF && cp != 0x62FE && cp != 0x4F70 &&
				cp != 0x4EDF)
				return -1;
		}
	}
	fill_unit(out, s, len, PE_UNIT_UNKNOWN, PE_DIM_UNKNOWN, ml ? pow : 0, ml);
	return 0;
}

int
pe_unit_scale(const pe_unit *u, pe_num *scale)
{
	pe_num		t;

	pe_num_zero(&t);
	t.coef = 1;
	if (u->entry >= 0 && (size_t) u->entry < NCAT)
	{
		const pe_unit_def *d = &catalogue[u->entry];

		t.coef = d->scale_coef;
		t.exp = d->scale_exp;
		t.den = d->scale_den;
	}
	return pe_num_mul_pow10(&t, u->mag, scale);
}

static size_t
word_after_mag(const pe_unit *u, const char **w)
{
	*w = u->text + u->mag_len;
	return (size_t) u->len - u->mag_len;
}

int
pe_unit_dim_cmp(const pe_unit *a, const pe_unit *b)
{
	if (a->dim != b->dim)
		return a->dim < b->dim ? -1 : 1;
	if (a->dim == PE_DIM_UNKNOWN)
	{
		const char *wa,
				   *wb;
		size_t		la = word_after_mag(a, &wa),
					lb = word_after_mag(b, &wb);
		size_t		m = la < lb ? la : lb;
		int			c = memcmp(wa, wb, m);

		if (c != 0)
			return c < 0 ? -1 : 1;
		if (la != lb)
			return la < lb ? -1 : 1;
	}
	return 0;
}

int
pe_unit_same_dim(const pe_unit *a, const pe_unit *b)
{
	return pe_unit_dim_cmp(a, b) == 0;
}

const char *
pe_dim_name(int dim)
{
	switch (dim)
	{
		case PE_DIM_NUMBER:
			return "number";
		case PE_DIM_MONEY:
			return "money";
		case PE_DIM_USD:
			return "money_usd";
		case PE_DIM_MASS:
			return "mass";
		case PE_DIM_PEOPLE:
			return "people";
		case PE_DIM_PERSON_TIMES:
			return "person_times";
		case PE_DIM_HOUSEHOLDS:
			return "households";
		case PE_DIM_AREA:
			return "area";
		case PE_DIM_LENGTH:
			return "length";
		case PE_DIM_COAL:
			return "standard_coal";
		case PE_DIM_ENERGY:
			return "electricity";
		case PE_DIM_POWER:
			return "power";
		case PE_DIM_VOLUME:
			return "volume";
		case PE_DIM_RATIO:
			return "percent";
		case PE_DIM_POINTS:
			return "percentage_point";
		case PE_DIM_YEARS:
			return "years";
		case PE_DIM_AGE:
			return "age";
		case PE_DIM_DAYS:
			return "days";
		case PE_DIM_MONTHS:
			return "months";
		case PE_DIM_HOURS:
			return "hours";
		case PE_DIM_MULTIPLE:
			return "multiple";
		case PE_DIM_TEU:
			return "teu";
		case PE_DIM_EUR:
			return "money_eur";
		default:
			return NULL;
	}
}

const char *
pe_dim_base_unit(int dim)
{
	size_t		k;

	if (dim == PE_DIM_NUMBER || dim == PE_DIM_UNKNOWN)
		return "";
	for (k = 0; k < NCAT; k++)
		if (catalogue[k].dim == dim && (catalogue[k].flags & PE_UDEF_BASE) &&
			!(catalogue[k].flags & PE_UDEF_ALIAS))
			return catalogue[k].name;
	return "";
}

size_t
pe_unit_dim_name(const pe_unit *u, char *buf, size_t cap)
{
	const char *fixed = pe_dim_name(u->dim);
	const char *pfx;
	const char *w;
	size_t		wl,
				pl,
				n;

	if (fixed)
	{
		n = strlen(fixed);
		if (cap > 0)
		{
			size_t		c = n < cap - 1 ? n : cap - 1;

			memcpy(buf, fixed, c);
			buf[c] = '\0';
		}
		return n;
	}
	if (u->dim == PE_DIM_UNKNOWN)
	{
		pfx = "unit:";
		wl = word_after_mag(u, &w);
	}
	else
	{
		pfx = "count:";
		w = pe_dim_base_unit(u->dim);
		wl = strlen(w);
	}
	pl = strlen(pfx);
	n = pl + wl;
	if (cap > 0)
	{
		size_t		c1 = pl < cap - 1 ? pl : cap - 1;
		size_t		c2;

		memcpy(buf, pfx, c1);
		c2 = wl < cap - 1 - c1 ? wl : cap - 1 - c1;
		memcpy(buf + c1, w, c2);
		buf[c1 + c2] = '\0';
	}
	return n;
}
