/*-------------------------------------------------------------------------
 *
 * pe_mention.c
 *	  The quantities stage of the indicator extractor: the figures
 *	  (mentions) of a clause, in Arabic or Chinese numerals, with unit,
 *	  range, more-than (30多个) and qualifier; numbers that are no figure
 *	  (years, codes, ordinals, slogans) are marked as noise.
 *
 * IDENTIFICATION
 *	  src/core/pe_mention.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_xtext.h"
#include "pe_extract_words.h"

#include <string.h>

/* does doc[j..len) open with 百 or 千分 (个百分点, 个千分点 after a lone numeral)? */
static int
points_after_ge(const char *doc, size_t len, size_t j)
{
	uint32_t	c = pe_utf8_next(doc, len, &j);

	return c == 0x767E || (c == 0x5343 && j < len && pe_utf8_next(doc, len, &j) == 0x5206);
}

/*
 * May doc hold a figure at all?  Every row needs a digit (a figure, or a
 * table's row number) or a Chinese-numeral figure: this is the test of
 * x_digit and x_han_candidate on undecoded text, so that a text with
 * neither is answered without the decoding pass.  Returns 1 at the first
 * digit or possible Chinese-numeral figure.  The text is read character
 * by character exactly as the decoding pass reads it (a stray byte is
 * one U+FFFD), without storing anything.
 */
int
pe_figure_possible(const char *doc, size_t len)
{
	const unsigned char *u = (const unsigned char *) doc;
	size_t		i = 0;
	uint32_t	prev = 0,
				c;

	while (i < len)
	{
		if (u[i] < 0x80)
		{
			c = u[i++];
			if (c - '0' < 10)
				return 1;
		}
		else if ((u[i] & 0xF0) == 0xE0 && i + 2 < len &&
				 ((((u[i + 1] & 0xC0) << 2) | (u[i + 2] & 0xC0)) == 0x280) &&
				 (c = ((uint32_t) (u[i] & 0x0F) << 12) | ((uint32_t) (u[i + 1] & 0x3F) << 6) |
				  (u[i + 2] & 0x3F)) >= 0x800 && c - 0xD800u >= 0x800u)
		{
			/* a well-formed three-byte sequence, as the decoder reads it */
			i += 3;
			if (x_han_start(c))
			{
				if (!x_han_numeral(prev))
				{
					size_t		j = i,
								n = 0;
					uint32_t	next = j < len ? pe_utf8_next(doc, len, &j) : 0;

					if (x_han_numeral(next))
					{
						while (j < len && n++ < 16 && x_han_numeral(next))
							next = pe_utf8_next(doc, len, &j);
						if (is_more_word(next) && j < len)
							next = pe_utf8_next(doc, len, &j);	/* 三十多个 */
						if (filter_has(&f_unit, next))
							return 1;
					}
					else if (c == 0x5341 ?
							 (filter_has(&f_unit, next) ||
							  (is_more_word(next) && j < len &&
							   filter_has(&f_unit, pe_utf8_next(doc, len, &j)))) :
							 (c != 0x4E00 && next == 0x4E2A && j < len &&
							  points_after_ge(doc, len, j)))
						return 1;
				}
			}
			else if (c - 0xFF10u < 10)	/* full-width digit */
				return 1;
			else if (c == 0x767E && !x_han_numeral(prev) && len - i >= 9 &&
					 memcmp(doc + i, "\xE5\x88\x86\xE4\xB9\x8B", 6) == 0)
			{
				/* 百分之 and a numeral: a percentage in words */
				size_t		j = i + 6;

				if (x_han_start(pe_utf8_next(doc, len, &j)))
					return 1;
			}
		}
		else
			c = pe_utf8_next(doc, len, &i);
		prev = c;
	}
	return 0;
}

/*
 * The Chinese numeral at i (inside [i, e)), read with its context by
 * pe_number_scan_in: fixed words (统一, 一批, 一体化, 十四五), ordinals
 * (第一), digit strings (二〇三五) and fractions are refused, and so is a
 * lone 一 (一个, 一项, 一次 are articles, not counts).  Trailing 万/亿
 * are left for the unit (两千万元 → 2000, 万元), as with Arabic digits.
 * Returns the characters of the numeral proper, 0 if refused.
 */
static size_t more_than_unit(const pe_x *x, size_t j, size_t e, size_t *end);

static size_t
x_han_number(const pe_x *x, size_t i, size_t e, char *buf, size_t bufsz, pe_num *val,
			 int *percent)
{
	pe_num		v;
	size_t		r,
				k = i;

	buf[0] = '\0';
	*percent = 0;
	if (x_percent_words(x, i))
	{
		/* 百分之五: the numeral after 分之, in percent */
		size_t		s3 = i + 3;

		r = pe_number_scan(x->doc + x->boff[s3], x->len - x->boff[s3], &v);
		if (r == 0 || v.kind != PE_NUMK_CHINESE ||
			(v.flags & (PE_NUMF_DIGIT_STRING | PE_NUMF_FINANCIAL)) || v.mag_off != r)
			return 0;
		k = s3;
		while (k < e && x->boff[k] - x->boff[s3] < r)
			k++;
		if (k == s3 || x->boff[k] - x->boff[s3] != r)
			return 0;
		*val = v;
		if (pe_num_format(val, buf, bufsz) >= bufsz)
		{
			buf[0] = '\0';
			return 0;
		}
		*percent = 1;
		return k - i;
	}
	/* cheap checks first: a Chinese numeral followed by a unit */
	r = pe_number_scan(x->doc + x->boff[i], x->len - x->boff[i], &v);
	if (r == 0 || v.kind != PE_NUMK_CHINESE ||
		(v.flags & (PE_NUMF_DIGIT_STRING | PE_NUMF_FINANCIAL)))
		return 0;
	if ((v.flags & PE_NUMF_LONE_HAN) && x->cp[i] == 0x4E00)
		return 0;
	r = v.mag_off;
	while (k < e && x->boff[k] - x->boff[i] < r)
		k++;
	if (k == i || x->boff[k] - x->boff[i] != r)
		return 0;
	/* a unit, or 多 and a unit (三十多个; 一万多人, where k is at 万) */
	if (!pe_x_unit_at(x, k))
	{
		size_t		end;

		if (more_than_unit(x, k, e, &end) == 0)
			return 0;
	}
	/* then the context: fixed words (统一, 十四五) and ordinals (第一) */
	if (pe_number_scan_in(x->doc, x->len, x->boff[i], &v) == 0 ||
		v.kind != PE_NUMK_CHINESE || v.mag_off != r ||
		(v.flags & (PE_NUMF_ORDINAL | PE_NUMF_IDIOM)))
		return 0;
	pe_num_strip_magnitude(&v, val);
	if (pe_num_format(val, buf, bufsz) >= bufsz)
	{
		buf[0] = '\0';
		return 0;
	}
	return k - i;
}

/* characters of the magnitude word (万亿, 亿, 万, 千, 百) at i, or 0 */
static size_t
magnitude_at(const pe_x *x, size_t i)
{
	size_t		m,
				l;

	for (m = 0; magnitudes[m]; m++)
		if ((l = pe_x_at(x, i, magnitudes[m])) != 0)
			return l;
	return 0;
}

/*
 * At j, right after a number: [magnitude] 多|余 unit, inside [j, e)?
 * Returns the characters of the magnitude word (0 if none) plus one, and
 * sets *end after the unit; 0 when the text is not of that shape.
 */
static size_t
more_than_unit(const pe_x *x, size_t j, size_t e, size_t *end)
{
	size_t		ml = magnitude_at(x, j),
				ul;

	if (j + ml + 1 >= e || !is_more_word(x->cp[j + ml]))
		return 0;
	ul = pe_x_unit_at(x, j + ml + 1);
	/* a magnitude on both sides (1万多万) is not a figure */
	if (ul == 0 || j + ml + 1 + ul > e || (ml && magnitude_at(x, j + ml + 1)))
		return 0;
	*end = j + ml + 1 + ul;
	return ml + 1;
}

/* the unit of a more-than figure: magnitude and unit without 多 (万人) */
static const char *
more_than_unit_text(pe_x *x, size_t j, size_t end, size_t mlp1)
{
	size_t		ml = mlp1 - 1,
				a = x->boff[j + ml] - x->boff[j],
				b = x->boff[end] - x->boff[j + ml + 1];
	char	   *u = pe_arena_alloc(x->arena, a + b + 1);

	if (u == NULL)
		return pe_x_str(x, j + ml + 1, end);
	memcpy(u, x->doc + x->boff[j], a);
	memcpy(u + a, x->doc + x->boff[j + ml + 1], b);
	u[a + b] = '\0';
	return u;
}

/*
 * One space between a number and its unit, as PDF text and some news pages
 * write it: 全市生产总值达到5.67 万亿元 (上海 2026), 生产总值达到 134.9
 * 万亿元、增长 5% (national 2025), 创造 200,000 个新工作岗位 (深圳 2025).
 * Returns 1 (the space) when a unit follows it, else 0.
 */
static size_t
spaced_unit(const pe_x *x, size_t j, size_t e)
{
	if (j + 1 >= e || (x->cp[j] != ' ' && x->cp[j] != 0x3000))
		return 0;
	return pe_x_unit_at(x, j + 1) != 0 ? 1 : 0;
}

/*
 * A minus written after a copula or colon: 自然增长率为-3.93‰ (松原 2024),
 * 人口自然增长率为-0.60‰ (NBS 2022), 人口自然增长率为-1.48‰ (NBS 2023).
 * A dash after a digit or a word is a range or a joint (8%-9%, 2021-2025).
 */
static int
minus_after_copula(const pe_x *x, size_t i)
{
	uint32_t	c;

	if (i < 2 || !(x->cp[i - 1] == '-' || x->cp[i - 1] == 0x2212 || x->cp[i - 1] == 0xFF0D))
		return 0;
	c = x->cp[i - 2];
	return c == 0x4E3A /* 为 */ || c == 0x662F /* 是 */ || c == 0xFF1A || c == ':';
}

/*
 * A sign written before the number (-5%, when allowed, or after a copula)
 * goes into its text; a 【 before it marks a bracketed (cumulative) figure.
 */
static void
mention_sign_bracket(const pe_x *x, size_t i, mention *m, int allow_sign)
{
	if ((allow_sign && i > 0 && (x->cp[i - 1] == '-' || x->cp[i - 1] == 0x2212 ||
								 x->cp[i - 1] == 0xFF0D)) ||
		minus_after_copula(x, i))
	{
		size_t		n = strlen(m->num);

		if (n + 2 < sizeof(m->num))
		{
			memmove(m->num + 1, m->num, n + 1);
			m->num[0] = '-';
			m->start = i - 1;
		}
	}
	if (i > 0 && x->cp[i - 1] == 0x3010)	/* 【 */
	{
		m->bracket = 1;
		m->start = i - 1;
	}
}

/*
 * The unit after the number ending at j, or a range (8%-9%, 8-9%, 1至3个,
 * 1~2) with the unit of its upper end; sets the unit span and text of m
 * and returns the first character after the unit (and a closing 】).
 */
static size_t
mention_unit_range(pe_x *x, size_t j, size_t e, mention *m, int han)
{
	size_t		ul,
				k;

	/* a unit directly after the number, or after one space (PDF text) */
	ul = j < e ? pe_x_unit_at(x, j) : 0;
	if (ul == 0 && !han && (m->sp = spaced_unit(x, j, e)) != 0)
		ul = pe_x_unit_at(x, (j += m->sp));
	if (ul && j + ul > e)
		ul = 0;
	/* range: 8%-9%, 8-9%, 1至3个, 1~2 */
	k = j + ul;
	if (!han && k + 1 < e && (x->cp[k] == '-' || x->cp[k] == 0xFF5E || x->cp[k] == '~' ||
					  x->cp[k] == 0x2014 || x->cp[k] == 0x2013 || x->cp[k] == 0xFF0D ||
					  x->cp[k] == 0x81F3 /* 至 */ || x->cp[k] == 0x5230 /* 到 */ ) &&
		pe_x_digit(x->cp[k + 1]) >= 0)
	{
		size_t		n2 = pe_x_number(x, k + 1, m->num_max, sizeof(m->num_max), &m->vmax);
		size_t		ul2 = n2 ? pe_x_unit_at(x, k + 1 + n2) : 0;

		if (ul2 && (ul == 0 || ul == ul2) && pe_num_cmp(&m->vmax, &m->v) > 0)
		{
			m->has_max = 1;
			m->qual = PE_QUAL_RANGE;
			m->unit_start = k + 1 + n2;
			m->unit_end = k + 1 + n2 + ul2;
			j = m->unit_end;
			ul = ul2;
		}
		else
			m->num_max[0] = '\0';
	}
	if (!m->has_max)
	{
		m->unit_start = j;
		m->unit_end = j + ul;
		j += ul;
	}
	if (m->bracket && j < x->n && x->cp[j] == 0x3011)	/* 】 */
		j++;
	if (ul)
	{
		/* normalise full-width % */
		if (ul == 1 && x->cp[m->unit_start] == 0xFF05)
			m->unit = "%";
		else
			m->unit = pe_x_str(x, m->unit_start, m->unit_end);
	}
	return j;
}

/*
 * The qualifier written after the unit at j (左右, 以上, 以内 ...), not
 * for a range; ends the mention and returns the character after it.
 */
static size_t
mention_qualifier_after(pe_x *x, size_t i, size_t j, mention *m)
{
	if (m->qual != PE_QUAL_RANGE)
	{
		size_t		q;

		if ((q = pe_x_at(x, j, "左右")) || (q = pe_x_at(x, j, "上下")))
		{
			m->qual = PE_QUAL_ABOUT;
			j += q;
		}
		else if ((q = pe_x_at(x, j, "及以上")) || (q = pe_x_at(x, j, "以上")))
		{
			m->qual = PE_QUAL_AT_LEAST;
			j += q;
		}
		else if ((q = pe_x_at(x, j, "以内")) || (q = pe_x_at(x, j, "以下")))
		{
			m->qual = PE_QUAL_AT_MOST;
			j += q;
		}
	}
	m->end = j;
	return j > i ? j : i + 1;
}

/*
 * Read one mention starting with the numeral at i (inside [i, e)): Arabic
 * digits, or Chinese numerals when han is set.  Fills m and returns the
 * first character after it, 0 when no numeral can be read at i.
 */
size_t
pe_mention_read(pe_x *x, size_t i, size_t e, mention *m, int allow_sign, int han)
{
	size_t		j,
				ul,
				k,
				nl;
	int			percent = 0;

	memset(m, 0, sizeof(*m));
	m->start = i;
	m->num_start = i;
	m->han = han;
	nl = han ? x_han_number(x, i, e, m->num, sizeof(m->num), &m->v, &percent) :
		pe_x_number(x, i, m->num, sizeof(m->num), &m->v);
	if (nl == 0)
		return 0;
	j = i + nl;
	m->num_end = j;
	if (percent)
	{
		/* 百分之五: the unit is in the words; 以内, 左右 may follow */
		m->unit = "%";
		m->percent = 1;
		m->unit_start = m->unit_end = j;
		return mention_qualifier_after(x, i, j, m);
	}
	mention_sign_bracket(x, i, m, allow_sign);
	/*
	 * more than the number: 多 or 余 between it and the unit (30多个,
	 * 2000余家, 200多万元), or between a magnitude and the unit (1万多人,
	 * read as 1 万人 like 1万人)
	 */
	if (j < e && (ul = more_than_unit(x, j, e, &k)) != 0)
	{
		m->more = 1;
		m->qual = PE_QUAL_AT_LEAST;
		m->unit_start = j;
		m->unit_end = k;
		m->unit = more_than_unit_text(x, j, k, ul);
		m->end = k;
		return k;
	}
	j = mention_unit_range(x, j, e, m, han);
	return mention_qualifier_after(x, i, j, m);
}

/* words around a Chinese-numeral duration that make it a time phrase */
static const char *const han_year_after[] = {
	"来", "间", "内", "中", "后", "前", "里", "左右", "以来", "以内", "行动", "”",
	"攻坚", "计划", "规划", "时间", "期", "的", NULL
};
static const char *const han_year_before[] = {
	"过去", "今后", "未来", "近", "前", "后", "这", "每", "最近", "连续", NULL
};



/* a number we should not read as an indicator value */
int
pe_mention_noise(pe_x *x, mention *m)
{
	size_t		s = m->num_start;
	uint32_t	prev = s > 0 ? x->cp[s - 1] : 0;
	uint32_t	next = m->num_end < x->n ? x->cp[m->num_end] : 0;
	size_t		intlen = 0;
	const char *p;

	for (p = m->num; *p && *p != '.'; p++)
		if (*p != '-')
			intlen++;
	/* codes and names: G60, 5G, IPv6, 1+7, 2022-04-30 */
	if (pe_x_latin(prev) || prev == '+' || next == '+' || pe_x_latin(next) ||
		prev == '/' || prev == '.' || prev == '_' || prev == '=' || prev == '#')
		return 1;
	/* ranks and ordinals: 第4位 */
	if (prev == 0x7B2C /* 第 */ )
		return 1;
	if (!m->unit)
		return 1;
	/* years and dates: 2020年, 2035年, 3月 */
	if (unit_is(m->unit, "年"))
	{
		/*
		 * Chinese numerals before 年 give a duration (十年禁渔), except
		 * in time phrases: 五年来, 三年内, 今后五年, 三年行动
		 */
		if (m->han)
		{
			/* see below: 五年 is a lone digit, refused there */
			if (pe_x_any_at(x, m->unit_end, han_year_after, NULL) ||
				pe_x_any_before(x, m->num_start, han_year_before, NULL))
				return 1;
		}
		else if (intlen >= 4 || !strchr(m->num, '.'))
			return 1;
	}
	if (unit_is(m->unit, "位") || unit_is(m->unit, "本") ||
		unit_is(m->unit, "门") || unit_is(m->unit, "片"))
		return 1;
	/*
	 * Chinese numerals: a lone digit with a counting unit names a
	 * category or a slogan far more often than it states a figure (三个
	 * 方面, 四个融合, 两项补贴), so only 两个百分点 style deltas count;
	 * 次 counts sessions (十二次全会); a numeral opening a quotation is
	 * a slogan (“十大工程”).
	 */
	if (m->han && !m->percent)
	{
		if ((m->v.flags & PE_NUMF_LONE_HAN) && !is_points(m->unit))
			return 1;
		if (unit_is(m->unit, "次") || prev == 0x201C || prev == 0x300C ||
			prev == '"')
			return 1;
		/* policy names (实体经济十条) and 两个一百年 */
		if (unit_is(m->unit, "条") || prev == 0x4E2A /* 个 */ )
			return 1;
	}
	/* 3岁以下婴幼儿: an age bound inside a name */
	if (unit_is(m->unit, "岁") && m->qual != PE_QUAL_EXACT &&
		m->end < x->n && pe_is_han(x->cp[m->end]))
		return 1;
	/* 500亿级, 10万元级: a class, not a figure */
	if (m->unit_end < x->n && x->cp[m->unit_end] == 0x7EA7 /* 级 */ )
		return 1;
	if (m->unit_start == m->unit_end && !m->percent)
		return 1;
	/* unit char that starts a longer word: 5个方面 is fine, 3个月 is not */
	if (m->unit_end < x->n && x->cp[m->unit_end] == 0x6708 /* 月 */ )
		return 1;
	/* phone numbers, codes */
	if (intlen > 12)
		return 1;
	return 0;
}

/*
 * Is the change word ending at j a modifier of a noun of the name rather
 * than the change the figure measures?  Before 的 and a noun, or before
 * 贡献: 对全球经济增长的贡献率保持在30%左右 (national 2025), 我国对世界经济增长
 * 的平均贡献率达到30%左右 (国新办 2017), 对世界经济增长贡献率 (the same),
 * 最终消费支出对经济增长的贡献率 (statistics communiqués).
 */
static int
change_modifies_noun(pe_x *x, size_t j, size_t e)
{
	if (j + 1 < e && x->cp[j] == 0x7684 /* 的 */ && pe_is_han(x->cp[j + 1]))
		return 1;
	return j + 1 < e && pe_x_at(x, j, "贡献");
}

/* a change word at i that modifies a noun of the name (增长的贡献率)? */
int
pe_change_noun_at(pe_x *x, size_t i, size_t e)
{
	size_t		m = any_at_w(x, i, WORDS(up_words), NULL);

	if (m == 0)
		m = any_at_w(x, i, WORDS(down_words), NULL);
	return m > 0 && change_modifies_noun(x, i + m, e);
}

/* the last change word in [s, e) and its sign; sets *after to its end */
int
pe_change_word(pe_x *x, size_t s, size_t e, int *sign, size_t *after)
{
	size_t		i = e;

	while (i > s)
	{
		size_t		m;

		i--;
		if (!filter_has(&f_change, x->cp[i]))
			continue;
		if (pe_x_at(x, i, "增加值") || pe_x_at(x, i, "多元") || pe_x_at(x, i, "减排") ||
			pe_x_at(x, i, "减税") || pe_x_at(x, i, "减负") || pe_x_at(x, i, "减免"))
			continue;
		if ((m = any_at_w(x, i, WORDS(up_words), NULL)) && i + m <= e)
		{
			if (m == 1 && i + 1 < e)
				continue;		/* 多 only right before the number */
			if (change_modifies_noun(x, i + m, e))
				continue;
			*sign = 1;
			*after = i + m;
			return 1;
		}
		if ((m = any_at_w(x, i, WORDS(down_words), NULL)) && i + m <= e)
		{
			if (m == 1 && i + 1 < e)
				continue;
			if (change_modifies_noun(x, i + m, e))
				continue;
			*sign = -1;
			*after = i + m;
			return 1;
		}
	}
	return 0;
}
