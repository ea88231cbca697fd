"""Sources: bytes in, :class:`~deportwatch.record.Page` out."""

from .files import iter_paths, pages_from_bytes, pages_from_file, read_pages

__all__ = ["iter_paths", "pages_from_bytes", "pages_from_file", "read_pages"]
