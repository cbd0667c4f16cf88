"""Adapters garda forwards approved, inspected and redacted prompts to.

- ``base``: the ``Upstream`` protocol and ``ChatRequest`` / ``ChatResult`` / ``StreamDelta``.
- ``registry``: ``build_upstream(system, settings)``, the one table of adapters by kind.
- ``openai_compatible``: any OpenAI-compatible HTTP endpoint (vendors, vLLM, llama.cpp).
- ``embedded``: the SmolLM2-135M DEMO model through llama.cpp, in process or as a child server.
- ``echo``: deterministic, for development and tests.
"""
