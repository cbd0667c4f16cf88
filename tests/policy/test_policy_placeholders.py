"""Placeholders: role-aware, consistent across messages and name variants, never colliding."""

from __future__ import annotations

import pytest

from garda.errors import InspectionFailed
from garda.inspect.spans import Finding, PersonRole, SpanType
from garda.policy.placeholders import Pseudonymizer
from tests.policy.builders import finding

VICTIM, SUSPECT, WITNESS, OFFICER, COMPLAINANT = (PersonRole.VICTIM, PersonRole.SUSPECT, PersonRole.WITNESS,
                                                  PersonRole.OFFICER, PersonRole.COMPLAINANT)


def redact_all(texts: list[str], findings: list[list[Finding]], *,
               planned: bool = True) -> tuple[list[str], Pseudonymizer]:
    plan = [(i, f) for i, found in enumerate(findings) for f in found] if planned else ()
    pseudonymizer = Pseudonymizer(texts, plan)
    return [pseudonymizer.redact(t, found) for t, found in zip(texts, findings)], pseudonymizer


def test_roles_become_generic_words():
    text = ("Victim Dana Whitfield said suspect Corwin Ashby and suspect Lyle Ferrante ran; "
            "witness Pia Okonkwo and Officer Bram Tolliver saw it; Rhea Summers called.")
    found = [finding(text, "Dana Whitfield", SpanType.PERSON, VICTIM),
             finding(text, "Corwin Ashby", SpanType.PERSON, SUSPECT),
             finding(text, "Lyle Ferrante", SpanType.PERSON, SUSPECT),
             finding(text, "Pia Okonkwo", SpanType.PERSON, WITNESS),
             finding(text, "Bram Tolliver", SpanType.PERSON, OFFICER),
             finding(text, "Rhea Summers", SpanType.PERSON)]
    (sent,), _ = redact_all([text], [found])
    assert sent == ("The victim said Suspect 1 and Suspect 2 ran; "
                    "Witness 1 and Officer 1 saw it; Person 1 called.")


def test_bracketed_types_are_numbered_by_first_appearance():
    text = "DOB 03/04/1979, SSN 123-45-6789, call 414-555-0142 or 414-555-0178, mail ada@example.org, case 2026-000812."
    found = [finding(text, "03/04/1979", SpanType.DATE_OF_BIRTH), finding(text, "123-45-6789", SpanType.SSN),
             finding(text, "414-555-0142", SpanType.PHONE), finding(text, "414-555-0178", SpanType.PHONE),
             finding(text, "ada@example.org", SpanType.EMAIL), finding(text, "2026-000812", SpanType.CASE_NUMBER)]
    (sent,), pseudonymizer = redact_all([text], [found])
    assert sent == "DOB [DOB-1], SSN [SSN-1], call [PHONE-1] or [PHONE-2], mail [EMAIL-1], case [CASE-1]."
    assert pseudonymizer.mapping["[PHONE-2]"] == "414-555-0178"


@pytest.mark.parametrize("span_type, label", [
    (SpanType.ADDRESS, "ADDRESS"), (SpanType.LICENSE_PLATE, "PLATE"), (SpanType.VIN, "VIN"),
    (SpanType.DRIVER_LICENSE, "DL"), (SpanType.CJI_IDENTIFIER, "CJI"), (SpanType.MEDICAL, "MEDICAL"),
    (SpanType.IP_ADDRESS, "IP"), (SpanType.ACCOUNT_NUMBER, "ACCOUNT")])
def test_every_bracket_label(span_type, label):
    text = "see ABC-1234X here"
    (sent,), _ = redact_all([text], [[finding(text, "ABC-1234X", span_type)]])
    assert sent == f"see [{label}-1] here"


def test_same_person_same_placeholder_across_messages_and_name_variants():
    texts = ["Suspect: WHITLOCK, TOBIAS R. DOB 02/09/1990.",
             "Summarize: Tobias Whitlock was seen; Whitlock fled. Later Tobias returned.",
             "Phone of Whitlock: (414) 555-0163. Also 414.555.0163."]
    found = [[finding(texts[0], "WHITLOCK, TOBIAS R.", SpanType.PERSON, SUSPECT),
              finding(texts[0], "02/09/1990", SpanType.DATE_OF_BIRTH)],
             [finding(texts[1], "Tobias Whitlock", SpanType.PERSON),
              finding(texts[1], "Whitlock", SpanType.PERSON, occurrence=1),
              finding(texts[1], "Tobias", SpanType.PERSON, occurrence=1)],
             [finding(texts[2], "Whitlock", SpanType.PERSON),
              finding(texts[2], "(414) 555-0163", SpanType.PHONE),
              finding(texts[2], "414.555.0163", SpanType.PHONE)]]
    sent, pseudonymizer = redact_all(texts, found)
    assert sent == ["Suspect 1 DOB [DOB-1].",
                    "Summarize: Suspect 1 was seen; Suspect 1 fled. Later Suspect 1 returned.",
                    "Phone of Suspect 1: [PHONE-1]. Also [PHONE-1]."]
    assert set(pseudonymizer.mapping) == {"Suspect 1", "[DOB-1]", "[PHONE-1]"}


def test_a_bare_surname_shared_by_two_people_is_not_guessed():
    text = "Victim Nora Pell and suspect Ivo Pell argued; Pell left."
    found = [finding(text, "Nora Pell", SpanType.PERSON, VICTIM), finding(text, "Ivo Pell", SpanType.PERSON, SUSPECT),
             finding(text, "Pell", SpanType.PERSON, occurrence=2)]
    (sent,), _ = redact_all([text], [found])
    assert sent == "The victim and Suspect 1 argued; Person 1 left."


def test_two_victims_are_numbered():
    texts = ["Victims Ona Brisk and Ezra Kell.", "Ona Brisk spoke first."]
    found = [[finding(texts[0], "Ona Brisk", SpanType.PERSON, VICTIM),
              finding(texts[0], "Ezra Kell", SpanType.PERSON, VICTIM)],
             [finding(texts[1], "Ona Brisk", SpanType.PERSON)]]
    sent, _ = redact_all(texts, found)
    assert sent == ["Victims Victim 1 and Victim 2.", "Victim 1 spoke first."]


def test_the_victim_is_not_used_when_the_prompt_already_says_it():
    text = "The victim, Ona Brisk, complained; complainant Vic Hale too."
    found = [finding(text, "Ona Brisk", SpanType.PERSON, VICTIM),
             finding(text, "Vic Hale", SpanType.PERSON, COMPLAINANT)]
    (sent,), pseudonymizer = redact_all([text], [found])
    assert sent == "Victim 1, complained; the complainant too."
    assert pseudonymizer.mapping["Victim 1"] == "Ona Brisk"


def test_placeholders_the_member_wrote_are_skipped():
    text = ("Hypothetical: Officer 1 and Officer 3 stop a car; Officer Gale Wren joins. "
            "[PHONE-1] is fake, real 414-555-0190.")
    found = [finding(text, "Gale Wren", SpanType.PERSON, OFFICER), finding(text, "414-555-0190", SpanType.PHONE)]
    (sent,), _ = redact_all([text], [found])
    assert "Officer 2 joins" in sent
    assert sent.endswith("real [PHONE-2].")


def test_numbering_is_stable_when_a_conversation_grows():
    first = ["Suspect Ada Quill met Bo Reyes."]
    found_first = [[finding(first[0], "Ada Quill", SpanType.PERSON, SUSPECT),
                    finding(first[0], "Bo Reyes", SpanType.PERSON)]]
    grown = first + ["Then Cy Moss and Ada Quill left."]
    found_grown = found_first + [[finding(grown[1], "Cy Moss", SpanType.PERSON),
                                  finding(grown[1], "Ada Quill", SpanType.PERSON)]]
    sent_first, _ = redact_all(first, found_first)
    sent_grown, _ = redact_all(grown, found_grown)
    assert sent_grown[0] == sent_first[0] == "Suspect 1 met Person 1."
    assert sent_grown[1] == "Then Person 2 and Suspect 1 left."


def test_unplanned_use_gives_the_same_placeholders_message_by_message():
    texts = ["Victim Ona Brisk; suspect Ivo Pell.", "Ivo Pell ran."]
    found = [[finding(texts[0], "Ona Brisk", SpanType.PERSON, VICTIM),
              finding(texts[0], "Ivo Pell", SpanType.PERSON, SUSPECT)],
             [finding(texts[1], "Ivo Pell", SpanType.PERSON)]]
    assert redact_all(texts, found, planned=False)[0] == redact_all(texts, found)[0]


def test_overlapping_findings_become_one_placeholder():
    text = "Call Ona Brisk at 414-555-0111."
    found = [finding(text, "Ona Brisk", SpanType.PERSON), finding(text, "Brisk", SpanType.PERSON),
             finding(text, "414-555-0111", SpanType.PHONE)]
    (sent,), _ = redact_all([text], [found])
    assert sent == "Call Person 1 at [PHONE-1]."


def test_a_finding_outside_the_text_fails_closed():
    with pytest.raises(InspectionFailed):
        Pseudonymizer(["short"]).redact("short", [Finding(SpanType.PERSON, 2, 40, "x", "t")])


def test_redacting_nothing_changes_nothing():
    pseudonymizer = Pseudonymizer(["plain text"])
    assert pseudonymizer.redact("plain text", []) == "plain text"
    assert pseudonymizer.mapping == {}
    assert pseudonymizer.restorer().restore("plain text") == "plain text"


def test_without_a_plan_a_second_victim_in_a_later_message_is_victim_2():
    texts = ["Victim Ona Brisk called.", "Victim Ezra Kell called too."]
    found = [[finding(texts[0], "Ona Brisk", SpanType.PERSON, VICTIM)],
             [finding(texts[1], "Ezra Kell", SpanType.PERSON, VICTIM)]]
    assert redact_all(texts, found, planned=False)[0] == ["The victim called.",
                                                           "Victim 2 called too."]
    assert redact_all(texts, found)[0] == ["Victim 1 called.", "Victim 2 called too."]


def test_nothing_in_clear_in_the_pseudonymizers_repr():
    text = "Victim Ona Brisk called."
    _, pseudonymizer = redact_all([text], [[finding(text, "Ona Brisk", SpanType.PERSON, VICTIM)]])
    assert "Brisk" not in repr(pseudonymizer) and "Brisk" not in repr(pseudonymizer.restorer())
    assert "Brisk" not in repr(pseudonymizer._people)


def test_a_bare_part_of_a_redacted_name_the_inspection_missed_is_replaced_too():
    text = ("Suspect WHITLOCK, TOBIAS R. hit victim Nora Pell. Later Whitlock returned; Nora hid. "
            "A whitlock is a tool. Whitlock's car, Whitlock-Smith and Nora'd stay.")
    found = [finding(text, "WHITLOCK, TOBIAS R.", SpanType.PERSON, SUSPECT),
             finding(text, "Nora Pell", SpanType.PERSON, VICTIM)]
    (sent,), _ = redact_all([text], [found])
    assert sent == ("Suspect 1 hit the victim. Later Suspect 1 returned; the victim hid. "
                    "A whitlock is a tool. Suspect 1's car, Whitlock-Smith and Nora'd stay.")


def test_a_message_without_findings_still_loses_the_names_redacted_elsewhere():
    texts = ["Victim Nora Pell called.", "What did Pell say?"]
    found = [[finding(texts[0], "Nora Pell", SpanType.PERSON, VICTIM)], []]
    sent, _ = redact_all(texts, found)
    assert sent == ["The victim called.", "What did the victim say?"]


def test_a_shared_name_part_gets_a_placeholder_of_its_own():
    text = "Victim Nora Pell and suspect Ivo Pell. Pell left; Ivo stayed. PELL again."
    found = [finding(text, "Nora Pell", SpanType.PERSON, VICTIM), finding(text, "Ivo Pell", SpanType.PERSON, SUSPECT)]
    (sent,), pseudonymizer = redact_all([text], [found])
    assert sent == "The victim and Suspect 1. Person 1 left; Suspect 1 stayed. Person 1 again."
    assert pseudonymizer.mapping["Person 1"] == "Pell"


def test_titles_in_a_name_span_are_not_names():
    text = "Officer Gale Wren met Det. Ivo Pell; Officer 1 is hypothetical; Wren left."
    found = [finding(text, "Officer Gale Wren", SpanType.PERSON, OFFICER),
             finding(text, "Det. Ivo Pell", SpanType.PERSON, OFFICER)]
    (sent,), _ = redact_all([text], [found])
    assert sent == "Officer 2 met Officer 3; Officer 1 is hypothetical; Officer 2 left."
