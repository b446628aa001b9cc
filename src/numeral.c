/*-------------------------------------------------------------------------
 *
 * numeral.c
 *	  plan_number(text): Chinese and Arabic numerals as exact numeric, and
 *	  the pe_num <-> numeric conversions used by the quantity glue.
 *
 * IDENTIFICATION
 *	  src/numeral.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "plan_ext.h"
#include "plan_quantity.h"

/*
 * Exact pe_num -> numeric.  The numerator is an exact decimal; fractions
 * (den > 1) are divided with numeric division (its usual result scale).
 */
Datum
plan_num_to_numeric(const pe_num *n)
{
	char		buf[PE_NUM_FORMAT_MAX];
	Datum		num;

	pe_num_format_numerator(n, buf, sizeof(buf));
	num = DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							  ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
	if (n->den > 1)
		num = DirectFunctionCall2(numeric_div, num,
								  NumericGetDatum(int64_to_numeric(n->den)));
	return num;
}

/*
 * numeric -> pe_num, exactly (the numeric's scale is kept); raises
 * numeric_value_out_of_range when it does not fit 18 significant digits.
 */
void
plan_numeric_to_num(Datum numeric, pe_num *out)
{
	Numeric		n = DatumGetNumeric(numeric);
	char	   *s;
	int			rc;

	if (numeric_is_nan(n) || numeric_is_inf(n))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a plan quantity cannot be combined with NaN or infinity")));
	s = DatumGetCString(DirectFunctionCall1(numeric_out, numeric));
	rc = pe_num_from_decimal(s, strlen(s), out);
	if (rc != PE_NUM_OK)
		plan_num_error(rc, s);
}

/* one place that turns a core status into an ERROR */
void
plan_num_error(int status, const char *what)
{
	switch (status)
	{
		case PE_NUM_OK:
			return;
		case PE_NUM_EDIVZERO:
			ereport(ERROR,
					(errcode(ERRCODE_DIVISION_BY_ZERO),
					 errmsg("division by zero")));
			break;
		case PE_NUM_EOVERFLOW:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value out of range for a plan quantity: %s",
							plan_quote_prefix(what, strlen(what))),
					 errdetail("Values keep at most 18 significant digits and a decimal exponent between -60 and 60.")));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid number: %s", plan_quote_prefix(what, strlen(what))),
					 plan_errhide_long(strlen(what))));
	}
}

/*
 * plan_number(numeral text) returns numeric
 *
 * Reads one numeral: Arabic (1,234.5, full-width digits), Chinese
 * (一千二百三十四万, 两, 〇, 十五点七, 一万三), financial (壹佰贰拾叁),
 * mixed (1.2万, 4.78万亿), fractions (三分之一, 2/3), 百分之五, 千分之三,
 * 七成, 翻两番, optionally followed by % or ‰.  Raises 22P02 naming the
 * text when it is not exactly one numeral, 22003 when it is too large.
 */
PG_FUNCTION_INFO_V1(plan_number);
Datum
plan_number(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(t);
	size_t		len = VARSIZE_ANY_EXHDR(t);
	pe_num		n;
	int			rc;

	plan_require_utf8();
	rc = pe_number_parse(s, len, &n);
	if (rc == PE_NUM_EOVERFLOW)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("plan number out of range: %s", plan_quote_prefix(s, len)),
				 plan_errhide_long(len),
				 errdetail("Numbers keep at most 18 significant digits.")));
	if (rc != PE_NUM_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid plan number: %s", plan_quote_prefix(s, len)),
				 plan_errhide_long(len),
				 errhint("Write one numeral such as 1,234.5, 一千二百三十四, 1.2万, 三分之一 or 百分之五.")));
	PG_RETURN_DATUM(plan_num_to_numeric(&n));
}
