/*-------------------------------------------------------------------------
 *
 * quantity_ops.c
 *	  plan_quantity operators: total order (btree), hash, strict
 *	  comparison, arithmetic and plan_quantity_satisfies.
 *
 * The default btree opclass is a total order that never raises: first
 * the dimension (by its fixed order, unknown units last by their word),
 * then the value in the base unit, then the upper end, then the
 * qualifier.  The # operators compare the same way but raise 22000 when
 * the dimensions differ.  See docs/quantity.md.
 *
 * IDENTIFICATION
 *	  src/quantity_ops.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "utils/builtins.h"

#include "plan_ext.h"
#include "plan_quantity.h"

/* compare two arguments with the total order, freeing detoasted copies */
static int
cmp_args(FunctionCallInfo fcinfo, bool strict)
{
	PlanQuantity *a = PG_GETARG_PLAN_QUANTITY_P(0);
	PlanQuantity *b = PG_GETARG_PLAN_QUANTITY_P(1);
	pe_quantity qa,
				qb;
	int			c;

	plan_quantity_unpack(a, &qa);
	plan_quantity_unpack(b, &qb);
	if (strict && !pe_unit_same_dim(&qa.unit, &qb.unit))
	{
		char		da[64],
					db[64];

		pe_unit_dim_name(&qa.unit, da, sizeof(da));
		pe_unit_dim_name(&qb.unit, db, sizeof(db));
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("cannot compare plan quantities of different dimensions"),
				 errdetail("Left is %s (%s), right is %s (%s).",
						   plan_quantity_to_cstring(&qa), da,
						   plan_quantity_to_cstring(&qb), db),
				 errhint("Use the ordinary comparison operators for a total order across dimensions.")));
	}
	c = pe_quantity_cmp(&qa, &qb);
	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	return c;
}

/* btree support: total order, never raises */
PG_FUNCTION_INFO_V1(plan_quantity_cmp);
Datum
plan_quantity_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(cmp_args(fcinfo, false));
}

PG_FUNCTION_INFO_V1(plan_quantity_eq);
Datum
plan_quantity_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo, false) == 0);
}

PG_FUNCTION_INFO_V1(plan_quantity_ne);
Datum
plan_quantity_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo, false) != 0);
}

PG_FUNCTION_INFO_V1(plan_quantity_lt);
Datum
plan_quantity_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo, false) < 0);
}

PG_FUNCTION_INFO_V1(plan_quantity_le);
Datum
plan_quantity_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo, false) <= 0);
}

PG_FUNCTION_INFO_V1(plan_quantity_gt);
Datum
plan_quantity_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo, false) > 0);
}

PG_FUNCTION_INFO_V1(plan_quantity_ge);
Datum
plan_quantity_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo, false) >= 0);
}

/* strict comparison: 22000 on a dimension mismatch */
PG_FUNCTION_INFO_V1(plan_quantity_cmp_strict);
Datum
plan_quantity_cmp_strict(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(cmp_args(fcinfo, true));
}

PG_FUNCTION_INFO_V1(plan_quantity_eq_strict);
Datum
plan_quantity_eq_strict(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo, true) == 0);
}

PG_FUNCTION_INFO_V1(plan_quantity_ne_strict);
Datum
plan_quantity_ne_strict(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo, true) != 0);
}

PG_FUNCTION_INFO_V1(plan_quantity_lt_strict);
Datum
plan_quantity_lt_strict(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo, true) < 0);
}

PG_FUNCTION_INFO_V1(plan_quantity_le_strict);
Datum
plan_quantity_le_strict(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo, true) <= 0);
}

PG_FUNCTION_INFO_V1(plan_quantity_gt_strict);
Datum
plan_quantity_gt_strict(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo, true) > 0);
}

PG_FUNCTION_INFO_V1(plan_quantity_ge_strict);
Datum
plan_quantity_ge_strict(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo, true) >= 0);
}

/*
 * Hash consistent with =: the dimension, the base values reduced modulo
 * a prime (equal rationals give equal residues, whatever unit, magnitude
 * or trailing zeros they were written with) and the qualifier rank.
 */
PG_FUNCTION_INFO_V1(plan_quantity_hash);
Datum
plan_quantity_hash(PG_FUNCTION_ARGS)
{
	PlanQuantity *a = PG_GETARG_PLAN_QUANTITY_P(0);
	pe_quantity q;
	uint32		h;

	plan_quantity_unpack(a, &q);
	h = pe_quantity_hash(&q);
	PG_FREE_IF_COPY(a, 0);
	PG_RETURN_INT32((int32) h);
}

/* ------------------------------------------------------------------ */
/* arithmetic														  */
/* ------------------------------------------------------------------ */

static void
arith_error(int rc, const pe_quantity *a, const pe_quantity *b, const char *op)
{
	if (rc == PE_NUM_ESYNTAX)
	{
		char		da[64],
					db[64];

		pe_unit_dim_name(&a->unit, da, sizeof(da));
		pe_unit_dim_name(&b->unit, db, sizeof(db));
		if (!pe_unit_same_dim(&a->unit, &b->unit))
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("cannot %s plan quantities of different dimensions", op),
					 errdetail("Left is %s (%s), right is %s (%s).",
							   plan_quantity_to_cstring(a), da,
							   plan_quantity_to_cstring(b), db)));
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("cannot %s plan quantities with these qualifiers", op),
				 errdetail("Left is %s, right is %s.",
						   plan_quantity_to_cstring(a), plan_quantity_to_cstring(b)),
				 errhint("One side must be exact, or both must be ranges.")));
	}
	plan_num_error(rc, plan_quantity_to_cstring(a));
}

static Datum
addsub(FunctionCallInfo fcinfo, bool sub)
{
	pe_quantity a,
				b,
				r;
	int			rc;

	plan_quantity_unpack(PG_GETARG_PLAN_QUANTITY_P(0), &a);
	plan_quantity_unpack(PG_GETARG_PLAN_QUANTITY_P(1), &b);
	rc = sub ? pe_quantity_sub(&a, &b, &r) : pe_quantity_add(&a, &b, &r);
	if (rc != PE_NUM_OK)
		arith_error(rc, &a, &b, sub ? "subtract" : "add");
	PG_RETURN_PLAN_QUANTITY_P(plan_quantity_pack(&r));
}

/* a + b: same dimension (or % + 个百分点), result in a's unit */
PG_FUNCTION_INFO_V1(plan_quantity_add);
Datum
plan_quantity_add(PG_FUNCTION_ARGS)
{
	return addsub(fcinfo, false);
}

/* a - b: same dimension; % - % gives 个百分点 */
PG_FUNCTION_INFO_V1(plan_quantity_sub);
Datum
plan_quantity_sub(PG_FUNCTION_ARGS)
{
	return addsub(fcinfo, true);
}

static Datum
muldiv(FunctionCallInfo fcinfo, int qarg, bool div)
{
	pe_quantity q,
				r;
	pe_num		n;
	int			rc;

	plan_quantity_unpack(PG_GETARG_PLAN_QUANTITY_P(qarg), &q);
	plan_numeric_to_num(PG_GETARG_DATUM(1 - qarg), &n);
	rc = div ? pe_quantity_div(&q, &n, &r) : pe_quantity_mul(&q, &n, &r);
	if (rc != PE_NUM_OK)
		plan_num_error(rc, plan_quantity_to_cstring(&q));
	PG_RETURN_PLAN_QUANTITY_P(plan_quantity_pack(&r));
}

/* q * n */
PG_FUNCTION_INFO_V1(plan_quantity_mul);
Datum
plan_quantity_mul(PG_FUNCTION_ARGS)
{
	return muldiv(fcinfo, 0, false);
}

/* n * q */
PG_FUNCTION_INFO_V1(plan_quantity_mul_rev);
Datum
plan_quantity_mul_rev(PG_FUNCTION_ARGS)
{
	return muldiv(fcinfo, 1, false);
}

/* q / n */
PG_FUNCTION_INFO_V1(plan_quantity_div);
Datum
plan_quantity_div(PG_FUNCTION_ARGS)
{
	return muldiv(fcinfo, 0, true);
}

/*
 * plan_quantity_satisfies(actual, target) returns boolean
 *
 * true when the actual value surely meets the target, false when it
 * surely does not, NULL when the dimensions differ or an open-ended
 * actual (3000多人) cannot decide.  An about (左右) target allows the
 * tolerance plan_ext.about_tolerance (percent of the target) below it;
 * reading that setting is why the SQL function is STABLE, not IMMUTABLE.
 */
PG_FUNCTION_INFO_V1(plan_quantity_satisfies);
Datum
plan_quantity_satisfies(PG_FUNCTION_ARGS)
{
	pe_quantity a,
				t;
	int			r;
	int64		tol_micro;

	plan_quantity_unpack(PG_GETARG_PLAN_QUANTITY_P(0), &a);
	plan_quantity_unpack(PG_GETARG_PLAN_QUANTITY_P(1), &t);
	tol_micro = (int64) llround(plan_about_tolerance * 1000000.0);
	r = pe_quantity_satisfies(&a, &t, tol_micro);
	if (r < 0)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(r == 1);
}
