// Finds the row that prices a model: the longest matching model prefix, a region-specific row
// over an any-region one, and a user override over the shipped table when all else ties.
import type { ProviderKind } from '../../../shared/providers';
import type { PriceRow } from './price-row';

export interface PricedRow extends PriceRow {
  override: boolean;
}

// Cross-region inference profiles (us.anthropic.…) are billed as the model they route to.
const GEO_PREFIX = /^(us|eu|apac|global|us-gov|jp|au|ca)\./;

/** `prefix` covers `id` when equal, or when the id continues past a separator (-, :, ., @, /). */
export function modelCovers(prefix: string, id: string): boolean {
  const p = prefix.toLowerCase();
  const m = id.toLowerCase();
  if (m === p) return true;
  return m.startsWith(p) && /[-:.@/]/.test(m.charAt(p.length));
}

/** Candidate ids to price, most exact first. */
export function candidateModelIds(ids: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const id of ids) {
    if (!id) continue;
    const trimmed = id.trim();
    // An ARN names the model or profile after its last slash.
    const bare =
      trimmed.includes('/') && trimmed.startsWith('arn:')
        ? (trimmed.split('/').pop() ?? trimmed)
        : trimmed;
    for (const candidate of [bare, bare.replace(GEO_PREFIX, '')]) {
      if (candidate && !out.includes(candidate)) out.push(candidate);
    }
  }
  return out;
}

export function matchPriceRow(
  rows: readonly PricedRow[],
  query: { kind: ProviderKind; modelIds: readonly string[]; region?: string | undefined },
): PricedRow | undefined {
  for (const id of query.modelIds) {
    let best: PricedRow | undefined;
    let bestScore = -1;
    for (const row of rows) {
      if (row.kind !== query.kind || !modelCovers(row.model, id)) continue;
      if (row.region !== undefined && row.region !== query.region) continue;
      const score =
        row.model.length * 4 + (row.region !== undefined ? 2 : 0) + (row.override ? 1 : 0);
      if (score > bestScore) {
        best = row;
        bestScore = score;
      }
    }
    if (best) return best;
  }
  return undefined;
}
