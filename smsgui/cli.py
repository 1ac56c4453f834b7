"""The `smsgui` command: the window by default, and the same core from a terminal.

Exit status: 0 done; 1 the work ran but something was refused or failed;
2 bad usage or unreadable input, with a one-line reason on standard error.
Heavy imports (Qt above all) happen inside the command that needs them.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import signal
import sys
from collections.abc import Sequence
from typing import Any

from smsgui import __version__
from smsgui.usage import UsageError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smsgui",
        description="Send SMS campaigns through the smsadvert API. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"smsgui {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window against the built-in simulator: no real SMS is sent",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log to standard error too")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sim = commands.add_parser(
        "simulator",
        help="run the built-in smsadvert simulator on this machine",
        description="Serve the smsadvert API contract on 127.0.0.1. The first line of "
        "standard output is the base URL. Stops on Ctrl+C.",
    )
    sim.add_argument("--port", type=int, default=0, help="port to listen on (default: any free)")
    sim.add_argument(
        "--token",
        action="append",
        default=[],
        metavar="T",
        help="an accepted token (repeatable); without it any non-empty token is accepted",
    )
    sim.add_argument(
        "--callback-delay",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="delay before delivery reports are posted to loopback callback URLs",
    )

    contacts = commands.add_parser(
        "contacts",
        help="read a contacts file and report its recipients and problem rows",
        description="Reads .xlsx .xlsm .xls .ods .csv .txt; rows are numbered as the "
        "spreadsheet shows them. Numbers on the do-not-contact list are left out.",
    )
    contacts.add_argument("file", metavar="FILE")
    contacts.add_argument("--sheet", metavar="S", help="the sheet to read (default: detected)")
    contacts.add_argument(
        "--column", metavar="C", help="the phone column, by header name or letter (A, B, …)"
    )
    contacts.add_argument(
        "--region",
        metavar="RO",
        default="RO",
        help="default country for numbers written without +country code (default: RO)",
    )
    contacts.add_argument("--json", action="store_true", help="print one JSON document")

    measure = commands.add_parser(
        "measure",
        help="count a message's characters and SMS parts",
        description="Prints the characters (UTF-16 units, the 3..480 rule), the encoding "
        "(GSM-7 or UCS-2), the units and the SMS parts, as the window's counter does.",
    )
    measure.add_argument("text", metavar="TEXT", help="the message, or - to read standard input")
    measure.add_argument("--json", action="store_true", help="print one JSON document")

    from smsgui import cli_campaigns

    cli_campaigns.add_parsers(commands)

    token = commands.add_parser(
        "token",
        help="store, clear or locate the API token",
        description="The token is kept in the system keyring, never in a file.",
    )
    token_commands = token.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    token_commands.add_parser("set", help="read the token from standard input and store it")
    token_commands.add_parser("clear", help="delete the stored token")
    status = token_commands.add_parser("status", help="say where the token is kept")
    status.add_argument("--json", action="store_true", help="print one JSON document")
    return parser


def _print_json(document: Any) -> None:
    print(json.dumps(document, ensure_ascii=False, indent=2))


def _run_simulator(args: argparse.Namespace) -> int:
    from smsgui.core.simulator import Simulator

    if not 0 <= args.port < 65536:
        raise UsageError(f"--port {args.port} is not a port number.")
    try:
        simulator = Simulator(port=args.port, tokens=args.token, callback_delay=args.callback_delay)
    except OSError as exc:
        raise UsageError(f"Cannot listen on port {args.port}: {exc.strerror or exc}.") from None
    print(simulator.url, flush=True)
    print(
        "smsgui simulator: POST /api/sms/ here. No real SMS is sent. Ctrl+C stops it.",
        file=sys.stderr,
        flush=True,
    )
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        simulator.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        simulator.stop()
    return EXIT_OK


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def _read_token_from_stdin() -> str:
    if sys.stdin is None:
        raise UsageError("No standard input to read the token from.")
    if sys.stdin.isatty():
        return getpass.getpass("API token (not shown): ")
    return sys.stdin.readline()


def _run_token(args: argparse.Namespace) -> int:
    from smsgui.core.secrets import NoKeyring, TokenStore, TokenStoreError

    store = TokenStore()
    try:
        if args.token_command == "set":
            token = _read_token_from_stdin().strip()
            if not token:
                raise UsageError("No token was given on standard input.")
            store.set(token)
            print("The API token is stored in the system keyring.")
        elif args.token_command == "clear":
            store.clear()
            print("The stored API token is deleted.")
            if store.status().where.value == "environment":
                print("SMSGUI_TOKEN is still set in the environment and stays in force.")
        else:
            status = store.status()
            if args.json:
                _print_json(
                    {
                        "where": status.where.value,
                        "keyring": status.keyring_name,
                        "message": status.describe(),
                    }
                )
            else:
                print(status.describe())
    except NoKeyring as exc:
        print(
            f"{exc} For automation, set SMSGUI_TOKEN in the environment instead.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    except TokenStoreError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _run_contacts(args: argparse.Namespace) -> int:
    from smsgui.core import contacts
    from smsgui.core.journal import Journal, JournalError
    from smsgui.core.sheets import UnreadableFile

    region = args.region.upper()
    import phonenumbers

    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise UsageError(f"--region {args.region} is not a country code like RO or FR.")
    try:
        with Journal() as journal:
            blocked = journal.do_not_contact()
    except JournalError as exc:
        raise UsageError(str(exc)) from None
    try:
        found = contacts.load(
            args.file,
            sheet=args.sheet,
            column=args.column,
            region=region,
            do_not_contact=blocked,
        )
    except UnreadableFile as exc:
        raise UsageError(str(exc)) from None
    if args.json:
        sys.stdout.write(json.dumps(found.to_json(), ensure_ascii=False))
        sys.stdout.write("\n")
        return EXIT_OK
    header = f"row {found.header_row}" if found.header_row else "no header row"
    print(f"Sheet “{found.sheet}”, {header}, phone column “{found.phone_column_name}”.")
    print(found.summary())
    problems = [c for c in found.contacts if c.status is not contacts.Status.RECIPIENT]
    for contact in problems[:20]:
        print(f"  row {contact.row}: {contact.reason}")
    if len(problems) > 20:
        print(f"  … and {len(problems) - 20} more (use --json for all)")
    return EXIT_OK


def _run_measure(args: argparse.Namespace) -> int:
    from smsgui.core import text

    if args.text == "-":
        try:
            message = sys.stdin.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"Cannot read standard input: {exc}") from None
        message = message.removesuffix("\n")
    else:
        message = args.text
    measured = text.measure(message)
    if args.json:
        _print_json(measured.as_json())
    else:
        forcing = ", ".join(measured.unicode_characters)
        why = f" (because of {forcing})" if forcing else ""
        print(
            f"{measured.characters} characters · {measured.parts} SMS · "
            f"{measured.encoding}{why} · {measured.units} units"
        )
    return EXIT_OK


def _run_window(args: argparse.Namespace) -> int:
    from smsgui.ui.app import run

    return run(demo=args.demo, verbose=args.verbose)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from smsgui.core import logs

    try:
        logs.setup(verbose=args.verbose)
    except OSError as exc:
        print(f"smsgui: cannot write its log: {exc.strerror or exc}", file=sys.stderr)
    try:
        if args.command == "simulator":
            return _run_simulator(args)
        if args.command == "token":
            return _run_token(args)
        if args.command == "contacts":
            return _run_contacts(args)
        if args.command == "measure":
            return _run_measure(args)
        if args.command in ("send", "campaigns", "resume"):
            from smsgui import cli_campaigns

            runner = getattr(cli_campaigns, f"run_{args.command}")
            return int(runner(args))
        return _run_window(args)
    except UsageError as exc:
        print(f"smsgui: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # never a traceback in front of a user
        logging.getLogger("smsgui").exception("unexpected error")
        print(
            f"smsgui: unexpected error ({type(exc).__name__}); details are in the log "
            f"at {logs.log_file_hint()}",
            file=sys.stderr,
        )
        return EXIT_FAILED
