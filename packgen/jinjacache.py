"""Template source in, compiled template out once per process: an in-memory Jinja2 bytecode cache.

Each rendering builds its own sandboxed environment (filters bound to that rendering),
so without a shared cache every brief recompiles its templates. The bucket's checksum is
the template source, so an edited template is compiled again; keep one cache per
environment configuration, since the compiled code depends on the options.
"""

from __future__ import annotations

import threading

from jinja2.bccache import Bucket, BytecodeCache


class MemoryBytecodeCache(BytecodeCache):
    """Compiled templates kept in memory for the life of the process, by name and source."""

    def __init__(self, limit: int = 256) -> None:
        self.limit = limit
        self._code: dict[str, tuple[str, bytes]] = {}
        self._lock = threading.Lock()

    def load_bytecode(self, bucket: Bucket) -> None:
        with self._lock:
            stored = self._code.get(bucket.key)
        if stored is not None and stored[0] == bucket.checksum:
            bucket.bytecode_from_string(stored[1])

    def dump_bytecode(self, bucket: Bucket) -> None:
        with self._lock:
            if len(self._code) >= self.limit:
                self._code.pop(next(iter(self._code)))
            self._code[bucket.key] = (bucket.checksum, bucket.bytecode_to_string())
