/*-------------------------------------------------------------------------
 *
 * pe_utf8.h
 *	  UTF-8 scanning helpers shared by every src/core module (plain C99).
 *
 * Core functions work on byte offsets into a buffer with an explicit
 * length; the PostgreSQL glue turns byte offsets into the 1-based
 * character positions that substr() counts (pe_utf8_pos_map).
 *
 * IDENTIFICATION
 *	  src/core/pe_utf8.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_UTF8_H
#define PE_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define PE_REPLACEMENT_CHAR 0xFFFD

/*
 * Decode the code point at s[*i] (i < len) and advance *i past it.
 * Invalid or truncated sequences yield PE_REPLACEMENT_CHAR and advance
 * by one byte, so a loop over any bytes always terminates.
 */
uint32_t	pe_utf8_next(const char *s, size_t len, size_t *i);

/*
 * Code point at s[i] without advancing (0 with *n = 0 at the end); *n is
 * set to its byte length.  Inline, with a fast path for ASCII and for
 * well-formed three-byte sequences (CJK), for the scanners' hot loops.
 */
static inline uint32_t
pe_utf8_peek(const char *s, size_t len, size_t i, size_t *n)
{
	const unsigned char *p = (const unsigned char *) s + i;
	size_t		j = i;
	uint32_t	cp;

	if (i >= len)
	{
		*n = 0;
		return 0;
	}
	if (p[0] < 0x80)
	{
		*n = 1;
		return p[0];
	}
	if ((p[0] & 0xF0) == 0xE0 && len - i >= 3 && (p[1] & 0xC0) == 0x80 &&
		(p[2] & 0xC0) == 0x80)
	{
		cp = ((uint32_t) (p[0] & 0x0F) << 12) | ((uint32_t) (p[1] & 0x3F) << 6) |
			(p[2] & 0x3F);
		if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF))
		{
			*n = 3;
			return cp;
		}
	}
	cp = pe_utf8_next(s, len, &j);
	*n = j - i;
	return cp;
}

/* Decode the code point ending just before s[*i] (i > 0); moves *i back. */
uint32_t	pe_utf8_prev(const char *s, size_t *i);

/* Byte length of the sequence starting with lead byte c (1 for invalid). */
int			pe_utf8_seqlen(unsigned char c);

/* Encode cp into buf (at least 4 bytes); returns the byte count. */
int			pe_utf8_encode(uint32_t cp, char *buf);

/* Number of code points in s[0..len) (each invalid byte counts as one). */
size_t		pe_utf8_count(const char *s, size_t len);

/* Is the whole buffer valid UTF-8 (no surrogates, no overlongs)? */
int			pe_utf8_valid(const char *s, size_t len);

/* Character classes used across modules. */
int			pe_is_han(uint32_t cp);			/* CJK unified ideographs, 〇 */
int			pe_is_ascii_digit(uint32_t cp);
int			pe_is_fullwidth_digit(uint32_t cp);	/* ０-９ */
int			pe_is_space(uint32_t cp);		/* ASCII, NBSP, U+3000, other Zs */

/*
 * Incremental byte offset -> 1-based character position converter.
 * Offsets passed to pe_utf8_pos_at must not decrease between calls
 * (reset with pe_utf8_pos_init to start over); total cost is linear.
 */
typedef struct pe_pos_map
{
	const char *s;
	size_t		len;
	size_t		byte;			/* last byte offset reached */
	size_t		chars;			/* characters before byte */
} pe_pos_map;

void		pe_utf8_pos_init(pe_pos_map *m, const char *s, size_t len);
size_t		pe_utf8_pos_at(pe_pos_map *m, size_t byte_offset);	/* 0-based char index */

#endif							/* PE_UTF8_H */
