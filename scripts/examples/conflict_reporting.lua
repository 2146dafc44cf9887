-- conflict_reporting.lua -- an example rule set for war and conflict reporting.
--
-- Four questions a conflict desk asks of a report: are casualty figures
-- given exactly or only as bounds and estimates, and is anyone cited for
-- them? Are the units involved named (specificity)? Does the report carry
-- claims that it says cannot be verified? Does all its sourcing come from
-- one side (officials, the military) with no independent voice?
--
--   credence score --script scripts/examples/conflict_reporting.lua article.txt
--   credence check scripts/examples/conflict_reporting.lua

bias = 0.8

group{ name = "casualties" }
group{ name = "specificity", cap = 1.5 }
group{ name = "verification" }
group{ name = "sourcing" }

lexicon{ name = "conflict_casualty", feature = "casualty_term", file = "conflict_terms.txt" }
lexicon{ name = "conflict_unverifiable", feature = "unverifiable_claim", terms = {
  "could not be independently verified", "cannot be independently verified",
  "could not independently verify", "could not immediately verify", "has not been verified",
  "unconfirmed reports", "unverified reports", "no independent confirmation",
  "impossible to verify", "not possible to verify", "claimed responsibility",
} }
-- Who speaks: officials of a party to the fighting, or someone independent of it.
lexicon{ name = "conflict_official", feature = "official_voice", terms = {
  "military source", "military sources", "the army", "the military", "defence ministry",
  "defense ministry", "ministry of defence", "ministry of defense", "military spokesman",
  "army spokesman", "spokesman for the army", "commander", "government officials",
  "state media", "state news agency", "the militants", "rebel commander", "the group said",
} }
lexicon{ name = "conflict_independent", feature = "independent_voice", terms = {
  "residents", "witnesses", "eyewitness", "eyewitnesses", "medics", "doctors", "hospital officials",
  "aid workers", "red cross", "red crescent", "united nations", "human rights", "monitoring group",
  "observatory", "journalists", "our correspondent", "satellite images",
} }

feature{ name = "casualty_figure", why = "a number in a sentence that reports casualties" }
feature{ name = "unit_name", why = "a military unit named with its number ('123rd Brigade')" }

-- Numbers written as words that casualty reports use.
local number_words = {
  dozens = "vague", hundreds = "vague", thousands = "vague", scores = "vague", several = "vague",
  one = 1, two = 2, three = 3, four = 4, five = 5, six = 6, seven = 7, eight = 8, nine = 9,
  ten = 10, eleven = 11, twelve = 12, fifteen = 15, twenty = 20, thirty = 30, forty = 40,
  fifty = 50, hundred = 100,
}
local bounds = { "at least", "more than", "over", "up to", "as many as", "as high as", "as low as",
                 "about", "around", "nearly", "almost", "roughly", "some", "an estimated",
                 "estimates", "estimated", "reportedly", "possibly" }

local function hedge_before(lower, pos)
  local window = lower:sub(math.max(1, pos - 24), pos - 1)
  for _, b in ipairs(bounds) do
    if window:find(b, 1, true) then return b end
  end
  return nil
end

-- Casualty figures: every number in a sentence that reports casualties,
-- marked hedged when a bound or estimate stands just before it.
rule{ name = "CASUALTY_FIGURES", group = "casualties", weight = 0, why = "marks casualty figures",
      fn = function(doc)
        local done = {}
        for _, term in ipairs(doc:evidence("casualty_term")) do
          local s = term.sentence
          if not done[s] then
            done[s] = true
            local sent = doc:sentence(s)
            local lower = sent.text:lower()
            for pos, num in lower:gmatch("()(%d[%d,]*)") do
              local hedge = hedge_before(lower, pos)
              local value = tonumber((num:gsub(",", "")))
              local before = pos > 1 and lower:sub(pos - 1, pos - 1) or " "
              local after = lower:sub(pos + #num, pos + #num + 1)
              if not after:match("^%a%a") and not before:match("[%a%-]") then
                doc:add{ feature = "casualty_figure", start = sent.start + pos - 1,
                         ["end"] = sent.start + pos - 1 + #num,
                         attrs = { value = value, hedged = hedge ~= nil, bound = hedge or "none" } }
              end
            end
            for pos, w in lower:gmatch("()(%a+)") do
              local v = number_words[w]
              if v then
                local hedge = hedge_before(lower, pos) or (v == "vague" and "vague" or nil)
                doc:add{ feature = "casualty_figure", start = sent.start + pos - 1,
                         ["end"] = sent.start + pos - 1 + #w,
                         attrs = { value = v ~= "vague" and v or nil, hedged = hedge ~= nil,
                                   bound = hedge or "none" } }
              end
            end
          end
        end
        return 0
      end }

rule{ name = "HEDGED_CASUALTY_FIGURE", group = "casualties", weight = -0.35, cap = 4,
      why = "casualty figures given only as bounds, estimates or 'dozens'",
      fn = function(doc)
        local out = {}
        for _, f in ipairs(doc:evidence("casualty_figure")) do
          if f.attrs.hedged then out[#out + 1] = f end
        end
        return out
      end }
rule{ name = "EXACT_CASUALTY_FIGURE", group = "casualties", weight = 0.15, cap = 4,
      why = "casualty figures given exactly",
      fn = function(doc)
        local out = {}
        for _, f in ipairs(doc:evidence("casualty_figure")) do
          if not f.attrs.hedged then out[#out + 1] = f end
        end
        return out
      end }
rule{ name = "UNSOURCED_CASUALTIES", group = "casualties", weight = -0.5, cap = 3,
      why = "casualty figures in sentences that cite no one",
      fn = function(doc)
        local out = {}
        for _, f in ipairs(doc:evidence("casualty_figure")) do
          local cited = false
          for _, it in ipairs(doc:in_sentence(f.sentence)) do
            local k = it.feature
            if k == "attribution_cue" or k == "nested_attribution_cue"
                or k == "named_source" or k == "anonymous_source"
                or k == "official_voice" or k == "independent_voice" then
              cited = true
              break
            end
          end
          if not cited then out[#out + 1] = f end
        end
        return out
      end }

-- Units named with their number: "123rd Brigade", "3rd Armored Division".
local unit_nouns = { brigade = true, division = true, battalion = true, regiment = true, corps = true,
                     company = true, squadron = true, platoon = true, fleet = true, army = true,
                     guard = true, brigades = true, battalions = true }
rule{ name = "UNIT_NAME", group = "specificity", weight = 0.2, cap = 5,
      why = "military units are named with their numbers",
      fn = function(doc)
        local n = 0
        for _, sent in ipairs(doc:sentences()) do
          local text = sent.text
          for pos, ord in text:gmatch("()(%d+%a%a)%f[%A]") do
            if ord:match("%d(st)$") or ord:match("%d(nd)$") or ord:match("%d(rd)$") or ord:match("%d(th)$") then
              -- up to four capitalised words after the ordinal, ending at a unit noun
              local p, stop = pos + #ord, nil
              for _ = 1, 4 do
                local ws, w, we = text:match("^%s+()(%u[%a%-]*)()", p)
                if not ws then break end
                p = we
                if unit_nouns[w:lower()] then stop = we end
              end
              if stop then
                doc:add{ feature = "unit_name", start = sent.start + pos - 1, ["end"] = sent.start + stop - 1 }
                n = n + 1
              end
            end
          end
        end
        return n
      end }
rule{ name = "NAMED_ORG", feature = "named_org", weight = 0.05, cap = 6, group = "specificity",
      why = "organisations are named" }

rule{ name = "UNVERIFIABLE", feature = "unverifiable_claim", weight = -0.4, cap = 3, group = "verification",
      why = "the report carries claims it says cannot be verified" }
rule{ name = "DISCLAIMER", feature = "disclaimer", weight = -0.2, cap = 3, group = "verification",
      why = "the article or its page disclaims what it reports" }

rule{ name = "ANONYMOUS_SOURCE", feature = "anonymous_source", weight = -0.4, cap = 6, group = "sourcing",
      why = "claims rest on unnamed sources" }
rule{ name = "ONE_SIDED", group = "sourcing", weight = -0.7,
      why = "every voice cited is an official of a party to the fighting; no independent one",
      fn = function(doc)
        return doc:count("official_voice") >= 2 and doc:count("independent_voice") == 0
      end }
rule{ name = "INDEPENDENT_VOICE", feature = "independent_voice", weight = 0.2, cap = 4, group = "sourcing",
      why = "witnesses, medics, monitors or journalists are cited" }

tests{
  { name = "a hedged casualty figure",
    text = "At least 40 soldiers were killed in the attack, a military source said.",
    expect = { casualty_figure = 1, casualty_term = 1 },
    fires = { "HEDGED_CASUALTY_FIGURE" }, silent = { "EXACT_CASUALTY_FIGURE", "UNSOURCED_CASUALTIES" } },
  { name = "an exact casualty figure with no source",
    text = "Twelve people died on Monday. The ministry counted 12 bodies.",
    expect = { casualty_figure = 2 }, fires = { "EXACT_CASUALTY_FIGURE", "UNSOURCED_CASUALTIES" },
    silent = { "HEDGED_CASUALTY_FIGURE" } },
  { name = "'dozens' is a figure without a number",
    text = "Dozens were wounded, residents said.",
    expect = { casualty_figure = 1 }, fires = { "HEDGED_CASUALTY_FIGURE" } },
  { name = "units named with their numbers",
    text = "The 123rd Brigade and the 3rd Armored Division held the line near the 4th bridge.",
    expect = { unit_name = 2 }, fires = { "UNIT_NAME" } },
  { name = "a claim that could not be verified",
    text = "The group claimed responsibility. The report could not be independently verified.",
    expect = { unverifiable_claim = 2 }, fires = { "UNVERIFIABLE" } },
  { name = "official voices only",
    text = "The army said the town was taken. The defence ministry said 30 fighters surrendered. "
        .. "A military spokesman added that the road was open.",
    fires = { "ONE_SIDED" }, silent = { "INDEPENDENT_VOICE" } },
  { name = "an independent voice as well",
    text = "The army said the town was taken. The defence ministry said 30 fighters surrendered. "
        .. "Residents said the shelling went on all night.",
    silent = { "ONE_SIDED" }, fires = { "INDEPENDENT_VOICE" } },
  { name = "a thinly sourced report scores low",
    text = "According to a military source, at least 400 soldiers have arrived. The source added "
        .. "that the terrorists suffered significantly high casualties; estimates range from as "
        .. "low as 70 to as high as 150 dead. The claims could not be independently verified.",
    fires = { "HEDGED_CASUALTY_FIGURE", "UNVERIFIABLE" }, score_between = { 0, 45 } },
}
