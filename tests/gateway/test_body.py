"""Every malformed body is a clear 400/413, never a 500."""

import json

import pytest

from garda.errors import BadRequest, PayloadTooLarge
from garda.gateway.body import parse_chat_body

LIMITS = {"max_bytes": 10_000, "max_depth": 32}


def body(**fields):
    base = {"model": "m", "messages": [{"role": "user", "content": "hello"}]}
    base.update(fields)
    return json.dumps(base).encode()


def test_plain_body_parses():
    parsed = parse_chat_body(body(temperature=0.2, stop="END"), **LIMITS)
    assert parsed.messages[0].text == "hello"
    assert parsed.stop == ["END"]


def test_text_parts_are_joined():
    parts = [{"type": "text", "text": "one"}, {"type": "text", "text": "two"}]
    parsed = parse_chat_body(body(messages=[{"role": "user", "content": parts}]), **LIMITS)
    assert parsed.messages[0].text == "one\ntwo"


@pytest.mark.parametrize("raw, code", [
    (b"\xff\xfe not utf-8", "invalid_encoding"),
    (b"{not json", "invalid_json"),
    (b"[1, 2, 3]", "invalid_request"),
    (b'"a string"', "invalid_request"),
    (body(messages=[]), "invalid_body"),
    (body(messages="hello"), "invalid_body"),
    (body(model=7), "invalid_body"),
    (body(model=""), "invalid_body"),
    (body(messages=[{"role": "wizard", "content": "x"}]), "invalid_body"),
    (body(messages=[{"role": "user", "content": [{"type": "image_url", "image_url": "x"}]}]), "invalid_body"),
    (body(temperature="hot"), "invalid_body"),
    (body(temperature=9), "invalid_body"),
    (body(n=3), "invalid_body"),
    (body(stream="yes please"), "invalid_body"),
    (body(metadata={"purpose": ["a"]}), "invalid_body"),
    (body(stop=["a", "b", "c", "d", "e"]), "invalid_body"),
])
def test_malformed_bodies_are_400(raw, code):
    with pytest.raises(BadRequest) as caught:
        parse_chat_body(raw, **LIMITS)
    assert caught.value.status == 400
    assert caught.value.code == code


def test_deep_nesting_is_400_before_validation():
    nested = "[" * 100 + "]" * 100
    raw = ('{"model": "m", "messages": [{"role": "user", "content": "x"}], "extra": %s}' % nested).encode()
    with pytest.raises(BadRequest) as caught:
        parse_chat_body(raw, **LIMITS)
    assert caught.value.code == "too_deep"


def test_pathological_nesting_does_not_crash():
    raw = b"[" * 200_000 + b"]" * 200_000
    with pytest.raises(BadRequest):
        parse_chat_body(raw, max_bytes=1_000_000, max_depth=32)


def test_oversized_body_is_413():
    with pytest.raises(PayloadTooLarge) as caught:
        parse_chat_body(b"x" * 10_001, **LIMITS)
    assert caught.value.status == 413
