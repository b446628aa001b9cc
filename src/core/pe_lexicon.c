/*-------------------------------------------------------------------------
 *
 * pe_lexicon.c
 *	  Trie lookups, user-word trie construction and the character fold.
 *
 * IDENTIFICATION
 *	  src/core/pe_lexicon.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_lexicon.h"

#include <string.h>

#include "pe_utf8.h"

uint32_t
pe_fold_cp(uint32_t cp)
{
	if (cp < 0x80)
	{
		if (cp >= 'A' && cp <= 'Z')
			return cp + 0x20;
		return cp;
	}
	if (cp >= 0x4E00 && cp < 0xA000)
	{
		uint16_t	s = pe_t2s_cjk[cp - 0x4E00];

		return s ? s : cp;
	}
	if (cp >= 0xFF01 && cp <= 0xFF5E)
	{
		cp = cp - 0xFF01 + 0x21;
		if (cp >= 'A' && cp <= 'Z')
			cp += 0x20;
		return cp;
	}
	if (cp == 0x3000)
		return ' ';
	/* Latin-1 capitals except the multiplication sign */
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return cp + 0x20;
	/* Greek and Cyrillic capitals */
	if ((cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) || (cp >= 0x410 && cp <= 0x42F))
		return cp + 0x20;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 0x50;
	return cp;
}

int
pe_trie_contains(const pe_trie *t, const uint32_t *cps, size_t n)
{
	uint32_t	node = 0;
	size_t		i;

	if (t == NULL || t->nnodes == 0 || n == 0 || n > t->maxlen)
		return 0;
	for (i = 0; i < n; i++)
	{
		node = pe_trie_child(t, node, cps[i]);
		if (node == 0)
			return 0;
	}
	return t->is_word[node] != 0;
}

void
pe_trie_empty(pe_trie *out)
{
	static const uint32_t zero[2] = {0, 0};
	static const pe_trie_edge noedge[1] = {{0, 0}};
	static const uint8_t no[1] = {0};

	out->nnodes = 1;
	out->nedges = 0;
	out->nwords = 0;
	out->maxlen = 0;
	out->edge_start = zero;
	out->edges = noedge;
	out->is_word = no;
	out->root_cjk = NULL;
	out->pair_key = NULL;
	out->pair_node = NULL;
	out->pair_bits = 0;
}

/* pointer trie used while building: first child / next sibling lists */
typedef struct build_node
{
	uint32_t	cp;
	int32_t		child;			/* first child, -1 none */
	int32_t		sibling;		/* next sibling (greater cp), -1 none */
	uint8_t		word;
} build_node;

int
pe_trie_build(pe_arena *arena, const char *const *words, const size_t *lens,
			  size_t n, pe_trie *out, size_t *skipped)
{
	build_node *nodes;
	size_t		cap = 64,
				count = 1,
				i,
				nskip = 0,
				nwords = 0,
				maxlen = 0;
	uint32_t	cps[PE_LEX_MAX_WORD];
	int32_t    *queue;
	uint32_t   *newid,
			   *estart;
	pe_trie_edge *edges;
	uint8_t    *isw;
	size_t		head,
				tail,
				ne;

	pe_trie_empty(out);
	nodes = pe_arena_alloc(arena, cap * sizeof(build_node));
	if (nodes == NULL)
		return -1;
	nodes[0].cp = 0;
	nodes[0].child = -1;
	nodes[0].sibling = -1;
	nodes[0].word = 0;

	for (i = 0; i < n; i++)
	{
		size_t		b = 0,
					k = 0;
		int			ok = 1;
		int32_t		cur = 0;

		while (b < lens[i])
		{
			uint32_t	c = pe_fold_cp(pe_utf8_next(words[i], lens[i], &b));

			if (!pe_is_han(c) || k >= PE_LEX_MAX_WORD)
			{
				ok = 0;
				break;
			}
			cps[k++] = c;
		}
		if (!ok || k < 2)
		{
			nskip++;
			continue;
		}
		for (b = 0; b < k; b++)
		{
			int32_t    *link = &nodes[cur].child;

			while (*link >= 0 && nodes[*link].cp < cps[b])
				link = &nodes[*link].sibling;
			if (*link < 0 || nodes[*link].cp != cps[b])
			{
				int32_t		nn;

				if (count == cap)
				{
					size_t		off = (size_t) ((char *) link - (char *) nodes);
					int			in_nodes = (char *) link >= (char *) nodes &&
						(char *) link < (char *) (nodes + cap);

					nodes = pe_arena_grow(arena, nodes, count, cap * 2, sizeof(build_node));
					if (nodes == NULL)
						return -1;
					cap *= 2;
					if (in_nodes)
						link = (int32_t *) ((char *) nodes + off);
				}
				nn = (int32_t) count++;
				nodes[nn].cp = cps[b];
				nodes[nn].child = -1;
				nodes[nn].word = 0;
				nodes[nn].sibling = *link;
				*link = nn;
			}
			cur = *link;
		}
		if (!nodes[cur].word)
			nwords++;
		nodes[cur].word = 1;
		if (k > maxlen)
			maxlen = k;
	}
	if (skipped)
		*skipped = nskip;

	/* breadth-first renumbering into the compact layout */
	queue = pe_arena_alloc(arena, count * sizeof(int32_t));
	newid = pe_arena_alloc(arena, count * sizeof(uint32_t));
	estart = pe_arena_alloc(arena, (count + 1) * sizeof(uint32_t));
	edges = pe_arena_alloc(arena, count * sizeof(pe_trie_edge));
	isw = pe_arena_alloc(arena, count);
	if (!queue || !newid || !estart || !edges || !isw)
		return -1;
	head = 0;
	tail = 0;
	queue[tail++] = 0;
	newid[0] = 0;
	while (head < tail)
	{
		int32_t		c = nodes[queue[head++]].child;

		for (; c >= 0; c = nodes[c].sibling)
		{
			newid[c] = (uint32_t) tail;
			queue[tail++] = c;
		}
	}
	ne = 0;
	for (i = 0; i < count; i++)
	{
		int32_t		nd = queue[i];
		int32_t		c;

		estart[i] = (uint32_t) ne;
		isw[i] = nodes[nd].word;
		for (c = nodes[nd].child; c >= 0; c = nodes[c].sibling)
		{
			edges[ne].cp = nodes[c].cp;
			edges[ne].to = newid[c];
			ne++;
		}
	}
	estart[count] = (uint32_t) ne;

	out->nnodes = (uint32_t) count;
	out->nedges = (uint32_t) ne;
	out->nwords = (uint32_t) nwords;
	out->maxlen = (uint32_t) maxlen;
	out->edge_start = estart;
	out->edges = edges;
	out->is_word = isw;
	out->root_cjk = NULL;
	return 0;
}
