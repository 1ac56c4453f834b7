"""The simulator answers any HTTP client as the contract says, and posts delivery reports."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from smsgui.core.simulator import DATABASE_ERROR, SUCCESS, Simulator


def post(url: str, body: object, token: str | None = "any-token") -> httpx.Response:
    headers = {"Authorization": token} if token is not None else {}
    return httpx.post(url + "/api/sms/", json=body, headers=headers, timeout=10)


def test_valid_request_gets_success_message_and_msg_id(simulator: Simulator) -> None:
    answer = post(simulator.url, {"phone": "+40740123456", "shortTextMessage": "Hello"})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/json")
    data = answer.json()
    assert data["successMessage"] == SUCCESS
    assert data["msgId"] == simulator.accepted[0].msg_id


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"phone": "+40740123456,", "shortTextMessage": "Hello"}, "phone"),
        ({"phone": "0740123456", "shortTextMessage": "Hello"}, "phone"),
        ({"phone": "+40740123456", "shortTextMessage": "Hi"}, "shortTextMessage"),
        (
            {
                "phone": ",".join(f"+40{740000000 + i}" for i in range(1001)),
                "shortTextMessage": "Hello",
            },
            "phone",
        ),
        (
            {"phone": "+40740123456", "shortTextMessage": "Hello", "startDate": 5, "endDate": 1},
            "endDate",
        ),
        (
            {
                "phone": "+40740123456",
                "shortTextMessage": "Hello",
                "sendAsShort": True,
                "failover": "short",
            },
            "failover",
        ),
        ({"phone": "+40740123456", "shortTextMessage": "Hello", "callback": "x"}, "callback"),
        ({"shortTextMessage": "Hello"}, "phone"),
    ],
)
def test_refused_fields_come_back_under_errors(
    simulator: Simulator, body: dict, field: str
) -> None:
    answer = post(simulator.url, body)
    assert answer.headers["content-type"].startswith("application/json")
    assert field in answer.json()["errors"]
    assert simulator.accepted == []


def test_short_text_answer_is_the_services_wording(simulator: Simulator) -> None:
    answer = post(simulator.url, {"phone": "+40740123456", "shortTextMessage": "ab"})
    assert answer.json() == {
        "errors": {"shortTextMessage": "Saisissez un minimum de caractères 3!"}
    }


def test_unknown_or_missing_token_gets_an_error_message() -> None:
    with Simulator(tokens=["good"]) as sim:
        body = {"phone": "+40740123456", "shortTextMessage": "Hello"}
        for token in ("bad", None, ""):
            answer = post(sim.url, body, token)
            assert answer.status_code == 401
            assert answer.json()["errorMessage"]
        assert post(sim.url, body, "good").json()["msgId"]


def test_a_lone_surrogate_in_the_text_is_refused_not_crashed_on(simulator: Simulator) -> None:
    raw = b'{"phone": "+40740123456", "shortTextMessage": "abc \\ud800"}'
    answer = httpx.post(simulator.url + "/api/sms/", content=raw, headers={"Authorization": "t"})
    assert "shortTextMessage" in answer.json()["errors"]


def test_not_json_gets_an_error_message(simulator: Simulator) -> None:
    answer = httpx.post(
        simulator.url + "/api/sms/", content=b"{nope", headers={"Authorization": "t"}
    )
    assert "errorMessage" in answer.json()
    assert simulator.accepted == []


def test_record_holds_numbers_after_dedupe_text_and_options(simulator: Simulator) -> None:
    body = {
        "phone": "+40740000001,+40740000002,+40740000001",
        "shortTextMessage": "Salut",
        "sendAsShort": True,
        "startDate": 1486883578036,
    }
    msg_id = post(simulator.url, body).json()["msgId"]
    record = simulator.accepted[0]
    assert record.msg_id == msg_id
    assert record.numbers == ("+40740000001", "+40740000002")
    assert record.text == "Salut"
    assert record.options == {"sendAsShort": True, "startDate": 1486883578036}


def test_service_failures_are_json_error_messages(simulator: Simulator) -> None:
    simulator.faults.fail_rate = 1.0
    answer = post(simulator.url, {"phone": "+40740123456", "shortTextMessage": "Hello"})
    assert answer.json() == {"errorMessage": DATABASE_ERROR}


class _Reports:
    def __init__(self, expected: int) -> None:
        self.received: list[dict] = []
        self.expected = expected
        self.done = threading.Event()


@pytest.fixture
def report_sink() -> Iterator[tuple[str, _Reports]]:
    reports = _Reports(expected=2)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers["Content-Length"])
            reports.received.append(json.loads(self.rfile.read(length)))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()
            if len(reports.received) >= reports.expected:
                reports.done.set()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/callback-url/", reports
    server.shutdown()
    server.server_close()


def test_delivery_reports_reach_a_loopback_callback_once_per_number(
    simulator: Simulator, report_sink: tuple[str, _Reports]
) -> None:
    url, reports = report_sink
    body = {
        "phone": "+40740000001,+40740000002",
        "shortTextMessage": "Hello",
        "callback": url,
    }
    msg_id = post(simulator.url, body).json()["msgId"]
    assert reports.done.wait(10)
    assert reports.received == [
        {"status": "delivered", "msgId": msg_id},
        {"status": "delivered", "msgId": msg_id},
    ]


def test_reports_never_leave_this_machine(simulator: Simulator) -> None:
    body = {
        "phone": "+40740000001",
        "shortTextMessage": "Hello",
        "callback": "https://example.com/report",
    }
    assert post(simulator.url, body).json()["msgId"]
    assert simulator.reports_sent == 0
    with pytest.raises(ValueError):
        Simulator(host="0.0.0.0")


def _start_cli(*extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "smsgui", "simulator", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )


def test_command_prints_its_base_url_first_and_serves_until_stopped() -> None:
    process = _start_cli("--token", "secret-a", "--token", "secret-b")
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        body = {"phone": "+40740123456", "shortTextMessage": "Hello"}
        assert post(url, body, "secret-b").json()["msgId"]
        assert post(url, body, "other").status_code == 401
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0


def test_command_refuses_a_port_in_use() -> None:
    with Simulator() as running:
        port = running.url.rsplit(":", 1)[1]
        result = subprocess.run(
            [sys.executable, "-m", "smsgui", "simulator", "--port", port],
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert result.returncode == 2
    assert "Cannot listen" in result.stderr
    assert "Traceback" not in result.stderr
