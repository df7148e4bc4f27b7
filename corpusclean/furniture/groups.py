"""Which site a document belongs to: the group whose pages its furniture is learned from.

In this order: the host of its URL (the record's ``url``, which ``--url-key`` or the HTML
page sets), its ``site`` (front matter, the HTML page, or an upstream ``site`` field), the
JSONL file it came from, the folder of a txt or HTML file.  A document with none of these
(text on stdin) has no group.

>>> group_key({"url": "https://www.Example.kz:443/news/1"}, {}, {})
'host:example.kz'
>>> group_key({}, {}, {"path": "dumps/site_b/page1.txt", "kind": "txt"})
'folder:dumps/site_b'
"""

from __future__ import annotations

from pathlib import PurePath, PurePosixPath
from urllib.parse import urlsplit

__all__ = ["group_key", "group_of", "url_host"]


def url_host(url) -> str | None:
    """Lower-case host of ``url`` without "www." and port ("example.kz/a" works too)."""
    if not isinstance(url, str) or not url.strip():
        return None
    u = url.strip()
    if "://" not in u:
        u = "//" + u.lstrip("/")
    try:
        host = urlsplit(u).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _posix(path: str) -> str:
    return PurePosixPath(PurePath(path).as_posix()).as_posix()


def group_key(meta: dict, metadata: dict, source: dict) -> str | None:
    host = url_host(meta.get("url")) or url_host(source.get("url"))
    if host:
        return f"host:{host}"
    site = meta.get("site") or (metadata or {}).get("site")
    if isinstance(site, str) and site.strip():
        return "site:" + " ".join(site.split()).casefold()
    path = source.get("path")
    if not isinstance(path, str) or not path or path == "<stdin>":
        return None
    if source.get("kind") == "jsonl" or source.get("line"):
        return "file:" + _posix(path)
    return "folder:" + _posix(str(PurePath(path).parent))


def group_of(doc) -> str | None:
    """The group of a :class:`~corpusclean.document.Document` as it stands."""
    return group_key(doc.meta, doc.metadata, doc.source)
