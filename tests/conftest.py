import os
from contextlib import contextmanager

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import transaction
from django.test import Client, override_settings

from places.loading import ensure_places_loaded
from projects.models import Project
from tests.factories import make_alliance, populate, populate_news


@pytest.fixture
def page_cache(settings):
    """The page cache on (tests/settings.py turns it off), empty before and after."""
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads go to a temporary folder, never into the project."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(scope="session")
def module_transaction(django_db_setup, django_db_blocker, tmp_path_factory):
    """Data that every test of a module reads, made once: `with module_transaction() as media:`
    in a module-scoped fixture. Rolled back after the module; each test's own transaction nests
    inside, so what one test changes, the next does not see."""

    @contextmanager
    def open_transaction():
        media = tmp_path_factory.mktemp("media")
        with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
            with transaction.atomic():
                yield media
                transaction.set_rollback(True)

    return open_transaction


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Migration places/0002 loads Germany's places; a test that empties every table (the
    browser tests) leaves a reused test database without them, so they are loaded again."""
    with django_db_blocker.unblock():
        ensure_places_loaded()


@pytest.fixture
def kassel(db):
    """A published alliance with nothing in it yet."""
    return make_alliance("kassel", name="Kasseler Bündnis für Familie")


@pytest.fixture
def project(kassel):
    """A published project of Kassel's, with a rich-text description."""
    return Project.objects.create(
        alliance=kassel,
        title="Familienkalender",
        slug="familienkalender",
        teaser="Erscheint jährlich im Herbst.",
        body="<p>Der Kalender sammelt <strong>alle</strong> Termine.</p>",
        status=Project.Status.RECURRING,
    )


@pytest.fixture
def herzogenrath(db):
    # Unpublished, so nothing of it is public and nothing of it may be picked.
    return make_alliance("herzogenrath", name="Bündnis Herzogenrath", is_published=False)


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("netzwerk", "netzwerk@example.org", "x")


@pytest.fixture
def super_client(superuser):
    """A network editor's client of its own, so a test can use it beside another client."""
    client = Client()
    client.force_login(superuser)
    return client


@pytest.fixture(params=[1, 6], ids=["small", "large"])
def sized_alliance(request, db):
    """A published alliance with one, then six, of everything: query counts must not change."""
    return populate(make_alliance("kassel"), request.param)


@pytest.fixture
def sized_news(sized_alliance):
    """sized_alliance with one, then six, news items, dates and months of distinction each."""
    return populate_news(sized_alliance, sized_alliance.projects.count())


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
