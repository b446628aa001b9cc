/*
 * seg_eval.c
 *	  Segment text line by line with pe_segment (built-in dictionaries, no
 *	  user words) and print the tokens of each line that are not white space
 *	  (what plan_segment returns: words, numbers, punctuation marks)
 *	  separated by two spaces, the format of the SIGHAN icwb2 gold files, for
 *	  test/bench/seg_f1.py.
 *
 *	  build/bench/seg_eval [-g] < test.utf8 > out.utf8
 *
 *	  -g: the general dictionary alone (no plan lexicon), for comparison
 *
 * IDENTIFICATION
 *	  test/bench/seg_eval.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pe_arena.h"
#include "pe_segment.h"

int
main(int argc, char **argv)
{
	pe_trie		empty;
	pe_lexset	general_only;
	const pe_lexset *lx = NULL;

	/* -g: the general dictionary alone, without the plan lexicon */
	if (argc > 1 && strcmp(argv[1], "-g") == 0)
	{
		pe_trie_empty(&empty);
		general_only.builtin = &empty;
		general_only.user = NULL;
		lx = &general_only;
	}
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		n;

	while ((n = getline(&line, &cap, stdin)) >= 0)
	{
		pe_arena	a;
		pe_token   *tok;
		size_t		nt,
					k;
		int			first = 1;

		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		pe_arena_init(&a, NULL);
		if (pe_segment(&a, line, (size_t) n, lx, &tok, &nt) != 0)
		{
			fprintf(stderr, "seg_eval: out of memory\n");
			return 1;
		}
		for (k = 0; k < nt; k++)
		{
			if (tok[k].type == PE_TOK_BLANK && pe_blank_is_space(line + tok[k].off, tok[k].len))
				continue;
			printf("%s%.*s", first ? "" : "  ", (int) tok[k].len, line + tok[k].off);
			first = 0;
		}
		putchar('\n');
		pe_arena_release(&a);
	}
	free(line);
	return 0;
}
