"""German where Django's admin and the rich-text editor would speak English; the browser test
tests/browser/test_admin_german.py checks every page as a coordinator sees it."""

import gettext
import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse

from partners.models import Partner
from projects.models import Project

CATALOGUE = Path(settings.BASE_DIR, "core", "locale", "de", "LC_MESSAGES")


def po_entries(path):
    """The msgid/msgstr pairs of a .po file whose entries are one line each."""
    return dict(re.findall(r'^msgid "(.+)"\nmsgstr "(.*)"$', path.read_text(), re.MULTILINE))


def test_compiled_catalogue_is_the_po_file_compiled():
    entries = po_entries(CATALOGUE / "djangojs.po")
    with (CATALOGUE / "djangojs.mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)

    assert {msgid: compiled.gettext(msgid.replace('\\"', '"')) for msgid in entries} == {
        msgid: msgstr.replace('\\"', '"') for msgid, msgstr in entries.items()
    }
    assert entries["Heading %s"] == "Überschrift %s"


def test_admin_javascript_names_the_editor_buttons_in_german(kassel_client):
    response = kassel_client.get(reverse("admin:jsi18n"))

    assert '"Heading %s": "\\u00dcberschrift %s"' in response.text
    assert '"Paragraph": "Absatz"' in response.text
    assert '"Edit Link": "Link einf\\u00fcgen oder \\u00e4ndern"' in response.text
    assert '"Cancel": "Abbrechen"' in response.text  # from the admin's and editor's own


def test_rich_text_editor_comes_with_its_german_names_and_icons(kassel_client):
    response = kassel_client.get(reverse("admin:projects_project_add"))

    assert '<script src="/static/js/rich-text-editor.js"></script>' in response.text
    assert 'href="/static/css/rich-text-editor.css"' in response.text


def test_lists_name_yes_no_icons_and_the_search_in_german(kassel_client, kassel):
    Project.objects.create(alliance=kassel, title="Familienkalender", slug="k", teaser="-")

    response = kassel_client.get(reverse("admin:projects_project_changelist"))

    assert '<img src="/static/admin/img/icon-yes.svg" alt="Ja">' in response.text
    assert '<img src="/static/admin/img/search.svg" alt="Suchen">' in response.text
    assert 'alt="True"' not in response.text
    assert 'alt="Search"' not in response.text


def test_deletion_page_leaves_out_the_links_between_objects(kassel_client, kassel):
    project = Project.objects.create(alliance=kassel, title="Familienkalender", slug="k")
    project.partners.add(Partner.objects.create(name="IHK Kassel-Marburg", slug="ihk"))

    response = kassel_client.get(reverse("admin:projects_project_delete", args=[project.pk]))

    assert response.context["deleted_objects"] == [
        f'Projekt: <a href="/admin/projects/project/{project.pk}/change/">Familienkalender</a>'
    ]
    assert dict(response.context["model_count"]) == {"Projekte": 1}


def test_failed_login_says_in_german_what_to_check(client, db):
    get_user_model().objects.create_user("koordination-kassel", password="richtig", is_staff=True)

    response = client.post(
        reverse("admin:login"), {"username": "koordination-kassel", "password": "falsch"}
    )

    assert response.context["form"].non_field_errors() == [
        "Benutzername oder Passwort stimmen nicht. Bitte achten Sie bei beiden auf Groß- und "
        "Kleinschreibung."
    ]
