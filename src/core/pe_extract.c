/*-------------------------------------------------------------------------
 *
 * pe_extract.c
 *	  Indicator extraction from Chinese planning text: the driver that
 *	  runs the stages in order.
 *
 * The document is decoded once into an array of code points with their
 * byte offsets, so every rule can look a few characters left or right in
 * constant time.  Then, in order (docs/indicators.md, "Stages"):
 *
 *	 decode		pe_xtext.c		code points, sentence ends, Traditional
 *								folding
 *	 tables		pe_extract_table.c	flattened indicator tables (their
 *								lines are skipped by the prose pass)
 *	 documents	pe_docfacts.c	several reports pasted into one text are
 *								split; each gets its report year and type
 *	 clauses	pe_clause.c		sentences (headings set the section and
 *								running context), clauses, figure groups
 *	 quantities pe_mention.c	number, range, unit, qualifier, measure
 *	 name		pe_name.c		the indicator name of each figure
 *	 kind, year pe_kind.c		target or actual, and the year
 *	 rows		pe_rows.c		rows, document order, sections, keys
 *
 * Every loop advances by at least one character and looks at a bounded
 * window, so the whole pass is linear.
 *
 * IDENTIFICATION
 *	  src/core/pe_extract.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_extract_int.h"
#include "pe_text.h"

#include <string.h>

void
pe_extract_indicators(const char *doc, size_t len, int report_year,
					  pe_arena *arena, pe_interrupt_fn interrupt,
					  void *interrupt_arg, pe_extract_result *result)
{
	pe_extract_indicators_cached(doc, len, report_year, arena, interrupt,
								 interrupt_arg, NULL, result);
}

void
pe_extract_indicators_cached(const char *doc, size_t len, int report_year,
							 pe_arena *arena, pe_interrupt_fn interrupt,
							 void *interrupt_arg, pe_key_cache *cache,
							 pe_extract_result *result)
{
	pe_x		x;
	pe_sentences sn;
	pe_blank_map blanks;		/* blanks dropped around figures */
	int			may_drop;		/* a blank beside a figure */
	size_t		last_fig,
				nspans = 0;

	memset(result, 0, sizeof(*result));
	memset(&x, 0, sizeof(x));
	memset(&sn, 0, sizeof(sn));
	if (!doc || len == 0)
		return;
	/*
	 * Every row needs a digit (a figure, or a table's row number) or a
	 * Chinese numeral: a text without one is answered without decoding it.
	 */
	if (!pe_figure_possible(doc, len))
		return;
	/* Traditional characters are read as Simplified (增長 = 增长, 萬人 = 万人) */
	x.doc = pe_fold_traditional(doc, len, arena, &may_drop);
	/* 增长 5.8% is read as 增长5.8% (positions mapped back at the end) */
	memset(&blanks, 0, sizeof(blanks));
	if (may_drop)
		x.doc = pe_text_drop_figure_blanks(x.doc, &len, arena, &blanks);
	x.len = len;
	x.arena = arena;
	x.interrupt = interrupt;
	x.interrupt_arg = interrupt_arg;
	if (pe_x_decode(&x, &sn) < 0)
	{
		result->oom = 1;
		return;
	}
	/* tables first: their lines are marked in x.skip (a table needs lines) */
	if (sn.nlines > 0)
		pe_extract_tables(&x, report_year);
	/* documents, sentences, clauses */
	last_fig = pe_last_figure_sentence(&x, &sn);
	if (last_fig != (size_t) -1 &&
		pe_read_sentences(&x, &sn, last_fig, report_year, &nspans, result) < 0)
	{
		result->oom = 1;
		return;
	}
	if (arena->failed)
		result->oom = 1;
	pe_rows_sort(&x);
	pe_rows_sections(&x, nspans);
	pe_rows_keys(&x, cache);
	pe_rows_unblank(&x, &blanks);
	result->rows = x.rows;
	result->nrows = x.nrows;
}
