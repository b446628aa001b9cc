/*-------------------------------------------------------------------------
 *
 * ts_headline.c
 *	  plan_parser's headline function: ts_headline marks only the spans
 *	  of the text that satisfy the query.
 *
 * PostgreSQL's prsd_headline marks every token that matches any operand
 * of the query, so for a phrase (城镇调查失业率 = 城镇 <-> 调查失业率, or the
 * alternatives plan_tsquery expands) it also marks a lone 城镇 in
 * 城镇新增就业.  plan_prs_headline lets prsd_headline do everything else
 * (the options StartSel, StopSel, MaxWords, MinWords, ShortWord,
 * HighlightAll, MaxFragments, FragmentDelimiter and the choice of
 * fragments) and then selects instead: the query is split into its
 * leaves (phrases and single lexemes outside a phrase, never under NOT);
 * each place where a leaf matches, evaluated with TS_execute over the
 * token positions to_tsvector would give, becomes one span, and a span
 * is wrapped as a whole (<b>生产总值增长</b>, not <b>生产总值</b><b>增长</b>).
 * Nothing is marked when the text does not satisfy the whole query.
 * Tokens are never cut or changed, so the headline without its marks is
 * the text.
 *
 * IDENTIFICATION
 *	  src/ts_headline.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "nodes/pg_list.h"
#include "tsearch/ts_public.h"
#include "tsearch/ts_type.h"
#include "tsearch/ts_utils.h"
#include "utils/fmgrprotos.h"

#include "pe_segment.h"

/* positions of each operand of the query, and the window being tested */
typedef struct hl_state
{
	QueryItem  *base;
	int		  **pos;			/* per query item: ascending positions */
	int		   *npos;
	int		   *cap;
	int			lo,
				hi;				/* window, inclusive */
} hl_state;

static TSTernaryValue
hl_check(void *arg, QueryOperand *val, ExecPhraseData *data)
{
	hl_state   *st = arg;
	int			j = (QueryItem *) val - st->base,
				i,
				k = 0;
	int		   *p = st->pos[j];
	int			n = st->npos[j];

	for (i = 0; i < n && p[i] < st->lo; i++)
		;
	if (data == NULL)
		return i < n && p[i] <= st->hi ? TS_YES : TS_NO;
	for (; i < n && p[i] <= st->hi; i++)
	{
		if (k == 0)
		{
			data->pos = palloc(sizeof(WordEntryPos) * (n - i));
			data->allocated = true;
		}
		data->pos[k++] = (WordEntryPos) p[i];
	}
	data->npos = k;
	return k > 0 ? TS_YES : TS_NO;
}

static bool
hl_match(hl_state *st, QueryItem *item, int lo, int hi)
{
	st->lo = lo;
	st->hi = hi;
	return TS_execute(item, st, TS_EXEC_EMPTY, hl_check);
}

/* the widest match of item, in positions less one */
static int
hl_width(QueryItem *item)
{
	check_stack_depth();
	if (item->type == QI_VAL)
		return 0;
	if (item->qoperator.oper == OP_NOT)
		return hl_width(item + 1);
	if (item->qoperator.oper == OP_PHRASE)
		return hl_width(item + item->qoperator.left) + item->qoperator.distance +
			hl_width(item + 1);
	return Max(hl_width(item + 1), hl_width(item + item->qoperator.left));
}

/* the leaves of the query: phrases and lexemes outside phrases, not negated */
static void
hl_leaves(QueryItem *item, List **out)
{
	check_stack_depth();
	if (item->type == QI_VAL || item->qoperator.oper == OP_PHRASE)
		*out = lappend(*out, item);
	else if (item->qoperator.oper != OP_NOT)
	{
		hl_leaves(item + 1, out);
		hl_leaves(item + item->qoperator.left, out);
	}
}

/* the operands under item */
static void
hl_operands(QueryItem *item, QueryItem *base, bool *used)
{
	check_stack_depth();
	if (item->type == QI_VAL)
		used[item - base] = true;
	else
	{
		hl_operands(item + 1, base, used);
		if (item->qoperator.oper != OP_NOT)
			hl_operands(item + item->qoperator.left, base, used);
	}
}

/* record that operand j of the query occurs at position pos */
static void
hl_add_pos(hl_state *st, int j, int pos)
{
	if (st->npos[j] > 0 && st->pos[j][st->npos[j] - 1] >= pos)
		return;
	if (st->npos[j] == st->cap[j])
	{
		st->cap[j] = st->cap[j] ? st->cap[j] * 2 : 8;
		st->pos[j] = st->pos[j] ? repalloc(st->pos[j], sizeof(int) * st->cap[j]) :
			palloc(sizeof(int) * st->cap[j]);
	}
	st->pos[j][st->npos[j]++] = pos;
}

/*
 * Positions as to_tsvector gives them: one per word-like token, two for a
 * number with its unit (2035年: the unit at the next one, see
 * pe_token_pieces).  Fills the operands' positions in st and the word
 * index of each position in firstword; returns the last position.
 */
static int
hl_positions(HeadlineParsedText *prs, TSQuery query, hl_state *st, int *firstword)
{
	QueryItem  *base = GETQUERY(query);
	char	   *operands = GETOPERAND(query);
	int			i,
				pos = 0,
				extra = 0;
	char		unit[32];
	size_t		unitlen = 0;

	for (i = 0; i < prs->curwords; i++)
	{
		HeadlineWordEntry *w = &prs->words[i];
		int			p = pos;

		if (!w->repeated)
		{
			pe_span		piece[2];

			pos += extra;
			extra = 0;
			if (w->type == PE_TOK_BLANK)
				continue;
			firstword[++pos] = i;
			p = pos;
			if (pe_token_pieces(w->word, w->len, piece) == 2 && piece[1].len * 3 < sizeof(unit))
			{
				unitlen = pe_fold_into(w->word + piece[1].off, piece[1].len, unit);
				extra = 1;
				firstword[pos + 1] = i;
			}
		}
		else if (w->type == PE_TOK_BLANK)
			continue;
		if (w->item == NULL)
			continue;
		/* the operand the unit matched is at the unit's position */
		if (extra && w->item->length == unitlen &&
			memcmp(operands + w->item->distance, unit, unitlen) == 0)
			p = pos + 1;
		hl_add_pos(st, (QueryItem *) w->item - base, p);
	}
	return pos + extra;
}

PG_FUNCTION_INFO_V1(plan_prs_headline);
Datum
plan_prs_headline(PG_FUNCTION_ARGS)
{
	HeadlineParsedText *prs = (HeadlineParsedText *) PG_GETARG_POINTER(0);
	TSQuery		query = PG_GETARG_TSQUERY(2);
	QueryItem  *base;
	hl_state	st;
	int		   *firstword;		/* word index of each position */
	int		   *mark;			/* match number of each word, 0 for none */
	int			nmatch = 0;
	bool	   *used;
	int			i,
				pos = 0;
	List	   *leaves = NIL;
	ListCell   *lc;

	/* PostgreSQL's headline: options, fragments, selection strings */
	DirectFunctionCall3(prsd_headline, PG_GETARG_DATUM(0), PG_GETARG_DATUM(1),
						PG_GETARG_DATUM(2));
	for (i = 0; i < prs->curwords; i++)
		prs->words[i].selected = 0;
	if (query->size == 0 || prs->curwords == 0)
		PG_RETURN_POINTER(prs);

	base = GETQUERY(query);
	st.base = base;
	st.pos = palloc0(sizeof(int *) * query->size);
	st.npos = palloc0(sizeof(int) * query->size);
	st.cap = palloc0(sizeof(int) * query->size);
	firstword = palloc0(sizeof(int) * (2 * prs->curwords + 2));
	mark = palloc0(sizeof(int) * prs->curwords);
	used = palloc0(sizeof(bool) * query->size);

	pos = hl_positions(prs, query, &st, firstword);
	if (pos == 0 || !hl_match(&st, base, 1, pos))
		PG_RETURN_POINTER(prs);

	hl_leaves(base, &leaves);
	foreach(lc, leaves)
	{
		QueryItem  *leaf = lfirst(lc);
		int			width = hl_width(leaf),
					j,
					s;
		bool	   *start = palloc0(sizeof(bool) * (pos + 2));

		memset(used, 0, sizeof(bool) * query->size);
		hl_operands(leaf, base, used);
		for (j = 0; j < query->size; j++)
			if (used[j])
			{
				int			k;

				for (k = 0; k < st.npos[j]; k++)
					start[st.pos[j][k]] = true;
			}
		for (s = 1; s <= pos; s++)
		{
			int			e;

			if (!start[s])
				continue;
			CHECK_FOR_INTERRUPTS();
			for (e = s; e <= pos && e <= s + width; e++)
			{
				if (hl_match(&st, leaf, s, e) && (e == s || !hl_match(&st, leaf, s + 1, e)))
				{
					int			a = firstword[s],
								b = firstword[e];

					nmatch++;
					for (j = a; j <= b; j++)
						mark[j] = nmatch;
					/* the entries repeating the last word */
					for (j = b + 1; j < prs->curwords && prs->words[j].repeated; j++)
						mark[j] = nmatch;
					break;
				}
			}
		}
		pfree(start);
	}

	/* one selected entry per match: a run of words of one match in the headline */
	for (i = 0; i < prs->curwords;)
	{
		HeadlineWordEntry *w = &prs->words[i];
		int			e,
					j;
		size_t		total = 0;

		if (!mark[i] || !w->in || w->repeated)
		{
			i++;
			continue;
		}
		for (e = i; e < prs->curwords && mark[e] == mark[i] &&
			 (prs->words[e].in || prs->words[e].repeated); e++)
			if (!prs->words[e].repeated)
				total += prs->words[e].len;
		if (total < 0xFFFF)
		{
			char	   *buf = palloc(total);
			size_t		off = 0;

			for (j = i; j < e; j++)
				if (!prs->words[j].repeated)
				{
					memcpy(buf + off, prs->words[j].word, prs->words[j].len);
					off += prs->words[j].len;
					if (j > i)
						prs->words[j].skip = 1;
				}
			w->word = buf;
			w->len = total;
			w->selected = 1;
		}
		else
		{
			for (j = i; j < e; j++)
				if (!prs->words[j].repeated)
					prs->words[j].selected = 1;
		}
		i = e;
	}
	PG_RETURN_POINTER(prs);
}
