/*
 * test_utf8.c
 *	  Unit tests for src/core/pe_utf8.c and pe_arena.c.
 */
#include "pe_arena.h"
#include "pe_utf8.h"
#include "pe_test.h"

int
main(void)
{
	const char *s = "地区GDP增长8.5%";
	size_t		i = 0,
				len = strlen(s);
	uint32_t	cp;
	pe_pos_map	m;
	pe_arena	arena;
	char		buf[4];
	int			k;

	cp = pe_utf8_next(s, len, &i);
	is_int(cp, 0x5730, "first code point is 地");
	is_int(i, 3, "advanced three bytes");
	is_int(pe_utf8_count(s, len), 11, "character count");
	ok(pe_utf8_valid(s, len), "valid UTF-8");
	ok(!pe_utf8_valid("\xE5\x9C", 2), "truncated sequence is invalid");
	ok(!pe_utf8_valid("\xC0\xAF", 2), "overlong is invalid");
	ok(!pe_utf8_valid("\xED\xA0\x80", 3), "surrogate is invalid");

	i = 0;
	cp = pe_utf8_next("\xE5\x9C", 2, &i);
	ok(cp == PE_REPLACEMENT_CHAR && i == 1, "truncated input advances one byte");

	i = len;
	cp = pe_utf8_prev(s, &i);
	is_int(cp, '%', "prev gives the last character");
	i = 3;
	cp = pe_utf8_prev(s, &i);
	ok(cp == 0x5730 && i == 0, "prev steps over a three-byte character");

	pe_utf8_pos_init(&m, s, len);
	is_int(pe_utf8_pos_at(&m, 6), 2, "byte 6 is character 2");
	is_int(pe_utf8_pos_at(&m, 9), 5, "byte 9 is character 5");
	is_int(pe_utf8_pos_at(&m, 3), 1, "positions can restart backwards");

	k = pe_utf8_encode(0x20000, buf);
	i = 0;
	ok(k == 4 && pe_utf8_next(buf, 4, &i) == 0x20000, "four-byte round trip");
	ok(pe_is_han(0x3007) && pe_is_han(0x4E00) && !pe_is_han('A'), "han class");
	ok(pe_is_space(0x3000) && !pe_is_space(0x4E00), "ideographic space");
	ok(pe_is_fullwidth_digit(0xFF15), "full-width digit");

	pe_arena_init(&arena, NULL);
	{
		char	   *big = pe_arena_alloc(&arena, 100000);
		char	   *d = pe_arena_strndup(&arena, "abc", 2);
		int		   *arr = pe_arena_alloc(&arena, 4 * sizeof(int));

		arr[0] = 1;
		arr[3] = 4;
		arr = pe_arena_grow(&arena, arr, 4, 100, sizeof(int));
		ok(big != NULL, "large allocation");
		is_str(d, "ab", "strndup");
		ok(arr[0] == 1 && arr[3] == 4, "grow keeps elements");
		ok(((size_t) arr & 7) == 0, "8-byte alignment");
	}
	pe_arena_release(&arena);
	ok(arena.head == NULL, "release frees every block");

	return pe_done_testing();
}
