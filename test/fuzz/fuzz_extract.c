/*
 * fuzz_extract.c
 *	  libFuzzer target for the indicator extractor (src/core/pe_extract*.c):
 *	  any bytes must extract without crashing, every row's quote must lie
 *	  inside the input and agree with its character position, rows must
 *	  come in document order, and a report year must not change that.
 *	  A key cache kept from input to input (as plan_indicators keeps one
 *	  for a query) must give the rows and keys of extraction without one.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pe_extract.h"
#include "pe_utf8.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* kept across inputs, like the per-query cache of plan_indicators */
static pe_arena cache_arena;
static pe_key_cache *cache;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	int			pass;

	if (!cache)
	{
		pe_arena_init(&cache_arena, NULL);
		cache = pe_key_cache_create(&cache_arena);
		if (!cache)
			abort();
	}
	for (pass = 0; pass < 2; pass++)
	{
		pe_arena	arena,
					carena;
		pe_extract_result res,
					cres;
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
		/* the same rows and keys through the cache */
		pe_arena_init(&carena, NULL);
		pe_extract_indicators_cached(s, size, pass ? 2021 : 0, &carena, NULL, NULL,
									 cache, &cres);
		if (cres.oom || cres.nrows != res.nrows)
			abort();
		for (k = 0; k < res.nrows; k++)
			if (strcmp(res.rows[k].indicator, cres.rows[k].indicator) != 0 ||
				strcmp(res.rows[k].indicator_key, cres.rows[k].indicator_key) != 0 ||
				res.rows[k].quote_off != cres.rows[k].quote_off)
				abort();
		pe_arena_release(&carena);
		pe_arena_release(&arena);
	}
	return 0;
}
