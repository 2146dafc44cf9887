-- lexicon.lua -- lexicons declared in Lua (inline and from a file) and include(), all relative to this folder.

bias = 0

include("support/helpers.lua")

lexicon{ name = "trains", feature = "train_name",
         terms = { "zanzibar express", "Orient Express", "the night mail" } }
lexicon{ name = "stations", feature = "station", file = "support/stations.txt" }

rule{ name = "TRAIN", feature = "train_name", weight = 0.5, cap = 4, group = "trains",
      why = "trains are named" }
rule{ name = "STATION", feature = "station", zone = "any", weight = 0.25, group = "trains" }
rule{ name = "TERMINUS", group = "trains", weight = 1, why = "a terminus is named",
      fn = function(doc)
        local n = 0
        for _, s in ipairs(doc:evidence("station", "any")) do
          if s.attrs.kind == "terminus" then n = n + 1 end
        end
        return n
      end }
rule{ name = "SPELLING", group = "trains", weight = 0, fn = function(doc)
  -- the evidence keeps the text as written, whatever the case of the terms
  local got = helpers.items_text(doc:evidence("train_name"))
  if got ~= "ZANZIBAR EXPRESS|zanzibar Express|orient express" and got ~= "" then
    error("train names read as " .. got)
  end
  return 0
end }

tests{
  { name = "terms match whatever their case",
    text = "The ZANZIBAR EXPRESS left late. The zanzibar Express, they said, is the orient express of the south.",
    expect = { train_name = 3 }, fires = { "TRAIN" } },
  { name = "words must be whole",
    text = "The zanzibarexpress and Orient-Expressway are not trains.",
    expect = { train_name = 0 }, silent = { "TRAIN" } },
  { name = "a lexicon file with attributes",
    text = "From Kingsbridge Parkway to LOWER MARSH HALT via St. Aldric Junction.",
    expect = { station = 3 }, fires = { "STATION", "TERMINUS" } },
  { name = "a lexicon file with attributes, no terminus",
    text = "Lower Marsh Halt is closed.",
    expect = { station = 1 }, fires = { "STATION" }, silent = { "TERMINUS" } },
}
