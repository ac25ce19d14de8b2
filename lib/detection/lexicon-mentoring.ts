/**
 * Words that say "this is a mentoring conversation", and the words around them that the rules need:
 * coaching qualifiers, circles, conversation cues, preparation and reflection blocks.
 * Pattern syntax: see match.ts (`word*` prefix, `*word*` inside a compound, `_` filler words).
 * Entries are normalised when compiled, so they may be written with accents and capitals.
 */

/** Mentoring wording, any language. Prefixes cover inflections: Mentorin, mentoría, mentorship, mentorado. */
export const MENTORING_TERMS: readonly string[] = [
  // Latin-script languages share the stems: mentor, mentoring, mentorship, mentorat, mentoría, mentoria,
  // Mentorin, Mentorengespräch, mentorgesprek, mentorskap, mentorointi, mentorluk, mentorowanie...
  'mentor*', 'mentee*', 'mentoree*',
  // The same stems inside compounds: Gruppenmentoring, Karrierementoring, groepsmentoraat. Not "mentee"
  // inside words: Dutch verbs hide it (implementeer, documenteer).
  '*mentoring*', '*mentorat*', '*mentoraat*', '*mentorship*', '*mentorskap*', '*mentorschap*', '*mentoria*',
  'protege', 'proteges', 'protegee', 'protegees',
  'kem cap',
  // Cyrillic and Greek
  'ментор*', 'менти', 'наставни*', 'μεντορ*',
  // Japanese
  'メンタリング', 'メンター', 'メンティー', 'メンティ',
  // Chinese, simplified and traditional
  '导师', '導師', '辅导', '輔導', '师徒', '師徒', '带教', '帶教', '传帮带', '傳幫帶',
  // Korean
  '멘토링', '멘토', '멘티',
  // Hebrew, Arabic, Hindi, Thai
  'חונכות', 'חונך', 'מנטור', 'إرشاد', 'ارشاد', 'منتور', 'मेंटर', 'मेंटरिंग', 'मार्गदर्शन', 'พี่เลี้ยง', 'เมนทอร์', 'เมนเทอร์',
];

/**
 * Whole words that misspellings are compared with (one edit away, same first letter). Only words of
 * seven letters or more: shorter ones sit one edit from ordinary words ("mentor" and "mentir").
 */
export const MENTORING_TYPO_TARGETS: readonly string[] = [
  'mentoring', 'mentorship', 'mentoria', 'mentorat', 'mentorin', 'mentoren', 'mentores', 'mentorado', 'mentorgesprek',
  'mentorskap', 'mentoraat', 'mentorengesprach',
];

/** Coaching is mentoring wording only as a career or leadership coaching session (see COACHING_QUALIFIERS). */
export const COACHING_TERMS: readonly string[] = [
  'coach', 'coaching*', '*coaching*', 'coachgesprek*', '*coachgesprek*', 'коучинг*', 'コーチング', '코칭', '教练', '教練',
];

export const COACHING_QUALIFIERS: readonly string[] = [
  'career*', '*karriere*', 'carrera*', 'carreira*', 'carriere*', 'carriera*', 'kariera*', 'karier*', 'karriar*', 'loopbaan*', '*loopbaan*',
  'leadership*', 'liderazgo', 'lideranca', 'leiderschap', '*fuhrung*', 'executive*', 'ejecutivo', 'executivo', 'dirigeant*',
  'development', '*entwicklung*', 'desarrollo', 'desenvolvimento', 'developpement', 'ontwikkeling', 'sviluppo', 'rozwoj*', 'growth',
  'personal', 'persoonlijk*', 'personlich*', 'session*', 'sesion*', 'sessao', 'sessie*', 'sessione', 'seance*', 'sitzung', 'sesja',
  '*gesprach*', '*gesprek*', '*samtal*', '1 1', '1on1', 'one on one',
  'карьер*', 'лидерств*', 'сесси*',
  'キャリア', 'リーダーシップ', 'セッション', '职业', '職業', '职涯', '職涯', '领导力', '領導力', '生涯', '커리어', '리더십', '세션',
];

/** A circle or group: group mentoring is a conversation, not a programme event, however many attend. */
export const CIRCLE_TERMS: readonly string[] = [
  'circle*', 'kreis', 'cercle*', 'circulo*', 'circolo', 'circoli', 'kring', 'krets', 'krag', 'group', 'groups', 'gruppe', 'gruppen*',
  'groupe*', 'grupo*', 'gruppo', 'groep', 'groeps*', 'grupa', 'grupowy', 'grupowe', 'grupp', 'круг', 'групп*',
  'サークル', 'グループ', '小组', '小組', '서클', '그룹',
];

/**
 * Words that make a title a conversation with someone ("Mentoring programme – session with Ana"),
 * as opposed to a title that only names the programme.
 */
export const CONVERSATION_CUES: readonly string[] = [
  'session*', 'sesion*', 'sessao', 'sessoes', 'sessie*', 'sessione', 'sessioni', 'seance*', 'sitzung', 'sesja', 'sesji',
  '*gesprach*', '*gesprek*', '*samtal*', '*samtale*', 'conversation*', 'conversa*', 'conversacion*', 'colloquio', 'rozmowa', 'beszelgetes',
  'chat', 'chats', 'charla', 'papo', 'catch up', 'catchup', 'check in', 'checkin', '1on1', '1 1', 'one on one', 'coffee', 'cafe', 'kaffee', 'koffie',
  'with', 'mit', 'avec', 'con', 'com', 'met', 'med', 'z', 'ze', 'с',
  'встреча', 'беседа', '面談', '面谈', '一对一', '一對一', '谈话', '談話', 'セッション', '면담', '세션',
];

/**
 * A block in the user's own calendar to prepare a session or to reflect on it: "Prep for mentoring",
 * "Write mentoring notes", "Vorbereitung Mentoring-Gespräch", "メンタリングの振り返りメモ作成".
 */
export const PREPARATION_TERMS: readonly string[] = [
  'prep*', 'get ready', 'vorberei*', '*vorbereitung*', 'nachberei*', '*nachbereitung*', 'voorberei*', '*voorbereiding*', 'przygotow*',
  'forbered*', 'valmistel*', 'priprav*', 'pregatir*', 'felkeszul*', 'hazirl*', 'подготов*',
  'reflect*', 'reflex*', 'reflek*', 'riflession*', 'refleks*', 'рефлекси*',
  'notes', 'note', 'notas', 'notizen', 'notities', 'appunti', 'notatki', 'anteckningar', 'notater', 'noter', 'muistiinpano*', 'заметк*',
  'write up', 'writeup', 'write notes', 'journal*', 'recap', 'debrief*', 'protokoll*', 'compte rendu', 'verslag', 'resumen', 'resumo',
  'zusammenfassung', 'summary', 'homework',
  '準備', '准备', '振り返り', 'ふりかえり', 'メモ', '議事録', '反思', '复盘', '復盤', '总结', '總結', '笔记', '筆記', '记录', '記録', '記錄',
  '준비', '회고', '메모', '정리', '노트',
];

/**
 * Words that introduce a topic after the mentoring wording: in "Mentoring on interview skills" or
 * "Mentoría sobre presupuestos" the interview and the budget are topics, not the meeting's purpose.
 */
export const TOPIC_MARKERS: readonly string[] = [
  'on', 'about', 're', 'regarding', 'for', 'uber', 'zu', 'zum', 'zur', 'fur', 'sur', 'pour', 'sobre', 'para', 'su', 'sul', 'sulla', 'per',
  'over', 'voor', 'om', 'na temat', 'o', 'про', 'о', 'по', '关于', '關於', 'について', '에 대해',
];
