/*-------------------------------------------------------------------------
 *
 * pe_segment.h
 *	  Segmentation of Chinese plan text into tokens (plain C99).
 *
 * pe_segment() cuts a UTF-8 buffer into tokens that cover every byte
 * exactly once, in order, so that the text search parser can hand them
 * to PostgreSQL and ts_headline can rebuild the input.  Runs of Han
 * characters are segmented against the built-in lexicon plus the user
 * words by a shortest-path search (fewest words, single characters
 * penalised); characters no entry covers become one-character tokens.
 * Latin letters, digits and other scripts form their own tokens;
 * whitespace, punctuation and symbols become blank tokens.
 *
 * Matching uses folded characters (pe_fold_cp), so full-width Latin and
 * Traditional characters segment like their plain forms; token offsets
 * always refer to the original bytes.
 *
 * IDENTIFICATION
 *	  src/core/pe_segment.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_SEGMENT_H
#define PE_SEGMENT_H

#include <stddef.h>
#include <stdint.h>

#include "pe_arena.h"
#include "pe_lexicon.h"

/* token types; the ids are the text search parser's token type ids */
#define PE_TOK_ASCIIWORD	1	/* ASCII letters: GDP, ppp */
#define PE_TOK_WORD			2	/* letters of other alphabets (é, кириллица, かな) */
#define PE_TOK_NUMWORD		3	/* letters and digits: 5G, PM2.5, G20 */
#define PE_TOK_BLANK		12	/* spaces, punctuation, symbols, invalid bytes */
#define PE_TOK_CJKWORD		24	/* Han word from the built-in lexicon */
#define PE_TOK_CJKCHAR		25	/* Han character no entry covers */
#define PE_TOK_NUMBER		26	/* digits, with decimal points, and a unit of time,
								 * magnitude or per cent: 2035, 8.5, 2035年, 1.3万亿, 5% */
#define PE_TOK_USERWORD		27	/* Han word from the user dictionary */
#define PE_TOK_MAXID		27

/*
 * No token is longer than this many bytes: longer runs of blanks, Latin
 * letters or digits are cut (at character boundaries).  PostgreSQL skips
 * tokens of 2 KB or more with a notice, in ts_headline too, which would
 * lose text.
 */
#define PE_TOKEN_MAX_BYTES	1024

typedef struct pe_token
{
	uint32_t	off;			/* byte offset in the input */
	uint32_t	len;			/* byte length, > 0 */
	int			type;			/* PE_TOK_* */
	/*
	 * PE_TOK_CJKWORD: the built-in trie node of the word, for
	 * pe_word_parts_node; else 0
	 */
	uint32_t	node;
	/* 0 when folding (pe_fold_into) is known to leave the bytes as they are */
	uint32_t	folds;
} pe_token;

/* the dictionaries segmentation consults; user may be NULL */
typedef struct pe_lexset
{
	const pe_trie *builtin;
	const pe_trie *user;
} pe_lexset;

typedef struct pe_span
{
	uint32_t	off;			/* byte offset */
	uint32_t	len;			/* byte length */
} pe_span;

/*
 * Segment s[0..len).  On success returns 0 with *tokens (arena memory)
 * and *ntokens set; the tokens cover s exactly.  Returns -1 when the
 * arena is out of memory or len >= 2^31.
 */
int			pe_segment(pe_arena *arena, const char *s, size_t len,
					   const pe_lexset *lx, pe_token **tokens, size_t *ntokens);

/*
 * The lexeme text of s[0..len): every character folded (pe_fold_cp),
 * NUL-terminated.  pe_fold_into writes to out, which must have room for
 * 3 * len + 1 bytes, and returns the byte length; pe_fold_text returns
 * arena memory (NULL when out of memory) and sets *outlen.
 */
size_t		pe_fold_into(const char *s, size_t len, char *out);

/*
 * 1 when the blank token tok[0..len) is white space (a run of it), 0 when
 * it is a punctuation mark, symbol or invalid byte: what plan_segment
 * leaves out.
 */
int			pe_blank_is_space(const char *tok, size_t len);
char	   *pe_fold_text(pe_arena *arena, const char *s, size_t len, size_t *outlen);

/*
 * Sub-words of a folded Han word w[0..len): every entry of the lexicon
 * set (at least two characters) that occurs inside w, other than w
 * itself, as byte spans of w (each text once, at its first occurrence),
 * ordered by start then length, at most max
 * of them written to out.  Returns the count (0 for words of fewer than
 * three or more than PE_LEX_MAX_WORD characters).
 */
size_t		pe_word_parts(const pe_lexset *lx, const char *w, size_t len,
						  pe_span *out, size_t max);

/*
 * pe_word_parts for a word of the built-in lexicon given its trie node
 * (pe_token.node), without looking it up again: the same spans, from the
 * table of parts compiled in.  w[0..len) is the folded word.  Returns 0
 * when the trie has no such table.
 */
size_t		pe_word_parts_node(const pe_trie *t, uint32_t node, const char *w,
							   size_t len, pe_span *out, size_t max);

/* options of pe_token_lexemes */
#define PE_LEX_SUBWORDS		1	/* add the sub-words of compounds */
#define PE_LEX_STOPWORDS	2	/* drop one-character function words */

/*
 * The lexemes plan_zh makes of one word token tok[0..len): its folded
 * text, then (with PE_LEX_SUBWORDS) its sub-words, as spans of out,
 * which must have room for 3 * len + 1 bytes and receives the folded
 * text (*outlen bytes, NUL-terminated).  node and folds are the token's
 * pe_token fields when known; pass 0 and 1 when not (the word is then
 * looked up).  Returns the number of spans written (at most max, >= 1
 * unless the token is a stop word, which gives 0).
 */
size_t		pe_token_lexemes(const pe_lexset *lx, const char *tok, size_t len,
							 uint32_t node, uint32_t folds, unsigned options,
							 char *out, size_t *outlen, pe_span *spans, size_t max);

/*
 * The pieces of a token that take positions of their own in a tsvector.
 * A number with the unit segmentation joins to it (2035年, 12月份, 1.3万亿,
 * 二〇三五年, 5.5%) is one word but two pieces, the number and the unit,
 * at consecutive positions: so a search for 2035 finds 2035年, and the
 * lexemes are those of the number and the unit as two tokens.  A per-cent
 * sign is no piece (it takes no position, as punctuation).  Any other
 * token is one piece, itself.  Writes piece[0..n) as spans of tok and
 * returns n (1 or 2).
 */
size_t		pe_token_pieces(const char *tok, size_t len, pe_span piece[2]);

/*
 * The bytes of the unit a number takes into its word (年, 月份, 万亿, %:
 * see pe_token_pieces) at the start of s[0..len), or 0.
 */
size_t		pe_number_unit_len(const char *s, size_t len);

/* is the folded token text a stop word?  (one-character function words) */
int			pe_is_stopword(const char *w, size_t len);

/* is the folded code point c a stop word? */
int			pe_is_stop_cp(uint32_t c);

/* short name of a token type ("cjkword"), or NULL for an unknown id */
const char *pe_token_type_name(int type);

#endif							/* PE_SEGMENT_H */
