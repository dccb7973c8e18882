"""Korean translations of the demo texts (see locales/__init__.py)."""

# ruff: noqa: E501  (one translation per line, keyed by its English text)

# fmt: off
TEXTS = {
    # zh: '刀剪'  es: 'Cuchillos y tijeras'
    'Knives & Scissors': '칼·가위',
    # zh: '件'  es: 'piezas'
    'pieces': '개',
    # zh: '单只彩盒装'  es: 'caja de regalo individual'
    'individual gift box': '개별 선물 상자',
    # zh: '吸塑挂卡'  es: 'blíster'
    'blister card': '블리스터 카드',
    # zh: '散装出口纸箱'  es: 'caja de exportación a granel'
    'bulk export carton': '수출용 벌크 카톤',
    # zh: '厨房刀'  es: 'Cuchillos de cocina'
    'Kitchen knives': '주방 칼',
    # zh: '{size}{variant}{item}'  es: '{item} {size} {variant}'
    '{size} {variant} {item}': '{variant} {item} {size}',
    # zh: '厨师刀'  es: 'cuchillo de chef'
    'chef knife': '셰프 나이프',
    # zh: '三德刀'  es: 'cuchillo santoku'
    'santoku knife': '산토쿠 칼',
    # zh: '中式菜刀'  es: 'cuchillo chino'
    'Chinese cleaver': '중식도',
    # zh: '多用刀'  es: 'cuchillo multiusos'
    'utility knife': '다용도 칼',
    # zh: '面包刀'  es: 'cuchillo para pan'
    'bread knife': '빵칼',
    # zh: '6英寸'  es: 'de 6 pulgadas'
    '6-inch': '6인치',
    # zh: '7英寸'  es: 'de 7 pulgadas'
    '7-inch': '7인치',
    # zh: '8英寸'  es: 'de 8 pulgadas'
    '8-inch': '8인치',
    # zh: '3Cr13'  es: '3Cr13'
    '3Cr13': '3Cr13',
    # zh: '5Cr15MoV'  es: '5Cr15MoV'
    '5Cr15MoV': '5Cr15MoV',
    # zh: '德国1.4116钢'  es: 'de acero alemán 1.4116'
    'German 1.4116 steel': '독일 1.4116강',
    # zh: 'VG10大马士革钢'  es: 'de damasco VG10'
    'VG10 Damascus': 'VG10 다마스커스',
    # zh: '剪刀'  es: 'Tijeras'
    'Scissors': '가위',
    # zh: '家用剪刀'  es: 'tijeras domésticas'
    'household scissors': '가정용 가위',
    # zh: '裁缝剪'  es: 'tijeras de sastre'
    "tailor's shears": '재단 가위',
    # zh: '厨房剪'  es: 'tijeras de cocina'
    'kitchen shears': '주방 가위',
    # zh: '美发剪'  es: 'tijeras de peluquería'
    'hairdressing scissors': '미용 가위',
    # zh: '10英寸'  es: 'de 10 pulgadas'
    '10-inch': '10인치',
    # zh: '2Cr13不锈钢'  es: 'de acero inoxidable 2Cr13'
    '2Cr13 stainless steel': '2Cr13 스테인리스',
    # zh: '锻打碳钢'  es: 'de acero al carbono forjado'
    'forged carbon steel': '단조 탄소강',
    # zh: '440C不锈钢'  es: 'de acero inoxidable 440C'
    '440C stainless steel': '440C 스테인리스',
    # zh: '刀具套装'  es: 'Juegos de cuchillos'
    'Chef knife sets': '칼 세트',
    # zh: '木座刀具套装'  es: 'juego de cuchillos con taco de madera'
    'knife set with wooden block': '원목 블록 칼 세트',
    # zh: '磁吸刀架套装'  es: 'juego de cuchillos con soporte magnético'
    'knife set with magnetic stand': '자석 거치대 칼 세트',
    # zh: '厨师刀包套装'  es: 'juego de cuchillos con estuche enrollable'
    "chef's knife roll set": '셰프 나이프 롤 세트',
    # zh: '5件套'  es: 'de 5 piezas'
    '5-piece': '5종',
    # zh: '7件套'  es: 'de 7 piezas'
    '7-piece': '7종',
    # zh: '15件套'  es: 'de 15 piezas'
    '15-piece': '15종',
    # zh: '折叠刀与户外刀'  es: 'Navajas y cuchillos de exterior'
    'Folding & outdoor knives': '접이식·아웃도어 칼',
    # zh: '{variant}{item}（{size}）'  es: '{item} {variant} {size}'
    '{variant} {item}, {size}': '{variant} {item}({size})',
    # zh: '折叠刀'  es: 'navaja plegable'
    'folding knife': '접이식 칼',
    # zh: '猎刀'  es: 'cuchillo de caza'
    'hunting knife': '사냥칼',
    # zh: '多功能工具钳'  es: 'herramienta multiusos'
    'multi-tool': '멀티툴',
    # zh: '3英寸刃'  es: 'con hoja de 3 pulgadas'
    '3-inch blade': '칼날 3인치',
    # zh: '4英寸刃'  es: 'con hoja de 4 pulgadas'
    '4-inch blade': '칼날 4인치',
    # zh: '8Cr13MoV'  es: '8Cr13MoV'
    '8Cr13MoV': '8Cr13MoV',
    # zh: 'D2工具钢'  es: 'de acero para herramientas D2'
    'D2 tool steel': 'D2 공구강',
    # zh: '指甲钳与修容工具'  es: 'Cortaúñas y cuidado personal'
    'Nail clippers & grooming': '손톱깎이·미용 도구',
    # zh: '指甲钳'  es: 'cortaúñas'
    'nail clipper': '손톱깎이',
    # zh: '美甲套装'  es: 'set de manicura'
    'manicure set': '네일 케어 세트',
    # zh: '眉剪'  es: 'tijeras para cejas'
    'eyebrow scissors': '눈썹 가위',
    # zh: '便携款'  es: 'tamaño de viaje'
    'travel size': '휴대용',
    # zh: '标准款'  es: 'tamaño estándar'
    'standard size': '일반형',
    # zh: '碳钢'  es: 'de acero al carbono'
    'carbon steel': '탄소강',
    # zh: '不锈钢'  es: 'de acero inoxidable'
    'stainless steel': '스테인리스',
    # zh: '餐厨用具'  es: 'Menaje de cocina'
    'Kitchenware': '주방용품',
    # zh: '彩盒'  es: 'caja de color'
    'colour box': '컬러 박스',
    # zh: '牛皮纸盒'  es: 'caja de cartón kraft'
    'kraft box': '크라프트 박스',
    # zh: '出口纸箱'  es: 'caja de exportación'
    'export carton': '수출용 카톤',
    # zh: '锅具'  es: 'Ollas y sartenes'
    'Pots & pans': '냄비·프라이팬',
    # zh: '煎锅'  es: 'sartén'
    'frying pan': '프라이팬',
    # zh: '炒锅'  es: 'wok'
    'wok': '웍',
    # zh: '汤锅'  es: 'olla'
    'stockpot': '곰솥',
    # zh: '24厘米'  es: 'de 24 cm'
    '24 cm': '24cm',
    # zh: '28厘米'  es: 'de 28 cm'
    '28 cm': '28cm',
    # zh: '32厘米'  es: 'de 32 cm'
    '32 cm': '32cm',
    # zh: '不粘涂层铝'  es: 'de aluminio antiadherente'
    'non-stick aluminium': '논스틱 알루미늄',
    # zh: '铸铁'  es: 'de hierro fundido'
    'cast iron': '주물',
    # zh: '三层复合不锈钢'  es: 'de acero inoxidable tricapa'
    'tri-ply stainless steel': '통3중 스테인리스',
    # zh: '厨房小工具'  es: 'Utensilios de cocina'
    'Kitchen utensils': '조리도구',
    # zh: '锅铲'  es: 'espátula'
    'spatula': '뒤집개',
    # zh: '汤勺'  es: 'cucharón'
    'ladle': '국자',
    # zh: '削皮器'  es: 'pelador de verduras'
    'vegetable peeler': '채소 필러',
    # zh: '食品夹'  es: 'pinzas de cocina'
    'kitchen tongs': '주방 집게',
    # zh: '25厘米'  es: 'de 25 cm'
    '25 cm': '25cm',
    # zh: '30厘米'  es: 'de 30 cm'
    '30 cm': '30cm',
    # zh: '尼龙'  es: 'de nailon'
    'nylon': '나일론',
    # zh: '硅胶'  es: 'de silicona'
    'silicone': '실리콘',
    # zh: '餐具'  es: 'Vajilla y cubertería'
    'Tableware & cutlery': '식기·커트러리',
    # zh: '西餐刀叉套装'  es: 'juego de cubiertos'
    'cutlery set': '커트러리 세트',
    # zh: '牛排刀套装'  es: 'juego de cuchillos para carne'
    'steak knife set': '스테이크 나이프 세트',
    # zh: '筷子套装'  es: 'juego de palillos'
    'chopstick set': '젓가락 세트',
    # zh: '4件套'  es: 'de 4 piezas'
    '4-piece': '4종',
    # zh: '16件套'  es: 'de 16 piezas'
    '16-piece': '16종',
    # zh: '24件套'  es: 'de 24 piezas'
    '24-piece': '24종',
    # zh: '18/0不锈钢'  es: 'de acero inoxidable 18/0'
    '18/0 stainless steel': '18/0 스테인리스',
    # zh: '18/10不锈钢'  es: 'de acero inoxidable 18/10'
    '18/10 stainless steel': '18/10 스테인리스',
    # zh: '镀金不锈钢'  es: 'de acero inoxidable dorado'
    'gold-plated stainless steel': '금도금 스테인리스',
    # zh: '酒店餐饮用品'  es: 'Suministros de hostelería'
    'Hotel & catering supplies': '호텔·업소용품',
    # zh: '自助餐炉'  es: 'calientaplatos de bufé'
    'chafing dish': '차핑디쉬',
    # zh: '份数盆'  es: 'cubeta gastronorm'
    'gastronorm pan': 'GN 밧드',
    # zh: '冰桶'  es: 'cubitera'
    'ice bucket': '아이스 버킷',
    # zh: '4升'  es: 'de 4 l'
    '4 L': '4L',
    # zh: '9升'  es: 'de 9 l'
    '9 L': '9L',
    # zh: '镜面不锈钢'  es: 'de acero inoxidable pulido espejo'
    'mirror-polished stainless steel': '경면 스테인리스',
    # zh: '水海产品'  es: 'Mariscos y productos acuáticos'
    'Seafood & Aquatic Products': '수산물',
    # zh: '公斤'  es: 'kg'
    'kg': 'kg',
    # zh: '1公斤真空袋，10袋/箱'  es: 'bolsa al vacío de 1 kg, 10 por caja master'
    '1 kg vacuum bag, 10 per master carton': '1kg 진공 포장, 마스터 카톤당 10봉',
    # zh: '10公斤外箱'  es: 'caja master de 10 kg'
    '10 kg master carton': '10kg 마스터 카톤',
    # zh: '冷冻虾'  es: 'Camarones congelados'
    'Frozen shrimp': '냉동 새우',
    # zh: '冷冻{item}（{size}，{variant}）'  es: '{item} congelado, {size}, {variant}'
    'Frozen {item}, {size}, {variant}': '냉동 {item}({size}, {variant})',
    # zh: '整只南美白对虾'  es: 'camarón vannamei entero'
    'whole vannamei shrimp': '통 흰다리새우',
    # zh: '去头带壳虾'  es: 'camarón sin cabeza con cáscara'
    'headless shell-on shrimp': '두절 유각 새우',
    # zh: '去壳去肠虾仁'  es: 'camarón pelado y desvenado'
    'peeled and deveined shrimp': '내장 제거 깐새우',
    # zh: '41/50规格'  es: 'calibre 41/50'
    '41/50 count': '41/50미',
    # zh: '31/40规格'  es: 'calibre 31/40'
    '31/40 count': '31/40미',
    # zh: '21/25规格'  es: 'calibre 21/25'
    '21/25 count': '21/25미',
    # zh: '16/20规格'  es: 'calibre 16/20'
    '16/20 count': '16/20미',
    # zh: '块冻'  es: 'en bloque'
    'block frozen': '블록 냉동',
    # zh: '单冻'  es: 'IQF'
    'IQF': 'IQF',
    # zh: '鱼干'  es: 'Pescado seco'
    'Dried fish': '건어물',
    # zh: '鳀鱼'  es: 'anchoa'
    'anchovy': '멸치',
    # zh: '带鱼'  es: 'pez sable'
    'ribbonfish': '갈치',
    # zh: '鱿鱼'  es: 'calamar'
    'squid': '오징어',
    # zh: '黄花鱼'  es: 'corvina amarilla'
    'yellow croaker': '조기',
    # zh: '二级'  es: 'calidad B'
    'grade B': 'B급',
    # zh: '一级'  es: 'calidad A'
    'grade A': 'A급',
    # zh: '特级'  es: 'calidad extra'
    'premium grade': '특급',
    # zh: '风干'  es: 'de secado al aire'
    'air-dried': '해풍 건조',
    # zh: '日晒'  es: 'de secado al sol'
    'sun-dried': '햇볕 건조',
    # zh: '生蚝与贝类'  es: 'Ostras y mariscos de concha'
    'Oysters & shellfish': '굴·조개류',
    # zh: '花甲肉'  es: 'carne de almeja'
    'clam meat': '바지락살',
    # zh: '生蚝肉'  es: 'carne de ostra'
    'oyster meat': '알굴',
    # zh: '半壳生蚝'  es: 'ostra en media concha'
    'half-shell oyster': '하프셸 굴',
    # zh: '半壳扇贝'  es: 'vieira en media concha'
    'half-shell scallop': '하프셸 가리비',
    # zh: '中号'  es: 'talla M'
    'size M': 'M 사이즈',
    # zh: '大号'  es: 'talla L'
    'size L': 'L 사이즈',
    # zh: '镀冰衣冷冻'  es: 'congelada glaseada'
    'glazed frozen': '글레이징 냉동',
    # zh: '单冻'  es: 'congelada IQF'
    'IQF frozen': 'IQF 냉동',
    # zh: '鱼片'  es: 'Filetes de pescado'
    'Fish fillets': '생선 필렛',
    # zh: '罗非鱼片'  es: 'filete de tilapia'
    'tilapia fillet': '틸라피아 필렛',
    # zh: '金鲳鱼片'  es: 'filete de pámpano dorado'
    'golden pompano fillet': '골든 폼파노 필렛',
    # zh: '石斑鱼片'  es: 'filete de mero'
    'grouper fillet': '능성어 필렛',
    # zh: '3-5盎司'  es: '3-5 oz'
    '3-5 oz': '3~5온스',
    # zh: '5-7盎司'  es: '5-7 oz'
    '5-7 oz': '5~7온스',
    # zh: '7-9盎司'  es: '7-9 oz'
    '7-9 oz': '7~9온스',
    # zh: '带皮'  es: 'con piel'
    'skin-on': '껍질 있는',
    # zh: '去皮'  es: 'sin piel'
    'skinless': '껍질 제거',
    # zh: '食品加工'  es: 'Alimentos procesados'
    'Processed Food': '가공식품',
    # zh: '箱'  es: 'cajas'
    'cartons': '박스',
    # zh: '24件出口纸箱'  es: 'caja de exportación de 24 unidades'
    'export carton of 24': '수출용 카톤(24개입)',
    # zh: '48件出口纸箱'  es: 'caja de exportación de 48 unidades'
    'export carton of 48': '수출용 카톤(48개입)',
    # zh: '豆豉'  es: 'Frijoles negros fermentados'
    'Fermented black beans': '더우츠(발효 검은콩)',
    # zh: '阳江豆豉'  es: 'douchi de Yangjiang'
    'Yangjiang douchi': '양장 더우츠',
    # zh: '姜豉'  es: 'douchi con jengibre'
    'douchi with ginger': '생강 더우츠',
    # zh: '香辣豆豉'  es: 'douchi picante'
    'chili douchi': '고추 더우츠',
    # zh: '250克瓶装'  es: 'tarro de 250 g'
    '250 g jar': '250g 병',
    # zh: '500克袋装'  es: 'bolsa de 500 g'
    '500 g bag': '500g 봉지',
    # zh: '5公斤散装'  es: 'saco a granel de 5 kg'
    '5 kg bulk bag': '5kg 대용량 포대',
    # zh: '干制'  es: 'seco'
    'dry-packed': '건식',
    # zh: '油浸'  es: 'en aceite'
    'oil-packed': '오일 절임',
    # zh: '酱料调味品'  es: 'Salsas y condimentos'
    'Sauces & condiments': '소스·조미료',
    # zh: '蚝油'  es: 'salsa de ostras'
    'oyster sauce': '굴소스',
    # zh: '豆豉蒜蓉酱'  es: 'salsa de frijol negro y ajo'
    'black bean garlic sauce': '검은콩 마늘 소스',
    # zh: '辣椒酱'  es: 'salsa de chile'
    'chili sauce': '칠리소스',
    # zh: '鱼露'  es: 'salsa de pescado'
    'fish sauce': '피시소스',
    # zh: '230克瓶装'  es: 'botella de 230 g'
    '230 g bottle': '230g 병',
    # zh: '510克瓶装'  es: 'botella de 510 g'
    '510 g bottle': '510g 병',
    # zh: '2.27公斤桶装'  es: 'garrafa de 2,27 kg'
    '2.27 kg jug': '2.27kg 대용량 통',
    # zh: '经典'  es: 'clásica'
    'classic': '클래식',
    # zh: '低钠'  es: 'baja en sodio'
    'low-sodium': '저염',
    # zh: '特级'  es: 'premium'
    'premium': '프리미엄',
    # zh: '腌制蔬菜'  es: 'Verduras en conserva'
    'Preserved vegetables': '절임 채소',
    # zh: '酸菜'  es: 'mostaza encurtida'
    'pickled mustard greens': '갓 절임',
    # zh: '菜脯'  es: 'rábano en conserva'
    'preserved radish': '무말랭이 절임',
    # zh: '腌姜'  es: 'jengibre encurtido'
    'pickled ginger': '생강 절임',
    # zh: '200克袋装'  es: 'bolsa de 200 g'
    '200 g pouch': '200g 파우치',
    # zh: '1公斤袋装'  es: 'bolsa de 1 kg'
    '1 kg pouch': '1kg 파우치',
    # zh: '20公斤桶装'  es: 'bidón de 20 kg'
    '20 kg drum': '20kg 드럼',
    # zh: '甜味'  es: 'dulce'
    'sweet': '달콤한',
    # zh: '香辣'  es: 'picante'
    'spicy': '매콤한',
    # zh: '休闲食品'  es: 'Aperitivos'
    'Snacks': '스낵·안주',
    # zh: '鱿鱼丝'  es: 'tiras de calamar'
    'squid jerky': '오징어채',
    # zh: '鱼片脆'  es: 'chips de pescado'
    'fish crackers': '생선 칩',
    # zh: '花生糖'  es: 'crocante de cacahuete'
    'peanut brittle': '땅콩 강정',
    # zh: '50克袋装'  es: 'bolsa de 50 g'
    '50 g bag': '50g 봉지',
    # zh: '200克袋装'  es: 'bolsa de 200 g'
    '200 g bag': '200g 봉지',
    # zh: '原味'  es: 'sabor original'
    'original flavour': '오리지널',
    # zh: '烧烤味'  es: 'sabor barbacoa'
    'barbecue flavour': '바비큐 맛',
    # zh: '纺织服装'  es: 'Textiles y prendas'
    'Textiles & Garments': '섬유·의류',
    # zh: '单件胶袋，10件/箱'  es: 'bolsa individual, 10 por caja'
    'single polybag, 10 per carton': '개별 폴리백, 카톤당 10장',
    # zh: '单件胶袋，50件/箱'  es: 'bolsa individual, 50 por caja'
    'single polybag, 50 per carton': '개별 폴리백, 카톤당 50장',
    # zh: '工作服'  es: 'Ropa de trabajo'
    'Workwear': '작업복',
    # zh: '厨师服'  es: 'chaqueta de chef'
    'chef jacket': '조리복',
    # zh: '工装连体服'  es: 'mono de trabajo'
    'work overalls': '작업용 점프슈트',
    # zh: '反光背心'  es: 'chaleco reflectante'
    'hi-vis vest': '반사 안전 조끼',
    # zh: 'XL码'  es: 'talla XL'
    'size XL': 'XL 사이즈',
    # zh: '涤棉'  es: 'de poliéster y algodón'
    'polyester-cotton': '폴리면',
    # zh: '纯棉'  es: 'de algodón 100 %'
    '100% cotton': '면 100%',
    # zh: '围裙'  es: 'Delantales'
    'Aprons': '앞치마',
    # zh: '挂脖围裙'  es: 'delantal con peto'
    'bib apron': '가슴 앞치마',
    # zh: '半身围裙'  es: 'delantal de cintura'
    'waist apron': '허리 앞치마',
    # zh: '咖啡师围裙'  es: 'delantal de barista'
    'barista apron': '바리스타 앞치마',
    # zh: '无印花'  es: 'sin estampado'
    'plain': '무지',
    # zh: '定制logo印花'  es: 'con logotipo personalizado'
    'custom logo print': '로고 인쇄',
    # zh: '防水PVC'  es: 'de PVC impermeable'
    'waterproof PVC': '방수 PVC',
    # zh: '帆布'  es: 'de lona'
    'canvas': '캔버스',
    # zh: '牛仔布'  es: 'vaquero'
    'denim': '데님',
    # zh: 'T恤与POLO衫'  es: 'Camisetas y polos'
    'T-shirts & polo shirts': '티셔츠·폴로 셔츠',
    # zh: '圆领T恤'  es: 'camiseta de cuello redondo'
    'crew-neck T-shirt': '라운드넥 티셔츠',
    # zh: 'POLO衫'  es: 'polo'
    'polo shirt': '폴로 셔츠',
    # zh: '丝网印花'  es: 'con serigrafía'
    'screen-printed': '실크스크린 인쇄',
    # zh: '180克纯棉'  es: 'de algodón de 180 g/m²'
    '180 gsm cotton': '180g/m² 면',
    # zh: '速干涤纶'  es: 'de poliéster de secado rápido'
    'quick-dry polyester': '속건 폴리에스터',
    # zh: '220克精梳棉'  es: 'de algodón peinado de 220 g/m²'
    '220 gsm combed cotton': '220g/m² 코마 면',
    # zh: '家纺'  es: 'Textiles para el hogar'
    'Home textiles': '홈 텍스타일',
    # zh: '厨房毛巾'  es: 'paño de cocina'
    'kitchen towel': '행주',
    # zh: '浴巾'  es: 'toalla de baño'
    'bath towel': '바스타월',
    # zh: '桌布'  es: 'mantel'
    'tablecloth': '식탁보',
    # zh: '40×60厘米'  es: 'de 40 × 60 cm'
    '40 × 60 cm': '40×60cm',
    # zh: '70×140厘米'  es: 'de 70 × 140 cm'
    '70 × 140 cm': '70×140cm',
    # zh: '140×180厘米'  es: 'de 140 × 180 cm'
    '140 × 180 cm': '140×180cm',
    # zh: '超细纤维'  es: 'de microfibra'
    'microfibre': '극세사',
    # zh: '纯棉'  es: 'de algodón'
    'cotton': '면',
    # zh: '棉麻'  es: 'de mezcla de lino'
    'linen-blend': '린넨 혼방',
    # zh: '<p>{title}。型号{model}，生产商：{maker}（广东阳江）。</p><p>包装：{pack}。起订量：{minimum}；交货期{lead}天。{oem}报关、商检及出口单证由平台一站式办理。</p>'  es: '<p>{title}. Modelo {model}, fabricado en Yangjiang (Guangdong) por {maker}</p><p>Embalaje: {pack}. Pedido mínimo: {minimum}; plazo de entrega: {lead} días. {oem}La plataforma gestiona la aduana, la inspección y los documentos de exportación.</p>'
    '<p>{title}. Model {model}, made in Yangjiang, Guangdong, by {maker}</p><p>Packing: {pack}. Minimum order: {minimum}; lead time {lead} days. {oem}Customs, inspection and export documents are handled by the platform.</p>': '<p>{title}. 모델: {model}, 제조사: {maker}(광둥성 양장).</p><p>포장: {pack}. 최소 주문 수량: {minimum}. 납기: {lead}일. {oem}통관, 검사 및 수출 서류는 플랫폼에서 처리합니다.</p>',
    # zh: '支持OEM与贴牌。'  es: 'Se aceptan OEM y marca blanca. '
    'OEM and private label welcome. ': 'OEM 및 자체 브랜드(PB) 생산 가능. ',
    # zh: '{moq}{unit}'  es: '{moq} {unit}'
    '{moq} {unit}': '{moq}{unit}',
    # zh: '无，单件起售'  es: 'ninguno, se venden unidades sueltas'
    'none, single units welcome': '없음(1개부터 구매 가능)',
    # zh: '4件散装出口纸箱'  es: 'caja de exportación a granel de 4 unidades'
    'bulk export carton of 4': '업소용 4개입 수출용 박스',
    # zh: '单件散装'  es: 'unidad a granel individual'
    'single bulk unit': '업소용 단품',
}

HOME = {'title': '양장 제조업체에서 직접 구매하세요',
 'intro': '광둥성 양장 산업 클러스터의 칼·가위, 주방용품, 수산물, 가공식품, 섬유 제품을 통관, 검사, 수출 환급, 외환 업무까지 한곳에서 처리해 드립니다.',
 'body': [('heading', '구매 절차'),
          ('paragraph',
           '<p>제조업체에 견적을 요청하고, 원하시는 통화로 가격과 거래 조건을 합의한 뒤 플랫폼을 통해 결제하세요. 검사 예약과 수출 신고는 저희가 처리하고, 선적 '
           '서류를 보내 드립니다.</p>'),
          ('call_to_action', {'text': '카탈로그 둘러보기', 'url': '/{lang}/catalogue/'}),
          ('call_to_action', {'text': '플랫폼 소개', 'url': '/{lang}/about/'})]}

ABOUT = {'title': '플랫폼 소개',
 'intro': '양장의 공장에서 귀사의 창고까지, 필요한 모든 일을 한곳에서.',
 'body': [('heading', '원스톱 통관'),
          ('paragraph',
           '<p>주문은 국경 간 B2B 수출(직접 수출은 감독 방식 9710, 해외 창고 수출은 9810)로 중국 세관에 신고되므로, 제조업체는 별도의 관세사를 두지 '
           '않고도 출하할 수 있습니다.</p>'),
          ('heading', '검사'),
          ('paragraph', '<p>수산물, 가공식품 등 검사·검역이 필요한 화물은 선적 전에 검사를 예약하며, 증명서는 선적 서류와 함께 전달됩니다.</p>'),
          ('heading', '수출 세금 환급'),
          ('paragraph',
           '<p>수출 신고서와 해당 인보이스를 함께 보관하므로, 제조업체는 받을 수 있는 수출 부가가치세 환급을 빠짐없이 신청할 수 있습니다.</p>'),
          ('heading', '외환'),
          ('paragraph',
           '<p>바이어는 자국 통화로 가격을 확인하고 결제합니다. 제조업체는 당일 환율에 따라 위안화로 정산받으며, 적용 환율은 주문마다 기록됩니다.</p>'),
          ('call_to_action', {'text': '카탈로그 둘러보기', 'url': '/{lang}/catalogue/'})]}
