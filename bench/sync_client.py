#!/usr/bin/env python3
"""One sync client: pages through GET /api/contacts/changes from the start until has_more is
false, as an offline app's first sync does, and prints what it measured as one TSV line:
changes, pages, seconds, changes/s, page p50 ms, page p99 ms.

    sync_client.py BASE_URL TOKEN PER_PAGE
"""
import json
import sys
import time
import urllib.request


def main():
    base, token, per_page = sys.argv[1], sys.argv[2], int(sys.argv[3])
    cursor, changes, pages, latencies = None, 0, 0, []
    seen = set()
    started = time.monotonic()
    while True:
        url = f"{base}/api/contacts/changes?per_page={per_page}"
        if cursor:
            url += f"&cursor={cursor}"
        request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}", "Accept": "application/json"})
        t0 = time.monotonic()
        with urllib.request.urlopen(request, timeout=60) as response:
            page = json.load(response)
        latencies.append(time.monotonic() - t0)
        pages += 1
        for item in page["data"]:
            seen.add(item["id"])
        changes += len(page["data"])
        cursor = page["meta"]["next_cursor"]
        if not page["meta"]["has_more"]:
            break
    seconds = time.monotonic() - started
    latencies.sort()
    p50 = latencies[max(0, -(-len(latencies) * 50 // 100) - 1)] * 1000
    p99 = latencies[max(0, -(-len(latencies) * 99 // 100) - 1)] * 1000
    print(f"{changes}\t{len(seen)}\t{pages}\t{seconds:.2f}\t{changes / seconds:.0f}\t{p50:.2f}\t{p99:.2f}")


if __name__ == "__main__":
    main()
