/*-------------------------------------------------------------------------
 *
 * ts_vector.c
 *	  plan_tsvector(doc): to_tsvector('plan_zh', doc), built directly.
 *
 * The result is the same tsvector, byte for byte, as to_tsvector with the
 * plan_zh configuration as the extension installs it (plan_parser, and
 * plan_zh_dict with its default options for every word-like token type).
 * It skips PostgreSQL's per-token dictionary calls and its sort of every
 * lexeme occurrence (see src/core/pe_tsvec.h), which for Chinese text
 * take most of to_tsvector's time.
 *
 * IDENTIFICATION
 *	  src/ts_vector.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "tsearch/ts_type.h"

#include "pe_tsvec.h"
#include "plan_ext.h"
#include "ts_search.h"

/*
 * plan_tsvector(doc text) returns tsvector
 */
PG_FUNCTION_INFO_V1(plan_tsvector);
Datum
plan_tsvector(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	size_t		len = VARSIZE_ANY_EXHDR(doc),
				i,
				j;
	pe_arena	arena;
	pe_doclexemes dl;
	size_t		lenstr = 0;
	TSVector	out;
	WordEntry  *we;
	char	   *str;
	size_t		stroff = 0;

	plan_require_utf8();
	plan_arena_init(&arena);
	if (pe_doc_lexemes(&arena, VARDATA_ANY(doc), len,
					   plan_search_lexset(fcinfo->flinfo->fn_oid),
					   PE_LEX_STOPWORDS, &dl) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("text too long to segment: %zu bytes", len),
				 errhint("plan_tsvector accepts documents of up to 2 GB.")));

	/* the layout of make_tsvector: lexeme, then aligned positions */
	for (i = 0; i < dl.nlex; i++)
	{
		/* tokens are at most 1 KB and folding never lengthens them */
		if (dl.lex[i].len > MAXSTRLEN)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("word is too long to be indexed"),
					 errdetail("Words longer than %d bytes are ignored by to_tsvector but cannot be here.", MAXSTRLEN)));
		lenstr += dl.lex[i].len;
		lenstr = SHORTALIGN(lenstr);
		lenstr += sizeof(uint16) + dl.lex[i].npos * sizeof(WordEntryPos);
	}
	if (lenstr > MAXSTRPOS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("string is too long for tsvector (%zu bytes, max %d bytes)",
						lenstr, MAXSTRPOS)));

	out = (TSVector) palloc0(CALCDATASIZE(dl.nlex, lenstr));
	SET_VARSIZE(out, CALCDATASIZE(dl.nlex, lenstr));
	out->size = (int32) dl.nlex;
	we = ARRPTR(out);
	str = STRPTR(out);
	for (i = 0; i < dl.nlex; i++)
	{
		const pe_doclex *lx = &dl.lex[i];
		WordEntryPos *wp;

		we[i].len = lx->len;
		we[i].pos = (uint32) stroff;
		we[i].haspos = 1;
		memcpy(str + stroff, dl.text + lx->off, lx->len);
		stroff = SHORTALIGN(stroff + lx->len);
		*(uint16 *) (str + stroff) = (uint16) lx->npos;
		wp = POSDATAPTR(out, &we[i]);
		for (j = 0; j < lx->npos; j++)
		{
			wp[j] = 0;
			WEP_SETPOS(wp[j], dl.pos[lx->pos + j]);
		}
		stroff += sizeof(uint16) + lx->npos * sizeof(WordEntryPos);
	}
	pe_arena_release(&arena);
	PG_FREE_IF_COPY(doc, 0);
	PG_RETURN_POINTER(out);
}
