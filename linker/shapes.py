"""What the alignment steps hand each other (linker/align.py runs them): the options,
a speech's tokens, a speech's place among the heard words, the heard words themselves,
and what a member says instead of reading a tabled question out."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from linker.normalize import number_words
if TYPE_CHECKING:  # the linker needs only .words() with .start/.end/.word: no transcriber import
    from transcriber.transcript import Word

QUESTION_FORM = "number #n mister speaker"


@dataclass
class AlignOptions:
    pause: float = 0.45          # a silence at least this long separates speakers
    min_coverage: float = 0.25   # share of a speech's words heard, below it: missing
    enough_words: int = 8        # ... unless at least this many words were heard in order
    least_coverage: float = 0.1  # ... and at least this share (long speeches, sentences dropped)
    neighbour: int = 3           # matches this close (in tokens) support each other
    local_coverage: float = 0.3  # second chance, alone between placed neighbours
    strong_coverage: float = 0.5  # placements below it are aligned again locally
    after_call: float = 1.5      # a member called by the chair starts within this long after the call
    call_pause: float = 0.4      # ... and not before this long after it
    short_speech: int = 20       # at most this many tokens: looked for by sound when no word matched
    fewest_sounds: int = 4       # ... and at least this many ("Come over here!" sounds like "Here, here")
    sounds_alike: float = 0.75   # ... and placed only where the heard words sound at least this alike
    sounds_near: float = 0.55    # ... or at least this alike where listening finds it likeliest


@dataclass
class PrintedSpeech:
    """One speech's tokens as the global pass sees them."""
    begin: int                  # first token in the record token list
    end: int
    text: list[str]             # the printed words' tokens
    spoken_form: str = ""       # tabled questions: what is said instead (tokens)
    qnum: str | None = None
    name: str = ""              # the speaker's name as tokens: the chair calls it first
    sentences: tuple[int, ...] = ()  # the first token of each sentence of the printed words after the first
    next_name: str = ""         # the next speech's speaker, if another member: the chair calls them after
    irish: int = 0              # tokens of the opening sentences in Irish: heard only as someone speaking

    @property
    def opening(self) -> int:
        """Tokens in the first sentence of the printed words."""
        return self.sentences[0] if self.sentences else len(self.text)


@dataclass
class Placement:
    start_word: int
    end_word: int
    coverage: float             # share of the speech's tokens reliably heard
    lead: str                   # record tokens before the first reliable match
    trail: int = 0              # record tokens after the last reliable match
    paused: bool = False        # a pause precedes the start
    stray: bool = False         # the first matches were taken as the speech before's
    said_at: float | None = None  # the opening was said in a silence the recogniser left
    anchor: int = -1            # the first matched word, before the start was refined
    timed: bool = False         # the start is where the lead's heard stretch would begin by its length
    silence: tuple[float, float] | None = None  # a silence before the start that may hold the unheard opening


@dataclass
class Heard:
    words: list[Word]
    ids: list[int]
    owner: list[int]            # heard token -> word index (non-decreasing)
    said: list[str]             # word index -> its tokens as text
    holes: list[int]            # heard token -> how many holes in the transcript come before it
    lost_after: frozenset[int] = frozenset()  # words Whisper wrote a run of timeless words after (dropped)


def number_text(qnum: str | None) -> str:
    return " ".join(number_words(int(qnum))) if qnum and qnum.isdigit() else "one"
