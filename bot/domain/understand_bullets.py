"""Lines of a bulleted list typed tight or with a remark: "-10 kajakkia" under "-uus laituri", "- (grillikatos jää nyt pois)"."""

from __future__ import annotations

import re

# a bracketed line that takes a thing out rather than naming one: "(grillikatos jää nyt pois)", "(not the chairs, donated)"
_TAKES_OUT = re.compile(r"\b(?:pois|jää\w*|jätetään|jätettiin|ei|not|no|dropped|removed|left\s+out|skip\w*)\b", re.IGNORECASE)


def tidy_lines(lines: list[str]) -> list[str]:
    """``lines`` with a tight "-" before a figure read as the bullet it is when every line has one, and without a last
    bulleted line in brackets that takes a thing out."""
    if len(lines) >= 2 and all(line.startswith("-") for line in lines) and any(
            re.match(r"-[^\W\d_]", line) for line in lines):
        lines = [re.sub(r"^-(?=\d)", "- ", line) for line in lines]  # "-10 kajakkia ja supia lainattavana"
    if len(lines) >= 3:
        last = re.sub(r"^\s*[-–•*]\s*", "", lines[-1]).strip()
        if last != lines[-1].strip() and last.startswith("(") and last.rstrip(" .").endswith(")") and _TAKES_OUT.search(last):
            lines = lines[:-1]  # "- (grillikatos jää nyt pois)": said about a thing left out
    return lines
