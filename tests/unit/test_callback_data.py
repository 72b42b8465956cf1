"""The typed callback codec builds and parses the same strings and refuses forged data."""

from dataclasses import dataclass
from typing import Literal

import pytest

from bot.callback_data import CallbackData, CallbackDataError


@dataclass(frozen=True)
class Btn(CallbackData, prefix="t"):
    action: Literal["done", "snz"]
    item: int
    note: str | None = None
    flag: bool = False


def test_round_trip():
    b = Btn("done", 12, "x", True)
    assert b.pack() == "t:done:12:x:1"
    assert Btn.unpack(b.pack()) == b
    assert Btn.unpack("t:snz:-5") == Btn("snz", -5)
    assert Btn.unpack(Btn("snz", 3).pack()) == Btn("snz", 3)


@pytest.mark.parametrize("data", [
    "t:done:1234567890123456789012345",  # 25 digits: SQLite would raise OverflowError
    "t:done:9223372036854775808",        # one past 2**63-1
    "t:kill:1", "x:done:1", "t:done", "t:done:1:a:1:extra", "t:done:1e3", "t:done:١٢",
    "t:done:1:a:2", "t:done::", "", None, "t:" + "9" * 70,
])
def test_forged_data_is_refused(data):
    with pytest.raises(CallbackDataError):
        Btn.unpack(data)
    assert Btn.parse(data) is None


def test_pack_refuses_what_cannot_be_parsed():
    with pytest.raises(CallbackDataError):
        Btn("done", 1, "a:b").pack()
    with pytest.raises(CallbackDataError):
        Btn("done", 2**63).pack()
    with pytest.raises(CallbackDataError):
        Btn("done", 1, "x" * 70).pack()


def test_matches_only_its_prefix():
    assert Btn.matches("t:done:1") and Btn.matches("t")
    assert not Btn.matches("tt:done:1") and not Btn.matches(None)
