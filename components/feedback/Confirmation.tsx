import { useEffect } from 'preact/hooks';
import { Button } from '../shared/Button';

export const CLOSE_DELAY_MS = 2_500;

/** What happened, said clearly; the window then closes by itself. */
export function Confirmation({ title, detail }: { title: string; detail?: string }) {
  useEffect(() => {
    const timer = setTimeout(() => window.close(), CLOSE_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div class="page confirmation" role="status" aria-live="polite">
      <h1 tabIndex={-1}>{title}</h1>
      {detail && <p>{detail}</p>}
      <p class="muted">This window closes in a moment.</p>
      <Button onClick={() => window.close()}>Close now</Button>
    </div>
  );
}
