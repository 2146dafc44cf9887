-- default.lua -- credence's built-in scoring rules: evidence in, a score and its reasons out.
--
-- The score is additive in log-odds: score = 100 * sigmoid(bias + sum of
-- contributions), where a rule contributes weight * min(hits, cap). A rule
-- counts a feature's evidence in the article body (zone = "body" unless the
-- rule says otherwise) or computes its hits with a function of the document.
-- Copy this file, change it, and run it with: credence score --script FILE.

bias = 0.6

group{ name = "sourcing" }
group{ name = "precision" }
group{ name = "transparency" }
group{ name = "presentation" }

-- Sourcing: who says what.
rule{ name = "NAMED_SOURCE", feature = "named_source", weight = 0.25, cap = 8,
      group = "sourcing", why = "claims are attributed to named people or organisations" }
rule{ name = "DIRECT_QUOTE", feature = "direct_quote", weight = 0.12, cap = 6,
      group = "sourcing", why = "direct quotations with their speakers" }
rule{ name = "ANONYMOUS_SOURCE", feature = "anonymous_source", weight = -0.45, cap = 6,
      group = "sourcing", why = "claims rest on unnamed sources" }
rule{ name = "VAGUE_ATTRIBUTION", feature = "vague_attribution", weight = -0.35, cap = 6,
      group = "sourcing", why = "claims are attributed vaguely ('it is believed', 'some say')" }
rule{ name = "NO_ATTRIBUTION", group = "sourcing", weight = -0.9,
      why = "a report of five or more sentences that attributes nothing to anyone",
      fn = function(doc)
        local s = doc.stats.sentences
        return s >= 5 and doc:count("attribution_cue") == 0
      end }

-- Precision: numbers, dates and hedging.
rule{ name = "HEDGED_NUMBER", feature = "hedged_number", weight = -0.15, cap = 6,
      group = "precision", why = "figures are given as bounds or estimates ('at least 400')" }
rule{ name = "VAGUE_QUANTITY", feature = "vague_quantity", weight = -0.25, cap = 4,
      group = "precision", why = "quantities with no figure at all ('significantly high casualties')" }
rule{ name = "PRECISE_NUMBER", feature = "precise_number", weight = 0.05, cap = 10,
      group = "precision", why = "exact figures" }
rule{ name = "ABSOLUTE_DATE", feature = "absolute_date", weight = 0.1, cap = 4,
      group = "precision", why = "events carry calendar dates" }
rule{ name = "HEDGING", group = "precision", weight = -0.12, cap = 10,
      why = "hedges per ten sentences ('may', 'reportedly', 'it is believed')",
      fn = function(doc)
        local s = math.max(doc.stats.sentences, 1)
        return doc:count("hedge") * 10 / s
      end }
rule{ name = "NAME_VARIANT", feature = "name_variant", weight = -0.3, cap = 3,
      group = "precision", why = "the same name is spelled two ways" }

-- Transparency: what the article says about itself.
rule{ name = "UNVERIFIED", feature = "disclaimer", weight = -0.2, cap = 3,
      group = "transparency", why = "the article or its page disclaims what it reports" }
rule{ name = "CORRECTION", feature = "correction", weight = 0.2, cap = 2,
      group = "transparency", why = "the article carries a correction or update notice" }

-- Presentation: how it is told.
rule{ name = "LOADED_LANGUAGE", feature = "loaded_language", weight = -0.2, cap = 6,
      group = "presentation", why = "emotive or pejorative labels ('terrorist group', 'regime')" }
rule{ name = "ALL_CAPS", feature = "all_caps", weight = -0.2, cap = 4,
      group = "presentation", why = "shouting in capitals" }
rule{ name = "EXCLAMATION", feature = "exclamation", weight = -0.25, cap = 4,
      group = "presentation", why = "exclamation marks in reporting" }
rule{ name = "CLICKBAIT_TITLE", feature = "clickbait_title", zone = "any", weight = -0.6, cap = 1,
      group = "presentation", why = "the title is written as clickbait" }
rule{ name = "SECOND_PERSON", feature = "second_person", weight = -0.1, cap = 5,
      group = "presentation", why = "the text addresses the reader ('you')" }

tests{
  { name = "anonymous sourcing lowers the score",
    text = "A military source said at least 400 soldiers arrived. The source added that more are expected.",
    fires = { "ANONYMOUS_SOURCE" }, score_between = { 0, 60 } },
  { name = "a plain sentence is neither good nor bad",
    text = "The council met on Tuesday.", silent = { "ANONYMOUS_SOURCE", "NO_ATTRIBUTION" } },
}
