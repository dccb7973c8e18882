"""IP moderators work the notice-and-takedown queue; platform admins hold every IP permission.

Frozen data like the earlier role migrations, so replaying them later gives the same groups.
"""

import importlib

from django.db import migrations

initial = importlib.import_module("marketplace.roles.migrations.0001_create_role_groups")

MODELS = ("complaint", "listingcase", "complaintlisting", "evidence", "suspension", "strike",
          "caseevent")
GRANTS = {
    "IP moderators": [
        "ip_complaints.moderate_complaint",
        "ip_complaints.view_complaint",
        "ip_complaints.view_listingcase",
        "ip_complaints.view_evidence",
        "ip_complaints.view_caseevent",
        "ip_complaints.view_strike",
        "ip_complaints.view_suspension",
        "catalogue.view_product",
        "partner.view_partner",
        "partner.view_stockrecord",
    ],
    "Platform admins": [
        "ip_complaints.moderate_complaint",
        *(f"ip_complaints.{action}_{model}" for model in MODELS
          for action in ("add", "change", "delete", "view")),
    ],
}

grant, _revoke_permissions = initial.grant_and_revoke(GRANTS)


def revoke(apps, schema_editor):
    _revoke_permissions(apps, schema_editor)
    # The group itself is this migration's: it goes when the migration is unapplied.
    apps.get_model("auth", "Group").objects.filter(name="IP moderators").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("roles", "0004_moderation_permissions"),
        ("ip_complaints", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
