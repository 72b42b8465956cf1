"""Typed callback data: one class both builds and parses a feature's buttons (the idea of aiogram's ``CallbackData``).

A feature declares a frozen dataclass with a ``prefix`` and typed fields::

    @dataclass(frozen=True)
    class ReminderButton(CallbackData, prefix="rem"):
        action: Literal["done", "snz", "del"]
        reminder_id: int
        occurrence: int = 0

    ReminderButton("done", 12, 3).pack()            # "rem:done:12:3"
    ReminderButton.unpack("rem:done:12:3")          # ReminderButton(action='done', reminder_id=12, occurrence=3)
    CallbackQueryHandler(handler, pattern=ReminderButton.matches)

Fields may be ``int``, ``str``, ``bool`` or a ``Literal`` of strings, optionally ``| None`` (packed as an
empty part). Parsing is strict: a wrong prefix, the wrong number of parts, a non-number, a number outside
SQLite's 64-bit range, a value outside its ``Literal`` or data over Telegram's 64 bytes raise
``CallbackDataError``, so a forged or stale button never reaches a handler's logic or the database.
No Telegram imports: the codec is plain Python and is tested as such.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, ClassVar, Literal, Self, Union, get_args, get_origin

SEP = ":"
MAX_BYTES = 64  # Telegram's limit for callback_data
INT_MIN, INT_MAX = -(2**63), 2**63 - 1  # SQLite INTEGER; Telegram ids fit well inside


class CallbackDataError(ValueError):
    """The data is not a valid button of this class (forged, stale or from another feature)."""


def _is_optional(tp: Any) -> tuple[bool, Any]:
    if get_origin(tp) in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(get_args(tp)) == 2:
            return True, args[0]
    return False, tp


def _encode(value: Any, tp: Any) -> str:
    optional, tp = _is_optional(tp)
    if value is None:
        if not optional:
            raise CallbackDataError("a required field is None")
        return ""
    if tp is bool:
        return "1" if value else "0"
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int) or not INT_MIN <= value <= INT_MAX:
            raise CallbackDataError(f"not a 64-bit integer: {value!r}")
        return str(value)
    text = str(value)
    if get_origin(tp) is Literal and text not in get_args(tp):
        raise CallbackDataError(f"{text!r} is not one of {get_args(tp)}")
    if SEP in text:
        raise CallbackDataError(f"{SEP!r} is not allowed in a value: {text!r}")
    return text


def _decode(part: str, tp: Any) -> Any:
    optional, tp = _is_optional(tp)
    if part == "" and optional:
        return None
    if tp is bool:
        if part not in ("0", "1"):
            raise CallbackDataError(f"not a flag: {part!r}")
        return part == "1"
    if tp is int:
        digits = part[1:] if part.startswith("-") else part
        if not digits.isdigit() or not digits.isascii() or len(digits) > 19:
            raise CallbackDataError(f"not an integer: {part!r}")
        value = int(part)
        if not INT_MIN <= value <= INT_MAX:
            raise CallbackDataError(f"out of range: {part!r}")
        return value
    if get_origin(tp) is Literal and part not in get_args(tp):
        raise CallbackDataError(f"{part!r} is not one of {get_args(tp)}")
    if part == "" and not optional:
        raise CallbackDataError("an empty required value")
    return part


class CallbackData:
    """Base for a feature's button codec; subclasses are frozen dataclasses declared with ``prefix=``."""

    prefix: ClassVar[str]

    def __init_subclass__(cls, prefix: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if prefix is not None:
            if not prefix or SEP in prefix:
                raise ValueError(f"a callback prefix must be non-empty and contain no {SEP!r}")
            cls.prefix = prefix

    @classmethod
    def _fields(cls) -> list[tuple[str, Any]]:
        hints = typing.get_type_hints(cls)
        return [(f.name, hints[f.name]) for f in dataclasses.fields(cls)]  # type: ignore[arg-type]

    def pack(self) -> str:
        """The string to put in ``InlineKeyboardButton(callback_data=...)``."""
        parts = [self.prefix] + [_encode(getattr(self, name), tp) for name, tp in self._fields()]
        data = SEP.join(parts)
        if len(data.encode()) > MAX_BYTES:
            raise CallbackDataError(f"callback data over {MAX_BYTES} bytes: {data!r}")
        return data

    @classmethod
    def unpack(cls, data: str | None) -> Self:
        """Parse a button's data, or raise ``CallbackDataError``."""
        if not isinstance(data, str) or len(data.encode()) > MAX_BYTES:
            raise CallbackDataError("no callback data, or too long")
        prefix, *parts = data.split(SEP)
        fields = cls._fields()
        if prefix != cls.prefix:
            raise CallbackDataError(f"prefix {prefix!r} is not {cls.prefix!r}")
        required = sum(1 for f in dataclasses.fields(cls)  # type: ignore[arg-type]
                       if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
        if not required <= len(parts) <= len(fields):
            raise CallbackDataError(f"{len(parts)} parts for {cls.__name__}")
        values = {name: _decode(part, tp) for (name, tp), part in zip(fields, parts)}
        return cls(**values)

    @classmethod
    def parse(cls, data: str | None) -> Self | None:
        """Like ``unpack`` but ``None`` for data that is not a valid button of this class."""
        try:
            return cls.unpack(data)
        except CallbackDataError:
            return None

    @classmethod
    def matches(cls, data: object) -> bool:
        """For ``CallbackQueryHandler(pattern=...)``: is this data this class's prefix? (validity is checked by ``parse``)."""
        return isinstance(data, str) and (data == cls.prefix or data.startswith(cls.prefix + SEP))
