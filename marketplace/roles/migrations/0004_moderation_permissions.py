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


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    initial.create_missing_permissions(apps)
    for name, permissions in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*initial.permissions_named(apps, permissions))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, permissions in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(*initial.permissions_named(apps, permissions))


class Migration(migrations.Migration):
    dependencies = [
        ("roles", "0003_sellers_permissions"),
        ("moderation", "0002_seed_prohibited_hs_codes"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
