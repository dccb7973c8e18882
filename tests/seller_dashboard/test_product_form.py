"""The seller's product page: trade data, a title and description per language, moderation."""

from decimal import Decimal

import pytest
from django.conf import settings
from oscar.core.loading import get_model

from tests.factories import ProductClassFactory

from .conftest import page_data

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

CREATE = "/dashboard/catalogue/products/create/kitchen-knife/"


def product_url(product):
    return f"/dashboard/catalogue/products/{product.pk}/"


@pytest.fixture
def new_knife(seller_a, category):
    """The create page as a seller fills it in: a knife with its trade data and stock."""
    page = seller_a.client.get(CREATE)
    return page_data(page) | {
        "title_en": "Damascus Gyuto 210mm", "title_zh_hans": "大马士革牛刀 210毫米",
        "description_en": "<p>67-layer Damascus steel.</p>",
        "description_zh_hans": "<p>67层大马士革钢。</p>",
        "title_es": "Gyuto de Damasco 210 mm",
        "productcategory_set-0-category": str(category.pk),
        "hs_code": "8211.91.0000", "gtin": "690 1234 567892", "unit_of_measure": "piece",
        "net_weight_kg": "0.250", "gross_weight_kg": "0.400", "lead_time_days": "30",
        "origin_district": "441702", "oem_available": "on",
        "stockrecords-0-partner": str(seller_a.partner.pk),
        "stockrecords-0-partner_sku": "GYUTO-210", "stockrecords-0-price_currency": "CNY",
        "stockrecords-0-price": "180.00", "stockrecords-0-num_in_stock": "3000",
        "stockrecords-0-moq": "50", "stockrecords-0-sample_price": "220.00",
        "stockrecords-0-sample_limit": "2",
    }


def test_the_create_page_has_trade_data_every_language_and_no_publication_switch(seller_a):
    page = seller_a.client.get(CREATE)
    assert page.status_code == 200
    for code, _name in settings.LANGUAGES:
        suffix = code.replace("-", "_")
        assert f'name="title_{suffix}"' in page.text
        assert f'name="description_{suffix}"' in page.text
    for name in ("hs_code", "declared_elements", "gtin", "net_weight_kg", "origin_district",
                 "lead_time_days", "stockrecords-0-moq", "stockrecords-0-sample_price",
                 "stockrecords-0-sample_limit"):
        assert f'name="{name}"' in page.text, name
    assert 'name="is_public"' not in page.text
    assert 'name="title"' not in page.text


def test_staff_still_decide_publication(staff_client, category):
    ProductClassFactory()
    assert 'name="is_public"' in staff_client.get(CREATE).text


def test_seller_creates_a_product_with_trade_data_translations_and_b2b_terms(
        seller_a, new_knife, moderation):
    response = seller_a.client.post(CREATE, new_knife)

    assert response.status_code == 302
    product = Product.objects.get(title_en="Damascus Gyuto 210mm")
    assert product.title_zh_hans == "大马士革牛刀 210毫米"
    assert product.title_es == "Gyuto de Damasco 210 mm"
    assert product.hs_code_id == "8211910000"
    assert product.gtin == "6901234567892"
    assert product.gross_weight_kg == Decimal("0.400")
    assert product.oem_available
    record = product.stockrecords.get()
    assert (record.partner, record.moq, record.sample_price, record.sample_limit) == (
        seller_a.partner, 50, Decimal("220.00"), 2)
    assert moderation.changed == [(product.pk, seller_a.user.pk)]


def test_the_edit_page_and_the_list_show_the_missing_languages(seller_a, new_knife):
    seller_a.client.post(CREATE, new_knife)
    product = Product.objects.get(title_en="Damascus Gyuto 210mm")

    page = seller_a.client.get(product_url(product))
    assert 'id="missing_languages"' in page.text
    alert = page.text.split('id="missing_languages"')[1].split("</div>")[0]
    # Spanish has a title but no description yet; English and Chinese are complete.
    for name in ("Español", "Français", "Deutsch", "日本語", "العربية"):
        assert name in alert
    assert "English" not in alert and "简体中文" not in alert

    listing = seller_a.client.get("/dashboard/catalogue/", {"title": "Damascus"})
    assert "Damascus Gyuto 210mm" in listing.text
    assert 'lang="es">es</span>' in listing.text
    assert 'lang="en">en</span>' not in listing.text


def test_a_fully_translated_product_has_no_missing_languages(seller_a, new_knife):
    for code, _name in settings.LANGUAGES:
        suffix = code.replace("-", "_")
        new_knife[f"title_{suffix}"] = new_knife.get(f"title_{suffix}") or f"Gyuto ({code})"
        new_knife[f"description_{suffix}"] = f"<p>Damascus ({code})</p>"
    seller_a.client.post(CREATE, new_knife)
    product = Product.objects.get(title_en="Damascus Gyuto 210mm")

    assert 'id="missing_languages"' not in seller_a.client.get(product_url(product)).text
    listing = seller_a.client.get("/dashboard/catalogue/", {"title": "Damascus"})
    assert "All translated" in listing.text


def test_a_title_in_english_or_chinese_is_required(seller_a, new_knife):
    new_knife |= {"title_en": "", "title_zh_hans": ""}
    response = seller_a.client.post(CREATE, new_knife)

    assert response.status_code == 200
    assert "Give the title in English or in Chinese" in response.text
    assert not Product.objects.filter(title_es="Gyuto de Damasco 210 mm").exists()


def test_trade_errors_are_shown_on_their_fields_and_nothing_is_saved(seller_a, new_knife):
    new_knife |= {"gross_weight_kg": "0.100", "gtin": "6901234567890"}
    response = seller_a.client.post(CREATE, new_knife)

    assert response.status_code == 200
    form = response.context["form"]
    assert "cannot be less than the net weight" in str(form.errors["gross_weight_kg"])
    assert "gtin" in form.errors
    assert not Product.objects.filter(title_en="Damascus Gyuto 210mm").exists()
    assert not StockRecord.objects.filter(partner_sku="GYUTO-210").exists()


def test_sample_terms_are_checked_on_the_stock_record(seller_a, new_knife):
    new_knife |= {"stockrecords-0-sample_price": "", "stockrecords-0-sample_limit": "5"}
    response = seller_a.client.post(CREATE, new_knife)

    assert response.status_code == 200
    errors = response.context["stockrecord_formset"].forms[0].errors
    assert "Give a sample price" in str(errors["sample_price"])
    assert not Product.objects.filter(title_en="Damascus Gyuto 210mm").exists()


def test_moderations_refusals_are_shown_and_nothing_is_saved(seller_a, new_knife, moderation):
    moderation.refusals = ["Daggers are controlled knives and cannot be listed."]
    response = seller_a.client.post(CREATE, new_knife)

    assert response.status_code == 200
    assert "Daggers are controlled knives and cannot be listed." in response.text
    assert not Product.objects.filter(title_en="Damascus Gyuto 210mm").exists()
    assert moderation.changed == []
    # Moderation saw the seller's input: the trade fields were already on the product.
    assert moderation.screened[-1].hs_code_id == "8211910000"


def test_editing_tells_moderation_but_staff_edits_do_not(seller_a, staff_client, moderation):
    url = product_url(seller_a.product)
    data = page_data(seller_a.client.get(url)) | {"title_en": "Eighteen Chef Knife 8in v2"}
    assert seller_a.client.post(url, data).status_code == 302
    assert moderation.changed == [(seller_a.product.pk, seller_a.user.pk)]

    data = page_data(staff_client.get(url)) | {"title_en": "Eighteen Chef Knife 8in v3"}
    assert staff_client.post(url, data).status_code == 302
    assert len(moderation.changed) == 1
    assert Product.objects.get(pk=seller_a.product.pk).title_en == "Eighteen Chef Knife 8in v3"


def test_a_seller_cannot_publish_through_a_forged_field(seller_a):
    Product.objects.filter(pk=seller_a.product.pk).update(is_public=False)
    url = product_url(seller_a.product)
    data = page_data(seller_a.client.get(url)) | {"is_public": "on"}
    assert seller_a.client.post(url, data).status_code == 302
    assert not Product.objects.get(pk=seller_a.product.pk).is_public


def test_review_status_and_reason_are_shown_to_the_seller(seller_a):
    if not hasattr(seller_a.product, "review_status"):
        pytest.skip("the moderation fields are not on Product yet")
    Product.objects.filter(pk=seller_a.product.pk).update(
        review_status="refused", review_reason="HS code 9307 is prohibited.")

    page = seller_a.client.get(product_url(seller_a.product))
    assert 'id="review_status"' in page.text
    assert "HS code 9307 is prohibited." in page.text
    assert "review-refused" in seller_a.client.get("/dashboard/catalogue/").text
