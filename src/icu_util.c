/*-------------------------------------------------------------------------
 *
 * icu_util.c
 *	  ICU helpers: UTF-8 <-> UTF-16, NFKC folding, Traditional->Simplified.
 *
 * ICU objects live outside PostgreSQL's memory contexts.  The
 * transliterator is opened once per backend and kept for its lifetime
 * (it is immutable after opening); every buffer handed to ICU is palloc'd,
 * so an ERROR leaks nothing.
 *
 * IDENTIFICATION
 *	  src/icu_util.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "lib/stringinfo.h"
#include "miscadmin.h"

#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "plan_ext.h"

static UTransliterator *t2s = NULL;

static void
icu_check(UErrorCode status, const char *what)
{
	if (U_FAILURE(status))
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
				 errmsg("ICU %s failed: %s", what, u_errorName(status))));
}

static UTransliterator *
get_t2s(void)
{
	if (t2s == NULL)
	{
		static const char id[] = "Traditional-Simplified";
		UChar		uid[sizeof(id)];
		UErrorCode	status = U_ZERO_ERROR;
		UParseError perr;

		u_charsToUChars(id, uid, sizeof(id));
		t2s = utrans_openU(uid, -1, UTRANS_FORWARD, NULL, 0, &perr, &status);
		if (U_FAILURE(status))
		{
			t2s = NULL;
			ereport(ERROR,
					(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
					 errmsg("could not open ICU transliterator \"%s\": %s",
							id, u_errorName(status)),
					 errhint("Check that the ICU data package installed with the server includes transliteration data.")));
		}
	}
	return t2s;
}

/*
 * normalize_piece: NFKC, then Traditional -> Simplified, then NFKC
 * again (the transliterator's output is already NFKC in practice; the
 * second pass makes the result a fixed point).  Input and output are
 * UTF-8; the result is palloc'd and *outlen set to its byte length.
 */
static char *
normalize_piece(const char *s, int len, int *outlen)
{
	UErrorCode	status = U_ZERO_ERROR;
	const UNormalizer2 *nfkc;
	UChar	   *u16,
			   *n16;
	int32_t		u16len,
				n16len,
				cap,
				limit;
	char	   *out;
	int32_t		olen;
	int			i;

	/* ASCII is its own NFKC form and has no Traditional characters */
	for (i = 0; i < len; i++)
		if ((unsigned char) s[i] >= 0x80)
			break;
	if (i == len)
	{
		out = palloc(len + 1);
		memcpy(out, s, len);
		out[len] = '\0';
		*outlen = len;
		return out;
	}

	u16 = palloc(((Size) len + 1) * sizeof(UChar));
	u_strFromUTF8(u16, len + 1, &u16len, s, len, &status);
	icu_check(status, "UTF-8 conversion");

	nfkc = unorm2_getNFKCInstance(&status);
	icu_check(status, "NFKC normalizer");

	/* NFKC can grow text (e.g. U+FDFA is 18 characters); size generously */
	cap = u16len * 3 + 16;
	n16 = palloc((Size) cap * sizeof(UChar));
	n16len = unorm2_normalize(nfkc, u16, u16len, n16, cap, &status);
	if (status == U_BUFFER_OVERFLOW_ERROR)
	{
		status = U_ZERO_ERROR;
		cap = n16len + 16;
		pfree(n16);
		n16 = palloc((Size) cap * sizeof(UChar));
		n16len = unorm2_normalize(nfkc, u16, u16len, n16, cap, &status);
	}
	icu_check(status, "NFKC normalization");
	pfree(u16);

	/* Traditional -> Simplified, in place; may change the length */
	for (;;)
	{
		UChar	   *work;
		int32_t		textlen = n16len;
		int32_t		wcap = n16len * 2 + 16;

		work = palloc((Size) wcap * sizeof(UChar));
		memcpy(work, n16, (Size) n16len * sizeof(UChar));
		limit = textlen;
		status = U_ZERO_ERROR;
		utrans_transUChars(get_t2s(), work, &textlen, wcap, 0, &limit, &status);
		if (status == U_BUFFER_OVERFLOW_ERROR)
		{
			pfree(work);
			continue;			/* cannot happen with 2x room; retry anyway */
		}
		icu_check(status, "transliteration");
		pfree(n16);
		n16 = work;
		n16len = textlen;
		break;
	}

	/* fixed point: NFKC once more (cheap when already normalized) */
	status = U_ZERO_ERROR;
	if (!unorm2_isNormalized(nfkc, n16, n16len, &status))
	{
		UChar	   *again;

		status = U_ZERO_ERROR;
		cap = n16len * 3 + 16;
		again = palloc((Size) cap * sizeof(UChar));
		n16len = unorm2_normalize(nfkc, n16, n16len, again, cap, &status);
		icu_check(status, "NFKC normalization");
		pfree(n16);
		n16 = again;
	}
	icu_check(status, "NFKC check");

	status = U_ZERO_ERROR;
	u_strToUTF8(NULL, 0, &olen, n16, n16len, &status);
	if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
		icu_check(status, "UTF-8 conversion");
	status = U_ZERO_ERROR;
	out = palloc((Size) olen + 1);
	u_strToUTF8(out, olen + 1, &olen, n16, n16len, &status);
	icu_check(status, "UTF-8 conversion");
	pfree(n16);
	*outlen = olen;
	return out;
}

/*
 * Where the piece of s[start..len) to normalize next ends: after the last
 * line break between PIECE_MIN and PIECE_MAX bytes on, else after the last
 * 。 there, else at a character boundary at PIECE_MAX (a line of 256 KB
 * without a full stop). Neither NFKC nor the transliterator's word rules
 * reach across a line break or a full stop, so the pieces normalize as
 * the whole would.
 */
#define PIECE_MIN	(64 * 1024)
#define PIECE_MAX	(256 * 1024)

static int
piece_end(const char *s, int len, int start)
{
	int			lo = start + PIECE_MIN,
				hi = start + PIECE_MAX,
				i;

	if (len - start <= PIECE_MAX)
		return len;
	for (i = hi; i > lo; i--)
		if (s[i - 1] == '\n')
			return i;
	for (i = hi; i - 3 > lo; i--)
		if ((unsigned char) s[i - 3] == 0xE3 && (unsigned char) s[i - 2] == 0x80 &&
			(unsigned char) s[i - 1] == 0x82)
			return i;
	for (i = hi; i > lo && ((unsigned char) s[i] & 0xC0) == 0x80; i--)
		;
	return i;
}

/*
 * plan_icu_normalize: normalize_piece over pieces of at most 256 KB, so
 * that no ICU call runs for long without a check for a cancel request
 * (one call over 45 MB ran 11 s) and no UTF-16 buffer is sized for the
 * whole text.  The result is palloc'd and *outlen set to its byte length.
 */
char *
plan_icu_normalize(const char *s, int len, int *outlen)
{
	StringInfoData out;
	int			start = 0;

	if (len <= PIECE_MAX)
		return normalize_piece(s, len, outlen);
	initStringInfo(&out);
	while (start < len)
	{
		int			end = piece_end(s, len, start),
					plen;
		char	   *p;

		CHECK_FOR_INTERRUPTS();
		p = normalize_piece(s + start, end - start, &plen);
		appendBinaryStringInfo(&out, p, plen);
		pfree(p);
		start = end;
	}
	*outlen = out.len;
	return out.data;
}
