"""The deployment's content key: AES-256-GCM for prompts and answers, and keyed digests.

From the one key file, HKDF derives separate HMAC-SHA256 keys for the audit chain's
seals and for content digests. A digest of stored text therefore cannot be checked
against guesses ("was the name in this prompt Jane Doe?") without the key, and someone
who can write to the database but lacks the key cannot re-seal a rewritten chain.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from enum import StrEnum
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from garda.errors import ConfigurationError, StorageUnavailable

NONCE_BYTES = 12
KEY_BYTES = 32


class MacPurpose(StrEnum):
    # The value is the HKDF "info": changing it changes every digest and seal.
    CHAIN_SEAL = "garda audit chain seal v1"
    CONTENT_DIGEST = "garda audit content digest v1"


class ContentCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ConfigurationError(f"The content key must be {KEY_BYTES} bytes, not {len(key)}.")
        self._aead = AESGCM(key)
        self._mac_keys = {purpose: _derive(key, purpose) for purpose in MacPurpose}

    @classmethod
    def from_key_file(cls, path) -> "ContentCipher":
        path = Path(path)
        try:
            key = base64.b64decode(path.read_text(encoding="ascii").strip(), validate=True)
        except FileNotFoundError:
            raise ConfigurationError(f"No content key at {path}; run `garda init` "
                                     "or set GARDA_CONTENT_KEY_FILE.") from None
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
            raise StorageUnavailable("Stored content could not be decrypted: "
                                     "wrong content key, or the row was altered.",
                                     code="content_unreadable") from None

    def mac(self, purpose: MacPurpose, text: str) -> str:
        """HMAC-SHA256 of ``text`` under the key derived for ``purpose``, as hex."""
        return hmac.new(self._mac_keys[purpose], text.encode("utf-8"), hashlib.sha256).hexdigest()

    def __repr__(self) -> str:
        return "ContentCipher(<key hidden>)"


def _derive(key: bytes, purpose: MacPurpose) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.value.encode()).derive(key)


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
