-- For bench/run.py: spreads the requests over the paths in WRK_PATHS (separated by spaces;
-- without it, the URL's path) and reports the result as one JSON line after "BENCH ".

local paths = {}
for path in string.gmatch(os.getenv("WRK_PATHS") or "", "%S+") do
  paths[#paths + 1] = path
end

if #paths > 1 then
  local counter = 0
  request = function()
    counter = counter + 1
    return wrk.format(nil, paths[(counter - 1) % #paths + 1])
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "connect": %d, "read": %d, "write": %d, '
      .. '"status": %d, "timeout": %d, "p50_us": %d, "p99_us": %d, "max_us": %d}\n',
    summary.requests, summary.duration, errors.connect, errors.read, errors.write,
    errors.status, errors.timeout, latency:percentile(50), latency:percentile(99), latency.max
  ))
end
