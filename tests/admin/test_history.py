"""Earlier versions in the admin: listed, compared in German, restored, kept to their alliance."""

import datetime

import pytest
import reversion
import reversion.revisions
from django.contrib.admin.models import LogEntry
from django.core.files.base import ContentFile
from django.db import DatabaseError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from buendnisse.models import Alliance, AllianceHost, Document, FieldOfAction, Image, Milestone
from inquiries.models import Inquiry
from projects.models import Project
from tests.factories import MINIMAL_PDF, change_form_data, coordinator_of, make_image


def url(name, *args):
    return reverse(f"admin:{name}", args=args)


def edit(client, obj_url, **changes):
    data = change_form_data(client.get(obj_url))
    response = client.post(obj_url, {**data, **changes})
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def versions_of(obj):
    return list(Version.objects.get_for_object(obj).select_related("revision"))


def test_each_admin_save_stores_a_version_with_who_and_what(
    kassel_client, kassel_coordinator, project
):
    edit(kassel_client, url("projects_project_change", project.pk), teaser="Jetzt im Frühjahr.")

    [version] = versions_of(project)
    assert version.revision.user == kassel_coordinator
    assert version.revision.get_comment() == "Kurztext geändert."
    assert version.field_dict["teaser"] == "Jetzt im Frühjahr."


def test_history_lists_versions_newest_first_with_links(kassel_client, project):
    change_url = url("projects_project_change", project.pk)
    edit(kassel_client, change_url, teaser="Erste Änderung.")
    edit(kassel_client, change_url, teaser="Zweite Änderung.")

    response = kassel_client.get(url("projects_project_history", project.pk))

    newest, oldest = versions_of(project)
    assert [entry["version"] for entry in response.context["versions"]] == [newest, oldest]
    assert url("projects_project_version", project.pk, oldest.pk) in response.text
    assert "Ansehen und vergleichen" in response.text
    assert "2 Versionen" in response.text


def test_version_page_compares_field_by_field_in_german_and_rich_text_as_text(
    kassel_client, project
):
    change_url = url("projects_project_change", project.pk)
    edit(kassel_client, change_url)  # the first version: as created
    edit(
        kassel_client,
        change_url,
        teaser="Erscheint jährlich im Frühjahr.",
        body="<p>Der Kalender sammelt alle Termine der Stadt.</p>",
    )
    first = versions_of(project)[-1]

    response = kassel_client.get(url("projects_project_version", project.pk, first.pk))

    changes = {change["label"]: change for change in response.context["differences"]["fields"]}
    assert sorted(changes) == ["Beschreibung", "Kurztext"]
    assert changes["Kurztext"]["old"] == "Erscheint jährlich im Herbst."
    assert changes["Beschreibung"]["old"] == "Der Kalender sammelt alle Termine."
    assert changes["Beschreibung"]["new"] == "Der Kalender sammelt alle Termine der Stadt."
    assert str(changes["Beschreibung"]["diff"]) == (
        "Der Kalender sammelt alle <del>Termine.</del> <ins>Termine der Stadt.</ins>"
    )
    assert "<del>Herbst.</del> <ins>Frühjahr.</ins>" in response.text
    assert not any("&lt;" in str(change["diff"]) for change in changes.values())
    assert "Diese Version wiederherstellen" in response.text


def test_restore_brings_the_version_back_and_is_recorded(
    kassel_client, kassel_coordinator, project
):
    change_url = url("projects_project_change", project.pk)
    edit(kassel_client, change_url)
    edit(kassel_client, change_url, teaser="Ganz anders.")
    first = versions_of(project)[-1]
    version_url = url("projects_project_version", project.pk, first.pk)

    confirm = kassel_client.get(version_url, {"bestaetigen": "1"})
    response = kassel_client.post(version_url, follow=True)

    project.refresh_from_db()
    assert project.teaser == "Erscheint jährlich im Herbst."
    assert response.redirect_chain == [(url("projects_project_history", project.pk), 302)]
    expected = "Version vom {} wiederhergestellt".format(
        timezone.localtime(first.revision.date_created).strftime("%d.%m.%Y, %H:%M")
    )
    newest = versions_of(project)[0]
    assert (newest.revision.comment, newest.revision.user) == (expected, kassel_coordinator)
    assert newest.field_dict["teaser"] == "Erscheint jährlich im Herbst."
    assert "Ja, diese Version wiederherstellen" in confirm.text
    assert expected in response.text  # the message and the history
    assert LogEntry.objects.filter(object_id=str(project.pk), change_message=expected).exists()


def test_restore_keeps_a_state_that_is_no_version_yet(kassel_client, project):
    change_url = url("projects_project_change", project.pk)
    edit(kassel_client, change_url)
    first = versions_of(project)[0]
    # Changed outside the admin's change form (or by someone else since the version page
    # was opened): the current state is kept as a version before the restore.
    Project.objects.filter(pk=project.pk).update(teaser="Von nebenan geändert.")

    kassel_client.post(url("projects_project_version", project.pk, first.pk))

    restored, kept, _first = versions_of(project)
    assert kept.revision.comment == "Stand vor der Wiederherstellung"
    assert kept.field_dict["teaser"] == "Von nebenan geändert."
    kassel_client.post(url("projects_project_version", project.pk, kept.pk))
    project.refresh_from_db()
    assert project.teaser == "Von nebenan geändert."


def test_restoring_an_alliance_restores_its_rows_but_not_what_only_network_editors_set(
    kassel_client, kassel, superuser
):
    milestone = Milestone.objects.create(
        alliance=kassel, date=datetime.date(2004, 5, 1), title="Gründung"
    )
    AllianceHost.objects.create(alliance=kassel, name="familie-kassel.de")
    change_url = url("buendnisse_alliance_change", kassel.pk) + "?teil=startseite"
    edit(kassel_client, change_url, introduction="<p>Alter Text.</p>")
    version = versions_of(kassel)[0]
    assert {v.object_repr for v in version.revision.version_set.all()} >= {str(milestone)}

    # Since: the text changed, the milestone was renamed, one added, a host added and a
    # coordinator set by a network editor.
    edit(kassel_client, change_url, introduction="<p>Neuer Text.</p>")
    Milestone.objects.filter(pk=milestone.pk).update(title="Gründungsfeier")
    Milestone.objects.create(alliance=kassel, date=datetime.date(2010, 1, 1), title="Preis")
    AllianceHost.objects.create(alliance=kassel, name="www.familie-kassel.de")
    kassel.coordinators.add(superuser)

    page = kassel_client.get(url("buendnisse_alliance_version", kassel.pk, version.pk))
    kassel_client.post(url("buendnisse_alliance_version", kassel.pk, version.pk))

    kassel.refresh_from_db()
    assert kassel.introduction == "<p>Alter Text.</p>"
    assert list(kassel.milestones.values_list("title", flat=True)) == ["Gründung"]
    assert set(kassel.hosts.values_list("name", flat=True)) == {
        "familie-kassel.de",
        "www.familie-kassel.de",
    }
    assert superuser in kassel.coordinators.all()
    inlines = {inline["label"]: inline["rows"] for inline in page.context["differences"]["inlines"]}
    assert [row["state"] for row in inlines["Geschichte (Meilensteine)"]] == [
        "geändert",
        "seitdem hinzugekommen",
    ]
    assert "familie-kassel.de" not in page.text  # hosts are the network editors' business


def test_restore_leaves_the_alliance_of_an_object_alone(kassel_client, kassel, project):
    edit(kassel_client, url("projects_project_change", project.pk))
    version = versions_of(project)[0]
    other = Alliance.objects.create(name="Bündnis Anderswo", slug="anderswo")
    coordinator_of(other)
    # A network editor moves it to another alliance the coordinator also coordinates.
    other.coordinators.add(kassel.coordinators.get())
    Project.objects.filter(pk=project.pk).update(alliance=other, teaser="Umgezogen.")

    kassel_client.post(url("projects_project_version", project.pk, version.pk))

    project.refresh_from_db()
    assert (project.alliance, project.teaser) == (other, "Erscheint jährlich im Herbst.")


def test_versions_from_before_a_move_to_another_alliance_stay_hidden(
    kassel, herzogenrath, project, super_client
):
    edit(super_client, url("projects_project_change", project.pk), teaser="In Kassel.")
    old = versions_of(project)[0]
    edit(super_client, url("projects_project_change", project.pk), alliance=herzogenrath.pk)
    client = Client()
    client.force_login(coordinator_of(herzogenrath))

    history = client.get(url("projects_project_history", project.pk))

    assert [
        entry["version"].field_dict["alliance_id"] for entry in history.context["versions"]
    ] == [herzogenrath.pk]
    assert client.get(url("projects_project_version", project.pk, old.pk)).status_code == 404


def test_other_alliances_versions_are_404_by_object_and_by_version_id(
    kassel_client, kassel, herzogenrath, project
):
    theirs = Project.objects.create(
        alliance=herzogenrath, title="Fremd", slug="fremd", teaser="Nur Herzogenrath."
    )
    with reversion.create_revision():
        reversion.add_to_revision(theirs)
    with reversion.create_revision():
        reversion.add_to_revision(project)
    their_version = versions_of(theirs)[0]
    own_version = versions_of(project)[0]

    assert (
        kassel_client.get(url("projects_project_version", theirs.pk, their_version.pk)).status_code
        == 404
    )
    assert (
        kassel_client.get(url("projects_project_version", project.pk, their_version.pk)).status_code
        == 404
    )
    assert (
        kassel_client.get(url("projects_project_version", theirs.pk, own_version.pk)).status_code
        == 404
    )
    Project.objects.filter(pk=theirs.pk).update(teaser="Geändert.")
    assert (
        kassel_client.post(url("projects_project_version", theirs.pk, their_version.pk)).status_code
        == 404
    )
    theirs.refresh_from_db()
    assert theirs.teaser == "Geändert."
    assert len(versions_of(theirs)) == 1


def test_there_is_no_list_of_deleted_objects_to_recover(kassel_client, super_client):
    for client in (kassel_client, super_client):
        response = client.get("/admin/projects/project/recover/", follow=True)
        assert "existiert nicht" in response.text


def test_viewers_see_versions_but_cannot_restore(kassel_client, super_client):
    field = FieldOfAction.objects.create(name="Zeit für Familie", slug="zeit")
    edit(super_client, url("buendnisse_fieldofaction_change", field.pk), name="Zeit mit Familie")
    edit(super_client, url("buendnisse_fieldofaction_change", field.pk), name="Familienzeit")
    old = versions_of(field)[-1]
    version_url = url("buendnisse_fieldofaction_version", field.pk, old.pk)

    page = kassel_client.get(version_url)

    assert page.status_code == 200
    assert "Diese Version wiederherstellen" not in page.text
    assert kassel_client.post(version_url).status_code == 403
    field.refresh_from_db()
    assert field.name == "Familienzeit"


def test_a_refused_save_stores_no_version(kassel_client, project):
    change_url = url("projects_project_change", project.pk)
    data = change_form_data(kassel_client.get(change_url))

    response = kassel_client.post(change_url, {**data, "title": ""})

    assert response.status_code == 200
    assert versions_of(project) == []


def test_the_version_is_stored_in_the_saves_transaction(kassel_client, project, monkeypatch):
    change_url = url("projects_project_change", project.pk)
    data = change_form_data(kassel_client.get(change_url))

    def fail(*args, **kwargs):
        raise DatabaseError("Die Version ließ sich nicht speichern.")

    monkeypatch.setattr(reversion.revisions, "_save_revision", fail)
    with pytest.raises(DatabaseError):
        kassel_client.post(change_url, {**data, "teaser": "Ohne Version gespeichert?"})

    project.refresh_from_db()
    assert project.teaser == "Erscheint jährlich im Herbst."


def test_changes_in_an_editable_list_are_versions_too(super_client):
    field = FieldOfAction.objects.create(name="Zeit für Familie", slug="zeit", order=1)

    super_client.post(
        url("buendnisse_fieldofaction_changelist"),
        {
            "form-TOTAL_FORMS": 1,
            "form-INITIAL_FORMS": 1,
            "form-0-id": field.pk,
            "form-0-order": 7,
            "_save": "Sichern",
        },
    )

    [version] = versions_of(field)
    assert (version.field_dict["order"], version.revision.get_comment()) == (
        7,
        "Reihenfolge geändert.",
    )


def test_a_version_pointing_to_what_the_coordinator_may_no_longer_pick_is_refused(
    kassel_client, kassel, herzogenrath, project
):
    picture = make_image(kassel, title="Kalenderbild")
    Project.objects.filter(pk=project.pk).update(image=picture)
    edit(kassel_client, url("projects_project_change", project.pk))
    version = versions_of(project)[0]
    edit(kassel_client, url("projects_project_change", project.pk), image="", teaser="Ohne Bild.")
    Image.objects.filter(pk=picture.pk).update(alliance=herzogenrath)  # by a network editor

    response = kassel_client.post(
        url("projects_project_version", project.pk, version.pk), follow=True
    )

    project.refresh_from_db()
    assert (project.image, project.teaser) == (None, "Ohne Bild.")
    assert [str(m) for m in response.context["messages"]][-1] == (
        "Die Version lässt sich nicht wiederherstellen: „Bild“ verweist auf etwas, das Sie "
        "nicht mehr auswählen können."
    )


def test_documents_and_their_files_stay_when_an_alliance_is_restored(kassel_client, kassel):
    edit(kassel_client, url("buendnisse_alliance_change", kassel.pk))
    version = versions_of(kassel)[0]
    document = Document.objects.create(
        alliance=kassel, title="Flyer", file=ContentFile(MINIMAL_PDF, name="flyer.pdf")
    )
    Alliance.objects.filter(pk=kassel.pk).update(motto="Neu")

    kassel_client.post(url("buendnisse_alliance_version", kassel.pk, version.pk))

    kassel.refresh_from_db()
    assert kassel.motto != "Neu"
    assert list(kassel.documents.all()) == [document]
    assert document.file.storage.exists(document.file.name)


def test_an_unreadable_version_is_left_out_or_explained_in_german(
    kassel_client, super_client, project
):
    edit(kassel_client, url("projects_project_change", project.pk))
    Version.objects.get_for_object(project).update(serialized_data="[kein JSON")
    version = versions_of(project)[0]

    history = kassel_client.get(url("projects_project_history", project.pk))
    page = super_client.get(url("projects_project_version", project.pk, version.pk), follow=True)

    assert history.context["versions"] == []
    assert [str(m) for m in page.context["messages"]] == [
        "Diese Version lässt sich nicht mehr lesen; sie stammt aus einer älteren Fassung des "
        "Portals."
    ]


def test_what_visitors_sent_is_never_copied_into_versions(kassel_client, kassel):
    inquiry = Inquiry.objects.create(
        alliance=kassel, name="Erika Mustermann", email="erika@example.org", message="Hallo"
    )
    change_url = url("inquiries_inquiry_change", inquiry.pk)

    edit(kassel_client, change_url, status="answered", note="Angerufen.")
    history = kassel_client.get(url("inquiries_inquiry_history", inquiry.pk))

    assert not reversion.is_registered(Inquiry)
    assert not Version.objects.filter(object_repr__contains="Erika").exists()
    assert [entry.get_change_message() for entry in history.context["action_list"]] == [
        "Stand und Interne Notiz geändert."
    ]
    assert kassel_client.get(url("inquiries_inquiry_version", inquiry.pk, 1)).status_code == 404
