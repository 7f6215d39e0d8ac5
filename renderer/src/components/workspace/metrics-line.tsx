// Under each answer: how fast it came, how big it was, what it cost and who served it.
import { memo } from 'react';
import { describeCost, formatCost, formatCount, formatMs, formatRate } from '../../lib/format';
import { useAppStore } from '../../store/app-store';
import { providersSelectors } from '../../store/slices/providers/selectors';
import type { AnswerView } from '../../store/slices/thread/initial-state';
import { workspaceSelectors } from '../../store/slices/workspace/selectors';
import { StallHint } from './stall-hint';

export function MetricsLine({ answer }: { answer: AnswerView }) {
  if (answer.status === 'streaming') {
    return (
      <StreamingMetrics
        paneId={answer.paneId}
        messageId={answer.messageId}
        region={answer.region}
      />
    );
  }
  return <FinishedMetrics answer={answer} />;
}

interface StreamingMetricsProps {
  paneId: string;
  messageId: string;
  region: string | undefined;
}

/** While streaming: what does not change with each token, so a token does not render it. */
const StreamingMetrics = memo(function StreamingMetrics({
  paneId,
  messageId,
  region,
}: StreamingMetricsProps) {
  return (
    <p className="metrics" aria-label="Answer metrics">
      <StallHint paneId={paneId} messageId={messageId} />
      {region && <span>{region}</span>}
    </p>
  );
});

function FinishedMetrics({ answer }: { answer: AnswerView }) {
  // Local servers have no list price: no cost is shown for them rather than "no price".
  const local = useAppStore((s) => {
    const pane = workspaceSelectors.pane(s, answer.paneId);
    return pane
      ? providersSelectors.profile(s, pane.profileId)?.kind === 'openai-compatible'
      : false;
  });
  const estimated = answer.metrics.usage ? undefined : answer.cost?.estimatedTokens;
  const tokens = estimated
    ? `≈ ${formatCount(estimated.input)} in / ≈ ${formatCount(estimated.output)} out`
    : `${formatCount(answer.metrics.usage?.inputTokens)} in / ${formatCount(answer.metrics.usage?.outputTokens)} out`;
  type Item = [label: string, value: string, title?: string];
  // "No price" only when there were tokens to price: a request refused up front cost nothing.
  const costItems: Item[] = answer.cost
    ? [['Cost', formatCost(answer.cost), describeCost(answer.cost)]]
    : local
      ? []
      : [
          [
            'Cost',
            answer.metrics.usage || answer.unpricedReason ? formatCost(undefined) : '–',
            answer.unpricedReason,
          ],
        ];
  // What is compared most comes first: a narrow pane cuts the line from the end.
  const items: Item[] = [
    ['TTFT', formatMs(answer.metrics.ttftMs)],
    ['Speed', formatRate(answer.metrics.tokensPerSecond)],
    ...costItems,
    ['Tokens', tokens],
    ['Total', formatMs(answer.metrics.totalMs)],
    ['Model', answer.providerModelId ?? answer.model ?? '–'],
    ['Region', answer.region ?? '–'],
    ['Finish', answer.finishReason ?? answer.status],
  ];
  // One line under the answer; the whole of it on hover (a value's own hover, such as the
  // price source, still shows over that value).
  return (
    <dl
      className="metrics"
      aria-label="Answer metrics"
      title={items.map(([label, value]) => `${label}: ${value}`).join('\n')}
    >
      {items.map(([label, value, title]) => (
        <div key={label} className="metrics__item">
          <dt>{label}</dt>
          <dd title={title}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
