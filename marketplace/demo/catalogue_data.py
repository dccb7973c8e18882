"""The demo catalogue as data: Yangjiang's five industrial clusters, their makers and goods.

Every text is given in English, simplified Chinese and Spanish here and in French, German,
Russian, Arabic, Japanese, Korean and Portuguese in marketplace/demo/locales. Product titles are
built from a sub-category's title pattern and its axes (`items`, `sizes`,
`variants`); the axes are listed cheapest first because the generator prices a
product by how far along each axis it sits. Spanish strings carry their own
prepositions ("de acero inoxidable") so a pattern can join them with spaces.

The makers are invented: demo prices must never be mistaken for a real firm's offer.
"""

from decimal import Decimal
from typing import NamedTuple

from .locales import translation_of

#: The languages demo texts are written in: the three given inline below and the seven
#: of marketplace/demo/locales (each a real translation, keyed by the English text).
LANGUAGES = ("en", "zh-hans", "es", "fr", "de", "ru", "ar", "ja", "ko", "pt")
INLINE_LANGUAGES = ("en", "zh-hans", "es")


class T(NamedTuple):
    """One demo text: English, simplified Chinese and Spanish inline, the rest by locale file."""

    en: str
    zh_hans: str
    es: str

    def get(self, language):
        if language in INLINE_LANGUAGES:
            return getattr(self, language.replace("-", "_"))
        return translation_of(self.en, language)


class SubCategory(NamedTuple):
    code: str  # two letters: image initials and SKU prefix, unique across clusters
    name: T
    title: T  # format strings over {item}, {size}, {variant}
    items: tuple
    sizes: tuple
    variants: tuple
    price: tuple  # (lowest, highest) price in yuan of one unit of sale


class Cluster(NamedTuple):
    code: str
    name: T
    colour: tuple  # RGB of the placeholder pictures
    unit: T  # what the minimum order quantity counts
    packs: tuple
    subcategories: tuple


class Maker(NamedTuple):
    code: str
    name: str
    local_name: str  # used in the Chinese description
    clusters: tuple  # cluster codes
    district: str  # GB/T 2260 region code (catalog.models.OriginDistrict)


# Shared axes
STAINLESS = T("stainless steel", "不锈钢", "de acero inoxidable")

CLUSTERS = (
    Cluster(
        code="KS",
        name=T("Knives & Scissors", "刀剪", "Cuchillos y tijeras"),
        colour=(52, 73, 94),
        unit=T("pieces", "件", "piezas"),
        packs=(
            T("individual gift box", "单只彩盒装", "caja de regalo individual"),
            T("blister card", "吸塑挂卡", "blíster"),
            T("bulk export carton", "散装出口纸箱", "caja de exportación a granel"),
        ),
        subcategories=(
            SubCategory(
                code="KK",
                name=T("Kitchen knives", "厨房刀", "Cuchillos de cocina"),
                title=T(
                    "{size} {variant} {item}",
                    "{size}{variant}{item}",
                    "{item} {size} {variant}",
                ),
                items=(
                    T("chef knife", "厨师刀", "cuchillo de chef"),
                    T("santoku knife", "三德刀", "cuchillo santoku"),
                    T("Chinese cleaver", "中式菜刀", "cuchillo chino"),
                    T("utility knife", "多用刀", "cuchillo multiusos"),
                    T("bread knife", "面包刀", "cuchillo para pan"),
                ),
                sizes=(
                    T("6-inch", "6英寸", "de 6 pulgadas"),
                    T("7-inch", "7英寸", "de 7 pulgadas"),
                    T("8-inch", "8英寸", "de 8 pulgadas"),
                ),
                variants=(
                    T("3Cr13", "3Cr13", "3Cr13"),
                    T("5Cr15MoV", "5Cr15MoV", "5Cr15MoV"),
                    T("German 1.4116 steel", "德国1.4116钢", "de acero alemán 1.4116"),
                    T("VG10 Damascus", "VG10大马士革钢", "de damasco VG10"),
                ),
                price=(Decimal("18"), Decimal("260")),
            ),
            SubCategory(
                code="SS",
                name=T("Scissors", "剪刀", "Tijeras"),
                title=T(
                    "{size} {variant} {item}",
                    "{size}{variant}{item}",
                    "{item} {size} {variant}",
                ),
                items=(
                    T("household scissors", "家用剪刀", "tijeras domésticas"),
                    T("tailor's shears", "裁缝剪", "tijeras de sastre"),
                    T("kitchen shears", "厨房剪", "tijeras de cocina"),
                    T("hairdressing scissors", "美发剪", "tijeras de peluquería"),
                ),
                sizes=(
                    T("6-inch", "6英寸", "de 6 pulgadas"),
                    T("8-inch", "8英寸", "de 8 pulgadas"),
                    T("10-inch", "10英寸", "de 10 pulgadas"),
                ),
                variants=(
                    T("2Cr13 stainless steel", "2Cr13不锈钢", "de acero inoxidable 2Cr13"),
                    T("forged carbon steel", "锻打碳钢", "de acero al carbono forjado"),
                    T("440C stainless steel", "440C不锈钢", "de acero inoxidable 440C"),
                ),
                price=(Decimal("6"), Decimal("180")),
            ),
            SubCategory(
                code="KT",
                name=T("Chef knife sets", "刀具套装", "Juegos de cuchillos"),
                title=T(
                    "{size} {variant} {item}",
                    "{variant}{item}（{size}）",
                    "{item} {size} {variant}",
                ),
                items=(
                    T(
                        "knife set with wooden block",
                        "木座刀具套装",
                        "juego de cuchillos con taco de madera",
                    ),
                    T(
                        "knife set with magnetic stand",
                        "磁吸刀架套装",
                        "juego de cuchillos con soporte magnético",
                    ),
                    T(
                        "chef's knife roll set",
                        "厨师刀包套装",
                        "juego de cuchillos con estuche enrollable",
                    ),
                ),
                sizes=(
                    T("5-piece", "5件套", "de 5 piezas"),
                    T("7-piece", "7件套", "de 7 piezas"),
                    T("15-piece", "15件套", "de 15 piezas"),
                ),
                variants=(
                    T("3Cr13", "3Cr13", "3Cr13"),
                    T("5Cr15MoV", "5Cr15MoV", "5Cr15MoV"),
                    T("German 1.4116 steel", "德国1.4116钢", "de acero alemán 1.4116"),
                ),
                price=(Decimal("120"), Decimal("900")),
            ),
            SubCategory(
                code="FO",
                name=T(
                    "Folding & outdoor knives",
                    "折叠刀与户外刀",
                    "Navajas y cuchillos de exterior",
                ),
                title=T(
                    "{variant} {item}, {size}",
                    "{variant}{item}（{size}）",
                    "{item} {variant} {size}",
                ),
                items=(
                    T("folding knife", "折叠刀", "navaja plegable"),
                    T("hunting knife", "猎刀", "cuchillo de caza"),
                    T("multi-tool", "多功能工具钳", "herramienta multiusos"),
                ),
                sizes=(
                    T("3-inch blade", "3英寸刃", "con hoja de 3 pulgadas"),
                    T("4-inch blade", "4英寸刃", "con hoja de 4 pulgadas"),
                ),
                variants=(
                    T("8Cr13MoV", "8Cr13MoV", "8Cr13MoV"),
                    T("D2 tool steel", "D2工具钢", "de acero para herramientas D2"),
                ),
                price=(Decimal("25"), Decimal("320")),
            ),
            SubCategory(
                code="NC",
                name=T(
                    "Nail clippers & grooming",
                    "指甲钳与修容工具",
                    "Cortaúñas y cuidado personal",
                ),
                title=T(
                    "{variant} {item}, {size}",
                    "{variant}{item}（{size}）",
                    "{item} {variant}, {size}",
                ),
                items=(
                    T("nail clipper", "指甲钳", "cortaúñas"),
                    T("manicure set", "美甲套装", "set de manicura"),
                    T("eyebrow scissors", "眉剪", "tijeras para cejas"),
                ),
                sizes=(
                    T("travel size", "便携款", "tamaño de viaje"),
                    T("standard size", "标准款", "tamaño estándar"),
                ),
                variants=(
                    T("carbon steel", "碳钢", "de acero al carbono"),
                    STAINLESS,
                ),
                price=(Decimal("2"), Decimal("60")),
            ),
        ),
    ),
    Cluster(
        code="KW",
        name=T("Kitchenware", "餐厨用具", "Menaje de cocina"),
        colour=(192, 57, 43),
        unit=T("pieces", "件", "piezas"),
        packs=(
            T("colour box", "彩盒", "caja de color"),
            T("kraft box", "牛皮纸盒", "caja de cartón kraft"),
            T("export carton", "出口纸箱", "caja de exportación"),
        ),
        subcategories=(
            SubCategory(
                code="PP",
                name=T("Pots & pans", "锅具", "Ollas y sartenes"),
                title=T(
                    "{size} {variant} {item}",
                    "{size}{variant}{item}",
                    "{item} {size} {variant}",
                ),
                items=(
                    T("frying pan", "煎锅", "sartén"),
                    T("wok", "炒锅", "wok"),
                    T("stockpot", "汤锅", "olla"),
                ),
                sizes=(
                    T("24 cm", "24厘米", "de 24 cm"),
                    T("28 cm", "28厘米", "de 28 cm"),
                    T("32 cm", "32厘米", "de 32 cm"),
                ),
                variants=(
                    T("non-stick aluminium", "不粘涂层铝", "de aluminio antiadherente"),
                    T("cast iron", "铸铁", "de hierro fundido"),
                    T("tri-ply stainless steel", "三层复合不锈钢", "de acero inoxidable tricapa"),
                ),
                price=(Decimal("45"), Decimal("480")),
            ),
            SubCategory(
                code="KU",
                name=T("Kitchen utensils", "厨房小工具", "Utensilios de cocina"),
                title=T(
                    "{size} {variant} {item}",
                    "{size}{variant}{item}",
                    "{item} {variant} {size}",
                ),
                items=(
                    T("spatula", "锅铲", "espátula"),
                    T("ladle", "汤勺", "cucharón"),
                    T("vegetable peeler", "削皮器", "pelador de verduras"),
                    T("kitchen tongs", "食品夹", "pinzas de cocina"),
                ),
                sizes=(
                    T("25 cm", "25厘米", "de 25 cm"),
                    T("30 cm", "30厘米", "de 30 cm"),
                ),
                variants=(
                    T("nylon", "尼龙", "de nailon"),
                    T("silicone", "硅胶", "de silicona"),
                    STAINLESS,
                ),
                price=(Decimal("3"), Decimal("45")),
            ),
            SubCategory(
                code="TC",
                name=T("Tableware & cutlery", "餐具", "Vajilla y cubertería"),
                title=T(
                    "{size} {variant} {item}",
                    "{variant}{item}（{size}）",
                    "{item} {size} {variant}",
                ),
                items=(
                    T("cutlery set", "西餐刀叉套装", "juego de cubiertos"),
                    T("steak knife set", "牛排刀套装", "juego de cuchillos para carne"),
                    T("chopstick set", "筷子套装", "juego de palillos"),
                ),
                sizes=(
                    T("4-piece", "4件套", "de 4 piezas"),
                    T("16-piece", "16件套", "de 16 piezas"),
                    T("24-piece", "24件套", "de 24 piezas"),
                ),
                variants=(
                    T("18/0 stainless steel", "18/0不锈钢", "de acero inoxidable 18/0"),
                    T("18/10 stainless steel", "18/10不锈钢", "de acero inoxidable 18/10"),
                    T("gold-plated stainless steel", "镀金不锈钢", "de acero inoxidable dorado"),
                ),
                price=(Decimal("12"), Decimal("380")),
            ),
            SubCategory(
                code="HC",
                name=T("Hotel & catering supplies", "酒店餐饮用品", "Suministros de hostelería"),
                title=T(
                    "{size} {variant} {item}",
                    "{size}{variant}{item}",
                    "{item} {size} {variant}",
                ),
                items=(
                    T("chafing dish", "自助餐炉", "calientaplatos de bufé"),
                    T("gastronorm pan", "份数盆", "cubeta gastronorm"),
                    T("ice bucket", "冰桶", "cubitera"),
                ),
                sizes=(
                    T("4 L", "4升", "de 4 l"),
                    T("9 L", "9升", "de 9 l"),
                ),
                variants=(
                    STAINLESS,
                    T(
                        "mirror-polished stainless steel",
                        "镜面不锈钢",
                        "de acero inoxidable pulido espejo",
                    ),
                ),
                price=(Decimal("35"), Decimal("850")),
            ),
        ),
    ),
    Cluster(
        code="SF",
        name=T("Seafood & Aquatic Products", "水海产品", "Mariscos y productos acuáticos"),
        colour=(41, 128, 185),
        unit=T("kg", "公斤", "kg"),
        packs=(
            T(
                "1 kg vacuum bag, 10 per master carton",
                "1公斤真空袋，10袋/箱",
                "bolsa al vacío de 1 kg, 10 por caja master",
            ),
            T("10 kg master carton", "10公斤外箱", "caja master de 10 kg"),
        ),
        subcategories=(
            SubCategory(
                code="FS",
                name=T("Frozen shrimp", "冷冻虾", "Camarones congelados"),
                title=T("Frozen {item}, {size}, {variant}", "冷冻{item}（{size}，{variant}）",
                        "{item} congelado, {size}, {variant}"),
                items=(
                    T("whole vannamei shrimp", "整只南美白对虾", "camarón vannamei entero"),
                    T("headless shell-on shrimp", "去头带壳虾", "camarón sin cabeza con cáscara"),
                    T("peeled and deveined shrimp", "去壳去肠虾仁", "camarón pelado y desvenado"),
                ),
                sizes=(
                    T("41/50 count", "41/50规格", "calibre 41/50"),
                    T("31/40 count", "31/40规格", "calibre 31/40"),
                    T("21/25 count", "21/25规格", "calibre 21/25"),
                    T("16/20 count", "16/20规格", "calibre 16/20"),
                ),
                variants=(
                    T("block frozen", "块冻", "en bloque"),
                    T("IQF", "单冻", "IQF"),
                ),
                price=(Decimal("38"), Decimal("120")),
            ),
            SubCategory(
                code="DF",
                name=T("Dried fish", "鱼干", "Pescado seco"),
                title=T(
                    "{variant} {item}, {size}",
                    "{size}{variant}{item}干",
                    "{item} {variant}, {size}",
                ),
                items=(
                    T("anchovy", "鳀鱼", "anchoa"),
                    T("ribbonfish", "带鱼", "pez sable"),
                    T("squid", "鱿鱼", "calamar"),
                    T("yellow croaker", "黄花鱼", "corvina amarilla"),
                ),
                sizes=(
                    T("grade B", "二级", "calidad B"),
                    T("grade A", "一级", "calidad A"),
                    T("premium grade", "特级", "calidad extra"),
                ),
                variants=(
                    T("air-dried", "风干", "de secado al aire"),
                    T("sun-dried", "日晒", "de secado al sol"),
                ),
                price=(Decimal("25"), Decimal("320")),
            ),
            SubCategory(
                code="OS",
                name=T("Oysters & shellfish", "生蚝与贝类", "Ostras y mariscos de concha"),
                title=T(
                    "{variant} {item}, {size}",
                    "{variant}{item}（{size}）",
                    "{item} {variant}, {size}",
                ),
                items=(
                    T("clam meat", "花甲肉", "carne de almeja"),
                    T("oyster meat", "生蚝肉", "carne de ostra"),
                    T("half-shell oyster", "半壳生蚝", "ostra en media concha"),
                    T("half-shell scallop", "半壳扇贝", "vieira en media concha"),
                ),
                sizes=(
                    T("size M", "中号", "talla M"),
                    T("size L", "大号", "talla L"),
                ),
                variants=(
                    T("glazed frozen", "镀冰衣冷冻", "congelada glaseada"),
                    T("IQF frozen", "单冻", "congelada IQF"),
                ),
                price=(Decimal("30"), Decimal("220")),
            ),
            SubCategory(
                code="FF",
                name=T("Fish fillets", "鱼片", "Filetes de pescado"),
                title=T(
                    "{variant} {item}, {size}",
                    "{variant}{item}（{size}）",
                    "{item} {variant}, {size}",
                ),
                items=(
                    T("tilapia fillet", "罗非鱼片", "filete de tilapia"),
                    T("golden pompano fillet", "金鲳鱼片", "filete de pámpano dorado"),
                    T("grouper fillet", "石斑鱼片", "filete de mero"),
                ),
                sizes=(
                    T("3-5 oz", "3-5盎司", "3-5 oz"),
                    T("5-7 oz", "5-7盎司", "5-7 oz"),
                    T("7-9 oz", "7-9盎司", "7-9 oz"),
                ),
                variants=(
                    T("skin-on", "带皮", "con piel"),
                    T("skinless", "去皮", "sin piel"),
                ),
                price=(Decimal("28"), Decimal("160")),
            ),
        ),
    ),
    Cluster(
        code="PF",
        name=T("Processed Food", "食品加工", "Alimentos procesados"),
        colour=(211, 84, 0),
        unit=T("cartons", "箱", "cajas"),
        packs=(
            T("export carton of 24", "24件出口纸箱", "caja de exportación de 24 unidades"),
            T("export carton of 48", "48件出口纸箱", "caja de exportación de 48 unidades"),
        ),
        subcategories=(
            SubCategory(
                code="BB",
                name=T("Fermented black beans", "豆豉", "Frijoles negros fermentados"),
                title=T(
                    "{variant} {item}, {size}",
                    "{variant}{item}（{size}）",
                    "{item} {variant}, {size}",
                ),
                items=(
                    T("Yangjiang douchi", "阳江豆豉", "douchi de Yangjiang"),
                    T("douchi with ginger", "姜豉", "douchi con jengibre"),
                    T("chili douchi", "香辣豆豉", "douchi picante"),
                ),
                sizes=(
                    T("250 g jar", "250克瓶装", "tarro de 250 g"),
                    T("500 g bag", "500克袋装", "bolsa de 500 g"),
                    T("5 kg bulk bag", "5公斤散装", "saco a granel de 5 kg"),
                ),
                variants=(
                    T("dry-packed", "干制", "seco"),
                    T("oil-packed", "油浸", "en aceite"),
                ),
                price=(Decimal("8"), Decimal("160")),
            ),
            SubCategory(
                code="SA",
                name=T("Sauces & condiments", "酱料调味品", "Salsas y condimentos"),
                title=T(
                    "{variant} {item}, {size}",
                    "{variant}{item}（{size}）",
                    "{item} {variant}, {size}",
                ),
                items=(
                    T("oyster sauce", "蚝油", "salsa de ostras"),
                    T("black bean garlic sauce", "豆豉蒜蓉酱", "salsa de frijol negro y ajo"),
                    T("chili sauce", "辣椒酱", "salsa de chile"),
                    T("fish sauce", "鱼露", "salsa de pescado"),
                ),
                sizes=(
                    T("230 g bottle", "230克瓶装", "botella de 230 g"),
                    T("510 g bottle", "510克瓶装", "botella de 510 g"),
                    T("2.27 kg jug", "2.27公斤桶装", "garrafa de 2,27 kg"),
                ),
                variants=(
                    T("classic", "经典", "clásica"),
                    T("low-sodium", "低钠", "baja en sodio"),
                    T("premium", "特级", "premium"),
                ),
                price=(Decimal("6"), Decimal("95")),
            ),
            SubCategory(
                code="PV",
                name=T("Preserved vegetables", "腌制蔬菜", "Verduras en conserva"),
                title=T(
                    "{variant} {item}, {size}",
                    "{variant}{item}（{size}）",
                    "{item} {variant}, {size}",
                ),
                items=(
                    T("pickled mustard greens", "酸菜", "mostaza encurtida"),
                    T("preserved radish", "菜脯", "rábano en conserva"),
                    T("pickled ginger", "腌姜", "jengibre encurtido"),
                ),
                sizes=(
                    T("200 g pouch", "200克袋装", "bolsa de 200 g"),
                    T("1 kg pouch", "1公斤袋装", "bolsa de 1 kg"),
                    T("20 kg drum", "20公斤桶装", "bidón de 20 kg"),
                ),
                variants=(
                    T("sweet", "甜味", "dulce"),
                    T("spicy", "香辣", "picante"),
                ),
                price=(Decimal("4"), Decimal("180")),
            ),
            SubCategory(
                code="SN",
                name=T("Snacks", "休闲食品", "Aperitivos"),
                title=T(
                    "{variant} {item}, {size}",
                    "{variant}{item}（{size}）",
                    "{item} {variant}, {size}",
                ),
                items=(
                    T("squid jerky", "鱿鱼丝", "tiras de calamar"),
                    T("fish crackers", "鱼片脆", "chips de pescado"),
                    T("peanut brittle", "花生糖", "crocante de cacahuete"),
                ),
                sizes=(
                    T("50 g bag", "50克袋装", "bolsa de 50 g"),
                    T("200 g bag", "200克袋装", "bolsa de 200 g"),
                ),
                variants=(
                    T("original flavour", "原味", "sabor original"),
                    T("spicy", "香辣", "sabor picante"),
                    T("barbecue flavour", "烧烤味", "sabor barbacoa"),
                ),
                price=(Decimal("3"), Decimal("60")),
            ),
        ),
    ),
    Cluster(
        code="TG",
        name=T("Textiles & Garments", "纺织服装", "Textiles y prendas"),
        colour=(39, 174, 96),
        unit=T("pieces", "件", "piezas"),
        packs=(
            T(
                "single polybag, 10 per carton",
                "单件胶袋，10件/箱",
                "bolsa individual, 10 por caja",
            ),
            T(
                "single polybag, 50 per carton",
                "单件胶袋，50件/箱",
                "bolsa individual, 50 por caja",
            ),
        ),
        subcategories=(
            SubCategory(
                code="WW",
                name=T("Workwear", "工作服", "Ropa de trabajo"),
                title=T(
                    "{variant} {item}, {size}",
                    "{variant}{item}（{size}）",
                    "{item} {variant}, {size}",
                ),
                items=(
                    T("chef jacket", "厨师服", "chaqueta de chef"),
                    T("work overalls", "工装连体服", "mono de trabajo"),
                    T("hi-vis vest", "反光背心", "chaleco reflectante"),
                ),
                sizes=(
                    T("size M", "M码", "talla M"),
                    T("size L", "L码", "talla L"),
                    T("size XL", "XL码", "talla XL"),
                ),
                variants=(
                    T("polyester-cotton", "涤棉", "de poliéster y algodón"),
                    T("100% cotton", "纯棉", "de algodón 100 %"),
                ),
                price=(Decimal("22"), Decimal("160")),
            ),
            SubCategory(
                code="AP",
                name=T("Aprons", "围裙", "Delantales"),
                title=T(
                    "{variant} {item}, {size}",
                    "{variant}{item}（{size}）",
                    "{item} {variant}, {size}",
                ),
                items=(
                    T("bib apron", "挂脖围裙", "delantal con peto"),
                    T("waist apron", "半身围裙", "delantal de cintura"),
                    T("barista apron", "咖啡师围裙", "delantal de barista"),
                ),
                sizes=(
                    T("plain", "无印花", "sin estampado"),
                    T("custom logo print", "定制logo印花", "con logotipo personalizado"),
                ),
                variants=(
                    T("waterproof PVC", "防水PVC", "de PVC impermeable"),
                    T("canvas", "帆布", "de lona"),
                    T("denim", "牛仔布", "vaquero"),
                ),
                price=(Decimal("9"), Decimal("75")),
            ),
            SubCategory(
                code="TS",
                name=T("T-shirts & polo shirts", "T恤与POLO衫", "Camisetas y polos"),
                title=T(
                    "{variant} {item}, {size}",
                    "{variant}{item}（{size}）",
                    "{item} {variant}, {size}",
                ),
                items=(
                    T("crew-neck T-shirt", "圆领T恤", "camiseta de cuello redondo"),
                    T("polo shirt", "POLO衫", "polo"),
                ),
                sizes=(
                    T("plain", "素色", "sin estampado"),
                    T("screen-printed", "丝网印花", "con serigrafía"),
                ),
                variants=(
                    T("180 gsm cotton", "180克纯棉", "de algodón de 180 g/m²"),
                    T("quick-dry polyester", "速干涤纶", "de poliéster de secado rápido"),
                    T("220 gsm combed cotton", "220克精梳棉", "de algodón peinado de 220 g/m²"),
                ),
                price=(Decimal("12"), Decimal("68")),
            ),
            SubCategory(
                code="HT",
                name=T("Home textiles", "家纺", "Textiles para el hogar"),
                title=T(
                    "{size} {variant} {item}",
                    "{size}{variant}{item}",
                    "{item} {variant} {size}",
                ),
                items=(
                    T("kitchen towel", "厨房毛巾", "paño de cocina"),
                    T("bath towel", "浴巾", "toalla de baño"),
                    T("tablecloth", "桌布", "mantel"),
                ),
                sizes=(
                    T("40 × 60 cm", "40×60厘米", "de 40 × 60 cm"),
                    T("70 × 140 cm", "70×140厘米", "de 70 × 140 cm"),
                    T("140 × 180 cm", "140×180厘米", "de 140 × 180 cm"),
                ),
                variants=(
                    T("microfibre", "超细纤维", "de microfibra"),
                    T("cotton", "纯棉", "de algodón"),
                    T("linen-blend", "棉麻", "de mezcla de lino"),
                ),
                price=(Decimal("5"), Decimal("120")),
            ),
        ),
    ),
)

# Zhapo and Hailing are on Hailing Island and Pinggang is a town, all within Jiangcheng.
MAKERS = (
    Maker("yj-jiangcheng-cutlery", "Yangjiang Jiangcheng Cutlery Co., Ltd.",
          "阳江市江城刀具有限公司", ("KS",), "441702"),
    Maker("yj-yangdong-blades", "Yangjiang Yangdong Blade & Kitchenware Co., Ltd.",
          "阳江市阳东刀具厨具有限公司", ("KS", "KW"), "441704"),
    Maker("yj-hailing-kitchenware", "Yangjiang Hailing Kitchenware Manufacturing Co., Ltd.",
          "阳江市海陵厨具制造有限公司", ("KW",), "441702"),
    Maker("yj-zhapo-aquatic", "Yangjiang Zhapo Aquatic Products Co., Ltd.",
          "阳江市闸坡水产品有限公司", ("SF", "PF"), "441702"),
    Maker("yj-pinggang-foods", "Yangjiang Pinggang Food Processing Co., Ltd.",
          "阳江市平冈食品加工有限公司", ("PF",), "441702"),
    Maker("yj-yangchun-foods", "Yangchun Spring Valley Foods Co., Ltd.",
          "阳春市春谷食品有限公司", ("PF",), "441781"),
    Maker("yj-yangxi-garments", "Yangxi Garment & Textile Co., Ltd.",
          "阳西县服装纺织有限公司", ("TG",), "441721"),
)

DESCRIPTION = T(
    "<p>{title}. Model {model}, made in Yangjiang, Guangdong, by {maker}</p>"
    "<p>Packing: {pack}. Minimum order: {minimum}; lead time {lead} days. "
    "{oem}Customs, inspection and export documents are handled by the platform.</p>",
    "<p>{title}。型号{model}，生产商：{maker}（广东阳江）。</p>"
    "<p>包装：{pack}。起订量：{minimum}；交货期{lead}天。"
    "{oem}报关、商检及出口单证由平台一站式办理。</p>",
    "<p>{title}. Modelo {model}, fabricado en Yangjiang (Guangdong) por {maker}</p>"
    "<p>Embalaje: {pack}. Pedido mínimo: {minimum}; plazo de entrega: {lead} días. "
    "{oem}La plataforma gestiona la aduana, la inspección y los documentos de "
    "exportación.</p>",
)
# {minimum} of a product sold by the lot, then of one sold from a single unit.
MINIMUM_LOT = T("{moq} {unit}", "{moq}{unit}", "{moq} {unit}")
MINIMUM_NONE = T("none, single units welcome", "无，单件起售", "ninguno, se venden unidades sueltas")
# Only for makers that offer customisation (catalog Product.oem_available).
DESCRIPTION_OEM = T(
    "OEM and private label welcome. ",
    "支持OEM与贴牌。",
    "Se aceptan OEM y marca blanca. ",
)

# One yuan in each display currency: round figures near the late-2020s market.
DEMO_RATES_FROM_CNY = {
    "USD": Decimal("0.1390"),
    "EUR": Decimal("0.1280"),
    "GBP": Decimal("0.1090"),
    "JPY": Decimal("21.20"),
    "KRW": Decimal("195.50"),
    "HKD": Decimal("1.0850"),
    "RUB": Decimal("12.50"),
    "AED": Decimal("0.5100"),
}
