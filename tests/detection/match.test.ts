import { describe, expect, it } from 'vitest';
import { createTextView, PhraseMatcher, withinOneEdit, type PhraseMatch } from '../../lib/detection/match';
import { normalizeText } from '../../lib/detection/normalize';
import { analyseTitle } from '../../lib/detection/vocabulary';

function view(text: string) {
  return createTextView(normalizeText(text));
}

function matches(patterns: string[], text: string): string[] {
  const matcher = new PhraseMatcher<string>();
  for (const pattern of patterns) matcher.add(pattern, pattern);
  const found: PhraseMatch<string>[] = [];
  matcher.collect(view(text), found);
  return found.map((match) => match.tag);
}

describe('PhraseMatcher', () => {
  it('matches whole words, prefixes, compound parts and suffixes', () => {
    expect(matches(['sprint'], 'Sprint review')).toEqual(['sprint']);
    expect(matches(['sprint'], 'Sprintplanung')).toEqual([]);
    expect(matches(['mentor*'], 'Mentorin-Treffen')).toEqual(['mentor*']);
    expect(matches(['*planung*'], 'Quartalsplanung 2026')).toEqual(['*planung*']);
    expect(matches(['*retro'], 'Sprintretro')).toEqual(['*retro']);
    expect(matches(['mentor*'], 'Commentor')).toEqual([]);
  });

  it('matches phrases, across hyphens and accents, with short filler words', () => {
    expect(matches(['stand up'], 'Stand-up')).toEqual(['stand up']);
    expect(matches(['steering committee'], 'Mentoring programme steering committee')).toEqual(['steering committee']);
    expect(matches(['semana _ mentor*'], 'Semana de la mentoría')).toEqual(['semana _ mentor*']);
    expect(matches(['semana _ mentor*'], 'Semana importantissima mentoría')).toEqual([]);
  });

  it('matches Chinese, Japanese and Korean words inside running text', () => {
    expect(matches(['导师'], '与导师的月度交流')).toEqual(['导师']);
    expect(matches(['メンタリング'], 'メンタリングの振り返り')).toEqual(['メンタリング']);
    expect(matches(['멘토링'], '멘토링 세션')).toEqual(['멘토링']);
  });

  it('reports where a match stands', () => {
    const matcher = new PhraseMatcher<string>().add('budget review', 'budget');
    expect(matcher.first(view('Q2 budget review'))).toMatchObject({ start: 3, end: 16 });
  });

  it('takes user keywords literally', () => {
    const matcher = new PhraseMatcher<string>().addLiteral('Leadership*Lab', 'lab');
    expect(matcher.first(view('Leadership Lab #4'))?.tag).toBe('lab');
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['mentorng', 'mentoring', true],
    ['mentroing', 'mentoring', true],
    ['mentorinng', 'mentoring', true],
    ['mebtoring', 'mentoring', true],
    ['mentoring', 'mentoring', true],
    ['monitoring', 'mentoring', false],
    ['mentioning', 'mentoring', false],
    ['memoria', 'mentoria', false],
    ['mentions', 'mentorat', false],
  ])('%s against %s: %s', (word, target, expected) => {
    expect(withinOneEdit(word, target)).toBe(expected);
  });
});

describe('title vocabulary', () => {
  it.each(['monitoring', 'mentions', 'momentum', 'comment', 'documentation', 'implementeer', 'mentale', 'mentira', 'memorandum', 'mentality'])(
    'does not read %j as mentoring wording',
    (word) => {
      expect(analyseTitle(view(`${word} review`)).mentoring).toBeNull();
    },
  );

  it('reads coaching as mentoring wording only as career or leadership coaching', () => {
    expect(analyseTitle(view('Career coaching')).mentoring).not.toBeNull();
    expect(analyseTitle(view('Karrierecoaching')).mentoring).not.toBeNull();
    expect(analyseTitle(view('Coaching de carrera')).mentoring).not.toBeNull();
    expect(analyseTitle(view('Sales coaching')).mentoring).toBeNull();
  });
});
