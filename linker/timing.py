"""How long words take to say, and Whisper's habits with word times: it stretches the
words either side of a silence over it, so a silence is partly hidden in them."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only .start/.end/.word are used: no transcriber import
    from transcriber.transcript import Word


def say_time(text: str) -> float:
    """Roughly how long saying `text` takes (about 160 words a minute)."""
    return sum(0.05 * len(word) + 0.08 for word in text.split())


def onset(words: list[Word], w: int, last: int | None = None) -> float:
    """When word w really starts. Whisper stretches the first words after a silence back
    into it ("As" lasting 0.6 s): count back from the first word of plausible length,
    not beyond the speech's `last` word (after it, another speaker's words say nothing
    of this one's timing: "Here, here." then the chair's call)."""
    end = min(w + 3, len(words) - 1 if last is None else max(w, last))
    k, before = w, 0.0
    while k < end and excess(words[k]) > 0:
        text = words[k].word.strip()
        before += say_time(("number " if text[:1].isdigit() else "") + text)
        k += 1
    return max(words[w].start, words[k].start - before)


def gap(words: list[Word], w: int, before: int | None = None) -> float:
    """Silence before word w since the word before it, or since word `before` (the start
    of the media counts as a long one). Whisper often stretches the words either side of
    a silence over it, so their excess length counts as silence too."""
    before = w - 1 if before is None else before
    if before < 0:
        return 10.0
    return words[w].start - words[before].end + excess(words[before]) + excess(words[w])


def excess(word: Word) -> float:
    """How much longer than plausible Whisper made a word."""
    text = word.word.strip()
    # "Number four" often comes out as the one word "4."
    expected = say_time(("number " if text[:1].isdigit() else "") + text)
    return max(0.0, word.end - word.start - (1.8 * expected + 0.15))
