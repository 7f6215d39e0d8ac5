// Said above an answer another cloud gave because the pane's own failed before its first token:
// "Bedrock us-east-2 throttled (429) → answered by Azure OpenAI swedencentral".
import type { FailedAttempt } from '../../../../shared/answer';
import type { ErrorKind } from '../../../../shared/stream';

const FAILED_HOW: Partial<Record<ErrorKind, string>> = {
  'rate-limit': 'throttled',
  quota: 'is out of quota',
  server: 'had a server error',
  timeout: 'timed out',
  network: 'could not be reached',
};

const where = (name: string, region: string | undefined) => (region ? `${name} ${region}` : name);

export function describeAttempt(attempt: FailedAttempt): string {
  const how = FAILED_HOW[attempt.errorKind] ?? 'failed';
  const status = attempt.status !== undefined ? ` (${attempt.status})` : '';
  return `${where(attempt.providerName, attempt.region)} ${how}${status}`;
}

export function FailoverNotice({
  attempts,
  answeredBy,
  region,
}: {
  attempts: readonly FailedAttempt[];
  answeredBy: string;
  region: string | undefined;
}) {
  return (
    <p
      className="answer__notice answer__failover"
      title={attempts.map((a) => `${a.providerName}: ${a.message}`).join('\n')}
    >
      {attempts.map(describeAttempt).join(' → ')} → answered by {where(answeredBy, region)}
    </p>
  );
}
