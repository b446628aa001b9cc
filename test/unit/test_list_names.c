/*
 * test_list_names.c
 *	  Unit tests for pe_name_shared_tail (src/core/pe_name.c): in a list
 *	  A、B+T whose items end with the same head word, A takes the tail T
 *	  (城镇居民、农村居民人均可支配收入分别增长7%、7.5%).  Real sentences:
 *	  福建 2023 and 2025 work reports (samples/compare), the 2022 results in
 *	  福建's 2023 report (gk889.com, quoting 人民网), seed 002.
 */
#include <stdio.h>
#include <string.h>

#include "pe_extract.h"
#include "pe_name.h"
#include "pe_test.h"

static pe_arena arena;

/* the names of the rows of text, joined by | */
static const char *
names(const char *text)
{
	static char buf[512];
	pe_extract_result r;
	size_t		k,
				o = 0;

	pe_extract_indicators(text, strlen(text), 2023, &arena, NULL, NULL, &r);
	buf[0] = 0;
	for (k = 0; k < r.nrows && o + strlen(r.rows[k].indicator) + 2 < sizeof(buf); k++)
		o += (size_t) snprintf(buf + o, sizeof(buf) - o, "%s%s", k ? "|" : "", r.rows[k].indicator);
	return buf;
}

static size_t
tail(const char *item, const char *last)
{
	return pe_name_shared_tail(item, strlen(item), last, strlen(last));
}

int
main(void)
{
	pe_arena_init(&arena, NULL);
	is_int(tail("城镇居民", "农村居民人均可支配收入"), strlen("农村居民"), "城镇居民 takes 人均可支配收入");
	is_int(tail("公办幼儿园", "普惠性幼儿园在园幼儿比例"), strlen("普惠性幼儿园"), "幼儿园 as the head word");
	is_int(tail("一般公共预算收入", "税收收入"), 0, "the same head word with no tail after it");
	is_int(tail("研发投入", "专利授权量"), 0, "no shared head word");
	is_int(tail("城镇居民", "居民人均可支配收入"), 0, "the head word must not start the last item");
	is_int(tail("居民", "农村居民人均可支配收入"), 0, "an item that is only the head word");
	is_int(tail("城镇居民", "农村居民收入"), strlen("农村居民"), "a tail of two characters");
	is_int(tail("城镇居民", "农村居民户"), 0, "a tail of one character is not taken");

	is_str(names("2023年经济社会发展的主要预期目标是:城镇居民、农村居民人均可支配收入分别增长7%、7.5%。"),
		   "城镇居民人均可支配收入|农村居民人均可支配收入", "福建 2023 targets");
	is_str(names("2024年,城镇居民、农村居民人均可支配收入预计分别增长4.5%、6.7%。"),
		   "城镇居民人均可支配收入|农村居民人均可支配收入", "福建 2025 report, the 2024 results");
	is_str(names("初步预计,2022年城镇居民、农村居民人均可支配收入分别增长5.2%左右、7.6%左右。"),
		   "城镇居民人均可支配收入|农村居民人均可支配收入", "福建 2023 report, the 2022 results");
	is_str(names("城市社区和农村社区养老服务设施覆盖率分别达100%、90%。"),
		   "城市社区养老服务设施覆盖率|农村社区养老服务设施覆盖率", "seed 002: 和 lists too");
	is_str(names("规模以上工业增加值、固定资产投资分别增长6%、8%。"),
		   "规模以上工业增加值|固定资产投资", "items without a shared head word stay as written");
	pe_arena_release(&arena);
	return pe_done_testing();
}
