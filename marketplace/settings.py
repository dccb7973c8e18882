"""Settings for the Yangjiang trade marketplace.

One module, every knob read from the environment. With nothing set the embedded
profile runs (SQLite under var/, eager Celery, database search, local media,
DEBUG on). Setting any production variable switches the matching part to its
production service and turns DEBUG off unless DJANGO_DEBUG says otherwise.
"""

import sys
from pathlib import Path

import environ
from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _
from oscar.defaults import *  # noqa: F401,F403  (Oscar's documented way to get its defaults)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(environ.Env().str("MARKETPLACE_VAR_DIR", default=str(BASE_DIR / "var")))

env = environ.Env()

PRODUCTION_VARIABLES = (
    "DATABASE_URL",
    "CELERY_BROKER_URL",
    "REDIS_URL",
    "ELASTICSEARCH_URL",
    "STRIPE_SECRET_KEY",
    "ALLOWED_HOSTS",
)
PRODUCTION = any(env.str(name, default="") for name in PRODUCTION_VARIABLES)


class ConfigurationError(SystemExit):
    """A missing or wrong production setting: stop start-up with one clear line.

    SystemExit is used on purpose so manage.py, gunicorn and celery print the
    message and exit non-zero instead of a traceback that hides it.
    """

    def __init__(self, message):
        sys.stderr.write(f"Configuration error: {message}\n")
        super().__init__(2)


DEBUG = env.bool("DJANGO_DEBUG", default=not PRODUCTION)

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        detected = [n for n in PRODUCTION_VARIABLES if env.str(n, default="")]
        reason = (
            "production variables detected: " + ", ".join(detected)
            if detected
            else "DJANGO_DEBUG is off"
        )
        raise ConfigurationError(f"DJANGO_SECRET_KEY must be set when DEBUG is off ({reason}).")
    SECRET_KEY = "embedded-profile-insecure-key-only-for-local-use"

ALLOWED_HOSTS = [
    host.strip()
    for host in env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
    if host.strip()
]
CSRF_TRUSTED_ORIGINS = [
    origin.strip() for origin in env.list("CSRF_TRUSTED_ORIGINS", default=[]) if origin.strip()
]
if not DEBUG:
    # Production is served over HTTPS (TLS ends at nginx or a load balancer, which says so
    # in X-Forwarded-Proto): secure cookies, a redirect to https and a year of HSTS are
    # the defaults. Each can be turned off by its variable for a first run on plain HTTP.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    # Probes talk plain HTTP to the web process itself (deploy/healthcheck.py, load balancers).
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=365 * 24 * 3600)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
    # Preloading is hard to undo (browsers ship the list), so it is asked for explicitly.
    SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)

# --- applications ------------------------------------------------------------

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it must come before it.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "django.contrib.humanize",
    # The marketplace
    "marketplace.core",
    "marketplace.vocabulary",
    "marketplace.currency",
    "marketplace.product_search",
    "marketplace.health",
    "marketplace.content",
    "marketplace.roles",
    "marketplace.editorial",
    "marketplace.sellers",
    "marketplace.moderation",
    "marketplace.machine_translation",
    "marketplace.product_import",
    "marketplace.demo",
    "marketplace.buyers",
    "marketplace.rfq",
    "marketplace.payments",
    "marketplace.cbec_tax",
    "marketplace.trade_documents",
    "marketplace.order_lifecycle",
    "marketplace.freight",
    "marketplace.bank_transfer",
    "marketplace.outbox",
    "marketplace.ceb",
    "marketplace.single_window",
    "marketplace.declaration",
    "marketplace.inspection",
    "marketplace.rebates",
    "marketplace.forex_reports",
    "marketplace.trade_stats",
    "marketplace.listing_holds",
    "marketplace.ip_complaints",
    "marketplace.traceability",
    "marketplace.risk",
    "marketplace.returns",
    "marketplace.seller_rating",
    "marketplace.seo",
    "marketplace.page_cache",
    # Oscar, with the forked apps in place of the originals
    "marketplace.shop.MarketplaceShop",
    "marketplace.oscar_apps.analytics.apps.AnalyticsConfig",
    "marketplace.oscar_apps.checkout.apps.CheckoutConfig",
    "marketplace.oscar_apps.address.apps.AddressConfig",
    "oscar.apps.shipping.apps.ShippingConfig",
    "catalog.apps.CatalogueConfig",
    "oscar.apps.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "marketplace.oscar_apps.partner.apps.PartnerConfig",
    "marketplace.oscar_apps.basket.apps.BasketConfig",
    "oscar.apps.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "marketplace.oscar_apps.order.apps.OrderConfig",
    "oscar.apps.customer.apps.CustomerConfig",
    "marketplace.oscar_apps.search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "marketplace.oscar_apps.dashboard.apps.DashboardConfig",
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "marketplace.oscar_apps.dashboard.orders.apps.OrdersDashboardConfig",
    "marketplace.oscar_apps.dashboard.catalogue.apps.CatalogueDashboardConfig",
    "oscar.apps.dashboard.offers.apps.OffersDashboardConfig",
    "oscar.apps.dashboard.partners.apps.PartnersDashboardConfig",
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
    "oscar.apps.dashboard.ranges.apps.RangesDashboardConfig",
    "oscar.apps.dashboard.reviews.apps.ReviewsDashboardConfig",
    "oscar.apps.dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "oscar.apps.dashboard.shipping.apps.ShippingDashboardConfig",
    "marketplace.sellers.dashboard.apps.SellersDashboardConfig",
    "widget_tweaks",
    # haystack stays installed: Oscar's class loader imports the original search
    # modules (which import haystack) even though the fork serves all results.
    "haystack",
    "treebeard",
    "sorl.thumbnail",
    "django_tables2",
    # Wagtail and its translation workflow
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Security headers on every response, error pages included (see "security headers").
    "marketplace.core.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Anonymous storefront pages from the cache: inside the CSRF middleware (the visitor's
    # token), before everything a cache hit skips (marketplace/page_cache/middleware.py).
    "marketplace.page_cache.middleware.AnonymousPageCacheMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # The display currency must be known before Oscar builds the pricing strategy.
    "marketplace.currency.middleware.DisplayCurrencyMiddleware",
    "marketplace.currency.middleware.CurrencyAwareBasketMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "django.contrib.flatpages.middleware.FlatpageFallbackMiddleware",
]

ROOT_URLCONF = "marketplace.urls"
WSGI_APPLICATION = "marketplace.wsgi.application"
SITE_ID = 1

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "marketplace" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.template.context_processors.i18n",
                "django.contrib.messages.context_processors.messages",
                "oscar.apps.search.context_processors.search_form",
                "oscar.apps.checkout.context_processors.checkout",
                "marketplace.core.context_processors.notifications",
                "oscar.core.context_processors.metadata",
                "wagtail.contrib.settings.context_processors.settings",
                "marketplace.core.context_processors.site_chrome",
                # Last: a page rendered for the page cache gets a placeholder CSRF token.
                "marketplace.page_cache.middleware.csrf_token",
            ],
        },
    }
]

# Oscar's e-mail login and Django's, with permission sets cached (marketplace/roles/backends.py).
AUTHENTICATION_BACKENDS = [
    "marketplace.roles.backends.EmailBackend",
    "marketplace.roles.backends.ModelBackend",
]
LOGIN_REDIRECT_URL = "/"
# A URL name, reversed in the visitor's language: a Spanish buyer sent to sign in stays on
# /es/ instead of landing on /accounts/login/ in the browser's language.
LOGIN_URL = "customer:login"

# --- data --------------------------------------------------------------------

DATABASES = {
    "default": env.db(
        "DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'marketplace.sqlite3'}"
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WAL lets the web process read while a worker or the seeder writes.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20,
         "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    )
# Connections kept between requests (Django closes them after each by default). A new
# connection costs PostgreSQL a TCP and authentication round trip, and SQLite its schema
# parsed again and its page cache emptied: about 15 ms of a cold product page under load
# (README, issue 17). Health checks replace one that broke while idle.
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DB_CONN_MAX_AGE", default=60))
DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
if (DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
        and env.bool("DB_SERVER_SIDE_BINDING", default=True)):
    # Parameters sent apart from the SQL, and a statement a connection has run five times
    # prepared: PostgreSQL then stops parsing and planning the same queries for every
    # request. Cold CMS pages 63 -> 40 ms, product pages 30 -> 27 ms (README, issue 17).
    # DB_SERVER_SIDE_BINDING=false behind a pooler that cannot keep prepared statements
    # (PgBouncer in transaction mode before 1.21). Web processes are restarted after a
    # migration (deploy/README.md): a statement prepared before it may no longer fit.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].setdefault("server_side_binding", True)
    DATABASES["default"]["OPTIONS"].setdefault("prepare_threshold", 5)
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    # Time limits so a Redis host that stops answering fails pages fast instead of hanging them.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                          "LOCATION": REDIS_URL,
                          "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2}}}
else:
    # Django's default of 300 entries holds a sliver of what the pages cache (a fragment per
    # product card, facet list and page, chrome per language): entries were culled before
    # they were asked for again. 20,000 entries of a few KB each stay around 100 MB.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                          "LOCATION": "marketplace", "OPTIONS": {"MAX_ENTRIES": 20000}}}

# Whole storefront pages for anonymous visitors (marketplace/page_cache): how long a copy
# lives (0 turns the cache off), which pages are kept, the cookies a kept page may set (the
# same for every visitor without cookies: a first product page's recently-viewed list),
# and the apps whose every change forgets the pages (what pages show outside the cached
# fragments, which their own versions already cover).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=60)
PAGE_CACHE_URL_NAMES = frozenset({
    "catalogue:index", "catalogue:category", "catalogue:detail", "search:search", "wagtail_serve",
})
PAGE_CACHE_SHARED_COOKIES = ["oscar_history"]
PAGE_CACHE_FORGET_ON_APPS = [
    "catalogue", "sellers", "moderation", "listing_holds", "ip_complaints", "risk", "seller_rating",
]

# --- languages and currencies -------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("zh-hans", "简体中文"),
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("ru", "Русский"),
    ("ar", "العربية"),
    ("ja", "日本語"),
    ("ko", "한국어"),
    ("pt", "Português"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Shanghai"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en", "zh-hans")}

# Machine translation of seller text (marketplace.machine_translation). The backend is a
# dotted path to a Translator, or "off": nothing is sent. Production:
# MARKETPLACE_TRANSLATION_BACKEND=marketplace.machine_translation.backends.DeepLTranslator
# with DEEPL_API_KEY (and DEEPL_ENDPOINT=https://api-free.deepl.com/v2/translate for a
# free key). The embedded profile and tests use the marked offline pseudo-translation.
MARKETPLACE_TRANSLATION_BACKEND = env(
    "MARKETPLACE_TRANSLATION_BACKEND",
    default="marketplace.machine_translation.backends.OfflineTranslator",
)
MARKETPLACE_DEEPL_API_KEY = env("DEEPL_API_KEY", default="")
MARKETPLACE_DEEPL_ENDPOINT = env("DEEPL_ENDPOINT", default="https://api.deepl.com/v2/translate")
# The translation editor's "Machine translate" button uses the same backend (absent when off).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "marketplace.editorial.machine_translator.PlatformMachineTranslator",
}

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_SITE_NAME = "Yangjiang Trade"
WAGTAILADMIN_BASE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "csv", "txt", "zip"]

# Seller prices are kept in yuan; buyers choose what they see.
OSCAR_DEFAULT_CURRENCY = "CNY"
MARKETPLACE_BASE_CURRENCY = "CNY"
MARKETPLACE_DISPLAY_CURRENCIES = ["CNY", "USD", "EUR", "GBP", "JPY", "KRW", "HKD", "RUB", "AED"]
# What a visitor sees before choosing: the usual currency of the page language.
MARKETPLACE_LANGUAGE_CURRENCIES = {
    "zh-hans": "CNY", "en": "USD", "es": "EUR", "fr": "EUR", "de": "EUR",
    "ru": "RUB", "ar": "AED", "ja": "JPY", "ko": "KRW", "pt": "EUR",
}
MARKETPLACE_CURRENCY_COOKIE = "display_currency"

# --- the shop ------------------------------------------------------------------

OSCAR_SHOP_NAME = "Yangjiang Trade"
OSCAR_SHOP_TAGLINE = _("Direct from the manufacturers of Yangjiang")
OSCAR_HOMEPAGE = "/"
OSCAR_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="noreply@yangjiang-trade.example")
OSCAR_ALLOW_ANON_CHECKOUT = False  # B2B: orders, documents and messages live in an account
# Bulk lots run to tens of thousands of units; Oscar's default cap (10,000 per basket) is retail.
OSCAR_MAX_BASKET_QUANTITY_THRESHOLD = 1_000_000
OSCAR_REQUIRED_ADDRESS_FIELDS = ("first_name", "last_name", "line1", "line4", "country")
from marketplace.core.menu_access import visible_to as _visible_to  # noqa: E402

OSCAR_DASHBOARD_NAVIGATION = [
    *OSCAR_DASHBOARD_NAVIGATION,  # noqa: F405  (from oscar.defaults)
    {"label": _("Manufacturer filings"), "icon": "fas fa-industry",
     "url_name": "sellers_dashboard:enterprise-list"},
    {"label": _("Listing review"), "icon": "fas fa-gavel", "url_name": "moderation:listing-queue"},
    {"label": _("Import products"), "icon": "fas fa-file-import",
     "url_name": "product_import:import-upload"},
    {"label": _("Bank transfers"), "icon": "fas fa-university",
     "url_name": "bank_transfer:transfer-list"},
    {"label": _("Freight"), "icon": "fas fa-shipping-fast", "url_name": "freight:freight-index"},
    {"label": _("Customs declarations"), "icon": "fas fa-passport",
     "url_name": "declaration:index"},
    {"label": _("Inspection and quarantine"), "icon": "fas fa-microscope", "children": [
        {"label": _("Overview"), "url_name": "inspection:inspection-index"},
        {"label": _("Enterprise filings"), "url_name": "inspection:inspection-enterprise-filing-list"},
        {"label": _("Commodity filings"), "url_name": "inspection:inspection-commodity-filing-list"},
        {"label": _("Batch declarations"), "url_name": "inspection:inspection-batch-list"},
    ]},
    {"label": _("Tax reports"), "icon": "fas fa-file-invoice-dollar", "children": [
        {"label": _("Rebate rates"), "url_name": "rebates:rebates-rates"},
        {"label": _("Monthly rebate report"), "url_name": "rebates:rebates-pick-month"},
        {"label": _("E-tax slips"), "url_name": "rebates:rebates-slips"},
    ]},
    {"label": _("Forex settlement"), "icon": "fas fa-exchange-alt", "url_name": "forex_reports:forex-pick"},
    {"label": _("Trade statistics"), "icon": "fas fa-chart-line",
     "url_name": "trade_stats:statistics-index"},
    {"label": _("IP complaints"), "icon": "fas fa-copyright",
     "url_name": "ip_complaints_dashboard:queue",
     "access_fn": _visible_to(["is_staff"], ["ip_complaints.moderate_complaint"])},
    {"label": _("IP complaints against me"), "icon": "fas fa-copyright",
     "url_name": "ip_complaints_dashboard:seller-cases",
     "access_fn": _visible_to(["partner.dashboard_access"])},
    {"label": _("Returns and disputes"), "icon": "fas fa-undo", "children": [
        {"label": _("Returns"), "url_name": "returns_dashboard:list",
         "access_fn": _visible_to(["is_staff"], ["partner.dashboard_access"])},
        {"label": _("Return policy"), "url_name": "returns_dashboard:policy",
         "access_fn": _visible_to(["partner.dashboard_access"])},
        {"label": _("Escalated disputes"), "url_name": "returns_dashboard:disputes",
         "access_fn": _visible_to(["is_staff"], ["returns.decide_dispute"])},
    ], "access_fn": _visible_to(["is_staff"], ["partner.dashboard_access"],
                                ["returns.decide_dispute"])},
    {"label": _("Seller ratings"), "icon": "fas fa-star-half-alt",
     "url_name": "seller_rating_dashboard:list", "access_fn": _visible_to(["is_staff"])},
    {"label": _("My rating"), "icon": "fas fa-star-half-alt",
     "url_name": "seller_rating_dashboard:mine",
     "access_fn": _visible_to(["partner.dashboard_access"])},
    {"label": _("Batches and trace codes"), "icon": "fas fa-barcode",
     "url_name": "traceability_dashboard:batch-list"},
    {"label": _("Risk and recalls"), "icon": "fas fa-exclamation-triangle", "children": [
        {"label": _("Alerts"), "url_name": "risk_dashboard:risk-alert-list"},
        {"label": _("Recalls"), "url_name": "risk_dashboard:risk-recall-list"},
        {"label": _("Watch lists"), "url_name": "risk_dashboard:risk-watch-list-list"},
    ]},
]
MARKETPLACE_SELLER_UPLOAD_MAX_BYTES = env.int(
    "MARKETPLACE_SELLER_UPLOAD_MAX_BYTES", default=10 * 1024 * 1024
)
HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}}
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"

# --- search ------------------------------------------------------------------

ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
MARKETPLACE_SEARCH_BACKEND = env.str(
    "MARKETPLACE_SEARCH_BACKEND",
    default=(
        "marketplace.product_search.backends.elasticsearch.ElasticsearchBackend"
        if ELASTICSEARCH_URL
        else "marketplace.product_search.backends.database.DatabaseBackend"
    ),
)
MARKETPLACE_SEARCH_INDEX = env.str("ELASTICSEARCH_INDEX", default="marketplace-products")

# --- background work ----------------------------------------------------------

CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL or "memory://")
# Results must travel between processes once a real broker is used; rpc:// rides on it.
CELERY_RESULT_BACKEND = env.str(
    "CELERY_RESULT_BACKEND",
    default=REDIS_URL or ("cache+memory://" if CELERY_BROKER_URL == "memory://" else "rpc://"),
)
# Without a broker every task runs in-process, so the embedded profile needs no worker.
CELERY_TASK_ALWAYS_EAGER = env.bool(
    "CELERY_TASK_ALWAYS_EAGER", default=CELERY_BROKER_URL == "memory://"
)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = "marketplace"
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    # A product import whose worker died is queued again (product_import.services).
    "recover-stalled-imports": {"task": "product_import.recover_stalled_jobs", "schedule": 300.0},
    # Requests for quotation past their deadline without a quote are closed as expired.
    "expire-overdue-rfqs": {"task": "rfq.expire_overdue_rfqs", "schedule": 3600.0},
    # Buyers are reminded once per due date of a T/T deposit or balance left unpaid.
    "remind-overdue-bank-transfers": {"task": "bank_transfer.remind_overdue", "schedule": 3600.0},
    # Messages to the authorities whose relay was not enqueued (broker down) or must retry.
    "relay-outbox": {"task": "outbox.relay_pending", "schedule": 60.0},
    # Last month's export VAT rebate report to the tax outbox (unchanged months are not resent).
    "submit-vat-rebate-month": {"task": "rebates.submit_previous_month",
                                "schedule": crontab(minute=0, hour=6, day_of_month=1)},
    # Yesterday's forex settlement report to the forex outbox.
    "submit-fx-settlement-day": {"task": "forex_reports.submit_yesterday",
                                 "schedule": crontab(minute=30, hour=1)},
    # Receipts the single window left in the inbox folder.
    "read-single-window-inbox": {"task": "single_window.read_inbox", "schedule": 60.0},
    # Last month's released retail lists summarised per seller (CEB701), for the rebate.
    "summarise-released-lists": {"task": "declaration.summarise_month",
                                 "schedule": crontab(minute=0, hour=2, day_of_month=1)},
    # Takedowns not counter-noticed by their deadline become upheld strikes.
    "ip-uphold-lapsed-takedowns": {"task": "ip_complaints.uphold_lapsed_takedowns",
                                   "schedule": 3600.0},
    # Every seller's credit rating, from the last window of orders, disputes, strikes
    # and reviews (events recompute single sellers in between).
    "recompute-seller-ratings": {"task": "seller_rating.recompute_all",
                                 "schedule": crontab(minute=30, hour=3)},
    # Risk alerts whose signals aged out of the window are levelled down again.
    "reassess-risk-alerts": {"task": "risk.reassess_open_alerts",
                             "schedule": crontab(minute=15, hour=3)},
}

# --- payments (used from the buying issue on) ------------------------------------

STRIPE_SECRET_KEY = env.str("STRIPE_SECRET_KEY", default="")
STRIPE_PUBLISHABLE_KEY = env.str("STRIPE_PUBLISHABLE_KEY", default="")
STRIPE_API_BASE = env.str("STRIPE_API_BASE", default="")
STRIPE_WEBHOOK_SECRET = env.str("STRIPE_WEBHOOK_SECRET", default="")
# Stripe.js, loaded by the pay page only (its CSP is widened there, checkout/payment.py).
STRIPE_JS_URL = env.str("STRIPE_JS_URL", default="https://js.stripe.com/v3/")
# The card payment gateway (marketplace/payments/backends): Stripe, or localstripe when
# STRIPE_API_BASE points at it; backends.locmem.LocmemGateway is the in-memory double.
MARKETPLACE_PAYMENT_GATEWAY = env.str(
    "MARKETPLACE_PAYMENT_GATEWAY", default="marketplace.payments.backends.stripe.StripeGateway")

# --- order lifecycle (marketplace/order_lifecycle/statuses.py) -----------------------

from marketplace.order_lifecycle import statuses as _order_statuses  # noqa: E402

OSCAR_INITIAL_ORDER_STATUS = _order_statuses.PLACED
OSCAR_INITIAL_LINE_STATUS = _order_statuses.PLACED
OSCAR_ORDER_STATUS_PIPELINE = _order_statuses.ORDER_PIPELINE
OSCAR_LINE_STATUS_PIPELINE = _order_statuses.LINE_PIPELINE
OSCAR_ORDER_STATUS_CASCADE = _order_statuses.CASCADE

# --- trade documents -----------------------------------------------------------------

# The platform's bank account printed on proforma invoices for payment by T/T, as JSON:
# {"beneficiary": ..., "beneficiary_address": ..., "bank_name": ..., "bank_address": ...,
#  "account_number": ..., "iban": ..., "swift": ...}. Empty: "given on request".
MARKETPLACE_BANK_DETAILS = env.json("MARKETPLACE_BANK_DETAILS", default={})

# --- cross-border retail import (cbec_tax) ------------------------------------------

# Keys a buyer's yearly purchase total by an HMAC of the ID number, never the number.
# Rotating it splits every buyer's annual total: set it once, apart from SECRET_KEY.
MARKETPLACE_CBEC_BUYER_KEY_SECRET = env.str("MARKETPLACE_CBEC_BUYER_KEY_SECRET", default="") or SECRET_KEY

# --- reporting to the authorities (customs, inspection, tax, forex) -----------------

# The official CEB schemas (202205 edition) are the customs' files, not the project's: an
# operator who has them names their folder and every message is also checked against
# them; without it the platform's own field rules (marketplace/ceb/rules.py) still apply.
MARKETPLACE_CEB_XSD_DIR = env.str("MARKETPLACE_CEB_XSD_DIR", default="") or None
# Customs messages are signed by the enterprise's card-side signing service, never with a
# key the platform holds; the throw-away test signer serves the embedded profile only.
MARKETPLACE_CEB_SIGNER = env.str(
    "MARKETPLACE_CEB_SIGNER",
    default="marketplace.ceb.signing.HttpSigner" if PRODUCTION else "marketplace.ceb.signing.TestSigner",
)
MARKETPLACE_CEB_SIGNER_URL = env.str("MARKETPLACE_CEB_SIGNER_URL", default="")
MARKETPLACE_CEB_SIGNER_TOKEN = env.str("MARKETPLACE_CEB_SIGNER_TOKEN", default="")
MARKETPLACE_CEB_SENDER_ID = env.str("MARKETPLACE_CEB_SENDER_ID", default="DXPENT0000000000")
# The single window: customs messages are written to a folder an adapter picks up (its
# receipts come back in inbox/) or POSTed to the adapter with an HMAC signature.
MARKETPLACE_SINGLE_WINDOW_DIR = Path(env.str("MARKETPLACE_SINGLE_WINDOW_DIR",
                                             default=str(VAR_DIR / "single-window")))
MARKETPLACE_SINGLE_WINDOW_URL = env.str("MARKETPLACE_SINGLE_WINDOW_URL", default="")
MARKETPLACE_SINGLE_WINDOW_SECRET = env.str("MARKETPLACE_SINGLE_WINDOW_SECRET", default="")
# Where each kind of message goes (marketplace/outbox/backends). In both profiles customs
# go to the single window (by HTTP when its adapter's URL is set, else as files in its
# folder); the other kinds are written as files until a receiver is configured, so nothing
# is lost and the demo's messages can be read in var/.
MARKETPLACE_OUTBOX_BACKENDS = env.json("MARKETPLACE_OUTBOX_BACKENDS", default={})
MARKETPLACE_OUTBOX_FILE_DIR = Path(env.str("MARKETPLACE_OUTBOX_FILE_DIR", default=str(VAR_DIR / "outbox")))
for _kind in ("inspection", "tax", "forex"):
    MARKETPLACE_OUTBOX_BACKENDS.setdefault(_kind, "marketplace.outbox.backends.file.FileBackend")
if "customs" not in MARKETPLACE_OUTBOX_BACKENDS:
    MARKETPLACE_OUTBOX_BACKENDS["customs"] = (
        "marketplace.single_window.backends.HttpBackend" if MARKETPLACE_SINGLE_WINDOW_URL
        else "marketplace.single_window.backends.FileBackend")
# The platform's own parties in customs messages, each {"code": ..., "name": ...} as JSON;
# unset, DEMO values apply (marketplace/declaration/parties.py) and the pages say so.
for _party in ("PLATFORM", "AGENT", "LOGISTICS", "PAYMENT", "ASSURE"):
    if env.str(f"MARKETPLACE_CUSTOMS_{_party}", default=""):
        globals()[f"MARKETPLACE_CUSTOMS_{_party}"] = env.json(f"MARKETPLACE_CUSTOMS_{_party}")
if env.str("MARKETPLACE_CUSTOMS_OFFICE", default=""):
    MARKETPLACE_CUSTOMS_OFFICE = env.str("MARKETPLACE_CUSTOMS_OFFICE")
if env.str("MARKETPLACE_CUSTOMS_PORT", default=""):
    MARKETPLACE_CUSTOMS_PORT = env.str("MARKETPLACE_CUSTOMS_PORT")
# The plan's targets the statistics page measures against.
MARKETPLACE_TRADE_GROWTH_TARGET_PERCENT = "25"
MARKETPLACE_TRADE_TIER_THRESHOLDS_CNY = ("1000000000", "500000000", "100000000")

# --- security headers -------------------------------------------------------------

# Content-Security-Policy (django-csp; marketplace/core/middleware.py picks the policy).
# Storefront and CMS pages run no inline script, no inline event handler and no inline
# style: their code is in static files, sellers' text is cleaned (core/sanitize.py) and
# the policy is the second wall if something slips through. Media is served from this
# origin (nginx /media/), so 'self' covers pictures; data: is for Bootstrap's icons.
# Outside origins a later feature needs are added per directive, here and nowhere else:
# Stripe.js will want script-src and frame-src https://js.stripe.com and connect-src
# https://api.stripe.com, and form-action its redirect pages.
MARKETPLACE_CSP_EXTRA_SOURCES: dict[str, list[str]] = {
    "script-src": [], "frame-src": [], "connect-src": [], "img-src": [], "form-action": [],
}
_SELF = "'self'"


def _csp_directives(*, inline: bool, frame_ancestors: str, extra_img=()) -> dict:
    inline_sources = ["'unsafe-inline'"] if inline else []
    extra = MARKETPLACE_CSP_EXTRA_SOURCES
    return {
        "default-src": [_SELF],
        "script-src": [_SELF, *inline_sources, *extra["script-src"]],
        "style-src": [_SELF, *inline_sources],
        "img-src": [_SELF, "data:", *extra_img, *extra["img-src"]],
        "font-src": [_SELF, "data:"],
        "connect-src": [_SELF, *extra["connect-src"]],
        "frame-src": [_SELF, *extra["frame-src"]],
        "object-src": ["'none'"],
        "base-uri": [_SELF],
        "form-action": [_SELF, *extra["form-action"]],
        "frame-ancestors": [frame_ancestors],
    }


CONTENT_SECURITY_POLICY = {"DIRECTIVES": _csp_directives(inline=False, frame_ancestors="'none'")}
# The Oscar dashboard and the Wagtail and Django admins print inline <script> and style
# attributes of their own (oscar.dashboard.init(...) with its options, Wagtail's
# widgets), which cannot be moved to files without forking them. Only staff sign in
# there. Wagtail shows page previews and editors' avatars (Gravatar) and uploads
# images through blob: URLs, and frames its own previews, hence 'self' as frame ancestor.
MARKETPLACE_CSP_ADMIN_PATHS = ("/dashboard/", "/cms/", "/django-admin/")
MARKETPLACE_CSP_ADMIN_POLICY = {"DIRECTIVES": _csp_directives(
    inline=True, frame_ancestors=_SELF, extra_img=("blob:", "https://www.gravatar.com"),
)}

# Permissions-Policy (django-permissions-policy): no page may use the device's sensors,
# camera, microphone, location, USB or payment handler, nor an embedded frame on its
# behalf. `payment` becomes ["self"] when card payments arrive.
PERMISSIONS_POLICY = {
    name: []
    for name in (
        "accelerometer", "ambient-light-sensor", "autoplay", "bluetooth", "browsing-topics",
        "camera", "display-capture", "geolocation", "gyroscope", "hid", "idle-detection",
        "magnetometer", "microphone", "midi", "payment", "serial", "usb", "xr-spatial-tracking",
    )
}
PERMISSIONS_POLICY["fullscreen"] = ["self"]

# --- files -------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
MARKETPLACE_SERVE_MEDIA = env.bool("MARKETPLACE_SERVE_MEDIA", default=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = env.bool("WHITENOISE_USE_FINDERS", default=DEBUG)
THUMBNAIL_DEBUG = False
THUMBNAIL_KVSTORE = "sorl.thumbnail.kvstores.cached_db_kvstore.KVStore"

# EMAIL_URL such as smtp+tls://user:password@smtp.example.com:587 configures SMTP in one variable.
if env.str("EMAIL_URL", default=""):
    globals().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = env.str(
        "EMAIL_BACKEND",
        default="django.core.mail.backends.console.EmailBackend"
        if DEBUG
        else "django.core.mail.backends.smtp.EmailBackend",
    )
DEFAULT_FROM_EMAIL = OSCAR_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Page publishing logs a dozen INFO lines per page; keep only what needs attention.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # WeasyPrint logs every page of every trade document it renders.
        "weasyprint": {"level": "WARNING"},
    },
}
