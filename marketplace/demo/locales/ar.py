"""Arabic translations of the demo texts (see locales/__init__.py)."""

# ruff: noqa: E501  (one translation per line, keyed by its English text)

# Titles put the noun first ("{item} {variant}، {size}") because Arabic adjectives follow the
# noun. Materials carry their own "من" ("من فولاذ 3Cr13") so a grade code reads as a material
# in every pattern that uses it. Variants shared by masculine and feminine items ("spicy" for
# pickles and snacks) are phrased so they need no agreement ("بنكهة حارة"). Minimum orders are
# 50 or more, so units take the singular ("500 قطعة"); a no-break space keeps number and unit
# on one line.
# fmt: off
TEXTS = {
    # zh: '刀剪'  es: 'Cuchillos y tijeras'
    'Knives & Scissors': 'السكاكين والمقصات',
    # zh: '件'  es: 'piezas'
    'pieces': 'قطعة',
    # zh: '单只彩盒装'  es: 'caja de regalo individual'
    'individual gift box': 'علبة هدايا فردية',
    # zh: '吸塑挂卡'  es: 'blíster'
    'blister card': 'تغليف بليستر على بطاقة',
    # zh: '散装出口纸箱'  es: 'caja de exportación a granel'
    'bulk export carton': 'كرتون تصدير بالتعبئة السائبة',
    # zh: '厨房刀'  es: 'Cuchillos de cocina'
    'Kitchen knives': 'سكاكين المطبخ',
    # zh: '{size}{variant}{item}'  es: '{item} {size} {variant}'
    '{size} {variant} {item}': '{item} {variant}، {size}',
    # zh: '厨师刀'  es: 'cuchillo de chef'
    'chef knife': 'سكين شيف',
    # zh: '三德刀'  es: 'cuchillo santoku'
    'santoku knife': 'سكين سانتوكو',
    # zh: '中式菜刀'  es: 'cuchillo chino'
    'Chinese cleaver': 'ساطور صيني',
    # zh: '多用刀'  es: 'cuchillo multiusos'
    'utility knife': 'سكين متعدد الاستخدامات',
    # zh: '面包刀'  es: 'cuchillo para pan'
    'bread knife': 'سكين خبز',
    # zh: '6英寸'  es: 'de 6 pulgadas'
    '6-inch': '6 بوصات',
    # zh: '7英寸'  es: 'de 7 pulgadas'
    '7-inch': '7 بوصات',
    # zh: '8英寸'  es: 'de 8 pulgadas'
    '8-inch': '8 بوصات',
    # zh: '3Cr13'  es: '3Cr13'
    '3Cr13': 'من فولاذ 3Cr13',
    # zh: '5Cr15MoV'  es: '5Cr15MoV'
    '5Cr15MoV': 'من فولاذ 5Cr15MoV',
    # zh: '德国1.4116钢'  es: 'de acero alemán 1.4116'
    'German 1.4116 steel': 'من الفولاذ الألماني 1.4116',
    # zh: 'VG10大马士革钢'  es: 'de damasco VG10'
    'VG10 Damascus': 'من الفولاذ الدمشقي VG10',
    # zh: '剪刀'  es: 'Tijeras'
    'Scissors': 'المقصات',
    # zh: '家用剪刀'  es: 'tijeras domésticas'
    'household scissors': 'مقص منزلي',
    # zh: '裁缝剪'  es: 'tijeras de sastre'
    "tailor's shears": 'مقص خياطة',
    # zh: '厨房剪'  es: 'tijeras de cocina'
    'kitchen shears': 'مقص مطبخ',
    # zh: '美发剪'  es: 'tijeras de peluquería'
    'hairdressing scissors': 'مقص حلاقة',
    # zh: '10英寸'  es: 'de 10 pulgadas'
    '10-inch': '10 بوصات',
    # zh: '2Cr13不锈钢'  es: 'de acero inoxidable 2Cr13'
    '2Cr13 stainless steel': 'من الفولاذ المقاوم للصدأ 2Cr13',
    # zh: '锻打碳钢'  es: 'de acero al carbono forjado'
    'forged carbon steel': 'من الفولاذ الكربوني المطروق',
    # zh: '440C不锈钢'  es: 'de acero inoxidable 440C'
    '440C stainless steel': 'من الفولاذ المقاوم للصدأ 440C',
    # zh: '刀具套装'  es: 'Juegos de cuchillos'
    'Chef knife sets': 'أطقم السكاكين',
    # zh: '木座刀具套装'  es: 'juego de cuchillos con taco de madera'
    'knife set with wooden block': 'طقم سكاكين بحامل خشبي',
    # zh: '磁吸刀架套装'  es: 'juego de cuchillos con soporte magnético'
    'knife set with magnetic stand': 'طقم سكاكين بحامل مغناطيسي',
    # zh: '厨师刀包套装'  es: 'juego de cuchillos con estuche enrollable'
    "chef's knife roll set": 'طقم سكاكين شيف بحقيبة لف',
    # zh: '5件套'  es: 'de 5 piezas'
    '5-piece': '5 قطع',
    # zh: '7件套'  es: 'de 7 piezas'
    '7-piece': '7 قطع',
    # zh: '15件套'  es: 'de 15 piezas'
    '15-piece': '15 قطعة',
    # zh: '折叠刀与户外刀'  es: 'Navajas y cuchillos de exterior'
    'Folding & outdoor knives': 'السكاكين القابلة للطي وسكاكين الرحلات',
    # zh: '{variant}{item}（{size}）'  es: '{item} {variant} {size}'
    '{variant} {item}, {size}': '{item} {variant}، {size}',
    # zh: '折叠刀'  es: 'navaja plegable'
    'folding knife': 'سكين قابل للطي',
    # zh: '猎刀'  es: 'cuchillo de caza'
    'hunting knife': 'سكين صيد',
    # zh: '多功能工具钳'  es: 'herramienta multiusos'
    'multi-tool': 'أداة متعددة الوظائف',
    # zh: '3英寸刃'  es: 'con hoja de 3 pulgadas'
    '3-inch blade': 'شفرة 3 بوصات',
    # zh: '4英寸刃'  es: 'con hoja de 4 pulgadas'
    '4-inch blade': 'شفرة 4 بوصات',
    # zh: '8Cr13MoV'  es: '8Cr13MoV'
    '8Cr13MoV': 'من فولاذ 8Cr13MoV',
    # zh: 'D2工具钢'  es: 'de acero para herramientas D2'
    'D2 tool steel': 'من فولاذ الأدوات D2',
    # zh: '指甲钳与修容工具'  es: 'Cortaúñas y cuidado personal'
    'Nail clippers & grooming': 'قصافات الأظافر وأدوات العناية الشخصية',
    # zh: '指甲钳'  es: 'cortaúñas'
    'nail clipper': 'قصافة أظافر',
    # zh: '美甲套装'  es: 'set de manicura'
    'manicure set': 'طقم مانيكير',
    # zh: '眉剪'  es: 'tijeras para cejas'
    'eyebrow scissors': 'مقص حواجب',
    # zh: '便携款'  es: 'tamaño de viaje'
    'travel size': 'حجم السفر',
    # zh: '标准款'  es: 'tamaño estándar'
    'standard size': 'حجم قياسي',
    # zh: '碳钢'  es: 'de acero al carbono'
    'carbon steel': 'من الفولاذ الكربوني',
    # zh: '不锈钢'  es: 'de acero inoxidable'
    'stainless steel': 'من الفولاذ المقاوم للصدأ',
    # zh: '餐厨用具'  es: 'Menaje de cocina'
    'Kitchenware': 'أدوات المطبخ',
    # zh: '彩盒'  es: 'caja de color'
    'colour box': 'علبة ملونة',
    # zh: '牛皮纸盒'  es: 'caja de cartón kraft'
    'kraft box': 'علبة كرتون كرافت',
    # zh: '出口纸箱'  es: 'caja de exportación'
    'export carton': 'كرتون تصدير',
    # zh: '锅具'  es: 'Ollas y sartenes'
    'Pots & pans': 'القدور والمقالي',
    # zh: '煎锅'  es: 'sartén'
    'frying pan': 'مقلاة',
    # zh: '炒锅'  es: 'wok'
    'wok': 'مقلاة ووك',
    # zh: '汤锅'  es: 'olla'
    'stockpot': 'قدر طهي',
    # zh: '24厘米'  es: 'de 24 cm'
    '24 cm': '24 سم',
    # zh: '28厘米'  es: 'de 28 cm'
    '28 cm': '28 سم',
    # zh: '32厘米'  es: 'de 32 cm'
    '32 cm': '32 سم',
    # zh: '不粘涂层铝'  es: 'de aluminio antiadherente'
    'non-stick aluminium': 'من الألومنيوم غير اللاصق',
    # zh: '铸铁'  es: 'de hierro fundido'
    'cast iron': 'من الحديد الزهر',
    # zh: '三层复合不锈钢'  es: 'de acero inoxidable tricapa'
    'tri-ply stainless steel': 'من الفولاذ المقاوم للصدأ ثلاثي الطبقات',
    # zh: '厨房小工具'  es: 'Utensilios de cocina'
    'Kitchen utensils': 'أدوات الطهي',
    # zh: '锅铲'  es: 'espátula'
    'spatula': 'ملعقة تقليب',
    # zh: '汤勺'  es: 'cucharón'
    'ladle': 'مغرفة',
    # zh: '削皮器'  es: 'pelador de verduras'
    'vegetable peeler': 'مقشرة خضار',
    # zh: '食品夹'  es: 'pinzas de cocina'
    'kitchen tongs': 'ملقط مطبخ',
    # zh: '25厘米'  es: 'de 25 cm'
    '25 cm': '25 سم',
    # zh: '30厘米'  es: 'de 30 cm'
    '30 cm': '30 سم',
    # zh: '尼龙'  es: 'de nailon'
    'nylon': 'من النايلون',
    # zh: '硅胶'  es: 'de silicona'
    'silicone': 'من السيليكون',
    # zh: '餐具'  es: 'Vajilla y cubertería'
    'Tableware & cutlery': 'أواني وأدوات المائدة',
    # zh: '西餐刀叉套装'  es: 'juego de cubiertos'
    'cutlery set': 'طقم ملاعق وشوك وسكاكين',
    # zh: '牛排刀套装'  es: 'juego de cuchillos para carne'
    'steak knife set': 'طقم سكاكين ستيك',
    # zh: '筷子套装'  es: 'juego de palillos'
    'chopstick set': 'طقم عيدان أكل',
    # zh: '4件套'  es: 'de 4 piezas'
    '4-piece': '4 قطع',
    # zh: '16件套'  es: 'de 16 piezas'
    '16-piece': '16 قطعة',
    # zh: '24件套'  es: 'de 24 piezas'
    '24-piece': '24 قطعة',
    # zh: '18/0不锈钢'  es: 'de acero inoxidable 18/0'
    '18/0 stainless steel': 'من الفولاذ المقاوم للصدأ 18/0',
    # zh: '18/10不锈钢'  es: 'de acero inoxidable 18/10'
    '18/10 stainless steel': 'من الفولاذ المقاوم للصدأ 18/10',
    # zh: '镀金不锈钢'  es: 'de acero inoxidable dorado'
    'gold-plated stainless steel': 'من الفولاذ المقاوم للصدأ المطلي بالذهب',
    # zh: '酒店餐饮用品'  es: 'Suministros de hostelería'
    'Hotel & catering supplies': 'مستلزمات الفنادق والمطاعم',
    # zh: '自助餐炉'  es: 'calientaplatos de bufé'
    'chafing dish': 'سخان طعام للبوفيه',
    # zh: '份数盆'  es: 'cubeta gastronorm'
    'gastronorm pan': 'وعاء غاسترونورم',
    # zh: '冰桶'  es: 'cubitera'
    'ice bucket': 'دلو ثلج',
    # zh: '4升'  es: 'de 4 l'
    '4 L': '4 لترات',
    # zh: '9升'  es: 'de 9 l'
    '9 L': '9 لترات',
    # zh: '镜面不锈钢'  es: 'de acero inoxidable pulido espejo'
    'mirror-polished stainless steel': 'من الفولاذ المقاوم للصدأ المصقول كالمرآة',
    # zh: '水海产品'  es: 'Mariscos y productos acuáticos'
    'Seafood & Aquatic Products': 'المأكولات البحرية والمنتجات المائية',
    # zh: '公斤'  es: 'kg'
    'kg': 'كجم',
    # zh: '1公斤真空袋，10袋/箱'  es: 'bolsa al vacío de 1 kg, 10 por caja master'
    '1 kg vacuum bag, 10 per master carton': 'كيس مفرغ من الهواء 1 كجم، 10 أكياس في الكرتون الرئيسي',
    # zh: '10公斤外箱'  es: 'caja master de 10 kg'
    '10 kg master carton': 'كرتون رئيسي 10 كجم',
    # zh: '冷冻虾'  es: 'Camarones congelados'
    'Frozen shrimp': 'روبيان (جمبري) مجمد',
    # zh: '冷冻{item}（{size}，{variant}）'  es: '{item} congelado, {size}, {variant}'
    'Frozen {item}, {size}, {variant}': '{item} مجمد، {size}، {variant}',
    # zh: '整只南美白对虾'  es: 'camarón vannamei entero'
    'whole vannamei shrimp': 'روبيان فانامي كامل',
    # zh: '去头带壳虾'  es: 'camarón sin cabeza con cáscara'
    'headless shell-on shrimp': 'روبيان بالقشر منزوع الرأس',
    # zh: '去壳去肠虾仁'  es: 'camarón pelado y desvenado'
    'peeled and deveined shrimp': 'روبيان مقشر منزوع العرق',
    # zh: '41/50规格'  es: 'calibre 41/50'
    '41/50 count': 'مقاس 41/50',
    # zh: '31/40规格'  es: 'calibre 31/40'
    '31/40 count': 'مقاس 31/40',
    # zh: '21/25规格'  es: 'calibre 21/25'
    '21/25 count': 'مقاس 21/25',
    # zh: '16/20规格'  es: 'calibre 16/20'
    '16/20 count': 'مقاس 16/20',
    # zh: '块冻'  es: 'en bloque'
    'block frozen': 'تجميد كتلي',
    # zh: '单冻'  es: 'IQF'
    'IQF': 'تجميد فردي سريع (IQF)',
    # zh: '鱼干'  es: 'Pescado seco'
    'Dried fish': 'الأسماك المجففة',
    # zh: '鳀鱼'  es: 'anchoa'
    'anchovy': 'سمك أنشوفة',
    # zh: '带鱼'  es: 'pez sable'
    'ribbonfish': 'سمك شريط',
    # zh: '鱿鱼'  es: 'calamar'
    'squid': 'حبار',
    # zh: '黄花鱼'  es: 'corvina amarilla'
    'yellow croaker': 'سمك كروكر أصفر',
    # zh: '二级'  es: 'calidad B'
    'grade B': 'درجة ثانية',
    # zh: '一级'  es: 'calidad A'
    'grade A': 'درجة أولى',
    # zh: '特级'  es: 'calidad extra'
    'premium grade': 'درجة ممتازة',
    # zh: '风干'  es: 'de secado al aire'
    'air-dried': 'مجفف بالهواء',
    # zh: '日晒'  es: 'de secado al sol'
    'sun-dried': 'مجفف بالشمس',
    # zh: '生蚝与贝类'  es: 'Ostras y mariscos de concha'
    'Oysters & shellfish': 'المحار والصدفيات',
    # zh: '花甲肉'  es: 'carne de almeja'
    'clam meat': 'لحم بطلينوس',
    # zh: '生蚝肉'  es: 'carne de ostra'
    'oyster meat': 'لحم محار',
    # zh: '半壳生蚝'  es: 'ostra en media concha'
    'half-shell oyster': 'محار بنصف صدفة',
    # zh: '半壳扇贝'  es: 'vieira en media concha'
    'half-shell scallop': 'إسكالوب بنصف صدفة',
    # zh: '中号'  es: 'talla M'
    'size M': 'مقاس M',
    # zh: '大号'  es: 'talla L'
    'size L': 'مقاس L',
    # zh: '镀冰衣冷冻'  es: 'congelada glaseada'
    'glazed frozen': 'مجمد بطبقة جليد واقية',
    # zh: '单冻'  es: 'congelada IQF'
    'IQF frozen': 'مجمد فرديًا (IQF)',
    # zh: '鱼片'  es: 'Filetes de pescado'
    'Fish fillets': 'فيليه السمك',
    # zh: '罗非鱼片'  es: 'filete de tilapia'
    'tilapia fillet': 'فيليه بلطي',
    # zh: '金鲳鱼片'  es: 'filete de pámpano dorado'
    'golden pompano fillet': 'فيليه بومبانو ذهبي',
    # zh: '石斑鱼片'  es: 'filete de mero'
    'grouper fillet': 'فيليه هامور',
    # zh: '3-5盎司'  es: '3-5 oz'
    '3-5 oz': '3-5 أونصات',
    # zh: '5-7盎司'  es: '5-7 oz'
    '5-7 oz': '5-7 أونصات',
    # zh: '7-9盎司'  es: '7-9 oz'
    '7-9 oz': '7-9 أونصات',
    # zh: '带皮'  es: 'con piel'
    'skin-on': 'بالجلد',
    # zh: '去皮'  es: 'sin piel'
    'skinless': 'بدون جلد',
    # zh: '食品加工'  es: 'Alimentos procesados'
    'Processed Food': 'الأغذية المصنعة',
    # zh: '箱'  es: 'cajas'
    'cartons': 'كرتونة',
    # zh: '24件出口纸箱'  es: 'caja de exportación de 24 unidades'
    'export carton of 24': 'كرتون تصدير يحتوي على 24 عبوة',
    # zh: '48件出口纸箱'  es: 'caja de exportación de 48 unidades'
    'export carton of 48': 'كرتون تصدير يحتوي على 48 عبوة',
    # zh: '豆豉'  es: 'Frijoles negros fermentados'
    'Fermented black beans': 'فول الصويا الأسود المخمر',
    # zh: '阳江豆豉'  es: 'douchi de Yangjiang'
    'Yangjiang douchi': 'فول صويا أسود مخمر من يانغجيانغ',
    # zh: '姜豉'  es: 'douchi con jengibre'
    'douchi with ginger': 'فول صويا أسود مخمر بالزنجبيل',
    # zh: '香辣豆豉'  es: 'douchi picante'
    'chili douchi': 'فول صويا أسود مخمر حار',
    # zh: '250克瓶装'  es: 'tarro de 250 g'
    '250 g jar': 'برطمان 250 جم',
    # zh: '500克袋装'  es: 'bolsa de 500 g'
    '500 g bag': 'كيس 500 جم',
    # zh: '5公斤散装'  es: 'saco a granel de 5 kg'
    '5 kg bulk bag': 'كيس جملة 5 كجم',
    # zh: '干制'  es: 'seco'
    'dry-packed': 'معبأ جافًا',
    # zh: '油浸'  es: 'en aceite'
    'oil-packed': 'معبأ بالزيت',
    # zh: '酱料调味品'  es: 'Salsas y condimentos'
    'Sauces & condiments': 'الصلصات والتوابل',
    # zh: '蚝油'  es: 'salsa de ostras'
    'oyster sauce': 'صلصة محار',
    # zh: '豆豉蒜蓉酱'  es: 'salsa de frijol negro y ajo'
    'black bean garlic sauce': 'صلصة فول أسود بالثوم',
    # zh: '辣椒酱'  es: 'salsa de chile'
    'chili sauce': 'صلصة فلفل حار',
    # zh: '鱼露'  es: 'salsa de pescado'
    'fish sauce': 'صلصة سمك',
    # zh: '230克瓶装'  es: 'botella de 230 g'
    '230 g bottle': 'زجاجة 230 جم',
    # zh: '510克瓶装'  es: 'botella de 510 g'
    '510 g bottle': 'زجاجة 510 جم',
    # zh: '2.27公斤桶装'  es: 'garrafa de 2,27 kg'
    '2.27 kg jug': 'جالون 2.27 كجم',
    # zh: '经典'  es: 'clásica'
    'classic': 'كلاسيكية',
    # zh: '低钠'  es: 'baja en sodio'
    'low-sodium': 'قليلة الصوديوم',
    # zh: '特级'  es: 'premium'
    'premium': 'فاخرة',
    # zh: '腌制蔬菜'  es: 'Verduras en conserva'
    'Preserved vegetables': 'الخضار المحفوظة والمخللات',
    # zh: '酸菜'  es: 'mostaza encurtida'
    'pickled mustard greens': 'خردل أخضر مخلل',
    # zh: '菜脯'  es: 'rábano en conserva'
    'preserved radish': 'فجل مملح مجفف',
    # zh: '腌姜'  es: 'jengibre encurtido'
    'pickled ginger': 'زنجبيل مخلل',
    # zh: '200克袋装'  es: 'bolsa de 200 g'
    '200 g pouch': 'كيس 200 جم',
    # zh: '1公斤袋装'  es: 'bolsa de 1 kg'
    '1 kg pouch': 'كيس 1 كجم',
    # zh: '20公斤桶装'  es: 'bidón de 20 kg'
    '20 kg drum': 'برميل 20 كجم',
    # zh: '甜味'  es: 'dulce'
    'sweet': 'حلو',
    # zh: '香辣'  es: 'picante'
    'spicy': 'بنكهة حارة',
    # zh: '休闲食品'  es: 'Aperitivos'
    'Snacks': 'الوجبات الخفيفة',
    # zh: '鱿鱼丝'  es: 'tiras de calamar'
    'squid jerky': 'شرائح حبار مجففة',
    # zh: '鱼片脆'  es: 'chips de pescado'
    'fish crackers': 'رقائق سمك',
    # zh: '花生糖'  es: 'crocante de cacahuete'
    'peanut brittle': 'حلوى فول سوداني مقرمشة',
    # zh: '50克袋装'  es: 'bolsa de 50 g'
    '50 g bag': 'كيس 50 جم',
    # zh: '200克袋装'  es: 'bolsa de 200 g'
    '200 g bag': 'كيس 200 جم',
    # zh: '原味'  es: 'sabor original'
    'original flavour': 'بالنكهة الأصلية',
    # zh: '烧烤味'  es: 'sabor barbacoa'
    'barbecue flavour': 'بنكهة الباربكيو',
    # zh: '纺织服装'  es: 'Textiles y prendas'
    'Textiles & Garments': 'المنسوجات والملابس',
    # zh: '单件胶袋，10件/箱'  es: 'bolsa individual, 10 por caja'
    'single polybag, 10 per carton': 'كيس بلاستيك لكل قطعة، 10 قطع في الكرتون',
    # zh: '单件胶袋，50件/箱'  es: 'bolsa individual, 50 por caja'
    'single polybag, 50 per carton': 'كيس بلاستيك لكل قطعة، 50 قطعة في الكرتون',
    # zh: '工作服'  es: 'Ropa de trabajo'
    'Workwear': 'ملابس العمل',
    # zh: '厨师服'  es: 'chaqueta de chef'
    'chef jacket': 'جاكيت شيف',
    # zh: '工装连体服'  es: 'mono de trabajo'
    'work overalls': 'أفرول عمل',
    # zh: '反光背心'  es: 'chaleco reflectante'
    'hi-vis vest': 'سترة عاكسة',
    # zh: 'XL码'  es: 'talla XL'
    'size XL': 'مقاس XL',
    # zh: '涤棉'  es: 'de poliéster y algodón'
    'polyester-cotton': 'من البوليستر والقطن',
    # zh: '纯棉'  es: 'de algodón 100 %'
    '100% cotton': 'من القطن 100%',
    # zh: '围裙'  es: 'Delantales'
    'Aprons': 'المرايل',
    # zh: '挂脖围裙'  es: 'delantal con peto'
    'bib apron': 'مريلة بحمالة رقبة',
    # zh: '半身围裙'  es: 'delantal de cintura'
    'waist apron': 'مريلة خصر',
    # zh: '咖啡师围裙'  es: 'delantal de barista'
    'barista apron': 'مريلة باريستا',
    # zh: '无印花'  es: 'sin estampado'
    'plain': 'سادة',
    # zh: '定制logo印花'  es: 'con logotipo personalizado'
    'custom logo print': 'بطباعة شعار حسب الطلب',
    # zh: '防水PVC'  es: 'de PVC impermeable'
    'waterproof PVC': 'من PVC المقاوم للماء',
    # zh: '帆布'  es: 'de lona'
    'canvas': 'من قماش الكانفاس',
    # zh: '牛仔布'  es: 'vaquero'
    'denim': 'من قماش الدنيم',
    # zh: 'T恤与POLO衫'  es: 'Camisetas y polos'
    'T-shirts & polo shirts': 'التيشيرتات وقمصان البولو',
    # zh: '圆领T恤'  es: 'camiseta de cuello redondo'
    'crew-neck T-shirt': 'تيشيرت بياقة دائرية',
    # zh: 'POLO衫'  es: 'polo'
    'polo shirt': 'قميص بولو',
    # zh: '丝网印花'  es: 'con serigrafía'
    'screen-printed': 'مطبوع بالشاشة الحريرية',
    # zh: '180克纯棉'  es: 'de algodón de 180 g/m²'
    '180 gsm cotton': 'من القطن 180 جم/م²',
    # zh: '速干涤纶'  es: 'de poliéster de secado rápido'
    'quick-dry polyester': 'من البوليستر سريع الجفاف',
    # zh: '220克精梳棉'  es: 'de algodón peinado de 220 g/m²'
    '220 gsm combed cotton': 'من القطن الممشط 220 جم/م²',
    # zh: '家纺'  es: 'Textiles para el hogar'
    'Home textiles': 'المنسوجات المنزلية',
    # zh: '厨房毛巾'  es: 'paño de cocina'
    'kitchen towel': 'منشفة مطبخ',
    # zh: '浴巾'  es: 'toalla de baño'
    'bath towel': 'منشفة حمام',
    # zh: '桌布'  es: 'mantel'
    'tablecloth': 'مفرش طاولة',
    # zh: '40×60厘米'  es: 'de 40 × 60 cm'
    '40 × 60 cm': '40 × 60 سم',
    # zh: '70×140厘米'  es: 'de 70 × 140 cm'
    '70 × 140 cm': '70 × 140 سم',
    # zh: '140×180厘米'  es: 'de 140 × 180 cm'
    '140 × 180 cm': '140 × 180 سم',
    # zh: '超细纤维'  es: 'de microfibra'
    'microfibre': 'من المايكروفايبر',
    # zh: '纯棉'  es: 'de algodón'
    'cotton': 'من القطن',
    # zh: '棉麻'  es: 'de mezcla de lino'
    'linen-blend': 'من مزيج الكتان',
    # zh: '<p>{title}。型号{model}，生产商：{maker}（广东阳江）。</p><p>包装：{pack}。起订量：{minimum}；交货期{lead}天。{oem}报关、商检及出口单证由平台一站式办理。</p>'  es: '<p>{title}. Modelo {model}, fabricado en Yangjiang (Guangdong) por {maker}</p><p>Embalaje: {pack}. Pedido mínimo: {minimum}; plazo de entrega: {lead} días. {oem}La plataforma gestiona la aduana, la inspección y los documentos de exportación.</p>'
    '<p>{title}. Model {model}, made in Yangjiang, Guangdong, by {maker}</p><p>Packing: {pack}. Minimum order: {minimum}; lead time {lead} days. {oem}Customs, inspection and export documents are handled by the platform.</p>': '<p>{title}. رقم الموديل {model}، من تصنيع {maker} في يانغجيانغ بمقاطعة قوانغدونغ.</p><p>التعبئة: {pack}. الحد الأدنى للطلب: {minimum}؛ مدة التسليم بالأيام: {lead}. {oem}تتولى المنصة التخليص الجمركي والفحص ومستندات التصدير.</p>',
    # zh: '支持OEM与贴牌。'  es: 'Se aceptan OEM y marca blanca. '
    'OEM and private label welcome. ': 'نقبل التصنيع حسب الطلب (OEM) والعلامات التجارية الخاصة. ',
    # zh: '{moq}{unit}'  es: '{moq} {unit}'
    '{moq} {unit}': '{moq}\xa0{unit}',
    # zh: '无，单件起售'  es: 'ninguno, se venden unidades sueltas'
    'none, single units welcome': 'لا يوجد، ويُقبل الطلب بالوحدة الواحدة',
    # zh: '4件散装出口纸箱'  es: 'caja de exportación a granel de 4 unidades'
    'bulk export carton of 4': 'كرتونة تصدير سائبة من 4 عبوات',
    # zh: '单件散装'  es: 'unidad a granel individual'
    'single bulk unit': 'عبوة سائبة مفردة',
}

HOME = {'title': 'اشترِ مباشرةً من مصنّعي يانغجيانغ',
 'intro': 'سكاكين ومقصات، وأدوات مطبخ، ومأكولات بحرية، وأغذية مصنّعة، ومنسوجات من التجمعات '
          'الصناعية في يانغجيانغ بمقاطعة قوانغدونغ، مع إنجاز التخليص الجمركي والفحص واسترداد '
          'ضريبة التصدير وتحويل العملات في مكان واحد.',
 'body': [('heading', 'كيف يتم الشراء'),
          ('paragraph',
           '<p>اطلب عرض سعر من المصنّع، واتفق معه على السعر والشروط بعملتك، ثم ادفع عبر المنصة. '
           'ونتولى نحن حجز موعد الفحص وتقديم بيان التصدير الجمركي وإرسال مستندات الشحن '
           'إليك.</p>'),
          ('call_to_action', {'text': 'تصفّح الكتالوج', 'url': '/{lang}/catalogue/'}),
          ('call_to_action', {'text': 'عن المنصة', 'url': '/{lang}/about/'})]}

ABOUT = {'title': 'عن المنصة',
 'intro': 'مكان واحد لكل ما يلزم بين مصنع في يانغجيانغ ومستودعك.',
 'body': [('heading', 'تخليص جمركي شامل من نافذة واحدة'),
          ('paragraph',
           '<p>تُقدَّم الطلبات إلى الجمارك الصينية بوصفها صادرات عابرة للحدود بين الشركات (B2B) '
           '(وضعا الإشراف الجمركي 9710 للتصدير المباشر و9810 للتصدير إلى المستودعات الخارجية)، '
           'فيشحن المصنّعون بضائعهم دون الحاجة إلى مخلّص جمركي خاص بهم.</p>'),
          ('heading', 'الفحص'),
          ('paragraph',
           '<p>تُحجز مواعيد الفحص قبل التحميل للبضائع التي تستلزم الفحص والحجر الصحي، مثل '
           'المأكولات البحرية والأغذية المصنّعة، وترافق الشهادات مستندات الشحن.</p>'),
          ('heading', 'استرداد ضريبة التصدير'),
          ('paragraph',
           '<p>يُحفظ بيان التصدير والفواتير المطابقة له معًا، ليتمكن المصنّعون من المطالبة '
           'باسترداد ضريبة القيمة المضافة على الصادرات المستحق لهم.</p>'),
          ('heading', 'تحويل العملات'),
          ('paragraph',
           '<p>يطّلع المشترون على الأسعار ويدفعون بعملتهم المحلية، وتُسوّى مستحقات المصنّعين '
           'باليوان بسعر صرف اليوم، ويُسجَّل السعر مع كل طلب.</p>'),
          ('call_to_action', {'text': 'تصفّح الكتالوج', 'url': '/{lang}/catalogue/'})]}
