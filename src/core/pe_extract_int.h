/*-------------------------------------------------------------------------
 *
 * pe_extract_int.h
 *	  Internal state shared by the stage files of the indicator extractor
 *	  (pe_extract.c runs them in order; docs/indicators.md lists them).
 *
 * IDENTIFICATION
 *	  src/core/pe_extract_int.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_EXTRACT_INT_H
#define PE_EXTRACT_INT_H

#include "pe_extract.h"
#include "pe_number.h"
#include "pe_utf8.h"

/*
 * First characters of a word list (4096-bit hash set of code point & 4095);
 * constant tables in pe_extract_filters.h (src/core/gen_extract_filters.py)
 */
typedef struct pe_filter
{
	uint64_t	bits[64];
} pe_filter;

/* the document decoded once: code points and their byte offsets */
typedef struct pe_x
{
	const char *doc;
	size_t		len;
	uint32_t   *cp;				/* n + 1 entries, cp[n] = 0 */
	size_t	   *boff;			/* n + 1 entries, boff[n] = len */
	size_t		n;
	unsigned char *skip;		/* per character: 1 = inside a table read
								 * already (marked at line starts) */
	pe_arena   *arena;
	pe_interrupt_fn interrupt;
	void	   *interrupt_arg;
	pe_indicator *rows;
	size_t		nrows;
	size_t		cap;
	/* current heading path */
	size_t		sec_s[4];
	size_t		sec_e[4];
	const char *section;
} pe_x;

/*
 * What decided a kind and year: a rule (static string) and the character
 * span of the cue it read (len 0: none).  plan_indicators_explain shows it.
 */
typedef struct pe_why
{
	const char *rule;
	size_t		pos;
	size_t		len;
} pe_why;

static inline pe_why
pe_why_at(const char *rule, size_t pos, size_t len)
{
	pe_why		w;

	w.rule = rule;
	w.pos = pos;
	w.len = len;
	return w;
}

/* one document of the text (several may be pasted together) */
typedef struct pe_xdoc
{
	size_t		start;
	size_t		end;
	int			report_year;	/* 0 = unknown */
	int			is_plan;		/* a five-year plan (targets by default) */
	int			plan_end;		/* last year of the current plan period */
	int			communique;		/* a statistical communiqué: reports its
								 * own year */
	int			date_month;		/* month of the delivery date, 0 = unknown */
	pe_kind		ctx_kind;		/* running context */
	int			ctx_year;
	int			ctx_rank;		/* PE_CUE_RANK_* of what set ctx_kind */
	pe_why		ctx_why;		/* what set ctx_kind and ctx_year */
} pe_xdoc;

size_t		pe_x_at(const pe_x *x, size_t i, const char *lit);
size_t		pe_x_before(const pe_x *x, size_t i, const char *lit);
size_t		pe_x_any_at(const pe_x *x, size_t i, const char *const *list, int *which);
size_t		pe_x_any_before(const pe_x *x, size_t i, const char *const *list, int *which);
size_t		pe_x_find(const pe_x *x, size_t s, size_t e, const char *lit);
size_t		pe_x_rfind(const pe_x *x, size_t s, size_t e, const char *lit);
int			pe_x_digit(uint32_t c);
int			pe_x_latin(uint32_t c);
int			pe_x_sentence_end(uint32_t c);
char	   *pe_x_str(pe_x *x, size_t s, size_t e);
size_t		pe_x_number(const pe_x *x, size_t i, char *buf, size_t bufsz, pe_num *val);
size_t		pe_x_unit_at(const pe_x *x, size_t i);
pe_indicator *pe_x_new_row(pe_x *x);
void		pe_x_quote(pe_x *x, pe_indicator *r, size_t s, size_t e);

/*
 * 0 when the constant first-character filters (pe_extract_filters.h) match
 * the word lists of pe_extract_words.h, else 1 + the index of the first stale
 * one: run src/core/gen_extract_filters.py.  For the unit tests.
 */
int			pe_x_filters_check(void);

/* clause separators: , ; : (ASCII and full width) */
static inline int
pe_x_sep(uint32_t c)
{
	return c == ',' || c == 0xFF0C || c == ';' || c == 0xFF1B ||
		c == ':' || c == 0xFF1A;
}

/* what the clauses of one sentence share */
typedef struct sentence_state
{
	int			kind;
	int			year;
	int			kind_set;		/* a local time cue fixed the kind */
	int			rank;			/* precedence of the cue that set kind
								 * (PE_CUE_RANK_*) */
	pe_why		why;			/* what set kind and year */
	char	   *items[8];		/* subject of the last group */
	int			nitems;
} sentence_state;

/* a figure read in a clause (pe_mention.c) */
typedef struct mention
{
	size_t		start;			/* first char (incl. 【 or a sign) */
	size_t		num_start;
	size_t		num_end;
	size_t		end;			/* after unit and qualifier */
	char		num[40];
	char		num_max[40];
	pe_num		v;				/* exact value (sign not applied) */
	pe_num		vmax;
	int			has_max;
	int			han;			/* written in Chinese numerals: 十年, 三个 */
	const char *unit;			/* arena string or NULL */
	size_t		unit_start;
	size_t		unit_end;
	pe_qualifier qual;
	int			more;			/* 多 or 余 after the number: more than it */
	int			percent;		/* 百分之五: the unit % is in the words */
	int			bracket;		/* 【】: cumulative */
	int			sp;				/* a space before the unit: 5.67 万亿元 */
	int			skip;
} mention;

/* at most this many figures per clause */
#define MAXM 16

/* what a sentence holds, noted while decoding */
#define SF_DIGIT	0x01		/* an Arabic digit (ASCII or full width) */
#define SF_HAN		0x02		/* a character that may start a Chinese
								 * numeral (x_han_start) */

/* the sentence ends of the decoded text and what each sentence holds */
typedef struct pe_sentences
{
	size_t	   *end;			/* characters of x_sentence_end */
	unsigned char *flags;		/* SF_* of the sentence ending there */
	size_t		n;
	size_t		cap;
	size_t		nlines;
	unsigned	last_flags;		/* SF_* of the text after the last end */
} pe_sentences;

/* pe_xtext.c: the decoded document */
int			pe_x_decode(pe_x *x, pe_sentences *sn, int fold, int *may_drop);
size_t		pe_x_char_of(const pe_x *x, size_t b);

/* pe_docfacts.c: document facts */
void		pe_doc_facts(pe_x *x, pe_xdoc *d, int report_year);

/* pe_clause.c: sentences, clauses, headings */
size_t		pe_last_figure_sentence(const pe_x *x, const pe_sentences *sn);
int			pe_read_sentences(pe_x *x, const pe_sentences *sn, size_t last_fig,
							  int report_year, size_t *nspans, pe_extract_result *result);
int			pe_sentence_figure(const pe_x *x, size_t ss, size_t se, unsigned flags);

/* pe_mention.c: quantities */
int			pe_figure_possible(const char *doc, size_t len);
size_t		pe_mention_read(pe_x *x, size_t i, size_t e, mention *m, int allow_sign, int han);
int			pe_mention_noise(pe_x *x, mention *m);
int			pe_change_word(pe_x *x, size_t s, size_t e, int *sign, size_t *after);
int			pe_change_noun_at(pe_x *x, size_t i, size_t e);

/* pe_name.c: indicator names in the decoded text */
void		pe_name_clean(pe_x *x, size_t *ps, size_t *pe);
char	   *pe_name_text(pe_x *x, size_t s, size_t e, size_t s2, size_t e2);
int			pe_name_split(pe_x *x, size_t s, size_t e, int want, char **out, int max);

/* pe_rows.c: rows */
void		pe_row_emit(pe_x *x, pe_xdoc *d, sentence_state *st, mention *m, const char *name,
						size_t qs, size_t qe, pe_measure meas, int sign, pe_period per,
						pe_qualifier qual);
void		pe_rows_sort(pe_x *x);
void		pe_rows_sections(pe_x *x, size_t nspans);
void		pe_rows_keys(pe_x *x, pe_key_cache *cache);
struct pe_blank_map;
void		pe_rows_unblank(pe_x *x, const struct pe_blank_map *m);

/* pe_extract_table.c: read flattened indicator tables, mark their lines */
void		pe_extract_tables(pe_x *x, int report_year);

#endif							/* PE_EXTRACT_INT_H */
