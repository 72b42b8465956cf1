#!/usr/bin/env bash
# Sets up .venv with the test extras on first use, then runs the whole test suite (no network).
source "$(dirname "$0")/scripts_common.sh" test
set +e
"$VENV/bin/python" -m pytest -q "$@"
status=$?
if [ "$status" -eq 5 ]; then
    echo "pytest collected no tests: treating that as a failure" >&2
    exit 1
fi
exit "$status"
