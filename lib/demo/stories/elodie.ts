import { demoPeople } from '../demo-people';
import type { DemoStory } from '../demo-story';

/** Peer mentoring with Élodie, head of the data platform: twenty minutes each, both sides have goals. */
export const elodieStory: DemoStory = {
  key: 'elodie',
  pairing: {
    title: 'Peer mentoring with Élodie Fournier',
    type: 'peer',
    myRole: 'mentee',
    participants: [demoPeople.elodie],
    cadenceDays: 28,
    keywords: [],
  },
  series: {
    id: 'demoelodiepeer28',
    summary: 'Élodie / Jordan',
    description: 'Peer mentoring: 20 minutes each. Questions first, advice only when asked.',
    meetCode: 'kdm-xwra-uhc',
    organizer: 'them',
    minutes: 45,
    at: [9, 30],
    lastMeetingDaysAgo: 17,
  },
  goals: [
    {
      key: 'product',
      templateId: 'builtin-conflict-resolution',
      owner: 'me',
      title: 'Reset the relationship with the product org over roadmap priorities',
      description: 'Product leadership keeps escalating platform roadmap priorities over my head to my manager.',
      milestones: [
        { title: 'Understand what product leadership really needs from the platform' },
        { title: 'Agree a joint prioritisation forum with the head of product' },
        { title: 'Run the forum for two quarters with no escalations', dueInDays: 120 },
      ],
      targetInDays: 120,
    },
    {
      key: 'delegate',
      templateId: 'builtin-delegation',
      owner: 'them',
      title: 'Élodie: stop being the escalation point for every data incident',
      description: 'Two years after building the data platform team, Élodie is still paged for almost every pipeline incident.',
      milestones: [
        { title: 'Define an escalation path that does not end with her' },
        { title: 'Hand incident command to two team leads' },
        { title: 'Take a two-week holiday without being called' },
      ],
      targetInDays: 30,
    },
  ],
  history: [
    {
      outcome: 'held',
      notes:
        'First peer session. We agreed a simple format: 20 minutes each; the other asks questions and gives advice only when asked. My topic: the product org keeps escalating roadmap priorities over my head. Élodie’s: she is still paged for every data pipeline incident, two years after building the team.',
      rating: 4,
      wentWell: 'The format kept us honest: questions, not advice.',
      wasHard: 'I wanted to solve Élodie’s problem for her.',
      nextFocus: 'What the head of product actually needs.',
      progress: { product: 10, delegate: 10 },
      actions: [
        { text: 'Ask Kwame (head of product) what he needs from platform this year, without defending anything', owner: 'me', dueInDays: 14 },
        { text: 'Élodie lists every incident she was pulled into last month, and why', owner: 'them', dueInDays: 14 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'My conversation with Kwame: his real interest is predictability — he does not mind which items we do as long as the dates hold. That reframes the whole conflict. Élodie’s list: eleven incidents, and in eight she was called only because nobody else felt allowed to make the call. She sees it is an authority problem, not a skills problem.',
      rating: 5,
      wentWell: 'Both of us came with real data.',
      wasHard: 'Admitting I had assumed bad faith from product.',
      nextFocus: 'A joint forum with product; Élodie’s escalation path.',
      progress: { product: [25, 'Kwame cares about predictability, not scope.'], delegate: 20 },
      ticks: ['product.0'],
      actions: [
        { text: 'Propose a joint monthly prioritisation forum to Kwame', owner: 'me', dueInDays: 10 },
        { text: 'Write an escalation path that gives two leads decision authority', owner: 'them', dueInDays: 14 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'Kwame agreed to the forum; the first one is in two weeks. Élodie’s escalation path is good but says "inform Élodie" at every step — I asked whether that is information or permission. She laughed and cut it to one step. A good, honest session both ways.',
      rating: 5,
      wentWell: 'The information-or-permission question.',
      wasHard: 'Nothing; best session so far.',
      nextFocus: 'First forum; incident command with Yusuf and Mei.',
      progress: { product: 40, delegate: [35, 'Escalation path agreed.'] },
      ticks: ['product.1', 'delegate.0'],
      actions: [
        { text: 'Hand incident command to Yusuf and Mei for a month', owner: 'them', dueInDays: 28 },
        { text: 'Run the first prioritisation forum and share the notes with Élodie', owner: 'me', dueInDays: 14 },
      ],
    },
    { outcome: 'missed', notes: 'Both of us were double-booked by the quarterly business review and only noticed in the evening.' },
    {
      outcome: 'held',
      notes:
        'The forum ran twice; the second time Kwame’s team brought their own trade-offs, which has never happened before. Escalations to my manager this month: zero. Élodie: Yusuf and Mei handled four incidents; she was called once, for a customer-facing outage, which is fair. She plans a two-week holiday as the real test.',
      rating: 5,
      wentWell: 'Both goals visibly moving.',
      wasHard: 'Catching up on two months in 45 minutes.',
      nextFocus: 'Élodie’s holiday test; writing up the forum format.',
      progress: { product: [50, 'Two forums, zero escalations.'], delegate: 50 },
      ticks: ['delegate.1'],
      actions: [
        { text: 'Book the two-week holiday and tell the team she will not be reachable', owner: 'them', dueInDays: 14 },
        { text: 'Write up the forum format so other platform teams can reuse it', owner: 'me', dueInDays: 21, open: true },
      ],
    },
    {
      outcome: 'held',
      notes:
        'Élodie is back from holiday: called once, by mistake, and the team had already fixed it. Proud and a bit unsettled ("what am I for now?"). We talked about using the freed time for the data strategy she keeps postponing. My side: the forum works but my write-up is stuck because I keep polishing it; I will send a rough version.',
      rating: 4,
      wentWell: 'Élodie’s holiday test worked.',
      wasHard: 'My write-up is late and I was defensive about it.',
      nextFocus: 'Élodie’s data strategy outline; my write-up.',
      progress: { delegate: [55, 'Holiday with one call, by mistake.'] },
      actions: [{ text: 'Élodie blocks two mornings a week for the data strategy', owner: 'them', dueInDays: 14 }],
    },
  ],
  nextAgenda: ['Élodie’s first outline of the data strategy', 'Is the forum write-up good enough for other teams?'],
};
