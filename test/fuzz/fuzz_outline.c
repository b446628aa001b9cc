/*
 * fuzz_outline.c
 *	  libFuzzer target for src/core/pe_text.c, pe_outline.c and
 *	  pe_docinfo.c: any bytes must give in-bounds, ordered spans, a
 *	  well-formed section tree and consistent look-ups.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pe_arena.h"
#include "pe_docinfo.h"
#include "pe_outline.h"
#include "pe_text.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_spans(const pe_text_span *v, size_t n, size_t len)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		if (v[i].start >= v[i].end || v[i].end > len)
			abort();
		if (i > 0 && v[i].start < v[i - 1].end)
			abort();
	}
}

static void
check_outline(const pe_outline *o, const char *s, size_t len, pe_arena *a)
{
	size_t		i;

	for (i = 0; i < o->n; i++)
	{
		const pe_section *x = &o->sections[i];
		size_t		plen;

		if (x->start > x->end || x->end > len ||
			x->label_start > x->label_end || x->title_start > x->title_end ||
			x->title_end > x->end || x->label_start < x->start)
			abort();
		if (x->parent >= (int) i || x->parent < -1)
			abort();
		if (x->parent >= 0)
		{
			const pe_section *p = &o->sections[x->parent];

			if (x->level <= p->level || x->start < p->start || x->end > p->end)
				abort();
		}
		if (i > 0 && x->start < o->sections[i - 1].start)
			abort();
		/* the section is found at its own start */
		{
			int			f = pe_outline_find(o, x->start);

			if (f < 0)
				abort();
		}
		if (pe_outline_path(o, s, (int) i, " / ", a, &plen) == NULL)
			abort();
		(void) pe_outline_role(o, (int) i);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	pe_arena	a;
	pe_text_span *sp;
	size_t		n,
				i;
	pe_outline	o;
	size_t	   *br;
	size_t		nbr;
	pe_doc_info info;

	pe_arena_init(&a, NULL);

	if (pe_text_sentences(s, size, 0, NULL, 0, &a, &sp, &n) < 0)
		abort();
	check_spans(sp, n, size);
	if (pe_text_sentences(s, size, PE_SENT_NEWLINES, NULL, 0, &a, &sp, &n) < 0)
		abort();
	check_spans(sp, n, size);
	for (i = 0; i < n; i++)
	{
		pe_text_clause *c;
		size_t		nc,
					k;

		if (pe_text_clauses(s, sp[i].start, sp[i].end,
							PE_CLAUSE_ENUM | PE_CLAUSE_COLON, &a, &c, &nc) < 0)
			abort();
		for (k = 0; k < nc; k++)
			if (c[k].start >= c[k].end || c[k].start < sp[i].start ||
				c[k].end > sp[i].end || (k > 0 && c[k].start < c[k - 1].end))
				abort();
	}

	if (pe_outline_build(s, size, &a, &o) < 0)
		abort();
	check_outline(&o, s, size, &a);
	if (pe_doc_outline(s, size, &a, &o) < 0)
		abort();
	check_outline(&o, s, size, &a);
	if (pe_outline_breaks(&o, &a, &br, &nbr) < 0)
		abort();
	for (i = 1; i < nbr; i++)
		if (br[i] <= br[i - 1])
			abort();
	if (pe_text_sentences(s, size, PE_SENT_NEWLINES, br, nbr, &a, &sp, &n) < 0)
		abort();
	check_spans(sp, n, size);

	if (pe_split_documents(s, size, &a, &sp, &n) < 0)
		abort();
	check_spans(sp, n, size);
	pe_doc_info_get(s, size, &info);
	if (info.region_end < info.region_start || info.region_end > size ||
		info.title_end > size)
		abort();

	pe_arena_release(&a);
	return 0;
}
