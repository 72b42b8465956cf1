"""How well typed answers are understood: ``python bench/answers.py [file.yaml ...] [--show] [--today YYYY-MM-DD]``.

Reads items ``{id, kind: date|amount|hours|list|choice, lang, text, expect, role?, question?, today?}``
(also ``question``/``keep`` kinds with a true/false expect) from bench/data/answers_dev.yaml or the files
given, and prints per kind and language the share understood, the share misunderstood silently (a value
different from expect, not None and not a proposal) and the share not understood (None: the bot asks
again). A vague date, a figure in doubt or a lone list item on one line is shown as a proposal to confirm: right, it counts as understood
(the "by a tap" column says how many were); wrong, it is "flagged", never silent. A list the bot cannot part for sure is asked
about ("one thing or several?", with a button for each reading): where a button is the meant reading it counts as understood
by a tap too; ``--pair-as-flagged`` counts it as flagged, as list figures before 6.12.2026 were counted. An answer that looks like a
question is asked about first ("answer or question?"), as the interview does; ``--no-question-check`` reads it
on its own, as figures before 6.12.2026 were counted. Then the median time of one call of each function. ``--show`` lists every miss.

Dates: an answer that says no date is known ("en tiedä vielä", "tbd", "not decided, the board meets in January") is read as
no date (the interview then offers a date to hold the place, as its own suggestion: ``DateReading.placeholder``); before
7.12.2026 it was read as a date proposed a few months ahead. Expect is an ISO date or ``vague``; relative answers are read against ``today`` (the item's, the
file's top-level ``today``, ``--today``, or else the real date); an end is read with a saved start, as in the
interview (the item's ``start``, else the start proposed for "asap"). Choices: ``question`` names an interview
question whose button labels (both languages) come from content/*/interview.yaml; expect is the option
key or ``none``.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
import statistics
import re
import sys
import time
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.domain.interview import reads_back  # noqa: E402
from bot.domain.understand_check import checked  # noqa: E402
from bot.domain.understand_choice_guess import read_choice  # noqa: E402
from bot.domain.understand_doubt import says_nothing_yet, split_doubt  # noqa: E402
from bot.domain.understand_doubt import as_one_thing  # noqa: E402
from bot.domain.parsing import (  # noqa: E402
    is_keep, looks_like_question, match_choice, split_items, understand_amount, understand_date, understand_hours,
)

YES_NO = {"yes": ("Kyllä", "Yes"), "no": ("Ei", "No")}


def _options() -> dict[str, dict[str, tuple[str, ...]]]:
    """Question id -> option key -> its labels in Finnish and English, from the interview's texts."""
    labels: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for lang in ("fi", "en"):
        data = yaml.safe_load((ROOT / "content" / lang / "interview.yaml").read_text(encoding="utf-8"))
        for question, options in data["interview"]["options"].items():
            for key, label in options.items():
                labels[question][str(key).lower()].append(str(label))
    return {q: {k: tuple(v) for k, v in opts.items()} for q, opts in labels.items()}


def _load(paths: list[Path]) -> list[dict]:
    items = []
    for path in paths:
        raw = path.read_text(encoding="utf-8")
        data = yaml.safe_load(raw)
        said = re.search(r'Reference date \("today"\):\s*(\d{4}-\d{2}-\d{2})', raw)  # the writers' "today", in the header
        file_today = said.group(1) if said else None
        if isinstance(data, dict):
            file_today = data.get("today")
            data = data.get("items", [])
        for item in data:
            item.setdefault("today", file_today)
            items.append(item)
    return items


def _iso(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _norm_item(text: str) -> str:
    return " ".join(str(text).split()).strip(" .,;:").lower()


def _date(item: dict, default_today: date):
    """A date item read as the interview reads it: an end is asked after the start is saved, so an end
    gets a start (the item's ``start``, else the start the bot proposes for "asap")."""
    today = _iso(item["today"]) if item.get("today") else default_today
    role = item.get("role", "start")
    start = None
    if role == "end":
        start = _iso(item["start"]) if item.get("start") else understand_date("asap", role="start", today=today, lang="en").value
    text = str(item["text"])
    return checked(understand_date(text, role=role, today=today, lang=item.get("lang", "fi"), start=start), text, "date")


def asked_first(item: dict) -> bool:
    """True when the interview asks "answer or question?" before reading this answer, as it does for every
    answer that looks like a question (interview_steps.answer): a question sent as the answer is never saved."""
    return item["kind"] not in ("question", "keep") and looks_like_question(str(item["text"]), lang=item.get("lang", "fi"))


def judge(item: dict, options: dict, default_today: date, question_check: bool = True,
          pairs_offered: bool = True) -> tuple[str, object]:
    """(``ok`` | ``silent`` | ``none`` | ``flagged``, what was read) for one item. With ``question_check``, an
    answer that looks like a question is first asked about, as in the interview: where the writer expects no
    value it is understood (the user says "question" and it goes to the FAQ); where a value is expected the
    user says "answer" and it is read as usual. With ``pairs_offered``, a "one thing or several?" question whose
    buttons include the meant reading counts as understood by a tap, as a proposed figure or date does; without it
    (``--pair-as-flagged``), as figures before 6.12.2026 were counted, it is flagged unless the writer would ask."""
    kind, text, lang, expect = item["kind"], str(item["text"]), item.get("lang", "fi"), item.get("expect")
    if question_check and asked_first(item) and str(expect).lower() in ("none", "ask"):
        return "ok", "asked: answer or question?"
    if kind in ("date", "amount", "hours") and (expect is None or str(expect).lower() == "none"):
        got = _read(item, default_today)
        if got is None:
            return "ok", None
        return ("flagged" if _proposed(got) else "silent"), got
    if kind == "date":
        reading = _date(item, default_today)
        if reading.value is None:
            return "none", None
        if str(expect) == "vague":  # any date proposed to confirm is what a vague answer gets
            return ("ok" if _proposed(reading) else "silent"), reading
        if reading.value == _iso(expect):
            return "ok", reading
        return ("flagged" if _proposed(reading) else "silent"), reading
    if kind in ("amount", "hours"):
        reading = checked(understand_amount(text, lang=lang) if kind == "amount" else understand_hours(text, lang=lang),
                          text, kind)
        if reading.value is None:
            return "none", None
        if reading.value == Decimal(str(expect).replace(",", ".").replace(" ", "")):
            return "ok", reading
        return ("flagged" if reading.doubt else "silent"), reading  # a proposal the user sees and corrects
    if kind == "list":
        if says_nothing_yet(text, listing=True):  # the bot asks again: nothing to write down yet
            return ("ok" if str(expect) == "ask" else "none"), None
        pair = split_doubt(text)
        if str(expect) == "ask" and pair:  # a careful human would ask: "one thing or two?", or for an answer at all
            return "ok", pair
        if pair:
            offered = (pair, [as_one_thing(text)])  # the two buttons: these parts, or the answer as one thing
            if pairs_offered and isinstance(expect, list) and any(
                    [_norm_item(i) for i in o] == [_norm_item(e) for e in expect] for o in offered):
                return "ok", SplitQuestion(tuple(pair))  # the meant reading is one tap away, as a proposed figure is
            return "flagged", pair  # the bot asks "one thing or several?" and neither button is what was meant
        got = split_items(text) or [text.strip()]
        if reads_back(text, got):  # "shall I note this?": the person sees the lone item before it is noted
            right = isinstance(expect, list) and [_norm_item(i) for i in got] == [_norm_item(e) for e in expect]
            return ("ok" if right else "flagged"), ListProposal(got[0])
        if str(expect) == "ask":
            return "silent", got
        return ("ok" if [_norm_item(i) for i in got] == [_norm_item(e) for e in expect] else "silent"), got
    if kind == "choice":
        question = item.get("question")
        opts = options.get(question, YES_NO) if question else YES_NO
        got, read_back = read_choice(text, opts, lang=lang, question=question)
        if isinstance(expect, bool):  # YAML reads an unquoted yes/no as true/false
            expect = "yes" if expect else "no"
        want = None if expect is None or str(expect).lower() == "none" else str(expect).lower()
        if got is not None and read_back:  # "Luin: Leader – kirjaanko?", with the option buttons
            return ("ok" if got == want else "flagged"), ChoiceProposal(got)
        if got == want:
            return "ok", got
        return ("none" if got is None else "silent"), got
    if kind in ("question", "keep"):
        got = looks_like_question(text, lang=lang) if kind == "question" else is_keep(text)
        return ("ok" if got == bool(expect) else "silent"), got
    raise ValueError(f"{item.get('id')}: unknown kind {kind!r}")


@dataclass(frozen=True)
class SplitQuestion:
    """"One thing or several?" asked with both readings as buttons, one of them the meant one."""

    parts: tuple[str, ...]
    vague: bool = True  # shown as a proposal: see _proposed


@dataclass(frozen=True)
class ChoiceProposal:
    """A typed choice in a long or turning answer, proposed with the option buttons ("Luin: Leader")."""

    key: str
    vague: bool = True  # shown as a proposal: see _proposed


@dataclass(frozen=True)
class ListProposal:
    """A lone item read back before it is noted ("Toimenpiteet: kirjaanko tämän?"), as the interview does."""

    item: str
    vague: bool = True  # shown as a proposal: see _proposed


def _read(item: dict, default_today: date):
    """What was read for a date, amount or hours item (its reading); None when not understood."""
    text, lang = str(item["text"]), item.get("lang", "fi")
    if item["kind"] == "date":
        reading = _date(item, default_today)
    else:
        reading = checked((understand_amount if item["kind"] == "amount" else understand_hours)(text, lang=lang), text,
                          item["kind"])
    return reading if reading.value is not None else None


def _proposed(reading) -> bool:
    """A reading the bot shows as a proposal to confirm with one tap (a vague date, a figure in doubt)."""
    return bool(getattr(reading, "vague", False) or getattr(reading, "doubt", None))


def _timings(items: list[dict], options: dict, today: date, rounds: int) -> dict[str, float]:
    items = [i for i in items if "text" in i and "kind" in i]
    calls = {
        "understand_date": [lambda t=i["text"], r=i.get("role", "start"), l=i.get("lang", "fi"): understand_date(str(t), role=r, today=today, lang=l) for i in items if i["kind"] == "date"],
        "understand_amount": [lambda t=i["text"], l=i.get("lang", "fi"): understand_amount(str(t), lang=l) for i in items if i["kind"] == "amount"],
        "understand_hours": [lambda t=i["text"], l=i.get("lang", "fi"): understand_hours(str(t), lang=l) for i in items if i["kind"] == "hours"],
        "split_items": [lambda t=i["text"]: split_items(str(t)) for i in items if i["kind"] == "list"],
        "match_choice": [lambda t=i["text"], q=i.get("question"), l=i.get("lang", "fi"): match_choice(str(t), options.get(q, YES_NO), lang=l, question=q) for i in items if i["kind"] == "choice"],
        "looks_like_question": [lambda t=i["text"], l=i.get("lang", "fi"): looks_like_question(str(t), lang=l) for i in items],
        "is_keep": [lambda t=i["text"]: is_keep(str(t)) for i in items],
    }
    result = {}
    for name, fns in calls.items():
        times = []
        for _ in range(rounds):
            for fn in fns:
                t0 = time.perf_counter()
                fn()
                times.append((time.perf_counter() - t0) * 1e6)
        if times:
            result[name] = statistics.median(times)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=[ROOT / "bench" / "data" / "answers_dev.yaml"])
    parser.add_argument("--show", action="store_true", help="list every item not understood or misunderstood")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--no-question-check", action="store_true",
                        help="read every answer on its own, without the interview's \"answer or question?\" step "
                             "(how figures before 6.12.2026 were counted)")
    parser.add_argument("--pair-as-flagged", action="store_true",
                        help="count a \"one thing or several?\" question as flagged even when one of its buttons is the "
                             "meant reading (how list figures before 6.12.2026 were counted)")
    args = parser.parse_args()
    options = _options()
    items = _load(args.files)
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses = []
    tapped: dict[tuple[str, str], int] = defaultdict(int)
    asked: dict[tuple[str, str], int] = defaultdict(int)  # "answer or question?" asked first
    for item in items:
        try:
            verdict, got = judge(item, options, args.today, question_check=not args.no_question_check,
                                 pairs_offered=not args.pair_as_flagged)
        except (KeyError, TypeError, ValueError, ArithmeticError) as exc:  # a malformed item: report it, do not stop
            print(f"skipped {item.get('id', '?')}: {exc!r}", file=sys.stderr)
            continue
        counts[(item["kind"], item.get("lang", "fi"))][verdict] += 1
        if not args.no_question_check and asked_first(item):
            asked[(item["kind"], item.get("lang", "fi"))] += 1
        if verdict == "ok" and got is not None and _proposed(got):
            tapped[(item["kind"], item.get("lang", "fi"))] += 1  # understood, as a proposal confirmed with one tap
        if verdict != "ok":
            misses.append((verdict, item, got))
    print(f"{'kind':<10}{'lang':<6}{'n':>5}{'understood':>12}{'silent miss':>13}{'not underst.':>14}{'flagged':>9}"
          f"{'by a tap':>10}")
    total: dict[str, int] = defaultdict(int)
    for (kind, lang), c in sorted(counts.items()):
        n = sum(c.values())
        for key, value in c.items():
            total[key] += value
        print(f"{kind:<10}{lang:<6}{n:>5}{c['ok'] / n:>12.1%}{c['silent'] / n:>13.1%}{c['none'] / n:>14.1%}{c['flagged'] / n:>9.1%}"
              f"{tapped[(kind, lang)] / n:>10.1%}")
    n = sum(total.values())
    if n:
        print(f"{'all':<10}{'':<6}{n:>5}{total['ok'] / n:>12.1%}{total['silent'] / n:>13.1%}{total['none'] / n:>14.1%}{total['flagged'] / n:>9.1%}"
              f"{sum(tapped.values()) / n:>10.1%}")
    if asked:
        print(f"\n\"answer or question?\" asked first (as the interview does): {sum(asked.values())} of {n}")
    print("\nmedian time per call (µs):")
    for name, micros in _timings(items, options, args.today, args.rounds).items():
        print(f"  {name:<22}{micros:>9.1f}")
    if args.show:
        print()
        for verdict, item, got in misses:
            print(f"{verdict:<8}{item.get('id', '?')!s:<14}{item['kind']:<8}{str(item['text'])[:60]!r:<64} expect={item.get('expect')!r} got={got!r}")


if __name__ == "__main__":
    main()
