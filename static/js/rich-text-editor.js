// The rich-text editor (django-prose-editor) in German. It translates its dialogs through
// Django's JavaScript catalogue but names its buttons and menu entries in English, without
// asking it; this names them again, through the same catalogue (core/locale, djangojs.po),
// by the names the editor gives its menu items. Loaded with the editor (core.fields).
"use strict";
{
  // The catalogue (admin/jsi18n/) is loaded before the editor, but perhaps after this file.
  const gettext = (text) => (window.gettext ? window.gettext(text) : text);
  const interpolate = (format, values) =>
    window.interpolate ? window.interpolate(format, values) : format.replace("%s", values[0]);

  const labels = () => ({
    paragraph: gettext("Paragraph"),
    bulletList: gettext("Bulleted list"),
    orderedList: gettext("Numbered list"),
    blockquote: gettext("Quotation"),
    bold: gettext("Bold"),
    italic: gettext("Italic"),
    link: gettext("Insert link"),
    unlink: gettext("Remove link"),
    "history:undo": gettext("Undo"),
    "history:redo": gettext("Redo"),
  });
  const labelOf = (name) => {
    const heading = /^heading(\d)$/.exec(name);
    return heading ? interpolate(gettext("Heading %s"), [heading[1]]) : labels()[name];
  };
  // Every menu item the editor defines belongs to one of these groups.
  const GROUPS = "blockType nodes headings lists marks link history utility textAlign table";

  const translate = (editor) => {
    const { menu, dom } = editor.storage.menu;
    const renamed = new Map();
    for (const item of menu.items(GROUPS)) {
      const label = labelOf(item.name);
      if (!label) {
        continue;
      }
      if (item.button) {
        renamed.set(item.button.title, label);
        item.button.title = label;
        item.button.setAttribute("aria-label", label);
      }
      if (item.option) {
        item.option.textContent = label;
      }
    }
    // The menu of paragraph formats shows a copy of the current format's button, made before.
    for (const button of dom.querySelectorAll("button[title]")) {
      if (renamed.has(button.title)) {
        button.title = renamed.get(button.title);
        button.setAttribute("aria-label", button.title);
      }
    }
  };

  document.addEventListener("prose-editor:ready", (event) => {
    const { editor } = event.detail;
    // The editor builds its menu once created, after it announces itself ready.
    if (editor.isInitialized) {
      translate(editor);
    } else {
      editor.on("create", () => translate(editor));
    }
  });
}
