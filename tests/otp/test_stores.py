"""The stores themselves: the update contract, TTLs kept by Redis itself, and the memory store's expiry."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections.abc import Callable
from datetime import timedelta

import attrs
import pytest
import redis
import redis.asyncio

from iranpayamak import IranPayamak
from iranpayamak.errors import InvalidArgumentError, OtpError, OtpStoreError
from iranpayamak.otp import AsyncRedisStore, MemoryStore, OtpService, OtpStore, RedisStore, Write

from .conftest import KEY, MOBILE, PATTERN, SECRET, FakeClock, RedisServer, raw_values


def _set(value: str, ttl: float = 60) -> Callable[[str | None], tuple[Write | None, str | None]]:
    def change(current: str | None) -> tuple[Write | None, str | None]:
        return Write(value, ttl), current

    return change


def _read(current: str | None) -> tuple[Write | None, str | None]:
    return None, current


def _delete(current: str | None) -> tuple[Write | None, str | None]:
    return Write(None, 0), current


def test_update_reads_writes_and_deletes(store: OtpStore) -> None:
    assert store.update("k", _read) is None
    assert store.update("k", _set("one")) is None
    assert store.update("k", _set("two")) == "one"
    assert store.update("k", _read) == "two"
    assert store.update("k", _delete) == "two"
    assert store.update("k", _read) is None


def test_a_change_that_raises_writes_nothing(store: OtpStore) -> None:
    store.update("k", _set("kept"))

    def fail(current: str | None) -> tuple[Write | None, None]:
        raise RuntimeError("refused")

    with pytest.raises(RuntimeError):
        store.update("k", fail)
    assert store.update("k", _read) == "kept"


def test_keys_are_separate(store: OtpStore) -> None:
    store.update("a", _set("1"))
    store.update("b", _set("2"))
    assert (store.update("a", _read), store.update("b", _read)) == ("1", "2")


# --- Redis ---------------------------------------------------------------------------------------------


def test_redis_keys_carry_a_real_ttl(redis_client: redis.Redis, client: IranPayamak, clock: FakeClock) -> None:
    store = RedisStore(redis_client)
    service = OtpService(
        client,
        pattern=PATTERN,
        store=store,
        secret=SECRET,
        clock=clock,
        ttl=30,
        resend_cooldown=[10],
        cooldown_reset=20,
        per_number_hourly_cap=None,
    )
    service.issue(MOBILE)
    # The key lives as long as its latest time of interest: here the code's 30 s. (The lower bounds
    # leave seconds for a loaded machine between the write and the PTTL.)
    assert 25_000 < redis_client.pttl(KEY) <= 30_000
    clock.advance(10)
    service.verify(MOBILE, "0000")  # a write sets the TTL again, from the (injected) present
    assert 15_000 < redis_client.pttl(KEY) <= 20_000


def test_redis_ttl_covers_lockouts_and_the_hourly_window(
    redis_client: redis.Redis, client: IranPayamak, clock: FakeClock
) -> None:
    service = OtpService(client, pattern=PATTERN, store=RedisStore(redis_client), secret=SECRET, clock=clock)
    service.issue(MOBILE)
    assert 24 * 3600_000 - 60_000 < redis_client.pttl(KEY) <= 24 * 3600_000  # cooldown_reset, the longest
    service = OtpService(
        client,
        pattern=PATTERN,
        store=RedisStore(redis_client, prefix="other:"),
        secret=SECRET,
        clock=clock,
        cooldown_reset=3600,
        max_attempts=1,
        lockout=timedelta(hours=2),
    )
    service.issue(MOBILE)
    service.verify(MOBILE, "0000")
    assert 7_140_000 < redis_client.pttl(f"other:{MOBILE}") <= 7_200_000  # the lockout's two hours


def test_redis_ttl_covers_a_reservation_and_redis_drops_a_crashed_one(
    redis_client: redis.Redis, client: IranPayamak, clock: FakeClock
) -> None:
    store = RedisStore(redis_client, prefix="window:")
    service = OtpService(client, pattern=PATTERN, store=store, secret=SECRET, clock=clock, send_window=90)
    crashed = service.policy.start_issue(MOBILE, "login")
    store.update(crashed.key, crashed.reserve(service.policy.now()))  # reserved; then the process died
    assert 85_000 < redis_client.pttl(f"window:{MOBILE}") <= 90_000  # the key outlives the reservation
    # The real clock and a short window: Redis's own expiry is what is tested.
    service = OtpService(client, pattern=PATTERN, store=RedisStore(redis_client), secret=SECRET, send_window=1.5)
    crashed = service.policy.start_issue(MOBILE, "login")
    service.store.update(crashed.key, crashed.reserve(service.policy.now()))
    assert 0 < redis_client.pttl(KEY) <= 1500
    deadline = time.monotonic() + 30
    while redis_client.exists(KEY) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not redis_client.exists(KEY), "Redis kept the reservation past its TTL"
    service.issue(MOBILE)  # nothing is left to block it


def test_redis_itself_forgets_a_key_when_its_ttl_passes(redis_client: redis.Redis) -> None:
    store = RedisStore(redis_client)
    store.update("short", _set("x", ttl=0.001))  # 1 ms, Redis's own expiry
    deadline = time.monotonic() + 30
    while redis_client.exists("iranpayamak:otp:short") and time.monotonic() < deadline:
        time.sleep(0.005)
    assert store.update("short", _read) is None


def test_a_conflicting_write_makes_the_update_start_again(redis_client: redis.Redis) -> None:
    store = RedisStore(redis_client)
    store.update("k", _set("0"))
    seen: list[str | None] = []

    def increment(current: str | None) -> tuple[Write | None, None]:
        seen.append(current)
        if len(seen) == 1:
            redis_client.set("iranpayamak:otp:k", "5")  # another server writes between read and write
        return Write(str(int(current or "0") + 1), 60), None

    store.update("k", increment)
    assert seen == ["0", "5"]
    assert redis_client.get("iranpayamak:otp:k") == b"6"


def test_a_key_created_meanwhile_is_a_conflict_too(redis_client: redis.Redis) -> None:
    store = RedisStore(redis_client)
    seen: list[str | None] = []

    def create(current: str | None) -> tuple[Write | None, None]:
        seen.append(current)
        if len(seen) == 1:
            redis_client.set("iranpayamak:otp:k", "theirs")
        return Write("mine", 60), None

    store.update("k", create)
    assert seen == [None, "theirs"]


def test_clients_that_decode_responses_work_too(
    redis_server: RedisServer, client: IranPayamak, clock: FakeClock
) -> None:
    with redis_server.client(decode_responses=True) as decoding:
        decoding.flushdb()
        service = OtpService(
            client,
            pattern=PATTERN,
            store=RedisStore(decoding),
            secret=SECRET,
            clock=clock,
            expose_codes=True,
        )
        code = service.issue(MOBILE).code
        assert code is not None and service.verify(MOBILE, code) is True


def test_the_prefix_namespaces_the_keys(redis_client: redis.Redis) -> None:
    RedisStore(redis_client, prefix="app1:otp:").update(MOBILE, _set("x"))
    assert redis_client.keys("*") == [f"app1:otp:{MOBILE}".encode()]
    assert RedisStore(redis_client, prefix="app2:otp:").update(MOBILE, _read) is None


def test_from_url(redis_server: RedisServer) -> None:
    store = RedisStore.from_url(redis_server.url)
    store.update("from-url", _set("x"))
    assert store.update("from-url", _read) == "x"
    assert AsyncRedisStore.from_url(redis_server.url).prefix == "iranpayamak:otp:"


def test_sync_and_async_clients_are_not_mixed_up(redis_server: RedisServer) -> None:
    with pytest.raises(InvalidArgumentError) as sync_store:
        RedisStore(redis.asyncio.Redis(port=redis_server.port))  # type: ignore[arg-type]
    assert sync_store.value.field == "client"
    with pytest.raises(InvalidArgumentError) as async_store:
        AsyncRedisStore(redis.Redis(port=redis_server.port))  # type: ignore[arg-type]
    assert async_store.value.field == "client"


# --- Memory ---------------------------------------------------------------------------------------------


def test_the_memory_store_forgets_values_after_their_ttl() -> None:
    now = [0.0]
    store = MemoryStore(timer=lambda: now[0])
    store.update("k", _set("x", ttl=10))
    now[0] = 9.9
    assert store.raw() == {"k": "x"}
    now[0] = 10
    assert store.raw() == {} and store.update("k", _read) is None


def test_the_memory_store_sweeps_keys_that_are_never_read_again() -> None:
    now = [0.0]
    store = MemoryStore(timer=lambda: now[0])
    for n in range(100):
        store.update(f"old{n}", _set("x", ttl=1))
    now[0] = 2
    for n in range(2000):
        store.update(f"new{n}", _read)
    assert len(store._values) == 0


def test_raw_values_hold_json_state(service: OtpService, store: OtpStore) -> None:
    service.issue(MOBILE)
    (value,) = raw_values(store).values()
    assert json.loads(value)["v"] == 1


def test_an_update_that_always_conflicts_gives_up_with_a_store_error(
    redis_client: redis.Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iranpayamak.otp import redis_store

    store = RedisStore(redis_client)
    monkeypatch.setattr(store, "_script", lambda **_: 0)  # every compare-and-set loses
    monkeypatch.setattr(redis_store, "_backoff", lambda attempt: 0)
    with pytest.raises(OtpStoreError) as busy:
        store.update(MOBILE, _set("x"))
    assert not isinstance(busy.value, OtpError)  # an outage, not a refusal that apps answer with 429
    assert "too busy" in str(busy.value) and MOBILE not in str(busy.value)


def test_an_unreachable_redis_is_a_store_error() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"redis://127.0.0.1:{port}/0"
    with RedisStore.from_url(url, socket_connect_timeout=5) as store, pytest.raises(OtpStoreError) as failed:
        store.update("k", _read)
    assert isinstance(failed.value.__cause__, redis.ConnectionError)


async def _async_unreachable(port: int) -> OtpStoreError:
    async with AsyncRedisStore.from_url(f"redis://127.0.0.1:{port}/0", socket_connect_timeout=5) as store:
        try:
            await store.update("k", _read)
        except OtpStoreError as error:
            return error
    raise AssertionError("no OtpStoreError")


def test_an_unreachable_redis_is_a_store_error_for_the_async_store_too() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = asyncio.run(_async_unreachable(port))
    assert isinstance(error.__cause__, redis.ConnectionError)


def test_stores_from_url_close_their_client(redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch) -> None:
    closed: list[str] = []
    with RedisStore.from_url(redis_server.url) as store:
        monkeypatch.setattr(store.redis, "close", lambda: closed.append("sync"))
        store.update("from-url", _set("x"))
    assert closed == ["sync"]

    async def use_async() -> None:
        async with AsyncRedisStore.from_url(redis_server.url) as store:

            async def aclose() -> None:
                closed.append("async")

            monkeypatch.setattr(store.redis, "aclose", aclose)
            await store.update("from-url-async", _set("y"))

    asyncio.run(use_async())
    assert closed == ["sync", "async"]


def test_stores_leave_a_client_passed_in_open(redis_client: redis.Redis) -> None:
    with RedisStore(redis_client) as store:
        store.update("k", _set("x"))
    assert redis_client.get("iranpayamak:otp:k") == b"x"  # still usable


UNREADABLE = {
    "not JSON": "not json",
    "not an object": "[]",
    "another version": '{"v":2,"sent":[],"purposes":{}}',
    "a boolean version": '{"v":true}',
    "an unknown field": '{"v":1,"surprise":1}',
    "a sent time that is text": '{"v":1,"sent":["x"]}',
    "a count that is text": '{"v":1,"purposes":{"login":{"attempts":"3"}}}',
    "a negative count": '{"v":1,"purposes":{"login":{"streak":-1}}}',
    "a digest that is a number": '{"v":1,"purposes":{"login":{"digest":5}}}',
    "an unknown purpose field": '{"v":1,"purposes":{"login":{"surprise":1}}}',
    "a purpose that is not an object": '{"v":1,"purposes":{"login":3}}',
    "an infinite time": '{"v":1,"purposes":{"login":{"locked_until":1e999}}}',
    "a time beyond any float": '{"v":1,"sent":[1' + "0" * 400 + "]}",
}


@pytest.mark.parametrize("raw", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_an_unreadable_record_is_a_store_error_and_is_left_alone(
    service: OtpService, store: OtpStore, raw: str
) -> None:
    store.update(MOBILE, _set(raw))
    for action in (lambda: service.verify(MOBILE, "123456"), lambda: service.issue(MOBILE)):
        with pytest.raises(OtpStoreError) as failed:
            action()
        assert "0912***4567" in str(failed.value) and MOBILE not in str(failed.value)
    assert store.update(MOBILE, _read) == raw  # not overwritten: a lockout or a cap in it is not lost


def test_every_field_of_a_record_is_read_and_checked() -> None:
    from iranpayamak.otp._record import _READERS, Challenge

    assert set(_READERS) == {f.name for f in attrs.fields(Challenge)}
