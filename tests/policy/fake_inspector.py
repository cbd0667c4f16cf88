"""A tiny stand-in for the inspection engine: phone numbers, a list of names, and bias words."""

from __future__ import annotations

import re

from garda.inspect.spans import Finding, Inspection, SpanType, UseFinding, UseKind

PHONE = re.compile(r"(?<!\d)(?:\+1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?!\d)")
NAMES = re.compile(r"\b(?:Dana Whitfield|Corwin Ashby|Lyle Ferrante|Whitfield|Ashby)\b")
BIAS = re.compile(r"\b(?:ethnicity|religion)\b", re.IGNORECASE)


class FakeInspector:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def inspect(self, text: str) -> Inspection:
        self.calls.append(text)
        findings = [Finding(SpanType.PHONE, m.start(), m.end(), m.group(0), "fake-phone") for m in PHONE.finditer(text)]
        findings += [Finding(SpanType.PERSON, m.start(), m.end(), m.group(0), "fake-name")
                     for m in NAMES.finditer(text)]
        uses = [UseFinding(UseKind.PROTECTED_CHARACTERISTIC, "682.20 D", m.start(), m.end(), "fake-bias",
                           f"mentions {m.group(0).lower()}") for m in BIAS.finditer(text)]
        return Inspection(text=text, findings=findings, uses=uses)


class BrokenInspector:
    def inspect(self, text: str) -> Inspection:
        raise RuntimeError("recognizer crashed")
