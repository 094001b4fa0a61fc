/** The organizations feature's public face: what other rooms may use. Everything else is internal. */
export { LeaveOrganizationButton } from './components/LeaveOrganizationButton';
export { VerificationControls } from './components/VerificationControls';
export { VerifiedBadge } from './components/VerifiedBadge';
