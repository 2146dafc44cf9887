"""test_binding.py -- the Python binding (bindings/python/credence.py) against the built library.

Run by ctest with CREDENCE_LIB set to the shared library; by hand:
    CREDENCE_LIB=build/libcredence.so python3 -m unittest tests/python/test_binding.py
"""

import concurrent.futures
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bindings", "python"))
import credence  # noqa: E402

ARTICLE = ("A military source said at least 400 soldiers arrived on Wednesday. "
           "The source further added that more are expected. "
           "Maj. Gen. Issam Zahreddine told reporters the figures could not be independently verified.")


class TestScore(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.engine = credence.Engine()

    @classmethod
    def tearDownClass(cls):
        cls.engine.close()

    def test_report(self):
        r = self.engine.score(ARTICLE, id="a1", title="Troops arrive", source="Wire")
        self.assertEqual(r["schema"], "credence/1")
        self.assertEqual(r["id"], "a1")
        self.assertEqual(r["title"], "Troops arrive")
        self.assertEqual(r["format"], "text")
        self.assertTrue(0 <= r["score"] <= 100)
        self.assertAlmostEqual(r["logit"], r["bias"] + sum(x["contribution"] for x in r["rules"]), places=9)
        data = ARTICLE.encode()
        for item in r["evidence"]:
            self.assertEqual(data[item["start"]:item["end"]].decode(), item["text"])
        found = {(i["feature"], i["text"]) for i in r["evidence"]}
        self.assertIn(("anonymous_source", "A military source"), found)
        self.assertIn(("hedged_number", "at least 400"), found)
        self.assertIn(("disclaimer", "could not be independently verified"), found)

    def test_features_only(self):
        r = self.engine.score(ARTICLE, features_only=True)
        self.assertNotIn("score", r)
        self.assertNotIn("rules", r)
        self.assertGreater(r["features"]["attribution_cue"], 0)

    def test_bytes_and_bad_bytes(self):
        r = self.engine.score(b"Officials said \xff the toll rose.")
        self.assertEqual(r["stats"]["bytes"], len(b"Officials said \xff the toll rose."))
        self.assertIn("invalid_utf8", [w["code"] for w in r["warnings"]])

    def test_html(self):
        page = "<!doctype html><title>T</title><p>Shelling killed <b>at least</b> 40 people.</p>"
        r = self.engine.score(page)  # sniffed
        self.assertEqual(r["format"], "html")
        self.assertEqual(r["title"], "T")
        self.assertEqual(r["text"], "Shelling killed at least 40 people.")
        item = [i for i in r["evidence"] if i["feature"] == "hedged_number"][0]
        self.assertEqual(page.encode()[item["input_start"]:item["input_end"]], b"at least</b> 40")
        self.assertEqual(self.engine.score(page, html=False)["format"], "text")
        self.assertEqual(self.engine.score("<p>x</p>", html=True)["format"], "html")
        self.assertEqual(credence.sniff_format(page), credence.FORMAT_HTML)
        self.assertEqual(credence.sniff_format("plain"), credence.FORMAT_TEXT)

    def test_threads(self):
        docs = ["%s Item %d." % (ARTICLE, i) for i in range(40)]
        serial = [self.engine.score(d)["score"] for d in docs]
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            parallel = list(pool.map(lambda d: self.engine.score(d)["score"], docs))
        self.assertEqual(serial, parallel)

    def test_score_many(self):
        docs = ["%s Item %d." % (ARTICLE, i) for i in range(30)]
        recs = [{"id": "r%d" % i, "text": d} for i, d in enumerate(docs)]
        recs.insert(5, {"id": "bad", "text": None})
        recs.insert(9, {"id": "page", "html": "<p>At <b>least</b> 40 died.</p>", "source": "Wire"})
        out = list(self.engine.score_many(recs, threads=3))
        self.assertEqual([o["id"] for o in out], [r["id"] for r in recs])
        self.assertEqual(out[5]["error"]["code"], credence.ERR_INVALID)
        self.assertEqual(out[9]["format"], "html")
        self.assertEqual(out[9]["source"], "Wire")
        serial = [self.engine.score(d)["score"] for d in docs]
        got = [o["score"] for o in out if o["id"].startswith("r")]
        self.assertEqual(got, serial)
        # Plain strings, and a generator that is consumed lazily.
        self.assertEqual([r["score"] for r in self.engine.score_many(iter(docs[:3]), threads=2)], serial[:3])

    def test_bad_argument(self):
        with self.assertRaises(TypeError):
            self.engine.score(None)


class TestErrors(unittest.TestCase):
    def test_script_syntax_error(self):
        with self.assertRaises(credence.Error) as cm:
            credence.Engine(script_source="bias = 0\nrule{ name = ", script_name="broken.lua")
        e = cm.exception
        self.assertEqual(e.code, credence.ERR_SCRIPT)
        self.assertEqual(e.name, "script error")
        self.assertEqual(e.source, "broken.lua")
        self.assertEqual(e.line, 2)
        self.assertIn("broken.lua:2", str(e))

    def test_missing_script_file(self):
        with self.assertRaises(credence.Error) as cm:
            credence.Engine(script_path="/nonexistent/rules.lua")
        self.assertIn("rules.lua", str(cm.exception))

    def test_budget_then_next_document(self):
        src = ('bias = 0\nrule{ name = "LOOP", weight = 1, fn = function(doc)\n'
               '  if doc.text:find("LOOP") then while true do end end\n  return 0\nend }\n')
        with credence.Engine(script_source=src, script_name="loop.lua", max_instructions=100000) as eng:
            with eng.scorer() as sc:
                with self.assertRaises(credence.Error) as cm:
                    sc.score("LOOP forever")
                self.assertEqual(cm.exception.code, credence.ERR_BUDGET)
                self.assertIn("instruction budget", str(cm.exception))
                self.assertEqual(sc.score("A calm day.")["score"], 50.0)

    def test_too_large(self):
        with credence.Engine(max_document_bytes=100) as eng:
            with self.assertRaises(credence.Error) as cm:
                eng.score("x" * 101)
            self.assertEqual(cm.exception.code, credence.ERR_INPUT)
            self.assertIn("limit", str(cm.exception))
            self.assertIn("score", eng.score("short"))

    def test_closed(self):
        eng = credence.Engine()
        sc = eng.scorer()
        eng.close()  # closes sc first
        with self.assertRaises(ValueError):
            sc.score("text")
        with self.assertRaises(ValueError):
            eng.scorer()
        eng.close()


if __name__ == "__main__":
    unittest.main()
