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

/*
 * An input value for an error message: in double quotes, whole when it
 * has at most PLAN_QUOTE_CHARS characters, else its first PLAN_QUOTE_CHARS
 * characters (cut on a UTF-8 boundary), "…" and the length in characters:
 * "一二三…" (1000000 characters).  Use as errmsg("...: %s", plan_quote_prefix(s,
 * len)), and add plan_errhide_long(len) so that the server log does not
 * copy a long statement either.
 */
#define PLAN_QUOTE_CHARS 60
#define PLAN_QUOTE_HIDE_STMT 1024
extern char *plan_quote_prefix(const char *s, size_t len);
#define plan_errhide_long(len) errhidestmt((len) > PLAN_QUOTE_HIDE_STMT)

/* a pe_arena backed by palloc in CurrentMemoryContext */
extern void plan_arena_init(pe_arena *arena);

/* icu_util.c */
extern char *plan_icu_normalize(const char *s, int len, int *outlen);

#endif							/* PLAN_EXT_H */
