/*-------------------------------------------------------------------------
 *
 * plan_ext.c
 *	  Module magic, settings (GUCs) and helpers shared by the glue files.
 *
 * IDENTIFICATION
 *	  src/plan_ext.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "mb/pg_wchar.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/guc.h"
#include "utils/memutils.h"

#include "plan_ext.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

double		plan_about_tolerance = 0.5;

void
_PG_init(void)
{
	DefineCustomRealVariable("plan_ext.about_tolerance",
							 "Tolerance, in percent of the target, within which an actual value meets an \"about\" (左右) target.",
							 "plan_quantity_satisfies(actual, target) treats a target of X左右 as met "
							 "when the actual value is at least X minus this many percent of X.",
							 &plan_about_tolerance,
							 0.5, 0.0, 100.0,
							 PGC_USERSET, 0,
							 NULL, NULL, NULL);
	MarkGUCPrefixReserved("plan_ext");
}

void
plan_require_utf8(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("plan_ext requires a UTF8 database, but this database has encoding %s",
						GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8' and use plan_ext there.")));
}

/*
 * Quote an input value for an error message, at most PLAN_QUOTE_CHARS
 * characters of it (see plan_ext.h).  A cut never splits a UTF-8 sequence.
 */
char *
plan_quote_prefix(const char *s, size_t len)
{
	StringInfoData buf;
	size_t		nchars = 0;
	size_t		cut = len;
	size_t		i;

	for (i = 0; i < len; i++)
	{
		if ((i & 0xFFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (((unsigned char) s[i] & 0xC0) == 0x80)
			continue;			/* a continuation byte */
		if (nchars == PLAN_QUOTE_CHARS)
			cut = i;
		nchars++;
	}
	initStringInfo(&buf);
	appendStringInfoChar(&buf, '"');
	appendBinaryStringInfo(&buf, s, (int) cut);
	if (cut < len)
		appendStringInfo(&buf, "…\" (%zu characters)", nchars);
	else
		appendStringInfoChar(&buf, '"');
	return buf.data;
}

static void *
plan_palloc(void *ctx, size_t size)
{
	return MemoryContextAllocHuge((MemoryContext) ctx, size);
}

static void
plan_pfree(void *ctx, void *ptr)
{
	pfree(ptr);
}

/* the core's interrupt hook: lets a cancel or timeout stop a long loop */
static void
plan_interrupt(void *ctx)
{
	(void) ctx;
	CHECK_FOR_INTERRUPTS();
}

/*
 * Back a core arena with palloc in the current memory context, so that an
 * ERROR (or the end of the function call) releases it with the context.
 */
void
plan_arena_init(pe_arena *arena)
{
	pe_allocator a;

	a.alloc = plan_palloc;
	a.release = plan_pfree;
	a.ctx = CurrentMemoryContext;
	pe_arena_init(arena, &a);
	arena->interrupt = plan_interrupt;
}
