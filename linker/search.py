"""Looking again for speeches the global pass left unplaced (steps 5 and 6 in
linker/align.py), each between its placed neighbours: alone, by its tabled question's
spoken number, after its member's call, or by sound."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from linker.chair import call_at, call_just_before, call_likeness, calls
from linker.matching import match_tokens, reliable_hits
from linker.normalize import NUMBER_WORDS, before_cheers, sound_key
from linker.shapes import QUESTION_FORM, AlignOptions, Heard, Placement, PrintedSpeech, number_text
from linker.starts import CALL_LIKE, settle_start
from linker.timing import gap, say_time
if TYPE_CHECKING:  # the linker needs only .words() with .start/.end/.word: no transcriber import
    from transcriber.transcript import Word

def second_chance(placements: list[Placement | None], speeches: list[PrintedSpeech], heard: Heard,
                   vocabulary: dict[str, int], options: AlignOptions) -> None:
    """Speeches the global pass did not place, searched for again on their own between
    their placed neighbours. An unspoken neighbour can take the global pass's matches
    (its common words pair with the presenter's); alone, a spoken speech still matches.
    Tabled questions: the spoken form, then read out in full, then a misheard form."""
    for index, speech in enumerate(speeches):
        if placements[index] is not None:
            continue
        floor = max((p.end_word for p in placements[:index] if p is not None), default=-1)
        ceiling = next((p.start_word for p in placements[index + 1:] if p is not None), len(heard.words))
        found = None
        if speech.spoken_form:
            found = _local(speech.spoken_form.split(), floor, ceiling, heard, vocabulary, options, speech.qnum)
        if found is None:
            found = _local(speech.text, floor, ceiling, heard, vocabulary, options)
            if found is None:
                found = _over_a_guessed_opening(index, speech, floor, speeches, placements, heard, vocabulary,
                                                options)
            if found is not None and speech.spoken_form:
                found = _take_back_read_words(index, found, speeches, placements, heard, vocabulary, options)
        if found is None and (speech.spoken_form == QUESTION_FORM or speech.qnum):
            found = _said_by_number(floor, ceiling, heard, options, speech.next_name)
        if found is None:
            found = _after_its_call(speech, floor, ceiling, heard, vocabulary, options)
        if found is None:
            found = _said_by_reference(speech.text, floor, ceiling, heard, vocabulary, options)
        if found is not None:
            settle_start(found, floor, heard, options, speech)
            placements[index] = found


def _over_a_guessed_opening(index: int, speech: PrintedSpeech, floor: int, speeches: list[PrintedSpeech],
                            placements: list[Placement | None], heard: Heard, vocabulary: dict[str, int],
                            options: AlignOptions) -> Placement | None:
    """The speech read out in full where the next speech's start was moved back over
    words it did not pair ("To ask Her Majesty's Government what is their response to
    the review by Professor Michael Worton ...", a tabled question looked for in its
    spoken form, taken as the misheard "Mes Seigneurs, le rapport est une contribution
    valable ..." of the answer after it): those words pair with this speech, at least
    enough_words of them, so they are its, and the next speech starts again from its
    first matched word, after them. None if they do not."""
    following = next((k for k in range(index + 1, len(speeches)) if placements[k] is not None), None)
    if following is None:
        return None
    taken = placements[following]
    if taken.anchor <= taken.start_word:
        return None
    found = _local(speech.text, floor, taken.anchor, heard, vocabulary, options)
    if found is None or found.coverage * len(speech.text) < options.enough_words:
        return None
    taken.start_word, taken.said_at, taken.silence, taken.timed = taken.anchor, None, None, False
    settle_start(taken, found.end_word, heard, options, speeches[following])
    return found


def _take_back_read_words(index: int, found: Placement, speeches: list[PrintedSpeech],
                          placements: list[Placement | None], heard: Heard, vocabulary: dict[str, int],
                          options: AlignOptions) -> Placement:
    """A question read out in full ("To ask Her Majesty's Government what steps ... high
    alcohol content wines") although the global pass looked only for its spoken form:
    the next speech may have taken its last words ("high alcohol" is in the answer
    too), or, where the next speech's start was moved back over the question
    (_over_a_guessed_opening), its words from before it was said ("the United Kingdom"
    of a dropped first sentence paired with "the United Kingdom's nuclear deterrent").
    Searched again up to the end of the next speech, the question may run on over
    them; then the next speech is placed again after it, and kept there if it still
    matches about as well. Otherwise `found` stands."""
    following = next((k for k in range(index + 1, len(speeches)) if placements[k] is not None), None)
    if following is None:
        return found
    taken = placements[following]
    wide = _local(speeches[index].text, found.start_word - 1, taken.end_word + 1, heard, vocabulary, options)
    if wide is None or wide.start_word != found.start_word or wide.end_word < taken.start_word:
        return found
    shape = speeches[following]
    ceiling = next((p.start_word for p in placements[following + 1:] if p is not None), len(heard.words))
    # about as well: an answer whose member dropped sentences matches less than local_coverage
    again = _local(shape.spoken_form.split() or shape.text, wide.end_word, ceiling, heard, vocabulary, options,
                   shape.qnum, least=0.8 * taken.coverage)
    if again is None:
        return found
    settle_start(again, wide.end_word, heard, options, shape)
    placements[following] = again
    return wide


def _local(tokens: list[str], floor: int, ceiling: int, heard: Heard, vocabulary: dict[str, int],
           options: AlignOptions, qnum: str | None = None, least: float | None = None) -> Placement | None:
    """Align `tokens` with the heard words strictly between floor and ceiling; None below
    `least` coverage (options.local_coverage)."""
    lo, hi = bisect.bisect_right(heard.owner, floor), bisect.bisect_left(heard.owner, ceiling)
    if hi <= lo or not tokens:
        return None
    printed = [vocabulary.setdefault(t, len(vocabulary)) for t in tokens]
    match = [j + lo if j >= 0 else -1 for j in match_tokens(printed, heard.ids[lo:hi], local=True)]
    reliable = reliable_hits(0, len(printed), match, options.neighbour, heard.holes)
    coverage = len(reliable) / len(printed)
    if not reliable or coverage < (options.local_coverage if least is None else least):
        return None
    lead = " ".join(tokens[:reliable[0]]).replace("#n", number_text(qnum))
    return Placement(heard.owner[match[reliable[0]]], heard.owner[match[reliable[-1]]], coverage, lead,
                      len(printed) - reliable[-1] - 1)


def sounds_alike(placements: list[Placement | None], speeches: list[PrintedSpeech], heard: Heard,
                  options: AlignOptions) -> dict[int, tuple[float, float]]:
    """Short speeches still unplaced, looked for by sound between their placed neighbours.
    A few words heard wrong leave a short speech no two matches in a row ("We will
    declare a ceasefire on that for now." heard as "Where you know we'll be clear as
    he's far on that far out."), but most of its sounds are there. Each run of one to
    three utterances between the neighbours, not the chair's call of the member nor of
    the next one, and without the House's "Hear, hear" either side (no one's speech), is
    compared by sound_key; only a close likeness in about the time the words take to say
    places the speech, so an unspoken item, which sounds like nothing heard there, stays
    missing. Tabled questions are not said as printed: _said_by_number looks for them.
    A longer speech may have been cut short after its first few words: _opening_alone.
    Returns, for the speeches heard only somewhat like that (options.sounds_near: "We'll
    not play the good way, here, here." for "Will the hon. Lady give way?"), when those
    words' first one starts and ends: listening can tell whether the speech is likeliest
    there."""
    near: dict[int, tuple[float, float]] = {}
    for index, speech in enumerate(speeches):
        if placements[index] is not None or speech.spoken_form:
            continue
        floor = max((p.end_word for p in placements[:index] if p is not None), default=-1)
        ceiling = next((p.start_word for p in placements[index + 1:] if p is not None), len(heard.words))
        if len(speech.text) > options.short_speech:
            placements[index] = _opening_alone(speech, floor, ceiling, heard, options)
            continue
        if len(speech.text) < options.fewest_sounds:
            continue
        runs = [run for run in _utterances(heard.words, floor + 1, ceiling, options.pause)
                if not _call_or_cheers(heard.said, run, speech)]
        printed, expected = sound_key(speech.text), say_time(" ".join(speech.text))
        best, best_score = None, options.sounds_near
        for n, (first, _) in enumerate(runs):
            for last in (run[1] for run in runs[n:n + 3] if run[1] < runs[n][0] + 3 * len(speech.text)):
                said = _without_cheers(heard.said, first, last)
                if said is None:
                    continue
                took = heard.words[said[1]].end - heard.words[said[0]].start
                if not 0.5 * expected <= took <= 2.0 * expected + 0.5:
                    continue
                score = fuzz.ratio(printed, sound_key(heard.said[said[0]:said[1] + 1])) / 100
                if score > best_score:
                    best, best_score = said, score
        if best is not None and best_score >= options.sounds_alike:
            placements[index] = Placement(best[0], best[1], 0.0, "",
                                          paused=gap(heard.words, best[0]) >= options.pause)
        elif best is not None:
            near[index] = (heard.words[best[0]].start, heard.words[best[0]].end)
    return near


def _call_or_cheers(said: list[str], run: tuple[int, int], speech: PrintedSpeech) -> bool:
    """Whether the heard words of `run` are only the House's cheers, or the chair's call
    of the speech's member or of the next speech's (cheers either side aside)."""
    words = _without_cheers(said, *run)
    return words is None or any(name and calls(name, said[words[0]:words[1] + 1])
                                for name in (speech.name, speech.next_name))


def _without_cheers(said: list[str], first: int, last: int) -> tuple[int, int] | None:
    """Heard words first..last without the House's "Hear, hear" at either end; None if
    that is all they are."""
    while first <= last and said[first] == "hear":
        first += 1
    last = before_cheers(said, first - 1, last + 1) - 1
    return (first, last) if first <= last else None


OPENING_ALONE = 3  # heard tokens: at least this many, like a speech's opening, may be all its member said


def _opening_alone(speech: PrintedSpeech, floor: int, ceiling: int, heard: Heard,
                   options: AlignOptions) -> Placement | None:
    """A long speech of which its member said only the first few words, heard a little
    wrong, before the chair called the next member ("The Light Hun. James lost it." for
    "The right hon.", the rest of the answer unsaid, then James Plaskitt): all that was
    heard between the speech before (and the member's call, if heard) and the next
    speech (and its member's call), but the House's "Hear, hear", when it starts after
    a pause and reads or sounds like the speech's opening (sounds_alike's likeness).
    Whatever else was said there makes it unlike the opening."""
    said = heard.said
    end = before_cheers(said, floor, ceiling)
    called = call_just_before(speech.next_name, floor, end, said) if speech.next_name else None
    heard_words = _without_cheers(said, floor + 1, (end if called is None else called) - 1)
    if heard_words is None:
        return None
    begin, end = heard_words[0], heard_words[1] + 1
    own_call = call_at(speech.name, said, begin, whole=True, stop=end)
    begin = begin if own_call is None else own_call
    text = " ".join(said[begin:end])
    if len(text.split()) < OPENING_ALONE or gap(heard.words, begin) < options.pause:
        return None
    opening = " ".join(speech.text)[:len(text)]
    likeness = max(fuzz.ratio(opening, text), fuzz.ratio(sound_key(opening.split()), sound_key(text.split())))
    if likeness < 100 * options.sounds_alike:
        return None
    return Placement(begin, end - 1, 0.0, "", paused=True)


def _after_its_call(speech: PrintedSpeech, floor: int, ceiling: int, heard: Heard, vocabulary: dict[str, int],
                    options: AlignOptions) -> Placement | None:
    """A speech of which only a little was heard, or said only in part ("10. (AQO
    225/10)" for a whole printed question), right after the chair called its speaker:
    a called member speaks next, so the call and a few of the speech's words heard in
    order after it place the speech, at the first word after the call."""
    if not speech.name or not speech.text:
        return None
    for w in range(floor + 1, ceiling - 1):
        start = call_at(speech.name, heard.said, w, whole=True, stop=ceiling)
        if start is not None:
            found = _local(speech.text, start - 1, ceiling, heard, vocabulary, replace(options, local_coverage=0.0))
            if found is None or len(speech.text) * found.coverage < 3 or found.start_word > start + 10:
                return None  # too little heard, or not soon after the call
            return Placement(start, found.end_word, found.coverage, "", found.trail)
    return None


_REFERENCES = ("aqo", "aqt", "aqw")  # the Assembly's oral, topical and written question references


def _said_by_reference(tokens: list[str], floor: int, ceiling: int, heard: Heard, vocabulary: dict[str, int],
                       options: AlignOptions) -> Placement | None:
    """An Assembly question ("1. asked the Minister ... (AQO 216/10)") of which the
    member said only the number and the reference ("1. (AQO 216/10)", heard as "One,
    Taco 216-10."): most of those tokens, in order, between the placed neighbours. The
    reference's numbers are rare elsewhere."""
    asked = tokens.index("asked") if "asked" in tokens[1:4] else 0
    reference = max((k for k, t in enumerate(tokens) if t in _REFERENCES), default=0)
    if not asked or tokens[asked + 1:asked + 2] != ["the"] or len(tokens) - reference < 3:
        return None
    said = tokens[:asked] + tokens[reference:]
    return _local(said, floor, ceiling, heard, vocabulary, replace(options, local_coverage=0.6))


def _said_by_number(floor: int, ceiling: int, heard: Heard, options: AlignOptions,
                    next_name: str = "") -> Placement | None:
    """The short stretch in (floor, ceiling), one to three utterances, that sounds most
    like "Number N, Mr Speaker" (Whisper spreads a misheard one over several), and is
    not more like the chair's call of the next speech's member ("Turn the risk." for
    Dan Norris, with the question unsaid, is 47% like it)."""
    runs = _utterances(heard.words, floor + 1, ceiling, options.pause)
    best, best_score = None, 0.0
    for n, (first, _) in enumerate(runs):
        for last in (run[1] for run in runs[n:n + 3]):
            said = heard.said[first:last + 1]
            score = _number_form_score(said)
            if next_name and CALL_LIKE <= call_likeness(next_name, said) >= score:
                continue
            if score > best_score:
                best, best_score = (first, last), score
    if best is None or best_score < 0.45:
        return None
    return Placement(best[0], best[1], best_score * 0.5, "")


_NUMBERS = re.compile(r"\b(?:number )?(?:(?:%s)\b ?)+" % "|".join(sorted(NUMBER_WORDS - {"and"})))


def _number_form_score(said: list[str]) -> float:
    tokens = [t for t in " ".join(said).split() if t not in ("hear", "here")]
    if not tokens or len(tokens) > 8:
        return 0.0
    # Whisper writes "Number one" as "No. 1", "1." or "number one": keep that a number was said.
    text = _NUMBERS.sub("number ", " ".join(tokens)).strip()
    return fuzz.ratio("number mister speaker", text) / 100


def _utterances(words: list[Word], begin: int, end: int, pause: float) -> list[tuple[int, int]]:
    """(first, last) word indices of the runs of words in [begin, end) between pauses."""
    runs: list[tuple[int, int]] = []
    for w in range(begin, end):
        if runs and gap(words, w) < pause:
            runs[-1] = (runs[-1][0], w)
        else:
            runs.append((w, w))
    return runs
