/*-------------------------------------------------------------------------
 *
 * ts_parser.c
 *	  The text search parser plan_parser and plan_segment().
 *	  plan_tsquery() is in ts_query.c.
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

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "tsearch/ts_public.h"
#include "tsearch/ts_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"

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
	/* to_tsvector's loop over the tokens has no check of its own */
	if ((st->next & 1023) == 0)
		CHECK_FOR_INTERRUPTS();
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
	{PE_TOK_NUMBER, "number", "Number, digits with optional decimal point and unit (2035年, 5.5%)"},
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
 * The tokens plan_parser cuts doc into, white space left out, as written
 * in doc (not folded): words, numbers and each punctuation mark.
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
		if (tok[i].type == PE_TOK_BLANK && pe_blank_is_space(s + tok[i].off, tok[i].len))
			continue;
		elems[k++] = PointerGetDatum(cstring_to_text_with_len(s + tok[i].off, (int) tok[i].len));
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, k, TEXTOID, -1, false, TYPALIGN_INT));
}
