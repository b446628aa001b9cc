/*-------------------------------------------------------------------------
 *
 * user_words.c
 *	  The user dictionary: words from the table plan_user_words, kept in
 *	  each backend as a trie and refreshed when the table changes.
 *
 * A statement-level trigger on plan_user_words calls
 * plan_user_words_changed(), which queues a relcache invalidation of the
 * table.  PostgreSQL delivers it at commit to every backend (and at once
 * to the changing backend itself); our relcache callback only marks the
 * in-memory word set stale, and the next segmentation in that backend
 * reloads it with one SPI query.  No reconnect, no superuser, no polling.
 *
 * IDENTIFICATION
 *	  src/user_words.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"

#include "plan_ext.h"
#include "ts_search.h"

static bool uw_callback_registered = false;
static bool uw_valid = false;
static Oid	uw_relid = InvalidOid;
static MemoryContext uw_context = NULL;
static pe_trie uw_trie;
static pe_lexset uw_lexset;

/* relcache callback: forget the word set when plan_user_words changed */
static void
uw_relcache_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == uw_relid)
		uw_valid = false;
}

static void *
uw_alloc(void *ctx, size_t size)
{
	return MemoryContextAllocHuge((MemoryContext) ctx, size);
}

static void
uw_release(void *ctx, void *ptr)
{
	pfree(ptr);
}

/*
 * Read plan_user_words (in the extension's schema) and build the trie in
 * a fresh long-lived memory context.  When the table does not exist
 * (during CREATE EXTENSION, or after someone dropped it) the set is empty.
 */
static void
uw_reload(void)
{
	MemoryContext newcxt,
				oldcxt;
	pe_allocator al;
	pe_arena	arena;
	const char **words = NULL;
	size_t	   *lens = NULL;
	uint64		n = 0,
				i;
	Oid			relid = InvalidOid;
	int			ret;

	newcxt = AllocSetContextCreate(TopMemoryContext, "plan_ext user words",
								   ALLOCSET_SMALL_SIZES);
	PG_TRY();
	{

	if ((ret = SPI_connect()) != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed: %s", SPI_result_code_string(ret));
	ret = SPI_execute("SELECT c.oid FROM pg_catalog.pg_class c "
					  "JOIN pg_catalog.pg_extension e ON c.relnamespace OPERATOR(pg_catalog.=) e.extnamespace "
					  "WHERE e.extname OPERATOR(pg_catalog.=) 'plan_ext' "
					  "AND c.relname OPERATOR(pg_catalog.=) 'plan_user_words'",
					  true, 1);
	if (ret == SPI_OK_SELECT && SPI_processed == 1)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

		if (!isnull)
			relid = DatumGetObjectId(d);
	}
	if (OidIsValid(relid))
	{
		char	   *nsp = get_namespace_name(get_rel_namespace(relid));
		char	   *rel = get_rel_name(relid);

		if (nsp != NULL && rel != NULL)
		{
			char	   *q = psprintf("SELECT word FROM %s WHERE word IS NOT NULL",
									 quote_qualified_identifier(nsp, rel));

			ret = SPI_execute(q, true, 0);
			if (ret != SPI_OK_SELECT)
				elog(ERROR, "reading plan_user_words failed: %s", SPI_result_code_string(ret));
			n = SPI_processed;
			oldcxt = MemoryContextSwitchTo(newcxt);
			words = palloc(sizeof(char *) * (n + 1));
			lens = palloc(sizeof(size_t) * (n + 1));
			for (i = 0; i < n; i++)
			{
				bool		isnull;
				Datum		d = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull);
				text	   *t;

				if (isnull)
				{
					words[i] = "";
					lens[i] = 0;
					continue;
				}
				t = DatumGetTextPP(d);
				lens[i] = VARSIZE_ANY_EXHDR(t);
				words[i] = pnstrdup(VARDATA_ANY(t), lens[i]);
			}
			MemoryContextSwitchTo(oldcxt);
		}
	}
	SPI_finish();

	al.alloc = uw_alloc;
	al.release = uw_release;
	al.ctx = newcxt;
	pe_arena_init(&arena, &al);
	if (pe_trie_build(&arena, words, lens, (size_t) n, &uw_trie, NULL) != 0)
		elog(ERROR, "out of memory building the user word trie");
	/* the arena's blocks live on in newcxt; the arena header is dropped */
	}
	PG_CATCH();
	{
		MemoryContextDelete(newcxt);
		PG_RE_THROW();
	}
	PG_END_TRY();

	if (uw_context != NULL)
		MemoryContextDelete(uw_context);
	uw_context = newcxt;
	uw_relid = relid;
	uw_lexset.builtin = &pe_lexicon_builtin;
	uw_lexset.user = uw_trie.nwords > 0 ? &uw_trie : NULL;
	uw_valid = true;
}

const pe_lexset *
plan_search_lexset(void)
{
	if (!uw_callback_registered)
	{
		CacheRegisterRelcacheCallback(uw_relcache_callback, (Datum) 0);
		uw_callback_registered = true;
	}
	if (!uw_valid)
	{
		PG_TRY();
		{
			uw_reload();
		}
		PG_CATCH();
		{
			uw_valid = false;
			PG_RE_THROW();
		}
		PG_END_TRY();
	}
	return &uw_lexset;
}

/*
 * plan_user_words_changed() returns trigger
 *
 * Statement-level trigger on plan_user_words: tell every backend that the
 * user dictionary changed.  The invalidation is sent at commit (and
 * discarded on rollback), so other sessions see exactly the committed
 * words on their next call.
 */
PG_FUNCTION_INFO_V1(plan_user_words_changed);
Datum
plan_user_words_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("plan_user_words_changed() must be called as a trigger"),
				 errhint("It is installed on plan_user_words by CREATE EXTENSION plan_ext.")));
	CacheInvalidateRelcacheByRelid(RelationGetRelid(trigdata->tg_relation));
	return PointerGetDatum(NULL);
}
