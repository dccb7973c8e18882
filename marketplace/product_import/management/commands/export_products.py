from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from marketplace.product_import import services
from marketplace.product_import.files import FileProblem


class Command(BaseCommand):
    help = (
        "Write a seller's products to a CSV or XLSX sheet (by the extension) in the import "
        "format: importing the file again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="where to write (.csv or .xlsx)")
        parser.add_argument("--seller", required=True,
                            help="the seller's partner code or storefront slug (/sellers/<slug>/)")

    def handle(self, file, seller, **options):
        try:
            partner = services.seller_by_code(seller)
            count = services.write_file(Path(file), services.write_export, partner)
        except (FileProblem, LookupError) as problem:
            raise CommandError(str(problem)) from problem
        self.stdout.write(self.style.SUCCESS(f"{count} product(s) written to {file}."))
