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
 * reloads it with one scan of the table.  No reconnect, no superuser, no polling.
 *
 * IDENTIFICATION
 *	  src/user_words.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

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
 * Read plan_user_words (in the schema nsp, the extension's) and build the
 * trie in a fresh long-lived memory context.  The table is read with a
 * plain heap scan under a fresh snapshot, not through SPI: no query
 * planning, so the first call in a new connection stays cheap.  When the
 * table does not exist (during CREATE EXTENSION, or after someone dropped
 * it) the set is empty.
 */
static void
uw_reload(Oid nsp)
{
	MemoryContext newcxt,
				oldcxt;
	pe_allocator al;
	pe_arena	arena;
	const char **words = NULL;
	size_t	   *lens = NULL;
	size_t		n = 0,
				cap = 0;
	Oid			relid = InvalidOid;

	newcxt = AllocSetContextCreate(TopMemoryContext, "plan_ext user words",
								   ALLOCSET_SMALL_SIZES);
	PG_TRY();
	{
		if (OidIsValid(nsp))
			relid = get_relname_relid("plan_user_words", nsp);
		if (OidIsValid(relid))
		{
			Relation	rel;
			TableScanDesc scan;
			HeapTuple	tup;
			Snapshot	snap;
			AclResult	acl;

			acl = pg_class_aclcheck(relid, GetUserId(), ACL_SELECT);
			if (acl != ACLCHECK_OK)
				ereport(ERROR,
						(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
						 errmsg("permission denied for table plan_user_words"),
						 errhint("plan_parser reads the user dictionary: GRANT SELECT ON plan_user_words TO the role.")));
			rel = table_open(relid, AccessShareLock);
			/*
			 * A fresh MVCC snapshot: the catalog snapshot is retaken after
			 * every invalidation, sees the latest commits even inside a
			 * REPEATABLE READ transaction (whose own snapshot would keep
			 * the old words while marking them current), sees this
			 * transaction's earlier commands, and unlike GetLatestSnapshot
			 * is allowed in parallel workers.
			 */
			snap = RegisterSnapshot(GetCatalogSnapshot(relid));
			scan = table_beginscan(rel, snap, 0, NULL);
			while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
			{
				bool		isnull;
				Datum		d = heap_getattr(tup, 1, RelationGetDescr(rel), &isnull);
				text	   *t;

				CHECK_FOR_INTERRUPTS();
				if (isnull)
					continue;
				oldcxt = MemoryContextSwitchTo(newcxt);
				if (n == cap)
				{
					cap = cap ? cap * 2 : 64;
					words = words ? repalloc(words, sizeof(char *) * cap) : palloc(sizeof(char *) * cap);
					lens = lens ? repalloc(lens, sizeof(size_t) * cap) : palloc(sizeof(size_t) * cap);
				}
				t = DatumGetTextPP(d);
				lens[n] = VARSIZE_ANY_EXHDR(t);
				words[n] = pnstrdup(VARDATA_ANY(t), lens[n]);
				n++;
				MemoryContextSwitchTo(oldcxt);
			}
			table_endscan(scan);
			UnregisterSnapshot(snap);
			table_close(rel, AccessShareLock);
		}

		al.alloc = uw_alloc;
		al.release = uw_release;
		al.ctx = newcxt;
		pe_arena_init(&arena, &al);
		if (pe_trie_build(&arena, words, lens, n, &uw_trie, NULL) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory building the plan_user_words dictionary"),
					 errdetail("%zu user words were read.", n)));
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
plan_search_lexset(Oid fn_oid)
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
			uw_reload(get_func_namespace(fn_oid));
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
