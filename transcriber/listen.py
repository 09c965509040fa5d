"""Listening for a known text: where, in a stretch of the sitting, a given sentence was said.

The recogniser sometimes writes nothing for a short speech ("Number eleven, Mr
Speaker." said between the chair's call and the answer, in a stretch where it heard
nothing at all). The record says what was said, and the linker knows between which
two placed speeches; Whisper can then be asked how likely that exact text is at each
moment in that stretch where someone starts to speak. This is a check, not a search
for any text: the text must be about as likely as what Whisper itself would write
there, or it was not said (an unspoken record item is refused).

Knows nothing of the linker: the linker is given `Listener.find` as a plain callable."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from . import media
from .errors import TranscriberError
from .model import load_model
from .options import TranscribeOptions

FRAME = 320                # 20 ms at 16 kHz
QUIET_SHARE = 0.15         # a frame this much quieter than the stretch's typical speech is a pause
MIN_PAUSE_FRAMES = 6       # 120 ms of it before a new start
MAX_CANDIDATES = 40
MAX_STRETCH_SECONDS = 180  # longer: a break in the sitting, not a speech the recogniser missed
TAIL_SECONDS = 1.5         # heard after the text's expected length, so its last words are in
FRAMES_PER_SECOND = 50     # Whisper's encoder frames (the alignment's time unit)
FIRST_WORD_SECONDS = 0.8   # no first word takes longer to say ("Parliamentary", "Number")
LOOK_PAST_END = 1.0        # seconds of audio after a stretch that show whether speech starts at its end
SNAP_SECONDS = 0.5         # a start moved by that is put on a start of speech this near it


@dataclass(frozen=True)
class ListenThresholds:
    """How likely the text must be, as a mean log-probability per token. Measured with
    bench/listen_calibration.py on 21 sittings: of 182 openings scored where they were
    said, 154 (85%) pass; of 42 never said, each scored at every start in the stretch
    where it would have been, none does. The likeliest scored -3.13, and one scored
    3.56 above what Whisper writes there by itself (below the floor), so neither
    threshold alone would do, and these are not loose."""
    floor: float = -3.0    # ... at the least
    margin: float = 1.5    # ... and at most this far below what Whisper writes there by itself


@dataclass(frozen=True)
class Heard:
    start: float        # seconds from the start of the media
    forced: float       # mean log-probability of the given text's tokens
    free: float         # mean log-probability of what Whisper writes there itself


class Listener:
    """Finds known sentences in one media file's audio. The audio and the model are
    loaded on the first question, so a sitting where the linker asks nothing costs nothing."""

    def __init__(self, path: Path, options: TranscribeOptions, thresholds: ListenThresholds | None = None,
                 model: Any = None, sha256: str | None = None) -> None:
        self.path = path
        self.options = options
        self.thresholds = thresholds or ListenThresholds()
        self.sha256 = sha256  # given: the file must still be the one transcribed, or nothing is heard
        self._model = model
        self._audio: np.ndarray | None = None
        self._tokenizer: Any = None
        self._unavailable = False

    def find(self, begin: float, end: float, text: str, seconds: float, said: bool = False) -> float | None:
        """When `text` (about `seconds` long to say) starts between `begin` and `end`, or
        None when it is not heard there (or the media is no longer the transcribed one).
        No text: when anyone starts to speak there (voice activity), or None. `said`: only
        where it is likeliest is asked, not whether it is likely enough, because the caller
        has another sign that it was said: words the model cannot score (Irish, to an
        English model: "Go raibh maith agat" scored -4.88 where it was said), or words in
        the transcript there that sound somewhat like it."""
        if self._unavailable or not self._same_media():
            return None
        try:
            if not text.strip():  # anyone at all
                return next(iter(speech_starts(self._loaded_audio(), begin, end)), None)
            heard = self.listen(begin, end, text, seconds)
        except TranscriberError:  # the media or model can no longer be had: link from the transcript
            self._unavailable = True
            return None
        return heard.start if heard is not None and (said or self.accepts(heard)) else None

    def accepts(self, heard: Heard) -> bool:
        return heard.forced >= self.thresholds.floor and heard.forced >= heard.free - self.thresholds.margin

    def listen(self, begin: float, end: float, text: str, seconds: float) -> Heard | None:
        """The start in [begin, end) where `text` is likeliest (past any sound before it:
        _said_from), with its scores; None when no one starts to speak there, or the text
        begins only after `end`."""
        if end - begin > MAX_STRETCH_SECONDS or not text.strip():
            return None
        window = max(3.0, seconds + TAIL_SECONDS)
        starts = speech_starts(self._loaded_audio(), begin, end)
        best: tuple[float, float, Any, float] | None = None
        for start in starts:
            encoded, forced, first_word = self._forced(start, text, window)
            if best is None or forced > best[1]:
                best = (start, forced, encoded, first_word)
        if best is None:
            return None
        start, forced, encoded, first_word = best
        said = _said_from(start, first_word, starts)
        if said >= end:  # the text begins after the stretch: not heard in it
            return None
        return Heard(said, forced, self._free(encoded, len(text.split())))

    def score_at(self, start: float, text: str, seconds: float) -> Heard:
        """Both scores of `text` heard from `start` (what the thresholds are measured on)."""
        encoded, forced, _ = self._forced(start, text, seconds)
        return Heard(start, forced, self._free(encoded, len(text.split())))

    def _forced(self, start: float, text: str, seconds: float) -> tuple[Any, float, float]:
        """The encoded audio from `start`, the mean log-probability of `text` in it, and
        when (seconds after `start`) its first word ends by the forced alignment."""
        from faster_whisper.audio import pad_or_trim
        model, tokenizer = self._loaded_model()
        rate = media.SAMPLE_RATE
        piece = media.to_float32(self._loaded_audio()[int(start * rate):int((start + seconds) * rate)])
        features = model.feature_extractor(piece)
        encoded = model.encode(pad_or_trim(features))
        tokens = tokenizer.encode(" " + text.strip())
        aligned = model.model.align(encoded, self._prompt(), [tokens], features.shape[-1])[0]
        forced = float(np.mean(np.log(np.asarray(aligned.text_token_probs) + 1e-9)))
        return encoded, forced, self._first_word_end(aligned.alignments, tokens)

    def _first_word_end(self, alignments: list[tuple[int, int]], tokens: list[int]) -> float:
        """When the second word starts, as faster-whisper times words: the first time
        frame of each text token on the alignment path (0 when there is no second word)."""
        _, tokenizer = self._loaded_model()
        _, word_tokens = tokenizer.split_to_word_tokens(tokens + [tokenizer.eot])
        pairs = np.asarray(alignments)
        if len(word_tokens) < 3 or pairs.ndim != 2 or len(pairs) == 0:
            return 0.0
        jumps = np.pad(np.diff(pairs[:, 0]), (1, 0), constant_values=1).astype(bool)
        token_starts = pairs[jumps, 1] / FRAMES_PER_SECOND
        first = len(word_tokens[0])
        return float(token_starts[first]) if first < len(token_starts) else 0.0

    def _free(self, encoded: Any, words: int) -> float:
        """The mean log-probability of what Whisper writes by itself in the encoded audio."""
        model, _ = self._loaded_model()
        prompt = self._prompt()
        written = model.model.generate(encoded, [prompt], beam_size=1, return_scores=True,
                                       max_length=len(prompt) + 2 * words + 8)
        return float(written[0].scores[0])

    def _prompt(self) -> list[int]:
        _, tokenizer = self._loaded_model()
        return list(tokenizer.sot_sequence) + [tokenizer.no_timestamps]

    def _same_media(self) -> bool:
        if self.sha256 is not None and self._audio is None:
            try:
                self._unavailable = media.sha256_file(self.path) != self.sha256
            except OSError:
                self._unavailable = True
            self.sha256 = None  # checked once
        return not self._unavailable

    def _loaded_audio(self) -> np.ndarray:
        if self._audio is None:
            self._audio = media.decode_audio(media.probe(self.path))
        return self._audio

    def _loaded_model(self) -> tuple[Any, Any]:
        if self._model is None:
            self._model = load_model(self.options)
        if self._tokenizer is None:
            from faster_whisper.tokenizer import Tokenizer
            self._tokenizer = Tokenizer(self._model.hf_tokenizer, self._model.model.is_multilingual,
                                        task="transcribe", language=self.options.language or "en")
        return self._model, self._tokenizer


def listener_for(source: str | Path | None, options: TranscribeOptions, sha256: str | None = None,
                 ) -> Listener | None:
    """A Listener for `source` when it is a local file that is still there (a URL's
    download is gone once transcribed); None otherwise, and the linker then works from
    the transcript alone."""
    if source is None or media.is_url(source):
        return None
    path = Path(source).expanduser()
    return Listener(path.resolve(), options, sha256=sha256) if path.is_file() else None


def _said_from(start: float, first_word_end: float, starts: list[float]) -> float:
    """Where the text starts, heard from `start`. The alignment path begins with the
    audio, so sound before the text (cheering, the speaker before's last words) is
    given to its first word: a first word that lasts far longer than any word does
    means the text starts that much later, at the nearest start of speech to it."""
    late = first_word_end - FIRST_WORD_SECONDS
    if late <= 0:
        return start
    said = start + late
    nearest = min(starts, key=lambda s: abs(s - said))
    return nearest if abs(nearest - said) <= SNAP_SECONDS else said


def speech_starts(audio: np.ndarray, begin: float, end: float) -> list[float]:
    """Moments in [begin, end) where someone starts to speak: the starts of what voice
    activity detection hears, and within it each start after a short pause (the chair's
    call and the member's words are often one stretch of speech to it)."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps
    rate = media.SAMPLE_RATE
    lo, hi = max(0, int(begin * rate)), min(len(audio), int(end * rate))
    if hi - lo < rate // 2:
        return []
    # Heard a little past the end: speech that starts just before it is too short in the
    # stretch alone for VAD to take for speech.
    stretch = audio[lo:min(len(audio), hi + int(LOOK_PAST_END * rate))]
    regions = get_speech_timestamps(media.to_float32(stretch), VadOptions())
    starts: list[int] = []
    for region in regions:  # padded by VAD: each start is the region's first loud frame
        starts.extend(_onsets(stretch[region["start"]:region["end"]], region["start"]))
    return [(lo + s) / rate for s in sorted(set(starts)) if lo + s < hi][:MAX_CANDIDATES]


def _onsets(samples: np.ndarray, offset: int) -> list[int]:
    """Where sound starts in one stretch of speech: its first loud frame, and each loud
    frame after a pause of MIN_PAUSE_FRAMES quiet ones."""
    count = len(samples) // FRAME
    if count == 0:
        return [offset]
    frames = samples[:count * FRAME].astype(np.float32).reshape(count, FRAME)
    loudness = np.sqrt((frames ** 2).mean(axis=1))
    quiet = loudness < QUIET_SHARE * float(np.median(loudness[loudness > 0])) if loudness.any() else loudness >= 0
    onsets, run = [], MIN_PAUSE_FRAMES
    for k, is_quiet in enumerate(quiet):
        if is_quiet:
            run += 1
            continue
        if run >= MIN_PAUSE_FRAMES:
            onsets.append(offset + k * FRAME)
        run = 0
    return onsets or [offset]
