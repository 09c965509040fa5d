"""The HTML pages: submit, job, sitting, speech permalinks, embeds, search, needs
checking, media, thumbnails, downloads and oEmbed (blueprint `pages`)."""
from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import ffmpeg
from flask import (Blueprint, abort, current_app, jsonify, redirect, render_template, request,
                   send_file, url_for)
from werkzeug.utils import secure_filename

import store
from app import (Refusal, change_job, clock, get_db, intake, media_url, permalink, public,
                 read_submission, sitting_or_404, speech_or_404)
from linker import links
from web_limits import limited

pages = Blueprint("pages", __name__)


def share_links(sitting: dict[str, Any], speech: dict[str, Any]) -> list[tuple[str, str]]:
    """Every deep-link form for a speech: (label, URL)."""
    start, end = speech["start"], speech["end"]
    found = [("Permalink", permalink(speech))]
    if start is None:
        return found
    found.append(("This moment", url_for("pages.moment", sitting_id=sitting["id"],
                                         t=int(start), _external=True)))
    if sitting["source_kind"] == "youtube":
        found.append(("YouTube", links.youtube_link(sitting["source_url"], start)))
    if sitting["source_kind"] == "parliamentlive":
        found.append(("parliamentlive.tv", links.parliamentlive_link(sitting["source_url"], start, end, None)))
    direct = sitting["source_url"] if sitting["source_kind"] == "url" else media_url(sitting)
    found.append(("Video at this time", links.media_fragment(direct, start, end)))
    pinned = None if speech["sitting_id"] == speech["newest_sitting"] else sitting["id"]
    found.append(("Embed", url_for("pages.embed", speech_id=speech["speech_id"], sitting=pinned,
                                   _external=True)))
    return found


# -- pages --------------------------------------------------------------------

@pages.get("/")
def index() -> Any:
    return render_template("index.html", sittings=store.recent_sittings(get_db()), form={})


@pages.post("/submit")
@limited("submit")
def submit() -> Any:
    sub = read_submission()
    try:
        _sitting_id, job_id = intake(sub)
    except Refusal as exc:
        return render_template("index.html", sittings=store.recent_sittings(get_db()),
                               error=str(exc), form=request.form), 400
    return redirect(url_for("pages.job", job_id=job_id), code=303)


@pages.get("/jobs/<int:job_id>")
def job(job_id: int) -> Any:
    found = store.get_job(get_db(), job_id) or abort(404, f"There is no job {job_id}.")
    return render_template("job.html", job=found, sitting=sitting_or_404(found["sitting_id"]))


@pages.post("/jobs/<int:job_id>/cancel")
@limited("correct")
def job_cancel(job_id: int) -> Any:
    return job_action(job_id, "cancel")


@pages.post("/jobs/<int:job_id>/retry")
@limited("submit")  # a retry costs a whole transcription, like a submission
def job_retry(job_id: int) -> Any:
    return job_action(job_id, "retry")


def job_action(job_id: int, action: str) -> Any:
    change_job(job_id, action)
    return redirect(url_for("pages.job", job_id=job_id), code=303)


def _sitting_page(sitting_id: int, start: float | None) -> Any:
    sitting = sitting_or_404(sitting_id)
    speeches = store.sitting_speeches(get_db(), sitting_id)
    for s in speeches:
        s["permalink"] = permalink(s, external=False)
    speakers = sorted({s["speaker"] for s in speeches})
    return render_template("sitting.html", sitting=sitting, speeches=speeches, speakers=speakers,
                           job=store.latest_job(get_db(), sitting_id), start=start,
                           check_below=current_app.config["CHECK_BELOW"],
                           youtube=links.youtube_id(sitting["source_url"] or ""))


@pages.get("/sittings/<int:sitting_id>")
@public(job_of="sitting_id")
def sitting(sitting_id: int) -> Any:
    return _sitting_page(sitting_id, None)


@pages.get("/v/<int:sitting_id>")
@public("t", job_of="sitting_id")
def moment(sitting_id: int) -> Any:
    raw = request.args.get("t", "0")
    try:
        start = links.parse_t(raw)
    except ValueError:
        raise Refusal(f"Cannot read the time {raw[:40]!r}: use 754, 754s, 12m34s or 00:12:34.")
    return _sitting_page(sitting_id, start)


def _speech_context(speech_id: str, pinned: int | None) -> dict[str, Any]:
    speech = speech_or_404(speech_id, pinned)
    sitting = store.get_sitting(get_db(), speech["sitting_id"])
    start = speech["start"] or 0.0
    youtube = links.youtube_id(sitting["source_url"] or "")
    thumb = (f"https://i.ytimg.com/vi/{youtube}/hqdefault.jpg" if youtube else
             url_for("pages.thumbnail", sitting_id=sitting["id"], ms=int(start * 1000), _external=True))
    return {"speech": speech, "sitting": sitting, "share": share_links(sitting, speech),
            "permalink": permalink(speech), "thumb": thumb, "stop_at_end": "end" in request.args,
            "youtube": youtube, "history": store.history(get_db(), speech["row_id"])}


@pages.get("/s/<path:speech_id>")
@public("sitting", "end")
def speech(speech_id: str) -> Any:
    return render_template("speech.html", **_speech_context(
        speech_id, request.args.get("sitting", type=int)))


@pages.get("/embed/<path:speech_id>")
@public("sitting", "end")
def embed(speech_id: str) -> Any:
    return render_template("embed.html", **_speech_context(
        speech_id, request.args.get("sitting", type=int)))


@pages.get("/search")
@public("q", "speaker")
def search_page() -> Any:
    q, speaker = request.args.get("q", ""), request.args.get("speaker", "")
    hits = store.search(get_db(), q, speaker)
    for h in hits:
        h["permalink"] = permalink(h, external=False)
    return render_template("search.html", q=q, speaker=speaker, hits=hits,
                           searched=bool(q.strip() or speaker.strip()))


@pages.get("/check")
@public()
def check() -> Any:
    rows = store.needs_checking(get_db(), current_app.config["CHECK_BELOW"])
    for r in rows:
        r["permalink"] = permalink(r, external=False)
    return render_template("check.html", speeches=rows)


@pages.get("/media/<int:sitting_id>")
def media(sitting_id: int) -> Any:
    found = sitting_or_404(sitting_id)
    if not found["media_name"]:
        abort(404, "This sitting's video has not been fetched yet.")
    folder = current_app.config["MEDIA_DIR"] / found["folder"]
    return send_file(folder / found["media_name"], conditional=True, max_age=3600)


@pages.get("/thumb/<int:sitting_id>/<int:ms>.jpg")
def thumbnail(sitting_id: int, ms: int) -> Any:
    """A frame at a speech's start, made once with ffmpeg and kept (a plain card when the
    media has no picture). Only speech starts are offered, so files cannot pile up."""
    found = sitting_or_404(sitting_id)
    starts = {0} | {int(t * 1000) for s in store.sitting_speeches(get_db(), sitting_id)
                    for t in (s["start"], s["machine_start"]) if t is not None}
    if ms not in starts or not found["media_name"]:
        abort(404, "There is no picture for that moment.")
    folder = current_app.config["MEDIA_DIR"] / found["folder"]
    out = folder / "thumbs" / f"{ms}.jpg"
    if not out.exists():
        out.parent.mkdir(exist_ok=True)
        try:
            (ffmpeg.input(str(folder / found["media_name"]), ss=ms / 1000)
             .filter("scale", 640, -2).output(str(out), vframes=1)
             .overwrite_output().run(quiet=True))
        except ffmpeg.Error:
            out.unlink(missing_ok=True)
    if not out.exists():
        out = _card(folder / "thumbs" / "card.jpg")
    return send_file(out, mimetype="image/jpeg", max_age=86400)


def _card(out: Path) -> Path:
    if not out.exists():
        (ffmpeg.input("color=c=0x0b5d3b:s=640x360", f="lavfi")
         .output(str(out), vframes=1).overwrite_output().run(quiet=True))
    return out


@pages.get("/sittings/<int:sitting_id>/<any('transcript.json', 'transcript.vtt', "
           "'transcript.srt', 'links.json', 'chapters.vtt'):name>")
def download(sitting_id: int, name: str) -> Any:
    found = sitting_or_404(sitting_id)
    folder = current_app.config["MEDIA_DIR"] / found["folder"]
    speeches = store.sitting_speeches(get_db(), sitting_id)
    stem = secure_filename(found["title"]) or f"sitting-{sitting_id}"
    if name == "links.json":
        return _attachment(jsonify(links_json(found, speeches)), f"{stem}.links.json")
    if name == "chapters.vtt":
        return _attachment(current_app.response_class(chapters_vtt(speeches), mimetype="text/vtt"),
                           f"{stem}.chapters.vtt")
    path = folder / "transcript.json"
    if not path.exists():
        abort(404, "This sitting has no transcript yet.")
    from transcriber import Transcript
    transcript = Transcript.load(path)
    body, mime = {"transcript.json": (transcript.to_json(), "application/json"),
                  "transcript.vtt": (transcript.to_vtt(), "text/vtt"),
                  "transcript.srt": (transcript.to_srt(), "application/x-subrip")}[name]
    return _attachment(current_app.response_class(body, mimetype=mime), f"{stem}.{name}")


def _attachment(response: Any, filename: str) -> Any:
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def links_json(sitting: dict[str, Any], speeches: list[dict[str, Any]]) -> dict[str, Any]:
    """speechstamp.links/1 with the times in force (a human correction wins)."""
    return {"schema": "speechstamp.links/1", "source": sitting["source_url"] or sitting["media_name"],
            "record": sitting["record_name"],
            "speeches": [{"id": s["speech_id"], "speaker": s["speaker"], "start": s["start"],
                          "end": s["end"], "confidence": s["confidence"],
                          "status": "missing" if s["start"] is None else "matched",
                          "corrected": s["status"] == "corrected", "text": s["text"],
                          "url": permalink(s)} for s in speeches]}


def chapters_vtt(speeches: list[dict[str, Any]]) -> str:
    placed = [s for s in speeches if s["start"] is not None]
    cues = ["WEBVTT", ""]
    for i, s in enumerate(placed):
        end = s["end"] if s["end"] is not None else s["start"] + 1.0
        if i + 1 < len(placed):
            end = max(min(end, placed[i + 1]["start"]), s["start"] + 0.001)
        words = " ".join(s["text"].split()[:8])
        cues += [f"{_vtt_time(s['start'])} --> {_vtt_time(end)}", _vtt_text(f"{s['speaker']}: {words}"), ""]
    return "\n".join(cues)


def _vtt_text(text: str) -> str:
    """Cue text from the record: one line (a blank line would end the cue), and &, < and >
    escaped, so neither a player nor a page showing the cue reads markup or '-->' in it."""
    line = " ".join(text.split())
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _vtt_time(seconds: float) -> str:
    ms = int(round(seconds * 1000))
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


@pages.get("/oembed")
@public("url", "format")
def oembed() -> Any:
    url = urlsplit(request.args.get("url", ""))
    prefix = url_for("pages.speech", speech_id="x")[:-1]
    if not url.path.startswith(prefix) or len(url.path) <= len(prefix):
        raise Refusal("oEmbed needs the url of a speech page (/s/…).")
    if request.args.get("format", "json") != "json":
        abort(501, "Only the json format is offered.")
    speech_id = unquote(url.path[len(prefix):])
    raw = parse_qs(url.query).get("sitting", [""])[0]
    pinned = int(raw) if raw.isdigit() else None
    ctx = _speech_context(speech_id, pinned)
    src = url_for("pages.embed", speech_id=speech_id, sitting=pinned, _external=True)
    width, height = 640, 360
    return jsonify(version="1.0", type="video", provider_name="speechstamp",
                   provider_url=url_for("pages.index", _external=True),
                   title=f"{ctx['speech']['speaker']} at {clock(ctx['speech']['start'])}",
                   author_name=ctx["speech"]["speaker"], width=width, height=height,
                   thumbnail_url=ctx["thumb"], html=render_template(
                       "oembed.html", src=src, width=width, height=height, speech=ctx["speech"]))
