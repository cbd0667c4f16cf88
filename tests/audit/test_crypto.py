"""The content key file and AES-256-GCM."""

from __future__ import annotations

import base64
import stat

import pytest

from garda.audit.crypto import ContentCipher, ensure_key_file
from garda.errors import ConfigurationError, StorageUnavailable


def test_key_file_is_created_once_with_owner_only_permissions(tmp_path):
    path = ensure_key_file(tmp_path / "keys" / "content.key")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    key = path.read_text()
    assert len(base64.b64decode(key)) == 32
    assert ensure_key_file(path).read_text() == key  # never replaced


def test_round_trip_and_fresh_nonces(content_cipher):
    first = content_cipher.encrypt("Fictitious witness Orla Pennyfeather, 555-0117")
    second = content_cipher.encrypt("Fictitious witness Orla Pennyfeather, 555-0117")
    assert first[0] != second[0] and first[1] != second[1]
    assert b"Pennyfeather" not in first[1]
    assert content_cipher.decrypt(*first) == "Fictitious witness Orla Pennyfeather, 555-0117"


def test_associated_data_binds_ciphertext_to_its_row(content_cipher):
    nonce, ciphertext = content_cipher.encrypt("text", associated_data=b"row-1")
    assert content_cipher.decrypt(nonce, ciphertext, associated_data=b"row-1") == "text"
    with pytest.raises(StorageUnavailable):
        content_cipher.decrypt(nonce, ciphertext, associated_data=b"row-2")


def test_wrong_key_or_altered_ciphertext_fails_closed(content_cipher, tmp_path):
    nonce, ciphertext = content_cipher.encrypt("text")
    other = ContentCipher.from_key_file(ensure_key_file(tmp_path / "other.key"))
    with pytest.raises(StorageUnavailable):
        other.decrypt(nonce, ciphertext)
    altered = bytes([ciphertext[0] ^ 1]) + ciphertext[1:]
    with pytest.raises(StorageUnavailable):
        content_cipher.decrypt(nonce, altered)


@pytest.mark.parametrize("content", ["not base64 at all!!", base64.b64encode(b"short").decode()])
def test_bad_key_files_are_configuration_errors(tmp_path, content):
    path = tmp_path / "content.key"
    path.write_text(content)
    with pytest.raises(ConfigurationError):
        ContentCipher.from_key_file(path)


def test_missing_key_file_is_a_configuration_error(tmp_path):
    with pytest.raises(ConfigurationError, match="garda init"):
        ContentCipher.from_key_file(tmp_path / "absent.key")


def test_repr_hides_the_key(content_cipher):
    assert "hidden" in repr(content_cipher)
