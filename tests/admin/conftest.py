import pytest
from django.contrib.auth import get_user_model

from core.admin.permissions import make_coordinator
from tests.factories import make_alliance


@pytest.fixture
def kassel(db):
    return make_alliance("kassel", name="Kasseler Bündnis für Familie")


@pytest.fixture
def herzogenrath(db):
    # Unpublished, so nothing of it is public and nothing of it may be picked.
    return make_alliance("herzogenrath", name="Bündnis Herzogenrath", is_published=False)


def coordinator_of(*alliances, username=None):
    user = get_user_model().objects.create_user(
        username=username or f"koordination-{alliances[0].slug}", password="x"
    )
    for alliance in alliances:
        alliance.coordinators.add(user)
    make_coordinator(user)
    return user


@pytest.fixture
def kassel_coordinator(kassel):
    return coordinator_of(kassel)


@pytest.fixture
def kassel_client(client, kassel_coordinator):
    client.force_login(kassel_coordinator)
    return client


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("netzwerk", "netzwerk@example.org", "x")


@pytest.fixture
def super_client(superuser):
    """A client of its own, so a test can use it beside a coordinator's."""
    from django.test import Client

    client = Client()
    client.force_login(superuser)
    return client
