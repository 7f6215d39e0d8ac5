// The streaming workload every variant gets: the DESIGN.md figure (four panes, about 2,750 tokens
// of Markdown each at 200 tokens/s). The baselines replay the exact tokens the simulator sends.
import { replyTokens } from '../../tests/simulator/sim-replies';
import { DEFAULT_KNOBS, readKnobs } from '../../tests/simulator/sim-knobs';

export interface Workload {
  /** The directive the app's composer sends; the simulator reads it. */
  directive: string;
  /** The prompt holding it, as the app (and the backend load beside the peers) sends it. */
  prompt: string;
  tokens: string[];
  ttftMs: number;
  rate: number;
  panes: number;
}

export function createWorkload(tokenCount: number, rate: number): Workload {
  const directive = `[[sim reply=markdown tokens=${tokenCount} rate=${rate}]]`;
  // Knobs read the way the simulator reads them, so ttft and pacing match what the app gets.
  const knobs = readKnobs(directive, DEFAULT_KNOBS);
  const tokens = replyTokens(knobs, { cloud: 'openai', model: 'gpt-4o', lastUserText: '' });
  return {
    directive,
    prompt: `Long answer ${directive}`,
    tokens,
    ttftMs: knobs.ttftMs,
    rate: knobs.rate,
    panes: 4,
  };
}
