/*-------------------------------------------------------------------------
 *
 * pe_docfacts.c
 *	  The document-facts stage of the indicator extractor: for each document
 *	  of a text, its report year, whether it is a plan, the plan period and
 *	  the running context its figures start from (pe_docinfo.c reads the
 *	  facts of the opening; pe_kind.c the last reported year).
 *
 * IDENTIFICATION
 *	  src/core/pe_docfacts.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_xtext.h"
#include "pe_kind.h"
#include "pe_docinfo.h"

#include <string.h>

/*
 * Is i on a title-like line (at most 60 characters, no 。 in it)?  "2024年是
 * 实现"十四五"规划目标任务的关键一年。" names the plan in a sentence: the
 * document is not the plan itself.
 */
static int
title_line(pe_x *x, size_t s, size_t i, size_t w)
{
	size_t		a = i,
				b = i;

	while (a > s && x->cp[a - 1] != '\n')
		a--;
	while (b < w && x->cp[b] != '\n')
		b++;
	if (b - a > 60)
		return 0;
	return pe_x_find(x, a, b, "。") == (size_t) -1;
}

/* year of an ISO date (2026-03-05) at i, else 0 */
static int
iso_date_at(pe_x *x, size_t i)
{
	int			y = 0,
				k;

	if (i + 10 > x->n || (i > 0 && pe_x_digit(x->cp[i - 1]) >= 0))
		return 0;
	for (k = 0; k < 10; k++)
	{
		int			dg = pe_x_digit(x->cp[i + k]);

		if (k == 4 || k == 7)
		{
			if (x->cp[i + k] != '-')
				return 0;
		}
		else if (dg < 0)
			return 0;
		else if (k < 4)
			y = y * 10 + dg;
	}
	if (i + 10 < x->n && pe_x_digit(x->cp[i + 10]) >= 0)
		return 0;
	return y >= 1949 && y <= 2100 ? y : 0;
}

/* facts of a document starting at s: report year, plan period */
void
pe_doc_facts(pe_x *x, pe_xdoc *d, int report_year)
{
	size_t		i,
				w = d->start + 300 < d->end ? d->start + 300 : d->end;
	int			title_year = 0,
				date_year = 0;

	d->is_plan = 0;
	d->date_month = 0;
	d->plan_end = 0;
	d->communique = pe_x_find(x, d->start, w < d->start + 80 ? w : d->start + 80, "统计公报") != (size_t) -1;
	for (i = d->start; i < w; i++)
	{
		int			y;

		if (pe_x_digit(x->cp[i]) < 0 && x->cp[i] != 0x5341 && x->cp[i] != 0x7B2C)
			continue;
		y = pe_x_year_at(x, i);

		if (!y && !date_year && (y = iso_date_at(x, i)) != 0)
		{
			/* 2026-03-05 */
			date_year = y;
			d->date_month = (int) ((x->cp[i + 5] - '0') * 10 + (x->cp[i + 6] - '0'));
			continue;
		}
		if (y && !date_year && i + 6 < x->n)
		{
			/* 2021年2月2日 / 2021年1月 / 2025 年 3 月: the date the report was delivered */
			size_t		j = pe_x_year_end(x, i),
						j0;
			int			mon = 0;

			if (j < x->n && x->cp[j] == ' ')
				j++;
			j0 = j;
			while (j < x->n && j < j0 + 2 && pe_x_digit(x->cp[j]) >= 0)
				mon = mon * 10 + pe_x_digit(x->cp[j++]);
			if (j < x->n && x->cp[j] == ' ')
				j++;
			if (j > j0 && j < x->n && x->cp[j] == 0x6708 /* 月 */ )
			{
				date_year = y;
				d->date_month = mon;
			}
			else if (!title_year && i < d->start + 80 &&
					 (pe_x_find(x, i, i + 30 < w ? i + 30 : w, "报告") != (size_t) -1))
				title_year = y;
		}
		if (pe_x_at(x, i, "十四五") || pe_x_at(x, i, "第十四个五年"))
		{
			if (i < d->start + 200 && title_line(x, d->start, i, w) &&
				(pe_x_find(x, i, i + 40 < w ? i + 40 : w, "规划") != (size_t) -1 ||
				 pe_x_find(x, d->start, w, "纲要") != (size_t) -1))
				d->is_plan = 1;
			if (!d->plan_end)
				d->plan_end = 2025;
		}
	}
	/*
	 * The outline concern's document facts come first.  They are read
	 * from a title line, so a text of one line (a paragraph stored alone)
	 * has none to give.
	 */
	if (memchr(x->doc + x->boff[d->start], '\n',
			   x->boff[d->end] - x->boff[d->start]) != NULL)
	{
		pe_doc_info info;
		size_t		bs = x->boff[d->start],
					be = x->boff[d->end];

		/* the facts sit in the opening (title, date line, plan period) */
		if (d->end - d->start > 2000)
			be = x->boff[d->start + 2000];

		pe_doc_info_get(x->doc + bs, be - bs, &info);
		if (info.kind == PE_DOC_STAT_COMMUNIQUE || info.type == PE_TYPE_COMMUNIQUE)
			d->communique = 1;
		if (d->communique)
			d->is_plan = 0;		/* 2024年是实现"十四五"规划目标任务的关键一年 */
		else if (info.kind == PE_DOC_FIVE_YEAR_PLAN)
			d->is_plan = 1;
		else if (info.kind == PE_DOC_GOV_WORK_REPORT)
			d->is_plan = 0;
		if (info.period_end)
			d->plan_end = info.period_end;
		/* the document facts' report year comes first */
		if (info.year)
			title_year = info.year;
	}
	if (report_year > 0)
		d->report_year = report_year;
	else if (title_year)
		d->report_year = title_year;
	else if (d->is_plan)
		d->report_year = 0;
	else
		d->report_year = date_year;
	if (d->report_year && pe_x_find(x, d->start, w, "工作报告") != (size_t) -1)
		d->is_plan = 0;
	if (!d->plan_end)
		d->plan_end = d->report_year ? ((d->report_year - 1) / 5) * 5 + 5 +
			((d->report_year - 1) % 5 == 0 ? 0 : 0) : 2025;
	/* a report of 2021 opens the 2021-2025 period */
	if (d->report_year && d->report_year % 5 == 1)
		d->plan_end = d->report_year + 4;
	d->ctx_kind = d->is_plan ? PE_KIND_TARGET : PE_KIND_ACTUAL;
	d->ctx_rank = PE_CUE_RANK_DOC;
	d->ctx_year = d->is_plan ? d->plan_end :
		(d->report_year ? pe_kind_last_actual(d) : 0);
	d->ctx_why = pe_why_at(d->is_plan ? PE_WHY_DOC_PLAN : PE_WHY_DOC_REPORT, d->start, 0);
}
