// The app's backend streaming the workload's four answers with no page showing them, run beside
// every peer page. The app's page shares the machine's two cores with its backend (main
// services, SDKs, the cloud simulator and the bridge, in this Node process, 26–35 % of a core);
// a peer page measured on an idle machine had its script time counted without that competition.
// A client built on a peer renderer would have the same backend work (its SDKs receive the same
// four streams), so every variant now streams with it, and the pages are compared under the
// same load (in thread time, page-probes.ts, which the wait for a core no longer inflates). The
// events go to a WebSocket client here, as they go to the app's page, so the host serialises and
// sends them just the same. The first-token floor (first-token-floor.ts) is handed these same
// messages, to render the app's real events.
import WebSocket from 'ws';
import type { SendTurnInput } from '../../shared/chat';
import type { CloudSimulator } from '../../tests/simulator/cloud-simulator';
import { simulatorProfiles } from '../../tests/support/simulator-profiles';
import { APP_PROFILES, startBenchHost } from './open-app';

export interface BackendLoad {
  /** The four panes' ids in the events, in pane order. */
  paneIds: string[];
  /**
   * Streams one turn of four answers; resolves when all four are done. `forward` is given every
   * message the host sends meanwhile, as sent.
   */
  streamTurn(prompt: string, forward?: (message: string) => void): Promise<void>;
  close(): Promise<void>;
}

export async function startBackendLoad(simulator: CloudSimulator): Promise<BackendLoad> {
  const bench = await startBenchHost(simulator);
  const { host } = bench;
  const { origin } = new URL(host.url);
  const socket = new WebSocket(
    `ws://${new URL(host.url).host}/bridge?token=${encodeURIComponent(host.token)}`,
    { origin },
  );
  const close = async () => {
    socket.terminate();
    await bench.close();
  };
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
  } catch (error) {
    await close();
    throw error;
  }
  // The same panes as the app's preset: each provider's default model.
  const models = new Map(simulatorProfiles(simulator).map((e) => [e.profile.id, e.model]));
  const panes = APP_PROFILES.map((profileId, index) => ({
    paneId: `load-pane-${index + 1}`,
    profileId,
    model: models.get(profileId) ?? '',
    settings: {},
  }));

  return {
    paneIds: panes.map((pane) => pane.paneId),
    async streamTurn(prompt, forward) {
      let done = 0;
      let onMessage: ((data: WebSocket.RawData) => void) | undefined;
      const allDone = new Promise<void>((resolve) => {
        onMessage = (data) => {
          const message = String(data);
          forward?.(message);
          // Only an answer's end is read; the parts are dropped unparsed.
          if (!message.includes('"event":"streamDone"')) return;
          done += 1;
          if (done === panes.length) resolve();
        };
        socket.on('message', onMessage);
      });
      try {
        const input: SendTurnInput = {
          prompt,
          attachments: [],
          panes,
        };
        const sent = await host.invoke('sendTurn', input);
        if (!sent.ok) throw new Error(`The backend load could not start: ${sent.error.message}`);
        await allDone;
      } finally {
        if (onMessage) socket.off('message', onMessage);
      }
    },
    close,
  };
}
