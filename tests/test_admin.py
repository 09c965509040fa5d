"""Admin actions, only with the configured token: delete a sitting (even while its job
runs), revert one client's corrections, ban and unban addresses; and volunteer
corrections never touch the machine's times."""
from __future__ import annotations

import threading

import pytest

import jobs
import store
from hostile import SPEECHES, add_done_sitting
from pipeline import JobResult
from transcriber.transcript import Transcript
from web_fixtures import make_app, wait_for

TOKEN = "correct horse battery staple ✓"
ADMIN = {"Authorization": f"Bearer {TOKEN}"}
VANDAL, VOLUNTEER = "198.51.100.66", "198.51.100.7"


@pytest.fixture
def app(tmp_path):
    return make_app(tmp_path, START_JOBS=False, ADMIN_TOKEN=TOKEN)


def _as(address: str) -> dict:
    return {"environ_base": {"REMOTE_ADDR": address}}


def _correct(client, sitting: int, address: str, field: str, time: float, speech: str = SPEECHES[0]):
    return client.post(f"/api/sittings/{sitting}/corrections",
                       json={"speech": speech, "field": field, "time": time}, **_as(address))


def _speech(client, sitting: int, speech: str = SPEECHES[0]) -> dict:
    found = client.get(f"/api/sittings/{sitting}").get_json()["speeches"]
    return next(s for s in found if s["id"] == speech)


def test_without_a_configured_token_admin_is_disabled(tmp_path):
    client = make_app(tmp_path, START_JOBS=False).test_client()
    for headers in ({}, {"Authorization": "Bearer "}, ADMIN):
        reply = client.get("/api/admin/bans", headers=headers)
        assert reply.status_code == 403
        assert reply.get_json() == {"error": "Admin actions are disabled: no SPEECHSTAMP_ADMIN_TOKEN "
                                             "is configured."}


@pytest.mark.parametrize("headers", [{}, {"Authorization": TOKEN}, {"Authorization": "Bearer wrong"},
                                     {"Authorization": f"Basic {TOKEN}"},
                                     {"Authorization": f"Bearer {TOKEN}x"},
                                     {"Authorization": "Bearer " + TOKEN[:-1]}, {"X-Admin-Token": TOKEN}])
def test_a_missing_or_wrong_token_is_401(app, headers):
    client = app.test_client()
    reply = client.delete("/api/admin/sittings/1", headers=headers)
    assert reply.status_code == 401
    assert reply.get_json()["error"] == ("Admin actions need the admin token: send "
                                         "'Authorization: Bearer <token>'.")


def test_guessing_the_token_is_stopped_after_ten_tries(app):
    client = app.test_client()
    for n in range(10):
        assert client.get("/api/admin/bans", headers={"Authorization": f"Bearer {n}"},
                          **_as(VANDAL)).status_code == 401
    blocked = client.get("/api/admin/bans", headers=ADMIN, **_as(VANDAL))  # even the right one now
    assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) > 0
    assert client.get("/api/admin/bans", headers=ADMIN, **_as(VOLUNTEER)).status_code == 200


def test_delete_a_sitting_with_everything_it_had(app):
    keep = add_done_sitting(app.config["DATABASE"], app.config["MEDIA_DIR"], "Keep")
    gone = add_done_sitting(app.config["DATABASE"], app.config["MEDIA_DIR"], "Spam")
    client = app.test_client()
    assert _correct(client, gone, VANDAL, "start", 3.0).status_code == 200
    folder = app.config["MEDIA_DIR"] / store.get_sitting(store.connect(app.config["DATABASE"]), gone)["folder"]
    assert folder.is_dir()
    reply = client.delete(f"/api/admin/sittings/{gone}", headers=ADMIN)
    assert reply.status_code == 200 and reply.get_json() == {"deleted": gone}
    assert not folder.exists()
    assert client.get(f"/api/sittings/{gone}").status_code == 404
    assert client.get(f"/sittings/{gone}").status_code == 404
    assert [s["id"] for s in client.get("/api/sittings").get_json()["sittings"]] == [keep]
    assert {h["sitting"] for h in client.get("/api/search?q=making").get_json()["results"]} == {keep}
    db = store.connect(app.config["DATABASE"])
    assert db.execute("SELECT count(*) FROM corrections").fetchone()[0] == 0
    assert client.delete(f"/api/admin/sittings/{gone}", headers=ADMIN).status_code == 404


def test_revert_takes_back_one_clients_work_and_nothing_else(app):
    sitting = add_done_sitting(app.config["DATABASE"], app.config["MEDIA_DIR"])
    client = app.test_client()
    assert _correct(client, sitting, VOLUNTEER, "start", 8.0).status_code == 200
    assert _correct(client, sitting, VOLUNTEER, "end", 15.0).status_code == 200
    # The vandal undoes the volunteer's start and moves both times.
    assert client.post(f"/api/sittings/{sitting}/corrections/undo",
                       json={"speech": SPEECHES[0], "field": "start"}, **_as(VANDAL)).status_code == 200
    assert _correct(client, sitting, VANDAL, "start", 600.0).status_code == 200
    assert _correct(client, sitting, VANDAL, "end", 601.0).status_code == 200
    assert _correct(client, sitting, VANDAL, "start", 700.0, SPEECHES[1]).status_code == 200
    assert _speech(client, sitting)["start"] == 600.0
    log = client.get(f"/api/admin/corrections?client={VANDAL}", headers=ADMIN).get_json()["corrections"]
    assert len(log) == 4 and {c["client"] for c in log} == {VANDAL, VOLUNTEER}  # incl. the undone one
    reply = client.post("/api/admin/corrections/revert", json={"client": VANDAL}, headers=ADMIN)
    assert reply.get_json() == {"client": VANDAL, "reverted": 4}
    first, second = _speech(client, sitting), _speech(client, sitting, SPEECHES[1])
    assert (first["start"], first["end"], first["status"]) == (8.0, 15.0, "corrected")
    assert (second["start"], second["status"]) == (None, "missing")
    assert first["machine"] == {"start": 8.5, "end": 15.25, "status": "matched"}
    db = store.connect(app.config["DATABASE"])
    assert db.execute("SELECT count(*) FROM corrections").fetchone()[0] == 5  # nothing deleted


def test_volunteer_corrections_never_touch_the_machine_times(app):
    sitting = add_done_sitting(app.config["DATABASE"], app.config["MEDIA_DIR"])
    client = app.test_client()
    for n in range(20):
        _correct(client, sitting, VOLUNTEER, ("start", "end")[n % 2], 1.0 + n)
        if n % 3 == 0:
            client.post(f"/api/sittings/{sitting}/corrections/undo",
                        json={"speech": SPEECHES[0], "field": "start"}, **_as(VOLUNTEER))
    db = store.connect(app.config["DATABASE"])
    row = next(db.query("SELECT start, \"end\", status, confidence FROM speeches WHERE speech_id = ?",
                        [SPEECHES[0]]))
    assert row == {"start": 8.5, "end": 15.25, "status": "matched", "confidence": 0.9}
    assert _speech(client, sitting)["machine"] == {"start": 8.5, "end": 15.25, "status": "matched"}


def test_a_ban_stops_submissions_and_corrections_but_not_reading(app):
    sitting = add_done_sitting(app.config["DATABASE"], app.config["MEDIA_DIR"])
    client = app.test_client()
    reply = client.post("/api/admin/bans", json={"address": "203.0.113.0/24", "reason": "spam"},
                        headers=ADMIN)
    assert reply.status_code == 201 and reply.get_json() == {"banned": "203.0.113.0/24"}
    banned = _as("203.0.113.9")
    refusals = [client.post("/api/sittings", data={"video_url": "https://example.org/v.mp4"}, **banned),
                _correct(client, sitting, "203.0.113.9", "start", 1.0),
                client.post(f"/api/sittings/{sitting}/corrections/undo",
                            json={"speech": SPEECHES[0], "field": "start"}, **banned),
                client.post("/api/jobs/1/retry", **banned), client.post("/api/jobs/1/cancel", **banned)]
    for refused in refusals:
        assert refused.status_code == 403
        assert refused.get_json() == {"error": "This address may not submit or correct anything here."}
    assert client.get(f"/api/sittings/{sitting}", **banned).status_code == 200
    assert app.test_client().get(f"/s/{SPEECHES[0]}", **banned).status_code == 200  # (no cookie kept)
    assert _correct(client, sitting, VOLUNTEER, "start", 1.0).status_code == 200
    assert [b["address"] for b in client.get("/api/admin/bans", headers=ADMIN).get_json()["bans"]] \
        == ["203.0.113.0/24"]
    assert client.delete("/api/admin/bans/203.0.113.0/24", headers=ADMIN).status_code == 200
    assert _correct(client, sitting, "203.0.113.9", "start", 2.0).status_code == 200


@pytest.mark.parametrize("address", ["", "not-an-address", "203.0.113.0/99", "<script>"])
def test_a_bad_ban_is_a_400(app, address):
    reply = app.test_client().post("/api/admin/bans", json={"address": address}, headers=ADMIN)
    assert reply.status_code == 400 and "is not an IP address or network" in reply.get_json()["error"]


def test_who_corrected_is_shown_to_admins_only(app):
    sitting = add_done_sitting(app.config["DATABASE"], app.config["MEDIA_DIR"])
    client = app.test_client()
    _correct(client, sitting, VOLUNTEER, "start", 8.0)
    for path in (f"/s/{SPEECHES[0]}", f"/sittings/{sitting}", f"/api/sittings/{sitting}",
                 f"/sittings/{sitting}/links.json"):
        assert VOLUNTEER not in client.get(path).get_data(as_text=True)


def test_deleting_a_sitting_while_its_job_runs_stops_the_job_cleanly(app, tmp_path):
    """The job notices at its next progress check, stores nothing, and the worker lives on."""
    sitting = add_done_sitting(app.config["DATABASE"], app.config["MEDIA_DIR"], "Running")
    db = store.connect(app.config["DATABASE"])
    job = db["jobs"].insert({"sitting_id": sitting, "status": "queued", "stage": "queued",
                             "progress": 0.0, "created_at": store.now()}).last_pk
    started, stored = threading.Event(), []

    def runner(media, record, options, progress, cancelled):
        started.set()
        wait_for(cancelled, what="the job to be told to stop")
        stored.append("runner returned")
        return JobResult(Transcript("x", "0" * 64, 1.0, "en", "tiny.en", []), None, [])

    settings = jobs.JobSettings(db_path=app.config["DATABASE"], media_dir=app.config["MEDIA_DIR"])
    engine = jobs.LocalEngine(settings, runner)
    engine.start()
    try:
        wait_for(started.is_set, what="the job to start")
        assert app.test_client().delete(f"/api/admin/sittings/{sitting}", headers=ADMIN).status_code == 200
        wait_for(lambda: stored, what="the runner to stop")
        assert store.get_job(db, job) is None and store.sitting_speeches(db, sitting) == []
        other = add_done_sitting(app.config["DATABASE"], app.config["MEDIA_DIR"], "Next")
        assert store.get_sitting(db, other) is not None
        assert all(t.is_alive() for t in engine._threads)
    finally:
        engine.stop(timeout=30)
