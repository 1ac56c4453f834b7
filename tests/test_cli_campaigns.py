"""`smsgui send`, `campaigns` and `resume` against the simulator command on 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from smsgui import cli_campaigns
from smsgui.core import sender
from smsgui.core.campaign import Campaign, Recipient
from smsgui.core.journal import Journal
from tests import files

TOKEN = "tok-cli-send"


@pytest.fixture
def simulator_url() -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "smsgui", "simulator", "--token", TOKEN],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    yield process.stdout.readline().strip()
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=10)


def smsgui(
    *args: str, stdin: str = "", token: str | None = TOKEN
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if token:
        env["SMSGUI_TOKEN"] = token
    return subprocess.run(
        [sys.executable, "-m", "smsgui", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.fixture
def clients(tmp_path: Path) -> Path:
    return files.xlsx(tmp_path / "clienti.xlsx", {"Clienți": files.CLIENTS})


def test_defaults_match_the_sender() -> None:
    assert cli_campaigns.DEFAULT_CONCURRENCY == sender.DEFAULT_CONCURRENCY
    assert cli_campaigns.DEFAULT_RATE == sender.DEFAULT_RATE


def test_send_json_names_the_campaign_and_each_recipient(simulator_url: str, clients: Path) -> None:
    result = smsgui(
        "send", "--contacts", str(clients), "--text", "Bună {Prenume}!", "--own-devices",
        "--failover", "--api-url", simulator_url, "--yes", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert isinstance(document["campaign"], int)
    assert [(r["phone"], r["state"]) for r in document["recipients"]] == [
        ("+40740123456", "accepted"),
        ("+40740123457", "accepted"),
        ("+40722000111", "accepted"),
    ]
    assert all(r["msg_id"] for r in document["recipients"])
    assert "3 recipients, 3 SMS parts in total." in result.stderr
    assert "Left out: 1 invalid, 1 duplicate, 1 not mobile." in result.stderr
    history = json.loads(smsgui("campaigns", "--json").stdout)
    assert history[0]["id"] == document["campaign"] and history[0]["accepted"] == 3


def test_send_asks_first_and_a_no_sends_nothing(simulator_url: str, clients: Path) -> None:
    result = smsgui(
        "send", "--contacts", str(clients), "--text", "Hello", "--api-url", simulator_url,
        stdin="n\n",
    )  # fmt: skip
    assert result.returncode == 1
    assert "Send? [y/N]" in result.stderr and "Nothing was sent." in result.stderr
    assert json.loads(smsgui("campaigns", "--json").stdout) == []


def test_send_without_a_token_is_bad_usage(clients: Path) -> None:
    result = smsgui(
        "send", "--contacts", str(clients), "--text", "Hello", "--api-url", "http://127.0.0.1:9",
        "--yes", token=None,
    )  # fmt: skip
    assert result.returncode == 2
    assert "No API token" in result.stderr


def test_send_refuses_a_campaign_with_problems(simulator_url: str, clients: Path) -> None:
    result = smsgui(
        "send", "--contacts", str(clients), "--text", "{Nume2}", "--api-url", simulator_url, "--yes"
    )
    assert result.returncode == 2
    assert "no such column" in result.stderr and "Traceback" not in result.stderr


def test_resume_asks_about_uncertain_numbers_then_finishes(simulator_url: str) -> None:
    recipients = tuple(Recipient(f"+4074000000{i}", i + 2, {"P": str(i)}) for i in range(3))
    with Journal() as journal:
        campaign_id = journal.create_campaign(Campaign(recipients, "Salut {P}"), simulator_url)
        first = journal.requests(campaign_id)[0]
        journal.mark(first.id, "sending", attempts=1)  # as if the program died here
    refused = smsgui("resume", str(campaign_id), "--yes")
    assert refused.returncode == 2
    assert "+40740000000" in refused.stderr and "--resend-uncertain" in refused.stderr
    done = smsgui("resume", str(campaign_id), "--skip-uncertain", "--yes", "--json")
    document = json.loads(done.stdout)
    assert [r["state"] for r in document["recipients"]] == ["assumed_sent", "accepted", "accepted"]
    assert done.returncode == 1  # not every recipient was accepted by the service
