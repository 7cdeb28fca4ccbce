-- Neovim's built-in LSP client (0.7) attaches `milvus-mq lsp --stdio` to the file in
-- MILVUS_MQ_FILE, waits for the diagnostics, applies the preferred quick fix of the finding whose
-- code is MILVUS_MQ_CODE, writes the file and quits. What happened goes to MILVUS_MQ_REPORT (one
-- line each: "codes ...", "applied TITLE"), and any failure ends Neovim with exit status 1.
local root = os.getenv('MILVUS_MQ_ROOT')
local file = os.getenv('MILVUS_MQ_FILE')
local code = os.getenv('MILVUS_MQ_CODE')
local report = assert(io.open(os.getenv('MILVUS_MQ_REPORT'), 'w'))

local function fail(message)
  report:write('failed ' .. message .. '\n')
  report:close()
  vim.cmd('cquit 1')
end

-- A Lua error would leave a headless Neovim waiting: every step runs under pcall.
local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'milvus-mq',
    cmd = { 'node', root .. '/bin/milvus-mq.mjs', 'lsp', '--stdio' },
    root_dir = root,
  })
  if not client_id then fail('the server did not start') end
  vim.lsp.buf_attach_client(bufnr, client_id)

  if not vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50) then
    fail('no diagnostics within 60 s')
  end
  local target
  local codes = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(codes, lsp.code or d.code)
    if (lsp.code or d.code) == code then
      -- Neovim keeps the position in its own fields (0-based, as LSP's).
      target = {
        range = {
          start = { line = d.lnum, character = d.col },
          ['end'] = { line = d.end_lnum, character = d.end_col },
        },
        message = d.message,
        code = lsp.code or d.code,
        severity = d.severity,
      }
    end
  end
  report:write('codes ' .. table.concat(codes, ' ') .. '\n')
  if not target then fail('no ' .. code .. ' finding') end

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = target.range,
    context = { diagnostics = { target } },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 30000) or {}
  local chosen
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      if action.isPreferred and action.kind == 'quickfix' and not chosen then chosen = action end
    end
  end
  if not chosen then fail('no preferred quick fix in ' .. vim.inspect(responses)) end
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  report:write('applied ' .. chosen.title .. '\n')
  vim.cmd('write')
  report:close()
  vim.lsp.stop_client(client_id)
  vim.cmd('qall!')
end)
if not ok then fail('error ' .. tostring(err)) end
