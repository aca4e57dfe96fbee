"""Two people edit the same object: the later save is refused and loses nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories import change_form_data, coordinator_of


@pytest.fixture
def second_client(kassel):
    from django.test import Client

    colleague = coordinator_of(kassel, username="kollegin-kassel")
    get_user_model().objects.filter(pk=colleague.pk).update(
        first_name="Annekathrin", last_name="Schneider"
    )
    client = Client()
    client.force_login(colleague)
    return client


def test_concurrent_edit_second_save_is_refused_and_keeps_its_input(
    kassel_client, second_client, project
):
    change_url = reverse("admin:projects_project_change", args=[project.pk])
    first_form = change_form_data(kassel_client.get(change_url))
    second_form = change_form_data(second_client.get(change_url))

    first = kassel_client.post(
        change_url, {**first_form, "teaser": "Der Familienkalender 2027 ist da."}
    )
    second = second_client.post(
        change_url, {**second_form, "teaser": "Bitte bis Juni Termine melden."}
    )

    assert first.status_code == 302
    assert second.status_code == 200
    project.refresh_from_db()
    assert project.teaser == "Der Familienkalender 2027 ist da."
    form = second.context["adminform"].form
    assert form["teaser"].value() == "Bitte bis Juni Termine melden."
    message = form.non_field_errors()[0]
    assert message.startswith("Nicht gespeichert: koordination-kassel am ")
    assert "Ihre Eingaben stehen unverändert im Formular" in message
    assert "Bitte bis Juni Termine melden." in second.text


def test_concurrent_edit_names_the_other_person_by_full_name(kassel_client, second_client, project):
    change_url = reverse("admin:projects_project_change", args=[project.pk])
    mine = change_form_data(kassel_client.get(change_url))
    theirs = change_form_data(second_client.get(change_url))
    second_client.post(change_url, {**theirs, "teaser": "Neu von der Kollegin."})

    response = kassel_client.post(change_url, {**mine, "teaser": "Meins."})

    assert (
        response.context["adminform"]
        .form.non_field_errors()[0]
        .startswith("Nicht gespeichert: Annekathrin Schneider am ")
    )


def test_concurrent_edit_saving_again_after_review_goes_through(
    kassel_client, second_client, project
):
    change_url = reverse("admin:projects_project_change", args=[project.pk])
    mine = change_form_data(kassel_client.get(change_url))
    theirs = change_form_data(second_client.get(change_url))
    second_client.post(change_url, {**theirs, "teaser": "Neu von der Kollegin."})
    refused = kassel_client.post(change_url, {**mine, "teaser": "Meins, nach Prüfung."})

    again = kassel_client.post(change_url, change_form_data(refused))

    assert again.status_code == 302
    project.refresh_from_db()
    assert project.teaser == "Meins, nach Prüfung."


def test_concurrent_edit_of_an_inline_row_is_noticed_on_the_parent(kassel_client, kassel, project):
    change_url = reverse("admin:buendnisse_alliance_change", args=[kassel.pk]) + "?teil=geschichte"
    stale = kassel_client.get(change_url).context["adminform"].form.initial["_version"]
    kassel.milestones.create(date="2004-01-01", title="Gründung")

    fresh = kassel_client.get(change_url).context["adminform"].form.initial["_version"]

    assert stale != fresh


def test_unchanged_single_editor_saves_normally(kassel_client, project):
    change_url = reverse("admin:projects_project_change", args=[project.pk])
    data = change_form_data(kassel_client.get(change_url))

    response = kassel_client.post(change_url, {**data, "title": "Familienkalender 2027"})

    assert response.status_code == 302
    project.refresh_from_db()
    assert project.title == "Familienkalender 2027"
