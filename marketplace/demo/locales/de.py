"""German translations of the demo texts (see locales/__init__.py)."""

# ruff: noqa: E501  (one translation per line, keyed by its English text)

# fmt: off
TEXTS = {
    # zh: '刀剪'  es: 'Cuchillos y tijeras'
    'Knives & Scissors': 'Messer & Scheren',
    # zh: '件'  es: 'piezas'
    'pieces': 'Stück',
    # zh: '单只彩盒装'  es: 'caja de regalo individual'
    'individual gift box': 'einzeln im Geschenkkarton',
    # zh: '吸塑挂卡'  es: 'blíster'
    'blister card': 'Blisterkarte',
    # zh: '散装出口纸箱'  es: 'caja de exportación a granel'
    'bulk export carton': 'lose im Exportkarton',
    # zh: '厨房刀'  es: 'Cuchillos de cocina'
    'Kitchen knives': 'Küchenmesser',
    # zh: '{size}{variant}{item}'  es: '{item} {size} {variant}'
    '{size} {variant} {item}': '{item}, {size}, {variant}',
    # zh: '厨师刀'  es: 'cuchillo de chef'
    'chef knife': 'Kochmesser',
    # zh: '三德刀'  es: 'cuchillo santoku'
    'santoku knife': 'Santokumesser',
    # zh: '中式菜刀'  es: 'cuchillo chino'
    'Chinese cleaver': 'chinesisches Hackmesser',
    # zh: '多用刀'  es: 'cuchillo multiusos'
    'utility knife': 'Allzweckmesser',
    # zh: '面包刀'  es: 'cuchillo para pan'
    'bread knife': 'Brotmesser',
    # zh: '6英寸'  es: 'de 6 pulgadas'
    '6-inch': '6 Zoll',
    # zh: '7英寸'  es: 'de 7 pulgadas'
    '7-inch': '7 Zoll',
    # zh: '8英寸'  es: 'de 8 pulgadas'
    '8-inch': '8 Zoll',
    # zh: '3Cr13'  es: '3Cr13'
    '3Cr13': 'Edelstahl 3Cr13',
    # zh: '5Cr15MoV'  es: '5Cr15MoV'
    '5Cr15MoV': 'Edelstahl 5Cr15MoV',
    # zh: '德国1.4116钢'  es: 'de acero alemán 1.4116'
    'German 1.4116 steel': 'deutscher Stahl 1.4116',
    # zh: 'VG10大马士革钢'  es: 'de damasco VG10'
    'VG10 Damascus': 'VG10-Damaststahl',
    # zh: '剪刀'  es: 'Tijeras'
    'Scissors': 'Scheren',
    # zh: '家用剪刀'  es: 'tijeras domésticas'
    'household scissors': 'Haushaltsschere',
    # zh: '裁缝剪'  es: 'tijeras de sastre'
    "tailor's shears": 'Schneiderschere',
    # zh: '厨房剪'  es: 'tijeras de cocina'
    'kitchen shears': 'Küchenschere',
    # zh: '美发剪'  es: 'tijeras de peluquería'
    'hairdressing scissors': 'Friseurschere',
    # zh: '10英寸'  es: 'de 10 pulgadas'
    '10-inch': '10 Zoll',
    # zh: '2Cr13不锈钢'  es: 'de acero inoxidable 2Cr13'
    '2Cr13 stainless steel': 'Edelstahl 2Cr13',
    # zh: '锻打碳钢'  es: 'de acero al carbono forjado'
    'forged carbon steel': 'geschmiedeter Kohlenstoffstahl',
    # zh: '440C不锈钢'  es: 'de acero inoxidable 440C'
    '440C stainless steel': 'Edelstahl 440C',
    # zh: '刀具套装'  es: 'Juegos de cuchillos'
    'Chef knife sets': 'Messersets',
    # zh: '木座刀具套装'  es: 'juego de cuchillos con taco de madera'
    'knife set with wooden block': 'Messerset mit Holzblock',
    # zh: '磁吸刀架套装'  es: 'juego de cuchillos con soporte magnético'
    'knife set with magnetic stand': 'Messerset mit Magnetständer',
    # zh: '厨师刀包套装'  es: 'juego de cuchillos con estuche enrollable'
    "chef's knife roll set": 'Kochmesserset in Rolltasche',
    # zh: '5件套'  es: 'de 5 piezas'
    '5-piece': '5-teilig',
    # zh: '7件套'  es: 'de 7 piezas'
    '7-piece': '7-teilig',
    # zh: '15件套'  es: 'de 15 piezas'
    '15-piece': '15-teilig',
    # zh: '折叠刀与户外刀'  es: 'Navajas y cuchillos de exterior'
    'Folding & outdoor knives': 'Taschen- & Outdoormesser',
    # zh: '{variant}{item}（{size}）'  es: '{item} {variant} {size}'
    '{variant} {item}, {size}': '{item}, {variant}, {size}',
    # zh: '折叠刀'  es: 'navaja plegable'
    'folding knife': 'Klappmesser',
    # zh: '猎刀'  es: 'cuchillo de caza'
    'hunting knife': 'Jagdmesser',
    # zh: '多功能工具钳'  es: 'herramienta multiusos'
    'multi-tool': 'Multitool',
    # zh: '3英寸刃'  es: 'con hoja de 3 pulgadas'
    '3-inch blade': 'Klingenlänge 3 Zoll',
    # zh: '4英寸刃'  es: 'con hoja de 4 pulgadas'
    '4-inch blade': 'Klingenlänge 4 Zoll',
    # zh: '8Cr13MoV'  es: '8Cr13MoV'
    '8Cr13MoV': 'Edelstahl 8Cr13MoV',
    # zh: 'D2工具钢'  es: 'de acero para herramientas D2'
    'D2 tool steel': 'Werkzeugstahl D2',
    # zh: '指甲钳与修容工具'  es: 'Cortaúñas y cuidado personal'
    'Nail clippers & grooming': 'Nagelknipser & Maniküre',
    # zh: '指甲钳'  es: 'cortaúñas'
    'nail clipper': 'Nagelknipser',
    # zh: '美甲套装'  es: 'set de manicura'
    'manicure set': 'Maniküre-Set',
    # zh: '眉剪'  es: 'tijeras para cejas'
    'eyebrow scissors': 'Augenbrauenschere',
    # zh: '便携款'  es: 'tamaño de viaje'
    'travel size': 'Reisegröße',
    # zh: '标准款'  es: 'tamaño estándar'
    'standard size': 'Standardgröße',
    # zh: '碳钢'  es: 'de acero al carbono'
    'carbon steel': 'Kohlenstoffstahl',
    # zh: '不锈钢'  es: 'de acero inoxidable'
    'stainless steel': 'Edelstahl',
    # zh: '餐厨用具'  es: 'Menaje de cocina'
    'Kitchenware': 'Küchenbedarf',
    # zh: '彩盒'  es: 'caja de color'
    'colour box': 'Farbkarton',
    # zh: '牛皮纸盒'  es: 'caja de cartón kraft'
    'kraft box': 'Kraftpapierkarton',
    # zh: '出口纸箱'  es: 'caja de exportación'
    'export carton': 'Exportkarton',
    # zh: '锅具'  es: 'Ollas y sartenes'
    'Pots & pans': 'Töpfe & Pfannen',
    # zh: '煎锅'  es: 'sartén'
    'frying pan': 'Bratpfanne',
    # zh: '炒锅'  es: 'wok'
    'wok': 'Wok',
    # zh: '汤锅'  es: 'olla'
    'stockpot': 'Kochtopf',
    # zh: '24厘米'  es: 'de 24 cm'
    '24 cm': '24 cm',
    # zh: '28厘米'  es: 'de 28 cm'
    '28 cm': '28 cm',
    # zh: '32厘米'  es: 'de 32 cm'
    '32 cm': '32 cm',
    # zh: '不粘涂层铝'  es: 'de aluminio antiadherente'
    'non-stick aluminium': 'Aluminium mit Antihaftbeschichtung',
    # zh: '铸铁'  es: 'de hierro fundido'
    'cast iron': 'Gusseisen',
    # zh: '三层复合不锈钢'  es: 'de acero inoxidable tricapa'
    'tri-ply stainless steel': 'Dreischicht-Edelstahl',
    # zh: '厨房小工具'  es: 'Utensilios de cocina'
    'Kitchen utensils': 'Küchenhelfer',
    # zh: '锅铲'  es: 'espátula'
    'spatula': 'Pfannenwender',
    # zh: '汤勺'  es: 'cucharón'
    'ladle': 'Schöpfkelle',
    # zh: '削皮器'  es: 'pelador de verduras'
    'vegetable peeler': 'Sparschäler',
    # zh: '食品夹'  es: 'pinzas de cocina'
    'kitchen tongs': 'Küchenzange',
    # zh: '25厘米'  es: 'de 25 cm'
    '25 cm': '25 cm',
    # zh: '30厘米'  es: 'de 30 cm'
    '30 cm': '30 cm',
    # zh: '尼龙'  es: 'de nailon'
    'nylon': 'Nylon',
    # zh: '硅胶'  es: 'de silicona'
    'silicone': 'Silikon',
    # zh: '餐具'  es: 'Vajilla y cubertería'
    'Tableware & cutlery': 'Geschirr & Besteck',
    # zh: '西餐刀叉套装'  es: 'juego de cubiertos'
    'cutlery set': 'Besteckset',
    # zh: '牛排刀套装'  es: 'juego de cuchillos para carne'
    'steak knife set': 'Steakmesser-Set',
    # zh: '筷子套装'  es: 'juego de palillos'
    'chopstick set': 'Essstäbchen-Set',
    # zh: '4件套'  es: 'de 4 piezas'
    '4-piece': '4-teilig',
    # zh: '16件套'  es: 'de 16 piezas'
    '16-piece': '16-teilig',
    # zh: '24件套'  es: 'de 24 piezas'
    '24-piece': '24-teilig',
    # zh: '18/0不锈钢'  es: 'de acero inoxidable 18/0'
    '18/0 stainless steel': 'Edelstahl 18/0',
    # zh: '18/10不锈钢'  es: 'de acero inoxidable 18/10'
    '18/10 stainless steel': 'Edelstahl 18/10',
    # zh: '镀金不锈钢'  es: 'de acero inoxidable dorado'
    'gold-plated stainless steel': 'Edelstahl vergoldet',
    # zh: '酒店餐饮用品'  es: 'Suministros de hostelería'
    'Hotel & catering supplies': 'Hotel- & Gastronomiebedarf',
    # zh: '自助餐炉'  es: 'calientaplatos de bufé'
    'chafing dish': 'Chafing Dish',
    # zh: '份数盆'  es: 'cubeta gastronorm'
    'gastronorm pan': 'Gastronorm-Behälter',
    # zh: '冰桶'  es: 'cubitera'
    'ice bucket': 'Eiskübel',
    # zh: '4升'  es: 'de 4 l'
    '4 L': '4 l',
    # zh: '9升'  es: 'de 9 l'
    '9 L': '9 l',
    # zh: '镜面不锈钢'  es: 'de acero inoxidable pulido espejo'
    'mirror-polished stainless steel': 'Edelstahl hochglanzpoliert',
    # zh: '水海产品'  es: 'Mariscos y productos acuáticos'
    'Seafood & Aquatic Products': 'Fisch & Meeresfrüchte',
    # zh: '公斤'  es: 'kg'
    'kg': 'kg',
    # zh: '1公斤真空袋，10袋/箱'  es: 'bolsa al vacío de 1 kg, 10 por caja master'
    '1 kg vacuum bag, 10 per master carton': '1-kg-Vakuumbeutel, 10 Stück pro Umkarton',
    # zh: '10公斤外箱'  es: 'caja master de 10 kg'
    '10 kg master carton': '10-kg-Umkarton',
    # zh: '冷冻虾'  es: 'Camarones congelados'
    'Frozen shrimp': 'Tiefkühlgarnelen',
    # zh: '冷冻{item}（{size}，{variant}）'  es: '{item} congelado, {size}, {variant}'
    'Frozen {item}, {size}, {variant}': 'Tiefgefrorene {item}, {size}, {variant}',
    # zh: '整只南美白对虾'  es: 'camarón vannamei entero'
    'whole vannamei shrimp': 'ganze Vannamei-Garnelen',
    # zh: '去头带壳虾'  es: 'camarón sin cabeza con cáscara'
    'headless shell-on shrimp': 'Garnelen ohne Kopf mit Schale',
    # zh: '去壳去肠虾仁'  es: 'camarón pelado y desvenado'
    'peeled and deveined shrimp': 'geschälte und entdarmte Garnelen',
    # zh: '41/50规格'  es: 'calibre 41/50'
    '41/50 count': 'Größe 41/50',
    # zh: '31/40规格'  es: 'calibre 31/40'
    '31/40 count': 'Größe 31/40',
    # zh: '21/25规格'  es: 'calibre 21/25'
    '21/25 count': 'Größe 21/25',
    # zh: '16/20规格'  es: 'calibre 16/20'
    '16/20 count': 'Größe 16/20',
    # zh: '块冻'  es: 'en bloque'
    'block frozen': 'blockgefroren',
    # zh: '单冻'  es: 'IQF'
    'IQF': 'IQF',
    # zh: '鱼干'  es: 'Pescado seco'
    'Dried fish': 'Trockenfisch',
    # zh: '鳀鱼'  es: 'anchoa'
    'anchovy': 'Sardellen',
    # zh: '带鱼'  es: 'pez sable'
    'ribbonfish': 'Degenfisch',
    # zh: '鱿鱼'  es: 'calamar'
    'squid': 'Tintenfisch',
    # zh: '黄花鱼'  es: 'corvina amarilla'
    'yellow croaker': 'Gelber Umberfisch',
    # zh: '二级'  es: 'calidad B'
    'grade B': 'Qualität B',
    # zh: '一级'  es: 'calidad A'
    'grade A': 'Qualität A',
    # zh: '特级'  es: 'calidad extra'
    'premium grade': 'Premiumqualität',
    # zh: '风干'  es: 'de secado al aire'
    'air-dried': 'luftgetrocknet',
    # zh: '日晒'  es: 'de secado al sol'
    'sun-dried': 'sonnengetrocknet',
    # zh: '生蚝与贝类'  es: 'Ostras y mariscos de concha'
    'Oysters & shellfish': 'Austern & Muscheln',
    # zh: '花甲肉'  es: 'carne de almeja'
    'clam meat': 'Venusmuschelfleisch',
    # zh: '生蚝肉'  es: 'carne de ostra'
    'oyster meat': 'Austernfleisch',
    # zh: '半壳生蚝'  es: 'ostra en media concha'
    'half-shell oyster': 'Austern in der Halbschale',
    # zh: '半壳扇贝'  es: 'vieira en media concha'
    'half-shell scallop': 'Jakobsmuscheln in der Halbschale',
    # zh: '中号'  es: 'talla M'
    'size M': 'Größe M',
    # zh: '大号'  es: 'talla L'
    'size L': 'Größe L',
    # zh: '镀冰衣冷冻'  es: 'congelada glaseada'
    'glazed frozen': 'tiefgefroren mit Eisglasur',
    # zh: '单冻'  es: 'congelada IQF'
    'IQF frozen': 'einzeln schockgefroren (IQF)',
    # zh: '鱼片'  es: 'Filetes de pescado'
    'Fish fillets': 'Fischfilets',
    # zh: '罗非鱼片'  es: 'filete de tilapia'
    'tilapia fillet': 'Tilapiafilet',
    # zh: '金鲳鱼片'  es: 'filete de pámpano dorado'
    'golden pompano fillet': 'Golden-Pompano-Filet',
    # zh: '石斑鱼片'  es: 'filete de mero'
    'grouper fillet': 'Zackenbarschfilet',
    # zh: '3-5盎司'  es: '3-5 oz'
    '3-5 oz': '3–5 oz',
    # zh: '5-7盎司'  es: '5-7 oz'
    '5-7 oz': '5–7 oz',
    # zh: '7-9盎司'  es: '7-9 oz'
    '7-9 oz': '7–9 oz',
    # zh: '带皮'  es: 'con piel'
    'skin-on': 'mit Haut',
    # zh: '去皮'  es: 'sin piel'
    'skinless': 'ohne Haut',
    # zh: '食品加工'  es: 'Alimentos procesados'
    'Processed Food': 'Verarbeitete Lebensmittel',
    # zh: '箱'  es: 'cajas'
    'cartons': 'Kartons',
    # zh: '24件出口纸箱'  es: 'caja de exportación de 24 unidades'
    'export carton of 24': 'Exportkarton à 24 Stück',
    # zh: '48件出口纸箱'  es: 'caja de exportación de 48 unidades'
    'export carton of 48': 'Exportkarton à 48 Stück',
    # zh: '豆豉'  es: 'Frijoles negros fermentados'
    'Fermented black beans': 'Fermentierte schwarze Bohnen',
    # zh: '阳江豆豉'  es: 'douchi de Yangjiang'
    'Yangjiang douchi': 'fermentierte schwarze Bohnen aus Yangjiang (Douchi)',
    # zh: '姜豉'  es: 'douchi con jengibre'
    'douchi with ginger': 'fermentierte schwarze Bohnen mit Ingwer',
    # zh: '香辣豆豉'  es: 'douchi picante'
    'chili douchi': 'fermentierte schwarze Bohnen mit Chili',
    # zh: '250克瓶装'  es: 'tarro de 250 g'
    '250 g jar': '250-g-Glas',
    # zh: '500克袋装'  es: 'bolsa de 500 g'
    '500 g bag': '500-g-Beutel',
    # zh: '5公斤散装'  es: 'saco a granel de 5 kg'
    '5 kg bulk bag': '5-kg-Großgebinde (Sack)',
    # zh: '干制'  es: 'seco'
    'dry-packed': 'trocken',
    # zh: '油浸'  es: 'en aceite'
    'oil-packed': 'in Öl',
    # zh: '酱料调味品'  es: 'Salsas y condimentos'
    'Sauces & condiments': 'Saucen & Würzmittel',
    # zh: '蚝油'  es: 'salsa de ostras'
    'oyster sauce': 'Austernsauce',
    # zh: '豆豉蒜蓉酱'  es: 'salsa de frijol negro y ajo'
    'black bean garlic sauce': 'Knoblauchsauce mit schwarzen Bohnen',
    # zh: '辣椒酱'  es: 'salsa de chile'
    'chili sauce': 'Chilisauce',
    # zh: '鱼露'  es: 'salsa de pescado'
    'fish sauce': 'Fischsauce',
    # zh: '230克瓶装'  es: 'botella de 230 g'
    '230 g bottle': '230-g-Flasche',
    # zh: '510克瓶装'  es: 'botella de 510 g'
    '510 g bottle': '510-g-Flasche',
    # zh: '2.27公斤桶装'  es: 'garrafa de 2,27 kg'
    '2.27 kg jug': '2,27-kg-Kanister',
    # zh: '经典'  es: 'clásica'
    'classic': 'klassisch',
    # zh: '低钠'  es: 'baja en sodio'
    'low-sodium': 'natriumreduziert',
    # zh: '特级'  es: 'premium'
    'premium': 'Premium',
    # zh: '腌制蔬菜'  es: 'Verduras en conserva'
    'Preserved vegetables': 'Eingelegtes Gemüse',
    # zh: '酸菜'  es: 'mostaza encurtida'
    'pickled mustard greens': 'eingelegter Senfkohl',
    # zh: '菜脯'  es: 'rábano en conserva'
    'preserved radish': 'eingesalzener Rettich',
    # zh: '腌姜'  es: 'jengibre encurtido'
    'pickled ginger': 'eingelegter Ingwer',
    # zh: '200克袋装'  es: 'bolsa de 200 g'
    '200 g pouch': '200-g-Standbeutel',
    # zh: '1公斤袋装'  es: 'bolsa de 1 kg'
    '1 kg pouch': '1-kg-Standbeutel',
    # zh: '20公斤桶装'  es: 'bidón de 20 kg'
    '20 kg drum': '20-kg-Fass',
    # zh: '甜味'  es: 'dulce'
    'sweet': 'süß',
    # zh: '香辣'  es: 'picante'
    'spicy': 'scharf',
    # zh: '休闲食品'  es: 'Aperitivos'
    'Snacks': 'Snacks & Knabbereien',
    # zh: '鱿鱼丝'  es: 'tiras de calamar'
    'squid jerky': 'getrocknete Tintenfischstreifen',
    # zh: '鱼片脆'  es: 'chips de pescado'
    'fish crackers': 'Fischcracker',
    # zh: '花生糖'  es: 'crocante de cacahuete'
    'peanut brittle': 'Erdnusskrokant',
    # zh: '50克袋装'  es: 'bolsa de 50 g'
    '50 g bag': '50-g-Beutel',
    # zh: '200克袋装'  es: 'bolsa de 200 g'
    '200 g bag': '200-g-Beutel',
    # zh: '原味'  es: 'sabor original'
    'original flavour': 'Original',
    # zh: '烧烤味'  es: 'sabor barbacoa'
    'barbecue flavour': 'Barbecue-Geschmack',
    # zh: '纺织服装'  es: 'Textiles y prendas'
    'Textiles & Garments': 'Textilien & Bekleidung',
    # zh: '单件胶袋，10件/箱'  es: 'bolsa individual, 10 por caja'
    'single polybag, 10 per carton': 'einzeln im Polybeutel, 10 Stück pro Karton',
    # zh: '单件胶袋，50件/箱'  es: 'bolsa individual, 50 por caja'
    'single polybag, 50 per carton': 'einzeln im Polybeutel, 50 Stück pro Karton',
    # zh: '工作服'  es: 'Ropa de trabajo'
    'Workwear': 'Arbeitskleidung',
    # zh: '厨师服'  es: 'chaqueta de chef'
    'chef jacket': 'Kochjacke',
    # zh: '工装连体服'  es: 'mono de trabajo'
    'work overalls': 'Arbeitsoverall',
    # zh: '反光背心'  es: 'chaleco reflectante'
    'hi-vis vest': 'Warnweste',
    # zh: 'XL码'  es: 'talla XL'
    'size XL': 'Größe XL',
    # zh: '涤棉'  es: 'de poliéster y algodón'
    'polyester-cotton': 'Mischgewebe Polyester/Baumwolle',
    # zh: '纯棉'  es: 'de algodón 100 %'
    '100% cotton': '100 % Baumwolle',
    # zh: '围裙'  es: 'Delantales'
    'Aprons': 'Schürzen',
    # zh: '挂脖围裙'  es: 'delantal con peto'
    'bib apron': 'Latzschürze',
    # zh: '半身围裙'  es: 'delantal de cintura'
    'waist apron': 'Bistroschürze',
    # zh: '咖啡师围裙'  es: 'delantal de barista'
    'barista apron': 'Barista-Schürze',
    # zh: '无印花'  es: 'sin estampado'
    'plain': 'ohne Aufdruck',
    # zh: '定制logo印花'  es: 'con logotipo personalizado'
    'custom logo print': 'mit individuellem Logodruck',
    # zh: '防水PVC'  es: 'de PVC impermeable'
    'waterproof PVC': 'wasserdichtes PVC',
    # zh: '帆布'  es: 'de lona'
    'canvas': 'Canvas',
    # zh: '牛仔布'  es: 'vaquero'
    'denim': 'Denim',
    # zh: 'T恤与POLO衫'  es: 'Camisetas y polos'
    'T-shirts & polo shirts': 'T-Shirts & Poloshirts',
    # zh: '圆领T恤'  es: 'camiseta de cuello redondo'
    'crew-neck T-shirt': 'Rundhals-T-Shirt',
    # zh: 'POLO衫'  es: 'polo'
    'polo shirt': 'Poloshirt',
    # zh: '丝网印花'  es: 'con serigrafía'
    'screen-printed': 'mit Siebdruck',
    # zh: '180克纯棉'  es: 'de algodón de 180 g/m²'
    '180 gsm cotton': 'Baumwolle 180 g/m²',
    # zh: '速干涤纶'  es: 'de poliéster de secado rápido'
    'quick-dry polyester': 'schnelltrocknendes Polyester',
    # zh: '220克精梳棉'  es: 'de algodón peinado de 220 g/m²'
    '220 gsm combed cotton': 'gekämmte Baumwolle 220 g/m²',
    # zh: '家纺'  es: 'Textiles para el hogar'
    'Home textiles': 'Heimtextilien',
    # zh: '厨房毛巾'  es: 'paño de cocina'
    'kitchen towel': 'Geschirrtuch',
    # zh: '浴巾'  es: 'toalla de baño'
    'bath towel': 'Badetuch',
    # zh: '桌布'  es: 'mantel'
    'tablecloth': 'Tischdecke',
    # zh: '40×60厘米'  es: 'de 40 × 60 cm'
    '40 × 60 cm': '40 × 60 cm',
    # zh: '70×140厘米'  es: 'de 70 × 140 cm'
    '70 × 140 cm': '70 × 140 cm',
    # zh: '140×180厘米'  es: 'de 140 × 180 cm'
    '140 × 180 cm': '140 × 180 cm',
    # zh: '超细纤维'  es: 'de microfibra'
    'microfibre': 'Mikrofaser',
    # zh: '纯棉'  es: 'de algodón'
    'cotton': 'Baumwolle',
    # zh: '棉麻'  es: 'de mezcla de lino'
    'linen-blend': 'Halbleinen',
    # zh: '<p>{title}。型号{model}，生产商：{maker}（广东阳江）。</p><p>包装：{pack}。起订量：{minimum}；交货期{lead}天。{oem}报关、商检及出口单证由平台一站式办理。</p>'  es: '<p>{title}. Modelo {model}, fabricado en Yangjiang (Guangdong) por {maker}</p><p>Embalaje: {pack}. Pedido mínimo: {minimum}; plazo de entrega: {lead} días. {oem}La plataforma gestiona la aduana, la inspección y los documentos de exportación.</p>'
    '<p>{title}. Model {model}, made in Yangjiang, Guangdong, by {maker}</p><p>Packing: {pack}. Minimum order: {minimum}; lead time {lead} days. {oem}Customs, inspection and export documents are handled by the platform.</p>': '<p>{title}. Modell {model}, hergestellt in Yangjiang (Provinz Guangdong) von {maker}</p><p>Verpackung: {pack}. Mindestbestellmenge: {minimum}; Lieferzeit {lead} Tage. {oem}Zollabfertigung, Warenprüfung und Exportdokumente übernimmt die Plattform.</p>',
    # zh: '支持OEM与贴牌。'  es: 'Se aceptan OEM y marca blanca. '
    'OEM and private label welcome. ': 'OEM und Eigenmarke (Private Label) möglich. ',
    # zh: '{moq}{unit}'  es: '{moq} {unit}'
    '{moq} {unit}': '{moq}\xa0{unit}',
    # zh: '无，单件起售'  es: 'ninguno, se venden unidades sueltas'
    'none, single units welcome': 'keine, schon ab einer Einheit lieferbar',
    # zh: '4件散装出口纸箱'  es: 'caja de exportación a granel de 4 unidades'
    'bulk export carton of 4': 'Exportkarton mit 4 Großgebinden',
    # zh: '单件散装'  es: 'unidad a granel individual'
    'single bulk unit': 'einzelnes Großgebinde',
}

HOME = {'title': 'Direkt bei den Herstellern in Yangjiang einkaufen',
 'intro': 'Messer und Scheren, Küchenbedarf, Fisch und Meeresfrüchte, verarbeitete Lebensmittel '
          'und Textilien aus den Industrieclustern von Yangjiang (Provinz Guangdong) – '
          'Zollabfertigung, Warenprüfung, Steuerrückerstattung und Devisenabwicklung aus einer '
          'Hand.',
 'body': [('heading', 'So funktioniert der Einkauf'),
          ('paragraph',
           '<p>Fordern Sie beim Hersteller ein Angebot an, vereinbaren Sie Preis und Konditionen '
           'in Ihrer Währung und bezahlen Sie über die Plattform. Wir beauftragen die '
           'Warenprüfung, reichen die Ausfuhranmeldung ein und senden Ihnen die '
           'Versanddokumente.</p>'),
          ('call_to_action', {'text': 'Katalog durchsuchen', 'url': '/{lang}/catalogue/'}),
          ('call_to_action', {'text': 'Über die Plattform', 'url': '/{lang}/about/'})]}

ABOUT = {'title': 'Über die Plattform',
 'intro': 'Alles zwischen einer Fabrik in Yangjiang und Ihrem Lager – an einem Ort.',
 'body': [('heading', 'Zollabfertigung aus einer Hand'),
          ('paragraph',
           '<p>Bestellungen werden beim chinesischen Zoll als grenzüberschreitende B2B-Exporte '
           'angemeldet (Zollverfahren 9710 für den Direktexport und 9810 für Auslandslager). '
           'Hersteller können so ohne eigenen Zollagenten exportieren.</p>'),
          ('heading', 'Warenprüfung'),
          ('paragraph',
           '<p>Waren, die einer Inspektion und Quarantäne unterliegen, etwa Meeresfrüchte und '
           'verarbeitete Lebensmittel, werden vor der Verladung zur Prüfung angemeldet; die '
           'Zertifikate werden mit den Versanddokumenten übermittelt.</p>'),
          ('heading', 'Rückerstattung der Exportsteuer'),
          ('paragraph',
           '<p>Ausfuhranmeldung und zugehörige Rechnungen werden gemeinsam abgelegt, damit '
           'Hersteller die ihnen zustehende Rückerstattung der Mehrwertsteuer beim Export '
           'beantragen können.</p>'),
          ('heading', 'Devisen'),
          ('paragraph',
           '<p>Käufer sehen die Preise in ihrer eigenen Währung und bezahlen auch darin; '
           'Hersteller erhalten ihr Geld in Yuan zum Tageskurs, der bei jeder Bestellung '
           'festgehalten wird.</p>'),
          ('call_to_action', {'text': 'Katalog durchsuchen', 'url': '/{lang}/catalogue/'})]}
