"""The web service: create_app() with two blueprints, pages (HTML) and api (JSON).

Thin: the store answers queries, jobs.py runs the work, linker.links builds deep
links. Errors a user can cause become one sentence: JSON {"error"} under /api/,
an error page elsewhere; never a stack trace.
"""
from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import ffmpeg
from flask import (Blueprint, Flask, abort, current_app, g, jsonify, redirect, render_template,
                   request, send_file, session, url_for)
from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.utils import secure_filename

import jobs
import store
from linker import links

log = logging.getLogger("speechstamp.web")
pages = Blueprint("pages", __name__)
api = Blueprint("api", __name__, url_prefix="/api")
MB = 1024 * 1024


class Refusal(Exception):
    """A submission or request we refuse, with the one sentence that says why (400)."""


# -- application factory ------------------------------------------------------

def _env_config() -> dict[str, Any]:
    data = Path(os.environ.get("SPEECHSTAMP_DATA", "speechstamp-data"))
    return {
        "DATA_DIR": data,
        "DATABASE": Path(os.environ.get("SPEECHSTAMP_DB", data / "speechstamp.db")),
        "MEDIA_DIR": Path(os.environ.get("SPEECHSTAMP_MEDIA_DIR", data / "media")),
        "MAX_CONTENT_LENGTH": int(os.environ.get("SPEECHSTAMP_MAX_UPLOAD_MB", "2048")) * MB,
        "ALLOW_PRIVATE_URLS": os.environ.get("SPEECHSTAMP_ALLOW_PRIVATE_URLS") == "1",
        "JOB_ENGINE": os.environ.get("SPEECHSTAMP_JOB_ENGINE", "local"),
        "WORKERS": int(os.environ.get("SPEECHSTAMP_WORKERS", "1")),
        "CHECK_BELOW": float(os.environ.get("SPEECHSTAMP_CHECK_BELOW", str(store.CHECK_BELOW))),
        "START_JOBS": True,
    }


def _secret_key(data_dir: Path) -> str:
    """Kept in the data folder, so sessions (and CSRF tokens) survive a restart."""
    path = data_dir / "secret_key"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(_env_config())
    app.config.update(test_config or {})
    for key in ("DATA_DIR", "DATABASE", "MEDIA_DIR"):
        app.config[key] = Path(app.config[key]).resolve()
    app.config["MEDIA_DIR"].mkdir(parents=True, exist_ok=True)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _secret_key(app.config["DATA_DIR"])
    app.config.update(SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_HTTPONLY=True)
    store.migrate(app.config["DATABASE"]).close()
    settings = jobs.JobSettings(
        db_path=app.config["DATABASE"], media_dir=app.config["MEDIA_DIR"],
        workers=app.config["WORKERS"], allow_private=app.config["ALLOW_PRIVATE_URLS"],
        max_bytes=app.config["MAX_CONTENT_LENGTH"])
    engine = jobs.make_engine(app.config["JOB_ENGINE"], settings)
    app.extensions["speechstamp"] = engine
    if app.config["START_JOBS"]:
        engine.start()
    app.register_blueprint(pages)
    app.register_blueprint(api)
    app.teardown_appcontext(_close_db)
    app.before_request(_check_csrf)
    app.after_request(_security_headers)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Refusal, _refusal)
    app.register_error_handler(Exception, _server_error)
    app.jinja_env.globals.update(csrf_token=csrf_token, clock=clock)
    return app


def get_db() -> Any:
    if "db" not in g:
        g.db = store.connect(current_app.config["DATABASE"])
    return g.db


def _close_db(_exc: BaseException | None = None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


# -- errors and CSRF ----------------------------------------------------------

def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.path == "/oembed"


def _error(status: int, message: str) -> Any:
    if _wants_json():
        return jsonify(error=message), status
    return render_template("error.html", status=status, message=message), status


def _http_error(exc: HTTPException) -> Any:
    if isinstance(exc, RequestEntityTooLarge):
        limit = current_app.config["MAX_CONTENT_LENGTH"]
        size = f"{limit // MB} MB" if limit >= MB else f"{limit} bytes"
        return _error(413, f"The upload is too large: the limit is {size}.")
    ours = exc.description != type(exc).description  # a message we gave to abort()
    defaults = {404: "Not found.", 405: "That method is not allowed here."}
    message = exc.description if ours or exc.code not in defaults else defaults[exc.code]
    return _error(exc.code or 500, message)


def _refusal(exc: Refusal) -> Any:
    return _error(400, str(exc))


def _server_error(exc: Exception) -> Any:
    log.exception("unhandled error on %s", request.path)
    return _error(500, "Something went wrong on our side; nothing you sent was lost.")


# Pages load only our own scripts, styles, pictures and media; YouTube plays in its frame.
_CSP = ("default-src 'self'; img-src 'self' data:; media-src 'self'; object-src 'none'; "
        "frame-src https://www.youtube-nocookie.com; base-uri 'none'; form-action 'self'")


def _security_headers(response: Any) -> Any:
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    if response.mimetype == "text/html":
        embeddable = request.endpoint == "pages.embed"
        response.headers.setdefault("Content-Security-Policy", _CSP + (
            "; frame-ancestors *" if embeddable else "; frame-ancestors 'self'"))
        if not embeddable:
            response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
    return response


def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def _check_csrf() -> None:
    """HTML forms carry a per-session token. API calls from a browser (they carry our
    session cookie) send it as X-CSRF-Token; cookie-less API clients need none, as a
    cross-site request cannot ride on a session they do not have."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    has_cookie = current_app.config["SESSION_COOKIE_NAME"] in request.cookies
    if request.path.startswith("/api/"):
        sent = request.headers.get("X-CSRF-Token")
        if not has_cookie:
            return
    else:
        sent = request.form.get("csrf_token")
    if not sent or not secrets.compare_digest(sent, session.get("csrf", "")):
        abort(400, "The form expired or did not come from this site: reload the page and try again.")


# -- helpers ------------------------------------------------------------------

def clock(seconds: float | None) -> str:
    return "—" if seconds is None else links.format_clock(seconds)


def sitting_or_404(sitting_id: int) -> dict[str, Any]:
    sitting = store.get_sitting(get_db(), sitting_id)
    if sitting is None:
        abort(404, f"There is no sitting {sitting_id}.")
    return sitting


def speech_or_404(speech_id: str, pinned: int | None) -> dict[str, Any]:
    speech = store.find_speech(get_db(), speech_id, pinned)
    if speech is None:
        abort(404, f"There is no speech {speech_id}" + (f" in sitting {pinned}." if pinned else "."))
    return speech


def permalink(speech: dict[str, Any], external: bool = True) -> str:
    """/s/<speech id> names the newest sitting holding that speech; an older sitting's
    copy is pinned with ?sitting=N so its link never changes meaning."""
    pinned = None if speech["sitting_id"] == speech["newest_sitting"] else speech["sitting_id"]
    return url_for("pages.speech", speech_id=speech["speech_id"], sitting=pinned, _external=external)


def media_url(sitting: dict[str, Any]) -> str:
    return url_for("pages.media", sitting_id=sitting["id"], _external=True)


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


def speech_json(speech: dict[str, Any]) -> dict[str, Any]:
    return {"id": speech["speech_id"], "speaker": speech["speaker"], "start": speech["start"],
            "end": speech["end"], "confidence": speech["confidence"], "status": speech["status"],
            "machine": {"start": speech["machine_start"], "end": speech["machine_end"],
                        "status": speech["machine_status"]},
            "url": permalink(speech), "text": speech["text"]}


def job_json(job: dict[str, Any]) -> dict[str, Any]:
    return {"id": job["id"], "sitting": job["sitting_id"], "status": job["status"],
            "stage": job["stage"], "progress": job["progress"], "error": job["error"],
            "attempts": job["attempts"],
            "url": url_for("pages.job", job_id=job["id"], _external=True),
            "sitting_url": url_for("pages.sitting", sitting_id=job["sitting_id"], _external=True)}


def sitting_json(sitting: dict[str, Any]) -> dict[str, Any]:
    speeches = store.sitting_speeches(get_db(), sitting["id"])
    job = store.latest_job(get_db(), sitting["id"])
    return {"id": sitting["id"], "title": sitting["title"],
            "source": sitting["source_url"] or "upload", "source_kind": sitting["source_kind"],
            "duration": sitting["duration"], "job": job_json(job) if job else None,
            "media": media_url(sitting) if sitting["media_name"] else None,
            "speeches": [speech_json(s) for s in speeches]}


# -- intake -------------------------------------------------------------------

def _given(file: FileStorage | None) -> FileStorage | None:
    return file if file is not None and file.filename else None


def read_submission() -> jobs.Submission:
    form, files = request.form, request.files
    return jobs.Submission(
        title=form.get("title", "").strip()[:200], video_url=form.get("video_url", "").strip(),
        video=_given(files.get("video")), record=_given(files.get("record")),
        record_text=form.get("record_text", "").strip(), record_url=form.get("record_url", "").strip())


def intake(sub: jobs.Submission) -> tuple[int, int]:
    """Accept a submission (its inputs are on disk before the job is queued), start it."""
    try:
        sitting_id, job_id = jobs.accept(get_db(), current_app.config["MEDIA_DIR"], sub,
                                         allow_private=current_app.config["ALLOW_PRIVATE_URLS"])
    except jobs.SubmissionError as exc:
        raise Refusal(str(exc)) from None
    current_app.extensions["speechstamp"].submit(job_id)
    return sitting_id, job_id


# -- pages --------------------------------------------------------------------

@pages.get("/")
def index() -> Any:
    return render_template("index.html", sittings=store.recent_sittings(get_db()), form={})


@pages.post("/submit")
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


@pages.post("/jobs/<int:job_id>/<any(cancel, retry):action>")
def job_action(job_id: int, action: str) -> Any:
    change = store.request_cancel if action == "cancel" else store.retry_job
    change(get_db(), job_id) or abort(404, f"There is no job {job_id}.")
    current_app.extensions["speechstamp"].submit(job_id)
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
def sitting(sitting_id: int) -> Any:
    return _sitting_page(sitting_id, None)


@pages.get("/v/<int:sitting_id>")
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
def speech(speech_id: str) -> Any:
    return render_template("speech.html", **_speech_context(
        speech_id, request.args.get("sitting", type=int)))


@pages.get("/embed/<path:speech_id>")
def embed(speech_id: str) -> Any:
    return render_template("embed.html", **_speech_context(
        speech_id, request.args.get("sitting", type=int)))


@pages.get("/search")
def search_page() -> Any:
    q, speaker = request.args.get("q", ""), request.args.get("speaker", "")
    hits = store.search(get_db(), q, speaker)
    for h in hits:
        h["permalink"] = permalink(h, external=False)
    return render_template("search.html", q=q, speaker=speaker, hits=hits,
                           searched=bool(q.strip() or speaker.strip()))


@pages.get("/check")
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
        cues += [f"{_vtt_time(s['start'])} --> {_vtt_time(end)}", f"{s['speaker']}: {words}", ""]
    return "\n".join(cues)


def _vtt_time(seconds: float) -> str:
    ms = int(round(seconds * 1000))
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


@pages.get("/oembed")
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


# -- JSON API -----------------------------------------------------------------

@api.post("/sittings")
def api_submit() -> Any:
    sitting_id, job_id = intake(read_submission())
    return jsonify(sitting=sitting_id, job=job_id,
                   job_url=url_for("api.api_job", job_id=job_id, _external=True)), 202


@api.get("/sittings")
def api_sittings() -> Any:
    return jsonify(sittings=[{"id": s["id"], "title": s["title"], "job": s["job_id"],
                              "status": s["job_status"], "speeches": s["speech_count"],
                              "url": url_for("api.api_sitting", sitting_id=s["id"], _external=True)}
                             for s in store.recent_sittings(get_db(), 100)])


@api.get("/sittings/<int:sitting_id>")
def api_sitting(sitting_id: int) -> Any:
    return jsonify(sitting_json(sitting_or_404(sitting_id)))


@api.get("/jobs/<int:job_id>")
def api_job(job_id: int) -> Any:
    found = store.get_job(get_db(), job_id) or abort(404, f"There is no job {job_id}.")
    return jsonify(job_json(found))


@api.post("/jobs/<int:job_id>/<any(cancel, retry):action>")
def api_job_action(job_id: int, action: str) -> Any:
    change = store.request_cancel if action == "cancel" else store.retry_job
    found = change(get_db(), job_id) or abort(404, f"There is no job {job_id}.")
    current_app.extensions["speechstamp"].submit(job_id)
    return jsonify(job_json(found))


@api.get("/search")
def api_search() -> Any:
    hits = store.search(get_db(), request.args.get("q", ""), request.args.get("speaker", ""))
    return jsonify(results=[{**speech_json(h), "sitting": h["sitting_id"],
                             "sitting_title": h["sitting_title"],
                             "snippet": h["snippet"].replace("\x02", "").replace("\x03", "")}
                            for h in hits])


def _correction_input(sitting_id: int) -> tuple[dict[str, Any], str, dict[str, Any]]:
    data = request.get_json(silent=True) or request.form
    speech_id, field = str(data.get("speech", "")), str(data.get("field", ""))
    if field not in store.FIELDS:
        raise Refusal("field must be one of: start, end.")
    speech = store.find_speech(get_db(), speech_id, sitting_id)
    if speech is None:
        abort(404, f"There is no speech {speech_id!r} in sitting {sitting_id}.")
    return speech, field, data


@api.post("/sittings/<int:sitting_id>/corrections")
def api_correct(sitting_id: int) -> Any:
    """A human says: this speech starts (or ends) at `time` seconds."""
    speech, field, data = _correction_input(sitting_id)
    try:
        value = float(data.get("time"))
    except (TypeError, ValueError):
        raise Refusal("time must be a number of seconds.") from None
    duration = sitting_or_404(sitting_id)["duration"]
    if not 0 <= value <= (duration or float("inf")) or value != value:
        raise Refusal("time must lie within the video.")
    store.correct(get_db(), speech["row_id"], field, value)
    return jsonify(speech_json(store.find_speech(get_db(), speech["speech_id"], sitting_id)))


@api.post("/sittings/<int:sitting_id>/corrections/undo")
def api_undo(sitting_id: int) -> Any:
    speech, field, _data = _correction_input(sitting_id)
    if not store.undo(get_db(), speech["row_id"], field):
        raise Refusal(f"There is no correction of this speech's {field} to undo.")
    return jsonify(speech_json(store.find_speech(get_db(), speech["speech_id"], sitting_id)))


@api.get("/openapi.json")
def openapi() -> Any:
    doc = current_app.jinja_env.get_template("openapi.json").render()
    return current_app.response_class(doc, mimetype="application/json")
