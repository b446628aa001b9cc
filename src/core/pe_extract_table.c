/*-------------------------------------------------------------------------
 *
 * pe_extract_table.c
 *	  Read indicator tables that were flattened to one cell per line.
 *
 * Plans print their main indicators as a table (指标 | 2020年基数 |
 * "十四五"目标 | 属性).  Copied as text, each cell lands on its own line and
 * empty cells vanish:
 *
 *	   指标 / 2020年基数 / “十四五”目标 / 属性 / 一、经济发展 / 1 /
 *	   地区生产总值增长(%) / 年均增长7.3 / 年均增长8左右 / 预期性 / 2 / …
 *
 * The reader finds the header (a line "指标" followed by column titles),
 * then walks the body: a bare integer starts a row, the next text line is
 * its name (unit in the last parentheses), value cells follow, 预期性 /
 * 约束性 set the attribute for this and the following rows (the cell is
 * merged over a group), a group title (一、…) is skipped, and a second
 * name line inside a row starts a sub-row.  Cells are assigned to the
 * baseline and target columns: two cells fill both; a single cell is a
 * target when it is written as one (左右, 以上, 【】, 年均增长, 增加, or
 * words such as 按省下达目标), else the baseline.
 *
 * IDENTIFICATION
 *	  src/core/pe_extract_table.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_extract_int.h"
#include "pe_kind.h"

#include <stdlib.h>
#include <string.h>

#define MAXCELLS 8

typedef struct line
{
	size_t		s;				/* first non-blank char */
	size_t		e;				/* end (before newline, trailing blanks cut) */
	size_t		ls;				/* raw line start */
} line;

typedef struct cell
{
	size_t		s,
				e;
	int			empty;			/* — */
	int			numeric;
} cell;

static int
is_blank(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == 0x3000 || c == 0xA0;
}

/* read the line starting at i; returns the index after its newline */
static size_t
read_line(pe_x *x, size_t i, line *l)
{
	size_t		j = i;

	l->ls = i;
	while (j < x->n && x->cp[j] != '\n')
		j++;
	l->s = i;
	l->e = j;
	while (l->s < l->e && is_blank(x->cp[l->s]))
		l->s++;
	while (l->e > l->s && is_blank(x->cp[l->e - 1]))
		l->e--;
	return j < x->n ? j + 1 : j;
}

static int
line_is(pe_x *x, line *l, const char *lit)
{
	size_t		m = pe_x_at(x, l->s, lit);

	return m && l->s + m == l->e;
}

static int
line_int(pe_x *x, line *l)
{
	size_t		i;
	int			v = 0;

	if (l->e <= l->s || l->e - l->s > 3)
		return 0;
	for (i = l->s; i < l->e; i++)
	{
		int			d = pe_x_digit(x->cp[i]);

		if (d < 0)
			return 0;
		v = v * 10 + d;
	}
	return v;
}

static int
has_digit(pe_x *x, size_t s, size_t e)
{
	size_t		i;

	for (i = s; i < e; i++)
		if (pe_x_digit(x->cp[i]) >= 0)
			return 1;
	return 0;
}

/* 一、经济发展 / (一)… : a group title inside the table */
static int
is_group_title(pe_x *x, line *l)
{
	size_t		i = l->s;

	while (i < l->e && i < l->s + 3 && pe_is_han(x->cp[i]) &&
		   (x->cp[i] == 0x4E00 || x->cp[i] == 0x4E8C || x->cp[i] == 0x4E09 ||
			x->cp[i] == 0x56DB || x->cp[i] == 0x4E94 || x->cp[i] == 0x516D ||
			x->cp[i] == 0x4E03 || x->cp[i] == 0x516B || x->cp[i] == 0x4E5D ||
			x->cp[i] == 0x5341))
		i++;
	return i > l->s && i < l->e && x->cp[i] == 0x3001;
}

/* a cell written as a value: digits with at most a few words around */
static int
is_value_cell(pe_x *x, line *l)
{
	size_t		i;
	int			han = 0;

	if (!has_digit(x, l->s, l->e))
		return 0;
	if (l->e - l->s > 16)
		return 0;
	/* a name with a number inside (每千人口拥有3岁以下婴幼儿托位数) is not */
	if (l->e > l->s && (x->cp[l->e - 1] == ')' || x->cp[l->e - 1] == 0xFF09))
		return 0;
	for (i = l->s; i < l->e; i++)
		if (pe_is_han(x->cp[i]))
			han++;
	return han <= 6;
}

static int
is_empty_cell(pe_x *x, line *l)
{
	return line_is(x, l, "—") || line_is(x, l, "——") || line_is(x, l, "-") ||
		line_is(x, l, "/") || line_is(x, l, "－") || line_is(x, l, "--");
}

/* the unit in the last parentheses of a name: 地区生产总值增长(%) */
static void
name_unit(pe_x *x, size_t s, size_t e, size_t *name_e, const char **unit)
{
	size_t		i;

	*name_e = e;
	*unit = NULL;
	if (e - s < 3 || (x->cp[e - 1] != ')' && x->cp[e - 1] != 0xFF09))
		return;
	for (i = e - 1; i > s; i--)
		if (x->cp[i - 1] == '(' || x->cp[i - 1] == 0xFF08)
			break;
	if (i <= s)
		return;
	/* i is the first char inside the parentheses */
	{
		size_t		ul = pe_x_unit_at(x, i);

		if (ul && i + ul == e - 1)
		{
			*name_e = i - 1;
			if (ul == 1 && x->cp[i] == 0xFF05)
				*unit = "%";
			else
				*unit = pe_x_str(x, i, i + ul);
		}
	}
}

/* column years and kinds from the header cells */
typedef struct columns
{
	int			base_year;
	int			target_year;
	int			ncols;			/* value columns */
} columns;

static int
year_in(pe_x *x, size_t s, size_t e)
{
	size_t		i;

	for (i = s; i + 4 < e + 1; i++)
	{
		int			y = 0,
					k;

		for (k = 0; k < 4 && i + k < e; k++)
		{
			int			d = pe_x_digit(x->cp[i + k]);

			if (d < 0)
				break;
			y = y * 10 + d;
		}
		if (k == 4 && y >= 1949 && y <= 2100)
			return y;
	}
	return 0;
}

/* emit a row for a cell */
static void
emit_cell(pe_x *x, const char *name, const char *unit, int name_growth,
		  cell *c, int is_target, columns *cols, pe_attribute attr,
		  int row_no, const char *section)
{
	pe_indicator *r;
	size_t		i = c->s,
				e = c->e;
	int			sign = 1,
				change = 0,
				avg = 0;
	const char *cell_unit = NULL;
	char		num[40];
	pe_num		v;
	size_t		nl;

	r = pe_x_new_row(x);
	if (!r)
		return;
	r->indicator = name;
	r->section = section;
	r->kind = is_target ? PE_KIND_TARGET : PE_KIND_ACTUAL;
	r->year = is_target ? cols->target_year : cols->base_year;
	r->why = is_target ? PE_WHY_TABLE_TARGET : PE_WHY_TABLE_BASE;
	r->why_pos = c->s;			/* the cell: no cue word */
	r->attribute = attr;
	r->table_row = row_no;
	r->measure = name_growth ? PE_MEASURE_GROWTH : PE_MEASURE_LEVEL;
	pe_x_quote(x, r, c->s, c->e);
	if (!c->numeric)
	{
		/* qualitative cell: value NULL, wording in the quote */
		r->unit = unit;
		return;
	}
	/* leading words */
	while (i < e && pe_x_digit(x->cp[i]) < 0 && x->cp[i] != '-' &&
		   x->cp[i] != 0x3010 && x->cp[i] != 0xFF0D)
	{
		size_t		m;

		if ((m = pe_x_at(x, i, "年均")))
		{
			avg = 1;
			i += m;
		}
		else if ((m = pe_x_at(x, i, "增长")) || (m = pe_x_at(x, i, "增加")) ||
				 (m = pe_x_at(x, i, "提高")) || (m = pe_x_at(x, i, "提升")))
		{
			change = 1;
			i += m;
		}
		else if ((m = pe_x_at(x, i, "下降")) || (m = pe_x_at(x, i, "降低")) ||
				 (m = pe_x_at(x, i, "减少")))
		{
			change = 1;
			sign = -sign;
			i += m;
		}
		else
			i++;
	}
	if (i < e && (x->cp[i] == '-' || x->cp[i] == 0xFF0D || x->cp[i] == 0x2212))
	{
		sign = -sign;
		i++;
	}
	if (i < e && x->cp[i] == 0x3010)
	{
		r->period = PE_PERIOD_CUMULATIVE;
		i++;
	}
	if (i >= e || pe_x_digit(x->cp[i]) < 0)
	{
		r->unit = unit;
		return;
	}
	nl = pe_x_number(x, i, num, sizeof(num), &v);
	if (nl == 0)
	{
		r->unit = unit;
		return;
	}
	i += nl;
	if (i < e && x->cp[i] == 0x3011)
		i++;
	{
		size_t		ul = pe_x_unit_at(x, i);

		if (ul && i + ul <= e)
		{
			cell_unit = (ul == 1 && x->cp[i] == 0xFF05) ? "%" : pe_x_str(x, i, i + ul);
			i += ul;
		}
	}
	if (i < e && x->cp[i] == 0x3011)
		i++;
	if (pe_x_at(x, i, "左右"))
		r->qualifier = PE_QUAL_ABOUT;
	else if (pe_x_at(x, i, "以上"))
		r->qualifier = PE_QUAL_AT_LEAST;
	else if (pe_x_at(x, i, "以内") || pe_x_at(x, i, "以下"))
		r->qualifier = PE_QUAL_AT_MOST;
	r->unit = cell_unit ? cell_unit : unit;
	if (sign < 0)
	{
		char	   *o = pe_arena_alloc(x->arena, strlen(num) + 2);

		if (o)
		{
			o[0] = '-';
			strcpy(o + 1, num);
		}
		r->value = o ? o : pe_arena_strndup(x->arena, num, strlen(num));
	}
	else
	{
		r->value = pe_arena_strndup(x->arena, num, strlen(num));
	}
	if (avg)
		r->period = PE_PERIOD_ANNUAL_AVG;
	if (change)
	{
		if (r->unit && (strcmp(r->unit, "%") == 0) && !name_growth)
			r->measure = PE_MEASURE_GROWTH;
		else if (!name_growth)
			r->measure = PE_MEASURE_DELTA;
	}
}

/* is a single cell written as a target? */
static int
looks_target(pe_x *x, cell *c)
{
	if (!c->numeric)
		return 1;
	return pe_x_find(x, c->s, c->e, "左右") != (size_t) -1 ||
		pe_x_find(x, c->s, c->e, "以上") != (size_t) -1 ||
		pe_x_find(x, c->s, c->e, "以内") != (size_t) -1 ||
		pe_x_find(x, c->s, c->e, "【") != (size_t) -1 ||
		pe_x_find(x, c->s, c->e, "年均") != (size_t) -1 ||
		pe_x_find(x, c->s, c->e, "增加") != (size_t) -1;
}

typedef struct subrow
{
	size_t		ns,
				ne;				/* name */
	cell		cells[MAXCELLS];
	int			ncells;
} subrow;

static void
flush_subrow(pe_x *x, subrow *sr, columns *cols, pe_attribute attr, int row_no,
			 const char *section)
{
	size_t		name_e;
	const char *unit;
	int			growth = 0,
				k;
	char	   *name;

	if (sr->ne <= sr->ns || sr->ncells == 0)
		return;
	name_unit(x, sr->ns, sr->ne, &name_e, &unit);
	/* 地区生产总值增长(%) -> 地区生产总值, growth */
	if (name_e >= sr->ns + 3 && (pe_x_before(x, name_e, "增长") || pe_x_before(x, name_e, "增速")))
	{
		growth = 1;
		name_e -= 2;
	}
	name = pe_x_str(x, sr->ns, name_e);
	for (k = 0; k < sr->ncells; k++)
	{
		cell	   *c = &sr->cells[k];
		int			target;

		if (c->empty)
			continue;
		if (sr->ncells == 1)
			target = looks_target(x, c);
		else
			target = k > 0;
		emit_cell(x, name, unit, growth, c, target, cols, attr, row_no, section);
	}
}

void
pe_extract_tables(pe_x *x, int report_year)
{
	size_t		i = 0;

	(void) report_year;
	while (i < x->n)
	{
		line		l;
		size_t		next = read_line(x, i, &l);

		if (line_is(x, &l, "指标") || line_is(x, &l, "指标名称") ||
			line_is(x, &l, "主要指标"))
		{
			/* header: up to 6 short lines naming the columns */
			columns		cols;
			size_t		j = next,
						title_s = 0,
						title_e = 0;
			int			hdr = 0,
						k;
			char	   *section = NULL;

			memset(&cols, 0, sizeof(cols));
			for (k = 0; k < 6 && j < x->n; k++)
			{
				line		h;
				size_t		nj = read_line(x, j, &h);

				if (h.e == h.s)
				{
					j = nj;
					continue;
				}
				if (line_int(x, &h) || is_group_title(x, &h))
					break;
				if (pe_x_find(x, h.s, h.e, "属性") != (size_t) -1 ||
					pe_x_find(x, h.s, h.e, "单位") != (size_t) -1)
					hdr++;
				else if (pe_x_find(x, h.s, h.e, "目标") != (size_t) -1 ||
						 pe_x_find(x, h.s, h.e, "规划") != (size_t) -1)
				{
					int			y = year_in(x, h.s, h.e);

					if (!y && (pe_x_find(x, h.s, h.e, "十四五") != (size_t) -1))
						y = 2025;
					cols.target_year = y;
					hdr++;
				}
				else if (pe_x_find(x, h.s, h.e, "基数") != (size_t) -1 ||
						 pe_x_find(x, h.s, h.e, "基期") != (size_t) -1 ||
						 pe_x_find(x, h.s, h.e, "现状") != (size_t) -1 ||
						 year_in(x, h.s, h.e))
				{
					cols.base_year = year_in(x, h.s, h.e);
					hdr++;
				}
				else
					break;
				j = nj;
			}
			if (hdr >= 2)
			{
				/* title: the previous non-empty line */
				size_t		p = l.ls;
				subrow		sr;
				int			row_no = 0;
				pe_attribute attr = PE_ATTR_NONE;
				int			stray = 0;
				size_t		last_end = j;

				if (p > 0)
				{
					size_t		pe = p - 1,
								ps;

					while (pe > 0 && (x->cp[pe - 1] == '\n' || is_blank(x->cp[pe - 1])))
						pe--;
					ps = pe;
					while (ps > 0 && x->cp[ps - 1] != '\n')
						ps--;
					if (pe > ps && pe - ps <= 60)
					{
						title_s = ps;
						title_e = pe;
						section = pe_x_str(x, title_s, title_e);
					}
				}
				if (cols.target_year && !cols.base_year)
					cols.base_year = cols.target_year - 5;
				if (cols.base_year && !cols.target_year)
					cols.target_year = cols.base_year + 5;
				memset(&sr, 0, sizeof(sr));
				/* mark header lines */
				{
					size_t		q;

					for (q = l.ls; q < j; q++)
						x->skip[q] = 1;
				}
				while (j < x->n)
				{
					line		b;
					size_t		nj = read_line(x, j, &b);
					int			num;

					if (x->interrupt && ((j & 0xFFF) == 0) && x->interrupt(x->interrupt_arg))
						break;
					if (b.e == b.s)
					{
						x->skip[b.ls] = 1;
						j = nj;
						continue;
					}
					if (b.e - b.s > 40 || pe_x_at(x, b.s, "备注") || pe_x_at(x, b.s, "注:") ||
						pe_x_at(x, b.s, "注：") || pe_x_find(x, b.s, b.e, "。") != (size_t) -1)
						break;
					num = line_int(x, &b);
					if (num > 0 && num == row_no + 1)
					{
						flush_subrow(x, &sr, &cols, attr, row_no, section);
						memset(&sr, 0, sizeof(sr));
						row_no = num;
						stray = 0;
					}
					else if (line_is(x, &b, "预期性") || line_is(x, &b, "约束性"))
					{
						attr = line_is(x, &b, "预期性") ? PE_ATTR_EXPECTED : PE_ATTR_BINDING;
						/* the attribute cell belongs to the current row too */
						flush_subrow(x, &sr, &cols, attr, row_no, section);
						memset(&sr, 0, sizeof(sr));
					}
					else if (is_group_title(x, &b))
					{
						flush_subrow(x, &sr, &cols, attr, row_no, section);
						memset(&sr, 0, sizeof(sr));
					}
					else if (row_no == 0)
					{
						if (++stray > 3)
							break;
					}
					else if (is_empty_cell(x, &b))
					{
						if (sr.ncells < MAXCELLS)
						{
							sr.cells[sr.ncells].s = b.s;
							sr.cells[sr.ncells].e = b.e;
							sr.cells[sr.ncells].empty = 1;
							sr.ncells++;
						}
					}
					else if (sr.ne > sr.ns && is_value_cell(x, &b))
					{
						if (sr.ncells < MAXCELLS)
						{
							sr.cells[sr.ncells].s = b.s;
							sr.cells[sr.ncells].e = b.e;
							sr.cells[sr.ncells].numeric = 1;
							sr.ncells++;
						}
					}
					else if (sr.ne <= sr.ns ||
							 ((x->cp[b.e - 1] == ')' || x->cp[b.e - 1] == 0xFF09) &&
							  sr.ncells > 0))
					{
						/* a name, or the name of a sub-row */
						if (sr.ne > sr.ns)
						{
							flush_subrow(x, &sr, &cols, attr, row_no, section);
							memset(&sr, 0, sizeof(sr));
						}
						sr.ns = b.s;
						sr.ne = b.e;
					}
					else
					{
						/* qualitative cell: 与经济增长同步, 按省下达目标 */
						if (sr.ncells < MAXCELLS)
						{
							sr.cells[sr.ncells].s = b.s;
							sr.cells[sr.ncells].e = b.e;
							sr.ncells++;
						}
					}
					x->skip[b.ls] = 1;
					if (b.s != b.ls)
						x->skip[b.s] = 1;
					last_end = nj;
					j = nj;
				}
				flush_subrow(x, &sr, &cols, attr, row_no, section);
				(void) last_end;
				i = j;
				continue;
			}
		}
		i = next;
	}
}
