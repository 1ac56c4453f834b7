"""`SmsAdvertClient`: builds a request as the contract says, sends it, classifies the answer.

Nothing escapes `send()` as an exception once the request is well formed: every
answer, every network failure, every garbled body becomes a `SendResult` whose
`outcome` tells the caller what is safe to do next. The one distinction that
matters most is between `FAILED` (the request certainly did not take effect,
so sending it again is safe) and `UNCERTAIN` (it may have arrived, so sending
it again may text someone twice).
"""

from __future__ import annotations

import email.utils
import json
import logging
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import httpx

from smsgui.core import contract, logs, words
from smsgui.core.contract import Problem
from smsgui.core.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://www.smsadvert.io"
API_URL_ENV = "SMSGUI_API_URL"
API_PATH = "/api/sms/"
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=30.0, write=10.0, pool=10.0)
_SNIPPET = 80


class Outcome(Enum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    BAD_TOKEN = "bad_token"
    RATE_LIMITED = "rate_limited"
    FAILED = "failed"
    UNCERTAIN = "uncertain"


@dataclass(frozen=True)
class SendResult:
    """What became of one request, in words a person can read (`message`)."""

    outcome: Outcome
    message: str = ""
    msg_id: str | None = None
    errors: Mapping[str, str] = field(default_factory=dict)
    retry_after: float | None = None
    status: int | None = None

    @property
    def retry_is_safe(self) -> bool:
        """True when the request certainly did not take effect."""
        return self.outcome in (Outcome.FAILED, Outcome.RATE_LIMITED)


class InvalidRequest(ValueError):
    """The service would refuse this request; `problems` maps each field to plain words."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(self.problems.values()))


class InsecureURL(ValueError):
    """A base URL that would send the token in clear text over a network."""


_CLIENT_WORDS: dict[Problem, str] = {
    Problem.PHONE_MISSING: QT_TRANSLATE_NOOP("words", "There is no phone number to send to."),
    Problem.PHONE_INVALID: QT_TRANSLATE_NOOP(
        "words", "“{value}” is not a phone number in international form (like +40740123456)."
    ),
    Problem.PHONE_TRAILING_COMMA: QT_TRANSLATE_NOOP(
        "words", "The list of numbers ends with a comma."
    ),
    Problem.PHONE_TOO_MANY: QT_TRANSLATE_NOOP(
        "words", "{value} numbers in one request; the service takes at most 1000."
    ),
    Problem.TEXT_MISSING: QT_TRANSLATE_NOOP("words", "There is no message text."),
    Problem.TEXT_TOO_SHORT: QT_TRANSLATE_NOOP(
        "words", "The message has {value} characters; it needs at least 3."
    ),
    Problem.TEXT_TOO_LONG: QT_TRANSLATE_NOOP(
        "words", "The message has {value} characters; the service takes at most 480."
    ),
    Problem.TEXT_BROKEN: contract.BROKEN_TEXT,
    Problem.CHANNEL_INVALID: QT_TRANSLATE_NOOP(
        "words", "The channel must be the smsadvert network or your own phones."
    ),
    Problem.DATE_INVALID: QT_TRANSLATE_NOOP("words", "The date {value} is not a valid time."),
    Problem.END_BEFORE_START: QT_TRANSLATE_NOOP("words", "The end comes before the start."),
    Problem.FAILOVER_INVALID: QT_TRANSLATE_NOOP(
        "words", "Fallback can only be the smsadvert network."
    ),
    Problem.FAILOVER_WITH_NETWORK: QT_TRANSLATE_NOOP(
        "words", "Fallback to the smsadvert network only applies when sending from your own phones."
    ),
    Problem.CALLBACK_INVALID: QT_TRANSLATE_NOOP(
        "words", "The delivery-report address “{value}” is not an http(s) web address."
    ),
}


def describe_problems(found: Mapping[str, tuple[Problem, Any]]) -> dict[str, str]:
    return {
        name: words.tr(_CLIENT_WORDS[problem]).format(value=detail)
        for name, (problem, detail) in found.items()
    }


def build_body(
    phones: Sequence[str] | str,
    text: str,
    *,
    network: bool = False,
    start_ms: int | None = None,
    end_ms: int | None = None,
    failover: bool = False,
    callback: str | None = None,
) -> dict[str, Any]:
    """The JSON body the contract specifies; raises `InvalidRequest` for what the service refuses.

    `phones` is a list of E.164 numbers (duplicates are dropped, first order kept)
    or one comma-joined string as the service takes it.
    """
    if isinstance(phones, str):
        phone = phones.strip()
        if not phone.endswith(","):
            phone = ",".join(contract.dedupe(contract.split_phones(phone)))
    else:
        phone = ",".join(contract.dedupe([str(p).strip() for p in phones]))
    body: dict[str, Any] = {"phone": phone, "shortTextMessage": text}
    if network:
        body["sendAsShort"] = True
    if start_ms is not None:
        body["startDate"] = start_ms
    if end_ms is not None:
        body["endDate"] = end_ms
    if failover:
        body["failover"] = "short"
    if callback is not None and callback != "":
        body["callback"] = callback
    found = contract.check_body(body)
    if found:
        raise InvalidRequest(describe_problems(found))
    return body


def check_base_url(base_url: str) -> str:
    """The base URL without a trailing slash; refuses plain http except on loopback."""
    url = base_url.strip().rstrip("/")
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise InsecureURL(
            words.tr("“{address}” is not a web address.").format(address=base_url)
        ) from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureURL(
            words.tr("“{address}” is not a web address (it should start with https://).").format(
                address=base_url
            )
        )
    if parts.scheme == "http" and not contract.is_loopback_host(parts.hostname):
        raise InsecureURL(
            words.tr(
                "“{address}” is not encrypted (http). Use an https:// address so the token "
                "is never sent in clear text.",
            ).format(address=base_url)
        )
    return url


def resolve_base_url(setting: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The base URL in force: `SMSGUI_API_URL` wins over the setting, then the default."""
    env = (environ if environ is not None else os.environ).get(API_URL_ENV, "").strip()
    return check_base_url(env or (setting or "").strip() or DEFAULT_BASE_URL)


def _parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _snippet(content: bytes) -> str:
    text = content[:_SNIPPET].decode("utf-8", errors="replace")
    text = " ".join(text.split())
    return text + ("…" if len(content) > _SNIPPET else "") if text else "(empty)"


def classify(status: int, content: bytes, headers: Mapping[str, str]) -> SendResult:
    """Reads one answer: the body decides first, the status code second."""
    try:
        data: Any = json.loads(content.decode("utf-8")) if content else None
    except (UnicodeDecodeError, ValueError):
        data = None
    if not isinstance(data, dict):
        data = None

    if data is not None:
        msg_id = data.get("msgId")
        if isinstance(msg_id, str | int) and not isinstance(msg_id, bool) and str(msg_id):
            text = data.get("successMessage")
            return SendResult(
                Outcome.ACCEPTED,
                message=text if isinstance(text, str) else words.tr("Accepted."),
                msg_id=str(msg_id),
                status=status,
            )
    if status in (401, 403):
        detail = data.get("errorMessage") if data else None
        message = words.tr("The service refused the API token. Check it in Settings.")
        if isinstance(detail, str) and detail:
            said = words.tr("(The service said: {detail})").format(detail=detail)
            message = f"{message} {said}"
        return SendResult(Outcome.BAD_TOKEN, message=message, status=status)
    if status == 429:
        retry_after = _parse_retry_after(headers.get("retry-after"))
        return SendResult(
            Outcome.RATE_LIMITED,
            message=words.tr("The service asks to slow down."),
            retry_after=retry_after,
            status=status,
        )
    if data is not None:
        errors = data.get("errors")
        if isinstance(errors, dict) and errors:
            field_messages = {str(k): str(v) for k, v in errors.items()}
            return SendResult(
                Outcome.REJECTED,
                message=" ".join(field_messages.values()),
                errors=field_messages,
                status=status,
            )
        error_message = data.get("errorMessage")
        if isinstance(error_message, str) and error_message:
            return SendResult(
                Outcome.FAILED,
                message=words.tr("The service could not take the message: {reason}").format(
                    reason=error_message
                ),
                status=status,
            )
    what = f"HTTP {status}: {_snippet(content)}"
    if status >= 500 or 200 <= status < 300:
        # A gateway error or a garbled success: the service may have taken it.
        return SendResult(
            Outcome.UNCERTAIN,
            message=words.tr(
                "The service gave an unexpected answer, so the message may or may not "
                "have been taken ({answer}).",
            ).format(answer=what),
            status=status,
        )
    return SendResult(
        Outcome.FAILED,
        message=words.tr("The service gave an unexpected answer ({answer}).").format(answer=what),
        status=status,
    )


def classify_error(exc: httpx.HTTPError) -> SendResult:
    """A network failure: safe to retry only when the request certainly never left."""
    if isinstance(exc, httpx.ConnectTimeout):
        return SendResult(
            Outcome.FAILED, message=words.tr("The service did not answer the connection.")
        )
    if isinstance(exc, httpx.ConnectError):
        reason = str(exc) or type(exc).__name__
        if "CERTIFICATE" in reason.upper() or "SSL" in reason.upper():
            sentence = words.tr(
                "The secure connection to the service could not be verified ({reason})."
            )
        else:
            sentence = words.tr("Could not connect to the service ({reason}).")
        return SendResult(Outcome.FAILED, message=sentence.format(reason=logs.redact(reason)))
    if isinstance(exc, httpx.PoolTimeout):
        return SendResult(
            Outcome.FAILED, message=words.tr("Too many requests were waiting to be sent.")
        )
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return SendResult(Outcome.FAILED, message=words.tr("The service address is not usable."))
    if isinstance(exc, httpx.ReadTimeout):
        sentence = words.tr(
            "The service took too long to answer, so the message may or may not have been taken.",
        )
    elif isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError):
        sentence = words.tr(
            "The connection was dropped before the service answered, so the message may or "
            "may not have been taken.",
        )
    elif isinstance(exc, httpx.WriteTimeout | httpx.WriteError):
        sentence = words.tr(
            "The connection failed while the message was being sent, so it may or may not "
            "have been taken.",
        )
    else:
        sentence = words.tr(
            "The request failed ({error}), so the message may or may not have been taken.",
        ).format(error=type(exc).__name__)
    return SendResult(Outcome.UNCERTAIN, message=sentence)


class SmsAdvertClient:
    """Talks to the smsadvert API at `base_url` with one token. Safe to share between threads."""

    def __init__(
        self,
        token: str,
        base_url: str = DEFAULT_BASE_URL,
        client: httpx.Client | None = None,
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    ) -> None:
        token = token.strip() if token else ""
        if not token:
            raise ValueError(words.tr("There is no API token."))
        if not token.isprintable() or not token.isascii() or any(c.isspace() for c in token):
            raise ValueError(words.tr("The API token has characters a token cannot have."))
        self.base_url = check_base_url(base_url)
        logs.register_secret(token)
        self._token = token
        self._own_client = client is None
        # verify stays at httpx's default (on) whichever client is used.
        self._http = client if client is not None else httpx.Client(timeout=timeout)

    def __repr__(self) -> str:
        return f"SmsAdvertClient(base_url={self.base_url!r})"

    @property
    def endpoint(self) -> str:
        return self.base_url + API_PATH

    def send_body(self, body: Mapping[str, Any]) -> SendResult:
        """POSTs a body already built by `build_body` and classifies the answer."""
        found = contract.check_body(body)
        if found:
            raise InvalidRequest(describe_problems(found))
        headers = {"Authorization": self._token, "Content-Type": "application/json"}
        payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
        try:
            response = self._http.post(self.endpoint, content=payload, headers=headers)
        except httpx.HTTPError as exc:
            result = classify_error(exc)
            log.warning("request failed: %s (%s)", result.message, type(exc).__name__)
            return result
        result = classify(response.status_code, response.content, response.headers)
        log.info("answer %s: %s", response.status_code, result.outcome.value)
        return result

    def send(
        self,
        phones: Sequence[str] | str,
        text: str,
        *,
        network: bool = False,
        start_ms: int | None = None,
        end_ms: int | None = None,
        failover: bool = False,
        callback: str | None = None,
    ) -> SendResult:
        """Builds the body (raising `InvalidRequest` before any traffic) and sends it."""
        body = build_body(
            phones,
            text,
            network=network,
            start_ms=start_ms,
            end_ms=end_ms,
            failover=failover,
            callback=callback,
        )
        return self.send_body(body)

    def close(self) -> None:
        if self._own_client:
            self._http.close()

    def __enter__(self) -> SmsAdvertClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
