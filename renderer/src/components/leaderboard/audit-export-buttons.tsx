// The audit trail for the leaderboard's date range: one row per answer (cloud, endpoint host,
// region, models asked and served, request id, status, tokens, cost and its source, timings),
// as CSV or JSON Lines. The columns are documented in docs/audit-export.md.
import { useState } from 'react';
import { api, errorMessage } from '../../lib/api';
import { downloadText } from '../../lib/download';

export function AuditExportButtons({
  from,
  to,
}: {
  from?: number | undefined;
  to?: number | undefined;
}) {
  const [status, setStatus] = useState('');
  const exportAs = async (format: 'csv' | 'jsonl') => {
    setStatus('Exporting…');
    try {
      const file = await api.exportAudit({
        format,
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
      });
      downloadText(file.fileName, file.mimeType, file.content);
      setStatus(`Saved ${file.fileName}.`);
    } catch (error) {
      setStatus(errorMessage(error));
    }
  };
  return (
    <span className="leaderboard__audit">
      <button type="button" className="ghost-button" onClick={() => void exportAs('csv')}>
        Audit trail (CSV)
      </button>
      <button type="button" className="ghost-button" onClick={() => void exportAs('jsonl')}>
        Audit trail (JSON Lines)
      </button>
      <span role="status" className="leaderboard__audit-status">
        {status}
      </span>
    </span>
  );
}
