"""Downloads are PDF only, checked by their content, not their name."""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

MAX_DOCUMENT_SIZE = 20 * 1024 * 1024


def validate_pdf(file):
    if getattr(file, "_committed", True) and not hasattr(file, "content_type"):
        return  # an already stored file, not a new upload
    if file.size > MAX_DOCUMENT_SIZE:
        raise ValidationError(
            _("Die Datei ist %(size)s groß; erlaubt sind höchstens %(limit)s.")
            % {"size": filesizeformat(file.size), "limit": filesizeformat(MAX_DOCUMENT_SIZE)},
            code="file_too_large",
        )
    file.seek(0)
    head = file.read(1024)
    file.seek(max(file.size - 2048, 0))
    tail = file.read()
    file.seek(0)
    # A PDF starts with its header within the first kilobyte and ends with %%EOF.
    if b"%PDF-" not in head or b"%%EOF" not in tail:
        raise ValidationError(
            _(
                "Diese Datei ist keine PDF-Datei (geprüft wird der Inhalt, nicht der Name). "
                "Bitte speichern Sie das Dokument als PDF und laden Sie es erneut hoch."
            ),
            code="not_a_pdf",
        )
