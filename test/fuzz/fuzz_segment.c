/*
 * fuzz_segment.c
 *	  libFuzzer target for the segmenter: any bytes in, tokens that cover
 *	  the input exactly; folding, sub-words and a user trie built from the
 *	  input must not crash; a token's node and folds flag agree with a
 *	  fresh lookup; pe_doc_lexemes (plan_tsvector) gives distinct lexemes
 *	  in tsvector order with ascending positions within PostgreSQL's caps.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pe_arena.h"
#include "pe_lexicon.h"
#include "pe_segment.h"
#include "pe_tsvec.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	pe_arena	a;
	pe_token   *t;
	size_t		n,
				i,
				pos = 0;
	const char *s = (const char *) data;
	pe_trie		user;
	pe_lexset	lx;
	const char *words[8];
	size_t		lens[8];
	size_t		nw = 0,
				start = 0;

	pe_arena_init(&a, NULL);

	/* user words: the input cut at newlines (at most 8) */
	for (i = 0; i <= size && nw < 8; i++)
		if (i == size || s[i] == '\n')
		{
			words[nw] = s + start;
			lens[nw] = i - start;
			nw++;
			start = i + 1;
		}
	if (pe_trie_build(&a, words, lens, nw, &user, NULL) != 0)
		abort();
	lx.builtin = &pe_lexicon_builtin;
	lx.user = &user;

	if (pe_segment(&a, s, size, &lx, &t, &n) != 0)
		abort();
	for (i = 0; i < n; i++)
	{
		size_t		fl;
		char	   *f;
		pe_span		p[64];

		if (t[i].off != pos || t[i].len == 0 || t[i].len > PE_TOKEN_MAX_BYTES ||
			pe_token_type_name(t[i].type) == NULL)
			abort();
		pos += t[i].len;
		f = pe_fold_text(&a, s + t[i].off, t[i].len, &fl);
		if (f == NULL)
			abort();
		if (t[i].type == PE_TOK_CJKWORD || t[i].type == PE_TOK_USERWORD)
		{
			size_t		np = pe_word_parts(&lx, f, fl, p, 64),
						k;

			for (k = 0; k < np; k++)
				if (p[k].off + p[k].len > fl || p[k].len == 0)
					abort();
		}
		(void) pe_is_stopword(f, fl);
		{
			/* the pieces lie inside the token, in order, and are not empty */
			pe_span		pc[2];
			size_t		npc = pe_token_pieces(s + t[i].off, t[i].len, pc);

			if (npc < 1 || npc > 2 || pc[0].off != 0 || pc[0].len == 0 ||
				pc[0].len > t[i].len ||
				(npc == 2 && (pc[1].off != pc[0].len || pc[1].len == 0 ||
							  pc[1].off + pc[1].len != t[i].len)) ||
				(npc == 2 && t[i].type == PE_TOK_BLANK))
				abort();
		}
		if (t[i].folds == 0 && (fl != t[i].len || memcmp(f, s + t[i].off, fl) != 0))
			abort();
		if (t[i].node != 0)
		{
			pe_span		q[64],
						r[64];
			pe_lexset	bl = {&pe_lexicon_builtin, NULL};
			size_t		n1 = pe_word_parts(&bl, f, fl, q, 64),
						n2 = pe_word_parts_node(&pe_lexicon_builtin, t[i].node, f, fl, r, 64);

			if (t[i].type != PE_TOK_CJKWORD || n1 != n2 ||
				(n1 > 0 && memcmp(q, r, n1 * sizeof(pe_span)) != 0))
				abort();
		}
	}
	if (pos != size)
		abort();

	{
		pe_doclexemes dl;
		size_t		k,
					j;

		if (pe_doc_lexemes(&a, s, size, &lx, PE_LEX_SUBWORDS | PE_LEX_STOPWORDS, &dl) != 0)
			abort();
		for (k = 0; k < dl.nlex; k++)
		{
			const pe_doclex *x = &dl.lex[k];

			if (x->len == 0 || x->npos == 0 || x->npos > PE_TSV_MAXNPOS ||
				x->pos + x->npos > dl.npos)
				abort();
			for (j = 0; j < x->npos; j++)
				if (dl.pos[x->pos + j] == 0 || dl.pos[x->pos + j] > PE_TSV_MAXPOS ||
					(j > 0 && dl.pos[x->pos + j] <= dl.pos[x->pos + j - 1]))
					abort();
			if (k > 0)
			{
				const pe_doclex *y = &dl.lex[k - 1];
				size_t		m = x->len < y->len ? x->len : y->len;
				int			c = memcmp(dl.text + y->off, dl.text + x->off, m);

				/* strictly increasing: distinct, a prefix first */
				if (c > 0 || (c == 0 && y->len >= x->len))
					abort();
			}
		}
	}
	pe_arena_release(&a);
	return 0;
}
