"""Demo product pictures, drawn locally so the demo needs no download.

Each sub-category has a drawing of its product type (marketplace/demo/drawings), in a few
looks that differ in colour, model, angle and backdrop. The looks are drawn once per media
folder and shared by all the products of their sub-category: thousands of identical files
would only slow the seeder and fill the disk.
"""

import io
import posixpath

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from .drawings import render
from .drawings.canvas import OUTPUT

SIZE = OUTPUT
JPEG_QUALITY = 88


def image_folder():
    """Oscar's product image folder without its date part: the demo files never move."""
    folder = settings.OSCAR_IMAGE_FOLDER.split("%", 1)[0]
    return posixpath.join(folder, "demo")


def image_name(cluster, subcategory, number):
    # The name is new with the drawings (.jpg, the tiles were .png): a media folder seeded
    # before them gets the pictures instead of keeping its tiles.
    return posixpath.join(image_folder(), f"{cluster.code}-{subcategory.code}-{number}.jpg".lower())


def draw_picture(subcategory, number):
    """JPEG bytes of look `number` of the sub-category's product."""
    buffer = io.BytesIO()
    render(subcategory.code, number).save(buffer, format="JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()


def ensure_placeholder(cluster, subcategory, number):
    """The storage name of the picture, drawn and saved only if it is not there yet."""
    name = image_name(cluster, subcategory, number)
    if not default_storage.exists(name):
        name = default_storage.save(name, ContentFile(draw_picture(subcategory, number)))
    return name
