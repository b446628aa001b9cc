#!/usr/bin/env bash
# seed_corpus.sh SEEDS_DIR MB OUT: the benchmark corpus, as
# ../shared/tools/bench-throughput builds it: the seed texts cut into
# paragraphs (lines; long ones cut at a full stop after 400 characters),
# escaped for COPY, repeated to about MB megabytes, written to OUT; prints
# the number of repetitions.
set -euo pipefail
seeds="$1" mb="$2" out="$3"
one="$(mktemp)"
trap 'rm -f "$one"' EXIT
perl -CSD -ne 'chomp; s/^\s+|\s+$//g; next if $_ eq ""; s/\\/\\\\/g; s/\t/ /g;
	while (length($_) > 800) { my $c = index($_, "。", 400); $c = 500 if $c < 0 || $c > 1200;
		print substr($_, 0, $c + 1), "\n"; $_ = substr($_, $c + 1); }
	print "$_\n" if $_ ne "";' "$seeds"/*.txt > "$one"
size=$(wc -c < "$one")
reps=$(( (mb * 1000000 + size / 2) / size ))
[ "$reps" -ge 1 ] || reps=1
for _ in $(seq "$reps"); do cat "$one"; done > "$out"
echo "$reps"
