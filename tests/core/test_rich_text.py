"""Rich text is sanitised on every path that writes it, not only in forms (the demo
command's: tests/demo/test_load_demo.py)."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from buendnisse.models import Alliance
from projects.models import Project
from tests.factories import make_alliance

HOSTILE = (
    '<h3 onclick="steal()">Ziele</h3>'
    '<p style="position:fixed">Text <script>alert(1)</script><img src=x onerror="alert(2)">'
    '<a href="javascript:alert(3)">Klick</a> <a href="https://example.org/" target="_blank">gut</a>'
    '<iframe src="https://tracker.example"></iframe><span class="rot">x</span></p>'
    "<ul><li><strong>fett</strong> und <em>kursiv</em></li></ul>"
    "<blockquote><p>Zitat</p></blockquote>"
)
CLEAN = (
    "<h3>Ziele</h3>"
    '<p>Text <a>Klick</a> <a href="https://example.org/">gut</a>x</p>'
    "<ul><li><strong>fett</strong> und <em>kursiv</em></li></ul>"
    "<blockquote><p>Zitat</p></blockquote>"
)


def assert_clean(html):
    assert html == CLEAN
    for forbidden in (
        "script",
        "onerror",
        "onclick",
        "javascript:",
        "style=",
        "iframe",
        "<img",
        "class=",
    ):
        assert forbidden not in html


@pytest.mark.django_db
def test_rich_text_from_the_shell_is_sanitised():
    alliance = make_alliance(goals=HOSTILE)

    alliance.refresh_from_db()

    assert_clean(alliance.goals)


def test_rich_text_from_the_admin_is_sanitised(super_client):
    alliance = make_alliance()

    response = super_client.post(
        reverse("admin:projects_project_add"),
        {
            "alliance": alliance.pk,
            "title": "Familienpatenschaften",
            "slug": "familienpatenschaften",
            "teaser": "Patinnen und Paten helfen im Alltag.",
            "body": HOSTILE,
            "status": "running",
            "order": 0,
        },
    )

    assert response.status_code == 302
    assert_clean(Project.objects.get().body)


@pytest.mark.django_db(transaction=True)
def test_rich_text_from_a_data_migration_is_sanitised():
    executor = MigrationExecutor(connection)
    state = executor.loader.project_state(("buendnisse", "0002_image_renditions_and_upload_checks"))
    HistoricalAlliance = state.apps.get_model("buendnisse", "Alliance")

    HistoricalAlliance.objects.create(
        name="Migriert", slug="migriert", place="X", state="HE", postcode="34117", tasks=HOSTILE
    )

    assert_clean(Alliance.objects.get(slug="migriert").tasks)


def test_rich_text_reaches_the_page_clean(client, db):
    make_alliance("kassel", goals=HOSTILE)

    response = client.get("/buendnisse/kassel/ueber-uns/")

    assert CLEAN in response.text
    assert "alert(" not in response.text
