"""Every input of the admin's forms has a name a screen reader says, made on the server: the
date and the time of a moment, and inputs in a table's columns (core.forms, core.admin.labels).
Widgets that scripts build are named in the browser (tests/browser/test_admin_accessibility.py)."""

import re

from django.urls import reverse

from buendnisse.models import FieldOfAction
from partners.models import Membership, Partner


def tags(html, name, attribute, value):
    """The `name` tags whose `attribute` is `value`, as written."""
    return re.findall(rf'<{name}\b[^>]*\b{attribute}="{re.escape(value)}"[^>]*>', html)


def aria_labels(html, *ids):
    """The aria-label of the tag with each id."""
    return [re.search(r'aria-label="([^"]*)"', tags(html, "input", "id", id_)[0])[1] for id_ in ids]


def test_input_names_date_and_time_have_labels_grouped_under_the_fields_label(kassel_client):
    response = kassel_client.get(reverse("admin:news_event_add"))
    html = response.text

    assert tags(html, "label", "id", "id_starts_at_label") == [
        '<label id="id_starts_at_label" class="required">'
    ]
    assert tags(html, "p", "aria-labelledby", "id_starts_at_label") == [
        '<p class="datetime" role="group" aria-labelledby="id_starts_at_label">'
    ]
    assert '<label for="id_starts_at_0">Datum:</label>' in html
    assert '<label for="id_starts_at_1">Zeit:</label>' in html


def test_input_names_a_label_for_one_input_gets_no_id(kassel_client):
    response = kassel_client.get(reverse("admin:news_event_add"))

    assert tags(response.text, "label", "for", "id_title") == [
        '<label class="required" for="id_title">'
    ]


def test_input_names_inline_table_inputs_say_their_column_and_row(kassel_client, kassel):
    partner = Partner.objects.create(name="IHK Kassel-Marburg", slug="ihk")
    Membership.objects.create(alliance=kassel, partner=partner, since=2004)

    url = reverse("admin:buendnisse_alliance_change", args=[kassel.pk])
    html = kassel_client.get(f"{url}?teil=partner").text

    assert aria_labels(
        html, "id_memberships-0-since", "id_memberships-0-DELETE", "id_memberships-__prefix__-since"
    ) == [
        "Mitglied seit (Jahr), Zeile 1",
        "Löschen, Zeile 1",
        "Mitglied seit (Jahr)",  # the row that "hinzufügen" copies: no number yet
    ]


def test_input_names_editable_list_inputs_say_their_column_and_row(super_client):
    FieldOfAction.objects.create(name="Familie und Beruf", slug="familie-und-beruf", order=1)

    response = super_client.get(reverse("admin:buendnisse_fieldofaction_changelist"))

    assert aria_labels(response.text, "id_form-0-order") == ["Reihenfolge, Zeile 1"]
