/*-------------------------------------------------------------------------
 *
 * pe_kind.h
 *	  The kind stage of the indicator extractor (pe_kind.c): target or
 *	  actual, and the year a figure refers to, from cues with precedence.
 *
 * IDENTIFICATION
 *	  src/core/pe_kind.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_KIND_H
#define PE_KIND_H

#include "pe_extract_int.h"

/* precedence of what decided a kind; a higher rank overrules a lower */
#define PE_CUE_RANK_DOC		0	/* the document's type */
#define PE_CUE_RANK_SECTION	1	/* a section cue of an earlier sentence */
#define PE_CUE_RANK_ACTUAL	2	/* an actual cue in the clause (比上年) */
#define PE_CUE_RANK_STANCE	3	/* a target stance (力争), or a section
								 * cue in the sentence itself */
#define PE_CUE_RANK_TIME	4	/* an explicit time (到2025年, 2020年) */

/* one cue word */
typedef struct pe_cue
{
	uint32_t	first;			/* code point of text's first character */
	const char *text;			/* UTF-8 */
	pe_kind		kind;			/* what it says */
	int			rank;			/* PE_CUE_RANK_* */
	const char *example;		/* a real sentence it decides, or NULL */
} pe_cue;

/* the clause cues, terminated by text == NULL (for the unit tests) */
extern const pe_cue pe_clause_cues[];

/* 4-digit year written at i and followed by 年 (2025年, 2025 年), else 0 */
int			pe_x_year_at(const pe_x *x, size_t i);

/* the character after the 年 of a pe_x_year_at year at i */
size_t		pe_x_year_end(const pe_x *x, size_t i);

/* the last year a document reports results for */
int			pe_kind_last_actual(const pe_xdoc *d);

/*
 * Update d's running context (ctx_kind, ctx_year, ctx_rank) from the
 * opening of the sentence [s, e); 1 when the sentence itself holds the
 * target cue that set it (its clauses then start at PE_CUE_RANK_STANCE).
 */
int			pe_kind_sentence(pe_x *x, pe_xdoc *d, size_t s, size_t e);

/* apply the clause cues of [s, e) to st (kind, year, rank) */
void		pe_kind_clause(pe_x *x, pe_xdoc *d, sentence_state *st, size_t s, size_t e);

/*
 * 1 when the sentence [s, e) holds an actual cue (比上年, 同比, 初步核算)
 * and no target stance; pe_kind_sentence_start applies it to st before
 * the sentence's clauses are read.
 */
int			pe_kind_sentence_actual(pe_x *x, pe_xdoc *d, size_t s, size_t e);
void		pe_kind_sentence_start(pe_x *x, pe_xdoc *d, sentence_state *st,
								   size_t s, size_t e);

/* 0 when every cue's first code point matches its text, else 1 + index */
int			pe_kind_tables_check(void);

#endif							/* PE_KIND_H */
