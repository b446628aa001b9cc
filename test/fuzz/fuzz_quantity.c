/*-------------------------------------------------------------------------
 *
 * fuzz_quantity.c
 *	  libFuzzer target for the quantity scanner and parser
 *	  (src/core/pe_quantity.c, pe_units.c).
 *
 * Invariants: no crash on any bytes; spans lie inside the consumed text;
 * whatever parses formats to text that parses back to an equal quantity
 * with the same hash and the same text; comparison is antisymmetric.
 *
 * IDENTIFICATION
 *	  test/fuzz/fuzz_quantity.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pe_quantity.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_span(const pe_span *sp, size_t n)
{
	if (sp->len > 0 && (size_t) sp->off + sp->len > n)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	pe_quantity q,
				q2,
				r;
	size_t		i,
				n,
				e;
	static char buf[1024],
				buf2[1024];

	for (i = 0; i < size && i < 64; i++)
	{
		n = pe_quantity_scan(s + i, size - i, &q);
		if (n > size - i)
			abort();
		if (n > 0)
		{
			check_span(&q.span_prefix, n);
			check_span(&q.span_value, n);
			check_span(&q.span_sep, n);
			check_span(&q.span_value_max, n);
			check_span(&q.span_unit, n);
			check_span(&q.span_suffix, n);
		}
	}
	if (pe_quantity_parse(s, size, &q, &e) == PE_NUM_OK)
	{
		size_t		l = pe_quantity_format(&q, buf, sizeof(buf));

		if (l >= sizeof(buf))
			abort();
		if (pe_quantity_parse(buf, l, &q2, &e) != PE_NUM_OK)
			abort();
		if (pe_quantity_cmp(&q, &q2) != 0 || pe_quantity_hash(&q) != pe_quantity_hash(&q2))
			abort();
		pe_quantity_format(&q2, buf2, sizeof(buf2));
		if (strcmp(buf, buf2) != 0)
			abort();
		/* operations never crash; results of add/sub stay consistent */
		if (pe_quantity_add(&q, &q2, &r) == PE_NUM_OK)
		{
			pe_quantity_format(&r, buf2, sizeof(buf2));
			if (pe_quantity_parse(buf2, strlen(buf2), &q2, &e) != PE_NUM_OK ||
				pe_quantity_cmp(&r, &q2) != 0)
				abort();
		}
		(void) pe_quantity_satisfies(&q, &q, 500000);
		if (pe_quantity_cmp(&q, &r) != -pe_quantity_cmp(&r, &q))
			abort();
	}
	return 0;
}
