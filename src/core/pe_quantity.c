/*-------------------------------------------------------------------------
 *
 * pe_quantity.c
 *	  Quantity scanner, formatter, total order, hash, arithmetic and the
 *	  target test (plain C99, no allocation).
 *
 * IDENTIFICATION
 *	  src/core/pe_quantity.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_quantity.h"

#include <string.h>

#include "pe_lexicon.h"
#include "pe_utf8.h"

__extension__ typedef unsigned __int128 u128;

/*----------
 * Qualifier words.  pos: 'P' before the number, 'S' after the unit,
 * 'C' right after the number (多, 余).
 *----------
 */
typedef struct qword_def
{
	const char *text;
	uint8_t		len;
	char		pos;
	uint8_t		qual;
	uint8_t		bound;
} qword_def;

#define QW(t, p, q, b) { t, (uint8_t) (sizeof(t) - 1), p, q, b }
#define INC PE_BOUND_INCLUSIVE
#define EXC PE_BOUND_EXCLUSIVE

static const qword_def qwords[PE_QW__COUNT] = {
	[PE_QW_NONE] = {"", 0, 0, PE_QUAL_EXACT, INC},
	[PE_QW_YUE] = QW("约", 'P', PE_QUAL_ABOUT, INC),
	[PE_QW_DAYUE] = QW("大约", 'P', PE_QUAL_ABOUT, INC),
	[PE_QW_JIN] = QW("近", 'P', PE_QUAL_ABOUT, INC),
	[PE_QW_JIANGJIN] = QW("将近", 'P', PE_QUAL_ABOUT, INC),
	[PE_QW_JIEJIN] = QW("接近", 'P', PE_QUAL_ABOUT, INC),
	[PE_QW_BUDIYU] = QW("不低于", 'P', PE_QUAL_AT_LEAST, INC),
	[PE_QW_BUSHAOYU] = QW("不少于", 'P', PE_QUAL_AT_LEAST, INC),
	[PE_QW_BUXIAOYU] = QW("不小于", 'P', PE_QUAL_AT_LEAST, INC),
	[PE_QW_CHAOGUO] = QW("超过", 'P', PE_QUAL_AT_LEAST, EXC),
	[PE_QW_CHAO] = QW("超", 'P', PE_QUAL_AT_LEAST, EXC),
	[PE_QW_GAOYU] = QW("高于", 'P', PE_QUAL_AT_LEAST, EXC),
	[PE_QW_DAYU] = QW("大于", 'P', PE_QUAL_AT_LEAST, EXC),
	[PE_QW_DUOYU] = QW("多于", 'P', PE_QUAL_AT_LEAST, EXC),
	[PE_QW_TUPO] = QW("突破", 'P', PE_QUAL_AT_LEAST, INC),
	/* 达到 ("reach") states an actual value as often as a floor: not read */
	[PE_QW_DADAO] = QW("达到", 0, PE_QUAL_AT_LEAST, INC),
	[PE_QW_BUCHAOGUO] = QW("不超过", 'P', PE_QUAL_AT_MOST, INC),
	[PE_QW_BUGAOYU] = QW("不高于", 'P', PE_QUAL_AT_MOST, INC),
	[PE_QW_BUDAYU] = QW("不大于", 'P', PE_QUAL_AT_MOST, INC),
	[PE_QW_DIYU] = QW("低于", 'P', PE_QUAL_AT_MOST, EXC),
	[PE_QW_SHAOYU] = QW("少于", 'P', PE_QUAL_AT_MOST, EXC),
	[PE_QW_XIAOYU] = QW("小于", 'P', PE_QUAL_AT_MOST, EXC),
	[PE_QW_BUDAO] = QW("不到", 'P', PE_QUAL_AT_MOST, EXC),
	[PE_QW_BUZU] = QW("不足", 'P', PE_QUAL_AT_MOST, EXC),
	[PE_QW_BUMAN] = QW("不满", 'P', PE_QUAL_AT_MOST, EXC),
	[PE_QW_KONGZHIZAI] = QW("控制在", 'P', PE_QUAL_AT_MOST, INC),
	[PE_QW_ZUOYOU] = QW("左右", 'S', PE_QUAL_ABOUT, INC),
	[PE_QW_SHANGXIA] = QW("上下", 'S', PE_QUAL_ABOUT, INC),
	[PE_QW_QIANHOU] = QW("前后", 'S', PE_QUAL_ABOUT, INC),
	[PE_QW_YISHANG] = QW("以上", 'S', PE_QUAL_AT_LEAST, INC),
	[PE_QW_JIYISHANG] = QW("及以上", 'S', PE_QUAL_AT_LEAST, INC),
	[PE_QW_YIXIA] = QW("以下", 'S', PE_QUAL_AT_MOST, INC),
	[PE_QW_JIYIXIA] = QW("及以下", 'S', PE_QUAL_AT_MOST, INC),
	[PE_QW_YINEI] = QW("以内", 'S', PE_QUAL_AT_MOST, INC),
	[PE_QW_ZHINEI] = QW("之内", 'S', PE_QUAL_AT_MOST, INC),
	[PE_QW_DUO] = QW("多", 'C', PE_QUAL_AT_LEAST, EXC),
	[PE_QW_YU] = QW("余", 'C', PE_QUAL_AT_LEAST, EXC),
};

static const char *const rangesep_text[PE_RS__COUNT] = {
	"", "-", "~", "—", "至", "到"
};

const char *
pe_qualifier_name(int qual)
{
	switch (qual)
	{
		case PE_QUAL_EXACT:
			return "exact";
		case PE_QUAL_ABOUT:
			return "about";
		case PE_QUAL_AT_LEAST:
			return "at_least";
		case PE_QUAL_AT_MOST:
			return "at_most";
		case PE_QUAL_RANGE:
			return "range";
		default:
			return "exact";
	}
}

const char *
pe_qword_text(int w)
{
	if (w <= 0 || w >= PE_QW__COUNT)
		return "";
	return qwords[w].text;
}

const char *
pe_rangesep_text(int sep)
{
	if (sep <= 0 || sep >= PE_RS__COUNT)
		return "";
	return rangesep_text[sep];
}

/* longest qualifier word of the given position class at s */
static int
match_qword(const char *s, size_t len, char pos, size_t *wl)
{
	int			k,
				best = 0,
				first,
				last;
	size_t		bl = 0;

	/* the table is grouped by position class (see pe_qword) */
	if (pos == 'P')
	{
		first = PE_QW_YUE;
		last = PE_QW_KONGZHIZAI;
	}
	else if (pos == 'S')
	{
		first = PE_QW_ZUOYOU;
		last = PE_QW_ZHINEI;
	}
	else
	{
		first = PE_QW_DUO;
		last = PE_QW_YU;
	}
	if (len < 3)
	{
		*wl = 0;
		return 0;
	}
	for (k = first; k <= last; k++)
	{
		const qword_def *d = &qwords[k];

		if (d->pos != pos || d->len > len || d->len <= bl ||
			d->text[0] != s[0] || d->text[1] != s[1] || d->text[2] != s[2])
			continue;
		if (memcmp(s, d->text, d->len) == 0)
		{
			best = k;
			bl = d->len;
		}
	}
	*wl = bl;
	return best;
}


static size_t
skip_spaces(const char *s, size_t len, size_t i)
{
	while (i < len)
	{
		size_t		n;
		uint32_t	cp = pe_utf8_peek(s, len, i, &n);

		if (!pe_is_space(cp))
			break;
		i += n;
	}
	return i;
}

/* characters that never start an unknown unit in running text */
static int
unit_stop_char(uint32_t cp)
{
	static const uint32_t stops[] = {
		0x7684, 0x548C, 0x4E0E, 0x53CA, 0x6216, 0x7B49, 0x4EE5, 0x4E4B, /* 的和与及或等以之 */
		0x5DE6, 0x4E0A, 0x4E0B, 0x5185, 0x5230, 0x81F3, 0x6BD4, 0x4E3A, /* 左上下内到至比为 */
		0x662F, 0x5728, 0x4E86, 0x5E76, 0x540C, 0x8F83, 0x5927, 0x5C0F, /* 是在了并同较大小 */
		0x591A, 0x4F59, 0x6765, 0x51E0, 0x70B9, 0x5206, 0x524D, 0x540E, /* 多余来几点分前后 */
		0x4E2D, 0x5176, 0x4E8E, 0x800C, 0x5BF9, 0x5C06, 0x5DF2, 0x6708, /* 中其于而对将已月 */
		0x65E5, 0x53F7, 0x5B63, 0x4E0D, 0x8D85, 0x8FD1, 0x7EA6, 0x8FBE, /* 日号季不超近约达 */
		0x7A81, 0x63A7, 0x4E07, 0x4EBF, 0x5341, 0x767E, 0x5343, 0x96F6, /* 突控万亿十百千零 */
		0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, /* 一二三四五六七八 */
		0x4E5D, 0x4E24, 0x5E74, 0x4EE3, 0x65F6, 0x540D, 0x4E5F, 0x8FD8, /* 九两年代时名也还 */
		0x6216, 0x6BCF, 0x5404, 0x5168, 0x65B0, 0x589E, 0x964D, 0x63D0  /* 或每各全新增降提 */
	};
	size_t		k;

	for (k = 0; k < sizeof(stops) / sizeof(stops[0]); k++)
		if (stops[k] == cp)
			return 1;
	return 0;
}

/* Chinese numeral characters (digits, 十百千万亿, financial forms) */
static int
numeral_cp(uint32_t cp)
{
	static const uint32_t cps[] = {
		0x96F6, 0x3007, 0x25CB, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94,
		0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF,
		0x58F9, 0x8D30, 0x53C1, 0x8086, 0x4F0D, 0x9646, 0x67D2, 0x634C, 0x7396,
		0x62FE, 0x4F70, 0x4EDF, 0x842C, 0x5104, 0x5169, 0x8CB3, 0x53C3, 0x53C4,
		0x9678
	};
	size_t		k;

	if ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19))
		return 1;
	for (k = 0; k < sizeof(cps) / sizeof(cps[0]); k++)
		if (cps[k] == cp)
			return 1;
	return 0;
}

/*
 * An unknown unit the parser took after a blank only (2 几, 2 多: written
 * 2几, 2多 the number reader would take the character as part of the
 * numeral or as a qualifier).  The formatter keeps the blank, so that what
 * it writes reads back as the same quantity.
 */
static int
unit_needs_blank(const pe_unit *u)
{
	size_t		n;
	uint32_t	cp;

	if (u->entry != PE_UNIT_UNKNOWN || u->len == 0)
		return 0;
	cp = pe_utf8_peek(u->text, u->len, 0, &n);
	return n > 0 && (unit_stop_char(cp) || numeral_cp(cp) ||
					 cp == 0x3007 || cp == 0x25CB);
}

static int
unit_char(uint32_t cp)
{
	if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'))
		return 1;
	if (cp == '/' || cp == 0x00B7 || cp == 0x00B2 || cp == 0x00B3 || cp == 0xFF0F)
		return 1;
	/* 多 and 余 are qualifiers (3年多), never part of a unit word */
	if (pe_is_han(cp) && cp != 0x3007 && cp != 0x591A && cp != 0x4F59)
		return 1;
	return 0;
}

/* is s[i..len) (after spaces) exactly one suffix qualifier word? */
static int
rest_is_suffix(const char *s, size_t len, size_t i)
{
	size_t		wl;
	size_t		j;

	if (!match_qword(s + i, len - i, 'S', &wl))
		return 0;
	j = skip_spaces(s, len, i + wl);
	return j == len;
}

/*
 * The unknown unit word at s[i] in running text: one Han character not
 * in the stop list, or a run of 2..8 ASCII letters.  Returns bytes.
 */
static size_t
unknown_unit_running(const char *s, size_t len, size_t i, int flags)
{
	size_t		n;
	uint32_t	cp = pe_utf8_peek(s, len, i, &n);

	if (n == 0)
		return 0;
	if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'))
	{
		size_t		j = i;

		while (j < len && (((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z')))
			j++;
		if (j - i < 2 || j - i > 8)
			return 0;
		if (j < len && s[j] >= '0' && s[j] <= '9')
			return 0;
		return j - i;
	}
	if ((flags & PE_QS_HAN_UNKNOWN) && pe_is_han(cp) && cp != 0x3007 &&
		cp != 0x25CB && !unit_stop_char(cp) && !numeral_cp(cp))
		return n;
	return 0;
}

/*
 * Whole-input mode: extend a unit over unit characters, stopping before
 * a suffix word that ends the input, a range separator or a space.
 */
static size_t
unknown_unit_whole(const char *s, size_t len, size_t i)
{
	size_t		j = i;

	while (j < len)
	{
		size_t		n;
		uint32_t	cp = pe_utf8_peek(s, len, j, &n);

		if (!unit_char(cp) || cp == 0x81F3 || cp == 0x5230)	/* 至 到 */
			break;
		if (rest_is_suffix(s, len, j))
			break;
		j += n;
	}
	return j - i;
}

/* one end of a quantity: number already scanned at s[p..p+n) */
typedef struct qend
{
	pe_num		val;
	pe_unit		unit;
	pe_span		vspan;
	pe_span		uspan;
	uint8_t		count_word;
	size_t		end;
} qend;

/* set *u to the catalogue unit whose text is w */
static void
unit_from_text(const char *w, pe_unit *u)
{
	(void) pe_unit_lookup(w, strlen(w), u);
}

static int
read_end(const char *s, size_t len, size_t p, const pe_num *num, size_t n,
		 int flags, qend *e)
{
	size_t		numend = p + n;
	size_t		pos;
	size_t		ul;
	pe_unit		u;

	memset(e, 0, sizeof(*e));
	pe_unit_none(&e->unit);
	e->vspan.off = (uint32_t) p;
	e->vspan.len = (uint32_t) n;
	e->uspan.off = (uint32_t) numend;

	switch (num->kind)
	{
		case PE_NUMK_PERCENT:
		case PE_NUMK_PERMILLE:
			if (pe_num_mul_pow10(num, num->kind == PE_NUMK_PERCENT ? 2 : 3, &e->val) != PE_NUM_OK)
				return PE_NUM_EOVERFLOW;
			unit_from_text(num->kind == PE_NUMK_PERCENT ? "%" : "‰", &e->unit);
			e->end = numend;
			return PE_NUM_OK;
		case PE_NUMK_CHENG:
			if (pe_num_mul_pow10(num, 1, &e->val) != PE_NUM_OK)
				return PE_NUM_EOVERFLOW;
			unit_from_text("成", &e->unit);
			e->vspan.len = (uint32_t) (n - 3);
			e->uspan.off = (uint32_t) (numend - 3);
			e->uspan.len = 3;
			e->end = numend;
			return PE_NUM_OK;
		case PE_NUMK_FAN:
			e->val = *num;
			unit_from_text("倍", &e->unit);
			e->end = numend;
			return PE_NUM_OK;
		default:
			break;
	}

	if (num->mag_exp != 0)
	{
		size_t		magpos = p + num->mag_off;
		size_t		maglen = numend - magpos;
		size_t		cw_len = 0;

		/* 1.2万多人: the magnitude stays with the number */
		if (match_qword(s + numend, len - numend, 'C', &cw_len) == 0)
		{
			ul = pe_unit_match(s + magpos, len - magpos, 1, &u);
			if (ul > maglen && u.entry != PE_UNIT_MAGNITUDE)
			{
				pos = magpos + ul;
				if ((flags & PE_QS_WHOLE) && pos < len)
				{
					size_t		more = unknown_unit_whole(s, len, pos);

					if (more > 0)
					{
						if (pe_unit_lookup(s + magpos, pos + more - magpos, &u) < 0)
							return PE_NUM_ESYNTAX;
						pos += more;
					}
				}
				pe_num_strip_magnitude(num, &e->val);
				e->unit = u;
				e->vspan.len = (uint32_t) (magpos - p);
				e->uspan.off = (uint32_t) magpos;
				e->uspan.len = (uint32_t) (pos - magpos);
				e->end = pos;
				return PE_NUM_OK;
			}
			/* unknown word after the magnitude: 3万株 */
			ul = (flags & PE_QS_WHOLE) ? unknown_unit_whole(s, len, numend)
				: unknown_unit_running(s, len, numend, flags);
			pe_num_strip_magnitude(num, &e->val);
			e->vspan.len = (uint32_t) (magpos - p);
			e->uspan.off = (uint32_t) magpos;
			if (ul > 0 && numend + ul - magpos <= PE_UNIT_TEXT_MAX &&
				pe_unit_lookup(s + magpos, numend + ul - magpos, &e->unit) >= 0)
			{
				e->uspan.len = (uint32_t) (numend + ul - magpos);
				e->end = numend + ul;
				return PE_NUM_OK;
			}
			/* the magnitude alone is the unit: 4.78万亿 */
			(void) pe_unit_match(s + magpos, maglen, 1, &e->unit);
			if (e->unit.entry != PE_UNIT_MAGNITUDE || e->unit.len != maglen)
				(void) pe_unit_lookup(s + magpos, maglen, &e->unit);
			e->uspan.len = (uint32_t) maglen;
			e->end = numend;
			return PE_NUM_OK;
		}
	}

	e->val = *num;
	e->val.mag_exp = 0;
	pos = numend;
	if (flags & PE_QS_WHOLE)
		pos = skip_spaces(s, len, pos);

	/* 3000多人, 800余家 */
	{
		size_t		cw_len;
		int			cw = match_qword(s + pos, len - pos, 'C', &cw_len);

		if (cw && num->den == 1)
		{
			e->count_word = (uint8_t) cw;
			pos += cw_len;
		}
	}

	e->uspan.off = (uint32_t) pos;
	ul = pe_unit_match(s + pos, len - pos, 1, &u);
	{
		size_t		m;
		uint32_t	c0 = pe_utf8_peek(s, len, pos, &m);

		/*
		 * A numeral character right after a number (十十万, 1/4十亿): the
		 * numeral scanner would have taken it had it belonged to the number,
		 * so it cannot start a unit either.  万 and 亿 can (100多万元).
		 */
		if (c0 != 0x4E07 && c0 != 0x4EBF && numeral_cp(c0) &&
			!(ul > 0 && u.mag_len == 0))	/* 千克, 千瓦时, 百分点 are fine */
		{
			e->end = pos;
			return PE_NUM_OK;
		}
	}
	if (flags & PE_QS_WHOLE)
	{
		size_t		more = unknown_unit_whole(s, len, pos + ul);

		if (more > 0 || (ul == 0 && pos < len))
		{
			size_t		tot = ul + more;

			if (tot == 0)
			{
				e->end = pos;
				return PE_NUM_OK;
			}
			if (pe_unit_lookup(s + pos, tot, &u) < 0)
				return PE_NUM_ESYNTAX;
			ul = tot;
		}
	}
	else if (ul == 0)
	{
		ul = unknown_unit_running(s, len, pos, flags);
		if (ul > 0 && pe_unit_lookup(s + pos, ul, &u) < 0)
			ul = 0;
	}
	if (ul > 0)
	{
		e->unit = u;
		e->uspan.len = (uint32_t) ul;
		pos += ul;
	}
	else if (e->count_word && !(flags & PE_QS_WHOLE))
	{
		/* 多 not followed by a unit: keep it (3000多) */
	}
	e->end = pos;
	return PE_NUM_OK;
}

static int
range_sep_at(const char *s, size_t len, size_t i, size_t *n)
{
	size_t		m;
	uint32_t	cp = pe_utf8_peek(s, len, i, &m);

	*n = m;
	switch (cp)
	{
		case '-':
		case 0xFF0D:
			return PE_RS_HYPHEN;
		case '~':
		case 0xFF5E:
		case 0x301C:
			return PE_RS_TILDE;
		case 0x2014:
		case 0x2013:
			{
				size_t		m2;
				uint32_t	c2 = pe_utf8_peek(s, len, i + m, &m2);

				if (c2 == 0x2014)
					*n = m + m2;
				return PE_RS_DASH;
			}
		case 0x81F3:
			return PE_RS_ZHI;
		case 0x5230:
			return PE_RS_DAO;
		default:
			return PE_RS_NONE;
	}
}

/* 上下游, 上下级, 前后端: 上下/前后 as part of another word */
static int
suffix_in_word(int w, const char *s, size_t len, size_t i)
{
	size_t		n;
	uint32_t	cp = pe_utf8_peek(s, len, i, &n);

	if (w == PE_QW_SHANGXIA)
		return cp == 0x6E38 || cp == 0x7EA7 || cp == 0x73ED || cp == 0x8054 ||
			cp == 0x8D2F || cp == 0x529F || cp == 0x6C34;
	if (w == PE_QW_QIANHOU)
		return cp == 0x7AEF || cp == 0x671F;
	if (w == PE_QW_YISHANG || w == PE_QW_YIXIA)
		return cp == 0x6D77;	/* 以上海 */
	return 0;
}

/*
 * Type input reads back every fraction the output writes (7/3, 2000/3):
 * an Arabic integer followed by / and an Arabic integer of any size.
 */
static size_t
whole_fraction(const char *s, size_t len, size_t n, pe_num *num)
{
	size_t		j = n + 1;
	pe_num		d,
				r;

	if (num->kind != PE_NUMK_ARABIC || n >= len || s[n] != '/' ||
		num->den != 1 || (num->flags & (PE_NUMF_DECIMAL | PE_NUMF_GROUPED)))
		return n;
	while (j < len && s[j] >= '0' && s[j] <= '9')
		j++;
	if (j == n + 1 || pe_num_from_decimal(s + n + 1, j - n - 1, &d) != PE_NUM_OK ||
		d.coef == 0 || pe_num_div(num, &d, &r) != PE_NUM_OK)
		return n;
	*num = r;
	num->kind = PE_NUMK_FRACTION;
	num->mag_off = (uint16_t) j;
	return j;
}

size_t
pe_quantity_scan_ex(const char *s, size_t len, int flags, pe_quantity *q)
{
	size_t		i = 0,
				n,
				wl;
	int			pw;
	pe_num		num;
	qend		e1,
				e2;
	int			whole = (flags & PE_QS_WHOLE) != 0;

	memset(q, 0, sizeof(*q));
	pe_unit_none(&q->unit);
	if (len > 65535)
		len = 65535;
	if (whole)
		i = skip_spaces(s, len, i);

	pw = match_qword(s + i, len - i, 'P', &wl);
	if (pw)
	{
		size_t		j = i + wl;

		if (whole)
			j = skip_spaces(s, len, j);
		if (pe_number_scan(s + j, len - j, &num) == 0)
			pw = 0;				/* 近年, 超过了: not a qualifier here */
		else
		{
			q->span_prefix.off = (uint32_t) i;
			q->span_prefix.len = (uint32_t) wl;
			q->prefix = (uint8_t) pw;
			i = j;
		}
	}

	n = pe_number_scan(s + i, len - i, &num);
	if (whole && n > 0)
		n = whole_fraction(s + i, len - i, n, &num);
	if (n == 0)
	{
		memset(q, 0, sizeof(*q));
		pe_unit_none(&q->unit);
		return 0;
	}
	if (read_end(s, len, i, &num, n, flags, &e1) != PE_NUM_OK)
	{
		memset(q, 0, sizeof(*q));
		pe_unit_none(&q->unit);
		return 0;
	}
	q->value = e1.val;
	q->value_max = e1.val;
	q->unit = e1.unit;
	q->count_word = e1.count_word;
	q->span_value = e1.vspan;
	q->span_unit = e1.uspan;
	i = e1.end;

	/* range */
	{
		size_t		j = whole ? skip_spaces(s, len, i) : i;
		size_t		sl;
		int			sep = range_sep_at(s, len, j, &sl);

		if (sep && !e1.count_word && num.kind != PE_NUMK_FAN)
		{
			size_t		k = j + sl;
			pe_num		num2;
			size_t		n2;

			if (whole)
				k = skip_spaces(s, len, k);
			n2 = pe_number_scan(s + k, len - k, &num2);
			if (whole && n2 > 0)
				n2 = whole_fraction(s + k, len - k, n2, &num2);
			if (n2 > 0 && !(num2.flags & PE_NUMF_SIGNED && sep == PE_RS_HYPHEN && 0) &&
				read_end(s, len, k, &num2, n2, flags, &e2) == PE_NUM_OK &&
				!e2.count_word && num2.kind != PE_NUMK_FAN)
			{
				int			ok = 0;
				uint8_t		rflags = 0;
				pe_unit		ru = e2.unit;

				if (e1.unit.entry == PE_UNIT_NONE && e2.unit.entry != PE_UNIT_NONE)
					ok = 1;
				else if (e1.unit.entry == PE_UNIT_NONE && e2.unit.entry == PE_UNIT_NONE)
					ok = 1;
				else if (e1.unit.entry != PE_UNIT_NONE && e2.unit.entry != PE_UNIT_NONE)
				{
					if (e1.unit.len == e2.unit.len &&
						memcmp(e1.unit.text, e2.unit.text, e1.unit.len) == 0)
					{
						ok = 1;
						rflags = PE_QF_UNIT_BOTH;
					}
					else if (e1.unit.entry == PE_UNIT_MAGNITUDE &&
							 e2.unit.mag == e1.unit.mag &&
							 e2.unit.mag_len == e1.unit.len &&
							 memcmp(e1.unit.text, e2.unit.text, e1.unit.len) == 0)
					{
						ok = 1;
						rflags = PE_QF_MAG_BOTH;
					}
				}
				if (ok && pe_num_cmp(&e1.val, &e2.val) <= 0)
				{
					q->value_max = e2.val;
					q->unit = ru;
					q->rangesep = (uint8_t) sep;
					q->flags = rflags;
					q->qual = PE_QUAL_RANGE;
					q->span_sep.off = (uint32_t) j;
					q->span_sep.len = (uint32_t) sl;
					q->span_value_max = e2.vspan;
					q->span_unit = e2.uspan;
					i = e2.end;
				}
			}
		}
	}

	/* 3年多, 1倍多: 多/余 after a unit of time or 倍 */
	if (!q->count_word && q->qual != PE_QUAL_RANGE && q->unit.mag_len == 0 &&
		(q->unit.dim == PE_DIM_YEARS || q->unit.dim == PE_DIM_MULTIPLE ||
		 q->unit.dim == PE_DIM_DAYS || q->unit.dim == PE_DIM_MONTHS ||
		 q->unit.dim == PE_DIM_HOURS || q->unit.dim == PE_DIM_AGE))
	{
		size_t		cw_len;
		int			cw = match_qword(s + i, len - i, 'C', &cw_len);

		if (cw && q->value.den == 1)
		{
			q->count_word = (uint8_t) cw;
			q->flags |= PE_QF_COUNT_AFTER;
			i += cw_len;
		}
	}

	/*
	 * 近5年, 近三年来 in running text: a recent period, not "about 5 years".
	 * No quantity starts at 近 (the scan at the number finds 5年); typed
	 * input ('近5年'::plan_quantity) keeps the about reading.
	 */
	if (!whole && q->prefix == PE_QW_JIN &&
		(q->unit.dim == PE_DIM_YEARS || q->unit.dim == PE_DIM_MONTHS ||
		 q->unit.dim == PE_DIM_DAYS))
	{
		memset(q, 0, sizeof(*q));
		pe_unit_none(&q->unit);
		return 0;
	}

	/* suffix */
	{
		size_t		j = whole ? skip_spaces(s, len, i) : i;
		int			sw = match_qword(s + j, len - j, 'S', &wl);

		if (sw && !suffix_in_word(sw, s, len, j + wl))
		{
			q->suffix = (uint8_t) sw;
			q->span_suffix.off = (uint32_t) j;
			q->span_suffix.len = (uint32_t) wl;
			i = j + wl;
		}
	}

	/* qualifier: range > suffix > prefix > 多/余 */
	if (q->qual == PE_QUAL_RANGE)
		q->bound = PE_BOUND_INCLUSIVE;
	else if (q->suffix)
	{
		q->qual = qwords[q->suffix].qual;
		q->bound = qwords[q->suffix].bound;
	}
	else if (q->prefix)
	{
		q->qual = qwords[q->prefix].qual;
		q->bound = qwords[q->prefix].bound;
	}
	else if (q->count_word)
	{
		q->qual = PE_QUAL_AT_LEAST;
		q->bound = PE_BOUND_EXCLUSIVE;
	}
	else
		q->qual = PE_QUAL_EXACT;
	/* 控制在3%以内 reads as 3%以内 */
	if (q->prefix == PE_QW_KONGZHIZAI && q->suffix)
		q->prefix = PE_QW_NONE;

	if ((flags & PE_QS_NEED_UNIT) && q->unit.entry == PE_UNIT_NONE)
	{
		memset(q, 0, sizeof(*q));
		pe_unit_none(&q->unit);
		return 0;
	}
	return i;
}

size_t
pe_quantity_scan(const char *s, size_t len, pe_quantity *q)
{
	return pe_quantity_scan_ex(s, len, 0, q);
}

int
pe_quantity_base(const pe_quantity *q, pe_num *lo, pe_num *hi)
{
	pe_num		sc;
	int			r;

	if ((r = pe_unit_scale(&q->unit, &sc)) != PE_NUM_OK)
		return r;
	if ((r = pe_num_mul(&q->value, &sc, lo)) != PE_NUM_OK)
		return r;
	if (q->qual != PE_QUAL_RANGE)
	{
		*hi = *lo;
		return PE_NUM_OK;
	}
	return pe_num_mul(&q->value_max, &sc, hi);
}

static int
parse_text(const char *s, size_t len, pe_quantity *q, size_t *err_off)
{
	size_t		n;
	size_t		i;
	pe_num		lo,
				hi;
	int			r;

	*err_off = 0;
	i = skip_spaces(s, len, 0);
	if (len > 65535)
	{
		*err_off = 65535;
		return PE_NUM_ESYNTAX;
	}
	n = pe_quantity_scan_ex(s, len, PE_QS_WHOLE, q);
	if (n == 0)
	{
		/* a numeral that is too big is an overflow, not a syntax error */
		size_t		j = i;
		int			digits = 0;

		if (j < len && (s[j] == '-' || s[j] == '+'))
			j++;
		for (; j < len && ((s[j] >= '0' && s[j] <= '9') || s[j] == '.' || s[j] == ','); j++)
			if (s[j] >= '1' || (s[j] == '0' && digits > 0))
				digits++;
		if (digits > 18)
			return PE_NUM_EOVERFLOW;
		*err_off = i;
		return PE_NUM_ESYNTAX;
	}
	i = skip_spaces(s, len, n);
	if (i != len)
	{
		*err_off = n;
		return PE_NUM_ESYNTAX;
	}
	if (q->qual == PE_QUAL_RANGE && pe_num_cmp(&q->value, &q->value_max) > 0)
	{
		*err_off = q->span_sep.off;
		return PE_NUM_ESYNTAX;
	}
	if ((r = pe_quantity_base(q, &lo, &hi)) != PE_NUM_OK)
		return r;
	return PE_NUM_OK;
}

/*
 * Traditional characters folded to simplified ones (萬人 -> 万人, 億元 ->
 * 亿元, 以內 -> 以内) with the segmenter's table, character by character
 * and only where both spellings take three bytes, so that every offset
 * of the folded text is the same in the original.  Returns 1 when out
 * (cap bytes) holds a changed copy.
 */
static int
fold_traditional(const char *s, size_t len, char *out, size_t cap)
{
	size_t		i = 0;
	int			changed = 0;

	if (len > cap)
		return 0;
	memcpy(out, s, len);
	while (i < len)
	{
		size_t		k = i;
		uint32_t	cp = pe_utf8_next(s, len, &k);

		if (k - i == 3 && cp >= 0x4E00 && cp < 0xA000)
		{
			uint32_t	f = pe_t2s_cjk[cp - 0x4E00];

			if (f >= 0x800 && f < 0x10000 && f != cp && !(f >= 0xD800 && f < 0xE000))
			{
				(void) pe_utf8_encode(f, out + i);
				changed = 1;
			}
		}
		i = k;
	}
	return changed;
}

int
pe_quantity_parse(const char *s, size_t len, pe_quantity *q, size_t *err_off)
{
	char		buf[512];

	if (fold_traditional(s, len, buf, sizeof(buf)))
		return parse_text(buf, len, q, err_off);
	return parse_text(s, len, q, err_off);
}

/* ------------------------------------------------------------------ */
/* output															  */
/* ------------------------------------------------------------------ */

typedef struct outbuf
{
	char	   *buf;
	size_t		cap;
	size_t		n;
} outbuf;

static void
ob_put(outbuf *o, const char *s, size_t n)
{
	size_t		k;

	for (k = 0; k < n; k++)
	{
		if (o->n + 1 < o->cap)
			o->buf[o->n] = s[k];
		o->n++;
	}
}

static void
ob_str(outbuf *o, const char *s)
{
	ob_put(o, s, strlen(s));
}

static void
ob_num(outbuf *o, const pe_num *v)
{
	char		tmp[PE_NUM_FORMAT_MAX];
	size_t		n = pe_num_format(v, tmp, sizeof(tmp));

	ob_put(o, tmp, n < sizeof(tmp) ? n : sizeof(tmp) - 1);
}

/* is the qualifier carried by the stored words? */
static int
words_carry(const pe_quantity *q)
{
	int			w = q->suffix ? q->suffix : (q->prefix ? q->prefix : q->count_word);

	if (q->qual == PE_QUAL_RANGE || q->qual == PE_QUAL_EXACT)
		return 1;
	if (!w)
		return 0;
	return qwords[w].qual == q->qual && qwords[w].bound == q->bound;
}

size_t
pe_quantity_format(const pe_quantity *q, char *buf, size_t cap)
{
	outbuf		o = {buf, cap, 0};
	int			prefix = q->prefix,
				suffix = q->suffix,
				count = q->count_word;

	if (!words_carry(q))
	{
		/* computed quantity: choose the usual words */
		prefix = suffix = count = 0;
		switch (q->qual)
		{
			case PE_QUAL_ABOUT:
				suffix = PE_QW_ZUOYOU;
				break;
			case PE_QUAL_AT_LEAST:
				if (q->bound == PE_BOUND_EXCLUSIVE)
					prefix = PE_QW_CHAOGUO;
				else
					suffix = PE_QW_YISHANG;
				break;
			case PE_QUAL_AT_MOST:
				if (q->bound == PE_BOUND_EXCLUSIVE)
					prefix = PE_QW_BUDAO;
				else
					suffix = PE_QW_YIXIA;
				break;
			default:
				break;
		}
	}
	if (q->qual == PE_QUAL_EXACT)
		prefix = suffix = count = 0;
	if (prefix == PE_QW_KONGZHIZAI && suffix)
		prefix = 0;
	if (prefix)
		ob_str(&o, qwords[prefix].text);
	ob_num(&o, &q->value);
	if (q->qual == PE_QUAL_RANGE)
	{
		if (q->flags & PE_QF_UNIT_BOTH)
			ob_put(&o, q->unit.text, q->unit.len);
		else if (q->flags & PE_QF_MAG_BOTH)
			ob_put(&o, q->unit.text, q->unit.mag_len);
		ob_str(&o, q->rangesep ? pe_rangesep_text(q->rangesep) : "-");
		ob_num(&o, &q->value_max);
		count = 0;
	}
	if (count && !(q->flags & PE_QF_COUNT_AFTER))
		ob_str(&o, qwords[count].text);
	if (!count && unit_needs_blank(&q->unit))
		ob_str(&o, " ");
	ob_put(&o, q->unit.text, q->unit.len);
	if (count && (q->flags & PE_QF_COUNT_AFTER))
		ob_str(&o, qwords[count].text);
	if (suffix)
		ob_str(&o, qwords[suffix].text);
	if (o.cap > 0)
		o.buf[o.n < o.cap ? o.n : o.cap - 1] = '\0';
	return o.n;
}

/* ------------------------------------------------------------------ */
/* comparison and hashing											  */
/* ------------------------------------------------------------------ */

static int
qual_rank(const pe_quantity *q)
{
	switch (q->qual)
	{
		case PE_QUAL_AT_MOST:
			return q->bound == PE_BOUND_EXCLUSIVE ? 0 : 1;
		case PE_QUAL_EXACT:
			return 2;
		case PE_QUAL_ABOUT:
			return 3;
		case PE_QUAL_RANGE:
			return 4;
		case PE_QUAL_AT_LEAST:
			return q->bound == PE_BOUND_EXCLUSIVE ? 6 : 5;
		default:
			return 7;
	}
}

int
pe_quantity_cmp(const pe_quantity *a, const pe_quantity *b)
{
	int			c = pe_unit_dim_cmp(&a->unit, &b->unit);
	pe_num		alo,
				ahi,
				blo,
				bhi;
	int			ra,
				rb;

	if (c != 0)
		return c;
	ra = pe_quantity_base(a, &alo, &ahi);
	rb = pe_quantity_base(b, &blo, &bhi);
	if (ra != PE_NUM_OK || rb != PE_NUM_OK)
	{
		/* cannot happen for validated values; stay deterministic */
		if (ra != rb)
			return ra < rb ? -1 : 1;
		c = pe_num_cmp(&a->value, &b->value);
		if (c != 0)
			return c;
	}
	else
	{
		c = pe_num_cmp(&alo, &blo);
		if (c != 0)
			return c;
		c = pe_num_cmp(&ahi, &bhi);
		if (c != 0)
			return c;
	}
	ra = qual_rank(a);
	rb = qual_rank(b);
	return ra < rb ? -1 : (ra > rb ? 1 : 0);
}

/* arithmetic modulo the Mersenne prime 2^61 - 1 */
#define MP ((UINT64_C(1) << 61) - 1)

static uint64_t
mod_mul(uint64_t a, uint64_t b)
{
	u128		p = (u128) a * b;
	uint64_t	lo = (uint64_t) (p & MP);
	uint64_t	hi = (uint64_t) (p >> 61);
	uint64_t	r = lo + hi;

	while (r >= MP)
		r -= MP;
	return r;
}

static uint64_t
mod_pow(uint64_t b, uint64_t e)
{
	uint64_t	r = 1;

	b %= MP;
	while (e)
	{
		if (e & 1)
			r = mod_mul(r, b);
		b = mod_mul(b, b);
		e >>= 1;
	}
	return r;
}

/* residue of an exact rational: equal values, equal residues */
static uint64_t
num_residue(const pe_num *v)
{
	uint64_t	c = (uint64_t) (v->coef < 0 ? -v->coef : v->coef) % MP;
	uint64_t	r;

	if (v->exp >= 0)
		r = mod_mul(c, mod_pow(10, (uint64_t) v->exp));
	else
		r = mod_mul(c, mod_pow(mod_pow(10, MP - 2), (uint64_t) (-v->exp)));
	if (v->den > 1)
		r = mod_mul(r, mod_pow((uint64_t) v->den % MP, MP - 2));
	if (v->coef < 0 && r != 0)
		r = MP - r;
	return r;
}

static uint32_t
mix(uint32_t h, uint64_t v)
{
	v ^= v >> 33;
	v *= UINT64_C(0xff51afd7ed558ccd);
	v ^= v >> 33;
	h ^= (uint32_t) v ^ (uint32_t) (v >> 32);
	h *= 0x01000193;
	return h;
}

uint32_t
pe_quantity_hash(const pe_quantity *a)
{
	uint32_t	h = 0x811c9dc5;
	pe_num		sc;
	uint64_t	rs,
				rlo,
				rhi;

	h = mix(h, (uint64_t) (uint16_t) a->unit.dim);
	if (a->unit.dim == PE_DIM_UNKNOWN)
	{
		size_t		k;

		for (k = a->unit.mag_len; k < a->unit.len; k++)
			h = mix(h, (unsigned char) a->unit.text[k]);
	}
	if (pe_unit_scale(&a->unit, &sc) != PE_NUM_OK)
		pe_num_from_int(1, &sc);
	rs = num_residue(&sc);
	rlo = mod_mul(num_residue(&a->value), rs);
	rhi = a->qual == PE_QUAL_RANGE ? mod_mul(num_residue(&a->value_max), rs) : rlo;
	h = mix(h, rlo);
	h = mix(h, rhi);
	h = mix(h, (uint64_t) qual_rank(a));
	return h;
}

/* ------------------------------------------------------------------ */
/* conversion and arithmetic										  */
/* ------------------------------------------------------------------ */

static void
clear_spans(pe_quantity *q)
{
	memset(&q->span_prefix, 0, sizeof(q->span_prefix));
	memset(&q->span_value, 0, sizeof(q->span_value));
	memset(&q->span_sep, 0, sizeof(q->span_sep));
	memset(&q->span_value_max, 0, sizeof(q->span_value_max));
	memset(&q->span_unit, 0, sizeof(q->span_unit));
	memset(&q->span_suffix, 0, sizeof(q->span_suffix));
}

/* v expressed in unit `from` -> the same amount in unit `to` */
static int
rescale(const pe_num *v, const pe_unit *from, const pe_unit *to, pe_num *out)
{
	pe_num		sf,
				st,
				t;
	int			r;

	if ((r = pe_unit_scale(from, &sf)) != PE_NUM_OK)
		return r;
	if ((r = pe_unit_scale(to, &st)) != PE_NUM_OK)
		return r;
	if ((r = pe_num_mul(v, &sf, &t)) != PE_NUM_OK)
		return r;
	if ((r = pe_num_div(&t, &st, out)) != PE_NUM_OK)
		return r;
	/* a converted value has no written scale: 0.5, not 0.5000 */
	if (sf.coef != st.coef || sf.exp != st.exp || sf.den != st.den)
		pe_num_canonical(out, out);
	return PE_NUM_OK;
}

int
pe_quantity_convert(const pe_quantity *q, const pe_unit *to, pe_quantity *out)
{
	pe_quantity r = *q;
	int			rc;

	if (!pe_unit_same_dim(&q->unit, to))
		return PE_NUM_ESYNTAX;
	if ((rc = rescale(&q->value, &q->unit, to, &r.value)) != PE_NUM_OK)
		return rc;
	if ((rc = rescale(&q->value_max, &q->unit, to, &r.value_max)) != PE_NUM_OK)
		return rc;
	r.unit = *to;
	clear_spans(&r);
	*out = r;
	return PE_NUM_OK;
}

/* the value of b in a's unit, with % + 个百分点 mixing allowed */
static int
b_in_a_unit(const pe_quantity *a, const pe_quantity *b, pe_num *lo, pe_num *hi)
{
	int			r;

	if (pe_unit_same_dim(&a->unit, &b->unit) ||
		(a->unit.dim == PE_DIM_RATIO && b->unit.dim == PE_DIM_POINTS))
	{
		/* a point is one percent: scales of 个百分点 and % are both 1 */
		if ((r = rescale(&b->value, &b->unit, &a->unit, lo)) != PE_NUM_OK)
			return r;
		return rescale(b->qual == PE_QUAL_RANGE ? &b->value_max : &b->value,
					   &b->unit, &a->unit, hi);
	}
	return PE_NUM_ESYNTAX;
}

/* swap the direction of a one-sided qualifier (for negation) */
static void
flip_direction(pe_quantity *q)
{
	if (q->qual == PE_QUAL_AT_LEAST)
		q->qual = PE_QUAL_AT_MOST;
	else if (q->qual == PE_QUAL_AT_MOST)
		q->qual = PE_QUAL_AT_LEAST;
	else
		return;
	q->prefix = q->suffix = q->count_word = 0;
}

/*
 * The difference r of two rates in a's unit, restated in points: 9% - 8%
 * = 1个百分点, 7.22‰ - 6.80‰ = 0.42个千分点 (a point has the scale of its
 * rate, so rescale() converts).
 */
static int
rate_gap_in_points(const pe_unit *rate, pe_quantity *r)
{
	const char *w = strcmp(rate->text, "‰") == 0 ? "个千分点" : "个百分点";
	pe_unit		pts;
	int			rc;

	(void) pe_unit_lookup(w, strlen(w), &pts);
	if ((rc = rescale(&r->value, rate, &pts, &r->value)) != PE_NUM_OK)
		return rc;
	if ((rc = rescale(&r->value_max, rate, &pts, &r->value_max)) != PE_NUM_OK)
		return rc;
	r->unit = pts;
	r->flags &= (uint8_t) ~(PE_QF_MAG_BOTH);
	return PE_NUM_OK;
}

static int
addsub(const pe_quantity *a, const pe_quantity *b, int sub, pe_quantity *out)
{
	pe_quantity r;
	pe_num		blo,
				bhi;
	int			rc;
	int			ratio_minus_ratio = 0;

	if (sub && a->unit.dim == PE_DIM_RATIO && b->unit.dim == PE_DIM_RATIO)
		ratio_minus_ratio = 1;
	if ((rc = b_in_a_unit(a, b, &blo, &bhi)) != PE_NUM_OK)
		return rc;
	r = *a;
	clear_spans(&r);
	if (b->qual == PE_QUAL_EXACT)
	{
		if ((rc = (sub ? pe_num_sub : pe_num_add) (&a->value, &blo, &r.value)) != PE_NUM_OK)
			return rc;
		if ((rc = (sub ? pe_num_sub : pe_num_add) (&a->value_max, &blo, &r.value_max)) != PE_NUM_OK)
			return rc;
	}
	else if (a->qual == PE_QUAL_EXACT || (a->qual == PE_QUAL_RANGE && b->qual == PE_QUAL_RANGE))
	{
		if (a->qual == PE_QUAL_EXACT)
		{
			r.qual = b->qual;
			r.bound = b->bound;
			r.prefix = b->prefix;
			r.suffix = b->suffix;
			r.count_word = b->count_word;
			r.rangesep = b->rangesep;
			r.flags = b->flags;
		}
		if (!sub)
		{
			if ((rc = pe_num_add(&a->value, &blo, &r.value)) != PE_NUM_OK)
				return rc;
			if ((rc = pe_num_add(&a->value_max, &bhi, &r.value_max)) != PE_NUM_OK)
				return rc;
		}
		else
		{
			/* interval subtraction: [alo - bhi, ahi - blo] */
			if ((rc = pe_num_sub(&a->value, &bhi, &r.value)) != PE_NUM_OK)
				return rc;
			if ((rc = pe_num_sub(&a->value_max, &blo, &r.value_max)) != PE_NUM_OK)
				return rc;
			if (a->qual == PE_QUAL_EXACT)
				flip_direction(&r);
		}
	}
	else
		return PE_NUM_ESYNTAX;
	if (r.qual != PE_QUAL_RANGE)
		r.value_max = r.value;
	if (ratio_minus_ratio && (rc = rate_gap_in_points(&a->unit, &r)) != PE_NUM_OK)
		return rc;
	if ((rc = pe_quantity_base(&r, &blo, &bhi)) != PE_NUM_OK)
		return rc;
	*out = r;
	return PE_NUM_OK;
}

int
pe_quantity_add(const pe_quantity *a, const pe_quantity *b, pe_quantity *out)
{
	if (a->unit.dim == PE_DIM_POINTS && b->unit.dim == PE_DIM_RATIO)
		return addsub(b, a, 0, out);
	return addsub(a, b, 0, out);
}

int
pe_quantity_sub(const pe_quantity *a, const pe_quantity *b, pe_quantity *out)
{
	return addsub(a, b, 1, out);
}

static int
muldiv(const pe_quantity *q, const pe_num *n, int div, pe_quantity *out)
{
	pe_quantity r = *q;
	int			rc;
	pe_num		lo,
				hi;

	clear_spans(&r);
	if (div && n->coef == 0)
		return PE_NUM_EDIVZERO;
	if ((rc = (div ? pe_num_div : pe_num_mul) (&q->value, n, &r.value)) != PE_NUM_OK)
		return rc;
	if ((rc = (div ? pe_num_div : pe_num_mul) (&q->value_max, n, &r.value_max)) != PE_NUM_OK)
		return rc;
	if (pe_num_sign(n) < 0)
	{
		if (r.qual == PE_QUAL_RANGE)
		{
			pe_num		t = r.value;

			r.value = r.value_max;
			r.value_max = t;
		}
		flip_direction(&r);
	}
	if ((rc = pe_quantity_base(&r, &lo, &hi)) != PE_NUM_OK)
		return rc;
	*out = r;
	return PE_NUM_OK;
}

int
pe_quantity_mul(const pe_quantity *q, const pe_num *n, pe_quantity *out)
{
	return muldiv(q, n, 0, out);
}

int
pe_quantity_div(const pe_quantity *q, const pe_num *n, pe_quantity *out)
{
	return muldiv(q, n, 1, out);
}

/* ------------------------------------------------------------------ */
/* did an actual value meet a target?								  */
/* ------------------------------------------------------------------ */

typedef struct ival
{
	pe_num		lo,
				hi;
	int			lo_inf,
				hi_inf;			/* unbounded */
	int			lo_open,
				hi_open;
} ival;

/* lower end a is at or above lower end b (a starts no earlier than b) */
static int
lo_within(const ival *a, const ival *b)
{
	int			c;

	if (b->lo_inf)
		return 1;
	if (a->lo_inf)
		return 0;
	c = pe_num_cmp(&a->lo, &b->lo);
	if (c != 0)
		return c > 0;
	return !b->lo_open || a->lo_open;
}

static int
hi_within(const ival *a, const ival *b)
{
	int			c;

	if (b->hi_inf)
		return 1;
	if (a->hi_inf)
		return 0;
	c = pe_num_cmp(&a->hi, &b->hi);
	if (c != 0)
		return c < 0;
	return !b->hi_open || a->hi_open;
}

/* does a end before b starts (no common point)? */
static int
before(const ival *a, const ival *b)
{
	int			c;

	if (a->hi_inf || b->lo_inf)
		return 0;
	c = pe_num_cmp(&a->hi, &b->lo);
	if (c != 0)
		return c < 0;
	return a->hi_open || b->lo_open;
}

int
pe_quantity_satisfies(const pe_quantity *actual, const pe_quantity *target,
					  int64_t tolerance_micro)
{
	ival		A,
				T;
	pe_num		lo,
				hi;

	memset(&A, 0, sizeof(A));
	memset(&T, 0, sizeof(T));
	if (!pe_unit_same_dim(&actual->unit, &target->unit))
		return -1;
	if (pe_quantity_base(actual, &lo, &hi) != PE_NUM_OK)
		return -1;
	A.lo = lo;
	A.hi = hi;
	switch (actual->qual)
	{
		case PE_QUAL_AT_LEAST:
			A.hi_inf = 1;
			A.lo_open = actual->bound == PE_BOUND_EXCLUSIVE;
			break;
		case PE_QUAL_AT_MOST:
			A.lo_inf = 1;
			A.hi_open = actual->bound == PE_BOUND_EXCLUSIVE;
			break;
		default:
			break;
	}
	if (pe_quantity_base(target, &lo, &hi) != PE_NUM_OK)
		return -1;
	T.lo = lo;
	T.hi = hi;
	switch (target->qual)
	{
		case PE_QUAL_EXACT:
			T.hi_inf = 1;
			break;
		case PE_QUAL_ABOUT:
			{
				/* X - |X| * tolerance% */
				pe_num		tol,
							ax,
							d;

				T.hi_inf = 1;
				pe_num_zero(&tol);
				tol.coef = tolerance_micro < 0 ? 0 : tolerance_micro;
				tol.exp = -8;
				ax = lo;
				if (ax.coef < 0)
					ax.coef = -ax.coef;
				if (pe_num_mul(&ax, &tol, &d) != PE_NUM_OK ||
					pe_num_sub(&lo, &d, &T.lo) != PE_NUM_OK)
					return -1;
				break;
			}
		case PE_QUAL_AT_LEAST:
			T.hi_inf = 1;
			T.lo_open = target->bound == PE_BOUND_EXCLUSIVE;
			break;
		case PE_QUAL_AT_MOST:
			T.lo_inf = 1;
			T.hi_open = target->bound == PE_BOUND_EXCLUSIVE;
			break;
		default:
			break;
	}
	if (lo_within(&A, &T) && hi_within(&A, &T))
		return 1;
	if (before(&A, &T) || before(&T, &A))
		return 0;
	return -1;
}
