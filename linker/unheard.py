"""Speeches that were said but not heard: where they most plausibly were.

The recogniser sometimes hears nothing of a speech (a "Number eight, Mr Speaker." lost
in a silence, an answer written over as "Here. Here."). Its neighbours are placed, so
the time between them is known; if that time can hold the speech and the usual pauses
around it, and is not so long that it is more likely a break in the sitting, the speech
is put in it. A speech that was never said leaves no such room: its neighbours follow
each other with the usual pause, so it stays missing."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RoomOptions:
    pause: float = 2.0        # the least silence around a speech (the chair's call, a breath)
    slack: float = 3.0        # the time may be at most this many times what the speeches need ...
    extra: float = 10.0       # ... plus this much per pause around them


def fit_unheard(begin: float, end: float, durations: list[float], options: RoomOptions | None = None,
                ) -> list[float] | None:
    """Starts for speeches of these expected durations, in order, between `begin` (the
    end of the speech before) and `end` (the start of the one after); None when the
    time between cannot hold them or is far longer than they need."""
    options = options or RoomOptions()
    room = end - begin
    need = sum(durations)
    pauses = len(durations) + 1
    if not durations or room < need + options.pause * pauses or room > options.slack * need + options.extra * pauses:
        return None
    spare = (room - need) / pauses  # spread the silence evenly: the truth is as likely either side
    starts, t = [], begin
    for duration in durations:
        t += spare
        starts.append(t)
        t += duration
    return starts


def unheard_part(lead: float, heard: float, anchor: float) -> float:
    """How much of an opening (`lead` seconds to say) the heard words from `heard` to
    the first matched word (`anchor`) leave unaccounted for."""
    return lead - (anchor - heard)


def silence_could_hold(silence: float, heard: float, anchor: float, lead: float, pause: float = 1.0,
                       least: float = 1.5, share: float = 0.4) -> bool:
    """Whether a speech's opening words, `lead` seconds of them, may have been said in
    the silence from `silence` to `heard` (the first heard word of the speech; `anchor`:
    its first matched word): the heard words before the anchor are far too short to
    hold the opening (at least `least` seconds and `share` of it goes unaccounted for),
    and the silence is long enough for that part with a pause either side."""
    unheard = unheard_part(lead, heard, anchor)
    return unheard >= max(least, share * lead) and heard - silence >= 0.6 * unheard + 2 * pause


def said_in_silence(silence: float, heard: float, anchor: float, lead: float, pause: float = 1.0,
                    usual: float = 6.0) -> float | None:
    """Where the unheard part of the opening began, guessed from its length, when the
    silence could hold it (silence_could_hold) and is longer than the usual pause
    between speakers (`usual`); None otherwise. A member who dropped the opening
    sentence leaves the usual pause (a few seconds), too short to tell from the pauses
    alone: listening in the audio can still tell (linker/listened.py)."""
    if not silence_could_hold(silence, heard, anchor, lead, pause) or heard - silence < usual:
        return None
    return max(silence + pause, heard - unheard_part(lead, heard, anchor))
