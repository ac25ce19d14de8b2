import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDetector, type DetectionPairing, type DetectionResult } from '../../lib/detection';
import type { ApiEvent } from '../../lib/model/calendar-event';
import { publicVocabulary } from './lexicon-files';

/**
 * Runs labelled corpora (the format of shared/detection/dev-corpus.json) through the detector, with
 * the lexicons the extension ships, and holds it to the quality bar. DETECTION_CORPUS=path runs that
 * corpus alone instead of the fixtures.
 */
const MIN_PRECISION = 0.97;
const MIN_RECALL = 0.97;
const MIN_PAIRING_ACCURACY = 0.97;
const vocabulary = await publicVocabulary();

interface LabelledCase {
  event: ApiEvent;
  expect?: { isMentoring: boolean; pairingId: string | null };
  expected?: { isMentoring: boolean; pairingId: string | null };
  why?: string;
  id?: string;
}

interface Corpus {
  selfEmail: string;
  pairings: DetectionPairing[];
  cases: LabelledCase[];
}

interface Score {
  precision: number;
  recall: number;
  f1: number;
  pairing: number;
  cases: number;
  misses: string[];
}

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'detection');
const corpusPaths = process.env.DETECTION_CORPUS
  ? [resolve(process.env.DETECTION_CORPUS)]
  : [join(fixtures, 'dev-corpus.json'), join(fixtures, 'multilingual-corpus.json'), join(fixtures, 'world-corpus.json')];

function describeMiss(index: number, labelled: LabelledCase, label: { isMentoring: boolean; pairingId: string | null }, got: DetectionResult): string {
  const title = typeof labelled.event.summary === 'string' ? labelled.event.summary : '';
  return [
    `#${labelled.id ?? index} ${JSON.stringify(title)} (${labelled.why ?? 'no why'})`,
    `  expected isMentoring=${label.isMentoring} pairing=${label.pairingId}`,
    `  got      isMentoring=${got.isMentoring} pairing=${got.pairingId} confidence=${got.confidence}`,
    `  reasons: ${got.reasons.join(' | ')}`,
  ].join('\n');
}

function score(corpus: Corpus): Score {
  const detect = createDetector({ selfEmail: corpus.selfEmail, pairings: corpus.pairings }, vocabulary);
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let pairingMatches = 0;
  const misses: string[] = [];
  corpus.cases.forEach((labelled, index) => {
    const label = labelled.expect ?? labelled.expected;
    if (!label) throw new Error(`case ${index} has no expect/expected label`);
    const got = detect(labelled.event);
    if (got.isMentoring && label.isMentoring) {
      truePositives += 1;
      if (got.pairingId === label.pairingId) pairingMatches += 1;
    } else if (got.isMentoring) falsePositives += 1;
    else if (label.isMentoring) falseNegatives += 1;
    const wrong = got.isMentoring !== label.isMentoring || (label.isMentoring && got.pairingId !== label.pairingId);
    if (wrong) misses.push(describeMiss(index, labelled, label, got));
  });
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const pairing = truePositives === 0 ? 1 : pairingMatches / truePositives;
  return { precision, recall, f1, pairing, cases: corpus.cases.length, misses };
}

describe('detection corpus', () => {
  for (const path of corpusPaths) {
    it(`meets the quality bar on ${path.split(/[\\/]/).pop()}`, () => {
      const corpus = JSON.parse(readFileSync(path, 'utf8')) as Corpus;
      const result = score(corpus);
      const line = `detection: precision=${result.precision.toFixed(3)} recall=${result.recall.toFixed(3)} f1=${result.f1.toFixed(3)} pairing=${result.pairing.toFixed(3)} cases=${result.cases}`;
      // Written straight to stdout, once, so the line shows in vitest's output whatever the reporter.
      process.stdout.write(`${line}\n`);
      const failing = result.precision < MIN_PRECISION || result.recall < MIN_RECALL || result.pairing < MIN_PAIRING_ACCURACY;
      if (failing || process.env.DETECTION_SHOW_MISSES) process.stdout.write(`misclassified cases in ${path}:\n${result.misses.join('\n')}\n`);
      expect(result.precision, `precision below ${MIN_PRECISION}; misclassified:\n${result.misses.join('\n')}`).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(result.recall, `recall below ${MIN_RECALL}; misclassified:\n${result.misses.join('\n')}`).toBeGreaterThanOrEqual(MIN_RECALL);
      expect(result.pairing, `pairing accuracy below ${MIN_PAIRING_ACCURACY}; misclassified:\n${result.misses.join('\n')}`).toBeGreaterThanOrEqual(
        MIN_PAIRING_ACCURACY,
      );
    });
  }
});
