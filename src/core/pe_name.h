/*-------------------------------------------------------------------------
 *
 * pe_name.h
 *	  The name stage of the indicator extractor: which words of the text
 *	  before a figure are the indicator's name.
 *
 * pe_clause.c finds the name region of a figure (the clause text before
 * the number); pe_name_clean cuts it at the first predicate word and this
 * stage drops the frames around it: list
 * bullets and subjects in front (●, 我国, 全国, 特别是, 拟安排), verbs,
 * adverbs and footnote marks behind (增加到, 降到, 继续, 连年, 首次, 拟按,
 * 目标为, [2]).  Every frame is an entry of a table below with a real
 * sentence it decides and the name that sentence must give; the unit test
 * test/unit/test_name.c runs each example through the whole extractor.
 *
 * IDENTIFICATION
 *	  src/core/pe_name.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_NAME_H
#define PE_NAME_H

#include <stddef.h>

typedef struct pe_name_frame
{
	const char *text;			/* UTF-8 frame (simplified characters) */
	const char *example;		/* a real sentence holding it */
	const char *name;			/* the name of that sentence's figure */
} pe_name_frame;

/* frames stripped from the front of a name, and from its end */
extern const pe_name_frame pe_name_lead_frames[];
extern const pe_name_frame pe_name_trail_frames[];
/* forecast words stripped before a scope word (预期全省地区生产总值) */
extern const pe_name_frame pe_name_forecast_leads[];
/* comparison bases that alone are no name (同比 in ,同比下降4.3%) */
extern const pe_name_frame pe_name_bare_bases[];
/* scope words kept in front of a fixed indicator name (全市生产总值) */
extern const pe_name_frame pe_name_fixed_scopes[];

/*
 * Tidy the name s[0..n): strip lead and trail frames (repeatedly) and a
 * trailing footnote mark ([2], 〔1〕).  Returns the kept length; *off is set
 * to the byte offset of the kept name inside s.  A frame that would leave
 * the name empty is kept.
 */
size_t		pe_name_tidy(const char *s, size_t n, size_t *off);

/*
 * Length in bytes of the scope word at s[0..n) that is part of a fixed
 * name (全市 in 全市生产总值), else 0: the caller keeps it.
 */
size_t		pe_name_fixed_scope(const char *s, size_t n);

/* head words shared by the items of a distributed list (价格, 人均可支配收入) */
extern const pe_name_frame pe_name_heads[];

struct pe_arena;

/*
 * Give the items of a distributed list the head word their last item ends
 * with: 交通通信、食品烟酒、衣着价格 -> 交通通信价格, 食品烟酒价格;
 * 城镇和农村居民人均可支配收入 -> 城镇居民人均可支配收入.  An item that
 * already ends with the head, or with a complete name (…量, …率, …收入),
 * stays.  New strings come from arena; returns the number of items changed.
 */
int			pe_name_share_head(char **items, int n, struct pe_arena *arena);

/* the tail of last an earlier list item takes (城镇居民、农村居民人均…), or 0 */
size_t		pe_name_shared_tail(const char *item, size_t il, const char *last, size_t ll);

#endif							/* PE_NAME_H */
