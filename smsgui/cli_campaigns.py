"""`smsgui send`, `smsgui campaigns` and `smsgui resume`: the sending pipeline from a terminal."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smsgui.usage import UsageError

if TYPE_CHECKING:
    from smsgui.core import api
    from smsgui.core.journal import CampaignRecord, Journal

# Kept equal to smsgui.core.sender's defaults (a test checks); written here so that
# building the command line does not import the network and spreadsheet libraries.
DEFAULT_CONCURRENCY = 4
DEFAULT_RATE = 5.0


def add_parsers(commands: Any) -> None:
    send = commands.add_parser(
        "send",
        help="send a campaign to the contacts of a file",
        description="Without --yes, prints what will happen and asks first. "
        "Exit 0 when every recipient was accepted, 1 when some were not.",
    )
    send.add_argument("--contacts", required=True, metavar="FILE")
    message = send.add_mutually_exclusive_group(required=True)
    message.add_argument("--text", metavar="T", help="the message; {Column} for a column's value")
    message.add_argument("--text-file", metavar="F", help="read the message from a UTF-8 file")
    channel = send.add_mutually_exclusive_group()
    channel.add_argument("--network", action="store_true", help="through the smsadvert network")
    channel.add_argument("--own-devices", action="store_true", help="through your own phones")
    send.add_argument(
        "--failover", action="store_true", help="with --own-devices: fall back to the network"
    )
    send.add_argument("--start", metavar="ISO-8601", help="send after this time (local if no zone)")
    send.add_argument("--end", metavar="ISO-8601", help="stop sending after this time")
    send.add_argument("--callback", metavar="URL", help="delivery-report address")
    send.add_argument("--api-url", metavar="URL", help="the API address (default: the real one)")
    send.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY, metavar="N")
    send.add_argument(
        "--rate",
        type=float,
        default=DEFAULT_RATE,
        metavar="PER_SECOND",
        help=f"requests started per second at the most (default {DEFAULT_RATE:g}; 0: no limit)",
    )
    send.add_argument("--region", default="RO", help="default country of the numbers (RO)")
    send.add_argument("--yes", action="store_true", help="do not ask before sending")
    send.add_argument("--json", action="store_true", help="print one JSON document")

    history = commands.add_parser("campaigns", help="list the campaigns sent so far")
    history.add_argument("--json", action="store_true", help="print one JSON document")

    resume = commands.add_parser(
        "resume",
        help="finish a campaign that was interrupted",
        description="Requests that may or may not have arrived (uncertain) are never sent "
        "again silently: choose --resend-uncertain (may text someone twice) or "
        "--skip-uncertain (treat them as sent).",
    )
    resume.add_argument("id", type=int, metavar="ID")
    choice = resume.add_mutually_exclusive_group()
    choice.add_argument("--resend-uncertain", action="store_true")
    choice.add_argument("--skip-uncertain", action="store_true")
    resume.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY, metavar="N")
    resume.add_argument("--rate", type=float, default=DEFAULT_RATE, metavar="PER_SECOND")
    resume.add_argument("--yes", action="store_true", help="do not ask before sending")
    resume.add_argument("--json", action="store_true", help="print one JSON document")


def _moment(value: str | None, flag: str) -> dt.datetime | None:
    if value is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"{flag} {value!r} is not a date and time like 2026-11-26T10:00."
        ) from None
    return moment if moment.tzinfo is not None else moment.astimezone()


def _token() -> str:
    from smsgui.core.secrets import TokenStore, TokenStoreError

    try:
        token = TokenStore().get()
    except TokenStoreError as exc:
        raise UsageError(str(exc)) from None
    if not token:
        raise UsageError("No API token: run 'smsgui token set' or set SMSGUI_TOKEN.")
    return token


def _client(base_url: str) -> api.SmsAdvertClient:
    from smsgui.core import api

    try:
        return api.SmsAdvertClient(_token(), base_url)
    except (api.InsecureURL, ValueError) as exc:
        raise UsageError(str(exc)) from None


def _check_pace(args: argparse.Namespace) -> None:
    if not 1 <= args.concurrency <= 16:
        raise UsageError("--concurrency must be between 1 and 16.")
    if not args.rate >= 0:
        raise UsageError("--rate must be 0 (no limit) or more.")


def _confirm(lines: list[str], yes: bool) -> bool:
    for line in lines:  # on standard error, so --json output stays one document
        print(line, file=sys.stderr)
    if yes:
        return True
    print("Send? [y/N] ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline() if sys.stdin is not None else ""
    return answer.strip().lower() in ("y", "yes", "da", "o", "oui")


def _result(journal: Journal, campaign_id: int, finish_status: str, message: str) -> dict[str, Any]:
    recipients = journal.recipients(campaign_id)
    return {
        "campaign": campaign_id,
        "status": finish_status,
        "message": message,
        "recipients": [
            {
                "phone": r.phone,
                "row": r.row,
                "state": r.state,
                "msg_id": r.msg_id,
                "detail": r.detail,
            }
            for r in recipients
        ],
    }


def _report(document: dict[str, Any], as_json: bool) -> int:
    states = [r["state"] for r in document["recipients"]]
    if as_json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        counts = Counter(states)  # in the order the states first come
        print(
            f"Campaign {document['campaign']}: "
            + ", ".join(f"{n:,} {s}" for s, n in counts.items())
        )
        if document["message"]:
            print(document["message"])
        for r in document["recipients"]:
            if r["state"] not in ("accepted", "assumed_sent"):
                print(f"  {r['phone']} (row {r['row']}): {r['state']} {r['detail']}".rstrip())
    return 0 if states and all(s == "accepted" for s in states) else 1


def _run(journal: Journal, campaign_id: int, base_url: str, args: argparse.Namespace) -> int:
    from smsgui.core.sender import Sender

    with _client(base_url) as client:
        sender = Sender(client, journal, campaign_id, concurrency=args.concurrency, rate=args.rate)
        try:
            finish = sender.run()
        except KeyboardInterrupt:
            sender.cancel()
            raise
    return _report(_result(journal, campaign_id, finish.status, finish.message), args.json)


def run_send(args: argparse.Namespace) -> int:
    from smsgui.core import api, contacts, text
    from smsgui.core.campaign import Campaign, Channel, recipients_from
    from smsgui.core.journal import Journal, JournalError
    from smsgui.core.sheets import UnreadableFile

    _check_pace(args)
    if args.failover and not args.own_devices:
        raise UsageError("--failover goes with --own-devices.")
    if args.text_file:
        try:
            message = Path(args.text_file).read_text(encoding="utf-8").removesuffix("\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"Cannot read {args.text_file}: {exc}") from None
    else:
        message = args.text
    base_url = args.api_url or api.resolve_base_url()
    try:
        base_url = api.check_base_url(base_url)
        with Journal() as journal:
            found = contacts.load(
                args.contacts, region=args.region.upper(), do_not_contact=journal.do_not_contact()
            )
            campaign = Campaign(
                recipients_from(found),
                message,
                channel=Channel.OWN_DEVICES if args.own_devices else Channel.NETWORK,
                failover=args.failover,
                start=_moment(args.start, "--start"),
                end=_moment(args.end, "--end"),
                callback=args.callback,
            )
            problems = campaign.validate()
            if problems:
                raise UsageError(" ".join(problems))
            _client(base_url).close()  # a missing token is reported before anything is stored
            if not _confirm(campaign.describe(found.left_out()), args.yes):
                print("Nothing was sent.", file=sys.stderr)
                return 1
            campaign_id = journal.create_campaign(campaign, base_url)
            return _run(journal, campaign_id, base_url, args)
    except (UnreadableFile, JournalError, api.InsecureURL, text.TemplateError) as exc:
        raise UsageError(str(exc)) from None


def _record_json(record: CampaignRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "created": dt.datetime.fromtimestamp(record.created_at)
        .astimezone()
        .isoformat(timespec="seconds"),
        "text": record.text,
        "recipients": record.recipients,
        "parts": record.parts,
        "accepted": record.accepted,
        "failed": record.failed,
        "uncertain": record.uncertain,
        "pending": record.pending,
        "status": record.status,
        "channel": record.channel,
        "failover": bool(record.failover),
        "start_ms": record.start_ms,
        "end_ms": record.end_ms,
    }


def run_campaigns(args: argparse.Namespace) -> int:
    from smsgui.core.journal import Journal, JournalError

    try:
        with Journal() as journal:
            records = [_record_json(r) for r in journal.campaigns()]
    except JournalError as exc:
        raise UsageError(str(exc)) from None
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    if not records:
        print("No campaigns yet.")
    for r in records:
        first_line = r["text"].splitlines()[0] if r["text"] else ""
        print(
            f"{r['id']:>4}  {r['created'][:16]}  {r['recipients']:>6,} recipients  "
            f"{r['accepted']:,} accepted · {r['failed']:,} failed · {r['uncertain']:,} uncertain"
            f" · {r['pending']:,} pending  {r['status']:<9}  {first_line[:40]}"
        )
    return 0


def run_resume(args: argparse.Namespace) -> int:
    from smsgui.core.journal import Journal, JournalError

    _check_pace(args)
    try:
        with Journal() as journal:
            record = journal.campaign(args.id)
            if record is None:
                raise UsageError(f"There is no campaign {args.id}.")
            journal.recover(args.id)
            uncertain = [r for r in journal.recipients(args.id) if r.state == "uncertain"]
            if uncertain and not (args.resend_uncertain or args.skip_uncertain):
                numbers = ", ".join(r.phone for r in uncertain[:20])
                raise UsageError(
                    f"{len(uncertain)} recipients may or may not have received the message "
                    f"({numbers}). Choose --resend-uncertain (they may get it twice) "
                    "or --skip-uncertain (treat them as sent)."
                )
            if uncertain:
                journal.resolve_uncertain(args.id, resend=args.resend_uncertain)
            pending = [r for r in journal.recipients(args.id) if r.state == "pending"]
            if pending and not _confirm([f"{len(pending):,} recipients still to send."], args.yes):
                print("Nothing was sent.", file=sys.stderr)
                return 1
            return _run(journal, args.id, record.base_url, args)
    except JournalError as exc:
        raise UsageError(str(exc)) from None
