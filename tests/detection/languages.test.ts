import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LEXICON_LANGUAGES } from '../../lib/detection/lexicon/languages';
import { ANA, detect, meeting, stranger, verdict } from './helpers';
import { PUBLIC_DIR } from './lexicon-files';

/**
 * One block per language: titles written the way people in that language name these meetings
 * (tests/fixtures/detection/languages/<code>.json), read with every lexicon at once, as real titles are.
 */
interface LanguageTitles {
  language: string;
  /** Mentoring wording: positive with someone in no pairing. */
  mentoring: string[];
  /** Generic titles: positive when the pair meets. */
  generic: string[];
  /** Another purpose: negative although the pair meets. */
  otherPurpose: string[];
  /** About the programme: negative for a group of people in no pairing. */
  programme: string[];
  /** Preparation or reflection: negative with no other attendee. */
  preparation: string[];
  /** Near misses and titles without wording: negative with someone in no pairing. */
  unrelated: string[];
}

const titlesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'detection', 'languages');
const UNKNOWN = stranger('robin.moreau');
const CROWD = ['ines.duarte', 'sam.okoye', 'ahmed.elsayed', 'mei.chen'].map(stranger);

function titlesOf(language: string): LanguageTitles {
  return JSON.parse(readFileSync(join(titlesDir, `${language}.json`), 'utf8')) as LanguageTitles;
}

describe('languages', () => {
  it('has a lexicon file and a title fixture for every language, and nothing else', () => {
    const lexicons = readdirSync(join(PUBLIC_DIR, 'lexicons')).map((file) => file.replace(/\.json$/, ''));
    const fixtures = readdirSync(titlesDir).map((file) => file.replace(/\.json$/, ''));
    expect(lexicons.sort()).toEqual([...LEXICON_LANGUAGES].sort());
    expect(fixtures.sort()).toEqual([...LEXICON_LANGUAGES].sort());
    expect(LEXICON_LANGUAGES.length).toBeGreaterThanOrEqual(30);
  });

  for (const language of LEXICON_LANGUAGES) {
    describe(language, () => {
      const titles = titlesOf(language);

      it('has titles of every kind', () => {
        for (const kind of ['mentoring', 'generic', 'otherPurpose', 'programme', 'preparation', 'unrelated'] as const) {
          expect(titles[kind].length, kind).toBeGreaterThanOrEqual(2);
        }
      });

      it.each(titles.mentoring)('reads %j as mentoring wording', (title) => {
        expect(detect(meeting(title, [UNKNOWN])).reasons).toContainEqual(expect.stringMatching(/^title (says|uses)/));
        expect(verdict(meeting(title, [UNKNOWN]))).toBe(null);
      });

      it.each(titles.generic)('lets the pair meet under the generic title %j', (title) => {
        expect(verdict(meeting(title, [ANA]))).toBe('p-ana');
      });

      it.each(titles.otherPurpose)('reads %j as another purpose, although the pair meets', (title) => {
        const result = detect(meeting(title, [ANA]));
        expect(result.isMentoring).toBe(false);
        expect(result.reasons[0]).toMatch(/^title (names another purpose|is about the mentoring programme)/);
      });

      it.each(titles.programme)('reads %j as a programme event', (title) => {
        const result = detect(meeting(title, CROWD));
        expect(result.isMentoring).toBe(false);
        expect(result.reasons[0]).toMatch(/programme/);
      });

      it.each(titles.preparation)('reads %j, with no one else invited, as a preparation or reflection block', (title) => {
        const result = detect(meeting(title));
        expect(result.isMentoring).toBe(false);
        expect(result.reasons[0]).toMatch(/^a preparation or reflection block/);
      });

      it.each(titles.unrelated)('finds no mentoring in %j', (title) => {
        expect(verdict(meeting(title, [UNKNOWN]))).toBe(false);
      });
    });
  }
});
