"""The words people type instead of pressing a button (content/common/answer_words.yaml), validated."""

from __future__ import annotations

import functools
from pathlib import Path

import yaml
from pydantic import BaseModel, field_validator, model_validator

WORDS_FILE = Path(__file__).resolve().parents[2] / "content" / "common" / "answer_words.yaml"


def _clean(phrases: list[str]) -> list[str]:
    for phrase in phrases:
        if not phrase.strip() or phrase != phrase.strip().lower():
            raise ValueError(f"phrase {phrase!r} must be non-empty lower case without outer spaces")
    return phrases


class AnswerWords(BaseModel):
    """Synonyms per question and option, yes/no words, keep words, question words and number words."""

    choices: dict[str, dict[str, list[str]]]
    yes_no: dict[str, list[str]]
    keep: list[str]
    keep_words: list[str]
    keep_filler: list[str]
    question_words: dict[str, list[str]]
    numbers: dict[str, int]
    spoken_forms: dict[str, str] = {}

    @field_validator("keep", "keep_words", "keep_filler")
    @classmethod
    def _keep_clean(cls, value: list[str]) -> list[str]:
        return _clean(value)

    @field_validator("question_words")
    @classmethod
    def _languages(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        if set(value) != {"fi", "en"}:
            raise ValueError("question_words needs exactly fi and en")
        for phrases in value.values():
            _clean(phrases)
        return value

    @model_validator(mode="after")
    def _no_phrase_twice(self) -> "AnswerWords":
        if set(self.yes_no) != {"yes", "no"}:
            raise ValueError("yes_no needs exactly the keys yes and no")
        for question, options in {**self.choices, "yes_no": self.yes_no}.items():
            seen: dict[str, str] = {}
            for key, phrases in options.items():
                for phrase in _clean(phrases):
                    if seen.setdefault(phrase, key) != key:
                        raise ValueError(f"{question}: {phrase!r} is given for both {seen[phrase]} and {key}")
        for heard, standard in self.spoken_forms.items():
            _clean([heard, standard])
            if heard == standard or " " in heard or heard in self.numbers:
                raise ValueError(f"spoken_forms: {heard!r} must be one word, not a number word, and differ from its standard form")
        for word, number in self.numbers.items():
            _clean([word])
            if not 0 < number <= 100000:
                raise ValueError(f"numbers: {word!r} must be 1..100000")
        return self


_in_use: AnswerWords | None = None


@functools.lru_cache(maxsize=4)
def _from_file(path: Path) -> AnswerWords:
    return AnswerWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def load_words(path: Path | None = None) -> AnswerWords:
    """The validated word lists: those given to ``use_words`` (the bot's content directory), else the file
    in this repository (read once)."""
    if path is None and _in_use is not None:
        return _in_use
    return _from_file(path or WORDS_FILE)


def use_words(words: AnswerWords | None) -> None:
    """Read answers with these words from now on (start-up: ``validate_common(catalog, "answer_words",
    AnswerWords)``); None goes back to the repository's file."""
    global _in_use
    _in_use = words
    from .understand_text import _phrases  # the phrase tables are built from the words; build them anew

    _phrases.cache_clear()
