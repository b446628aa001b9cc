/*-------------------------------------------------------------------------
 *
 * ts_expand.c
 *	  The tsquery of one plan_tsquery term with query-side sub-word
 *	  expansion: every way the term can lie in the document's tokens
 *	  without a token boundary cutting one of the term's own words.
 *
 * Documents are indexed one lexeme per token (the whole word; see
 * docs/search.md, "Sub-words").  A term of the query, segmented like the
 * documents into pieces p1..pk, occurs in a document either inside one
 * token (零售总额 in 社会消费品零售总额, 总值 in 地区生产总值) or across
 * consecutive tokens: a first chunk that ends a token, whole middle
 * tokens, a last chunk that starts a token (零售总额 增长 in
 * 社会消费品零售总额|增长).  The chunks are cut only where the term's own
 * segmentation has a boundary, or inside a word that splits into two
 * lexicon words (产业集群 = 产业|集群), so a string that only spans a
 * boundary of the document (和县 in 市政府|和|县委) is not found.  Each
 * chunk becomes the OR of the dictionary entries it can lie in
 * (pe_expand); the alternatives are joined by OR.
 *
 * IDENTIFICATION
 *	  src/ts_expand.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "tsearch/ts_type.h"
#include "utils/builtins.h"

#include "pe_expand.h"
#include "pe_segment.h"
#include "pe_utf8.h"
#include "plan_ext.h"
#include "ts_search.h"

/* cut flags of the positions between slots */
#define CUT_HARD	1			/* a boundary of the term's segmentation */
#define CUT_SOFT	2			/* inside a word, between two lexicon words */
#define CUT_BARRIER 4			/* a blank or a change of script: chunks stop */

/* how many first and last cuts are tried */
#define END_CUTS 3
/* at most this many entries stand for one chunk */
#define MAX_EXPANSION 3000

typedef struct slot
{
	uint32_t	cp;				/* folded Han character, or 0 */
	const char *lexeme;			/* non-Han token: its lexeme */
	int			stop;			/* a one-character stop word token */
} slot;

typedef struct wordset
{
	char	  **w;
	int			n;
	int			cap;
	bool		overflow;
} wordset;

typedef struct expand_state
{
	wordset	   *sets;
} expand_state;

static int
collect(void *arg, int pattern, const uint32_t *word, size_t n)
{
	expand_state *st = arg;
	wordset    *set = &st->sets[pattern];
	char	   *buf;
	size_t		i,
				b = 0;

	if (set->n >= MAX_EXPANSION)
	{
		set->overflow = true;
		return 0;
	}
	buf = palloc(n * 4 + 1);
	for (i = 0; i < n; i++)
		b += pe_utf8_encode(word[i], buf + b);
	buf[b] = '\0';
	if (set->n == set->cap)
	{
		set->cap = set->cap ? set->cap * 2 : 16;
		set->w = set->w ? repalloc(set->w, sizeof(char *) * set->cap) :
			palloc(sizeof(char *) * set->cap);
	}
	set->w[set->n++] = buf;
	return 0;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

static void
wordset_add(wordset *set, const char *w)
{
	if (set->n == set->cap)
	{
		set->cap = set->cap ? set->cap * 2 : 16;
		set->w = set->w ? repalloc(set->w, sizeof(char *) * set->cap) :
			palloc(sizeof(char *) * set->cap);
	}
	set->w[set->n++] = pstrdup(w);
}

static void
wordset_unique(wordset *set)
{
	int			i,
				k = 0;

	if (set->n == 0)
		return;
	qsort(set->w, set->n, sizeof(char *), cmp_str);
	for (i = 1; i < set->n; i++)
		if (strcmp(set->w[i], set->w[k]) != 0)
			set->w[++k] = set->w[i];
	set->n = k + 1;
}

/* a lexeme as a tsquery operand */
static void
append_operand(StringInfo q, const char *w)
{
	appendStringInfoChar(q, '\'');
	for (; *w; w++)
	{
		if (*w == '\'' || *w == '\\')
			appendStringInfoChar(q, '\\');
		appendStringInfoChar(q, *w);
	}
	appendStringInfoChar(q, '\'');
}

/* set->w[lo..hi) as a balanced OR, so that parsing and evaluation stay shallow */
static void
append_or(StringInfo q, const wordset *set, int lo, int hi)
{
	if (hi - lo == 1)
		append_operand(q, set->w[lo]);
	else
	{
		int			mid = lo + (hi - lo) / 2;

		appendStringInfoChar(q, '(');
		append_or(q, set, lo, mid);
		appendStringInfoString(q, " | ");
		append_or(q, set, mid, hi);
		appendStringInfoChar(q, ')');
	}
}

/* the folded text of slots [a, b) of Han characters */
static char *
slots_text(const slot *sl, int a, int b)
{
	char	   *buf = palloc((b - a) * 4 + 1);
	size_t		n = 0;
	int			i;

	for (i = a; i < b; i++)
		n += pe_utf8_encode(sl[i].cp, buf + n);
	buf[n] = '\0';
	return buf;
}

/* are slots [a, b) Han characters not cut by a barrier? */
static bool
han_chunk(const slot *sl, const uint8 *cut, int a, int b)
{
	int			i;

	if (b - a > PE_LEX_MAX_WORD)
		return false;
	for (i = a; i < b; i++)
		if (sl[i].cp == 0 || (i > a && (cut[i] & CUT_BARRIER)))
			return false;
	return true;
}

/* is cps[0..n) an entry of the built-in lexicon or the user words? */
static bool
in_lexset(const pe_lexset *lx, const uint32_t *cps, size_t n)
{
	return pe_trie_contains(lx->builtin, cps, n) ||
		(lx->user != NULL && pe_trie_contains(lx->user, cps, n));
}

/*
 * Is w[0..len) the number of a year in Chinese numerals (二〇三五 of
 * 二〇三五年)?  In the documents it is a lexeme of its own, which no
 * dictionary entry holds.
 */
static bool
numeral_year_number(const char *w, size_t len)
{
	char		buf[64];
	pe_span		pc[2];

	if (len + 3 > sizeof(buf))
		return false;
	memcpy(buf, w, len);
	memcpy(buf + len, "\xe5\xb9\xb4", 3);	/* 年 */
	return pe_token_pieces(buf, len + 3, pc) == 2 && pc[0].len == len;
}

/*
 * The tokens with a number and its unit (2035年, see pe_token_pieces) cut
 * in two, a number and a Han word, as the documents' lexemes are: so
 * 2035年远景 is the number 2035 followed by the Han text 年远景.
 * A per-cent sign is dropped with the number's piece.
 */
static pe_token *
split_pieces(const char *s, pe_token *tok, size_t *ntok)
{
	pe_token   *out = palloc(sizeof(pe_token) * (2 * *ntok + 1));
	size_t		i,
				n = 0;

	for (i = 0; i < *ntok; i++)
	{
		pe_span		piece[2];
		size_t		np = tok[i].type == PE_TOK_BLANK ? 1 :
			pe_token_pieces(s + tok[i].off, tok[i].len, piece);

		out[n] = tok[i];
		if (np == 2)
		{
			out[n].len = piece[0].len;
			out[n].type = PE_TOK_NUMBER;
			out[n].node = 0;
			n++;
			out[n] = tok[i];
			out[n].off = tok[i].off + piece[1].off;
			out[n].len = piece[1].len;
			out[n].type = piece[1].len <= 4 ? PE_TOK_CJKCHAR : PE_TOK_CJKWORD;
			out[n].node = 0;
		}
		else if (tok[i].type != PE_TOK_BLANK)
			out[n].len = piece[0].len;
		n++;
	}
	*ntok = n;
	return out;
}

/*
 * The expanded tsquery of the term s[0..len), or (Datum) 0 when the term
 * has no Chinese to expand (the caller then uses the plain phrase).
 */
Datum
plan_expand_term(Oid fn_oid, const char *s, size_t len)
{
	const pe_lexset *lx = plan_search_lexset(fn_oid);
	pe_arena	arena;
	pe_token   *tok;
	size_t		ntok,
				i;
	slot	   *sl;
	uint8	   *cut;
	int			n = 0,
				nhan = 0,
				ncontent = 0;
	bool		blank_before = false;
	int			prev_han = -1;
	pe_pattern	pats[PE_EXPAND_MAX_PATTERNS];
	int			pat_a[PE_EXPAND_MAX_PATTERNS],
				pat_b[PE_EXPAND_MAX_PATTERNS];
	int			npats = 0;
	uint32_t   *cps;
	int			firsts[END_CUTS],
				lasts[END_CUTS],
				nfirst = 0,
				nlast = 0;
	wordset    *sets;
	expand_state st;
	StringInfoData q;
	int			nalt = 0,
				ai,
				bi;
	Datum		result = (Datum) 0;

	plan_arena_init(&arena);
	if (pe_segment(&arena, s, len, lx, &tok, &ntok) != 0)
	{
		pe_arena_release(&arena);
		return (Datum) 0;
	}
	tok = split_pieces(s, tok, &ntok);
	/* slots: one per Han character, one per other token */
	sl = palloc(sizeof(slot) * (len + 1));
	cut = palloc0(len + 2);
	for (i = 0; i < ntok; i++)
	{
		const char *t = s + tok[i].off;
		bool		han = tok[i].type == PE_TOK_CJKWORD || tok[i].type == PE_TOK_CJKCHAR ||
			tok[i].type == PE_TOK_USERWORD;
		char	   *folded;
		size_t		flen,
					b = 0;
		int			start = n;

		if (tok[i].type == PE_TOK_BLANK)
		{
			blank_before = true;
			continue;
		}
		folded = palloc(tok[i].len * 3 + 1);
		flen = pe_fold_into(t, tok[i].len, folded);
		if (n > 0)
			cut[n] |= CUT_HARD | ((blank_before || !han || prev_han != 1) ? CUT_BARRIER : 0);
		blank_before = false;
		if (han)
		{
			int			stop = tok[i].type == PE_TOK_CJKCHAR && pe_is_stopword(folded, flen);

			while (b < flen)
			{
				sl[n].cp = pe_utf8_next(folded, flen, &b);
				sl[n].lexeme = NULL;
				sl[n].stop = stop;
				n++;
			}
			nhan += n - start;
			if (!stop)
				ncontent++;
			/*
			 * A term that starts with a unit numbers take (万人, 亿元, 年底):
			 * in the documents the unit may end a number (6.7万|人), so
			 * the term may also start after it
			 */
			if (start == 0)
			{
				size_t		u = pe_number_unit_len(folded, flen);

				if (u > 0 && u < flen)
					cut[u / 3] |= CUT_SOFT;
			}
			/* soft cuts: a word of two lexicon words */
			if (n - start >= 4 && n - start <= PE_LEX_MAX_WORD)
			{
				uint32_t	w[PE_LEX_MAX_WORD];
				int			k,
							m = n - start;

				for (k = 0; k < m; k++)
					w[k] = sl[start + k].cp;
				for (k = 2; k + 2 <= m; k++)
					if (in_lexset(lx, w, k) && in_lexset(lx, w + k, m - k))
						cut[start + k] |= CUT_SOFT;
			}
			prev_han = 1;
		}
		else
		{
			sl[n].cp = 0;
			sl[n].lexeme = folded;
			sl[n].stop = 0;
			n++;
			ncontent++;
			prev_han = 0;
		}
	}
	pe_arena_release(&arena);
	if (nhan == 0 || ncontent == 0)
		return (Datum) 0;

	/* the first and last few cuts */
	for (i = 1; (int) i < n && nfirst < END_CUTS; i++)
		if (cut[i] & (CUT_HARD | CUT_SOFT))
			firsts[nfirst++] = (int) i;
	for (i = n - 1; i >= 1 && nlast < END_CUTS; i--)
		if (cut[i] & (CUT_HARD | CUT_SOFT))
			lasts[nlast++] = (int) i;

	/* the patterns: the whole term, first chunks, last chunks */
	cps = palloc(sizeof(uint32_t) * (n + 1));
	for (i = 0; (int) i < n; i++)
		cps[i] = sl[i].cp;
#define ADD_PATTERN(A, B, MODE) \
	do { \
		if (han_chunk(sl, cut, (A), (B)) && npats < PE_EXPAND_MAX_PATTERNS) \
		{ \
			pats[npats].cps = cps + (A); \
			pats[npats].n = (B) - (A); \
			pats[npats].mode = (MODE); \
			pat_a[npats] = (A); \
			pat_b[npats] = (B); \
			npats++; \
		} \
	} while (0)
	ADD_PATTERN(0, n, PE_EXPAND_CONTAINS);
	for (ai = 0; ai < nfirst; ai++)
		ADD_PATTERN(0, firsts[ai], PE_EXPAND_SUFFIX);
	for (bi = 0; bi < nlast; bi++)
		ADD_PATTERN(lasts[bi], n, PE_EXPAND_PREFIX);
	sets = palloc0(sizeof(wordset) * PE_EXPAND_MAX_PATTERNS);
	st.sets = sets;
	if (npats > 0)
		(void) pe_expand(lx, 1, pats, npats, collect, &st);
	for (ai = 0; ai < npats; ai++)
	{
		/* a single character is a token of its own (cjkchar) */
		if (pats[ai].n == 1 && !sl[pat_a[ai]].stop)
			wordset_add(&sets[ai], slots_text(sl, pat_a[ai], pat_b[ai]));
		else if (pats[ai].mode == PE_EXPAND_CONTAINS && pats[ai].n == 4)
		{
			char	   *w = slots_text(sl, pat_a[ai], pat_b[ai]);

			if (numeral_year_number(w, strlen(w)))
				wordset_add(&sets[ai], w);
		}
		wordset_unique(&sets[ai]);
	}

	initStringInfo(&q);
	/* inside one token */
	if (npats > 0 && pats[0].mode == PE_EXPAND_CONTAINS && pat_a[0] == 0 && pat_b[0] == n &&
		sets[0].n > 0)
	{
		append_or(&q, &sets[0], 0, sets[0].n);
		nalt++;
	}
	/* across tokens: first chunk [0, a), whole tokens [a, b), last chunk [b, n) */
	for (ai = 0; ai < nfirst; ai++)
		for (bi = 0; bi < nlast; bi++)
		{
			int			a = firsts[ai],
						b = lasts[bi],
						p,
						j,
						dist = 0,
						nparts = 0;
			const wordset *first = NULL,
					   *last = NULL;
			bool		ok = true,
						drop_first,
						drop_last;
			StringInfoData alt;

			if (b < a)
				continue;
			drop_first = a == 1 && sl[0].stop;
			drop_last = b == n - 1 && sl[n - 1].stop;
			for (j = 0; j < npats; j++)
			{
				if (pats[j].mode == PE_EXPAND_SUFFIX && pat_b[j] == a)
					first = &sets[j];
				if (pats[j].mode == PE_EXPAND_PREFIX && pat_a[j] == b)
					last = &sets[j];
			}
			initStringInfo(&alt);
			/* the first chunk */
			if (drop_first)
				;
			else if (a == 1 && sl[0].cp == 0)
			{
				append_operand(&alt, sl[0].lexeme);
				nparts++;
			}
			else if (first != NULL && first->n > 0)
			{
				append_or(&alt, first, 0, first->n);
				nparts++;
			}
			else
				ok = false;
			/* the whole tokens between, cut where the term's words end */
			for (p = a; ok && p < b;)
			{
				int			e = p + 1;

				while (e < b && !(cut[e] & CUT_HARD))
					e++;
				if (sl[p].stop && e == p + 1)
					dist++;
				else
				{
					if (nparts > 0)
						appendStringInfo(&alt, dist == 0 ? " <-> " : " <%d> ", dist + 1);
					if (sl[p].cp == 0)
						append_operand(&alt, sl[p].lexeme);
					else
						append_operand(&alt, slots_text(sl, p, e));
					nparts++;
					dist = 0;
				}
				p = e;
			}
			/* the last chunk */
			if (!ok || drop_last)
				;
			else if (b == n - 1 && sl[b].cp == 0)
			{
				if (nparts > 0)
					appendStringInfo(&alt, dist == 0 ? " <-> " : " <%d> ", dist + 1);
				append_operand(&alt, sl[b].lexeme);
				nparts++;
			}
			else if (last != NULL && last->n > 0)
			{
				if (nparts > 0)
					appendStringInfo(&alt, dist == 0 ? " <-> " : " <%d> ", dist + 1);
				append_or(&alt, last, 0, last->n);
				nparts++;
			}
			else
				ok = false;
			if (!ok || nparts == 0)
				continue;
			if (nalt > 0)
				appendStringInfoString(&q, " | ");
			appendStringInfo(&q, "(%s)", alt.data);
			nalt++;
		}
	if (nalt > 0)
		result = DirectFunctionCall1(tsqueryin, CStringGetDatum(q.data));
	return result;
}
