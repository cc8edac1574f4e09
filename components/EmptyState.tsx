import type { ComponentChildren } from 'preact';

export function EmptyState({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="empty" data-testid="empty-state">
      <strong>{title}</strong>
      {children}
    </div>
  );
}
