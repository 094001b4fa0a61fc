import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  /** A sentence or two on what the page is for. */
  intro: string;
  /** The page's main actions, beside the title. */
  children?: ReactNode;
}

/** A page's heading and introduction, with its main actions beside them. */
export function PageHeader({ title, intro, children }: PageHeaderProps) {
  return (
    <div className="page-header">
      <div>
        <h1>{title}</h1>
        <p className="lead">{intro}</p>
      </div>
      {children}
    </div>
  );
}
