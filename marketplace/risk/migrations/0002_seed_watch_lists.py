"""The three key commodities watched from the start (admins maintain them afterwards)."""

from django.db import migrations

WATCH_LISTS = [
    ("Food-contact materials", "7323 3924 8215", 2,
     "Kitchenware, tableware and utensils touching food: migration of metals and plastics "
     "(EU 10/2011, FDA 21 CFR, GB 4806)."),
    ("Frozen seafood", "0303 0304 0306", 3,
     "Frozen fish, fillets and crustaceans: cold chain, microbial and residue limits."),
    ("Blades", "8211 8214", 2,
     "Knives, blades and scissors: controlled-knife rules and sharp-edge injuries."),
]


def seed(apps, schema_editor):
    WatchList = apps.get_model("risk", "WatchList")
    for name, prefixes, level, description in WATCH_LISTS:
        WatchList.objects.get_or_create(name=name, defaults={
            "hs_prefixes": prefixes, "base_level": level, "description": description})


def unseed(apps, schema_editor):
    WatchList = apps.get_model("risk", "WatchList")
    WatchList.objects.filter(name__in=[name for name, *_rest in WATCH_LISTS]).delete()


class Migration(migrations.Migration):
    dependencies = [("risk", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
