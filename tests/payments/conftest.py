import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

WEBHOOK_SECRET = "whsec_test_only"
# localstripe takes any key; a real one must never reach a test.
FAKE_SECRET_KEY = "sk_test_12345"


@pytest.fixture
def gateway(settings):
    """The in-memory gateway, with webhooks signed by a known secret."""
    settings.MARKETPLACE_PAYMENT_GATEWAY = "marketplace.payments.backends.locmem.LocmemGateway"
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_12345"
    from marketplace.payments.backends import get_gateway, locmem

    locmem.reset()

    yield get_gateway()
    locmem.reset()


def stripe_event(event_id, event_type, obj, *, created=None):
    return {
        "id": event_id, "object": "event", "type": event_type, "created": created or int(time.time()),
        "data": {"object": obj}, "livemode": False, "api_version": "2024-06-20",
    }


def intent_object(intent_id, *, amount=12345, currency="eur", reference="100042", status="succeeded", error=None):
    return {
        "id": intent_id, "object": "payment_intent", "amount": amount, "currency": currency,
        "status": status, "metadata": {"reference": reference}, "last_payment_error": error,
    }


def signed(event, *, secret=WEBHOOK_SECRET, timestamp=None):
    """(body, Stripe-Signature header) as Stripe would send `event`."""
    from marketplace.payments.backends import locmem

    body = json.dumps(event).encode()
    return body, locmem.sign_payload(body, secret, timestamp)


# --- a real localstripe, one per xdist worker --------------------------------------------

# localstripe saves its state to /tmp/localstripe.pickle after every write; two workers
# (or another engineer's run) would share that file. This launcher runs the same server
# with the saving switched off: state lives in the process only.
LAUNCHER = (
    "import sys; from localstripe import resources; "
    "resources.Store.dump_to_disk = lambda self: None; "
    "from localstripe.server import start; sys.argv[0] = 'localstripe'; sys.exit(start())"
)


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def localstripe_url(tmp_path_factory):
    port = _free_port()
    log = tmp_path_factory.mktemp("localstripe") / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER, "--port", str(port), "--from-scratch"],
            stdout=out, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            if process.poll() is not None:
                pytest.fail(f"localstripe exited with {process.returncode}: {log.read_text()[-2000:]}")
            try:
                # Any HTTP answer (even 401) says it is listening.
                urllib.request.urlopen(f"{url}/v1/customers", timeout=1)
                break
            except urllib.error.HTTPError:
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"localstripe did not answer on {url}: {log.read_text()[-2000:]}")
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def localstripe(settings, localstripe_url):
    """The Stripe gateway talking to a localstripe emptied for this test."""
    request = urllib.request.Request(f"{localstripe_url}/_config/data", method="DELETE")
    urllib.request.urlopen(request, timeout=5).close()
    settings.MARKETPLACE_PAYMENT_GATEWAY = "marketplace.payments.backends.stripe.StripeGateway"
    settings.STRIPE_API_BASE = localstripe_url
    settings.STRIPE_SECRET_KEY = FAKE_SECRET_KEY
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_12345"
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    from marketplace.payments.backends import get_gateway

    return get_gateway()
