"""Benchmark: the outbox stays fast with 100,000 attempts in the journal.

``run()`` fills a journal in a temporary folder through the public ``Journal`` API (a
clock the benchmark controls spreads the attempts over a year), then times
``list_outbox``. Run it as ``uv run python tests/bench/bench_journal.py``; it prints one
JSON object of figures in milliseconds and nothing else.
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from orderdesk.core.order import Address, Customer, Line, OrderDraft
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal, OutboxState

ATTEMPTS = 100_000
PROFILES = (
    ("shop-dropday", "dropday"),
    ("eu-centra", "centra"),
    ("bc-store", "bigcommerce"),
    ("reviews", "feedbackcompany"),
)
OUTCOMES = (
    (OutcomeKind.CREATED, 70),
    (OutcomeKind.REJECTED, 12),
    (OutcomeKind.FAILED, 10),
    (OutcomeKind.UNAUTHORIZED, 3),
    (OutcomeKind.DUPLICATE, 3),
    (OutcomeKind.UNKNOWN, 2),
)
SURNAMES = ("Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters")


class SteppingClock:
    """Epoch seconds that advance by a fixed step on each reading: a year of traffic in seconds."""

    def __init__(self, start: float, step: float) -> None:
        self.now = start
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def build_journal(path: Path, attempts: int = ATTEMPTS, seed: int = 7) -> Journal:
    """A journal with ``attempts`` attempts: drafts sent to one to three profiles, some retried."""
    generator = random.Random(seed)
    clock = SteppingClock(start=time.time() - 365 * 86400, step=365 * 86400 / (attempts * 3))
    journal = Journal(path, clock=clock)
    kinds = [kind for kind, _ in OUTCOMES]
    weights = [weight for _, weight in OUTCOMES]
    made = 0
    number = 0
    while made < attempts:
        number += 1
        draft = _draft(number, generator)
        draft_id = journal.save_draft(draft, None)
        for profile, target in generator.sample(PROFILES, generator.randint(1, 3)):
            for _ in range(generator.choice((1, 1, 1, 2, 3))):
                body = json.dumps({"external_id": draft.external_id, "email": draft.customer.email})
                url = f"https://api.example/{target}/orders"
                headers = {"Accept": "application/json"}
                attempt_id = journal.begin_attempt(draft_id, draft, profile, target, "POST", url, body, headers)
                kind = generator.choices(kinds, weights)[0]
                journal.finish_attempt(attempt_id, Outcome(kind, status=200), generator.uniform(80, 900))
                made += 1
                if made == attempts or kind in (OutcomeKind.CREATED, OutcomeKind.DUPLICATE):
                    break
            if made == attempts:
                break
        journal.close_draft(draft_id)
    return journal


def _draft(number: int, generator: random.Random) -> OrderDraft:
    surname = generator.choice(SURNAMES)
    return OrderDraft(
        external_id=f"PH-{number:06d}",
        customer=Customer(name=f"Klant{number} {surname}", email=f"klant{number}@example.nl"),
        shipping=Address(first_name=f"Klant{number}", last_name=surname, address1="Dorpsstraat 1", country="NL"),
        lines=[Line(sku="SKU-1", name="Mok", quantity=Decimal(2), unit_price=Decimal("7.95"))],
    )


def _median_ms(action: Callable[[], object], repeats: int = 25) -> float:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings), 3)


def run() -> dict[str, float]:
    """Median milliseconds of the outbox queries (and of one autosave) at 100,000 attempts."""
    with tempfile.TemporaryDirectory() as folder:
        journal = build_journal(Path(folder) / "journal.sqlite3")
        try:
            draft = _draft(0, random.Random(1))
            return {
                "outbox_list_100k_ms": _median_ms(lambda: journal.list_outbox(limit=100)),
                # A text found once: the worst case, every order's searchable text is read.
                "outbox_list_100k_text_ms": _median_ms(lambda: journal.list_outbox(text="klant4242@", limit=100)),
                "outbox_list_100k_text_common_ms": _median_ms(lambda: journal.list_outbox(text="jansen", limit=100)),
                "outbox_list_100k_state_ms": _median_ms(
                    lambda: journal.list_outbox(state=OutboxState.FAILED, profile="eu-centra", limit=100)
                ),
                "outbox_list_100k_page_50_ms": _median_ms(lambda: journal.list_outbox(limit=100, offset=5000)),
                "save_draft_ms": _median_ms(lambda: journal.save_draft(draft, 1)),
            }
        finally:
            journal.close()


if __name__ == "__main__":
    print(json.dumps(run()))
