"""Addresses, dates of birth, case and CJI numbers, medical, informants and operations."""

from __future__ import annotations

import pytest

from garda.inspect.spans import PersonRole, SpanType

from tests.inspect.inspect_support import typed


@pytest.mark.parametrize(("text", "expected"), [
    ("She lives at 2417 N. 35th St., Apt 3 with her son.", "2417 N. 35th St., Apt 3"),
    ("Send it to 1200 W Wells St #4B please", "1200 W Wells St #4B"),
    ("mailing address 4510 S 27th Street, Milwaukee, WI 53221.", "4510 S 27th Street, Milwaukee, WI 53221"),
    ("went to 3320 W. Capitol Dr. yesterday", "3320 W. Capitol Dr."),
    ("at 749 N Martin Luther King Jr Dr in the lobby", "749 N Martin Luther King Jr Dr"),
    ("address: 5821 W Center St, Milwaukee", "5821 W Center St, Milwaukee"),
    ("lives at 1200 w wells st", "1200 w wells st"),
    ("P.O. Box 1471, Milwaukee, WI 53201", "P.O. Box 1471, Milwaukee, WI 53201"),
    ("po box 88", "po box 88"),
    ("Post Office Box 12 in town", "Post Office Box 12"),
    ("2625 N Sherman Blvd Upper", "2625 N Sherman Blvd Upper"),
    ("She lives at 2417 N 35th with her kids.", "2417 N 35th"),
    ("home address 4510 S 27th, upstairs", "4510 S 27th"),
    ("she moved to 2231 W Rue de la Paix Ct last May", "2231 W Rue de la Paix Ct"),
    ("meet at 918 N Frank L. Wright Blvd, Apt 2", "918 N Frank L. Wright Blvd, Apt 2"),
    ("he stays at 6120 w van buren st upstairs", "6120 w van buren st"),
    ("dropped off at 415 e st. paul ave", "415 e st. paul ave"),
    ("lives at 3811 N. Dr. Martin Luther King Jr. Dr. now", "3811 N. Dr. Martin Luther King Jr. Dr."),
    ("Address: 2217-A W Layton Ave Unit 5, today", "2217-A W Layton Ave Unit 5"),
    ("residence at W156N11500 Pilgrim Rd", "W156N11500 Pilgrim Rd"),
    ("she rents the rear of 1918B S 7th St from her aunt", "1918B S 7th St"),
])
def test_address_found(inspector, text, expected):
    assert typed(inspector.inspect(text), SpanType.ADDRESS) == [expected]


@pytest.mark.parametrize("text", [
    "The car went east on Capitol Drive.",
    "It happened in the 2400 block of N 35th St.",
    "at N 35th St and W Center St",
    "the intersection of W North Ave and N Sherman Blvd",
    "In 2019 Main Street was repaved.",
    "We saw 3 cars near the street.",
    "two blocks from the 3300 blk of W Burleigh St",
    "officers were at 27th and Center",
    "he lives in the 2400 block of N 35th",
    "Lives were changed in 2020 by the program.",
    "we sent 12 w officers to the st",
    "had 4 n units on the way to the scene",
    "the 1500 block of W Fond du Lac Ave",
    "traffic on Cesar E. Chavez Dr was slow",
])
def test_address_rejected(inspector, text):
    assert typed(inspector.inspect(text), SpanType.ADDRESS) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("DOB 03/14/1988", "03/14/1988"),
    ("D.O.B.: 3-14-88", "3-14-88"),
    ("date of birth is March 14, 1988", "March 14, 1988"),
    ("born 14 March 1988 in Milwaukee", "14 March 1988"),
    ("Jane Doe (DOB 1988-03-14)", "1988-03-14"),
    ("birthdate: 03.14.1988", "03.14.1988"),
    ("was born on Jan. 5th, 2001", "Jan. 5th, 2001"),
    ("03/14/1988 (DOB)", "03/14/1988"),
    ("age/dob 37/03-14-1988", "03-14-1988"),
    ("SMITH, ROY DOB 21NOV1974 HGT/510", "21NOV1974"),
    ("NAM/LEE, KIM SEX/F DOB/19810923 OLS/WI", "19810923"),
    ("(DOB 2 JUL 1999) was", "2 JUL 1999"),
])
def test_dob_found(inspector, text, expected):
    assert typed(inspector.inspect(text), SpanType.DATE_OF_BIRTH) == [expected]


@pytest.mark.parametrize("text", [
    "The incident happened on 03/14/2026.",
    "Report written March 14, 2026.",
    "Born in the USA is a song.",
    "a bare 1988-03-14 date",
])
def test_bare_date_is_not_a_dob(inspector, text):
    assert typed(inspector.inspect(text), SpanType.DATE_OF_BIRTH) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("case 2026-004512", "2026-004512"),
    ("see 2026-004512 for details", "2026-004512"),
    ("MPD incident 26-113457", "26-113457"),
    ("citation C1234567 was issued", "C1234567"),
    ("arrest #A-2026-3381", "A-2026-3381"),
    ("Incident No. 261130045", "261130045"),
    ("circuit court case 2026CF001234", "2026CF001234"),
    ("report number 26-0045129", "26-0045129"),
    ("CAD# 260314-0177", "260314-0177"),
    ("the case number is 25-CM-0318, filed", "25-CM-0318"),
    ("set for trial in 24CF000917 next month", "24CF000917"),
    ("booked after he was arrested under B25-31127", "B25-31127"),
    ("MILLER, DANA / CITED Q4471902 / RELEASED", "Q4471902"),
    ("we spoke about your case (25-118204) today", "25-118204"),
    ("the prelim for K251193087 moved", "K251193087"),
    ("the charging conference for D25-77120 is Monday", "D25-77120"),
    ("paperwork for TR24-009311 is late", "TR24-009311"),
])
def test_case_number_found(inspector, text, expected):
    assert expected in typed(inspector.inspect(text), SpanType.CASE_NUMBER)


@pytest.mark.parametrize(("text", "expected"), [
    ("FBI# 123456AB7", "123456AB7"),
    ("SID WI12345678", "WI12345678"),
    ("NCIC W123456789", "W123456789"),
    ("warrant #W-2026-00812", "W-2026-00812"),
    ("booking 2026-0041187", "2026-0041187"),
    ("Booking No. 26-55120", "26-55120"),
    ("inmate # 0045512", "0045512"),
    ("FBI number 987654CD3 on file", "987654CD3"),
    ("and his SID is 07731842.", "07731842"),
    ("RAC/W FBI/413390KT7 MIS/CAUTION", "413390KT7"),
    ("NO NCIC WANT NIC/T118220473", "T118220473"),
    ("SID/WI30418876 ARR 2019", "WI30418876"),
    ("entered as NCIC record W443210987 today", "W443210987"),
])
def test_cji_identifier_found(inspector, text, expected):
    assert typed(inspector.inspect(text), SpanType.CJI_IDENTIFIER) == [expected]


@pytest.mark.parametrize("text", [
    "Wis. Stat. § 940.19(1) applies.",
    "per SOP 682.35 and SOP 001",
    "MCO 105-138 covers loitering",
    "18 U.S.C. 242 is the federal statute",
    "the incident happened at 2130 hours",
    "in 2026 the case load rose 12%",
    "the warrant was signed",
    "it cost $1,250.00",
    "Terry v. Ohio, 392 U.S. 1 (1968)",
    "CAD history for my report: 2245 DISTURBANCE / ADVISED",
    "the hearing for 0930 hours was moved",
    "case law since 25 CT rulings",
    "take I-94 past the F-150 plant; route I94-12 is closed",
])
def test_legal_citations_and_numbers_are_not_records(inspector, text):
    findings = inspector.inspect(text).findings
    assert [f for f in findings if f.span_type in (SpanType.CASE_NUMBER, SpanType.CJI_IDENTIFIER,
                                                   SpanType.PHONE, SpanType.SSN, SpanType.ACCOUNT_NUMBER,
                                                   SpanType.ADDRESS, SpanType.DATE_OF_BIRTH)] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The victim was diagnosed with bipolar disorder.", "diagnosed with bipolar disorder"),
    ("He takes Seroquel daily.", "takes Seroquel daily"),
    ("She was treated for a broken arm at the hospital.", "treated for a broken arm"),
    ("the suspect has a history of schizophrenia", "history of schizophrenia"),
    ("Her son is HIV positive.", "HIV positive"),
    ("he was off his meds and suicidal", "off his meds and suicidal"),
    ("Jane Doe is pregnant", "pregnant"),
    ("He needed 12 stitches at the ER.", "stitches"),
    ("Tomasz Wójcik, who has a heart condition, could not walk far.", "a heart condition"),
    ("VICT HAD a sprained left ankle that was wrapped by MFD.", "a sprained left ankle that was wrapped by MFD"),
    ("Dee R. Lyons has a puncture wound to the left forearm requiring stitches.",
     "a puncture wound to the left forearm requiring stitches"),
    ("the pedestrian has two cracked ribs and is on oxycodone", "two cracked ribs and is on oxycodone"),
    ("she says her son has PTSD from his deployment", "PTSD from his deployment"),
    ("Mr. Diaz is being treated for a dislocated right elbow", "being treated for a dislocated right elbow"),
    ("Rosa Diaz takes Aricept daily", "takes Aricept daily"),
])
def test_medical_found(inspector, text, expected):
    """Within a finding: the learned tagger may read the phrase further ('12 stitches at the ER')."""
    assert any(expected in found for found in typed(inspector.inspect(text), SpanType.MEDICAL))


@pytest.mark.parametrize("text", [
    "Explain what schizophrenia is.",
    "What are the signs of an opioid overdose in general?",
    "Training: how to respond to a mental health crisis.",
    "The victim declined medical treatment.",
    "What are the signs of a broken wrist in general?",
    "Training: how to treat a gunshot wound to the leg.",
    "The roads had lacerations of ice.",
])
def test_medical_needs_a_person(inspector, text):
    assert typed(inspector.inspect(text), SpanType.MEDICAL) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("CI #4471 said the stash is upstairs", "CI #4471"),
    ("confidential informant Marcus met us", "confidential informant Marcus"),
    ("per informant 2231", "informant 2231"),
    ("the confidential source known as 'Tiny' called", "confidential source known as 'Tiny'"),
    ("CS-1187 provided the tip", "CS-1187"),
    ("cooperating witness Tou Lor agreed", "cooperating witness Tou Lor"),
    ("the CI (#4471) will do it", "CI (#4471)"),
])
def test_confidential_source_found(inspector, text, expected):
    assert expected in typed(inspector.inspect(text), SpanType.CONFIDENTIAL_SOURCE)


@pytest.mark.parametrize("text", [
    "What does the SOP say about confidential informants?",
    "Informant files are kept by the unit.",
    "The confidence interval (CI) was wide.",
])
def test_confidential_source_rejected(inspector, text):
    assert typed(inspector.inspect(text), SpanType.CONFIDENTIAL_SOURCE) == []


@pytest.mark.parametrize("text", [
    "The search warrant service at 2417 N 35th St is tomorrow at 0500.",
    "SWAT will hit the house on Tuesday at 5 a.m.",
    "The surveillance post at 3300 W Burleigh St starts tonight.",
    "The undercover officer will pose as 'Dre' at the buy.",
    "Controlled buy planned for Friday at 2200 hours behind the store.",
    "Tomorrow at 0600 the team will breach the rear door.",
    "We are hitting the house at 2417 N 35th St at 5am Thursday.",
    "Units will stage at the Walgreens lot at 0430 hours.",
    "The UC will meet the target at 3300 W Burleigh tomorrow.",
    "Set up surveillance across from the house tonight.",
])
def test_tactical_found(inspector, text):
    assert typed(inspector.inspect(text), SpanType.TACTICAL)


@pytest.mark.parametrize("text", [
    "Explain how search warrants are served in Wisconsin.",
    "The raid last year was in the news.",
    "What is an observation post?",
    "We served the warrant last Tuesday without incident.",
    "Explain how officers serve warrants.",
])
def test_tactical_rejected(inspector, text):
    assert typed(inspector.inspect(text), SpanType.TACTICAL) == []


@pytest.mark.parametrize("text", [
    "In 2026 the unit handled 1,204 calls, up 12% from 2025.",
    "Overtime cost $1,250.00 last month and $980 the month before.",
    "The budget is $312 million, a 4.5% increase.",
    "Response time averaged 7.5 minutes at 2130 hours.",
    "Officer 1 and Officer 2 responded with Sgt. 3 minutes later.",
])
def test_years_money_and_percentages_are_not_findings(inspector, text):
    assert inspector.inspect(text).findings == []


def test_a_report_narrative_end_to_end(inspector):
    text = ("On 03/02/2026 at 2130 hours, Officer Daniel Kowalski responded to 2417 N. 35th St., Apt 3. "
            "Victim Jane Doe (DOB 03/14/1988) stated that the suspect, John Smith, struck her. She can be "
            "reached at (414) 555-0142. The suspect fled in a gray sedan, WI plate ABC-1234, toward N 35th St "
            "and W Center St. Witness Maria Lopez saw it from the 2400 block of N 35th St. MPD incident "
            "26-113457.")
    found = [(f.span_type, f.text, f.role) for f in inspector.inspect(text).findings]
    assert found == [
        (SpanType.PERSON, "Daniel Kowalski", PersonRole.OFFICER),
        (SpanType.ADDRESS, "2417 N. 35th St., Apt 3", None),
        (SpanType.PERSON, "Jane Doe", PersonRole.VICTIM),
        (SpanType.DATE_OF_BIRTH, "03/14/1988", None),
        (SpanType.PERSON, "John Smith", PersonRole.SUSPECT),
        (SpanType.PHONE, "(414) 555-0142", None),
        (SpanType.LICENSE_PLATE, "ABC-1234", None),
        (SpanType.PERSON, "Maria Lopez", PersonRole.WITNESS),
        (SpanType.CASE_NUMBER, "26-113457", None),
    ]
