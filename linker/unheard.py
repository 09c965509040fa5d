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


def said_in_silence(silence: float, heard: float, anchor: float, lead: float, pause: float = 1.0,
                    usual: float = 6.0) -> float | None:
    """When a speech's opening words, `lead` seconds of them, were said in the silence
    from `silence` to `heard` (the first heard word of the speech; `anchor`: its first
    matched word): the part of the opening that the heard words before the anchor are
    far too short to hold (at least 1.5 s, and 40% of it) went unheard in the silence
    before them, if the silence is long enough to have held it; None otherwise. A
    member who dropped the opening sentence leaves the usual pause between speakers (a
    few seconds, under `usual`), too short for it."""
    unheard = lead - (anchor - heard)
    if unheard < max(1.5, 0.4 * lead) or heard - silence < max(usual, 0.6 * unheard + 2 * pause):
        return None
    return max(silence + pause, heard - unheard)
