import { demoPeople } from '../demo-people';
import type { DemoStory } from '../demo-story';

/** A mentoring circle: Jordan facilitates four engineering managers in their first year. */
export const circleStory: DemoStory = {
  key: 'circle',
  pairing: {
    title: 'Engineering leadership circle',
    type: 'group',
    myRole: 'mentor',
    participants: [demoPeople.lena, demoPeople.oluwaseun, demoPeople.lin, demoPeople.fatima],
    cadenceDays: 28,
    keywords: [],
  },
  series: {
    id: 'democircle28',
    summary: 'Engineering leadership circle',
    description: 'Monthly mentoring circle for first-year managers. What is said in the circle stays in the circle.',
    meetCode: 'fzt-hkbn-ysv',
    organizer: 'me',
    minutes: 60,
    at: [16, 0],
    lastMeetingDaysAgo: 10,
  },
  goals: [
    {
      key: 'talks',
      templateId: 'builtin-conflict-resolution',
      owner: 'them',
      title: 'Hold the difficult conversations new managers tend to avoid',
      description:
        'All four members moved from engineer to manager this year and avoid conversations about underperformance and pushback from senior engineers.',
      milestones: [
        { title: 'Each member brings one live difficult conversation' },
        { title: 'Practise each conversation in a role-play in the circle' },
        { title: 'Debrief every real conversation in the circle', dueInDays: 18 },
      ],
      targetInDays: 50,
    },
    {
      key: 'focus',
      templateId: 'builtin-delegation',
      owner: 'them',
      title: 'Delegate and say no: protect time for the work only a manager can do',
      description: 'The members spend most of their week in meetings and have little time left for their teams.',
      milestones: [
        { title: 'Each member audits two weeks of their calendar' },
        { title: 'Each member hands over one recurring responsibility', dueInDays: -5 },
        { title: 'Each member reports what changed after a month', dueInDays: 18 },
      ],
      targetInDays: 60,
    },
  ],
  history: [
    {
      outcome: 'held',
      notes:
        'First circle. Introductions and ground rules: what is said here stays here; everyone brings one real situation; I facilitate but do not lecture. A common theme straight away: all four struggle with conversations they avoided as engineers — underperformance, pushback from senior engineers. We chose difficult conversations as the circle’s first goal.',
      rating: 4,
      wentWell: 'Trust built quickly; Oluwaseun opened up first and the others followed.',
      wasHard: 'Keeping myself from lecturing.',
      nextFocus: 'Two members bring a live conversation.',
      progress: { talks: 10 },
      actions: [
        { text: 'Each member writes down one live difficult conversation', owner: 'them', dueInDays: 14 },
        { text: 'Share the "difficult conversations" framework (what happened, feelings, identity)', owner: 'me', dueInDays: 3 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'Oluwaseun and Lin shared their situations: a senior engineer who ignores code review conventions, and a colleague missing deadlines because of a personal issue. We role-played both with Lena and Fatima as the other side; Fatima played a very convincing defensive engineer. Lin realised she had framed hers as a performance issue when it is a support conversation.',
      rating: 5,
      wentWell: 'The role-plays were realistic and generous.',
      wasHard: 'Lena and Fatima had less airtime.',
      nextFocus: 'Debrief the real conversations; Lena’s and Fatima’s situations.',
      progress: { talks: 30 },
      ticks: ['talks.0'],
      actions: [{ text: 'Lin and Oluwaseun hold their conversations before the next circle', owner: 'them', dueInDays: 21 }],
    },
    {
      outcome: 'held',
      notes:
        'Debrief: Oluwaseun’s conversation went well; Lin’s colleague asked for reduced hours, now agreed with HR. Lena and Fatima role-played theirs. A new theme from Fatima: drowning in meetings, no time for her team. Everyone recognised it, so we added a second goal on delegating and saying no.',
      rating: 4,
      wentWell: 'Two real conversations held and debriefed.',
      wasHard: 'Ran out of time for Lena’s debrief.',
      nextFocus: 'Calendar audits.',
      progress: { talks: [50, 'Every member has practised in a role-play.'], focus: 5 },
      ticks: ['talks.1'],
      actions: [{ text: 'Each member audits two weeks of their calendar', owner: 'them', dueInDays: 21 }],
    },
    {
      outcome: 'held',
      notes:
        'Calendar audits: 55–70% of their time in meetings, a third of which they could skip or delegate. Lena had the most striking find: she still attends every incident review of her previous team. Each member picked one recurring meeting or responsibility to hand over. Lower energy this time — Oluwaseun and Lin are just back from a hiring sprint.',
      rating: 3,
      wentWell: 'The audits were honest and concrete.',
      wasHard: 'Low energy; two members were exhausted.',
      nextFocus: 'Hand over one responsibility each.',
      reflection: 'Should have shortened the session when I saw how tired they were.',
      progress: { focus: [20, 'Audits done: a third of meetings could go.'] },
      ticks: ['focus.0'],
      actions: [{ text: 'Each member hands over one recurring responsibility', owner: 'them', dueInDays: 28 }],
    },
    {
      outcome: 'held',
      notes:
        'Three of four handed something over; Fatima has not — her director expects her at every planning meeting. We spent half the session on negotiating expectations with your own manager. Lena debriefed her difficult conversation: feedback to a peer manager, better than she expected.',
      rating: 4,
      wentWell: 'Managing up turned out to be the topic everyone needed.',
      wasHard: 'Fatima felt singled out for a moment.',
      nextFocus: 'Managing up, with a guest.',
      progress: { talks: 60, focus: 35 },
      actions: [
        { text: 'Fatima asks her director which planning meetings she may skip', owner: 'them', dueInDays: 14 },
        { text: 'Invite a director to the next circle to talk about managing up', owner: 'me', dueInDays: 21 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'Guest: Amara Okafor on managing up — what directors actually want from new managers: no surprises, a point of view, and escalations that come with a proposed solution. Great discussion. Fatima’s director agreed she can skip two planning meetings. Next circle: each member reports on a month with their handed-over responsibility.',
      rating: 5,
      wentWell: 'Amara’s stories landed; lots of questions.',
      wasHard: 'Hard to keep it a conversation rather than a talk.',
      nextFocus: 'One month of handed-over responsibilities.',
      progress: { talks: 65, focus: [40, 'All four have handed something over.'] },
      ticks: ['focus.1'],
      actions: [
        { text: 'Each member reports how the handed-over responsibility went after a month', owner: 'them', dueInDays: 18, open: true },
        { text: 'Collect the circle’s questions for the next guest', owner: 'me', dueInDays: 7, open: true },
      ],
    },
  ],
  nextAgenda: ['Round: one month with the handed-over responsibility', 'Lin’s question: hiring without a recruiter'],
};
