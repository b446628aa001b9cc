/*-------------------------------------------------------------------------
 *
 * outline.c
 *	  SQL functions for document structure: plan_sentences, plan_sections,
 *	  plan_doc_info and plan_split_documents.
 *
 * The work is done by src/core (pe_text, pe_outline, pe_docinfo) on byte
 * offsets; this file turns them into 1-based character positions, as
 * substr() and position() count them, so that
 * substr(doc, pos, len) = text holds for every row.
 *
 * IDENTIFICATION
 *	  src/outline.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/tuplestore.h"

#include "plan_ext.h"
#include "pe_docinfo.h"
#include "pe_outline.h"
#include "pe_text.h"
#include "pe_utf8.h"

/* raise an out-of-memory error for a failed core allocation */
static void
outline_oom(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_OUT_OF_MEMORY),
			 errmsg("out of memory while analysing document structure"),
			 errhint("Split the document into smaller pieces.")));
}

/* the input text as (s, len), after the UTF8 check */
static const char *
doc_arg(FunctionCallInfo fcinfo, size_t *len)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);

	plan_require_utf8();
	*len = VARSIZE_ANY_EXHDR(doc);
	return VARDATA_ANY(doc);
}

/* characters in s[a..b), in chunks that end on character boundaries */
static int32
char_count(const char *s, size_t a, size_t b)
{
	size_t		n = 0;

	while (b - a > ((size_t) 1 << 20))
	{
		size_t		e = a + ((size_t) 1 << 20);

		while (e < b && ((unsigned char) s[e] & 0xC0) == 0x80)
			e++;
		n += pe_utf8_count(s + a, e - a);
		a = e;
		CHECK_FOR_INTERRUPTS();
	}
	n += pe_utf8_count(s + a, b - a);
	return (int32) n;
}

/*
 * plan_sentences(doc text)
 *		RETURNS TABLE (ord int, pos int, len int, text text)
 *
 * Sentences and line units in document order (pe_text.h rules, with line
 * breaks and inline heading boundaries as unit ends).
 */
PG_FUNCTION_INFO_V1(plan_sentences);
Datum
plan_sentences(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	size_t		len;
	const char *s = doc_arg(fcinfo, &len);
	pe_arena	arena;
	pe_outline	o;
	size_t	   *breaks;
	size_t		nbreaks;
	pe_text_span *sp;
	size_t		n,
				i;
	pe_pos_map	pm;

	InitMaterializedSRF(fcinfo, 0);
	plan_arena_init(&arena);
	if (pe_doc_outline(s, len, &arena, &o) < 0 ||
		pe_outline_breaks(&o, &arena, &breaks, &nbreaks) < 0 ||
		pe_text_sentences(s, len, PE_SENT_NEWLINES, breaks, nbreaks,
						  &arena, &sp, &n) < 0)
		outline_oom();
	pe_utf8_pos_init(&pm, s, len);
	for (i = 0; i < n; i++)
	{
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};

		CHECK_FOR_INTERRUPTS();
		values[0] = Int32GetDatum((int32) i + 1);
		values[1] = Int32GetDatum((int32) pe_utf8_pos_at(&pm, sp[i].start) + 1);
		values[2] = Int32GetDatum(char_count(s, sp[i].start, sp[i].end));
		values[3] = PointerGetDatum(cstring_to_text_with_len(s + sp[i].start,
															 (int) (sp[i].end - sp[i].start)));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	pe_arena_release(&arena);
	return (Datum) 0;
}

static const char *
role_name(pe_section_role r)
{
	switch (r)
	{
		case PE_ROLE_REVIEW:
			return "review";
		case PE_ROLE_PLAN:
			return "plan";
		default:
			return NULL;
	}
}

/*
 * plan_sections(doc text)
 *		RETURNS TABLE (ord int, level int, label text, title text, pos int,
 *					   len int, parent int, path text, kind text, role text)
 *
 * The outline: one row per heading in document order; parent is the ord
 * of the enclosing section; pos/len cover the section's whole extent;
 * role is review/plan from the section's title or, failing that, from the
 * nearest enclosing section whose title says.
 */
PG_FUNCTION_INFO_V1(plan_sections);
Datum
plan_sections(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	size_t		len;
	const char *s = doc_arg(fcinfo, &len);
	pe_arena	arena;
	pe_outline	o;
	size_t		i;
	pe_pos_map	pm;

	InitMaterializedSRF(fcinfo, 0);
	plan_arena_init(&arena);
	if (pe_doc_outline(s, len, &arena, &o) < 0)
		outline_oom();
	pe_utf8_pos_init(&pm, s, len);
	for (i = 0; i < o.n; i++)
	{
		const pe_section *sec = &o.sections[i];
		Datum		values[10];
		bool		nulls[10];
		char	   *path;
		size_t		plen;
		const char *role;

		CHECK_FOR_INTERRUPTS();
		memset(nulls, 0, sizeof(nulls));
		values[0] = Int32GetDatum((int32) i + 1);
		values[1] = Int32GetDatum(sec->level);
		values[2] = PointerGetDatum(cstring_to_text_with_len(s + sec->label_start,
															 (int) (sec->label_end - sec->label_start)));
		values[3] = PointerGetDatum(cstring_to_text_with_len(s + sec->title_start,
															 (int) (sec->title_end - sec->title_start)));
		values[4] = Int32GetDatum((int32) pe_utf8_pos_at(&pm, sec->start) + 1);
		values[5] = Int32GetDatum(char_count(s, sec->start, sec->end));
		if (sec->parent >= 0)
			values[6] = Int32GetDatum(sec->parent + 1);
		else
			nulls[6] = true;
		path = pe_outline_path(&o, s, (int) i, " / ", &arena, &plen);
		if (path == NULL)
			outline_oom();
		values[7] = PointerGetDatum(cstring_to_text_with_len(path, (int) plen));
		values[8] = CStringGetTextDatum(pe_marker_kind_name(sec->kind));
		role = role_name(pe_outline_role(&o, (int) i));
		if (role)
			values[9] = CStringGetTextDatum(role);
		else
			nulls[9] = true;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	pe_arena_release(&arena);
	return (Datum) 0;
}

/* 十四五 for ordinal 14 (ordinals 6..19), else NULL */
static char *
fyp_name(int fyp)
{
	static const char *const digits[] = {
		"", "一", "二", "三", "四", "五", "六", "七", "八", "九"
	};

	if (fyp >= 6 && fyp <= 9)
		return psprintf("%s五", digits[fyp]);
	if (fyp == 10)
		return pstrdup("十五");
	if (fyp > 10 && fyp < 20)
		return psprintf("十%s五", digits[fyp - 10]);
	return NULL;
}

/* s[0..n) without the blanks and line breaks PDF text puts inside words */
static char *
unbroken(const char *s, size_t n)
{
	char	   *out = palloc(n + 1);
	size_t		i,
				k = 0;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			out[k++] = s[i];
	out[k] = '\0';
	return out;
}

/*
 * plan_doc_info(doc text, OUT kind text, OUT region text, OUT year int,
 *				 OUT period text, OUT period_start int, OUT period_end int,
 *				 OUT title text, OUT level text, OUT type text,
 *				 OUT report_year int, OUT date date, OUT session text,
 *				 OUT session_year int) RETURNS record
 *
 * One row of facts about the document (the first one, when several are
 * pasted together: use plan_split_documents to get each).
 */
PG_FUNCTION_INFO_V1(plan_doc_info);
Datum
plan_doc_info(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *s = doc_arg(fcinfo, &len);
	pe_doc_info info;
	Datum		values[13];
	bool		nulls[13];
	char	   *pname;
	char		rbuf[128];
	const char *region;
	const char *level;
	TupleDesc	tupdesc;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);
	pe_doc_info_get(s, len, &info);
	memset(nulls, 0, sizeof(nulls));
	values[0] = CStringGetTextDatum(pe_doc_kind_name(info.kind));
	region = pe_doc_region(s, &info, rbuf, sizeof(rbuf));
	if (region)
		values[1] = CStringGetTextDatum(region);
	else
		nulls[1] = true;
	if (info.year)
		values[2] = Int32GetDatum(info.year);
	else
		nulls[2] = true;
	pname = fyp_name(info.fyp);
	if (pname)
		values[3] = CStringGetTextDatum(pname);
	else
		nulls[3] = true;
	if (info.period_start)
	{
		values[4] = Int32GetDatum(info.period_start);
		values[5] = Int32GetDatum(info.period_end);
	}
	else
		nulls[4] = nulls[5] = true;
	if (info.title_end > info.title_start)
		values[6] = PointerGetDatum(cstring_to_text_with_len(s + info.title_start,
															 (int) (info.title_end - info.title_start)));
	else
		nulls[6] = true;
	level = pe_level_name(info.level);
	if (level)
		values[7] = CStringGetTextDatum(level);
	else
		nulls[7] = true;
	values[8] = CStringGetTextDatum(pe_doc_type_name(info.type));
	if (info.report_year)
		values[9] = Int32GetDatum(info.report_year);
	else
		nulls[9] = true;
	if (info.date.year && info.date.day && info.date.month >= 1 && info.date.month <= 12 &&
		info.date.day <= day_tab[isleap(info.date.year)][info.date.month - 1])
		values[10] = DateADTGetDatum(date2j(info.date.year, info.date.month, info.date.day) -
									 POSTGRES_EPOCH_JDATE);
	else
		nulls[10] = true;
	if (info.session.term)
		values[11] = CStringGetTextDatum(unbroken(s + info.session.start,
												  info.session.end - info.session.start));
	else
		nulls[11] = true;
	if (info.session.year)
		values[12] = Int32GetDatum(info.session.year);
	else
		nulls[12] = true;
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/*
 * plan_split_documents(doc text) RETURNS TABLE (ord int, pos int, len int)
 *
 * Where each of several pasted documents begins and ends.
 */
PG_FUNCTION_INFO_V1(plan_split_documents);
Datum
plan_split_documents(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	size_t		len;
	const char *s = doc_arg(fcinfo, &len);
	pe_arena	arena;
	pe_text_span *sp;
	size_t		n,
				i;
	pe_pos_map	pm;

	InitMaterializedSRF(fcinfo, 0);
	plan_arena_init(&arena);
	if (pe_split_documents(s, len, &arena, &sp, &n) < 0)
		outline_oom();
	pe_utf8_pos_init(&pm, s, len);
	for (i = 0; i < n; i++)
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		CHECK_FOR_INTERRUPTS();
		values[0] = Int32GetDatum((int32) i + 1);
		values[1] = Int32GetDatum((int32) pe_utf8_pos_at(&pm, sp[i].start) + 1);
		values[2] = Int32GetDatum(char_count(s, sp[i].start, sp[i].end));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	pe_arena_release(&arena);
	return (Datum) 0;
}
