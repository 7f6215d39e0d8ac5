import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INTERRUPTED_MESSAGE } from '../../../electron/main/history/open-history-database';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { openTestStore } from './history-test-kit';

const writer = fileURLToPath(new URL('./fixtures/crash-writer.ts', import.meta.url));

let dir: TempDir;
beforeEach(async () => {
  dir = await createTempDir('history-crash-');
});
afterEach(async () => {
  await dir.remove();
});

interface WriterReport {
  ids: { conversationId: string; a: string; b: string };
  committed: number;
}

/** Runs the writer until it has streamed for a while (past several timer flushes), then SIGKILLs it. */
function runAndKill(file: string): Promise<WriterReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    let ids: WriterReport['ids'] | undefined;
    let committed = 0;
    let firstCommitAt: number | undefined;
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (!ids) {
        ids = JSON.parse(line) as WriterReport['ids'];
        return;
      }
      committed = Number(line.replace('committed ', ''));
      firstCommitAt ??= Date.now();
      // Long enough for the 250 ms timer to have written pane b several times.
      if (Date.now() - firstCommitAt > 1000 && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL' || !ids) {
        reject(new Error(`writer ended without being killed: ${signal ?? 'exit'} ${stderr}`));
        return;
      }
      resolve({ ids, committed });
    });
  });
}

const expectedStream = (length: number): string => {
  let text = '';
  for (let i = 0; text.length < length; i += 1) text += `chunk-${i} `;
  return text;
};

describe('a crash while an answer streams', () => {
  it('leaves a healthy file with the partial answers kept and marked stopped', async () => {
    const file = dir.file('history.sqlite');
    const { ids, committed } = await runAndKill(file);
    expect(committed).toBeGreaterThan(0);

    const check = new Database(file);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();

    const store = openTestStore(file);
    const detail = store.getConversation({ conversationId: ids.conversationId, limit: 10 });
    const a = detail.messages.find((m) => m.id === ids.a);
    const b = detail.messages.find((m) => m.id === ids.b);
    // Everything the writer reported as committed survived, in order, and is marked stopped.
    expect(a?.content.length).toBeGreaterThanOrEqual(committed);
    expect(expectedStream(a?.content.length ?? 0).startsWith(a?.content ?? '-')).toBe(true);
    expect(a).toMatchObject({ status: 'stopped', errorMessage: INTERRUPTED_MESSAGE });
    expect(b?.status).toBe('stopped');
    expect(b?.content.length).toBeGreaterThan(0);
    expect(expectedStream(b?.content.length ?? 0).startsWith(b?.content ?? '-')).toBe(true);
    expect(store.search({ query: 'chunk', limit: 5, offset: 0 }).items.length).toBeGreaterThan(0);
    store.close();
  });
});
