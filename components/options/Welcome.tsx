import { useEffect, useState } from 'preact/hooks';
import { describeDemoData, hasDemoData } from '../../lib/pairings/demo-data';
import { dismissWelcome, isWelcomeDismissed } from '../../lib/settings/welcome';
import { Button } from '../shared/Button';
import { useLiveQuery } from '../shared/use-live-query';

const FIREFOX = import.meta.env.FIREFOX;

/** The first run's welcome: what the sample data is, where the panel is, how to connect a calendar. */
export function Welcome() {
  const [dismissed, setDismissed] = useState<boolean>();
  const demo = useLiveQuery(() => describeDemoData(), []);
  useEffect(() => {
    isWelcomeDismissed().then(setDismissed, () => setDismissed(false));
  }, []);
  // Shown once both are known, so it never says the wrong thing about the demo data first.
  if (dismissed !== false || demo.status === 'loading') return null;
  const withDemo = demo.status === 'ready' && hasDemoData(demo.value);
  const close = () => {
    setDismissed(true);
    dismissWelcome().catch((error: unknown) => console.warn('Mentoring Companion: the welcome will show again', error));
    document.getElementById('options-main')?.focus();
  };
  return (
    <section id="welcome" class="options-section welcome" aria-labelledby="welcome-heading" tabIndex={-1}>
      <h2 id="welcome-heading">Welcome to Mentoring Companion</h2>
      <ul class="bullets">
        <li>
          {withDemo
            ? 'To show you around, sample data is loaded: six pairings (one-on-one, reverse, high-potential, group and peer), months of sessions with notes and feedback, and a sample calendar. Everything sample carries a “Demo” badge and stays out of your own data; remove it under '
            : 'You can look around with sample pairings and a sample calendar: load them under '}
          <a href="#calendar">Calendar source → Demo data</a>.
        </li>
        <li>
          {FIREFOX
            ? 'Open the side panel with the Mentoring Companion button in the toolbar (or View → Sidebar). If the button is hidden, pin it from the Extensions menu (the puzzle piece).'
            : 'Open the side panel with the Mentoring Companion button in the toolbar. To keep it at hand, open the Extensions menu (the puzzle piece) and pin Mentoring Companion.'}
        </li>
        <li>
          Connect your calendar under <a href="#calendar">Calendar source</a>: sign in with Google, or add a calendar’s secret iCal address or an .ics file
          (Outlook and Apple calendars work too). Your data stays on this computer.
        </li>
        <li>
          In Google Calendar, mentoring sessions get a small badge, and an event’s details offer “Mentoring notes”. In a Google Meet call, a small bar opens the
          panel on the call’s session.
        </li>
      </ul>
      <Button variant="primary" onClick={close}>
        Got it
      </Button>
    </section>
  );
}
