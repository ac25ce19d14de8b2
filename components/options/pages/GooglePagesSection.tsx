import { useEffect, useState } from 'preact/hooks';
import { clearPageDiagnostic, listPageDiagnostics, watchPageDiagnostics, type PageDiagnostic } from '../../../lib/google-pages/page-diagnostics';
import { Button } from '../../shared/Button';
import { Section } from '../ui';

const SURFACE_NAMES = { calendar: 'Google Calendar', meet: 'Google Meet' } as const;

/** What the extension does in Google Calendar and Meet, and what went wrong there (Google may change its pages). */
export function GooglePagesSection() {
  const [diagnostics, setDiagnostics] = useState<PageDiagnostic[]>();
  useEffect(() => {
    const load = () => void listPageDiagnostics().then(setDiagnostics, () => setDiagnostics([]));
    load();
    return watchPageDiagnostics(load);
  }, []);
  return (
    <Section
      id="pages"
      title="Google Calendar and Meet"
      intro="Mentoring sessions get a badge in Google Calendar, and a Google Meet call shows a small bar that opens the side panel on its session. When Google changes these pages, the extension shows nothing there and notes it here."
    >
      {diagnostics?.length === 0 && <p>No problems seen on these pages.</p>}
      {diagnostics && diagnostics.length > 0 && (
        <ul class="item-list" aria-label="Problems seen on Google's pages">
          {diagnostics.map((diagnostic) => (
            <li key={diagnostic.surface} class="list-item" data-testid="page-diagnostic">
              <p>
                <strong>{SURFACE_NAMES[diagnostic.surface]}</strong>: {diagnostic.problem}
              </p>
              <p class="muted">
                Seen {new Date(diagnostic.seenAt).toLocaleString()} on {diagnostic.page || '/'} (version {diagnostic.extensionVersion}).
              </p>
              <Button onClick={() => void clearPageDiagnostic(diagnostic.surface)} aria-label={`Dismiss the ${SURFACE_NAMES[diagnostic.surface]} problem`}>
                Dismiss
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
