// Checks a draft before it goes to main, so one submit flags every field that needs work (main's
// zod schema still has the last word). A required key must be typed, stored, or — for a server
// that needs none — explicitly not asked for.
import type { SecretStatus } from '../../../../shared/credentials';
import {
  OPTIONAL_SECRET_FIELDS,
  providerProfileSchema,
  SECRET_FIELD_LABELS,
  secretFieldsFor,
  type SecretField,
} from '../../../../shared/providers';
import { profileFromDraft, type ProfileDraft } from './profile-draft';

export type DraftErrors = Record<string, string>;

/** Every problem with the draft and its keys, keyed by field; empty when it can be saved. */
export function checkDraft(
  draft: ProfileDraft,
  typed: Partial<Record<SecretField, string>>,
  stored: SecretStatus[],
): DraftErrors {
  const errors: DraftErrors = {};
  const profile = profileFromDraft(draft);
  const parsed = providerProfileSchema.safeParse(profile);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      errors[field] ??= issue.message;
    }
  }
  if (draft.kind === 'openai-compatible' && errors.baseUrl) {
    const suggestion = suggestBaseUrl(draft.baseUrl);
    if (suggestion) errors.baseUrl = `Enter the full URL, such as ${suggestion}.`;
  }
  for (const field of secretFieldsFor(profile)) {
    if (OPTIONAL_SECRET_FIELDS.includes(field)) continue;
    const isStored = stored.some((s) => s.field === field && s.set);
    if (!isStored && !typed[field]?.trim()) errors[field] = missingKeyMessage(draft, field);
  }
  return errors;
}

function missingKeyMessage(draft: ProfileDraft, field: SecretField): string {
  const name = SECRET_FIELD_LABELS[field];
  return draft.kind === 'openai-compatible'
    ? `Paste the ${name}, or untick "This server needs an API key" if it needs none.`
    : `Paste the ${name}: ${draft.name.trim() || 'this provider'} cannot work without it.`;
}

const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)(:\d+)?$/i;

/**
 * What a base URL typed without its scheme probably meant: `localhost:11434` is Ollama's
 * `http://localhost:11434/v1`. Local servers speak http, anything else https; OpenAI-style
 * servers answer under /v1, so a bare host gets it.
 */
export function suggestBaseUrl(raw: string): string | undefined {
  const text = raw.trim();
  if (text === '' || /^https?:\/\//i.test(text)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return undefined;
  const slash = text.indexOf('/');
  const host = slash === -1 ? text : text.slice(0, slash);
  const path = slash === -1 ? '' : text.slice(slash);
  if (!/^[\w.-]+(:\d+)?$|^\[[\d:a-f]+\](:\d+)?$/i.test(host)) return undefined;
  const scheme = LOCAL_HOST.test(host) ? 'http' : 'https';
  const fullPath = path === '' || path === '/' ? '/v1' : path.replace(/\/$/, '');
  return `${scheme}://${host}${fullPath}`;
}
