import { describe, expect, it } from 'vitest';
import { descriptionToText, normalizeFully, normalizeText, titlePrefixLength, tokenize, topicSeparatorOffset } from '../../lib/detection/normalize';
import { vocabulary } from './helpers';

function tokens(text: string): string[] {
  const words: string[] = [];
  tokenize(normalizeText(text), words, []);
  return words;
}

function withoutPrefix(title: string): string {
  const normalized = normalizeText(title);
  return normalized.slice(titlePrefixLength(normalized, vocabulary.titlePrefixes));
}

describe('normalizeText', () => {
  it.each([
    ['Mentoría', 'mentoria'],
    ['MENTORENGESPRÄCH', 'mentorengesprach'],
    ['Préparation', 'preparation'],
    ['Łukasz Øster Straße', 'lukasz oster strasse'],
    ['Budżet', 'budzet'],
    ['İstanbul', 'istanbul'],
    ['ＭＥＮＴＯＲＩＮＧ', 'mentoring'],
    ['ﬁnance', 'finance'],
    ['e\u0301cole', 'ecole'],
    ['Встреча с наставником', 'встреча с наставником'],
    ['メンタリング（第5回）', 'メンタリング(第5回)'],
    ['멘토링 세션', '멘토링 세션'],
    ['导师面谈', '导师面谈'],
    ['Café ☕ 🚶', 'cafe ☕ 🚶'],
  ])('folds %j to %j', (text, folded) => {
    expect(normalizeText(text)).toBe(folded);
  });

  it.each([
    ['يوسف ٱلمرشدة', 'يوسف المرشده'],
    ['مراجعة الميزانية', 'مراجعه الميزانيه'],
    ['إرشاد أسبوعي', 'ارشاد اسبوعي'],
    ['مُرْشِد', 'مرشد'],
    ['جلسهٔ کوچینگ', 'جلسه كوچينگ'],
    ['ملاقات ۱:۱', 'ملاقات 1:1'],
    ['رہنمائی سیشن', 'رهنمايي سيشن'],
    ['חונך', 'חונכ'],
    ['ΜΈΝΤΟΡΑΣ', 'μεντορασ'],
    ['क़दम', 'कदम'],
    ['Görüşme İÇİN', 'gorusme icin'],
    ['Cà phê với mentor', 'ca phe voi mentor'],
    ['Mentor\u00ading', 'mentoring'],
  ])('folds the letter forms of %j to %j', (text, folded) => {
    expect(normalizeText(text)).toBe(folded);
  });

  it('gives the same result as the full Unicode normalisation for every BMP character', () => {
    const differences: number[] = [];
    for (let code = 0; code < 0xd800; code += 1) {
      const character = String.fromCharCode(code);
      if (normalizeText(character) !== normalizeFully(character.toLowerCase())) differences.push(code);
    }
    expect(differences).toEqual([]);
  });
});

describe('titlePrefixLength', () => {
  it.each([
    ['Fwd: Mentoring', 'mentoring'],
    ['FW: RE: Mentoring', 'mentoring'],
    ['AW: WG: Mentoring-Gespräch', 'mentoring-gesprach'],
    ['TR: Mentorat', 'mentorat'],
    ['Updated invitation: Mentoring', 'mentoring'],
    ['Invitation: Mentoring', 'mentoring'],
    ['Aktualisierte Einladung: Mentoring', 'mentoring'],
    ['Invitación: Mentoría', 'mentoria'],
    ['Uitnodiging: mentorgesprek', 'mentorgesprek'],
    ['Invito: mentoring', 'mentoring'],
    ['Canceled event: Mentoring', 'mentoring'],
    ['転送: メンタリング', 'メンタリング'],
    ['Mentoring: Q2 goals', 'mentoring: q2 goals'],
    ['1:1', '1:1'],
    ['[EXT] Mentoring: interview prep', 'mentoring: interview prep'],
    ['Hatırlatma: Mentorluk görüşmesi', 'mentorluk gorusmesi'],
    ['Przypomnienie: mentoring', 'mentoring'],
    ['Приглашение: Встреча с ментором', 'встреча с ментором'],
    ['[Mentoring] Career conversation', '[mentoring] career conversation'],
  ])('reads %j as %j', (title, rest) => {
    expect(withoutPrefix(title)).toBe(rest);
  });
});

describe('descriptionToText', () => {
  it('drops tags and links and decodes entities', () => {
    const text = descriptionToText('<b>Mentoring</b>&nbsp;&amp;&#39;notes&#x21; <a href="https://x.example/mentoring">see https://docs.example/mentoring</a>');
    expect(text).not.toContain('<');
    expect(text).not.toContain('docs.example');
    expect(text).toContain("Mentoring");
    expect(text).toContain("&'notes!");
  });
});

describe('tokenize', () => {
  it('splits on punctuation, emoji and between scripts', () => {
    expect(tokens('Mentoring-Gespräch (1:1) ☕ with Ana')).toEqual(['mentoring', 'gesprach', '1', '1', 'with', 'ana']);
    expect(tokens('mentor会议')).toEqual(['mentor', '会议']);
    expect(tokens("d'embauche")).toEqual(['d', 'embauche']);
  });
});

describe('topicSeparatorOffset', () => {
  it('finds the end of a "Mentoring:" head, but not inside 1:1', () => {
    expect(topicSeparatorOffset('mentoring: interview prep')).toBe(9);
    expect(topicSeparatorOffset('[mentoring] career')).toBe(10);
    expect(topicSeparatorOffset('mentoria – orcamento')).toBe(9);
    expect(topicSeparatorOffset('1:1 ana')).toBe(7);
  });
});
