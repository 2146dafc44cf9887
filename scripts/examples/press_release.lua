-- press_release.lua -- an example rule set that tells a press release from reporting.
--
-- A press release is an organisation speaking for itself: announcement
-- formulas ("is pleased to announce"), marketing adjectives, the "About the
-- company" block, a media contact, "###" at the end, and "we" throughout.
-- This script scores how far a text reads as independent reporting: a
-- press release passed off as news scores low and the report says why.
--
--   credence score --script scripts/examples/press_release.lua article.txt
--   credence check scripts/examples/press_release.lua

bias = 0.8

group{ name = "press_release" }
group{ name = "reporting" }

lexicon{ name = "pr_language", feature = "pr_phrase", file = "press_release.txt" }

feature{ name = "contact_detail", why = "an e-mail address or telephone number in the text" }
feature{ name = "about_block", why = "a paragraph 'About <organisation>' describing the sender" }
feature{ name = "end_mark", why = "'###' or '-ends-' closing a release" }

-- Phrases from the list, by kind; marketing words count for less.
rule{ name = "ANNOUNCEMENT", group = "press_release", weight = -0.8, cap = 3,
      why = "announcement formulas ('is pleased to announce')",
      fn = function(doc)
        local out = {}
        for _, p in ipairs(doc:evidence("pr_phrase", "any")) do
          if p.attrs.kind == "announcement" or p.attrs.kind == "wire" then out[#out + 1] = p end
        end
        return out
      end }
rule{ name = "RELEASE_FURNITURE", group = "press_release", weight = -0.6, cap = 3,
      why = "release furniture ('for immediate release', 'media contact')",
      fn = function(doc)
        local out = {}
        for _, p in ipairs(doc:evidence("pr_phrase", "any")) do
          if p.attrs.kind == "furniture" then out[#out + 1] = p end
        end
        return out
      end }
rule{ name = "MARKETING", group = "press_release", weight = -0.25, cap = 6,
      why = "marketing adjectives ('industry-leading', 'seamless')",
      fn = function(doc)
        local out = {}
        for _, p in ipairs(doc:evidence("pr_phrase", "any")) do
          if p.attrs.kind == "marketing" then out[#out + 1] = p end
        end
        return out
      end }

-- Contact details, found with Lua patterns over each paragraph.
rule{ name = "CONTACT", group = "press_release", weight = -0.5, cap = 2,
      why = "e-mail addresses or telephone numbers for the press",
      fn = function(doc)
        local n = 0
        for _, p in ipairs(doc:paragraphs()) do
          local t = p.text
          for s, e in t:gmatch("()[%w%.%-_]+@[%w%-]+%.[%w%.%-]+()") do
            doc:add{ feature = "contact_detail", start = p.start + s - 1, ["end"] = p.start + e - 1,
                     attrs = { kind = "email" } }
            n = n + 1
          end
          for s, e in t:gmatch("()%+?%d[%d%-%.%s%(%)]+%d%d%d%d()") do
            local digits = t:sub(s, e - 1):gsub("%D", "")
            if #digits >= 9 and #digits <= 15 then
              doc:add{ feature = "contact_detail", start = p.start + s - 1, ["end"] = p.start + e - 1,
                       attrs = { kind = "phone" } }
              n = n + 1
            end
          end
        end
        return n
      end }

-- "About Acme" as a paragraph of its own, in the second half of the text.
rule{ name = "ABOUT_BLOCK", group = "press_release", weight = -0.9, cap = 1,
      why = "an 'About <organisation>' block describes the sender",
      fn = function(doc)
        for _, p in ipairs(doc:paragraphs()) do
          if p.start > doc.len / 2 and p.text:match("^About [%u%d]") then
            doc:add{ feature = "about_block", span = p, message = "the sender describes itself" }
            return 1
          end
        end
        return 0
      end }

rule{ name = "END_MARK", group = "press_release", weight = -0.6, cap = 1,
      why = "the text ends the way releases end ('###', '-ends-')",
      fn = function(doc)
        local text = doc.text
        for s, e in text:gmatch("()%f[^\n%z]%s*#%s*#%s*#%s*()") do
          doc:add{ feature = "end_mark", start = s - 1, ["end"] = e - 1 }
          return 1
        end
        local s, e = text:lower():find("%-%s*ends%s*%-")
        if s then
          doc:add{ feature = "end_mark", start = s - 1, ["end"] = e }
          return 1
        end
        return 0
      end }

-- First person plural outside quotations: the sender speaking for itself.
local we_words = { we = true, our = true, ours = true, us = true }
rule{ name = "WE_VOICE", group = "press_release", weight = -0.08, cap = 10,
      why = "'we' and 'our' per hundred words, outside quotations",
      fn = function(doc)
        local words, we = 0, 0
        local quoted = doc:evidence("direct_quote", "any")
        local qi = 1
        for pos, w in doc.text:gmatch("()(%a+)") do
          words = words + 1
          while quoted[qi] and quoted[qi]["end"] < pos do qi = qi + 1 end
          local inside = quoted[qi] and quoted[qi].start < pos
          if not inside and we_words[w:lower()] then we = we + 1 end
        end
        if words == 0 then return 0 end
        return we * 100 / words
      end }

-- What reporting has and a release usually lacks.
rule{ name = "OTHER_VOICES", group = "reporting", weight = 0.25, cap = 4,
      why = "named people or organisations are cited",
      feature = "named_source" }
rule{ name = "ATTRIBUTION", group = "reporting", weight = 0.1, cap = 6,
      why = "claims are attributed ('said', 'according to')",
      feature = "attribution_cue" }

tests{
  { name = "a press release",
    text = "FOR IMMEDIATE RELEASE\n\n"
        .. "Acme Robotics is pleased to announce the launch of its industry-leading warehouse robot. "
        .. "We believe our seamless, next-generation platform will change logistics.\n\n"
        .. "The robot ships in June.\n\n"
        .. "About Acme Robotics\nAcme Robotics is a leading provider of automation for warehouses.\n\n"
        .. "Media contact: Jane Roe, press@acme-robotics.example, +1 555 010 2030\n\n###\n",
    fires = { "ANNOUNCEMENT", "RELEASE_FURNITURE", "MARKETING", "CONTACT", "ABOUT_BLOCK", "END_MARK",
              "WE_VOICE" },
    expect = { about_block = 1, end_mark = 1, contact_detail = 2 },
    score_between = { 0, 20 } },
  { name = "reporting on a company",
    text = "Acme Robotics said on Tuesday that it would cut 200 jobs after orders fell, "
        .. "according to a filing. Analysts at a Boston bank said the cuts were expected. "
        .. "\"We have to adapt,\" the chief executive told reporters.",
    silent = { "ANNOUNCEMENT", "RELEASE_FURNITURE", "CONTACT", "ABOUT_BLOCK", "END_MARK" },
    expect = { pr_phrase = 0 },
    score_between = { 60, 100 } },
}
