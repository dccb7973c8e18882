"""Placeholder product pictures, drawn locally so the demo needs no download.

A picture shows its sub-category's initials on its cluster's colour. A few shades
per sub-category are drawn once and shared by all its products: thousands of
identical files would only slow the seeder and fill the disk.
"""

import io
import posixpath

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageDraw, ImageFont

SIZE = 600


def image_folder():
    """Oscar's product image folder without its date part: the demo files never move."""
    folder = settings.OSCAR_IMAGE_FOLDER.split("%", 1)[0]
    return posixpath.join(folder, "demo")


def image_name(cluster, subcategory, number):
    return posixpath.join(image_folder(), f"{cluster.code}-{subcategory.code}-{number}.png".lower())


def _shade(colour, number):
    # Lighter with each number, so the shades of one sub-category stay recognisably related.
    mix = 0.18 * number
    return tuple(round(channel + (255 - channel) * mix) for channel in colour)


def draw_placeholder(cluster, subcategory, number):
    """PNG bytes of one placeholder picture."""
    image = Image.new("RGB", (SIZE, SIZE), _shade(cluster.colour, number))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((40, 40, SIZE - 40, SIZE - 40), radius=36, outline="white", width=8)
    draw.text((SIZE / 2, SIZE / 2 - 30), subcategory.code, fill="white", anchor="mm",
              font=ImageFont.load_default(size=220))
    draw.text((SIZE / 2, SIZE - 130), f"{cluster.code} · {subcategory.name.en}", fill="white",
              anchor="mm", font=ImageFont.load_default(size=30))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def ensure_placeholder(cluster, subcategory, number):
    """The storage name of the picture, drawn and saved only if it is not there yet."""
    name = image_name(cluster, subcategory, number)
    if not default_storage.exists(name):
        picture = ContentFile(draw_placeholder(cluster, subcategory, number))
        name = default_storage.save(name, picture)
    return name
