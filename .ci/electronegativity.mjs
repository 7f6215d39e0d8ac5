// Runs Electronegativity over electron/ with no network and fails on any HIGH or MEDIUM finding
// that is not in the reviewed list (.ci/electronegativity-accepted.json), or on a listed entry
// that no longer matches anything (a stale excuse hides the next real finding).
// The Electron version comes from package.json (-e), so the tool needs no release list: its
// fetch of one fails offline, it says so, and goes on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const electronVersion = String(pkg.devDependencies.electron).replace(/^[^\d]*/, '');
const accepted = JSON.parse(
  readFileSync(join(root, '.ci/electronegativity-accepted.json'), 'utf8'),
).accepted;

// Rows: issue,"severity","confidence","filename","line:col",sample,"description",url
const ROW = /^([A-Z_]+),"(\w+)","(\w+)","([^"]*)","(\d+:\d+)",(.*),"([^"]*)",(\S+)$/;

/**
 * One scan: its findings, or the first row it could not read. The tool writes the CSV header and
 * the rows as two writes it does not wait for, the header truncating the file; now and then the
 * header lands over the start of the first row (seen once in about ten runs on CI's machine).
 */
function scan() {
  const outDir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  const report = join(outDir, 'report.csv');
  const bin = join(root, 'node_modules/.bin/electronegativity');
  try {
    const run = spawnSync(
      bin,
      ['-i', join(root, 'electron'), '-e', electronVersion, '-r', '-o', report],
      // Its one network call has no timeout of its own; on a network that drops packets it would
      // hang.
      { cwd: outDir, encoding: 'utf8', timeout: 180_000 },
    );
    if (run.error || run.status !== 0) {
      console.error(`Electronegativity did not run: ${run.error?.message ?? run.stderr}`);
      process.exit(1);
    }
    const lines = readFileSync(report, 'utf8').split('\n').slice(1).filter(Boolean);
    const findings = [];
    for (const line of lines) {
      const match = ROW.exec(line);
      if (!match) return { unreadable: line };
      const [, check, severity, , file, location, rawSample] = match;
      findings.push({ check, severity, file, location, sample: rawSample.replace(/^"|"$/g, '') });
    }
    return { findings };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

// A report garbled by that race is scanned again; a row still unreadable after three is a real
// change in the tool's format.
let result = scan();
for (let attempt = 2; attempt <= 3 && result.unreadable !== undefined; attempt += 1) {
  console.log(`Electronegativity's report was garbled (attempt ${attempt - 1}); scanning again.`);
  result = scan();
}
if (result.unreadable !== undefined) {
  throw new Error(`Unreadable Electronegativity row: ${result.unreadable}`);
}
const { findings } = result;

const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
const explains = (entry, f) =>
  entry.check === f.check && entry.file === f.file && f.sample.includes(entry.sample);
const unexplained = serious.filter((f) => !accepted.some((entry) => explains(entry, f)));
const stale = accepted.filter((entry) => !serious.some((f) => explains(entry, f)));

console.log(
  `Electronegativity (Electron ${electronVersion}): ${findings.length} findings, ` +
    `${serious.length} HIGH/MEDIUM, ${serious.length - unexplained.length} accepted with a reason.`,
);
for (const f of unexplained) {
  console.error(
    `UNEXPLAINED ${f.severity} ${f.check} electron/${f.file}:${f.location} ${f.sample}`,
  );
}
for (const entry of stale) {
  console.error(`STALE accepted entry (matches nothing now): ${entry.check} ${entry.file}`);
}
if (unexplained.length || stale.length) {
  console.error(
    'Fix the finding, or add it to .ci/electronegativity-accepted.json with the reason.',
  );
  process.exit(1);
}
