from __future__ import annotations

import codecs

import pytest

from detente.errors import InputError
from detente.ingest.decode import decode, looks_binary, normalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("e\u0301te", "\u00e9te"),  # NFC
        ("a  \nb\t\n", "a\nb"),
        ("a\n\n\n\nb", "a\n\nb"),
        ("\n\n  a\n\n", "a"),
        ("a\n    indented", "a\n    indented"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    "data",
    [
        b"Ivanov arrived in Tehran.",
        codecs.BOM_UTF8 + b"Ivanov arrived in Tehran.",
        "Ivanov arrived in Tehran.".encode("utf-16"),
        "Ivanov arrived in Tehran.".encode("utf-16-be").join([codecs.BOM_UTF16_BE, b""]),
        b"Ivanov arrived in Tehran.\r\n",
    ],
)
def test_decode_accepts_utf8_and_bom_marked_utf16(data: bytes) -> None:
    assert decode(data, "x.txt") == "Ivanov arrived in Tehran."


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "[E001]"),
        (b" \n\t\n", "[E001]"),
        (b"abc\x00def", "[E002]"),
        (bytes(range(1, 32)) * 20, "[E002]"),
        (bytes((i * 167 + 13) % 256 for i in range(2048)), "[E002]"),
        ("Tehran caf\u00e9 talks".encode("latin-1"), "[E003]"),
    ],
)
def test_decode_refuses_bad_input(data: bytes, code: str) -> None:
    with pytest.raises(InputError) as info:
        decode(data, "in.txt")
    assert str(info.value).startswith(f"{code} in.txt:")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(("bom", "position"), [(b"", 13), (codecs.BOM_UTF8, 16)])
def test_invalid_utf8_names_the_byte_position(bom: bytes, position: int) -> None:
    with pytest.raises(InputError, match=rf"\(byte {position}\)"):
        decode(bom + "Tehran talks \u00e9".encode("latin-1"), "in.txt")


@pytest.mark.parametrize(
    ("data", "binary"),
    [(b"plain text\n", False), ("caf\u00e9".encode("latin-1") * 3, False), (b"\x00", True)],
)
def test_looks_binary(data: bytes, binary: bool) -> None:
    assert looks_binary(data) is binary
