"""The one exception tree garda raises, rendered in one place (garda.gateway.errors).

    GardaError                      500  server_error      (never raised bare)
    ├── BadRequest                  400  invalid_request_error
    │   └── PayloadTooLarge         413  invalid_request_error
    ├── NotAuthenticated            401  authentication_error
    ├── NotAuthorized               403  permission_error
    │   ├── SystemNotApproved       403
    │   ├── PurposeNotAllowed       403
    │   └── TrainingRequired        403
    ├── PolicyBlocked               403  policy_violation  (carries the Decision)
    ├── NotFound                    404  not_found_error
    ├── RateLimited                 429  rate_limit_error
    ├── UpstreamError               502  upstream_error
    │   └── UpstreamTimeout         504  upstream_timeout
    ├── InspectionFailed            503  inspection_error  (fail closed: nothing forwarded)
    └── StorageUnavailable          503  storage_error     (audit or database down)

Every error carries a machine-readable ``code`` and a ``hint``: what the member or
client can do about it. Handlers never turn these into a 500; a bare 500 is a bug.
"""

from __future__ import annotations

from typing import Any


class GardaError(Exception):
    status = 500
    error_type = "server_error"
    code = "internal_error"
    hint = "This is a bug in garda; report it to the AI coordinator."

    def __init__(self, message: str, *, code: str | None = None, hint: str | None = None,
                 details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        if hint:
            self.hint = hint
        self.details = details or {}

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "message": self.message,
            "type": self.error_type,
            "code": self.code,
            "param": None,
            "hint": self.hint,
        }
        if self.details:
            body["details"] = self.details
        return {"error": body}


class BadRequest(GardaError):
    status = 400
    error_type = "invalid_request_error"
    code = "invalid_request"
    hint = "Fix the request body; see the message for the field at fault."


class PayloadTooLarge(BadRequest):
    status = 413
    code = "payload_too_large"
    hint = "Send a shorter prompt or split the work into several requests."


class NotAuthenticated(GardaError):
    status = 401
    error_type = "authentication_error"
    code = "invalid_api_key"
    hint = "Send a valid garda API key as 'Authorization: Bearer <key>'."


class NotAuthorized(GardaError):
    status = 403
    error_type = "permission_error"
    code = "not_authorized"
    hint = "Ask the AI coordinator whether you are in this system's authorized group."


class SystemNotApproved(NotAuthorized):
    code = "system_not_approved"
    hint = "Only systems approved by the Chief of Police or designee answer (SOP 682.15 A, 682.35 B)."


class PurposeNotAllowed(NotAuthorized):
    code = "purpose_not_allowed"
    hint = "Declare one of the system's acceptable purposes in metadata.purpose or X-Garda-Purpose (SOP 682.25 A)."


class TrainingRequired(NotAuthorized):
    code = "training_required"
    hint = "Complete the training module named in the message, then try again (SOP 682.40)."


class PolicyBlocked(GardaError):
    status = 403
    error_type = "policy_violation"
    code = "policy_blocked"
    hint = "Rephrase with generic wording such as 'the suspect' or 'the victim' (SOP 682.30.1)."


class NotFound(GardaError):
    status = 404
    error_type = "not_found_error"
    code = "not_found"
    hint = "Check the name; 'GET /v1/models' lists the systems you may use."


class RateLimited(GardaError):
    status = 429
    error_type = "rate_limit_error"
    code = "rate_limited"
    hint = "Wait a minute and try again."


class UpstreamError(GardaError):
    status = 502
    error_type = "upstream_error"
    code = "upstream_unavailable"
    hint = "The AI system did not answer properly; try again later or tell the AI coordinator."


class UpstreamTimeout(UpstreamError):
    status = 504
    error_type = "upstream_timeout"
    code = "upstream_timeout"
    hint = "The AI system took too long; try a shorter request or try again later."


class InspectionFailed(GardaError):
    status = 503
    error_type = "inspection_error"
    code = "inspection_failed"
    hint = "garda could not inspect this text, so nothing was sent; shorten or simplify it and retry."


class StorageUnavailable(GardaError):
    status = 503
    error_type = "storage_error"
    code = "audit_unavailable"
    hint = "The audit log could not be written, so nothing was sent; tell the system administrator."


class ConfigurationError(GardaError):
    """Raised at start-up (policy pack, settings); never reaches a client."""

    code = "configuration_error"
    hint = "Fix the configuration named in the message and restart garda."
