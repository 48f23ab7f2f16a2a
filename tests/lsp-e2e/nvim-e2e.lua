-- End-to-end with Neovim's built-in LSP client (Debian's 0.7.2: start_client + buf_attach_client,
-- push diagnostics). Env: SOURCELINT_SERVER (the sourcelint binary), E2E_DRAFT (a copy of the seed
-- draft), E2E_EXPECTED (its .expected.tsv). Writes one line per check and "N passed, N failed" to stdout.
local passed, failed = 0, 0
local function out(line) io.stdout:write(line .. "\n") end
local function check(name, ok, detail)
  if ok then passed = passed + 1; out("ok   nvim: " .. name)
  else failed = failed + 1; out("FAIL nvim: " .. name .. " " .. (detail or "")) end
end
local function finish()
  out(string.format("%d passed, %d failed", passed, failed))
  vim.cmd("qa!")
end

local ok, err = pcall(function()
  local server = os.getenv("SOURCELINT_SERVER")
  local draft = os.getenv("E2E_DRAFT")
  local expected = {}
  local first = true
  for line in io.lines(os.getenv("E2E_EXPECTED")) do
    if not first and line ~= "" then
      local l, rule = line:match("^(%d+)\t(%w+)\t")
      table.insert(expected, { line = tonumber(l) - 1, rule = rule })
    end
    first = false
  end

  vim.cmd("edit " .. vim.fn.fnameescape(draft))
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = "sourcelint",
    cmd = { server, "server", "--stdio" },
    root_dir = vim.fn.fnamemodify(draft, ":h"),
    settings = { sourcelint = { debounceMs = 50 } },
  })
  check("client starts", client_id ~= nil)
  vim.lsp.buf_attach_client(buf, client_id)

  local function code_of(d)
    if d.code then return d.code end
    if d.user_data and d.user_data.lsp then return d.user_data.lsp.code end
    return nil
  end
  local function has(rule, lnum)
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if code_of(d) == rule and d.lnum == lnum then return true end
    end
    return false
  end

  local arrived = vim.wait(30000, function() return #vim.diagnostic.get(buf) >= #expected end, 50)
  check("diagnostics arrive by push", arrived, "got " .. #vim.diagnostic.get(buf))
  local missing = {}
  for _, e in ipairs(expected) do
    if not has(e.rule, e.line) then table.insert(missing, e.rule .. "@" .. (e.line + 1)) end
  end
  check("vim.diagnostic.get() matches seed-draft.expected.tsv", #missing == 0, table.concat(missing, ", "))
  local d = vim.diagnostic.get(buf)[1]
  check("diagnostics are from sourcelint", d ~= nil and d.source == "sourcelint", d and tostring(d.source))

  -- Edit the buffer (incremental sync): replace the SL101 line; its diagnostic goes.
  local sl101
  for _, e in ipairs(expected) do if e.rule == "SL101" then sl101 = e.line end end
  vim.api.nvim_buf_set_lines(buf, sl101, sl101 + 1, false, { "Nothing to see here." })
  local gone = vim.wait(30000, function() return not has("SL101", sl101) end, 50)
  check("an edit re-lints the buffer", gone)
  check("other diagnostics stay after the edit", has("SL102", expected[3].line))

  vim.lsp.stop_client(client_id)
end)
if not ok then check("script ran to the end", false, tostring(err)) end
finish()
