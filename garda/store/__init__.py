"""Database engine, sessions and migrations: `Database` (garda.store.database) is the one door for writes."""
