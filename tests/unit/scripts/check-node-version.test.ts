// `npm start` stops in words on a Node.js too old for the Electron tooling, and lets newer ones on.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const script = resolve(import.meta.dirname, '../../../scripts/check-node-version.mjs');

function checkAs(version: string) {
  return spawnSync(process.execPath, [script], {
    env: { ...process.env, CHECK_NODE_VERSION_AS: version },
    encoding: 'utf8',
  });
}

it('stops on Node 20 and 22.11 and says what is needed', () => {
  for (const version of ['20.20.2', '22.11.0']) {
    const run = checkAs(version);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('needs Node.js 22.12.0 or newer');
    expect(run.stderr).toContain(`this is Node.js ${version}`);
  }
});

it('lets 22.12 and later through silently', () => {
  for (const version of ['22.12.0', '22.20.1', '24.1.0']) {
    const run = checkAs(version);
    expect({ version, status: run.status, stderr: run.stderr }).toEqual({
      version,
      status: 0,
      stderr: '',
    });
  }
});
