/*-------------------------------------------------------------------------
 *
 * pe_region.c
 *	  Lookup in the compiled table of China's administrative regions.
 *
 * IDENTIFICATION
 *	  src/core/pe_region.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_region.h"

#include <string.h>

#include "pe_utf8.h"

static const pe_region_entry regions[] = {
#include "pe_region_names.h"
};

#define NREGIONS (sizeof(regions) / sizeof(regions[0]))

/* bytewise order of s[0..len) against a NUL-terminated name */
static int
cmp_name(const char *s, size_t len, const char *name)
{
	size_t		n = strlen(name);
	int			c = memcmp(s, name, len < n ? len : n);

	if (c != 0)
		return c;
	return len < n ? -1 : len > n ? 1 : 0;
}

const pe_region_entry *
pe_region_lookup(const char *s, size_t len)
{
	size_t		lo = 0,
				hi = NREGIONS;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		int			c = cmp_name(s, len, regions[mid].name);

		if (c == 0)
			return &regions[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

size_t
pe_region_longest_at(const char *s, size_t len, size_t pos,
					 const pe_region_entry **e)
{
	size_t		ends[11];
	size_t		i = pos;
	int			n = 0,
				k;

	*e = NULL;
	/* the ends of the first 10 Han characters */
	while (i < len && n < 10)
	{
		uint32_t	cp = pe_utf8_next(s, len, &i);

		if (!pe_is_han(cp))
			break;
		ends[++n] = i;
	}
	for (k = n; k >= 2; k--)
	{
		const pe_region_entry *r = pe_region_lookup(s + pos, ends[k] - pos);

		if (r)
		{
			*e = r;
			return ends[k] - pos;
		}
	}
	return 0;
}

const char *
pe_region_full(const pe_region_entry *e)
{
	return e->full ? e->full : e->name;
}

static int
ends_with(const char *s, size_t len, const char *w)
{
	size_t		n = strlen(w);

	return len >= n && memcmp(s + len - n, w, n) == 0;
}

pe_doc_level
pe_region_suffix_level(const char *s, size_t len)
{
	if (ends_with(s, len, "自治区") || ends_with(s, len, "特别行政区") ||
		ends_with(s, len, "省"))
		return PE_LEVEL_PROVINCE;
	if (ends_with(s, len, "区"))
		return PE_LEVEL_DISTRICT;
	if (ends_with(s, len, "市") || ends_with(s, len, "州") ||
		ends_with(s, len, "盟"))
		return PE_LEVEL_CITY;
	if (ends_with(s, len, "县") || ends_with(s, len, "旗"))
		return PE_LEVEL_COUNTY;
	return PE_LEVEL_UNKNOWN;
}

const char *
pe_level_name(pe_doc_level level)
{
	switch (level)
	{
		case PE_LEVEL_NATIONAL: return "national";
		case PE_LEVEL_PROVINCE: return "province";
		case PE_LEVEL_CITY: return "city";
		case PE_LEVEL_COUNTY: return "county";
		case PE_LEVEL_DISTRICT: return "district";
		default: return NULL;
	}
}

pe_doc_level
pe_region_level(const char *s, size_t len)
{
	const pe_region_entry *e = pe_region_lookup(s, len);

	if (e)
		return e->level;
	if (len == 6 && memcmp(s, "全国", 6) == 0)
		return PE_LEVEL_NATIONAL;
	return pe_region_suffix_level(s, len);
}

const char *
pe_region_subject(const char *name, size_t len, const char *doc_region, size_t doc_len)
{
	const pe_region_entry *e = NULL;
	pe_doc_level dl = pe_region_level(doc_region, doc_len);
	size_t		l = pe_region_longest_at(name, len, 0, &e);
	size_t		i;
	int			k;

	if (l == 0 || e == NULL || dl == PE_LEVEL_UNKNOWN || e->level <= dl)
		return NULL;
	/* the name goes on: two Han characters after the region */
	for (i = l, k = 0; k < 2; k++)
		if (i >= len || !pe_is_han(pe_utf8_next(name, len, &i)))
			return NULL;
	return pe_region_full(e);
}
