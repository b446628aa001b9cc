/*-------------------------------------------------------------------------
 *
 * fuzz_catalog.c
 *	  libFuzzer target for pe_indicator_key and pe_indicator_normalize.
 *
 * Any bytes: no crash, the key fits the documented bound, the returned
 * length matches what was written, truncation writes a prefix, and the
 * key function is idempotent on its own output.
 *
 * IDENTIFICATION
 *	  test/fuzz/fuzz_catalog.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pe_catalog.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *name = (const char *) data;
	size_t		cap = PE_INDICATOR_KEY_BOUND(size);
	char	   *key = malloc(cap);
	char	   *again = malloc(cap + 64);
	char		small[7];
	int			e = 0,
				e2 = 0;
	size_t		n,
				n2;

	n = pe_indicator_key(name, size, key, cap, &e);
	if (n + 1 > cap || strlen(key) != n || n == 0)
		abort();
	if ((e < 0) != (key[0] == '~') || e >= pe_catalog_count())
		abort();
	/* a key maps to itself */
	n2 = pe_indicator_key(key, n, again, cap + 64, &e2);
	if (n2 != n || memcmp(key, again, n) != 0 || e2 != e)
		abort();
	/* truncation writes a NUL-terminated prefix and reports the full length */
	if (pe_indicator_key(name, size, small, sizeof(small), NULL) != n ||
		strncmp(small, key, sizeof(small) - 1) != 0)
		abort();
	n2 = pe_indicator_normalize(name, size, again, cap);
	if (n2 + 1 > cap || strlen(again) != n2)
		abort();
	free(key);
	free(again);
	return 0;
}
