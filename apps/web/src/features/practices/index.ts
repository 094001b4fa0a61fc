/** The practices feature's public face: what other rooms may use. Everything else is internal. */
export { LifecycleActions } from './components/LifecycleActions';
export {
  EditContentLink,
  MY_CONTENT_PAGE_SIZE,
  MY_CONTENT_QUERY_OPTIONS,
  MyOrganizationsContent,
  type OrganizationListProps,
  ownedByFilter,
} from './components/MyOrganizationsContent';
export {
  EditAccess,
  EditorActions,
  OrganizationField,
  type OwnedEditorProps,
  type SaveOptions,
  WritableOrganizations,
} from './components/OwnedEditor';
export { errorFor } from './editor/practiceForm';
export { useOwnedEditorForm } from './hooks/useOwnedEditorForm';
export type { ViewerMembership } from './hooks/useViewerMemberships';
export { type FacetKey, FACETS, normalizeFacet } from './libraryFilters';
