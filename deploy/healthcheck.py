"""Container health check: exit 0 when the URL answers 2xx, 1 otherwise.

    python deploy/healthcheck.py http://127.0.0.1:8000/healthz

The slim image has no curl, and Django answers 400 to a Host header missing from
ALLOWED_HOSTS, so the request carries a host taken from that same variable.
"""

import os
import sys
import urllib.error
import urllib.request

TIMEOUT_SECONDS = 4


def host_header(allowed_hosts):
    """A Host value that the site's ALLOWED_HOSTS accepts.

    ALLOWED_HOSTS is the comma-separated list the settings read. A leading dot
    (".example.com") allows the domain and its subdomains, so the bare domain is
    used; "*" or an empty list accepts anything the settings default to.
    """
    for entry in (item.strip() for item in allowed_hosts.split(",")):
        if not entry or entry == "*":
            continue
        return entry.lstrip(".")
    return "localhost"


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: healthcheck.py URL\n")
        return 2
    request = urllib.request.Request(
        argv[1], headers={"Host": host_header(os.environ.get("ALLOWED_HOSTS", ""))}
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except OSError as exc:  # refused, timed out, reset: the server is not answering
        sys.stderr.write(f"unhealthy: {argv[1]}: {exc}\n")
        return 1
    if 200 <= status < 300:
        return 0
    sys.stderr.write(f"unhealthy: {argv[1]} answered {status}\n")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
