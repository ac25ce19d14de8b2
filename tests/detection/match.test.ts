import { describe, expect, it } from 'vitest';
import { withinOneEdit } from '../../lib/detection/edit-distance';
import { PhraseMatcher, type PhraseMatch } from '../../lib/detection/match';
import { createTextView } from '../../lib/detection/text-view';
import { normalizeText } from '../../lib/detection/normalize';
import { prepareTitle } from '../../lib/detection/title';
import { analyseTitle } from '../../lib/detection/title-findings';
import { vocabulary } from './helpers';

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

  it('matches Chinese, Japanese and Thai words inside running text, which has no spaces between words', () => {
    expect(matches(['导师'], '与导师的月度交流')).toEqual(['导师']);
    expect(matches(['メンタリング'], 'メンタリングの振り返り')).toEqual(['メンタリング']);
    expect(matches(['พี่เลี้ยง'], 'คุยกับพี่เลี้ยงเรื่องงาน')).toEqual(['พี่เลี้ยง']);
  });

  it('keeps word boundaries in Korean, Cyrillic, Greek, Devanagari and Bengali, with marks for particles and compounds', () => {
    expect(matches(['멘토링*'], '멘토링을 위한 시간')).toEqual(['멘토링*']);
    expect(matches(['*예산*'], '주간예산회의')).toEqual(['*예산*']);
    expect(matches(['팀'], '팀장님과 커피')).toEqual([]);
    expect(matches(['ментор*'], 'Встреча с ментором')).toEqual(['ментор*']);
    expect(matches(['курс'], 'Ресурсы')).toEqual([]);
    expect(matches(['μεντορ*'], 'Συνάντηση με τον μέντορα')).toEqual(['μεντορ*']);
    expect(matches(['बजट*'], 'बजट समीक्षा')).toEqual(['बजट*']);
    expect(matches(['बजट'], 'बजटीय')).toEqual([]);
    expect(matches(['বাজেট*'], 'বাজেটের আলোচনা')).toEqual(['বাজেট*']);
  });

  it('reads Arabic and Hebrew words with or without the article and conjunctions written onto them', () => {
    expect(matches(['ميزانية'], 'مراجعة الميزانية')).toEqual(['ميزانية']);
    expect(matches(['ميزانية'], 'والميزانية')).toEqual(['ميزانية']);
    expect(matches(['ارشاد'], 'إرشادات السلامة')).toEqual([]);
    expect(matches(['פגישה'], 'לפגישה עם דנה')).toEqual(['פגישה']);
    expect(matches(['מנטור*'], 'שיחה עם המנטורית')).toEqual(['מנטור*']);
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

function wordingOf(title: string) {
  return analyseTitle(vocabulary, prepareTitle(title, vocabulary), null, new Set()).mentoring;
}

describe('title vocabulary', () => {
  it.each(['monitoring', 'mentions', 'momentum', 'comment', 'documentation', 'implementeer', 'mentale', 'mentira', 'memorandum', 'mentality'])(
    'does not read %j as mentoring wording',
    (word) => {
      expect(wordingOf(`${word} review`)).toBeNull();
    },
  );

  it('reads coaching as mentoring wording only as career or leadership coaching', () => {
    expect(wordingOf('Career coaching')).not.toBeNull();
    expect(wordingOf('Karrierecoaching')).not.toBeNull();
    expect(wordingOf('Coaching de carrera')).not.toBeNull();
    expect(wordingOf('Sales coaching')).toBeNull();
  });
});
