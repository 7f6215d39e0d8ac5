// The leaderboard: every recorded answer aggregated by model family × cloud × region (from SQL
// over the history file, in main), filtered by date, model, cloud and region, as a sortable
// table and two charts: the TTFT distribution per cloud, and latency against cost.
import { useEffect, useMemo, useState } from 'react';
import type { LeaderboardInput, LeaderboardResult } from '../../../../shared/history';
import { PROVIDER_KINDS, PROVIDER_LABELS, type ProviderKind } from '../../../../shared/providers';
import { api, errorMessage } from '../../lib/api';
import { formatMs } from '../../lib/format';
import '../../styles/leaderboard.css';
import { LatencyCostChart, type LatencyCostPoint } from './latency-cost-chart';
import { LeaderboardTable, type LeaderboardRowView } from './leaderboard-table';
import { AuditExportButtons } from './audit-export-buttons';
import { TtftChart, type TtftSeries } from './ttft-chart';

const DAY = 86_400_000;
/** `yyyy-mm-dd` (a date input's value) → ms at that local day's start or end. */
const dayStart = (value: string) => (value ? new Date(`${value}T00:00:00`).getTime() : undefined);
const dayEnd = (value: string) =>
  value ? new Date(`${value}T00:00:00`).getTime() + DAY - 1 : undefined;

function rowViews(result: LeaderboardResult): LeaderboardRowView[] {
  return result.rows.map((row) => ({
    key: [row.family, row.providerKind, row.providerName, row.region ?? ''].join('|'),
    family: row.family,
    cloud: row.providerName,
    region: row.region ?? '',
    answers: row.answers,
    ttftP50Ms: row.ttftP50Ms,
    ttftP95Ms: row.ttftP95Ms,
    tokensPerSecondP50: row.tokensPerSecondP50,
    errorRate: row.errorRate,
    errorsByKind: Object.entries(row.errorsByKind)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', '),
    costPer1kOutputUsd: row.costPer1kOutputUsd,
    totalCostUsd: row.totalCostUsd,
    wins: row.wins,
  }));
}

function median(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values[Math.floor((values.length - 1) / 2)];
}

export function LeaderboardView() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [family, setFamily] = useState('');
  const [providerKind, setProviderKind] = useState<ProviderKind | ''>('');
  const [region, setRegion] = useState('');
  const [refreshes, setRefreshes] = useState(0);
  const [loaded, setLoaded] = useState<{
    key: string;
    result?: LeaderboardResult;
    error?: string;
  }>();

  const input = useMemo(
    (): LeaderboardInput => ({
      ...(dayStart(from) !== undefined ? { from: dayStart(from) } : {}),
      ...(dayEnd(to) !== undefined ? { to: dayEnd(to) } : {}),
      ...(family ? { family } : {}),
      ...(providerKind ? { providerKind } : {}),
      ...(region ? { region } : {}),
    }),
    [from, to, family, providerKind, region],
  );
  const key = `${JSON.stringify(input)}#${refreshes}`;

  // Asked again whenever the filters change or Refresh is pressed; an answer to an older
  // question is dropped.
  useEffect(() => {
    let current = true;
    api.leaderboard(input).then(
      (result) => current && setLoaded({ key, result }),
      (failure: unknown) => current && setLoaded({ key, error: errorMessage(failure) }),
    );
    return () => {
      current = false;
    };
  }, [input, key]);

  const loading = loaded?.key !== key;
  const result = loaded?.result;
  const error = loaded?.error;
  const rows = useMemo(() => (result ? rowViews(result) : []), [result]);
  const series = useMemo(
    (): TtftSeries[] =>
      (result?.ttftByCloud ?? []).map((s) => ({
        label: s.providerName,
        valuesMs: s.valuesMs,
        answers: s.answers,
      })),
    [result],
  );
  const points = useMemo(
    (): LatencyCostPoint[] =>
      (result?.rows ?? []).flatMap((row) =>
        row.ttftP50Ms !== null && row.costPer1kOutputUsd !== null
          ? [
              {
                label: [row.family, row.providerName, row.region].filter(Boolean).join(' · '),
                ttftP50Ms: row.ttftP50Ms,
                costPer1kOutputUsd: row.costPer1kOutputUsd,
              },
            ]
          : [],
      ),
    [result],
  );
  const ttftSummary = series
    .map((s) => `${s.label} median ${formatMs(median(s.valuesMs) ?? null)}`)
    .join('; ');
  const facets = result?.facets;

  return (
    <section className="leaderboard" aria-label="Leaderboard">
      <form
        className="leaderboard__filters"
        aria-label="Leaderboard filters"
        onSubmit={(event) => {
          event.preventDefault();
          setRefreshes((n) => n + 1);
        }}
      >
        <label className="inline-field">
          <span>From</span>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="inline-field">
          <span>To</span>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <label className="inline-field">
          <span>Model</span>
          <select value={family} onChange={(e) => setFamily(e.target.value)}>
            <option value="">Every model</option>
            {(facets?.families ?? []).map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>Cloud</span>
          <select
            value={providerKind}
            onChange={(e) => setProviderKind(e.target.value as ProviderKind | '')}
          >
            <option value="">Every cloud</option>
            {PROVIDER_KINDS.filter(
              (kind) => !facets || facets.providerKinds.includes(kind) || kind === providerKind,
            ).map((kind) => (
              <option key={kind} value={kind}>
                {PROVIDER_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>Region</span>
          <select value={region} onChange={(e) => setRegion(e.target.value)}>
            <option value="">Every region</option>
            {(facets?.regions ?? []).map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Loading…' : 'Refresh'}
        </button>
        <AuditExportButtons from={input.from} to={input.to} />
      </form>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      {result && rows.length === 0 && !error && (
        <p className="leaderboard__empty">
          No answers in this range yet. Compare a model across your clouds, and each answer’s
          figures land here.
        </p>
      )}
      {rows.length > 0 && (
        <>
          <LeaderboardTable rows={rows} />
          <div className="leaderboard__charts">
            <TtftChart series={series} summary={`Time to first token by cloud: ${ttftSummary}`} />
            <LatencyCostChart
              points={points}
              summary={`Median time to first token against cost per 1,000 output tokens, for ${points.length} model and cloud pairs`}
            />
          </div>
        </>
      )}
    </section>
  );
}
