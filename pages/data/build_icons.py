"""Draw the portal's icons from the shapes of static/img/buendnisportal.svg, with Pillow.

Run once after changing the logo (`make icons`); the PNG and ICO files are committed, so
nothing is drawn at run time. Each picture is drawn 8 times larger and scaled down, for
smooth edges. Writes static/img/: favicon.ico (16, 32, 48 px), apple-touch-icon.png (180),
icon-192.png, icon-512.png, icon-maskable-512.png (with the safe margin of maskable icons)
and share.png (1200 × 630, the picture of a shared link when a page has none of its own).
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

STATIC = Path(__file__).resolve().parents[2] / "static" / "img"
BLUE = (0, 80, 122)
WHITE = (255, 255, 255)
SCALE = 8


def bezier(start, control1, control2, end, steps=24):
    """Points along a cubic Bézier curve (the SVG's `c` and `s` commands)."""
    points = []
    for step in range(steps + 1):
        t = step / steps
        points.append(
            tuple(
                (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t**2 * c + t**3 * d
                for a, b, c, d in zip(start, control1, control2, end, strict=True)
            )
        )
    return points


# The two figures of the logo, in the SVG's 40 × 40 units: "M6 33c1-7 5-11 8-11s7 4 8 11z"
# and "M19 33c1-6 4-9 8-9s7 3 8 9z" (`s` mirrors the previous control point).
FIGURES = [
    bezier((6, 33), (7, 26), (11, 22), (14, 22)) + bezier((14, 22), (17, 22), (21, 26), (22, 33)),
    bezier((19, 33), (20, 27), (23, 24), (27, 24)) + bezier((27, 24), (31, 24), (34, 27), (35, 33)),
]
HEADS = [((14, 14), 5), ((27, 16), 4)]


def draw_logo(draw, left, top, size, rounded=True):
    """The logo in a square of `size` pixels at (left, top)."""
    unit = size / 40

    def at(x, y):
        return (left + x * unit, top + y * unit)

    radius = 8 * unit if rounded else 0
    draw.rounded_rectangle([left, top, left + size, top + size], radius=radius, fill=BLUE)
    for (x, y), r in HEADS:
        draw.ellipse([*at(x - r, y - r), *at(x + r, y + r)], fill=WHITE)
    for figure in FIGURES:
        draw.polygon([at(x, y) for x, y in figure], fill=WHITE)


def icon(size, rounded=True, margin=0.0, background=None):
    big = size * SCALE
    picture = Image.new("RGBA", (big, big), background or (0, 0, 0, 0))
    inset = round(big * margin)
    draw_logo(ImageDraw.Draw(picture), inset, inset, big - 2 * inset, rounded=rounded)
    return picture.resize((size, size), Image.Resampling.LANCZOS)


def share_picture():
    """White, the logo on the left, the portal's purpose on the right (DejaVu Sans, Debian's
    fonts-dejavu-core: Pillow's own default font has no umlauts)."""
    width, height = 1200, 630
    picture = Image.new("RGB", (width * 2, height * 2), WHITE)
    draw = ImageDraw.Draw(picture)
    logo = 360
    draw_logo(draw, 2 * 110, (2 * height - 2 * logo) // 2, 2 * logo)
    bold = ImageFont.truetype("DejaVuSans-Bold.ttf", size=2 * 62)
    regular = ImageFont.truetype("DejaVuSans.ttf", size=2 * 40)
    left = 2 * 540
    draw.text((left, 2 * 215), "Lokale Bündnisse", font=bold, fill=BLUE)
    draw.text((left, 2 * 295), "für Familie", font=bold, fill=BLUE)
    draw.text((left, 2 * 395), "Projekte, Partner, Termine", font=regular, fill=(40, 40, 40))
    return picture.resize((width, height), Image.Resampling.LANCZOS)


def main():
    icon(48).save(STATIC / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
    # iOS rounds the corners itself and shows transparency as black: a full square.
    icon(180, rounded=False).convert("RGB").save(STATIC / "apple-touch-icon.png", optimize=True)
    for size in (192, 512):
        icon(size).save(STATIC / f"icon-{size}.png", optimize=True)
    # Maskable: the launcher cuts any shape out of it; the logo stays within the middle 80 %.
    icon(512, rounded=False, margin=0.1, background=BLUE + (255,)).save(
        STATIC / "icon-maskable-512.png", optimize=True
    )
    share_picture().save(STATIC / "share.png", optimize=True)


if __name__ == "__main__":
    main()
