"""SmsAdvertClient over real HTTP on 127.0.0.1: the simulator, and servers that misbehave."""

from __future__ import annotations

import json
import shutil
import socket
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import httpx
import pytest

from smsgui.core.api import (
    InsecureURL,
    InvalidRequest,
    Outcome,
    SmsAdvertClient,
    build_body,
    classify,
    resolve_base_url,
)
from smsgui.core.simulator import Simulator
from tests.rawserver import RawServer, http_reply

TOKEN = "tok-3f9a61c2"
NUMBER = "+40740123456"


def numbers(count: int, start: int = 740_000_000) -> list[str]:
    return [f"+40{start + i}" for i in range(count)]


@pytest.fixture
def client(simulator: Simulator) -> SmsAdvertClient:
    with SmsAdvertClient(TOKEN, simulator.url) as c:
        yield c


# -- the request body -------------------------------------------------------------------


def test_body_is_exactly_what_the_contract_specifies() -> None:
    body = build_body(
        [NUMBER, "+40740123457"],
        "Hello there",
        start_ms=1486883578036,
        end_ms=1486889778036,
        failover=True,
        callback="https://example.com/report",
    )
    assert body == {
        "phone": "+40740123456,+40740123457",
        "shortTextMessage": "Hello there",
        "startDate": 1486883578036,
        "endDate": 1486889778036,
        "failover": "short",
        "callback": "https://example.com/report",
    }
    assert build_body(NUMBER, "Hello", network=True) == {
        "phone": NUMBER,
        "shortTextMessage": "Hello",
        "sendAsShort": True,
    }


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"phones": ["0740123456"]}, "phone"),
        ({"phones": ["+40 740 123 456"]}, "phone"),
        ({"phones": []}, "phone"),
        ({"phones": "+40740123456,+40740123457,"}, "phone"),
        ({"phones": numbers(1001)}, "phone"),
        ({"text": "ab"}, "shortTextMessage"),
        ({"text": "x" * 481}, "shortTextMessage"),
        ({"text": "x" * 479 + "😀"}, "shortTextMessage"),
        ({"text": "broken \ud800 text"}, "shortTextMessage"),
        ({"start_ms": 2_000, "end_ms": 1_000}, "endDate"),
        ({"start_ms": 2_000, "end_ms": 2_000}, "endDate"),
        ({"network": True, "failover": True}, "failover"),
        ({"callback": "ftp://example.com/x"}, "callback"),
        ({"callback": "example.com/report"}, "callback"),
    ],
)
def test_what_the_service_would_refuse_is_refused_before_any_traffic(
    client: SmsAdvertClient, simulator: Simulator, kwargs: dict, field: str
) -> None:
    args = {"phones": [NUMBER], "text": "Hello"} | kwargs
    phones, text = args.pop("phones"), args.pop("text")
    with pytest.raises(InvalidRequest) as refused:
        client.send(phones, text, **args)
    assert field in refused.value.problems
    assert refused.value.problems[field]  # plain words, not empty
    assert simulator.requests_seen == 0


def test_limits_themselves_are_accepted(client: SmsAdvertClient, simulator: Simulator) -> None:
    assert client.send(numbers(1000), "abc").outcome is Outcome.ACCEPTED
    assert client.send(NUMBER, "x" * 480).outcome is Outcome.ACCEPTED
    assert client.send(NUMBER, "x" * 478 + "😀").outcome is Outcome.ACCEPTED
    assert [len(r.numbers) for r in simulator.accepted] == [1000, 1, 1]


def test_duplicates_are_dropped_keeping_the_first_order(
    client: SmsAdvertClient, simulator: Simulator
) -> None:
    result = client.send(["+40740000002", "+40740000001", "+40740000002"], "Hello")
    assert result.outcome is Outcome.ACCEPTED
    assert simulator.accepted[0].numbers == ("+40740000002", "+40740000001")
    # 1001 entries that are 1000 distinct numbers fit in one request
    assert client.send(numbers(1000) + [numbers(1)[0]], "Hello").outcome is Outcome.ACCEPTED


def test_insecure_base_urls_are_refused_except_on_loopback() -> None:
    for url in ("http://www.smsadvert.io", "http://192.168.1.10:8080", "ftp://x", "nonsense"):
        with pytest.raises(InsecureURL):
            SmsAdvertClient(TOKEN, url)
    for url in ("https://www.smsadvert.io/", "http://127.0.0.1:9", "http://localhost:9"):
        SmsAdvertClient(TOKEN, url).close()
    assert SmsAdvertClient(TOKEN, "https://www.smsadvert.io/").endpoint == (
        "https://www.smsadvert.io/api/sms/"
    )


def test_environment_url_wins_over_the_setting() -> None:
    assert resolve_base_url("", {}) == "https://www.smsadvert.io"
    assert resolve_base_url("https://a.example", {}) == "https://a.example"
    env = {"SMSGUI_API_URL": "http://127.0.0.1:5000/"}
    assert resolve_base_url("https://a.example", env) == "http://127.0.0.1:5000"


# -- answers from the simulator ---------------------------------------------------------


def test_accepted_request_carries_the_msg_id_and_the_body_arrives_as_built(
    client: SmsAdvertClient, simulator: Simulator
) -> None:
    result = client.send(NUMBER, "Bună ziua, Ștefan!", network=True, start_ms=1, end_ms=2)
    assert result.outcome is Outcome.ACCEPTED
    assert result.msg_id == simulator.accepted[0].msg_id
    record = simulator.accepted[0]
    assert record.text == "Bună ziua, Ștefan!"
    assert record.options == {"sendAsShort": True, "startDate": 1, "endDate": 2}


def test_unknown_token_is_a_bad_token() -> None:
    with Simulator(tokens=["right"]) as sim, SmsAdvertClient("wrong", sim.url) as c:
        result = c.send(NUMBER, "Hello")
    assert result.outcome is Outcome.BAD_TOKEN
    assert "token" in result.message.lower()
    assert not result.retry_is_safe
    assert sim.accepted == []


def test_rate_limit_is_reported_with_retry_after(
    client: SmsAdvertClient, simulator: Simulator
) -> None:
    simulator.faults.rate_limit = 1
    simulator.faults.retry_after = 7
    limited = client.send(NUMBER, "Hello")
    assert limited.outcome is Outcome.RATE_LIMITED
    assert limited.retry_after == 7.0
    assert limited.retry_is_safe
    assert client.send(NUMBER, "Hello").outcome is Outcome.ACCEPTED


def test_service_error_message_is_a_failure_safe_to_retry(
    client: SmsAdvertClient, simulator: Simulator
) -> None:
    simulator.faults.fail_rate = 1.0
    result = client.send(NUMBER, "Hello")
    assert result.outcome is Outcome.FAILED
    assert result.retry_is_safe
    assert "There was a database error!" in result.message
    assert simulator.accepted == []


def test_connection_dropped_after_accepting_is_uncertain(
    client: SmsAdvertClient, simulator: Simulator
) -> None:
    simulator.faults.drop_after_accept = 1.0
    result = client.send(NUMBER, "Hello")
    assert result.outcome is Outcome.UNCERTAIN
    assert not result.retry_is_safe
    assert len(simulator.accepted) == 1  # it did arrive: resending would text twice


def test_slow_service_past_the_read_timeout_is_uncertain(simulator: Simulator) -> None:
    simulator.faults.latency = 1.0
    with SmsAdvertClient(TOKEN, simulator.url, timeout=httpx.Timeout(5.0, read=0.2)) as c:
        result = c.send(NUMBER, "Hello")
    assert result.outcome is Outcome.UNCERTAIN


# -- servers that misbehave -------------------------------------------------------------


def test_server_that_hangs_gives_uncertain() -> None:
    with RawServer("hang") as server:
        c = SmsAdvertClient(TOKEN, server.url, timeout=httpx.Timeout(5.0, read=0.3))
        result = c.send(NUMBER, "Hello")
    assert result.outcome is Outcome.UNCERTAIN
    assert "may or may not" in result.message
    assert len(server.requests) == 1


def test_server_that_closes_after_reading_the_request_gives_uncertain() -> None:
    with RawServer("close") as server:
        result = SmsAdvertClient(TOKEN, server.url).send(NUMBER, "Hello")
    assert result.outcome is Outcome.UNCERTAIN
    assert len(server.requests) == 1


def test_port_nobody_listens_on_is_a_failure_safe_to_retry() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = SmsAdvertClient(TOKEN, f"http://127.0.0.1:{port}").send(NUMBER, "Hello")
    assert result.outcome is Outcome.FAILED
    assert result.retry_is_safe
    assert "connect" in result.message.lower()


def test_the_request_on_the_wire_has_the_raw_token_and_json() -> None:
    with RawServer("reply", http_reply(200, b'{"msgId": "m1"}')) as server:
        result = SmsAdvertClient(TOKEN, server.url).send([NUMBER], "Ăă țș")
    assert result.outcome is Outcome.ACCEPTED and result.msg_id == "m1"
    head, _, body = server.requests[0].partition(b"\r\n\r\n")
    assert head.startswith(b"POST /api/sms/ HTTP/1.1")
    assert f"authorization: {TOKEN}".encode() in head.lower()
    assert b"content-type: application/json" in head.lower()
    assert json.loads(body) == {"phone": NUMBER, "shortTextMessage": "Ăă țș"}


@pytest.mark.parametrize(
    ("status", "body", "content_type", "outcome"),
    [
        (200, b"<html>Welcome</html>", "text/html", Outcome.UNCERTAIN),
        (502, b"<html><h1>502 Bad Gateway</h1></html>", "text/html", Outcome.UNCERTAIN),
        (503, b"", "text/plain", Outcome.UNCERTAIN),
        (400, b"not json at all", "text/plain", Outcome.FAILED),
        (404, b'["a", "list"]', "application/json", Outcome.FAILED),
        (400, b'{"unexpected": true}', "application/json", Outcome.FAILED),
        (400, b"\xff\xfe\xfa garbage", "application/json", Outcome.FAILED),
        (200, b'{"msgId": ""}', "application/json", Outcome.UNCERTAIN),
    ],
)
def test_garbage_answers_become_results_naming_status_and_first_bytes(
    status: int, body: bytes, content_type: str, outcome: Outcome
) -> None:
    with RawServer("reply", http_reply(status, body, content_type)) as server:
        result = SmsAdvertClient(TOKEN, server.url).send(NUMBER, "Hello")
    assert result.outcome is outcome
    assert f"HTTP {status}" in result.message
    first = body[:10].decode("utf-8", errors="replace").split()[0] if body.strip() else "(empty)"
    assert first in result.message


def test_field_errors_reach_the_caller_as_the_service_wrote_them() -> None:
    answer = '{"errors": {"phone": "Număr de telefon invalid!"}}'.encode()
    with RawServer("reply", http_reply(400, answer)) as server:
        result = SmsAdvertClient(TOKEN, server.url).send(NUMBER, "Hello")
    assert result.outcome is Outcome.REJECTED
    assert result.errors == {"phone": "Număr de telefon invalid!"}


def test_body_decides_before_the_status_code() -> None:
    assert classify(500, b'{"msgId": "a1"}', {}).outcome is Outcome.ACCEPTED
    assert classify(200, b'{"errorMessage": "x"}', {}).outcome is Outcome.FAILED
    assert classify(403, b'{"errorMessage": "Invalid"}', {}).outcome is Outcome.BAD_TOKEN
    limited = classify(429, b"", {"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert limited.outcome is Outcome.RATE_LIMITED and limited.retry_after == 0.0


def test_token_never_appears_in_results_or_repr() -> None:
    with RawServer("close") as server:
        c = SmsAdvertClient(TOKEN, server.url)
        result = c.send(NUMBER, "Hello")
    assert TOKEN not in repr(c)
    assert TOKEN not in repr(result)


def test_a_token_with_line_breaks_is_refused_without_echoing_it() -> None:
    with pytest.raises(ValueError) as refused:
        SmsAdvertClient("abc\r\nX-Evil: 1", "http://127.0.0.1:9")
    assert "abc" not in str(refused.value)


# -- TLS stays verified -----------------------------------------------------------------


@pytest.fixture
def self_signed_https(tmp_path: Path):
    if not shutil.which("openssl"):
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'{"msgId": "should-not-be-trusted"}')

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_an_unverifiable_certificate_is_refused(self_signed_https: str) -> None:
    result = SmsAdvertClient(TOKEN, self_signed_https).send(NUMBER, "Hello")
    assert result.outcome is Outcome.FAILED
    assert "could not be verified" in result.message
