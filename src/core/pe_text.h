/*-------------------------------------------------------------------------
 *
 * pe_text.h
 *	  Sentences and clauses of Chinese plan text (plain C99).
 *
 * All positions are byte offsets into the caller's buffer (s, len); a
 * span is the half-open range [start, end).  Results are allocated from
 * the caller's pe_arena.  Every function is linear in len, accepts any
 * bytes (invalid UTF-8 is stepped over one byte at a time) and never
 * fails except when the arena runs out of memory.
 *
 * Sentence rules (docs/outline.md has the full list):
 *	- A sentence ends after 。！？ or half-width ! ?, and after a
 *	  half-width '.' that follows a Han character or a closing quote
 *	  (so "3.5%" and the heading "1." do not end one).  Runs of
 *	  terminators (！？, ……。) and the closing quotes and brackets right
 *	  after them ("。”", "！）") belong to the sentence.
 *	- A terminator inside a matched pair of “” ‘’ 「」 『』 () （） 《》
 *	  〈〉 【】 [] ［］ does not end a sentence.  Pairs are matched with a
 *	  bounded stack, so an unmatched opener or closer is ignored (it never
 *	  swallows the rest of the text), and a pair longer than
 *	  PE_TEXT_MAX_QUOTE bytes does not protect its inside.  A quotation
 *	  whose inside ends with a terminator (“……。”) ends the sentence after
 *	  its closing quote (brackets do not: （见表。）continues).
 *	- With PE_SENT_NEWLINES (the default choice of the SQL function) a
 *	  line break also ends a unit: plan outlines are line-based (one
 *	  heading, paragraph or table cell per line).  Pairs never span lines
 *	  in that mode.
 *	- The caller may pass extra break offsets (for example the start and
 *	  title end of inline headings, see pe_outline.h) where a unit must
 *	  end even without punctuation.
 *	- Spans are trimmed of white space at both ends; empty units are
 *	  dropped.  Spans are in increasing order and never overlap.
 *
 * IDENTIFICATION
 *	  src/core/pe_text.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_TEXT_H
#define PE_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "pe_arena.h"

/* a half-open byte range [start, end) of the caller's buffer */
typedef struct pe_text_span
{
	size_t		start;
	size_t		end;
} pe_text_span;

/* longest quoted or bracketed pair (bytes) that still protects its inside */
#define PE_TEXT_MAX_QUOTE 1200

/* flags of pe_text_sentences */
#define PE_SENT_NEWLINES	0x01	/* a line break ends a unit */

/*
 * Split s[0..len) into sentences.
 *
 * breaks: optional sorted array of nbreaks byte offsets where a unit must
 * end as well (may be NULL).  On success sets *out to an arena array of
 * *n spans and returns 0; returns -1 when the arena is out of memory.
 */
int			pe_text_sentences(const char *s, size_t len, unsigned flags,
							  const size_t *breaks, size_t nbreaks,
							  pe_arena *arena, pe_text_span **out, size_t *n);

/* one piece of a clause split */
typedef struct pe_text_clause
{
	size_t		start;			/* span of the piece, trimmed of blanks, */
	size_t		end;			/* without the separator */
	uint32_t	sep;			/* code point that ended it; 0 at the end */
} pe_text_clause;

/* flags of pe_text_clauses */
#define PE_CLAUSE_ENUM		0x01	/* also split at 、 (list items) */
#define PE_CLAUSE_COLON		0x02	/* also split at ：/: */
#define PE_CLAUSE_SENTENCE	0x04	/* also split at 。！？!? (text holding
									 * several sentences) */

/*
 * Split the span s[start..end) into clauses at ；; (always) ，, (always)
 * and, by flags, 、 ：: and sentence terminators.  Separators inside
 * matched brackets or quotes (same matching as sentences) do not split;
 * a ',' between two ASCII digits ("1,234") does not split either.
 * Empty pieces are dropped.  Returns 0, or -1 when out of memory.
 */
int			pe_text_clauses(const char *s, size_t start, size_t end,
							unsigned flags, pe_arena *arena,
							pe_text_clause **out, size_t *n);

/*
 * Matched bracket and quote pairs of s[0..len), outermost first-come
 * order (pair i starts at open[i].start; open[i].end is just past the
 * closer).  Only the outermost pairs are returned; they never overlap.
 * Used by the sentence, clause and outline scanners; exposed for tests.
 */
int			pe_text_pairs(const char *s, size_t len, unsigned flags,
						  pe_arena *arena, pe_text_span **out, size_t *n);

/* Is cp a sentence terminator (。！？!?)? */
int			pe_text_is_terminator(uint32_t cp);

/*
 * Blanks around figures.  Web pages print blanks between a Han character
 * and a figure (地区生产总值达 12.82 万亿元、增长 5.8%, 增长 5% 以上), which
 * cut the figure from its name, unit and qualifier.  A run of one or two
 * horizontal blanks (space, NBSP, U+3000, U+2002-U+200A, U+202F, U+205F;
 * not a tab, which separates table cells, nor a line break) is dropped when
 *	- a Han character is before it and a digit (0-9, ０-９) after it;
 *	- a digit or a per-cent sign (% ％ ‰) is before it and a Han character
 *	  or a per-cent sign after it.
 * Blanks between two Han characters or two figures (2021 2022 in a table)
 * stay.  The map tells where bytes and characters were dropped, so that
 * positions in the copy are turned back into positions in the original.
 */
typedef struct pe_blank_map
{
	size_t		n;				/* runs dropped */
	size_t	   *boff;			/* byte offset in the copy where run i was */
	size_t	   *coff;			/* character index in the copy */
	size_t	   *bsum;			/* bytes dropped by runs 0..i */
	size_t	   *csum;			/* characters dropped by runs 0..i */
} pe_blank_map;

/*
 * A copy of s[0..*len) without such blanks; sets *len to its length and
 * fills *map.  Returns s itself (map->n = 0) when nothing is dropped or
 * the arena is out of memory.  Characters are counted as pe_utf8_next
 * steps (an invalid byte is one character).
 */
const char *pe_text_drop_figure_blanks(const char *s, size_t *len,
									   pe_arena *arena, pe_blank_map *map);

/*
 * Is there a blank at s[i] (of n bytes) that pe_text_drop_figure_blanks
 * may drop, i.e. a blank byte sequence with a digit or a percent sign
 * just before it or a digit just after it?  0 means never dropped.  A
 * caller that scans the text anyway asks this at each byte ' ', C2, E2,
 * E3 and skips pe_text_drop_figure_blanks when no answer is 1.
 */
int			pe_text_figure_blank_at(const char *s, size_t n, size_t i);

/*
 * Offset in the original of byte offset (or character index) off of the
 * copy.  A start (is_end 0) goes past blanks dropped right at off; an end
 * (is_end 1) stays before them.
 */
size_t		pe_blank_map_byte(const pe_blank_map *map, size_t off, int is_end);
size_t		pe_blank_map_char(const pe_blank_map *map, size_t off, int is_end);

#endif							/* PE_TEXT_H */
