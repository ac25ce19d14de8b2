import { loadDemoData, removeDemoData } from '../../../lib/demo/demo-store';
import { sendMessage } from '../../../lib/messaging/api';
import { describeDemoContents, describeDemoData, hasDemoData } from '../../../lib/pairings/demo-data';
import { Button } from '../../shared/Button';
import { plural } from '../../shared/format';
import { useLiveQuery } from '../../shared/use-live-query';
import { ActionOutcome, useAction } from '../ui';

/** Sample pairings and a sample calendar, to see the product work before connecting anything. */
export function DemoData() {
  const summary = useLiveQuery(() => describeDemoData(), []);
  const action = useAction();
  const loaded = summary.status === 'ready' && hasDemoData(summary.value);

  const load = () =>
    action.run(async () => {
      const result = await loadDemoData();
      await replanReminders();
      return `Loaded ${plural(result.pairings, 'sample pairing')} with ${plural(result.sessions, 'session')}. They carry a “Demo” badge.`;
    });
  const remove = () =>
    action.run(async () => {
      const result = await removeDemoData();
      await replanReminders();
      return `Removed the demo data (${plural(result.removed, 'item')}).`;
    });

  return (
    <div class="source-block" role="group" aria-labelledby="demo-heading">
      <h3 id="demo-heading">Demo data</h3>
      {summary.status === 'ready' && !loaded && (
        <>
          <p class="muted">Adds sample pairings with goals, past sessions and feedback, and a sample calendar, marked “Demo”. Your own pairings are not touched. With no calendar connected, you see the sample calendar as its owner until you remove the demo data.</p>
          <Button onClick={() => void load()} disabled={action.busy}>
            Load demo data
          </Button>
        </>
      )}
      {summary.status === 'ready' && loaded && (
        <>
          <p id="demo-remove-what">
            Removing takes away {describeDemoContents(summary.value)}. A sample pairing you added your own goals, notes, feedback or action items to
            is kept as yours; your own pairings are not touched.
          </p>
          <Button variant="danger" onClick={() => void remove()} disabled={action.busy} aria-describedby="demo-remove-what">
            Remove demo data
          </Button>
        </>
      )}
      <ActionOutcome status={action.status} failedTitle={loaded ? 'The demo data was not removed.' : 'The demo data was not loaded.'} />
    </div>
  );
}

/** Sample sessions come and go: the background re-plans its reminders and the toolbar badge. */
async function replanReminders(): Promise<void> {
  await sendMessage('replanPrompts', undefined).catch((error: unknown) => {
    console.warn('Mentoring Companion: reminders not re-planned', error);
  });
}
