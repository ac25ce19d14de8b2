/** Where a long backup, restore or import stands; `done` of `total` rows. */
export interface Progress {
  phase: 'reading' | 'saving' | 'checking' | 'writing';
  done: number;
  total: number;
}

export type OnProgress = (progress: Progress) => void;

const phaseWords: Record<Progress['phase'], string> = {
  reading: 'Reading your data',
  saving: 'Writing the backup file',
  checking: 'Checking the backup',
  writing: 'Restoring',
};

/** "Reading your data: 12,000 of 110,000 rows" */
export function describeProgress(progress: Progress): string {
  const format = (n: number) => n.toLocaleString('en');
  return `${phaseWords[progress.phase]}: ${format(progress.done)} of ${format(progress.total)} rows`;
}
