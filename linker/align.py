"""Place every record speech on the transcript's timeline.

1. Both sides become tokens (normalize.py) and integer ids; one global Levenshtein
   alignment of the whole sitting (rapidfuzz, bit-parallel) pairs record tokens
   with heard tokens. Words Whisper wrote a second time in no time are left out.
2. Per speech, only matches that agree with a neighbouring match count ("reliable"):
   isolated hits on common words are how an unspoken speech would otherwise get
   placed somewhere plausible; matches either side of a hole in the transcript (a
   silence over 5 s) do not support each other. Too few reliable matches -> "missing".
3. Runs of speeches placed poorly are aligned again on their own (longest common
   subsequence) against what was heard between their well-placed neighbours. Where
   the same words make consecutive speeches ("My Lords—", "My Lords—"), the heard copy
   goes to the member the chair called just before it.
4. Each start is refined locally: the record words before the first reliable match
   were misheard, so the start moves back to the heard stretch that reads most like
   them, preferring a pause, never into the speech before nor into the chair's call
   (recognised by its sound too: "Lord Faucet of Dremelion"); failing that, back over
   the unmatched words that run on into the first match, to the pause before them.
   First matches that are the speech before's unrecorded last words (a longer pause
   after them, the record jumping ahead) are not the start. An opening said in a
   silence the recogniser left (a long one, or one longer than the usual pause after
   the chair's call) starts the time it takes to say before the first heard word; one
   heard as noise ("Here.") starts at the heard utterance about that long before.
5. Tabled questions ("What steps he is taking to ...") are printed but rarely said:
   the member says "Number six, Mr Speaker." So the global pass looks only for that
   spoken form; a question read out in full, or a misheard "Number six", is found
   afterwards in the stretch between its placed neighbours (taking back its last words
   from the answer if it was read in full). A numbered question not in the tabled
   form (a topical question) is asked in full. A speech of which a few words were heard
   right after its member's call is placed after the call.
6. A short speech still unplaced is looked for by sound (normalize.sound_key) between
   its placed neighbours: "We will declare a ceasefire" heard as "we'll be clear as
   he's far" keeps few words but most sounds.
7. A speech of which nothing was heard goes in the silence between its neighbours if
   that silence can hold it (linker/unheard.py), with low confidence.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from linker.model import Record, Speech, SpeechTiming
from linker.normalize import NUMBER_WORDS, number_words, sound_key, tokenize_words
from linker.chair import call_end, calls
from linker.timing import excess, gap, onset, say_time
from linker.unheard import fit_unheard, said_in_silence
if TYPE_CHECKING:  # the linker needs only .words() with .start/.end/.word: no transcriber import
    from transcriber.transcript import Transcript, Word

# How a tabled oral question begins ("To ask ..." is a written one, never said).
_TABLED = re.compile(r"^(What|If|How|When|Whether|Which|Who)\b")
# Record items that describe rather than report: nobody says them aloud.
_NEVER_SAID = re.compile(r"^(?:(?:indicated (?:dissent|assent)|rose|\[[^\]]*\])\W*|The [^.?!]{0,80} was asked\s*[—–-])$",
                         re.I)
_QUESTION_FORM = "number #n mister speaker"
_LORDS_FORM = "my lords i beg leave to ask the question standing in my name on the order paper"
_FILLERS = ("er", "erm", "um", "uh", "ah", "well", "so")
_FILLER_WORDS = re.compile(r"\b(?:er|erm|um|uh|ah|you know)\b")


@dataclass
class AlignOptions:
    pause: float = 0.45          # a silence at least this long separates speakers
    min_coverage: float = 0.25   # share of a speech's words heard, below it: missing
    enough_words: int = 8        # ... unless at least this many words were heard in order
    least_coverage: float = 0.1  # ... and at least this share (long speeches, sentences dropped)
    neighbour: int = 3           # matches this close (in tokens) support each other
    local_coverage: float = 0.3  # second chance, alone between placed neighbours
    strong_coverage: float = 0.5  # placements below it are aligned again locally
    after_call: float = 1.5      # a member called by the chair starts within this long after the call
    call_pause: float = 0.4      # ... and not before this long after it
    short_speech: int = 20       # at most this many tokens: looked for by sound when no word matched
    fewest_sounds: int = 4       # ... and at least this many ("Come over here!" sounds like "Here, here")
    sounds_alike: float = 0.75   # ... and placed only where the heard words sound at least this alike


@dataclass
class _Speech:
    """One speech's tokens as the global pass sees them."""
    begin: int                  # first token in the record token list
    end: int
    text: list[str]             # the printed words' tokens
    spoken_form: str = ""       # tabled questions: what is said instead (tokens)
    qnum: str | None = None
    name: str = ""              # the speaker's name as tokens: the chair calls it first
    opening: int = 0            # tokens in the first sentence of the printed words


@dataclass
class _Placement:
    start_word: int
    end_word: int
    coverage: float             # share of the speech's tokens reliably heard
    lead: str                   # record tokens before the first reliable match
    trail: int = 0              # record tokens after the last reliable match
    paused: bool = False        # a pause precedes the start
    stray: bool = False         # the first matches were taken as the speech before's
    said_at: float | None = None  # the opening was said in a silence the recogniser left
    anchor: int = -1            # the first matched word, before the start was refined
    timed: bool = False         # the start is where the lead's heard stretch would begin by its length


@dataclass
class _Heard:
    words: list[Word]
    ids: list[int]
    owner: list[int]            # heard token -> word index (non-decreasing)
    said: list[str]             # word index -> its tokens as text
    holes: list[int]            # heard token -> how many holes in the transcript come before it


def align(transcript: Transcript, record: Record, options: AlignOptions | None = None) -> list[SpeechTiming]:
    """One SpeechTiming per record speech, in record order."""
    options = options or AlignOptions()
    vocabulary: dict[str, int] = {}
    heard = _heard(transcript, vocabulary)
    speeches, printed = _printed(record.speeches, vocabulary)
    match = _match(printed, heard.ids)
    placements = [_place(s, match, heard, options) for s in speeches]
    _repair_weak_runs(placements, speeches, printed, match, heard, options)
    _credit_the_called(placements, speeches, heard)
    _refine_starts(placements, speeches, heard, options)
    _second_chance(placements, speeches, heard, vocabulary, options)
    _sounds_alike(placements, speeches, heard, options)
    return _timings(record.speeches, speeches, placements, heard, options)


def _heard(transcript: Transcript, vocabulary: dict[str, int]) -> _Heard:
    words = _timed_words([w for w in transcript.words() if w.word.strip()])
    tokens, owners = tokenize_words([w.word for w in words])
    said = [""] * len(words)
    for token, owner in zip(tokens, owners):
        said[owner] = f"{said[owner]} {token}" if said[owner] else token
    # A hole: a silence (with what Whisper stretched over it) too long to be inside a
    # sentence ("following the ... first" with "the" lasting 12.7 s over lost speech).
    # gap() adds at most the two words' lengths to the silence: most pairs are too close.
    opens = [0] + [1 if b.end - a.start > HOLE and gap(words, w) > HOLE else 0
                   for w, (a, b) in enumerate(zip(words, words[1:]), 1)]
    before = list(accumulate(opens))
    return _Heard(words, [vocabulary.setdefault(t, len(vocabulary)) for t in tokens], owners, said,
                  [before[owner] for owner in owners])


HOLE = 5.0  # seconds: matches either side of a longer silence are not neighbours
COLLAPSED = 6  # this many words in a row without length: a repeat Whisper wrote with no time


def _timed_words(words: list[Word]) -> list[Word]:
    """The words without runs of COLLAPSED or more that all last no time: Whisper writes a
    block it has already written ("Paul Goodman, as the Minister has said, I am happy to
    meet him ...") again, squeezed into one instant. Such words say nothing of when
    anything was said, and the copy would pair with the record as well as the original."""
    instants = [n for n, word in enumerate(words) if word.end - word.start < 0.02]
    dropped: set[int] = set()
    first = 0
    for k in range(1, len(instants) + 1):
        if k == len(instants) or instants[k] != instants[k - 1] + 1:  # a run ends at k - 1
            if k - first >= COLLAPSED:
                dropped.update(instants[first:k])
            first = k
    return [word for n, word in enumerate(words) if n not in dropped] if dropped else words


def _spoken_form(speech: Speech) -> str:
    """What a member says instead of reading a tabled question out ("" if not one)."""
    text = speech.text.strip()
    if text.startswith(("To ask Her Majesty", "To ask His Majesty")):
        return _LORDS_FORM
    # A numbered question not in the tabled form ("Pursuant to the Secretary of State's
    # opening comments, ...") is a topical question, asked in full.
    if _TABLED.match(text) and (speech.oral_qnum or len(text.split()) < 45):
        return _QUESTION_FORM
    return ""


def _printed(speeches: list[Speech], vocabulary: dict[str, int]) -> tuple[list[_Speech], list[int]]:
    """Each speech's global tokens (a tabled question: only its spoken form), as ids."""
    out: list[_Speech] = []
    ids: list[int] = []
    for speech in speeches:
        text, owners = ([], []) if _NEVER_SAID.match(speech.text.strip()) else tokenize_words(speech.text.split())
        form = _spoken_form(speech) if text else ""
        tokens = form.split() if form else text
        ids.extend(vocabulary.setdefault(t, len(vocabulary)) for t in tokens)
        name = " ".join(tokenize_words(speech.speaker.split())[0])
        end = _SENTENCE_END.search(speech.text)
        opening = bisect.bisect_left(owners, len(speech.text[:end.start()].split())) if end else len(text)
        out.append(_Speech(len(ids) - len(tokens), len(ids), text, form, speech.oral_qnum, name, opening))
    return out, ids


# A full stop, question or exclamation mark before a capital, not after "hon." or "Mr.".
_SENTENCE_END = re.compile(r"[.?!](?<!\bhon\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bNo\.)\s+(?=[A-Z])")


def _match(printed: list[int], heard: list[int], local: bool = False) -> list[int]:
    """For each printed token, the index of the heard token it is paired with, or -1.

    Whole sittings: Levenshtein (bit-parallel, the fastest). Short local searches: the
    longest common subsequence (Indel), which prefers pairing words to substituting them."""
    match = [-1] * len(printed)
    for tag, i1, i2, j1, _ in (Indel if local else Levenshtein).opcodes(printed, heard):
        if tag == "equal":
            match[i1:i2] = range(j1, j1 + (i2 - i1))
    return match


def _repair_weak_runs(placements: list[_Placement | None], speeches: list[_Speech], printed: list[int],
                      match: list[int], heard: _Heard, options: AlignOptions) -> None:
    """Align again, on their own, each run of speeches the global pass placed poorly or
    not at all, against what was heard between the well-placed speeches around them.
    The global pass substitutes words as readily as it pairs them, so an unspoken speech
    or a stretch of presenter talk can pull its neighbours off course."""
    strong = [p is not None and p.coverage >= options.strong_coverage for p in placements]
    index = 0
    while index < len(speeches):
        if strong[index]:
            index += 1
            continue
        end = index
        while end < len(speeches) and not strong[end]:
            end += 1
        floor = placements[index - 1].end_word if index else -1
        ceiling = placements[end].start_word if end < len(speeches) else len(heard.words)
        lo, hi = bisect.bisect_right(heard.owner, floor), bisect.bisect_left(heard.owner, ceiling)
        begin, stop = speeches[index].begin, speeches[end - 1].end
        local = _match(printed[begin:stop], heard.ids[lo:hi], local=True) if hi > lo else [-1] * (stop - begin)
        match[begin:stop] = [j + lo if j >= 0 else -1 for j in local]
        for k in range(index, end):
            placements[k] = _place(speeches[k], match, heard, options)
        index = end


def _credit_the_called(placements: list[_Placement | None], speeches: list[_Speech], heard: _Heard) -> None:
    """Speeches with the same words one after another ("My Lords—", "My Lords—": peers
    rising together, one of them heard) leave the global pass free to pair what was
    heard with any of them. The chair's call just before the heard words says whose
    they are: the placement moves to the called member's speech, and the others are
    left to _unheard."""
    for index, placement in enumerate(placements):
        if placement is None or _called_before(speeches[index].name, placement.start_word, heard):
            continue
        k = index - 1
        while k >= 0 and placements[k] is None and speeches[k].text == speeches[index].text:
            if _called_before(speeches[k].name, placement.start_word, heard):
                placements[k], placements[index] = placement, None
                break
            k -= 1


def _call_at(name: str, w: int, heard: _Heard) -> bool:
    """Whether the chair's call of `name` starts at word w; the recogniser may split the
    name into more words than it has ("Barrow us on, turn." for Baroness Thornton)."""
    size = len(name.split())
    return any(calls(name, heard.said[w:w + n]) for n in range(size, size + 3))


def _called_before(name: str, w: int, heard: _Heard) -> bool:
    """Whether the words just before word w are the chair calling `name`."""
    size = len(name.split())
    return bool(size) and w - size >= 0 and calls(name, heard.said[w - size:w])


def _reliable(begin: int, end: int, match: list[int], near: int, holes: list[int]) -> list[int]:
    """Printed token indices in [begin, end) whose match has a neighbouring match: near
    on both sides, and with no hole in the transcript between them."""
    hits = [k for k in range(begin, end) if match[k] >= 0]
    if end - begin <= 3:
        return hits  # "No." / "Order." cannot have neighbours
    # close[n]: hits n and n+1 are near each other on both sides
    close = [b - a <= near and abs(match[b] - match[a]) <= near + 1 and holes[match[a]] == holes[match[b]]
             for a, b in zip(hits, hits[1:])]
    return [k for n, k in enumerate(hits) if (n and close[n - 1]) or (n < len(close) and close[n])]


def _place(speech: _Speech, match: list[int], heard: _Heard, options: AlignOptions) -> _Placement | None:
    size = speech.end - speech.begin
    reliable = _reliable(speech.begin, speech.end, match, options.neighbour, heard.holes)
    coverage = len(reliable) / size if size else 0.0
    if speech.spoken_form:
        # "Number six, Mr Speaker" (often heard as "6. Mr Speaker"); most of the Lords' form
        enough = len(reliable) >= max(2, size // 2)
    else:
        enough = coverage >= options.min_coverage or (
            len(reliable) >= options.enough_words and coverage >= options.least_coverage)
    if not reliable or not enough:
        return None
    stray = 0 if speech.spoken_form else _stray_opening(reliable, match, heard, options)
    first, last = reliable[stray], reliable[-1]
    tokens = speech.spoken_form.split() if speech.spoken_form else speech.text
    lead = "" if stray else " ".join(tokens[:first - speech.begin])
    if speech.spoken_form:
        lead = lead.replace("#n", _number_text(speech.qnum))
    return _Placement(heard.owner[match[first]], heard.owner[match[last]], coverage, lead,
                      speech.end - last - 1, stray=stray > 0)


def _stray_opening(reliable: list[int], match: list[int], heard: _Heard, options: AlignOptions) -> int:
    """How many of the first reliable matches are the speech before's unrecorded last
    words ("I am grateful to my hon. Friend for that.") that happen to share the
    record's opening words ("I think my hon. Friend ..."), while the member dropped that
    opening sentence. The signs: the record jumps many words ahead where the heard words
    hardly move, and the pause after the matches is longer than the one before them (the
    speaker changes at the longer one). 0 when the opening is the speech's own."""
    for n in range(1, min(len(reliable), 5)):
        a, b = reliable[n - 1], reliable[n]
        if b - a < 8:
            continue
        first, after, resume = heard.owner[match[reliable[0]]], heard.owner[match[a]], heard.owner[match[b]]
        inside = max((gap(heard.words, w) for w in range(after + 1, resume + 1)), default=0.0)
        if 4 * (match[b] - match[a]) <= b - a and inside >= max(options.pause, gap(heard.words, first)) \
                and len(reliable) - n >= 3 * n:
            return n
        return 0
    return 0


def _number_text(qnum: str | None) -> str:
    return " ".join(number_words(int(qnum))) if qnum and qnum.isdigit() else "one"


def _refine_starts(placements: list[_Placement | None], speeches: list[_Speech], heard: _Heard,
                   options: AlignOptions) -> None:
    """Move each start back over its garbled opening words, never into the speech before."""
    floor = -1
    for placement, speech in zip(placements, speeches):
        if placement is not None:
            _settle_start(placement, floor, heard, options, speech)
            floor = max(floor, placement.end_word)


def _settle_start(placement: _Placement, floor: int, heard: _Heard, options: AlignOptions, speech: _Speech) -> None:
    words, said, name = heard.words, heard.said, speech.name
    w = placement.anchor = placement.start_word
    if placement.lead:
        sentence = 0.0 if speech.spoken_form else say_time(" ".join(placement.lead.split()[:speech.opening]))
        w = _lead_start(w, placement.lead, floor, heard, options, name, sentence)
        if gap(words, w) < options.pause:
            w = _back_to_pause(w, placement.start_word, placement.lead, floor, heard, options, name)
        if w > 0:
            placement.said_at = _said_after_call(w, placement.lead, floor, heard, options, name)
        if w > 0 and placement.said_at is None:
            placement.said_at = said_in_silence(words[w].start - gap(words, w), words[w].start,
                                                words[placement.start_word].start, say_time(placement.lead))
    if not speech.spoken_form and placement.said_at is None:
        w = _earlier_opening(w, speech.text[:4], floor, heard, name)
    if w - 1 > floor and gap(words, w) < options.pause and said[w - 1] and \
            (said[w - 1] == said[w] or said[w - 1] in _FILLERS):
        w -= 1  # "The the making", "er, the making": the speech starts at the repeat
    placement.start_word = w
    placement.paused = gap(words, w) >= options.pause


def _lead_start(anchor: int, lead: str, floor: int, heard: _Heard, options: AlignOptions, name: str,
                sentence: float = 0.0) -> int:
    """The heard stretch before the anchor that reads most like the lead and lasts about
    as long as it would take to say; staying put unless one reads like it at all.
    A pause before the stretch counts for it, a pause inside it against it (that is
    where the chair's call or the last speech ended), and the chair calling the
    speaker's name is never part of the speech. A member may drop whole sentences, not
    half of one: a stretch far shorter than the lead's first sentence (`sentence`
    seconds to say) is more likely the speech before's last words ("I am grateful to
    my hon. Friend for that." before "I think my hon. Friend has managed to merge three
    questions into one: ...") than that sentence."""
    words = heard.words
    expected = say_time(lead)
    best, best_score = anchor, 0.45 + (0.08 if gap(words, anchor) >= options.pause else 0.0)
    lowest = max(floor + 1, anchor - 2 * min(len(lead.split()), 40) - 3)
    pauses_inside = 0
    for w in range(anchor - 1, lowest - 1, -1):
        if calls(name, heard.said[w:w + len(name.split())]):
            break
        pauses_inside += gap(words, w + 1) >= 2 * options.pause
        stretch = _FILLER_WORDS.sub("", " ".join(heard.said[w:anchor])).strip()
        if lead.startswith("number ") and stretch[:1] and not stretch.startswith("number"):
            stretch = "number " + stretch  # Whisper writes "Number one" as "1."
        score = (_opening_similarity(lead, stretch)
                 + (0.08 if gap(words, w) >= options.pause else 0.0) - 0.1 * pauses_inside
                 - 0.1 * max(0.0, words[anchor].start - words[w].start - expected - 0.5)
                 - (0.2 if words[anchor].start - words[w].start < 0.4 * sentence else 0.0))
        if score > best_score:
            best, best_score = w, score
    return best


def _earlier_opening(start: int, opening: list[str], floor: int, heard: _Heard, name: str) -> int:
    """The start matches the record's first word, but the global pass may have paired it
    with a later copy: "That is nonsense. And I will come to that in a moment." Or the
    opening was heard a little wrong and an aside followed it ("Well, my right horn,
    that is the point, friend accept ..."). Move back to the nearest earlier heard run
    that says more of the opening (word for word, or sounding the same), within the
    same few seconds, never into the speech before nor into the chair's call."""
    def said_of_opening(w: int) -> int:
        tokens = " ".join(heard.said[w:w + len(opening)]).split()
        return next((k for k, (a, b) in enumerate(zip(tokens, opening)) if a != b and _sound(a) != _sound(b)),
                    min(len(tokens), len(opening)))
    best, best_said = start, said_of_opening(start)
    for w in range(start - 1, max(floor, start - 25), -1):
        if heard.words[start].start - heard.words[w].start > 8.0 or calls(name, heard.said[w:w + len(name.split())]):
            break
        found = said_of_opening(w)
        if found >= max(2, best_said + 1):
            best, best_said = w, found
    return best


@lru_cache(maxsize=1 << 16)
def _sound(token: str) -> str:
    return sound_key([token])


def _said_after_call(w: int, lead: str, floor: int, heard: _Heard, options: AlignOptions,
                     name: str) -> float | None:
    """When the opening was said in a silence right after the chair called the member, but
    not heard (a greeting in Irish, "Go raibh maith agat, a Cheann Comhairle", to an
    English model): a member starts within a second or so of being called, so a longer
    silence between the call and the first heard word held the opening. The start is
    the time it takes to say before the first heard word, not before the call ended;
    None if the call is not what comes just before word w, or the silence is short."""
    words, size = heard.words, len(name.split())
    if not size or w - size <= floor or not calls(name, heard.said[w - size:w]) \
            or call_end(name, heard.said, w - size) != w:
        return None
    called = words[w - 1].end - excess(words[w - 1])
    first = onset(words, w)
    if first - called <= options.after_call:
        return None
    return max(called + options.call_pause, first - say_time(lead))


def _back_to_pause(start: int, anchor: int, lead: str, floor: int, heard: _Heard, options: AlignOptions,
                   name: str) -> int:
    """The speech's opening words were heard, but as nothing like the record (an Irish
    greeting, a garbled name). A speaker starts after a pause, so walk back over the
    heard words that run on without one into the anchor, as far as the lead could take
    to say (counted from the first matched word, the anchor); stay at `start` if no
    pause is that near, and stop after the chair's call."""
    words, size = heard.words, len(name.split())
    earliest = words[anchor].start - (2.5 * say_time(lead) + 1.0)
    w = start
    while gap(words, w) < options.pause:
        if w - 1 <= floor:
            return start
        if size and calls(name, heard.said[w - 1:w - 1 + size]):
            return min(start, call_end(name, heard.said, w - 1))
        if words[w - 1].start < earliest:
            return start
        w -= 1
    return w


def _opening_similarity(lead: str, heard: str) -> float:
    """How much `heard` sounds like the opening of `lead` (0..1). Members drop sentences,
    so a heard stretch shorter than the lead is compared with the lead's beginning;
    one longer than the lead has extra words, which counts against it."""
    n = min(len(lead), len(heard))
    if n == 0:
        return 0.0
    return fuzz.ratio(lead[:n], heard[:n]) / 100 * min(1.0, len(lead) / len(heard)) ** 0.5


def _second_chance(placements: list[_Placement | None], speeches: list[_Speech], heard: _Heard,
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
            if found is not None and speech.spoken_form:
                found = _take_back_read_words(index, found, speeches, placements, heard, vocabulary, options)
        if found is None and (speech.spoken_form == _QUESTION_FORM or speech.qnum):
            found = _said_by_number(floor, ceiling, heard, options)
        if found is None:
            found = _after_its_call(speech, floor, ceiling, heard, vocabulary, options)
        if found is not None:
            _settle_start(found, floor, heard, options, speech)
            placements[index] = found


def _take_back_read_words(index: int, found: _Placement, speeches: list[_Speech],
                          placements: list[_Placement | None], heard: _Heard, vocabulary: dict[str, int],
                          options: AlignOptions) -> _Placement:
    """A question read out in full ("To ask Her Majesty's Government what steps ... high
    alcohol content wines") although the global pass looked only for its spoken form:
    the next speech may have taken its last words ("high alcohol" is in the answer
    too). Searched again up to the end of the next speech, the question may run on
    over them; then the next speech is placed again after it, and kept there if it
    still matches about as well. Otherwise `found` stands."""
    following = next((k for k in range(index + 1, len(speeches)) if placements[k] is not None), None)
    if following is None:
        return found
    taken = placements[following]
    wide = _local(speeches[index].text, found.start_word - 1, taken.end_word + 1, heard, vocabulary, options)
    if wide is None or wide.start_word != found.start_word or wide.end_word < taken.start_word:
        return found
    shape = speeches[following]
    ceiling = next((p.start_word for p in placements[following + 1:] if p is not None), len(heard.words))
    again = _local(shape.spoken_form.split() or shape.text, wide.end_word, ceiling, heard, vocabulary, options,
                   shape.qnum)
    if again is None or again.coverage < 0.8 * taken.coverage:
        return found
    _settle_start(again, wide.end_word, heard, options, shape)
    placements[following] = again
    return wide


def _local(tokens: list[str], floor: int, ceiling: int, heard: _Heard, vocabulary: dict[str, int],
           options: AlignOptions, qnum: str | None = None) -> _Placement | None:
    """Align `tokens` with the heard words strictly between floor and ceiling."""
    lo, hi = bisect.bisect_right(heard.owner, floor), bisect.bisect_left(heard.owner, ceiling)
    if hi <= lo or not tokens:
        return None
    printed = [vocabulary.setdefault(t, len(vocabulary)) for t in tokens]
    match = [j + lo if j >= 0 else -1 for j in _match(printed, heard.ids[lo:hi], local=True)]
    reliable = _reliable(0, len(printed), match, options.neighbour, heard.holes)
    coverage = len(reliable) / len(printed)
    if not reliable or coverage < options.local_coverage:
        return None
    lead = " ".join(tokens[:reliable[0]]).replace("#n", _number_text(qnum))
    return _Placement(heard.owner[match[reliable[0]]], heard.owner[match[reliable[-1]]], coverage, lead,
                      len(printed) - reliable[-1] - 1)


def _sounds_alike(placements: list[_Placement | None], speeches: list[_Speech], heard: _Heard,
                  options: AlignOptions) -> None:
    """Short speeches still unplaced, looked for by sound between their placed neighbours.
    A few words heard wrong leave a short speech no two matches in a row ("We will
    declare a ceasefire on that for now." heard as "Where you know we'll be clear as
    he's far on that far out."), but most of its sounds are there. Each run of one to
    three utterances between the neighbours, not the chair's call, is compared by
    sound_key; only a close likeness in about the time the words take to say places
    the speech, so an unspoken item, which sounds like nothing heard there, stays
    missing. Tabled questions are not said as printed: _said_by_number looks for them."""
    for index, speech in enumerate(speeches):
        if placements[index] is not None or speech.spoken_form \
                or not options.fewest_sounds <= len(speech.text) <= options.short_speech:
            continue
        floor = max((p.end_word for p in placements[:index] if p is not None), default=-1)
        ceiling = next((p.start_word for p in placements[index + 1:] if p is not None), len(heard.words))
        runs = [run for run in _utterances(heard.words, floor + 1, ceiling, options.pause)
                if not calls(speech.name, heard.said[run[0]:run[1] + 1])]
        printed, expected = sound_key(speech.text), say_time(" ".join(speech.text))
        best, best_score = None, options.sounds_alike
        for n, (first, _) in enumerate(runs):
            for last in (run[1] for run in runs[n:n + 3] if run[1] < runs[n][0] + 3 * len(speech.text)):
                took = heard.words[last].end - heard.words[first].start
                if not 0.5 * expected <= took <= 2.0 * expected + 0.5:
                    continue
                score = fuzz.ratio(printed, sound_key(heard.said[first:last + 1])) / 100
                if score > best_score:
                    best, best_score = (first, last), score
        if best is not None:
            placements[index] = _Placement(best[0], best[1], 0.0, "",
                                           paused=gap(heard.words, best[0]) >= options.pause)


def _after_its_call(speech: _Speech, floor: int, ceiling: int, heard: _Heard, vocabulary: dict[str, int],
                    options: AlignOptions) -> _Placement | None:
    """A speech of which only a little was heard, or said only in part ("10. (AQO
    225/10)" for a whole printed question), right after the chair called its speaker:
    a called member speaks next, so the call and a few of the speech's words heard in
    order after it place the speech, at the first word after the call."""
    size = len(speech.name.split())
    if not size or not speech.text:
        return None
    for w in range(floor + 1, ceiling - size):
        if calls(speech.name, heard.said[w:w + size], whole=True):
            start = call_end(speech.name, heard.said, w)
            found = _local(speech.text, start - 1, ceiling, heard, vocabulary, replace(options, local_coverage=0.0))
            if found is None or len(speech.text) * found.coverage < 3 or found.start_word > start + 10:
                return None  # too little heard, or not soon after the call
            return _Placement(start, found.end_word, found.coverage, "", found.trail)
    return None


def _said_by_number(floor: int, ceiling: int, heard: _Heard, options: AlignOptions) -> _Placement | None:
    """The short stretch in (floor, ceiling), one to three utterances, that sounds most
    like "Number N, Mr Speaker" (Whisper spreads a misheard one over several)."""
    runs = _utterances(heard.words, floor + 1, ceiling, options.pause)
    best, best_score = None, 0.0
    for n, (first, _) in enumerate(runs):
        for last in (run[1] for run in runs[n:n + 3]):
            score = _number_form_score(heard.said[first:last + 1])
            if score > best_score:
                best, best_score = (first, last), score
    if best is None or best_score < 0.45:
        return None
    return _Placement(best[0], best[1], best_score * 0.5, "")


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


def _confidence(placement: _Placement) -> float:
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


def _timings(speeches: list[Speech], shapes: list[_Speech], placements: list[_Placement | None],
             heard: _Heard, options: AlignOptions) -> list[SpeechTiming]:
    words = heard.words
    starts = [None if p is None else p.said_at if p.said_at is not None
              else onset(words, p.start_word, max(p.start_word, p.end_word)) for p in placements]
    guessed = _unheard(shapes, placements, starts, words)
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
            timings.append(SpeechTiming(speech.id, speech.speaker, None, None, 0.9, "missing", speech.text))
            continue
        following = next((s for s in starts[index + 1:] if s is not None), None)
        end = words[_last_word(placement, words, following)].end
        if following is not None and end > following:
            end = max(starts[index], following)
        timings.append(SpeechTiming(speech.id, speech.speaker, float(starts[index]), float(end),
                                    _confidence(placement), "matched", speech.text))
    return timings


UNHEARD_CONFIDENCE = 0.15  # placed in the silence between its neighbours, not heard


def _openings_heard_as_noise(shapes: list[_Speech], placements: list[_Placement | None],
                             starts: list[float | None], guessed: dict[int, tuple[float, float]],
                             heard: _Heard, options: AlignOptions) -> None:
    """Starts whose opening words were heard as nothing like them ("Here. Here." over
    "May I bring to my hon. Friend's attention ..."), so that neither a likeness nor a
    silence placed them: the start is still short of the opening, far less was heard
    before the first matched word than saying it takes. The recogniser still wrote
    something where the opening was said, so the start is the heard utterance (a word
    after a pause) that begins about that long before the first matched word, if one is
    that near; never before the end of the speech before (placed, or put in a silence
    by _unheard), nor at or before the chair's call. After _unheard, which took the
    unrefined start as the end of its room: the start only moves back within that room,
    after the speeches put in it."""
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
                    _call_at(name, w, heard):
                break
            if gap(words, w) >= pause and abs(words[w].start - wanted) <= near and \
                    (best is None or abs(words[w].start - wanted) < abs(words[best].start - wanted)):
                best = w
        if best is not None:
            placement.start_word, placement.timed = best, True
            placement.paused = True
            starts[index] = onset(words, best)


def _unheard(shapes: list[_Speech], placements: list[_Placement | None], starts: list[float | None],
             words: list[Word]) -> dict[int, tuple[float, float]]:
    """(start, end) for the unplaced speeches that fit, as a run, in the time between
    their placed neighbours (linker/unheard.py). Stage directions are never said."""
    guessed: dict[int, tuple[float, float]] = {}
    placed = [k for k, p in enumerate(placements) if p is not None]
    for before, after in zip(placed, placed[1:]):
        run = [k for k in range(before + 1, after) if shapes[k].text]
        if not run:
            continue
        last = words[_last_word(placements[before], words, starts[after])]
        begin = last.end - excess(last)  # Whisper stretches the last word over the silence
        durations = [say_time(shapes[k].spoken_form.replace("#n", _number_text(shapes[k].qnum))
                               or " ".join(shapes[k].text)) for k in run]
        fitted = fit_unheard(begin, starts[after], durations)
        if fitted is not None:
            guessed.update((k, (s, s + d)) for k, s, d in zip(run, fitted, durations))
    return guessed


def _last_word(placement: _Placement, words: list[Word], following: float | None) -> int:
    """The last matched word, then on over as many heard words as the record has words
    after it (misheard closing words), up to a pause or the next speech."""
    w = max(placement.end_word, placement.start_word)
    for _ in range(placement.trail):
        if w + 1 >= len(words) or gap(words, w + 1) >= 0.45 or \
                (following is not None and words[w + 1].start >= following):
            break
        w += 1
    return w
