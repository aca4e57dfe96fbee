import pytest

from tests.factories import coordinator_of


@pytest.fixture
def kassel_coordinator(kassel):
    return coordinator_of(kassel)


@pytest.fixture
def kassel_client(client, kassel_coordinator):
    client.force_login(kassel_coordinator)
    return client
