"""The strict Content-Security-Policy blocks nothing the public pages need."""

import pytest


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/buendnisse/",
        "/buendnisse/kassel/",
        "/buendnisse/kassel/drucken/",
        "/buendnisse/kassel/kontakt/",
    ],
)
def test_csp_no_violation_on_public_pages(live_server, kassel, page, path):
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )

    response = page.goto(live_server.url + path)
    page.wait_for_load_state("networkidle")

    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert violations == []
    # The site's own stylesheet did load (it sets the body margin to 0).
    assert page.evaluate("getComputedStyle(document.body).margin") == "0px"
