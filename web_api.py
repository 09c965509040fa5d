"""The JSON API (blueprint `api`, under /api): submissions, sittings, jobs, search and
volunteer corrections. The OpenAPI document is templates/openapi.json."""
from __future__ import annotations

import math
from typing import Any

from flask import Blueprint, abort, current_app, jsonify, request, url_for

import store
from app import (Refusal, change_job, csrf_token, get_db, intake, media_url, permalink, public,
                 read_submission, sitting_or_404)
from web_limits import client_key, limited

api = Blueprint("api", __name__, url_prefix="/api")


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
    db = get_db()
    with db.atomic():  # one snapshot: the job's status and its speeches agree
        speeches = store.sitting_speeches(db, sitting["id"])
        job = store.latest_job(db, sitting["id"])
    return {"id": sitting["id"], "title": sitting["title"],
            "source": sitting["source_url"] or "upload", "source_kind": sitting["source_kind"],
            "duration": sitting["duration"], "job": job_json(job) if job else None,
            "media": media_url(sitting) if sitting["media_name"] else None,
            "speeches": [speech_json(s) for s in speeches]}


@api.post("/sittings")
@limited("submit")
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
@public(job_of="sitting_id")
def api_sitting(sitting_id: int) -> Any:
    return jsonify(sitting_json(sitting_or_404(sitting_id)))


@api.get("/jobs/<int:job_id>")
def api_job(job_id: int) -> Any:
    found = store.get_job(get_db(), job_id) or abort(404, f"There is no job {job_id}.")
    return jsonify(job_json(found))


@api.post("/jobs/<int:job_id>/cancel")
@limited("correct")
def api_job_cancel(job_id: int) -> Any:
    return api_job_action(job_id, "cancel")


@api.post("/jobs/<int:job_id>/retry")
@limited("submit")  # a retry costs a whole transcription, like a submission
def api_job_retry(job_id: int) -> Any:
    return api_job_action(job_id, "retry")


def api_job_action(job_id: int, action: str) -> Any:
    return jsonify(job_json(change_job(job_id, action)))


@api.get("/search")
@public("q", "speaker")
def api_search() -> Any:
    hits = store.search(get_db(), request.args.get("q", ""), request.args.get("speaker", ""))
    return jsonify(results=[{**speech_json(h), "sitting": h["sitting_id"],
                             "sitting_title": h["sitting_title"],
                             "snippet": h["snippet"].replace("\x02", "").replace("\x03", "")}
                            for h in hits])


def _correction_input(sitting_id: int) -> tuple[dict[str, Any], str, dict[str, Any]]:
    data = request.get_json(silent=True) or request.form
    if not hasattr(data, "get"):
        raise Refusal('Send a JSON object: {"speech": …, "field": "start" or "end", "time": seconds}.')
    speech_id, field = str(data.get("speech", ""))[:300], str(data.get("field", ""))
    if field not in store.FIELDS:
        raise Refusal("field must be one of: start, end.")
    speech = store.find_speech(get_db(), speech_id, sitting_id)
    if speech is None:
        abort(404, f"There is no speech {speech_id[:100]!r} in sitting {sitting_id}.")
    return speech, field, data


@api.post("/sittings/<int:sitting_id>/corrections")
@limited("correct")
def api_correct(sitting_id: int) -> Any:
    """A human says: this speech starts (or ends) at `time` seconds."""
    speech, field, data = _correction_input(sitting_id)
    try:
        value = float(data.get("time"))
    except (TypeError, ValueError, OverflowError):
        raise Refusal("time must be a number of seconds.") from None
    duration = sitting_or_404(sitting_id)["duration"]
    if not math.isfinite(value) or not 0 <= value <= (duration or float("inf")):
        raise Refusal("time must lie within the video.")
    store.correct(get_db(), speech["row_id"], field, value, client=client_key())
    return jsonify(speech_json(store.find_speech(get_db(), speech["speech_id"], sitting_id)))


@api.post("/sittings/<int:sitting_id>/corrections/undo")
@limited("correct")
def api_undo(sitting_id: int) -> Any:
    speech, field, _data = _correction_input(sitting_id)
    if not store.undo(get_db(), speech["row_id"], field, client=client_key()):
        raise Refusal(f"There is no correction of this speech's {field} to undo.")
    return jsonify(speech_json(store.find_speech(get_db(), speech["speech_id"], sitting_id)))


@api.get("/csrf")
def api_csrf() -> Any:
    """The session's CSRF token, for a page's script about to change something: public
    pages carry no session (so they can be cached), and a session starts here instead.
    Another site's script cannot read the answer (same-origin policy), so cannot forge."""
    response = jsonify(token=csrf_token())
    response.headers["Cache-Control"] = "no-store"
    return response


@api.get("/openapi.json")
def openapi() -> Any:
    doc = current_app.jinja_env.get_template("openapi.json").render()
    return current_app.response_class(doc, mimetype="application/json")
