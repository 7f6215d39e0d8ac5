// The saved provider profiles, worked out when the providers change. A selector mapping them
// (compared with useShallow) ran and compared on every store update, and tokens update the
// store every frame while answers stream.
import { useMemo } from 'react';
import type { ProviderProfile } from '../../../shared/providers';
import { useAppStore } from '../store/app-store';

export function useProfiles(): ProviderProfile[] {
  const views = useAppStore((s) => s.providers);
  return useMemo(() => views.map((view) => view.profile), [views]);
}
