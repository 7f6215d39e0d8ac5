// How long a stored file lives, on a real SQLite file: a branch's prompts keep their files
// (the same stored bytes, not a copy), and a file goes with the last conversation that holds
// it, whether that is a branch, an imported conversation or one recorded here.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryStore } from '../../../electron/main/history/history-store';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { attach, bytesOf, PDF, PNG, sendWith, storedRows } from './attachment-fixtures';
import { openTestStore } from './history-test-kit';

let dir: TempDir;
let store: HistoryStore;

beforeEach(async () => {
  dir = await createTempDir('attachment-lifetime-');
  store = openTestStore(dir.file('history.sqlite'));
});
afterEach(async () => {
  store.close();
  await dir.remove();
});

const rows = () => storedRows(dir.file('history.sqlite'));
const turnsOf = (conversationId: string) =>
  store.getConversation({ conversationId, limit: 50 }).turns;

describe('a branch', () => {
  it('keeps the files of the turns it copies, in order, sharing the stored bytes', () => {
    const png = attach(store, 'chart.png', PNG);
    const pdf = attach(store, 'report.pdf', PDF);
    const first = sendWith(store, 'Read these', [png, pdf]);
    const second = sendWith(store, 'Now only the chart', [png], first.conversationId);
    sendWith(store, 'A later turn the branch leaves out', [pdf], first.conversationId);

    const branchId = store.decisions.branch({
      conversationId: first.conversationId,
      turnId: second.turnId,
    });
    const original = turnsOf(first.conversationId);
    const branch = turnsOf(branchId);
    expect(branch.map((turn) => turn.attachments)).toEqual(
      original.slice(0, 2).map((turn) => turn.attachments),
    );
    expect(branch[0]?.attachments.map((ref) => ref.name)).toEqual(['chart.png', 'report.pdf']);
    // Stored once each, held seven times: four in the original's prompts, three in the branch's.
    expect(rows()).toEqual({ files: 2, links: 7 });

    // The original goes; the branch still has, and still sends, its files.
    store.deleteConversation(first.conversationId);
    expect(rows()).toEqual({ files: 2, links: 3 });
    expect(bytesOf(store, png.id).equals(PNG)).toBe(true);
    expect(bytesOf(store, pdf.id).equals(PDF)).toBe(true);
    store.deleteConversation(branchId);
    expect(rows()).toEqual({ files: 0, links: 0 });
  });
});

describe('deleting a conversation', () => {
  it('releases its files unless another conversation holds them', () => {
    const png = attach(store, 'chart.png', PNG);
    const pdf = attach(store, 'report.pdf', PDF);
    const one = sendWith(store, 'Both files', [png, pdf]);
    const two = sendWith(store, 'The chart again, elsewhere', [attach(store, 'same.png', PNG)]);
    expect(rows()).toEqual({ files: 2, links: 3 });

    store.deleteConversation(one.conversationId);
    // The PDF was only the first conversation's; the picture is the second's too.
    expect(rows()).toEqual({ files: 1, links: 1 });
    expect(() => store.attachments.read(pdf.id)).toThrow(/no longer stored/);
    expect(bytesOf(store, png.id).equals(PNG)).toBe(true);

    store.deleteConversation(two.conversationId);
    expect(rows()).toEqual({ files: 0, links: 0 });
  });

  it('treats an imported conversation’s files like any others', async () => {
    const other = openTestStore(dir.file('other.sqlite'));
    try {
      const shared = attach(other, 'shared.png', PNG);
      sendWith(other, 'From another machine', [shared, attach(other, 'only-there.pdf', PDF)]);
      const local = sendWith(store, 'Here already', [attach(store, 'mine.png', PNG)]);
      store.importHistory(other.exportHistory({ format: 'json' }).content);
      expect(rows()).toEqual({ files: 2, links: 3 });

      const [imported] = store
        .listConversations({ limit: 10, includeArchived: true })
        .items.filter((c) => c.id !== local.conversationId);
      store.deleteConversation(imported?.id ?? '');
      expect(rows()).toEqual({ files: 1, links: 1 });
      expect(bytesOf(store, shared.id).equals(PNG)).toBe(true);
    } finally {
      other.close();
    }
  });
});
