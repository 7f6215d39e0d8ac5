// Under the composer, before sending: which panes will not be asked because their model or
// cloud cannot take an attached file, and why (main checks the same rules and says so in the
// pane; the other panes go on). Nothing when every pane can take every file.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { attachmentProblem } from '../../../../shared/attachment-support';
import { modelTargetOf } from '../../../../shared/model-capabilities';
import { useProfiles } from '../../hooks/use-profiles';
import { useAppStore } from '../../store/app-store';
import { workspaceSelectors } from '../../store/slices/workspace/selectors';

export function AttachmentWarnings() {
  const files = useAppStore((s) => s.composerAttachments);
  const targets = useAppStore(useShallow(workspaceSelectors.targetPanes));
  const panes = useAppStore((s) => s.panes);
  const profiles = useProfiles();
  const warnings = useMemo(() => {
    if (files.length === 0) return [];
    return targets.flatMap((pane) => {
      const profile = profiles.find((p) => p.id === pane.profileId);
      if (!profile || !pane.model) return [];
      const problem = attachmentProblem(modelTargetOf(profile, pane.model), files);
      return problem === undefined
        ? []
        : [
            {
              paneId: pane.paneId,
              text: `Pane ${panes.indexOf(pane) + 1} will not be asked: ${problem}`,
            },
          ];
    });
  }, [files, targets, panes, profiles]);
  if (warnings.length === 0) return null;
  return (
    <ul className="composer__warnings" aria-label="Files some panes cannot take">
      {warnings.map((warning) => (
        <li key={warning.paneId}>{warning.text}</li>
      ))}
    </ul>
  );
}
