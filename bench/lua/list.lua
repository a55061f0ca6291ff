-- wrk script: GET /api/contacts?page=<p>&per_page=20 on a random page of the first 50 (the same rule as
-- sql/contact_list.sql). Environment: BENCH_TOKEN (bearer token).
wrk.headers["Authorization"] = "Bearer " .. assert(os.getenv("BENCH_TOKEN"), "BENCH_TOKEN is not set")
wrk.headers["Accept"] = "application/json"

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_no", threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + thread_no)
end

function request()
  return wrk.format("GET", "/api/contacts?page=" .. math.random(1, 50) .. "&per_page=20")
end
