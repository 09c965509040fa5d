"""Shared fixtures: the real Whisper model (loaded once per test session) and short
espeak-ng clips with known timings (made once per session)."""
from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

from loopback import QuietFiles, serve_folder
from media import Clip, build_clip, encode, have_tools, write_wav
from transcriber import TranscribeOptions, load_model

# A sentence, a known 5 s silence, then another: the second's first word must land near its start.
TWO_SENTENCES = ["The House will now consider the fire services bill.", 5.0,
                 "Members will wish to know that the debate continues tomorrow."]


@dataclass
class ClipFile:
    path: Path
    clip: Clip


@pytest.fixture(scope="session")
def whisper_model():
    """The default model (bundled tiny.en), loaded once; load_model caches it for the process too."""
    if not have_tools():
        pytest.skip("needs espeak-ng and ffmpeg")
    return load_model(TranscribeOptions())


@pytest.fixture(scope="session")
def media_root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("media")


@pytest.fixture(scope="session")
def two_sentences(media_root: Path) -> ClipFile:
    """TWO_SENTENCES as a small .mp4 (still video + AAC)."""
    if not have_tools():
        pytest.skip("needs espeak-ng and ffmpeg")
    clip = build_clip(TWO_SENTENCES)
    wav = write_wav(clip.audio, media_root / "two-sentences.wav")
    return ClipFile(encode(wav, media_root / "two-sentences.mp4"), clip)


class _RedirectingFiles(QuietFiles):
    """Serves files; /redirect?to=LOCATION answers 302 to LOCATION."""
    def do_GET(self) -> None:
        if self.path.startswith("/redirect?to="):
            self.send_response(302)
            self.send_header("Location", urllib.parse.unquote(self.path.split("=", 1)[1]))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super().do_GET()


@pytest.fixture
def http_root(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real http.server on 127.0.0.1 serving a temporary folder: (base URL, folder)."""
    root = tmp_path / "www"
    root.mkdir()
    with serve_folder(root, _RedirectingFiles) as base:
        yield base, root
