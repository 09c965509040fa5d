"""Hostile media against a running `speechstamp serve` and the `speechstamp transcribe`
CLI: zero bytes, text named .mp4, truncated mp4s, no audio stream, a 10-hour silent
file, playlists that point ffmpeg at local files or loopback URLs, and path-traversal
upload names. Each is refused in one sentence (at the door when ffprobe can tell, else
by its job), nothing leaks, and the service answers afterwards."""
from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Iterator

import pytest
from click.testing import CliRunner

import cli
from hostile import (assert_alive, assert_clean, assert_refusal, counting_server, post_form, post_multipart,
                     small_clip, ten_hour_silence, video_only)
from media import have_tools
from web_fixtures import SPEECHSTAMP, Server, file_server, wait_for

pytestmark = pytest.mark.skipif(not have_tools(), reason="needs espeak-ng and ffmpeg")
RECORD = "Mr Speaker: Order, order."


@pytest.fixture(scope="module")
def loopback_counter() -> Iterator[tuple[str, list[str]]]:
    """A loopback server that records every request (ffmpeg must never make one)."""
    with counting_server(404) as server:
        yield server


@pytest.fixture(scope="module")
def files(tmp_path_factory, loopback_counter) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("hostile-media")
    clip = small_clip(root / "clip")
    whole = clip.read_bytes()
    made = {"clip": clip}

    def write(name: str, data: bytes) -> None:
        made[name] = root / name
        made[name].write_bytes(data)

    write("empty.mp4", b"")
    write("text.mp4", b"This is a text file, not a video.\n" * 20)
    write("passwd.mp4", Path("/etc/passwd").read_bytes())
    write("truncated.mp4", whole[: len(whole) // 2])  # ffmpeg writes the index (moov) last
    faststart = root / "faststart.mp4"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", str(clip), "-c", "copy", "-movflags", "+faststart",
                    str(faststart)], check=True)
    write("truncated-faststart.mp4", faststart.read_bytes()[: faststart.stat().st_size * 2 // 3])
    made["no-audio.mp4"] = video_only(root / "no-audio.mp4")
    made["ten-hours.flac"] = ten_hour_silence(root / "ten-hours.flac")
    base, _hits = loopback_counter
    write("playlist.mp4", f"#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\n{base}/hls.ts\n"
                          "#EXTINF:10,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n".encode())
    write("concat.mp4", b"ffconcat version 1.0\nfile /etc/passwd\nfile ../../../../etc/passwd\n")
    return made


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    running = Server(tmp_path_factory.mktemp("media-server"),
                     {"SPEECHSTAMP_SUBMIT_RATE": "100000/hour"}).start()
    yield running
    running.stop()


REFUSED_AT_THE_DOOR = [
    ("empty.mp4", "The video file is empty."),
    ("text.mp4", "The video is not a media file ffmpeg can read"),
    ("passwd.mp4", "The video is not a media file ffmpeg can read"),
    ("truncated.mp4", "The video is truncated or corrupt"),
    ("no-audio.mp4", "The video has no audio stream."),
    ("ten-hours.flac", "The video lasts 10.0 hours, longer than the limit of 6 hours."),
    ("playlist.mp4", "The video"),
    ("concat.mp4", "The video"),
]


def _sittings(server: Server) -> int:
    return len(server.get_json("/api/sittings")["sittings"])


@pytest.mark.parametrize("name,message", REFUSED_AT_THE_DOOR)
def test_hostile_uploads_are_refused_at_the_door(server, files, loopback_counter, name, message):
    before = _sittings(server)
    reply = post_multipart(server.url, "/api/sittings", {"record_text": RECORD},
                           {"video": (name, files[name].read_bytes())})
    assert_refusal(reply, 400, message)
    assert _sittings(server) == before  # no sitting, and its folder was removed
    assert [p for p in (server.data / "media").iterdir() if p.is_dir()
            and not (p / "transcript.json").exists() and not any(p.rglob("upload*"))] == []
    assert loopback_counter[1] == []  # ffmpeg fetched nothing the playlist named
    assert_alive(server.url)


def _job_outcome(server: Server, reply) -> dict:
    assert reply.status == 202, reply.text
    job_url = f"/api/jobs/{reply.json()['job']}"
    return wait_for(lambda: (job := server.get_json(job_url))["status"] not in ("queued", "running")
                    and job, what="the job to end")


def test_a_truncated_file_that_probes_well_fails_its_job_in_one_sentence(server, files):
    reply = post_multipart(server.url, "/api/sittings", {"record_text": RECORD},
                           {"video": ("t.mp4", files["truncated-faststart.mp4"].read_bytes())})
    if reply.status == 400:  # ffprobe could already tell: refused at the door, also fine
        assert_refusal(reply, 400, "The video")
        return
    job = _job_outcome(server, reply)
    assert job["status"] == "failed" and "truncated or corrupt" in job["error"], job
    assert_clean(job["error"])
    assert_alive(server.url)


def test_a_ten_hour_file_fetched_by_url_fails_before_decoding(server, files):
    with file_server(files["ten-hours.flac"].parent) as base:
        reply = post_form(server.url, "/api/sittings", {"video_url": f"{base}/ten-hours.flac",
                                                        "record_text": RECORD})
        job = _job_outcome(server, reply)
    assert job["status"] == "failed"
    assert job["error"] == "The video lasts 10.0 hours, longer than the limit of 6 hours."
    assert_alive(server.url)


@pytest.mark.parametrize("filename", ["../../../../../../tmp/speechstamp-evil.mp4",
                                      "..\\..\\..\\speechstamp-evil.mp4", "/etc/cron.d/evil.mp4",
                                      "....//....//evil.mp4", "evil.mp4\u202e4pm.exe", ""])
def test_upload_file_names_cannot_choose_where_the_file_goes(server, files, filename, tmp_path):
    reply = post_multipart(server.url, "/api/sittings", {"record_text": RECORD, "title": "Traversal"},
                           {"video": (filename or "x", files["clip"].read_bytes())})
    assert reply.status == 202, reply.text
    sitting = server.get_json(f"/api/sittings/{reply.json()['sitting']}")
    assert sitting["title"] == "Traversal"
    assert not Path("/tmp/speechstamp-evil.mp4").exists() and not Path("/etc/cron.d/evil.mp4").exists()
    saved = [p for p in (server.data / "media").rglob("*") if p.is_file() and p.name.startswith("upload")]
    assert saved and all(p.parent.name == "video" and p.parent.parent.parent == server.data / "media"
                         for p in saved)
    assert all(p.name in ("upload.mp4", "upload.exe", "upload") for p in saved), saved
    assert_alive(server.url)


# -- the CLI ------------------------------------------------------------------------

CLI_CASES = [("empty.mp4", "is empty (0 bytes)"), ("text.mp4", "is not a media file ffmpeg can read"),
             ("passwd.mp4", "is not a media file ffmpeg can read"),
             ("truncated.mp4", "truncated or corrupt"), ("no-audio.mp4", "has no audio stream"),
             ("playlist.mp4", "playlist.mp4"), ("concat.mp4", "concat.mp4")]
PROTOCOLS = ["file:///etc/passwd", "concat:/etc/passwd|/etc/hostname", "subfile:,,start,0,end,0,,:/etc/passwd",
             "pipe:0", "ftp://example.org/a.mp4", "/etc/shadow-does-not-exist.mp4",
             "http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:9/x.mp4", "http://[::1]/x.mp4",
             "http://10.0.0.1/x.mp4", "http://2130706433/x.mp4"]


@pytest.mark.parametrize("name,message", CLI_CASES)
def test_the_cli_refuses_hostile_media_in_one_sentence(files, whisper_model, loopback_counter, tmp_path,
                                                       name, message):
    result = CliRunner().invoke(cli.main, ["transcribe", str(files[name]), "--out-dir", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)  # a ClickException, not a crash
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0], result.output
    assert_clean(result.output)
    assert loopback_counter[1] == []
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("source", PROTOCOLS)
def test_the_cli_refuses_other_protocols_and_private_hosts(source, whisper_model, tmp_path, monkeypatch):
    monkeypatch.delenv("SPEECHSTAMP_ALLOW_PRIVATE_URLS", raising=False)
    result = CliRunner().invoke(cli.main, ["transcribe", source, "--out-dir", str(tmp_path)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert len(result.output.strip().splitlines()) == 1 and result.output.startswith("Error: ")
    if source.startswith("http"):  # (::1 does not even resolve where IPv6 is off)
        assert "Refused to fetch" in result.output or "does not resolve" in result.output, result.output
    assert_clean(result.output)


def test_the_real_cli_process_refuses_file_urls_without_a_traceback(tmp_path):
    done = subprocess.run([str(SPEECHSTAMP), "transcribe", "file:///etc/passwd", "--out-dir", str(tmp_path)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("Error: ") and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert_clean(done.stderr)
