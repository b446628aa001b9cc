/*-------------------------------------------------------------------------
 *
 * pe_rows.c
 *	  The rows stage of the indicator extractor: a row per named figure
 *	  (value, sign, unit, measure, period, kind, year and what decided
 *	  them), rows in document order, their section paths from the outline
 *	  concern, and catalogue keys (with a cache kept across calls).
 *
 * IDENTIFICATION
 *	  src/core/pe_rows.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_xtext.h"
#include "pe_name.h"
#include "pe_catalog.h"
#include "pe_outline.h"
#include "pe_docinfo.h"
#include "pe_text.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* rows																   */
/* ------------------------------------------------------------------ */

pe_indicator *
pe_x_new_row(pe_x *x)
{
	pe_indicator *r;

	if (x->nrows == x->cap)
	{
		size_t		ncap = x->cap ? x->cap * 2 : 64;
		pe_indicator *n = pe_arena_grow(x->arena, x->rows, x->nrows, ncap,
										sizeof(pe_indicator));

		if (!n)
			return NULL;
		x->rows = n;
		x->cap = ncap;
	}
	r = &x->rows[x->nrows++];
	memset(r, 0, sizeof(*r));
	return r;
}

/* set the quote of r to characters [s, e) */
void
pe_x_quote(pe_x *x, pe_indicator *r, size_t s, size_t e)
{
	if (e > x->n)
		e = x->n;
	if (s > e)
		s = e;
	r->char_pos = s;
	r->char_len = e - s;
	r->quote_off = x->boff[s];
	r->quote_len = x->boff[e] - x->boff[s];
}


static char *
neg_str(pe_x *x, const char *s)
{
	size_t		n = strlen(s);
	char	   *o;

	if (s[0] == '-')
		return pe_arena_strndup(x->arena, s + 1, n - 1);
	o = pe_arena_alloc(x->arena, n + 2);
	if (!o)
		return (char *) s;
	o[0] = '-';
	memcpy(o + 1, s, n + 1);
	return o;
}

/* the name stage (pe_name.c): frames around the name dropped */
static const char *
pe_row_name(pe_x *x, const char *name)
{
	size_t		n = strlen(name),
				off = 0,
				l = pe_name_tidy(name, n, &off);

	if (l == n)
		return name;
	return pe_arena_strndup(x->arena, name + off, l);
}

void
pe_row_emit(pe_x *x, pe_xdoc *d, sentence_state *st, mention *m, const char *name,
	 size_t qs, size_t qe, pe_measure meas, int sign, pe_period per,
	 pe_qualifier qual)
{
	pe_indicator *r = pe_x_new_row(x);

	if (!r)
		return;
	r->indicator = name ? pe_row_name(x, name) : "";
	r->section = x->section;
	r->value = sign < 0 ? neg_str(x, m->num) : pe_arena_strndup(x->arena, m->num, strlen(m->num));
	if (m->has_max)
	{
		r->value_max = pe_arena_strndup(x->arena, m->num_max, strlen(m->num_max));
	}
	r->unit = m->unit;
	r->measure = meas;
	r->qualifier = qual;
	r->more_than = m->more && qual == PE_QUAL_AT_LEAST;
	r->period = per;
	r->kind = st->kind;
	r->year = st->year;
	r->why = st->why.rule;
	r->why_pos = st->why.pos;
	r->why_len = st->why.len;
	r->attribute = PE_ATTR_NONE;
	pe_x_quote(x, r, qs, qe);
	(void) d;
}
/* ------------------------------------------------------------------ */
/* indicator keys kept across calls									   */
/* ------------------------------------------------------------------ */

/* FNV-1a over the bytes of a name */
static uint32_t
name_hash(const char *s, size_t n)
{
	uint32_t	h = 2166136261u;
	size_t		j;

	for (j = 0; j < n; j++)
		h = (h ^ (unsigned char) s[j]) * 16777619u;
	return h;
}

typedef struct key_slot
{
	uint32_t	hash;
	const char *name;			/* NULL: empty slot */
	const char *key;
} key_slot;

struct pe_key_cache
{
	pe_arena   *arena;			/* the cache's own memory */
	key_slot   *slots;
	size_t		nslots;			/* a power of two, at least 2 * count */
	size_t		count;
};

/* names longer than this are keyed but not kept */
#define KEY_CACHE_NAME_MAX 160

pe_key_cache *
pe_key_cache_create(pe_arena *arena)
{
	pe_key_cache *c = pe_arena_alloc(arena, sizeof(pe_key_cache));

	if (!c)
		return NULL;
	c->arena = arena;
	c->nslots = 256;
	c->count = 0;
	c->slots = pe_arena_alloc0(arena, c->nslots * sizeof(key_slot));
	return c->slots ? c : NULL;
}

/* the slot of name (hash h): its entry, or the empty slot to fill */
static key_slot *
key_slot_find(key_slot *slots, size_t nslots, uint32_t h, const char *name)
{
	size_t		i = h & (nslots - 1);

	while (slots[i].name && (slots[i].hash != h || strcmp(slots[i].name, name) != 0))
		i = (i + 1) & (nslots - 1);
	return &slots[i];
}

/*
 * The key of name: from the cache, else computed (in the call's arena)
 * and kept (copied into the cache's arena) while there is room.  NULL
 * when out of memory.
 */
static const char *
key_cache_get(pe_key_cache *c, pe_arena *arena, const char *name)
{
	size_t		nl = strlen(name),
				kl;
	uint32_t	h = name_hash(name, nl);
	key_slot   *slot = key_slot_find(c->slots, c->nslots, h, name);
	char	   *key,
			   *kname,
			   *kkey;

	if (slot->name)
		return slot->key;
	key = pe_indicator_key_arena(arena, name, nl, &kl, NULL);
	if (!key || c->count >= PE_KEY_CACHE_MAX || nl > KEY_CACHE_NAME_MAX)
		return key;
	/* grow at half full; the slot is found again in the new table */
	if (2 * (c->count + 1) > c->nslots)
	{
		size_t		n2 = c->nslots * 2,
					i;
		key_slot   *s2 = pe_arena_alloc0(c->arena, n2 * sizeof(key_slot));

		if (!s2)
			return key;
		for (i = 0; i < c->nslots; i++)
			if (c->slots[i].name)
				*key_slot_find(s2, n2, c->slots[i].hash, c->slots[i].name) = c->slots[i];
		c->slots = s2;
		c->nslots = n2;
		slot = key_slot_find(c->slots, c->nslots, h, name);
	}
	/* copy first, then fill the slot: an error never leaves half an entry */
	kname = pe_arena_strndup(c->arena, name, nl);
	kkey = pe_arena_strndup(c->arena, key, kl);
	if (!kname || !kkey)
		return key;
	slot->hash = h;
	slot->key = kkey;
	slot->name = kname;
	c->count++;
	return kkey;
}

/*
 * Document order, stable for rows of one statement: a merge sort by
 * character position over indices (insertion order breaks ties).
 */
void
pe_rows_sort(pe_x *x)
{
	size_t		k;
	size_t	   *idx,
			   *tmp,
				width;
	pe_indicator *sorted;

	if (x->nrows <= 1)
		return;
	idx = pe_arena_alloc(x->arena, x->nrows * sizeof(size_t));
	sorted = pe_arena_alloc(x->arena, x->nrows * sizeof(pe_indicator));
	if (!idx || !sorted)
		return;
	tmp = pe_arena_alloc(x->arena, x->nrows * sizeof(size_t));
	if (!tmp)
		return;
	for (k = 0; k < x->nrows; k++)
		idx[k] = k;
	for (width = 1; width < x->nrows; width *= 2)
	{
		size_t		lo;

		for (lo = 0; lo < x->nrows; lo += 2 * width)
		{
			size_t		mid = lo + width < x->nrows ? lo + width : x->nrows;
			size_t		hi = lo + 2 * width < x->nrows ? lo + 2 * width : x->nrows;
			size_t		a = lo,
						b = mid,
						o = lo;

			while (a < mid && b < hi)
			{
				if (x->rows[idx[b]].char_pos < x->rows[idx[a]].char_pos)
					tmp[o++] = idx[b++];
				else
					tmp[o++] = idx[a++];
			}
			while (a < mid)
				tmp[o++] = idx[a++];
			while (b < hi)
				tmp[o++] = idx[b++];
		}
		memcpy(idx, tmp, x->nrows * sizeof(size_t));
	}
	for (k = 0; k < x->nrows; k++)
		sorted[k] = x->rows[idx[k]];
	x->rows = sorted;
}

/*
 * Headings after the last figure do not matter: the outline is built over
 * the text up to the end of that figure's sentence.  Its byte length.
 */
static size_t
outline_len(const pe_x *x)
{
	size_t		k,
				last = 0;

	if (x->nrows == 0)
		return x->len;
	for (k = 0; k < x->nrows; k++)
		if (x->rows[k].char_pos + x->rows[k].char_len > last)
			last = x->rows[k].char_pos + x->rows[k].char_len;
	while (last < x->n && !pe_x_sentence_end(x->cp[last]))
		last++;
	return last < x->n ? x->boff[last] : x->len;
}

/*
 * Section paths from the outline concern (plan_sections).  pe_doc_outline
 * gives exactly pe_outline_build's result for a text of one document; the
 * split is known already (nspans), so skip its second pass.
 */
void
pe_rows_sections(pe_x *x, size_t nspans)
{
	pe_outline	outline;
	size_t		olen = outline_len(x),
				k;

	if (x->nrows > 0 &&
		(nspans > 1 ? pe_doc_outline(x->doc, olen, x->arena, &outline) :
		 pe_outline_build(x->doc, olen, x->arena, &outline)) == 0 &&
		outline.n > 0)
	{
		int			last_idx = -2;
		const char *last_path = NULL;
		size_t		plen;

		for (k = 0; k < x->nrows; k++)
		{
			int			idx = pe_outline_find(&outline, x->rows[k].quote_off);

			if (idx != last_idx)
			{
				last_idx = idx;
				last_path = idx >= 0 ?
					pe_outline_path(&outline, x->doc, idx, " / ", x->arena, &plen) : NULL;
			}
			if (!x->rows[k].table_row || !x->rows[k].section)
				x->rows[k].section = last_path;
		}
		return;
	}
	for (k = 0; k < x->nrows; k++)
		if (!x->rows[k].table_row)
			x->rows[k].section = NULL;
}

/* catalogue keys, so rows join across documents */
void
pe_rows_keys(pe_x *x, pe_key_cache *cache)
{
	/* names repeat (地区生产总值 in every report): a small cache */
	const char *cname[64];
	const char *ckey[64];
	size_t		k;

	if (cache)
	{
		for (k = 0; k < x->nrows; k++)
		{
			const char *key = key_cache_get(cache, x->arena, x->rows[k].indicator);

			x->rows[k].indicator_key = key ? key : "~";
		}
		return;
	}
	memset(cname, 0, sizeof(cname));
	for (k = 0; k < x->nrows; k++)
	{
		const char *nm = x->rows[k].indicator;
		size_t		nl = strlen(nm);
		uint32_t	h = name_hash(nm, nl) & 63;
		char	   *key;

		if (cname[h] && strcmp(cname[h], nm) == 0)
		{
			x->rows[k].indicator_key = ckey[h];
			continue;
		}
		key = pe_indicator_key_arena(x->arena, nm, nl, NULL, NULL);
		x->rows[k].indicator_key = key ? key : "~";
		cname[h] = nm;
		ckey[h] = x->rows[k].indicator_key;
	}
}

const char *
pe_measure_name(pe_measure m)
{
	switch (m)
	{
		case PE_MEASURE_GROWTH:
			return "growth";
		case PE_MEASURE_DELTA:
			return "delta";
		default:
			return "level";
	}
}

const char *
pe_period_name(pe_period p)
{
	switch (p)
	{
		case PE_PERIOD_ANNUAL_AVG:
			return "annual_avg";
		case PE_PERIOD_CUMULATIVE:
			return "cumulative";
		default:
			return "year";
	}
}

const char *
pe_kind_name(pe_kind k)
{
	return k == PE_KIND_TARGET ? "target" : "actual";
}

const char *
pe_attribute_name(pe_attribute a)
{
	switch (a)
	{
		case PE_ATTR_EXPECTED:
			return "预期性";
		case PE_ATTR_BINDING:
			return "约束性";
		default:
			return NULL;
	}
}

/*
 * Positions in the text read without figure blanks (增长 5.8% read as
 * 增长5.8%, pe_text_drop_figure_blanks), back into the caller's text.
 */
void
pe_rows_unblank(pe_x *x, const pe_blank_map *m)
{
	size_t		k;

	for (k = 0; k < x->nrows && m->n > 0; k++)
	{
		pe_indicator *r = &x->rows[k];
		size_t		b = pe_blank_map_byte(m, r->quote_off, 0),
					c = pe_blank_map_char(m, r->char_pos, 0),
					w = pe_blank_map_char(m, r->why_pos, 0);

		if (r->quote_len)
			r->quote_len = pe_blank_map_byte(m, r->quote_off + r->quote_len, 1) - b;
		if (r->char_len)
			r->char_len = pe_blank_map_char(m, r->char_pos + r->char_len, 1) - c;
		if (r->why_len)
			r->why_len = pe_blank_map_char(m, r->why_pos + r->why_len, 1) - w;
		r->quote_off = b;
		r->char_pos = c;
		r->why_pos = w;
	}
}
