/*-------------------------------------------------------------------------
 *
 * fuzz_number.c
 *	  libFuzzer target for the numeral scanner (src/core/pe_number.c).
 *
 * Invariants: no crash or sanitizer report on any bytes; the scanner
 * never consumes more than it is given; a parsed decimal formats to text
 * that parses back to the same value.
 *
 * IDENTIFICATION
 *	  test/fuzz/fuzz_number.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pe_number.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	pe_num		n,
				m;
	char		buf[PE_NUM_FORMAT_MAX];
	size_t		k,
				i;

	k = pe_number_scan(s, size, &n);
	if (k > size)
		abort();
	if (k > 0 && (n.mag_off > k))
		abort();
	for (i = 0; i < size && i < 64; i++)
	{
		k = pe_number_scan_in(s, size, i, &n);
		if (k > size - i)
			abort();
	}
	if (pe_number_parse(s, size, &n) == PE_NUM_OK)
	{
		size_t		l = pe_num_format(&n, buf, sizeof(buf));

		if (l >= sizeof(buf))
			abort();
		if (n.den == 1)
		{
			if (pe_num_from_decimal(buf, l, &m) != PE_NUM_OK || pe_num_cmp(&n, &m) != 0)
				abort();
		}
		/* arithmetic never crashes and never lies about equality */
		if (pe_num_add(&n, &n, &m) == PE_NUM_OK && pe_num_sub(&m, &n, &m) == PE_NUM_OK &&
			pe_num_cmp(&m, &n) != 0)
			abort();
		if (pe_num_div(&n, &n, &m) == PE_NUM_OK && n.coef != 0)
		{
			pe_num		one;

			pe_num_from_int(1, &one);
			if (pe_num_cmp(&m, &one) != 0)
				abort();
		}
	}
	return 0;
}
