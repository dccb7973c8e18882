from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from catalog.services import HS_TABLE_PATH, load_hs_codes


class Command(BaseCommand):
    help = (
        "Load or reload the HS table from a CSV file with the columns code, description_en, "
        "description_zh, chapter and optionally prohibited, prohibited_reason (lines starting "
        "with # are comments). Without FILE, the table shipped in catalog/data/ is loaded. "
        "Safe to run again; a file with any bad row loads nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", default=str(HS_TABLE_PATH),
                            help="CSV file, UTF-8 (default: the shipped demo table)")

    def handle(self, file, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CommandError(f"{path} is not UTF-8 text: {exc}") from exc
        result = load_hs_codes(text)
        if result.errors:
            for line, message in result.errors:
                self.stderr.write(f"{path}:{line}: {message}")
            raise CommandError(f"{len(result.errors)} bad row(s); nothing was loaded.")
        self.stdout.write(self.style.SUCCESS(
            f"{result.created} HS code(s) created, {result.updated} updated, "
            f"{result.unchanged} unchanged."))
