-- rules50_heavy.lua -- a heavy 50-rule script: 34 feature rules and 16 function rules, three of them scanning the whole text with patterns.
include("common.lua")
feature{ name = "bench_mark", why = "evidence the benchmark's rules add" }
rule{ name = "R07", group = "presentation", weight = -0.10, cap = 5, fn = function(doc) local n = 0 for _, it in ipairs(doc:evidence("precise_number")) do if #doc:near(it, "hedge", 60) > 0 then n = n + 1 end end return n end }
rule{ name = "R08", group = "sourcing", weight = 0.10, cap = 5, fn = function(doc) local seen = {} for _, it in ipairs(doc:evidence(nil, "body")) do seen[it.sentence] = true end local n = 0 for _ in pairs(seen) do n = n + 1 end return n / math.max(doc.stats.sentences, 1) end }
rule{ name = "R10", group = "transparency", weight = 0.10, cap = 5, fn = function(doc) local n = 0 for _, s in ipairs(doc:sentences()) do if #s.text > 200 then n = n + 1 end end return n end }
rule{ name = "R11", group = "presentation", weight = -0.10, cap = 5, fn = function(doc) local _, n = doc.text:gsub("!", "") return n end }
rule{ name = "R12", group = "sourcing", weight = 0.10, cap = 5, fn = function(doc) local n = 0 for w in doc.text:gmatch("%f[%a][Ww]e%f[%A]") do n = n + 1 end return n / 10 end }
rule{ name = "R13", group = "precision", weight = -0.10, cap = 5, fn = function(doc) local n = 0 for _, p in ipairs(doc:paragraphs()) do if #p.text < 40 and p.zone == "body" then doc:add{ feature = "bench_mark", span = p, message = "short paragraph" } n = n + 1 end end return n end }
rule{ name = "R14", group = "transparency", weight = 0.10, cap = 5, fn = function(doc) local n = 0 for _, z in ipairs(doc:zones()) do if z.kind ~= "body" then n = n + 1 end end return n end }
rule{ name = "MARKS", feature = "bench_mark", weight = -0.05, group = "presentation" }
