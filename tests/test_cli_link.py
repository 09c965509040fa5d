"""`speechstamp link`: formats, errors, and one end-to-end run with the real model."""
from __future__ import annotations

import csv
import gc
import io
import json

import pytest
import webvtt
from click.testing import CliRunner

from cli import main
from linker.listened import LISTENED_CONFIDENCE
from media import SpeechSpec, make_sitting, small_sitting_specs
from transcriber import TranscribeOptions, transcribe_to_dir
from test_align import ANSWER, FOLLOW_UP, transcript

RECORD = f"[a] John Denham: {ANSWER}\n\n[b] Bob Spink: indicated dissent.\n\n[c] Caroline Spelman: {FOLLOW_UP}\n"


@pytest.fixture
def files(tmp_path):
    heard, starts = transcript("Good afternoon.", ANSWER, FOLLOW_UP)
    (tmp_path / "t.json").write_text(heard.to_json())
    (tmp_path / "r.txt").write_text(RECORD)
    return tmp_path, starts


def run(*args):
    return CliRunner().invoke(main, ["link", *map(str, args)])


def test_json_to_stdout(files):
    tmp, starts = files
    result = run(tmp / "t.json", tmp / "r.txt")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["schema"] == "speechstamp.links/1" and doc["record"] == "r.txt" and doc["source"] == "t.mp4"
    assert [s["id"] for s in doc["speeches"]] == ["a", "b", "c"]
    assert [s["status"] for s in doc["speeches"]] == ["matched", "missing", "matched"]
    assert doc["speeches"][0]["start"] == pytest.approx(starts[1], abs=0.01)
    assert doc["speeches"][1]["start"] is None and doc["speeches"][1]["end"] is None


def test_csv_to_file(files):
    tmp, starts = files
    result = run(tmp / "t.json", tmp / "r.txt", "--format", "csv", "-o", tmp / "out.csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO((tmp / "out.csv").read_text())))
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert float(rows[2]["start"]) == pytest.approx(starts[2], abs=0.01)
    assert rows[1]["start"] == "" and rows[1]["status"] == "missing"
    assert rows[0]["start_clock"] == "00:00:02"  # 2.8 s, rounded down


def test_vtt_chapters_parse(files, tmp_path):
    tmp, starts = files
    result = run(tmp / "t.json", tmp / "r.txt", "--format", "vtt", "-o", tmp / "chapters.vtt")
    assert result.exit_code == 0, result.output
    cues = webvtt.read(str(tmp / "chapters.vtt")).captions
    assert [c.identifier for c in cues] == ["a", "c"]
    assert cues[0].text.startswith("John Denham: The making of contingency arrangements")
    assert cues[1].start == "00:00:08.200" and starts[2] == pytest.approx(8.2)
    assert cues[0].end <= cues[1].start


@pytest.mark.parametrize("record, message", [
    ("nonsense words only", "Error: unrecognised record format"),
    ("<publicwhip><speech id='a'><p>x</speech></publicwhip>", "Error: the record is not well-formed XML"),
    ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><p>&x;</p>',
     "Error: refused the record"),
])
def test_bad_records(files, record, message):
    tmp, _ = files
    (tmp / "bad.txt").write_text(record)
    result = run(tmp / "t.json", tmp / "bad.txt")
    assert result.exit_code == 1
    assert result.output.startswith(message) and "Traceback" not in result.output


def test_the_cycle_collector_is_back_on_after_link_even_when_it_fails(files):
    # link pauses it while reading and aligning (speed); a web worker or batch run in
    # the same process must not be left without it.
    tmp, _ = files
    (tmp / "bad.txt").write_text("not a record")
    for record in ("r.txt", "bad.txt"):
        run(tmp / "t.json", tmp / record)
        assert gc.isenabled()


def test_bad_transcripts(files):
    tmp, _ = files
    (tmp / "other.json").write_text('{"hello": 1}')
    result = run(tmp / "other.json", tmp / "r.txt")
    assert result.exit_code == 1
    assert "is not a speechstamp transcript JSON" in result.output
    result = run(tmp / "absent.json", tmp / "r.txt")
    assert result.exit_code == 1 and "Cannot read" in result.output


def test_end_to_end_media_with_the_real_model(whisper_model, tmp_path):
    sitting = make_sitting(tmp_path / "sitting", small_sitting_specs())
    for record in (sitting.record_xml, sitting.record_txt):
        result = run(sitting.media, record, "--transcript-dir", tmp_path / "transcripts")
        assert result.exit_code == 0, result.output
        speeches = json.loads(result.output)["speeches"]
        assert len(speeches) == len(sitting.truth["speeches"])
        for got, truth in zip(speeches, sitting.truth["speeches"]):
            if truth["spoken"]:
                assert got["status"] == "matched", got
                assert abs(got["start"] - truth["start"]) <= 1.0, (got, truth)
            else:
                assert got["status"] == "missing" and got["start"] is None, got
    cached = tmp_path / "transcripts" / "sitting.json"
    assert cached.is_file()
    before = cached.stat().st_mtime_ns
    assert run(sitting.media, sitting.record_xml, "--transcript-dir", tmp_path / "transcripts").exit_code == 0
    assert cached.stat().st_mtime_ns == before  # the cached transcript was reused


def test_a_speech_the_transcript_lost_is_listened_for_in_the_media(whisper_model, tmp_path):
    """The transcript (made by the real model) loses every word of "Number one, Mr
    Speaker."; linking it with its media beside it finds the question in the audio."""
    specs = small_sitting_specs()
    opening = "Before questions begin, I should like to update the House on the floods in Cumbria."
    specs = [SpeechSpec("a0", "John Denham", opening, opening, voice="en-us"), specs[0], *specs[1:]]
    sitting = make_sitting(tmp_path / "sitting", specs)
    made = transcribe_to_dir(sitting.media, TranscribeOptions(), sitting.media.parent).transcript
    question, answer = sitting.truth["speeches"][1:3]
    assert question["spoken_text"] == "Number one, Mr Speaker."
    lost = made.to_dict()
    for segment in lost["segments"]:
        segment["words"] = [w for w in segment["words"]
                            if not question["start"] - 0.3 <= w["start"] < answer["start"] - 0.3]
    lost["segments"] = [s for s in lost["segments"] if s["words"]]
    path = sitting.media.parent / "sitting.json"
    path.write_text(json.dumps(lost))

    alone = json.loads(run(path, sitting.record_xml, "--no-listen").output)["speeches"][1]
    assert alone["status"] == "missing"
    result = run(path, sitting.record_xml)
    assert result.exit_code == 0, result.output
    heard = json.loads(result.output)["speeches"][1]
    assert heard["status"] == "matched" and heard["confidence"] == LISTENED_CONFIDENCE
    assert abs(heard["start"] - question["start"]) <= 0.5, (heard, question)
