"""Ingest: formats, bad input, normalisation and hashing, dates, folders and stdin."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfWriter

import diplograph.ingest
from diplograph.errors import InputError
from diplograph.ingest import (
    collect_documents,
    normalise_text,
    parse_document_date,
    read_document,
)
from diplograph.records import Document, PartialDate

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
RUSSIAN = "Президент Казахстана провёл переговоры в Москве. Стороны подписали соглашение."
SAMPLE_CORPUS = Path(diplograph.ingest.__file__).parent.parent / "data" / "sample_corpus"


def collect(*paths: str | Path, **options: object) -> list[Document | InputError]:
    return list(collect_documents(list(paths), **options))  # type: ignore[arg-type]


def only_document(path: Path, **options: object) -> Document:
    documents = read_document(path, **options)  # type: ignore[arg-type]
    assert len(documents) == 1
    return documents[0]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# normalisation and document ids


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("\ufeffTitle", "Title"),
        ("line one   \nline two\t", "line one\nline two"),
        ("one\n\n\n\n\ntwo", "one\n\ntwo"),
        ("  \n\n  text  \n\n ", "text"),
        ("Cafe\u0301", "Café"),  # NFC
    ],
)
def test_normalise_text(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected
    assert normalise_text(expected) == expected


def test_same_text_with_crlf_and_trailing_spaces_has_same_id(tmp_path: Path) -> None:
    plain = write(tmp_path, "a.txt", "Peru and Chile met.\n\nThey signed a deal.\n")
    messy = write(
        tmp_path, "b.txt", "\ufeffPeru and Chile met.  \r\n\r\n\r\n\r\nThey signed a deal. \r\n"
    )
    assert only_document(plain).id == only_document(messy).id
    assert only_document(plain).id.startswith("sha256:")


# document dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2011", "2011"),
        ("2011-06", "2011-06"),
        ("2011-06-28", "2011-06-28"),
        ("28 June 2011", "2011-06-28"),
        ("June 2011", "2011-06"),
        ("June 28, 2011", "2011-06-28"),
        ("Sept 2011", "2011-09"),
        ("2011-06-28T10:00:00Z", "2011-06-28"),
        ("Tue, 28 Jun 2011 23:30:00 -0500", "2011-06-28"),  # the publisher's own day
        ("28.06.2011", "2011-06-28"),
        ("D:20110628103000+02'00'", "2011-06-28"),
    ],
)
def test_parse_document_date(value: str, expected: str) -> None:
    assert parse_document_date(value) == PartialDate.parse(expected)


@pytest.mark.parametrize("value", ["garbage", "2011-13", "31 February 2011", "Foo 2011", "2011 x"])
def test_parse_document_date_rejects_garbage(value: str) -> None:
    with pytest.raises(ValueError, match="date"):
        parse_document_date(value)


def test_parse_document_date_blank_is_none() -> None:
    assert parse_document_date("  ") is None


def test_document_date_wins_over_default_date(tmp_path: Path) -> None:
    batch = write(
        tmp_path, "b.jsonl", '{"text": "Dated.", "date": "2016-03"}\n{"text": "Undated."}\n'
    )
    dated, undated = read_document(batch, default_date=PartialDate(2020))
    assert (dated.date, dated.metadata["date_from"]) == (PartialDate(2016, 3), "document")
    assert (undated.date, undated.metadata["date_from"]) == (PartialDate(2020), "default")


def test_undated_document_without_default_has_no_date(tmp_path: Path) -> None:
    document = only_document(write(tmp_path, "a.txt", "Kenya hosted a summit."))
    assert document.date is None
    assert document.metadata["date_from"] is None


# formats


def test_plain_text_headline_becomes_title(tmp_path: Path) -> None:
    document = only_document(write(tmp_path, "a.txt", "Ministers meet\n\nThey met in Lima."))
    assert (document.title, document.format) == ("Ministers meet", "text")
    assert document.text == "Ministers meet\n\nThey met in Lima."
    assert document.source == str(tmp_path / "a.txt")


@pytest.mark.parametrize(
    "text",
    ["The ministers met in Lima.\n\nThey agreed.", "Only one line here", "A\nB\n\nC"],
)
def test_plain_text_without_headline_has_no_title(tmp_path: Path, text: str) -> None:
    assert only_document(write(tmp_path, "a.txt", text)).title is None


def test_markdown(tmp_path: Path) -> None:
    document = only_document(FIXTURES / "note.md")
    assert (document.format, document.title) == ("markdown", "Vietnam and Japan")
    assert document.date == PartialDate(2020, 10)
    assert document.metadata["url"] == "https://example.org/vn-jp"
    assert document.text == (
        "A heading that is not the title\n\n"
        "Japan's Prime Minister Yoshihide Suga visited Hanoi in October 2020.\n\n"
        "Item one with code\nItem two"
    )


def test_markdown_title_from_first_heading(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "Intro line.\n\n## Minor\n\n# Main *title*\n\nBody text.")
    assert only_document(path).title == "Main title"


def test_markdown_bad_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\ntitle: [unclosed\n---\nBody.")
    with pytest.raises(InputError, match="front matter is not valid YAML") as caught:
        read_document(path)
    assert caught.value.where == str(path)


def test_html_strips_boilerplate() -> None:
    document = only_document(FIXTURES / "article.html")
    assert (document.format, document.title) == ("html", "Ministers meet in Hanoi")
    assert document.date == PartialDate(2019, 11, 2)
    assert document.text == (
        "Ministers meet in Hanoi\n\n"
        "Foreign ministers of ASEAN met in Hanoi on 1 November 2019.\n\n"
        "They discussed trade\n\nand security."
    )


def test_html_date_from_time_element(tmp_path: Path) -> None:
    html = '<html><p><time datetime="2021-06-15T08:00">June</time> Baku signed.</p></html>'
    document = only_document(write(tmp_path, "a.htm", html))
    assert document.date == PartialDate(2021, 6, 15)
    assert document.text == "June Baku signed."


def test_jsonl_batch_yields_good_lines_and_errors_for_bad_ones() -> None:
    path = FIXTURES / "batch.jsonl"
    results = collect(path)
    documents = [r for r in results if isinstance(r, Document)]
    errors = [r for r in results if isinstance(r, InputError)]
    assert [(d.source, d.title, str(d.date)) for d in documents] == [
        ("https://example.org/a", "Deal", "2016-03"),
        (f"{path}:3", None, "2014"),
    ]
    assert [e.where for e in errors] == [f"{path}:{n}" for n in (4, 5, 6, 7)]
    assert [e.message.split(" ")[0] for e in errors] == ["not", "no", '"date"', "each"]


def test_jsonl_errors_name_the_line_in_the_file(tmp_path: Path) -> None:
    lines = '\n\n{"text": "One."}\r\n\n\n\n{"text": 5}\n'
    results = collect(write(tmp_path, "b.jsonl", lines))
    assert [r.metadata["line"] if isinstance(r, Document) else r.where for r in results] == [
        3,
        f"{tmp_path / 'b.jsonl'}:7",
    ]


def test_jsonl_without_any_document_gets_one_error(tmp_path: Path) -> None:
    path = write(tmp_path, "gold.jsonl", '{"doc": "a", "type": "AID"}\n' * 50)
    error = only_error(collect(path))
    assert (error.where, error.message) == (
        str(path),
        'none of its 50 lines is a document (line 1: no "text" field with the document text)',
    )


def test_read_document_raises_on_a_bad_jsonl_line() -> None:
    with pytest.raises(InputError, match="not valid JSON"):
        read_document(FIXTURES / "batch.jsonl")


def test_pdf_text_layer() -> None:
    document = only_document(FIXTURES / "text_layer.pdf")
    assert document.format == "pdf"
    assert document.text == "Kazakhstan joined the OIC in 1995."
    assert (document.title, document.date) == ("Kazakhstan and the OIC", PartialDate(2011, 6, 28))


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as out:
        writer.write(out)
    with pytest.raises(InputError, match="no text layer"):
        read_document(path)


def test_damaged_pdf(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="damaged PDF"):
        read_document(write(tmp_path, "bad.pdf", b"%PDF-1.4\nnot really a pdf"))


# bad input and encodings


def only_error(results: list[Document | InputError]) -> InputError:
    assert len(results) == 1
    assert isinstance(results[0], InputError)
    return results[0]


def test_missing_path_is_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", "Text.")
    results = collect(tmp_path / "missing.txt", good)
    assert str(results[0]) == f"{tmp_path / 'missing.txt'}: no such file or folder; check the path"
    assert isinstance(results[1], Document)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod cannot lock root out, so the permission error is simulated.
    path = write(tmp_path, "secret.txt", "Text.")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    error = only_error(collect(path))
    assert (error.where, error.message.split(";")[0]) == (str(path), "permission denied")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"", "empty"),
        (b" \n\t\r\n  ", "empty"),
        (bytes(range(0x80, 0x100)) * 2, "encoding could not be detected; convert it with iconv"),
        (b"<html><body><script>x()</script></body></html>", "no text left"),
    ],
)
def test_bad_file_yields_one_error(tmp_path: Path, content: bytes, problem: str) -> None:
    path = write(tmp_path, "doc.html" if b"<html>" in content else "doc.txt", content)
    error = only_error(collect(path))
    assert problem in error.message
    assert error.where == str(path)


def test_folder_without_documents(tmp_path: Path) -> None:
    write(tmp_path, "notes.log", "not a document extension")
    write(tmp_path, ".hidden.txt", "hidden")
    error = only_error(collect(tmp_path))
    assert error.message.startswith("no documents in this folder (looked for .htm .html")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (
            "Президент Казахстана провёл переговоры в Москве. "
            "Стороны подписали соглашение об экономическом сотрудничестве.",
            "cp1251",
        ),
        (
            "Le Kazakhstan a signé un accord de coopération avec la France à Paris. "
            "Les ministres se sont réunis à Astana en été.",
            "latin-1",
        ),
        ("Kazakhstan and Uzbekistan — a border treaty.", "utf-16"),
    ],
)
def test_non_utf8_text_is_decoded(tmp_path: Path, text: str, encoding: str) -> None:
    document = only_document(write(tmp_path, "doc.txt", text.encode(encoding)))
    assert document.text == text
    assert document.metadata["encoding"] != "utf-8"


def test_utf8_bom_is_read(tmp_path: Path) -> None:
    document = only_document(write(tmp_path, "doc.txt", "\ufeffAstana.".encode()))
    assert (document.text, document.metadata["encoding"]) == ("Astana.", "utf-8-sig")


# collecting: folders, explicit files, stdin


def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus, "c.html", "<p>Third.</p>")
    write(corpus, "b/x.txt", "Second.")
    write(corpus, "a.md", "First.")
    write(corpus, ".git/y.txt", "Hidden folder.")
    write(corpus, ".draft.txt", "Hidden file.")
    write(corpus, "notes.log", "Unknown extension.")
    label = f"{corpus}/"
    results = collect(label)
    assert [(r.source, r.text) for r in results if isinstance(r, Document)] == [
        (f"{label}a.md", "First."),
        (f"{label}b/x.txt", "Second."),
        (f"{label}c.html", "Third."),
    ]
    assert len(results) == 3


def test_explicit_file_with_unknown_extension_is_read_by_content(tmp_path: Path) -> None:
    path = write(tmp_path, "page.data", "<!DOCTYPE html><html><body><p>Hello.</p></body></html>")
    document = only_document(path)
    assert (document.format, document.text) == ("html", "Hello.")


@pytest.mark.parametrize(
    ("stream", "fmt", "texts"),
    [
        (io.StringIO("Ministers met in Lima.\n"), "text", ["Ministers met in Lima."]),
        (io.BytesIO(RUSSIAN.encode("cp1251")), "text", [RUSSIAN]),
        (io.StringIO('{"text": "One."}\n{"text": "Two."}\n'), "jsonl", ["One.", "Two."]),
    ],
)
def test_stdin(stream: io.IOBase, fmt: str, texts: list[str]) -> None:
    results = collect("-", stdin=stream, default_date=PartialDate(2015, 5))
    documents = [r for r in results if isinstance(r, Document)]
    assert [d.text for d in documents] == texts == [r.text for r in results]  # type: ignore[union-attr]
    assert {(d.format, d.date) for d in documents} == {(fmt, PartialDate(2015, 5))}
    assert documents[0].source in ("<stdin>", "<stdin>:1")


def test_empty_stdin() -> None:
    assert only_error(collect("-", stdin=io.StringIO(""))).where == "<stdin>"


# the bundled sample corpus


def test_sample_corpus_ingests_cleanly() -> None:
    results = collect(SAMPLE_CORPUS)
    assert not [r for r in results if isinstance(r, InputError)]
    documents = [r for r in results if isinstance(r, Document)]
    assert {d.format for d in documents} == {"text", "markdown", "html", "jsonl"}
    assert len({d.id for d in documents}) == len(documents) >= 9
    seed = SAMPLE_CORPUS / "kazakhstan_muslim_world.txt"
    assert only_document(seed).text == normalise_text(seed.read_text(encoding="utf-8"))
    assert all(d.date is not None for d in documents if d.format != "text")
