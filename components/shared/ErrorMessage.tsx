import type { ComponentChildren } from 'preact';

/** A problem the user should see now (announced by screen readers as it appears). */
export function ErrorMessage({ title, children }: { title?: string; children?: ComponentChildren }) {
  return (
    <div class="error-box" role="alert">
      {title && <strong>{title} </strong>}
      {children}
    </div>
  );
}
