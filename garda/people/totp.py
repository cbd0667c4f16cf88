"""The TOTP second factor (RFC 6238; no SMS or e-mail codes) and its recovery codes.

The TOTP secret is stored encrypted with a key derived from the deployment's content key.
A code is accepted once: the time step it matched is remembered, and any code from that
step or an earlier one is refused (replay). Recovery codes are shown once, stored as
SHA-256 digests (80 random bits each), and each works once.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pyotp
import segno
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from garda.audit.events import AuditEvent
from garda.errors import ConfigurationError
from garda.people.models import RecoveryCode, User
from garda.people.trail import Trail, record
from garda.store.base import utcnow

ISSUER = "garda"
STEP_SECONDS = 30
DRIFT_STEPS = 1                 # accept the previous and next 30-second step too
RECOVERY_CODES = 10
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


class FactorCipher:
    """AES-256-GCM for TOTP secrets, keyed by HKDF from the deployment's content key."""

    def __init__(self, content_key: bytes) -> None:
        derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                       info=b"garda people totp secret v1").derive(content_key)
        self._aead = AESGCM(derived)

    @classmethod
    def from_key_file(cls, path: Path) -> "FactorCipher":
        try:
            return cls(base64.b64decode(Path(path).read_text().strip()))
        except (OSError, ValueError) as exc:
            raise ConfigurationError(f"Cannot read the content key file {path}; run `garda init`.") from exc

    def encrypt(self, secret: str) -> str:
        nonce = os.urandom(12)
        return base64.b64encode(nonce + self._aead.encrypt(nonce, secret.encode(), b"totp")).decode()

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        return self._aead.decrypt(raw[:12], raw[12:], b"totp").decode()


def new_secret() -> str:
    return pyotp.random_base32(length=32)


def provisioning_uri(secret: str, badge: str, issuer: str = ISSUER) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=badge, issuer_name=issuer)


def qr_svg(uri: str) -> str:
    """The enrollment QR code as inline SVG (no image files, no network)."""
    return segno.make(uri, error="m").svg_inline(scale=5, dark="#111", light="#fff", border=2)


def matching_step(secret: str, code: str, *, after_step: int | None, now: datetime | float | None = None) -> int | None:
    """The time step ``code`` belongs to, if it is valid now and later than ``after_step``; else None."""
    code = "".join((code or "").split())
    if len(code) != 6 or not code.isdigit():
        return None
    moment = now.timestamp() if isinstance(now, datetime) else (now if now is not None else time.time())
    totp = pyotp.TOTP(secret)
    current = int(moment // STEP_SECONDS)
    found = None
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        if hmac.compare_digest(totp.at(step * STEP_SECONDS), code):
            found = step
    if found is None or (after_step is not None and found <= after_step):
        return None
    return found


def verify_user_code(user: User, cipher: FactorCipher, code: str, *, now: datetime | float | None = None) -> bool:
    """Check ``code`` against the member's enrolled secret; on success remember the step (replay guard)."""
    if not user.totp_secret:
        return False
    step = matching_step(cipher.decrypt(user.totp_secret), code, after_step=user.totp_last_step, now=now)
    if step is None:
        return False
    user.totp_last_step = step
    return True


@dataclass(frozen=True)
class Enrollment:
    secret: str
    uri: str
    svg: str


def start_enrollment(badge: str, issuer: str = ISSUER) -> Enrollment:
    secret = new_secret()
    uri = provisioning_uri(secret, badge, issuer)
    return Enrollment(secret, uri, qr_svg(uri))


def finish_enrollment(session: Session, user: User, cipher: FactorCipher, secret: str, code: str, *,
                      trail: Trail | None, now: datetime | float | None = None) -> list[str] | None:
    """Enroll ``secret`` if ``code`` proves the member's app has it; returns the recovery codes (shown once)."""
    step = matching_step(secret, code, after_step=None, now=now)
    if step is None:
        return None
    user.totp_secret = cipher.encrypt(secret)
    user.totp_enrolled_at = utcnow()
    user.totp_last_step = step
    codes = new_recovery_codes(session, user)
    record(trail, session, AuditEvent.PEOPLE_FACTOR_ENROLLED, user=user.badge, recovery_codes=len(codes))
    return codes


def new_recovery_codes(session: Session, user: User) -> list[str]:
    for old in session.scalars(select(RecoveryCode).where(RecoveryCode.user_id == user.id,
                                                          RecoveryCode.used_at.is_(None))):
        old.used_at = utcnow()
    codes = ["-".join("".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(4)) for _ in range(4))
             for _ in range(RECOVERY_CODES)]
    session.add_all(RecoveryCode(user_id=user.id, code_hash=_digest(code)) for code in codes)
    session.flush()
    return codes


def use_recovery_code(session: Session, user: User, code: str, *, trail: Trail | None) -> bool:
    wanted = _digest(code)
    for stored in session.scalars(select(RecoveryCode).where(RecoveryCode.user_id == user.id,
                                                             RecoveryCode.used_at.is_(None))):
        if hmac.compare_digest(stored.code_hash, wanted):
            stored.used_at = utcnow()
            left = session.scalar(select(RecoveryCode.id).where(RecoveryCode.user_id == user.id,
                                                                RecoveryCode.used_at.is_(None),
                                                                RecoveryCode.id != stored.id).limit(1))
            record(trail, session, AuditEvent.PEOPLE_RECOVERY_CODE_USED, user=user.badge,
                   codes_left=left is not None)
            return True
    return False


def looks_like_recovery_code(code: str) -> bool:
    return len("".join((code or "").split())) > 6


def _digest(code: str) -> str:
    normalized = "".join(ch for ch in (code or "").lower() if ch.isalnum())
    return hashlib.sha256(normalized.encode()).hexdigest()
