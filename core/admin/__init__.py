"""The admin machinery every app's admin builds on.

- ``bases``: the ModelAdmin and inline classes to inherit from;
- ``scope``: coordinators see and pick only their own alliances' objects;
- ``concurrency``: a save based on an outdated form is refused, nothing is lost;
- ``history``: earlier versions of each object, compared and restored;
- ``preview``: "Vorschau" links from the change form to the public page;
- ``schedule``: the "öffentlich" column of lists of scheduled objects (news, projects);
- ``links``: addresses of the admin's pages for a model;
- ``labels``: inputs in table columns (tabular inlines, editable lists) are named;
- ``thumbnails``: small image previews in lists and forms;
- ``uploads``: pictures are processed before the write transaction begins;
- ``parts``: a long change form in parts of one screen each (``?teil=``);
- ``widgets``: the colour picker;
- ``permissions``: the coordinators' permission group;
- ``site``: the admin site with scoped autocompletes, the "view on site" redirect and
  "Mein Bündnis" on the start page.
"""
