// Messages between the harness's browser bridge and the test host. Types only.
import type { EventName, IpcEvents, IpcResult } from '../../shared/ipc';

export interface BridgeCall {
  type: 'call';
  id: number;
  channel: string;
  input: unknown;
}

export interface BridgeResult {
  type: 'result';
  id: number;
  result: IpcResult<unknown>;
}

export type BridgeEvent = {
  [E in EventName]: { type: 'event'; event: E; payload: IpcEvents[E] };
}[EventName];

export type BridgeMessage = BridgeResult | BridgeEvent;
