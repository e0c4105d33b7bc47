// npm test: typecheck, lint, unit tests (Vitest) and end-to-end tests
// (Playwright on the browser host), then one summary line of passed and failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSystemDeps } from './system-deps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
mkdirSync(path.join(root, 'test-results'), { recursive: true });

// Chromium, fonts, xvfb, poppler-utils and LibreOffice Writer: installed when missing, or the line to run is printed.
const depsStatus = ensureSystemDeps('test');
if (depsStatus !== 0) process.exit(depsStatus);

function run(label, cmd, args) {
  console.log(`\n=== ${label} ===`);
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  return res.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** The one-line reasons of skipped end-to-end tests, so a skip is never silent. */
function skipReasons(report) {
  const reasons = new Set();
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        for (const a of t.annotations ?? []) if (a.type === 'skip' && a.description) reasons.add(`${spec.title}: ${a.description}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return [...reasons];
}

const tally = { passed: 0, failed: 0, skipped: 0 };
const steps = [];

for (const [label, cmd, args] of [
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
]) {
  const ok = run(label, cmd, args);
  tally[ok ? 'passed' : 'failed']++;
  steps.push(`${label}: ${ok ? 'ok' : 'FAILED'}`);
}

const unitJson = path.join(root, 'test-results/unit.json');
rmSync(unitJson, { force: true });
const unitOk = run('unit (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${unitJson}`]);
const unit = readJson(unitJson);
if (unit) {
  tally.passed += unit.numPassedTests;
  tally.failed += unit.numFailedTests;
  tally.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
  steps.push(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
}
if (!unitOk && (!unit || unit.numFailedTests === 0)) {
  tally.failed++;
  steps.push('unit: the runner failed');
}

const e2eJson = path.join(root, 'test-results/e2e.json');
rmSync(e2eJson, { force: true });
const e2eOk = run('end to end (playwright, browser host)', bin('playwright'), ['test']);
const e2e = existsSync(e2eJson) ? readJson(e2eJson) : null;
if (e2e?.stats) {
  const s = e2e.stats;
  tally.passed += s.expected;
  tally.failed += s.unexpected + s.flaky;
  tally.skipped += s.skipped;
  steps.push(`e2e: ${s.expected} passed, ${s.unexpected + s.flaky} failed, ${s.skipped} skipped`);
  for (const reason of skipReasons(e2e)) steps.push(`  skipped: ${reason}`);
}
if (!e2eOk && (!e2e?.stats || e2e.stats.unexpected + e2e.stats.flaky === 0)) {
  tally.failed++;
  steps.push('e2e: the runner failed');
}

console.log(`\n${steps.join('\n')}`);
console.log(`${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(tally.failed ? 1 : 0);
