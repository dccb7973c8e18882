"""The names the platform starts with, in every site language (services.load_terms).

Editors correct names in the admin afterwards; loading again never overwrites them.
Units read inside sentences ("per piece"), so they stay lower case; districts are the
official names in each language's usual transliteration (GB/T 2260 codes); Incoterms are
the Incoterms® 2020 rule names as each language's trade press writes them, the
three-letter code being shown beside the name.
"""

LANGUAGES = ("zh-hans", "en", "es", "fr", "de", "ru", "ar", "ja", "ko", "pt")


def _names(*names):
    return dict(zip(LANGUAGES, names, strict=True))


#: {kind: {code: {language: name}}}
NAMES = {
    "unit": {
        "piece": _names("件", "piece", "pieza", "pièce", "Stück", "штука", "قطعة", "個", "개",
                        "peça"),
        "set": _names("套", "set", "juego", "ensemble", "Set", "набор", "طقم", "セット", "세트",
                      "conjunto"),
        "pair": _names("双", "pair", "par", "paire", "Paar", "пара", "زوج", "ペア", "쌍", "par"),
        "dozen": _names("打", "dozen", "docena", "douzaine", "Dutzend", "дюжина", "دزينة",
                        "ダース", "다스", "dúzia"),
        "kg": _names("千克", "kilogram", "kilogramo", "kilogramme", "Kilogramm", "килограмм",
                     "كيلوغرام", "キログラム", "킬로그램", "quilograma"),
        "tonne": _names("吨", "tonne", "tonelada", "tonne", "Tonne", "тонна", "طن", "トン", "톤",
                        "tonelada"),
        "metre": _names("米", "metre", "metro", "mètre", "Meter", "метр", "متر", "メートル", "미터",
                        "metro"),
        "carton": _names("箱", "carton", "caja", "carton", "Karton", "коробка", "كرتونة",
                         "カートン", "박스", "caixa"),
    },
    "district": {
        "441702": _names("江城区", "Jiangcheng District", "Distrito de Jiangcheng",
                         "District de Jiangcheng", "Bezirk Jiangcheng", "Район Цзянчэн",
                         "منطقة جيانغتشنغ", "江城区", "장청구", "Distrito de Jiangcheng"),
        "441704": _names("阳东区", "Yangdong District", "Distrito de Yangdong",
                         "District de Yangdong", "Bezirk Yangdong", "Район Яндун",
                         "منطقة يانغدونغ", "陽東区", "양둥구", "Distrito de Yangdong"),
        "441721": _names("阳西县", "Yangxi County", "Condado de Yangxi", "Xian de Yangxi",
                         "Kreis Yangxi", "Уезд Янси", "مقاطعة يانغشي", "陽西県", "양시현",
                         "Condado de Yangxi"),
        "441781": _names("阳春市", "Yangchun City", "Ciudad de Yangchun", "Ville de Yangchun",
                         "Stadt Yangchun", "Город Янчунь", "مدينة يانغتشون", "陽春市", "양춘시",
                         "Cidade de Yangchun"),
    },
    "incoterm": {
        "EXW": _names("工厂交货", "Ex Works", "En fábrica", "À l’usine", "Ab Werk",
                      "Франко завод", "تسليم أرض المصنع", "工場渡し", "공장인도", "Na origem"),
        "FCA": _names("货交承运人", "Free Carrier", "Franco transportista", "Franco transporteur",
                      "Frei Frachtführer", "Франко перевозчик", "تسليم الناقل", "運送人渡し",
                      "운송인인도", "Livre no transportador"),
        "CPT": _names("运费付至", "Carriage Paid To", "Transporte pagado hasta",
                      "Port payé jusqu’à", "Frachtfrei", "Перевозка оплачена до",
                      "أجور النقل مدفوعة إلى", "輸送費込み", "운송비지급인도",
                      "Transporte pago até"),
        "CIP": _names("运费和保险费付至", "Carriage and Insurance Paid To",
                      "Transporte y seguro pagados hasta",
                      "Port payé, assurance comprise, jusqu’à", "Frachtfrei versichert",
                      "Перевозка и страхование оплачены до", "أجور النقل والتأمين مدفوعة إلى",
                      "輸送費保険料込み", "운송비·보험료지급인도",
                      "Transporte e seguro pagos até"),
        "DAP": _names("目的地交货", "Delivered at Place", "Entregada en lugar",
                      "Rendu au lieu de destination", "Geliefert benannter Ort",
                      "Поставка в месте назначения", "التسليم في المكان", "仕向地持込渡し",
                      "도착장소인도", "Entregue no local"),
        "DPU": _names("目的地卸货后交货", "Delivered at Place Unloaded",
                      "Entregada en lugar descargada", "Rendu au lieu de destination déchargé",
                      "Geliefert benannter Ort entladen",
                      "Поставка в месте назначения с разгрузкой",
                      "التسليم في المكان مع التفريغ", "荷卸込持込渡し", "도착지양하인도",
                      "Entregue no local desembarcado"),
        "DDP": _names("完税后交货", "Delivered Duty Paid", "Entregada derechos pagados",
                      "Rendu droits acquittés", "Geliefert verzollt", "Поставка с оплатой пошлин",
                      "التسليم مع دفع الرسوم", "関税込持込渡し", "관세지급인도",
                      "Entregue com direitos pagos"),
        "FAS": _names("船边交货", "Free Alongside Ship", "Franco al costado del buque",
                      "Franco le long du navire", "Frei Längsseite Schiff",
                      "Франко вдоль борта судна", "التسليم بجانب السفينة", "船側渡し",
                      "선측인도", "Livre ao lado do navio"),
        "FOB": _names("船上交货", "Free On Board", "Franco a bordo", "Franco à bord",
                      "Frei an Bord", "Франко борт", "التسليم على ظهر السفينة", "本船渡し",
                      "본선인도", "Livre a bordo"),
        "CFR": _names("成本加运费", "Cost and Freight", "Coste y flete", "Coût et fret",
                      "Kosten und Fracht", "Стоимость и фрахт", "التكلفة وأجور الشحن", "運賃込み",
                      "운임포함인도", "Custo e frete"),
        "CIF": _names("成本、保险费加运费", "Cost, Insurance and Freight", "Coste, seguro y flete",
                      "Coût, assurance et fret", "Kosten, Versicherung und Fracht",
                      "Стоимость, страхование и фрахт", "التكلفة والتأمين وأجور الشحن",
                      "運賃保険料込み", "운임·보험료포함인도", "Custo, seguro e frete"),
    },
}
