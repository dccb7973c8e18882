-- wrk script of bench/traffic.sh: each request a random path from a URL list, with a random
-- display-currency cookie, so that requests spread over the catalogue as real traffic does.
--
--   wrk -t2 -c8 -d15s --latency -s bench/traffic.lua http://127.0.0.1:PORT -- URLS [COOKIES]
--
-- URLS: one path per line (bench/traffic_urls.py writes them). COOKIES (optional): the
-- cookie's name on the first line, then one value per line; an empty line means "send no
-- cookie". Each wrk thread runs this file in its own Lua state: the lists are read once
-- per thread in init(), and each thread seeds its own random sequence (from the clock and
-- its number, so two threads never replay the same paths).
-- done() prints one machine-readable line:
--   TRAFFIC requests=<n> rps=<req/s> p50=<ms> p99=<ms> errors=<non-2xx/3xx + socket errors>

local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("number", counter)
end

local paths, cookies, cookie_name = {}, {}, nil

local function read_lines(name)
  local lines = {}
  local file = assert(io.open(name, "r"), "cannot open " .. name)
  for line in file:lines() do
    lines[#lines + 1] = line
  end
  file:close()
  return lines
end

function init(args)
  for _, line in ipairs(read_lines(args[1])) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  assert(#paths > 0, args[1] .. " lists no URL")
  if args[2] then
    local lines = read_lines(args[2])
    cookie_name = lines[1]
    for i = 2, #lines do cookies[#cookies + 1] = lines[i] end
  end
  math.randomseed(os.time() * 1000 + (number or 0) * 7919)
  -- LuaJIT's first draws after seeding are poorly spread: drop a few.
  for _ = 1, 10 do math.random() end
end

function request()
  local path = paths[math.random(#paths)]
  -- As nginx forwards a request it took over HTTPS; plain HTTP would get the redirect to
  -- https that production answers with DEBUG off (the anchor ignores the header).
  local headers = {["X-Forwarded-Proto"] = "https"}
  if cookie_name and #cookies > 0 then
    local value = cookies[math.random(#cookies)]
    if value ~= "" then headers["Cookie"] = cookie_name .. "=" .. value end
  end
  return wrk.format("GET", path, headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.status + e.connect + e.read + e.write + e.timeout
  io.write(string.format("TRAFFIC requests=%d rps=%.1f p50=%.1f p99=%.1f errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
