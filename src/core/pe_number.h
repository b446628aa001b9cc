/*-------------------------------------------------------------------------
 *
 * pe_number.h
 *	  Exact numbers and the numeral scanner (Arabic, Chinese, mixed,
 *	  fractions) for plan text (plain C99, no allocation).
 *
 * A pe_num is an exact rational in decimal form:
 *
 *		value = coef * 10^exp / den		(den >= 1)
 *
 * den is 1 for everything except fractions such as 三分之一 (coef 1, den 3).
 * The representation keeps the scale as written: "6.50" is coef 650,
 * exp -2, so formatting gives back "6.50".  Every operation reports
 * overflow (PE_NUM_EOVERFLOW) instead of producing a wrong number; no
 * binary floating point is involved anywhere.
 *
 * Scanning forms (pe_number_scan):
 *	 Arabic		123, 1,234,567.89, １２３, ＋/−/-5, 12.5 (full-width digits,
 *				full-width ．and ，as separators), "1/3" fraction
 *	 Chinese	一千二百三十四万, 两, 零/〇/○, 十五点七, 二〇三五 (digit string),
 *				elliptic 一万三 (= 13000), 三千五 (= 3500), financial
 *				壹贰叁肆伍陆柒捌玖拾佰仟 (and 萬/億); 百/千/万/亿 alone
 *				before 余: 百余家 (100, then 余 for the quantity scanner)
 *	 mixed		1.2万, 4.78万亿, 36.57亿, 3千万
 *	 fraction	三分之一, 五分之二; percent/per-mille words 百分之五 (0.05),
 *				千分之三 (0.003)
 *	 cheng		七成 (0.7), 七成五 (0.75)
 *	 fan		翻一番 (2), 翻两番 (4), 翻番 (2)
 *
 * Trailing magnitude words (万, 亿, 万亿, 亿亿) are folded into the value,
 * but their position and power are reported (mag_off, mag_exp) so that
 * the quantity scanner can give them to the unit when the unit is written
 * with them ("105.8亿元": value 105.8, unit 亿元).
 *
 * IDENTIFICATION
 *	  src/core/pe_number.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_NUMBER_H
#define PE_NUMBER_H

#include <stddef.h>
#include <stdint.h>

/* status codes of the pe_num operations (0 = success) */
#define PE_NUM_OK			0
#define PE_NUM_ESYNTAX		1	/* not a numeral */
#define PE_NUM_EOVERFLOW	2	/* does not fit the representation */
#define PE_NUM_EDIVZERO		3	/* division by zero */

/* limits of the representation */
#define PE_NUM_EXP_MAX		60	/* |exp| <= 60 */
#define PE_NUM_COEF_MAX		INT64_C(999999999999999999)		/* 18 digits */
#define PE_NUM_FORMAT_MAX	160 /* buffer that always fits pe_num_format */

/* What kind of numeral was scanned (so callers can judge context). */
typedef enum pe_num_kind
{
	PE_NUMK_NONE = 0,
	PE_NUMK_ARABIC,				/* 123, 1,234.5, １２３ */
	PE_NUMK_CHINESE,			/* 一千二百, 十五点七, 二〇三五, 壹佰 */
	PE_NUMK_MIXED,				/* Arabic + magnitude word: 1.2万, 4.78万亿 */
	PE_NUMK_FRACTION,			/* 三分之一, 1/3 */
	PE_NUMK_PERCENT,			/* 百分之五 (value 0.05) */
	PE_NUMK_PERMILLE,			/* 千分之三 (value 0.003) */
	PE_NUMK_CHENG,				/* 七成 (value 0.7) */
	PE_NUMK_FAN					/* 翻一番 (value 2), 翻两番 (4) */
} pe_num_kind;

/* pe_num.flags: facts about how the numeral was written */
#define PE_NUMF_LONE_HAN	0x0001	/* a single Chinese digit (一, 两, 三) with no
									 * magnitude: 一是, 一批, 一个 are ambiguous */
#define PE_NUMF_ORDINAL		0x0002	/* preceded by 第 (pe_number_scan_in only) */
#define PE_NUMF_IDIOM		0x0004	/* inside a fixed word such as 统一, 万众一心,
									 * 一带一路, 十四五 (pe_number_scan_in only;
									 * the scan then returns 0) */
#define PE_NUMF_DIGIT_STRING 0x0008 /* Chinese digits read one by one: 二〇三五 */
#define PE_NUMF_GROUPED		0x0010	/* Arabic with thousands separators */
#define PE_NUMF_FULLWIDTH	0x0020	/* used full-width digits */
#define PE_NUMF_FINANCIAL	0x0040	/* used financial digits 壹贰叁 */
#define PE_NUMF_ELLIPTIC	0x0080	/* 一万三 = 13000 style */
#define PE_NUMF_SIGNED		0x0100	/* had an explicit sign */
#define PE_NUMF_DECIMAL		0x0200	/* had a decimal point (. or 点) */
#define PE_NUMF_PERIOD_NAME	0x0400	/* plan period name 十四五/十三五 (with
									 * PE_NUMF_IDIOM) */

typedef struct pe_num
{
	int64_t		coef;			/* |coef| <= PE_NUM_COEF_MAX */
	int32_t		exp;			/* |exp| <= PE_NUM_EXP_MAX */
	int64_t		den;			/* >= 1; 1 unless a fraction */

	/* filled by the scanners (zero for computed values) */
	uint16_t	kind;			/* pe_num_kind */
	uint16_t	flags;			/* PE_NUMF_* */
	int16_t		mag_exp;		/* power of ten of trailing 万/亿 words, 0 if none */
	uint16_t	mag_off;		/* byte offset (from the scan start) where those
								 * trailing magnitude words begin; equals the
								 * consumed length when mag_exp == 0 */
} pe_num;

/* ---- values -------------------------------------------------------- */

/* value 0 / an integer (coef = v, exp 0, den 1); v must be within limits */
void		pe_num_zero(pe_num *out);
int			pe_num_from_int(int64_t v, pe_num *out);

/*
 * Parse a plain decimal string ("-12.50", "1e5", "3") as produced by
 * numeric_out, keeping its scale.  Returns PE_NUM_OK, ESYNTAX or EOVERFLOW.
 */
int			pe_num_from_decimal(const char *s, size_t len, pe_num *out);

/* Exact arithmetic; results reduced; EOVERFLOW/EDIVZERO reported. */
int			pe_num_add(const pe_num *a, const pe_num *b, pe_num *out);
int			pe_num_sub(const pe_num *a, const pe_num *b, pe_num *out);
int			pe_num_mul(const pe_num *a, const pe_num *b, pe_num *out);
int			pe_num_div(const pe_num *a, const pe_num *b, pe_num *out);
int			pe_num_mul_pow10(const pe_num *a, int e, pe_num *out);

/* exact comparison: -1, 0, 1 (never overflows) */
int			pe_num_cmp(const pe_num *a, const pe_num *b);
int			pe_num_sign(const pe_num *a);

/*
 * Canonical form: den coprime with 10 and with coef, trailing zeros of
 * coef moved into exp, zero is (0, 0, 1).  Equal values have identical
 * canonical forms (used for hashing).  Scanner fields are cleared.
 */
void		pe_num_canonical(const pe_num *a, pe_num *out);

/* the value without the trailing magnitude words: value / 10^mag_exp */
void		pe_num_strip_magnitude(const pe_num *a, pe_num *out);

/*
 * Format as text into buf (cap bytes, NUL-terminated); returns the length
 * (or the length needed when >= cap).  den == 1: exact plain decimal
 * with the written scale ("105.8", "4780000000000", "-0.05").
 * den > 1: "numerator/den" where numerator is the decimal coef*10^exp
 * ("1/3", "2/3", "0.5/3" never appears: values are reduced first).
 */
size_t		pe_num_format(const pe_num *a, char *buf, size_t cap);

/*
 * Format the numerator coef*10^exp only, as an exact plain decimal (the
 * glue divides by den with numeric division for numeric results).
 */
size_t		pe_num_format_numerator(const pe_num *a, char *buf, size_t cap);

/* ---- numerals in text --------------------------------------------- */

/*
 * The longest numeral starting at s[0..len).  Returns the bytes consumed
 * (0 when no numeral starts here) and fills *out (value, kind, flags,
 * mag_exp/mag_off).  Does not look at what precedes s; a bare magnitude
 * word (万 in 万众一心) is never a numeral; 十四五 returns 0 (a Chinese
 * numeral directly followed by more numeral characters that do not
 * continue it is rejected as a whole).  Overflowing numerals return 0.
 * Linear in the bytes consumed, no allocation.
 */
size_t		pe_number_scan(const char *s, size_t len, pe_num *out);

/*
 * Like pe_number_scan at text[pos], but also looks at the surrounding
 * text: returns 0 for numerals inside fixed words (统一, 一些, 万一,
 * 一带一路, 十四五 — see the idiom list in pe_number.c) and flags
 * PE_NUMF_ORDINAL after 第.
 */
size_t		pe_number_scan_in(const char *text, size_t len, size_t pos,
							  pe_num *out);

/*
 * The whole buffer must be one numeral (surrounding spaces allowed).
 * Returns PE_NUM_OK, PE_NUM_ESYNTAX (not a numeral, or trailing text) or
 * PE_NUM_EOVERFLOW.  Used by plan_number(text).
 */
int			pe_number_parse(const char *s, size_t len, pe_num *out);

/* name of a kind: "arabic", "chinese", "mixed", "fraction", ... */
const char *pe_num_kind_name(int kind);

#endif							/* PE_NUMBER_H */
