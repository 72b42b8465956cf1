"""Benchmark (not a test): median time to render each sample idea paper (python-docx), its size and pages.

    PYTHONPATH=. python bench/paper.py [--repeat 15]

Pages are counted from the PDF when LibreOffice is installed (scripts/render_paper.sh installs it).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.content import Catalog  # noqa: E402
from bot.domain.budget import load_rules  # noqa: E402
from bot.domain.interview import collect_warnings  # noqa: E402
from bot.domain.paper import plain_for, render_paper  # noqa: E402
from tests.paper_samples import SAMPLES, TODAY, draft  # noqa: E402


def pages(data: bytes) -> str:
    if not shutil.which("soffice"):
        return "?"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.docx"
        path.write_bytes(data)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", folder, str(path)],
                       check=True, capture_output=True, timeout=180)
        info = subprocess.run(["pdfinfo", str(Path(folder) / "p.pdf")], capture_output=True, text=True).stdout
        return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    catalog, rules = Catalog.load(Path(__file__).resolve().parents[1] / "content"), load_rules()
    for name in SAMPLES:
        d, lang = draft(name)
        plain, warnings = plain_for(catalog, lang), collect_warnings(d, TODAY, rules)
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            data, _ = render_paper(d, lang=lang, plain=plain, today=TODAY, rules=rules, warnings=warnings)
            times.append(time.perf_counter() - start)
        print(f"{name}: median {statistics.median(times) * 1000:.0f} ms, {len(data) // 1024} KiB, {pages(data)} A4 pages")


if __name__ == "__main__":
    main()
