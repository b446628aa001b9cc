/*-------------------------------------------------------------------------
 *
 * test_catalog.c
 *	  Unit tests for the indicator catalogue and pe_indicator_key.
 *
 * IDENTIFICATION
 *	  test/unit/test_catalog.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_test.h"

#include "pe_catalog.h"

static char keybuf[4096];

static const char *
key(const char *name)
{
	pe_indicator_key(name, strlen(name), keybuf, sizeof(keybuf), NULL);
	return keybuf;
}

/* the same key for every name in a NULL-terminated list */
static void
same_key(const char *want, const char *const *names)
{
	char		msg[512];

	for (; *names; names++)
	{
		snprintf(msg, sizeof(msg), "%s -> %s", *names, want);
		is_str(key(*names), want, msg);
	}
}

static void
test_issue_examples(void)
{
	static const char *const gdp[] = {
		"地区生产总值", "生产总值", "全市GDP", "国内生产总值", "地方生产总值(GDP)",
		"地方生产总值（GDP）", "全市地区生产总值", "ＧＤＰ", "gdp总量", "经济总量",
		"我市地区生产总值", "全县生产总值", "地区生产总值(GDP)", "南京市地区生产总值",
		"江苏省南京市地区生产总值", "全市实现地区生产总值", " 地区 生产总值 ", NULL
	};
	static const char *const above[] = {
		"规模以上工业增加值", "规上工业增加值", "规模工业增加值",
		"规模以上工业增加值(全口径)", "全县规模以上工业增加值", "全市规上工业增加值", NULL
	};
	static const char *const retail[] = {
		"社会消费品零售总额", "社零总额", "全区社会消费品零售总额", "社会消费品零售总额：", NULL
	};

	/*
	 * a region of the region table without its suffix (real sentences:
	 * 成都经济总量近2万亿元, 四川 2022 work report; 2022年郑州全市生产总值预计增长2%左右,
	 * 21世纪经济报道 2023-01-05; 今年福建全省生产总值预计增长8.5%, 海西晨报 2016-01-12)
	 */
	static const char *const gdp_region[] = {
		"成都经济总量", "郑州全市生产总值", "福建全省生产总值", NULL
	};
	same_key("gdp", gdp);
	same_key("gdp", gdp_region);
	is_str(key("吉林粮食产量"), "grain_output", "a province's short name before a name");
	is_str(key("成都"), "~成都", "a region alone is no catalogue name");
	is_str(key("中山大学"), "~中山大学", "a region before a non-catalogue rest");
	same_key("industrial_value_added_above_scale", above);
	same_key("retail_sales", retail);

	is_str(key("城镇居民人均可支配收入"), "urban_disposable_income", "urban income");
	is_str(key("农村居民人均可支配收入"), "rural_disposable_income", "rural income");
	is_str(key("全体居民人均可支配收入"), "disposable_income_per_capita", "all residents income");
	/* the pre-2014 rural series (浙江 2011: 农村居民人均纯收入增长9%左右) is its own key */
	is_str(key("农村居民人均纯收入"), "rural_net_income", "rural net income");
	is_str(key("农民人均纯收入"), "rural_net_income", "farmers' net income");
	ok(strcmp(key("农村居民人均纯收入"), "rural_disposable_income") != 0,
	   "net income is not disposable income");
	/* 浙江 2011: 研究与试验发展经费支出占生产总值比重1.9%左右 */
	is_str(key("研究与试验发展经费支出占生产总值比重"), "rd_intensity", "R&D share of 生产总值");
	{
		char		u[64],
					r[64];

		snprintf(u, sizeof(u), "%s", key("城镇居民人均可支配收入"));
		snprintf(r, sizeof(r), "%s", key("农村居民人均可支配收入"));
		ok(strcmp(u, r) != 0 && strcmp(key("全体居民人均可支配收入"), u) != 0 &&
		   strcmp(keybuf, r) != 0, "urban, rural and all-resident incomes kept apart");
	}
	/* per-capita GDP is not GDP */
	is_str(key("人均地区生产总值"), "gdp_per_capita", "per-capita GDP");
	is_str(key("全市人均GDP"), "gdp_per_capita", "scoped per-capita GDP");
}

static void
test_more_names(void)
{
	is_str(key("Ⅲ类水质(断面)比例"), "surface_water_good_share", "roman numeral and brackets");
	is_str(key("PM2.5浓度"), "pm25", "PM2.5 keeps its decimal point");
	is_str(key("细颗粒物(PM2.5)浓度"), "pm25", "bracketed alias dropped");
	is_str(key("森林(林木)覆盖率"), "forest_coverage", "forest coverage with brackets");
	is_str(key("每千人口执业(助理)医师数"), "doctors_per_1000", "display name with brackets");
	is_str(key("R&D经费投入强度"), "rd_intensity", "R&D");
	is_str(key("高血压/糖尿病规范管理"), "chronic_disease_management", "slash dropped");
	is_str(key("战略性新兴产业增加值占规模以上工业增加值的比重"), "strategic_emerging_share_industry",
		   "的 before 比重 dropped");
	is_str(key("数字经济核心产业增加值占GDP的比重"), "digital_core_share_gdp", "的 before 比重, GDP");
	is_str(key("目的地"), "~目的地", "other 的 kept");
	is_str(key("城镇登记失业率"), "registered_unemployment_rate", "registered unemployment");
	is_str(key("城镇调查失业率"), "surveyed_unemployment_rate", "surveyed unemployment");
	is_str(key("居民消费价格"), "cpi", "CPI");
	is_str(key("retail_sales"), "retail_sales", "a key is its own key");
	is_str(key("Retail Sales"), "retail_sales", "key spelt with a space and capitals");
	/* scope word is not the whole name */
	is_str(key("全社会固定资产投资"), "fixed_asset_investment", "全社会 is not a scope word");
	is_str(key("城市污水处理率"), "sewage_treatment_rate", "城市 is not a place name here");
}

static void
test_unknown(void)
{
	int			e = 99;
	size_t		n;

	n = pe_indicator_key("城乡居民人均可支配收入", strlen("城乡居民人均可支配收入"),
						 keybuf, sizeof(keybuf), &e);
	is_str(keybuf, "~城乡居民人均可支配收入", "uncatalogued: ~ + normalised name");
	is_int(e, -1, "uncatalogued entry is -1");
	is_int(n, strlen("~城乡居民人均可支配收入"), "returned length");
	is_str(key("全市 “三社联动” 试点社区"), "~三社联动试点社区", "scope and punctuation dropped");
	is_str(key("我市三社联动试点社区"), "~三社联动试点社区", "two spellings join");
	is_str(key("~三社联动试点社区"), "~三社联动试点社区", "idempotent on ~ keys");
	is_str(key(""), "~", "empty name");
	is_str(key("，。、"), "~", "only punctuation");
	is_str(key("全市"), "~全市", "a scope word alone is kept");
	is_str(key("GDP."), "gdp", "trailing period dropped");
}

static void
test_buffers(void)
{
	char		small[4];
	size_t		n;
	int			e;
	pe_arena	arena;
	size_t		kl = 0;
	char	   *k;
	const char *bad = "\xff\xfe\xe5\x9c";

	n = pe_indicator_key("社会消费品零售总额", strlen("社会消费品零售总额"), small, sizeof(small), &e);
	is_int(n, strlen("retail_sales"), "full length returned when truncated");
	is_str(small, "ret", "truncated and NUL-terminated");
	ok(e >= 0 && strcmp(pe_catalog_entry(e)->key, "retail_sales") == 0, "entry index");
	n = pe_indicator_key("社会消费品零售总额", strlen("社会消费品零售总额"), NULL, 0, NULL);
	is_int(n, strlen("retail_sales"), "NULL buffer measures");

	pe_arena_init(&arena, NULL);
	k = pe_indicator_key_arena(&arena, "规上工业增加值", strlen("规上工业增加值"), &kl, &e);
	is_str(k, "industrial_value_added_above_scale", "arena variant");
	is_int(kl, strlen("industrial_value_added_above_scale"), "arena keylen");
	k = pe_indicator_key_arena(&arena, bad, 4, &kl, &e);
	ok(k != NULL && k[0] == '~' && e == -1, "invalid UTF-8 gives an uncatalogued key");
	pe_arena_release(&arena);

	n = pe_indicator_normalize("全市ＧＤＰ（亿元）", strlen("全市ＧＤＰ（亿元）"), keybuf, sizeof(keybuf));
	is_str(keybuf, "全市gdp亿元", "normalise keeps scope words and bracket text");
	is_int(n, strlen("全市gdp亿元"), "normalise length");
}

static void
test_long_name(void)
{
	static char name[3 * 1000 + 16];
	static char out[sizeof(name) + 64];
	size_t		i,
				n;

	strcpy(name, "全市");
	for (i = 0; i < 1000; i++)
		strcat(name, "指");
	n = pe_indicator_key(name, strlen(name), out, PE_INDICATOR_KEY_BOUND(strlen(name)), NULL);
	is_int(n, 1 + 3 * 1000, "long name: ~ + name without scope word");
	ok(out[0] == '~' && strncmp(out + 1, "指指", 6) == 0 && strlen(out) == n,
	   "long name key written in full");

	/*
	 * Over the matching limit only with its scope words (fuzz_catalog): the
	 * key is that of the rest, measure word dropped, as the key's own key
	 */
	strcpy(name, "全省");
	for (i = 0; i < 168; i++)
		strcat(name, "指");
	strcat(name, "降幅");
	n = pe_indicator_key(name, strlen(name), out, PE_INDICATOR_KEY_BOUND(strlen(name)), NULL);
	is_int(n, 1 + 3 * 168, "long only with its scope word: the measure word goes");
	n = pe_indicator_key(out, n, name, sizeof(name), NULL);
	is_int(n, 1 + 3 * 168, "and the key is its own key");
}

/* catalogue invariants */
static void
test_catalogue(void)
{
	int			i,
				count = pe_catalog_count();
	int			bad_norm = 0,
				bad_self = 0,
				bad_alias = 0,
				bad_key = 0,
				missing = 0;
	const char *domains[] = {"economy", "fiscal", "investment", "consumption", "trade",
		"prices", "employment", "income", "energy", "environment", "land", "education",
	"health", "social_security", "population"};
	size_t		d;

	ok(count >= 120, "at least 120 catalogue entries");
	ok(pe_catalog_entry(-1) == NULL && pe_catalog_entry(count) == NULL, "entry bounds");
	for (i = 0; i < count; i++)
	{
		const pe_indicator_def *def = pe_catalog_entry(i);
		const char *a = def->aliases;
		const char *c;
		int			j;

		if (!def->key[0] || !def->name_zh[0] || !def->name_en[0] || !def->domain[0])
			missing++;
		for (c = def->key; *c; c++)
			if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_'))
				bad_key++;
		if (pe_catalog_find_key(def->key, strlen(def->key)) != i)
			bad_key++;
		/* the display name maps back to this entry */
		if (strcmp(key(def->name_zh), def->key) != 0)
		{
			printf("# display name %s -> %s, not %s\n", def->name_zh, keybuf, def->key);
			bad_self++;
		}
		while (*a)
		{
			const char *bar = strchr(a, '|');
			size_t		al = bar ? (size_t) (bar - a) : strlen(a);
			char		alias[512];
			char		norm[512];
			int			e;

			memcpy(alias, a, al);
			alias[al] = '\0';
			pe_indicator_normalize(alias, al, norm, sizeof(norm));
			if (strcmp(norm, alias) != 0)
			{
				printf("# alias not normalised: %s (%s)\n", alias, def->key);
				bad_norm++;
			}
			pe_indicator_key(alias, al, NULL, 0, &e);
			if (e != i)
			{
				printf("# alias %s of %s maps to entry %d\n", alias, def->key, e);
				bad_alias++;
			}
			/* no alias is shared with another entry */
			for (j = 0; j < count; j++)
			{
				const char *b = pe_catalog_entry(j)->aliases;

				if (j == i)
					continue;
				while (*b)
				{
					const char *bb = strchr(b, '|');
					size_t		bl = bb ? (size_t) (bb - b) : strlen(b);

					if (bl == al && memcmp(a, b, al) == 0)
					{
						printf("# alias %s in %s and %s\n", alias, def->key,
							   pe_catalog_entry(j)->key);
						bad_alias++;
					}
					b += bl;
					if (*b == '|')
						b++;
				}
			}
			a += al;
			if (*a == '|')
				a++;
		}
		for (j = i + 1; j < count; j++)
			if (strcmp(def->key, pe_catalog_entry(j)->key) == 0)
				bad_key++;
	}
	is_int(missing, 0, "every entry has key, names and domain");
	is_int(bad_key, 0, "keys are unique lower-case snake_case");
	is_int(bad_self, 0, "every display name maps to its own key");
	is_int(bad_norm, 0, "every alias is written normalised");
	is_int(bad_alias, 0, "every alias maps to its own entry and no other (else run src/core/gen_catalog_names.py)");
	for (d = 0; d < sizeof(domains) / sizeof(domains[0]); d++)
	{
		int			n = 0;
		char		msg[128];

		for (i = 0; i < count; i++)
			if (strcmp(pe_catalog_entry(i)->domain, domains[d]) == 0)
				n++;
		snprintf(msg, sizeof(msg), "domain %s has entries", domains[d]);
		ok(n > 0, msg);
	}
}

/*
 * One key for an indicator whatever its measure (issue 14): the growth,
 * the fall, the level and the year-average of an indicator meet at its
 * key; the measure is a column of its own.  Names from the main-target
 * paragraphs of the national 2021 and 2022 work reports and provincial
 * reports (samples/compare/).
 */
static void
test_measure_words(void)
{
	static const char *const gdp[] = {
		"地区生产总值", "地区生产总值增长", "GDP", "全市GDP", "生产总值", "国内生产总值",
		"我国国内生产总值", "国内生产总值增长", "全省地区生产总值增长", "GDP增速",
		"生产总值增长", "经济增长", "经济增速", "地区生产总值年均增长",
		"地区生产总值比上年增长", NULL
	};
	static const char *const surveyed[] = {
		"城镇调查失业率", "城镇调查失业率全年", "城镇调查失业率平均", "全年城镇调查失业率", NULL
	};
	static const char *const energy[] = {
		"单位国内生产总值能耗", "单位国内生产总值能耗降低", "单位地区生产总值能耗下降",
		"单位GDP能耗", "单位生产总值能耗降低", NULL
	};

	same_key("gdp", gdp);
	same_key("surveyed_unemployment_rate", surveyed);
	same_key("energy_intensity", energy);
	is_str(key("居民消费价格涨幅"), "cpi", "CPI rise");
	is_str(key("居民消费价格上涨"), "cpi", "CPI rose");
	is_str(key("一般公共预算收入增长"), "general_budget_revenue", "budget revenue growth");
	/*
	 * 一般公共预算总收入 counts the revenue remitted to the centre (上划中央)
	 * as 财政总收入 does: 福建 2025, 一般公共预算总收入5955.6亿元 against
	 * 地方一般公共预算收入3614.6亿元; 泉州 2023 Q1, 312.74 against 193.29.
	 */
	is_str(key("一般公共预算总收入"), "fiscal_revenue_total", "一般公共预算总收入 is 财政总收入");
	is_str(key("地方一般公共预算收入"), "general_budget_revenue", "the local share is not");
	is_str(key("粮食产量"), "grain_output", "grain output");
	is_str(key("城镇新增就业"), "new_urban_jobs", "new urban jobs");
	is_str(key("常住人口城镇化率提高"), "urbanization_rate", "urbanisation rises");
	/* kept apart */
	is_str(key("城镇居民人均可支配收入增长"), "urban_disposable_income", "urban income growth");
	is_str(key("农村居民人均可支配收入增长"), "rural_disposable_income", "rural income growth");
	is_str(key("城镇登记失业率"), "registered_unemployment_rate", "registered rate");
	is_str(key("城镇调查失业率"), "surveyed_unemployment_rate", "surveyed rate");
	/* a catalogued name that ends like a measure word is found as written */
	is_str(key("人口自然增长率"), "natural_growth_rate", "natural growth rate kept whole");
	is_str(key("人均地区生产总值增长"), "gdp_per_capita", "per-capita GDP is not GDP");
	/* uncatalogued: level and growth still share the ~ key */
	{
		char		a[256];

		pe_indicator_key("企业研发经费增长", strlen("企业研发经费增长"), a, sizeof(a), NULL);
		is_str(a, "~企业研发经费", "uncatalogued growth key");
	}
	/* measure words one after another: all go, and a key is its own key */
	same_key("gdp", (const char *const[]) {"地区生产总值", "地区生产总值增长全年", "生产总值年均增长", NULL});
	{
		char		a[256],
					b[256];

		pe_indicator_key("企业培训经费增长年均年均", strlen("企业培训经费增长年均年均"), a, sizeof(a), NULL);
		is_str(a, "~企业培训经费", "uncatalogued: every trailing measure word");
		pe_indicator_key(a, strlen(a), b, sizeof(b), NULL);
		is_str(b, a, "the key of a key is itself");
	}
	/* never strip a name down to one character */
	is_str(key("增长"), "~增长", "a measure word alone");
	is_str(key("税增长"), "~税增长", "one character left: kept");
}

/* which way is better, per catalogue entry */
static void
test_direction(void)
{
	int			e;

	pe_indicator_key("城镇调查失业率", strlen("城镇调查失业率"), keybuf, sizeof(keybuf), &e);
	is_str(pe_catalog_direction(e), "lower", "unemployment: lower is better");
	pe_indicator_key("居民消费价格", strlen("居民消费价格"), keybuf, sizeof(keybuf), &e);
	is_str(pe_catalog_direction(e), "lower", "CPI: lower is better");
	pe_indicator_key("单位GDP能耗", strlen("单位GDP能耗"), keybuf, sizeof(keybuf), &e);
	is_str(pe_catalog_direction(e), "lower", "energy intensity: lower is better");
	pe_indicator_key("地区生产总值", strlen("地区生产总值"), keybuf, sizeof(keybuf), &e);
	is_str(pe_catalog_direction(e), "higher", "GDP: higher is better");
	pe_indicator_key("城镇新增就业", strlen("城镇新增就业"), keybuf, sizeof(keybuf), &e);
	is_str(pe_catalog_direction(e), "higher", "new jobs: higher is better");
	ok(pe_catalog_direction(-1) == NULL, "no direction out of range");
	ok(pe_catalog_direction(pe_catalog_count()) == NULL, "no direction past the end");
}

int
main(void)
{
	test_issue_examples();
	test_more_names();
	test_unknown();
	test_buffers();
	test_long_name();
	test_catalogue();
	test_measure_words();
	test_direction();
	return pe_done_testing();
}
