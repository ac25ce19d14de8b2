import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Button } from '../shared/Button';

export const CLOSE_DELAY_MS = 2_500;

/**
 * What happened, said clearly, with focus on it (never left on the page body); the window then
 * closes by itself. `children` are further actions on what was just saved.
 */
export function Confirmation({ title, detail, children }: { title: string; detail?: string; children?: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    const timer = setTimeout(() => window.close(), CLOSE_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div class="page confirmation" role="status" aria-live="polite">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {detail && <p>{detail}</p>}
      {children}
      <p class="muted">This window closes in a moment.</p>
      <Button onClick={() => window.close()}>Close now</Button>
    </div>
  );
}
