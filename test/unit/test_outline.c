/*
 * test_outline.c
 *	  Unit tests for src/core/pe_text.c (sentences, clauses),
 *	  pe_outline.c (headings, outline tree) and pe_docinfo.c (document
 *	  facts, splitting).  The seed checks skip when ../shared is absent.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pe_arena.h"
#include "pe_docinfo.h"
#include "pe_outline.h"
#include "pe_text.h"
#include "pe_test.h"

static char strbuf[8][4096];
static int	strbuf_i = 0;

/* s[a..b) as a NUL-terminated string (rotating static buffers) */
static const char *
sub(const char *s, size_t a, size_t b)
{
	char	   *p = strbuf[strbuf_i++ % 8];
	size_t		n = b - a < 4095 ? b - a : 4095;

	memcpy(p, s + a, n);
	p[n] = '\0';
	return p;
}

static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *s;
	long		n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	s = malloc((size_t) n + 1);
	if (s == NULL || fread(s, 1, (size_t) n, f) != (size_t) n)
	{
		fclose(f);
		free(s);
		return NULL;
	}
	fclose(f);
	s[n] = '\0';
	*len = (size_t) n;
	return s;
}

static void
test_sentences(pe_arena *a)
{
	const char *s;
	pe_text_span *sp;
	size_t		n;
	size_t		br[2];

	s = "增长8.5%。达到60%！能否？“十四五”时期!";
	pe_text_sentences(s, strlen(s), 0, NULL, 0, a, &sp, &n);
	is_int(n, 4, "four sentences at 。！？!");
	is_str(sub(s, sp[0].start, sp[0].end), "增长8.5%。", "decimal point does not split");
	is_str(sub(s, sp[3].start, sp[3].end), "“十四五”时期!", "half-width ! ends");

	s = "他说：“要稳增长。”明年继续。附件（见表。）要统筹。";
	pe_text_sentences(s, strlen(s), 0, NULL, 0, a, &sp, &n);
	is_int(n, 3, "quotes and brackets protect, “…。” ends after the quote");
	is_str(sub(s, sp[0].start, sp[0].end), "他说：“要稳增长。”", "quote closes the sentence");
	is_str(sub(s, sp[2].start, sp[2].end), "附件（见表。）要统筹。", "bracket inside kept");

	s = "“没有闭合。第二句。（也没有。第三句。";
	pe_text_sentences(s, strlen(s), 0, NULL, 0, a, &sp, &n);
	is_int(n, 4, "unbalanced openers are ignored");

	s = "第一行\n第二行。第三\n\n  末行  ";
	pe_text_sentences(s, strlen(s), PE_SENT_NEWLINES, NULL, 0, a, &sp, &n);
	is_int(n, 4, "line breaks end units with PE_SENT_NEWLINES");
	is_str(sub(s, sp[3].start, sp[3].end), "末行", "units are trimmed");
	pe_text_sentences(s, strlen(s), 0, NULL, 0, a, &sp, &n);
	is_int(n, 2, "without the flag only punctuation ends");

	s = "一、工作回顾2020年是不平凡的一年。";
	br[0] = 0;
	br[1] = strlen("一、工作回顾");
	pe_text_sentences(s, strlen(s), 0, br, 2, a, &sp, &n);
	is_int(n, 2, "forced break splits a run-in title");
	is_str(sub(s, sp[0].start, sp[0].end), "一、工作回顾", "title unit");

	s = "完成投资1.2亿元.下一句";
	pe_text_sentences(s, strlen(s), 0, NULL, 0, a, &sp, &n);
	is_int(n, 2, "half-width dot after Han ends a sentence");

	pe_text_sentences("", 0, 0, NULL, 0, a, &sp, &n);
	is_int(n, 0, "empty text, no sentence");
	s = "   \n\t ";
	pe_text_sentences(s, strlen(s), PE_SENT_NEWLINES, NULL, 0, a, &sp, &n);
	is_int(n, 0, "blank text, no sentence");
}

static void
test_clauses(pe_arena *a)
{
	const char *s = "城乡居民收入分别增长8%和9%左右，投资增长10%；粮食、棉花、油料稳定（含1,234吨，见表）";
	pe_text_clause *c;
	size_t		n;

	pe_text_clauses(s, 0, strlen(s), 0, a, &c, &n);
	is_int(n, 3, "split at ， and ； only");
	is_str(sub(s, c[0].start, c[0].end), "城乡居民收入分别增长8%和9%左右", "first clause");
	is_int(c[0].sep, 0xFF0C, "separator recorded");
	is_int(c[2].sep, 0, "last clause has no separator");
	pe_text_clauses(s, 0, strlen(s), PE_CLAUSE_ENUM, a, &c, &n);
	is_int(n, 5, "、 splits list items with PE_CLAUSE_ENUM, not inside brackets");
	is_str(sub(s, c[4].start, c[4].end), "油料稳定（含1,234吨，见表）", "bracket and 1,234 kept whole");

	s = "目标：增长5%。完成。";
	pe_text_clauses(s, 0, strlen(s), PE_CLAUSE_COLON | PE_CLAUSE_SENTENCE, a, &c, &n);
	is_int(n, 3, "colon and sentence flags");
	pe_text_clauses(s, 3, 3, 0, a, &c, &n);
	is_int(n, 0, "empty span");
}

static void
test_outline(pe_arena *a)
{
	const char *s =
		"第一章 发展基础\n“十三五”时期成就显著，经济总量持续扩大，人民生活水平不断提高，各项事业全面进步。\n"
		"第一节 发展成就\n经济实力显著增强，创新能力不断提升，城乡面貌明显改善，民生福祉持续增进。\n"
		"专栏1：重大工程\n一批重大项目建成投产。\n"
		"第二章 总体要求\n一、指导思想\n（一）坚持党的领导\n1.加强组织\n（1）完善机制\n①健全制度\n二、主要目标\n";
	pe_outline	o;
	size_t		plen;
	const char *p;
	int			i;

	pe_outline_build(s, strlen(s), a, &o);
	is_int(o.n, 10, "ten headings");
	is_int(o.sections[0].kind, PE_MK_ZHANG, "chapter");
	is_str(sub(s, o.sections[0].label_start, o.sections[0].label_end), "第一章", "label");
	is_str(sub(s, o.sections[0].title_start, o.sections[0].title_end), "发展基础", "title");
	is_int(o.sections[1].level, 2, "section under chapter");
	is_int(o.sections[2].kind, PE_MK_BOX, "box");
	is_int(o.sections[2].parent, 1, "box under its section");
	is_str(sub(s, o.sections[2].title_start, o.sections[2].title_end), "重大工程", "box title after the colon");
	is_int(o.sections[3].level, 1, "second chapter");
	is_int(o.sections[8].kind, PE_MK_CIRCLED, "circled number");
	is_int(o.sections[8].level, 6, "① at level 6");
	is_int(o.sections[9].level, 2, "二、 back under the chapter");
	is_int(o.sections[9].number, 2, "number of 二、");
	ok(o.sections[0].end == o.sections[3].start, "chapter extent ends at the next chapter");
	is_int(o.sections[9].end, strlen(s), "last section runs to the end");

	i = pe_outline_find(&o, o.sections[2].title_start);
	is_int(i, 2, "find: inside the box");
	i = pe_outline_find(&o, o.sections[3].start - 1);
	is_int(i, 2, "find: the text after the box belongs to it");
	is_int(pe_outline_find(&o, 0), 0, "find: the first heading");
	p = pe_outline_path(&o, s, 8, " / ", a, &plen);
	is_str(p, "总体要求 / 指导思想 / 坚持党的领导 / 加强组织 / 完善机制 / 健全制度", "path");
	is_int(plen, strlen(p), "path length");
	p = pe_outline_path(&o, s, 8, " / ", a, NULL);
	is_str(p, "总体要求 / 指导思想 / 坚持党的领导 / 加强组织 / 完善机制 / 健全制度",
		   "path without a length pointer");
	is_int(pe_outline_role(&o, 9), PE_ROLE_PLAN, "主要目标 is a plan section");
	is_int(pe_outline_role(&o, 1), PE_ROLE_REVIEW, "发展成就 is a review section");

	/* a report on one line */
	s = "各位代表：现在报告工作。 一、2020年工作回顾 2020年是不平凡的一年。"
		" (一)坚持创新驱动,促进经济稳定增长提升科技创新能力。正文。"
		" 二、“十四五”时期主要目标任务“十四五”时期,是关键期。"
		" 三、2021年工作安排2021年是开局之年。正文8个 一、二级站点。"
		" 四、加强政府自身建设各位代表!新时代。";
	pe_outline_build(s, strlen(s), a, &o);
	is_int(o.n, 5, "inline headings, 8个 一、 is not one");
	is_str(sub(s, o.sections[0].title_start, o.sections[0].title_end), "2020年工作回顾", "title ends at a blank");
	is_str(sub(s, o.sections[1].title_start, o.sections[1].title_end), "坚持创新驱动,促进经济稳定增长", "title ends before a verb opening the body");
	ok(o.sections[1].flags & PE_SEC_RUNIN, "run-in flag");
	is_str(sub(s, o.sections[2].title_start, o.sections[2].title_end), "“十四五”时期主要目标任务", "title ends at a quoted period cue");
	is_str(sub(s, o.sections[3].title_start, o.sections[3].title_end), "2021年工作安排", "title ends at a year cue");
	is_str(sub(s, o.sections[4].title_start, o.sections[4].title_end), "加强政府自身建设", "title ends at 各位代表");
	is_int(o.sections[0].role, PE_ROLE_REVIEW, "review role");
	is_int(o.sections[3].role, PE_ROLE_PLAN, "plan role");
	{
		size_t	   *br;
		size_t		nbr;

		pe_outline_breaks(&o, a, &br, &nbr);
		ok(nbr >= 5, "breaks for inline headings");
	}

	/* items are not sections */
	s = "一是加快推进。二是全面推动。——经济发展再上新台阶。";
	pe_outline_build(s, strlen(s), a, &o);
	is_int(o.n, 0, "一是 and —— are items");

	pe_outline_build("", 0, a, &o);
	is_int(o.n, 0, "empty text");
	is_int(pe_outline_find(&o, 5), -1, "find in an empty outline");
}

static void
test_docinfo(pe_arena *a)
{
	const char *s;
	pe_doc_info d;
	pe_text_span *sp;
	size_t		n;

	is_int(pe_fyp_start_year(14), 2021, "十四五 starts in 2021");
	is_int(pe_fyp_start_year(13), 2016, "十三五 starts in 2016");
	is_int(pe_fyp_start_year(1), 1953, "一五 starts in 1953");
	is_int(pe_fyp_start_year(3), 1966, "三五 starts in 1966");

	s = "【宝兴县招商】2021年宝兴县政府工作报告\n各位代表：";
	pe_doc_info_get(s, strlen(s), &d);
	is_int(d.kind, PE_DOC_GOV_WORK_REPORT, "work report");
	is_str(sub(s, d.region_start, d.region_end), "宝兴县", "region");
	is_int(d.year, 2021, "year");
	is_int(d.period_start, 2021, "period start from the year");
	is_int(d.period_end, 2025, "period end");
	is_str(pe_doc_kind_name(d.kind), "government_work_report", "kind name");

	s = "芜湖市弋江区国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n";
	pe_doc_info_get(s, strlen(s), &d);
	is_int(d.kind, PE_DOC_FIVE_YEAR_PLAN, "five-year plan");
	is_str(sub(s, d.region_start, d.region_end), "芜湖市弋江区", "two-part region");
	is_int(d.year, 0, "2035年远景 is not the year");
	is_int(d.fyp, 14, "第十四个五年");

	s = "2020年湖南省国民经济和社会发展统计公报\n";
	pe_doc_info_get(s, strlen(s), &d);
	is_int(d.kind, PE_DOC_STAT_COMMUNIQUE, "communique");
	is_int(d.year, 2020, "communique year");

	s = "普通文字，没有标题。";
	pe_doc_info_get(s, strlen(s), &d);
	is_int(d.kind, PE_DOC_OTHER, "other");
	ok(d.region_end == d.region_start && d.year == 0 && d.fyp == 0, "nothing known");

	s = "-\n【甲县招商】甲县政府工作报告\n正文一。\n2025-07-08\n-\n【乙市招商】乙市政府工作报告\n正文二。\n";
	pe_split_documents(s, strlen(s), a, &sp, &n);
	is_int(n, 2, "two documents");
	is_int(sp[0].start, 0, "first starts at the top");
	ok(sp[0].end == sp[1].start, "contiguous");
	is_str(sub(s, sp[1].start, sp[1].start + strlen("【乙市招商】")), "【乙市招商】", "second starts at its header");
	is_int(sp[1].end, strlen(s), "last ends at the end");
	pe_split_documents("", 0, a, &sp, &n);
	is_int(n, 0, "empty text, no document");
	s = "第一章 总则\n";
	pe_split_documents(s, strlen(s), a, &sp, &n);
	is_int(n, 1, "one document");
}

/* the seeds: skip when ../shared is absent */
static void
test_seeds(pe_arena *a)
{
	static const char *const tops[] = {
		/* 宝兴县 */ "2020年工作和“十三五”工作回顾", "“十四五”规划和2035年远景目标考虑", "2021年重点工作安排",
		/* 普洱市 */ "2020年和“十三五”工作回顾", "“十四五”主要目标任务", "2021年重点工作",
		/* 斗门区 */ "“十三五”时期及2020年工作回顾", "“十四五”时期奋斗目标和主要任务", "2021年工作安排",
		/* 潮州市 */ "“十三五”时期的工作回顾", "“十四五”时期的目标任务", "2021年主要工作",
		/* 克拉玛依区 */ "“战疫”发展两手抓,稳中求进更显不易", "稳定局面持续巩固,发展基础更加坚实",
		"经济运行平稳健康,发展迈向更高质量", "城区管理日益精细,“品质克区”更为宜居",
		"民生改善尽力而为,社会事业更有保障", "改作风与提效能齐发力,干部精气神更足",
		"今后五年及2021年重点工作安排",
		/* 湖南省 */ "2020年和“十三五”时期工作回顾", "“十四五”时期主要目标任务", "2021年工作", "加强政府自身建设",
		/* 衡阳市 */ "“十三五”时期及2020年工作回顾", "“十四五”时期主要任务及2035年远景目标", "2021年工作安排", "加强政府自身建设",
		/* 中站区 */ "2020年工作回顾及“十三五”主要成就", "2035年远景目标及“十四五”时期经济社会发展主要目标任务",
		"2021年重点工作", "加强政府自身建设",
		/* 凤阳县 */ "盘点“十三五”,砥砺前行、攻坚克难,在劈波斩浪中实现新跨越",
		"擘画“十四五”,坚定信心、下定决心,在砥砺奋进中建功新时代",
		"聚焦2021,脚踏实地、善作善成,在奋力拼搏中创造新辉煌",
		/* 平塘县 */ "“十三五”时期工作回顾", "“十四五”时期主要目标任务和二〇三五年远景目标", "2021年工作安排",
		"加强政府自身建设,提高引领新常态的能力",
		NULL
	};
	size_t		len,
				i;
	int			k = 0,
				docs = 0,
				known_miss = 0,
				all_ok = 1;
	char	   *s = read_file("../shared/seeds/002_000a05b7aea940ce.txt", &len);
	pe_outline	o;

	if (s == NULL)
	{
		printf("# ../shared/seeds absent: seed checks skipped\n");
		return;
	}
	pe_doc_outline(s, len, a, &o);
	for (i = 0; i < o.n; i++)
	{
		const pe_section *x = &o.sections[i];
		const char *t = sub(s, x->title_start, x->title_end);

		if (x->level == 0)
			docs++;
		if (x->level != 1)
			continue;
		if (tops[k] == NULL || strcmp(t, tops[k]) != 0)
		{
			/*
			 * Known miss (docs/outline.md, limitations): the body of 平塘县's
			 * part 四 starts with a noun phrase (使命呼唤担当，…) that no
			 * general rule can tell from the title.
			 */
			if (tops[k] && strcmp(tops[k], "加强政府自身建设,提高引领新常态的能力") == 0 &&
				strncmp(t, tops[k], strlen(tops[k])) == 0)
				known_miss++;
			else
			{
				all_ok = 0;
				printf("#   top-level %d: got '%s', want '%s'\n", k, t, tops[k] ? tops[k] : "(none)");
			}
		}
		if (tops[k])
			k++;
	}
	is_int(docs, 10, "002: ten reports");
	is_int(k, 38, "002: 38 top-level parts in the ten reports");
	ok(all_ok && tops[k] == NULL, "002: every top-level part found, 37 of 38 titles exact");
	is_int(known_miss, 1, "002: the one known title overrun (平塘县 四) still starts right");
	free(s);

	s = read_file("../shared/seeds/004_fcf9aa28d9106ca6.txt", &len);
	if (s)
	{
		static const char *const want[] = {
			"2 第三节 加强生态保护修复", "3 专栏24 生态环境修复工程", "2 第四节 完善环境治理机制",
			"1 第八章 完善治理体系,提高城市治理新水平", "2 第一节 提高基层治理效能",
			"2 第二节 构筑公共安全体系", "2 第三节 加强智慧城区建设", "3 专栏25 智慧城区建设项目",
			"1 第九章 深化改革开放,激发区域发展新活力", "2 第一节 不断深化改革力度",
			"2 第二节 推动区域合作发展", "1 第十章 统筹协调推进,强化规划实施新保障",
			"2 第一节 强化组织领导", "2 第二节 强化要素支撑", "2 第三节 落实规划实施", NULL
		};
		char		line[512];

		pe_doc_outline(s, len, a, &o);
		is_int(o.n, 15, "004: fifteen headings");
		all_ok = 1;
		for (i = 0; i < o.n && want[i]; i++)
		{
			const pe_section *x = &o.sections[i];

			snprintf(line, sizeof(line), "%d %s %s", x->level,
					 sub(s, x->label_start, x->label_end), sub(s, x->title_start, x->title_end));
			if (strcmp(line, want[i]) != 0)
			{
				all_ok = 0;
				printf("#   got '%s', want '%s'\n", line, want[i]);
			}
		}
		ok(all_ok, "004: chapter / section / 专栏 structure");
		free(s);
	}
	s = read_file("../shared/seeds/001_7fd3883a336dc26e.txt", &len);
	if (s)
	{
		int			found = 0;

		pe_doc_outline(s, len, a, &o);
		for (i = 0; i < o.n; i++)
			if (o.sections[i].kind == PE_MK_TABLE &&
				strcmp(sub(s, o.sections[i].title_start, o.sections[i].title_end),
					   "“十四五”开发区经济社会发展主要指标") == 0)
				found = 1;
		ok(found, "001: the indicator table title");
		free(s);
	}
}

int
main(void)
{
	pe_arena	a;

	pe_arena_init(&a, NULL);
	test_sentences(&a);
	test_clauses(&a);
	test_outline(&a);
	test_docinfo(&a);
	test_seeds(&a);
	pe_arena_release(&a);
	return pe_done_testing();
}
