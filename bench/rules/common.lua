-- common.lua -- the rules both 50-rule benchmark scripts share: groups, feature rules and light function rules.
-- Weights are arbitrary: the benchmark measures cost, not scores.
bias = 0.5
group{ name = "sourcing", cap = 4 }
group{ name = "precision" }
group{ name = "transparency" }
group{ name = "presentation" }
rule{ name = "F00", feature = "hedge", zone = "body", weight = 0.05, cap = 3, group = "sourcing" }
rule{ name = "F01", feature = "booster", zone = "any", weight = -0.06, cap = 4, group = "precision" }
rule{ name = "F02", feature = "attribution_cue", zone = "body", weight = 0.07, cap = 5, group = "transparency" }
rule{ name = "F03", feature = "named_source", zone = "body", weight = -0.08, cap = 6, group = "presentation" }
rule{ name = "F04", feature = "anonymous_source", zone = "related_link", weight = 0.09, cap = 7, group = "sourcing" }
rule{ name = "F05", feature = "vague_attribution", zone = "body", weight = -0.10, cap = 3, group = "precision" }
rule{ name = "F06", feature = "direct_quote", zone = "any", weight = 0.11, cap = 4, group = "transparency" }
rule{ name = "F07", feature = "disclaimer", zone = "body", weight = -0.12, cap = 5, group = "presentation" }
rule{ name = "F08", feature = "correction", zone = "body", weight = 0.13, cap = 6, group = "sourcing" }
rule{ name = "F09", feature = "boilerplate", zone = "related_link", weight = -0.14, cap = 7, group = "precision" }
rule{ name = "F10", feature = "loaded_language", zone = "body", weight = 0.15, cap = 3, group = "transparency" }
rule{ name = "F11", feature = "precise_number", zone = "any", weight = -0.16, cap = 4, group = "presentation" }
rule{ name = "F12", feature = "hedged_number", zone = "body", weight = 0.17, cap = 5, group = "sourcing" }
rule{ name = "F13", feature = "vague_quantity", zone = "body", weight = -0.18, cap = 6, group = "precision" }
rule{ name = "F14", feature = "named_person", zone = "related_link", weight = 0.19, cap = 7, group = "transparency" }
rule{ name = "F15", feature = "named_org", zone = "body", weight = -0.20, cap = 3, group = "presentation" }
rule{ name = "F16", feature = "place", zone = "any", weight = 0.21, cap = 4, group = "sourcing" }
rule{ name = "F17", feature = "absolute_date", zone = "body", weight = -0.22, cap = 5, group = "precision" }
rule{ name = "F18", feature = "relative_date", zone = "body", weight = 0.23, cap = 6, group = "transparency" }
rule{ name = "F19", feature = "all_caps", zone = "related_link", weight = -0.24, cap = 7, group = "presentation" }
rule{ name = "F20", feature = "exclamation", zone = "body", weight = 0.25, cap = 3, group = "sourcing" }
rule{ name = "F21", feature = "clickbait_title", zone = "any", weight = -0.26, cap = 4, group = "precision" }
rule{ name = "F22", feature = "second_person", zone = "body", weight = 0.27, cap = 5, group = "transparency" }
rule{ name = "F23", feature = "name_variant", zone = "body", weight = -0.28, cap = 6, group = "presentation" }
rule{ name = "F24", feature = "hedge", zone = "related_link", weight = 0.29, cap = 7, group = "sourcing" }
rule{ name = "F25", feature = "booster", zone = "body", weight = -0.30, cap = 3, group = "precision" }
rule{ name = "F26", feature = "attribution_cue", zone = "any", weight = 0.31, cap = 4, group = "transparency" }
rule{ name = "F27", feature = "named_source", zone = "body", weight = -0.32, cap = 5, group = "presentation" }
rule{ name = "F28", feature = "anonymous_source", zone = "body", weight = 0.33, cap = 6, group = "sourcing" }
rule{ name = "F29", feature = "vague_attribution", zone = "related_link", weight = -0.34, cap = 7, group = "precision" }
rule{ name = "F30", feature = "direct_quote", zone = "body", weight = 0.35, cap = 3, group = "transparency" }
rule{ name = "F31", feature = "disclaimer", zone = "any", weight = -0.36, cap = 4, group = "presentation" }
rule{ name = "F32", feature = "correction", zone = "body", weight = 0.37, cap = 5, group = "sourcing" }
rule{ name = "F33", feature = "boilerplate", zone = "body", weight = -0.38, cap = 6, group = "precision" }
rule{ name = "R00", group = "sourcing", weight = 0.10, cap = 5, fn = function(doc) return doc:count("hedge") * 10 / math.max(doc.stats.sentences, 1) end }
rule{ name = "R01", group = "precision", weight = -0.10, cap = 5, fn = function(doc) return doc.stats.sentences >= 5 and doc:count("attribution_cue") == 0 end }
rule{ name = "R02", group = "transparency", weight = 0.10, cap = 5, fn = function(doc) local c = doc:counts() local n = 0 for _, v in pairs(c) do n = n + v end return n / 100 end }
rule{ name = "R03", group = "presentation", weight = -0.10, cap = 5, fn = function(doc) return doc:count("anonymous_source") > 0 and doc:count("named_source") == 0 end }
rule{ name = "R04", group = "sourcing", weight = 0.10, cap = 5, fn = function(doc) local n = 0 for _, it in ipairs(doc:evidence("hedged_number")) do if it.attrs.hedge == "lower_bound" then n = n + 1 end end return n end }
rule{ name = "R05", group = "precision", weight = -0.10, cap = 5, fn = function(doc) local out = {} for _, it in ipairs(doc:evidence("anonymous_source")) do if it.attrs.back_reference then out[#out + 1] = it end end return out end }
rule{ name = "R06", group = "transparency", weight = 0.10, cap = 5, fn = function(doc) local n = 0 for _, it in ipairs(doc:evidence("hedge")) do if #doc:in_sentence(it.sentence, "attribution_cue") == 0 then n = n + 1 end end return n end }
rule{ name = "R09", group = "precision", weight = -0.10, cap = 5, fn = function(doc) local n = 0 for _, s in ipairs(doc:sentences()) do if s.text:find("%d") then n = n + 1 end end return n / 10 end }
