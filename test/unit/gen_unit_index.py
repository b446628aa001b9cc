#!/usr/bin/env python3
"""Regenerate the by_first_cp index of src/core/pe_units.c after adding a
unit to the catalogue (test_quantity fails until the index matches)."""
import re, sys
p = sys.argv[1] if len(sys.argv) > 1 else 'src/core/pe_units.c'
s = open(p, encoding='utf-8').read()
start = s.index('static const pe_unit_def catalogue[] = {')
end = s.index('};', start)
names = re.findall(r'U\("([^"]+)"', s[start:end])
rows = sorted((ord(n[0]), k) for k, n in enumerate(names))
body = "\n".join("\t{0x%04X, %d},\t\t/* %s */" % (cp, k, names[k]) for cp, k in rows)
a = s.index('}\t\t\tby_first_cp[] = {\n') + len('}\t\t\tby_first_cp[] = {\n')
b = s.index('\n};', a)
s = s[:a] + body + s[b:]
open(p, 'w', encoding='utf-8').write(s)
print("%d entries" % len(names))
