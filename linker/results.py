"""From placements to SpeechTimings (step 7 in linker/align.py): start and end times,
confidence, unheard speeches put in the silence between their neighbours, and starts
whose opening was heard as noise."""
from __future__ import annotations

from typing import TYPE_CHECKING

from linker.chair import call_at, call_just_before
from linker.model import Speech, SpeechTiming
from linker.normalize import before_cheers
from linker.shapes import AlignOptions, Heard, Placement, PrintedSpeech, number_text
from linker.starts import call_read_before, reads_as_call
from linker.timing import RUN_ON, excess, gap, onset, say_time
from linker.unheard import RoomOptions, fit_unheard
if TYPE_CHECKING:  # the linker needs only .words() with .start/.end/.word: no transcriber import
    from transcriber.transcript import Word

def _confidence(placement: Placement) -> float:
    """Roughly the chance that the start is right to within a couple of seconds."""
    heard = min(1.0, 0.4 + placement.coverage)
    lead = len(placement.lead.split())
    start = 1.0 if lead == 0 else max(0.4, 0.9 - 0.1 * lead)
    if not placement.paused:
        start *= 0.85
    if placement.stray:
        start *= 0.7
    if placement.said_at is not None or placement.timed:
        start *= 0.5
    return round(heard * start, 3)


def speech_timings(speeches: list[Speech], shapes: list[PrintedSpeech], placements: list[Placement | None],
             heard: Heard, options: AlignOptions) -> list[SpeechTiming]:
    words = heard.words
    starts = [None if p is None else p.said_at if p.said_at is not None
              else onset(words, p.start_word, max(p.start_word, p.end_word)) for p in placements]
    guessed = _unheard(shapes, placements, starts, heard, options.pause)
    for index, (start, _) in guessed.items():
        starts[index] = start
    _openings_heard_as_noise(shapes, placements, starts, guessed, heard, options)
    timings = []
    for index, (speech, placement) in enumerate(zip(speeches, placements)):
        if index in guessed:
            timings.append(SpeechTiming(speech.id, speech.speaker, *guessed[index], UNHEARD_CONFIDENCE,
                                        "matched", speech.text))
            continue
        if placement is None:
            timings.append(SpeechTiming(speech.id, speech.speaker, None, None, MISSING_CONFIDENCE, "missing",
                                        speech.text))
            continue
        following = next((s for s in starts[index + 1:] if s is not None), None)
        end = words[_last_word(placement, words, following)].end
        if following is not None and end > following:
            end = max(starts[index], following)
        timings.append(SpeechTiming(speech.id, speech.speaker, float(starts[index]), float(end),
                                    _confidence(placement), "matched", speech.text))
    return timings


MISSING_CONFIDENCE = 0.9  # a speech no heard word placed: most likely not said
UNHEARD_CONFIDENCE = 0.15  # placed in the silence between its neighbours, not heard


def _openings_heard_as_noise(shapes: list[PrintedSpeech], placements: list[Placement | None],
                             starts: list[float | None], guessed: dict[int, tuple[float, float]],
                             heard: Heard, options: AlignOptions) -> None:
    """Starts whose opening words were heard as nothing like them ("Here. Here." over
    "May I bring to my hon. Friend's attention ..."), so that neither a likeness nor a
    silence placed them: the start is still short of the opening, far less was heard
    before the first matched word than saying it takes. The recogniser still wrote
    something where the opening was said, so the start is the heard utterance (a word
    after a pause) that begins about that long before the first matched word, if one is
    that near; never before the end of the speech before (placed, or put in a silence
    by _unheard), nor at or before the chair's call. After _unheard, which took the
    unrefined start as the end of its room: the start only moves back within that room,
    after the speeches put in it. But a member may drop whole sentences: a first matched
    word that begins a sentence, after a longer pause than the one before the utterance,
    is where they began ("... circumstances, I say this to you. [2.3 s] First, the
    resolution", an aside the record leaves out, then the second sentence)."""
    words, pause = heard.words, options.pause
    before: int | None = None  # the last speech before this one with a time
    for index, placement in enumerate(placements):
        if placement is None and index not in guessed:
            continue
        previous, before = before, index
        if placement is None or index in guessed or placement.said_at is not None or not placement.lead \
                or placement.anchor < 0 or previous is None:
            continue
        lead = say_time(placement.lead)
        anchor, start = onset(words, placement.anchor), starts[index]
        if anchor - start >= 0.5 * lead:
            continue  # enough was heard before the first match to be the opening
        floor = guessed[previous][1] if previous in guessed else words[placements[previous].end_word].end
        wanted, near = anchor - lead, max(1.0, 0.3 * lead)
        name = shapes[index].name
        best = None
        for w in range(placement.start_word - 1, -1, -1):
            if words[w].start <= floor or (previous not in guessed and w <= placements[previous].end_word) or \
                    call_at(name, heard.said, w) is not None or \
                    reads_as_call(name, placement.lead, heard, w, placement.anchor, pause):
                break
            if gap(words, w) >= pause and abs(words[w].start - wanted) <= near and \
                    (best is None or abs(words[w].start - wanted) < abs(words[best].start - wanted)):
                best = w
        if best is not None and len(placement.lead.split()) in shapes[index].sentences and \
                gap(words, placement.start_word) > gap(words, best) and \
                not _cheers_run_on(heard, best, placement.start_word, pause):
            continue
        if best is not None:
            placement.start_word, placement.timed = best, True
            placement.paused = True
            starts[index] = onset(words, best)


def _cheers_run_on(heard: Heard, first: int, w: int, pause: float) -> bool:
    """Whether the heard words from `first` up to word w are all "Hear, hear" and run on
    into it: Whisper wrote the opening said after the House's cheers as more of them
    (17 more "Here, here." up to 226.80 s, then "We need to get away" at once, for "My
    hon. Friend raises a vital point. We need to get away", said from 225.05 s). Cheers
    then a silence are the House's; a member who dropped the first sentence starts
    after them."""
    return before_cheers(heard.said, first - 1, w) == first and \
        heard.words[w].start - heard.words[w - 1].end < pause


def _unheard(shapes: list[PrintedSpeech], placements: list[Placement | None], starts: list[float | None],
             heard: Heard, pause: float) -> dict[int, tuple[float, float]]:
    """(start, end) for the unplaced speeches that fit, as a run, in the time between
    their placed neighbours (linker/unheard.py), up to the chair's call of the one after
    where it was heard ("Here, here. Jim Fitzpatrick." after an answer leaves no room for
    an unsaid "Number five"), or where the words just before it read as that call
    ("Turn the risk." for Dan Norris). Stage directions are never said."""
    words = heard.words
    guessed: dict[int, tuple[float, float]] = {}
    placed = [k for k, p in enumerate(placements) if p is not None]
    for before, after in zip(placed, placed[1:]):
        run = [k for k in range(before + 1, after) if shapes[k].text]
        if not run:
            continue
        ending = _last_word(placements[before], words, starts[after])
        begin = words[ending].end - excess(words[ending])  # Whisper stretches the last word over the silence
        begin = max(begin, _unheard_close(shapes[before], placements[before], words, ending,
                                          placements[after].start_word, heard.said))
        durations = [_saying(shapes[k]) for k in run]
        end, ceiling = starts[after], placements[after].start_word
        if shapes[run[-1]].name != shapes[after].name:
            # A called member speaks next: the run was said before the call of the speech after.
            call = call_just_before(shapes[after].name, ending, ceiling, heard.said)
            if call is None:
                call = call_read_before(shapes[after].name, placements[after].lead, heard, ending, ceiling, pause)
            if call is not None:
                end, ceiling = min(end, words[call].start), call
        fitted = fit_unheard(begin, end, durations)
        if fitted is None and len(run) > 1 and not any(
                begin < w.start < starts[after] for w in words[ending + 1:placements[after].start_word]):
            run, durations, fitted = _one_that_fits(run, durations, begin, starts[after])
        if fitted is None and shapes[run[-1]].name != shapes[after].name:
            called_after = (ceiling, end) if ceiling != placements[after].start_word else None
            run, durations, fitted = _one_called(run, durations, shapes, placements[before].end_word,
                                                 (placements[after].start_word, starts[after]), called_after,
                                                 shapes[after].name, heard)
        if fitted is not None:
            fitted = _after_heard_calls(run, fitted, shapes, (ending, ceiling), (begin, end), heard)
            guessed.update((k, (s, min(s + d, end))) for k, s, d in zip(run, fitted, durations))
    if placed and placed[0] > 0:
        guessed.update(_called_first(shapes, placements, starts, heard, placed[0]))
    return guessed


def _after_heard_calls(run: list[int], fitted: list[float], shapes: list[PrintedSpeech], words_between: tuple[int, int],
                       room: tuple[float, float], heard: Heard) -> list[float]:
    """The starts fitted in a room (`room`, between words `words_between`) for a run of
    unheard speeches, each moved to the first word after its member's call where the
    call was heard there (a called member speaks next: "Mitchell McLoughlin, one and
    two nitty mist." for "Was an opportunity missed?", fitted 2.3 s before it), if that
    keeps the run in order."""
    starts = list(fitted)
    floor, ceiling = words_between
    for i, k in enumerate(run):
        called = next((end for w in range(floor + 1, ceiling)
                       if (end := call_at(shapes[k].name, heard.said, w, whole=True, stop=ceiling)) is not None), None)
        if called is None or called >= ceiling:
            continue
        start = heard.words[called].start  # not onset: "Ha!" after "Noble Lords" was heard as a stretched "here,"
        lowest = starts[i - 1] if i > 0 else room[0]
        highest = starts[i + 1] if i + 1 < len(starts) else room[1]
        if lowest < start < highest:
            starts[i] = start
    return starts


def _one_called(run: list[int], durations: list[float], shapes: list[PrintedSpeech], floor: int,
                after: tuple[int, float], called_after: tuple[int, float] | None, after_name: str, heard: Heard,
                ) -> tuple[list[int], list[float], list[float] | None]:
    """Of a run of unplaced speeches that cannot all have been said between their
    neighbours, the one the chair was heard calling, as _after_its_call places it: the
    last of the run (before the next speech, `after`: its first word and start), or an
    earlier one before the call of the next speech's member (`called_after`), when the
    speeches between went unsaid ("Nicholas Winterton. Nom-matin, mistas-gika. Here,
    here. Nicholas Winterton." for his "Number ten, Mr Speaker.", the Minister's answer
    unsaid, then his supplementary). The others stay missing. The run, unchanged, and
    None when none was."""
    tried = [(run[-1], durations[-1], after, after_name)]
    if called_after is not None:
        tried += [(k, d, called_after, shapes[k + 1].name) for k, d in zip(run[-2::-1], durations[-2::-1])
                  if shapes[k].name != shapes[k + 1].name]
    for k, duration, (ceiling, following), next_name in tried:
        shape = shapes[k]
        fitted = _after_its_call(shape.name, next_name, floor, ceiling, following, heard, duration,
                                 _first_sentence_saying(shape), len(shape.spoken_form.split() or shape.text))
        if fitted is not None:
            return [k], [duration], fitted
    return run, durations, None


def _called_first(shapes: list[PrintedSpeech], placements: list[Placement | None], starts: list[float | None],
                  heard: Heard, after: int) -> dict[int, tuple[float, float]]:
    """The last of the unplaced speeches before the first placed one, when the chair's
    call of its member was heard just before the first placed one ("Noble Lords. Ah!"
    for "Noble Lords: Ha!", then "I shall start again."), as _after_its_call places it
    between two placed speeches. The pauses alone say nothing here: the presenter's
    talk, unrecorded, comes before the sitting's first speech."""
    last, following, placement = shapes[after - 1], starts[after], placements[after]
    assert placement is not None and following is not None  # `after` is the first placed speech
    if not last.text or last.name == shapes[after].name:
        return {}
    duration = _saying(last)
    fitted = _after_its_call(last.name, shapes[after].name, -1, placement.start_word, following, heard, duration,
                             _first_sentence_saying(last))
    return {} if fitted is None else {after - 1: (fitted[0], min(fitted[0] + duration, following))}


def _saying(shape: PrintedSpeech) -> float:
    """How long saying the speech takes (a tabled question: its spoken form)."""
    return say_time(shape.spoken_form.replace("#n", number_text(shape.qnum)) or " ".join(shape.text))


def _first_sentence_saying(shape: PrintedSpeech) -> float:
    """How long saying its first sentence takes: members drop whole sentences."""
    return _saying(shape) if shape.spoken_form else say_time(" ".join(shape.text[:shape.opening]))


# The silence holds the speech and the least pauses either side with at most 4 s to
# spare: the start guessed in its middle is within 2 s of wherever it was said.
PINNED = RoomOptions(slack=1.0, extra=4.0)


def _one_that_fits(run: list[int], durations: list[float], begin: float, end: float,
                   ) -> tuple[list[int], list[float], list[float] | None]:
    """Of a run of unheard speeches that cannot all have been said in the silence
    between their neighbours (nothing heard in it), the one speech that fits there
    alone and is pinned down by it (an intervention, "Will the hon. Lady give way?", in
    8.3 s after a speech of the record never said that would take 54 s): (that speech,
    its duration, its start). When none or several fit, or the silence leaves the start
    loose, which was said and when cannot be told from the pauses (listening may still
    tell): the run, unchanged, and None."""
    alone = [(k, d, fitted) for k, d in zip(run, durations)
             if (fitted := fit_unheard(begin, end, [d], PINNED)) is not None]
    if len(alone) != 1:
        return run, durations, None
    k, duration, fitted = alone[0]
    return [k], [duration], fitted


CALLED_PAUSE = 0.4  # the least silence either side of a speech its member was heard called for


def _after_its_call(name: str, next_name: str, floor: int, ceiling: int, following: float, heard: Heard,
                    duration: float, first_sentence: float, size: int = 1) -> list[float] | None:
    """A speech the recogniser heard nothing of ("Noble Lords: Ha!"), though it heard the
    chair call its member ("noble lords") and then nothing more before the next speech
    (or the call of its member): a called member speaks next, so the speech goes in the
    silence after the call, even one too short to place it from the pauses alone."""
    next_call = call_just_before(next_name, floor, ceiling, heard.said)
    if next_call is not None:
        ceiling, following = next_call, heard.words[next_call].start
    if call_just_before(name, floor, ceiling, heard.said) is None:
        return _heard_wrong_after_its_call(name, floor, ceiling, heard, duration, size)
    last = heard.words[ceiling - 1]
    begin = last.end - excess(last)
    # Called, the member said something before the next call: at least the first sentence, since
    # members drop whole sentences ("OK." of "OK. Thank you, Mr Deputy Speaker. [Laughter.]", in
    # the 2.9 s between the two calls).
    said = min(duration, following - begin - 2 * CALLED_PAUSE)
    if said < first_sentence:
        return None
    return fit_unheard(begin, following, [said], RoomOptions(pause=CALLED_PAUSE))


SHORT_SAYING = 2.0  # seconds: a speech this short ("Oxfordshire.") may be heard as a word or two else
FEW_WORDS = 3       # ... at most this many, or as many as the speech has


def _heard_wrong_after_its_call(name: str, floor: int, ceiling: int, heard: Heard, duration: float,
                                size: int = 1) -> list[float] | None:
    """A short speech (of `size` tokens) heard as a few other words right after the chair
    called its member, with nothing more before the next speech (or its call) but the
    House's "Hear, hear", which is no one's speech: "David Lydington. Arcs function.
    [16 s] Chris Ryan." for David Lidington's "Oxfordshire.", "Nom-matin, mistas-gika.
    Here, here, here." for "Number ten, Mr Speaker.". A called member speaks next, so
    the speech starts at the first of those words."""
    if duration > SHORT_SAYING:
        return None
    ceiling = before_cheers(heard.said, floor, ceiling)
    for first in range(ceiling - 1, max(floor, ceiling - max(FEW_WORDS, size) - 1), -1):
        if call_just_before(name, floor, first, heard.said) is not None:
            return [onset(heard.words, first, ceiling - 1)]  # not from the next speech's words
    return None


def _unheard_close(shape: PrintedSpeech, placement: Placement, words: list[Word], ending: int, ceiling: int,
                   said: list[str]) -> float:
    """When the speech before's closing words went unheard: the end of saying them, if
    the recogniser wrote their first word right after the last one heard and stretched
    it over the rest ("to support the" with "the" lasting 7.3 s, for "to oppose the
    Government of Sri Lanka's application for preferential access to our markets.");
    0 otherwise (the pauses alone cannot tell closing words that went unheard from ones
    the member dropped)."""
    walked = ending - max(placement.start_word, placement.end_word)  # closing words heard (_last_word)
    closing = shape.text[len(shape.text) - placement.trail + walked:] if placement.trail > walked else []
    first = ending + 1
    if not closing or first >= ceiling or said[first].split()[:1] != closing[:1] or excess(words[first]) <= 0 or \
            words[first].start > words[ending].end + RUN_ON:
        return 0.0
    return min(words[first].end, words[first].start + say_time(" ".join(closing)))


def _last_word(placement: Placement, words: list[Word], following: float | None) -> int:
    """The last matched word, then on over as many heard words as the record has words
    after it (misheard closing words), up to a pause or the next speech."""
    w = max(placement.end_word, placement.start_word)
    for _ in range(placement.trail):
        if w + 1 >= len(words) or gap(words, w + 1) >= 0.45 or \
                (following is not None and words[w + 1].start >= following):
            break
        w += 1
    return w
