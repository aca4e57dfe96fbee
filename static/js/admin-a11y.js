// Names for the admin's widgets that scripts build in the browser: the rich-text editor,
// the autocompletes (Select2) and the two-list selector. Django and these libraries leave
// them unnamed for screen readers, or named in English. Loaded with `defer` on every admin
// page (templates/admin/base_site.html), so it runs before the widgets are built.
"use strict";
{
  // The label of a form control, given an id so that other elements can point to it.
  const labelOf = (control) => {
    const label = control.id && document.querySelector(`label[for="${CSS.escape(control.id)}"]`);
    if (label && !label.id) {
      label.id = `${control.id}_label`;
    }
    return label;
  };

  // Name `element` after `control`'s label (followed by the elements `more` names), or after
  // the control's own aria-label: inputs in a table have no label (core/admin/labels.py).
  const nameAfter = (element, control, ...more) => {
    const label = labelOf(control);
    if (label) {
      element.setAttribute("aria-labelledby", [label.id, ...more].join(" "));
    } else if (control.hasAttribute("aria-label")) {
      element.setAttribute("aria-label", control.getAttribute("aria-label"));
    }
  };

  // The rich-text editor: its writing area gets the field's label, help text and error
  // state; its buttons say that they are unavailable when so (their German names come from
  // static/js/rich-text-editor.js).
  document.addEventListener("prose-editor:ready", (event) => {
    const { editor, textarea } = event.detail;
    const attributes = {};
    const label = labelOf(textarea);
    if (label) {
      attributes["aria-labelledby"] = label.id;
    }
    for (const name of ["aria-label", "aria-describedby", "aria-invalid"]) {
      if (textarea.hasAttribute(name)) {
        attributes[name] = textarea.getAttribute(name);
      }
    }
    editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes } });

    const box = textarea.closest(".prose-editor");
    const describeButtons = () => {
      for (const button of box.querySelectorAll(".prose-menubar button")) {
        button.setAttribute("aria-disabled", button.classList.contains("disabled"));
      }
    };
    // The editor builds its buttons when created and sets their state on each transaction,
    // by handlers that may run after this one: describe them once those are done.
    const describeSoon = () => queueMicrotask(describeButtons);
    editor.on("create", describeSoon);
    editor.on("transaction", describeSoon);
    describeSoon();
  });

  // Autocompletes: Select2 hides the select and shows a box of its own, named only by the
  // chosen item, if any. A list of several chosen items gets no "remove all" button, which
  // Select2 would put into the list itself; each item has its own.
  for (const select of document.querySelectorAll("select.admin-autocomplete[multiple]")) {
    select.dataset.allowClear = "false";
  }
  const nameAutocompletes = (root) => {
    for (const select of root.querySelectorAll("select.admin-autocomplete")) {
      const box = select.nextElementSibling?.querySelector(".select2-selection");
      if (!box || box.hasAttribute("data-named")) {
        continue;
      }
      box.setAttribute("data-named", "");
      if (select.multiple) {
        nameAfter(box, select);
        nameAfter(box.querySelector(".select2-search__field"), select);
      } else {
        // The chosen item is the box's value: it follows the label in the box's name.
        const chosen = box.querySelector(".select2-selection__rendered");
        chosen.removeAttribute("role");
        chosen.removeAttribute("aria-readonly");
        nameAfter(box, select, chosen.id);
      }
    }
  };
  const jQuery = window.django?.jQuery;
  if (jQuery) {
    // After Django's own handlers, which build the boxes (admin/js/autocomplete.js).
    jQuery(() => nameAutocompletes(document));
    document.addEventListener("formset:added", (event) => nameAutocompletes(event.target));
    jQuery(document).on("select2:open", (event) => {
      // An open combobox names its list by aria-controls (WAI-ARIA 1.2); Select2 uses the
      // older aria-owns. The search field of a single choice's list gets the field's name.
      const box = event.target.nextElementSibling.querySelector(".select2-selection");
      box.setAttribute("aria-controls", box.getAttribute("aria-owns"));
      const search = document.querySelector(".select2-container--open .select2-dropdown input");
      if (search) {
        nameAfter(search, event.target);
      }
    });
  }

  // The two-list selector (filter_horizontal) explains its filter fields with an icon that
  // has a text but no role, so the text is lost; as an image, it names the filter field.
  window.addEventListener("load", () => {
    for (const icon of document.querySelectorAll(".search-label-icon[aria-label]:not([role])")) {
      icon.setAttribute("role", "img");
    }
  });
}
