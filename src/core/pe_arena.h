/*-------------------------------------------------------------------------
 *
 * pe_arena.h
 *	  Bump allocator over a caller-supplied allocator (plain C99).
 *
 * Every src/core function that needs memory takes a pe_arena.  The
 * PostgreSQL glue backs it with palloc in the function's memory context;
 * unit tests and fuzz targets back it with malloc.  Everything allocated
 * from an arena is released at once by pe_arena_release().
 *
 * IDENTIFICATION
 *	  src/core/pe_arena.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_ARENA_H
#define PE_ARENA_H

#include <stddef.h>

typedef struct pe_allocator
{
	/* returns NULL on failure (palloc never does: it raises an ERROR) */
	void	   *(*alloc) (void *ctx, size_t size);
	void		(*release) (void *ctx, void *ptr);
	void	   *ctx;
} pe_allocator;

typedef struct pe_arena_block pe_arena_block;

typedef struct pe_arena
{
	pe_allocator allocator;
	pe_arena_block *head;
	char	   *cur;			/* next free byte in head */
	char	   *end;			/* end of head */
	size_t		next_size;		/* size of the next block to request */
	int			failed;			/* set once an allocation failed */
	/*
	 * Optional interrupt hook (NULL: none).  Long loops call
	 * pe_arena_poll() once per unit of work (a character, a token, a
	 * sentence); every PE_POLL_INTERVAL-th call runs the hook, which in
	 * the PostgreSQL glue is CHECK_FOR_INTERRUPTS() and may not return
	 * (it raises an ERROR: core code must keep no state outside the arena
	 * that such a jump would leak).
	 */
	void		(*interrupt) (void *ctx);
	void	   *interrupt_ctx;
	unsigned	poll_count;
} pe_arena;

/* calls between two runs of the interrupt hook (a power of two) */
#define PE_POLL_INTERVAL 4096u

/* count one unit of work; run the interrupt hook at a bounded interval */
static inline void
pe_arena_poll(pe_arena *arena)
{
	if (arena->interrupt != NULL &&
		((++arena->poll_count) & (PE_POLL_INTERVAL - 1)) == 0)
		arena->interrupt(arena->interrupt_ctx);
}

/* allocator == NULL means malloc/free */
void		pe_arena_init(pe_arena *arena, const pe_allocator *allocator);

/* 8-byte aligned; NULL (and arena->failed set) when out of memory */
void	   *pe_arena_alloc(pe_arena *arena, size_t size);
void	   *pe_arena_alloc0(pe_arena *arena, size_t size);

/* grow an array: returns new storage holding the first old_n elements */
void	   *pe_arena_grow(pe_arena *arena, void *old, size_t old_n,
						  size_t new_n, size_t elem_size);

char	   *pe_arena_strndup(pe_arena *arena, const char *s, size_t n);

/* frees every block */
void		pe_arena_release(pe_arena *arena);

#endif							/* PE_ARENA_H */
