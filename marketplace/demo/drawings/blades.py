"""Knives and scissors: kitchen knives, scissors, knife sets, folding knives, nail clippers."""

from . import drawing
from .canvas import band, bezier, darker, ellipse, lighter, move, rotate, rounded_rect

STEEL = ((132, 138, 148), (226, 230, 236), (186, 192, 200), (244, 246, 249))
POLISHED = ((120, 126, 136), (238, 241, 245), (150, 156, 166), (226, 230, 235))
HANDLES = ((38, 38, 42), (122, 78, 46), (112, 36, 32))
PLASTICS = ((196, 40, 44), (32, 34, 38), (236, 128, 24))


def _handle(pen, x0, y0, x1, y1, colour, rivets=3):
    pen.shade(rounded_rect(x0, y0, x1, y1, (y1 - y0) / 2.2),
              (lighter(colour, 0.25), colour, darker(colour, 0.35)), (0, y0), (0, y1))
    pen.line([(x0 + 30, y0 + 14), (x1 - 20, y0 + 14)], (255, 255, 255, 50), 8, solid=False)
    step = (x1 - x0 - 60) / max(1, rivets - 1)
    for i in range(rivets):
        x = x0 + 30 + i * step
        pen.dot(x, (y0 + y1) / 2, 11, (214, 218, 224))
        pen.dot(x - 3, (y0 + y1) / 2 - 3, 5, (250, 250, 252))


def _blade(pen, outline, top, bottom, edge=None, stops=STEEL):
    pen.shade(outline, stops, (0, top), (0, bottom))
    if edge:
        pen.line(edge, (255, 255, 255, 150), 6, solid=False)
    pen.line(outline + outline[:1], (90, 96, 106, 110), 3, solid=False)


@drawing("KK", angle=-24, zoom=1.1)
def kitchen_knife(pen, variant):
    handle = HANDLES[variant % 3]
    if variant % 3 == 1:  # Chinese cleaver: a tall rectangle on a round wooden handle
        blade = [(390, 370), (880, 370), (885, 590)] + ellipse(860, 590, 25, 22, 0, 90, 8) + [
            (390, 612)]
        _blade(pen, blade, 370, 612, [(400, 594), (870, 594)])
        pen.dot(830, 415, 18, (80, 84, 92))
        pen.shade(rounded_rect(120, 462, 400, 540, 38),
                  (lighter(handle, 0.3), handle, darker(handle, 0.4)), (0, 462), (0, 540))
        pen.poly(rounded_rect(370, 458, 410, 544, 8), (170, 176, 184))
        return
    if variant % 3 == 2:  # santoku: the spine falls to the tip, dimples above the edge
        spine = bezier((395, 440), (700, 438), (840, 450), (905, 548))
        edge = bezier((905, 548), (800, 585), (600, 588), (395, 588))
    else:  # chef knife: straight spine, the edge curving up to the point
        spine = bezier((395, 440), (600, 440), (800, 448), (910, 470))
        edge = bezier((910, 470), (820, 560), (640, 592), (395, 588))
    _blade(pen, spine + edge, 440, 590, move(edge[1:-3], 0, -16))
    if variant % 3 == 2:
        for x in range(470, 820, 70):
            pen.poly(ellipse(x, 548, 22, 12), (120, 126, 136, 90), solid=False)
    pen.poly([(350, 452), (398, 436), (398, 592), (350, 566)], (168, 174, 182))
    pen.line([(372, 452), (372, 564)], (236, 238, 242), 6, solid=False)
    _handle(pen, 120, 466, 355, 552, handle)


@drawing("SS", angle=-18, zoom=1.08)
def scissors(pen, variant):
    plastic = PLASTICS[variant % 3]
    opening = (10, 15, 6)[variant % 3]
    pivot = (480, 500)
    for side in (1, -1):
        blade = [(470, 500 - 30 * side)] + bezier(
            (560, 500 - 32 * side), (700, 500 - 26 * side), (840, 500 - 8 * side),
            (910, 500)) + [(480, 500 + 14 * side)]
        blade = rotate(blade, -side * opening, pivot)
        _blade(pen, blade, 470, 530, None, POLISHED)
        centre = (250, 500 + side * 82)
        grip = [(500, 500 + 10 * side), (400, 500 + 26 * side), (330, centre[1] - 40 * side),
                (300, centre[1] - 20 * side)]
        pen.line(rotate(grip, -side * opening, pivot), plastic, 44)
        ring = move(ellipse(0, 0, 84, 52), *rotate([centre], -side * opening, pivot)[0])
        pen.line(ring, plastic, 34, closed=True)
        pen.line(ring[40:62], (*lighter(plastic, 0.5), 120), 8, solid=False)
    pen.dot(*pivot, 20, (200, 204, 212))
    pen.dot(pivot[0], pivot[1], 8, (110, 116, 124))


@drawing("KT", angle=0)
def knife_set(pen, variant):
    wood = ((164, 112, 66), (60, 58, 58), (196, 152, 102))[variant % 3]
    handle = ((36, 36, 40), (120, 122, 128), (40, 36, 34))[variant % 3]
    # A slanted block: its handles rise from the top face, a knife lies in front.
    for i, (x, tilt) in enumerate(((430, -22), (500, -20), (570, -18), (640, -16), (705, -14))):
        grip = rotate(rounded_rect(x - 26, 130 + i * 12, x + 26, 360 + i * 12, 24), tilt,
                      (x, 360 + i * 12))
        pen.shade(grip, (lighter(handle, 0.25), handle, darker(handle, 0.3)),
                  (x - 30, 0), (x + 30, 0))
        pen.poly(rotate(rounded_rect(x - 30, 336 + i * 12, x + 30, 372 + i * 12, 6), tilt,
                        (x, 360 + i * 12)), (190, 196, 204))
    block = [(350, 390), (770, 330), (830, 800), (340, 820)]
    pen.shade(block, (lighter(wood, 0.15), wood, darker(wood, 0.25)), (340, 0), (830, 0))
    pen.poly([(350, 390), (770, 330), (790, 372), (352, 430)], lighter(wood, 0.3))
    for i, x in enumerate(range(420, 760, 62)):  # the slots
        pen.poly([(x - 24, 368 - i * 9), (x + 24, 361 - i * 9), (x + 24, 372 - i * 9),
                  (x - 24, 379 - i * 9)], darker(wood, 0.6), solid=False)
    for y in range(470, 800, 48):
        pen.line(bezier((352, y + 10), (500, y - 12), (650, y + 16), (810, y - 30)),
                 (*darker(wood, 0.2), 70), 4, solid=False)
    spine = bezier((400, 840), (560, 838), (700, 846), (820, 866))
    edge = bezier((820, 866), (740, 904), (600, 920), (400, 918))
    _blade(pen, spine + edge, 840, 920, move(edge[1:-3], 0, -10))
    _handle(pen, 190, 850, 400, 912, handle, rivets=3)


@drawing("FO", angle=-12, zoom=1.12)
def folding_knife(pen, variant):
    scales = ((60, 64, 70), (40, 92, 60), (150, 92, 48))[variant % 3]
    handle = rounded_rect(150, 480, 560, 590, 52)
    pen.shade(handle, (lighter(scales, 0.25), scales, darker(scales, 0.4)), (0, 480), (0, 590))
    for x in range(200, 520, 26):  # the grip's texture
        pen.line([(x, 500), (x + 22, 570)], (*darker(scales, 0.35), 110), 5, solid=False)
    pen.poly(rounded_rect(240, 468, 520, 486, 8), (176, 182, 190))  # pocket clip
    spine = [(520, 500)] + bezier((560, 470), (700, 420), (800, 380), (915, 360))
    edge = bezier((915, 360), (860, 450), (740, 520), (560, 560))
    _blade(pen, spine + edge, 380, 560, move(edge[2:-2], -4, -14))
    pen.dot(660, 476, 18, (70, 74, 82))  # thumb hole
    pen.dot(540, 530, 22, (204, 208, 214))
    pen.dot(540, 530, 9, (120, 126, 134))


@drawing("NC", angle=-6)
def nail_clipper(pen, variant):
    metal = (POLISHED, ((150, 120, 60), (236, 210, 140), (176, 146, 80), (232, 214, 160)),
             ((60, 64, 72), (150, 156, 166), (80, 84, 92), (140, 146, 156)))[variant % 3]
    edge = darker(metal[0], 0.35)
    # Side view: two spring plates joined at the back and meeting at the jaws in front, the
    # lever turned up over them on its pin, ready to press.
    lower = band(bezier((830, 640), (600, 650), (330, 650), (180, 590)), 44)
    upper = band(bezier((830, 612), (600, 600), (380, 470), (186, 560)), 44)
    for plate in (lower, upper):
        pen.shade(plate, metal, (180, 0), (830, 0))
        pen.poly(plate, None, edge, 4)
    pen.poly(ellipse(190, 575, 16, 26), darker(metal[0], 0.3))  # the jaws' cutting edge
    pen.shade(rounded_rect(330, 380, 362, 640, 10), metal[:2], (330, 0), (362, 0))
    lever = band(bezier((340, 380), (500, 360), (700, 330), (870, 270)), 56, 66)
    pen.shade(lever, metal, (0, 250), (0, 420))
    pen.poly(lever, None, edge, 4)
    for k in range(9):  # the nail file's ridges
        x = 620 + k * 24
        pen.line([(x, 345 - k * 6), (x + 10, 380 - k * 8)], (*darker(metal[0], 0.2), 160), 4,
                 solid=False)
    pen.dot(346, 384, 26, lighter(metal[1], 0.1))
    pen.dot(346, 384, 10, darker(metal[0], 0.2))
    pen.line(ellipse(862, 626, 42, 42), (170, 174, 182), 14, closed=True)
