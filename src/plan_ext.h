/*-------------------------------------------------------------------------
 *
 * plan_ext.h
 *	  Declarations shared by the PostgreSQL glue files of plan_ext.
 *
 * IDENTIFICATION
 *	  src/plan_ext.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PLAN_EXT_H
#define PLAN_EXT_H

#include "fmgr.h"
#include "pe_arena.h"

#if PG_VERSION_NUM < 150001
#define InitMaterializedSRF(fcinfo, flags) SetSingleFuncCall(fcinfo, flags)
#endif

/* plan_ext.c */
extern double plan_about_tolerance;		/* GUC plan_ext.about_tolerance */

/* raise feature_not_supported unless the database encoding is UTF8 */
extern void plan_require_utf8(void);

/* a pe_arena backed by palloc in CurrentMemoryContext */
extern void plan_arena_init(pe_arena *arena);

/* icu_util.c */
extern char *plan_icu_normalize(const char *s, int len, int *outlen);

#endif							/* PLAN_EXT_H */
