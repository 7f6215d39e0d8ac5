import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { bedrockPane, openTestStore, pane, recordTurn } from './history-test-kit';

const run = promisify(execFile);
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

let dir: TempDir;
beforeEach(async () => {
  dir = await createTempDir('history-offline-');
});
afterEach(async () => {
  await dir.remove();
});

describe('history with every outbound connection refused', () => {
  it('lists, opens, searches, exports and renames without touching the network', async () => {
    const file = dir.file('history.sqlite');
    const store = openTestStore(file);
    recordTurn(store, 'Plans for the flight', [pane('a'), bedrockPane('b')], (p) =>
      p === 'a' ? 'Download maps to read offline.' : 'Charge everything first.',
    );
    store.close();

    const { stdout } = await run(process.execPath, [
      '--import',
      fixture('deny-network.mjs'),
      '--import',
      'tsx',
      fixture('offline-browse.ts'),
      file,
    ]);
    const report = JSON.parse(stdout) as {
      probeRefused: boolean;
      probeAttempts: number;
      attemptsByHistory: number;
      titles: string[];
      messages: string[];
      hits: string[];
      exportedBytes: number;
    };
    expect(report.probeRefused).toBe(true);
    expect(report.probeAttempts).toBeGreaterThan(0);
    expect(report.attemptsByHistory).toBe(0);
    expect(report.titles).toEqual(['Plans for the flight']);
    expect(report.messages).toEqual(['Download maps to read offline.', 'Charge everything first.']);
    expect(report.hits).toEqual(['Download maps to read \u0002offline\u0003.']);
    expect(report.exportedBytes).toBeGreaterThan(100);

    const after = openTestStore(file);
    expect(after.listConversations({ limit: 5, includeArchived: false }).items[0]?.title).toBe(
      'Renamed offline',
    );
    after.close();
  });
});
