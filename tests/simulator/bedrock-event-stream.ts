// AWS event-stream frames (application/vnd.amazon.eventstream) as Bedrock ConverseStream sends
// them: each event or exception is one binary message with headers, a JSON body and CRCs.
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';

const codec = new EventStreamCodec(toUtf8, fromUtf8);

function stringHeader(value: string): { type: 'string'; value: string } {
  return { type: 'string', value };
}

export function eventFrame(eventType: string, body: unknown): Uint8Array {
  return codec.encode({
    headers: {
      ':event-type': stringHeader(eventType),
      ':content-type': stringHeader('application/json'),
      ':message-type': stringHeader('event'),
    },
    body: fromUtf8(JSON.stringify(body)),
  });
}

export function exceptionFrame(exceptionType: string, body: unknown): Uint8Array {
  return codec.encode({
    headers: {
      ':exception-type': stringHeader(exceptionType),
      ':content-type': stringHeader('application/json'),
      ':message-type': stringHeader('exception'),
    },
    body: fromUtf8(JSON.stringify(body)),
  });
}

/** A frame whose message CRC no longer matches: what a corrupting proxy would deliver. */
export function corruptFrame(eventType: string, body: unknown): Uint8Array {
  const frame = eventFrame(eventType, body);
  const broken = new Uint8Array(frame);
  const index = broken.length - 6;
  broken[index] = (broken[index] ?? 0) ^ 0xff;
  return broken;
}
