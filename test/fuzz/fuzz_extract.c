/*
 * fuzz_extract.c
 *	  libFuzzer target for the indicator extractor (src/core/pe_extract*.c):
 *	  any bytes must extract without crashing, every row's quote must lie
 *	  inside the input and agree with its character position, rows must
 *	  come in document order, and a report year must not change that.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pe_extract.h"
#include "pe_utf8.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	int			pass;

	for (pass = 0; pass < 2; pass++)
	{
		pe_arena	arena;
		pe_extract_result res;
		size_t		k,
					last = 0;

		pe_arena_init(&arena, NULL);
		pe_extract_indicators(s, size, pass ? 2021 : 0, &arena, NULL, NULL, &res);
		if (res.oom)
			abort();
		for (k = 0; k < res.nrows; k++)
		{
			const pe_indicator *r = &res.rows[k];

			if (r->quote_off > size || r->quote_len > size - r->quote_off)
				abort();
			if (pe_utf8_count(s, r->quote_off) != r->char_pos)
				abort();
			if (pe_utf8_count(s + r->quote_off, r->quote_len) != r->char_len)
				abort();
			if (r->char_pos < last)
				abort();
			last = r->char_pos;
			if (!r->indicator || !r->indicator_key)
				abort();
			if (r->value && r->value[0] == '\0')
				abort();
			if (r->value_max && !r->value)
				abort();
		}
		pe_arena_release(&arena);
	}
	return 0;
}
