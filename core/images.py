"""Uploaded pictures: checked by content, cleaned of metadata, and rendered once in a few widths.

Only files Pillow can fully decode as JPEG (phones' MPO included), PNG or WebP are
accepted, within limits on file size and pixel count. The stored file has its EXIF
orientation applied and carries no metadata at all (no GPS position, camera or author).
Renditions in WebP are made once, when the picture is uploaded, and served with srcset.
Every upload gets a folder of its own with a random name: no two pictures share a file,
and nothing is found by guessing a name.
"""

import contextlib
import dataclasses
import io
import secrets
import warnings

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image as Pillow

MAX_FILE_SIZE = 15 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a 40-megapixel photo; more is a mistake or an attack
MAX_STORED_SIDE = 2560  # larger originals are scaled down before they are stored
RENDITION_WIDTHS = (160, 480, 960, 1600)
ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
# Phones write JPEGs with a second, multi-picture segment: Pillow calls them MPO. The
# first picture is an ordinary JPEG photo, and that is what is kept.
JPEG_FORMATS = {"JPEG", "MPO"}
# The brands of HEIF files (HEIC photos from iPhones), at bytes 4-12 of the file.
HEIF_BRANDS = {b"ftypheic", b"ftypheix", b"ftyphevc", b"ftypheim", b"ftypheis", b"ftypmif1"}

# Pillow's own guard against decompression bombs, set to our limit: a file claiming more
# pixels is refused before it is decoded.
Pillow.MAX_IMAGE_PIXELS = MAX_PIXELS


def _rewind(file):
    if hasattr(file, "seek"):
        file.seek(0)


def open_checked(file):
    """The decoded picture, or a ValidationError with a German message saying what is wrong."""
    size = getattr(file, "size", None)
    if size is not None and size > MAX_FILE_SIZE:
        raise ValidationError(
            _("Die Datei ist %(size)s groß; erlaubt sind höchstens %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(MAX_FILE_SIZE)},
            code="file_too_large",
        )
    _rewind(file)
    if file.read(12)[4:12] in HEIF_BRANDS:
        _rewind(file)
        raise ValidationError(
            _(
                "HEIC-Fotos (so speichern iPhones) können hier nicht verarbeitet werden. "
                "Bitte speichern Sie das Foto als JPEG und laden Sie es erneut hoch: zum "
                "Beispiel am iPhone unter Einstellungen › Kamera › Formate › „Maximale "
                "Kompatibilität“, oder indem Sie es sich per E-Mail schicken."
            ),
            code="heic",
        )
    _rewind(file)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Pillow.DecompressionBombWarning)
            picture = Pillow.open(file)
            if picture.format not in ACCEPTED_FORMATS.keys() | JPEG_FORMATS:
                raise ValidationError(
                    _(
                        "Bitte ein Bild im Format JPEG, PNG oder WebP hochladen "
                        "(diese Datei ist %(format)s)."
                    )
                    % {"format": picture.format or _("kein Bild")},
                    code="wrong_format",
                )
            if picture.format in JPEG_FORMATS:
                # Decoded straight at the smallest scale that still fills the stored size.
                picture.draft(picture.mode, scaled_size(*picture.size, MAX_STORED_SIDE))
            picture.load()
    except ValidationError:
        raise
    except (Pillow.DecompressionBombError, Pillow.DecompressionBombWarning) as error:
        raise ValidationError(
            _("Das Bild hat zu viele Bildpunkte; erlaubt sind höchstens 40 Megapixel."),
            code="too_many_pixels",
        ) from error
    except (OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _(
                "Diese Datei ist kein lesbares Bild oder unvollständig. Bitte ein Foto oder "
                "eine Grafik als JPEG, PNG oder WebP hochladen."
            ),
            code="invalid_image",
        ) from error
    finally:
        _rewind(file)
    return picture


def validate_image_file(file):
    """Model-field validator: runs in every form, and in full_clean()."""
    if getattr(file, "_committed", True) and not hasattr(file, "content_type"):
        return  # an already stored file, not a new upload
    prepare(file)


# EXIF orientation → the transposition that shows the picture upright.
ORIENTATIONS = {
    2: Pillow.Transpose.FLIP_LEFT_RIGHT,
    3: Pillow.Transpose.ROTATE_180,
    4: Pillow.Transpose.FLIP_TOP_BOTTOM,
    5: Pillow.Transpose.TRANSPOSE,
    6: Pillow.Transpose.ROTATE_270,
    7: Pillow.Transpose.TRANSVERSE,
    8: Pillow.Transpose.ROTATE_90,
}


def scaled_size(width, height, longest_side):
    """The size that fits `longest_side`, never upscaled and never 0 pixels on a side."""
    scale = min(longest_side / max(width, height), 1)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _has_alpha(picture):
    return picture.mode in ("RGBA", "LA", "PA") or (
        picture.mode == "P" and "transparency" in picture.info
    )


def _cleaned(picture):
    """Upright, at most MAX_STORED_SIDE, pixels only: no EXIF, XMP, ICC, text or comments.

    The picture is scaled first, so that each later copy is small: a large upload costs
    its decoded size once, not four times.
    """
    orientation = picture.getexif().get(0x0112)
    mode = "RGBA" if _has_alpha(picture) else "RGB"
    size = scaled_size(picture.width, picture.height, MAX_STORED_SIDE)
    if size != picture.size:
        factor = min(picture.width // size[0], picture.height // size[1])
        if factor > 1:  # a fast, memory-light first step for very large pictures
            picture = picture.reduce(factor)
        picture = picture.convert(mode).resize(size, Pillow.Resampling.LANCZOS)
    else:
        picture = picture.convert(mode)
    if orientation in ORIENTATIONS:
        picture = picture.transpose(ORIENTATIONS[orientation])
    cleaned = Pillow.new(mode, picture.size)
    cleaned.paste(picture)
    return cleaned


def _encode(picture, image_format):
    buffer = io.BytesIO()
    if image_format == "JPEG":
        picture.save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
    elif image_format == "PNG":
        picture.save(buffer, "PNG", optimize=True)
    else:
        picture.save(buffer, "WEBP", quality=80, method=4)
    return buffer.getvalue()


def _renditions(picture):
    made = []
    for width in RENDITION_WIDTHS:
        if width >= picture.width:
            break
        size = (width, max(1, round(picture.height * width / picture.width)))
        made.append((*size, _encode(picture.resize(size, Pillow.Resampling.LANCZOS), "WEBP")))
    made.append((picture.width, picture.height, _encode(picture, "WEBP")))
    return made


@dataclasses.dataclass(frozen=True)
class PreparedImage:
    """An upload as it is stored (`content`), with its WebP renditions [(width, height, bytes)]."""

    content: ContentFile
    width: int
    height: int
    renditions: list


def prepare(file, name=None):
    """Check, clean and render an upload: once per upload, however often it is asked for.

    The admin asks before it opens its write transaction (core.admin.uploads), the form
    and the model ask again and get the same result, so the slow work never holds the
    database's write lock. A refused upload raises the same ValidationError every time.
    """
    cached = getattr(file, "_prepared", None)
    if isinstance(cached, ValidationError):
        raise cached
    if cached is not None:
        return cached
    try:
        cached = _prepare(file, name or getattr(file, "name", "") or "bild")
    except ValidationError as error:
        cached = error
        raise
    finally:
        with contextlib.suppress(AttributeError):
            file._prepared = cached
    return cached


def _prepare(file, name):
    picture = open_checked(file)
    image_format = "JPEG" if picture.format in JPEG_FORMATS else picture.format
    cleaned = _cleaned(picture)
    del picture
    if image_format == "JPEG" and cleaned.mode == "RGBA":
        image_format = "PNG"
    stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0] or "bild"
    content = ContentFile(
        _encode(cleaned, image_format), name=f"{stem}.{ACCEPTED_FORMATS[image_format]}"
    )
    return PreparedImage(content, cleaned.width, cleaned.height, _renditions(cleaned))


def renditions_of_stored(file):
    """WebP renditions of a picture already in storage (the demo loader's files)."""
    file.open("rb")
    try:
        picture = Pillow.open(file)
        picture.load()
    finally:
        file.close()
    return _renditions(picture.convert("RGBA" if _has_alpha(picture) else "RGB"))


def upload_path(instance, filename):
    """bilder/<year>/<random>/<name>: unique to this upload and not guessable from its name."""
    return f"bilder/{timezone.now():%Y}/{secrets.token_urlsafe(12)}/{filename}"


class CheckedImageFormField(forms.ImageField):
    """Says in German what is wrong with an upload before Django's generic check runs."""

    def to_python(self, data):
        if data not in self.empty_values:
            prepare(data)
        return super().to_python(data)
