"""Benchmark: the team journal on PostgreSQL against the desk's own SQLite journal.

A throw-away PostgreSQL server is started for the run (tests/fixtures_postgres.py's
``private_cluster``: ``apt install postgresql``). Figures:

- ``pg_outbox_list_100k_ms``: median milliseconds of one outbox page (100 orders, newest
  first) with 100,000 attempts in the team journal (goal under 100). The history is
  bench_journal's, built in SQLite and copied in with ``orderdesk journal migrate``'s copy.
- ``pg_submit_1000_vs_sqlite``: sending 1,000 Dropday orders to the sandbox through
  ``submit_all`` journaling on PostgreSQL, as a ratio of the same with SQLite in the same run
  (throughput; goal at least 0.7). The best of ``bench_submit.ROUNDS`` rounds of each counts.
- ``pg_claim_race_duplicates``: four desks (journals, each on its own thread) claim the
  same 1,000 failed orders at once; how many orders more than one desk won (goal 0).

Run it as ``uv run python tests/bench/bench_pg.py``; it prints one JSON object.
"""

from __future__ import annotations

import json
import sys
import tempfile
import threading
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from orderdesk.config.profiles import Profile  # noqa: E402
from orderdesk.core.outcome import Outcome, OutcomeKind  # noqa: E402
from orderdesk.journal import Journal, OutboxState  # noqa: E402
from orderdesk.journal.postgres.copy import copy_history  # noqa: E402
from orderdesk.journal.postgres.store import PostgresJournal  # noqa: E402
from orderdesk.sending.submit import submit_all  # noqa: E402
from tests.bench.bench_journal import _median_ms, build_journal  # noqa: E402
from tests.bench.bench_submit import ROUNDS, WORKERS, _bodies, _SandboxProcess, _Secrets  # noqa: E402
from tests.fixtures_postgres import PostgresCluster, private_cluster  # noqa: E402
from tests.journal.samples import make_draft  # noqa: E402

CLAIM_ORDERS = 1000
CLAIM_DESKS = 4


def _database(cluster: PostgresCluster, name: str) -> str:
    with psycopg.connect(cluster.url(), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return cluster.url(name)


def _outbox_list(cluster: PostgresCluster, folder: Path) -> float:
    url = _database(cluster, "bench_outbox")
    build_journal(folder / "journal.sqlite3").close()
    PostgresJournal(url, where="bench", desk="bench").close()  # the schema
    with psycopg.connect(url, autocommit=True) as connection:
        copy_history(folder / "journal.sqlite3", connection, "bench")
        connection.execute("ANALYZE")
    with PostgresJournal(url, where="bench", desk="bench") as journal:
        return _median_ms(lambda: journal.list_outbox(limit=100))


def _submit(sandbox: _SandboxProcess, journal: Journal | PostgresJournal, prefix: str) -> float:
    profile = Profile(name="bench", target="dropday", base_url=sandbox.base_url("dropday"), account_id="101")
    bodies = _bodies(prefix)
    started = time.perf_counter()
    outcomes = submit_all(bodies, profile, _Secrets(), journal, workers=WORKERS)
    elapsed = time.perf_counter() - started
    if {outcome.kind for outcome in outcomes} != {OutcomeKind.CREATED}:
        raise RuntimeError("not every order was created")
    return elapsed


def _submit_ratio(cluster: PostgresCluster, folder: Path) -> float:
    url = _database(cluster, "bench_submit")
    sandbox = _SandboxProcess()
    try:
        with Journal(folder / "submit.sqlite3") as sqlite, PostgresJournal(url, where="bench", desk="bench") as team:
            _submit(sandbox, sqlite, "WARM-SQLITE")
            _submit(sandbox, team, "WARM-PG")
            on_sqlite, on_pg = [], []
            for number in range(ROUNDS):
                on_sqlite.append(_submit(sandbox, sqlite, f"SQLITE{number}"))
                on_pg.append(_submit(sandbox, team, f"PG{number}"))
    finally:
        sandbox.stop()
    return min(on_sqlite) / min(on_pg)


def _claim_race(cluster: PostgresCluster) -> float:
    url = _database(cluster, "bench_claims")
    with PostgresJournal(url, where="bench", desk="setup") as journal:
        orders = []
        for number in range(CLAIM_ORDERS):
            attempt = journal.begin_attempt(None, make_draft(f"RACE-{number}"), "shop", "dropday", "POST", "u", "{}")
            journal.finish_attempt(attempt, Outcome(OutcomeKind.FAILED, retryable=True), 1.0)
            orders.append((journal.attempt(attempt).order_key, attempt))
    desks = [PostgresJournal(url, where="bench", desk=f"desk-{number}") for number in range(CLAIM_DESKS)]
    wins: list[int] = []
    start = threading.Barrier(CLAIM_DESKS)

    def claim_all(desk: PostgresJournal, order: list[tuple[int, int]]) -> None:
        start.wait()
        won = [key for key, latest in order if desk.claim(key, latest, (OutboxState.FAILED,))]
        wins.extend(won)

    threads = [
        threading.Thread(target=claim_all, args=(desk, orders if number % 2 == 0 else orders[::-1]))
        for number, desk in enumerate(desks)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for desk in desks:
        desk.close()
    if len(set(wins)) != CLAIM_ORDERS:
        raise RuntimeError(f"only {len(set(wins))} of {CLAIM_ORDERS} orders were claimed")
    return float(len(wins) - len(set(wins)))


def run() -> dict[str, float]:
    """Start a PostgreSQL server, measure, and stop it."""
    with private_cluster() as cluster, tempfile.TemporaryDirectory(prefix="orderdesk-bench-") as folder:
        return {
            "pg_outbox_list_100k_ms": _outbox_list(cluster, Path(folder)),
            "pg_submit_1000_vs_sqlite": round(_submit_ratio(cluster, Path(folder)), 3),
            "pg_claim_race_duplicates": _claim_race(cluster),
        }


if __name__ == "__main__":
    print(json.dumps(run()))
