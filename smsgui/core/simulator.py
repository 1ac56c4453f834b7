"""A loopback HTTP server that speaks the whole smsadvert contract, with fault knobs.

It stands in for the real service in `--demo`, in the tests and in the
benchmarks: the same checks (`contract.check_body`), the same three answer
shapes, delivery reports to loopback callback URLs, and faults on demand
(service errors, latency, a connection dropped after accepting, 429).
It never sends anything to an address outside this machine.
"""

from __future__ import annotations

import json
import logging
import random
import secrets
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from smsgui.core import contract
from smsgui.core.contract import Problem

log = logging.getLogger(__name__)

SUCCESS = "Your message has been successfully submitted!"
DATABASE_ERROR = "There was a database error!"
BAD_TOKEN = "Invalid API token!"
MAX_BODY = 1_000_000

# The service's own wording, as its page shows it (French).
SERVICE_WORDS: dict[Problem, str] = {
    Problem.PHONE_MISSING: "Numéro de téléphone invalide!",
    Problem.PHONE_INVALID: "Numéro de téléphone invalide!",
    Problem.PHONE_TRAILING_COMMA: "Numéro de téléphone invalide!",
    Problem.PHONE_TOO_MANY: "Jusqu'à 1000 numéros de téléphone!",
    Problem.TEXT_MISSING: "Saisissez un minimum de caractères 3!",
    Problem.TEXT_TOO_SHORT: "Saisissez un minimum de caractères 3!",
    Problem.TEXT_TOO_LONG: "Saisissez un maximum de caractères 480!",
    Problem.TEXT_BROKEN: "Message invalide!",
    Problem.CHANNEL_INVALID: "Valeur invalide!",
    Problem.DATE_INVALID: "Date invalide!",
    Problem.END_BEFORE_START: "La date de fin doit suivre la date de début!",
    Problem.FAILOVER_INVALID: "Canal secondaire invalide!",
    Problem.FAILOVER_WITH_NETWORK: "Canal secondaire invalide!",
    Problem.CALLBACK_INVALID: "Adresse de rappel invalide!",
}


@dataclass(frozen=True)
class AcceptedRequest:
    """One request the simulator accepted, as the service would have stored it."""

    msg_id: str
    numbers: tuple[str, ...]
    text: str
    options: dict[str, Any]
    received_at: float


@dataclass
class Faults:
    """Knobs for tests: each applies to requests that carry a valid token.

    fail_rate: share of requests answered `{"errorMessage": ...}` (HTTP 500).
    latency: seconds to wait before answering each request.
    drop_after_accept: share of requests recorded as accepted whose connection
        is then closed without an answer (the client cannot know).
    rate_limit: how many of the next requests get HTTP 429 with `Retry-After`.
    retry_after: the `Retry-After` seconds sent with a 429.
    undelivered_rate: share of delivery reports that say "failed".
    """

    fail_rate: float = 0.0
    latency: float = 0.0
    drop_after_accept: float = 0.0
    rate_limit: int = 0
    retry_after: float = 1.0
    undelivered_rate: float = 0.0


@dataclass
class _State:
    tokens: frozenset[str]
    faults: Faults
    callback_delay: float
    rng: random.Random
    lock: threading.Lock = field(default_factory=threading.Lock)
    accepted: list[AcceptedRequest] = field(default_factory=list)
    requests_seen: int = 0
    reports_sent: int = 0
    timers: list[threading.Timer] = field(default_factory=list)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: _State


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "smsgui-simulator"
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once, not 40 ms apart

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        log.debug("simulator: " + format, *args)

    def _answer(
        self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(200, {"service": "smsgui simulator", "endpoint": "/api/sms/"})

    def do_POST(self) -> None:  # noqa: N802
        state = self.server.state
        try:
            length = int(self.headers.get("Content-Length") or "0")
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self.close_connection = True
            self._answer(400, {"errorMessage": "Invalid request length!"})
            return
        raw = self.rfile.read(length)
        if urlsplit(self.path).path.rstrip("/") != "/api/sms":
            self._answer(404, {"errorMessage": "Not found!"})
            return
        with state.lock:
            state.requests_seen += 1
        token = (self.headers.get("Authorization") or "").strip()
        if not token or (state.tokens and token not in state.tokens):
            self._answer(401, {"errorMessage": BAD_TOKEN})
            return
        faults = state.faults
        if faults.latency > 0:
            time.sleep(faults.latency)
        with state.lock:
            limited = faults.rate_limit > 0
            if limited:
                faults.rate_limit -= 1
            fail = state.rng.random() < faults.fail_rate
            drop = state.rng.random() < faults.drop_after_accept
        if limited:
            self._answer(
                429,
                {"errorMessage": "Too many requests!"},
                {"Retry-After": f"{faults.retry_after:g}"},
            )
            return
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self._answer(400, {"errorMessage": "Invalid JSON!"})
            return
        if not isinstance(body, dict):
            self._answer(400, {"errorMessage": "Invalid JSON!"})
            return
        found = contract.check_body(body)
        if found:
            errors = {name: SERVICE_WORDS[problem] for name, (problem, _) in found.items()}
            self._answer(400, {"errors": errors})
            return
        if fail:
            self._answer(500, {"errorMessage": DATABASE_ERROR})
            return
        record = AcceptedRequest(
            msg_id=secrets.token_hex(12),
            numbers=tuple(contract.dedupe(contract.split_phones(body["phone"]))),
            text=body["shortTextMessage"],
            options={k: v for k, v in body.items() if k not in ("phone", "shortTextMessage")},
            received_at=time.time(),
        )
        with state.lock:
            state.accepted.append(record)
        self._schedule_reports(record)
        if drop:
            self.close_connection = True
            return
        self._answer(200, {"successMessage": SUCCESS, "msgId": record.msg_id})

    def _schedule_reports(self, record: AcceptedRequest) -> None:
        url = record.options.get("callback")
        if not isinstance(url, str) or not contract.is_loopback_host(urlsplit(url).hostname):
            return  # never call out of this machine
        state = self.server.state
        with state.lock:
            statuses = [
                "failed" if state.rng.random() < state.faults.undelivered_rate else "delivered"
                for _ in record.numbers
            ]
        timer = threading.Timer(state.callback_delay, _post_reports, (state, url, record, statuses))
        timer.daemon = True
        with state.lock:
            state.timers.append(timer)
        timer.start()


def _post_reports(state: _State, url: str, record: AcceptedRequest, statuses: list[str]) -> None:
    """One delivery report per number, as the contract allows."""
    import httpx

    with httpx.Client(timeout=5.0) as http:
        for status in statuses:
            try:
                http.post(url, json={"status": status, "msgId": record.msg_id})
            except httpx.HTTPError as exc:
                log.info("simulator: delivery report to %s failed: %s", url, exc)
                return
            with state.lock:
                state.reports_sent += 1


class Simulator:
    """The built-in stand-in for smsadvert, serving on 127.0.0.1 in a background thread.

    `tokens`: the accepted tokens; empty or None accepts any non-empty token.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        tokens: Iterable[str] | None = None,
        faults: Faults | None = None,
        callback_delay: float = 1.0,
        seed: int | None = None,
    ) -> None:
        if not contract.is_loopback_host(host):
            raise ValueError("The simulator only listens on this machine (loopback).")
        self._server = _Server((host, port), _Handler)
        self._server.state = _State(
            tokens=frozenset(t for t in (tokens or ()) if t),
            faults=faults or Faults(),
            callback_delay=callback_delay,
            rng=random.Random(seed),
        )
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def faults(self) -> Faults:
        return self._server.state.faults

    @property
    def accepted(self) -> list[AcceptedRequest]:
        """Every accepted request so far, oldest first."""
        with self._server.state.lock:
            return list(self._server.state.accepted)

    @property
    def requests_seen(self) -> int:
        """Requests that reached the endpoint, whatever their answer."""
        with self._server.state.lock:
            return self._server.state.requests_seen

    @property
    def reports_sent(self) -> int:
        with self._server.state.lock:
            return self._server.state.reports_sent

    def start(self) -> Simulator:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever, name="simulator", daemon=True
            )
            self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serves on the calling thread until `stop()` is called from another."""
        self._server.serve_forever()

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
        self._server.server_close()
        with self._server.state.lock:
            timers = list(self._server.state.timers)
        for timer in timers:
            timer.cancel()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
