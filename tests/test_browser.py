"""A volunteer in Debian's Chromium (Playwright): submit a generated sitting by URL from a
loopback server, watch the job finish, open a speech (the video starts there), seek
from the list, share, correct and undo. Saves the README's screenshots."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import expect

from media import have_tools, make_sitting, small_sitting_specs
from web_fixtures import JOB_TIMEOUT, ROOT, Server, file_server, wait_for

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not have_tools() or not Path("/usr/bin/chromium").exists(),
                                 reason="needs espeak-ng, ffmpeg and Debian's chromium")]
# The README's screenshots are refreshed only when asked (SPEECHSTAMP_SCREENSHOTS=1), so a
# plain test run leaves the checkout as it found it.
SCREENSHOTS = ROOT / "docs" / "screenshots" if os.environ.get("SPEECHSTAMP_SCREENSHOTS") else None
ANSWER = "uk.org.publicwhip/debate/2009-10-27a.1.2"
QUESTION = "uk.org.publicwhip/debate/2009-10-27a.1.4"


@pytest.fixture(scope="session")
def browser_type_launch_args():
    """Debian's Chromium; Playwright never downloads a browser here."""
    return {"executable_path": "/usr/bin/chromium", "headless": True,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-background-networking"]}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1200, "height": 760}}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """One server process and one loopback file server for the whole module."""
    root = tmp_path_factory.mktemp("browser")
    sitting = make_sitting(root / "sitting", small_sitting_specs())
    server = Server(root / "data").start()
    with file_server(sitting.media.parent) as files:
        yield server, files
    server.stop()


def screenshot(page, name: str, **options) -> None:
    """A small, commit-worthy PNG for the README: the page, reduced to 64 colours."""
    png = page.screenshot(**options)
    if SCREENSHOTS is None:
        return
    raw = SCREENSHOTS / f".{name}.raw.png"
    raw.write_bytes(png)
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(raw), "-vf",
                    "split[a][b];[a]palettegen=max_colors=64[p];[b][p]paletteuse=dither=none",
                    str(SCREENSHOTS / f"{name}.png")], check=True)
    raw.unlink()


def current_time(page) -> float:
    return page.evaluate("document.getElementById('player').currentTime")


def wait_near(page, seconds: float) -> None:
    """Wait until the player has metadata and sits within 1 s of `seconds`."""
    page.wait_for_function(
        "t => { const v = document.getElementById('player');"
        " return v.readyState >= 1 && Math.abs(v.currentTime - t) < 1.0; }",
        arg=seconds, timeout=30000)


def submit_and_watch(page, server: Server, files: str) -> int:
    """The volunteer submits by URL, watches the job finish, opens the sitting: its id."""
    page.goto(server.url + "/")
    page.get_by_label("Video URL").fill(f"{files}/sitting.mp4")
    page.get_by_label("…or its URL").fill(f"{files}/record.xml")
    page.get_by_label("Title (optional)").fill("Communities and Local Government questions")
    page.get_by_role("button", name="Submit the sitting").click()
    page.wait_for_url("**/jobs/*")
    link = page.get_by_role("link", name="Open the sitting and its speeches")
    link.wait_for(state="visible", timeout=JOB_TIMEOUT * 1000)
    assert page.locator("#job-status").inner_text() == "done"
    link.click()
    page.wait_for_url("**/sittings/*")
    return int(page.url.rsplit("/", 1)[1])


def test_volunteer_submits_watches_opens_shares_and_corrects(page, site):
    server, files = site
    sitting_id = submit_and_watch(page, server, files)
    speeches = {s["id"]: s for s in server.get_json(f"/api/sittings/{sitting_id}")["speeches"]}
    answer, question = speeches[ANSWER], speeches[QUESTION]
    assert answer["status"] == "matched" and question["status"] == "matched", speeches

    # Clicking a speech in the list seeks the player there, and highlights it as it plays.
    page.locator(f'li[data-id="{QUESTION}"] button.seek').click()
    wait_near(page, question["start"])
    page.wait_for_selector(f'li[data-id="{QUESTION}"][aria-current="true"]', timeout=30000)
    page.evaluate("document.getElementById('player').pause()")
    screenshot(page, "sitting")

    # The speech's permalink opens the player at the speech.
    page.locator(f'li[data-id="{ANSWER}"] a.who').click()
    page.wait_for_url(f"**/s/{ANSWER}")
    wait_near(page, answer["start"])
    assert abs(current_time(page) - answer["start"]) < 1.0
    # A frame on screen rather than the loading spinner: play a moment, then pause.
    page.evaluate("async () => { const v = document.getElementById('player');"
                  " await v.play(); v.pause(); }")
    screenshot(page, "speech", full_page=True)

    share = {page.locator(f'label[for="{i.get_attribute("id")}"]').inner_text(): i.input_value()
             for i in page.locator("#share-links input").all()}
    assert share["Permalink"] == f"{server.url}/s/{ANSWER}"
    assert share["This moment"] == f"{server.url}/v/{sitting_id}?t={int(answer['start'])}"
    assert share["Video at this time"].startswith(f"{files}/sitting.mp4#t=")
    assert share["Embed"] == f"{server.url}/embed/{ANSWER}"
    page.get_by_role("button", name="Copy").first.click()
    expect(page.locator("#copy-status")).to_have_text(f"Copied: {server.url}/s/{ANSWER}")

    # "Starts here" two seconds later moves the start; undo restores the machine's.
    later = answer["start"] + 2.0
    page.evaluate("t => { const v = document.getElementById('player'); v.pause(); v.currentTime = t; }",
                  later)
    wait_near(page, later)
    with page.expect_navigation():
        page.get_by_role("button", name="Starts here").click()
    start = page.locator("#speech-start")
    assert abs(float(start.get_attribute("data-seconds")) - later) < 0.05
    assert page.locator("#speech-status").inner_text() == "corrected"
    wait_near(page, later)  # the page now opens at the corrected start
    with page.expect_navigation():
        page.get_by_role("button", name="Undo start").click()
    assert float(page.locator("#speech-start").get_attribute("data-seconds")) == answer["start"]
    assert page.locator("#speech-status").inner_text() == "matched"
    api = {s["id"]: s for s in server.get_json(f"/api/sittings/{sitting_id}")["speeches"]}
    assert api[ANSWER]["start"] == answer["start"]


def test_moment_link_and_refusal_message(page, site):
    server, files = site
    sittings = server.get_json("/api/sittings")["sittings"]
    if not sittings:  # this test run alone: make a sitting through the API
        _status, ids = server.post_form("/api/sittings", {
            "video_url": f"{files}/sitting.mp4", "record_url": f"{files}/record.xml"})
        wait_for(lambda: server.get_json(f"/api/jobs/{ids['job']}")["status"] == "done",
                 what="the job")
        sittings = server.get_json("/api/sittings")["sittings"]
    page.goto(f"{server.url}/v/{sittings[0]['id']}?t=0m20s")
    wait_near(page, 20.0)
    page.goto(server.url + "/")
    page.get_by_label("Video URL").fill("ftp://example.org/sitting.mp4")
    page.get_by_label("…or paste its text").fill("Mr Speaker: Order.")
    page.get_by_role("button", name="Submit the sitting").click()
    expect(page.get_by_role("alert")).to_contain_text("must start with http:// or https://")
    assert page.get_by_label("Video URL").input_value() == "ftp://example.org/sitting.mp4"
