/**
 * OPD (local-government agency) and region tagging, and the sentiment aimed
 * at each agency.
 */
export { tagEntities, createEntityTagger, type EntityTagger, type EntityTaggerOptions } from './create-tagger';
export { loadRegistryOverride, entityAliasWords, RegistryOverrideError, type RegistryOverride, type RegistryIssue, type RegionInstance, type RegionAgency, type RegionUnit, type UnitKind } from './registry';
export { targetSentiments, type TargetInput } from './targets';
export type { EntityMention, EntityKind, RegionRef, RegionLevel } from './types';
