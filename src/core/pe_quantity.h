/*-------------------------------------------------------------------------
 *
 * pe_quantity.h
 *	  Quantities in plan text: qualifier, number, range, unit as written,
 *	  suffix qualifier; exact comparison and arithmetic (plain C99, no
 *	  allocation).
 *
 * Grammar accepted by pe_quantity_scan at a position:
 *
 *	  [prefix] number [多|余] [unit] [(-|~|—|至|到) number [多|余] [unit]]
 *	  [suffix]
 *
 *	  prefix  约 大约 近 将近 接近 不低于 不少于 不小于 超过 高于 大于 多于
 *			  超 突破 不超过 不高于 不大于 低于 少于 小于 不到 不足 不满
 *			  控制在 (control only: 控制在3%以内 reads as 3%以内; alone it
 *			  means at most, inclusive)
 *	  suffix  左右 上下 前后 以上 及以上 以下 及以下 以内 之内
 *	  多/余 after the number: at least, exclusive (3000多人 > 3000 人); also
 *	  after a unit of time or 倍 (3年多, 1倍多)
 *	  近 before a number of years, months or days (近5年, 近三年来) names a
 *	  recent period, not an approximation: in running text no quantity
 *	  starts at 近 (the scan at the number finds 5年)
 *
 * Qualifiers and bounds (民法典 §1259: 以上, 以下, 以内 include the number;
 * 超过, 不满 exclude it):
 *
 *	  exact     8.5%
 *	  about     8.5%左右, 约8.5%, 近8.5%
 *	  at_least  35亿元以上 不低于7.5% 不少于 突破 (inclusive);
 *				超过 超 高于 大于 多于 多 余 (exclusive)
 *	  at_most   3%以内 以下 不超过 不高于 控制在 (inclusive);
 *				不到 不足 不满 低于 少于 小于 (exclusive)
 *	  range     6%-6.5%, 6%至7%, 8-9%, 1至3个 (both ends inclusive)
 *
 * IDENTIFICATION
 *	  src/core/pe_quantity.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_QUANTITY_H
#define PE_QUANTITY_H

#include <stddef.h>
#include <stdint.h>

#include "pe_number.h"
#include "pe_units.h"

typedef enum pe_qualifier
{
	PE_QUAL_EXACT = 0,
	PE_QUAL_ABOUT = 1,
	PE_QUAL_AT_LEAST = 2,
	PE_QUAL_AT_MOST = 3,
	PE_QUAL_RANGE = 4
} pe_qualifier;

/* pe_quantity.bound */
#define PE_BOUND_INCLUSIVE	0
#define PE_BOUND_EXCLUSIVE	1

/*
 * Qualifier words (stored, so that output gives back what was written).
 * Values are stored on disk by plan_quantity: after the first release
 * append new words only within their class's range and never renumber.
 */
typedef enum pe_qword
{
	PE_QW_NONE = 0,
	/* prefixes */
	PE_QW_YUE,					/* 约 */
	PE_QW_DAYUE,				/* 大约 */
	PE_QW_JIN,					/* 近 */
	PE_QW_JIANGJIN,				/* 将近 */
	PE_QW_JIEJIN,				/* 接近 */
	PE_QW_BUDIYU,				/* 不低于 */
	PE_QW_BUSHAOYU,				/* 不少于 */
	PE_QW_BUXIAOYU,				/* 不小于 */
	PE_QW_CHAOGUO,				/* 超过 */
	PE_QW_CHAO,					/* 超 (超86.4%) */
	PE_QW_GAOYU,				/* 高于 */
	PE_QW_DAYU,					/* 大于 */
	PE_QW_DUOYU,				/* 多于 */
	PE_QW_TUPO,					/* 突破 */
	PE_QW_DADAO,				/* 达到: reserved, not read (states actuals too) */
	PE_QW_BUCHAOGUO,			/* 不超过 */
	PE_QW_BUGAOYU,				/* 不高于 */
	PE_QW_BUDAYU,				/* 不大于 */
	PE_QW_DIYU,					/* 低于 */
	PE_QW_SHAOYU,				/* 少于 */
	PE_QW_XIAOYU,				/* 小于 */
	PE_QW_BUDAO,				/* 不到 */
	PE_QW_BUZU,					/* 不足 */
	PE_QW_BUMAN,				/* 不满 */
	PE_QW_KONGZHIZAI,			/* 控制在 */
	/* suffixes after the unit */
	PE_QW_ZUOYOU,				/* 左右 */
	PE_QW_SHANGXIA,				/* 上下 */
	PE_QW_QIANHOU,				/* 前后 */
	PE_QW_YISHANG,				/* 以上 */
	PE_QW_JIYISHANG,			/* 及以上 */
	PE_QW_YIXIA,				/* 以下 */
	PE_QW_JIYIXIA,				/* 及以下 */
	PE_QW_YINEI,				/* 以内 */
	PE_QW_ZHINEI,				/* 之内 */
	/* after the number, before the unit */
	PE_QW_DUO,					/* 多 */
	PE_QW_YU,					/* 余 */
	PE_QW__COUNT
} pe_qword;

/* range separators as written (stored) */
typedef enum pe_rangesep
{
	PE_RS_NONE = 0,
	PE_RS_HYPHEN,				/* - (also －) */
	PE_RS_TILDE,				/* ~ (also ～ 〜) */
	PE_RS_DASH,					/* — or –, written back as — */
	PE_RS_ZHI,					/* 至 */
	PE_RS_DAO,					/* 到 */
	PE_RS__COUNT
} pe_rangesep;

/* pe_quantity.flags */
#define PE_QF_UNIT_BOTH		0x01	/* range with the unit on both ends: 6%-6.5% */
#define PE_QF_MAG_BOTH		0x02	/* range with the magnitude on both ends: 3万-5万人 */
#define PE_QF_COUNT_AFTER	0x04	/* 多/余 written after a time or multiple unit:
									 * 3年多, 1倍多, 2个多月 is not this (个多月) */

typedef struct pe_span
{
	uint32_t	off;			/* byte offset from the scan start */
	uint32_t	len;			/* 0 when absent */
} pe_span;

typedef struct pe_quantity
{
	pe_num		value;			/* the number in the unit as written (lower end
								 * of a range) */
	pe_num		value_max;		/* upper end of a range; == value otherwise */
	pe_unit		unit;			/* unit as written, resolved */
	uint8_t		qual;			/* pe_qualifier */
	uint8_t		bound;			/* PE_BOUND_* for at_least/at_most */
	uint8_t		prefix;			/* pe_qword before the number, or NONE */
	uint8_t		suffix;			/* pe_qword after the unit, or NONE */
	uint8_t		count_word;		/* PE_QW_DUO/PE_QW_YU after the number, or NONE */
	uint8_t		rangesep;		/* pe_rangesep */
	uint8_t		flags;			/* PE_QF_* */

	/* byte spans relative to the scan start (filled by the scanner) */
	pe_span		span_prefix;
	pe_span		span_value;		/* the number; excludes magnitude words that
								 * went to the unit */
	pe_span		span_sep;
	pe_span		span_value_max;
	pe_span		span_unit;		/* the (last) unit as written */
	pe_span		span_suffix;
} pe_quantity;

/* pe_quantity_scan_ex flags */
#define PE_QS_WHOLE			0x01	/* the buffer is one quantity (type input):
									 * an unknown unit may be any unit word up to
									 * the suffix qualifier or the end */
#define PE_QS_NEED_UNIT		0x02	/* return 0 unless a unit or a % form is found */
#define PE_QS_HAN_UNKNOWN	0x04	/* running text: accept one Han character not
									 * in the catalogue as a unit (3株 style);
									 * off by default because 一段, 四送, 50亿乃
									 * are no quantities */

/*
 * A quantity starting at s[0..len) (spaces between parts allowed only
 * with PE_QS_WHOLE).  Returns bytes consumed (0 if none) and fills *q.
 * A catalogue unit is matched longest-first.  In running text (flags 0)
 * a unit not in the catalogue is taken only when it is a run of 2..8
 * ASCII letters (GWh), or with PE_QS_HAN_UNKNOWN one Han character.  Percent words (百分之五) become 5 %, 千分之三
 * 3 ‰, 七成 7 成, 翻两番 4 倍.  A numeral ending in 万/亿 gives the
 * magnitude to the unit when a unit follows ("105.8亿元" = 105.8 亿元),
 * else the magnitude alone is the unit ("4.78万亿" = 4.78 万亿).
 * Linear, no allocation.
 */
size_t		pe_quantity_scan(const char *s, size_t len, pe_quantity *q);
size_t		pe_quantity_scan_ex(const char *s, size_t len, int flags,
								pe_quantity *q);

/*
 * The whole buffer as one quantity (type input).  Returns PE_NUM_OK,
 * PE_NUM_ESYNTAX (with *err_off at the first byte not understood) or
 * PE_NUM_EOVERFLOW.  Also rejects a range whose upper end is below its
 * lower end and quantities whose base value does not fit.
 */
int			pe_quantity_parse(const char *s, size_t len, pe_quantity *q,
							  size_t *err_off);

/*
 * Canonical text: prefix, number, 多/余, unit, separator, number, unit,
 * suffix, as written (控制在 dropped when a suffix carries the bound).
 * '8.5%左右', '6%-6.5%', '不低于7.5%', '3000多人'.  Fractions print as
 * 1/3.  Returns the length (or the length needed when >= cap).
 */
size_t		pe_quantity_format(const pe_quantity *q, char *buf, size_t cap);

/* value / value_max converted to the dimension's base unit */
int			pe_quantity_base(const pe_quantity *q, pe_num *lo, pe_num *hi);

/*
 * Convert to another unit of the same dimension (the qualifier and
 * words are kept).  Returns PE_NUM_OK, PE_NUM_ESYNTAX (different
 * dimension) or PE_NUM_EOVERFLOW.
 */
int			pe_quantity_convert(const pe_quantity *q, const pe_unit *to,
								pe_quantity *out);

/*
 * Total order, never fails: dimension (pe_unit_dim_cmp), then base value,
 * then base upper end, then qualifier (at_most < exact < about < range <
 * at_least), then bound (inclusive first for at_least, exclusive first
 * for at_most).  The unit as written, the magnitude, trailing zeros and
 * the exact qualifier word do not matter: 1亿元 = 10000万元, 约8.5% =
 * 8.5%左右.
 */
int			pe_quantity_cmp(const pe_quantity *a, const pe_quantity *b);

/* hash consistent with pe_quantity_cmp == 0 */
uint32_t	pe_quantity_hash(const pe_quantity *a);

/*
 * a + b, a - b within one dimension: the result is in a's unit; both
 * must be exact (or both ranges: ends add).  Returns PE_NUM_OK,
 * PE_NUM_ESYNTAX (dimension or qualifier mismatch) or PE_NUM_EOVERFLOW.
 */
int			pe_quantity_add(const pe_quantity *a, const pe_quantity *b,
							pe_quantity *out);
int			pe_quantity_sub(const pe_quantity *a, const pe_quantity *b,
							pe_quantity *out);

/* q * n and q / n (n a plain number); negative n swaps a range's ends
 * and at_least/at_most.  EDIVZERO for / 0. */
int			pe_quantity_mul(const pe_quantity *q, const pe_num *n,
							pe_quantity *out);
int			pe_quantity_div(const pe_quantity *q, const pe_num *n,
							pe_quantity *out);

/*
 * Did actual meet target?  Returns 1 (yes), 0 (no), -1 (dimensions
 * differ or undecidable: an actual that is itself open-ended).
 * Target semantics: exact X and about X are levels to reach (about
 * allows tolerance_micro millionths of a percent of |X| below X:
 * tolerance 0.5 % is 500000); at_least/at_most honour the bound; a range
 * needs lo <= actual <= hi.  See docs/quantity.md.
 */
int			pe_quantity_satisfies(const pe_quantity *actual,
								  const pe_quantity *target,
								  int64_t tolerance_micro);

/* names: "exact", "about", "at_least", "at_most", "range" */
const char *pe_qualifier_name(int qual);
/* the word as written ("左右") or "" */
const char *pe_qword_text(int w);
/* the separator as written ("-", "至") or "" */
const char *pe_rangesep_text(int sep);

#endif							/* PE_QUANTITY_H */
