/*-------------------------------------------------------------------------
 *
 * extract.c
 *	  SQL glue for indicator extraction: plan_indicators(doc, report_year).
 *
 * The work is done by src/core/pe_extract.c; this file turns its rows into
 * a materialized result set.  The function reads no table or setting, so
 * it is IMMUTABLE and PARALLEL SAFE (Citus can push it down to shards).
 *
 * IDENTIFICATION
 *	  src/extract.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/numeric.h"

#include "pe_extract.h"
#include "pe_quantity.h"
#include "plan_ext.h"
#include "plan_quantity.h"

#define PLAN_INDICATORS_COLS 17

/* interrupt callback for the core: lets a cancel request through */
static int
extract_interrupt(void *arg)
{
	CHECK_FOR_INTERRUPTS();
	return 0;
}

/*
 * Kept in fn_extra for the length of a query: a cache of indicator keys,
 * since the same names recur in document after document (FROM docs,
 * LATERAL plan_indicators(body)).  Its memory lives in fn_mcxt and goes
 * with it; the cache holds at most PE_KEY_CACHE_MAX names.
 */
typedef struct extract_query_cache
{
	pe_arena	arena;
	pe_key_cache *keys;
} extract_query_cache;

static pe_key_cache *
query_key_cache(FunctionCallInfo fcinfo)
{
	extract_query_cache *c = (extract_query_cache *) fcinfo->flinfo->fn_extra;

	if (c == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		c = (extract_query_cache *) palloc0(sizeof(extract_query_cache));
		plan_arena_init(&c->arena); /* allocates in fn_mcxt */
		c->keys = pe_key_cache_create(&c->arena);
		MemoryContextSwitchTo(old);
		fcinfo->flinfo->fn_extra = c;
	}
	return c->keys;
}

static Datum
numeric_datum(const char *s)
{
	return DirectFunctionCall3(numeric_in, CStringGetDatum(s),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

/*
 * The canonical text of a row's quantity, as pe_quantity_parse reads
 * it: '8.5%左右', '35亿元以上', '1-3个', '-3%'.  NULL when the row has no
 * value or no unit.
 */
static char *
quantity_text(const pe_indicator *r)
{
	const char *suffix = "";

	if (!r->value || !r->unit)
		return NULL;
	switch (r->qualifier)
	{
		case PE_QUAL_ABOUT:
			suffix = "左右";
			break;
		case PE_QUAL_AT_LEAST:
			suffix = "以上";
			break;
		case PE_QUAL_AT_MOST:
			suffix = "以内";
			break;
		default:
			break;
	}
	if (r->qualifier == PE_QUAL_RANGE && r->value_max)
		return psprintf("%s%s-%s%s", r->value, r->unit, r->value_max, r->unit);
	return psprintf("%s%s%s", r->value, r->unit, suffix);
}

/*
 * plan_indicators(doc text, report_year int DEFAULT NULL)
 *	  RETURNS TABLE(ord, section, indicator, measure, value, value_max, unit,
 *	  qualifier, quantity, year, period, kind, attribute, quote, pos, len,
 *	  indicator_key)
 *
 * Every quantitative statement of doc as a row; see docs/indicators.md.
 * report_year fixes the year 今年 refers to (NULL: inferred per document).
 * A NULL doc returns no rows.
 */
PG_FUNCTION_INFO_V1(plan_indicators);
Datum
plan_indicators(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *doc;
	int			report_year = 0;
	pe_arena	arena;
	pe_extract_result res;
	pe_key_cache *keys;
	size_t		k;
	MemoryContext tmp;
	MemoryContext old;

	/*
	 * Copy the caller's expected tuple descriptor rather than building one
	 * from the catalog on every call: a table function called once per row
	 * (FROM docs, LATERAL plan_indicators(body)) would otherwise leave the
	 * catalog lookups' memory in the per-query context, call after call.
	 */
	InitMaterializedSRF(fcinfo, rsinfo && rsinfo->expectedDesc ? MAT_SRF_USE_EXPECTED_DESC : 0);
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

	keys = query_key_cache(fcinfo);
	plan_arena_init(&arena);
	pe_extract_indicators_cached(VARDATA_ANY(doc), VARSIZE_ANY_EXHDR(doc), report_year,
								 &arena, extract_interrupt, NULL, keys, &res);
	if (res.oom)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory while extracting indicators")));

	/* a per-row context only pays off for long documents */
	tmp = res.nrows > 64 ?
		AllocSetContextCreate(CurrentMemoryContext,
							  "plan_ext extract temporary context",
							  ALLOCSET_DEFAULT_SIZES) : CurrentMemoryContext;
	for (k = 0; k < res.nrows; k++)
	{
		const pe_indicator *r = &res.rows[k];
		Datum		values[PLAN_INDICATORS_COLS];
		bool		nulls[PLAN_INDICATORS_COLS];
		const char *attr = pe_attribute_name(r->attribute);
		char	   *qt;

		CHECK_FOR_INTERRUPTS();
		old = MemoryContextSwitchTo(tmp);
		memset(nulls, 0, sizeof(nulls));
		values[0] = Int32GetDatum((int32) (k + 1));
		if (r->section)
			values[1] = CStringGetTextDatum(r->section);
		else
			nulls[1] = true;
		values[2] = CStringGetTextDatum(r->indicator);
		values[3] = CStringGetTextDatum(pe_measure_name(r->measure));
		if (r->value)
			values[4] = numeric_datum(r->value);
		else
			nulls[4] = true;
		if (r->value_max)
			values[5] = numeric_datum(r->value_max);
		else
			nulls[5] = true;
		if (r->unit)
			values[6] = CStringGetTextDatum(r->unit);
		else
			nulls[6] = true;
		values[7] = CStringGetTextDatum(pe_qualifier_name(r->qualifier));
		/* the typed quantity: read by the quantity concern's own parser */
		qt = quantity_text(r);
		nulls[8] = true;
		if (qt)
		{
			pe_quantity q;
			size_t		err_off;

			if (pe_quantity_parse(qt, strlen(qt), &q, &err_off) == PE_NUM_OK)
			{
				values[8] = PointerGetDatum(plan_quantity_pack(&q));
				nulls[8] = false;
			}
		}
		if (r->year)
			values[9] = Int32GetDatum(r->year);
		else
			nulls[9] = true;
		values[10] = CStringGetTextDatum(pe_period_name(r->period));
		values[11] = CStringGetTextDatum(pe_kind_name(r->kind));
		if (attr)
			values[12] = CStringGetTextDatum(attr);
		else
			nulls[12] = true;
		values[13] = PointerGetDatum(cstring_to_text_with_len(VARDATA_ANY(doc) + r->quote_off,
															  (int) r->quote_len));
		values[14] = Int32GetDatum((int32) (r->char_pos + 1));
		values[15] = Int32GetDatum((int32) r->char_len);
		values[16] = CStringGetTextDatum(r->indicator_key ? r->indicator_key : "~");
		MemoryContextSwitchTo(old);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		if (tmp != CurrentMemoryContext)
			MemoryContextReset(tmp);
	}
	if (tmp != CurrentMemoryContext)
		MemoryContextDelete(tmp);
	pe_arena_release(&arena);
	return (Datum) 0;
}
