"""Step 8: openings and speeches the transcript has no word of, listened for in the audio.

The transcript is all the linker reads, but the recogniser may have written nothing
at all for a short speech ("Number eleven, Mr Speaker." in a 15 s stretch with no
word), and its neighbours may leave too much or too little room to guess its place
from the pauses (linker/unheard.py). Whoever has the audio can be asked (a `Listen`
callable, transcriber/listen.py) whether the speech's opening words were said between
its neighbours, and where. The linker does not import the transcriber: it only says
what to listen for and between which times."""
from __future__ import annotations

import re
from typing import Protocol

from linker.model import Speech
from linker.normalize import SENTENCE_END, irish_opening
from linker.shapes import AlignOptions, PrintedSpeech, number_text
from linker.timing import say_time


class Listen(Protocol):
    def __call__(self, begin: float, end: float, text: str, seconds: float, said: bool = False) -> float | None:
        """When `text`, about `seconds` long to say, starts between begin and end (seconds
        from the start of the media), or None when not heard; asked for no text (""), when
        anyone starts to speak there, or None when no one does. `said`: only where it is
        likeliest is asked, not whether it is likely enough (the text is known to be said
        there, in words the listener cannot tell from others: Irish; or the transcript has
        words there that sound somewhat like it)."""

OPENING_WORDS = 12
SAID_BEFORE = 0.5  # of the time saying the opening takes
DASH_AT_END = re.compile(r"\s*[\u2014\u2013]+$")
DASH_WITHIN = re.compile(r"\s*[\u2014\u2013]+\s*")
SLOWEST = 2.0  # times what say_time reckons: an opening said slowly, with fillers ("Go raibh erm, maith agat")
PAUSE = AlignOptions.pause  # the pause a member may leave between the opening and what follows
NEAR_AGREES = 0.3  # seconds: listening's likeliest start this near the first word sounding like it
LISTENED_CONFIDENCE = 0.4  # heard by listening for the opening: its words, not a guess from pauses


def opening_words(speech: Speech, shape: PrintedSpeech) -> str:
    """What the speech is heard to begin with, as Whisper would write it: a tabled
    question's spoken form ("Number eleven, Mr Speaker."), else its first sentence, at
    most OPENING_WORDS words."""
    if shape.spoken_form.startswith("number"):
        return f"Number {number_text(shape.qnum)}, Mr Speaker."
    if shape.spoken_form:
        return "My Lords, I beg leave to ask the Question standing in my name on the Order Paper."
    text = " ".join(speech.text.split())
    end = SENTENCE_END.search(text)  # not at "hon." of "My hon. Friend"
    return _as_written(" ".join(text[:end.start() + 1 if end else len(text)].split()[:OPENING_WORDS]))


def _as_written(text: str) -> str:
    """The record's dash of a speech cut short ("My Lords—") as Whisper writes the
    break: a full stop at the end, a comma within. Whisper all but never writes a dash,
    and one token so unlikely halves the mean score of a short opening: "My Lords—"
    scored -4.26 where it was said, "My Lords." -1.92."""
    return DASH_WITHIN.sub(", ", DASH_AT_END.sub(".", text.strip()))


def listen_between(speeches: list[Speech], shapes: list[PrintedSpeech], timed: dict[int, tuple[float, float]],
                   listen: Listen, media_end: float | None = None,
                   sounds_near: dict[int, tuple[float, float]] | None = None) -> dict[int, tuple[float, float]]:
    """(start, end) of each speech without a time that was heard between the speeches
    around it that have one (`timed`: index -> (start, end)), or after the last of them
    up to the end of the media (`media_end`, when known: the recogniser may write
    nothing of a sitting's last half minute). A speech before the first timed one is
    not listened for: the presenter talks there, for longer. A stage direction (no
    text) is never said. Heard between them means said before the next one
    begins: at least SAID_BEFORE of its opening (not an unsaid "I never thought that I
    would stand here" heard 0.02 s before the answer's "My hon. Friend"). A speech not
    likely enough there is still heard where the transcript has words that sound
    somewhat like it (`sounds_near`: index -> when the first of them starts and ends),
    if listening finds it likeliest just there (NEAR_AGREES): two weak signs that agree
    ("We'll not play the good way," at 228.00 s, where "Will the hon. Lady give way?" is
    likeliest, at 227.92 s, though it scored -2.85 against Whisper's own -1.16). Whisper
    may stretch that first word over the silence before it, so anywhere in its time
    agrees ("We'll" from 2138.16 to 2138.88 s of "We'll get on, gentlemen be with," for
    "Will the hon. Gentleman give way?", said at 2139.08 s and likeliest at 2139.07 s)."""
    found: dict[int, tuple[float, float]] = {}
    if media_end is not None and timed:
        timed = {**timed, len(speeches): (media_end, media_end)}
    order = sorted(timed)
    for before, after in zip(order, order[1:]):
        begin, end = timed[before][1], timed[after][0]
        for index in range(before + 1, after):
            if not shapes[index].text or begin >= end:
                continue
            opening = opening_words(speeches[index], shapes[index])
            start = listen(begin, end, opening, say_time(opening))
            near = (sounds_near or {}).get(index)
            if start is None and near is not None and begin <= near[0] < end:
                likeliest = listen(begin, end, opening, say_time(opening), True)
                agrees = likeliest is not None and near[0] - NEAR_AGREES <= likeliest <= near[1] + NEAR_AGREES
                start = likeliest if agrees else None
            if start is None or start + SAID_BEFORE * say_time(opening) > end:
                continue
            said = opening if shapes[index].spoken_form else speeches[index].text
            finish = min(end, start + say_time(said))
            found[index] = (start, max(start, finish))
            begin = start + say_time(opening)  # the next one in the run is said after it
    return found


def listen_for_opening(speech: Speech, shape: PrintedSpeech, begin: float, end: float,
                       listen: Listen) -> float | None:
    """When the speech's opening words were said between `begin` and `end` (a silence
    before its first heard word), or None when they were not heard there."""
    if begin >= end:
        return None
    opening = opening_words(speech, shape)
    return listen(begin, end, opening, say_time(opening))


def listen_for_irish(speech: Speech, begin: float, end: float, unheard: float, listen: Listen) -> float | None:
    """When the speech's opening Irish was said between `begin` and `end` (the silence
    before its first heard word), or None when that is too late to have said it before
    `end`, or too early: the opening left unheard (`unheard` seconds to say, the Irish
    at least) is said on into the heard words, not seconds before them. A member may
    drop the greeting; the likeliest start for it is then the speech before's last
    words, which Whisper did not write (Sammy Wilson's, 5.9 s before Mickey Brady's "I
    thank the Minister")."""
    irish = irish_opening(speech.text)
    found = listen(begin, end, irish, say_time(irish), True) if begin < end else None
    unheard = max(unheard, say_time(irish))
    if found is None or not end - SLOWEST * unheard - PAUSE <= found <= end - say_time(irish) / 2:
        return None
    return found


def anyone_speaks(begin: float, end: float, listen: Listen, least: float) -> bool:
    """Whether anyone starts to speak between `begin` and `least` seconds before `end`
    (the first heard words, at `end`, start a little before it)."""
    start = listen(begin, end, "", 0.0)
    return start is not None and start <= end - least
