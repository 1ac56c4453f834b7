"""The sender against the simulator: once per recipient, retries only when safe, crash-safe."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import httpx
import pytest

from smsgui.core.api import SmsAdvertClient
from smsgui.core.campaign import Campaign, Recipient
from smsgui.core.journal import Journal
from smsgui.core.sender import Progress, Sender
from smsgui.core.simulator import Simulator

TOKEN = "tok-sender"


def people(count: int) -> tuple[Recipient, ...]:
    return tuple(Recipient(f"+4074{i:07d}", i + 2, {"Prenume": f"P{i}"}) for i in range(count))


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    with Journal(tmp_path / "journal.sqlite3") as j:
        yield j


def run(
    simulator: Simulator, journal: Journal, campaign: Campaign, **options: object
) -> tuple[int, Sender]:
    campaign_id = journal.create_campaign(campaign, simulator.url)
    client = SmsAdvertClient(TOKEN, simulator.url)
    sender = Sender(client, journal, campaign_id, rate=1000, base_delay=0.01, **options)  # type: ignore[arg-type]
    sender.finish = sender.run()  # type: ignore[attr-defined]
    return campaign_id, sender


def sent_numbers(simulator: Simulator) -> list[str]:
    return [n for record in simulator.accepted for n in record.numbers]


def test_same_text_for_2500_numbers_is_three_requests_each_number_once(
    simulator: Simulator, journal: Journal
) -> None:
    campaign_id, sender = run(simulator, journal, Campaign(people(2500), "Reduceri azi!"))
    assert sender.finish.status == "finished"
    assert len(simulator.accepted) == 3
    assert sorted(sent_numbers(simulator)) == sorted(r.phone for r in people(2500))
    states = {r.state for r in journal.recipients(campaign_id)}
    assert states == {"accepted"}
    assert sender.progress() == Progress(2500, 2500, 2500, 0, 0)


def test_personalised_is_one_request_per_person_with_its_text(
    simulator: Simulator, journal: Journal
) -> None:
    campaign_id, _ = run(simulator, journal, Campaign(people(6), "Salut {Prenume}"))
    assert sorted(r.text for r in simulator.accepted) == [f"Salut P{i}" for i in range(6)]
    msg_ids = {r.msg_id for r in journal.recipients(campaign_id)}
    assert msg_ids == {r.msg_id for r in simulator.accepted}


def test_rate_limit_is_honoured_and_retried(simulator: Simulator, journal: Journal) -> None:
    simulator.faults.rate_limit = 2
    simulator.faults.retry_after = 0.05
    campaign_id, sender = run(simulator, journal, Campaign(people(3), "Salut {Prenume}"))
    assert sender.finish.status == "finished"
    assert len(simulator.accepted) == 3
    assert {r.state for r in journal.recipients(campaign_id)} == {"accepted"}


def test_service_failures_are_retried_then_reported(simulator: Simulator, journal: Journal) -> None:
    simulator.faults.fail_rate = 1.0
    campaign_id, sender = run(simulator, journal, Campaign(people(2), "Hello"), max_attempts=3)
    [request] = journal.requests(campaign_id)
    assert request.state == "failed"
    assert request.attempts == 3
    assert "database error" in request.detail
    assert simulator.requests_seen == 3
    assert sender.progress().failed == 2


def test_uncertain_requests_are_never_resent(simulator: Simulator, journal: Journal) -> None:
    simulator.faults.drop_after_accept = 1.0
    campaign_id, _ = run(simulator, journal, Campaign(people(3), "Salut {Prenume}"))
    assert {r.state for r in journal.recipients(campaign_id)} == {"uncertain"}
    assert simulator.requests_seen == 3  # one attempt each


def test_rejected_requests_are_not_retried(simulator: Simulator, journal: Journal) -> None:
    campaign = Campaign(people(1), "Salut {Prenume}")
    campaign_id = journal.create_campaign(campaign, simulator.url)
    with sqlite3.connect(journal.path) as db:  # a body the service refuses
        db.execute(
            "UPDATE request SET body = ? ", ('{"phone": "+40740000000", "shortTextMessage": "x"}',)
        )
    with SmsAdvertClient(TOKEN, simulator.url) as client:
        Sender(client, journal, campaign_id, rate=1000).run()
    [request] = journal.requests(campaign_id)
    assert request.state == "rejected" and request.attempts == 1
    assert simulator.requests_seen == 0  # refused before any traffic


def test_bad_token_stops_and_leaves_the_rest_pending(journal: Journal) -> None:
    with Simulator(tokens=["other"]) as simulator:
        campaign_id, sender = run(
            simulator, journal, Campaign(people(5), "Salut {Prenume}"), concurrency=1
        )
    assert sender.finish.status == "stopped"
    assert "token" in sender.finish.message
    assert {r.state for r in journal.requests(campaign_id)} == {"pending"}
    assert journal.campaign(campaign_id).status == "stopped"


def test_each_step_is_committed_before_the_request_leaves(
    simulator: Simulator, journal: Journal
) -> None:
    seen: list[set[str]] = []

    def before_request(request: httpx.Request) -> None:
        with sqlite3.connect(journal.path) as other:  # another reader, as after a crash
            seen.append({row[0] for row in other.execute("SELECT state FROM request")})

    campaign_id = journal.create_campaign(Campaign(people(2), "Salut {Prenume}"), simulator.url)
    with httpx.Client(event_hooks={"request": [before_request]}) as http:
        client = SmsAdvertClient(TOKEN, simulator.url, http)
        Sender(client, journal, campaign_id, concurrency=1, rate=1000).run()
    assert seen == [{"sending", "pending"}, {"accepted", "sending"}]


def test_cancel_lets_in_flight_requests_finish_and_keeps_the_rest_pending(
    simulator: Simulator, journal: Journal
) -> None:
    simulator.faults.latency = 0.1
    campaign_id = journal.create_campaign(Campaign(people(8), "Salut {Prenume}"), simulator.url)
    client = SmsAdvertClient(TOKEN, simulator.url)
    first = threading.Event()

    def progress(p: Progress) -> None:
        if p.done >= 1:
            first.set()

    sender = Sender(client, journal, campaign_id, concurrency=2, rate=1000, on_progress=progress)
    worker = threading.Thread(target=lambda: setattr(sender, "finish", sender.run()))
    worker.start()
    assert first.wait(10)
    sender.cancel()
    worker.join(10)
    states = [r.state for r in journal.requests(campaign_id)]
    assert sender.finish.status == "cancelled"
    assert "pending" in states and "sending" not in states
    assert states.count("accepted") == len(simulator.accepted)


def test_pause_holds_new_requests_until_resumed(simulator: Simulator, journal: Journal) -> None:
    campaign_id = journal.create_campaign(Campaign(people(3), "Salut {Prenume}"), simulator.url)
    sender = Sender(SmsAdvertClient(TOKEN, simulator.url), journal, campaign_id, rate=1000)
    sender.pause()
    worker = threading.Thread(target=sender.run)
    worker.start()
    worker.join(0.3)
    assert worker.is_alive() and simulator.requests_seen == 0
    sender.resume()
    worker.join(10)
    assert len(simulator.accepted) == 3


def test_after_a_crash_sending_becomes_uncertain_and_the_user_decides(
    simulator: Simulator, journal: Journal
) -> None:
    campaign_id = journal.create_campaign(Campaign(people(3), "Salut {Prenume}"), simulator.url)
    first, second, _ = journal.requests(campaign_id)
    journal.mark(first.id, "sending", attempts=1)  # the program died here
    journal.mark(second.id, "accepted", msg_id="m2")
    with Journal(journal.path) as reopened:
        assert [c.id for c in reopened.unfinished()] == [campaign_id]
        assert reopened.recover(campaign_id) == 1
        assert [r.state for r in reopened.requests(campaign_id)] == [
            "uncertain",
            "accepted",
            "pending",
        ]
        Sender(SmsAdvertClient(TOKEN, simulator.url), reopened, campaign_id, rate=1000).run()
        assert [r.state for r in reopened.requests(campaign_id)] == [
            "uncertain",
            "accepted",
            "accepted",
        ]
        assert reopened.resolve_uncertain(campaign_id, resend=True) == 1
        Sender(SmsAdvertClient(TOKEN, simulator.url), reopened, campaign_id, rate=1000).run()
        assert {r.state for r in reopened.requests(campaign_id)} == {"accepted"}
        assert reopened.unfinished() == []
    assert len(simulator.accepted) == 2  # the uncertain one only after the user's choice


def test_history_counts_per_recipient(simulator: Simulator, journal: Journal) -> None:
    simulator.faults.drop_after_accept = 0.0
    campaign_id, _ = run(simulator, journal, Campaign(people(4), "Hello there"))
    [record] = journal.campaigns()
    assert (record.id, record.recipients, record.accepted, record.failed) == (campaign_id, 4, 4, 0)
    assert record.status == "finished" and record.parts == 4


def test_a_journal_from_the_first_schema_is_migrated_keeping_its_data(tmp_path: Path) -> None:
    from smsgui.core import journal as journal_module

    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as old:  # what the first release wrote
        old.executescript(journal_module.MIGRATIONS[0])
        old.execute("INSERT INTO do_not_contact VALUES ('+40740000001', 0, '')")
        old.execute("PRAGMA user_version = 1")
    with Journal(path) as migrated:
        assert migrated.schema_version == journal_module.SCHEMA_VERSION
        assert migrated.do_not_contact() == {"+40740000001"}
        assert migrated.campaigns() == []


def test_only_campaigns_left_unfinished_are_offered_and_one_is_found_by_id(
    simulator: Simulator, journal: Journal
) -> None:
    done, _ = run(simulator, journal, Campaign(people(4), "Gata"))
    waiting = journal.create_campaign(Campaign(people(3), "Mâine"), simulator.url)
    assert [c.id for c in journal.unfinished()] == [waiting]
    record = journal.campaign(done)
    assert record is not None and (record.id, record.accepted, record.pending) == (done, 4, 0)
    assert journal.campaign(waiting).pending == 3  # type: ignore[union-attr]
    assert journal.campaign(9999) is None
    assert [c.id for c in journal.campaigns()] == [waiting, done]
