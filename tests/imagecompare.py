"""Comparing a rendered image with an approved one, pyqtgraph-style.

Set ``BJGOV_APPROVE_SCREENSHOTS=1`` to (re)write the approved images after looking at them. On a
mismatch the rendered image and a difference image are saved in ``tests/_artifacts/``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QColor, QImage

APPROVED = Path(__file__).resolve().parent / "screenshots"
ARTIFACTS = Path(__file__).resolve().parent / "_artifacts"
CHANNEL_TOLERANCE = 48  # anti-aliasing may differ a little
PIXEL_TOLERANCE = 0.004  # share of pixels allowed to differ beyond that


def compare(image: QImage, name: str) -> None:
    approved_path = APPROVED / f"{name}.png"
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    if os.environ.get("BJGOV_APPROVE_SCREENSHOTS") == "1":
        approved_path.parent.mkdir(parents=True, exist_ok=True)
        assert image.save(str(approved_path), "PNG")  # type: ignore[call-overload]
        return
    assert approved_path.exists(), (
        f"no approved screenshot {approved_path.name}; look at the window, then run with "
        "BJGOV_APPROVE_SCREENSHOTS=1"
    )
    approved = QImage(str(approved_path)).convertToFormat(QImage.Format.Format_RGB32)
    problem = _difference(image, approved)
    if problem:
        (ARTIFACTS / name).parent.mkdir(parents=True, exist_ok=True)  # names may hold a folder
        image.save(str(ARTIFACTS / f"{name}.png"), "PNG")  # type: ignore[call-overload]
        _diff_image(image, approved).save(str(ARTIFACTS / f"{name}-diff.png"), "PNG")  # type: ignore[call-overload]
        raise AssertionError(f"{name}: {problem}; see tests/_artifacts/{name}-diff.png")


def _difference(image: QImage, approved: QImage) -> str:
    if image.size() != approved.size():
        return (
            f"size {image.width()}×{image.height()} ≠ approved "
            f"{approved.width()}×{approved.height()}"
        )
    a_bits, b_bits = bytes(image.constBits()), bytes(approved.constBits())
    stride, width = image.bytesPerLine(), image.width() * 4
    differing = 0
    for y in range(image.height()):
        a = a_bits[y * stride : y * stride + width]
        b = b_bits[y * stride : y * stride + width]
        if a == b:
            continue
        for x in range(0, width, 4):
            if max(abs(a[x + k] - b[x + k]) for k in range(3)) > CHANNEL_TOLERANCE:
                differing += 1
    share = differing / (image.width() * image.height())
    return f"{share:.2%} of pixels differ" if share > PIXEL_TOLERANCE else ""


def _diff_image(image: QImage, approved: QImage) -> QImage:
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(QColor("white"))
    if image.size() != approved.size():
        return image
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixel(x, y) != approved.pixel(x, y):
                out.setPixel(x, y, QColor("red").rgb())
    return out
