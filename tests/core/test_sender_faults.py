"""Thousands of recipients through a misbehaving service, and a sender killed again and again.

The journal must agree with what the simulator really took: accepted means
the simulator has it, uncertain means the connection dropped after it did,
and no number is taken twice unless the user chose to send again.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from smsgui.core.api import SmsAdvertClient
from smsgui.core.campaign import Campaign, Recipient
from smsgui.core.journal import Journal
from smsgui.core.sender import Sender
from smsgui.core.simulator import Faults, Simulator
from tests import files

TOKEN = "tok-faults"


def people(count: int, personalised: bool) -> tuple[Recipient, ...]:
    return tuple(
        Recipient(f"+407{i:08d}", i + 2, {"P": f"p{i}"} if personalised else {})
        for i in range(count)
    )


def check_agreement(simulator: Simulator, journal: Journal, campaign_id: int) -> Counter[str]:
    taken = Counter(n for record in simulator.accepted for n in record.numbers)
    assert not [n for n, times in taken.items() if times > 1], "a number was taken twice"
    states = {r.phone: r.state for r in journal.recipients(campaign_id)}
    reported_accepted = {n for n, s in states.items() if s == "accepted"}
    uncertain = {n for n, s in states.items() if s == "uncertain"}
    assert reported_accepted <= set(taken), "reported accepted but never taken"
    assert set(taken) - reported_accepted == uncertain & set(taken)
    assert set(taken) == reported_accepted | uncertain, "taken but reported otherwise"
    assert "pending" not in states.values() and "sending" not in states.values()
    return Counter(states.values())


@pytest.mark.parametrize(("count", "personalised"), [(5000, True), (20000, False)])
def test_faults_never_make_the_journal_lie(tmp_path: Path, count: int, personalised: bool) -> None:
    faults = Faults(
        fail_rate=0.10, drop_after_accept=0.05, rate_limit=10, retry_after=0.02, latency=0.002
    )
    message = "Salut {P}" if personalised else "Reduceri azi!"
    with (
        Simulator(tokens=[TOKEN], faults=faults, seed=11) as simulator,
        Journal(tmp_path / "j.sqlite3") as journal,
    ):
        campaign_id = journal.create_campaign(
            Campaign(people(count, personalised), message), simulator.url
        )
        client = SmsAdvertClient(TOKEN, simulator.url)
        sender = Sender(client, journal, campaign_id, concurrency=8, rate=0, base_delay=0.005)
        assert sender.run().status == "finished"
        client.close()
        states = check_agreement(simulator, journal, campaign_id)
    assert states["accepted"] > 0
    if personalised:  # 5% of 5,000 requests dropped: some are uncertain
        assert states["uncertain"] > 0
    assert sum(states.values()) == count


def _start_send(contacts: Path, url: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, SMSGUI_TOKEN=TOKEN)
    return subprocess.Popen(
        [sys.executable, "-m", "smsgui", "send", "--contacts", str(contacts),
         "--text", "Salut {Prenume}", "--api-url", url, "--concurrency", "4", "--rate", "0",
         "--yes", "--json"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def _resume(campaign_id: int, choice: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, SMSGUI_TOKEN=TOKEN)
    return subprocess.Popen(
        [sys.executable, "-m", "smsgui", "resume", str(campaign_id), choice, "--rate", "0",
         "--yes", "--json"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def test_killing_the_sender_at_random_points_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    rng = random.Random(5)
    rows = [["Nume", "Prenume", "Telefon"]] + [
        [f"N{i}", f"P{i}", f"07{40000000 + i:08d}"] for i in range(300)
    ]
    contacts = files.xlsx(tmp_path / "c.xlsx", {"S": rows})
    with Simulator(tokens=[TOKEN], faults=Faults(latency=0.01), seed=3) as simulator:
        process = _start_send(contacts, simulator.url)
        campaign_id = None
        kills = 0
        for _ in range(4):
            # wait until this process has really sent something, then kill it at a random point
            seen = simulator.requests_seen
            deadline = time.monotonic() + 60
            while simulator.requests_seen == seen and process.poll() is None:
                assert time.monotonic() < deadline, "the sender never started"
                time.sleep(0.01)
            time.sleep(rng.uniform(0.02, 0.25))
            if process.poll() is not None:
                break  # it finished before the kill
            process.send_signal(signal.SIGKILL)
            process.wait(10)
            kills += 1
            with Journal() as journal:
                campaign_id = journal.campaigns()[0].id
            process = _resume(campaign_id, "--skip-uncertain")
        assert process.wait(120) in (0, 1)
    assert kills >= 2 and campaign_id is not None
    with Journal() as journal:
        states = {r.phone: r.state for r in journal.recipients(campaign_id)}
        taken = Counter(n for record in simulator.accepted for n in record.numbers)
    assert len(states) == 300
    assert not [n for n, times in taken.items() if times > 1], "a number was taken twice"
    assert set(states.values()) <= {"accepted", "assumed_sent"}, "a recipient was left undecided"
    assert {n for n, s in states.items() if s == "accepted"} <= set(taken)
    # what was treated as sent is exactly what may have arrived: taken, or lost in flight
    not_taken = set(states) - set(taken)
    assert all(states[n] == "assumed_sent" for n in not_taken)
    assert json.dumps(states)  # the journal is readable after every kill
