// Every variant renders at the size the harness's own streaming measurement uses.
export const VIEWPORT = { width: 1600, height: 1000 } as const;
