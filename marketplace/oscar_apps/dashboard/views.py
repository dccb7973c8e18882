"""Oscar's dashboard home, with a seller's figures taken from its own order lines.

Oscar shows a partner user the orders that hold one of its lines, but sums and averages
their whole totals (revenue, average order, the revenue chart), which on a marketplace
include other sellers' goods. Here a seller's money figures are those of its own lines,
as on its order pages (dashboard.orders.selectors). Staff still see the whole shop.
"""

from datetime import timedelta
from decimal import Decimal

from django.db.models import Avg, F, OuterRef, Subquery, Sum
from django.utils.timezone import now
from oscar.apps.dashboard import views as oscar_views
from oscar.core.loading import get_model

from .orders import selectors

Order = get_model("order", "Order")


class IndexView(oscar_views.IndexView):
    def get_stats(self):
        stats = super().get_stats()
        user = self.request.user
        if user.is_staff:
            return stats
        lines = selectors.partner_lines(user)
        day_ago = now() - timedelta(hours=24)
        last_day = lines.filter(order__date_placed__gt=day_ago)
        own_value = (lines.filter(order=OuterRef("pk")).order_by().values("order")
                     .annotate(value=Sum("line_price_incl_tax")).values("value"))
        orders_last_day = Order.objects.filter(pk__in=last_day.values("order"))
        stats.update(
            total_revenue=self._sum(lines),
            total_revenue_last_day=self._sum(last_day),
            average_order_costs=orders_last_day.annotate(own_value=Subquery(own_value))
            .aggregate(average=Avg("own_value"))["average"] or Decimal("0.00"),
            # Oscar's chart reads `date_placed` and sums `total_incl_tax` of what it is
            # given; given the seller's lines under those names, it charts their value.
            hourly_report_dict=self.get_hourly_report(lines.annotate(
                date_placed=F("order__date_placed"), total_incl_tax=F("line_price_incl_tax"))),
        )
        return stats

    @staticmethod
    def _sum(lines):
        return lines.aggregate(value=Sum("line_price_incl_tax"))["value"] or Decimal("0.00")
