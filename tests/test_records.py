"""Record readers: real ParlParse files, plain text, and everything that must be refused."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from linker import RecordError, parse_record, read_record
from media import record_xml, small_sitting_specs

HANSARD = Path(__file__).parent / "data" / "hansard"
REAL_FILES = sorted(HANSARD.glob("*.xml"))


def _count_items(path: Path) -> int:
    """Counted independently of the reader: speeches, or questions and replies."""
    raw = path.read_bytes()
    return len(re.findall(rb"<(?:speech|ques|reply)\s", raw))


def test_all_real_files_are_here():
    assert {p.name for p in REAL_FILES} >= {
        "answers2009-10-28c.xml", "daylord2009-10-27a.xml", "debates2009-10-27a.xml", "debates2009-10-27d.xml",
        "debates2009-10-29a.xml", "lords2014-03-03.xml", "ni2009-10-13.xml", "westminster2009-10-28a.xml"}


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_real_file_parses_to_every_speech(path):
    record = read_record(path)
    assert len(record.speeches) == _count_items(path) > 0
    assert len({s.id for s in record.speeches}) == len(record.speeches)
    assert all(s.speaker for s in record.speeches)
    assert sum(bool(s.text) for s in record.speeches) >= 0.9 * len(record.speeches)


def test_commons_speech_fields():
    record = read_record(HANSARD / "debates2009-10-27d.xml")
    first_q = next(s for s in record.speeches if s.id == "uk.org.publicwhip/debate/2009-10-27d.141.9")
    assert first_q.speaker == "Angela Watkinson"
    assert first_q.person_id == "uk.org.publicwhip/member/1891"
    assert first_q.oral_qnum == "1"
    assert first_q.text.startswith("What role his Department plays in making contingency arrangements")
    assert "COMMUNITIES AND LOCAL GOVERNMENT" in first_q.heading
    assert first_q.time == "14:30:00" and first_q.url.startswith("http://www.publications.parliament.uk/")


def test_latin1_character_entities_are_decoded():
    record = read_record(HANSARD / "debates2009-10-29a.xml")
    text = " ".join(s.text for s in record.speeches)
    assert "£" in text and "—" in text
    assert "&pound;" not in text and "&mdash;" not in text


def test_utf8_northern_ireland_file():
    record = read_record(HANSARD / "ni2009-10-13.xml")
    assert record.speeches[1].speaker == "Mr Speaker"


def test_superseded_file_keeps_speeches_and_redirects():
    record = read_record(HANSARD / "debates2009-10-27a.xml")
    assert record.latest is False
    assert len(record.redirects) == 387
    assert record.redirects["uk.org.publicwhip/debate/2009-10-27a.141.0"] == "uk.org.publicwhip/debate/2009-10-27b.141.0"


def test_written_answers_questions_and_replies():
    record = read_record(HANSARD / "answers2009-10-28c.xml")
    first, reply = record.speeches[0], record.speeches[1]
    assert first.id.endswith(".q0") and first.speaker == "Graham Stringer"
    assert first.text.startswith("To ask the Secretary of State for Environment")
    assert reply.id.endswith(".r0") and reply.speaker == "Jim Fitzpatrick"


def test_nospeaker_items_are_unknown():
    record = read_record(HANSARD / "daylord2009-10-27a.xml")
    assert record.speeches[0].speaker == "Unknown" and record.speeches[0].person_id is None


def test_generated_record_and_pasted_xml_string():
    xml = record_xml(small_sitting_specs())
    from_bytes = parse_record(xml.encode("latin-1"), "record.xml")
    from_text = parse_record(xml, "pasted")
    assert [s.id for s in from_bytes.speeches] == [s.id for s in from_text.speeches]
    assert len(from_bytes.speeches) == 5 and from_bytes.speeches[0].oral_qnum == "1"


# -- plain text ------------------------------------------------------------

def test_plain_text_blocks_without_ids():
    text = ("Oral Answers to Questions\n\n"
            "Angela Watkinson: What role his Department plays.\n\n"
            "John Denham: The making of contingency arrangements\nis a duty.\n\n"
            "It is also a matter for authorities.\n\n"
            "Mr. Speaker: Order.\n")
    record = parse_record(text, "paste")
    assert [s.speaker for s in record.speeches] == ["Angela Watkinson", "John Denham", "Mr. Speaker"]
    assert [s.id for s in record.speeches] == ["speech-1", "speech-2", "speech-3"]
    assert record.speeches[1].paragraphs == ["The making of contingency arrangements is a duty.",
                                             "It is also a matter for authorities."]
    assert record.speeches[0].heading == "Oral Answers to Questions"


def test_plain_text_collective_speakers_are_speeches_not_headings():
    text = ("Harriet Harman: Part of the military covenant.\n\n"
            "Several hon. Members: rose —\n\n"
            "An hon. Member: Hear, hear!\n\n"
            "Mr. Speaker: Order.\n")
    record = parse_record(text, "paste")
    assert [s.speaker for s in record.speeches] == ["Harriet Harman", "Several hon. Members", "An hon. Member",
                                                    "Mr. Speaker"]
    assert record.speeches[1].text == "rose —"
    assert record.speeches[3].heading is None


def test_plain_text_with_ids_and_question_numbers():
    text = ("[uk.org.publicwhip/debate/2009-10-27d.141.9] 1. Angela Watkinson (Upminster) (Con): What role?\n\n"
            "[uk.org.publicwhip/debate/2009-10-27d.141.10] The Secretary of State for Communities and "
            "Local Government (John Denham): The making of arrangements.\n")
    record = parse_record(text.encode("utf-8"))
    assert record.speeches[0].id == "uk.org.publicwhip/debate/2009-10-27d.141.9"
    assert record.speeches[0].oral_qnum == "1"
    assert record.speeches[0].speaker == "Angela Watkinson (Upminster) (Con)"
    assert record.speeches[1].speaker.endswith("(John Denham)")


def test_plain_text_windows_1252_bytes():
    record = parse_record("Hilary Benn: It costs £5 million.\r\n\r\nNick Herbert: Yes.\r\n".encode("cp1252"))
    assert record.speeches[0].text == "It costs £5 million."
    assert len(record.speeches) == 2


def test_plain_text_duplicate_ids_refused():
    with pytest.raises(RecordError, match="two speeches with the id 'a'"):
        parse_record("[a] Hilary Benn: One.\n\n[a] Nick Herbert: Two.\n")


@pytest.mark.parametrize("content", [
    "", "   \n\n", "just some words with no speaker at all, nothing else.",
    "the answer is as follows: we will not.", '{"schema": "speechstamp.transcript/1"}',
    b"\x00\x01\x02binary\x00", b"\x89PNG\r\n\x1a\n\x00\x00",
])
def test_unrecognised_formats(content):
    with pytest.raises(RecordError, match="^unrecognised record format"):
        parse_record(content)


def test_missing_file():
    with pytest.raises(RecordError, match="cannot read the record"):
        read_record("/nonexistent/record.xml")


# -- hostile and broken XML ---------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE publicwhip [
<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<publicwhip><speech id="a" speakername="X"><p>&lol3;</p></speech></publicwhip>"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE publicwhip [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<publicwhip><speech id="a" speakername="X"><p>&xxe;</p></speech></publicwhip>"""
EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE publicwhip SYSTEM "http://127.0.0.1:9/evil.dtd">
<publicwhip><speech id="a" speakername="X"><p>Hello</p></speech></publicwhip>"""
PARAMETER_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE publicwhip [ <!ENTITY % pe SYSTEM "http://127.0.0.1:9/x.dtd"> %pe; ]>
<publicwhip><speech id="a" speakername="X"><p>Hello</p></speech></publicwhip>"""
LATE_DOCTYPE = """<publicwhip><speech id="a" speakername="X"><p>Hi</p></speech></publicwhip>
<!DOCTYPE publicwhip [ <!ENTITY lol "lol"> ]>"""
SMUGGLED_IN_COMMENT = """<?xml version="1.0"?>
<!DOCTYPE publicwhip [ <!ENTITY pound "&#163;"> <!-- --> <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<publicwhip><speech id="a" speakername="X"><p>&xxe;</p></speech></publicwhip>"""


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL_ENTITY, EXTERNAL_DTD, PARAMETER_ENTITY,
                                 SMUGGLED_IN_COMMENT],
                         ids=["billion-laughs", "external-entity", "external-dtd", "parameter-entity", "comment"])
def test_hostile_xml_is_refused(xml):
    for data in (xml, xml.encode("utf-8")):
        with pytest.raises(RecordError, match="^refused the record") as caught:
            parse_record(data)
        assert "root:" not in str(caught.value)


def test_doctype_after_the_root_is_not_parsed():
    with pytest.raises(RecordError):
        parse_record(LATE_DOCTYPE)


@pytest.mark.parametrize("data, message", [
    (b"<publicwhip><speech id='a'><p>unclosed</speech></publicwhip>", "not well-formed XML"),
    (b"<publicwhip><speech id='a' speakername='X'><p>&undeclared;</p></speech></publicwhip>", "not well-formed XML"),
    # Declared UTF-8 but written in Latin-1: the pound sign is not valid UTF-8.
    ('<?xml version="1.0" encoding="utf-8"?><publicwhip><speech id="a" speakername="X"><p>£5</p>'
     '</speech></publicwhip>'.encode("latin-1"), "not well-formed XML"),
    (b"<publicwhip latest='yes'><major-heading id='h'>Heading</major-heading></publicwhip>", "no speeches"),
    (b"<publicwhip latest='no'><gidredirect oldgid='a' newgid='b' matchtype='perfectmatch'/></publicwhip>",
     "superseded"),
])
def test_broken_xml(data, message):
    with pytest.raises(RecordError, match=message):
        parse_record(data)
