"""The faster-whisper run: settings that survive long sittings, progress, cancellation,
guards against hallucinated text, and the check that the audio is in the model's language."""
from __future__ import annotations

import bisect
import re
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable

import numpy as np

from . import media
from .errors import Cancelled, ModelError
from .fetch import fetch_url
from .language import RunStats, check_language
from .memory import release_freed_memory
from .model import load_model, model_label
from .options import (COMPRESSION_RATIO_THRESHOLD, HALLUCINATION_SILENCE_THRESHOLD, LOG_PROB_THRESHOLD,
                      NO_SPEECH_THRESHOLD, TranscribeOptions)
from .transcript import Segment, Transcript, Word

Progress = Callable[[float, float], None]
IsCancelled = Callable[[], bool]
# A segment repeating one of the last few, word for word, is a decoding loop, not speech
# (short ones like "Order. Order." or "Hear, hear." are real and kept).
LOOP_LOOKBACK = 3
LOOP_MIN_WORDS = 5
# Within a segment: a phrase said 3 times running ("on the order, on the order, on the
# order, ...") is a loop, and so is one word 5 times; only its first copy is kept.
# "No, no, no" and "Order, order" stay. Measured in bench/bench_transcribe.py --guards.
PHRASE_LOOP_REPEATS = 3
WORD_LOOP_REPEATS = 5
MAX_PHRASE_WORDS = 8
# Long audio goes to Whisper in pieces of about this length (see transcribe_audio).
CHUNK_SECONDS = 600
CUT_SEARCH_SECONDS = 20
# A stretch this long without a word, of which voice activity detection hears at least
# GAP_SPEECH_SECONDS of speech, is decoded again on its own (see speech_gaps).
GAP_SECONDS = 8.0
GAP_SPEECH_SECONDS = 4.0
# A gap is decoded again in pieces of about this length, cut at quiet moments: given a
# 30.2 s gap whole, tiny.en skipped its first 30 s window again, and pieces lay Whisper's
# windows differently over the audio.
GAP_PIECE_SECONDS = 20
GAP_CUT_SEARCH_SECONDS = 5
# No word takes longer than this to say. Whisper sometimes stretches one over speech it
# did not write ("and" over 15 s of an answer), so a gap is measured from where such a
# word would have ended (and need not be GAP_SECONDS long). The word may itself be
# Whisper's guess at the lost speech's first words ("dear," 0.9 s into "Given the
# curtailed debate"), so the gap is decoded from the end of the word before it, and the
# stretched word gives way to what is found there.
LONGEST_WORD_SECONDS = 2.0


def transcribe_media(source: str | Path, options: TranscribeOptions, *, progress: Progress | None = None,
                     cancelled: IsCancelled | None = None, model: Any = None) -> Transcript:
    """Transcribe a local file or an http(s) URL (fetched into a temporary folder)."""
    if media.is_url(source):
        with tempfile.TemporaryDirectory(prefix="speechstamp-") as tmp:
            path = fetch_url(str(source), Path(tmp))
            return transcribe_file(path, options, label=str(source), progress=progress,
                                   cancelled=cancelled, model=model)
    return transcribe_file(media.local_path(source), options, progress=progress,
                           cancelled=cancelled, model=model)


def transcribe_file(path: Path, options: TranscribeOptions, *, label: str | None = None,
                    sha256: str | None = None, progress: Progress | None = None,
                    cancelled: IsCancelled | None = None, model: Any = None) -> Transcript:
    """Transcribe a checked local file; `label` is what the transcript names as its source."""
    info = media.probe(path)
    digest = sha256 or media.sha256_file(path)
    whisper = model if model is not None else load_model(options)
    if _stop(cancelled):
        raise Cancelled("Transcription was cancelled.")
    audio = media.decode_audio(info)
    segments, stats = transcribe_audio(whisper, audio, options, progress=progress, cancelled=cancelled)
    check_language(whisper, audio, segments, stats, options, name=path.name)
    return Transcript(source=label or path.name, sha256=digest, duration=round(info.duration, 3),
                      language=stats.language, model=model_label(options),
                      segments=segments, settings=options.settings())


def transcribe_audio(model: Any, audio: np.ndarray, options: TranscribeOptions, *,
                     progress: Progress | None = None, cancelled: IsCancelled | None = None,
                     ) -> tuple[list[Segment], RunStats]:
    """Run Whisper over 16 kHz mono audio (int16 or float32): our Segments (plain floats,
    loops dropped) and stats.

    faster-whisper computes the features of all the audio it is given at once (about 3 GB
    per hour of audio, measured), so a long sitting is given to it in chunks cut at
    quiet moments: memory stays the decoded audio plus one chunk's worth, each chunk
    scaled to float32 only while Whisper reads it."""
    total = len(audio) / media.SAMPLE_RATE
    language = _language_for(model, options)
    run = _Run()
    for start, end in chunk_bounds(audio):
        run.decode(model, audio, start, end, language, options, cancelled)
        if progress and run.segments:
            progress(min(run.segments[-1].end, total), total)
    if options.vad:
        # Gaps are looked for once loops are dropped: a loop the guards drop may fill
        # the time of speech Whisper did not write.
        for gap_start, gap_end in speech_gaps(audio, drop_loops(run.segments)):
            found = len(run.segments)
            for start, end in chunk_bounds(audio[gap_start:gap_end], GAP_PIECE_SECONDS, GAP_CUT_SEARCH_SECONDS):
                run.decode(model, audio, gap_start + start, gap_start + end, language, options, cancelled,
                           second_pass=True)
            if len(run.segments) > found:
                run.drop_stretched_in(gap_start / media.SAMPLE_RATE, gap_end / media.SAMPLE_RATE,
                                      run.segments[:found])
        run.segments.sort(key=lambda s: s.start)
    if progress:
        progress(total, total)
    kept = drop_loops(run.segments)
    words = sum(len(s.words) for s in kept)
    looped = sum(len(s.words) for s in run.segments) - words
    hot = sum(len(s.words) for s in kept if id(s) in run.fallback)
    return kept, RunStats(speech_seconds=run.speech, words=words, looped_words=looped, fallback_words=hot,
                          language=str(run.detected or language or "en"))


class _Run:
    """What the decoding passes of one transcription have gathered."""

    def __init__(self) -> None:
        self.segments: list[Segment] = []
        self.fallback: set[int] = set()  # ids of segments decoded at temperature > 0
        self.speech = 0.0
        self.detected: str | None = None

    def decode(self, model: Any, audio: np.ndarray, start: int, end: int, language: str | None,
               options: TranscribeOptions, cancelled: IsCancelled | None, second_pass: bool = False) -> None:
        offset = start / media.SAMPLE_RATE
        raw, info = model.transcribe(media.to_float32(audio[start:end]), language=language,
                                     **_settings(options))
        if not second_pass:
            self.speech += float(getattr(info, "duration_after_vad", (end - start) / media.SAMPLE_RATE) or 0.0)
        self.detected = self.detected or getattr(info, "language", None)
        for segment in _checked(raw, cancelled):
            converted = _convert(segment, offset)
            sampled = float(getattr(segment, "temperature", 0.0) or 0.0) > 0
            # The second pass over a gap keeps only segments that met Whisper's own quality
            # thresholds (a failed one is kept when every temperature failed): crowd
            # murmur gave such loops there ("on the horizon, on the ocean, on the horizon").
            if second_pass and (not converted.words or not _passed(segment)):
                continue
            self.segments.append(converted)
            if sampled:
                self.fallback.add(id(converted))
        release_freed_memory()

    def drop_stretched_in(self, begin: float, end: float, earlier: list[Segment]) -> None:
        """Drop the stretched words that start between `begin` and `end` from the `earlier`
        segments (the audio there was decoded again); a segment that goes on after such
        a word goes on as a new segment, so that the words found in the gap fall in
        order between the two."""
        for segment in earlier:
            cut = next((k for k, w in enumerate(segment.words)
                        if begin <= w.start < end and _stretched(w)), None)
            if cut is None:
                continue
            rest = segment.words[cut + 1:]
            if rest:
                after = Segment(start=rest[0].start, end=segment.end, text="".join(w.word for w in rest), words=rest)
                self.segments.append(after)
                if id(segment) in self.fallback:
                    self.fallback.add(id(after))
            segment.words = segment.words[:cut]
            segment.text = "".join(w.word for w in segment.words)
            if segment.words:
                segment.end = segment.words[-1].end
            else:  # by identity: another segment may hold the same words
                self.segments = [s for s in self.segments if s is not segment]


def _stretched(word: Word) -> bool:
    return word.end - word.start > LONGEST_WORD_SECONDS


def _passed(segment: Any) -> bool:
    ratio = float(getattr(segment, "compression_ratio", 0.0) or 0.0)
    logprob = float(getattr(segment, "avg_logprob", 0.0) or 0.0)
    return ratio <= COMPRESSION_RATIO_THRESHOLD and logprob >= LOG_PROB_THRESHOLD


def speech_gaps(audio: np.ndarray, segments: list[Segment]) -> list[tuple[int, int]]:
    """[start, end) sample ranges where no word was kept but voice activity detection
    hears at least GAP_SPEECH_SECONDS of speech: ranges of at least GAP_SECONDS, or any
    range that begins under a word Whisper stretched (it stretched it over what it lost),
    which is then decoded from the end of the word before that one.

    Whisper sometimes skips a whole stretch of real speech: it jumps to the end of its 30 s
    window, or a window whose sampled decoding looked unlikely is taken for silence (on
    real sittings: 32 s, two speeches, in one run; 18 s and 13 s of one 44 s window in
    every run), or it stretches one word over an answer. The same audio given to it alone
    is then transcribed (see the README)."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps
    rate = media.SAMPLE_RATE
    words = [w for s in segments for w in s.words]
    ends = sorted([(0.0, None)] + [(min(w.end, w.start + LONGEST_WORD_SECONDS), w if _stretched(w) else None)
                                   for w in words], key=lambda end: end[0])
    starts = sorted([w.start for w in words] + [len(audio) / rate])
    plain_ends = sorted([0.0] + [w.end for w in words if not _stretched(w)])
    gaps = []
    for (gap_start, stretched), gap_end in zip(ends, starts):
        if gap_end - gap_start < (GAP_SPEECH_SECONDS if stretched else GAP_SECONDS):
            continue
        lo, hi = int(gap_start * rate), int(gap_end * rate)
        heard = get_speech_timestamps(media.to_float32(audio[lo:hi]), VadOptions())
        if sum(t["end"] - t["start"] for t in heard) >= GAP_SPEECH_SECONDS * rate:
            if stretched:  # from the end of the word before it, never into the gap before
                lo = int(plain_ends[bisect.bisect_right(plain_ends, stretched.start) - 1] * rate)
                lo = max(lo, gaps[-1][1]) if gaps else lo
            gaps.append((lo, hi))
    return gaps


def _settings(options: TranscribeOptions) -> dict[str, Any]:
    return dict(beam_size=options.beam_size, vad_filter=options.vad, condition_on_previous_text=False,
                word_timestamps=True, no_speech_threshold=NO_SPEECH_THRESHOLD,
                compression_ratio_threshold=COMPRESSION_RATIO_THRESHOLD, log_prob_threshold=LOG_PROB_THRESHOLD,
                hallucination_silence_threshold=HALLUCINATION_SILENCE_THRESHOLD, hotwords=options.hotwords)


def chunk_bounds(audio: np.ndarray, seconds: int | None = None, search: int | None = None,
                 ) -> list[tuple[int, int]]:
    """[start, end) sample ranges of about `seconds` (CHUNK_SECONDS), each cut at the
    quietest quarter second within `search` (CUT_SEARCH_SECONDS) of the mark, so no word
    is split."""
    rate = media.SAMPLE_RATE
    seconds = CHUNK_SECONDS if seconds is None else seconds
    search = CUT_SEARCH_SECONDS if search is None else search
    bounds, start = [], 0
    while len(audio) - start > (seconds + search) * rate:
        mark = start + seconds * rate
        window = media.to_float32(audio[mark - search * rate: mark + search * rate])
        frame = rate // 4
        energy = np.square(window[: len(window) // frame * frame].reshape(-1, frame)).mean(axis=1)
        cut = mark - search * rate + int(np.argmin(energy)) * frame + frame // 2
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(audio)))
    return bounds


def _language_for(model: Any, options: TranscribeOptions) -> str | None:
    multilingual = bool(getattr(getattr(model, "model", None), "is_multilingual", True))
    if not multilingual and options.language not in (None, "en"):
        raise ModelError(f"The model only knows English, so it cannot transcribe language "
                         f"'{options.language}'; choose a multilingual model (e.g. --model small).")
    return options.language if multilingual else "en"


def _checked(segments: Iterable[Any], cancelled: IsCancelled | None) -> Iterable[Any]:
    """The segments, stopping with Cancelled as soon as the caller asks."""
    for segment in segments:
        if _stop(cancelled):
            raise Cancelled("Transcription was cancelled.")
        yield segment


def _stop(cancelled: IsCancelled | None) -> bool:
    return bool(cancelled and cancelled())


def _convert(segment: Any, offset: float = 0.0) -> Segment:
    words = [Word(start=_t(w.start, offset), end=_t(w.end, offset), word=str(w.word),
                  probability=round(float(w.probability), 4)) for w in (segment.words or [])]
    return Segment(start=_t(segment.start, offset), end=_t(segment.end, offset), text=str(segment.text),
                   words=words)


def _t(value: Any, offset: float = 0.0) -> float:
    return round(float(value) + offset, 3)


def _normal(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def drop_loops(segments: list[Segment]) -> list[Segment]:
    """Without phrases looping inside a segment, and without segments that repeat one
    of the previous LOOP_LOOKBACK word for word."""
    kept: list[Segment] = []
    recent: list[str] = []
    for segment in map(_unlooped, segments):
        text = _normal(segment.text)
        if len(text.split()) >= LOOP_MIN_WORDS and text in recent:
            continue
        kept.append(segment)
        recent = (recent + [text])[-LOOP_LOOKBACK:]
    return kept


def _unlooped(segment: Segment) -> Segment:
    """The segment with every run of a looping phrase cut to its first copy."""
    tokens = [_normal(w.word) for w in segment.words]
    keep = [True] * len(tokens)
    i = 0
    while i < len(tokens):
        step = _loop_at(tokens, i)
        if step:
            n, repeats = step
            for j in range(i + n, i + n * repeats):
                keep[j] = False
            i += n * repeats
        else:
            i += 1
    if all(keep):
        return segment
    words = [w for w, k in zip(segment.words, keep) if k]
    return Segment(start=segment.start, end=words[-1].end if words else segment.start,
                   text="".join(w.word for w in words), words=words)


def _loop_at(tokens: list[str], i: int) -> tuple[int, int] | None:
    """(phrase length, times in a row) of a loop starting at tokens[i], if there is one."""
    for n in range(1, MAX_PHRASE_WORDS + 1):
        phrase = tokens[i:i + n]
        if len(phrase) < n or not all(phrase):
            break
        repeats = 1
        while tokens[i + n * repeats:i + n * (repeats + 1)] == phrase:
            repeats += 1
        if repeats >= (WORD_LOOP_REPEATS if n == 1 else PHRASE_LOOP_REPEATS):
            return n, repeats
    return None
