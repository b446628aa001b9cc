/*-------------------------------------------------------------------------
 *
 * pe_catalog.h
 *	  Indicator identity: the compiled-in catalogue of common plan
 *	  indicators and the canonical key function (plain C99).
 *
 * Different documents name the same indicator differently: 地区生产总值,
 * 生产总值, 全市GDP, 国内生产总值 and 地方生产总值(GDP) are all GDP.
 * pe_indicator_key() maps an indicator name as written to a canonical
 * key so that rows from different documents join:
 *
 *	  1. normalise: fold full-width ASCII to ASCII, lower-case Latin
 *		 letters, drop white space and punctuation (a '.' between two
 *		 digits is kept: PM2.5) and a 的 before 比重 or 比例;
 *	  2. look the normalised name up among the catalogue's names and
 *		 aliases (exact match);
 *	  3. failing that, retry without leading scope words (全市, 全县, 全区,
 *		 全省, 我市, 本市, 我国, 全年, ...) and verbs (实现, 完成), without
 *		 one trailing measure word (增长, 增速, 下降, 提高, 全年, ...: the
 *		 measure is a column of its own, not part of the key), without bracketed
 *		 text ("地方生产总值(GDP)" -> "地方生产总值"), with the bracketed
 *		 text alone ("GDP"), and without a leading place name ending in
 *		 省/市/县/区/州/盟/旗 ("南京市地区生产总值");
 *	  4. a name the catalogue does not know gets the key "~" followed by
 *		 its normalised name with the scope words removed, so the key is
 *		 deterministic and two spellings that differ only in punctuation,
 *		 width or scope words still join.
 *
 * Catalogue keys are lower-case ASCII snake_case ("gdp",
 * "industrial_value_added_above_scale"); uncatalogued keys start with
 * '~' and never collide with catalogue keys.
 *
 * Everything here is pure: the catalogue is const data, no state is
 * kept between calls, so the SQL functions built on it are IMMUTABLE.
 * Cost is linear in the name's length (the catalogue size is fixed).
 *
 * IDENTIFICATION
 *	  src/core/pe_catalog.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_CATALOG_H
#define PE_CATALOG_H

#include <stddef.h>

#include "pe_arena.h"

/* one catalogue entry; all strings are NUL-terminated UTF-8 */
typedef struct pe_indicator_def
{
	const char *key;			/* canonical key, ASCII snake_case: "gdp" */
	const char *name_zh;		/* display name: "地区生产总值" */
	const char *name_en;		/* English name: "Gross regional product" */
	const char *domain;			/* economy, fiscal, investment, ... (ASCII) */
	const char *unit;			/* usual unit of its level, "" if none */
	const char *aliases;		/* other names, '|'-separated, normalised */
} pe_indicator_def;

/* number of catalogue entries (>= 120) */
int			pe_catalog_count(void);

/* entry i (0 <= i < pe_catalog_count()), NULL when out of range */
const pe_indicator_def *pe_catalog_entry(int i);

/*
 * Which way entry i is better: "lower" (unemployment, prices, energy
 * intensity, emissions, mortality: a target X左右 is a ceiling) or
 * "higher" (every other indicator); NULL when i is out of range.
 */
const char *pe_catalog_direction(int i);

/* entry index for a canonical key, -1 when the key is not catalogued */
int			pe_catalog_find_key(const char *key, size_t len);

/*
 * Size of an output buffer that is always large enough for the key of
 * a name of name_len bytes, including the terminating NUL (a Roman
 * numeral character such as Ⅷ, 3 bytes, is spelt "viii", 4 bytes).
 */
#define PE_INDICATOR_KEY_BOUND(name_len) \
	((size_t) (name_len) + (size_t) (name_len) / 2 + 64)

/*
 * pe_indicator_key
 *	  Canonical key of an indicator name.
 *
 * name/len: the name as written (any bytes; invalid UTF-8 sequences are
 * dropped like punctuation, never a crash).
 * out/outcap: caller buffer; the key is written NUL-terminated,
 * truncated to outcap - 1 bytes if the buffer is too small (a buffer of
 * PE_INDICATOR_KEY_BOUND(len) bytes never truncates).  out may be NULL
 * when outcap is 0.
 * entry: if not NULL, receives the catalogue entry index, or -1 when
 * the name is not catalogued (then the key starts with '~').
 *
 * Returns the full length of the key in bytes (excluding the NUL), as
 * snprintf does.  An empty or all-punctuation name yields the key "~"
 * (length 1).
 */
size_t		pe_indicator_key(const char *name, size_t len,
							 char *out, size_t outcap, int *entry);

/* the same, allocating the key from an arena (NULL if out of memory) */
char	   *pe_indicator_key_arena(pe_arena *arena, const char *name,
								   size_t len, size_t *keylen, int *entry);

/*
 * pe_indicator_normalize
 *	  Step 1 above only: the normalised name (full-width folded,
 *	  lower-cased, white space, punctuation and invalid UTF-8 dropped),
 *	  written to out/outcap like pe_indicator_key
 *	  (PE_INDICATOR_KEY_BOUND(len) bytes always suffice).
 *	  Returns the full length.  Used for user aliases, so that they
 *	  match the same way catalogue names do.
 */
size_t		pe_indicator_normalize(const char *name, size_t len,
								   char *out, size_t outcap);

#endif							/* PE_CATALOG_H */
