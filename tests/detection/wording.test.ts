import { describe, expect, it } from 'vitest';
import { ANA, detect, LENA, LIN, FATIMA, MATEO, meeting, OUTSIDER, stranger, verdict } from './helpers';

const UNKNOWN = stranger('lukas.schneider');

describe('rule 3: mentoring wording', () => {
  it.each([
    'Mentoring session',
    'Mentorship chat',
    'Mentor chat',
    'Mentee check-in',
    'Reverse mentoring: Gen Z & social media',
    'Mentoring circle: women in product',
    'Group mentoring',
    'Peer mentoring',
    'Career coaching session',
    'Leadership coaching session',
    'Mentoring-Gespräch mit Lukas',
    'Mentorengespräch',
    'Gespräch mit meiner Mentorin',
    'Gruppenmentoring',
    'Séance de mentorat',
    'Mentoría con Carmen',
    'Sesión de mentoría: liderazgo',
    'Mentoria com João',
    'Conversa de mentoria',
    'Mentorgesprek',
    'Sessione di mentoring',
    'Incontro con il mentore',
    'Mentorsamtal',
    'Mentormøde',
    'Sesja mentoringowa',
    'Spotkanie z mentorką',
    'Mentorluk görüşmesi',
    'Встреча с наставником',
    'メンタリング面談',
    'メンター1on1',
    '导师面谈',
    '導師面談',
    '职业发展辅导',
    '師徒交流',
    '新人带教',
    '멘토링 세션',
  ])('is positive for %j with someone in no pairing (pairing null)', (title) => {
    const result = detect(meeting(title, [UNKNOWN]));
    expect(result).toMatchObject({ isMentoring: true, pairingId: null });
    expect(result.confidence).toBeCloseTo(0.7);
    expect(result.reasons[1]).toBe(`${UNKNOWN} is in no pairing yet`);
  });

  it.each(['MENTORING', 'mentoring', 'MeNtOrInG', 'ＭＥＮＴＯＲＩＮＧ'])('ignores letter case and width: %j', (title) => {
    expect(verdict(meeting(title, [UNKNOWN]))).toBe(null);
  });

  it.each(['Mentorng session', 'Metnoring check-in', 'Mentroship chat', 'Mentorinng', 'Mebtoring', 'Mntrng 1:1'])(
    'tolerates the misspelling or abbreviation %j',
    (title) => {
      expect(verdict(meeting(title, [UNKNOWN]))).toBe(null);
    },
  );

  it.each(['Fwd: Mentoring', 'FW: RE: Mentoring', 'WG: Mentoring-Gespräch', 'Doorst: mentorgesprek', 'Updated invitation: Mentoring', 'Einladung: Mentoring', 'Invitación: mentoría', 'Uitnodiging: mentorgesprek', 'Invito: sessione di mentoring'])(
    'reads through the forwarding or invitation prefix of %j',
    (title) => {
      expect(verdict(meeting(title, [UNKNOWN]))).toBe(null);
    },
  );

  it('quotes the words as the user wrote them', () => {
    expect(detect(meeting('Mentoría con Carmen', [UNKNOWN])).reasons[0]).toBe('title says "Mentoría"');
    expect(detect(meeting('FW: メンタリング（第5回）', [UNKNOWN])).reasons[0]).toBe('title says "メンタリング"');
  });

  it('reads the description, as HTML, when the title says nothing', () => {
    const description = '<b>Mentoring</b> conversation – first session<br><a href="https://intranet.example/mentoring/guide">guide</a>';
    const result = detect(meeting('Catch-up', [stranger('ngozi.eze')], { description }));
    expect(result).toMatchObject({ isMentoring: true, pairingId: null });
    expect(result.reasons[0]).toBe('description says "Mentoring"');
    expect(result.confidence).toBeLessThan(0.7);
  });

  it('does not count links as wording', () => {
    expect(verdict(meeting('Catch-up', [UNKNOWN], { description: 'Notes: https://docs.example/mentoring-notes' }))).toBe(false);
  });

  it("counts a pairing's keywords as mentoring wording, in the title or the description", () => {
    expect(verdict(meeting('Leadership Lab', [MATEO, stranger('ravi.kumar')]))).toBe('p-mateo');
    expect(verdict(meeting('Mateo – session 4', [MATEO, stranger('ravi.kumar')], { description: 'Leadership Lab #4 – delegation.' }))).toBe('p-mateo');
    expect(detect(meeting('leadership lab', [stranger('ravi.kumar')])).reasons[0]).toBe('title uses the keyword "Leadership Lab"');
  });

  it('is positive with no other attendee at all (some people do not invite the other side)', () => {
    const result = detect(meeting('Mentoring'));
    expect(result).toMatchObject({ isMentoring: true, pairingId: null });
    expect(result.reasons).toContain('no other attendee (some people do not invite the other side)');
    expect(verdict(meeting('Mentoring with Ana Silva'))).toBe('p-ana');
  });
});

describe('preparation and reflection blocks', () => {
  it.each([
    'Prep: mentoring session with Ana',
    'Write mentoring notes',
    'Vorbereitung Mentoring-Gespräch mit Lena',
    'Préparer la séance de mentorat avec Élodie',
    'Preparar mentoría con Mateo',
    'Preparação: mentoria com Ana',
    'Voorbereiding mentorgesprek',
    'Preparazione sessione di mentoring',
    'Przygotowanie do mentoringu',
    'Reflexión tras la mentoría',
    'メンタリングの振り返りメモ作成',
    '准备导师面谈',
  ])('is negative for the block %j with no other attendee', (title) => {
    const result = detect(meeting(title));
    expect(result.isMentoring).toBe(false);
    expect(result.reasons[0]).toMatch(/^a preparation or reflection block with no other attendee: ".+"$/);
  });

  it('reads the description for a block whose only mentoring wording is there', () => {
    expect(verdict(meeting('Focus time', [], { description: 'Prepare the mentoring session with Ana' }))).toBe(false);
    expect(verdict(meeting('Lunch', [], { description: 'Mentoring with Ana' }))).toBe(null);
  });

  it('is a session when the other side is invited', () => {
    expect(verdict(meeting('Mentoring prep call', [ANA, OUTSIDER]))).toBe('p-ana');
  });
});

describe('another purpose', () => {
  it.each([
    'Project Atlas sync',
    'SPRINT REVIEW',
    'Q2 budget review',
    'Demo: internal dev portal',
    'Interview debrief: Staff SRE candidate',
    'Q3 planning',
    'Standup',
    'Daily',
    'Quarterly business review',
    'Design review',
    'Incident review: checkout outage',
    'Calibration',
    'All-hands',
    'Team offsite',
    'Security training',
    'Projekt Atlas: wöchentlicher Sync',
    'Sprintplanung',
    'Revue de sprint',
    'Planificación del trimestre',
    'Revisão do orçamento – Q2',
    'Sprintplanning',
    'Riunione di progetto',
    'Sollicitatiegesprek',
    'Planowanie kwartalne',
    'スプリントレビュー',
    '採用面接',
    '项目同步会',
    '季度规划',
    '스프린트 계획',
  ])('is negative for %j even though the pair meets', (title) => {
    const result = detect(meeting(title, [ANA]));
    expect(result).toMatchObject({ isMentoring: false, pairingId: null });
    expect(result.reasons[0]).toMatch(/^title (names another purpose|is about the mentoring programme, not a conversation): ".+"$/);
  });

  it('quotes the whole purpose', () => {
    expect(detect(meeting('Q2 budget review', [ANA])).reasons).toEqual(['title names another purpose: "budget review"']);
    expect(detect(meeting('Revue de sprint', [ANA])).reasons).toEqual(['title names another purpose: "Revue de sprint"']);
  });

  it('is decided by the title: mentoring in the description does not save a project sync', () => {
    expect(verdict(meeting('Project Atlas sync', [ANA], { description: '5 minutes for a quick mentoring follow-up at the end.' }))).toBe(false);
  });

  it('reads a purpose after a mentoring head as the topic of the session', () => {
    expect(verdict(meeting('Mentoring: interview prep', [UNKNOWN]))).toBe(null);
    expect(verdict(meeting('Mentoría – presupuesto personal', [UNKNOWN]))).toBe(null);
    expect(verdict(meeting('Mentoring on interview skills', [UNKNOWN]))).toBe(null);
    expect(verdict(meeting('Mentoring-Gespräch über Budgetplanung', [UNKNOWN]))).toBe(null);
  });

  it('lets weak purposes (sync, review, project) count only without mentoring wording', () => {
    expect(verdict(meeting('Weekly sync', [ANA]))).toBe(false);
    expect(verdict(meeting('Mentee sync', [ANA, OUTSIDER]))).toBe('p-ana');
    expect(verdict(meeting('Mentoring (project feedback)', [ANA]))).toBe('p-ana');
  });

  it('treats career planning and goal reviews as mentoring topics, not other work', () => {
    expect(verdict(meeting('Career planning', [ANA]))).toBe('p-ana');
    expect(verdict(meeting('Karriereplanung', [ANA]))).toBe('p-ana');
    expect(verdict(meeting('Goal review', [ANA]))).toBe('p-ana');
    expect(verdict(meeting('Revisión de objetivos', [ANA]))).toBe('p-ana');
    expect(verdict(meeting('Release planning', [ANA]))).toBe(false);
    expect(verdict(meeting('Project progress review', [ANA]))).toBe(false);
  });
});

describe('programme events', () => {
  it.each([
    'Mentoring programme steering committee',
    'Mentor training: giving feedback',
    'Mentoring Program kickoff',
    'Matching workshop: spring cohort',
    'Recruiting mentors for H2',
    'Mentoring programme reporting – Q1',
    'Mentoring budget 2026',
    'Info session: reverse mentoring programme',
    'Mentee onboarding – spring cohort',
    'Mentoring programme planning',
    'Mentoring-Programm: Lenkungskreis',
    'Formation des mentors : donner du feedback',
    'Lanzamiento del programa de mentoría',
    'Relatório do programa de mentoria – T1',
    'Informatiesessie mentorprogramma',
    'Programma di mentoring: comitato guida',
    'Rekrutacja mentorów',
    'メンター研修：フィードバックの伝え方',
    '导师培训',
    'Mentoring: info session for new mentees',
  ])('is negative for %j', (title) => {
    const result = detect(meeting(title, [stranger('ines.duarte'), stranger('sam.okoye'), stranger('ahmed.elsayed')]));
    expect(result.isMentoring).toBe(false);
    expect(result.reasons[0]).toMatch(/programme/);
  });

  it('beats rule 2 when the pair meets', () => {
    expect(verdict(meeting('Mentoring programme planning', [ANA]))).toBe(false);
  });

  it('calls a kickoff for many people a programme event, and a kickoff of the pair a first session', () => {
    const crowd = Array.from({ length: 12 }, (_, index) => stranger(`person${index}`));
    expect(verdict(meeting('Mentoring kickoff', crowd))).toBe(false);
    expect(verdict(meeting('Mentoring kickoff', [UNKNOWN]))).toBe(null);
  });

  it('calls mentoring wording for a crowd a programme event, but not a circle', () => {
    const crowd = Array.from({ length: 20 }, (_, index) => stranger(`person${index}`));
    expect(detect(meeting('Mentoring lunch', crowd)).reasons[0]).toBe('20 people are invited: a programme event, not a mentoring conversation');
    expect(verdict(meeting('Group mentoring session', crowd))).toBe(null);
  });

  it('does not take a mentoring circle for a programme event', () => {
    expect(verdict(meeting('Mentoring circle', [LENA, LIN, FATIMA, stranger('emre.demir')]))).toBe('p-circle');
    expect(verdict(meeting('Mentoring circle: women in product', [stranger('freya.nielsen'), stranger('mei.chen'), stranger('isabel.moreno')]))).toBe(null);
  });
});

describe('false-positive guards', () => {
  it.each([
    'Monitoring dashboards walkthrough',
    'Mentions in the press',
    'Comment thread cleanup',
    'Documentation day',
    'Momentum check',
    'Memoria del progetto',
    'Mental health first aid',
    'Implementeer feature flags',
    'Dementia awareness',
    'Mentimeter quiz',
    'Tormentor movie night',
  ])('is negative for %j with someone in no pairing', (title) => {
    expect(verdict(meeting(title, [UNKNOWN]))).toBe(false);
  });
});

describe('names that look like mentoring wording', () => {
  it('reads "Mentor" followed by a surname as a person, not as wording', () => {
    expect(verdict(meeting('Coffee with Mentor Krasniqi', [UNKNOWN]))).toBe(false);
    expect(verdict(meeting('Mentor Hoxha / Jordan', [UNKNOWN]))).toBe(false);
    expect(verdict(meeting('Mentor Graphics licence renewal', [UNKNOWN]))).toBe(false);
    expect(verdict(meeting('MentorMate contract', [UNKNOWN]))).toBe(false);
  });

  it('still reads mentor as wording in capitals, in lower case, before a known word, or before a participant\'s name', () => {
    expect(verdict(meeting('MENTOR KRASNIQI', [UNKNOWN]))).toBe(null);
    expect(verdict(meeting('mentor chat', [UNKNOWN]))).toBe(null);
    expect(verdict(meeting('Mentor Lunch', [UNKNOWN]))).toBe(null);
    expect(verdict(meeting('Mentor Ana', [ANA, OUTSIDER]))).toBe('p-ana');
  });

  it("never counts an attendee's name as wording", () => {
    const mentorGashi = 'mentor.gashi@corp.example';
    expect(verdict(meeting('Lunch with Mentor', [mentorGashi]))).toBe(false);
    expect(verdict(meeting('Mentor / Jordan', [mentorGashi]))).toBe(false);
    const named = { ...meeting('Coffee with Mentor', [stranger('m.gashi')]) };
    named.attendees = named.attendees!.map((attendee) => (attendee.self ? attendee : { ...attendee, displayName: 'Mentor Gashi' }));
    expect(verdict(named)).toBe(false);
    // The same words are wording when no attendee is called so.
    expect(verdict(meeting('Lunch with Mentor', [UNKNOWN]))).toBe(null);
    // A group's name is not a person's: "Mentoring Circle" as a guest does not take the wording away.
    const circle = meeting('Mentoring circle', [stranger('circle-list')]);
    circle.attendees = circle.attendees!.map((attendee) => (attendee.self ? attendee : { ...attendee, displayName: 'Mentoring Circle' }));
    expect(verdict(circle)).toBe(null);
  });
});
