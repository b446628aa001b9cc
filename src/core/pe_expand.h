/*-------------------------------------------------------------------------
 *
 * pe_expand.h
 *	  Query-side sub-word expansion (plain C99): the dictionary entries
 *	  that contain, start with or end with a piece of a query.
 *
 * A document token is always one entry of the built-in plan lexicon, of
 * the user words or of the general dictionary (or a single character),
 * and is indexed as that one word.  So a query piece that lies inside a
 * token is found by asking for every entry it could lie inside:
 * pe_expand walks the three tries once and reports, for each of up to
 * PE_EXPAND_MAX_PATTERNS patterns, every entry of two or more characters
 * that contains the pattern (PE_EXPAND_CONTAINS), starts with it
 * (PE_EXPAND_PREFIX) or ends with it (PE_EXPAND_SUFFIX); the pattern
 * itself is reported when it is an entry.
 *
 * IDENTIFICATION
 *	  src/core/pe_expand.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_EXPAND_H
#define PE_EXPAND_H

#include <stddef.h>
#include <stdint.h>

#include "pe_segment.h"

#define PE_EXPAND_CONTAINS	0
#define PE_EXPAND_PREFIX	1
#define PE_EXPAND_SUFFIX	2

#define PE_EXPAND_MAX_PATTERNS 16

typedef struct pe_pattern
{
	const uint32_t *cps;		/* folded code points */
	size_t		n;				/* 1 .. PE_LEX_MAX_WORD */
	int			mode;			/* PE_EXPAND_* */
} pe_pattern;

/*
 * Called once per (pattern, entry) pair found in each dictionary (an
 * entry of two dictionaries is reported twice); word[0..n) are its code
 * points.  Return nonzero to stop the walk.
 */
typedef int (*pe_expand_cb) (void *arg, int pattern, const uint32_t *word, size_t n);

/*
 * Walk the built-in lexicon, lx->user (when not NULL) and, when general is
 * nonzero, the general dictionary, reporting the entries each pattern
 * matches.  Returns 0, or 1 when cb stopped the walk, or -1 for invalid
 * patterns (none, too many, empty or too long).
 */
int			pe_expand(const pe_lexset *lx, int general, const pe_pattern *pats,
					  int npats, pe_expand_cb cb, void *arg);

#endif							/* PE_EXPAND_H */
