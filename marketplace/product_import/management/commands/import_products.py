from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from marketplace.product_import import services
from marketplace.product_import.files import FileProblem, check_size, format_of
from marketplace.product_import.importer import format_error, import_file


class Command(BaseCommand):
    help = (
        "Import a seller's products from a CSV or XLSX sheet (rows keyed by the seller's SKU: "
        "new SKUs create products, known ones update them). Every row is checked first; a "
        "file with any bad row imports nothing. --dry-run only checks and counts. "
        "With --template FILE, write the template (a header row and one example row per "
        "product class) instead."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="the sheet to import (.csv or .xlsx)")
        parser.add_argument("--seller", help="the seller's partner code or storefront slug (/sellers/<slug>/)")
        parser.add_argument("--dry-run", action="store_true",
                            help="check every row and report what would change; write nothing")
        parser.add_argument("--template", metavar="FILE",
                            help="write the import template to FILE (.csv or .xlsx)")

    def handle(self, *args, file=None, seller=None, dry_run=False, template=None, **options):
        if template:
            try:
                services.write_file(Path(template), services.write_template)
            except FileProblem as problem:
                raise CommandError(str(problem)) from problem
            self.stdout.write(self.style.SUCCESS(f"Template written to {template}."))
            return
        if not file or not seller:
            raise CommandError("Give the FILE to import and --seller CODE (or --template FILE).")
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            file_format = format_of(path.name)
            # Refused before the file is read into memory; the rest is bounded while reading.
            check_size(path.stat().st_size)
            partner = services.seller_by_code(seller)
        except (FileProblem, LookupError) as problem:
            raise CommandError(str(problem)) from problem

        self._next_report = 10
        result = import_file(path.read_bytes(), file_format, partner, dry_run=dry_run,
                             progress=self._progress)
        if result.errors:
            for error in result.errors:
                self.stderr.write(f"{path}: {format_error(error)}")
            raise CommandError(
                f"{len(result.errors)} error(s) in {path}; nothing was imported.")
        counts = (f"{result.created} to create, {result.updated} to update, "
                  f"{result.unchanged} unchanged" if dry_run else
                  f"{result.created} created, {result.updated} updated, "
                  f"{result.unchanged} unchanged")
        prefix = "Dry run, nothing written: " if dry_run else ""
        self.stdout.write(self.style.SUCCESS(f"{prefix}{result.total} row(s): {counts}."))

    def _progress(self, done, total):
        # A line every tenth rather than a redrawn bar: readable in logs and CI output too.
        percent = done * 100 // total if total else 100
        if percent >= self._next_report or done == total:
            self.stderr.write(f"checked {done}/{total} rows ({percent}%)")
            self._next_report = (percent // 10 + 1) * 10
