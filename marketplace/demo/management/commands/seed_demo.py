from django.core.management.base import BaseCommand, CommandError
from oscar.core.loading import get_model

from marketplace.demo.order_history import seed_order_history
from marketplace.demo.services import admin_login_line, seed_demo
from marketplace.demo.traceability import seed_demo_batches
from marketplace.inspection.demo import seed_demo_filings
from marketplace.seller_rating.services import recompute_ratings


class Command(BaseCommand):
    help = (
        "Load a demo marketplace: Yangjiang's five clusters, manufacturers, products with "
        "stock and pictures, exchange rates, localized CMS pages, an admin account and a "
        "history of cross-border orders (last year and this year to date). "
        "Safe to run again: only what is missing is added."
    )

    def add_arguments(self, parser):
        parser.add_argument("--products", type=int, default=200,
                            help="How many demo products should exist (default 200).")
        parser.add_argument("--if-empty", action="store_true",
                            help="Do nothing when the catalogue already has products.")
        parser.add_argument("--without-content-pages", dest="content_pages",
                            action="store_false",
                            help="Leave out the cluster, park, news, guide and event pages "
                                 "(the slowest part of the demo).")

    def handle(self, *args, products, if_empty, content_pages=True, **options):
        if products < 0:
            raise CommandError("--products must be 0 or more.")
        # --if-empty skips the whole demo, its order history included.
        skipped = if_empty and get_model("catalogue", "Product").objects.exists()
        created = seed_demo(products=products, if_empty=if_empty, report=self.stdout.write,
                            content_pages=content_pages)
        if not skipped:
            self.stdout.write("Order history")
            orders = seed_order_history(report=self.stdout.write)
            self.stdout.write(f"  {orders} demo orders created")
            # After the history, which files the makers as enterprises: their inspection
            # filings let the paid demo orders be shipped and declared.
            self.stdout.write("Inspection filings")
            seed_demo_filings()
            self.stdout.write("Batches and trace codes")
            seed_demo_batches(report=self.stdout.write)
            # Last: the ratings read the history's shipping, the filings and verification.
            self.stdout.write("Seller ratings")
            rated = recompute_ratings()
            self.stdout.write(f"  {len(rated)} sellers rated")
        self.stdout.write(f"Done: {created} products created.")
        self.stdout.write(admin_login_line())
