/**
 * OPD (local-government agency) and region tagging, and the sentiment aimed
 * at each agency.
 */
export { tagEntities, createEntityTagger, type EntityTagger, type EntityTaggerOptions, type OptionalKind } from './create-tagger';
export { loadRegistryOverride, entityAliasWords, RegistryOverrideError, type RegistryOverride, type RegistryIssue, type RegionInstance, type RegionAgency, type RegionUnit, type UnitKind, type RegionBody, type RegionPemda, type BodyKind } from './registry';
export { resolveRegionName, type RegionNameResult, type RegionCode, type RegionNameError } from './region-name';
export { targetSentiments, type TargetInput } from './targets';
export type { EntityMention, EntityKind, RegionRef, RegionLevel } from './types';
