// A small structured logger for the main process. Log lines carry what happened (cloud, model,
// error kind, timings), never request bodies or credentials; as a second line of defence every
// line is scrubbed of anything that looks like a key before it is written.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { redactSecrets } from '../security/redact-secrets';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  log(level: LogLevel, event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export function createLogger(sink: (line: string) => void): Logger {
  const log = (level: LogLevel, event: string, fields: LogFields = {}): void => {
    const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
    sink(redactSecrets(line));
  };
  return {
    log,
    info: (event, fields) => log('info', event, fields),
    warn: (event, fields) => log('warn', event, fields),
    error: (event, fields) => log('error', event, fields),
  };
}

/** Appends JSON lines to a file (the app's logs folder) and echoes warnings to stderr. */
export function createFileLogger(file: string): Logger {
  mkdirSync(dirname(file), { recursive: true });
  return createLogger((line) => {
    appendFileSync(file, `${line}\n`, { mode: 0o600 });
    if (!line.includes('"level":"info"') && !line.includes('"level":"debug"')) {
      process.stderr.write(`${line}\n`);
    }
  });
}
