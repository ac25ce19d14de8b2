import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Button } from '../shared/Button';

export const CLOSE_DELAY_MS = 2_500;

/**
 * What happened, said clearly; the window then closes by itself. When it offers a next step (sharing
 * the recap), it stays until the user closes it.
 */
export function Confirmation({ title, detail, children }: { title: string; detail?: string; children?: ComponentChildren }) {
  const [stay, setStay] = useState(Boolean(children));
  useEffect(() => {
    if (stay) return;
    const timer = setTimeout(() => window.close(), CLOSE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [stay]);
  const keepOpen = () => setStay(true);
  return (
    <div class="page confirmation" onPointerDown={keepOpen} onKeyDown={keepOpen} onFocusIn={keepOpen}>
      <div role="status" aria-live="polite">
        <h1 tabIndex={-1}>{title}</h1>
        {detail && <p>{detail}</p>}
      </div>
      {children}
      {!stay && <p class="muted">This window closes in a moment.</p>}
      <Button onClick={() => window.close()}>{stay ? 'Close' : 'Close now'}</Button>
    </div>
  );
}
