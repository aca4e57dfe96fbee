"""The "Machen Sie mit" form, and what keeps machines out of it without asking anyone else.

- a honeypot: a field people never see and so leave empty (`website`), which bots fill in;
- a time check: the form carries the moment it was handed out, signed (`started`); sent
  back faster than anyone types, or after a day, it is refused;
- a rate limit per client address (`over_limit`), counted in Django's cache, so several
  servers share it (while the cache is unreachable, nothing is counted).
No captcha and nothing loaded from a third party.
"""

import logging
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.validators import RegexValidator

from core.login_throttle import client_address
from core.pagecache import UNREACHABLE

from .models import Inquiry

SALT = "inquiries.started"
MAX_AGE_SECONDS = 60 * 60 * 24
LIMIT_WINDOW_SECONDS = 60 * 60

logger = logging.getLogger(__name__)

phone_validator = RegexValidator(
    r"^[0-9 +/()\-]*$", "Bitte nur Ziffern, Leerzeichen und + / - ( ) verwenden."
)


def started_token(now=None):
    """The moment the form is handed out, signed: the visitor cannot set it back."""
    return signing.dumps(int(now if now is not None else time.time()), salt=SALT)


def over_limit(request):
    """Counts this post from the client's address; True once there were more than
    INQUIRY_LIMIT_PER_HOUR within the hour that began with the first."""
    key = f"inquiries:posts:{client_address(request)}"
    try:
        cache.add(key, 0, timeout=LIMIT_WINDOW_SECONDS)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between the two calls
            cache.set(key, 1, timeout=LIMIT_WINDOW_SECONDS)
            count = 1
    except UNREACHABLE:
        # Better an inquiry too many than one lost; the other checks still apply.
        logger.warning("Cache unreachable: an inquiry was not counted for the rate limit")
        return False
    return count > settings.INQUIRY_LIMIT_PER_HOUR


class InquiryForm(forms.ModelForm):
    consent = forms.BooleanField(
        label="Ich bin einverstanden, dass meine Angaben gespeichert und an die Koordination "
        "des Bündnisses weitergegeben werden, um meine Anfrage zu beantworten.",
        error_messages={
            "required": "Bitte stimmen Sie zu; ohne Ihre Angaben können wir Ihnen nicht antworten."
        },
    )
    # The honeypot: hidden from people (templates/pages/_inquiry_form.html), bots fill it.
    website = forms.CharField(label="Bitte leer lassen", required=False)
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Inquiry
        fields = ["kind", "name", "organisation", "email", "phone", "message"]
        labels = {
            "kind": "Worum geht es?",
            "name": "Ihr Name",
            "organisation": "Organisation (freiwillig)",
            "email": "Ihre E-Mail-Adresse",
            "phone": "Telefon (freiwillig)",
            "message": "Ihre Nachricht",
        }
        help_texts = {
            "organisation": "Verein, Betrieb oder Einrichtung, für die Sie schreiben.",
            "phone": "Falls Sie lieber angerufen werden möchten.",
            "message": "Höchstens 5000 Zeichen.",
        }
        widgets = {
            "kind": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 8}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        }
        error_messages = {
            "kind": {"required": "Bitte wählen Sie, worum es geht."},
            "name": {"required": "Bitte geben Sie Ihren Namen an."},
            "email": {
                "required": "Bitte geben Sie Ihre E-Mail-Adresse an, damit wir antworten können.",
                "invalid": "Das ist keine gültige E-Mail-Adresse, etwa name@beispiel.de.",
            },
            "message": {
                "required": "Bitte schreiben Sie uns Ihre Nachricht.",
                "max_length": "Bitte fassen Sie sich kürzer: höchstens 5000 Zeichen "
                "(jetzt %(show_value)d).",
            },
        }

    def __init__(self, *args, alliance, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.alliance = alliance
        self.fields["kind"].choices = Inquiry.Kind.choices  # no empty "---------" choice
        self.fields["phone"].validators.append(phone_validator)
        self.fields[
            "consent"
        ].help_text = (
            f"Die Anfrage wird {settings.INQUIRY_RETENTION_DAYS} Tage nach ihrem Eingang gelöscht."
        )
        # German for the value limits, whichever language the request came in
        for field in self.fields.values():
            if isinstance(field, forms.CharField) and field.max_length:
                field.error_messages.setdefault(
                    "max_length",
                    f"Bitte höchstens {field.max_length} Zeichen (jetzt %(show_value)d).",
                )

    def text_fields(self):
        """The fields people type into, in their order on the page."""
        return [self[name] for name in ("name", "organisation", "email", "phone", "message")]

    @property
    def is_bot(self):
        """Filled in what no person sees: answered as if sent, but neither kept nor mailed."""
        return bool(self.cleaned_data.get("website"))

    def clean_started(self):
        try:
            started = signing.loads(self.cleaned_data["started"], salt=SALT)
        except signing.BadSignature:
            raise forms.ValidationError(
                "Das Formular ist unvollständig angekommen. Bitte senden Sie es noch einmal ab.",
                code="tampered",
            ) from None
        elapsed = time.time() - started
        if elapsed < settings.INQUIRY_MIN_SECONDS:
            raise forms.ValidationError(
                "Das ging schneller, als man schreiben kann. Bitte prüfen Sie Ihre Angaben und "
                "senden Sie das Formular noch einmal ab.",
                code="too_fast",
            )
        if elapsed > MAX_AGE_SECONDS:
            raise forms.ValidationError(
                "Das Formular war länger als einen Tag geöffnet. Bitte senden Sie es noch "
                "einmal ab; Ihre Angaben stehen noch darin.",
                code="expired",
            )
        return started
