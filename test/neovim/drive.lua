-- Drives IR Lens's language server from Neovim's built-in LSP client (Neovim 0.7+), headless.
-- Usage: nvim --headless -u NONE -i NONE --cmd "lua IR_LENS_SERVER=...; IR_LENS_PAPER=...; IR_LENS_OUT=..." -c "luafile drive.lua"
-- Writes what the client received as JSON to IR_LENS_OUT, then quits (exit code 0, or 1 on an error).
local results = {}
local function finish(code)
  local file = io.open(IR_LENS_OUT, 'w')
  file:write(vim.fn.json_encode(results))
  file:close()
  vim.cmd((code == 0) and 'qall!' or 'cquit!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(IR_LENS_PAPER))
  vim.bo.filetype = 'markdown'
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'ir-lens',
    cmd = { 'node', IR_LENS_SERVER, 'lsp', '--stdio' },
    root_dir = vim.fn.fnamemodify(IR_LENS_PAPER, ':h'),
  })
  assert(client_id, 'the client did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)
  assert(vim.wait(20000, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized
  end, 50), 'the server did not initialise')

  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local function position_of(needle)
    for i, line in ipairs(lines) do
      local col = line:find(needle, 1, true)
      if col then return { line = i - 1, character = col } end
    end
    error(needle .. ' not in the paper')
  end
  local uri = vim.uri_from_bufnr(bufnr)
  local function request(method, params)
    local responses = vim.lsp.buf_request_sync(bufnr, method, params, 20000)
    assert(responses, method .. ' timed out')
    for _, response in pairs(responses) do
      if response.result then return response.result end
      if response.err then error(method .. ': ' .. vim.inspect(response.err)) end
    end
    return vim.NIL
  end

  local hover = request('textDocument/hover', { textDocument = { uri = uri }, position = position_of('SCO') })
  results.hover = hover.contents.value
  local definition = request('textDocument/definition', { textDocument = { uri = uri }, position = position_of('Good-Neighbourliness') })
  results.definition = definition
  local symbols = request('textDocument/documentSymbol', { textDocument = { uri = uri } })
  results.symbols = symbols
  assert(vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50), 'no diagnostics arrived')
  results.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(results.diagnostics, { message = d.message, code = d.code, lnum = d.lnum, source = d.source })
  end
end)
if not ok then results.error = tostring(err) end
vim.lsp.stop_client(vim.lsp.get_active_clients())
finish(ok and 0 or 1)
