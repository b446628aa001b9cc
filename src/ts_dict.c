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

#include "plan_ext.h"
#include "ts_search.h"

bool		plan_ts_query_mode = false;

typedef struct plan_dict
{
	bool		subwords;		/* add in-lexicon parts of compounds */
	bool		stopwords;		/* drop one-character function words */
} plan_dict;

/*
 * plan_zh_dict_init(internal) returns internal
 *
 * Options: subwords (boolean, default true), stopwords (boolean, default
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
	d->subwords = true;
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
	char		buf[256];
	char	   *w;
	size_t		wlen,
				nparts = 0,
				i;
	pe_span		parts[256];
	TSLexeme   *res;

	w = (size_t) len * 3 + 1 <= sizeof(buf) ? buf : palloc((size_t) len * 3 + 1);
	wlen = pe_fold_into(in, (size_t) len, w);

	if (d->stopwords && pe_is_stopword(w, wlen))
	{
		res = palloc0(sizeof(TSLexeme));
		PG_RETURN_POINTER(res);
	}
	if (d->subwords && !plan_ts_query_mode && wlen >= 9)
		nparts = pe_word_parts(plan_search_lexset(fcinfo->flinfo->fn_oid), w, wlen, parts, lengthof(parts));

	res = palloc0(sizeof(TSLexeme) * (nparts + 2));
	res[0].nvariant = 1;
	res[0].lexeme = pnstrdup(w, wlen);
	for (i = 0; i < nparts; i++)
	{
		res[i + 1].nvariant = 1;
		res[i + 1].lexeme = pnstrdup(w + parts[i].off, parts[i].len);
	}
	PG_RETURN_POINTER(res);
}
