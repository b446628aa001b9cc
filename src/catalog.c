/*-------------------------------------------------------------------------
 *
 * catalog.c
 *	  SQL glue for the indicator catalogue: plan_indicator_key(),
 *	  plan_indicator_normalize() and the rows behind the
 *	  plan_indicator_catalog view.
 *
 * The catalogue is compiled in (src/core/pe_catalog.c), so these
 * functions read no table or setting and are honestly IMMUTABLE.  User
 * aliases live in the plan_indicator_alias table and apply through the
 * STABLE SQL function plan_indicator_key_user() or a join (see
 * docs/compare.md).
 *
 * IDENTIFICATION
 *	  src/catalog.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "pe_catalog.h"
#include "pe_region.h"
#include "plan_ext.h"

/*
 * plan_indicator_region(indicator text, doc_region text) returns text
 *
 * The region an indicator name starts with when it lies below the
 * document's region (广州经济总量 in a 广东省 report -> 广州市), else NULL:
 * plan_extract and plan_compare give such a row that region instead of
 * the document's (src/core/pe_region.c, docs/compare.md).
 */
PG_FUNCTION_INFO_V1(plan_indicator_region);
Datum
plan_indicator_region(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	text	   *doc = PG_GETARG_TEXT_PP(1);
	const char *r;

	plan_require_utf8();
	r = pe_region_subject(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name),
						  VARDATA_ANY(doc), VARSIZE_ANY_EXHDR(doc));
	if (r == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(r));
}

/*
 * plan_indicator_key(name text) returns text
 *
 * The canonical key of an indicator name: a catalogue key such as "gdp"
 * or, for a name the catalogue does not know, "~" followed by the
 * normalised name.  Rules in src/core/pe_catalog.h and docs/compare.md.
 */
PG_FUNCTION_INFO_V1(plan_indicator_key);
Datum
plan_indicator_key(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	size_t		len = VARSIZE_ANY_EXHDR(name);
	size_t		cap = PE_INDICATOR_KEY_BOUND(len);
	char	   *out;
	size_t		n;

	plan_require_utf8();
	out = palloc(cap);
	n = pe_indicator_key(VARDATA_ANY(name), len, out, cap, NULL);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out, (int) n));
}

/*
 * plan_indicator_normalize(name text) returns text
 *
 * The normalised form the key function matches on: full-width folded,
 * Latin letters lower-cased, white space and punctuation removed.
 */
PG_FUNCTION_INFO_V1(plan_indicator_normalize);
Datum
plan_indicator_normalize(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	size_t		len = VARSIZE_ANY_EXHDR(name);
	char	   *out;
	size_t		n;

	plan_require_utf8();
	out = palloc(PE_INDICATOR_KEY_BOUND(len));
	n = pe_indicator_normalize(VARDATA_ANY(name), len, out, PE_INDICATOR_KEY_BOUND(len));
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out, (int) n));
}

/* split a '|'-separated alias list into a text[] (empty list: {}) */
static Datum
alias_array(const char *aliases)
{
	ArrayBuildState *astate = NULL;
	const char *a = aliases;

	astate = initArrayResult(TEXTOID, CurrentMemoryContext, false);
	while (*a)
	{
		const char *bar = strchr(a, '|');
		size_t		al = bar ? (size_t) (bar - a) : strlen(a);

		astate = accumArrayResult(astate,
								  PointerGetDatum(cstring_to_text_with_len(a, (int) al)),
								  false, TEXTOID, CurrentMemoryContext);
		a += al;
		if (*a == '|')
			a++;
	}
	return makeArrayResult(astate, CurrentMemoryContext);
}

/*
 * plan_indicator_catalog_rows() returns setof record
 *
 * One row per compiled-in catalogue entry, in catalogue order:
 * (ord, key, name_zh, name_en, domain, unit, aliases text[], direction).
 * The plan_indicator_catalog view reads it.
 */
PG_FUNCTION_INFO_V1(plan_indicator_catalog_rows);
Datum
plan_indicator_catalog_rows(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			i,
				count = pe_catalog_count();

	InitMaterializedSRF(fcinfo, 0);
	for (i = 0; i < count; i++)
	{
		const pe_indicator_def *d = pe_catalog_entry(i);
		Datum		values[8];
		bool		nulls[8] = {false, false, false, false, false, false, false, false};

		values[0] = Int32GetDatum(i + 1);
		values[1] = CStringGetTextDatum(d->key);
		values[2] = CStringGetTextDatum(d->name_zh);
		values[3] = CStringGetTextDatum(d->name_en);
		values[4] = CStringGetTextDatum(d->domain);
		if (d->unit[0])
			values[5] = CStringGetTextDatum(d->unit);
		else
			nulls[5] = true;
		values[6] = alias_array(d->aliases);
		values[7] = CStringGetTextDatum(pe_catalog_direction(i));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
