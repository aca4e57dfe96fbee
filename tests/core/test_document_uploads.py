import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from buendnisse.models import Document
from core.documents import MAX_DOCUMENT_SIZE
from tests.factories import MINIMAL_PDF, make_alliance


def upload(client, alliance, name, data):
    return client.post(
        reverse("admin:buendnisse_document_add"),
        {
            "alliance": alliance.pk,
            "title": "Bündnisflyer",
            "kind": "flyer",
            "file": SimpleUploadedFile(name, data, content_type="application/pdf"),
            "is_published": "on",
            "order": 0,
        },
    )


def test_document_upload_accepts_a_real_pdf_and_records_its_size(super_client):
    alliance = make_alliance()

    response = upload(super_client, alliance, "flyer.pdf", MINIMAL_PDF)

    assert response.status_code == 302
    assert Document.objects.get().file_size == len(MINIMAL_PDF)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "flyer.pdf",
            b"Das ist ein Word-Dokument, umbenannt.",
            "keine PDF-Datei (geprüft wird der Inhalt",
        ),
        ("flyer.pdf", b"PK\x03\x04" + b"\0" * 100, "keine PDF-Datei"),
        ("flyer.pdf", MINIMAL_PDF.replace(b"%%EOF", b""), "keine PDF-Datei"),
        ("flyer.docx", MINIMAL_PDF, "Bitte eine PDF-Datei hochladen."),
    ],
)
def test_document_upload_refuses_what_is_not_a_pdf(super_client, media_root, name, data, message):
    response = upload(super_client, make_alliance(), name, data)

    errors = response.context["adminform"].form.errors["file"]
    assert any(message in error for error in errors), errors
    assert Document.objects.count() == 0
    assert not any(path.is_file() for path in media_root.rglob("*"))


def test_document_upload_refuses_an_oversized_pdf(super_client):
    data = MINIMAL_PDF[:-6] + b"\0" * (MAX_DOCUMENT_SIZE + 1) + b"%%EOF\n"

    response = upload(super_client, make_alliance(), "riesig.pdf", data)

    assert (
        "erlaubt sind höchstens 20,0\xa0MB" in response.context["adminform"].form.errors["file"][0]
    )
