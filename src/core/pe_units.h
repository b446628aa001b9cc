/*-------------------------------------------------------------------------
 *
 * pe_units.h
 *	  The compiled-in unit catalogue: dimensions, scales, magnitude
 *	  prefixes (plain C99, no allocation, no mutable globals).
 *
 * A unit as written is an optional magnitude prefix (万, 亿, 万亿, 十万,
 * 百万, 千万, 十亿, 百亿, 千亿) followed by a unit word.  A unit word found
 * in the catalogue has a dimension and an exact scale to the dimension's
 * base unit (公斤 = 0.001 吨, 亩 = 2000/3 平方米); a word not in the
 * catalogue is kept as written, gets PE_DIM_UNKNOWN and compares only
 * with the same word.  A bare magnitude ("4.78万亿" with no unit) is a
 * unit of the dimensionless PE_DIM_NUMBER with scale 10^n.
 *
 * Catalogue entry numbers (pe_unit.entry) are stored on disk by the
 * plan_quantity type: entries are only ever appended, never renumbered.
 *
 * IDENTIFICATION
 *	  src/core/pe_units.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_UNITS_H
#define PE_UNITS_H

#include <stddef.h>
#include <stdint.h>

#include "pe_number.h"

/*
 * Dimensions.  Values are stable (they order mixed-dimension quantities:
 * see docs/quantity.md).  Every counting classifier is its own dimension
 * (个 never equals 家); percent and percentage points differ.
 */
typedef enum pe_dim
{
	PE_DIM_NUMBER = 0,			/* no unit, or a bare magnitude 万/亿 */
	PE_DIM_MONEY = 1,			/* base 元 (Chinese yuan) */
	PE_DIM_USD = 2,				/* base 美元 */
	PE_DIM_MASS = 3,			/* base 吨 */
	PE_DIM_PEOPLE = 4,			/* base 人 */
	PE_DIM_PERSON_TIMES = 5,	/* base 人次 */
	PE_DIM_HOUSEHOLDS = 6,		/* base 户 */
	PE_DIM_AREA = 7,			/* base 平方米 */
	PE_DIM_LENGTH = 8,			/* base 米 */
	PE_DIM_COAL = 9,			/* base 吨标准煤 */
	PE_DIM_ENERGY = 10,			/* base 千瓦时 (度) */
	PE_DIM_POWER = 11,			/* base 千瓦 */
	PE_DIM_VOLUME = 12,			/* base 立方米 */
	PE_DIM_RATIO = 13,			/* base % (‰ = 0.1 %, 成 = 10 %) */
	PE_DIM_POINTS = 14,			/* base 个百分点 (percentage points) */
	PE_DIM_YEARS = 15,			/* base 年 */
	PE_DIM_AGE = 16,			/* base 岁 */
	PE_DIM_DAYS = 17,			/* base 天 */
	PE_DIM_MONTHS = 18,			/* base 个月 */
	PE_DIM_HOURS = 19,			/* base 小时 */
	PE_DIM_MULTIPLE = 20,		/* base 倍 */
	PE_DIM_TEU = 21,			/* base 标准箱 */
	PE_DIM_EUR = 22,			/* base 欧元 */

	/* counting classifiers: each its own dimension, 64 .. 127 */
	PE_DIM_CLASSIFIER_FIRST = 64,

	PE_DIM_UNKNOWN = 255		/* not in the catalogue: compared by text */
} pe_dim;

/* pe_unit.entry special values */
#define PE_UNIT_NONE		(-1)	/* no unit at all */
#define PE_UNIT_UNKNOWN		(-2)	/* a unit word not in the catalogue */
#define PE_UNIT_MAGNITUDE	(-3)	/* only a magnitude: 万, 亿, 万亿 */

#define PE_UNIT_TEXT_MAX	48		/* bytes of a unit as written, NUL excluded */

/* pe_unit_def.flags */
#define PE_UDEF_MAG			0x01	/* a magnitude prefix may precede it */
#define PE_UDEF_ALIAS		0x02	/* another spelling of an earlier entry */
#define PE_UDEF_BASE		0x04	/* the base unit of its dimension */
#define PE_UDEF_CLASSIFIER	0x08	/* a counting classifier */
#define PE_UDEF_FIGURE		0x10	/* a figure in it is an indicator row (extraction) */

typedef struct pe_unit_def
{
	const char *name;			/* the word as written, UTF-8 */
	uint8_t		len;			/* strlen(name) */
	uint8_t		flags;			/* PE_UDEF_* */
	int16_t		dim;			/* pe_dim */
	int64_t		scale_coef;		/* scale to the base unit = */
	int32_t		scale_exp;		/* scale_coef * 10^scale_exp / scale_den */
	int64_t		scale_den;
} pe_unit_def;

/* A resolved unit as written (value type, no pointers). */
typedef struct pe_unit
{
	int16_t		entry;			/* catalogue index, or PE_UNIT_NONE/UNKNOWN/MAGNITUDE */
	int16_t		dim;			/* pe_dim (PE_DIM_UNKNOWN for unknown words) */
	int8_t		mag;			/* power of ten of the magnitude prefix, 0 if none */
	uint8_t		mag_len;		/* bytes of the magnitude prefix in text */
	uint8_t		len;			/* bytes of text */
	char		text[PE_UNIT_TEXT_MAX + 1];	/* as written, NUL-terminated */
} pe_unit;

/* the whole catalogue (entries indexed by pe_unit.entry) */
const pe_unit_def *pe_unit_catalogue(size_t *n);

/* the unit "no unit" */
void		pe_unit_none(pe_unit *out);

/*
 * The whole of s[0..len) as a unit.  Returns 1 when it is a catalogue
 * unit (with an optional magnitude prefix) or a bare magnitude, 0 when
 * it is a plausible unit word not in the catalogue (filled as
 * PE_UNIT_UNKNOWN: no digits, no spaces or punctuation other than / · ²
 * ³, at most PE_UNIT_TEXT_MAX bytes), -1 when it cannot be a unit.
 * len == 0 gives PE_UNIT_NONE and returns 1.
 */
int			pe_unit_lookup(const char *s, size_t len, pe_unit *out);

/*
 * The longest catalogue unit (with optional magnitude prefix) that starts
 * at s; returns its byte length, 0 if none.  A bare magnitude is matched
 * only when allow_bare_magnitude is set.
 */
size_t		pe_unit_match(const char *s, size_t len, int allow_bare_magnitude,
						  pe_unit *out);

/* exact scale to the base unit of the dimension (10^mag * word scale) */
int			pe_unit_scale(const pe_unit *u, pe_num *scale);

/* the same dimension?  (unknown units: same word after the magnitude) */
int			pe_unit_same_dim(const pe_unit *a, const pe_unit *b);

/*
 * Total order of dimensions: by pe_dim value, unknown units last and
 * among themselves by the bytes of the word after the magnitude prefix.
 */
int			pe_unit_dim_cmp(const pe_unit *a, const pe_unit *b);

/*
 * Name of the unit's dimension into buf: "money", "mass", "percent",
 * "percentage_point", "count:个" for classifiers, "unit:株" for unknown
 * units, "number" for none.  Returns the length.
 */
size_t		pe_unit_dim_name(const pe_unit *u, char *buf, size_t cap);

/* base unit of a dimension as text ("元", "吨", "%"); "" for number/unknown */
const char *pe_dim_base_unit(int dim);

/* name of a fixed dimension ("money"); NULL for classifiers/unknown */
const char *pe_dim_name(int dim);

/*
 * A magnitude prefix at s (万, 亿, 万亿, 十万, 百万, 千万, 十亿, 百亿,
 * 千亿): returns its bytes and sets *pow10, 0 if none.
 */
size_t		pe_magnitude_match(const char *s, size_t len, int *pow10);

#endif							/* PE_UNITS_H */
