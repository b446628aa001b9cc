/*
 * test_blanks.c
 *	  Unit tests for pe_text_drop_figure_blanks (src/core/pe_text.c) and
 *	  for the positions of rows extracted from text with such blanks:
 *	  web pages print blanks between Han characters and figures, and a
 *	  row's quote must still be the span of the caller's text.
 *
 *	  Real sentences (the pages print ASCII spaces):
 *	  - 江苏 2024 work report, samples/compare/jiangsu_2024.txt
 *	    (app.myzaker.com): 地区生产总值达 12.82 万亿元、增长 5.8%;
 *	    一般公共预算收入 9930 亿元、增长 7.3%; 地区生产总值增长 5% 以上;
 *	    城镇新增就业 120 万人以上
 *	  - national 2025 work report, gold-dev 06_national-gwr-2025.txt:
 *	    生产总值达到 134.9 万亿元、增长 5%; 贡献率保持在 30%左右
 *	  - 深圳 2025, gold-dev 02_shenzhen-gwr-2025.txt:
 *	    深圳经济特区成立 45 周年
 *	  and the same written with NBSP and U+3000, which other pages use.
 */
#include <stdio.h>
#include <string.h>

#include "pe_extract.h"
#include "pe_text.h"
#include "pe_test.h"
#include "pe_utf8.h"

static pe_arena arena;

/* the copy without figure blanks, as a string of the arena */
static const char *
dropped(const char *s, pe_blank_map *map)
{
	size_t		len = strlen(s);
	const char *out = pe_text_drop_figure_blanks(s, &len, &arena, map);

	return pe_arena_strndup(&arena, out, len);
}

/* the quote of row k as the caller's text holds it */
static const char *
quote(const char *text, const pe_extract_result *r, size_t k)
{
	if (k >= r->nrows)
		return "(none)";
	return pe_arena_strndup(&arena, text + r->rows[k].quote_off, r->rows[k].quote_len);
}

/* does the row's character span cover the same text as its byte span? */
static int
spans_agree(const char *text, const pe_indicator *r)
{
	return pe_utf8_count(text, r->quote_off) == r->char_pos &&
		pe_utf8_count(text + r->quote_off, r->quote_len) == r->char_len;
}

static void
test_drop(void)
{
	pe_blank_map m;
	const char *s;

	is_str(dropped("地区生产总值达 12.82 万亿元、增长 5.8%。", &m),
		   "地区生产总值达12.82万亿元、增长5.8%。", "江苏: Han-figure and figure-Han blanks");
	is_int(m.n, 3, "three runs dropped");
	is_str(dropped("生产总值达到 134.9 万亿元、增长 5%,", &m),
		   "生产总值达到134.9万亿元、增长5%,", "national 2025");
	is_str(dropped("地区生产总值增长 5% 以上,一般公共预算收入增长 4% 左右", &m),
		   "地区生产总值增长5%以上,一般公共预算收入增长4%左右", "per-cent sign, then 以上 / 左右");
	is_str(dropped("深圳经济特区成立 45 周年。", &m), "深圳经济特区成立45周年。", "深圳 45 周年");
	is_str(dropped("城镇新增就业\xc2\xa0" "120\xe3\x80\x80万人以上", &m),
		   "城镇新增就业120万人以上", "NBSP and U+3000");
	is_str(dropped("增长 5 %", &m), "增长5%", "digit, blank, per-cent sign");
	is_str(dropped("2021  2022", &m), "2021  2022", "two figures keep their blank");
	is_str(dropped("地区 生产总值", &m), "地区 生产总值", "two Han characters keep it");
	is_str(dropped("增长\t5%", &m), "增长\t5%", "a tab separates table cells: kept");
	is_str(dropped("增长   5%", &m), "增长   5%", "three blanks: an aligned column, kept");
	is_str(dropped("增长\n5%", &m), "增长\n5%", "a line break is kept");
	is_str(dropped("GDP 5%", &m), "GDP 5%", "Latin letters keep it");
	s = "增长5.8%";
	{
		size_t		len = strlen(s);

		ok(pe_text_drop_figure_blanks(s, &len, &arena, &m) == s && m.n == 0,
		   "nothing to drop: the text itself");
	}
	/* the map: "增长 5.8% 左右": runs at copy bytes 6 and 10 (chars 2, 6) */
	(void) dropped("增长 5.8% 左右", &m);
	is_int(m.n, 2, "two runs");
	is_int(pe_blank_map_byte(&m, 6, 0), 7, "a start goes past the blank");
	is_int(pe_blank_map_byte(&m, 6, 1), 6, "an end stays before it");
	is_int(pe_blank_map_byte(&m, 10, 0), 12, "after two runs");
	is_int(pe_blank_map_char(&m, 2, 0), 3, "characters: start");
	is_int(pe_blank_map_char(&m, 6, 1), 7, "characters: end before the second run");
	is_int(pe_blank_map_byte(&m, 0, 0), 0, "offset 0");
}

/* does pe_text_figure_blank_at answer 1 at some byte of s? */
static int
any_blank_at(const char *s)
{
	size_t		n = strlen(s),
				i;

	for (i = 0; i < n; i++)
		if (pe_text_figure_blank_at(s, n, i))
			return 1;
	return 0;
}

/*
 * The pre-check: 1 wherever a blank is dropped, 0 for the blanks after 。
 * and between Han characters (it may answer 1 where nothing is dropped,
 * e.g. GDP 5%: the pass itself decides)
 */
static void
test_blank_at(void)
{
	static const char *const drops[] = {
		"地区生产总值达 12.82 万亿元、增长 5.8%。", "增长 5% 以上", "增长 5 %",
		"城镇新增就业\xc2\xa0" "120\xe3\x80\x80万人以上", "增长\xe3\x80\x80\xef\xbc\x95\xef\xbc\x85",
		"下降5\xe2\x80\xb0 左右", "增长 5", "增长\xe2\x80\x82" "5%", NULL
	};
	static const char *const keeps[] = {
		"推进改革。 (一)坚持创新", "目标。 五是", "地区 生产总值", "增长\t5%", NULL
	};
	pe_blank_map m;
	int			k;

	for (k = 0; drops[k]; k++)
	{
		(void) dropped(drops[k], &m);
		ok(m.n > 0 && any_blank_at(drops[k]), drops[k]);
	}
	for (k = 0; keeps[k]; k++)
		ok(!any_blank_at(keeps[k]), keeps[k]);
	ok(!pe_text_figure_blank_at("5\xe3\x80", 3, 1), "a cut-off U+3000 is no blank");
}

static void
test_positions(void)
{
	const char *t = "2024年江苏省政府工作报告\n报告晒出的一组组数据,也展示了 2023 年江苏经济发展取得的亮眼新成绩:"
		"地区生产总值达 12.82 万亿元、增长 5.8%。地区生产总值万亿之城增至 5 座。 一般公共预算收入 9930 亿元、增长 7.3%。";
	pe_extract_result r;
	size_t		k,
				agree = 0;
	int			gdp = -1,
				rev = -1;

	pe_extract_indicators(t, strlen(t), 0, &arena, NULL, NULL, &r);
	for (k = 0; k < r.nrows; k++)
	{
		agree += spans_agree(t, &r.rows[k]);
		if (strcmp(r.rows[k].indicator_key, "gdp") == 0 && gdp < 0)
			gdp = (int) k;
		if (strcmp(r.rows[k].indicator_key, "general_budget_revenue") == 0 && rev < 0)
			rev = (int) k;
	}
	is_int(agree, r.nrows, "every row: byte span and character span of the original agree");
	ok(gdp >= 0 && strcmp(r.rows[gdp].value, "12.82") == 0 &&
	   strcmp(r.rows[gdp].unit, "万亿元") == 0, "12.82 万亿元 read as a gdp level");
	is_str(gdp >= 0 ? quote(t, &r, (size_t) gdp) : NULL, "地区生产总值达 12.82 万亿元",
		   "its quote is the original text, blanks included");
	ok(gdp >= 0 && strncmp(t + r.rows[gdp].quote_off + strlen("地区生产总值达 "), "12.82", 5) == 0,
	   "the figure sits where the original has it");
	ok(rev >= 0 && strcmp(r.rows[rev].indicator, "一般公共预算收入") == 0,
	   "一般公共预算收入 9930 亿元: the name without the figure");
	ok(rev >= 0 && strstr(quote(t, &r, (size_t) rev), "9930 亿元") != NULL,
	   "and its quote holds the original 9930 亿元");
	for (k = 0; k < r.nrows; k++)
		if (strcmp(r.rows[k].indicator_key, "gdp") == 0 && r.rows[k].measure == PE_MEASURE_GROWTH)
			break;
	ok(k < r.nrows && strcmp(r.rows[k].value, "5.8") == 0 &&
	   strcmp(quote(t, &r, k), "增长 5.8%") == 0, "增长 5.8%: value and quote");
}

int
main(void)
{
	pe_arena_init(&arena, NULL);
	test_drop();
	test_blank_at();
	test_positions();
	pe_arena_release(&arena);
	return pe_done_testing();
}
