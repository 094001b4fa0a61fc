/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The kind of body an organization is. */
export type StakeholderType =
  /** Academia / research */
  | 'ACADEMIA'
  /** NGO / civil society */
  | 'CIVIL_SOCIETY'
  /** Government */
  | 'GOVERNMENT'
  /** International organization */
  | 'INTERNATIONAL_ORGANIZATION'
  /** Media */
  | 'MEDIA'
  /** Other */
  | 'OTHER'
  /** Private sector */
  | 'PRIVATE_SECTOR';

export type PlatformStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformStatsQuery = { platformStats: { organizationCount: number, countryCount: number, organizationsByStakeholderType: Array<{ stakeholderType: StakeholderType, count: number }> } };


export const PlatformStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationCount"}},{"kind":"Field","name":{"kind":"Name","value":"countryCount"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsByStakeholderType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stakeholderType"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<PlatformStatsQuery, PlatformStatsQueryVariables>;