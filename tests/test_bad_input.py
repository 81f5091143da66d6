"""Bad input never loses data and says so in one line: every input here is written by the
test itself (empty, binary, mis-encoded, huge, hostile), and the good items beside it
must still come through."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from polemos.decode import decode_bytes
from polemos.errors import InputError
from polemos.fetch import Fetcher
from polemos.ingest import read_source, unique_ids
from polemos.schema import Document
from polemos.webpage import html_to_document

FR = "Des manifestants ont été dispersés à Paris lundi par la police.\n"
EN = "Police fired tear gas at protesters in Dakar on Monday.\n"
ROOT = Path(__file__).resolve().parent.parent


def _split(items: list) -> tuple[list[Document], list[str]]:
    return ([d for d in items if isinstance(d, Document)],
            [str(e) for e in items if isinstance(e, InputError)])


def _line(**record: object) -> str:
    return json.dumps(record, ensure_ascii=False)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded(codec: str) -> None:
    text = FR + "Демонстранты в Киеве.\n"
    assert decode_bytes(text.encode(codec), "x.txt") == text


def test_random_bytes_stay_binary() -> None:
    data = bytes(range(256)) * 20
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(data, "r.bin")


@pytest.mark.parametrize(("name", "data", "what"), [
    ("a.jsonl", gzip.compress(_line(text=EN).encode() * 3), "gzip"),
    ("a.txt", gzip.compress(EN.encode()), "gzip"),
    ("a.html", b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
    ("a.jsonl", b"%PDF-1.4\n" + bytes(range(256)), "PDF"),
])
def test_binary_file_is_one_error(tmp_path: Path, name: str, data: bytes, what: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    items = list(read_source(str(path)))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert str(path) in str(items[0]) and what in str(items[0])


def test_mixed_encodings_in_jsonl_keep_the_good_lines(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join([
        _line(id="a", text=FR).encode("utf-8"),
        _line(id="b", text=FR).encode("latin-1"),
        _line(id="c", text=FR).encode("utf-16"),
        _line(id="d", text=EN).encode("utf-8"),
    ]) + b"\n")
    docs, errors = _split(list(read_source(str(path))))
    assert [d.id for d in docs] == ["a", "d"]
    assert [e.split(":")[1] for e in errors] == ["2", "3"]
    assert all("not UTF-8" in e for e in errors)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le"])
def test_utf16_jsonl_is_read(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "u.jsonl"
    path.write_bytes("".join(_line(id=str(i), text=FR) + "\n" for i in range(3)).encode(codec))
    docs, errors = _split(list(read_source(str(path))))
    assert [d.id for d in docs] == ["0", "1", "2"] and not errors


def test_bad_line_kinds_name_their_line(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text("\n".join([
        _line(id="ok1", text=EN), '{"id": "x", "text": "cut', "[1, 2]", "42",
        _line(id="n", text=None), _line(id="i", text=7), _line(id="ok2", text=FR),
    ]) + "\n", encoding="utf-8")
    docs, errors = _split(list(read_source(str(path))))
    assert [d.id for d in docs] == ["ok1", "ok2"]
    assert [e.split(":")[1] for e in errors] == ["2", "3", "4", "5", "6"]
    assert "at at" not in errors[0] and all("\n" not in e for e in errors)


def test_malformed_published_keeps_the_document(tmp_path: Path,
                                                caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(_line(id=str(i), text=EN, published=v) for i, v in
                              enumerate(["2024-13-45", "yesterday", 12345, "2024-03-05"])),
                    encoding="utf-8")
    docs, errors = _split(list(read_source(str(path))))
    assert [d.id for d in docs] == ["0", "1", "2", "3"] and not errors
    assert [d.published is None for d in docs] == [True, True, True, False]
    assert caplog.text.count("bad 'published' date ignored") == 3


def test_text_too_long_for_one_document(tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text(EN * 100, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "l.jsonl").write_text(_line(text=EN * 100) + "\n" + _line(text=FR) + "\n",
                                      encoding="utf-8")
    docs, errors = _split(list(read_source(str(tmp_path), max_chars=1000)))
    assert len(docs) == 2
    assert len(errors) == 2 and all("too long" in e for e in errors)
    assert any("l.jsonl:1" in e for e in errors) and any("long.txt" in e for e in errors)


def test_unreadable_directory_and_path_are_reported(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real_walk = os.walk

    def walk(top, onerror=None, **kw):  # noqa: ANN001, ANN202 - the locked dir cannot be listed
        for dirpath, dirnames, filenames in real_walk(top, onerror=onerror, **kw):
            if dirpath.endswith("locked"):
                onerror(PermissionError(13, "Permission denied", dirpath))
                continue
            yield dirpath, dirnames, filenames

    monkeypatch.setattr("polemos.ingest.os.walk", walk)
    docs, errors = _split(list(read_source(str(tmp_path))))
    assert len(docs) == 1
    assert errors == [f"{tmp_path / 'locked'}: cannot read directory (Permission denied)"]

    def stat(self, **kw):  # noqa: ANN001, ANN202
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "stat", stat)
    [err] = list(read_source(str(tmp_path / "locked" / "b.txt")))
    assert isinstance(err, InputError) and "Permission denied" in str(err)


def test_repeated_id_with_another_text_gets_its_own() -> None:
    docs = [Document(text=EN, id="same", source="f:1"), Document(text=FR, id="same", source="f:2"),
            Document(text=EN, id="same", source="f:3")]
    ids = [d.id for d in unique_ids(docs)]
    assert ids[0] == "same" and ids[2] == "same"  # a true duplicate stays one
    assert ids[1] == Document(text=FR).id  # another text keeps its own, stable id
    stored = {"1": "another text, stored yesterday"}
    [renamed] = list(unique_ids([Document(text=EN, id="1")], stored.get))
    assert renamed.id == Document(text=EN).id


def test_deeply_nested_html_says_why() -> None:
    html = "<html><body>" + "<div>" * 5000 + "<p>Gunmen attacked.</p>" + "</div>" * 5000
    with pytest.raises(InputError, match="nested too deeply"):
        html_to_document(html, source="deep.html")


def test_html_far_over_the_text_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    para = "<p>Armed men attacked a village on Tuesday, local sources said.</p>\n"
    (tmp_path / "huge.html").write_text(f"<html><body>{para * 2000}</body></html>",
                                        encoding="utf-8")
    scripts = "<script>var s = '<b>x</b>';</script>\n" * 2000
    (tmp_path / "ok.html").write_text(
        f"<html><head>{scripts}</head><body><article><h1>Attack</h1>{para}</article></body></html>",
        encoding="utf-8")
    docs, errors = _split(list(read_source(str(tmp_path), max_chars=10_000)))
    assert [e for e in errors if "huge.html" in e and "about" in e and "too long" in e]
    assert len(errors) == 1 and len(docs) == 1  # scripts and tags are not text
    assert "attacked a village" in docs[0].text


def test_visible_text_estimate_skips_markup() -> None:
    from polemos.webpage import visible_text_chars

    html = "<html><style>p {color: red}</style><p>Five  words\n here.</p><a<a<a</html>"
    assert visible_text_chars(html) == len("Five words here.<a<a<a")
    assert visible_text_chars(html.encode("utf-8")) == len("Five words here.<a<a<a")


def test_closed_port_is_a_connection_error_not_robots() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("Connection refused", request=request)

    fetcher = Fetcher(transport=httpx.MockTransport(refuse), retries=0, per_host_interval=0)
    [err] = list(read_source("http://127.0.0.1:9/story.html", fetcher=fetcher))
    assert "connection failed" in str(err) and "robots" not in str(err)


# -- the command line: one line per problem, never a traceback ------------------------------

def _run(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "polemos", *args], capture_output=True,
                          text=True, timeout=600, cwd=cwd, env={**os.environ, **(env or {})})


def _no_traceback(r: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in r.stderr, r.stderr


@pytest.fixture
def extractor(tmp_path: Path) -> dict:
    """A trivial extractor module (no events; raises on the word BOOM), importable by the CLI."""
    (tmp_path / "fake_extractor.py").write_text(
        "def extract(doc):\n"
        "    if 'BOOM' in doc.text:\n"
        "        raise RuntimeError('extractor bug')\n"
        "    return []\n", encoding="utf-8")
    return {"PYTHONPATH": f"{tmp_path}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}


def test_ingest_keeps_repeated_ids_and_prints_every_error(tmp_path: Path, extractor: dict) -> None:
    (tmp_path / "a.jsonl").write_text(_line(id=1, text=EN) + "\n", encoding="utf-8")
    bad = [_line(id=1, text=FR)] + [f'{{"bad": {i}' for i in range(12)] + [_line(text="BOOM")]
    (tmp_path / "b.jsonl").write_text("\n".join(bad) + "\n", encoding="utf-8")
    db = tmp_path / "t.db"
    args = ("ingest", "--db", str(db), "--extractor", "fake_extractor:extract", "a.jsonl",
            "b.jsonl")
    r = _run(*args, cwd=tmp_path, env=extractor)
    assert r.returncode == 0, r.stderr
    _no_traceback(r)
    assert "documents read: 3" in r.stdout and "failed: 13" in r.stdout
    assert sum("b.jsonl:" in ln and "invalid JSON" in ln for ln in r.stderr.splitlines()) == 12
    assert any("extractor bug" in ln for ln in r.stderr.splitlines())
    import sqlite3

    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == 2
    again = _run(*args, cwd=tmp_path, env=extractor)  # idempotent: both texts now skipped
    assert "skipped (already stored): 2" in again.stdout, again.stdout


def test_events_on_a_missing_store_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "no" / "such.db"
    r = _run("events", "--db", str(db), cwd=tmp_path)
    assert r.returncode != 0 and "no event store" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and not db.parent.exists()
    (tmp_path / "junk.db").write_bytes(os.urandom(4096))
    r = _run("events", "--db", "junk.db", cwd=tmp_path)
    assert r.returncode != 0 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    _no_traceback(r)


def test_unforeseen_errors_are_one_line(tmp_path: Path) -> None:
    (tmp_path / "gold.jsonl").write_bytes(b"\xff\xfe\x00\x01garbage")
    r = _run("evaluate", "articles", "gold.jsonl", cwd=tmp_path)
    assert r.returncode == 1 and "gold.jsonl" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    _no_traceback(r)


def test_classify_bad_lines_and_binary(tmp_path: Path) -> None:
    (tmp_path / "s.gz").write_bytes(gzip.compress(b'{"text": "x"}\n' * 10))
    r = _run("classify", "s.gz", cwd=tmp_path)
    assert r.returncode == 1 and r.stderr.strip().count("\n") == 0 and "gzip" in r.stderr
    (tmp_path / "empty.jsonl").write_text("")
    r = _run("classify", "empty.jsonl", cwd=tmp_path)
    assert r.returncode == 1 and "empty" in r.stderr
    _no_traceback(r)


def test_train_skips_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "latin1.csv").write_bytes("notes,sub_event_type\n\"Défilé\",Peaceful protest\n"
                                          .encode("latin-1"))
    r = _run("train", "latin1.csv", "--model", "m", "--no-negatives", cwd=tmp_path)
    assert r.returncode == 1 and "latin1.csv: not UTF-8" in r.stderr, r.stderr
    _no_traceback(r)
