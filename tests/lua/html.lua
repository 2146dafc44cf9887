-- html.lua -- a web page seen from a script: doc.format, the text read from the page, its title, offsets into that text.
--
-- PAGE asserts what a rule reads of a page and returns 1; a broken assertion
-- fails the document, so the case fails with the assertion's line.

bias = 0

local function eq(a, b, what)
  if a ~= b then error(string.format("%s: got %s, expected %s", what, tostring(a), tostring(b)), 2) end
end

rule{ name = "PAGE", group = "api", weight = 0.1, fn = function(doc)
  if doc.format ~= "html" or not doc.text:find("Shelling", 1, true) then return 0 end
  eq(doc.title, "Dorvan crossing shelled", "title from <title>")
  assert(not doc.text:find("teaser", 1, true), "script text is dropped")
  assert(not doc.text:find("Home", 1, true), "navigation is dropped")
  assert(not doc.text:find("<", 1, true), "no markup is left")
  assert(doc.text:find("people \u{2014} a military", 1, true), "&mdash; is decoded")
  eq(doc.len, #doc.text, "len is the text's")
  local items = doc:evidence("hedged_number")
  eq(#items, 1, "one hedged number")
  eq(items[1].text, "at least 40", "a number split by <b> reads whole")
  eq(doc.text:sub(items[1].start + 1, items[1]["end"]), items[1].text, "offsets index doc.text")
  return 1
end }

rule{ name = "PLAIN", group = "api", weight = 0.1, fn = function(doc)
  return doc.format == "text"
end }

rule{ name = "GIVEN_TITLE", group = "api", weight = 0.1, fn = function(doc)
  return doc.title == "Given"
end }

-- What a page says of itself fills the metadata the caller did not give.
rule{ name = "PAGE_META", group = "api", weight = 0.1, fn = function(doc)
  if doc.format ~= "html" or not doc.text:find("Meta", 1, true) then return 0 end
  eq(doc.title, "Dam holds", "og:title over <title>")
  eq(doc.url, "https://ledger.example/dam", "canonical link")
  eq(doc.date, "2026-03-03", "article:published_time")
  if doc.source ~= "Given" then eq(doc.source, "The Ledger", "og:site_name") end
  return 1
end }

rule{ name = "GIVEN_SOURCE", group = "api", weight = 0.1, fn = function(doc)
  return doc.source == "Given"
end }

local META_PAGE = "<html><head><title>Dam holds | The Ledger</title>"
  .. "<link rel='canonical' href='https://ledger.example/dam'>"
  .. "<meta property='og:title' content='Dam holds'><meta property='og:site_name' content='The Ledger'>"
  .. "<meta property='article:published_time' content='2026-03-03'></head><body><p>Meta text.</p></body></html>"

tests{
  { name = "a page's metadata", html = META_PAGE, fires = { "PAGE_META" }, silent = { "GIVEN_SOURCE" } },
  { name = "given metadata wins over the page's", html = META_PAGE, source = "Given",
    fires = { "PAGE_META", "GIVEN_SOURCE" } },
  { name = "a page",
    html = "<!DOCTYPE html><html><head><title>Dorvan crossing shelled</title>"
        .. "<script>var teaser = 'a senior official said at least 900';</script></head>"
        .. "<body><nav><a href='/'>Home</a></nav>"
        .. "<p>Shelling killed <b>at least</b> 40 people &mdash; a military source said.</p></body></html>",
    expect = { hedged_number = 1, anonymous_source = 1 },
    fires = { "PAGE" }, silent = { "PLAIN" } },
  { name = "a given title wins over the page's",
    html = "<title>Page title</title><p>Text.</p>", title = "Given",
    fires = { "GIVEN_TITLE" }, silent = { "PLAIN", "PAGE" } },
  { name = "markup in a text case is text",
    text = "<p>Shelling killed <b>at least</b> 40 people.</p>",
    fires = { "PLAIN" }, silent = { "PAGE" } },
}
