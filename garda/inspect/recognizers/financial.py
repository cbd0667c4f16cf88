"""Payment-card numbers (Luhn) and bank or other account numbers with context."""

from __future__ import annotations

import regex

from garda.inspect.recognizers.base import FLAGS, PatternRecognizer
from garda.inspect.spans import SpanType

def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if index % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


class PaymentCardRecognizer(PatternRecognizer):
    name = "payment_card"
    span_type = SpanType.ACCOUNT_NUMBER
    explanation = "13 to 19 digits that pass the Luhn check with a card-issuer prefix"
    pattern = regex.compile(r"(?<![\w-])(?P<span>[3-6]\d{3}(?:[ -]?\d){9,15})(?![\w-])")
    around_digits = True
    min_digits = 13
    linear = True
    window = (1, 2)

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        digits = "".join(c for c in match["span"] if c.isdigit())
        if not 13 <= len(digits) <= 19 or not luhn_valid(digits) or len(set(digits)) < 2:
            return None
        return 0.95


class AccountNumberRecognizer(PatternRecognizer):
    name = "account_number"
    span_type = SpanType.ACCOUNT_NUMBER
    explanation = "a number after 'account', 'acct', 'routing' or a bank or card word"
    pattern = regex.compile(
        r"\b(?:acc(?:oun)?t|acct|routing|aba|iban|checking|savings|card)\b(?:\s+(?:no|number|num))?"
        r"\.?\s*(?:#|:|(?:ending|ends)(?:\s+(?:in|with))?(?:\s*[:#-])?|,?\s*(?:last|final)\s+(?:four|4)(?:\s+digits)?(?:\s+(?:of|are|is))?|is)?"
        r"\s*(?P<span>(?:[A-Z]{2}\d{2})?\d[\d -]{2,24}\d)(?![\w-])",
        FLAGS)
    cues = frozenset({"account", "acct", "acount", "routing", "aba", "iban", "checking", "savings", "card"})
    window = (0, 70)
    anchored = True
    linear = True
    digit_within = 45

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        digits = sum(c.isdigit() for c in match["span"])
        return 0.8 if digits >= 4 else None
