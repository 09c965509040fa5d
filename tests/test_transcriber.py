"""The real faster-whisper pipeline on espeak-ng clips with known timings, and unit
tests of the guards with a fake model."""
from __future__ import annotations

import json
from typing import Any
from dataclasses import dataclass, field

import pytest
import srt
import webvtt
from rapidfuzz import fuzz

from media import build_clip, encode, write_wav
from transcriber import Cancelled, MediaError, ModelError, TranscribeOptions, Transcript, transcribe_media
from transcriber.language import RunStats, check_language
from transcriber.transcribe import drop_loops, transcribe_audio
from transcriber.transcript import Segment, Word

OPTIONS = TranscribeOptions()


def words_text(transcript: Transcript) -> str:
    return " ".join(w.word.strip() for w in transcript.words())


@pytest.fixture(scope="module")
def transcript(whisper_model, two_sentences) -> Transcript:
    return transcribe_media(two_sentences.path, OPTIONS, model=whisper_model)


def test_second_sentence_starts_where_it_was_spoken(transcript, two_sentences):
    second = two_sentences.clip.parts[1]
    later = [w for w in transcript.words() if w.start > two_sentences.clip.parts[0].end + 1.0]
    assert later, words_text(transcript)
    assert abs(later[0].start - second.start) < 0.5, (later[0], second)


def test_words_are_what_was_spoken(transcript, two_sentences):
    spoken = " ".join(p.text for p in two_sentences.clip.parts)
    assert fuzz.token_set_ratio(spoken.lower(), transcript.text.lower()) > 75, transcript.text


def test_json_follows_the_contract(transcript, two_sentences, tmp_path):
    data = json.loads(transcript.to_json())
    assert data["schema"] == "speechstamp.transcript/1"
    assert data["source"] == "two-sentences.mp4" and data["model"] == "tiny.en" and data["language"] == "en"
    assert len(data["sha256"]) == 64
    assert data["duration"] >= two_sentences.clip.duration - 0.1
    assert data["segments"]
    for segment in data["segments"]:
        assert type(segment["start"]) is float and type(segment["end"]) is float
        assert segment["start"] <= segment["end"]
        for word in segment["words"]:
            assert {type(word[k]) for k in ("start", "end", "probability")} == {float}
            assert 0.0 <= word["probability"] <= 1.0
    assert Transcript.from_json(transcript.to_json()) == transcript
    # No numpy values anywhere in the dataclasses either.
    assert all(type(w.start) is float and type(w.probability) is float for w in transcript.words())


def test_vtt_and_srt_parse_with_real_parsers(transcript, tmp_path):
    vtt = tmp_path / "t.vtt"
    vtt.write_text(transcript.to_vtt())
    cues = webvtt.read(str(vtt)).captions
    assert [c.text for c in cues] == [s.text.strip() for s in transcript.segments]
    assert abs(cues[0].start_in_seconds - transcript.segments[0].start) < 0.002
    subtitles = list(srt.parse(transcript.to_srt()))
    assert [s.content for s in subtitles] == [c.text for c in cues]
    assert [round(s.end.total_seconds(), 3) for s in subtitles] == [round(s.end, 3) for s in transcript.segments]


def test_progress_reaches_the_end_and_cancel_stops(whisper_model, two_sentences):
    seen: list[tuple[float, float]] = []
    transcribe_media(two_sentences.path, OPTIONS, model=whisper_model, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1] == pytest.approx(two_sentences.clip.duration, abs=0.1)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(Cancelled):
        transcribe_media(two_sentences.path, OPTIONS, model=whisper_model, cancelled=lambda: True)


def test_long_audio_goes_in_chunks_cut_at_quiet_moments(whisper_model, two_sentences, monkeypatch):
    """Chunks of ~3 s: the 5 s pause is where one is cut, and times stay those of the whole clip."""
    import transcriber.transcribe as run
    monkeypatch.setattr(run, "CHUNK_SECONDS", 3)
    monkeypatch.setattr(run, "CUT_SEARCH_SECONDS", 1)
    clip = two_sentences.clip
    bounds = run.chunk_bounds(clip.audio)
    assert len(bounds) > 2 and bounds[0][0] == 0 and bounds[-1][1] == len(clip.audio)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    chunked = transcribe_media(two_sentences.path, OPTIONS, model=whisper_model)
    later = [w for w in chunked.words() if w.start > clip.parts[0].end + 1.0]
    assert later and abs(later[0].start - clip.parts[1].start) < 0.5
    assert fuzz.token_set_ratio(" ".join(p.text for p in clip.parts).lower(), chunked.text.lower()) > 75


def test_silence_gives_no_invented_text(whisper_model, media_root):
    path = write_wav(build_clip([12.0]).audio, media_root / "silence.wav")
    assert transcribe_media(path, OPTIONS, model=whisper_model).segments == []


# Temperature fallback samples at random, so these inputs were chosen because tiny.en
# refused them in 5 of 5 runs (two sentences each of it, es, fr, pl: see the README). One
# of two Dutch sentences and both German ones sometimes (or always) decode plainly into
# English-looking words, so they would make a test that fails by chance. So, it turned
# out, does the French sentence: refused in 64 of 64 runs alone, but let through in 2
# of 4 fresh-clone runs of the whole suite (2026-11-25), so it is left out too.
@pytest.mark.parametrize("voice,text", [
    ("it", "Il Parlamento ha approvato oggi la nuova legge sulla protezione dell'ambiente e delle foreste."),
    ("es", "El Congreso de los Diputados ha aprobado hoy la nueva ley de protección del medio ambiente."),
], ids=["it", "es"])
def test_audio_in_another_language_is_refused(whisper_model, media_root, voice, text):
    wav = write_wav(build_clip([text], voice=voice).audio, media_root / f"speech-{voice}.wav")
    path = encode(wav, media_root / f"speech-{voice}.mp4")
    with pytest.raises(MediaError, match=rf"^speech-{voice}\.mp4 does not sound like language 'en' \(.+\);"):
        transcribe_media(path, OPTIONS, model=whisper_model)


def test_english_only_model_refuses_another_language_setting(whisper_model, two_sentences):
    with pytest.raises(ModelError, match=r"only knows English"):
        transcribe_media(two_sentences.path, TranscribeOptions(language="fr"), model=whisper_model)


# -- unit tests with a fake model -----------------------------------------------

@dataclass
class FakeWord:
    start: float
    end: float
    word: str
    probability: float


@dataclass
class FakeSegment:
    start: float
    end: float
    text: str
    words: list = field(default_factory=list)
    temperature: float = 0.0


@dataclass
class FakeInfo:
    duration_after_vad: float
    language: str = "en"


class FakeModel:
    """Yields given segments; records the settings it was called with."""
    def __init__(self, segments: list[FakeSegment], speech: float) -> None:
        self.segments, self.speech, self.kwargs = segments, speech, {}

    def transcribe(self, audio, **kwargs):
        self.kwargs = kwargs
        return iter(self.segments), FakeInfo(self.speech)


def fake_segment(start: float, text: str, probability: float = 0.9) -> FakeSegment:
    words = [FakeWord(start + i * 0.3, start + i * 0.3 + 0.25, " " + w, probability)
             for i, w in enumerate(text.split())]
    return FakeSegment(start, start + 0.3 * len(words), " " + text, words)


def test_settings_that_survive_long_sittings():
    import numpy as np
    model = FakeModel([fake_segment(0.0, "Order order")], speech=1.0)
    transcribe_audio(model, np.zeros(16000, np.float32), TranscribeOptions(hotwords="Spelman"))
    kw = model.kwargs
    assert kw["vad_filter"] is True and kw["condition_on_previous_text"] is False
    assert kw["word_timestamps"] is True and kw["hotwords"] == "Spelman"
    assert kw["hallucination_silence_threshold"] and kw["no_speech_threshold"]
    assert kw["compression_ratio_threshold"] and kw["log_prob_threshold"]


def test_numpy_values_become_floats():
    import numpy as np
    segment = FakeSegment(np.float64(1.5), np.float32(2.0), " Hear, hear.",
                          [FakeWord(np.float32(1.5), np.float64(2.0), " Hear,", np.float32(0.8))])
    segments, _ = transcribe_audio(FakeModel([segment], 1.0), np.zeros(16000 * 3, np.float32), OPTIONS)
    word = segments[0].words[0]
    assert type(segments[0].start) is float and type(word.end) is float and type(word.probability) is float


def test_repetition_loops_are_dropped_but_short_repeats_kept():
    loop = "I can't wait to see you in the next video"
    segments = [Segment(0, 1, " Order."), Segment(1, 2, " Order."), Segment(2, 5, " " + loop),
                Segment(5, 8, " Something else entirely said here."), Segment(8, 11, " " + loop + "."),
                Segment(11, 14, " " + loop)]
    kept = [s.text.strip() for s in drop_loops(segments)]
    assert kept == ["Order.", "Order.", loop, "Something else entirely said here."]


def spoken(text: str) -> Segment:
    words = [Word(i * 0.5, i * 0.5 + 0.4, " " + w, 0.9) for i, w in enumerate(text.split())]
    return Segment(0.0, words[-1].end, " " + text, words)


@pytest.mark.parametrize("said,kept", [
    ("On the order, on the order, on the order, on the order. Next business.", "On the order, Next business."),
    ("I'll smash my turn I'll smash my turn I'll smash my turn", "I'll smash my turn"),
    ("yes yes yes yes yes yes", "yes"),
    ("No, no, no.", "No, no, no."),            # real: kept
    ("Order, order.", "Order, order."),
    ("Hear, hear.", "Hear, hear."),
])
def test_phrases_looping_inside_a_segment_are_cut_to_one(said, kept):
    (segment,) = drop_loops([spoken(said)])
    assert segment.text.strip() == kept
    assert segment.end == segment.words[-1].end
    assert " ".join(w.word.strip() for w in segment.words) == kept


def english(probability: float, words: int = 30) -> list[Segment]:
    return [Segment(0, 10, " x", [Word(i * 0.3, i * 0.3 + 0.2, " x", probability) for i in range(words)])]


@pytest.mark.parametrize("stats,refused", [
    (RunStats(10.0, 30, 0, 0, "en"), None),
    (RunStats(34.0, 13, 0, 0, "en"), None),         # noisy radio: few words, but no fallback
    (RunStats(10.0, 30, 0, 30, "en"), "all 30 of its words could only be guessed by sampling"),
    (RunStats(58.0, 154, 0, 80, "en"), None),      # real sitting, a garbled passage: kept
    (RunStats(58.0, 154, 0, 153, "en"), None),     # one plain word is enough
    (RunStats(28.0, 72, 0, 72, "en"), None),       # Apollo 11 radio: all fallback, but long
    (RunStats(8.0, 0, 0, 0, "en"), "only 0 words were recognised in 8 s"),
    (RunStats(8.0, 10, 20, 0, "en"), "kept repeating"),
    (RunStats(2.0, 0, 0, 0, "en"), None),           # too little speech to judge
])
def test_language_judgement_of_an_english_only_model(stats, refused):
    import numpy as np

    class EnglishOnly:
        class model:
            is_multilingual = False
    def call():
        check_language(EnglishOnly(), np.zeros(1, np.float32), english(0.8), stats, OPTIONS, name="x.mp4")
    if refused is None:
        call()
    else:
        with pytest.raises(MediaError, match=refused):
            call()


def test_multilingual_model_is_asked_for_the_language():
    import numpy as np

    class Multilingual:
        class model:
            is_multilingual = True

        def detect_language(self, audio, **kwargs):
            return "de", 0.93, [("de", 0.93), ("en", 0.02)]
    with pytest.raises(MediaError, match=r"hears 'de' with probability 0\.93"):
        check_language(Multilingual(), np.zeros(1, np.float32), english(0.9), RunStats(10.0, 30, 0, 0, "en"),
                       OPTIONS, name="x.mp4")


class SkippingModel:
    """The real model, except that on its first call it loses every segment between two
    times, as Whisper does when it jumps to the end of a window or takes a garbled
    window for silence (seen on real sittings: two whole speeches gone). Subclasses
    lose the speech in other ways (`first_pass`)."""
    def __init__(self, model, lost_from: float, lost_to: float) -> None:
        self.model, self.lost, self.calls = model, (lost_from, lost_to), 0
        self.lengths: list[int] = []  # samples given on each call

    def transcribe(self, audio, **kwargs):
        self.calls += 1
        self.lengths.append(len(audio))
        segments, info = self.model.transcribe(audio, **kwargs)
        return (self.first_pass(list(segments)) if self.calls == 1 else segments), info

    def first_pass(self, segments: list) -> list:
        lo, hi = self.lost
        return [s for s in segments if s.end <= lo or s.start >= hi]


def test_a_stretch_of_speech_whisper_skipped_is_decoded_again(whisper_model):
    import numpy as np
    middle = ["I beg to move that the bill be now read a second time.", 1.0,
              "The question is that the amendment be made."]
    clip = build_clip(["The House will now consider the fire services bill.", 1.0, *middle, 1.0,
                       "Order. We now come to the urgent question."])
    first, lost_a, lost_b, last = clip.parts
    model = SkippingModel(whisper_model, first.end + 0.2, last.start - 0.2)
    segments, _ = transcribe_audio(model, clip.audio.astype(np.float32), OPTIONS)
    words = [w for s in segments for w in s.words]
    recovered = " ".join(w.word for w in words if lost_a.start - 0.5 <= w.start <= lost_b.end + 0.5)
    assert model.calls == 2
    assert fuzz.token_set_ratio(f"{lost_a.text} {lost_b.text}".lower(), recovered.lower()) > 75
    assert [w.start for w in words] == sorted(w.start for w in words)


def _split_at(segments: list, lo: float, hi: float) -> tuple[list, list, Any]:
    """The words said before `lo` and after `hi`, and a segment to copy for new ones."""
    words = [w for s in segments for w in s.words]
    return [w for w in words if w.start <= lo], [w for w in words if w.start >= hi], segments[0]


def _segment(template, words):
    import dataclasses
    return dataclasses.replace(template, start=words[0].start, end=words[-1].end,
                               text="".join(w.word for w in words), words=words)


class StretchingModel(SkippingModel):
    """The real model, except that on its first call the speech between two times is lost
    and the word before it is stretched over it, in one segment with the words after:
    "... lay the [12.7 s] fire and rescue authorities" on a real sitting."""
    def first_pass(self, segments: list) -> list:
        import dataclasses
        said, resumed, template = _split_at(segments, *self.lost)
        stretched = dataclasses.replace(said[-1], end=resumed[0].start)
        return [_segment(template, [*said[:-1], stretched, *resumed])]


class GuessingModel(SkippingModel):
    """The real model, except that on its first call the speech between two times is lost
    but for one word written a moment into it, stretched over the rest: "dear," 0.9 s
    into "Given the curtailed debate last week on clause 67" on a real sitting."""
    guess_at = 0.0

    def first_pass(self, segments: list) -> list:
        import dataclasses
        said, resumed, template = _split_at(segments, *self.lost)
        guess = dataclasses.replace(said[-1], start=self.guess_at, end=resumed[0].start)
        return [_segment(template, [*said, guess, *resumed])]


class LoopingModel(SkippingModel):
    """The real model, except that on its first call the speech between two times is
    replaced by copies of the words before it: a decoding loop over lost speech."""
    def first_pass(self, segments: list) -> list:
        import dataclasses
        said, resumed, template = _split_at(segments, *self.lost)
        loop, at = [_segment(template, said)], said[-1].end
        while at + (said[-1].end - said[0].start) < resumed[0].start:
            shift = at - said[0].start
            loop.append(_segment(template, [dataclasses.replace(w, start=w.start + shift, end=w.end + shift)
                                            for w in said]))
            at = loop[-1].end
        return [*loop, _segment(template, resumed)]


LOST_SPEECH = ["The House will now consider the fire services bill.", 1.0,
               "I beg to move that the bill be now read a second time.", 1.0,
               "The question is that the amendment be made.", 1.0,
               "Order. We now come to the urgent question."]


def _recovered(segments, clip) -> str:
    lost_a, lost_b = clip.parts[1], clip.parts[-2]
    return " ".join(w.word for s in segments for w in s.words if lost_a.start - 0.5 <= w.start <= lost_b.end + 0.5)


def test_speech_under_a_word_whisper_stretched_over_it_is_decoded_again(whisper_model):
    """The stretched word hides a gap shorter than GAP_SECONDS; it is cut where it would
    have ended, and the words found fall in order between it and the words after it."""
    import numpy as np
    import transcriber.transcribe as run
    clip = build_clip(LOST_SPEECH)
    first, lost_a, lost_b, last = clip.parts
    assert last.start - first.end - 1.0 < run.GAP_SECONDS
    model = StretchingModel(whisper_model, first.end + 0.2, last.start - 0.2)
    segments, _ = transcribe_audio(model, clip.audio.astype(np.float32), OPTIONS)
    words = [w for s in segments for w in s.words]
    assert model.calls == 2
    assert fuzz.token_set_ratio(f"{lost_a.text} {lost_b.text}".lower(), _recovered(segments, clip).lower()) > 75
    assert [w.start for w in words] == sorted(w.start for w in words)
    assert all(w.end - w.start <= run.LONGEST_WORD_SECONDS + 0.001 for w in words)
    assert all(s.start <= s.words[0].start and s.words[-1].end <= s.end for s in segments)


def test_speech_under_a_stretched_guess_is_decoded_from_the_word_before(whisper_model):
    """The stretched word began after the lost speech did: its gap is decoded from the end
    of the word before it, so the speech's first words are found, and the guess is gone."""
    import numpy as np
    clip = build_clip(LOST_SPEECH)
    first, lost_a, lost_b, last = clip.parts
    model = GuessingModel(whisper_model, first.end + 0.2, last.start - 0.2)
    model.guess_at = lost_a.start + 0.6
    segments, _ = transcribe_audio(model, clip.audio.astype(np.float32), OPTIONS)
    words = [w for s in segments for w in s.words]
    opening = " ".join(w.word.strip() for w in words if lost_a.start - 0.5 <= w.start < lost_a.start + 1.0)
    assert model.calls == 2
    assert "to move" in opening.lower()  # "I beg to move", heard as "I'm back to move out"
    assert fuzz.token_set_ratio(f"{lost_a.text} {lost_b.text}".lower(), _recovered(segments, clip).lower()) > 75
    assert not any(w.start == model.guess_at for w in words)
    assert [w.start for w in words] == sorted(w.start for w in words)


def test_stretched_words_give_way_to_what_their_gap_held():
    from transcriber.transcribe import _Run
    run = _Run()
    said, alone, rest = Word(0.0, 0.3, " The", 0.9), Word(0.5, 9.0, " and", 0.9), Word(9.1, 9.4, " order.", 0.9)
    run.segments = [Segment(0.0, 9.4, "", [said, Word(0.4, 8.0, " to", 0.9), rest]),
                    Segment(0.5, 9.0, " and", [alone]), Segment(9.5, 9.8, " and", [Word(9.5, 9.8, " and", 0.9)])]
    found = list(run.segments)
    run.segments.append(Segment(1.0, 7.0, " I beg to move", [Word(1.0, 7.0, " I beg to move", 0.9)]))
    run.drop_stretched_in(0.3, 9.1, found)
    assert [[w.word for w in s.words] for s in run.segments] == [[" The"], [" and"], [" I beg to move"], [" order."]]
    assert run.segments[0].end == said.end


def test_gaps_under_two_stretched_words_in_a_row_do_not_overlap():
    """The second gap would begin at the end of the plain word before both; decoded from
    there, the first gap's speech would be written twice."""
    from transcriber.transcribe import speech_gaps
    clip = build_clip([item for sentence in LOST_SPEECH[::2] * 2 for item in (sentence, 0.5)])
    total = len(clip.audio) / 16000
    words = [Word(0.0, 0.3, " The", 0.9), Word(0.5, total / 2, " and", 0.9), Word(total / 2, total - 0.5, " to", 0.9),
             Word(total - 0.4, total - 0.1, " order.", 0.9)]
    gaps = speech_gaps(clip.audio, [Segment(0.0, total, "", words)])
    assert len(gaps) == 2
    assert gaps[0][0] == int(0.3 * 16000)  # from the end of the word before the stretched one
    assert gaps[0][1] <= gaps[1][0]


def test_speech_under_a_decoding_loop_is_decoded_again(whisper_model):
    """Gaps are looked for once the loop is dropped: it filled the time of the lost speech."""
    import numpy as np
    clip = build_clip([*LOST_SPEECH[:-1], "Mr Speaker has selected the amendment in the name of the Prime Minister.",
                       1.0, LOST_SPEECH[-1]])
    first, *lost, last = clip.parts
    model = LoopingModel(whisper_model, first.end + 0.2, last.start - 0.2)
    segments, _ = transcribe_audio(model, clip.audio.astype(np.float32), OPTIONS)
    assert model.calls == 2
    assert fuzz.token_set_ratio(" ".join(p.text for p in lost).lower(), _recovered(segments, clip).lower()) > 75
    assert drop_loops(segments) == segments


def test_a_long_gap_is_decoded_again_in_pieces_cut_at_pauses(whisper_model):
    """Given a 30.2 s gap whole, tiny.en skipped its first 30 s window again: pieces of
    about GAP_PIECE_SECONDS lay Whisper's windows differently."""
    import numpy as np
    import transcriber.transcribe as run
    said = [f"Question {k} on the order paper is about the {topic}." for k, topic in
            enumerate(["fire service", "green belt", "council tax", "housing list", "planning rules",
                       "local transport", "sheltered housing", "park homes"], 1)]
    clip = build_clip(["The House will now consider the fire services bill.", 1.0,
                       *[item for sentence in said for item in (sentence, 0.8)], "Order."])
    first, *lost, last = clip.parts
    assert last.start - first.end > 30
    model = SkippingModel(whisper_model, first.end + 0.2, last.start - 0.2)
    segments, _ = transcribe_audio(model, clip.audio.astype(np.float32), OPTIONS)
    pieces = model.lengths[1:]
    assert len(pieces) >= 2
    assert all(n <= (run.GAP_PIECE_SECONDS + run.GAP_CUT_SEARCH_SECONDS) * 16000 for n in pieces)
    recovered = " ".join(w.word for s in segments for w in s.words if first.end < w.start < last.start)
    assert fuzz.token_set_ratio(" ".join(said).lower(), recovered.lower()) > 75


_HELD_AFTER_FREE = """
import sys
from transcriber.memory import _libc, release_freed_memory
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
if _libc() is None:
    print("no-glibc"); sys.exit()
blocks = [bytes(4000) for _ in range(50_000)]  # 200 MB in chunks below glibc's mmap threshold
pin = bytes(4000)  # allocated last, above them: the heap's top cannot simply shrink
del blocks
held = rss()
release_freed_memory()
print(held, rss())
"""


def test_memory_freed_between_chunks_goes_back_to_the_system():
    """Each chunk's feature arrays are freed after it; glibc would keep much of them (181-269
    MB between the chunks of an hour of audio), so the transcriber hands them back."""
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", _HELD_AFTER_FREE], cwd=root, capture_output=True, text=True,
                         check=True).stdout.split()
    if out == ["no-glibc"]:
        pytest.skip("malloc_trim is glibc's")
    held, after = map(float, out)
    assert held - after > 100, (held, after)


def test_whisper_gets_16bit_audio_scaled_to_float32_one_chunk_at_a_time(monkeypatch):
    """The whole sitting stays int16 (half the memory); each piece Whisper reads is float32 in [-1, 1]."""
    import numpy as np
    import transcriber.transcribe as run
    monkeypatch.setattr(run, "CHUNK_SECONDS", 3)
    monkeypatch.setattr(run, "CUT_SEARCH_SECONDS", 1)
    seen: list[np.ndarray] = []

    class Recording:
        model = type("M", (), {"is_multilingual": False})()

        def transcribe(self, audio, **settings):
            seen.append(audio)
            return iter(()), type("Info", (), {"duration_after_vad": len(audio) / 16000, "language": "en"})()

    audio = np.full(16000 * 10, -32768, np.int16)
    transcribe_audio(Recording(), audio, TranscribeOptions(vad=False))
    assert len(seen) > 2 and sum(map(len, seen)) == len(audio)
    assert all(a.dtype == np.float32 and a.min() == -1.0 for a in seen)
