/*-------------------------------------------------------------------------
 *
 * plan_quantity.h
 *	  On-disk layout of plan_quantity and helpers shared by the glue files
 *	  numeral.c, quantity_io.c and quantity_ops.c.
 *
 * IDENTIFICATION
 *	  src/plan_quantity.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PLAN_QUANTITY_H
#define PLAN_QUANTITY_H

#include "fmgr.h"
#include "pe_number.h"
#include "pe_quantity.h"

#define PLAN_QUANTITY_VERSION 1

/*----------
 * plan_quantity is a varlena (ALIGNMENT = double, STORAGE = plain):
 *
 *	 header, layout version, qualifier, bound, the qualifier words and
 *	 range separator as written, flags, unit catalogue entry (stable
 *	 numbers, see pe_units.c), magnitude prefix, value and upper end as
 *	 exact coef * 10^exp / den, then the unit as written (no NUL).
 *----------
 */
typedef struct PlanQuantity
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		version;
	uint8		qual;
	uint8		bound;
	uint8		prefix;
	uint8		suffix;
	uint8		count_word;
	uint8		rangesep;
	uint8		flags;
	int16		entry;
	int8		mag;
	uint8		mag_len;
	int32		exp_lo;
	int32		exp_hi;
	int64		coef_lo;
	int64		den_lo;
	int64		coef_hi;
	int64		den_hi;
	char		unit[FLEXIBLE_ARRAY_MEMBER];
} PlanQuantity;

#define PLAN_QUANTITY_HDRSZ offsetof(PlanQuantity, unit)

#define DatumGetPlanQuantityP(X)	((PlanQuantity *) PG_DETOAST_DATUM(X))
#define PG_GETARG_PLAN_QUANTITY_P(n) DatumGetPlanQuantityP(PG_GETARG_DATUM(n))
#define PG_RETURN_PLAN_QUANTITY_P(x) PG_RETURN_POINTER(x)

/* quantity_io.c */
extern PlanQuantity *plan_quantity_pack(const pe_quantity *q);
extern void plan_quantity_unpack(const PlanQuantity *pq, pe_quantity *q);
extern PlanQuantity *plan_quantity_from_text(const char *s, size_t len);
extern char *plan_quantity_to_cstring(const pe_quantity *q);

/* numeral.c */
extern Datum plan_num_to_numeric(const pe_num *n);
extern void plan_numeric_to_num(Datum numeric, pe_num *out);
extern void plan_num_error(int status, const char *what);

#endif							/* PLAN_QUANTITY_H */
