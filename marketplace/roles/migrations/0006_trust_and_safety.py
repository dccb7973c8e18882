"""Compliance officers act on risk alerts and recalls; platform admins hold every permission of
the trust-and-safety apps (risk, returns and disputes, batches, seller ratings, listing holds).

Frozen data like the earlier role migrations, so replaying them later gives the same groups.
"""

import importlib

from django.db import migrations

initial = importlib.import_module("marketplace.roles.migrations.0001_create_role_groups")

MODELS = {
    "risk": ("watchlist", "alert", "risksignal", "alertaction", "recall", "recallline",
             "recalldisposal", "recallnotice"),
    "returns": ("returnpolicy", "returnrequest", "returnline", "dispute", "casemessage",
                "casefile", "returnrefund", "caseevent"),
    "traceability": ("batch", "batchdocument", "batchallocation", "scancount",
                     "failedscancount"),
    "seller_rating": ("sellerrating", "sellerreview"),
    "listing_holds": ("listinghold", "basketnotice"),
}
CUSTOM = ("risk.manage_alerts", "risk.recall_batches", "risk.manage_watch_lists",
          "returns.decide_dispute")
GRANTS = {
    "Compliance officers": [
        "risk.manage_alerts",
        "risk.recall_batches",
        "risk.manage_watch_lists",
        "risk.view_alert",
        "risk.view_recall",
        "risk.view_watchlist",
        "traceability.view_batch",
        "traceability.view_batchallocation",
    ],
    "Platform admins": [
        *CUSTOM,
        *(f"{app}.{action}_{model}" for app, models in MODELS.items() for model in models
          for action in ("add", "change", "delete", "view")),
    ],
}

grant, revoke = initial.grant_and_revoke(GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("roles", "0005_ip_moderators"),
        ("risk", "0002_seed_watch_lists"),
        ("returns", "0001_initial"),
        ("traceability", "0002_private_documents_and_scan_counts"),
        ("seller_rating", "0001_initial"),
        ("listing_holds", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
