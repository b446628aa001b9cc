/*-------------------------------------------------------------------------
 *
 * ts_search.h
 *	  Declarations shared by the full-text search glue files
 *	  (ts_parser.c, ts_dict.c, user_words.c).
 *
 * IDENTIFICATION
 *	  src/ts_search.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PLAN_TS_SEARCH_H
#define PLAN_TS_SEARCH_H

#include "pe_segment.h"

/*
 * The lexicon set segmentation uses in this backend right now: the
 * built-in lexicon plus the user words of plan_user_words, reloaded when
 * the table has changed (user_words.c).  Valid until the next call.
 * fn_oid is the calling SQL function, whose schema is the extension's.
 */
extern const pe_lexset *plan_search_lexset(Oid fn_oid);
extern uint64 plan_search_lexset_generation(Oid fn_oid);

/*
 * True while plan_tsquery segments a query: the dictionary then returns
 * the whole word only, without its sub-words (for documents indexed with
 * sub-words the result matches the same rows, and headlines mark only
 * the words searched for).
 */
extern bool plan_ts_query_mode;

/*
 * The tsquery of one plan_tsquery term with query-side sub-word
 * expansion (ts_expand.c), or (Datum) 0 when the term has no Chinese.
 */
extern Datum plan_expand_term(Oid fn_oid, const char *s, size_t len);

/*
 * What plan_parser found out about the last word token it handed out,
 * for the dictionary, which is called with the same bytes right after:
 * the trie node of a built-in word (its sub-words are then read from the
 * compiled-in table without a second lookup) and whether folding would
 * change the bytes.  The entry is keyed by the token's bytes, not by a
 * pointer, so whatever is in it is right for any text equal to key: a
 * dictionary call for other text (ts_lexize, or a token of another parse)
 * just does not match it.
 */
#define PLAN_TS_HINT_MAX 96
typedef struct plan_ts_hint
{
	int			len;			/* 0: empty */
	uint32		node;			/* pe_token.node */
	uint32		folds;			/* pe_token.folds */
	char		key[PLAN_TS_HINT_MAX];
} plan_ts_hint;

extern plan_ts_hint plan_ts_last_token;

#endif							/* PLAN_TS_SEARCH_H */
