/*-------------------------------------------------------------------------
 *
 * pe_extract.h
 *	  Indicator extraction: quantitative statements of Chinese planning
 *	  text turned into rows (plain C99, no PostgreSQL headers).
 *
 * pe_extract_indicators() reads a whole document (or several pasted one
 * after another) and returns one pe_indicator per figure: the indicator
 * name, measure (level / growth / delta), value, range end, unit,
 * qualifier, year, period (year / annual_avg / cumulative), kind (target /
 * actual), attribute (预期性 / 约束性) and the exact source span.  It also
 * returns rows without a value for qualitative table cells such as
 * 与经济增长同步.  See docs/indicators.md for the rules.
 *
 * Time is linear in the input; memory comes from the caller's arena.
 *
 * IDENTIFICATION
 *	  src/core/pe_extract.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_EXTRACT_H
#define PE_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "pe_arena.h"
#include "pe_quantity.h"		/* pe_qualifier */

typedef enum pe_measure
{
	PE_MEASURE_LEVEL = 0,
	PE_MEASURE_GROWTH,
	PE_MEASURE_DELTA
} pe_measure;

typedef enum pe_period
{
	PE_PERIOD_YEAR = 0,
	PE_PERIOD_ANNUAL_AVG,
	PE_PERIOD_CUMULATIVE
} pe_period;

typedef enum pe_kind
{
	PE_KIND_ACTUAL = 0,
	PE_KIND_TARGET
} pe_kind;

typedef enum pe_attribute
{
	PE_ATTR_NONE = 0,
	PE_ATTR_EXPECTED,			/* 预期性 */
	PE_ATTR_BINDING				/* 约束性 */
} pe_attribute;

typedef struct pe_indicator
{
	const char *indicator;		/* NUL-terminated UTF-8, never NULL */
	const char *indicator_key;	/* pe_indicator_key() of indicator */
	const char *section;		/* enclosing heading path, or NULL */
	const char *value;			/* decimal text ("-3", "105.8"), NULL for
								 * a qualitative row */
	const char *value_max;		/* upper end of a range, else NULL */
	const char *unit;			/* as written ("%", "亿元"), NULL if none */
	pe_measure	measure;
	pe_qualifier qualifier;
	int			more_than;		/* at_least written 多 or 余 after the number
								 * (30多个): the bound itself is excluded */
	pe_period	period;
	pe_kind		kind;
	pe_attribute attribute;
	int			year;			/* 0 = unknown */
	int			table_row;		/* 1-based row of a flattened table, else 0 */
	/* the quote: byte span and 0-based character span of the source */
	size_t		quote_off;
	size_t		quote_len;
	size_t		char_pos;		/* 0-based character index of quote_off */
	size_t		char_len;
	/*
	 * Why the row has its kind and year: the rule that decided them last
	 * (a static string, listed in docs/indicators.md) and the 0-based
	 * character span of the text it read (why_len 0: a default of the
	 * document, no cue in the text).
	 */
	const char *why;
	size_t		why_pos;
	size_t		why_len;
} pe_indicator;

/* called now and then; a non-zero return aborts the extraction */
typedef int (*pe_interrupt_fn) (void *arg);

typedef struct pe_extract_result
{
	pe_indicator *rows;			/* in document order (quote_off, then
								 * order of statement) */
	size_t		nrows;
	int			aborted;		/* interrupt callback asked to stop */
	int			oom;			/* arena ran out of memory */
} pe_extract_result;

/*
 * Extract indicator rows from doc[0..len).  report_year > 0 fixes the year
 * that 今年 / 去年 refer to for every document in the text; 0 infers it per
 * document (title year, date line, 十四五 plan period).  Invalid UTF-8
 * bytes are read as U+FFFD and never raise an error.
 */
void		pe_extract_indicators(const char *doc, size_t len, int report_year,
								  pe_arena *arena,
								  pe_interrupt_fn interrupt, void *interrupt_arg,
								  pe_extract_result *result);

/*
 * A cache of indicator keys (pe_indicator_key) that the caller keeps from
 * one call to the next, e.g. for the length of one query: the same names
 * (地区生产总值, 城镇居民人均可支配收入 …) recur in document after
 * document.  Its memory comes from the arena given to pe_key_cache_create,
 * which must outlive it; it holds at most PE_KEY_CACHE_MAX names (later
 * names are keyed without being kept), so its memory stays bounded.  The
 * rows' keys may point into it.
 */
typedef struct pe_key_cache pe_key_cache;

#define PE_KEY_CACHE_MAX 8192

/* NULL when out of memory (then extract without a cache) */
pe_key_cache *pe_key_cache_create(pe_arena *arena);

/* pe_extract_indicators, with keys looked up in and added to cache */
void		pe_extract_indicators_cached(const char *doc, size_t len, int report_year,
										 pe_arena *arena,
										 pe_interrupt_fn interrupt, void *interrupt_arg,
										 pe_key_cache *cache,
										 pe_extract_result *result);

const char *pe_measure_name(pe_measure m);
const char *pe_period_name(pe_period p);
const char *pe_kind_name(pe_kind k);
const char *pe_attribute_name(pe_attribute a);	/* NULL for PE_ATTR_NONE */

#endif							/* PE_EXTRACT_H */
