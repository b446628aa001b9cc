/*-------------------------------------------------------------------------
 *
 * pe_clause.c
 *	  The clause stage of the indicator extractor: the text is read from
 *	  sentence end to sentence end (documents pasted together are split,
 *	  heading lines set the section path and the running context); each
 *	  sentence with a figure is split into clauses, and each clause's
 *	  figures are read, grouped (分别增长8%和9%), named, measured and
 *	  emitted as rows.
 *
 * IDENTIFICATION
 *	  src/core/pe_clause.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_xtext.h"
#include "pe_extract_words.h"
#include "pe_kind.h"
#include "pe_outline.h"
#include "pe_docinfo.h"

#ifdef PE_EXTRACT_DEBUG
#include <stdio.h>
#endif
#include <string.h>

/* ------------------------------------------------------------------ */
/* clause processing												   */
/* ------------------------------------------------------------------ */


static int
pe_connector_span(pe_x *x, size_t s, size_t e)
{
	size_t		i;

	for (i = s; i < e; i++)
	{
		uint32_t	c = x->cp[i];

		if (c == 0x3001 || c == 0x548C || c == 0x53CA || c == 0x4E0E || c == ' ' ||
			c == 0x3000)
			continue;
		return 0;
	}
	return 1;
}
/*
 * Process one clause [cs, ce) of a sentence.
 */
static void
clause_read(pe_x *x, pe_xdoc *d, sentence_state *st, size_t cs, size_t ce)
{
	mention		ms[MAXM];
	int			nm = 0,
				g;
	size_t		i = cs;

	pe_kind_clause(x, d, st, cs, ce);

	/* find the mentions */
	while (i < ce && nm < MAXM)
	{
		if (pe_x_digit(x->cp[i]) >= 0 &&
			(i == 0 || (pe_x_digit(x->cp[i - 1]) < 0 && x->cp[i - 1] != '.')))
		{
			mention    *m = &ms[nm];
			size_t		nx = pe_mention_read(x, i, ce, m, 0, 0);

			if (nx == 0)
			{
				i++;
				continue;
			}
			m->skip = pe_mention_noise(x, m);
			/* unitless number followed by 和/、 and a number with a unit */
			if (!m->unit && m->num_end + 1 < ce &&
				(x->cp[m->num_end] == 0x548C || x->cp[m->num_end] == 0x3001) &&
				pe_x_digit(x->cp[m->num_end + 1]) >= 0 &&
				m->num_start > 0 && !pe_x_latin(x->cp[m->num_start - 1]) &&
				x->cp[m->num_start - 1] != 0x7B2C)
			{
				mention		tmp;

				if (pe_mention_read(x, m->num_end + 1, ce, &tmp, 0, 0) && tmp.unit && (is_pct(tmp.unit) || tmp.unit_end > tmp.unit_start))
				{
					m->unit = tmp.unit;
					m->skip = 0;
				}
			}
			nm++;
			i = nx;
			continue;
		}

		/*
		 * Chinese numerals (十年, 三个, 一百二十家, 两千万元): only at the
		 * start of a numeral, and only when a numeral character or a unit
		 * follows, so that the scanner runs at few places.
		 */
		if (i + 1 < ce && x_han_lead(x->cp[i]) && x_han_candidate(x, i))
		{
			mention    *m = &ms[nm];
			size_t		nx = pe_mention_read(x, i, ce, m, 0, 1);

			/* a Chinese numeral counts only with its unit */
			if (nx != 0 && m->unit && !(m->skip = pe_mention_noise(x, m)))
			{
				nm++;
				i = nx;
				continue;
			}
		}
		i++;
	}
	if (nm == 0)
		return;

	/* drop "from" values: 由1.87%提高到2.85%, 从43万人增长至56万人 */
	for (g = 0; g + 1 < nm; g++)
	{
		size_t		a = ms[g].end,
					b = ms[g + 1].num_start;
		int			sign;
		size_t		after;

		if (ms[g].skip)
			continue;
		if (b > a && b - a <= 4 && pe_change_word(x, a, b, &sign, &after) &&
			(pe_x_at(x, after, "到") || pe_x_at(x, after, "至")))
			ms[g].skip = 2;
		else if (b > a && b - a <= 2 && (pe_x_at(x, a, "到") || pe_x_at(x, a, "至")))
			ms[g].skip = 2;
		else if (b > a && b - a <= 4 && (x->cp[b - 1] == 0x5230 || x->cp[b - 1] == 0x81F3) &&
				 (pe_x_rfind(x, ms[g].start > cs + 12 ? ms[g].start - 12 : cs, ms[g].start, "由") != (size_t) -1 ||
				  pe_x_rfind(x, ms[g].start > cs + 12 ? ms[g].start - 12 : cs, ms[g].start, "从") != (size_t) -1))
			ms[g].skip = 2;		/* 由2015年的19家发展到45家 */
	}

	/* group consecutive mentions joined by connectors, then name them */
	g = 0;
	{
		size_t		prev_end = cs;

		while (g < nm)
		{
			int			h = g + 1,
						k,
						nitems = 0;
			size_t		ns,
						ne,
						rs;
			char	   *items[8];
			pe_qualifier tail_q;
			int			distrib,
						sign = 1,
						has_change;
			size_t		after = 0;
			size_t		name_s = (size_t) -1;
			size_t		obj_end = 0;	/* end of a naming object after the figure */

			if (ms[g].skip)
			{
				/*
				 * A number that is no figure (2015年, 第4位) or a "from"
				 * value stays inside the name region of the next figure.
				 */
				g++;
				continue;
			}
			while (h < nm && !ms[h].skip && pe_connector_span(x, ms[h - 1].end, ms[h].start) &&
				   ms[h].unit && ms[h - 1].unit)
				h++;
			/* name region: prev_end .. first number (less its prefix) */
			rs = prev_end;
			ns = rs;
			ne = ms[g].start;
			pe_name_clean(x, &ns, &ne);
			distrib = pe_x_find(x, rs, ms[g].start, "分别") != (size_t) -1 ||
				pe_x_find(x, rs, ms[g].start, "均") != (size_t) -1;
			if (ne > ns)
			{
				name_s = ns;
				nitems = pe_name_split(x, ns, ne, h - g, items, 8);
				if (nitems < 2 || (!distrib && nitems != h - g))
				{
					nitems = 1;
					items[0] = pe_name_text(x, ns, ne, 0, 0);
				}
				if (nitems > 1 && h - g > 1 && nitems != h - g)
				{
					nitems = 1;
					items[0] = pe_name_text(x, ns, ne, 0, 0);
				}
			}
			else if (st->nitems)
			{
				nitems = st->nitems;
				for (k = 0; k < nitems; k++)
					items[k] = st->items[k];
			}
			else
			{
				nitems = 0;
			}
			/*
			 * The object after the figure names it: with a counting unit
			 * (成立7个课题组), or when nothing before the figure does
			 * (完成223.76万平方米拆迁任务), or after a Chinese numeral
			 * (十年禁渔: a duration of the thing that follows).
			 */
			if (h - g == 1 && ms[g].unit &&
				(pe_x_any_at(x, ms[g].unit_start + (ms[g].unit_end - ms[g].unit_start) - 1,
							 classifier_units, NULL) || nitems == 0 || ms[g].han) &&
				ms[g].end < ce && pe_is_han(x->cp[ms[g].end]) &&
				!pe_x_any_at(x, ms[g].end, predicate_words, NULL))
			{
				size_t		os = ms[g].end,
							oe = os;

				while (oe < ce && oe - os < 20 && (pe_is_han(x->cp[oe]) ||
												   pe_x_latin(x->cp[oe]) ||
												   x->cp[oe] == 0x201C || x->cp[oe] == 0x201D ||
												   x->cp[oe] == '(' || x->cp[oe] == ')') &&
					   pe_x_digit(x->cp[oe]) < 0)
					oe++;
				/* the counted object names the figure: 成立7个课题组 -> 课题组 */
				if (oe - os >= 2 && nitems <= 1)
				{
					nitems = 1;
					items[0] = pe_name_text(x, os, oe, 0, 0);
					obj_end = oe;
				}
			}
			/* the trailing qualifier of a list applies to every item */
			tail_q = ms[h - 1].qual;
			/* change words count after the name only (工业增加 is a name) */
			has_change = pe_change_word(x, name_s != (size_t) -1 ? ne : rs, ms[g].start,
									 &sign, &after);
			if (has_change && (pe_x_at(x, after, "到") || pe_x_at(x, after, "至") ||
							   pe_x_at(x, after, "为")))
				has_change = 0;
			for (k = g; k < h; k++)
			{
				mention    *m = &ms[k];
				pe_measure	meas = PE_MEASURE_LEVEL;
				pe_period	per = PE_PERIOD_YEAR;
				pe_qualifier q = m->qual;
				int			sg = 1;
				size_t		pre_s = (k == g) ? (name_s != (size_t) -1 ? ne : rs) : ms[k - 1].end;
				size_t		j;
				int			ch = has_change;
				int			rep,
							nrep;
				const char *nm_;
				size_t		qs;

				/* qualifier written before the number */
				if (q == PE_QUAL_EXACT)
				{
					if (pe_x_any_before(x, m->start, about_pre, NULL))
						q = PE_QUAL_ABOUT;
					else if (pe_x_any_before(x, m->start, least_pre, NULL))
						q = PE_QUAL_AT_LEAST;
					else if (pe_x_any_before(x, m->start, most_pre, NULL))
						q = PE_QUAL_AT_MOST;
					else if (pe_x_before(x, m->start, "在") &&
							 (pe_x_any_before(x, m->start - 1, least_pre, NULL)))
						q = PE_QUAL_AT_LEAST;
					else if (h - g > 1 && tail_q != PE_QUAL_EXACT && tail_q != PE_QUAL_RANGE)
						q = tail_q;
				}
				/* measure */
				if (k > g)
				{
					int			s2;
					size_t		a2;

					if (pe_change_word(x, pre_s, m->start, &s2, &a2))
					{
						ch = !(pe_x_at(x, a2, "到") || pe_x_at(x, a2, "至") ||
							   pe_x_at(x, a2, "为"));
						sign = s2;
						after = a2;
					}
				}
				if (is_points(m->unit))
				{
					meas = PE_MEASURE_DELTA;
					sg = ch ? sign : 1;
				}
				else if (is_pct(m->unit))
				{
					int			cpi = 0;

					for (j = 0; j < (size_t) nitems; j++)
						if (strstr(items[j], "居民消费价格") || strstr(items[j], "物价") ||
							strstr(items[j], "CPI"))
							cpi = 1;
					if (ch || cpi)
					{
						meas = PE_MEASURE_GROWTH;
						sg = ch ? sign : 1;
					}
				}
				else if (ch && (pe_x_rfind(x, pre_s, m->start, "净增") != (size_t) -1 ||
								pe_x_rfind(x, pre_s, m->start, "净减") != (size_t) -1 ||
								pe_x_rfind(x, pre_s, m->start, "增加") != (size_t) -1 ||
								pe_x_rfind(x, pre_s, m->start, "减少") != (size_t) -1 ||
								pe_x_rfind(x, pre_s, m->start, "提高") != (size_t) -1 ||
								pe_x_rfind(x, pre_s, m->start, "下降") != (size_t) -1))
				{
					meas = PE_MEASURE_DELTA;
					sg = sign;
				}
				/* period */
				if (m->bracket)
					per = PE_PERIOD_CUMULATIVE;
				else if (pe_x_find(x, cs, m->start, "年均") != (size_t) -1)
					per = PE_PERIOD_ANNUAL_AVG;
				else if (pe_x_find(x, cs, m->start, "累计") != (size_t) -1)
					per = PE_PERIOD_CUMULATIVE;

				/* names: distributed, replicated (均) or shared */
				qs = (name_s != (size_t) -1) ? name_s : pre_s;
				while (qs < m->start && (is_sep(x->cp[qs]) || x->cp[qs] == 0x3001 ||
										 x->cp[qs] == ' '))
					qs++;
				if (nitems > 1 && h - g == nitems)
				{
					nm_ = items[k - g];
					nrep = 1;
				}
				else if (nitems > 1 && h - g == 1 && distrib)
					nrep = nitems, nm_ = NULL;
				else
				{
					nm_ = nitems ? items[0] : "";
					nrep = 1;
					if (nitems > 1)
						nm_ = pe_name_text(x, ns, ne, 0, 0);
				}
				for (rep = 0; rep < nrep; rep++)
					pe_row_emit(x, d, st, m, nm_ ? nm_ : items[rep],
						 k == g ? qs : (h - g > 1 ? qs : pre_s),
						 (h - g > 1) ? ms[h - 1].end : (obj_end > m->end ? obj_end : m->end),
						 meas, sg, per, q);
			}
			/* remember the subject for later clauses of this sentence */
			if (nitems > 0)
			{
				st->nitems = nitems;
				for (k = 0; k < nitems; k++)
					st->items[k] = items[k];
			}
			prev_end = ms[h - 1].end;
			g = h;
		}
	}
}
/* ------------------------------------------------------------------ */
/* sections (a light outline of heading lines)						   */
/* ------------------------------------------------------------------ */

static int
pe_heading_level(pe_x *x, size_t s, size_t e)
{
	size_t		i = s;

	while (i < e && (x->cp[i] == ' ' || x->cp[i] == 0x3000 || x->cp[i] == '\t'))
		i++;
	if (e - i > 40 || e <= i)
		return 0;
	if (pe_x_find(x, i, e, "。") != (size_t) -1)
		return 0;
	if (pe_x_at(x, i, "第") && (pe_x_find(x, i, i + 5 < e ? i + 5 : e, "章") != (size_t) -1 ||
								pe_x_find(x, i, i + 5 < e ? i + 5 : e, "篇") != (size_t) -1))
		return 1;
	if (pe_x_at(x, i, "第") && pe_x_find(x, i, i + 5 < e ? i + 5 : e, "节") != (size_t) -1)
		return 3;
	{
		size_t		j = i;

		while (j < e && j < i + 3 && (x->cp[j] == 0x4E00 || x->cp[j] == 0x4E8C ||
									  x->cp[j] == 0x4E09 || x->cp[j] == 0x56DB ||
									  x->cp[j] == 0x4E94 || x->cp[j] == 0x516D ||
									  x->cp[j] == 0x4E03 || x->cp[j] == 0x516B ||
									  x->cp[j] == 0x4E5D || x->cp[j] == 0x5341))
			j++;
		if (j > i && j < e && x->cp[j] == 0x3001)
			return 2;
		if (i < e && (x->cp[i] == '(' || x->cp[i] == 0xFF08) && j == i)
		{
			j = i + 1;
			while (j < e && j < i + 4 && (x->cp[j] == 0x4E00 || x->cp[j] == 0x4E8C ||
										  x->cp[j] == 0x4E09 || x->cp[j] == 0x56DB ||
										  x->cp[j] == 0x4E94 || x->cp[j] == 0x516D ||
										  x->cp[j] == 0x4E03 || x->cp[j] == 0x516B ||
										  x->cp[j] == 0x4E5D || x->cp[j] == 0x5341))
				j++;
			if (j > i + 1 && j < e && (x->cp[j] == ')' || x->cp[j] == 0xFF09))
				return 3;
		}
	}
	return 0;
}

static void
pe_section_update(pe_x *x, size_t s, size_t e, int level)
{
	size_t		i = s;
	int			l;

	while (i < e && (x->cp[i] == ' ' || x->cp[i] == 0x3000 || x->cp[i] == '\t'))
		i++;
	while (e > i && (x->cp[e - 1] == ' ' || x->cp[e - 1] == '\r'))
		e--;
	x->sec_s[level] = i;
	x->sec_e[level] = e;
	for (l = level + 1; l < 4; l++)
		x->sec_s[l] = x->sec_e[l] = 0;
	/* build "A > B > C" */
	{
		size_t		total = 1;
		char	   *o,
				   *p;

		for (l = 0; l < 4; l++)
			if (x->sec_e[l] > x->sec_s[l])
				total += x->boff[x->sec_e[l]] - x->boff[x->sec_s[l]] + 3;
		o = pe_arena_alloc(x->arena, total);
		if (!o)
			return;
		p = o;
		for (l = 0; l < 4; l++)
			if (x->sec_e[l] > x->sec_s[l])
			{
				size_t		bl = x->boff[x->sec_e[l]] - x->boff[x->sec_s[l]];

				if (p != o)
				{
					memcpy(p, " > ", 3);
					p += 3;
				}
				memcpy(p, x->doc + x->boff[x->sec_s[l]], bl);
				p += bl;
			}
		*p = '\0';
		x->section = o;
	}
}

/* a comma between digit groups: 1,000 (three digits, then no digit) */
static int
pe_thousands_sep(const pe_x *x, size_t k)
{
	return (x->cp[k] == ',' || x->cp[k] == 0xFF0C) && k > 0 && k + 3 < x->n &&
		pe_x_digit(x->cp[k - 1]) >= 0 && pe_x_digit(x->cp[k + 1]) >= 0 &&
		pe_x_digit(x->cp[k + 2]) >= 0 && pe_x_digit(x->cp[k + 3]) >= 0 &&
		(k + 4 >= x->n || pe_x_digit(x->cp[k + 4]) < 0);
}

/*
 * Does the sentence [ss, se) hold a digit or a Chinese-numeral candidate
 * (x_han_candidate)?  Only such sentences are read clause by clause.
 */
int
pe_sentence_figure(const pe_x *x, size_t ss, size_t se, unsigned flags)
{
	size_t		i;

	if (flags & SF_DIGIT)
		return 1;
	if (!(flags & SF_HAN))
		return 0;
	for (i = ss; i < se; i++)
		if (x_han_lead(x->cp[i]) && x_han_candidate(x, i))
			return 1;
	return 0;
}


/*
 * The last sentence that may give a row: nothing after it can (the
 * running context only flows forward), so the pass stops there.
 * (size_t) -1 when there is none.
 */
size_t
pe_last_figure_sentence(const pe_x *x, const pe_sentences *sn)
{
	size_t		k = sn->n + 1;

	while (k-- > 0)
	{
		size_t		se = k < sn->n ? sn->end[k] : x->n,
					ss = k > 0 ? sn->end[k - 1] + 1 : 0;
		unsigned	f = k < sn->n ? sn->flags[k] : sn->last_flags;

		if (se > ss && !x->skip[ss] && pe_sentence_figure(x, ss, se, f))
			return k;
	}
	return (size_t) -1;
}

/* the documents of a text: their first characters, in order */
typedef struct doc_list
{
	size_t	   *starts;
	size_t		n;
	size_t		next;			/* the next document to start */
} doc_list;

/*
 * Documents pasted into one text: the outline concern splits them (one
 * line holds one document).  -1 when out of memory.
 */
static int
split_documents(pe_x *x, size_t nlines, doc_list *dl)
{
	pe_text_span *spans = NULL;
	size_t		nspans = 0,
				i;

	if (nlines > 0 &&
		pe_split_documents(x->doc, x->len, x->arena, &spans, &nspans) < 0)
		return -1;
	dl->starts = pe_arena_alloc(x->arena, (nspans + 1) * sizeof(size_t));
	if (!dl->starts)
		return -1;
	for (i = 0; i < nspans; i++)
		dl->starts[i] = pe_x_char_of(x, spans[i].start);
	dl->n = nspans;
	dl->next = 1;
	return 0;
}

/*
 * At the end of the line [line_s, se): the next of several pasted
 * documents starts (pe_split_documents), or a heading line updates the
 * section path and the running context.
 */
static void
line_end(pe_x *x, pe_xdoc *d, doc_list *dl, size_t line_s, size_t se, int report_year)
{
	int			lvl;

	if (dl->next < dl->n && se + 1 >= dl->starts[dl->next])
	{
		d->start = dl->starts[dl->next];
		d->end = dl->next + 1 < dl->n ? dl->starts[dl->next + 1] : x->n;
		dl->next++;
		pe_doc_facts(x, d, report_year);
		memset(x->sec_s, 0, sizeof(x->sec_s));
		memset(x->sec_e, 0, sizeof(x->sec_e));
		x->section = NULL;
	}
	else if ((lvl = pe_heading_level(x, line_s, se)) > 0 && !x->skip[line_s])
	{
		pe_section_update(x, line_s, se, lvl);
		/* a vision year (2035年远景目标) ends with its section */
		if (d->plan_end && d->ctx_year > d->plan_end)
		{
			d->ctx_year = d->plan_end;
			d->ctx_why = pe_why_at(PE_WHY_VISION_END, line_s, 0);
		}
		(void) pe_kind_sentence(x, d, line_s, se);
	}
}

/*
 * The sentence [ss, se): the running context from its opening, then,
 * where it holds a figure, its clauses (split at , ; : but not inside
 * 1,000).
 */
static void
read_sentence(pe_x *x, pe_xdoc *d, size_t ss, size_t se, int figure)
{
	sentence_state st;
	size_t		cs = ss,
				j;
	int			own = pe_kind_sentence(x, d, ss, se);

#ifdef PE_EXTRACT_DEBUG
	fprintf(stderr, "ctx %d %d @%zu %.60s\n", d->ctx_kind, d->ctx_year, ss, x->doc + x->boff[ss]);
#endif
	memset(&st, 0, sizeof(st));
	st.kind = d->ctx_kind;
	st.year = d->ctx_year;
	st.why = d->ctx_why;
	st.rank = own ? PE_CUE_RANK_STANCE : d->ctx_rank;
	/* clauses only matter where there is a figure */
	if (!figure)
		return;
	pe_kind_sentence_start(x, d, &st, ss, se);
	for (j = ss; j <= se; j++)
	{
		if (j == se || (is_sep(x->cp[j]) && !pe_thousands_sep(x, j)))
		{
			if (j > cs)
				clause_read(x, d, &st, cs, j);
			cs = j + 1;
		}
	}
}

/*
 * Documents, sentences, clauses: one pass from sentence end to sentence
 * end up to the last sentence with a figure.  Sets *nspans to the number
 * of pasted documents; -1 when out of memory.
 */
int
pe_read_sentences(pe_x *x, const pe_sentences *sn, size_t last_fig,
				  int report_year, size_t *nspans, pe_extract_result *result)
{
	size_t		ss = 0,			/* sentence start */
				checked = 0,
				line_s = 0,
				k;
	pe_xdoc		d;
	doc_list	dl;

	if (split_documents(x, sn->nlines, &dl) < 0)
		return -1;
	*nspans = dl.n;
	memset(&d, 0, sizeof(d));
	d.start = 0;
	d.end = dl.n > 1 ? dl.starts[1] : x->n;
	pe_doc_facts(x, &d, report_year);
	for (k = 0; k <= last_fig; k++)
	{
		size_t		se = k < sn->n ? sn->end[k] : x->n;

		if (x->interrupt && se - checked >= 0x4000)
		{
			checked = se;
			if (x->interrupt(x->interrupt_arg))
			{
				result->aborted = 1;
				break;
			}
		}
		if (se == x->n || x->cp[se] == '\n')
		{
			line_end(x, &d, &dl, line_s, se, report_year);
			line_s = se + 1;
		}
		if (se > ss && !x->skip[ss])
			read_sentence(x, &d, ss, se, k == last_fig ||
						  pe_sentence_figure(x, ss, se, k < sn->n ? sn->flags[k] : sn->last_flags));
		ss = se + 1;
	}
	return 0;
}
