/**
 * Events about a mentoring programme rather than a mentoring conversation: info sessions, matching,
 * kickoffs and launches for many people, mentoring days and fairs. Training, onboarding, planning,
 * budgets, reports, recruiting and steering committees are already "another purpose" (see
 * lexicon-purpose.ts); with mentoring words in the title the detector calls them programme events.
 * Pattern syntax: see match.ts.
 */

export interface ProgrammeActivity {
  label: string;
  /** Only a programme holds it, so it stays negative even as the topic of a mentoring title ("Mentoring: info session"). */
  programmeOnly: boolean;
  patterns: readonly string[];
}

export const PROGRAMME_ACTIVITIES: readonly ProgrammeActivity[] = [
  {
    label: 'info session',
    programmeOnly: true,
    patterns: [
      'info session*', 'info sessie', 'info call', 'info meeting', 'info event', 'info hour', 'infosession*', 'infosessie*',
      'infoveranstaltung*', 'informationsveranstaltung*', 'infoabend', 'infotermin*', 'information session*', 'informationsmote',
      'informatiesessie*', 'informatiebijeenkomst*', 'session _ information', 'seance _ information', 'reunion _ information',
      'sesion informativa', 'sessao informativa', 'sessione informativa', 'reunion informativa', 'reuniao informativa',
      'spotkanie informacyjne', 'sesja informacyjna', 'информационн*', '説明会', '說明會', '说明会', '宣讲会', '宣講會', '설명회',
    ],
  },
  {
    label: 'matching',
    programmeOnly: true,
    patterns: [
      'matching*', '*matching*', 'match making', 'matchmaking', 'emparejamiento*', 'appariement*', 'abbinament*', 'pareamento',
      'emparelhamento', 'koppeling*', 'dobor par', 'マッチング', '匹配', '配对', '配對', '매칭',
    ],
  },
  {
    label: 'community event',
    programmeOnly: false,
    patterns: [
      'community*', 'communaute', 'comunidad', 'comunidade', 'comunita', 'gemeenschap', 'spolecznosc*', 'q a', 'ask me anything',
      'fragestunde', 'preguntas _ respuestas', 'perguntas _ respostas', 'domande _ risposte', 'vragenuur', 'コミュニティ', '質疑応答',
      '社区', '社群', '社區', '问答', '答疑', '커뮤니티',
    ],
  },
  {
    label: 'orientation',
    programmeOnly: false,
    patterns: ['orientation*', 'orientierung*', 'orientacion', 'orientacao', 'orientatie', 'orientamento', 'welcome session', 'welcome event'],
  },
  {
    label: 'programme event',
    programmeOnly: false,
    patterns: [
      'fair', 'festival', 'summit', 'conference', 'konferenz*', 'conferencia', 'conferenza', 'konferencja', 'congres', 'kongress',
      'gala', 'ceremony', 'ceremonie', 'ceremonia', 'cerimonia', 'award*', 'networking*', 'meetup*', 'mixer', 'celebration',
      'graduation', 'abschlussfeier', 'feier', 'fiesta', 'конференци*',
      'mentor* day', 'mentor* tag', 'mentor* dag', 'mentor* week', 'mentor* woche', 'mentor* vecka', 'mentor* month',
      'day _ mentor*', 'week _ mentor*', 'dia _ mentor*', 'journee _ mentor*', 'giornata _ mentor*', 'dzien _ mentor*',
      'semaine _ mentor*', 'semana _ mentor*', 'settimana _ mentor*', 'tag _ mentor*', 'woche _ mentor*', 'maand _ mentor*',
      '交流会', '懇親会', '表彰', 'メンタリング週間', 'メンター週間', '导师节', '颁奖', '頒獎', '庆典', '慶典', '네트워킹', '행사',
    ],
  },
];

/**
 * Words that name the programme itself. Without a conversation cue ("session with Ana") and without
 * the pair meeting alone, a title naming the programme is about the programme.
 */
export const PROGRAMME_WORDS: readonly string[] = [
  'program', 'programs', 'programme', 'programmes', 'programm', 'programms', 'programa', 'programas', 'programma', 'programmas',
  'programmi', 'programu', 'programie', 'programem', 'programmet', 'programmen', 'programmi', 'ohjelma*',
  'mentorprogram*', 'mentoringprogram*', 'mentorenprogramm*', 'mentorskapsprogram*', 'mentoraatprogramma*',
  'cohort*', 'kohort*', 'cohorte*', 'coorte', 'программ*',
  'プログラム', '导师计划', '導師計劃', '导师项目', '導師項目', '辅导计划', '辅导项目', '프로그램',
];

/** Kickoffs and launches: programme events when many attend, a first conversation when the pair meets. */
export const KICKOFF_TERMS: readonly string[] = [
  'kickoff*', '*kickoff*', 'kick off', 'auftakt*', 'lanzamiento*', 'lancement*', 'lancament*', 'lancio', 'lancering*', 'lansering*',
  'inauguracja', 'launch*', 'запуск*', 'キックオフ', '発足', '启动会', '啟動會', '启动仪式', '发布会', '킥오프', '출범',
];
