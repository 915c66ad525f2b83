#!/usr/bin/env python3
"""Prints the URLs a page requested, from Chromium net logs (--log-net-log), other than file:
and data: URLs. A request started by the page has the page as its initiator; Chromium's own
background requests have none ("not an origin") and are left out."""
import json
import sys

urls = set()
for path in sys.argv[1:]:
    log = json.load(open(path))
    names = {value: key for key, value in log["constants"]["logEventTypes"].items()}
    for event in log["events"]:
        params = event.get("params") or {}
        if names.get(event["type"]) != "URL_REQUEST_START_JOB" or "url" not in params:
            continue
        if params.get("initiator", "not an origin") == "not an origin":
            continue
        if not params["url"].startswith(("file:", "data:")):
            urls.add(params["url"])
print("\n".join(sorted(urls)))
