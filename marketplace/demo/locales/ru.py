"""Russian translations of the demo texts (see locales/__init__.py)."""

# ruff: noqa: E501  (one translation per line, keyed by its English text)

# fmt: off
TEXTS = {
    # zh: '刀剪'  es: 'Cuchillos y tijeras'
    'Knives & Scissors': 'Ножи и ножницы',
    # zh: '件'  es: 'piezas'
    'pieces': 'шт.',
    # zh: '单只彩盒装'  es: 'caja de regalo individual'
    'individual gift box': 'индивидуальная подарочная коробка',
    # zh: '吸塑挂卡'  es: 'blíster'
    'blister card': 'блистер на картонной подложке',
    # zh: '散装出口纸箱'  es: 'caja de exportación a granel'
    'bulk export carton': 'россыпью в экспортном гофрокоробе',
    # zh: '厨房刀'  es: 'Cuchillos de cocina'
    'Kitchen knives': 'Кухонные ножи',
    # zh: '{size}{variant}{item}'  es: '{item} {size} {variant}'
    '{size} {variant} {item}': '{item} {variant}, {size}',
    # zh: '厨师刀'  es: 'cuchillo de chef'
    'chef knife': 'поварской нож',
    # zh: '三德刀'  es: 'cuchillo santoku'
    'santoku knife': 'нож сантоку',
    # zh: '中式菜刀'  es: 'cuchillo chino'
    'Chinese cleaver': 'китайский нож-топорик',
    # zh: '多用刀'  es: 'cuchillo multiusos'
    'utility knife': 'универсальный нож',
    # zh: '面包刀'  es: 'cuchillo para pan'
    'bread knife': 'нож для хлеба',
    # zh: '6英寸'  es: 'de 6 pulgadas'
    '6-inch': '6 дюймов',
    # zh: '7英寸'  es: 'de 7 pulgadas'
    '7-inch': '7 дюймов',
    # zh: '8英寸'  es: 'de 8 pulgadas'
    '8-inch': '8 дюймов',
    # zh: '3Cr13'  es: '3Cr13'
    '3Cr13': 'из стали 3Cr13',
    # zh: '5Cr15MoV'  es: '5Cr15MoV'
    '5Cr15MoV': 'из стали 5Cr15MoV',
    # zh: '德国1.4116钢'  es: 'de acero alemán 1.4116'
    'German 1.4116 steel': 'из немецкой стали 1.4116',
    # zh: 'VG10大马士革钢'  es: 'de damasco VG10'
    'VG10 Damascus': 'из дамасской стали VG10',
    # zh: '剪刀'  es: 'Tijeras'
    'Scissors': 'Ножницы',
    # zh: '家用剪刀'  es: 'tijeras domésticas'
    'household scissors': 'хозяйственные ножницы',
    # zh: '裁缝剪'  es: 'tijeras de sastre'
    "tailor's shears": 'портновские ножницы',
    # zh: '厨房剪'  es: 'tijeras de cocina'
    'kitchen shears': 'кухонные ножницы',
    # zh: '美发剪'  es: 'tijeras de peluquería'
    'hairdressing scissors': 'парикмахерские ножницы',
    # zh: '10英寸'  es: 'de 10 pulgadas'
    '10-inch': '10 дюймов',
    # zh: '2Cr13不锈钢'  es: 'de acero inoxidable 2Cr13'
    '2Cr13 stainless steel': 'из нержавеющей стали 2Cr13',
    # zh: '锻打碳钢'  es: 'de acero al carbono forjado'
    'forged carbon steel': 'из кованой углеродистой стали',
    # zh: '440C不锈钢'  es: 'de acero inoxidable 440C'
    '440C stainless steel': 'из нержавеющей стали 440C',
    # zh: '刀具套装'  es: 'Juegos de cuchillos'
    'Chef knife sets': 'Наборы ножей',
    # zh: '木座刀具套装'  es: 'juego de cuchillos con taco de madera'
    'knife set with wooden block': 'набор ножей с деревянной подставкой',
    # zh: '磁吸刀架套装'  es: 'juego de cuchillos con soporte magnético'
    'knife set with magnetic stand': 'набор ножей с магнитной подставкой',
    # zh: '厨师刀包套装'  es: 'juego de cuchillos con estuche enrollable'
    "chef's knife roll set": 'набор поварских ножей в чехле-скрутке',
    # zh: '5件套'  es: 'de 5 piezas'
    '5-piece': '5 предметов',
    # zh: '7件套'  es: 'de 7 piezas'
    '7-piece': '7 предметов',
    # zh: '15件套'  es: 'de 15 piezas'
    '15-piece': '15 предметов',
    # zh: '折叠刀与户外刀'  es: 'Navajas y cuchillos de exterior'
    'Folding & outdoor knives': 'Складные и туристические ножи',
    # zh: '{variant}{item}（{size}）'  es: '{item} {variant} {size}'
    '{variant} {item}, {size}': '{item} {variant}, {size}',
    # zh: '折叠刀'  es: 'navaja plegable'
    'folding knife': 'складной нож',
    # zh: '猎刀'  es: 'cuchillo de caza'
    'hunting knife': 'охотничий нож',
    # zh: '多功能工具钳'  es: 'herramienta multiusos'
    'multi-tool': 'мультитул',
    # zh: '3英寸刃'  es: 'con hoja de 3 pulgadas'
    '3-inch blade': 'клинок 3 дюйма',
    # zh: '4英寸刃'  es: 'con hoja de 4 pulgadas'
    '4-inch blade': 'клинок 4 дюйма',
    # zh: '8Cr13MoV'  es: '8Cr13MoV'
    '8Cr13MoV': 'из стали 8Cr13MoV',
    # zh: 'D2工具钢'  es: 'de acero para herramientas D2'
    'D2 tool steel': 'из инструментальной стали D2',
    # zh: '指甲钳与修容工具'  es: 'Cortaúñas y cuidado personal'
    'Nail clippers & grooming': 'Кусачки для ногтей и маникюр',
    # zh: '指甲钳'  es: 'cortaúñas'
    'nail clipper': 'кусачки для ногтей',
    # zh: '美甲套装'  es: 'set de manicura'
    'manicure set': 'маникюрный набор',
    # zh: '眉剪'  es: 'tijeras para cejas'
    'eyebrow scissors': 'ножницы для бровей',
    # zh: '便携款'  es: 'tamaño de viaje'
    'travel size': 'дорожный формат',
    # zh: '标准款'  es: 'tamaño estándar'
    'standard size': 'стандартный размер',
    # zh: '碳钢'  es: 'de acero al carbono'
    'carbon steel': 'из углеродистой стали',
    # zh: '不锈钢'  es: 'de acero inoxidable'
    'stainless steel': 'из нержавеющей стали',
    # zh: '餐厨用具'  es: 'Menaje de cocina'
    'Kitchenware': 'Товары для кухни',
    # zh: '彩盒'  es: 'caja de color'
    'colour box': 'цветная коробка',
    # zh: '牛皮纸盒'  es: 'caja de cartón kraft'
    'kraft box': 'коробка из крафт-картона',
    # zh: '出口纸箱'  es: 'caja de exportación'
    'export carton': 'экспортный гофрокороб',
    # zh: '锅具'  es: 'Ollas y sartenes'
    'Pots & pans': 'Кастрюли и сковороды',
    # zh: '煎锅'  es: 'sartén'
    'frying pan': 'сковорода',
    # zh: '炒锅'  es: 'wok'
    'wok': 'сковорода-вок',
    # zh: '汤锅'  es: 'olla'
    'stockpot': 'кастрюля',
    # zh: '24厘米'  es: 'de 24 cm'
    '24 cm': '24 см',
    # zh: '28厘米'  es: 'de 28 cm'
    '28 cm': '28 см',
    # zh: '32厘米'  es: 'de 32 cm'
    '32 cm': '32 см',
    # zh: '不粘涂层铝'  es: 'de aluminio antiadherente'
    'non-stick aluminium': 'из алюминия с антипригарным покрытием',
    # zh: '铸铁'  es: 'de hierro fundido'
    'cast iron': 'из чугуна',
    # zh: '三层复合不锈钢'  es: 'de acero inoxidable tricapa'
    'tri-ply stainless steel': 'из трёхслойной нержавеющей стали',
    # zh: '厨房小工具'  es: 'Utensilios de cocina'
    'Kitchen utensils': 'Кухонные принадлежности',
    # zh: '锅铲'  es: 'espátula'
    'spatula': 'кухонная лопатка',
    # zh: '汤勺'  es: 'cucharón'
    'ladle': 'половник',
    # zh: '削皮器'  es: 'pelador de verduras'
    'vegetable peeler': 'овощечистка',
    # zh: '食品夹'  es: 'pinzas de cocina'
    'kitchen tongs': 'кухонные щипцы',
    # zh: '25厘米'  es: 'de 25 cm'
    '25 cm': '25 см',
    # zh: '30厘米'  es: 'de 30 cm'
    '30 cm': '30 см',
    # zh: '尼龙'  es: 'de nailon'
    'nylon': 'из нейлона',
    # zh: '硅胶'  es: 'de silicona'
    'silicone': 'из силикона',
    # zh: '餐具'  es: 'Vajilla y cubertería'
    'Tableware & cutlery': 'Столовая посуда и приборы',
    # zh: '西餐刀叉套装'  es: 'juego de cubiertos'
    'cutlery set': 'набор столовых приборов',
    # zh: '牛排刀套装'  es: 'juego de cuchillos para carne'
    'steak knife set': 'набор ножей для стейка',
    # zh: '筷子套装'  es: 'juego de palillos'
    'chopstick set': 'набор палочек для еды',
    # zh: '4件套'  es: 'de 4 piezas'
    '4-piece': '4 предмета',
    # zh: '16件套'  es: 'de 16 piezas'
    '16-piece': '16 предметов',
    # zh: '24件套'  es: 'de 24 piezas'
    '24-piece': '24 предмета',
    # zh: '18/0不锈钢'  es: 'de acero inoxidable 18/0'
    '18/0 stainless steel': 'из нержавеющей стали 18/0',
    # zh: '18/10不锈钢'  es: 'de acero inoxidable 18/10'
    '18/10 stainless steel': 'из нержавеющей стали 18/10',
    # zh: '镀金不锈钢'  es: 'de acero inoxidable dorado'
    'gold-plated stainless steel': 'из позолоченной нержавеющей стали',
    # zh: '酒店餐饮用品'  es: 'Suministros de hostelería'
    'Hotel & catering supplies': 'Товары для гостиниц и общепита',
    # zh: '自助餐炉'  es: 'calientaplatos de bufé'
    'chafing dish': 'мармит',
    # zh: '份数盆'  es: 'cubeta gastronorm'
    'gastronorm pan': 'гастроёмкость',
    # zh: '冰桶'  es: 'cubitera'
    'ice bucket': 'ведёрко для льда',
    # zh: '4升'  es: 'de 4 l'
    '4 L': '4 л',
    # zh: '9升'  es: 'de 9 l'
    '9 L': '9 л',
    # zh: '镜面不锈钢'  es: 'de acero inoxidable pulido espejo'
    'mirror-polished stainless steel': 'из нержавеющей стали с зеркальной полировкой',
    # zh: '水海产品'  es: 'Mariscos y productos acuáticos'
    'Seafood & Aquatic Products': 'Рыба и морепродукты',
    # zh: '公斤'  es: 'kg'
    'kg': 'кг',
    # zh: '1公斤真空袋，10袋/箱'  es: 'bolsa al vacío de 1 kg, 10 por caja master'
    '1 kg vacuum bag, 10 per master carton': 'вакуумный пакет 1 кг, 10 пакетов в транспортном коробе',
    # zh: '10公斤外箱'  es: 'caja master de 10 kg'
    '10 kg master carton': 'транспортный короб 10 кг',
    # zh: '冷冻虾'  es: 'Camarones congelados'
    'Frozen shrimp': 'Замороженные креветки',
    # zh: '冷冻{item}（{size}，{variant}）'  es: '{item} congelado, {size}, {variant}'
    'Frozen {item}, {size}, {variant}': 'Замороженные {item}, {size}, {variant}',
    # zh: '整只南美白对虾'  es: 'camarón vannamei entero'
    'whole vannamei shrimp': 'целые креветки ваннамей',
    # zh: '去头带壳虾'  es: 'camarón sin cabeza con cáscara'
    'headless shell-on shrimp': 'креветки без головы в панцире',
    # zh: '去壳去肠虾仁'  es: 'camarón pelado y desvenado'
    'peeled and deveined shrimp': 'очищенные креветки без кишечной вены',
    # zh: '41/50规格'  es: 'calibre 41/50'
    '41/50 count': 'размер 41/50',
    # zh: '31/40规格'  es: 'calibre 31/40'
    '31/40 count': 'размер 31/40',
    # zh: '21/25规格'  es: 'calibre 21/25'
    '21/25 count': 'размер 21/25',
    # zh: '16/20规格'  es: 'calibre 16/20'
    '16/20 count': 'размер 16/20',
    # zh: '块冻'  es: 'en bloque'
    'block frozen': 'блочная заморозка',
    # zh: '单冻'  es: 'IQF'
    'IQF': 'поштучная заморозка (IQF)',
    # zh: '鱼干'  es: 'Pescado seco'
    'Dried fish': 'Сушёная и вяленая рыба',
    # zh: '鳀鱼'  es: 'anchoa'
    'anchovy': 'анчоус',
    # zh: '带鱼'  es: 'pez sable'
    'ribbonfish': 'рыба-сабля',
    # zh: '鱿鱼'  es: 'calamar'
    'squid': 'кальмар',
    # zh: '黄花鱼'  es: 'corvina amarilla'
    'yellow croaker': 'жёлтый горбыль',
    # zh: '二级'  es: 'calidad B'
    'grade B': '2-й сорт',
    # zh: '一级'  es: 'calidad A'
    'grade A': '1-й сорт',
    # zh: '特级'  es: 'calidad extra'
    'premium grade': 'высший сорт',
    # zh: '风干'  es: 'de secado al aire'
    'air-dried': 'воздушной сушки',
    # zh: '日晒'  es: 'de secado al sol'
    'sun-dried': 'солнечной сушки',
    # zh: '生蚝与贝类'  es: 'Ostras y mariscos de concha'
    'Oysters & shellfish': 'Устрицы и моллюски',
    # zh: '花甲肉'  es: 'carne de almeja'
    'clam meat': 'мясо клэма',
    # zh: '生蚝肉'  es: 'carne de ostra'
    'oyster meat': 'мясо устриц',
    # zh: '半壳生蚝'  es: 'ostra en media concha'
    'half-shell oyster': 'устрицы на половинке раковины',
    # zh: '半壳扇贝'  es: 'vieira en media concha'
    'half-shell scallop': 'гребешок на половинке раковины',
    # zh: '中号'  es: 'talla M'
    'size M': 'размер M',
    # zh: '大号'  es: 'talla L'
    'size L': 'размер L',
    # zh: '镀冰衣冷冻'  es: 'congelada glaseada'
    'glazed frozen': 'в ледяной глазури',
    # zh: '单冻'  es: 'congelada IQF'
    'IQF frozen': 'поштучной заморозки (IQF)',
    # zh: '鱼片'  es: 'Filetes de pescado'
    'Fish fillets': 'Рыбное филе',
    # zh: '罗非鱼片'  es: 'filete de tilapia'
    'tilapia fillet': 'филе тилапии',
    # zh: '金鲳鱼片'  es: 'filete de pámpano dorado'
    'golden pompano fillet': 'филе золотистого помпано',
    # zh: '石斑鱼片'  es: 'filete de mero'
    'grouper fillet': 'филе групера',
    # zh: '3-5盎司'  es: '3-5 oz'
    '3-5 oz': '3–5 унций',
    # zh: '5-7盎司'  es: '5-7 oz'
    '5-7 oz': '5–7 унций',
    # zh: '7-9盎司'  es: '7-9 oz'
    '7-9 oz': '7–9 унций',
    # zh: '带皮'  es: 'con piel'
    'skin-on': 'на коже',
    # zh: '去皮'  es: 'sin piel'
    'skinless': 'без кожи',
    # zh: '食品加工'  es: 'Alimentos procesados'
    'Processed Food': 'Продукты питания',
    # zh: '箱'  es: 'cajas'
    'cartons': 'кор.',
    # zh: '24件出口纸箱'  es: 'caja de exportación de 24 unidades'
    'export carton of 24': 'экспортная коробка на 24 единицы',
    # zh: '48件出口纸箱'  es: 'caja de exportación de 48 unidades'
    'export carton of 48': 'экспортная коробка на 48 единиц',
    # zh: '豆豉'  es: 'Frijoles negros fermentados'
    'Fermented black beans': 'Ферментированные чёрные бобы',
    # zh: '阳江豆豉'  es: 'douchi de Yangjiang'
    'Yangjiang douchi': 'ферментированные чёрные бобы из Янцзяна (доучи)',
    # zh: '姜豉'  es: 'douchi con jengibre'
    'douchi with ginger': 'ферментированные чёрные бобы с имбирём',
    # zh: '香辣豆豉'  es: 'douchi picante'
    'chili douchi': 'ферментированные чёрные бобы с перцем чили',
    # zh: '250克瓶装'  es: 'tarro de 250 g'
    '250 g jar': 'банка 250 г',
    # zh: '500克袋装'  es: 'bolsa de 500 g'
    '500 g bag': 'пакет 500 г',
    # zh: '5公斤散装'  es: 'saco a granel de 5 kg'
    '5 kg bulk bag': 'мешок 5 кг',
    # zh: '干制'  es: 'seco'
    'dry-packed': 'без масла',
    # zh: '油浸'  es: 'en aceite'
    'oil-packed': 'в масле',
    # zh: '酱料调味品'  es: 'Salsas y condimentos'
    'Sauces & condiments': 'Соусы и приправы',
    # zh: '蚝油'  es: 'salsa de ostras'
    'oyster sauce': 'устричный соус',
    # zh: '豆豉蒜蓉酱'  es: 'salsa de frijol negro y ajo'
    'black bean garlic sauce': 'соус из чёрных бобов с чесноком',
    # zh: '辣椒酱'  es: 'salsa de chile'
    'chili sauce': 'соус чили',
    # zh: '鱼露'  es: 'salsa de pescado'
    'fish sauce': 'рыбный соус',
    # zh: '230克瓶装'  es: 'botella de 230 g'
    '230 g bottle': 'бутылка 230 г',
    # zh: '510克瓶装'  es: 'botella de 510 g'
    '510 g bottle': 'бутылка 510 г',
    # zh: '2.27公斤桶装'  es: 'garrafa de 2,27 kg'
    '2.27 kg jug': 'канистра 2,27 кг',
    # zh: '经典'  es: 'clásica'
    'classic': 'по классическому рецепту',
    # zh: '低钠'  es: 'baja en sodio'
    'low-sodium': 'с пониженным содержанием соли',
    # zh: '特级'  es: 'premium'
    'premium': 'премиум-класса',
    # zh: '腌制蔬菜'  es: 'Verduras en conserva'
    'Preserved vegetables': 'Маринованные и солёные овощи',
    # zh: '酸菜'  es: 'mostaza encurtida'
    'pickled mustard greens': 'маринованная листовая горчица',
    # zh: '菜脯'  es: 'rábano en conserva'
    'preserved radish': 'солёная сушёная редька',
    # zh: '腌姜'  es: 'jengibre encurtido'
    'pickled ginger': 'маринованный имбирь',
    # zh: '200克袋装'  es: 'bolsa de 200 g'
    '200 g pouch': 'пакет 200 г',
    # zh: '1公斤袋装'  es: 'bolsa de 1 kg'
    '1 kg pouch': 'пакет 1 кг',
    # zh: '20公斤桶装'  es: 'bidón de 20 kg'
    '20 kg drum': 'бочка 20 кг',
    # zh: '甜味'  es: 'dulce'
    'sweet': 'со сладким вкусом',
    # zh: '香辣'  es: 'picante'
    'spicy': 'с острым вкусом',
    # zh: '休闲食品'  es: 'Aperitivos'
    'Snacks': 'Снеки',
    # zh: '鱿鱼丝'  es: 'tiras de calamar'
    'squid jerky': 'соломка из кальмара',
    # zh: '鱼片脆'  es: 'chips de pescado'
    'fish crackers': 'рыбные чипсы',
    # zh: '花生糖'  es: 'crocante de cacahuete'
    'peanut brittle': 'арахисовый козинак',
    # zh: '50克袋装'  es: 'bolsa de 50 g'
    '50 g bag': 'пакет 50 г',
    # zh: '200克袋装'  es: 'bolsa de 200 g'
    '200 g bag': 'пакет 200 г',
    # zh: '原味'  es: 'sabor original'
    'original flavour': 'с классическим вкусом',
    # zh: '烧烤味'  es: 'sabor barbacoa'
    'barbecue flavour': 'со вкусом барбекю',
    # zh: '纺织服装'  es: 'Textiles y prendas'
    'Textiles & Garments': 'Текстиль и одежда',
    # zh: '单件胶袋，10件/箱'  es: 'bolsa individual, 10 por caja'
    'single polybag, 10 per carton': 'индивидуальный полиэтиленовый пакет, 10 шт. в коробке',
    # zh: '单件胶袋，50件/箱'  es: 'bolsa individual, 50 por caja'
    'single polybag, 50 per carton': 'индивидуальный полиэтиленовый пакет, 50 шт. в коробке',
    # zh: '工作服'  es: 'Ropa de trabajo'
    'Workwear': 'Спецодежда',
    # zh: '厨师服'  es: 'chaqueta de chef'
    'chef jacket': 'китель повара',
    # zh: '工装连体服'  es: 'mono de trabajo'
    'work overalls': 'рабочий комбинезон',
    # zh: '反光背心'  es: 'chaleco reflectante'
    'hi-vis vest': 'сигнальный жилет',
    # zh: 'XL码'  es: 'talla XL'
    'size XL': 'размер XL',
    # zh: '涤棉'  es: 'de poliéster y algodón'
    'polyester-cotton': 'из поликоттона',
    # zh: '纯棉'  es: 'de algodón 100 %'
    '100% cotton': 'из 100% хлопка',
    # zh: '围裙'  es: 'Delantales'
    'Aprons': 'Фартуки',
    # zh: '挂脖围裙'  es: 'delantal con peto'
    'bib apron': 'фартук с нагрудником',
    # zh: '半身围裙'  es: 'delantal de cintura'
    'waist apron': 'поясной фартук',
    # zh: '咖啡师围裙'  es: 'delantal de barista'
    'barista apron': 'фартук бариста',
    # zh: '无印花'  es: 'sin estampado'
    'plain': 'без принта',
    # zh: '定制logo印花'  es: 'con logotipo personalizado'
    'custom logo print': 'с нанесением логотипа',
    # zh: '防水PVC'  es: 'de PVC impermeable'
    'waterproof PVC': 'из водонепроницаемого ПВХ',
    # zh: '帆布'  es: 'de lona'
    'canvas': 'из канваса',
    # zh: '牛仔布'  es: 'vaquero'
    'denim': 'из денима',
    # zh: 'T恤与POLO衫'  es: 'Camisetas y polos'
    'T-shirts & polo shirts': 'Футболки и поло',
    # zh: '圆领T恤'  es: 'camiseta de cuello redondo'
    'crew-neck T-shirt': 'футболка с круглым вырезом',
    # zh: 'POLO衫'  es: 'polo'
    'polo shirt': 'рубашка поло',
    # zh: '丝网印花'  es: 'con serigrafía'
    'screen-printed': 'с шелкографией',
    # zh: '180克纯棉'  es: 'de algodón de 180 g/m²'
    '180 gsm cotton': 'из хлопка 180 г/м²',
    # zh: '速干涤纶'  es: 'de poliéster de secado rápido'
    'quick-dry polyester': 'из быстросохнущего полиэстера',
    # zh: '220克精梳棉'  es: 'de algodón peinado de 220 g/m²'
    '220 gsm combed cotton': 'из гребенного хлопка 220 г/м²',
    # zh: '家纺'  es: 'Textiles para el hogar'
    'Home textiles': 'Домашний текстиль',
    # zh: '厨房毛巾'  es: 'paño de cocina'
    'kitchen towel': 'кухонное полотенце',
    # zh: '浴巾'  es: 'toalla de baño'
    'bath towel': 'банное полотенце',
    # zh: '桌布'  es: 'mantel'
    'tablecloth': 'скатерть',
    # zh: '40×60厘米'  es: 'de 40 × 60 cm'
    '40 × 60 cm': '40 × 60 см',
    # zh: '70×140厘米'  es: 'de 70 × 140 cm'
    '70 × 140 cm': '70 × 140 см',
    # zh: '140×180厘米'  es: 'de 140 × 180 cm'
    '140 × 180 cm': '140 × 180 см',
    # zh: '超细纤维'  es: 'de microfibra'
    'microfibre': 'из микрофибры',
    # zh: '纯棉'  es: 'de algodón'
    'cotton': 'из хлопка',
    # zh: '棉麻'  es: 'de mezcla de lino'
    'linen-blend': 'из полульна',
    # zh: '<p>{title}。型号{model}，生产商：{maker}（广东阳江）。</p><p>包装：{pack}。起订量：{minimum}；交货期{lead}天。{oem}报关、商检及出口单证由平台一站式办理。</p>'  es: '<p>{title}. Modelo {model}, fabricado en Yangjiang (Guangdong) por {maker}</p><p>Embalaje: {pack}. Pedido mínimo: {minimum}; plazo de entrega: {lead} días. {oem}La plataforma gestiona la aduana, la inspección y los documentos de exportación.</p>'
    '<p>{title}. Model {model}, made in Yangjiang, Guangdong, by {maker}</p><p>Packing: {pack}. Minimum order: {minimum}; lead time {lead} days. {oem}Customs, inspection and export documents are handled by the platform.</p>': '<p>{title}. Модель {model}, производитель — {maker} (Янцзян, провинция Гуандун)</p><p>Упаковка: {pack}. Минимальный заказ: {minimum}; срок поставки — {lead} дней. {oem}Таможенное оформление, инспекцию и экспортные документы платформа берёт на себя.</p>',
    # zh: '支持OEM与贴牌。'  es: 'Se aceptan OEM y marca blanca. '
    'OEM and private label welcome. ': 'Возможны OEM и производство под собственной торговой маркой. ',
    # zh: '{moq}{unit}'  es: '{moq} {unit}'
    '{moq} {unit}': '{moq}\xa0{unit}',
    # zh: '无，单件起售'  es: 'ninguno, se venden unidades sueltas'
    'none, single units welcome': 'нет, можно заказать от одной единицы',
    # zh: '4件散装出口纸箱'  es: 'caja de exportación a granel de 4 unidades'
    'bulk export carton of 4': 'экспортная коробка на 4 единицы оптовой фасовки',
    # zh: '单件散装'  es: 'unidad a granel individual'
    'single bulk unit': 'одна единица оптовой фасовки',
}

HOME = {'title': 'Покупайте напрямую у производителей Янцзяна',
 'intro': 'Ножи и ножницы, товары для кухни, рыба и морепродукты, продукты питания и текстиль '
          'от предприятий промышленных кластеров Янцзяна (провинция Гуандун). Таможенное '
          'оформление, инспекция, возврат налогов и валютные операции — в одном месте.',
 'body': [('heading', 'Как проходит закупка'),
          ('paragraph',
           '<p>Запросите у производителя коммерческое предложение, согласуйте цену и условия в '
           'своей валюте и оплатите заказ через платформу. Мы заказываем инспекцию, подаём '
           'экспортную декларацию и отправляем вам товаросопроводительные документы.</p>'),
          ('call_to_action', {'text': 'Перейти в каталог', 'url': '/{lang}/catalogue/'}),
          ('call_to_action', {'text': 'О платформе', 'url': '/{lang}/about/'})]}

ABOUT = {'title': 'О платформе',
 'intro': 'Всё, что происходит между фабрикой в Янцзяне и вашим складом, — в одном месте.',
 'body': [('heading', 'Таможенное оформление в режиме одного окна'),
          ('paragraph',
           '<p>Заказы декларируются в таможне КНР как трансграничный экспорт B2B (режимы '
           'таможенного надзора 9710 для прямого экспорта и 9810 для зарубежных складов), '
           'поэтому производителям не нужен собственный таможенный брокер.</p>'),
          ('heading', 'Инспекция'),
          ('paragraph',
           '<p>Товары, подлежащие инспекции и карантинному контролю, например морепродукты и '
           'продукты питания, проходят инспекцию до погрузки, а сертификаты прилагаются к '
           'товаросопроводительным документам.</p>'),
          ('heading', 'Возврат экспортного НДС'),
          ('paragraph',
           '<p>Экспортная декларация и соответствующие счета хранятся вместе, поэтому '
           'производители могут получить положенный им возврат НДС при экспорте.</p>'),
          ('heading', 'Валютные операции'),
          ('paragraph',
           '<p>Покупатели видят цены и платят в своей валюте; производители получают оплату в '
           'юанях по курсу дня, который фиксируется в каждом заказе.</p>'),
          ('call_to_action', {'text': 'Перейти в каталог', 'url': '/{lang}/catalogue/'})]}
