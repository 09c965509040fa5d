"""Speeches whose words the recogniser lost or garbled: placed by the pauses around them,
with low confidence, while unspoken speeches stay missing. Synthetic transcripts."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from linker import align
from linker.align import AlignOptions, _timed_words
from linker.model import Speech
from linker.normalize import tokenize
from linker.timing import say_time
from linker.unheard import fit_unheard
from transcriber.transcript import Segment, Transcript, Word
from test_align import ANSWER, FOLLOW_UP, REPLY, WORD, as_heard, record, transcript

QUESTION = Speech("q", "Angela Watkinson", "What role his Department plays in making contingency "
                  "arrangements for the fire service.", oral_qnum="8")
UNSPOKEN = ("Spink", "I am grateful to the Minister for that answer, and will he meet the fire authorities "
            "of this country to discuss the contingency plans that they have made for the winter?")


def _end_of(text: str, start: float) -> float:
    return start + len(text.split()) * WORD


def test_unheard_question_goes_in_the_silence_between_its_neighbours():
    # "Number eight, Mr Speaker." was said in the 6 s silence, but nothing of it was heard.
    heard, starts = transcript(ANSWER, 6.0, REPLY)
    timings = align(heard, record(("Denham", ANSWER), QUESTION, ("Denham", REPLY)))
    assert [t.status for t in timings] == ["matched"] * 3
    question = timings[1]
    said_at = (_end_of(ANSWER, starts[0]) + starts[1]) / 2 - 0.75  # the middle of the silence
    assert question.start == pytest.approx(said_at, abs=1.0)
    assert timings[0].end <= question.start < question.end <= timings[2].start
    assert question.confidence < 0.5 <= min(timings[0].confidence, timings[2].confidence)


def test_unheard_answer_in_a_stretch_of_unmatched_words():
    # The answer was heard as "Here. Here. ...": nothing matches, but it took the time.
    said = "Number eight, Mr Speaker."
    heard, starts = transcript(said, *["Here. Here."] * 5, FOLLOW_UP)
    timings = align(heard, record(QUESTION, ("Denham", ANSWER), ("Spelman", FOLLOW_UP)))
    assert [t.status for t in timings] == ["matched"] * 3
    assert _end_of(said, starts[0]) < timings[1].start < starts[-1] - 4
    assert timings[1].confidence < 0.5


@pytest.mark.parametrize("silence", [0.0, 2.0, 300.0])
def test_unspoken_speech_without_room_or_in_a_long_break_stays_missing(silence):
    # No room for 30 words in a short silence; a five-minute break is a break, not a speech.
    heard, _ = transcript(ANSWER, silence, REPLY) if silence else transcript(ANSWER, REPLY)
    timings = align(heard, record(("Denham", ANSWER), UNSPOKEN, ("Denham", REPLY)))
    assert [t.status for t in timings] == ["matched", "missing", "matched"]
    assert timings[1].start is None


def test_stage_direction_in_a_silence_stays_missing():
    heard, _ = transcript(ANSWER, 6.0, REPLY)
    timings = align(heard, record(("Denham", ANSWER), ("Spink", "indicated dissent."), ("Denham", REPLY)))
    assert timings[1].status == "missing"


def test_fit_unheard_spreads_the_silence_and_refuses_what_does_not_fit():
    assert fit_unheard(10.0, 20.0, [2.0]) == pytest.approx([14.0])
    assert fit_unheard(10.0, 22.0, [2.0, 4.0]) == pytest.approx([12.0, 16.0])
    assert fit_unheard(10.0, 13.0, [2.0]) is None        # needs a pause either side
    assert fit_unheard(10.0, 100.0, [2.0]) is None       # far longer than it needs
    assert fit_unheard(10.0, 20.0, []) is None


GREETING = ("Go raibh maith agat, a Cheann Comhairle. The Committee for Finance and Personnel considers the "
            "Bill an important piece of legislation, not least because it helps those on low incomes.")
HEARD_GREETING = ("Forgive me, Arghat, a keen compel, I say Mr. Muhaus, the Committee for Finance and "
                  "Personnel considers the Bill an important piece of legislation, not least because it helps "
                  "those on low incomes.")


def test_garbled_opening_starts_at_the_pause_before_it():
    heard, starts = transcript(ANSWER, "Jennifer McCann.", HEARD_GREETING)
    timings = align(heard, record(("Empey", ANSWER), ("Jennifer McCann", GREETING)))
    assert timings[1].start == pytest.approx(starts[2], abs=0.01)


def test_garbled_opening_run_on_from_the_chairs_call_starts_after_the_call():
    heard, starts = transcript(ANSWER, "Jennifer McCann. " + HEARD_GREETING)
    timings = align(heard, record(("Empey", ANSWER), ("Jennifer McCann", GREETING)))
    assert timings[1].start == pytest.approx(starts[1] + 2 * WORD, abs=0.01)


def test_garbled_opening_never_reaches_back_into_the_speech_before():
    # No pause at all between the two speakers: the walk back stops at the speech before.
    heard, starts = transcript(ANSWER + " " + HEARD_GREETING)
    timings = align(heard, record(("Empey", ANSWER), ("Jennifer McCann", GREETING)))
    assert timings[1].start >= starts[0] + len(ANSWER.split()) * WORD - 0.01
    assert timings[0].start == pytest.approx(starts[0], abs=0.01)


def test_a_transcript_json_read_back_links_the_same(tmp_path):
    heard, _ = transcript(ANSWER, FOLLOW_UP)
    path = tmp_path / "t.json"
    path.write_text(heard.to_json())
    loaded = Transcript.load(path)
    assert loaded.source == heard.source
    assert [(w.start, w.end, w.word) for w in loaded.words()] == [(w.start, w.end, w.word) for w in heard.words()]
    assert align(loaded, record(("A", ANSWER))) == align(heard, record(("A", ANSWER)))


BROKEN_WORD = json.dumps({"schema": "speechstamp.transcript/1", "segments": [{"words": [{"start": 1}]}]})


@pytest.mark.parametrize("text", ["{}", "[1, 2]", "not json", BROKEN_WORD])
def test_reading_a_transcript_refuses_other_files_with_a_value_error(tmp_path, text):
    path = tmp_path / "t.json"
    path.write_text(text)
    with pytest.raises(ValueError):
        Transcript.load(path)


def test_link_of_a_transcript_json_loads_no_media_or_model_code(tmp_path):
    heard, _ = transcript(ANSWER)
    (tmp_path / "t.json").write_text(heard.to_json())
    (tmp_path / "r.txt").write_text(f"John Denham: {ANSWER}\n")
    code = ("import sys; from cli import main\n"
            "try:\n    main(['link', 't.json', 'r.txt', '-o', 'out.json'])\n"
            "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
            "heavy = ('numpy', 'ffmpeg', 'faster_whisper', 'ctranslate2', 'av', 'yt_dlp')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))")
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                            env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert json.loads((tmp_path / "out.json").read_text())["speeches"][0]["status"] == "matched"


OPENING = "I think my hon. Friend has managed to merge three questions into one, about the retail sector. "
REST = ("I can assure him that on the ombudsman the Government are considering the Competition Commission's "
        "report and will respond to it in due course, with the supermarkets' code of practice.")


def test_last_words_of_the_speech_before_sharing_the_dropped_opening_are_not_the_start():
    # The member before ends with an unrecorded "I am grateful to my hon. Friend for that.",
    # then, after a longer pause, the minister starts with his second sentence.
    heard, starts = transcript(FOLLOW_UP + " I am grateful to my hon. Friend for that.", 1.0, REST)
    timings = align(heard, record(("Spelman", FOLLOW_UP), ("Fitzpatrick", OPENING + REST)))
    assert timings[1].start == pytest.approx(starts[1], abs=0.01)


def test_opening_words_said_before_a_garbled_stretch_still_start_the_speech():
    heard, starts = transcript(FOLLOW_UP, 2.0, "I think beyond, beyond, " + REST)
    timings = align(heard, record(("Spelman", FOLLOW_UP), ("Fitzpatrick", OPENING + REST)))
    assert timings[1].start == pytest.approx(starts[1], abs=0.01)


DROPPED = "Sheltered accommodation wardens in Castle Point, as elsewhere, are unsung heroes. "


def test_opening_said_in_a_silence_the_recogniser_left():
    # Eight seconds of nothing heard, then the speech from its second sentence on.
    heard, starts = transcript(ANSWER, 8.0, FOLLOW_UP)
    timings = align(heard, record(("Denham", ANSWER), ("Spink", DROPPED + FOLLOW_UP)))
    assert _end_of(ANSWER, starts[0]) + 0.5 < timings[1].start < starts[1] - 2.0
    assert timings[1].confidence < 0.5


@pytest.mark.parametrize("silence", [0.0, 3.5])
def test_opening_dropped_by_the_member_leaves_the_usual_pause(silence):
    heard, starts = transcript(ANSWER, silence, FOLLOW_UP)
    timings = align(heard, record(("Denham", ANSWER), ("Spink", DROPPED + FOLLOW_UP)))
    assert timings[1].start == pytest.approx(starts[1], abs=0.01)


NONSENSE = "That is nonsense. We have not changed our policy on the green belt and we have no plans to do so."


# As tiny.en heard it (word, start, end): short breaths only, no pause marks the start.
HEARD_NONSENSE = [("here.", 393.08, 393.08), ("he", 393.08, 393.46), ("unorced", 393.46, 393.84),
                  ("in.", 393.84, 394.6), ("That", 394.84, 395.06), ("is", 395.06, 395.28),
                  ("nonsense.", 395.28, 395.7), ("And", 396.04, 396.34), ("I", 396.34, 396.44),
                  ("will", 396.44, 396.66), ("come", 396.66, 396.9), ("to", 396.9, 397.12),
                  ("that", 397.12, 397.22), ("in", 397.22, 397.4), ("a", 397.4, 397.48),
                  ("moment.", 397.48, 397.8), ("We", 398.18, 398.38), ("have", 398.38, 398.54),
                  ("not", 398.54, 398.82), ("changed", 398.82, 399.2), ("our", 399.2, 399.48),
                  ("policy", 399.48, 399.84), ("on", 399.84, 400.04), ("the", 400.04, 400.28),
                  ("Green", 400.28, 400.44), ("Belt,", 400.44, 400.72), ("and", 400.96, 401.06),
                  ("we", 401.06, 401.22), ("have", 401.22, 401.46), ("no", 401.46, 401.66),
                  ("plans", 401.66, 402.0), ("to", 402.0, 402.2), ("do", 402.2, 402.4), ("so.", 402.4, 402.7)]


def test_start_is_the_earlier_fuller_copy_of_the_opening():
    before, _ = transcript(ANSWER)
    heard = as_heard(HEARD_NONSENSE, before)
    timings = align(heard, record(("Denham", ANSWER), ("Austin", NONSENSE)))
    assert timings[1].start == pytest.approx(394.84, abs=0.01)


CALLED_REST = ("The Committee for Finance and Personnel considers the Bill an important piece of legislation, "
               "not least because it helps those on low incomes.")


def test_opening_unheard_in_a_long_silence_after_the_chairs_call():
    # Called, the member says the greeting at once, but the recogniser hears nothing
    # until "I say this to the House." 3.2 s after the call: the greeting was in that silence.
    heard, starts = transcript(ANSWER, "Jennifer McCann.", 2.0, "I say this to the House. " + CALLED_REST)
    timings = align(heard, record(("Empey", ANSWER), ("Jennifer McCann", GREETING)))
    called = _end_of("Jennifer McCann.", starts[1])
    greeting = say_time(" ".join(tokenize("Go raibh maith agat, a Cheann Comhairle.")))
    assert timings[1].start == pytest.approx(max(called + 0.4, starts[2] - greeting), abs=0.01)
    assert timings[1].confidence < 0.5


def test_usual_pause_after_the_chairs_call_is_not_an_unheard_opening():
    heard, starts = transcript(ANSWER, "Jennifer McCann.", 0.2, "I say this to the House. " + CALLED_REST)
    timings = align(heard, record(("Empey", ANSWER), ("Jennifer McCann", GREETING)))
    assert timings[1].start == pytest.approx(starts[2], abs=0.01)


CEASEFIRE = "We will declare a ceasefire on that for now."
HEARD_CEASEFIRE = "Where you know we'll be clear as he's far on that far out."


def test_short_speech_heard_as_other_words_that_sound_alike():
    # Hardly a word survives, and no two in a row: found by sound between its neighbours.
    heard, starts = transcript(ANSWER, HEARD_CEASEFIRE, REPLY)
    timings = align(heard, record(("Wilson", ANSWER), ("Farry", CEASEFIRE), UNSPOKEN, ("Wilson", REPLY)))
    assert [t.status for t in timings] == ["matched", "matched", "missing", "matched"]
    assert timings[1].start == pytest.approx(starts[1], abs=0.01)
    assert timings[1].confidence < 0.5


@pytest.mark.parametrize("between", ["If I may say so, Mr Speaker.", "Here, here, here."])
def test_unspoken_short_speech_does_not_take_a_heard_aside(between):
    heard, _ = transcript(ANSWER, between, REPLY)
    timings = align(heard, record(("Wilson", ANSWER), ("Farry", CEASEFIRE), ("Wilson", REPLY)))
    assert timings[1].status == "missing"


def test_sound_likeness_needs_a_few_words():
    # Three words sound like too many other things to place a speech by sound alone.
    heard, _ = transcript(ANSWER, "be clear as he's far", REPLY)
    timings = align(heard, record(("Wilson", ANSWER), ("Farry", "Declare a ceasefire!"), ("Wilson", REPLY)))
    assert timings[1].status == "missing"
    options = AlignOptions(fewest_sounds=3)  # the same likeness, were three words enough
    assert align(heard, record(("Wilson", ANSWER), ("Farry", "Declare a ceasefire!"), ("Wilson", REPLY)),
                 options)[1].status == "matched"


WYATT_REST = "recently been allowed to extend on to green land? " + REST
WYATT_OPENING = ("May I bring to my hon. Friend's attention the fact that Kent science park has "
                 "recently been allowed to extend on to green land? ")


def _said_for(text: str) -> float:
    return say_time(" ".join(tokenize(text)))


def test_opening_heard_as_noise_starts_where_saying_it_would():
    # The opening was written over as "Here.", then nothing, then the rest: the start is
    # the utterance that begins about as long before the rest as the opening takes to say.
    lead = _said_for("May I bring to my hon. Friend's attention the fact that Kent science park has")
    heard, starts = transcript(ANSWER, 3.0, "Here.", lead - 0.3 - 1.2, WYATT_REST)
    timings = align(heard, record(("Austin", ANSWER), ("Wyatt", WYATT_OPENING + REST)))
    assert timings[1].start == pytest.approx(starts[1], abs=0.01)
    assert timings[1].confidence < 0.5


def test_hear_hear_long_before_a_dropped_opening_is_not_the_start():
    heard, starts = transcript(ANSWER, "Hear, hear.", WYATT_REST)
    timings = align(heard, record(("Austin", ANSWER), ("Wyatt", WYATT_OPENING + REST)))
    assert timings[1].start == pytest.approx(starts[2], abs=0.01)


CAMPBELL = ("10. asked the Minister for Social Development what progress is being made to ensure that the "
            "revised warm homes scheme has the maximum impact and that landlords, and tenants who are currently "
            "in receipt of benefits, are aware of the advantages of the scheme. (AQO 225/10)")


@pytest.mark.parametrize("call, placed", [("Gregory Campbell.", True), ("David Hilditch.", False)])
def test_few_words_heard_right_after_the_members_call_place_the_speech(call, placed):
    # Only the number and a few words were said: enough after his call, not after another's.
    heard, starts = transcript(ANSWER, call, "10. The warm homes scheme.", REPLY)
    timings = align(heard, record(("Hilditch", ANSWER), ("Gregory Campbell", CAMPBELL), ("Ritchie", REPLY)))
    if placed:
        assert timings[1].start == pytest.approx(starts[2], abs=0.01)
    else:
        assert timings[1].status == "missing"


@pytest.mark.parametrize("call", ["", "David Hilditch."])
def test_an_assembly_question_said_by_its_number_and_reference(call):
    # "10. (AQO 225/10)" heard as "10. Arco 225-Sash 10.": the reference is the question's
    # own, whoever the chair was heard to call (as on heldout5 ni-skip70-hard-s505, where the
    # call went unheard: "One, Taco 216-10.").
    heard, starts = transcript(ANSWER, *([call] if call else []), "10. Arco 225-Sash 10.", REPLY)
    timings = align(heard, record(("Hilditch", ANSWER), ("Gregory Campbell", CAMPBELL), ("Ritchie", REPLY)))
    assert timings[1].start == pytest.approx(starts[-2], abs=0.01)


def test_an_assembly_question_whose_reference_was_not_heard_stays_missing():
    other = CAMPBELL.replace("AQO 225/10", "AQO 231/10").replace("10.", "4.", 1)
    heard, _ = transcript(ANSWER, "10. Arco 225-Sash 10.", REPLY)
    timings = align(heard, record(("Hilditch", ANSWER), ("Gregory Campbell", other), ("Ritchie", REPLY)))
    assert timings[1].status == "missing"


DREW = ("Will my right hon. Friend accept that when we talk about the regional spatial strategy, we are "
        "talking not just about house building, but about other key issues such as transport?")
HEARD_DREW = ("friend accept that when we talk about the regional spatial strategy, we are talking not just "
              "about house building, but about other key issues such as transport?")


def test_opening_heard_a_little_wrong_then_an_aside_still_starts_the_speech():
    # "Will my right hon." heard as "Well, my right horn," and an aside before "Friend".
    heard, starts = transcript(ANSWER, 1.0, "Well, mi right horn, that is the point,", HEARD_DREW)
    timings = align(heard, record(("Denham", ANSWER), ("Drew", DREW)))
    assert timings[1].start == pytest.approx(starts[1], abs=0.01)


QUANGOS = ("I thank the Minister for that response, but it has been estimated that unelected quangos now spend "
           "£64 billion a year, equivalent to more than £2,500 for every single household. Why are the Government "
           "so reluctant to allow local spending reports to publish figures on quango expenditure?")
HEARD_QUANGOS = ("first estimated that elected one goes now spend £64 billion a year, equivalent to more than "
                 "£2,500 for every single household. Why are the Government so reluctant to allow local spending "
                 "reports to publish figures on quango expenditure?")


def test_opening_half_heard_after_a_long_silence():
    # "I thank the Minister for that response, but it has been" went unheard in the silence;
    # the rest of the sentence was heard, wrongly: only the unheard part goes before it.
    heard, starts = transcript(ANSWER, 10.0, HEARD_QUANGOS)
    timings = align(heard, record(("Follett", ANSWER), ("Evennett", QUANGOS)))
    unheard = _said_for("I thank the Minister for that response but it has been")
    assert timings[1].start == pytest.approx(starts[1] - unheard, abs=1.0)
    assert timings[1].confidence < 0.5


REPORT = ("The first local spending report was published on 29 April this year, following the first phase of "
          "our consultation on this topic. The report is available on the website.")


def test_matches_either_side_of_a_hole_in_the_transcript_are_not_neighbours():
    # The recogniser lost 12 s: the end of the answer and the opening of the next speech.
    # "the ... first" straddles the hole, so "first" is not the answer's: it starts the question.
    heard, starts = transcript("The first local spending report was published on 29 April this year, following the",
                               12.0, HEARD_QUANGOS)
    timings = align(heard, record(("Follett", REPORT), ("Evennett", QUANGOS)))
    assert timings[0].end < timings[1].start < starts[1] - 1.0


THORNTON = ("The way in which we tackle alcohol abuse, particularly the problems that we know face young people "
            "and their drinking habits, is through the education of those young people and their parents.")


def test_chairs_call_split_into_more_words_is_not_an_opening_heard_as_noise():
    # The member dropped "My noble friend points to a very important matter."; the call
    # before her, "Baroness Thornton", was heard as four words at about that distance.
    heard, starts = transcript(ANSWER, "Barrow us on, turn.", THORNTON)
    dropped = "My noble friend points to a very important matter. "
    timings = align(heard, record(("Pitkeathley", ANSWER), ("Baroness Thornton", dropped + THORNTON)))
    assert timings[1].start == pytest.approx(starts[2], abs=0.01)


def test_a_block_written_again_in_no_time_is_not_heard_twice():
    # Whisper wrote the answer's last words and the question's first ones a second time,
    # all at one instant, after the question had begun.
    def said(text: str, t: float, length: float = WORD - 0.05) -> list[Word]:
        return [Word(round(t + n * WORD, 3), round(t + n * WORD + length, 3), " " + w)
                for n, w in enumerate(text.split())]
    follow = FOLLOW_UP.split()
    words = said(ANSWER.replace("statutory", "statue tree"), 1.0)  # both heard a little wrong first time
    start = words[-1].end + 1.5
    words += said(" ".join(follow[:2] + ["secretarial"] + follow[3:6]), start)  # heard a little wrong
    again = " ".join(ANSWER.split()[-6:] + follow[:6])
    words += [Word(words[-1].end + 0.1, words[-1].end + 0.1, " " + w) for w in again.split()]
    words += said(" ".join(follow[6:]), words[-1].end + 0.1)
    heard = Transcript("t.mp4", "", words[-1].end + 1, "en", "test",
                       [Segment(words[0].start, words[-1].end, "", words)])
    timings = align(heard, record(("Denham", ANSWER), ("Spelman", FOLLOW_UP)))
    assert timings[1].start == pytest.approx(start, abs=0.01)


def test_half_a_sentence_is_not_an_opening_the_member_dropped():
    # The member before ends "I am grateful to my hon. Friend for that."; this one drops
    # a long first sentence. The thanks read a little like its beginning, but are far
    # too short to be that whole sentence.
    heard, starts = transcript(FOLLOW_UP + " I am grateful", "to my honour and all friend for that.", REST)
    opening = ("I think my hon. Friend has managed to merge three questions into one: the retail sector "
               "supporting local produce, barriers to local producers getting into supermarkets and the ombudsman. ")
    timings = align(heard, record(("Spelman", FOLLOW_UP), ("Fitzpatrick", opening + REST)))
    assert timings[1].start == pytest.approx(starts[2], abs=0.01)


# From the Commons, 29 October 2009 (defra-skip50-hard-s104): the chair's call, then the
# opening misheard, an aside the record leaves out, and the record's second sentence
# dropped. As tiny.en heard it (word, start, end), from the question before, 500 s earlier.
ROBERTSON = ("I thank my hon. Friend for his answer, but I am sure that he will agree that haggling into the "
             "early hours of the morning at the December Council is not desirable. What will he do to ensure "
             "that the common fisheries policy is changed to the benefit of Scottish fishermen and UK fishermen "
             "as a whole?")
CFP = ("My hon. Friend raises a vital point. We need to get away from this haggling until 3 in the morning in "
       "late December. We need to change the CFP, as we made clear in the May and June Councils, where we led "
       "from the front. We need to reform the CFP on the basis of good, long-term science, sustainable fish "
       "stocks, regionalisation and the long-term viability of all parts of the UK fleet, and away from "
       "micro-management, bringing the marine environment and fisheries together. I am pleased to say that we "
       "in this Labour Government are right at the forefront of driving that radical change.")
HEARD_CFP = [("John", 9.97, 10.49), ("Robertson.", 10.49, 10.93), ("I", 11.83, 11.87), ("thank", 11.87, 12.09),
             ("my", 12.09, 12.35), ("hon,", 12.35, 12.83), ("friend", 12.87, 13.21), ("for", 13.21, 13.39),
             ("him", 13.39, 13.59), ("answer,", 13.59, 13.87), ("but", 14.13, 14.25), ("I", 14.25, 14.33),
             ("am", 14.33, 14.49), ("sure", 14.49, 14.71), ("that", 14.71, 14.91), ("he", 14.91, 15.07),
             ("will", 15.07, 15.23), ("agree", 15.23, 15.49), ("that", 15.49, 15.81), ("hardly", 15.81, 16.01),
             ("until", 16.01, 16.31), ("nearly", 16.31, 16.65), ("over", 16.65, 16.87), ("him", 16.87, 17.13),
             ("on", 17.13, 17.27), ("the", 17.27, 17.33), ("morning", 17.33, 17.43), ("at", 17.43, 17.61),
             ("the", 17.61, 17.75), ("December", 17.75, 18.15), ("council", 18.15, 18.51), ("is", 18.51, 18.73),
             ("not", 18.73, 18.97), ("desirable.", 18.97, 19.37), ("What", 20.05, 20.23), ("will", 20.23, 20.45),
             ("he", 20.45, 20.55), ("do", 20.55, 20.77), ("to", 20.77, 20.95), ("ensure", 20.95, 21.23),
             ("that", 21.23, 21.43), ("the", 21.43, 21.63), ("common", 21.63, 21.85), ("fissure", 21.85, 22.19),
             ("is", 22.19, 22.39), ("policy", 22.39, 22.73), ("is", 22.73, 22.97), ("changed", 22.97, 23.35),
             ("to", 23.35, 23.59), ("the", 23.59, 23.69), ("benefit", 23.69, 23.99), ("of", 23.99, 24.31),
             ("Scottish", 24.31, 24.63), ("fishermen", 24.63, 25.05), ("and", 25.05, 25.45), ("UK", 25.45, 25.71),
             ("fishermen", 25.71, 26.19), ("and", 26.19, 26.47), ("the", 26.47, 27.09), ("whole.", 27.09, 27.09),
             ("He'll", 33.72, 34.02), ("rank", 34.02, 34.24), ("a", 34.24, 34.48), ("name", 34.48, 34.68),
             ("in.", 34.68, 34.84), ("My", 35.72, 36.08), ("hon,", 36.08, 36.42), ("friend", 36.84, 36.96),
             ("Princess", 36.96, 37.26), ("and", 37.26, 37.46), ("my", 37.46, 37.62), ("teller,", 37.62, 37.94),
             ("point.", 38.28, 38.66), ("Let", 39.06, 39.18), ("me", 39.18, 39.42), ("be", 39.42, 39.52),
             ("absolutely", 39.52, 39.94), ("clear", 39.94, 40.4), ("about", 40.4, 40.72), ("this.", 40.72, 40.92),
             ("We", 44.5, 45.02), ("We", 45.02, 45.64), ("need", 45.64, 45.98), ("to", 45.98, 46.18),
             ("change", 46.18, 46.54), ("the", 46.54, 46.78), ("CFP,", 46.78, 47.32), ("as", 47.4, 47.62),
             ("we", 47.62, 47.78), ("made", 47.78, 48.04), ("clear", 48.04, 48.3), ("in", 48.3, 48.5),
             ("the", 48.5, 48.62), ("May", 48.62, 48.88), ("and", 48.88, 49.1), ("June", 49.1, 49.42),
             ("councils,", 49.42, 49.88), ("where", 50.32, 50.4), ("we", 50.4, 50.54), ("learned", 50.54, 50.78),
             ("from", 50.78, 51.04), ("the", 51.04, 51.22), ("front.", 51.22, 51.54), ("We", 51.92, 52.02),
             ("need", 52.02, 52.3), ("to", 52.3, 52.48), ("reform", 52.48, 52.78), ("the", 52.78, 53.02),
             ("CFP", 53.02, 53.3), ("on", 53.3, 53.54), ("the", 53.54, 53.72), ("basis", 53.72, 53.98),
             ("of", 53.98, 54.22), ("good,", 54.22, 54.64), ("long", 54.66, 54.92), ("term", 54.92, 55.18),
             ("science,", 55.18, 55.66), ("sustainable", 56.08, 56.4), ("fish", 56.4, 56.86),
             ("talks,", 56.86, 57.3), ("regionalization", 57.68, 58.22), ("and", 58.22, 58.5), ("the", 58.5, 58.62),
             ("long", 58.62, 58.84), ("term", 58.84, 59.14), ("viability", 59.14, 59.62), ("of", 59.62, 59.92),
             ("all", 59.92, 60.18), ("parts", 60.18, 60.52), ("of", 60.52, 60.76), ("the", 60.76, 60.82),
             ("UK", 60.82, 61.12), ("fleet,", 61.12, 61.56), ("and", 61.74, 61.84), ("away", 61.84, 62.08),
             ("from", 62.08, 62.36), ("micromanagement,", 62.36, 63.32), ("bringing", 63.72, 63.86),
             ("the", 63.86, 64.06), ("marine", 64.06, 64.3), ("environment", 64.3, 64.8), ("and", 64.8, 65.36),
             ("fishermen", 65.36, 65.8), ("together.", 65.8, 66.34), ("I", 66.34, 66.84), ("am", 66.84, 67.06),
             ("pleased", 67.06, 67.42), ("to", 67.42, 67.64), ("say", 67.64, 67.84), ("that", 67.84, 68.02),
             ("we", 68.02, 68.22), ("in", 68.22, 68.28), ("the", 68.28, 68.44), ("slimmer", 68.44, 68.7),
             ("government", 68.7, 69.12), ("are", 69.12, 69.48), ("right", 69.48, 69.64), ("at", 69.64, 69.84),
             ("the", 69.84, 70.02), ("forefront", 70.02, 70.36), ("of", 70.36, 70.68), ("driving", 70.68, 71.0),
             ("mathematical", 71.0, 71.54), ("change.", 71.54, 72.48)]


def test_opening_heard_wrong_then_a_long_aside_still_starts_the_speech():
    # The first matched word is 8.8 s after the misheard opening: farther than a short
    # opening could reach, not farther than this long one's unmatched words take to say.
    before, _ = transcript(ANSWER)
    heard = as_heard(HEARD_CFP, before)
    timings = align(heard, record(("Benn", ANSWER), ("John Robertson", ROBERTSON), ("Huw Irranca-Davies", CFP)))
    assert timings[1].start == pytest.approx(11.83, abs=0.01)
    assert timings[2].start == pytest.approx(35.72, abs=0.01)


HOUSING = ("I have only just started my speech. There are examples in many other areas where matters had to be "
           "addressed. The housing executive has responsibility for housing. All have proved successful and "
           "non-contentious, and if we are to fix something that I believe ain't broken, then I would like to know "
           "how that is to be done, and over the past decade each summer the number of incidents of community "
           "disturbances and violence has decreased.")
HEARD_HOUSING_END = ("I would like to know how that is to be done, and over the past decade each summer the number of "
                     "incidents of community disturbances and violence has decreased.")


def test_a_few_words_heard_well_into_a_speech_after_a_hole_are_its_own():
    # The opening went unheard in a hole, then cheering, "responsibility for housing."
    # and another hole before the rest: the record jumps ahead there because the
    # recogniser lost words, not because the member dropped a sentence, so those words
    # are not the speech before's (as on oppday-hard-s105).
    heard, starts = transcript(ANSWER, 12.0, "on for example. Here,", "responsibility for housing.", 6.0,
                               HEARD_HOUSING_END)
    timings = align(heard, record(("Goggins", ANSWER), ("McGrady", HOUSING)))
    assert timings[1].start <= starts[2]


def test_a_word_written_after_words_that_follow_it_is_left_out():
    # As on oppday-hard-s105: "Here, [23.9] here. [34.1] responsibility [26.4] to [27.0]".
    # Where the late word was said is unknown; the words around it keep their order.
    said = [("example.", 23.055, 23.555), ("Here,", 23.915, 25.315), ("here.", 34.075, 34.215),
            ("responsibility", 26.395, 26.995), ("to", 26.995, 27.395), ("believe", 27.395, 27.675),
            ("a", 27.675, 27.895)]
    words = [Word(start, end, " " + text) for text, start, end in said]
    assert [w.word for w in _timed_words(words)] == [" example.", " Here,", " responsibility", " to", " believe", " a"]
    assert _timed_words(words[:2] + words[3:]) == words[:2] + words[3:]


# Northern Ireland Assembly, 13 October 2009 (ni-skip40-hard-s204), as tiny.en heard it:
# the presenter, the Speaker's call ("Michelle Gail," for Michelle Gildernew), and the
# Minister from her third sentence on. "the House of" pairs with "the theft of".
CATTLE = ("The question is about the theft of 16 cattle infected by tuberculosis (TB) that were under the control "
          "of the Department of Agriculture and Rural Development (DARD) on the Castleblayney Road in Keady on "
          "Monday 5 October. The contracted haulier arranged to collect 17 TB-reactor cattle from a herd in Armagh. "
          "Initial indications are that, when the haulier arrived at the farm, he was unable to negotiate the "
          "entrance with two trailers attached to his lorry.")
HEARD_CATTLE = [("Good", 5.23, 5.87), ("morning,", 5.87, 6.17), ("and", 6.53, 6.57), ("welcome", 6.57, 6.95),
                ("to", 6.95, 7.21), ("live", 7.21, 7.45), ("coverage", 7.45, 7.79), ("from", 7.79, 8.23),
                ("the", 8.23, 8.39), ("House", 8.39, 8.61), ("of", 8.61, 8.89), ("Commons.", 8.89, 9.27),
                ("Questions", 10.21, 10.35), ("are", 10.35, 10.61), ("about", 10.61, 10.97), ("to", 10.97, 11.21),
                ("begin,", 11.21, 11.51), ("and", 11.69, 11.97), ("we", 11.97, 12.11), ("will", 12.11, 12.31),
                ("be", 12.31, 12.53), ("following", 12.53, 12.83), ("them", 12.83, 13.23), ("here.", 13.23, 13.73),
                ("Later,", 14.27, 14.27), ("we", 14.37, 14.39), ("will", 14.39, 14.65), ("have", 14.65, 14.87),
                ("the", 14.87, 15.09), ("main", 15.09, 15.27), ("debate", 15.27, 15.63), ("on", 15.63, 15.83),
                ("the", 15.83, 16.03), ("day,", 16.03, 16.33), ("and", 16.57, 16.69), ("round", 16.69, 16.95),
                ("up", 16.95, 17.17), ("on", 17.17, 17.35), ("the", 17.35, 17.45), ("news", 17.45, 17.67),
                ("from", 17.67, 17.99), ("committees.", 17.99, 18.39), ("Michelle", 22.38, 22.72),
                ("Gail,", 22.72, 23.0), ("the", 23.1, 23.22), ("new...", 23.22, 23.46), ("In", 24.54, 24.68),
                ("a", 24.68, 24.8), ("shall", 24.8, 24.92), ("indication", 24.92, 25.34), ("that", 25.34, 25.74),
                ("that,", 25.74, 26.18), ("when", 26.22, 26.44), ("the", 26.44, 26.62), ("holy", 26.62, 26.76),
                ("arrive", 26.76, 27.14), ("at", 27.14, 27.38), ("the", 27.38, 27.58), ("farm,", 27.58, 27.88),
                ("he", 28.02, 28.14), ("was", 28.14, 28.3), ("unable", 28.3, 28.58), ("to", 28.58, 28.8),
                ("negotiate", 28.8, 29.14), ("the", 29.14, 29.48), ("entrance", 29.48, 29.78),
                ("when", 29.78, 30.06), ("to", 30.06, 30.28), ("tree", 30.28, 30.44), ("-lown", 30.44, 30.62),
                ("attached", 30.62, 30.98), ("to", 30.98, 31.24), ("his", 31.24, 31.4), ("lorry.", 31.4, 31.58),
                ("He", 31.9, 32.04)]


def test_words_heard_before_the_members_call_are_not_the_speech():
    heard = as_heard(HEARD_CATTLE)
    timings = align(heard, record(("Michelle Gildernew", CATTLE)))
    assert timings[0].start == pytest.approx(24.54, abs=0.01)


# Westminster Hall, 28 October 2009 (wh-skip20-hard-s205): after the chair's call, an aside
# before the opening, run on without a pause ("Leon, let me be absolutely clear about this
# lady lady makes a valid point, ..." as tiny.en heard it; the aside made longer here).
MINES = ("The hon. Lady makes a valid point, and I will say a few words about the issue of mines. The numbers in the "
         "camps swelled as the conflict intensified this year and more and more civilians were forced to flee their "
         "homes.")
HEARD_MINES = ("Leon, let me be absolutely clear about this, and I say this to all of us, this lady lady makes a valid "
               "point, and I will say a few words about the issue of minds, let me just finish this point, the numbers "
               "in the camp swell as the conflict intensified this year and more than more civilians were forced to "
               "flee their homes.")


def test_an_aside_run_on_from_the_members_call_starts_the_speech():
    heard, starts = transcript(ANSWER, "Joan Ryan,", HEARD_MINES)
    timings = align(heard, record(("Kramer", ANSWER), ("Joan Ryan", MINES)))
    assert timings[1].start == pytest.approx(starts[2], abs=0.01)  # "Leon," after "Joan Ryan,"


MITCHELL = ("A few years ago, in your Lordships' House, my noble friend the Minister stated that by the end of 2008 "
            "it would be compulsory, on a voluntary basis, for—")


@pytest.mark.parametrize("call", ["Noble Lords.", ""])
def test_a_speech_heard_as_nothing_after_its_members_call(call):
    # As on lords-skip40-hard-s303: the chair calls "Noble Lords", their "Ha!" is not
    # heard, nor the unspoken speech before it; then the next member is called. The
    # silence is too short to place "Ha!" from the pauses alone, not after its call.
    utterances = [ANSWER] + ([call, 1.6] if call else [4.0]) + ["Lord Mitchell.", REPLY]
    heard, starts = transcript(*utterances)
    timings = align(heard, record(("Baroness Thornton", ANSWER), ("Lord Mitchell", MITCHELL), ("Noble Lords", "Ha!"),
                                  ("Lord Mitchell", REPLY)))
    assert timings[1].status == "missing"
    if not call:
        assert timings[2].status == "missing"
        return
    called, next_call = _end_of(call, starts[1]), starts[2]
    assert called < timings[2].start < timings[2].end < next_call
    assert timings[2].confidence < 0.5


# Westminster Hall, 28 October 2009 (heldout4 wh-skip45-hard-s404), as tiny.en heard it.
# The chair calls "Siobhain McDonagh", heard as "See, I'm King MacDohon.", and she drops
# "Does my right hon." (said from 100.25 s): the misheard call reads more like her name
# than like her opening, so it is not taken for the opening.
MCDONAGH = ("Does my right hon. Friend agree that over the past few weeks, we have seen an increasing number of "
            "abusive phone calls and e-mails precisely because of the report on GSP plus? For the first time in more "
            "than six months, the Sri Lankan Government are on the run on this one, thus providing real leverage to "
            "achieve progress for the people in the camps in Sri Lanka.")
HEARD_MCDONAGH = [("I", 94.67, 94.87), ("will.", 94.87, 95.27), ("Here", 96.29, 96.29), ("here", 96.29, 96.79),
                  ("here.", 96.79, 97.25), ("See,", 98.19, 98.33), ("I'm", 98.39, 98.57), ("King", 98.57, 98.81),
                  ("MacDohon.", 98.81, 100.05), ("Friend", 100.41, 100.61), ("and", 100.61, 100.81),
                  ("Read", 100.81, 100.97), ("that", 100.97, 101.15), ("over", 101.15, 101.29),
                  ("the", 101.29, 101.51), ("past", 101.51, 101.85), ("few", 101.85, 102.09),
                  ("weeks.", 102.09, 102.49), ("We", 102.87, 102.87), ("have", 102.87, 103.11),
                  ("seen", 103.11, 103.31), ("an", 103.31, 103.53), ("increasing", 103.53, 103.87),
                  ("non", 103.87, 104.21), ("-mountain", 104.21, 104.61), ("world,", 104.61, 104.95),
                  ("amusing", 105.07, 105.33), ("phone", 105.33, 105.85), ("calls,", 105.85, 106.19),
                  ("and", 106.45, 106.59), ("emails", 106.59, 106.99), ("precisely", 106.99, 107.53),
                  ("because", 107.53, 108.01), ("of", 108.01, 108.21), ("the", 108.21, 108.35),
                  ("report", 108.35, 108.63), ("on", 108.63, 108.89), ("DSC", 108.89, 109.15),
                  ("loss.", 109.15, 109.69), ("For", 109.69, 110.27), ("the", 110.27, 110.45),
                  ("first", 110.45, 110.77), ("time", 110.77, 111.03), ("in", 111.03, 111.23),
                  ("more", 111.23, 111.37), ("than", 111.37, 111.59), ("six", 111.59, 111.89),
                  ("months,", 111.89, 112.31)]


def test_a_call_heard_too_wrong_to_recognise_is_not_the_opening():
    timings = align(as_heard(HEARD_MCDONAGH), record(("Joan Ryan", "I will."), ("Siobhain McDonagh", MCDONAGH)))
    assert timings[1].start == pytest.approx(100.41, abs=0.01)  # "Friend", not "See," at 98.19


# The same sitting: the chair's "Barry Gardiner" heard as three words, "Very god, inner.";
# he says only his first sentence, with an aside, before the Minister goes on: too little
# of the long printed speech to place it but for the call just before.
RESPOND = ("He heard what my hon. Friend the Member for Hayes and Harlington had to say about how we would seek to "
           "respond should the Government of Sri Lanka do something about the camps and the situation in which the "
           "Tamils find themselves.")
GARDINER = ("My right hon. Friend makes an exceptionally compelling case. Does she not think that if one compares the "
            "amount of military money that the Government of Sri Lanka have spent on fighting this war over the past "
            "few years with the peace dividend that they promised would come from fighting that war, there is, by "
            "their own rubric, enough money to deal with the dispersal and the rehabilitation of the people in those "
            "camps?")
HEARD_GARDINER = [("He", 210.14, 210.86), ("you", 210.86, 211.16), ("know,", 211.16, 211.54),
                  ("heard", 211.84, 212.06), ("what", 212.06, 212.28), ("my", 212.28, 212.58),
                  ("hung,", 212.58, 213.12), ("friend", 213.58, 213.88), ("the", 213.88, 214.08),
                  ("member", 214.08, 214.36), ("for", 214.36, 214.76), ("his,", 214.76, 215.08),
                  ("and", 215.42, 215.54), ("Harlington", 215.54, 215.96), ("had", 215.96, 216.38),
                  ("to", 216.38, 216.62), ("say", 216.62, 216.78), ("about", 216.78, 217.16), ("how", 217.16, 217.4),
                  ("he", 217.4, 217.52), ("would", 217.52, 217.74), ("seek", 217.74, 218.08), ("to", 218.08, 218.28),
                  ("respond,", 218.28, 218.68), ("shot", 218.88, 219.08), ("the", 219.08, 219.3),
                  ("government", 219.3, 219.64), ("of", 219.64, 220.08), ("Sri", 220.08, 220.3),
                  ("Lanka,", 220.3, 220.62), ("do", 220.88, 220.98), ("something", 220.98, 221.38),
                  ("about", 221.38, 221.74), ("the", 221.74, 222.0), ("camp,", 222.0, 222.28),
                  ("and", 222.7, 222.88), ("the", 222.88, 223.04), ("situation", 223.04, 223.56),
                  ("in", 223.56, 224.04), ("which", 224.04, 224.34), ("the", 224.34, 224.54),
                  ("Tamil", 224.54, 224.86), ("find", 224.86, 225.38), ("themselves.", 225.38, 226.1),
                  ("Very", 227.94, 228.26), ("god,", 228.26, 228.56), ("inner.", 228.62, 228.92),
                  ("My", 229.36, 229.58), ("right", 229.58, 229.9), ("hand", 229.9, 230.34), ("let", 230.34, 230.64),
                  ("me", 230.64, 230.84), ("just", 230.84, 231.14), ("finish", 231.14, 231.46),
                  ("the", 231.46, 231.72), ("point,", 231.72, 232.1), ("friend,", 232.62, 232.8),
                  ("friend,", 233.1, 233.14), ("mix", 233.28, 233.42), ("and", 233.42, 233.66),
                  ("all,", 233.66, 234.1), ("exceptionally", 234.46, 234.78), ("compelling", 234.78, 235.42),
                  ("case.", 235.42, 236.24), ("Joan", 237.28, 237.58), ("Ryan.", 237.58, 237.94),
                  ("I", 237.94, 239.2), ("think", 239.2, 239.62), ("that", 239.62, 239.88), ("we", 239.88, 240.08),
                  ("all", 240.08, 240.42), ("are", 240.42, 240.56), ("most", 240.56, 240.92), ("of", 240.92, 241.08),
                  ("us", 241.08, 241.48), ("take", 241.48, 241.8), ("my", 241.8, 242.14), ("hung,", 242.14, 242.6),
                  ("friend's", 242.92, 243.5)]


def test_a_speech_said_in_part_after_a_call_split_into_more_words():
    timings = align(as_heard(HEARD_GARDINER), record(
        ("Joan Ryan", RESPOND), ("Barry Gardiner", GARDINER),
        ("Joan Ryan", "I think that we all—or most of us—take my hon. Friend's point.")))
    assert [t.status for t in timings] == ["matched"] * 3
    assert timings[1].start == pytest.approx(229.36, abs=0.01)  # "My", after "Very god, inner."


# Northern Ireland Assembly, 13 October 2009 (heldout5 ni-skip70-hard-s505), as tiny.en heard
# it: "that money was", inside the Minister's "Again, the Department of the Environment is
# responsible for the detail of why that money was returned.", sounds a little like "Sammy
# Wilson"; but the chair calls a member after a pause, not mid-sentence.
HEARD_RETURNED = [('as', 293.96, 294.1), ('normal', 294.1, 294.4), ('money', 294.4, 294.72), ('has', 294.72, 295.0),
                  ('been', 295.0, 295.22), ('allocated,', 295.22, 295.72), ('as', 296.06, 296.3),
                  ('the', 296.3, 296.42), ('minister', 296.42, 296.7), ('telling', 296.7, 297.16),
                  ('most', 297.16, 297.48), ('trust', 297.48, 297.9), ('to', 297.9, 298.14), ('cut', 298.14, 298.4),
                  ('front', 298.4, 298.74), ('-line', 298.74, 299.06), ('services', 299.06, 299.5),
                  ('is', 299.5, 300.22), ('here', 300.22, 300.34), ('in', 300.34, 300.54), ('a', 300.54, 300.66),
                  ('hill', 300.66, 300.94), ('to', 300.94, 301.18), ('address', 301.18, 301.44),
                  ('the', 301.44, 301.7), ('issues', 301.7, 301.92), ('around', 301.92, 302.34),
                  ('civilcy', 302.34, 302.98), ('of', 302.98, 303.02), ('a', 303.02, 303.16),
                  ('sequel', 303.16, 303.46), ('to', 303.46, 303.76), ('cleanse', 303.76, 304.38),
                  ('and', 304.38, 304.62), ('the', 304.62, 304.72), ('relevant', 304.72, 305.14),
                  ('market,', 305.14, 305.68), ('because', 306.06, 306.36), ('I', 306.36, 306.54),
                  ('do', 306.54, 306.66), ('not', 306.66, 306.88), ('see', 306.88, 307.12), ('any', 307.12, 307.32),
                  ('understatement', 307.32, 307.86), ('again', 307.86, 310.94), ('the', 310.94, 311.52),
                  ('department', 311.52, 311.88), ('of', 311.88, 312.24), ('the', 312.24, 312.4),
                  ('environment', 312.4, 312.82), ('is', 312.82, 313.2), ('responsible', 313.2, 313.62),
                  ('for', 313.62, 313.98), ('the', 313.98, 314.12), ('detail', 314.12, 314.36),
                  ('of', 314.36, 314.58), ('why', 314.58, 314.8), ('that', 314.8, 315.0), ('money', 315.0, 315.2),
                  ('was', 315.2, 315.46), ('returned.', 315.46, 315.86), ('I', 315.86, 316.28),
                  ('say', 316.28, 316.5), ('this', 316.5, 316.72), ('to', 316.72, 316.86), ('the', 316.86, 317.0),
                  ('house,', 317.0, 317.32), ('I', 317.5, 317.66), ('understand,', 317.66, 318.22),
                  ('however,', 318.74, 318.86), ('that', 319.26, 319.34), ('was', 319.34, 319.62),
                  ('a', 319.62, 319.78), ('depreciation', 319.78, 320.24), ('and', 320.24, 320.82),
                  ('cost', 320.82, 321.04), ('of', 321.04, 321.3), ('capital', 321.3, 321.64),
                  ('cover,', 321.64, 322.06), ('which', 322.24, 322.42), ('the', 322.42, 322.52),
                  ('department', 322.52, 322.98), ('did', 322.98, 323.28), ('not', 323.28, 323.5),
                  ('require', 323.5, 323.82), ('in', 323.82, 324.02), ('this', 324.02, 324.28),
                  ('financial', 324.28, 324.66), ('room,', 324.66, 325.2)]


def test_words_inside_a_sentence_are_never_the_chairs_call():
    from linker.align import _heard
    from linker.starts import reads_as_call
    lead = "again the department of the environment is responsible for the detail of why that money was returned"
    heard = _heard(as_heard(HEARD_RETURNED), {})
    said_at = [w.start for w in heard.words]
    that, understand = said_at.index(314.8), said_at.index(317.5)
    assert not reads_as_call("sammy wilson", lead, heard, that, understand, AlignOptions().pause)
    heard = _heard(as_heard(HEARD_MCDONAGH), {})
    said_at = [w.start for w in heard.words]
    see, friend = said_at.index(98.19), said_at.index(100.41)
    assert reads_as_call("siobhain mcdonagh", "does my right honorable", heard, see, friend, AlignOptions().pause)


# Environment questions, 29 October 2009 (heldout5 defra-skip28-hard-s502), as tiny.en
# heard it: the presenter's "the House of Commons" pairs with the dropped opening's "may I
# tell the House"; the member starts after 4 s of silence with "One issue that ...".
OYSTERS = ("As we celebrate British food week, may I tell the House that I recently visited the Anglesey oyster fair "
           "in my constituency, where I saw the very best of British food? One issue that local producers raised with "
           "me was the barrier to getting into local supermarkets. Is it not about time that we had a proper "
           "champion—an ombudsman—to redress the balance in favour of the British consumer and the British producer "
           "and away from the supermarket?")
HEARD_OYSTERS = [('Good', 5.84, 6.48), ('morning', 6.48, 6.78), ('and', 6.78, 7.2), ('welcome', 7.2, 7.62),
                 ('to', 7.62, 7.84), ('live', 7.84, 8.1), ('coverage', 8.1, 8.44), ('from', 8.44, 8.88),
                 ('the', 8.88, 9.02), ('House', 9.02, 9.24), ('of', 9.24, 9.52), ('Commons.', 9.52, 10.16),
                 ('Questions', 10.74, 10.84), ('are', 10.84, 11.14), ('about', 11.14, 11.48), ('to', 11.48, 11.72),
                 ('begin', 11.72, 12.06), ('and', 12.06, 12.46), ('we', 12.46, 12.62), ('will', 12.62, 12.84),
                 ('be', 12.84, 13.02), ('following', 13.02, 13.36), ('them', 13.36, 13.76), ('here.', 13.76, 14.04),
                 ('Later', 14.94, 15.1), ('we', 15.1, 15.28), ('will', 15.28, 15.52), ('have', 15.52, 15.74),
                 ('the', 15.74, 15.9), ('main', 15.9, 16.14), ('debate', 16.14, 16.48), ('on', 16.48, 16.66),
                 ('the', 16.66, 16.88), ('day', 16.88, 17.24), ('and', 17.24, 17.54), ('round', 17.54, 17.8),
                 ('up', 17.8, 18.04), ('on', 18.04, 18.2), ('the', 18.2, 18.3), ('news', 18.3, 18.5),
                 ('from', 18.5, 18.84), ('committees.', 18.84, 19.28), ('One', 22.7, 22.94), ('issue', 22.94, 23.26),
                 ('that', 23.26, 23.64), ('that', 23.64, 23.8), ('local', 23.8, 24.16), ('producers', 24.16, 24.64),
                 ('raised', 24.64, 25.2), ('with', 25.2, 25.46), ('me', 25.46, 25.62), ('was', 25.62, 25.88),
                 ('the', 25.88, 26.06), ('Mario', 26.06, 26.28), ('to', 26.28, 26.48), ('get', 26.48, 26.72),
                 ('into', 26.72, 27.02), ('local', 27.02, 27.56), ('supermarkets.', 27.56, 28.16),
                 ("It's", 28.16, 28.7), ('not', 28.7, 29.4), ('a', 29.4, 29.6), ('no', 29.6, 29.94),
                 ('time,', 29.94, 30.14), ('but', 30.34, 30.46), ('we', 30.46, 30.66), ('had', 30.66, 30.9),
                 ('a', 30.9, 31.02), ('proper', 31.02, 31.32), ('champion,', 31.32, 31.94), ('an', 32.12, 32.18),
                 ('ombudsman,', 32.18, 32.72), ('to', 33.12, 33.26), ('redress', 33.26, 33.56), ('the', 33.56, 33.9),
                 ('balance', 33.9, 34.12), ('in', 34.12, 34.44), ('thing', 34.44, 34.7), ('along', 34.7, 34.96),
                 ('the', 34.96, 35.2), ('British', 35.2, 35.52), ('consumer', 35.52, 36.02), ('and', 36.02, 36.6),
                 ('the', 36.6, 36.72), ('British', 36.72, 37.02), ('producer,', 37.02, 37.56), ('and', 37.74, 37.96),
                 ('away', 37.96, 38.28), ('from', 38.28, 38.62), ('the', 38.62, 39.38),
                 ('supermarket.', 39.38, 39.38)]

def test_common_words_paired_by_chance_before_the_speech_are_not_its_start():
    timings = align(as_heard(HEARD_OYSTERS), record(("Albert Owen", OYSTERS)))
    assert timings[0].start == pytest.approx(22.7, abs=0.01)  # "One issue", not the presenter at 5.84


# Communities questions, 27 October 2009 (heldout5 clg-skip20-hard-s501): the chair's call
# went unheard, and Whisper put "Does, you know, you know," (said from 428.6 s) over it,
# stretching "you" over the silence: no member pauses 1.8 s inside "Does the".
STRATEGY = ("Does the Secretary of State agree that the regional spatial strategy process has undermined people's "
            "confidence in the planning system? Why does he think that so many people are so angry?")
TIMESCALE = ("I hope that that gives scope for proper discussion of these important issues in the way that my hon. "
             "Friend wants, but if he has further concerns, I invite him to write to me about them and I will give him "
             "more details on the likely time scale.")
HEARD_STRATEGY = [('I', 418.89, 418.89), ('invite', 418.89, 419.19), ('him', 419.19, 419.47), ('to', 419.47, 419.57),
                  ('write', 419.57, 419.79), ('to', 419.79, 419.99), ('me', 419.99, 420.11), ('and', 420.11, 420.23),
                  ('open', 420.23, 420.47), ('him', 420.47, 420.81), ('and', 420.81, 420.99), ('I', 420.99, 421.11),
                  ('will', 421.11, 421.27), ('give', 421.27, 421.51), ('him', 421.51, 422.05),
                  ('more', 422.05, 422.27), ('details', 422.27, 422.65), ('on', 422.65, 422.85),
                  ('the', 422.85, 423.15), ('likely', 423.15, 423.33), ('timescale.', 423.33, 424.29),
                  ('Do', 425.92, 426.66), ('you', 426.66, 426.78), ('know', 426.78, 427.12), ('you', 427.12, 429.12),
                  ('know', 429.12, 430.14), ('the', 430.14, 430.34), ('Secretary', 430.34, 430.78),
                  ('on', 430.78, 431.06), ('State', 431.06, 431.32), ('have', 431.32, 431.48),
                  ('read', 431.48, 431.64), ('that', 431.64, 432.26), ('the', 432.26, 432.3),
                  ('regional', 432.3, 432.3), ('spatial', 432.3, 432.8), ('strategy', 432.8, 433.24),
                  ('process', 433.24, 433.72), ('has', 433.72, 434.0), ('undermined', 434.0, 434.28),
                  ("people's", 434.28, 435.16), ('confidence', 435.16, 435.3), ('in', 435.3, 435.68),
                  ('the', 435.68, 435.88), ('planning', 435.88, 436.18), ('system?', 436.18, 436.84),
                  ('Why', 437.3, 437.3), ('does', 437.3, 437.56), ('he', 437.56, 437.74), ('think', 437.74, 438.08),
                  ('that', 438.08, 438.32), ('so', 438.32, 438.96), ('many', 438.96, 439.24),
                  ('people', 439.24, 439.56), ('are', 439.56, 439.78), ('so', 439.78, 439.96),
                  ('angry?', 439.96, 440.62), ('Yeah,', 441.34, 441.34), ('yeah,', 441.36, 441.96)]

def test_no_long_pause_inside_the_opening_words():
    timings = align(as_heard(HEARD_STRATEGY), record(("John Denham", TIMESCALE), ("Julia Goldsworthy", STRATEGY)))
    assert timings[1].start == pytest.approx(428.6, abs=1.5)  # said at 428.6; not "Do" at 425.92


# Westminster Hall, 28 October 2009 (heldout6 wh-skip30-hard-s604), as tiny.en heard it:
# an intervention with an aside ("I say this to the House."), the Minister's "I will."
# after her call, then an unspoken question and her next speech. The global pass put "I
# will." on the aside's "I"; both its words were heard in a row after her call.
HEARD_GIVE_WAY = [("Will", 1082.175, 1083.175), ("my", 1083.175, 1083.395), ("right", 1083.395, 1083.655),
                  ("hand", 1083.655, 1084.135), ("friend", 1084.135, 1084.535), ("give", 1084.535, 1084.775),
                  ("way,", 1084.775, 1085.135), ("I", 1085.555, 1085.615), ("say", 1085.615, 1085.775),
                  ("this", 1085.775, 1085.995), ("to", 1085.995, 1086.115), ("the", 1086.115, 1086.275),
                  ("house.", 1086.275, 1087.235), ("Joan", 1088.255, 1088.315), ("Ryan.", 1088.315, 1088.695),
                  ("I", 1089.595, 1089.635), ("will.", 1089.635, 1090.075), ("Here.", 1090.535, 1091.055),
                  ("Joan", 1093.675, 1093.975), ("Ryan.", 1093.975, 1094.455), ("I", 1095.575, 1095.575),
                  ("am", 1095.575, 1095.795), ("absolutely", 1095.795, 1096.115), ("agree", 1096.115, 1096.415),
                  ("with", 1096.415, 1096.655), ("the", 1096.655, 1096.815), ("comments", 1096.815, 1097.095),
                  ("of", 1097.095, 1097.375), ("my", 1097.375, 1097.575), ("hand.", 1097.575, 1098.015),
                  ("Friends", 1098.055, 1098.415), ("the", 1098.415, 1098.635), ("members", 1098.635, 1098.915),
                  ("for", 1098.915, 1099.275), ("his,", 1099.275, 1099.595), ("and", 1099.815, 1099.935)]

def test_a_short_speech_goes_where_all_its_words_were_heard():
    timings = align(as_heard(HEARD_GIVE_WAY), record(
        ("Siobhain McDonagh", "Will my right hon. Friend give way?"), ("Joan Ryan", "I will."),
        ("Siobhain McDonagh", MCDONAGH),
        ("Joan Ryan", "I absolutely agree with the comments of my hon. Friends the Members for Hayes and Harlington "
                      "(John McDonnell) and for Mitcham and Morden (Siobhain McDonagh).")))
    assert [t.status for t in timings] == ["matched", "matched", "missing", "matched"]
    assert timings[1].start == pytest.approx(1089.595, abs=0.01)  # not the aside's "I" at 1085.555


# Northern Ireland Assembly, 13 October 2009 (heldout7 ni-skip50-hard-s705), as tiny.en
# heard it: after the chair's call (an aside ends the Minister's answer), "Go raibh maith
# agat, you know, a LeasCheann Comhairle. I say this to the House." was heard as "You know,
# at least you can fail. At any stone of house,", with pauses: all of it after the call is
# the member's.
ENCOURAGEMENT = ("Go raibh maith agat, a LeasCheann Comhairle. I take some encouragement from the Minister’s "
                 "statement and his noting of the fact that improved performance has a direct consequence for the "
                 "amount of money that will be available in future monitoring rounds.")
HEARD_ENCOURAGEMENT = [("being", 543.87, 544.17), ("done.", 544.17, 544.73), ("That", 544.87, 544.99),
                       ("is", 544.99, 545.11), ("why", 545.11, 545.33), ("the", 545.33, 545.61),
                       ("problem", 545.61, 545.75), ("arose", 545.75, 546.05), ("in", 546.05, 546.27),
                       ("that", 546.27, 546.47), ("case.", 546.47, 546.89), ("Let", 547.31, 547.51),
                       ("me", 547.51, 547.71), ("be", 547.71, 547.87), ("absolutely", 547.87, 548.33),
                       ("clear", 548.33, 548.73), ("about", 548.73, 549.03), ("this.", 549.03, 550.15),
                       ("Mitchell", 550.67, 550.89), ("McLaughlin.", 550.89, 551.75), ("You", 552.25, 552.57),
                       ("know,", 552.57, 553.97), ("at", 554.09, 554.17), ("least", 554.17, 554.43),
                       ("you", 554.43, 554.71), ("can", 554.71, 554.89), ("fail.", 554.89, 555.39),
                       ("At", 555.89, 556.09), ("any", 556.09, 556.31), ("stone", 556.31, 556.59),
                       ("of", 556.59, 556.79), ("house,", 556.79, 557.09), ("I", 557.47, 557.51),
                       ("take", 557.51, 557.79), ("some", 557.79, 558.01), ("encouragement", 558.01, 558.43),
                       ("from", 558.43, 558.95), ("the", 558.95, 559.19), ("minister's", 559.19, 559.95),
                       ("statement", 559.95, 559.95), ("and", 559.95, 560.23), ("is", 560.23, 560.51),
                       ("not", 560.51, 560.79), ("in", 560.79, 560.91), ("on", 560.91, 561.09),
                       ("the", 561.09, 561.25), ("fact", 561.25, 561.45), ("that", 561.45, 561.75),
                       ("improved", 561.75, 562.15), ("performance", 562.15, 562.73), ("and", 562.73, 563.05),
                       ("direct", 563.05, 563.49), ("consequence", 563.49, 563.93), ("to", 563.93, 564.37),
                       ("the", 564.37, 564.57), ("amount", 564.57, 564.75), ("of", 564.75, 564.97),
                       ("money", 564.97, 565.19), ("that", 565.19, 565.37), ("will", 565.37, 565.61),
                       ("be", 565.61, 565.71), ("available", 565.71, 566.07), ("in", 566.07, 566.35),
                       ("future", 566.35, 566.67), ("monitoring", 566.67, 567.09), ("rooms.", 567.09, 567.83)]

def test_what_a_called_member_says_first_is_theirs_even_after_a_pause():
    timings = align(as_heard(HEARD_ENCOURAGEMENT), record(
        ("Sammy Wilson", "That is why the problem arose in that case."), ("Mitchel McLaughlin", ENCOURAGEMENT)))
    assert timings[1].start == pytest.approx(552.25, abs=0.01)  # "You know," after "Mitchell McLaughlin."


def test_the_start_after_the_call_skips_a_lone_full_stop():
    # As in the scale benchmark's synthetic transcripts: the call, then "." on its own,
    # then the speech with its first word misheard ("hotel" for "I").
    before, _ = transcript(ANSWER)
    end = list(before.words())[-1].end
    said = [("Lord", end + 2.0, end + 2.4), ("Myners", end + 2.4, end + 2.9), (".", end + 2.9, end + 2.9),
            ("hotel", end + 4.5, end + 4.9)]
    said += [(w, end + 4.9 + 0.3 * k, end + 5.2 + 0.3 * k) for k, w in enumerate(FOLLOW_UP.split()[1:])]
    timings = align(as_heard(said, before), record(("Denham", ANSWER), ("Lord Myners", "I " + FOLLOW_UP)))
    assert timings[1].start == pytest.approx(end + 4.5, abs=0.01)


# Commons, 29 October 2009 (heldout8 defra-skip48-hard-s802), as tiny.en heard it: the
# question ends with an aside the record leaves out, "I am grateful to my honourable
# friend for that.", then the Minister's "I give you know, an an absolute assurance that
# I will do that." The record's "I ... that I will do" pairs with the aside's "I" and
# "that" as well as "I give ... I will do" pairs with the answer.
HEARD_ASSURANCE = [("There's", 330.36, 330.44), ("an", 330.44, 330.52), ("MP", 330.52, 330.84),
                   ("who", 330.84, 331.16), ("represents", 331.16, 331.60), ("a", 331.60, 332.20),
                   ("constituency", 332.20, 332.26), ("that", 332.26, 332.84), ("contains", 332.84, 333.24),
                   ("some", 333.24, 333.60), ("of", 333.60, 333.68), ("the", 333.68, 333.78),
                   ("darkest", 333.78, 334.10), ("areas", 334.10, 334.36), ("in", 334.36, 334.58),
                   ("England,", 334.58, 335.00), ("but", 335.34, 335.38), ("may", 335.38, 335.48),
                   ("have", 335.48, 335.60), ("been", 335.60, 335.72), ("hugely", 335.72, 335.98),
                   ("important", 335.98, 336.42), ("to", 336.42, 336.74), ("me", 336.74, 336.96),
                   ("and", 336.96, 337.12), ("my", 337.12, 337.36), ("constituents.", 337.36, 337.78),
                   ("I", 338.44, 338.54), ("am", 338.54, 338.70), ("grateful", 338.70, 338.98), ("to", 338.98, 339.20),
                   ("my", 339.20, 339.42), ("honorable", 339.42, 339.62), ("friend", 339.62, 340.02),
                   ("for", 340.02, 340.28), ("that.", 340.28, 340.60), ("I", 341.60, 341.82), ("give", 341.82, 341.96),
                   ("you", 341.96, 342.18), ("a", 342.18, 342.42), ("note,", 342.42, 342.50), ("and", 342.54, 342.70),
                   ("I'm", 342.70, 343.04), ("so", 343.04, 343.04), ("sure", 343.04, 343.44), ("and", 343.44, 343.70),
                   ("smart", 343.70, 343.86), ("I", 343.86, 344.02), ("will", 344.02, 344.20), ("do", 344.20, 344.40),
                   ("not.", 344.40, 345.10), ("David", 346.50, 347.34), ("Cator", 347.34, 348.66),
                   ("One", 348.66, 349.22), ("of", 349.22, 349.44), ("the", 349.44, 349.58),
                   ("difficulties", 349.58, 350.02)]


def test_equal_pairings_of_the_opening_the_one_nearest_the_rest_is_the_speech():
    timings = align(as_heard(HEARD_ASSURANCE), record(
        ("Peter Atkinson", "As an MP who represents a constituency that contains some of the darkest areas in England, "
                           "the matter is hugely important to me and my constituents."),
        ("Dan Norris", "I give an absolute assurance that I will do that."),
        ("David Chaytor", "One of the difficulties is the close relationship between quality of street lighting "
                          "and levels of crime.")))
    assert [t.status for t in timings] == ["matched"] * 3
    assert timings[1].start == pytest.approx(341.60, abs=0.01)  # not the aside's "I" at 338.44


# Northern Ireland Assembly, 13 October 2009 (heldout8 ni-skip30-hard-s805), as tiny.en
# heard it: the Speaker's notice before the suspension ("... I have received notice from
# the Minister of Finance and Personnel that he wishes to make a statement ...") went
# unsaid; the Deputy Speaker's, after it, was heard once.
SUSPENSION = ("Order. I am taking no further points of order on the issue. The Consideration Stage of the Bill has "
              "not been moved. I ask the Member to take his seat. I am moving on. I have received notice from the "
              "Minister of Finance and Personnel that he wishes to make a statement regarding the outcome of the "
              "September monitoring round. The Minister will make his statement today at 1.30 pm. I therefore "
              "propose, by leave of the Assembly, to suspend the sitting until that time.")
NOTICE = ("I have received notice from the Minister of Finance and Personnel that he wishes to make a statement "
          "regarding the public expenditure 2009-2010 September monitoring round.")
HEARD_NOTICE = [("the", 87.57, 87.57), ("consideration", 87.57, 88.03), ("stage", 88.03, 88.67), ("on", 88.67, 88.81),
                ("the", 88.81, 88.99), ("bill", 88.99, 89.19), ("has", 89.19, 89.39), ("not", 89.39, 89.63),
                ("been", 89.63, 89.97), ("moved.", 89.97, 90.47), ("David", 92.26, 93.30), ("McCary.", 93.30, 94.72),
                ("Far", 94.90, 95.08), ("not", 95.08, 95.28), ("at", 95.28, 95.60), ("that", 95.60, 95.70),
                ("point,", 95.70, 95.94), ("I'm", 96.16, 96.18), ("there,", 96.18, 96.48), ("order.", 99.35, 99.35),
                ("I've", 99.79, 100.11), ("received", 100.11, 100.43), ("notice", 100.43, 100.83),
                ("from", 100.83, 101.21), ("the", 101.21, 101.35), ("Minister", 101.35, 101.61), ("of", 101.61, 101.89),
                ("Finance,", 101.89, 102.31), ("and", 102.39, 102.83), ("personnel", 102.83, 103.17),
                ("that", 103.17, 103.41), ("he", 103.41, 103.53), ("wishes", 103.53, 103.89), ("to", 103.89, 104.11),
                ("make", 104.11, 104.29), ("a", 104.29, 104.53), ("statement", 104.53, 104.91),
                ("regarding", 104.91, 105.33), ("the", 105.33, 105.71), ("public", 105.71, 106.03),
                ("expenditure", 106.03, 106.69), ("of", 106.69, 107.15), ("$1", 107.15, 107.55),
                (",000", 107.55, 107.55),
                ("and", 107.55, 107.59), ("$1", 107.59, 107.95), (",000", 107.95, 108.59), ("and", 108.59, 108.95),
                ("$1", 108.95, 109.65), (",000", 109.65, 109.65), ("monitoring", 109.65, 110.19),
                ("round.", 110.19, 110.83), ("Here,", 111.35, 111.81)]


def test_a_passage_in_two_speeches_heard_once_goes_to_the_one_it_covers_better():
    timings = align(as_heard(HEARD_NOTICE), record(
        ("Mr Speaker", "Let us not have a debate because the Consideration Stage of the Bill has not been moved."),
        ("David McNarry", "Further to that point of order —"), ("Mr Speaker", SUSPENSION),
        ("Francie Molloy", NOTICE)))
    assert [t.status for t in timings] == ["matched", "matched", "missing", "matched"]
    assert timings[3].start == pytest.approx(100.11, abs=0.01)  # "I've" is not "I have": at "received"


# Westminster Hall, 28 October 2009 (heldout6 wh-skip30-hard-s604), as tiny.en heard it,
# with the call's "I'm" written "I", as Whisper also does: "I" and "Will" four words
# apart are all of "I will.", so its place looked sure, and the speech before it had to
# be paired with the aside's "my honourable friend".
HEARD_CALLED_TWICE = [("release", 1068.89, 1069.13), ("the", 1069.13, 1069.36), ("people", 1069.36, 1069.56),
                      ("from", 1069.56, 1069.86), ("the", 1069.86, 1070.06), ("camp,", 1070.06, 1070.30),
                      ("and", 1070.54, 1070.86), ("the", 1070.86, 1071.04), ("human", 1071.04, 1071.26),
                      ("rights", 1071.26, 1071.63), ("abuses,", 1071.63, 1072.02), ("and", 1072.41, 1072.47),
                      ("we", 1072.47, 1072.56), ("will", 1072.56, 1072.76), ("assist", 1072.76, 1072.99),
                      ("in", 1072.99, 1073.21), ("the", 1073.21, 1073.32), ("rebuilding", 1073.32, 1073.63),
                      ("of", 1073.63, 1073.86), ("the", 1073.86, 1074.10), ("country.", 1074.10, 1074.38),
                      ("I", 1074.73, 1074.93), ("am", 1074.93, 1075.08), ("grateful", 1075.08, 1075.36),
                      ("to", 1075.36, 1075.63), ("my", 1075.63, 1075.76), ("honorable", 1075.76, 1075.99),
                      ("friend", 1075.99, 1076.45), ("for", 1076.45, 1076.67), ("Matt.", 1076.67, 1077.12),
                      ("Here,", 1077.69, 1077.69), ("here,", 1077.69, 1078.34), ("here,", 1078.34, 1078.84),
                      ("here.", 1080.58, 1080.58), ("See,", 1080.78, 1080.91), ("I", 1081.06, 1081.15),
                      ("Jane", 1081.15, 1081.36), ("McDow", 1081.36, 1081.80), ("hard.", 1081.80, 1082.17),
                      ("Will", 1082.17, 1083.17), ("my", 1083.17, 1083.39), ("right", 1083.39, 1083.65),
                      ("hand", 1083.65, 1084.13), ("friend", 1084.13, 1084.54), ("give", 1084.54, 1084.78),
                      ("way,", 1084.78, 1085.13), ("I", 1085.56, 1085.62), ("say", 1085.62, 1085.78),
                      ("this", 1085.78, 1085.99), ("to", 1085.99, 1086.12), ("the", 1086.12, 1086.28),
                      ("house.", 1086.28, 1087.23), ("Joan", 1088.26, 1088.32), ("Ryan.", 1088.32, 1088.69),
                      ("I", 1089.60, 1089.63), ("will.", 1089.63, 1090.08), ("Here.", 1090.54, 1091.06)]


def test_a_short_speech_heard_with_other_words_between_is_not_a_sure_place():
    timings = align(as_heard(HEARD_CALLED_TWICE), record(
        ("John McDonnell", "The Sri Lankan Government seem to think that they can act with impunity, so let us send "
                           "them a message: \"Release the people from the camps, end the human rights abuses and we "
                           "will assist in the rebuilding of the country.\""),
        ("Joan Ryan", "rose—"), ("Siobhain McDonagh", "Will my right hon. Friend give way?"), ("Joan Ryan", "I will."),
        ("Siobhain McDonagh", MCDONAGH)))
    assert [t.status for t in timings] == ["matched", "missing", "matched", "matched", "missing"]
    assert timings[2].start == pytest.approx(1082.89, abs=0.01)  # "Will" stretched back over the pause
    assert timings[3].start == pytest.approx(1089.60, abs=0.01)


# Lords, 27 October 2009 (heldout9 lords-skip70-hard-s903), as tiny.en heard it: the
# Minister's "... in the amendment that we accepted earlier." ends "accepted all the
# other.", and after the cheer and a 3 s silence Baroness Turner, who dropped her
# opening ("... we are all thinking in the same direction ..."), says "That is
# important". "all ... the" runs on from the Minister's words and pairs with her
# dropped opening.
TURNER = ("I thank everybody who has participated in the debate, and my noble friend for the further assurances "
          "that he has given—in particular the assurance that apparently we are all thinking in the same direction "
          "and have the same objective. That is important, and I have registered it. I am grateful to the Minister "
          "for his comments. In the circumstances, I shall not press the amendment today.")
HEARD_TURNER = [("honestly", 690.75, 691.01), ("ask", 691.01, 691.36), ("my", 691.36, 691.60),
                ("normal", 691.60, 691.98), ("friend", 691.98, 692.36), ("up", 692.36, 692.63), ("to", 692.63, 692.79),
                ("Chris", 692.79, 693.08), ("Hormindman", 693.08, 693.77), ("to", 693.77, 693.89),
                ("I", 693.89, 694.12), ("believe", 694.12, 694.43), ("that", 694.43, 694.72), ("we", 694.72, 694.93),
                ("have", 694.93, 695.12), ("achieved", 695.12, 695.51), ("what", 695.51, 695.86),
                ("she", 695.86, 696.05), ("wants", 696.05, 696.39), ("to", 696.39, 696.65), ("know", 696.65, 697.03),
                ("in", 697.03, 697.29), ("the", 697.29, 697.41), ("amendment", 697.41, 697.79),
                ("that", 697.79, 698.22), ("we", 698.22, 698.39), ("accepted", 698.39, 698.88), ("all", 698.88, 699.27),
                ("the", 699.27, 699.38), ("other.", 699.38, 699.77), ("Here,", 699.77, 700.10),
                ("here.", 700.41, 700.70), ("That", 703.75, 703.88), ("is", 703.88, 704.10),
                ("important,", 704.10, 704.58), ("and", 704.70, 705.01), ("I", 705.01, 705.15),
                ("have", 705.15, 705.46), ("registered", 705.46, 705.72), ("it", 705.72, 706.41),
                ("in", 706.41, 706.43), ("the", 706.43, 706.63), ("circumstances.", 706.63, 707.15),
                ("I", 707.79, 707.84), ("shall", 707.84, 708.05), ("not", 708.05, 708.32), ("press", 708.32, 708.55),
                ("the", 708.55, 708.72), ("amendment", 708.72, 709.12), ("today.", 709.12, 709.72)]


def test_chance_matches_run_on_from_the_speech_before_are_not_the_start():
    timings = align(as_heard(HEARD_TURNER), record(
        ("Lord Myners", "On that basis, I earnestly ask my noble friend not to press her amendment as I believe that "
                        "we have achieved what she wants in the amendment that we accepted earlier."),
        ("Baroness Turner of Camden", TURNER)))
    assert [t.status for t in timings] == ["matched", "matched"]
    assert timings[1].start == pytest.approx(703.75, abs=0.01)  # not "all" at 698.88


# Westminster Hall, 28 October 2009 (heldout9 wh-skip70-hard-s904), as tiny.en heard
# it: Geoffrey Clifton-Brown is cut short after "... will be met." by Barry Gardiner's
# "Will the hon. Gentleman give way?", heard after his call as "Will the hunt get a
# mandy way here?". The record's unsaid last sentence, "... where the will and the
# means are ...", would take its "Will the".
CLIFTON_BROWN = ("They must also explain how the cost of the infrastructure building will be met. It is no good Labour "
                 "Members criticising me when they cannot show where the will and the means are by which this can be "
                 "done.")
HEARD_GIVE_WAY_CUT_SHORT = [
    ("They", 960.23, 960.45), ("must", 960.45, 960.71), ("also", 960.71, 961.02), ("explain", 961.02, 961.52),
    ("how", 961.52, 961.75), ("the", 961.75, 961.97), ("cost", 961.97, 962.18), ("of", 962.18, 962.42),
    ("the", 962.42, 962.62), ("infrastructure", 962.62, 963.16), ("building", 963.16, 963.71), ("will", 963.71, 963.92),
    ("be", 963.92, 964.12), ("met.", 964.12, 964.62), ("Very", 966.07, 966.59), ("gardener.", 966.59, 967.11),
    ("Will", 967.37, 967.37), ("the", 967.37, 967.62), ("hunt", 967.62, 968.00), ("get", 968.00, 968.26),
    ("a", 968.26, 968.35), ("mandy", 968.35, 968.62), ("way", 968.62, 969.23), ("here?", 969.23, 970.18),
    ("Jeffrey", 972.02, 972.26), ("Clifton", 972.26, 972.87), ("Brown.", 972.87, 973.42), ("No,", 974.26, 974.66),
    ("I", 974.73, 974.80), ("you", 974.80, 975.00), ("know,", 975.00, 975.45), ("have", 975.54, 975.68),
    ("given", 975.68, 976.00), ("way", 976.00, 976.25), ("to", 976.25, 976.40), ("perform", 976.40, 976.68),
    ("this", 976.68, 976.92), ("issue.", 976.92, 977.49), ("What", 977.57, 977.71), ("assessment", 977.71, 978.14),
    ("does", 978.14, 978.59), ("the", 978.59, 978.71), ("well", 978.71, 979.12), ("mean", 979.12, 979.37),
    ("is", 979.37, 979.50), ("to", 979.50, 979.61), ("make", 979.61, 979.75), ("of", 979.75, 979.99),
    ("the", 979.99, 980.28), ("capacity", 980.28, 980.47), ("of", 980.47, 980.76)]


def test_last_matches_after_the_next_members_call_are_not_the_speech():
    timings = align(as_heard(HEARD_GIVE_WAY_CUT_SHORT), record(
        ("Geoffrey Clifton-Brown", CLIFTON_BROWN), ("Barry Gardiner", "Will the hon. Gentleman give way?"),
        ("Geoffrey Clifton-Brown", "No, I have given way enough on this issue. What assessment has the Minister "
                                   "made of the capacity of the Sri Lankan Government to afford the necessary "
                                   "rebuilding?")))
    assert [t.status for t in timings] == ["matched"] * 3
    assert timings[0].end <= 966.07
    assert timings[1].start == pytest.approx(967.37, abs=0.01)


# Westminster Hall, 28 October 2009 (heldout10 wh-skip40-hard-s1004), as tiny.en heard
# it: Joan Ryan's "I will." runs on into an unrecorded "I am grateful to my honourable
# friend for that.", which shares "my ... hon. Friend ... that" with Siobhain
# McDonagh's opening, while her own "Does my right hon. Friend agree that" came out
# as "Does my light on? Friends have been at".
HEARD_OPENING_AGAIN = [
    ("Will", 486.34, 486.50), ("my", 486.50, 486.70), ("light", 486.70, 486.94), ("on,", 486.94, 487.56),
    ("friend", 487.60, 487.88), ("give", 487.88, 488.14), ("way?", 488.14, 488.58), ("I", 489.48, 489.56),
    ("will.", 489.56, 489.84), ("I", 490.32, 490.34), ("am", 490.34, 490.64), ("grateful", 490.64, 490.96),
    ("to", 490.96, 491.26), ("my", 491.26, 491.44), ("honorable", 491.44, 491.78), ("friend", 491.78, 492.18),
    ("for", 492.18, 492.48), ("that.", 492.48, 493.28), ("Does", 493.76, 493.94), ("my", 493.94, 494.12),
    ("light", 494.12, 494.38), ("on?", 494.38, 494.92), ("Friends", 495.24, 495.48), ("have", 495.48, 495.64),
    ("been", 495.64, 495.82), ("at", 495.82, 496.00), ("over", 496.00, 496.18), ("the", 496.18, 496.42),
    ("past", 496.42, 496.68), ("few", 496.68, 496.94), ("weeks.", 496.94, 497.38), ("Wait,", 497.66, 497.74),
    ("I'm", 497.80, 497.92), ("saying", 497.92, 498.08), ("I'm", 498.08, 498.70), ("increasing", 498.70, 498.70),
    ("number", 498.70, 499.06), ("on", 499.06, 499.18), ("my", 499.18, 499.32), ("music", 499.32, 499.66),
    ("phone", 499.66, 500.08), ("calls.", 500.08, 500.38), ("And", 500.58, 500.68), ("they", 500.68, 500.84),
    ("may", 500.84, 501.02), ("almost", 501.02, 501.22), ("resizely", 501.22, 501.86), ("because", 501.86, 502.16),
    ("of", 502.16, 502.34), ("the", 502.34, 502.46), ("report", 502.46, 502.74), ("on", 502.74, 502.98),
    ("the", 502.98, 503.08), ("escape", 503.08, 503.44), ("laws.", 503.44, 503.88), ("You", 504.10, 504.30),
    ("know,", 504.30, 504.68), ("the", 504.82, 505.00), ("first", 505.00, 505.36), ("time", 505.36, 505.60),
    ("in", 505.60, 505.78), ("more", 505.78, 505.96), ("than", 505.96, 506.16), ("six", 506.16, 506.46),
    ("months.", 506.46, 506.96), ("The", 506.96, 507.30), ("Sri", 507.30, 507.52), ("Lankan", 507.52, 507.94),
    ("government", 507.94, 508.32), ("on", 508.32, 508.74), ("the", 508.74, 508.78), ("run", 508.78, 508.98),
    ("on", 508.98, 509.12), ("this", 509.12, 509.38), ("one,", 509.38, 509.78), ("most", 509.82, 510.04),
    ("providing", 510.04, 510.48), ("real", 510.48, 510.82), ("damage", 510.82, 511.22), ("to", 511.22, 511.46),
    ("the", 511.46, 511.62), ("king", 511.62, 511.84), ("progress", 511.84, 512.28), ("for", 512.28, 512.54),
    ("the", 512.54, 512.62), ("people", 512.62, 512.86), ("in", 512.86, 513.06), ("the", 513.06, 513.22),
    ("camp", 513.22, 513.42), ("since", 513.42, 513.74), ("Sri", 513.74, 513.96), ("Lanka.", 513.96, 514.38)]


def test_speech_before_sharing_a_few_opening_words_is_not_the_start_when_the_opening_follows():
    timings = align(as_heard(HEARD_OPENING_AGAIN), record(
        ("Siobhain McDonagh", "Will my right hon. Friend give way?"), ("Joan Ryan", "I will."),
        ("Siobhain McDonagh", MCDONAGH)))
    assert [t.status for t in timings] == ["matched"] * 3
    assert timings[2].start == pytest.approx(493.76, abs=0.01)  # "Does", not the "I am grateful" at 490.32


def test_matched_opening_stays_when_the_words_after_the_pause_are_not_it():
    # The same words, with her opening heard as something that reads nothing like it:
    # the words paired with it may be her own, so they stay the start.
    other = [(word if not 493.7 < start < 496.0 else instead, start, end) for (word, start, end), instead
             in zip(HEARD_OPENING_AGAIN, ["?"] * 18 + "Well it was all very good for us".split() + ["?"] * 99)]
    timings = align(as_heard(other), record(
        ("Siobhain McDonagh", "Will my right hon. Friend give way?"), ("Joan Ryan", "I will."),
        ("Siobhain McDonagh", MCDONAGH)))
    assert timings[2].start < 492.0


# Westminster Hall, 28 October 2009 (heldout6 wh-skip30-hard-s604), as tiny.en heard
# it: after Simon Hughes, Joan Ryan's speech of the record (about 54 s to say) was never
# said, and Geoffrey Clifton-Brown's "Will the hon. Lady give way?" (said at 914.06 s)
# was heard as nothing in the 8 s before her "I will, but just let me finish my point."
HUGHES = ("Will she join me in asking Ministers to be really clear over the next few days, before the Commonwealth "
          "conference next month, that the British will not support Sri Lanka as a host country for the "
          "conference to be held in two years' time? We should make that clear in advance, saying that it would "
          "be unacceptable to many of our Commonwealth colleagues. We cannot set human rights standards and "
          "invite people to promote them when some in our own backyard clearly have a bad record.")
RYAN_UNSAID = ("I am sure that the Minister heard what the hon. Gentleman said, but I agree that it is completely "
               "incompatible to hold a Commonwealth conference in Sri Lanka given all that has been said, and the "
               "situation that exists. We need to send a clear message to the Government of Sri Lanka that the "
               "continued detention of Tamil civilians will have serious consequences for Sri Lanka's relationship "
               "with the international community. However, we must have a united front. The whole House must speak "
               "with one voice in its condemnation of the treatment of Tamil civilians and in its appeal for their "
               "immediate release.")
RYAN_REPLY = ("I will, but just let me finish my point. On that precise point, I hope that we can be clear. The EU "
              "extends preferential access to its markets to developing countries under a number of very clear "
              "conditions.")
HEARD_BEFORE_THE_SILENCE = [
    ("Will", 893.56, 893.74), ("she", 893.74, 893.88), ("join", 893.88, 894.18), ("me", 894.18, 894.40),
    ("in", 894.40, 894.56), ("asking", 894.56, 894.82), ("ministers", 894.82, 895.22), ("to", 895.22, 895.52),
    ("be", 895.52, 895.82), ("really", 895.82, 895.92), ("clear", 895.92, 896.15),
    ("over", 896.15, 896.36), ("the", 896.36, 896.55), ("next", 896.55, 896.88), ("few", 896.88, 897.20),
    ("days,", 897.20, 897.60), ("before", 897.84, 898.01), ("the", 898.01, 898.24), ("Commonwealth", 898.24, 898.60),
    ("Conference", 898.60, 899.17), ("next", 899.17, 899.55), ("month,", 899.55, 899.96), ("that", 900.39, 900.41),
    ("the", 900.41, 900.53), ("British", 900.53, 900.79), ("will", 900.79, 901.03), ("not", 901.03, 901.29),
    ("support", 901.29, 901.67), ("Sri", 901.67, 901.91), ("Lanka", 901.91, 902.17), ("and", 902.17, 902.43),
    ("a", 902.43, 902.53), ("host", 902.53, 902.79), ("country", 902.79, 903.17), ("for", 903.17, 903.39),
    ("the", 903.39, 903.63), ("conference", 903.63, 903.96), ("to", 903.96, 904.17), ("be", 904.17, 904.32),
    ("held", 904.32, 904.50), ("in", 904.50, 904.74), ("two", 904.74, 904.91), ("years", 904.91, 905.20),
    ("time?", 905.20, 905.75), ("We", 906.10, 906.27), ("should", 906.27, 906.48), ("make", 906.48, 906.75),
    ("net", 906.75, 907.03), ("clear", 907.03, 907.27), ("in", 907.27, 907.50), ("advance,", 907.50, 907.96),
    ("saying", 908.43, 908.50), ("that", 908.50, 908.72), ("it", 908.72, 908.84), ("would", 908.84, 909.00),
    ("be", 909.00, 909.15), ("unacceptable", 909.15, 909.72), ("to", 909.72, 910.10), ("many", 910.10, 910.32),
    ("of", 910.32, 910.41), ("my", 910.41, 910.51), ("Commonwealth", 910.51, 910.89), ("colleagues.", 910.89, 911.55)]
HEARD_AFTER_THE_SILENCE = [
    ("I", 919.45, 920.00), ("will,", 920.00, 920.57), ("but", 920.78, 921.04), ("just", 921.04, 921.25),
    ("let", 921.25, 921.47), ("me", 921.47, 921.88), ("finish", 921.88, 921.92), ("my", 921.92, 922.18),
    ("point,", 922.18, 922.62), ("on", 922.75, 922.97), ("that", 922.97, 923.21), ("precise", 923.21, 923.61),
    ("point,", 923.61, 923.99), ("I", 924.25, 924.35), ("hope", 924.35, 924.62), ("that", 924.62, 924.83),
    ("we", 924.83, 925.00), ("can", 925.00, 925.16), ("be", 925.16, 925.40), ("clear.", 925.40, 925.87),
    ("The", 926.26, 926.26), ("New", 926.26, 926.40), ("Next", 926.40, 926.64), ("End's", 926.64, 927.64),
    ("preferential", 927.64, 927.64), ("access", 927.64, 928.11), ("to", 928.11, 928.30), ("its", 928.30, 928.52),
    ("markets", 928.52, 928.87), ("to", 928.87, 929.14), ("developing", 929.14, 929.64), ("countries", 929.64, 930.11),
    ("under", 930.11, 930.40), ("a", 930.40, 930.61), ("number", 930.61, 930.78), ("of", 930.78, 931.07),
    ("very", 931.07, 931.30), ("clear", 931.30, 931.59), ("conditions.", 931.59, 932.04)]
GIVE_WAY_RECORD = record(("Simon Hughes", HUGHES), ("Joan Ryan", RYAN_UNSAID),
                         ("Geoffrey Clifton-Brown", "Will the hon. Lady give way?"), ("Joan Ryan", RYAN_REPLY))


def _later(said: list[tuple[str, float, float]], seconds: float) -> list[tuple[str, float, float]]:
    return [(word, start + seconds, end + seconds) for word, start, end in said]


def test_of_speeches_unheard_in_a_silence_the_one_that_alone_fits_it_is_put_there():
    timings = align(as_heard(HEARD_BEFORE_THE_SILENCE + HEARD_AFTER_THE_SILENCE), GIVE_WAY_RECORD)
    assert [t.status for t in timings] == ["matched", "missing", "matched", "matched"]
    assert timings[2].start == pytest.approx(914.06, abs=2.0)
    assert timings[2].end <= timings[3].start


@pytest.mark.parametrize("silence_heard", [
    [("Hear,", 914.10, 914.40), ("hear.", 914.40, 914.80)],  # not a silence: words the record does not have
    _later(HEARD_AFTER_THE_SILENCE, 8.0)])                     # 16 s: the start could be anywhere in it
def test_unheard_speeches_stay_missing_when_the_silence_does_not_pin_one_down(silence_heard):
    after = silence_heard if silence_heard[0][1] > 920 else silence_heard + HEARD_AFTER_THE_SILENCE
    timings = align(as_heard(HEARD_BEFORE_THE_SILENCE + after), GIVE_WAY_RECORD)
    assert [t.status for t in timings] == ["matched", "missing", "missing", "matched"]


# Westminster Hall, 28 October 2009 (heldout11 wh-skip5-hard-s1104), as tiny.en heard
# it: the chair calls David Lidington, whose one-word "Oxfordshire." (said at 3165.76 s)
# is heard as "Arcs function.", then nothing for 16 s before Chris Bryant's call.
BRYANT_BEFORE = ("In response to the hon. Member for Aylesbury (Mr. Lidington)—I was about to call him my hon. "
                 "Friend, because I think of him as an honourable, friendly person, although he sits on the "
                 "opposite side of the Chamber. We have the Buckinghamshire mafia here today.")
BRYANT_AFTER = ("Oh, I am sorry—Thames valley. The hon. Gentleman is absolutely right that we need to focus our "
                "efforts in the three ways to which he referred. I do not differ with him to any degree in that "
                "regard. We also must focus on specific countries")
HEARD_OXFORDSHIRE = [
    ("Remember", 3140.11, 3140.11), ("for", 3140.11, 3140.32), ("real", 3140.32, 3140.57),
    ("smelly,", 3140.57, 3141.03), ("Mr.", 3141.39, 3141.39), ("Livington,", 3141.88, 3142.47),
    ("I", 3142.57, 3142.64), ("was", 3142.64, 3142.80), ("about", 3142.80, 3143.16), ("to", 3143.16, 3143.39),
    ("call", 3143.39, 3143.61), ("him", 3143.61, 3143.89), ("my", 3143.89, 3144.11), ("hon.", 3144.11, 3144.55),
    ("I", 3144.88, 3144.95), ("am", 3144.95, 3145.20), ("grateful", 3145.20, 3145.49), ("to", 3145.49, 3145.80),
    ("my", 3145.80, 3145.93), ("honorable", 3145.93, 3146.26), ("friend", 3146.26, 3146.74), ("for", 3146.74, 3147.03),
    ("that.", 3147.03, 3147.57), ("Friends,", 3148.26, 3148.30), ("because", 3148.64, 3148.88),
    ("I", 3148.88, 3149.09), ("think", 3149.09, 3149.43), ("I'm", 3149.43, 3149.88), ("an", 3149.88, 3150.01),
    ("honorable,", 3150.01, 3150.49), ("friendly", 3150.78, 3151.18), ("person,", 3151.18, 3151.72),
    ("although", 3152.01, 3152.28), ("he", 3152.28, 3152.49), ("sits", 3152.49, 3152.80), ("on", 3152.80, 3153.03),
    ("the", 3153.03, 3153.36), ("opposite", 3153.36, 3153.49), ("We", 3154.49, 3155.11), ("can't", 3155.11, 3155.70),
    ("have", 3155.70, 3155.80), ("the", 3155.80, 3155.91), ("mercantium", 3155.91, 3156.57), ("afy", 3156.57, 3156.91),
    ("at", 3156.91, 3157.28), ("a", 3157.28, 3157.57), ("day.", 3157.57, 3158.41), ("David", 3164.66, 3164.66),
    ("Lydington.", 3164.66, 3165.30), ("Arcs", 3165.89, 3166.24), ("function.", 3166.24, 3166.86),
    ("Chris", 3182.93, 3183.03), ("Ryan.", 3183.03, 3183.43), ("Oh,", 3184.70, 3185.07), ("I'm", 3185.16, 3185.45),
    ("sorry,", 3185.45, 3185.82), ("Thames", 3185.97, 3186.32), ("Valley.", 3186.32, 3186.72),
    ("The", 3187.18, 3187.28), ("horn.", 3187.28, 3187.97), ("Gentlemen,", 3188.01, 3188.55),
    ("it's", 3188.78, 3188.88), ("absolutely", 3188.88, 3189.18), ("right", 3189.18, 3189.57),
    ("that", 3189.57, 3189.88), ("we", 3189.88, 3189.95), ("need", 3189.95, 3190.28), ("to", 3190.28, 3190.49),
    ("focus", 3190.49, 3190.82), ("our", 3190.82, 3191.14), ("efforts", 3191.14, 3191.43), ("in", 3191.43, 3191.66),
    ("the", 3191.66, 3191.86), ("free", 3191.86, 3192.09), ("ways", 3192.09, 3192.38), ("to", 3192.38, 3192.66),
    ("which", 3192.66, 3192.95), ("he", 3192.95, 3193.22), ("referred.", 3193.22, 3193.64), ("I", 3194.01, 3194.01),
    ("do", 3194.01, 3194.18), ("not", 3194.18, 3194.34), ("differ", 3194.34, 3194.64), ("with", 3194.64, 3194.95),
    ("him", 3194.95, 3195.16), ("to", 3195.16, 3195.32), ("any", 3195.32, 3195.45), ("degree", 3195.45, 3195.80),
    ("in", 3195.80, 3195.99), ("that", 3195.99, 3196.11), ("regard.", 3196.11, 3196.55), ("We", 3197.11, 3197.30),
    ("also", 3197.30, 3197.72), ("must", 3197.72, 3198.03), ("focus", 3198.03, 3198.47), ("on", 3198.47, 3198.86),
    ("specific", 3198.86, 3199.36), ("countries", 3199.36, 3199.88)]


def test_short_speech_heard_as_other_words_right_after_its_members_call():
    timings = align(as_heard(HEARD_OXFORDSHIRE), record(
        ("Chris Bryant", BRYANT_BEFORE), ("David Lidington", "Oxfordshire."), ("Chris Bryant", BRYANT_AFTER)))
    assert [t.status for t in timings] == ["matched"] * 3
    assert timings[1].start == pytest.approx(3165.89, abs=0.01)  # "Arcs", after "David Lydington."


# Defra questions, 29 October 2009 (heldout12 defra-skip32-hard-s1202), as tiny.en heard
# it: Michael Moore's tabled question 5 was never said. After Hilary Benn's answer the
# House said "Hear, hear" and the chair called the Minister, who answered at 206.74 s.
BENN = ("The publication of that research information is a matter for the journals who publish these things, "
        "and it has to be in a form suitable for publication. As soon as it is publicly available, I will ensure "
        "that it is placed in the Library so that we may all see what it has to say.")
MOORE = Speech("q5", "Michael Moore", "What recent discussions his Department has had with the European "
               "Commission on reform of the common agricultural policy.", oral_qnum="5")
FITZPATRICK = ("The Department for Environment, Food and Rural Affairs has ongoing discussions on reform of the "
               "common agricultural policy with the Commission both formally and informally, including at "
               "regular meetings of the Agriculture Council, the last of which I attended on 19 October.")
HEARD_BENN_THEN_THE_MINISTERS_CALL = [
    ("Hillaryman,", 186.16, 186.72), ("the", 187.22, 187.22), ("publication", 187.22, 187.62),
    ("of", 187.62, 187.94), ("that", 187.94, 188.16), ("research", 188.16, 188.52), ("information", 188.52, 189.02),
    ("in", 189.02, 189.26), ("the", 189.26, 189.38), ("matter", 189.38, 189.56), ("for", 189.56, 189.76),
    ("the", 189.76, 189.84), ("journals", 189.84, 190.22), ("publishing", 190.22, 190.72),
    ("things", 190.72, 191.38), ("and", 191.38, 191.80), ("it", 191.80, 191.92), ("has", 191.92, 192.14),
    ("to", 192.14, 192.22), ("be", 192.22, 192.38), ("in", 192.38, 192.50), ("a", 192.50, 192.60),
    ("form", 192.60, 192.78), ("so", 192.78, 192.98), ("to", 192.98, 193.12), ("rule", 193.12, 193.32),
    ("for", 193.32, 193.54), ("publication.", 193.54, 194.04), ("And", 194.62, 194.78), ("so", 194.78, 195.10),
    ("many", 195.10, 195.34), ("things", 195.34, 195.60), ("publicly", 195.60, 196.08),
    ("available,", 196.08, 196.60), ("I", 196.90, 197.02), ("will", 197.02, 197.22), ("ensure", 197.22, 197.44),
    ("that", 197.44, 197.72), ("it", 197.72, 197.92), ("is", 197.92, 198.02), ("placed", 198.02, 198.28),
    ("in", 198.28, 198.52), ("the", 198.52, 198.62), ("library", 198.62, 198.94), ("so", 198.94, 199.32),
    ("that", 199.32, 199.48), ("we", 199.48, 199.62), ("may", 199.62, 199.76), ("all", 199.76, 199.98),
    ("see", 199.98, 200.16), ("what", 200.16, 200.36), ("it", 200.36, 200.50), ("has", 200.50, 200.64),
    ("to", 200.64, 200.88), ("say.", 200.88, 201.36), ("Here,", 202.22, 202.22), ("here.", 204.56, 204.56),
    ("Jim", 205.04, 205.06), ("Fitzpatrick.", 205.06, 205.66), ("The", 206.88, 206.96),
    ("department", 206.96, 207.42), ("for", 207.42, 207.86), ("environment,", 207.86, 208.34),
    ("food", 208.84, 209.08), ("and", 209.08, 209.32), ("moral", 209.32, 209.54), ("affairs,", 209.54, 209.90),
    ("and", 210.14, 210.20), ("ongoing", 210.20, 210.56), ("discussions", 210.56, 211.12), ("on", 211.12, 211.42),
    ("reform", 211.42, 211.76), ("of", 211.76, 212.00), ("the", 212.00, 212.10), ("common", 212.10, 212.34),
    ("agriculture", 212.34, 212.88), ("and", 212.88, 213.26), ("policy", 213.26, 213.44), ("with", 213.44, 213.86),
    ("the", 213.86, 213.96), ("commission", 213.96, 214.32), ("for", 214.32, 214.86), ("formally", 214.86, 215.24),
    ("and", 215.24, 215.52), ("informally", 215.52, 216.22), ("including", 216.22, 216.74), ("at", 216.74, 217.00),
    ("regular", 217.00, 217.34), ("meetings", 217.34, 217.82), ("of", 217.82, 218.10), ("the", 218.10, 218.22),
    ("agriculture", 218.22, 218.66), ("council.", 218.66, 219.44), ("The", 219.74, 219.76), ("last", 219.76, 220.12),
    ("of", 220.12, 220.34), ("which", 220.34, 220.58), ("I", 220.58, 220.72), ("attended", 220.72, 221.08),
    ("on", 221.08, 221.38), ("90", 221.38, 221.70), ("October.", 221.70, 222.30)]


def test_an_unsaid_question_is_not_put_where_the_next_members_call_was_heard():
    # 5.5 s from Benn's last word to the Minister's would just hold "Number five" and
    # two pauses, but "Jim Fitzpatrick." fills the last 1.8 s of it: the question would
    # have been said before that call, and 3.7 s cannot hold it.
    timings = align(as_heard(HEARD_BENN_THEN_THE_MINISTERS_CALL),
                    record(("Hilary Benn", BENN), MOORE, ("Jim Fitzpatrick", FITZPATRICK)))
    assert [t.status for t in timings] == ["matched", "missing", "matched"]
    assert timings[2].start == pytest.approx(206.74, abs=0.3)


# Northern Ireland Assembly, 13 October 2009 (heldout7 ni-skip50-hard-s705), as tiny.en
# heard it: the chair's "The Member has asked a question." (with "Francie Molloy"
# before it), the call of Stephen Farry, who said only "OK." at 83.81 s, unheard, and
# 2.9 s later the call of Sammy Wilson.
HEARD_TWO_CALLS_AND_NOTHING_BETWEEN = [
    ("From", 77.41, 77.71), ("Seymour", 77.71, 78.07), ("Lloyd,", 78.07, 78.91), ("the", 79.21, 79.29),
    ("member", 79.29, 79.53), ("of", 79.53, 79.79), ("the", 79.79, 79.95), ("Musk", 79.95, 79.99),
    ("to", 79.99, 80.23), ("question.", 80.23, 80.85), ("Stephen", 82.27, 82.65), ("Fari.", 82.65, 83.11),
    ("Sammy", 86.01, 86.29), ("Wilson.", 86.29, 86.67), ("The", 87.57, 87.77), ("member", 87.77, 87.97),
    ("asked", 87.97, 88.29), ("to", 88.29, 88.55), ("question", 88.55, 88.83), ("early", 88.83, 89.11),
    ("in", 89.11, 89.23), ("his", 89.23, 89.53), ("contribution,", 89.53, 90.11), ("and", 90.29, 90.57),
    ("went", 90.57, 90.81), ("on", 90.81, 91.07), ("to", 91.07, 91.13), ("ask", 91.13, 91.43),
    ("several", 91.43, 91.75), ("more.", 91.75, 92.49), ("However,", 92.49, 92.87), ("that", 93.23, 93.37),
    ("is", 93.37, 93.47), ("not", 93.47, 93.71), ("unlike", 93.71, 94.07), ("the", 94.07, 94.31),
    ("member,", 94.31, 94.63), ("he", 94.91, 95.09), ("is", 95.09, 95.15), ("well", 95.15, 95.35),
    ("known", 95.35, 95.63), ("for", 95.63, 95.81), ("getting", 95.81, 96.15), ("good", 96.15, 96.45),
    ("value", 96.45, 96.75), ("when", 96.75, 96.97), ("making", 96.97, 97.37), ("contributions", 97.37, 98.03),
    ("in", 98.03, 98.43), ("the", 98.43, 98.57), ("house.", 98.57, 99.03)]
WILSON = ("The Member asked a question early in his contribution and went on to ask several more. However, that "
          "is not unlike the Member; he is well known for getting good value when making contributions in the "
          "House.")


def test_a_called_member_who_said_less_than_the_record_between_two_calls():
    timings = align(as_heard(HEARD_TWO_CALLS_AND_NOTHING_BETWEEN), record(
        ("Francie Molloy", "The Member has asked a question."),
        ("Stephen Farry", "OK. Thank you, Mr Deputy Speaker. [Laughter.]"), ("Sammy Wilson", WILSON)))
    assert [t.status for t in timings] == ["matched"] * 3
    assert 83.11 <= timings[1].start == pytest.approx(83.81, abs=0.5)
    assert timings[1].end <= 86.01  # before Sammy Wilson's call


# House of Lords, 3 March 2014 (heldout12 lords2014-skip2-hard-s1207), as tiny.en heard
# it: the chair's call of Lord Astor of Hever came out as "Lord, I stole on him, Lord.",
# and he dropped his first sentence, starting at "To start planning now" (444.68 s).
ASTOR_SORRY = ("My Lords, I am sorry to disappoint my noble friend but I do not have any costs on the "
               "alternatives with me. I will check on them and write to my noble friend.")
ASTOR_PLANNING = ("My Lords, the United Kingdom Government are not planning for Scottish independence and cannot "
                  "pre-negotiate the details of independence ahead of the referendum. To start planning now for a "
                  "United Kingdom without Scotland would be to start to unpick the fabric of the UK before people "
                  "in Scotland have had their say and would require UK Ministers to prioritise the interests of one "
                  "part of the United Kingdom over those of others.")
HEARD_A_CALL_TOO_WRONG_THEN_THE_SECOND_SENTENCE = [
    ('My', 431.66, 432.14), ("Lord's,", 432.14, 432.62), ("Lord's,", 432.64, 433.16), ('I', 433.26, 433.32),
    ('am', 433.32, 433.52), ('sorry', 433.52, 433.74), ('to', 433.74, 433.94), ('disappoint', 433.94, 434.32),
    ('my', 434.32, 434.70), ('noble', 434.70, 434.96), ('friend,', 434.96, 435.28), ('but', 435.38, 435.60),
    ('I', 435.60, 435.72), ('do', 435.72, 435.80), ('not', 435.80, 435.98), ('have', 435.98, 436.16),
    ('any', 436.16, 436.40), ('costs', 436.40, 436.68), ('on', 436.68, 436.92), ('the', 436.92, 437.04),
    ('alternatives', 437.04, 437.52), ('with', 437.52, 437.94), ('me.', 437.94, 438.38), ('I', 438.48, 438.54),
    ('will', 438.54, 438.78), ('check', 438.78, 439.00), ('on', 439.00, 439.26), ('them', 439.26, 439.52),
    ('and', 439.52, 439.76), ('write', 439.76, 440.02), ('to', 440.02, 440.16), ('my', 440.16, 440.36),
    ('noble', 440.36, 440.62), ('friend.', 440.62, 440.88), ('Lord,', 442.34, 442.62), ('I', 442.76, 442.86),
    ('stole', 442.86, 442.98), ('on', 442.98, 443.24), ('him,', 443.24, 443.46), ('Lord.', 443.94, 443.94),
    ('To', 444.66, 444.88), ('start', 444.88, 445.20), ('planning', 445.20, 445.58), ('out', 445.58, 445.82),
    ('for', 445.82, 445.96), ('a', 445.96, 446.08), ('new', 446.08, 446.12), ('-minded', 446.12, 446.42),
    ('kingdom', 446.42, 446.84), ('without', 446.84, 447.26), ('Scotland', 447.26, 447.66),
    ('Rome,', 447.66, 447.98), ('would', 448.30, 448.38), ('be', 448.38, 448.56), ('to', 448.56, 448.72),
    ('start', 448.72, 448.98), ('to', 448.98, 449.20), ('unpick', 449.20, 449.44), ('the', 449.44, 449.64),
    ('fabric', 449.64, 449.98), ('of', 449.98, 450.20), ('the', 450.20, 450.32), ('UK', 450.32, 450.52),
    ('before', 450.52, 450.90), ('people', 450.90, 451.22), ('in', 451.22, 451.42), ('Scotland,', 451.42, 451.68),
    ('and', 452.02, 452.12), ('hence', 452.12, 452.34), ('a,', 452.34, 452.68), ('and', 452.92, 453.00),
    ('would', 453.00, 453.20), ('require', 453.20, 453.46), ('UK', 453.46, 453.96), ('ministers', 453.96, 454.26),
    ('to', 454.26, 454.62), ('prioritize', 454.62, 455.04), ('the', 455.04, 455.34), ('interests', 455.34, 455.76),
    ('of', 455.76, 456.02), ('one', 456.02, 456.24), ('part', 456.24, 456.52), ('of', 456.52, 456.68),
    ('the', 456.68, 456.86), ('new', 456.86, 456.88), ('-minded', 456.88, 457.20), ('kingdom', 457.20, 457.58),
    ('of', 457.58, 457.78), ('a', 457.78, 457.90), ('mother.', 457.90, 458.14)]


WEST = ("My Lords, it seems that it is a dereliction of duty not to be looking at alternatives on such an "
        "important issue. We all know that our ability to defend our islands, should Scotland separate, will be "
        "dramatically reduced.")


@pytest.mark.parametrize("unsaid", [[("Lord West of Spithead", WEST)], []])
def test_a_speech_whose_first_sentence_was_dropped_starts_at_the_second(unsaid):
    # Lord West's question was never said. "him, Lord. To" reads a little like "My
    # Lords, the", but is far too short to be that 8.7 s sentence; with West's words in
    # the record the first match is "start planning", and "To" before it reads exactly
    # like the second sentence's first word.
    timings = align(as_heard(HEARD_A_CALL_TOO_WRONG_THEN_THE_SECOND_SENTENCE), record(
        ("Lord Astor of Hever", ASTOR_SORRY), *unsaid, ("Lord Astor of Hever", ASTOR_PLANNING)))
    assert [t.status for t in timings] == ["matched"] + ["missing"] * len(unsaid) + ["matched"]
    assert timings[-1].start == pytest.approx(444.66, abs=0.1)


# Westminster Hall, 28 October 2009 (heldout12 wh-skip35-hard-s1204), as tiny.en heard
# it. Joan Ryan ends "... when he appeared to support the Government of Sri Lanka's
# application for preferential access to our markets." at 923.04 s, but only "to
# support the" was heard, its "the" stretched over 7.3 s; Geoffrey Clifton-Brown's "Will
# the hon. Lady give way?" was never said, and she goes on at 926.11 s.
RYAN_MARKETS = ("The number of Members present this afternoon demonstrates the level of concern felt on both sides "
                "of the House, which is why so many of us were disappointed by the comments that were made last week "
                "in the House by the hon. Member for Cotswold (Mr. Clifton-Brown), when he appeared to support the "
                "Government of Sri Lanka's application for preferential access to our markets.")
RYAN_FINISH = "I will, but just let me finish my point. On that precise point, I hope that we can be clear."
HEARD_CLOSE_UNDER_A_STRETCHED_WORD = [
    ('The', 899.24, 899.36), ('non', 899.36, 899.60), ('-bound', 899.60, 899.88), ('members', 899.88, 900.36),
    ('present', 900.36, 900.93), ('this', 900.93, 901.22), ('afternoon,', 901.22, 901.65), ('they', 901.96, 902.05),
    ('must', 902.05, 902.29), ('rip', 902.29, 902.60), ('the', 902.60, 902.84), ('living', 902.84, 903.12),
    ('and', 903.12, 903.46), ('console', 903.46, 903.84), ('and', 903.84, 904.01), ('fail', 904.01, 904.29),
    ('to', 904.29, 904.53), ('onboard', 904.53, 904.89), ('sides', 904.89, 905.32), ('of', 905.32, 905.55),
    ('the', 905.55, 905.72), ('house,', 905.72, 906.15), ('which', 906.39, 906.55), ('is', 906.55, 906.74),
    ('why', 906.74, 906.98), ('so', 906.98, 907.17), ('many', 907.17, 907.38), ('are', 907.38, 907.51),
    ('most', 907.51, 907.70), ('widely', 907.70, 908.03), ('separated', 908.03, 908.51), ('by', 908.51, 908.93),
    ('the', 908.93, 909.13), ('command', 909.13, 909.43), ('that', 909.43, 909.82), ('were', 909.82, 910.00),
    ('made', 910.00, 910.22), ('last', 910.22, 910.55), ('week', 910.55, 910.89), ('in', 910.89, 911.13),
    ('the', 911.13, 911.27), ('house', 911.27, 911.53), ('by', 911.53, 911.79), ('the', 911.79, 911.96),
    ('hand.', 911.96, 912.55), ('Meme', 912.84, 912.96), ('of', 912.96, 913.12), ('all', 913.12, 913.32),
    ('cuts', 913.32, 913.60), ('walled,', 913.60, 914.25), ('misted,', 914.39, 914.89), ('cleaved', 914.98, 915.29),
    ('and', 915.29, 915.58), ('brown,', 915.58, 915.96), ('when', 916.32, 916.43), ('he', 916.43, 916.65),
    ('appeared', 916.65, 917.15), ('to', 917.15, 917.51), ('support', 917.51, 917.89), ('the', 917.89, 925.20),
    ('But', 926.61, 927.26), ('just', 927.26, 927.59), ('let', 927.59, 927.87), ('me', 927.87, 928.14),
    ('finish', 928.14, 928.38), ('my', 928.38, 928.71), ('point,', 928.71, 929.30), ('on', 929.52, 929.62),
    ('that', 929.62, 929.92), ('precise', 929.92, 930.38), ('point,', 930.38, 930.92), ('I', 931.25, 931.33),
    ('hope', 931.33, 931.64), ('that', 931.64, 931.90), ('we', 931.90, 932.09), ('can', 932.09, 932.35),
    ('be', 932.35, 932.66), ('clear.', 932.66, 933.14)]


def test_an_unsaid_intervention_is_not_put_where_the_speech_before_went_on_unheard():
    timings = align(as_heard(HEARD_CLOSE_UNDER_A_STRETCHED_WORD), record(
        ("Joan Ryan", RYAN_MARKETS), ("Geoffrey Clifton-Brown", "Will the hon. Lady give way?"),
        ("Joan Ryan", RYAN_FINISH)))
    assert [t.status for t in timings] == ["matched", "missing", "matched"]


# The same sitting: Joan Ryan's last sentence, "The solution lies with the Government of
# Sri Lanka, and not with them having preferential access to our markets when their
# human rights record is appalling.", went unsaid, and John McDonnell began at 1073.09 s
# with an aside in his first sentence: "It's in exactly as my right on, and I will come
# to Matty a moment, friend is saying".
RYAN_LINE = ("That is where I draw that line. The hon. Gentleman is concerned that the Government of Sri Lanka "
             "should be able to afford to restructure and resettle Tamil communities. However, they are able to do "
             "that because the solution lies in their hands. They can stop the abuse of human rights and then they "
             "will not be subject to calls for the ending of GSP plus and for other sanctions to be taken. The "
             "solution lies with the Government of Sri Lanka, and not with them having preferential access to our "
             "markets when their human rights record is appalling.")
MCDONNELL = ("It is exactly as my right hon. Friend is saying. When everything else fails—exhortations, appeals to "
             "humanity and international representations—there is nothing left for us but economic sanctions.")
HEARD_AN_OPENING_WITH_AN_ASIDE = [
    ('by', 1044.38, 1044.76), ('a', 1044.76, 1045.19), ('that', 1045.19, 1045.54), ('is', 1045.54, 1045.95),
    ('where', 1045.95, 1046.13), ('I', 1046.13, 1046.30), ('draw', 1046.30, 1046.60), ('that', 1046.60, 1046.84),
    ('line', 1046.84, 1047.54), ('gentleman', 1047.54, 1048.12), ('is', 1048.12, 1048.45),
    ('concerned,', 1048.45, 1048.99), ('concerned', 1048.99, 1049.60), ('that', 1049.60, 1050.02),
    ('the', 1050.02, 1050.10), ('government', 1050.10, 1050.43), ('of', 1050.43, 1050.88), ('Sri', 1050.88, 1051.06),
    ('Lanka', 1051.06, 1051.36), ('should', 1051.36, 1051.69), ('be', 1051.69, 1051.97), ('able', 1051.97, 1052.23),
    ('to', 1052.23, 1052.47), ('afford', 1052.47, 1052.86), ('to', 1052.86, 1053.06),
    ('restructure', 1053.06, 1053.67), ('and', 1053.67, 1054.10), ('reset', 1054.10, 1054.38),
    ('their', 1054.38, 1054.84), ('Tamil', 1054.84, 1055.12), ('communities', 1055.12, 1055.80),
    ('However,', 1055.80, 1056.62), ("they're", 1057.04, 1057.39), ('able', 1057.39, 1057.62),
    ('to', 1057.62, 1057.84), ('do', 1057.84, 1058.10), ('that', 1058.10, 1058.41), ('because', 1058.41, 1058.88),
    ('the', 1058.88, 1059.13), ('solution', 1059.13, 1059.62), ('lies', 1059.62, 1059.95), ('in', 1059.95, 1060.15),
    ('their', 1060.15, 1060.41), ('hands.', 1060.41, 1060.91), ('They', 1061.32, 1061.34), ('can', 1061.34, 1061.58),
    ('stop', 1061.58, 1061.93), ('the', 1061.93, 1062.13), ('D', 1062.13, 1062.17), ('.A', 1062.17, 1062.32),
    ('.B', 1062.32, 1062.38), ('.U.', 1062.38, 1062.56), ('some', 1062.69, 1062.82), ('human', 1062.82, 1063.15),
    ('rights', 1063.15, 1063.73), ('and,', 1063.73, 1064.28), ('or,', 1064.38, 1064.60), ('then', 1064.69, 1064.93),
    ('they', 1064.93, 1065.13), ('will', 1065.13, 1065.32), ('not', 1065.32, 1065.56), ('be', 1065.56, 1065.80),
    ('subject', 1065.80, 1066.30), ('to', 1066.30, 1066.65), ('cause', 1066.65, 1067.04), ('for', 1067.04, 1067.28),
    ('the', 1067.28, 1067.38), ('end', 1067.38, 1067.58), ('of', 1067.58, 1067.88), ('the', 1067.88, 1067.97),
    ('D', 1067.97, 1068.06), ('.A', 1068.06, 1068.12), ('.B.', 1068.12, 1068.28), ('loss', 1068.76, 1068.76),
    ('and', 1068.76, 1069.23), ('follow', 1069.23, 1069.43), ('the', 1069.43, 1069.69),
    ('sanctions', 1069.69, 1070.19), ('to', 1070.19, 1070.56), ('be', 1070.56, 1070.80),
    ('taken.', 1070.80, 1071.17), ("It's", 1072.99, 1073.52), ('in', 1073.52, 1073.52),
    ('exactly', 1073.52, 1073.89), ('as', 1073.89, 1074.15), ('my', 1074.15, 1074.30), ('right', 1074.30, 1074.52),
    ('on,', 1074.52, 1075.13), ('and', 1075.26, 1075.34), ('I', 1075.34, 1075.45), ('will', 1075.45, 1075.65),
    ('come', 1075.65, 1075.89), ('to', 1075.89, 1076.10), ('Matty', 1076.10, 1076.30), ('a', 1076.30, 1076.41),
    ('moment,', 1076.41, 1076.73), ('friend', 1077.32, 1077.39), ('is', 1077.39, 1077.67),
    ('saying,', 1077.67, 1077.99), ('when', 1078.34, 1078.49), ('everything', 1078.49, 1078.95),
    ('else', 1078.95, 1079.28), ('fails,', 1079.28, 1079.73), ("it's", 1079.86, 1080.10),
    ('notations,', 1080.10, 1080.58), ('appeal', 1080.89, 1081.12), ('to', 1081.12, 1081.41),
    ('humanity', 1081.41, 1081.73), ('and', 1081.73, 1082.19), ('international', 1082.19, 1082.67),
    ('representation,', 1082.67, 1083.39), ('there', 1083.97, 1083.97), ('is', 1083.97, 1084.12),
    ('nothing', 1084.12, 1084.39), ('left', 1084.39, 1084.76), ('for', 1084.76, 1084.91), ('us,', 1084.91, 1085.13),
    ('but', 1085.30, 1085.39), ('economic', 1085.39, 1085.84), ('sanctions.', 1085.84, 1086.58)]


def test_an_opening_paired_again_after_the_speech_befores_unsaid_close():
    # The global pass gives "come to" to Joan Ryan's unsaid "... access to our markets",
    # and so leaves "exactly as my right" unpaired: paired again, they start the speech.
    timings = align(as_heard(HEARD_AN_OPENING_WITH_AN_ASIDE), record(("Joan Ryan", RYAN_LINE),
                                                                     ("John McDonnell", MCDONNELL)))
    assert [t.status for t in timings] == ["matched"] * 2
    assert timings[1].start == pytest.approx(1073.09, abs=0.5)


# Mark Pritchard presenting a petition (heldout25/oppday-skip62-hard-s2506): the record
# prints its text, which he did not read out, and Crispin Blunt began at 1024.89 s,
# after the chair's call ("Christine Blunt").
PRITCHARD_PETITION = (
    "I hope that under the rules of the House the petition will be taken very seriously by the Secretary of State. "
    "Following is the full text of the petition: [The Petition of residents of the Borough of Telford and The "
    "Wrekin and of East Shropshire and others, Declares that the Petitioners have serious concerns about plans for "
    "The Shrewsbury and Telford Hospital NHS Trust to cut local health services from the Princess Royal Hospital, "
    "Telford; further declares that these cuts aim to generate financial savings alone, and do not fully take into "
    "account local clinical and medical needs. The Petitioners therefore request that the House of Commons urge the "
    "Secretary of State for Health to use his powers to reverse the proposed plans. And the Petitioners remain, "
    "etc.] [P000405]")
BLUNT_FABIO = ("I am very grateful to have the opportunity tonight to raise the case of my constituent Fabio "
               "Alves-Nunes who died, avoidably, aged five. By unhappy coincidence, I also attended earlier today the "
               "funeral of my constituent, Lance Corporal James Hill of the Coldstream Guards, who was killed in "
               "Afghanistan aged 23. It is sad to reflect that the bereaved families live only about 100 yards "
               "apart. The death of a young person is especially harrowing, and never more so than when it is "
               "avoidable. Everyone associated with it will plague themselves with the question,")
HEARD_AFTER_AN_UNREAD_PETITION = [  # tiny.en
    ("I", 1010.75, 1010.86), ("hope", 1010.86, 1011.15), ("that", 1011.15, 1011.39), ("under", 1011.39, 1011.63),
    ("the", 1011.63, 1011.84), ("rule", 1011.84, 1012.05), ("on", 1012.05, 1012.29), ("the", 1012.29, 1012.50),
    ("house", 1012.50, 1012.75), ("the", 1012.75, 1012.96), ("petition", 1012.96, 1013.36),
    ("will", 1013.36, 1013.67), ("be", 1013.67, 1013.86), ("taken", 1013.86, 1014.27),
    ("seriously", 1014.27, 1014.86), ("by", 1014.86, 1015.39), ("the", 1015.39, 1015.72),
    ("secretary", 1015.72, 1016.03), ("on", 1016.03, 1016.38), ("state.", 1016.38, 1016.82),
    ("Foggling", 1016.82, 1017.63), ("is", 1017.63, 1017.89), ("the", 1017.89, 1018.12),
    ("full", 1018.12, 1018.41), ("-text", 1018.41, 1018.75), ("of", 1018.75, 1018.98), ("the", 1018.98, 1019.10),
    ("petition,", 1019.10, 1019.55), ("and", 1020.08, 1020.15), ("I", 1020.15, 1020.22),
    ("will", 1020.22, 1020.43), ("come", 1020.43, 1020.75), ("to", 1020.75, 1021.01), ("that", 1021.01, 1021.10),
    ("in", 1021.10, 1021.25), ("a", 1021.25, 1021.38), ("moment.", 1021.38, 1022.39),
    ("Christine", 1023.86, 1024.38), ("Blunt", 1024.38, 1024.89), ("I", 1024.89, 1025.52),
    ("am", 1025.52, 1025.67), ("very", 1025.67, 1025.86), ("grateful", 1025.86, 1026.19), ("to", 1026.19, 1026.45),
    ("have", 1026.45, 1026.62), ("the", 1026.62, 1026.78), ("opportunity", 1026.78, 1027.17),
    ("to", 1027.17, 1027.52), ("hide", 1027.52, 1027.73), ("the", 1027.73, 1027.91), ("remains", 1027.91, 1028.13),
    ("of", 1028.13, 1028.32), ("the", 1028.32, 1028.47), ("case", 1028.47, 1028.52), ("of", 1028.52, 1028.69),
    ("my", 1028.69, 1028.88), ("constituent,", 1028.88, 1029.36), ("and", 1029.63, 1029.80),
    ("I'll", 1029.80, 1030.13), ("soon", 1030.13, 1030.54), ("be", 1030.54, 1030.91), ("denied", 1030.91, 1031.41),
    ("the", 1031.41, 1031.65), ("void", 1031.65, 1031.88), ("of", 1031.88, 1032.04), ("the", 1032.04, 1032.23),
    ("age.", 1032.23, 1032.62), ("I", 1033.28, 1033.28), ("am", 1033.28, 1033.73), ("happy", 1033.73, 1033.93),
    ("coincidence,", 1033.93, 1034.47), ("I", 1034.88, 1035.08), ("also", 1035.08, 1035.28),
    ("attended", 1035.28, 1035.63), ("earlier", 1035.63, 1035.95), ("today", 1035.95, 1036.26),
    ("in", 1036.26, 1036.47), ("a", 1036.47, 1036.49), ("funeral", 1036.49, 1036.78), ("of", 1036.78, 1036.97),
    ("my", 1036.97, 1037.26), ("constituent,", 1037.26, 1037.60), ("one's", 1038.02, 1038.34),
    ("corporal", 1038.34, 1038.65), ("games", 1038.65, 1039.08), ("deal", 1039.08, 1039.32),
    ("on", 1039.32, 1039.49), ("the", 1039.49, 1039.67), ("cold", 1039.67, 1039.97), ("-wing", 1039.97, 1040.30),
    ("car,", 1040.30, 1040.69), ("who", 1040.97, 1041.13), ("was", 1041.13, 1041.36), ("killed", 1041.36, 1041.54),
    ("in", 1041.54, 1041.73), ("a", 1041.73, 1041.84), ("Spanish", 1041.84, 1042.10), ("23.", 1042.10, 1043.06),
    ("It", 1043.06, 1043.67), ("is", 1043.67, 1043.93), ("just", 1043.93, 1044.19), ("a", 1044.19, 1044.30),
    ("reflect", 1044.30, 1044.67), ("of", 1044.67, 1044.95), ("a", 1044.95, 1045.10), ("merry", 1045.10, 1045.38),
    ("family's", 1045.38, 1045.89), ("life,", 1045.89, 1046.10), ("only", 1046.10, 1046.34),
    ("about", 1046.34, 1046.65), ("one", 1046.65, 1046.89), ("hundred", 1046.89, 1047.19),
    ("yards", 1047.19, 1047.60), ("a", 1047.60, 1047.88), ("path.", 1047.88, 1048.39), ("The", 1048.73, 1048.76),
    ("death", 1048.76, 1048.91), ("of", 1048.91, 1049.06), ("a", 1049.06, 1049.17), ("young", 1049.17, 1049.38),
    ("person", 1049.38, 1049.67), ("is", 1049.67, 1049.91), ("especially", 1049.91, 1050.38),
    ("harrowing,", 1050.38, 1050.69), ("and", 1050.97, 1051.10), ("many", 1051.10, 1051.23),
    ("more", 1051.23, 1051.54), ("so", 1051.54, 1051.71), ("than", 1051.71, 1051.88), ("when", 1051.88, 1052.02),
    ("it", 1052.02, 1052.12), ("is", 1052.12, 1052.26), ("avoidable.", 1052.26, 1052.82),
    ("And", 1053.43, 1053.60), ("I", 1053.60, 1053.67), ("will", 1053.67, 1053.88), ("come", 1053.88, 1054.13),
    ("to", 1054.13, 1054.30), ("that", 1054.30, 1054.41), ("in", 1054.41, 1054.62), ("a", 1054.62, 1054.71),
    ("moment,", 1054.71, 1054.99), ("every", 1055.60, 1055.76), ("one", 1055.76, 1055.91),
    ("associated", 1055.91, 1056.34), ("with", 1056.34, 1056.67), ("it", 1056.67, 1056.82),
    ("will", 1056.82, 1057.06), ("play", 1057.06, 1057.34), ("themselves", 1057.34, 1057.84),
    ("with", 1057.84, 1058.15), ("the", 1058.15, 1058.34), ("question,", 1058.34, 1058.71),
]


def test_an_opening_paired_by_chance_later_is_paired_again_after_the_speech_befores_unread_text():
    # Over the whole sitting (Blunt's 780 s speech after it), the global pass paired the
    # unread petition's "to", "the" and "of" with Blunt's opening, and his "I am" with the
    # "I am" of "I am happy coincidence" 8 s later; his next pairings in a row begin at
    # "coincidence". Paired again on their own, the words before those start the speech.
    from linker.align import _heard, _openings_paired_again, _place, _printed, match_tokens
    options = AlignOptions()
    vocabulary: dict[str, int] = {}
    heard = _heard(as_heard(HEARD_AFTER_AN_UNREAD_PETITION), vocabulary)
    speeches, printed = _printed(record(("Mark Pritchard", PRITCHARD_PETITION),
                                        ("Crispin Blunt", BLUNT_FABIO)).speeches, vocabulary)
    match = match_tokens(printed, heard.ids)
    blunt = speeches[1]
    later = [t for t, owner in enumerate(heard.owner) if heard.words[owner].start == 1033.28]  # "I", "am"
    coincidence = blunt.text.index("coincidence")
    match[blunt.begin:blunt.begin + coincidence] = later + [-1] * (coincidence - 2)
    placements = [_place(s, match, heard, options) for s in speeches]
    assert heard.words[placements[1].start_word].start == 1033.28
    _openings_paired_again(placements, speeches, printed, match, heard, options)
    assert heard.words[placements[1].start_word].start == pytest.approx(1024.89, abs=0.7)


# House of Lords (heldout11 lords-skip80-hard-s1103), as tiny.en heard it: neither Lord
# McKenzie of Luton's first speech here nor Lord Northbourne's reply was said; called
# ("Lord Mackenzie of Newton,"), Lord McKenzie dropped his first sentence and began "The
# noble Lord, Lord Freud, ..." at 2028.08 s.
NORTHBOURNE_WORLD = ("We now have a third attempt to make this thing work and I reckon that it is about our last "
                     "chance. It is incredibly important that young people, particularly young fathers, are given "
                     "the strong feeling that it is the opinion of our society that a father is equally responsible "
                     "as the mother for a child who is brought into this world.")
MCKENZIE_SURPRISED = ("My Lords, I thank the noble Lord, Lord Freud, for the amendment and I thank other noble Lords "
                      "who have spoken. Once again, this has been a robust, if short, discussion. I agree with the "
                      "noble Lord, Lord Northbourne, that we should send strong messages to people about their "
                      "commitments to their children. On that basis, I am surprised that he would wish to support the "
                      "amendment if it were to go forward.")
NORTHBOURNE_SUNSET = ("My understanding was that, if there were a sunset clause, that would make the Government think "
                      "again and, if it were not working, introduce an amendment that would work.")
MCKENZIE_GRATEFUL = ("I am grateful for the noble Lord's clarification. The noble Lord, Lord Freud, referred to "
                     "somebody's right to leave and return to their own country unimpeded. That is right, but we "
                     "should remember and recognise, as did the noble Lord, that the provisions kick in only when "
                     "there has been wilful default.")
HEARD_THE_SECOND_SENTENCE_AFTER_THE_CALL = [
    ('We', 2006.12, 2006.21), ('now', 2006.21, 2006.43), ('have', 2006.43, 2006.67), ('a', 2006.67, 2006.82),
    ('phone', 2006.82, 2007.06), ('attempt', 2007.06, 2007.49), ('to', 2007.49, 2007.73), ('make', 2007.73, 2007.97),
    ('this', 2007.97, 2008.26), ('thing', 2008.26, 2008.47), ('work,', 2008.47, 2008.84), ('and', 2008.89, 2009.02),
    ('I', 2009.02, 2009.21), ('reckon', 2009.21, 2009.43), ('that', 2009.43, 2009.62), ('it', 2009.62, 2009.78),
    ('is', 2009.78, 2009.89), ('an', 2009.89, 2009.97), ('out', 2009.97, 2010.13), ('-hour', 2010.13, 2010.34),
    ('lost', 2010.34, 2010.67), ('chance.', 2010.67, 2011.23), ('It', 2011.63, 2011.71), ('is', 2011.71, 2011.89),
    ('incredibly', 2011.89, 2012.36), ('important', 2012.36, 2012.97), ('that', 2012.97, 2013.28),
    ('young', 2013.28, 2013.56), ('people,', 2013.56, 2013.97), ('particularly', 2014.30, 2014.58),
    ('young', 2014.58, 2015.12), ('farmers,', 2015.12, 2015.56), ('are', 2015.93, 2016.02),
    ('given', 2016.02, 2016.26), ('a', 2016.26, 2016.49), ('strong', 2016.49, 2016.76),
    ('feeling', 2016.76, 2017.08), ('that', 2017.08, 2017.32), ('it', 2017.32, 2017.52), ('is', 2017.52, 2017.62),
    ('near', 2017.62, 2017.78), ('being', 2017.78, 2017.97), ('a', 2017.97, 2018.15), ('more', 2018.15, 2018.30),
    ('society', 2018.30, 2018.71), ('matter.', 2018.71, 2019.17), ('Our', 2019.39, 2019.41),
    ('unique', 2019.41, 2019.80), ('will', 2019.80, 2019.99), ('respond', 2019.99, 2020.32),
    ('to', 2020.32, 2020.56), ('all', 2020.56, 2020.69), ('of', 2020.69, 2020.88), ('the', 2020.88, 2020.97),
    ('mother', 2020.97, 2021.17), ('from', 2021.17, 2021.39), ('a', 2021.39, 2021.54), ('child', 2021.54, 2021.93),
    ('who', 2021.93, 2022.19), ('is', 2022.19, 2022.30), ('brought', 2022.30, 2022.49), ('into', 2022.49, 2022.73),
    ('this', 2022.73, 2023.02), ('world.', 2023.02, 2023.63), ('Lord', 2025.96, 2026.29),
    ('Mackenzie', 2026.29, 2026.77), ('of', 2026.77, 2027.07), ('Newton,', 2027.07, 2027.72),
    ('the', 2028.33, 2028.33), ('noble', 2028.33, 2028.61), ('Lord,', 2028.61, 2029.12), ('Lord', 2029.18, 2029.59),
    ('Floyd,', 2029.59, 2030.11), ('referred', 2030.27, 2030.51), ('to', 2030.51, 2030.77),
    ('somebody', 2030.77, 2031.16), ('right', 2031.16, 2031.59), ('to', 2031.59, 2031.79), ('and', 2031.79, 2032.31),
    ('return', 2032.31, 2032.68), ('to', 2032.68, 2032.96), ('their', 2032.96, 2033.11), ('own', 2033.11, 2033.33),
    ('country', 2033.33, 2033.70), ('unimpeded,', 2033.70, 2034.42), ('if', 2034.70, 2034.81),
    ('I', 2034.81, 2034.94), ('may', 2034.94, 2035.14), ('say', 2035.14, 2035.40), ('so.', 2035.40, 2035.88),
    ('That', 2036.09, 2036.31), ('is', 2036.31, 2036.46), ('right,', 2036.46, 2036.77), ('but', 2036.90, 2037.16),
    ('we', 2037.16, 2037.37), ('should', 2037.37, 2037.62), ('remember', 2037.62, 2038.12),
    ('and', 2038.12, 2038.55), ('recognize,', 2038.55, 2038.98), ('as', 2039.27, 2039.51), ('did', 2039.51, 2039.74),
    ('the', 2039.74, 2039.90), ('noble', 2039.90, 2040.16), ('Lord,', 2040.16, 2040.62)]


def test_a_speech_begun_at_its_second_sentence_after_the_call():
    # "the noble Lord, Lord" reads like the second sentence's opening, not the first's.
    timings = align(as_heard(HEARD_THE_SECOND_SENTENCE_AFTER_THE_CALL), record(
        ("Lord Northbourne", NORTHBOURNE_WORLD), ("Lord McKenzie of Luton", MCKENZIE_SURPRISED),
        ("Lord Northbourne", NORTHBOURNE_SUNSET), ("Lord McKenzie of Luton", MCKENZIE_GRATEFUL)))
    assert [t.status for t in timings] == ["matched", "missing", "missing", "matched"]
    assert timings[3].start == pytest.approx(2028.08, abs=0.5)


# House of Lords (heldout13 lords-skip45-hard-s1303), as tiny.en heard it: Baroness
# Coussins read her tabled question out in full (361.07 s), then Lord Young answered,
# opening in French (373.01 s), heard from "Or, in plain English".
THORNTON_HOURS = ("Flexible licensing hours will remain. We want local authorities to use the powers that we have "
                  "given them to take action at local level.")
COUSSINS_QUESTION = Speech("q1", "Baroness Coussins", "To ask Her Majesty's Government what is their response to "
                           "the review by Professor Michael Worton on the future of modern language provision in "
                           "English universities, published on 20 October by the Higher Education Funding Council.")
YOUNG_FRENCH = ("Mes Seigneurs, le rapport est une contribution valable au débat sur les langues modernes. Or, in "
                "plain English—I thought that that would be a different way of introducing this—the report is a "
                "valuable contribution to the debate on modern languages and we look forward to considering the "
                "detail with colleagues responsible for schools.")
COUSSINS_THANKS = "I thank the Minister for that positive reply. Will he also acknowledge"
HEARD_A_QUESTION_READ_IN_FULL = [
    ('Flitsy', 351.28, 351.70), ('will', 351.70, 351.88), ('voice', 351.88, 352.12), ('and', 352.12, 352.34),
    ('sing,', 352.34, 352.58), ('go', 352.64, 352.74), ('as', 352.74, 352.88), ('we', 352.88, 353.06),
    ('remain.', 353.06, 353.58), ('We', 353.84, 354.04), ('want', 354.04, 354.34), ('local', 354.34, 354.72),
    ('authorities', 354.72, 355.18), ('to', 355.18, 355.60), ('go', 355.60, 355.80), ('for', 355.80, 356.08),
    ('powers', 356.08, 356.36), ('that', 356.36, 356.78), ('term.', 356.78, 357.16), ('We', 357.42, 357.42),
    ('have', 357.42, 357.52), ('given', 357.52, 357.86), ('them', 357.86, 358.22), ('to', 358.22, 358.34),
    ('take', 358.34, 358.64), ('action', 358.64, 359.02), ('at', 359.02, 359.34), ('local', 359.34, 359.62),
    ('level.', 359.62, 360.14), ('To', 361.12, 361.24), ('ask', 361.24, 361.50), ('for', 361.50, 361.66),
    ("Majesty's", 361.66, 362.50), ('Government', 362.50, 362.52), ('what', 362.52, 362.96), ('is', 362.96, 363.10),
    ('now', 363.10, 363.22), ('response', 363.22, 363.62), ('to', 363.62, 363.80), ('the', 363.80, 363.96),
    ('review', 363.96, 364.18), ('by', 364.18, 364.40), ('Professor', 364.40, 364.78), ('Michael', 364.78, 365.20),
    ('Worton', 365.20, 365.52), ('on', 365.52, 365.72), ('the', 365.72, 365.82), ('future', 365.82, 366.08),
    ('of', 366.08, 366.32), ('modern', 366.32, 366.54), ('language', 366.54, 367.02), ('provision', 367.02, 367.42),
    ('in', 367.42, 367.66), ('English', 367.66, 367.94), ("University's", 367.94, 369.08),
    ('published', 369.08, 369.34), ('on', 369.34, 369.72), ('20', 369.72, 369.94), ('October', 369.94, 370.36),
    ('my', 370.36, 370.74), ('higher', 370.74, 370.98), ('education', 370.98, 371.50), ('funding', 371.50, 372.02),
    ('council.', 372.02, 372.56), ('Or,', 372.56, 373.42), ('in', 373.76, 373.76), ('plain', 373.76, 374.00),
    ('English,', 374.00, 374.36), ('I', 374.68, 374.68), ('thought', 374.68, 374.92), ('that', 374.92, 375.22),
    ('would', 375.22, 375.48), ('be', 375.48, 375.72), ('a', 375.72, 375.88), ('different', 375.88, 376.10),
    ('way', 376.10, 376.34), ('of', 376.34, 376.56), ('introducing', 376.56, 376.98), ('this', 376.98, 377.56),
    ('very', 377.56, 377.82), ('port', 377.82, 378.02), ('in', 378.02, 378.18), ('a', 378.18, 378.34),
    ('valuable', 378.34, 378.72), ('contribution', 378.72, 379.46), ('to', 379.46, 379.86), ('the', 379.86, 379.98),
    ('debate', 379.98, 380.24), ('on', 380.24, 380.48), ('modern', 380.48, 380.74), ('languages', 380.74, 381.22),
    ('and', 381.22, 381.64), ('way', 381.64, 381.82), ('look', 381.82, 382.10), ('forward', 382.10, 382.40),
    ('to', 382.40, 382.78), ('considering', 382.78, 383.04), ('the', 383.04, 383.50), ('data', 383.50, 383.72),
    ("you're", 383.72, 384.02), ('in', 384.02, 384.02), ('calling', 384.02, 384.38), ('responsible', 384.38, 384.98),
    ('for', 384.98, 385.38), ('schools.', 385.38, 385.92), ('And', 386.20, 386.40), ('I', 386.40, 386.52),
    ('will', 386.52, 386.74), ('come', 386.74, 386.98), ('to', 386.98, 387.18), ('that', 387.18, 387.30),
    ('in', 387.30, 387.44), ('a', 387.44, 387.56), ('moment,', 387.56, 388.06), ('or', 388.16, 388.68),
    ('in', 388.68, 388.88), ('a', 388.88, 388.94), ('very', 388.94, 389.00), ('firm,', 389.00, 389.36),
    ('important', 389.40, 389.92), ('matter', 389.92, 390.36), ('government', 390.36, 390.82),
    ('attached', 390.82, 391.30), ('to', 391.30, 391.56), ('language', 391.56, 391.84), ('learning', 391.84, 392.28),
    ('that', 392.28, 392.54), ('all', 392.54, 392.78), ('animals,', 392.78, 393.18), ('let', 393.52, 393.64),
    ('me', 393.64, 393.86), ('just', 393.86, 394.14), ('finish', 394.14, 394.42), ('this', 394.42, 394.72),
    ('point.', 394.72, 395.28), ('Here,', 396.06, 396.10), ('here,', 396.36, 396.62), ('here.', 398.68, 398.68),
    ('I', 398.88, 399.08), ('thank', 399.08, 399.40), ('the', 399.40, 399.56), ('Minister', 399.56, 399.90),
    ('for', 399.90, 400.22), ('Net', 400.22, 400.46), ('Positive', 400.46, 400.88), ('Reply,', 400.88, 401.32),
    ('where', 401.58, 401.82), ('he', 401.82, 401.94), ('also', 401.94, 402.20), ('acknowledged', 402.20, 402.70)]


def test_a_question_read_in_full_is_not_the_next_speechs_misheard_opening():
    # The answer's French opening pairs with nothing, so its start went back over the
    # question's words to the pause before "To ask"; the question pairs with them.
    timings = align(as_heard(HEARD_A_QUESTION_READ_IN_FULL), record(
        ("Baroness Thornton", THORNTON_HOURS), COUSSINS_QUESTION, ("Lord Young of Norwood Green", YOUNG_FRENCH),
        ("Baroness Coussins", COUSSINS_THANKS)))
    assert [t.status for t in timings] == ["matched"] * 4
    assert timings[1].start == pytest.approx(361.07, abs=0.5)
    assert timings[2].start == pytest.approx(373.01, abs=1.0)


# Northern Ireland Assembly, 13 October 2009 (heldout13 ni-skip45-hard-s1305), as tiny.en
# heard it: Danny Kennedy ends his question with the aside "I say this to the House."
# ("I say this to me now."), and Sammy Wilson, 2.4 s later, drops his first sentence and
# begins "First, the resolution ..." (575.38 s).
KENNEDY_CALL = ("On a wider point, can the Minister confirm that the principle of the £20 million first call on "
                "available money, an arrangement one of his predecessors and the Minister of Health, Social Services "
                "and Public Safety made, still stands and will continue to stand despite current circumstances?")
WILSON_FIRST = ("On the Chairperson’s last point, I have already given a commitment in two ways. First, the "
                "resolution that the Executive agreed this morning included an explicit commitment to look for and "
                "find the extra £10 million that is required to facilitate the £20 million first call. Secondly, I "
                "made that commitment in my statement to the Assembly.")
HEARD_THE_SECOND_SENTENCE_AFTER_AN_ASIDE = [
    ('stage.', 553.64, 554.16), ('On', 554.46, 554.60), ('a', 554.60, 554.72), ('wider', 554.72, 554.92),
    ('point,', 554.92, 555.56), ('Can', 555.70, 555.82), ('the', 555.82, 555.98), ('minister', 555.98, 556.22),
    ('confirm', 556.22, 556.86), ('that', 556.86, 557.16), ('the', 557.16, 557.28), ('principal', 557.28, 557.68),
    ('of', 557.68, 558.04), ('the', 558.04, 558.34), ('pound', 558.34, 558.34), ('twenty', 558.34, 558.86),
    ('million', 558.86, 559.18), ('first', 559.18, 559.64), ('call', 559.64, 559.90), ('on', 559.90, 560.08),
    ('available', 560.08, 560.44), ('money,', 560.44, 561.02), ('an', 561.22, 561.22),
    ('arrangement', 561.22, 561.54), ('one', 561.54, 561.98), ('of', 561.98, 562.08), ('his', 562.08, 562.30),
    ('predecessors', 562.30, 562.78), ('and', 562.78, 563.38), ('the', 563.38, 563.56), ('minister', 563.56, 563.80),
    ('of', 563.80, 564.06), ('mail,', 564.06, 564.34), ('social', 564.72, 564.94), ('services', 564.94, 565.40),
    ('and', 565.40, 565.94), ('public', 565.94, 566.30), ('safety', 566.30, 566.80), ('may,', 566.80, 567.34),
    ('still', 567.50, 567.70), ('stands', 567.70, 568.02), ('and', 568.02, 568.44), ('will', 568.44, 568.78),
    ('continue', 568.78, 569.08), ('to', 569.08, 569.44), ('stand', 569.44, 569.76), ('despite', 569.76, 570.18),
    ('current', 570.18, 570.68), ('circumstances.', 570.68, 571.48), ('I', 572.20, 572.32), ('say', 572.32, 572.54),
    ('this', 572.54, 572.76), ('to', 572.76, 572.92), ('me', 572.92, 573.02), ('now.', 573.02, 573.24),
    ('First,', 575.43, 575.85), ('the', 576.15, 576.27), ('revolution', 576.27, 576.57), ('at', 576.57, 576.95),
    ('the', 576.95, 577.07), ('end', 577.07, 577.21), ('of', 577.21, 577.39), ('my', 577.39, 577.51),
    ('Q', 577.51, 577.51), ('team', 577.51, 577.73), ('and', 577.73, 577.87), ('read', 577.87, 578.09),
    ('this', 578.09, 578.33), ('morning', 578.33, 578.57), ('included', 578.57, 579.07), ('an', 579.07, 579.41),
    ('explicit', 579.41, 579.79), ('commitment', 579.79, 580.19), ('to', 580.19, 580.53), ('look', 580.53, 580.71),
    ('for', 580.71, 581.05), ('and', 581.05, 581.27), ('find', 581.27, 581.63), ('the', 581.63, 581.87),
    ('extra', 581.87, 582.09), ('£10', 582.09, 582.65), ('million', 582.65, 582.97), ('that', 582.97, 583.17),
    ('is', 583.17, 583.41), ('required', 583.41, 583.71), ('to', 583.71, 583.97), ('know,', 583.97, 584.45),
    ('facilitate', 584.69, 584.91), ('the', 584.91, 585.29), ('£20', 585.29, 585.93), ('million', 585.93, 586.33),
    ('first', 586.33, 586.69), ('call.', 586.69, 587.13), ('Secondly,', 587.25, 587.65), ('I', 587.95, 588.03),
    ('made', 588.03, 588.27), ('that', 588.27, 588.57), ('commitment', 588.57, 588.95), ('in', 588.95, 589.15),
    ('my', 589.15, 589.37), ('statement', 589.37, 589.77), ('to', 589.77, 590.27), ('the', 590.27, 590.41),
    ('assembly.', 590.41, 590.91), ('Despite', 591.51, 591.75), ('the', 591.75, 592.03)]


def test_a_start_at_the_second_sentence_is_not_taken_back_to_the_speech_befores_aside():
    # "First," reads like the second sentence; the dropped first is not the aside before.
    timings = align(as_heard(HEARD_THE_SECOND_SENTENCE_AFTER_AN_ASIDE), record(
        ("Danny Kennedy", KENNEDY_CALL), ("Sammy Wilson", WILSON_FIRST)))
    assert [t.status for t in timings] == ["matched"] * 2
    assert timings[1].start == pytest.approx(575.38, abs=0.3)


# Communities and Local Government questions, 27 October 2009 (heldout13
# clg-skip8-hard-s1301), as tiny.en heard it: John Denham did not say his last sentence,
# "I must say that, ..."; after 2.7 s Clive Betts, his first sentence dropped, began "I am
# sure that my right hon. Friend" (92.80 s), with an aside inside it.
DENHAM_STRATEGY = ("and that is the strategy that has been pursued. Based on that strategy, the Audit Commission "
                   "reviews the quality of the arrangements that are in place, and we have a close relationship with "
                   "the chief fire officers. I must say that, in so far as I can see, the strategy of local "
                   "responsibility for contingency arrangements is the correct one.")
BETTS = ("Reference has been made to the dispute in South Yorkshire, where we have had one day's strike and more "
         "are threatened. I am sure that my right hon. Friend will agree that, however good the contingency "
         "arrangements, they cannot give the public the same protection as a fully functioning fire service. Will "
         "he therefore publicly encourage both sides to take a step backwards?")
HEARD_AN_UNSAID_CLOSE_THEN_THE_NEXT_SPEECH = [
    ('and', 78.70, 78.80), ('that', 78.80, 79.02), ('is', 79.02, 79.14), ('the', 79.14, 79.36),
    ('strategy', 79.36, 79.72), ('that', 79.72, 80.02), ('has', 80.02, 80.22), ('been', 80.22, 80.46),
    ('pursued.', 80.46, 80.96), ('Based', 81.46, 81.54), ('on', 81.54, 81.78), ('that', 81.78, 82.10),
    ('strategy,', 82.10, 82.60), ('the', 82.86, 83.00), ('audit', 83.00, 83.30), ('commission', 83.30, 83.76),
    ('reviews', 83.76, 84.20), ('the', 84.20, 84.44), ('quality', 84.44, 84.76), ('of', 84.76, 84.96),
    ('the', 84.96, 85.12), ('arrangement', 85.12, 85.56), ('that', 85.56, 85.96), ('are', 85.96, 86.14),
    ('in', 86.14, 86.24), ('place,', 86.24, 86.72), ('and', 86.78, 86.96), ('we', 86.96, 87.14),
    ('have', 87.14, 87.38), ('a', 87.38, 87.48), ('close', 87.48, 87.68), ('relationship', 87.68, 88.28),
    ('with', 88.28, 88.72), ('the', 88.72, 88.86), ('chief', 88.86, 89.10), ('fire', 89.10, 89.32),
    ('officers.', 89.32, 90.06), ('I', 92.04, 92.60), ('am', 92.60, 93.16), ('sure', 93.16, 93.36),
    ('that', 93.36, 93.58), ('my', 93.58, 93.80), ('arm,', 93.80, 94.18), ('right', 94.22, 94.52),
    ('on,', 94.52, 94.90), ('I', 95.14, 95.22), ('am', 95.22, 95.44), ('grateful', 95.44, 95.74),
    ('to', 95.74, 96.00), ('my', 96.00, 96.14), ('honour', 96.14, 96.28), ('and', 96.28, 96.48),
    ('all', 96.48, 96.60), ('friend', 96.60, 96.88), ('for', 96.88, 97.18), ('that.', 97.18, 97.68),
    ('Friend', 98.10, 98.10), ('will', 98.10, 98.34), ('agree,', 98.34, 98.80), ('Pat,', 98.96, 99.16),
    ('I', 99.46, 99.56), ('am', 99.56, 99.66), ('under', 99.66, 99.84), ('the', 99.84, 100.26),
    ('contingent', 100.26, 100.56), ('arrangement,', 100.56, 101.32), ('they', 101.94, 102.06),
    ('cannot', 102.06, 102.30), ('give', 102.30, 102.60), ('the', 102.60, 102.82), ('public', 102.82, 103.12),
    ('the', 103.12, 103.36), ('same', 103.36, 103.64), ('protection', 103.64, 104.10), ('and', 104.10, 104.40),
    ('a', 104.40, 104.46), ('fully', 104.46, 104.70), ('function', 104.70, 105.12), ('in', 105.12, 105.40),
    ('fire', 105.40, 105.64), ('service,', 105.64, 106.02), ('will', 106.42, 106.62), ('be', 106.62, 106.80),
    ('therefore', 106.80, 107.12), ('publicly', 107.12, 107.60), ('in', 107.60, 107.82), ('current', 107.82, 108.10),
    ('broad', 108.10, 108.46), ('sides', 108.46, 108.78), ('to', 108.78, 109.02), ('take', 109.02, 109.24),
    ('a', 109.24, 109.46), ('step', 109.46, 109.74), ('back', 109.74, 110.06), ('once,', 110.06, 110.36),
    ('the', 110.78, 110.78), ('management', 110.78, 111.14), ('to', 111.14, 111.54), ('withdraw', 111.54, 111.86),
    ('near', 111.86, 112.12)]


def test_an_unsaid_closing_sentence_does_not_take_the_next_speakers_common_words():
    timings = align(as_heard(HEARD_AN_UNSAID_CLOSE_THEN_THE_NEXT_SPEECH), record(
        ("John Denham", DENHAM_STRATEGY), ("Clive Betts", BETTS)))
    assert [t.status for t in timings] == ["matched"] * 2
    assert timings[1].start == pytest.approx(92.80, abs=0.8)
    assert timings[0].end < 91.0  # "officers." (truth 90.14), not "I am sure that"


# NI Assembly (heldout7 ni-skip50-hard-s705), as tiny.en heard it: Barry McElduff, called
# at 262.97 s, began in Irish at 264.00 s (heard as letters), then "Will the Minister
# note ... Sport NI?" went unheard for 8 s: his first matched word is 13 s after the call.
WILSON_HOMES = ("I will be seeking an assurance that the full £20 million will be released by the end of the "
                "year. It is not only the multiplier effect that that will have on the construction industry "
                "that is involved; there is also the improvement in the quality and stock of homes.")
MCELDUFF_SPORT = ("Go raibh maith agat, a LeasCheann Comhairle. Tá ceist agam don Aire, agus ba mhaith liom ceist a "
                  "chur ar an Aire as a ráiteas. Will the Minister note the importance of the Places for Sport "
                  "programme operated by Sport NI? The Committee for Culture, Arts and Leisure considered the "
                  "September monitoring round at its meeting on 10 September. The Committee is determined that "
                  "that key programme, which benefits sporting clubs at community level, should be carried on "
                  "into future funding periods.")
HEARD_IRISH_THEN_UNHEARD_AFTER_THE_CALL = [
    ('and', 246.17, 246.43), ('I', 246.43, 246.51), ('will', 246.51, 246.69), ('be', 246.69, 246.91),
    ('seeking', 246.91, 247.17), ('an', 247.17, 247.37), ('assurance', 247.37, 247.77), ('net', 247.77, 248.05),
    ('of', 248.05, 248.17), ('the', 248.17, 248.25), ('full', 248.25, 248.39), ('pound', 248.39, 248.75),
    ('20', 248.75, 249.13), ('million', 249.13, 249.43), ('will', 249.43, 249.67), ('be', 249.67, 249.79),
    ('released', 249.79, 250.11), ('by', 250.11, 250.33), ('the', 250.33, 250.41), ('end', 250.41, 250.59),
    ('of', 250.59, 250.79), ('the', 250.79, 250.95), ('year.', 250.95, 251.21), ('It', 251.39, 251.55),
    ('is', 251.55, 251.69), ('not', 251.69, 251.87), ('only', 251.87, 252.17), ('the', 252.17, 252.35),
    ('multi', 252.35, 252.63), ('-fly', 252.63, 252.85), ('-refect', 252.85, 253.21), ('net', 253.21, 253.51),
    ('net', 253.51, 253.69), ('will', 253.69, 253.87), ('come', 253.87, 254.11), ('on', 254.11, 254.23),
    ('the', 254.23, 254.53), ('construction', 254.53, 254.89), ('industry', 254.89, 255.43), ('net', 255.43, 255.79),
    ('involved.', 255.79, 256.35), ('Let', 256.35, 256.77), ('me', 256.77, 256.95), ('also', 256.95, 257.23),
    ('be', 257.23, 257.55), ('improvement', 257.55, 257.91), ('in', 257.91, 258.29), ('the', 258.29, 258.49),
    ('quality', 258.49, 258.85), ('and', 258.85, 259.17), ('to', 259.17, 259.31), ('come', 259.31, 259.59),
    ('down.', 259.59, 260.23), ('Mary', 262.97, 263.41), ('McElduff', 263.41, 263.85), ('T', 263.85, 264.25),
    ("'T", 264.25, 264.43), ("'T", 264.43, 264.55), ("'S", 264.55, 264.63), ('East', 264.63, 264.85),
    ('Y', 264.85, 265.11), ("'N", 265.11, 265.11), ("'O'", 265.11, 265.29), ('Agam', 265.43, 265.91),
    ('d', 265.91, 266.19), ("'A", 266.19, 266.33), ("'N", 266.33, 266.59), ("'A", 266.59, 266.59),
    ("'S", 266.59, 266.81), ('Aga', 266.81, 266.97), ('S', 266.97, 267.15), ("'R", 267.15, 267.21),
    ("'M", 267.21, 267.41), ("'H", 267.41, 267.57), ("'S", 267.57, 267.69), ('Liam', 267.69, 267.87),
    ('Seasta', 267.87, 268.35), ('The', 276.23, 276.58), ('committee', 276.58, 276.99), ('for', 276.99, 277.26),
    ('culture,', 277.26, 277.67), ('are', 278.11, 278.31), ('simply', 278.31, 278.55), ('a', 278.55, 278.76),
    ('concern', 278.76, 279.08), ('on', 279.08, 279.38), ('the', 279.38, 279.55), ('september', 279.55, 280.19),
    ('monitor', 280.19, 280.58), ('and', 280.58, 280.82), ('run', 280.82, 281.05), ('that', 281.05, 281.26),
    ("it's", 281.26, 281.55), ('meeting', 281.55, 281.79), ('on', 281.79, 282.14), ('the', 282.14, 282.35),
    ('september.', 282.35, 283.14), ('The', 283.44, 283.73), ('committee', 283.73, 284.02), ('is', 284.02, 284.35),
    ('determined', 284.35, 284.70), ('that', 284.70, 285.05), ('not', 285.05, 285.29), ('to', 285.29, 285.37),
    ('keep', 285.37, 285.56), ('raw', 285.56, 285.81), ('ram.', 285.81, 286.11), ('which', 286.35, 286.63),
    ('benefit', 286.63, 287.07), ('spot', 287.07, 287.53), ('and', 287.53, 287.77), ('clubnut', 287.77, 288.33),
    ('community', 288.33, 288.83), ('level', 288.83, 289.25), ('should', 289.25, 289.79), ('be', 289.79, 290.11),
    ('carried', 290.11, 290.33), ('on', 290.33, 290.59), ('into', 290.59, 290.83), ('a', 290.83, 290.91),
    ('well', 290.91, 291.35), ('future', 291.35, 291.77), ('funding', 291.77, 292.25), ('period,', 292.25, 292.79),
]


def test_a_long_opening_unheard_after_the_call_starts_after_the_call():
    timings = align(as_heard(HEARD_IRISH_THEN_UNHEARD_AFTER_THE_CALL), record(
        ("Sammy Wilson", WILSON_HOMES), ("Barry McElduff", MCELDUFF_SPORT)))
    assert [t.status for t in timings] == ["matched", "matched"]
    assert timings[1].start == pytest.approx(264.00, abs=0.5)


# Westminster Hall (heldout13 wh-skip25-hard-s1304), as tiny.en heard it: the members'
# "Hear, hear" squeezed up to the chair's call of Paul Burstow ("Poor worst hope."), who
# said his speech from "Lady on obtaining" at 1333.14 s.
RYAN_CAMPS = ("Even though the Government readily declared that the war was over, they are still not ready to let "
              "people leave, so for the civilians kept in the camps, the peace dividends that the Government of "
              "Sri Lanka promised in their victory declarations have failed to materialise.")
BURSTOW_TAMILS = ("I congratulate the right hon. Lady on obtaining the debate, which is on a very important subject. "
                  "I have Tamil constituents who are still seeking information about loved ones in that country and "
                  "about where they are today.")
HEARD_A_CALL_AFTER_HEAR_HEAR = [
    ('that', 1316.14, 1316.46), ('the', 1316.46, 1316.64), ('war', 1316.64, 1316.82), ('was', 1316.82, 1317.08),
    ('over,', 1317.08, 1317.58), ('are', 1317.58, 1317.88), ('still', 1317.88, 1318.22), ('not', 1318.22, 1318.46),
    ('ready', 1318.46, 1318.72), ('to', 1318.72, 1318.90), ('let', 1318.90, 1319.14), ('people', 1319.14, 1319.50),
    ('leave,', 1319.50, 1320.10), ('so', 1320.22, 1320.36), ('for', 1320.36, 1320.54), ('the', 1320.54, 1320.68),
    ('civilians', 1320.68, 1321.18), ('kept', 1321.18, 1321.66), ('in', 1321.66, 1321.86), ('the', 1321.86, 1322.04),
    ('camps,', 1322.04, 1322.48), ('the', 1322.82, 1322.92), ('beast', 1322.92, 1323.22),
    ('dividends', 1323.22, 1323.64), ('that', 1323.64, 1324.08), ('the', 1324.08, 1324.16),
    ('government', 1324.16, 1324.50), ('and', 1324.50, 1324.88), ('Sri', 1324.88, 1325.08),
    ('Lanka', 1325.08, 1325.44), ('promised', 1325.44, 1325.82), ('in', 1325.82, 1326.10),
    ('their', 1326.10, 1326.30), ('victory', 1326.30, 1326.66), ('declarations', 1326.66, 1327.38),
    ('and', 1327.38, 1327.80), ('failed', 1327.80, 1328.16), ('to', 1328.16, 1328.40),
    ('materialize.', 1328.40, 1329.44), ('Here,', 1329.92, 1329.92), ('here,', 1331.12, 1331.12),
    ('here.', 1331.50, 1331.56), ('Poor', 1331.56, 1331.84), ('worst', 1331.84, 1332.14),
    ('hope.', 1332.14, 1333.02), ('Lay', 1333.40, 1333.44), ('the', 1333.44, 1333.60), ('on', 1333.60, 1333.76),
    ('obtaining', 1333.76, 1334.20), ('the', 1334.20, 1334.50), ('debate,', 1334.50, 1334.88),
    ('which', 1335.22, 1335.40), ('is', 1335.40, 1335.60), ('on', 1335.60, 1335.76), ('a', 1335.76, 1335.88),
    ('very', 1335.88, 1336.10), ('important', 1336.10, 1336.70), ('subject.', 1336.70, 1337.32),
    ('I', 1337.72, 1337.98), ('have', 1337.98, 1338.22), ('Tamil', 1338.22, 1338.50),
    ('constituents', 1338.50, 1339.14), ('who', 1339.14, 1339.88), ('are', 1339.88, 1340.12),
    ('still', 1340.12, 1340.38), ('seeking', 1340.38, 1340.80), ('information', 1340.80, 1341.36),
    ('about', 1341.36, 1341.86), ('loved', 1341.86, 1342.22), ('ones', 1342.22, 1342.54), ('in', 1342.54, 1342.70),
    ('that', 1342.70, 1342.96), ('country', 1342.96, 1343.36), ('and', 1343.36, 1343.74), ('am', 1343.74, 1343.86),
    ('out', 1343.86, 1344.10), ('where', 1344.10, 1344.40), ('they', 1344.40, 1344.60), ('are', 1344.60, 1344.74),
    ('today.', 1344.74, 1345.20), ('Joan', 1345.20, 1346.22),
]


def test_a_call_heard_wrong_right_after_hear_hear_is_not_the_opening():
    timings = align(as_heard(HEARD_A_CALL_AFTER_HEAR_HEAR), record(
        ("Joan Ryan", RYAN_CAMPS), ("Paul Burstow", BURSTOW_TAMILS)))
    assert [t.status for t in timings] == ["matched", "matched"]
    assert timings[1].start == pytest.approx(1333.14, abs=0.5)


# NI Assembly (heldout13 ni-skip45-hard-s1305), as tiny.en heard it: Danny Kennedy ended
# with an aside the record leaves out ("I say this to you."); after a longer pause Sammy
# Wilson began at his second sentence, "First, ..." (575.38 s), dropping the first.
KENNEDY_STANDS = ("An arrangement one of his predecessors and the Minister of Health, Social Services and Public "
                  "Safety made, still stands and will continue to stand despite current circumstances?")
WILSON_COMMITMENT = ("On the Chairperson’s last point, I have already given a commitment in two ways. First, the "
                     "resolution that the Executive agreed this morning included an explicit commitment to look for "
                     "and find the extra £10 million that is required to facilitate the £20 million first call.")
HEARD_AN_ASIDE_THEN_A_DROPPED_SENTENCE = [
    ('an', 561.22, 561.22), ('arrangement', 561.22, 561.58), ('one', 561.58, 561.98), ('of', 561.98, 562.08),
    ('his', 562.08, 562.30), ('predecessors', 562.30, 562.80), ('and', 562.80, 563.44), ('the', 563.44, 563.52),
    ('Minister', 563.52, 563.80), ('of', 563.80, 564.06), ('Health,', 564.06, 564.30), ('social', 564.62, 564.94),
    ('services', 564.94, 565.40), ('and', 565.40, 565.94), ('public', 565.94, 566.32), ('safety', 566.32, 566.80),
    ('made,', 566.80, 567.36), ('sales', 567.58, 567.72), ('stands', 567.72, 568.04), ('and', 568.04, 568.42),
    ("we'll", 568.42, 568.80), ('continue', 568.80, 569.10), ('to', 569.10, 569.44), ('stand', 569.44, 569.76),
    ('despite', 569.76, 570.26), ('current', 570.26, 570.68), ('circumstances,', 570.68, 571.50),
    ('I', 572.26, 572.32), ('say', 572.32, 572.56), ('this', 572.56, 572.76), ('to', 572.76, 572.92),
    ('you.', 572.92, 573.06), ('First,', 575.37, 575.79), ('the', 576.15, 576.27), ('revolution', 576.27, 576.57),
    ('that', 576.57, 576.97), ('the', 576.97, 577.17), ('executive', 577.17, 577.47), ('and', 577.47, 577.83),
    ('read', 577.83, 578.07), ('this', 578.07, 578.33), ('morning', 578.33, 578.59), ('included', 578.59, 579.07),
    ('an', 579.07, 579.47), ('explicit', 579.47, 579.79), ('commitment', 579.79, 580.27), ('to', 580.27, 580.53),
    ('look', 580.53, 580.73), ('for', 580.73, 581.07), ('and', 581.07, 581.29), ('find', 581.29, 581.65),
    ('the', 581.65, 581.89), ('extra', 581.89, 582.09), ('£10million', 582.09, 582.97), ('that', 582.97, 583.19),
    ('is', 583.19, 583.37), ('required', 583.37, 583.71), ('to', 583.71, 584.01), ('know,', 584.01, 584.41),
    ('facilitate', 584.65, 584.91), ('the', 584.91, 585.29), ('£20million', 585.29, 586.33),
]


def test_a_speech_begun_at_its_second_sentence_after_the_longer_pause_starts_there():
    timings = align(as_heard(HEARD_AN_ASIDE_THEN_A_DROPPED_SENTENCE), record(
        ("Danny Kennedy", KENNEDY_STANDS), ("Sammy Wilson", WILSON_COMMITMENT)))
    assert [t.status for t in timings] == ["matched", "matched"]
    assert timings[1].start == pytest.approx(575.38, abs=0.5)


# Opposition day (heldout11 oppday-skip50-hard-s1106), as tiny.en heard it: the
# Speaker's answer to a point of order was never said; "Object." (2781.57 s) was heard
# as "Um, yet.", then "Object to what?" (2786.34 s) whole, and "Objection taken." (2788.06
# s) as "Object to taken.".
BOTTOMLEY_PROTOCOL = ("I do want to draw attention to paragraph 10 of the protocol on this matter. I hope that it "
                      "will be noted that if the matter were to come up in future, it would be better to allow for the "
                      "Office for Democratic Institutions and Human Rights to observe election processes.")
SPEAKER_UNSAID = ("It is questionable whether that constitutes a point of order, but it is the hon. Gentleman's "
                  "view, and he has placed it firmly on the record.")
SPEAKER_TAKEN = ("Objection taken. What the hon. Member for Argyll and Bute (Mr. Reid) meant was that he did not want "
                 "me to take the next three motions together.")
HEARD_OBJECTIONS = [
    ('paragraph', 2760.21, 2760.49), ('10', 2760.49, 2760.79), ('on', 2760.79, 2760.97), ('the', 2760.97, 2761.23),
    ('protocol', 2761.23, 2761.45), ('on', 2761.45, 2761.71), ('this', 2761.71, 2761.89),
    ('matter.', 2761.89, 2762.17), ('I', 2762.63, 2762.79), ('hope', 2762.79, 2763.01), ('that', 2763.01, 2763.25),
    ('it', 2763.25, 2763.37), ('will', 2763.37, 2763.59), ('be', 2763.59, 2763.69), ('noted', 2763.69, 2764.01),
    ('that', 2764.01, 2764.31), ('if', 2764.31, 2764.51), ('the', 2764.51, 2764.63), ('matter', 2764.63, 2764.87),
    ('were', 2764.87, 2765.13), ('to', 2765.13, 2765.19), ('come', 2765.19, 2765.35), ('up', 2765.35, 2765.49),
    ('in', 2765.49, 2765.63), ('a', 2765.63, 2765.81), ('future,', 2765.81, 2766.37), ('it', 2766.69, 2766.77),
    ('would', 2766.77, 2767.03), ('be', 2767.03, 2767.13), ('better', 2767.13, 2767.37), ('to', 2767.37, 2767.61),
    ('allow', 2767.61, 2767.75), ('for', 2767.75, 2767.93), ('the', 2767.93, 2768.23), ('office', 2768.23, 2768.25),
    ('for', 2768.25, 2768.49), ('democratic', 2768.49, 2768.87), ('institutions', 2768.87, 2769.67),
    ('and', 2769.67, 2770.23), ('human', 2770.23, 2770.51), ('rights', 2770.51, 2770.85), ('to', 2770.85, 2771.03),
    ('observe', 2771.03, 2771.31), ('election', 2771.31, 2771.77), ('processes.', 2771.77, 2772.47),
    ('Yeah,', 2772.91, 2773.39), ('yeah.', 2773.83, 2774.21), ('With', 2775.49, 2775.61), ('the', 2775.61, 2775.79),
    ('leave', 2775.79, 2775.97), ('on', 2775.97, 2776.13), ('you', 2776.13, 2776.33), ('know', 2776.33, 2776.77),
    ('the', 2776.77, 2777.01), ('House,', 2777.01, 2777.67), ('on', 2779.87, 2780.57),
    ('members.', 2780.57, 2780.92), ('Um,', 2781.57, 2782.01), ('yet.', 2783.03, 2783.03),
    ('Christopher', 2784.21, 2784.67), ('Fraser.', 2784.67, 2785.33), ('Object', 2786.39, 2786.79),
    ('to', 2786.79, 2787.11), ('what?', 2787.11, 2787.43), ('Object', 2788.11, 2788.55), ('to', 2788.55, 2789.07),
    ('taken.', 2789.07, 2789.31), ('What,', 2789.73, 2789.99), ('the', 2790.15, 2790.27),
    ('hong?', 2790.27, 2790.91), ('Member', 2791.27, 2791.33), ('for', 2791.33, 2791.57), ('our', 2791.57, 2791.71),
    ('guide', 2791.71, 2792.07), ('and', 2792.07, 2792.37), ('mute,', 2792.37, 2792.83), ('Mr.', 2793.25, 2793.25),
    ('Reed', 2793.65, 2793.83), ('meant', 2793.83, 2794.19), ('was', 2794.19, 2794.43), ('that', 2794.43, 2794.65),
    ('he', 2794.65, 2794.83), ('did', 2794.83, 2795.05), ('not', 2795.05, 2795.29), ('want', 2795.29, 2795.55),
    ('me', 2795.55, 2795.75), ('to', 2795.75, 2795.91), ('take', 2795.91, 2796.23), ('the', 2796.23, 2796.47),
    ('next', 2796.47, 2796.83), ('three', 2796.83, 2797.07), ('motions', 2797.07, 2797.51),
    ('together.', 2797.51, 2798.11),
]


def test_a_short_speech_heard_whole_before_the_shorter_one_placed_before_it():
    timings = align(as_heard(HEARD_OBJECTIONS), record(
        ("Peter Bottomley", BOTTOMLEY_PROTOCOL), ("Mr. Speaker", SPEAKER_UNSAID),
        ("Mr. Speaker", "With the leave of the House—"), ("Hon. Members", "Object."),
        ("Christopher Fraser", "Object to what?"), ("Mr. Speaker", SPEAKER_TAKEN)))
    assert [t.status for t in timings] == ["matched", "missing"] + ["matched"] * 4
    assert [t.start for t in timings[3:]] == pytest.approx([2781.57, 2786.34, 2788.06], abs=1.0)


# House of Lords (heldout14 lords2014-skip4-hard-s1407), as tiny.en heard it: Lord
# Forsyth read his tabled question out in full (151.16 s); Lord Astor dropped his first
# sentence, "... remain part of the United Kingdom.", and began "Therefore, ..." (166.29
# s). Aligned again on their own, the question's spoken form gave the answer the
# question's "the United Kingdom's", and refining its start took the question's words.
BISHOP_WARDEN = ("As a good church warden, he forgave us our sins when we did not do exactly as we were told. "
                 "Motion agreed nemine dissentiente.")
FORSYTH_FASLANE = Speech("q2", "Lord Forsyth of Drumlean", "To ask Her Majesty’s Government what is their best "
                         "estimate of the cost of moving the United Kingdom’s nuclear deterrent from Faslane if "
                         "Scotland votes for independence.")
ASTOR_CONFIDENT = ("My Lords, we are confident that the Scottish people will vote to remain part of the United "
                   "Kingdom. Therefore, we are not making any contingency plans for a yes vote. Moving the deterrent "
                   "and its facilities would be an enormous exercise. Faslane is the largest employment site in "
                   "Scotland, with around 6,700 military and civilian jobs, increasing to around 8,200 by 2022, with "
                   "hundreds of millions of pounds of planned investments as it becomes the home to all Royal Navy "
                   "submarines.")
FORSYTH_PLAN_B = ("My Lords, why are the Government prepared to anticipate what the effects of Scottish independence "
                  "will be on the currency but not on our national security and our defence policy, given the threat "
                  "that this represents to the independent nuclear deterrent?")
HEARD_A_QUESTION_IN_FULL_AND_A_DROPPED_SENTENCE = [
    ('And', 142.20, 142.86), ('good', 142.86, 143.18), ('church', 143.18, 143.52), ('warden,', 143.52, 143.92),
    ('he', 144.16, 144.20), ('forgive', 144.20, 144.46), ('us', 144.46, 144.70), ('ourselves,', 144.70, 144.94),
    ('when', 145.16, 145.30), ('we', 145.30, 145.50), ('did', 145.50, 145.62), ('not', 145.62, 145.82),
    ('do', 145.82, 146.00), ('it', 146.00, 146.16), ('in', 146.16, 146.22), ('that', 146.22, 146.40),
    ('place', 146.40, 146.64), ('we', 146.64, 146.80), ('were', 146.80, 146.98), ('told.', 146.98, 147.42),
    ('Motion', 148.00, 148.00), ('and', 148.00, 148.20), ('read', 148.20, 148.34), ('name', 148.34, 148.56),
    ('and', 148.56, 148.74), ('dissension.', 148.74, 149.20), ('To', 151.20, 151.40), ('ask', 151.40, 151.68),
    ('how', 151.68, 151.86), ("majesty's", 151.86, 152.54), ('government', 152.54, 152.76), ('what', 152.76, 153.24),
    ('is', 153.24, 153.42), ('their', 153.42, 153.60), ('best', 153.60, 153.86), ('estimate', 153.86, 154.28),
    ('of', 154.28, 154.56), ('the', 154.56, 154.70), ('cost', 154.70, 154.92), ('of', 154.92, 155.16),
    ('moving', 155.16, 155.46), ('the', 155.46, 155.74), ('United', 155.74, 156.08), ("Kingdom's", 156.08, 156.82),
    ('nuclear', 156.82, 157.14), ('detourment', 157.14, 157.80), ('from', 157.80, 158.16),
    ('fascinating,', 158.16, 158.52), ('if', 158.66, 158.94), ('cut', 158.94, 159.12), ('and', 159.12, 159.46),
    ("what's", 159.46, 160.06), ('far', 160.06, 160.06), ('independent.', 160.06, 160.52), ('Here,', 161.54, 161.84),
    ('here.', 162.12, 162.50), ('Therefore,', 166.13, 166.73), ('we', 167.03, 167.13), ('you', 167.13, 167.31),
    ('know', 167.31, 167.69), ('are', 167.69, 167.87), ('not', 167.87, 168.07), ('making', 168.07, 168.41),
    ('any', 168.41, 168.69), ('contingency', 168.69, 169.17), ('plans', 169.17, 169.73), ('for', 169.73, 169.91),
    ('a', 169.91, 170.03), ('yes', 170.03, 170.21), ('vote,', 170.21, 170.63), ('moving', 171.09, 171.09),
    ('the', 171.09, 171.35), ('deterrent', 171.35, 171.73), ('and', 171.73, 172.23), ('its', 172.23, 172.51),
    ('facilities', 172.51, 172.83), ('would', 172.83, 173.17), ('be', 173.17, 173.69), ('an', 173.69, 173.83),
    ('enormous', 173.83, 174.17), ('exercise.', 174.17, 174.81), ('My', 176.17, 176.35), ('lord,', 176.35, 176.77),
    ('why', 177.09, 177.25), ('are', 177.25, 177.45), ('the', 177.45, 177.53), ('government', 177.53, 177.93),
    ('prepared', 177.93, 178.53), ('to', 178.53, 178.83), ('empty', 178.83, 178.97), ('see', 178.97, 179.17),
    ('that', 179.17, 179.37), ('what', 179.37, 179.67), ('the', 179.67, 179.77), ('effect', 179.77, 180.17),
    ('some', 180.17, 180.45), ('cutty', 180.45, 180.81), ('shindy', 180.81, 181.15), ('pendants', 181.15, 181.47),
    ('will', 181.47, 181.81), ('be', 181.81, 182.01), ('on', 182.01, 182.19), ('the', 182.19, 182.69),
    ('currency', 182.69, 182.69), ('bought', 182.69, 183.07), ('out', 183.07, 183.27), ('on', 183.27, 183.39),
    ('our', 183.39, 183.61), ('national', 183.61, 183.97), ('security', 183.97, 184.53), ('and', 184.53, 185.01),
    ('our', 185.01, 185.19),
]


def test_a_question_read_in_full_takes_back_its_words_from_an_answer_that_dropped_a_sentence():
    timings = align(as_heard(HEARD_A_QUESTION_IN_FULL_AND_A_DROPPED_SENTENCE), record(
        ("The Lord Bishop of Chester", BISHOP_WARDEN), FORSYTH_FASLANE, ("Lord Astor of Hever", ASTOR_CONFIDENT),
        ("Lord Forsyth of Drumlean", FORSYTH_PLAN_B)))
    assert [t.status for t in timings] == ["matched"] * 4
    assert [t.start for t in timings[1:]] == pytest.approx([151.16, 166.29, 176.08], abs=0.5)


# NI Assembly (heldout14 ni-skip30-hard-s1405), as tiny.en heard it: the presenter's
# "Later we will have the main debate of the day and round up a move from committees.",
# then, after 3.8 s, the Speaker from "The Minister" (22.60 s), his "Order. This is not a
# debate." dropped.
SPEAKER_NOT_MOVED = ("Order. This is not a debate. The Minister has not moved the Consideration Stage of the Bill. "
                     "That is a matter for the Minister and the Executive. However, I was notified by the Minister "
                     "of her intention not to move the Consideration Stage of the Bill. Party Whips were informed, "
                     "and a letter from the Minister was put into Members’ pigeonholes. Let us not have a debate: the "
                     "Consideration Stage of the Education Bill has not been moved.")
MORROW_FURTHER = ("Further to that point of order, Mr Speaker. You are absolutely right: the Whips received notice. "
                  "Are Members of this House not entitled to an explanation and perhaps an apology?")
HEARD_THE_PRESENTER_THEN_A_DROPPED_OPENING = [
    ('Good', 5.49, 6.15), ('morning', 6.15, 6.45), ('and', 6.45, 6.85), ('welcome', 6.85, 7.29), ('to', 7.29, 7.51),
    ('live', 7.51, 7.75), ('coverage', 7.75, 8.11), ('from', 8.11, 8.53), ('the', 8.53, 8.67), ('House', 8.67, 8.91),
    ('of', 8.91, 9.17), ('Commons.', 9.17, 9.67), ('Questions', 10.37, 10.45), ('are', 10.45, 10.75),
    ('about', 10.75, 11.09), ('to', 11.09, 11.23), ('begin', 11.23, 11.61), ('and', 11.61, 12.07),
    ('we', 12.07, 12.25), ('will', 12.25, 12.43), ('be', 12.43, 12.63), ('following', 12.63, 12.97),
    ('them', 12.97, 13.35), ('here.', 13.35, 13.65), ('Later', 14.57, 14.69), ('we', 14.69, 14.89),
    ('will', 14.89, 15.13), ('have', 15.13, 15.35), ('the', 15.35, 15.53), ('main', 15.53, 15.75),
    ('debate', 15.75, 16.09), ('of', 16.09, 16.29), ('the', 16.29, 16.49), ('day', 16.49, 16.85),
    ('and', 16.85, 17.15), ('round', 17.15, 17.41), ('up', 17.41, 17.65), ('a', 17.65, 17.77),
    ('move', 17.77, 18.09), ('from', 18.09, 18.43), ('committees.', 18.43, 18.85), ('The', 22.66, 22.86),
    ('minister', 22.86, 23.18), ('does', 23.18, 23.50), ('not', 23.50, 23.70), ('move', 23.70, 24.10),
    ('the', 24.10, 24.42), ('consideration', 24.42, 24.86), ('stage', 24.86, 25.48), ('on', 25.48, 25.68),
    ('the', 25.68, 25.86), ('wheel.', 25.86, 26.20), ('That', 26.44, 26.70), ('is', 26.70, 26.80),
    ('a', 26.80, 27.00), ('matter', 27.00, 27.22), ('for', 27.22, 27.50), ('the', 27.50, 27.58),
    ('minister', 27.58, 27.90), ('and', 27.90, 28.46), ('the', 28.46, 28.64), ('executive.', 28.64, 28.96),
    ('However,', 29.86, 30.34), ('I', 30.74, 30.80), ('was', 30.80, 31.00), ('notified', 31.00, 31.40),
    ('by', 31.40, 31.92), ('the', 31.92, 32.02), ('minister', 32.02, 32.34), ('on', 32.34, 32.58),
    ('the', 32.58, 32.82), ('intention', 32.82, 33.14), ('not', 33.14, 33.64), ('to', 33.64, 33.84),
    ('move', 33.84, 34.14), ('the', 34.14, 34.38), ('consideration', 34.38, 34.86), ('stage', 34.86, 35.48),
    ('on', 35.48, 35.64), ('the', 35.64, 35.86), ('wheel.', 35.86, 36.16), ('Let', 36.16, 36.68),
    ('me', 36.68, 36.96), ('be', 36.96, 37.14), ('absolutely', 37.14, 37.64), ('clear', 37.64, 38.12),
    ('about', 38.12, 38.46), ('this', 38.46, 39.00), ('party', 39.00, 39.42), ('party', 39.42, 39.82),
    ('with', 39.82, 40.14), ('wherein', 40.14, 40.50), ('formed,', 40.50, 40.94), ('and', 41.36, 41.42),
    ('let', 41.42, 41.62), ('her', 41.62, 41.82), ('from', 41.82, 42.08), ('the', 42.08, 42.28),
    ('minister', 42.28, 42.50), ('was', 42.50, 42.86), ('put', 42.86, 43.10), ('into', 43.10, 43.40),
    ('members', 43.40, 43.84), ('page', 43.84, 44.16), ('and', 44.16, 44.34), ('tells,', 44.34, 44.56),
    ('let', 44.78, 45.00), ('us', 45.00, 45.24), ('not', 45.24, 45.52), ('have', 45.52, 45.62), ('a', 45.62, 45.70),
    ('debate.', 45.70, 46.08), ('The', 46.56, 46.78), ('consideration', 46.78, 47.26), ('stage', 47.26, 47.86),
    ('of', 47.86, 48.06), ('the', 48.06, 48.14), ('education', 48.14, 48.66), ('bill', 48.66, 49.18),
    ('does', 49.18, 49.42), ('not', 49.42, 49.62), ('be', 49.62, 49.94), ('moved.', 49.94, 50.52),
    ('For', 52.79, 52.79), ('that', 52.79, 53.01), ('at', 53.01, 53.31), ('the', 53.31, 53.49),
    ('point', 53.49, 53.67), ('of', 53.67, 54.13), ('order,', 54.13, 54.63), ('Mr.', 54.83, 55.05),
    ('Speaker,', 55.27, 55.67), ('you', 56.09, 56.21), ('have', 56.21, 56.37), ('absolutely', 56.37, 56.79),
    ('right', 56.79, 57.41), ('that', 57.41, 57.61), ("we've", 57.61, 58.03), ('received', 58.03, 58.31),
    ('notice.', 58.31, 58.99), ('A', 59.47, 59.49), ('member', 59.49, 59.69), ('of', 59.69, 59.95),
    ('this', 59.95, 60.13), ('house', 60.13, 60.43), ('entitled', 60.43, 60.99), ('to', 60.99, 61.33),
    ('an', 61.33, 61.75), ('explanation', 61.75, 61.99), ('and', 61.99, 62.51), ('perhaps', 62.51, 62.89),
    ('an', 62.89, 63.07), ('apology.', 63.07, 63.63),
]


def test_presenter_words_before_a_silence_where_speakers_change_are_not_the_opening():
    timings = align(as_heard(HEARD_THE_PRESENTER_THEN_A_DROPPED_OPENING), record(
        ("Mr Speaker", SPEAKER_NOT_MOVED), ("Lord Morrow", MORROW_FURTHER)))
    assert [t.status for t in timings] == ["matched", "matched"]
    assert timings[0].start == pytest.approx(22.60, abs=0.5)


def test_the_chairs_order_then_a_pause_is_still_the_opening():
    # Said as the member stops, "Order." runs on from the speech before; no words follow it.
    heard, starts = transcript(ANSWER + " Order.", 3.0, SPEAKER_NOT_MOVED.removeprefix("Order. "))
    timings = align(heard, record(("Denham", ANSWER), ("Mr Speaker", SPEAKER_NOT_MOVED)))
    assert timings[1].start == pytest.approx(_end_of(ANSWER, starts[0]), abs=0.01)


# heldout15/oppday-skip10-hard-s1506 (tiny.en): McGrady's last sentence ("The Minister
# reiterates ...") went unsaid; the global pass paired its "for ... I ... that ... would
# ... not" with Wilson's heard opening and started Wilson at "I am grateful", 7.3 s late.
MCGRADY_SECRET_DEALS = (
    "I thank the Minister for his brief interruption. What I would say in that context is that, at best, he is "
    "damning the Parades Commission with faint praise. We in the SDLP are used to that—we are damned with faint "
    "praise by the Government very often, but that is another story altogether. The Minister reiterates the need "
    "for cross-party or cross-community consensus, but I wish that he would engage in it a bit more, so that secret "
    "deals are not done inside or behind 10 Downing street.")
WILSON_GIVING_WAY = (
    "I thank the hon. Gentleman for giving way—I thought that his speech would not be inclusive, but I am glad that "
    "it is. Does he accept, first, that he was wrong about the origin of the Parades Commission? It did not come "
    "about as a result of Patten. Secondly, he was wrong to link the quietest summer that we have had with the "
    "Parades Commission. The reason why we had a quiet summer with parades last year was that Sinn Fein has been "
    "tamed in its opposition to parades as a result of my party's work to make it accept the rule of law and the "
    "police.")
HEARD_AN_UNSAID_CLOSE_THEN_AN_INTERVENTION = [
    ('I', 204.26, 204.26), ("can't", 204.26, 204.66), ('come', 204.66, 204.76), ('to', 204.76, 204.92),
    ('minister', 204.92, 205.12), ('for', 205.12, 205.34), ('his', 205.34, 205.52), ('brief', 205.52, 205.80),
    ('interruption.', 205.80, 206.30), ('What', 206.88, 207.08), ('I', 207.08, 207.16), ('want', 207.16, 207.40),
    ('in', 207.40, 207.72), ('that', 207.72, 208.04), ('context', 208.04, 208.40), ('is', 208.40, 208.70),
    ('that,', 208.70, 209.02), ('at', 209.16, 209.28), ('best,', 209.28, 209.68), ('he', 209.78, 209.92),
    ('is', 209.92, 210.04), ('now', 210.04, 210.20), ('in', 210.20, 210.40), ('the', 210.40, 210.50),
    ("mermaid's", 210.50, 210.96), ('commission', 210.96, 211.32), ('within', 211.32, 211.86),
    ('the', 211.86, 212.04), ('prince.', 212.04, 212.34), ('We', 212.74, 212.84), ('in', 212.84, 212.98),
    ('the', 212.98, 213.18), ('L', 213.18, 213.44), ('.P.', 213.44, 213.60), ('are', 213.66, 213.88),
    ('used', 213.88, 214.10), ('to', 214.10, 214.26), ('that.', 214.26, 214.50), ('We', 214.68, 214.68),
    ('are', 214.68, 214.84), ('now', 214.84, 215.06), ('within', 215.06, 215.54), ('the', 215.54, 215.76),
    ('prince', 215.76, 216.00), ('by', 216.00, 216.20), ('the', 216.20, 216.36), ('government.', 216.36, 216.70),
    ('Merry', 216.86, 217.14), ('often,', 217.14, 217.44), ('but', 217.74, 217.88), ('not', 217.88, 218.02),
    ('in', 218.02, 218.16), ('another', 218.16, 218.50), ('story', 218.50, 218.80), ('altogether.', 218.80, 219.28),
    ('I', 220.86, 221.08), ('can', 221.08, 221.38), ('come', 221.38, 221.58), ('on,', 221.58, 222.28),
    ('gentlemen,', 222.34, 222.70), ('for', 223.00, 223.06), ('him', 223.06, 223.26), ('in', 223.26, 223.42),
    ('way,', 223.42, 223.72), ('I', 223.86, 223.96), ('thought', 223.96, 224.26), ('that', 224.26, 224.50),
    ('the', 224.50, 224.72), ('speech', 224.72, 224.98), ('would', 224.98, 225.24), ('not', 225.24, 225.42),
    ('be', 225.42, 225.65), ('losing,', 225.65, 226.19), ('but', 226.47, 226.63), ('I', 226.63, 226.71),
    ('am', 226.71, 226.95), ('glad', 226.95, 227.25), ('matterton,', 227.25, 227.81), ('I', 228.07, 228.15),
    ('am', 228.15, 228.37), ('grateful', 228.37, 228.69), ('to', 228.69, 228.97), ('my', 228.97, 229.11),
    ('honour', 229.11, 229.25), ('and', 229.25, 229.45), ('all', 229.45, 229.55), ('friend', 229.55, 229.91),
    ('for', 229.91, 230.21), ('that,', 230.21, 230.53), ('thus', 230.71, 230.97), ('he', 230.97, 231.09),
    ('accept,', 231.09, 231.59), ('first,', 231.93, 232.53), ('that', 232.57, 232.81), ('he', 232.81, 232.91),
    ('was', 232.91, 233.15), ('long', 233.15, 233.35), ('and', 233.35, 233.61), ('out', 233.61, 233.73),
    ('in', 233.73, 233.99), ('the', 233.99, 234.15), ('origin', 234.15, 234.19), ('of', 234.19, 234.41),
    ('the', 234.41, 234.53), ("parade's", 234.53, 235.03), ('commission,', 235.03, 235.45), ('that', 236.07, 236.21),
    ('did', 236.21, 236.37), ('not', 236.37, 236.65), ('come', 236.65, 236.85), ('and', 236.85, 237.01),
    ('out', 237.01, 237.19), ('on', 237.19, 237.39), ('a', 237.39, 237.51), ('remote', 237.51, 237.73),
    ('and', 237.73, 237.99), ('rear,', 237.99, 238.43), ('pattern,', 238.59, 238.99), ("matter's", 239.57, 239.95),
    ('the', 239.95, 239.99), ('point.', 239.99, 240.41), ('Secondly,', 241.03, 241.35), ('he', 241.77, 241.83),
    ('was', 241.83, 242.07), ('long', 242.07, 242.33), ('to', 242.33, 242.51), ('link', 242.51, 242.77),
    ('the', 242.77, 243.03), ('quietest', 243.03, 243.63), ('summer', 243.63, 243.87), ('that', 243.87, 244.05),
    ('we', 244.05, 244.23), ('had', 244.23, 244.41), ('with', 244.41, 244.79), ('the', 244.79, 244.99),
    ("parade's", 244.99, 245.75), ('near', 245.75, 245.75), ('commission,', 245.75, 246.45), ('the', 246.87, 247.05),
    ('reason', 247.05, 247.39), ('why', 247.39, 247.75), ('we', 247.75, 248.01), ('had', 248.01, 248.19),
    ('a', 248.19, 248.35), ('quiet', 248.35, 248.71), ('summer', 248.71, 249.01), ('with', 249.01, 249.29),
    ("parade's", 249.29, 249.69), ('last', 249.69, 249.99), ('year', 249.99, 250.21), ('was', 250.21, 250.49),
    ('not', 250.49, 250.73), ('since', 250.73, 251.01), ('In', 251.01, 251.19), ('past', 251.19, 251.55),
    ('being', 251.55, 251.87), ('tamed', 251.87, 252.11), ('and', 252.11, 252.33), ('its', 252.33, 252.47),
    ('opposition', 252.47, 252.91), ('to', 252.91, 253.31), ('parade,', 253.31, 253.59), ('and', 253.67, 253.83),
    ("I'm", 253.83, 254.01), ('involved', 254.01, 254.21), ('in', 254.21, 254.51), ('my', 254.51, 254.59),
    ('parting', 254.59, 254.93), ('work', 254.93, 255.33), ('to', 255.33, 255.47), ('make', 255.47, 255.73),
    ('a', 255.73, 255.85), ('tap', 255.85, 256.05), ('-sypt,', 256.05, 256.39), ('the', 256.49, 256.61),
    ('rule', 256.61, 256.77), ('of', 256.77, 256.97), ('law', 256.97, 257.31), ('and', 257.31, 257.55),
    ('the', 257.55, 257.73), ('police.', 257.73, 258.45),
]


def test_an_unsaid_close_gives_way_to_the_next_members_opening_heard_in_a_row():
    timings = align(as_heard(HEARD_AN_UNSAID_CLOSE_THEN_AN_INTERVENTION), record(
        ("Eddie McGrady", MCGRADY_SECRET_DEALS), ("Sammy Wilson", WILSON_GIVING_WAY)))
    assert [t.status for t in timings] == ["matched", "matched"]
    assert timings[1].start == pytest.approx(220.86, abs=0.3)  # "I can come on, gentlemen, for ..."
    assert timings[0].end == pytest.approx(219.28, abs=0.3)   # "... another story altogether."


# ni-hard-s9 (tiny.en): "order" ends McNarry's point of order and opens the Speaker's reply.
SPEAKER_NO_FURTHER_POINTS = (
    "Order. I am taking no further points of order on the issue. The Consideration Stage of the Bill has not been "
    "moved. I ask the Member to take his seat. I am moving on. I have received notice from the Minister of Finance")
HEARD_A_POINT_OF_ORDER_THEN_THE_SPEAKER = [
    ('David', 3023.70, 3024.07), ('McCary.', 3024.07, 3025.45), ('Further', 3025.72, 3026.03),
    ('further', 3026.03, 3026.45), ('to', 3026.45, 3026.66), ('that', 3026.66, 3026.89), ('point', 3026.89, 3027.16),
    ('of', 3027.16, 3027.41), ('will', 3027.41, 3027.82), ('order.', 3027.82, 3028.61), ('Here,', 3029.09, 3029.22),
    ('here.', 3029.41, 3029.97), ('I', 3031.70, 3031.86), ('am', 3031.86, 3032.09), ('taking', 3032.09, 3032.59),
    ('taking', 3032.59, 3033.07), ('no', 3033.07, 3033.26), ('further', 3033.26, 3033.61),
    ('points', 3033.61, 3034.09), ('on', 3034.09, 3034.30), ('order', 3034.30, 3034.55), ('you', 3034.55, 3034.72),
    ('know', 3034.72, 3035.14), ('on', 3035.14, 3035.41), ('the', 3035.41, 3035.51), ('issue.', 3035.51, 3035.80),
    ('The', 3036.34, 3036.62), ('consideration', 3036.62, 3037.11), ('stage', 3037.11, 3037.68),
    ('on', 3037.68, 3037.86), ('the', 3037.86, 3038.07), ('bill', 3038.07, 3038.24), ('does', 3038.24, 3038.45),
    ('not', 3038.45, 3038.68), ('be', 3038.68, 3039.03), ('moved.', 3039.03, 3039.39), ('I', 3039.39, 3039.89),
    ('ask', 3039.89, 3040.51), ('the', 3040.51, 3040.84), ('member', 3040.84, 3041.09), ('to', 3041.09, 3041.32),
    ('take', 3041.32, 3041.62), ('his', 3041.62, 3041.91), ('seat.', 3041.91, 3042.16), ('I', 3042.57, 3042.64),
    ('have', 3042.64, 3042.95), ('received', 3042.95, 3043.30), ('notice', 3043.30, 3043.72),
    ('notice', 3043.72, 3044.14), ('from', 3044.14, 3044.47), ('the', 3044.47, 3044.66),
    ('Minister', 3044.66, 3044.95), ('of', 3044.95, 3045.20), ('Well,', 3045.20, 3045.68),
]


def test_a_word_the_close_and_the_next_opening_share_stays_with_the_close():
    timings = align(as_heard(HEARD_A_POINT_OF_ORDER_THEN_THE_SPEAKER), record(
        ("David McNarry", "Further to that point of order —"), ("Mr Speaker", SPEAKER_NO_FURTHER_POINTS)))
    assert timings[0].start == pytest.approx(3025.72, abs=0.3)
    assert timings[1].start == pytest.approx(3031.70, abs=0.3)  # not "order." at 3027.82


# heldout16/defra-skip18-hard-s1602 (tiny.en): the chair's call of Hilary Benn heard as
# "Here were in men.", his opening as "I'm going to have to go to the beach and
# publish.", and his aside "I am grateful to my honorable friend for that." paired
# "hon." of "the hon. Gentleman refers": the start went to the aside, 4.6 s late.
WILLIAMS_UNPUBLISHED = (
    "I thank the Secretary of State for that, but can I ask whether he has received any as yet unpublished reports "
    "that would help the TB eradication group develop better policies that would assist in reducing the levels of TB "
    "in cattle and in badgers? If there are any unpublished reports, can he make them available to the House?")
BENN_PEER_REVIEW = (
    "I do not know to which unpublished reports the hon. Gentleman refers. If he is talking about scientific "
    "research, that has to go through a peer review process and be published. One of the things that the "
    "eradication group is doing is keeping a close eye on unfolding scientific information—that is part of its "
    "remit and it referred to that in the report that was recently put out.")
HEARD_A_CALL_READ_ONLY_BY_LIKENESS = [
    ('I', 424.80, 425.00), ('think', 425.00, 425.26), ('the', 425.26, 425.46), ('secret', 425.46, 425.74),
    ('reinstate', 425.74, 426.36), ('for', 426.36, 426.62), ('that', 426.62, 426.94), ('but', 426.94, 427.24),
    ('can', 427.24, 427.40), ('I', 427.40, 427.54), ('ask', 427.54, 427.66), ('where', 427.66, 427.84),
    ('that', 427.84, 427.98), ('he', 427.98, 428.10), ('has', 428.10, 428.34), ('received', 428.34, 428.62),
    ('in', 428.62, 428.80), ('his', 428.80, 429.00), ('head', 429.00, 429.18), ('to', 429.18, 429.34),
    ('publish', 429.34, 429.62), ('reports', 429.62, 430.08), ('that', 430.08, 430.40), ('would', 430.40, 430.64),
    ('fail', 430.64, 430.90), ('the', 430.90, 431.14), ('TV', 431.14, 431.38), ('navigation', 431.38, 431.84),
    ('group', 431.84, 432.32), ('develop', 432.32, 432.66), ("I'm", 432.66, 433.00), ('going', 433.00, 433.00),
    ('to', 433.00, 433.00), ('be', 433.00, 433.00), ('able', 433.00, 433.00), ('to', 433.00, 433.00),
    ('see', 433.00, 433.40), ('that', 433.40, 433.64), ("we'll", 433.64, 433.92), ('be', 433.92, 434.18),
    ('reducing', 434.18, 434.62), ('the', 434.62, 434.96), ('levels', 434.96, 435.26), ('of', 435.26, 435.54),
    ('deviating', 435.54, 435.92), ('cattle', 435.92, 436.24), ('and', 436.24, 436.60), ('in', 436.60, 436.76),
    ('batches', 436.76, 437.12), ('if', 437.12, 437.56), ('if', 437.56, 437.74), ("they're", 437.74, 437.86),
    ('already', 437.86, 438.06), ('unpublished', 438.06, 438.48), ('or', 438.48, 438.98),
    ('reports', 438.98, 439.56), ('can', 439.56, 439.98), ('be', 439.98, 440.14), ('made', 440.14, 440.32),
    ('available', 440.32, 440.80), ('to', 440.80, 441.10), ('the', 441.10, 441.24), ('house.', 441.24, 441.66),
    ('Here', 444.38, 444.54), ("we're", 444.54, 444.70), ('in', 444.70, 444.82), ('men.', 444.82, 445.26),
    ("I'm", 445.50, 445.68), ('going', 445.68, 445.76), ('to', 445.76, 445.92), ('have', 445.92, 445.92),
    ('to', 445.92, 445.94), ('go', 445.94, 446.12), ('to', 446.12, 446.34), ('the', 446.34, 446.42),
    ('beach', 446.42, 446.54), ('and', 446.54, 446.70), ('publish.', 446.70, 446.88), ('I', 446.97, 447.49),
    ('am', 447.49, 448.01), ('grateful', 448.01, 450.45), ('to', 450.45, 450.75), ('my', 450.75, 450.89),
    ('honorable', 450.89, 451.13), ('friend', 451.13, 451.63), ('for', 451.63, 451.85), ('that.', 451.85, 452.37),
    ('If', 452.59, 452.65), ('he', 452.65, 452.77), ('is', 452.77, 452.95), ('talking', 452.95, 453.23),
    ('about', 453.23, 453.61), ('scientific', 453.61, 454.15), ('research,', 454.15, 454.69),
    ('that', 455.15, 455.15), ('has', 455.15, 455.35), ('to', 455.35, 455.51), ('do', 455.51, 455.69),
    ('a', 455.69, 455.87), ('very', 455.87, 456.07), ('new', 456.07, 456.45), ('process', 456.45, 456.85),
    ('and', 456.85, 457.19), ('be', 457.19, 457.39), ('published.', 457.39, 457.75),
]


def test_a_call_read_by_likeness_right_after_the_speech_before_starts_the_next():
    timings = align(as_heard(HEARD_A_CALL_READ_ONLY_BY_LIKENESS), record(
        ("Roger Williams", WILLIAMS_UNPUBLISHED), ("Hilary Benn", BENN_PEER_REVIEW)))
    assert timings[0].start == pytest.approx(424.80, abs=0.3)
    assert timings[1].start == pytest.approx(445.50, abs=0.3)  # "I'm going to have to go"


# heldout/lords-aviation-hard-s106 (tiny.en): the presenter's "Later, we will have ..."
# reads 0.6 like "Lord Tyler", 7 s before his question.
TYLER_CABIN_AIR = (
    "To ask Her Majesty's Government whether they have evaluated the improvement in health and safety of the "
    "addition of the Quest AirManager system to prevent contamination of cabin air in BAe 146 and Boeing 747 "
    "aircraft.")
FAULKNER_CABIN_AIR = (
    "My Lords, the Government understand that the European Aviation Safety Agency has certified this product as "
    "safe to use. We shall be interested to hear the experiences of airlines which buy it. Meanwhile, our research "
    "is making progress, led by Cranfield University, to ascertain what substances, and in what concentrations, may "
    "be in cabin air during fume events.")
HEARD_THE_PRESENTER_BEFORE_A_LORDS_QUESTION = [
    ('Good', 7.60, 8.26), ('morning,', 8.26, 8.56), ('and', 8.74, 8.96), ('welcome', 8.96, 9.36), ('to', 9.36, 9.60),
    ('live', 9.60, 9.86), ('coverage', 9.86, 10.20), ('from', 10.20, 10.62), ('the', 10.62, 10.78),
    ('House', 10.78, 11.00), ('of', 11.00, 11.26), ('Commons.', 11.26, 11.64), ('Questions', 12.04, 12.46),
    ('are', 12.46, 12.72), ('about', 12.72, 13.08), ('to', 13.08, 13.30), ('begin,', 13.30, 13.62),
    ('and', 13.80, 14.10), ('we', 14.10, 14.20), ('will', 14.20, 14.40), ('be', 14.40, 14.62),
    ('following', 14.62, 14.94), ('them', 14.94, 15.32), ('here.', 15.32, 15.98), ('Later,', 16.56, 16.78),
    ('we', 16.90, 16.90), ('will', 16.90, 17.16), ('have', 17.16, 17.40), ('the', 17.40, 17.58),
    ('main', 17.58, 17.80), ('debate', 17.80, 18.14), ('of', 18.14, 18.36), ('the', 18.36, 18.54),
    ('day,', 18.54, 18.90), ('and', 19.08, 19.20), ('round', 19.20, 19.46), ('up', 19.46, 19.68),
    ('of', 19.68, 19.86), ('the', 19.86, 19.96), ('news', 19.96, 20.18), ('from', 20.18, 20.50),
    ('committees.', 20.50, 20.88), ('To', 23.88, 24.06), ('ask', 24.06, 24.28), ('a', 24.28, 24.48),
    ("Majesty's", 24.48, 25.10), ('government,', 25.10, 25.42), ('whether', 25.62, 25.96), ('having', 25.96, 26.26),
    ('violated', 26.26, 26.70), ('the', 26.70, 27.12), ('improvement', 27.12, 27.48), ('in', 27.48, 27.82),
    ('health', 27.82, 28.14), ('and', 28.14, 28.46), ('safety', 28.46, 28.82), ('of', 28.82, 29.04),
    ('the', 29.04, 29.32), ('addition', 29.32, 29.46), ('the', 29.46, 29.82), ('Western', 29.82, 30.30),
    ('manages', 30.30, 30.68), ('system', 30.68, 31.14), ('to', 31.14, 31.36), ('prevent', 31.36, 31.80),
    ('contamination', 31.80, 32.40), ('of', 32.40, 32.86), ('cabinering', 32.86, 33.38), ('B', 33.38, 33.68),
    ('-1', 33.68, 33.82), ('-1', 33.82, 34.00), ('-4', 34.00, 34.50), ('-T6', 34.50, 35.00), ('-0', 35.00, 35.46),
    ('and', 35.46, 35.84), ('Boeing', 35.84, 36.16), ('7', 36.16, 36.52), ('-1', 36.52, 36.70), ('-1', 36.70, 36.88),
    ('-1', 36.88, 37.00), ('-4', 37.00, 37.22), ('-T7', 37.22, 37.68), ('aircraft.', 37.68, 38.26),
    ('the', 39.70, 39.72), ('Lord', 39.72, 40.16), ('Faulkner', 40.16, 40.54), ('of', 40.54, 40.80),
    ('Worcester.', 40.80, 41.32), ('My', 41.90, 42.06), ('Lord,', 42.06, 42.42), ('the', 42.72, 42.86),
    ('mayor,', 42.86, 43.34), ('government', 43.60, 43.78), ('understand', 43.78, 44.36), ('that', 44.36, 44.86),
    ('the', 44.86, 45.00), ('European', 45.00, 45.36), ('innovation', 45.36, 45.88), ('safety', 45.88, 46.40),
    ('agency', 46.40, 46.86), ('has', 46.86, 47.18), ('certified', 47.18, 47.56), ('this', 47.56, 48.02),
    ('product', 48.02, 48.38), ('as', 48.38, 48.72), ('safe', 48.72, 48.92), ('to', 48.92, 49.14),
    ('use.', 49.14, 49.56), ('If', 49.94, 49.94), ('I', 49.94, 50.12), ('may', 50.12, 50.32), ('say', 50.32, 50.54),
    ('so,', 50.54, 50.96), ('we', 51.28, 51.44), ('shall', 51.44, 51.66), ('be', 51.66, 52.06),
    ('interested', 52.06, 52.22), ('to', 52.22, 52.60), ('hear', 52.60, 52.82), ('the', 52.82, 53.06),
    ('experiences', 53.06, 53.52), ('of', 53.52, 53.84), ('airlines', 53.84, 54.20), ('which', 54.20, 54.74),
    ('I', 54.74, 54.92), ('had.', 54.92, 55.34), ('Meanwhile,', 55.56, 56.02), ('our', 56.48, 56.48),
    ('researchers', 56.48, 56.88), ('make', 56.88, 57.24), ('an', 57.24, 57.44), ('progress', 57.44, 57.88),
    ('led', 57.88, 58.38), ('by', 58.38, 58.66), ('grant', 58.66, 58.86), ('field', 58.86, 59.14),
    ('university', 59.14, 59.70), ('to', 59.70, 60.32), ('ascertain', 60.32, 60.76), ('what', 60.76, 61.10),
    ('substances', 61.10, 61.62), ('and', 61.62, 62.24),
]


def test_presenter_words_read_like_a_name_are_not_the_call_when_others_came_before():
    timings = align(as_heard(HEARD_THE_PRESENTER_BEFORE_A_LORDS_QUESTION), record(
        ("Lord Tyler", TYLER_CABIN_AIR), ("Lord Faulkner of Worcester", FAULKNER_CABIN_AIR)))
    assert timings[0].start == pytest.approx(23.88, abs=0.3)  # "To ask a Majesty's government"


# heldout17/ni-skip25-hard-s1705 (tiny.en): Farry's "We will declare a ceasefire on that
# for now." heard whole after the presenter's "we will be following them here": the
# pairing from the presenter's "we will" pairs as many words and was taken (9.7 s early).
WILSON_WE_WILL = (
    "We will, but I am sure that we will return to it at some stage. Dr Farry also raised the issue of business "
    "rates relief, with which he disagrees. I know that the issue is popular with the Federation of Small "
    "Businesses, the Northern Ireland Independent Retail Trade Association (NIIRTA) and many others.")
HEARD_THE_PRESENTER_THEN_A_SHORT_SPEECH = [
    ('Good', 7.82, 8.44), ('morning,', 8.44, 8.76), ('and', 9.14, 9.14), ('welcome', 9.14, 9.54), ('to', 9.54, 9.78),
    ('live', 9.78, 10.04), ('coverage', 10.04, 10.36), ('from', 10.36, 10.82), ('the', 10.82, 10.98),
    ('House', 10.98, 11.18), ('of', 11.18, 11.46), ('Commons.', 11.46, 11.92), ('Questions', 12.90, 13.04),
    ('are', 13.04, 13.32), ('about', 13.32, 13.68), ('to', 13.68, 13.90), ('begin,', 13.90, 14.22),
    ('and', 14.40, 14.68), ('we', 14.68, 14.82), ('will', 14.82, 15.02), ('be', 15.02, 15.22),
    ('following', 15.22, 15.56), ('them', 15.56, 15.94), ('here.', 15.94, 16.48), ('Later', 16.96, 17.14),
    ('we', 17.14, 17.30), ('will', 17.30, 17.56), ('have', 17.56, 17.76), ('the', 17.76, 17.92),
    ('main', 17.92, 18.16), ('debate', 18.16, 18.52), ('of', 18.52, 18.72), ('the', 18.72, 18.92),
    ('day,', 18.92, 19.26), ('and', 19.44, 19.56), ('round', 19.56, 19.84), ('up', 19.84, 20.06),
    ('of', 20.06, 20.20), ('the', 20.20, 20.32), ('news', 20.32, 20.56), ('from', 20.56, 20.88),
    ('committees.', 20.88, 21.24), ('We', 24.43, 24.53), ('will', 24.53, 24.79), ('declare', 24.79, 25.09),
    ('a', 25.09, 25.29), ('cease', 25.29, 25.49), ('-fire', 25.49, 25.67), ('on', 25.67, 25.85),
    ('that', 25.85, 26.09), ('for', 26.09, 26.29), ('now.', 26.29, 26.89), ('Sammy', 28.99, 29.31),
    ('Wilson.', 29.31, 29.85), ('Dr.', 30.85, 31.13), ('Farry', 31.31, 31.47), ('Farry', 31.47, 31.73),
    ('also', 31.73, 32.13), ('is', 32.13, 32.61), ('the', 32.61, 32.71), ('issuer', 32.71, 33.15),
    ('of', 33.15, 33.75), ('business', 33.75, 34.13), ('relief,', 34.13, 34.91), ('with', 35.31, 35.37),
    ('which', 35.37, 35.67), ('he', 35.67, 35.93), ('disagrees.', 35.93, 36.37), ('I', 36.37, 36.97),
    ('know', 36.97, 37.29), ('that', 37.29, 37.51), ('the', 37.51, 37.67), ('issue', 37.67, 37.85),
    ('is', 37.85, 38.15), ('popular', 38.15, 38.53), ('with', 38.53, 38.93), ('the', 38.93, 39.11),
    ('Federation', 39.11, 39.51), ('on', 39.51, 39.81), ('Small', 39.81, 40.21), ('Businesses,', 40.21, 41.03),
    ('the', 41.19, 41.29), ('Northern', 41.29, 41.61), ('Ireland', 41.61, 42.01), ('Independent', 42.01, 42.67),
    ('Retail', 42.67, 43.23), ('Trade', 43.23, 43.63), ('Association,', 43.63, 44.27), ('Neater', 44.65, 44.93),
    ('and', 44.93, 45.37),
]


def test_a_short_speech_heard_whole_after_the_presenter_said_its_first_words():
    timings = align(as_heard(HEARD_THE_PRESENTER_THEN_A_SHORT_SPEECH), record(
        ("Stephen Farry", "We will declare a ceasefire on that for now."), ("Sammy Wilson", WILSON_WE_WILL)))
    assert timings[0].start == pytest.approx(24.43, abs=0.3)


# heldout17/lords-skip55-hard-s1703 (tiny.en): the sitting opens with the presenter, then
# "Noble Lords. Ah!" (the call, then "Ha!" heard as "Ah!"), then Lord Mitchell.
MITCHELL_START_AGAIN = (
    "I shall start again. The Minister said that the alcohol industry would have labelling on all bottles, on a "
    "voluntary basis, on the danger of drinking while pregnant. The year 2008 has come and gone, and we now hear "
    "that wine is stronger. Will this be made mandatory?")
HEARD_THE_PRESENTER_THEN_A_CALLED_SHORT_SPEECH = [
    ('Good', 6.64, 7.22), ('morning,', 7.22, 7.56), ('and', 7.90, 7.96), ('welcome', 7.96, 8.34), ('to', 8.34, 8.60),
    ('live', 8.60, 8.86), ('coverage', 8.86, 9.18), ('from', 9.18, 9.62), ('the', 9.62, 9.78),
    ('House', 9.78, 10.00), ('of', 10.00, 10.28), ('Commons.', 10.28, 10.76), ('Questions', 11.68, 11.86),
    ('are', 11.86, 12.16), ('about', 12.16, 12.48), ('to', 12.48, 12.72), ('begin,', 12.72, 13.02),
    ('and', 13.24, 13.50), ('we', 13.50, 13.60), ('will', 13.60, 13.84), ('be', 13.84, 14.04),
    ('following', 14.04, 14.36), ('them', 14.36, 14.74), ('here.', 14.74, 15.20), ('Later', 15.64, 15.80),
    ('we', 15.80, 15.96), ('will', 15.96, 16.22), ('have', 16.22, 16.42), ('the', 16.42, 16.60),
    ('main', 16.60, 16.84), ('debate', 16.84, 17.18), ('of', 17.18, 17.40), ('the', 17.40, 17.58),
    ('day,', 17.58, 17.94), ('and', 18.14, 18.24), ('round', 18.24, 18.50), ('up', 18.50, 18.70),
    ('of', 18.70, 18.88), ('the', 18.88, 19.00), ('news', 19.00, 19.22), ('from', 19.22, 19.54),
    ('committees.', 19.54, 19.92), ('Noble', 23.35, 23.91), ('Lords', 23.91, 24.47), ('Ah!', 24.47, 25.17),
    ('I', 26.43, 26.57), ('shall', 26.57, 26.77), ('start', 26.77, 27.07), ('again.', 27.07, 27.49),
    ('The', 28.01, 28.11), ('minister', 28.11, 28.31), ('said', 28.31, 28.73), ('that', 28.73, 29.01),
    ('the', 29.01, 29.01), ('alcohol', 29.01, 29.35), ('industry', 29.35, 29.75), ('would', 29.75, 30.09),
    ('have', 30.09, 30.29), ('labeled', 30.29, 30.53), ('in', 30.53, 30.73), ('all', 30.73, 30.97),
    ('parties,', 30.97, 31.37), ('on', 31.77, 31.79), ('a', 31.79, 31.81), ('voluntary', 31.81, 32.17),
    ('basis,', 32.17, 32.77), ('Under', 32.77, 33.09), ('then,', 33.09, 33.35), ('our', 33.49, 33.57),
    ('drinking', 33.57, 33.91), ('while', 33.91, 34.29), ('pregnant,', 34.29, 34.77), ('the', 35.15, 35.17),
    ('year', 35.17, 35.39), ('2000', 35.39, 35.71), ('and', 35.71, 36.03), ('it', 36.03, 36.17),
    ('has', 36.17, 36.39), ('come', 36.39, 36.71), ('and', 36.71, 36.97), ('gone,', 36.97, 37.37),
    ('and', 37.51, 37.55), ('we', 37.55, 37.75), ('hope', 37.75, 37.93), ('that', 37.93, 38.25),
    ('wine', 38.25, 38.49), ('is', 38.49, 38.75), ('stronger.', 38.75, 39.25), ("We'll", 39.73, 39.87),
    ('be', 39.87, 39.99), ('seeing', 39.99, 40.21), ('it', 40.21, 40.49), ('mandatory.', 40.49, 40.85),
]


def test_a_short_speech_heard_wrong_after_its_call_before_the_first_placed_speech():
    timings = align(as_heard(HEARD_THE_PRESENTER_THEN_A_CALLED_SHORT_SPEECH), record(
        ("Noble Lords", "Ha!"), ("Lord Mitchell", MITCHELL_START_AGAIN)))
    assert timings[0].status == "matched"
    assert timings[0].start == pytest.approx(24.47, abs=0.3)  # "Ah!", not Mitchell's "I" at 26.43
    assert timings[1].start == pytest.approx(26.43, abs=0.3)


# Communities and Local Government questions, 27 October 2009 (heldout18
# clg-skip60-hard-s1801), as tiny.en heard it: the chair called Nicholas Winterton, who
# said "Number ten, Mr Speaker." at 388.23 s, heard as "Nom-matin, mistas-gika."; the
# House said "Here, here", the Minister's answer went unsaid, and the chair called him
# again for his supplementary.
HEALEY_CLOSE = ("It should encourage housing associations in the area to build more homes; and it should be "
                "ready to give the go-ahead to sensible developments that will lead to the sort of homes that "
                "people need in my hon. Friend's area and to house building that can bring jobs for the people "
                "she was talking to at her local college.")
WINTERTON_TEN = Speech("q10", "Nicholas Winterton", "If he will undertake an impact assessment of the 2010 "
                       "business rates revaluation.", oral_qnum="10")
FOLLETT_UNSAID = ("As regular revaluations of the business rate system are required by statute, no impact "
                  "assessment for 2010 is necessary. However, an impact assessment of the proposed 2010-11 "
                  "transitional relief scheme, which caps revaluation increases at 5 per cent. for small "
                  "properties and 12.5 per cent. for larger ones, was published on 8 July.")
WINTERTON_AGAIN = ("With next year's revaluation set to hit smaller businesses disproportionately, not least "
                   "because of the severe recession and debt problems, does the Minister, who I wish well in her "
                   "new responsibilities, agree that it would be sensible, pragmatic and right to make small "
                   "business rate relief automatic to every eligible firm?")
FOLLETT_SAID = "I share the hon. Gentleman's concern about small businesses."
HEARD_NUMBER_TEN = [
    ("and", 370.35, 370.63), ("it", 370.63, 370.83), ("should", 370.83, 371.07), ("be", 371.07, 371.29),
    ("ready", 371.29, 371.53), ("to", 371.53, 371.69), ("give", 371.69, 372.01), ("the", 372.01, 372.21),
    ("go", 372.21, 372.37), ("ahead", 372.37, 372.69), ("to", 372.69, 373.09), ("sensible", 373.09, 373.45),
    ("development", 373.45, 374.07), ("that", 374.07, 374.61), ("will", 374.61, 374.89), ("lead", 374.89, 375.15),
    ("to", 375.15, 375.33), ("the", 375.33, 375.53), ("sort", 375.53, 375.75), ("of", 375.75, 376.01),
    ("thumbs", 376.01, 376.33), ("that", 376.33, 376.71), ("people", 376.71, 377.01), ("need", 377.01, 377.31),
    ("in", 377.31, 377.49), ("my", 377.49, 377.71), ("own,", 377.71, 378.23), ("friend", 378.55, 378.83),
    ("area", 378.83, 379.19), ("and", 379.19, 379.63), ("to", 379.63, 379.83), ("house", 379.83, 380.11),
    ("building", 380.11, 380.51), ("that", 380.51, 380.85), ("can", 380.85, 381.11), ("bring", 381.11, 381.41),
    ("jobs", 381.41, 381.79), ("for", 381.79, 381.97), ("the", 381.97, 382.13), ("people", 382.13, 382.47),
    ("she", 382.47, 382.69), ("was", 382.69, 382.95), ("talking", 382.95, 383.39), ("to", 383.39, 383.71),
    ("at", 383.71, 383.85), ("her", 383.85, 384.01), ("local", 384.01, 384.35), ("college.", 384.35, 384.67),
    ("Nika", 385.81, 386.41), ("-la", 386.41, 386.63), ("-swin", 386.63, 386.95), ("-turtan", 386.95, 388.25),
    ("Nom", 388.25, 388.51), ("-matin,", 388.51, 388.97), ("mistas", 389.27, 389.59), ("-gika", 389.59, 390.41),
    ("Here,", 390.41, 390.73), ("here,", 390.87, 391.63), ("here", 391.63, 392.83), ("Nika", 392.83, 393.09),
    ("-la", 393.09, 393.25), ("-swin", 393.25, 393.59), ("-turtan", 393.59, 394.63), ("With", 394.63, 394.91),
    ("next", 394.91, 395.21), ("year's", 395.21, 395.85), ("remaguation", 395.85, 396.47), ("set", 396.47, 396.89),
    ("to", 396.89, 397.03), ("hit", 397.03, 397.27), ("small", 397.27, 397.51), ("amines", 397.51, 397.81),
    ("in", 397.81, 398.13), ("this", 398.13, 398.35), ("proportionately,", 398.35, 399.27),
    ("not", 399.35, 399.53), ("least", 399.53, 399.83), ("because", 399.83, 400.19), ("of", 400.19, 400.43),
    ("the", 400.43, 400.59), ("severe", 400.59, 400.81), ("recession", 400.81, 401.25), ("and", 401.25, 401.69),
    ("debt", 401.69, 401.99), ("problems,", 401.99, 402.39), ("not", 402.83, 402.89), ("the", 402.89, 403.13),
    ("mines", 403.13, 403.33), ("to", 403.33, 403.61), ("language", 403.61, 404.11), ("-wailing", 404.11, 404.45),
    ("for", 404.45, 404.75), ("new", 404.75, 404.95), ("responsibilities", 404.95, 405.53),
    ("and", 405.53, 406.25), ("re", 406.25, 406.43), ("-or", 406.43, 406.71), ("that", 406.71, 406.97),
    ("it", 406.97, 407.11), ("would", 407.11, 407.31), ("be", 407.31, 407.55), ("sensible,", 407.55, 408.03),
    ("pragmatic", 408.61, 408.73), ("and", 408.73, 409.07), ("right", 409.07, 409.31), ("to", 409.31, 409.49),
    ("make", 409.49, 409.75), ("small", 409.75, 410.07), ("business", 410.07, 410.41), ("-rate", 410.41, 410.67),
    ("-relief", 410.67, 410.97), ("automatic", 410.97, 411.53), ("to", 411.53, 411.93), ("every", 411.93, 412.05),
    ("heli", 412.05, 412.25), ("-jabel", 412.25, 412.51), ("form,", 412.51, 413.53), ("mama", 413.81, 414.05),
    ("refollet.", 414.05, 415.43), ("I", 415.93, 415.93), ("shall", 415.93, 416.23), ("be", 416.23, 416.45),
    ("on", 416.45, 416.99), ("gentlemen's", 416.99, 417.95), ("concern", 417.95, 418.21),
    ("about", 418.21, 418.55), ("your", 418.55, 418.87), ("know,", 418.87, 419.33), ("small", 419.49, 419.89),
    ("businesses,", 419.89, 420.45),
]


def test_a_question_heard_wrong_after_its_call_is_placed_though_the_answer_went_unsaid():
    timings = align(as_heard(HEARD_NUMBER_TEN), record(
        ("John Healey", HEALEY_CLOSE), WINTERTON_TEN, ("Barbara Follett", FOLLETT_UNSAID),
        ("Nicholas Winterton", WINTERTON_AGAIN), ("Barbara Follett", FOLLETT_SAID)))
    assert [t.status for t in timings] == ["matched", "matched", "missing", "matched", "matched"]
    assert timings[1].start == pytest.approx(388.25, abs=0.01)  # "Nom", after the first call
    assert timings[3].start == pytest.approx(394.63, abs=0.01)  # "With", after the second


# Lords questions, 27 October 2009 (heldout18 lords-skip30-hard-s1803), as tiny.en heard
# it: after the presenter, Lord Rotherwick dropped his first two sentences and began
# "She goes on to mention" at 23.62 s. The presenter's "the main debate of the day, and
# round up of the news" paired "the ... of the" and "the" of those sentences.
ROTHERWICK = ("My Lords, is the Minister aware that Professor Helen Muir, who is responsible for the research of "
              "the Cranfield project, said last year in a magazine called Flight International that such fume "
              "events have occurred in the research? She goes on to mention, \"a wide range of volatile and "
              "semi-volatile organic compounds including benzene\", and finishes by saying, \"including "
              "organophosphates\". We know that organophosphates are extremely dangerous; Gulf War syndrome is "
              "one example of that, and we have seen shepherds affected by dipping their sheep. So why are the "
              "Government dithering when the health of tens of thousands of people is continually being "
              "affected by these events on commercial airlines?")
FAULKNER = ("The noble Lord, Lord Rotherwick, almost answered his own question by referring to the work that "
            "Professor Helen Muir is undertaking at Cranfield. She is an experienced and well respected expert on "
            "aviation safety.")
HEARD_AFTER_THE_PRESENTER = [
    ("Good", 6.06, 6.66), ("morning,", 6.66, 6.98), ("and", 7.32, 7.38), ("welcome", 7.38, 7.80),
    ("to", 7.80, 8.02), ("live", 8.02, 8.26), ("coverage", 8.26, 8.62), ("from", 8.62, 9.06), ("the", 9.06, 9.20),
    ("House", 9.20, 9.42), ("of", 9.42, 9.70), ("Commons.", 9.70, 10.14), ("Questions", 11.06, 11.20),
    ("are", 11.20, 11.50), ("about", 11.50, 11.84), ("to", 11.84, 12.02), ("begin,", 12.02, 12.40),
    ("and", 12.58, 12.84), ("we", 12.84, 12.98), ("will", 12.98, 13.18), ("be", 13.18, 13.38),
    ("following", 13.38, 13.72), ("them", 13.72, 14.10), ("here.", 14.10, 14.64), ("Later", 15.14, 15.32),
    ("we", 15.32, 15.48), ("will", 15.48, 15.72), ("have", 15.72, 15.94), ("the", 15.94, 16.10),
    ("main", 16.10, 16.34), ("debate", 16.34, 16.70), ("of", 16.70, 16.90), ("the", 16.90, 17.10),
    ("day,", 17.10, 17.46), ("and", 17.66, 17.76), ("round", 17.76, 18.02), ("up", 18.02, 18.22),
    ("of", 18.22, 18.40), ("the", 18.40, 18.52), ("news", 18.52, 18.74), ("from", 18.74, 19.04),
    ("committees.", 19.04, 19.42), ("She", 23.71, 23.87), ("goes", 23.87, 24.05), ("on", 24.05, 24.31),
    ("to", 24.31, 24.51), ("mention,", 24.51, 25.01), ("a", 25.59, 25.59), ("wide", 25.59, 25.79),
    ("range", 25.79, 26.15), ("of", 26.15, 26.41), ("volatile", 26.41, 26.81), ("and", 26.81, 27.35),
    ("semi", 27.35, 27.67), ("-volatile", 27.67, 28.15), ("organic", 28.15, 28.75), ("compounds,", 28.75, 29.31),
    ("including", 29.45, 29.97), ("benzene,", 29.97, 30.79), ("and", 30.99, 31.13), ("finishes", 31.13, 31.51),
    ("ice", 31.51, 31.91), ("air,", 31.91, 32.17), ("and", 32.59, 32.75), ("including", 32.75, 33.13),
    ("organic", 33.13, 33.57), ("forests.", 33.57, 34.05), ("We", 34.05, 34.71), ("know", 34.71, 35.09),
    ("that", 35.09, 35.33), ("although", 35.33, 35.65), ("far", 35.65, 36.01), ("-spits", 36.01, 36.25),
    ("are", 36.25, 36.49), ("extremely", 36.49, 37.03), ("dangerous,", 37.03, 37.79), ("Gulf", 38.29, 38.47),
    ("was", 38.47, 38.85), ("in", 38.85, 39.03), ("the", 39.03, 39.29), ("well,", 39.29, 39.73),
    ("as", 40.01, 40.13), ("well", 40.13, 40.35), ("example", 40.35, 40.95), ("of", 40.95, 41.31),
    ("heart,", 41.31, 41.75), ("and", 41.89, 42.03), ("we", 42.03, 42.17), ("have", 42.17, 42.43),
    ("seen", 42.43, 42.71), ("shepherds", 42.71, 43.27), ("affected", 43.27, 43.69), ("by", 43.69, 44.07),
    ("the", 44.07, 44.17), ("beneath", 44.17, 44.51), ("sheep,", 44.51, 45.13), ("so", 45.21, 45.35),
    ("by", 45.35, 45.61), ("the", 45.61, 45.85), ("government", 45.85, 46.19), ("delivering", 46.19, 46.79),
    ("when", 46.79, 47.15), ("the", 47.15, 47.33), ("health", 47.33, 47.61), ("of", 47.61, 47.89),
    ("tens", 47.89, 48.17), ("and", 48.17, 48.37), ("thousands", 48.37, 48.91), ("of", 48.91, 49.23),
    ("people", 49.23, 49.43), ("is", 49.43, 49.75), ("continually", 49.75, 50.25), ("affected", 50.25, 50.93),
    ("by", 50.93, 51.41), ("the", 51.41, 51.59), ("seven", 51.59, 51.89), ("-son", 51.89, 52.31),
    ("commercial", 52.31, 52.79), ("airlines,", 52.79, 53.35), ("and", 53.67, 53.95), ("I", 53.95, 54.07),
    ("will", 54.07, 54.33), ("come", 54.33, 54.61), ("to", 54.61, 54.79), ("that", 54.79, 54.97),
    ("in", 54.97, 55.07), ("a", 55.07, 55.17), ("moment.", 55.17, 56.01), ("Lord", 57.53, 57.87),
    ("Forkner", 57.87, 58.29), ("of", 58.29, 58.61), ("Worcester,", 58.61, 59.09), ("the", 59.95, 59.97),
    ("noble", 59.97, 60.29), ("noble", 60.29, 60.67), ("Lord,", 60.67, 61.27), ("Lord", 61.27, 61.63),
    ("rather", 61.63, 61.99), ("weak,", 61.99, 62.43), ("almost", 62.45, 62.81), ("answered", 62.81, 63.27),
    ("his", 63.27, 63.55), ("own", 63.55, 63.99), ("question", 63.99, 64.31), ("by", 64.31, 64.61),
    ("referring", 64.61, 64.93), ("to", 64.93, 65.19), ("the", 65.19, 65.47), ("work", 65.47, 65.55),
    ("that", 65.55, 65.93), ("Professor", 65.93, 66.33), ("Helen", 66.33, 66.65), ("you", 66.65, 66.89),
    ("know,", 66.89, 67.31), ("you're", 67.39, 67.71), ("undertaking", 67.71, 68.19), ("at", 68.19, 68.73),
    ("grand", 68.73, 69.11), ("field.", 69.11, 69.35), ("She", 69.73, 69.89), ("is", 69.89, 70.03),
    ("an", 70.03, 70.13), ("experienced", 70.13, 70.69), ("and", 70.69, 71.19), ("well", 71.19, 71.49),
    ("-respected", 71.49, 71.91), ("expert", 71.91, 72.47), ("on", 72.47, 72.77), ("aviation", 72.77, 73.11),
    ("safety.", 73.11, 73.81),
]


def test_the_presenters_words_before_a_silence_are_not_a_dropped_opening():
    timings = align(as_heard(HEARD_AFTER_THE_PRESENTER), record(
        ("Lord Rotherwick", ROTHERWICK), ("Lord Faulkner of Worcester", FAULKNER)))
    assert timings[0].start == pytest.approx(23.71, abs=0.01)  # "She goes on to mention"
    assert timings[1].start == pytest.approx(59.95, abs=0.3)


# Business questions, 29 October 2009 (benchmark business-hard-s31, transcribed again),
# as tiny.en heard it: Harriet Harman dropped "The business for the week commencing 2
# November will be: Monday 2 November—..." and began "Tuesday 3 November" at 26.08 s,
# after the House's "Here, here, here, here." that followed George Young's question.
YOUNG = "May I ask the Leader of the House to give us the business for next week?"
HARMAN = ("The business for the week commencing 2 November will be: Monday 2 November—Remaining stages of the "
          "Perpetuities and Accumulations Bill [ Lords], followed by a general debate on tackling antisocial "
          "behaviour. Tuesday 3 November—Consideration in Committee of the Constitutional Reform and Governance "
          "Bill (day 1). Wednesday 4 November—Further consideration in Committee of the Constitutional Reform "
          "and Governance Bill (day 2). Thursday 5 November—General debate on climate change: preparation for "
          "the climate change conference at Copenhagen. The provisional business for the week commencing 9 "
          "November will include: Monday 9 November—Consideration of Lords amendments to the Coroners and "
          "Justice Bill, followed by, if necessary, consideration of Lords amendments. Tuesday 10 November—If "
          "necessary, consideration of Lords amendments, followed by consideration of Lords amendments to the "
          "Welfare Reform Bill, followed by consideration of Lords amendments to the Health Bill [ Lords], "
          "followed by, if necessary, consideration of Lords amendments. Wednesday 11 November—Consideration of "
          "Lords amendments to the Apprenticeships, Skills, Children and Learning Bill, followed by, if "
          "necessary, consideration of Lords amendments. Colleagues will wish to be reminded that the House "
          "will meet at 2.30 pm on that day. Thursday 12 November—Consideration of Lords amendments to the "
          "Policing and Crime Bill, followed by, if necessary, consideration of Lords amendments. The House is "
          "expected to prorogue at the end of business on Thursday 12 November. I should also like to inform "
          "the House that the business in Westminster Hall for 12 November will be: Thursday 12 November—A "
          "debate on the report from the Health Committee on health inequalities.")
HEARD_THE_BUSINESS = [
    ("Good", 3.31, 3.97), ("morning", 3.97, 4.29), ("and", 4.29, 4.67), ("welcome", 4.67, 5.11),
    ("to", 5.11, 5.33), ("live", 5.33, 5.59), ("coverage", 5.59, 5.89), ("from", 5.89, 6.35), ("the", 6.35, 6.49),
    ("House", 6.49, 6.71), ("of", 6.71, 6.99), ("Commons.", 6.99, 7.43), ("Questions", 8.23, 8.37),
    ("are", 8.37, 8.65), ("about", 8.65, 8.99), ("to", 8.99, 9.19), ("begin", 9.19, 9.51), ("and", 9.51, 9.97),
    ("we", 9.97, 10.13), ("will", 10.13, 10.33), ("be", 10.33, 10.53), ("following", 10.53, 10.85),
    ("them", 10.85, 11.23), ("here.", 11.23, 11.49), ("Later", 12.39, 12.53), ("we", 12.53, 12.71),
    ("will", 12.71, 12.95), ("have", 12.95, 13.17), ("the", 13.17, 13.33), ("main", 13.33, 13.57),
    ("debate", 13.57, 13.91), ("on", 13.91, 14.11), ("the", 14.11, 14.31), ("day", 14.31, 14.67),
    ("and", 14.67, 14.97), ("round", 14.97, 15.25), ("up", 15.25, 15.47), ("on", 15.47, 15.63),
    ("the", 15.63, 15.77), ("news", 15.77, 15.95), ("from", 15.95, 16.27), ("committees.", 16.27, 16.69),
    ("May", 19.59, 19.85), ("I", 19.85, 20.03), ("ask", 20.03, 20.15), ("the", 20.15, 20.29),
    ("leader", 20.29, 20.47), ("of", 20.47, 20.71), ("the", 20.71, 20.81), ("House", 20.81, 21.05),
    ("to", 21.05, 21.21), ("give", 21.21, 21.37), ("us", 21.37, 21.59), ("a", 21.59, 21.75), ("new", 21.75, 22.05),
    ("business", 22.05, 22.37), ("for", 22.37, 22.75), ("next", 22.75, 23.05), ("week.", 23.05, 23.33),
    ("Here,", 23.33, 24.23), ("here,", 24.49, 25.01), ("here,", 25.03, 25.47), ("here.", 25.47, 26.07),
    ("Tuesday,", 26.21, 26.55), ("free", 26.75, 26.93), ("November,", 26.93, 27.51),
    ("consideration", 27.93, 28.37), ("in", 28.37, 28.77), ("committee", 28.77, 29.11), ("on", 29.11, 29.35),
    ("the", 29.35, 29.75), ("constitutional", 29.75, 30.13), ("reform,", 30.13, 30.81), ("and", 31.17, 31.33),
    ("governance", 31.33, 31.71), ("deal,", 31.71, 32.05), ("day", 32.17, 32.41), ("one,", 32.41, 32.87),
    ("Wednesday,", 33.23, 33.39), ("for", 33.61, 33.73), ("November,", 33.73, 34.23), ("for", 34.63, 34.75),
    ("the", 34.75, 35.05), ("consideration", 35.05, 35.53), ("in", 35.53, 36.01), ("committee", 36.01, 36.31),
    ("on", 36.31, 36.51), ("the", 36.51, 36.95), ("constitutional", 36.95, 37.35), ("reform,", 37.35, 38.13),
    ("and", 38.57, 38.57), ("governance", 38.57, 38.91), ("deal,", 38.91, 39.37), ("day", 39.61, 39.61),
    ("two.", 39.61, 40.11), ("Thursday,", 40.43, 40.55), ("five", 40.93, 41.01), ("November,", 41.01, 41.63),
    ("General", 42.05, 42.05), ("debate", 42.05, 42.43), ("on", 42.43, 42.79), ("climate,", 42.79, 43.15),
    ("you", 43.19, 43.37), ("know,", 43.37, 43.91), ("change.", 43.95, 44.45), ("Preparation", 44.85, 45.47),
    ("for", 45.47, 45.75), ("the", 45.75, 45.95), ("climate,", 45.95, 46.39), ("change", 46.75, 46.93),
    ("conference", 46.93, 47.37), ("at", 47.37, 47.81), ("Copenhagen.", 47.81, 48.33), ("The", 48.33, 48.93),
    ("provisional", 48.93, 49.51), ("business", 49.51, 50.07), ("for", 50.07, 50.35), ("the", 50.35, 50.43),
    ("week", 50.43, 50.77), ("commencing", 50.77, 51.21), ("9", 51.21, 51.61), ("November", 51.61, 52.13),
    ("will", 52.13, 52.39), ("include", 52.39, 53.03), ("Monday", 53.03, 53.61), ("9", 53.61, 54.03),
    ("November", 54.03, 54.69), ("consideration", 54.69, 55.33), ("of", 55.33, 55.75), ("Lord's", 55.75, 56.13),
    ("Amendment", 56.13, 56.49), ("to", 56.49, 56.99), ("the", 56.99, 57.17), ("colonists", 57.17, 57.47),
    ("and", 57.47, 57.97), ("justice", 57.97, 58.37), ("will,", 58.37, 58.95), ("followed", 59.07, 59.31),
    ("by", 59.31, 59.89), ("if", 59.89, 60.17), ("necessary", 60.17, 60.73), ("consideration", 60.73, 61.45),
    ("of", 61.45, 62.05), ("Lord's", 62.05, 62.83), ("Amendment,", 62.83, 62.91), ("Tuesday", 63.57, 63.91),
    ("10", 63.91, 64.39), ("November", 64.39, 65.01), ("if", 65.01, 65.31), ("necessary", 65.31, 65.97),
    ("consideration", 65.97, 66.59), ("of", 66.59, 67.13), ("Lord's", 67.13, 67.61), ("Amendment,", 68.25, 68.25),
    ("followed", 68.51, 68.75), ("by", 68.75, 69.35), ("consideration", 69.35, 69.77), ("of", 69.77, 70.15),
    ("Lord's", 70.15, 70.91), ("Amendment", 70.91, 71.01), ("to", 71.01, 71.41), ("the", 71.41, 71.51),
    ("welfare", 71.51, 71.89), ("reform", 71.89, 72.45), ("will,", 72.45, 72.99), ("followed", 72.99, 73.25),
    ("by", 73.25, 73.79), ("consideration", 73.79, 74.25), ("of", 74.25, 74.65), ("Lord's", 74.65, 75.05),
    ("Amendment", 75.05, 75.39), ("to", 75.39, 75.85), ("the", 75.85, 76.07), ("health", 76.07, 76.35),
    ("wheel,", 76.35, 76.87), ("followed", 77.03, 77.23), ("by,", 77.23, 77.89), ("if", 77.99, 78.17),
    ("necessary,", 78.17, 78.71), ("consideration", 79.29, 79.65), ("of", 79.65, 80.05), ("Lord's", 80.05, 80.83),
    ("Amendment.", 80.83, 80.83), ("When", 81.59, 81.93), ("they", 81.93, 82.19), ("leaven", 82.19, 82.51),
    ("no", 82.51, 82.77), ("member,", 82.77, 83.27), ("consideration", 83.59, 83.95), ("of", 83.95, 84.35),
    ("Lord's", 84.35, 85.07), ("Amendment", 85.07, 85.13), ("to", 85.13, 85.55), ("the", 85.55, 85.73),
    ("apprentice", 85.73, 86.11), ("ships,", 86.11, 86.95), ("skills,", 87.35, 87.37), ("children", 87.91, 88.03),
    ("and", 88.03, 88.39), ("learning", 88.39, 88.69), ("wheel,", 88.69, 89.25), ("followed", 89.43, 89.57),
    ("by,", 89.57, 90.19), ("if", 90.37, 90.49), ("necessary,", 90.49, 91.05), ("consideration", 91.53, 91.77),
    ("of", 91.77, 92.27), ("Lord's", 92.27, 92.99), ("Amendment.", 92.99, 93.11), ("If", 93.71, 93.93),
    ("I", 93.93, 94.09), ("may", 94.09, 94.33), ("say", 94.33, 94.61), ("so,", 94.61, 95.05),
    ("Thursday", 95.53, 95.69), ("12", 95.69, 96.17), ("November", 96.17, 96.91), ("consideration", 96.91, 97.59),
    ("of", 97.59, 97.99), ("Lord's", 97.99, 98.69), ("Amendment", 98.69, 98.77), ("to", 98.77, 99.25),
    ("the", 99.25, 99.37), ("policing", 99.37, 99.69), ("and", 99.69, 100.31), ("crime", 100.31, 100.69),
    ("wheel,", 100.69, 101.05), ("followed", 101.41, 101.55), ("by,", 101.55, 102.17), ("if", 102.35, 102.47),
    ("necessary.", 102.47, 102.97), ("consideration", 102.97, 103.79), ("of", 103.79, 104.29),
    ("Lord's", 104.29, 104.69), ("amendments.", 104.69, 105.13), ("The", 105.87, 106.05),
    ("house", 106.05, 106.35), ("is", 106.35, 106.65), ("expected", 106.65, 107.03), ("to", 107.03, 107.45),
    ("promo", 107.45, 107.71), ("at", 107.71, 107.99), ("the", 107.99, 108.13), ("end", 108.13, 108.37),
    ("of", 108.37, 108.57), ("business", 108.57, 108.93), ("on", 108.93, 109.25), ("Thursday", 109.25, 109.65),
    ("12", 109.65, 110.09), ("November.", 110.09, 110.67), ("I", 111.03, 111.23), ("should", 111.23, 111.47),
    ("also", 111.47, 111.87), ("like", 111.87, 112.17), ("to", 112.17, 112.39), ("inform", 112.39, 112.81),
    ("the", 112.81, 113.09), ("house", 113.09, 113.33), ("that", 113.33, 113.63), ("the", 113.63, 113.75),
    ("business", 113.75, 114.11), ("in", 114.11, 114.29), ("Westminster", 114.29, 114.85),
    ("Hall", 114.85, 115.31), ("for", 115.31, 115.59), ("12", 115.59, 115.91), ("November", 115.91, 116.47),
    ("will", 116.47, 116.75), ("be", 116.75, 117.33), ("Thursday", 117.33, 117.81), ("12", 117.81, 118.27),
    ("November.", 118.27, 118.91), ("Well,", 119.13, 119.61), ("debate", 119.77, 120.01), ("on", 120.01, 120.25),
    ("the", 120.25, 120.39), ("report", 120.39, 120.67), ("from", 120.67, 121.05), ("the", 121.05, 121.25),
    ("health", 121.25, 121.51), ("committee", 121.51, 121.91), ("on", 121.91, 122.19), ("health", 122.19, 122.49),
    ("inequalities.", 122.49, 123.07), ("That", 123.67, 123.83), ("is", 123.83, 124.05), ("the", 124.05, 124.23),
    ("point.", 124.23, 124.73),
]


def test_the_houses_hear_hear_ends_the_question_that_shares_the_dropped_opening():
    timings = align(as_heard(HEARD_THE_BUSINESS), record(("George Young", YOUNG), ("Harriet Harman", HARMAN)))
    assert timings[0].start == pytest.approx(19.59, abs=0.01)
    assert timings[1].start == pytest.approx(26.21, abs=0.01)  # "Tuesday", after "Here, here, here, here."


# Defra questions, 29 October 2009 (benchmark defra-hard-s21, transcribed again), as
# tiny.en heard it: Hilary Benn's answer ended with the aside "I am grateful to my
# honourable friend for that.", then the chair called Jane Kennedy, whose "I am grateful
# to my right hon. Friend for that answer." began at 758.39 s.
BENN_TB = ("I have not received any particular representations about this, but earlier this year the Farming "
           "Crisis Network produced its sobering report on the impact of bovine TB on farming families. This "
           "showed, as we all know, that for those most seriously affected, the economic and particularly the "
           "human consequences of bovine TB are devastating. The TB eradication group for England has since met "
           "with the executive director of the FCN to discuss how TB-affected farm businesses could be better "
           "supported.")
KENNEDY = ("I am grateful to my right hon. Friend for that answer. Will he consider the recommendations in the "
           "detail of the report, alongside the good work that the Department is doing on cattle movements and "
           "testing regimes?")
HEARD_THE_ASIDE_AND_THE_CALL = [
    ("I", 722.74, 722.74), ("have", 722.74, 722.88), ("not", 722.88, 723.10), ("received", 723.10, 723.43),
    ("any", 723.43, 723.74), ("particular", 723.74, 724.24), ("representation", 724.24, 725.00),
    ("about", 725.00, 725.53), ("this,", 725.53, 726.00), ("but", 726.27, 726.29), ("only", 726.29, 726.50),
    ("on", 726.50, 726.63), ("this", 726.63, 726.82), ("year", 726.82, 727.00), ("the", 727.00, 727.20),
    ("farming", 727.20, 727.50), ("crisis", 727.50, 727.98), ("network", 727.98, 728.46),
    ("produced", 728.46, 728.89), ("its", 728.89, 729.29), ("sobering", 729.29, 729.70),
    ("report", 729.70, 730.01), ("on", 730.01, 730.22), ("the", 730.22, 730.38), ("impact", 730.38, 730.72),
    ("of", 730.72, 730.93), ("bomine", 730.93, 731.36), ("TV", 731.36, 731.63), ("on", 731.63, 731.96),
    ("farming", 731.96, 732.27), ("families.", 732.27, 732.74), ("This", 733.05, 733.34),
    ("showed", 733.34, 733.74), ("that", 733.74, 734.05), ("we", 734.05, 734.17), ("all", 734.17, 734.43),
    ("know", 734.43, 734.93), ("that", 734.93, 735.20), ("for", 735.20, 735.36), ("most", 735.36, 735.79),
    ("seriously", 735.79, 736.36), ("affected,", 736.36, 736.98), ("the", 737.34, 737.38),
    ("economic", 737.38, 737.74), ("and", 737.74, 738.20), ("particularly", 738.20, 738.63),
    ("human", 738.63, 739.20), ("consequences", 739.20, 739.84), ("of", 739.84, 740.22),
    ("bomine", 740.22, 740.63), ("TV", 740.63, 740.96), ("on", 740.96, 741.13), ("thermostating.", 741.13, 741.77),
    ("The", 741.77, 742.48), ("TV", 742.48, 742.82), ("Redication", 742.82, 743.39), ("Group", 743.39, 743.86),
    ("for", 743.86, 744.10), ("England", 744.10, 744.39), ("has", 744.39, 744.86), ("since", 744.86, 745.15),
    ("met", 745.15, 745.41), ("with", 745.41, 745.62), ("the", 745.62, 745.98), ("MCU", 745.98, 746.25),
    ("team", 746.25, 746.50), ("director", 746.50, 746.86), ("on", 746.86, 747.08), ("the", 747.08, 747.24),
    ("FCN", 747.24, 747.67), ("to", 747.67, 747.82), ("discuss", 747.82, 748.17), ("how", 748.17, 748.48),
    ("TV", 748.48, 748.70), ("affected", 748.70, 749.20), ("farm", 749.20, 749.70), ("businesses", 749.70, 750.08),
    ("could", 750.08, 750.46), ("be", 750.46, 750.67), ("never", 750.67, 750.88), ("supported.", 750.88, 751.41),
    ("I", 751.91, 751.98), ("am", 751.98, 752.15), ("grateful", 752.15, 752.46), ("to", 752.46, 752.70),
    ("my", 752.70, 752.84), ("honorable", 752.84, 753.12), ("friend", 753.12, 753.58), ("for", 753.58, 753.86),
    ("that.", 753.86, 754.62), ("Jane", 756.75, 757.07), ("Kennedy.", 757.07, 757.59), ("I", 758.50, 758.66),
    ("am", 758.66, 758.78), ("grateful", 758.78, 759.11), ("to", 759.11, 759.35), ("my", 759.35, 759.52),
    ("room", 759.52, 759.99), ("right", 759.99, 760.35), ("on,", 760.35, 760.78), ("friend", 761.12, 761.42),
    ("for", 761.42, 761.62), ("that", 761.62, 761.87), ("answer.", 761.87, 762.21), ("Let", 762.66, 762.75),
    ("me", 762.75, 762.95), ("be", 762.95, 763.40), ("absolutely", 763.40, 763.50), ("clear", 763.50, 763.95),
    ("about", 763.95, 764.16), ("this.", 764.16, 764.71), ("Will", 765.00, 765.16), ("he", 765.16, 765.38),
    ("consider", 765.38, 765.71), ("the", 765.71, 766.12), ("recommendations", 766.12, 766.45),
    ("in", 766.45, 766.80), ("the", 766.80, 767.00), ("detail", 767.00, 767.25), ("on", 767.25, 767.47),
    ("the", 767.47, 767.59), ("report,", 767.59, 768.00), ("alongside", 768.45, 768.64), ("the", 768.64, 768.92),
    ("door", 768.92, 769.14), ("to", 769.14, 769.28), ("work", 769.28, 769.52), ("The", 769.52, 769.75),
    ("department", 769.75, 770.16), ("is", 770.16, 770.52), ("doing", 770.52, 770.71), ("on", 770.71, 770.97),
    ("cattle", 770.97, 771.21),
]


def test_the_speech_befores_aside_before_the_members_call_is_not_the_opening():
    timings = align(as_heard(HEARD_THE_ASIDE_AND_THE_CALL), record(("Hilary Benn", BENN_TB), ("Jane Kennedy", KENNEDY)))
    assert timings[1].start == pytest.approx(758.50, abs=0.01)  # "I am grateful", after "Jane Kennedy."


# Communities and Local Government questions, 27 October 2009 (heldout19
# clg-skip25-hard-s1901), as tiny.en heard it: John Denham said only "The right hon."
# of his answer (heard "The Light Hun."), then the Speaker called James Plaskitt
# ("James lost it.").
GUMMER = ("Will the Secretary of State help me to explain to my constituents why the people of Suffolk cannot "
          "have their own spatial strategy instead of having to have one that is driven by Stevenage and Luton, "
          "neither of which is anywhere near nor has any of the same problems as them?")
DENHAM_CUT_SHORT = (
    "The right hon. Gentleman has considerable experience in these matters, and he will understand that providing "
    "sufficient land to house the people of this country in future is a challenge that has national, regional and "
    "local dimensions. His party's policy of removing entirely any sense of national or regional consideration, or "
    "considering the interests of families that will need homes in future and people who need jobs now, is "
    "absolutely wrong.")
PLASKITT = ("Warwick district council has just finished its consultation period on its options within the RSS, "
            "which are being clearly rejected by the community. I believe that the council needs to reconsider and "
            "return with alternative proposals. Will my right hon. Friend support my suggestion to the regional "
            "Government office that the council be given some extra time to work on that without jeopardising its "
            "additional grant?")
HEARD_THE_LIGHT_HUN = [
    ("Will", 191.60, 192.62), ("the", 192.62, 192.84), ("Secretary", 192.84, 193.22), ("on", 193.22, 193.52),
    ("State", 193.52, 193.82), ("help", 193.82, 194.20), ("me", 194.20, 194.38), ("to", 194.38, 194.56),
    ("explain", 194.56, 194.88), ("to", 194.88, 195.12), ("my", 195.12, 195.38), ("constituents", 195.38, 195.88),
    ("why", 195.88, 196.24), ("the", 196.24, 196.48), ("people", 196.48, 196.70), ("of", 196.70, 196.90),
    ("Suffolk", 196.90, 197.22), ("cannot", 197.22, 197.58), ("have", 197.58, 197.96), ("their", 197.96, 198.10),
    ("own", 198.10, 198.34), ("special", 198.34, 198.78), ("strategy", 198.78, 199.32),
    ("instead", 199.32, 199.78), ("on", 199.78, 199.98), ("having", 199.98, 200.28), ("to", 200.28, 200.48),
    ("have", 200.48, 200.70), ("one", 200.70, 200.96), ("that", 200.96, 201.12), ("is", 201.12, 201.28),
    ("driven", 201.28, 201.60), ("by", 201.60, 201.84), ("steam", 201.84, 202.10), ("and", 202.10, 202.52),
    ("loot", 202.52, 202.92), ("and", 202.92, 203.30), ("neamer", 203.30, 203.58), ("on", 203.58, 203.76),
    ("which", 203.76, 203.98), ("in", 203.98, 204.16), ("anywhere", 204.16, 204.42), ("near", 204.42, 204.86),
    ("North", 204.86, 205.12), ("and", 205.12, 205.28), ("anywhere", 205.28, 205.56), ("near", 205.56, 205.88),
    ("the", 205.88, 206.50), ("same", 206.50, 206.50), ("problem", 206.50, 206.92), ("as", 206.92, 207.22),
    ("them?", 207.22, 208.04), ("The", 208.42, 208.42), ("Light", 208.42, 208.66), ("Hun", 208.66, 209.42),
    ("James", 209.42, 210.22), ("lost", 210.22, 210.66), ("it.", 210.66, 211.90), ("Warwick", 212.04, 212.28),
    ("District", 212.28, 212.86), ("Council", 212.86, 213.40), ("has", 213.40, 213.92), ("just", 213.92, 214.10),
    ("finished", 214.10, 214.38), ("its", 214.38, 214.84), ("consultation", 214.84, 215.34),
    ("theory", 215.34, 215.92), ("on", 215.92, 216.14), ("its", 216.14, 216.40), ("options", 216.40, 216.86),
    ("within", 216.86, 217.40), ("our", 217.40, 217.64), ("SS,", 217.64, 218.12), ("which", 218.36, 218.60),
    ("are", 218.60, 218.76), ("being", 218.76, 219.08), ("clearly", 219.08, 219.48), ("rejected", 219.48, 219.90),
    ("by", 219.90, 220.28), ("the", 220.28, 220.42), ("community.", 220.42, 220.88), ("I", 221.28, 221.38),
    ("believe", 221.38, 221.68), ("that", 221.68, 221.96), ("the", 221.96, 222.26), ("council", 222.26, 222.40),
    ("needs", 222.40, 222.88), ("to", 222.88, 223.10), ("reconsider", 223.10, 223.62), ("and", 223.62, 224.08),
    ("return", 224.08, 224.42), ("with", 224.42, 224.72), ("alternative", 224.72, 225.20),
    ("reposals.", 225.20, 226.70), ("Will", 226.96, 226.98), ("my", 226.98, 227.16), ("right", 227.16, 227.48),
    ("hand", 227.48, 228.04), ("friend", 228.04, 228.48), ("support", 228.48, 228.90), ("my", 228.90, 229.34),
    ("suggestion", 229.34, 229.60), ("suggestion", 229.60, 230.18), ("to", 230.18, 230.46),
    ("the", 230.46, 230.64), ("regional", 230.64, 230.94), ("government", 230.94, 231.36),
    ("office", 231.36, 231.88), ("that", 231.88, 232.22), ("well,", 232.22, 232.58), ("the", 232.88, 232.98),
    ("council", 232.98, 233.30), ("be", 233.30, 233.52), ("given", 233.52, 233.84), ("some", 233.84, 234.16),
    ("extra", 234.16, 234.46), ("time", 234.46, 234.88), ("to", 234.88, 235.08), ("work", 235.08, 235.32),
    ("on", 235.32, 235.58), ("that", 235.58, 235.78), ("without", 235.78, 236.20),
    ("jeopardizing", 236.20, 236.80), ("its", 236.80, 237.08), ("additional", 237.08, 237.52),
    ("rent?", 237.52, 238.26),
]


def test_a_speech_cut_short_after_its_first_words_is_placed_at_them():
    timings = align(as_heard(HEARD_THE_LIGHT_HUN), record(
        ("John Gummer", GUMMER), ("John Denham", DENHAM_CUT_SHORT), ("James Plaskitt", PLASKITT)))
    assert [t.status for t in timings] == ["matched"] * 3
    assert timings[1].start == pytest.approx(208.42, abs=0.3)  # truth 208.24
    assert timings[2].start == pytest.approx(212.04, abs=0.3)


# Environment, Food and Rural Affairs questions, 29 October 2009 (heldout19
# defra-skip65-hard-s1902), as tiny.en heard it: after the House's "Hear, hear", John
# Robertson's supplementary went unsaid, and Whisper wrote Huw Irranca-Davies's first
# sentence, "My hon. Friend raises a vital point.", said from 225.05 s, as more of it.
FLEET = ("My approach to the current negotiations will reflect agreements reached with ministerial colleagues in "
         "Scotland, Wales and Northern Ireland, and with the UK industry and other key stakeholders on a balance of "
         "appropriate priorities. Those will seek to ensure the long-term sustainability of the stocks in question, "
         "while maintaining the future viability of the UK fleet.")
HAGGLING_UNSAID = ("I thank my hon. Friend for his answer, but I am sure that he will agree that haggling into the "
                   "early hours of the morning at the December Council is not desirable. What will he do to ensure "
                   "that the common fisheries policy is changed to the benefit of Scottish fishermen and UK "
                   "fishermen as a whole?")
VITAL_POINT = ("My hon. Friend raises a vital point. We need to get away from this haggling until 3 in the morning in "
               "late December. We need to change the CFP, as we made clear in the May and June Councils, where we "
               "led from the front.")
HEARD_HERE_OVER_THE_OPENING = [
    ("Huiranka", 196.74, 197.32), ("Davies.", 197.32, 197.72), ("My", 198.70, 198.86),
    ("approach", 198.86, 199.26), ("to", 199.26, 199.52), ("the", 199.52, 199.66), ("current", 199.66, 199.96),
    ("negotiations", 199.96, 200.58), ("will", 200.58, 201.12), ("reflect", 201.12, 201.52),
    ("an", 201.52, 201.74), ("agreement", 201.74, 202.08), ("reached", 202.08, 202.48), ("with", 202.48, 202.80),
    ("Ministerial", 202.80, 203.44), ("colleague", 203.44, 203.74), ("Nins", 203.74, 204.10),
    ("Kotlin,", 204.10, 204.56), ("Will", 204.82, 205.04), ("Manden", 205.04, 205.42), ("or", 205.42, 205.50),
    ("the", 205.50, 205.70), ("island,", 205.70, 206.02), ("and", 206.46, 206.48), ("with", 206.48, 206.72),
    ("the", 206.72, 206.96), ("UK", 206.96, 207.22), ("industry", 207.22, 207.68), ("and", 207.68, 208.02),
    ("other", 208.02, 208.28), ("key", 208.28, 208.58), ("stakeholders", 208.58, 209.04), ("on", 209.04, 209.34),
    ("the", 209.34, 209.54), ("map", 209.54, 209.58), ("on", 209.58, 209.68), ("the", 209.68, 210.04),
    ("property", 210.04, 210.32), ("of", 210.32, 211.76), ("Will", 211.76, 212.08), ("seek", 212.08, 212.42),
    ("to", 212.42, 212.66), ("ensure", 212.66, 212.92), ("the", 212.92, 213.24), ("long", 213.24, 213.34),
    ("term", 213.34, 213.68), ("sustainability", 213.68, 214.38), ("on", 214.38, 214.70), ("the", 214.70, 214.92),
    ("stocks", 214.92, 215.16), ("in", 215.16, 215.44), ("question", 215.44, 215.96), ("while", 215.96, 216.40),
    ("maintaining", 216.40, 216.90), ("the", 216.90, 217.20), ("future", 217.20, 217.54),
    ("liability", 217.54, 218.04), ("on", 218.04, 218.38), ("the", 218.38, 218.62), ("UK", 218.62, 218.86),
    ("fleet.", 218.86, 219.60), ("Here,", 220.24, 220.24), ("here.", 223.26, 223.26), ("Here,", 223.38, 223.68),
    ("here.", 223.88, 223.88), ("Here,", 223.88, 223.88), ("here.", 223.90, 224.18), ("Here,", 224.18, 224.18),
    ("here.", 224.32, 224.32), ("Here,", 225.08, 225.30), ("here.", 225.30, 225.30), ("Here,", 225.30, 225.36),
    ("here.", 225.82, 225.82), ("Here,", 225.82, 225.98), ("here.", 225.98, 225.98), ("Here,", 225.98, 225.98),
    ("here.", 226.34, 226.34), ("Here,", 226.34, 226.34), ("here.", 226.80, 226.80), ("We", 226.80, 227.96),
    ("need", 227.96, 228.34), ("to", 228.34, 228.64), ("get", 228.64, 228.66), ("away", 228.66, 229.00),
    ("from", 229.00, 229.22), ("this", 229.22, 229.52), ("hardling", 229.52, 229.86), ("until", 229.86, 230.20),
    ("3", 230.20, 230.46), ("in", 230.46, 230.66), ("the", 230.66, 230.80), ("morning", 230.80, 230.96),
    ("in", 230.96, 231.20), ("late", 231.20, 231.48), ("December.", 231.48, 231.90), ("We", 232.30, 232.30),
    ("need", 232.30, 232.66), ("to", 232.66, 232.82), ("change", 232.82, 233.24), ("the", 233.24, 233.46),
    ("CFP", 233.46, 233.96), ("as", 233.96, 234.32), ("we", 234.32, 234.48), ("made", 234.48, 234.76),
    ("clear", 234.76, 235.02), ("in", 235.02, 235.22), ("the", 235.22, 235.34), ("May", 235.34, 235.62),
    ("and", 235.62, 235.86), ("June", 235.86, 236.18), ("councils", 236.18, 236.60), ("where", 236.60, 237.14),
    ("we", 237.14, 237.30), ("led", 237.30, 237.54), ("from", 237.54, 237.80), ("the", 237.80, 238.00),
    ("front.", 238.00, 238.30),
]


def test_an_opening_written_as_more_hear_hear_starts_where_saying_it_would():
    timings = align(as_heard(HEARD_HERE_OVER_THE_OPENING), record(
        ("Huw Irranca-Davies", FLEET), ("John Robertson", HAGGLING_UNSAID), ("Huw Irranca-Davies", VITAL_POINT)))
    assert [t.status for t in timings] == ["matched", "missing", "matched"]
    assert timings[2].start == pytest.approx(225.05, abs=1.0)  # not "We need" at 227.78


# The same sitting: David Taylor's tabled question went unsaid, and the Speaker's call
# of Dan Norris, heard as "Turn the risk.", is 47% like "Number N, Mr Speaker" but more
# like the call; Jim Fitzpatrick's aside "Let me just finish this point." comes before it.
DAIRY = ("The Dairy Supply Chain Forum regularly looks at these issues, providing an opportunity for all sides of "
         "the dairy sector to come together. These matters are discussed there. The Competition Commission's "
         "recommendations are being discussed between Government Departments, and I know that this is a key "
         "aspect of those discussions. We will be announcing our conclusions in due course.")
BEES_UNSAID = Speech("q", "David Taylor", "What recent representations he has received on the effect of pesticides "
                     "on bees and other pollinators; and if he will make a statement.", oral_qnum="7")
BEES = ("My Department has received a number of representations from Members of Parliament and members of the "
        "public concerned about the effect of pesticides on bees and other pollinators.")
HEARD_TURN_THE_RISK = [
    ("The", 530.60, 531.34), ("very", 531.34, 531.64), ("supply", 531.64, 532.08), ("chain", 532.08, 532.50),
    ("for", 532.50, 532.80), ("a", 532.80, 532.88), ("regularly", 532.88, 533.32), ("looks", 533.32, 533.84),
    ("at", 533.84, 534.02), ("any", 534.02, 534.34), ("issues,", 534.34, 534.94), ("providing", 535.14, 535.50),
    ("an", 535.50, 535.82), ("opportunity", 535.82, 536.34), ("for", 536.34, 536.76), ("all", 536.76, 537.06),
    ("sides", 537.06, 537.34), ("of", 537.34, 537.62), ("the", 537.62, 537.76), ("very", 537.76, 538.06),
    ("sector", 538.06, 538.48), ("to", 538.48, 538.96), ("come", 538.96, 538.96), ("together.", 538.96, 539.50),
    ("A", 539.98, 540.08), ("matter", 540.08, 540.26), ("of", 540.26, 540.56), ("disaster,", 540.56, 541.08),
    ("the", 541.10, 542.22), ("competition,", 542.22, 542.96), ("commissions,", 543.72, 543.78),
    ("recommendations", 543.96, 544.46), ("are", 544.46, 544.90), ("being", 544.90, 545.22),
    ("discussed", 545.22, 545.70), ("between", 545.70, 546.24), ("government", 546.24, 546.82),
    ("departments,", 546.82, 547.56), ("and", 548.06, 548.20), ("I", 548.20, 548.36), ("know", 548.36, 548.58),
    ("that", 548.58, 548.82), ("this", 548.82, 549.02), ("is", 549.02, 549.18), ("a", 549.18, 549.28),
    ("key", 549.28, 549.44), ("aspect", 549.44, 549.82), ("of", 549.82, 550.12), ("most", 550.12, 550.48),
    ("discussions", 550.48, 551.16), ("where", 551.16, 551.60), ("we'll", 551.60, 551.76), ("be", 551.76, 551.88),
    ("enhancing", 551.88, 552.34), ("our", 552.34, 552.72), ("own", 552.72, 553.34),
    ("conclusions", 553.34, 553.80), ("in", 553.80, 554.26), ("your", 554.26, 554.56), ("course,", 554.56, 555.08),
    ("let", 555.48, 555.58), ("me", 555.58, 555.82), ("just", 555.82, 556.14), ("finish", 556.14, 556.44),
    ("this", 556.44, 556.76), ("point.", 556.76, 557.26), ("Turn", 558.77, 559.73), ("the", 559.73, 559.87),
    ("risk.", 559.87, 560.79), ("My", 561.37, 561.51), ("department", 561.51, 561.93), ("has", 561.93, 562.39),
    ("received", 562.39, 562.71), ("a", 562.71, 562.87), ("number", 562.87, 563.19), ("of", 563.19, 563.49),
    ("representations", 563.49, 563.97), ("from", 563.97, 564.57), ("members", 564.57, 564.87),
    ("of", 564.87, 565.13), ("parliament", 565.13, 565.45), ("and", 565.45, 565.97), ("members", 565.97, 566.23),
    ("of", 566.23, 566.51), ("the", 566.51, 566.61), ("public", 566.61, 566.93), ("concerned", 566.93, 567.39),
    ("about", 567.39, 567.75), ("the", 567.75, 567.93), ("effect", 567.93, 568.23), ("of", 568.23, 568.47),
    ("the", 568.47, 568.93), ("form,", 568.93, 568.93), ("this", 569.01, 569.23), ("decides", 569.23, 569.55),
    ("on", 569.55, 569.79), ("means", 569.79, 570.15), ("and", 570.15, 570.39), ("what", 570.39, 570.53),
    ("the", 570.53, 570.69), ("public", 570.69, 570.83), ("has", 570.83, 571.01), ("was.", 571.01, 571.59),
]


def test_the_next_members_call_is_not_an_unsaid_question_said_by_number():
    timings = align(as_heard(HEARD_TURN_THE_RISK),
                    record(("Jim Fitzpatrick", DAIRY), BEES_UNSAID, ("Dan Norris", BEES)))
    assert [t.status for t in timings] == ["matched", "missing", "matched"]
    assert timings[2].start == pytest.approx(561.23, abs=0.3)


# Assembly questions, 13 October 2009 (heldout19 ni-skip35-hard-s1904), as tiny.en heard
# it: Stephen Farry's unsaid close paired "to" and "to" of Francie Molloy's "The Member
# has asked a question." (heard "Remember to ask task to question,"), said after the
# chair's call of Molloy, heard "From Seymour Lloyd."
FARRY = ("I welcome the September monitoring round, albeit in the middle of October. Will the Minister clarify the "
         "position with respect to the use of the Barnett consequentials for the CSeries project at Bombardier and "
         "what is happening to the balance of that fund? Northern Ireland received £116 million over two years for "
         "that project. Furthermore, does the Minister recognise that the source of those funds was an economic "
         "uplift at a UK level in the form of an economic stimulus? Moreover, surely the example of what the "
         "Executive are doing in supporting Bombardier demonstrates that they should be doing more to use "
         "resources to support the economy. The point that I would make about —")
ASKED = "The Member has asked a question."
THANK_YOU = "OK. Thank you, Mr Deputy Speaker. [Laughter.]"
GOOD_VALUE = ("The Member asked a question early in his contribution and went on to ask several more. However, that "
              "is not unlike the Member; he is well known for getting good value when making contributions in the "
              "House.")
HEARD_AFTER_THE_CHAIRS_CALL = [
    ("I", 1291.12, 1291.32), ("will", 1291.32, 1291.58), ("come", 1291.58, 1291.82), ("to", 1291.82, 1292.02),
    ("sit", 1292.02, 1292.24), ("in", 1292.24, 1292.52), ("the", 1292.52, 1292.64), ("money", 1292.64, 1292.82),
    ("-torn", 1292.82, 1293.10), ("round,", 1293.10, 1293.62), ("albeit", 1293.86, 1294.02),
    ("in", 1294.02, 1294.32), ("the", 1294.32, 1294.48), ("middle", 1294.48, 1294.68), ("of", 1294.68, 1294.88),
    ("October,", 1294.88, 1295.30), ("I", 1295.82, 1295.94), ("say", 1295.94, 1296.10), ("this", 1296.10, 1296.32),
    ("to", 1296.32, 1296.50), ("the", 1296.50, 1296.66), ("house.", 1296.66, 1297.08), ("We'll", 1297.08, 1297.72),
    ("diminish", 1297.72, 1298.04), ("to", 1298.04, 1298.34), ("clarify,", 1298.34, 1298.58),
    ("clarify", 1299.08, 1299.08), ("the", 1299.08, 1299.38), ("position", 1299.38, 1299.78),
    ("we'd", 1299.78, 1300.44), ("respect", 1300.44, 1300.44), ("to", 1300.44, 1300.76), ("the", 1300.76, 1300.84),
    ("use", 1300.84, 1301.04), ("of", 1301.04, 1301.26), ("demand", 1301.26, 1301.58),
    ("Consequential", 1301.58, 1302.48), ("for", 1302.48, 1302.90), ("the", 1302.90, 1303.00),
    ("C", 1303.00, 1303.18), (".C", 1303.18, 1303.32), (".E", 1303.32, 1303.44), (".R", 1303.44, 1303.66),
    (".E.", 1303.66, 1303.78), ("project", 1303.98, 1303.98), ("at", 1303.98, 1304.26),
    ("Humberdia,", 1304.26, 1304.76), ("and", 1304.88, 1305.12), ("what", 1305.12, 1305.30),
    ("is", 1305.30, 1305.52), ("happening", 1305.52, 1305.90), ("to", 1305.90, 1306.20), ("the", 1306.20, 1306.28),
    ("balance", 1306.28, 1306.60), ("of", 1306.60, 1306.86), ("that", 1306.86, 1307.06),
    ("fund", 1307.06, 1307.46), ("Northern", 1307.46, 1307.98), ("Ireland", 1307.98, 1308.38),
    ("received", 1308.38, 1308.84), ("£100", 1308.84, 1309.48), (",000,", 1309.48, 1310.04),
    ("16", 1310.04, 1310.40), ("million", 1310.40, 1310.76), ("over", 1310.76, 1311.04), ("two", 1311.04, 1311.26),
    ("years", 1311.26, 1311.54), ("for", 1311.54, 1311.76), ("that", 1311.76, 1312.02),
    ("project", 1312.02, 1312.54), ("Furthermore,", 1312.54, 1313.28), ("does", 1313.68, 1313.82),
    ("the", 1313.82, 1313.92), ("minister", 1313.92, 1314.20), ("recognize", 1314.20, 1314.72),
    ("that", 1314.72, 1315.20), ("the", 1315.20, 1315.30), ("source", 1315.30, 1315.52), ("of", 1315.52, 1315.72),
    ("those", 1315.72, 1315.94), ("funds", 1315.94, 1316.30), ("were", 1316.30, 1316.52), ("an", 1316.52, 1316.64),
    ("economic", 1316.64, 1317.08), ("relief", 1317.08, 1317.46), ("at", 1317.46, 1317.70),
    ("UK", 1317.70, 1318.12), ("-leveling", 1318.12, 1318.60), ("the", 1318.60, 1318.76),
    ("form", 1318.76, 1318.96), ("of", 1318.96, 1319.22), ("an", 1319.22, 1319.22), ("economic", 1319.22, 1319.68),
    ("stimulus?", 1319.68, 1320.36), ("Moreover,", 1320.84, 1321.28), ("surely", 1321.62, 1321.82),
    ("the", 1321.82, 1322.10), ("example", 1322.10, 1322.44), ("of", 1322.44, 1322.68), ("what", 1322.68, 1322.94),
    ("I", 1328.94, 1329.54), ("say", 1329.54, 1330.14), ("this", 1330.14, 1330.46), ("to", 1330.46, 1330.64),
    ("the", 1330.64, 1330.78), ("house,", 1330.78, 1331.18), ("the", 1331.30, 1331.40),
    ("point", 1331.40, 1331.64), ("that", 1331.64, 1331.90), ("I", 1331.90, 1332.06), ("would", 1332.06, 1332.22),
    ("make", 1332.22, 1332.42), ("him", 1332.42, 1332.64), ("out.", 1332.64, 1333.58), ("From", 1335.40, 1335.40),
    ("Seymour", 1335.40, 1335.70), ("Lloyd.", 1335.70, 1336.32), ("Remember", 1336.84, 1336.84),
    ("to", 1336.84, 1337.14), ("ask", 1337.14, 1337.50), ("task", 1337.50, 1337.94), ("to", 1337.94, 1338.20),
    ("question,", 1338.20, 1338.64), ("and", 1339.16, 1339.36), ("I", 1339.36, 1339.50),
    ("will", 1339.50, 1339.74), ("come", 1339.74, 1340.00), ("to", 1340.00, 1340.20), ("not", 1340.20, 1340.36),
    ("in", 1340.36, 1340.52), ("a", 1340.52, 1340.60), ("moment.", 1340.60, 1341.14), ("Yeah,", 1341.82, 1341.82),
    ("yeah,", 1342.38, 1342.60), ("yeah.", 1343.16, 1343.16), ("Stephen", 1343.32, 1343.66),
    ("Ferry.", 1343.66, 1344.18), ("Okay.", 1344.72, 1345.26), ("Thank", 1345.92, 1346.06),
    ("you.", 1346.06, 1346.44), ("Mr.", 1346.58, 1346.68), ("Deputy", 1346.90, 1347.16),
    ("Speaker.", 1347.16, 1347.70), ("That", 1348.26, 1348.40), ("is", 1348.40, 1348.60),
    ("the", 1348.60, 1348.76), ("point.", 1348.76, 1349.82), ("Sammy", 1350.98, 1351.32),
    ("Wilson.", 1351.32, 1351.78), ("The", 1351.78, 1352.46), ("member", 1352.46, 1352.78),
    ("member", 1352.78, 1353.18), ("asked", 1353.18, 1353.48), ("a", 1353.48, 1353.66),
    ("question", 1353.66, 1353.98), ("early", 1353.98, 1354.20), ("in", 1354.20, 1354.36),
    ("his", 1354.36, 1354.54), ("contribution", 1354.54, 1355.08), ("and", 1355.08, 1355.54),
    ("went", 1355.54, 1355.78), ("on", 1355.78, 1355.98), ("to", 1355.98, 1356.12), ("ask", 1356.12, 1356.42),
    ("Andrew", 1356.42, 1356.68), ("Moore.", 1356.68, 1357.24), ("However,", 1357.58, 1357.90),
    ("that", 1358.22, 1358.32), ("is", 1358.32, 1358.44), ("not", 1358.44, 1358.64), ("unlike", 1358.64, 1358.98),
    ("the", 1358.98, 1359.36), ("member,", 1359.36, 1359.62), ("he", 1359.92, 1360.06), ("is", 1360.06, 1360.14),
    ("well", 1360.14, 1360.38), ("known", 1360.38, 1360.66), ("for", 1360.66, 1360.80),
    ("getting", 1360.80, 1361.06), ("good", 1361.06, 1361.34), ("value", 1361.34, 1361.66),
    ("when", 1361.66, 1361.86), ("making", 1361.86, 1362.16), ("contributions", 1362.16, 1362.76),
    ("in", 1362.76, 1363.14), ("the", 1363.14, 1363.28), ("house.", 1363.28, 1363.60),
]


def test_a_speechs_loose_close_heard_after_the_next_members_call_is_that_members():
    timings = align(as_heard(HEARD_AFTER_THE_CHAIRS_CALL), record(
        ("Stephen Farry", FARRY), ("Francie Molloy", ASKED), ("Stephen Farry", THANK_YOU),
        ("Sammy Wilson", GOOD_VALUE)))
    assert [t.status for t in timings] == ["matched"] * 4
    assert timings[1].start == pytest.approx(1336.34, abs=1.0)  # "Remember to ask task to question,"
    assert timings[0].end < timings[1].start


# Westminster Hall, 28 October 2009 (heldout19 wh-skip40-hard-s1905), as tiny.en heard it:
# after the House's "Here, here.", William McCrea began "Order. Many hon." (heard "Order.
# Minute on."), said an aside, "If I may say so,", then "Members have asked". "Minute"
# sounds near enough "many" to make two words of the opening.
TAMIL_FREEDOM = ("The longer the Tamil people are denied their freedom, and the worse the conditions in which they are "
                 "forced to exist become, the more difficult it will be to achieve any lasting peace. The Government "
                 "of Sri Lanka must accept that and give the Tamil people their freedom now.")
ORDER_MANY = ("Order. Many hon. Members have asked to participate in this debate. We will start the Front-Bench "
              "speeches at 3.30 pm.")
HEARD_ORDER_MINUTE_ON = [
    ("The", 633.02, 633.16), ("longer", 633.16, 633.40), ("the", 633.40, 633.73), ("Tamil", 633.73, 634.00),
    ("people", 634.00, 634.40), ("are", 634.40, 634.62), ("denied", 634.62, 634.99), ("their", 634.99, 635.30),
    ("freedom,", 635.30, 635.68), ("and", 636.26, 636.35), ("the", 636.35, 636.47), ("worse", 636.47, 636.71),
    ("the", 636.71, 636.97), ("conditions", 636.97, 637.45), ("In", 637.45, 637.78), ("which", 637.78, 638.12),
    ("they", 638.12, 638.42), ("are", 638.42, 638.49), ("forced", 638.49, 638.85), ("to", 638.85, 639.12),
    ("exist", 639.12, 639.47), ("become,", 639.47, 640.30), ("the", 640.49, 640.59), ("more", 640.59, 640.80),
    ("difficult", 640.80, 641.16), ("it", 641.16, 641.52), ("will", 641.52, 641.73), ("be", 641.73, 641.90),
    ("to", 641.90, 642.02), ("achieve", 642.02, 642.33), ("many", 642.33, 642.64), ("lasting", 642.64, 643.09),
    ("peace.", 643.09, 643.73), ("The", 643.99, 644.00), ("government", 644.00, 644.30), ("of", 644.30, 644.73),
    ("Sri", 644.73, 644.92), ("Lanka", 644.92, 645.25), ("must", 645.25, 645.59), ("accept", 645.59, 646.11),
    ("that", 646.11, 646.62), ("and", 646.62, 646.88), ("give", 646.88, 647.12), ("the", 647.12, 647.35),
    ("Tamil", 647.35, 647.59), ("people", 647.59, 648.09), ("that", 648.09, 648.30), ("freedom", 648.30, 648.62),
    ("out.", 648.62, 649.52), ("Here,", 650.28, 650.40), ("here,", 650.92, 651.09), ("here.", 653.47, 653.47),
    ("Order.", 653.68, 654.18), ("Minute", 654.57, 654.88), ("on.", 654.88, 655.35), ("If", 655.83, 655.97),
    ("I", 655.97, 656.09), ("may", 656.09, 656.26), ("say", 656.26, 656.59), ("so,", 656.59, 657.09),
    ("members", 657.30, 657.66), ("have", 657.66, 657.99), ("asked", 657.99, 658.38), ("to", 658.38, 658.62),
    ("participate", 658.62, 659.04), ("in", 659.04, 659.37), ("this", 659.37, 659.54), ("limit.", 659.54, 659.87),
    ("We", 660.40, 660.57), ("will", 660.57, 660.83), ("start", 660.83, 661.11), ("the", 661.11, 661.33),
    ("front", 661.33, 661.59), ("bench", 661.59, 662.02), ("teaching", 662.02, 662.35), ("at", 662.35, 662.64),
    ("3", 662.64, 662.87), (".3", 662.87, 663.49), ("near", 663.49, 663.68), ("OPM.", 663.68, 664.16),
]


def test_an_opening_heard_a_little_wrong_before_an_aside_starts_the_speech():
    timings = align(as_heard(HEARD_ORDER_MINUTE_ON), record(
        ("Joan Ryan", TAMIL_FREEDOM), ("Several hon. Members", "rose—"), ("William McCrea", ORDER_MANY)))
    assert [t.status for t in timings] == ["matched", "missing", "matched"]
    assert timings[2].start == pytest.approx(653.56, abs=0.3)  # "Order.", not "If I may say so"


# Lords questions on alcohol, 27 October 2009 (benchmark lords-alcohol-hard-s61,
# transcribed again), as tiny.en heard it: the call of Baroness Thornton, heard as
# "Barrow was fondant.", reads 57% like her name and far less like her opening, which
# she began at her second sentence ("The, erm, way", heard "Liam, way").
PITKEATHLEY = ("My Lords, is my noble friend working with other departments to ensure that people such as parents "
               "and teachers are aware of the difference in alcohol content in various drinks, so that children are "
               "protected?")
THORNTON_YOUTH = ("My noble friend points to a very important matter. The way in which we tackle alcohol abuse, "
                  "particularly the problems that we know face young people and their drinking habits, is through "
                  "the education of those young people and their parents. We are absolutely committed to that.")
HEARD_BARROW_WAS_FONDANT = [
    ("My", 285.23, 285.91), ("lord", 285.91, 286.29), ("is", 286.29, 286.65), ("my", 286.65, 286.87),
    ("normal", 286.87, 287.15), ("friend", 287.15, 287.51), ("working", 287.51, 287.87), ("with", 287.87, 288.15),
    ("a", 288.15, 288.33), ("whale,", 288.33, 288.81), ("department", 288.93, 289.33), ("to", 289.33, 289.85),
    ("ensure", 289.85, 290.05), ("that", 290.05, 290.41), ("people", 290.41, 290.85), ("such", 290.85, 291.21),
    ("as", 291.21, 291.51), ("parents", 291.51, 291.81), ("and", 291.81, 292.19), ("teachers", 292.19, 292.45),
    ("are", 292.45, 292.71), ("aware", 292.71, 292.93), ("of", 292.93, 293.25), ("the", 293.25, 293.25),
    ("difference", 293.25, 293.57), ("in", 293.57, 293.77), ("alcohol", 293.77, 294.23),
    ("content", 294.23, 294.79), ("and", 294.79, 295.13), ("various", 295.13, 295.39), ("drinks,", 295.39, 295.91),
    ("saw", 296.29, 296.33), ("that", 296.33, 296.65), ("children", 296.65, 296.93), ("are", 296.93, 297.23),
    ("protected,", 297.23, 297.65), ("let", 298.33, 298.45), ("me", 298.45, 298.67), ("be", 298.67, 298.79),
    ("absolutely", 298.79, 299.23), ("clear", 299.23, 299.69), ("about", 299.69, 300.05),
    ("this.", 300.05, 300.85), ("Barrow", 303.04, 303.24), ("was", 303.24, 303.52), ("fondant.", 303.52, 304.74),
    ("Liam,", 305.02, 305.40), ("way", 305.70, 305.88), ("in", 305.88, 305.94), ("which", 305.94, 306.24),
    ("we", 306.24, 306.46), ("tackle", 306.46, 306.70), ("alcohol", 306.70, 307.10), ("abuse,", 307.10, 307.56),
    ("particularly", 307.94, 308.32), ("the", 308.32, 308.72), ("problems", 308.72, 309.12),
    ("that", 309.12, 309.44), ("we", 309.44, 309.56), ("know", 309.56, 309.74), ("face", 309.74, 309.98),
    ("young", 309.98, 310.32), ("people", 310.32, 310.70), ("and", 310.70, 311.04), ("the", 311.04, 311.18),
    ("drinking", 311.18, 311.60), ("habits,", 311.60, 312.00), ("is", 312.44, 312.52),
    ("probably", 312.52, 312.80), ("a", 312.80, 312.96), ("location", 312.96, 313.26), ("of", 313.26, 313.58),
    ("young", 313.58, 313.92), ("people", 313.92, 314.44), ("and", 314.44, 314.84), ("the", 314.84, 314.92),
    ("parents,", 314.92, 315.42), ("We", 315.42, 315.76), ("are", 315.76, 315.94), ("absolutely", 315.94, 316.50),
    ("committed", 316.50, 317.02), ("to", 317.02, 317.34), ("that.", 317.34, 317.90), ("We", 318.00, 318.08),
]


def test_a_call_heard_wrong_that_reads_more_like_the_name_than_the_opening_is_not_the_speech():
    timings = align(as_heard(HEARD_BARROW_WAS_FONDANT), record(
        ("Baroness Pitkeathley", PITKEATHLEY), ("Baroness Thornton", THORNTON_YOUTH)))
    assert timings[1].start == pytest.approx(304.88, abs=0.5)  # not "Barrow" at 303.04


# Westminster Hall, 28 October 2009 (benchmark westminster-srilanka-hard-s6, transcribed
# again), as tiny.en heard it: Whisper wrote Joan Ryan's "I am sure" on at once after
# Simon Hughes's last word, 2.6 s before she said it, and stretched "sure" over the time
# between; she began at 954.05 s, just before "that".
OWN_BACKYARD = ("We should make that clear in advance, saying that it would be unacceptable to many of our "
                "Commonwealth colleagues. We cannot set human rights standards and invite people to promote them when "
                "some in our own backyard clearly have a bad record.")
RYAN_I_AM_SURE = ("I am sure that the Minister heard what the hon. Gentleman said, but I agree that it is completely "
                  "incompatible to hold a Commonwealth conference in Sri Lanka given all that has been said, and the "
                  "situation that exists. We need to send a clear message to the Government of Sri Lanka that the "
                  "continued detention of Tamil civilians will have serious consequences for Sri Lanka's relationship "
                  "with the international community. However, we must have a united front.")
HEARD_SQUEEZED_UP_TO_THE_SPEECH_BEFORE = [
    ("where", 940.93, 941.15), ("she'll", 941.15, 941.36), ("that", 941.36, 941.82), ("clear", 941.82, 942.01),
    ("advance,", 942.01, 942.65), ("saying", 943.20, 943.29), ("that", 943.29, 943.51), ("it", 943.51, 943.63),
    ("will", 943.63, 943.82), ("be", 943.82, 943.93), ("an", 943.93, 944.08), ("acceptable", 944.08, 944.58),
    ("to", 944.58, 944.84), ("many", 944.84, 945.03), ("of", 945.03, 945.12), ("my", 945.12, 945.29),
    ("common", 945.29, 945.53), ("rail", 945.53, 945.84), ("colleagues,", 945.84, 946.36),
    ("where", 946.74, 946.84), ("cannot", 946.84, 947.12), ("sit,", 947.12, 947.41), ("human", 947.50, 947.65),
    ("rights", 947.65, 948.08), ("standards,", 948.08, 948.50), ("and", 948.84, 948.91),
    ("invite", 948.91, 949.24), ("people", 949.24, 949.67), ("to", 949.67, 949.91), ("promote", 949.91, 950.17),
    ("men's", 950.17, 950.70), ("on", 950.70, 950.79), ("their", 950.79, 950.98), ("own", 950.98, 951.24),
    ("back.", 951.24, 951.41), ("I", 951.43, 952.03), ("am", 952.03, 952.22), ("sure", 952.22, 954.67),
    ("that", 954.67, 954.91), ("the", 954.91, 955.01), ("minister", 955.01, 955.29), ("heard", 955.29, 955.70),
    ("what", 955.70, 955.93), ("they", 955.93, 956.10), ("are.", 956.10, 956.38), ("We", 957.03, 957.20),
    ("need", 957.20, 957.53), ("them", 957.53, 958.01), ("to", 958.01, 958.20), ("send", 958.20, 958.48),
    ("a", 958.48, 958.70), ("clear", 958.70, 958.88), ("message", 958.88, 959.27), ("to", 959.27, 959.51),
    ("the", 959.51, 959.67), ("government", 959.67, 959.93), ("of", 959.93, 960.29), ("Sri", 960.29, 960.46),
    ("Lanka", 960.46, 960.75), ("to", 960.75, 961.22), ("continue", 961.22, 961.50), ("detention", 961.50, 962.13),
    ("of", 962.13, 962.48), ("Tamil", 962.48, 962.65), ("civilians.", 962.65, 963.15), ("We'll", 963.46, 963.46),
    ("have", 963.46, 963.72), ("serious", 963.72, 964.05), ("consequences", 964.05, 964.63),
    ("for", 964.63, 965.17), ("Sri", 965.17, 965.32), ("Lanka's", 965.32, 965.96),
    ("relationship", 965.96, 966.25), ("with", 966.25, 966.65), ("the", 966.65, 966.82),
    ("international", 966.82, 967.29), ("community.", 967.29, 967.88), ("However,", 967.88, 968.58),
    ("we", 968.86, 968.96), ("must", 968.96, 969.20), ("have", 969.20, 969.39), ("a", 969.39, 969.48),
    ("guided", 969.48, 969.82), ("front.", 969.82, 970.46),
]


def test_first_words_squeezed_up_to_the_speech_before_start_just_before_the_stretched_word_ends():
    timings = align(as_heard(HEARD_SQUEEZED_UP_TO_THE_SPEECH_BEFORE), record(
        ("Simon Hughes", OWN_BACKYARD), ("Joan Ryan", RYAN_I_AM_SURE)))
    assert timings[1].start == pytest.approx(954.05, abs=0.3)  # not "I" at 951.43


# Assembly questions, 13 October 2009 (heldout20 ni-skip50-hard-s2004), as tiny.en heard
# it: between Mitchel McLaughlin's speech and Sammy Wilson's answer, neither of which it
# matched, the Deputy Speaker's "The Member must ask a question." (heard "remember most
# of the escaque Western.") and McLaughlin's "Was an opportunity missed?" (heard "one and
# two nitty mist." after "Mitchell McLoughlin,"). The pauses fit both in the 12 s
# between, but a called member speaks next: McLaughlin began at 704.21 s.
SWINE_FLU = ("I understand that the Minister for Social Development also made a proposition about a major project "
             "that will not go ahead as planned. She suggested that she bring forward some £70 million. That would "
             "have made a substantial contribution towards the swine flu epidemic as well as to the social housing "
             "fund.")
MUST_ASK = "The Member must ask a question."
MISSED = "Was an opportunity missed?"
LONG_ONE = ("I thank the Minister for his question, albeit a long one. I must say that Ministers did not take the pain "
            "easily; they had to be persuaded.")
HEARD_THE_CALL_BEFORE_AN_UNHEARD_QUESTION = [
    ("a", 680.22, 680.38), ("proposition", 680.38, 680.75), ("about", 680.75, 681.12), ("a", 681.12, 681.25),
    ("major", 681.25, 681.51), ("project", 681.51, 681.91), ("that", 681.91, 682.20), ("will", 682.20, 682.38),
    ("not", 682.38, 682.55), ("go", 682.55, 682.72), ("ahead", 682.72, 682.96), ("as", 682.96, 683.17),
    ("planned.", 683.17, 683.53), ("She", 683.91, 684.12), ("suggested", 684.12, 684.55), ("that", 684.55, 684.93),
    ("she", 684.93, 685.05), ("will", 685.05, 685.38), ("bring", 685.38, 685.70), ("forward", 685.70, 686.05),
    ("some", 686.05, 686.32), ("£70", 686.32, 687.03), ("million.", 687.03, 687.86), ("That", 687.96, 688.12),
    ("would", 688.12, 688.36), ("have", 688.36, 688.51), ("made", 688.51, 688.65), ("a", 688.65, 688.88),
    ("substantial", 688.88, 689.38), ("contribution", 689.38, 690.01), ("towards", 690.01, 690.70),
    ("the", 690.70, 690.96), ("swan", 690.96, 691.24), ("flu", 691.24, 691.51), ("epidemic", 691.51, 691.89),
    ("as", 691.89, 692.13), ("well", 692.13, 692.32), ("as", 692.32, 692.58), ("to", 692.58, 692.63),
    ("the", 692.63, 692.89), ("social", 692.89, 693.15), ("housing", 693.15, 693.53), ("fund.", 693.53, 694.08),
    ("I", 694.39, 694.46), ("see", 694.46, 694.63), ("Mr.", 694.63, 694.91), ("House.", 695.12, 695.55),
    ("Yeah,", 695.55, 696.27), ("Front", 697.89, 698.12), ("in", 698.12, 698.29), ("my", 698.29, 698.48),
    ("life,", 698.48, 699.05), ("remember", 699.27, 699.65), ("most", 699.65, 700.20), ("of", 700.20, 700.36),
    ("the", 700.36, 700.58), ("escaque", 700.58, 700.70), ("Western.", 700.70, 701.65),
    ("Mitchell", 702.89, 703.41), ("McLoughlin,", 703.41, 703.93), ("one", 704.41, 704.46),
    ("and", 704.46, 704.60), ("two", 704.60, 704.88), ("nitty", 704.88, 705.15), ("mist.", 705.15, 705.75),
    ("Sammy", 706.41, 706.67), ("Wilson.", 706.67, 707.13), ("I", 708.20, 708.32), ("thank", 708.32, 708.62),
    ("the", 708.62, 708.82), ("minister", 708.82, 709.05), ("for", 709.05, 709.34), ("his", 709.34, 709.55),
    ("question", 709.55, 710.03), ("on", 710.03, 710.39), ("me", 710.39, 710.55), ("to", 710.55, 710.72),
    ("learn", 710.72, 710.98), ("one.", 710.98, 711.48), ("I", 711.75, 711.84), ("must", 711.84, 712.10),
    ("say", 712.10, 712.29), ("that", 712.29, 712.51), ("minister", 712.51, 712.84), ("did", 712.84, 713.17),
    ("not", 713.17, 713.36), ("take", 713.36, 713.62), ("the", 713.62, 713.79), ("penny,", 713.79, 714.10),
    ("really.", 714.53, 714.55), ("They", 714.67, 714.77), ("had", 714.77, 714.93), ("to", 714.93, 715.08),
    ("be", 715.08, 715.25), ("persuaded.", 715.25, 715.67),
]


def test_an_unheard_speech_fitted_between_its_neighbours_starts_after_its_members_call():
    timings = align(as_heard(HEARD_THE_CALL_BEFORE_AN_UNHEARD_QUESTION), record(
        ("Mitchel McLaughlin", SWINE_FLU), ("Francie Molloy", MUST_ASK), ("Mitchel McLaughlin", MISSED),
        ("Sammy Wilson", LONG_ONE)))
    assert [t.status for t in timings] == ["matched"] * 4
    assert timings[2].start == pytest.approx(704.41)  # "one", after "Mitchell McLoughlin,"
    assert timings[1].start < timings[2].start


# The same Lords sitting, another draw (heldout20 lords2014-skip4-hard-s2007), as tiny.en
# heard it: Lord Astor of Hever dropped "My Lords, we are confident ..." and began
# "Therefore," at 97.81 s, after his call, heard as "Lord us all on heaven.", which runs on
# into "Therefore," without a pause.
HEARD_LORD_US_ALL_ON_HEAVEN = [
    ("To", 81.97, 82.15), ("ask", 82.15, 82.47), ("our", 82.47, 83.03), ("Majesty's", 83.03, 83.79),
    ("government", 83.79, 84.01), ("what", 84.01, 84.47), ("is", 84.47, 84.67), ("their", 84.67, 84.89),
    ("best", 84.89, 85.21), ("estimate", 85.21, 85.67), ("on", 85.67, 86.07), ("form,", 86.07, 86.47),
    ("the", 86.71, 86.87), ("cast", 86.87, 87.07), ("of", 87.07, 87.35), ("moving", 87.35, 87.71),
    ("United", 87.71, 88.43), ("Kingdom's", 88.43, 89.25), ("nuclear", 89.25, 89.59), ("detourined", 89.59, 90.33),
    ("from", 90.33, 90.69), ("Faslin", 90.69, 91.15), ("if", 91.15, 91.59), ("Scotland", 91.59, 92.03),
    ("was", 92.03, 92.55), ("far", 92.55, 92.85), ("independent.", 92.85, 93.39), ("Lord", 95.67, 95.95),
    ("us", 95.95, 96.19), ("all", 96.19, 96.39), ("on", 96.39, 96.57), ("heaven.", 96.57, 97.51),
    ("Therefore,", 97.89, 98.35), ("we", 98.55, 98.65), ("are", 98.65, 98.75), ("not", 98.75, 98.91),
    ("making", 98.91, 99.29), ("any", 99.29, 99.57), ("contingency", 99.57, 100.07), ("plans", 100.07, 100.61),
    ("for", 100.61, 100.79), ("this", 100.79, 101.05), ("vote.", 101.05, 101.57), ("Moving", 102.13, 102.13),
    ("a", 102.13, 102.39), ("no,", 102.39, 102.69), ("the", 102.91, 102.95), ("detourined", 102.95, 103.45),
    ("and", 103.45, 103.69), ("its", 103.69, 103.95), ("facilities", 103.95, 104.27), ("would", 104.27, 104.67),
    ("be", 104.67, 104.89), ("an", 104.89, 104.89), ("enormous", 104.89, 105.21), ("exercise.", 105.21, 105.81),
    ("Faslin", 106.29, 106.45), ("is", 106.45, 106.69), ("the", 106.69, 106.81), ("largest", 106.81, 107.11),
    ("employment", 107.11, 107.55), ("site", 107.55, 108.05), ("in", 108.05, 108.25),
    ("Scotland.", 108.25, 108.65), ("We've", 108.95, 109.07), ("owned", 109.07, 109.35), ("6", 109.35, 109.85),
    (",700", 109.85, 110.57), ("military", 110.57, 111.17), ("and", 111.17, 111.57), ("civilian", 111.57, 111.95),
    ("jobs.", 111.95, 112.43), ("Increasing", 112.43, 113.03), ("to", 113.03, 113.29), ("around", 113.29, 113.55),
    ("8", 113.55, 113.97), (",200", 113.97, 114.63), (",000,", 114.63, 115.33), ("22,", 116.35, 116.35),
    ("300", 116.79, 117.03), ("million", 117.03, 117.51), ("of", 117.51, 117.75), ("pounds", 117.75, 118.03),
    ("of", 118.03, 118.31), ("plant", 118.31, 118.59), ("investment", 118.59, 119.09), ("and", 119.09, 119.39),
    ("it", 119.39, 119.55), ("becomes", 119.55, 119.91), ("the", 119.91, 120.09), ("own", 120.09, 120.33),
    ("to", 120.33, 120.49), ("all", 120.49, 120.69), ("Royal", 120.69, 120.89), ("Navy", 120.89, 121.23),
    ("submarines.", 121.23, 121.75),
]


def test_a_call_read_far_more_like_the_name_than_the_opening_is_not_the_speech_though_it_runs_on():
    timings = align(as_heard(HEARD_LORD_US_ALL_ON_HEAVEN), record(
        FORSYTH_FASLANE, ("Lord Astor of Hever", ASTOR_CONFIDENT)))
    assert timings[1].start == pytest.approx(97.81, abs=0.3)  # "Therefore,", not "Lord" at 95.67


# The same Lords questions, another draw (benchmark lords-alcohol-hard-s61, transcribed
# again), as tiny.en heard it: after Baroness Coussins's question and her aside "Let me
# just finish this point.", a silence of 1.9 s, then the call of Lord Young of Norwood
# Green, heard as "Lord, you're not worth bringing." (57% like the name), running on into
# his French opening ("Mess in yours, La Pory, SDU") at 554.95 s.
HEARD_LORD_YOURE_NOT_WORTH_BRINGING = [
    ("Task", 535.44, 535.80), ("for", 535.80, 536.04), ("Majesty's", 536.04, 536.84),
    ("government", 536.84, 536.92), ("what", 536.92, 537.36), ("is", 537.36, 537.52), ("Mary", 537.52, 537.80),
    ("Stonst", 537.80, 538.22), ("and", 538.22, 538.42), ("the", 538.42, 538.58), ("renew", 538.58, 538.76),
    ("my", 538.76, 538.98), ("professor", 538.98, 539.40), ("Michael", 539.40, 539.84), ("Werton", 539.84, 540.22),
    ("on", 540.22, 540.42), ("the", 540.42, 540.60), ("future", 540.60, 540.80), ("of", 540.80, 541.12),
    ("modern", 541.12, 541.36), ("language", 541.36, 541.90), ("provisioning", 541.90, 542.70),
    ("English", 542.70, 542.94), ("universities.", 542.94, 543.56), ("Her", 544.30, 544.60),
    ("published", 544.60, 544.90), ("on", 544.90, 545.34), ("20", 545.34, 545.56), ("October", 545.56, 546.04),
    ("by", 546.04, 546.42), ("the", 546.42, 546.48), ("higher", 546.48, 546.72), ("education", 546.72, 547.28),
    ("funding", 547.28, 547.82), ("council,", 547.82, 548.38), ("let", 548.90, 549.00), ("me", 549.00, 549.22),
    ("just", 549.22, 549.54), ("finish", 549.54, 549.84), ("This", 549.84, 550.08), ("point,", 550.08, 550.88),
    ("Lord,", 552.76, 552.78), ("you're", 552.82, 553.14), ("not", 553.14, 553.34), ("worth", 553.34, 553.64),
    ("bringing.", 553.64, 554.74), ("Mess", 555.10, 555.34), ("in", 555.34, 555.62), ("yours,", 555.62, 556.02),
    ("La", 556.38, 556.42), ("Pory,", 556.42, 556.72), ("SDU,", 556.90, 557.40), ("and", 557.56, 557.64),
    ("contribution", 557.64, 558.18), ("available,", 558.18, 558.90), ("or", 558.90, 559.16),
    ("they", 559.16, 559.32), ("matter", 559.32, 559.60), ("less", 559.60, 560.06), ("than,", 560.06, 560.38),
    ("well,", 560.48, 560.96), ("moderns,", 561.22, 561.86), ("or", 561.86, 562.32), ("in", 562.32, 562.56),
    ("plain", 562.56, 562.84), ("English,", 562.84, 563.24), ("I", 563.52, 563.66), ("thought", 563.66, 563.96),
    ("that", 563.96, 564.28), ("would", 564.28, 564.66), ("be", 564.66, 564.94), ("a", 564.94, 565.08),
    ("different", 565.08, 565.40), ("way", 565.40, 565.62), ("of", 565.62, 565.84),
    ("introducing", 565.84, 566.36), ("this,", 566.36, 567.08), ("the", 567.08, 567.26),
    ("report", 567.26, 567.54), ("is", 567.54, 567.82), ("a", 567.82, 567.92), ("valuable", 567.92, 568.36),
    ("contribution", 568.36, 569.28), ("to", 569.28, 569.76), ("the", 569.76, 569.84), ("debate", 569.84, 570.18),
    ("on", 570.18, 570.48), ("modern", 570.48, 570.76), ("languages,", 570.76, 571.18), ("and", 571.60, 571.82),
    ("we", 571.82, 572.04), ("look", 572.04, 572.30), ("forward", 572.30, 572.74), ("to", 572.74, 573.12),
    ("considering", 573.12, 573.48), ("the", 573.48, 573.88), ("detail", 573.88, 574.24), ("with", 574.24, 574.58),
    ("colleagues", 574.58, 574.98), ("responsible", 574.98, 575.60), ("for", 575.60, 576.08),
    ("schools.", 576.08, 576.58), ("However,", 576.58, 577.46),
]


def test_a_call_heard_after_a_long_silence_is_not_the_opening_though_less_like_the_name():
    timings = align(as_heard(HEARD_LORD_YOURE_NOT_WORTH_BRINGING), record(
        COUSSINS_QUESTION, ("Lord Young of Norwood Green", YOUNG_FRENCH)))
    assert timings[1].start == pytest.approx(554.95, abs=0.3)  # "Mess", not "Lord" at 552.76


# Assembly statement, 13 October 2009 (heldout21 ni-skip80-hard-s2104), as tiny.en heard
# it: after the presenter, the Deputy Speaker called Cathal Boylan ("Castle Boyland."),
# who began in Irish at 24.27 s ("Go raid me, Faggot. At least Gino. Come hell."), said an
# aside the record leaves out, "Let me be absolutely clear about this.", finished the
# Irish, and was first matched at "I welcome", 10.5 s after the call.
BOYLAN_ROAD_SAFETY = ("Go raibh maith agat, a LeasCheann Comhairle. Cuirim fáilte roimh ráiteas an Aire. I welcome "
                      "the Minister’s statement. I refer him to the money for road safety that was returned by the "
                      "Department of the Environment.")
HEARD_A_CALL_LONG_BEFORE_THE_FIRST_MATCH = [
    ("Good", 4.27, 4.91), ("morning,", 4.91, 5.19), ("and", 5.55, 5.61), ("welcome", 5.61, 6.01),
    ("to", 6.01, 6.27), ("live", 6.27, 6.53), ("coverage", 6.53, 6.87), ("from", 6.87, 7.29), ("the", 7.29, 7.45),
    ("House", 7.45, 7.67), ("of", 7.67, 7.95), ("Commons.", 7.95, 8.45), ("Questions", 9.33, 9.47),
    ("are", 9.47, 9.75), ("about", 9.75, 10.13), ("to", 10.13, 10.29), ("begin,", 10.29, 10.65),
    ("and", 10.85, 11.11), ("we", 11.11, 11.23), ("will", 11.23, 11.45), ("be", 11.45, 11.97),
    ("following", 11.97, 11.97), ("them", 11.97, 12.35), ("here.", 12.35, 12.97), ("Later", 13.47, 13.65),
    ("we", 13.65, 13.81), ("will", 13.81, 14.05), ("have", 14.05, 14.27), ("the", 14.27, 14.47),
    ("main", 14.47, 14.67), ("debate", 14.67, 15.01), ("of", 15.01, 15.23), ("the", 15.23, 15.43),
    ("day,", 15.43, 15.79), ("and", 15.97, 16.09), ("round", 16.09, 16.35), ("up", 16.35, 16.55),
    ("of", 16.55, 16.73), ("the", 16.73, 16.83), ("news", 16.83, 17.05), ("from", 17.05, 17.37),
    ("committees.", 17.37, 17.77), ("Castle", 22.93, 23.49), ("Boyland.", 23.49, 24.05), ("Go", 24.47, 24.57),
    ("raid", 24.57, 24.87), ("me,", 24.87, 25.21), ("Faggot.", 25.41, 25.69), ("At", 25.95, 26.07),
    ("least", 26.07, 26.39), ("Gino.", 26.39, 26.87), ("Come", 27.33, 27.61), ("hell.", 27.61, 28.01),
    ("Let", 28.37, 28.67), ("me", 28.67, 28.89), ("be", 28.89, 29.09), ("absolutely", 29.09, 29.63),
    ("clear", 29.63, 30.17), ("about", 30.17, 30.55), ("this.", 30.55, 30.83), ("Q", 30.83, 31.61),
    (".E", 31.61, 31.79), (".R.", 31.79, 31.97), ("in", 31.99, 31.99), ("failed,", 31.99, 32.41),
    ("Roy", 32.53, 32.75), ("Muneau,", 32.75, 33.65), ("Ray", 33.73, 33.97), ("Tiamana,", 33.97, 34.47),
    ("I", 34.99, 35.31), ("welcome", 35.31, 35.79), ("the", 35.79, 36.13), ("Muneau,", 36.13, 36.69),
    ("Minister's", 36.85, 37.69), ("Statement.", 37.69, 37.99), ("I", 38.55, 38.69), ("refer", 38.69, 39.01),
    ("him", 39.01, 39.29), ("to", 39.29, 39.53), ("the", 39.53, 39.69), ("Money", 39.69, 39.89),
    ("for", 39.89, 40.13), ("Road", 40.13, 40.43), ("Safety", 40.43, 40.93), ("Matter,", 40.93, 41.49),
    ("was", 41.83, 42.01), ("returned", 42.01, 42.39), ("by", 42.39, 42.79), ("the", 42.79, 42.85),
    ("Department", 42.85, 43.33), ("of", 43.33, 43.71), ("the", 43.71, 43.89), ("Environment.", 43.89, 44.45),
]


def test_the_members_call_starts_the_speech_though_a_long_irish_opening_and_an_aside_came_before_the_first_match():
    timings = align(as_heard(HEARD_A_CALL_LONG_BEFORE_THE_FIRST_MATCH), record(("Cathal Boylan", BOYLAN_ROAD_SAFETY)))
    assert timings[0].start == pytest.approx(24.27, abs=0.3)  # "Go", after "Castle Boyland."


# Westminster Hall, 28 October 2009 (heldout21 wh-skip50-hard-s2105), as tiny.en heard
# it: the chair called Lee Scott ("Please, Scott."), Whisper wrote nothing of the 27 s
# after it but "Please, Scott." again, 20 s later, and the first words it matched came
# after that copy; he began at 341.23 s, dropping nothing.
ORDER_WORK_WITH_YOU = ("Order. Many hon. Members have asked to participate in this debate. We will start the "
                       "Front-Bench speeches at 3.30 pm. I would like to call as many hon. Members as possible, so I "
                       "ask each speaker to be sensitive to the needs of others, and I will work with you.")
SCOTT_AUSCHWITZ = ("Let me start by congratulating the right hon. Member for Enfield, North (Joan Ryan) on securing "
                   "the debate. I will not repeat anything that has already been said, as I would like to talk about "
                   "this subject from a personal perspective, before making some suggestions. Last Thursday, "
                   "together with three other hon. Members, one of whom is in the Chamber, I visited Auschwitz "
                   "concentration camp. We saw what man's inhumanity to man can do, and where things can end. That "
                   "most emotional trip affected and upset me greatly. I am still thinking about what we saw last "
                   "week, partly because my own grandparents came from that area, and I might not have been born "
                   "had the Nazi regime had its way.")
HEARD_THE_CALL_WRITTEN_AGAIN = [
    ("Order.", 315.87, 316.21), ("Many", 316.87, 317.05), ("horn.", 317.05, 317.37), ("Let", 317.93, 318.09),
    ("me", 318.09, 318.31), ("be", 318.31, 318.45), ("absolutely", 318.45, 318.97), ("clear", 318.97, 319.47),
    ("about", 319.47, 319.81), ("this.", 319.81, 320.35), ("Members,", 320.73, 320.99),
    ("members", 321.49, 321.49), ("have", 321.49, 321.73), ("asked", 321.73, 322.11), ("to", 322.11, 322.41),
    ("participate", 322.41, 322.87), ("in", 322.87, 323.33), ("this", 323.33, 323.51), ("debate.", 323.51, 323.89),
    ("We", 324.41, 324.57), ("will", 324.57, 324.83), ("start", 324.83, 325.15), ("the", 325.15, 325.41),
    ("front", 325.41, 325.69), ("bench", 325.69, 326.07), ("well,", 326.07, 326.47), ("speech", 326.83, 326.91),
    ("is", 326.91, 327.09), ("at", 327.09, 327.35), ("3", 327.35, 327.61), (".30pm.", 327.61, 329.03),
    ("I", 329.45, 329.49), ("would", 329.49, 329.69), ("like", 329.69, 329.99), ("like", 329.99, 330.29),
    ("to", 330.29, 330.53), ("call", 330.53, 330.75), ("as", 330.75, 331.05), ("many", 331.05, 331.27),
    ("horn.", 331.27, 331.71), ("Members", 332.27, 332.27), ("as", 332.27, 332.67), ("possible.", 332.67, 333.07),
    ("So", 333.33, 333.59), ("I", 333.59, 333.69), ("ask", 333.69, 333.95), ("each", 333.95, 334.33),
    ("speaker", 334.33, 334.69), ("to", 334.69, 334.87), ("be", 334.87, 335.05), ("sensitive", 335.05, 335.47),
    ("to", 335.47, 335.89), ("the", 335.89, 336.01), ("needs", 336.01, 336.25), ("of", 336.25, 336.49),
    ("others.", 336.49, 336.89), ("And", 336.89, 337.25), ("I", 337.25, 337.41), ("will", 337.41, 337.61),
    ("work", 337.61, 337.95), ("with", 337.95, 338.17), ("you.", 338.17, 338.52), ("Please,", 339.57, 339.87),
    ("Scott.", 340.45, 340.45), ("Please,", 360.41, 361.81), ("Scott.", 361.81, 362.79),
    ("Partly", 367.19, 367.63), ("because", 367.63, 367.91), ("my", 367.91, 368.17), ("own", 368.17, 368.39),
    ("grandparents", 368.39, 368.71), ("came", 368.71, 369.27), ("from", 369.27, 369.57), ("that", 369.57, 369.75),
    ("area,", 369.75, 370.07), ("and", 370.23, 370.31), ("I", 370.31, 370.45), ("might", 370.45, 370.59),
    ("not", 370.59, 370.77), ("have", 370.77, 370.93), ("been", 370.93, 371.13), ("born", 371.13, 371.43),
    ("and", 371.43, 371.67), ("have", 371.67, 372.01), ("seen", 372.01, 372.17), ("a", 372.17, 372.25),
    ("dream", 372.25, 372.49), ("have", 372.49, 372.67), ("its", 372.67, 372.93), ("way.", 372.93, 373.31),
    ("In", 373.63, 373.81), ("2009,", 373.81, 374.53), ("the", 374.99, 375.13),
]


def test_a_call_whisper_wrote_again_after_a_hole_is_not_a_second_call():
    timings = align(as_heard(HEARD_THE_CALL_WRITTEN_AGAIN), record(
        ("William McCrea", ORDER_WORK_WITH_YOU), ("Lee Scott", SCOTT_AUSCHWITZ)))
    assert timings[1].start == pytest.approx(341.23, abs=1.0)  # not after the copy, at 363.04


FORCES_WIVES = ("It is not only our troops and veterans who need support but the Army, Air Force and Navy "
                "Wives.")
ORDER_CATCH_MY_EYE = ("Order. Twenty-eight Members are seeking to catch my eye. I am keen to accommodate as many "
                      "as possible, but I am looking, particularly today, for single, short supplementary "
                      "questions.")
HEARD_ORDER_THEN_AN_ASIDE = [  # tiny.en, heldout22/defra-skip150-hard-s2202
    ("our", 724.30, 724.64), ("only", 724.64, 724.85), ("to", 724.85, 725.04), ("our", 725.04, 725.26),
    ("troops,", 725.26, 725.68), ("and", 726.02, 726.12), ("to", 726.12, 726.30), ("veterans,", 726.30, 726.71),
    ("but", 727.12, 727.28), ("to", 727.28, 727.40), ("army,", 727.40, 727.78), ("Air", 728.00, 728.04),
    ("Force,", 728.04, 728.42), ("and", 728.59, 728.78), ("Navy", 728.78, 729.02), ("Wives.", 729.02, 729.87),
    ("Order,", 730.47, 730.78), ("and", 731.12, 731.42), ("I", 731.42, 731.50), ("will", 731.50, 731.73),
    ("come", 731.73, 732.00), ("to", 732.00, 732.26), ("that", 732.26, 732.37), ("in", 732.37, 732.54),
    ("a", 732.54, 732.64), ("moment.", 732.64, 733.02), ("Twenty", 733.76, 733.97), ("-eight", 733.97, 734.18),
    ("members", 734.18, 734.54), ("you", 734.54, 734.85), ("know", 734.85, 735.23), ("are", 735.23, 735.52),
    ("seeking", 735.52, 735.87), ("to", 735.87, 736.14), ("catch", 736.14, 736.42), ("my", 736.42, 736.71),
    ("eye.", 736.71, 737.12), ("I", 737.59, 737.59), ("am", 737.59, 737.73), ("keen", 737.73, 737.97),
    ("to", 737.97, 738.14), ("accommodate", 738.14, 738.54), ("as", 738.54, 738.99), ("many", 738.99, 739.18),
    ("as", 739.18, 739.49), ("possible,", 739.49, 739.97), ("but", 740.18, 740.42), ("I", 740.42, 740.66),
    ("am", 740.66, 740.68), ("looking,", 740.68, 741.16), ("particularly", 741.49, 741.97),
    ("today,", 741.97, 742.68), ("Farsingal,", 743.30, 743.87), ("short", 743.99, 744.25),
    ("supplementary", 744.25, 744.85), ("questions", 744.85, 745.62),
]


def test_a_one_word_first_sentence_before_an_aside_starts_the_speech():
    timings = align(as_heard(HEARD_ORDER_THEN_AN_ASIDE), record(
        ("Mrs Moon", FORCES_WIVES), ("Mr. Speaker", ORDER_CATCH_MY_EYE)))
    assert timings[1].start == pytest.approx(730.47, abs=0.01)  # "Order," not "Twenty-eight"


REAPPLY = ("Registrars should inform fathers that the option to apply for parental responsibility is available to "
           "them. We would also encourage some flexibility so that, if the courts consider that it is "
           "inappropriate to award parental responsibility, fathers are able to reapply for parental "
           "responsibility at a later stage. I beg to move.")
REMIND_THE_MINISTER = ("My Lords, I support the amendment. I remind the Minister that I took part at an earlier stage "
                       "of the Bill. I am grateful to the noble Baroness, Lady Thomas, and to the noble Lord, Lord "
                       "Kirkwood, for taking up this issue on my behalf, as I was involved in the transatlantic "
                       "airline bombing trial and was not able to be here.")
HEARD_A_CALL_IN_MORE_WORDS = [  # tiny.en, heldout22/lords-skip85-hard-s2203: the first sentence dropped
    ("Register", 2409.09, 2409.09), ("should", 2409.09, 2409.59), ("inform", 2409.59, 2410.07),
    ("fathers", 2410.07, 2410.47), ("at", 2410.47, 2410.82), ("the", 2410.82, 2410.82),
    ("option", 2410.82, 2411.24), ("to", 2411.24, 2411.51), ("apply", 2411.51, 2411.86), ("for", 2411.86, 2412.09),
    ("parental", 2412.09, 2412.45), ("responsibilities", 2412.45, 2413.14), ("available", 2413.14, 2413.91),
    ("to", 2413.91, 2414.28), ("them.", 2414.28, 2414.72), ("I", 2415.07, 2415.14), ("say", 2415.14, 2415.32),
    ("this", 2415.32, 2415.53), ("to", 2415.53, 2415.70), ("the", 2415.70, 2415.86), ("house.", 2415.86, 2416.16),
    ("We", 2416.45, 2416.61), ("would", 2416.61, 2416.78), ("also", 2416.78, 2417.07),
    ("encourage", 2417.07, 2417.59), ("some", 2417.59, 2417.97), ("flexibility", 2417.97, 2418.57),
    ("so", 2418.57, 2419.07), ("that", 2419.07, 2419.43), ("if", 2419.43, 2419.70), ("the", 2419.70, 2419.91),
    ("courts", 2419.91, 2420.30), ("consider", 2420.30, 2420.70), ("to", 2420.70, 2421.01),
    ("the", 2421.01, 2421.24), ("appropriate", 2421.24, 2421.78), ("to", 2421.78, 2422.16),
    ("avoid", 2422.16, 2422.45), ("the", 2422.45, 2422.55), ("mental", 2422.55, 2422.89),
    ("responsibility.", 2422.89, 2423.57), ("However,", 2424.09, 2424.36), ("I'm", 2424.51, 2424.64),
    ("able", 2424.64, 2424.84), ("to", 2424.84, 2425.03), ("reapply", 2425.03, 2425.47), ("for", 2425.47, 2425.80),
    ("the", 2425.80, 2425.89), ("mental", 2425.89, 2426.18), ("responsibility", 2426.18, 2426.86),
    ("at", 2426.86, 2427.20), ("a", 2427.20, 2427.34), ("later", 2427.34, 2427.53), ("stage.", 2427.53, 2428.16),
    ("I", 2428.47, 2428.61), ("make", 2428.61, 2428.88), ("to", 2428.88, 2429.07), ("move.", 2429.07, 2429.82),
    ("Here,", 2430.01, 2430.53), ("here.", 2430.53, 2431.18), ("Marrow", 2433.16, 2433.41),
    ("was", 2433.41, 2433.66), ("kind", 2433.66, 2433.80), ("of", 2433.80, 2433.95), ("the", 2433.95, 2434.05),
    ("on", 2434.05, 2434.18), ("the", 2434.18, 2434.43), ("shores.", 2434.43, 2434.66), ("I", 2435.49, 2436.11),
    ("remind", 2436.11, 2436.47), ("my", 2436.47, 2436.85), ("minister,", 2436.85, 2437.15),
    ("and", 2437.71, 2437.87), ("I", 2437.87, 2438.03), ("talk", 2438.03, 2438.39), ("past,", 2438.39, 2438.75),
    ("I", 2438.75, 2438.89), ("turn", 2438.89, 2438.93), ("earlier", 2438.93, 2439.21),
    ("stage", 2439.21, 2439.59), ("of", 2439.59, 2439.77), ("the", 2439.77, 2439.99), ("meal.", 2439.99, 2440.53),
    ("I", 2440.95, 2441.03), ("am", 2441.03, 2441.21), ("grateful", 2441.21, 2441.53), ("to", 2441.53, 2441.87),
    ("the", 2441.87, 2442.03), ("noble", 2442.03, 2442.29), ("marvellous", 2442.29, 2442.99),
    ("lady", 2442.99, 2443.49), ("Thomas,", 2443.49, 2443.91), ("and", 2444.29, 2444.37), ("to", 2444.37, 2444.49),
    ("the", 2444.49, 2444.67), ("noble", 2444.67, 2444.95), ("Lord,", 2444.95, 2445.55),
    ("Lord", 2445.71, 2446.01), ("Kirk,", 2446.01, 2446.45), ("will", 2446.73, 2446.93), ("for", 2446.93, 2447.19),
    ("taking", 2447.19, 2447.55), ("up", 2447.55, 2447.83), ("this", 2447.83, 2448.05),
    ("issue", 2448.05, 2448.33), ("on", 2448.33, 2448.53), ("my", 2448.53, 2448.69), ("behalf.", 2448.69, 2449.25),
    ("And", 2449.65, 2449.67), ("I", 2449.67, 2449.93), ("am,", 2449.93, 2450.15), ("one", 2450.33, 2450.53),
    ("involved", 2450.53, 2450.95), ("in", 2450.95, 2451.21), ("the", 2451.21, 2451.41),
    ("transit", 2451.41, 2451.73), ("and", 2451.73, 2451.99), ("the", 2451.99, 2452.15),
    ("curling", 2452.15, 2452.49), ("bombing", 2452.49, 2452.85), ("trail,", 2452.85, 2453.35),
    ("and", 2453.49, 2453.63), ("one", 2453.63, 2453.83), ("not", 2453.83, 2454.05), ("able", 2454.05, 2454.35),
    ("to", 2454.35, 2454.55), ("be", 2454.55, 2454.69), ("here.", 2454.69, 2455.05),
]


def test_a_call_split_into_more_words_between_two_pauses_is_not_the_speech():
    # "Marrow was kind of the on the shores." is the call of Baroness Kennedy of The Shaws,
    # in eight words: its "the" is not the "the" of "I support the amendment", which she dropped.
    timings = align(as_heard(HEARD_A_CALL_IN_MORE_WORDS), record(
        ("Baroness Thomas of Winchester", REAPPLY), ("Baroness Kennedy of The Shaws", REMIND_THE_MINISTER)))
    assert timings[1].start == pytest.approx(2435.49, abs=0.6)  # truth 2435.88; not 2433.16


TWO_DIFFERENT_THINGS = ("That is not just a DFP rule but a Treasury rule. The Minister could not have transferred it "
                        "from capital expenditure to current expenditure, so we are probably talking about two "
                        "different things. If I am wrong, I will come back to the Chairperson.")
MATCH_FUNDING = ("I am grateful to the Minister for his statement. I wish to ask about OFMDFM departmental savings. "
                 "Annex A to the Minister’s statement outlines a reduced requirement of £11·5 million under the "
                 "heading “EU Match Funding”. Will the Minister explain the background to that match funding, "
                 "what is meant by it, where it comes from and why it is not required at this stage?")
HEARD_THE_SECOND_SENTENCE_FIRST = [  # tiny.en, heldout20/ni-skip50-hard-s2004: the first sentence dropped
    ("That", 378.87, 378.95), ("is", 378.95, 379.11), ("not", 379.11, 379.31), ("just", 379.31, 379.53),
    ("a", 379.53, 379.65), ("BFP", 379.65, 379.97), ("rule", 379.97, 380.27), ("well,", 380.27, 380.65),
    ("but", 380.97, 381.01), ("a", 381.01, 381.15), ("treasure", 381.15, 381.37), ("rule.", 381.37, 381.85),
    ("The", 382.11, 382.21), ("minister", 382.21, 382.47), ("could", 382.47, 382.77), ("have", 382.77, 383.03),
    ("transferred", 383.03, 383.49), ("it", 383.49, 383.83), ("from", 383.83, 384.07), ("capital", 384.07, 384.43),
    ("expenditure", 384.43, 385.01), ("to", 385.01, 385.37), ("current", 385.37, 385.57),
    ("expenditure,", 385.57, 386.27), ("so", 386.69, 386.71), ("they", 386.71, 386.89), ("are", 386.89, 387.03),
    ("probably", 387.03, 387.33), ("talking", 387.33, 387.75), ("about", 387.75, 388.13), ("two", 388.13, 388.39),
    ("different", 388.39, 388.69), ("things.", 388.69, 389.33), ("I", 392.60, 393.24), ("wish", 393.24, 393.50),
    ("to", 393.50, 393.68), ("ask", 393.68, 393.92), ("him", 393.92, 394.06), ("how", 394.06, 394.25),
    ("to", 394.25, 394.33), ("offer", 394.33, 394.57), ("them", 394.57, 394.92), ("the", 394.92, 395.06),
    ("Batman", 395.06, 395.39), ("to", 395.39, 395.63), ("save", 395.63, 396.04), ("him.", 396.04, 396.86),
    ("And,", 396.88, 397.07), ("except", 397.15, 397.38), ("in", 397.38, 397.65), ("the", 397.65, 397.75),
    ("miniscence", 397.75, 398.19), ("statement,", 398.19, 398.68), ("how", 398.74, 398.98),
    ("to", 398.98, 399.10), ("line", 399.10, 399.24), ("the", 399.24, 399.39), ("videos", 399.39, 399.71),
    ("to", 399.71, 399.98), ("be", 399.98, 400.04), ("quiet", 400.04, 400.21), ("on", 400.21, 400.57),
    ("pound", 400.57, 400.94), ("11,", 400.94, 401.36), ("5", 401.54, 401.83), ("million", 401.83, 402.10),
    ("on", 402.10, 402.31), ("the", 402.31, 402.48), ("meeting,", 402.48, 402.86), ("ayo", 402.92, 403.27),
    ("match.", 403.27, 403.50), ("funding,", 403.61, 404.19), ("will", 404.57, 404.75), ("the", 404.75, 404.93),
    ("minister", 404.93, 405.19), ("explain", 405.19, 405.77), ("the", 405.77, 406.13),
    ("background", 406.13, 406.51), ("to", 406.51, 406.91), ("match", 406.91, 407.33),
    ("funding,", 407.33, 407.89), ("what", 408.27, 408.39), ("is", 408.39, 408.53), ("meant", 408.53, 408.85),
    ("well,", 408.85, 409.41), ("by", 409.55, 409.69), ("it,", 409.69, 410.07), ("where", 410.27, 410.29),
    ("it", 410.29, 410.51), ("comes", 410.51, 410.83), ("from", 410.83, 411.31), ("and", 411.31, 411.53),
    ("why", 411.53, 411.75), ("it", 411.75, 411.89), ("is", 411.89, 411.99), ("not", 411.99, 412.21),
    ("required", 412.21, 412.57), ("at", 412.57, 412.95), ("this", 412.95, 413.21),
]


def test_a_later_sentence_heard_word_for_word_starts_the_speech_its_first_was_dropped_from():
    # The global pass paired "to ... statement" of the dropped "I am grateful to the Minister
    # for his statement." with "how to line the videos" after "the miniscence statement".
    timings = align(as_heard(HEARD_THE_SECOND_SENTENCE_FIRST), record(
        ("Sammy Wilson", TWO_DIFFERENT_THINGS), ("Danny Kennedy", MATCH_FUNDING)))
    assert timings[1].start == pytest.approx(393.0, abs=0.5)  # "I wish to ask", not "to line" at 398.98


ABUSIVE_CALLS = ("Does my right hon. Friend agree that over the past few weeks, we have seen an increasing number "
                 "of abusive phone calls and e-mails precisely because of the report on GSP plus? For the first "
                 "time in more than six months,")
HEARD_THE_PRESENTER_SAY_WE_WILL = [  # tiny.en, heldout21/wh-skip50-hard-s2105: Joan Ryan's "I will." unsaid
    ("Good", 4.78, 5.42), ("morning,", 5.42, 5.76), ("and", 6.08, 6.14), ("welcome", 6.14, 6.54),
    ("to", 6.54, 6.78), ("live", 6.78, 7.02), ("coverage", 7.02, 7.40), ("from", 7.40, 7.82), ("the", 7.82, 7.96),
    ("House", 7.96, 8.18), ("of", 8.18, 8.48), ("Commons.", 8.48, 8.88), ("Questions", 9.90, 10.08),
    ("are", 10.08, 10.34), ("about", 10.34, 10.68), ("to", 10.68, 10.90), ("begin,", 10.90, 11.22),
    ("and", 11.42, 11.68), ("we", 11.68, 11.80), ("will", 11.80, 12.00), ("be", 12.00, 12.22),
    ("following", 12.22, 12.56), ("them", 12.56, 12.92), ("here.", 12.92, 13.62), ("Later,", 14.12, 14.28),
    ("we", 14.44, 14.44), ("will", 14.44, 14.68), ("have", 14.68, 14.90), ("the", 14.90, 15.08),
    ("main", 15.08, 15.30), ("debate", 15.30, 15.66), ("of", 15.66, 15.84), ("the", 15.84, 16.06),
    ("day,", 16.06, 16.38), ("and", 16.62, 16.72), ("round", 16.72, 16.98), ("up", 16.98, 17.16),
    ("of", 17.16, 17.36), ("the", 17.36, 17.46), ("news", 17.46, 17.70), ("from", 17.70, 18.00),
    ("committees.", 18.00, 18.40), ("See,", 23.50, 23.66), ("I'm", 23.78, 23.90), ("Jane", 23.90, 24.10),
    ("McDough,", 24.10, 24.54), ("hard.", 24.54, 25.24), ("Does", 25.82, 26.04), ("my", 26.04, 26.24),
    ("right", 26.24, 26.50), ("hon?", 26.50, 27.06), ("Hon?", 27.66, 27.66), ("Friend", 27.86, 28.14),
    ("agree", 28.14, 28.42), ("that", 28.42, 28.66), ("over", 28.66, 28.82), ("the", 28.82, 29.04),
    ("past", 29.04, 29.30), ("few", 29.30, 29.54), ("weeks,", 29.54, 29.84), ("we", 30.08, 30.22),
    ("have", 30.22, 30.46), ("seen", 30.46, 30.64), ("an", 30.64, 30.80), ("increasing", 30.80, 31.24),
    ("number", 31.24, 31.56), ("of", 31.56, 31.72), ("abusive", 31.72, 32.06), ("phone", 32.06, 32.54),
    ("calls,", 32.54, 32.82), ("and", 33.04, 33.18), ("emails", 33.18, 33.56), ("precisely", 33.56, 34.02),
    ("because", 34.02, 34.46), ("of", 34.46, 34.66), ("the", 34.66, 34.78), ("report", 34.78, 35.02),
    ("on", 35.02, 35.32), ("DSD", 35.32, 35.66), ("Plus,", 35.66, 36.06), ("that", 36.34, 36.46),
    ("is", 36.46, 36.64), ("the", 36.64, 36.80), ("point.", 36.80, 37.14), ("For", 37.14, 37.62),
    ("for", 37.62, 37.78), ("the", 37.78, 37.90), ("first", 37.90, 38.18), ("time", 38.18, 38.46),
    ("in", 38.46, 38.62), ("more", 38.62, 38.76), ("than", 38.76, 39.00), ("six", 39.00, 39.26),
    ("months,", 39.26, 39.70),
]


def test_a_short_speech_is_not_placed_on_a_word_inside_someone_elses_sentence():
    timings = align(as_heard(HEARD_THE_PRESENTER_SAY_WE_WILL), record(
        ("Joan Ryan", "I will."), ("Siobhain McDonagh", ABUSIVE_CALLS)))
    assert timings[0].status == "missing"  # not "will" of "and we will be following them here"
    assert timings[1].start == pytest.approx(25.82, abs=0.01)


# Mark Durkan's intervention and Sammy Wilson's reply (heldout26/oppday-skip52-hard-s2606):
# Durkan closed with the aside "Let me be absolutely clear about this.", and Whisper
# stretched its "this." over the 0.7 s pause before Wilson's "The hon. Gentleman is
# right" (said at 893.70 s).
DURKAN_PARADES = ("Does the hon. Gentleman acknowledge that there were far more contentious parades before we had "
                  "the Parades Commission? During the life of the commission, those issues have progressively been "
                  "reduced to the number that his colleagues have talked about.")
WILSON_RIGHT = ("The hon. Gentleman is right, but his assumption is that, somehow or other, that was to do with the "
                "existence of the Parades Commission. Just because we see something happening, and we see a change "
                "taking place, it does not")  # as far as the words below go
HEARD_AN_ASIDE_BEFORE_A_STRETCHED_PAUSE = [  # tiny.en, to the millisecond (the pause before "Let" is 0.46 s)
    ("Does", 878.295, 878.895), ("the", 878.895, 879.135), ("horn", 879.135, 879.595),
    ("gentlemen", 879.595, 880.135), ("acknowledge", 880.135, 880.675), ("that", 880.675, 880.995),
    ("they", 880.995, 881.095), ("were", 881.095, 881.235), ("far", 881.235, 881.495), ("more", 881.495, 881.775),
    ("contentious", 881.775, 882.075), ("the", 882.075, 882.415), ("raids", 882.415, 882.635),
    ("before", 882.635, 882.975), ("we", 882.975, 883.175), ("had", 883.175, 883.375), ("the", 883.375, 883.575),
    ("raids", 883.575, 883.855), ("commissioned", 883.855, 884.395), ("during", 884.395, 884.895),
    ("the", 884.895, 885.135), ("life", 885.135, 885.335), ("of", 885.335, 885.475), ("the", 885.475, 885.635),
    ("commission", 885.635, 886.055), ("for", 886.055, 886.395), ("missions", 886.395, 886.715),
    ("have", 886.715, 887.035), ("previously", 887.035, 887.295), ("been", 887.295, 887.755),
    ("reduced", 887.755, 888.055), ("to", 888.055, 888.355), ("the", 888.355, 888.515),
    ("number", 888.515, 888.675), ("that", 888.675, 888.975), ("the", 888.975, 889.135),
    ("colleagues", 889.135, 889.435), ("have", 889.435, 889.835), ("talked", 889.835, 890.015),
    ("about?", 890.015, 890.575), ("Let", 891.035, 891.075), ("me", 891.075, 891.255), ("be", 891.255, 891.395),
    ("absolutely", 891.395, 891.755), ("clear", 891.755, 892.175), ("about", 892.175, 892.455),
    ("this.", 892.455, 893.535), ("The", 893.535, 893.935), ("horn,", 893.935, 894.355),
    ("gentle", 894.655, 894.855), ("minute", 894.855, 895.095), ("right,", 895.095, 895.515),
    ("but", 895.855, 895.855), ("the", 895.855, 895.935), ("assumption", 895.935, 896.375),
    ("is", 896.375, 896.735), ("that,", 896.735, 897.135), ("somehow", 897.315, 897.535), ("or", 897.535, 897.715),
    ("other,", 897.715, 898.015), ("that", 898.235, 898.355), ("was", 898.355, 898.595), ("to", 898.595, 898.715),
    ("do", 898.715, 898.875), ("with", 898.875, 899.075), ("the", 899.075, 899.195),
    ("existence", 899.195, 899.615), ("of", 899.615, 899.975), ("the", 899.975, 900.135),
    ("raids", 900.135, 900.375), ("commission.", 900.375, 900.915), ("Just", 901.315, 901.595),
    ("because", 901.595, 901.895), ("we", 901.895, 902.115), ("see", 902.115, 902.355),
    ("something", 902.355, 902.755), ("happening,", 902.755, 903.155), ("and", 903.395, 903.635),
    ("we", 903.635, 903.775), ("see", 903.775, 903.975), ("a", 903.975, 904.255), ("change", 904.255, 904.375),
    ("to", 904.375, 904.595), ("complete,", 904.595, 904.935),
]


def test_an_opening_heard_from_its_first_word_is_not_walked_back_over_a_stretched_pause():
    timings = align(as_heard(HEARD_AN_ASIDE_BEFORE_A_STRETCHED_PAUSE), record(("Mark Durkan", DURKAN_PARADES),
                                                                             ("Sammy Wilson", WILSON_RIGHT)))
    assert timings[1].start == pytest.approx(893.70, abs=0.3)


# Mark Pritchard's question and Ian Austin's answer (heldout27/clg-skip22-hard-s2701): Whisper
# wrote Pritchard's "Does he think that that is er, fair?" as "donating at the murder.",
# 0.62 like "Ian Austin", and five loops of "Here we are." over Austin's call, the House's
# cheers and his opening (said at 57.65 s).
PRITCHARD_BUFFER = ("I am grateful for that reply, but I was not going to ask about the specific planning consents "
                    "that the Minister has referred to. None the less, that is relevant in the sense that if he lived "
                    "in Scotland or Wales, no open-cast planning consent would have been given to his local authority "
                    "because of the 500-metre buffer zone requirements, whereas in England only 250 metres is "
                    "required. Does he think that that is fair?")
AUSTIN_SHROPSHIRE = ("I know that this is a controversial issue in Shropshire, but I hope that the hon. Gentleman is "
                     "not going to turn it into a party political row, especially since my hon. Friend the Member for "
                     "Telford (David Wright) has been working just as hard as he has to represent constituents on "
                     "this subject.")
HEARD_THE_SPEECH_BEFORE_RUN_ON_LIKE_A_CALL = [  # tiny.en, to the millisecond
    ("Good", 8.910, 9.470), ("morning", 9.470, 9.790), ("and", 9.790, 10.190), ("welcome", 10.190, 10.650),
    ("to", 10.650, 10.850), ("live", 10.850, 11.090), ("coverage", 11.090, 11.430), ("from", 11.430, 11.870),
    ("the", 11.870, 12.010), ("House", 12.010, 12.230), ("of", 12.230, 12.510), ("Commons.", 12.510, 12.950),
    ("Questions", 13.610, 13.810), ("are", 13.810, 14.090), ("about", 14.090, 14.410), ("to", 14.410, 14.550),
    ("begin", 14.550, 14.930), ("and", 14.930, 15.390), ("we", 15.390, 15.530), ("will", 15.530, 15.750),
    ("be", 15.750, 16.290), ("following", 16.290, 16.290), ("them", 16.290, 16.650), ("here.", 16.650, 17.290),
    ("Later", 17.710, 17.850), ("we", 17.850, 18.010), ("will", 18.010, 18.270), ("have", 18.270, 18.490),
    ("the", 18.490, 18.630), ("main", 18.630, 18.870), ("debate", 18.870, 19.230), ("on", 19.230, 19.430),
    ("the", 19.430, 19.630), ("day", 19.630, 19.990), ("and", 19.990, 20.290), ("round", 20.290, 20.530),
    ("up", 20.530, 20.790), ("on", 20.790, 20.950), ("the", 20.950, 21.030), ("news", 21.030, 21.270),
    ("from", 21.270, 21.570), ("committees.", 21.570, 21.990), ("Mark", 28.560, 29.120),
    ("Preachard.", 29.120, 29.680), ("I", 30.060, 30.060), ("am", 30.060, 30.220), ("grateful", 30.220, 30.540),
    ("for", 30.540, 30.860), ("that", 30.860, 31.060), ("reply", 31.060, 31.440), ("but", 31.440, 31.860),
    ("you", 31.860, 32.080), ("know", 32.080, 32.360), ("I", 32.360, 32.580), ("was", 32.580, 32.740),
    ("not", 32.740, 32.960), ("going", 32.960, 33.200), ("to", 33.200, 33.400), ("ask", 33.400, 33.560),
    ("about", 33.560, 33.900), ("the", 33.900, 34.160), ("specific", 34.160, 34.600), ("planning", 34.600, 35.000),
    ("consent", 35.000, 35.460), ("that", 35.460, 35.780), ("the", 35.780, 35.920), ("minister", 35.920, 36.200),
    ("referred", 36.200, 36.760), ("to.", 36.760, 37.300), ("The", 37.300, 37.560), ("number", 37.560, 37.580),
    ("is", 37.580, 38.100), ("that", 38.100, 38.380), ("he's", 38.380, 38.660), ("really", 38.660, 38.660),
    ("renting", 38.660, 38.980), ("the", 38.980, 39.200), ("sims", 39.200, 39.500), ("that", 39.500, 39.740),
    ("if", 39.740, 39.920), ("he", 39.920, 40.060), ("lived", 40.060, 40.260), ("in", 40.260, 40.460),
    ("Scotland", 40.460, 40.860), ("or", 40.860, 41.180), ("Wales,", 41.180, 41.500), ("no", 41.780, 41.960),
    ("open", 41.960, 42.240), ("cast", 42.240, 42.520), ("planning", 42.520, 42.860), ("consent", 42.860, 43.320),
    ("will", 43.320, 43.500), ("have", 43.500, 43.700), ("been", 43.700, 43.920), ("given", 43.920, 44.260),
    ("to", 44.260, 44.440), ("his", 44.440, 44.560), ("local", 44.560, 44.840), ("authority,", 44.840, 45.360),
    ("because", 45.480, 45.800), ("of", 45.800, 46.000), ("the", 46.000, 46.260), ("500", 46.260, 46.500),
    ("metre", 46.500, 46.980), ("of", 46.980, 47.200), ("a", 47.200, 47.380), ("home", 47.380, 47.560),
    ("requirement.", 47.560, 47.980), ("We're", 48.520, 48.720), ("in", 48.720, 48.920),
    ("England", 48.920, 49.280), ("only", 49.280, 49.660), ("to", 49.660, 49.860), ("150", 49.860, 50.340),
    ("metre", 50.340, 50.980), ("in", 50.980, 51.240), ("required,", 51.240, 51.580), ("donating", 52.340, 52.340),
    ("at", 52.340, 52.860), ("the", 52.860, 53.080), ("murder.", 53.080, 53.600), ("Here", 54.180, 54.740),
    ("we", 54.740, 55.140), ("are.", 55.140, 55.800), ("Here", 56.380, 56.540), ("we", 56.540, 56.540),
    ("are.", 56.540, 56.540), ("Here", 56.540, 56.560), ("we", 56.560, 56.940), ("are.", 56.940, 56.940),
    ("Here", 57.220, 57.220), ("we", 57.220, 57.220), ("are.", 57.220, 57.340), ("Here", 57.640, 58.080),
    ("we", 58.080, 59.900), ("are.", 59.900, 62.300), ("Gentlemen", 62.300, 63.000), ("is", 63.000, 63.140),
    ("not", 63.140, 63.360), ("going", 63.360, 63.600), ("to", 63.600, 63.820), ("turn", 63.820, 63.980),
    ("it", 63.980, 64.220), ("into", 64.220, 64.360), ("a", 64.360, 64.580), ("party", 64.580, 64.780),
    ("political", 64.780, 65.240), ("role,", 65.240, 65.720), ("especially", 65.880, 66.200),
    ("since", 66.200, 66.640), ("my", 66.640, 66.900), ("heart.", 66.900, 67.420), ("Friend", 67.780, 68.040),
    ("the", 68.040, 68.220), ("member", 68.220, 68.500), ("for", 68.500, 68.820), ("Telford,", 68.820, 69.280),
    ("David", 69.440, 69.660), ("Wright,", 69.660, 70.060), ("has", 70.300, 70.440), ("been", 70.440, 70.680),
    ("working", 70.680, 71.020), ("just", 71.020, 71.360), ("as", 71.360, 71.640), ("hard", 71.640, 71.820),
    ("as", 71.820, 72.020), ("he", 72.020, 72.160), ("has", 72.160, 72.360), ("to", 72.360, 72.520),
    ("represent", 72.520, 73.040), ("constituent", 73.040, 73.680), ("on", 73.680, 74.180),
    ("this", 74.180, 74.440), ("subject,", 74.440, 74.860),
]


def test_words_only_a_little_like_the_call_that_run_on_into_the_next_are_not_the_call():
    # Read by likeness, a call less like the name than CALL_SURE must be followed by a
    # pause: "donating at the" runs on into "murder.", the same speaker's words.
    timings = align(as_heard(HEARD_THE_SPEECH_BEFORE_RUN_ON_LIKE_A_CALL), record(
        ("Mark Pritchard", PRITCHARD_BUFFER), ("Ian Austin", AUSTIN_SHROPSHIRE)))
    assert timings[1].start > 54.09  # Pritchard's end


# heldout27/ni-skip15-hard-s2704: David McNarry's "Further to that point of order —", said
# with "well," and the aside "I say this to the House.", then the Speaker's "Order." at
# 2456.23 s, which Whisper wrote as "or [1.7 s] the, [1.3 s]" over the pause.
SPEAKER_ALREADY_SAID = ("Order. I have already said that the Consideration Stage of the Education Bill has not "
                        "been moved. It rests there. If Members want to discuss the issue with me further, please "
                        "discuss it outside the Chamber. Let us not have a debate because the Consideration Stage of "
                        "the Bill has not been moved.")
SPEAKER_NO_FURTHER = ("Order. I am taking no further points of order on the issue. The Consideration Stage of the "
                      "Bill has not been moved. I ask the Member to take his seat. I am moving on. I have received "
                      "notice from the Minister of Finance and Personnel that he wishes to make a statement regarding "
                      "the outcome of the September monitoring round.")
HEARD_A_POINT_OF_ORDER_THEN_ORDER = [  # tiny.en, to the millisecond
    ("bill", 2430.220, 2430.700), ("does", 2430.700, 2430.900), ("not", 2430.900, 2431.120),
    ("be", 2431.120, 2431.460), ("moved.", 2431.460, 2431.800), ("It", 2432.100, 2432.160),
    ("rests", 2432.160, 2432.520), ("now.", 2432.520, 2432.900), ("If", 2433.120, 2433.340),
    ("members", 2433.340, 2433.660), ("want", 2433.660, 2434.080), ("to", 2434.080, 2434.300),
    ("discuss", 2434.300, 2434.680), ("an", 2434.680, 2434.820), ("issue", 2434.820, 2435.080),
    ("with", 2435.080, 2435.360), ("me", 2435.360, 2435.620), ("further,", 2435.620, 2435.920),
    ("please", 2436.200, 2436.600), ("discuss", 2436.600, 2436.980), ("it", 2436.980, 2437.320),
    ("outside", 2437.320, 2437.700), ("the", 2437.700, 2437.980), ("chamber.", 2437.980, 2438.400),
    ("Let", 2438.900, 2439.160), ("us", 2439.160, 2439.420), ("not", 2439.420, 2439.660),
    ("admit,", 2439.660, 2440.000), ("because", 2440.440, 2440.780), ("the", 2440.780, 2441.180),
    ("consideration", 2441.180, 2441.580), ("stage", 2441.580, 2442.200), ("of", 2442.200, 2442.360),
    ("the", 2442.360, 2442.560), ("bill", 2442.560, 2442.740), ("does", 2442.740, 2442.940),
    ("not", 2442.940, 2443.140), ("be", 2443.140, 2443.520), ("moved.", 2443.520, 2444.120),
    ("Here,", 2444.620, 2444.960), ("here.", 2445.920, 2445.920), ("David", 2447.550, 2448.470),
    ("McCary,", 2448.470, 2449.350), ("further", 2449.630, 2449.910), ("at", 2449.910, 2450.370),
    ("point", 2450.370, 2450.710), ("of", 2450.710, 2450.970), ("well,", 2450.970, 2451.430),
    ("order,", 2451.930, 2451.930), ("I", 2452.230, 2452.330), ("say", 2452.330, 2452.550),
    ("Mr.", 2452.550, 2452.890), ("McCouse,", 2453.610, 2453.650), ("or", 2453.810, 2455.550),
    ("the,", 2455.550, 2456.850), ("if", 2456.850, 2457.010), ("I", 2457.010, 2457.210),
    ("may", 2457.210, 2457.410), ("say", 2457.410, 2457.670), ("so,", 2457.670, 2458.170),
    ("I", 2458.170, 2458.270), ("am", 2458.270, 2458.530), ("taking", 2458.530, 2458.930),
    ("no", 2458.930, 2459.210), ("further", 2459.210, 2459.530), ("points", 2459.530, 2459.990),
    ("of", 2459.990, 2460.290), ("order", 2460.290, 2460.490), ("on", 2460.490, 2460.670),
    ("the", 2460.670, 2460.750), ("issue.", 2460.750, 2461.050), ("If", 2461.430, 2461.450),
    ("I", 2461.450, 2461.650), ("may", 2461.650, 2461.850), ("say", 2461.850, 2462.170),
    ("so,", 2462.170, 2462.590), ("the", 2462.710, 2462.870), ("consideration", 2462.870, 2463.450),
    ("stage", 2463.450, 2464.030), ("on", 2464.030, 2464.210), ("the", 2464.210, 2464.370),
    ("bill", 2464.370, 2464.550), ("does", 2464.550, 2464.770), ("not", 2464.770, 2464.990),
    ("be", 2464.990, 2465.290), ("moved.", 2465.290, 2465.670), ("I", 2466.230, 2466.230),
    ("am", 2466.230, 2466.370), ("grateful", 2466.370, 2466.690), ("to", 2466.690, 2466.990),
    ("my", 2466.990, 2467.150), ("honorable", 2467.150, 2467.470), ("friend", 2467.470, 2467.970),
    ("for", 2467.970, 2468.250), ("that.", 2468.250, 2468.690), ("I", 2468.790, 2468.890),
    ("ask", 2468.890, 2469.190), ("the", 2469.190, 2469.450), ("member", 2469.450, 2469.730),
    ("to", 2469.730, 2470.090), ("take", 2470.090, 2470.630), ("his", 2470.630, 2470.970),
    ("seat.", 2470.970, 2471.370), ("I", 2471.750, 2471.930), ("am", 2471.930, 2471.990),
    ("moving", 2471.990, 2472.350), ("on.", 2472.350, 2472.950), ("have", 2472.950, 2473.250),
    ("received", 2473.250, 2473.710), ("notice", 2473.710, 2474.150), ("from", 2474.150, 2474.470),
    ("the", 2474.470, 2474.630), ("minister", 2474.630, 2474.950), ("on", 2474.950, 2475.230),
]


def test_the_speech_befores_unpaired_last_word_is_not_the_next_speechs_opening():
    # "order, I" (McNarry's last word and his aside) pairs "Order. I" of the Speaker's
    # reply; the silence where speakers change is spread over two stretched words (1.9 s
    # by either gap, 2.1 s through them), and the start does not walk back to "order,".
    timings = align(as_heard(HEARD_A_POINT_OF_ORDER_THEN_ORDER), record(
        ("Mr Speaker", SPEAKER_ALREADY_SAID), ("David McNarry", "Further to that point of order —"),
        ("Mr Speaker", SPEAKER_NO_FURTHER)))
    assert timings[1].start == pytest.approx(2449.47, abs=0.5)
    assert timings[2].start == pytest.approx(2456.23, abs=1.0)


# Lords, 27 October 2009 (heldout32 lords-skip110-hard-s3203), as tiny.en heard it: after
# Baroness Thomas's last word and a 2.7 s pause, Whisper wrote Baroness Crawley's "My"
# at 189.96 s and stretched "Lord," over the 2.4 s to 192.52 s. She began at 191.85 s:
# the words before the stretched one were said just before it ends, not in the pause.
THOMAS_TROUBLE = ("My Lords, surely the compulsory birth registration of unmarried parents is a new system. We "
                  "are seeking to prevent mischief from happening before this new system is introduced. That is "
                  "the point: we are trying to prevent trouble.")
CRAWLEY_UNDERSTAND = ("My Lords, I understand that and I say to the noble Baroness, Lady Thomas, that none of us "
                      "wants to see vulnerable mothers or children without protection or safeguards in this "
                      "process.")
HEARD_PULLED_BACK_INTO_THE_PAUSE = [
    ("my", 173.18, 173.36), ("lord", 173.36, 173.72), ("surely", 173.72, 174.30), ("the", 174.30, 174.54),
    ("compulsory", 174.54, 174.90), ("birth", 174.90, 175.42), ("registration", 175.42, 175.90),
    ("of", 175.90, 176.26), ("you", 176.26, 176.54), ("know,", 176.54, 177.12), ("parents", 177.20, 177.54),
    ("in", 177.54, 177.82), ("a", 177.82, 177.94), ("new", 177.94, 178.06), ("system.", 178.06, 178.68),
    ("We", 179.06, 179.06), ("are", 179.06, 179.22), ("home,", 179.22, 179.70), ("seeking", 179.84, 180.06),
    ("to", 180.06, 180.28), ("prevent", 180.28, 180.64), ("mischief", 180.64, 181.02), ("from", 181.02, 181.46),
    ("happening", 181.46, 181.78), ("before", 181.78, 182.12), ("this", 182.12, 182.34), ("new", 182.34, 182.54),
    ("system", 182.54, 182.86), ("is", 182.86, 183.10), ("introduced.", 183.10, 183.64), ("That", 184.00, 184.08),
    ("is", 184.08, 184.26), ("near", 184.26, 184.76), ("point,", 184.76, 185.16), ("we", 185.44, 185.52),
    ("are", 185.52, 185.76), ("trying", 185.76, 186.06), ("to", 186.06, 186.26), ("prevent", 186.26, 186.70),
    ("trouble.", 186.70, 187.30), ("My", 189.96, 190.16), ("Lord,", 190.16, 192.52), ("I", 192.90, 193.02),
    ("understand", 193.02, 193.48), ("that,", 193.48, 194.08), ("and", 194.14, 194.22), ("I", 194.22, 194.48),
    ("am,", 194.48, 194.88), ("to", 195.22, 195.42), ("the", 195.42, 195.62), ("normal", 195.62, 196.00),
    ("marooners,", 196.00, 196.70), ("Lady", 196.74, 197.08), ("Thomas.", 197.08, 197.48), ("At", 197.94, 198.04),
    ("none", 198.04, 198.24), ("of", 198.24, 198.38), ("us", 198.38, 198.58), ("want", 198.58, 198.96),
    ("to", 198.96, 199.14), ("see", 199.14, 199.42), ("vulnerable", 199.42, 199.84), ("mothers,", 199.84, 200.40),
    ("or", 200.70, 200.86), ("children", 200.86, 201.12), ("without", 201.12, 201.60),
    ("protection,", 201.60, 202.22), ("or", 202.60, 202.72), ("if", 202.72, 202.98), ("not", 202.98, 203.26),
    ("in", 203.26, 203.46), ("this", 203.46, 203.74),
]


def test_first_words_pulled_back_into_the_pause_before_them_start_just_before_the_stretched_word_ends():
    timings = align(as_heard(HEARD_PULLED_BACK_INTO_THE_PAUSE), record(
        ("Baroness Thomas of Winchester", THOMAS_TROUBLE), ("Baroness Crawley", CRAWLEY_UNDERSTAND)))
    assert timings[1].start == pytest.approx(191.85, abs=0.3)  # not "My" at 189.96


# Westminster Hall, 28 October 2009 (heldout32 wh-skip18-hard-s3205), as tiny.en heard
# it: Jo Swinson's unrecorded "I am grateful to my honourable friend for that." ran on
# from her last recorded word, and its "honourable" paired with the "hon." of David
# Lidington's "I congratulate the hon. Member for Orkney", whose first sentence began
# only after 1.9 s of silence (he dropped "I congratulate the hon."; said 285.12 s).
SWINSON_IMPORTANT = ("However, I hope that today's excellent debate will act as further encouragement to the "
                     "Minister by reinforcing that the FCO's work on raising this issue with Governments around the "
                     "world is important.")
LIDINGTON_CONGRATULATE = ("I congratulate the hon. Member for Orkney and Shetland (Mr. Carmichael) on securing the "
                          "debate and on the fluent and learned way in which he introduced the subject. I was also "
                          "impressed by the passion with which the hon. Member for Ealing, North (Stephen Pound) "
                          "spoke.")
HEARD_THE_ASIDE_SHARES_THE_HON = [
    ("issue.", 268.00, 268.56), ("However,", 269.18, 269.26), ("however,", 269.94, 269.94), ("I", 270.28, 270.36),
    ("hope", 270.36, 270.72), ("that", 270.72, 271.00), ("today's", 271.00, 271.72), ("excellent", 271.72, 271.84),
    ("debate", 271.84, 272.22), ("will", 272.22, 272.50), ("act", 272.50, 272.74), ("as", 272.74, 273.04),
    ("further", 273.04, 273.32), ("encouragement", 273.32, 273.84), ("to", 273.84, 274.32),
    ("the", 274.32, 274.44), ("minister", 274.44, 274.74), ("by", 274.74, 275.10), ("reinforcing", 275.10, 275.42),
    ("that", 275.42, 275.82), ("the", 275.82, 276.16), ("FCO's", 276.16, 276.52), ("work", 276.52, 276.74),
    ("on", 276.74, 276.92), ("raising", 276.92, 277.28), ("this", 277.28, 277.48), ("issue", 277.48, 277.74),
    ("with", 277.74, 278.00), ("government", 278.00, 278.40), ("surround", 278.40, 278.94),
    ("the", 278.94, 279.20), ("world", 279.20, 279.46), ("is", 279.46, 279.64), ("important.", 279.64, 280.14),
    ("I", 280.14, 280.74), ("am", 280.74, 280.96), ("grateful", 280.96, 281.32), ("to", 281.32, 281.56),
    ("my", 281.56, 281.76), ("honourable", 281.76, 282.12), ("friend", 282.12, 282.50), ("for", 282.50, 282.76),
    ("that.", 282.76, 283.50), ("Member", 285.38, 285.62), ("for", 285.62, 285.82), ("Orkney,", 285.82, 286.12),
    ("you", 286.36, 286.36), ("know,", 286.36, 286.78), ("and", 287.00, 287.14), ("Chetland,", 287.14, 287.70),
    ("Mr.", 287.74, 288.10), ("Carmichael,", 288.58, 289.08), ("on", 289.38, 289.44), ("securing", 289.44, 289.86),
    ("the", 289.86, 290.22), ("debate,", 290.22, 290.56), ("and", 290.74, 291.00), ("on", 291.00, 291.10),
    ("the", 291.10, 291.30), ("fluent,", 291.30, 291.76), ("and", 292.02, 292.08), ("learned", 292.08, 292.42),
    ("way", 292.42, 292.72), ("in", 292.72, 292.92), ("which", 292.92, 293.22), ("he", 293.22, 293.48),
    ("well,", 293.48, 293.88), ("introduced", 294.16, 294.54), ("the", 294.54, 294.94),
    ("subject.", 294.94, 295.36), ("I", 295.78, 295.96), ("was", 295.96, 296.18), ("also", 296.18, 296.62),
    ("impressed", 296.62, 297.00), ("by", 297.00, 297.26), ("the", 297.26, 297.42), ("passion", 297.42, 297.76),
    ("with", 297.76, 298.16), ("which", 298.16, 298.50), ("the", 298.50, 298.72), ("hon,", 298.72, 299.04),
    ("member", 299.64, 299.68), ("for", 299.68, 299.92), ("him,", 299.92, 300.36),
]


def test_a_word_of_the_speech_befores_aside_paired_by_chance_before_a_silence_of_1_9_s_is_not_the_opening():
    timings = align(as_heard(HEARD_THE_ASIDE_SHARES_THE_HON), record(
        ("Jo Swinson", SWINSON_IMPORTANT), ("David Lidington", LIDINGTON_CONGRATULATE)))
    assert timings[1].start == pytest.approx(285.12, abs=0.5)  # not "I am grateful" at 280.14


# Westminster Hall, 28 October 2009 (heldout32 wh-skip18-hard-s3205), as tiny.en heard
# it: Susan Kramer's intervention "I thank the right hon. Lady very much" was written
# "I can't write on, live it very much": 0.60 like the chair calling "Susan Kramer" by
# sound, and by letters only 0.58 like her opening, so it was taken for her call and the
# start went to "live" (2.16 s late). By sound it is 0.67 like her opening; she began at
# 2911.24 s.
RYAN_GRIM_CONDITIONS = ("My hon. Friend the Minister saw for himself just how grim the conditions are, and I "
                        "commend him for visiting Sri Lanka just a few weeks ago, yet since March 2008 the "
                        "Government of Sri Lanka have confined virtually everyone displaced by the conflict to "
                        "detention camps.")
KRAMER_THANK = ("I thank the right hon. Lady very much for outlining these circumstances. Will she comment on the "
                "fact that the Sri Lankan Government frequently use the argument about land mines and use the need "
                "for demining as their reason for not releasing people from the camps?")
HEARD_AN_OPENING_SOUNDING_LIKE_A_CALL = [
    ("friend", 2893.50, 2893.78), ("the", 2893.78, 2893.98), ("minister", 2893.98, 2894.28),
    ("minister", 2894.28, 2894.76), ("saw", 2894.76, 2895.02), ("for", 2895.02, 2895.24),
    ("himself", 2895.24, 2895.66), ("just", 2895.66, 2896.10), ("how", 2896.10, 2896.32),
    ("grim", 2896.32, 2896.56), ("the", 2896.56, 2896.90), ("conditions", 2896.90, 2897.16),
    ("are,", 2897.16, 2897.60), ("and", 2897.60, 2897.80), ("I", 2897.80, 2897.98), ("commend", 2897.98, 2898.26),
    ("him", 2898.26, 2898.62), ("for", 2898.62, 2898.86), ("visiting", 2898.86, 2899.16),
    ("Sri", 2899.16, 2899.54), ("Lanka", 2899.54, 2899.84), ("just", 2899.84, 2900.16), ("a", 2900.16, 2900.32),
    ("few", 2900.32, 2900.56), ("weeks", 2900.56, 2900.88), ("ago.", 2900.88, 2901.28), ("Yet", 2901.28, 2901.80),
    ("since", 2901.80, 2902.18), ("March", 2902.18, 2902.66), ("2008", 2902.66, 2903.32),
    ("the", 2903.32, 2903.62), ("government", 2903.62, 2904.00), ("of", 2904.00, 2904.30),
    ("Sri", 2904.30, 2904.50), ("Lanka", 2904.50, 2904.78), ("can", 2904.78, 2905.16), ("find", 2905.16, 2905.66),
    ("virtually", 2905.66, 2906.18), ("everyone", 2906.18, 2906.70), ("displaced", 2906.70, 2907.20),
    ("by", 2907.20, 2907.48), ("the", 2907.48, 2907.72), ("conflict", 2907.72, 2908.04), ("to", 2908.04, 2908.36),
    ("detention", 2908.36, 2908.82), ("camps.", 2908.82, 2909.28), ("I", 2910.92, 2911.48),
    ("can't", 2911.48, 2911.94), ("write", 2911.94, 2912.28), ("on,", 2912.28, 2913.12),
    ("live", 2913.40, 2913.48), ("it", 2913.48, 2913.70), ("very", 2913.70, 2913.90), ("much", 2913.90, 2914.24),
    ("for", 2914.24, 2914.48), ("out", 2914.48, 2914.70), ("and", 2914.70, 2914.92), ("in", 2914.92, 2915.06),
    ("these", 2915.06, 2915.38), ("circumstances,", 2915.38, 2916.14), ("will", 2916.94, 2917.06),
    ("she", 2917.06, 2917.40), ("comment", 2917.40, 2917.76), ("on", 2917.76, 2918.02), ("the", 2918.02, 2918.22),
    ("fact", 2918.22, 2918.56), ("that", 2918.56, 2918.76), ("the", 2918.76, 2918.96), ("Sri", 2918.96, 2919.14),
    ("Lankan", 2919.14, 2919.62), ("government", 2919.62, 2920.08), ("frequently", 2920.08, 2920.76),
    ("used", 2920.76, 2921.26),
]


def test_an_opening_beginning_with_its_own_first_word_is_compared_with_the_call_by_sound_too():
    timings = align(as_heard(HEARD_AN_OPENING_SOUNDING_LIKE_A_CALL), record(
        ("Joan Ryan", RYAN_GRIM_CONDITIONS), ("Susan Kramer", KRAMER_THANK)))
    assert timings[1].start == pytest.approx(2911.24, abs=0.5)  # not "live" at 2913.40
