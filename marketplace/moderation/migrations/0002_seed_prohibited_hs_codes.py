"""The prohibited HS codes the platform starts with: heading 9307 (swords, bayonets, ...).

Copied here rather than read from elsewhere: a migration records what was done at one
point in history. Later entries are added in the admin, or by a new migration.
"""

import datetime

from django.db import migrations

ENTRIES = [
    {
        "prefix": "9307",
        "reason": "Swords, cutlasses, bayonets, lances and similar arms (HS 9307) are not "
                  "accepted on the platform. 剑、短弯刀、刺刀、长矛及类似武器（HS 9307）不得在平台上架。",
        "legal_basis": "Platform prohibited-goods policy (export of arms and controlled "
                       "knives refused by default; 公安部《对部分刀具实行管制的暂行规定》)",
        "valid_from": datetime.date(2026, 1, 1),
    },
]


def seed(apps, schema_editor):
    ProhibitedHSCode = apps.get_model("moderation", "ProhibitedHSCode")
    for entry in ENTRIES:
        ProhibitedHSCode.objects.get_or_create(prefix=entry["prefix"], defaults=entry)


def unseed(apps, schema_editor):
    ProhibitedHSCode = apps.get_model("moderation", "ProhibitedHSCode")
    ProhibitedHSCode.objects.filter(prefix__in=[entry["prefix"] for entry in ENTRIES]).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("moderation", "0001_initial"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
