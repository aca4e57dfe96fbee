"""The coordinators' work in the admin by keyboard alone, with a visible focus at every stop:
log in, edit the alliance's texts, add a project with a new picture, a news item and a date,
publish. Only page.keyboard moves and acts; the file dialog, which a headless browser does not
show, is answered by Playwright."""

import datetime

from django.test import Client
from django.utils.timezone import localtime
from PIL import Image as PillowImage

from buendnisse.models import Alliance, Image
from news.models import Event, News
from projects.models import Project

# Where the focus is and whether one sees it: an outline of 3 px (static/css/admin.css) on the
# control, or for an autocomplete's search field on its whole box, at least partly in view.
FOCUSED = r"""() => {
  const element = document.activeElement;
  const ring = element.closest(".select2-selection--multiple") ?? element;
  const style = getComputedStyle(ring);
  const box = ring.getBoundingClientRect();
  const text = element.getAttribute("aria-label") || element.innerText || element.name || "";
  return {
    element: `${element.tagName.toLowerCase()}#${element.id} ${text.trim().slice(0, 40)}`,
    outline: `${style.outlineStyle} ${style.outlineWidth}`,
    inView: box.width > 0 && box.height > 0 && box.top >= 0 && box.top < innerHeight,
  };
}"""


class KeyboardWalk:
    """Tab from control to control of a page, noting every stop on the way."""

    def __init__(self, page, stops=None):
        self.page = page
        self.stops = [] if stops is None else stops

    def tab_to(self, selector, limit=400):
        for _press in range(limit):
            if self.page.evaluate("(s) => document.activeElement.matches(s)", selector):
                return
            self.page.keyboard.press("Tab")
            self.stops.append(self.page.evaluate(FOCUSED))
        raise AssertionError(f"Nach {limit}-mal Tab nicht erreicht: {selector}")

    def fill(self, selector, text):
        self.tab_to(selector)
        self.page.keyboard.press("Control+a")
        self.page.keyboard.type(text)

    def press(self, selector, key="Enter"):
        self.tab_to(selector)
        self.page.keyboard.press(key)

    def choose(self, selector, text):
        """Type into an autocomplete and take its first suggestion."""
        self.tab_to(selector)
        if "select2-selection--single" in self.page.evaluate("document.activeElement.className"):
            self.page.keyboard.press("Enter")  # opens the list with its search field
        self.page.keyboard.type(text)
        self.page.locator(".select2-results__option--highlighted", has_text=text).wait_for()
        self.page.keyboard.press("Enter")

    def write(self, field, text):
        """Add `text` at the end of the rich-text field `field`."""
        self.tab_to(f".field-{field} .tiptap")
        self.page.keyboard.press("Control+End")
        self.page.keyboard.type(text)

    def follow(self, selector):
        """Follow a link to another page of the admin."""
        with self.page.expect_navigation():
            self.press(selector)

    def add(self, model):
        """From the start page, reached by the breadcrumbs, to the add form of `model`."""
        self.follow("div.breadcrumbs a[href='/admin/']")
        self.follow(f"a[href='/admin/{model}/add/']")

    def unseen_focus(self):
        return [stop for stop in self.stops if stop["outline"] != "solid 3px" or not stop["inView"]]


def picture(path):
    PillowImage.new("RGB", (1200, 800), (0, 80, 122)).save(path, "PNG")
    return path


def test_admin_keyboard_coordinator_edits_adds_and_publishes(live_server, demo, page, tmp_path):
    admin = f"{live_server.url}/admin/"
    walk = KeyboardWalk(page)
    start = (datetime.date.today() + datetime.timedelta(days=30)).strftime("%d.%m.%Y")

    # Log in: the login field has the focus.
    page.goto(admin)
    page.keyboard.type("koordination-kassel")
    walk.fill("#id_password", "demo-buendnis")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    # The alliance's texts, from "Mein Bündnis" on the start page.
    walk.press(".skip-to-content-link")
    walk.follow("#my-alliances a[href$='?teil=startseite']")
    walk.fill("#id_motto", "Gemeinsam für Familien in Kassel")
    walk.write("introduction", " Neu: eine Sprechstunde für Familien jeden Dienstag.")
    walk.follow("input[name='_save']")

    # A project with a new picture, uploaded in the window that "+" opens.
    walk.add("projects/project")
    walk.fill("#id_title", "Familiencafé am Dienstag")
    walk.fill("#id_teaser", "Ein Treffpunkt für Eltern mit kleinen Kindern.")
    walk.write("body", "Jeden Dienstag im Stadtteilzentrum, ohne Anmeldung.")
    with page.expect_popup() as opened:
        walk.press("#add_id_image")
    popup = KeyboardWalk(opened.value, walk.stops)
    popup.page.wait_for_load_state()
    popup.fill("#id_title", "Familiencafé")
    with popup.page.expect_file_chooser() as chooser:
        popup.press("#id_file", " ")
    chooser.value.set_files(picture(tmp_path / "familiencafe.png"))
    popup.fill("#id_alt_text", "Eltern und Kinder an einem Tisch im Café")
    popup.fill("#id_credit", "© Stadt Kassel")
    with popup.page.expect_event("close"):
        popup.press("input[name='_save']")
    walk.choose(".field-partners .select2-search__field", "IHK Kassel")
    walk.follow("input[name='_save']")

    # A news item about the project.
    walk.add("news/news")
    walk.fill("#id_title", "Neues Familiencafé eröffnet")
    walk.fill("#id_teaser", "Ab sofort jeden Dienstag im Stadtteilzentrum.")
    walk.write("body", "Das Bündnis lädt Eltern mit kleinen Kindern ein.")
    walk.choose(".field-projects .select2-search__field", "Familiencafé")
    walk.follow("input[name='_save']")

    # A date, first saved as a draft, then published.
    walk.add("news/event")
    walk.fill("#id_title", "Sommerfest im Familiencafé")
    walk.fill("#id_starts_at_0", start)
    walk.fill("#id_starts_at_1", "15:00")
    walk.fill("#id_place_name", "Stadtteilzentrum")
    walk.press("#id_is_published", " ")
    walk.follow("input[name='_continue']")
    event = Event.objects.get(title="Sommerfest im Familiencafé")
    draft = Client().get(event.get_absolute_url())
    walk.press("#id_is_published", " ")
    walk.follow("input[name='_save']")

    alliance = Alliance.objects.get(slug="kassel")
    project = Project.objects.get(title="Familiencafé am Dienstag")
    news = News.objects.get(title="Neues Familiencafé eröffnet")
    event.refresh_from_db()
    public = Client()
    assert alliance.motto == "Gemeinsam für Familien in Kassel"
    assert alliance.introduction.endswith(
        " Neu: eine Sprechstunde für Familien jeden Dienstag.</p>"
    )
    assert (project.alliance, project.image.alt_text, list(project.partners.all())) == (
        alliance,
        "Eltern und Kinder an einem Tisch im Café",
        list(alliance.partners.filter(name="IHK Kassel-Marburg")),
    )
    assert Image.objects.get(title="Familiencafé").alliance == alliance
    assert (news.alliance, list(news.projects.all())) == (alliance, [project])
    assert (event.alliance, localtime(event.starts_at).strftime("%d.%m.%Y %H:%M")) == (
        alliance,
        f"{start} 15:00",
    )
    assert draft.status_code == 404
    statuses = [public.get(item.get_absolute_url()).status_code for item in (project, news, event)]
    assert statuses == [200, 200, 200]
    assert walk.unseen_focus() == []
