/*
 * fuzz_utf8.c
 *	  libFuzzer target for src/core/pe_utf8.c: decoding any bytes must
 *	  terminate, agree between forward and backward scans on valid input,
 *	  and give monotonic character positions.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pe_utf8.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	size_t		i = 0,
				n = 0,
				last = 0;
	pe_pos_map	m;

	pe_utf8_pos_init(&m, s, size);
	while (i < size)
	{
		size_t		before = i;
		size_t		pos;

		(void) pe_utf8_next(s, size, &i);
		if (i <= before || i > size)
			abort();
		n++;
		pos = pe_utf8_pos_at(&m, i);
		if (pos != n || pos < last)
			abort();
		last = pos;
	}
	if (n != pe_utf8_count(s, size))
		abort();
	if (pe_utf8_valid(s, size))
	{
		/* backward scan visits the same characters */
		size_t		j = size,
					k = 0;

		while (j > 0)
		{
			(void) pe_utf8_prev(s, &j);
			k++;
		}
		if (k != n)
			abort();
	}
	return 0;
}
