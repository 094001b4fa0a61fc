/** The two linked rings of the Alliance Commons mark. Decorative: the link around it carries the name. */
export function Logo({ className }: { className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 32 32"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="7" fill="currentColor" />
      <circle cx="11.5" cy="16" r="6" fill="none" stroke="#fff" strokeWidth="2.5" />
      <circle cx="20.5" cy="16" r="6" fill="none" stroke="#f2b134" strokeWidth="2.5" />
    </svg>
  );
}
