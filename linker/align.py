"""Place every record speech on the transcript's timeline.

Steps 1 to 3 are here, with linker/matching.py pairing the tokens; the shapes the steps
hand each other (options, a speech's tokens, its placement, the heard words) are in
linker/shapes.py.

1. Both sides become tokens (normalize.py) and integer ids; one global Levenshtein
   alignment of the whole sitting (rapidfuzz, bit-parallel) pairs record tokens
   with heard tokens. Words Whisper wrote a second time in no time are left out.
2. Per speech, only matches that agree with a neighbouring match count ("reliable"):
   isolated hits on common words are how an unspoken speech would otherwise get
   placed somewhere plausible; matches either side of a hole in the transcript (a
   silence over 5 s) do not support each other. Too few reliable matches -> "missing".
3. Runs of speeches placed poorly are aligned again on their own (longest common
   subsequence) against what was heard between their well-placed neighbours; a speech
   of a few words placed on words with others between them is placed poorly. Of
   equally good pairings of a speech, the one that begins latest, nearest the rest
   of it, is taken. Where the same words make consecutive speeches ("My Lords—", "My
   Lords—"), the heard copy goes to the member the chair called just before it; a
   passage in two consecutive speeches, heard once, to the one it covers better.
4. (linker/starts.py) Each start is refined locally: the record words before the
   first reliable match were misheard, so the start moves back to the heard stretch
   that reads most like them, preferring a pause, never into the speech before nor
   into the chair's call (recognised by its sound too: "Lord Faucet of Dremelion");
   failing that, back over the unmatched words that run on into the first match, to
   the pause before them. First matches that are the speech before's unrecorded last
   words (a longer pause after them, the record jumping ahead) are not the start
   (here, when placing). An opening said in a silence the recogniser left (a long one,
   or one longer than the usual pause after the chair's call) starts the time it takes
   to say before the first heard word; one heard as noise ("Here.") starts at the
   heard utterance about that long before (linker/results.py, once step 7 has timed
   the unheard speeches).
5. (linker/search.py) Tabled questions ("What steps he is taking to ...") are printed
   but rarely said: the member says "Number six, Mr Speaker." So the global pass looks
   only for that spoken form; a question read out in full, or a misheard "Number six",
   is found afterwards in the stretch between its placed neighbours (taking back its
   last words from the answer if it was read in full). A numbered question not in the
   tabled form (a topical question) is asked in full. A speech of which a few words
   were heard right after its member's call is placed after the call.
6. (linker/search.py) A short speech still unplaced is looked for by sound
   (normalize.sound_key) between its placed neighbours: "We will declare a ceasefire"
   heard as "we'll be clear as he's far" keeps few words but most sounds.
7. (linker/results.py) A speech of which nothing was heard goes in the silence
   between its neighbours if that silence can hold it (linker/unheard.py), with low
   confidence. The placements become SpeechTimings there.
8. (linker/listened.py) Given the audio, an opening that may have been said in the
   silence before a speech's first heard word is listened for there, and a speech
   still unplaced between its timed neighbours: its opening words must be about as
   likely there as what Whisper writes by itself (transcriber/listen.py).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from itertools import accumulate
from typing import TYPE_CHECKING, Callable

from rapidfuzz import fuzz

from linker.chair import call_at, call_just_before, calls
from linker.listened import (LISTENED_CONFIDENCE, Listen, anyone_speaks, listen_between, listen_for_irish,
                             listen_for_opening)
from linker.matching import latest_start, match_tokens, paired_count, reliable_hits
from linker.model import Record, Speech, SpeechTiming
from linker.normalize import SENTENCE_END, irish_opening, sound_key, tokenize_words
from linker.results import MISSING_CONFIDENCE, speech_timings
from linker.search import second_chance, sounds_alike
from linker.shapes import QUESTION_FORM, AlignOptions, Heard, Placement, PrintedSpeech, number_text
from linker.starts import LISTEN_FOR_LEAD, call_alone, opening_similarity, refine_starts
from linker.timing import excess, gap, onset, say_time, utterance_after, utterance_first
from linker.unheard import unheard_part
if TYPE_CHECKING:  # the linker needs only .words() with .start/.end/.word: no transcriber import
    from transcriber.transcript import Transcript, Word

# How a tabled oral question begins ("To ask ..." is a written one, never said).
_TABLED = re.compile(r"^(What|If|How|When|Whether|Which|Who)\b")
# Record items that describe rather than report: nobody says them aloud.
_NEVER_SAID = re.compile(r"^(?:(?:indicated (?:dissent|assent)|rose|\[[^\]]*\])\W*"
                         r"|The [^.?!]{0,80} was asked\s*[—–-])$", re.I)
_LORDS_FORM = "my lords i beg leave to ask the question standing in my name on the order paper"


def align(transcript: Transcript, record: Record, options: AlignOptions | None = None,
          listen: Listen | None = None) -> list[SpeechTiming]:
    """One SpeechTiming per record speech, in record order. With `listen` (whoever has
    the audio: transcriber.listen.Listener.find), an opening the transcript lacks is
    listened for in the silence before the speech, and a speech still unplaced between
    its neighbours (step 8)."""
    options = options or AlignOptions()
    vocabulary: dict[str, int] = {}
    heard = _heard(transcript, vocabulary)
    speeches, printed = _printed(record.speeches, vocabulary)
    match = match_tokens(printed, heard.ids)
    placements = [_place(s, match, heard, options) for s in speeches]
    _repair_weak_runs(placements, speeches, printed, match, heard, options)
    if _short_speeches_whole(placements, speeches, match, heard, options):  # its neighbours were paired around it
        _repair_weak_runs(placements, speeches, printed, match, heard, options)
    _openings_beside_the_rest(placements, speeches, printed, match, heard, options)
    _loose_close_gives_way(placements, speeches, printed, match, heard, options)
    _openings_paired_again(placements, speeches, printed, match, heard, options)
    _credit_the_called(placements, speeches, heard)
    _passage_read_twice(placements, speeches, printed, match, heard, options)
    _closes_end_at_the_next_call(placements, speeches, match, heard, options)
    refine_starts(placements, speeches, heard, options)
    second_chance(placements, speeches, heard, vocabulary, options)
    sounds_near = sounds_alike(placements, speeches, heard, options)
    _short_speeches_in_other_words(placements, speeches, heard, options.pause)
    timings = speech_timings(record.speeches, speeches, placements, heard, options)
    if listen is not None:
        _listen_for_openings(timings, placements, record.speeches, speeches, heard.words, listen, heard.lost_after)
        _add_listened(timings, placements, record.speeches, speeches, listen, transcript.duration, sounds_near)
    return timings


def _listen_for_openings(timings: list[SpeechTiming], placements: list[Placement | None], record: list[Speech],
                         speeches: list[PrintedSpeech], words: list[Word], listen: Listen,
                         lost_after: frozenset[int]) -> None:
    """Starts whose opening may have gone unheard in the silence before the first heard
    word (step 4 noted the silence) move to where listening hears it, never before the
    end of the speech before. An opening the pauses put in the silence (said_in_silence)
    that listening does not hear there was dropped by the member, who paused a little
    longer than usual: the start is the first heard word, unless the silence is far
    longer than such a pause (then the opening more likely went unheard in it) and
    someone does speak in it (no one did in the 19 s before "When my horn might not be
    a well model", where the pauses put 27 s of dropped sentences)."""
    previous_end: float | None = None
    for k, (timing, placement) in enumerate(zip(timings, placements)):
        if timing.start is not None and placement is not None and placement.silence is not None \
                and not placement.timed:
            begin, end = placement.silence
            after = max(begin, previous_end or 0.0)
            if speeches[k].irish:
                unheard = unheard_part(say_time(placement.lead), end, words[placement.anchor].start)
                found = listen_for_irish(record[k], after, end, unheard, listen)
            else:
                found = listen_for_opening(record[k], speeches[k], after, end, listen)
            if found is None and placement.said_at is not None and (
                    end - begin < DROPPED_PAUSE or not anyone_speaks(after, end, listen, LISTEN_FOR_LEAD)):
                found = onset(words, placement.start_word, max(placement.start_word, placement.end_word))
            if found is not None:
                timings[k] = replace(timing, start=found, end=max(found, timing.end or found))
        elif timing.start is not None and placement is not None and previous_end is not None and \
                _opening_unaccounted(placement):
            found = listen_for_opening(record[k], speeches[k], previous_end, timing.start, listen)
            if found is not None and found <= timing.start - LISTEN_FOR_LEAD:
                timings[k] = replace(timing, start=found)
        elif timing.start is not None and placement is not None and previous_end is not None and \
                _written_out_of_time_after_a_silence(words, placement.start_word, lost_after):
            found = listen_for_opening(record[k], speeches[k], previous_end, timing.start, listen)
            # Said after the word Whisper wrote before it (not in a call heard there), and
            # listened for from the speech before's end, in quiet: a stretch that begins
            # within a sound is taken to start with it.
            if found is not None and words[placement.start_word - 1].end <= found < timing.start:
                timings[k] = replace(timing, start=found)
        if timings[k].end is not None:
            previous_end = timings[k].end


UNTIMED = 0.02  # seconds: a word Whisper wrote lasting less than this has no time of its own


def _written_out_of_time_after_a_silence(words: list[Word], w: int, lost_after: frozenset[int]) -> bool:
    """Whether heard word w follows a silence that could hold it, and Whisper wrote it
    with no time of its own, at the silence's end rather than where it was said ("object,"
    at 44.39 s, said at 41.84 s, after the "object," at 40.49 s of the member before), or
    wrote a run of timeless words right after it, having lost track of time ("My [89.90]
    Lord, here, here, here, here. Lord, look" after 7.5 s of nothing, for Lord Lawson's
    "My Lords—" said at 85.50 s). Listening can tell where in the silence it was said."""
    untimed = words[w].end - words[w].start < UNTIMED or w in lost_after
    return w > 0 and untimed and words[w].start - words[w - 1].end >= LISTEN_FOR_LEAD


def _opening_unaccounted(placement: Placement) -> bool:
    """Whether the speech starts at its first matched word though the record has words
    before it that take a while to say (LISTEN_FOR_LEAD), which no heard stretch or
    silence before it was taken for: the member dropped them, or Whisper wrote them as
    something else entirely ("I am grateful to my honorable friend for that," with
    "grateful" stretched over "As I mentioned, we are not the lead Department on this
    matter."). Listening can tell which."""
    return bool(placement.lead) and placement.start_word == placement.anchor and placement.said_at is None \
        and not placement.timed and say_time(placement.lead) >= LISTEN_FOR_LEAD


GUESS_SLACK = 1.0  # seconds either side of a guess from the pauses where someone must speak to keep it


def _add_listened(timings: list[SpeechTiming], placements: list[Placement | None], record: list[Speech],
                  speeches: list[PrintedSpeech], listen: Listen, media_end: float,
                  sounds_near: dict[int, tuple[float, float]]) -> None:
    """Speeches without a time, or with one only the pauses guessed (no heard word placed
    them: George Young's "May I ask the Leader of the House to give us the business for
    next week?", put in the middle of the 6 s Whisper wrote nothing in, 2.3 s early),
    listened for between their neighbours; a guess stays where listening hears nothing.
    `sounds_near`: where heard words sound somewhat like a speech (search.sounds_alike)."""
    timed = {k: (t.start, t.end) for k, (t, p) in enumerate(zip(timings, placements))
             if t.start is not None and t.end is not None and p is not None}
    heard = listen_between(record, speeches, timed, listen, media_end, sounds_near)
    for k, (start, end) in heard.items():
        speech = record[k]
        timings[k] = SpeechTiming(speech.id, speech.speaker, start, end, LISTENED_CONFIDENCE, "matched",
                                  speech.text)
    starts = [t.start for t in timings]
    for k, timing in enumerate(timings):
        if timing.start is None or k in heard or k in timed:
            continue
        before = max((s for s in starts[:k] if s is not None), default=None)
        after = min((s for s in starts[k + 1:] if s is not None), default=None)
        past = (before is not None and before > timing.start) or (after is not None and after < timing.start)
        # A guess listening put another speech of its run past: the pauses were wrong about
        # it. Or no one speaks within GUESS_SLACK of it: an unsaid intervention put in a
        # long silence ("Will the right hon. Gentleman give way?", 10 s of it between the
        # speech it would have cut short and the reply).
        end = max(timing.start, timing.end or timing.start)
        if past or not anyone_speaks(timing.start - GUESS_SLACK, end + GUESS_SLACK, listen, 0.0):
            timings[k] = replace(timing, start=None, end=None, confidence=MISSING_CONFIDENCE, status="missing")


def _heard(transcript: Transcript, vocabulary: dict[str, int]) -> Heard:
    written = [w for w in transcript.words() if w.word.strip()]
    words = _timed_words(written)
    # Whisper's " word" stripped is the record's "word": one tokenizer cache serves both.
    tokens, owners = tokenize_words([w.word.strip() for w in words])
    said = [""] * len(words)
    for token, owner in zip(tokens, owners):
        said[owner] = f"{said[owner]} {token}" if said[owner] else token
    # A hole: a silence (with what Whisper stretched over it) too long to be inside a
    # sentence ("following the ... first" with "the" lasting 12.7 s over lost speech).
    # gap() adds at most the two words' lengths to the silence: most pairs are too close.
    opens = [0] + [1 if b.end - a.start > HOLE and gap(words, w) > HOLE else 0
                   for w, (a, b) in enumerate(zip(words, words[1:]), 1)]
    before = list(accumulate(opens))
    return Heard(words, [vocabulary.setdefault(t, len(vocabulary)) for t in tokens], owners, said,
                  [before[owner] for owner in owners], _lost_after(written, words))


def _lost_after(written: list[Word], kept: list[Word]) -> frozenset[int]:
    """The kept words after which Whisper wrote timeless words that were dropped: it lost
    track of time there, so the kept word's own time is not to be trusted either."""
    if len(kept) == len(written):
        return frozenset()
    kept_at = {id(word): n for n, word in enumerate(kept)}
    lost, last = set(), -1
    for word in written:
        if id(word) in kept_at:
            last = kept_at[id(word)]
        elif last >= 0 and word.end - word.start < UNTIMED:
            lost.add(last)
    return frozenset(lost)


DROPPED_PAUSE = 12.0  # seconds: the longest pause before a member who dropped the opening sentence
STRAY_OPENING = 5  # tokens: the speech before's last words can share only the record's first few
HOLE = 5.0  # seconds: matches either side of a longer silence are not neighbours
COLLAPSED = 6  # this many words in a row without length: a repeat Whisper wrote with no time
OUT_OF_ORDER = 3  # a word that starts after one of the next this many is out of place


def _timed_words(words: list[Word]) -> list[Word]:
    """The words without runs of COLLAPSED or more that all last no time: Whisper writes a
    block it has already written ("Paul Goodman, as the Minister has said, I am happy to
    meet him ...") again, squeezed into one instant. Such words say nothing of when
    anything was said, and the copy would pair with the record as well as the original.
    Nor words that start later than one of the few after them."""
    instants = [n for n, word in enumerate(words) if word.end - word.start < UNTIMED]
    dropped: set[int] = set()
    first = 0
    for k in range(1, len(instants) + 1):
        if k == len(instants) or instants[k] != instants[k - 1] + 1:  # a run ends at k - 1
            if k - first >= COLLAPSED:
                dropped.update(instants[first:k])
            first = k
    # A word placed after words that follow it ("Here, [1984.1] here. [1976.4] responsibility"):
    # where it was said is unknown, and its time would put a pause in the wrong place.
    starts = [word.start for word in words]
    backwards = [n for n, (a, b) in enumerate(zip(starts, starts[1:])) if b < a - 0.01]  # rare: look only there
    dropped.update(n for d in backwards for n in range(max(0, d - OUT_OF_ORDER + 1), d + 1)
                   if min(starts[n + 1:n + 1 + OUT_OF_ORDER]) < starts[n] - 0.01)
    dropped.update(_repeated_after_a_hole(words))
    return [word for n, word in enumerate(words) if n not in dropped] if dropped else words


REPEAT_WORDS = 2  # a phrase of at least this many words, written again after a hole, is Whisper looping
REPEAT_MOST = 12  # ... and at most this many


def _repeated_after_a_hole(words: list[Word]) -> list[int]:
    """The words after a silence longer than HOLE that repeat, word for word, the
    phrase just before it (REPEAT_WORDS to REPEAT_MOST words, the longest that does):
    "Please, Scott. [20 s] Please, Scott." over Lee Scott's unheard opening. Whisper
    writes the last thing it heard again when it hears nothing it can write; the chair
    does not call a member twice with nothing between, and the copy's time is nobody's."""
    def text(word: Word) -> str:
        return word.word.strip().strip(".,?!;:").lower()
    dropped: list[int] = []
    for n in range(1, len(words)):
        if words[n].start - words[n - 1].end <= HOLE:
            continue
        size = next((size for size in range(min(REPEAT_MOST, n), REPEAT_WORDS - 1, -1)
                     if [text(w) for w in words[n - size:n]] == [text(w) for w in words[n:n + size]]), 0)
        dropped.extend(range(n, n + size))
    return dropped


def _spoken_form(speech: Speech) -> str:
    """What a member says instead of reading a tabled question out ("" if not one)."""
    text = speech.text.strip()
    if text.startswith(("To ask Her Majesty", "To ask His Majesty")):
        return _LORDS_FORM
    # A numbered question not in the tabled form ("Pursuant to the Secretary of State's
    # opening comments, ...") is a topical question, asked in full.
    if _TABLED.match(text) and (speech.oral_qnum or len(text.split()) < 45):
        return QUESTION_FORM
    return ""


def _printed(speeches: list[Speech], vocabulary: dict[str, int]) -> tuple[list[PrintedSpeech], list[int]]:
    """Each speech's global tokens (a tabled question: only its spoken form), as ids."""
    out: list[PrintedSpeech] = []
    ids: list[int] = []
    for speech in speeches:
        text, owners = ([], []) if _NEVER_SAID.match(speech.text.strip()) else tokenize_words(speech.text.split())
        form = _spoken_form(speech) if text else ""
        tokens = form.split() if form else text
        ids.extend([vocabulary.setdefault(t, len(vocabulary)) for t in tokens])
        name = " ".join(tokenize_words(speech.speaker.split())[0])
        sentences = tuple(bisect.bisect_left(owners, words) for words in _words_before_sentences(speech.text))
        irish = len(tokenize_words(irish_opening(speech.text).split())[0]) if text and not form else 0
        out.append(PrintedSpeech(len(ids) - len(tokens), len(ids), text, form, speech.oral_qnum, name, sentences,
                                 irish=irish))
    for this, following in zip(out, out[1:]):
        this.next_name = following.name if following.name != this.name else ""
    return out, ids


def _words_before_sentences(text: str) -> list[int]:
    """How many words come before each sentence after the first (counted piece by piece:
    a sentence end is followed by a word's start, and a long speech has many)."""
    counts, words, done = [], 0, 0
    for end in SENTENCE_END.finditer(text):
        words += len(text[done:end.end()].split())
        done = end.end()
        counts.append(words)
    return counts


def _repair_weak_runs(placements: list[Placement | None], speeches: list[PrintedSpeech], printed: list[int],
                      match: list[int], heard: Heard, options: AlignOptions) -> None:
    """Align again, on their own, each run of speeches the global pass placed poorly or
    not at all, against what was heard between the well-placed speeches around them.
    The global pass substitutes words as readily as it pairs them, so an unspoken speech
    or a stretch of presenter talk can pull its neighbours off course."""
    strong = [p is not None and p.coverage >= options.strong_coverage and not _in_pieces(p, s, heard)
              for p, s in zip(placements, speeches)]
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
        local = match_tokens(printed[begin:stop], heard.ids[lo:hi], local=True) if hi > lo else [-1] * (stop - begin)
        match[begin:stop] = [j + lo if j >= 0 else -1 for j in local]
        for k in range(index, end):
            placements[k] = _place(speeches[k], match, heard, options)
        index = end


def _openings_beside_the_rest(placements: list[Placement | None], speeches: list[PrintedSpeech],
                              printed: list[int], match: list[int], heard: Heard, options: AlignOptions) -> None:
    """A speech's words may pair as well with heard words after its first pairing as
    from it: "I give an absolute assurance that I will do that." with "I am grateful
    to my hon. Friend for that. I give you a note ... I will do" pairs "I ... that I will
    do" and "I give ... I will do" alike. A member says a speech in one go, so the
    pairing that begins latest, nearest the rest, is theirs; the earlier words were the
    speech before's (here its unrecorded last sentence). Both passes before this pick
    the earliest of equal pairings. Only when the later pairing ends where the first
    did: a speech's few words ("My Lords—") may pair as well with the next speech's.
    Looked for when the first few pairings jump: also where the first two run on ("we
    will" of the presenter's "we will be following them here", 10 s before "We will
    declare a ceasefire on that for now.")."""
    ceilings, ceiling = [0] * len(placements), len(heard.words)
    for index in range(len(placements) - 1, -1, -1):
        ceilings[index] = ceiling
        ceiling = placements[index].start_word if placements[index] is not None else ceiling
    floor = -1
    for index, (placement, speech, ceiling) in enumerate(zip(placements, speeches, ceilings)):
        if placement is None:
            continue
        lo, hi = bisect.bisect_right(heard.owner, floor), bisect.bisect_left(heard.owner, ceiling)
        paired = [m for m in match[speech.begin:speech.end] if lo <= m < hi]
        if any(b > a + 1 for a, b in zip(paired, paired[1:SURE_RUN])):  # most openings are heard in one go
            latest = _latest_pairing(printed[speech.begin:speech.end], heard.ids, lo, hi, paired)
            if latest is not None:
                match[speech.begin:speech.end] = latest
                placements[index] = placement = _place(speech, match, heard, options)
        if placement is not None:
            floor = max(floor, placement.end_word)


def _openings_paired_again(placements: list[Placement | None], speeches: list[PrintedSpeech],
                           printed: list[int], match: list[int], heard: Heard, options: AlignOptions) -> None:
    """A speech's opening words pair again, on their own, with what was heard between
    the speech before's last sure pairing and the speech's first. The global pass
    substitutes words as readily as it pairs them, so the speech before's unheard
    closing sentence can take those heard words, and one chance pairing in them ("to"
    of "... access to our markets ..." with "come to" in "It's in exactly as my right
    on, and I will come to him in a moment, friend is saying") leaves the opening's
    "exactly as my right" unpaired. The speech is placed again from the new pairing
    when that starts it earlier with SURE_RUN words paired in a row (a word or two of
    the opening pair by chance with the speech before's words as readily)."""
    floor = -1
    for index, (placement, speech) in enumerate(zip(placements, speeches)):
        if placement is not None and not placement.stray and not speech.spoken_form:
            lead = _before_the_first_run(match, speech.begin + len(placement.lead.split()), speech.end) - speech.begin
            lo = bisect.bisect_right(heard.owner, floor)
            hi = bisect.bisect_left(heard.owner, heard.owner[match[speech.begin + lead]])
            if hi - lo >= 2 and lead >= 2:
                local = match_tokens(printed[speech.begin:speech.begin + lead], heard.ids[lo:hi], local=True)
                before = match[speech.begin:speech.begin + lead]
                match[speech.begin:speech.begin + lead] = [j + lo if j >= 0 else -1 for j in local]
                placed = _place(speech, match, heard, options)
                if placed is not None and placed.start_word < placement.start_word and \
                        _run_at(match, speech.begin + len(placed.lead.split())) >= SURE_RUN:
                    placements[index] = placement = placed
                else:
                    match[speech.begin:speech.begin + lead] = before
        if placement is not None:
            floor = max(floor, placement.end_word)


SURE_RUN = 3  # record words paired one after another with heard words one after another


def _before_the_first_run(match: list[int], first: int, end: int) -> int:
    """The first record token from `first` on that begins SURE_RUN pairings in a row
    (`first` when none does)."""
    return next((k for k in range(first, end - SURE_RUN + 1) if _run_at(match, k) >= SURE_RUN), first)


def _loose_close_gives_way(placements: list[Placement | None], speeches: list[PrintedSpeech],
                           printed: list[int], match: list[int], heard: Heard, options: AlignOptions) -> None:
    """A speech's unsaid closing sentences, paired word by word and far apart with the
    next member's opening ("for ... I ... that ... would ... not" of "... cross-community
    consensus, but I wish that he would engage in it ... secret deals are not done ..."
    with "gentlemen, for him in way, I thought that the speech would not be"), give those
    heard words to the next speech when its opening, paired again on its own from the
    speech before's last SURE_RUN words in a row, pairs more of them. Opening and close
    pair as cheaply in the global pass, which need not keep words in a row together. A
    word both share ("order" of "Further to that point of order—" and "Order. I am
    taking no further points of order") stays with the close."""
    for index in range(1, len(speeches)):
        before, placement = placements[index - 1], placements[index]
        speech, previous = speeches[index], speeches[index - 1]
        if before is None or placement is None or not placement.lead or placement.stray or speech.spoken_form:
            continue
        sure = _last_run_end(match, previous.begin, previous.end)
        loose = [k for k in range(sure + 1, previous.end) if match[k] >= 0] if sure is not None else []
        if not loose or heard.owner[match[loose[-1]]] >= placement.start_word:
            continue
        lo, hi = match[sure] + 1, bisect.bisect_left(heard.owner, placement.start_word)
        lead = len(placement.lead.split())
        opening = [j + lo if j >= 0 else -1
                   for j in match_tokens(printed[speech.begin:speech.begin + lead], heard.ids[lo:hi], local=True)]
        taken = [j for j in opening if 0 <= j <= match[loose[-1]]]
        if len(taken) <= len(loose):
            continue
        saved = match[previous.begin:speech.begin + lead]
        first = taken[0]
        for k in loose:
            if match[k] >= first:
                match[k] = -1
        match[speech.begin:speech.begin + lead] = opening
        placed_before, placed = _place(previous, match, heard, options), _place(speech, match, heard, options)
        if placed_before is not None and placed is not None and placed.start_word < placement.start_word \
                and placed_before.end_word < placed.start_word:
            placements[index - 1], placements[index] = placed_before, placed
        else:
            match[previous.begin:speech.begin + lead] = saved


def _closes_end_at_the_next_call(placements: list[Placement | None], speeches: list[PrintedSpeech],
                                 match: list[int], heard: Heard, options: AlignOptions) -> None:
    """A speech's loose closing pairs (after its last SURE_RUN in a row) heard after the
    chair called the next speech's member are the next member's words: "to" and "to" of
    an unsaid close paired in "From Seymour Lloyd. Remember to ask task to question"
    (Francie Molloy called, then his "The Member has asked a question."). Those pairs
    are undone and the speech placed again, so the next speech is looked for there."""
    for index, (placement, speech) in enumerate(zip(placements, speeches)):
        if placement is None or not speech.next_name:
            continue
        sure = _last_run_end(match, speech.begin, speech.end)
        if sure is None:
            continue
        loose = [k for k in range(sure + 1, speech.end) if match[k] >= 0]
        if not loose:
            continue
        first, last = heard.owner[match[sure]] + 1, heard.owner[match[loose[-1]]]
        called = next((w for w in range(first, last) if call_at(speech.next_name, heard.said, w, whole=True,
                                                                 stop=last + 1) is not None), None)
        if called is None:
            continue
        saved = match[speech.begin:speech.end]
        for k in loose:
            if heard.owner[match[k]] >= called:
                match[k] = -1
        placed = _place(speech, match, heard, options)
        if placed is None:
            match[speech.begin:speech.end] = saved
        else:
            placements[index] = placed


def _last_run_end(match: list[int], begin: int, end: int) -> int | None:
    """The last record token in [begin, end) that ends SURE_RUN tokens paired in a row."""
    return next((k + SURE_RUN - 1 for k in range(end - SURE_RUN, begin - 1, -1) if _run_at(match, k) >= SURE_RUN),
                None)


def _run_at(match: list[int], k: int) -> int:
    """How many record tokens from k on are paired with heard tokens one after another."""
    n = 0
    while k + n < len(match) and match[k + n] >= 0 and (n == 0 or match[k + n] == match[k + n - 1] + 1):
        n += 1
    return n


def _latest_pairing(tokens: list[int], ids: list[int], lo: int, hi: int, paired: list[int]) -> list[int] | None:
    """The pairing of a speech's tokens with heard tokens lo..hi that begins latest and
    pairs as many, if it begins later than `paired` (the heard tokens paired now) and
    ends no later; None otherwise."""
    start = latest_start(tokens, ids[lo:hi], paired[0] - lo)
    if start == paired[0] - lo:
        return None
    latest = [j + lo + start if j >= 0 else -1 for j in match_tokens(tokens, ids[lo + start:hi], local=True)]
    return latest if max(latest) <= paired[-1] else None


def _credit_the_called(placements: list[Placement | None], speeches: list[PrintedSpeech], heard: Heard) -> None:
    """Speeches with the same words one after another ("My Lords—", "My Lords—": peers
    rising together, one of them heard) leave the global pass free to pair what was
    heard with any of them. The chair's call just before the heard words says whose
    they are: the placement moves to the called member's speech, and the others are
    left to _unheard. So too when the next speech begins with all of this one's words
    and the rest of it went unheard: the House's "Object." and Christopher Fraser's
    "Object to what?", of which Whisper wrote "object," just after his call."""
    for index, placement in enumerate(placements):
        if placement is None or _called_before(speeches[index].name, placement.start_word, heard):
            continue
        k = index - 1
        while k >= 0 and placements[k] is None and speeches[k].text == speeches[index].text:
            if _called_before(speeches[k].name, placement.start_word, heard):
                placements[k], placements[index] = placement, None
                break
            k -= 1
        after = index + 1
        if placements[index] is not None and after < len(placements) and placements[after] is None and \
                _begins_with(speeches[after].text, speeches[index].text) and \
                _called_before(speeches[after].name, placement.start_word, heard):
            mine, theirs = len(speeches[index].text), len(speeches[after].text)
            placements[after] = replace(placement, trail=placement.trail + theirs - mine,
                                        coverage=placement.coverage * mine / theirs)
            placements[index] = None


def _begins_with(text: list[str], opening: list[str]) -> bool:
    return bool(opening) and len(text) > len(opening) and text[:len(opening)] == opening


def _passage_read_twice(placements: list[Placement | None], speeches: list[PrintedSpeech], printed: list[int],
                        match: list[int], heard: Heard, options: AlignOptions) -> None:
    """A passage in two speeches one after the other, heard once, goes to the speech it
    covers better. The global pass gives it to the first: the Speaker's "Order. I am
    taking no further points of order. ... I have received notice from the Minister
    of Finance and Personnel that he wishes to make a statement ..." before a
    suspension, and the Deputy Speaker's "I have received notice ..." after it, of
    which only the second was said. Only a passage of at least enough_words pairs, that
    pairs almost as many heard words with the unplaced speech as with the placed one."""
    for index, placement in enumerate(placements):
        if placement is not None or speeches[index].spoken_form:
            continue
        for other in (index - 1, index + 1):
            if 0 <= other < len(placements) and placements[other] is not None \
                    and not speeches[other].spoken_form \
                    and _take_the_passage(index, other, placements, speeches, printed, match, heard, options):
                break


def _take_the_passage(index: int, other: int, placements: list[Placement | None], speeches: list[PrintedSpeech],
                      printed: list[int], match: list[int], heard: Heard, options: AlignOptions) -> bool:
    """Whether speech `index` took the heard words of its neighbour `other` (see
    _passage_read_twice); the neighbour keeps what is left on its side."""
    held = placements[other]
    assert held is not None
    lo = bisect.bisect_left(heard.owner, held.start_word)
    span = heard.ids[lo:bisect.bisect_right(heard.owner, held.end_word)]
    mine, theirs = speeches[index], speeches[other]
    ours, its = printed[mine.begin:mine.end], printed[theirs.begin:theirs.end]
    taken, kept = paired_count(ours, span), paired_count(its, span)
    if taken < options.enough_words or taken < kept - CHANCE_RUN or taken * len(its) <= kept * len(ours):
        return False
    before = match[mine.begin:mine.end], match[theirs.begin:theirs.end]
    local = match_tokens(ours, span, local=True)
    match[mine.begin:mine.end] = [j + lo if j >= 0 else -1 for j in local]
    used = [j for j in local if j >= 0]
    rest_lo, rest_hi = (lo, lo + used[0]) if other < index else (lo + used[-1] + 1, lo + len(span))
    rest = match_tokens(its, heard.ids[rest_lo:rest_hi], local=True) if rest_hi > rest_lo else [-1] * len(its)
    match[theirs.begin:theirs.end] = [j + rest_lo if j >= 0 else -1 for j in rest]
    placed = _place(mine, match, heard, options)
    if placed is None:
        match[mine.begin:mine.end], match[theirs.begin:theirs.end] = before
        return False
    placements[index], placements[other] = placed, _place(theirs, match, heard, options)
    return True


SHORT_SPEECH = 3  # tokens: "I will.", "No.", "Order."


def _in_pieces(placement: Placement, speech: PrintedSpeech, heard: Heard) -> bool:
    """Whether a speech of a few words was placed on some of them, or on all of them with
    other words between ("I will." on "I Jane McDow hard. Will": the chair's call of
    Siobhain McDonagh, then her "Will my right hon. Friend give way?")."""
    return not speech.spoken_form and 0 < len(speech.text) <= SHORT_SPEECH and \
        not _said_whole(" ".join(heard.said[placement.start_word:placement.end_word + 1]), " ".join(speech.text),
                        AlignOptions.sounds_alike)


def _short_speeches_whole(placements: list[Placement | None], speeches: list[PrintedSpeech], match: list[int],
                          heard: Heard, options: AlignOptions) -> bool:
    """A speech of a few words placed on only some of them ("I will." on the "I" of the
    speech before's aside "I say this to the House") goes where all its words were
    heard in a row between its placed neighbours, or as many words that each sound like
    its own (options.sounds_alike: "My Lord." for Lord Trimble's "My Lords—", placed on
    the "My" of the next peer's): after its member's call if one such place follows
    it, else the first. Whether any moved."""
    moved = False
    for index, (placement, speech) in enumerate(zip(placements, speeches)):
        if placement is None or not _in_pieces(placement, speech, heard):
            continue
        floor = max((p.end_word for p in placements[:index] if p is not None), default=-1)
        ceiling = next((p.start_word for p in placements[index + 1:] if p is not None), len(heard.words))
        said, wanted = heard.said, " ".join(speech.text)

        def heard_whole(lo: int, hi: int) -> list[tuple[int, int]]:
            return [(w, v) for w in range(lo + 1, hi) for v in range(w, min(w + SHORT_SPEECH, hi))
                    if _said_whole(" ".join(said[w:v + 1]), wanted, options.sounds_alike)]
        whole = heard_whole(floor, ceiling)
        if not whole and len(speech.text) > 1:
            whole = _heard_before_shorter(index, placements, speeches, heard_whole, floor)
        if whole:
            w, v = next(((w, v) for w, v in whole if call_just_before(speech.name, floor, w, said) is not None),
                        whole[0])
            placements[index] = Placement(w, v, 1.0, "", 0)
            first = bisect.bisect_left(heard.owner, w)
            match[speech.begin:speech.end] = range(first, first + speech.end - speech.begin)
            moved = True
    return moved


def _said_whole(heard: str, wanted: str, least: float) -> bool:
    """Whether the heard tokens are the wanted ones, or as many that each sound at least
    `least` like theirs ("my lord" for "my lords"; not "we will" for "I will")."""
    said, text = heard.split(), wanted.split()
    return said == text or (len(said) == len(text) and all(
        fuzz.ratio(sound_key([h]), sound_key([t])) >= 100 * least for h, t in zip(said, text)))


def _short_speeches_in_other_words(placements: list[Placement | None], speeches: list[PrintedSpeech], heard: Heard,
                                   pause: float) -> None:
    """A speech of a few words placed on only some of them, inside a heard utterance
    (words between two pauses) that runs on past them by more than one word besides the
    speech's own unplaced last words, was not said there: that is someone else's
    sentence ("will" of the presenter's "Questions are about to begin, and we will be
    following them here." for an unsaid "I will."). The speech's words misheard, after
    its member's call run on into them, are not ("Lord, Also not play me. My Lord." for
    Lord Lawson of Blaby's "My Lords—"); nor an aside after a speech that begins the
    utterance ("My Lord, let me just finish this point.")."""
    words = heard.words
    for index, (placement, speech) in enumerate(zip(placements, speeches)):
        if placement is None or not _in_pieces(placement, speech, heard):
            continue
        first = utterance_first(words, placement.start_word, pause)
        after = utterance_after(words, placement.end_word, pause, len(words))
        if first < placement.start_word and after - placement.end_word - 1 > placement.trail + 1:
            placements[index] = None


Runs = list[tuple[int, int]]  # (first, last) heard words


def _heard_before_shorter(index: int, placements: list[Placement | None], speeches: list[PrintedSpeech],
                          heard_whole: Callable[[int, int], Runs], floor: int) -> Runs:
    """Where a short speech's words were all heard in a row before the speeches of fewer
    words placed just before it, which then lose their places (to be placed again
    before it): "Object." placed on the "Object" of "Object to taken." (Objection
    taken.) left "Object to what?" only "to", though it was heard whole just before."""
    k = index - 1
    while k >= 0 and (placements[k] is None or
                      (not speeches[k].spoken_form and len(speeches[k].text) < len(speeches[index].text))):
        k -= 1
    lowest = placements[k].end_word if k >= 0 else -1
    whole = heard_whole(lowest, floor + 1)
    if whole:
        for j in range(k + 1, index):
            if placements[j] is not None and placements[j].start_word >= whole[0][0]:
                placements[j] = None
    return whole


def _called_before(name: str, w: int, heard: Heard) -> bool:
    """Whether the words just before word w are the chair calling `name`."""
    return call_just_before(name, -1, w, heard.said, whole=False) is not None


def _place(speech: PrintedSpeech, match: list[int], heard: Heard, options: AlignOptions) -> Placement | None:
    size = speech.end - speech.begin
    reliable = reliable_hits(speech.begin, speech.end, match, options.neighbour, heard.holes)
    coverage = len(reliable) / size if size else 0.0
    if speech.spoken_form:
        # "Number six, Mr Speaker" (often heard as "6. Mr Speaker"); most of the Lords' form
        enough = len(reliable) >= max(2, size // 2)
    else:
        enough = coverage >= options.min_coverage or (
            len(reliable) >= options.enough_words and coverage >= options.least_coverage)
    if not reliable or not enough:
        return None
    reliable = reliable[_before_the_call(reliable, speech.name, match, heard):]
    reliable = reliable[_inside_the_call(reliable, speech, match, heard, options.pause):]
    reliable = reliable[_chance_opening(reliable, match, heard, options.pause):]
    if not speech.spoken_form:
        reliable = reliable[_opening_heard_again(reliable, speech, match, heard, options.pause):]
    reliable = reliable[:len(reliable) - _after_the_next_call(reliable, speech.next_name, match, heard, options.pause)]
    reliable = reliable[:len(reliable) - _chance_close(reliable, speech.end, match, heard)]
    stray = 0 if speech.spoken_form else _stray_opening(reliable, speech.begin, match, heard, options)
    first, last = reliable[stray], reliable[-1]
    tokens = speech.spoken_form.split() if speech.spoken_form else speech.text
    lead = "" if stray else " ".join(tokens[:first - speech.begin])
    if speech.spoken_form:
        lead = lead.replace("#n", number_text(speech.qnum))
    return Placement(heard.owner[match[first]], heard.owner[match[last]], coverage, lead,
                      speech.end - last - 1, stray=stray > 0)


def _before_the_call(reliable: list[int], name: str, match: list[int], heard: Heard) -> int:
    """How many of the first reliable matches were heard before the chair called the
    speech's member: a member speaks after the call, so they are someone else's words
    that share a few of the record's ("the House of Commons", said by the presenter
    before the sitting, for "the theft of 16 cattle"), or the speech before's aside ("I am
    grateful to my honorable friend for that. Jane Kennedy. I am grateful to my right
    hon. Friend for that answer.", its first five words paired): as many as the aside
    has words. 0 when no call comes between the first few matches."""
    for n in range(1, min(len(reliable), ASIDE_REACH)):
        if _call_between(name, match[reliable[n - 1]], match[reliable[n]], heard):
            return n
    return 0


def _inside_the_call(reliable: list[int], speech: PrintedSpeech, match: list[int], heard: Heard, pause: float) -> int:
    """How many of the first reliable matches are words of the chair's call of the
    member, heard too wrong for `calls` but read as the call, alone between two pauses
    (starts.call_alone: "Marrow was kind of the on the shores." for Baroness Kennedy of
    The Shaws, its "the" paired with the "the" of "I support the amendment", a sentence
    she dropped). 0 when the first matches are not in such a call, or too few would be
    left."""
    size = len(speech.name.split())
    first = heard.owner[match[reliable[0]]]
    begin = utterance_first(heard.words, first, pause, 2 * size)
    end = call_alone(speech.name, " ".join(speech.text[:2 * size + 2]), heard, begin, pause) if size else None
    if end is None or end <= first or (call_at(speech.name, heard.said, begin, stop=end) or end) <= first:
        return 0  # or a call heard in the name's own words ends before them ("John venom. Indeed my")
    n = sum(heard.owner[match[k]] < end for k in reliable)
    return n if len(reliable) - n > 2 * CHANCE_RUN else 0


def _after_the_next_call(reliable: list[int], name: str, match: list[int], heard: Heard, pause: float) -> int:
    """How many of the last reliable matches were heard after the chair called the next
    speech's member, after a pause: they are that member's words sharing a few of this
    speech's last, unsaid ones ("Will the" of "Very gardener. Will the hunt get a mandy
    way" paired with "where the will and the means are", the end of a speech cut short
    by the intervention). 0 when no call comes between the last few matches."""
    for n in range(1, min(len(reliable), CALL_REACH)):
        if _call_between(name, match[reliable[-n - 1]], match[reliable[-n]], heard, pause):
            return n
    return 0


CALL_REACH = 5  # matches: a call is looked for between the last this many
ASIDE_REACH = 10  # ... and between the first this many


def _call_between(name: str, before: int, after: int, heard: Heard, pause: float | None = None) -> bool:
    """Whether the chair's call of `name` (the whole name) was heard between the heard
    tokens `before` and `after`, following a silence of at least `pause` if given. In
    as many words as the name has, not chair.call_at's wider windows: anywhere in a
    stretch, those find one-word names in chance pairs ("that in" for "Austin")."""
    size = len(name.split())
    lo, hi = heard.owner[before] + 1, heard.owner[after]
    return bool(size) and any((pause is None or gap(heard.words, w) >= pause)
                              and calls(name, heard.said[w:w + size], whole=True) for w in range(lo, hi - size + 1))


CHANCE_RUN = 3  # matches: a run this short, far from the rest, may pair common words by chance
CHANCE_GAP = 8  # tokens on both sides: "far"
SPEAKERS_PAUSE = 1.5  # seconds: a silence this long inside a speech is rare; between speakers it is not


def _chance_opening(reliable: list[int], match: list[int], heard: Heard, pause: float) -> int:
    """How many of the first reliable matches are a short run of common words paired by
    chance before the speech began ("the House" of the presenter's "welcome to live
    coverage from the House of Commons" with "may I tell the House"): many record
    words apart from the next match (or the record runs on: _run_before_a_change),
    with nothing paired between them and a long
    silence among the heard words between, where speakers changed, and either many
    heard words between too or none before the run without a pause (it runs on from
    the speech before: "that we accepted all the other. Here, here. [3 s] That is
    important", with "all ... the" of the dropped opening). Where the first jump is not
    where speakers changed, the silence after the first few matches may be. 0 when the
    first matches are the speech's own."""
    for jump in (_first_jump(reliable, match, heard, CHANCE_RUN + 1), _run_before_a_change(reliable, match, heard)):
        if jump is None:
            continue
        n, first, after, resume = jump
        apart = resume - after >= CHANCE_GAP or gap(heard.words, first) < pause
        if apart and len(reliable) - n > 2 * CHANCE_RUN and _speakers_silence(heard, after, resume) >= SPEAKERS_PAUSE:
            return n
    return 0


def _speakers_silence(heard: Heard, after: int, resume: int) -> float:
    """The longest silence among the heard words from word `after` to word `resume`, the
    House's "Hear, hear" counting as silence: it is no one's speech, and Whisper writes
    it over the pause where speakers change ("the business for next week. Here, here,
    here, here. Tuesday, 3 November", 2.9 s from "week" to "Tuesday")."""
    longest, last, run = 0.0, after, 0.0
    for w in range(after + 1, resume + 1):
        if heard.said[w] != "hear" or w == resume:
            # Through words Whisper stretched over it, the silence goes on ("McCouse, or [1.7 s]
            # the, [1.3 s] if": 1.3 s and 1.9 s either side of "the,", one silence of 2.6 s).
            here = gap(heard.words, w, last)
            run = run + here - excess(heard.words[last]) if run and excess(heard.words[last]) > 0 else here
            longest, last = max(longest, run), w
    return longest


def _run_before_a_change(reliable: list[int], match: list[int], heard: Heard) -> tuple[int, int, int, int] | None:
    """Like _first_jump, where the record runs on but a silence where speakers change
    follows the first few matches: the presenter's "the main debate of the day and round
    up a move from committees. [3.8 s]" before "Order. This is not a debate. The
    Minister has not moved ..." (said from "The Minister"), its "debate … the" paired.
    (A chair's "Order. [3 s] This is not a debate" keeps its "Order.": a pause comes
    before it, or it runs on from the speech before with little between, and
    _earlier_opening takes the start back to it.) One more match than CHANCE_RUN may
    come before the silence, the record jumping among them: "the main debate of the day,
    and round up of the news from committees. [4.3 s]" paired "the … of the" and "the"
    of "responsible for the research of the Cranfield project, said ... in the research",
    two sentences Lord Rotherwick dropped before "She goes on to mention"."""
    for n in range(1, min(len(reliable), CHANCE_RUN + 2)):
        after, resume = heard.owner[match[reliable[n - 1]]], heard.owner[match[reliable[n]]]
        if resume > after and _speakers_silence(heard, after, resume) >= SPEAKERS_PAUSE:
            return n, heard.owner[match[reliable[0]]], after, resume
    return None


def _chance_close(reliable: list[int], end: int, match: list[int], heard: Heard) -> int:
    """How many of the last reliable matches are common words of an unsaid closing
    sentence paired by chance with the next speaker's ("I must say that, in so far as I
    can see, the strategy ... is the correct one." with "I am sure that my right hon.
    Friend", after a 2.7 s silence): at most CHANCE_RUN of them, after a silence where
    speakers changed, with CHANCE_GAP or more record words after them never heard. 0
    when the last matches are the speech's own."""
    for n in range(1, min(CHANCE_RUN, len(reliable) - 2 * CHANCE_RUN - 1) + 1):
        before, first = reliable[-n - 1], reliable[-n]
        if end - reliable[-1] - 1 >= CHANCE_GAP and \
                gap(heard.words, heard.owner[match[first]]) >= SPEAKERS_PAUSE and \
                heard.owner[match[first]] > heard.owner[match[before]]:
            return n
    return 0


def _first_jump(reliable: list[int], match: list[int], heard: Heard, most: int,
                heard_ahead: bool = False) -> tuple[int, int, int, int] | None:
    """Where, among the first `most` reliable matches, the record (with `heard_ahead`:
    the heard words) first jumps CHANCE_GAP or more tokens ahead: (n, the matches
    before the jump; the heard words of the first match, of the last before the jump
    and of the first after it). None when the first matches run on without one."""
    for n in range(1, min(len(reliable), most)):
        a, b = reliable[n - 1], reliable[n]
        if (match[b] - match[a] if heard_ahead else b - a) >= CHANCE_GAP:
            return n, heard.owner[match[reliable[0]]], heard.owner[match[a]], heard.owner[match[b]]
    return None


def _opening_heard_again(reliable: list[int], speech: PrintedSpeech, match: list[int], heard: Heard,
                         pause: float) -> int:
    """How many of the first reliable matches are the speech before's unrecorded last
    words sharing a few of the record's opening ("I am grateful to my honourable friend
    for that." for "Does my right hon. Friend agree that"), when the member said the
    opening but it was heard too wrong to pair ("Does my light on? Friends have been at
    over the past few weeks"). The signs: the matches are the record's first few words;
    then the heard words run on far ahead where the record hardly moves, past a pause
    (where the speaker changed); and the heard words from that pause read more like the
    opening than the matched ones do. 0 when the first matches are the speech's own."""
    jump = _first_jump(reliable, match, heard, 5, heard_ahead=True) \
        if reliable[0] - speech.begin <= STRAY_OPENING else None
    if jump is None:
        return 0
    n, first, after, resume = jump
    a, b = reliable[n - 1], reliable[n]
    if 4 * (b - a) > match[b] - match[a] or len(reliable) - n < 3 * n:
        return 0
    changed = max(range(after + 1, resume + 1), key=lambda w: gap(heard.words, w))
    if gap(heard.words, changed) < pause:
        return 0
    opening = " ".join(speech.text[:b - speech.begin])
    again = opening_similarity(opening, " ".join(heard.said[changed:resume]))
    return n if again > opening_similarity(opening, " ".join(heard.said[first:after + 1])) else 0


def _stray_opening(reliable: list[int], begin: int, match: list[int], heard: Heard, options: AlignOptions) -> int:
    """How many of the first reliable matches are the speech before's unrecorded last
    words ("I am grateful to my hon. Friend for that.") that happen to share the
    record's opening words ("I think my hon. Friend ..."), while the member dropped that
    opening sentence. The signs: the matches are the record's first few words, the
    record jumps many words ahead where the heard words hardly move, and the pause after
    the matches is longer than the one before them (the speaker changes at the longer
    one). 0 when the opening is the speech's own. Matches well into the speech (its
    opening went unheard, `begin`: its first token) are not an opening shared by chance:
    the record jumps there because the recogniser left a hole, not the member a sentence."""
    jump = _first_jump(reliable, match, heard, 5) if reliable[0] - begin <= STRAY_OPENING else None
    if jump is None:
        return 0
    n, first, after, resume = jump
    a, b = reliable[n - 1], reliable[n]
    inside = max((gap(heard.words, w) for w in range(after + 1, resume + 1)), default=0.0)
    if 4 * (match[b] - match[a]) <= b - a and inside >= max(options.pause, gap(heard.words, first)) \
            and len(reliable) - n >= 3 * n:
        return n
    return 0
