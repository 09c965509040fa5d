"""The JSON API, end to end: Flask's test client, a real temporary SQLite store, and
real jobs running pipeline.run_job with the real model on a generated sitting."""
from __future__ import annotations

import io
import json

import pytest

import store
from media import have_tools, make_sitting, small_sitting_specs
from web_fixtures import file_server, make_app, stop_app, wait_job

pytestmark = pytest.mark.skipif(not have_tools(), reason="needs espeak-ng and ffmpeg")
SPEECH = "uk.org.publicwhip/debate/2009-10-27a.1.2"  # John Denham's answer: spoken, placed


@pytest.fixture(scope="module")
def sitting_files(tmp_path_factory):
    return make_sitting(tmp_path_factory.mktemp("sitting"), small_sitting_specs())


@pytest.fixture(scope="module")
def served(tmp_path_factory, sitting_files, whisper_model):
    """An app with one sitting uploaded and its job finished."""
    app = make_app(tmp_path_factory.mktemp("store"), ALLOW_PRIVATE_URLS=True)
    client = app.test_client()
    response = client.post("/api/sittings", data={
        "video": (sitting_files.media.open("rb"), "sitting.mp4"),
        "record": (sitting_files.record_xml.open("rb"), "record.xml"),
        "title": "Questions <script>alert(1)</script>"})
    assert response.status_code == 202, response.get_json()
    ids = response.get_json()
    assert wait_job(client, ids["job"])["status"] == "done"
    yield app, client, ids
    stop_app(app)


@pytest.fixture
def idle(tmp_path):
    """An app whose workers are not started: jobs stay queued."""
    app = make_app(tmp_path, START_JOBS=False)
    yield app, app.test_client()


def test_upload_job_finishes_and_sitting_lists_every_speech(served, sitting_files):
    app, client, ids = served
    job = client.get(f"/api/jobs/{ids['job']}").get_json()
    assert job == {**job, "status": "done", "progress": 1.0, "error": None, "sitting": ids["sitting"]}
    sitting = client.get(f"/api/sittings/{ids['sitting']}").get_json()
    assert sitting["title"] == "Questions <script>alert(1)</script>"
    assert sitting["source"] == "upload" and sitting["duration"] > 30
    truth = {s["id"]: s for s in sitting_files.truth["speeches"]}
    assert [s["id"] for s in sitting["speeches"]] == list(truth)  # record order, each once
    for speech in sitting["speeches"]:
        assert set(speech) >= {"id", "speaker", "start", "end", "confidence", "status", "url"}
        assert speech["url"] == "http://localhost/s/" + speech["id"]
        assert speech["status"] in ("matched", "missing")
    placed = {s["id"]: s for s in sitting["speeches"]}[SPEECH]
    assert placed["status"] == "matched"
    assert abs(placed["start"] - truth[SPEECH]["start"]) < 1.0
    assert {s["id"]: s for s in sitting["speeches"]}["uk.org.publicwhip/debate/2009-10-27a.1.3"][
        "status"] == "missing"  # "indicated dissent" is never spoken


def test_submit_by_url_fetches_from_loopback_and_newest_sitting_owns_the_permalink(
        served, sitting_files):
    app, client, first = served
    with file_server(sitting_files.media.parent) as base:
        response = client.post("/api/sittings", data={
            "video_url": f"{base}/sitting.mp4", "record_url": f"{base}/record.xml"})
        assert response.status_code == 202
        ids = response.get_json()
        job = wait_job(client, ids["job"])
    assert job["status"] == "done", job
    second = client.get(f"/api/sittings/{ids['sitting']}").get_json()
    assert second["source"].endswith("/sitting.mp4") and second["title"] == "sitting.mp4"
    assert any(s["status"] == "matched" for s in second["speeches"])
    # The same record twice: /s/<id> is the newest sitting's; the older copy is pinned.
    older = client.get(f"/api/sittings/{first['sitting']}").get_json()
    assert {s["url"] for s in older["speeches"]} == {
        f"http://localhost/s/{s['id']}?sitting={first['sitting']}" for s in older["speeches"]}
    page = client.get(f"/s/{SPEECH}")
    assert f'/sittings/{ids["sitting"]}"' in page.get_data(as_text=True)
    pinned = client.get(f"/s/{SPEECH}?sitting={first['sitting']}")
    assert f'/sittings/{first["sitting"]}"' in pinned.get_data(as_text=True)


@pytest.mark.parametrize("fields, message", [
    ({}, "Give the video either as a URL or as an uploaded file"),
    ({"video_url": "http://example.org/a.mp4", "video": "FILE"}, "either as a URL or"),
    ({"video_url": "http://example.org/a.mp4"}, "Give the Hansard record once"),
    ({"video_url": "http://example.org/a.mp4", "record_text": "A: b",
      "record_url": "http://example.org/r.xml"}, "Give the Hansard record once"),
    ({"video_url": "ftp://example.org/a.mp4", "record_text": "A: b"}, "must start with http"),
    ({"video_url": "javascript:alert(1)", "record_text": "A: b"}, "must start with http"),
    ({"video_url": "file:///etc/passwd", "record_text": "A: b"}, "must start with http"),
    ({"video_url": "http://127.0.0.1:5000/a.mp4", "record_text": "A: b"}, "private or local"),
    ({"video_url": "http://[::1]/a.mp4", "record_text": "A: b"}, "private or local"),
    ({"video_url": "http://169.254.169.254/latest", "record_text": "A: b"}, "private or local"),
    ({"video_url": "http://10.1.2.3/a.mp4", "record_text": "A: b"}, "private or local"),
    ({"video_url": "http://localhost/a.mp4", "record_text": "A: b"}, "private or local"),
    ({"video_url": "http://example.org/a.mp4", "record_url": "http://192.168.0.1/r"},
     "record URL points to a private"),
    ({"video_url": "http://example.org/a.mp4", "record_text": "just some words"},
     "The record cannot be read: unrecognised record format"),
    ({"video_url": "http://example.org/a.mp4", "record": "<speech"},
     "The record cannot be read: the record is not well-formed XML"),
    ({"video": "", "record_text": "A: b"}, "The video file is empty."),
])
def test_submission_refusals_are_one_sentence_400s(idle, fields, message):
    app, client = idle
    data = {k: (io.BytesIO(b"x" if v == "FILE" else v.encode()), "f.mp4") if k in ("video", "record")
            else v for k, v in fields.items()}
    response = client.post("/api/sittings", data=data)
    assert response.status_code == 400
    assert message in response.get_json()["error"]
    assert store.recent_sittings(store.connect(app.config["DATABASE"])) == []


def test_upload_over_the_limit_is_a_clear_413(tmp_path):
    app = make_app(tmp_path, START_JOBS=False, MAX_CONTENT_LENGTH=1024)
    response = app.test_client().post("/api/sittings", data={
        "video": (io.BytesIO(b"x" * 4096), "big.mp4"), "record_text": "A: b"})
    assert response.status_code == 413
    assert response.get_json() == {"error": "The upload is too large: the limit is 1024 bytes "
                                            "for a video and 20 MB for a record."}


def test_jobs_cancel_and_retry_keep_the_inputs(idle, sitting_files):
    app, client = idle
    response = client.post("/api/sittings", data={
        "video": (sitting_files.media.open("rb"), "sitting.mp4"),
        "record_text": sitting_files.record_txt.read_text()})
    ids = response.get_json()
    assert client.get(f"/api/jobs/{ids['job']}").get_json()["status"] == "queued"
    cancelled = client.post(f"/api/jobs/{ids['job']}/cancel").get_json()
    assert cancelled["status"] == "cancelled"
    sitting = store.get_sitting(store.connect(app.config["DATABASE"]), ids["sitting"])
    folder = app.config["MEDIA_DIR"] / sitting["folder"]
    assert (folder / sitting["media_name"]).read_bytes() == sitting_files.media.read_bytes()
    assert (folder / "record.txt").read_text() == sitting_files.record_txt.read_text().strip()
    assert client.post(f"/api/jobs/{ids['job']}/retry").get_json()["status"] == "queued"


def test_failed_job_says_why_and_can_be_retried(tmp_path):
    app = make_app(tmp_path, ALLOW_PRIVATE_URLS=True)
    client = app.test_client()
    try:
        # (Media that is not media is refused at the door: tests/test_hostile_media.py.)
        with file_server(tmp_path) as base:
            response = client.post("/api/sittings", data={
                "video_url": f"{base}/no-such-video.mp4", "record_text": "A: b"})
            job_id = response.get_json()["job"]
            failed = wait_job(client, job_id)
            assert failed["status"] == "failed"
            assert failed["error"].endswith(".") and "Traceback" not in failed["error"]
            assert "HTTP 404" in failed["error"]
            assert client.post(f"/api/jobs/{job_id}/retry").get_json()["status"] in ("queued", "running")
            assert wait_job(client, job_id)["status"] == "failed"
            assert client.get(f"/api/jobs/{job_id}").get_json()["attempts"] == 2
    finally:
        stop_app(app)


@pytest.mark.parametrize("path", ["/api/jobs/999", "/api/sittings/999", "/api/nothing",
                                  "/s/no/such/speech", "/oembed?url=http://localhost/s/nope"])
def test_unknown_things_are_json_or_page_404s(served, path):
    _app, client, _ids = served
    response = client.get(path)
    assert response.status_code == 404
    body = response.get_data(as_text=True)
    assert "Traceback" not in body
    if path.startswith(("/api/", "/oembed")):
        assert set(response.get_json()) == {"error"}


def test_wrong_method_is_a_json_405(served):
    _app, client, _ids = served
    response = client.get("/api/sittings/1/corrections")
    assert response.status_code == 405 and "error" in response.get_json()


def test_correction_moves_start_and_undo_restores_it(served):
    app, _client, ids = served
    client = app.test_client()  # a cookie-less API client needs no CSRF token
    url = f"/api/sittings/{ids['sitting']}/corrections"
    before = _speech(client, ids["sitting"])
    moved = client.post(url, json={"speech": SPEECH, "field": "start", "time": before["start"] + 2})
    assert moved.status_code == 200
    assert moved.get_json()["start"] == pytest.approx(before["start"] + 2)
    assert moved.get_json()["status"] == "corrected"
    assert moved.get_json()["machine"]["start"] == before["start"]  # never deleted
    again = client.post(url, json={"speech": SPEECH, "field": "start", "time": before["start"] + 3})
    assert again.get_json()["start"] == pytest.approx(before["start"] + 3)  # newest wins
    undone = client.post(url + "/undo", json={"speech": SPEECH, "field": "start"}).get_json()
    assert undone["start"] == pytest.approx(before["start"] + 2)  # the previous one
    undone = client.post(url + "/undo", json={"speech": SPEECH, "field": "start"}).get_json()
    assert undone["start"] == before["start"] and undone["status"] == "matched"
    nothing = client.post(url + "/undo", json={"speech": SPEECH, "field": "start"})
    assert nothing.status_code == 400
    assert nothing.get_json()["error"] == "There is no correction of this speech's start to undo."


@pytest.mark.parametrize("body, status, message", [
    ({"speech": SPEECH, "field": "middle", "time": 3}, 400, "field must be one of: start, end."),
    ({"speech": SPEECH, "field": "start", "time": "soon"}, 400, "time must be a number of seconds."),
    ({"speech": SPEECH, "field": "start"}, 400, "time must be a number of seconds."),
    ({"speech": SPEECH, "field": "start", "time": -1}, 400, "time must lie within the video."),
    ({"speech": SPEECH, "field": "start", "time": 1e9}, 400, "time must lie within the video."),
    ({"speech": "no/such", "field": "start", "time": 3}, 404, "There is no speech 'no/such'"),
])
def test_correction_refusals(served, body, status, message):
    app, _client, ids = served
    client = app.test_client()
    response = client.post(f"/api/sittings/{ids['sitting']}/corrections", json=body)
    assert response.status_code == status
    assert response.get_json()["error"].startswith(message)


def _speech(client, sitting_id: int, speech_id: str = SPEECH) -> dict:
    sitting = client.get(f"/api/sittings/{sitting_id}").get_json()
    return {s["id"]: s for s in sitting["speeches"]}[speech_id]


def test_search_by_words_and_speaker(served):
    _app, client, ids = served
    hits = client.get("/api/search?q=green goddesses").get_json()["results"]
    assert "uk.org.publicwhip/debate/2009-10-27a.1.4" in {h["id"] for h in hits}
    assert all(h["url"].startswith("http://localhost/s/") for h in hits)
    by_speaker = client.get("/api/search?speaker=denham").get_json()["results"]
    assert by_speaker and {h["speaker"] for h in by_speaker} == {"John Denham"}
    both = client.get("/api/search?q=albania&speaker=denham").get_json()["results"]
    assert both == []


@pytest.mark.parametrize("q", ['"', '""', "*", "NEAR(", "NEAR(fire rescue)", "fire AND", "(((",
                               "')--", "-fire", "fire:rescue", "^", "   ", "", "\x00", "é" * 300])
def test_odd_and_hostile_queries_never_error(served, q):
    _app, client, _ids = served
    response = client.get("/api/search", query_string={"q": q, "speaker": q})
    assert response.status_code == 200 and isinstance(response.get_json()["results"], list)
    assert client.get("/search", query_string={"q": q}).status_code == 200


def test_oembed_and_openapi(served):
    _app, client, _ids = served
    doc = client.get("/oembed", query_string={"url": f"http://localhost/s/{SPEECH}"}).get_json()
    assert doc["type"] == "video" and doc["version"] == "1.0" and doc["author_name"] == "John Denham"
    assert f'src="http://localhost/embed/{SPEECH}"' in doc["html"]
    assert client.get("/oembed?url=http://localhost/sittings/1").status_code == 400
    pinned = client.get("/oembed", query_string={
        "url": f"http://localhost/s/{SPEECH}?sitting=1"}).get_json()
    assert f'src="http://localhost/embed/{SPEECH}?sitting=1"' in pinned["html"]
    spec = client.get("/api/openapi.json").get_json()
    assert spec["openapi"].startswith("3.") and "/api/sittings" in spec["paths"]


def test_media_ranges_thumbnail_and_downloads(served, sitting_files):
    _app, client, ids = served
    sid = ids["sitting"]
    part = client.get(f"/media/{sid}", headers={"Range": "bytes=100-199"})
    assert part.status_code == 206 and part.data == sitting_files.media.read_bytes()[100:200]
    start = _speech(client, sid)["start"]
    thumb = client.get(f"/thumb/{sid}/{int(start * 1000)}.jpg")
    assert thumb.status_code == 200 and thumb.data[:3] == b"\xff\xd8\xff"
    assert client.get(f"/thumb/{sid}/{int(start * 1000) + 1}.jpg").status_code == 404
    links = client.get(f"/sittings/{sid}/links.json").get_json()
    assert links["schema"] == "speechstamp.links/1" and len(links["speeches"]) == 5
    transcript = json.loads(client.get(f"/sittings/{sid}/transcript.json").data)
    assert transcript["schema"] == "speechstamp.transcript/1"
    for name in ("transcript.vtt", "chapters.vtt"):
        assert client.get(f"/sittings/{sid}/{name}").get_data(as_text=True).startswith("WEBVTT")
    srt = client.get(f"/sittings/{sid}/transcript.srt").get_data(as_text=True)
    assert srt.startswith("1\n00:00:")


@pytest.mark.parametrize("t, start", [("754", 754.0), ("754s", 754.0), ("12m34s", 754.0),
                                      ("00:12:34", 754.0)])
def test_moment_links_accept_every_time_form(served, t, start):
    _app, client, ids = served
    page = client.get(f"/v/{ids['sitting']}?t={t}").get_data(as_text=True)
    assert f'data-start="{start}"' in page


def test_bad_moment_is_a_400_page(served):
    _app, client, ids = served
    response = client.get(f"/v/{ids['sitting']}?t=soon")
    assert response.status_code == 400 and "Cannot read the time" in response.get_data(as_text=True)


def test_csrf_forms_need_the_token_and_browsers_send_it_to_the_api(served):
    app, _client, ids = served
    browser = app.test_client()
    assert browser.get(f"/s/{SPEECH}").headers.get("Set-Cookie") is None  # a public page
    token = browser.get("/api/csrf").get_json()["token"]  # what the page's script asks for
    url = f"/api/sittings/{ids['sitting']}/corrections/undo"
    body = {"speech": SPEECH, "field": "end"}
    refused = browser.post(url, json=body)
    assert refused.status_code == 400 and "did not come from this site" in refused.get_json()["error"]
    assert browser.post(url, json=body, headers={"X-CSRF-Token": "forged"}).status_code == 400
    accepted = browser.post(url, json=body, headers={"X-CSRF-Token": token})
    assert accepted.get_json()["error"] == "There is no correction of this speech's end to undo."
    form = browser.post("/submit", data={"video_url": "http://example.org/a.mp4", "record_text": "A: b"})
    assert form.status_code == 400 and "did not come from this site" in form.get_data(as_text=True)
    refusal = browser.post("/submit", data={"csrf_token": token, "video_url": "ftp://x/a.mp4",
                                            "record_text": "A: b"})
    assert refusal.status_code == 400 and "must start with http" in refusal.get_data(as_text=True)
    assert 'value="ftp://x/a.mp4"' in refusal.get_data(as_text=True)  # nothing typed is lost


def test_user_strings_are_escaped(served):
    _app, client, ids = served
    for path in (f"/sittings/{ids['sitting']}", f"/s/{SPEECH}?sitting={ids['sitting']}", "/"):
        page = client.get(path).get_data(as_text=True)
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
