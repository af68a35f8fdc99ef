// Fails CI when a committed generated artifact (the bundled spec, the generated client
// types) differs from what the build just produced from the spec: someone changed the
// spec without rebuilding, or edited a generated file by hand.
import { execFileSync } from 'node:child_process';

const generated = ['spec/dist', 'packages/client/src/generated'];
const status = execFileSync('git', ['status', '--porcelain', '--', ...generated], { encoding: 'utf8' }).trim();

if (!status) {
  console.log('generated artifacts: up to date with the spec');
} else if (process.env.CI) {
  console.error(`generated artifacts are stale; run \`pnpm build\` and commit them:\n${status}`);
  process.exit(1);
} else {
  console.warn(`generated artifacts changed by this build (commit them):\n${status}`);
}
