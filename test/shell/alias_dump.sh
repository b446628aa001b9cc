#!/usr/bin/env bash
# User aliases survive pg_dump and restore (test/scripts/alias_dump_test.sh).
exec "$(dirname "${BASH_SOURCE[0]}")/../scripts/alias_dump_test.sh" "$@"
