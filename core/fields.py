"""Model fields shared by all apps."""

import datetime

from django.contrib.admin.widgets import AdminTextareaWidget
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.forms import Media
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField, ProseEditorFormField
from django_prose_editor.widgets import AdminProseEditorWidget, ProseEditorWidget

# What coordinators may use in long texts: the editor offers exactly these,
# and the sanitiser removes everything else.
RICH_TEXT_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    # Pages use h1 and h2 around these texts, so texts start at h3.
    "Heading": {"levels": [3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
}


# The editor names its buttons and menu entries in English and marks its menu of paragraph
# formats with a character few fonts have: these make it German, its icons from its own font.
RICH_TEXT_MEDIA = Media(css={"all": ["css/rich-text-editor.css"]}, js=["js/rich-text-editor.js"])


class RichTextWidget(ProseEditorWidget):
    @property
    def media(self):
        return super().media + RICH_TEXT_MEDIA


class AdminRichTextWidget(AdminProseEditorWidget):
    @property
    def media(self):
        return super().media + RICH_TEXT_MEDIA


class RichTextFormField(ProseEditorFormField):
    def __init__(self, *args, widget=None, **kwargs):
        # As ProseEditorFormField chooses between its own two widgets.
        in_admin = isinstance(widget, AdminTextareaWidget) or (
            isinstance(widget, type) and issubclass(widget, AdminTextareaWidget)
        )
        widget = AdminRichTextWidget if in_admin else RichTextWidget
        super().__init__(*args, widget=widget, **kwargs)


class RichTextField(ProseEditorField):
    """HTML text edited with a WYSIWYG editor and sanitised on every save.

    ProseEditorField sanitises only in ``clean()``; sanitising again in ``pre_save``
    covers the shell, management commands and data migrations too.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", RICH_TEXT_EXTENSIONS)
        kwargs.setdefault("sanitize", True)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        # Keep this class (not plain TextField) in migrations, so data migrations sanitise too.
        name, _path, args, kwargs = super().deconstruct()
        return name, "core.fields.RichTextField", args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": RichTextFormField, **kwargs})

    def pre_save(self, model_instance, add):
        value = self.sanitize(getattr(model_instance, self.attname) or "")
        setattr(model_instance, self.attname, value)
        return value


def validate_not_print_path(slug):
    """A page's print view lives at its path plus drucken/, so no page may be called so."""
    if slug == "drucken":
        raise ValidationError(
            _("„drucken“ ist für die Druckansicht vergeben. Bitte einen anderen Kurznamen wählen."),
            code="reserved",
        )


postcode_validator = RegexValidator(
    r"^\d{5}$", _("Bitte eine fünfstellige Postleitzahl eingeben, zum Beispiel 34117.")
)


class PartialDatePrecision(models.TextChoices):
    DAY = "day", _("auf den Tag genau")
    MONTH = "month", _("auf den Monat genau")
    YEAR = "year", _("nur das Jahr")


def format_partial_date(value, precision):
    """German display of a date known only to the day, month or year."""
    from django.utils.formats import date_format

    if value is None:
        return ""
    if precision == PartialDatePrecision.YEAR:
        return str(value.year)
    if precision == PartialDatePrecision.MONTH:
        return date_format(value, "F Y")
    return date_format(value, "j. F Y")


def partial_date_iso(value, precision):
    """The date as precise as it is known, for <time datetime="…">."""
    if value is None:
        return ""
    if precision == PartialDatePrecision.YEAR:
        return f"{value:%Y}"
    if precision == PartialDatePrecision.MONTH:
        return f"{value:%Y-%m}"
    return value.isoformat()


def normalise_partial_date(value, precision):
    """A date known only to the month or year is stored as its first day."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.date.fromisoformat(value)
    if precision == PartialDatePrecision.YEAR:
        return value.replace(month=1, day=1)
    if precision == PartialDatePrecision.MONTH:
        return value.replace(day=1)
    return value
