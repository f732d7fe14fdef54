"""A fifth API registered from the tests alone reaches every table and takes an order through a sandbox.

Nothing in ``orderdesk`` names Parcel Post (tests/targets/fifth_api.py): if an API fact were
still kept in a hand-written table outside the API's declaration, one of these would fail.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from orderdesk.config.credentials import SECRET_KIND, SECRET_LABEL
from orderdesk.config.profiles import ProfileError, ProfileStore, make_profile
from orderdesk.core.order import Line, OrderDraft
from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal import Journal, curl_command
from orderdesk.journal.auth import non_secret
from orderdesk.outbox.earlier import earlier_order
from orderdesk.sandbox import handlers
from orderdesk.sandbox.api import SECRET
from orderdesk.sandbox.server import RunningSandbox, start_sandbox
from orderdesk.sending.submit import CLIENTS, can_look_up, reconcile, submit
from orderdesk.targets import registry
from tests.client_support import FAST, MemorySecrets
from tests.fixtures_keyring import PrivateSecretService
from tests.targets.fifth_api import DECLARATION, NAME, SANDBOX, ParcelClient


@pytest.fixture
def parcel_sandbox() -> Iterator[RunningSandbox]:
    """Parcel Post registered with the app and the sandbox, and a sandbox of this test's own serving it."""
    with registry.registered(DECLARATION), handlers.registered(SANDBOX):
        running = start_sandbox()
        try:
            yield running
        finally:
            running.stop()


def _draft() -> OrderDraft:
    draft = OrderDraft(external_id="PP-1")
    draft.customer.email = "ann@example.com"
    draft.lines = [Line(sku="BOX-S", quantity=Decimal(2))]
    return draft


def test_a_registered_api_is_in_every_table(parcel_sandbox: RunningSandbox) -> None:
    assert registry.get_target(NAME).title == "Parcel Post"
    assert CLIENTS[NAME] is ParcelClient and can_look_up(NAME)
    assert SECRET_KIND[NAME] == "parcel-key" and SECRET_LABEL["parcel-key"] == "parcel key"
    assert non_secret({"X-Parcel-Key": "k", "Accept": "application/json"}) == {"Accept": "application/json"}
    assert parcel_sandbox.base_url(NAME) == f"{parcel_sandbox.url}/parcelpost/api"


def test_its_profile_is_checked_against_its_declared_settings(parcel_sandbox: RunningSandbox, tmp_path: Path) -> None:
    with pytest.raises(ProfileError) as missing:
        make_profile("Parcels", NAME)
    assert missing.value.problems == {"depot": "Depot is required for Parcel Post"}
    with pytest.raises(ProfileError) as foreign:
        make_profile("Parcels", NAME, depot="d1", store_hash="abc")
    assert foreign.value.problems == {"store_hash": "Store hash is only used by BigCommerce"}

    store = ProfileStore(tmp_path / "profiles.json")
    store.add(make_profile("Parcels", NAME, depot="d1"))
    [loaded] = store.load()
    assert (loaded.target, loaded.settings) == (NAME, {"depot": "d1"})
    assert loaded.base_url == "https://parcelpost.invalid/api"


def test_its_new_kind_of_secret_lives_and_leaves_with_its_profile_in_the_keyring(
    parcel_sandbox: RunningSandbox, secret_service: PrivateSecretService, tmp_path: Path
) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    store.add(make_profile("Parcels", NAME, depot="d1"), SECRET)
    assert secret_service.entries() == {"Parcels/parcel-key": SECRET}
    store.rename("Parcels", "Parcels NL")
    assert secret_service.entries() == {"Parcels NL/parcel-key": SECRET}
    store.remove("Parcels NL")
    assert secret_service.entries() == {}


def test_an_order_reaches_it_through_the_sandbox_and_the_journal_keeps_no_secret(
    parcel_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    profile = make_profile("Parcels", NAME, parcel_sandbox.base_url(NAME), depot="d1")
    secrets = MemorySecrets({"Parcels/parcel-key": SECRET})
    journal = Journal(tmp_path / "journal.sqlite3")
    draft = _draft()
    draft_id = journal.save_draft(draft)

    outcome = submit(draft, profile, secrets, journal, draft_id=draft_id, settings=FAST)

    assert outcome.kind is OutcomeKind.CREATED and outcome.reference == "5001"
    [stored] = parcel_sandbox.state.books[NAME].orders()
    assert stored.body == {"reference": "PP-1", "email": "ann@example.com", "lines": [{"sku": "BOX-S", "quantity": 2}]}
    [row] = journal.list_outbox()
    [attempt] = journal.attempts_for(row.order_key)
    assert attempt.url == f"{profile.base_url}/depots/d1/parcels"
    assert "x-parcel-key" not in {name.lower() for name in attempt.headers}
    assert '-H "X-Parcel-Key: $PARCELPOST_API_KEY"' in curl_command(attempt)
    assert earlier_order(journal, "Parcels", NAME, draft, None, stored.body) == row.order_key

    looked_up = reconcile(draft, profile, secrets, journal, draft_id=draft_id, settings=FAST)
    assert looked_up.kind is OutcomeKind.CREATED and looked_up.reference == "5001"


def test_its_declaration_leaves_when_its_block_ends() -> None:
    with registry.registered(DECLARATION), handlers.registered(SANDBOX):
        assert NAME in registry.APIS and NAME in handlers.HANDLERS
    assert NAME not in registry.APIS and NAME not in handlers.HANDLERS
    assert NAME not in CLIENTS and "parcel-key" not in SECRET_LABEL
