/*-------------------------------------------------------------------------
 *
 * pe_outline.h
 *	  Section headings and the outline tree of Chinese plan text (C99).
 *
 * pe_outline_build() finds headings, on their own lines or inline in a
 * long line, and nests them into a tree.  Positions are byte offsets into
 * the caller's buffer; memory comes from the caller's pe_arena; time is
 * linear in the input length.
 *
 * Heading markers (label) recognised:
 *	PE_MK_PIAN		第X篇				PE_MK_PART		第X部分
 *	PE_MK_ZHANG		第X章				PE_MK_JIE		第X节
 *	PE_MK_CN_DUN	一、				PE_MK_CN_PAREN	（一） (一)
 *	PE_MK_NUM_DOT	1. 1、 1． ⒈		PE_MK_NUM_PAREN	（1） (1) ⑴
 *	PE_MK_CIRCLED	① ... ⑳				PE_MK_BOX		专栏N： 专栏：
 *	PE_MK_TABLE		a table title line ("“十四五”时期经济社会发展主要指标",
 *					"表1 ...")
 *	PE_MK_PLAIN		an unmarked heading: a short own line between prose
 *					paragraphs, a line wholly in 【】, or an inline title
 *					after a sentence end that ends in 工作回顾/工作安排/
 *					重点工作/目标任务 ... followed by a blank or body text
 *
 * Levels are not fixed per marker kind: the first kind seen in a document
 * gets level 1, and a kind first seen while another is open nests under
 * it (so 一、 under 第X章 is level 3 when 第X节 sits between, but level 1
 * in a work report), unless the canonical order 篇 > 部分 > 章 > 节 > 一、 >
 * （一） > 1. > （1） > ① says it is higher; a heading of a kind that is open
 * is its sibling.  A 专栏 box and a table title nest under the current
 * section, never above it.  Enumerations 一是…二是… and —— bullets are
 * items of a paragraph, not sections: they are not reported.
 *
 * Title end rule (docs/outline.md has the word lists): the title runs
 * from after the marker to the first of
 *	1. a line break; 。！？；!?; ：: (after 2 characters); a blank after 2
 *	   characters;
 *	2. for a title that runs on in its line: a body cue at least 4
 *	   characters in (2021年是, “十四五”时期，, 各位代表, 过去五年 ...), or the
 *	   end of a part-title word (工作回顾, 目标任务, 工作安排 ...) that the
 *	   title does not continue after;
 *	3. in a two-clause title A，B running into the body, before a verb that
 *	   opens the body (确保, 加快, 强化 ...) well into B;
 *	4. PE_OUTLINE_MAX_TITLE characters: B is kept about as long as A, else
 *	   the title is cut at the bound (PE_SEC_TITLE_CUT marks 3 and 4).
 * For 专栏 boxes and table titles only rule 1 applies.  Title spans exclude
 * trailing blanks and punctuation.  An own-line numbered paragraph whose
 * title needs rule 4 is an item, not a heading.
 *
 * IDENTIFICATION
 *	  src/core/pe_outline.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_OUTLINE_H
#define PE_OUTLINE_H

#include <stddef.h>
#include <stdint.h>

#include "pe_arena.h"

typedef enum pe_marker_kind
{
	PE_MK_PIAN = 0,				/* 第X篇 */
	PE_MK_PART,					/* 第X部分 */
	PE_MK_ZHANG,				/* 第X章 */
	PE_MK_JIE,					/* 第X节 */
	PE_MK_CN_DUN,				/* 一、 */
	PE_MK_CN_PAREN,				/* （一） */
	PE_MK_NUM_DOT,				/* 1. / 1、 */
	PE_MK_NUM_PAREN,			/* （1） */
	PE_MK_CIRCLED,				/* ① */
	PE_MK_BOX,					/* 专栏N： */
	PE_MK_TABLE,				/* table title line */
	PE_MK_PLAIN,				/* unmarked heading (own line, or inline
								 * ending in 工作回顾/工作安排 ...) */
	PE_MK_DOC,					/* a whole document of a pasted text
								 * (level 0, pe_doc_outline only) */
	PE_MK_COUNT
} pe_marker_kind;

/* role of a section title, for telling actual values from targets */
typedef enum pe_section_role
{
	PE_ROLE_NONE = 0,			/* says neither */
	PE_ROLE_REVIEW,				/* 回顾 总结 成就 成效 完成情况 ... */
	PE_ROLE_PLAN				/* 目标 安排 任务 展望 举措 重点 ... */
} pe_section_role;

/* section flags */
#define PE_SEC_INLINE	0x01	/* heading found inside a line */
#define PE_SEC_TITLE_CUT 0x02	/* title end chosen by the bound rule */
#define PE_SEC_OWNLINE	0x08	/* the heading fills its line */
#define PE_SEC_RUNIN	0x04	/* body text follows the title on the same
								 * line (directly or after blanks) */

typedef struct pe_section
{
	int			level;			/* 1 = top level */
	pe_marker_kind kind;
	int			number;			/* value of the marker (八 -> 8), 0 if none */
	int			parent;			/* index of the enclosing section, -1 */
	unsigned	flags;
	pe_section_role role;		/* from this title alone */
	size_t		start;			/* whole extent [start, end): from the */
	size_t		end;			/* heading to the next one of <= level */
	size_t		label_start;	/* the marker, e.g. "第八章", "（一）" */
	size_t		label_end;
	size_t		title_start;	/* the title after the marker */
	size_t		title_end;
} pe_section;

typedef struct pe_outline
{
	pe_section *sections;		/* in document order */
	size_t		n;
} pe_outline;

/* longest inline title, in characters */
#define PE_OUTLINE_MAX_TITLE 40

/*
 * Find the headings of s[0..len) and build the outline.  Sections come in
 * document order; parents precede children.  Returns 0, -1 when out of
 * memory.
 */
int			pe_outline_build(const char *s, size_t len, pe_arena *arena,
							 pe_outline *out);

/*
 * Index of the innermost section whose extent holds byte offset pos, or
 * -1 when pos lies before the first heading.  O(log n).
 */
int			pe_outline_find(const pe_outline *o, size_t pos);

/*
 * The chain of titles from the top level down to section idx, joined by
 * sep (e.g. " / "), NUL-terminated, allocated in the arena.  A section
 * with an empty title contributes its label.  Its length goes to *outlen
 * unless outlen is NULL.  NULL when out of memory.
 */
char	   *pe_outline_path(const pe_outline *o, const char *s, int idx,
							const char *sep, pe_arena *arena, size_t *outlen);

/*
 * Role of the text at section idx: the role of the innermost section on
 * the chain from idx up to the top that has one (PE_ROLE_NONE if none).
 */
pe_section_role pe_outline_role(const pe_outline *o, int idx);

/* Role of a title string by its words (used for each section). */
pe_section_role pe_title_role(const char *s, size_t len);

/* "pian", "part", "zhang", "jie", "cn_dun", ... for SQL and docs */
const char *pe_marker_kind_name(pe_marker_kind k);

/*
 * Sorted unit-break offsets for pe_text_sentences: for every inline
 * heading, its start and (PE_SEC_RUNIN) its title end, so that a heading never shares
 * a sentence with body text.  Returns 0, -1 when out of memory.
 */
int			pe_outline_breaks(const pe_outline *o, pe_arena *arena,
							  size_t **out, size_t *n);

#endif							/* PE_OUTLINE_H */
