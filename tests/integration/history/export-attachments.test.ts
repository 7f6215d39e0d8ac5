// JSON export and import with files, on real SQLite files: each file once in the export, bytes
// identical after the round trip with ids, names and order; version 1 files still import; a
// missing, damaged or unsendable file is refused by name with nothing written; an export
// without content names its files but carries no bytes, and imports without them.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryExport } from '../../../electron/main/history/export-format';
import type { HistoryStore } from '../../../electron/main/history/history-store';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { attach, bytesOf, PDF, PNG, sendWith, storedRows } from './attachment-fixtures';
import { openTestStore, recordTurn, pane } from './history-test-kit';

let dir: TempDir;
let source: HistoryStore;
let target: HistoryStore;

beforeEach(async () => {
  dir = await createTempDir('export-attachments-');
  source = openTestStore(dir.file('source.sqlite'));
  target = openTestStore(dir.file('target.sqlite'));
});
afterEach(async () => {
  source.close();
  target.close();
  await dir.remove();
});

const targetRows = () => storedRows(dir.file('target.sqlite'));
const nothingIn = (store: HistoryStore) =>
  store.listConversations({ limit: 50, includeArchived: true }).items;

/** An image and a PDF on the first prompt, the same PDF under another name on the second. */
function seed() {
  const png = attach(source, 'chart.png', PNG);
  const pdf = attach(source, 'report.pdf', PDF);
  const first = sendWith(source, 'Compare the chart with the report', [png, pdf]);
  const again = attach(source, 'report (copy).pdf', PDF);
  sendWith(source, 'And this copy?', [again], first.conversationId);
  return { conversationId: first.conversationId, png, pdf };
}

const exportJson = (store: HistoryStore, redactContent = false) =>
  JSON.parse(store.exportHistory({ format: 'json', redactContent }).content) as HistoryExport;

describe('JSON export with files', () => {
  it('lists each prompt’s files and carries each file’s bytes once', () => {
    const { png, pdf } = seed();
    const file = exportJson(source);
    expect(file).toMatchObject({ version: 2, contentLeftOut: false });
    expect(file.conversations[0]?.turns.map((turn) => turn.attachments)).toEqual([
      [
        { id: png.id, name: 'chart.png', mediaType: 'image/png', size: PNG.length },
        { id: pdf.id, name: 'report.pdf', mediaType: 'application/pdf', size: PDF.length },
      ],
      [{ id: pdf.id, name: 'report (copy).pdf', mediaType: 'application/pdf', size: PDF.length }],
    ]);
    expect(file.attachments).toEqual([
      { id: png.id, mediaType: 'image/png', size: PNG.length, data: PNG.toString('base64') },
      { id: pdf.id, mediaType: 'application/pdf', size: PDF.length, data: PDF.toString('base64') },
    ]);
    // Written after the conversations, so a streaming reader meets references before bytes.
    expect(Object.keys(file).at(-1)).toBe('attachments');
  });

  it('round-trips the files into a fresh database: bytes, ids, names and order', () => {
    const { conversationId, png, pdf } = seed();
    const result = target.importHistory(source.exportHistory({ format: 'json' }).content);
    expect(result).toMatchObject({
      conversationsAdded: 1,
      attachmentsAdded: 3,
      attachmentsLeftOut: 0,
    });

    const imported = target.getConversation({ conversationId, limit: 50 });
    expect(imported).toEqual(source.getConversation({ conversationId, limit: 50 }));
    expect(imported.turns.map((turn) => turn.attachments.map((ref) => ref.name))).toEqual([
      ['chart.png', 'report.pdf'],
      ['report (copy).pdf'],
    ]);
    expect(bytesOf(target, png.id).equals(PNG)).toBe(true);
    expect(bytesOf(target, pdf.id).equals(PDF)).toBe(true);
    expect(targetRows()).toEqual({ files: 2, links: 3 });
    // The imported files go back to the clouds with the thread, as the source's did.
    const next = target.beginTurn({ conversationId, prompt: 'Go on', panes: [pane('p1')] });
    const thread = target.paneThread(conversationId, 'p1', next.turnId);
    expect(
      thread[0]?.attachments?.map((f) => [
        f.name,
        Buffer.from(f.bytes).equals(f.name === 'chart.png' ? PNG : PDF),
      ]),
    ).toEqual([
      ['chart.png', true],
      ['report.pdf', true],
    ]);
  });

  it('imports the same file twice without storing anything twice', () => {
    seed();
    const { content } = source.exportHistory({ format: 'json' });
    target.importHistory(content);
    expect(target.importHistory(content)).toMatchObject({
      conversationsSkipped: 1,
      attachmentsAdded: 0,
    });
    expect(targetRows()).toEqual({ files: 2, links: 3 });
  });

  it('stores only the files a prompt names, so none is left that nothing releases', () => {
    seed();
    const file = exportJson(source);
    const stray = Buffer.from('stray notes\n');
    file.attachments.push({
      id: createHash('sha256').update(stray).digest('hex'),
      mediaType: 'text/plain',
      size: stray.length,
      data: stray.toString('base64'),
    });
    target.importHistory(JSON.stringify(file));
    expect(targetRows()).toEqual({ files: 2, links: 3 });
  });

  it('imports a version 1 file (no files then) through the same path', () => {
    recordTurn(source, 'Plain text only', [pane('a')], () => 'fine');
    const v2 = exportJson(source);
    const v1 = {
      ...v2,
      version: 1,
      attachments: undefined,
      contentLeftOut: undefined,
      conversations: v2.conversations.map((conversation) => ({
        ...conversation,
        // A field of a version 1 writer's own is not read as files.
        turns: conversation.turns.map((turn) => ({ ...turn, attachments: 'not ours' })),
      })),
    };
    expect(target.importHistory(JSON.stringify(v1))).toMatchObject({
      conversationsAdded: 1,
      messagesAdded: 1,
      attachmentsAdded: 0,
    });
    const [conversation] = nothingIn(target);
    const detail = target.getConversation({ conversationId: conversation?.id ?? '', limit: 10 });
    expect(detail.turns.map((turn) => [turn.prompt, turn.attachments])).toEqual([
      ['Plain text only', []],
    ]);
  });
});

describe('refused files', () => {
  /** The export with its PDF's entry changed; the first conversation in the file has no files. */
  function spoiled(change: (file: HistoryExport) => void): string {
    recordTurn(source, 'A conversation before the broken one', [pane('a')], () => 'fine');
    seed();
    const file = exportJson(source);
    change(file);
    return JSON.stringify(file);
  }
  const pdfEntry = (file: HistoryExport) => {
    const entry = file.attachments.find((a) => a.mediaType === 'application/pdf');
    if (!entry) throw new Error('the seed has a PDF');
    return entry;
  };

  const cases: [string, (file: HistoryExport) => void, RegExp][] = [
    [
      'a file whose bytes do not match its hash',
      (file) => {
        const bytes = Buffer.from(pdfEntry(file).data, 'base64');
        bytes[bytes.length - 2] = 0x41;
        pdfEntry(file).data = bytes.toString('base64');
      },
      /“report\.pdf” in “Compare the chart with the report” is damaged: its bytes do not match its SHA-256/,
    ],
    [
      'a file cut short',
      (file) => {
        pdfEntry(file).data = PDF.subarray(0, 20).toString('base64');
      },
      /“report\.pdf” .* is damaged: its bytes come to 20 bytes/,
    ],
    [
      'a file missing from the export',
      (file) => {
        file.attachments = file.attachments.filter((a) => a.mediaType !== 'application/pdf');
      },
      /“report\.pdf” in “Compare the chart with the report” is missing from this export/,
    ],
    [
      'a file that is not the type it says',
      (file) => {
        const entry = pdfEntry(file);
        const turns = file.conversations[1]?.turns ?? [];
        for (const ref of turns.flatMap((turn) => turn.attachments)) {
          if (ref.id === entry.id) ref.mediaType = 'text/plain';
        }
        entry.mediaType = 'text/plain';
      },
      /“report\.pdf” .* is application\/pdf, not the text\/plain the export says/,
    ],
    [
      'a file the app cannot send',
      (file) => {
        const exe = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]);
        const entry = pdfEntry(file);
        const id = createHash('sha256').update(exe).digest('hex');
        for (const ref of (file.conversations[1]?.turns ?? []).flatMap((t) => t.attachments)) {
          if (ref.id === entry.id) Object.assign(ref, { id, size: exe.length });
        }
        Object.assign(entry, { id, size: exe.length, data: exe.toString('base64') });
      },
      /In “Compare the chart with the report”: “report\.pdf” is not a file type the app can send/,
    ],
    [
      'a prompt that names a file unlike its bytes',
      (file) => {
        const ref = file.conversations[1]?.turns[0]?.attachments[1];
        if (ref) ref.size += 1;
      },
      /“report\.pdf” .* is named as application\/pdf of \d+ bytes, but the export holds/,
    ],
    [
      'a file listed twice',
      (file) => {
        file.attachments.push(pdfEntry(file));
      },
      /damaged or incomplete \(attachments\.2\.id: this file is already in the export/,
    ],
    [
      'a file over the size limit',
      (file) => {
        pdfEntry(file).size = 21 * 1024 * 1024;
      },
      /damaged or incomplete \(attachments\.1\.size/,
    ],
  ];

  it.each(cases)('refuses %s by name and writes nothing', (_, change, reason) => {
    const content = spoiled(change);
    expect(() => target.importHistory(content)).toThrow(reason);
    expect(() => target.importHistory(content)).toThrow(/Nothing was imported/);
    expect(nothingIn(target)).toEqual([]);
    expect(targetRows()).toEqual({ files: 0, links: 0 });
  });
});

describe('export without content', () => {
  it('keeps names, types and sizes, leaves the bytes out, and imports without the files', () => {
    const { conversationId, png } = seed();
    const file = exportJson(source, true);
    expect(file.contentLeftOut).toBe(true);
    expect(file.attachments).toEqual([]);
    expect(file.conversations[0]?.turns[0]?.attachments[0]).toEqual({
      id: png.id,
      name: 'chart.png',
      mediaType: 'image/png',
      size: PNG.length,
    });
    expect(JSON.stringify(file)).not.toContain(PNG.toString('base64'));

    expect(target.importHistory(JSON.stringify(file))).toMatchObject({
      conversationsAdded: 1,
      attachmentsAdded: 0,
      attachmentsLeftOut: 3,
    });
    const imported = target.getConversation({ conversationId, limit: 50 });
    expect(imported.turns.map((turn) => turn.attachments)).toEqual([[], []]);
    expect(targetRows()).toEqual({ files: 0, links: 0 });
  });
});

describe('Markdown export', () => {
  it('lists each prompt’s files by name and size, without their bytes', () => {
    seed();
    const md = source.exportHistory({ format: 'markdown' }).content;
    expect(md).toContain('_Attached:_\n\n- chart.png (70 bytes)\n- report.pdf (65 bytes)\n');
    expect(md).toContain('- report (copy).pdf (65 bytes)');
    expect(md).not.toContain(PNG.toString('base64'));
    const redacted = source.exportHistory({ format: 'markdown', redactContent: true }).content;
    expect(redacted).toContain('- chart.png (70 bytes)');
  });

  it('shows an odd file name as it is, not as Markdown', () => {
    const ref = attach(source, '# _draft_ [v2] *final*.pdf', PDF);
    sendWith(source, 'Odd name', [ref]);
    const md = source.exportHistory({ format: 'markdown' }).content;
    expect(md).toContain('- \\# \\_draft\\_ \\[v2\\] \\*final\\*.pdf (65 bytes)');
  });
});
