"""Adversarial reviews 28 to 33 (helpers that did not write the rules; phone-typed inputs aimed at the fourteenth
to nineteenth sessions' readers): none may be silently misread, as the benchmark counts it, except the ones
marked ``left``.

Review 28 (264 inputs): its 23 ``left`` were misread the same way before the fourteenth session (a0956e3); the 16 it
found are fixed.

Review 29 (283 inputs): six of its seven ``left`` were misread the same way before the fifteenth session (43b06ef); the
seventh, "tre tusen... fyra tusen", is read as a range's top (4 000) as the frozen sets' rule says. Review 30 (373
inputs, on 9b28eb0): its five ``left`` are older readings ("1200 ja 1500" as a range's top, "Leader-tukea haetaan 10 000
- 12 000", own money read as the figure asked, "Puoltoista tonnia – pari tonnia"); the six new silent misreads it found
(spoken "puol tonnia" beside gravel or "yks", "5 kybää ja viiskymppiä") are fixed, and its wrong proposals narrowed.

Review 31 (304 inputs, on fe0e50c): 72 silent at first, none from this session's proposing readers; the rewrite "tonnin
verran" had lost a month after it. Day numbers in words before a month, "tonnin tai kaks", a floor and a cap, a month in a
"because" clause, "the following year" from a later start, a word that multiplies a figure no reader used, a remark on a
thing said before it ("laituri lahoaa"), "per kylä" are mended or proposed; its eight ``left`` are older or arguable
("sata kaksisataa euroa", hours this year and next, "ei kaupungissa" matched to a button, "ry ei oo").

Review 33 (126 inputs, on 4731ca1, aimed at the nineteenth session's comma-line offers, restated weekends and hour
labels): 27 worse at first, none silent; all 27 narrowed. Its 11 ``left`` were silently misread the same way before the
session ("Both weekends: 6 people, 16 hours", "Kylätalo, tuo vanha koulu mäellä, ja kota", "…, ja sen semmoset")."""

import json
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
import answers  # noqa: E402

DATA = Path(__file__).parents[1] / "data"
CASES = [dict(case, review=n) for n in (28, 29, 30, 31, 32, 33)
         for case in json.loads((DATA / f"review{n}_cases.json").read_text(encoding="utf-8"))]
OPTIONS = answers._options()


@pytest.mark.parametrize("case", [c for c in CASES if not c.get("left")], ids=lambda c: str(c["text"])[:40])
def test_no_silent_misreading(case):
    verdict, got = answers.judge(case, OPTIONS, date(2026, 12, 4))
    assert verdict != "silent", got


def test_the_left_cases_are_the_known_ones():
    assert [sum(1 for c in CASES if c.get("left") and c["review"] == n) for n in (28, 29, 30, 31, 32, 33)] == [23, 7, 5, 8, 25, 11]
