"""Findings 1, 5, 7, 8 and 11 of the adversarial test: uploads never touch another
alliance's files, leave nothing behind, and say in German what is wrong."""

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as Pillow

from buendnisse.models import Document, Image
from tests.factories import MINIMAL_PDF, coordinator_of, make_alliance


def encoded(picture, image_format, **options):
    buffer = io.BytesIO()
    picture.save(buffer, image_format, **options)
    return buffer.getvalue()


def upload_image(client, name, data, **fields):
    return client.post(
        reverse("admin:buendnisse_image_add"),
        {
            "title": fields.pop("title", name),
            "file": SimpleUploadedFile(name, data, content_type="image/png"),
            "alt_text": "Ein Bild",
            "credit": "© Test",
            **fields,
        },
    )


def files_under(media_root):
    return sorted(
        str(p.relative_to(media_root)) for p in Path(media_root).rglob("*") if p.is_file()
    )


def pixels(path):
    with Pillow.open(path) as picture:
        return picture.convert("RGB").getpixel((0, 0))


@pytest.fixture
def unna_client(client, db):
    client.force_login(coordinator_of(make_alliance("kreis-unna")))
    return client


@pytest.fixture
def kassel_client(kassel):
    from django.test import Client

    client = Client()
    client.force_login(coordinator_of(kassel))
    return client


def test_upload_of_same_name_by_another_alliance_leaves_first_pictures_untouched(
    unna_client, kassel_client, media_root
):
    red = encoded(Pillow.new("RGB", (800, 600), (200, 0, 0)), "PNG")
    blue = encoded(Pillow.new("RGB", (800, 600), (0, 0, 200)), "JPEG")

    upload_image(unna_client, "logo.png", red, title="Logo Unna")
    unna = Image.objects.get(title="Logo Unna")
    upload_image(kassel_client, "logo.jpg", blue, title="Logo Kassel")
    kassel = Image.objects.get(title="Logo Kassel")

    unna_names = set(unna.stored_files())
    kassel_names = set(kassel.stored_files())
    assert unna_names.isdisjoint(kassel_names)
    assert [r["width"] for r in unna.renditions] == [160, 480, 800]
    for name in unna_names:
        red_pixel = pixels(Path(media_root) / name)
        assert red_pixel[0] > 150 and red_pixel[2] < 50, name


def test_uploaded_files_are_not_guessable_from_their_name(unna_client):
    upload_image(unna_client, "logo.png", encoded(Pillow.new("RGB", (40, 30)), "PNG"))

    name = Image.objects.get().file.name

    assert name.startswith("bilder/")
    assert name.endswith("/logo.png")
    folder = name.split("/")[2]
    assert len(folder) >= 16  # a random folder per upload


def test_deleting_an_image_removes_original_and_renditions(
    unna_client, media_root, django_capture_on_commit_callbacks
):
    upload_image(unna_client, "foto.png", encoded(Pillow.new("RGB", (1000, 700)), "PNG"))
    image = Image.objects.get()
    assert len(files_under(media_root)) == 5  # original and 160/480/960/1000 px

    with django_capture_on_commit_callbacks(execute=True):
        response = unna_client.post(
            reverse("admin:buendnisse_image_delete", args=[image.pk]), {"post": "yes"}
        )

    assert response.status_code == 302
    assert files_under(media_root) == []


def test_replacing_an_image_file_removes_the_old_files(
    unna_client, media_root, django_capture_on_commit_callbacks
):
    upload_image(unna_client, "alt.png", encoded(Pillow.new("RGB", (600, 400)), "PNG"))
    image = Image.objects.get()
    old = set(image.stored_files())

    with django_capture_on_commit_callbacks(execute=True):
        image.file = SimpleUploadedFile(
            "neu.png", encoded(Pillow.new("RGB", (300, 200)), "PNG"), content_type="image/png"
        )
        image.save()

    assert set(files_under(media_root)) == set(image.stored_files())
    assert old.isdisjoint(files_under(media_root))


def test_deleting_and_replacing_a_document_removes_its_files(
    kassel, media_root, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = Document.objects.create(
            alliance=kassel,
            title="Flyer",
            file=SimpleUploadedFile("flyer.pdf", MINIMAL_PDF),
        )
        first = document.file.name
        document.file = SimpleUploadedFile("flyer-2.pdf", MINIMAL_PDF)
        document.save()

    assert files_under(media_root) == [document.file.name]
    assert first != document.file.name

    with django_capture_on_commit_callbacks(execute=True):
        Document.objects.filter(pk=document.pk).delete()

    assert files_under(media_root) == []


def test_phone_photo_with_multi_picture_segment_is_accepted_as_jpeg(unna_client):
    first = Pillow.new("RGB", (64, 48), (10, 120, 10))
    second = Pillow.new("RGB", (32, 24), (200, 200, 200))
    data = encoded(first, "MPO", save_all=True, append_images=[second])
    assert Pillow.open(io.BytesIO(data)).format == "MPO"

    response = upload_image(unna_client, "IMG_0001.jpg", data)

    assert response.status_code == 302
    image = Image.objects.get()
    assert image.file.name.endswith("/IMG_0001.jpg")
    with Pillow.open(image.file.path) as stored:
        assert (stored.format, stored.size) == ("JPEG", (64, 48))


def test_heic_photo_gets_a_german_message_saying_what_to_do(unna_client):
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(200)

    response = upload_image(unna_client, "IMG_0002.HEIC", heic)

    assert response.status_code == 200
    assert "HEIC-Fotos (so speichern iPhones) können hier nicht verarbeitet werden." in (
        response.text
    )
    assert "„Maximale Kompatibilität“" in response.text
    assert Image.objects.count() == 0


@pytest.mark.parametrize("size", [(40000, 1), (1, 40000), (1000, 2), (3, 1)])
def test_very_wide_or_tall_image_is_accepted_without_error_or_orphan(unna_client, media_root, size):
    response = upload_image(unna_client, "streifen.png", encoded(Pillow.new("L", size), "PNG"))

    assert response.status_code == 302
    image = Image.objects.get()
    assert min(image.width, image.height) >= 1
    assert max(image.width, image.height) == min(max(size), 2560)
    assert all(r["height"] >= 1 and r["width"] >= 1 for r in image.renditions)
    assert set(files_under(media_root)) == set(image.stored_files())


def test_large_image_is_scaled_before_it_is_stored(unna_client):
    big = encoded(Pillow.new("RGB", (6300, 6300), (0, 90, 140)), "PNG")

    response = upload_image(unna_client, "gross.png", big)

    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (2560, 2560)
    assert [r["width"] for r in image.renditions] == [160, 480, 960, 1600, 2560]


def test_html_file_hiding_pdf_markers_is_refused(kassel, client, superuser):
    client.force_login(superuser)
    fake = b"<!-- %PDF-1.4 --><html><body><script>alert(1)</script></body></html>\n<!-- %%EOF -->"

    response = client.post(
        reverse("admin:buendnisse_document_add"),
        {
            "alliance": kassel.pk,
            "title": "Flyer",
            "kind": "flyer",
            "file": SimpleUploadedFile("flyer.pdf", fake, content_type="application/pdf"),
            "order": 0,
        },
    )

    assert response.status_code == 200
    assert "Diese Datei ist keine PDF-Datei (geprüft wird der Inhalt, nicht der Name)." in (
        response.text
    )
    assert Document.objects.count() == 0
