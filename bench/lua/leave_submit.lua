-- POST /api/leave-requests for one user. OVERLAP=1 (the default): every request asks for the
-- same three days, so exactly one may succeed; OVERLAP=0: each request its own day (the day
-- working day after the previous one), so every one should.
local token = os.getenv("BENCH_TOKEN")
local leave_type = os.getenv("LEAVE_TYPE")
local overlap = os.getenv("OVERLAP") ~= "0"
counter = 0
thread_id = 0
local threads = {}

function setup(thread)
    thread:set("thread_id", #threads)
    table.insert(threads, thread)
end

local function day(n)
    -- The n-th working day from Monday 2030-01-07 (1893974400 s), Monday to Friday only.
    local week, weekday = math.floor(n / 5), n % 5
    return os.date("!%Y-%m-%d", 1893974400 + (week * 7 + weekday) * 86400)
end

request = function()
    counter = counter + 1
    local body
    if overlap then
        body = '{"leave_type_id": ' .. leave_type .. ', "start_date": "2030-01-07", "end_date": "2030-01-09"}'
    else
        local n = thread_id * 100000 + counter
        body = '{"leave_type_id": ' .. leave_type .. ', "start_date": "' .. day(n) .. '", "end_date": "' .. day(n) .. '"}'
    end
    return wrk.format("POST", "/api/leave-requests", {
        ["Authorization"] = "Bearer " .. token,
        ["Content-Type"] = "application/json",
        ["Accept"] = "application/json",
    }, body)
end

statuses = {}
response = function(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
    for _, thread in ipairs(threads) do
        local s = thread:get("statuses")
        for status, n in pairs(s) do
            io.write(string.format("status %d %d\n", status, n))
        end
    end
end
