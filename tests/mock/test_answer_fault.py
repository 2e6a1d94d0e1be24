"""The ``answer`` fault: the request is carried out, then answered 200 with exactly the body asked for."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iranpayamak.testing import Fault, MockService
from tests import search

PATTERN = {
    "code": "mockOtp001",
    "recipient": "09121234567",
    "line_number": "90008361",
    "number_format": "english",
    "attributes": {"code": "1234"},
}


@pytest.fixture(scope="module")
def mock() -> Iterator[MockService]:
    with MockService() as service:
        yield service


@settings(max_examples=search.examples(quick=25, slow=200), deadline=None)
@given(body=st.binary(max_size=300) | st.text(max_size=100), drip=st.sampled_from([0.0, 0.0001]))
def test_the_send_happens_and_the_answer_is_exactly_the_body(mock: MockService, body: bytes | str, drip: float) -> None:
    mock.reset()
    fault = mock.faults.add(operation="send_pattern", answer=body, drip=drip, times=1)
    with httpx.Client(transport=mock.transport(), base_url=mock.url) as http:
        response = http.post("/ws/v1/sms/pattern", json=PATTERN, headers={"Api-Key": mock.api_key})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.content == (body.encode("utf-8") if isinstance(body, str) else body)
    assert [message.recipient for message in mock.outbox] == ["09121234567"]
    assert fault.hits == 1


def test_the_client_reads_the_answer_given_although_the_send_had_another_id() -> None:
    with MockService() as mock, mock.client(max_retries=0) as client:
        mock.faults.add(operation="send_pattern", answer='{"status":"success","data":4242,"messages":null}', times=1)
        assert client.sms.send_pattern("mockOtp001", "09121234567", {"code": "1234"}) == 4242
        assert [message.send_request_id != 4242 for message in mock.outbox] == [True]


def test_an_answer_alters_the_answer_but_the_request_is_processed() -> None:
    fault = Fault(answer="{}")
    assert fault.processes and fault.alters_answer
    assert not Fault().alters_answer
