// The open conversation's running cost in the header, with each cloud's share on hover: what
// comparing clouds has cost so far, regenerated versions included (they were billed too).
import { useMemo } from 'react';
import { UNKNOWN_CLOUD } from '../../../../shared/answer';
import { sumCosts, sumCostsBy, type CostTotal } from '../../../../shared/cost-totals';
import { formatCount, formatUsd } from '../../lib/format';
import { useAppStore } from '../../store/app-store';
import type { AnswerView } from '../../store/slices/thread/initial-state';

const costed = (answer: AnswerView) => ({
  cloud: answer.providerName ?? UNKNOWN_CLOUD,
  cost: answer.cost,
  usage: answer.metrics.usage,
  unpricedReason: answer.unpricedReason,
});

function amount(total: CostTotal): string {
  return `${total.estimated ? '≈ ' : ''}${formatUsd(total.usd)}`;
}

function cloudLine(name: string, total: CostTotal): string {
  const unpriced = total.unpriced > 0 ? ` (+${total.unpriced} without a price)` : '';
  return `${name}: ${amount(total)}${unpriced} · ${total.answers} answer${total.answers === 1 ? '' : 's'} · ${formatCount(total.inputTokens)} in / ${formatCount(total.outputTokens)} out tokens`;
}

export function ConversationCost() {
  const turns = useAppStore((s) => s.turns);
  // Costs change only when an answer ends or a conversation opens: recompute then, not on every
  // streamed token (the answers map changes with each one).
  const streaming = useAppStore((s) => s.streamingByPane);
  const totals = useMemo(() => {
    const answers = Object.values(useAppStore.getState().answers)
      .filter((answer) => answer.status !== 'streaming')
      .map(costed);
    return { all: sumCosts(answers), byCloud: sumCostsBy(answers, (a) => a.cloud) };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the triggers, not the inputs (above)
  }, [turns, streaming]);

  if (totals.all.answers === 0 || (totals.all.usd === 0 && totals.all.unpriced === 0)) return null;
  const hover = [...totals.byCloud].map(([name, total]) => cloudLine(name, total)).join('\n');
  return (
    <p className="conversation-cost" aria-label="Conversation cost" title={hover}>
      <span>Cost so far</span> <strong>{amount(totals.all)}</strong>
      {totals.all.unpriced > 0 && (
        <span className="conversation-cost__note"> +{totals.all.unpriced} unpriced</span>
      )}
    </p>
  );
}
