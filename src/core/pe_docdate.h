/*-------------------------------------------------------------------------
 *
 * pe_docdate.h
 *	  Dates and 人民代表大会 sessions as documents write them (plain C99):
 *	  2022年1月21日, 2022 年 1 月 21 日, 二○二二年一月二十一日, 2022-01-21,
 *	  1月11日; 第十三届全国人民代表大会第五次会议, 十四届全国人大一次会议,
 *	  在福州市第十六届人民代表大会第一次会议上, 市十四届人大二次会议.
 *
 * The text is expected folded (pe_fold_cp: simplified characters,
 * half-width digits); blanks and line breaks between the parts are
 * skipped (PDF text breaks lines anywhere).  Offsets are bytes.
 *
 * IDENTIFICATION
 *	  src/core/pe_docdate.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_DOCDATE_H
#define PE_DOCDATE_H

#include <stddef.h>
#include <stdint.h>

typedef struct pe_date
{
	int			year;			/* 0 when the text gives only month and day */
	int			month;			/* 1..12 */
	int			day;			/* 1..31, 0 when the text gives none */
	size_t		start;
	size_t		end;
} pe_date;

/*
 * A date starting at s[i]: with year, month and day, or (when
 * allow_partial) month and day alone (1月11日) or year and month
 * (2021年3月).  Returns 1 and fills *out, else 0.
 */
int			pe_date_at(const char *s, size_t len, size_t i, int allow_partial,
					   pe_date *out);

/* value of a Chinese numeral digit: 〇○零 0, 一..九, 两 2; 十 10; else -1 */
int			pe_cn_digit(uint32_t cp);

typedef struct pe_session
{
	size_t		start;			/* span of the session words (from the region or 第) */
	size_t		end;
	int			term;			/* 第十三届 -> 13 */
	int			number;			/* 第五次会议 -> 5 */
	int			national;		/* 全国人民代表大会 / 全国人大 */
	/* region named before the term (福州市), span; empty when none */
	size_t		region_start;
	size_t		region_end;
	/* 市十四届人大: the level word alone (市 县 区 省), span; else empty */
	size_t		level_start;
	size_t		level_end;
	int			year;			/* pe_npc_session_year, pe_province_session_year; else 0 */
} pe_session;

/*
 * The first plenary 人民代表大会 session named in s[0..len) (not a
 * standing committee's meeting).  Returns 1 and fills *out, else 0.
 */
int			pe_session_find(const char *s, size_t len, pe_session *out);

/*
 * Year of the national people's congress session (term, number): the
 * 1st to 5th NPC began 1954, 1959, 1964, 1975, 1978; from the 6th (1983)
 * a term lasts five years with one session a year, so 13th NPC 1st
 * session = 2018, 14th 3rd = 2025.  0 when out of range.
 */
int			pe_npc_session_year(int term, int number);

/*
 * Year of a provincial-level people's congress session, for a province,
 * autonomous region or municipality named by its full name (上海市,
 * 广东省): since 2003 their terms begin in the national term's first year
 * (2003, 2008, ..., 2023) with one session a year, so the year follows
 * from the term the province held in 2023 (pe_docdate.c's table:
 * 上海市 16, 北京市 16, 天津市 18, 重庆市 6, 海南省 7, ...).  0 when the
 * province is not in the table or the term began before 2003.
 */
int			pe_province_session_year(const char *full, int term, int number);

#endif							/* PE_DOCDATE_H */
