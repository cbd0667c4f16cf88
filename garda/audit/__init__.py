"""The append-only, hash-chained audit log (garda.audit.log), its encrypted content and its CLI."""
