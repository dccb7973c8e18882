import time

from django.core.management.base import BaseCommand, CommandError

from marketplace.product_search.backends.base import SearchBackendUnavailable
from marketplace.product_search.services import get_search_backend
from marketplace.product_search.tasks import update_index


class Progress:
    """Reports rebuild progress: one line rewritten in place on a terminal, or a line per
    tenth of the work otherwise (a log file or CI output should not get a line per batch)."""

    def __init__(self, out, interactive):
        self.out, self.interactive = out, interactive
        self.next_tenth = 1
        self.total = 0

    def __call__(self, done, total):
        self.total = total
        percent = done * 100 // total if total else 100
        line = f"{done}/{total} products indexed ({percent}%)"
        if self.interactive:
            self.out.write(f"\r{line}", ending="")
            self.out.flush()
        elif percent >= self.next_tenth * 10 or done >= total:
            self.out.write(line)
            self.next_tenth = percent // 10 + 1

    def finish(self):
        if self.interactive and self.total:
            self.out.write("")  # ends the line rewritten in place


class Command(BaseCommand):
    help = (
        "Update the product search index: --rebuild indexes every browsable product again "
        "in bulk (search keeps answering meanwhile); --products indexes the products given "
        "by id now, and removes those that are no longer browsable."
    )

    def add_arguments(self, parser):
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--rebuild", action="store_true",
                            help="index every browsable product again")
        action.add_argument("--products", nargs="+", type=int, metavar="ID",
                            help="index these products (ids) now")

    def handle(self, *args, rebuild=False, products=None, **options):
        backend = get_search_backend()
        started = time.monotonic()
        try:
            if rebuild:
                progress = Progress(self.stdout, self.stdout.isatty())
                try:
                    backend.rebuild(progress=progress)
                finally:
                    progress.finish()
                message = f"Search index rebuilt ({backend.name}): {progress.total} products"
            else:
                update_index(products)
                message = f"Search index updated ({backend.name}): {len(set(products))} product(s)"
        except SearchBackendUnavailable as exc:
            raise CommandError(
                f"The search backend ({backend.name}) is unavailable: {exc}. "
                "Run the command again once it is reachable."
            ) from exc
        self.stdout.write(self.style.SUCCESS(f"{message} in {time.monotonic() - started:.1f} s."))
