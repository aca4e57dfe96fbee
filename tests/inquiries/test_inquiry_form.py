"""The form "Machen Sie mit" on an alliance's Mitmachen page, from a visitor's side."""

import re
import smtplib
import time

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.mail.backends.base import BaseEmailBackend
from django.test import Client

from inquiries.forms import started_token
from inquiries.models import Inquiry
from tests.factories import coordinator_of, make_alliance

JOIN = "/buendnisse/kassel/mitmachen/"
THANKS = "/buendnisse/kassel/mitmachen/danke/"


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()  # the rate limit counts in the cache
    yield
    cache.clear()


@pytest.fixture
def coordinator(kassel):
    user = coordinator_of(kassel)
    user.email = "koordination@kassel.example"
    user.save()
    return user


def filled_in(**changes):
    """What a person sends after a minute at the form."""
    data = {
        "kind": "volunteer",
        "name": "Erika Mustermann",
        "organisation": "Elternverein Nordstadt",
        "email": "erika@example.org",
        "phone": "0561 123456",
        "message": "Ich möchte beim Familientag helfen.",
        "consent": "on",
        "website": "",
        "started": started_token(time.time() - 60),
    }
    return {key: value for key, value in (data | changes).items() if value is not None}


def test_join_page_offers_the_form_with_its_safeguards(client, kassel):
    response = client.get(JOIN)

    assert response.status_code == 200
    assert '<h2 id="inquiry-title">Schreiben Sie uns</h2>' in response.text
    assert 'name="csrfmiddlewaretoken"' in response.text
    assert re.search(r'<input type="hidden" name="started" value="[^"]+:[^"]+">', response.text)
    assert '<div class="inquiry-form__trap" aria-hidden="true">' in response.text
    assert [value for value, _label in response.context["form"].fields["kind"].choices] == [
        "partner",
        "volunteer",
        "question",
    ]


def test_inquiry_is_stored_for_the_alliance_mailed_and_thanked(client, kassel, coordinator):
    make_alliance("herzogenrath")

    response = client.post(JOIN, filled_in())

    inquiry = Inquiry.objects.get()
    assert (response.status_code, response["Location"]) == (302, THANKS)
    assert (inquiry.alliance, inquiry.kind, inquiry.status) == (kassel, "volunteer", "new")
    assert (inquiry.name, inquiry.organisation, inquiry.email, inquiry.phone) == (
        "Erika Mustermann",
        "Elternverein Nordstadt",
        "erika@example.org",
        "0561 123456",
    )
    [message] = mail.outbox
    assert message.to == ["koordination@kassel.example"]
    assert message.reply_to == ["erika@example.org"]
    assert message.subject == (
        "Neue Anfrage an Kasseler Bündnis für Familie: Ehrenamtlich mitmachen"
    )
    assert "Ich möchte beim Familientag helfen." in message.body
    assert f"http://testserver/admin/inquiries/inquiry/{inquiry.pk}/change/" in message.body
    assert "180 Tage nach ihrem Eingang automatisch gelöscht" in message.body


def test_thank_you_page_after_the_redirect(client, kassel):
    response = client.post(JOIN, filled_in(), follow=True)

    assert response.redirect_chain == [(THANKS, 302)]
    assert "<h1>Vielen Dank für Ihre Nachricht</h1>" in response.text
    assert response["X-Robots-Tag"] == "noindex"


def test_without_coordinators_email_the_operator_hears_of_it(client, kassel, settings):
    client.post(JOIN, filled_in())

    assert mail.outbox[0].to == [settings.SITE_OPERATOR_EMAIL]


class FailingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Verbindung verloren")


def test_inquiry_is_kept_when_the_mail_fails(client, kassel, settings, caplog):
    settings.EMAIL_BACKEND = f"{__name__}.FailingBackend"

    response = client.post(JOIN, filled_in())

    assert (response.status_code, Inquiry.objects.count()) == (302, 1)
    assert "the e-mail to the coordination failed" in caplog.text


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "name", "Bitte geben Sie Ihren Namen an."),
        ({"email": "erika@"}, "email", "Das ist keine gültige E-Mail-Adresse"),
        ({"email": ""}, "email", "Bitte geben Sie Ihre E-Mail-Adresse an"),
        ({"message": " "}, "message", "Bitte schreiben Sie uns Ihre Nachricht."),
        ({"message": "x" * 5001}, "message", "höchstens 5000 Zeichen (jetzt 5001)"),
        ({"phone": "0561 123456 ruf an"}, "phone", "Bitte nur Ziffern, Leerzeichen"),
        ({"kind": None}, "kind", "Bitte wählen Sie, worum es geht."),
        ({"kind": "spende"}, "kind", "Bitte eine gültige Auswahl treffen."),
        ({"consent": None}, "consent", "Bitte stimmen Sie zu"),
    ],
    ids=["name", "email", "no-email", "message", "long", "phone", "kind", "bad-kind", "consent"],
)
def test_bad_input_comes_back_in_german_with_what_was_typed(
    client, kassel, changes, field, message
):
    response = client.post(JOIN, filled_in(**changes))

    assert response.status_code == 400
    assert list(response.context["form"].errors) == [field]
    assert message in response.text
    assert '<div class="error-summary" role="alert">' in response.text
    assert "Elternverein Nordstadt" in response.text  # what was typed is still there
    assert (Inquiry.objects.count(), len(mail.outbox)) == (0, 0)


def test_field_with_an_error_names_it_for_screen_readers(client, kassel):
    text = client.post(JOIN, filled_in(email="erika@")).text

    assert 'aria-invalid="true"' in text
    assert 'aria-describedby="id_email_error"' in text
    assert '<p class="field-error" id="id_email_error">' in text


def test_filled_honeypot_looks_sent_but_nothing_is_kept_or_mailed(client, kassel):
    response = client.post(JOIN, filled_in(website="https://spam.example"))

    assert (response.status_code, response["Location"]) == (302, THANKS)
    assert (Inquiry.objects.count(), len(mail.outbox)) == (0, 0)


@pytest.mark.parametrize(
    ("started", "message"),
    [
        (lambda: started_token(time.time() - 1), "Das ging schneller, als man schreiben kann."),
        (lambda: started_token(time.time() - 2 * 86400), "länger als einen Tag geöffnet"),
        (lambda: "1700000000:gefaelscht", "Das Formular ist unvollständig angekommen."),
        (lambda: None, "Das Formular ist unvollständig angekommen."),
    ],
    ids=["too-fast", "expired", "forged", "missing"],
)
def test_time_check_refuses_machines_with_a_message_and_the_input_kept(
    client, kassel, started, message
):
    response = client.post(JOIN, filled_in(started=started()))

    assert response.status_code == 400
    assert message in response.text
    assert "Ich möchte beim Familientag helfen." in response.text
    assert Inquiry.objects.count() == 0
    # A new moment to start from: sent again after a while, it goes through
    assert response.context["started"] != filled_in()["started"]


def test_rate_limit_per_client_address(client, kassel, settings):
    settings.INQUIRY_LIMIT_PER_HOUR = 2
    other = Client(REMOTE_ADDR="192.0.2.7")

    answers = [client.post(JOIN, filled_in()).status_code for _ in range(3)]
    elsewhere = other.post(JOIN, filled_in()).status_code

    assert (answers, elsewhere) == ([302, 302, 429], 302)
    assert Inquiry.objects.count() == 3


def test_rate_limited_post_keeps_the_input_and_says_why(client, kassel, settings):
    settings.INQUIRY_LIMIT_PER_HOUR = 0

    response = client.post(JOIN, filled_in())

    assert response.status_code == 429
    assert "Von Ihrem Anschluss kamen in der letzten Stunde schon viele Nachrichten" in (
        response.text
    )
    assert "Ich möchte beim Familientag helfen." in response.text


def test_rate_limit_behind_a_proxy_counts_the_visitors_address(client, kassel, settings):
    settings.INQUIRY_LIMIT_PER_HOUR = 1
    settings.TRUSTED_PROXY_COUNT = 1

    first = client.post(JOIN, filled_in(), HTTP_X_FORWARDED_FOR="198.51.100.1")
    second = client.post(JOIN, filled_in(), HTTP_X_FORWARDED_FOR="198.51.100.2")
    again = client.post(JOIN, filled_in(), HTTP_X_FORWARDED_FOR="198.51.100.1")

    assert [first.status_code, second.status_code, again.status_code] == [302, 302, 429]


def test_unpublished_alliance_takes_no_inquiries(client, herzogenrath):
    response = client.post("/buendnisse/herzogenrath/mitmachen/", filled_in())

    assert (response.status_code, Inquiry.objects.count()) == (404, 0)


def test_print_view_has_no_form_and_takes_no_post(client, kassel):
    printed = client.get(JOIN + "drucken/")
    posted = client.post(JOIN + "drucken/", filled_in())

    assert (printed.status_code, "inquiry-form" in printed.text) == (200, False)
    assert (posted.status_code, Inquiry.objects.count()) == (405, 0)


def test_post_without_csrf_token_is_refused_in_german(kassel):
    client = Client(enforce_csrf_checks=True)

    response = client.post(JOIN, filled_in())

    assert response.status_code == 403
    assert "<h1>Das Formular wurde nicht gesendet</h1>" in response.text


def csrf_token(text):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text)[1]


def test_page_cache_never_hands_one_visitors_form_to_another(kassel, settings):
    settings.PAGE_CACHE_SECONDS = 600
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)

    first_page = first.get(JOIN)
    second_page = second.get(JOIN)
    sent = second.post(JOIN, filled_in(csrfmiddlewaretoken=csrf_token(second_page.text)))

    assert csrf_token(first_page.text) != csrf_token(second_page.text)
    assert "csrftoken" in second_page.cookies  # the second visitor's own, not a stored page
    assert sent.status_code == 302
    assert Inquiry.objects.count() == 1


def test_page_cache_stores_the_print_view_without_form(
    client, kassel, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 600
    client.get(JOIN + "drucken/")

    with django_assert_num_queries(0):
        response = Client().get(JOIN + "drucken/")

    assert response.status_code == 200


def test_privacy_page_states_the_retention_period(client, db, settings):
    settings.INQUIRY_RETENTION_DAYS = 90

    response = client.get("/datenschutz/")

    assert "Ihre Anfrage wird 90 Tage nach ihrem Eingang automatisch gelöscht." in response.text
    assert 'id="anfragen"' in response.text


def test_form_on_an_alliances_own_host_stays_there(kassel):
    from buendnisse.models import AllianceHost

    AllianceHost.objects.create(alliance=kassel, name="www.familie-kassel.de", is_primary=True)
    on_host = Client(enforce_csrf_checks=True, headers={"host": "www.familie-kassel.de"})
    page = on_host.get("/mitmachen/")

    response = on_host.post(
        "/mitmachen/",
        filled_in(csrfmiddlewaretoken=csrf_token(page.text)),
        headers={"origin": "http://www.familie-kassel.de"},
    )

    assert '<form class="inquiry-form" method="post" action="/mitmachen/"' in page.text
    assert (response.status_code, response["Location"]) == (302, "/mitmachen/danke/")
    assert Inquiry.objects.get().alliance == kassel
    assert on_host.get("/mitmachen/danke/").status_code == 200
