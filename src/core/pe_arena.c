/*-------------------------------------------------------------------------
 *
 * pe_arena.c
 *	  Bump allocator over a caller-supplied allocator.
 *
 * IDENTIFICATION
 *	  src/core/pe_arena.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct pe_arena_block
{
	pe_arena_block *next;
	size_t		size;
	/* payload follows, 16-byte aligned */
};

#define PE_BLOCK_HEADER ((sizeof(pe_arena_block) + 15) & ~(size_t) 15)
#define PE_FIRST_BLOCK 8192
#define PE_MAX_BLOCK (8 * 1024 * 1024)

static void *
default_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return malloc(size);
}

static void
default_release(void *ctx, void *ptr)
{
	(void) ctx;
	free(ptr);
}

void
pe_arena_init(pe_arena *arena, const pe_allocator *allocator)
{
	if (allocator)
		arena->allocator = *allocator;
	else
	{
		arena->allocator.alloc = default_alloc;
		arena->allocator.release = default_release;
		arena->allocator.ctx = NULL;
	}
	arena->head = NULL;
	arena->cur = NULL;
	arena->end = NULL;
	arena->next_size = PE_FIRST_BLOCK;
	arena->failed = 0;
	arena->interrupt = NULL;
	arena->interrupt_ctx = NULL;
	arena->poll_count = 0;
}

void *
pe_arena_alloc(pe_arena *arena, size_t size)
{
	char	   *p;

	if (size == 0)
		size = 1;
	if (size > SIZE_MAX / 2)
	{
		arena->failed = 1;
		return NULL;
	}
	size = (size + 7) & ~(size_t) 7;
	if (arena->cur == NULL || (size_t) (arena->end - arena->cur) < size)
	{
		size_t		want = arena->next_size;
		pe_arena_block *b;

		if (want < size)
			want = size;
		b = arena->allocator.alloc(arena->allocator.ctx, PE_BLOCK_HEADER + want);
		if (b == NULL)
		{
			arena->failed = 1;
			return NULL;
		}
		b->next = arena->head;
		b->size = want;
		arena->head = b;
		arena->cur = (char *) b + PE_BLOCK_HEADER;
		arena->end = arena->cur + want;
		if (arena->next_size < PE_MAX_BLOCK)
			arena->next_size *= 2;
	}
	p = arena->cur;
	arena->cur += size;
	return p;
}

void *
pe_arena_alloc0(pe_arena *arena, size_t size)
{
	void	   *p = pe_arena_alloc(arena, size);

	if (p)
		memset(p, 0, size);
	return p;
}

void *
pe_arena_grow(pe_arena *arena, void *old, size_t old_n, size_t new_n,
			  size_t elem_size)
{
	void	   *p;

	if (elem_size != 0 && new_n > SIZE_MAX / 2 / elem_size)
	{
		arena->failed = 1;
		return NULL;
	}
	p = pe_arena_alloc(arena, new_n * elem_size);
	if (p && old && old_n)
		memcpy(p, old, (old_n < new_n ? old_n : new_n) * elem_size);
	return p;
}

char *
pe_arena_strndup(pe_arena *arena, const char *s, size_t n)
{
	char	   *p = pe_arena_alloc(arena, n + 1);

	if (p)
	{
		if (n)
			memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

void
pe_arena_release(pe_arena *arena)
{
	pe_arena_block *b = arena->head;

	while (b)
	{
		pe_arena_block *next = b->next;

		arena->allocator.release(arena->allocator.ctx, b);
		b = next;
	}
	arena->head = NULL;
	arena->cur = NULL;
	arena->end = NULL;
	arena->next_size = PE_FIRST_BLOCK;
}
