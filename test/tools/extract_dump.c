/*
 * extract_dump.c: print the indicator rows of text files as JSON lines
 * (doc, pos, len, quote, indicator, measure, value, ...), for developing
 * and scoring the extractor without a server.
 *
 *   cc -Isrc/core -o build/extract_dump test/tools/extract_dump.c src/core/pe_*.c
 *   build/extract_dump [-y YEAR] FILE...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pe_extract.h"

static void
json_str(const char *s)
{
	if (!s)
	{
		fputs("null", stdout);
		return;
	}
	putchar('"');
	for (; *s; s++)
	{
		unsigned char c = (unsigned char) *s;

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

int
main(int argc, char **argv)
{
	int			year = 0,
				a;

	for (a = 1; a < argc; a++)
	{
		FILE	   *f;
		char	   *buf;
		long		n;
		pe_arena	arena;
		pe_extract_result res;
		size_t		k;
		const char *base;

		if (strcmp(argv[a], "-y") == 0 && a + 1 < argc)
		{
			year = atoi(argv[++a]);
			continue;
		}
		f = fopen(argv[a], "rb");
		if (!f)
		{
			perror(argv[a]);
			return 1;
		}
		fseek(f, 0, SEEK_END);
		n = ftell(f);
		fseek(f, 0, SEEK_SET);
		buf = malloc(n + 1);
		if (fread(buf, 1, n, f) != (size_t) n)
			return 1;
		fclose(f);
		base = strrchr(argv[a], '/');
		base = base ? base + 1 : argv[a];
		pe_arena_init(&arena, NULL);
		pe_extract_indicators(buf, n, year, &arena, NULL, NULL, &res);
		for (k = 0; k < res.nrows; k++)
		{
			pe_indicator *r = &res.rows[k];
			char	   *q = strndup(buf + r->quote_off, r->quote_len);

			printf("{\"doc\": ");
			json_str(base);
			printf(", \"pos\": %zu, \"len\": %zu, \"quote\": ", r->char_pos + 1, r->char_len);
			json_str(q);
			printf(", \"indicator\": ");
			json_str(r->indicator);
			printf(", \"measure\": \"%s\", \"value\": %s, \"value_max\": %s, \"unit\": ",
				   pe_measure_name(r->measure), r->value ? r->value : "null",
				   r->value_max ? r->value_max : "null");
			json_str(r->unit);
			printf(", \"qualifier\": \"%s\", \"year\": ", pe_qualifier_name(r->qualifier));
			if (r->year)
				printf("%d", r->year);
			else
				printf("null");
			printf(", \"period\": \"%s\", \"kind\": \"%s\", \"attribute\": ",
				   pe_period_name(r->period), pe_kind_name(r->kind));
			json_str(pe_attribute_name(r->attribute));
			printf(", \"section\": ");
			json_str(r->section);
			printf(", \"table_row\": %d}\n", r->table_row);
			free(q);
		}
		pe_arena_release(&arena);
		free(buf);
	}
	return 0;
}
