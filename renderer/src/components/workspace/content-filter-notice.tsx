// Said under an answer a content filter or guardrail ended: plainly, and not as a failure (the
// answer is complete, its text so far, usage and cost are kept).
import { PROVIDER_LABELS } from '../../../../shared/providers';
import { useAppStore } from '../../store/app-store';
import { providersSelectors } from '../../store/slices/providers/selectors';
import { workspaceSelectors } from '../../store/slices/workspace/selectors';
import '../../styles/pane-settings.css';

export function ContentFilterNotice({ paneId }: { paneId: string }) {
  const kind = useAppStore((s) => {
    const pane = workspaceSelectors.pane(s, paneId);
    return pane ? providersSelectors.profile(s, pane.profileId)?.kind : undefined;
  });
  const text =
    kind === 'bedrock'
      ? 'A guardrail or content filter on AWS Bedrock stopped this answer; the text so far is kept.'
      : kind
        ? `${PROVIDER_LABELS[kind]}'s content filter stopped this answer; the text so far is kept.`
        : 'A content filter stopped this answer; the text so far is kept.';
  return <p className="answer__notice">{text}</p>;
}
