"""`speechstamp batch` on the local engine: real model, real generated media."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import batch as batching
from cli import main
from media import build_clip, encode, have_tools, make_sitting, small_sitting_specs, write_wav

pytestmark = pytest.mark.skipif(not have_tools(), reason="needs espeak-ng and ffmpeg")


@pytest.fixture(scope="module")
def media_dir(tmp_path_factory) -> Path:
    """Two short clips, a small sitting with its record, and a file that is not media."""
    root = tmp_path_factory.mktemp("batch-media")
    write_wav(build_clip(["Order, order.", 0.4, "The question is that the amendment be made."]).audio,
              root / "order.wav")
    wav = write_wav(build_clip(["The ayes to the right, three hundred and twelve."]).audio,
                    root / "ayes-src.wav")
    encode(wav, root / "ayes.mp4")
    make_sitting(root / "sitting", small_sitting_specs(), preamble=None)
    (root / "broken.mp4").write_text("this is not a video\n")
    return root


def run(args: list[str]):
    return CliRunner().invoke(main, ["batch", *args], catch_exceptions=False)


def table_rows(output: str) -> dict[str, str]:
    """The summary table's lines by item name."""
    return {line.split()[0]: line for line in output.splitlines() if line and not line.startswith(" ")}


def test_batch_writes_outputs_reports_bad_item_and_resumes(whisper_model, media_dir, tmp_path):
    out = tmp_path / "out"
    listing = tmp_path / "items.tsv"
    sitting = media_dir / "sitting"
    listing.write_text(f"# media<TAB>record\n{media_dir / 'order.wav'}\n"
                       f"{sitting / 'sitting.mp4'}\t{sitting / 'record.xml'}\n\n"
                       f"{media_dir / 'broken.mp4'}\n")
    first = run([str(media_dir / "ayes.mp4"), "--list", str(listing), "--out-dir", str(out)])

    assert first.exit_code == 1
    rows = table_rows(first.stdout)
    assert "failed: broken.mp4 is not a media file ffmpeg can read" in rows["broken"]
    for key in ("ayes", "order", "sitting"):
        assert rows[key].endswith("ok"), rows[key]
        transcript = json.loads((out / f"{key}.json").read_text())
        assert transcript["schema"] == "speechstamp.transcript/1"
        assert (out / f"{key}.vtt").read_text().startswith("WEBVTT")
        assert (out / f"{key}.srt").read_text().startswith("1\n")
    assert "amendment" in json.loads((out / "order.json").read_text())["segments"][0]["text"]
    links = json.loads((out / "sitting.links.json").read_text())
    statuses = [speech["status"] for speech in links["speeches"]]
    assert len(statuses) == 5 and statuses.count("matched") >= 3
    assert rows["sitting"].split()[3:5] == [str(statuses.count("matched")), str(statuses.count("missing"))]
    assert not (out / "broken.json").exists()
    assert not list(out.glob(".*"))  # no temporary files left
    assert "4 items: 3 ok (0 skipped as done), 1 failed" in first.stdout
    done = [out / f"{key}.{suffix}" for key in ("ayes", "order", "sitting") for suffix in ("json", "vtt", "srt")]
    stamps = [p.stat().st_mtime_ns for p in done]

    # Re-run: what is done is skipped (files untouched), the failed item is tried again.
    second = run([str(media_dir / "ayes.mp4"), "--list", str(listing), "--out-dir", str(out)])
    assert second.exit_code == 1
    rows = table_rows(second.stdout)
    assert all(rows[key].endswith("skipped (done)") for key in ("ayes", "order", "sitting"))
    assert rows["sitting"].split()[3:5] == [str(statuses.count("matched")), str(statuses.count("missing"))]
    assert "failed:" in rows["broken"]
    assert [p.stat().st_mtime_ns for p in done] == stamps

    # The bad item is fixed: the next run does it, and only it.
    (media_dir / "broken.mp4").write_bytes((media_dir / "ayes.mp4").read_bytes())
    third = run([str(media_dir / "ayes.mp4"), "--list", str(listing), "--out-dir", str(out)])
    assert third.exit_code == 0, third.output
    assert table_rows(third.stdout)["broken"].endswith("ok")
    assert "4 items: 4 ok (3 skipped as done), 0 failed" in third.stdout
    summary = json.loads((out / "batch-summary.json").read_text())
    assert [item["key"] for item in summary["items"]] == ["ayes", "order", "sitting", "broken"]


def test_other_settings_transcribe_again(whisper_model, media_dir, tmp_path):
    out = tmp_path / "out"
    clip = str(media_dir / "order.wav")
    assert run([clip, "--out-dir", str(out)]).exit_code == 0
    again = run([clip, "--out-dir", str(out), "--compute-type", "float32"])
    assert again.exit_code == 0
    assert table_rows(again.stdout)["order"].endswith("ok")
    settings = json.loads((out / "order.json").read_text())["settings"]
    assert settings["compute_type"] == "float32"


def test_missing_files_are_reported_and_the_rest_finish(whisper_model, media_dir, tmp_path):
    out = tmp_path / "out"
    result = run([str(tmp_path / "nowhere.mp4"), str(media_dir / "order.wav"), "--out-dir", str(out)])
    assert result.exit_code == 1
    rows = table_rows(result.stdout)
    assert rows["nowhere"].endswith(f"failed: File not found: {tmp_path / 'nowhere.mp4'}.")
    assert rows["order"].endswith("ok")


@pytest.mark.parametrize("args, message", [
    ([], "Error: No items: give media files or URLs, or --list FILE."),
    (["--list", "{tmp}/missing.tsv"], "Error: Cannot read list {tmp}/missing.tsv: No such file or directory."),
    (["--list", "{tmp}/bad.tsv"], "Error: {tmp}/bad.tsv, line 2: expected 'media' or 'media<TAB>record'."),
    (["{tmp}/a.mp4", "--list", "{tmp}/twice.tsv"],
     "Error: {tmp}/a.mp4 is listed twice; each media may appear once in a batch."),
    (["{tmp}/a.mp4", "--model", "{tmp}/nomodel"], "Error: Model folder '{tmp}/nomodel' does not exist."),
])
def test_batch_refuses_bad_input_in_one_sentence(tmp_path, args, message):
    (tmp_path / "bad.tsv").write_text("a.mp4\ta.xml\nb.mp4\tb.xml\textra\n")
    (tmp_path / "twice.tsv").write_text(f"{tmp_path}/b.mp4\n{tmp_path}/a.mp4\ta.xml\n")
    args = [a.format(tmp=tmp_path) for a in args]
    result = run([*args, "--out-dir", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.strip() == message.format(tmp=tmp_path)
    assert not (tmp_path / "out").exists()


def test_list_lines(tmp_path):
    listing = tmp_path / "l.tsv"
    listing.write_text("# comment\n\na.mp4\n https://example.org/v/s1.mp4 \t r1.xml\nb.mp4\t\n")
    assert batching.read_list(listing) == [("a.mp4", None), ("https://example.org/v/s1.mp4", "r1.xml"),
                                           ("b.mp4", None)]


def test_item_names_are_unique_and_safe():
    items = batching.make_items([("clg/sitting.mp4", None), ("defra/sitting.mp4", None),
                                 ("a/x/day.mp4", None), ("b/x/day.mp4", None),
                                 ("https://www.youtube.com/watch?v=abc_123", None),
                                 ("https://example.org/a b/Day 1.mp4?x=1", None)])
    keys = [item.key for item in items]
    assert keys[:2] == ["clg-sitting", "defra-sitting"]
    assert keys[2].startswith("x-day-") and keys[3].startswith("x-day-") and keys[2] != keys[3]
    assert keys[4:] == ["abc_123", "Day_1"]


def test_write_atomic_leaves_old_file_when_interrupted(tmp_path):
    target = tmp_path / "a.json"
    target.write_text("old")
    with pytest.raises(TypeError):
        batching.write_atomic(target, object())  # type: ignore[arg-type]
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_summary_table_columns():
    table = batching.summary_table([
        batching.Outcome("s1", "s1.mp4", duration=3725.2, seconds=61.04, matched=40, missing=2),
        batching.Outcome("s2", "s2.mp4", error="File not found: s2.mp4."),
        batching.Outcome("s3", "s3.mp4", duration=59.6, skipped=True)])
    lines = table.splitlines()
    assert lines[0].split() == ["item", "audio", "took", "matched", "missing", "result"]
    assert lines[1].split() == ["s1", "1:02:05", "61.0s", "40", "2", "ok"]
    assert lines[2].split()[:5] == ["s2", "-", "-", "-", "-"]
    assert lines[2].endswith("failed: File not found: s2.mp4.")
    assert lines[3].split() == ["s3", "0:01:00", "-", "-", "-", "skipped", "(done)"]
    assert lines[4] == "3 items: 2 ok (1 skipped as done), 1 failed"
