/*
 * bench_segment.c
 *	  Throughput of the core work behind to_tsvector('plan_zh', ...):
 *	  segmentation (pe_segment) and, per token, what the plan_zh
 *	  dictionary does (fold, stop test, sub-words).  Input is cut into
 *	  paragraphs at line breaks, and long lines at a 。 after about 400
 *	  characters, as in ../shared/tools/bench-throughput, so per-call
 *	  costs count as they do in SQL.
 *
 *	  make bench-segment BENCH_FILES=<files>
 *
 *	  Prints MB/s of segmentation alone, of segmentation plus the
 *	  dictionary's work (tokens and lexemes per MB), and of
 *	  pe_doc_lexemes, the core of plan_tsvector (positions per MB).
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pe_arena.h"
#include "pe_segment.h"
#include "pe_tsvec.h"

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *s;
	long		n;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0)
	{
		fprintf(stderr, "bench_segment: cannot read %s\n", path);
		exit(1);
	}
	rewind(f);
	s = malloc((size_t) n + 1);
	if (s == NULL || fread(s, 1, (size_t) n, f) != (size_t) n)
		exit(1);
	fclose(f);
	*len = (size_t) n;
	return s;
}

/* one pass over every paragraph; returns lexemes (with dict) or tokens */
static size_t
pass(char **para, size_t *plen, size_t np, int dict)
{
	size_t		count = 0,
				p;
	char		buf[4096];
	pe_span		parts[256];

	for (p = 0; p < np; p++)
	{
		pe_arena	a;
		pe_token   *tok;
		size_t		n,
					i;

		pe_arena_init(&a, NULL);
		if (dict == 2)
		{
			pe_doclexemes dl;

			if (pe_doc_lexemes(&a, para[p], plen[p], NULL,
							   PE_LEX_SUBWORDS | PE_LEX_STOPWORDS, &dl) != 0)
				exit(1);
			count += dl.npos;
			pe_arena_release(&a);
			continue;
		}
		if (pe_segment(&a, para[p], plen[p], NULL, &tok, &n) != 0)
			exit(1);
		if (!dict)
			count += n;
		else
			for (i = 0; i < n; i++)
			{
				size_t		w;
				pe_lexset	lx = {&pe_lexicon_builtin, NULL};

				if (tok[i].type == PE_TOK_BLANK || tok[i].len * 3 + 1 > sizeof(buf))
					continue;
				w = pe_fold_into(para[p] + tok[i].off, tok[i].len, buf);
				if (pe_is_stopword(buf, w))
					continue;
				count++;
				if (w >= 9)
					count += pe_word_parts(&lx, buf, w, parts, 256);
			}
		pe_arena_release(&a);
	}
	return count;
}

int
main(int argc, char **argv)
{
	char	  **para = NULL;
	size_t	   *plen = NULL,
				np = 0,
				cap = 0,
				bytes = 0,
				reps,
				r,
				k;
	int			f,
				dict,
				once;

	if (argc < 2)
	{
		fprintf(stderr, "usage: bench_segment FILE...\n");
		return 2;
	}
	for (f = 1; f < argc; f++)
	{
		size_t		len,
					i = 0;
		char	   *s = slurp(argv[f], &len);

		while (i < len)
		{
			size_t		e = i;

			while (e < len && s[e] != '\n')
				e++;
			/*
			 * a long line is cut after the first 。 past 1,200 bytes (about
			 * 400 characters), as bench-throughput cuts it
			 */
			if (e - i > 2400)
			{
				size_t		c = i + 1200;

				while (c + 3 <= e && memcmp(s + c, "\xe3\x80\x82", 3) != 0)
					c++;
				e = c + 3 <= e && c < i + 3600 ? c + 3 : i + 1500;
				while (e > i && ((unsigned char) s[e] & 0xC0) == 0x80)
					e--;
			}
			if (e > i)
			{
				if (np == cap)
				{
					cap = cap ? cap * 2 : 1024;
					para = realloc(para, cap * sizeof(char *));
					plen = realloc(plen, cap * sizeof(size_t));
					if (!para || !plen)
						return 1;
				}
				para[np] = s + i;
				plen[np++] = e - i;
				bytes += e - i;
			}
			i = e < len && s[e] == '\n' ? e + 1 : e;
		}
	}
	/* BENCH_ONCE=1: one pass of each, for valgrind --tool=cachegrind */
	once = getenv("BENCH_ONCE") != NULL;
	reps = once || bytes == 0 ? 1 : (size_t) (20e6 / bytes) + 1;
	for (dict = 0; dict < 3; dict++)
	{
		/* BENCH_MODE=0, 1 or 2: only that measurement (for perf) */
		if (getenv("BENCH_MODE") != NULL && atoi(getenv("BENCH_MODE")) != dict)
			continue;
		double		best = 1e9;
		size_t		count = 0;

		for (k = 0; k < (once ? 1u : 5u); k++)
		{
			double		t0 = now_s(),
						t;

			count = 0;
			for (r = 0; r < reps; r++)
				count += pass(para, plen, np, dict);
			t = now_s() - t0;
			if (t < best)
				best = t;
		}
		printf("%-22s %7.1f MB/s  %8.0f %s per MB\n",
			   dict == 2 ? "document lexemes" : dict ? "segment + dictionary" : "segment",
			   bytes * (double) reps / 1e6 / best,
			   count / (bytes * (double) reps / 1e6),
			   dict == 2 ? "positions" : dict ? "lexemes" : "tokens");
	}
	return 0;
}
