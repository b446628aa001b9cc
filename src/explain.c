/*-------------------------------------------------------------------------
 *
 * explain.c
 *	  plan_indicators_explain(doc text, report_year int): the rows of
 *	  plan_indicators with the rule that decided each row's kind and year
 *	  and the text it read.
 *
 * The core records, for every row, the last rule that set its kind and
 * year (pe_indicator.why, a static string of pe_kind.h) and the character
 * span of its cue; this function turns them into columns.  It shares the
 * extraction with plan_indicators (the same rows in the same order), not
 * its column list: it is for reading, not for joining.
 *
 * IDENTIFICATION
 *	  src/explain.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "pe_extract.h"
#include "pe_quantity.h"
#include "pe_utf8.h"
#include "plan_ext.h"

#define EXPLAIN_COLS 12

/* the text of characters [pos, pos + len) of doc */
static Datum
char_span(const char *s, size_t n, size_t pos, size_t len)
{
	size_t		i = 0,
				c = 0,
				start;

	while (i < n && c < pos)
	{
		i += pe_utf8_seqlen((unsigned char) s[i]);
		c++;
	}
	start = i < n ? i : n;
	while (i < n && c < pos + len)
	{
		i += pe_utf8_seqlen((unsigned char) s[i]);
		c++;
	}
	return PointerGetDatum(cstring_to_text_with_len(s + start, (int) ((i < n ? i : n) - start)));
}

/* one output row for extracted row r (ord 1-based) */
static void
explain_row(ReturnSetInfo *rsinfo, const char *s, size_t n, const pe_indicator *r, int ord)
{
	Datum		values[EXPLAIN_COLS];
	bool		nulls[EXPLAIN_COLS];

	memset(nulls, 0, sizeof(nulls));
	values[0] = Int32GetDatum(ord);
	values[1] = CStringGetTextDatum(r->indicator);
	values[2] = CStringGetTextDatum(pe_measure_name(r->measure));
	if (r->value)
		values[3] = DirectFunctionCall3(numeric_in, CStringGetDatum(r->value),
										ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
	else
		nulls[3] = true;
	if (r->unit)
		values[4] = CStringGetTextDatum(r->unit);
	else
		nulls[4] = true;
	values[5] = CStringGetTextDatum(pe_qualifier_name(r->qualifier));
	if (r->year)
		values[6] = Int32GetDatum(r->year);
	else
		nulls[6] = true;
	values[7] = CStringGetTextDatum(pe_kind_name(r->kind));
	values[8] = CStringGetTextDatum(r->why ? r->why : "");
	if (r->why && r->why_len > 0)
	{
		values[9] = char_span(s, n, r->why_pos, r->why_len);
		values[10] = Int32GetDatum((int32) (r->why_pos + 1));
	}
	else
		nulls[9] = nulls[10] = true;
	values[11] = Int32GetDatum((int32) (r->char_pos + 1));
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

/* the extractor's interrupt callback: a cancel request raises its error */
static int
explain_interrupt(void *arg)
{
	CHECK_FOR_INTERRUPTS();
	return 0;
}

PG_FUNCTION_INFO_V1(plan_indicators_explain);
Datum
plan_indicators_explain(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *doc;
	int			report_year = 0;
	pe_arena	arena;
	pe_extract_result res;
	size_t		k;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	plan_require_utf8();
	if (!PG_ARGISNULL(1))
	{
		report_year = PG_GETARG_INT32(1);
		if (report_year < 1000 || report_year > 9999)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("report year %d is out of range", report_year),
					 errhint("Pass a four-digit year such as 2021, or NULL to infer it from the text.")));
	}
	doc = PG_GETARG_TEXT_PP(0);
	plan_arena_init(&arena);
	pe_extract_indicators(VARDATA_ANY(doc), VARSIZE_ANY_EXHDR(doc), report_year,
						  &arena, explain_interrupt, NULL, &res);
	if (res.oom)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory while extracting indicators")));
	for (k = 0; k < res.nrows; k++)
	{
		CHECK_FOR_INTERRUPTS();
		explain_row(rsinfo, VARDATA_ANY(doc), VARSIZE_ANY_EXHDR(doc), &res.rows[k], (int) (k + 1));
	}
	pe_arena_release(&arena);
	return (Datum) 0;
}
