"""Per-client rate limits on submissions and corrections: 429 with Retry-After and one
sentence, counted in SQLite (so they hold across threads and restarts), per address
(IPv6 per /64), X-Forwarded-For only from a trusted proxy; and the configuration."""
from __future__ import annotations

import subprocess
import threading

import pytest

import store
from hostile import SPEECHES, add_done_sitting
from web_fixtures import SPEECHSTAMP, make_app
from web_limits import ConfigError, Rate, parse_rate

# A refused submission still counts: probing the door costs the same as using it.
NOTHING = {"title": "no video, no record"}


def _app(tmp_path, **config):
    return make_app(tmp_path, START_JOBS=False, **config)


def _submit(client, address: str = "198.51.100.7", **headers: str):
    return client.post("/api/sittings", data=NOTHING, environ_base={"REMOTE_ADDR": address},
                       headers=headers)


def test_submissions_over_the_rate_get_429_with_retry_after(tmp_path):
    client = _app(tmp_path, SUBMIT_RATE="3/hour").test_client()
    assert [_submit(client).status_code for _ in range(3)] == [400, 400, 400]
    refused = _submit(client)
    assert refused.status_code == 429
    assert 3500 <= int(refused.headers["Retry-After"]) <= 3600
    assert refused.get_json() == {"error": "Too many submissions from your address (the limit is "
                                           "3 per hour): try again in 60 minutes."}
    assert _submit(client, "198.51.100.8").status_code == 400  # another client is not held up
    form = client.get("/").get_data(as_text=True)
    token = form.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    page = client.post("/submit", data={**NOTHING, "csrf_token": token},
                       environ_base={"REMOTE_ADDR": "198.51.100.7"})
    assert page.status_code == 429 and "Too many submissions" in page.get_data(as_text=True)


def test_a_retry_counts_as_a_submission(tmp_path):
    client = _app(tmp_path, SUBMIT_RATE="1/hour").test_client()
    assert _submit(client).status_code == 400
    assert client.post("/api/jobs/1/retry", environ_base={"REMOTE_ADDR": "198.51.100.7"}).status_code == 429


def test_the_count_survives_a_restart(tmp_path):
    client = _app(tmp_path, SUBMIT_RATE="2/day").test_client()
    _submit(client), _submit(client)
    again = _app(tmp_path, SUBMIT_RATE="2/day").test_client()  # same store, a new app
    assert _submit(again).status_code == 429


def test_concurrent_submissions_never_exceed_the_rate(tmp_path):
    app = _app(tmp_path, SUBMIT_RATE="5/minute")
    statuses: list[int] = []
    barrier = threading.Barrier(16)

    def one() -> None:
        client = app.test_client()
        barrier.wait()
        statuses.append(_submit(client).status_code)

    threads = [threading.Thread(target=one) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [400] * 5 + [429] * 11


def test_forwarded_for_counts_only_from_a_trusted_proxy(tmp_path):
    spoofing = _app(tmp_path / "a", SUBMIT_RATE="1/hour").test_client()
    assert _submit(spoofing, X_Forwarded_For="203.0.113.1").status_code == 400
    assert _submit(spoofing, X_Forwarded_For="203.0.113.2").status_code == 429  # same peer
    proxied = _app(tmp_path / "b", SUBMIT_RATE="1/hour", TRUSTED_PROXIES=1).test_client()
    # Behind one trusted proxy: the last X-Forwarded-For entry is the client (a client can
    # prepend anything, but not change what our proxy appended).
    assert _submit(proxied, "127.0.0.1", X_Forwarded_For="203.0.113.1").status_code == 400
    assert _submit(proxied, "127.0.0.1", X_Forwarded_For="203.0.113.2").status_code == 400
    assert _submit(proxied, "127.0.0.1", X_Forwarded_For="9.9.9.9, 203.0.113.1").status_code == 429


def test_ipv6_clients_are_counted_per_64(tmp_path):
    client = _app(tmp_path, SUBMIT_RATE="1/hour").test_client()
    assert _submit(client, "2001:db8:1:2::1").status_code == 400
    assert _submit(client, "2001:db8:1:2:ffff::9").status_code == 429
    assert _submit(client, "2001:db8:1:3::1").status_code == 400


def test_corrections_over_the_rate_get_429_and_are_not_stored(tmp_path):
    app = _app(tmp_path, CORRECT_RATE="2/minute")
    sitting = add_done_sitting(app.config["DATABASE"], app.config["MEDIA_DIR"])
    client = app.test_client()
    url = f"/api/sittings/{sitting}/corrections"
    sent = [client.post(url, json={"speech": SPEECHES[0], "field": "start", "time": 9.0 + i})
            for i in range(3)]
    assert [r.status_code for r in sent] == [200, 200, 429]
    assert "Too many corrections" in sent[2].get_json()["error"]
    assert int(sent[2].headers["Retry-After"]) <= 60
    assert client.post(url + "/undo", json={"speech": SPEECHES[0], "field": "start"}).status_code == 429
    db = store.connect(app.config["DATABASE"])
    assert [r["value"] for r in db.query("SELECT value FROM corrections")] == [9.0, 10.0]


def test_the_window_slides(tmp_path):
    db = store.migrate(tmp_path / "s.db")
    assert store.take_hit(db, "a", "submit", 2, 60) == 0.0
    assert store.take_hit(db, "a", "submit", 2, 60) == 0.0
    wait = store.take_hit(db, "a", "submit", 2, 60)
    assert 59 < wait <= 60
    # Age the first hit past the window: one more is allowed, and the stale row is gone.
    db.execute("UPDATE hits SET at = at - 61 WHERE rowid = (SELECT min(rowid) FROM hits)")
    assert store.take_hit(db, "a", "submit", 2, 60) == 0.0
    assert db.execute("SELECT count(*) FROM hits").fetchone()[0] == 2
    assert store.hits_wait(db, "a", "submit", 2, 60) > 0 and store.hits_wait(db, "b", "submit", 2, 60) == 0


@pytest.mark.parametrize("text,rate", [("10/hour", Rate(10, 3600)), ("60 / minute", Rate(60, 60)),
                                       ("5/seconds", Rate(5, 1)), ("100/day", Rate(100, 86400))])
def test_rates_are_read(text, rate):
    assert parse_rate(text) == rate


@pytest.mark.parametrize("text", ["", "10", "ten/hour", "0/hour", "10/fortnight", "-1/hour"])
def test_bad_rates_are_refused(text):
    with pytest.raises(ConfigError, match="expected e.g. 10/hour"):
        parse_rate(text)


def test_serve_with_a_bad_rate_says_so_in_one_sentence(tmp_path):
    result = subprocess.run([str(SPEECHSTAMP), "serve", "--port", "0", "--db", str(tmp_path / "s.db"),
                             "--media-dir", str(tmp_path / "m")], cwd=tmp_path, capture_output=True,
                            text=True, timeout=120,
                            env={"PATH": "/usr/bin:/bin", "SPEECHSTAMP_SUBMIT_RATE": "lots",
                                 "SPEECHSTAMP_DATA": str(tmp_path)})
    assert result.returncode == 1
    assert result.stderr.strip() == ("Error: Cannot start the service: Cannot read the rate 'lots': "
                                     "expected e.g. 10/hour or 60/minute (units: second, minute, "
                                     "hour, day).")


def test_limits_are_kept_per_kind(tmp_path):
    app = _app(tmp_path, SUBMIT_RATE="1/hour", CORRECT_RATE="5/minute")
    sitting = add_done_sitting(app.config["DATABASE"], app.config["MEDIA_DIR"])
    client = app.test_client()
    _submit(client, "127.0.0.1")
    assert _submit(client, "127.0.0.1").status_code == 429
    ok = client.post(f"/api/sittings/{sitting}/corrections",
                     json={"speech": SPEECHES[0], "field": "end", "time": 16})
    assert ok.status_code == 200
