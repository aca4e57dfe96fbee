import re

import vobject
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from buendnisse.models import Alliance, AllianceContentQuerySet, Image
from core.choices import ChoiceLabels
from core.fields import postcode_validator
from core.pagecache import OnItsAlliancesPages
from core.publishing import PublishedFlag
from core.urls import reverse


class ContactPerson(ChoiceLabels, OnItsAlliancesPages, PublishedFlag, models.Model):
    """A person families and partners can turn to, with their role in the alliance."""

    class Role(models.TextChoices):
        COORDINATOR = "coordinator", _("Koordination")
        MANAGEMENT = "management", _("Geschäftsführung")
        PATRON = "patron", _("Schirmherrschaft")
        CONTACT = "contact", _("Ansprechperson")

    alliance = models.ForeignKey(
        Alliance, verbose_name=_("Bündnis"), on_delete=models.CASCADE, related_name="contacts"
    )
    role = models.CharField(
        _("Rolle im Bündnis"), max_length=20, choices=Role, default=Role.CONTACT
    )
    academic_title = models.CharField(
        _("Titel"), max_length=50, blank=True, help_text=_("z. B. „Dr.“")
    )
    first_name = models.CharField(_("Vorname"), max_length=100, blank=True)
    last_name = models.CharField(
        _("Nachname"),
        max_length=100,
        blank=True,
        help_text=_("Leer lassen, wenn eine Stelle statt einer Person genannt wird."),
    )
    position = models.CharField(
        _("Funktion"),
        max_length=200,
        blank=True,
        help_text=_(
            "z. B. „Gleichstellungsbeauftragte“. Ohne Namen steht die Funktion als Überschrift."
        ),
    )
    institution = models.CharField(
        _("Institution"),
        max_length=200,
        blank=True,
        help_text=_("z. B. „Stadt Kassel, Jugendamt“."),
    )
    department = models.CharField(_("Abteilung"), max_length=200, blank=True)
    street = models.CharField(_("Straße und Hausnummer"), max_length=200, blank=True)
    postcode = models.CharField(
        _("Postleitzahl"), max_length=5, blank=True, validators=[postcode_validator]
    )
    city = models.CharField(_("Ort"), max_length=120, blank=True)
    phone = models.CharField(_("Telefon"), max_length=50, blank=True)
    fax = models.CharField(_("Telefax"), max_length=50, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    transit_url = models.URLField(
        _("Fahrplanauskunft (ÖPNV)"),
        blank=True,
        help_text=_("Link zur Verbindungssuche mit Bus und Bahn zu dieser Adresse."),
    )
    portrait = models.ForeignKey(
        Image,
        verbose_name=_("Porträt"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    is_published = models.BooleanField(_("veröffentlicht"), default=True)
    order = models.PositiveSmallIntegerField(
        _("Reihenfolge"), default=0, help_text=_("Die erste Person steht auch auf der Startseite.")
    )
    # For the "Stand" of the pages that show it; empty for rows from before it was kept.
    updated_at = models.DateTimeField(_("zuletzt geändert"), auto_now=True, null=True)

    objects = AllianceContentQuerySet.as_manager()

    class Meta:
        ordering = ["order", "last_name", "first_name"]
        verbose_name = _("Ansprechperson")
        verbose_name_plural = _("Ansprechpersonen")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(last_name="") | ~models.Q(position=""),
                name="contact_has_name_or_position",
                violation_error_message=_(
                    "Bitte einen Nachnamen oder, für eine Stelle ohne Namen, eine Funktion angeben."
                ),
            )
        ]

    def __str__(self):
        return self.full_name

    def get_absolute_url(self):
        return (
            reverse("contacts:list", kwargs={"alliance_slug": self.alliance.slug})
            + f"#{self.anchor}"
        )

    @property
    def full_name(self):
        """The person's name, or the position for an office named without a person."""
        if self.is_office:
            return self.position
        return " ".join(
            part for part in (self.academic_title, self.first_name, self.last_name) if part
        )

    @property
    def is_office(self):
        return not self.last_name

    @property
    def anchor(self):
        return f"person-{self.pk}"

    @property
    def has_address(self):
        return bool(self.street or self.city)

    @property
    def phone_link(self):
        """The phone number as a tel: address, digits and a leading + only."""
        return "tel:" + re.sub(r"(?!^\+)\D", "", self.phone.strip())

    @property
    def has_vcard(self):
        """Whether a vCard would hold a way to reach the person, not only a name."""
        return bool(self.phone or self.fax or self.email or self.has_address)

    @property
    def vcard_filename(self):
        return f"{slugify(self.full_name)}.vcf"

    def to_vcard(self):
        """The person as a vCard 3.0 text."""
        card = vobject.vCard()
        card.add("n").value = vobject.vcard.Name(
            family=self.last_name, given=self.first_name, prefix=self.academic_title
        )
        card.add("fn").value = self.full_name
        if self.is_office and self.institution:
            card.fn.value = f"{self.position}, {self.institution}"
        organisation = [part for part in (self.institution, self.department) if part]
        if organisation:
            card.add("org").value = organisation
        if self.position and not self.is_office:
            card.add("title").value = self.position
        card.add("role").value = f"{self.get_role_display()}, {self.alliance.name}"
        for number, kind in ((self.phone, "WORK"), (self.fax, "FAX")):
            if number:
                tel = card.add("tel")
                tel.value = number
                tel.type_param = kind
        if self.email:
            email = card.add("email")
            email.value = self.email
            email.type_param = "INTERNET"
        if self.has_address:
            adr = card.add("adr")
            adr.value = vobject.vcard.Address(
                street=self.street, code=self.postcode, city=self.city, country="Deutschland"
            )
            adr.type_param = "WORK"
        return card.serialize()
