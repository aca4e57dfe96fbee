from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

LAZY = mark_safe(' loading="lazy"')


def webp_source(image, sizes):
    """The <source> of the image's WebP renditions, if it has any."""
    if not image.renditions:
        return ""
    return format_html('<source type="image/webp" srcset="{}" sizes="{}">', image.srcset, sizes)


@register.simple_tag
def logo(image, css_class="", size=64, alt=False, eager=False):
    """A small logo next to its name: decorative (the name says it), credited in the page's
    "Bildnachweise"; alt=True where the logo stands alone. Built here rather than in a
    template: the finder shows two dozen on a page."""
    return format_html(
        '<picture>{}<img{} src="{}" alt="{}" width="{}" height="{}"{} decoding="async"></picture>',
        webp_source(image, f"{size or 64}px"),
        format_html(' class="{}"', css_class) if css_class else "",
        image.file.url,
        image.alt if alt else "",
        image.width,
        image.height,
        "" if eager else LAZY,
    )


CONTENT_WIDTH = "(min-width: 72rem) 46rem, calc(100vw - 2rem)"


@register.simple_tag
def image(image, css_class="", sizes="", eager=False):
    """One image with its alt text, credit and (optional) caption, in WebP renditions where
    the browser takes them. Pass eager=True above the fold, and sizes when the image is not
    as wide as the content column."""
    return format_html(
        '<figure class="image{}"><picture>{}<img src="{}" alt="{}" width="{}" height="{}"{}'
        ' decoding="async"></picture><figcaption>{}<span class="credit">{}</span></figcaption>'
        "</figure>",
        format_html(" {}", css_class) if css_class else "",
        webp_source(image, sizes or CONTENT_WIDTH),
        image.file.url,
        image.alt,
        image.width,
        image.height,
        "" if eager else LAZY,
        format_html("{} ", image.caption) if image.caption else "",
        image.credit,
    )
