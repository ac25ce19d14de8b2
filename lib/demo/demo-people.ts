import { calendarKeyOf } from '../calendar/calendar-key';
import type { Person } from '../model';

/** The user the sample calendar belongs to; the same people as the Calendar emulator's sample calendar. */
export const DEMO_SELF: Person = { email: 'jordan.lee@corp.example', name: 'Jordan Lee' };

export const demoPeople = {
  ana: { email: 'ana.silva@corp.example', name: 'Ana Silva' },
  priya: { email: 'priya.raman@corp.example', name: 'Priya Raman' },
  mateo: { email: 'mateo.garcia@corp.example', name: 'Mateo García' },
  lena: { email: 'lena.hoffmann@corp.example', name: 'Lena Hoffmann' },
  oluwaseun: { email: 'oluwaseun.adeyemi@corp.example', name: 'Oluwaseun Adeyemi' },
  lin: { email: 'lin.wei@corp.example', name: 'Lin Wei' },
  fatima: { email: 'fatima.benali@corp.example', name: 'Fatima Zahra Benali' },
  elodie: { email: 'elodie.fournier@corp.example', name: 'Élodie Fournier' },
  amara: { email: 'amara.okafor@corp.example', name: 'Amara Okafor' },
  // Colleagues who appear in the sample calendar but in no pairing.
  marcus: { email: 'marcus.bauer@corp.example', name: 'Marcus Bauer' },
  sofia: { email: 'sofia.rossi@corp.example', name: 'Sofia Rossi' },
  nadia: { email: 'nadia.haddad@corp.example', name: 'Nadia Haddad' },
  kenji: { email: 'kenji.watanabe@corp.example', name: 'Kenji Watanabe' },
} as const satisfies Record<string, Person>;

export const DEMO_CALENDAR_ID = 'sample';
export const DEMO_CALENDAR_KEY = calendarKeyOf('demo', DEMO_CALENDAR_ID);
