"""fetch_url against a real loopback http.server: downloads, redirects, limits, and the SSRF guard."""
from __future__ import annotations

import contextlib
import http.server
import socket
import threading
import time
from urllib.parse import quote

import pytest

from transcriber import MediaError, fetch_url
from transcriber.fetch import file_name_for, is_public_address


def test_downloads_any_content_type_byte_for_byte(http_root, tmp_path):
    base, root = http_root
    data = bytes(range(256)) * 1000
    (root / "record.xml").write_bytes(data)
    path = fetch_url(f"{base}/record.xml", tmp_path / "got", allow_private=True)
    assert path.name == "record.xml"
    assert path.read_bytes() == data


def test_follows_redirects(http_root, tmp_path):
    base, root = http_root
    (root / "clip.mp4").write_bytes(b"x" * 100)
    path = fetch_url(f"{base}/redirect?to={quote('/clip.mp4')}", tmp_path, allow_private=True)
    assert path.read_bytes() == b"x" * 100


def test_refuses_loopback_without_permission(http_root, tmp_path, monkeypatch):
    monkeypatch.delenv("SPEECHSTAMP_ALLOW_PRIVATE_URLS", raising=False)
    base, root = http_root
    (root / "clip.mp4").write_bytes(b"x")
    with pytest.raises(MediaError, match=r"^Refused to fetch from 127\.0\.0\.1: .*non-public address 127\.0\.0\.1"):
        fetch_url(f"{base}/clip.mp4", tmp_path / "dl")
    assert not (tmp_path / "dl").exists() or list((tmp_path / "dl").iterdir()) == []


def test_environment_allows_private_hosts(http_root, tmp_path, monkeypatch):
    monkeypatch.setenv("SPEECHSTAMP_ALLOW_PRIVATE_URLS", "1")
    base, root = http_root
    (root / "clip.mp4").write_bytes(b"x")
    assert fetch_url(f"{base}/clip.mp4", tmp_path).read_bytes() == b"x"


def test_redirect_to_another_scheme_is_refused(http_root, tmp_path):
    base, _ = http_root
    with pytest.raises(MediaError, match=r"Unsupported URL scheme 'file:'"):
        fetch_url(f"{base}/redirect?to={quote('file:///etc/passwd')}", tmp_path, allow_private=True)


def test_size_limit_leaves_no_partial_file(http_root, tmp_path):
    base, root = http_root
    (root / "big.mp4").write_bytes(b"x" * 5000)
    with pytest.raises(MediaError, match=r"more than the limit of 1000"):
        fetch_url(f"{base}/big.mp4", tmp_path / "dl", allow_private=True, max_bytes=1000)
    assert list((tmp_path / "dl").iterdir()) == []


def test_http_error_status(http_root, tmp_path):
    base, _ = http_root
    with pytest.raises(MediaError, match=r"^Could not fetch .*/nothing\.mp4: the server answered HTTP 404"):
        fetch_url(f"{base}/nothing.mp4", tmp_path, allow_private=True)


def test_unreachable_host(tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(MediaError, match=r"^Could not fetch http://127\.0\.0\.1:\d+/x\.mp4: .*refused"):
        fetch_url(f"http://127.0.0.1:{port}/x.mp4", tmp_path, allow_private=True, timeout=5)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a.mp4", "concat:a.mp4|b.mp4",
                                 "pipe:0", "gopher://example.org/"])
def test_only_http_and_https(url, tmp_path):
    with pytest.raises(MediaError, match=r"^Unsupported URL scheme"):
        fetch_url(url, tmp_path)


@pytest.mark.parametrize("address,public", [
    ("127.0.0.1", False), ("10.1.2.3", False), ("172.16.0.1", False), ("192.168.1.1", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False), ("224.0.0.1", False),
    ("240.0.0.1", False), ("::1", False), ("fe80::1", False), ("fc00::1", False), ("ff02::1", False),
    ("::ffff:127.0.0.1", False), ("::ffff:10.0.0.1", False),
    ("8.8.8.8", True), ("151.101.0.81", True), ("2001:4860:4860::8888", True),
])
def test_public_addresses(address, public):
    assert is_public_address(address) is public


@pytest.mark.parametrize("url,name", [
    ("https://example.org/media/sitting%2027.mp4?x=1", "sitting_27.mp4"),
    ("https://example.org/", "download"),
    ("https://example.org/../../etc/passwd", "passwd"),
    ("https://example.org/a/..", "download"),
])
def test_file_names_are_safe(url, name):
    assert file_name_for(url) == name


@pytest.mark.parametrize("url,page", [
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", True),
    ("https://parliamentlive.tv/event/index/8a9e6b5c-1111-2222-3333-444455556666", True),
    ("https://example.org/media/sitting.mp4", False),
    ("http://127.0.0.1:8000/sitting.mp4", False),
])
def test_pages_go_to_ytdlp_and_media_is_downloaded_directly(url, page):
    from transcriber.fetch import _ytdlp_understands
    assert _ytdlp_understands(url) is page


class _Steady(http.server.BaseHTTPRequestHandler):
    """A fast, endless body: 64 KiB every 50 ms, with no length (never stalls)."""
    def do_GET(self) -> None:
        self.send_response(200)
        self.end_headers()
        with contextlib.suppress(OSError):
            while True:
                self.wfile.write(bytes(65536))
                time.sleep(0.05)

    def log_message(self, *args: object) -> None:
        pass


def test_a_download_that_never_ends_meets_its_deadline(tmp_path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Steady)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/live.mp4"
        with pytest.raises(MediaError, match=r"^Could not fetch .*/live\.mp4: the download took longer "
                                             r"than its time limit of 0\.5 s\.$"):
            fetch_url(url, tmp_path / "dl", allow_private=True, deadline=0.5)
        assert list((tmp_path / "dl").iterdir()) == []
    finally:
        server.shutdown()
        server.server_close()


def test_a_host_name_dns_cannot_take_is_a_media_error(tmp_path):
    with pytest.raises(MediaError, match=r"the host name is not a valid name"):
        fetch_url("http://" + "a" * 64 + ".org/x.mp4", tmp_path)
