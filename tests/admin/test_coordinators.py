import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from core.admin.permissions import COORDINATOR_GROUP
from projects.models import Project
from tests.factories import coordinator_of, make_alliance


def test_coordinator_group_exists_after_migrate_with_its_permissions(db):
    group = Group.objects.get(name=COORDINATOR_GROUP)

    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"change_alliance", "add_project", "view_fieldofaction"} <= codenames
    assert {"add_alliance", "delete_alliance", "change_fieldofaction", "delete_partner"}.isdisjoint(
        codenames
    )
    assert not any(code.endswith(("_user", "_group", "_permission")) for code in codenames)


def test_assigning_an_alliance_makes_a_user_a_coordinator(super_client, kassel):
    user = get_user_model().objects.create_user("neue-koordination", password="x")
    change_url = (
        reverse("admin:buendnisse_alliance_change", args=[kassel.pk]) + "?teil=koordination"
    )
    form = super_client.get(change_url).context["adminform"].form
    data = {
        name: form[name].value()
        for name in form.fields
        if form[name].value() is not None and not form.fields[name].disabled
    }
    data["coordinators"] = [user.pk]
    data["fields_of_action"] = []
    for prefix in ("memberships", "contacts", "working_groups", "milestones", "documents", "hosts"):
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})

    response = super_client.post(change_url, data)

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.is_staff
    assert list(user.groups.values_list("name", flat=True)) == [COORDINATOR_GROUP]
    assert list(user.alliances.all()) == [kassel]


def test_coordinator_cannot_see_or_change_who_coordinates(
    kassel_client, kassel, kassel_coordinator
):
    url = reverse("admin:buendnisse_alliance_change", args=[kassel.pk])
    response = kassel_client.get(f"{url}?teil=koordination")

    assert "coordinators" not in response.context["adminform"].form.fields
    assert 'name="coordinators"' not in response.text


def test_coordinator_of_two_alliances_chooses_between_exactly_those(client, kassel, herzogenrath):
    unna = make_alliance("kreis-unna")
    client.force_login(coordinator_of(kassel, unna, username="doppelt"))

    response = client.get(reverse("admin:projects_project_add"))

    field = response.context["adminform"].form.fields["alliance"]
    assert sorted(field.queryset.values_list("slug", flat=True)) == ["kassel", "kreis-unna"]
    assert field.disabled is False
    assert field.required is True


def test_coordinator_of_one_alliance_sees_it_filled_in(kassel_client, kassel):
    response = kassel_client.get(reverse("admin:projects_project_add"))

    field = response.context["adminform"].form.fields["alliance"]
    assert (field.disabled, field.initial) == (True, kassel.pk)


def test_coordinator_without_alliance_sees_nothing(client, kassel):
    Project.objects.create(alliance=kassel, title="P", slug="p", teaser="-")
    user = get_user_model().objects.create_user("ohne-buendnis", password="x")
    from core.admin.permissions import make_coordinator

    make_coordinator(user)
    client.force_login(user)

    response = client.get(reverse("admin:projects_project_changelist"))

    assert list(response.context["cl"].result_list) == []


@pytest.mark.parametrize("url_name", ["admin:auth_user_changelist", "admin:auth_group_changelist"])
def test_coordinator_cannot_manage_users_or_groups(kassel_client, url_name):
    assert kassel_client.get(reverse(url_name)).status_code == 403


def test_coordinator_sees_history_of_own_objects_with_everyone_s_changes(
    kassel_client, super_client, kassel
):
    project = Project.objects.create(alliance=kassel, title="P", slug="p", teaser="-")
    from django.contrib.admin.models import CHANGE, LogEntry

    LogEntry.objects.log_actions(
        user_id=get_user_model().objects.get(username="netzwerk").pk,
        queryset=[project],
        action_flag=CHANGE,
        change_message="Kurztext geändert.",
    )

    response = kassel_client.get(reverse("admin:projects_project_history", args=[project.pk]))

    assert [entry.user.username for entry in response.context["action_list"]] == ["netzwerk"]


def test_admin_javascript_speaks_german_where_django_does_not(kassel_client):
    response = kassel_client.get(reverse("admin:jsi18n"))

    assert '"Choose all %s": "Alle %s ausw\\u00e4hlen"' in response.text
    assert '"Available %s": "Verf\\u00fcgbare %s"' in response.text


def test_audit_log_lists_every_change_for_network_editors_only(kassel_client, super_client, kassel):
    from django.contrib.admin.models import CHANGE, LogEntry

    project = Project.objects.create(alliance=kassel, title="P", slug="p", teaser="-")
    LogEntry.objects.log_actions(
        user_id=get_user_model().objects.get(username="koordination-kassel").pk,
        queryset=[project],
        action_flag=CHANGE,
        change_message=[{"changed": {"fields": ["Kurztext"]}}],
    )

    listing = super_client.get(reverse("admin:admin_logentry_changelist"))

    assert [entry.object_repr for entry in listing.context["cl"].result_list] == ["P"]
    assert "Kurztext geändert." in listing.text
    assert kassel_client.get(reverse("admin:admin_logentry_changelist")).status_code == 403
