"""core.urls.reverse and {% url %}: Django's addresses, remembered under all they depend on."""

import pytest
from django.template import engines
from django.test import override_settings
from django.urls import NoReverseMatch, include, path, set_script_prefix, set_urlconf
from django.urls import reverse as django_reverse

from buendnisse.hosts import ALLIANCE_URLCONF
from core.hosts import serving
from core.urls import reverse

# For test_forgotten_when_the_urlconf_setting_changes: another URLconf with the same names.
urlpatterns = [
    path("elsewhere/", include((([path("", lambda request: None, name="home")]), "pages"))),
]


@pytest.mark.parametrize(
    ("name", "args", "kwargs"),
    [
        ("pages:home", [], {}),
        ("pages:alliance", ["kassel"], {}),
        ("projects:detail", [], {"alliance_slug": "kassel", "slug": "kompetenzpass"}),
        ("contacts:vcard", ["kassel", 7], {}),
    ],
)
def test_same_address_as_django(name, args, kwargs):
    assert reverse(name, args=args, kwargs=kwargs) == django_reverse(name, args=args, kwargs=kwargs)
    assert reverse(name, args=args, kwargs=kwargs) == django_reverse(name, args=args, kwargs=kwargs)


def test_remembered_per_script_prefix():
    assert reverse("pages:home") == "/"
    set_script_prefix("/portal/")
    try:
        assert reverse("pages:home") == "/portal/"
    finally:
        set_script_prefix("/")
    assert reverse("pages:home") == "/"


def test_remembered_per_urlconf_and_served_alliance():
    # An alliance's own host serves its pages at "/" (buendnisse.hosts); another alliance
    # has no address there.
    portal = reverse("pages:alliance", args=["kassel"])
    set_urlconf(ALLIANCE_URLCONF)
    try:
        token = serving.set("kassel")
        try:
            assert reverse("pages:alliance", args=["kassel"]) == "/"
        finally:
            serving.reset(token)
        token = serving.set("kreis-unna")
        try:
            with pytest.raises(NoReverseMatch):
                reverse("pages:alliance", args=["kassel"])
        finally:
            serving.reset(token)
    finally:
        set_urlconf(None)
    assert reverse("pages:alliance", args=["kassel"]) == portal == "/buendnisse/kassel/"


def test_forgotten_when_the_urlconf_setting_changes():
    assert reverse("pages:home") == "/"
    with override_settings(ROOT_URLCONF="tests.core.test_urls"):
        assert reverse("pages:home") == "/elsewhere/"
    assert reverse("pages:home") == "/"


def test_unknown_name_still_fails():
    with pytest.raises(NoReverseMatch):
        reverse("pages:nirgends")


def test_url_tag_uses_it_and_keeps_as_var():
    template = engines["django"].from_string(
        "{% url 'pages:alliance' slug %}|{% url 'pages:nirgends' as missing %}[{{ missing }}]"
    )
    assert template.render({"slug": "kassel"}) == "/buendnisse/kassel/|[]"
