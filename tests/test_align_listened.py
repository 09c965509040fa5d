"""Step 8 of the linker: a speech still unplaced is listened for between its timed
neighbours, through the Listen callable whoever has the audio hands it."""
from __future__ import annotations

import pytest

from linker import align
from linker.listened import LISTENED_CONFIDENCE
from linker.model import Speech
from test_align import ANSWER, FOLLOW_UP, REPLY, record, transcript

TABLED = "If he will publish the local spending reports which have been made under the Act."


class Ear:
    """A Listen that answers from a script: (text, start) pairs, in the order asked."""

    def __init__(self, answers: dict[str, float | None]) -> None:
        self.answers = answers
        self.asked: list[tuple[float, float, str, float]] = []

    def __call__(self, begin: float, end: float, text: str, seconds: float) -> float | None:
        self.asked.append((begin, end, text, seconds))
        return self.answers.get(text)


UNSAID = ("I can assure the hon. Lady that we are very concerned and actively watching the situation with "
          "small businesses, and that much of what is coming from the press is exaggerated.")


def _sitting():
    # As on clg-rates-hard-s41: an answer never given, then the member's "Number eleven,
    # Mr Speaker." that the recogniser did not hear, in 9 s without a word. The silence
    # is too short for both, so it cannot be guessed from the pauses (linker/unheard.py).
    heard, starts = transcript("Good afternoon.", ANSWER, 9.0, FOLLOW_UP, REPLY)
    speeches = record(("A", ANSWER), ("U", UNSAID), Speech("q11", "Evennett", TABLED, oral_qnum="11"),
                      ("B", FOLLOW_UP), ("C", REPLY))
    return heard, speeches, starts


def test_unheard_question_is_listened_for_between_its_neighbours():
    heard, speeches, starts = _sitting()
    assert [t.status for t in align(heard, speeches)[1:3]] == ["missing", "missing"]  # transcript alone
    said_at = starts[2] - 4.0
    ear = Ear({"Number eleven, Mr Speaker.": said_at})
    timings = align(heard, speeches, listen=ear)
    assert [a[2] for a in ear.asked] == ["I can assure the hon.", "Number eleven, Mr Speaker."]
    begin, end, _, seconds = ear.asked[1]
    assert begin == pytest.approx(timings[0].end) and end == pytest.approx(starts[2])
    assert 0.5 < seconds < 3
    assert timings[1].status == "missing"
    q = timings[2]
    assert (q.status, q.start, q.confidence) == ("matched", said_at, LISTENED_CONFIDENCE)
    assert q.start < q.end < said_at + 3


def test_not_heard_stays_missing():
    heard, speeches, _ = _sitting()
    ear = Ear({})
    timings = align(heard, speeches, listen=ear)
    assert len(ear.asked) == 2
    assert [(t.status, t.start) for t in timings[1:3]] == [("missing", None), ("missing", None)]


def test_opening_of_an_ordinary_speech_is_its_first_sentence():
    heard, starts = transcript("Good afternoon.", ANSWER, 45.0, REPLY)
    lost = "I am grateful to the Minister. Will he now go further and faster on this?"
    ear = Ear({})
    align(heard, record(("A", ANSWER), ("X", lost), ("C", REPLY)), listen=ear)
    assert [a[2] for a in ear.asked] == ["I am grateful to the Minister."]
    assert ear.asked[0][1] == pytest.approx(starts[2])


def test_stage_directions_and_speeches_without_both_neighbours_are_not_listened_for():
    heard, starts = transcript("Good afternoon.", ANSWER, 40.0, REPLY)
    ear = Ear({})
    timings = align(heard, record(("Z", "Madam Deputy Speaker, I beg to move."), ("A", ANSWER),
                                  ("B", "indicated dissent."), ("C", REPLY),
                                  ("D", "Another lost speech at the very end of the sitting.")), listen=ear)
    assert ear.asked == []
    assert [t.status for t in timings] == ["missing", "matched", "missing", "matched", "missing"]


def test_two_in_one_stretch_are_listened_for_in_order():
    heard, starts = transcript("Good afternoon.", ANSWER, 45.0, REPLY)
    first, second = "Number four, Mr Speaker.", "Number five, Mr Speaker."
    ear = Ear({first: starts[2] - 9.0, second: starts[2] - 4.0})
    timings = align(heard, record(("A", ANSWER), Speech("q4", "M", TABLED, oral_qnum="4"),
                                  Speech("q5", "N", TABLED, oral_qnum="5"), ("C", REPLY)), listen=ear)
    assert [a[2] for a in ear.asked] == [first, second]
    assert ear.asked[1][0] > starts[2] - 9.0  # the second is listened for after the first
    assert [t.start for t in timings[1:3]] == [starts[2] - 9.0, starts[2] - 4.0]
