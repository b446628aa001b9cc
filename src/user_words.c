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
#include "catalog/pg_namespace.h"
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
static uint64 uw_generation = 0;	/* bumped at every reload */
static Oid	uw_relid = InvalidOid;	/* the relation read: table or its shard */
static Oid	uw_shell_relid = InvalidOid;	/* plan_user_words itself */
static MemoryContext uw_context = NULL;
static pe_trie uw_trie;
static pe_lexset uw_lexset;

/* relcache callback: forget the word set when plan_user_words changed */
static void
uw_relcache_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == uw_relid || relid == uw_shell_relid)
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
 * With Citus, plan_citus_setup() makes plan_user_words a reference table:
 * the table is then an empty shell on every node and the words live in its
 * one shard, plan_user_words_<shardid>, of which every node in the Citus
 * metadata (the coordinator too) holds a copy; the table's trigger is on
 * that copy too, so changes still invalidate (docs/scale-out.md).  Return
 * the relation to read: the local copy of the shard, or relid itself when
 * Citus is absent or does not distribute the table.  Citus's catalog is
 * read with a plain scan, like the words: no build or link dependency.
 */
static Oid
uw_local_relation(Oid relid, Oid nsp)
{
	Oid			dist_shard = get_relname_relid("pg_dist_shard", PG_CATALOG_NAMESPACE);
	AttrNumber	att_rel,
				att_shard;
	Relation	rel;
	TableScanDesc scan;
	HeapTuple	tup;
	Snapshot	snap;
	bool		found = false;
	int64		shardid = 0;
	char		name[NAMEDATALEN];
	Oid			shard;

	if (!OidIsValid(dist_shard))
		return relid;
	att_rel = get_attnum(dist_shard, "logicalrelid");
	att_shard = get_attnum(dist_shard, "shardid");
	if (att_rel == InvalidAttrNumber || att_shard == InvalidAttrNumber)
		return relid;
	rel = table_open(dist_shard, AccessShareLock);
	snap = RegisterSnapshot(GetCatalogSnapshot(dist_shard));
	scan = table_beginscan(rel, snap, 0, NULL);
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		bool		isnull;
		Datum		d = heap_getattr(tup, att_rel, RelationGetDescr(rel), &isnull);

		if (isnull || DatumGetObjectId(d) != relid)
			continue;
		d = heap_getattr(tup, att_shard, RelationGetDescr(rel), &isnull);
		if (!isnull)
		{
			shardid = DatumGetInt64(d);
			found = true;
		}
		break;
	}
	table_endscan(scan);
	UnregisterSnapshot(snap);
	table_close(rel, AccessShareLock);
	if (!found)
		return relid;
	snprintf(name, sizeof(name), "plan_user_words_" INT64_FORMAT, shardid);
	shard = get_relname_relid(name, nsp);
	if (!OidIsValid(shard))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("plan_user_words has no copy on this node"),
				 errdetail("plan_user_words is a Citus reference table, and this node holds none of its shard."),
				 errhint("Add this node to the Citus metadata (for the coordinator: SELECT citus_set_coordinator_host('host', port)), then run SELECT replicate_reference_tables().")));
	return shard;
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
	Oid			shell = InvalidOid;

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
			shell = relid;
			relid = uw_local_relation(shell, nsp);
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
	uw_shell_relid = shell;
	uw_lexset.builtin = &pe_lexicon_builtin;
	uw_lexset.user = uw_trie.nwords > 0 ? &uw_trie : NULL;
	uw_valid = true;
	uw_generation++;
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
 * The generation of the lexicon set plan_search_lexset returns: it changes
 * whenever the user words are reloaded, so a result cached under one
 * generation (plan_tsquery's per-call-site cache) is not reused under
 * another.
 */
uint64
plan_search_lexset_generation(Oid fn_oid)
{
	(void) plan_search_lexset(fn_oid);
	return uw_generation;
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
