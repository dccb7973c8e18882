"""French translations of the demo texts (see locales/__init__.py)."""

# ruff: noqa: E501  (one translation per line, keyed by its English text)

# fmt: off
TEXTS = {
    # zh: '刀剪'  es: 'Cuchillos y tijeras'
    'Knives & Scissors': 'Couteaux et ciseaux',
    # zh: '件'  es: 'piezas'
    'pieces': 'pièces',
    # zh: '单只彩盒装'  es: 'caja de regalo individual'
    'individual gift box': 'coffret cadeau individuel',
    # zh: '吸塑挂卡'  es: 'blíster'
    'blister card': 'blister sur carte',
    # zh: '散装出口纸箱'  es: 'caja de exportación a granel'
    'bulk export carton': "carton d'export en vrac",
    # zh: '厨房刀'  es: 'Cuchillos de cocina'
    'Kitchen knives': 'Couteaux de cuisine',
    # zh: '{size}{variant}{item}'  es: '{item} {size} {variant}'
    '{size} {variant} {item}': '{item} {variant}, {size}',
    # zh: '厨师刀'  es: 'cuchillo de chef'
    'chef knife': 'couteau de chef',
    # zh: '三德刀'  es: 'cuchillo santoku'
    'santoku knife': 'couteau santoku',
    # zh: '中式菜刀'  es: 'cuchillo chino'
    'Chinese cleaver': 'couperet chinois',
    # zh: '多用刀'  es: 'cuchillo multiusos'
    'utility knife': 'couteau universel',
    # zh: '面包刀'  es: 'cuchillo para pan'
    'bread knife': 'couteau à pain',
    # zh: '6英寸'  es: 'de 6 pulgadas'
    '6-inch': '6 pouces',
    # zh: '7英寸'  es: 'de 7 pulgadas'
    '7-inch': '7 pouces',
    # zh: '8英寸'  es: 'de 8 pulgadas'
    '8-inch': '8 pouces',
    # zh: '3Cr13'  es: '3Cr13'
    '3Cr13': 'en acier 3Cr13',
    # zh: '5Cr15MoV'  es: '5Cr15MoV'
    '5Cr15MoV': 'en acier 5Cr15MoV',
    # zh: '德国1.4116钢'  es: 'de acero alemán 1.4116'
    'German 1.4116 steel': 'en acier allemand 1.4116',
    # zh: 'VG10大马士革钢'  es: 'de damasco VG10'
    'VG10 Damascus': 'en acier damassé VG10',
    # zh: '剪刀'  es: 'Tijeras'
    'Scissors': 'Ciseaux',
    # zh: '家用剪刀'  es: 'tijeras domésticas'
    'household scissors': 'ciseaux multi-usages',
    # zh: '裁缝剪'  es: 'tijeras de sastre'
    "tailor's shears": 'ciseaux de tailleur',
    # zh: '厨房剪'  es: 'tijeras de cocina'
    'kitchen shears': 'ciseaux de cuisine',
    # zh: '美发剪'  es: 'tijeras de peluquería'
    'hairdressing scissors': 'ciseaux de coiffure',
    # zh: '10英寸'  es: 'de 10 pulgadas'
    '10-inch': '10 pouces',
    # zh: '2Cr13不锈钢'  es: 'de acero inoxidable 2Cr13'
    '2Cr13 stainless steel': 'en acier inoxydable 2Cr13',
    # zh: '锻打碳钢'  es: 'de acero al carbono forjado'
    'forged carbon steel': 'en acier au carbone forgé',
    # zh: '440C不锈钢'  es: 'de acero inoxidable 440C'
    '440C stainless steel': 'en acier inoxydable 440C',
    # zh: '刀具套装'  es: 'Juegos de cuchillos'
    'Chef knife sets': 'Sets de couteaux',
    # zh: '木座刀具套装'  es: 'juego de cuchillos con taco de madera'
    'knife set with wooden block': 'bloc à couteaux garni',
    # zh: '磁吸刀架套装'  es: 'juego de cuchillos con soporte magnético'
    'knife set with magnetic stand': 'set de couteaux sur support magnétique',
    # zh: '厨师刀包套装'  es: 'juego de cuchillos con estuche enrollable'
    "chef's knife roll set": 'trousse à couteaux de chef garnie',
    # zh: '5件套'  es: 'de 5 piezas'
    '5-piece': '5 pièces',
    # zh: '7件套'  es: 'de 7 piezas'
    '7-piece': '7 pièces',
    # zh: '15件套'  es: 'de 15 piezas'
    '15-piece': '15 pièces',
    # zh: '折叠刀与户外刀'  es: 'Navajas y cuchillos de exterior'
    'Folding & outdoor knives': "Couteaux pliants et d'extérieur",
    # zh: '{variant}{item}（{size}）'  es: '{item} {variant} {size}'
    '{variant} {item}, {size}': '{item} {variant}, {size}',
    # zh: '折叠刀'  es: 'navaja plegable'
    'folding knife': 'couteau pliant',
    # zh: '猎刀'  es: 'cuchillo de caza'
    'hunting knife': 'couteau de chasse',
    # zh: '多功能工具钳'  es: 'herramienta multiusos'
    'multi-tool': 'pince multifonction',
    # zh: '3英寸刃'  es: 'con hoja de 3 pulgadas'
    '3-inch blade': 'lame de 3 pouces',
    # zh: '4英寸刃'  es: 'con hoja de 4 pulgadas'
    '4-inch blade': 'lame de 4 pouces',
    # zh: '8Cr13MoV'  es: '8Cr13MoV'
    '8Cr13MoV': 'en acier 8Cr13MoV',
    # zh: 'D2工具钢'  es: 'de acero para herramientas D2'
    'D2 tool steel': 'en acier à outils D2',
    # zh: '指甲钳与修容工具'  es: 'Cortaúñas y cuidado personal'
    'Nail clippers & grooming': 'Coupe-ongles et soins personnels',
    # zh: '指甲钳'  es: 'cortaúñas'
    'nail clipper': 'coupe-ongles',
    # zh: '美甲套装'  es: 'set de manicura'
    'manicure set': 'set de manucure',
    # zh: '眉剪'  es: 'tijeras para cejas'
    'eyebrow scissors': 'ciseaux à sourcils',
    # zh: '便携款'  es: 'tamaño de viaje'
    'travel size': 'format voyage',
    # zh: '标准款'  es: 'tamaño estándar'
    'standard size': 'format standard',
    # zh: '碳钢'  es: 'de acero al carbono'
    'carbon steel': 'en acier au carbone',
    # zh: '不锈钢'  es: 'de acero inoxidable'
    'stainless steel': 'en acier inoxydable',
    # zh: '餐厨用具'  es: 'Menaje de cocina'
    'Kitchenware': 'Articles de cuisine',
    # zh: '彩盒'  es: 'caja de color'
    'colour box': 'boîte couleur',
    # zh: '牛皮纸盒'  es: 'caja de cartón kraft'
    'kraft box': 'boîte kraft',
    # zh: '出口纸箱'  es: 'caja de exportación'
    'export carton': "carton d'export",
    # zh: '锅具'  es: 'Ollas y sartenes'
    'Pots & pans': 'Casseroles et poêles',
    # zh: '煎锅'  es: 'sartén'
    'frying pan': 'poêle',
    # zh: '炒锅'  es: 'wok'
    'wok': 'poêle wok',
    # zh: '汤锅'  es: 'olla'
    'stockpot': 'marmite',
    # zh: '24厘米'  es: 'de 24 cm'
    '24 cm': '24 cm',
    # zh: '28厘米'  es: 'de 28 cm'
    '28 cm': '28 cm',
    # zh: '32厘米'  es: 'de 32 cm'
    '32 cm': '32 cm',
    # zh: '不粘涂层铝'  es: 'de aluminio antiadherente'
    'non-stick aluminium': 'en aluminium antiadhésif',
    # zh: '铸铁'  es: 'de hierro fundido'
    'cast iron': 'en fonte',
    # zh: '三层复合不锈钢'  es: 'de acero inoxidable tricapa'
    'tri-ply stainless steel': 'en acier inoxydable 3 couches',
    # zh: '厨房小工具'  es: 'Utensilios de cocina'
    'Kitchen utensils': 'Ustensiles de cuisine',
    # zh: '锅铲'  es: 'espátula'
    'spatula': 'spatule',
    # zh: '汤勺'  es: 'cucharón'
    'ladle': 'louche',
    # zh: '削皮器'  es: 'pelador de verduras'
    'vegetable peeler': 'éplucheur à légumes',
    # zh: '食品夹'  es: 'pinzas de cocina'
    'kitchen tongs': 'pince de cuisine',
    # zh: '25厘米'  es: 'de 25 cm'
    '25 cm': '25 cm',
    # zh: '30厘米'  es: 'de 30 cm'
    '30 cm': '30 cm',
    # zh: '尼龙'  es: 'de nailon'
    'nylon': 'en nylon',
    # zh: '硅胶'  es: 'de silicona'
    'silicone': 'en silicone',
    # zh: '餐具'  es: 'Vajilla y cubertería'
    'Tableware & cutlery': 'Vaisselle et couverts',
    # zh: '西餐刀叉套装'  es: 'juego de cubiertos'
    'cutlery set': 'set de couverts',
    # zh: '牛排刀套装'  es: 'juego de cuchillos para carne'
    'steak knife set': 'set de couteaux à steak',
    # zh: '筷子套装'  es: 'juego de palillos'
    'chopstick set': 'set de baguettes',
    # zh: '4件套'  es: 'de 4 piezas'
    '4-piece': '4 pièces',
    # zh: '16件套'  es: 'de 16 piezas'
    '16-piece': '16 pièces',
    # zh: '24件套'  es: 'de 24 piezas'
    '24-piece': '24 pièces',
    # zh: '18/0不锈钢'  es: 'de acero inoxidable 18/0'
    '18/0 stainless steel': 'en acier inoxydable 18/0',
    # zh: '18/10不锈钢'  es: 'de acero inoxidable 18/10'
    '18/10 stainless steel': 'en acier inoxydable 18/10',
    # zh: '镀金不锈钢'  es: 'de acero inoxidable dorado'
    'gold-plated stainless steel': 'en acier inoxydable doré',
    # zh: '酒店餐饮用品'  es: 'Suministros de hostelería'
    'Hotel & catering supplies': "Équipement pour l'hôtellerie et la restauration",
    # zh: '自助餐炉'  es: 'calientaplatos de bufé'
    'chafing dish': 'chauffe-plat de buffet',
    # zh: '份数盆'  es: 'cubeta gastronorm'
    'gastronorm pan': 'bac gastronorme',
    # zh: '冰桶'  es: 'cubitera'
    'ice bucket': 'seau à glace',
    # zh: '4升'  es: 'de 4 l'
    '4 L': '4 L',
    # zh: '9升'  es: 'de 9 l'
    '9 L': '9 L',
    # zh: '镜面不锈钢'  es: 'de acero inoxidable pulido espejo'
    'mirror-polished stainless steel': 'en acier inoxydable poli miroir',
    # zh: '水海产品'  es: 'Mariscos y productos acuáticos'
    'Seafood & Aquatic Products': "Produits de la mer et de l'aquaculture",
    # zh: '公斤'  es: 'kg'
    'kg': 'kg',
    # zh: '1公斤真空袋，10袋/箱'  es: 'bolsa al vacío de 1 kg, 10 por caja master'
    '1 kg vacuum bag, 10 per master carton': 'sachet sous vide de 1 kg, 10 par carton master',
    # zh: '10公斤外箱'  es: 'caja master de 10 kg'
    '10 kg master carton': 'carton master de 10 kg',
    # zh: '冷冻虾'  es: 'Camarones congelados'
    'Frozen shrimp': 'Crevettes congelées',
    # zh: '冷冻{item}（{size}，{variant}）'  es: '{item} congelado, {size}, {variant}'
    'Frozen {item}, {size}, {variant}': '{item} congelées, {size}, {variant}',
    # zh: '整只南美白对虾'  es: 'camarón vannamei entero'
    'whole vannamei shrimp': 'crevettes vannamei entières',
    # zh: '去头带壳虾'  es: 'camarón sin cabeza con cáscara'
    'headless shell-on shrimp': 'crevettes étêtées non décortiquées',
    # zh: '去壳去肠虾仁'  es: 'camarón pelado y desvenado'
    'peeled and deveined shrimp': 'crevettes décortiquées et déveinées',
    # zh: '41/50规格'  es: 'calibre 41/50'
    '41/50 count': 'calibre 41/50',
    # zh: '31/40规格'  es: 'calibre 31/40'
    '31/40 count': 'calibre 31/40',
    # zh: '21/25规格'  es: 'calibre 21/25'
    '21/25 count': 'calibre 21/25',
    # zh: '16/20规格'  es: 'calibre 16/20'
    '16/20 count': 'calibre 16/20',
    # zh: '块冻'  es: 'en bloque'
    'block frozen': 'en bloc',
    # zh: '单冻'  es: 'IQF'
    'IQF': 'IQF',
    # zh: '鱼干'  es: 'Pescado seco'
    'Dried fish': 'Poisson séché',
    # zh: '鳀鱼'  es: 'anchoa'
    'anchovy': 'anchois séché',
    # zh: '带鱼'  es: 'pez sable'
    'ribbonfish': 'poisson-sabre séché',
    # zh: '鱿鱼'  es: 'calamar'
    'squid': 'calmar séché',
    # zh: '黄花鱼'  es: 'corvina amarilla'
    'yellow croaker': 'courbine jaune séchée',
    # zh: '二级'  es: 'calidad B'
    'grade B': 'qualité B',
    # zh: '一级'  es: 'calidad A'
    'grade A': 'qualité A',
    # zh: '特级'  es: 'calidad extra'
    'premium grade': 'qualité supérieure',
    # zh: '风干'  es: 'de secado al aire'
    'air-dried': "à l'air",
    # zh: '日晒'  es: 'de secado al sol'
    'sun-dried': 'au soleil',
    # zh: '生蚝与贝类'  es: 'Ostras y mariscos de concha'
    'Oysters & shellfish': 'Huîtres et coquillages',
    # zh: '花甲肉'  es: 'carne de almeja'
    'clam meat': 'chair de palourde',
    # zh: '生蚝肉'  es: 'carne de ostra'
    'oyster meat': "chair d'huître",
    # zh: '半壳生蚝'  es: 'ostra en media concha'
    'half-shell oyster': 'huître en demi-coquille',
    # zh: '半壳扇贝'  es: 'vieira en media concha'
    'half-shell scallop': 'Saint-Jacques en demi-coquille',
    # zh: '中号'  es: 'talla M'
    'size M': 'taille M',
    # zh: '大号'  es: 'talla L'
    'size L': 'taille L',
    # zh: '镀冰衣冷冻'  es: 'congelada glaseada'
    'glazed frozen': 'congelée avec glaçage',
    # zh: '单冻'  es: 'congelada IQF'
    'IQF frozen': 'congelée IQF',
    # zh: '鱼片'  es: 'Filetes de pescado'
    'Fish fillets': 'Filets de poisson',
    # zh: '罗非鱼片'  es: 'filete de tilapia'
    'tilapia fillet': 'filet de tilapia',
    # zh: '金鲳鱼片'  es: 'filete de pámpano dorado'
    'golden pompano fillet': 'filet de pompaneau doré',
    # zh: '石斑鱼片'  es: 'filete de mero'
    'grouper fillet': 'filet de mérou',
    # zh: '3-5盎司'  es: '3-5 oz'
    '3-5 oz': '3-5 oz',
    # zh: '5-7盎司'  es: '5-7 oz'
    '5-7 oz': '5-7 oz',
    # zh: '7-9盎司'  es: '7-9 oz'
    '7-9 oz': '7-9 oz',
    # zh: '带皮'  es: 'con piel'
    'skin-on': 'avec peau',
    # zh: '去皮'  es: 'sin piel'
    'skinless': 'sans peau',
    # zh: '食品加工'  es: 'Alimentos procesados'
    'Processed Food': 'Produits alimentaires transformés',
    # zh: '箱'  es: 'cajas'
    'cartons': 'caisses',
    # zh: '24件出口纸箱'  es: 'caja de exportación de 24 unidades'
    'export carton of 24': "carton d'export de 24 unités",
    # zh: '48件出口纸箱'  es: 'caja de exportación de 48 unidades'
    'export carton of 48': "carton d'export de 48 unités",
    # zh: '豆豉'  es: 'Frijoles negros fermentados'
    'Fermented black beans': 'Haricots noirs fermentés',
    # zh: '阳江豆豉'  es: 'douchi de Yangjiang'
    'Yangjiang douchi': 'haricots noirs fermentés de Yangjiang',
    # zh: '姜豉'  es: 'douchi con jengibre'
    'douchi with ginger': 'haricots noirs fermentés au gingembre',
    # zh: '香辣豆豉'  es: 'douchi picante'
    'chili douchi': 'haricots noirs fermentés pimentés',
    # zh: '250克瓶装'  es: 'tarro de 250 g'
    '250 g jar': 'pot de 250 g',
    # zh: '500克袋装'  es: 'bolsa de 500 g'
    '500 g bag': 'sachet de 500 g',
    # zh: '5公斤散装'  es: 'saco a granel de 5 kg'
    '5 kg bulk bag': 'sac vrac de 5 kg',
    # zh: '干制'  es: 'seco'
    'dry-packed': 'sans huile',
    # zh: '油浸'  es: 'en aceite'
    'oil-packed': "à l'huile",
    # zh: '酱料调味品'  es: 'Salsas y condimentos'
    'Sauces & condiments': 'Sauces et condiments',
    # zh: '蚝油'  es: 'salsa de ostras'
    'oyster sauce': "sauce d'huître",
    # zh: '豆豉蒜蓉酱'  es: 'salsa de frijol negro y ajo'
    'black bean garlic sauce': "sauce aux haricots noirs et à l'ail",
    # zh: '辣椒酱'  es: 'salsa de chile'
    'chili sauce': 'sauce pimentée',
    # zh: '鱼露'  es: 'salsa de pescado'
    'fish sauce': 'sauce de poisson',
    # zh: '230克瓶装'  es: 'botella de 230 g'
    '230 g bottle': 'bouteille de 230 g',
    # zh: '510克瓶装'  es: 'botella de 510 g'
    '510 g bottle': 'bouteille de 510 g',
    # zh: '2.27公斤桶装'  es: 'garrafa de 2,27 kg'
    '2.27 kg jug': 'bidon de 2,27 kg',
    # zh: '经典'  es: 'clásica'
    'classic': 'classique',
    # zh: '低钠'  es: 'baja en sodio'
    'low-sodium': 'à teneur réduite en sodium',
    # zh: '特级'  es: 'premium'
    'premium': 'haut de gamme',
    # zh: '腌制蔬菜'  es: 'Verduras en conserva'
    'Preserved vegetables': 'Légumes marinés et saumurés',
    # zh: '酸菜'  es: 'mostaza encurtida'
    'pickled mustard greens': 'feuilles de moutarde marinées',
    # zh: '菜脯'  es: 'rábano en conserva'
    'preserved radish': 'radis blanc saumuré',
    # zh: '腌姜'  es: 'jengibre encurtido'
    'pickled ginger': 'gingembre mariné',
    # zh: '200克袋装'  es: 'bolsa de 200 g'
    '200 g pouch': 'sachet de 200 g',
    # zh: '1公斤袋装'  es: 'bolsa de 1 kg'
    '1 kg pouch': 'sachet de 1 kg',
    # zh: '20公斤桶装'  es: 'bidón de 20 kg'
    '20 kg drum': 'fût de 20 kg',
    # zh: '甜味'  es: 'dulce'
    'sweet': 'saveur sucrée',
    # zh: '香辣'  es: 'picante'
    'spicy': 'saveur piquante',
    # zh: '休闲食品'  es: 'Aperitivos'
    'Snacks': 'Snacks et amuse-bouches',
    # zh: '鱿鱼丝'  es: 'tiras de calamar'
    'squid jerky': 'lanières de calmar séché',
    # zh: '鱼片脆'  es: 'chips de pescado'
    'fish crackers': 'chips de poisson',
    # zh: '花生糖'  es: 'crocante de cacahuete'
    'peanut brittle': 'nougatine aux cacahuètes',
    # zh: '50克袋装'  es: 'bolsa de 50 g'
    '50 g bag': 'sachet de 50 g',
    # zh: '200克袋装'  es: 'bolsa de 200 g'
    '200 g bag': 'sachet de 200 g',
    # zh: '原味'  es: 'sabor original'
    'original flavour': 'saveur nature',
    # zh: '烧烤味'  es: 'sabor barbacoa'
    'barbecue flavour': 'saveur barbecue',
    # zh: '纺织服装'  es: 'Textiles y prendas'
    'Textiles & Garments': 'Textiles et vêtements',
    # zh: '单件胶袋，10件/箱'  es: 'bolsa individual, 10 por caja'
    'single polybag, 10 per carton': 'sachet individuel, 10 par carton',
    # zh: '单件胶袋，50件/箱'  es: 'bolsa individual, 50 por caja'
    'single polybag, 50 per carton': 'sachet individuel, 50 par carton',
    # zh: '工作服'  es: 'Ropa de trabajo'
    'Workwear': 'Vêtements de travail',
    # zh: '厨师服'  es: 'chaqueta de chef'
    'chef jacket': 'veste de cuisinier',
    # zh: '工装连体服'  es: 'mono de trabajo'
    'work overalls': 'combinaison de travail',
    # zh: '反光背心'  es: 'chaleco reflectante'
    'hi-vis vest': 'gilet haute visibilité',
    # zh: 'XL码'  es: 'talla XL'
    'size XL': 'taille XL',
    # zh: '涤棉'  es: 'de poliéster y algodón'
    'polyester-cotton': 'en polyester-coton',
    # zh: '纯棉'  es: 'de algodón 100 %'
    '100% cotton': '100\xa0% coton',
    # zh: '围裙'  es: 'Delantales'
    'Aprons': 'Tabliers',
    # zh: '挂脖围裙'  es: 'delantal con peto'
    'bib apron': 'tablier à bavette',
    # zh: '半身围裙'  es: 'delantal de cintura'
    'waist apron': 'demi-tablier',
    # zh: '咖啡师围裙'  es: 'delantal de barista'
    'barista apron': 'tablier de barista',
    # zh: '无印花'  es: 'sin estampado'
    'plain': 'sans impression',
    # zh: '定制logo印花'  es: 'con logotipo personalizado'
    'custom logo print': 'avec logo personnalisé',
    # zh: '防水PVC'  es: 'de PVC impermeable'
    'waterproof PVC': 'en PVC imperméable',
    # zh: '帆布'  es: 'de lona'
    'canvas': 'en toile',
    # zh: '牛仔布'  es: 'vaquero'
    'denim': 'en denim',
    # zh: 'T恤与POLO衫'  es: 'Camisetas y polos'
    'T-shirts & polo shirts': 'T-shirts et polos',
    # zh: '圆领T恤'  es: 'camiseta de cuello redondo'
    'crew-neck T-shirt': 'T-shirt col rond',
    # zh: 'POLO衫'  es: 'polo'
    'polo shirt': 'polo',
    # zh: '丝网印花'  es: 'con serigrafía'
    'screen-printed': 'sérigraphié',
    # zh: '180克纯棉'  es: 'de algodón de 180 g/m²'
    '180 gsm cotton': 'en coton 180 g/m²',
    # zh: '速干涤纶'  es: 'de poliéster de secado rápido'
    'quick-dry polyester': 'en polyester à séchage rapide',
    # zh: '220克精梳棉'  es: 'de algodón peinado de 220 g/m²'
    '220 gsm combed cotton': 'en coton peigné 220 g/m²',
    # zh: '家纺'  es: 'Textiles para el hogar'
    'Home textiles': 'Linge de maison',
    # zh: '厨房毛巾'  es: 'paño de cocina'
    'kitchen towel': 'torchon',
    # zh: '浴巾'  es: 'toalla de baño'
    'bath towel': 'serviette de bain',
    # zh: '桌布'  es: 'mantel'
    'tablecloth': 'nappe',
    # zh: '40×60厘米'  es: 'de 40 × 60 cm'
    '40 × 60 cm': '40 × 60 cm',
    # zh: '70×140厘米'  es: 'de 70 × 140 cm'
    '70 × 140 cm': '70 × 140 cm',
    # zh: '140×180厘米'  es: 'de 140 × 180 cm'
    '140 × 180 cm': '140 × 180 cm',
    # zh: '超细纤维'  es: 'de microfibra'
    'microfibre': 'en microfibre',
    # zh: '纯棉'  es: 'de algodón'
    'cotton': 'en coton',
    # zh: '棉麻'  es: 'de mezcla de lino'
    'linen-blend': 'en lin mélangé',
    # zh: '<p>{title}。型号{model}，生产商：{maker}（广东阳江）。</p><p>包装：{pack}。起订量：{minimum}；交货期{lead}天。{oem}报关、商检及出口单证由平台一站式办理。</p>'  es: '<p>{title}. Modelo {model}, fabricado en Yangjiang (Guangdong) por {maker}</p><p>Embalaje: {pack}. Pedido mínimo: {minimum}; plazo de entrega: {lead} días. {oem}La plataforma gestiona la aduana, la inspección y los documentos de exportación.</p>'
    '<p>{title}. Model {model}, made in Yangjiang, Guangdong, by {maker}</p><p>Packing: {pack}. Minimum order: {minimum}; lead time {lead} days. {oem}Customs, inspection and export documents are handled by the platform.</p>': "<p>{title}. Modèle {model}, fabriqué à Yangjiang (Guangdong) par {maker}</p><p>Conditionnement\xa0: {pack}. Commande minimum\xa0: {minimum}\xa0; délai de livraison\xa0: {lead} jours. {oem}La plateforme se charge du dédouanement, de l'inspection et des documents d'export.</p>",
    # zh: '支持OEM与贴牌。'  es: 'Se aceptan OEM y marca blanca. '
    'OEM and private label welcome. ': 'OEM et marque de distributeur acceptés. ',
    # zh: '{moq}{unit}'  es: '{moq} {unit}'
    '{moq} {unit}': '{moq}\xa0{unit}',
    # zh: '无，单件起售'  es: 'ninguno, se venden unidades sueltas'
    'none, single units welcome': "aucune, vente à l'unité possible",
    # zh: '4件散装出口纸箱'  es: 'caja de exportación a granel de 4 unidades'
    'bulk export carton of 4': "carton d'export vrac de 4 unités",
    # zh: '单件散装'  es: 'unidad a granel individual'
    'single bulk unit': 'unité vrac individuelle',
}

HOME = {'title': 'Achetez en direct auprès des fabricants de Yangjiang',
 'intro': 'Couteaux et ciseaux, articles de cuisine, produits de la mer, produits alimentaires '
          'transformés et textiles des pôles industriels de Yangjiang (Guangdong), avec '
          "douane, inspection, remboursement de TVA à l'export et change gérés en un seul endroit.",
 'body': [('heading', "Comment se passe l'achat"),
          ('paragraph',
           '<p>Demandez un devis à un fabricant, convenez du prix et des conditions dans votre '
           "devise, puis payez via la plateforme. Nous réservons l'inspection, déposons la "
           "déclaration d'exportation et vous envoyons les documents d'expédition.</p>"),
          ('call_to_action', {'text': 'Parcourir le catalogue', 'url': '/{lang}/catalogue/'}),
          ('call_to_action', {'text': 'À propos de la plateforme', 'url': '/{lang}/about/'})]}

ABOUT = {'title': 'À propos de la plateforme',
 'intro': "Un seul interlocuteur pour tout ce qui se passe entre une usine de Yangjiang et votre entrepôt.",
 'body': [('heading', 'Dédouanement à guichet unique'),
          ('paragraph',
           '<p>Les commandes sont déclarées aux douanes chinoises comme exportations B2B '
           "transfrontalières (régimes 9710 pour l'export direct et 9810 pour les entrepôts à "
           "l'étranger) : les fabricants expédient sans avoir à mandater leur propre "
           'commissionnaire en douane.</p>'),
          ('heading', 'Inspection et quarantaine'),
          ('paragraph',
           "<p>Les marchandises soumises à l'inspection et à la quarantaine, comme les produits "
           "de la mer et les aliments transformés, sont inspectées avant chargement, et les "
           "certificats accompagnent les documents d'expédition.</p>"),
          ('heading', "Remboursement de la TVA à l'export"),
          ('paragraph',
           "<p>La déclaration d'exportation et les factures correspondantes sont conservées "
           'ensemble, pour que les fabricants puissent demander le remboursement de TVA à '
           "l'export auquel ils ont droit.</p>"),
          ('heading', 'Devises et change'),
          ('paragraph',
           '<p>Les acheteurs voient les prix et paient dans leur propre devise ; les fabricants '
           'sont réglés en yuans au cours du jour, enregistré avec chaque commande.</p>'),
          ('call_to_action', {'text': 'Parcourir le catalogue', 'url': '/{lang}/catalogue/'})]}
