import datetime
import re

import pytest

from buendnisse.models import Alliance, FieldOfAction
from contacts.models import ContactPerson
from projects.models import Project
from tests.factories import make_alliance, make_image


@pytest.fixture
def kassel(kassel):
    """Kassel with everything its home page shows about it."""
    kassel.motto = "Ein starkes Netz für Familien"
    kassel.introduction = "<p>Seit 2004 aktiv vor Ort.</p>"
    kassel.quote = "Es gibt nach wie vor viel zu tun."
    kassel.quote_author = "Anne Janz, Schirmherrin"
    kassel.founded_on = datetime.date(2004, 5, 1)
    kassel.founded_precision = "year"
    kassel.accent_color = "#8A1538"
    kassel.lead_image = make_image(
        kassel, alt_text="Blick in den Magistratssaal", credit="© Stadt Kassel; Foto: Soremski"
    )
    kassel.save()
    return kassel


def test_alliance_detail_shows_motto_intro_quote_and_founding_year(client, kassel):
    response = client.get("/buendnisse/kassel/")

    assert response.status_code == 200
    assert "<h1>Kasseler Bündnis für Familie</h1>" in response.text
    assert "Ein starkes Netz für Familien" in response.text
    assert "<p>Seit 2004 aktiv vor Ort.</p>" in response.text
    assert "Es gibt nach wie vor viel zu tun." in response.text
    assert "<dt>Gegründet</dt><dd>2004</dd>" in response.text


def test_alliance_detail_image_has_alt_credit_and_size(client, kassel):
    response = client.get("/buendnisse/kassel/")

    assert 'alt="Blick in den Magistratssaal" width="40" height="30"' in response.text
    assert '<span class="credit">© Stadt Kassel; Foto: Soremski</span>' in response.text


def test_alliance_detail_uses_accent_colour_stylesheet(client, kassel):
    response = client.get("/buendnisse/kassel/")

    assert '<link rel="stylesheet" href="/farbe/8A1538.css">' in response.text


def test_alliance_detail_has_title_description_and_breadcrumb(client, kassel):
    response = client.get("/buendnisse/kassel/")

    assert "<title>Kasseler Bündnis für Familie – Bündnisportal</title>" in response.text
    assert (
        '<meta name="description" content="Ein starkes Netz für Familien – Kasseler Bündnis'
        in response.text
    )
    assert response.context["breadcrumbs"] == [
        ("Startseite", "/"),
        ("Bündnisse", "/buendnisse/"),
        ("Kasseler Bündnis für Familie", "/buendnisse/kassel/"),
    ]
    assert '<span aria-current="page">Kasseler Bündnis für Familie</span>' in response.text


def test_alliance_detail_shows_published_projects_and_first_contact(client, kassel):
    Project.objects.create(
        alliance=kassel, title="Familienkalender", slug="familienkalender", teaser="Jährlich neu."
    )
    Project.objects.create(
        alliance=kassel, title="Entwurf", slug="entwurf", teaser="-", is_published=False
    )
    ContactPerson.objects.create(
        alliance=kassel, first_name="Annekathrin", last_name="Schneider", order=1
    )
    ContactPerson.objects.create(alliance=kassel, first_name="Anne", last_name="Janz", order=0)

    response = client.get("/buendnisse/kassel/")

    assert [p.title for p in response.context["projects"]] == ["Familienkalender"]
    assert response.context["contact"].full_name == "Anne Janz"
    assert 'href="/buendnisse/kassel/projekte/familienkalender/"' in response.text
    assert "Entwurf" not in response.text


def test_alliance_detail_marks_alliance_in_founding(client, db):
    make_alliance("laatzen", name="Bündnis für Familie Laatzen", status=Alliance.Status.FOUNDING)

    response = client.get("/buendnisse/laatzen/")

    assert "Dieses Bündnis befindet sich in Gründung." in response.text


def test_alliance_pages_credit_the_logo_and_serve_webp_renditions(client, kassel):
    kassel.logo = make_image(kassel, alt_text="Logo", credit="© Stadt Kassel")
    kassel.save()

    response = client.get("/buendnisse/kassel/partner/")

    assert '<p class="image-credits">Logo des Bündnisses: © Stadt Kassel</p>' in response.text
    assert '<source type="image/webp" srcset="/media/bilder/' in response.text


def test_alliance_detail_names_the_contact_beside_the_facts(client, kassel):
    contact = ContactPerson.objects.create(
        alliance=kassel,
        first_name="Annekathrin",
        last_name="Schneider",
        phone="0561 000-0000",
        email="ansprechperson@example.org",
    )

    response = client.get("/buendnisse/kassel/")

    assert (
        f'<dd class="facts__contact"><a href="#person-{contact.pk}">Annekathrin Schneider</a>'
        '<br>Telefon <a href="tel:05610000000">0561 000-0000</a>'
        '<br>E-Mail <a href="mailto:ansprechperson@example.org">ansprechperson@example.org</a></dd>'
    ) in response.text
    assert f'<article class="contact-card" id="person-{contact.pk}">' in response.text


def test_alliance_detail_fields_lead_to_projects_here_or_in_the_network(client, kassel):
    work, housing = (
        FieldOfAction.objects.create(name="Familie und Beruf", slug="beruf", order=1),
        FieldOfAction.objects.create(name="Wohnen und Leben", slug="wohnen", order=2),
    )
    kassel.fields_of_action.add(work, housing)
    for slug in ["kalender", "pass"]:
        project = Project.objects.create(alliance=kassel, title=slug, slug=slug, teaser="-")
        project.fields_of_action.add(work)
    draft = Project.objects.create(
        alliance=kassel, title="Entwurf", slug="entwurf", teaser="-", is_published=False
    )
    draft.fields_of_action.add(housing)

    response = client.get("/buendnisse/kassel/")

    chips = re.search(r'<ul class="tags tags--links">(.*?)</ul>', response.text, re.S)[1]
    assert re.findall(r"<li>.*?</li>", chips) == [
        '<li><a href="/buendnisse/kassel/projekte/?feld=beruf">Familie und Beruf'
        '<span class="tags__note"> · 2 Projekte</span></a></li>',
        '<li><a href="/projekte/?feld=wohnen">Wohnen und Leben'
        '<span class="tags__note"> · Projekte anderer Bündnisse</span></a></li>',
    ]
