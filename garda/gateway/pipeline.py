"""The request path, top to bottom: SOP 682 applied to one chat completion.

    parse -> authenticate -> resolve system and check access -> inspect prompt
    -> decide -> pseudonymize -> audit (durable before anything leaves) -> forward
    -> review output -> restore placeholders -> notices -> audit outcome

Each step is one function below; each calls into the package that owns the concern.
Any failure raises a GardaError before the forward step, so nothing leaves (fail closed).
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, AsyncIterator

from garda.audit.events import AuditEvent
from garda.errors import (GardaError, InspectionFailed, NotAuthenticated, PolicyBlocked, RateLimited,
                          StorageUnavailable, TrainingRequired)
from garda.gateway import wire
from garda.gateway.access import Caller, member_of, record_refusal, system_named
from garda.gateway.body import ChatCompletionBody, parse_chat_body
from garda.gateway.services import Services
from garda.inspect.spans import Inspection
from garda.policy.decision import Action, Decision, decide
from garda.policy.output import OutputGuard, review_output
from garda.policy.placeholders import Pseudonymizer
from garda.registry.systems import check_access, clearance_of
from garda.upstreams.base import ChatRequest

PUBLIC_FACING_NOTICE = ("\n\n---\nNotice: this response was produced with generative AI ({system}). "
                        "It is a draft and must be reviewed by a person (SOP 682.15 B.3.f).")


@dataclass
class Exchange:
    """What one request accumulates on its way through the path."""

    request_id: str
    body: ChatCompletionBody
    caller: Caller
    started: float
    member: Any = None
    system: Any = None
    purpose: str | None = None
    inspections: list[Inspection] = field(default_factory=list)
    decision: Decision | None = None
    pseudonymizer: Pseudonymizer | None = None
    training_warnings: list[dict] = field(default_factory=list)
    key_use_noted: bool = False
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def prompt_texts(self) -> list[str]:
        return [message.text for message in self.body.messages]


async def chat_completion(services: Services, raw_body: bytes, caller: Caller) -> dict | AsyncIterator[str]:
    """Run the whole path; returns a completion body, or an async iterator of SSE events."""
    body = parse_chat_body(raw_body, max_bytes=services.settings.max_body_bytes,
                           max_depth=services.settings.max_json_depth)
    ex = Exchange(request_id=uuid.uuid4().hex, body=body, caller=caller, started=time.perf_counter())
    await admit(services, ex)
    await inspect_prompt(services, ex)
    decide_prompt(services, ex)
    request = None if ex.decision.action == Action.BLOCK else pseudonymize(ex)
    await record_decision(services, ex, request)
    if request is None:
        raise blocked_error(ex.decision)
    upstream = services.upstreams.get(ex.system)
    if body.stream:
        return await stream_answer(services, ex, upstream, request)
    return await answer(services, ex, upstream, request)


async def admit(services: Services, ex: Exchange) -> None:
    """Who is asking, and whether they may use this system for this purpose now, in one read:
    the key, the system (approved, the member in its group, the purpose acceptable) and the
    member's training. A refusal is recorded before it is raised."""
    from garda.people.training import system_standing

    ex.purpose = (ex.body.metadata or {}).get("purpose") or ex.caller.purpose_header
    caller, warning_days = ex.caller, services.settings.training_warning_days

    def read(connection):   # plain table statements only (Database.read_statements)
        ex.member = member_of(connection, caller)
        ex.system = system_named(connection, ex.body.model)
        check_access(ex.system, groups=ex.member.groups, key_systems=ex.member.key_systems, purpose=ex.purpose)
        return system_standing(connection, ex.member.user_id, ex.system.name, warning_days=warning_days)

    try:
        standing = await services.db.aread_statements(read)
    except (NotAuthenticated, RateLimited) as exc:   # the key itself was refused
        await record_refusal(services, caller, exc, ex.request_id, ex.body.model)
        raise
    except StorageUnavailable:
        raise
    except GardaError as exc:
        await _audit(services, ex, AuditEvent.GATEWAY_ACCESS_DENIED, {"code": exc.code})
        raise
    ex.training_warnings = [{"module": w.title, "expires_on": w.expires_on.isoformat(),
                             "how_to_complete": w.how_to_complete} for w in standing.warnings]
    if standing.gaps:
        refusal = training_error(standing.gaps)
        await _audit(services, ex, AuditEvent.GATEWAY_ACCESS_DENIED, {"code": refusal.code})
        raise refusal


async def inspect_prompt(services: Services, ex: Exchange) -> None:
    """An inspection error or timeout blocks the request, and the block is recorded."""
    begun = time.perf_counter()
    try:
        ex.inspections = [services.inspector.inspect(text) for text in ex.prompt_texts]
    except Exception as exc:
        failure = exc if isinstance(exc, InspectionFailed) else InspectionFailed(
            "Prompt inspection failed; nothing was sent.")
        await _audit(services, ex, AuditEvent.GATEWAY_PROMPT_BLOCKED,
                     {"code": failure.code, "timings": {"inspect_ms": _ms_since(begun)}})
        raise failure from exc
    ex.timings["inspect_ms"] = _ms_since(begun)


def decide_prompt(services: Services, ex: Exchange) -> None:
    ex.decision = decide(ex.inspections, clearance_of(ex.system), services.pack,
                         surveillance_approved=ex.system.surveillance_approved)


async def record_decision(services: Services, ex: Exchange, request: ChatRequest | None) -> None:
    """The decision, the encrypted prompt and what will be sent are durable before anything is forwarded."""
    event = {Action.ALLOW: AuditEvent.GATEWAY_PROMPT_ALLOWED,
             Action.REDACT: AuditEvent.GATEWAY_PROMPT_REDACTED,
             Action.BLOCK: AuditEvent.GATEWAY_PROMPT_BLOCKED}[ex.decision.action]
    details = {"decision": ex.decision.to_dict(), "clearance": sorted(ex.system.clearance or []),
               "messages": len(ex.body.messages), "stream": ex.body.stream,
               "prompt_digest": services.audit.digest("\x1e".join(ex.prompt_texts)), "timings": dict(ex.timings)}
    contents = {"prompt": json.dumps([m.model_dump() for m in ex.body.messages], ensure_ascii=False)}
    if request is not None:
        contents["sent"] = json.dumps(request.messages, ensure_ascii=False)
    await _audit(services, ex, event, details, contents=contents)


def pseudonymize(ex: Exchange) -> ChatRequest:
    ex.pseudonymizer = Pseudonymizer(ex.prompt_texts, ex.decision.redactions)
    by_message: dict[int, list] = {}
    for index, finding in ex.decision.redactions:
        by_message.setdefault(index, []).append(finding)
    messages = []
    for index, message in enumerate(ex.body.messages):
        # every message, also one without findings: a bare part of a name redacted elsewhere goes too
        text = ex.pseudonymizer.redact(message.text, by_message.get(index, []))
        messages.append({"role": "system" if message.role == "developer" else message.role, "content": text})
    body = ex.body
    return ChatRequest(messages=messages, model=ex.system.upstream_model or ex.system.name,
                       temperature=body.temperature, top_p=body.top_p, max_tokens=body.token_limit,
                       stop=body.stop, seed=body.seed)


async def answer(services: Services, ex: Exchange, upstream: Any, request: ChatRequest) -> dict:
    begun = time.perf_counter()
    try:
        result = await upstream.complete(request)
    except GardaError as exc:
        await record_failure(services, ex, exc)
        raise
    ex.timings["upstream_ms"] = _ms_since(begun)
    review = review_output(result.content, services.inspector, ex.prompt_texts,
                           ex.pseudonymizer.mapping.keys())
    text = ex.pseudonymizer.restorer().restore(review.text) + notice_for(ex.system)
    await record_outcome(services, ex, result.model_version, result.finish_reason,
                         review.withheld, review.flags, upstream_said=result.content, answer_text=text)
    return wire.completion_body(request_id=ex.request_id, model=ex.system.name, content=text,
                                finish_reason=result.finish_reason, usage=result.usage,
                                garda=garda_extension(ex, review.withheld, review.flags))


async def stream_answer(services: Services, ex: Exchange, upstream: Any,
                        request: ChatRequest) -> AsyncIterator[str]:
    """Open the upstream stream before answering, so a dead upstream is a 502/504, not a broken stream."""
    begun = time.perf_counter()
    deltas = upstream.stream(request)
    try:
        first = await anext(deltas)
    except StopAsyncIteration:
        first = None
    except GardaError as exc:
        await record_failure(services, ex, exc)
        raise
    return _relay(services, ex, deltas, first, begun)


async def _relay(services: Services, ex: Exchange, deltas: AsyncIterator, first: Any,
                 begun: float) -> AsyncIterator[str]:
    guard = OutputGuard(services.inspector, ex.prompt_texts, ex.pseudonymizer.mapping.keys())
    restorer = ex.pseudonymizer.restorer()
    created, said, sent, model_version, finish = int(time.time()), [], [], None, None

    def chunk(**kwargs: Any) -> str:
        return wire.chunk_event(request_id=ex.request_id, model=ex.system.name, created=created, **kwargs)

    async def upstream_deltas():
        if first is not None:
            yield first
        async for delta in deltas:
            yield delta

    finished = False
    try:
        yield chunk(role="assistant")
        async for delta in upstream_deltas():
            model_version = delta.model_version or model_version
            finish = delta.finish_reason or finish
            said.append(delta.content or "")
            safe = restorer.feed(guard.feed(delta.content or ""))
            if safe:
                sent.append(safe)
                yield chunk(content=safe)
        tail = restorer.feed(guard.flush()) + restorer.flush() + notice_for(ex.system)
        if tail:
            sent.append(tail)
            yield chunk(content=tail)
        ex.timings["upstream_ms"] = _ms_since(begun)
        await record_outcome(services, ex, model_version, finish, guard.withheld, guard.flags,
                             upstream_said="".join(said), answer_text="".join(sent))
        finished = True
        yield chunk(finish_reason=finish or "stop", garda=garda_extension(ex, guard.withheld, guard.flags))
        yield wire.DONE_EVENT
    except GardaError as exc:
        finished = True
        await record_failure(services, ex, exc)
        yield wire.error_event(exc.to_dict())
    finally:
        if not finished:
            await _audit_shielded(services, ex, AuditEvent.GATEWAY_RESPONSE_FAILED,
                                  {"code": "client_disconnected", "timings": dict(ex.timings)})


async def record_outcome(services: Services, ex: Exchange, model_version: str | None,
                         finish_reason: str | None, withheld: list, flags: list, *,
                         upstream_said: str, answer_text: str) -> None:
    """The outcome, the model version the upstream reported (682.15 B.3.j) and the encrypted answer."""
    from garda.registry.versions import note_model_version

    ex.timings["total_ms"] = _ms_since(ex.started)
    details = {"model_version": model_version, "finish_reason": finish_reason,
               "withheld": withheld, "flags": flags, "timings": dict(ex.timings),
               "answer_digest": services.audit.digest(answer_text)}
    contents = {"upstream_said": upstream_said, "answer": answer_text}
    system_name, actor = ex.system.name, ex.member.badge
    version_changed = bool(model_version) and model_version != ex.system.last_model_version

    def write(session):
        services.audit.append(session, AuditEvent.GATEWAY_RESPONSE_COMPLETED, actor=actor,
                              request_id=ex.request_id, system=system_name, purpose=ex.purpose,
                              details=details, contents=contents,
                              source_address=ex.caller.source_address, user_agent=ex.caller.user_agent)
        if version_changed:
            note_model_version(session, services.audit, system_name, model_version)

    # Noting a new model version needs an ORM session; the usual outcome is plain statements.
    await (services.db.awrite(write) if version_changed else services.db.awrite_statements(write))


async def record_failure(services: Services, ex: Exchange, exc: GardaError) -> None:
    ex.timings["total_ms"] = _ms_since(ex.started)
    await _audit(services, ex, AuditEvent.GATEWAY_RESPONSE_FAILED,
                 {"code": exc.code, "status": exc.status, "timings": dict(ex.timings)})


def blocked_error(decision: Decision) -> PolicyBlocked:
    blocking = [r for r in decision.reasons if r.action == Action.BLOCK]
    sections = ", ".join(sorted({r.section for r in blocking}))
    wording = next((r.suggested_wording for r in blocking if r.suggested_wording), None)
    return PolicyBlocked(f"Blocked by policy (SOP {sections}): " + " ".join(r.message for r in blocking),
                         hint=wording or PolicyBlocked.hint, details=decision.to_dict())


def training_error(gaps: list) -> TrainingRequired:
    first = gaps[0]
    return TrainingRequired(f"Training required before using this system: {first.module}.",
                            hint=first.how_to_complete,
                            details={"modules": [gap.module for gap in gaps]})


def notice_for(system: Any) -> str:
    return PUBLIC_FACING_NOTICE.format(system=system.name) if system.public_facing else ""


def garda_extension(ex: Exchange, withheld: list, flags: list) -> dict[str, Any]:
    """garda's own fields on the response: the draft's id, the decision, what was withheld or flagged."""
    return {
        "request_id": ex.request_id,
        "draft": True,
        "label": "AI-generated draft: review, fact-check and disclose before use (SOP 682.25 C).",
        "decision": ex.decision.action.value,
        "policy_version": ex.decision.policy_version,
        "reasons": [{"rule_id": r.rule_id, "section": r.section, "action": r.action.value,
                     "message": r.message} for r in ex.decision.reasons],
        "withheld": withheld,
        "flags": flags,
        "training_warnings": ex.training_warnings,   # modules expiring within the warning window (682.40)
        "demo_model": bool(ex.system.demo),
    }


async def _audit(services: Services, ex: Exchange, event: AuditEvent, details: dict,
                 contents: dict[str, str] | None = None) -> None:
    """One audit entry for this request; the key's last use (due once a minute) rides along."""
    from garda.people.keys import note_key_use

    actor = ex.member.badge if ex.member else None
    system = ex.system.name if ex.system else ex.body.model
    key_use_due = ex.member is not None and ex.member.last_used_due and not ex.key_use_noted

    def write(session):
        services.audit.append(session, event, actor=actor, request_id=ex.request_id, system=system,
                              purpose=ex.purpose, details=details, contents=contents,
                              source_address=ex.caller.source_address, user_agent=ex.caller.user_agent)
        if key_use_due:
            note_key_use(session, ex.member.key_id)

    await services.db.awrite_statements(write)
    ex.key_use_noted = ex.key_use_noted or key_use_due


async def _audit_shielded(services: Services, ex: Exchange, event: AuditEvent, details: dict) -> None:
    import anyio

    with anyio.CancelScope(shield=True):
        try:
            await _audit(services, ex, event, details)
        except GardaError:
            pass  # the client has already gone; only this closing line of the record is lost


def _ms_since(begun: float) -> float:
    return round((time.perf_counter() - begun) * 1000, 3)
