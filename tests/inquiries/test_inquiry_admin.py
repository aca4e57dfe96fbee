"""Inquiries in the admin ("Anfragen"): a coordination reads its own, marks them, adds none."""

import pytest
from django.urls import reverse

from inquiries.models import Inquiry
from tests.factories import coordinator_of


@pytest.fixture
def kassel_client(client, kassel):
    client.force_login(coordinator_of(kassel))
    return client


def make_inquiry(alliance, **kwargs):
    defaults = {"name": "Erika Mustermann", "email": "erika@example.org", "message": "Hallo!"}
    return Inquiry.objects.create(alliance=alliance, **(defaults | kwargs))


def test_coordinator_reads_the_inquiry_but_cannot_change_what_was_sent(kassel_client, kassel):
    inquiry = make_inquiry(kassel, organisation="Elternverein", phone="0561 1")

    response = kassel_client.get(reverse("admin:inquiries_inquiry_change", args=[inquiry.pk]))

    form = response.context["adminform"].form
    assert sorted(form.fields) == ["_version", "note", "status"]
    assert '<a href="mailto:erika@example.org">erika@example.org</a>' in response.text
    assert "Elternverein" in response.text


def test_coordinator_marks_an_inquiry_answered_with_a_note(kassel_client, kassel):
    inquiry = make_inquiry(kassel)
    change = reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])
    version = kassel_client.get(change).context["adminform"].form.initial["_version"]

    response = kassel_client.post(
        change, {"status": "answered", "note": "Rückruf am Montag", "_version": version}
    )

    inquiry.refresh_from_db()
    assert response.status_code == 302
    assert (inquiry.status, inquiry.note, inquiry.name) == (
        "answered",
        "Rückruf am Montag",
        "Erika Mustermann",
    )


def test_nobody_adds_inquiries_in_the_admin(kassel_client, super_client):
    add = reverse("admin:inquiries_inquiry_add")

    assert (kassel_client.get(add).status_code, super_client.get(add).status_code) == (403, 403)


@pytest.mark.parametrize(
    ("action", "status"), [("mark_answered", "answered"), ("mark_done", "done")]
)
def test_bulk_marking_changes_only_own_inquiries(
    kassel_client, kassel, herzogenrath, action, status
):
    own, foreign = make_inquiry(kassel), make_inquiry(herzogenrath)

    kassel_client.post(
        reverse("admin:inquiries_inquiry_changelist"),
        {"action": action, "_selected_action": [own.pk, foreign.pk]},
    )

    assert dict(Inquiry.objects.values_list("pk", "status")) == {own.pk: status, foreign.pk: "new"}


def test_open_inquiries_are_those_not_done(kassel):
    make_inquiry(kassel, name="Neu")
    make_inquiry(kassel, name="Beantwortet", status="answered")
    make_inquiry(kassel, name="Erledigt", status="done")

    assert sorted(Inquiry.objects.open().values_list("name", flat=True)) == [
        "Beantwortet",
        "Neu",
    ]
