// OpenAI's finish_reason values (shared by Azure, Bedrock's OpenAI API and compatible servers).
import type { FinishReason } from '../../../shared/stream';

export function mapOpenAiFinishReason(reason: string | null | undefined): FinishReason {
  switch (reason) {
    case 'stop':
      return 'stop';
    case 'length':
      return 'length';
    case 'content_filter':
      return 'content-filter';
    case 'tool_calls':
    case 'function_call':
      return 'tool-calls';
    default:
      return 'other';
  }
}
