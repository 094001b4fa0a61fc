import type { ReactNode } from 'react';

interface ResultCountProps {
  /** The number of results, for tests and tools (data-value). */
  count: number;
  testId?: string;
  /** The number in words ("12 practices"). */
  children: ReactNode;
}

/** How many results a list has, announced politely as filters change it. */
export function ResultCount({ count, testId = 'result-count', children }: ResultCountProps) {
  return (
    <p role="status" className="result-count" data-testid={testId} data-value={count}>
      {children}
    </p>
  );
}
