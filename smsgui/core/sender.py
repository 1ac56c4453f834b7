"""Sends a stored campaign's pending requests: every recipient once, or clearly reported.

Each request moves pending → sending → accepted / rejected / failed / uncertain
in the journal, every move committed before the next network step, so a crash
at any point leaves a journal that says exactly what may have gone out.
Requests whose answer says nothing was taken ("retry is safe") are retried with
exponential backoff and jitter; a 429 slows every worker down; rejected and
uncertain requests are never sent again without the user; a refused token
stops the campaign and leaves the rest pending.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass

from smsgui.core import words
from smsgui.core.api import Outcome, SendResult, SmsAdvertClient
from smsgui.core.journal import Journal, StoredRequest

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 4
DEFAULT_RATE = 5.0  # requests per second
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    accepted: int
    failed: int
    uncertain: int


@dataclass(frozen=True)
class Finish:
    """How the run ended: "finished", "cancelled" or "stopped" (with the reason)."""

    status: str
    message: str = ""


class Pacer:
    """At most `rate` request starts per second across all workers (0: no limit).

    A 429 stops every start for the time asked and halves the pace; each answer that
    follows doubles it back, so a burst of 429s slows down without stalling.
    """

    SLOWEST = 0.5  # seconds between starts after 429s, at the most

    def __init__(self, rate: float) -> None:
        self._base = 1.0 / rate if rate > 0 else 0.0
        self._interval = self._base
        self._next = time.monotonic()
        self._lock = threading.Lock()

    def wait(self, stop: threading.Event) -> bool:
        """Blocks until this start is allowed; False when stopped meanwhile."""
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self._interval
        delay = start - time.monotonic()
        return not (delay > 0 and stop.wait(delay))

    def back_off(self, seconds: float) -> None:
        """The service asked to slow down: nobody starts for `seconds`, then at half the rate."""
        with self._lock:
            self._next = max(self._next, time.monotonic() + seconds)
            self._interval = min(max(self._interval * 2, 0.05), self.SLOWEST)

    def recover(self) -> None:
        """An answer came without complaint: back towards the configured pace."""
        with self._lock:
            if self._interval > self._base:
                slower = self._interval * 0.5
                self._interval = self._base if slower < max(self._base, 0.01) else slower


class Sender:
    """Runs one campaign's pending requests; `pause`, `resume` and `cancel` from any thread."""

    def __init__(
        self,
        client: SmsAdvertClient,
        journal: Journal,
        campaign_id: int,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        rate: float = DEFAULT_RATE,
        max_attempts: int = MAX_ATTEMPTS,
        base_delay: float = 1.0,
        on_progress: Callable[[Progress], None] | None = None,
    ) -> None:
        if not 1 <= concurrency <= 16:
            raise ValueError("concurrency must be between 1 and 16")
        self._client = client
        self._journal = journal
        self._campaign = campaign_id
        self._concurrency = concurrency
        self._pacer = Pacer(rate)
        self._max_attempts = max_attempts
        self._base_delay = base_delay
        self._on_progress = on_progress
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self._lock = threading.Lock()
        self._queue: deque[StoredRequest] = deque()
        self._stopped_because = ""
        self._states: dict[int, tuple[int, str]] = {}
        self._counts: Counter[str] = Counter()

    def pause(self) -> None:
        """No new request starts; those in flight finish and are recorded."""
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def cancel(self) -> None:
        """Stops for good after the requests in flight; the rest stays pending."""
        self._stop.set()
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def progress(self) -> Progress:
        """Recipients by state, counted in memory (the journal holds the same)."""
        with self._lock:
            counts = Counter(self._counts)
        return Progress(
            done=sum(n for state, n in counts.items() if state not in ("pending", "sending")),
            total=sum(counts.values()),
            accepted=counts["accepted"] + counts["assumed_sent"],
            failed=counts["failed"] + counts["rejected"],
            uncertain=counts["uncertain"],
        )

    def _mark(
        self,
        request: StoredRequest,
        state: str,
        *,
        msg_id: str | None = None,
        detail: str = "",
        attempts: int | None = None,
    ) -> None:
        self._journal.mark(request.id, state, msg_id=msg_id, detail=detail, attempts=attempts)
        with self._lock:
            numbers, before = self._states[request.id]
            self._states[request.id] = (numbers, state)
            self._counts[before] -= numbers
            self._counts[state] += numbers

    def _report(self) -> None:
        if self._on_progress is not None:
            self._on_progress(self.progress())

    def run(self) -> Finish:
        """Sends every pending request; returns when all are recorded or the run stops."""
        stored = self._journal.requests(self._campaign)
        self._states = {
            r.id: (len(str(r.body.get("phone", "")).split(",")), r.state) for r in stored
        }
        self._queue.extend(r for r in stored if r.state == "pending")
        for numbers, state in self._states.values():
            self._counts[state] += numbers
        self._report()
        workers = [
            threading.Thread(target=self._work, name=f"sender-{i}", daemon=True)
            for i in range(min(self._concurrency, max(len(self._queue), 1)))
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        if self._stopped_because:
            self._journal.set_campaign_status(self._campaign, "stopped")
            return Finish("stopped", self._stopped_because)
        with self._lock:
            left = self._counts["pending"]  # kept with every mark, as the journal has it
        if self._stop.is_set() and left:
            self._journal.set_campaign_status(self._campaign, "cancelled")
            return Finish(
                "cancelled",
                words.tr("Cancelled; the messages not sent yet stay pending."),
            )
        self._journal.set_campaign_status(self._campaign, "finished")
        return Finish("finished")

    def _next(self) -> StoredRequest | None:
        while True:
            self._running.wait()
            if self._stop.is_set():
                return None
            with self._lock:
                if not self._queue:
                    return None
                if self._running.is_set():
                    return self._queue.popleft()

    def _work(self) -> None:
        while (request := self._next()) is not None:
            self._send(request)
            self._report()

    def _send(self, request: StoredRequest) -> None:
        attempts = request.attempts
        result: SendResult | None = None
        while attempts < self._max_attempts:
            if not self._pacer.wait(self._stop):
                self._mark(request, "pending", attempts=attempts)
                return
            attempts += 1
            self._mark(request, "sending", attempts=attempts)
            try:
                result = self._client.send_body(request.body)
            except Exception as exc:  # a body the contract refuses: never retried
                log.exception("request %s could not be sent", request.id)
                self._mark(request, "rejected", detail=str(exc), attempts=attempts)
                return
            if result.outcome is not Outcome.RATE_LIMITED:
                self._pacer.recover()
            if result.outcome is Outcome.ACCEPTED:
                self._mark(request, "accepted", msg_id=result.msg_id, attempts=attempts)
                return
            if result.outcome is Outcome.REJECTED:
                self._mark(request, "rejected", detail=result.message, attempts=attempts)
                return
            if result.outcome is Outcome.UNCERTAIN:
                self._mark(request, "uncertain", detail=result.message, attempts=attempts)
                return
            if result.outcome is Outcome.BAD_TOKEN:
                self._mark(request, "pending", detail=result.message, attempts=attempts)
                self._stopped_because = result.message
                self._stop.set()
                self._running.set()
                return
            # Failed or rate limited: nothing was taken, so waiting and trying again is safe.
            if result.outcome is Outcome.RATE_LIMITED:
                delay = (
                    result.retry_after
                    if result.retry_after is not None
                    else self._backoff(attempts)
                )
                self._pacer.back_off(delay)
            else:
                delay = self._backoff(attempts)
            self._mark(request, "pending", detail=result.message, attempts=attempts)
            if self._stop.wait(delay):
                return
        detail = result.message if result is not None else words.tr("Not sent.")
        self._mark(request, "failed", detail=detail, attempts=attempts)

    def _backoff(self, attempts: int) -> float:
        """Exponential with full jitter: 0..base·2^(n-1) seconds, at most a minute."""
        return random.uniform(0, min(60.0, self._base_delay * 2 ** (attempts - 1)))
