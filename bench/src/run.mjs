// `pnpm bench`: every comparison side by side in this one run, interleaved, medians with
// their spread. Prints a table, writes bench/results.json and refreshes the README's table.
// `--quick` runs fewer rounds (a smoke run); `--only overhead,bundle,walk,build,mock` picks;
// `--render` measures nothing and renders bench/results.json again (after a report change).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { measureBundleSizes } from './bundle-size.mjs';
import { measureMock } from './mock.mjs';
import { measureOverhead } from './overhead.mjs';
import { measureBuild } from './pipeline.mjs';
import { readmeBenchBlock } from './readme-table.mjs';
import { renderTable } from './report.mjs';
import { measureWalk } from './walk.mjs';
import { measureLatencyWalk } from './walk-latency.mjs';

const { values } = parseArgs({
  options: { quick: { type: 'boolean' }, only: { type: 'string' }, render: { type: 'boolean' } },
});
const all = ['overhead', 'bundle', 'walk', 'latency', 'build', 'mock'];
const picked = values.only ? values.only.split(',') : all;
for (const name of picked)
  if (!all.includes(name)) throw new Error(`--only: unknown benchmark "${name}" (${all.join(', ')})`);
const resultsFile = new URL('../results.json', import.meta.url);
// Only a full run of every benchmark replaces the committed results (and the README's table);
// a quick or partial run goes to results.tmp.json, which git ignores.
const fullRun = !values.quick && picked.length === all.length;
const outputFile = fullRun ? resultsFile : new URL('../results.tmp.json', import.meta.url);

const results = values.render ? JSON.parse(readFileSync(resultsFile, 'utf8')) : await measure();
const table = renderTable(results);
console.log(`\n${results.machine}, Node ${results.node}, ${results.date}\n\n${table}`);
if (!values.render) writeFileSync(outputFile, `${JSON.stringify(results, null, 2)}\n`);
// Only a full run of every benchmark goes into the README.
if (!results.quick && picked.length === all.length) updateReadme(results);

async function measure() {
  const quick = Boolean(values.quick);
  const measured = {
    date: new Date().toISOString(),
    node: process.version,
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${process.platform}-${process.arch}`,
    quick,
  };
  const step = async (name, run) => {
    if (!picked.includes(name)) return;
    process.stderr.write(`bench: ${name}…\n`);
    return run();
  };
  measured.overhead = await step('overhead', () => measureOverhead(quick ? { rounds: 3, requests: 300 } : {}));
  measured.bundle = await step('bundle', () => measureBundleSizes());
  measured.walk = await step('walk', () => measureWalk(quick ? { rounds: 1, total: 100_000 } : {}));
  measured.latencyWalk = await step('latency', () => measureLatencyWalk(quick ? { rounds: 1 } : {}));
  measured.build = await step('build', () => measureBuild());
  measured.mock = await step('mock', () => measureMock(quick ? { rounds: 2, requests: 300 } : {}));
  return measured;
}

function updateReadme(results) {
  const readme = new URL('../../README.md', import.meta.url);
  const text = readFileSync(readme, 'utf8');
  const block = readmeBenchBlock(results);
  writeFileSync(
    readme,
    text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, () => block),
  );
  // Biome owns the README's table layout; let it pad the new table as `biome ci` expects.
  execFileSync('pnpm', ['exec', 'biome', 'format', '--write', 'README.md'], {
    cwd: new URL('../..', import.meta.url),
    stdio: 'ignore',
  });
}
