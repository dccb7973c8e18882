"""Seafood: frozen shrimp, dried fish, oysters and shellfish, fish fillets."""

import math
import random

from . import drawing
from .canvas import bezier, darker, ellipse, lighter, move, rotate


def _polar(centre, radius, degrees):
    return (centre[0] + radius * math.cos(math.radians(degrees)),
            centre[1] + radius * math.sin(math.radians(degrees)))


def _shrimp(pen, centre, radius, colour, *, head=True):
    """A curled shrimp: head on the left, back arching over the top, tail tucked under."""
    belly, back = lighter(colour, 0.45), darker(colour, 0.2)
    first, last, segments = 236, 430, 6
    step = (last - first) / segments

    def thickness(degrees):
        return 150 - 90 * (degrees - first) / (last - first)

    end = _polar(centre, radius, last + 4)
    for lobe in (-38, 0, 38):  # the tail fan, pointing along the body
        fan = rotate(ellipse(end[0] + 62, end[1], 68, 26), last + 92 + lobe, end)
        pen.shade(fan, (back, colour, darker(colour, 0.45)), end, _polar(end, 120, last + 90))
    for i in reversed(range(segments)):
        start = first + i * step
        stop = start + step + 5
        outer = [_polar(centre, radius + thickness(a) / 2, a)
                 for a in (start + (stop - start) * k / 8 for k in range(9))]
        inner = [_polar(centre, radius - thickness(a) / 2, a)
                 for a in (stop - (stop - start) * k / 8 for k in range(9))]
        middle = (start + stop) / 2
        pen.shade(outer + inner, (belly, colour, back),
                  _polar(centre, radius - thickness(middle) / 2, middle),
                  _polar(centre, radius + thickness(middle) / 2, middle))
        pen.line(outer[:3], (*darker(colour, 0.35), 140), 5, solid=False)
        for k in (2, 5):  # swimming legs under the belly
            a = start + k * step / 7
            pen.line([_polar(centre, radius - thickness(a) / 2 + 4, a),
                      _polar(centre, radius - thickness(a) / 2 - 34, a + 4)],
                     darker(belly, 0.1), 7)
    pen.line([_polar(centre, radius + 38, a) for a in range(first + 10, last - 20, 6)],
             (*darker(colour, 0.45), 110), 6, solid=False)  # the vein along the back
    if not head:
        cut = [_polar(centre, radius + 75, first + 1), _polar(centre, radius - 75, first + 1)]
        pen.line(cut, lighter(colour, 0.3), 14)
        return
    tip = _polar(centre, radius * 1.25, first - 58)
    carapace = [_polar(centre, radius + 84, a) for a in range(first + 6, first - 40, -6)]
    carapace += [tip] + [_polar(centre, radius - 80, a) for a in range(first - 36, first + 7, 6)]
    pen.shade(carapace, (belly, colour, back), _polar(centre, radius - 80, first - 20),
              _polar(centre, radius + 84, first - 20))
    eye = _polar(centre, radius + 30, first - 36)
    pen.dot(*eye, 15, (20, 16, 16))
    pen.dot(eye[0] - 4, eye[1] - 4, 5, (250, 250, 250), solid=False)
    for bend in (60, 130):  # long antennae sweeping back over the body
        pen.line(bezier(tip, move([tip], -80, -bend)[0], (centre[0] + 60, centre[1] - 380),
                        (centre[0] + 330, centre[1] - 240 + bend)), darker(colour, 0.15), 5)
    for k in range(4):  # walking legs under the head
        a = first - 34 + k * 9
        pen.line([_polar(centre, radius - 78, a), _polar(centre, radius - 140, a + 14)],
                 darker(colour, 0.1), 6)


@drawing("FS", angle=0, zoom=1.05)
def shrimp(pen, variant):
    look = variant % 3
    if look == 2:  # peeled and deveined: a few tails-on shrimp, no heads
        for (x, y), turn in (((380, 560), -20), ((640, 470), 25)):
            inner = _Turned(pen, turn, (x, y))
            _shrimp(inner, (x, y), 150, (238, 150, 120), head=False)
        return
    colour = ((232, 98, 58), (150, 160, 168))[look]
    _shrimp(pen, (540, 560), 220, colour)


class _Turned:
    """A pen whose drawings are turned around a point first, so one shape can lie several ways."""

    def __init__(self, pen, degrees, centre):
        self.pen, self.degrees, self.centre = pen, degrees, centre

    def __getattr__(self, name):
        method = getattr(self.pen, name)
        if name == "dot":
            return lambda x, y, *rest, **kw: method(*rotate([(x, y)], self.degrees,
                                                            self.centre)[0], *rest, **kw)
        if name == "shade":
            return lambda points, stops, start, end, **kw: method(
                rotate(points, self.degrees, self.centre), stops,
                *rotate([start, end], self.degrees, self.centre), **kw)
        return lambda points, *rest, **kw: method(rotate(points, self.degrees, self.centre),
                                                  *rest, **kw)


def _fish(pen, x0, x1, mid, height, colours, *, stripes=0):
    """A whole fish lying on its side, head to the left."""
    body_top = bezier((x0, mid), (x0 + 60, mid - height * 0.9), (x1 - 200, mid - height),
                      (x1 - 60, mid - height * 0.18))
    body_bottom = bezier((x1 - 60, mid + height * 0.18), (x1 - 200, mid + height * 0.9),
                         (x0 + 80, mid + height * 0.8), (x0, mid))
    tail = [(x1 - 70, mid - height * 0.14), (x1 + 30, mid - height * 0.85),
            (x1 + 10, mid), (x1 + 30, mid + height * 0.85), (x1 - 70, mid + height * 0.14)]
    back, side, belly = colours
    pen.shade(tail, (back, side), (x1 - 70, 0), (x1 + 30, 0))
    dorsal = bezier((x0 + 180, mid - height * 0.7), (x0 + 260, mid - height * 1.3),
                    (x1 - 260, mid - height * 1.15), (x1 - 170, mid - height * 0.5))
    pen.poly(dorsal, darker(back, 0.1))
    pen.shade(body_top + body_bottom, (back, side, belly), (0, mid - height),
              (0, mid + height))
    for k in range(stripes):
        x = x0 + 120 + k * (x1 - x0 - 240) / max(1, stripes - 1)
        pen.line([(x, mid - height * 0.75), (x + 20, mid + height * 0.2)],
                 (*darker(back, 0.3), 70), 10, solid=False)
    pen.line(bezier((x0 + 90, mid - height * 0.6), (x0 + 120, mid - height * 0.2),
                    (x0 + 120, mid + height * 0.2), (x0 + 90, mid + height * 0.6)),
             (*darker(side, 0.35), 150), 5, solid=False)
    pen.dot(x0 + 48, mid - height * 0.22, height * 0.14, (250, 246, 236))
    pen.dot(x0 + 48, mid - height * 0.22, height * 0.08, (24, 20, 18))


@drawing("DF", angle=-10, zoom=1.1)
def dried_fish(pen, variant):
    look = variant % 3
    gold = ((150, 96, 40), (208, 160, 88), (236, 214, 160))
    if look == 1:  # dried squid: a flat mantle with fins, the arms trailing down
        body = (214, 146, 90)
        for k in range(8):
            x = 430 + k * 20
            pen.line(bezier((x, 640), (x - 40 + k * 8, 720), (x + 40 - k * 8, 780),
                            (x - 60 + k * 18, 890)), darker(body, 0.15 + k % 2 * 0.1), 12)
        mantle = [(500, 110)] + bezier((540, 150), (600, 300), (600, 480), (580, 660)) + [
            (420, 660)] + bezier((400, 480), (400, 300), (460, 150), (500, 110))
        pen.poly([(500, 110), (640, 250), (560, 300)], darker(body, 0.1))
        pen.poly([(500, 110), (360, 250), (440, 300)], darker(body, 0.1))
        pen.shade(mantle, (lighter(body, 0.2), body, darker(body, 0.25)), (400, 0), (600, 0))
        pen.poly(ellipse(500, 690, 90, 50), darker(body, 0.05))
        pen.dot(440, 690, 10, (40, 30, 24))
        pen.dot(560, 690, 10, (40, 30, 24))
        return
    if look == 2:  # one big yellow croaker
        _fish(pen, 160, 800, 500, 150, ((176, 140, 60), (226, 190, 90), (246, 226, 170)),
              stripes=0)
        return
    for k, (y, turn) in enumerate(((360, -8), (500, 0), (640, 8))):  # a row of anchovies
        _fish(_Turned(pen, turn, (500, y)), 210 + k * 20, 780 + k * 20, y, 70, gold,
              stripes=5)


def _oyster(pen, cx, cy, rng):
    # A rough, uneven rim, wider at the hinge end.
    rim = []
    for a in range(0, 360, 10):
        wobble = rng.uniform(-18, 18)
        stretch = 1.15 if 90 < a < 270 else 0.95
        rim.append((cx + (220 + wobble) * math.cos(math.radians(a)) * stretch,
                    cy + (160 + wobble) * math.sin(math.radians(a))))
    pen.shade(rim, ((120, 112, 100), (170, 160, 140), (96, 90, 82)), (cx - 220, cy - 160),
              (cx + 220, cy + 160))
    for ring in (0.85, 0.7):
        pen.line([(cx + (x - cx) * ring, cy + (y - cy) * ring) for x, y in rim],
                 (90, 84, 76, 90), 6, solid=False, closed=True)
    pen.shade(ellipse(cx, cy, 150, 108), ((250, 248, 244), (214, 220, 226), (236, 232, 240)),
              (cx - 150, cy - 108), (cx + 150, cy + 108))
    meat = [(cx + (130 + 8 * math.sin(a * 7)) * math.cos(a) * 0.95,
             cy + (92 + 6 * math.sin(a * 5)) * math.sin(a)) for a in
            (k * math.tau / 60 for k in range(60))]
    pen.shade(meat, ((236, 228, 210), (206, 196, 176), (170, 160, 146)), (cx, cy - 90),
              (cx, cy + 90))
    pen.line(meat, (90, 82, 76, 160), 8, solid=False, closed=True)
    pen.poly(ellipse(cx - 30, cy - 30, 50, 24), (255, 255, 255, 70), solid=False)


def _scallop(pen, cx, cy, size, colour):
    hinge = (cx, cy + size * 0.55)
    pen.poly([(hinge[0] - size * 0.32, hinge[1] - size * 0.1), (hinge[0] + size * 0.32,
              hinge[1] - size * 0.1), (hinge[0] + size * 0.16, hinge[1] + size * 0.08),
              (hinge[0] - size * 0.16, hinge[1] + size * 0.08)], darker(colour, 0.1))
    ribs = 13
    for k in range(ribs):
        a0 = 212 + k * 116 / ribs
        a1 = a0 + 116 / ribs
        wedge = [hinge] + [_polar(hinge, size, a) for a in (a0, (a0 + a1) / 2, a1)]
        pen.shade(wedge, (darker(colour, 0.15 if k % 2 else 0.0), lighter(colour, 0.5)),
                  hinge, _polar(hinge, size, (a0 + a1) / 2))
    meat = (cx, cy + size * 0.02)
    pen.shade(ellipse(*meat, size * 0.36, size * 0.3), ((255, 252, 240), (232, 222, 200)),
              (0, meat[1] - size * 0.3), (0, meat[1] + size * 0.3))
    pen.poly(ellipse(meat[0] + size * 0.18, meat[1] + size * 0.12, size * 0.22, size * 0.1),
             (236, 130, 70))


@drawing("OS", angle=0, zoom=1.2)
def shellfish(pen, variant):
    look = variant % 3
    rng = random.Random(variant)
    if look == 0:
        _oyster(pen, 500, 500, rng)
    elif look == 1:
        _scallop(pen, 500, 430, 380, (226, 140, 110))
    else:
        _oyster(pen, 380, 390, rng)
        _scallop(pen, 640, 590, 240, (232, 176, 120))


@drawing("FF", angle=-8, zoom=1.1)
def fish_fillet(pen, variant):
    look = variant % 3
    flesh = ((246, 214, 204), (250, 232, 220), (244, 206, 190))[look]
    skin = look != 1
    fillets = ((150, 850, 470, 150),) if look != 2 else ((160, 740, 380, 110),
                                                         (300, 860, 600, 120))
    for x0, x1, mid, height in fillets:
        top = bezier((x0, mid), (x0, mid - height * 1.1), (x1 - 260, mid - height * 0.9),
                     (x1, mid - 12))
        bottom = bezier((x1, mid + 12), (x1 - 200, mid + height * 0.7),
                        (x0 + 40, mid + height * 1.2), (x0, mid))
        if skin:
            pen.shade(move(top, 0, -10) + move(bottom, 0, 6),
                      ((110, 116, 124), (180, 186, 190)), (0, mid - height), (0, mid))
        pen.shade(top + bottom, (lighter(flesh, 0.4), flesh, darker(flesh, 0.1)),
                  (0, mid - height), (0, mid + height))
        for k in range(1, 8):  # the flakes' curved lines
            x = x0 + k * (x1 - x0) / 8.5
            h = height * (1 - k / 10)
            pen.line(bezier((x + 20, mid - h * 0.8), (x - 30, mid - h * 0.3),
                            (x + 30, mid + h * 0.2), (x - 10, mid + h * 0.8)),
                     (255, 255, 255, 120), 6, solid=False)
        pen.line(bezier((x0 + 40, mid + 4), (x0 + 200, mid - 6), (x1 - 200, mid + 6),
                        (x1 - 40, mid)), (*darker(flesh, 0.12), 110), 5, solid=False)
    lemon = (780, 730) if look != 2 else (200, 700)
    pen.shade(ellipse(*lemon, 90, 90), ((250, 236, 120), (236, 196, 40)),
              (lemon[0] - 90, 0), (lemon[0] + 90, 0))
    pen.poly(ellipse(*lemon, 74, 74), (252, 238, 150))
    for k in range(8):
        pen.line([lemon, _polar(lemon, 72, k * 45)], (255, 250, 220), 6, solid=False)
