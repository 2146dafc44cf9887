-- doc_api.lua -- the document object seen from a rule: fields, spans, lookups, doc:add{}, returned evidence.
--
-- Each rule asserts what it reads and returns 1; a broken assertion fails
-- the document, so a test case fails with the assertion's line.

bias = 0

feature{ name = "checked_span", why = "a span a rule looked at and marked" }

lexicon{ name = "api_words", feature = "api_word", terms = { "alpha", "beta gamma", "delta | kind=greek" } }

local function eq(a, b, what)
  if a ~= b then error(string.format("%s: got %s, expected %s", what, tostring(a), tostring(b)), 2) end
end

rule{ name = "FIELDS", group = "api", weight = 0.1, fn = function(doc)
  eq(doc.id, "test", "id")
  eq(doc.title, "A title", "title")
  eq(doc.url, "https://example.org/a", "url")
  eq(doc.source, "Example", "source")
  eq(doc.date, "2024-05-01", "date")
  eq(doc.len, #doc.text, "len")
  eq(doc.text, doc.text, "text is cached")
  local st = doc.stats
  eq(st.bytes, doc.len, "stats.bytes")
  eq(st.sentences, 3, "stats.sentences")
  eq(st.paragraphs, 2, "stats.paragraphs")
  assert(st.words >= 12, "stats.words")
  eq(tostring(doc):match("^credence.doc"), "credence.doc", "tostring")
  assert(not pcall(function() return doc.nothing end), "unknown fields raise")
  return 1
end }

rule{ name = "SPANS", group = "api", weight = 0.1, fn = function(doc)
  local sents = doc:sentences()
  eq(#sents, 3, "#sentences")
  for i, s in ipairs(sents) do
    eq(s.index, i - 1, "sentence index")
    eq(s.text, doc:slice(s.start, s["end"]), "sentence text")
    eq(doc:slice(s), s.text, "slice of a span")
    eq(doc:sentence_at(s.start), s.index, "sentence_at")
    eq(doc:sentence(s.index).start, s.start, "sentence(i)")
    eq(s.zone, "body", "sentence zone")
  end
  eq(sents[1].text, "Alpha came first.", "first sentence")
  local paras = doc:paragraphs()
  eq(#paras, 2, "#paragraphs")
  eq(paras[1].first_sentence, 0, "first_sentence")
  eq(paras[2].last_sentence, 2, "last_sentence")
  eq(doc:paragraph(1).start, paras[2].start, "paragraph(i)")
  eq(doc:paragraph(9), nil, "paragraph out of range")
  eq(doc:sentence(-1), nil, "sentence out of range")
  local zones = doc:zones()
  assert(#zones >= 1, "zones cover the text")
  eq(zones[1].start, 0, "first zone starts at 0")
  eq(zones[#zones]["end"], doc.len, "last zone ends at len")
  eq(doc:zone_at(0), "body", "zone_at")
  local line, col = doc:linecol(sents[3].start)
  eq(line, 4, "line of the third sentence")
  eq(col, 1, "its column")
  assert(not pcall(doc.slice, doc, 0, doc.len + 1), "slice past the end raises")
  assert(not pcall(doc.zone_at, doc, -1), "negative offsets raise")
  return 1
end }

rule{ name = "EVIDENCE", group = "api", weight = 0.1, fn = function(doc)
  eq(doc:count("api_word"), 3, "count")
  eq(doc:count("api_word", "any"), 3, "count in any zone")
  eq(doc:counts().api_word, 3, "counts()")
  eq(doc:counts("title").api_word, nil, "counts in the title zone")
  local items = doc:evidence("api_word")
  eq(#items, 3, "#evidence")
  eq(items[1].text, "Alpha", "original case kept")
  eq(items[1].feature, "api_word", "feature")
  eq(items[1].sentence, 0, "sentence of the first item")
  eq(items[1].zone, "body", "zone of the first item")
  eq(items[3].attrs.kind, "greek", "lexicon attribute")
  assert(items[1].start < items[2].start, "text order")
  eq(#doc:in_sentence(1, "api_word"), 1, "in_sentence with a feature")
  eq(doc:in_sentence(1, "api_word")[1].text, "Beta Gamma", "the item in sentence 1")
  eq(#doc:in_sentence(7), 0, "in_sentence out of range")
  eq(#doc:near(items[1], "api_word", 0), 0, "nothing touches the first item")
  eq(#doc:near(items[1], "api_word", 1000), 2, "the others are within 1000 bytes")
  eq(#doc:near(items[2].start, "api_word", 0), 1, "near an offset finds the item there")
  assert(#doc:evidence() >= 3, "evidence() lists every feature")
  assert(not pcall(doc.count, doc, "no_such_feature"), "unknown features raise")
  assert(not pcall(doc.count, doc, "api_word", "nowhere"), "unknown zones raise")
  return 1
end }

-- A rule may add evidence of a declared feature; feature rules count it and
-- later rules see it.
rule{ name = "MARK", group = "api", weight = 0.1, fn = function(doc)
  local s = doc:sentence(2)
  doc:add{ feature = "checked_span", span = s, message = "the last sentence", attrs = { n = 3, ok = true } }
  doc:add{ feature = "checked_span", start = 0, ["end"] = 5 }
  assert(not pcall(doc.add, doc, { feature = "checked_span", start = 5, ["end"] = 1 }), "end before start")
  assert(not pcall(doc.add, doc, { feature = "checked_span", start = 0, ["end"] = 1, colour = "red" }),
         "unknown fields raise")
  assert(not pcall(doc.add, doc, { feature = "undeclared_thing", start = 0, ["end"] = 1 }),
         "undeclared features raise")
  return 2
end }
rule{ name = "MARKED", feature = "checked_span", group = "api", weight = 0.1 }
rule{ name = "SEES_MARKS", group = "api", weight = 0.1, fn = function(doc)
  local marks = doc:evidence("checked_span")
  eq(#marks, 2, "marks added by the rule before")
  eq(marks[2].message, "the last sentence", "message")
  eq(marks[2].attrs.n, 3, "number attribute")
  eq(marks[2].attrs.ok, true, "boolean attribute")
  eq(marks[2].attrs.rule, "MARK", "the rule that added it")
  return marks   -- a list: hits = 2, and these are the rule's evidence
end }

tests{
  { name = "the document API reads what it should",
    text = "Alpha came first.\nThen Beta Gamma followed it.\n\nDelta ended the list.",
    title = "A title", url = "https://example.org/a", source = "Example", date = "2024-05-01",
    expect = { api_word = 3, checked_span = 2 },
    fires = { "FIELDS", "SPANS", "EVIDENCE", "MARK", "MARKED", "SEES_MARKS" } },
}
