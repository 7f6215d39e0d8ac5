#!/usr/bin/env node
// Makes the native modules (better-sqlite3, keytar) match the runtime about to load them.
// Node (tests) and Electron (the app) use different ABIs, so one build cannot serve both:
// `npm test` runs this with `node`, `npm start` with `electron`. It rebuilds only on a
// mismatch, records what the build targets in a marker file, and prints one line.
//
//   node scripts/native-abi.mjs <node|electron> [--dry-run]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
// Which runtime the current build targets. Overridable so tests never touch the real one.
const MARKER = process.env.NATIVE_ABI_MARKER ?? join(root, 'node_modules', '.native-abi.json');
const MODULES = [
  { name: 'better-sqlite3', binary: 'build/Release/better_sqlite3.node' },
  { name: 'keytar', binary: 'build/Release/keytar.node' },
];
const NAMES = MODULES.map((m) => m.name);

const [target, ...flags] = process.argv.slice(2);
const dryRun = flags.includes('--dry-run');
if (target !== 'node' && target !== 'electron') {
  console.error('Usage: node scripts/native-abi.mjs <node|electron> [--dry-run]');
  process.exit(2);
}

function binaryPath(module) {
  return join(dirname(require.resolve(`${module.name}/package.json`)), module.binary);
}

function readMarker() {
  try {
    return JSON.parse(readFileSync(MARKER, 'utf8'));
  } catch {
    return undefined;
  }
}

function writeMarker(marker) {
  if (!dryRun)
    writeFileSync(MARKER, `${JSON.stringify({ ...marker, at: new Date().toISOString() })}\n`);
}

/** Loads each .node file in a fresh Node; returns the first failure, or undefined. */
function loadFailureInNode() {
  const paths = MODULES.map(binaryPath);
  const missing = paths.find((p) => !existsSync(p));
  if (missing) return `${missing} is missing`;
  const script = `for (const p of ${JSON.stringify(paths)}) require(p);`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (result.status === 0) return undefined;
  const reason = (result.stderr || '').split('\n').find((line) => /Error|error:/.test(line));
  return (reason || `exit code ${result.status}`).trim();
}

function run(command, args, env = process.env) {
  const shown = [command, ...args].join(' ');
  if (dryRun) return shown;
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`native-abi: "${shown}" failed (exit code ${result.status}).`);
    process.exit(result.status || 1);
  }
  return shown;
}

function forNode() {
  const abi = process.versions.modules;
  const label = `Node ${process.versions.node} (ABI ${abi})`;
  const failure = loadFailureInNode();
  if (!failure) {
    const marker = readMarker();
    if (marker?.runtime !== 'node' || marker.abi !== abi) writeMarker({ runtime: 'node', abi });
    console.log(`native-abi: ${NAMES.join(', ')} already match ${label}; nothing to do.`);
    return;
  }
  // Build from source against the headers of the Node running now: no prebuilt download, and
  // node-gyp uses the local headers when they are installed next to node.
  const env = { ...process.env, npm_config_build_from_source: 'true' };
  const prefix = resolve(dirname(process.execPath), '..');
  if (!env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node.h'))) {
    env.npm_config_nodedir = prefix;
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const shown = run(npm, ['rebuild', ...NAMES], env);
  if (dryRun) {
    console.log(`native-abi: would run "${shown}" for ${label} (now: ${failure}).`);
    return;
  }
  const after = loadFailureInNode();
  if (after) {
    console.error(`native-abi: rebuilt for ${label} but loading still fails: ${after}`);
    process.exit(1);
  }
  writeMarker({ runtime: 'node', abi });
  console.log(`native-abi: rebuilt ${NAMES.join(', ')} for ${label} (was: ${failure}).`);
}

function electronAbi(version) {
  try {
    return String(require('node-abi').getAbi(version, 'electron'));
  } catch {
    return undefined;
  }
}

function forElectron() {
  const version = JSON.parse(
    readFileSync(require.resolve('electron/package.json'), 'utf8'),
  ).version;
  const abi = electronAbi(version);
  const label = `Electron ${version}${abi ? ` (ABI ${abi})` : ''}`;
  const marker = readMarker();
  const present = MODULES.every((m) => existsSync(binaryPath(m)));
  if (present && marker?.runtime === 'electron' && marker.version === version) {
    console.log(`native-abi: ${NAMES.join(', ')} already match ${label}; nothing to do.`);
    return;
  }
  // electron-rebuild fetches the Electron headers for this version (cached after the first time).
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const shown = run(npx, ['--no', 'electron-rebuild', '-f', '-o', NAMES.join(',')]);
  const was = marker ? `${marker.runtime} ABI ${marker.abi}` : 'unknown build';
  if (dryRun) {
    console.log(`native-abi: would run "${shown}" for ${label} (now: ${was}).`);
    return;
  }
  writeMarker({ runtime: 'electron', version, abi });
  console.log(`native-abi: rebuilt ${NAMES.join(', ')} for ${label} (was: ${was}).`);
}

if (target === 'node') forNode();
else forElectron();
