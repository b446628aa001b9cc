/*-------------------------------------------------------------------------
 *
 * catalog_bench.c
 *	  Time pe_indicator_key over indicator names read from stdin, one a
 *	  line (test/bench/catalog_bench.sh feeds the gold names).
 *
 * IDENTIFICATION
 *	  test/bench/catalog_bench.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pe_catalog.h"

#define MAX_NAMES 4096

int
main(void)
{
	static char names[MAX_NAMES][512];
	char		out[2048];
	int			n = 0,
				r,
				i,
				catalogued = 0;
	long		keys = 0;
	struct timespec t0,
				t1;
	double		s;

	while (n < MAX_NAMES && fgets(names[n], sizeof(names[n]), stdin))
	{
		names[n][strcspn(names[n], "\n")] = '\0';
		n++;
	}
	if (n == 0)
		return 1;
	for (i = 0; i < n; i++)
	{
		int			e;

		pe_indicator_key(names[i], strlen(names[i]), out, sizeof(out), &e);
		catalogued += e >= 0;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (r = 0; r < 1000; r++)
		for (i = 0; i < n; i++, keys++)
			pe_indicator_key(names[i], strlen(names[i]), out, sizeof(out), NULL);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	s = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("%d names, %d in the catalogue; %ld keys in %.3f s: %.3f us per key, %.1f million keys/s\n",
		   n, catalogued, keys, s, s * 1e6 / keys, keys / s / 1e6);
	return 0;
}
