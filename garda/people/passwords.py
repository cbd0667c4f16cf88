"""Passwords under NIST SP 800-63B and the CJIS Security Policy: length, no composition rules,
a banned list (common and breached values, the department's name, the member's own names and
badge), argon2id hashing. A password is never logged, echoed or stored in clear.
"""

from __future__ import annotations

import secrets
import string
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from importlib.resources import files
from pathlib import Path
from typing import Iterable, Protocol, runtime_checkable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from garda.errors import BadRequest, ConfigurationError

MIN_LENGTH_FLOOR = 8
MAX_LENGTH = 256
_LEET = str.maketrans({"@": "a", "4": "a", "8": "b", "3": "e", "1": "i", "!": "i", "0": "o",
                       "$": "s", "5": "s", "7": "t", "+": "t"})
_EDGES = string.digits + string.punctuation + string.whitespace
_RUNS = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm")


@runtime_checkable
class BreachedPasswordService(Protocol):
    """Says whether a password is known to be common or breached."""

    def is_breached(self, password: str) -> bool: ...

    def words(self) -> frozenset[str]: ...


class ShippedListBreachService:
    """The banned-password list shipped with garda (garda/people/data/banned_passwords.txt),
    plus a department's own list (one password a line, e.g. a breached-password corpus)."""

    def __init__(self, extra_file: Path | None = None) -> None:
        self.extra_file = extra_file

    @cached_property
    def _entries(self) -> frozenset[str]:
        texts = [files("garda.people").joinpath("data/banned_passwords.txt").read_text(encoding="utf-8")]
        if self.extra_file is not None:
            try:
                texts.append(Path(self.extra_file).read_text(encoding="utf-8", errors="replace"))
            except OSError as exc:
                raise ConfigurationError(f"Cannot read the banned-password file {self.extra_file}.") from exc
        return frozenset(line.strip().lower() for text in texts for line in text.splitlines()
                         if line.strip() and not line.startswith("#"))

    def is_breached(self, password: str) -> bool:
        lowered = password.lower()
        return lowered in self._entries or lowered.translate(_LEET) in self._entries

    def words(self) -> frozenset[str]:
        return frozenset(entry for entry in self._entries if len(entry) >= 4)


class NullBreachService:
    """Knows no breached passwords; for deployments that replace the check with their own."""

    def is_breached(self, password: str) -> bool:
        return False

    def words(self) -> frozenset[str]:
        return frozenset()


@dataclass(frozen=True)
class PasswordPolicy:
    min_length: int = 12
    department_name: str = ""
    banned_file: Path | None = None

    def __post_init__(self) -> None:
        if self.min_length < MIN_LENGTH_FLOOR:
            raise ConfigurationError(f"The minimum password length may not be below {MIN_LENGTH_FLOOR} "
                                     "(NIST SP 800-63B).")

    def context_words(self) -> set[str]:
        words = {"garda"} | _name_words(self.department_name)
        initials = "".join(part[0] for part in self.department_name.lower().split() if part)
        if len(initials) >= 3:
            words.add(initials)
        return words


def weak(message: str) -> BadRequest:
    return BadRequest(message, code="weak_password",
                      hint="Use a long passphrase of several unrelated words; no special characters are required.")


def check_password(password: str, policy: PasswordPolicy, *, personal: Iterable[str] = (),
                   breach: BreachedPasswordService | None = None) -> None:
    """Raise BadRequest(code='weak_password') saying why, without echoing the password."""
    password = normalize(password)
    if len(password) < policy.min_length:
        raise weak(f"The password must be at least {policy.min_length} characters long.")
    if len(password) > MAX_LENGTH:
        raise weak(f"The password may be at most {MAX_LENGTH} characters long.")
    breach = breach or ShippedListBreachService(policy.banned_file)
    if breach.is_breached(password):
        raise weak("This password is on the list of common or breached passwords.")
    personal_words = set().union(*(_name_words(value) for value in personal)) if personal else set()
    if _guessable(password, personal_words | policy.context_words()):
        raise weak("The password is built on your name, badge, e-mail or the department's name.")
    if _guessable(password, breach.words()):
        raise weak("The password is built on a common password or word.")
    if _monotonous(password.lower()):
        raise weak("The password is a repeated or sequential run of characters.")


def normalize(password: str) -> str:
    return unicodedata.normalize("NFKC", password)


def _name_words(value: str) -> set[str]:
    lowered = (value or "").lower()
    parts = {p for p in lowered.replace("@", " ").replace(".", " ").replace("-", " ").replace("_", " ").split()
             if len(p) >= 3}
    joined = "".join(lowered.split())
    return parts | ({joined} if len(joined) >= 3 else set())


def _guessable(password: str, words: Iterable[str]) -> bool:
    """True when what is left after removing the guessable words is shorter than the floor."""
    for candidate in {password.lower(), password.lower().translate(_LEET)}:
        rest, found = candidate, False
        for word in sorted(words, key=len, reverse=True):
            if word and word in rest:
                rest, found = rest.replace(word, ""), True
        if found and len(rest.strip(_EDGES)) < MIN_LENGTH_FLOOR:
            return True
    return False


def _monotonous(lowered: str) -> bool:
    if len(set(lowered)) <= 3:
        return True
    return any(lowered in run or lowered in run[::-1] or lowered in run * 3 for run in _RUNS)


class Hasher:
    """argon2id (argon2-cffi's RFC 9106 low-memory profile by default)."""

    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self._hasher = hasher or PasswordHasher()

    def hash(self, password: str) -> str:
        return self._hasher.hash(normalize(password))

    def verify(self, password_hash: str | None, password: str) -> bool:
        if not password_hash:
            self._burn(password)
            return False
        try:
            return self._hasher.verify(password_hash, normalize(password))
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, password_hash: str) -> bool:
        return self._hasher.check_needs_rehash(password_hash)

    def _burn(self, password: str) -> None:
        """Spend the time a real check would, so an unknown account is not faster to refuse."""
        self._hasher.hash(normalize(password))


DEFAULT_HASHER = Hasher()


def hash_password(password: str) -> str:
    return DEFAULT_HASHER.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    return DEFAULT_HASHER.verify(password_hash, password)


def temporary_password() -> str:
    """A random temporary password (144 bits), shown once to the administrator who set it."""
    return "-".join(secrets.token_urlsafe(6) for _ in range(3))
