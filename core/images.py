"""Uploaded pictures: checked by content, cleaned of metadata, and rendered once in a few widths.

Only files Pillow can fully decode as JPEG, PNG or WebP are accepted, within limits on
file size and pixel count. The stored file has its EXIF orientation applied and
carries no metadata at all (no GPS position, camera or author). Renditions in WebP are
made once, when the picture is saved, and served with srcset.
"""

import io
import warnings

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image as Pillow
from PIL import ImageOps

MAX_FILE_SIZE = 15 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a 40-megapixel photo; more is a mistake or an attack
MAX_STORED_SIDE = 2560  # larger originals are scaled down before they are stored
RENDITION_WIDTHS = (160, 480, 960, 1600)
ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}

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
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Pillow.DecompressionBombWarning)
            picture = Pillow.open(file)
            if picture.format not in ACCEPTED_FORMATS:
                raise ValidationError(
                    _(
                        "Bitte ein Bild im Format JPEG, PNG oder WebP hochladen "
                        "(diese Datei ist %(format)s)."
                    )
                    % {"format": picture.format or _("kein Bild")},
                    code="wrong_format",
                )
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
    open_checked(file)


def _without_metadata(picture):
    """A copy that carries pixels only: no EXIF, XMP, ICC, text chunks or comments."""
    picture = ImageOps.exif_transpose(picture)
    has_alpha = picture.mode in ("RGBA", "LA", "PA") or (
        picture.mode == "P" and "transparency" in picture.info
    )
    mode = "RGBA" if has_alpha else "RGB"
    converted = picture.convert(mode)
    return Pillow.frombytes(mode, converted.size, converted.tobytes())


def _encode(picture, image_format):
    buffer = io.BytesIO()
    if image_format == "JPEG":
        picture.save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
    elif image_format == "PNG":
        picture.save(buffer, "PNG", optimize=True)
    else:
        picture.save(buffer, "WEBP", quality=80, method=4)
    return buffer.getvalue()


def cleaned_upload(file, name):
    """The upload as it is stored: oriented, without metadata, at most MAX_STORED_SIDE wide.

    Returns (ContentFile, width, height). Keeps the format, except that a JPEG never
    needs transparency and a transparent picture never becomes a JPEG.
    """
    picture = open_checked(file)
    image_format = picture.format
    cleaned = _without_metadata(picture)
    cleaned.thumbnail((MAX_STORED_SIDE, MAX_STORED_SIDE), Pillow.Resampling.LANCZOS)
    if image_format == "JPEG" and cleaned.mode == "RGBA":
        image_format = "PNG"
    stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0] or "bild"
    content = ContentFile(
        _encode(cleaned, image_format), name=f"{stem}.{ACCEPTED_FORMATS[image_format]}"
    )
    return content, cleaned.width, cleaned.height


def renditions(file):
    """WebP versions of a stored picture in the widths it can fill: [(width, height, bytes)]."""
    file.open("rb")
    try:
        picture = Pillow.open(file)
        picture.load()
    finally:
        file.close()
    picture = picture.convert("RGBA" if picture.mode in ("RGBA", "LA", "P") else "RGB")
    made = []
    for width in RENDITION_WIDTHS:
        if width >= picture.width:
            break
        height = round(picture.height * width / picture.width)
        scaled = picture.resize((width, height), Pillow.Resampling.LANCZOS)
        made.append((width, height, _encode(scaled, "WEBP")))
    made.append((picture.width, picture.height, _encode(picture, "WEBP")))
    return made


class CheckedImageFormField(forms.ImageField):
    """Says in German what is wrong with an upload before Django's generic check runs."""

    def to_python(self, data):
        if data not in self.empty_values:
            open_checked(data)
        return super().to_python(data)
