/*
 * bench_extract.c
 *	  Throughput of the indicator extractor core (pe_extract_indicators)
 *	  on seed paragraphs, without a server.
 *
 *	  make bench-extract [BENCH_SECONDS=3]
 *	  build/bench/bench_extract [-s SECONDS | -n PASSES] [-d] [-0] [-c] FILE...
 *
 * The files are cut into paragraphs the way ../shared/tools/bench-throughput
 * does: one per line, stripped, lines over 800 characters cut after the
 * first 。 from character 400 on (at character 500 when there is none
 * before character 1200).  Each paragraph is one call, as each row of the
 * benchmark table is one call of plan_indicators.  The passes over all
 * paragraphs repeat for SECONDS of CPU time (or exactly PASSES times, for
 * counting instructions with perf stat); prints calls, rows, MB/s.
 *
 * -d prints every row of every paragraph instead (one line a row, every
 * field), so that two builds can be compared byte for byte.  -0 reads
 * each file as texts separated by NUL bytes, taken whole (not cut), for
 * such comparisons on generated texts of several lines.  -c keeps one
 * key cache (pe_key_cache) over all calls, as plan_indicators does for
 * the length of a query.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pe_arena.h"
#include "pe_extract.h"

typedef struct para
{
	const char *s;
	size_t		len;
} para;

static double
cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* byte length of the UTF-8 character at p (1 for a stray byte) */
static size_t
char_len(const unsigned char *p, size_t left)
{
	size_t		n = p[0] < 0x80 ? 1 : p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC0 ? 2 : 1;

	return n > left ? left : n;
}

/* whitespace as Python's str.strip() sees it in these texts */
static size_t
space_at(const char *s, size_t left)
{
	const unsigned char *u = (const unsigned char *) s;

	if (left >= 1 && (u[0] == ' ' || u[0] == '\t' || u[0] == '\r' || u[0] == '\f' || u[0] == '\v'))
		return 1;
	if (left >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)	/* U+3000 */
		return 3;
	if (left >= 2 && u[0] == 0xC2 && u[1] == 0xA0)	/* U+00A0 */
		return 2;
	return 0;
}

static size_t
space_before(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;

	if (len >= 1 && (u[len - 1] == ' ' || u[len - 1] == '\t' || u[len - 1] == '\r' ||
					 u[len - 1] == '\f' || u[len - 1] == '\v'))
		return 1;
	if (len >= 3 && u[len - 3] == 0xE3 && u[len - 2] == 0x80 && u[len - 1] == 0x80)
		return 3;
	if (len >= 2 && u[len - 2] == 0xC2 && u[len - 1] == 0xA0)
		return 2;
	return 0;
}

/* byte offset of character index ci in s[0..len), or len */
static size_t
byte_of(const char *s, size_t len, size_t ci)
{
	size_t		b = 0;

	while (ci-- > 0 && b < len)
		b += char_len((const unsigned char *) s + b, len - b);
	return b;
}

static size_t
nchars(const char *s, size_t len)
{
	size_t		b = 0,
				n = 0;

	while (b < len)
	{
		b += char_len((const unsigned char *) s + b, len - b);
		n++;
	}
	return n;
}

static void
add(para **ps, size_t *np, size_t *cap, const char *s, size_t len)
{
	if (*np == *cap)
	{
		*cap = *cap ? *cap * 2 : 1024;
		*ps = realloc(*ps, *cap * sizeof(para));
		if (!*ps)
			abort();
	}
	(*ps)[*np].s = s;
	(*ps)[(*np)++].len = len;
}

/* cut one line as bench-throughput does */
static void
cut_line(const char *s, size_t len, para **ps, size_t *np, size_t *cap)
{
	size_t		k,
				chars;

	while ((k = space_at(s, len)) != 0)
	{
		s += k;
		len -= k;
	}
	while ((k = space_before(s, len)) != 0)
		len -= k;
	chars = nchars(s, len);
	while (len > 0 && chars > 800)
	{
		/* line.find("。", 400) */
		size_t		b = byte_of(s, len, 400),
					ci = 400,
					cut = (size_t) -1,
					cb;

		while (b < len && ci <= 1200)
		{
			if (len - b >= 3 && memcmp(s + b, "\xe3\x80\x82", 3) == 0)
			{
				cut = ci;
				break;
			}
			b += char_len((const unsigned char *) s + b, len - b);
			ci++;
		}
		if (cut == (size_t) -1 || cut > 1200)
			cut = 500;
		cb = byte_of(s, len, cut + 1);
		add(ps, np, cap, s, cb);
		s += cb;
		len -= cb;
		chars -= cut + 1;
	}
	if (len > 0)
		add(ps, np, cap, s, len);
}

static char *
slurp(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	long		n;
	char	   *buf;

	if (!f)
	{
		perror(path);
		exit(1);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc(n + 1);
	if (!buf || fread(buf, 1, n, f) != (size_t) n)
		exit(1);
	fclose(f);
	*len = (size_t) n;
	return buf;
}

static void
put_str(const char *s)
{
	fputs(s ? s : "~null", stdout);
}

static void
dump(size_t p, const para *pa, const pe_extract_result *res)
{
	size_t		k;

	for (k = 0; k < res->nrows; k++)
	{
		const pe_indicator *r = &res->rows[k];

		printf("%zu\t%zu\t%zu\t%.*s\t", p, r->char_pos, r->char_len,
			   (int) r->quote_len, pa->s + r->quote_off);
		put_str(r->indicator);
		putchar('\t');
		put_str(r->indicator_key);
		putchar('\t');
		put_str(r->section);
		putchar('\t');
		put_str(r->value);
		putchar('\t');
		put_str(r->value_max);
		putchar('\t');
		put_str(r->unit);
		printf("\t%s\t%s\t%s\t%s\t%s\t%d\t%d\n",
			   pe_measure_name(r->measure), pe_qualifier_name(r->qualifier),
			   pe_period_name(r->period), pe_kind_name(r->kind),
			   pe_attribute_name(r->attribute) ? pe_attribute_name(r->attribute) : "~null",
			   r->year, r->table_row);
	}
}

/* extract one paragraph (and print its rows when dumping); returns the row count */
static size_t
extract_one(size_t p, const para *pa, pe_key_cache *cache, int dumping)
{
	pe_arena	arena;
	pe_extract_result res;
	size_t		nrows;

	pe_arena_init(&arena, NULL);
	pe_extract_indicators_cached(pa->s, pa->len, 0, &arena, NULL, NULL, cache, &res);
	if (dumping)
		dump(p, pa, &res);
	nrows = res.nrows;
	pe_arena_release(&arena);
	return nrows;
}

int
main(int argc, char **argv)
{
	double		seconds = 3.0,
				t0,
				t;
	int			dumping = 0,
				nul = 0,
				cached = 0,
				a;
	pe_arena	cache_arena;
	pe_key_cache *cache = NULL;
	size_t		want_passes = 0;
	para	   *ps = NULL;
	size_t		np = 0,
				cap = 0,
				bytes = 0,
				p,
				passes = 0,
				rows = 0;

	for (a = 1; a < argc; a++)
	{
		if (strcmp(argv[a], "-s") == 0 && a + 1 < argc)
			seconds = atof(argv[++a]);
		else if (strcmp(argv[a], "-n") == 0 && a + 1 < argc)
			want_passes = (size_t) atol(argv[++a]);
		else if (strcmp(argv[a], "-d") == 0)
			dumping = 1;
		else if (strcmp(argv[a], "-0") == 0)
			nul = 1;
		else if (strcmp(argv[a], "-c") == 0)
			cached = 1;
		else
		{
			size_t		len,
						s = 0,
						b;
			char	   *buf = slurp(argv[a], &len);

			for (b = 0; b <= len; b++)
				if (nul && (b == len || buf[b] == '\0'))
				{
					if (b > s)
						add(&ps, &np, &cap, buf + s, b - s);
					s = b + 1;
				}
				else if (!nul && (b == len || buf[b] == '\n'))
				{
					cut_line(buf + s, b - s, &ps, &np, &cap);
					s = b + 1;
				}
		}
	}
	if (np == 0)
	{
		fprintf(stderr, "usage: bench_extract [-s SECONDS | -n PASSES] [-d] [-0] [-c] FILE...\n");
		return 1;
	}
	for (p = 0; p < np; p++)
		bytes += ps[p].len;
	pe_arena_init(&cache_arena, NULL);
	if (cached && (cache = pe_key_cache_create(&cache_arena)) == NULL)
		return 1;
	if (dumping)
	{
		for (p = 0; p < np; p++)
			(void) extract_one(p, &ps[p], cache, 1);
		return 0;
	}
	t0 = cpu_seconds();
	do
	{
		for (p = 0; p < np; p++)
		{
			size_t		nrows = extract_one(p, &ps[p], cache, 0);

			if (passes == 0)
				rows += nrows;
		}
		passes++;
		t = cpu_seconds() - t0;
	} while (want_passes ? passes < want_passes : t < seconds);
	printf("paragraphs %zu (%.2f MB), rows %zu per pass, passes %zu%s\n",
		   np, bytes / 1e6, rows, passes, cache ? ", one key cache" : "");
	printf("extract: %.1f MB/s, %.1f us per call\n",
		   bytes * (double) passes / 1e6 / t, t * 1e6 / (np * (double) passes));
	pe_arena_release(&cache_arena);
	return 0;
}
