"""A second look at a typed choice no first reading took: an option to read back ("Luin: …"), never to save."""

from __future__ import annotations

from typing import Mapping, Sequence

from .understand_choice_intl import second_yes_no
from .understand_choice_kinds import second_kind
from .understand_choice_org import second_org
from .understand_choice_turns import after_turn, fund_pick, other_fund, unsure_first


def second_look(text: str, options: Mapping[str, Sequence[str]], *, lang: str, question: str | None = None) -> str | None:
    """The option to propose for an answer the first reading left unread, or None (the buttons ask again)."""
    if set(options) == {"yes", "no"}:
        return second_yes_no(text, lang=lang)
    if question == "track":
        return (other_fund(text, options) or unsure_first(text, options) or after_turn(text, options, question=question)
                or fund_pick(text, options))
    if question == "leader_type":
        return after_turn(text, options, question=question) or second_kind(text, options)
    if question == "org_type":
        return after_turn(text, options, question=question) or second_org(text, options)
    return after_turn(text, options, question=question)


__all__ = ["second_look"]
