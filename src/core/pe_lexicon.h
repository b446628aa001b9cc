/*-------------------------------------------------------------------------
 *
 * pe_lexicon.h
 *	  Plan-language lexicon: static trie of Han words, user-word tries,
 *	  and the character fold used by segmentation (plain C99).
 *
 * The built-in lexicon (the lists in data/lexicon/, ~5,700 entries) is compiled
 * into pe_lexicon_data.c as a trie in read-only arrays, so it lives in
 * the shared library's read-only pages and costs a backend nothing to
 * load.  User words are compiled at run time into a trie of the same
 * layout in an arena (pe_trie_build).
 *
 * Trie layout: node 0 is the root; the edges of node n are
 * edge_cp/edge_to[edge_start[n] .. edge_start[n+1]), sorted by code
 * point; is_word[n] says an entry ends at n.  root_cjk (optional) maps
 * U+4E00..U+9FFF directly to the root's children (0 = none).
 *
 * IDENTIFICATION
 *	  src/core/pe_lexicon.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_LEXICON_H
#define PE_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "pe_arena.h"

#define PE_LEX_MAX_WORD 64		/* longest entry, in characters */

typedef struct pe_trie
{
	uint32_t	nnodes;
	uint32_t	nedges;
	uint32_t	nwords;
	uint32_t	maxlen;			/* longest entry in characters */
	const uint32_t *edge_start;	/* nnodes + 1 */
	const uint32_t *edge_cp;
	const uint32_t *edge_to;
	const uint8_t *is_word;
	const uint16_t *root_cjk;	/* 0x5200 entries or NULL */
} pe_trie;

/* the compiled-in lexicon and fold table (generated files) */
extern const pe_trie pe_lexicon_builtin;
extern const uint16_t pe_t2s_cjk[0x5200];

/*
 * Fold one code point for matching and for lexemes: full-width ASCII
 * (U+FF01..U+FF5E) to ASCII, U+3000 to space, Traditional to Simplified
 * (single characters, pe_t2s_cjk), and upper case Latin, Greek and
 * Cyrillic letters to lower case.
 */
uint32_t	pe_fold_cp(uint32_t cp);

/* child of node for cp, or 0 when there is none (0 is the root itself) */
uint32_t	pe_trie_child(const pe_trie *t, uint32_t node, uint32_t cp);

/*
 * Lengths (in characters, >= 2) of the entries that are prefixes of
 * cps[0..n), shortest first; at most max are written.  Returns the count.
 */
int			pe_trie_prefixes(const pe_trie *t, const uint32_t *cps, size_t n,
							 uint8_t *lens, int max);

/* is cps[0..n) an entry? */
int			pe_trie_contains(const pe_trie *t, const uint32_t *cps, size_t n);

/*
 * Build a trie from n UTF-8 words (words[i], lens[i] bytes).  Each word
 * is folded with pe_fold_cp; words that are not 2..PE_LEX_MAX_WORD Han
 * characters after folding are skipped and counted in *skipped (may be
 * NULL).  Duplicates are merged.  Returns 0, or -1 when the arena is out
 * of memory.
 */
int			pe_trie_build(pe_arena *arena, const char *const *words,
						  const size_t *lens, size_t n, pe_trie *out,
						  size_t *skipped);

/* the empty trie (no entries) */
void		pe_trie_empty(pe_trie *out);

#endif							/* PE_LEXICON_H */
