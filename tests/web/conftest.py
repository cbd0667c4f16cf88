import pytest

from garda.settings import Settings
from tests.web.support import build_app


@pytest.fixture
def app(tmp_path):
    app = build_app(Settings(home=tmp_path / "garda-home"))
    yield app
    app.state.db.dispose()
