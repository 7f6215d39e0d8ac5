// A history export holding one long conversation: `turns` turns, each answered in every pane, for
// the tests and the benchmark that open long threads (imported through the app's own import).

export interface LongConversationOptions {
  id: string;
  title: string;
  turns: number;
  /** Panes answering every turn (1–4). */
  panes: number;
}

/** The id of a turn of the conversation (1-based), e.g. for finding its element. */
export function longTurnId(conversationId: string, turn: number): string {
  return `${conversationId}-turn-${turn}`;
}

/** An answer of a few blocks, its length varying by turn so measured heights differ. */
function answerText(turn: number, pane: number): string {
  const points = '- a point worth making\n'.repeat(1 + ((turn + pane) % 4));
  const code = turn % 3 === 0 ? `\n\`\`\`ts\nconst answer = ${turn};\n\`\`\`\n` : '';
  return `Answer ${turn} in pane ${pane}: a paragraph of prose.\n\n${points}${code}`;
}

export function longConversationExport(options: LongConversationOptions): string {
  const { id, title, turns, panes } = options;
  const start = Date.UTC(2026, 0, 1);
  const paneIds = Array.from({ length: panes }, (_, i) => `${id}-pane-${i + 1}`);
  const turnList = Array.from({ length: turns }, (_, i) => ({
    id: longTurnId(id, i + 1),
    prompt: `Question ${i + 1}`,
    createdAt: start + i * 60_000,
    paneIds,
  }));
  return JSON.stringify({
    format: 'polycloud-chat-history',
    version: 1,
    exportedAt: new Date(start).toISOString(),
    conversations: [
      {
        id,
        title,
        createdAt: start,
        updatedAt: start + turns * 60_000,
        pinned: false,
        archived: false,
        panes: paneIds.map((paneId, position) => ({
          paneId,
          position,
          profileId: 'sim-openai',
          providerKind: 'openai',
          providerName: 'OpenAI (simulator)',
          model: 'gpt-4o',
          settings: {},
        })),
        turns: turnList,
        messages: turnList.flatMap((turn, t) =>
          paneIds.map((paneId, p) => ({
            id: `${turn.id}-answer-${p + 1}`,
            turnId: turn.id,
            paneId,
            role: 'assistant',
            content: answerText(t + 1, p + 1),
            status: 'complete',
            finishReason: 'stop',
            createdAt: turn.createdAt + 1000,
            updatedAt: turn.createdAt + 2000,
          })),
        ),
      },
    ],
  });
}
