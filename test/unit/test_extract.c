/*
 * test_extract.c
 *	  Unit tests for the extractor's stages (src/core/pe_extract.c and the
 *	  files it runs, pe_extract_table.c among them): the constructions of
 *	  issue #5 on short excerpts written the way plans
 *	  and reports write them.
 */
#include <stdio.h>
#include <string.h>

#include "pe_extract.h"
#include "pe_extract_int.h"
#include "pe_kind.h"
#include "pe_test.h"
#include "pe_units.h"

static pe_arena arena;
static pe_extract_result res;

static size_t
run(const char *text, int year)
{
	pe_arena_release(&arena);
	pe_arena_init(&arena, NULL);
	pe_extract_indicators(text, strlen(text), year, &arena, NULL, NULL, &res);
	return res.nrows;
}

/* compact description of row k: "name|measure|value|max|unit|qual|year|period|kind" */
static const char *
row(size_t k)
{
	static char buf[512];
	const pe_indicator *r;

	if (k >= res.nrows)
		return "(none)";
	r = &res.rows[k];
	snprintf(buf, sizeof(buf), "%s|%s|%s|%s|%s|%s|%d|%s|%s",
			 r->indicator, pe_measure_name(r->measure),
			 r->value ? r->value : "NULL", r->value_max ? r->value_max : "-",
			 r->unit ? r->unit : "-", pe_qualifier_name(r->qualifier),
			 r->year, pe_period_name(r->period), pe_kind_name(r->kind));
	return buf;
}

/*
 * Extraction with a key cache kept across calls gives the rows and keys
 * of extraction without one; returns the number of rows that differ.
 */
static int
cached_differs(pe_key_cache *cache, const char *text)
{
	pe_arena	a1,
				a2;
	pe_extract_result r1,
				r2;
	size_t		k;
	int			bad = 0;

	pe_arena_init(&a1, NULL);
	pe_arena_init(&a2, NULL);
	pe_extract_indicators(text, strlen(text), 2021, &a1, NULL, NULL, &r1);
	pe_extract_indicators_cached(text, strlen(text), 2021, &a2, NULL, NULL, cache, &r2);
	if (r1.nrows != r2.nrows)
		bad = 1;
	for (k = 0; !bad && k < r1.nrows; k++)
		if (strcmp(r1.rows[k].indicator, r2.rows[k].indicator) != 0 ||
			strcmp(r1.rows[k].indicator_key, r2.rows[k].indicator_key) != 0 ||
			r1.rows[k].char_pos != r2.rows[k].char_pos)
			bad++;
	pe_arena_release(&a1);
	pe_arena_release(&a2);
	return bad;
}

/* the quote of row k is the exact source span */
static int
quote_ok(const char *text, size_t k)
{
	const pe_indicator *r = &res.rows[k];
	size_t		i,
				chars = 0;

	if (r->quote_off + r->quote_len > strlen(text))
		return 0;
	for (i = 0; i < r->quote_off; i++)
		if (((unsigned char) text[i] & 0xC0) != 0x80)
			chars++;
	return chars == r->char_pos;
}

int
main(void)
{
	const char *t;
	size_t		k;

	pe_arena_init(&arena, NULL);

	/* more than a number: 多 or 余 before the unit, after 万, Chinese numerals */
	t = "去年新增城镇就业1万多人,引进项目30多个,认定高新技术企业2000余家,建成标准化厂房三十多个。";
	is_int(run(t, 2021), 4, "more-than figures: four rows");
	is_str(row(0), "新增城镇就业|level|1|-|万人|at_least|2020|year|actual", "1万多人: 1, 万人, at_least");
	is_str(row(1), "引进项目|level|30|-|个|at_least|2020|year|actual", "30多个");
	is_str(row(2), "认定高新技术企业|level|2000|-|家|at_least|2020|year|actual", "2000余家");
	is_str(row(3), "建成标准化厂房|level|30|-|个|at_least|2020|year|actual", "三十多个");
	ok(res.nrows == 4 && res.rows[0].more_than && res.rows[1].more_than &&
	   res.rows[2].more_than && res.rows[3].more_than, "the bound is marked as excluded");
	is_int(run("地区生产总值增长8.5%以上。", 2021), 1, "以上 row");
	ok(res.nrows == 1 && !res.rows[0].more_than, "以上 keeps its bound");
	is_int(run("2020年多措并举,2021年多元化发展。", 2021), 0, "多 starting a word after a year is no figure");

	/*
	 * One unit list: every unit the extractor reads after a number is an
	 * entry of the unit catalogue flagged PE_UDEF_FIGURE (pe_units.c), and
	 * the catalogue's mass units reach extraction: 斤, 亿斤, 万亿斤 in real
	 * grain-output sentences of work reports (the national reports of 2021,
	 * 2022, 2023 in Traditional script, a 2021 county report).
	 */
	{
		size_t		nu,
					u,
					figures = 0,
					bad = 0;
		const pe_unit_def *cat = pe_unit_catalogue(&nu);

		for (u = 0; u < nu; u++)
		{
			pe_unit	pu;

			if (!(cat[u].flags & PE_UDEF_FIGURE))
				continue;
			figures++;
			if (pe_unit_lookup(cat[u].name, cat[u].len, &pu) != 1 || pu.entry != (int16_t) u)
				bad++;
		}
		ok(figures >= 60 && bad == 0, "the extractor's units are catalogue entries");
	}
	t = "粮食产量1.37万亿斤,增产74亿斤。";
	is_int(run(t, 2022), 2, "万亿斤, 亿斤: two rows");
	is_str(row(0), "粮食产量|level|1.37|-|万亿斤|exact|2021|year|actual", "1.37万亿斤");
	t = "今年发展主要预期目标是:粮食产量保持在1.3万亿斤以上。";
	is_int(run(t, 2021), 1, "a grain target");
	is_str(row(0), "粮食产量|level|1.3|-|万亿斤|at_least|2021|year|target", "1.3万亿斤以上");
	t = "糧食產量連年穩定在1.3萬億斤以上。";
	is_int(run(t, 2023), 1, "Traditional 萬億斤");
	ok(res.nrows == 1 && strcmp(res.rows[0].unit, "万亿斤") == 0, "萬億斤 read as 万亿斤");
	t = "全年粮食总产量93亿斤;一般公共预算收入241.5亿元。";
	is_int(run(t, 2022), 2, "亿斤 beside 亿元");
	is_str(row(0), "粮食总产量|level|93|-|亿斤|exact|2021|year|actual", "93亿斤");

	/* every row says which rule decided its kind and year, and where */
	t = "二、2021年主要预期目标\n地区生产总值增长7%左右,力争达到8%;到2025年,常住人口城镇化率达到60%。";
	is_int(run(t, 0), 3, "explained rows");
	ok(res.nrows == 3 && strcmp(res.rows[0].why, PE_WHY_TARGET_YEAR) == 0 &&
	   res.rows[0].why_len == 4, "a target section cue, 4 characters (预期目标)");
	ok(res.nrows == 3 && strcmp(res.rows[1].why, PE_WHY_TARGET_CUE) == 0 &&
	   res.rows[1].why_pos == 27 && res.rows[1].why_len == 2, "力争 at character 27");
	ok(res.nrows == 3 && strcmp(res.rows[2].why, PE_WHY_BY_YEAR) == 0, "到2025年");
	is_int(run("全区实现地区生产总值434.01亿元,同比增长2.7%。", 2021), 2, "an actual cue: two rows");
	ok(res.nrows == 2 && strcmp(res.rows[0].why, PE_WHY_SENTENCE_ACTUAL) == 0 &&
	   res.rows[0].why_len == 2, "同比 decides the whole sentence");
	is_int(run("地区生产总值增长6%。", 2021), 1, "no cue at all");
	ok(res.nrows == 1 && strcmp(res.rows[0].why, PE_WHY_DOC_REPORT) == 0 && res.rows[0].why_len == 0,
	   "the document's default, no cue");

	/* a percentage in words */
	t = "今年主要预期目标是:城镇登记失业率控制在百分之五以内,城镇化率达到百分之五十五左右。";
	is_int(run(t, 2021), 2, "百分之: two rows");
	is_str(row(0), "城镇登记失业率|level|5|-|%|at_most|2021|year|target", "百分之五以内");
	is_str(row(1), "城镇化率|level|55|-|%|about|2021|year|target", "百分之五十五左右");
	is_int(run("百分之百完成任务。", 2021), 0, "百分之百 is no figure");

	/* a target passage of a 2021 work report */
	t = "2021年主要预期目标是:地区生产总值增长8.5%以上,全社会固定资产投资完成35亿元以上,"
		"城镇登记失业率控制在4%以内;城乡居民人均可支配收入分别增长8%和9%左右。";
	is_int(run(t, 0), 5, "target passage: five rows");
	is_str(row(0), "地区生产总值|growth|8.5|-|%|at_least|2021|year|target", "growth, 以上");
	is_str(row(1), "全社会固定资产投资|level|35|-|亿元|at_least|2021|year|target",
		   "level with magnitude in the unit");
	is_str(row(2), "城镇登记失业率|level|4|-|%|at_most|2021|year|target", "控制在…以内");
	is_str(row(3), "城镇居民人均可支配收入|growth|8|-|%|about|2021|year|target",
		   "城乡 distributed: urban, trailing 左右 applies");
	is_str(row(4), "农村居民人均可支配收入|growth|9|-|%|about|2021|year|target",
		   "城乡 distributed: rural");
	for (k = 0; k < res.nrows; k++)
		ok(quote_ok(t, k), "quote offsets agree with character positions");
	is_str(res.rows[0].indicator_key, "gdp", "indicator key from the catalogue");

	/* level and growth in one clause, review of the past year */
	t = "2020年,全区实现地区生产总值537.51亿元,增长3.9%;社会消费品零售总额76.8亿元,下降13.6%。";
	is_int(run(t, 2021), 4, "level + growth: four rows");
	is_str(row(0), "地区生产总值|level|537.51|-|亿元|exact|2020|year|actual", "level, 2020 actual");
	is_str(row(1), "地区生产总值|growth|3.9|-|%|exact|2020|year|actual", "growth inherits the name");
	is_str(row(3), "社会消费品零售总额|growth|-13.6|-|%|exact|2020|year|actual", "下降 is negative");

	/* 年均, 累计, 分别 with 、 */
	t = "五年来,固定资产投资、规模工业增加值年均分别增长12%、7.2%,累计完成固定资产投资2647.5亿元。";
	is_int(run(t, 2021), 3, "annual averages and a total");
	is_str(row(0), "固定资产投资|growth|12|-|%|exact|2020|annual_avg|actual", "list item 1, 年均");
	is_str(row(1), "规模工业增加值|growth|7.2|-|%|exact|2020|annual_avg|actual", "list item 2, 年均");
	is_str(row(2), "固定资产投资|level|2647.5|-|亿元|exact|2020|cumulative|actual", "累计");

	/* 存、贷款余额 */
	t = "今年主要预期目标是:金融机构人民币存、贷款余额分别增长5%、12.9%。";
	is_int(run(t, 2021), 2, "存、贷款 distributed");
	is_str(row(0), "金融机构人民币存款余额|growth|5|-|%|exact|2021|year|target", "存款余额");
	is_str(row(1), "金融机构人民币贷款余额|growth|12.9|-|%|exact|2021|year|target", "贷款余额");

	/* delta in percentage points, CPI, 降低 */
	t = "主要预期目标是:常住人口城镇化率提高1个百分点,居民消费价格指数涨幅控制在3%以内,万元生产总值能耗降低3%左右。";
	is_int(run(t, 2021), 3, "points, CPI and a decrease");
	is_str(row(0), "常住人口城镇化率|delta|1|-|个百分点|exact|2021|year|target", "个百分点 is a delta");
	is_str(row(1), "居民消费价格指数|growth|3|-|%|at_most|2021|year|target", "CPI is growth");
	is_str(row(2), "万元生产总值能耗|growth|-3|-|%|about|2021|year|target", "降低 is negative growth");

	/* from-to: only the new level */
	t = "过去五年,常住人口从43万人增长至56万人,全社会研发经费占地区生产总值比重从1.87%提升到2.85%。";
	is_int(run(t, 2021), 2, "from … to: one row each");
	is_str(row(0), "常住人口|level|56|-|万人|exact|2020|year|actual", "增长至 is a level");
	is_str(row(1), "全社会研发经费占地区生产总值比重|level|2.85|-|%|exact|2020|year|actual",
		   "提升到 is a level");

	/* ranges and explicit target years */
	t = "到2025年,各县(市)明确1至2个主导产业,新建高标准农田300万亩以上。";
	is_int(run(t, 0), 2, "range and 以上");
	is_str(row(0), "主导产业|level|1|2|个|range|2025|year|target", "1至2个 is a range");
	is_str(row(1), "新建高标准农田|level|300|-|万亩|at_least|2025|year|target", "到2025年 target");

	/* noise: years, ranks, codes, multiples */
	t = "2020年全市生产总值居全省第4位,是2015年的2.85倍,5G基站建设和G60科创走廊加快推进。";
	is_int(run(t, 2021), 0, "years, ranks, multiples and codes are not indicators");

	/* a flattened indicator table */
	t = "“十四五”主要指标\n指标\n2020年基数\n“十四五”目标\n属性\n一、经济发展\n1\n"
		"地区生产总值增长(%)\n年均增长7.3\n年均增长8左右\n预期性\n2\n"
		"常住人口城镇化率(%)\n—\n高于全市平均水平\n3\n城镇新增就业人数(万人)\n0.12\n【0.65】\n"
		"4\n人均预期寿命(岁)\n78.3\n增加【1】\n约束性\n备注:【】为五年累计数\n";
	is_int(run(t, 0), 7, "table: six figures and one qualitative cell");
	is_str(row(0), "地区生产总值|growth|7.3|-|%|exact|2020|annual_avg|actual", "table baseline");
	is_str(row(1), "地区生产总值|growth|8|-|%|about|2025|annual_avg|target", "table target");
	is_str(row(2), "常住人口城镇化率|level|NULL|-|%|exact|2025|year|target", "qualitative cell");
	is_str(row(4), "城镇新增就业人数|level|0.65|-|万人|exact|2025|cumulative|target", "【】 cumulative");
	is_str(row(6), "人均预期寿命|delta|1|-|岁|exact|2025|cumulative|target", "增加【1】 delta");
	is_int(res.rows[0].table_row, 1, "table row number");
	ok(res.rows[0].attribute == PE_ATTR_EXPECTED, "预期性 from the attribute cell");
	ok(res.rows[6].attribute == PE_ATTR_BINDING, "约束性 for the last group");

	/* two reports pasted together: years per document */
	t = "【甲县】2021年甲县政府工作报告\n2021年1月5日在甲县人民代表大会上。今年主要预期目标是:地区生产总值增长7%。\n"
		"【乙市】2022年乙市政府工作报告\n2022年1月8日在乙市人民代表大会上。今年主要预期目标是:地区生产总值增长6%。\n";
	is_int(run(t, 0), 2, "pasted reports");
	is_int(res.rows[0].year, 2021, "first report: 2021");
	is_int(res.rows[1].year, 2022, "second report: 2022");

	/* a statistical communiqué reports its own year */
	t = "2021年某市国民经济和社会发展统计公报\n全年全市地区生产总值1234.56亿元,比上年增长6.5%。"
		"年末常住人口为321.5万人,比上年末增加2.1万人。到2025年,森林覆盖率达到45%。\n";
	is_int(run(t, 0), 5, "communiqué: five rows");
	is_str(row(0), "地区生产总值|level|1234.56|-|亿元|exact|2021|year|actual", "communiqué year is its own");
	is_str(row(1), "地区生产总值|growth|6.5|-|%|exact|2021|year|actual", "比上年增长");
	is_str(row(3), "常住人口|delta|2.1|-|万人|exact|2021|year|actual", "增加 with a count is a delta");
	is_str(row(4), "森林覆盖率|level|45|-|%|exact|2025|year|target", "到2025年 in a communiqué");

	/* a change word inside a name is not the figure's measure */
	t = "到2025年,工业增加实现500亿元以上,年均增长6%。";
	is_int(run(t, 0), 2, "name with 增加");
	is_str(row(0), "工业增加|level|500|-|亿元|at_least|2025|year|target", "工业增加 is a name, the figure a level");
	is_str(row(1), "工业增加|growth|6|-|%|exact|2025|annual_avg|target", "年均增长 inherits the name");

	/* thousands separators are not clause breaks */
	t = "全年完成投资1,234.5亿元,增长8%,新增企业1,000家。";
	is_int(run(t, 2021), 3, "thousands separators");
	is_str(row(0), "投资|level|1234.5|-|亿元|exact|2020|year|actual", "1,234.5亿元");
	is_str(row(2), "新增企业|level|1000|-|家|exact|2020|year|actual", "1,000家");

	/* Chinese numerals are resolved by the numbers concern's scanner */
	t = "全面落实长江流域十年禁渔政策。";
	is_int(run(t, 2021), 1, "十年禁渔: one row");
	is_str(row(0), "禁渔政策|level|10|-|年|exact|2020|year|actual", "十年 -> 10 年, named by the object");
	t = "今年主要预期目标是:新增规模以上工业企业一百二十家,完成招商引资两千万元以上。";
	is_int(run(t, 2021), 2, "Chinese counts and money");
	is_str(row(0), "新增规模以上工业企业|level|120|-|家|exact|2021|year|target", "一百二十家 -> 120 家");
	is_str(row(1), "招商引资|level|2000|-|万元|at_least|2021|year|target",
		   "两千万元 -> 2000 万元 (magnitude stays in the unit)");
	t = "主要预期目标是:常住人口城镇化率提高两个百分点。";
	is_int(run(t, 2021), 1, "两个百分点");
	is_str(row(0), "常住人口城镇化率|delta|2|-|个百分点|exact|2021|year|target", "a lone digit before 个百分点");
	/* non-figures: idioms, ordinals, lone digits, category counts, periods */
	is_int(run("一是统一思想,培育一批龙头企业,出台一系列政策,推进一体化发展。", 2021), 0,
		   "一是, 统一, 一批, 一系列, 一体化 are not figures");
	is_int(run("十四五时期是第一个五年,三大产业协调发展,实施五大森林工程,增速保持两位数。", 2021), 0,
		   "十四五, 第一个, 三大产业, 五大森林工程, 两位数 are not figures");
	is_int(run("重点抓好三个方面的工作,落实两项补贴,过去五年成绩显著,召开县委十二次全会。", 2021), 0,
		   "lone digits with classifiers, time phrases and sessions are not figures");
	is_int(run("到二〇三五年基本实现现代化,落实“十大工程”。", 2021), 0,
		   "digit strings and quoted slogans are not figures");
	/* exact values: no binary floating point */
	t = "全年完成投资0.1亿元,增长12.50%。";
	is_int(run(t, 2021), 2, "exact decimals");
	is_str(row(0), "投资|level|0.1|-|亿元|exact|2020|year|actual", "0.1 kept exactly");
	is_str(row(1), "投资|growth|12.50|-|%|exact|2020|year|actual", "the written scale is kept");

	/* hostile input never fails */
	is_int(run("", 0), 0, "empty text");
	run("\xff\xfe 8% \xe5\x9c 增长%%%%%% 1至 。。。\n\n指标\n属性\n1\n", 0);
	ok(1, "invalid UTF-8 survives");
	{
		static char big[200000];
		size_t		i;

		for (i = 0; i + 3 < sizeof(big); i += 3)
			memcpy(big + i, i % 2 ? "增" : "8", i % 2 ? 3 : 1), i -= i % 2 ? 0 : 2;
		big[sizeof(big) - 1] = '\0';
		run(big, 0);
		ok(1, "long repetitive text");
	}

	/* a key cache kept across calls changes no key, also once it is full */
	{
		static const char *const texts[] = {
			"地区生产总值增长8.5%,城乡居民人均可支配收入分别增长8%和9%左右。",
			"全县地区生产总值537.51亿元,增长3.9%;一般公共预算收入12亿元。",
			"GDP增长6%,地区生产总值增长7%,规模以上工业增加值增长9%。",
			"地区生产总值增长8.5%,城乡居民人均可支配收入分别增长8%和9%左右。"
		};
		static const char han[] = "甲乙丙丁戊己庚辛壬癸山水林田湖草沙河江海";
		pe_arena	ca;
		pe_key_cache *cache;
		int			bad = 0,
					i,
					t;

		pe_arena_init(&ca, NULL);
		cache = pe_key_cache_create(&ca);
		ok(cache != NULL, "key cache created");
		for (t = 0; t < 3; t++)
			for (i = 0; i < 4; i++)
				bad += cached_differs(cache, texts[i]);
		is_int(bad, 0, "cached keys equal uncached keys, names seen again");
		/* distinct four-character names past PE_KEY_CACHE_MAX */
		bad = 0;
		for (i = 0; i < PE_KEY_CACHE_MAX + 200; i++)
		{
			char		text[64];
			int			a = i % 20,
						b = (i / 20) % 20,
						c = (i / 400) % 20,
						d = i / 8000;

			snprintf(text, sizeof(text), "%.3s%.3s%.3s%.3s指数增长5%%。",
					 han + 3 * d, han + 3 * a, han + 3 * b, han + 3 * c);
			bad += cached_differs(cache, text);
		}
		bad += cached_differs(cache, texts[0]);
		is_int(bad, 0, "cached keys equal uncached keys when the cache is full");
		pe_arena_release(&ca);
	}

	/*
	 * Kind from cues with precedence (pe_kind.c): every clause cue's example
	 * sentence, put after a section heading of the opposite kind, takes the
	 * cue's kind in all of its rows.
	 */
	is_int(pe_kind_tables_check(), 0, "cue tables: first code points match the cues");
	for (k = 0; pe_clause_cues[k].text; k++)
	{
		const pe_cue *q = &pe_clause_cues[k];
		char		buf[512];
		char		name[64];
		size_t		j,
					bad = 0;

		snprintf(buf, sizeof(buf), "%s%s",
				 q->kind == PE_KIND_TARGET ? "一、过去一年工作回顾\n" : "二、今年主要预期目标\n",
				 q->example);
		run(buf, 0);
		for (j = 0; j < res.nrows; j++)
			bad += res.rows[j].kind != q->kind;
		snprintf(name, sizeof(name), "cue %s decides its example", q->text);
		ok(res.nrows > 0 && bad == 0, name);
	}
	/*
	 * Estimate cues beside a year (pe_kind.c): with no report year known,
	 * every example's rows are results of the year it names.
	 */
	for (k = 0; pe_estimate_cues[k].text; k++)
	{
		const pe_estimate_cue *q = &pe_estimate_cues[k];
		const char *yp = strstr(q->example, "20");
		char		buf[512];
		char		name[80];
		size_t		j,
					bad = 0;

		snprintf(buf, sizeof(buf), "一、过去五年工作回顾\n%s", q->example);
		run(buf, 0);
		for (j = 0; j < res.nrows; j++)
			bad += res.rows[j].kind != PE_KIND_ACTUAL || res.rows[j].year != atoi(yp);
		snprintf(name, sizeof(name), "estimate cue %d (%s): its year's results", k, q->text);
		ok(res.nrows > 0 && bad == 0, name);
	}
	/* a year after the report year stays a target: 到2025年 beside 预计 */
	t = "一、过去五年工作回顾\n预计到2025年,全区地区生产总值达到80亿元。";
	run(t, 0);
	ok(res.nrows == 1 && res.rows[0].kind == PE_KIND_TARGET, "预计到2025年: a target");
	/* an actual cue after the level covers the level too */
	t = "全区实现地区生产总值434.01亿元,同比增长2.7%。";
	is_int(run(t, 2021), 2, "同比: two rows");
	is_str(row(0), "地区生产总值|level|434.01|-|亿元|exact|2020|year|actual", "level before 同比: actual");
	/* a target stance in the sentence beats the actual cue */
	t = "今年主要预期目标是:地区生产总值比上年增长6%左右。";
	is_int(run(t, 2021), 1, "比上年 in a target list: one row");
	is_str(row(0), "地区生产总值|growth|6|-|%|about|2021|year|target", "target cue of the sentence wins");
	/* a communiqué's figures are actuals whatever its opening mentions */
	t = "2024年是实现“十四五”规划目标任务的关键一年。全市经济运行总体稳中向好。\n"
		"一、综合\n"
		"初步核算,全年全市实现地区生产总值1002.18亿元,比上年增长3.8%。"
		"年末全市常住人口为209.00万人。全年出生人口1.15万人,出生率为5.46‰。\n"
		"二、农业\n全年粮食总产量93亿斤。\n三、工业\n规模以上工业增加值增长5.1%。\n";
	run(t, 0);
	{
		size_t		j,
					bad = 0;

		for (j = 0; j < res.nrows; j++)
			bad += res.rows[j].kind != PE_KIND_ACTUAL || res.rows[j].year != 2024;
		ok(res.nrows >= 4 && bad == 0, "communiqué without a title: all rows actual 2024");
	}

	/* one space between a number and its unit (PDF text, news pages) */
	t = "全市生产总值达到5.67 万亿元、增长5.4%,好于预期。";
	is_int(run(t, 2026), 2, "5.67 万亿元: the level and the growth");
	is_str(row(0), "全市生产总值|level|5.67|-|万亿元|exact|2025|year|actual", "5.67 万亿元 (上海 2026)");
	t = "经济规模稳步扩大,国内生产总值达到 134.9 万亿元、增长 5%。";
	is_int(run(t, 2025), 2, "134.9 万亿元、增长 5%: two rows");
	is_str(row(0), "国内生产总值|level|134.9|-|万亿元|exact|2024|year|actual", "134.9 万亿元 (national 2025)");
	t = "今年的主要预期目标: 并将创造 200,000 个新工作岗位。";
	run(t, 2025);
	is_str(row(0), "新工作岗位|level|200000|-|个|exact|2025|year|target", "200,000 个 (深圳 2025)");
	is_int(run("2025 年是十四五规划的最后一年。", 2025), 0, "2025 年 stays a year");

	/*
	 * per-mille points: the change of a ‰ rate is a delta in 个千分点
	 * (江苏 2012 communiqué; 人民網 2019, Traditional; devgold 06)
	 */
	t = "全年人口出生率为9.44‰,比上年下降0.15个千分点;人口死亡率为6.99‰,上升0.01个千分点。";
	is_int(run(t, 2013), 4, "two ‰ rates and their changes");
	is_str(row(1), "人口出生率|delta|-0.15|-|个千分点|exact|2012|year|actual", "下降0.15个千分点");
	is_str(row(3), "人口死亡率|delta|0.01|-|个千分点|exact|2012|year|actual", "上升0.01个千分点");
	t = "人口出生率為10.94‰,比2017年下降1.49個千分點。";
	is_int(run(t, 2019), 2, "Traditional 個千分點");
	is_str(row(1), "人口出生率|delta|-1.49|-|个千分点|exact|2018|year|actual", "下降1.49個千分點");
	t = "全年人口出生率11.69‰,比上年下降0.75个千分点;人口死亡率4.47‰,比上年下降0.33个千分点;"
		"人口自然增长率7.22‰,比上年下降0.42个千分点。";
	is_int(run(t, 2020), 6, "three ‰ rates and their changes");
	is_str(row(5), "人口自然增长率|delta|-0.42|-|个千分点|exact|2019|year|actual", "下降0.42个千分点");
	/* 兆 = 10^12 before a unit (udn 2026 national targets, Traditional; udn, ettoday 2025-26) */
	t = "今年發展主要預期目標是：居民消費價格漲幅2%左右；糧食產量1.4兆斤左右。";
	is_int(run(t, 2026), 2, "兆斤 in a target list");
	is_str(row(1), "粮食产量|level|1.4|-|兆斤|about|2026|year|target", "1.4兆斤左右");
	t = "GDP規模首度突破1兆美元，人均GDP也首破4萬美元。";
	ok(run(t, 2026) >= 1 && strcmp(res.rows[0].value, "1") == 0 &&
	   strcmp(res.rows[0].unit, "兆美元") == 0, "突破1兆美元: value 1, unit 兆美元");
	t = "距公共債務法規定之上限40.6％，尚有14.1個百分點、約3.6兆元。";
	ok(run(t, 2025) >= 1 && strcmp(res.rows[res.nrows - 1].value, "3.6") == 0 &&
	   strcmp(res.rows[res.nrows - 1].unit, "兆元") == 0 &&
	   res.rows[res.nrows - 1].qualifier == PE_QUAL_ABOUT, "約3.6兆元: about 3.6 兆元");

	/* the constant first-character filters match their word lists */
	is_int(pe_x_filters_check(), 0,
		   "pe_extract_filters.h is up to date (else run src/core/gen_extract_filters.py)");

	pe_arena_release(&arena);
	return pe_done_testing();
}
