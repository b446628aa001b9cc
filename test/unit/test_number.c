/*-------------------------------------------------------------------------
 *
 * test_number.c
 *	  Unit tests of src/core/pe_number.c: exact arithmetic and numerals.
 *
 * IDENTIFICATION
 *	  test/unit/test_number.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_number.h"
#include "pe_test.h"

static const char *
fmt(const pe_num *n)
{
	static char buf[PE_NUM_FORMAT_MAX];

	pe_num_format(n, buf, sizeof(buf));
	return buf;
}

/* the whole text as one numeral; "ERR" / "OVERFLOW" on failure */
static const char *
parse(const char *s)
{
	pe_num		n;
	int			r = pe_number_parse(s, strlen(s), &n);

	if (r == PE_NUM_EOVERFLOW)
		return "OVERFLOW";
	if (r != PE_NUM_OK)
		return "ERR";
	return fmt(&n);
}

static const struct
{
	const char *in;
	const char *want;
}			cases[] = {
	/* Arabic */
	{"0", "0"}, {"123", "123"}, {"-5", "-5"}, {"+7", "7"}, {"1,234", "1234"},
	{"1,234,567.89", "1234567.89"}, {"12.50", "12.50"}, {"０.５", "0.5"},
	{"１２３", "123"}, {"１２．３", "12.3"}, {"1,23", "ERR"}, {"1,2345", "ERR"},
	{"12,345,67", "ERR"}, {"5%", "0.05"}, {"3‰", "0.003"}, {"２０２５", "2025"},
	/* mixed */
	{"1.2万", "12000"}, {"4.78万亿", "4780000000000"}, {"36.57亿", "3657000000"},
	{"3千万", "30000000"}, {"105.8亿", "10580000000"}, {"5百万", "5000000"},
	/* Chinese */
	{"一", "1"}, {"两", "2"}, {"十", "10"}, {"十五", "15"}, {"二十", "20"},
	{"一百", "100"}, {"一百零五", "105"}, {"一百一十", "110"}, {"一千零五", "1005"},
	{"一千二百三十四", "1234"}, {"一千二百三十四万", "12340000"},
	{"一万三", "13000"}, {"三千五", "3500"}, {"两百五", "250"}, {"一亿五", "150000000"},
	{"一亿二千万", "120000000"}, {"三万亿", "3000000000000"},
	{"一万二千亿", "1200000000000"}, {"十五点七", "15.7"}, {"零点五", "0.5"},
	{"三点五万", "35000"}, {"二〇三五", "2035"}, {"二○二○", "2020"},
	{"一九九八", "1998"}, {"二零二五", "2025"}, {"两万", "20000"},
	{"壹佰贰拾叁", "123"}, {"壹贰叁", "123"}, {"叁仟伍佰", "3500"}, {"捌萬", "80000"},
	/* fractions and ratios */
	{"三分之一", "1/3"}, {"三分之二", "2/3"}, {"四分之一", "0.25"},
	{"百分之五", "0.05"}, {"百分之三点五", "0.035"}, {"百分之百", "1.00"},
	{"千分之三", "0.003"}, {"十分之一", "0.1"}, {"2/3", "2/3"}, {"七成", "0.7"},
	{"十成", "1"}, {"3成", "0.3"}, {"+3成", "0.3"}, {"翻一番", "2"}, {"翻两番", "4"}, {"翻番", "2"}, {"翻了一番", "2"},
	/* not numerals */
	{"", "ERR"}, {"万", "ERR"}, {"百", "ERR"}, {"十四五", "ERR"}, {"三四", "ERR"},
	{"一二三", "ERR"}, {"十几", "ERR"}, {"abc", "ERR"}, {"1.2.3", "ERR"},
	{"一百十", "ERR"}, {"5%%", "ERR"},
	/* limits */
	{"999999999999999999", "999999999999999999"},
	{"9999999999999999999", "OVERFLOW"},
	{"1000000000000000000000", "1000000000000000000000"},
};

static void
test_arith(void)
{
	pe_num		a,
				b,
				r;

	pe_num_from_decimal("6.50", 4, &a);
	is_str(fmt(&a), "6.50", "decimal keeps its scale");
	pe_num_from_int(1, &b);
	pe_num_add(&a, &b, &r);
	is_str(fmt(&r), "7.50", "6.50 + 1 = 7.50");
	pe_num_from_int(3, &b);
	pe_num_div(&a, &b, &r);
	is_str(fmt(&r), "13/6", "6.50 / 3 = 13/6 exactly");
	pe_num_mul(&r, &b, &r);
	ok(pe_num_cmp(&r, &a) == 0, "13/6 * 3 = 6.5");
	pe_num_zero(&b);
	is_int(pe_num_div(&a, &b, &r), PE_NUM_EDIVZERO, "division by zero reported");
	pe_num_from_decimal("999999999999999999", 18, &a);
	pe_num_from_decimal("7", 1, &b);
	is_int(pe_num_mul(&a, &b, &r), PE_NUM_EOVERFLOW, "overflow reported, never a wrong number");
	pe_num_from_decimal("1e60", 4, &a);
	is_int(pe_num_mul_pow10(&a, 10, &r), PE_NUM_OK, "1e70 fits as 10^10 * 10^60");
	pe_num_from_decimal("999999999999999999e60", 21, &a);
	is_int(pe_num_mul_pow10(&a, 1, &r), PE_NUM_EOVERFLOW, "exponent overflow reported");
	pe_num_from_decimal("0.1", 3, &a);
	pe_num_from_decimal("0.10", 4, &b);
	is_int(pe_num_cmp(&a, &b), 0, "0.1 = 0.10");
	pe_num_from_decimal("-2", 2, &b);
	is_int(pe_num_cmp(&a, &b), 1, "0.1 > -2");
	pe_num_from_decimal("1e-50", 5, &a);
	pe_num_from_decimal("1e50", 4, &b);
	is_int(pe_num_cmp(&a, &b), -1, "1e-50 < 1e50 without overflow");
	pe_num_from_decimal("12000", 5, &a);
	pe_num_canonical(&a, &r);
	ok(r.coef == 12 && r.exp == 3, "canonical form strips trailing zeros");
}

static void
test_scan(void)
{
	pe_num		n;
	size_t		k;
	const char *t;

	t = "105.8亿元";
	k = pe_number_scan(t, strlen(t), &n);
	is_int(k, strlen("105.8亿"), "105.8亿元: numeral stops before 元");
	is_int(n.mag_exp, 8, "105.8亿: magnitude 10^8 reported");
	is_int(n.mag_off, 5, "105.8亿: magnitude starts after 105.8");
	pe_num_strip_magnitude(&n, &n);
	is_str(fmt(&n), "105.8", "value without magnitude is 105.8");
	is_str(pe_num_kind_name(PE_NUMK_MIXED), "mixed", "kind name");

	t = "三十万人";
	k = pe_number_scan(t, strlen(t), &n);
	pe_num_strip_magnitude(&n, &n);
	is_str(fmt(&n), "30", "三十万: 30 before the magnitude, not 30.0000");

	t = "5千米";
	k = pe_number_scan(t, strlen(t), &n);
	is_int(k, 1, "5千米: 千 belongs to the unit 千米");

	t = "一是加快";
	k = pe_number_scan(t, strlen(t), &n);
	ok(k == 3 && (n.flags & PE_NUMF_LONE_HAN), "一是: a lone Chinese digit is flagged");
	k = pe_number_scan_in(t, strlen(t), 0, &n);
	ok(k == 0 && (n.flags & PE_NUMF_IDIOM), "一是: rejected in context");

	t = "坚持统一领导";
	k = pe_number_scan_in(t, strlen(t), 6, &n);
	is_int(k, 0, "统一: not a number");
	t = "万众一心";
	is_int(pe_number_scan(t, strlen(t), &n), 0, "万众一心: a bare 万 is not a number");
	is_int(pe_number_scan_in(t, strlen(t), 6, &n), 0, "万众一心: 一 is not a number");
	t = "十四五规划";
	k = pe_number_scan_in(t, strlen(t), 0, &n);
	ok(k == 0 && (n.flags & PE_NUMF_PERIOD_NAME), "十四五 is a plan period name");
	t = "第一产业";
	k = pe_number_scan_in(t, strlen(t), 3, &n);
	ok(k == 3 && (n.flags & PE_NUMF_ORDINAL), "第一 is flagged ordinal");
	t = "十分之一的";
	k = pe_number_scan_in(t, strlen(t), 0, &n);
	is_int(k, strlen("十分之一"), "十分之一 is read although 十分 is a word");
	t = "二〇三五年远景";
	k = pe_number_scan(t, strlen(t), &n);
	ok(k == strlen("二〇三五") && (n.flags & PE_NUMF_DIGIT_STRING), "二〇三五 digit string");
	t = "翻一番以上";
	k = pe_number_scan(t, strlen(t), &n);
	ok(k == strlen("翻一番") && n.kind == PE_NUMK_FAN, "翻一番 kind fan");
	t = "八成以上";
	k = pe_number_scan(t, strlen(t), &n);
	ok(k == strlen("八成") && n.kind == PE_NUMK_CHENG, "八成 kind cheng");
	t = "三成员";
	k = pe_number_scan(t, strlen(t), &n);
	is_int(k, 3, "三成员: 成 belongs to 成员");
	t = "\xff\xfe";
	is_int(pe_number_scan(t, 2, &n), 0, "invalid UTF-8 is no numeral");
}

int
main(void)
{
	size_t		k;
	char		name[256];

	for (k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		snprintf(name, sizeof(name), "numeral '%s' = %s", cases[k].in, cases[k].want);
		is_str(parse(cases[k].in), cases[k].want, name);
	}
	test_arith();
	test_scan();
	return pe_done_testing();
}
