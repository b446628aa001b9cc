/*-------------------------------------------------------------------------
 *
 * pe_test.h
 *	  Minimal TAP producer for the src/core unit tests.
 *
 * Each test program prints TAP ("ok 1 - ...", "not ok 2 - ...") and a
 * "1..N" plan at the end, and exits non-zero when any check failed.
 * test/run-tests.sh counts the lines.
 *
 * IDENTIFICATION
 *	  test/unit/pe_test.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_TEST_H
#define PE_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int	pe_test_n = 0;
static int	pe_test_failed = 0;

static void
pe_ok_at(int cond, const char *file, int line, const char *name)
{
	pe_test_n++;
	if (cond)
		printf("ok %d - %s\n", pe_test_n, name);
	else
	{
		pe_test_failed++;
		printf("not ok %d - %s\n#   at %s:%d\n", pe_test_n, name, file, line);
	}
}

#define ok(cond, name) pe_ok_at((cond) ? 1 : 0, __FILE__, __LINE__, (name))

/* string equality with a diagnostic on failure */
#define is_str(got, want, name) do { \
	const char *g_ = (got), *w_ = (want); \
	int c_ = (g_ && w_) ? strcmp(g_, w_) == 0 : g_ == w_; \
	pe_ok_at(c_, __FILE__, __LINE__, (name)); \
	if (!c_) printf("#   got:  '%s'\n#   want: '%s'\n", g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
} while (0)

#define is_int(got, want, name) do { \
	long long g_ = (long long) (got), w_ = (long long) (want); \
	pe_ok_at(g_ == w_, __FILE__, __LINE__, (name)); \
	if (g_ != w_) printf("#   got:  %lld\n#   want: %lld\n", g_, w_); \
} while (0)

static int
pe_done_testing(void)
{
	printf("1..%d\n", pe_test_n);
	return pe_test_failed ? 1 : 0;
}

#endif							/* PE_TEST_H */
