"""Buying a sample: a few units below the MOQ at the sample price, within the sample limit.

The knife (conftest) has an MOQ of 100 and sends samples at 120.00 CNY a unit, at most 3
per sample order; at 0.13 EUR per yuan a sample unit is 15,60 EUR.
"""

from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from catalog.models import ReviewStatus

from .conftest import choose_currency

Basket = get_model("basket", "Basket")
Line = get_model("basket", "Line")

pytestmark = pytest.mark.django_db


def basket_lines():
    return list(Line.objects.order_by("pk"))


def add_sample(client, product, quantity):
    return client.post(f"/en/basket/add-sample/{product.pk}/", {"quantity": quantity}, follow=True)


def test_the_product_page_offers_a_sample_with_its_limit(client, knife):
    page = client.get(knife.get_absolute_url()).content.decode()

    assert f'action="/en/basket/add-sample/{knife.pk}/"' in page
    assert 'max="3"' in page


def test_a_sample_below_the_moq_is_bought_at_the_sample_price(client, knife):
    choose_currency(client, "EUR")

    response = add_sample(client, knife, 2)

    assert response.redirect_chain[-1][0] == "/en/basket/"
    assert "2 sample units of" in response.content.decode()
    [line] = basket_lines()
    assert line.quantity == 2
    assert line.attributes.get().option.code == "sample"
    assert line.price_excl_tax == Decimal("15.60")
    basket = response.context["basket"]
    assert basket.total_excl_tax == Decimal("31.20")
    assert basket.is_tax_known
    # No "price has changed" warning: the kept price is the sample price.
    assert "has increased" not in response.content.decode()
    assert "has decreased" not in response.content.decode()


def test_a_sample_line_is_kept_apart_from_a_bulk_line_of_the_same_goods(client, knife):
    choose_currency(client, "EUR")
    client.post(f"/en/basket/add/{knife.pk}/", {"quantity": 100})
    add_sample(client, knife, 1)

    bulk, sample = basket_lines()
    assert (bulk.quantity, sample.quantity) == (100, 1)
    response = client.get("/en/basket/")
    basket = response.context["basket"]
    # 100 x 1.234,50 EUR and one sample at 15,60 EUR.
    assert basket.total_excl_tax == Decimal("123450.00") + Decimal("15.60")


@pytest.mark.parametrize(("quantity", "message"), [
    (4, "A sample order holds at most 3 units of this product."),
    (0, "Ensure this value is greater than or equal to 1."),
    (-1, "Ensure this value is greater than or equal to 1."),
    ("two", "Enter a whole number."),
    (10**9, "A quantity may be at most"),
])
def test_a_sample_order_out_of_bounds_is_refused_and_the_basket_stays_empty(client, knife, quantity,
                                                                            message):
    response = add_sample(client, knife, quantity)

    assert response.redirect_chain[-1][0] == knife.get_absolute_url()
    assert message in response.content.decode()
    assert basket_lines() == []


def test_samples_added_twice_may_not_pass_the_limit_together(client, knife):
    add_sample(client, knife, 2)
    response = add_sample(client, knife, 2)

    assert "A sample order holds at most 3 units of this product." in response.content.decode()
    [line] = basket_lines()
    assert line.quantity == 2


def test_raising_a_sample_line_in_the_basket_is_held_to_the_limit_not_the_moq(client, knife):
    client.post(f"/en/basket/add/{knife.pk}/", {"quantity": 100})
    add_sample(client, knife, 1)
    bulk, sample = basket_lines()
    page = client.get("/en/basket/")
    formset = page.context["formset"]
    data = {"form-TOTAL_FORMS": "2", "form-INITIAL_FORMS": "2", "form-MIN_NUM_FORMS": "0",
            "form-MAX_NUM_FORMS": "1000"}
    for index, form in enumerate(formset.forms):
        data[f"form-{index}-id"] = str(form.instance.pk)
        data[f"form-{index}-quantity"] = str(form.instance.quantity)
    sample_index = [form.instance.pk for form in formset.forms].index(sample.pk)

    data[f"form-{sample_index}-quantity"] = "3"
    client.post("/en/basket/", data)
    assert Line.objects.get(pk=sample.pk).quantity == 3
    assert Line.objects.get(pk=bulk.pk).quantity == 100  # its MOQ is not judged with the sample

    data[f"form-{sample_index}-quantity"] = "5"
    response = client.post("/en/basket/", data, follow=True)
    assert "A sample order holds at most 3 units of this product." in response.content.decode()
    assert Line.objects.get(pk=sample.pk).quantity == 3


def test_a_product_without_samples_refuses_a_sample(client, knife):
    record = knife.stockrecords.get()
    record.sample_limit = None
    record.sample_price = None
    record.save()

    response = add_sample(client, knife, 1)

    assert "The seller does not send samples of this product." in response.content.decode()
    assert basket_lines() == []
    assert "add-sample" not in client.get(knife.get_absolute_url()).content.decode()


def test_no_sample_of_goods_not_for_sale(client, knife):
    type(knife).objects.filter(pk=knife.pk).update(review_status=ReviewStatus.PENDING)

    response = add_sample(client, knife, 1)

    assert response.status_code in (200, 404)
    assert basket_lines() == []


def test_a_sample_is_ordered_with_its_option_on_the_order_line(knife):
    from oscar.core.loading import get_class
    from oscar.test.factories import create_order

    from marketplace.oscar_apps.basket.services import add_sample as add

    basket = Basket.objects.create()
    basket.strategy = get_class("partner.strategy", "Selector")().strategy(display_currency="EUR")
    add(basket, knife, 2)

    order = create_order(basket=basket)

    [line] = order.lines.all()
    assert line.quantity == 2
    assert line.unit_price_excl_tax == Decimal("15.60")
    assert [(attribute.option.code, attribute.value) for attribute in line.attributes.all()] == [
        ("sample", "yes")]
