-- sandbox.lua -- every escape attempt we know of, each a test case that must fail cleanly or be inert.
--
-- One rule reads the document's text as the name of an attack and runs it;
-- each case below names one and says how the document must end. The cases
-- run one after another on the same scorer, so every case after a failure
-- also shows that the next document is scored normally.

bias = 0

-- What the script sees while it loads.
assert(io == nil and os == nil and debug == nil and package == nil and require == nil)
assert(dofile == nil and loadfile == nil and collectgarbage == nil)
assert(string.dump == nil)
assert(getmetatable("") == "string")              -- the string metatable is locked
assert(load(string.char(27) .. "Lua") == nil)     -- binary chunks are refused
assert(load("return 1", "x", "b") == nil)         -- and so is asking for them
assert(pcall(setmetatable, {}, { __gc = function() end }) == false)

local attacks = {}

attacks["loop"] = function() while true do end end
attacks["loop in pcall"] = function()
  -- pcall cannot swallow the budget error: after it, every instruction fails.
  while true do pcall(function() while true do end end) end
end
attacks["loop after pcall"] = function()
  pcall(function() while true do end end)
  return 0
end
attacks["coroutine"] = function()
  local co = coroutine.wrap(function() while true do coroutine.yield() end end)
  while true do co() end
end
attacks["coroutine never ends"] = function()
  local co = coroutine.create(function() while true do end end)
  coroutine.resume(co)       -- returns false, the budget error; the document still fails
  return 0
end
attacks["string.rep"] = function() local s = string.rep("x", 1 << 30) return #s end
attacks["string.rep in pcall"] = function()
  pcall(string.rep, "x", 1 << 29)
  return 0
end
attacks["concat bomb"] = function()
  local s = "x"
  for _ = 1, 64 do s = s .. s end
  return #s
end
attacks["table flood"] = function()
  local t = {}
  for i = 1, math.huge do t[i] = { i } end
end
attacks["recursion"] = function()
  local function f(n) return f(n + 1) + 1 end
  return f(1)
end
attacks["table.move"] = function() table.move({}, 1, math.maxinteger - 1, 2) end
attacks["table.concat"] = function() return #table.concat({}, "", 1, 1 << 40) end
attacks["table.unpack"] = function() return select("#", table.unpack({}, 1, 1 << 30)) end
attacks["format width"] = function() return #string.format("%99999d", 1) end
attacks["format huge"] = function() return #string.format("%099d", 1) == 99 and 0 or 1 end
attacks["io"] = function() return io.open("/etc/passwd") end
attacks["os"] = function() return os.execute("true") end
attacks["require"] = function() return require("io") end
attacks["debug"] = function() return debug.getinfo(1) end
attacks["dofile"] = function() return dofile("/etc/passwd") end
attacks["load binary"] = function()
  local f, msg = load(string.char(27) .. "LuaT\0")
  assert(f == nil)
  error(msg, 0)
end
attacks["load mode b"] = function()
  local f, msg = load("return 1", "chunk", "bt")
  assert(f == nil)
  error(msg, 0)
end
attacks["load escapes"] = function()
  -- a text chunk runs in the same sandbox
  local f = load("return io")
  return f() and 1 or 0
end
attacks["string metatable"] = function() return setmetatable("", {}) end
attacks["string index"] = function()
  local mt = getmetatable("x")
  return mt.__index         -- mt is the string "string"
end
attacks["doc metatable"] = function(doc)
  local mt = getmetatable(doc)
  assert(mt == "credence.doc")
  return setmetatable(doc, {})
end
attacks["doc write"] = function(doc) doc.text = "changed" end
attacks["global write"] = function() x = 1 end
attacks["global read"] = function() return undefined_thing end
attacks["rawset _G"] = function() rawset(_G, "x", 1) end
attacks["setmetatable _G"] = function() setmetatable(_G, nil) end
attacks["gc finalizer"] = function() setmetatable({}, { __gc = function() while true do end end }) end
attacks["error table"] = function() error({ code = 1 }) end
attacks["error nil"] = function() error() end
attacks["error tostring"] = function()
  error(setmetatable({}, { __tostring = function() while true do end end }))
end
attacks["declare late"] = function() rule{ name = "LATE", feature = "hedge", weight = 1 } end
attacks["include late"] = function() include("x.lua") end
attacks["bad return"] = function() return "high" end
attacks["negative"] = function() return -1 end
attacks["nan"] = function() return 0 / 0 end
attacks["pattern"] = function()
  -- Backtracking in Lua patterns is bounded only by the subject's length;
  -- on this short subject it ends at once (see docs/lua.md for the limit).
  return select("#", string.find(string.rep("a", 20), ".-.-.-b")) - 1
end
attacks["find loop"] = function(doc)
  -- every search over the text is charged by length
  local t = string.rep(doc.text, 4096)
  local n = 0
  while true do n = n + (t:find("zzz", 1, true) or 0) end
end
attacks["add flood"] = function(doc)
  for _ = 1, 20000 do doc:add{ feature = "hedge", start = 0, ["end"] = 1 } end
end

rule{ name = "ATTACK", group = "sandbox", weight = 1, why = "runs the attack the text names",
      fn = function(doc)
        local a = attacks[doc.text]
        if a then return a(doc) end
        return 0
      end }

local function case(text, fails)
  return { name = text, text = text, fails = fails }
end

tests{
  case("loop", "instruction budget"),
  case("loop in pcall", "instruction budget"),
  case("loop after pcall", "instruction budget"),
  case("coroutine", "instruction budget"),
  case("coroutine never ends", "instruction budget"),
  case("string.rep", "memory cap"),
  case("string.rep in pcall", "memory cap"),
  case("concat bomb", "memory cap"),
  case("table flood", "memory cap"),
  case("recursion", "stack overflow"),
  case("table.move", "instruction budget"),
  case("table.concat", "instruction budget"),
  case("table.unpack", "too many results to unpack"),
  case("format width", "invalid conversion"),
  case("io", "undefined global 'io'"),
  case("os", "undefined global 'os'"),
  case("require", "undefined global 'require'"),
  case("debug", "undefined global 'debug'"),
  case("dofile", "undefined global 'dofile'"),
  case("load binary", "attempt to load a binary chunk"),
  case("load mode b", "only text chunks"),
  case("load escapes", "undefined global 'io'"),
  case("string metatable", "bad argument #1 to 'setmetatable'"),
  case("doc metatable", "bad argument #1 to 'setmetatable'"),
  case("doc write", "the document is read-only"),
  case("global write", "assignment to undeclared global 'x'"),
  case("global read", "undefined global 'undefined_thing'"),
  case("rawset _G", "globals are protected"),
  case("setmetatable _G", "cannot change a protected metatable"),
  case("gc finalizer", "__gc finalizers are not allowed"),
  case("error table", "error object is a table value"),
  case("error nil", "error object is a nil value"),
  case("error tostring", "error object is a table value"),
  case("declare late", "rule{} may only be called while the script loads"),
  case("include late", "include() may only be called while the script loads"),
  case("bad return", "returned a string"),
  case("negative", "returned -1"),
  case("nan", "hits must be a finite number"),
  case("find loop", "instruction budget"),
  case("add flood", "at most 10000 evidence items"),
  { name = "a plain document after all that", text = "The council met on Tuesday.",
    score_between = { 49, 51 } },
  { name = "the pattern case ends", text = "pattern", score_between = { 49, 51 } },
  { name = "widths stop at 99", text = "format huge", score_between = { 49, 51 } },
  { name = "the string metatable is out of reach", text = "string index", score_between = { 49, 51 } },
}
