/* pe_text.c: stub, implementation follows */
#include "pe_text.h"
#include "pe_utf8.h"
int pe_text_sentences(const char *s, size_t len, unsigned flags, const size_t *breaks, size_t nbreaks, pe_arena *arena, pe_text_span **out, size_t *n)
{ (void)s;(void)len;(void)flags;(void)breaks;(void)nbreaks;(void)arena; *out = NULL; *n = 0; return 0; }
int pe_text_clauses(const char *s, size_t start, size_t end, unsigned flags, pe_arena *arena, pe_text_clause **out, size_t *n)
{ (void)s;(void)start;(void)end;(void)flags;(void)arena; *out = NULL; *n = 0; return 0; }
int pe_text_pairs(const char *s, size_t len, unsigned flags, pe_arena *arena, pe_text_span **out, size_t *n)
{ (void)s;(void)len;(void)flags;(void)arena; *out = NULL; *n = 0; return 0; }
int pe_text_is_terminator(uint32_t cp) { return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == '!' || cp == '?'; }
