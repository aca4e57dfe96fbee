import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse


@pytest.fixture
def coordinator(db):
    return get_user_model().objects.create_user(
        "koordination-kassel", password="richtig", is_staff=True
    )


def login(client, password):
    return client.post(
        reverse("admin:login"),
        {"username": "koordination-kassel", "password": password, "next": "/admin/"},
    )


def test_login_locks_out_after_repeated_failures(client, settings, coordinator):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, "falsch").status_code == 200

    locked = login(client, "falsch")
    with_right_password = login(client, "richtig")

    assert locked.status_code == 429
    assert "Anmeldung vorübergehend gesperrt" in locked.text
    assert "für 15 Minuten gesperrt" in locked.text
    assert with_right_password.status_code == 429
    assert "_auth_user_id" not in client.session


def test_login_below_the_limit_still_works(client, settings, coordinator):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, "falsch")

    response = login(client, "richtig")

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(coordinator.pk)


def test_login_lockout_is_per_login_not_for_everyone(client, settings, coordinator):
    unna = get_user_model().objects.create_user(
        "koordination-unna", password="auch-richtig", is_staff=True
    )
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, "falsch")

    response = client.post(
        reverse("admin:login"),
        {"username": "koordination-unna", "password": "auch-richtig", "next": "/admin/"},
    )

    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert client.session["_auth_user_id"] == str(unna.pk)
    assert login(Client(), "richtig").status_code == 429  # the other login stays locked
