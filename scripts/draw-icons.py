#!/usr/bin/env python3
"""Draws every SVG in resources/icons/: the application icon and the line
icons of the navigation and the actions, and writes icons.qrc, the Qt
resource file that lists them.

The committed files are this script's output (the ctest
resources_icons_current runs it into a temporary folder and compares), so the
art changes here and nowhere else:

    python3 scripts/draw-icons.py            # rewrites resources/icons/
    python3 scripts/draw-icons.py OUTDIR     # writes into OUTDIR instead

Standard library only, and deterministic: coordinates are rounded to two
decimals, elements and attributes come out in the order they are drawn.

The line icons share one grammar: a 24x24 view box, strokes 2 wide with round
caps and joins, one neutral colour for the outline and one accent colour for
the part that carries the meaning (the check of Approve, the arrow of Export,
the seal of a letter of credit). Qt reads them through its SVG Tiny 1.2
renderer: no text, no filters, no CSS, no masks, no currentColor, and no arc
commands in path data (Tiny has none), so arcs are drawn as cubic curves.
"""

import math
import os
import sys

NEUTRAL = "#3b4553"  # slate: the outlines, readable on light window colours
ACCENT = "#0f7f7a"  # jade: the one part that carries the meaning
STROKE = 2

# The application icon's colours.
TILE_TOP = "#17857f"
TILE_BOTTOM = "#0b4d5c"
LINK_LIGHT = "#ffffff"
LINK_GOLD = "#f0b43c"


def num(value):
    """A coordinate as SVG text: at most two decimals, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def pt(x, y):
    return f"{num(x)} {num(y)}"


def arc(cx, cy, r, start, end):
    """Cubic curves along a circle from angle start to end, in degrees,
    clockwise on screen for end > start (y points down). Starts with the
    curve: the path must already stand at the arc's first point."""
    pieces = max(1, math.ceil(abs(end - start) / 90 - 1e-9))
    step = math.radians(end - start) / pieces
    k = 4 / 3 * math.tan(step / 4)
    out = []
    a = math.radians(start)
    for _ in range(pieces):
        b = a + step
        x0, y0 = cx + r * math.cos(a), cy + r * math.sin(a)
        x1, y1 = cx + r * math.cos(b), cy + r * math.sin(b)
        c1 = (x0 - k * r * math.sin(a), y0 + k * r * math.cos(a))
        c2 = (x1 + k * r * math.sin(b), y1 - k * r * math.cos(b))
        out.append(f"C{pt(*c1)} {pt(*c2)} {pt(x1, y1)}")
        a = b
    return " ".join(out)


def on_circle(cx, cy, r, angle):
    a = math.radians(angle)
    return cx + r * math.cos(a), cy + r * math.sin(a)


def arc_path(cx, cy, r, start, end):
    """An open arc as a whole path: the move to its start, then the curves."""
    return f"M{pt(*on_circle(cx, cy, r, start))} " + arc(cx, cy, r, start, end)


def round_rect(x, y, w, h, r):
    """A rectangle with rounded corners as path data (Tiny's rect has rx
    too, but a path lets callers leave gaps and keeps one element kind)."""
    return (
        f"M{pt(x + r, y)} H{num(x + w - r)} {arc(x + w - r, y + r, r, -90, 0)} "
        f"V{num(y + h - r)} {arc(x + w - r, y + h - r, r, 0, 90)} "
        f"H{num(x + r)} {arc(x + r, y + h - r, r, 90, 180)} "
        f"V{num(y + r)} {arc(x + r, y + r, r, 180, 270)} Z"
    )


def arrow_head(x, y, angle, size=4.5):
    """An open arrowhead whose tip is at (x, y), pointing along angle
    (degrees, screen coordinates): two strokes at 45 degrees."""
    points = []
    for turn in (-135, 135):
        a = math.radians(angle + turn)
        points.append((x + size * math.cos(a), y + size * math.sin(a)))
    return f"M{pt(*points[0])} L{pt(x, y)} L{pt(*points[1])}"


# One drawn element: (tag, attributes, colour role). Roles: "line" (neutral
# stroke), "accent" (accent stroke), "dot" and "accent-dot" (filled, no stroke).
def path(d, role="line"):
    return ("path", {"d": d}, role)


def circle(cx, cy, r, role="line"):
    return ("circle", {"cx": num(cx), "cy": num(cy), "r": num(r)}, role)


def ellipse(cx, cy, rx, ry, role="line"):
    return ("ellipse", {"cx": num(cx), "cy": num(cy), "rx": num(rx), "ry": num(ry)}, role)


def document_outline(x=5, y=3, w=14, h=18, fold=5):
    """A sheet with its top right corner folded: L/Cs and new drafts."""
    right, bottom = x + w, y + h
    return path(
        f"M{pt(right - fold, y)} H{num(x + 2)} {arc(x + 2, y + 2, 2, 270, 180)} "
        f"V{num(bottom - 2)} {arc(x + 2, bottom - 2, 2, 180, 90)} "
        f"H{num(right - 2)} {arc(right - 2, bottom - 2, 2, 90, 0)} "
        f"V{num(y + fold)} Z M{pt(right - fold, y)} V{num(y + fold)} H{num(right)}"
    )


# --- the navigation -------------------------------------------------------


def worklist():
    """A clipboard with a ticked row and an open one."""
    return [
        path(
            f"M15 4 H17 {arc(17, 6, 2, -90, 0)} V19 {arc(17, 19, 2, 0, 90)} "
            f"H7 {arc(7, 19, 2, 90, 180)} V6 {arc(7, 6, 2, 180, 270)} H9"
        ),
        path(round_rect(9, 2, 6, 4, 1)),
        path("M8 11.5 L9.75 13.25 L12.5 10.5", "accent"),
        path("M14.5 12 H16"),
        path("M8 17 H16"),
    ]


def letters_of_credit():
    """A document with the issuing bank's seal."""
    return [
        document_outline(),
        path("M8 12 H13"),
        path("M8 16 H10"),
        circle(14.5, 16, 2.5, "accent"),
    ]


def approvals():
    """A bank's stamp and the line it leaves: four eyes said yes."""
    return [
        circle(12, 5.5, 2.75),
        path("M10.5 8 L10 12.5 M13.5 8 L14 12.5"),
        path(round_rect(4.5, 12.5, 15, 4.5, 1.5)),
        path("M6 21 H18", "accent"),
    ]


def ledger():
    """A block of the chain: the explorer's channels are made of them."""
    return [
        path("M12 2.75 L20 7.25 V16.75 L12 21.25 L4 16.75 V7.25 Z"),
        path("M4 7.25 L12 11.75 L20 7.25 M12 11.75 V21.25", "accent"),
    ]


def forfaiting():
    """A bill passed on to the forfaiter."""
    return [
        path(round_rect(3, 4.5, 18, 11, 1.5)),
        circle(12, 10, 2.5),
        path("M5 20 H19", "accent"),
        path(arrow_head(19.5, 20, 0, 3.5), "accent"),
    ]


def guarantees():
    """A shield: the guarantor stands behind the obligation."""
    return [
        path("M12 3 L19 5.75 V11 C19 15.5 16 19 12 21 C8 19 5 15.5 5 11 V5.75 Z"),
        path("M9 12 L11 14 L15 10", "accent"),
    ]


def quotes():
    """A rate curve over tenors, as the quote board draws it."""
    return [
        path("M4 4 V18 C4 19.1 4.9 20 6 20 H20"),
        path("M8 16 C9.5 11.5 12.5 9.5 19 8.5", "accent"),
        circle(8, 16, 1.25, "accent-dot"),
        circle(19, 8.5, 1.25, "accent-dot"),
    ]


def dashboards():
    """A dial with its needle."""
    return [
        path(arc_path(12, 13.5, 8.5, 135, 405)),
        path("M12 13.5 L15.5 9.5", "accent"),
        circle(12, 13.5, 1.5, "accent-dot"),
        path("M8 20 H16"),
    ]


def governance():
    """The council's hall: pediment, columns, steps."""
    return [
        path("M3.5 9 L12 4 L20.5 9 Z"),
        path("M6 12 V17 M10 12 V17 M14 12 V17 M18 12 V17"),
        path("M3 20.5 H21", "accent"),
    ]


# --- the actions ----------------------------------------------------------


def new():
    """A fresh sheet: new L/C, new guarantee, issue."""
    return [
        document_outline(),
        path("M12 11 V17 M9 14 H15", "accent"),
    ]


def approve():
    return [
        circle(12, 12, 9),
        path("M8 12.25 L10.75 15 L16 9.5", "accent"),
    ]


def return_():
    """Back to the maker: an arrow that turns round."""
    return [
        path(f"M4.5 9 H14.5 {arc(14.5, 14.5, 5.5, -90, 90)} H9"),
        path(arrow_head(4.5, 9, 180, 4.5), "accent"),
    ]


def tray():
    return path(f"M4 14 V18 {arc(6, 18, 2, 180, 90)} H18 {arc(18, 18, 2, 90, 0)} V14")


def export():
    return [
        tray(),
        path("M12 15 V4", "accent"),
        path(arrow_head(12, 4, 270, 4.5), "accent"),
    ]


def import_():
    return [
        tray(),
        path("M12 3.5 V14.5", "accent"),
        path(arrow_head(12, 14.5, 90, 4.5), "accent"),
    ]


def print_():
    return [
        path("M7 8 V3 H17 V8"),
        path(
            f"M7 17 H5 {arc(5, 15, 2, 90, 180)} V10 {arc(5, 10, 2, 180, 270)} "
            f"H19 {arc(19, 10, 2, 270, 360)} V15 {arc(19, 15, 2, 0, 90)} H17"
        ),
        path("M7 14 H17 V21 H7 Z"),
        circle(17.5, 11, 1, "accent-dot"),
    ]


def refresh():
    """Two arrows chasing each other round: refresh, sync."""
    r = 8
    return [
        path(arc_path(12, 12, r, 200, 325)),
        path(arc_path(12, 12, r, 20, 145)),
        path(arrow_head(*on_circle(12, 12, r, 325), 325 + 90, 4), "accent"),
        path(arrow_head(*on_circle(12, 12, r, 145), 145 + 90, 4), "accent"),
    ]


def verify():
    """A lens with a tick: checked, not only looked at."""
    return [
        circle(10.5, 10.5, 7),
        path("M15.5 15.5 L20.5 20.5"),
        path("M7.5 10.75 L9.5 12.75 L13.5 8.75", "accent"),
    ]


def search():
    return [
        circle(10.5, 10.5, 7),
        path("M15.5 15.5 L20.5 20.5", "accent"),
    ]


def filter_():
    return [
        path("M4 5 H20 L14 12.5 V19 L10 21 V12.5 Z"),
        path("M7.5 8.5 H16.5", "accent"),
    ]


def sign_out():
    return [
        path(f"M10 4 H7 {arc(7, 6, 2, 270, 180)} V18 {arc(7, 18, 2, 180, 90)} H10"),
        path("M10 12 H20", "accent"),
        path(arrow_head(20, 12, 0, 4), "accent"),
    ]


def switch_identity():
    """A person and the arrows that swap them for another."""
    return [
        circle(10, 7.5, 3.5),
        path("M3 20 C3 15.5 6 13.5 10 13.5 C11.25 13.5 12.4 13.7 13.4 14.1"),
        path("M15 15 H21 M21 15 L19 13 M21 19 H15 M15 19 L17 21", "accent"),
    ]


def lock():
    return [
        path(f"M8 11 V8 {arc(12, 8, 4, 180, 360)} V11"),
        path(round_rect(5, 11, 14, 10, 2)),
        path("M12 15 V17", "accent"),
    ]


def settings():
    """A gear of eight teeth round an accent hub."""
    outer, inner, teeth = 9.5, 7, 8
    points = []
    for i in range(teeth):
        a = i * 360 / teeth
        for radius, offset in ((inner, -15), (outer, -8), (outer, 8), (inner, 15)):
            points.append(on_circle(12, 12, radius, a + offset))
    d = "M" + " L".join(pt(x, y) for x, y in points) + " Z"
    return [path(d), circle(12, 12, 3, "accent")]


def help_():
    return [
        circle(12, 12, 9),
        path("M9.25 9.5 C9.25 7.9 10.5 6.75 12 6.75 C13.5 6.75 14.75 7.9 14.75 9.25 "
             "C14.75 11.5 12 11.75 12 14", "accent"),
        circle(12, 17.25, 1.25, "accent-dot"),
    ]


def about():
    return [
        circle(12, 12, 9),
        path("M12 11 V17", "accent"),
        circle(12, 7.5, 1.25, "accent-dot"),
    ]


def outbox():
    """A paper plane: submitted, on its way to the ledger."""
    return [
        path("M21 3 L3 10.5 L10 14 L13.5 21 Z"),
        path("M21 3 L10 14", "accent"),
    ]


def quit_():
    return [
        path(arc_path(12, 13, 8, 300, 600)),
        path("M12 3 V12", "accent"),
    ]


def language():
    """A globe: the interface's language."""
    return [
        circle(12, 12, 9),
        ellipse(12, 12, 4, 9),
        path("M3.5 9 H20.5 M3.5 15 H20.5", "accent"),
    ]


# File name (without .svg) -> drawing. The order is the order of Icon in
# ui/shell/Icons.h; the names are what Icons.cpp loads.
LINE_ICONS = [
    ("worklist", worklist),
    ("letters-of-credit", letters_of_credit),
    ("approvals", approvals),
    ("ledger", ledger),
    ("forfaiting", forfaiting),
    ("guarantees", guarantees),
    ("quotes", quotes),
    ("dashboards", dashboards),
    ("governance", governance),
    ("new", new),
    ("approve", approve),
    ("return", return_),
    ("export", export),
    ("import", import_),
    ("print", print_),
    ("refresh", refresh),
    ("verify", verify),
    ("search", search),
    ("filter", filter_),
    ("sign-out", sign_out),
    ("switch-identity", switch_identity),
    ("lock", lock),
    ("settings", settings),
    ("help", help_),
    ("about", about),
    ("outbox", outbox),
    ("quit", quit_),
    ("language", language),
]

HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n'


def notice(name):
    return f"<!-- LianXin icon {name}: drawn by scripts/draw-icons.py; change the script, not this file. -->\n"


def element(tag, attributes, role):
    attrs = dict(attributes)
    if role == "accent":
        attrs["stroke"] = ACCENT
    elif role == "dot":
        attrs["fill"] = NEUTRAL
        attrs["stroke"] = "none"
    elif role == "accent-dot":
        attrs["fill"] = ACCENT
        attrs["stroke"] = "none"
    text = " ".join(f'{key}="{value}"' for key, value in attrs.items())
    return f"<{tag} {text}/>"


def line_icon(name, drawing):
    body = "\n".join("  " + element(*shape) for shape in drawing())
    return (
        HEADER
        + notice(name)
        + '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        'width="24" height="24" viewBox="0 0 24 24">\n'
        f'<g fill="none" stroke="{NEUTRAL}" stroke-width="{STROKE}" '
        'stroke-linecap="round" stroke-linejoin="round">\n'
        f"{body}\n</g>\n</svg>\n"
    )


def link(cx, cy, half, r):
    """One chain link: a rounded square ring centred on (cx, cy)."""
    return round_rect(cx - half, cy - half, 2 * half, 2 * half, r)


def app_icon():
    """The application's mark on a 128 grid: two square links, one white and
    one gold, interlocked on a jade tile: banks joined (联) in trust (信).
    Each link passes over the other once; the gap round the upper strand is
    drawn in the tile's own gradient so it reads as depth, not as a line."""
    half, radius, width = 24, 11, 13
    a = (52, 52)  # the white link, up and left
    b = (76, 76)  # the gold link, down and right: the crossings fall mid-edge
    # Each link lies over the other at one crossing: the white one's bottom
    # edge over the gold one's left edge, the gold one's top edge over the
    # white one's right edge. Those strands are drawn again on top.
    straight = half - radius - 1
    white_over = f"M{num(b[0] - half - straight)} {num(a[1] + half)} H{num(b[0] - half + straight)}"
    gold_over = f"M{num(a[0] + half - straight)} {num(b[1] - half)} H{num(a[0] + half + straight)}"
    ring = f'fill="none" stroke-width="{width}" stroke-linejoin="round"'
    return (
        HEADER
        + notice("lianxin (the application)")
        + '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        'width="128" height="128" viewBox="0 0 128 128">\n'
        "<defs>\n"
        '  <linearGradient id="tile" gradientUnits="userSpaceOnUse" x1="0" y1="8" x2="0" y2="120">\n'
        f'    <stop offset="0" stop-color="{TILE_TOP}"/>\n'
        f'    <stop offset="1" stop-color="{TILE_BOTTOM}"/>\n'
        "  </linearGradient>\n"
        "</defs>\n"
        f'<path d="{round_rect(8, 8, 112, 112, 26)}" fill="url(#tile)"/>\n'
        f'<path d="{link(*a, half, radius)}" {ring} stroke="{LINK_LIGHT}"/>\n'
        f'<path d="{link(*b, half, radius)}" {ring} stroke="{LINK_GOLD}"/>\n'
        f'<path d="{white_over}" fill="none" stroke-width="{width + 5}" stroke="url(#tile)"/>\n'
        f'<path d="{white_over}" fill="none" stroke-width="{width}" stroke="{LINK_LIGHT}"/>\n'
        f'<path d="{gold_over}" fill="none" stroke-width="{width + 5}" stroke="url(#tile)"/>\n'
        f'<path d="{gold_over}" fill="none" stroke-width="{width}" stroke="{LINK_GOLD}"/>\n'
        "</svg>\n"
    )


def resource_file(svgs):
    """The Qt resource file that compiles the icons in at :/icons/."""
    entries = "".join(f"  <file>{name}</file>\n" for name in svgs)
    return (
        "<!DOCTYPE RCC>\n"
        "<!-- The workstation's icons at :/icons/: written by scripts/draw-icons.py with the SVGs. -->\n"
        '<RCC version="1.0">\n<qresource prefix="/icons">\n' + entries + "</qresource>\n</RCC>\n"
    )


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = argv[1] if len(argv) > 1 else os.path.join(root, "resources", "icons")
    os.makedirs(out, exist_ok=True)
    files = {f"{name}.svg": line_icon(name, drawing) for name, drawing in LINE_ICONS}
    files["lianxin.svg"] = app_icon()
    files["icons.qrc"] = resource_file(sorted(files))
    for name, text in sorted(files.items()):
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
