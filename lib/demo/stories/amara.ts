import { demoPeople } from '../demo-people';
import type { DemoStory } from '../demo-story';

/** Jordan's own mentor: Amara, a VP of Engineering in another part of the company. */
export const amaraStory: DemoStory = {
  key: 'amara',
  pairing: {
    title: 'Amara Okafor (my mentor)',
    type: 'one-on-one',
    myRole: 'mentee',
    participants: [demoPeople.amara],
    cadenceDays: 28,
    keywords: [],
  },
  series: {
    id: 'demoamaramentor28',
    summary: 'Amara <> Jordan',
    meetCode: 'pvj-ntqe-gzb',
    organizer: 'them',
    minutes: 60,
    at: [8, 30],
    lastMeetingDaysAgo: 20,
  },
  goals: [
    {
      key: 'strategy',
      templateId: 'builtin-strategic-thinking',
      owner: 'me',
      title: 'Write the platform strategy for the next two years',
      description: 'The platform has a roadmap but no written strategy; CTO staff expects one before the next planning cycle.',
      milestones: [
        { title: 'Block a weekly thinking slot and keep it for a month' },
        { title: 'Write a one-page diagnosis of the platform’s biggest challenge' },
        { title: 'Test the diagnosis with Amara and two peers' },
        { title: 'Present the guiding policy and actions to CTO staff', dueInDays: 35 },
      ],
      targetInDays: 40,
    },
    {
      key: 'presence',
      templateId: 'builtin-executive-presence',
      owner: 'me',
      title: 'Be concise and decisive in CTO staff meetings',
      description: 'I bring options instead of recommendations and over-explain when challenged.',
      milestones: [
        { title: 'Get Amara’s observation of me in a CTO staff meeting' },
        { title: 'Open every CTO staff item with a recommendation' },
        { title: 'Answer a challenge, then stop', dueInDays: 35 },
      ],
      targetInDays: 60,
    },
    {
      key: 'promotion',
      templateId: 'builtin-career-development',
      owner: 'me',
      title: 'Build the case for promotion to director',
      description: 'Know what the director role would be for, and make the case with my manager and a sponsor.',
      milestones: [
        { title: 'Write down what I want from the next two years, and why' },
        { title: 'Have an explicit promotion conversation with my manager' },
        { title: 'Find a sponsor beyond my manager', dueInDays: -20 },
      ],
      targetInDays: 150,
    },
  ],
  history: [
    {
      outcome: 'held',
      notes:
        'First session with Amara. She asked what I want in two years; I said "director", she asked "to do what?", and I had no good answer. We agreed the promotion follows from the strategy work, not the other way round. She offered to observe me in a CTO staff meeting.',
      rating: 5,
      wentWell: 'Amara’s questions cut through my vague ambitions quickly.',
      wasHard: 'Admitting I have no written strategy for the platform.',
      nextFocus: 'Protect thinking time; start the diagnosis.',
      reflection: 'I want the title more than I want the job I described. Worth sitting with.',
      progress: { strategy: 10, promotion: 10 },
      actions: [
        { text: 'Block two hours every Friday morning for strategy work', owner: 'me', dueInDays: 7 },
        { text: 'Amara observes the next CTO staff meeting', owner: 'them', dueInDays: 21 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'Amara’s observation of CTO staff: I gave three options on the build-cluster budget and no recommendation; the CTO picked the cheapest and I disagreed afterwards, in the corridor. Ouch, and true. We practised an opening: recommendation, two reasons, the risk, the ask. Friday thinking slots: kept three of four.',
      rating: 5,
      wentWell: 'Specific, uncomfortable, useful observation.',
      wasHard: 'Hearing the corridor story told back to me.',
      nextFocus: 'The one-page diagnosis.',
      progress: { presence: [20, 'Amara observed CTO staff.'], strategy: 20 },
      ticks: ['presence.0', 'strategy.0'],
      actions: [
        { text: 'Open my next two CTO staff items with a recommendation', owner: 'me', dueInDays: 28 },
        { text: 'Write the one-page diagnosis of the platform’s biggest challenge', owner: 'me', dueInDays: 28 },
      ],
    },
    { outcome: 'rescheduled', notes: 'Amara was travelling; moved a week.' },
    {
      outcome: 'held',
      movedDays: 7,
      notes:
        'Read my diagnosis draft together. Amara: it is a list of problems, not a diagnosis — what is the one challenge that explains most of them? After twenty minutes we found it: product teams run their own infrastructure because the platform is slower than doing it themselves. CTO staff: I led with a recommendation twice; one accepted, one challenged, and I over-explained.',
      rating: 5,
      wentWell: 'Finding the one sentence that explains the platform’s problems.',
      wasHard: 'Throwing away most of my draft.',
      nextFocus: 'Test the diagnosis with peers.',
      progress: { strategy: [35, 'Diagnosis: the platform is slower than doing it yourself.'], presence: 35 },
      ticks: ['strategy.1', 'presence.1'],
      actions: [
        { text: 'Test the diagnosis with Élodie and Marcus', owner: 'me', dueInDays: 21 },
        { text: 'Prepare three short answers to the challenges I expect on the platform budget', owner: 'me', dueInDays: 14 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'Élodie and Marcus agreed with the diagnosis; Marcus added that security reviews cause half of the slowness — uncomfortable but right. Amara pushed on the promotion: who is my sponsor? I assumed my manager; she suggested also the CTO’s chief of staff, who sees the whole organisation.',
      rating: 4,
      wentWell: 'The diagnosis survived contact with peers.',
      wasHard: 'The sponsor question: I had never thought about it.',
      nextFocus: 'Promotion conversation with my manager.',
      progress: { strategy: 45, promotion: [20, 'Wrote down what the role would be for.'] },
      ticks: ['strategy.2', 'promotion.0'],
      actions: [
        { text: 'Ask my manager for an explicit promotion conversation', owner: 'me', dueInDays: 21 },
        { text: 'Set up a coffee with the CTO’s chief of staff', owner: 'me', dueInDays: 28, open: true },
      ],
    },
    {
      outcome: 'held',
      notes:
        'The promotion conversation happened: my manager supports a director case in the next cycle if the strategy lands with CTO staff. A clear condition, which helps. Challenge practice: Amara played the CFO, and I still pile on detail when I feel cornered. Her tip: answer, then stop, and count to three.',
      rating: 4,
      wentWell: 'A clear, conditional yes from my manager.',
      wasHard: 'The role-play showed the old habit is still there.',
      nextFocus: 'From diagnosis to guiding policy.',
      progress: { promotion: [30, 'Manager supports a case next cycle.'], presence: 45 },
      ticks: ['promotion.1'],
      actions: [{ text: 'Draft the guiding policy and three actions from the diagnosis', owner: 'me', dueInDays: 21 }],
    },
    {
      outcome: 'held',
      notes:
        'Went through the guiding policy: "paved roads, not mandates" — make the platform path the fastest path, and stop building one-off requests. Amara liked it but warned that "stop" will be read as "no" by product; frame what teams gain. CTO staff presentation in about five weeks. I also noticed I have been delegating less since my Friday block started eating into 1:1s.',
      rating: 5,
      wentWell: 'The guiding policy is finally one sentence.',
      wasHard: 'Seeing the cost of my Friday block on my team.',
      nextFocus: 'Framing for product teams; the sponsor coffee.',
      progress: { strategy: [55, 'Guiding policy drafted.'], presence: 50 },
      actions: [
        { text: 'Rework the policy framing around what product teams gain', owner: 'me', dueInDays: 14, open: true },
        { text: 'Book the CTO staff slot for the strategy presentation', owner: 'me', dueInDays: 30, open: true },
      ],
    },
  ],
  nextAgenda: ['Strategy deck: the "what teams gain" framing', 'Chief of staff coffee: still not booked — why?'],
};
