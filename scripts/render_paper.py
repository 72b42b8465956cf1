"""Render idea papers to PNG pages to look at them as an advisor would (not part of CI).

    PYTHONPATH=. python scripts/render_paper.py [SAMPLE ...] [--out DIR] [--draft FILE.json --lang fi]

SAMPLE is one of tests/paper_samples.py's names (default: all). DOCX → PDF with LibreOffice headless → PNG with
pdftoppm. scripts/render_paper.sh installs libreoffice-writer and poppler-utils first if they are missing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from bot.content import Catalog
from bot.domain.budget import load_rules
from bot.domain.interview import Draft, collect_warnings
from bot.domain.paper import plain_for, render_paper
from tests.paper_samples import SAMPLES, TODAY, draft

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("samples", nargs="*", default=list(SAMPLES))
    parser.add_argument("--out", default="paper-render")
    parser.add_argument("--draft", help="a Draft as JSON (Draft.to_json) instead of the samples")
    parser.add_argument("--lang", default="fi")
    parser.add_argument("--dpi", default="80")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    catalog, rules = Catalog.load(ROOT / "content"), load_rules()
    jobs = [(Path(args.draft).stem, Draft.from_json(Path(args.draft).read_text(encoding="utf-8")), args.lang)] if args.draft \
        else [(name, *draft(name)) for name in args.samples]
    for name, d, lang in jobs:
        data, _ = render_paper(d, lang=lang, plain=plain_for(catalog, lang), today=TODAY, rules=rules,
                               warnings=collect_warnings(d, TODAY, rules))
        docx = out / f"{name}.docx"
        docx.write_bytes(data)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(docx)],
                       check=True, capture_output=True, timeout=180)
        subprocess.run(["pdftoppm", "-png", "-r", args.dpi, str(out / f"{name}.pdf"), str(out / name)], check=True)
        pages = sorted(out.glob(f"{name}-*.png"))
        print(f"{name}: {docx} → {len(pages)} pages: {' '.join(p.name for p in pages)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
