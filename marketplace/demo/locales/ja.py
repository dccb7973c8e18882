"""Japanese translations of the demo texts (see locales/__init__.py)."""

# ruff: noqa: E501  (one translation per line, keyed by its English text)

# fmt: off
TEXTS = {
    # zh: '刀剪'  es: 'Cuchillos y tijeras'
    'Knives & Scissors': '刃物・ハサミ',
    # zh: '件'  es: 'piezas'
    'pieces': '個',
    # zh: '单只彩盒装'  es: 'caja de regalo individual'
    'individual gift box': '個別化粧箱',
    # zh: '吸塑挂卡'  es: 'blíster'
    'blister card': 'ブリスターカード',
    # zh: '散装出口纸箱'  es: 'caja de exportación a granel'
    'bulk export carton': '輸出用段ボール（バラ詰め）',
    # zh: '厨房刀'  es: 'Cuchillos de cocina'
    'Kitchen knives': '包丁',
    # zh: '{size}{variant}{item}'  es: '{item} {size} {variant}'
    '{size} {variant} {item}': '{variant}{item}（{size}）',
    # zh: '厨师刀'  es: 'cuchillo de chef'
    'chef knife': '牛刀',
    # zh: '三德刀'  es: 'cuchillo santoku'
    'santoku knife': '三徳包丁',
    # zh: '中式菜刀'  es: 'cuchillo chino'
    'Chinese cleaver': '中華包丁',
    # zh: '多用刀'  es: 'cuchillo multiusos'
    'utility knife': 'ペティナイフ',
    # zh: '面包刀'  es: 'cuchillo para pan'
    'bread knife': 'パン切り包丁',
    # zh: '6英寸'  es: 'de 6 pulgadas'
    '6-inch': '6インチ',
    # zh: '7英寸'  es: 'de 7 pulgadas'
    '7-inch': '7インチ',
    # zh: '8英寸'  es: 'de 8 pulgadas'
    '8-inch': '8インチ',
    # zh: '3Cr13'  es: '3Cr13'
    '3Cr13': '3Cr13鋼',
    # zh: '5Cr15MoV'  es: '5Cr15MoV'
    '5Cr15MoV': '5Cr15MoV鋼',
    # zh: '德国1.4116钢'  es: 'de acero alemán 1.4116'
    'German 1.4116 steel': 'ドイツ1.4116鋼',
    # zh: 'VG10大马士革钢'  es: 'de damasco VG10'
    'VG10 Damascus': 'VG10ダマスカス鋼',
    # zh: '剪刀'  es: 'Tijeras'
    'Scissors': 'ハサミ',
    # zh: '家用剪刀'  es: 'tijeras domésticas'
    'household scissors': '家庭用ハサミ',
    # zh: '裁缝剪'  es: 'tijeras de sastre'
    "tailor's shears": '裁ちばさみ',
    # zh: '厨房剪'  es: 'tijeras de cocina'
    'kitchen shears': 'キッチンバサミ',
    # zh: '美发剪'  es: 'tijeras de peluquería'
    'hairdressing scissors': '理美容ハサミ',
    # zh: '10英寸'  es: 'de 10 pulgadas'
    '10-inch': '10インチ',
    # zh: '2Cr13不锈钢'  es: 'de acero inoxidable 2Cr13'
    '2Cr13 stainless steel': '2Cr13ステンレス製',
    # zh: '锻打碳钢'  es: 'de acero al carbono forjado'
    'forged carbon steel': '鍛造炭素鋼製',
    # zh: '440C不锈钢'  es: 'de acero inoxidable 440C'
    '440C stainless steel': '440Cステンレス製',
    # zh: '刀具套装'  es: 'Juegos de cuchillos'
    'Chef knife sets': '包丁セット',
    # zh: '木座刀具套装'  es: 'juego de cuchillos con taco de madera'
    'knife set with wooden block': '木製ブロック付き包丁セット',
    # zh: '磁吸刀架套装'  es: 'juego de cuchillos con soporte magnético'
    'knife set with magnetic stand': 'マグネットスタンド付き包丁セット',
    # zh: '厨师刀包套装'  es: 'juego de cuchillos con estuche enrollable'
    "chef's knife roll set": 'ナイフロール付き包丁セット',
    # zh: '5件套'  es: 'de 5 piezas'
    '5-piece': '5点',
    # zh: '7件套'  es: 'de 7 piezas'
    '7-piece': '7点',
    # zh: '15件套'  es: 'de 15 piezas'
    '15-piece': '15点',
    # zh: '折叠刀与户外刀'  es: 'Navajas y cuchillos de exterior'
    'Folding & outdoor knives': '折りたたみ・アウトドアナイフ',
    # zh: '{variant}{item}（{size}）'  es: '{item} {variant} {size}'
    '{variant} {item}, {size}': '{variant}{item}（{size}）',
    # zh: '折叠刀'  es: 'navaja plegable'
    'folding knife': '折りたたみナイフ',
    # zh: '猎刀'  es: 'cuchillo de caza'
    'hunting knife': 'ハンティングナイフ',
    # zh: '多功能工具钳'  es: 'herramienta multiusos'
    'multi-tool': 'マルチツール',
    # zh: '3英寸刃'  es: 'con hoja de 3 pulgadas'
    '3-inch blade': '刃渡り3インチ',
    # zh: '4英寸刃'  es: 'con hoja de 4 pulgadas'
    '4-inch blade': '刃渡り4インチ',
    # zh: '8Cr13MoV'  es: '8Cr13MoV'
    '8Cr13MoV': '8Cr13MoV鋼',
    # zh: 'D2工具钢'  es: 'de acero para herramientas D2'
    'D2 tool steel': 'D2工具鋼',
    # zh: '指甲钳与修容工具'  es: 'Cortaúñas y cuidado personal'
    'Nail clippers & grooming': '爪切り・身だしなみ用品',
    # zh: '指甲钳'  es: 'cortaúñas'
    'nail clipper': '爪切り',
    # zh: '美甲套装'  es: 'set de manicura'
    'manicure set': 'ネイルケアセット',
    # zh: '眉剪'  es: 'tijeras para cejas'
    'eyebrow scissors': '眉ハサミ',
    # zh: '便携款'  es: 'tamaño de viaje'
    'travel size': '携帯用',
    # zh: '标准款'  es: 'tamaño estándar'
    'standard size': '標準サイズ',
    # zh: '碳钢'  es: 'de acero al carbono'
    'carbon steel': '炭素鋼製',
    # zh: '不锈钢'  es: 'de acero inoxidable'
    'stainless steel': 'ステンレス製',
    # zh: '餐厨用具'  es: 'Menaje de cocina'
    'Kitchenware': 'キッチン用品',
    # zh: '彩盒'  es: 'caja de color'
    'colour box': 'カラー化粧箱',
    # zh: '牛皮纸盒'  es: 'caja de cartón kraft'
    'kraft box': 'クラフト箱',
    # zh: '出口纸箱'  es: 'caja de exportación'
    'export carton': '輸出用段ボール',
    # zh: '锅具'  es: 'Ollas y sartenes'
    'Pots & pans': '鍋・フライパン',
    # zh: '煎锅'  es: 'sartén'
    'frying pan': 'フライパン',
    # zh: '炒锅'  es: 'wok'
    'wok': '中華鍋',
    # zh: '汤锅'  es: 'olla'
    'stockpot': '寸胴鍋',
    # zh: '24厘米'  es: 'de 24 cm'
    '24 cm': '24cm',
    # zh: '28厘米'  es: 'de 28 cm'
    '28 cm': '28cm',
    # zh: '32厘米'  es: 'de 32 cm'
    '32 cm': '32cm',
    # zh: '不粘涂层铝'  es: 'de aluminio antiadherente'
    'non-stick aluminium': 'ノンスティック加工アルミ',
    # zh: '铸铁'  es: 'de hierro fundido'
    'cast iron': '鋳鉄製',
    # zh: '三层复合不锈钢'  es: 'de acero inoxidable tricapa'
    'tri-ply stainless steel': '三層ステンレス製',
    # zh: '厨房小工具'  es: 'Utensilios de cocina'
    'Kitchen utensils': 'キッチンツール',
    # zh: '锅铲'  es: 'espátula'
    'spatula': 'フライ返し',
    # zh: '汤勺'  es: 'cucharón'
    'ladle': 'お玉',
    # zh: '削皮器'  es: 'pelador de verduras'
    'vegetable peeler': 'ピーラー',
    # zh: '食品夹'  es: 'pinzas de cocina'
    'kitchen tongs': 'キッチントング',
    # zh: '25厘米'  es: 'de 25 cm'
    '25 cm': '25cm',
    # zh: '30厘米'  es: 'de 30 cm'
    '30 cm': '30cm',
    # zh: '尼龙'  es: 'de nailon'
    'nylon': 'ナイロン製',
    # zh: '硅胶'  es: 'de silicona'
    'silicone': 'シリコン製',
    # zh: '餐具'  es: 'Vajilla y cubertería'
    'Tableware & cutlery': '食器・カトラリー',
    # zh: '西餐刀叉套装'  es: 'juego de cubiertos'
    'cutlery set': 'カトラリーセット',
    # zh: '牛排刀套装'  es: 'juego de cuchillos para carne'
    'steak knife set': 'ステーキナイフセット',
    # zh: '筷子套装'  es: 'juego de palillos'
    'chopstick set': '箸セット',
    # zh: '4件套'  es: 'de 4 piezas'
    '4-piece': '4点',
    # zh: '16件套'  es: 'de 16 piezas'
    '16-piece': '16点',
    # zh: '24件套'  es: 'de 24 piezas'
    '24-piece': '24点',
    # zh: '18/0不锈钢'  es: 'de acero inoxidable 18/0'
    '18/0 stainless steel': '18/0ステンレス製',
    # zh: '18/10不锈钢'  es: 'de acero inoxidable 18/10'
    '18/10 stainless steel': '18/10ステンレス製',
    # zh: '镀金不锈钢'  es: 'de acero inoxidable dorado'
    'gold-plated stainless steel': '金メッキステンレス製',
    # zh: '酒店餐饮用品'  es: 'Suministros de hostelería'
    'Hotel & catering supplies': 'ホテル・業務用厨房用品',
    # zh: '自助餐炉'  es: 'calientaplatos de bufé'
    'chafing dish': 'チェーフィングディッシュ',
    # zh: '份数盆'  es: 'cubeta gastronorm'
    'gastronorm pan': 'ホテルパン',
    # zh: '冰桶'  es: 'cubitera'
    'ice bucket': 'アイスペール',
    # zh: '4升'  es: 'de 4 l'
    '4 L': '4L',
    # zh: '9升'  es: 'de 9 l'
    '9 L': '9L',
    # zh: '镜面不锈钢'  es: 'de acero inoxidable pulido espejo'
    'mirror-polished stainless steel': '鏡面仕上げステンレス製',
    # zh: '水海产品'  es: 'Mariscos y productos acuáticos'
    'Seafood & Aquatic Products': '水産物',
    # zh: '公斤'  es: 'kg'
    'kg': 'kg',
    # zh: '1公斤真空袋，10袋/箱'  es: 'bolsa al vacío de 1 kg, 10 por caja master'
    '1 kg vacuum bag, 10 per master carton': '1kg真空パック、外箱1箱10袋入り',
    # zh: '10公斤外箱'  es: 'caja master de 10 kg'
    '10 kg master carton': '10kg外箱',
    # zh: '冷冻虾'  es: 'Camarones congelados'
    'Frozen shrimp': '冷凍エビ',
    # zh: '冷冻{item}（{size}，{variant}）'  es: '{item} congelado, {size}, {variant}'
    'Frozen {item}, {size}, {variant}': '冷凍{item}（{size}、{variant}）',
    # zh: '整只南美白对虾'  es: 'camarón vannamei entero'
    'whole vannamei shrimp': '有頭バナメイエビ',
    # zh: '去头带壳虾'  es: 'camarón sin cabeza con cáscara'
    'headless shell-on shrimp': '無頭殻付きエビ',
    # zh: '去壳去肠虾仁'  es: 'camarón pelado y desvenado'
    'peeled and deveined shrimp': '背ワタ取りむきエビ',
    # zh: '41/50规格'  es: 'calibre 41/50'
    '41/50 count': '41/50サイズ',
    # zh: '31/40规格'  es: 'calibre 31/40'
    '31/40 count': '31/40サイズ',
    # zh: '21/25规格'  es: 'calibre 21/25'
    '21/25 count': '21/25サイズ',
    # zh: '16/20规格'  es: 'calibre 16/20'
    '16/20 count': '16/20サイズ',
    # zh: '块冻'  es: 'en bloque'
    'block frozen': 'ブロック凍結',
    # zh: '单冻'  es: 'IQF'
    'IQF': 'IQF',
    # zh: '鱼干'  es: 'Pescado seco'
    'Dried fish': '干物',
    # zh: '鳀鱼'  es: 'anchoa'
    'anchovy': 'カタクチイワシ',
    # zh: '带鱼'  es: 'pez sable'
    'ribbonfish': 'タチウオ',
    # zh: '鱿鱼'  es: 'calamar'
    'squid': 'イカ',
    # zh: '黄花鱼'  es: 'corvina amarilla'
    'yellow croaker': 'キグチ',
    # zh: '二级'  es: 'calidad B'
    'grade B': 'B級',
    # zh: '一级'  es: 'calidad A'
    'grade A': 'A級',
    # zh: '特级'  es: 'calidad extra'
    'premium grade': '特級',
    # zh: '风干'  es: 'de secado al aire'
    'air-dried': '風干し',
    # zh: '日晒'  es: 'de secado al sol'
    'sun-dried': '天日干し',
    # zh: '生蚝与贝类'  es: 'Ostras y mariscos de concha'
    'Oysters & shellfish': 'カキ・貝類',
    # zh: '花甲肉'  es: 'carne de almeja'
    'clam meat': 'アサリむき身',
    # zh: '生蚝肉'  es: 'carne de ostra'
    'oyster meat': 'カキむき身',
    # zh: '半壳生蚝'  es: 'ostra en media concha'
    'half-shell oyster': '片殻付きカキ',
    # zh: '半壳扇贝'  es: 'vieira en media concha'
    'half-shell scallop': '片殻付きホタテ',
    # zh: '中号'  es: 'talla M'
    'size M': 'Mサイズ',
    # zh: '大号'  es: 'talla L'
    'size L': 'Lサイズ',
    # zh: '镀冰衣冷冻'  es: 'congelada glaseada'
    'glazed frozen': 'グレーズ冷凍',
    # zh: '单冻'  es: 'congelada IQF'
    'IQF frozen': 'IQF冷凍',
    # zh: '鱼片'  es: 'Filetes de pescado'
    'Fish fillets': '魚フィレ',
    # zh: '罗非鱼片'  es: 'filete de tilapia'
    'tilapia fillet': 'ティラピアフィレ',
    # zh: '金鲳鱼片'  es: 'filete de pámpano dorado'
    'golden pompano fillet': 'コバンアジフィレ',
    # zh: '石斑鱼片'  es: 'filete de mero'
    'grouper fillet': 'ハタフィレ',
    # zh: '3-5盎司'  es: '3-5 oz'
    '3-5 oz': '3〜5オンス',
    # zh: '5-7盎司'  es: '5-7 oz'
    '5-7 oz': '5〜7オンス',
    # zh: '7-9盎司'  es: '7-9 oz'
    '7-9 oz': '7〜9オンス',
    # zh: '带皮'  es: 'con piel'
    'skin-on': '皮付き',
    # zh: '去皮'  es: 'sin piel'
    'skinless': '皮なし',
    # zh: '食品加工'  es: 'Alimentos procesados'
    'Processed Food': '加工食品',
    # zh: '箱'  es: 'cajas'
    'cartons': 'ケース',
    # zh: '24件出口纸箱'  es: 'caja de exportación de 24 unidades'
    'export carton of 24': '輸出用段ボール（24個入り）',
    # zh: '48件出口纸箱'  es: 'caja de exportación de 48 unidades'
    'export carton of 48': '輸出用段ボール（48個入り）',
    # zh: '豆豉'  es: 'Frijoles negros fermentados'
    'Fermented black beans': '豆豉（トウチ）',
    # zh: '阳江豆豉'  es: 'douchi de Yangjiang'
    'Yangjiang douchi': '陽江豆豉',
    # zh: '姜豉'  es: 'douchi con jengibre'
    'douchi with ginger': '生姜入り豆豉',
    # zh: '香辣豆豉'  es: 'douchi picante'
    'chili douchi': '唐辛子入り豆豉',
    # zh: '250克瓶装'  es: 'tarro de 250 g'
    '250 g jar': '250g瓶',
    # zh: '500克袋装'  es: 'bolsa de 500 g'
    '500 g bag': '500g袋',
    # zh: '5公斤散装'  es: 'saco a granel de 5 kg'
    '5 kg bulk bag': '5kg業務用袋',
    # zh: '干制'  es: 'seco'
    'dry-packed': 'ドライタイプ',
    # zh: '油浸'  es: 'en aceite'
    'oil-packed': '油漬け',
    # zh: '酱料调味品'  es: 'Salsas y condimentos'
    'Sauces & condiments': 'ソース・調味料',
    # zh: '蚝油'  es: 'salsa de ostras'
    'oyster sauce': 'オイスターソース',
    # zh: '豆豉蒜蓉酱'  es: 'salsa de frijol negro y ajo'
    'black bean garlic sauce': '豆豉ガーリックソース',
    # zh: '辣椒酱'  es: 'salsa de chile'
    'chili sauce': 'チリソース',
    # zh: '鱼露'  es: 'salsa de pescado'
    'fish sauce': '魚醤',
    # zh: '230克瓶装'  es: 'botella de 230 g'
    '230 g bottle': '230g瓶',
    # zh: '510克瓶装'  es: 'botella de 510 g'
    '510 g bottle': '510g瓶',
    # zh: '2.27公斤桶装'  es: 'garrafa de 2,27 kg'
    '2.27 kg jug': '2.27kg業務用ボトル',
    # zh: '经典'  es: 'clásica'
    'classic': '定番',
    # zh: '低钠'  es: 'baja en sodio'
    'low-sodium': '減塩',
    # zh: '特级'  es: 'premium'
    'premium': 'プレミアム',
    # zh: '腌制蔬菜'  es: 'Verduras en conserva'
    'Preserved vegetables': '漬物',
    # zh: '酸菜'  es: 'mostaza encurtida'
    'pickled mustard greens': '高菜漬け',
    # zh: '菜脯'  es: 'rábano en conserva'
    'preserved radish': '干し大根漬け',
    # zh: '腌姜'  es: 'jengibre encurtido'
    'pickled ginger': '生姜漬け',
    # zh: '200克袋装'  es: 'bolsa de 200 g'
    '200 g pouch': '200gパウチ',
    # zh: '1公斤袋装'  es: 'bolsa de 1 kg'
    '1 kg pouch': '1kgパウチ',
    # zh: '20公斤桶装'  es: 'bidón de 20 kg'
    '20 kg drum': '20kg樽',
    # zh: '甜味'  es: 'dulce'
    'sweet': '甘口',
    # zh: '香辣'  es: 'picante'
    'spicy': 'ピリ辛',
    # zh: '休闲食品'  es: 'Aperitivos'
    'Snacks': 'スナック・おつまみ',
    # zh: '鱿鱼丝'  es: 'tiras de calamar'
    'squid jerky': 'さきいか',
    # zh: '鱼片脆'  es: 'chips de pescado'
    'fish crackers': '魚せんべい',
    # zh: '花生糖'  es: 'crocante de cacahuete'
    'peanut brittle': 'ピーナッツブリトル',
    # zh: '50克袋装'  es: 'bolsa de 50 g'
    '50 g bag': '50g袋',
    # zh: '200克袋装'  es: 'bolsa de 200 g'
    '200 g bag': '200g袋',
    # zh: '原味'  es: 'sabor original'
    'original flavour': 'プレーン味',
    # zh: '烧烤味'  es: 'sabor barbacoa'
    'barbecue flavour': 'バーベキュー味',
    # zh: '纺织服装'  es: 'Textiles y prendas'
    'Textiles & Garments': '繊維・衣料品',
    # zh: '单件胶袋，10件/箱'  es: 'bolsa individual, 10 por caja'
    'single polybag, 10 per carton': '1枚ずつポリ袋入り、1箱10枚',
    # zh: '单件胶袋，50件/箱'  es: 'bolsa individual, 50 por caja'
    'single polybag, 50 per carton': '1枚ずつポリ袋入り、1箱50枚',
    # zh: '工作服'  es: 'Ropa de trabajo'
    'Workwear': '作業服',
    # zh: '厨师服'  es: 'chaqueta de chef'
    'chef jacket': 'コックコート',
    # zh: '工装连体服'  es: 'mono de trabajo'
    'work overalls': 'つなぎ作業服',
    # zh: '反光背心'  es: 'chaleco reflectante'
    'hi-vis vest': '反射安全ベスト',
    # zh: 'XL码'  es: 'talla XL'
    'size XL': 'XLサイズ',
    # zh: '涤棉'  es: 'de poliéster y algodón'
    'polyester-cotton': 'ポリエステル綿混',
    # zh: '纯棉'  es: 'de algodón 100 %'
    '100% cotton': '綿100%',
    # zh: '围裙'  es: 'Delantales'
    'Aprons': 'エプロン',
    # zh: '挂脖围裙'  es: 'delantal con peto'
    'bib apron': '胸当てエプロン',
    # zh: '半身围裙'  es: 'delantal de cintura'
    'waist apron': '腰エプロン',
    # zh: '咖啡师围裙'  es: 'delantal de barista'
    'barista apron': 'カフェエプロン',
    # zh: '无印花'  es: 'sin estampado'
    'plain': '無地',
    # zh: '定制logo印花'  es: 'con logotipo personalizado'
    'custom logo print': 'ロゴ名入れ',
    # zh: '防水PVC'  es: 'de PVC impermeable'
    'waterproof PVC': '防水PVC',
    # zh: '帆布'  es: 'de lona'
    'canvas': '帆布',
    # zh: '牛仔布'  es: 'vaquero'
    'denim': 'デニム',
    # zh: 'T恤与POLO衫'  es: 'Camisetas y polos'
    'T-shirts & polo shirts': 'Tシャツ・ポロシャツ',
    # zh: '圆领T恤'  es: 'camiseta de cuello redondo'
    'crew-neck T-shirt': 'クルーネックTシャツ',
    # zh: 'POLO衫'  es: 'polo'
    'polo shirt': 'ポロシャツ',
    # zh: '丝网印花'  es: 'con serigrafía'
    'screen-printed': 'シルクスクリーンプリント',
    # zh: '180克纯棉'  es: 'de algodón de 180 g/m²'
    '180 gsm cotton': '180g/m²綿',
    # zh: '速干涤纶'  es: 'de poliéster de secado rápido'
    'quick-dry polyester': '速乾ポリエステル',
    # zh: '220克精梳棉'  es: 'de algodón peinado de 220 g/m²'
    '220 gsm combed cotton': '220g/m²コーマ綿',
    # zh: '家纺'  es: 'Textiles para el hogar'
    'Home textiles': 'ホームテキスタイル',
    # zh: '厨房毛巾'  es: 'paño de cocina'
    'kitchen towel': 'キッチンクロス',
    # zh: '浴巾'  es: 'toalla de baño'
    'bath towel': 'バスタオル',
    # zh: '桌布'  es: 'mantel'
    'tablecloth': 'テーブルクロス',
    # zh: '40×60厘米'  es: 'de 40 × 60 cm'
    '40 × 60 cm': '40×60cm',
    # zh: '70×140厘米'  es: 'de 70 × 140 cm'
    '70 × 140 cm': '70×140cm',
    # zh: '140×180厘米'  es: 'de 140 × 180 cm'
    '140 × 180 cm': '140×180cm',
    # zh: '超细纤维'  es: 'de microfibra'
    'microfibre': 'マイクロファイバー',
    # zh: '纯棉'  es: 'de algodón'
    'cotton': 'コットン',
    # zh: '棉麻'  es: 'de mezcla de lino'
    'linen-blend': '麻混',
    # zh: '<p>{title}。型号{model}，生产商：{maker}（广东阳江）。</p><p>包装：{pack}。起订量：{minimum}；交货期{lead}天。{oem}报关、商检及出口单证由平台一站式办理。</p>'  es: '<p>{title}. Modelo {model}, fabricado en Yangjiang (Guangdong) por {maker}</p><p>Embalaje: {pack}. Pedido mínimo: {minimum}; plazo de entrega: {lead} días. {oem}La plataforma gestiona la aduana, la inspección y los documentos de exportación.</p>'
    '<p>{title}. Model {model}, made in Yangjiang, Guangdong, by {maker}</p><p>Packing: {pack}. Minimum order: {minimum}; lead time {lead} days. {oem}Customs, inspection and export documents are handled by the platform.</p>': '<p>{title}。型番：{model}。製造元：{maker}（広東省陽江市）。</p><p>梱包：{pack}。最小発注数量：{minimum}。納期：{lead}日。{oem}通関・検査・輸出書類の手続きはプラットフォームが代行します。</p>',
    # zh: '支持OEM与贴牌。'  es: 'Se aceptan OEM y marca blanca. '
    'OEM and private label welcome. ': 'OEM・プライベートブランドのご相談も承ります。',
    # zh: '{moq}{unit}'  es: '{moq} {unit}'
    '{moq} {unit}': '{moq}{unit}',
    # zh: '无，单件起售'  es: 'ninguno, se venden unidades sueltas'
    'none, single units welcome': 'なし（1点から購入可能）',
    # zh: '4件散装出口纸箱'  es: 'caja de exportación a granel de 4 unidades'
    'bulk export carton of 4': '業務用4個入り輸出用段ボール',
    # zh: '单件散装'  es: 'unidad a granel individual'
    'single bulk unit': '業務用単品',
}

HOME = {'title': '陽江のメーカーから直接仕入れ',
 'intro': '広東省陽江市の産業集積地から、刃物・ハサミ、キッチン用品、水産物、加工食品、繊維製品を直接お届けします。通関、検査、輸出還付、外貨決済までワンストップで対応します。',
 'body': [('heading', 'ご購入の流れ'),
          ('paragraph',
           '<p>メーカーに見積もりを依頼し、お客様の通貨で価格と取引条件を合意したら、プラットフォームを通じてお支払いください。検査の手配と輸出申告は当社が行い、船積書類をお送りします。</p>'),
          ('call_to_action', {'text': 'カタログを見る', 'url': '/{lang}/catalogue/'}),
          ('call_to_action', {'text': 'プラットフォームについて', 'url': '/{lang}/about/'})]}

ABOUT = {'title': 'プラットフォームについて',
 'intro': '陽江の工場からお客様の倉庫まで、必要な手続きをひとつの窓口で。',
 'body': [('heading', 'ワンストップ通関'),
          ('paragraph',
           '<p>ご注文は越境B2B輸出（直接輸出は監管方式9710、海外倉庫向け輸出は9810）として中国税関に申告されるため、メーカーは自ら通関業者を手配することなく出荷できます。</p>'),
          ('heading', '検査'),
          ('paragraph', '<p>水産物や加工食品など検査・検疫が必要な貨物は、積込み前に検査を手配し、各種証明書は船積書類とともにお届けします。</p>'),
          ('heading', '輸出税還付'),
          ('paragraph', '<p>輸出申告書と対応する請求書をまとめて保管するため、メーカーは本来受けられる輸出増値税の還付を申請できます。</p>'),
          ('heading', '外貨決済'),
          ('paragraph',
           '<p>バイヤーは自国通貨で価格を確認し、そのまま支払えます。メーカーへはその日のレートで人民元建てで精算され、適用レートは注文ごとに記録されます。</p>'),
          ('call_to_action', {'text': 'カタログを見る', 'url': '/{lang}/catalogue/'})]}
