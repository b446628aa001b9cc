/*-------------------------------------------------------------------------
 *
 * ts_parser.c
 *	  The text search parser plan_parser, plan_segment() and
 *	  plan_tsquery().
 *
 * The parser segments the whole document once in plan_prs_start (the
 * core's pe_segment, with the built-in lexicon and the user words) and
 * hands the tokens out one by one.  Tokens point into the input and cover
 * every byte, so ts_headline rebuilds the text exactly.
 *
 * IDENTIFICATION
 *	  src/ts_parser.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "nodes/value.h"
#include "tsearch/ts_public.h"
#include "tsearch/ts_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/lsyscache.h"

#include "pe_utf8.h"
#include "plan_ext.h"
#include "ts_search.h"

typedef struct plan_prs_state
{
	pe_arena	arena;			/* holds tokens */
	const char *text;
	pe_token   *tokens;
	size_t		ntokens;
	size_t		next;
} plan_prs_state;

/* segment buf[0..len) with the current lexicon set; tokens in arena */
static void
segment_text(Oid fn_oid, pe_arena *arena, const char *buf, size_t len,
			 pe_token **tokens, size_t *ntokens)
{
	plan_arena_init(arena);
	if (pe_segment(arena, buf, len, plan_search_lexset(fn_oid), tokens, ntokens) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("text too long to segment: %zu bytes", len),
				 errhint("plan_parser accepts documents of up to 2 GB.")));
}

/*
 * plan_prs_start(internal, int4) returns internal
 *
 * Start parsing a document: segment it whole; nexttoken walks the result.
 */
PG_FUNCTION_INFO_V1(plan_prs_start);
Datum
plan_prs_start(PG_FUNCTION_ARGS)
{
	plan_prs_state *st = palloc0(sizeof(plan_prs_state));

	plan_require_utf8();
	st->text = (const char *) PG_GETARG_POINTER(0);
	segment_text(fcinfo->flinfo->fn_oid, &st->arena, st->text, (size_t) PG_GETARG_INT32(1), &st->tokens, &st->ntokens);
	PG_RETURN_POINTER(st);
}

/*
 * plan_prs_nexttoken(internal, internal, internal) returns int4
 *
 * Return the next token's type, pointing *t at its bytes and *tlen at its
 * length; 0 at the end.
 */
PG_FUNCTION_INFO_V1(plan_prs_nexttoken);
Datum
plan_prs_nexttoken(PG_FUNCTION_ARGS)
{
	plan_prs_state *st = (plan_prs_state *) PG_GETARG_POINTER(0);
	char	  **t = (char **) PG_GETARG_POINTER(1);
	int		   *tlen = (int *) PG_GETARG_POINTER(2);
	pe_token   *tok;

	if (st->next >= st->ntokens)
		PG_RETURN_INT32(0);
	tok = &st->tokens[st->next++];
	*t = (char *) st->text + tok->off;
	*tlen = (int) tok->len;
	if (tok->type == PE_TOK_CJKWORD && tok->len <= PLAN_TS_HINT_MAX)
	{
		plan_ts_last_token.len = (int) tok->len;
		plan_ts_last_token.node = tok->node;
		plan_ts_last_token.folds = tok->folds;
		memcpy(plan_ts_last_token.key, *t, tok->len);
	}
	PG_RETURN_INT32(tok->type);
}

/*
 * plan_prs_end(internal) returns void
 */
PG_FUNCTION_INFO_V1(plan_prs_end);
Datum
plan_prs_end(PG_FUNCTION_ARGS)
{
	plan_prs_state *st = (plan_prs_state *) PG_GETARG_POINTER(0);

	pe_arena_release(&st->arena);
	pfree(st);
	PG_RETURN_VOID();
}

/*----------
 * Token types.  Ids 1, 2, 3 and 12 keep the default parser's meanings;
 * our own start at 24 so that prsd_headline never mistakes them for its
 * URL, tag or hyphenated-word types.
 *----------
 */
static const struct
{
	int			id;
	const char *alias;
	const char *descr;
}			plan_token_types[] = {
	{PE_TOK_ASCIIWORD, "asciiword", "Word, all ASCII letters"},
	{PE_TOK_WORD, "word", "Word, letters of another alphabet"},
	{PE_TOK_NUMWORD, "numword", "Word, letters and digits (5G, PM2.5)"},
	{PE_TOK_BLANK, "blank", "Space, punctuation and symbols"},
	{PE_TOK_CJKWORD, "cjkword", "Chinese word from the plan lexicon"},
	{PE_TOK_CJKCHAR, "cjkchar", "Chinese character outside any lexicon word"},
	{PE_TOK_NUMBER, "number", "Number, digits with optional decimal point"},
	{PE_TOK_USERWORD, "userword", "Chinese word from plan_user_words"},
};

/*
 * plan_prs_lextype(internal) returns internal
 *
 * The token types, as a palloc'd LexDescr array ending with lexid 0.
 */
PG_FUNCTION_INFO_V1(plan_prs_lextype);
Datum
plan_prs_lextype(PG_FUNCTION_ARGS)
{
	int			n = lengthof(plan_token_types),
				i;
	LexDescr   *d = palloc(sizeof(LexDescr) * (n + 1));

	for (i = 0; i < n; i++)
	{
		d[i].lexid = plan_token_types[i].id;
		d[i].alias = pstrdup(plan_token_types[i].alias);
		d[i].descr = pstrdup(plan_token_types[i].descr);
	}
	d[n].lexid = 0;
	PG_RETURN_POINTER(d);
}

/*
 * plan_segment(doc text) returns text[]
 *
 * The tokens plan_parser cuts doc into, blanks left out, as written in
 * doc (not folded): a debugging aid.
 */
PG_FUNCTION_INFO_V1(plan_segment);
Datum
plan_segment(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(doc);
	pe_token   *tok;
	size_t		n,
				i;
	int			k = 0;
	Datum	   *elems;
	pe_arena	arena;

	plan_require_utf8();
	segment_text(fcinfo->flinfo->fn_oid, &arena, s, VARSIZE_ANY_EXHDR(doc), &tok, &n);
	elems = palloc(sizeof(Datum) * (n + 1));
	for (i = 0; i < n; i++)
	{
		CHECK_FOR_INTERRUPTS();
		if (tok[i].type == PE_TOK_BLANK)
			continue;
		elems[k++] = PointerGetDatum(cstring_to_text_with_len(s + tok[i].off, (int) tok[i].len));
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, k, TEXTOID, -1, false, TYPALIGN_INT));
}

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

/* is cps[0..n) an entry of the built-in lexicon or the user words? */
static bool
in_lexset(const pe_lexset *lx, const uint32_t *cps, size_t n)
{
	return pe_trie_contains(lx->builtin, cps, n) ||
		(lx->user != NULL && pe_trie_contains(lx->user, cps, n));
}

/*
 * The tsquery of one search term: the phrase of its segments, and when
 * the term is a single Chinese word that splits into two lexicon words
 * (产业集群 = 产业 + 集群), OR the phrase of the two halves, so that text
 * segmented across the term (优势产业|集群) is found too.
 */
static Datum
term_query(Oid fn_oid, Oid cfg, const char *s, size_t len)
{
	Datum		q = phrase_query(cfg, s, len);
	pe_arena	arena;
	pe_token   *tok;
	size_t		ntok,
				i,
				nword = 0,
				w = 0;

	plan_arena_init(&arena);
	if (pe_segment(&arena, s, len, plan_search_lexset(fn_oid), &tok, &ntok) != 0)
		return q;
	for (i = 0; i < ntok; i++)
		if (tok[i].type != PE_TOK_BLANK)
		{
			nword++;
			w = i;
		}
	if (nword == 1 && (tok[w].type == PE_TOK_CJKWORD || tok[w].type == PE_TOK_USERWORD))
	{
		const pe_lexset *lx = plan_search_lexset(fn_oid);
		uint32_t	cps[PE_LEX_MAX_WORD];
		size_t		boff[PE_LEX_MAX_WORD + 1];
		size_t		n = 0,
					b = 0,
					k;
		const char *word = s + tok[w].off;
		char	   *folded = palloc((size_t) tok[w].len * 3 + 1);
		size_t		flen = pe_fold_into(word, tok[w].len, folded);
		int			nalt = 0;

		while (b < flen && n < PE_LEX_MAX_WORD)
		{
			boff[n] = b;
			cps[n++] = pe_utf8_next(folded, flen, &b);
		}
		boff[n] = b;
		for (k = 2; b == flen && k + 2 <= n && nalt < 4; k++)
		{
			if (in_lexset(lx, cps, k) && in_lexset(lx, cps + k, n - k))
			{
				char	   *alt = psprintf("%.*s %.*s", (int) boff[k], folded,
										   (int) (flen - boff[k]), folded + boff[k]);

				q = DirectFunctionCall2(tsquery_or, q, phrase_query(cfg, alt, strlen(alt)));
				nalt++;
			}
		}
	}
	pe_arena_release(&arena);
	return q;
}

/*
 * plan_tsquery(query text) returns tsquery
 *
 * Turn a user's raw search string into a tsquery segmented like the
 * documents: whitespace-separated terms are AND-ed; each term is a phrase
 * of its segments (phraseto_tsquery with plan_zh), so 新型基础设施 is
 * 新型 <-> 基础设施 and never matches the two words far apart; "double
 * quotes" (ASCII or “”) make one phrase across spaces; OR (or 或, or |)
 * between two terms makes an alternative; a leading - negates a term.
 */
PG_FUNCTION_INFO_V1(plan_tsquery);
Datum
plan_tsquery(PG_FUNCTION_ARGS)
{
	text	   *q = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(q);
	size_t		len = VARSIZE_ANY_EXHDR(q),
				i = 0;
	Oid			cfg;
	Datum		result = (Datum) 0;	/* AND of the groups so far */
	Datum		group = (Datum) 0;	/* current OR group */
	bool		pending_or = false;

	plan_require_utf8();
	cfg = plan_zh_config(fcinfo->flinfo->fn_oid);

	while (i < len)
	{
		size_t		adv,
					start,
					end,
					ql;
		bool		negate = false;
		Datum		term;

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
		if ((ql = quote_at(s, len, i)) > 0)
		{
			start = i + ql;
			end = start;
			while (end < len && quote_at(s, len, end) == 0)
				end += pe_utf8_seqlen((unsigned char) s[end]);
			if (end > len)
				end = len;
			i = end < len ? end + quote_at(s, len, end) : len;
		}
		else
		{
			start = i;
			end = i;
			while (end < len && !is_space_at(s, len, end, &adv))
				end += pe_utf8_seqlen((unsigned char) s[end]);
			if (end > len)
				end = len;
			i = end;
			/* OR operators */
			if (!negate && ((end - start == 2 && pg_strncasecmp(s + start, "or", 2) == 0) ||
							(end - start == 1 && s[start] == '|') ||
							(end - start == 3 && memcmp(s + start, "或", 3) == 0)))
			{
				if (group != (Datum) 0)
					pending_or = true;
				continue;
			}
		}
		if (end <= start)
			continue;
		term = term_query(fcinfo->flinfo->fn_oid, cfg, s + start, end - start);
		if (negate)
			term = DirectFunctionCall1(tsquery_not, term);
		if (pending_or && group != (Datum) 0)
			group = DirectFunctionCall2(tsquery_or, group, term);
		else
		{
			if (group != (Datum) 0)
				result = result == (Datum) 0 ? group :
					DirectFunctionCall2(tsquery_and, result, group);
			group = term;
		}
		pending_or = false;
	}
	if (group != (Datum) 0)
		result = result == (Datum) 0 ? group : DirectFunctionCall2(tsquery_and, result, group);
	if (result == (Datum) 0)
		result = phrase_query(cfg, "", 0);
	PG_RETURN_DATUM(result);
}
