// Summaries for repeated measurements: the median, and the spread as min..max.

/** @param {number[]} values */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** Runs `rounds` rounds of every contender, in a rotated order each round. */
export async function interleave(contenders, rounds, measure) {
  const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  const names = Object.keys(contenders);
  for (let round = 0; round < rounds; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const name of order) samples[name].push(await measure(contenders[name]));
  }
  return samples;
}

/** Round-by-round ratios of two contenders' samples, summarised. */
export function ratio(samples, top, bottom) {
  return summarize(samples[top].map((value, i) => value / samples[bottom][i]));
}

export const summarizeAll = (samples) =>
  Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, summarize(values)]));
