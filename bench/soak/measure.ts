// What a long-running main process could leak, measured in this process: libuv handles and
// requests by type, open TCP sockets, listeners on `process`, and the V8 heap after a full GC.
export interface ProcessSample {
  handles: number;
  sockets: number;
  processListeners: number;
  heapUsedMb: number;
  resources: Record<string, number>;
}

export async function sampleProcess(): Promise<ProcessSample> {
  // Twice, with a tick between: a weak callback freed by the first GC can free more in a second.
  for (let i = 0; i < 2; i++) {
    globalThis.gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const resources: Record<string, number> = {};
  for (const type of process.getActiveResourcesInfo()) resources[type] = (resources[type] ?? 0) + 1;
  const processListeners = process
    .eventNames()
    .reduce((sum, name) => sum + process.listenerCount(name), 0);
  return {
    handles: Object.values(resources).reduce((a, b) => a + b, 0),
    sockets: resources['TCPSocketWrap'] ?? 0,
    processListeners,
    heapUsedMb: process.memoryUsage().heapUsed / 1024 / 1024,
    resources,
  };
}
