// A cloud's refusal of an attached file (too large, not a type it reads, a model that reads no
// images, a Bedrock document name it rejects), told apart from other bad requests by what the
// cloud said, so the pane says a file was refused and what to do rather than "refused the request".
import { errorPart } from './error-part';
import type { ErrorPart } from '../../../shared/stream';

// Whole words: "Please consult our documentation" (Anthropic's setting errors) is no file.
const FILE_REFUSAL =
  /\bimages?\b|image_url|input_image|input_file|file_data|\bfiles?\b|\bdocuments?\b|\bpdf\b|base64|media type|mime type|only supported by certain models/i;

export function isFileRefusal(said: string | undefined): boolean {
  return said !== undefined && FILE_REFUSAL.test(said);
}

/** "OpenAI refused an attached file (400). The server said: "…" Remove it, or …". */
export function fileRefusalPart(
  label: string,
  code: string,
  detail: string,
  extra: { status?: number; retryAfterMs?: number },
): ErrorPart {
  return errorPart(
    'bad-request',
    `${label} refused an attached file${code}.${detail} Remove the file, or pick a model that reads it.`,
    extra,
  );
}
