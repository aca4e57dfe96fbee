"""Login throttling that an attacker cannot turn against a coordinator.

Failures lock a login name for the address they come from; only many failures from many
addresses lock the login name itself (core.login_throttle).
"""

import logging

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from core.admin.permissions import make_coordinator

ATTACKER = "203.0.113.7"
COORDINATOR = "198.51.100.20"


@pytest.fixture
def coordinator(db):
    user = get_user_model().objects.create_user("koordination-kassel", password="richtig")
    make_coordinator(user)
    return user


def login(client, password, address, **headers):
    return client.post(
        reverse("admin:login"),
        {"username": "koordination-kassel", "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        headers=headers,
    )


def fail_from(client, addresses, times):
    for address in addresses:
        for _attempt in range(times):
            login(client, "falsch", address)


def test_login_lockout_locks_the_attacker_out_not_the_coordinator(client, settings, coordinator):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, "falsch", ATTACKER).status_code == 200
    locked = login(client, "falsch", ATTACKER)
    attacker_with_right_password = login(client, "richtig", ATTACKER)

    coordinator_logs_in = login(client, "richtig", COORDINATOR)

    assert locked.status_code == 429
    assert "Anmeldung vorübergehend gesperrt" in locked.text
    assert "für 15 Minuten gesperrt" in locked.text
    assert attacker_with_right_password.status_code == 429
    assert coordinator_logs_in.status_code == 302
    assert client.session["_auth_user_id"] == str(coordinator.pk)


def test_login_lockout_failures_during_a_lockout_do_not_add_up(client, settings, coordinator):
    fail_from(client, [ATTACKER], settings.LOGIN_FAILURE_LIMIT_PER_LOGIN * 2)

    response = login(client, "richtig", COORDINATOR)

    assert response.status_code == 302


@pytest.mark.parametrize(("extra", "status"), [(-1, 302), (0, 429)], ids=["below", "at"])
def test_login_lockout_failures_from_many_addresses_lock_the_login(
    client, settings, coordinator, extra, status
):
    per_address = settings.AXES_FAILURE_LIMIT
    address_count = settings.LOGIN_FAILURE_LIMIT_PER_LOGIN // per_address
    # All but the last address fail up to their own limit; the last one brings the total
    # to one below the limit for the login, or to the limit.
    fail_from(client, [f"192.0.2.{i}" for i in range(1, address_count)], per_address)
    fail_from(client, ["192.0.2.200"], per_address + extra)

    response = login(client, "richtig", COORDINATOR)

    assert response.status_code == status
    if status == 429:
        assert "Anmeldung vorübergehend gesperrt" in response.text


def test_login_lockout_ignores_forwarded_for_without_a_trusted_proxy(client, settings, coordinator):
    settings.TRUSTED_PROXY_COUNT = 0
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, "falsch", ATTACKER, x_forwarded_for=f"10.0.0.{attempt}")

    response = login(client, "richtig", ATTACKER, x_forwarded_for=COORDINATOR)

    assert response.status_code == 429


def test_login_lockout_behind_a_proxy_uses_the_address_it_forwards(client, settings, coordinator):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "127.0.0.1"
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        # The attacker's own X-Forwarded-For comes first; the proxy appends what it saw.
        login(client, "falsch", proxy, x_forwarded_for=f"{COORDINATOR}, {ATTACKER}")

    attacker = login(client, "richtig", proxy, x_forwarded_for=ATTACKER)
    coordinator_logs_in = login(client, "richtig", proxy, x_forwarded_for=COORDINATOR)

    assert attacker.status_code == 429
    assert coordinator_logs_in.status_code == 302


def test_login_lockout_log_names_the_attacked_login(client, settings, coordinator, caplog):
    with caplog.at_level(logging.WARNING, logger="axes"):
        fail_from(client, [ATTACKER], settings.AXES_FAILURE_LIMIT)

    lockouts = [r.getMessage() for r in caplog.records if "Locking out" in r.getMessage()]
    assert len(lockouts) == 1
    assert 'username: "koordination-kassel"' in lockouts[0]
    assert "richtig" not in lockouts[0]


def test_login_lockout_attempts_show_the_login_to_network_editors(client, settings, coordinator):
    fail_from(client, [ATTACKER], settings.AXES_FAILURE_LIMIT)
    client.force_login(get_user_model().objects.create_superuser("admin", password="x"))

    response = client.get(reverse("admin:axes_accessattempt_changelist"))

    assert response.status_code == 200
    assert '<td class="field-username">koordination-kassel</td>' in response.text
    assert f'<td class="field-ip_address">{ATTACKER}</td>' in response.text


@pytest.mark.parametrize("name", ["axes_accessattempt", "axes_accesslog", "axes_accessfailurelog"])
def test_login_lockout_records_are_hidden_from_coordinators(client, coordinator, name):
    client.force_login(coordinator)

    response = client.get(reverse(f"admin:{name}_changelist"))

    assert response.status_code == 403
