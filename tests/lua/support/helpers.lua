-- helpers.lua -- included by tests/lua/lexicon.lua: shows include() sharing locals through a global table.
helpers = {}
function helpers.items_text(items)
  local out = {}
  for i, it in ipairs(items) do out[i] = it.text end
  return table.concat(out, "|")
end
