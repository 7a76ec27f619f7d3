// Lints the given files with the repo's eslint.config.mjs through ESLint's Node API and prints
// the messages as JSON. Run as its own process because ESLint loads its config with a dynamic
// import(), which Jest's module sandbox does not allow.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.mjs') });
const results = await eslint.lintFiles(process.argv.slice(2));
const messages = results.flatMap((result) =>
  result.messages.map(({ ruleId, severity, message, line }) => ({
    file: path.relative(root, result.filePath),
    ruleId,
    severity,
    message,
    line,
  })),
);
process.stdout.write(JSON.stringify(messages));
