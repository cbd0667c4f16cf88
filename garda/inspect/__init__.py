"""Inspection: what a text holds (sensitive spans) and what it asks for (uses).

    from garda.inspect.engine import default_inspector
    inspection = default_inspector(timeout_seconds=2.0).inspect(text)
    inspection.findings   # [Finding], merged, non-overlapping, sorted; offsets into `text` as given
    inspection.uses       # [UseFinding], each citing its SOP section

How it works, in order:

* ``normalize.py`` undoes evasions (NFKC, invisible characters, look-alike letters,
  spaced-out digits, hyphen line breaks) and keeps a map back to the original;
* ``windows.py`` indexes the text once (words, digit runs) so every detector looks
  only around its cue words or digit runs;
* ``recognizers/`` (one module per family) find spans; ``classifiers/`` find uses;
  both are declared in ``registry.py``, the one place a built-in or third-party
  detector is registered;
* ``merge.py`` resolves overlaps deterministically; ``engine.py`` maps offsets back
  and fails closed (``InspectionFailed``) on any error or an exhausted ``budget.py``.

``python -m garda.inspect.bench`` measures inspection time.
"""
