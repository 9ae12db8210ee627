"""``detente watch``: local feeds, a feed over a local HTTP server, signals (real processes)."""

from __future__ import annotations

import functools
import json
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

import detente.api.commands.watch  # noqa: F401 - registers the command
from detente.api.cli import app
from detente.errors import InputError
from detente.store import Store
from detente.watch import parse_interval, read_feed_list

runner = CliRunner()
WATCH = Path(__file__).resolve().parent / "fixtures" / "watch"


def run(*args: object) -> Result:
    return runner.invoke(app, [str(a) for a in args])


def rounds(result: Result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture()
def feed(tmp_path: Path) -> Path:
    """A feed file that a test may update between rounds."""
    path = tmp_path / "feed.rss"
    shutil.copy(WATCH / "feed.rss", path)
    return path


def feed_list(tmp_path: Path, *feeds: object) -> Path:
    path = tmp_path / "feeds.txt"
    path.write_text("# feeds to watch\n\n" + "\n".join(f"{f}  # a feed" for f in feeds) + "\n")
    return path


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The watch fixtures served by a local HTTP server; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(WATCH))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.mark.parametrize(
    ("text", "seconds"), [("30s", 30), ("15m", 900), ("1h", 3600), ("2", 2), ("0.5s", 0.5)]
)
def test_parse_interval(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "0s", "15 minutes", "1d", "-5m"])
def test_parse_interval_refuses(text: str) -> None:
    with pytest.raises(InputError, match=r"\[E903\]"):
        parse_interval(text)


def test_read_feed_list(tmp_path: Path) -> None:
    path = feed_list(tmp_path, "https://example.org/a.rss", "feeds/b.xml")
    assert read_feed_list(path) == ["https://example.org/a.rss", "feeds/b.xml"]


@pytest.mark.parametrize(("content", "code"), [(None, "E905"), ("# nothing\n\n", "E906")])
def test_read_feed_list_refuses(tmp_path: Path, content: str | None, code: str) -> None:
    path = tmp_path / "feeds.txt"
    if content is not None:
        path.write_text(content)
    with pytest.raises(InputError, match=rf"\[{code}\]"):
        read_feed_list(path)


def test_once_stores_the_items_then_only_new_ones(tmp_path: Path, feed: Path) -> None:
    db, feeds = tmp_path / "news.duckdb", feed_list(tmp_path, feed)
    first = run("watch", feeds, "--once", "--db", db, "--json")
    assert first.exit_code == 0, first.output
    counts = {k: rounds(first)[0][k] for k in ("round", "read", "skipped", "failed", "stored")}
    assert counts == {"round": 1, "read": 2, "skipped": 0, "failed": 0, "stored": 2}
    again = run("watch", feeds, "--once", "--db", db, "--json")
    assert rounds(again)[0]["stored"] == 0 and rounds(again)[0]["skipped"] == 2
    shutil.copy(WATCH / "feed-updated.rss", feed)
    updated = run("watch", feeds, "--once", "--db", db, "--json")
    assert (rounds(updated)[0]["stored"], rounds(updated)[0]["skipped"]) == (1, 2)
    with Store(db, read_only=True) as store:
        assert store.stats()["documents"] == 3


def test_a_feed_over_http(tmp_path: Path, server: str) -> None:
    db = tmp_path / "news.duckdb"
    feeds = feed_list(tmp_path, f"{server}/feed-updated.rss")
    result = run("watch", feeds, "--once", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    assert rounds(result)[0]["stored"] == 3
    with Store(db, read_only=True) as store:
        urls = set(store.query("SELECT url FROM documents")["url"])
    assert "https://news.example.org/2024/07/03/kenya-somalia-aid" in urls


def test_a_feed_that_cannot_be_fetched(tmp_path: Path, server: str, feed: Path) -> None:
    """A missing page and a closed port are one error each; the other feed is stored."""
    db = tmp_path / "news.duckdb"
    feeds = feed_list(tmp_path, f"{server}/gone.rss", "http://127.0.0.1:9/feed.rss", feed)
    result = run("watch", feeds, "--once", "--db", db, "--json", "--timeout", "5")
    assert result.exit_code == 1
    assert rounds(result)[0]["failed"] == 2 and rounds(result)[0]["stored"] == 2
    errors = [line for line in result.stderr.splitlines() if "[E904]" in line]
    assert len(errors) == 2 and "gone.rss" in errors[0] and "127.0.0.1:9" in errors[1]


@pytest.mark.parametrize(
    ("signum", "after_first_round"), [(signal.SIGINT, True), (signal.SIGTERM, False)]
)
def test_a_signal_stops_watch_cleanly(
    tmp_path: Path, feed: Path, signum: int, after_first_round: bool
) -> None:
    """Stopped between rounds or during the first one, watch exits cleanly with a readable db."""
    db, feeds = tmp_path / "news.duckdb", feed_list(tmp_path, feed)
    command = [
        sys.executable,
        "-c",
        "from detente.api.cli import main; main()",
        "watch",
        str(feeds),
        "--every",
        "1h",
    ]
    proc = subprocess.Popen(
        [*command, "--db", str(db), "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        if after_first_round:
            assert proc.stdout is not None
            first = json.loads(proc.stdout.readline())
            assert first["round"] == 1 and first["stored"] == 2
        else:  # the store is opened once the signal handlers are in place
            deadline = time.monotonic() + 60
            while not db.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
        proc.send_signal(signum)
        out, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode in (0, 130), err
    total = json.loads(out.decode().splitlines()[-1])
    with Store(db, read_only=True) as store:
        stats = store.stats()
        n_events = int(store.query("SELECT coalesce(sum(n_events), 0) AS n FROM documents")["n"][0])
    assert stats["documents"] == stats["sources"] <= 2
    assert stats["events"] == n_events
    if after_first_round:
        assert (total["rounds"], total["stored"], stats["documents"]) == (1, 2, 2)
