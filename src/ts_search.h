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

/*
 * True while plan_tsquery segments a query: the dictionary then returns
 * the whole word only, without its sub-words (for documents indexed with
 * sub-words the result matches the same rows, and headlines mark only
 * the words searched for).
 */
extern bool plan_ts_query_mode;

#endif							/* PLAN_TS_SEARCH_H */
