from django.core.management.base import BaseCommand, CommandError

from marketplace.demo.services import admin_login_line, seed_demo


class Command(BaseCommand):
    help = (
        "Load a demo marketplace: Yangjiang's five clusters, manufacturers, products with "
        "stock and pictures, exchange rates, localized CMS pages and an admin account. "
        "Safe to run again: only what is missing is added."
    )

    def add_arguments(self, parser):
        parser.add_argument("--products", type=int, default=200,
                            help="How many demo products should exist (default 200).")
        parser.add_argument("--if-empty", action="store_true",
                            help="Do nothing when the catalogue already has products.")

    def handle(self, *args, products, if_empty, **options):
        if products < 0:
            raise CommandError("--products must be 0 or more.")
        created = seed_demo(products=products, if_empty=if_empty, report=self.stdout.write)
        self.stdout.write(f"Done: {created} products created.")
        self.stdout.write(admin_login_line())
