-- wrk script of the "mixed" and "registrations" phases of scripts/load.sh: each request is, at random by
-- the weights given after `--`, one of
--   read      GET /api/v1/records/{id}      a record the (random) user may read
--   list      GET /api/v1/records?...       a first page, by series, by state, with its total; or /objects
--   search    GET /api/v1/search?q=...      a word, prefix, phrase, OR, NOT or filter query
--   register  POST /api/v1/records          a new record in a random series, labelled as the user may
-- by one of the set-up's users (each with its own bearer token). Run:
--   LOAD_DIR=scripts/harness/load LOAD_DATA=work/data.lua LOAD_PHASE=mixed LOAD_RESULT=mixed.json \
--     wrk -c 64 -t 2 -d 5m --latency -s scripts/harness/load/mixed.lua http://127.0.0.1:PORT \
--     -- read=50 list=20 search=20 register=10
dofile(os.getenv("LOAD_DIR") .. "/common.lua")

local kinds, thresholds, total = {}, {}, 0
local readers, registrants = {}, {}
local registered = 0
local builders = {}

function init(args)
    seed_random()
    for _, arg in ipairs(args) do
        local kind, weight = string.match(arg, "^(%a+)=(%d+)$")
        assert(kind and builders[kind], "weights are given as kind=weight with kind read, list, search or register")
        total = total + tonumber(weight)
        table.insert(kinds, kind)
        table.insert(thresholds, total)
    end
    assert(total > 0, "give the weights after --, e.g. -- read=50 list=20 search=20 register=10")
    for _, user in ipairs(data.users) do
        if #user.ids > 0 then table.insert(readers, user) end
        if #user.labels > 0 then table.insert(registrants, user) end
    end
end

local function pick(list) return list[math.random(#list)] end

local function headers(user)
    return { ["Authorization"] = "Bearer " .. user.token, ["Content-Type"] = "application/json" }
end

local function weighted_label(user)
    local sum = 0
    for _, w in ipairs(user.weights) do sum = sum + w end
    local r = math.random() * sum
    for i, w in ipairs(user.weights) do
        r = r - w
        if r <= 0 then return user.labels[i] end
    end
    return user.labels[#user.labels]
end

function builders.read()
    local user = pick(readers)
    return wrk.format("GET", "/api/v1/records/" .. pick(user.ids), headers(user))
end

function builders.list()
    local user = pick(readers)
    local r = math.random(5)
    local path
    if r == 1 then path = "/api/v1/records?limit=20"
    elseif r == 2 then path = "/api/v1/records?limit=50&series=" .. pick(data.series)
    elseif r == 3 then path = "/api/v1/records?limit=20&withTotal=true"
    elseif r == 4 then path = "/api/v1/records?limit=20&state=registered&year=2026"
    else path = "/api/v1/objects?limit=20" end
    return wrk.format("GET", path, headers(user))
end

function builders.search()
    return wrk.format("GET", "/api/v1/search?limit=20&q=" .. pick(data.queries), headers(pick(readers)))
end

function builders.register()
    local user = pick(registrants)
    local series = pick(data.series)
    registered = registered + 1
    local number = thread_number .. "-" .. registered
    local body = '{"title":"' .. pick(data.words) .. " " .. pick(data.words) .. " " .. pick(data.words)
        .. " load " .. number .. '","series":"' .. series .. '","recordType":"' .. pick(data.types)
        .. '","label":' .. weighted_label(user) .. ',"originator":"Load harness","documentDate":"2026-11-'
        .. string.format("%02d", math.random(1, 23)) .. '","keywords":["' .. pick(data.words) .. '"]'
    if series == "MSG" then body = body .. ',"originatorReference":"LOAD/' .. number .. '"' end
    return wrk.format("POST", "/api/v1/records", headers(user), body .. "}")
end

function request()
    local r = math.random() * total
    for i, threshold in ipairs(thresholds) do
        if r < threshold then
            count_sent(kinds[i])
            return builders[kinds[i]]()
        end
    end
    count_sent(kinds[#kinds])
    return builders[kinds[#kinds]]()
end
