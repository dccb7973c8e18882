"""Portuguese (Brazil) translations of the demo texts (see locales/__init__.py)."""

# ruff: noqa: E501  (one translation per line, keyed by its English text)

# fmt: off
TEXTS = {
    # zh: '刀剪'  es: 'Cuchillos y tijeras'
    'Knives & Scissors': 'Facas e tesouras',
    # zh: '件'  es: 'piezas'
    'pieces': 'peças',
    # zh: '单只彩盒装'  es: 'caja de regalo individual'
    'individual gift box': 'caixa de presente individual',
    # zh: '吸塑挂卡'  es: 'blíster'
    'blister card': 'cartela blister',
    # zh: '散装出口纸箱'  es: 'caja de exportación a granel'
    'bulk export carton': 'caixa de exportação a granel',
    # zh: '厨房刀'  es: 'Cuchillos de cocina'
    'Kitchen knives': 'Facas de cozinha',
    # zh: '{size}{variant}{item}'  es: '{item} {size} {variant}'
    '{size} {variant} {item}': '{item} {variant}, {size}',
    # zh: '厨师刀'  es: 'cuchillo de chef'
    'chef knife': 'faca do chef',
    # zh: '三德刀'  es: 'cuchillo santoku'
    'santoku knife': 'faca santoku',
    # zh: '中式菜刀'  es: 'cuchillo chino'
    'Chinese cleaver': 'cutelo chinês',
    # zh: '多用刀'  es: 'cuchillo multiusos'
    'utility knife': 'faca utilitária',
    # zh: '面包刀'  es: 'cuchillo para pan'
    'bread knife': 'faca para pão',
    # zh: '6英寸'  es: 'de 6 pulgadas'
    '6-inch': '6 polegadas',
    # zh: '7英寸'  es: 'de 7 pulgadas'
    '7-inch': '7 polegadas',
    # zh: '8英寸'  es: 'de 8 pulgadas'
    '8-inch': '8 polegadas',
    # zh: '3Cr13'  es: '3Cr13'
    '3Cr13': 'em aço 3Cr13',
    # zh: '5Cr15MoV'  es: '5Cr15MoV'
    '5Cr15MoV': 'em aço 5Cr15MoV',
    # zh: '德国1.4116钢'  es: 'de acero alemán 1.4116'
    'German 1.4116 steel': 'em aço alemão 1.4116',
    # zh: 'VG10大马士革钢'  es: 'de damasco VG10'
    'VG10 Damascus': 'em aço damasco VG10',
    # zh: '剪刀'  es: 'Tijeras'
    'Scissors': 'Tesouras',
    # zh: '家用剪刀'  es: 'tijeras domésticas'
    'household scissors': 'tesoura multiuso',
    # zh: '裁缝剪'  es: 'tijeras de sastre'
    "tailor's shears": 'tesoura de alfaiate',
    # zh: '厨房剪'  es: 'tijeras de cocina'
    'kitchen shears': 'tesoura de cozinha',
    # zh: '美发剪'  es: 'tijeras de peluquería'
    'hairdressing scissors': 'tesoura de cabeleireiro',
    # zh: '10英寸'  es: 'de 10 pulgadas'
    '10-inch': '10 polegadas',
    # zh: '2Cr13不锈钢'  es: 'de acero inoxidable 2Cr13'
    '2Cr13 stainless steel': 'em aço inox 2Cr13',
    # zh: '锻打碳钢'  es: 'de acero al carbono forjado'
    'forged carbon steel': 'em aço carbono forjado',
    # zh: '440C不锈钢'  es: 'de acero inoxidable 440C'
    '440C stainless steel': 'em aço inox 440C',
    # zh: '刀具套装'  es: 'Juegos de cuchillos'
    'Chef knife sets': 'Jogos de facas',
    # zh: '木座刀具套装'  es: 'juego de cuchillos con taco de madera'
    'knife set with wooden block': 'jogo de facas com cepo',
    # zh: '磁吸刀架套装'  es: 'juego de cuchillos con soporte magnético'
    'knife set with magnetic stand': 'jogo de facas com suporte magnético',
    # zh: '厨师刀包套装'  es: 'juego de cuchillos con estuche enrollable'
    "chef's knife roll set": 'kit de facas de chef com estojo',
    # zh: '5件套'  es: 'de 5 piezas'
    '5-piece': '5 peças',
    # zh: '7件套'  es: 'de 7 piezas'
    '7-piece': '7 peças',
    # zh: '15件套'  es: 'de 15 piezas'
    '15-piece': '15 peças',
    # zh: '折叠刀与户外刀'  es: 'Navajas y cuchillos de exterior'
    'Folding & outdoor knives': 'Canivetes e facas outdoor',
    # zh: '{variant}{item}（{size}）'  es: '{item} {variant} {size}'
    '{variant} {item}, {size}': '{item} {variant}, {size}',
    # zh: '折叠刀'  es: 'navaja plegable'
    'folding knife': 'canivete',
    # zh: '猎刀'  es: 'cuchillo de caza'
    'hunting knife': 'faca de caça',
    # zh: '多功能工具钳'  es: 'herramienta multiusos'
    'multi-tool': 'alicate multiuso',
    # zh: '3英寸刃'  es: 'con hoja de 3 pulgadas'
    '3-inch blade': 'lâmina de 3 polegadas',
    # zh: '4英寸刃'  es: 'con hoja de 4 pulgadas'
    '4-inch blade': 'lâmina de 4 polegadas',
    # zh: '8Cr13MoV'  es: '8Cr13MoV'
    '8Cr13MoV': 'em aço 8Cr13MoV',
    # zh: 'D2工具钢'  es: 'de acero para herramientas D2'
    'D2 tool steel': 'em aço-ferramenta D2',
    # zh: '指甲钳与修容工具'  es: 'Cortaúñas y cuidado personal'
    'Nail clippers & grooming': 'Cortadores de unha e cuidados pessoais',
    # zh: '指甲钳'  es: 'cortaúñas'
    'nail clipper': 'cortador de unhas',
    # zh: '美甲套装'  es: 'set de manicura'
    'manicure set': 'kit de manicure',
    # zh: '眉剪'  es: 'tijeras para cejas'
    'eyebrow scissors': 'tesoura para sobrancelhas',
    # zh: '便携款'  es: 'tamaño de viaje'
    'travel size': 'tamanho viagem',
    # zh: '标准款'  es: 'tamaño estándar'
    'standard size': 'tamanho padrão',
    # zh: '碳钢'  es: 'de acero al carbono'
    'carbon steel': 'em aço carbono',
    # zh: '不锈钢'  es: 'de acero inoxidable'
    'stainless steel': 'em aço inox',
    # zh: '餐厨用具'  es: 'Menaje de cocina'
    'Kitchenware': 'Utilidades domésticas',
    # zh: '彩盒'  es: 'caja de color'
    'colour box': 'caixa colorida',
    # zh: '牛皮纸盒'  es: 'caja de cartón kraft'
    'kraft box': 'caixa kraft',
    # zh: '出口纸箱'  es: 'caja de exportación'
    'export carton': 'caixa de exportação',
    # zh: '锅具'  es: 'Ollas y sartenes'
    'Pots & pans': 'Panelas e frigideiras',
    # zh: '煎锅'  es: 'sartén'
    'frying pan': 'frigideira',
    # zh: '炒锅'  es: 'wok'
    'wok': 'panela wok',
    # zh: '汤锅'  es: 'olla'
    'stockpot': 'caldeirão',
    # zh: '24厘米'  es: 'de 24 cm'
    '24 cm': '24 cm',
    # zh: '28厘米'  es: 'de 28 cm'
    '28 cm': '28 cm',
    # zh: '32厘米'  es: 'de 32 cm'
    '32 cm': '32 cm',
    # zh: '不粘涂层铝'  es: 'de aluminio antiadherente'
    'non-stick aluminium': 'em alumínio antiaderente',
    # zh: '铸铁'  es: 'de hierro fundido'
    'cast iron': 'em ferro fundido',
    # zh: '三层复合不锈钢'  es: 'de acero inoxidable tricapa'
    'tri-ply stainless steel': 'em aço inox com corpo triplo',
    # zh: '厨房小工具'  es: 'Utensilios de cocina'
    'Kitchen utensils': 'Utensílios de cozinha',
    # zh: '锅铲'  es: 'espátula'
    'spatula': 'espátula',
    # zh: '汤勺'  es: 'cucharón'
    'ladle': 'concha',
    # zh: '削皮器'  es: 'pelador de verduras'
    'vegetable peeler': 'descascador de legumes',
    # zh: '食品夹'  es: 'pinzas de cocina'
    'kitchen tongs': 'pegador de cozinha',
    # zh: '25厘米'  es: 'de 25 cm'
    '25 cm': '25 cm',
    # zh: '30厘米'  es: 'de 30 cm'
    '30 cm': '30 cm',
    # zh: '尼龙'  es: 'de nailon'
    'nylon': 'em nylon',
    # zh: '硅胶'  es: 'de silicona'
    'silicone': 'em silicone',
    # zh: '餐具'  es: 'Vajilla y cubertería'
    'Tableware & cutlery': 'Louças e talheres',
    # zh: '西餐刀叉套装'  es: 'juego de cubiertos'
    'cutlery set': 'faqueiro',
    # zh: '牛排刀套装'  es: 'juego de cuchillos para carne'
    'steak knife set': 'jogo de facas para churrasco',
    # zh: '筷子套装'  es: 'juego de palillos'
    'chopstick set': 'jogo de hashis',
    # zh: '4件套'  es: 'de 4 piezas'
    '4-piece': '4 peças',
    # zh: '16件套'  es: 'de 16 piezas'
    '16-piece': '16 peças',
    # zh: '24件套'  es: 'de 24 piezas'
    '24-piece': '24 peças',
    # zh: '18/0不锈钢'  es: 'de acero inoxidable 18/0'
    '18/0 stainless steel': 'em aço inox 18/0',
    # zh: '18/10不锈钢'  es: 'de acero inoxidable 18/10'
    '18/10 stainless steel': 'em aço inox 18/10',
    # zh: '镀金不锈钢'  es: 'de acero inoxidable dorado'
    'gold-plated stainless steel': 'em aço inox dourado',
    # zh: '酒店餐饮用品'  es: 'Suministros de hostelería'
    'Hotel & catering supplies': 'Artigos para hotéis e restaurantes',
    # zh: '自助餐炉'  es: 'calientaplatos de bufé'
    'chafing dish': 'rechaud',
    # zh: '份数盆'  es: 'cubeta gastronorm'
    'gastronorm pan': 'cuba gastronômica',
    # zh: '冰桶'  es: 'cubitera'
    'ice bucket': 'balde de gelo',
    # zh: '4升'  es: 'de 4 l'
    '4 L': '4 L',
    # zh: '9升'  es: 'de 9 l'
    '9 L': '9 L',
    # zh: '镜面不锈钢'  es: 'de acero inoxidable pulido espejo'
    'mirror-polished stainless steel': 'em aço inox polido espelhado',
    # zh: '水海产品'  es: 'Mariscos y productos acuáticos'
    'Seafood & Aquatic Products': 'Pescados e frutos do mar',
    # zh: '公斤'  es: 'kg'
    'kg': 'kg',
    # zh: '1公斤真空袋，10袋/箱'  es: 'bolsa al vacío de 1 kg, 10 por caja master'
    '1 kg vacuum bag, 10 per master carton': 'embalagem a vácuo de 1 kg, 10 por caixa master',
    # zh: '10公斤外箱'  es: 'caja master de 10 kg'
    '10 kg master carton': 'caixa master de 10 kg',
    # zh: '冷冻虾'  es: 'Camarones congelados'
    'Frozen shrimp': 'Camarão congelado',
    # zh: '冷冻{item}（{size}，{variant}）'  es: '{item} congelado, {size}, {variant}'
    'Frozen {item}, {size}, {variant}': '{item} congelado, {size}, {variant}',
    # zh: '整只南美白对虾'  es: 'camarón vannamei entero'
    'whole vannamei shrimp': 'camarão vannamei inteiro',
    # zh: '去头带壳虾'  es: 'camarón sin cabeza con cáscara'
    'headless shell-on shrimp': 'camarão sem cabeça com casca',
    # zh: '去壳去肠虾仁'  es: 'camarón pelado y desvenado'
    'peeled and deveined shrimp': 'camarão descascado e eviscerado',
    # zh: '41/50规格'  es: 'calibre 41/50'
    '41/50 count': 'calibre 41/50',
    # zh: '31/40规格'  es: 'calibre 31/40'
    '31/40 count': 'calibre 31/40',
    # zh: '21/25规格'  es: 'calibre 21/25'
    '21/25 count': 'calibre 21/25',
    # zh: '16/20规格'  es: 'calibre 16/20'
    '16/20 count': 'calibre 16/20',
    # zh: '块冻'  es: 'en bloque'
    'block frozen': 'em bloco',
    # zh: '单冻'  es: 'IQF'
    'IQF': 'IQF',
    # zh: '鱼干'  es: 'Pescado seco'
    'Dried fish': 'Peixe seco',
    # zh: '鳀鱼'  es: 'anchoa'
    'anchovy': 'anchova seca',
    # zh: '带鱼'  es: 'pez sable'
    'ribbonfish': 'peixe-espada seco',
    # zh: '鱿鱼'  es: 'calamar'
    'squid': 'lula seca',
    # zh: '黄花鱼'  es: 'corvina amarilla'
    'yellow croaker': 'corvina amarela seca',
    # zh: '二级'  es: 'calidad B'
    'grade B': 'qualidade B',
    # zh: '一级'  es: 'calidad A'
    'grade A': 'qualidade A',
    # zh: '特级'  es: 'calidad extra'
    'premium grade': 'qualidade superior',
    # zh: '风干'  es: 'de secado al aire'
    'air-dried': 'ao ar',
    # zh: '日晒'  es: 'de secado al sol'
    'sun-dried': 'ao sol',
    # zh: '生蚝与贝类'  es: 'Ostras y mariscos de concha'
    'Oysters & shellfish': 'Ostras e mariscos',
    # zh: '花甲肉'  es: 'carne de almeja'
    'clam meat': 'carne de vôngole',
    # zh: '生蚝肉'  es: 'carne de ostra'
    'oyster meat': 'carne de ostra',
    # zh: '半壳生蚝'  es: 'ostra en media concha'
    'half-shell oyster': 'ostra em meia concha',
    # zh: '半壳扇贝'  es: 'vieira en media concha'
    'half-shell scallop': 'vieira em meia concha',
    # zh: '中号'  es: 'talla M'
    'size M': 'tamanho M',
    # zh: '大号'  es: 'talla L'
    'size L': 'tamanho G',
    # zh: '镀冰衣冷冻'  es: 'congelada glaseada'
    'glazed frozen': 'congelada com glaciamento',
    # zh: '单冻'  es: 'congelada IQF'
    'IQF frozen': 'congelada IQF',
    # zh: '鱼片'  es: 'Filetes de pescado'
    'Fish fillets': 'Filés de peixe',
    # zh: '罗非鱼片'  es: 'filete de tilapia'
    'tilapia fillet': 'filé de tilápia',
    # zh: '金鲳鱼片'  es: 'filete de pámpano dorado'
    'golden pompano fillet': 'filé de pampo',
    # zh: '石斑鱼片'  es: 'filete de mero'
    'grouper fillet': 'filé de garoupa',
    # zh: '3-5盎司'  es: '3-5 oz'
    '3-5 oz': '3-5 oz',
    # zh: '5-7盎司'  es: '5-7 oz'
    '5-7 oz': '5-7 oz',
    # zh: '7-9盎司'  es: '7-9 oz'
    '7-9 oz': '7-9 oz',
    # zh: '带皮'  es: 'con piel'
    'skin-on': 'com pele',
    # zh: '去皮'  es: 'sin piel'
    'skinless': 'sem pele',
    # zh: '食品加工'  es: 'Alimentos procesados'
    'Processed Food': 'Alimentos processados',
    # zh: '箱'  es: 'cajas'
    'cartons': 'caixas',
    # zh: '24件出口纸箱'  es: 'caja de exportación de 24 unidades'
    'export carton of 24': 'caixa de exportação com 24 unidades',
    # zh: '48件出口纸箱'  es: 'caja de exportación de 48 unidades'
    'export carton of 48': 'caixa de exportação com 48 unidades',
    # zh: '豆豉'  es: 'Frijoles negros fermentados'
    'Fermented black beans': 'Feijão preto fermentado',
    # zh: '阳江豆豉'  es: 'douchi de Yangjiang'
    'Yangjiang douchi': 'feijão preto fermentado de Yangjiang',
    # zh: '姜豉'  es: 'douchi con jengibre'
    'douchi with ginger': 'feijão preto fermentado com gengibre',
    # zh: '香辣豆豉'  es: 'douchi picante'
    'chili douchi': 'feijão preto fermentado picante',
    # zh: '250克瓶装'  es: 'tarro de 250 g'
    '250 g jar': 'pote de 250 g',
    # zh: '500克袋装'  es: 'bolsa de 500 g'
    '500 g bag': 'pacote de 500 g',
    # zh: '5公斤散装'  es: 'saco a granel de 5 kg'
    '5 kg bulk bag': 'saco a granel de 5 kg',
    # zh: '干制'  es: 'seco'
    'dry-packed': 'sem óleo',
    # zh: '油浸'  es: 'en aceite'
    'oil-packed': 'em óleo',
    # zh: '酱料调味品'  es: 'Salsas y condimentos'
    'Sauces & condiments': 'Molhos e condimentos',
    # zh: '蚝油'  es: 'salsa de ostras'
    'oyster sauce': 'molho de ostra',
    # zh: '豆豉蒜蓉酱'  es: 'salsa de frijol negro y ajo'
    'black bean garlic sauce': 'molho de feijão preto com alho',
    # zh: '辣椒酱'  es: 'salsa de chile'
    'chili sauce': 'molho de pimenta',
    # zh: '鱼露'  es: 'salsa de pescado'
    'fish sauce': 'molho de peixe',
    # zh: '230克瓶装'  es: 'botella de 230 g'
    '230 g bottle': 'frasco de 230 g',
    # zh: '510克瓶装'  es: 'botella de 510 g'
    '510 g bottle': 'frasco de 510 g',
    # zh: '2.27公斤桶装'  es: 'garrafa de 2,27 kg'
    '2.27 kg jug': 'galão de 2,27 kg',
    # zh: '经典'  es: 'clásica'
    'classic': 'tradicional',
    # zh: '低钠'  es: 'baja en sodio'
    'low-sodium': 'com baixo teor de sódio',
    # zh: '特级'  es: 'premium'
    'premium': 'especial',
    # zh: '腌制蔬菜'  es: 'Verduras en conserva'
    'Preserved vegetables': 'Legumes em conserva',
    # zh: '酸菜'  es: 'mostaza encurtida'
    'pickled mustard greens': 'folhas de mostarda em conserva',
    # zh: '菜脯'  es: 'rábano en conserva'
    'preserved radish': 'nabo em conserva',
    # zh: '腌姜'  es: 'jengibre encurtido'
    'pickled ginger': 'gengibre em conserva',
    # zh: '200克袋装'  es: 'bolsa de 200 g'
    '200 g pouch': 'sachê de 200 g',
    # zh: '1公斤袋装'  es: 'bolsa de 1 kg'
    '1 kg pouch': 'sachê de 1 kg',
    # zh: '20公斤桶装'  es: 'bidón de 20 kg'
    '20 kg drum': 'bombona de 20 kg',
    # zh: '甜味'  es: 'dulce'
    'sweet': 'sabor doce',
    # zh: '香辣'  es: 'picante'
    'spicy': 'sabor picante',
    # zh: '休闲食品'  es: 'Aperitivos'
    'Snacks': 'Petiscos e salgadinhos',
    # zh: '鱿鱼丝'  es: 'tiras de calamar'
    'squid jerky': 'tiras de lula seca',
    # zh: '鱼片脆'  es: 'chips de pescado'
    'fish crackers': 'chips de peixe',
    # zh: '花生糖'  es: 'crocante de cacahuete'
    'peanut brittle': 'pé de moleque',
    # zh: '50克袋装'  es: 'bolsa de 50 g'
    '50 g bag': 'pacote de 50 g',
    # zh: '200克袋装'  es: 'bolsa de 200 g'
    '200 g bag': 'pacote de 200 g',
    # zh: '原味'  es: 'sabor original'
    'original flavour': 'sabor original',
    # zh: '烧烤味'  es: 'sabor barbacoa'
    'barbecue flavour': 'sabor churrasco',
    # zh: '纺织服装'  es: 'Textiles y prendas'
    'Textiles & Garments': 'Têxteis e confecções',
    # zh: '单件胶袋，10件/箱'  es: 'bolsa individual, 10 por caja'
    'single polybag, 10 per carton': 'saco plástico individual, 10 por caixa',
    # zh: '单件胶袋，50件/箱'  es: 'bolsa individual, 50 por caja'
    'single polybag, 50 per carton': 'saco plástico individual, 50 por caixa',
    # zh: '工作服'  es: 'Ropa de trabajo'
    'Workwear': 'Uniformes profissionais',
    # zh: '厨师服'  es: 'chaqueta de chef'
    'chef jacket': 'dólmã de chef',
    # zh: '工装连体服'  es: 'mono de trabajo'
    'work overalls': 'macacão de trabalho',
    # zh: '反光背心'  es: 'chaleco reflectante'
    'hi-vis vest': 'colete refletivo',
    # zh: 'XL码'  es: 'talla XL'
    'size XL': 'tamanho GG',
    # zh: '涤棉'  es: 'de poliéster y algodón'
    'polyester-cotton': 'em poliéster e algodão',
    # zh: '纯棉'  es: 'de algodón 100 %'
    '100% cotton': '100% algodão',
    # zh: '围裙'  es: 'Delantales'
    'Aprons': 'Aventais',
    # zh: '挂脖围裙'  es: 'delantal con peto'
    'bib apron': 'avental de peito',
    # zh: '半身围裙'  es: 'delantal de cintura'
    'waist apron': 'avental de cintura',
    # zh: '咖啡师围裙'  es: 'delantal de barista'
    'barista apron': 'avental de barista',
    # zh: '无印花'  es: 'sin estampado'
    'plain': 'sem estampa',
    # zh: '定制logo印花'  es: 'con logotipo personalizado'
    'custom logo print': 'com logotipo personalizado',
    # zh: '防水PVC'  es: 'de PVC impermeable'
    'waterproof PVC': 'em PVC impermeável',
    # zh: '帆布'  es: 'de lona'
    'canvas': 'em lona',
    # zh: '牛仔布'  es: 'vaquero'
    'denim': 'em jeans',
    # zh: 'T恤与POLO衫'  es: 'Camisetas y polos'
    'T-shirts & polo shirts': 'Camisetas e camisas polo',
    # zh: '圆领T恤'  es: 'camiseta de cuello redondo'
    'crew-neck T-shirt': 'camiseta gola redonda',
    # zh: 'POLO衫'  es: 'polo'
    'polo shirt': 'camisa polo',
    # zh: '丝网印花'  es: 'con serigrafía'
    'screen-printed': 'com estampa em serigrafia',
    # zh: '180克纯棉'  es: 'de algodón de 180 g/m²'
    '180 gsm cotton': 'em algodão 180 g/m²',
    # zh: '速干涤纶'  es: 'de poliéster de secado rápido'
    'quick-dry polyester': 'em poliéster de secagem rápida',
    # zh: '220克精梳棉'  es: 'de algodón peinado de 220 g/m²'
    '220 gsm combed cotton': 'em algodão penteado 220 g/m²',
    # zh: '家纺'  es: 'Textiles para el hogar'
    'Home textiles': 'Cama, mesa e banho',
    # zh: '厨房毛巾'  es: 'paño de cocina'
    'kitchen towel': 'pano de prato',
    # zh: '浴巾'  es: 'toalla de baño'
    'bath towel': 'toalha de banho',
    # zh: '桌布'  es: 'mantel'
    'tablecloth': 'toalha de mesa',
    # zh: '40×60厘米'  es: 'de 40 × 60 cm'
    '40 × 60 cm': '40 × 60 cm',
    # zh: '70×140厘米'  es: 'de 70 × 140 cm'
    '70 × 140 cm': '70 × 140 cm',
    # zh: '140×180厘米'  es: 'de 140 × 180 cm'
    '140 × 180 cm': '140 × 180 cm',
    # zh: '超细纤维'  es: 'de microfibra'
    'microfibre': 'em microfibra',
    # zh: '纯棉'  es: 'de algodón'
    'cotton': 'em algodão',
    # zh: '棉麻'  es: 'de mezcla de lino'
    'linen-blend': 'em linho misto',
    # zh: '<p>{title}。型号{model}，生产商：{maker}（广东阳江）。</p><p>包装：{pack}。起订量：{minimum}；交货期{lead}天。{oem}报关、商检及出口单证由平台一站式办理。</p>'  es: '<p>{title}. Modelo {model}, fabricado en Yangjiang (Guangdong) por {maker}</p><p>Embalaje: {pack}. Pedido mínimo: {minimum}; plazo de entrega: {lead} días. {oem}La plataforma gestiona la aduana, la inspección y los documentos de exportación.</p>'
    '<p>{title}. Model {model}, made in Yangjiang, Guangdong, by {maker}</p><p>Packing: {pack}. Minimum order: {minimum}; lead time {lead} days. {oem}Customs, inspection and export documents are handled by the platform.</p>': '<p>{title}. Modelo {model}, fabricado em Yangjiang (Guangdong) por {maker}</p><p>Embalagem: {pack}. Pedido mínimo: {minimum}; prazo de entrega: {lead} dias. {oem}O despacho aduaneiro, a inspeção e os documentos de exportação ficam por conta da plataforma.</p>',
    # zh: '支持OEM与贴牌。'  es: 'Se aceptan OEM y marca blanca. '
    'OEM and private label welcome. ': 'Aceitamos OEM e marca própria. ',
    # zh: '{moq}{unit}'  es: '{moq} {unit}'
    '{moq} {unit}': '{moq}\xa0{unit}',
    # zh: '无，单件起售'  es: 'ninguno, se venden unidades sueltas'
    'none, single units welcome': 'nenhum, vendemos por unidade',
    # zh: '4件散装出口纸箱'  es: 'caja de exportación a granel de 4 unidades'
    'bulk export carton of 4': 'caixa de exportação a granel com 4 unidades',
    # zh: '单件散装'  es: 'unidad a granel individual'
    'single bulk unit': 'unidade a granel avulsa',
}

HOME = {'title': 'Compre direto dos fabricantes de Yangjiang',
 'intro': 'Facas e tesouras, utilidades domésticas, pescados, alimentos processados e têxteis '
          'dos polos industriais de Yangjiang (Guangdong), com despacho aduaneiro, inspeção, '
          'restituição de impostos e câmbio resolvidos em um só lugar.',
 'body': [('heading', 'Como funciona a compra'),
          ('paragraph',
           '<p>Peça uma cotação ao fabricante, combine preço e condições na sua moeda e pague '
           'pela plataforma. Nós agendamos a inspeção, registramos a declaração de exportação '
           'e enviamos a você os documentos de embarque.</p>'),
          ('call_to_action', {'text': 'Ver o catálogo', 'url': '/{lang}/catalogue/'}),
          ('call_to_action', {'text': 'Sobre a plataforma', 'url': '/{lang}/about/'})]}

ABOUT = {'title': 'Sobre a plataforma',
 'intro': 'Um só lugar para tudo o que acontece entre uma fábrica de Yangjiang e o seu armazém.',
 'body': [('heading', 'Desembaraço aduaneiro completo'),
          ('paragraph',
           '<p>Os pedidos são declarados à Alfândega da China como exportações B2B '
           'transfronteiriças (modalidades 9710 para exportação direta e 9810 para armazéns '
           'no exterior), de modo que os fabricantes embarcam sem precisar de um despachante '
           'aduaneiro próprio.</p>'),
          ('heading', 'Inspeção'),
          ('paragraph',
           '<p>Mercadorias sujeitas a inspeção e quarentena, como pescados e alimentos '
           'processados, têm a inspeção agendada antes do carregamento, e os certificados '
           'seguem junto com os documentos de embarque.</p>'),
          ('heading', 'Restituição de impostos na exportação'),
          ('paragraph',
           '<p>A declaração de exportação e as faturas correspondentes ficam arquivadas '
           'juntas, para que os fabricantes possam pedir a restituição do IVA de exportação '
           'a que têm direito.</p>'),
          ('heading', 'Câmbio'),
          ('paragraph',
           '<p>Os compradores veem os preços e pagam na própria moeda; os fabricantes recebem '
           'em yuans pela cotação do dia, registrada em cada pedido.</p>'),
          ('call_to_action', {'text': 'Ver o catálogo', 'url': '/{lang}/catalogue/'})]}
