/*-------------------------------------------------------------------------
 *
 * test_name.c
 *	  Unit tests of the name stage (src/core/pe_name.c): every frame's
 *	  example sentence, run through the whole extractor, gives a row with
 *	  the frame's name; pe_name_tidy strips frames and footnote marks.
 *
 * IDENTIFICATION
 *	  test/unit/test_name.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_test.h"
#include "pe_arena.h"
#include "pe_extract.h"
#include "pe_name.h"

static pe_arena arena;
static pe_extract_result res;

/* does some row extracted from text carry name? */
static int
names_row(const char *text, const char *name)
{
	size_t		j;

	pe_arena_release(&arena);
	pe_arena_init(&arena, NULL);
	pe_extract_indicators(text, strlen(text), 0, &arena, NULL, NULL, &res);
	for (j = 0; j < res.nrows; j++)
		if (strcmp(res.rows[j].indicator, name) == 0)
			return 1;
	return 0;
}

/* does some row extracted from text carry name with measure meas? */
static int
names_level_row(const char *text, const char *name, pe_measure meas)
{
	size_t		j;

	if (!names_row(text, name))
		return 0;
	for (j = 0; j < res.nrows; j++)
		if (strcmp(res.rows[j].indicator, name) == 0 && res.rows[j].measure == meas)
			return 1;
	return 0;
}

/*
 * 增长率 is a noun inside a name, not the change word 增长: a rate written
 * with ‰ or % is its level (NBS 2018 and 2019, 中新网 2023, 广西 2021,
 * 松原 2024, devgold 06)
 */
static const char *const growth_rate_examples[][2] = {
	{"死亡人口993万人,人口死亡率为7.13‰;人口自然增长率为3.81‰。", "人口自然增长率"},
	{"死亡人口998万人,死亡率为7.14‰;人口自然增长率为3.34‰。", "人口自然增长率"},
	{"死亡人口1041万人,人口死亡率为7.37‰;人口自然增长率为-0.60‰。", "人口自然增长率"},
	{"死亡人口34.2萬人,死亡率為6.80‰;自然增長率為2.88‰。", "自然增长率"},
	{"人口死亡率4.47‰,比上年下降0.33个千分点;人口自然增长率7.22‰,比上年下降0.42个千分点。", "人口自然增长率"},
};

/*
 * A change word before 的 and a noun, or before 贡献, modifies the name's
 * noun; it is not the change the figure measures (national 2025 report,
 * 国新办 2017, statistics communiqués)
 */
static const char *const change_modifier_examples[][2] = {
	{"对全球经济增长的贡献率保持在30%左右。", "对全球经济增长的贡献率"},
	{"2013—2016年,我国对世界经济增长的平均贡献率达到30%左右。", "对世界经济增长的平均贡献率"},
	{"2016年,最终消费支出对经济增长的贡献率为64.6%。", "最终消费支出对经济增长的贡献率"},
};

/*
 * Verbs of a new level (跃上/迈上/站上/登上 ... 台阶) and the modals 将/要/力争/
 * 有望 before a verb end the name (national 2025 report, 四川 2015, 国务院
 * on services 2025, seed 001)
 */
static const char *const verb_end_examples[][2] = {
	{"粮食产量首次跃上1.4万亿斤新台阶。", "粮食产量"},
	{"力争到2020年全口径医药产业规模迈上5000亿元台阶。", "全口径医药产业规模"},
	{"明确提出到2030年，我国服务业总规模要迈上100万亿元台阶。", "服务业总规模"},
	{"实现年产400万吨以上各类玉米深加工产品,年产值将达120亿元左右。", "年产值"},
	/* 实际增长 (real growth) ends the name like 名义增长 (national 2025, 2024, 2023 reports) */
	{"民生保障扎实稳固,居民人均可支配收入实际增长5.1%。", "居民人均可支配收入"},
	{"居民人均可支配收入实际增长6.1%。", "居民人均可支配收入"},
	{"全国居民人均可支配收入实际增长2.9%。", "居民人均可支配收入"},
};

/* the value of the first row named name from text, or "" */
static const char *
value_of(const char *text, const char *name)
{
	size_t		j;

	if (!names_row(text, name))
		return "";
	for (j = 0; j < res.nrows; j++)
		if (strcmp(res.rows[j].indicator, name) == 0 && res.rows[j].value != NULL)
			return res.rows[j].value;
	return "";
}

static void
table_examples(const pe_name_frame *t, const char *what)
{
	int			k;

	for (k = 0; t[k].text; k++)
	{
		char		label[256];

		snprintf(label, sizeof(label), "%s %s: %s -> %s", what, t[k].text,
				 t[k].example, t[k].name);
		ok(names_row(t[k].example, t[k].name), label);
		if (!names_row(t[k].example, t[k].name))
		{
			size_t		j;

			for (j = 0; j < res.nrows; j++)
				printf("#   row %zu: %s\n", j, res.rows[j].indicator);
		}
	}
}

static const char *
tidy(const char *s)
{
	static char buf[256];
	size_t		off,
				l = pe_name_tidy(s, strlen(s), &off);

	memcpy(buf, s + off, l);
	buf[l] = '\0';
	return buf;
}

int
main(void)
{
	pe_arena_init(&arena, NULL);
	table_examples(pe_name_lead_frames, "lead frame");
	table_examples(pe_name_trail_frames, "trail frame");
	table_examples(pe_name_forecast_leads, "forecast lead");
	table_examples(pe_name_fixed_scopes, "fixed scope");
	{
		int			k;

		/* a bare comparison base: the change shares the level's name, no row is named 同比 */
		for (k = 0; pe_name_bare_bases[k].text; k++)
		{
			ok(names_level_row(pe_name_bare_bases[k].example, pe_name_bare_bases[k].name,
							   PE_MEASURE_GROWTH), pe_name_bare_bases[k].example);
			ok(!names_row(pe_name_bare_bases[k].example, pe_name_bare_bases[k].text),
			   "no row named by the comparison base alone");
		}
	}
	/* a lone numeral before 个千分点 is a figure */
	ok(names_level_row("人口自然增长率比上年下降两个千分点。", "人口自然增长率", PE_MEASURE_DELTA),
	   "两个千分点 is a delta");
	table_examples(pe_name_heads, "shared head");

	/* a forecast word without a scope word after it stays: 预期 opens a name */
	ok(names_row("预期寿命达到78.5岁。", "预期寿命"), "forecast lead: 预期寿命 keeps 预期");
	ok(names_row("人均预期寿命提高到80岁。", "人均预期寿命"), "forecast lead: 人均预期寿命 (seed)");
	/* 近 / 接近 before the figure end the name (seed 002), 就近办 keeps it */
	ok(names_row("累计核酸检测近32万人次,累计接种新冠灭活疫苗近4000人。", "核酸检测"),
	   "近 before the figure: 核酸检测近32万人次 -> 核酸检测");
	ok(names_row("累计核酸检测近32万人次,累计接种新冠灭活疫苗近4000人。", "接种新冠灭活疫苗"),
	   "近 before the figure: 接种新冠灭活疫苗近4000人");
	ok(names_row("省内电力装机容量接近5000万千瓦。", "省内电力装机容量"),
	   "接近 before the figure: 省内电力装机容量接近5000万千瓦");
	ok(names_row("“一次办”“网上办”“就近办”“马上办”事项比例均超过90%。",
				 "一次办网上办就近办马上办事项比例"), "就近办 keeps 近 (seed 002)");
	{
		size_t		k;

		for (k = 0; k < sizeof(growth_rate_examples) / sizeof(growth_rate_examples[0]); k++)
			ok(names_level_row(growth_rate_examples[k][0], growth_rate_examples[k][1], PE_MEASURE_LEVEL),
			   growth_rate_examples[k][0]);
	}
	{
		size_t		k;

		for (k = 0; k < sizeof(change_modifier_examples) / sizeof(change_modifier_examples[0]); k++)
			ok(names_level_row(change_modifier_examples[k][0], change_modifier_examples[k][1],
							   PE_MEASURE_LEVEL), change_modifier_examples[k][0]);
		for (k = 0; k < sizeof(verb_end_examples) / sizeof(verb_end_examples[0]); k++)
			ok(names_row(verb_end_examples[k][0], verb_end_examples[k][1]), verb_end_examples[k][0]);
	}
	/* a minus after 为/是/colon is the sign (松原 2024, NBS 2022, NBS 2023); a dash after a digit is a range */
	is_str(value_of("死亡率为9.39‰;自然增长率为-3.93‰。", "自然增长率"), "-3.93", "为-3.93‰ is negative");
	is_str(value_of("死亡人口1041万人,人口死亡率为7.37‰;人口自然增长率为-0.60‰。", "人口自然增长率"), "-0.60",
		   "为-0.60‰ is negative");
	is_str(value_of("人口死亡率为7.87‰;人口自然增长率为-1.48‰。", "人口自然增长率"), "-1.48", "为-1.48‰ is negative");
	is_str(tidy("●粮食产量继续"), "粮食产量", "lead and trail frames together");
	is_str(tidy("一般公共预算支出规模将首次"), "一般公共预算支出规模", "longer frame first");
	is_str(tidy("地区生产总值[2]"), "地区生产总值", "footnote mark [2]");
	is_str(tidy("地区生产总值〔1〕"), "地区生产总值", "footnote mark 〔1〕");
	is_str(tidy("指数[x]"), "指数[x]", "a bracket without digits stays");
	is_str(tidy("首次"), "首次", "a frame alone is kept");
	is_str(tidy("占总人口比重(常住人口城镇化率)"), "常住人口城镇化率",
		   "a ratio in words gives its parenthesised name (松原 2024)");
	is_str(tidy("占總人口比重(常住人口城鎮化率)"), "常住人口城鎮化率",
		   "the same in Traditional script (NBS 2017)");
	is_str(tidy("城镇人口(万人)"), "城镇人口(万人)", "a parenthesised unit stays");
	is_str(tidy("我国"), "我国", "a subject alone is kept");
	ok(names_row("全市游客接待量、旅游总收入分别增长8%、7%。", "游客接待量"),
	   "a complete item keeps its name (全市游客接待量, not …收入)");
	ok(names_row("港口货物吞吐量、港口集装箱吞吐量年均分别增长6.1%、5.9%。", "港口货物吞吐量"),
	   "items ending with the same word stay (港口货物吞吐量)");
	ok(names_row("规上企业复工率、产能恢复率和重点项目复工率均在3月初就达到100%。", "产能恢复率"),
	   "A、B和C均: 和 is the list's last separator");
	ok(names_row("其中,学前三年教育毛入园率、九年义务教育巩固率、高中阶段毛入学率分别提高至95.68%、96.1%、91.2%。",
				 "学前三年教育毛入园率"),
	   "a list before 分别 longer than 24 characters keeps its first item");
	is_int((int) pe_name_fixed_scope("全市生产总值", strlen("全市生产总值")), 6,
		   "全市 of 全市生产总值 is kept");
	is_int((int) pe_name_fixed_scope("全市工业", strlen("全市工业")), 0,
		   "全市 elsewhere is a scope word");
	pe_arena_release(&arena);
	printf("1..%d\n", pe_test_n);
	return pe_test_failed ? 1 : 0;
}
