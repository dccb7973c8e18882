from django.apps import apps
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve as serve_media
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from marketplace.currency import views as currency_views
from marketplace.health import views as health_views

# Routes outside the language prefix come first: Wagtail's catch-all inside
# i18n_patterns would otherwise answer them with a language redirect.
urlpatterns = [
    path("healthz", health_views.healthz, name="healthz"),
    path("readyz", health_views.readyz, name="readyz"),
    path("", include("marketplace.seo.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("currency/", currency_views.set_display_currency, name="set-display-currency"),
    path("dashboard/sellers/", include("marketplace.sellers.dashboard.urls")),
    path("dashboard/moderation/", include("marketplace.moderation.urls")),
    path("dashboard/imports/", include("marketplace.product_import.urls")),
    # Called by the payment gateway, in no language.
    path("payments/", include("marketplace.payments.urls")),
    path("dashboard/freight/", include("marketplace.freight.urls")),
    path("dashboard/bank-transfers/", include("marketplace.bank_transfer.urls")),
    path("dashboard/declarations/", include("marketplace.declaration.urls")),
    path("dashboard/inspection/", include("marketplace.inspection.urls")),
    path("dashboard/tax/", include("marketplace.rebates.urls")),
    path("dashboard/forex/", include("marketplace.forex_reports.urls")),
    path("dashboard/statistics/", include("marketplace.trade_stats.urls")),
    path("dashboard/ip-complaints/", include("marketplace.ip_complaints.dashboard_urls")),
    path("dashboard/batches/", include("marketplace.traceability.dashboard_urls")),
    path("dashboard/risk/", include("marketplace.risk.dashboard_urls")),
    path("dashboard/returns/", include("marketplace.returns.dashboard_urls")),
    path("dashboard/ratings/", include("marketplace.seller_rating.dashboard_urls")),
    # GS1 Digital Link trace codes (/01/<GTIN-14>/10/<lot>), printed on labels in no
    # language: the page answers in the scanner's (Accept-Language).
    path("", include("marketplace.traceability.resolver_urls")),
    # Receipts posted back by the single-window adapter, in no language.
    path("single-window/", include("marketplace.single_window.urls")),
    path("dashboard/", apps.get_app_config("dashboard").urls),
    path("cms/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("django-admin/", admin.site.urls),
]

if settings.MARKETPLACE_SERVE_MEDIA:
    # Media is on local disk in the embedded profile; nginx serves /media/ in production.
    urlpatterns.append(
        path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_media,
             {"document_root": settings.MEDIA_ROOT})
    )

urlpatterns += i18n_patterns(
    path("sellers/", include("marketplace.sellers.urls")),
    path("buyers/", include("marketplace.buyers.urls")),
    path("rfq/", include("marketplace.rfq.urls")),
    path("cross-border-tax/", include("marketplace.cbec_tax.urls")),
    path("documents/trade/", include("marketplace.trade_documents.urls")),
    path("orders/", include("marketplace.order_lifecycle.urls")),
    path("ip-complaints/", include("marketplace.ip_complaints.urls")),
    path("trace/", include("marketplace.traceability.urls")),
    path("returns/", include("marketplace.returns.urls")),
    path("seller-rating/", include("marketplace.seller_rating.urls")),
    path("", include(apps.get_app_config("oscar").urls[0])),
    path("", include("marketplace.content.urls")),
    prefix_default_language=True,
)
