"""Identifiers with a format: SSN, cards and accounts, VIN, licences, plates, phones, e-mail, IP."""

from __future__ import annotations

import pytest

from garda.inspect.recognizers.financial import luhn_valid
from garda.inspect.recognizers.government_ids import valid_ssn
from garda.inspect.recognizers.vehicle import vin_valid
from garda.inspect.spans import SpanType

from tests.inspect.inspect_support import typed



@pytest.mark.parametrize(("text", "expected"), [
    ("SSN 123-45-6789", "123-45-6789"),
    ("his social is 219-09-9999 per the form", "219-09-9999"),
    ("SSN: 123 45 6789", "123 45 6789"),
    ("ssn 123456789", "123456789"),
    ("Social Security number 078-05-1121.", "078-05-1121"),
    ("(SSN#: 532-48-1234)", "532-48-1234"),
    ("soc sec 532481234", "532481234"),
])
def test_ssn_found(inspector, text, expected):
    assert typed(inspector.inspect(text), SpanType.SSN) == [expected]


@pytest.mark.parametrize("text", [
    "SSN 000-12-3456",          # area 000
    "SSN 666-12-3456",          # area 666
    "SSN 912-34-5678",          # area 9xx
    "SSN 123-00-4567",          # group 00
    "SSN 123-45-0000",          # serial 0000
    "order 123456789 shipped",  # nine bare digits, no context
    "call 414-55-5555",
])
def test_ssn_rejected(inspector, text):
    assert typed(inspector.inspect(text), SpanType.SSN) == []


def test_ssn_rules():
    assert valid_ssn("123", "45", "6789")
    assert not valid_ssn("900", "45", "6789")


@pytest.mark.parametrize(("text", "expected"), [
    ("card 4111 1111 1111 1111", "4111 1111 1111 1111"),
    ("paid with 4111-1111-1111-1111 yesterday", "4111-1111-1111-1111"),
    ("Visa 4012888888881881", "4012888888881881"),
    ("amex 378282246310005", "378282246310005"),
    ("MC 5555555555554444 on file", "5555555555554444"),
    ("Discover 6011111111111117", "6011111111111117"),
])
def test_payment_card_found(inspector, text, expected):
    assert expected in typed(inspector.inspect(text), SpanType.ACCOUNT_NUMBER)


@pytest.mark.parametrize("text", [
    "ref 4111 1111 1111 1112",           # fails Luhn
    "ticket 1234567890123",              # no issuer prefix, no Luhn
    "case 2026-004512 filed",
])
def test_payment_card_rejected(inspector, text):
    assert typed(inspector.inspect(text), SpanType.ACCOUNT_NUMBER) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("checking account 0012345678 at the credit union", "0012345678"),
    ("acct # 998877665", "998877665"),
    ("routing number 075000022", "075000022"),
    ("account ending in 4471", "4471"),
    ("Account No. 12-3456-789", "12-3456-789"),
    ("the card ends with 0927 per the bank", "0927"),
    ("her PayPal is linked to the account ending 3341", "3341"),
    ("debit card, last four 7730, was used at the pump", "7730"),
])
def test_account_number_found(inspector, text, expected):
    assert expected in typed(inspector.inspect(text), SpanType.ACCOUNT_NUMBER)


def test_luhn():
    assert luhn_valid("4111111111111111")
    assert not luhn_valid("4111111111111112")


@pytest.mark.parametrize(("text", "expected"), [
    ("VIN 1HGCM82633A004352", "1HGCM82633A004352"),
    ("vin: 1M8GDM9AXKP042788 on the title", "1M8GDM9AXKP042788"),
    ("the vehicle (1hgcm82633a004352) was towed", "1hgcm82633a004352"),
    ("5YJSA1E27HF000337", "5YJSA1E27HF000337"),
])
def test_vin_found(inspector, text, expected):
    assert typed(inspector.inspect(text), SpanType.VIN) == [expected]


@pytest.mark.parametrize("text", [
    "VIN 1HGCM82633A004353",        # wrong check digit
    "VIN 1HGCM82633A00435",         # 16 characters
    "VIN 1HGCO82633A004352",        # contains O
    "ABCDEFGHJKLMNPRST",            # letters only
])
def test_vin_rejected(inspector, text):
    assert typed(inspector.inspect(text), SpanType.VIN) == []


def test_vin_check_digit():
    assert vin_valid("1HGCM82633A004352")
    assert not vin_valid("1HGCM82633A004353")


@pytest.mark.parametrize(("text", "expected"), [
    ("DL S530-4127-8890-05", "S530-4127-8890-05"),
    ("driver's license S53041278890 05 was suspended", "S53041278890"),
    ("WI DL# S530412788905", "S530412788905"),
    ("his licence S530 4127 8890 05", "S530 4127 8890 05"),
    ("operator's license number D123-4567-8901-23", "D123-4567-8901-23"),
    ("Illinois driver license A12345678901", "A12345678901"),
])
def test_driver_license_found(inspector, text, expected):
    found = typed(inspector.inspect(text), SpanType.DRIVER_LICENSE)
    if expected is None:
        assert found == []
    else:
        assert found == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("WI plate ABC-1234", "ABC-1234"),
    ("license plate AB-12345", "AB-12345"),
    ("plate 123-ABC", "123-ABC"),
    ("registration ABC1234 expired", "ABC1234"),
    ("tag# XYZ 9876", "XYZ 9876"),
    ("LIC/ABC1234 LIS/WI", "ABC1234"),
    ("Wisconsin plates reading 456-JKL", "456-JKL"),
    ("plate number is 7RTY123", "7RTY123"),
    ("fled in blk impala wi plt ABC1234", "ABC1234"),
    ("a silver Camry KLM-4420 was parked", "KLM-4420"),
    ("SUBJ LEFT IN VEH 771-QRD HEADING N", "771-QRD"),
    ("her van (TPX 5518) blocked the alley", "TPX 5518"),
])
def test_plate_found(inspector, text, expected):
    assert typed(inspector.inspect(text), SpanType.LICENSE_PLATE) == [expected]


@pytest.mark.parametrize("text", [
    "the car had no plate",
    "he used the plate to eat dinner in 2026",
    "ABC-1234 was mentioned with no context",
    "the registration desk opens at 0800 hours",
    "the car was handled per SOP 682 and MCO 105-138",
    "his truck was a Ford F150 2019 model",
    "a vehicle stop at 2130 hours on N 35th St",
])
def test_plate_needs_context(inspector, text):
    assert typed(inspector.inspect(text), SpanType.LICENSE_PLATE) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("call (414) 555-0142", "(414) 555-0142"),
    ("cell 414.555.0142", "414.555.0142"),
    ("414-555-0142", "414-555-0142"),
    ("reach her at +1 414 555 0142", "+1 414 555 0142"),
    ("phone: 4145550142", "4145550142"),
    ("her number is 1-414-555-0199", "1-414-555-0199"),
    ("mobile (262)555-0123 ext 12", "(262)555-0123 ext 12"),
    ("UK contact +44 20 7946 0958", "+44 20 7946 0958"),
    ("work 608 555 0110", "608 555 0110"),
    ("Witness #2 (Tou Lor, 555-0123) saw it", "555-0123"),
    ("please have Sgt. Ruiz call me back at 4145550107 today", "4145550107"),
    ("Dana Wills (7155550143) will pick her up", "7155550143"),
    ("his brother's number 555-0177 was in the log", "555-0177"),
    ("her new number is (920)5550144", "(920)5550144"),
])
def test_phone_found(inspector, text, expected):
    assert typed(inspector.inspect(text), SpanType.PHONE) == [expected]


@pytest.mark.parametrize("text", [
    "call 911 now",
    "for non-emergencies call (414) 933-4444",
    "the non-emergency line (414) 933-4444",
    "order 4145550142 shipped",           # ten bare digits, no phone word
    "case 2026-004512",
    "the total was 1234567",
    "dated 03/14/1988",
    "Crime Stoppers tip line 414-224-8477",
    "her checking account 4145550142 was emptied",
    "case number 555-0123 was closed",
    "tracking # 7155550143 arrived",
])
def test_phone_rejected(inspector, text):
    assert typed(inspector.inspect(text), SpanType.PHONE) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("mail jane.doe@example.org today", "jane.doe@example.org"),
    ("<t.vang+tips@example.com>", "t.vang+tips@example.com"),
    ("Email: XEE_VANG@EXAMPLE.NET.", "XEE_VANG@EXAMPLE.NET"),
    ("contact dw@mail.example.co.uk", "dw@mail.example.co.uk"),
    ("write to józef.kałuża@example.org now", "józef.kałuża@example.org"),
    ("cc ngọc.trần@example.net", "ngọc.trần@example.net"),
])
def test_email_found(inspector, text, expected):
    assert typed(inspector.inspect(text), SpanType.EMAIL) == [expected]


@pytest.mark.parametrize("text", ["meet @ 5pm", "user@localhost", "a@b", "@@@@"])
def test_email_rejected(inspector, text):
    assert typed(inspector.inspect(text), SpanType.EMAIL) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("logged in from 192.168.1.20", "192.168.1.20"),
    ("IP 10.0.0.1.", "10.0.0.1"),
    ("source 2001:db8::ff00:42:8329 seen", "2001:db8::ff00:42:8329"),
    ("from 203.0.113.77:443", "203.0.113.77"),
])
def test_ip_found(inspector, text, expected):
    assert typed(inspector.inspect(text), SpanType.IP_ADDRESS) == [expected]


@pytest.mark.parametrize("text", [
    "version 1.2.3.4 released",
    "999.1.1.1 is not an address",
    "at 12:30:45 hours",
    "SOP 682.35.1.2",
])
def test_ip_rejected(inspector, text):
    assert typed(inspector.inspect(text), SpanType.IP_ADDRESS) == []


@pytest.mark.parametrize("text", ["look at the dot on the map", "we met at noon. dot the i"])
def test_words_at_and_dot_are_not_an_address(inspector, text):
    assert typed(inspector.inspect(text), SpanType.EMAIL) == []
