"""Demo products show a drawing of their product type, not a tile with letters."""

import html
import itertools
import re

import pytest
from django.core.files.storage import default_storage
from django.utils import translation
from oscar.core.loading import get_model
from PIL import Image, ImageChops, ImageFilter, ImageStat

from marketplace.demo import images
from marketplace.demo.catalogue_data import CLUSTERS
from marketplace.demo.drawings import render
from marketplace.demo.products import IMAGES_PER_SUBCATEGORY

Product = get_model("catalogue", "Product")

SUBCATEGORIES = [(cluster, sub) for cluster in CLUSTERS for sub in cluster.subcategories]
CODES = [sub.code for _, sub in SUBCATEGORIES]


@pytest.fixture(scope="module")
def pictures():
    """Every look of every sub-category, drawn once for the module."""
    return {(code, look): render(code, look)
            for code in CODES for look in range(IMAGES_PER_SUBCATEGORY)}


def outline(picture):
    """Where the picture has edges, as a small black and white image: the shapes drawn,
    whatever their colours and backdrop."""
    edges = picture.convert("L").resize((200, 200)).filter(ImageFilter.FIND_EDGES)
    # The filter leaves the border pixels as they were: they are no edge.
    return edges.crop((1, 1, 199, 199)).point(lambda value: 255 if value > 24 else 0)


def overlap(first, second):
    """How much two outlines coincide: 1 for the same shapes in the same place, 0 for none."""
    both = ImageStat.Stat(ImageChops.multiply(first, second)).sum[0]
    either = ImageStat.Stat(ImageChops.lighter(first, second)).sum[0]
    return both / either


def difference(first, second):
    return sum(ImageStat.Stat(ImageChops.difference(first, second)).mean) / 3


def test_every_subcategory_of_the_catalogue_has_its_drawing(pictures):
    for code in CODES:
        for look in range(IMAGES_PER_SUBCATEGORY):
            picture = pictures[code, look]
            assert picture.size == (images.SIZE, images.SIZE)
            assert picture.mode == "RGB"


@pytest.mark.parametrize("code", CODES)
def test_a_picture_is_a_drawing_not_a_flat_tile(pictures, code):
    picture = pictures[code, 0]
    colours = picture.getcolors(maxcolors=images.SIZE * images.SIZE)
    commonest = max(count for count, _ in colours)

    # A tile is one colour but for its letters (nine tenths of it); a drawing has shading,
    # a shadow and a backdrop gradient.
    assert commonest < 0.25 * images.SIZE * images.SIZE
    # The product takes up a fair part of the picture: neither a speck nor the whole frame.
    drawn = ImageStat.Stat(outline(picture)).mean[0] / 255
    assert 0.01 < drawn < 0.5


@pytest.mark.parametrize("code", CODES)
def test_the_product_is_shown_whole(pictures, code):
    for look in range(IMAGES_PER_SUBCATEGORY):
        left, top, right, bottom = outline(pictures[code, look]).getbbox()
        shown = outline(pictures[code, look]).width

        assert min(left, top, shown - right, shown - bottom) > 3, (code, look)


@pytest.mark.parametrize("code", CODES)
def test_the_looks_of_a_subcategory_differ(pictures, code):
    for first, second in itertools.combinations(range(IMAGES_PER_SUBCATEGORY), 2):
        assert difference(pictures[code, first], pictures[code, second]) > 3


def test_different_product_types_have_different_drawings(pictures):
    outlines = {code: outline(pictures[code, 0]) for code in CODES}
    for first, second in itertools.combinations(CODES, 2):
        assert overlap(outlines[first], outlines[second]) < 0.4, (first, second)


def test_a_knife_does_not_look_like_a_shrimp(pictures):
    knife, shrimp = pictures["KK", 0], pictures["FS", 0]

    assert overlap(outline(knife), outline(shrimp)) < 0.2
    assert overlap(outline(knife), outline(knife)) == 1
    # The knife is steel grey, the shrimp orange.
    assert ImageStat.Stat(shrimp).mean[0] - ImageStat.Stat(shrimp).mean[2] > 10
    assert abs(ImageStat.Stat(knife).mean[0] - ImageStat.Stat(knife).mean[2]) < 15


def test_the_saved_picture_is_a_jpeg_of_the_full_size(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    cluster, subcategory = SUBCATEGORIES[0]

    name = images.ensure_placeholder(cluster, subcategory, 1)

    assert name.startswith(images.image_folder())
    assert name.endswith(".jpg")
    with default_storage.open(name) as saved, Image.open(saved) as picture:
        assert picture.format == "JPEG"
        assert picture.size == (images.SIZE, images.SIZE)


def test_a_picture_already_saved_is_not_drawn_again(settings, tmp_path, monkeypatch):
    settings.MEDIA_ROOT = tmp_path
    cluster, subcategory = SUBCATEGORIES[0]
    name = images.ensure_placeholder(cluster, subcategory, 0)

    def must_not_draw(*args):
        raise AssertionError("drawn again")

    monkeypatch.setattr(images, "draw_picture", must_not_draw)

    assert images.ensure_placeholder(cluster, subcategory, 0) == name


# seeded_once's default size (30: more than one product per sub-category, round which the
# seeder deals products) is the seed other demo modules read too (tests/seed_snapshot.py).
@pytest.mark.django_db
def test_a_seeded_product_shows_its_drawing_with_its_title_as_alt_text(client, seeded_once):
    product = Product.objects.filter(categories__isnull=False).order_by("pk").first()
    with translation.override("en"):
        url = product.get_absolute_url()

    page = client.get(url).content.decode()

    alts = [html.unescape(alt) for alt in re.findall(r'<img[^>]*\balt="([^"]*)"', page)]
    assert product.title_en in alts
    (image,) = product.images.all()
    with image.original.open() as saved, Image.open(saved) as picture:
        assert picture.format == "JPEG"
        assert picture.size == (images.SIZE, images.SIZE)
