#!/usr/bin/env python3
"""Writes the seed-like form of an untouched `pdftotext` output (see README.md).

pdftotext ends each line with a newline, leaves an empty line for a vertical gap and ends each
page with a form feed (U+000C). The seed form writes every line followed by a blank line, a gap
as a line holding one space, and a space before the first text of each page. The converter's
`Extraction.seedForm` is the same transformation; the corpus test checks that they agree.
Usage: make-seed-form.py pdftotext.txt seed.txt
"""
import sys


def seed_form(extracted: str) -> str:
    pages = extracted.split("\f")
    if pages and pages[-1].strip() == "":
        pages.pop()  # pdftotext ends the last page with a form feed too
    out = []
    for page in pages:
        lines = page.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        opens_page = True
        for line in lines:
            if line.strip(" ") == "":
                out.append(" \n\n")
            else:
                out.append((" " if opens_page else "") + line + "\n\n")
                opens_page = False
    return "".join(out)


if __name__ == "__main__":
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        text = f.read()
    with open(target, "w", encoding="utf-8") as f:
        f.write(seed_form(text))
