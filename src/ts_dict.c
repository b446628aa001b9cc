/*-------------------------------------------------------------------------
 *
 * ts_dict.c
 *	  The dictionary template plan_zh_template: folds a token to its
 *	  lexeme, drops Chinese function words, and adds a compound's
 *	  sub-words as extra lexemes at the same position.
 *
 * For a compound such as 地区生产总值 lexize returns
 *
 *	   nvariant  flags  lexeme
 *	   1         0      地区生产总值
 *	   1         0      地区
 *	   1         0      生产
 *	   1         0      生产总值
 *
 * No TSL_ADDPOS: to_tsvector puts them all at the token's position, so a
 * search for 生产总值 finds the document and a phrase query across the
 * compound (地区生产总值 <-> 增长) still lines up.  One nvariant: in a
 * query (to_tsquery, phraseto_tsquery) the lexemes of one token are
 * AND-ed, which for documents indexed the same way is equivalent to the
 * whole word alone, since every document holding the compound also holds
 * its parts at the same position.
 *
 * IDENTIFICATION
 *	  src/ts_dict.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "commands/defrem.h"
#include "fmgr.h"
#include "nodes/pg_list.h"
#include "tsearch/ts_public.h"

#include "pe_utf8.h"
#include "plan_ext.h"
#include "ts_search.h"

bool		plan_ts_query_mode = false;
plan_ts_hint plan_ts_last_token;

typedef struct plan_dict
{
	bool		subwords;		/* add in-lexicon parts of compounds */
	bool		stopwords;		/* drop one-character function words */
} plan_dict;

/*
 * plan_zh_dict_init(internal) returns internal
 *
 * Options: subwords (boolean, default false: plan_tsquery expands
 * sub-words on the query side), stopwords (boolean, default
 * true).
 */
PG_FUNCTION_INFO_V1(plan_zh_dict_init);
Datum
plan_zh_dict_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	plan_dict  *d = palloc(sizeof(plan_dict));
	ListCell   *lc;

	plan_require_utf8();
	d->subwords = false;
	d->stopwords = true;
	foreach(lc, options)
	{
		DefElem    *def = (DefElem *) lfirst(lc);

		if (strcmp(def->defname, "subwords") == 0)
			d->subwords = defGetBoolean(def);
		else if (strcmp(def->defname, "stopwords") == 0)
			d->stopwords = defGetBoolean(def);
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized plan_zh dictionary parameter: \"%s\"", def->defname),
					 errhint("Valid parameters are subwords and stopwords.")));
	}
	PG_RETURN_POINTER(d);
}

/*
 * plan_zh_dict_lexize(internal, internal, int4, internal) returns internal
 */
PG_FUNCTION_INFO_V1(plan_zh_dict_lexize);
Datum
plan_zh_dict_lexize(PG_FUNCTION_ARGS)
{
	plan_dict  *d = (plan_dict *) PG_GETARG_POINTER(0);
	const char *in = (const char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	const unsigned char *u = (const unsigned char *) in;
	char		buf[256];
	char	   *w;
	size_t		wlen,
				n,
				i;
	pe_span		spans[257],
				piece[2];
	size_t		npiece;
	const pe_lexset *lx;
	TSLexeme   *res;
	uint32		node = 0,
				folds = 1;
	unsigned	options = 0;

	/*
	 * Fast path for the commonest token of all, one character of the CJK
	 * block (cjkchar): fold it with the table, test the stop list, and
	 * return it without the general fold loop.
	 */
	if (len == 3 && u[0] >= 0xE4 && u[0] <= 0xE9 &&
		(u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80)
	{
		uint32_t	c = ((uint32_t) (u[0] & 0x0F) << 12) |
			((uint32_t) (u[1] & 0x3F) << 6) | (u[2] & 0x3F);

		if (c >= 0x4E00 && c < 0xA000)
		{
			uint32_t	f = pe_t2s_cjk[c - 0x4E00];
			char	   *lex;

			if (f != 0)
				c = f;
			if (d->stopwords && pe_is_stop_cp(c))
				PG_RETURN_POINTER(palloc0(sizeof(TSLexeme)));
			res = palloc0(sizeof(TSLexeme) * 2);
			lex = palloc(5);
			lex[pe_utf8_encode(c, lex)] = '\0';
			res[0].nvariant = 1;
			res[0].lexeme = lex;
			PG_RETURN_POINTER(res);
		}
	}

	/*
	 * The word the parser has just handed out: its trie node and whether
	 * it folds are known (see plan_ts_last_token)
	 */
	if (len == plan_ts_last_token.len && memcmp(in, plan_ts_last_token.key, len) == 0)
	{
		node = plan_ts_last_token.node;
		folds = plan_ts_last_token.folds;
	}
	if (d->subwords && !plan_ts_query_mode)
		options |= PE_LEX_SUBWORDS;
	if (d->stopwords)
		options |= PE_LEX_STOPWORDS;
	w = (size_t) len * 3 + 1 <= sizeof(buf) ? buf : palloc((size_t) len * 3 + 1);
	lx = plan_search_lexset(fcinfo->flinfo->fn_oid);
	npiece = pe_token_pieces(in, (size_t) len, piece);
	if (npiece == 1 && piece[0].len != (uint32) len)
		node = 0;				/* 5.5%: the number alone */
	n = pe_token_lexemes(lx, in, piece[0].len, npiece == 1 ? node : 0, folds, options,
						 w, &wlen, spans, lengthof(spans));

	/* make_tsvector pfrees every lexeme: one palloc each */
	res = palloc0(sizeof(TSLexeme) * (n + 2));
	for (i = 0; i < n; i++)
	{
		res[i].nvariant = 1;
		res[i].lexeme = pnstrdup(w + spans[i].off, spans[i].len);
	}
	/* 2035年: the unit at the next position, as if it were a token of its own */
	if (npiece == 2 &&
		pe_token_lexemes(lx, in + piece[1].off, piece[1].len, 0, folds, options,
						 w, &wlen, spans, 1) == 1)
	{
		res[n].nvariant = 1;
		res[n].flags = TSL_ADDPOS;
		res[n].lexeme = pnstrdup(w + spans[0].off, spans[0].len);
	}
	PG_RETURN_POINTER(res);
}
