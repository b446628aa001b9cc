/*-------------------------------------------------------------------------
 *
 * quantity_io.c
 *	  The plan_quantity type: text and binary I/O, accessors, conversion,
 *	  the unit catalogue as a set-returning function and a scanner over
 *	  running text.
 *
 * IDENTIFICATION
 *	  src/quantity_io.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "pe_utf8.h"
#include "plan_ext.h"
#include "plan_quantity.h"

/* ------------------------------------------------------------------ */
/* packing															  */
/* ------------------------------------------------------------------ */

PlanQuantity *
plan_quantity_pack(const pe_quantity *q)
{
	size_t		sz = PLAN_QUANTITY_HDRSZ + q->unit.len;
	PlanQuantity *pq = (PlanQuantity *) palloc0(sz);

	SET_VARSIZE(pq, sz);
	pq->version = PLAN_QUANTITY_VERSION;
	pq->qual = q->qual;
	pq->bound = q->bound;
	pq->prefix = q->prefix;
	pq->suffix = q->suffix;
	pq->count_word = q->count_word;
	pq->rangesep = q->rangesep;
	pq->flags = q->flags;
	pq->entry = q->unit.entry;
	pq->mag = q->unit.mag;
	pq->mag_len = q->unit.mag_len;
	pq->coef_lo = q->value.coef;
	pq->exp_lo = q->value.exp;
	pq->den_lo = q->value.den;
	pq->coef_hi = q->value_max.coef;
	pq->exp_hi = q->value_max.exp;
	pq->den_hi = q->value_max.den;
	memcpy(pq->unit, q->unit.text, q->unit.len);
	return pq;
}

void
plan_quantity_unpack(const PlanQuantity *pq, pe_quantity *q)
{
	size_t		ulen = VARSIZE(pq) - PLAN_QUANTITY_HDRSZ;
	size_t		ncat;
	const pe_unit_def *cat = pe_unit_catalogue(&ncat);

	if (pq->version != PLAN_QUANTITY_VERSION || ulen > PE_UNIT_TEXT_MAX ||
		(pq->entry >= 0 && (size_t) pq->entry >= ncat) || pq->entry < PE_UNIT_MAGNITUDE)
		elog(ERROR, "corrupt plan_quantity value");
	memset(q, 0, sizeof(*q));
	q->qual = pq->qual;
	q->bound = pq->bound;
	q->prefix = pq->prefix;
	q->suffix = pq->suffix;
	q->count_word = pq->count_word;
	q->rangesep = pq->rangesep;
	q->flags = pq->flags;
	q->value.coef = pq->coef_lo;
	q->value.exp = pq->exp_lo;
	q->value.den = pq->den_lo;
	q->value_max.coef = pq->coef_hi;
	q->value_max.exp = pq->exp_hi;
	q->value_max.den = pq->den_hi;
	q->unit.entry = pq->entry;
	q->unit.mag = pq->mag;
	q->unit.mag_len = pq->mag_len;
	q->unit.len = (uint8) ulen;
	memcpy(q->unit.text, pq->unit, ulen);
	q->unit.text[ulen] = '\0';
	if (pq->entry >= 0)
		q->unit.dim = cat[pq->entry].dim;
	else if (pq->entry == PE_UNIT_UNKNOWN)
		q->unit.dim = PE_DIM_UNKNOWN;
	else
		q->unit.dim = PE_DIM_NUMBER;
}

char *
plan_quantity_to_cstring(const pe_quantity *q)
{
	char		buf[512];
	size_t		n = pe_quantity_format(q, buf, sizeof(buf));

	if (n >= sizeof(buf))
	{
		char	   *big = palloc(n + 1);

		pe_quantity_format(q, big, n + 1);
		return big;
	}
	return pstrdup(buf);
}

/* the one place that reports a quantity that cannot be read */
static void
quantity_syntax_error(const char *s, size_t len, size_t err_off, int rc)
{
	char	   *str = plan_quote_prefix(s, len);

	if (rc == PE_NUM_EOVERFLOW)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value out of range for type plan_quantity: %s", str),
				 errdetail("Values keep at most 18 significant digits, also after conversion to the base unit."),
				 plan_errhide_long(len)));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type plan_quantity: %s", str),
			 plan_errhide_long(len),
			 errdetail("Could not read the text from character %d on.",
					   (int) pe_utf8_count(s, err_off < len ? err_off : len) + 1),
			 errhint("Write a number with an optional unit and qualifiers, for example 8.5%%左右, 35亿元以上, 6%%-6.5%% or 不低于7.5%%.")));
}

PlanQuantity *
plan_quantity_from_text(const char *s, size_t len)
{
	pe_quantity q;
	size_t		err_off;
	int			rc;

	rc = pe_quantity_parse(s, len, &q, &err_off);
	if (rc != PE_NUM_OK)
		quantity_syntax_error(s, len, err_off, rc);
	return plan_quantity_pack(&q);
}

/* ------------------------------------------------------------------ */
/* type I/O															  */
/* ------------------------------------------------------------------ */

/*
 * plan_quantity_in(cstring): one quantity as written in plan text,
 * '8.5%左右', '35亿元以上', '6%-6.5%', '不低于7.5%', '3000多人'.
 */
PG_FUNCTION_INFO_V1(plan_quantity_in);
Datum
plan_quantity_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);

	plan_require_utf8();
	PG_RETURN_PLAN_QUANTITY_P(plan_quantity_from_text(s, strlen(s)));
}

/* plan_quantity_out: the canonical text, which plan_quantity_in reads back */
PG_FUNCTION_INFO_V1(plan_quantity_out);
Datum
plan_quantity_out(PG_FUNCTION_ARGS)
{
	PlanQuantity *pq = PG_GETARG_PLAN_QUANTITY_P(0);
	pe_quantity q;

	plan_quantity_unpack(pq, &q);
	PG_RETURN_CSTRING(plan_quantity_to_cstring(&q));
}

/*
 * Binary format: a version byte (1) and the canonical text.  recv parses
 * that text with the same parser as input, so it validates exactly as
 * strictly as plan_quantity_in.
 */
PG_FUNCTION_INFO_V1(plan_quantity_recv);
Datum
plan_quantity_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version = pq_getmsgbyte(buf);
	char	   *s;
	int			nbytes;

	plan_require_utf8();
	if (version != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary format version %d for type plan_quantity", version)));
	s = pq_getmsgtext(buf, buf->len - buf->cursor, &nbytes);
	PG_RETURN_PLAN_QUANTITY_P(plan_quantity_from_text(s, nbytes));
}

PG_FUNCTION_INFO_V1(plan_quantity_send);
Datum
plan_quantity_send(PG_FUNCTION_ARGS)
{
	PlanQuantity *pq = PG_GETARG_PLAN_QUANTITY_P(0);
	pe_quantity q;
	StringInfoData buf;
	char	   *s;

	plan_quantity_unpack(pq, &q);
	s = plan_quantity_to_cstring(&q);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, 1);
	pq_sendtext(&buf, s, strlen(s));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ------------------------------------------------------------------ */
/* accessors (plain types for BI tools)								  */
/* ------------------------------------------------------------------ */

#define UNPACK_ARG(n, q) \
	do { PlanQuantity *pq_ = PG_GETARG_PLAN_QUANTITY_P(n); plan_quantity_unpack(pq_, (q)); } while (0)

/* plan_quantity_value(q): the number in the unit as written (lower end) */
PG_FUNCTION_INFO_V1(plan_quantity_value);
Datum
plan_quantity_value(PG_FUNCTION_ARGS)
{
	pe_quantity q;

	UNPACK_ARG(0, &q);
	PG_RETURN_DATUM(plan_num_to_numeric(&q.value));
}

/* plan_quantity_value_max(q): upper end of a range, NULL otherwise */
PG_FUNCTION_INFO_V1(plan_quantity_value_max);
Datum
plan_quantity_value_max(PG_FUNCTION_ARGS)
{
	pe_quantity q;

	UNPACK_ARG(0, &q);
	if (q.qual != PE_QUAL_RANGE)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(plan_num_to_numeric(&q.value_max));
}

/* plan_quantity_unit(q): the unit as written ('亿元'), NULL without unit */
PG_FUNCTION_INFO_V1(plan_quantity_unit);
Datum
plan_quantity_unit(PG_FUNCTION_ARGS)
{
	pe_quantity q;

	UNPACK_ARG(0, &q);
	if (q.unit.len == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text_with_len(q.unit.text, q.unit.len));
}

/* plan_quantity_qualifier(q): exact, about, at_least, at_most or range */
PG_FUNCTION_INFO_V1(plan_quantity_qualifier);
Datum
plan_quantity_qualifier(PG_FUNCTION_ARGS)
{
	pe_quantity q;

	UNPACK_ARG(0, &q);
	PG_RETURN_TEXT_P(cstring_to_text(pe_qualifier_name(q.qual)));
}

/*
 * plan_quantity_inclusive(q): does the bound include the number?  true for
 * 以上/以下/以内/不低于/ranges, false for 超过/不满/不到/多; NULL for exact
 * and about.
 */
PG_FUNCTION_INFO_V1(plan_quantity_inclusive);
Datum
plan_quantity_inclusive(PG_FUNCTION_ARGS)
{
	pe_quantity q;

	UNPACK_ARG(0, &q);
	if (q.qual == PE_QUAL_EXACT || q.qual == PE_QUAL_ABOUT)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(q.bound == PE_BOUND_INCLUSIVE);
}

/* plan_quantity_dimension(q): money, mass, percent, count:个, unit:株, ... */
PG_FUNCTION_INFO_V1(plan_quantity_dimension);
Datum
plan_quantity_dimension(PG_FUNCTION_ARGS)
{
	pe_quantity q;
	char		buf[PE_UNIT_TEXT_MAX + 16];

	UNPACK_ARG(0, &q);
	pe_unit_dim_name(&q.unit, buf, sizeof(buf));
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

/* the dimension's base unit as text ('元', '吨'); NULL for unknown units */
static text *
base_unit_text(const pe_quantity *q)
{
	if (q->unit.dim == PE_DIM_UNKNOWN)
		return cstring_to_text_with_len(q->unit.text + q->unit.mag_len,
										q->unit.len - q->unit.mag_len);
	if (q->unit.dim == PE_DIM_NUMBER)
		return NULL;
	return cstring_to_text(pe_dim_base_unit(q->unit.dim));
}

/* plan_quantity_base_unit(q): 元 for 亿元, 吨 for 万吨, 株 for 万株 */
PG_FUNCTION_INFO_V1(plan_quantity_base_unit);
Datum
plan_quantity_base_unit(PG_FUNCTION_ARGS)
{
	pe_quantity q;
	text	   *t;

	UNPACK_ARG(0, &q);
	t = base_unit_text(&q);
	if (t == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(t);
}

/* plan_quantity_base_value(q): the value in the base unit (105.8亿元 -> 10580000000) */
PG_FUNCTION_INFO_V1(plan_quantity_base_value);
Datum
plan_quantity_base_value(PG_FUNCTION_ARGS)
{
	pe_quantity q;
	pe_num		lo,
				hi;

	UNPACK_ARG(0, &q);
	plan_num_error(pe_quantity_base(&q, &lo, &hi), q.unit.text);
	PG_RETURN_DATUM(plan_num_to_numeric(&lo));
}

/* plan_quantity_base_value_max(q): upper end of a range in the base unit */
PG_FUNCTION_INFO_V1(plan_quantity_base_value_max);
Datum
plan_quantity_base_value_max(PG_FUNCTION_ARGS)
{
	pe_quantity q;
	pe_num		lo,
				hi;

	UNPACK_ARG(0, &q);
	if (q.qual != PE_QUAL_RANGE)
		PG_RETURN_NULL();
	plan_num_error(pe_quantity_base(&q, &lo, &hi), q.unit.text);
	PG_RETURN_DATUM(plan_num_to_numeric(&hi));
}

/* look a unit up for plan_quantity_to / plan_quantity(numeric, text) */
static void
unit_arg(text *t, pe_unit *u)
{
	const char *s = VARDATA_ANY(t);
	size_t		len = VARSIZE_ANY_EXHDR(t);

	if (pe_unit_lookup(s, len, u) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid unit: %s", plan_quote_prefix(s, len)),
				 plan_errhide_long(len),
				 errhint("A unit is a word such as 万元, 亿千瓦时, %%, 个百分点 or 株, without digits or spaces.")));
}

/*
 * plan_quantity_to(q, unit text): the same amount in another unit of the
 * same dimension, exactly ('105.8亿元' -> '1058000万元').  The qualifier
 * and its words are kept.  22000 when the dimensions differ.
 */
PG_FUNCTION_INFO_V1(plan_quantity_to);
Datum
plan_quantity_to(PG_FUNCTION_ARGS)
{
	pe_quantity q,
				r;
	pe_unit		u;
	int			rc;

	UNPACK_ARG(0, &q);
	plan_require_utf8();
	unit_arg(PG_GETARG_TEXT_PP(1), &u);
	rc = pe_quantity_convert(&q, &u, &r);
	if (rc == PE_NUM_ESYNTAX)
	{
		char		da[64],
					db[64];
		pe_unit_dim_name(&q.unit, da, sizeof(da));
		pe_unit_dim_name(&u, db, sizeof(db));
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("cannot convert a plan quantity to a unit of another dimension"),
				 errdetail("%s is %s, %s is %s.",
						   plan_quote_prefix(q.unit.text, strlen(q.unit.text)), da,
						   plan_quote_prefix(u.text, strlen(u.text)), db)));
	}
	plan_num_error(rc, q.unit.text);
	PG_RETURN_PLAN_QUANTITY_P(plan_quantity_pack(&r));
}

/*
 * plan_quantity(value numeric, unit text): an exact quantity built from
 * plain columns ('10.5', '亿元').  unit may be NULL-free empty text for a
 * bare number.
 */
PG_FUNCTION_INFO_V1(plan_quantity_make);
Datum
plan_quantity_make(PG_FUNCTION_ARGS)
{
	pe_quantity q;
	pe_num		lo,
				hi;

	plan_require_utf8();
	memset(&q, 0, sizeof(q));
	plan_numeric_to_num(PG_GETARG_DATUM(0), &q.value);
	q.value_max = q.value;
	unit_arg(PG_GETARG_TEXT_PP(1), &q.unit);
	q.qual = PE_QUAL_EXACT;
	plan_num_error(pe_quantity_base(&q, &lo, &hi), q.unit.text);
	PG_RETURN_PLAN_QUANTITY_P(plan_quantity_pack(&q));
}

/* ------------------------------------------------------------------ */
/* set-returning functions											  */
/* ------------------------------------------------------------------ */

/*
 * plan_units(): the compiled-in catalogue, one row per written form:
 * unit, dimension, base_unit, scale (exact numeric), magnitude (万/亿
 * prefixes allowed), classifier, alias.
 */
PG_FUNCTION_INFO_V1(plan_units);
Datum
plan_units(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	size_t		n,
				k;
	const pe_unit_def *cat = pe_unit_catalogue(&n);

	InitMaterializedSRF(fcinfo, 0);
	for (k = 0; k < n; k++)
	{
		Datum		values[8];
		bool		nulls[8] = {0};
		pe_unit		u;
		pe_num		sc;
		char		dim[64];

		(void) pe_unit_lookup(cat[k].name, cat[k].len, &u);
		pe_unit_dim_name(&u, dim, sizeof(dim));
		pe_num_zero(&sc);
		sc.coef = cat[k].scale_coef;
		sc.exp = cat[k].scale_exp;
		sc.den = cat[k].scale_den;
		values[0] = Int32GetDatum((int32) k);
		values[1] = PointerGetDatum(cstring_to_text(cat[k].name));
		values[2] = PointerGetDatum(cstring_to_text(dim));
		values[3] = PointerGetDatum(cstring_to_text(pe_dim_base_unit(cat[k].dim)));
		values[4] = plan_num_to_numeric(&sc);
		values[5] = BoolGetDatum((cat[k].flags & PE_UDEF_MAG) != 0);
		values[6] = BoolGetDatum((cat[k].flags & PE_UDEF_CLASSIFIER) != 0);
		values[7] = BoolGetDatum((cat[k].flags & PE_UDEF_ALIAS) != 0);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* code points after which a quantity cannot start (inside a number/word) */
static bool
continues_token(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19) ||
		(cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || cp == '.' ||
		cp == ',' || cp == '/' || cp == 0xFF0E;
}

/*
 * plan_quantity_scan(doc text): every quantity in running text, with its
 * 1-based character positions (raw = substr(doc, start_pos, end_pos -
 * start_pos)).  A single Chinese digit without a unit (一是, 一批) and
 * numerals inside fixed words (统一, 十四五) are skipped.  This is the raw
 * core scanner; plan indicator extraction builds on it.
 */
PG_FUNCTION_INFO_V1(plan_quantity_scan);
Datum
plan_quantity_scan(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *doc = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(doc);
	size_t		len = VARSIZE_ANY_EXHDR(doc);
	size_t		i = 0;
	uint32_t	prev = 0;
	pe_pos_map	pm;
	int			ord = 0;
	unsigned	iter = 0;

	plan_require_utf8();
	InitMaterializedSRF(fcinfo, 0);
	pe_utf8_pos_init(&pm, s, len);
	while (i < len)
	{
		size_t		j = i;
		uint32_t	cp;
		pe_quantity q;
		size_t		n = 0;

		if ((++iter & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
		cp = pe_utf8_next(s, len, &j);
		if (!continues_token(prev))
			n = pe_quantity_scan(s + i, len - i, &q);
		if (n > 0)
		{
			pe_num		chk;
			size_t		numpos = i + q.span_value.off;
			bool		keep = true;

			/* the number must not sit inside a fixed word */
			if (pe_number_scan_in(s, len, numpos, &chk) == 0)
				keep = false;
			else if ((chk.flags & PE_NUMF_LONE_HAN) && q.unit.len == 0)
				keep = false;
			if (keep)
			{
				Datum		values[5];
				bool		nulls[5] = {0};
				size_t		a = pe_utf8_pos_at(&pm, i);
				size_t		b = pe_utf8_pos_at(&pm, i + n);

				values[0] = Int32GetDatum(++ord);
				values[1] = Int32GetDatum((int32) a + 1);
				values[2] = Int32GetDatum((int32) b + 1);
				values[3] = PointerGetDatum(cstring_to_text_with_len(s + i, n));
				values[4] = PointerGetDatum(plan_quantity_pack(&q));
				tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
				j = i + n;
				{
					size_t		k = j;

					prev = pe_utf8_prev(s, &k);
				}
				i = j;
				continue;
			}
		}
		prev = cp;
		i = j;
	}
	return (Datum) 0;
}
