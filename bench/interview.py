"""Benchmark (not a test): two interviews walked as a new user would, on a phone, with natural answers.

Run: PYTHONPATH=$PWD /work/main/.venv/bin/python bench/interview.py [--timing] [--save DIR]
Prints, per walk, the actions (typed, taps), rejected answers and bot messages (sent, edited), then opens
the DOCX and checks that every value the walk meant is the one the paper shows. ``--timing`` also
prints the median time of one step and of one paper render; ``--save DIR`` writes each walk's paper there
(walk-fi.docx, walk-en.docx) to be looked at as pages.
"""

from __future__ import annotations

import asyncio
import io
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


from bot.content import Catalog  # noqa: E402
from tests.fakebot import FakeTelegram  # noqa: E402
from tests.harness import BotHarness, docx_text  # noqa: E402

CONTENT = Path(__file__).resolve().parents[1] / "content"
NOW = datetime(2026, 12, 4, 18, 0, tzinfo=UTC)
VERBOSE = "-v" in sys.argv


def press(label: str) -> tuple[str, str]:
    return ("press", label)


# A Finnish volunteer's Leader investment: the village hall gets a heat pump, windows and a ramp, with talkoot.
LEADER_FI = [
    "/idea",
    press("Leader"),
    press("Investointihanke"),
    "kyläyhdistys ry",
    "mistä näen meidän y-tunnuksen?",
    press("Se on kysymys"),
    "Pohjoistuulen kyläyhdistys ry",
    "Maija Virtanen, puheenjohtaja, 040 123 4567",
    "Kylätalo kuntoon",
    "Kylätalo on ainoa kokoontumispaikka, mutta lämmitys on kallista, ikkunat vuotavat eikä pyörätuolilla pääse sisään.",
    "Kylätalon energiankulutus puolittuu ja talo on esteetön kaikille.",
    "Kylän 300 asukasta, erityisesti ikäihmiset ja lapsiperheet, ja kylätaloa käyttävät seurat.",
    "Pohjoistuulen kylä, Kittilä",
    "Ryhmän strategiassa painotetaan kylien kohtaamispaikkoja ja energiansäästöä.",
    "1. ilmalämpöpumppu\n2. ikkunoiden vaihto\n3. esteetön ramppi",
    "tarjoukset – hallitus – syyskuu 2027\nikkunat ja lämpöpumppu – urakoitsija – syksy 2027\nramppi ja maalaus – talkoot – kevät 2028",
    "Kittilän kunta\nkylän metsästysseura",
    "ensi syksynä",
    press("✔"),
    "kesäkuun loppuun 2028",
    "Kylätalo on yhdistyksen oma.",
    "Ramppi vaatii toimenpideluvan, tarjoukset kolmelta urakoitsijalta.",
    "Kylätalo on lämmin, esteetön ja halvempi ylläpitää: lämmityskulut puolittuvat.",
    "sähkönkulutus −50 %\nkäyttökertoja 150 vuodessa",
    "Kustannukset nousevat – tarjoukset ajoissa ja varaus budjettiin.",
    "Yhdistyksellä on 80 jäsentä ja kokemusta kahdesta talkooremontista.",
    "Talon ylläpito jatkuu vuokratuloilla ja talkoilla.",
    press("65 %"),
    "Kyläläiset tekevät rampin ja maalaavat, 6 päivää, 10 henkeä 6 tuntia",
    "traktori n. 8 tuntia",
    "ostopalvelut noin 30 tonnia\nlaitteet 12 000\nsuunnittelu 2 000",
    "yhdistyksen omat varat 3 000 €\nlahjoitukset 1 000 €",
    press("📄"),
]
LEADER_FI_EXPECT = [
    "Pohjoistuulen kyläyhdistys ry", "Kylätalo kuntoon", "ilmalämpöpumppu", "ikkunoiden vaihto", "esteetön ramppi",
    "1.9.2027", "30.6.2028", "360", "Kittilän kunta", "kylän metsästysseura", "30\u00a0000", "12\u00a0000", "2\u00a0000",
    "65 %", "Kylätalo on yhdistyksen oma.", "yhdistyksen omat varat 3 000 €", "Leader Tunturi-Lappi",
    "Talkootyö 360 h × 15 €", "Konetyö 8 h × 30 €", "ikkunat ja lämpöpumppu", "Rekisteröity yhdistys",
]

# An English ESR+ interview.
ESR_EN = [
    "/idea",
    press("ESR+"),
    press("Registered association"),
    "Village Living Room Association",
    "Maija Virtanen, chair, +358 40 123 4567",
    "The Village Living Room",
    "Long-term unemployed people here have no place to meet; about 60 people use the food aid every week.",
    "Participants find a rhythm for their week and a community, and some move on to studies or work trials.",
    "About 40 long-term unemployed and partially able-bodied people in Iisalmi.",
    "Iisalmi",
    press("Helping people in a vulnerable position"),
    "1. A meeting place twice a week\n2. A cooking and everyday skills group\n3. Personal guidance",
    "A full-time coordinator and volunteers; the board steers the project.",
    "Through the food aid point, the employment services and the parish.",
    "City of Iisalmi – letter of intent\nIisalmi parish",
    "March 1st 2027",
    "end of February 2029",
    "The meeting place runs every week and at least ten participants move on to studies or work.",
    "participants 40\nmoved on to studies or work 10",
    "Free and accessible for all; we follow whom we reach; food from surplus.",
    press("Participants enter it themselves"),
    "Finding participants – we work with the employment services.",
    "120 members, a village hall, two earlier projects.",
    "The municipality is considering making the meeting place permanent.",
    "Project coordinator, about 3 500 a month for 24 months, full time",
    press("Done"),
    "municipal grant 10 000\nassociation's own funds 6 800",
    press("📄"),
]
ESR_EN_EXPECT = [
    "Village Living Room Association", "The Village Living Room", "A meeting place twice a week", "Personal guidance",
    "1 March 2027", "28 February 2029", "84,000", "Project coordinator", "City of Iisalmi – letter of intent",
    "Participants enter it themselves", "municipal grant 10 000", "€3,500", "Helping people in a vulnerable position",
]


@dataclass
class Walk:
    actions: int = 0
    typed: int = 0
    taps: int = 0
    rejected: list[str] = field(default_factory=list)
    sent: int = 0
    edited: int = 0
    missing: list[str] = field(default_factory=list)
    document: bytes | None = None




def _error_marks(lang: str) -> list[str]:
    catalog = Catalog.load(CONTENT)
    raw = [str(catalog.raw(lang, f"interview.errors.{key}")) for key in catalog.section(lang, "interview.errors")]
    return [text.split("{")[0].split("<")[0][:25] for text in raw]


async def walk(steps: list, lang: str, expect: list[str]) -> Walk:
    fake = await FakeTelegram().start()
    marks = _error_marks(lang)
    result = Walk()
    with tempfile.TemporaryDirectory() as tmp:
        harness = await BotHarness(fake, Path(tmp) / "walk.sqlite3", log_level="WARNING").start()
        harness.services.clock = lambda: NOW
        try:
            user = fake.new_user("Maija", lang)
            mark = len(fake.events)
            reply = None
            for step in steps:
                if isinstance(step, tuple):
                    message = fake.last(user)
                    try:
                        reply = await fake.press(user, message, step[1])
                    except LookupError as exc:
                        print(f"   stuck at {step!r}: {exc}")
                        break
                    result.taps += 1
                else:
                    reply = await fake.send(user, step)
                    result.typed += 1
                result.actions += 1
                if any(m in reply.text for m in marks):
                    result.rejected.append(step if isinstance(step, str) else step[1])
                if VERBOSE:
                    print(f"-> {step!r}\n   " + reply.text.replace("\n", "\n   ")[:900])
            for kind, chat, _ in fake.events[mark:]:
                if chat == user.id:
                    result.sent += kind == "sent"
                    result.edited += kind == "edited"
            docs = [m for m in fake.messages(user) if m.document is not None]
            if docs:
                result.document = docs[-1].document
                text = docx_text(result.document)
                result.missing = [e for e in expect if e not in text]
            else:
                result.missing = ["(no paper)"]
        finally:
            await harness.stop()
            await fake.stop()
    return result


def report(name: str, result: Walk, limit: int) -> None:
    ok = result.actions <= limit and len(result.rejected) <= 2 and not result.missing
    print(f"{name}: {result.actions} actions ({result.typed} typed, {result.taps} taps), "
          f"{len(result.rejected)} rejected, {result.sent} bot messages sent + {result.edited} edits; "
          f"paper values {'all as meant' if not result.missing else 'MISSING ' + repr(result.missing)}"
          f" [{'OK' if ok else 'over target'}: ≤ {limit} actions, ≤ 2 rejected]")
    for rejected in result.rejected:
        print(f"   rejected: {rejected!r}")


def timing() -> None:
    from bot.domain import interview as iv
    from bot.domain.budget import load_rules
    from bot.domain.paper import plain_for, render_paper

    rules, today = load_rules(), date(2026, 5, 4)
    times = []
    for _ in range(2000):
        d = iv.Draft(answers={"track": "esr"}, current="need")
        start = time.perf_counter()
        iv.answer_text(d, "Kylässä ei ole kohtaamispaikkaa.", today, rules)
        iv.Draft.from_json(d.to_json())
        times.append(time.perf_counter() - start)
    print(f"interview step, domain only: median {statistics.median(times) * 1e6:.0f} µs")
    plain = plain_for(Catalog.load(CONTENT), "fi")
    draft = iv.Draft(answers={"track": "leader", "leader_type": "development", "title": "Vihreä kylä",
                              "leader_costs": {"personnel": "20000"}, "actions": ["a", "b"]}, current=None, mode="review")
    times = []
    for _ in range(20):
        start = time.perf_counter()
        render_paper(draft, lang="fi", plain=plain, today=today, rules=rules, warnings=[])
        times.append(time.perf_counter() - start)
    print(f"render one idea paper: median {statistics.median(times) * 1e3:.1f} ms")


def main() -> None:
    save = Path(sys.argv[sys.argv.index("--save") + 1]) if "--save" in sys.argv else None
    for name, steps, lang, expect, limit in (("Leader investment (fi)", LEADER_FI, "fi", LEADER_FI_EXPECT, 34),
                                             ("ESR+ (en)", ESR_EN, "en", ESR_EN_EXPECT, 30)):
        result = asyncio.run(walk(steps, lang, expect))
        report(name, result, limit)
        if save and result.document:  # the paper the walk got, to look at as pages (soffice, then pdftoppm)
            save.mkdir(parents=True, exist_ok=True)
            (save / f"walk-{lang}.docx").write_bytes(result.document)
    if "--timing" in sys.argv:
        timing()


if __name__ == "__main__":
    main()
