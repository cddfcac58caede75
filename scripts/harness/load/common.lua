-- Shared by the load harness's wrk scripts (scripts/load.sh loads it with dofile; not run on its own).
--
-- Environment: LOAD_DATA   data.lua written by setup.py (users, tokens, readable record ids, queries)
--              LOAD_RESULT where done() writes the phase's figures as one JSON object
--              LOAD_PHASE  the phase's name, copied into that JSON
-- Counts every response by status in response() (a non-2xx is an error for the harness, whatever wrk
-- thinks), what request() sent by kind, and keeps the first few error bodies to show what went wrong.

local data_path = os.getenv("LOAD_DATA")
data = data_path and dofile(data_path) or {}

statuses = {}   -- per thread: status code -> responses
sent = {}       -- per thread: kind of request -> requests written
samples = ""    -- per thread: the first error responses, status and start of the body
local sample_count = 0

function count_sent(kind)
    sent[kind] = (sent[kind] or 0) + 1
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
    if (status < 200 or status > 299) and sample_count < 3 then
        sample_count = sample_count + 1
        samples = samples .. status .. " " .. string.sub(body or "", 1, 300) .. "\n"
    end
end

-- setup() and done() run in wrk's main Lua state; init(), request() and response() in each thread's.
local threads = {}
function setup(thread)
    thread:set("thread_number", #threads + 1)
    table.insert(threads, thread)
end

function seed_random()
    math.randomseed(os.time() * 1000 + (thread_number or 0) * 7919)
    for _ = 1, 10 do math.random() end
end

local function json_string(s)
    s = string.gsub(s, '[%c"\\]', function(c)
        if c == '"' then return '\\"' elseif c == "\\" then return "\\\\" end
        return string.format("\\u%04x", string.byte(c))
    end)
    return '"' .. s .. '"'
end

local function json_object(t, quote_values)
    local parts = {}
    for k, v in pairs(t) do
        table.insert(parts, json_string(tostring(k)) .. ":" .. (quote_values and json_string(tostring(v)) or tostring(v)))
    end
    table.sort(parts)
    return "{" .. table.concat(parts, ",") .. "}"
end

function done(summary, latency, requests)
    local all_statuses, all_sent, all_samples = {}, {}, ""
    local non2xx = 0
    for _, thread in ipairs(threads) do
        for status, n in pairs(thread:get("statuses") or {}) do
            all_statuses[status] = (all_statuses[status] or 0) + n
            if status < 200 or status > 299 then non2xx = non2xx + n end
        end
        for kind, n in pairs(thread:get("sent") or {}) do all_sent[kind] = (all_sent[kind] or 0) + n end
        all_samples = all_samples .. (thread:get("samples") or "")
    end
    local seconds = summary.duration / 1e6
    local e = summary.errors
    local ms = function(us) return string.format("%.2f", us / 1000) end
    local result = "{" .. table.concat({
        '"phase":' .. json_string(os.getenv("LOAD_PHASE") or "?"),
        '"seconds":' .. string.format("%.1f", seconds),
        '"requests":' .. summary.requests,
        '"rps":' .. string.format("%.1f", summary.requests / seconds),
        '"latency_ms":{"p50":' .. ms(latency:percentile(50)) .. ',"p90":' .. ms(latency:percentile(90))
            .. ',"p95":' .. ms(latency:percentile(95)) .. ',"p99":' .. ms(latency:percentile(99))
            .. ',"max":' .. ms(latency.max) .. ',"mean":' .. ms(latency.mean) .. "}",
        '"socket_errors":{"connect":' .. e.connect .. ',"read":' .. e.read .. ',"write":' .. e.write
            .. ',"timeout":' .. e.timeout .. "}",
        '"wrk_status_errors":' .. e.status,
        '"non2xx":' .. non2xx,
        '"statuses":' .. json_object(all_statuses),
        '"sent":' .. json_object(all_sent),
        '"error_samples":' .. json_string(all_samples),
    }, ",") .. "}"
    local path = os.getenv("LOAD_RESULT")
    if path then
        local file = assert(io.open(path, "w"))
        file:write(result, "\n")
        file:close()
    end
    io.write(string.format("phase %s: %d requests in %.1f s = %.1f req/s; p50 %s ms, p95 %s ms, p99 %s ms; "
        .. "non-2xx %d, socket errors %d\n", os.getenv("LOAD_PHASE") or "?", summary.requests, seconds,
        summary.requests / seconds, ms(latency:percentile(50)), ms(latency:percentile(95)),
        ms(latency:percentile(99)), non2xx, e.connect + e.read + e.write + e.timeout))
end
