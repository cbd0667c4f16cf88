import pytest

from garda.errors import BadRequest, ConfigurationError
from garda.people.passwords import (BreachedPasswordService, NullBreachService, PasswordPolicy,
                                    ShippedListBreachService, check_password, hash_password, verify_password)

POLICY = PasswordPolicy(min_length=12, department_name="Milwaukee Police Department")
DANA = ["Dana Whitfield", "4711", "dana.whitfield@example.org"]


@pytest.mark.parametrize("password", [
    "rivers cross the old mill",          # a passphrase
    "x7Gq2!pLm9zR",                       # random, 12 characters
    "839201746582",                       # digits only: no composition rules
    "ünïcödé pässwörd fïne",              # any characters
    "correct horse battery staple",
])
def test_good_passwords(password):
    check_password(password, POLICY, personal=DANA)


@pytest.mark.parametrize("password, why", [
    ("short", "at least 12"),
    ("elevenchars", "at least 12"),
    ("x" * 257, "at most 256"),
    ("password1234", "common or breached"),
    ("P@ssw0rd1234", "common"),
    ("123456789012", "common or breached"),
    ("Milwaukee2024!!", "department"),
    ("MPDpolice2025!", "department"),
    ("DanaWhitfield4711", "your name"),
    ("whitfield-4711-4711", "your name"),
    ("Thinblueline99", "common password or word"),
    ("aaaaaaaaaaaaaa", "repeated or sequential"),
    ("zyxwvutsrqpo", "repeated or sequential"),
])
def test_weak_passwords_say_why(password, why):
    with pytest.raises(BadRequest) as raised:
        check_password(password, POLICY, personal=DANA)
    assert raised.value.code == "weak_password"
    assert why in raised.value.message
    assert password not in raised.value.message


def test_minimum_length_is_configurable_but_never_below_eight():
    check_password("quiet harbor", PasswordPolicy(min_length=8))
    with pytest.raises(BadRequest):
        check_password("quiet harbor", PasswordPolicy(min_length=16))
    with pytest.raises(ConfigurationError):
        PasswordPolicy(min_length=7)


def test_argon2id_hashing():
    hashed = hash_password("rivers cross the old mill")
    assert hashed.startswith("$argon2id$")
    assert verify_password(hashed, "rivers cross the old mill")
    assert not verify_password(hashed, "rivers cross the old mil")
    assert not verify_password(None, "anything at all")
    assert not verify_password("not a hash", "anything at all")


def test_breach_services_conform():
    for service in (ShippedListBreachService(), NullBreachService()):
        assert isinstance(service, BreachedPasswordService)
    assert ShippedListBreachService().is_breached("qwertyuiop")
    assert not NullBreachService().is_breached("qwertyuiop")
    check_password("qwertyuiop12345678", PasswordPolicy(), breach=NullBreachService())


def test_a_department_adds_its_own_banned_list(tmp_path):
    own = tmp_path / "breached.txt"
    own.write_text("# from the department's corpus\nmaple syrup pancakes\n")
    check_password("Maple Syrup Pancakes", PasswordPolicy())
    with pytest.raises(BadRequest):
        check_password("Maple Syrup Pancakes", PasswordPolicy(banned_file=own))
    with pytest.raises(ConfigurationError):
        check_password("quiet harbor lights", PasswordPolicy(banned_file=tmp_path / "missing.txt"))
