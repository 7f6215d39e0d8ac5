// A conversation as Markdown a person can read anywhere: each prompt, then each pane's answer
// under its provider and model, with the figures the app showed beside it. A prompt's files
// are listed by name and size; their bytes are only in the JSON export.
import { formatBytes, type AttachmentRef } from '../../../shared/attachments';
import { sumCosts, sumCostsBy, type CostTotal } from '../../../shared/cost-totals';
import type { ConversationDetail, MessageRecord, PaneRecord } from '../../../shared/history';

const iso = (ms: number): string => new Date(ms).toISOString().replace('T', ' ').slice(0, 16);

/** The pane settings an answer was asked with, in a few words ("" when none were set). */
function settingsLine(message: MessageRecord): string {
  const settings = message.settings ?? {};
  const parts: string[] = [];
  if (settings.systemPrompt) parts.push('system prompt');
  if (settings.temperature !== undefined) parts.push(`temperature ${settings.temperature}`);
  if (settings.maxOutputTokens !== undefined) parts.push(`max ${settings.maxOutputTokens} tokens`);
  if (settings.reasoningEffort) parts.push(`reasoning effort ${settings.reasoningEffort}`);
  return parts.length > 0 ? `settings: ${parts.join(', ')}` : '';
}

function figures(message: MessageRecord): string {
  const parts: string[] = [message.status];
  // Complete, but cut short: say so, since the text alone would not tell.
  if (message.finishReason === 'content-filter') parts.push('stopped by a content filter');
  if (message.providerModelId) parts.push(`model ${message.providerModelId}`);
  if (message.region) parts.push(`region ${message.region}`);
  if (message.usage) {
    parts.push(`${message.usage.inputTokens} in / ${message.usage.outputTokens} out tokens`);
  }
  if (message.cost) parts.push(`$${message.cost.total.toFixed(6)}`);
  if (typeof message.ttftMs === 'number') parts.push(`TTFT ${Math.round(message.ttftMs)} ms`);
  if (typeof message.tokensPerSecond === 'number') {
    parts.push(`${message.tokensPerSecond.toFixed(1)} tokens/s`);
  }
  if (typeof message.totalMs === 'number') parts.push(`${Math.round(message.totalMs)} ms total`);
  if (message.requestId) parts.push(`request ${message.requestId}`);
  const settings = settingsLine(message);
  if (settings) parts.push(settings);
  return parts.join(' · ');
}

/** "$0.012345 (partly estimated; 1 answer without a price)", or "" when nothing was billed. */
function totalLine(total: CostTotal | undefined): string {
  if (!total || (total.usd === 0 && total.unpriced === 0)) return '';
  const notes: string[] = [];
  if (total.estimated) notes.push('partly estimated');
  if (total.unpriced > 0) {
    notes.push(`${total.unpriced} answer${total.unpriced === 1 ? '' : 's'} without a price`);
  }
  return `$${total.usd.toFixed(6)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

function answerHeading(message: MessageRecord, pane: PaneRecord | undefined): string {
  const provider = message.providerName ?? pane?.providerName ?? 'Unknown provider';
  const model = message.model ?? pane?.model ?? 'unknown model';
  return `### ${provider} · ${model}`;
}

/**
 * A file name as literal text in a list item: characters that could start emphasis, code, a
 * link or HTML are escaped, and so is a start that would open a heading, quote or nested list.
 */
const literal = (text: string): string =>
  text
    .replace(/[\\`*_[\]<>~]/g, '\\$&')
    .replace(/^[#>+=-]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');

/** The prompt's files, one list item each with its size ("chart.png (12 KB)"), or nothing. */
function attachmentLines(attachments: readonly AttachmentRef[]): string[] {
  if (attachments.length === 0) return [];
  return [
    '_Attached:_',
    '',
    ...attachments.map((ref) => `- ${literal(ref.name)} (${formatBytes(ref.size)})`),
    '',
  ];
}

const quote = (text: string): string =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

export function conversationToMarkdown(detail: ConversationDetail): string {
  const { conversation } = detail;
  const panes = new Map(detail.panes.map((pane) => [pane.paneId, pane]));
  const position = (paneId: string): number => panes.get(paneId)?.position ?? Infinity;
  const total = totalLine(sumCosts(detail.messages));
  const byTurn = sumCostsBy(detail.messages, (message) => message.turnId);
  const lines: string[] = [
    `# ${conversation.title}`,
    '',
    `_Started ${iso(conversation.createdAt)} UTC · ${conversation.messageCount} answers${total ? ` · cost ${total}` : ''}_`,
    '',
  ];
  detail.turns.forEach((turn, index) => {
    lines.push(`## ${index + 1}. You · ${iso(turn.createdAt)} UTC`, '', turn.prompt, '');
    lines.push(...attachmentLines(turn.attachments));
    const answers = detail.messages
      .filter((message) => message.turnId === turn.id)
      .sort((a, b) => position(a.paneId) - position(b.paneId));
    for (const answer of answers) {
      lines.push(answerHeading(answer, panes.get(answer.paneId)), '');
      if (answer.reasoning) lines.push(quote(`Reasoning: ${answer.reasoning}`), '');
      if (answer.content) lines.push(answer.content, '');
      if (answer.errorMessage) lines.push(`**Error:** ${answer.errorMessage}`, '');
      lines.push(`_${figures(answer)}_`, '');
    }
    const turnCost = totalLine(byTurn.get(turn.id));
    if (turnCost && answers.length > 1) lines.push(`_Turn ${index + 1} cost ${turnCost}_`, '');
  });
  return lines.join('\n');
}
