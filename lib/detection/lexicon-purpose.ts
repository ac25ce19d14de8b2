/**
 * Titles that name other work as the meeting's purpose ("another purpose" in the guide).
 *
 * Strong purposes name a different kind of meeting outright (standup, sprint, interview, training):
 * they make the event negative whatever else the title says, except as the topic of a mentoring
 * title ("Mentoring: preparing your interview"). Weak purposes are also ordinary topics or labels
 * (review, sync, project, quarterly): they make the event negative only when the title carries no
 * mentoring wording, so "Project Atlas sync" is negative and "Mentoring sync" is not.
 * Pattern syntax: see match.ts.
 */

export interface PurposeGroup {
  label: string;
  strong: boolean;
  patterns: readonly string[];
  /** Career planning or a goal review is a mentoring topic, not other work (see GROWTH_TERMS). */
  exemptForGrowth?: boolean;
}

export const OTHER_PURPOSES: readonly PurposeGroup[] = [
  {
    label: 'standup',
    strong: true,
    patterns: [
      'standup*', '*standup*', 'stand up', 'daily', 'dailies', 'daily scrum', 'scrum*', 'стендап', 'планерк*', 'дейли',
      '朝会', '朝礼', '站会', '晨会', '站會', '晨會', 'デイリー', 'スタンドアップ', '스탠드업', '데일리',
    ],
  },
  {
    label: 'sprint',
    strong: true,
    patterns: ['sprint*', '*sprint*', 'спринт*', 'スプリント', '冲刺', '衝刺', '迭代', '스프린트'],
  },
  {
    label: 'budget',
    strong: true,
    patterns: [
      'budget*', '*budget*', 'budzet*', 'budsjett*', 'budjet*', 'presupuest*', 'orcament*', 'haushalt*', 'begroting*', 'bilancio',
      'rozpocet', 'koltsegvetes', 'butce', 'бюджет*', '予算', '预算', '預算', '예산',
    ],
  },
  {
    label: 'interview',
    strong: true,
    patterns: [
      'interview*', '*interview*', 'intervju*', '*intervju*', 'entrevista*', 'sollicitatie*', '*sollicitatie*', 'vorstellungsgesprach*',
      'bewerbungsgesprach*', 'bewerber*', 'candidat*', 'kandidat*', 'entretien _ embauche', 'colloquio _ lavoro', 'colloquio _ selezione',
      'rozmowa kwalifikacyjna', 'rozmowa rekrutacyjna', 'haastattelu*', 'pohovor', 'mulakat', 'allasinterju', 'interviu',
      'hiring*', 'phone screen', 'screening*', 'recruit*', '*recruit*', 'reclutamiento', 'recrutement', 'recrutamento', 'reclutamento',
      'rekrut*', 'werving*', 'собеседовани*', 'интервью', '面接', '面试', '面試', '採用', '招聘', '招募', '募集', '면접', '채용', '모집',
    ],
  },
  {
    label: 'demo',
    strong: true,
    patterns: [
      'demo', 'demos', 'demoday', 'demo day', 'showcase*', 'show and tell', 'vorfuhrung*', 'demonstrat*', 'demostraci*', 'demonstrac*',
      'dimostrazione', 'pokaz', 'демо*', 'デモ', '演示', '데모',
    ],
  },
  {
    label: 'planning',
    strong: true,
    exemptForGrowth: true,
    patterns: [
      'planning*', '*planning*', 'planung*', '*planung*', 'planific*', 'planeacion', 'planeamiento', 'planejament*', 'planeament*',
      'pianificazione', 'planowanie', 'planering', 'planlaegning', 'planlegging', 'suunnittelu', 'planovani', 'tervezes', 'planlama',
      'планировани*', 'プランニング', '計画会議', '企画会議', '规划', '規劃', '计划会', '計劃會', '기획', '계획',
    ],
  },
  {
    label: 'retro',
    strong: true,
    patterns: [
      'retro', 'retros', '*retro', 'retrospectiv*', 'retrospektiv*', 'retrospettiv*', 'retrospektyw*', 'post mortem', 'postmortem*',
      'lessons learned', 'ретро*', '振り返り会', 'レトロ', '回顾会', '回顧會', '复盘会', '復盤會', '회고',
    ],
  },
  {
    label: 'calibration',
    strong: true,
    patterns: [
      'calibrat*', 'kalibrier*', 'kalibrer*', 'calibrage', 'calibracion', 'calibracao', 'calibrazione', 'kalibracja', 'kalibratie',
      'калибровк*', 'キャリブレーション', '校准', '校準', '캘리브레이션',
    ],
  },
  {
    label: 'performance review',
    strong: true,
    patterns: [
      'performance review*', 'performance _ review*', 'perf review', 'appraisal*', 'mitarbeitergesprach*', 'jahresgesprach*',
      'entretien annuel', 'evaluacion _ desempeno', 'avaliacao _ desempenho', 'functioneringsgesprek*', 'beoordelingsgesprek*',
      'valutazione _ prestazioni', 'ocena okresowa', 'utvecklingssamtal*', 'medarbetarsamtal*', 'medarbejdersamtal*',
      'medarbeidersamtal*', 'kehityskeskustelu*', '人事評価', '評価面談', '绩效', '績效', '考核', '인사평가', '성과 평가',
    ],
  },
  {
    label: 'all-hands',
    strong: true,
    patterns: [
      'all hands', 'allhands', 'town hall', 'townhall', 'all staff', 'all company', 'company meeting', 'betriebsversammlung',
      'mitarbeiterversammlung', 'vollversammlung', 'assemblee generale', 'reunion generale', 'reunion general', 'reuniao geral',
      'plenaria', 'plenair*', 'plenum', 'общее собрание', '全体会議', '全社会議', '全社ミーティング', '全員会議', '全员大会', '全員大會',
      '全体大会', '全员会议', '全員會議', '타운홀', '전체 회의', '전사 회의',
    ],
  },
  {
    label: 'offsite',
    strong: true,
    patterns: [
      'offsite*', 'off site', 'retreat*', 'klausur*', 'heidag', 'seminaire*', 'team building', 'teambuilding', 'teamevent*', 'team event',
      'team day', 'teamtag', 'teamdag', 'выездн*', '团建', '團建', '合宿', '社員旅行',
    ],
  },
  {
    label: 'training',
    strong: true,
    patterns: [
      'training*', '*training*', 'schulung*', '*schulung*', 'fortbildung*', 'weiterbildung*', 'seminar*', 'webinar*', 'formation',
      'formations', 'formacion', 'formacao', 'formazione', 'capacitacion', 'capacitacao', 'treinament*', 'entrenamiento', 'opleiding*',
      'cursus', 'curso', 'cursos', 'corso', 'course', 'kurs', 'kurse', 'szkoleni*', 'utbildning*', 'uddannelse', 'opplaering', 'koulutus',
      'skoleni', 'kepzes', 'egitim', 'lunch _ learn', 'brown bag', 'обучени*', 'тренинг*', 'семинар*',
      '研修', '勉強会', '培训', '培訓', '讲座', '講座', '교육', '연수', '세미나',
    ],
  },
  {
    label: 'workshop',
    strong: true,
    patterns: [
      'workshop*', '*workshop*', 'atelier*', 'taller', 'talleres', 'warsztat*', 'hackathon*', 'brainstorm*', 'воркшоп*', 'мастер класс',
      'ワークショップ', '工作坊', '研讨会', '研討會', '워크숍', '워크샵',
    ],
  },
  {
    label: 'incident review',
    strong: true,
    patterns: [
      'incident*', '*incident*', 'incidente*', 'incidencia*', 'storung*', 'vorfall*', 'storing*', 'awaria', 'outage*', 'инцидент*',
      '障害', 'インシデント', '事故', '故障', '장애',
    ],
  },
  {
    label: 'design review',
    strong: true,
    patterns: [
      'design review*', 'code review*', 'design crit*', 'architecture review*', 'codereview*', 'designreview*', 'revue de code',
      'revue de conception', 'revision de codigo', 'revisao de codigo', 'revisione del codice', 'code inspectie', 'コードレビュー',
      'デザインレビュー', '设计评审', '設計評審', '代码评审', '代碼評審', '코드 리뷰', '디자인 리뷰',
    ],
  },
  {
    label: 'pair programming',
    strong: true,
    patterns: ['pair programming', 'pair prog*', 'mob programming', 'mobbing', 'bug bash', 'triage', 'ペアプロ', 'モブプロ', '结对编程', '結對程式設計'],
  },
  {
    label: 'onboarding',
    strong: true,
    patterns: [
      'onboarding*', '*onboarding*', 'einarbeitung*', 'inwerk*', 'wdrozeni*', 'онбординг*', 'オンボーディング', '入社', '入职', '入職', '온보딩',
    ],
  },
  {
    label: 'committee',
    strong: true,
    patterns: [
      'committee*', '*committee*', 'komitee*', 'comite*', 'comitato', 'komitet*', 'ausschuss*', '*ausschuss*', 'board meeting*',
      'steering*', '*steering*', 'lenkungs*', '*lenkungskreis*', 'steuerkreis*', 'steuerungs*', 'stuurgroep*', 'styrgrupp*',
      'styregrupp*', 'copil', 'комитет*', '委員会', '委员会', '委員會', '운영위원회', '위원회',
    ],
  },
  {
    label: 'team meeting',
    strong: true,
    patterns: [
      'team meeting*', 'team sync', 'team call', 'team weekly', 'team update', 'teammeeting*', 'teamsitzung*', 'teambesprechung*',
      'teamoverleg*', 'werkoverleg*', 'teamrunde', 'reunion _ equipe', 'reunion _ equipo', 'reuniao _ equipe', 'riunione _ team',
      'spotkanie zespolu', 'チーム会', 'チームミーティング', '定例会議', '部会', '周会', '週會', '週会', '例会', '例會', '团队会议',
      '團隊會議', '팀 회의', '팀회의', '팀 미팅',
    ],
  },
  {
    label: 'report',
    strong: true,
    patterns: [
      'report', 'reports', 'reporting*', '*reporting*', 'rapport', 'rapports', 'rapportage*', 'raport*', 'relatorio*', 'informe',
      'informes', 'bericht', 'berichte', 'berichterstattung', 'rapporto', 'rendicontazione', 'отчет*', '報告', '报告', '汇报', '匯報',
      'レポート', '보고', 'survey*', 'umfrage*', 'enquete', 'encuesta*', 'pesquisa*', 'sondaggio', 'ankiet*', 'enkat*', 'опрос*',
      '问卷', '問卷', 'アンケート', '설문',
    ],
  },
  {
    label: 'sync',
    strong: false,
    patterns: [
      'sync', 'syncs', '*sync', 'sync up', 'synch', 'synchro*', 'abstimmung*', 'afstemming', 'avstamning', 'sincroniz*', 'синк*',
      'синхрон*', '同步', '싱크',
    ],
  },
  {
    label: 'review',
    strong: false,
    exemptForGrowth: true,
    patterns: ['review*', '*review', 'revue', 'revision', 'revisao', 'revisione', 'przeglad*', 'レビュー', '评审', '評審', '审查', '審查', '리뷰'],
  },
  {
    label: 'quarterly',
    strong: false,
    exemptForGrowth: true,
    patterns: [
      'quarterly', 'qbr', 'quartal*', '*quartal*', 'trimestral*', 'trimestriel*', 'trimestrale', 'kwartaal*', 'kwartal*', 'kvartal*',
      'neljannes*', 'квартал*', '四半期', '季度', '분기',
    ],
  },
  {
    label: 'project',
    strong: false,
    patterns: [
      'project*', 'projekt*', 'projet*', 'proyecto*', 'projeto*', 'progetto*', 'projekti*', 'проект*', 'プロジェクト', '项目', '專案', '프로젝트',
    ],
  },
  {
    label: 'status update',
    strong: false,
    patterns: ['status*', 'stand van zaken', 'статус*', '進捗', '进展', '进度', '진행 상황'],
  },
  {
    label: 'presentation',
    strong: false,
    patterns: [
      'presentation*', 'prasentation*', 'presentacion*', 'apresentacao*', 'presentatie*', 'presentazione', 'prezentacj*', 'презентаци*',
      'プレゼン', '발표',
    ],
  },
  {
    label: 'evaluation',
    strong: false,
    exemptForGrowth: true,
    patterns: ['evaluation*', 'evaluierung*', 'evaluatie*', 'valutazione', 'ewaluacj*', 'avaliacao', 'evaluacion', 'оценк*', '評価', '评估', '評估', '평가'],
  },
  {
    label: 'roadmap',
    strong: false,
    exemptForGrowth: true,
    patterns: ['roadmap*', 'ロードマップ', '路线图', '路線圖', '로드맵'],
  },
  {
    label: 'customer meeting',
    strong: false,
    patterns: [
      'customer*', 'client', 'clients', 'cliente*', 'klant*', 'kunde*', 'kunden*', 'vendor*', 'supplier*', 'lieferant*', 'proveedor*',
      'fornecedor*', 'leverancier*', 'fornitor*', '客户', '客戶', '顧客', 'お客様', '고객',
    ],
  },
  {
    label: 'team',
    strong: false,
    patterns: [
      'team', 'equipe', 'equipo', 'equipa', 'squadra', 'zespol*', 'команд*', 'department*', 'abteilung*', 'afdeling*', 'departamento',
      'dipartimento', 'dzial*', 'avdelning*', 'チーム', '部署', '团队', '團隊', '部门', '部門', '팀', '부서',
    ],
  },
  {
    label: 'release',
    strong: false,
    patterns: ['release*', 'deploy*', 'go live', 'rollout', 'migration*', 'handover', 'ubergabe', 'offboarding*'],
  },
];

/**
 * A person's growth as the subject: "Career planning", "Karriereplanung", "Goal review",
 * "Revisión de objetivos", "职业规划" are mentoring topics, not work planning or reviews.
 */
export const GROWTH_TERMS: readonly string[] = [
  'career*', '*karriere*', 'carrera*', 'carreira*', 'carriere*', 'carriera*', 'kariera*', 'karier*', 'karriar*', 'loopbaan*',
  '*loopbaan*', 'goal', 'goals', 'progress', 'idp', 'ziel', 'ziele', 'fortschritt*', 'objectif*', 'objetivo*', 'obiettiv*', 'doel',
  'doelen', 'voortgang', 'cel', 'celow', 'cele', 'postep*', 'personal development', 'professional development', 'personliche entwicklung',
  'desarrollo profesional', 'desenvolvimento profissional', 'developpement professionnel', 'sviluppo professionale',
  'persoonlijke ontwikkeling', 'rozwoj osobisty', 'карьер*', 'キャリア', '目標', '成長', '职业', '職業', '职涯', '職涯', '目标', '成长',
  '커리어', '목표', '성장',
];
