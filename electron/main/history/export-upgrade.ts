// Older export files, brought up to the current format before validation, so import has one
// path whatever version wrote the file. Each step takes a document of its version, as parsed
// JSON not yet checked, and returns one of the next; the schema judges the result.
import { EXPORT_FORMAT_VERSION } from './export-format';

type Document = Record<string, unknown>;

const asRecord = (value: unknown): Document | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Document)
    : undefined;

/** Applies `change` to each object of an array, leaving anything else for the schema to refuse. */
const mapObjects = (value: unknown, change: (item: Document) => Document): unknown =>
  Array.isArray(value)
    ? value.map((item: unknown) => {
        const record = asRecord(item);
        return record ? change(record) : item;
      })
    : value;

/**
 * Version 1 had no files. Every prompt gets an empty list (a field a version 1 writer may have
 * added of its own is not ours to read) and the file an empty list of bytes.
 */
function v1ToV2(document: Document): Document {
  return {
    ...document,
    version: 2,
    contentLeftOut: false,
    conversations: mapObjects(document.conversations, (conversation) => ({
      ...conversation,
      turns: mapObjects(conversation.turns, (turn) => ({ ...turn, attachments: [] })),
    })),
    attachments: [],
  };
}

const STEPS: Readonly<Record<number, (document: Document) => Document>> = { 1: v1ToV2 };

/**
 * The document at the current version. One of an unknown version (or no version) is returned
 * as it is, and validation says what is wrong with it.
 */
export function upgradeExport(data: unknown): unknown {
  const start = asRecord(data);
  if (!start) return data;
  let document: Document = start;
  while (typeof document.version === 'number' && document.version < EXPORT_FORMAT_VERSION) {
    const step: ((from: Document) => Document) | undefined = STEPS[document.version];
    if (!step) break;
    document = step(document);
  }
  return document;
}
