"""Compliance officers and platform admins review listings and keep the prohibited HS codes.

Frozen data like the earlier role migrations, so replaying them later gives the same groups.
"""

import importlib

from django.db import migrations

initial = importlib.import_module("marketplace.roles.migrations.0001_create_role_groups")

MODELS = ("prohibitedhscode", "listingdecision")
GRANTS = {
    "Compliance officers": [
        "moderation.review_listing",
        "moderation.view_listingdecision",
        "moderation.add_prohibitedhscode", "moderation.change_prohibitedhscode",
        "moderation.view_prohibitedhscode",
    ],
    "Platform admins": [
        "moderation.review_listing",
        *(f"moderation.{action}_{model}" for model in MODELS
          for action in ("add", "change", "delete", "view")),
    ],
}

grant, revoke = initial.grant_and_revoke(GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("roles", "0003_sellers_permissions"),
        ("moderation", "0002_seed_prohibited_hs_codes"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
