"""Refining starts (step 4 in linker/align.py): the record words before a speech's first
reliable match were misheard, so its start moves back over them, never into the speech
before nor into the chair's call."""
from __future__ import annotations

import re
from itertools import takewhile

from rapidfuzz import fuzz

from linker.chair import SPLIT_NAME, call_at, call_just_before, call_likeness, call_windows, sounds
from linker.shapes import AlignOptions, Heard, Placement, PrintedSpeech
from linker.timing import RUN_ON, excess, gap, onset, say_time, utterance_after
from linker.unheard import said_in_silence, silence_could_hold

CALLED_REACH = 8.0  # seconds: how far back the member's call can still start the speech
OPENING_PAUSE = 1.5  # seconds: no member pauses this long inside the opening words
LISTEN_FOR_LEAD = 0.8  # seconds of the opening unaccounted for by the heard words: worth listening for
_FILLERS = ("er", "erm", "um", "uh", "ah", "well", "so")
_FILLER_WORDS = re.compile(r"\b(?:er|erm|um|uh|ah|you know)\b")


def refine_starts(placements: list[Placement | None], speeches: list[PrintedSpeech], heard: Heard,
                   options: AlignOptions) -> None:
    """Move each start back over its garbled opening words, never into the speech before."""
    floor, unpaired = -1, ()
    for placement, speech in zip(placements, speeches):
        if placement is not None:
            settle_start(placement, floor, heard, options, speech, unpaired)
            floor = max(floor, placement.end_word)
            unpaired = tuple(speech.text[len(speech.text) - placement.trail:]) if placement.trail else ()


def settle_start(placement: Placement, floor: int, heard: Heard, options: AlignOptions, speech: PrintedSpeech,
                 unpaired: tuple[str, ...] = ()) -> None:
    """Where the placed speech starts, from its first matched word. `unpaired`: the
    speech before's last record words that no heard word was paired with."""
    words, said, name = heard.words, heard.said, speech.name
    w = placement.anchor = placement.start_word
    if placement.lead:
        w, said_lead = _lead_start(w, placement.lead, floor, heard, options, name, _openings(placement.lead, speech))
        if gap(words, w) < options.pause and said[w].split()[:1] != said_lead.split()[:1]:
            # Not where a stretch that begins with the opening's first word was found ("The
            # horn, gentle minute right" for "The hon. Gentleman is right", after the speech
            # before's "this." stretched over the pause): walking back would take its words.
            w = _back_to_pause(w, placement.start_word, placement.lead, floor, heard, options, name)
        w = _after_the_call(w, placement.start_word, floor, heard, name, placement.lead, options.pause)
        if w > 0:
            placement.said_at = _said_after_call(w, placement.lead, floor, heard, options, name)
        if w > 0 and placement.said_at is None:
            placement.silence = _silence_for_opening(w, floor, heard, name, placement.start_word,
                                                     say_time(placement.lead))
            if placement.silence is not None and placement.silence[1] == words[w].start:  # right before
                placement.said_at = said_in_silence(*placement.silence, words[placement.start_word].start,
                                                    say_time(placement.lead))
        if placement.said_at is None:
            placement.lead = said_lead  # the sentences before it were dropped, not heard as noise
    if not speech.spoken_form and placement.said_at is None and w == placement.start_word:
        w = _later_sentence_before(w, len(placement.lead.split()), floor, heard, options, speech)
    if not speech.spoken_form and placement.said_at is None:
        w = _earlier_opening(w, speech.text[:4], floor, heard, name, max(8.0, 1.5 * say_time(placement.lead)),
                             speech.opening, options.pause, unpaired)
    if w - 1 > floor and gap(words, w) < options.pause and said[w - 1] and \
            (said[w - 1] == said[w] or said[w - 1] in _FILLERS):
        w -= 1  # "The the making", "er, the making": the speech starts at the repeat
    placement.start_word = w
    placement.paused = gap(words, w) >= options.pause
    if placement.silence is None and placement.said_at is None:
        placement.silence = _silence_for_irish(w, floor, heard, options.pause, speech, placement)


def _silence_for_irish(w: int, floor: int, heard: Heard, pause: float, speech: PrintedSpeech,
                       placement: Placement) -> tuple[float, float] | None:
    """Where the speech's opening Irish may have been said before the start (word w),
    when the recogniser wrote nothing for it: the silence right before the start, if it
    could hold the Irish ("Go raibh maith agat, a LeasCheann Comhairle." in the 4.7 s
    before "I can come, the minister" for "I thank the Minister"). Either the speech is
    heard from its first words after the Irish, or the member dropped sentences after
    the greeting and went on with a later one that the recogniser did not write either:
    the silence must then hold the Irish and the unheard part of at least the lead's
    last sentence (13.6 s of nothing before "10,000 annoying, or no, formal committees'
    page." for "Although there was no formal Committee Stage", the Irish and the
    sentence before it said in it). Heard from its first words after the Irish with no
    such silence before them, the recogniser wrote the Irish as noise: "Boring me that,
    at least King can tell. [an aside] Tassies tag and on air. ..." for Barry
    McElduff's two sentences of Irish before "We'll demeanies tag not the importance"
    ("Will the Minister note the importance"). It was said since the speech before (or
    the member's call), if that time could hold it. Listening can tell where someone
    began to speak in either (linker/listened.py)."""
    words = heard.words
    if not speech.irish or speech.irish >= len(speech.text) or w <= floor + 1:
        return None
    start = words[w].start
    silence = start - gap(words, w)
    irish = " ".join(speech.text[:speech.irish])
    english, lead = speech.text[speech.irish:], placement.lead.split()
    if heard.said[w].split()[:1] == english[:1] or (lead and lead == english[:len(lead)]):
        unheard = say_time(irish)
        if not silence_could_hold(silence, start, start, unheard, pause, least=0.0, share=0.0):
            called = [end for v in range(floor + 1, w)
                      if (end := call_at(speech.name, heard.said, v, stop=w)) is not None]
            silence = words[called[-1]].start if called else words[floor].end if floor >= 0 else 0.0
        anchor = start
    else:
        later = [s for s in speech.sentences if speech.irish < s < len(lead)]
        if lead[:speech.irish] != speech.text[:speech.irish] or not later:
            return None
        unheard, anchor = say_time(irish + " " + " ".join(lead[later[-1]:])), words[placement.anchor].start
    return (silence, start) if silence_could_hold(silence, start, anchor, unheard, pause, least=0.0, share=0.0) \
        else None


def _silence_for_opening(w: int, floor: int, heard: Heard, name: str, anchor: int,
                         lead: float) -> tuple[float, float] | None:
    """The silence nearest before the start (word w) that could hold the part of the
    opening (`lead` seconds to say) the heard words before the first matched word leave
    unaccounted for (linker/unheard.py), within the time the opening could take; never
    before the speech before nor the chair's call. The opening may have been said there
    unheard: the pauses alone place it only from a long silence right before the start
    (said_in_silence), but listening can check any such silence (linker/listened.py).
    Listening can check a shorter unheard part than the pauses can place, too."""
    words = heard.words
    first = words[anchor].start
    for v in range(w, floor, -1):
        if words[v].start < first - 1.5 * lead - 2.0 or call_at(name, heard.said, v, stop=anchor) is not None:
            return None
        silence = words[v].start - gap(words, v)
        if silence_could_hold(silence, words[v].start, first, lead, least=LISTEN_FOR_LEAD, share=0.0):
            return silence, words[v].start
    return None


def _openings(lead: str, speech: PrintedSpeech) -> list[tuple[str, float]]:
    """Where the speech may begin within the lead, with the time its first sentence takes
    to say (up to the end of the lead): the lead itself, and, since a member may drop
    whole sentences, the lead from each later sentence's first word ("To" before the
    first match, "start planning now", of "My Lords, the United Kingdom Government are
    not planning ... referendum. To start planning now ...")."""
    tokens = lead.split()
    if speech.spoken_form:
        return [(lead, 0.0)]
    starts = [0] + [s for s in speech.sentences if s < len(tokens)]
    return [(" ".join(tokens[s:]), say_time(" ".join(tokens[s:e])))
            for s, e in zip(starts, starts[1:] + [len(tokens)])]


def _lead_start(anchor: int, lead: str, floor: int, heard: Heard, options: AlignOptions, name: str,
                openings: list[tuple[str, float]] | None = None) -> tuple[int, str]:
    """The heard stretch before the anchor that reads most like the lead, or like the
    lead from one of its later sentences (`openings`, with the time each one's first
    sentence takes to say), and lasts about as long as it would take to say; staying
    put unless one reads like it at all. A pause before the stretch counts for it, a
    pause inside it against it (that is where the chair's call or the last speech
    ended), and the chair calling the speaker's name is never part of the speech. A
    member may drop whole sentences, not half of one: a stretch far shorter than the
    first sentence of an opening is not that opening but the speech before's last
    words ("I am grateful to my hon. Friend for that." before "I think my hon. Friend
    has managed to merge three questions into one: ...") or the chair's call heard too
    wrong to know ("him, Lord." of "Lord, I stole on him, Lord." for Lord Astor of
    Hever, before his second sentence). Nor does a member pause for OPENING_PAUSE
    inside the opening: words before such a silence are someone else's, or Whisper's
    misplaced ("Do you know you [2 s] know the Secretary" over the chair's call, for
    "Does, you know, you know, the Secretary"). Returns the stretch's first word and the
    opening it reads like (the lead itself when it stays put)."""
    words = heard.words
    openings = openings or [(lead, 0.0)]
    lowest = max(floor + 1, anchor - 2 * min(len(lead.split()), 40) - 3)
    pauses_inside = 0
    scored: list[tuple[float, int, str]] = []  # from the anchor back
    for w in range(anchor - 1, lowest - 1, -1):
        said_to = call_at(name, heard.said, w, stop=anchor)
        if said_to is not None and not _lead_names(lead, name, heard.said[w:said_to]):
            break
        called = call_read_end(name, lead, heard, w, anchor, options.pause)
        if called is not None:  # the words after it may be the call's last ones ("worst hope")
            scored = [item for item in scored if item[1] >= called]
            break
        inside = gap(words, w + 1)
        if inside >= OPENING_PAUSE or _house_cheers(heard.said, w):
            break
        pauses_inside += inside >= 2 * options.pause
        stretch = _FILLER_WORDS.sub("", " ".join(heard.said[w:anchor])).strip()
        if lead.startswith("number ") and stretch[:1] and not stretch.startswith("number"):
            stretch = "number " + stretch  # Whisper writes "Number one" as "1."
        lasts = words[anchor].start - words[w].start
        likeness, opening = max(((opening_similarity(opening, stretch)
                                  - 0.1 * max(0.0, lasts - say_time(opening) - 0.5), opening)
                                 for opening, sentence in openings if lasts >= 0.4 * sentence), default=(None, ""))
        if likeness is None:
            continue
        scored.append((likeness + (0.08 if gap(words, w) >= options.pause else 0.0) - 0.1 * pauses_inside, w, opening))
    best, best_score = anchor, 0.45 + (0.08 if gap(words, anchor) >= options.pause else 0.0)
    best_opening = lead
    for score, w, opening in scored:
        if score > best_score:
            best, best_score, best_opening = w, score, opening
    return best, best_opening


def _lead_names(lead: str, name: str, said: list[str]) -> bool:
    """Whether heard words that read like the chair's call of `name` read more like words
    of the lead: a member naming another whose name is like the speaker's ("Lord, Lord
    Harry's," of "the noble and right reverend Lord, Lord Harries," for Lord Haskel)."""
    heard = " ".join(said)
    return fuzz.partial_ratio(heard, lead) > fuzz.ratio(name, heard)


def _house_cheers(said: list[str], w: int) -> bool:
    """Whether heard word w is the House's "Hear, hear" (two or more in a row): no
    member opens with it, so an opening stretch reaching back over it is the speech
    before's words ("give us a new business for next week. Here, here, here, here." for
    the Leader of the House's dropped "The business for the week commencing 2
    November will be")."""
    return said[w] == "hear" and "hear" in said[max(0, w - 1):w + 2:2]


CALL_LIKE = 0.55  # heard words at least this like the member's name (chair.call_likeness) may be the call
# ("Barrow was fondant." for Baroness Thornton: 0.57)
CALL_SURE = 0.75  # ... and, at least this like it, even run on into the words after ("Lord us all on heaven.":
#                   0.77 for Lord Astor of Hever; "And a whale," for Adrian Bailey's "As a, well, native" is 0.71)


def reads_as_call(name: str, lead: str, heard: Heard, w: int, stop: int, pause: float) -> bool:
    return call_read_end(name, lead, heard, w, stop, pause) is not None


def call_read_end(name: str, lead: str, heard: Heard, w: int, stop: int, pause: float,
                  least: float = CALL_LIKE) -> int | None:
    """The word after them when the heard words from word w (before `stop`) are more
    like the chair calling the member than like the speech's opening (else None): a
    name heard too wrong for `calls` ("See, I'm King MacDohon." for Siobhain McDonagh)
    still reads more like the name than like "Does my right hon. Friend". The chair
    speaks after the last speaker stops: only words after a pause can be the call
    ("that money was" inside a sentence sounds a little like "Sammy Wilson" too), or
    after a pause and the members' "Hear, hear", which is no speaker's: Whisper
    squeezes its words up to the call ("Here, [1.2 s] here, here. Poor worst hope."
    for Paul Burstow)."""
    if not _after_a_pause(heard, w, pause):
        return None
    for window in call_windows(name, heard.said, w, stop) + _utterance(name, heard, w, stop, pause):
        if _more_like_the_call(name, lead, window, least):
            return w + len(window)
    return None


def _more_like_the_call(name: str, lead: str, said: list[str], least: float) -> bool:
    """Whether heard words are at least `least` like the chair's call of `name`, and more
    like it than like the speech's opening. The call is compared by sound too; so is the
    opening when the heard words begin with its first word, which a call shares only by
    chance ("I can't write on," for Susan Kramer's "I thank the right hon. Lady" sounds
    0.67 like it and 0.60 like her name). Not otherwise: "Barrow was fondant." (Baroness
    Thornton's call) sounds more like her opening than like her name."""
    like = call_likeness(name, said)
    heard = " ".join(said)
    opening = opening_similarity(lead, heard)
    if said[:1] == lead.split()[:1]:
        opening = max(opening, opening_similarity(sounds(lead), sounds(heard)))
    return like >= least and like > opening


def _utterance(name: str, heard: Heard, w: int, stop: int, pause: float) -> list[list[str]]:
    """The heard words from word w up to the next `pause`, before `stop`, when they are
    more than call_windows hold but at most twice the name's words: a call between two
    pauses may be split into more words than SPLIT_NAME allows ("Marrow was kind of the
    on the shores." for Baroness Kennedy of The Shaws), which a window that also takes
    the words after a call cannot allow ("And I'll let what, Kinstone? A no," for Angela
    Watkinson, then "a member of a fire service family")."""
    size = len(name.split())
    end = _utterance_end(heard, w, stop, pause, 2 * size)
    return [heard.said[w:end]] if end is not None and size + SPLIT_NAME < end - w else []


def _utterance_end(heard: Heard, w: int, stop: int, pause: float, most: int) -> int | None:
    """The word after the heard words from word w up to the next `pause`, if that comes
    before `stop` (or the words end) and within `most` words; None otherwise."""
    end = utterance_after(heard.words, w, pause, min(stop, w + most + 1))
    closed = end == len(heard.words) or gap(heard.words, end) >= pause
    return end if closed and end - w <= most else None


def call_alone(name: str, lead: str, heard: Heard, w: int, pause: float) -> int | None:
    """The word after them when the heard words from word w, between two pauses and at
    most twice the name's words, are the chair's call of `name`, read by likeness
    (call_read_end) as a whole; None otherwise."""
    size = len(name.split())
    end = _utterance_end(heard, w, len(heard.words), pause, 2 * size) if size and _after_a_pause(heard, w, pause) \
        else None
    return end if end is not None and _more_like_the_call(name, lead, heard.said[w:end], CALL_LIKE) else None


def _after_a_pause(heard: Heard, w: int, pause: float) -> bool:
    while gap(heard.words, w) < pause:
        if heard.said[w - 1] != "hear":
            return False
        w -= 1
    return True


SOUNDS_NEAR = 80  # per cent: one heard word's sounds this like a record word's ("minute", "many")


def _earlier_opening(start: int, opening: list[str], floor: int, heard: Heard, name: str, reach: float = 8.0,
                     first_sentence: int = 0, pause: float = 0.0, unpaired: tuple[str, ...] = ()) -> int:
    """The start matches the record's first word, but the global pass may have paired it
    with a later copy: "That is nonsense. And I will come to that in a moment." Or the
    opening was heard a little wrong and an aside followed it ("Well, my right horn,
    that is the point, friend accept ..."). Move back to the nearest earlier heard run
    that says more of the opening (word for word, or sounding nearly the same: "Order.
    Minute on." for "Order. Many hon." before the aside "If I may say so,"), within
    `reach` seconds (the few it takes to say the unmatched opening, and an aside),
    never into the speech before nor into the chair's call. One word is too few to
    know by, unless it is the opening's whole first sentence, heard after a `pause`:
    "Order, [aside: and I will come to that in a moment.] Twenty-eight Members" for
    "Order. Twenty-eight Members" (`first_sentence` is its length in tokens). Never
    from a word the speech before still ends with, unpaired, heard right after its last
    pairing (`unpaired`: "point of well, order, I say" of "Further to that point of
    order —" and its aside, read as the Speaker's "Order. I am taking ...")."""
    def said_of_opening(w: int) -> int:
        tokens = " ".join(heard.said[w:w + len(opening)]).split()
        return next((k for k, (a, b) in enumerate(zip(tokens, opening))
                     if a != b and fuzz.ratio(sounds(a), sounds(b)) < SOUNDS_NEAR),
                    min(len(tokens), len(opening)))
    best, best_said = start, said_of_opening(start)
    for w in range(start - 1, max(floor, start - 25), -1):
        if heard.words[start].start - heard.words[w].start > reach or \
                call_at(name, heard.said, w, stop=start) is not None:
            break
        if heard.said[w] in unpaired and w - floor <= len(unpaired) + 1:
            continue  # the speech before's unpaired last words, heard right after its last pairing
        found = said_of_opening(w)
        whole_sentence = found == first_sentence == 1 and gap(heard.words, w) >= pause
        if found >= best_said + 1 and (found >= 2 or whole_sentence):
            best, best_said = w, found
    return best


SENTENCE_RUN = 4  # tokens: a later sentence's first ones, heard word for word after a pause


def _later_sentence_before(start: int, first: int, floor: int, heard: Heard, options: AlignOptions,
                           speech: PrintedSpeech) -> int:
    """The member dropped the first sentence, and the global pass paired its words with
    later ones ("to ... statement" of "I am grateful to the Minister for his statement."
    with "how to line the videos" and "the miniscence statement", misheard words of the
    second and third sentences), after the next sentence's first words were heard word
    for word: "I wish to ask him how to offer them", for "I wish to ask about OFMDFM
    departmental savings." The start is at those words, when SENTENCE_RUN of them follow
    a pause, before the first match (the record's token `first`, before that sentence)
    by at most as long as _back_to_pause walks for the sentences before it, and never
    in the speech before nor before the chair's call."""
    words = heard.words
    for begin in speech.sentences[:2]:
        wanted = speech.text[begin:begin + SENTENCE_RUN]
        if begin <= first or len(wanted) < SENTENCE_RUN:
            continue
        reach = 2.5 * say_time(" ".join(speech.text[:begin])) + 1.0
        for w in range(start - 1, floor, -1):
            if words[start].start - words[w].start > reach or \
                    call_at(speech.name, heard.said, w, stop=start) is not None:
                break
            if gap(words, w) >= options.pause and \
                    " ".join(heard.said[w:w + SENTENCE_RUN]).split()[:SENTENCE_RUN] == wanted:
                return w
    return start


def _said_after_call(w: int, lead: str, floor: int, heard: Heard, options: AlignOptions,
                     name: str) -> float | None:
    """When the opening was said in a silence right after the chair called the member, but
    not heard (a greeting in Irish, "Go raibh maith agat, a Cheann Comhairle", to an
    English model): a member starts within a second or so of being called, so a longer
    silence between the call and the first heard word held the opening. The start is
    the time it takes to say before the first heard word, not before the call ended;
    None if the call is not what comes just before word w, or the silence is short."""
    words = heard.words
    if call_just_before(name, floor, w, heard.said, whole=False) is None:
        return None
    called = words[w - 1].end - excess(words[w - 1])
    first = onset(words, w)
    if first - called <= options.after_call:
        return None
    return max(called + options.call_pause, first - say_time(lead))


def _back_to_pause(start: int, anchor: int, lead: str, floor: int, heard: Heard, options: AlignOptions,
                   name: str) -> int:
    """The speech's opening words were heard, but as nothing like the record (an Irish
    greeting, a garbled name). A speaker starts after a pause, so walk back over the
    heard words that run on without one into the anchor, as far as the lead could take
    to say (counted from the first matched word, the anchor); stay at `start` if no
    pause is that near, and stop after the chair's call (farther back, what runs on from
    the member's call is theirs too: _after_the_call)."""
    words = heard.words
    earliest = words[anchor].start - (2.5 * say_time(lead) + 1.0)
    w = start
    while gap(words, w) < options.pause:
        if w - 1 <= floor:
            return start
        called = call_at(name, heard.said, w - 1, stop=anchor)
        if called is None:
            called = call_read_end(name, lead, heard, w - 1, anchor, options.pause, CALL_SURE)
        if called is None and gap(words, w - 1) >= OPENING_PAUSE and _begins_like(name, heard.said[w - 1]):
            # After a long silence (not the House's cheers), less like the name is the call
            # too when it begins like it ("Lord, you're not worth bringing."; not "first
            # estimated that" for Evennett).
            called = call_read_end(name, lead, heard, w - 1, anchor, options.pause)
        if called is not None:
            return min(start, called)
        if words[w - 1].start < earliest:
            return start
        w -= 1
    return w


def _begins_like(name: str, said: str) -> bool:
    """Whether the heard word sounds nearly like the name's first word."""
    first, heard = name.split()[:1], said.split()[:1]
    return bool(first and heard) and fuzz.ratio(sounds(first[0]), sounds(heard[0])) >= SOUNDS_NEAR


def _after_the_call(start: int, anchor: int, floor: int, heard: Heard, name: str, lead: str, pause: float) -> int:
    """The first word after the member's call, when the call was heard before `start`
    and at most CALLED_REACH before the first matched word (the anchor), or farther
    when the unmatched opening (`lead`) could take longer to say (as far as
    _back_to_pause walks: members speak slower than say_time, an Irish opening heard as
    "T'T'T'S East Y'N'O' Agam" then 8 s unheard, or "Go raid me, Faggot. At least Gino.
    Come hell." then an aside, 10.5 s from "Castle Boyland." to the first match): what a
    called member says first is theirs, with or without a pause after the call, and
    the record's opening was not matched, so it is those words misheard or an aside the
    record leaves out ("You know, at least you can fail. At any stone of house," for
    "Go raibh maith agat, a LeasCheann Comhairle. I say this to the House."; "Leon, let
    me be absolutely clear about this lady makes a valid point" for "The hon. Lady
    makes a valid point"). Failing that, a call read more like the name than like the
    opening, after a `pause`, counts too ("Here were in men." for Hilary Benn, then
    "I'm going to have to go to the beach and publish." for "I do not know to which
    unpublished reports the hon. Gentleman refers."). `start` otherwise."""
    words = heard.words
    reach = max(CALLED_REACH, 2.5 * say_time(lead) + 1.0)
    reached = list(takewhile(lambda w: words[anchor].start - words[w].start <= reach, range(start, floor, -1)))
    called = next((w for w in reached if call_just_before(name, floor, w, heard.said) is not None), None)
    if called is None:
        called = next((w for w in reached if _call_read_just_before(name, lead, heard, floor, w, pause)), None)
    # past anything written without a word in it (a lone ".")
    return start if called is None else next((v for v in range(called, start) if heard.said[v]), start)


def call_read_before(name: str, lead: str, heard: Heard, floor: int, w: int, pause: float) -> int | None:
    """The first word of the heard words just before word w (after word `floor`) that
    read as the chair's call of `name` (call_read_end), None if none do."""
    size = len(name.split())
    for first in range(w - 1, max(floor, w - size - SPLIT_NAME - 1), -1):
        if call_read_end(name, lead, heard, first, w, pause) == w:
            return first
    return None


def _call_read_just_before(name: str, lead: str, heard: Heard, floor: int, w: int, pause: float) -> bool:
    """Whether the heard words just before word w read as the chair's call of `name`
    (call_read_end), and are the first heard after the speech before (word `floor`), with
    a pause between: read by likeness, the presenter's "Later we" is "Lord Tyler" too,
    and the sitting's first words, "Good afternoon", 62% "Angela Watkinson"."""
    size, first = len(name.split()), floor + 1
    said = heard.said[first:w]
    if floor < 0 or not size <= len(said) <= size + SPLIT_NAME or not _after_a_pause(heard, first, pause):
        return False
    like = call_likeness(name, said)
    # Less like it than CALL_SURE, a call is not written on into the next word with no gap at
    # all (RUN_ON), as one utterance: "donating at the murder." (0.62 like "Ian Austin") is
    # the speech before's last words; "Here we're in men. [0.24 s] I'm going" is Hilary Benn's call.
    return CALL_LIKE <= like > opening_similarity(lead, " ".join(said)) and (
        like >= CALL_SURE or gap(heard.words, w) >= RUN_ON)


def opening_similarity(lead: str, heard: str) -> float:
    """How much `heard` sounds like the opening of `lead` (0..1). Members drop sentences,
    so a heard stretch shorter than the lead is compared with the lead's beginning;
    one longer than the lead has extra words, which counts against it."""
    n = min(len(lead), len(heard))
    if n == 0:
        return 0.0
    return fuzz.ratio(lead[:n], heard[:n]) / 100 * min(1.0, len(lead) / len(heard)) ** 0.5
