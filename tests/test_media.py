"""Local media: refusals, probing, hashing, decoding — with real ffmpeg on files made here."""
from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import numpy as np
import pytest

from media import build_clip, encode, have_tools, write_wav
from transcriber import MediaError
from transcriber.media import SAMPLE_RATE, decode_audio, is_url, local_path, probe, sha256_file, to_float32

pytestmark = pytest.mark.skipif(not have_tools(), reason="needs espeak-ng and ffmpeg")


def no_audio_mp4(path: Path) -> Path:
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "color=c=black:s=64x64:r=5",
                    "-t", "2", "-c:v", "libx264", "-pix_fmt", "yuv420p", str(path)], check=True)
    return path


def truncated_copy(source: Path, path: Path, share: float = 0.5) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * share)])
    return path


@pytest.mark.parametrize("source,scheme", [
    ("file:/etc/passwd", "file"), ("concat:a.mp4|b.mp4", "concat"), ("pipe:0", "pipe"),
    ("subfile:,,start,0,end,0,,:/etc/passwd", "subfile"), ("ftp://example.org/x.mp4", "ftp"),
    ("data:audio/wav;base64,AAAA", "data"), ("tcp://127.0.0.1:9/", "tcp"),
])
def test_protocol_syntax_is_refused(source, scheme):
    with pytest.raises(MediaError, match=rf"^Unsupported source .*not '{scheme}:'\.$"):
        local_path(source)


def test_url_detection():
    assert is_url("https://example.org/a.mp4") and is_url("HTTP://example.org/a.mp4")
    assert not is_url("file:///a.mp4") and not is_url(Path("http://x"))


def test_missing_empty_and_not_regular(tmp_path):
    with pytest.raises(MediaError, match=r"^File not found: .*nope\.mp4\.$"):
        local_path(str(tmp_path / "nope.mp4"))
    (tmp_path / "empty.mp4").write_bytes(b"")
    with pytest.raises(MediaError, match=r"empty \(0 bytes\)\.$"):
        local_path(tmp_path / "empty.mp4")
    with pytest.raises(MediaError, match=r"^Not a regular file"):
        local_path(str(tmp_path))


def test_text_renamed_mp4(tmp_path):
    fake = tmp_path / "minutes.mp4"
    fake.write_text("Minutes of the sitting, not a video.\n")
    with pytest.raises(MediaError, match=r"^minutes\.mp4 is not a media file ffmpeg can read \(.+\)\.$"):
        probe(local_path(fake))


def test_no_audio_stream(tmp_path):
    with pytest.raises(MediaError, match=r"^silent\.mp4 has no audio stream\.$"):
        probe(local_path(no_audio_mp4(tmp_path / "silent.mp4")))


def test_truncated_mp4(two_sentences, tmp_path):
    broken = truncated_copy(two_sentences.path, tmp_path / "broken.mp4")
    with pytest.raises(MediaError, match=r"^broken\.mp4 is truncated or corrupt \(.*moov atom.*\)\.$"):
        probe(local_path(broken))


def test_truncated_faststart_mp4_is_caught_by_length(two_sentences, tmp_path):
    # The index is at the front, so probing works; decoding comes up short.
    faststart = tmp_path / "fs.mp4"
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(two_sentences.path), "-c", "copy",
                    "-movflags", "+faststart", str(faststart)], check=True)
    broken = truncated_copy(faststart, tmp_path / "cut.mp4", 0.6)
    with pytest.raises(MediaError, match=r"^cut\.mp4 is truncated or corrupt: only [\d.]+ s of its [\d.]+ s"):
        decode_audio(probe(local_path(broken)))


def test_decodes_16k_mono_16bit(two_sentences):
    info = probe(local_path(two_sentences.path))
    audio = decode_audio(info)
    assert audio.dtype == np.int16 and audio.ndim == 1
    assert abs(len(audio) / SAMPLE_RATE - two_sentences.clip.duration) < 0.2
    assert isinstance(info.duration, float) and info.duration >= info.audio_duration > 0
    # The 5 s silence is where the clip put it.
    gap = to_float32(audio[int((two_sentences.clip.parts[0].end + 0.5) * SAMPLE_RATE):
                           int((two_sentences.clip.parts[1].start - 0.5) * SAMPLE_RATE)])
    assert gap.dtype == np.float32 and np.abs(gap).max() < 0.01
    # ... and the speech is there, scaled to Whisper's [-1, 1] as faster-whisper scales it.
    speech = to_float32(audio[: int(two_sentences.clip.parts[0].end * SAMPLE_RATE)])
    assert 0.05 < np.abs(speech).max() <= 1.0


def test_sha256(two_sentences):
    assert sha256_file(two_sentences.path) == hashlib.sha256(two_sentences.path.read_bytes()).hexdigest()


def test_a_local_playlist_cannot_make_ffmpeg_fetch(http_root, tmp_path):
    """An HLS playlist on disk pointing at http: ffmpeg may only read files, so nothing is fetched."""
    base, root = http_root
    wav = write_wav(build_clip(["Hello."]).audio, root / "a.wav")
    encode(wav, root / "a.ts", video=False)
    playlist = tmp_path / "list.m3u8"
    playlist.write_text(f"#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:1.0,\n{base}/a.ts\n#EXT-X-ENDLIST\n")
    with pytest.raises(MediaError):
        decode_audio(probe(local_path(playlist)))


def test_file_named_like_a_protocol_is_read_as_a_file(two_sentences, tmp_path):
    odd = tmp_path / "concat:x.mp4"
    odd.write_bytes(two_sentences.path.read_bytes())
    assert probe(local_path(odd)).duration > 0  # a Path is a path, never a protocol
