"""The answers benchmark counts a "one thing or several?" question by whether a button is the meant reading."""

from datetime import date

from bench.answers import _options, judge

TODAY = date(2026, 12, 4)


def _judge(text: str, expect, **kwargs):
    return judge({"kind": "list", "lang": "fi", "text": text, "expect": expect}, _options(), TODAY, **kwargs)[0]


def test_parts_offered_as_meant_count_as_understood():
    assert _judge("ikäihmiset ja lapsiperheet", ["ikäihmiset", "lapsiperheet"]) == "ok"


def test_the_whole_offered_as_meant_counts_as_understood():
    assert _judge("kunnostus ja maalaus", ["kunnostus ja maalaus"]) == "ok"


def test_neither_button_meant_is_flagged():
    assert _judge("ikäihmiset ja lapsiperheet", ["ikäihmiset", "nuoret"]) == "flagged"


def test_old_counting_flags_every_pair_the_writer_did_not_ask_about():
    assert _judge("ikäihmiset ja lapsiperheet", ["ikäihmiset", "lapsiperheet"], pairs_offered=False) == "flagged"
    assert _judge("kunnostus ja maalaus", "ask", pairs_offered=False) == "ok"
