import type { CalendarEventCopy } from '../model';
import { demoEventCopy } from './demo-events';
import { DEMO_SELF, demoPeople } from './demo-people';
import { addDays, addMinutes, atLocalTime, soonestSlot, toWorkingDay, utcStamp } from './demo-time';

const TUESDAY = 2;
const PLATFORM_SYNC_SERIES = 'demoplatformlead14';

/**
 * The rest of a real calendar, so detection has something to tell apart: a fortnightly team sync
 * (a pairing's participant attends, but its purpose is other work), a planning day, a mentoring
 * programme meeting, a solo preparation block, and a mentoring chat with someone in no pairing yet.
 */
export function otherDemoEvents(now: Date, timeZone: string, daysBack: number, daysAhead: number): CalendarEventCopy[] {
  const events: CalendarEventCopy[] = [];
  let tuesday = atLocalTime(now, [9, 30]);
  while (tuesday.getDay() !== TUESDAY) tuesday = addDays(tuesday, -1);
  const first = addDays(tuesday, -Math.floor(daysBack / 14) * 14);
  for (let start = first; start <= addDays(now, daysAhead); start = addDays(start, 14)) {
    events.push(
      demoEventCopy(
        {
          id: `${PLATFORM_SYNC_SERIES}_${utcStamp(start)}`,
          recurringEventId: PLATFORM_SYNC_SERIES,
          summary: 'Platform leadership sync',
          description: 'Incidents, hiring, roadmap risks. Notes in the team drive.',
          start,
          end: addMinutes(start, 30),
          organizer: DEMO_SELF,
          guests: [demoPeople.marcus, demoPeople.sofia, demoPeople.ana],
          meetCode: 'rjt-ubws-kfe',
          updated: addDays(first, -7),
        },
        timeZone,
      ),
    );
  }

  const day = (offset: number, at: readonly [number, number]) => atLocalTime(toWorkingDay(addDays(now, offset), 1), at);
  const created = addDays(now, -20);
  const planning = day(16, [13, 0]);
  events.push(
    demoEventCopy(
      {
        id: 'demoplanning01',
        summary: 'Platform planning for next quarter',
        start: planning,
        end: addMinutes(planning, 180),
        organizer: demoPeople.marcus,
        guests: [demoPeople.marcus, demoPeople.sofia, demoPeople.elodie, demoPeople.ana],
        unanswered: [demoPeople.elodie.email],
        updated: created,
      },
      timeZone,
    ),
  );
  const steering = day(9, [15, 0]);
  events.push(
    demoEventCopy(
      {
        id: 'demosteering01',
        summary: 'Mentoring programme steering committee',
        description: 'Programme metrics, the spring cohort, budget for the mentor training.',
        start: steering,
        end: addMinutes(steering, 60),
        organizer: demoPeople.nadia,
        guests: [demoPeople.nadia, demoPeople.amara],
        meetCode: 'hsv-qmcd-pnr',
        updated: created,
      },
      timeZone,
    ),
  );
  const nextWithAna = soonestSlot(now);
  events.push(
    demoEventCopy(
      {
        id: 'demoprepana01',
        summary: 'Prep: mentoring with Ana',
        start: addMinutes(nextWithAna, -30),
        end: nextWithAna,
        organizer: DEMO_SELF,
        guests: [],
        updated: addDays(now, -2),
      },
      timeZone,
    ),
  );
  const kenji = day(5, [12, 0]);
  events.push(
    demoEventCopy(
      {
        id: 'demokenjichat01',
        summary: 'Mentoring chat – Kenji / Jordan',
        description: 'Kenji asked for a first conversation about growing into a staff engineer role.',
        start: kenji,
        end: addMinutes(kenji, 30),
        organizer: demoPeople.kenji,
        guests: [demoPeople.kenji],
        meetCode: 'ngb-tefo-vhm',
        updated: addDays(now, -3),
      },
      timeZone,
    ),
  );
  return events;
}
