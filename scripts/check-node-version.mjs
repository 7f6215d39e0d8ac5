#!/usr/bin/env node
// Stops `npm start`, `npm run dev` and `npm run dist` early, in words, on a Node.js too old for
// the Electron tooling they run (@electron/get, @electron/rebuild and node-abi for Electron 45
// ask for Node 22.12 or newer). Tests, lint and typecheck need only Node 20.19, so they do not
// call this.
//
//   node scripts/check-node-version.mjs
const REQUIRED = [22, 12, 0];
// Lets a test ask "what would an older Node see?" without installing one.
const current = process.env.CHECK_NODE_VERSION_AS ?? process.versions.node;

const parts = current.split('.').map((n) => Number.parseInt(n, 10) || 0);
const tooOld = REQUIRED.some((want, i) => {
  const have = parts[i] ?? 0;
  const earlierEqual = REQUIRED.slice(0, i).every((w, j) => (parts[j] ?? 0) === w);
  return earlierEqual && have < want;
});

if (tooOld) {
  console.error(
    `Polycloud Chat needs Node.js ${REQUIRED.join('.')} or newer to build and start the app ` +
      `(the Electron 45 tooling asks for it); this is Node.js ${current}. ` +
      'Install a newer Node.js (for example the current LTS) and run the command again. ' +
      '(npm test, npm run lint and npm run typecheck work from Node.js 20.19.)',
  );
  process.exit(1);
}
