"""The pages, on a real store filled directly (no model needed): players for each kind of
source, the share box's link forms, link previews, escaping, and the security headers."""
from __future__ import annotations

import html

import pytest
from markupsafe import escape

import store
from web_fixtures import make_app

SPEECH = "uk.org.publicwhip/debate/2009-10-27a.1.2"
HOSTILE = '<img src=x onerror="alert(1)">'


def _add(app, kind: str, url: str | None, speaker: str = "John Denham") -> int:
    db = store.connect(app.config["DATABASE"])
    (app.config["MEDIA_DIR"] / kind).mkdir(parents=True, exist_ok=True)
    sitting_id, job_id = store.add_sitting(db, store.NewSitting(
        f"{kind} sitting", kind, kind, url, "video/a.mp4", "record.xml", "upload"))
    store.replace_speeches(db, sitting_id, [
        {"speech_id": SPEECH, "speaker": speaker, "text": f"The making of {HOSTILE} arrangements",
         "heard": "the making of arrangements", "start": 754.4, "end": 812.2, "confidence": 0.9,
         "status": "matched"},
        {"speech_id": "uk.org.publicwhip/debate/2009-10-27a.1.3", "speaker": "Bob Spink",
         "text": "indicated dissent.", "heard": "", "start": None, "end": None, "confidence": 0.0,
         "status": "missing"}], duration=900.0)
    store.update_job(db, job_id, status="done")
    db.close()
    return sitting_id


@pytest.fixture
def client(tmp_path):
    app = make_app(tmp_path, START_JOBS=False)
    yield app, app.test_client()


def _share(page: str) -> dict[str, str]:
    found = {}
    for chunk in page.split('<li><label for="share-')[1:]:
        label = chunk.split(">", 1)[1].split("<", 1)[0]
        found[label] = html.unescape(chunk.split('readonly value="', 1)[1].split('"', 1)[0])
    return found


def test_youtube_source_plays_in_youtube_embed_with_start_and_shares_t(client):
    app, c = client
    sid = _add(app, "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    page = c.get(f"/s/{SPEECH}").get_data(as_text=True)
    assert "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=754" in page
    assert 'id="player"' not in page  # no <video>: YouTube's player
    assert '<meta property="og:image" content="https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg">' in page
    assert _share(page) == {
        "Permalink": f"http://localhost/s/{SPEECH}",
        "This moment": f"http://localhost/v/{sid}?t=754",
        "YouTube": "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=754s",
        "Video at this time": f"http://localhost/media/{sid}#t=754.4,812.2",
        "Embed": f"http://localhost/embed/{SPEECH}"}
    stop = c.get(f"/s/{SPEECH}?end=1").get_data(as_text=True)
    assert "embed/dQw4w9WgXcQ?start=754&amp;end=813" in stop


def test_parliamentlive_and_direct_sources_share_their_own_links(client):
    app, c = client
    _add(app, "parliamentlive", "https://parliamentlive.tv/event/index/3ae4a8ad-0d5c-4ed5-9d8c-2f6b1d9e1a11")
    share = _share(c.get(f"/s/{SPEECH}").get_data(as_text=True))
    assert share["parliamentlive.tv"] == ("https://parliamentlive.tv/event/index/"
                                          "3ae4a8ad-0d5c-4ed5-9d8c-2f6b1d9e1a11?in=00:12:34&out=00:13:32")
    _add(app, "url", "https://example.org/media/sitting.mp4")
    share = _share(c.get(f"/s/{SPEECH}").get_data(as_text=True))
    assert share["Video at this time"] == "https://example.org/media/sitting.mp4#t=754.4,812.2"
    assert "YouTube" not in share and "parliamentlive.tv" not in share


def test_own_player_starts_at_the_speech_and_stops_at_its_end_when_asked(client):
    app, c = client
    sid = _add(app, "upload", None)
    page = c.get(f"/s/{SPEECH}").get_data(as_text=True)
    assert f'src="/media/{sid}#t=754.40"' in page and 'data-start="754.4"' in page
    assert 'data-end=""' in page
    stop = c.get(f"/s/{SPEECH}?end=1").get_data(as_text=True)
    assert f'src="/media/{sid}#t=754.40,812.20"' in stop and 'data-end="812.2"' in stop
    assert 'data-field="start"' in page  # the correction buttons


def test_link_previews_and_oembed_discovery(client):
    app, c = client
    sid = _add(app, "upload", None)
    page = c.get(f"/s/{SPEECH}").get_data(as_text=True)
    assert '<meta property="og:title" content="John Denham at 00:12:34 — upload sitting">' in page
    assert f'<meta property="og:image" content="http://localhost/thumb/{sid}/754400.jpg">' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    assert 'type="application/json+oembed"' in page
    assert f'<link rel="canonical" href="http://localhost/s/{SPEECH}">' in page
    card = c.get(f"/thumb/{sid}/754400.jpg")  # no picture in this media: a plain card
    assert card.status_code == 200 and card.data[:3] == b"\xff\xd8\xff"
    assert c.get(f"/thumb/{sid}/754401.jpg").status_code == 404


def test_record_text_and_speaker_are_escaped_everywhere(client):
    app, c = client
    sid = _add(app, "upload", None, speaker=HOSTILE)
    for path in (f"/s/{SPEECH}", f"/embed/{SPEECH}", f"/sittings/{sid}", "/check",
                 "/search?q=making", f"/search?speaker={HOSTILE}", f"/search?q={HOSTILE}"):
        page = c.get(path).get_data(as_text=True)
        assert HOSTILE not in page, path
    assert str(escape(HOSTILE)) in c.get(f"/s/{SPEECH}").get_data(as_text=True)


def test_sitting_page_lists_speeches_for_seeking_and_filtering(client):
    app, c = client
    sid = _add(app, "upload", None)
    page = c.get(f"/sittings/{sid}").get_data(as_text=True)
    assert 'data-seek="754.4"' in page and ">00:12:34</button>" in page
    assert '<option value="Bob Spink">Bob Spink</option>' in page
    assert ">missing</span>" in page
    for name in ("transcript.json", "transcript.vtt", "transcript.srt", "links.json", "chapters.vtt"):
        assert f"/sittings/{sid}/{name}" in page
    chapters = c.get(f"/sittings/{sid}/chapters.vtt").get_data(as_text=True)
    assert chapters.startswith("WEBVTT\n\n00:12:34.400 --> 00:13:32.200\nJohn Denham: The making of")


def test_needs_checking_lists_the_missing_speech(client):
    app, c = client
    _add(app, "upload", None)
    page = c.get("/check").get_data(as_text=True)
    assert "Bob Spink" in page and "John Denham" not in page


def test_security_headers(client):
    app, c = client
    _add(app, "upload", None)
    page = c.get(f"/s/{SPEECH}")
    assert "default-src 'self'" in page.headers["Content-Security-Policy"]
    assert page.headers["X-Frame-Options"] == "SAMEORIGIN"
    embed = c.get(f"/embed/{SPEECH}")
    assert "frame-ancestors *" in embed.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in embed.headers
    assert c.get("/api/sittings").headers["X-Content-Type-Options"] == "nosniff"


def test_unknown_pages_are_friendly_404s(client):
    _app, c = client
    for path in ("/s/no/such/speech", "/sittings/42", "/jobs/42", "/v/42?t=3", "/media/42"):
        response = c.get(path)
        assert response.status_code == 404
        assert '<p class="error" role="alert">' in response.get_data(as_text=True)


def test_sitting_page_of_a_running_job_says_it_will_refresh(client):
    app, c = client
    db = store.connect(app.config["DATABASE"])
    sitting_id, job_id = store.add_sitting(db, store.NewSitting(
        "pending", "p", "url", "https://example.org/a.mp4", None, None, "https://example.org/r.xml"))
    page = c.get(f"/sittings/{sitting_id}").get_data(as_text=True)
    assert f'data-reload-when-done="/api/jobs/{job_id}"' in page
    assert "No speeches yet: the job is queued." in page
    assert "The video has not been fetched yet." in page


def _token(page: str) -> str:
    return page.split('name="csrf-token" content="', 1)[1].split('"', 1)[0]


def test_the_html_form_submits_and_the_job_page_cancels_and_retries(client):
    app, c = client
    token = _token(c.get("/").get_data(as_text=True))
    sent = c.post("/submit", data={"csrf_token": token, "video_url": "https://example.org/a.mp4",
                                   "record_text": "Mr Speaker: Order.", "title": "By the form"})
    assert sent.status_code == 303 and sent.headers["Location"] == "/jobs/1"
    page = c.get("/jobs/1").get_data(as_text=True)
    assert "Linking “By the form”" in page and 'data-job-url="/api/jobs/1"' in page
    assert c.post("/jobs/1/cancel", data={"csrf_token": token}).status_code == 303
    assert c.get("/api/jobs/1").get_json()["status"] == "cancelled"
    assert c.post("/jobs/1/retry", data={"csrf_token": token}).status_code == 303
    assert c.get("/api/jobs/1").get_json()["status"] == "queued"
    listed = c.get("/api/sittings").get_json()["sittings"]
    assert listed == [{"id": 1, "title": "By the form", "job": 1, "status": "queued", "speeches": 0,
                       "url": "http://localhost/api/sittings/1"}]
    assert "By the form" in c.get("/").get_data(as_text=True)
