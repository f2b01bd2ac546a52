"""Bytes to text: UTF-8 (BOM or not), UTF-16/32 with a BOM, else a detected encoding.

Texts in this domain often come as Windows code pages (cp1251 for Russian and Kazakh,
cp1252 or latin-1 for French and German), so a file that is not UTF-8 is decoded with
the encoding charset-normalizer finds, when it is confident, and the encoding is
recorded; only an undetectable encoding is an error.
"""

from __future__ import annotations

import codecs

import charset_normalizer

from diplograph.errors import InputError

# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# When several encodings decode a file equally well (short texts with a few accents),
# take the one most common in foreign-policy sources rather than charset-normalizer's
# arbitrary first pick (cp1250 turns French "à" into "ŕ").
_PREFERRED = ("cp1252", "latin_1", "cp1251", "koi8_r", "iso8859_15", "cp1250", "cp1254", "cp1256")
_MAX_CHAOS = 0.1  # charset-normalizer's "mess" ratio above which a decoding looks wrong
_MIN_COHERENCE = 0.1  # below this no language was recognised in the decoded text
_TIE = 0.01
_SNIFF = 8192
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13, 27}


def decode_bytes(data: bytes, *, where: str) -> tuple[str, str]:
    """Decode a file's bytes; return ``(text, encoding)``.

    Raises :class:`InputError` (with ``where``) for binary data and for bytes whose
    encoding is neither UTF-8 nor confidently detected.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data, encoding, where), encoding
    if _looks_binary(data[:_SNIFF]):
        raise InputError(
            "binary file, not text; give a .txt, .md, .html, .jsonl or .pdf document",
            where=where,
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    detected = detect_encoding(data)
    if detected is None:
        raise InputError(
            "not UTF-8 and the encoding could not be detected; convert it with "
            "iconv -f ENCODING -t UTF-8 (e.g. -f CP1251 for Russian Windows text)",
            where=where,
        )
    return _decode(data, detected, where), detected


def detect_encoding(data: bytes) -> str | None:
    """The encoding charset-normalizer is confident about, or ``None``."""
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None or best.chaos > _MAX_CHAOS or best.coherence < _MIN_COHERENCE:
        return None
    tied = [
        match
        for match in matches
        if match.chaos <= best.chaos + _TIE and match.coherence >= best.coherence - _TIE
    ]
    candidates = [name for match in tied for name in match.could_be_from_charset]
    return next((name for name in _PREFERRED if name in candidates), best.encoding)


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte in _CONTROL)
    return bool(head) and controls / len(head) > 0.05


def _decode(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            f"cannot be decoded as {encoding} (byte {error.start}); "
            "convert it with iconv -f ENCODING -t UTF-8",
            where=where,
        ) from None
