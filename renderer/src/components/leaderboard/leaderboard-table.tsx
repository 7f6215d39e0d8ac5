// The leaderboard's table: one row per model family × cloud × region, every figure a person
// compares clouds on, sortable by clicking a column's heading (Enter or Space on it too).
import { useMemo, useState } from 'react';
import type { LeaderboardRow } from '../../../../shared/history';
import { formatCount, formatMs, formatRate, formatUsd } from '../../lib/format';

/** A leaderboard row as the table shows it: the cloud by name, the errors by kind in words. */
export type LeaderboardRowView = Pick<
  LeaderboardRow,
  | 'family'
  | 'answers'
  | 'ttftP50Ms'
  | 'ttftP95Ms'
  | 'tokensPerSecondP50'
  | 'errorRate'
  | 'costPer1kOutputUsd'
  | 'totalCostUsd'
  | 'wins'
> & {
  key: string;
  cloud: string;
  region: string;
  /** "rate-limit 3, server 1". */
  errorsByKind: string;
};

type SortKey = Exclude<keyof LeaderboardRowView, 'key' | 'errorsByKind'>;

const COLUMNS: { key: SortKey; label: string; show(row: LeaderboardRowView): string }[] = [
  { key: 'family', label: 'Model', show: (r) => r.family },
  { key: 'cloud', label: 'Cloud', show: (r) => r.cloud },
  { key: 'region', label: 'Region', show: (r) => r.region || '–' },
  { key: 'answers', label: 'Answers', show: (r) => formatCount(r.answers) },
  { key: 'ttftP50Ms', label: 'TTFT p50', show: (r) => formatMs(r.ttftP50Ms) },
  { key: 'ttftP95Ms', label: 'TTFT p95', show: (r) => formatMs(r.ttftP95Ms) },
  { key: 'tokensPerSecondP50', label: 'Speed p50', show: (r) => formatRate(r.tokensPerSecondP50) },
  { key: 'errorRate', label: 'Errors', show: (r) => `${(r.errorRate * 100).toFixed(1)}%` },
  {
    key: 'costPer1kOutputUsd',
    label: '$ / 1k out',
    show: (r) => (r.costPer1kOutputUsd === null ? '–' : formatUsd(r.costPer1kOutputUsd)),
  },
  { key: 'totalCostUsd', label: 'Spent', show: (r) => formatUsd(r.totalCostUsd) },
  { key: 'wins', label: 'Wins', show: (r) => formatCount(r.wins) },
];

export function LeaderboardTable({ rows }: { rows: LeaderboardRowView[] }) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'answers',
    descending: true,
  });
  const sorted = useMemo(() => {
    const value = (row: LeaderboardRowView) => row[sort.key];
    return [...rows].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      // Unknown figures go last whichever way the column is sorted.
      if (x === null) return 1;
      if (y === null) return -1;
      const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
      return sort.descending ? -order : order;
    });
  }, [rows, sort]);

  return (
    <table className="leaderboard__table">
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th
              key={column.key}
              scope="col"
              aria-sort={
                sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'
              }
            >
              <button
                type="button"
                className="ghost-button"
                onClick={() =>
                  setSort((s) => ({
                    key: column.key,
                    descending: s.key === column.key ? !s.descending : true,
                  }))
                }
              >
                {column.label}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.key}>
            {COLUMNS.map((column) => (
              <td
                key={column.key}
                title={
                  column.key === 'errorRate' && row.errorsByKind ? row.errorsByKind : undefined
                }
              >
                {column.show(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
