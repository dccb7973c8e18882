"""The demo CMS pages: English, simplified Chinese and Spanish here, other languages in locales/.

Bodies are lists of (block type, value) for the BodyBlock StreamField; paragraph
values are rich-text HTML. "{lang}" in a link becomes the page's language prefix.
"""

HOME_SLUG = "home"
ABOUT_SLUG = "about"

HOME = {
    "en": {
        "title": "Buy direct from the manufacturers of Yangjiang",
        "intro": (
            "Knives and scissors, kitchenware, seafood, processed food and textiles from the "
            "industrial clusters of Yangjiang, Guangdong, with customs, inspection, tax rebate "
            "and foreign exchange handled in one place."
        ),
        "body": [
            ("heading", "How buying works"),
            ("paragraph", (
                "<p>Ask a manufacturer for a quote, agree price and terms in your currency, and "
                "pay through the platform. We book the inspection, file the export declaration "
                "and send you the shipping documents.</p>"
            )),
            ("call_to_action", {"text": "Browse the catalogue", "url": "/{lang}/catalogue/"}),
            ("call_to_action", {"text": "About the platform", "url": "/{lang}/about/"}),
        ],
    },
    "zh-hans": {
        "title": "阳江制造，源头直采",
        "intro": (
            "阳江刀剪、餐厨用具、水海产品、食品加工与纺织服装产业集群的源头工厂，"
            "报关、商检、退税与结汇一站式办理。"
        ),
        "body": [
            ("heading", "采购流程"),
            ("paragraph", (
                "<p>向工厂询价，以您的币种商定价格与条款，并通过平台付款。"
                "我们安排商检、办理出口报关，并寄送全套货运单证。</p>"
            )),
            ("call_to_action", {"text": "浏览产品目录", "url": "/{lang}/catalogue/"}),
            ("call_to_action", {"text": "关于平台", "url": "/{lang}/about/"}),
        ],
    },
    "es": {
        "title": "Compre directamente a los fabricantes de Yangjiang",
        "intro": (
            "Cuchillos y tijeras, menaje de cocina, mariscos, alimentos procesados y textiles de "
            "los polos industriales de Yangjiang (Guangdong), con aduana, inspección, devolución "
            "de impuestos y divisas gestionadas en un solo lugar."
        ),
        "body": [
            ("heading", "Cómo comprar"),
            ("paragraph", (
                "<p>Pida una cotización al fabricante, acuerde el precio y las condiciones en su "
                "moneda y pague a través de la plataforma. Nosotros reservamos la inspección, "
                "presentamos la declaración de exportación y le enviamos los documentos de "
                "embarque.</p>"
            )),
            ("call_to_action", {"text": "Ver el catálogo", "url": "/{lang}/catalogue/"}),
            ("call_to_action", {"text": "Acerca de la plataforma", "url": "/{lang}/about/"}),
        ],
    },
}

ABOUT = {
    "en": {
        "title": "About the platform",
        "intro": "One place for everything between a Yangjiang factory and your warehouse.",
        "body": [
            ("heading", "One-stop customs clearance"),
            ("paragraph", (
                "<p>Orders are declared to China Customs as cross-border B2B exports (supervision "
                "modes 9710 for direct export and 9810 for overseas warehouses), so manufacturers "
                "ship without a customs broker of their own.</p>"
            )),
            ("heading", "Inspection"),
            ("paragraph", (
                "<p>Goods that need inspection and quarantine, such as seafood and processed "
                "food, are booked for inspection before loading, and the certificates travel "
                "with the shipping documents.</p>"
            )),
            ("heading", "Export tax rebate"),
            ("paragraph", (
                "<p>The export declaration and the matching invoices are kept together, so "
                "manufacturers can claim the export VAT rebate they are entitled to.</p>"
            )),
            ("heading", "Foreign exchange"),
            ("paragraph", (
                "<p>Buyers see prices and pay in their own currency; manufacturers are settled "
                "in yuan at the rate of the day, recorded with each order.</p>"
            )),
            ("call_to_action", {"text": "Browse the catalogue", "url": "/{lang}/catalogue/"}),
        ],
    },
    "zh-hans": {
        "title": "关于平台",
        "intro": "从阳江工厂到您的仓库，一站式办妥。",
        "body": [
            ("heading", "一站式报关"),
            ("paragraph", (
                "<p>订单以跨境电商B2B出口方式向海关申报（直接出口9710、出口海外仓9810），"
                "工厂无需自行委托报关行。</p>"
            )),
            ("heading", "商检"),
            ("paragraph", (
                "<p>水海产品、加工食品等需检验检疫的货物在装运前预约查验，"
                "证书随货运单证一并提供。</p>"
            )),
            ("heading", "出口退税"),
            ("paragraph", (
                "<p>出口报关单与对应发票统一归档，便于工厂申报应享的出口增值税退税。</p>"
            )),
            ("heading", "结汇"),
            ("paragraph", (
                "<p>买家以本币查看价格并付款；工厂按当日汇率以人民币结算，汇率随订单记录。</p>"
            )),
            ("call_to_action", {"text": "浏览产品目录", "url": "/{lang}/catalogue/"}),
        ],
    },
    "es": {
        "title": "Acerca de la plataforma",
        "intro": "Un solo lugar para todo lo que hay entre una fábrica de Yangjiang y su almacén.",
        "body": [
            ("heading", "Despacho de aduanas integral"),
            ("paragraph", (
                "<p>Los pedidos se declaran a la Aduana de China como exportaciones B2B "
                "transfronterizas (modalidades 9710 de exportación directa y 9810 de almacén en "
                "el extranjero), de modo que los fabricantes exportan sin un agente de aduanas "
                "propio.</p>"
            )),
            ("heading", "Inspección"),
            ("paragraph", (
                "<p>Las mercancías sujetas a inspección y cuarentena, como mariscos y alimentos "
                "procesados, se inspeccionan antes de la carga y los certificados viajan con los "
                "documentos de embarque.</p>"
            )),
            ("heading", "Devolución de impuestos a la exportación"),
            ("paragraph", (
                "<p>La declaración de exportación y las facturas correspondientes se archivan "
                "juntas, para que los fabricantes puedan solicitar la devolución del IVA a la "
                "exportación que les corresponde.</p>"
            )),
            ("heading", "Divisas"),
            ("paragraph", (
                "<p>Los compradores ven los precios y pagan en su moneda; los fabricantes cobran "
                "en yuanes al tipo de cambio del día, registrado con cada pedido.</p>"
            )),
            ("call_to_action", {"text": "Ver el catálogo", "url": "/{lang}/catalogue/"}),
        ],
    },
}


def _add_locale_pages():
    from .locales import LOCALE_LANGUAGES, locale_module

    for language in LOCALE_LANGUAGES:
        module = locale_module(language)
        HOME[language] = module.HOME
        ABOUT[language] = module.ABOUT


_add_locale_pages()
