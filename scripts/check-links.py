#!/usr/bin/env python3
"""Fails when a relative link in README.md or docs/*.md points at a file or a heading that
does not exist.

Checks inline links and images, [text](target) and ![alt](target), outside code blocks and
code spans. External links (http:, https:, mailto:) are not followed: this machine reaches
no web sites, and their health is not the repository's. A target is a path relative to the
file that holds the link, optionally followed by #anchor; a bare #anchor points into the same
file. Anchors are the ones GitHub makes from headings: lower case, punctuation other than
hyphens and underscores dropped, spaces made hyphens, and -1, -2, ... added to repeats.

Usage: scripts/check-links.py            check README.md and docs/ of this repository
       scripts/check-links.py --self-test prove that the check finds what it must find
"""
import os
import re
import sys
import tempfile

LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
CODE_SPAN = re.compile(r"`+[^`]*`+")
EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def slug(heading):
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link's text only
    text = text.replace("`", "").lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def lines_outside_code(path):
    with open(path, encoding="utf-8") as f:
        fenced = False
        for number, line in enumerate(f, start=1):
            if FENCE.match(line):
                fenced = not fenced
                continue
            if not fenced:
                yield number, line.rstrip("\n")


def anchors(path):
    seen = {}
    result = set()
    for _, line in lines_outside_code(path):
        match = HEADING.match(line)
        if match:
            base = slug(match.group(2))
            count = seen.get(base, 0)
            seen[base] = count + 1
            result.add(base if count == 0 else f"{base}-{count}")
    return result


def broken_links(path, root):
    problems = []
    for number, line in lines_outside_code(path):
        for target in LINK.findall(CODE_SPAN.sub("", line)):
            if EXTERNAL.match(target):
                continue
            file_part, _, anchor = target.partition("#")
            resolved = os.path.normpath(os.path.join(os.path.dirname(path), file_part)) if file_part else path
            where = f"{os.path.relpath(path, root)}:{number}: {target}"
            if not os.path.exists(resolved):
                problems.append(f"{where}: no file {os.path.relpath(resolved, root)}")
            elif anchor:
                if not resolved.endswith(".md") or os.path.isdir(resolved):
                    problems.append(f"{where}: an anchor into something that is not a Markdown file")
                elif anchor not in anchors(resolved):
                    problems.append(f"{where}: no heading #{anchor} in {os.path.relpath(resolved, root)}")
    return problems


def documents(root):
    found = [os.path.join(root, "README.md")]
    docs = os.path.join(root, "docs")
    for directory, _, files in os.walk(docs):
        found += [os.path.join(directory, name) for name in sorted(files) if name.endswith(".md")]
    return found


def check(root):
    problems = []
    for path in documents(root):
        problems += broken_links(path, root)
    return problems


def self_test():
    with tempfile.TemporaryDirectory() as root:
        os.makedirs(os.path.join(root, "docs"))
        with open(os.path.join(root, "README.md"), "w", encoding="utf-8") as f:
            f.write(
                "# Title\n## Run the tests\n## Run the tests\n### The `needling-rule` (one decision)\n"
                "[ok](#run-the-tests) [ok](#run-the-tests-1) [ok](#the-needling-rule-one-decision)\n"
                "[ok](docs/api.md#the-api) ![ok](docs/api.md) [ok](docs) [ok](https://example.org/x)\n"
                "[bad](#no-such-heading) [bad](docs/missing.md) [bad](docs/api.md#nowhere)\n"
                "`[ignored](nowhere.md)`\n```\n[ignored](nowhere.md)\n```\n"
            )
        with open(os.path.join(root, "docs", "api.md"), "w", encoding="utf-8") as f:
            f.write("# The API\n[bad](../README.md#gone) [ok](../README.md#title)\n")
        found = sorted(p.split(": ")[1] for p in check(root))
        expected = sorted(["#no-such-heading", "docs/missing.md", "docs/api.md#nowhere", "../README.md#gone"])
        if found != expected:
            print(f"check-links self-test failed: found {found}, expected {expected}")
            return 1
        print("check-links self-test: finds the 4 broken links and passes the 7 good ones")
        return 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    problems = check(root)
    for problem in problems:
        print(problem)
    checked = len(documents(root))
    if problems:
        print(f"{len(problems)} broken relative link(s) in {checked} document(s)")
        return 1
    print(f"Relative links in {checked} document(s): all point at existing files and headings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
