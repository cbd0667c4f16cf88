"""Encryption at rest for prompts and answers: AES-256-GCM with the deployment's key file."""

from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from garda.errors import ConfigurationError, StorageUnavailable

NONCE_BYTES = 12
KEY_BYTES = 32


class ContentCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ConfigurationError(f"The content key must be {KEY_BYTES} bytes, not {len(key)}.")
        self._aead = AESGCM(key)

    @classmethod
    def from_key_file(cls, path) -> "ContentCipher":
        path = Path(path)
        try:
            key = base64.b64decode(path.read_text(encoding="ascii").strip(), validate=True)
        except FileNotFoundError:
            raise ConfigurationError(f"No content key at {path}; run `garda init` or set GARDA_CONTENT_KEY_FILE.") from None
        except (ValueError, UnicodeDecodeError):
            raise ConfigurationError(f"The content key at {path} is not base64.") from None
        return cls(key)

    def encrypt(self, plaintext: str, *, associated_data: bytes | None = None) -> tuple[bytes, bytes]:
        nonce = os.urandom(NONCE_BYTES)
        return nonce, self._aead.encrypt(nonce, plaintext.encode("utf-8"), associated_data)

    def decrypt(self, nonce: bytes, ciphertext: bytes, *, associated_data: bytes | None = None) -> str:
        try:
            return self._aead.decrypt(bytes(nonce), bytes(ciphertext), associated_data).decode("utf-8")
        except InvalidTag:
            raise StorageUnavailable("Stored content could not be decrypted: wrong content key, or the row was altered.",
                                     code="content_unreadable") from None

    def __repr__(self) -> str:
        return "ContentCipher(<key hidden>)"


def ensure_key_file(path) -> Path:
    """Create a new random key (base64, mode 0600) at ``path`` unless one is there."""
    path = Path(path)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    key = base64.b64encode(AESGCM.generate_key(bit_length=KEY_BYTES * 8)).decode("ascii")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first: keep theirs
        return path
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    return path
