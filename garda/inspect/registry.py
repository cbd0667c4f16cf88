"""The one place where recognizers and classifiers are declared.

garda's own detectors register here exactly as a third-party one would: a factory
(anything callable returning an object with ``name``, ``span_types``/``kinds`` and
``find(text)``) added with :meth:`InspectionRegistry.add_recognizer` or
:meth:`InspectionRegistry.add_classifier`. Nothing is built at import time;
:func:`default_registry` builds a fresh registry with the built-ins.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from garda.inspect.protocols import Classifier, Recognizer


@dataclass
class InspectionRegistry:
    recognizer_factories: dict[str, Callable[[], Recognizer]] = field(default_factory=dict)
    classifier_factories: dict[str, Callable[[], Classifier]] = field(default_factory=dict)

    def add_recognizer(self, name: str, factory: Callable[[], Recognizer]) -> None:
        self._check_new(name)
        self.recognizer_factories[name] = factory

    def add_classifier(self, name: str, factory: Callable[[], Classifier]) -> None:
        self._check_new(name)
        self.classifier_factories[name] = factory

    def recognizers(self) -> list[Recognizer]:
        return [self._built(name, factory, Recognizer) for name, factory in self.recognizer_factories.items()]

    def classifiers(self) -> list[Classifier]:
        return [self._built(name, factory, Classifier) for name, factory in self.classifier_factories.items()]

    def names(self) -> list[str]:
        return [*self.recognizer_factories, *self.classifier_factories]

    def describe(self) -> list[dict[str, object]]:
        """What each detector looks for, for documentation and the public "how decisions are made" page."""
        rows: list[dict[str, object]] = []
        for recognizer in self.recognizers():
            rows.append({"name": recognizer.name, "detector": "recognizer",
                         "finds": [t.value for t in recognizer.span_types], "about": _about(recognizer)})
        for classifier in self.classifiers():
            rows.append({"name": classifier.name, "detector": "classifier",
                         "finds": [k.value for k in classifier.kinds], "about": _about(classifier)})
        return rows

    def _check_new(self, name: str) -> None:
        if name in self.recognizer_factories or name in self.classifier_factories:
            raise ValueError(f"an inspection detector named {name!r} is already registered")

    @staticmethod
    def _built(name, factory, protocol):  # type: ignore[no-untyped-def]
        detector = factory()
        if not isinstance(detector, protocol) or detector.name != name:
            raise TypeError(f"factory for {name!r} did not build a conforming {protocol.__name__}")
        return detector


def _about(detector: object) -> str:
    doc = (type(detector).__doc__ or getattr(detector, "explanation", "") or "").strip()
    return doc.splitlines()[0] if doc else ""


def register_builtins(registry: InspectionRegistry) -> None:
    from garda.inspect.classifiers import (
        categorization,
        cji_record,
        legal_basis,
        protected,
        rationalization,
        surveillance,
    )
    from garda.inspect.recognizers import (
        address,
        contact,
        covert,
        dates,
        financial,
        government_ids,
        justice,
        medical,
        network,
        nonpublic,
        person,
        vehicle,
    )

    for factory in (
        government_ids.SsnRecognizer,
        government_ids.DriverLicenseRecognizer,
        financial.PaymentCardRecognizer,
        financial.AccountNumberRecognizer,
        vehicle.VinRecognizer,
        vehicle.LicensePlateRecognizer,
        contact.PhoneRecognizer,
        contact.EmailRecognizer,
        contact.ObfuscatedEmailRecognizer,
        network.IpAddressRecognizer,
        dates.DateOfBirthRecognizer,
        address.StreetAddressRecognizer,
        address.PostOfficeBoxRecognizer,
        address.CuedAddressRecognizer,
        justice.CaseNumberRecognizer,
        justice.YearNumberedCaseRecognizer,
        justice.CjiIdentifierRecognizer,
        nonpublic.ConfidentialSourceRecognizer,
        nonpublic.SourceNumberRecognizer,
        nonpublic.TacticalRecognizer,
        covert.SourceAliasRecognizer,
        covert.NamedInformantRecognizer,
        covert.CoverIdentityRecognizer,
        covert.OperationDetailRecognizer,
        medical.MedicalRecognizer,
        person.PersonRecognizer,
    ):
        registry.add_recognizer(factory.name, factory)
    for classifier in (
        categorization.CategorizationClassifier,
        surveillance.SurveillanceClassifier,
        rationalization.RationalizationClassifier,
        legal_basis.SoleLegalBasisClassifier,
        cji_record.CjiRecordClassifier,
        protected.ProtectedCharacteristicClassifier,
    ):
        registry.add_classifier(classifier.name, classifier)


def register_learned_uses(registry: InspectionRegistry) -> None:
    """The learned reader of prohibited uses, on unless settings.learned_uses is false: measured on
    blind corpora, it catches phrasings the rules miss, and blocks a few near misses they let through."""
    from garda.inspect.classifiers import learned

    registry.add_classifier(learned.LearnedUseClassifier.name, learned.LearnedUseClassifier)


def register_learned_spans(registry: InspectionRegistry) -> None:
    """The learned taggers of medical details, licence plates and case numbers, on unless
    settings.learned_spans is false: on corpora they were not trained on, they find spans the rules
    miss (docs/benchmarks.md)."""
    from garda.inspect.recognizers import learned_spans

    registry.add_recognizer(learned_spans.LearnedSpanRecognizer.name, learned_spans.LearnedSpanRecognizer)


def default_registry() -> InspectionRegistry:
    registry = InspectionRegistry()
    register_builtins(registry)
    return registry
