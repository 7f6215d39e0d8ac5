// The attachment store on a real SQLite file: a file is checked from its bytes, kept in memory
// until its turn is recorded, stored once however many prompts carry it, sent back in the
// thread of later turns, survives an edited prompt that keeps it, and is gone with the last
// conversation that held it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { openTestStore, pane } from './history-test-kit';
import { attach, PDF, PNG, sendWith as sendWithStore, storedRows } from './attachment-fixtures';
import type { HistoryStore } from '../../../electron/main/history/history-store';

let dir: TempDir;
let store: HistoryStore;
let file: string;

beforeEach(async () => {
  dir = await createTempDir('attachment-store-');
  file = dir.file('history.sqlite');
  store = openTestStore(file);
});
afterEach(async () => {
  store.close();
  await dir.remove();
});

const add = (name: string, bytes: Buffer, mediaType = '') =>
  mediaType === ''
    ? attach(store, name, bytes)
    : store.attachments.add({ name, mediaType, data: bytes.toString('base64') });
const storedFiles = (): number => storedRows(file).files;
const sendWith = (prompt: string, refs: ReturnType<typeof add>[], conversationId?: string) =>
  sendWithStore(store, prompt, refs, conversationId);

describe('attachments in history', () => {
  it('knows a file by its bytes, not by what the renderer says it is', () => {
    const png = add('screenshot.txt', PNG, 'text/plain');
    expect(png).toMatchObject({ mediaType: 'image/png', size: PNG.length, name: 'screenshot.txt' });
    expect(png.id).toMatch(/^[0-9a-f]{64}$/);
    expect(add('report.pdf', PDF).mediaType).toBe('application/pdf');
    expect(add('notes.md', Buffer.from('# Notes\n')).mediaType).toBe('text/markdown');
    expect(add('table.csv', Buffer.from('a,b\n1,2\n'), 'text/csv').mediaType).toBe('text/csv');
    expect(() => add('program.exe', Buffer.from([0x4d, 0x5a, 0x90, 0x00]))).toThrow(
      /not a file type the app can send/,
    );
    expect(() => add('broken.txt', Buffer.from([0xff, 0xfe, 0x00, 0x41]))).toThrow(
      /not plain text/,
    );
  });

  it('writes nothing until the turn is sent, then stores each file once', () => {
    const png = add('a.png', PNG);
    const again = add('same picture.png', PNG);
    expect(again.id).toBe(png.id);
    expect(storedFiles()).toBe(0);
    // Readable before sending (the composer's thumbnail).
    expect(store.attachments.read(png.id).data).toBe(PNG.toString('base64'));

    const first = sendWith('Look', [png]);
    sendWith('Look again', [again], first.conversationId);
    expect(storedFiles()).toBe(1);

    const detail = store.getConversation({ conversationId: first.conversationId, limit: 50 });
    expect(detail.turns.map((turn) => turn.attachments.map((ref) => ref.name))).toEqual([
      ['a.png'],
      ['same picture.png'],
    ]);
    expect(Buffer.from(store.attachments.read(png.id).data, 'base64').equals(PNG)).toBe(true);
  });

  it('sends earlier prompts’ files back in the pane’s thread, in order', () => {
    const png = add('chart.png', PNG);
    const pdf = add('report.pdf', PDF);
    const first = sendWith('Compare these', [png, pdf]);
    const next = store.beginTurn({
      conversationId: first.conversationId,
      prompt: 'And now?',
      panes: [pane('p1')],
    });
    const thread = store.paneThread(first.conversationId, 'p1', next.turnId);
    expect(thread[0]?.attachments?.map((f) => [f.name, f.mediaType, f.bytes.length])).toEqual([
      ['chart.png', 'image/png', PNG.length],
      ['report.pdf', 'application/pdf', PDF.length],
    ]);
    expect(Buffer.from(thread[0]?.attachments?.[1]?.bytes ?? []).equals(PDF)).toBe(true);
  });

  it('keeps a file through an edited prompt that still carries it', () => {
    const png = add('a.png', PNG);
    const first = sendWith('Look', [png]);
    const replaced = store.beginTurn({
      conversationId: first.conversationId,
      prompt: 'Look closely',
      attachments: store.attachments.resolve([png]),
      panes: [pane('p1')],
      replaceTurnId: first.turnId,
    });
    const detail = store.getConversation({ conversationId: first.conversationId, limit: 50 });
    expect(detail.turns.map((turn) => turn.id)).toEqual([replaced.turnId]);
    expect(detail.turns[0]?.attachments.map((ref) => ref.id)).toEqual([png.id]);
    expect(storedFiles()).toBe(1);
  });

  it('deletes a file with the last conversation that holds it', () => {
    const png = add('a.png', PNG);
    const one = sendWith('First', [png]);
    const two = sendWith('Second', [add('a copy.png', PNG)]);
    store.deleteConversation(one.conversationId);
    expect(storedFiles()).toBe(1);
    store.deleteConversation(two.conversationId);
    expect(storedFiles()).toBe(0);
    expect(() => store.attachments.read(png.id)).toThrow(/no longer stored/);
    expect(() => store.attachments.resolve([png])).toThrow(/Attach it again/);
  });
});
