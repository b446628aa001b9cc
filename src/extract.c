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
#include "utils/hsearch.h"
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

/* a typed quantity by its canonical text (quantity_text) */
#define QTEXT_MAX 96
#define QCACHE_MAX 8192

typedef struct quantity_entry
{
	char		text[QTEXT_MAX];	/* hash key */
	PlanQuantity *pq;			/* NULL: the text reads as no quantity */
} quantity_entry;

/*
 * Kept in fn_extra for the length of a query, since the same names and
 * figures recur in document after document (FROM docs, LATERAL
 * plan_indicators(body)): a cache of indicator keys, one of typed
 * quantities (at most QCACHE_MAX texts; each text is parsed by the
 * quantity concern's parser once) and the text of the fixed words
 * (measure, qualifier, period, kind, attribute).  Everything lives in
 * fn_mcxt and goes with it; the caches stop growing when full.
 */
typedef struct extract_query_cache
{
	MemoryContext cxt;			/* fn_mcxt: everything below lives here */
	pe_arena	arena;
	pe_key_cache *keys;
	HTAB	   *quantities;
	text	   *measure[PE_MEASURE_DELTA + 1];
	text	   *qualifier[PE_QUAL_RANGE + 1];
	text	   *period[PE_PERIOD_CUMULATIVE + 1];
	text	   *kind[PE_KIND_TARGET + 1];
	text	   *attribute[PE_ATTR_BINDING + 1];
} extract_query_cache;

static extract_query_cache *
query_cache(FunctionCallInfo fcinfo)
{
	extract_query_cache *c = fcinfo->flinfo ?
		(extract_query_cache *) fcinfo->flinfo->fn_extra : NULL;

	if (c == NULL)
	{
		/* without an FmgrInfo (never from SQL), for this call only */
		MemoryContext cxt = fcinfo->flinfo ? fcinfo->flinfo->fn_mcxt : CurrentMemoryContext;
		MemoryContext old = MemoryContextSwitchTo(cxt);
		HASHCTL		ctl;
		int			k;

		c = (extract_query_cache *) palloc0(sizeof(extract_query_cache));
		c->cxt = cxt;
		plan_arena_init(&c->arena); /* allocates in cxt */
		c->keys = pe_key_cache_create(&c->arena);
		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = QTEXT_MAX;
		ctl.entrysize = sizeof(quantity_entry);
		ctl.hcxt = cxt;
		c->quantities = hash_create("plan_ext quantity cache", 256, &ctl,
									HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
		for (k = 0; k <= PE_MEASURE_DELTA; k++)
			c->measure[k] = cstring_to_text(pe_measure_name((pe_measure) k));
		for (k = 0; k <= PE_QUAL_RANGE; k++)
			c->qualifier[k] = cstring_to_text(pe_qualifier_name(k));
		for (k = 0; k <= PE_PERIOD_CUMULATIVE; k++)
			c->period[k] = cstring_to_text(pe_period_name((pe_period) k));
		for (k = 0; k <= PE_KIND_TARGET; k++)
			c->kind[k] = cstring_to_text(pe_kind_name((pe_kind) k));
		for (k = 0; k <= PE_ATTR_BINDING; k++)
			c->attribute[k] = pe_attribute_name((pe_attribute) k) ?
				cstring_to_text(pe_attribute_name((pe_attribute) k)) : NULL;
		MemoryContextSwitchTo(old);
		if (fcinfo->flinfo)
			fcinfo->flinfo->fn_extra = c;
	}
	return c;
}

/* a typed quantity from its text (pe_quantity_parse), NULL if none */
static PlanQuantity *
parse_quantity(const char *qt)
{
	pe_quantity q;
	size_t		err_off;

	if (pe_quantity_parse(qt, strlen(qt), &q, &err_off) != PE_NUM_OK)
		return NULL;
	return plan_quantity_pack(&q);
}

/*
 * The typed quantity of a canonical text, through the query's cache.
 * The result may live in the cache's context (fn_mcxt): tuplestore_putvalues
 * copies it.
 */
static PlanQuantity *
cached_quantity(extract_query_cache *c, const char *qt)
{
	quantity_entry *e;
	bool		found;
	PlanQuantity *pq;
	MemoryContext old;

	if (strlen(qt) >= QTEXT_MAX - 1)
		return parse_quantity(qt);
	e = (quantity_entry *) hash_search(c->quantities, qt, HASH_FIND, NULL);
	if (e)
		return e->pq;
	if (hash_get_num_entries(c->quantities) >= QCACHE_MAX)
		return parse_quantity(qt);
	/* parse first, then enter: an error never leaves an empty entry */
	old = MemoryContextSwitchTo(c->cxt);
	pq = parse_quantity(qt);
	MemoryContextSwitchTo(old);
	e = (quantity_entry *) hash_search(c->quantities, qt, HASH_ENTER, &found);
	e->pq = pq;
	return pq;
}

static Datum
numeric_datum(const char *s)
{
	return DirectFunctionCall3(numeric_in, CStringGetDatum(s),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

/*
 * The canonical text of a row's quantity, as pe_quantity_parse reads
 * it: '8.5%左右', '35亿元以上', '30多个', '1-3个', '-3%'.  Written into buf (cap
 * bytes) when it fits, else palloc'd.  NULL when the row has no value or
 * no unit.
 */
static char *
quantity_text(const pe_indicator *r, char *buf, size_t cap)
{
	const char *suffix = "";
	int			n;

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
	{
		n = snprintf(buf, cap, "%s%s-%s%s", r->value, r->unit, r->value_max, r->unit);
		return n >= 0 && (size_t) n < cap ? buf :
			psprintf("%s%s-%s%s", r->value, r->unit, r->value_max, r->unit);
	}
	/* 30多个: more than 30, the quantity type's exclusive bound */
	if (r->more_than)
	{
		n = snprintf(buf, cap, "%s多%s", r->value, r->unit);
		return n >= 0 && (size_t) n < cap ? buf : psprintf("%s多%s", r->value, r->unit);
	}
	n = snprintf(buf, cap, "%s%s%s", r->value, r->unit, suffix);
	return n >= 0 && (size_t) n < cap ? buf : psprintf("%s%s%s", r->value, r->unit, suffix);
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
	extract_query_cache *qc;
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

	qc = query_cache(fcinfo);
	plan_arena_init(&arena);
	pe_extract_indicators_cached(VARDATA_ANY(doc), VARSIZE_ANY_EXHDR(doc), report_year,
								 &arena, extract_interrupt, NULL, qc->keys, &res);
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
		char		qbuf[QTEXT_MAX];
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
		values[3] = PointerGetDatum(qc->measure[r->measure]);
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
		values[7] = PointerGetDatum(qc->qualifier[r->qualifier]);
		/* the typed quantity: read by the quantity concern's own parser */
		qt = quantity_text(r, qbuf, sizeof(qbuf));
		nulls[8] = true;
		if (qt)
		{
			PlanQuantity *pq = cached_quantity(qc, qt);

			if (pq)
			{
				values[8] = PointerGetDatum(pq);
				nulls[8] = false;
			}
		}
		if (r->year)
			values[9] = Int32GetDatum(r->year);
		else
			nulls[9] = true;
		values[10] = PointerGetDatum(qc->period[r->period]);
		values[11] = PointerGetDatum(qc->kind[r->kind]);
		if (qc->attribute[r->attribute])
			values[12] = PointerGetDatum(qc->attribute[r->attribute]);
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
