"""Core's sentences: English on the command line, the window's language once it installs one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from smsgui.core import words
from smsgui.core.campaign import Campaign, Recipient
from smsgui.core.contacts import Status, count_words


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    words.use(None)


def test_counted_english_drops_the_s_for_one_and_groups_thousands() -> None:
    assert words.tr("%Ln recipient(s)", "", 1) == "1 recipient"
    assert words.tr("%Ln recipient(s)", "", 0) == "0 recipients"
    assert words.tr("%Ln recipient(s)", "", 1204) == "1,204 recipients"
    assert words.tr("%n file(s)", "", 1204) == "1204 files"
    assert words.tr("Write the message.") == "Write the message."


def test_an_installed_language_reaches_every_sentence_core_builds() -> None:
    seen: list[tuple[str, str, int]] = []

    def romanian(context: str, text: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, text, n))
        if text == "%Ln recipient(s)":
            return f"{n} destinatari"
        return {"Write the message.": "Scrieți mesajul."}.get(text, text)

    words.use(romanian, number=lambda n: f"{n:_}", moment=lambda t: "mâine la 10:00")
    assert count_words(Status.RECIPIENT, 3) == "3 destinatari"
    assert Campaign((Recipient("+40740000001"),), " ").validate() == ["Scrieți mesajul."]
    start = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    lines = Campaign((Recipient("+40740000001"),), "Salut", start=start).describe({})
    assert "When: mâine la 10:00." in lines
    assert words.number(1204) == "1_204"
    assert all(context == "words" for context, _, _ in seen)


def test_left_out_rows_are_named_with_their_count() -> None:
    campaign = Campaign((Recipient("+40740000001"),), "Salut")
    lines = campaign.describe({Status.INVALID: 2, Status.DUPLICATE: 1, Status.NOT_MOBILE: 0})
    assert lines[-1] == "Left out: 2 invalid, 1 duplicate."
    assert lines[0] == "1 recipient, 1 SMS part in total."
