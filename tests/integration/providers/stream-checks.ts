// What the provider stream tests check on every path: prompts the simulator echoes (with a
// marker to find their request), the single terminal error part, and no secret in any message.
import { expect } from 'vitest';
import { allSecrets, type SimCredentials } from '../../simulator/sim-credentials';
import { terminalParts, type StreamRun } from './run-stream';

export const ECHO = 'alpha beta gamma delta epsilon zeta eta theta';
export const FIRST_THREE = 'alpha beta gamma ';

let counter = 0;
/** A prompt with knobs and a marker, so requests can be told apart in the simulator's log. */
export function echoPrompt(knobs: string): { text: string; marker: string } {
  const marker = `m${++counter}x`;
  return { text: `[[sim reply=echo ${knobs}]] ${ECHO} ${marker}`, marker };
}

/** Polls until the check passes; the simulator learns of a hang-up a moment after the client. */
export async function eventually(check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  return check();
}

export function expectNoSecrets(run: StreamRun, credentials: SimCredentials): void {
  for (const part of run.parts) {
    if (part.type !== 'error') continue;
    for (const secret of allSecrets(credentials)) expect(part.message).not.toContain(secret);
    expect(part.message).not.toMatch(/undefined|\[object/);
  }
}

/** The stream ended with one error part of this kind, after exactly this text. */
export function expectEndsWithError(
  run: StreamRun,
  kind: string,
  text: string,
  credentials: SimCredentials,
): void {
  expect(terminalParts(run)).toHaveLength(1);
  expect(run.parts.at(-1)?.type).toBe('error');
  expect(run.error?.kind).toBe(kind);
  expect(run.text).toBe(text);
  expectNoSecrets(run, credentials);
}
