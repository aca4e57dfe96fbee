"""Keyboard use: the skip link, a visible focus everywhere, and the print view's buttons."""

from playwright.sync_api import Error as PlaywrightError

FOCUSED = r"""() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return {
    text: element.innerText.replace(/\s+/g, " ").trim(),
    id: element.id,
    tag: element.tagName,
    inMain: element.closest("main") !== null,
    outline: `${style.outlineStyle} ${style.outlineWidth}`,
    onScreen: box.top >= 0 && box.left >= 0 && box.width > 0 && box.height > 0,
  };
}"""
# Stands in for the browser's print dialog, which a headless browser does not show.
COUNT_PRINTS = "window.print = () => { window.printCalls = (window.printCalls || 0) + 1; };"


def test_keyboard_skip_link_comes_first_and_jumps_to_content(live_server, kassel, page):
    page.goto(f"{live_server.url}/buendnisse/kassel/")

    page.keyboard.press("Tab")
    skip_link = page.evaluate(FOCUSED)
    page.keyboard.press("Enter")
    target = page.evaluate(FOCUSED)
    page.keyboard.press("Tab")
    after = page.evaluate(FOCUSED)

    assert (skip_link["text"], skip_link["onScreen"]) == ("Zum Inhalt springen", True)
    assert skip_link["outline"] == "solid 3px"
    assert (target["id"], page.url) == ("inhalt", f"{live_server.url}/buendnisse/kassel/#inhalt")
    assert after["inMain"] is True


def test_keyboard_focus_is_visible_on_every_control(live_server, kassel, page):
    page.goto(f"{live_server.url}/buendnisse/kassel/")

    focused = []
    for _ in range(60):  # through the page, until focus leaves it
        page.keyboard.press("Tab")
        element = page.evaluate(FOCUSED)
        if element["tag"] == "BODY":
            break
        focused.append(element)

    texts = [item["text"] for item in focused]
    assert texts[:4] == [
        "Zum Inhalt springen",
        "Bündnisportal Lokale Bündnisse für Familie",
        "Startseite",
        "Bündnis finden",
    ]
    assert "Drucken" in texts
    assert texts[-1] == "Anmeldung für die Redaktion"
    assert [item for item in focused if item["outline"] != "solid 3px"] == []
    assert [item for item in focused if not item["onScreen"]] == []


def test_keyboard_print_link_leads_to_print_view_whose_buttons_work(live_server, kassel, page):
    page.add_init_script(COUNT_PRINTS)
    page.goto(f"{live_server.url}/buendnisse/kassel/kontakt/")

    page.get_by_role("link", name="Drucken", exact=True).focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/kontakt/drucken/")
    page.keyboard.press("Tab")
    print_button = page.evaluate(FOCUSED)
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    close_button = page.evaluate(FOCUSED)
    print_calls = page.evaluate("window.printCalls")
    page.keyboard.press("Enter")
    page.wait_for_url("**/kontakt/")

    assert (print_button["text"], print_button["outline"]) == ("Seite drucken", "solid 3px")
    assert print_calls == 1
    assert close_button["text"] == "Seite schließen"
    assert page.url == f"{live_server.url}/buendnisse/kassel/kontakt/"


def test_keyboard_close_button_closes_a_print_window_opened_by_script(live_server, kassel, page):
    page.goto(f"{live_server.url}/buendnisse/kassel/")

    with page.expect_popup() as popup_info:
        page.evaluate("window.open('/buendnisse/kassel/drucken/', 'druck')")
    popup = popup_info.value
    popup.wait_for_load_state()
    popup.get_by_role("link", name="Seite schließen").focus()
    with popup.expect_event("close"):
        try:
            popup.keyboard.down("Enter")  # a link follows on key down
        except PlaywrightError as error:
            # The window may close before the key press is acknowledged: that is the point.
            assert "closed" in str(error)

    assert popup.is_closed() is True
    assert page.url == f"{live_server.url}/buendnisse/kassel/"


def test_keyboard_print_view_without_javascript_shows_the_hint(live_server, kassel, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/buendnisse/kassel/drucken/")

    page.keyboard.press("Tab")
    first = page.evaluate(FOCUSED)
    hint = page.locator("[data-print-hint]")

    assert first["text"] == "Seite schließen"
    assert page.get_by_role("button", name="Seite drucken").is_hidden() is True
    assert hint.is_visible() is True
    assert hint.text_content().startswith(" – drucken Sie diese Seite mit dem Druckbefehl")
    context.close()
