/*-------------------------------------------------------------------------
 *
 * pe_number.c
 *	  Exact decimal/rational numbers and the numeral scanner.
 *
 * Values are coef * 10^exp / den with 128-bit intermediates, so every
 * operation either gives the exact result or reports PE_NUM_EOVERFLOW.
 * The scanner reads Arabic, Chinese, financial, mixed (1.2万) numerals,
 * fractions (三分之一), percent words (百分之五), 成 and 翻番 forms.
 *
 * IDENTIFICATION
 *	  src/core/pe_number.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_number.h"

#include <string.h>

#include "pe_utf8.h"

__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

#define COEF_MAX	PE_NUM_COEF_MAX

static const int64_t pow10_64[19] = {
	INT64_C(1), INT64_C(10), INT64_C(100), INT64_C(1000), INT64_C(10000),
	INT64_C(100000), INT64_C(1000000), INT64_C(10000000),
	INT64_C(100000000), INT64_C(1000000000), INT64_C(10000000000),
	INT64_C(100000000000), INT64_C(1000000000000),
	INT64_C(10000000000000), INT64_C(100000000000000),
	INT64_C(1000000000000000), INT64_C(10000000000000000),
	INT64_C(100000000000000000), INT64_C(1000000000000000000)
};

static u128
u128_abs(i128 v)
{
	return v < 0 ? (u128) (-v) : (u128) v;
}

static u128
u128_gcd(u128 a, u128 b)
{
	while (b != 0)
	{
		u128		t = a % b;

		a = b;
		b = t;
	}
	return a;
}

/* 10^e as u128 for 0 <= e <= 38 */
static u128
u128_pow10(int e)
{
	u128		r = 1;

	while (e-- > 0)
		r *= 10;
	return r;
}

void
pe_num_zero(pe_num *out)
{
	memset(out, 0, sizeof(*out));
	out->den = 1;
}

/*
 * Bring an intermediate result into the representation: reduce the
 * fraction, keep fractions in the form integer/den (exp 0), drop
 * trailing zeros only when needed to fit, check the limits.
 */
static int
num_fit(i128 coef, int exp, i128 den, pe_num *out)
{
	int			neg;
	u128		c,
				d;

	if (den == 1 && coef >= -(i128) COEF_MAX && coef <= (i128) COEF_MAX &&
		exp >= -PE_NUM_EXP_MAX && exp <= PE_NUM_EXP_MAX)
	{
		/* fast path: already in range */
		out->coef = (int64_t) coef;
		out->exp = exp;
		out->den = 1;
		out->kind = 0;
		out->flags = 0;
		out->mag_exp = 0;
		out->mag_off = 0;
		return PE_NUM_OK;
	}
	if (den == 0)
		return PE_NUM_EDIVZERO;
	if (den < 0)
	{
		den = -den;
		coef = -coef;
	}
	neg = coef < 0;
	c = u128_abs(coef);
	d = (u128) den;
	pe_num_zero(out);
	if (c == 0)
	{
		out->exp = (exp >= -PE_NUM_EXP_MAX && exp <= PE_NUM_EXP_MAX) ? exp : 0;
		return PE_NUM_OK;
	}
	if (d > 1)
	{
		u128		g = u128_gcd(c, d);

		c /= g;
		d /= g;
	}
	if (d > 1)
	{
		/* a denominator of only 2s and 5s is a terminating decimal: 1/4 = 0.25 */
		u128		m = d,
					cc = c;
		int			a2 = 0,
					a5 = 0,
					k;

		while (m % 2 == 0)
		{
			m /= 2;
			a2++;
		}
		while (m % 5 == 0)
		{
			m /= 5;
			a5++;
		}
		if (m == 1)
		{
			k = a2 > a5 ? a2 : a5;
			for (; a2 < k && cc <= (u128) COEF_MAX; a2++)
				cc *= 2;
			for (; a5 < k && cc <= (u128) COEF_MAX; a5++)
				cc *= 5;
			if (a2 == k && a5 == k && cc <= (u128) COEF_MAX)
			{
				c = cc;
				d = 1;
				exp -= k;
			}
		}
	}
	if (d > 1)
	{
		/* fraction: make exp 0, as integer / den */
		while (exp < 0)
		{
			if (d > ((u128) 1 << 120))
				return PE_NUM_EOVERFLOW;
			d *= 10;
			exp++;
		}
		while (exp > 0)
		{
			if (c > ((u128) 1 << 120))
				return PE_NUM_EOVERFLOW;
			c *= 10;
			exp--;
		}
		{
			u128		g = u128_gcd(c, d);

			c /= g;
			d /= g;
		}
	}
	while (c > (u128) COEF_MAX)
	{
		if (c % 10 != 0 || d > 1)
			return PE_NUM_EOVERFLOW;
		c /= 10;
		exp++;
	}
	if (d > (u128) COEF_MAX)
		return PE_NUM_EOVERFLOW;
	while (exp > PE_NUM_EXP_MAX)
	{
		if (c * 10 > (u128) COEF_MAX)
			return PE_NUM_EOVERFLOW;
		c *= 10;
		exp--;
	}
	while (exp < -PE_NUM_EXP_MAX)
	{
		if (c % 10 != 0)
			return PE_NUM_EOVERFLOW;
		c /= 10;
		exp++;
	}
	out->coef = neg ? -(int64_t) c : (int64_t) c;
	out->exp = exp;
	out->den = (int64_t) d;
	return PE_NUM_OK;
}

int
pe_num_from_int(int64_t v, pe_num *out)
{
	return num_fit((i128) v, 0, 1, out);
}

int
pe_num_from_decimal(const char *s, size_t len, pe_num *out)
{
	size_t		i = 0;
	int			neg = 0;
	u128		c = 0;
	int			exp = 0;
	int			ndig = 0;
	int			seen_point = 0;
	int			any = 0;

	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i < len && (s[i] == '-' || s[i] == '+'))
		neg = s[i++] == '-';
	for (; i < len; i++)
	{
		if (s[i] >= '0' && s[i] <= '9')
		{
			any = 1;
			if (c == 0 && s[i] == '0')
			{
				if (seen_point)
					exp--;
				continue;
			}
			if (ndig >= 36)
			{
				/* only zeros may be dropped */
				if (s[i] != '0')
					return PE_NUM_EOVERFLOW;
				if (!seen_point)
					exp++;
				continue;
			}
			c = c * 10 + (u128) (s[i] - '0');
			ndig++;
			if (seen_point)
				exp--;
		}
		else if (s[i] == '.' && !seen_point)
			seen_point = 1;
		else
			break;
	}
	if (!any)
		return PE_NUM_ESYNTAX;
	if (i < len && (s[i] == 'e' || s[i] == 'E'))
	{
		int			eneg = 0;
		int			e = 0;
		int			edig = 0;

		i++;
		if (i < len && (s[i] == '-' || s[i] == '+'))
			eneg = s[i++] == '-';
		for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		{
			if (e < 100000)
				e = e * 10 + (s[i] - '0');
			edig++;
		}
		if (!edig)
			return PE_NUM_ESYNTAX;
		exp += eneg ? -e : e;
	}
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i != len)
		return PE_NUM_ESYNTAX;
	if (exp < -1000 || exp > 1000)
		return c == 0 ? pe_num_from_int(0, out) : PE_NUM_EOVERFLOW;
	return num_fit(neg ? -(i128) c : (i128) c, exp, 1, out);
}

/* a*10^(ea) and b*10^(eb) aligned to the smaller exponent; 0 on overflow */
static int
align2(i128 a, int ea, i128 b, int eb, i128 *ra, i128 *rb, int *e)
{
	int			d;
	u128		p;

	if (a == 0)
		ea = eb;
	if (b == 0)
		eb = ea;
	if (ea >= eb)
	{
		d = ea - eb;
		if (d > 36 && a != 0)
			return 0;
		p = u128_pow10(d);
		if (a != 0 && u128_abs(a) > ((u128) 1 << 125) / p)
			return 0;
		*ra = a * (i128) p;
		*rb = b;
		*e = eb;
	}
	else
	{
		d = eb - ea;
		if (d > 36 && b != 0)
			return 0;
		p = u128_pow10(d);
		if (b != 0 && u128_abs(b) > ((u128) 1 << 125) / p)
			return 0;
		*ra = a;
		*rb = b * (i128) p;
		*e = ea;
	}
	return 1;
}

static int
num_addsub(const pe_num *a, const pe_num *b, int sub, pe_num *out)
{
	i128		na = (i128) a->coef * b->den;
	i128		nb = (i128) b->coef * a->den;
	i128		ra,
				rb;
	int			e;

	if (!align2(na, a->exp, nb, b->exp, &ra, &rb, &e))
		return PE_NUM_EOVERFLOW;
	return num_fit(sub ? ra - rb : ra + rb, e, (i128) a->den * b->den, out);
}

int
pe_num_add(const pe_num *a, const pe_num *b, pe_num *out)
{
	return num_addsub(a, b, 0, out);
}

int
pe_num_sub(const pe_num *a, const pe_num *b, pe_num *out)
{
	return num_addsub(a, b, 1, out);
}

int
pe_num_mul(const pe_num *a, const pe_num *b, pe_num *out)
{
	return num_fit((i128) a->coef * b->coef, a->exp + b->exp,
				   (i128) a->den * b->den, out);
}

int
pe_num_div(const pe_num *a, const pe_num *b, pe_num *out)
{
	if (b->coef == 0)
		return PE_NUM_EDIVZERO;
	return num_fit((i128) a->coef * b->den, a->exp - b->exp,
				   (i128) a->den * b->coef, out);
}

int
pe_num_mul_pow10(const pe_num *a, int e, pe_num *out)
{
	if (e > 1000 || e < -1000)
		return PE_NUM_EOVERFLOW;
	return num_fit((i128) a->coef, a->exp + e, (i128) a->den, out);
}

int
pe_num_sign(const pe_num *a)
{
	return a->coef > 0 ? 1 : (a->coef < 0 ? -1 : 0);
}

int
pe_num_cmp(const pe_num *a, const pe_num *b)
{
	int			sa = pe_num_sign(a),
				sb = pe_num_sign(b);
	u128		x,
				y;
	int			d;
	int			r;

	if (sa != sb)
		return sa < sb ? -1 : 1;
	if (sa == 0)
		return 0;
	/* compare |a| = |ca|*db*10^ea against |b| = |cb|*da*10^eb */
	x = u128_abs((i128) a->coef) * (u128) b->den;
	y = u128_abs((i128) b->coef) * (u128) a->den;
	d = a->exp - b->exp;
	if (d > 0)
	{
		if (d >= 39)
			r = 1;
		else
		{
			u128		p = u128_pow10(d);

			if (x > (~(u128) 0) / p)
				r = 1;
			else
			{
				x *= p;
				r = x > y ? 1 : (x < y ? -1 : 0);
			}
		}
	}
	else if (d < 0)
	{
		if (-d >= 39)
			r = -1;
		else
		{
			u128		p = u128_pow10(-d);

			if (y > (~(u128) 0) / p)
				r = -1;
			else
			{
				y *= p;
				r = x > y ? 1 : (x < y ? -1 : 0);
			}
		}
	}
	else
		r = x > y ? 1 : (x < y ? -1 : 0);
	return sa > 0 ? r : -r;
}

void
pe_num_canonical(const pe_num *a, pe_num *out)
{
	pe_num		t;

	if (num_fit((i128) a->coef, a->exp, (i128) a->den, &t) != PE_NUM_OK)
		t = *a;
	t.kind = t.flags = 0;
	t.mag_exp = 0;
	t.mag_off = 0;
	if (t.coef == 0)
	{
		pe_num_zero(out);
		return;
	}
	if (t.den == 1)
	{
		while (t.coef % 10 == 0 && t.exp < PE_NUM_EXP_MAX)
		{
			t.coef /= 10;
			t.exp++;
		}
	}
	*out = t;
}

void
pe_num_strip_magnitude(const pe_num *a, pe_num *out)
{
	pe_num		t;

	if (a->mag_exp == 0 ||
		num_fit((i128) a->coef, a->exp - a->mag_exp, (i128) a->den, &t) != PE_NUM_OK)
	{
		*out = *a;
		out->mag_exp = 0;
		return;
	}
	/* Chinese numerals have no written scale: never print "30.0000" */
	if (a->kind == PE_NUMK_CHINESE && t.den == 1)
	{
		while (t.exp < 0 && t.coef != 0 && t.coef % 10 == 0)
		{
			t.coef /= 10;
			t.exp++;
		}
	}
	t.kind = a->kind;
	t.flags = a->flags;
	t.mag_exp = 0;
	t.mag_off = a->mag_off;
	*out = t;
}

/* append helper: writes what fits, always counts */
typedef struct outbuf
{
	char	   *buf;
	size_t		cap;
	size_t		n;
} outbuf;

static void
ob_putc(outbuf *o, char c)
{
	if (o->n + 1 < o->cap)
		o->buf[o->n] = c;
	o->n++;
}

static size_t
ob_finish(outbuf *o)
{
	if (o->cap > 0)
		o->buf[o->n < o->cap ? o->n : o->cap - 1] = '\0';
	return o->n;
}

static void
format_numerator(outbuf *o, const pe_num *a)
{
	char		digits[24];
	int			nd = 0;
	uint64_t	c;
	int			i;

	if (a->coef < 0)
		ob_putc(o, '-');
	c = a->coef < 0 ? (uint64_t) (-(a->coef + 1)) + 1 : (uint64_t) a->coef;
	do
	{
		digits[nd++] = (char) ('0' + c % 10);
		c /= 10;
	} while (c != 0);
	if (a->exp >= 0)
	{
		for (i = nd - 1; i >= 0; i--)
			ob_putc(o, digits[i]);
		if (a->coef != 0)
			for (i = 0; i < a->exp; i++)
				ob_putc(o, '0');
	}
	else
	{
		int			frac = -a->exp;

		if (nd <= frac)
		{
			ob_putc(o, '0');
			ob_putc(o, '.');
			for (i = 0; i < frac - nd; i++)
				ob_putc(o, '0');
			for (i = nd - 1; i >= 0; i--)
				ob_putc(o, digits[i]);
		}
		else
		{
			for (i = nd - 1; i >= 0; i--)
			{
				ob_putc(o, digits[i]);
				if (i == frac)
					ob_putc(o, '.');
			}
		}
	}
}

size_t
pe_num_format_numerator(const pe_num *a, char *buf, size_t cap)
{
	outbuf		o = {buf, cap, 0};

	format_numerator(&o, a);
	return ob_finish(&o);
}

size_t
pe_num_format(const pe_num *a, char *buf, size_t cap)
{
	outbuf		o = {buf, cap, 0};

	format_numerator(&o, a);
	if (a->den > 1)
	{
		pe_num		d;

		pe_num_zero(&d);
		d.coef = a->den;
		ob_putc(&o, '/');
		format_numerator(&o, &d);
	}
	return ob_finish(&o);
}

const char *
pe_num_kind_name(int kind)
{
	switch (kind)
	{
		case PE_NUMK_ARABIC:
			return "arabic";
		case PE_NUMK_CHINESE:
			return "chinese";
		case PE_NUMK_MIXED:
			return "mixed";
		case PE_NUMK_FRACTION:
			return "fraction";
		case PE_NUMK_PERCENT:
			return "percent";
		case PE_NUMK_PERMILLE:
			return "permille";
		case PE_NUMK_CHENG:
			return "cheng";
		case PE_NUMK_FAN:
			return "fan";
		default:
			return "none";
	}
}

/* ------------------------------------------------------------------ */
/* numeral scanner													  */
/* ------------------------------------------------------------------ */


/* Chinese digit value (0-9), or -1; *fin set for financial forms */
static int
han_digit(uint32_t cp, int *fin)
{
	*fin = 0;
	switch (cp)
	{
		case 0x96F6:			/* 零 */
		case 0x3007:			/* 〇 */
		case 0x25CB:			/* ○ */
			return 0;
		case 0x4E00:			/* 一 */
			return 1;
		case 0x4E8C:			/* 二 */
		case 0x4E24:			/* 两 */
		case 0x5169:			/* 兩 */
			return 2;
		case 0x4E09:			/* 三 */
			return 3;
		case 0x56DB:			/* 四 */
			return 4;
		case 0x4E94:			/* 五 */
			return 5;
		case 0x516D:			/* 六 */
			return 6;
		case 0x4E03:			/* 七 */
			return 7;
		case 0x516B:			/* 八 */
			return 8;
		case 0x4E5D:			/* 九 */
			return 9;
		case 0x58F9:			/* 壹 */
			*fin = 1;
			return 1;
		case 0x8D30:			/* 贰 */
		case 0x8CB3:			/* 貳 */
			*fin = 1;
			return 2;
		case 0x53C1:			/* 叁 */
		case 0x53C3:			/* 參 */
		case 0x53C4:			/* 叄 */
			*fin = 1;
			return 3;
		case 0x8086:			/* 肆 */
			*fin = 1;
			return 4;
		case 0x4F0D:			/* 伍 */
			*fin = 1;
			return 5;
		case 0x9646:			/* 陆 */
		case 0x9678:			/* 陸 */
			*fin = 1;
			return 6;
		case 0x67D2:			/* 柒 */
			*fin = 1;
			return 7;
		case 0x634C:			/* 捌 */
			*fin = 1;
			return 8;
		case 0x7396:			/* 玖 */
			*fin = 1;
			return 9;
		default:
			return -1;
	}
}

/* small unit 十百千 (and 拾佰仟): power of ten, or 0 */
static int
han_small_unit(uint32_t cp, int *fin)
{
	*fin = 0;
	switch (cp)
	{
		case 0x5341:			/* 十 */
			return 1;
		case 0x767E:			/* 百 */
			return 2;
		case 0x5343:			/* 千 */
			return 3;
		case 0x62FE:			/* 拾 */
			*fin = 1;
			return 1;
		case 0x4F70:			/* 佰 */
			*fin = 1;
			return 2;
		case 0x4EDF:			/* 仟 */
			*fin = 1;
			return 3;
		default:
			return 0;
	}
}

/* big unit 万 亿 (萬 億): power of ten, or 0 */
static int
han_big_unit(uint32_t cp)
{
	switch (cp)
	{
		case 0x4E07:			/* 万 */
		case 0x842C:			/* 萬 */
			return 4;
		case 0x4EBF:			/* 亿 */
		case 0x5104:			/* 億 */
			return 8;
		default:
			return 0;
	}
}

static int
is_ascii_digit_cp(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

static int
digit_val(uint32_t cp)
{
	return cp <= '9' ? (int) (cp - '0') : (int) (cp - 0xFF10);
}

#define CP_DIAN		0x70B9		/* 点 */
#define CP_FEN		0x5206		/* 分 */
#define CP_ZHI		0x4E4B		/* 之 */
#define CP_CHENG	0x6210		/* 成 */
#define CP_FAN1		0x7FFB		/* 翻 */
#define CP_FAN2		0x756A		/* 番 */
#define CP_LE		0x4E86		/* 了 */
#define CP_JI		0x51E0		/* 几 */

/*
 * Run of trailing big magnitude words at s[i]: 万, 亿, 万亿, 亿亿 (at most
 * two).  Returns bytes and sets *pow.
 */
static size_t
big_run(const char *s, size_t len, size_t i, int *pow)
{
	size_t		n1,
				n2;
	uint32_t	c1 = pe_utf8_peek(s, len, i, &n1);
	int			p1 = han_big_unit(c1);
	uint32_t	c2;
	int			p2;

	*pow = 0;
	if (!p1)
		return 0;
	c2 = pe_utf8_peek(s, len, i + n1, &n2);
	p2 = han_big_unit(c2);
	if (p2 == 8)
	{
		*pow = p1 + p2;
		return n1 + n2;
	}
	*pow = p1;
	return n1;
}

/* · (U+00B7), ・ (U+30FB), ‧ (U+2027), ･ (U+FF65) */
static int
is_middle_dot(uint32_t cp)
{
	return cp == 0x00B7 || cp == 0x30FB || cp == 0x2027 || cp == 0xFF65;
}

/*
 * Is the middle dot before s[i] a decimal point?  Typeset reports write
 * 1·8% for 1.8%, but "8·11"特大暴雨 and 5·12 name dates: the dot is read
 * as a point only when the digits after it are followed by a percent
 * sign or a magnitude or ratio word (% ％ ‰ 万 萬 亿 億 倍 个百分点).
 */
static int
middle_dot_decimal(const char *s, size_t len, size_t i)
{
	size_t		n;
	uint32_t	cp = pe_utf8_peek(s, len, i, &n);
	int			digits = 0;

	while (is_ascii_digit_cp(cp))
	{
		i += n;
		digits++;
		cp = pe_utf8_peek(s, len, i, &n);
	}
	if (digits == 0)
		return 0;
	if (cp == '%' || cp == 0xFF05 || cp == 0x2030 || cp == 0x4E07 || cp == 0x842C ||
		cp == 0x4EBF || cp == 0x5104 || cp == 0x500D)
		return 1;
	return len - i >= 12 && (memcmp(s + i, "个百分点", 12) == 0 ||
							 memcmp(s + i, "个千分点", 12) == 0);
}

/*
 * Arabic numeral at s[0..len): digits with optional , grouping, decimal
 * point (. or ．, or a middle dot before a percent or magnitude: 1·8%),
 * optional sign.  Fills coef/exp, returns bytes.
 */
static size_t
scan_arabic(const char *s, size_t len, pe_num *out)
{
	size_t		i = 0,
				n;
	uint32_t	cp;
	int			neg = 0;
	u128		c = 0;
	int			exp = 0;
	int			ndig = 0;
	int			any = 0;
	int			flags = 0;
	size_t		group_start;
	int			groups = 0;
	int			first_group_len = 0;
	size_t		int_end;

	cp = pe_utf8_peek(s, len, i, &n);
	if (cp == '-' || cp == 0x2212 || cp == 0xFF0D || cp == '+' || cp == 0xFF0B)
	{
		size_t		m;
		uint32_t	nx = pe_utf8_peek(s, len, i + n, &m);

		if (!is_ascii_digit_cp(nx))
			return 0;
		neg = (cp != '+' && cp != 0xFF0B);
		flags |= PE_NUMF_SIGNED;
		i += n;
	}
	group_start = i;
	/* integer part */
	for (;;)
	{
		cp = pe_utf8_peek(s, len, i, &n);
		if (is_ascii_digit_cp(cp))
		{
			if (cp > 0x7F)
				flags |= PE_NUMF_FULLWIDTH;
			any = 1;
			if (ndig < 36)
			{
				c = c * 10 + (u128) digit_val(cp);
				if (c != 0)
					ndig++;
			}
			else if (digit_val(cp) == 0 && exp < 100)
				exp++;			/* trailing zeros of a long integer */
			else
				return 0;		/* absurdly long: not a number we keep */
			i += n;
			continue;
		}
		if (cp == ',' && any)
		{
			/* thousands separator: exactly three digits must follow */
			size_t		j = i + 1,
						m;
			int			k;

			for (k = 0; k < 3; k++)
			{
				uint32_t	d = pe_utf8_peek(s, len, j, &m);

				if (!is_ascii_digit_cp(d))
					break;
				j += m;
			}
			if (k == 3 && !is_ascii_digit_cp(pe_utf8_peek(s, len, j, &m)))
			{
				size_t		glen = pe_utf8_count(s + group_start, i - group_start);

				if (groups == 0)
				{
					first_group_len = (int) glen;
					if (first_group_len > 3)
						break;
				}
				else if (glen != 3)
					break;
				groups++;
				flags |= PE_NUMF_GROUPED;
				i += 1;
				group_start = i;
				continue;
			}
		}
		break;
	}
	if (!any)
		return 0;
	if (groups > 0 && pe_utf8_count(s + group_start, i - group_start) != 3)
		return 0;
	int_end = i;
	/* fraction part */
	cp = pe_utf8_peek(s, len, i, &n);
	if ((cp == '.' || cp == 0xFF0E) ||
		(is_middle_dot(cp) && middle_dot_decimal(s, len, i + n)))
	{
		size_t		m;
		uint32_t	nx = pe_utf8_peek(s, len, i + n, &m);

		if (is_ascii_digit_cp(nx))
		{
			i += n;
			flags |= PE_NUMF_DECIMAL;
			for (;;)
			{
				cp = pe_utf8_peek(s, len, i, &n);
				if (!is_ascii_digit_cp(cp))
					break;
				if (ndig >= 36 || exp > 0)
				{
					/* only zeros may follow beyond the precision we keep */
					if (digit_val(cp) != 0)
						return 0;
					i += n;
					continue;
				}
				c = c * 10 + (u128) digit_val(cp);
				if (c != 0)
					ndig++;
				exp--;
				i += n;
			}
		}
	}
	(void) int_end;
	if (c <= (u128) COEF_MAX && exp >= -PE_NUM_EXP_MAX && exp <= PE_NUM_EXP_MAX)
	{
		/* the common case needs no normalisation */
		out->coef = neg ? -(int64_t) c : (int64_t) c;
		out->exp = exp;
		out->den = 1;
		out->mag_exp = 0;
		out->mag_off = 0;
	}
	else if (num_fit(neg ? -(i128) c : (i128) c, exp, 1, out) != PE_NUM_OK)
		return 0;
	out->kind = PE_NUMK_ARABIC;
	out->flags = (uint16_t) flags;
	return i;
}

/*
 * Chinese numeral at s.  Handles 十百千 sections, 万/亿 groups, 零,
 * elliptic endings (一万三), 点 decimals and digit strings (二〇三五).
 * Returns bytes consumed, 0 if none; *reject set when the text looks
 * like a numeral that must not be read (十四五, 三四个, 十几).
 */
static size_t
scan_chinese(const char *s, size_t len, pe_num *out, int *reject)
{
	size_t		i = 0,
				n;
	uint32_t	cp;
	u128		total = 0;		/* groups already closed by 亿/万 */
	u128		section = 0;	/* current group below 万 */
	int			pending = -1;	/* last digit not yet multiplied */
	int			last_small = 99;	/* last small unit power in this section */
	int			last_unit_pow = 0;	/* power of the unit just before pending */
	int			zero_seen = 0;
	int			any_unit = 0;
	int			ndigits = 0;	/* digits read */
	int			only_digits = 1;
	int			zero_in_digits = 0;
	int			fin_any = 0;
	int			flags = 0;
	u128		digstr = 0;		/* digit-string value */
	int			ndig_str = 0;
	size_t		end = 0;
	int			lone_two = 0;	/* 两 used */

	*reject = 0;
	for (;;)
	{
		int			fin;
		int			d,
					su,
					bu;

		cp = pe_utf8_peek(s, len, i, &n);
		if (n == 0)
			break;
		d = han_digit(cp, &fin);
		if (d >= 0)
		{
			if (fin)
				fin_any = 1;
			if (cp == 0x4E24 || cp == 0x5169)
				lone_two = 1;
			if (pending >= 0 && any_unit)
			{
				/* 十四五, 一百二三: a digit after a digit in unit mode */
				*reject = 1;
				return 0;
			}
			if (!any_unit)
			{
				/* digit-string mode so far */
				if ((cp == 0x4E24 || cp == 0x5169) && ndigits > 0)
					break;
				if (ndig_str >= 18)
					return 0;
				digstr = digstr * 10 + (u128) d;
				ndig_str++;
				if (d == 0)
					zero_in_digits = 1;
			}
			ndigits++;
			if (d == 0)
			{
				if (any_unit)
				{
					zero_seen = 1;
					pending = -1;
					last_unit_pow = 0;
					i += n;
					end = i;
					continue;
				}
			}
			pending = d;
			i += n;
			end = i;
			continue;
		}
		su = han_small_unit(cp, &fin);
		if (su)
		{
			int			mult;

			if (ndig_str > 1)
				break;			/* 二〇三五 followed by 十: stop at the string */
			if (su >= last_small)
			{
				/* 一百二十 then 十 again: not part of this numeral */
				break;
			}
			if (pending < 0)
			{
				/* implicit one only for a leading 十 (十五) or after 零 (一百零十?) */
				if (su == 1 && section == 0 && total == 0 && !zero_seen && i == 0)
					mult = 1;
				else
					break;
			}
			else
				mult = pending;
			if (fin)
				fin_any = 1;
			section += (u128) mult * (u128) pow10_64[su];
			pending = -1;
			last_small = su;
			last_unit_pow = su;
			any_unit = 1;
			only_digits = 0;
			zero_seen = 0;
			i += n;
			end = i;
			continue;
		}
		bu = han_big_unit(cp);
		if (bu)
		{
			if (ndig_str > 1 && !any_unit)
				break;
			if (pending >= 0)
				section += (u128) pending;
			pending = -1;
			if (section == 0 && total == 0)
				break;			/* bare 万 */
			if (bu == 8)
			{
				total = (total + section) * (u128) pow10_64[8];
			}
			else
			{
				if (section == 0)
				{
					/* 亿万? not a numeral form we accept */
					break;
				}
				total += section * (u128) pow10_64[4];
			}
			if (total > ((u128) 1 << 100))
				return 0;
			section = 0;
			last_small = 99;
			last_unit_pow = bu;
			any_unit = 1;
			only_digits = 0;
			zero_seen = 0;
			i += n;
			end = i;
			continue;
		}
		break;
	}
	if (end == 0)
		return 0;

	pe_num_zero(out);
	out->kind = PE_NUMK_CHINESE;
	if (fin_any)
		flags |= PE_NUMF_FINANCIAL;

	if (only_digits)
	{
		if (ndig_str == 1 && fin_any)
			return 0;			/* 伍 in 队伍, 陆 in 大陆: no numeral alone */
		if (ndig_str == 1)
		{
			if (num_fit((i128) digstr, 0, 1, out) != PE_NUM_OK)
				return 0;
			out->kind = PE_NUMK_CHINESE;
			flags |= PE_NUMF_LONE_HAN;
		}
		else
		{
			/*
			 * 二〇三五: a digit string.  Two or three digits without a zero
			 * (三四个, 七八家, 一二三产业) are approximations or names,
			 * not numbers.
			 */
			if (!zero_in_digits && ndig_str < 4 && !fin_any)
			{
				*reject = 1;
				return 0;
			}
			if (lone_two)
				return 0;
			if (num_fit((i128) digstr, 0, 1, out) != PE_NUM_OK)
				return 0;
			out->kind = PE_NUMK_CHINESE;
			flags |= PE_NUMF_DIGIT_STRING;
		}
		out->flags = (uint16_t) flags;
		return end;
	}

	/* close the number: elliptic trailing digit (一万三 = 13000) */
	if (pending >= 0)
	{
		if (last_unit_pow >= 2 && !zero_seen)
		{
			section += (u128) pending * (u128) pow10_64[last_unit_pow - 1];
			flags |= PE_NUMF_ELLIPTIC;
		}
		else
			section += (u128) pending;
	}
	total += section;
	if (total > (u128) COEF_MAX * 1000)
		return 0;
	if (num_fit((i128) total, 0, 1, out) != PE_NUM_OK)
		return 0;
	/* no written scale: move trailing zeros to exp */
	while (out->coef != 0 && out->coef % 10 == 0)
	{
		out->coef /= 10;
		out->exp++;
	}
	out->kind = PE_NUMK_CHINESE;
	out->flags = (uint16_t) flags;
	return end;
}

/* 点 and Chinese decimal digits after an integer part; adds to *v */
static size_t
scan_han_decimals(const char *s, size_t len, pe_num *v)
{
	size_t		i = 0,
				n;
	uint32_t	cp = pe_utf8_peek(s, len, 0, &n);
	u128		frac = 0;
	int			nd = 0;
	int			fin;

	if (cp != CP_DIAN)
		return 0;
	i = n;
	for (;;)
	{
		int			d;

		cp = pe_utf8_peek(s, len, i, &n);
		d = han_digit(cp, &fin);
		if (d < 0 || cp == 0x4E24)
			break;
		if (nd >= 18)
			return 0;
		frac = frac * 10 + (u128) d;
		nd++;
		i += n;
	}
	if (nd == 0)
		return 0;
	{
		pe_num		f;

		if (num_fit((i128) frac, -nd, 1, &f) != PE_NUM_OK)
			return 0;
		/* keep the written scale: 十五点七零 = 15.70 */
		f.coef = (int64_t) frac;
		f.exp = -nd;
		{
			uint16_t	k = v->kind,
						fl = v->flags;

			if (pe_num_add(v, &f, v) != PE_NUM_OK)
				return 0;
			v->kind = k;
			v->flags = fl;
		}
		/* pe_num_add keeps the smaller exponent: exactly the written scale */
	}
	return i;
}

/*
 * Core numeral: Arabic (+ magnitude) or Chinese (+ 点 decimals + magnitude).
 * Does not handle fractions, 成, 翻番.
 */
static size_t
scan_basic(const char *s, size_t len, pe_num *out, int *reject)
{
	size_t		n,
				i;
	uint32_t	cp = pe_utf8_peek(s, len, 0, &n);
	int			pow;

	*reject = 0;
	if (is_ascii_digit_cp(cp) || cp == '-' || cp == '+' || cp == 0x2212 ||
		cp == 0xFF0D || cp == 0xFF0B)
	{
		size_t		k,
					m;
		int			small = 0;
		uint32_t	c2;

		i = scan_arabic(s, len, out);
		if (i == 0)
			return 0;
		/* a following Chinese digit or 点 makes it no number we know */
		/* mixed: (十|百|千)?(万|亿|万亿) */
		c2 = pe_utf8_peek(s, len, i, &m);
		k = i;
		{
			int			fin;

			small = han_small_unit(c2, &fin);
			if (small && !fin)
			{
				size_t		br = big_run(s, len, i + m, &pow);

				if (br)
				{
					pe_num		t;

					if (pe_num_mul_pow10(out, small, &t) != PE_NUM_OK)
						return 0;
					t.kind = out->kind;
					t.flags = out->flags;
					*out = t;
					k = i + m;
				}
			}
		}
		{
			size_t		br = big_run(s, len, k, &pow);

			if (br)
			{
				pe_num		t;
				uint16_t	fl = out->flags;

				if (pe_num_mul_pow10(out, pow, &t) != PE_NUM_OK)
					return 0;
				*out = t;
				out->kind = PE_NUMK_MIXED;
				out->flags = fl;
				out->mag_exp = (int16_t) pow;
				out->mag_off = (uint16_t) k;
				return k + br;
			}
		}
		out->mag_off = (uint16_t) i;
		return i;
	}
	i = scan_chinese(s, len, out, reject);
	if (i == 0)
		return 0;
	/* decimals: 十五点七, 三点五万 */
	{
		size_t		dlen = 0;
		int			lone = (out->flags & PE_NUMF_LONE_HAN) != 0;
		int			trailing_big = 0;
		size_t		j = i;
		uint32_t	prev;

		/* did the integer part end with 万/亿?  then 点 cannot follow */
		prev = pe_utf8_prev(s, &j);
		trailing_big = han_big_unit(prev) != 0;
		if (!trailing_big && !(out->flags & PE_NUMF_DIGIT_STRING))
			dlen = scan_han_decimals(s + i, len - i, out);
		if (dlen)
		{
			size_t		br;

			out->flags &= (uint16_t) ~PE_NUMF_LONE_HAN;
			out->flags |= PE_NUMF_DECIMAL;
			i += dlen;
			br = big_run(s, len, i, &pow);
			if (br)
			{
				pe_num		t;
				uint16_t	fl = out->flags;

				if (pe_num_mul_pow10(out, pow, &t) != PE_NUM_OK)
					return 0;
				*out = t;
				out->kind = PE_NUMK_CHINESE;
				out->flags = fl;
				out->mag_exp = (int16_t) pow;
				out->mag_off = (uint16_t) i;
				return i + br;
			}
			out->mag_off = (uint16_t) i;
			return i;
		}
		(void) lone;
	}
	/* trailing 万/亿 run of a Chinese integer: report it */
	{
		size_t		j = i,
					k;
		uint32_t	c1 = pe_utf8_prev(s, &j);
		int			p1 = han_big_unit(c1);

		out->mag_off = (uint16_t) i;
		if (p1)
		{
			uint32_t	c0;

			k = j;
			out->mag_exp = (int16_t) p1;
			out->mag_off = (uint16_t) j;
			if (j > 0)
			{
				c0 = pe_utf8_prev(s, &k);
				if (p1 == 8 && han_big_unit(c0) == 4)
				{
					/* 三万亿: the trailing run is 万亿 */
					out->mag_exp = 12;
					out->mag_off = (uint16_t) k;
				}
			}
		}
	}
	return i;
}

/* characters after N成 that make 成 part of a word (成员, 成果, ...) */
static int
cheng_word_follows(uint32_t cp)
{
	switch (cp)
	{
		case 0x5458:			/* 员 */
		case 0x679C:			/* 果 */
		case 0x672C:			/* 本 */
		case 0x4E3A:			/* 为 */
		case 0x6548:			/* 效 */
		case 0x7ACB:			/* 立 */
		case 0x529F:			/* 功 */
		case 0x719F:			/* 熟 */
		case 0x7EE9:			/* 绩 */
		case 0x5C31:			/* 就 */
		case 0x4EA4:			/* 交 */
		case 0x957F:			/* 长 */
		case 0x90FD:			/* 都 */
		case 0x5206:			/* 分 */
		case 0x578B:			/* 型 */
		case 0x54C1:			/* 品 */
		case 0x5E74:			/* 年 */
		case 0x4EBA:			/* 人 */
		case 0x89C4:			/* 规 */
		case 0x5957:			/* 套 */
		case 0x7247:			/* 片 */
			return 1;
		default:
			return 0;
	}
}

size_t
pe_number_scan(const char *s, size_t len, pe_num *out)
{
	size_t		n,
				i;
	uint32_t	cp;
	int			reject = 0;
	pe_num		v;

	pe_num_zero(out);
	if (len == 0)
		return 0;
	if (len > 65535)
		len = 65535;			/* offsets are 16 bits; numerals are short */
	cp = pe_utf8_peek(s, len, 0, &n);

	/* 翻一番, 翻两番, 翻番, 翻了一番 */
	if (cp == CP_FAN1)
	{
		size_t		j = n,
					m;
		uint32_t	c2 = pe_utf8_peek(s, len, j, &m);
		int			times = 1;

		if (c2 == CP_LE)
		{
			j += m;
			c2 = pe_utf8_peek(s, len, j, &m);
		}
		if (c2 != CP_FAN2)
		{
			int			fin;
			int			d = han_digit(c2, &fin);

			if (d < 1 && !is_ascii_digit_cp(c2))
				return 0;
			times = d >= 1 ? d : digit_val(c2);
			if (times < 1)
				return 0;
			j += m;
			c2 = pe_utf8_peek(s, len, j, &m);
			if (c2 != CP_FAN2)
				return 0;
		}
		j += m;
		if (times > 59)
			return 0;
		if (num_fit((i128) ((u128) 1 << times), 0, 1, out) != PE_NUM_OK)
			return 0;
		out->kind = PE_NUMK_FAN;
		out->mag_off = (uint16_t) j;
		return j;
	}

	/* 百分之五, 千分之三, 万分之二 */
	{
		int			p = 0;
		uint32_t	c2,
					c3;
		size_t		m2,
					m3;

		if (cp == 0x767E)
			p = 2;
		else if (cp == 0x5343)
			p = 3;
		else if (cp == 0x4E07)
			p = 4;
		if (p)
		{
			c2 = pe_utf8_peek(s, len, n, &m2);
			c3 = pe_utf8_peek(s, len, n + m2, &m3);
			if (c2 == CP_FEN && c3 == CP_ZHI)
			{
				size_t		j = n + m2 + m3;
				size_t		k;
				uint32_t	c4;
				size_t		m4;

				c4 = pe_utf8_peek(s, len, j, &m4);
				if (p == 2 && c4 == 0x767E)
				{
					/* 百分之百 */
					pe_num_from_int(100, &v);
					k = m4;
				}
				else
				{
					k = scan_basic(s + j, len - j, &v, &reject);
					if (k == 0 || v.mag_exp != 0 || v.den != 1 || v.coef < 0)
						return 0;
				}
				if (pe_num_mul_pow10(&v, -p, out) != PE_NUM_OK)
					return 0;
				/* keep the written scale: 百分之五 = 0.05 */
				out->kind = p == 2 ? PE_NUMK_PERCENT :
					(p == 3 ? PE_NUMK_PERMILLE : PE_NUMK_FRACTION);
				out->flags = v.flags & (uint16_t) ~PE_NUMF_LONE_HAN;
				out->mag_off = (uint16_t) (j + k);
				return j + k;
			}
		}
	}

	/* 百余家, 千余人, 万余人: a bare 百/千/万/亿 before 余 means one of it */
	{
		int			p = cp == 0x767E ? 2 : cp == 0x5343 ? 3 : cp == 0x4E07 ? 4 :
			cp == 0x4EBF ? 8 : 0;
		size_t		m;

		if (p && pe_utf8_peek(s, len, n, &m) == 0x4F59)
		{
			pe_num_zero(out);
			out->coef = 1;
			out->exp = p;
			out->kind = PE_NUMK_CHINESE;
			if (p >= 4)
			{
				out->mag_exp = (int16_t) p;
				out->mag_off = 0;
			}
			else
				out->mag_off = (uint16_t) n;
			return n;
		}
	}

	/*
	 * 千亿元, 百亿斤, 千万元: a bare 百/千 before 亿/万 means one of it when a
	 * money or mass unit follows (经济总量跃上千亿元台阶, 首次突破千亿元大关);
	 * 千亿级 and 千万 alone are words, not figures.
	 */
	{
		int			p = cp == 0x767E ? 2 : cp == 0x5343 ? 3 : 0;
		size_t		m,
					m2;
		uint32_t	big = p ? pe_utf8_peek(s, len, n, &m) : 0;
		int			bp = han_big_unit(big);

		if (bp)
		{
			uint32_t	u = pe_utf8_peek(s, len, n + m, &m2);

			if (u == 0x5143 || u == 0x65A4 || u == 0x5428 ||	/* 元 斤 吨 */
				(u == 0x7F8E && pe_utf8_peek(s, len, n + m + m2, &m2) == 0x5143))	/* 美元 */
			{
				pe_num_zero(out);
				out->coef = 1;
				out->exp = p + bp;
				out->kind = PE_NUMK_CHINESE;
				out->mag_exp = (int16_t) bp;
				out->mag_off = (uint16_t) n;
				return n + m;
			}
		}
	}

	i = scan_basic(s, len, &v, &reject);
	if (i == 0)
		return 0;

	cp = pe_utf8_peek(s, len, i, &n);

	/* N分之M: fraction with a Chinese or Arabic denominator */
	if (cp == CP_FEN && v.mag_exp == 0 && v.den == 1 && v.exp >= 0 &&
		v.coef > 0 && !(v.flags & PE_NUMF_DECIMAL))
	{
		size_t		m2,
					m3;
		uint32_t	c3 = pe_utf8_peek(s, len, i + n, &m2);

		if (c3 == CP_ZHI)
		{
			size_t		j = i + n + m2;
			pe_num		num;
			int			rj;
			size_t		k = scan_basic(s + j, len - j, &num, &rj);

			(void) m3;
			if (k > 0 && num.mag_exp == 0 && num.den == 1 && num.coef >= 0)
			{
				if (pe_num_div(&num, &v, out) != PE_NUM_OK)
					return 0;
				out->kind = PE_NUMK_FRACTION;
				out->flags = 0;
				out->mag_off = (uint16_t) (j + k);
				return j + k;
			}
			return 0;
		}
	}

	/* Arabic fraction 1/3 (denominator up to 4 digits, not a date) */
	if (cp == '/' && v.kind == PE_NUMK_ARABIC && v.den == 1 && v.coef >= 0 &&
		!(v.flags & PE_NUMF_GROUPED))
	{
		pe_num		d;
		size_t		k;
		size_t		m;
		uint32_t	c2 = pe_utf8_peek(s, len, i + 1, &m);

		if (is_ascii_digit_cp(c2))
		{
			k = scan_arabic(s + i + 1, len - i - 1, &d);
			if (k > 0 && d.coef > 0 && d.exp == 0 && !(d.flags & (PE_NUMF_SIGNED | PE_NUMF_DECIMAL)) &&
				d.coef < 10000 && pe_num_cmp(&v, &d) <= 0)
			{
				if (pe_num_div(&v, &d, out) != PE_NUM_OK)
					return 0;
				out->kind = PE_NUMK_FRACTION;
				out->flags = 0;
				out->mag_off = (uint16_t) (i + 1 + k);
				return i + 1 + k;
			}
		}
	}

	/*
	 * N成 (1..10), not 成员/成果...; an explicit + changes nothing (+1成 is
	 * 1成: the formatter drops the +, and 1成 must read back the same)
	 */
	if (cp == CP_CHENG && v.mag_exp == 0 && v.den == 1 && v.exp >= 0 &&
		!(v.flags & PE_NUMF_DECIMAL) &&
		v.coef >= 1 && (v.exp == 0 ? v.coef <= 10 : (v.exp == 1 && v.coef == 1)))
	{
		size_t		m;
		uint32_t	nx = pe_utf8_peek(s, len, i + n, &m);

		if (!cheng_word_follows(nx))
		{
			if (pe_num_mul_pow10(&v, -1, out) != PE_NUM_OK)
				return 0;
			out->kind = PE_NUMK_CHENG;
			out->flags = v.flags & (uint16_t) ~PE_NUMF_LONE_HAN;
			out->mag_off = (uint16_t) (i + n);
			return i + n;
		}
	}

	/* 十几, 三十多万?  几 makes the numeral vague: reject */
	if (cp == CP_JI)
		return 0;

	*out = v;
	return i;
}

/* ------------------------------------------------------------------ */
/* fixed words that contain numeral characters but are not numbers	  */
/* ------------------------------------------------------------------ */

static const char *const idioms[] = {
	"统一", "唯一", "之一", "同一", "万一", "一些", "一批", "一系列",
	"一定", "一体", "一流", "一直", "一起", "一样", "一般", "一切", "一致",
	"一律", "一度", "一旦", "一方面", "一是", "二是", "三是", "四是", "五是",
	"六是", "七是", "八是", "九是", "十是", "进一步", "一带一路", "一网通办",
	"一网统管", "一件事", "一站式", "一揽子", "一把手", "一线", "一并",
	"一道", "一手", "一大批", "一次性", "一批次", "逐一", "专一", "一心",
	"一张图", "一盘棋", "一体化", "两岸", "两会", "两翼", "两手", "两个维护",
	"两个确保", "两个毫不动摇", "两学一做", "三农", "三公", "三严三实",
	"四个意识", "四个自信", "四个全面", "五位一体", "一国两制", "十四五",
	"十三五", "十二五", "十一五", "十五五", "千方百计", "万众一心",
	"百花齐放", "千家万户", "万物", "十分", "百姓", "千万不", "万无一失",
	"一以贯之", "三个代表", "不二", "独一", "划一", "第一时间", "一把",
	"一站", "九五", "八五", "七五", "零售", "零部件", "零件", "零基", "零星",
	"零散", "零工", "零就业", "批零", "一二三四"
};

/* plan period names (十四五): flagged PE_NUMF_PERIOD_NAME */
static int
is_period_name(const char *w)
{
	return strcmp(w, "十四五") == 0 || strcmp(w, "十三五") == 0 ||
		strcmp(w, "十二五") == 0 || strcmp(w, "十一五") == 0 ||
		strcmp(w, "十五五") == 0 || strcmp(w, "九五") == 0 ||
		strcmp(w, "八五") == 0 || strcmp(w, "七五") == 0;
}

size_t
pe_number_scan_in(const char *text, size_t len, size_t pos, pe_num *out)
{
	size_t		k;
	size_t		r;

	pe_num_zero(out);
	if (pos >= len)
		return 0;
	for (k = 0; k < sizeof(idioms) / sizeof(idioms[0]); k++)
	{
		const char *w = idioms[k];
		size_t		wl = strlen(w);
		size_t		off;

		/* every alignment of the idiom that covers pos */
		for (off = 0; off < wl; off += (size_t) pe_utf8_seqlen((unsigned char) w[off]))
		{
			size_t		st;

			if (off > pos)
				break;
			st = pos - off;
			if (st + wl > len)
				continue;
			if (memcmp(text + st, w, wl) == 0)
			{
				pe_num		t;
				size_t		r2 = pe_number_scan(text + pos, len - pos, &t);

				/* a numeral reaching past the word is read (十分之一) */
				if (r2 > 0 && pos + r2 > st + wl)
					continue;
				out->flags = PE_NUMF_IDIOM;
				if (is_period_name(w))
					out->flags |= PE_NUMF_PERIOD_NAME;
				return 0;
			}
		}
	}
	r = pe_number_scan(text + pos, len - pos, out);
	if (r > 0 && pos >= 3)
	{
		size_t		j = pos;
		uint32_t	prev = pe_utf8_prev(text, &j);

		if (prev == 0x7B2C)		/* 第 */
			out->flags |= PE_NUMF_ORDINAL;
	}
	return r;
}

int
pe_number_parse(const char *s, size_t len, pe_num *out)
{
	size_t		i = 0,
				j,
				n;
	uint32_t	cp;

	pe_num_zero(out);
	while (i < len)
	{
		j = i;
		cp = pe_utf8_next(s, len, &j);
		if (!pe_is_space(cp))
			break;
		i = j;
	}
	while (len > i)
	{
		j = len;
		cp = pe_utf8_prev(s, &j);
		if (!pe_is_space(cp))
			break;
		len = j;
	}
	if (i >= len)
		return PE_NUM_ESYNTAX;
	n = pe_number_scan(s + i, len - i, out);
	if (n == 0)
	{
		/* distinguish overflow from syntax for long digit runs */
		size_t		k = i;
		int			digits = 0;

		while (k < len)
		{
			size_t		m = k;

			cp = pe_utf8_next(s, len, &m);
			if (!is_ascii_digit_cp(cp) && cp != '.' && cp != ',')
				break;
			if (is_ascii_digit_cp(cp))
				digits++;
			k = m;
		}
		if (k == len && digits > 18)
			return PE_NUM_EOVERFLOW;
		return PE_NUM_ESYNTAX;
	}
	i += n;
	if (i < len)
	{
		/* a trailing % or ‰ divides */
		j = i;
		cp = pe_utf8_next(s, len, &j);
		if (j == len && (cp == '%' || cp == 0xFF05 || cp == 0x2030) &&
			out->kind != PE_NUMK_PERCENT && out->kind != PE_NUMK_PERMILLE &&
			out->kind != PE_NUMK_CHENG && out->kind != PE_NUMK_FAN)
		{
			pe_num		t;
			uint16_t	k = out->kind,
						f = out->flags;

			if (pe_num_mul_pow10(out, cp == 0x2030 ? -3 : -2, &t) != PE_NUM_OK)
				return PE_NUM_EOVERFLOW;
			*out = t;
			out->kind = k;
			out->flags = f;
			return PE_NUM_OK;
		}
		return PE_NUM_ESYNTAX;
	}
	return PE_NUM_OK;
}
