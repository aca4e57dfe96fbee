"""No English in the admin a coordinator sees: every kind of admin page the coordinator reaches
from the admin's start page (app pages, lists, add forms also with errors, change forms,
their history and deletion pages, the confirmation of deleting selected rows, a missing
object, the password change), the login, lockout and logout pages, and the widgets that
scripts open (the rich-text editor's heading menu and link dialog, an autocomplete's list,
calendar and clock).

The crawl follows links, so pages added later are checked once something links to them.
Of pages that differ only in an object's number it visits the first one found."""

import datetime
import re
from urllib.parse import urljoin, urlsplit

from buendnisse.models import Alliance
from core.admin.permissions import COORDINATOR_PERMISSIONS
from inquiries.models import Inquiry
from news.models import News
from tests.browser.test_admin_accessibility import PASSWORD, WIDGETS_BUILT, log_in

# Django's admin and the rich-text editor in English, matched as whole words and with case.
# Left out, as German uses them too: "Filter", "Link", "URL", "Name", "Status", "Start",
# "Design", "Account", "Feed", "Workshop", "Navigation", "Administration", "in", "an", "so",
# "was", "will", "man", "die"; the English texts around them ("By", "Edit", "the", ...) give
# such texts away. Proper names need no exception as long as none is one of these words.
ENGLISH = [
    # Django admin: buttons, links, headings, messages
    "Add",
    "add",
    "Save",
    "save",
    "Delete",
    "delete",
    "deleted",
    "History",
    "history",
    "Change",
    "change",
    "changed",
    "Search",
    "search",
    "View",
    "view",
    "View site",
    "Log out",
    "Log in",
    "Logged out",
    "Home",
    "Select",
    "select",
    "selected",
    "Show",
    "Show all",
    "Hide",
    "Remove",
    "remove",
    "Clear",
    "Choose",
    "Chosen",
    "Available",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Now",
    "Midnight",
    "Noon",
    "Close",
    "Cancel",
    "Go",
    "Run",
    "Action",
    "Actions",
    "Recent actions",
    "My actions",
    "None available",
    "Unknown",
    "True",
    "False",
    "None",
    "Yes",
    "No",
    "Date",
    "Time",
    "User",
    "Password",
    "password",
    "Username",
    "Currently",
    "Previous",
    "Next",
    "Page",
    "page",
    "result",
    "results",
    "Summary",
    "Objects",
    "object",
    "objects",
    "Toggle",
    "Skip",
    "Breadcrumbs",
    "Sidebar",
    "theme",
    "Welcome",
    "Edit",
    "edit",
    "Update",
    "Insert",
    "insert",
    "Title",
    "By",
    "Staff",
    "Django",  # "Django-Verwaltung": the framework's name is no name for the admin
    # the rich-text editor's buttons, menus and dialogs (its own titles are lower-case)
    "Heading",
    "heading",
    "Paragraph",
    "paragraph",
    "Bold",
    "bold",
    "Italic",
    "italic",
    "blockquote",
    "unordered list",
    "ordered list",
    "Undo",
    "undo",
    "Redo",
    "redo",
    "Open in new window",
    "Toggle fullscreen",
    # English sentences: help texts, errors, confirmations
    "the",
    "The",
    "and",
    "of",
    "to",
    "for",
    "with",
    "this",
    "This",
    "that",
    "is",
    "are",
    "you",
    "You",
    "your",
    "Your",
    "Please",
    "please",
    "not",
    "or",
    "field",
    "required",
    "Enter",
    "enter",
    "valid",
]
WORD = re.compile(r"(?<!\w)(" + "|".join(re.escape(word) for word in ENGLISH) + r")(?!\w)")

# What the page shows and says to screen readers: its title, its visible text (not the icons
# of the editor, which are ligatures of the icon font, and not the texts written in the
# editors) and the names, tooltips, placeholders and alternative texts of all its elements,
# also of those hidden until something opens them.
PAGE_TEXTS = """() => {
  const hide = document.createElement("style");
  hide.textContent = ".material-icons, [contenteditable=true] { display: none !important; }";
  document.head.append(hide);
  const texts = [document.title, document.body.innerText];
  hide.remove();
  const named = "[title], [aria-label], [placeholder], [alt], [aria-roledescription]";
  for (const element of document.querySelectorAll(named)) {
    for (const name of ["title", "aria-label", "placeholder", "alt", "aria-roledescription"]) {
      if (element.hasAttribute(name)) texts.push(element.getAttribute(name));
    }
  }
  for (const button of document.querySelectorAll("input[type=submit], input[type=button]")) {
    texts.push(button.value);
  }
  return texts;
}"""

OBJECT_NUMBER = re.compile(r"/\d+/")
NOT_CRAWLED = (
    "/admin/logout/",  # at the end, by its button
    "/admin/r/",  # "Auf der Website ansehen": the public website
    "/admin/jsi18n/",
    "/admin/autocomplete/",
)
MISSING_OBJECT = 999999


def english(texts):
    """The English words in `texts`, each with a little of its context."""
    return sorted(
        {
            f"{match.group(1)!r} in {text[max(0, match.start() - 30) : match.end() + 30]!r}"
            for text in texts
            if text
            for match in WORD.finditer(text)
        }
    )


class Crawl:
    def __init__(self, page, origin):
        self.page, self.origin = page, origin
        self.found, self.seen = {}, []
        # What is opened once: each editor configuration's menus, the calendar and clock,
        # the message for a missing object, the deletion of selected rows.
        self.opened = set()

    def check(self, name, extra_texts=()):
        """Record the English on the current page (and in `extra_texts`) under `name`."""
        self.seen.append(name)
        if words := english([*self.page.evaluate(PAGE_TEXTS), *extra_texts]):
            self.found[name] = words

    def visit(self, path, name=None):
        response = self.page.goto(self.origin + path)
        if "/admin/" in self.page.url and self.page.locator(".prose-editor, .vDateField").count():
            self.page.wait_for_function(WIDGETS_BUILT)
        self.check(name or path)
        return response

    def admin_links(self):
        hrefs = self.page.eval_on_selector_all("a[href]", "links => links.map((link) => link.href)")
        paths = []
        for href in hrefs:
            url = urlsplit(urljoin(self.page.url, href))
            if (
                url.netloc == urlsplit(self.origin).netloc
                and url.path.startswith("/admin/")
                and not url.path.startswith(NOT_CRAWLED)
            ):
                paths.append(url.path)
        return paths

    def all_pages(self):
        """Every kind of admin page reachable from the start page, with what it opens."""
        queue, kinds = ["/admin/"], set()
        while queue:
            path = queue.pop(0)
            kind = OBJECT_NUMBER.sub("/<n>/", path)
            if kind in kinds:
                continue
            kinds.add(kind)
            response = self.visit(path)
            if response.status >= 400 or not self.page.url.startswith(self.origin + "/admin/"):
                continue
            queue.extend(self.admin_links())
            self.open_widgets(kind)
            if path.endswith("/add/") and self.page.locator("input[name=_save]").count():
                self.page.click("input[name=_save]")
                self.page.wait_for_load_state()
                self.check(f"{kind} (leer gesichert)")
            if "delete_selected" not in self.opened:
                self.delete_selected(kind)
            if path.endswith("/change/") and "missing" not in self.opened:
                self.opened.add("missing")
                self.visit(OBJECT_NUMBER.sub(f"/{MISSING_OBJECT}/", path), f"{kind} (fehlt)")
        return kinds

    def open_widgets(self, kind):
        """The editor's heading menu and link dialog (once for each configuration of the
        editor); an autocomplete finding nothing, the calendar and the clock (once)."""
        page = self.page
        for editor in page.locator(".prose-editor").all():
            config = editor.locator("textarea").get_attribute(
                "data-django-prose-editor-configurable"
            )
            if config in self.opened or not editor.is_visible():  # perhaps on a closed tab
                continue
            self.opened.add(config)
            editor.locator(".prose-menubar__selected").click()
            menu = editor.locator(".prose-menubar__picker")
            menu.wait_for()
            self.check(f"{kind} (Menü der Absatzformate)", [menu.inner_text()])
            page.keyboard.press("Escape")
            editor.locator("[contenteditable=true]").click()
            page.keyboard.type("Mehr")
            page.keyboard.press("Shift+Home")
            editor.locator("button[data-name=link]").click()
            dialog = editor.locator("dialog")
            dialog.wait_for()
            self.check(f"{kind} (Dialog für Links)", [dialog.inner_text()])
            page.keyboard.press("Escape")
        choice = page.locator(".select2-selection").first
        if "autocomplete" not in self.opened and choice.is_visible():
            self.opened.add("autocomplete")
            choice.click()
            page.keyboard.type("xyzzy")
            message = page.locator(".select2-results__message")
            message.wait_for()
            self.check(f"{kind} (Auswahlliste ohne Treffer)", [message.inner_text()])
            page.keyboard.press("Escape")
        for widget, box in [("calendar", "Kalender"), ("clock", "Uhrzeiten")]:
            if widget not in self.opened and page.locator(f"#{widget}link0").is_visible():
                self.opened.add(widget)
                page.click(f"#{widget}link0")
                self.check(f"{kind} ({box})", [page.locator(f"#{widget}box0").inner_text()])
                page.keyboard.press("Escape")

    def delete_selected(self, kind):
        """The confirmation of deleting the first row of a list (not confirmed), once: each
        object's own deletion page shows what goes with it."""
        page = self.page
        if not page.locator("#result_list tbody input.action-select").count():
            return
        self.opened.add("delete_selected")
        page.locator("#result_list tbody input.action-select").first.check()
        page.select_option("#changelist-form select[name=action]", "delete_selected")
        page.click("#changelist-form button[name=index]")
        page.wait_for_load_state()
        self.check(f"{kind} (Löschen der Auswahl)")


def test_admin_shows_a_coordinator_no_english(live_server, demo, page, settings):
    # Kreis Unna has objects of every kind but these two (so each list links to a change form).
    unna = Alliance.objects.get(slug="kreis-unna")
    Inquiry.objects.create(
        alliance=unna,
        name="Petra Beispiel",
        email="petra@example.org",
        message="Wann trifft sich die Arbeitsgruppe Pflege?",
    )
    News.objects.create(
        alliance=unna,
        title="Neue Broschüre",
        slug="neue-broschuere",
        date=datetime.date(2026, 11, 2),
        teaser="Alle Angebote für Familien im Kreis auf einen Blick.",
        body="<p>Die Broschüre liegt in allen Rathäusern aus.</p>",
    )
    crawl = Crawl(page, live_server.url)
    crawl.visit("/admin/login/")
    for attempt in range(settings.AXES_FAILURE_LIMIT):  # the last one locks the login
        page.fill("#id_username", "koordination-laatzen")
        page.fill("#id_password", "falsch")
        with page.expect_navigation():
            page.click("input[type=submit]")
        crawl.check(f"/admin/login/ (falsches Passwort {attempt + 1})")
    log_in(page, live_server.url, "koordination-kreis-unna")
    page.wait_for_url(f"{live_server.url}/admin/")

    kinds = crawl.all_pages()
    crawl.visit("/admin/password_change/")
    page.click("input[type=submit]")
    crawl.check("/admin/password_change/ (leer gesichert)")
    page.fill("#id_old_password", PASSWORD)
    page.fill("#id_new_password1", "Familienzeit-2026")
    page.fill("#id_new_password2", "Familienzeit-2026")
    page.click("input[type=submit]")
    crawl.check("/admin/password_change/done/")
    page.goto(live_server.url + "/admin/")
    page.click("#logout-form button")
    page.wait_for_url(f"{live_server.url}/admin/logout/")
    crawl.check("/admin/logout/")

    assert crawl.found == {}
    # The crawl reached the coordinator's lists, forms, histories and deletions.
    assert {
        f"/admin/{app_label}/{model_name}/<n>/{page}/"
        for app_label, models in COORDINATOR_PERMISSIONS.items()
        for model_name in models
        for page in ["change", "history"]
    } <= kinds
    opened = {name.partition(" (")[2] for name in crawl.seen}
    assert {
        "Menü der Absatzformate)",
        "Dialog für Links)",
        "Kalender)",
        "Uhrzeiten)",
        "Auswahlliste ohne Treffer)",
        "Löschen der Auswahl)",
        "leer gesichert)",
        "fehlt)",
        "falsches Passwort 5)",
    } <= opened
