"""Deep links: our permalinks, YouTube t=, parliamentlive.tv in=/out=, media fragments."""
from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from urllib.parse import parse_qs, quote, urlencode, urlsplit, urlunsplit

_UNITS = re.compile(r"^(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?(?:(?P<s>\d+(?:\.\d+)?)s?)?$")
_CLOCK = re.compile(r"^(?:(?P<h>\d+):)?(?P<m>\d{1,2}):(?P<s>\d{1,2}(?:\.\d+)?)$")
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")


def parse_t(value: str) -> float:
    """Seconds from a `t` value: 754, 754s, 754.5, 12m34s, 1h2m3s, 00:12:34 or 12:34."""
    text = str(value).strip().lower()
    clock = _CLOCK.match(text)
    if clock:
        if clock["h"] is not None and int(clock["m"]) > 59 or float(clock["s"]) >= 60:
            raise ValueError(f"not a time: {value!r}")
        return int(clock["h"] or 0) * 3600 + int(clock["m"]) * 60 + float(clock["s"])
    units = _UNITS.match(text)
    if not text or not units or not any(units.group(k) for k in "hms"):
        raise ValueError(f"not a time: {value!r} (expected e.g. 754, 754s, 12m34s or 00:12:34)")
    return int(units["h"] or 0) * 3600 + int(units["m"] or 0) * 60 + float(units["s"] or 0)


def format_clock(seconds: float) -> str:
    """HH:MM:SS, rounded down to the second (never negative)."""
    whole = max(0, int(seconds))
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def permalink(base_url: str, speech_id: str) -> str:
    """Our page for one speech: <base>/s/<speech id>."""
    return f"{base_url.rstrip('/')}/s/{quote(speech_id, safe='/.-_')}"


def moment_link(base_url: str, sitting_id: str, seconds: float) -> str:
    """Our player at any moment: <base>/v/<sitting>?t=754."""
    return f"{base_url.rstrip('/')}/v/{quote(str(sitting_id), safe='')}?t={int(seconds)}"


def youtube_id(url: str) -> str | None:
    """The video id of any YouTube URL form (watch, youtu.be, embed, shorts, live), else None."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    candidate = None
    if host == "youtu.be":
        candidate = parts.path.strip("/").split("/")[0]
    elif host in ("youtube.com", "music.youtube.com", "youtube-nocookie.com"):
        if parts.path == "/watch":
            candidate = (parse_qs(parts.query).get("v") or [""])[0]
        else:
            match = re.match(r"^/(?:embed|shorts|live|v)/([^/?#]+)", parts.path)
            candidate = match.group(1) if match else None
    return candidate if candidate and _YOUTUBE_ID.match(candidate) else None


def youtube_link(url: str, seconds: float) -> str | None:
    """https://www.youtube.com/watch?v=ID&t=754s, or None when `url` is not YouTube."""
    video = youtube_id(url)
    if video is None:
        return None
    return f"https://www.youtube.com/watch?v={video}&t={int(seconds)}s"


def parliamentlive_link(url: str, start: float, end: float | None,
                        event_start: datetime | time | None) -> str | None:
    """parliamentlive.tv event link with in=/out= clock times (event start + offsets).

    None when `url` is not parliamentlive.tv. Without the event's start time the
    offsets are given as they are (the player then counts from the recording's start)."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if not (host == "parliamentlive.tv" or host.endswith(".parliamentlive.tv")):
        return None
    query = {k: v[0] for k, v in parse_qs(parts.query).items() if k not in ("in", "out")}
    query["in"] = _clock_at(event_start, start)
    if end is not None:
        query["out"] = _clock_at(event_start, end)
    return urlunsplit((parts.scheme or "https", parts.netloc, parts.path, urlencode(query, safe=":"), ""))


def _clock_at(event_start: datetime | time | None, offset: float) -> str:
    if event_start is None:
        return format_clock(offset)
    if isinstance(event_start, time):
        event_start = datetime.combine(datetime(2000, 1, 1), event_start)
    return (event_start + timedelta(seconds=int(offset))).strftime("%H:%M:%S")


def media_fragment(url: str, start: float, end: float | None = None) -> str:
    """Direct media URL with a W3C media fragment: file.mp4#t=754,812."""
    base = url.split("#", 1)[0]
    fragment = f"t={_seconds(start)}" + ("" if end is None else f",{_seconds(end)}")
    return f"{base}#{fragment}"


def _seconds(value: float) -> str:
    text = f"{max(0.0, value):.1f}"
    return text[:-2] if text.endswith(".0") else text
