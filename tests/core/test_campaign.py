"""Campaigns: problems in plain words, and the exact requests they become."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest

from smsgui.core.campaign import Campaign, Channel, Recipient, to_ms
from smsgui.core.journal import SCHEMA_VERSION, Journal, JournalError

NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
BUCHAREST = ZoneInfo("Europe/Bucharest")


def people(count: int) -> tuple[Recipient, ...]:
    return tuple(
        Recipient(f"+4074{i:07d}", row=i + 2, fields={"Prenume": f"Ana{i}", "Oraș": "Iași"})
        for i in range(count)
    )


def test_same_text_for_all_is_batched_by_1000() -> None:
    campaign = Campaign(people(2500), "Reduceri azi!", channel=Channel.NETWORK)
    plan = campaign.plan()
    assert [len(r.numbers) for r in plan] == [1000, 1000, 500]
    assert plan[0].body == {
        "phone": ",".join(r.phone for r in people(1000)),
        "shortTextMessage": "Reduceri azi!",
        "sendAsShort": True,
    }


def test_personalised_text_is_one_request_per_person_with_every_option() -> None:
    start = dt.datetime(2026, 11, 26, 10, 0, tzinfo=BUCHAREST)
    end = start + dt.timedelta(hours=4)
    campaign = Campaign(
        people(2),
        "Bună {Prenume} din {oraș}, {{cod}}",
        channel=Channel.OWN_DEVICES,
        failover=True,
        start=start,
        end=end,
        callback="https://example.com/report",
    )
    plan = campaign.plan()
    assert len(plan) == 2
    assert plan[1].body == {
        "phone": "+40740000001",
        "shortTextMessage": "Bună Ana1 din Iași, {cod}",
        "startDate": 1795680000000,
        "endDate": 1795694400000,
        "failover": "short",
        "callback": "https://example.com/report",
    }
    assert campaign.validate(NOW) == []


def test_duplicate_numbers_are_sent_once() -> None:
    twice = people(1) + people(1)
    assert len(Campaign(twice, "Hello").plan()[0].numbers) == 1


def test_stats_give_the_range_and_the_longest_row() -> None:
    recipients = (
        Recipient("+40740000001", 2, {"Nume": "Al"}),
        Recipient("+40740000002", 3, {"Nume": "Alexandru-Constantin"}),
    )
    stats = Campaign(recipients, "Salut {Nume}!").stats()
    assert stats is not None
    assert (stats.min_characters, stats.max_characters, stats.longest_row) == (9, 27, 3)
    assert stats.total_parts == 2


@pytest.mark.parametrize(
    ("campaign", "words"),
    [
        (Campaign((), "Hello"), "no recipients"),
        (Campaign(people(1), "  "), "Write the message"),
        (Campaign(people(1), "Hi"), "fewer than 3"),
        (Campaign(people(1), "Hello \ud800"), "broken character"),
        (Campaign(people(1), "x" * 481), "481 characters"),
        (Campaign(people(1), "Hello {Nume}"), "no such column"),
        (Campaign(people(1), "Hello {"), "lone"),
        (Campaign(people(1), "Hello", start=NOW - dt.timedelta(minutes=1)), "in the past"),
        (
            Campaign(
                people(1),
                "Hello",
                start=NOW + dt.timedelta(hours=2),
                end=NOW + dt.timedelta(hours=1),
            ),
            "end comes before the start",
        ),
        (
            Campaign(people(1), "Hello", failover=True),
            "only applies when sending from your own phones",
        ),
        (Campaign(people(1), "Hello", callback="mailto:x@example.com"), "not a web address"),
        (Campaign(people(1), "Hello", start=dt.datetime(2030, 1, 1)), "no time zone"),
    ],
)
def test_problems_are_named_in_plain_words(campaign: Campaign, words: str) -> None:
    problems = campaign.validate(NOW)
    assert any(words in p for p in problems), problems


def test_a_personalised_message_too_long_for_one_row_names_that_row() -> None:
    recipients = (
        Recipient("+40740000001", 2, {"Nota": "scurt"}),
        Recipient("+40740000002", 7, {"Nota": "x" * 480}),
    )
    problems = Campaign(recipients, "Nota: {Nota}").validate(NOW)
    assert problems == [
        "The message for row 7 would have 486 characters; the service takes at most 480."
    ]


@pytest.mark.parametrize(
    ("local", "utc"),
    [
        (dt.datetime(2026, 3, 29, 2, 30), dt.datetime(2026, 3, 29, 0, 30)),  # before spring forward
        (dt.datetime(2026, 3, 29, 4, 30), dt.datetime(2026, 3, 29, 1, 30)),  # after it (EEST)
        (dt.datetime(2026, 10, 25, 2, 30), dt.datetime(2026, 10, 24, 23, 30)),  # summer time
        (dt.datetime(2026, 10, 25, 4, 30), dt.datetime(2026, 10, 25, 2, 30)),  # back to EET
        (dt.datetime(2026, 11, 26, 10, 0), dt.datetime(2026, 11, 26, 8, 0)),
    ],
)
def test_local_times_become_unix_milliseconds_across_dst(
    local: dt.datetime, utc: dt.datetime
) -> None:
    expected = int(utc.replace(tzinfo=dt.UTC).timestamp()) * 1000
    assert to_ms(local.replace(tzinfo=BUCHAREST)) == expected


def test_templates_are_saved_renamed_and_deleted_in_the_journal() -> None:
    with Journal() as journal:
        journal.save_template("Reducere", "Azi -20% {Prenume}!")
        journal.save_template("Alta", "x")
        journal.rename_template("Alta", "Amintire")
        with pytest.raises(JournalError):
            journal.rename_template("Amintire", "Reducere")
        journal.delete_template("Amintire")
    with Journal() as journal:
        assert journal.templates() == {"Reducere": "Azi -20% {Prenume}!"}
        assert journal.schema_version == SCHEMA_VERSION


def test_measure_command_prints_the_counter_figures() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "smsgui", "measure", "-", "--json"],
        input="Bună ziua, Ștefan! 😀\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert json.loads(result.stdout) == {
        "characters": 21,
        "encoding": "UCS-2",
        "parts": 1,
        "units": 21,
    }
