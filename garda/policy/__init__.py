"""SOP 682 as code: the policy pack, the decision, placeholders and the answer check.

    pack.py          the versioned YAML rules, checked whole at load (load_pack)
    decision.py      allow / redact / block with a reason per rule (decide)
    placeholders.py  "the victim", "Suspect 1", "[DOB-1]" for one request (Pseudonymizer)
    restore.py       the original words back in the answer, also while streaming (Restorer)
    output.py        personal data the prompt never had is withheld; bias language flagged
"""
