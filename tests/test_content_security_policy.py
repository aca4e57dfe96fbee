import pytest

from tests.factories import make_alliance


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/buendnisse/kassel/", "/buendnisse/kassel/drucken/"])
def test_public_pages_carry_a_strict_content_security_policy(client, url):
    make_alliance("kassel")

    policy = client.get(url)["Content-Security-Policy"]

    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy


@pytest.mark.django_db
def test_public_pages_have_no_inline_script_or_style(client):
    make_alliance("kassel", goals="<p>Ziele</p>")

    for url in ("/", "/buendnisse/", "/buendnisse/kassel/", "/buendnisse/kassel/ueber-uns/"):
        html = client.get(url).text
        # Scripts come from files; JSON-LD is data, which browsers do not run.
        data_blocks = html.replace('<script type="application/ld+json">', "")
        assert "<script>" not in html and "<script " not in data_blocks.replace('<script src="', "")
        assert " style=" not in html
        assert "<style" not in html
