"""credence.py -- score news articles from Python through the C library, in-process.

A thin binding over libcredence with ctypes (Python's standard library, no
compiler needed). The library does the work; this module turns its report
into a dict (the credence/1 JSON of docs/schema.md) and its errors into
exceptions.

    import credence
    engine = credence.Engine()                      # or Engine(script_path="my.lua")
    report = engine.score("A military source said at least 400 were killed.")
    print(report["score"], report["grade"])
    for item in report["evidence"]:
        print(item["feature"], item["text"])

An Engine is built once and shared by every thread; Engine.score keeps one
scorer per thread, and the library runs without the GIL, so a thread pool
(or Dask/Spark workers, each with its own Engine) scores in parallel.

The library is found in $CREDENCE_LIB, then next to this file, in the
source tree's build folder, in the install this file belongs to (cmake
--install puts it in PREFIX/share/credence/python), and then where the system
keeps libraries.
"""

import ctypes
import ctypes.util
import glob
import json
import os
import threading
import weakref

__all__ = ["Engine", "Scorer", "Error", "sniff_format", "FORMAT_TEXT", "FORMAT_HTML",
           "ERR_INVALID", "ERR_NOMEM", "ERR_IO", "ERR_INPUT", "ERR_SCRIPT", "ERR_BUDGET",
           "ERR_MEMORY", "ERR_LEXICON"]

FORMAT_TEXT = 0
FORMAT_HTML = 1

# Error.code, as CRD_ERR_* in credence.h.
ERR_INVALID = -1
ERR_NOMEM = -2
ERR_IO = -3
ERR_INPUT = -4
ERR_SCRIPT = -5
ERR_BUDGET = -6
ERR_MEMORY = -7
ERR_LEXICON = -8

_SCORE_FEATURES_ONLY = 0x1
_OPTIONS_VERSION = 1
_INPUT_VERSION = 2


class Error(Exception):
    """A failure in the library: code (a CRD_ERR_* value), its name, message,
    and where it happened (source, line, column, offset) when known."""

    def __init__(self, code, name, message, source="", line=0, column=0, offset=-1):
        where = source
        if source and line:
            where += ":%d" % line
            if column:
                where += ":%d" % column
        super().__init__("%s: %s" % (where, message) if where else message)
        self.code = code
        self.name = name
        self.message = message
        self.source = source
        self.line = line
        self.column = column
        self.offset = offset


class _Error(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int), ("message", ctypes.c_char * 320),
                ("source", ctypes.c_char * 256), ("line", ctypes.c_int),
                ("column", ctypes.c_int), ("offset", ctypes.c_int64)]


class _Options(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint), ("script_path", ctypes.c_char_p),
                ("script_source", ctypes.c_char_p), ("script_source_len", ctypes.c_size_t),
                ("script_name", ctypes.c_char_p), ("script_dir", ctypes.c_char_p),
                ("lexicon_dir", ctypes.c_char_p), ("max_document_bytes", ctypes.c_size_t),
                ("max_instructions", ctypes.c_uint64), ("max_script_memory", ctypes.c_size_t)]


class _Input(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint), ("text", ctypes.c_char_p), ("len", ctypes.c_size_t),
                ("id", ctypes.c_char_p), ("title", ctypes.c_char_p), ("url", ctypes.c_char_p),
                ("source", ctypes.c_char_p), ("date", ctypes.c_char_p), ("format", ctypes.c_uint)]


def _find_library():
    env = os.environ.get("CREDENCE_LIB")
    if env:
        return env
    here = os.path.dirname(os.path.abspath(__file__))
    # Next to this file; in the source tree's build folder; in an install
    # (PREFIX/share/credence/python beside PREFIX/lib or PREFIX/lib/<arch>).
    prefix = os.path.join(here, "..", "..", "..")
    cands = [os.path.join(here, "libcredence.so"), os.path.join(here, "..", "..", "build", "libcredence.so")]
    cands += sorted(glob.glob(os.path.join(prefix, "lib*", "libcredence.so")))
    cands += sorted(glob.glob(os.path.join(prefix, "lib*", "*", "libcredence.so")))
    for cand in cands:
        if os.path.exists(cand):
            return os.path.normpath(cand)
    found = ctypes.util.find_library("credence")
    if found:
        return found
    raise OSError("libcredence not found: build it (./build.sh) or set CREDENCE_LIB to its path")


_lib = None
_lib_lock = threading.Lock()


def _load():
    global _lib
    with _lib_lock:
        if _lib is not None:
            return _lib
        lib = ctypes.CDLL(_find_library())
        P = ctypes.c_void_p
        E = ctypes.POINTER(_Error)
        sig = {
            "crd_strerror": (ctypes.c_char_p, [ctypes.c_int]),
            "crd_options_init": (None, [ctypes.POINTER(_Options)]),
            "crd_engine_new": (ctypes.c_int, [ctypes.POINTER(P), ctypes.POINTER(_Options), E]),
            "crd_engine_free": (None, [P]),
            "crd_scorer_new": (ctypes.c_int, [ctypes.POINTER(P), P, E]),
            "crd_scorer_free": (None, [P]),
            "crd_scorer_score": (ctypes.c_int, [ctypes.POINTER(P), P, ctypes.POINTER(_Input),
                                                ctypes.c_uint, E]),
            "crd_result_json": (ctypes.c_int, [ctypes.POINTER(P), ctypes.POINTER(ctypes.c_size_t), P,
                                               ctypes.c_uint, E]),
            "crd_result_free": (None, [P]),
            "crd_free": (None, [P]),
            "crd_sniff_format": (ctypes.c_uint, [ctypes.c_char_p, ctypes.c_size_t]),
        }
        for name, (res, args) in sig.items():
            fn = getattr(lib, name)
            fn.restype = res
            fn.argtypes = args
        _lib = lib
        return lib


def _raise(lib, rc, err):
    raise Error(err.code or rc, lib.crd_strerror(err.code or rc).decode(),
                err.message.decode("utf-8", "replace"), err.source.decode("utf-8", "replace"),
                err.line, err.column, err.offset)


def _bytes(s):
    if s is None:
        return None
    return s.encode("utf-8") if isinstance(s, str) else bytes(s)


def sniff_format(text):
    """FORMAT_HTML when text (str or bytes) opens like a web page, else FORMAT_TEXT."""
    b = _bytes(text)
    return _load().crd_sniff_format(b, len(b))


class _Closing:
    """Frees the handle on close(), at the end of a with block, or when collected."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()


class Engine(_Closing):
    """A compiled script and its lexicons; build once, share across threads.

    script_path or script_source (with script_name for messages) replaces the
    built-in script; lexicon_dir replaces the built-in lexicons; the limits
    are per document (0 or None: the library's defaults)."""

    def __init__(self, script_path=None, script_source=None, script_name=None, lexicon_dir=None,
                 max_document_bytes=None, max_instructions=None, max_script_memory=None):
        lib = self._lib = _load()
        opts = _Options()
        lib.crd_options_init(ctypes.byref(opts))
        self._keep = [_bytes(script_path), _bytes(script_source), _bytes(script_name), _bytes(lexicon_dir)]
        opts.script_path, opts.script_source, opts.script_name, opts.lexicon_dir = self._keep
        opts.script_source_len = len(self._keep[1]) if self._keep[1] is not None else 0
        opts.max_document_bytes = max_document_bytes or 0
        opts.max_instructions = max_instructions or 0
        opts.max_script_memory = max_script_memory or 0
        handle = ctypes.c_void_p()
        err = _Error()
        rc = lib.crd_engine_new(ctypes.byref(handle), ctypes.byref(opts), ctypes.byref(err))
        if rc != 0:
            _raise(lib, rc, err)
        self._handle = handle
        self._local = threading.local()
        self._scorers = weakref.WeakSet()  # every live scorer, freed before the engine
        self._scorers_lock = threading.Lock()

    def scorer(self):
        """A new Scorer for one thread (Engine.score makes them for you)."""
        return Scorer(self)

    def score(self, text, **kw):
        """Scores one article with this thread's scorer; see Scorer.score."""
        sc = getattr(self._local, "scorer", None)
        if sc is None:
            sc = self._local.scorer = Scorer(self)
        return sc.score(text, **kw)

    def score_many(self, docs, threads=None, **kw):
        """Scores an iterable of documents on a pool of threads and yields
        the reports in input order. A document is a str or bytes, or a dict
        with "text" (or "html") and optional "id", "title", "url", "source",
        "date", like a JSONL record. A document that cannot be scored yields
        {"id": ..., "error": {"code", "name", "message"}} in its place, so
        one bad record does not stop a corpus. Memory stays bounded: at most
        a few documents per thread are in flight."""
        import collections
        import concurrent.futures

        def one(doc):
            args = dict(kw)
            if isinstance(doc, dict):
                html = doc.get("html")
                text = doc.get("text") if html is None else html
                if html is not None:
                    args["html"] = True
                for k in ("id", "title", "url", "source", "date"):
                    if doc.get(k) is not None:
                        args[k] = str(doc[k])
            else:
                text = doc
            try:
                return self.score(text, **args)
            except (Error, TypeError) as e:
                err = {"code": getattr(e, "code", ERR_INVALID), "name": getattr(e, "name", "invalid argument"),
                       "message": getattr(e, "message", str(e))}
                return {"schema": "credence/1", "id": args.get("id"), "error": err}

        threads = threads or os.cpu_count() or 1
        with concurrent.futures.ThreadPoolExecutor(threads) as pool:
            pending = collections.deque()
            for doc in docs:
                pending.append(pool.submit(one, doc))
                if len(pending) >= 4 * threads:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()

    def close(self):
        """Frees the engine, closing every scorer made from it first. Idempotent."""
        if getattr(self, "_handle", None):
            with self._scorers_lock:
                for sc in list(self._scorers):
                    sc.close()
            self._lib.crd_engine_free(self._handle)
            self._handle = None


class Scorer(_Closing):
    """One thread's scorer (its Lua state and scratch memory)."""

    def __init__(self, engine):
        if not engine._handle:
            raise ValueError("the engine is closed")
        self._engine = engine  # keeps the engine alive while the scorer lives
        self._lib = engine._lib
        handle = ctypes.c_void_p()
        err = _Error()
        rc = self._lib.crd_scorer_new(ctypes.byref(handle), engine._handle, ctypes.byref(err))
        if rc != 0:
            _raise(self._lib, rc, err)
        self._handle = handle
        with engine._scorers_lock:
            engine._scorers.add(self)

    def score(self, text, id=None, title=None, url=None, source=None, date=None, html=None,
              features_only=False):
        """Scores text (str or bytes) and returns the report as a dict.

        html: True for a web page, False for plain text, None to tell by
        looking (crd_sniff_format). features_only: the evidence without
        running the script. Raises Error when the document cannot be scored
        (too large, a script error on it, a budget or memory cap)."""
        if not self._handle:
            raise ValueError("the scorer is closed")
        b = _bytes(text)
        if b is None:
            raise TypeError("text must be str or bytes")
        lib = self._lib
        inp = _Input()
        inp.version = _INPUT_VERSION
        inp.text = b
        inp.len = len(b)
        meta = [_bytes(v) for v in (id, title, url, source, date)]
        inp.id, inp.title, inp.url, inp.source, inp.date = meta
        if html is None:
            inp.format = lib.crd_sniff_format(b, len(b))
        else:
            inp.format = FORMAT_HTML if html else FORMAT_TEXT
        result = ctypes.c_void_p()
        err = _Error()
        rc = lib.crd_scorer_score(ctypes.byref(result), self._handle, ctypes.byref(inp),
                                  _SCORE_FEATURES_ONLY if features_only else 0, ctypes.byref(err))
        if rc != 0:
            _raise(lib, rc, err)
        try:
            out = ctypes.c_void_p()
            n = ctypes.c_size_t()
            rc = lib.crd_result_json(ctypes.byref(out), ctypes.byref(n), result, 0, ctypes.byref(err))
            if rc != 0:
                _raise(lib, rc, err)
            try:
                return json.loads(ctypes.string_at(out, n.value).decode("utf-8"))
            finally:
                lib.crd_free(out)
        finally:
            lib.crd_result_free(result)

    def close(self):
        """Frees the scorer. Idempotent."""
        if getattr(self, "_handle", None):
            self._lib.crd_scorer_free(self._handle)
            self._handle = None
