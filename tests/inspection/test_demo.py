"""Demo filings: every demo seller and product filed and accepted, once."""

from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from catalog.services import ensure_cluster_product_classes
from marketplace.demo.services import seed_partners
from marketplace.inspection import services
from marketplace.inspection.demo import seed_demo_filings
from marketplace.inspection.models import CommodityFiling, EnterpriseFiling, FilingStatus
from marketplace.sellers.models import Enterprise
from tests.factories import StockRecordFactory

from .factories import place

pytestmark = pytest.mark.django_db

HSCode = get_model("catalogue", "HSCode")


@pytest.fixture
def demo_goods(db):
    """The demo makers, a knife of the cutlery maker and frozen prawns of the aquatic one."""
    partners = seed_partners()
    classes = ensure_cluster_product_classes()
    knife = StockRecordFactory(partner=partners["yj-jiangcheng-cutlery"], price=Decimal("50"),
                               product__title_zh_hans="八寸厨师刀").product
    knife.hs_code = HSCode.objects.get(code="8211910000")
    knife.save()
    prawns = StockRecordFactory(partner=partners["yj-zhapo-aquatic"], price=Decimal("60"),
                                product__product_class=classes["seafood"]).product
    prawns.hs_code = HSCode.objects.get(code="0306172900")
    prawns.attr.storage_temperature_c = -18
    prawns.save()
    return knife, prawns


def test_every_demo_seller_and_product_gets_accepted_filings(demo_goods):
    knife, prawns = demo_goods
    added = seed_demo_filings()

    assert added["enterprises"] == Enterprise.objects.count() == 7
    assert all(enterprise.status == Enterprise.Status.APPROVED for enterprise in Enterprise.objects.all())
    assert EnterpriseFiling.objects.filter(kind="cbec_operator", status=FilingStatus.ACCEPTED).count() == 7
    food_makers = {filing.enterprise.partner.code for filing in
                   EnterpriseFiling.objects.filter(kind="food_production")}
    assert food_makers == {"yj-zhapo-aquatic", "yj-pinggang-foods", "yj-yangchun-foods"}
    prawn_filing = CommodityFiling.objects.get(product=prawns)
    assert (prawn_filing.storage, prawn_filing.shelf_life_days) == ("frozen", 540)
    assert CommodityFiling.objects.get(product=knife).name_zh == "八寸厨师刀"
    assert services.missing_filings(place(knife)) == []
    assert services.missing_filings(place(prawns)) == []


def test_seeding_again_adds_nothing(demo_goods):
    seed_demo_filings()
    counts = (Enterprise.objects.count(), EnterpriseFiling.objects.count(), CommodityFiling.objects.count())
    assert seed_demo_filings() == {"enterprises": 0, "enterprise_filings": 0, "commodity_filings": 0}
    assert counts == (Enterprise.objects.count(), EnterpriseFiling.objects.count(), CommodityFiling.objects.count())
