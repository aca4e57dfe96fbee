"""What a page tells search engines and the apps that show a shared link: its title and
description again (Open Graph, Twitter cards), its picture, and structured data (JSON-LD).
"""

import json

from django import template
from django.template.loader_tags import BLOCK_CONTEXT_KEY
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

register = template.Library()

# json_script's escapes: nothing in the data can close the <script> element or open a comment.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
DEFAULT_PICTURE = ("img/share.png", 1200, 630)


@register.simple_tag(takes_context=True)
def block_text(context, name):
    """The text a page's template gives the block `name` ("title", "description"), once more:
    Django renders each block in one place only, and the title stands in <title> and in og:title.
    """
    block_context = context.render_context.get(BLOCK_CONTEXT_KEY)
    block = block_context.get_block(name) if block_context else None
    if block is None:
        return ""
    return " ".join(strip_tags(block.render(context)).split())


@register.simple_tag(takes_context=True)
def share_picture(context):
    """The page's own picture (a news item's, a project's, its alliance's) or the portal's:
    absolute address, width, height and alt text."""
    request = context["request"]
    for owner, attribute in (
        ("item", "image"),
        ("project", "image"),
        ("alliance", "lead_image"),
        ("alliance", "logo"),
    ):
        picture = getattr(context.get(owner), attribute, None)
        if picture is not None and picture.file:
            return {
                "url": request.build_absolute_uri(picture.file.url),
                "width": picture.width,
                "height": picture.height,
                "alt": picture.alt,
            }
    path, width, height = DEFAULT_PICTURE
    return {
        "url": request.build_absolute_uri(static(path)),
        "width": width,
        "height": height,
        "alt": "Logo: zwei Menschen, daneben „Lokale Bündnisse für Familie“",
    }


@register.simple_tag
def json_ld(data):
    """Structured data (schema.org) as JSON-LD: a data block, which browsers do not run."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308
