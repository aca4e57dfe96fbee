import pytest


@pytest.mark.parametrize(
    ("url", "heading"),
    [
        ("/impressum/", "<h1>Impressum</h1>"),
        ("/datenschutz/", "<h1>Datenschutz</h1>"),
        ("/barrierefreiheit/", "<h1>Erklärung zur Barrierefreiheit</h1>"),
    ],
)
def test_legal_pages_show_operator_from_settings(client, settings, url, heading):
    settings.SITE_OPERATOR = "Stadt Musterhausen, Familienbüro"
    settings.SITE_OPERATOR_EMAIL = "familie@musterhausen.example.org"

    response = client.get(url)

    assert heading in response.text
    assert "familie@musterhausen.example.org" in response.text


def test_legal_pages_are_linked_from_every_footer(client, db):
    response = client.get("/")

    assert '<a href="/impressum/">Impressum</a>' in response.text
    assert '<a href="/datenschutz/">Datenschutz</a>' in response.text
    assert '<a href="/barrierefreiheit/">Barrierefreiheit</a>' in response.text
