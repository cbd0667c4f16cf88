"""Ordinary work prompts -- announcements, training, policy questions, translations -- pass clean."""

from __future__ import annotations

import pytest

ORDINARY = [
"""Please help me rewrite the following for a community newsletter. The Milwaukee Police Department will host a Coffee with a Cop event on Saturday, June 6 from 9:00 a.m. to 11:00 a.m. at the District 3 station, 2333 N. 49th St. Residents can ask questions about traffic safety, youth programs and the new Community Engagement Unit. For more information call the District 3 front desk at (414) 935-7232. Chief Jeffrey Norman will attend.""",
"""Summarize SOP 682 for roll call. Key points: members must not put PII into public AI tools; use generic inputs such as "suspect" or "victim"; all AI output is a draft and must be fact checked; AI may not be used to categorize people by race, ethnicity or religion (682.35 C), and surveillance requires legal authority (682.35 D). Training is required before access.""",
"""Draft an email to my sergeant asking for Friday off. I worked overtime Tuesday and Wednesday covering the second shift at District 5. Thanks, Dan""",
"""Explain the difference between reasonable suspicion and probable cause with examples from Terry v. Ohio, 392 U.S. 1 (1968) and Illinois v. Gates, 462 U.S. 213 (1983). Keep it under 300 words for a recruit class.""",
"""Rewrite this paragraph in plain English: On the above date and time, I was working squad 3521 in full uniform in a fully marked squad. At approximately 1430 hours I observed a vehicle traveling eastbound on W. Center St at a high rate of speed. I activated my emergency lights and conducted a traffic stop near N 35th St and W Center St. The driver was cited for speeding (MCO 101-3) and released.""",
"""Create a training quiz with 5 questions about the use of force policy, SOP 460, and the Graham v. Connor standard. Include an answer key.""",
"""What are best practices for de-escalation when a person is in a mental health crisis? List five techniques with short explanations.""",
"""Translate into Spanish: Your vehicle was towed to the city tow lot at 3811 W. Lincoln Ave. Bring your license and registration. The lot is open Monday through Saturday, 7 a.m. to 10 p.m.""",
"""The Fire and Police Commission meeting is on Thursday at 5:30 p.m. in Room 301-B of City Hall, 200 E. Wells St. Agenda items include the 2026 budget ($312 million, up 4.5%) and the Body Worn Camera policy update.""",
"""Great Lakes Crossing, Lake Michigan, Miller Park, Marquette University and the Harley-Davidson Museum are on the tour route. Jackie Robinson Middle School students will join.""",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_prompts_have_no_findings_and_no_uses(inspector, text):
    inspection = inspector.inspect(text)
    assert [(f.span_type.value, f.text) for f in inspection.findings] == []
    assert [(u.kind.value, text[u.start:u.end]) for u in inspection.uses] == []
