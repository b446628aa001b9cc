# tap.sh: TAP helpers for the shell tests (sourced, not run).
#
#   q ARGS...            psql, unaligned, tuples only, stop on error
#   check NAME GOT WANT  prints "ok N - NAME", or "not ok N - NAME" with
#                        got and want, and counts the failure
#   tap_end              prints the plan "1..N"; its status is 0 when no
#                        check failed (end a test with it)
q() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }
n=0
fails=0
check() {	# check NAME GOT WANT
	n=$((n + 1))
	if [ "$2" = "$3" ]; then
		echo "ok $n - $1"
	else
		fails=$((fails + 1))
		echo "not ok $n - $1"
		echo "#   got:  $2"
		echo "#   want: $3"
	fi
}
tap_end() {
	echo "1..$n"
	[ "$fails" -eq 0 ]
}
