"""Platform admins review manufacturer filings: grant them every sellers permission.

Frozen data like 0001's and 0002's, so replaying the migrations later gives the same groups.
"""

import importlib

from django.db import migrations

initial = importlib.import_module("marketplace.roles.migrations.0001_create_role_groups")

MODELS = ("cluster", "enterprise", "enterprisedocument", "enterprisedecision")
GRANTS = {
    "Platform admins": [
        "sellers.review_enterprise",
        *(f"sellers.{action}_{model}" for model in MODELS
          for action in ("add", "change", "delete", "view")),
    ],
}

grant, revoke = initial.grant_and_revoke(GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("roles", "0002_partner_b2b_prices"),
        ("sellers", "0002_create_clusters"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
