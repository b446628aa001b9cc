/*-------------------------------------------------------------------------
 *
 * pe_kind.h
 *	  The kind stage of the indicator extractor (pe_kind.c): target or
 *	  actual, and the year a figure refers to, from cues with precedence.
 *
 * IDENTIFICATION
 *	  src/core/pe_kind.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_KIND_H
#define PE_KIND_H

#include "pe_extract_int.h"

/* precedence of what decided a kind; a higher rank overrules a lower */
#define PE_CUE_RANK_DOC		0	/* the document's type */
#define PE_CUE_RANK_SECTION	1	/* a section cue of an earlier sentence */
#define PE_CUE_RANK_ACTUAL	2	/* an actual cue in the clause (比上年) */
#define PE_CUE_RANK_STANCE	3	/* a target stance (力争), or a section
								 * cue in the sentence itself */
#define PE_CUE_RANK_TIME	4	/* an explicit time (到2025年, 2020年) */

/*
 * The rules that decide a row's kind and year, as plan_indicators_explain
 * names them (pe_indicator.why); docs/indicators.md lists them with
 * examples.  One place for all of them: a newcomer looking for why a row
 * got its year finds the rule here and its code by the macro's name.
 */
#define PE_WHY_DOC_PLAN		"document: a plan's figures are targets for the end of its period"
#define PE_WHY_DOC_REPORT	"document: a report's figures are results of the last year it reports"
#define PE_WHY_VISION_END	"heading: a vision year (2035年远景目标) ends with its section"
#define PE_WHY_OPEN_YEAR	"sentence opening with a year (2021年,…): results up to the last year reported, targets after"
#define PE_WHY_TARGET_YEAR	"target section cue (主要预期目标…); the year named before it"
#define PE_WHY_TARGET_FYP	"target section cue; the end of the five-year period named (十四五 → 2025)"
#define PE_WHY_TARGET_PLAN	"target section cue; the end of the plan's period"
#define PE_WHY_TARGET_REPORT "target section cue; the report year"
#define PE_WHY_REVIEW_YEAR	"review section cue (工作回顾…); the year named"
#define PE_WHY_REVIEW_FYP	"review section cue; the five-year period named ends then (十三五 → 2020)"
#define PE_WHY_REVIEW_LAST	"review section cue (过去五年…); the last year the document reports"
#define PE_WHY_GOAL_REACHED	"a goal reached (完成全年目标任务) is a result"
#define PE_WHY_TARGET_CUE	"target cue in the clause (力争, 确保, 预期, 计划…)"
#define PE_WHY_ACTUAL_CUE	"actual cue in the clause (比上年, 同比, 初步核算…)"
#define PE_WHY_SENTENCE_ACTUAL "actual cue in the sentence (比上年, 同比, 初步核算…) and no target stance"
#define PE_WHY_BY_YEAR		"到/至 a year: a target for that year"
#define PE_WHY_YEAR_PAST	"an explicit year up to the last reported: a result of that year"
#define PE_WHY_YEAR_FUTURE	"an explicit year after the last reported: a target for that year"
#define PE_WHY_LAST_YEAR	"去年: a result of the year before the report"
#define PE_WHY_THIS_YEAR	"今年: a target of the report year"
#define PE_WHY_NEXT_YEAR	"明年: a target of the year after the report"
#define PE_WHY_TABLE_TARGET	"indicator table: the target column"
#define PE_WHY_TABLE_BASE	"indicator table: the base-year column"

/* one cue word */
typedef struct pe_cue
{
	uint32_t	first;			/* code point of text's first character */
	const char *text;			/* UTF-8 */
	pe_kind		kind;			/* what it says */
	int			rank;			/* PE_CUE_RANK_* */
	const char *example;		/* a real sentence it decides, or NULL */
} pe_cue;

/* the clause cues, terminated by text == NULL (for the unit tests) */
extern const pe_cue pe_clause_cues[];

/* an estimate cue beside a year (2021年,预计… / 预计2022年…) */
typedef struct pe_estimate_cue
{
	const char *text;			/* UTF-8 */
	int			after;			/* 1: after the year's 年, 0: before the year */
	const char *example;		/* a real sentence it decides */
} pe_estimate_cue;

/* the estimate cues, terminated by text == NULL (for the unit tests) */
extern const pe_estimate_cue pe_estimate_cues[];

/* 4-digit year written at i and followed by 年 (2025年, 2025 年), else 0 */
int			pe_x_year_at(const pe_x *x, size_t i);

/* the character after the 年 of a pe_x_year_at year at i */
size_t		pe_x_year_end(const pe_x *x, size_t i);

/* the last year a document reports results for */
int			pe_kind_last_actual(const pe_xdoc *d);

/*
 * Update d's running context (ctx_kind, ctx_year, ctx_rank) from the
 * opening of the sentence [s, e); 1 when the sentence itself holds the
 * target cue that set it (its clauses then start at PE_CUE_RANK_STANCE).
 */
int			pe_kind_sentence(pe_x *x, pe_xdoc *d, size_t s, size_t e);

/* apply the clause cues of [s, e) to st (kind, year, rank) */
void		pe_kind_clause(pe_x *x, pe_xdoc *d, sentence_state *st, size_t s, size_t e);

/*
 * 1 when the sentence [s, e) holds an actual cue (比上年, 同比, 初步核算)
 * and no target stance; pe_kind_sentence_start applies it to st before
 * the sentence's clauses are read.
 */
int			pe_kind_sentence_actual(pe_x *x, pe_xdoc *d, size_t s, size_t e);
void		pe_kind_sentence_start(pe_x *x, pe_xdoc *d, sentence_state *st,
								   size_t s, size_t e);

/* 0 when every cue's first code point matches its text and f_section_cue,
 * f_clause_cue hold those of their tables, else 1 + index (1000: a filter) */
int			pe_kind_tables_check(void);

#endif							/* PE_KIND_H */
