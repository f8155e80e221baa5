"""Shrink the ICU data library that PySide6 wheels ship on Linux (32 MB -> about 8 MB).

Qt links ICU for a few things only: collation (QCollator, ``coll/``), locale-aware case
mapping (``*.icu`` property files), time-zone display names (``zone/`` and the zoneinfo
bundles) and legacy text codecs (``*.cnv``, unused here: the app reads and writes UTF-8).
Qt formats numbers and dates, names languages and breaks text with its own CLDR and
Unicode tables, so ICU's display-name, unit, currency, break-iterator dictionary,
transliteration and rule-based-number data are dead weight in this app.

``libicudata.so.NN`` is a library that exports one symbol, ``icudtNN_dat``: an ICU "common
data" archive (a table of contents and 16-byte-aligned items). This module reads that archive,
writes a smaller one without the unused items and links it into a new library with the
same soname (needs ``cc`` and ``nm``; the caller falls back to the original when they are
missing).

Usage: ``python packaging/icu_data.py SRC_LIB DEST_LIB`` (prints the sizes).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

#: Item trees Qt never reads (display names, units, currencies, break dictionaries, ...).
DROPPED_TREES = ("brkitr/", "curr/", "lang/", "region/", "unit/", "translit/", "rbnf/")
#: Top-level bundles kept: ICU's own plumbing (aliases, likely subtags, time zones).
KEPT_TOP_LEVEL_RES = frozenset(
    {
        "root.res",
        "pool.res",
        "res_index.res",
        "likelySubtags.res",
        "metadata.res",
        "supplementalData.res",
        "keyTypeData.res",
        "icuver.res",
        "icustd.res",
        "zoneinfo64.res",
        "metaZones.res",
        "timezoneTypes.res",
        "windowsZones.res",
        "numberingSystems.res",
        "plurals.res",
        "dayPeriods.res",
        "grammaticalFeatures.res",
        "genderList.res",
    }
)
ALIGN = 16


def keep_item(name: str) -> bool:
    """Return True if the item (name without the ``icudtNNl/`` prefix) stays in the archive."""
    if name.startswith(DROPPED_TREES):
        return False
    if "/" in name:
        return True  # coll/, zone/
    if name.endswith(".cnv"):
        return False  # legacy codecs; cnvalias.icu stays so that lookups fail cleanly
    if name.endswith(".res"):
        return name in KEPT_TOP_LEVEL_RES
    return True  # *.icu, *.nrm, *.spp, *.cfu: Unicode properties and normalisation


def read_archive(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split an ICU common-data archive into its header and its (name, data) items."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data archive")
    header = blob[:header_size]
    toc = blob[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    return header, items


def write_archive(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """Build an ICU common-data archive from a header and sorted (name, data) items."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _data in items)
    table_size = 4 + 8 * len(items)
    offset = table_size + len(names)
    offset += -offset % ALIGN
    first_data = offset
    entries = b""
    body = b""
    name_offset = table_size
    for name, data in items:
        padded = data + b"\0" * (-len(data) % ALIGN)
        entries += struct.pack("<II", name_offset, offset)
        name_offset += len(name) + 1
        offset += len(padded)
        body += padded
    toc = struct.pack("<I", len(items)) + entries + names
    toc += b"\0" * (first_data - len(toc))
    return header + toc + body


def data_symbol(library: Path) -> tuple[str, int, int]:
    """Return (name, file offset, size) of the ``icudtNN_dat`` symbol in ``library``."""
    out = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) \w (icudt\d+_dat)$", out, re.M)
    if not match:
        raise ValueError(f"no icudtNN_dat symbol in {library}")
    address, size, name = int(match.group(1), 16), int(match.group(2), 16), match.group(3)
    # In these libraries .rodata is mapped at its file offset (checked with readelf -S).
    return name, address, size


def shrink(
    source: Path, target: Path, keep: Callable[[str], bool] = keep_item, cc: str = "cc"
) -> tuple[int, int]:
    """Write a smaller copy of the ICU data library ``source`` to ``target``.

    Returns:
        The archive sizes in bytes before and after.
    """
    symbol, offset, size = data_symbol(source)
    raw = source.read_bytes()
    blob = raw[offset : offset + size]
    header, items = read_archive(blob)
    kept = [(name, data) for name, data in items if keep(name.split("/", 1)[-1])]
    archive = write_archive(header, kept)
    soname = source.name
    with tempfile.TemporaryDirectory() as tmp:
        dat = Path(tmp) / "icudt.dat"
        dat.write_bytes(archive)
        asm = Path(tmp) / "icudt.S"
        asm.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            f'\t.incbin "{dat}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(
            [cc, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(target), str(asm)],
            check=True,
        )
    # The new archive must read back to exactly the kept items.
    _name, new_offset, new_size = data_symbol(target)
    check_header, check_items = read_archive(
        target.read_bytes()[new_offset : new_offset + new_size]
    )
    if check_header != header or [n for n, _ in check_items] != [n for n, _ in kept]:
        raise RuntimeError("the rebuilt ICU archive does not read back")
    return len(blob), len(archive)


def tools_available() -> bool:
    """Return True if a C compiler and nm are on PATH."""
    return shutil.which("cc") is not None and shutil.which("nm") is not None


def main(argv: list[str]) -> int:
    """Shrink ``argv[0]`` into ``argv[1]``."""
    if len(argv) != 2:
        print(__doc__)
        return 2
    before, after = shrink(Path(argv[0]), Path(argv[1]))
    print(f"icu_data: archive {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
