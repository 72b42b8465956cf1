#!/usr/bin/env bash
# Sets up .venv on first use, then runs the bot with long polling (SQLite file under data/).
source "$(dirname "$0")/scripts_common.sh" ""
exec "$VENV/bin/python" -m bot "$@"
