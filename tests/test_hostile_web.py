"""Hostile strings on the web, against a running `speechstamp serve` with one real job:
`<script>`, quotes and `-->` in a speech id, speaker names, the record's text and the
title, rendered everywhere (pages, Open Graph tags, oEmbed JSON, VTT and JSON
downloads); FTS5 syntax in search; form posts without a CSRF token; oversize uploads."""
from __future__ import annotations

import contextlib
import html
import io
import json
import re
import socket
from html.parser import HTMLParser
from typing import Iterator
from urllib.parse import quote, unquote

import pytest
import webvtt

from hostile import (assert_alive, assert_clean, assert_refusal, get, post_form, post_json,
                     post_multipart, request)
from media import SpeechSpec, have_tools, make_sitting, small_sitting_specs
from web_fixtures import Server, wait_for

pytestmark = pytest.mark.skipif(not have_tools(), reason="needs espeak-ng and ffmpeg")

TITLE = "\"><script>alert('title')</script> Questions & answers"
SPEAKER = "<script>alert(\"speaker\")</script> Mr O'Brien"
SUFFIX = " I say \"hello\" & <b>bold</b> </p><script>alert('text')</script> --> \n\nWEBVTT 00:00.000 --> 01:00.000"
HOSTILE_ID = "uk.org.publicwhip/debate/x\"><script>alert('id')</script>"
MARKERS = ["<script>alert(", "<b>bold</b>", "\"><script", "alert('id')</script>"]


def _specs() -> list[SpeechSpec]:
    specs = small_sitting_specs()
    specs[1].speaker = SPEAKER
    specs[1].record_text += SUFFIX
    specs[3].id = HOSTILE_ID
    specs[3].speaker = SPEAKER
    specs[3].record_text += SUFFIX
    return specs


@pytest.fixture(scope="module")
def site(tmp_path_factory, whisper_model) -> Iterator[tuple[Server, dict]]:
    sitting = make_sitting(tmp_path_factory.mktemp("hostile-sitting"), _specs())
    server = Server(tmp_path_factory.mktemp("web-server")).start()
    try:
        reply = post_multipart(server.url, "/api/sittings", {"title": TITLE},
                               {"video": ("sitting.mp4", sitting.media.read_bytes()),
                                "record": ("record.xml", sitting.record_xml.read_bytes())})
        assert reply.status == 202, reply.text
        ids = reply.json()
        job = wait_for(lambda: (j := server.get_json(f"/api/jobs/{ids['job']}"))["status"]
                       not in ("queued", "running") and j, what="the job")
        assert job["status"] == "done", job
        yield server, ids
    finally:
        server.stop()


def _no_raw_markup(text: str) -> None:
    for marker in MARKERS:
        assert marker not in text, (marker, text[text.find(marker) - 200: text.find(marker) + 200])
    assert_clean(text)


def _speech(site, speech_id: str) -> dict:
    server, ids = site
    speeches = server.get_json(f"/api/sittings/{ids['sitting']}")["speeches"]
    return next(s for s in speeches if s["id"] == speech_id)


def test_the_hostile_strings_are_stored_as_they_were_given(site):
    server, ids = site
    sitting = server.get_json(f"/api/sittings/{ids['sitting']}")
    assert sitting["title"] == TITLE
    hostile = _speech(site, HOSTILE_ID)
    assert hostile["speaker"] == SPEAKER and "<script>alert('text')</script>" in hostile["text"]
    assert unquote(hostile["url"]).endswith("/s/" + HOSTILE_ID)


def _pages(site) -> list[str]:
    server, ids = site
    sid, first = ids["sitting"], small_sitting_specs()[1].id
    return ["/", f"/sittings/{sid}", f"/v/{sid}?t=5", f"/s/{first}", f"/s/{first}?sitting={sid}",
            f"/s/{quote(HOSTILE_ID, safe='/')}", f"/embed/{first}", f"/embed/{quote(HOSTILE_ID, safe='/')}",
            "/search?q=script+alert", "/search?speaker=O%27Brien", "/check", f"/jobs/{ids['job']}",
            "/search?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
            f"/s/{quote(HOSTILE_ID, safe='/')}x"]  # a 404 page that repeats the id


@pytest.mark.parametrize("index", range(14))
def test_every_page_escapes_the_hostile_strings(site, index):
    path = _pages(site)[index]
    reply = get(site[0].url, path)
    assert reply.status in (200, 404), (path, reply.status)
    _no_raw_markup(reply.text)
    assert "text/html" in reply.headers["content-type"]
    assert "script-src" not in reply.headers["content-security-policy"]  # default-src 'self' covers it
    assert "'unsafe-inline'" not in reply.headers["content-security-policy"]


class _Meta(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attrs = dict(attrs)
        key = attrs.get("property") or attrs.get("name") or (attrs.get("type") if tag == "link" else None)
        if key and ("content" in attrs or "title" in attrs):
            self.found[key] = attrs.get("content") or attrs.get("title")


def test_open_graph_tags_carry_the_strings_escaped_and_whole(site):
    server, _ids = site
    page = get(server.url, f"/s/{small_sitting_specs()[1].id}").text
    meta = _Meta()
    meta.feed(page)
    # Parsed back, the attribute holds exactly the hostile text: escaped, not cut or broken.
    assert meta.found["og:title"].startswith(SPEAKER + " at ") and meta.found["og:title"].endswith(TITLE)
    assert meta.found["twitter:title"] == meta.found["og:title"]
    assert "<b>bold</b>" in meta.found["og:description"]
    assert meta.found["application/json+oembed"] == meta.found["og:title"]
    assert re.search(r'<meta property="og:title" content="[^"<>]*">', page)


def test_oembed_json_is_json_and_its_html_is_escaped(site):
    server, _ids = site
    for speech_id in (small_sitting_specs()[1].id, HOSTILE_ID):
        url = f"{server.url}/s/{quote(speech_id, safe='/')}"
        reply = get(server.url, "/oembed?url=" + quote(url, safe=""))
        assert reply.status == 200 and reply.headers["content-type"] == "application/json"
        doc = reply.json()
        assert doc["author_name"] == SPEAKER
        assert "<script" not in doc["html"] and doc["html"].startswith("<iframe ")
        assert doc["html"].count("<") == 2 and doc["html"].count('"') == 10  # no tag or attribute added
        assert html.unescape(doc["html"].split('title="', 1)[1].split('"', 1)[0]) == SPEAKER


def test_vtt_and_json_downloads_hold_the_text_safely(site):
    server, ids = site
    reply = get(server.url, f"/sittings/{ids['sitting']}/chapters.vtt")
    assert reply.status == 200 and reply.headers["content-type"].startswith("text/vtt")
    assert "<script" not in reply.text and "<b>" not in reply.text
    cues = webvtt.from_buffer(io.StringIO(reply.text)).captions
    placed = [s for s in server.get_json(f"/api/sittings/{ids['sitting']}")["speeches"] if s["start"] is not None]
    assert len(cues) == len(placed)  # nothing in the text made extra cues or ended one early
    for line in reply.text.splitlines():
        assert "-->" not in line or re.fullmatch(r"[\d:.]+ --> [\d:.]+", line), line
    disposition = reply.headers["content-disposition"]
    assert re.fullmatch(r'attachment; filename="[A-Za-z0-9_.-]+"', disposition), disposition
    links = json.loads(get(server.url, f"/sittings/{ids['sitting']}/links.json").body)
    assert {s["speaker"] for s in links["speeches"]} >= {SPEAKER}
    transcript = get(server.url, f"/sittings/{ids['sitting']}/transcript.vtt")
    assert transcript.status == 200 and transcript.text.startswith("WEBVTT")


FTS = ['"', '""', "'", "*", "NEAR(a b)", "a AND", "OR OR", "(", ")", "^", "-x", "col:x", "speaker:x",
       "a\x00b", "%", "_", "\\", "🙂", "a" * 5000, "SELECT * FROM speeches; --", "' OR 1=1 --",
       "{speaker text}: x", "x*y", "NOT", '"unterminated', "<script>alert(1)</script>"]


@pytest.mark.parametrize("q", FTS)
def test_search_takes_any_text(site, q):
    server, _ids = site
    for path in (f"/api/search?q={quote(q)}", f"/api/search?speaker={quote(q)}"):
        reply = get(server.url, path)
        assert reply.status == 200 and reply.headers["content-type"] == "application/json", path
        assert isinstance(reply.json()["results"], list)  # JSON holds the text as data
        assert_clean(reply.text)
    page = get(server.url, f"/search?q={quote(q)}&speaker={quote(q)}")
    assert page.status == 200
    _no_raw_markup(page.text)


def test_forms_and_browser_api_calls_need_the_csrf_token(site):
    server, ids = site
    forged = [post_form(server.url, "/submit", {"video_url": "http://example.org/a.mp4", "record_text": "A B: c."}),
              post_form(server.url, f"/jobs/{ids['job']}/retry", {}),
              post_form(server.url, f"/jobs/{ids['job']}/cancel", {"csrf_token": "forged"})]
    for reply in forged:
        assert reply.status == 400 and "did not come from this site" in reply.text
        _no_raw_markup(reply.text)
    # A browser that has our session cookie must send the token with API calls too.
    page = get(server.url, "/")
    cookie = page.headers["set-cookie"].split(";", 1)[0]
    body = {"speech": small_sitting_specs()[1].id, "field": "start", "time": 1.0}
    correction = f"/api/sittings/{ids['sitting']}/corrections"
    assert_refusal(post_json(server.url, correction, body, Cookie=cookie), 400, "did not come from this site")
    assert_refusal(post_json(server.url, correction, body, Cookie=cookie, **{"X-CSRF-Token": "x"}), 400)
    assert server.get_json(f"/api/jobs/{ids['job']}")["status"] == "done"  # nothing was changed
    assert _speech(site, body["speech"])["status"] != "corrected"
    assert_alive(server.url)


@pytest.fixture(scope="module")
def small_limit(tmp_path_factory) -> Iterator[Server]:
    server = Server(tmp_path_factory.mktemp("limit"), {"SPEECHSTAMP_MAX_UPLOAD_MB": "1"}).start()
    yield server
    server.stop()


def test_an_oversize_upload_is_a_clear_413(small_limit):
    reply = post_multipart(small_limit.url, "/api/sittings", {"record_text": "A B: c."},
                           {"video": ("big.mp4", bytes(3 << 19))})
    assert_refusal(reply, 413, "the limit is 1 MB for a video")
    assert_alive(small_limit.url)


def test_a_far_oversize_upload_is_cut_off_by_waitress(small_limit):
    """Over the limit plus 1 MB, waitress answers 413 before reading the body at all."""
    head = (f"POST /api/sittings HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; "
            f"boundary=zz\r\nContent-Length: {500 << 20}\r\n\r\n").encode()
    with socket.create_connection(("127.0.0.1", small_limit.port), timeout=60) as sock:
        sock.sendall(head)
        with contextlib.suppress(OSError):  # it may close while we still send
            sock.sendall(bytes(1 << 20))
        answer = sock.recv(65536).decode("latin-1")
    assert answer.startswith("HTTP/1.1 413 "), answer[:200]
    assert_clean(answer)
    assert_alive(small_limit.url)
    assert small_limit.get_json("/api/sittings")["sittings"] == []


def test_a_lying_content_length_does_not_hang_or_crash_the_service(small_limit):
    reply = request(small_limit.url, "POST", "/api/sittings", b"x" * 10,
                    {"Content-Type": "multipart/form-data; boundary=zz", "Content-Length": "10"})
    assert reply.status == 400
    assert_clean(reply.text)
    assert_alive(small_limit.url)


def test_a_forged_host_header_cannot_poison_shared_links(tmp_path):
    from web_fixtures import make_app
    app = make_app(tmp_path, START_JOBS=False, TRUSTED_HOSTS=["speechstamp.example"])
    client = app.test_client()
    forged = client.get("/api/sittings", headers={"Host": "evil.example"})
    assert forged.status_code == 400 and forged.get_json() == {"error": "Host 'evil.example' is not trusted."}
    assert client.get("/api/sittings", headers={"Host": "speechstamp.example"}).status_code == 200
