"""Helpers for the hostile-input suites (tests/test_hostile_*.py): HTTP calls against a
running `speechstamp serve` that never raise on 4xx/5xx, and the checks every refusal
must pass (one sentence, no stack trace, no leaked file contents)."""
from __future__ import annotations

import contextlib
import http.client
import http.server
import json
import secrets
import subprocess
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from loopback import serve
from media import build_clip, encode, write_wav

# Lines of /etc/passwd that must never reach a client, whatever it sends.
LEAKS = ("root:x:0:0", "daemon:x:", "/bin/bash", "/usr/sbin/nologin")


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self) -> Any:
        return json.loads(self.body)


def request(base: str, method: str, path: str, body: bytes | None = None,
            headers: dict[str, str] | None = None, timeout: float = 120) -> Reply:
    parts = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
    finally:
        conn.close()


def get(base: str, path: str, **headers: str) -> Reply:
    return request(base, "GET", path, headers=headers)


def post_form(base: str, path: str, fields: dict[str, str], **headers: str) -> Reply:
    body = urllib.parse.urlencode(fields).encode()
    return request(base, "POST", path, body,
                   {"Content-Type": "application/x-www-form-urlencoded", **headers})


def post_json(base: str, path: str, data: Any, **headers: str) -> Reply:
    return request(base, "POST", path, json.dumps(data).encode(),
                   {"Content-Type": "application/json", **headers})


def post_multipart(base: str, path: str, fields: dict[str, str],
                   files: dict[str, tuple[str, bytes]], **headers: str) -> Reply:
    """multipart/form-data: `files` maps a field to (file name as the client claims it, bytes)."""
    boundary = "----speechstamp" + secrets.token_hex(12)
    chunks: list[bytes] = []
    for name, value in fields.items():
        chunks.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                      .encode() + value.encode() + b"\r\n")
    for name, (filename, data) in files.items():
        quoted = filename.replace('"', "%22")
        chunks.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                      f'filename="{quoted}"\r\nContent-Type: application/octet-stream\r\n\r\n'
                      .encode() + data + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return request(base, "POST", path, b"".join(chunks),
                   {"Content-Type": f"multipart/form-data; boundary={boundary}", **headers})


def assert_clean(text: str) -> None:
    """Nothing of a stack trace or of a local file in what a client sees."""
    assert "Traceback" not in text and 'File "/' not in text, text
    for leak in LEAKS:
        assert leak not in text, f"leaked {leak!r}: {text[:300]}"


def assert_refusal(reply: Reply, status: int | tuple[int, ...], *contains: str) -> str:
    """A JSON {"error": one sentence} with the expected 4xx status; the sentence."""
    statuses = status if isinstance(status, tuple) else (status,)
    assert reply.status in statuses, (reply.status, reply.text[:500])
    assert_clean(reply.text)
    message = reply.json()["error"]
    assert message and "\n" not in message and len(message) < 400, message
    assert message.endswith("."), message
    for part in contains:
        assert part in message, (part, message)
    return message


def assert_alive(base: str) -> None:
    """The service still answers, pages and API."""
    assert get(base, "/").status == 200
    assert get(base, "/api/sittings").status == 200


def small_clip(folder: Path, video: bool = True) -> Path:
    """A short spoken clip (~2 s) as .mp4 (or .mp3)."""
    folder.mkdir(parents=True, exist_ok=True)
    wav = write_wav(build_clip(["Order, order.", 0.5]).audio, folder / "clip.wav")
    return encode(wav, folder / ("clip.mp4" if video else "clip.mp3"), video=video)


def ten_hour_silence(path: Path) -> Path:
    """Ten hours of digital silence as FLAC: ~250 KB, made in a few seconds (constant
    frames of 16384 samples at 8 kHz), but 10 hours once decoded (2.3 GB at 16 kHz)."""
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi",
                    "-i", "anullsrc=r=8000:cl=mono:nb_samples=16384", "-t", "36000",
                    "-c:a", "flac", "-compression_level", "0", "-frame_size", "16384", str(path)],
                   check=True, capture_output=True)
    return path


def video_only(path: Path) -> Path:
    """A 1 s mp4 with a picture and no audio stream."""
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=s=160x90:r=5:d=1",
                    "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", str(path)],
                   check=True, capture_output=True)
    return path


SPEECHES = ["uk.org.publicwhip/debate/2009-10-27a.1.2", "uk.org.publicwhip/debate/2009-10-27a.1.3"]


def add_done_sitting(db_path: Path, media_dir: Path, title: str = "A sitting") -> int:
    """A finished sitting written straight into a store (no model needed): two speeches
    with machine times, media in its own folder."""
    import store
    db = store.connect(db_path)
    folder = secrets.token_hex(16)
    (media_dir / folder / "video").mkdir(parents=True)
    (media_dir / folder / "video" / "upload.mp4").write_bytes(b"\0" * 64)
    sitting_id, job_id = store.add_sitting(db, store.NewSitting(
        title, folder, "upload", None, "video/upload.mp4", "record.xml", "upload"))
    speeches = [{"speech_id": SPEECHES[0], "speaker": "John Denham", "text": "The making of it.",
                 "heard": "the making of it", "start": 8.5, "end": 15.25, "confidence": 0.9,
                 "status": "matched"},
                {"speech_id": SPEECHES[1], "speaker": "Bob Spink", "text": "indicated dissent.",
                 "heard": "", "start": None, "end": None, "confidence": 0.0, "status": "missing"}]
    assert store.finish_job(db, job_id, sitting_id, speeches, 900.0)
    db.close()
    return sitting_id


@contextlib.contextmanager
def counting_server(status: int = 404, body: bytes = b"") -> Iterator[tuple[str, list[str]]]:
    """A loopback server that answers every GET alike and records each path asked for:
    where hostile input points, so a test can prove nothing was ever fetched."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    with serve(Handler) as base:
        yield base, hits
