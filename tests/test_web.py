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
    return page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]


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


# -- public pages: no session, HTTP caching, the page cache ------------------------------

PUBLIC = (f"/s/{SPEECH}", f"/s/{SPEECH}?end=1", f"/embed/{SPEECH}", "/sittings/{sid}",
          "/v/{sid}?t=12m", "/search?q=making", "/check", f"/oembed?url=/s/{SPEECH}",
          "/api/sittings/{sid}", "/api/search?q=making")


def _correct(c, sid: int, time: float) -> None:
    sent = c.post(f"/api/sittings/{sid}/corrections", json={"speech": SPEECH, "field": "start", "time": time})
    assert sent.status_code == 200, sent.get_json()


def test_public_pages_start_no_session_and_answer_304_to_a_matching_etag(client):
    app, c = client
    sid = _add(app, "upload", None)
    for path in (p.format(sid=sid) for p in PUBLIC):
        first = c.get(path)
        assert first.status_code == 200, path
        assert "Set-Cookie" not in first.headers and "Cookie" not in first.headers.get("Vary", ""), path
        assert first.headers["Cache-Control"] == "public, no-cache", path
        etag = first.headers["ETag"]
        again = c.get(path, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.data == b"" and again.headers["ETag"] == etag, path
        assert c.get(path, headers={"If-None-Match": '"other"'}).status_code == 200, path
    assert c.get_cookie(app.config["SESSION_COOKIE_NAME"]) is None
    # The submit form holds a CSRF token: it starts a session and is nobody else's page.
    form = c.get("/")
    assert "Set-Cookie" in form.headers and "public" not in form.headers.get("Cache-Control", "")
    # Errors are not marked cacheable.
    assert "Cache-Control" not in c.get("/s/no/such/speech").headers


def test_a_correction_shows_at_once_on_every_cached_page(client):
    app, c = client
    sid = _add(app, "upload", None)
    cache = app.extensions["speechstamp-pages"]
    paths = (f"/s/{SPEECH}", f"/embed/{SPEECH}", f"/sittings/{sid}", f"/api/sittings/{sid}")
    before = {p: c.get(p) for p in paths}
    hits = cache.hits
    assert all(c.get(p).headers["ETag"] == before[p].headers["ETag"] for p in paths)
    assert cache.hits == hits + len(paths)  # served from the cache
    _correct(c, sid, 750.0)
    for p in paths:
        after = c.get(p, headers={"If-None-Match": before[p].headers["ETag"]})
        assert after.status_code == 200 and after.headers["ETag"] != before[p].headers["ETag"], p
        assert ("750.0" in after.get_data(as_text=True)) and "754.4" in before[p].get_data(as_text=True), p
    assert c.get(f"/api/sittings/{sid}").get_json()["speeches"][0]["status"] == "corrected"
    assert "→ 00:12:30" in c.get(f"/s/{SPEECH}").get_data(as_text=True)  # the history too
    assert c.post(f"/api/sittings/{sid}/corrections/undo", json={"speech": SPEECH, "field": "start"}).status_code == 200
    assert c.get(f"/api/sittings/{sid}").get_json()["speeches"][0]["start"] == 754.4
    assert 'data-start="754.4"' in c.get(f"/s/{SPEECH}").get_data(as_text=True)


def test_writes_from_another_connection_and_job_progress_reach_cached_pages(client):
    app, c = client
    sid = _add(app, "upload", None)
    assert c.get(f"/api/sittings/{sid}").get_json()["title"] == "upload sitting"
    db = store.connect(app.config["DATABASE"])  # as a job thread or another process writes
    store.update_sitting(db, sid, title="Renamed")
    assert c.get(f"/api/sittings/{sid}").get_json()["title"] == "Renamed"
    assert "Renamed" in c.get(f"/s/{SPEECH}").get_data(as_text=True)
    # A job's progress is not content (it must not empty the cache every few seconds), but
    # the pages that show the job follow it.
    job_id = c.get(f"/api/sittings/{sid}").get_json()["job"]["id"]
    version = store.content_version(db)
    store.update_job(db, job_id, status="running", stage="transcribing", progress=0.5)
    assert store.content_version(db) == version
    assert c.get(f"/api/sittings/{sid}").get_json()["job"]["progress"] == 0.5
    assert "job running" in c.get(f"/sittings/{sid}").get_data(as_text=True)
    store.delete_sitting(db, sid)
    db.close()
    for path in (f"/s/{SPEECH}", f"/sittings/{sid}", f"/api/sittings/{sid}"):
        assert c.get(path).status_code == 404, path


def test_the_cache_key_holds_the_host_and_only_the_arguments_a_page_reads(client):
    app, c = client
    _add(app, "upload", None)
    cache = app.extensions["speechstamp-pages"]
    one = c.get(f"/s/{SPEECH}", base_url="http://one.example").get_data(as_text=True)
    two = c.get(f"/s/{SPEECH}", base_url="http://two.example").get_data(as_text=True)
    assert f'href="http://one.example/s/{SPEECH}"' in one and "two.example" not in one
    assert f'href="http://two.example/s/{SPEECH}"' in two and "one.example" not in two
    entries = len(cache)
    for n in range(20):
        assert c.get(f"/s/{SPEECH}?utm_source={n}", base_url="http://one.example").status_code == 200
    assert len(cache) == entries


def test_the_cache_stays_within_its_size(tmp_path):
    app = make_app(tmp_path, START_JOBS=False, PAGE_CACHE_MB=0.1)
    c = app.test_client()
    _add(app, "upload", None)
    cache = app.extensions["speechstamp-pages"]
    for n in range(200):
        assert c.get(f"/search?q=making+{n}").status_code == 200
    assert sum(len(p.body) for p in cache._pages.values()) <= 0.1 * 1024 * 1024
    assert 0 < len(cache) < 200
    off = make_app(tmp_path / "off", START_JOBS=False, PAGE_CACHE_MB=0)
    _add(off, "upload", None)
    page = off.test_client().get(f"/s/{SPEECH}")  # no cache: still validators and 304s
    assert page.headers["Cache-Control"] == "public, no-cache" and len(off.extensions["speechstamp-pages"]) == 0


def test_a_page_that_touches_the_session_is_never_shared(client):
    """Should a public page ever hold a CSRF token, it must not be cached or marked public."""
    from app import csrf_token, public
    app, c = client

    @app.get("/personal")
    @public()
    def personal() -> str:
        return csrf_token()

    first, second = c.get("/personal"), c.get("/personal")
    assert "Set-Cookie" in first.headers and "public" not in first.headers.get("Cache-Control", "")
    assert len(app.extensions["speechstamp-pages"]) == 0
    other = app.test_client().get("/personal")
    assert other.get_data() != first.get_data() and second.get_data() == first.get_data()


def test_the_correction_script_gets_its_csrf_token_from_the_api(client):
    app, c = client
    sid = _add(app, "upload", None)
    page = c.get(f"/s/{SPEECH}").get_data(as_text=True)
    assert 'data-csrf-url="/api/csrf"' in page and "csrf-token" not in page
    answer = c.get("/api/csrf")
    assert answer.headers["Cache-Control"] == "no-store" and "Set-Cookie" in answer.headers
    token = answer.get_json()["token"]
    url, body = f"/api/sittings/{sid}/corrections", {"speech": SPEECH, "field": "start", "time": 750.0}
    # Now the browser holds our cookie: a call without the token (as another site's page
    # could make) is refused; with it, the correction is stored and the page shows it.
    assert c.post(url, json=body).status_code == 400
    assert c.post(url, json=body, headers={"X-CSRF-Token": "forged"}).status_code == 400
    assert c.post(url, json=body, headers={"X-CSRF-Token": token}).status_code == 200
    assert c.get("/api/csrf").get_json()["token"] == token  # one token per session
    assert 'data-start="750.0"' in c.get(f"/s/{SPEECH}").get_data(as_text=True)
