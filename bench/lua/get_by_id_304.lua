-- wrk script: GET /api/contacts/{id} on random live contacts with If-None-Match naming the
-- version the generated contacts have (1), so each answer is a 304 without a body.
-- Environment: BENCH_N (contacts), BENCH_TOKEN (bearer token), BENCH_ETAG (default "1").
local n = tonumber(os.getenv("BENCH_N") or "1000000")
wrk.headers["Authorization"] = "Bearer " .. assert(os.getenv("BENCH_TOKEN"), "BENCH_TOKEN is not set")
wrk.headers["Accept"] = "application/json"
wrk.headers["If-None-Match"] = os.getenv("BENCH_ETAG") or '"1"'

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_no", threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + thread_no)
end

function request()
  local id = math.random(1, n)
  if id % 100 == 0 then id = id - 1 end
  return wrk.format("GET", "/api/contacts/" .. id)
end
