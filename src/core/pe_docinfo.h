/*-------------------------------------------------------------------------
 *
 * pe_docinfo.h
 *	  Document facts (kind, region, year, plan period) and splitting of
 *	  several documents pasted into one text (plain C99).
 *
 * Positions are byte offsets into the caller's buffer; memory comes from
 * the caller's pe_arena; time is linear in the input length.
 *
 * IDENTIFICATION
 *	  src/core/pe_docinfo.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_DOCINFO_H
#define PE_DOCINFO_H

#include <stddef.h>

#include "pe_arena.h"
#include "pe_docdate.h"
#include "pe_region.h"
#include "pe_text.h"

typedef enum pe_doc_kind
{
	PE_DOC_OTHER = 0,
	PE_DOC_FIVE_YEAR_PLAN,		/* 国民经济和社会发展第十四个五年规划纲要 */
	PE_DOC_GOV_WORK_REPORT,		/* 政府工作报告 */
	PE_DOC_IMPLEMENTATION_PLAN, /* 实施方案 / 实施意见 / 行动计划 */
	PE_DOC_STAT_COMMUNIQUE,		/* 统计公报 */
	PE_DOC_RESEARCH_REPORT,		/* 调研报告 / 研究报告 */
	PE_DOC_ANNUAL_PLAN			/* 国民经济和社会发展计划 (a year's plan) */
} pe_doc_kind;

/*
 * What the text is, in the vocabulary of ../shared/gold-dev/docs.jsonl:
 * the report itself, or a news page about one.
 */
typedef enum pe_doc_type
{
	PE_TYPE_OTHER = 0,
	PE_TYPE_GWR,				/* a 政府工作报告 itself (各位代表 ... 我代表) */
	PE_TYPE_PLAN_OUTLINE,		/* a five-year plan outline (规划纲要) */
	PE_TYPE_ANNUAL_PLAN,		/* a year's plan or the plan report */
	PE_TYPE_COMMUNIQUE,			/* a statistical communiqué */
	PE_TYPE_NEWS_SUMMARY		/* a news page or digest about one of these */
} pe_doc_type;

typedef struct pe_doc_info
{
	pe_doc_kind kind;
	/* region name as written (e.g. "宝兴县"), span into s; empty = unknown */
	size_t		region_start;
	size_t		region_end;
	/*
	 * Year the document was issued or reported in (a 2021 work report
	 * reviews 2020 and sets 2021 targets: year = 2021); the base year for
	 * 今年/去年/明年.  0 = unknown.
	 */
	int			year;
	/* plan period, e.g. 十四五 -> 2021..2025, fyp = 14; 0 = unknown */
	int			period_start;
	int			period_end;
	int			fyp;			/* ordinal of the five-year plan */
	/*
	 * The document's own title, span into s (may be empty): the line
	 * before its delivery date line, the document a 关于印发…的通知
	 * issues, or a short title line naming a kind or a 人大 session (not a
	 * paragraph, not a 【source】 prefix).
	 */
	size_t		title_start;
	size_t		title_end;

	/* ---- added for issue 12; the fields above keep their meaning ---- */
	pe_doc_level level;			/* national .. district; 0 = unknown */
	pe_doc_type type;
	/*
	 * Canonical region name, NUL-terminated, static ("全国", "湖北省" for
	 * 湖北, "上海市"), or NULL: then the span region_start..end is the name
	 * as written (an unknown name such as 芜湖市弋江区).  Both empty/NULL:
	 * unknown.  The span is empty for 全国 found by cues only.
	 */
	const char *region_name;
	/*
	 * The year the report was delivered for, as the text states it:
	 * delivery date line (a December session reports on the next year),
	 * national 人大 session, title year, 2025年主要预期目标 / 2024年工作回顾
	 * (+1) / 2025年是, then the page's date.  0 = not stated (a communiqué
	 * with no publication date).  year above is this when known, else the
	 * year the document covers (a communiqué's statistics year).
	 */
	int			report_year;
	/*
	 * Delivery or issue date: the delivery line (——2022年1月21日在…会议上),
	 * else a line holding only a date (a notice's signing date), else the
	 * first full date near the top (a news page's date).  date.year = 0:
	 * none.  Span into s.
	 */
	pe_date		date;
	/* the first 人大 session named near the top (spans into s); term 0 = none */
	pe_session	session;
} pe_doc_info;

/* Facts about s[0..len) (one document).  Never fails; no allocation. */
void		pe_doc_info_get(const char *s, size_t len, pe_doc_info *out);

/* "five_year_plan", "government_work_report", ... "other" */
const char *pe_doc_kind_name(pe_doc_kind k);

/* "gwr", "plan_outline", "annual_plan", "communique", "news_summary", "other" */
const char *pe_doc_type_name(pe_doc_type t);

/*
 * The region as a NUL-terminated name: info->region_name, else a copy of
 * the span into buf (cap bytes).  Returns NULL when the region is
 * unknown.
 */
const char *pe_doc_region(const char *s, const pe_doc_info *info, char *buf,
						  size_t cap);

/*
 * Split a text holding several pasted documents into one span per
 * document (a text with one document gives one span covering it; an
 * empty text gives none).  A document starts at a header line such as
 * "【宝兴县招商】2021年宝兴县政府工作报告" or a title line naming a
 * document kind that follows the previous document's closing date or
 * separator line.  Spans are contiguous: together they cover [0, len)
 * except leading blank lines.  Returns 0, -1 when out of memory.
 */
int			pe_split_documents(const char *s, size_t len, pe_arena *arena,
							   pe_text_span **out, size_t *n);

/*
 * Outline of a text that may hold several documents: the documents of
 * pe_split_documents become sections of kind PE_MK_DOC at level 0 (title:
 * the header line after its 【source】, or the title line), each holding
 * the outline of its own text (levels from 1, built separately so that
 * one report's markers never nest into another's).  A text with a single
 * document gives pe_outline_build's sections.  Section titles that start
 * with a year and name no role ("2021年主要工作") get one from the
 * document's year: before it = review, else plan.  Returns 0 or -1.
 */
struct pe_outline;
int			pe_doc_outline(const char *s, size_t len, pe_arena *arena,
						   struct pe_outline *out);

/*
 * Value of a five-year-plan ordinal written in Chinese numerals as in
 * 十四五 / 第十四个五年: 14 -> period 2021-2025 (1953 + 5*(n-1)).
 */
int			pe_fyp_start_year(int ordinal);

#endif							/* PE_DOCINFO_H */
