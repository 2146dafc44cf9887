-- filters.lua -- doc:count and doc:evidence filter by attributes in C and stop at a limit.
rule{ name = "FILTERS", weight = 0,
      fn = function(doc)
        local ranges = doc:count("hedged_number", "body", { attrs = { hedge = "range" } })
        local bounds = doc:count("hedged_number", "body",
                                 { attrs = { hedge = { lower_bound = true, upper_bound = true } } })
        local first = doc:evidence("hedged_number", "body", { limit = 1 })
        local none = doc:evidence("hedged_number", "body", { attrs = { hedge = "nothing" } })
        local all = doc:evidence("hedged_number")
        assert(ranges == 1, "one range, got " .. ranges)
        assert(bounds == 2, "two bounds, got " .. bounds)
        assert(#all == 3, "three hedged numbers, got " .. #all)
        assert(#first == 1 and first[1].start == all[1].start, "limit keeps text order")
        assert(#none == 0, "a value no item has matches nothing")
        assert(not pcall(doc.count, doc, "hedged_number", "body", { colour = "red" }),
               "unknown option fields raise")
        assert(not pcall(doc.evidence, doc, "hedged_number", "body", { limit = -1 }),
               "a negative limit raises")
        return 0
      end }

test{ name = "count and evidence filter by attributes and stop at a limit",
      text = "At least 40 people were hurt and up to 12 are missing; between 3 and 5 buildings fell." }
