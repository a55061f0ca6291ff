-- wrk script: GET /api/contacts?search=<q>&per_page=20, rotating over the queries in BENCH_QUERIES
-- (comma-separated, already URL-encoded), so that every query is sent equally often.
-- Environment: BENCH_QUERIES, BENCH_TOKEN (bearer token).
wrk.headers["Authorization"] = "Bearer " .. assert(os.getenv("BENCH_TOKEN"), "BENCH_TOKEN is not set")
wrk.headers["Accept"] = "application/json"

local queries = {}
for q in string.gmatch(assert(os.getenv("BENCH_QUERIES"), "BENCH_QUERIES is not set"), "[^,]+") do
  queries[#queries + 1] = q
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_no", threads)
end

local next_query
function init(args)
  next_query = thread_no  -- threads start at different queries
end

function request()
  local q = queries[(next_query % #queries) + 1]
  next_query = next_query + 1
  return wrk.format("GET", "/api/contacts?search=" .. q .. "&per_page=20")
end
