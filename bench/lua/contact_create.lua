-- wrk script: POST /api/contacts, each with a fresh body; with BENCH_IDEMPOTENCY=1 each also with
-- a fresh Idempotency-Key (never a replay: what the key costs a first attempt).
-- Environment: BENCH_TOKEN (bearer token), BENCH_IDEMPOTENCY (0 or 1), BENCH_RUN (a run label).
wrk.method = "POST"
wrk.path = "/api/contacts"
wrk.headers["Authorization"] = "Bearer " .. assert(os.getenv("BENCH_TOKEN"), "BENCH_TOKEN is not set")
wrk.headers["Accept"] = "application/json"
wrk.headers["Content-Type"] = "application/json"
local keyed = os.getenv("BENCH_IDEMPOTENCY") == "1"
local run = os.getenv("BENCH_RUN") or tostring(os.time())

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_no", threads)
end

local n = 0
function request()
  n = n + 1
  local body = string.format(
      '{"first_name": "Bench", "last_name": "Kontakt %d-%d", "email": "bench.%s.%d.%d@example.test"}',
      thread_no, n, run, thread_no, n)
  if keyed then
    -- wrk.format takes the headers given instead of wrk.headers, not on top of them.
    wrk.headers["Idempotency-Key"] = string.format("bench-%s-%d-%d", run, thread_no, n)
  end
  return wrk.format(nil, nil, nil, body)
end
