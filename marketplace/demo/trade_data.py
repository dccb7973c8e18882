"""What a demo product declares for export: HS code, packing, origin, certificates, attributes.

Worked out, like the rest of a demo product, from its sub-category, its place on the
item / size / variant axes and a random generator seeded with its number. Attribute
values are keyed by the attribute codes of catalog/product_classes.py; option values are
the option's own code within its group ("vg10"), lists of them for multi-option
attributes.

The figures are plausible, not measured: weights, cartons and shelf lives of the kind
Yangjiang's factories quote. Knives keep a tip angle above 60° and a blade no longer
than 210 mm, so no demo knife is a controlled knife (DOMAIN.md section 8).
"""

from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from .catalogue_data import T

NO_BRAND = "无品牌"


class TradeSpec(NamedTuple):
    product_class: str  # slug in catalog/product_classes.py
    hs_code: str
    declared_elements: str
    gtin: str
    unit_of_measure: str
    net_weight_kg: Decimal
    gross_weight_kg: Decimal
    carton_cm: tuple  # (length, width, height)
    units_per_carton: int
    origin_district: str
    certifications: tuple  # certification codes
    lead_time_days: int
    oem_available: bool
    customisation_notes: str
    attributes: tuple  # ((attribute code, value), ...)
    pack: object = None  # a T that replaces the cluster's packing text, e.g. for bulk sizes


class Goods(NamedTuple):
    """One demo product's place in the catalogue data, as product_spec() worked it out."""

    cluster: object
    subcategory: object
    item: int
    size: int
    variant: int
    pack: int  # index into cluster.packs
    maker: object
    upc: str
    lead_time_days: int
    rng: object

    def zh(self, axis):
        """The Chinese text of the product's item, size or variant."""
        index = getattr(self, axis)
        return getattr(self.subcategory, f"{axis}s")[index].zh_hans


class Profile(NamedTuple):
    product_class: str
    hs_code: str
    unit: str
    net_kg: float
    packing: float  # gross weight / net weight
    carton_cm: tuple
    units_per_carton: int
    certifications: tuple
    attributes: dict
    material: str  # the declared elements' 材质 (or 制作方法 for food)
    use: str  # the declared elements' 用途
    pack: object = None


def kg(value):
    return Decimal(str(value)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)


def _some(rng, codes, least=1):
    """A random non-empty selection of codes, in their listed order."""
    chosen = [code for code in codes if rng.random() < 0.6]
    while len(chosen) < least:
        extra = rng.choice(codes)
        if extra not in chosen:
            chosen.append(extra)
    return tuple(code for code in codes if code in chosen)


def _with(rng, share, code):
    return (code,) if rng.random() < share else ()


# --- knives and scissors ------------------------------------------------------------

INCH_MM = (152, 178, 203)  # 6, 7 and 8 inch
#: Steel option and hardness range per variant of the kitchen-knife sub-categories.
KNIFE_STEELS = {
    "KK": (("3cr13", 52, 54), ("5cr15mov", 56, 58), ("x50crmov15", 55, 57), ("damascus", 60, 62)),
    "KT": (("3cr13", 52, 54), ("5cr15mov", 56, 58), ("x50crmov15", 55, 57)),
    "FO": (("8cr13mov", 57, 59), ("d2", 59, 61)),
}
KS_CARTONS = (((45, 32, 28), 20), ((50, 35, 30), 50), ((60, 40, 35), 100))  # by pack
KNIFE_HANDLES = ("pakkawood", "g10", "pom", "abs", "stainless_steel")


def _knife(g, steel_table, blade_mm, tip_range, edge, handle, build="fixed_blade"):
    steel, hrc_low, hrc_high = steel_table[g.variant]
    return {
        # Declared so screening can rule out daggers and spring knives without a person.
        "knife_build": build,
        "blade_steel": steel,
        "hardness_hrc": g.rng.randint(hrc_low, hrc_high),
        "blade_length_mm": blade_mm,
        "tip_angle_deg": g.rng.randint(*tip_range),
        "handle_material": handle,
        "edge_type": edge,
    }


def kitchen_knives(g):
    # chef, santoku, Chinese cleaver, utility, bread knife
    tips = ((62, 70), (75, 85), (85, 90), (62, 70), (70, 80))
    weights = (0.20, 0.18, 0.38, 0.10, 0.16)
    edge = ("plain", g.rng.choice(("plain", "granton")), "plain", "plain", "serrated")[g.item]
    handle = (g.rng.choice(("wood", "pakkawood")) if g.item == 2
              else g.rng.choice(KNIFE_HANDLES))
    carton, per_carton = KS_CARTONS[g.pack]
    return Profile(
        "knives", "8211920000", "piece", weights[g.item] * (0.8, 0.9, 1.0)[g.size],
        g.rng.uniform(1.25, 1.6), carton, per_carton,
        ("LFGB", "FDA") + _with(g.rng, 0.3, "GB4806") + _with(g.rng, 0.5, "ISO9001"),
        _knife(g, KNIFE_STEELS["KK"], INCH_MM[g.size], tips[g.item], edge, handle),
        g.zh("variant"), "厨房切割食物用",
    )


def knife_sets(g):
    # The set's longest blade is an 8-inch chef knife: its length and tip angle are listed.
    net = (1.2, 1.8, 3.2)[g.size] * (1.3, 1.1, 0.8)[g.item]
    return Profile(
        "knives", "8211100000", "set", net, g.rng.uniform(1.2, 1.35), (52, 38, 40),
        (6, 4, 2)[g.size], ("LFGB", "FDA") + _with(g.rng, 0.5, "ISO9001"),
        _knife(g, KNIFE_STEELS["KT"], 203, (62, 68), "plain",
               g.rng.choice(("pakkawood", "pom", "abs", "g10"))),
        g.zh("variant"), "厨房用",
    )


def outdoor_knives(g):
    # folding knife, hunting knife, multi-tool; blades of 3 and 4 inches
    hs_code = "8211920000" if g.item == 1 else "8211930000"
    handle = "stainless_steel" if g.item == 2 else g.rng.choice(("g10", "pakkawood"))
    net = (0.11, 0.21, 0.25)[g.item] * (0.85, 1.0)[g.size]
    return Profile(
        "knives", hs_code, "piece", net, g.rng.uniform(1.3, 1.5), (48, 36, 30), 50,
        _with(g.rng, 0.5, "ISO9001"),
        _knife(g, KNIFE_STEELS["FO"], (76, 102)[g.size], (61, 70), "plain", handle,
               "folding_manual"),
        g.zh("variant"), "户外用",
    )


def scissors(g):
    # household, tailor's, kitchen, hairdressing
    uses = ("household", "tailor", "kitchen", "hairdressing")
    handles = ("pp", g.rng.choice(("abs", "stainless_steel")), "tpr", "stainless_steel")
    certifications = ("LFGB",) if g.item == 2 else ()
    carton, per_carton = KS_CARTONS[g.pack]
    return Profile(
        "scissors", "8213000000", "piece",
        (0.07, 0.14, 0.28)[g.size] * (1.0, 1.3, 1.0, 0.7)[g.item],
        g.rng.uniform(1.2, 1.5), carton, per_carton,
        certifications + _with(g.rng, 0.5, "ISO9001"),
        {"blade_steel": ("2cr13", "high_carbon", "440c")[g.variant],
         "length_mm": (152, 203, 254)[g.size], "handle_material": handles[g.item],
         "use": uses[g.item]},
        g.zh("variant"), ("家用", "裁剪布料用", "厨房用", "美发用")[g.item],
    )


def grooming(g):
    # nail clipper, manicure set, eyebrow scissors; carbon or stainless steel
    attributes = {"blade_steel": ("high_carbon", "3cr13")[g.variant],
                  "length_mm": ((55, 80), (90, 110), (90, 100))[g.item][g.size],
                  "use": "grooming"}
    if g.item == 2:
        attributes["handle_material"] = "stainless_steel"
    carton, per_carton = KS_CARTONS[g.pack]
    return Profile(
        "scissors", "8213000000" if g.item == 2 else "8214200000",
        "set" if g.item == 1 else "piece", (0.03, 0.18, 0.02)[g.item] * (0.8, 1.0)[g.size],
        g.rng.uniform(1.5, 2.5), carton, per_carton * 2, _with(g.rng, 0.5, "ISO9001"),
        attributes, g.zh("variant"), "个人修容用",
    )


# --- kitchenware -------------------------------------------------------------------------

FOOD_CONTACT_CERTIFICATES = {"lfgb": "LFGB", "fda": "FDA", "gb4806": "GB4806"}


def _food_contact(g, codes):
    chosen = ("gb4806",) + _some(g.rng, codes)
    return chosen, tuple(FOOD_CONTACT_CERTIFICATES[code] for code in chosen)


def pots_and_pans(g):
    # frying pan, wok, stockpot; 24, 28, 32 cm; non-stick aluminium, cast iron, tri-ply steel
    material = ("aluminium", "cast_iron", "stainless_304")[g.variant]
    capacity = ((1.5, 2.2, 3.0), (2.5, 3.5, 5.0), (8.0, 12.0, 18.0))[g.item][g.size]
    net = (0.8, 2.4, 1.2)[g.variant] * (1.0, 1.1, 1.6)[g.item] * (0.8, 1.0, 1.3)[g.size]
    compliance, certificates = _food_contact(g, ("lfgb", "fda"))
    return Profile(
        "kitchenware", ("7615109000", "7323910000", "7323930000")[g.variant], "piece", net,
        g.rng.uniform(1.15, 1.25), (62, 34, 34), (12, 8, 6)[g.size],
        certificates + _with(g.rng, 0.6, "ISO9001"),
        {"material": material, "capacity_litres": capacity,
         "induction_ready": g.variant != 0 or g.rng.random() < 0.5,
         "food_contact_compliance": compliance},
        g.zh("variant"), "厨房烹饪用",
    )


def kitchen_utensils(g):
    # spatula, ladle, vegetable peeler, tongs; nylon, silicone, stainless steel
    if g.variant == 2:
        material = g.rng.choice(("stainless_304", "stainless_201"))
        hs_code = "8205510000" if g.item == 2 else "8215990000"
    else:
        material = ("nylon", "silicone")[g.variant]
        hs_code = "3924100000"
    compliance, certificates = _food_contact(g, ("lfgb", "fda"))
    return Profile(
        "kitchenware", hs_code, "piece", (0.08, 0.10, 0.05, 0.12)[g.item] * (1.0, 1.2)[g.size],
        g.rng.uniform(1.1, 1.3), (55, 35, 30), 100, certificates,
        {"material": material, "food_contact_compliance": compliance},
        g.zh("variant"), "厨房用",
    )


def tableware(g):
    # cutlery set, steak knife set, chopstick set; 4, 16, 24 pieces; 18/0, 18/10, gold-plated
    plated = g.variant == 2
    if g.item == 0:
        hs_code = "8215100000" if plated else "8215200000"
    elif g.item == 1:
        hs_code = "8211910000"
    else:
        hs_code = "8215910000" if plated else "8215990000"
    pieces = (4, 16, 24)[g.size]
    compliance, certificates = _food_contact(g, ("lfgb", "fda"))
    return Profile(
        "kitchenware", hs_code, "set", pieces * (0.055, 0.09, 0.03)[g.item],
        g.rng.uniform(1.2, 1.4), (50, 35, 30), (40, 12, 8)[g.size], certificates,
        {"material": ("stainless_430", "stainless_304", "stainless_304")[g.variant],
         "food_contact_compliance": compliance},
        g.zh("variant"), "餐桌用",
    )


def catering(g):
    # chafing dish, gastronorm pan, ice bucket; 4 and 9 litres; stainless or mirror-polished
    compliance, certificates = _food_contact(g, ("lfgb",))
    return Profile(
        "kitchenware", "7323930000", "piece", ((3.5, 5.5), (0.8, 1.3), (0.6, 1.0))[g.item][g.size],
        g.rng.uniform(1.2, 1.35), (60, 45, 40), (2, 12, 12)[g.item], certificates,
        {"material": ("stainless_201", "stainless_304")[g.variant],
         "capacity_litres": (4.0, 9.0)[g.size], "food_contact_compliance": compliance},
        g.zh("variant"), "酒店餐饮用",
    )


# --- seafood -----------------------------------------------------------------------------

YANGJIANG_COAST = "South China Sea off Zhapo, Yangjiang, Guangdong"
SF_CARTONS = ((52, 32, 20), (55, 35, 18))  # by pack; ten 1 kg units either way


class Species(NamedTuple):
    name: str
    latin: str
    farmed: bool
    area: str


def _seafood(g, hs_code, species, processing, temperature, shelf_life, packing, status=""):
    certificates = ("HACCP",) + _with(g.rng, 0.5, "BRC")
    certificates += _with(g.rng, 0.4, "ASC" if species.farmed else "MSC")
    declared_method = {"frozen": "冻", "dried": "干制"}[processing]
    return Profile(
        "seafood", hs_code, "kg", 1.0, packing, SF_CARTONS[g.pack], 10, certificates,
        {"species": species.name, "latin_name": species.latin,
         "wild_or_farmed": "farmed" if species.farmed else "wild",
         "catch_or_farm_area": species.area, "processing": processing,
         "storage_temperature_c": temperature, "shelf_life_days": shelf_life,
         "net_weight_g": 1000},
        declared_method + (f"|{status}" if status else "") + f"|{species.latin}", "食用",
    )


WHITELEG_SHRIMP = Species("Whiteleg shrimp", "Litopenaeus vannamei", True,
                          "Pond-farmed, Yangjiang, Guangdong, China")


def frozen_shrimp(g):
    # whole, headless shell-on, peeled and deveined; glazed, so gross weighs more than net
    peeled = g.item == 2
    return _seafood(g, "0306172100" if peeled else "0306172900", WHITELEG_SHRIMP, "frozen",
                    -18, 540, g.rng.uniform(1.15, 1.3), "去壳" if peeled else "带壳")


DRIED_FISH = (
    ("0305540000", Species("Japanese anchovy", "Engraulis japonicus", False, YANGJIANG_COAST)),
    ("0305599000", Species("Largehead hairtail", "Trichiurus lepturus", False, YANGJIANG_COAST)),
    ("0307490000", Species("Mitre squid", "Uroteuthis chinensis", False, YANGJIANG_COAST)),
    ("0305599000", Species("Large yellow croaker", "Larimichthys crocea", True,
                           "Sea-cage farmed, Fujian and Guangdong coast, China")),
)


def dried_fish(g):
    hs_code, species = DRIED_FISH[g.item]
    return _seafood(g, hs_code, species, "dried", 4, 365, g.rng.uniform(1.03, 1.08))


SHELLFISH = (
    ("0307720000", Species("Manila clam", "Ruditapes philippinarum", True,
                           "Mudflat-farmed, Yangjiang coast, Guangdong")),
    ("0307120000", Species("Hong Kong oyster", "Crassostrea hongkongensis", True,
                           "Raft-farmed, Chengcun Bay, Yangxi County, Guangdong")),
    ("0307120000", Species("Hong Kong oyster", "Crassostrea hongkongensis", True,
                           "Raft-farmed, Chengcun Bay, Yangxi County, Guangdong")),
    ("0307220000", Species("Noble scallop", "Chlamys nobilis", True,
                           "Raft-farmed off Hailing Island, Yangjiang, Guangdong")),
)


def shellfish(g):
    hs_code, species = SHELLFISH[g.item]
    status = "去壳" if g.item < 2 else "半壳"
    return _seafood(g, hs_code, species, "frozen", -18, 540, g.rng.uniform(1.1, 1.25), status)


FILLET_FISH = (
    ("0304610000", Species("Nile tilapia", "Oreochromis niloticus", True,
                           "Pond-farmed, Guangdong, China")),
    ("0304890000", Species("Golden pompano", "Trachinotus ovatus", True,
                           "Sea-cage farmed off Yangjiang, Guangdong")),
    ("0304890000", Species("Orange-spotted grouper", "Epinephelus coioides", True,
                           "Pond and sea-cage farmed, Guangdong, China")),
)


def fish_fillets(g):
    hs_code, species = FILLET_FISH[g.item]
    return _seafood(g, hs_code, species, "frozen", -18, 720, g.rng.uniform(1.08, 1.2),
                    "鱼片")


# --- processed food ----------------------------------------------------------------------

#: What a carton holds by the net weight of one unit: bulk sizes do not come 24 to a box.
BULK_PACKS = {
    1: T("bulk export carton of 4", "4件散装出口纸箱",
         "caja de exportación a granel de 4 unidades"),
    2: T("single bulk unit", "单件散装", "unidad a granel individual"),
}


def bulk_class(grams):
    """0 for retail sizes, 1 for bulk bags and jugs (2-10 kg), 2 for drums."""
    return 0 if grams < 2000 else 1 if grams <= 10000 else 2


class Recipe(NamedTuple):
    ingredients: str
    allergens: tuple
    hs_code: str
    shelf_life_days: int


def _food(g, grams, recipe, glass):
    bulk = bulk_class(grams)
    per_carton = ((24, 48)[g.pack], 4, 1)[bulk]
    net = grams / 1000
    attributes = {"ingredients": recipe.ingredients, "shelf_life_days": recipe.shelf_life_days,
                  "storage": "ambient"}
    if recipe.allergens:
        attributes["allergens"] = recipe.allergens
    certificates = ("HACCP",) + _with(g.rng, 0.4, "BRC") + _with(g.rng, 0.3, "FDA")
    side = round(min(60, 20 + (net * per_carton) ** (1 / 3) * 9))
    return Profile(
        "processed-food", recipe.hs_code, "piece", net, 1.35 if glass else 1.06,
        (side, round(side * 0.75), round(side * 0.6)), per_carton, certificates, attributes,
        g.zh("variant"), "食用", BULK_PACKS.get(bulk),
    )


def black_beans(g):
    # Yangjiang douchi, with ginger, with chili; 250 g jar, 500 g bag, 5 kg bag
    base = ("Black soybeans, salt", "Black soybeans, ginger, salt",
            "Black soybeans, chili, salt, sugar")[g.item]
    oil = g.variant == 1
    recipe = Recipe(base + (", soybean oil" if oil else ""), ("soy",), "2005999990",
                    365 if oil else 540)
    return _food(g, (250, 500, 5000)[g.size], recipe, glass=g.size == 0)


SAUCES = (
    Recipe("Water, sugar, oyster extract, salt, modified corn starch, wheat flour, "
           "caramel colour", ("molluscs", "gluten"), "2103909000", 720),
    Recipe("Fermented black soybeans, garlic, soybean oil, sugar, salt, soy sauce "
           "(soybeans, wheat)", ("soy", "gluten"), "2103909000", 540),
    Recipe("Chili, garlic, sugar, salt, rice vinegar", (), "2103909000", 540),
    Recipe("Anchovy, salt, sugar", ("fish",), "2103909000", 720),
)


def sauces(g):
    return _food(g, (230, 510, 2270)[g.size], SAUCES[g.item], glass=g.size < 2)


PRESERVED_VEGETABLES = (
    Recipe("Mustard greens, salt, water, sugar", ("mustard",), "2005999990", 365),
    Recipe("Radish, salt, sugar", (), "2005999990", 365),
    Recipe("Young ginger, rice vinegar, sugar, salt", (), "2001909000", 365),
)


def preserved_vegetables(g):
    return _food(g, (200, 1000, 20000)[g.size], PRESERVED_VEGETABLES[g.item], glass=False)


SNACKS = (
    Recipe("Squid, sugar, salt, sorbitol, spices", ("molluscs",), "1605540000", 270),
    Recipe("Tapioca starch, fish (25 %), sugar, salt, palm oil", ("fish",), "1905900000", 365),
    Recipe("Peanuts, sugar, maltose syrup, sesame", ("peanuts", "sesame"), "1704900000", 270),
)


def snacks(g):
    return _food(g, (50, 200)[g.size], SNACKS[g.item], glass=False)


# --- textiles ----------------------------------------------------------------------------

WASH_COTTON = "Machine wash at 40 °C; do not bleach; tumble dry low; iron at medium heat."
WASH_HOT = "Machine wash at 60 °C; do not bleach; tumble dry low; iron at medium heat."
WASH_SYNTHETIC = "Machine wash at 30 °C; do not bleach; line dry; do not iron prints."
TG_CARTONS = ((60, 40, 30), (60, 50, 45))  # 10 and 50 pieces
COLOURS = ("white", "black", "navy", "grey", "red", "royal_blue", "green")
COMPOSITION_ZH = {
    "100% cotton": "100%棉",
    "65% polyester, 35% cotton": "65%涤纶35%棉",
    "PVC-coated polyester": "涤纶布涂PVC",
    "100% cotton canvas": "100%棉帆布",
    "100% cotton denim": "100%棉牛仔布",
    "100% polyester": "100%涤纶",
    "100% combed cotton": "100%精梳棉",
    "80% polyester, 20% polyamide": "80%涤纶20%锦纶",
    "55% cotton, 45% linen": "55%棉45%亚麻",
}


def _garment(g, hs_code, net, composition, gsm, sizes, colours, care, oeko_tex,
             certificates=()):
    certificates = certificates + (("OEKO-TEX",) if oeko_tex else ())
    attributes = {"fibre_composition": composition, "fabric_weight_gsm": gsm,
                  "colours": colours, "care_instructions": care,
                  "oeko_tex_certified": oeko_tex}
    if sizes:
        attributes["sizes"] = sizes
    return Profile(
        "textiles", hs_code, "piece", net, g.rng.uniform(1.04, 1.1), TG_CARTONS[g.pack],
        (10, 50)[g.pack], certificates + _with(g.rng, 0.4, "ISO9001"), attributes,
        COMPOSITION_ZH[composition], "穿着用" if g.subcategory.code != "HT" else "家用",
    )


def workwear(g):
    # chef jacket, work overalls, hi-vis vest; sizes M, L, XL; polyester-cotton or cotton
    cotton = g.variant == 1
    colours = (("white", "black"), ("navy", "grey", "khaki"),
               ("hi_vis_yellow", "hi_vis_orange"))[g.item]
    return _garment(
        g, "6211320000" if cotton else "6211330000", (0.45, 0.9, 0.15)[g.item],
        "100% cotton" if cotton else "65% polyester, 35% cotton",
        ((230, 270, 150) if cotton else (200, 240, 120))[g.item], (("m", "l", "xl")[g.size],),
        colours, WASH_HOT, cotton and g.rng.random() < 0.6,
        ("CE",) if g.item == 2 else (),  # hi-vis clothing is PPE in the EU (EN ISO 20471)
    )


def aprons(g):
    # bib, waist, barista apron; plain or custom print; PVC, canvas, denim
    pvc = g.variant == 0
    composition = ("PVC-coated polyester", "100% cotton canvas", "100% cotton denim")[g.variant]
    colours = (("black", "white", "red"), ("khaki", "black", "navy", "green"),
               ("navy", "black"))[g.variant]
    return _garment(
        g, "3926209000" if pvc else "6211420000", (0.35, 0.2, 0.3)[g.item] * (1.2 if pvc else 1),
        composition, (300, 340, 380)[g.variant], ("one_size",), colours,
        "Wipe clean with a damp cloth; do not machine wash." if pvc else WASH_COTTON,
        not pvc and g.rng.random() < 0.5,
    )


def t_shirts(g):
    # crew-neck T-shirt or polo; 180 gsm cotton, quick-dry polyester, 220 gsm combed cotton
    polyester = g.variant == 1
    if g.item == 0:
        hs_code = "6109909000" if polyester else "6109100000"
    else:
        hs_code = "6105200000" if polyester else "6105100000"
    sizes = ("s", "m", "l", "xl", "xxl") + _with(g.rng, 0.5, "3xl")
    return _garment(
        g, hs_code, (0.18, 0.22)[g.item] * (1.0, 0.85, 1.15)[g.variant],
        ("100% cotton", "100% polyester", "100% combed cotton")[g.variant],
        (180, 140, 220)[g.variant], (("xs",) if g.rng.random() < 0.3 else ()) + sizes,
        _some(g.rng, COLOURS, least=3), WASH_SYNTHETIC if polyester else WASH_COTTON,
        not polyester and g.rng.random() < 0.7,
    )


def home_textiles(g):
    # kitchen towel, bath towel, tablecloth; three sizes; microfibre, cotton, linen blend
    microfibre = g.variant == 0
    if g.item == 2:
        hs_code = "6302530000" if microfibre else "6302510000"
    elif microfibre:
        hs_code = "6302930000"
    else:
        hs_code = "6302910000" if g.item == 0 else "6302600000"
    gsm = ((300, 350, 220), (300, 450, 220), (180, 200, 220))[g.item][g.variant]
    area_m2 = (0.24, 0.98, 2.52)[g.size]
    return _garment(
        g, hs_code, area_m2 * gsm / 1000,
        ("80% polyester, 20% polyamide", "100% cotton", "55% cotton, 45% linen")[g.variant],
        gsm, (), _some(g.rng, ("white", "grey", "beige", "navy", "green"), least=2),
        WASH_SYNTHETIC if microfibre else WASH_HOT, not microfibre and g.rng.random() < 0.5,
    )


PROFILES = {
    "KK": kitchen_knives, "KT": knife_sets, "FO": outdoor_knives, "SS": scissors, "NC": grooming,
    "PP": pots_and_pans, "KU": kitchen_utensils, "TC": tableware, "HC": catering,
    "FS": frozen_shrimp, "DF": dried_fish, "OS": shellfish, "FF": fish_fillets,
    "BB": black_beans, "SA": sauces, "PV": preserved_vegetables, "SN": snacks,
    "WW": workwear, "AP": aprons, "TS": t_shirts, "HT": home_textiles,
}

CUSTOMISATION = {
    "KS": "Laser-engraved or etched logo on the blade, custom handle colours and printed "
          "gift boxes; from 500 pieces.",
    "KW": "Logo stamped or laser-marked on the base or handle, custom colours and printed "
          "colour boxes; from 1,000 pieces.",
    "SF": "Private-label bags and cartons, custom glazing, count sizes and carton marks; "
          "from one 20-foot reefer container.",
    "PF": "Private label, recipe adjustments (salt, spice) and export labels in the buyer's "
          "language; from 200 cartons.",
    "TG": "Logo embroidery or printing, woven labels, custom colours and size ranges; from "
          "300 pieces per colour.",
}


def trade_spec(g):
    """The TradeSpec of one demo product."""
    profile = PROFILES[g.subcategory.code](g)
    net = kg(profile.net_kg)
    oem = g.rng.random() < 0.7
    # 品名|品牌|材质|用途|规格, the common shape of 申报要素 for manufactured goods.
    declared = "|".join((g.zh("item"), NO_BRAND, profile.material, profile.use, g.zh("size")))
    return TradeSpec(
        product_class=profile.product_class,
        hs_code=profile.hs_code,
        declared_elements=declared,
        gtin=g.upc,
        unit_of_measure=profile.unit,
        net_weight_kg=net,
        gross_weight_kg=max(net, kg(profile.net_kg * profile.packing)),
        carton_cm=tuple(Decimal(side) for side in profile.carton_cm),
        units_per_carton=profile.units_per_carton,
        origin_district=g.maker.district,
        certifications=profile.certifications,
        lead_time_days=g.lead_time_days,
        oem_available=oem,
        customisation_notes=CUSTOMISATION[g.cluster.code] if oem else "",
        attributes=tuple(profile.attributes.items()),
        pack=profile.pack,
    )

