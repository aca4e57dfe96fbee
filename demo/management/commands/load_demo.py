"""Load the four demo alliances from the project's source texts (shared/seeds/).

Names, roles, institutions and street addresses are the real ones from the source
texts; e-mail addresses and telephone/fax numbers are replaced by fictitious ones. Pictures
are drawn here in each alliance's accent colour and say so in their alt text and credit;
downloads are placeholder PDFs that say what the original holds. Running the command
again changes nothing: every object is found by a natural key and saved only when a
value differs, and files are written under fixed names only when their bytes differ.
The texts and facts themselves are in demo/content.py.
"""

import datetime
import io
import itertools
import math
import random
import textwrap

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction
from django.utils import timezone
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont

from buendnisse.models import Alliance, Document, FieldOfAction, Image, Milestone, WorkingGroup
from contacts.models import ContactPerson
from core.admin.permissions import ensure_coordinator_group
from demo.content import (
    DEMO_ALLIANCES,
    DEMO_ALLIANCES_OF_THE_MONTH,
    DEMO_EVENT_MARK,
    DEMO_EVENT_NOTE,
    DEMO_EVENTS,
    DEMO_NEWS,
    FIELDS_OF_ACTION,
    PARTNERS,
)
from news.models import AllianceOfTheMonth, Event, News
from partners.models import Membership, Partner
from places.models import District, Place
from projects.models import Project

DEMO_PASSWORD = "demo-buendnis"  # noqa: S105 (published demo login, refused without DEBUG)
PLACEHOLDER_CREDIT = "Grafik für die Demo erzeugt, kein Originalbild"
INITIAL_VERSION_COMMENT = "Demo-Inhalte geladen"
IMAGE_DIR = "bilder/demo"
DOCUMENT_DIR = "dokumente/demo"

# --------------------------------------------------------------------------------------
# Files: placeholder pictures and text PDFs, made the same way on every run.
# --------------------------------------------------------------------------------------

A4_WIDTH, A4_HEIGHT = 595, 842  # points
PDF_MARGIN = 56
PDF_BODY_SIZE, PDF_TITLE_SIZE = 10, 15
PDF_LEADING = 14


def _pdf_string(text):
    """A PDF literal string in WinAnsiEncoding (cp1252), non-ASCII bytes as octal escapes."""
    out = []
    for byte in text.encode("cp1252"):
        if byte in b"()\\":
            out.append("\\" + chr(byte))
        elif 32 <= byte < 127:
            out.append(chr(byte))
        else:
            out.append(f"\\{byte:03o}")
    return "(" + "".join(out) + ")"


def _pdf_text_string(text):
    """A PDF text string for the document information (UTF-16BE with byte order mark)."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def text_pdf(title, paragraphs):
    """A minimal, valid PDF 1.4 of plain text: the title in Helvetica-Bold, then paragraphs.

    Only the standard 14 fonts are used, so nothing is embedded; WinAnsiEncoding covers
    German umlauts, ß, „“ and –. A paragraph's own line breaks are kept.
    """
    lines = [("F2", PDF_TITLE_SIZE, line) for line in textwrap.wrap(title, 60)]
    lines.append(None)
    for paragraph in paragraphs:
        for part in paragraph.split("\n"):
            wrapped = textwrap.wrap(part, 92, break_on_hyphens=False) or [""]
            lines.extend(("F1", PDF_BODY_SIZE, line) for line in wrapped)
        lines.append(None)

    per_page = (A4_HEIGHT - 2 * PDF_MARGIN) // PDF_LEADING
    pages = [lines[start : start + per_page] for start in range(0, len(lines), per_page)]

    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        None,  # the page tree, once the page numbers are known
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        f"<< /Title {_pdf_text_string(title)} /Producer (Buendnisportal load_demo) >>",
    ]
    page_numbers = []
    for page in pages:
        commands = ["BT"]
        y = A4_HEIGHT - PDF_MARGIN
        for line in page:
            y -= PDF_LEADING
            if line is None:
                continue
            font, size, text = line
            commands.append(f"/{font} {size} Tf 1 0 0 1 {PDF_MARGIN} {y} Tm {_pdf_string(text)} Tj")
        commands.append("ET")
        stream = "\n".join(commands).encode("ascii")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_number = len(objects)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {A4_WIDTH} {A4_HEIGHT}] "
            f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {content_number} 0 R >>"
        )
        page_numbers.append(len(objects))
    kids = " ".join(f"{number} 0 R" for number in page_numbers)
    objects[1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_numbers)} >>"

    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        body = body if isinstance(body, bytes) else body.encode("ascii")
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_offset = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref_offset,
    )
    return bytes(pdf)


def placeholder_pdf(document, alliance_name):
    """An honest stand-in for a download the demo does not have."""
    return text_pdf(
        document["title"],
        [
            f"Platzhalter für ein Dokument des Bündnisses „{alliance_name}“.",
            "Dies ist nicht das Originaldokument: Die Demo-Installation des Bündnisportals hat "
            "es nicht übernommen. Das Original erhalten Sie beim Bündnis.",
            f"Inhalt des Originals: {document['description']}",
        ],
    )


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


# The pictures are drawn at twice their size and scaled down, for smooth edges; every
# shape is a tint or shade of the alliance's accent colour. Their alt texts and credits
# (demo/content.py, DEMO_IMAGE_CREDIT) say that they are drawn for the demo.
SCALE = 2
WHITE = (255, 255, 255)


def _rgb(color):
    return tuple(int(color.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))


def _mix(color, other, amount):
    return tuple(round(c + (o - c) * amount) for c, o in zip(_rgb(color), other, strict=True))


def tint(color, amount):
    """The colour `amount` (0 to 1) of the way to white."""
    return _mix(color, WHITE, amount)


def shade(color, amount):
    """The colour `amount` (0 to 1) of the way to black."""
    return _mix(color, (0, 0, 0), amount)


def _gradient(draw, width, height, top, bottom):
    for y in range(height):
        step = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(round(a + (b - a) * step) for a, b in zip(top, bottom, strict=True)),
        )


def _hill(draw, width, height, base, amplitude, waves, phase, fill):
    crest = [
        (width * step / 100, base - amplitude * math.sin(phase + waves * math.pi * step / 100))
        for step in range(101)
    ]
    draw.polygon([(0, height), *crest, (width, height)], fill=fill)


def _house(draw, x, ground, width, height, color):
    draw.rectangle((x, ground - height, x + width, ground), fill=tint(color, 0.94))
    roof = [(x - width * 0.1, ground - height), (x + width / 2, ground - height - width * 0.55)]
    draw.polygon([*roof, (x + width * 1.1, ground - height)], fill=shade(color, 0.15))
    pane = width * 0.2
    for left in (x + width * 0.18, x + width * 0.62):
        top = ground - height * 0.8
        draw.rectangle((left, top, left + pane, top + pane), fill=tint(color, 0.55))
    draw.rectangle((x + width * 0.42, ground - height * 0.45, x + width * 0.58, ground), fill=color)


def _tree(draw, x, ground, size, color):
    draw.rectangle(
        (x - size * 0.08, ground - size * 0.9, x + size * 0.08, ground), fill=shade(color, 0.25)
    )
    draw.ellipse(
        (x - size * 0.45, ground - size * 1.6, x + size * 0.45, ground - size * 0.7),
        fill=tint(color, 0.3),
    )


def _person(draw, x, ground, height, fill):
    """A pictogram figure standing on `ground`; returns where its hands are: (y, half width)."""
    head = height * 0.24
    draw.ellipse((x - head / 2, ground - height, x + head / 2, ground - height + head), fill=fill)
    shoulders, hips, half = ground - height + head * 1.12, ground - height * 0.34, height * 0.17
    draw.rounded_rectangle(
        (x - half, shoulders, x + half, hips + height * 0.04), radius=half * 0.8, fill=fill
    )
    leg = height * 0.065
    for side in (-1, 1):
        middle = x + side * half * 0.5
        draw.rounded_rectangle(
            (middle - leg, hips - leg, middle + leg, ground), radius=leg, fill=fill
        )
    return shoulders + (hips - shoulders) * 0.55, half


def _family(draw, x, feet, unit, fill):
    """Two grown-ups and two children holding hands, the first standing at `x`."""
    figures = [(0, 0.24), (0.13, 0.22), (0.25, 0.14), (0.35, 0.11)]
    hands = [
        (x + unit * offset, *_person(draw, x + unit * offset, feet, unit * size, fill))
        for offset, size in figures
    ]
    for (x1, y1, half1), (x2, y2, half2) in itertools.pairwise(hands):
        draw.line(
            [(x1 + half1 * 0.9, y1), (x2 - half2 * 0.9, y2)], fill=fill, width=round(unit * 0.012)
        )


def placeholder_photo(color, seed):
    """A calm drawing in the accent colour where the original has a photo: a town of houses
    and trees under the sun, a family in front; `seed` varies the town."""
    rng = random.Random(seed)  # noqa: S311 (a picture, not a secret: the same on every run)
    width, height = 1200 * SCALE, 675 * SCALE
    image = PillowImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    _gradient(draw, width, height, tint(color, 0.93), tint(color, 0.78))
    sun_x, sun_y, sun = width * rng.uniform(0.68, 0.85), height * 0.26, height * 0.1
    for radius, amount in ((sun * 1.6, 0.85), (sun, 0.62)):
        draw.ellipse(
            (sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius),
            fill=tint(color, amount),
        )
    _hill(
        draw, width, height, height * 0.62, height * 0.06, 2.2, rng.uniform(0, 6), tint(color, 0.62)
    )
    _hill(
        draw, width, height, height * 0.72, height * 0.05, 1.4, rng.uniform(0, 6), tint(color, 0.45)
    )
    ground = height * 0.74
    x = width * rng.uniform(0.06, 0.12)
    while x < width * 0.92:
        if rng.random() < 0.6:
            size = height * rng.uniform(0.13, 0.18)
            _house(draw, x, ground, size, size * rng.uniform(0.8, 1.1), color)
            x += size + height * rng.uniform(0.05, 0.1)
        else:
            size = height * rng.uniform(0.12, 0.16)
            _tree(draw, x + size * 0.45, ground, size, color)
            x += size + height * 0.05
    draw.rectangle((0, ground, width, height), fill=tint(color, 0.2))
    _hill(draw, width, height, height * 0.86, height * 0.025, 1.0, rng.uniform(0, 6), _rgb(color))
    _family(draw, width * rng.uniform(0.3, 0.55), height * 0.93, height, tint(color, 0.97))
    return _png(image.resize((1200, 675), PillowImage.LANCZOS))


def placeholder_logo(initials, color):
    """A logo in the accent colour: a family under a roof above the alliance's initials."""
    size = 240 * SCALE
    image = PillowImage.new("RGB", (size, size), _rgb(color))
    draw = ImageDraw.Draw(image)
    roof = [(size * 0.17, size * 0.45), (size * 0.5, size * 0.14), (size * 0.83, size * 0.45)]
    draw.line(roof, fill=WHITE, width=round(size * 0.05), joint="curve")
    for x, height, fill in (
        (0.39, 0.22, WHITE),
        (0.61, 0.22, WHITE),
        (0.5, 0.15, tint(color, 0.7)),
    ):
        _person(draw, size * x, size * 0.52, size * height, fill)
    font = _font(round(size * 0.24))
    left, _top, right, _bottom = draw.textbbox((0, 0), initials, font=font)
    draw.text(((size - right - left) / 2, size * 0.6), initials, font=font, fill=WHITE)
    return _png(image.resize((240, 240), PillowImage.LANCZOS))


def placeholder_portrait(color):
    """A head-and-shoulders silhouette where the original has a portrait."""
    width, height = 240 * SCALE, 320 * SCALE
    image = PillowImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    _gradient(draw, width, height, tint(color, 0.9), tint(color, 0.7))
    draw.ellipse((width * 0.3, height * 0.18, width * 0.7, height * 0.48), fill=tint(color, 0.25))
    draw.ellipse((width * 0.08, height * 0.55, width * 0.92, height * 1.25), fill=tint(color, 0.25))
    return _png(image.resize((240, 320), PillowImage.LANCZOS))


def _font(size):
    # Pillow's built-in font, so the pictures look the same on every machine. It has
    # ASCII glyphs only, hence the ASCII-only initials.
    return ImageFont.load_default(size=size)


def ensure_file(name, data):
    """Store data under exactly this name; return whether anything had to be written."""
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as existing:
            if existing.read() == data:
                return False
        default_storage.delete(name)
    stored = default_storage.save(name, ContentFile(data))
    if stored != name:
        raise CommandError(f"Datei konnte nicht unter {name} gespeichert werden (statt: {stored}).")
    return True


# --------------------------------------------------------------------------------------
# Saving: find by natural key, set values, validate, save only what changed.
# --------------------------------------------------------------------------------------


def _stored_fields(model):
    return [
        field
        for field in model._meta.concrete_fields
        if not field.primary_key
        and not getattr(field, "auto_now", False)
        and not getattr(field, "auto_now_add", False)
    ]


def _snapshot(obj, fields):
    snapshot = {}
    for field in fields:
        value = getattr(obj, field.attname)
        snapshot[field.attname] = value.name if isinstance(field, models.FileField) else value
    return snapshot


def sync(model, lookup, values, *, force=False):
    """Create or update the object with this natural key; validate it; save if needed."""
    obj = model._default_manager.filter(**lookup).first()
    created = obj is None
    if created:
        obj = model(**lookup)
    fields = _stored_fields(model)
    before = _snapshot(obj, fields)
    for name, value in values.items():
        setattr(obj, name, value)
    # full_clean() also sanitises rich text, so the comparison sees the stored form.
    obj.full_clean()
    if created or force or _snapshot(obj, fields) != before:
        obj.save()
    return obj


def _local(day, time):
    """A moment on a day, in the site's time zone (Europe/Berlin)."""
    return timezone.make_aware(datetime.datetime.combine(day, time))


class Command(BaseCommand):
    help = (
        "Lädt die vier Demo-Bündnisse (Kassel, Herzogenrath, Kreis Unna, Laatzen) mit ihren "
        "echten Texten, Partnern, Projekten, Ansprechpersonen und Downloads sowie die "
        "Demo-Zugänge. Nur mit DEBUG=true; mehrfaches Ausführen ändert nichts."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "load_demo lädt Demo-Inhalte und Zugänge mit bekanntem Passwort und läuft "
                "deshalb nur in der Entwicklung. Bitte mit DEBUG=true starten, niemals im "
                "Produktionsbetrieb."
            )
        with transaction.atomic():
            fields = self.load_fields_of_action()
            partners = self.load_partners()
            coordinators = self.load_users()
            alliances = {}
            for content in DEMO_ALLIANCES:
                alliance = self.load_alliance(content, fields, partners)
                alliances[alliance.slug] = alliance
                coordinator = coordinators[alliance.slug]
                # add() on an existing pair still bumps SQLite's id sequence; skip it.
                if not alliance.coordinators.filter(pk=coordinator.pk).exists():
                    alliance.coordinators.add(coordinator)
            self.load_news(alliances, partners)
            self.load_events(alliances, timezone.localdate())
            self.load_alliances_of_the_month(alliances)
            # A first version of everything that has none, so the admin's history starts
            # with the demo content (core/admin/history.py); a second run adds nothing.
            call_command("createinitialrevisions", comment=INITIAL_VERSION_COMMENT, verbosity=0)
        self.report()

    def load_fields_of_action(self):
        fields = {}
        for order, (slug, name, description) in enumerate(FIELDS_OF_ACTION, start=1):
            fields[slug] = sync(
                FieldOfAction,
                {"slug": slug},
                {"name": name, "description": description, "order": order},
            )
        return fields

    def load_partners(self):
        return {
            slug: sync(Partner, {"slug": slug}, {"name": name, "kind": kind, "place": place})
            for slug, (name, kind, place) in PARTNERS.items()
        }

    def load_image(self, alliance, slug, data, meta):
        name = f"{IMAGE_DIR}/{slug}.png"
        written = ensure_file(name, data)
        image = sync(
            Image,
            {"alliance": alliance, "title": meta["title"]},
            {
                "file": name,
                "alt_text": meta["alt_text"],
                "credit": PLACEHOLDER_CREDIT,
                "caption": meta["caption"],
            },
            force=written,
        )
        image.ensure_renditions(force=written)
        return image

    def load_alliance(self, content, fields, partners):
        slug = content["slug"]
        values = content["alliance"]
        alliance = sync(Alliance, {"slug": slug}, values)

        color = values["accent_color"]
        logo = self.load_image(
            alliance, f"{slug}-logo", placeholder_logo(content["initials"], color), content["logo"]
        )
        lead_image = None
        if content["lead_image"]:
            lead_image = self.load_image(
                alliance,
                f"{slug}-aufmacher",
                placeholder_photo(color, seed=slug),
                content["lead_image"],
            )
        alliance = sync(Alliance, {"slug": slug}, {"logo": logo, "lead_image": lead_image})
        alliance.fields_of_action.set([fields[key] for key in content["fields_of_action"]])
        covers = content["covers"]
        alliance.districts.set([District.objects.get(name=name) for name in covers["districts"]])
        alliance.places.set(
            [
                Place.objects.get(name=name, district__name=district)
                for name, district in covers["places"]
            ]
        )

        for date, precision, title, description in content["milestones"]:
            sync(
                Milestone,
                {"alliance": alliance, "title": title},
                {"date": date, "precision": precision, "description": description},
            )

        groups = {}
        for order, (name, kind, field, description) in enumerate(content["working_groups"]):
            groups[name] = sync(
                WorkingGroup,
                {"alliance": alliance, "name": name},
                {
                    "kind": kind,
                    "field_of_action": fields[field] if field else None,
                    "description": description,
                    "order": order,
                },
            )

        for partner, since, is_founding_member, role in content["memberships"]:
            sync(
                Membership,
                {"alliance": alliance, "partner": partners[partner]},
                {"since": since, "is_founding_member": is_founding_member, "role": role},
            )

        for order, project in enumerate(content["projects"]):
            self.load_project(alliance, order, project, fields, partners, groups)

        for contact in content["contacts"]:
            self.load_contact(alliance, contact)

        for document in content["documents"]:
            self.load_document(alliance, document)
        return alliance

    def load_project(self, alliance, order, project, fields, partners, groups):
        group = project.get("working_group")
        saved = sync(
            Project,
            {"alliance": alliance, "slug": project["slug"]},
            {
                "title": project["title"],
                "teaser": project["teaser"],
                "body": project["body"],
                "status": project["status"],
                "start_year": project.get("start_year"),
                "end_year": project.get("end_year"),
                "working_group": groups[group] if group else None,
                "is_published": True,
                "order": order,
            },
        )
        saved.fields_of_action.set([fields[key] for key in project["fields_of_action"]])
        saved.partners.set([partners[key] for key in project["partners"]])

    def load_contact(self, alliance, contact):
        values = dict(contact)
        portrait = values.pop("portrait", None)
        if portrait:
            slug = f"{alliance.slug}-portraet-{values['last_name'].lower()}"
            values["portrait"] = self.load_image(
                alliance, slug, placeholder_portrait(alliance.accent_color), portrait
            )
        values["is_published"] = True
        lookup = {
            "alliance": alliance,
            "first_name": values.pop("first_name"),
            "last_name": values.pop("last_name"),
        }
        if not lookup["last_name"]:  # an office: its position is its name
            lookup["position"] = values.pop("position")
        sync(ContactPerson, lookup, values)

    def load_document(self, alliance, document):
        name = f"{DOCUMENT_DIR}/{document['slug']}.pdf"
        if "full_text" in document:
            data = text_pdf(document["title"], document["full_text"])
        else:
            data = placeholder_pdf(document, alliance.name)
        written = ensure_file(name, data)
        sync(
            Document,
            {"alliance": alliance, "title": document["title"]},
            {
                "kind": document["kind"],
                "file": name,
                "date": document.get("date"),
                "description": document["description"],
                "reference": document.get("reference", ""),
                "committee": document.get("committee", ""),
                "is_published": True,
                "order": document["order"],
            },
            force=written,
        )

    def load_news(self, alliances, partners):
        for content in DEMO_NEWS:
            alliance = alliances[content["alliance"]] if content["alliance"] else None
            image = content["image"]
            if image == "lead_image":
                image = alliance.lead_image
            elif image:
                data = placeholder_photo(image["color"], seed=image["slug"])
                image = self.load_image(alliance, image["slug"], data, image)
            item = sync(
                News,
                {"alliance": alliance, "slug": content["slug"]},
                {
                    "title": content["title"],
                    "date": content["date"],
                    "date_precision": content["date_precision"],
                    "teaser": content["teaser"],
                    "body": content["body"],
                    "image": image,
                    "is_published": True,
                    "publish_from": _local(
                        content["date"], content.get("published_at", datetime.time(9, 0))
                    ),
                    "publish_until": None,
                },
            )
            item.projects.set(
                [Project.objects.get(alliance=alliance, slug=slug) for slug in content["projects"]]
            )
            item.partners.set([partners[slug] for slug in content["partners"]])

    def load_events(self, alliances, today):
        """Dates at fixed distances from today, so the demo always has some ahead."""
        for slug, events in DEMO_EVENTS.items():
            for content in events:
                day = today + datetime.timedelta(days=content["days"])
                if "weekday" in content:
                    day += datetime.timedelta(days=(content["weekday"] - day.weekday()) % 7)
                if content.get("all_day"):
                    starts_at = _local(day, datetime.time.min)
                    ends_at = None
                    if "last_day" in content:
                        last_day = day + datetime.timedelta(days=content["last_day"])
                        ends_at = _local(last_day, datetime.time.min)
                else:
                    starts_at = _local(day, content["time"])
                    ends_at = _local(day, content["end"])
                sync(
                    Event,
                    {"alliance": alliances[slug], "slug": content["slug"]},
                    {
                        "title": content["title"] + DEMO_EVENT_MARK,
                        "all_day": content.get("all_day", False),
                        "starts_at": starts_at,
                        "ends_at": ends_at,
                        "place_name": content.get("place_name", ""),
                        "street": content.get("street", ""),
                        "postcode": content.get("postcode", ""),
                        "city": content.get("city", ""),
                        "description": content["description"] + DEMO_EVENT_NOTE,
                        "registration_url": content.get("registration_url", ""),
                        "is_published": True,
                    },
                )

    def load_alliances_of_the_month(self, alliances):
        for content in DEMO_ALLIANCES_OF_THE_MONTH:
            sync(
                AllianceOfTheMonth,
                {"month": content["month"]},
                {"alliance": alliances[content["alliance"]], "text": content["text"]},
            )

    def load_users(self):
        group = ensure_coordinator_group()
        self.ensure_user("admin", superuser=True)
        return {
            content["slug"]: self.ensure_user(f"koordination-{content['slug']}", group=group)
            for content in DEMO_ALLIANCES
        }

    def ensure_user(self, username, *, superuser=False, group=None):
        user, created = get_user_model().objects.get_or_create(username=username)
        wanted = {
            "email": f"{username}@example.org",
            "is_active": True,
            "is_staff": True,
            "is_superuser": superuser,
        }
        changed = created
        for attribute, value in wanted.items():
            if getattr(user, attribute) != value:
                setattr(user, attribute, value)
                changed = True
        # A fresh hash has a fresh salt, so only set the password when it is not the demo one.
        if not user.check_password(DEMO_PASSWORD):
            user.set_password(DEMO_PASSWORD)
            changed = True
        if changed:
            user.full_clean()
            user.save()
        if group and not user.groups.filter(pk=group.pk).exists():
            user.groups.add(group)
        return user

    def report(self):
        self.stdout.write(self.style.SUCCESS("Demo-Inhalte geladen:"))
        for content in DEMO_ALLIANCES:
            alliance = Alliance.objects.get(slug=content["slug"])
            self.stdout.write(
                f"  {alliance.name} ({alliance.get_status_display()}): "
                f"Partner: {alliance.memberships.count()}, Projekte: {alliance.projects.count()}, "
                f"Ansprechpersonen: {alliance.contacts.count()}, "
                f"Downloads: {alliance.documents.count()} – {alliance.get_absolute_url()}"
            )
        self.stdout.write(
            f"  Aktuelles: {News.objects.count()} Meldungen, Termine: {Event.objects.count()}, "
            f"Bündnis des Monats: {AllianceOfTheMonth.objects.count()}"
        )
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("Demo-Zugänge für /admin/ (nur zum Ausprobieren):"))
        self.stdout.write(f"  admin (Netzwerk-Redaktion, alle Rechte) – Passwort: {DEMO_PASSWORD}")
        for content in DEMO_ALLIANCES:
            self.stdout.write(
                f"  koordination-{content['slug']} (Koordination {content['alliance']['name']}) "
                f"– Passwort: {DEMO_PASSWORD}"
            )
