"""Hostile Hansard records against a running `speechstamp serve` (uploaded, pasted, and
by URL) and the `speechstamp link` CLI: entity bombs, external entities and DTDs,
malformed XML, wrong encodings, no speeches, a 50 MB record. Each is refused in one
sentence; no entity is expanded, nothing is fetched, no file leaks; the service lives on."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from click.testing import CliRunner

import cli
from hostile import (assert_alive, assert_clean, assert_refusal, counting_server, post_form, post_multipart,
                     small_clip)
from media import have_tools
from transcriber.transcript import Transcript
from web_fixtures import Server, file_server, wait_for

pytestmark = pytest.mark.skipif(not have_tools(), reason="needs espeak-ng and ffmpeg")
SPEECH = '<speech id="uk.org.publicwhip/debate/2009-10-27a.1.2" speakername="John Denham"><p>{}</p></speech>'


@pytest.fixture(scope="module")
def dtd_server() -> Iterator[tuple[str, list[str]]]:
    """Where the hostile DTDs point: it must never be asked for anything."""
    with counting_server(200, b'<!ENTITY leak SYSTEM "file:///etc/passwd">') as server:
        yield server


def _bomb() -> bytes:
    lines = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return (f'<?xml version="1.0"?>\n<!DOCTYPE publicwhip [\n{chr(10).join(lines)}\n]>\n'
            f'<publicwhip>{SPEECH.format("&lol9;")}</publicwhip>').encode()


def _quadratic() -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE publicwhip [<!ENTITY a "{"x" * 50000}">]>'
            f'<publicwhip>{SPEECH.format("&a;" * 50000)}</publicwhip>').encode()


def records(dtd_base: str) -> dict[str, tuple[bytes, str]]:
    """name -> (record bytes, what the refusal says)."""
    xml = '<?xml version="1.0" encoding="{}"?>\n'
    return {
        "billion-laughs": (_bomb(), "declares more than character entities"),
        "quadratic-blowup": (_quadratic(), "declares more than character entities"),
        "external-entity": (('<?xml version="1.0"?><!DOCTYPE publicwhip [<!ENTITY x SYSTEM '
                             '"file:///etc/passwd">]><publicwhip>' + SPEECH.format("&x;") +
                             "</publicwhip>").encode(), "declares more than character entities"),
        "parameter-entity": ((f'<?xml version="1.0"?><!DOCTYPE publicwhip [<!ENTITY % p SYSTEM '
                              f'"{dtd_base}/p.dtd"> %p;]><publicwhip>' + SPEECH.format("&leak;") +
                              "</publicwhip>").encode(), "declares more than character entities"),
        "external-dtd": ((f'<?xml version="1.0"?><!DOCTYPE publicwhip SYSTEM "{dtd_base}/x.dtd">'
                          "<publicwhip>" + SPEECH.format("&leak;") + "</publicwhip>").encode(),
                         "external DTD"),
        "late-doctype": (('<?xml version="1.0"?><?pi x?><!DOCTYPE publicwhip [<!ENTITY x SYSTEM '
                          '"file:///etc/passwd">]><publicwhip>' + SPEECH.format("&x;") +
                          "</publicwhip>").encode(), "forbidden construct"),
        "undeclared-entity": (("<publicwhip>" + SPEECH.format("&passwd;") + "</publicwhip>").encode(),
                              "not well-formed"),
        "malformed": (b"<publicwhip><speech id='a' speakername='A B'><p>unclosed</speech>", "not well-formed"),
        "latin1-declared-utf8": ((xml.format("UTF-8") + "<publicwhip>" + SPEECH.format("£5 million")
                                  + "</publicwhip>").encode("latin-1"), "not well-formed"),
        "unknown-encoding": ((xml.format("x-no-such-charset") + "<publicwhip>" + SPEECH.format("x")
                              + "</publicwhip>").encode(), "encoding that is not known"),
        "utf16-declared-latin1": ((xml.format("ISO-8859-1") + "<publicwhip>" + SPEECH.format("x")
                                   + "</publicwhip>").encode("utf-16"), "unrecognised record format"),
        "no-speeches": (b'<?xml version="1.0"?><publicwhip><major-heading id="h">Business</major-heading>'
                        b"</publicwhip>", "holds no speeches"),
        "no-speeches-text": (b"Just some words, with no speaker anywhere.\n", "unrecognised record format"),
        "binary": (bytes(range(256)) * 40, "unrecognised record format"),
        "record-50mb": (b"<publicwhip>" + SPEECH.format("word " * 10_000_000).encode() + b"</publicwhip>",
                        "larger than the limit of 20 MB"),
    }


@pytest.fixture(scope="module")
def hostile(dtd_server) -> dict[str, tuple[bytes, str]]:
    return records(dtd_server[0])


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    running = Server(tmp_path_factory.mktemp("records-server"),
                     {"SPEECHSTAMP_SUBMIT_RATE": "100000/hour"}).start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def clip(tmp_path_factory) -> bytes:
    return small_clip(tmp_path_factory.mktemp("clip")).read_bytes()


NAMES = list(records("http://x").keys())


@pytest.mark.parametrize("name", NAMES)
def test_hostile_record_uploads_are_refused(server, hostile, clip, dtd_server, name):
    data, message = hostile[name]
    reply = post_multipart(server.url, "/api/sittings", {}, {"video": ("v.mp4", clip),
                                                             "record": ("record.xml", data)})
    assert_refusal(reply, 400, "The record", message)
    assert dtd_server[1] == []  # no DTD or entity was fetched
    assert server.get_json("/api/sittings")["sittings"] == []
    assert_alive(server.url)


@pytest.mark.parametrize("name", [n for n in NAMES if n not in ("record-50mb", "binary",
                                                                "utf16-declared-latin1")])
def test_hostile_pasted_records_are_refused(server, hostile, clip, name):
    data, message = hostile[name]
    text = data.decode("latin-1") if name == "latin1-declared-utf8" else data.decode("utf-8")
    reply = post_multipart(server.url, "/api/sittings", {"record_text": text}, {"video": ("v.mp4", clip)})
    # Pasted text arrives as UTF-8, so Latin-1 declared as UTF-8 is fine once pasted;
    # everything else is refused as when uploaded.
    if name == "latin1-declared-utf8":
        assert reply.status == 202, reply.text
        return
    assert_refusal(reply, 400, "The record", message)
    assert_alive(server.url)


def test_a_pasted_record_over_the_limit_is_refused_with_the_limit(server, clip):
    reply = post_multipart(server.url, "/api/sittings", {"record_text": "A B: " + "word " * 5_000_000},
                           {"video": ("v.mp4", clip)})
    assert_refusal(reply, (400, 413), "20 MB")  # werkzeug's field limit, or ours
    reply = post_form(server.url, "/api/sittings", {"video_url": "http://example.org/v.mp4",
                                                    "record_text": "A B: " + "word " * 5_000_000})
    assert_refusal(reply, (400, 413), "20 MB")
    assert_alive(server.url)


@pytest.mark.parametrize("name", ["billion-laughs", "external-entity", "external-dtd", "record-50mb"])
def test_hostile_records_by_url_fail_their_job_in_one_sentence(tmp_path, clip, hostile, dtd_server, name):
    (tmp_path / "v.mp4").write_bytes(clip)
    (tmp_path / "record.xml").write_bytes(hostile[name][0])
    server = Server(tmp_path / "data").start()  # private URLs allowed: the records are on loopback
    try:
        with file_server(tmp_path) as base:
            status, ids = server.post_form("/api/sittings", {"video_url": f"{base}/v.mp4",
                                                             "record_url": f"{base}/record.xml"})
            assert status == 202, ids
            job = wait_for(lambda: (j := server.get_json(f"/api/jobs/{ids['job']}"))["status"]
                           not in ("queued", "running") and j, what="the job to end")
        assert job["status"] == "failed", job
        assert "\n" not in job["error"] and job["error"].endswith(".")
        expected = "more than the limit" if name == "record-50mb" else hostile[name][1]
        assert expected in job["error"], job
        assert_clean(job["error"])
        assert dtd_server[1] == []
    finally:
        server.stop()


# -- the CLI ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def transcript(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("t") / "t.json"
    path.write_text(Transcript("v.mp4", "0" * 64, 2.0, "en", "tiny.en", []).to_json())
    return path


@pytest.mark.parametrize("name", [n for n in NAMES if n != "record-50mb"])
def test_the_link_cli_refuses_hostile_records_in_one_sentence(tmp_path, hostile, transcript, dtd_server, name):
    record = tmp_path / "record.xml"
    record.write_bytes(hostile[name][0])
    result = CliRunner().invoke(cli.main, ["link", str(transcript), str(record)])
    # (No 50 MB case: the CLI reads what its own user gives it, at any size.)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output[:500]
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output[:500]
    assert hostile[name][1] in lines[0]
    assert_clean(result.output)
    assert dtd_server[1] == []
