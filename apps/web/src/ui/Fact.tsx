import type { ReactNode } from 'react';

interface FactProps {
  label: string;
  children: ReactNode;
  testId?: string;
}

/** One entry of a facts list (<dl className="facts">): its label and its value. */
export function Fact({ label, children, testId }: FactProps) {
  return (
    <div data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
