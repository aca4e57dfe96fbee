"""For bench/run.py: the SQL queries of each page, from the page cache and rendered.

Run in its own process with the benchmark's environment (database, settings); prints one
JSON object {path: {"hit": n, "miss": n}}. Each count is the second request's, so what
a worker does once (the cached "sichtbar ab/bis" boundary, the first connection) is left
out: the counts are those of every further request.

    python bench/queries.py / /buendnisse/kassel/ …
"""

import json
import sys

import django


def main(paths):
    django.setup()
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    def queries(client, path):
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        if response.status_code != 200:
            sys.exit(f"{path}: Status {response.status_code}")
        return len(captured)

    client = Client()
    counts = {path: {"hit": queries(client, path)} for path in paths}
    with override_settings(PAGE_CACHE_SECONDS=0):
        for path in paths:
            counts[path]["miss"] = queries(client, path)
    print(json.dumps(counts))


if __name__ == "__main__":
    main(sys.argv[1:])
