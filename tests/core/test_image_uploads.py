"""Uploads through the admin: only real JPEG/PNG/WebP, cleaned of metadata, rendered once."""

import io
import struct
import zlib
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as Pillow

from buendnisse.models import Image
from core.images import MAX_FILE_SIZE

GPS_LATITUDE = (51.0, 18.0, 59.0)  # Kassel


def encoded(picture, image_format, **options):
    buffer = io.BytesIO()
    picture.save(buffer, image_format, **options)
    return buffer.getvalue()


def photo_with_gps(size=(60, 40)):
    """A JPEG straight from a phone: GPS position, camera, author, rotated by EXIF."""
    exif = Pillow.Exif()
    exif[0x010F] = "Testkamera GmbH"  # Make
    exif[0x013B] = "Erika Fotografin"  # Artist
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to show
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", GPS_LATITUDE
    gps[3], gps[4] = "E", (9.0, 29.0, 50.0)
    return encoded(Pillow.new("RGB", size, (200, 30, 30)), "JPEG", exif=exif)


def png_claiming(width, height):
    """A tiny PNG whose header claims a huge picture: a decompression bomb."""
    data = encoded(Pillow.new("L", (1, 1)), "PNG")
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + header
    ihdr = struct.pack(">I", len(header)) + chunk + struct.pack(">I", zlib.crc32(chunk))
    return data[:8] + ihdr + data[8 + len(ihdr) :]


def upload(client, name, data, content_type="image/jpeg"):
    return client.post(
        reverse("admin:buendnisse_image_add"),
        {
            "title": "Upload",
            "file": SimpleUploadedFile(name, data, content_type=content_type),
            "alt_text": "Ein Foto",
            "credit": "© Test",
        },
    )


def stored_files(media_root):
    return sorted(p for p in Path(media_root).rglob("*") if p.is_file())


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("brief.jpg", b"Sehr geehrte Damen und Herren,\n" * 50, "kein lesbares Bild"),
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "kein lesbares Bild",
        ),
        ("abgebrochen.jpg", None, "kein lesbares Bild oder unvollständig"),
        ("bombe.png", png_claiming(30_000, 30_000), "höchstens 40 Megapixel"),
        ("gross.png", png_claiming(8_000, 6_000), "höchstens 40 Megapixel"),
        ("animation.gif", encoded(Pillow.new("RGB", (10, 10)), "GIF"), "JPEG, PNG oder WebP"),
        ("bitmap.bmp", encoded(Pillow.new("RGB", (10, 10)), "BMP"), "JPEG, PNG oder WebP"),
    ],
)
def test_image_upload_refuses_what_is_not_a_real_picture(
    super_client, media_root, name, data, message
):
    if data is None:  # a JPEG cut off halfway through the transfer
        full = encoded(Pillow.effect_noise((200, 200), 50).convert("RGB"), "JPEG")
        data = full[: len(full) // 2]

    response = upload(super_client, name, data)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["file"]
    assert any(message in error for error in errors), errors
    assert Image.objects.count() == 0
    assert stored_files(media_root) == []


def test_image_upload_refuses_an_oversized_file(super_client, media_root):
    data = photo_with_gps() + b"\0" * (MAX_FILE_SIZE + 1)

    response = upload(super_client, "riesig.jpg", data)

    assert (
        "erlaubt sind höchstens 15,0\xa0MB" in response.context["adminform"].form.errors["file"][0]
    )
    assert stored_files(media_root) == []


def test_image_upload_strips_gps_camera_and_author_from_every_stored_file(super_client, media_root):
    original = photo_with_gps(size=(1200, 800))
    assert b"Testkamera GmbH" in original and b"Erika Fotografin" in original

    response = upload(super_client, "handyfoto.jpg", original)

    assert response.status_code == 302
    files = stored_files(media_root)
    assert len(files) == 1 + len(Image.objects.get().renditions)
    for path in files:
        content = path.read_bytes()
        assert b"Testkamera" not in content
        assert b"Erika" not in content
        with Pillow.open(path) as stored:
            assert dict(stored.getexif()) == {}
            assert "xmp" not in stored.info


def test_image_upload_applies_the_exif_orientation(super_client):
    upload(super_client, "hochkant.jpg", photo_with_gps(size=(60, 40)))

    image = Image.objects.get()

    assert (image.width, image.height) == (40, 60)


def test_image_upload_makes_webp_renditions_in_fitting_widths(super_client):
    upload(super_client, "gross.jpg", encoded(Pillow.new("RGB", (2000, 1000), "navy"), "JPEG"))

    image = Image.objects.get()

    assert [(r["width"], r["height"]) for r in image.renditions] == [
        (160, 80),
        (480, 240),
        (960, 480),
        (1600, 800),
        (2000, 1000),
    ]
    for rendition in image.renditions:
        with Pillow.open(image.file.storage.path(rendition["name"])) as stored:
            assert (stored.format, stored.width) == ("WEBP", rendition["width"])
    assert image.srcset.startswith("/media/bilder/")
    assert image.srcset.endswith(".2000w.webp 2000w")


def test_image_upload_scales_huge_photos_down_before_storing(super_client):
    upload(super_client, "kamera.jpg", encoded(Pillow.new("RGB", (5000, 2500), "navy"), "JPEG"))

    image = Image.objects.get()

    assert (image.width, image.height) == (2560, 1280)


def test_image_upload_keeps_logo_transparency(super_client):
    logo = Pillow.new("RGBA", (300, 100), (0, 0, 0, 0))
    logo.paste((0, 90, 140, 255), (0, 0, 150, 100))

    upload(super_client, "logo.png", encoded(logo, "PNG"), content_type="image/png")

    image = Image.objects.get()
    with Pillow.open(image.file.path) as stored:
        assert (stored.format, stored.mode) == ("PNG", "RGBA")
        assert stored.getpixel((299, 50))[3] == 0
    with Pillow.open(image.file.storage.path(image.renditions[0]["name"])) as rendition:
        assert rendition.mode == "RGBA"


def test_image_alt_text_is_required_unless_decorative(super_client):
    response = super_client.post(
        reverse("admin:buendnisse_image_add"),
        {
            "title": "Ohne Alternativtext",
            "file": SimpleUploadedFile("a.png", encoded(Pillow.new("RGB", (10, 10)), "PNG")),
            "credit": "© Test",
        },
    )

    form = response.context["adminform"].form
    assert form.non_field_errors() == [
        "Bitte einen Alternativtext eingeben oder das Bild als rein dekorativ markieren."
    ]
    assert Image.objects.count() == 0


def test_image_credit_is_required(super_client):
    response = super_client.post(
        reverse("admin:buendnisse_image_add"),
        {
            "title": "Ohne Nachweis",
            "file": SimpleUploadedFile("a.png", encoded(Pillow.new("RGB", (10, 10)), "PNG")),
            "alt_text": "Etwas",
        },
    )

    assert response.context["adminform"].form.errors["credit"] == [
        "Dieses Feld ist zwingend erforderlich."
    ]
