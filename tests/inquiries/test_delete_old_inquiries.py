"""Inquiries go after the retention period the privacy page states: `delete_old_inquiries`."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from inquiries.models import Inquiry

pytestmark = pytest.mark.django_db


def received(alliance, days_ago, name):
    inquiry = Inquiry.objects.create(
        alliance=alliance, name=name, email="a@example.org", message="-"
    )
    Inquiry.objects.filter(pk=inquiry.pk).update(
        received_at=timezone.now() - datetime.timedelta(days=days_ago)
    )


def test_delete_old_inquiries_removes_only_those_past_the_retention_period(kassel, settings):
    settings.INQUIRY_RETENTION_DAYS = 30
    received(kassel, 31, "Zu alt")
    received(kassel, 29, "Noch da")
    received(kassel, 0, "Heute")
    output = io.StringIO()

    call_command("delete_old_inquiries", stdout=output)

    assert sorted(Inquiry.objects.values_list("name", flat=True)) == ["Heute", "Noch da"]
    assert output.getvalue() == "1 Anfrage(n) gelöscht, älter als 30 Tage.\n"


def test_delete_old_inquiries_whatever_their_state(kassel):
    received(kassel, 400, "Neu")
    received(kassel, 400, "Erledigt")
    Inquiry.objects.filter(name="Erledigt").update(status="done")

    call_command("delete_old_inquiries", stdout=io.StringIO())

    assert Inquiry.objects.count() == 0
