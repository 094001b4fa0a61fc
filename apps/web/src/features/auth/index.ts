/** The auth feature's public face: what other rooms may use. Everything else is internal. */
export { PasswordField } from './components/PasswordField';
export { PasswordRules } from './components/PasswordRules';
export { RequireSignIn } from './components/RequireSignIn';
export { ResendVerificationButton } from './components/ResendVerificationButton';
export { useSessionChanged } from './hooks/useSessionChanged';
export { useSignOut } from './hooks/useSignOut';
export { useViewer, type Viewer } from './hooks/useViewer';
export { withNext } from './next';
export {
  canAcceptAnswer,
  canManageOrganization,
  isModerator,
  isOrganizationEditor,
  isPlatformAdmin,
} from './permissions';
