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
 * edges[edge_start[n] .. edge_start[n+1]), sorted by code point, each
 * the pair (character, child node); is_word[n] says an entry ends at n.  root_cjk (optional) maps
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

typedef struct pe_trie_edge
{
	uint32_t	cp;
	uint32_t	to;
} pe_trie_edge;

typedef struct pe_trie
{
	uint32_t	nnodes;
	uint32_t	nedges;
	uint32_t	nwords;
	uint32_t	maxlen;			/* longest entry in characters */
	const uint32_t *edge_start;	/* nnodes + 1 */
	const pe_trie_edge *edges;
	const uint8_t *is_word;
	const uint16_t *root_cjk;	/* 0x5200 entries or NULL */
	/* optional hash of two-character prefixes (c1 << 16 | c2) -> node */
	const uint32_t *pair_key;
	const uint32_t *pair_node;	/* 0 = empty slot */
	uint32_t	pair_bits;		/* table size is 1 << pair_bits */
	/*
	 * optional precomputed sub-words: the entries inside the entry that
	 * ends at node v are parts[2k] (start, in characters) and parts[2k+1]
	 * (length) for part_start[v] <= k < part_start[v + 1], ordered by
	 * start then length (nnodes + 1 offsets; NULL when absent)
	 */
	const uint32_t *part_start;
	const uint8_t *parts;
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

/*
 * Child of node for cp, or 0 when there is none (0 is the root itself).
 * Inline: segmentation calls it for nearly every character.
 */
static inline uint32_t
pe_trie_child(const pe_trie *t, uint32_t node, uint32_t cp)
{
	uint32_t	lo,
				hi;

	if (node == 0 && t->root_cjk != NULL && cp >= 0x4E00 && cp < 0xA000)
		return t->root_cjk[cp - 0x4E00];
	if (node >= t->nnodes)
		return 0;
	lo = t->edge_start[node];
	hi = t->edge_start[node + 1];
	while (hi - lo > 8)
	{
		uint32_t	mid = lo + (hi - lo) / 2;

		if (t->edges[mid].cp < cp)
			lo = mid + 1;
		else if (t->edges[mid].cp > cp)
			hi = mid;
		else
			return t->edges[mid].to;
	}
	for (; lo < hi; lo++)
	{
		if (t->edges[lo].cp >= cp)
			return t->edges[lo].cp == cp ? t->edges[lo].to : 0;
	}
	return 0;
}

/*
 * Lengths (in characters, >= 2) of the entries that are prefixes of
 * cps[0..n), shortest first; at most max are written.  When nodes is not
 * NULL, nodes[j] is set to the trie node of the entry of length lens[j].
 * Returns the count.
 */
static inline int
pe_trie_prefixes(const pe_trie *t, const uint32_t *cps, size_t n,
				 uint8_t *lens, uint32_t *nodes, int max)
{
	uint32_t	node;
	size_t		i;
	int			k = 0;

	if (t == NULL || n < 2)
		return 0;
	if (n > t->maxlen)
		n = t->maxlen;
	if (t->pair_key != NULL && cps[0] <= 0xFFFF && cps[1] <= 0xFFFF)
	{
		uint32_t	key = (cps[0] << 16) | cps[1];
		uint32_t	mask = ((uint32_t) 1 << t->pair_bits) - 1;
		uint32_t	h = (uint32_t) (key * 2654435761u) >> (32 - t->pair_bits);

		while ((node = t->pair_node[h]) != 0 && t->pair_key[h] != key)
			h = (h + 1) & mask;
		if (node == 0)
			return 0;
		if (t->is_word[node])
		{
			if (nodes != NULL)
				nodes[k] = node;
			lens[k++] = 2;
		}
		i = 2;
	}
	else
	{
		node = pe_trie_child(t, 0, cps[0]);
		i = 1;
	}
	for (; node != 0 && i < n && k < max; i++)
	{
		node = pe_trie_child(t, node, cps[i]);
		if (node != 0 && t->is_word[node])
		{
			if (nodes != NULL)
				nodes[k] = node;
			lens[k++] = (uint8_t) (i + 1);
		}
	}
	return k;
}

/*
 * The general dictionary: jieba's dict.txt (python3-jieba, MIT), about
 * 349,000 Han words with frequencies, compiled at build time by
 * src/core/gen_general_dict.py into pe_general_data.c (not committed).
 * Nodes are numbered breadth first, so the children of node v are nodes
 * node[2v] .. node[2v + 2] - 1, sorted by character; node[2v + 1] holds
 * the character on the edge into v (low 16 bits) and the cost of the word
 * ending at v (high 16 bits): 1000 * -ln(P(word)), or PE_GEN_NOWORD.
 * Both halves of a node share a cache line.  root[c - 0x4E00] is the
 * root's child for c, 0 for none.
 */
#define PE_GEN_MAX_WORD 16
#define PE_GEN_NOWORD 0xFFFF

typedef struct pe_gdict
{
	uint32_t	nnodes;
	uint32_t	nwords;
	uint32_t	unknown;		/* cost of a character no entry holds */
	const uint32_t *node;		/* 2 * (nnodes + 1) */
	const uint32_t *root;		/* 0x5200 entries */
} pe_gdict;

extern const pe_gdict pe_general_dict;

/* child of node v (not the root) for cp, or 0 */
static inline uint32_t
pe_gdict_child(const pe_gdict *g, uint32_t v, uint32_t cp)
{
	uint32_t	lo = g->node[2 * v],
				hi = g->node[2 * v + 2];

	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2,
					c = g->node[2 * mid + 1] & 0xFFFF;

		if (c < cp)
			lo = mid + 1;
		else if (c > cp)
			hi = mid;
		else
			return mid;
	}
	return 0;
}

/*
 * The words of g that are prefixes of cps[0..n), shortest first: lengths
 * (in characters, >= 1) in lens, costs in costs; at most max.  Returns
 * the count.
 */
static inline int
pe_gdict_prefixes(const pe_gdict *g, const uint32_t *cps, size_t n,
				  uint8_t *lens, uint32_t *costs, int max)
{
	uint32_t	v;
	size_t		i;
	int			k = 0;

	if (n == 0 || cps[0] < 0x4E00 || cps[0] >= 0xA000)
		return 0;
	v = g->root[cps[0] - 0x4E00];
	if (n > PE_GEN_MAX_WORD)
		n = PE_GEN_MAX_WORD;
	for (i = 1; v != 0; i++)
	{
		uint32_t	cost = g->node[2 * v + 1] >> 16;

		if (cost != PE_GEN_NOWORD && k < max)
		{
			lens[k] = (uint8_t) i;
			costs[k++] = cost;
		}
		if (i >= n || cps[i] < 0x4E00 || cps[i] >= 0xA000)
			break;
		v = pe_gdict_child(g, v, cps[i]);
	}
	return k;
}

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
