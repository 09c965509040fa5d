"""Local media: checks, probing, hashing and decoding to 16 kHz mono 16-bit samples (ffmpeg).

ffmpeg reads many protocols (concat:, pipe:, subfile:, http: ...). Local paths are
therefore handed to it as `file:/absolute/path` with `-protocol_whitelist file`, so
neither the path nor the file's content (playlists) can make it read anything else."""
from __future__ import annotations

import hashlib
import re
import stat
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import ffmpeg
import numpy as np

from .errors import MediaError

SAMPLE_RATE = 16000
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_SAFE = {"protocol_whitelist": "file"}
# Decoded audio shorter than this share of the probed duration means a truncated file.
_MIN_DECODED_SHARE = 0.9


@dataclass(frozen=True)
class MediaInfo:
    path: Path
    duration: float        # seconds, the whole media
    audio_duration: float  # seconds, the audio stream (may be a little shorter)


def is_url(source: str | Path) -> bool:
    return isinstance(source, str) and source.lower().startswith(("http://", "https://"))


def local_path(source: str | Path) -> Path:
    """The existing regular file `source` names; refuses URL and ffmpeg protocol syntax."""
    if isinstance(source, str):
        match = _SCHEME.match(source)
        if match:
            raise MediaError(f"Unsupported source '{_short(source)}': only local files and "
                             f"http(s) URLs are accepted, not '{match.group(1)}:'.")
    path = Path(source).expanduser()
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise MediaError(f"File not found: {source}.") from None
    except OSError as exc:
        raise MediaError(f"Cannot read {source}: {exc.strerror}.") from None
    if not stat.S_ISREG(mode):
        raise MediaError(f"Not a regular file: {source}.")
    if path.stat().st_size == 0:
        raise MediaError(f"{source} is empty (0 bytes).")
    return path.resolve()


def _ffmpeg_name(path: Path) -> str:
    return "file:" + str(path.resolve())


def probe(path: Path) -> MediaInfo:
    """Duration of the media and of its audio; MediaError if ffmpeg can't read it or it has no audio."""
    try:
        data = ffmpeg.probe(_ffmpeg_name(path), **_SAFE)
    except ffmpeg.Error as exc:
        if b"moov atom not found" in (exc.stderr or b"") and _looks_like_mp4(path):
            raise MediaError(f"{path.name} is truncated or corrupt (its index, the mp4 'moov atom', "
                             "is missing).") from None
        raise MediaError(f"{path.name} is not a media file ffmpeg can read "
                         f"({_ffmpeg_reason(exc.stderr)}).") from None
    audio = [s for s in data.get("streams", []) if s.get("codec_type") == "audio"]
    if not audio:
        raise MediaError(f"{path.name} has no audio stream.")
    duration = _float(data.get("format", {}).get("duration"))
    audio_duration = _float(audio[0].get("duration")) or duration
    if duration <= 0 and audio_duration <= 0:
        raise MediaError(f"{path.name} has no readable duration; it may be truncated or corrupt.")
    return MediaInfo(path, max(duration, audio_duration), audio_duration)


def _looks_like_mp4(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(8)[4:8] == b"ftyp"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def decode_audio(info: MediaInfo) -> np.ndarray:
    """The first audio stream as 16 kHz mono int16, read straight into one array.

    16-bit samples are what faster-whisper's own decoder produces before scaling them
    to float32, so nothing is lost; kept as int16 the whole sitting costs 115 MB per
    hour instead of 230, and each piece is scaled (to_float32) only when Whisper needs
    it. The array is sized from the probed duration, so it is never copied to grow."""
    args = (ffmpeg.input(_ffmpeg_name(info.path), **_SAFE)
            .output("pipe:", format="s16le", acodec="pcm_s16le", ac=1, ar=SAMPLE_RATE, map="0:a:0")
            .global_args("-nostdin", "-hide_banner", "-loglevel", "error")
            .compile())
    # stderr goes to a file: a corrupt input can print more than a pipe holds and stall ffmpeg.
    with tempfile.TemporaryFile() as errors, \
            subprocess.Popen(args, stdout=subprocess.PIPE, stderr=errors) as process:
        filled, buffer = _read_all(process.stdout, int((info.audio_duration + 1.0) * SAMPLE_RATE))
        code = process.wait()
        errors.seek(0)
        stderr = errors.read(1 << 16)
    if code != 0 or filled == 0:
        raise MediaError(f"{info.path.name} is truncated or corrupt: its audio could not be decoded "
                         f"({_ffmpeg_reason(stderr)}).")
    if filled < _MIN_DECODED_SHARE * info.audio_duration * SAMPLE_RATE:
        raise MediaError(f"{info.path.name} is truncated or corrupt: only {filled / SAMPLE_RATE:.1f} s "
                         f"of its {info.audio_duration:.1f} s of audio could be decoded.")
    return buffer[:filled] if filled < len(buffer) else buffer


def to_float32(samples: np.ndarray) -> np.ndarray:
    """Samples as float32 in [-1, 1], Whisper's input (int16 is scaled the way faster-whisper does)."""
    if samples.dtype == np.int16:
        return samples.astype(np.float32) / 32768.0
    return samples.astype(np.float32, copy=False)


def _read_all(stream, capacity: int) -> tuple[int, np.ndarray]:
    buffer = np.empty(capacity, np.int16)
    filled = _read_into(stream, buffer)
    while filled == len(buffer):  # the probed duration was an underestimate: grow
        buffer = np.resize(buffer, len(buffer) * 2)
        filled += _read_into(stream, buffer[filled:])
    return filled, buffer


def _read_into(stream, array: np.ndarray) -> int:
    """Fill `array` from a byte stream; the number of whole samples read."""
    view = memoryview(array).cast("B")
    got = 0
    while got < len(view):
        n = stream.readinto(view[got:])
        if not n:
            break
        got += n
    return got // array.itemsize


def _ffmpeg_reason(stderr: bytes | str | None) -> str:
    text = stderr.decode("utf-8", "replace") if isinstance(stderr, bytes) else (stderr or "")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return "no details from ffmpeg"
    last = lines[-1]
    # ffmpeg prefixes the input name ("file:/tmp/x.mp4: Invalid data ..."): drop it.
    if ": " in last and last.startswith(("file:", "/")):
        last = last.split(": ", 1)[1]
    return last[:160].rstrip(".")


def _float(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
