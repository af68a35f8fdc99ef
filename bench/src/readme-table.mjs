// The README's benchmark block, rendered from results: written by `pnpm bench` and checked
// against bench/results.json by scripts/check-generated.mjs, so the two cannot drift apart.
import { renderTable } from './report.mjs';

/** The whole `<!-- bench:start -->…<!-- bench:end -->` block for these results. */
export function readmeBenchBlock(results) {
  return `<!-- bench:start -->\n${results.machine}, Node ${results.node}, ${results.date.slice(0, 10)}:\n\n${renderTable(results)}\n<!-- bench:end -->`;
}
