"""The chair calling a member by name ("Hugh Ranko Davis" for Huw Irranca-Davies):
heard just before the member speaks, and never part of the speech."""
from __future__ import annotations

from rapidfuzz import fuzz


def call_end(name: str, said: list[str], first: int) -> int:
    """The word after the chair's call that `calls` found starting at word `first`."""
    surname, size = name.split()[-1], len(name.split())
    ends = [first + k + 1 for k, w in enumerate(said[first:first + size]) if fuzz.ratio(surname, w) >= 80]
    return ends[-1] if ends else first + size


def calls(name: str, said: list[str]) -> bool:
    """Whether these heard words are the chair calling `name` ("Hugh Ranko Davis")."""
    if not name:
        return False
    surname = name.split()[-1]
    return fuzz.ratio(name, " ".join(said)) >= 70 or (
        len(surname) >= 4 and any(fuzz.ratio(surname, w) >= 80 for w in said))
