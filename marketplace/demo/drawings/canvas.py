"""A small vector pen over Pillow for the demo's product pictures.

Drawings are written in a 1000 x 1000 design frame and drawn twice as large as the saved
picture, then halved: Pillow's polygons have no anti-aliasing of their own, and averaging
2 x 2 pixels smooths every edge at once. The pen turns and scales the whole design so one
drawing gives several different-looking pictures.

Everything here is chosen for speed: the seeder draws every picture of a fresh media folder,
and the demo tests seed several times per run. Only the product's own box is drawn twice as
large, gradients are filled only inside each shape's box, and the soft shadow is blurred at a
quarter of the size.
"""

import math
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter

FRAME = 1000
OUTPUT = 800
SUPERSAMPLE = 2
CANVAS = OUTPUT * SUPERSAMPLE
SHADOW_REDUCTION = 4
_RAMP_STEPS = 256
# How far past both ends of a gradient its ramp is extended, so a shape reaching beyond the
# gradient's span keeps the end colours instead of turning black.
_RAMP_PAD = 3 * _RAMP_STEPS
# Lines thinner than this many pixels are left to Pillow: a bend in them shows no notch.
_THIN_LINE = 5


def mix(first, second, amount):
    return tuple(round(a + (b - a) * amount) for a, b in zip(first, second, strict=True))


def lighter(colour, amount):
    return mix(colour, (255, 255, 255), amount)


def darker(colour, amount):
    return mix(colour, (0, 0, 0), amount)


def ellipse(cx, cy, rx, ry, start=0, end=360, steps=72):
    """Points of an ellipse (or of its arc from `start` to `end` degrees, clockwise on screen)."""
    return [(cx + rx * x, cy + ry * y) for x, y in _unit_arc(start, end, steps)]


@lru_cache(maxsize=512)
def _unit_arc(start, end, steps):
    count = max(2, round(steps * abs(end - start) / 360))
    angles = [math.radians(start + (end - start) * i / count)
              for i in range(count + (0 if end - start == 360 else 1))]
    return tuple((math.cos(angle), math.sin(angle)) for angle in angles)


def bezier(p0, p1, p2, p3, steps=24):
    """Points of a cubic Bezier curve, both ends included."""
    points = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        points.append((
            u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0],
            u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1],
        ))
    return points


def rounded_rect(x0, y0, x1, y1, radius):
    radius = min(radius, (x1 - x0) / 2, (y1 - y0) / 2)
    return (
        ellipse(x1 - radius, y0 + radius, radius, radius, 270, 360, 24)
        + ellipse(x1 - radius, y1 - radius, radius, radius, 0, 90, 24)
        + ellipse(x0 + radius, y1 - radius, radius, radius, 90, 180, 24)
        + ellipse(x0 + radius, y0 + radius, radius, radius, 180, 270, 24)
    )


def band(points, width, end_width=None):
    """The outline of a strip `width` wide (narrowing to `end_width`) along a line."""
    end_width = width if end_width is None else end_width
    left, right = [], []
    last = len(points) - 1
    for i, (x, y) in enumerate(points):
        (ax, ay), (bx, by) = points[max(0, i - 1)], points[min(last, i + 1)]
        length = math.hypot(bx - ax, by - ay) or 1.0
        half = (width + (end_width - width) * i / max(1, last)) / 2
        nx, ny = -(by - ay) / length * half, (bx - ax) / length * half
        left.append((x + nx, y + ny))
        right.append((x - nx, y - ny))
    return left + right[::-1]


def _stroke(points, width, closed):
    """The polygon of a stroke; a closed one is its outer edge and its inner edge joined by a
    seam that the even-odd filling of Pillow's polygons leaves open."""
    if closed and points[0] == points[-1]:
        points = points[:-1]
    count = len(points)
    left, right = [], []
    for i, (x, y) in enumerate(points):
        if closed:
            (ax, ay), (bx, by) = points[i - 1], points[(i + 1) % count]
        else:
            (ax, ay), (bx, by) = points[max(0, i - 1)], points[min(count - 1, i + 1)]
        length = math.hypot(bx - ax, by - ay) or 1.0
        nx, ny = -(by - ay) / length * width / 2, (bx - ax) / length * width / 2
        left.append((x + nx, y + ny))
        right.append((x - nx, y - ny))
    if closed:
        return left + [left[0], right[0]] + right[::-1]
    return left + right[::-1]


def rotate(points, degrees, centre):
    """The points turned clockwise on screen by `degrees` around `centre`."""
    cos, sin = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    cx, cy = centre
    return [(cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos)
            for x, y in points]


def move(points, dx, dy):
    return [(x + dx, y + dy) for x, y in points]


def mirror(points, axis_x):
    """The points mirrored left to right about the vertical line x = axis_x, order reversed."""
    return [(2 * axis_x - x, y) for x, y in reversed(points)]


@lru_cache(maxsize=256)
def _ramp(stops):
    """A one-pixel-wide strip running through the colour stops, padded with its end colours."""
    colours = []
    for step in range(_RAMP_STEPS):
        position = step / (_RAMP_STEPS - 1) * (len(stops) - 1)
        index = min(int(position), len(stops) - 2)
        colours.append(mix(stops[index], stops[index + 1], position - index))
    strip = Image.new("RGB", (1, _RAMP_STEPS + 2 * _RAMP_PAD))
    strip.putdata([colours[0]] * _RAMP_PAD + colours + [colours[-1]] * _RAMP_PAD)
    return strip


class Pen:
    """Draws design-frame shapes onto a canvas through one turn, zoom and shift.

    A mask pen draws every solid shape in white on a greyscale image, for the shadow; shapes
    drawn with `solid=False` (highlights, printed details) cast none.
    """

    def __init__(self, image, *, size=None, corner=(0, 0), angle=0.0, zoom=1.0, shift=(0, 0),
                 mask=False):
        """`image` may be a piece of a `size`-pixel picture, its top left at `corner`."""
        size = size or image.width
        self.image = image
        self.mask = mask
        self.draw = ImageDraw.Draw(image) if mask else ImageDraw.Draw(image, "RGBA")
        self.scale = size / FRAME * zoom
        self.cos = math.cos(math.radians(angle)) * self.scale
        self.sin = math.sin(math.radians(angle)) * self.scale
        self.origin = (size / 2 + shift[0] * size / FRAME - corner[0],
                       size / 2 + shift[1] * size / FRAME - corner[1])

    def at(self, points):
        ox, oy = self.origin
        half = FRAME / 2
        return [(ox + (x - half) * self.cos - (y - half) * self.sin,
                 oy + (x - half) * self.sin + (y - half) * self.cos) for x, y in points]

    def width(self, design_width):
        return max(1, round(design_width * self.scale))

    def poly(self, points, fill, outline=None, line=0, solid=True):
        canvas_points = self.at(points)
        if self.mask:
            if solid:
                self.draw.polygon(canvas_points, fill=255)
            return
        if fill:
            self.draw.polygon(canvas_points, fill=fill)
        if outline and line:
            self.draw.line(canvas_points + canvas_points[:1], fill=outline, width=self.width(line))

    def line(self, points, fill, width, solid=True, closed=False):
        """A stroke along the points: thick ones as a polygon with round ends, as Pillow's own
        thick lines show a notch or a spike at every bend."""
        canvas_points = self.at(points)
        thickness = width * self.scale
        colour = 255 if self.mask else fill
        if self.mask and not solid:
            return
        if thickness < _THIN_LINE or len(canvas_points) < 2:
            if closed:
                canvas_points = canvas_points + canvas_points[:1]
            self.draw.line(canvas_points, fill=colour, width=self.width(width))
            return
        self.draw.polygon(_stroke(canvas_points, thickness, closed), fill=colour)
        if not closed:
            radius = thickness / 2
            for x, y in (canvas_points[0], canvas_points[-1]):
                self.draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)

    def dot(self, x, y, radius, fill, solid=True):
        ((cx, cy),) = self.at([(x, y)])
        r = radius * self.scale
        box = (cx - r, cy - r, cx + r, cy + r)
        if self.mask:
            if solid:
                self.draw.ellipse(box, fill=255)
            return
        self.draw.ellipse(box, fill=fill)

    def shade(self, points, stops, start, end, solid=True):
        """Fill a shape with a linear gradient through `stops`, from point `start` to `end`."""
        canvas_points = self.at(points)
        if self.mask:
            if solid:
                self.draw.polygon(canvas_points, fill=255)
            return
        xs = [x for x, _ in canvas_points]
        ys = [y for _, y in canvas_points]
        left, top = max(0, int(min(xs))), max(0, int(min(ys)))
        right = min(self.image.width, int(math.ceil(max(xs))) + 1)
        bottom = min(self.image.height, int(math.ceil(max(ys))) + 1)
        if right <= left or bottom <= top:
            return
        (sx, sy), (ex, ey) = self.at([start, end])
        dx, dy = ex - sx, ey - sy
        length = dx * dx + dy * dy or 1.0
        gain = (_RAMP_STEPS - 1) / length
        # Each output pixel reads the ramp at its position along start -> end.
        fill = _ramp(tuple(stops)).transform(
            (right - left, bottom - top), Image.Transform.AFFINE,
            (0, 0, 0.5,
             gain * dx, gain * dy, _RAMP_PAD + gain * (dx * (left - sx) + dy * (top - sy))),
            resample=Image.Resampling.NEAREST,
        )
        shape = Image.new("L", fill.size, 0)
        ImageDraw.Draw(shape).polygon([(x - left, y - top) for x, y in canvas_points], fill=255)
        self.image.paste(fill, (left, top), shape)


@lru_cache(maxsize=16)
def background(colour):
    """A studio backdrop: the colour at the top, a little deeper towards the bottom."""
    top, bottom = lighter(colour, 0.35), darker(colour, 0.07)
    column = Image.new("RGB", (1, OUTPUT))
    column.putdata([mix(top, bottom, row / (OUTPUT - 1)) for row in range(OUTPUT)])
    return column.resize((OUTPUT, OUTPUT), Image.Resampling.NEAREST)


def _clip(box, limit):
    return (max(0, box[0]), max(0, box[1]), min(limit, box[2]), min(limit, box[3]))


def picture(draw, *, backdrop, angle=0.0, zoom=1.0, shift=(0, 0), shadow=(0, 18)):
    """The finished OUTPUT x OUTPUT picture of `draw(pen)` on a backdrop with a soft shadow.

    Only the product's own box is drawn at twice the size: the backdrop and the blurred
    shadow have no edges to smooth, and leaving them at the final size keeps a picture to a
    few milliseconds. The shadow's outline, drawn small, also gives that box.
    """
    image = background(backdrop).copy()
    small = OUTPUT // SHADOW_REDUCTION
    silhouette = Image.new("L", (small, small), 0)
    draw(Pen(silhouette, angle=angle, zoom=zoom, mask=True,
             shift=(shift[0] + shadow[0], shift[1] + shadow[1])))
    box = silhouette.getbbox()
    if not box:
        return image
    blur = small / 90
    spread = math.ceil(3 * blur) + 1
    shadow_box = _clip((box[0] - spread, box[1] - spread, box[2] + spread, box[3] + spread),
                       small)
    mask = silhouette.crop(shadow_box).filter(ImageFilter.GaussianBlur(blur))
    region = tuple(edge * SHADOW_REDUCTION for edge in shadow_box)
    size = (region[2] - region[0], region[3] - region[1])
    # An image pasted through a mask is several times faster in Pillow than a colour.
    image.paste(Image.new("RGB", size, darker(backdrop, 0.55)), region,
                mask.point(lambda value: value * 45 // 100).resize(size,
                                                                  Image.Resampling.BILINEAR))
    # The product's own box: the shadow's, moved back, with room for lines drawn outside the
    # product's solid shapes.
    dx, dy = (offset * small / FRAME for offset in shadow)
    region = _clip(tuple(
        (math.floor(edge) if k < 2 else math.ceil(edge)) * SHADOW_REDUCTION + (
            -2 if k < 2 else 2) * SHADOW_REDUCTION
        for k, edge in enumerate((box[0] - dx, box[1] - dy, box[2] - dx, box[3] - dy))), OUTPUT)
    piece = image.crop(region)
    piece = piece.resize((piece.width * SUPERSAMPLE, piece.height * SUPERSAMPLE),
                         Image.Resampling.NEAREST)
    draw(Pen(piece, size=CANVAS, corner=(region[0] * SUPERSAMPLE, region[1] * SUPERSAMPLE),
             angle=angle, zoom=zoom, shift=shift))
    image.paste(piece.reduce(SUPERSAMPLE), region[:2])
    return image
