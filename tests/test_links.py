"""Deep links: formatting and parsing, table-driven."""
from __future__ import annotations

from datetime import datetime, time

import pytest

from linker import (format_clock, media_fragment, moment_link, parliamentlive_link, parse_t, permalink,
                    youtube_id, youtube_link)


@pytest.mark.parametrize("value, seconds", [
    ("754", 754), ("754s", 754), ("12m34s", 754), ("12m", 720), ("1h2m3s", 3723), ("1h", 3600),
    ("00:12:34", 754), ("12:34", 754), ("1:02:03", 3723), ("754.5", 754.5), (" 754 ", 754), ("12M34S", 754),
    ("0", 0),
])
def test_parse_t(value, seconds):
    assert parse_t(value) == seconds


@pytest.mark.parametrize("value", ["", "abc", "12x", "-5", "1:2:3:4", "00:61:00", "00:00:75", "m", "h1", "12m34"
                                   "x", "1e3"])
def test_parse_t_garbage(value):
    with pytest.raises(ValueError):
        parse_t(value)


@pytest.mark.parametrize("seconds, clock", [(0, "00:00:00"), (754, "00:12:34"), (754.9, "00:12:34"),
                                            (3723, "01:02:03"), (-3, "00:00:00"), (36000, "10:00:00")])
def test_format_clock(seconds, clock):
    assert format_clock(seconds) == clock


def test_our_links():
    assert permalink("https://ss.example/", "uk.org.publicwhip/debate/2009-10-28c.267.8") == \
        "https://ss.example/s/uk.org.publicwhip/debate/2009-10-28c.267.8"
    assert moment_link("https://ss.example", "42", 754.7) == "https://ss.example/v/42?t=754"


@pytest.mark.parametrize("url", [
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://youtube.com/watch?v=dQw4w9WgXcQ&t=10s&list=x",
    "https://youtu.be/dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcQ?t=4", "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://www.youtube.com/embed/dQw4w9WgXcQ", "https://www.youtube.com/shorts/dQw4w9WgXcQ",
    "https://www.youtube.com/live/dQw4w9WgXcQ?feature=share", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
])
def test_youtube_forms(url):
    assert youtube_id(url) == "dQw4w9WgXcQ"
    assert youtube_link(url, 754.6) == "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=754s"


@pytest.mark.parametrize("url", ["https://vimeo.com/123", "https://example.com/watch?v=dQw4w9WgXcQ",
                                 "https://www.youtube.com/watch?v=short", "not a url", "https://youtu.be/"])
def test_not_youtube(url):
    assert youtube_id(url) is None and youtube_link(url, 5) is None


EVENT = "https://parliamentlive.tv/event/index/6f1e2b8a-0c55-4f56-9a8e-1b2c3d4e5f60"


@pytest.mark.parametrize("event_start, expected", [
    (time(14, 30), f"{EVENT}?in=14:42:34&out=14:43:32"),
    (datetime(2009, 10, 27, 14, 30, 0), f"{EVENT}?in=14:42:34&out=14:43:32"),
    (None, f"{EVENT}?in=00:12:34&out=00:13:32"),
])
def test_parliamentlive(event_start, expected):
    assert parliamentlive_link(EVENT, 754.2, 812.9, event_start) == expected


def test_parliamentlive_replaces_old_in_out_and_handles_no_end():
    assert parliamentlive_link(EVENT + "?in=10:00:00&out=11:00:00", 60, None, time(9, 0)) == f"{EVENT}?in=09:01:00"
    assert parliamentlive_link("https://www.youtube.com/watch?v=dQw4w9WgXcQ", 1, 2, None) is None


@pytest.mark.parametrize("url, start, end, expected", [
    ("https://x.example/a.mp4", 754, 812, "https://x.example/a.mp4#t=754,812"),
    ("https://x.example/a.mp4#t=1", 754.25, None, "https://x.example/a.mp4#t=754.2"),
    ("/media/a.webm", 0, 1.5, "/media/a.webm#t=0,1.5"),
])
def test_media_fragment(url, start, end, expected):
    assert media_fragment(url, start, end) == expected


@pytest.mark.parametrize("seconds", [0, 1, 59, 754, 3599, 3723, 86399])
def test_clock_round_trip(seconds):
    assert parse_t(format_clock(seconds)) == seconds
