"""Is the audio in the model's language? A multilingual model is asked directly; an
English-only (.en) model can't tell, so how hard it found the audio is judged instead.

Given German, French, Dutch or Italian, an .en model either recognises nothing at all
(Whisper's own no-speech guard drops it) or only gets words out by falling back to
sampling at a higher temperature, where English speech decodes at temperature 0.
Measured with tiny.en (see the README): English, espeak-ng and real, mostly decodes at
temperature 0, but a garbled passage of a real sitting can send half a clip's words
to fallback, and noisy radio can need it for every word; de, fr, nl, it, es and pl
clips mostly had every word from fallback, or no word. So fallback only counts for a
short clip without a single temperature-0 word; loops and next to no words count always."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .errors import MediaError
from .media import to_float32
from .options import TranscribeOptions
from .transcript import Segment

MIN_SPEECH_SECONDS = 3.0     # less speech than this proves nothing either way
MIN_WORDS_PER_SECOND = 0.2   # English measured 0.38 (noisy radio) to 4; other languages 0
# Real English can decode wholly through fallback too (60 s of Apollo 11 radio: 72 of 72
# words), so the fallback test is only made on short clips, where other languages need it.
MAX_SPEECH_FOR_FALLBACK_TEST = 20.0
MAX_LOOPED_SHARE = 0.4       # share of words dropped as repetition loops
MIN_DETECTED_PROBABILITY = 0.5


@dataclass
class RunStats:
    speech_seconds: float  # what voice activity detection kept
    words: int             # words kept
    looped_words: int      # words dropped as repetition loops
    fallback_words: int    # words kept that needed temperature fallback to decode
    language: str          # the language transcribed (detected when none was given)


def check_language(model: Any, audio: np.ndarray, segments: list[Segment], stats: RunStats,
                   options: TranscribeOptions, *, name: str) -> None:
    """MediaError when the audio is clearly not in options.language."""
    if (not options.check_language or options.language is None
            or stats.speech_seconds < MIN_SPEECH_SECONDS):
        return
    language = options.language
    if getattr(getattr(model, "model", None), "is_multilingual", False):
        why = _detected_otherwise(model, audio, language)
    else:
        why = _judge_english(segments, stats)
    if why:
        raise MediaError(f"{name} does not sound like language '{language}' ({why}); "
                         "use a model and --language that match it.")


def _detected_otherwise(model: Any, audio: np.ndarray, language: str) -> str | None:
    # The first ten minutes are plenty, and VAD over hours of audio would cost memory.
    first = to_float32(audio[: 600 * 16000])
    detected, probability, _ = model.detect_language(first, vad_filter=True, language_detection_segments=2)
    if detected != language and probability >= MIN_DETECTED_PROBABILITY:
        return f"the model hears '{detected}' with probability {probability:.2f}"
    return None


def _judge_english(segments: list[Segment], stats: RunStats) -> str | None:
    total = stats.words + stats.looped_words
    if total / stats.speech_seconds < MIN_WORDS_PER_SECOND:
        return f"only {total} words were recognised in {stats.speech_seconds:.0f} s of speech"
    if stats.looped_words / total > MAX_LOOPED_SHARE:
        return "the model kept repeating one invented sentence"
    # Real English does need fallback now and then (a garbled passage in a 60 s sitting
    # clip had 80 of 154 words from it), so only "not a single word at temperature 0" counts.
    if (stats.speech_seconds < MAX_SPEECH_FOR_FALLBACK_TEST and stats.words
            and stats.fallback_words == stats.words):
        return (f"all {stats.words} of its words could only be guessed by sampling, "
                "and not one decoded plainly")
    return None
