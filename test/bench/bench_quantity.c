/*-------------------------------------------------------------------------
 *
 * bench_quantity.c
 *	  Throughput of the core quantity parser (pe_quantity_scan) and the
 *	  numeral scanner on short quantities as they appear in plan text.
 *
 *	  make bench-quantity      (or build/bench/bench_quantity [seconds])
 *
 * Prints quantities per CPU second of one core (process CPU time, so a
 * busy machine does not distort it).  Target: >= 5 million short
 * quantities per second for pe_quantity_scan.
 *
 * IDENTIFICATION
 *	  test/bench/bench_quantity.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pe_number.h"
#include "pe_quantity.h"

static const char *const samples[] = {
	"8.5%左右", "35亿元以上", "6%-6.5%", "6%至7%", "不低于7.5%", "控制在3%以内",
	"1.3万亿斤以上", "3000多人", "105.8亿元", "2035年", "1个百分点", "4.78万亿元",
	"36.57亿元", "1200万吨", "5.5%", "300万千瓦", "60岁以上", "50万人次",
	"12.3万户", "1000亩", "1.6万公里", "2个", "800余家", "一千二百三十四万元",
	"三分之一", "百分之五", "1,234,567元", "0.5‰", "4项", "3倍"
};

#define NS (sizeof(samples) / sizeof(samples[0]))

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	double		seconds = argc > 1 ? atof(argv[1]) : 2.0;
	size_t		lens[NS];
	size_t		k;
	double		t0,
				t;
	unsigned long long n = 0,
				bytes = 0,
				sink = 0;
	pe_quantity q;
	pe_num		num;

	for (k = 0; k < NS; k++)
		lens[k] = strlen(samples[k]);

	/* quantity scanner */
	t0 = now();
	do
	{
		int			r;

		for (r = 0; r < 1000; r++)
			for (k = 0; k < NS; k++)
			{
				sink += pe_quantity_scan(samples[k], lens[k], &q);
				bytes += lens[k];
				n++;
			}
		t = now() - t0;
	} while (t < seconds);
	printf("pe_quantity_scan: %.2f million quantities/s (%.1f MB/s, %zu forms, %.1f ns each)\n",
		   n / t / 1e6, bytes / t / 1e6, (size_t) NS, t * 1e9 / n);

	/* numeral scanner */
	n = 0;
	t0 = now();
	do
	{
		int			r;

		for (r = 0; r < 1000; r++)
			for (k = 0; k < NS; k++)
			{
				sink += pe_number_scan(samples[k], lens[k], &num);
				n++;
			}
		t = now() - t0;
	} while (t < seconds);
	printf("pe_number_scan:   %.2f million numerals/s (%.1f ns each)\n",
		   n / t / 1e6, t * 1e9 / n);

	/* comparison */
	{
		pe_quantity qs[NS];

		for (k = 0; k < NS; k++)
			pe_quantity_scan(samples[k], lens[k], &qs[k]);
		n = 0;
		t0 = now();
		do
		{
			int			r;
			size_t		j;

			for (r = 0; r < 100; r++)
				for (k = 0; k < NS; k++)
					for (j = 0; j < NS; j++)
					{
						sink += (unsigned) pe_quantity_cmp(&qs[k], &qs[j]);
						n++;
					}
			t = now() - t0;
		} while (t < seconds);
		printf("pe_quantity_cmp:  %.2f million comparisons/s\n", n / t / 1e6);
	}
	return sink == 42 ? 1 : 0;
}
