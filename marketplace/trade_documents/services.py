"""Rendering an order's trade documents as PDF."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.template.loader import render_to_string
from django.utils import translation

from .content import build_document
from .formats import DocumentFormats
from .kinds import DocumentKind
from .selectors import visible_partner_ids


def render_document(order, kind: DocumentKind | str, language: str,
                    viewer: AbstractBaseUser | AnonymousUser) -> bytes:
    """The PDF of one kind of document of `order`, written in `language`, as `viewer` may see it.

    Guarantees: the buyer and staff get every seller's part of the order, a seller only its
    own parts (each part is a document with its own exporter and number); labels, numbers
    and dates are in `language` (right to left for Arabic); text from sellers and buyers is
    printed as text, never as markup, and nothing outside this app's static files is
    fetched. Raises PermissionDenied if the viewer may see no part of the order.
    """
    kind = DocumentKind(kind)
    partner_ids = visible_partner_ids(order, viewer)
    if not partner_ids:
        raise PermissionDenied("The viewer may see no part of this order.")
    whole_order = partner_ids == set(order.lines.values_list("partner_id", flat=True)) and (
        viewer.is_staff or order.user_id == viewer.pk)
    with translation.override(language):
        formats = DocumentFormats(language)
        document = build_document(order, kind, formats, partner_ids, whole_order=whole_order)
        html = render_to_string(kind.template_name, {"document": document})
    # WeasyPrint is loaded on first use only: importing it parses its stylesheets and fonts,
    # which every management command and worker would otherwise pay for.
    from . import pdf

    return pdf.html_to_pdf(html)


def document_filename(order, kind: DocumentKind | str, language: str) -> str:
    """A filename safe in any browser and file system: ASCII letters, digits, '-', '_' and '.'."""
    safe_number = "".join(char if char.isascii() and (char.isalnum() or char in "-_") else "_"
                          for char in order.number)
    return f"{DocumentKind(kind).value}-{safe_number}-{language}.pdf"
