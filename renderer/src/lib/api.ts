// The only module that touches window.api (the preload's bridge, or the test harness's). It
// unwraps { ok, value | error } so components get values, or an ApiError whose message is plain
// words safe to show.
import {
  CHANNELS,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type EventName,
  type IpcErrorCode,
  type IpcEvents,
  type WindowApi,
} from '../../../shared/ipc';

declare global {
  interface Window {
    api?: WindowApi;
  }
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: IpcErrorCode,
    /** For invalid input: which field and why, so forms can show them next to the field. */
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Api = {
  [C in Channel]: (input?: ChannelInput<C>) => Promise<ChannelOutput<C>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: IpcEvents[E]) => void): () => void;
};

function bridge(): WindowApi {
  const found = window.api;
  if (!found) {
    throw new ApiError('The app could not reach its main process. Please restart it.', 'failed');
  }
  return found;
}

async function call<C extends Channel>(
  channel: C,
  input?: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const method = bridge()[channel] as (i?: ChannelInput<C>) => ReturnType<WindowApi[C]>;
  let result: Awaited<ReturnType<WindowApi[C]>>;
  try {
    result = await method(input);
  } catch {
    throw new ApiError('The app lost contact with its main process. Please try again.', 'failed');
  }
  if (result.ok) return result.value as ChannelOutput<C>;
  throw new ApiError(result.error.message, result.error.code, result.error.issues ?? []);
}

function buildApi(): Api {
  const methods: Record<string, unknown> = {};
  for (const channel of CHANNELS) {
    methods[channel] = (input?: unknown) => call(channel, input as ChannelInput<typeof channel>);
  }
  methods.on = <E extends EventName>(event: E, listener: (payload: IpcEvents[E]) => void) =>
    bridge().on(event, listener);
  return methods as Api;
}

export const api: Api = buildApi();

/** Plain words from anything thrown, for showing in the UI. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}

/** Field → message, from an invalid-input error (paths as the zod schema names them). */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (error instanceof ApiError && error.code === 'invalid-input') {
    for (const issue of error.issues) if (!(issue.path in out)) out[issue.path] = issue.message;
  }
  return out;
}
