"""The linker on real-shaped data: synthetic transcripts (words with times) built here."""
from __future__ import annotations

import pytest

from linker import align, parse_record
from linker.model import Record, Speech
from transcriber.transcript import Segment, Transcript, Word

WORD = 0.3      # seconds per heard word
PAUSE = 1.2     # silence between utterances


def transcript(*utterances: str | float) -> tuple[Transcript, list[float]]:
    """Utterances (str) and extra silences (float); returns it and each utterance's start."""
    t, segments, starts = 1.0, [], []
    for item in utterances:
        if isinstance(item, float):
            t += item
            continue
        starts.append(t)
        words = []
        for w in item.split():
            words.append(Word(round(t, 3), round(t + WORD - 0.05, 3), " " + w, 0.9))
            t += WORD
        segments.append(Segment(words[0].start, words[-1].end, " " + item, words))
        t += PAUSE
    return Transcript("t.mp4", "", t, "en", "test", segments), starts


def as_heard(said: list[tuple[str, float, float]], before: Transcript | None = None) -> Transcript:
    """A transcript of words as the recogniser wrote them, (word, start, end) each, after
    the words of `before` (a synthetic transcript of what came earlier)."""
    words = (list(before.words()) if before else []) + [Word(start, end, " " + text) for text, start, end in said]
    return Transcript("t.mp4", "", words[-1].end + 1, "en", "test", [Segment(words[0].start, words[-1].end, "", words)])


def record(*speeches: tuple[str, str] | Speech) -> Record:
    items = [s if isinstance(s, Speech) else Speech(f"s{n}", s[0], s[1]) for n, s in enumerate(speeches)]
    return Record("r", items)


ANSWER = "The making of contingency arrangements for emergencies is the statutory duty of fire authorities."
FOLLOW_UP = ("Will the Secretary of State confirm that there are no contingency vehicles because the green "
             "goddesses have been sold off to places such as Albania and Peru?")
REPLY = "The hon. Lady is well aware that the responsibility for contingency plans lies with the authorities."


def test_plain_sitting_every_start_exact():
    heard, starts = transcript("Good afternoon and welcome to the House of Commons.", ANSWER, FOLLOW_UP, REPLY)
    timings = align(heard, record(("A", ANSWER), ("B", FOLLOW_UP), ("C", REPLY)))
    assert [t.status for t in timings] == ["matched"] * 3
    assert [t.start for t in timings] == pytest.approx(starts[1:], abs=0.01)
    for t, following in zip(timings, timings[1:]):
        assert t.start < t.end <= following.start
        assert type(t.start) is float and type(t.end) is float
    assert all(t.confidence > 0.8 for t in timings)


@pytest.mark.parametrize("qnum, said", [("6", "Number six, Mr Speaker."), ("6", "Number 6, Mr. Speaker."),
                                       (None, "Number twelve, Mr Speaker.")])
def test_tabled_question_said_by_number(qnum, said):
    question = Speech("q", "Angela Watkinson", "What role his Department plays in making contingency "
                      "arrangements for the fire service.", oral_qnum=qnum)
    heard, starts = transcript("Angela Watkinson.", said, ANSWER, FOLLOW_UP)
    timings = align(heard, record(question, ("Denham", ANSWER), ("Spelman", FOLLOW_UP)))
    assert [t.status for t in timings] == ["matched"] * 3
    assert timings[0].start == pytest.approx(starts[1], abs=0.01)
    assert timings[1].start == pytest.approx(starts[2], abs=0.01)


def test_tabled_question_read_out_in_full():
    text = "What role his Department plays in making contingency arrangements for the fire service."
    heard, starts = transcript("Angela Watkinson.", text, ANSWER)
    timings = align(heard, record(Speech("q", "Angela Watkinson", text, oral_qnum="1"), ("Denham", ANSWER)))
    assert timings[0].start == pytest.approx(starts[1], abs=0.01)


def test_unspoken_items_are_missing():
    heard, starts = transcript(ANSWER, "Hear, hear!", FOLLOW_UP, REPLY)
    timings = align(heard, record(("Denham", ANSWER), ("Spink", "indicated dissent."), ("Spelman", FOLLOW_UP),
                                  ("Unheard", "I am grateful to the Minister for that answer, and will he meet "
                                   "the fire authorities of this country to discuss the contingency plans?"),
                                  ("Denham", REPLY)))
    assert [t.status for t in timings] == ["matched", "missing", "matched", "missing", "matched"]
    assert timings[1].start is None and timings[1].end is None
    assert timings[3].start is None and timings[3].end is None
    assert [timings[i].start for i in (0, 2, 4)] == pytest.approx([starts[0], starts[2], starts[3]], abs=0.01)


def test_speakers_call_and_cheers_are_not_the_speech():
    heard, starts = transcript(ANSWER, "Hear, hear!", "Caroline Spelman.", FOLLOW_UP)
    timings = align(heard, record(("Denham", ANSWER), ("Spelman", FOLLOW_UP)))
    assert timings[1].start == pytest.approx(starts[3], abs=0.01)
    assert timings[0].end <= starts[1]


def test_misheard_opening_words_still_start_the_speech():
    garbled = FOLLOW_UP.replace("Will the Secretary of State confirm", "We'll there secretary estate conform")
    heard, starts = transcript(ANSWER, "Caroline Spelman.", garbled)
    timings = align(heard, record(("Denham", ANSWER), ("Spelman", FOLLOW_UP)))
    assert timings[1].start == pytest.approx(starts[2], abs=0.01)
    clean, _ = transcript(ANSWER, "Caroline Spelman.", FOLLOW_UP)
    assert align(clean, record(("Denham", ANSWER), ("Spelman", FOLLOW_UP)))[1].confidence > timings[1].confidence


def test_spelling_numbers_and_titles_are_shared():
    printed = "The hon. Lady's organisation will receive £5 million over 24 hours, Mr. Speaker, at 10%."
    said = "The honorable lady's organization will receive five million pounds over twenty-four hours, " \
           "mister speaker, at ten percent."
    heard, starts = transcript(ANSWER, said)
    timings = align(heard, record(("Denham", ANSWER), ("Benn", printed)))
    assert timings[1].status == "matched" and timings[1].confidence > 0.8
    assert timings[1].start == pytest.approx(starts[1], abs=0.01)


def test_long_silence_and_music_between_speeches():
    heard, starts = transcript(ANSWER, 45.0, "Music.", 30.0, FOLLOW_UP)
    timings = align(heard, record(("Denham", ANSWER), ("Spelman", FOLLOW_UP)))
    assert timings[1].start == pytest.approx(starts[2], abs=0.01)
    assert timings[0].end < starts[1]


def test_short_speech_between_long_ones():
    heard, starts = transcript(ANSWER, "No.", REPLY)
    timings = align(heard, record(("Denham", ANSWER), ("Spelman", "No."), ("Denham", REPLY)))
    assert timings[1].status == "matched"
    assert timings[1].start == pytest.approx(starts[1], abs=0.01)


def test_nothing_heard_means_all_missing():
    empty = Transcript("t.mp4", "", 10.0, "en", "test", [])
    timings = align(empty, record(("Denham", ANSWER), ("Spelman", FOLLOW_UP)))
    assert [t.status for t in timings] == ["missing", "missing"]


def test_plain_text_record_aligns_like_xml():
    text = f"Angela Watkinson: What role his Department plays in the fire service.\n\nJohn Denham: {ANSWER}\n"
    heard, starts = transcript("Number one, Mr Speaker.", ANSWER)
    timings = align(heard, parse_record(text))
    assert [t.start for t in timings] == pytest.approx(starts, abs=0.01)


PRESENTER = ("Good morning and welcome to live coverage from the House of Commons. Questions are about to "
             "begin, and we will be following them here. Later we will have the main debate of the day.")
UNSPOKEN_ANSWER = ("We have seen improvements in water quality, more species have been protected, pollution "
                   "levels are decreasing, and the condition of the sites of special scientific interest is "
                   "improving, but we all need to do more to protect the natural environment of the country.")


@pytest.mark.parametrize("said", ["Number one, Mr Speaker.", "1. Mr. Speaker.", "None that one missed as he can."])
def test_question_by_number_after_presenter_and_before_unspoken_answer(said):
    question = Speech("q", "Madeleine Moon", "What recent assessment he has made of the effectiveness of his "
                      "Department's policies to protect the natural environment.", oral_qnum="1")
    heard, starts = transcript(PRESENTER, "Madeleine Moon.", said, "Madeleine Moon.", FOLLOW_UP, REPLY)
    timings = align(heard, record(question, ("Benn", UNSPOKEN_ANSWER), ("Spelman", FOLLOW_UP), ("Benn", REPLY)))
    assert [t.status for t in timings] == ["matched", "missing", "matched", "matched"]
    assert timings[0].start == pytest.approx(starts[2], abs=0.01)
    assert timings[2].start == pytest.approx(starts[4], abs=0.01)


def test_whisper_stretched_first_word_is_pulled_in():
    heard, starts = transcript(ANSWER, FOLLOW_UP)
    first = heard.segments[1].words[0]
    first.start -= 1.5  # Whisper often starts the first word after a silence far too early
    timings = align(heard, record(("Denham", ANSWER), ("Spelman", FOLLOW_UP)))
    assert timings[1].start == pytest.approx(starts[1], abs=0.15)


def test_speeches_of_another_debate_are_not_placed():
    """A record that does not belong to the video: its long speeches share only common
    words ("of the", "in the") with what was said, and must all come out missing."""
    from pathlib import Path

    from linker import read_record
    other = read_record(Path(__file__).parent / "data" / "hansard" / "westminster2009-10-28a.xml")
    heard, _ = transcript(*[PRESENTER, ANSWER, FOLLOW_UP, REPLY, UNSPOKEN_ANSWER] * 8)
    long_speeches = [t for t in align(heard, other) if len(t.text.split()) > 30]
    assert long_speeches and all(t.status == "missing" for t in long_speeches)


@pytest.mark.parametrize("item", ["indicated dissent.", "rose—", "[Interruption.]",
                                  "The Secretary of State was asked—"])
def test_stage_directions_are_never_placed(item):
    # "Secretary of State" is said in the follow-up: the direction must still not be placed.
    heard, starts = transcript(ANSWER, FOLLOW_UP)
    timings = align(heard, record(("Denham", ANSWER), ("Unknown", item), ("Spelman", FOLLOW_UP)))
    assert [t.status for t in timings] == ["matched", "missing", "matched"]
    assert timings[2].start == pytest.approx(starts[1], abs=0.01)


def test_peers_rising_together_the_called_one_was_heard():
    # "My Lords—" twice in the record, once heard, right after the chair called Lord Trimble.
    heard, starts = transcript(ANSWER, "Lord Trimble.", "My Lords,", 4.0, REPLY)
    timings = align(heard, record(("Lord Myners", ANSWER), ("Lord Trimble", "My Lords—"),
                                  ("Lord Jay of Ewelme", "My Lords—"), ("Lord Hunt", REPLY)))
    assert timings[1].start == pytest.approx(starts[2], abs=0.01)
    assert timings[2].start is None or timings[2].start > timings[1].end


BOTTOMLEY_NOTED = ("I hope that it will be noted that if the matter were to come up in future, it would be better to "
                   "allow for the Office for Democratic Institutions and Human Rights to observe election processes.")
OBJECTION_TAKEN = ("Objection taken. What the hon. Member for Argyll and Bute (Mr. Reid) meant was that he did not "
                   "want me to take the next three motions together. I therefore will not put them together but will "
                   "take them separately, and we shall see how he or others respond.")
HEARD_OBJECT_AFTER_THE_CALL = [  # tiny.en, heldout28/oppday-skip55-hard-s2806
    ("I", 1081.13, 1081.23), ("hope", 1081.23, 1081.52), ("that", 1081.52, 1081.71), ("it", 1081.71, 1081.88),
    ("will", 1081.88, 1082.08), ("be", 1082.08, 1082.30), ("noted", 1082.30, 1082.54), ("that", 1082.54, 1082.89),
    ("if", 1082.89, 1083.12), ("the", 1083.12, 1083.28), ("matter", 1083.28, 1083.47), ("were", 1083.47, 1083.69),
    ("to", 1083.69, 1083.80), ("come", 1083.80, 1083.97), ("up", 1083.97, 1084.19), ("in", 1084.19, 1084.43),
    ("future,", 1084.43, 1084.67), ("it", 1084.91, 1085.06), ("would", 1085.06, 1085.28), ("be", 1085.28, 1085.47),
    ("better", 1085.47, 1085.71), ("to", 1085.71, 1085.93), ("allow", 1085.93, 1086.15), ("for", 1086.15, 1086.30),
    ("the", 1086.30, 1086.41), ("office", 1086.41, 1086.69), ("for", 1086.69, 1086.97),
    ("democratic", 1086.97, 1087.47), ("institutions", 1087.47, 1088.19), ("and", 1088.19, 1088.88),
    ("human", 1088.88, 1089.15), ("rights", 1089.15, 1089.49), ("to", 1089.49, 1089.69),
    ("observe", 1089.69, 1089.95), ("election", 1089.95, 1090.52), ("processes.", 1090.52, 1091.06),
    ("is,", 1091.06, 1091.30), ("with", 1092.04, 1092.30), ("the", 1092.30, 1092.47), ("leave", 1092.47, 1092.76),
    ("of", 1092.76, 1093.02), ("the", 1093.02, 1093.21), ("house,", 1093.21, 1094.36), ("on", 1094.71, 1095.06),
    ("members,", 1095.06, 1096.15), ("object,", 1097.60, 1097.60), ("here,", 1098.28, 1098.41),
    ("here,", 1098.86, 1099.21), ("here,", 1099.93, 1099.93), ("Christopher", 1100.38, 1100.38),
    ("Fraser,", 1100.38, 1100.95), ("object,", 1101.63, 1101.99), ("taken,", 1104.13, 1104.21),
    ("what", 1104.56, 1104.82), ("the,", 1104.82, 1105.08), ("on", 1105.49, 1105.56), ("member", 1105.56, 1105.91),
    ("for", 1105.91, 1106.21), ("our", 1106.21, 1106.32), ("guy,", 1106.32, 1106.49), ("and", 1106.86, 1106.95),
    ("but,", 1106.95, 1107.23), ("Mr.", 1107.80, 1107.80), ("Reed", 1108.21, 1108.56), ("meant", 1108.56, 1108.91),
    ("was", 1108.91, 1109.13), ("that", 1109.13, 1109.38), ("he", 1109.38, 1109.54), ("did", 1109.54, 1109.73),
    ("not", 1109.73, 1109.99), ("want", 1109.99, 1110.30), ("me", 1110.30, 1110.45), ("to", 1110.45, 1110.62),
    ("take", 1110.62, 1110.93), ("the", 1110.93, 1111.15), ("next", 1111.15, 1111.52), ("three", 1111.52, 1111.78),
    ("motions", 1111.78, 1112.21), ("together,", 1112.21, 1112.84), ("I", 1113.41, 1113.47),
    ("therefore", 1113.47, 1113.80), ("will", 1113.80, 1114.12), ("not", 1114.12, 1114.38),
    ("put", 1114.38, 1114.63), ("them", 1114.63, 1114.93), ("together,", 1114.93, 1115.36),
    ("but", 1115.52, 1115.82), ("we'll", 1115.82, 1116.08), ("take", 1116.08, 1116.39), ("them", 1116.39, 1116.71),
    ("separately,", 1116.71, 1117.17), ("and", 1117.39, 1117.73), ("we", 1117.73, 1117.95),
    ("shall", 1117.95, 1118.15), ("see", 1118.15, 1118.41), ("how", 1118.41, 1118.63), ("he,", 1118.63, 1118.93),
    ("or", 1119.08, 1119.12), ("the", 1119.12, 1119.32), ("first", 1119.32, 1119.39),
    ("respond", 1119.39, 1120.43), ("on", 1120.43, 1122.93), ("members", 1124.72, 1125.81),
    ("object", 1125.81, 1127.79),
]


def test_words_after_the_call_go_to_the_called_members_speech_that_begins_with_the_speech_befores():
    # The House's "Object." (said at 1096.80 s) and Christopher Fraser's "Object to what?"
    # (1101.40 s, after the chair's "Christopher Fraser"): the global pass paired the
    # House's "object" with the "object," heard after his call, and left his speech out.
    timings = align(as_heard(HEARD_OBJECT_AFTER_THE_CALL), record(
        ("Peter Bottomley", BOTTOMLEY_NOTED),
        ("Mr. Speaker", "It is questionable whether that constitutes a point of order, but it is the hon. "
                        "Gentleman's view, and he has placed it firmly on the record."),
        ("Mr. Speaker", "With the leave of the House—"), ("Hon. Members", "Object."),
        ("Christopher Fraser", "Object to what?"), ("Mr. Speaker", OBJECTION_TAKEN), ("Hon. Members", "Object.")))
    assert timings[1].status == "missing"
    assert timings[3].start == pytest.approx(1097.60, abs=0.01)
    assert timings[4].start == pytest.approx(1101.63, abs=0.01)


MYNERS_EIB = (
    "I agree with the first observation of the noble Lord, Lord Newby, about the link between EU "
    "contribution and infrastructure. However, the EU, through the EIB and the European Bank for "
    "Reconstruction and Development, is a significant source of support for infrastructure expenditure. "
    "This year, EIB funding to the UK will exceed £3 billion, compared with £2.2 billion last year, and "
    "is likely to increase to £4.2 billion or so next year, largely as a result of the sterling efforts "
    "of my noble friends Lord Mandelson and Lord Davies. There are many cases where significant "
    "expenditure is taking place in the UK as a result of European support. I shall cite just one "
    "example. In my home county of Cornwall, the very exciting Wave Hub to create energy opportunities is"
    " being financed by European money.")
JAY_SINGLE_MARKET = ("My Lords, does the Minister agree that the maintenance of a single market of 27 member states "
                     "of the European Union is hugely in the interests of the British economy and of Britain as a "
                     "country? Will he continue to do all that he can to resist whatever protectionist tendencies "
                     "there may be that might put it at risk?")
HEARD_MY_LORD_TWICE = [  # tiny.en, heldout31/lords-skip5-hard-s3103: Trimble at 167.17 s, Jay at 170.77 s
    ("the", 145.08, 145.20), ("European", 145.20, 145.56), ("in", 145.56, 145.66), ("bank", 145.66, 145.98),
    ("for", 145.98, 146.36), ("reconstruction", 146.36, 147.02), ("and", 147.02, 147.62),
    ("development", 147.62, 148.20), ("in", 148.20, 148.76), ("a", 148.76, 148.94),
    ("significant", 148.94, 149.48), ("source", 149.48, 150.04), ("of", 150.04, 150.30),
    ("support", 150.30, 150.68), ("for", 150.68, 151.02), ("infrastructure", 151.02, 151.60),
    ("expenditure.", 151.60, 152.50), ("There", 152.94, 153.00), ("are", 153.00, 153.14), ("many", 153.14, 153.38),
    ("cases", 153.38, 153.84), ("where", 153.84, 154.26), ("significantly", 154.26, 154.60),
    ("can", 154.60, 154.80), ("extend", 154.80, 155.44), ("the", 155.44, 155.68), ("change", 155.68, 155.94),
    ("taking", 155.94, 156.42), ("place", 156.42, 156.72), ("in", 156.72, 156.94), ("the", 156.94, 157.06),
    ("UK", 157.06, 157.30), ("and", 157.30, 157.54), ("a", 157.54, 157.72), ("remote", 157.72, 157.98),
    ("of", 157.98, 158.18), ("European", 158.18, 158.62), ("support.", 158.62, 159.32), ("I", 159.68, 159.70),
    ("shall", 159.70, 159.92), ("cite", 159.92, 160.24), ("just", 160.24, 160.56), ("one", 160.56, 160.90),
    ("example.", 160.90, 161.62), ("Here,", 162.50, 162.66), ("here.", 163.16, 163.48), ("Lord", 165.78, 166.14),
    ("Trimble.", 166.14, 166.54), ("My", 167.22, 167.48), ("Lord.", 167.48, 168.00), ("Here,", 168.64, 169.08),
    ("here,", 169.28, 169.66), ("here.", 170.60, 170.60), ("My", 170.88, 171.10), ("Lord.", 171.10, 171.54),
    ("Lord", 181.05, 182.21), ("Hunter", 182.21, 182.63), ("King's", 182.63, 183.21), ("geese.", 183.21, 184.07),
    ("My", 184.27, 184.33), ("lord,", 184.33, 184.65), ("that", 184.87, 184.95), ("is", 184.95, 185.13),
    ("the", 185.13, 185.29), ("turn", 185.29, 185.47), ("of", 185.47, 185.55), ("your", 185.55, 185.75),
    ("knoll,", 185.75, 186.05), ("the", 186.19, 186.29), ("cross", 186.29, 186.55), ("-inches.", 186.55, 187.09),
    ("Yeah,", 187.65, 187.65), ("yeah,", 188.01, 188.41), ("yeah.", 190.70, 190.70), ("Lord,", 191.00, 191.12),
    ("you", 191.20, 191.46), ("help", 191.46, 191.80), ("me.", 191.80, 192.50), ("My", 192.98, 193.20),
    ("lord,", 193.20, 193.68), ("Lord,", 194.06, 194.18), ("the", 194.32, 194.32), ("minister", 194.32, 194.66),
    ("and", 194.66, 195.06), ("reed", 195.06, 195.18), ("at", 195.18, 195.36), ("the", 195.36, 195.52),
    ("maintenance", 195.52, 195.90), ("of", 195.90, 196.24), ("a", 196.24, 196.46), ("single", 196.46, 196.78),
    ("market", 196.78, 197.26), ("on", 197.26, 197.76), ("27", 197.76, 198.14), ("members,", 198.14, 198.86),
    ("some", 199.14, 199.46), ("of", 199.46, 199.54), ("the", 199.54, 200.06), ("European", 200.06, 200.08),
    ("Union", 200.08, 200.56), ("is", 200.56, 200.82), ("usually", 200.82, 201.14), ("in", 201.14, 201.38),
    ("the", 201.38, 201.50), ("interest", 201.50, 201.92), ("of", 201.92, 202.24), ("the", 202.24, 202.44),
    ("British", 202.44, 202.74), ("economy", 202.74, 203.22), ("and", 203.22, 203.68), ("on", 203.68, 203.88),
    ("Britain", 203.88, 204.16), ("and", 204.16, 204.36), ("a", 204.36, 204.58), ("country.", 204.58, 205.04),
    ("Will", 205.40, 205.66), ("he", 205.66, 205.98), ("continue", 205.98, 206.34), ("to", 206.34, 206.80),
    ("knoll", 206.80, 207.02), ("that", 207.02, 207.34), ("he", 207.34, 207.58), ("can", 207.58, 207.82),
    ("to", 207.82, 208.00), ("resist?", 208.00, 208.38), ("What", 208.38, 208.72), ("a", 208.72, 208.94),
    ("mapritic,", 208.94, 209.52), ("shonist", 209.62, 209.94), ("tendencies", 209.94, 210.46),
    ("there", 210.46, 210.86), ("may", 210.86, 211.06), ("be", 211.06, 211.28), ("that", 211.28, 211.46),
    ("might", 211.46, 211.78), ("put", 211.78, 211.98), ("it", 211.98, 212.20), ("at", 212.20, 212.38),
    ("risk.", 212.38, 213.06),
]


def test_peers_rising_together_each_heard_as_words_that_sound_like_theirs():
    # "Lord Trimble. My Lord. Here, here, here. My Lord.": the global pass put Lord
    # Trimble's "My Lords—" on the "My" of the second "My Lord.", and Lord Jay's nowhere.
    # "lord" sounds like "lords", so both were heard whole: Trimble's after his call.
    timings = align(as_heard(HEARD_MY_LORD_TWICE), record(
        ("Lord Myners", MYNERS_EIB), ("Lord Trimble", "My Lords—"), ("Lord Jay of Ewelme", "My Lords—"),
        ("Lord Hunt of Kings Heath", "My Lords, it is the turn of the Cross Benches."),
        ("Lord Jay of Ewelme", JAY_SINGLE_MARKET)))
    assert timings[1].start == pytest.approx(167.22, abs=0.01)
    assert timings[2].start == pytest.approx(170.88, abs=0.01)
    assert timings[3].start == pytest.approx(184.27, abs=0.3)


def test_chairs_call_spelt_otherwise_but_sounding_alike_is_not_the_speech():
    from linker.chair import calls
    assert calls("lord forsyth of drumlean", ["lord", "faucet", "of", "dremelion"])
    assert not calls("lord forsyth of drumlean", ["lord", "astor", "of", "hever"])
    # The member dropped the printed opening; the call runs on into the speech without a pause.
    opening = "My Lords, why are the Government prepared to anticipate what the effects will be? "
    heard, starts = transcript(ANSWER, "Lord Faucet of Dremelion. " + FOLLOW_UP)
    timings = align(heard, record(("Lord Astor of Hever", ANSWER), ("Lord Forsyth of Drumlean", opening + FOLLOW_UP)))
    assert timings[1].start == pytest.approx(starts[1] + 4 * WORD, abs=0.01)


def test_chairs_call_split_into_more_words_than_the_name():
    from linker.chair import call_at, call_just_before
    said = ["themselves", "very", "god", "inner", "my", "right", "hand"]
    assert call_at("barry gardiner", said, 1, whole=True) == 4
    assert call_at("barry gardiner", said, 1, whole=True, stop=3) is None  # "very god": not the whole call
    assert call_just_before("barry gardiner", -1, 4, said) == 1
    assert call_just_before("barry gardiner", 1, 4, said) is None  # not after the floor
    assert call_at("barry gardiner", said, 4, whole=True) is None


def test_hear_hear_heard_as_here_here_then_the_call():
    # Whisper writes "Hear, hear." as "Here, here." and stretches both words over the
    # silence; the start is not counted back from the chair's call after them.
    before, _ = transcript(ANSWER)
    words = list(before.words()) + [Word(10.0, 11.0, " Here,"), Word(11.2, 12.0, " here."),
                                     Word(14.0, 14.3, " Jim"), Word(14.3, 14.8, " Fitzpatrick.")]
    t = 15.5
    for w in REPLY.split():
        words.append(Word(round(t, 3), round(t + WORD - 0.05, 3), " " + w))
        t += WORD
    heard = Transcript("t.mp4", "", t, "en", "test", [Segment(words[0].start, words[-1].end, "", words)])
    timings = align(heard, record(("Denham", ANSWER), ("Hon. Members", "Hear, hear."), ("Jim Fitzpatrick", REPLY)))
    assert timings[1].status == "matched"
    assert 10.0 <= timings[1].start <= 11.2 and timings[1].confidence > 0.5  # heard, not guessed
    assert timings[2].start == pytest.approx(15.5, abs=0.01)


TOPICAL = ("Pursuant to the Secretary of State's opening comments, the National Audit Office has issued a "
           "second damning report into the Rural Payments Agency, which it said had scant regard for "
           "protecting public money. When will somebody at ministerial level take responsibility for that?")


def test_numbered_question_not_in_the_tabled_form_is_asked_in_full():
    # A topical question carries a number but is read out, here badly heard: a quarter of
    # its words, two by two. Searched for as "Number two, Mr Speaker" it would be lost.
    words = TOPICAL.split()
    garbled = " ".join(w if n % 8 < 2 else "mm" for n, w in enumerate(words))
    heard, starts = transcript(ANSWER, "Michael Jack.", garbled, REPLY)
    timings = align(heard, record(("Benn", ANSWER), Speech("t2", "Michael Jack", TOPICAL, oral_qnum="2"),
                                  ("Benn", REPLY)))
    assert timings[1].status == "matched"
    assert timings[1].start == pytest.approx(starts[2], abs=0.01)


LORDS_QUESTION = ("To ask Her Majesty's Government what steps they are taking to take account of the health impacts "
                  "of the availability of high alcohol content wines.")
LORDS_ANSWER = ("My Lords, high-alcohol wines are increasingly available as we import more wines from the new world "
                "which are stronger than those from France, Italy and Spain.")


def test_question_read_in_full_takes_back_its_last_words_from_the_answer():
    # Looked for as "My Lords, I beg leave to ask the Question standing in my name", the
    # question left "high alcohol content" to the answer, whose opening was misheard.
    heard, starts = transcript("To ask the man he sees government what steps may I take in to take account of "
                               "the health impact some in a million million on high alcohol content wise.",
                               "My lord, I'll kill all the ones I'm increasing the available.",
                               "from the new world, which has stronger than most from France, Italy and Spain.")
    timings = align(heard, record(("Lord Harrison", LORDS_QUESTION), ("Baroness Thornton", LORDS_ANSWER)))
    assert timings[0].start == pytest.approx(starts[0], abs=0.01)
    assert timings[1].start == pytest.approx(starts[1], abs=0.01)
