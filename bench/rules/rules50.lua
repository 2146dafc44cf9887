-- rules50.lua -- a typical 50-rule script, shaped like default.lua: 42 feature rules and 8 function rules.
include("common.lua")
rule{ name = "G00", feature = "hedge", zone = "any", weight = 0.07, cap = 4, group = "sourcing" }
rule{ name = "G01", feature = "booster", zone = "any", weight = 0.07, cap = 4, group = "precision" }
rule{ name = "G02", feature = "attribution_cue", zone = "any", weight = 0.07, cap = 4, group = "transparency" }
rule{ name = "G03", feature = "named_source", zone = "any", weight = 0.07, cap = 4, group = "presentation" }
rule{ name = "G04", feature = "anonymous_source", zone = "any", weight = 0.07, cap = 4, group = "sourcing" }
rule{ name = "G05", feature = "vague_attribution", zone = "any", weight = 0.07, cap = 4, group = "precision" }
rule{ name = "G06", feature = "direct_quote", zone = "any", weight = 0.07, cap = 4, group = "transparency" }
rule{ name = "G07", feature = "disclaimer", zone = "any", weight = 0.07, cap = 4, group = "presentation" }
