import { startLanguageServer } from '../lsp';
import { bundledKbPath } from './bundledKnowledge';
import { runCli } from './runCli';

const args = process.argv.slice(2);
if (args[0] === 'lsp') {
  // `ir-lens lsp --stdio`: the language server runs until its client shuts it down.
  startLanguageServer({ kbPath: bundledKbPath() });
} else {
  process.exitCode = runCli(args, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
