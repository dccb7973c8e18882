from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from marketplace.currency.services import import_rates_csv


class Command(BaseCommand):
    help = (
        "Import dated exchange rates from a CSV file with the columns base,quote,rate,date "
        "and optionally source. A file with any bad row imports nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="CSV file, UTF-8")
        parser.add_argument("--source", default="", help="source name for rows without one")

    def handle(self, path, source, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"No such file: {file}")
        try:
            text = file.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CommandError(f"{file} is not UTF-8 text: {exc}") from exc
        result = import_rates_csv(text, source_name=source or file.name)
        if result.errors:
            for line, message in result.errors:
                self.stderr.write(f"{file}:{line}: {message}")
            raise CommandError(f"{len(result.errors)} bad row(s); nothing was imported.")
        self.stdout.write(
            self.style.SUCCESS(f"{result.created} rate(s) created, {result.updated} updated.")
        )
