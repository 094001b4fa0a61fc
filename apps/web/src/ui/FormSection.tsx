import type { ReactNode } from 'react';

interface FormSectionProps {
  /** The heading's id, which names the section for assistive technology. */
  headingId: string;
  title: string;
  children: ReactNode;
}

/** One titled part of a long form (an editor's "Content", "Visibility"…). */
export function FormSection({ headingId, title, children }: FormSectionProps) {
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
