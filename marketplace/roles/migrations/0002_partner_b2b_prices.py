"""Grant the permissions of the partner app's B2B price models (PriceTier, IncotermOffer).

Platform admins hold every partner permission, so they get all four on both models;
sellers may add, change and view their quantity breaks and Incoterms, as they may
their stock records. The grants are data frozen here, like 0001's.
"""

import importlib

from django.db import migrations

initial = importlib.import_module("marketplace.roles.migrations.0001_create_role_groups")

MODELS = ("pricetier", "incotermoffer")
GRANTS = {
    "Platform admins": [
        f"partner.{action}_{model}"
        for model in MODELS for action in ("add", "change", "delete", "view")
    ],
    "Sellers": [
        f"partner.{action}_{model}" for model in MODELS for action in ("add", "change", "view")
    ],
}

grant, revoke = initial.grant_and_revoke(GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("roles", "0001_create_role_groups"),
        ("partner", "0008_stockrecord_b2b_terms_price_tiers_incoterms"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
