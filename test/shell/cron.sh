#!/usr/bin/env bash
# The pg_cron nightly-job test (test/scripts/cron_test.sh) as a make test shell suite.
exec "$(dirname "${BASH_SOURCE[0]}")/../scripts/cron_test.sh" "$@"
