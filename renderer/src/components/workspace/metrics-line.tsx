// Under each answer: how fast it came, how big it was, what it cost and who served it.
import { formatCost, formatCount, formatMs, formatRate } from '../../lib/format';
import type { AnswerView } from '../../store/slices/streaming/initial-state';

export function MetricsLine({ answer }: { answer: AnswerView }) {
  if (answer.status === 'streaming') {
    return (
      <p className="metrics" aria-label="Answer metrics">
        <span>Streaming…</span>
        {answer.region && <span>{answer.region}</span>}
      </p>
    );
  }
  const items: [string, string][] = [
    ['TTFT', formatMs(answer.ttftMs)],
    ['Speed', formatRate(answer.tokensPerSecond)],
    [
      'Tokens',
      `${formatCount(answer.usage?.inputTokens)} in / ${formatCount(answer.usage?.outputTokens)} out`,
    ],
    ['Cost', formatCost(answer.cost)],
    ['Total', formatMs(answer.totalMs)],
    ['Model', answer.providerModelId ?? answer.model ?? '–'],
    ['Region', answer.region ?? '–'],
    ['Finish', answer.finishReason ?? answer.status],
  ];
  return (
    <dl className="metrics" aria-label="Answer metrics">
      {items.map(([label, value]) => (
        <div key={label} className="metrics__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
