"""The site search (/suche/): German word forms, public content only, grouped and marked."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from contacts.models import ContactPerson
from partners.models import Membership, Partner
from projects.models import Project
from search.index import rebuild
from search.models import SearchEntry
from tests.factories import make_alliance, make_event, make_news

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    kassel = make_alliance("kassel", name="Kasseler Bündnis für Familie", place="Kassel")
    hidden = make_alliance("versteckt", name="Verstecktes Bündnis", is_published=False)
    Project.objects.create(
        alliance=kassel,
        title="Familienpatenschaft",
        slug="familienpatenschaft",
        teaser="Ehrenamtliche begleiten junge Familien im ersten Jahr.",
        body="<p>Patinnen und Paten besuchen Familien zu Hause.</p>",
    )
    Project.objects.create(
        alliance=kassel,
        title="Entwurf Familienpatenschaft",
        slug="entwurf",
        teaser="Noch nicht öffentlich.",
        is_published=False,
    )
    Project.objects.create(
        alliance=hidden, title="Familienpatenschaft im Verborgenen", slug="verborgen", teaser="x"
    )
    make_news(
        kassel,
        slug="fruehstueck",
        title="Gemeinsames Frühstück für Alleinerziehende",
        teaser="Jeden ersten Samstag im Monat.",
    )
    make_news(
        None,
        slug="geplant",
        title="Frühstück im nächsten Jahr",
        publish_from=timezone.now() + datetime.timedelta(days=30),
    )
    make_event(kassel, slug="fest", title="Familienfest im Park", city="Kassel")
    ihk = Partner.objects.create(name="IHK Kassel-Marburg", slug="ihk", place="Kassel")
    Membership.objects.create(alliance=kassel, partner=ihk, role="Mitinitiator")
    ContactPerson.objects.create(
        alliance=kassel, first_name="Annekathrin", last_name="Schneider", institution="Jugendamt"
    )
    rebuild()
    return kassel


def titles(response):
    groups = response.context["groups"]
    return [entry.title for _kind, _count, entries in groups for entry in entries]


def test_search_finds_inflected_forms(client, content):
    response = client.get("/suche/", {"q": "Familienpatenschaften"})

    assert response.status_code == 200
    assert titles(response) == ["Familienpatenschaft"]


def test_search_folds_umlauts_written_out(client, content):
    response = client.get("/suche/", {"q": "Fruehstueck"})

    assert titles(response) == ["Gemeinsames Frühstück für Alleinerziehende"]


def test_search_finds_only_public_content(client, content):
    response = client.get("/suche/", {"q": "Familienpatenschaft"})

    # Not the draft, not the unpublished alliance's project, not the scheduled news item.
    assert titles(response) == ["Familienpatenschaft"]
    assert "Frühstück im nächsten Jahr" not in titles(client.get("/suche/", {"q": "Frühstück"}))


def test_search_groups_results_by_kind_in_a_fixed_order(client, content):
    response = client.get("/suche/", {"q": "Kassel"})

    kinds = [(kind.value, count) for kind, count, _entries in response.context["groups"]]
    assert kinds == [("buendnisse", 1), ("termine", 1), ("partner", 1)]


def test_search_marks_the_matching_words_and_escapes_the_rest(client, content):
    Project.objects.filter(slug="familienpatenschaft").update(
        teaser="<script>alert(1)</script> Paten für Familien"
    )
    rebuild()

    html = client.get("/suche/", {"q": "Paten"}).text

    assert "<mark>Paten</mark>" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert" not in html


def test_search_result_links_to_the_page(client, content):
    response = client.get("/suche/", {"q": "Familienpatenschaft"})

    entry = response.context["groups"][0][2][0]
    assert entry.get_absolute_url() == "/buendnisse/kassel/projekte/familienpatenschaft/"
    assert client.get(entry.get_absolute_url()).status_code == 200


def test_search_pages_through_one_kind(client, content):
    for number in range(25):
        Project.objects.create(
            alliance=content, title=f"Elternabend {number}", slug=f"e-{number}", teaser="t"
        )
    rebuild()

    first = client.get("/suche/", {"q": "Elternabend"})
    page = client.get("/suche/", {"q": "Elternabend", "art": "projekte", "seite": 2})

    groups = first.context["groups"]
    assert [(kind.value, count, len(entries)) for kind, count, entries in groups] == [
        ("projekte", 25, 5)
    ]
    assert (page.context["page"].number, len(page.context["page"].object_list)) == (2, 5)
    assert "art=projekte&amp;seite=1" in page.text


def test_search_of_one_alliance_finds_only_its_content(client, content):
    other = make_alliance("unna", name="Bündnis Unna")
    Project.objects.create(alliance=other, title="Familienpatenschaft Unna", slug="fp", teaser="t")
    rebuild()

    response = client.get("/buendnisse/unna/suche/", {"q": "Familienpatenschaft"})

    assert titles(response) == ["Familienpatenschaft Unna"]


@pytest.mark.parametrize(
    ("query", "queries"),
    [
        ({"q": "Kassel"}, 2),  # the counts per kind, the first results of each kind
        ({"q": "Kassel", "art": "partner"}, 2),  # the counts, the page
        ({"q": "gibtesnicht"}, 1),  # the counts: none
        ({}, 0),
        ({"q": ""}, 0),
    ],
    ids=["overview", "one-kind", "nothing-found", "no-query", "empty"],
)
def test_search_answers_with_a_fixed_query_count(
    client, content, django_assert_num_queries, query, queries
):
    with django_assert_num_queries(queries):
        response = client.get("/suche/", query)

    assert response.status_code == 200


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"q": "x" * 1000}, "höchstens 200 Zeichen"),
        ({"q": "?!* … ,;"}, "mindestens zwei Buchstaben"),
        ({"q": "und für die"}, "Sehr häufige Wörter"),
        ({"q": "Kassel", "art": "alles"}, "gültige Auswahl"),
        ({"q": "Kas\x00sel"}, "Null"),
    ],
    ids=["too-long", "punctuation", "stop-words", "unknown-kind", "nul"],
)
def test_search_nonsense_is_a_400_with_a_german_message(
    client, content, django_assert_num_queries, query, message
):
    with django_assert_num_queries(0):
        response = client.get("/suche/", query)

    assert response.status_code == 400
    assert message in response.text


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE search_searchentry; --",
        '" OR 1=1 --',
        "Kassel* NEAR(a b) AND OR NOT",
        "title_terms:kassel",
        "!!kassel&&|(",
        "Kassel " * 28,  # within the length limit
    ],
)
def test_search_query_syntax_is_only_words(client, content, query):
    response = client.get("/suche/", {"q": query})

    assert response.status_code == 200
    assert SearchEntry.objects.exists()


def test_search_box_is_on_every_page(client, content):
    for path in ("/", "/buendnisse/kassel/", "/impressum/"):
        html = client.get(path).text
        assert '<form class="site-search" role="search" method="get" action="/suche/">' in html
        assert '<label class="visually-hidden" for="site-search-q">Suche auf' in html


# The index follows saves and deletes -------------------------------------------------------


def test_index_follows_a_saved_project_after_commit(content, django_capture_on_commit_callbacks):
    project = Project.objects.get(slug="familienpatenschaft")

    with django_capture_on_commit_callbacks(execute=True):
        project.title = "Patenschaften für Familien"
        project.save()

    assert SearchEntry.objects.get(kind="projekte", object_id=project.pk).title == (
        "Patenschaften für Familien"
    )


def test_index_follows_a_renamed_partner(content, django_capture_on_commit_callbacks):
    partner = Partner.objects.get(slug="ihk")

    with django_capture_on_commit_callbacks(execute=True):
        partner.name = "Industrie- und Handelskammer Kassel-Marburg"
        partner.save()

    assert list(SearchEntry.objects.filter(kind="partner").values_list("title", flat=True)) == [
        "Industrie- und Handelskammer Kassel-Marburg"
    ]


def test_index_drops_deleted_content(content, django_capture_on_commit_callbacks):
    project = Project.objects.get(slug="familienpatenschaft")
    membership = Membership.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        project.delete()
        Partner.objects.get(slug="ihk").delete()

    assert not SearchEntry.objects.filter(kind="projekte", object_id=project.pk).exists()
    assert not SearchEntry.objects.filter(kind="partner", object_id=membership.pk).exists()


def test_rebuild_twice_writes_nothing_the_second_time(content):
    first = SearchEntry.objects.values_list("pk", "kind", "title")

    assert rebuild() == 0
    assert list(SearchEntry.objects.values_list("pk", "kind", "title")) == list(first)


def test_rebuild_command_reports_in_german(content, capsys):
    SearchEntry.objects.filter(kind="projekte").delete()  # the draft and the hidden one too

    call_command("rebuild_search_index")

    assert "Suchindex aktuell: 3 Einträge" in capsys.readouterr().out


def test_search_gives_a_news_items_date_as_known_and_marks_old_news(
    client, content, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_news(
            content,
            slug="zwischenbilanz",
            title="Zwischenbilanz nach zehn Jahren",
            date=datetime.date(2014, 1, 1),
            date_precision="year",
        )
        make_news(
            content,
            slug="sommerfest",
            title="Zwischenbilanz vom Sommerfest",
            date=timezone.localdate(),
        )

    response = client.get("/suche/", {"q": "Zwischenbilanz"})

    html = response.text
    assert (
        '<span class="badge">Archiv</span> <strong><time datetime="2014">2014</time></strong>'
        in html
    )
    assert "1. Januar 2014" not in html
    today = timezone.localdate()
    assert f'<time datetime="{today.isoformat()}">' in html
    assert html.count('class="badge">Archiv<') == 1
