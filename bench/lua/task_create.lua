-- wrk script: POST /api/tasks, every task into the one project BENCH_PROJECT_ID (the same board
-- column, so the creates take turns on that project's row lock). Titles are unique per thread.
-- Environment: BENCH_TOKEN (bearer token), BENCH_PROJECT_ID.
wrk.method = "POST"
wrk.path = "/api/tasks"
wrk.headers["Authorization"] = "Bearer " .. assert(os.getenv("BENCH_TOKEN"), "BENCH_TOKEN is not set")
wrk.headers["Accept"] = "application/json"
wrk.headers["Content-Type"] = "application/json"
local project = assert(tonumber(os.getenv("BENCH_PROJECT_ID")), "BENCH_PROJECT_ID is not a number")

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_no", threads)
end

local n = 0
function request()
  n = n + 1
  local body = string.format('{"title": "bench task %d-%d", "project_id": %d}', thread_no, n, project)
  return wrk.format(nil, nil, nil, body)
end
