"""The chair calling a member by name ("Hugh Ranko Davis" for Huw Irranca-Davies):
heard just before the member speaks, and never part of the speech."""
from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from linker.normalize import sound_key


def call_end(name: str, said: list[str], first: int) -> int:
    """The word after the chair's call that `calls` found starting at word `first`."""
    surname, size = name.split()[-1], len(name.split())
    ends = [first + k + 1 for k, w in enumerate(said[first:first + size]) if fuzz.ratio(surname, w) >= 80]
    return ends[-1] if ends else first + size


def calls(name: str, said: list[str], whole: bool = False) -> bool:
    """Whether these heard words are the chair calling `name` ("Hugh Ranko Davis"). A
    name the recogniser spelt its own way ("Lord Faucet of Dremelion" for Lord Forsyth
    of Drumlean) still sounds like it: compared by sound_key when the letters are near.
    Unless `whole`, a word like the surname is enough (where a false call only stops
    a search early; "but" is like "Burt", so never where a call places a speech)."""
    if not name:
        return False
    heard = " ".join(said)
    surname = name.split()[-1]
    letters = fuzz.ratio(name, heard)
    return letters >= 70 or (letters >= 50 and fuzz.ratio(_sounds(name), _sounds(heard)) >= 80) or (
        not whole and len(surname) >= 4 and any(fuzz.ratio(surname, w) >= 80 for w in said))


@lru_cache(maxsize=1 << 14)
def _sounds(text: str) -> str:
    return sound_key(text.split())


def call_just_before(name: str, floor: int, w: int, said: list[str]) -> int | None:
    """The first word of the chair's call of `name` when the heard words just before
    word w (and after word `floor`) are that call, and nothing else; None otherwise.
    Here a call places a speech, so the whole name must be like it."""
    size = len(name.split())
    first = w - size
    if not size or first <= floor or not calls(name, said[first:w], whole=True) or call_end(name, said, first) != w:
        return None
    return first
