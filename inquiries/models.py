import datetime

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from buendnisse.models import Alliance


class InquiryQuerySet(models.QuerySet):
    def open(self):
        """Not done yet: new, or answered and waiting for more."""
        return self.exclude(status=Inquiry.Status.DONE)

    def expired(self, now=None):
        """Received longer ago than the retention period the privacy page states."""
        now = now or timezone.now()
        return self.filter(
            received_at__lt=now - datetime.timedelta(days=settings.INQUIRY_RETENTION_DAYS)
        )


class Inquiry(models.Model):
    """A message to one alliance's coordination from its "Machen Sie mit" form."""

    class Kind(models.TextChoices):
        PARTNER = "partner", _("Bündnispartner werden")
        VOLUNTEER = "volunteer", _("Ehrenamtlich mitmachen")
        QUESTION = "question", _("Eine Frage stellen")

    class Status(models.TextChoices):
        NEW = "new", _("neu")
        ANSWERED = "answered", _("beantwortet")
        DONE = "done", _("erledigt")

    alliance = models.ForeignKey(
        Alliance, verbose_name=_("Bündnis"), on_delete=models.CASCADE, related_name="inquiries"
    )
    kind = models.CharField(_("Anliegen"), max_length=20, choices=Kind, default=Kind.QUESTION)
    name = models.CharField(_("Name"), max_length=200)
    email = models.EmailField(_("E-Mail"))
    organisation = models.CharField(
        _("Organisation"), max_length=200, blank=True, help_text=_("Verein, Betrieb, Einrichtung")
    )
    phone = models.CharField(_("Telefon"), max_length=50, blank=True)
    message = models.TextField(_("Nachricht"), max_length=5000)
    received_at = models.DateTimeField(_("eingegangen am"), auto_now_add=True)
    status = models.CharField(
        _("Stand"),
        max_length=20,
        choices=Status,
        default=Status.NEW,
        help_text=_(
            "„beantwortet“, sobald Sie geantwortet haben; „erledigt“, wenn nichts mehr zu tun ist."
        ),
    )
    note = models.TextField(
        _("interne Notiz"),
        blank=True,
        help_text=_("Nur für die Koordination, z. B. wer antwortet oder was vereinbart ist."),
    )

    objects = InquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("Anfrage")
        verbose_name_plural = _("Anfragen")
        indexes = [models.Index(fields=["received_at"], name="inquiry_received_at")]

    def __str__(self):
        return f"{self.name}: {self.get_kind_display()}"

    def recipients(self):
        """The alliance's coordinators with an e-mail address; without any, the portal's
        operator, so that no inquiry goes unnoticed."""
        addresses = list(
            self.alliance.coordinators.filter(is_active=True)
            .exclude(email="")
            .order_by("email")
            .values_list("email", flat=True)
        )
        return addresses or [settings.SITE_OPERATOR_EMAIL]

    def notify(self, admin_url):
        """Tell the coordination by e-mail; a reply goes straight to the sender."""
        context = {
            "inquiry": self,
            "admin_url": admin_url,
            "retention_days": settings.INQUIRY_RETENTION_DAYS,
        }
        EmailMessage(
            subject=f"Neue Anfrage an {self.alliance.name}: {self.get_kind_display()}",
            body=render_to_string("inquiries/notification.txt", context),
            to=self.recipients(),
            reply_to=[self.email],
        ).send()
