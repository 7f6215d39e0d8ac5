// One name for one model across clouds: `gpt-4o-2024-08-06` (OpenAI, Azure),
// `us.anthropic.claude-3-7-sonnet-20250219-v1:0` (Bedrock) and `openai.gpt-5.5` (Bedrock Mantle)
// are the families `gpt-4o`, `claude-3-7-sonnet` and `gpt-5.5`. The leaderboard groups by it and
// the compare workspace uses it to tell whether panes asked for the same model.

/** Bedrock's geographic and global inference-profile prefixes. */
const PROFILE_PREFIX = /^(global|us|us-gov|eu|apac|jp|au|in|ca)\./;
/** Bedrock's model-provider prefixes (and Mantle's `openai.`). */
const VENDOR_PREFIX =
  /^(openai|anthropic|meta|mistral|amazon|cohere|ai21|deepseek|qwen|writer|google|moonshot)\./;
/** Version suffixes: Bedrock's `-v1:0` / `-1:0`, dated snapshots, Ollama-style `:tag`. */
const BEDROCK_VERSION = /-v?\d+:\d+$/;
const DATED = /-(\d{4}-\d{2}-\d{2}|\d{8})$/;
/** Local servers' tags: `gpt-oss:120b` is the 120b size, `:latest` says nothing. */
const SIZE_TAG = /:(\d+(?:\.\d+)?[bm])$/;
const OTHER_TAG = /:[a-z0-9._-]+$/;

/**
 * A served model id without the cloud's own prefixes (`us.anthropic.…`, `openai.…`, an ARN's
 * path), keeping its date and version: what two clouds can be compared on.
 */
export function modelVersion(id: string): string {
  let version = id.trim().toLowerCase();
  if (version.startsWith('arn:')) version = version.slice(version.lastIndexOf('/') + 1);
  return version.replace(PROFILE_PREFIX, '').replace(VENDOR_PREFIX, '');
}

/** Whether an id names a dated snapshot or a version, rather than only a family (`gpt-5.5`). */
export function statesVersion(id: string): boolean {
  return modelVersion(id) !== modelFamily(id);
}

/**
 * The family of a model id: provider prefixes, snapshot dates and version suffixes removed,
 * lower case. An ARN is read from its last path segment. Ids it does not recognise come back
 * trimmed and lower-cased, so unknown models still group with themselves.
 */
export function modelFamily(id: string): string {
  let family = modelVersion(id);
  family = family.replace(BEDROCK_VERSION, '');
  family = family.replace(SIZE_TAG, '-$1').replace(OTHER_TAG, '');
  // A snapshot date may sit before a Bedrock version (`…-20250219-v1:0`): strip both, in order.
  family = family.replace(DATED, '');
  return family;
}
