"""Run as a separate process by test_migrations: upgrade the database given on the command line."""

import sys

from garda.store.database import Database

if __name__ == "__main__":
    db = Database(sys.argv[1])
    db.upgrade()
    db.dispose()
