/*-------------------------------------------------------------------------
 *
 * normalize.c
 *	  plan_normalize(text): NFKC folding and Traditional -> Simplified.
 *
 * IDENTIFICATION
 *	  src/normalize.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "plan_ext.h"

/*
 * plan_normalize(doc text) returns text
 *
 * Folds compatibility characters with NFKC (full-width Latin letters,
 * digits and punctuation become ASCII, the ideographic space becomes a
 * space, circled numbers become digits...) and maps Traditional Chinese
 * characters to Simplified with ICU's Traditional-Simplified
 * transliterator.  See docs/normalize.md for the exact classes.
 */
PG_FUNCTION_INFO_V1(plan_normalize);
Datum
plan_normalize(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	char	   *out;
	int			outlen;

	plan_require_utf8();
	out = plan_icu_normalize(VARDATA_ANY(doc), VARSIZE_ANY_EXHDR(doc), &outlen);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out, outlen));
}
