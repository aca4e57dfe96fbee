"""Downloads are PDF only, checked by their content, not their name."""

import secrets

import pypdf
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _

MAX_DOCUMENT_SIZE = 20 * 1024 * 1024


def upload_path(instance, filename):
    """dokumente/<year>/<random>/<name>: keeps the name for the download, but is not guessable."""
    return f"dokumente/{timezone.now():%Y}/{secrets.token_urlsafe(12)}/{filename}"


def validate_pdf(file):
    if getattr(file, "_committed", True) and not hasattr(file, "content_type"):
        return  # an already stored file, not a new upload
    if file.size > MAX_DOCUMENT_SIZE:
        raise ValidationError(
            _("Die Datei ist %(size)s groß; erlaubt sind höchstens %(limit)s.")
            % {"size": filesizeformat(file.size), "limit": filesizeformat(MAX_DOCUMENT_SIZE)},
            code="file_too_large",
        )
    if not _is_pdf(file):
        raise ValidationError(
            _(
                "Diese Datei ist keine PDF-Datei (geprüft wird der Inhalt, nicht der Name). "
                "Bitte speichern Sie das Dokument als PDF und laden Sie es erneut hoch."
            ),
            code="not_a_pdf",
        )


def _is_pdf(file):
    """Whether a PDF parser reads the file as a PDF with at least one page.

    A header and "%%EOF" alone prove nothing: an HTML file can carry both in comments.
    """
    file.seek(0)
    try:
        if not file.read(1024).lstrip().startswith(b"%PDF-"):
            return False
        file.seek(0)
        reader = pypdf.PdfReader(file, strict=True)
        return len(reader.pages) > 0
    except (pypdf.errors.PyPdfError, ValueError, KeyError, TypeError, AttributeError):
        return False
    finally:
        file.seek(0)
