"""Checks every generated, labelled corpus under tests/data must pass, whatever its mix:
it is what its generator writes, its lines have the documented shape, and its spans fit;
and the checks the held-out corpora share (labels, phrasings, letter case, identifiers)."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType

from garda.evaluation import load_corpus
from garda.inspect.spans import SpanType
from tests.data_files import prohibited_phrasings

LINE_KEYS = ["id", "text", "spans", "expected", "categories"]


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def spans_of(rows: list[dict], kind: str) -> list[str]:
    return [row["text"][s["start"]:s["end"]] for row in rows for s in row["spans"] if s["type"] == kind]


def assert_generator_writes(generator: ModuleType, path: Path, tmp_path: Path) -> None:
    written = generator.main(tmp_path)
    assert written.read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), (
        f"{path.name} differs from the generator's output: run python tests/data/{generator.__name__}.py")


def assert_loader_reads_every_line(path: Path, rows: list[dict]) -> None:
    assert len(load_corpus(path)) == len(rows)


def assert_documented_keys(rows: list[dict]) -> None:
    for row in rows:
        assert list(row) == LINE_KEYS, row["id"]
        assert row["expected"] in ("allow", "redact", "block"), row["id"]


def assert_ids_in_order_and_texts_unique(rows: list[dict], id_format: str) -> None:
    """``id_format``: the id of item n, e.g. "k{:04d}"."""
    assert [row["id"] for row in rows] == [id_format.format(n) for n in range(1, len(rows) + 1)]
    assert len({row["text"] for row in rows}) == len(rows)


def assert_spans_fit(rows: list[dict], *, trimmed: str = ",;:", ordered_keys: bool = False) -> None:
    """Spans inside their text, ordered, disjoint, of a known type, with no space or ``trimmed``
    mark at either end (``ordered_keys``: keys written as start, end, type)."""
    types = {t.value for t in SpanType}
    for row in rows:
        end = 0
        for span in row["spans"]:
            if ordered_keys:
                assert list(span) == ["start", "end", "type"], row["id"]
            else:
                assert set(span) == {"start", "end", "type"}, row["id"]
            assert span["type"] in types, row["id"]
            assert end <= span["start"] < span["end"] <= len(row["text"]), row["id"]
            piece = row["text"][span["start"]:span["end"]]
            assert piece == piece.strip() and piece.strip(trimmed) == piece, (row["id"], piece)
            end = span["end"]


# Addresses reserved for documentation (RFC 5737, RFC 3849): an IP in a corpus is never someone's.
DOCUMENTATION_NETWORKS = tuple(ipaddress.ip_network(n) for n in
                               ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"))


def assert_decisions_agree_with_labels(rows: list[dict], block_kinds: tuple[str, ...]) -> None:
    """allow: no span, a negative; redact: spans and a legitimate task; block: exactly one of ``block_kinds``."""
    for row in rows:
        categories = row["categories"]
        kinds = [c for c in categories if c in block_kinds]
        if row["expected"] == "allow":
            assert row["spans"] == [] and "negative" in categories and not kinds, row["id"]
        elif row["expected"] == "redact":
            assert row["spans"] and "task:legitimate" in categories and not kinds, row["id"]
            assert "negative" not in categories, row["id"]
        else:
            assert len(kinds) == 1 and "negative" not in categories, row["id"]
            assert "task:legitimate" not in categories, row["id"]


def assert_one_phrasing_per_prohibited_use(rows: list[dict]) -> None:
    for row in rows:
        uses = [c for c in row["categories"] if c.startswith("prohibited:")]
        phrasings = [c for c in row["categories"] if c.startswith("phrasing:")]
        if uses:
            assert phrasings in (["phrasing:direct"], ["phrasing:indirect"]), row["id"]
        else:
            assert not phrasings, row["id"]


def assert_enough_blocked_items(rows: list[dict], uses: tuple[str, ...], minimum: int) -> None:
    """At least ``minimum`` items per prohibited use (half of them phrased indirectly), per CJI
    record and per informant or plan."""
    per_use, indirect = prohibited_phrasings(rows)
    for use in uses:
        assert per_use[use] >= minimum, use
        assert 2 * indirect[use] >= per_use[use], use
    kinds = Counter(c for row in rows for c in row["categories"] if c in ("cji_record", "nonpublic"))
    assert kinds["cji_record"] >= minimum and kinds["nonpublic"] >= minimum


def assert_the_mix(rows: list[dict], uses: tuple[str, ...], block_kinds: tuple[str, ...], *,
                   total: tuple[int, int], allow: tuple[float, float], redact: tuple[float, float],
                   block: tuple[float, float], blocked_per_use: int, per_use: int, cji_records: int,
                   nonpublic: int, indirect_per_use: int | None = None) -> None:
    """The corpus's size and its share of each decision lie within bounds; it holds enough items of
    each blocked kind; and each prohibited use has ``indirect_per_use`` items phrased indirectly (None:
    more than half of them)."""
    decisions = Counter(row["expected"] for row in rows)
    size = len(rows)
    assert total[0] <= size <= total[1]
    for decision, (low, high) in (("allow", allow), ("redact", redact), ("block", block)):
        assert low <= decisions[decision] / size <= high, decision
    assert_enough_blocked_items(rows, uses, blocked_per_use)
    kinds = Counter(c for row in rows for c in row["categories"] if c in block_kinds)
    indirect = Counter(c for row in rows for c in row["categories"] if c in block_kinds
                       and "phrasing:indirect" in row["categories"])
    assert kinds["cji_record"] >= cji_records and kinds["nonpublic"] >= nonpublic
    for use in uses:
        assert kinds[f"prohibited:{use}"] >= per_use
        if indirect_per_use is None:
            assert 2 * indirect[f"prohibited:{use}"] > kinds[f"prohibited:{use}"]
        else:
            assert indirect[f"prohibited:{use}"] >= indirect_per_use


# The words a prohibited use is named by in a textbook: an indirect phrasing uses none of them.
TEXTBOOK_WORDS = {
    "categorization": r"\b(categori[sz]|classif|race|racial|ethnic|religio|protected characteristic|profil)",
    "surveillance": r"\b(surveil|monitor|track)",
    "rationalization": r"\b(justif|rationali)",
    "sole_legal_basis": r"\b(legal analysis|sole basis|only basis|interpret)",
}


def assert_indirect_phrasings_avoid_the_textbook_words(templates: list) -> None:
    for template in templates:
        if template.phrasing == "indirect":
            use = template.kind.removeprefix("prohibited:")
            assert not re.search(TEXTBOOK_WORDS[use], template.text, re.IGNORECASE), template.number


def assert_span_types_covered(rows: list[dict], minimum: dict[str, int], minimum_other: int) -> None:
    """At least ``minimum[type]`` spans of each emphasised type, half of them distinct, and
    ``minimum_other`` of every other type present."""
    per_type = Counter(s["type"] for row in rows for s in row["spans"])
    for kind, least in minimum.items():
        assert per_type[kind] >= least, (kind, per_type[kind])
        assert len(set(spans_of(rows, kind))) >= least // 2, kind
    for kind, count in per_type.items():
        assert count >= minimum_other, (kind, count)


def assert_tagged_with_one_template(rows: list[dict], tag: str) -> None:
    """Every item carries the corpus's tag first and exactly one ``template:<n>`` category."""
    for row in rows:
        assert row["categories"][0] == tag, row["id"]
        assert len([c for c in row["categories"] if c.startswith("template:")]) == 1, row["id"]


def assert_templates_numbered_and_used(templates: list, rows: list[dict], minimum: int) -> None:
    """At least ``minimum`` distinct templates, numbered from 1, each used as many times as it says."""
    assert len(templates) >= minimum
    assert [t.number for t in templates] == list(range(1, len(templates) + 1))
    used = Counter(c for row in rows for c in row["categories"] if c.startswith("template:"))
    assert {f"template:{t.number}": t.count for t in templates} == dict(used)
    assert len({t.text for t in templates}) == len(templates)


def assert_one_template_per_prohibited_item(templates: list, uses: tuple[str, ...], per_use: int,
                                            indirect_per_use: int) -> None:
    """Each prohibited-use item has a template of its own, and most of each use's are indirect."""
    per_kind = Counter(t.kind for t in templates if t.kind.startswith("prohibited:"))
    indirect = Counter(t.kind for t in templates if t.phrasing == "indirect")
    for use in uses:
        kind = f"prohibited:{use}"
        assert per_kind[kind] >= per_use, use
        assert indirect[kind] >= indirect_per_use and 2 * indirect[kind] > per_kind[kind], use
    for template in templates:
        assert bool(template.phrasing) == template.kind.startswith("prohibited:"), template.number
        assert template.phrasing in ("", "direct", "indirect"), template.number
        if template.phrasing:
            assert template.count == 1, template.number


def assert_names_are_one_span(rows: list[dict], types: tuple[str, ...] = ("PERSON", "CONFIDENTIAL_SOURCE")) -> None:
    """A name is one span: no two spans of ``types`` stand apart by a single blank or line break."""
    for row in rows:
        people = [s for s in row["spans"] if s["type"] in types]
        for left, right in zip(people, people[1:]):
            assert row["text"][left["end"]:right["start"]] not in (" ", "\n"), (row["id"], left, right)


def assert_allowed_items_are_legitimate_tasks(rows: list[dict]) -> None:
    for row in rows:
        if row["expected"] == "allow":
            assert "task:legitimate" in row["categories"], row["id"]


def assert_near_misses_hold_nothing_sensitive(rows: list[dict], minimum: int) -> None:
    """At least ``minimum`` allowed items, none holding a span or a name group."""
    allowed = [row for row in rows if row["expected"] == "allow"]
    assert len(allowed) >= minimum
    assert all(not row["spans"] and not any(c.startswith("names:") for c in row["categories"]) for row in allowed)


def assert_case_numbers_in_many_shapes(rows: list[dict], minimum: int = 12) -> None:
    """At least ``minimum`` shapes of case number (digits, capitals, lowercase letters), a court's among them."""
    values = spans_of(rows, "CASE_NUMBER")
    shapes = {re.sub(r"[a-z]", "a", re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", v))) for v in values}
    assert len(shapes) >= minimum, shapes
    assert any(re.fullmatch(r"20\d\d[A-Z]{2}\d{6}", v) for v in values)


def assert_styles_match_letter_case(templates: list, rows: list[dict]) -> None:
    """An item carries its template's style (``style:caps``/``style:lower``), and its text is in that case."""
    whole = {f"template:{t.number}": t.style for t in templates}
    for row in rows:
        template = next(c for c in row["categories"] if c.startswith("template:"))
        style = whole[template]
        styles = [c for c in row["categories"] if c.startswith("style:")]
        assert styles == ([f"style:{style}"] if style else []), row["id"]
        if style == "caps":
            assert row["text"] == row["text"].upper(), row["id"]
        if style == "lower":
            assert row["text"] == row["text"].lower(), row["id"]


def assert_pasted_caps_lines_keep_their_spans(templates: list, rows: list[dict]) -> None:
    """Templates with a pasted ALL-CAPS line ("^^") are several, and their items hold a span in capitals."""
    pasted = {f"template:{t.number}" for t in templates if "^^" in t.text}
    assert len(pasted) >= 4
    for row in rows:
        if pasted & set(row["categories"]):
            assert any(row["text"][s["start"]:s["end"]].isupper() for s in row["spans"]), row["id"]


def assert_identifiers_fictitious(fillers: ModuleType, rows: list[dict], licence_digits: tuple[int, ...] = (13,)) -> None:
    """Numbers that could be someone's are of the fictitious or checksummed kinds the fillers promise
    (a Wisconsin licence holds 13 digits; a corpus may write other states' too, with ``licence_digits``)."""
    for ssn in spans_of(rows, "SSN"):
        digits = re.sub(r"\D", "", ssn)
        area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
        assert len(digits) == 9 and area not in (0, 666) and area < 900 and group and serial, ssn
    for vin in spans_of(rows, "VIN"):
        assert fillers.vin_is_valid(vin.upper()), vin
    for account in spans_of(rows, "ACCOUNT_NUMBER"):
        digits = re.sub(r"\D", "", account)
        if len(digits) in (15, 16):
            assert fillers.luhn_ok(digits), account
    for phone in spans_of(rows, "PHONE"):
        assert re.search(r"555\D?01\d\d$", phone), phone
    for email in spans_of(rows, "EMAIL"):
        assert email.lower().endswith(("example.org", "example.com")), email
    for ip in spans_of(rows, "IP_ADDRESS"):
        assert any(ipaddress.ip_address(ip) in network for network in DOCUMENTATION_NETWORKS), ip
    for address in spans_of(rows, "ADDRESS"):
        assert address[0].isdigit(), address
    for kind in ("DATE_OF_BIRTH", "CASE_NUMBER", "CJI_IDENTIFIER", "LICENSE_PLATE"):
        for value in spans_of(rows, kind):
            assert re.search(r"\d", value), (kind, value)
    for licence in spans_of(rows, "DRIVER_LICENSE"):
        digits = re.sub(r"\D", "", licence)
        assert licence[0].isalpha() and len(digits) in licence_digits, licence


def assert_every_span_type_present(rows: list[dict]) -> None:
    present = Counter(s["type"] for row in rows for s in row["spans"])
    assert set(present) == {t.value for t in SpanType}, set(SpanType) - set(present)


def assert_informants_and_plans_only_in_blocked_items(rows: list[dict], *, only_in_nonpublic: bool = True) -> None:
    """CONFIDENTIAL_SOURCE and TACTICAL spans stand only in blocked items, and every ``nonpublic`` item
    holds one; with ``only_in_nonpublic``, they stand in no item of another kind."""
    for row in rows:
        nonpublic = [s for s in row["spans"] if s["type"] in ("CONFIDENTIAL_SOURCE", "TACTICAL")]
        if only_in_nonpublic:
            assert bool(nonpublic) == ("nonpublic" in row["categories"]), row["id"]
        elif "nonpublic" in row["categories"]:
            assert nonpublic, row["id"]
        if nonpublic:
            assert row["expected"] == "block", row["id"]


def assert_cji_records_name_what_to_look_up(rows: list[dict]) -> None:
    """Every ``cji_record`` item holds a justice identifier, a person or a plate to look up."""
    for row in rows:
        if "cji_record" in row["categories"]:
            assert {s["type"] for s in row["spans"]} & {"CJI_IDENTIFIER", "PERSON", "LICENSE_PLATE"}, row["id"]
