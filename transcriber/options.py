"""What to transcribe with: one options dataclass, passed everywhere."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Guards against Whisper's known failures on long sittings. The decoding thresholds
# are faster-whisper's defaults made explicit; hallucination_silence_threshold skips
# silent stretches where Whisper would otherwise invent text (see bench/ and the README).
NO_SPEECH_THRESHOLD = 0.6
COMPRESSION_RATIO_THRESHOLD = 2.4
LOG_PROB_THRESHOLD = -1.0
HALLUCINATION_SILENCE_THRESHOLD = 2.0
# Raised whenever the same options would give a different transcript (how audio is
# decoded, which passes run), so transcripts made by an older version are made again
# instead of being skipped as up to date. 2: 16-bit audio, second pass over skipped speech.
# 3: gaps looked for once loops are dropped and from where a stretched word would end, decoded in pieces.
# 4: a gap under a stretched word decoded from the end of the word before it, the stretched word dropped.
REVISION = 4


@dataclass(frozen=True)
class TranscribeOptions:
    model: str | None = None            # None: the bundled tiny.en
    language: str | None = "en"
    device: str = "cpu"                 # "cpu" or "cuda"
    compute_type: str = "default"       # "default": int8 on cpu, float16 on cuda
    hotwords: str | None = None
    beam_size: int = 5
    vad: bool = True
    # Refuse audio that is not in `language` (MediaError) rather than output gibberish.
    check_language: bool = True

    def resolved_compute_type(self) -> str:
        if self.compute_type != "default":
            return self.compute_type
        return "float16" if self.device == "cuda" else "int8"

    def settings(self) -> dict[str, Any]:
        """What changes the transcript: stored in it, and compared to skip a re-run."""
        return {"model": self.model or "tiny.en", "language": self.language,
                "compute_type": self.resolved_compute_type(), "hotwords": self.hotwords,
                "beam_size": self.beam_size, "vad": self.vad, "revision": REVISION}
