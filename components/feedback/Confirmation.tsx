import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../shared/Button';

const CLOSE_DELAY_MS = 2_500;

/**
 * What happened, said clearly, with focus on it (never left on the page body); the window then
 * closes by itself. `children` are further actions on what was just saved (sharing the recap): with
 * them the window stays until the user closes it, as it does once the user starts using the page.
 */
export function Confirmation({ title, detail, children }: { title: string; detail?: string; children?: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [stay, setStay] = useState(Boolean(children));
  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    if (stay) return;
    const timer = setTimeout(() => window.close(), CLOSE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [stay]);
  const keepOpen = () => setStay(true);
  return (
    <div class="page confirmation" onPointerDown={keepOpen} onKeyDown={keepOpen}>
      <div role="status" aria-live="polite">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {detail && <p>{detail}</p>}
      </div>
      {children}
      {!stay && <p class="muted">This window closes in a moment.</p>}
      <Button onClick={() => window.close()}>{stay ? 'Close' : 'Close now'}</Button>
    </div>
  );
}
