/*-------------------------------------------------------------------------
 *
 * pe_tsvec.h
 *	  The lexemes of a whole document with their positions, as
 *	  to_tsvector('plan_zh', doc) would store them (plain C99).
 *
 * PostgreSQL's to_tsvector hands every token to the dictionary, collects
 * one entry per lexeme occurrence and sorts them all by (lexeme,
 * position) with a generic qsort.  For Chinese, with about ten times as
 * many lexemes per byte as a Western text (words, sub-words, single
 * characters), that sort is half of the time.  pe_doc_lexemes makes the
 * same result directly: it segments once, merges repeated lexemes in a
 * hash table as it goes (positions then arrive in ascending order), and
 * sorts only the distinct lexemes.
 *
 * The rules are PostgreSQL's (src/backend/tsearch/to_tsany.c):
 *   - every token of a mapped type (all but blanks) takes the next
 *     position, from 1, even a stop word that yields no lexeme;
 *   - a position above PE_TSV_MAXPOS is stored as PE_TSV_MAXPOS;
 *   - a lexeme keeps at most PE_TSV_MAXNPOS positions, none after
 *     PE_TSV_MAXPOS, and each position once;
 *   - lexemes are ordered by their bytes (memcmp), a prefix first.
 *
 * IDENTIFICATION
 *	  src/core/pe_tsvec.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_TSVEC_H
#define PE_TSVEC_H

#include <stddef.h>
#include <stdint.h>

#include "pe_arena.h"
#include "pe_segment.h"

#define PE_TSV_MAXPOS	16383	/* MAXENTRYPOS - 1 */
#define PE_TSV_MAXNPOS	255		/* MAXNUMPOS - 1 */

typedef struct pe_doclex
{
	uint32_t	off;			/* lexeme bytes: text + off */
	uint32_t	len;
	uint32_t	pos;			/* its positions: pos[pos .. pos + npos) */
	uint32_t	npos;
} pe_doclex;

typedef struct pe_doclexemes
{
	const char *text;			/* bytes of every lexeme */
	pe_doclex  *lex;			/* distinct lexemes, in tsvector order */
	size_t		nlex;
	uint16_t   *pos;			/* positions, per lexeme ascending */
	size_t		npos;
} pe_doclexemes;

/*
 * The lexemes of s[0..len) under plan_zh: pe_segment with lx (NULL: the
 * built-in lexicon alone), then pe_token_lexemes with options for every
 * token but blanks.  All memory from arena.  Returns 0, or -1 when the
 * arena is out of memory or len >= 2^31.
 */
int			pe_doc_lexemes(pe_arena *arena, const char *s, size_t len,
						   const pe_lexset *lx, unsigned options,
						   pe_doclexemes *out);

#endif							/* PE_TSVEC_H */
