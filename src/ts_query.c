/*-------------------------------------------------------------------------
 *
 * ts_query.c
 *	  plan_tsquery(): a user's search string to a tsquery segmented like
 *	  the documents.
 *
 * Each term becomes a phrase of its segments (phraseto_tsquery with
 * plan_zh, whole words only); the terms of an OR group and then the groups
 * are joined once, as balanced trees written straight into one tsquery
 * (join_balanced), so the time is linear in the query.
 *
 * IDENTIFICATION
 *	  src/ts_query.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "nodes/value.h"
#include "tsearch/ts_type.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/fmgrprotos.h"
#include "utils/lsyscache.h"

#include "pe_segment.h"
#include "pe_utf8.h"
#include "plan_ext.h"
#include "ts_search.h"

/* the OID of the plan_zh configuration in the schema of function fn */
static Oid
plan_zh_config(Oid fn)
{
	char	   *nsp = get_namespace_name(get_func_namespace(fn));

	return get_ts_config_oid(list_make2(makeString(nsp), makeString(pstrdup("plan_zh"))), false);
}

static bool
is_space_at(const char *s, size_t len, size_t i, size_t *adv)
{
	unsigned char c = (unsigned char) s[i];

	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
	{
		*adv = 1;
		return true;
	}
	/* U+3000 ideographic space */
	if (c == 0xE3 && i + 2 < len + 0 && (unsigned char) s[i + 1] == 0x80 &&
		(unsigned char) s[i + 2] == 0x80)
	{
		*adv = 3;
		return true;
	}
	return false;
}

/* does s[i..) start with a double quote (ASCII or “ ” U+201C/U+201D)? */
static size_t
quote_at(const char *s, size_t len, size_t i)
{
	if (s[i] == '"')
		return 1;
	if (i + 2 < len && (unsigned char) s[i] == 0xE2 && (unsigned char) s[i + 1] == 0x80 &&
		((unsigned char) s[i + 2] == 0x9C || (unsigned char) s[i + 2] == 0x9D))
		return 3;
	return 0;
}

/* phraseto_tsquery(cfg, s[0..len)) with whole words only (no sub-words) */
static Datum
phrase_query(Oid cfg, const char *s, size_t len)
{
	Datum		q;

	plan_ts_query_mode = true;
	PG_TRY();
	{
		q = DirectFunctionCall2(phraseto_tsquery_byid, ObjectIdGetDatum(cfg),
								PointerGetDatum(cstring_to_text_with_len(s, (int) len)));
	}
	PG_FINALLY();
	{
		plan_ts_query_mode = false;
	}
	PG_END_TRY();
	return q;
}

/* the empty tsquery, which matches nothing */
static TSQuery
empty_query(void)
{
	TSQuery		q = palloc0(HDRSIZETQ);

	SET_VARSIZE(q, HDRSIZETQ);
	q->size = 0;
	return q;
}

/* is the word token t[0..len) a stop word of plan_zh (的, 和, 在)? */
static bool
is_stop_token(const char *t, size_t len)
{
	char		buf[64];
	size_t		flen;

	if (len > 16)
		return false;			/* stop words are one character */
	flen = pe_fold_into(t, len, buf);
	return pe_is_stopword(buf, flen);
}

/*
 * ASCII letters then a number (digits, a decimal point): PM2.5, G20.
 * Returns the length of the letters, 0 when t is not of that shape.
 */
static size_t
letters_then_number(const char *t, size_t len)
{
	size_t		k = 0,
				j;

	while (k < len && ((t[k] >= 'a' && t[k] <= 'z') || (t[k] >= 'A' && t[k] <= 'Z')))
		k++;
	if (k == 0 || k == len || !(t[k] >= '0' && t[k] <= '9'))
		return 0;
	for (j = k; j < len; j++)
		if (!((t[j] >= '0' && t[j] <= '9') || t[j] == '.'))
			return 0;
	return k;
}

/*
 * The tsquery of one search term: every way it can lie in the documents'
 * tokens (plan_expand_term, ts_expand.c); a term without Chinese is the
 * phrase of its segments.
 */
static Datum
term_query(Oid fn_oid, Oid cfg, const char *s, size_t len, bool expand)
{
	Datum		q;
	pe_arena	arena;
	pe_token   *tok;
	size_t		ntok,
				i,
				nword = 0,
				ncontent = 0,
				w = 0;

	plan_arena_init(&arena);
	if (pe_segment(&arena, s, len, plan_search_lexset(fn_oid), &tok, &ntok) != 0)
		return phrase_query(cfg, s, len);
	for (i = 0; i < ntok; i++)
		if (tok[i].type != PE_TOK_BLANK)
		{
			nword++;
			w = i;
			if (!is_stop_token(s + tok[i].off, tok[i].len))
				ncontent++;
		}
	/*
	 * Only stop words (的, 和) or punctuation: nothing to search for.  An
	 * empty query, made here, so that phraseto_tsquery does not raise its
	 * notice, once for every row the query is evaluated on.
	 */
	if (ncontent == 0)
	{
		pe_arena_release(&arena);
		return TSQueryGetDatum(empty_query());
	}
	/* sub-words and chunks inside the documents' tokens (ts_expand.c) */
	q = expand ? plan_expand_term(fn_oid, s, len) : (Datum) 0;
	if (q == (Datum) 0)
		q = phrase_query(cfg, s, len);
	/* PM2.5 also finds PM 2.5, G20 also G 20 */
	if (nword == 1 && tok[w].type == PE_TOK_NUMWORD)
	{
		char	   *f = palloc((size_t) tok[w].len * 3 + 1);	/* ＰＭ２.５ → pm2.5 */
		size_t		flen = pe_fold_into(s + tok[w].off, tok[w].len, f);
		size_t		k = letters_then_number(f, flen);

		if (k > 0)
		{
			char	   *alt = psprintf("%.*s %.*s", (int) k, f, (int) (flen - k), f + k);

			q = DirectFunctionCall2(tsquery_or, q, phrase_query(cfg, alt, strlen(alt)));
		}
	}
	pe_arena_release(&arena);
	return q;
}

/*
 * The longest query text plan_tsquery accepts, and the longest single term
 * (a run without blanks, or a quoted phrase). Longer input is not a search
 * anyone types; refusing it early keeps a pasted document from building a
 * query tree of millions of nodes, and a term's phrase (a chain of <->
 * that PostgreSQL walks recursively) from exhausting the stack: one term
 * of 120,000 characters does. 8,192 bytes are about 2,700 Chinese
 * characters, a long paragraph.
 */
#define PLAN_TSQUERY_MAX_BYTES (1024 * 1024)
#define PLAN_TSQUERY_MAX_TERM_BYTES 8192

/*
 * Sub-word expansion walks the dictionaries once per term (a few
 * milliseconds); the first PLAN_TSQUERY_MAX_EXPANDED (16) terms of a query are
 * expanded, later ones are searched as the phrase of their segments.  A
 * query anyone types has far fewer terms; a pasted page of thousands of
 * blank-separated fragments would otherwise take minutes.
 */
#define PLAN_TSQUERY_MAX_EXPANDED 16

/*
 * A growing array of tsqueries: the terms of one OR group, or the groups
 * to AND together.
 */
typedef struct
{
	TSQuery    *items;
	int			n;
	int			cap;
	int			nitems;			/* QueryItems of all of them */
	Size		nbytes;			/* operand bytes of all of them */
} query_list;

/* add q; an empty query (stop words only) is left out */
static void
query_list_push(query_list *l, TSQuery q)
{
	if (q->size == 0)
		return;
	if (l->n == l->cap)
	{
		l->cap = l->cap == 0 ? 16 : l->cap * 2;
		l->items = l->items == NULL ? palloc(sizeof(TSQuery) * l->cap) :
			repalloc(l->items, sizeof(TSQuery) * l->cap);
	}
	l->items[l->n++] = q;
	l->nitems += q->size;
	l->nbytes += VARSIZE(q) - HDRSIZETQ - q->size * sizeof(QueryItem);
}

/* where join_balanced writes: the next free item and operand byte */
typedef struct
{
	QueryItem  *item;
	char	   *operands;
	uint32		nitem;
	uint32		nbyte;
} join_out;

/*
 * Write items[lo..hi) joined by oper as a balanced tree, in tsquery's
 * prefix layout: an operator, its right operand right after it, its left
 * operand at item + left. The operands of each query are copied with
 * their offsets moved. Depth log2(hi - lo), so PostgreSQL's recursive
 * walks of the result stay shallow.
 */
static void
join_balanced(TSQuery *items, int lo, int hi, int8 oper, join_out *o)
{
	if (hi - lo == 1)
	{
		TSQuery		q = items[lo];
		QueryItem  *src = GETQUERY(q);
		char	   *ops = GETOPERAND(q);
		Size		oplen = VARSIZE(q) - HDRSIZETQ - q->size * sizeof(QueryItem);
		int			i;

		memcpy(o->item + o->nitem, src, q->size * sizeof(QueryItem));
		for (i = 0; i < q->size; i++)
			if (src[i].type == QI_VAL)
				o->item[o->nitem + i].qoperand.distance += o->nbyte;
		memcpy(o->operands + o->nbyte, ops, oplen);
		o->nitem += q->size;
		o->nbyte += oplen;
		return;
	}
	else
	{
		int			mid = lo + (hi - lo) / 2;
		QueryItem  *op = o->item + o->nitem;

		check_stack_depth();
		op->qoperator.type = QI_OPR;
		op->qoperator.oper = oper;
		op->qoperator.distance = 0;
		o->nitem++;
		join_balanced(items, mid, hi, oper, o);		/* right operand */
		op->qoperator.left = o->item + o->nitem - op;
		join_balanced(items, lo, mid, oper, o);		/* left operand */
	}
}

/*
 * One tsquery of l's queries joined by oper (OP_AND or OP_OR), or NULL
 * when l is empty. Empties the list.
 */
static TSQuery
query_list_join(query_list *l, int8 oper)
{
	TSQuery		q;
	join_out	o;
	int			nitems = l->nitems + l->n - 1;

	if (l->n == 0)
		return NULL;
	if (l->n == 1)
		q = l->items[0];
	else
	{
		if (TSQUERY_TOO_BIG(nitems, l->nbytes) || l->nbytes > MAXSTRPOS)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("tsquery is too large"),
					 errdetail("The query has %zu bytes of words; a tsquery holds at most %d.",
							   (size_t) l->nbytes, MAXSTRPOS)));
		q = palloc0(HDRSIZETQ + nitems * sizeof(QueryItem) + l->nbytes);
		SET_VARSIZE(q, HDRSIZETQ + nitems * sizeof(QueryItem) + l->nbytes);
		q->size = nitems;
		o.item = GETQUERY(q);
		o.operands = GETOPERAND(q);
		o.nitem = 0;
		o.nbyte = 0;
		join_balanced(l->items, 0, l->n, oper, &o);
		Assert(o.nitem == nitems && o.nbyte == l->nbytes);
	}
	l->n = 0;
	l->nitems = 0;
	l->nbytes = 0;
	return q;
}

/* close the current OR group: its alternatives become one AND operand */
static void
close_group(query_list *group, query_list *groups)
{
	TSQuery		g = query_list_join(group, OP_OR);

	if (g != NULL)
		query_list_push(groups, g);
}
/* the end of the term starting at i (past its closing quote if quoted) */
static size_t
scan_term(const char *s, size_t len, size_t i, size_t *start, size_t *end)
{
	size_t		ql = quote_at(s, len, i),
				adv;

	*start = i + ql;
	*end = *start;
	if (ql > 0)
	{
		while (*end < len && quote_at(s, len, *end) == 0)
			*end += pe_utf8_seqlen((unsigned char) s[*end]);
		if (*end > len)
			*end = len;
		return *end < len ? *end + quote_at(s, len, *end) : len;
	}
	while (*end < len && !is_space_at(s, len, *end, &adv))
		*end += pe_utf8_seqlen((unsigned char) s[*end]);
	if (*end > len)
		*end = len;
	return *end;
}

/* is s[start..end) an OR operator (OR, or, |, 或)? */
static bool
is_or_word(const char *s, size_t start, size_t end)
{
	return (end - start == 2 && pg_strncasecmp(s + start, "or", 2) == 0) ||
		(end - start == 1 && s[start] == '|') ||
		(end - start == 3 && memcmp(s + start, "或", 3) == 0);
}

/* ASCII letters only / a number only (digits and decimal points) */
static bool
letters_only(const char *t, size_t len)
{
	size_t		k;

	for (k = 0; k < len; k++)
		if (!((t[k] >= 'a' && t[k] <= 'z') || (t[k] >= 'A' && t[k] <= 'Z')))
			return false;
	return len > 0;
}

static bool
number_only(const char *t, size_t len)
{
	size_t		k;

	for (k = 0; k < len; k++)
		if (!((t[k] >= '0' && t[k] <= '9') || t[k] == '.'))
			return false;
	return len > 0;
}

/* bytes of | or ｜ at i (before end), 0 if neither */
static size_t
bar_at(const char *s, size_t end, size_t i)
{
	if (s[i] == '|')
		return 1;
	if (i + 2 < end && (unsigned char) s[i] == 0xEF && (unsigned char) s[i + 1] == 0xBD &&
		(unsigned char) s[i + 2] == 0x9C)
		return 3;
	return 0;
}

/* the first position at or after i that is not a blank */
static size_t
skip_spaces(const char *s, size_t len, size_t i)
{
	size_t		adv;

	while (i < len && is_space_at(s, len, i, &adv))
		i += adv;
	return i;
}

/* what add_term needs: the configuration and the lists being built */
typedef struct
{
	Oid			fn_oid;
	Oid			cfg;
	query_list *group;
	query_list *groups;
	int			nexpanded;		/* terms expanded so far */
} term_ctx;

/*
 * Add the term t[0..len) (negated if asked) to the query: as another
 * alternative of the current OR group when or_pending, else as the first
 * of a new group.
 */
static void
add_term(term_ctx *c, const char *t, size_t len, bool negate, bool or_pending)
{
	Datum		term;

	if (len > PLAN_TSQUERY_MAX_TERM_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("search term is too long: %zu bytes", len),
				 errdetail("A term of plan_tsquery (text without blanks, or a quoted phrase) may have at most %d bytes.",
						   PLAN_TSQUERY_MAX_TERM_BYTES),
				 errhint("Separate the words of a long text with spaces.")));
	term = term_query(c->fn_oid, c->cfg, t, len,
					  c->nexpanded < PLAN_TSQUERY_MAX_EXPANDED);
	c->nexpanded++;
	if (negate)
		term = DirectFunctionCall1(tsquery_not, term);
	if (!or_pending)
		close_group(c->group, c->groups);
	query_list_push(c->group, DatumGetTSQuery(term));
}

/*
 * The last query text of a call site and its tsquery, in fn_extra: a
 * STABLE function is evaluated once per row when the planner does not use
 * an index (a sequential scan with the query as a filter), and sub-word
 * expansion costs milliseconds per term; within one call site the same
 * text under the same user words gives the same tsquery.
 */
typedef struct tsquery_cache
{
	uint64		generation;		/* plan_search_lexset_generation */
	text	   *query;			/* the input, copied */
	TSQuery		result;
} tsquery_cache;

static TSQuery build_tsquery(FunctionCallInfo fcinfo, const char *s, size_t len);

/*
 * plan_tsquery(query text) returns tsquery
 *
 * Turn a user's raw search string into a tsquery segmented like the
 * documents: whitespace-separated terms are AND-ed; each term is a phrase
 * of its segments (phraseto_tsquery with plan_zh), so 新型基础设施 is
 * 新型 <-> 基础设施 and never matches the two words far apart; "double
 * quotes" (ASCII or “”) make one phrase across spaces; OR (or 或, or |)
 * between two terms makes an alternative; a leading - negates a term.
 * The terms are collected first and joined once, as balanced trees, so
 * the time is linear in the length of the query.
 */
PG_FUNCTION_INFO_V1(plan_tsquery);
Datum
plan_tsquery(PG_FUNCTION_ARGS)
{
	text	   *q = PG_GETARG_TEXT_PP(0);
	size_t		len = VARSIZE_ANY_EXHDR(q);
	tsquery_cache *c = (tsquery_cache *) fcinfo->flinfo->fn_extra;
	uint64		gen;
	TSQuery		r;
	MemoryContext old;

	plan_require_utf8();
	gen = plan_search_lexset_generation(fcinfo->flinfo->fn_oid);
	if (c != NULL && c->generation == gen && VARSIZE_ANY_EXHDR(c->query) == len &&
		memcmp(VARDATA_ANY(c->query), VARDATA_ANY(q), len) == 0)
		PG_RETURN_TSQUERY((TSQuery) DatumGetPointer(datumCopy(PointerGetDatum(c->result), false, -1)));
	r = build_tsquery(fcinfo, VARDATA_ANY(q), len);
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	if (c == NULL)
		c = fcinfo->flinfo->fn_extra = palloc0(sizeof(tsquery_cache));
	else
	{
		pfree(c->query);
		pfree(c->result);
	}
	c->generation = gen;
	c->query = (text *) DatumGetPointer(datumCopy(PointerGetDatum(q), false, -1));
	c->result = (TSQuery) DatumGetPointer(datumCopy(PointerGetDatum(r), false, -1));
	MemoryContextSwitchTo(old);
	PG_RETURN_TSQUERY(r);
}

/* plan_tsquery's work: the tsquery of s[0..len) */
static TSQuery
build_tsquery(FunctionCallInfo fcinfo, const char *s, size_t len)
{
	size_t		i = 0;
	Oid			cfg;
	query_list	group = {0},	/* alternatives of the current OR group */
				groups = {0};	/* closed groups, to be AND-ed */
	bool		pending_or = false;
	TSQuery		result;
	term_ctx	ctx;

	if (len > PLAN_TSQUERY_MAX_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("search query is too long: %zu bytes", len),
				 errdetail("plan_tsquery accepts at most %d bytes of query text.",
						   PLAN_TSQUERY_MAX_BYTES),
				 errhint("Search for a few words or phrases of the text.")));
	cfg = plan_zh_config(fcinfo->flinfo->fn_oid);
	ctx.fn_oid = fcinfo->flinfo->fn_oid;
	ctx.cfg = cfg;
	ctx.group = &group;
	ctx.groups = &groups;
	ctx.nexpanded = 0;

	while (i < len)
	{
		size_t		adv,
					start,
					end;
		bool		negate = false;
		bool		quoted;

		CHECK_FOR_INTERRUPTS();
		if (is_space_at(s, len, i, &adv))
		{
			i += adv;
			continue;
		}
		if (s[i] == '-' && i + 1 < len && !is_space_at(s, len, i + 1, &adv))
		{
			negate = true;
			i++;
		}
		quoted = quote_at(s, len, i) > 0;
		i = scan_term(s, len, i, &start, &end);
		if (!quoted && !negate && is_or_word(s, start, end))
		{
			pending_or = group.n > 0;
			continue;
		}
		if (end <= start)
			continue;
		if (quoted)
		{
			add_term(&ctx, s + start, end - start, negate, pending_or);
			pending_or = false;
			continue;
		}
		/* letters, a blank, a number: pm 2.5 is the term pm2.5 */
		if (!negate && letters_only(s + start, end - start))
		{
			size_t		ns,
						ne,
						ni = skip_spaces(s, len, i);

			if (ni < len && s[ni] >= '0' && s[ni] <= '9')
			{
				ni = scan_term(s, len, ni, &ns, &ne);
				if (letters_then_number(s + ns, ne - ns) == 0 && number_only(s + ns, ne - ns))
				{
					char	   *joined = psprintf("%.*s%.*s", (int) (end - start), s + start,
												  (int) (ne - ns), s + ns);

					add_term(&ctx, joined, strlen(joined), false, pending_or);
					pending_or = false;
					i = ni;
					continue;
				}
			}
		}
		/* A|B without blanks: alternatives (| or the full-width ｜) */
		while (start < end)
		{
			size_t		bar = start,
						blen = 0;

			while (bar < end && (blen = bar_at(s, end, bar)) == 0)
				bar += pe_utf8_seqlen((unsigned char) s[bar]);
			if (bar > start)
			{
				add_term(&ctx, s + start, bar - start, negate, pending_or);
				negate = false;
				pending_or = false;
			}
			if (bar >= end)
				break;
			pending_or = group.n > 0;
			start = bar + blen;
		}
	}
	close_group(&group, &groups);
	result = query_list_join(&groups, OP_AND);
	if (result == NULL)
		result = empty_query();
	return result;
}
