/* pe_outline.c: stub, implementation follows */
#include "pe_outline.h"
int pe_outline_build(const char *s, size_t len, pe_arena *arena, pe_outline *out)
{ (void)s;(void)len;(void)arena; out->sections = NULL; out->n = 0; return 0; }
int pe_outline_find(const pe_outline *o, size_t pos) { (void)o;(void)pos; return -1; }
char *pe_outline_path(const pe_outline *o, const char *s, int idx, const char *sep, pe_arena *arena, size_t *outlen)
{ (void)o;(void)s;(void)idx;(void)sep; *outlen = 0; return pe_arena_strndup(arena, "", 0); }
pe_section_role pe_outline_role(const pe_outline *o, int idx) { (void)o;(void)idx; return PE_ROLE_NONE; }
pe_section_role pe_title_role(const char *s, size_t len) { (void)s;(void)len; return PE_ROLE_NONE; }
const char *pe_marker_kind_name(pe_marker_kind k) { (void)k; return "unknown"; }
int pe_outline_breaks(const pe_outline *o, pe_arena *arena, size_t **out, size_t *n)
{ (void)o;(void)arena; *out = NULL; *n = 0; return 0; }
