# The database fixtures live in the tests.conftest_pg plugin; import them here until
# tests/conftest.py registers that plugin for the whole suite.
from tests.conftest_pg import *  # noqa: F401,F403
