"""The demo content as load_demo leaves it: every test reads the one load of its module."""

import datetime
import re

import pytest
from django.contrib.auth import authenticate
from django.db import models
from PIL import Image as PillowImage

from buendnisse.models import Alliance, Document, FieldOfAction, Image, WorkingGroup
from contacts.models import ContactPerson
from demo.management.commands.load_demo import PLACEHOLDER_CREDIT
from partners.models import Membership
from projects.models import Project
from tests.demo.helpers import demo_models, media_files, pdf_text, requires_pdftotext

pytestmark = pytest.mark.django_db

DEMO_SLUGS = ["kassel", "herzogenrath", "kreis-unna", "laatzen"]
# Real telephone/fax numbers and e-mail addresses of the source texts.
REAL_CONTACT_DATA = ["787-5284", "787-5057", "27-2361", "@kassel.de", "@kreis-unna.de"]


@pytest.fixture(autouse=True)
def media_root(demo, settings):
    """The demo's uploads, where the module's load put them."""
    settings.MEDIA_ROOT = demo.media
    return demo.media


def all_text_values():
    """Every text stored by the demo models, one string per field value."""
    for model in demo_models():
        text_fields = [
            field.attname
            for field in model._meta.concrete_fields
            if isinstance(field, models.CharField | models.TextField)
        ]
        for row in model.objects.values_list(*text_fields):
            yield from row


def test_load_demo_alliances_published_with_status(demo):
    alliances = {
        alliance.slug: (alliance.status, alliance.is_published)
        for alliance in Alliance.objects.all()
    }

    assert alliances == {
        "kassel": ("active", True),
        "herzogenrath": ("active", True),
        "kreis-unna": ("active", True),
        "laatzen": ("founding", True),
    }


def test_load_demo_alliances_places_and_founding_dates(demo):
    alliances = {
        alliance.slug: (
            alliance.place,
            alliance.territory,
            alliance.state,
            alliance.postcode,
            alliance.founded_display,
        )
        for alliance in Alliance.objects.all()
    }

    assert alliances == {
        "kassel": ("Kassel", "city", "HE", "34117", "2004"),
        "herzogenrath": ("Herzogenrath", "city", "NW", "52134", ""),
        "kreis-unna": ("Kreis Unna", "district", "NW", "59425", "16. Juli 2004"),
        "laatzen": ("Laatzen", "city", "NI", "30880", ""),
    }


def test_load_demo_accent_colors_readable_on_white(demo):
    colors = dict(Alliance.objects.values_list("slug", "accent_color"))

    assert colors == {
        "kassel": "#005A8C",
        "herzogenrath": "#8A1538",
        "kreis-unna": "#1B5E20",
        "laatzen": "#6A1B9A",
    }


def test_load_demo_field_of_action_catalogue_shared(demo):
    names = list(FieldOfAction.objects.values_list("name", flat=True))
    unna_fields = Alliance.objects.get(slug="kreis-unna").fields_of_action.all()
    living_group = WorkingGroup.objects.get(name="Arbeitsgruppe „Leben und Wohnen“")

    assert names[:3] == [
        "Familie und Beruf",
        "Bildung, Betreuung und Erziehung",
        "Wohnen und Leben",
    ]
    assert [field.name for field in unna_fields] == names[:3]
    assert living_group.field_of_action.name == "Wohnen und Leben"
    assert FieldOfAction.objects.get(slug="familie-und-beruf").alliances.count() == 4


def test_load_demo_kassel_founding_partners_marked(demo):
    memberships = Membership.objects.filter(alliance__slug="kassel").select_related("partner")
    founding = {m.partner.name: m.since for m in memberships if m.is_founding_member}
    newest = memberships.get(partner__name="Vitos Orthopädische Kliniken")

    assert founding == {
        "Klinikum Kassel": 2004,
        "IHK Kassel-Marburg": 2004,
        "Frauentreff Brückenhof": 2004,
        "GWG der Stadt Kassel": 2004,
        "Wohnungsgenossenschaft 1889": 2004,
        "Agentur für Arbeit Kassel": 2004,
        "Universität Kassel": 2004,
    }
    assert (newest.since, newest.is_founding_member) == (2014, False)


def test_load_demo_kassel_history_patron_and_network(demo):
    kassel = Alliance.objects.get(slug="kassel")
    patron = ContactPerson.objects.get(alliance=kassel, role=ContactPerson.Role.PATRON)
    milestones = list(kassel.milestones.values_list("date__year", "title"))

    assert milestones == [
        (2004, "Auftakt mit über 70 Organisationen"),
        (2004, "100. Mitglied der Bundesinitiative"),
        (2014, "10 Jahre Kasseler Bündnis für Familie"),
        (2014, "Vitos Orthopädische Kliniken werden jüngstes Bündnismitglied"),
    ]
    assert "Renate Schmidt" in kassel.introduction
    assert (patron.full_name, patron.position) == (
        "Anne Janz",
        "Dezernentin für Jugend, Schule, Frauen und Gesundheit",
    )
    assert patron.portrait.credit == PLACEHOLDER_CREDIT
    assert patron.portrait.caption == "Schirmherrin Anne Janz"
    assert kassel.quote_author.startswith("Anne Janz, Dezernentin")
    assert "„Bündnisfamilie 2.0“" in kassel.network


def test_load_demo_kassel_projects_and_contact(demo):
    projects = Project.objects.filter(alliance__slug="kassel")
    welcome = projects.get(slug="familie-willkommen")
    contact = ContactPerson.objects.get(alliance__slug="kassel", order=0)

    assert [project.title for project in projects] == [
        "Familie Willkommen",
        "Kompetenzpass für Frauen",
        "Wegweiser für Familien",
        "Familienkalender",
    ]
    assert sorted(welcome.partners.values_list("name", flat=True)) == [
        "IHK Kassel-Marburg",
        "Kinderschutzbund",
    ]
    assert (
        contact.full_name,
        contact.institution,
        contact.department,
        contact.street,
        contact.postcode,
        contact.city,
    ) == (
        "Annekathrin Schneider",
        "Stadt Kassel",
        "Jugendamt",
        "Obere Königstraße 8",
        "34117",
        "Kassel",
    )
    assert contact.transit_url.startswith("https://")


def test_load_demo_herzogenrath_join_and_partnership_texts(demo):
    herzogenrath = Alliance.objects.get(slug="herzogenrath")
    coordinator = herzogenrath.contacts.get()

    assert herzogenrath.motto == "Nur eine familienfreundliche Stadt ist eine zukunftsfähige Stadt!"
    assert herzogenrath.tasks.count("<li>") == 8
    assert herzogenrath.join_text.count("<li>") == 5
    assert "die Gründungsvereinbarung unterzeichnen" in herzogenrath.partnership_text
    assert herzogenrath.website == "http://www.familie-herzogenrath.de"
    assert list(herzogenrath.projects.values_list("title", flat=True)) == [
        "Kommunale Zeitpolitik für Familie Herzogenrath"
    ]
    assert (coordinator.full_name, coordinator.role, coordinator.street) == (
        "Birgit Kuballa",
        "coordinator",
        "Rathausplatz 1",
    )


def test_load_demo_kreis_unna_projects_with_working_groups(demo):
    projects = Project.objects.filter(alliance__slug="kreis-unna").select_related("working_group")
    groups = {
        project.slug: project.working_group.name if project.working_group else None
        for project in projects
    }

    assert groups == {
        "workshops-und-fachveranstaltungen": None,
        "pluspunkt-familie": "Arbeitsgruppe „Familie und Beruf“",
        "familienpatenschaften": "Arbeitsgruppe „Leben und Wohnen“",
        "sportelsonntag": None,
        "stark-im-job": None,
        "kein-kind-ohne-fruehstueck": None,
        "notinseln": None,
        "buendnisflyer": None,
        "das-buendnis-praesentiert-sich": None,
    }
    assert list(projects.get(slug="sportelsonntag").partners.values_list("name", flat=True)) == [
        "Allgemeine Ortskrankenkasse (AOK)"
    ]
    assert projects.get(slug="notinseln").start_year == 2006


def test_load_demo_kreis_unna_founders_partners_and_organisation(demo):
    unna = Alliance.objects.get(slug="kreis-unna")
    memberships = unna.memberships.select_related("partner")
    founders = {m.partner.name for m in memberships if m.is_founding_member}
    groups = list(unna.working_groups.values_list("name", "kind"))

    assert memberships.count() == 24
    assert founders == {
        "Kreis Unna und kreisangehörige Kommunen",
        "Kreissportbund Unna",
        "Agentur „Der Kreisel“",
        "Arbeitsgemeinschaft der Wohlfahrtsverbände",
    }
    assert memberships.get(partner__name="Handwerkskammer Dortmund").partner.kind == "chamber"
    assert groups == [
        ("Lenkungsgruppe", "steering"),
        ("Arbeitsgruppe „Familie und Beruf“", "working"),
        ("Arbeitsgruppe „Bildung, Betreuung und Erziehung“", "working"),
        ("Arbeitsgruppe „Leben und Wohnen“", "working"),
    ]
    assert list(unna.documents.values_list("kind", flat=True)) == [
        "flyer",
        "presentation",
        "organigram",
    ]


def test_load_demo_kreis_unna_contact(demo):
    contact = ContactPerson.objects.get(alliance__slug="kreis-unna")

    assert (contact.full_name, contact.role, contact.position, contact.department) == (
        "Sandra Ruiz",
        "contact",
        "Geschäftsführung Bündnis für Familie",
        "Kreis Unna - Der Landrat Büro Landrat, Kreistag, Gleichstellung",
    )
    assert (contact.street, contact.postcode, contact.city) == (
        "Friedrich-Ebert-Straße 17",
        "59425",
        "Unna",
    )


def test_load_demo_laatzen_council_paper(demo):
    laatzen = Alliance.objects.get(slug="laatzen")
    paper = laatzen.documents.get()

    assert (paper.kind, paper.reference, paper.committee, paper.date) == (
        "council_paper",
        "073/2009",
        "Ausschuss für Arbeit, Wirtschaft und Soziales",
        datetime.date(2009, 4, 21),
    )
    assert "Drucksache 70/05" in paper.description
    assert "Gleichstellungsbeauftragte in Kooperation mit dem Familienservicebüro" in (
        laatzen.founding
    )


@requires_pdftotext
def test_load_demo_laatzen_council_paper_pdf_holds_full_text(demo):
    paper = Document.objects.get(alliance__slug="laatzen")

    text = " ".join(pdf_text(paper.file.path).split())

    assert "Drucksachen-Nr.: 073/2009" in text
    assert "Ausschuss für Arbeit, Wirtschaft und Soziales am 21.04.2009" in text
    assert "Mehr als 13.000 Akteure, darunter über 4.000 Unternehmen" in text
    assert "Nachhaltige Lösungen für mehr Familienfreundlichkeit vor Ort – hier setzen" in text
    assert "In Vertretung Arne Schneider" in text


@requires_pdftotext
def test_load_demo_placeholder_pdfs_say_they_are_placeholders(demo):
    documents = Document.objects.exclude(kind=Document.Kind.COUNCIL_PAPER)

    texts = [" ".join(pdf_text(document.file.path).split()) for document in documents]

    assert len(texts) == 5
    assert all("Dies ist nicht das Originaldokument" in text for text in texts)


def test_load_demo_documents_are_pdf_files_with_size(demo):
    documents = list(Document.objects.all())

    assert len(documents) == 6
    for document in documents:
        data = document.file.read()
        assert data.startswith(b"%PDF-1.4\n")
        assert data.endswith(b"%%EOF\n")
        assert document.file_size == len(data)


def test_load_demo_images_are_honest_drawings(demo):
    images = list(Image.objects.all())

    assert len(images) == 7
    assert PLACEHOLDER_CREDIT == "Grafik für die Demo erzeugt, kein Originalbild"
    for image in images:
        assert "Demo" in image.alt_text
        assert image.credit == PLACEHOLDER_CREDIT
        # No credit for a photo that is not shown.
        assert ("©" in image.caption, "Foto" in image.caption) == (False, False)
        assert (image.width, image.height) != (0, 0)
    assert Alliance.objects.filter(logo__isnull=True).count() == 0


def test_load_demo_images_are_drawn_in_the_alliances_colour(demo):
    for alliance in Alliance.objects.select_related("logo", "lead_image"):
        accent = tuple(int(alliance.accent_color[i : i + 2], 16) for i in (1, 3, 5))
        with PillowImage.open(alliance.logo.file.path) as logo:
            corner = logo.convert("RGB").getpixel((2, 2))
        assert corner == accent
    with PillowImage.open(Alliance.objects.get(slug="kassel").lead_image.file.path) as picture:
        colours = picture.convert("RGB").getcolors(maxcolors=1_000_000)
    assert len(colours) > 1000  # a drawing with smooth edges and gradients, not a few flat boxes


def test_load_demo_contacts_email_only_on_example_org(demo):
    emails = [email for email in ContactPerson.objects.values_list("email", flat=True) if email]

    assert len(emails) == 5
    assert all(email.endswith("@example.org") for email in emails)


def test_load_demo_contacts_phone_numbers_fictitious(demo):
    numbers = [
        number
        for row in ContactPerson.objects.values_list("phone", "fax")
        for number in row
        if number
    ]

    assert numbers
    assert all(re.fullmatch(r"0\d{3,4} 000-000\d", number) for number in numbers), numbers


def test_load_demo_real_contact_data_nowhere(demo, media_root):
    texts = [value for value in all_text_values() if value]
    file_contents = media_files(media_root).values()

    for real in REAL_CONTACT_DATA:
        assert not [text for text in texts if real in text], real
        assert not [data for data in file_contents if real.encode() in data], real


def test_load_demo_users_authenticate(demo, rf):
    def login(username):
        return authenticate(rf.post("/admin/login/"), username=username, password="demo-buendnis")

    admin = login("admin")
    coordinators = {slug: login(f"koordination-{slug}") for slug in DEMO_SLUGS}

    assert (admin.is_staff, admin.is_superuser) == (True, True)
    for slug, user in coordinators.items():
        assert (user.is_staff, user.is_superuser) == (True, False)
        assert list(user.alliances.values_list("slug", flat=True)) == [slug]
        assert user.has_perm("projects.change_project")
        assert not user.has_perm("partners.delete_partner")


def test_load_demo_prints_logins(demo):
    assert "admin (Netzwerk-Redaktion, alle Rechte) – Passwort: demo-buendnis" in demo.output
    for slug in DEMO_SLUGS:
        assert f"koordination-{slug} (Koordination" in demo.output


def test_load_demo_alliance_pages_show_seed_facts(client, demo):
    pages = {
        "/buendnisse/kassel/": ["über 70 Organisationen", "Renate Schmidt", "Anne Janz"],
        "/buendnisse/kassel/ueber-uns/": ["Bündnisfamilie 2.0", "100. Mitglied"],
        "/buendnisse/kassel/partner/": ["Partner der ersten Stunde", "Vitos Orthopädische"],
        "/buendnisse/herzogenrath/mitmachen/": ["Gründungsvereinbarung", "Birgit Kuballa"],
        "/buendnisse/kreis-unna/projekte/": ["Notinseln für Kinder", "„Leben und Wohnen“"],
        "/buendnisse/laatzen/ueber-uns/": ["073/2009", "Familienservicebüro"],
    }

    for path, expected in pages.items():
        response = client.get(path)
        assert response.status_code == 200, path
        for text in expected:
            assert text in response.text, (path, text)


def test_load_demo_laatzen_names_its_offices_as_contacts(client, demo):
    response = client.get("/buendnisse/laatzen/kontakt/")

    assert [c.full_name for c in response.context["contacts"]] == [
        "Gleichstellungsbeauftragte",
        "Familienservicebüro",
    ]
    assert "<h2>Gleichstellungsbeauftragte</h2>" in response.text


def test_load_demo_rich_text_is_sanitised(demo):
    texts = [
        getattr(alliance, field)
        for alliance in Alliance.objects.all()
        for field in ("introduction", "goals", "tasks", "organisation", "join_text")
    ]

    assert all("<script" not in text and "style=" not in text for text in texts)
    assert any("<ul>" in text for text in texts)


def test_load_demo_kassel_explains_itself_in_easy_language(client, demo):
    texts = dict(Alliance.objects.values_list("slug", "easy_language"))

    response = client.get("/buendnisse/kassel/leichte-sprache/")

    assert [slug for slug, text in texts.items() if text] == ["kassel"]
    assert texts["kassel"].startswith("<h3>Wer sind wir?</h3><p>Wir sind das Kasseler Bündnis")
    assert "Unsere Ansprech-Person ist Annekathrin Schneider." in response.text
