-- strict_sourcing.lua -- an example rule set that weighs anonymous and vague attribution heavily.
--
-- For desks that will not run a claim without a named source. Compared with
-- the default script, every kind of unnamed attribution costs more, an
-- article that names nobody at all is marked down as a whole, a hedged
-- claim that nobody is cited for becomes evidence of its own, and so do
-- figures stated with no source.
--
--   credence score --script scripts/examples/strict_sourcing.lua article.txt
--   credence check scripts/examples/strict_sourcing.lua

bias = 1.2
grades = { A = 85, B = 70, C = 50, D = 30, F = 0 }

-- Sourcing may move the logit by at most 5 either way, so that one long
-- article full of named sources cannot buy back everything else.
group{ name = "sourcing", cap = 5 }
group{ name = "precision" }
group{ name = "transparency" }

-- Our own list of unnamed authorities, next to this file.
lexicon{ name = "strict_unnamed", feature = "unnamed_authority", file = "strict_sourcing.txt" }

-- Evidence the rules below add themselves.
feature{ name = "unsourced_claim", why = "a hedged claim in a sentence that cites nobody" }

rule{ name = "NAMED_SOURCE", feature = "named_source", weight = 0.3, cap = 8, group = "sourcing",
      why = "claims are attributed to named people or organisations" }
rule{ name = "DIRECT_QUOTE", feature = "direct_quote", weight = 0.15, cap = 6, group = "sourcing",
      why = "direct quotations" }
rule{ name = "ANONYMOUS_SOURCE", feature = "anonymous_source", weight = -0.9, cap = 8, group = "sourcing",
      why = "claims rest on unnamed sources" }
rule{ name = "VAGUE_ATTRIBUTION", feature = "vague_attribution", weight = -0.7, cap = 6, group = "sourcing",
      why = "claims are attributed vaguely ('it is believed', 'some say')" }
rule{ name = "UNNAMED_AUTHORITY", feature = "unnamed_authority", weight = -0.6, cap = 6, group = "sourcing",
      why = "appeals to unnamed experts, insiders or reports" }

-- A whole article that names nobody: only unnamed, vague or no sources.
rule{ name = "NOBODY_NAMED", group = "sourcing", weight = -1.2,
      why = "the article cites sources but names none of them",
      fn = function(doc)
        local unnamed = doc:count("anonymous_source") + doc:count("vague_attribution")
                        + doc:count("unnamed_authority")
        return unnamed > 0 and doc:count("named_source") == 0
      end }

-- "The source added ...": the story keeps coming back to one unnamed source.
rule{ name = "ONE_UNNAMED_SOURCE", group = "sourcing", weight = -0.3, cap = 4,
      why = "the story keeps returning to the same unnamed source ('the source added')",
      fn = function(doc)
        local again = {}
        for _, it in ipairs(doc:evidence("anonymous_source")) do
          if it.attrs.back_reference or it.text:lower():find("^the source") then
            again[#again + 1] = it
          end
        end
        return again            -- hits = how many; the report lists them
      end }

-- Statements that cite nobody come from the C core (unattributed_claim: a
-- sentence of the body with no cue, source or quotation in it). Those that
-- also hedge ("may", "could") become evidence of their own.
rule{ name = "UNSOURCED_CLAIM", group = "sourcing", weight = -0.2, cap = 5,
      why = "hedged claims that no one is cited for",
      fn = function(doc)
        local n = 0
        for _, c in ipairs(doc:evidence("unattributed_claim")) do
          local h = doc:in_sentence(c.sentence, "hedge")[1]
          if h then
            doc:add{ feature = "unsourced_claim", span = c,
                     message = "'" .. h.text .. "' with no source in the sentence" }
            n = n + 1
          end
        end
        return n
      end }

-- Figures a reader cannot trace: a count, sum or share stated with no source.
rule{ name = "UNSOURCED_FIGURE", group = "sourcing", weight = -0.15, cap = 5,
      why = "figures stated with no source",
      fn = function(doc)
        local t = {}
        for _, c in ipairs(doc:evidence("unattributed_claim")) do
          if c.attrs.figures > 0 then t[#t + 1] = c end
        end
        return t
      end }

rule{ name = "HEDGED_NUMBER", feature = "hedged_number", weight = -0.2, cap = 6, group = "precision",
      why = "figures given as bounds or estimates" }
rule{ name = "ABSOLUTE_DATE", feature = "absolute_date", weight = 0.1, cap = 4, group = "precision",
      why = "events carry calendar dates" }
rule{ name = "UNVERIFIED", feature = "disclaimer", weight = -0.3, cap = 3, group = "transparency",
      why = "the article disclaims what it reports" }
rule{ name = "CORRECTION", feature = "correction", weight = 0.2, cap = 2, group = "transparency",
      why = "the article carries a correction or update notice" }

tests{
  { name = "unnamed authorities from the script's own list",
    text = "Experts say the bridge is unsafe. Insiders claim the repairs were cut from the budget.",
    expect = { unnamed_authority = 2 }, fires = { "UNNAMED_AUTHORITY", "NOBODY_NAMED" },
    score_between = { 0, 50 } },
  { name = "an unnamed military source, cited twice",
    text = "A military source said at least 400 soldiers arrived on Tuesday. "
        .. "The source added that more are expected.",
    fires = { "ANONYMOUS_SOURCE", "NOBODY_NAMED" }, score_between = { 0, 50 } },
  { name = "a hedged claim that cites nobody",
    text = "The old bridge may collapse within weeks.",
    expect = { unsourced_claim = 1 }, fires = { "UNSOURCED_CLAIM" }, silent = { "UNSOURCED_FIGURE" } },
  { name = "a figure that cites nobody, and one that does",
    text = "About 4,000 cars cross the bridge every day. The council said repairs would cost $2 million.",
    expect = { unattributed_claim = 1 }, fires = { "UNSOURCED_FIGURE" }, silent = { "UNSOURCED_CLAIM" } },
  { name = "a hedged claim with its source",
    text = "The city engineer said the old bridge may collapse within weeks.",
    silent = { "UNSOURCED_CLAIM", "UNSOURCED_FIGURE" } },
  { name = "a named source keeps the score high",
    text = "Maria Lopez, the city's chief engineer, said on 3 May 2024 that the bridge had passed "
        .. "its inspection.",
    silent = { "ANONYMOUS_SOURCE", "UNNAMED_AUTHORITY", "NOBODY_NAMED", "UNSOURCED_CLAIM", "UNSOURCED_FIGURE" },
    score_between = { 70, 100 } },
}
