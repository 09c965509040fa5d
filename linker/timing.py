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
        before += _saying(words[k])
        k += 1
    start = max(words[w].start, words[k].start - before)
    # A word stretched far over its length among the first few is where the time went:
    # the words up to it were said just before it ends. Written on at once after the
    # speech before, the first words are squeezed up to it ("back. I am sure [2.4 s]
    # that": "I am sure" was said just before "that"); written after a pause, they are
    # pulled back into it ("trouble. [2.7 s] My Lord, [2.4 s] I understand": "My Lords"
    # was said at 191.85 s, not at 189.96 s where Whisper wrote "My").
    stretched = next((v for v in range(w, end) if excess(words[v]) >= SQUEEZED), None)
    if stretched is not None:
        start = max(start, words[stretched].end - sum(_saying(words[v]) for v in range(w, stretched + 1)))
    return start


RUN_ON = 0.1    # seconds: a word written this soon after the one before runs on from it
SQUEEZED = 1.0  # seconds longer than plausible: a word stretched over time it was not said in


def _saying(word: Word) -> float:
    """How long saying the heard word takes ("Number four" often comes out as "4.")."""
    text = word.word.strip()
    return say_time(("number " if text[:1].isdigit() else "") + text)


def gap(words: list[Word], w: int, before: int | None = None) -> float:
    """Silence before word w since the word before it, or since word `before` (the start
    of the media counts as a long one). Whisper often stretches the words either side of
    a silence over it, so their excess length counts as silence too."""
    before = w - 1 if before is None else before
    if before < 0:
        return 10.0
    return words[w].start - words[before].end + excess(words[before]) + excess(words[w])


def utterance_first(words: list[Word], w: int, pause: float, most: int | None = None) -> int:
    """The first word of the utterance (words between two pauses) that holds word w,
    looking at most `most` words back."""
    first = w
    while first > 0 and (most is None or w - first < most) and gap(words, first) < pause:
        first -= 1
    return first


def utterance_after(words: list[Word], w: int, pause: float, stop: int) -> int:
    """The word after the utterance that holds word w, or `stop` if it runs on to it."""
    after = w + 1
    while after < stop and gap(words, after) < pause:
        after += 1
    return after


def excess(word: Word) -> float:
    """How much longer than plausible Whisper made a word."""
    return max(0.0, word.end - word.start - (1.8 * _saying(word) + 0.15))
