"""Crash safety of `speechstamp serve`, killed with SIGKILL (no clean shutdown):
during transcriptions, and during a burst of concurrent corrections. After each
restart every submitted sitting and every acknowledged (2xx) correction is there, the
interrupted jobs finish, and no reader ever saw half a sitting (a sitting's speeches
appear all at once, together with its job's 'done')."""
from __future__ import annotations

import http.client
import json
import threading

import pytest

import store
from hostile import SPEECHES, add_done_sitting, post_multipart
from media import have_tools, make_sitting, small_sitting_specs
from web_fixtures import Server, wait_for

pytestmark = pytest.mark.skipif(not have_tools(), reason="needs espeak-ng and ffmpeg")
TOKEN = "crash-test-admin-token"


class Watcher:
    """Reads the API over and over from another thread, and notes every view of a sitting
    that is half-written: some but not all speeches, or 'done' without its speeches."""

    def __init__(self, server: Server, sittings: list[int], speeches: int) -> None:
        self.server, self.sittings, self.speeches = server, sittings, speeches
        self.views, self.bad = 0, []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "Watcher":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(30)

    def _get(self, path: str) -> dict | None:
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            return json.loads(response.read()) if response.status == 200 else None
        except (OSError, http.client.HTTPException, ValueError):
            return None  # the server is down (killed) for a moment
        finally:
            conn.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            for sitting in self.sittings:
                view = self._get(f"/api/sittings/{sitting}")
                if view is None:
                    continue
                self.views += 1
                count, status = len(view["speeches"]), (view["job"] or {}).get("status")
                if count not in (0, self.speeches) or (status == "done") != (count == self.speeches):
                    self.bad.append((sitting, status, count))
            listing = self._get("/api/sittings") or {"sittings": []}
            for row in listing["sittings"]:
                if row["speeches"] not in (0, self.speeches):
                    self.bad.append(("list", row["id"], row["speeches"]))


def _status(server: Server, job: int) -> dict:
    return server.get_json(f"/api/jobs/{job}")


def test_killed_during_transcriptions_nothing_is_lost_or_half_shown(tmp_path):
    sitting = make_sitting(tmp_path / "sitting", small_sitting_specs())
    server = Server(tmp_path / "data", {"SPEECHSTAMP_WORKERS": "1"}).start()
    try:
        ids = []
        for n in range(2):
            reply = post_multipart(server.url, "/api/sittings", {"title": f"Sitting {n}"},
                                   {"video": ("sitting.mp4", sitting.media.read_bytes()),
                                    "record": ("record.xml", sitting.record_xml.read_bytes())})
            assert reply.status == 202, reply.text
            ids.append(reply.json())
        with Watcher(server, [i["sitting"] for i in ids], 5) as watcher:
            for victim in (ids[0]["job"], ids[1]["job"]):
                wait_for(lambda: _status(server, victim)["stage"] == "transcribing", every=0.05,
                         what=f"job {victim} to transcribe")
                server.kill()  # mid-transcription, no chance to clean up
                server.start()  # same store and media, a new process
            done = [wait_for(lambda j=i["job"]: (s := _status(server, j))["status"] not in
                             ("queued", "running") and s, what="the jobs to finish") for i in ids]
        assert [d["status"] for d in done] == ["done"] * 2, done
        assert [d["attempts"] for d in done] == [2, 2]
        listed = server.get_json("/api/sittings")["sittings"]
        assert sorted(s["id"] for s in listed) == sorted(i["sitting"] for i in ids)
        for i in ids:
            assert len(server.get_json(f"/api/sittings/{i['sitting']}")["speeches"]) == 5
        assert watcher.views > 0 and watcher.bad == []
    finally:
        server.stop()


def _burst(server: Server, sitting: int, worker: int, acked: list[tuple[str, float]],
           started: threading.Event) -> None:
    """Corrections one after another on one connection per request, until the server dies."""
    for n in range(10_000):
        field, value = ("start", "end")[n % 2], round(worker * 100 + n * 0.01, 3)
        body = json.dumps({"speech": SPEECHES[0], "field": field, "time": value})
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        try:
            conn.request("POST", f"/api/sittings/{sitting}/corrections", body,
                         {"Content-Type": "application/json"})
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                return
            acked.append((field, value))
            started.set()
        except (OSError, http.client.HTTPException):
            return  # killed: whatever was not answered was not acknowledged
        finally:
            conn.close()


def test_killed_during_a_burst_of_corrections_every_acknowledged_one_is_kept(tmp_path):
    data = tmp_path / "data"
    store.migrate(data / "s.db").close()
    sitting = add_done_sitting(data / "s.db", data / "media")
    server = Server(data, {"SPEECHSTAMP_CORRECT_RATE": "1000000/minute",
                           "SPEECHSTAMP_ADMIN_TOKEN": TOKEN}).start()
    try:
        acked: list[tuple[str, float]] = []
        started = threading.Event()
        workers = [threading.Thread(target=_burst, args=(server, sitting, w, acked, started))
                   for w in range(8)]
        for worker in workers:
            worker.start()
        wait_for(lambda: len(acked) >= 150, what="150 acknowledged corrections")
        server.kill()
        for worker in workers:
            worker.join(60)
        server.start()
        kept = server_corrections(server)
        assert set(acked) <= {(c["field"], c["value"]) for c in kept}, "an acknowledged correction was lost"
        speech = next(s for s in server.get_json(f"/api/sittings/{sitting}")["speeches"]
                      if s["id"] == SPEECHES[0])
        newest = {field: max((c for c in kept if c["field"] == field), key=lambda c: c["id"])["value"]
                  for field in ("start", "end")}
        assert (speech["start"], speech["end"]) == (newest["start"], newest["end"])
        assert speech["machine"] == {"start": 8.5, "end": 15.25, "status": "matched"}
        db = store.connect(data / "s.db")
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        server.stop()


def server_corrections(server: Server) -> list[dict]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        conn.request("GET", "/api/admin/corrections?limit=1000000",
                     headers={"Authorization": f"Bearer {TOKEN}"})
        response = conn.getresponse()
        assert response.status == 200
        return json.loads(response.read())["corrections"]
    finally:
        conn.close()
