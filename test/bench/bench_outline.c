/*
 * bench_outline.c
 *	  Throughput of the sentence, outline and document-split scanners on
 *	  adversarial inputs, at two sizes, to show linear time.
 *
 *	  cc -O2 -std=c99 -Isrc/core -o build/bench_outline \
 *		  test/bench/bench_outline.c src/core/*.c && build/bench_outline
 *
 *	  Prints one line per input and size: MB, milliseconds per function,
 *	  MB/s of the outline builder.  docs/outline.md records the figures.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pe_arena.h"
#include "pe_docinfo.h"
#include "pe_outline.h"
#include "pe_text.h"

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

typedef struct buf
{
	char	   *s;
	size_t		len;
	size_t		cap;
} buf;

static void
put(buf *b, const char *t)
{
	size_t		n = strlen(t);

	if (b->len + n + 1 > b->cap)
	{
		b->cap = (b->len + n + 1) * 2;
		b->s = realloc(b->s, b->cap);
		if (b->s == NULL)
			abort();
	}
	memcpy(b->s + b->len, t, n);
	b->len += n;
}

static const char *const han[] = {
	"发", "展", "经", "济", "社", "会", "推", "进", "建", "设", "一", "二",
	"十", "五", "年", "规", "划", "目", "标", "工", "作", "回", "顾"
};

/* kind 0: no punctuation; 1: headings (line-based); 2: inline headings;
 * 3: unbalanced brackets and quotes on one line; 4: random mix */
static buf
make_input(int kind, size_t target, unsigned seed)
{
	buf			b = {NULL, 0, 0};
	char		tmp[128];
	unsigned	r = seed;
	int			k = 0;

	while (b.len < target)
	{
		r = r * 1103515245u + 12345u;
		switch (kind)
		{
			case 0:
				put(&b, han[(r >> 16) % 23]);
				break;
			case 1:
				k++;
				if (k % 10 == 1)
					snprintf(tmp, sizeof(tmp), "第%d章 推进经济发展\n", k / 10 + 1);
				else if (k % 10 == 2)
					snprintf(tmp, sizeof(tmp), "第%d节 建设\n", 1);
				else if (k % 10 == 5)
					snprintf(tmp, sizeof(tmp), "专栏%d:重点工程\n", k);
				else
					snprintf(tmp, sizeof(tmp), "(%d)推进社会发展目标\n", k % 10);
				put(&b, tmp);
				break;
			case 2:
				k++;
				snprintf(tmp, sizeof(tmp), "。 %s、着力推进经济发展,加快建设现代产业体系推动发展工作回顾2021年是",
						 han[10 + (k % 2)]);
				put(&b, tmp);
				break;
			case 3:
				put(&b, (r >> 16) % 3 == 0 ? "“" : (r >> 16) % 3 == 1 ? "(" : "《");
				put(&b, han[(r >> 16) % 23]);
				put(&b, (r >> 20) % 2 ? "。" : "");
				break;
			default:
				{
					static const char *const any[] = {
						"。", "，", "\n", "“", "”", "(", ")", "一、", "(一)",
						"1.", "①", "专栏", "第", "章", " ", "【", "】", "2021年",
						"十四五", "政府工作报告", "-\n", "\n\n"
					};

					put(&b, (r >> 16) % 2 ? han[(r >> 17) % 23] : any[(r >> 17) % 22]);
				}
				break;
		}
	}
	return b;
}

static void
run(const char *name, int kind, size_t size)
{
	buf			b = make_input(kind, size, 42);
	pe_arena	a;
	pe_text_span *sp;
	size_t		n,
				nsec;
	pe_outline	o;
	pe_doc_info info;
	double		t0,
				t_sent,
				t_out,
				t_doc,
				t_split;

	pe_arena_init(&a, NULL);
	t0 = now_ms();
	if (pe_text_sentences(b.s, b.len, PE_SENT_NEWLINES, NULL, 0, &a, &sp, &n) < 0)
		abort();
	t_sent = now_ms() - t0;
	t0 = now_ms();
	if (pe_outline_build(b.s, b.len, &a, &o) < 0)
		abort();
	t_out = now_ms() - t0;
	nsec = o.n;
	t0 = now_ms();
	if (pe_doc_outline(b.s, b.len, &a, &o) < 0)
		abort();
	t_doc = now_ms() - t0;
	t0 = now_ms();
	if (pe_split_documents(b.s, b.len, &a, &sp, &n) < 0)
		abort();
	pe_doc_info_get(b.s, b.len, &info);
	t_split = now_ms() - t0;
	printf("%-24s %6.1f MB  sentences %7.1f ms  outline %7.1f ms (%zu sections)  doc_outline %7.1f ms  split+info %6.1f ms  outline %6.1f MB/s\n",
		   name, b.len / 1e6, t_sent, t_out, nsec, t_doc, t_split,
		   b.len / 1e6 / ((t_out > 0.001 ? t_out : 0.001) / 1000.0));
	pe_arena_release(&a);
	free(b.s);
}

int
main(void)
{
	static const struct
	{
		const char *name;
		int			kind;
	}			inputs[] = {
		{"no punctuation", 0},
		{"headings, one per line", 1},
		{"inline headings", 2},
		{"unbalanced brackets", 3},
		{"random mix", 4}
	};
	int			i;

	for (i = 0; i < 5; i++)
	{
		run(inputs[i].name, inputs[i].kind, 1000000);
		run(inputs[i].name, inputs[i].kind, 10000000);
	}
	return 0;
}
