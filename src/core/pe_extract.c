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

/*
 * Decode the text, Traditional characters read as Simplified (增長 =
 * 增长, 萬人 = 万人), and 增长 5.8% read as 增长5.8%: the blanks beside
 * figures are dropped (positions mapped back at the end, pe_rows_unblank)
 * and the text without them decoded again.  The decoding tells whether
 * a blank may be dropped at all, so most text is decoded once.
 */
static int
read_text(pe_x *x, pe_sentences *sn, pe_blank_map *blanks)
{
	int			may_drop = 0;

	memset(blanks, 0, sizeof(*blanks));
	if (pe_x_decode(x, sn, 1, &may_drop) < 0)
		return -1;
	if (!may_drop)
		return 0;
	x->doc = pe_text_drop_figure_blanks(x->doc, &x->len, x->arena, blanks);
	if (blanks->n == 0)
		return 0;
	memset(sn, 0, sizeof(*sn));
	return pe_x_decode(x, sn, 0, NULL);
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
	x.doc = doc;
	x.len = len;
	x.arena = arena;
	x.interrupt = interrupt;
	x.interrupt_arg = interrupt_arg;
	if (read_text(&x, &sn, &blanks) < 0)
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
