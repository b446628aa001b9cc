/*-------------------------------------------------------------------------
 *
 * test_quantity.c
 *	  Unit tests of src/core/pe_units.c and pe_quantity.c.
 *
 * IDENTIFICATION
 *	  test/unit/test_quantity.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_quantity.h"
#include "pe_test.h"

static char out[512];

/* parse the whole text; returns the canonical output or "ERR"/"OVERFLOW" */
static const char *
rt(const char *s, pe_quantity *q)
{
	size_t		e;
	int			r = pe_quantity_parse(s, strlen(s), q, &e);

	if (r == PE_NUM_EOVERFLOW)
		return "OVERFLOW";
	if (r != PE_NUM_OK)
		return "ERR";
	pe_quantity_format(q, out, sizeof(out));
	return out;
}

static const struct
{
	const char *in;
	const char *out;
	const char *qual;
	int			bound;
	const char *dim;
	const char *base;			/* base value (lower end) */
}			cases[] = {
	{"8.5%左右", "8.5%左右", "about", 0, "percent", "8.5"},
	{"35亿元以上", "35亿元以上", "at_least", 0, "money", "3500000000"},
	{"6%-6.5%", "6%-6.5%", "range", 0, "percent", "6"},
	{"6%至7%", "6%至7%", "range", 0, "percent", "6"},
	{"不低于7.5%", "不低于7.5%", "at_least", 0, "percent", "7.5"},
	{"控制在3%以内", "3%以内", "at_most", 0, "percent", "3"},
	{"1.3万亿斤以上", "1.3万亿斤以上", "at_least", 0, "mass", "650000000"},
	{"3000多人", "3000多人", "at_least", 1, "people", "3000"},
	{"105.8亿元", "105.8亿元", "exact", 0, "money", "10580000000"},
	{"8-9%", "8-9%", "range", 0, "percent", "8"},
	{"1至3个", "1至3个", "range", 0, "count:个", "1"},
	{"1个百分点", "1个百分点", "exact", 0, "percentage_point", "1"},
	{"超过500家", "超过500家", "at_least", 1, "count:家", "500"},
	{"不满18岁", "不满18岁", "at_most", 1, "age", "18"},
	{"60岁以上", "60岁以上", "at_least", 0, "age", "60"},
	{"不超过5%", "不超过5%", "at_most", 0, "percent", "5"},
	{"不到1%", "不到1%", "at_most", 1, "percent", "1"},
	{"约3000万人", "约3000万人", "about", 0, "people", "30000000"},
	{"近5年", "近5年", "about", 0, "years", "5"},
	{"800余家", "800余家", "at_least", 1, "count:家", "800"},
	{"100多万元", "100多万元", "at_least", 1, "money", "1000000"},
	{"3万-5万人", "3万-5万人", "range", 0, "people", "30000"},
	{"1-1.5万元", "1-1.5万元", "range", 0, "money", "10000"},
	{"2000亩", "2000亩", "exact", 0, "area", "4000000/3"},
	{"1.5公顷", "1.5公顷", "exact", 0, "area", "15000"},
	{"1200万吨标准煤", "1200万吨标准煤", "exact", 0, "standard_coal", "12000000"},
	{"300亿千瓦时", "300亿千瓦时", "exact", 0, "electricity", "30000000000"},
	{"50万千瓦", "50万千瓦", "exact", 0, "power", "500000"},
	{"5‰", "5‰", "exact", 0, "percent", "0.5"},
	{"七成", "7成", "exact", 0, "percent", "70"},
	{"百分之五", "5%", "exact", 0, "percent", "5"},
	{"千分之三", "3‰", "exact", 0, "percent", "0.3"},
	{"翻两番", "4倍", "exact", 0, "multiple", "4"},
	{"三分之一", "1/3", "exact", 0, "number", "1/3"},
	{"4.78万亿", "4.78万亿", "exact", 0, "number", "4780000000000"},
	/* per-mille points (人口自然增长率7.22‰,比上年下降0.42个千分点) */
	{"0.42个千分点", "0.42个千分点", "exact", 0, "percentage_point", "0.042"},
	{"1.49千分点", "1.49千分点", "exact", 0, "percentage_point", "0.149"},
	/* 兆 = 10^12 before a unit (糧食產量1.4兆斤左右, 約3.6兆元, 突破1兆美元) */
	{"1.4兆斤左右", "1.4兆斤左右", "about", 0, "mass", "700000000"},
	{"约3.6兆元", "约3.6兆元", "about", 0, "money", "3600000000000"},
	{"1兆美元", "1兆美元", "exact", 0, "money_usd", "1000000000000"},
	{"50兆瓦", "50兆瓦", "exact", 0, "power", "50000"},
	{"二〇三五年", "2035年", "exact", 0, "years", "2035"},
	{"三十万人", "30万人", "exact", 0, "people", "300000"},
	{"3万株", "3万株", "exact", 0, "count:株", "30000"},
	{"12座", "12座", "exact", 0, "count:座", "12"},
	{"5000辆", "5000辆", "exact", 0, "count:辆", "5000"},
	{"20微克/立方米", "20微克/立方米", "exact", 0, "unit:微克/立方米", "20"},
	{"1000万平方米以上", "1000万平方米以上", "at_least", 0, "area", "10000000"},
	{"  6.50 %  ", "6.50%", "exact", 0, "percent", "6.50"},
	{"-2.5%", "-2.5%", "exact", 0, "percent", "-2.5"},
	{"2000/3平方米", "2000/3平方米", "exact", 0, "area", "2000/3"},
	{"15天", "15天", "exact", 0, "days", "15"},
	{"3倍", "3倍", "exact", 0, "multiple", "3"},
	{"2万人次", "2万人次", "exact", 0, "person_times", "20000"},
	{"1.2万户", "1.2万户", "exact", 0, "households", "12000"},
	{"12公里", "12公里", "exact", 0, "length", "12000"},
	{"500立方米", "500立方米", "exact", 0, "volume", "500"},
	{"5小时", "5小时", "exact", 0, "hours", "5"},
	{"200美元", "200美元", "exact", 0, "money_usd", "200"},
	{"3年多", "3年多", "at_least", 1, "years", "3"},
	{"百余家", "100余家", "at_least", 1, "count:家", "100"},
	{"万余人", "10000余人", "at_least", 1, "people", "10000"},
	{"翻了一番多", "2倍多", "at_least", 1, "multiple", "2"},
	/*
	 * an unknown unit the number reader would take if it followed the
	 * figure (fuzz_quantity: 2\f幾 was written 2几, which does not read
	 * back): the blank is kept
	 */
	{"2\f幾", "2 几", "exact", 0, "unit:几", "2"},
	{"3 来", "3 来", "exact", 0, "unit:来", "3"},
	/* issue 12: grain in 斤 (1斤 = 0.5 kg), written magnitudes, 1·8%, Traditional */
	{"557亿斤", "557亿斤", "exact", 0, "mass", "27850000"},
	{"500亿斤以上", "500亿斤以上", "at_least", 0, "mass", "25000000"},
	{"1.43万亿斤", "1.43万亿斤", "exact", 0, "mass", "715000000"},
	{"2000斤", "2000斤", "exact", 0, "mass", "1"},
	{"千亿元", "1000亿元", "exact", 0, "money", "100000000000"},
	{"百亿元", "100亿元", "exact", 0, "money", "10000000000"},
	{"千万元", "1000万元", "exact", 0, "money", "10000000"},
	{"5千亿元", "5000亿元", "exact", 0, "money", "500000000000"},
	{"1.2千亿元", "1200亿元", "exact", 0, "money", "120000000000"},
	{"十亿元", "10亿元", "exact", 0, "money", "1000000000"},
	{"1·8%", "1.8%", "exact", 0, "percent", "1.8"},
	{"2・5%左右", "2.5%左右", "about", 0, "percent", "2.5"},
	{"0‧6个百分点", "0.6个百分点", "exact", 0, "percentage_point", "0.6"},
	{"4·78万亿元", "4.78万亿元", "exact", 0, "money", "4780000000000"},
	{"3萬人", "3万人", "exact", 0, "people", "30000"},
	{"2.4萬億元", "2.4万亿元", "exact", 0, "money", "2400000000000"},
	{"1200萬人左右", "1200万人左右", "about", 0, "people", "12000000"},
	{"3%以內", "3%以内", "at_most", 0, "percent", "3"},
	{"1.3萬億斤以上", "1.3万亿斤以上", "at_least", 0, "mass", "650000000"},
};

static void
test_errors(void)
{
	pe_quantity q;
	size_t		e;
	const char *bad[] = {"2个多月", "", "abc", "%", "亿元", "6%-5%", "8.5%左右左右", "5 5%",
	"3一百", "1e999元", "约", "5%;", "2025-2021年",
	/* a middle dot names a date (“8·11”特大暴雨); 千亿级 and 千万 are words */
	"8·11", "5·12地震", "千亿级", "千万", "千亿"};
	size_t		k;
	char		name[128];

	for (k = 0; k < sizeof(bad) / sizeof(bad[0]); k++)
	{
		snprintf(name, sizeof(name), "'%s' is rejected", bad[k]);
		ok(pe_quantity_parse(bad[k], strlen(bad[k]), &q, &e) != PE_NUM_OK, name);
	}
	is_int(pe_quantity_parse("6%-5%", 5, &q, &e), PE_NUM_ESYNTAX, "reversed range");
	is_int(pe_quantity_parse("99999999999999999999元", strlen("99999999999999999999元"), &q, &e),
		   PE_NUM_EOVERFLOW, "too many digits is an overflow");
	is_int(pe_quantity_parse("999999999999999999万亿元", strlen("999999999999999999万亿元"), &q, &e),
		   PE_NUM_OK, "big value with magnitude still fits (exponent)");
}

static int
cmp_text(const char *a, const char *b)
{
	pe_quantity qa,
				qb;

	rt(a, &qa);
	rt(b, &qb);
	return pe_quantity_cmp(&qa, &qb);
}

static void
test_compare(void)
{
	const char *eq[][2] = {
		{"1亿元", "10000万元"}, {"6.5%", "6.50%"}, {"约8.5%", "8.5%左右"},
		{"1公斤", "1千克"}, {"2斤", "1公斤"}, {"1平方公里", "100公顷"},
		{"15亩", "10000平方米"}, {"3万株", "30000株"}, {"35亿元以上", "不低于35亿元"},
		{"1度", "1千瓦时"}, {"10‰", "1%"}, {"1成", "10%"}, {"1/2", "0.5"},
		{"1个千分点", "0.1个百分点"}, {"1千分点", "1个千分点"}, {"0.5兆斤", "2500亿公斤"},
	};
	const char *ne[][2] = {
		{"1%", "1个百分点"}, {"1个", "1家"}, {"8.5%", "8.5%左右"},
		{"35亿元以上", "超过35亿元"}, {"1株", "1棵"}, {"1元", "1美元"},
		{"6%-7%", "6%"}, {"3年", "3岁"},
	};
	const char *lt[][2] = {
		{"9999万元", "1亿元"}, {"1%", "1个百分点"}, {"3%以内", "3%"},
		{"不到3%", "3%以内"}, {"3%", "约3%"}, {"约3%", "3%-4%"},
		{"3%以上", "3%-4%"}, {"3%以上", "超过3%"}, {"-1元", "0元"}, {"1/3", "0.34"},
		{"100元", "1万元"}, {"1元", "1斤"}, {"5", "1元"},
	};
	size_t		k;
	char		name[128];
	pe_quantity qa,
				qb;

	for (k = 0; k < sizeof(eq) / sizeof(eq[0]); k++)
	{
		snprintf(name, sizeof(name), "%s = %s", eq[k][0], eq[k][1]);
		is_int(cmp_text(eq[k][0], eq[k][1]), 0, name);
		rt(eq[k][0], &qa);
		rt(eq[k][1], &qb);
		snprintf(name, sizeof(name), "hash(%s) = hash(%s)", eq[k][0], eq[k][1]);
		ok(pe_quantity_hash(&qa) == pe_quantity_hash(&qb), name);
	}
	for (k = 0; k < sizeof(ne) / sizeof(ne[0]); k++)
	{
		snprintf(name, sizeof(name), "%s <> %s", ne[k][0], ne[k][1]);
		ok(cmp_text(ne[k][0], ne[k][1]) != 0, name);
	}
	for (k = 0; k < sizeof(lt) / sizeof(lt[0]); k++)
	{
		snprintf(name, sizeof(name), "%s < %s", lt[k][0], lt[k][1]);
		is_int(cmp_text(lt[k][0], lt[k][1]), -1, name);
		snprintf(name, sizeof(name), "%s > %s", lt[k][1], lt[k][0]);
		is_int(cmp_text(lt[k][1], lt[k][0]), 1, name);
	}
}

static const char *
op2(const char *a, const char *b, int sub)
{
	pe_quantity qa,
				qb,
				r;
	int			rc;

	rt(a, &qa);
	rt(b, &qb);
	rc = sub ? pe_quantity_sub(&qa, &qb, &r) : pe_quantity_add(&qa, &qb, &r);
	if (rc != PE_NUM_OK)
		return "ERR";
	pe_quantity_format(&r, out, sizeof(out));
	return out;
}

static const char *
opn(const char *a, const char *n, int div)
{
	pe_quantity qa,
				r;
	pe_num		x;

	rt(a, &qa);
	pe_num_from_decimal(n, strlen(n), &x);
	if ((div ? pe_quantity_div(&qa, &x, &r) : pe_quantity_mul(&qa, &x, &r)) != PE_NUM_OK)
		return "ERR";
	pe_quantity_format(&r, out, sizeof(out));
	return out;
}

static void
test_arith(void)
{
	is_str(op2("1亿元", "5000万元", 0), "1.5亿元", "1亿元 + 5000万元");
	is_str(op2("5000万元", "1亿元", 0), "15000万元", "result in the left unit");
	is_str(op2("9%", "8%", 1), "1个百分点", "9% - 8% = 1个百分点");
	is_str(op2("8%", "1个百分点", 0), "9%", "8% + 1个百分点 = 9%");
	is_str(op2("1个百分点", "8%", 0), "9%", "1个百分点 + 8% = 9%");
	is_str(op2("7.22‰", "6.80‰", 1), "0.42个千分点", "7.22‰ - 6.80‰ = 0.42个千分点");
	is_str(op2("11.69‰", "0.75个千分点", 1), "10.94‰", "11.69‰ - 0.75个千分点 = 10.94‰");
	is_str(op2("9.44‰", "0.15个千分点", 0), "9.59‰", "‰ + 个千分点");
	is_str(op2("7‰", "0.1个百分点", 0), "8‰", "‰ + 个百分点 (one point is ten per-mille points)");
	is_str(op2("1%", "1元", 0), "ERR", "different dimensions cannot be added");
	is_str(op2("6%-7%", "1%", 0), "7%-8%", "range + exact");
	is_str(op2("8.5%左右", "1%", 0), "9.5%左右", "about + exact keeps about");
	is_str(op2("8.5%左右", "约1%", 0), "ERR", "about + about is refused");
	is_str(op2("10元", "6%-7%", 0), "ERR", "different dimensions with a range");
	is_str(opn("35亿元以上", "2", 0), "70亿元以上", "at_least * 2");
	is_str(opn("35亿元以上", "-1", 0), "-35亿元以下", "negative factor flips at_least");
	is_str(opn("10元", "3", 1), "10/3元", "exact fraction on division");
	is_str(opn("10元", "0", 1), "ERR", "division by zero");
	is_str(opn("6%-7%", "-1", 0), "-7%--6%", "negative factor swaps a range");
}

static const char *
conv(const char *a, const char *unit)
{
	pe_quantity q,
				r;
	pe_unit		u;

	rt(a, &q);
	if (pe_unit_lookup(unit, strlen(unit), &u) < 0)
		return "BADUNIT";
	if (pe_quantity_convert(&q, &u, &r) != PE_NUM_OK)
		return "ERR";
	pe_quantity_format(&r, out, sizeof(out));
	return out;
}

static void
test_convert(void)
{
	is_str(conv("105.8亿元", "万元"), "1058000万元", "亿元 to 万元");
	is_str(conv("35亿元以上", "元"), "3500000000元以上", "qualifier kept");
	is_str(conv("1亩", "公顷"), "1/15公顷", "亩 to 公顷 exactly");
	is_str(conv("1.3万亿斤", "万吨"), "65000万吨", "斤 to 万吨");
	is_str(conv("1%", "个百分点"), "ERR", "% is not 个百分点");
	is_str(conv("3万株", "株"), "30000株", "unknown unit with magnitude");
	is_str(conv("3万株", "棵"), "ERR", "different classifiers");
	is_str(conv("5%", "‰"), "50‰", "% to ‰");
	is_str(conv("0.42个千分点", "个百分点"), "0.042个百分点", "个千分点 to 个百分点");
	is_str(conv("1.4兆斤", "万吨"), "70000万吨", "兆斤 to 万吨");
	is_str(conv("1‰", "个千分点"), "ERR", "‰ is not 个千分点");
}

static int
sat(const char *a, const char *t)
{
	pe_quantity qa,
				qt;

	rt(a, &qa);
	rt(t, &qt);
	return pe_quantity_satisfies(&qa, &qt, 500000);
}

static void
test_satisfies(void)
{
	is_int(sat("8.6%", "8.5%左右"), 1, "8.6% meets 8.5%左右");
	is_int(sat("8.46%", "8.5%左右"), 1, "8.46% within 0.5% of 8.5");
	is_int(sat("8.4%", "8.5%左右"), 0, "8.4% misses 8.5%左右");
	is_int(sat("36亿元", "35亿元以上"), 1, "at_least met");
	is_int(sat("35亿元", "超过35亿元"), 0, "exclusive bound not met by equality");
	is_int(sat("35亿元", "35亿元以上"), 1, "inclusive bound met by equality");
	is_int(sat("3%", "3%以内"), 1, "at_most inclusive");
	is_int(sat("3%", "不到3%"), 0, "at_most exclusive");
	is_int(sat("6.2%", "6%-6.5%"), 1, "inside a range");
	is_int(sat("7%", "6%-6.5%"), 0, "above a range");
	is_int(sat("1%", "1个百分点"), -1, "different dimensions: unknown");
	is_int(sat("3000多人", "3000人以上"), 1, "3000多 surely meets 3000以上");
	is_int(sat("3000多人", "5000人以下"), -1, "3000多 may or may not be below 5000");
	is_int(sat("3000多人", "2000人以下"), 0, "3000多 surely exceeds 2000");
	is_int(sat("1.1亿元", "10000万元"), 1, "exact target is a level to reach");
}

static void
test_scan_text(void)
{
	const char *t = "增长8.5%左右，投资105.8亿元，";
	pe_quantity q;
	size_t		n;
	pe_unit		u;
	size_t		k,
				nc;
	const pe_unit_def *cat = pe_unit_catalogue(&nc);
	int			all = 1;

	n = pe_quantity_scan(t + 6, strlen(t) - 6, &q);
	is_int(n, strlen("8.5%左右"), "running text: 8.5%左右 and stop at ，");
	ok(q.span_value.off == 0 && q.span_value.len == 3, "value span");
	ok(q.span_unit.off == 3 && q.span_unit.len == 1, "unit span");
	ok(q.span_suffix.off == 4 && q.span_suffix.len == 6, "suffix span");
	n = pe_quantity_scan("105.8亿元，", strlen("105.8亿元，"), &q);
	ok(n == strlen("105.8亿元") && q.span_unit.off == 5 && q.span_unit.len == 6,
	   "105.8亿元: unit 亿元 as written");
	n = pe_quantity_scan("3大攻坚战", strlen("3大攻坚战"), &q);
	ok(n == 1 && q.unit.entry == PE_UNIT_NONE, "3大: 大 is no unit");
	n = pe_quantity_scan("5个百分点以上", strlen("5个百分点以上"), &q);
	ok(n == strlen("5个百分点以上") && q.unit.dim == PE_DIM_POINTS, "个百分点 beats 个");
	n = pe_quantity_scan("2020年5月", strlen("2020年5月"), &q);
	is_int(n, strlen("2020年"), "2020年 then stop");
	n = pe_quantity_scan("5G基站", strlen("5G基站"), &q);
	is_int(n, 1, "5G: G is no unit in running text");
	n = pe_quantity_scan_ex("5G基站", strlen("5G基站"), PE_QS_NEED_UNIT, &q);
	is_int(n, 0, "PE_QS_NEED_UNIT rejects a bare number");
	n = pe_quantity_scan("近年来", strlen("近年来"), &q);
	is_int(n, 0, "近年来 is no quantity");
	n = pe_quantity_scan("近5年来", strlen("近5年来"), &q);
	is_int(n, 0, "近5年 in running text is a period: no quantity at 近");
	n = pe_quantity_scan("近3000万人", strlen("近3000万人"), &q);
	ok(n == strlen("近3000万人") && q.qual == PE_QUAL_ABOUT, "近3000万人 is about");
	n = pe_quantity_scan("增长1倍多，", strlen("增长1倍多，") , &q);
	is_int(n, 0, "no quantity at 增");
	n = pe_quantity_scan("1倍多，", strlen("1倍多，"), &q);
	ok(n == strlen("1倍多") && q.qual == PE_QUAL_AT_LEAST && q.bound == PE_BOUND_EXCLUSIVE,
	   "1倍多: more than double");

	/* every catalogue entry is found by the index and round-trips */
	for (k = 0; k < nc; k++)
	{
		char		buf[64];
		pe_quantity q2;
		size_t		e;

		if (pe_unit_match(cat[k].name, cat[k].len, 0, &u) != cat[k].len || u.entry != (int) k)
		{
			printf("#   catalogue entry %zu (%s) not found by the index\n", k, cat[k].name);
			all = 0;
		}
		snprintf(buf, sizeof(buf), "12.5%s", cat[k].name);
		if (pe_quantity_parse(buf, strlen(buf), &q2, &e) != PE_NUM_OK ||
			q2.unit.entry != (int) k)
		{
			printf("#   12.5%s does not parse with entry %zu\n", cat[k].name, k);
			all = 0;
		}
	}
	ok(all, "every catalogue unit is indexed and parses");
	ok(pe_unit_lookup("万元", strlen("万元"), &u) == 1 && u.mag == 4 && u.dim == PE_DIM_MONEY,
	   "lookup 万元");
	ok(pe_unit_lookup("株", 3, &u) == 1 && u.dim >= PE_DIM_CLASSIFIER_FIRST, "lookup 株");
	ok(pe_unit_lookup("微克/立方米", strlen("微克/立方米"), &u) == 0 && u.dim == PE_DIM_UNKNOWN,
	   "unknown unit kept as written");
	ok(pe_unit_lookup("兆帕", strlen("兆帕"), &u) == 0 && u.dim == PE_DIM_UNKNOWN && u.mag == 0,
	   "兆 before a word outside the catalogue is no magnitude (兆帕)");
	ok(pe_unit_lookup("兆", strlen("兆"), &u) < 0 || u.mag == 0, "兆 alone is no magnitude");
	ok(pe_unit_lookup("5元", 4, &u) < 0, "digits are no unit");
	is_str(pe_dim_base_unit(PE_DIM_MASS), "吨", "base unit of mass");
}

int
main(void)
{
	size_t		k;
	char		name[256];
	pe_quantity q;

	for (k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		char		dim[64],
					base[PE_NUM_FORMAT_MAX];
		pe_num		lo,
					hi;
		const char *got = rt(cases[k].in, &q);

		snprintf(name, sizeof(name), "'%s' reads back as '%s'", cases[k].in, cases[k].out);
		is_str(got, cases[k].out, name);
		snprintf(name, sizeof(name), "'%s' is %s", cases[k].in, cases[k].qual);
		is_str(pe_qualifier_name(q.qual), cases[k].qual, name);
		snprintf(name, sizeof(name), "'%s' bound", cases[k].in);
		is_int(q.bound, cases[k].bound, name);
		pe_unit_dim_name(&q.unit, dim, sizeof(dim));
		snprintf(name, sizeof(name), "'%s' dimension %s", cases[k].in, cases[k].dim);
		is_str(dim, cases[k].dim, name);
		pe_quantity_base(&q, &lo, &hi);
		pe_num_canonical(&lo, &lo);
		pe_num_format(&lo, base, sizeof(base));
		{
			pe_num		want;
			pe_quantity qw;
			size_t		e;

			/* compare values, not spellings */
			pe_quantity_parse(cases[k].base, strlen(cases[k].base), &qw, &e);
			want = qw.value;
			snprintf(name, sizeof(name), "'%s' base value %s", cases[k].in, cases[k].base);
			ok(pe_num_cmp(&lo, &want) == 0, name);
			if (pe_num_cmp(&lo, &want) != 0)
				printf("#   got %s\n", base);
		}
		/* output reads back to the same output */
		if (strcmp(got, "ERR") != 0)
		{
			char		again[512];
			pe_quantity q2;

			strcpy(again, got);
			snprintf(name, sizeof(name), "'%s' output is stable", cases[k].in);
			is_str(rt(again, &q2), again, name);
		}
	}
	test_errors();
	test_compare();
	test_arith();
	test_convert();
	test_satisfies();
	test_scan_text();
	return pe_done_testing();
}
