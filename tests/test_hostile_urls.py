"""Hostile URLs. Against a running `speechstamp serve` with private URLs NOT allowed:
other schemes and ffmpeg protocols, loopback, private and link-local hosts in every
spelling. In process (the real fetcher and the real job thread, with one loopback
address, 127.0.0.2, counted as "public" so that a public host can be played on this
machine): a public host redirecting to 127.0.0.1, DNS rebinding, and endless or
enormous responses."""
from __future__ import annotations

import contextlib
import http.server
import socket
import time
from pathlib import Path
from typing import Iterator
from urllib.parse import quote, unquote

import pytest

import jobs
import store
from hostile import assert_alive, assert_clean, assert_refusal, post_form, post_multipart
from loopback import serve
from transcriber import MediaError, fetch_url
from transcriber import fetch as fetch_module
from web_fixtures import Server, make_app, stop_app, wait_job, wait_for

RECORD = "Mr Speaker: Order, order."
PUBLIC_STAND_IN = "127.0.0.2"  # a loopback address the tests treat as a public host


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    # "" is not "1": private URLs are refused, as on a real deployment.
    running = Server(tmp_path_factory.mktemp("urls"), {"SPEECHSTAMP_ALLOW_PRIVATE_URLS": "",
                                                       "SPEECHSTAMP_SUBMIT_RATE": "100000/hour"}).start()
    yield running
    running.stop()


SCHEMES = ["file:///etc/passwd", "FILE:///etc/passwd", "file:/etc/passwd",
           "ftp://ftp.example.org/sitting.mp4", "concat:/etc/passwd|/etc/hostname",
           "subfile:,,start,0,end,0,,:/etc/passwd", "pipe:0", "gopher://127.0.0.1:70/_x",
           "javascript:alert(1)", "data:text/plain,root:x:0:0", "/etc/passwd", "//127.0.0.1/x.mp4",
           "http:///etc/passwd", "http://[::1/", "http://127.0.0.1:99999/x.mp4",
           "http://example.org/a\r\nHost: 127.0.0.1", "http://example.org/" + "a" * 3000]
PRIVATE = ["http://127.0.0.1/x.mp4", "http://localhost/x.mp4", "http://LOCALHOST/x.mp4",
           "http://[::1]/x.mp4", "http://0.0.0.0/", "http://0/", "http://10.0.0.1/v.mp4",
           "http://172.16.5.4/", "http://192.168.0.1/", "http://100.64.0.1/",
           "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
           "http://[fe80::1]/", "http://[fc00::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:a9fe:a9fe]/",
           "http://2130706433/", "http://0x7f.0.0.1/", "http://0177.0.0.1/", "http://127.1/",
           "http://user:secret@127.0.0.1/x.mp4", "https://127.0.0.1:5000/api/sittings"]


@pytest.mark.parametrize("url", SCHEMES + PRIVATE)
@pytest.mark.parametrize("field", ["video_url", "record_url"])
def test_hostile_urls_are_refused_at_the_door(server, url, field):
    if field == "video_url":
        reply = post_form(server.url, "/api/sittings", {"video_url": url, "record_text": RECORD})
    else:
        reply = post_multipart(server.url, "/api/sittings", {"record_url": url},
                               {"video": ("v.mp4", b"not looked at: the URL is refused first")})
    what = "video" if field == "video_url" else "record"
    message = assert_refusal(reply, 400, f"The {what} URL")
    if url in PRIVATE:
        assert "private or local address" in message
    assert_alive(server.url)


def test_refused_urls_left_nothing_behind(server):
    media = server.data / "media"
    before = server.get_json("/api/sittings")["sittings"], set(media.iterdir())
    test_hostile_urls_are_refused_at_the_door(server, "file:///etc/passwd", "video_url")
    assert (server.get_json("/api/sittings")["sittings"], set(media.iterdir())) == before


@pytest.mark.parametrize("url", ["http://sitting.invalid/v.mp4", "http://LOCALHOST./x.mp4"])
def test_a_host_that_does_not_resolve_fails_its_job_in_one_sentence(server, url):
    """Accepted at the door (DNS may be down for a moment), refused by the fetcher, which
    resolves again and checks every address it connects to."""
    reply = post_form(server.url, "/api/sittings", {"video_url": url, "record_text": RECORD})
    assert reply.status == 202, reply.text
    job_url = f"/api/jobs/{reply.json()['job']}"
    job = wait_for(lambda: (j := server.get_json(job_url))["status"] not in ("queued", "running") and j,
                   what="the job to end")
    assert job["status"] == "failed" and "\n" not in job["error"], job
    assert "does not resolve" in job["error"] or "Could not fetch" in job["error"], job
    assert_clean(job["error"])
    assert_alive(server.url)


@pytest.mark.parametrize("url", ["http://" + "a" * 64 + ".org/", "http://a..b.org/"])
def test_a_host_name_no_dns_can_take_is_refused_at_the_door(server, url):
    reply = post_form(server.url, "/api/sittings", {"video_url": url, "record_text": RECORD})
    assert_refusal(reply, 400, "host name is not a valid name")


def test_fetch_url_refuses_a_host_name_no_dns_can_take(tmp_path):
    with pytest.raises(MediaError):
        fetch_url("http://" + "a" * 64 + ".org/", tmp_path)


# -- in process: a stand-in public host -----------------------------------------

class _Counting(http.server.BaseHTTPRequestHandler):
    """Answers /redirect?to=X with 302 X, /secret with passwd-like lines, /file with a
    small body; counts every request it gets."""
    hits: list[str]

    def do_GET(self) -> None:
        self.hits.append(self.path)
        if self.path.startswith("/redirect?to="):
            self.send_response(302)
            self.send_header("Location", unquote(self.path.split("=", 1)[1]))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b"root:x:0:0:root:/root:/bin/bash\n" if self.path == "/secret" else b"fine" * 10
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def _serve(address: str, handler: type) -> Iterator[tuple[str, list[str]]]:
    hits: list[str] = []
    with serve(type("Handler", (handler,), {"hits": hits}), address) as base:
        yield base, hits


@pytest.fixture
def public_stand_in(monkeypatch):
    """127.0.0.2 counts as public for the real guard (fetcher and door), and names under
    .example.test resolve as the test says; every other answer is the real one."""
    real_public, real_lookup = fetch_module.is_public_address, socket.getaddrinfo
    names: dict[str, list[str]] = {}  # host -> addresses handed out in turn (last one repeats)

    def is_public(address: str) -> bool:
        return address == PUBLIC_STAND_IN or real_public(address)

    def lookup(host, port, *args, **kwargs):
        if isinstance(host, str) and host in names:
            address = names[host].pop(0) if len(names[host]) > 1 else names[host][0]
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, int(port or 0)))]
        return real_lookup(host, port, *args, **kwargs)

    monkeypatch.setattr(fetch_module, "is_public_address", is_public)
    monkeypatch.setattr(jobs, "is_public_address", is_public)
    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    monkeypatch.delenv("SPEECHSTAMP_ALLOW_PRIVATE_URLS", raising=False)
    return names


def test_the_stand_in_public_host_is_reachable(public_stand_in, tmp_path):
    """Without this, the refusals below could pass for the wrong reason."""
    public_stand_in["media.example.test"] = [PUBLIC_STAND_IN]
    with _serve(PUBLIC_STAND_IN, _Counting) as (public, hits):
        port = public.rsplit(":", 1)[1]
        got = fetch_url(f"http://media.example.test:{port}/file", tmp_path / "a")
        assert got.read_bytes() == b"fine" * 10 and hits == ["/file"]


@pytest.mark.parametrize("target", ["http://127.0.0.1:{port}/secret", "http://localhost:{port}/secret",
                                    "http://169.254.169.254/latest/meta-data/", "http://[::1]:{port}/secret",
                                    "http://10.0.0.1/", "file:///etc/passwd"])
def test_a_public_host_redirecting_to_a_private_one_is_refused(public_stand_in, tmp_path, target):
    public_stand_in["media.example.test"] = [PUBLIC_STAND_IN]
    with _serve("127.0.0.1", _Counting) as (secret, secret_hits), \
            _serve(PUBLIC_STAND_IN, _Counting) as (public, public_hits):
        location = target.format(port=secret.rsplit(":", 1)[1])
        url = f"http://media.example.test:{public.rsplit(':', 1)[1]}/redirect?to={quote(location, safe='/:[]')}"
        with pytest.raises(MediaError) as refused:
            fetch_url(url, tmp_path / "dl")
    assert public_hits and secret_hits == []  # the redirect was followed no further
    message = str(refused.value)
    assert message.startswith(("Refused to fetch from", "Unsupported URL scheme")), message
    assert_clean(message)
    assert not (tmp_path / "dl").exists() or list((tmp_path / "dl").iterdir()) == []


def test_the_service_refuses_the_redirect_and_dns_rebinding_in_its_job(public_stand_in, tmp_path):
    app = make_app(tmp_path / "app")
    client = app.test_client()
    try:
        with _serve("127.0.0.1", _Counting) as (secret, secret_hits), \
                _serve(PUBLIC_STAND_IN, _Counting) as (public, _hits):
            # Resolves to the public stand-in at the door, to loopback when the job fetches.
            public_stand_in["rebind.example.test"] = [PUBLIC_STAND_IN, "127.0.0.1"]
            for url in [f"{public}/redirect?to={quote(secret + '/secret', safe='/:')}",
                        f"http://rebind.example.test:{secret.rsplit(':', 1)[1]}/secret"]:
                response = client.post("/api/sittings", data={"video_url": url, "record_text": RECORD})
                assert response.status_code == 202, response.get_json()
                job = wait_job(client, response.get_json()["job"])
                assert job["status"] == "failed" and job["error"].startswith("Refused to fetch from"), job
                assert_clean(job["error"])
            assert secret_hits == []
    finally:
        stop_app(app)


# -- endless and enormous responses -------------------------------------------------

class _Endless(http.server.BaseHTTPRequestHandler):
    """/zeros: zeros as fast as they go, no length; /huge: claims a terabyte;
    /trickle: a byte every 0.2 s for 3 s."""
    hits: list[str]

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(200)
        if self.path == "/huge":
            self.send_header("Content-Length", str(10 ** 12))
        self.end_headers()
        with contextlib.suppress(OSError):
            if self.path == "/trickle":
                for _ in range(15):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.2)
                return
            while True:
                self.wfile.write(bytes(65536))

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.parametrize("path", ["/zeros", "/huge"])
def test_an_endless_or_enormous_response_stops_at_the_size_limit(tmp_path, path):
    with _serve("127.0.0.1", _Endless) as (base, _hits):
        with pytest.raises(MediaError, match=r"more than the limit of 1048576"):
            fetch_url(base + path, tmp_path / "dl", allow_private=True, max_bytes=1 << 20)
    assert list((tmp_path / "dl").iterdir()) == []


def test_the_service_fails_an_endless_download_at_its_limit_and_keeps_nothing(tmp_path):
    app = make_app(tmp_path / "app", ALLOW_PRIVATE_URLS=True, MAX_CONTENT_LENGTH=2 << 20)
    client = app.test_client()
    try:
        with _serve("127.0.0.1", _Endless) as (base, _hits):
            response = client.post("/api/sittings", data={"video_url": base + "/zeros",
                                                          "record_text": RECORD})
            job = wait_job(client, response.get_json()["job"])
        assert job["status"] == "failed" and "more than the limit of 2097152 bytes" in job["error"]
        sitting = store.get_sitting(store.connect(app.config["DATABASE"]), job["sitting"])
        video = Path(app.config["MEDIA_DIR"]) / sitting["folder"] / "video"
        assert not video.exists() or list(video.iterdir()) == []
        assert client.get("/api/sittings").status_code == 200
    finally:
        stop_app(app)


def test_the_service_stops_a_trickling_download_at_its_time_limit(tmp_path):
    app = make_app(tmp_path / "app", ALLOW_PRIVATE_URLS=True, MAX_FETCH_MINUTES=0.02,  # 1.2 s
                   MAX_CONTENT_LENGTH=1 << 20)
    client = app.test_client()
    try:
        with _serve("127.0.0.1", _Endless) as (base, _hits):
            response = client.post("/api/sittings", data={"video_url": base + "/trickle",
                                                          "record_text": RECORD})
            job = wait_job(client, response.get_json()["job"])
            # The worker is free again at once: the next job runs while the trickle goes on.
            second = client.post("/api/sittings", data={"video_url": base + "/zeros", "record_text": RECORD})
            assert wait_job(client, second.get_json()["job"])["status"] == "failed"
        assert job["status"] == "failed", job
        assert job["error"].endswith("the download took longer than 0.02 minutes."), job
    finally:
        stop_app(app)


def test_a_trickling_response_is_cut_off_by_a_time_limit(tmp_path):
    with _serve("127.0.0.1", _Endless) as (base, _hits):
        with pytest.raises(MediaError, match=r"timed out|time limit|too long"):
            fetch_url(base + "/trickle", tmp_path / "dl", allow_private=True, timeout=1)
