// The model catalog merged with the user's own clouds: for one model family, which of the
// configured profiles serve it, under which id, and why the others do not. Pure, so the presets,
// the "compare a model across my clouds" picker and their tests all read the same answer.
import { MODEL_CATALOG, type CatalogFamily, type CatalogOffer } from './model-catalog';
import { modelFamily } from './model-family';
import { PROVIDER_LABELS, profileRegion, type ModelInfo, type ProviderProfile } from './providers';

export interface FamilyPane {
  profileId: string;
  model: string;
}

export interface FamilyMiss {
  profileId: string;
  profileName: string;
  /** Why this cloud is left out, in words. */
  reason: string;
}

export interface FamilyOnMyClouds {
  family: CatalogFamily;
  /** Every configured profile that serves the family, in the order the profiles are listed. */
  panes: FamilyPane[];
  missing: FamilyMiss[];
}

/** What the app knows beyond the catalog: live model lists, and Azure deployments' base models. */
export interface LiveModels {
  /** profileId → the models the cloud listed. */
  listed: Readonly<Record<string, readonly ModelInfo[]>>;
  /** profileId → deployment → the model the server reported serving it. */
  servedByDeployment?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const familyNames = (family: CatalogFamily): Set<string> =>
  new Set([family.family, ...family.offers.map((offer) => modelFamily(offer.id))]);

/** Words that make a longer name another model: `gpt-4o-mini` is not `gpt-4o`. */
const VARIANT = /^(mini|nano|pro|turbo|audio|realtime|search|codex|chat|transcribe|tts)\b/;

/**
 * Whether an Azure deployment's own name says it serves the family (`gpt-4o-prod`, `gpt-4o`),
 * used until the server has reported the model behind it, which then wins.
 */
function namedFor(family: CatalogFamily, deployment: string): boolean {
  const name = deployment.trim().toLowerCase();
  if (familyNames(family).has(modelFamily(name))) return true;
  const stem = family.family;
  if (!name.startsWith(`${stem}-`)) return false;
  return !VARIANT.test(name.slice(stem.length + 1));
}

/** The catalog family a model id belongs to, or undefined for a model the catalog lacks. */
export function catalogFamilyOf(
  id: string,
  catalog: readonly CatalogFamily[] = MODEL_CATALOG,
): CatalogFamily | undefined {
  const name = modelFamily(id);
  return catalog.find((family) => familyNames(family).has(name));
}

/** Bedrock's geography prefix for a region: `us.` for us-east-1, `eu.` for eu-west-3, … */
function geographyOf(region: string | undefined): string | undefined {
  if (!region) return undefined;
  if (region === 'ap-northeast-1') return 'jp';
  if (region === 'ap-southeast-2') return 'au';
  const prefix = /^(us|eu|ap|ca)-/.exec(region)?.[1];
  return prefix === 'ap' ? 'apac' : prefix;
}

/** The best Bedrock id for a region: its own geography's profile, then global, then in-region. */
function bedrockChoice(ids: string[], region: string | undefined): string | undefined {
  const geo = geographyOf(region);
  return (
    ids.find((id) => geo !== undefined && id.startsWith(`${geo}.`)) ??
    ids.find((id) => id.startsWith('global.')) ??
    ids.find((id) => !/^(us|eu|apac|jp|au|ca|us-gov)\./.test(id))
  );
}

const offeredIn = (offer: CatalogOffer, region: string | undefined): boolean =>
  !offer.regions || region === undefined || offer.regions.includes(region);

function matchProfile(
  family: CatalogFamily,
  profile: ProviderProfile,
  live: LiveModels,
): FamilyPane | FamilyMiss {
  const names = familyNames(family);
  const inFamily = (id: string) => names.has(modelFamily(id));
  const miss = (reason: string): FamilyMiss => ({
    profileId: profile.id,
    profileName: profile.name,
    reason,
  });
  const pane = (model: string): FamilyPane => ({ profileId: profile.id, model });

  if (profile.kind === 'azure-openai') {
    const served = live.servedByDeployment?.[profile.id] ?? {};
    const deployment = profile.deployments.find((name) => {
      const model = served[name];
      return model ? inFamily(model) : namedFor(family, name);
    });
    return deployment
      ? pane(deployment)
      : miss(`no deployment of ${family.label} (add one in Azure, then list it in Settings)`);
  }

  const region = profileRegion(profile);
  const offers = family.offers.filter((offer) => offer.kind === profile.kind);
  const listed = (live.listed[profile.id] ?? []).map((m) => m.id).filter(inFamily);
  const inRegion = offers.filter((offer) => offeredIn(offer, region)).map((o) => o.id);

  if (profile.kind === 'bedrock' || profile.kind === 'openai-on-bedrock') {
    // Newer Bedrock models answer only through an inference profile, which model lists leave
    // out: the catalog's ids come first, the listed ones after.
    const choice = bedrockChoice([...inRegion, ...listed], region);
    if (choice) return pane(choice);
    const elsewhere = offers.flatMap((offer) => offer.regions ?? []);
    return miss(
      elsewhere.length > 0
        ? `${family.label} is not served in ${region ?? 'this region'} (it is in ${[...new Set(elsewhere)].join(', ')})`
        : `${PROVIDER_LABELS[profile.kind]} does not offer ${family.label}`,
    );
  }

  // OpenAI and local servers: what the server lists is the truth; the catalog fills in for an
  // OpenAI profile whose models have not been listed yet.
  const choice = listed[0] ?? (profile.kind === 'openai' ? inRegion[0] : undefined);
  if (choice) return pane(choice);
  return miss(
    profile.kind === 'openai-compatible'
      ? `this server lists no ${family.label} model`
      : `${PROVIDER_LABELS[profile.kind]} does not offer ${family.label}`,
  );
}

/** One family on the user's clouds: the panes that can ask it, and who cannot, with why. */
export function familyOnMyClouds(
  family: CatalogFamily,
  profiles: readonly ProviderProfile[],
  live: LiveModels,
): FamilyOnMyClouds {
  const panes: FamilyPane[] = [];
  const missing: FamilyMiss[] = [];
  for (const profile of profiles) {
    const match = matchProfile(family, profile, live);
    if ('model' in match) panes.push(match);
    else missing.push(match);
  }
  return { family, panes, missing };
}

/** Every catalog family at least one of the user's clouds serves, most clouds first. */
export function familiesOnMyClouds(
  profiles: readonly ProviderProfile[],
  live: LiveModels,
  catalog: readonly CatalogFamily[] = MODEL_CATALOG,
): FamilyOnMyClouds[] {
  return catalog
    .map((family) => familyOnMyClouds(family, profiles, live))
    .filter((match) => match.panes.length > 0)
    .sort((a, b) => b.panes.length - a.panes.length);
}
