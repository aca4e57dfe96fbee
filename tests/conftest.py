import os

import pytest


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads go to a temporary folder, never into the project."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(params=[1, 6], ids=["small", "large"])
def sized_alliance(request, db):
    """A published alliance with one, then six, of everything: query counts must not change."""
    from tests.factories import make_alliance, populate

    return populate(make_alliance("kassel"), request.param)


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    """In CI every tool is installed, so a skipped test means something is missing: fail."""
    if not os.environ.get("CI"):
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped:
        reporter.write_line(
            f"CI: {len(skipped)} Test(s) übersprungen – in CI ein Fehler.", red=True
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
