"""The chair calling a member by name ("Hugh Ranko Davis" for Huw Irranca-Davies):
heard just before the member speaks, and never part of the speech."""
from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from linker.normalize import sound_key


# The recogniser may split a name into up to this many more words than it has
# ("Very god, inner." for Barry Gardiner, "Barrow us on, turn." for Baroness Thornton).
SPLIT_NAME = 2


def call_end(name: str, said: list[str], first: int, size: int = 0) -> int:
    """The word after the chair's call that `calls` found in the `size` heard words
    (the name's own number by default) starting at word `first`."""
    surname, size = name.split()[-1], size or len(name.split())
    ends = [first + k + 1 for k, w in enumerate(said[first:first + size]) if fuzz.ratio(surname, w) >= 80]
    return ends[-1] if ends else first + size


def call_windows(name: str, said: list[str], w: int, stop: int | None = None) -> list[list[str]]:
    """The heard words from word w that may hold the chair's call of `name`: as many as
    the name has, then up to SPLIT_NAME more, none at or after `stop` (the speech's own
    words)."""
    size = len(name.split())
    stop = len(said) if stop is None else stop
    ends = sorted({min(w + n, stop) for n in range(size, size + SPLIT_NAME + 1)}) if size else []
    return [said[w:end] for end in ends if end > w]


def call_at(name: str, said: list[str], w: int, whole: bool = False, stop: int | None = None) -> int | None:
    """The word after the chair's call of `name` when one starts at word w (in one of
    its call_windows); None if no call starts there."""
    for window in call_windows(name, said, w, stop):
        if calls(name, window, whole):
            return call_end(name, said, w, len(window))
    return None


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
    return letters >= 70 or (letters >= 50 and fuzz.ratio(sounds(name), sounds(heard)) >= 80) or (
        not whole and len(surname) >= 4 and any(fuzz.ratio(surname, w) >= 80 for w in said))


def call_likeness(name: str, said: list[str]) -> float:
    """How much these heard words read or sound like the chair calling `name` (0..1):
    the whole call, and the surname in one of them (a title alone, "Lord", is not a
    call: "My lord. No." opens a speech)."""
    heard, surname = " ".join(said), name.split()[-1]
    whole = max(fuzz.ratio(name, heard), fuzz.ratio(sounds(name), sounds(heard)))
    named = max((max(fuzz.ratio(surname, w), fuzz.ratio(sounds(surname), sounds(w))) for w in said), default=0.0)
    return min(whole, named) / 100


@lru_cache(maxsize=1 << 16)
def sounds(text: str) -> str:
    """sound_key of heard or printed words joined by spaces, cached: the same names and
    openings are compared with many heard stretches."""
    return sound_key(text.split())


def call_just_before(name: str, floor: int, w: int, said: list[str], whole: bool = True) -> int | None:
    """The first word of the chair's call of `name` when the heard words just before
    word w (and after word `floor`) are that call, and nothing else; None otherwise.
    Where a call places a speech, the whole name must be like it (`whole`). Of a call
    split into more words, its last ones may read as the call too ("la swin turtan" of
    "Nika la swin turtan." for Nicholas Winterton): of the windows that call, the one
    most like the name, the earliest of equals (not "Lords. Lord Mitchell." after the
    chair's "Noble Lords.")."""
    size = len(name.split())
    best, best_likeness = None, 0.0
    for first in range(w - size, w - size - SPLIT_NAME - 1, -1) if size else ():
        if first <= floor:
            break
        if calls(name, said[first:w], whole) and call_end(name, said, first, w - first) == w:
            likeness = fuzz.ratio(name, " ".join(said[first:w]))
            if likeness >= best_likeness:
                best, best_likeness = first, likeness
    return best
