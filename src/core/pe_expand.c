/*-------------------------------------------------------------------------
 *
 * pe_expand.c
 *	  Query-side sub-word expansion: entries containing, starting with or
 *	  ending with a pattern, in the plan lexicon, the user words and the
 *	  general dictionary.
 *
 * One depth-first walk per dictionary serves all patterns: along the
 * path from the root each pattern keeps its Knuth-Morris-Pratt state, so
 * a node costs one state step per pattern.  The general dictionary has
 * about 500,000 nodes (a walk takes a few milliseconds); the plan lexicon
 * 13,000.
 *
 * IDENTIFICATION
 *	  src/core/pe_expand.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_expand.h"

#include <string.h>

#include "pe_lexicon.h"

#define MAX_DEPTH PE_LEX_MAX_WORD

typedef struct walk
{
	const pe_pattern *pats;
	int			npats;
	uint8_t		fail[PE_EXPAND_MAX_PATTERNS][PE_LEX_MAX_WORD + 1];
	/* per depth: KMP state and "pattern seen" of each pattern */
	uint8_t		state[MAX_DEPTH + 1][PE_EXPAND_MAX_PATTERNS];
	uint8_t		seen[MAX_DEPTH + 1][PE_EXPAND_MAX_PATTERNS];
	uint32_t	path[MAX_DEPTH];
	pe_expand_cb cb;
	void	   *arg;
	int			stopped;
} walk;

/* KMP failure table of pattern p */
static void
kmp_table(const pe_pattern *p, uint8_t *fail)
{
	size_t		i,
				k = 0;

	fail[0] = 0;
	if (p->n > 0)
		fail[1] = 0;
	for (i = 1; i < p->n; i++)
	{
		while (k > 0 && p->cps[i] != p->cps[k])
			k = fail[k];
		if (p->cps[i] == p->cps[k])
			k++;
		fail[i + 1] = (uint8_t) k;
	}
}

/* states at depth d + 1 after character c, from those at depth d */
static void
step(walk *w, size_t d, uint32_t c)
{
	int			j;

	for (j = 0; j < w->npats; j++)
	{
		const pe_pattern *p = &w->pats[j];
		size_t		k = w->state[d][j];

		if (k == p->n)
			k = w->fail[j][k];
		while (k > 0 && p->cps[k] != c)
			k = w->fail[j][k];
		if (p->cps[k] == c)
			k++;
		w->state[d + 1][j] = (uint8_t) k;
		w->seen[d + 1][j] = w->seen[d][j] || k == p->n;
	}
}

/* an entry ends at depth d (d >= 2 characters): report what it matches */
static void
report(walk *w, size_t d)
{
	int			j;

	for (j = 0; j < w->npats && !w->stopped; j++)
	{
		const pe_pattern *p = &w->pats[j];
		int			hit;

		if (p->n > d)
			continue;
		if (p->mode == PE_EXPAND_CONTAINS)
			hit = w->seen[d][j];
		else if (p->mode == PE_EXPAND_SUFFIX)
			hit = w->state[d][j] == p->n;
		else
			hit = memcmp(w->path, p->cps, p->n * sizeof(uint32_t)) == 0;
		if (hit && w->cb(w->arg, j, w->path, d) != 0)
			w->stopped = 1;
	}
}

/* the plan lexicon or the user words: node v at depth d */
static void
walk_trie(walk *w, const pe_trie *t, uint32_t v, size_t d)
{
	uint32_t	e;

	if (d >= 2 && t->is_word[v])
		report(w, d);
	if (d >= MAX_DEPTH || v >= t->nnodes)
		return;
	for (e = t->edge_start[v]; e < t->edge_start[v + 1] && !w->stopped; e++)
	{
		w->path[d] = t->edges[e].cp;
		step(w, d, t->edges[e].cp);
		walk_trie(w, t, t->edges[e].to, d + 1);
	}
}

/* the general dictionary: node v at depth d */
static void
walk_gdict(walk *w, const pe_gdict *g, uint32_t v, size_t d)
{
	uint32_t	c;

	if (d >= 2 && (g->node[2 * v + 1] >> 16) != PE_GEN_NOWORD)
		report(w, d);
	if (d >= PE_GEN_MAX_WORD)
		return;
	for (c = g->node[2 * v]; c < g->node[2 * v + 2] && !w->stopped; c++)
	{
		uint32_t	cp = g->node[2 * c + 1] & 0xFFFF;

		w->path[d] = cp;
		step(w, d, cp);
		walk_gdict(w, g, c, d + 1);
	}
}

int
pe_expand(const pe_lexset *lx, int general, const pe_pattern *pats, int npats,
		  pe_expand_cb cb, void *arg)
{
	walk		w;
	int			j;
	const pe_trie *builtin = lx != NULL && lx->builtin != NULL ? lx->builtin : &pe_lexicon_builtin;

	if (npats <= 0 || npats > PE_EXPAND_MAX_PATTERNS)
		return -1;
	for (j = 0; j < npats; j++)
		if (pats[j].n == 0 || pats[j].n > PE_LEX_MAX_WORD)
			return -1;
	w.pats = pats;
	w.npats = npats;
	w.cb = cb;
	w.arg = arg;
	w.stopped = 0;
	for (j = 0; j < npats; j++)
	{
		kmp_table(&pats[j], w.fail[j]);
		w.state[0][j] = 0;
		w.seen[0][j] = 0;
	}
	walk_trie(&w, builtin, 0, 0);
	if (!w.stopped && lx != NULL && lx->user != NULL)
		walk_trie(&w, lx->user, 0, 0);
	if (!w.stopped && general)
		walk_gdict(&w, &pe_general_dict, 0, 0);
	return w.stopped;
}
