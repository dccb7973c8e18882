"""Platform default freight services, zones and rates, for staff to edit in the admin.

The figures are ILLUSTRATIVE: plausible 2025 list prices in CNY for parcels from
Guangdong, rounded, not any carrier's tariff. Staff replace them with the rates the
platform's logistics partners actually quote. Every seeded row says so in its notes.
A row staff have renamed or deleted is not brought back: only missing names are added.
"""

from decimal import Decimal

from django.db import migrations

NOTE = ("Platform default seeded by migration freight 0002. Rates are illustrative, "
        "not a carrier's tariff: edit them in the admin.")

EAST_ASIA = "East Asia (Hong Kong, Macao, Taiwan, Japan, Korea)"
SOUTHEAST_ASIA = "Southeast Asia"
SOUTH_ASIA_MIDDLE_EAST = "South and Central Asia, Middle East"
EUROPE = "Europe"
NORTH_AMERICA = "North America"
OCEANIA = "Oceania"
REST_OF_WORLD = "Rest of the world"

ZONES = {
    EAST_ASIA: "HK,MO,TW,JP,KR,MN",
    SOUTHEAST_ASIA: "SG,MY,TH,VN,PH,ID,KH,LA,MM,BN,TL",
    SOUTH_ASIA_MIDDLE_EAST: ("IN,PK,BD,LK,NP,MV,BT,AF,KZ,UZ,KG,TJ,TM,AE,SA,QA,KW,BH,OM,JO,IL,"
                             "LB,TR,IQ,YE,PS,SY"),
    EUROPE: ("AT,BE,BG,HR,CY,CZ,DK,EE,FI,FR,DE,GR,HU,IE,IT,LV,LT,LU,MT,NL,PL,PT,RO,SK,SI,ES,"
             "SE,GB,NO,CH,IS,LI,MC,AD,SM,VA,AL,BA,ME,MK,RS,MD,UA,BY,RU,GE,AM,AZ"),
    NORTH_AMERICA: "US,CA,MX",
    OCEANIA: "AU,NZ,PG,FJ",
    REST_OF_WORLD: "",  # every country no other zone lists
}

# (first step kg, first step CNY, additional step kg, additional step CNY) by zone.
POSTAL_RATES = {
    EAST_ASIA: ("1", "90", "1", "30"), SOUTHEAST_ASIA: ("1", "100", "1", "35"),
    SOUTH_ASIA_MIDDLE_EAST: ("1", "130", "1", "50"), EUROPE: ("1", "150", "1", "65"),
    NORTH_AMERICA: ("1", "160", "1", "70"), OCEANIA: ("1", "150", "1", "65"),
    REST_OF_WORLD: ("1", "180", "1", "85"),
}
EXPRESS_RATES = {
    EAST_ASIA: ("0.5", "120", "0.5", "25"), SOUTHEAST_ASIA: ("0.5", "140", "0.5", "30"),
    SOUTH_ASIA_MIDDLE_EAST: ("0.5", "200", "0.5", "45"), EUROPE: ("0.5", "230", "0.5", "55"),
    NORTH_AMERICA: ("0.5", "240", "0.5", "60"), OCEANIA: ("0.5", "230", "0.5", "55"),
    REST_OF_WORLD: ("0.5", "300", "0.5", "75"),
}
# Cold-chain express reaches only where a partner keeps the chain unbroken end to end.
COLD_EXPRESS_RATES = {
    EAST_ASIA: ("1", "300", "1", "80"), SOUTHEAST_ASIA: ("1", "350", "1", "90"),
    EUROPE: ("1", "600", "1", "160"), NORTH_AMERICA: ("1", "650", "1", "170"),
    OCEANIA: ("1", "600", "1", "160"),
}

SERVICES = [
    # name, trade mode, cold chain, transit days, largest shipment kg, rates
    ("China Post international parcel", "postal", False, (7, 20), "30", POSTAL_RATES),
    ("International express", "express", False, (3, 7), "300", EXPRESS_RATES),
    ("Cold-chain express (chilled and frozen)", "express", True, (2, 5), "100",
     COLD_EXPRESS_RATES),
    ("Sea freight LCL (consolidated)", "sea_lcl", False, (20, 45), None, None),
    ("Sea freight FCL (full container)", "sea_fcl", False, (18, 40), None, None),
    ("Reefer container FCL (chilled and frozen)", "sea_fcl", True, (18, 40), None, None),
    ("Air freight", "air", False, (3, 7), None, None),
]


def seed(apps, schema_editor):
    FreightZone = apps.get_model("freight", "FreightZone")
    FreightService = apps.get_model("freight", "FreightService")
    FreightRate = apps.get_model("freight", "FreightRate")
    zones = {}
    for name, countries in ZONES.items():
        zones[name], _created = FreightZone.objects.get_or_create(
            name=name, defaults={"countries": countries})
    for name, mode, cold, (low, high), max_kg, rates in SERVICES:
        if FreightService.objects.filter(partner__isnull=True, name=name).exists():
            continue
        service = FreightService.objects.create(
            name=name, trade_mode=mode, cold_chain=cold, transit_days_min=low,
            transit_days_max=high, max_weight_kg=Decimal(max_kg) if max_kg else None,
            notes=NOTE)
        for zone_name, (first_kg, first_cny, step_kg, step_cny) in (rates or {}).items():
            FreightRate.objects.create(
                service=service, zone=zones[zone_name], first_step_kg=Decimal(first_kg),
                first_step_charge_cny=Decimal(first_cny), additional_step_kg=Decimal(step_kg),
                additional_step_charge_cny=Decimal(step_cny))


class Migration(migrations.Migration):
    dependencies = [("freight", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
