/*
 * test_expand.c
 *	  Unit tests for src/core/pe_expand.c: the dictionary entries that
 *	  contain, start with or end with a query piece, on pieces of real
 *	  plan sentences (全市地区生产总值增长8.5%, 社会消费品零售总额增长10%,
 *	  城镇调查失业率控制在5.5%以内, 在市委、市政府和县委的坚强领导下).
 */
#include <stdint.h>
#include <string.h>

#include "pe_expand.h"
#include "pe_lexicon.h"
#include "pe_utf8.h"
#include "pe_test.h"

typedef struct found
{
	char		words[64][64];
	int			n;
	int			total;
} found;

static int
cb(void *arg, int pattern, const uint32_t *w, size_t n)
{
	found	   *f = arg;
	char		buf[64 * 4 + 1];
	size_t		b = 0,
				i;

	(void) pattern;
	for (i = 0; i < n; i++)
		b += pe_utf8_encode(w[i], buf + b);
	buf[b] = '\0';
	f->total++;
	if (f->n < 64 && b < 64)
		strcpy(f->words[f->n++], buf);
	return 0;
}

static size_t
cps_of(const char *s, uint32_t *out)
{
	size_t		i = 0,
				n = 0,
				len = strlen(s);

	while (i < len)
		out[n++] = pe_utf8_next(s, len, &i);
	return n;
}

static int
has(const found *f, const char *w)
{
	int			i;

	for (i = 0; i < f->n; i++)
		if (strcmp(f->words[i], w) == 0)
			return 1;
	return 0;
}

static found f;

static const found *
expand(const char *piece, int mode, int general)
{
	uint32_t	cps[64];
	pe_pattern	p;
	pe_lexset	lx = {&pe_lexicon_builtin, NULL};

	memset(&f, 0, sizeof(f));
	p.n = cps_of(piece, cps);
	p.cps = cps;
	p.mode = mode;
	pe_expand(&lx, general, &p, 1, cb, &f);
	return &f;
}

int
main(void)
{
	const found *r;
	pe_pattern	none[1];

	/* 总值 of 地区生产总值 (plan lexicon only: a short list) */
	r = expand("总值", PE_EXPAND_CONTAINS, 0);
	ok(has(r, "地区生产总值") && has(r, "生产总值") && has(r, "国内生产总值"), "总值 lies in 地区生产总值, 生产总值, 国内生产总值");
	ok(!has(r, "总额"), "总值: no entry without it");
	/* 零售总额 of 社会消费品零售总额 */
	r = expand("零售总额", PE_EXPAND_CONTAINS, 1);
	ok(has(r, "社会消费品零售总额"), "零售总额 lies in 社会消费品零售总额");
	/* 失业率 of 城镇调查失业率, with the general dictionary */
	r = expand("失业率", PE_EXPAND_CONTAINS, 1);
	ok(has(r, "城镇调查失业率") && has(r, "失业率"), "失业率 lies in 城镇调查失业率 and is an entry itself");
	/* suffix and prefix */
	r = expand("增长", PE_EXPAND_PREFIX, 0);
	ok(r->n > 0 && !has(r, "稳增长"), "prefix 增长: 稳增长 does not start with it");
	r = expand("增长", PE_EXPAND_SUFFIX, 0);
	ok(has(r, "稳增长") || has(r, "增长"), "suffix 增长: entries ending with it");
	r = expand("增加值", PE_EXPAND_PREFIX, 1);
	ok(!has(r, "工业增加值"), "prefix 增加值: 工业增加值 does not start with it");
	/* 和县 (the county) is not inside 市政府 or 县委 */
	r = expand("和县", PE_EXPAND_CONTAINS, 1);
	ok(has(r, "和县") && !has(r, "县委") && !has(r, "市政府"), "和县: the county names only");
	/* a repeated-prefix pattern exercises the failure table */
	r = expand("发展发展", PE_EXPAND_CONTAINS, 1);
	ok(r->total == 0, "发展发展: no entry");
	/* invalid patterns */
	memset(none, 0, sizeof(none));
	is_int(pe_expand(NULL, 0, none, 1, cb, &f), -1, "empty pattern refused");
	is_int(pe_expand(NULL, 0, none, 0, cb, &f), -1, "no patterns refused");
	return pe_done_testing();
}
