import type { Io } from './io.js';
import { neutralize, neutralizeLines } from './terminal-text.js';

/**
 * Everything the CLI writes. Results go to stdout (tables for people, or JSON only);
 * notices, progress and errors go to stderr so `--json` output stays parseable. Text for
 * people is neutralised (terminal-text.ts): it may hold what the service sent. JSON is exact.
 */

export function printResult(io: Io, text: string): void {
  const safe = neutralizeLines(text);
  io.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}

/**
 * One line for people, whatever `text` holds: a line break from the service (in an id, a
 * detail) is shown as an escape, so no answer can print a line of its own ("Deleted group …").
 */
export function printLine(io: Io, text: string): void {
  io.stdout.write(`${neutralize(text)}\n`);
}

export function printJson(io: Io, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** One value per line: NDJSON, for streams of groups. */
export function printJsonLine(io: Io, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value)}\n`);
}

/** One line on stderr: errors and notices quote the service (a detail, an id), so line breaks are escaped too. */
export function printNotice(io: Io, text: string): void {
  io.stderr.write(`ucgroups: ${neutralize(text)}\n`);
}

export interface Progress {
  update(fetched: number, total: number): void;
  done(): void;
}

/** Progress on one rewritten stderr line, shown only on a terminal. */
export function createProgress(io: Io, noun: string): Progress {
  if (!io.stderrIsTTY) return { update() {}, done() {} };
  let shown = false;
  return {
    update(fetched, total) {
      shown = true;
      io.stderr.write(`\r\x1b[2K${fetched} / ${total} ${noun} fetched`);
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[2K');
    },
  };
}
