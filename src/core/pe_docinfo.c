/* pe_docinfo.c: stub, implementation follows */
#include "pe_docinfo.h"
#include <string.h>
void pe_doc_info_get(const char *s, size_t len, pe_doc_info *out) { (void)s;(void)len; memset(out, 0, sizeof(*out)); }
const char *pe_doc_kind_name(pe_doc_kind k) { (void)k; return "other"; }
int pe_split_documents(const char *s, size_t len, pe_arena *arena, pe_text_span **out, size_t *n)
{ (void)s;(void)arena; *out = NULL; *n = 0; if (len == 0) return 0; *out = pe_arena_alloc(arena, sizeof(pe_text_span)); if (!*out) return -1; (*out)->start = 0; (*out)->end = len; *n = 1; return 0; }
int pe_fyp_start_year(int ordinal) { return ordinal > 0 ? 1953 + 5 * (ordinal - 1) : 0; }
