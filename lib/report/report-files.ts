import { csvOf, type CsvColumn } from '../export/csv';
import type { PairingReport, ProgrammeReport } from './programme-report';

const columns: CsvColumn<PairingReport>[] = [
  { header: 'Pairing', value: (p) => p.pairing },
  { header: 'People', value: (p) => p.people?.join('; ') },
  { header: 'Type', value: (p) => p.type },
  { header: 'My role', value: (p) => p.myRole },
  { header: 'Status', value: (p) => p.status },
  { header: 'Number of people', value: (p) => p.peopleCount },
  { header: 'Agreed cadence (days)', value: (p) => p.cadenceDays },
  { header: 'Sessions held', value: (p) => p.sessions.held },
  { header: 'Missed', value: (p) => p.sessions.missed },
  { header: 'Cancelled', value: (p) => p.sessions.cancelled },
  { header: 'Rescheduled', value: (p) => p.sessions.rescheduled },
  { header: 'Not confirmed', value: (p) => p.sessions.unconfirmed },
  { header: 'Cadence health', value: (p) => p.cadence.health },
  { header: 'Days since last held', value: (p) => p.cadence.daysSinceLastHeld },
  { header: 'Average days between sessions', value: (p) => p.cadence.averageDaysBetweenHeld },
  { header: 'Ratings', value: (p) => p.rating.count },
  { header: 'Average rating', value: (p) => p.rating.average },
  { header: 'Rating trend', value: (p) => p.rating.trend },
  { header: 'Rating change per session', value: (p) => p.rating.changePerSession },
  { header: 'Goals', value: (p) => p.goals.reduce((sum, goal) => sum + goal.count, 0) },
  { header: 'Goals achieved', value: (p) => p.goals.reduce((sum, goal) => sum + goal.achieved, 0) },
  { header: 'Goal categories (count, achieved, average progress %)', value: (p) => p.goals.map((g) => `${g.category} (${g.count}, ${g.achieved}, ${g.averageProgress})`).join('; ') },
];

export function programmeReportCsv(report: ProgrammeReport): string {
  const rows = report.pseudonymised ? columns.filter((column) => column.header !== 'People') : columns;
  return csvOf(rows, report.pairings);
}

export function programmeReportJson(report: ProgrammeReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function programmeReportFileName(report: ProgrammeReport, extension: 'csv' | 'json'): string {
  return `programme-report-${report.createdAt.slice(0, 10)}.${extension}`;
}
