"""Birth dates, plates and names in forms the seventh held-out corpus showed garda missing.

holdout7 (scored once, blind; its prompts not read) found 15 of 48 birth dates and 7 of 17 plates
covered by nothing, and Yemeni names lowest of its eighteen groups (0.47). These sentences are my
own, written afterwards; before the change the recognizers covered 10 of the 14 birth dates, 8 of
the 10 plates and 33 of the 35 names. The near misses share the new forms' shapes.

Phones: holdout8 (scored once, blind) found PHONE at 0.90 against Presidio's 0.94. Of thirteen shapes
of my own, garda found all but "414/555-0155" (an area code set off by a slash), which it finds now.
"""

from __future__ import annotations

import pytest

from garda.inspect.engine import default_inspector
from garda.inspect.spans import SpanType
from tests.inspect.inspect_support import half_covered

BIRTH_DATES = [
    ("What's the record look like for Keisha Vontrell, 03-15-1989?", '03-15-1989'),
    ('Rewrite: Jerome Pettaway, born 1985, lives on Keefe.', '1985'),
    ('Proofread: Tamika Rhodes (4/2/91) was the driver.', '4/2/91'),
    ('Clean up: Darnell Ivy was born March 3rd, 1990, in Gary.', 'March 3rd, 1990'),
    ('Fix: suspect Oleg Petrov, d.o.b. 02.11.1978, no fixed address.', '02.11.1978'),
    ("Summarize: juvenile's mom says he was born on 11/30/2001.", '11/30/2001'),
    ('Edit: the victim, Rosa Vidal (DOB July 4 1999), was struck at 0230.', 'July 4 1999'),
    ('Rewrite: the witness Ahmed Qasem, date of birth 1994-08-21, saw the car.', '1994-08-21'),
    ('Proofread: Nadia Haddad, birthdate 12 Jan 1987, reported the theft.', '12 Jan 1987'),
    ('Clean up: BRANDT, WALTER J  08/09/73  W/M', '08/09/73'),
    ('Rewrite: the juvenile, Jalen Cross, dob 5-5-05, was released to his aunt.', '5-5-05'),
    ('Proofread: Subject: Gary Hess / DOB: 1/1/1980 / Sex: M', '1/1/1980'),
    ('Clean up: HESS, GARY  DOB 19920614', '19920614'),
    ("Rewrite: the driver, Marcus Lyle, was born in '88 and has no license.", "'88"),
]

PLATES = [
    ('Rewrite: the car, a silver Altima with Wisconsin plate ABC-1234, fled east.', 'ABC-1234'),
    ('Proofread: WI reg AKR 4471 was seen at the scene.', 'AKR 4471'),
    ('Clean up: gray Camry, tag 739-RKT, parked in the alley.', '739-RKT'),
    ('Summarize: the truck bore Illinois plates XJ 4490.', 'XJ 4490'),
    ('Edit: plate # GBR2210 (WI) was captured by the LPR.', 'GBR2210'),
    ('fix: blk charger lic ALK2291 no front plate', 'ALK2291'),
    ('Proofread: a red Ford Focus bearing temporary plate RTK-551 left the lot.', 'RTK-551'),
    ('Rewrite: the white Jeep with vanity plate MEGAN22 belongs to the witness.', 'MEGAN22'),
    ('Clean up: vehicle 2: blue Malibu, WI 881-VPB, towed.', '881-VPB'),
    ('Summarize: LPR hit on JKL-9083 at Capitol and Sherman at 0214.', 'JKL-9083'),
]

NAMES = [
    ('Proofread: Ghamdan Al-Sanabani said the store was closed.', 'Ghamdan Al-Sanabani'),
    ('Rewrite: the victim, Arwa al-Maqtari, called at 2100.', 'Arwa al-Maqtari'),
    ('Clean up: Mr. Mutahar owns the deli on Burleigh.', 'Mutahar'),
    ('Summarize: Bilqis Nasher saw two men run from the lot.', 'Bilqis Nasher'),
    ('Edit: the clerk, Hamoud Ba-Wazir, gave a statement.', 'Hamoud Ba-Wazir'),
    ('Proofread: Entisar Obadi reported her phone stolen.', 'Entisar Obadi'),
    ('Rewrite: witness Yahya Qaid Ghaleb identified the car.', 'Yahya Qaid Ghaleb'),
    ('Clean up: Afrah told me her brother was at the mosque.', 'Afrah'),
    ('Edit: Saddam Al-Iryani was the driver of the van.', 'Saddam Al-Iryani'),
    ('fix: spoke w tawfiq mosleh at the store, he didnt see anything', 'tawfiq mosleh'),
    ('Rewrite: complainant Ibtisam Bin Fareed says the landlord entered without notice.', 'Ibtisam Bin Fareed'),
    ('Proofread: the caller, Ahlam Alsaidi, wants a callback.', 'Ahlam Alsaidi'),
    ('Summarize: Akram Haidar and his cousin run the gas station.', 'Akram Haidar'),
    ('Rewrite: her daughter Raghad is 9 and was in the back seat.', 'Raghad'),
    ('Clean up: Officer Diaz interviewed Nabil Al-Absi at the scene.', 'Nabil Al-Absi'),
    ('Proofread: Kwabena Owusu-Ansah said he heard two shots.', 'Kwabena Owusu-Ansah'),
    ('Rewrite: Akosua Frimpong was walking her dog on Locust.', 'Akosua Frimpong'),
    ('Edit: the cab driver, Yaw Acheampong, picked up the fare at 0100.', 'Yaw Acheampong'),
    ('Clean up: Efua Danquah and her sister were home.', 'Efua Danquah'),
    ('Proofread: Ionuț Munteanu reported the break-in.', 'Ionuț Munteanu'),
    ('Rewrite: Raluca Stoica called about the package theft.', 'Raluca Stoica'),
    ('Fix: spoke with Sorin Ciobanu, the building manager.', 'Sorin Ciobanu'),
    ('Edit: Mihaela Lungu saw the van leave.', 'Mihaela Lungu'),
    ('Proofread: Jannatul Ferdous said the man had a red hat.', 'Jannatul Ferdous'),
    ('Rewrite: Tanvir Talukder owns the phone store.', 'Tanvir Talukder'),
    ('Clean up: Mahbub Bhuiyan was the cashier on duty.', 'Mahbub Bhuiyan'),
    ("Edit: the victim's mother, Nusrat Akter, arrived at 1900.", 'Nusrat Akter'),
    ('Proofread: Tariq Kanaan heard yelling next door.', 'Tariq Kanaan'),
    ('Rewrite: Rasha Haddad and her husband run the bakery.', 'Rasha Haddad'),
    ('Edit: Ghaith Al-Hamwi drove the victim to the hospital.', 'Ghaith Al-Hamwi'),
    ('Clean up: Lamees Khoury saw the fight start.', 'Lamees Khoury'),
    ('fix: talked to kofi mensah outside, he saw nothing', 'kofi mensah'),
    ('Proofread: Pa Nhia Vang told me her son was missing.', 'Pa Nhia Vang'),
    ('Rewrite: Tenzin Dolma reported the scam call.', 'Tenzin Dolma'),
    ('Edit: Mr. Nkrumah said the door was open.', 'Nkrumah'),
]

PHONES = [
    ('Rewrite: call the witness at (414) 555-0123 after 5.', '(414) 555-0123'),
    ('Proofread: her cell is 414.555.0147.', '414.555.0147'),
    ('Clean up: reach Mr. Diaz at 414 555 0162.', '414 555 0162'),
    ("Edit: the victim's number is +1 414-555-0188.", '+1 414-555-0188'),
    ('fix: cb # 4145550109 anytime', '4145550109'),
    ("Rewrite: his mom's number is 555-0134, no area code given.", '555-0134'),
    ('Proofread: the manager can be reached at 414-555-0171 x22.', '414-555-0171 x22'),
    ('Edit: phone: 262-555-0115 (work)', '262-555-0115'),
    ('Clean up: she called from 1-414-555-0190 at 0300.', '1-414-555-0190'),
    ('Fix: contact # 414/555-0155', '414/555-0155'),
    ('Proofread: rp phone (262)555-0199', '(262)555-0199'),
    ('Summarize: the caller left 414 555-0133 as a callback.', '414 555-0133'),
    ('Rewrite: he said his number was four one four, five five five, zero one two two.', 'four one four, five five five, zero one two two'),
]

NEAR_MISSES = [
    'The department was founded in 1855 and born of a merger; write the history blurb.',
    'On Friday, 03-15-2019, the festival closed early. Write the notice.',
    'Milwaukee, 06/01/2001: the new station opened. Rewrite the caption.',
    'Report 4471, 03/02/2001, was reviewed by the sergeant. Summarize.',
    'The program was born in 2024 out of a grant. Draft the summary.',
    'Unit 12 cleared at 0300 with W/M suspects gone on arrival, 11/02/2025 entry. Proofread.',
    'Sgt. Kowalski, 2/14/2012, received the award for valor. Write the plaque text.',
    'The LPR program covers 40 cameras citywide; write the public FAQ.',
    'The LPR hit rate for 2025 was 3 percent. Summarize for the council.',
    'Our squad car, unit 4471, is in the shop until Monday. Write the note.',
    'Order 12 boxes of paper for the records unit; write the request.',
    'The ratio was 314/555 1234 in the table.',
    'Case 2026/555-0134 was filed.',
]


@pytest.fixture(scope="module")
def inspector():
    return default_inspector(learned_uses=False)


@pytest.mark.parametrize(("text", "date"), BIRTH_DATES)
def test_birth_dates(inspector, text, date):
    assert half_covered(inspector.inspect(text), SpanType.DATE_OF_BIRTH, date)


@pytest.mark.parametrize(("text", "plate"), PLATES)
def test_plates(inspector, text, plate):
    assert half_covered(inspector.inspect(text), SpanType.LICENSE_PLATE, plate)


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_names(inspector, text, name):
    assert half_covered(inspector.inspect(text), SpanType.PERSON, name)


@pytest.mark.parametrize(("text", "phone"), PHONES)
def test_phones(inspector, text, phone):
    assert half_covered(inspector.inspect(text), SpanType.PHONE, phone)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_hold_no_birth_date_plate_or_phone(inspector, text):
    found = {f.span_type for f in inspector.inspect(text).findings}
    assert not found & {SpanType.DATE_OF_BIRTH, SpanType.LICENSE_PLATE, SpanType.PHONE}
