#!/bin/sh
# Render the sample idea papers (or one draft) to PNG pages: DOCX → PDF (LibreOffice) → PNG (pdftoppm).
# Not part of CI. Usage: scripts/render_paper.sh [SAMPLE ...] [--out DIR] [--draft FILE.json --lang fi]
set -e
cd "$(dirname "$0")/.."
if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
    echo "Installing libreoffice-writer and poppler-utils (needs root)…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        libreoffice-writer poppler-utils fonts-crosextra-carlito fonts-dejavu
fi
PYTHON="${PYTHON:-.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON=python3
PYTHONPATH="$PWD" exec "$PYTHON" scripts/render_paper.py "$@"
