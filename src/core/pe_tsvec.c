/*-------------------------------------------------------------------------
 *
 * pe_tsvec.c
 *	  The lexemes of a whole document with their positions, merged and
 *	  ordered as in a tsvector.
 *
 * One pass over the tokens: each lexeme is looked up in an open-addressing
 * hash table of the distinct lexemes seen so far; its position is appended
 * to that lexeme's chain of positions.  Tokens come in document order, so
 * every chain is already ascending and only the distinct lexemes need
 * sorting, by a merge sort of their indexes.  Each lexeme's first eight
 * bytes, read as a big-endian number, serve as hash input and as sort key:
 * most comparisons end there, and most lexemes (two CJK characters, an
 * English word) are no longer than that.
 *
 * IDENTIFICATION
 *	  src/core/pe_tsvec.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_tsvec.h"

#include <string.h>

typedef struct entry
{
	uint64_t	key;			/* prefix_key() */
	uint32_t	off;			/* bytes in the text buffer */
	uint32_t	len;
	uint32_t	hash;
	uint32_t	first;			/* first and last position record */
	uint32_t	last;
	uint32_t	npos;
} entry;

typedef struct collector
{
	pe_arena   *arena;
	char	   *text;			/* distinct lexemes' bytes */
	size_t		ntext,
				captext;
	entry	   *ent;
	size_t		nent,
				capent;
	uint32_t   *slot;			/* entry index + 1; 0 is empty */
	size_t		nslot;			/* a power of two */
	uint16_t   *pval;			/* position records: value, next */
	uint32_t   *pnext;
	size_t		nrec,
				caprec;
} collector;

/* memcmp for the short strings lexemes are, without a call */
static inline int
bytes_cmp(const char *a, const char *b, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return (unsigned char) a[i] < (unsigned char) b[i] ? -1 : 1;
	return 0;
}

/*
 * The first eight bytes of w as a big-endian number, zero-padded: keys
 * compare like the bytes do, and a shorter lexeme (text holds no NUL byte)
 * before a longer one it begins.
 */
static inline uint64_t
prefix_key(const char *w, size_t len)
{
	uint64_t	k = 0;
	size_t		i,
				n = len < 8 ? len : 8;

	for (i = 0; i < n; i++)
		k |= (uint64_t) (unsigned char) w[i] << (56 - 8 * i);
	return k;
}

static inline uint32_t
hash_lexeme(uint64_t key, const char *w, size_t len)
{
	uint64_t	h = (key ^ len) * UINT64_C(0x9E3779B97F4A7C15);
	size_t		i;

	for (i = 8; i < len; i++)
		h = (h ^ (unsigned char) w[i]) * UINT64_C(0x100000001B3);
	return (uint32_t) (h >> 32);
}

/* double the hash table and reinsert every entry */
static int
grow_slots(collector *c)
{
	size_t		n = c->nslot ? c->nslot * 2 : 256,
				i;
	uint32_t   *slot = pe_arena_alloc0(c->arena, n * sizeof(uint32_t));

	if (slot == NULL)
		return -1;
	for (i = 0; i < c->nent; i++)
	{
		size_t		h = c->ent[i].hash & (n - 1);

		while (slot[h] != 0)
			h = (h + 1) & (n - 1);
		slot[h] = (uint32_t) i + 1;
	}
	c->slot = slot;
	c->nslot = n;
	return 0;
}

/* a new position record holding p; returns its index, or -1 */
static int64_t
new_record(collector *c, uint16_t p)
{
	if (c->nrec == c->caprec)
	{
		size_t		n = c->caprec ? c->caprec * 2 : 256;

		c->pval = pe_arena_grow(c->arena, c->pval, c->nrec, n, sizeof(uint16_t));
		c->pnext = pe_arena_grow(c->arena, c->pnext, c->nrec, n, sizeof(uint32_t));
		if (c->pval == NULL || c->pnext == NULL)
			return -1;
		c->caprec = n;
	}
	c->pval[c->nrec] = p;
	c->pnext[c->nrec] = UINT32_MAX;
	return (int64_t) c->nrec++;
}

/* record lexeme w[0..len) at position p */
static int
add_lexeme(collector *c, const char *w, size_t len, uint16_t p)
{
	uint64_t	key = prefix_key(w, len);
	uint32_t	h = hash_lexeme(key, w, len);
	size_t		i;
	entry	   *e;
	int64_t		r;

	if (2 * (c->nent + 1) > c->nslot && grow_slots(c) < 0)
		return -1;
	for (i = h & (c->nslot - 1); c->slot[i] != 0; i = (i + 1) & (c->nslot - 1))
	{
		e = &c->ent[c->slot[i] - 1];
		if (e->key == key && e->len == len &&
			(len <= 8 || bytes_cmp(c->text + e->off + 8, w + 8, len - 8) == 0))
		{
			uint16_t	lastp = c->pval[e->last];

			/* PostgreSQL's rules for one lexeme's positions */
			if (e->npos < PE_TSV_MAXNPOS && lastp != PE_TSV_MAXPOS && lastp != p)
			{
				if ((r = new_record(c, p)) < 0)
					return -1;
				c->pnext[e->last] = (uint32_t) r;
				e->last = (uint32_t) r;
				e->npos++;
			}
			return 0;
		}
	}
	/* a new lexeme */
	if (c->nent == c->capent)
	{
		size_t		n = c->capent ? c->capent * 2 : 128;

		c->ent = pe_arena_grow(c->arena, c->ent, c->nent, n, sizeof(entry));
		if (c->ent == NULL)
			return -1;
		c->capent = n;
	}
	if (c->ntext + len > c->captext)
	{
		size_t		n = c->captext ? c->captext * 2 : 1024;

		while (n < c->ntext + len)
			n *= 2;
		c->text = pe_arena_grow(c->arena, c->text, c->ntext, n, 1);
		if (c->text == NULL)
			return -1;
		c->captext = n;
	}
	if ((r = new_record(c, p)) < 0)
		return -1;
	memcpy(c->text + c->ntext, w, len);
	e = &c->ent[c->nent];
	e->key = key;
	e->off = (uint32_t) c->ntext;
	e->len = (uint32_t) len;
	e->hash = h;
	e->first = e->last = (uint32_t) r;
	e->npos = 1;
	c->ntext += len;
	c->slot[i] = (uint32_t) ++c->nent;
	return 0;
}

/* tsvector order: bytes compared as unsigned, a prefix first */
static int
lex_cmp(const collector *c, uint32_t a, uint32_t b)
{
	const entry *x = &c->ent[a],
			   *y = &c->ent[b];
	int			r;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	if (x->len > 8 && y->len > 8)
	{
		r = bytes_cmp(c->text + x->off + 8, c->text + y->off + 8,
					  (x->len < y->len ? x->len : y->len) - 8);
		if (r != 0)
			return r;
	}
	return x->len < y->len ? -1 : x->len > y->len ? 1 : 0;
}

/* a lexeme in the sort: its key beside its index, so that merging reads one array */
typedef struct sortkey
{
	uint64_t	key;
	uint32_t	idx;
	uint32_t	pad;
} sortkey;

/* does y sort before x?  (ties of the eight-byte key are rare) */
static inline int
before(const collector *c, const sortkey *y, const sortkey *x)
{
	if (y->key != x->key)
		return y->key < x->key;
	return lex_cmp(c, y->idx, x->idx) < 0;
}

/*
 * sort v[0..n) by lex_cmp: bottom-up merge sort through tmp, the merge step
 * written so that the compiler can use conditional moves
 */
static sortkey *
sort_entries(const collector *c, sortkey *v, sortkey *tmp, size_t n)
{
	size_t		width,
				i;

	for (width = 1; width < n; width *= 2)
	{
		for (i = 0; i < n; i += 2 * width)
		{
			size_t		mid = i + width < n ? i + width : n,
						hi = i + 2 * width < n ? i + 2 * width : n,
						a = i,
						b = mid,
						k = i;

			while (a < mid && b < hi)
			{
				int			takeb = before(c, &v[b], &v[a]);

				tmp[k++] = takeb ? v[b] : v[a];
				b += (size_t) takeb;
				a += (size_t) !takeb;
			}
			while (a < mid)
				tmp[k++] = v[a++];
			while (b < hi)
				tmp[k++] = v[b++];
		}
		{
			sortkey    *t = v;

			v = tmp;
			tmp = t;
		}
	}
	return v;
}

int
pe_doc_lexemes(pe_arena *arena, const char *s, size_t len, const pe_lexset *lx,
			   unsigned options, pe_doclexemes *out)
{
	collector	c;
	pe_token   *tok;
	size_t		ntok,
				i,
				maxlen = 0,
				k;
	char	   *w;
	pe_span		spans[257],
				piece[2];
	size_t		npiece,
				j;
	size_t		pos = 0;
	sortkey    *v,
			   *tmp,
			   *sorted;

	memset(out, 0, sizeof(*out));
	if (pe_segment(arena, s, len, lx, &tok, &ntok) != 0)
		return -1;
	memset(&c, 0, sizeof(c));
	c.arena = arena;
	for (i = 0; i < ntok; i++)
		if (tok[i].len > maxlen)
			maxlen = tok[i].len;
	w = pe_arena_alloc(arena, 3 * maxlen + 1);
	/*
	 * Room for what a paragraph or a short document needs (about 1.3
	 * lexemes per token, fewer distinct ones, their bytes about the text's
	 * length), so that the arrays seldom grow; a long document grows them
	 * as it goes instead of reserving for every token at once
	 */
	c.caprec = c.capent = ntok + ntok / 2 + 16;
	if (c.caprec > 65536)
		c.caprec = c.capent = 65536;
	c.captext = len + len / 2 + 64;
	if (c.captext > 262144)
		c.captext = 262144;
	c.pval = pe_arena_alloc(arena, c.caprec * sizeof(uint16_t));
	c.pnext = pe_arena_alloc(arena, c.caprec * sizeof(uint32_t));
	c.ent = pe_arena_alloc(arena, c.capent * sizeof(entry));
	c.text = pe_arena_alloc(arena, c.captext);
	for (c.nslot = 128; c.nslot < 2 * c.capent; c.nslot *= 2)
		;
	c.nslot /= 2;				/* grow_slots doubles it */
	if (w == NULL || !c.pval || !c.pnext || !c.ent || !c.text || grow_slots(&c) < 0)
		return -1;

	for (i = 0; i < ntok; i++)
	{
		size_t		wlen,
					n;
		uint16_t	p;

		pe_arena_poll(arena);
		if (tok[i].type == PE_TOK_BLANK)
			continue;
		/* every piece of a mapped token takes a position, a stop word too */
		npiece = pe_token_pieces(s + tok[i].off, tok[i].len, piece);
		for (j = 0; j < npiece; j++)
		{
			const char *t = s + tok[i].off + piece[j].off;
			int			whole = npiece == 1 && piece[0].len == tok[i].len;

			pos++;
			p = (uint16_t) (pos > PE_TSV_MAXPOS ? PE_TSV_MAXPOS : pos);
			n = pe_token_lexemes(lx, t, piece[j].len, whole ? tok[i].node : 0, tok[i].folds,
								 options, w, &wlen, spans, sizeof(spans) / sizeof(spans[0]));
			for (k = 0; k < n; k++)
				if (add_lexeme(&c, w + spans[k].off, spans[k].len, p) < 0)
					return -1;
		}
	}

	/* distinct lexemes in order, their positions packed after each other */
	v = pe_arena_alloc(arena, (c.nent + 1) * sizeof(sortkey));
	tmp = pe_arena_alloc(arena, (c.nent + 1) * sizeof(sortkey));
	out->lex = pe_arena_alloc(arena, (c.nent + 1) * sizeof(pe_doclex));
	out->pos = pe_arena_alloc(arena, (c.nrec + 1) * sizeof(uint16_t));
	if (v == NULL || tmp == NULL || out->lex == NULL || out->pos == NULL)
		return -1;
	for (i = 0; i < c.nent; i++)
	{
		v[i].key = c.ent[i].key;
		v[i].idx = (uint32_t) i;
		v[i].pad = 0;
	}
	sorted = sort_entries(&c, v, tmp, c.nent);
	out->text = c.text;
	out->nlex = c.nent;
	for (i = 0; i < c.nent; i++)
	{
		const entry *e = &c.ent[sorted[i].idx];
		uint32_t	r;

		out->lex[i].off = e->off;
		out->lex[i].len = e->len;
		out->lex[i].pos = (uint32_t) out->npos;
		out->lex[i].npos = e->npos;
		for (r = e->first; r != UINT32_MAX; r = c.pnext[r])
			out->pos[out->npos++] = c.pval[r];
	}
	return 0;
}
