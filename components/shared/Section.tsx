import type { ReactNode } from 'react';

export function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <section className="gr-section" data-testid={testId} aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
