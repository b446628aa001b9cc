/*-------------------------------------------------------------------------
 *
 * pe_utf8.c
 *	  UTF-8 scanning helpers.
 *
 * IDENTIFICATION
 *	  src/core/pe_utf8.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_utf8.h"

int
pe_utf8_seqlen(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return 2;
	if (c >= 0xE0 && c <= 0xEF)
		return 3;
	if (c >= 0xF0 && c <= 0xF4)
		return 4;
	return 1;
}

uint32_t
pe_utf8_next(const char *s, size_t len, size_t *i)
{
	const unsigned char *p = (const unsigned char *) s + *i;
	size_t		left = len - *i;
	unsigned char c = p[0];
	uint32_t	cp;

	if (c < 0x80)
	{
		*i += 1;
		return c;
	}
	if (c >= 0xC2 && c <= 0xDF)
	{
		if (left >= 2 && (p[1] & 0xC0) == 0x80)
		{
			*i += 2;
			return ((uint32_t) (c & 0x1F) << 6) | (p[1] & 0x3F);
		}
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		if (left >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
		{
			cp = ((uint32_t) (c & 0x0F) << 12) | ((uint32_t) (p[1] & 0x3F) << 6) |
				(p[2] & 0x3F);
			if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF))
			{
				*i += 3;
				return cp;
			}
		}
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		if (left >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
			(p[3] & 0xC0) == 0x80)
		{
			cp = ((uint32_t) (c & 0x07) << 18) | ((uint32_t) (p[1] & 0x3F) << 12) |
				((uint32_t) (p[2] & 0x3F) << 6) | (p[3] & 0x3F);
			if (cp >= 0x10000 && cp <= 0x10FFFF)
			{
				*i += 4;
				return cp;
			}
		}
	}
	*i += 1;
	return PE_REPLACEMENT_CHAR;
}

uint32_t
pe_utf8_prev(const char *s, size_t *i)
{
	size_t		start = *i;
	size_t		j;
	int			k;

	/* step back over at most three continuation bytes */
	for (k = 1; k <= 4 && k <= (int) start; k++)
	{
		j = start - k;
		if (((unsigned char) s[j] & 0xC0) != 0x80)
		{
			size_t		t = j;
			uint32_t	cp = pe_utf8_next(s, start, &t);

			if (t == start)
			{
				*i = j;
				return cp;
			}
			break;
		}
	}
	*i = start - 1;
	return PE_REPLACEMENT_CHAR;
}

int
pe_utf8_encode(uint32_t cp, char *buf)
{
	unsigned char *b = (unsigned char *) buf;

	if (cp < 0x80)
	{
		b[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		b[0] = (unsigned char) (0xC0 | (cp >> 6));
		b[1] = (unsigned char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		b[0] = (unsigned char) (0xE0 | (cp >> 12));
		b[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		b[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	b[0] = (unsigned char) (0xF0 | (cp >> 18));
	b[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3F));
	b[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
	b[3] = (unsigned char) (0x80 | (cp & 0x3F));
	return 4;
}

size_t
pe_utf8_count(const char *s, size_t len)
{
	size_t		i = 0,
				n = 0;

	while (i < len)
	{
		if ((unsigned char) s[i] < 0x80)
			i++;
		else
			(void) pe_utf8_next(s, len, &i);
		n++;
	}
	return n;
}

int
pe_utf8_valid(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		size_t		before = i;
		uint32_t	cp = pe_utf8_next(s, len, &i);

		if (cp == PE_REPLACEMENT_CHAR && i - before == 1 &&
			(unsigned char) s[before] >= 0x80)
			return 0;
	}
	return 1;
}

int
pe_is_han(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) ||
		(cp >= 0x3400 && cp <= 0x4DBF) ||
		(cp >= 0x20000 && cp <= 0x2EBEF) ||
		(cp >= 0xF900 && cp <= 0xFAFF) ||
		cp == 0x3007;
}

int
pe_is_ascii_digit(uint32_t cp)
{
	return cp >= '0' && cp <= '9';
}

int
pe_is_fullwidth_digit(uint32_t cp)
{
	return cp >= 0xFF10 && cp <= 0xFF19;
}

int
pe_is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
		cp == '\f' || cp == '\v' || cp == 0xA0 || cp == 0x3000 ||
		(cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
		cp == 0x1680 || cp == 0xFEFF;
}

void
pe_utf8_pos_init(pe_pos_map *m, const char *s, size_t len)
{
	m->s = s;
	m->len = len;
	m->byte = 0;
	m->chars = 0;
}

size_t
pe_utf8_pos_at(pe_pos_map *m, size_t byte_offset)
{
	if (byte_offset < m->byte)
		pe_utf8_pos_init(m, m->s, m->len);
	if (byte_offset > m->len)
		byte_offset = m->len;
	while (m->byte < byte_offset)
	{
		if ((unsigned char) m->s[m->byte] < 0x80)
			m->byte++;
		else
			(void) pe_utf8_next(m->s, m->len, &m->byte);
		m->chars++;
	}
	return m->chars;
}
