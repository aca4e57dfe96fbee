"""Small image previews for admin lists and forms."""

from django.utils.html import format_html

PREVIEW_SIZE = 120


def image_preview(image, size=PREVIEW_SIZE):
    if not image or not image.file or not image.width or not image.height:
        return "–"
    scale = min(size / image.width, size / image.height, 1)
    return format_html(
        '<img src="{}" alt="{}" width="{}" height="{}">',
        image.file.url,
        image.alt,
        round(image.width * scale),
        round(image.height * scale),
    )
