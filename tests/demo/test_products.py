"""Demo product number n is the same product on every run, with a valid barcode."""

from marketplace.demo.products import SUBCATEGORIES, demo_upc, ean13, product_spec


def test_the_same_number_always_gives_the_same_product():
    assert product_spec(1234) == product_spec(1234)
    assert product_spec(1234).upc != product_spec(1235).upc


def test_demo_upcs_are_valid_chinese_ean13_codes():
    upc = demo_upc(42)

    assert len(upc) == 13 and upc.startswith("690")
    assert ean13("400638133393") == "4006381333931"  # a published EAN-13 example


def test_the_first_products_cover_every_sub_category():
    covered = {product_spec(n).subcategory.code for n in range(len(SUBCATEGORIES))}

    assert len(covered) == len(SUBCATEGORIES)


def test_titles_follow_each_languages_word_order():
    spec = next(
        product_spec(n) for n in range(2000)
        if product_spec(n).titles["en"] == "8-inch 5Cr15MoV chef knife"
    )

    assert spec.titles["zh-hans"] == "8英寸5Cr15MoV厨师刀"
    assert spec.titles["es"] == "Cuchillo de chef de 8 pulgadas 5Cr15MoV"
