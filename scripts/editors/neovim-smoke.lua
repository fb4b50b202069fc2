-- Drives Neovim against the Strat language server; run by neovim-smoke.sh, which says what it
-- checks. Sourced with --cmd (before the user's init.lua), so that it records every diagnostics
-- notification from the start; `lua Smoke.run()` then runs the checks and quits.
-- Environment: SMOKE_OUT (results file), SMOKE_FILES (the .strat files whose diagnostics are
-- written out, one a line), SMOKE_BASE (the folder their paths are written relative to),
-- SMOKE_EXPECT_ROOT (the root_dir the snippet should pick), SMOKE_CSV (a data file to change on
-- disk at the end), SMOKE_WATCH (not empty: the change must reach the server; empty: only reported).

_G.Smoke = _G.Smoke or {}
local Smoke = _G.Smoke

-- Every publishDiagnostics, by URI: when it came and how many diagnostics it held.
if not Smoke.published then
  Smoke.published = {}
  local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    if result then
      Smoke.published[result.uri] = { at = vim.uv.now(), count = #result.diagnostics }
    end
    return publish(err, result, ctx, config)
  end
  -- What the server registers dynamically, by method.
  Smoke.registered = {}
  local register = vim.lsp.handlers['client/registerCapability']
  vim.lsp.handlers['client/registerCapability'] = function(err, result, ctx)
    for _, registration in ipairs(result and result.registrations or {}) do
      if not vim.tbl_contains(Smoke.registered, registration.method) then
        table.insert(Smoke.registered, registration.method)
      end
    end
    return register(err, result, ctx)
  end
end

local lines, failures = {}, 0
local function say(text) table.insert(lines, text) end
local function check(ok, what, detail)
  say(string.format('%s  %s%s', ok and 'ok  ' or 'FAIL', what, detail and ('  — ' .. detail) or ''))
  if not ok then failures = failures + 1 end
end

local function client_of(buf)
  return vim.lsp.get_clients({ bufnr = buf, name = 'strat' })[1]
end

-- One request to the strat client of a buffer; returns result, error text.
local function request(buf, method, params)
  local client = client_of(buf)
  if not client then return nil, 'no client' end
  local answers, err = vim.lsp.buf_request_sync(buf, method, params, 15000)
  if not answers then return nil, err end
  local answer = answers[client.id]
  if not answer then return nil, 'no answer' end
  if answer.err then return nil, answer.err.message end
  return answer.result
end

-- Waits until the server has published for the buffer and then been quiet for 1.5 s.
local function settle(buf)
  local uri = vim.uri_from_bufnr(buf)
  vim.wait(30000, function()
    local seen = Smoke.published[uri]
    return seen ~= nil and vim.uv.now() - seen.at > 1500
  end, 100)
  return Smoke.published[uri] ~= nil
end

-- The position (0-based line, UTF-16 character) of the `nth` match of a plain `text` in a buffer.
local function find(buf, text, nth)
  nth = nth or 1
  for row, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local from = 1
    while true do
      local at = line:find(text, from, true)
      if not at then break end
      nth = nth - 1
      if nth == 0 then
        return { line = row - 1, character = vim.str_utfindex(line, at - 1) }
      end
      from = at + 1
    end
  end
  error('not found: ' .. text)
end

local function at(buf, text, nth)
  return { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = find(buf, text, nth) }
end

local function basename(uri) return vim.fs.basename(vim.uri_to_fname(uri)) end

local SEVERITY = { 'error', 'warning', 'info', 'hint' }

-- The buffer's diagnostics as `strat check` prints them: path line col severity code message.
local function diagnostic_lines(buf, root)
  local result = {}
  local name = vim.api.nvim_buf_get_name(buf)
  local path = name:sub(#root + 2)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    local start = lsp.range and lsp.range.start or { line = d.lnum, character = d.col }
    local message = (lsp.message or d.message):gsub('%s+', ' ')
    table.insert(result, string.format('%s:%d:%d %s %s %s', path, start.line + 1, start.character + 1,
      SEVERITY[d.severity], tostring(d.code), message))
  end
  table.sort(result)
  return result
end

local function features(buf)
  local client = client_of(buf)
  local expected_root = os.getenv('SMOKE_EXPECT_ROOT')
  if expected_root and expected_root ~= '' then
    check(client.config.root_dir == expected_root, 'root_dir', client.config.root_dir)
  end
  say('     workspace folders sent: ' .. vim.inspect(vim.tbl_map(function(f) return f.name end, client.workspace_folders or {})))

  local hover = request(buf, 'textDocument/hover', at(buf, 'SaasNrr', 2))
  local hover_text = hover and (type(hover.contents) == 'table' and (hover.contents.value or vim.inspect(hover.contents)) or tostring(hover.contents)) or ''
  check(hover_text:find('Net revenue retention', 1, true) ~= nil, 'hover on a KPI defined in the other file', hover_text:sub(1, 80):gsub('\n', ' '))

  local definition = request(buf, 'textDocument/definition', at(buf, 'SaasNrr', 2))
  local target = definition and (definition[1] or definition)
  local target_uri = target and (target.uri or target.targetUri)
  local target_range = target and (target.range or target.targetSelectionRange)
  check(target_uri ~= nil and basename(target_uri) == 'software-company.strat' and target_range.start.line == 66,
    'go to definition across files', target_uri and (basename(target_uri) .. ':' .. (target_range.start.line + 1)) or 'none')

  local params = at(buf, 'SaasNrr', 2)
  params.context = { includeDeclaration = true }
  local references = request(buf, 'textDocument/references', params) or {}
  local files = {}
  for _, location in ipairs(references) do files[basename(location.uri)] = (files[basename(location.uri)] or 0) + 1 end
  check(files['software-company.strat'] ~= nil and (files['software-company-okrs.strat'] or 0) >= 2,
    'references across files', vim.inspect(files):gsub('%s+', ' '))

  local rename_params = at(buf, 'SaasNrr', 2)
  rename_params.newName = 'SaasNetRetention'
  local rename = request(buf, 'textDocument/rename', rename_params)
  local renamed = {}
  for uri, edits in pairs(rename and rename.changes or {}) do renamed[basename(uri)] = #edits end
  for _, change in ipairs(rename and rename.documentChanges or {}) do
    if change.textDocument then renamed[basename(change.textDocument.uri)] = #change.edits end
  end
  check(renamed['software-company.strat'] ~= nil and renamed['software-company-okrs.strat'] ~= nil,
    'rename across files (edit not applied)', vim.inspect(renamed):gsub('%s+', ' '))

  local measures = find(buf, 'measures SaasNrr')
  measures.character = measures.character + #'measures '
  local completion = request(buf, 'textDocument/completion', { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = measures })
  local items = completion and (completion.items or completion) or {}
  local labels = vim.tbl_map(function(item) return item.label end, items)
  check(vim.tbl_contains(labels, 'SaasNrr') and vim.tbl_contains(labels, 'SaasChurn'), 'completion after `measures` lists the KPIs of both files',
    #labels .. ' items: ' .. table.concat(labels, ' '):sub(1, 160))

  local hints = request(buf, 'textDocument/inlayHint', { textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = vim.api.nvim_buf_line_count(buf), character = 0 } } }) or {}
  check(#hints > 0, 'inlay hints', #hints .. ' hints, first: ' .. (hints[1] and vim.inspect(hints[1].label):gsub('%s+', ' ') or ''))
  vim.wait(3000, function() return #vim.lsp.inlay_hint.get({ bufnr = buf }) > 0 end, 100)
  check(vim.lsp.inlay_hint.is_enabled({ bufnr = buf }) and #vim.lsp.inlay_hint.get({ bufnr = buf }) > 0,
    'inlay hints shown in the buffer (the snippet enables them)', #vim.lsp.inlay_hint.get({ bufnr = buf }) .. ' shown')

  local name = find(buf, 'okr RenewalsNoBrainer')
  name.character = name.character + #'okr '
  local highlighted = vim.wait(5000, function()
    return #(vim.lsp.semantic_tokens.get_at_pos(buf, name.line, name.character) or {}) > 0
  end, 100)
  local token = (vim.lsp.semantic_tokens.get_at_pos(buf, name.line, name.character) or {})[1]
  check(highlighted, 'semantic highlighting (a token at an OKR\'s name)', token and token.type)

  local finding = vim.diagnostic.get(buf)[1]
  local lsp_finding = finding and finding.user_data and finding.user_data.lsp
  local actions = lsp_finding and request(buf, 'textDocument/codeAction', { textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = lsp_finding.range, context = { diagnostics = { lsp_finding } } }) or {}
  check(#actions > 0, 'quick fixes for a finding', (lsp_finding and lsp_finding.code or 'no finding') .. ': ' .. table.concat(vim.tbl_map(function(action) return action.title end, actions), ' | '):sub(1, 120))

  local lenses = request(buf, 'textDocument/codeLens', { textDocument = { uri = vim.uri_from_bufnr(buf) } }) or {}
  local commands = {}
  for _, lens in ipairs(lenses) do if lens.command then commands[lens.command.command] = true end end
  say('     code lenses: ' .. #lenses .. ', commands: ' .. table.concat(vim.tbl_keys(commands), ' '))

  local symbols = request(buf, 'textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(buf) } }) or {}
  check(#symbols > 0, 'document symbols', #symbols .. ' top-level, first: ' .. (symbols[1] and (symbols[1].name .. ' / ' .. tostring(symbols[1].detail)) or ''))

  -- Formatting: a line pushed out of place comes back, and nothing else changes.
  local original = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local cycle = find(buf, 'cycle 2026-Q3').line
  vim.api.nvim_buf_set_lines(buf, cycle, cycle + 1, false, { '  cycle    2026-Q3' })
  vim.wait(500)
  vim.lsp.buf.format({ bufnr = buf, name = 'strat', async = false, timeout_ms = 15000 })
  local formatted = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  check(vim.deep_equal(formatted, original), 'formatting restores a misplaced line and changes nothing else',
    formatted[cycle + 1])
  local commentstring = vim.bo[buf].commentstring
  check(commentstring == '// %s', 'commentstring', commentstring)
end

-- A data file changed on disk: the KPI reading it changes status, which drops a finding.
local function external_change(buf, csv, must_arrive)
  local root = vim.env.SMOKE_BASE
  local before = table.concat(diagnostic_lines(buf, root), '\n')
  local text = table.concat(vim.fn.readfile(csv), '\n')
  local changed = text:gsub('2026%-08,1%.3%%,41,99%.99%%', '2026-08,1.3%%,41,98.00%%')
  vim.fn.writefile(vim.split(changed, '\n'), csv)
  local gone = vim.wait(must_arrive and 15000 or 5000, function()
    return not table.concat(diagnostic_lines(buf, root), '\n'):find('okr-on-green-kpi', 1, true)
  end, 200)
  local what = 'a data file changed on disk reaches the server (okr-on-green-kpi goes once SaasUptime turns red)'
  if must_arrive then
    check(before:find('okr-on-green-kpi', 1, true) ~= nil and gone, what)
  elseif not before:find('okr-on-green-kpi', 1, true) then
    say('     ' .. what .. ': not tried (no okr-on-green-kpi here)')
  else
    say(string.format('     %s: %s (not required without file watching)', what, gone and 'yes' or 'no'))
  end
end

function Smoke.run()
  local buf = vim.api.nvim_get_current_buf()
  local out = assert(os.getenv('SMOKE_OUT'), 'SMOKE_OUT')
  local ok, err = pcall(function()
    local attached = vim.wait(20000, function()
      local client = client_of(buf)
      return client ~= nil and client.initialized == true
    end, 50)
    check(attached, 'the server starts and attaches to ' .. vim.fs.basename(vim.api.nvim_buf_get_name(buf)))
    if not attached then return end
    settle(buf)
    features(buf)
    -- Diagnostics of each file, written for the shell script to compare with `strat check`.
    local diagnostics = {}
    for file in (os.getenv('SMOKE_FILES') or ''):gmatch('[^\n]+') do
      vim.cmd.edit(vim.fn.fnameescape(file))
      local other = vim.api.nvim_get_current_buf()
      vim.wait(20000, function() return client_of(other) ~= nil end, 50)
      check(settle(other), 'diagnostics published for ' .. vim.fs.basename(file))
      vim.list_extend(diagnostics, diagnostic_lines(other, vim.env.SMOKE_BASE))
    end
    vim.fn.writefile(diagnostics, out .. '.diagnostics')
    local csv = os.getenv('SMOKE_CSV')
    if csv and csv ~= '' then
      vim.cmd.buffer(buf)
      external_change(buf, csv, (os.getenv('SMOKE_WATCH') or '') ~= '')
    end
    say('     registered dynamically: ' .. table.concat(Smoke.registered, ' '))
    -- Which file watcher Neovim picked (private names: only reported).
    local found, watchfiles = pcall(require, 'vim.lsp._watchfiles')
    for name, watch in pairs(found and vim._watch or {}) do
      if watch == watchfiles._watchfunc then say('     file watcher: ' .. name) end
    end
  end)
  if not ok then check(false, 'smoke script error', tostring(err)) end
  local messages = vim.api.nvim_exec2('messages', { output = true }).output
  if messages ~= '' then say('     :messages: ' .. messages:gsub('\n', ' | ')) end
  vim.fn.writefile(lines, out)
  vim.cmd('qall!')
end
